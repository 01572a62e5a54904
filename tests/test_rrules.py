"""A duty's rrule that cannot be planned is refused in the user's language, part by part, with
no sentence of dateutil's (English) left in a French message."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmagenda.storage.templates import check_rule

from .conftest import Run

NBSP = "\u00a0"
DAYS = "MO, TU, WE, TH, FR, SA, SU"
PARTS = (
    "FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYYEARDAY, BYWEEKNO, BYSETPOS, WKST"
)

CASES = [
    (
        "FREQ=FORTNIGHTLY",
        "fréquence inconnue « FORTNIGHTLY » (FREQ vaut l’une de DAILY, WEEKLY, MONTHLY, YEARLY)",
        "unknown frequency 'FORTNIGHTLY' (FREQ is one of DAILY, WEEKLY, MONTHLY, YEARLY)",
    ),
    (
        "BYDAY=MO",
        "FREQ manque : la fréquence est l’une de DAILY, WEEKLY, MONTHLY, YEARLY",
        "FREQ is missing: the frequency is one of DAILY, WEEKLY, MONTHLY, YEARLY",
    ),
    (
        "FREQ=WEEKLY;BYDAY=LU",
        f"BYDAY : « LU » n’est pas un jour (l’un de {DAYS}, avec un rang dans une règle mensuelle"
        " ou annuelle : 1MO pour le premier lundi, -1FR pour le dernier vendredi)",
        f"BYDAY: 'LU' is not a day (one of {DAYS}, with a rank in a monthly or yearly rule: 1MO"
        " for the first Monday, -1FR for the last Friday)",
    ),
    (
        "FREQ=WEEKLY;BYDAY=1MO",
        "BYDAY : un rang comme « 1MO » ne va que dans une règle mensuelle ou annuelle"
        " (FREQ=MONTHLY ou FREQ=YEARLY)",
        "BYDAY: a rank such as '1MO' only goes in a monthly or yearly rule"
        " (FREQ=MONTHLY or FREQ=YEARLY)",
    ),
    (
        "FREQ=MONTHLY;BYDAY=6FR",
        "BYDAY : le rang de « 6FR » est hors limites (de 1 à 5, ou de -5 à -1)",
        "BYDAY: the rank of '6FR' is out of range (1 to 5, or -5 to -1)",
    ),
    (
        "FREQ=YEARLY;BYDAY=60MO",
        "BYDAY : le rang de « 60MO » est hors limites (de 1 à 53, ou de -53 à -1)",
        "BYDAY: the rank of '60MO' is out of range (1 to 53, or -53 to -1)",
    ),
    (
        "FREQ=DAILY;INTERVAL=0",
        "INTERVAL : 0 est hors limites (de 1 à 1000)",
        "INTERVAL: 0 is out of range (1 to 1000)",
    ),
    (
        "FREQ=DAILY;INTERVAL=deux",
        "INTERVAL : « DEUX » n’est pas un nombre entier",
        "INTERVAL: 'DEUX' is not a whole number",
    ),
    (
        "FREQ=DAILY;INTERVAL=2,3",
        "INTERVAL prend une seule valeur, pas « 2,3 »",
        "INTERVAL takes one value, not '2,3'",
    ),
    (
        "FREQ=DAILY;COUNT=3;UNTIL=20270101",
        "COUNT et UNTIL s’excluent : gardez l’un ou l’autre",
        "COUNT and UNTIL exclude each other",
    ),
    (
        "FREQ=DAILY;UNTIL=31/12/2027",
        "UNTIL : « 31/12/2027 » n’est pas une date AAAAMMJJ, en heure locale"
        " (20271231, par exemple)",
        "UNTIL: '31/12/2027' is not a YYYYMMDD date in local time (20271231, for example)",
    ),
    (
        # The planner's days are local: a UTC limit would fail on the first plan, not here.
        "FREQ=DAILY;UNTIL=20271231T000000Z",
        "UNTIL : « 20271231T000000Z » n’est pas une date AAAAMMJJ, en heure locale"
        " (20271231, par exemple)",
        "UNTIL: '20271231T000000Z' is not a YYYYMMDD date in local time (20271231, for example)",
    ),
    (
        "FREQ=DAILY;WKST=LUNDI",
        f"WKST : « LUNDI » n’est pas un jour (l’un de {DAYS})",
        f"WKST: 'LUNDI' is not a day (one of {DAYS})",
    ),
    (
        "FREQ=DAILY;FREQUENCE=2",
        f"partie inconnue « FREQUENCE » (parties possibles : {PARTS})",
        f"unknown part 'FREQUENCE' (the parts: {PARTS})",
    ),
    (
        "FREQ=DAILY;BYMINUTE=30",
        "BYMINUTE n’est pas pris en charge : les heures de la journée se donnent dans `times`",
        "BYMINUTE is not supported (times of day go in `times`)",
    ),
    ("FREQ=DAILY;FREQ=WEEKLY", "FREQ est donné deux fois", "FREQ is given twice"),
    ("FREQ=DAILY;BYDAY=", "BYDAY n’a pas de valeur", "BYDAY has no value"),
    (
        "FREQ=DAILY BYDAY=MO",
        "fréquence inconnue « DAILY BYDAY=MO » (FREQ vaut l’une de DAILY, WEEKLY, MONTHLY, YEARLY)",
        "unknown frequency 'DAILY BYDAY=MO' (FREQ is one of DAILY, WEEKLY, MONTHLY, YEARLY)",
    ),
    (
        "WEEKLY",
        "« WEEKLY » n’a pas la forme NOM=VALEUR (FREQ=WEEKLY;BYDAY=MO, par exemple)",
        "'WEEKLY' is not NAME=VALUE (FREQ=WEEKLY;BYDAY=MO, for example)",
    ),
    (
        "FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31",
        "aucun mois n’a ce jour : la règle ne tomberait jamais",
        "no month has such a day: the rule would never occur",
    ),
    (
        "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6",
        "la règle ne tombe jamais",
        "the rule never occurs",
    ),
]


@pytest.mark.parametrize(("rule", "fr", "en"), CASES, ids=[c[0] for c in CASES])
def test_each_reason_is_said_in_both_languages(rule: str, fr: str, en: str) -> None:
    french = fr.replace(" :", f"{NBSP}:").replace("« ", f"«{NBSP}").replace(" »", f"{NBSP}»")
    assert check_rule(rule, "fr") == french
    assert check_rule(rule, "en") == en


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=WEEKLY;BYDAY=MO,WE,FR",
        "freq=weekly;byday=tu",
        "FREQ=MONTHLY;BYDAY=-1FR",
        "FREQ=DAILY;",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
        "FREQ=DAILY;UNTIL=20271231",
        "FREQ=DAILY;UNTIL=20271231T235959",
        "FREQ=WEEKLY;INTERVAL=2;WKST=SU;BYDAY=SU",
    ],
)
def test_rules_people_write_are_kept(rule: str) -> None:
    assert check_rule(rule, "fr") is None


def test_templates_check_says_the_rule_in_french(run: Run, tmp_path: Path) -> None:
    checklist = tmp_path / "liste.toml"
    checklist.write_text(
        '[duties.bilan]\ntitle.fr = "Bilan"\nphase = "daily"\nvolet = "analysis"\n'
        'carry = false\nminutes = 30\nrrule = "FREQ=MONTHLY;BYDAY=DERNIERVE"\n',
        encoding="utf-8",
    )
    result = run("--lang", "fr", "templates", "check", str(checklist))
    assert result.code == 3
    assert result.err.splitlines()[1] == (
        f"  {checklist}:7{NBSP}: tâche «{NBSP}bilan{NBSP}»{NBSP}: rrule{NBSP}: BYDAY{NBSP}:"
        f" «{NBSP}DERNIERVE{NBSP}» n’est pas un jour (l’un de {DAYS}, avec un rang dans une"
        f" règle mensuelle ou annuelle{NBSP}: 1MO pour le premier lundi, -1FR pour le dernier"
        " vendredi)"
    )


def test_a_network_name_with_a_control_character_is_refused_in_french(
    run: Run, tmp_path: Path
) -> None:
    checklist = tmp_path / "liste.toml"
    checklist.write_text(
        '[networks."ma\\u0007stodon"]\nlabel = "Mastodon"\nposts_min = 1\nposts_max = 1\n',
        encoding="utf-8",
    )
    result = run("--lang", "fr", "templates", "check", str(checklist))
    assert result.code == 3
    assert result.err.splitlines()[1] == (
        f"  {checklist}{NBSP}: nom de réseau «{NBSP}mastodon{NBSP}»{NBSP}: il contient un"
        " caractère de contrôle ou invisible"
    )
    long_name = "m" * 70
    checklist.write_text(
        f'[networks.{long_name}]\nlabel = "M"\nposts_min = 1\nposts_max = 1\n', encoding="utf-8"
    )
    result = run("--lang", "en", "templates", "check", str(checklist))
    assert result.err.splitlines()[1] == (
        f"  {checklist}:1: network name '{long_name}': it must have 1 to 40 characters"
    )
