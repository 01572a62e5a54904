"""Checklist files: validation messages, impossible rules, the user file over the bundled one."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmagenda.domain.errors import ChecklistError
from cmagenda.storage.paths import bundled_checklist
from cmagenda.storage.templates import check_rule, load_checklist

from .conftest import Run


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def problems(*files: Path) -> list[str]:
    with pytest.raises(ChecklistError) as caught:
        load_checklist([bundled_checklist(), *files])
    return caught.value.details


NEW_DUTY = """\
[duties.newsletter]
title.fr = "Infolettre"
title.en = "Newsletter"
phase = "weekly"
volet = "content"
minutes = 60
rrule = "FREQ=WEEKLY;BYDAY=TH"
carry = true
"""


def test_unknown_key_names_file_line_duty_key_and_suggestion(tmp_path: Path) -> None:
    user = write(tmp_path / "mine.toml", NEW_DUTY + 'tims = ["09:00"]\n')
    assert problems(user) == [
        f"{user}:9: duty 'newsletter': tims: unknown key (did you mean 'times'?)"
    ]


def test_every_error_is_reported_at_once(tmp_path: Path) -> None:
    user = write(
        tmp_path / "mine.toml",
        '[duties.a]\ntitle.en = "A"\nphase = "dayly"\nvolet = "content"\nminutes = 5\n'
        'carry = false\nrrule = "FREQ=DAILY"\ntimes = ["25:00"]\n',
    )
    found = problems(user)
    assert len(found) == 2
    assert found[0].startswith(f"{user}:3: duty 'a': phase: Input should be 'arrival'")
    assert found[1] == f"{user}:8: duty 'a': times: time '25:00' is not HH:MM (00:00 to 23:59)"


def test_missing_key_and_bad_toml(tmp_path: Path) -> None:
    user = write(tmp_path / "mine.toml", '[duties.a]\ntitle.en = "A"\n')
    assert f"{user}:1: duty 'a': phase: required key is missing" in problems(user)
    broken = write(tmp_path / "broken.toml", "[duties.a\n")
    with pytest.raises(ChecklistError) as caught:
        load_checklist([broken])
    assert caught.value.key == "checklist.bad_toml"
    assert "line 1" in caught.value.params["reason"]


@pytest.mark.parametrize(
    ("rule", "why"),
    [
        (
            "FREQ=MONTHLY;BYMONTHDAY=32",
            "BYMONTHDAY: 32 is out of range (1 to 31, or -31 to -1 counting from the end)",
        ),
        (
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
            "no month has such a day: the rule would never occur",
        ),
        (
            "FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31",
            "no month has such a day: the rule would never occur",
        ),
        (
            "FREQ=HOURLY",
            "unknown frequency 'HOURLY' (FREQ is one of DAILY, WEEKLY, MONTHLY, YEARLY)",
        ),
        ("FREQ=DAILY;BYHOUR=9", "BYHOUR is not supported (times of day go in `times`)"),
        (
            "FREQ=WEEKLY;BYDAY=XX",
            "BYDAY: 'XX' is not a day (one of MO, TU, WE, TH, FR, SA, SU, with a rank in a"
            " monthly or yearly rule: 1MO for the first Monday, -1FR for the last Friday)",
        ),
        ("FREQ=DAILY;COUNT=3;UNTIL=20270101", "COUNT and UNTIL exclude each other"),
    ],
)
def test_impossible_rules_are_rejected_without_scanning(
    rule: str, why: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dateutil import rrule

    def scan(*_args: object) -> None:
        raise AssertionError("the rule was walked: an impossible one would scan to year 9999")

    # Rejected by looking at the rule, never by walking its occurrences.
    monkeypatch.setattr(rrule.rrule, "_iter", scan)
    assert check_rule(rule) == why


def test_leap_day_rule_is_possible() -> None:
    assert check_rule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29") is None


def test_user_file_overrides_disables_and_adds(home: Path) -> None:
    user = write(
        home / "checklists.toml",
        NEW_DUTY + '\n[duties.ads]\nenabled = false\n\n[duties.replies]\ntimes = ["10:00"]\n',
    )
    checklist = load_checklist([bundled_checklist(), user])
    assert checklist.templates["newsletter"].title.en == "Newsletter"
    assert not checklist.templates["ads"].enabled
    assert checklist.templates["replies"].times == ["10:00"]
    assert checklist.templates["replies"].title.fr.startswith("Répondre")


def test_templates_check_command(run: Run, tmp_path: Path) -> None:
    good = write(tmp_path / "good.toml", NEW_DUTY)
    result = run("--lang", "en", "templates", "check", str(good))
    assert (result.code, result.out) == (0, f"{good}: valid (48 duties)\n")
    bad = write(tmp_path / "bad.toml", NEW_DUTY.replace("minutes = 60", "minutes = -1"))
    result = run("--lang", "en", "templates", "check", str(bad))
    assert result.code == 3
    assert result.err == (
        "cmagenda: error: invalid checklist:\n"
        f"  {bad}:6: duty 'newsletter': minutes: Input should be greater than or equal to 0\n"
    )


def test_templates_list_json_shows_the_merged_result(run: Run, home: Path) -> None:
    write(home / "checklists.toml", NEW_DUTY + "\n[duties.ads]\nenabled = false\n")
    result = run("--lang", "fr", "templates", "list", "--json")
    assert result.code == 0
    body = result.json()
    assert body["version"] == 1
    by_id = {t["id"]: t for t in body["templates"]}
    assert len(by_id) == 48
    assert by_id["newsletter"] == {
        "id": "newsletter", "title": "Infolettre", "phase": "weekly", "volet": "content",
        "minutes": 60, "rrule": "FREQ=WEEKLY;BYDAY=TH", "offset_days": 0, "times": [],
        "carry": True, "window_days": 0, "per_network": False, "network": None, "enabled": True,
        "series": False, "days": "all", "holiday": "keep", "after": [],
    }  # fmt: skip
    assert by_id["ads"]["enabled"] is False


def test_broken_user_file_makes_today_exit_3(run: Run, home: Path) -> None:
    write(home / "checklists.toml", "[duties.ads]\nenabeld = false\n")
    result = run("--lang", "en", "today")
    assert result.code == 3
    assert "enabeld: unknown key (did you mean 'enabled'?)" in result.err
    assert "Traceback" not in result.err


def test_unknown_title_language(tmp_path: Path) -> None:
    user = write(
        tmp_path / "mine.toml", NEW_DUTY.replace('title.en = "Newsletter"', 'title.em = "x"')
    )
    assert problems(user) == [
        f"{user}:3: duty 'newsletter': title.em: unknown key (did you mean 'en'?)"
    ]


def test_french_user_sees_checklist_problems_in_french(run: Run, home: Path) -> None:
    write(
        home / "checklists.toml",
        '[duties.a]\ntitle.fr = "A"\nphase = "dayly"\nminutes = 5\n'
        'carry = false\ntims = ["09:00"]\ndays = "weekdays"\n',
    )
    result = run("--lang", "fr", "today")
    user = home / "checklists.toml"
    assert result.code == 3
    assert result.err == (
        "cmagenda: erreur: liste de tâches invalide\u00a0:\n"
        f"  {user}:3\u00a0: tâche «\u00a0a\u00a0»\u00a0: phase\u00a0: «\u00a0dayly\u00a0» "
        "n'est pas permis (au choix\u00a0: arrival, first_months, daily, weekly, monthly, "
        "occasional)\n"
        f"  {user}:1\u00a0: tâche «\u00a0a\u00a0»\u00a0: volet\u00a0: manquant\n"
        f"  {user}:7\u00a0: tâche «\u00a0a\u00a0»\u00a0: days\u00a0: «\u00a0weekdays\u00a0» "
        "n'est pas permis (au choix\u00a0: all, working)\n"
        f"  {user}:6\u00a0: tâche «\u00a0a\u00a0»\u00a0: tims\u00a0: clé inconnue "
        "(vouliez-vous dire «\u00a0times\u00a0»\u00a0?)\n"
    )


def test_templates_list_names_phase_and_volet_in_the_users_language(run: Run, home: Path) -> None:
    write(home / "checklists.toml", "[duties.ads]\nenabled = false\n")
    lines = run("--lang", "fr", "templates", "list").out.splitlines()
    assert lines[0] == (
        "arrival-meet-colleagues\tarrivée\téquipe\t120\t+0d\tAller à la rencontre des collègues "
        "(équipe et autres services) et noter leurs besoins"
    )
    ads = next(line for line in lines if line.startswith("ads"))
    assert ads.split("\t")[:3] == ["ads [désactivée]", "quotidien", "analyse"]
    english = run("--lang", "en", "templates", "list").out.splitlines()
    assert english[0].split("\t")[:4] == ["arrival-meet-colleagues", "arrival", "team", "120"]
    assert next(x for x in english if x.startswith("ads")).split("\t")[:3] == [
        "ads [off]", "daily", "analysis"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("zone", "hashtags", "blog"),
    [
        ("America/Montreal", "Dresser la liste des mots-clics", "Publier un article sur le blogue"),
        ("Europe/Paris", "Dresser la liste des hashtags", "Publier un article sur le blog"),
        ("fr_BE", "Dresser la liste des hashtags", "Publier un article sur le blog"),
        ("fr_CA", "Dresser la liste des mots-clics", "Publier un article sur le blogue"),
    ],
)
def test_french_titles_use_the_words_of_the_profiles_region(
    run: Run, home: Path, zone: str, hashtags: str, blog: str
) -> None:
    if zone.startswith("fr_"):  # the profile names its locale, whatever its zone
        assert run("init", "--lang", "fr", "--timezone", "Europe/Paris").code == 0
        config = home / "config.toml"
        text = config.read_text(encoding="utf-8")
        config.write_text(text.replace("[profile]\n", f'[profile]\nlocale = "{zone}"\n'), "utf-8")
    else:
        assert run("init", "--lang", "fr", "--timezone", zone).code == 0
    titles = {t["id"]: t["title"] for t in run("templates", "list", "--json").json()["templates"]}
    assert titles["arrival-hashtags"] == hashtags + ", généraux et spécifiques"
    assert titles["blog-post"] == blog
    assert "|" not in "".join(titles.values())


def test_a_regional_choice_needs_both_words(tmp_path: Path) -> None:
    user = write(
        tmp_path / "mine.toml", NEW_DUTY.replace('"Infolettre"', '"Envoyer {l\'infolettre|}"')
    )
    assert problems(user) == [
        f"{user}:2: duty 'newsletter': title.fr: \"{{l'infolettre|}}\" must read "
        "{québec word|france word}, both given"
    ]


def test_french_user_sees_shape_and_network_problems_in_french(run: Run, home: Path) -> None:
    user = write(
        home / "checklists.toml",
        'dutie = 1\n[duties.ads]\nnetwork = "instagarm"\n[duties.b]\nseries = true\n',
    )
    result = run("--lang", "fr", "today")
    assert result.code == 3
    assert result.err == (
        "cmagenda: erreur: liste de tâches invalide\u00a0:\n"
        f"  {user}:1\u00a0: clé de premier niveau inconnue «\u00a0dutie\u00a0» "
        "(vouliez-vous dire «\u00a0duties\u00a0»\u00a0?)\n"
    )
    write(user, '[duties.ads]\nnetwork = "instagarm"\n[duties.replies]\nseries = true\n')
    result = run("--lang", "fr", "today")
    assert result.err == (
        "cmagenda: erreur: liste de tâches invalide\u00a0:\n"
        f"  {user}:4\u00a0: tâche «\u00a0replies\u00a0»\u00a0: une série a besoin d'un réseau "
        '(network = "...")\n'
        f"  {user}:2\u00a0: tâche «\u00a0ads\u00a0»\u00a0: network\u00a0: réseau inconnu "
        "«\u00a0instagarm\u00a0» (vouliez-vous dire «\u00a0instagram\u00a0»\u00a0?)\n"
    )


def test_a_checklist_too_big_for_a_day_is_refused_in_french(tmp_path: Path) -> None:
    clocks = ", ".join(f'"{h:02d}:{m:02d}"' for h in range(24) for m in (0, 30))
    text = "".join(
        f'[duties.d{n}]\ntitle.fr = "D"\nphase = "daily"\nvolet = "content"\nminutes = 1\n'
        f'rrule = "FREQ=DAILY"\ncarry = false\ntimes = [{clocks}]\n\n'
        for n in range(12)
    )
    user = write(tmp_path / "many.toml", text)
    with pytest.raises(ChecklistError) as caught:
        load_checklist([bundled_checklist(), user], "fr")
    assert caught.value.details == [
        f"{user}:80\u00a0: tâche «\u00a0d8\u00a0»\u00a0: la liste pourrait prévoir plus de 500 "
        "tâches en un jour (510 avec celle-ci)\u00a0: retirez des tâches ou des heures"
    ]
