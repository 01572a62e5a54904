"""Dates and times as people write them, form by form, from a fixed today (the README's table)."""

from __future__ import annotations

import datetime as dt

import pytest

from cmagenda.domain.dates import Reading, parse_date, read_date
from cmagenda.domain.errors import UsageError
from cmagenda.domain.times import parse_time
from cmagenda.i18n.messages import say

from .conftest import Run

TODAY = dt.date(2026, 11, 25)  # a Wednesday

# One block per row of the README's table: French and English, with the exact date from TODAY.
DAY_FORMS = {
    # ISO, always.
    "2026-11-23": "2026-11-23",
    # Day and month names, with or without the year and the weekday; no year: the next from today.
    "9 déc": "2026-12-09", "9 déc.": "2026-12-09", "9 decembre": "2026-12-09",
    "mercredi 9 décembre 2026": "2026-12-09", "mer. 9 déc.": "2026-12-09",
    "1er décembre": "2026-12-01", "le 1er décembre": "2026-12-01",
    "Le Mardi 1er Décembre": "2026-12-01", "23 novembre": "2026-11-23",
    "25 novembre": "2026-11-25", "3 fevrier": "2027-02-03", "14 juillet 2027": "2027-07-14",
    "December 9": "2026-12-09", "Dec 9th": "2026-12-09", "Dec. 9": "2026-12-09",
    "9 December 2026": "2026-12-09", "Wednesday, December 9": "2026-12-09",
    "Wednesday, December 9th, 2026": "2026-12-09", "December 1st": "2026-12-01",
    "Mar 9": "2027-03-09", "mar. 9 mars 2027": "2027-03-09",
    # A day of the month alone: the next one from today.
    "le 15": "2026-12-15", "the 25th": "2026-11-25", "le 31": "2026-12-31",
    "lundi 30": "2026-11-30",
    # Yesterday and before, tomorrow and after.
    "aujourd'hui": "2026-11-25", "today": "2026-11-25",
    "hier": "2026-11-24", "yesterday": "2026-11-24",
    "avant-hier": "2026-11-23", "the day before yesterday": "2026-11-23",
    "demain": "2026-11-26", "tomorrow": "2026-11-26",
    "après-demain": "2026-11-27", "the day after tomorrow": "2026-11-27",
    # A weekday: the next one after today; "prochain": that day in next week; "dernier": the last.
    "vendredi": "2026-11-27", "mercredi": "2026-12-02", "friday": "2026-11-27",
    "d'ici vendredi": "2026-11-27", "by friday": "2026-11-27",
    "lundi prochain": "2026-11-30", "next monday": "2026-11-30",
    "jeudi prochain": "2026-12-03", "next thursday": "2026-12-03",
    "lundi passé": "2026-11-23", "lundi dernier": "2026-11-23", "last monday": "2026-11-23",
    "vendredi dernier": "2026-11-20", "last friday": "2026-11-20",
    "mercredi dernier": "2026-11-18", "mardi dernier": "2026-11-24",
    # Counted days, weeks and months, in figures or words.
    "dans 3 jours": "2026-11-28", "in 3 days": "2026-11-28",
    "dans deux semaines": "2026-12-09", "in two weeks": "2026-12-09",
    "dans une semaine": "2026-12-02", "in a week": "2026-12-02",
    "dans quinze jours": "2026-12-10", "in fifteen days": "2026-12-10",
    "dans vingt et un jours": "2026-12-16", "dans vingt-et-un jours": "2026-12-16",
    "in twenty-one days": "2026-12-16", "in twenty one days": "2026-12-16",
    "dans trente et un jours": "2026-12-26", "in thirty-one days": "2026-12-26",
    "dans un mois": "2026-12-25", "in 1 month": "2026-12-25", "d'ici 3 jours": "2026-11-28",
    "il y a 3 jours": "2026-11-22", "3 days ago": "2026-11-22",
    "il y a deux semaines": "2026-11-11", "two weeks ago": "2026-11-11",
    "il y a un mois": "2026-10-25", "a month ago": "2026-10-25",
    "+3j": "2026-11-28", "+3d": "2026-11-28", "-1j": "2026-11-24", "+2s": "2026-12-09",
    # Edges of a week or a month.
    "fin du mois": "2026-11-30", "end of the month": "2026-11-30",
    "d'ici la fin du mois": "2026-11-30", "by the end of the month": "2026-11-30",
    "début du mois": "2026-11-01", "start of the month": "2026-11-01",
    "fin de la semaine": "2026-11-29", "end of the week": "2026-11-29",
    "début de la semaine prochaine": "2026-11-30", "start of next week": "2026-11-30",
    "fin du mois dernier": "2026-10-31", "end of last month": "2026-10-31",
    "début de la semaine dernière": "2026-11-16", "start of last week": "2026-11-16",
    # Numbers, whatever the locale, when only one reading is a date; dots are day first.
    "23/11": "2026-11-23", "23/11/2026": "2026-11-23", "23.11.2026": "2026-11-23",
    "23/11/26": "2026-11-23", "11/23/2026": "2026-11-23", "05/05": "2027-05-05",
    "mercredi 23/12/2026": "2026-12-23", "jeu. 26.11": "2026-11-26",
}  # fmt: skip

PERIOD_FORMS = {
    "semaine dernière": ("2026-11-16", "week"), "la semaine passée": ("2026-11-16", "week"),
    "last week": ("2026-11-16", "week"),
    "cette semaine": ("2026-11-23", "week"), "this week": ("2026-11-23", "week"),
    "semaine prochaine": ("2026-11-30", "week"), "la semaine prochaine": ("2026-11-30", "week"),
    "next week": ("2026-11-30", "week"),
    "mois dernier": ("2026-10-01", "month"), "le mois passé": ("2026-10-01", "month"),
    "last month": ("2026-10-01", "month"),
    "ce mois-ci": ("2026-11-01", "month"), "this month": ("2026-11-01", "month"),
    "mois prochain": ("2026-12-01", "month"), "le mois prochain": ("2026-12-01", "month"),
    "next month": ("2026-12-01", "month"),
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DAY_FORMS.items())
def test_a_day_form_reads_as_that_day(text: str, expected: str) -> None:
    assert read_date(text, TODAY) == Reading(dt.date.fromisoformat(expected), "day")


@pytest.mark.parametrize(("text", "expected"), PERIOD_FORMS.items())
def test_a_week_or_month_phrase_carries_its_span(text: str, expected: tuple[str, str]) -> None:
    day, span = expected
    assert read_date(text, TODAY) == Reading(dt.date.fromisoformat(day), span)
    assert parse_date(text, TODAY) == dt.date.fromisoformat(day)


def test_past_weeks_follow_the_week_start() -> None:
    assert read_date("semaine dernière", TODAY, "sunday") == Reading(dt.date(2026, 11, 15), "week")
    assert parse_date("fin de la semaine dernière", TODAY, "sunday") == dt.date(2026, 11, 21)
    assert parse_date("lundi dernier", TODAY, "sunday") == dt.date(2026, 11, 23)


def test_the_first_of_a_month_looks_back_on_the_month_before() -> None:
    first = dt.date(2026, 12, 1)
    assert read_date("mois dernier", first) == Reading(dt.date(2026, 11, 1), "month")
    assert read_date("last month", dt.date(2027, 1, 1)) == Reading(dt.date(2026, 12, 1), "month")


def test_a_date_without_a_year_is_the_nearest_one() -> None:
    assert parse_date("25 novembre", TODAY) == dt.date(2026, 11, 25)  # today included
    assert parse_date("24 novembre", TODAY) == dt.date(2026, 11, 24)
    assert parse_date("29 février", TODAY) == dt.date(2028, 2, 29)
    assert parse_date("le 31", dt.date(2027, 2, 10)) == dt.date(2027, 3, 31)
    assert parse_date("February 29", dt.date(2028, 2, 29)) == dt.date(2028, 2, 29)


NUMERIC = [
    # text, locale, date: day first in French and en_GB, month first in en_US.
    ("05/06", "fr_CA", "2026-06-05"), ("05/06", "fr_FR", "2026-06-05"),
    ("05/06", "en_GB", "2026-06-05"), ("05/06", "en_US", "2027-05-06"),
    ("05/06/2027", "fr_BE", "2027-06-05"), ("05/06/2027", "en_US", "2027-05-06"),
    ("11/23", "en_US", "2026-11-23"), ("23/11", "en_US", "2026-11-23"),
    ("23/11", "en_CA", "2026-11-23"), ("11/23/2026", "en_CA", "2026-11-23"),
    ("05.06.2027", "en_US", "2027-06-05"), ("1/12", "fr_CH", "2026-12-01"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "locale", "expected"), NUMERIC)
def test_slashed_numbers_read_the_locales_way(text: str, locale: str, expected: str) -> None:
    assert parse_date(text, TODAY, locale=locale) == dt.date.fromisoformat(expected)


def _refusal(text: str, locale: str | None = None, today: dt.date = TODAY) -> tuple[str, ...]:
    with pytest.raises(UsageError) as caught:
        parse_date(text, today, locale=locale)
    err = caught.value
    return err.key, say("fr", err.key, **err.params), say("en", err.key, **err.params)


@pytest.mark.parametrize("locale", ["en_CA", None])
def test_an_ambiguous_number_is_refused_with_both_readings(locale: str | None) -> None:
    assert _refusal("05/06", locale) == (
        "date.ambiguous",
        "date ambiguë «\u00a005/06\u00a0»\u00a0: le 5 juin ou le 6 mai\u00a0? "
        "Écrivez 2026-06-05 ou 2027-05-06",
        "ambiguous date '05/06': June 5 or May 6? Write 2026-06-05 or 2027-05-06",
    )
    assert _refusal("01/12/2026", locale)[2] == (
        "ambiguous date '01/12/2026': December 1 or January 12? Write 2026-12-01 or 2026-01-12"
    )


IMPOSSIBLE = {
    "2026-02-30": ("le 30 février 2026", "February 30, 2026"),
    "30/02": ("le 30 février", "February 30"),
    "31 avril": ("le 31 avril", "April 31"),
    "April 31st": ("le 31 avril", "April 31"),
    "29 février 2027": ("le 29 février 2027", "February 29, 2027"),
    "31/06/2027": ("le 31 juin 2027", "June 31, 2027"),
}


@pytest.mark.parametrize(("text", "said"), IMPOSSIBLE.items())
def test_an_impossible_date_says_why(text: str, said: tuple[str, str]) -> None:
    fr, en = said
    assert _refusal(text, "fr_CA") == (
        "date.impossible",
        f"date impossible «\u00a0{text}\u00a0»\u00a0: {fr} n'existe pas",
        f"impossible date {text!r}: {en} does not exist",
    )


def test_impossible_in_the_locales_order_is_said_in_the_other() -> None:
    # "02/30" in French: no 30th month; the only date it could be is 30 February.
    assert _refusal("02/30", "fr_FR")[1].endswith("le 30 février n'existe pas")
    assert _refusal("30/02", "en_US")[2].endswith("February 30 does not exist")


def test_a_weekday_that_does_not_match_the_date_is_refused_with_the_right_one() -> None:
    assert _refusal("mardi 9 décembre 2026") == (
        "date.weekday",
        "«\u00a0mardi 9 décembre 2026\u00a0»\u00a0: le 9 décembre 2026 est un mercredi",
        "'mardi 9 décembre 2026': December 9, 2026 is a Wednesday",
    )
    # Without a year, a Tuesday 9 December is not near: the year it is one is said.
    assert _refusal("mardi 9 décembre") == (
        "date.weekday_other_year",
        "«\u00a0mardi 9 décembre\u00a0»\u00a0: le 9 décembre 2026 est un mercredi\u00a0; le "
        "9 décembre est un mardi en 2025\u00a0: précisez l’année",
        "'mardi 9 décembre': December 9, 2026 is a Wednesday; December 9 is a Tuesday in 2025: "
        "add the year",
    )
    assert _refusal("Monday, December 1st, 2026")[2] == (
        "'Monday, December 1st, 2026': December 1, 2026 is a Tuesday"
    )
    assert _refusal("lundi 1er décembre 2026")[1].endswith("le 1er décembre 2026 est un mardi")
    assert _refusal("mardi 9/12/2026", "fr_CA")[1].endswith("le 9 décembre 2026 est un mercredi")


@pytest.mark.parametrize(
    "text",
    [
        "", "2026-13-01", "13/13", "9 décembre 26", "le 32", "le 0",
        "dans soixante-dix jours", "il y a jours", "days ago", "prochain lundi",
        "la semaine des quatre jeudis", "9 frimaire", "12/11/10/9", "next decade",
    ],
)  # fmt: skip
def test_forms_outside_the_grammar_are_not_understood(text: str) -> None:
    assert _refusal(text)[0] == "date.bad"


TIMES = {
    "midi": "12:00", "Midi": "12:00", "noon": "12:00",
    "minuit": "00:00", "midnight": "00:00",
    "14h": "14:00", "14 h": "14:00", "14h30": "14:30", "14 h 30": "14:30",
    "2pm": "14:00", "2:30 pm": "14:30", "2:30 p.m.": "14:30", "14:30": "14:30",
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TIMES.items())
def test_a_time_form_reads_as_that_time(text: str, expected: str) -> None:
    assert parse_time(text) == expected


# The command line, end to end: the natural command on the first of the month works.
FIRST = "2026-12-01T09:00:00-05:00"


def test_report_on_last_month_covers_last_month(run: Run) -> None:
    result = run("--now", FIRST, "report", "--month", "--on", "mois dernier", "--json")
    body = result.json()
    assert (result.code, body["kind"], body["start"], body["end"]) == (
        0,
        "month",
        "2026-11-01",
        "2026-11-30",
    )
    body = run("--now", FIRST, "report", "--week", "--on", "semaine dernière", "--json").json()
    assert (body["kind"], body["start"], body["end"]) == ("week", "2026-11-23", "2026-11-29")


def test_the_command_line_reads_numbers_in_the_users_locale(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    body = run("--now", FIRST, "--lang", "en", "report", "--week", "--on", "12/03", "--json").json()
    assert body["start"] == "2026-11-30"  # 3 December, not 12 March
    body = run("--now", FIRST, "--lang", "fr", "report", "--week", "--on", "12/03", "--json").json()
    assert body["start"] == "2027-03-08"  # 12 March in French


def test_the_command_line_says_why_a_date_is_refused(run: Run) -> None:
    result = run("--now", FIRST, "--lang", "fr", "today", "--on", "31 avril")
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        "cmagenda: erreur: date impossible «\u00a031 avril\u00a0»\u00a0: le 31 avril n'existe pas\n"
    )
    result = run("--now", FIRST, "--lang", "en", "today", "--on", "Tuesday December 2")
    assert (result.code, result.err) == (
        2,
        "cmagenda: error: 'Tuesday December 2': December 2, 2026 is a Wednesday; December 2 is "
        "a Tuesday in 2025: add the year\n",
    )


def test_the_ends_of_the_calendar_and_odd_figures_are_refused_not_crashed() -> None:
    assert _refusal("hier", today=dt.date(1, 1, 1))[0] == "date.bad"
    assert _refusal("demain", today=dt.date(9999, 12, 31))[0] == "date.bad"
    assert _refusal("le 2", today=dt.date(9999, 12, 31))[0] == "date.bad"
    for text in ("0000-01-01", "1/1/0000", "+𐩀", "𐩀 déc", "9 déc 0000"):
        assert _refusal(text)[0] == "date.bad"
    assert parse_date("31 déc. 9999", TODAY) == dt.date(9999, 12, 31)
    with pytest.raises(UsageError):
        parse_time("𐩀h")


# More forms people write, from the same Wednesday 25 November 2026 (the README's table).
MORE_FORMS = {
    # "en huit", "en quinze": a week, two weeks later (from today, or from the day named).
    "en huit": "2026-12-02", "aujourd'hui en huit": "2026-12-02", "demain en huit": "2026-12-03",
    "lundi en huit": "2026-12-07", "jeudi en quinze": "2026-12-10", "en quinze": "2026-12-09",
    # "ce vendredi", "this friday": the next one from today, today included.
    "ce vendredi": "2026-11-27", "ce mercredi": "2026-11-25", "this Friday": "2026-11-27",
    "this wednesday": "2026-11-25",
    # The weekend: its Saturday.
    "ce week-end": "2026-11-28", "le week-end": "2026-11-28", "this weekend": "2026-11-28",
    "weekend": "2026-11-28",
    # A part of a named month: its 1st, its 15th, its last day; the nearest one from today.
    "début décembre": "2026-12-01", "mi-décembre": "2026-12-15", "mi décembre": "2026-12-15",
    "fin décembre": "2026-12-31", "fin février": "2027-02-28", "fin février 2028": "2028-02-29",
    "fin novembre": "2026-11-30", "début novembre": "2026-11-01", "mid-December": "2026-12-15",
    "end of December": "2026-12-31", "start of May": "2027-05-01",
    "beginning of January 2027": "2027-01-01",
    # The year's end and its feasts.
    "fin d'année": "2026-12-31", "fin de l'année": "2026-12-31", "end of the year": "2026-12-31",
    "Noël": "2026-12-25", "Christmas": "2026-12-25", "jour de l'an": "2027-01-01",
    # Other spellings of the table's forms.
    "the 4th of December": "2026-12-04", "4th of Dec 2026": "2026-12-04",
    "2026/12/04": "2026-12-04", "20261204": "2026-12-04", "4-12-2026": "2026-12-04",
    "J+2": "2026-11-27", "j-1": "2026-11-24", "J + 3": "2026-11-28",
    "dans 3j": "2026-11-28", "in 3d": "2026-11-28",
    "in 2w": "2026-12-09", "3 days from now": "2026-11-28",
    "three days from now": "2026-11-28", "a week from today": "2026-12-02",
    "in a fortnight": "2026-12-09", "tmrw": "2026-11-26", "ajd": "2026-11-25",
    "semaine pro": "2026-11-30", "lundi pro": "2026-11-30",
    "monday next week": "2026-11-30", "lundi de la semaine prochaine": "2026-11-30",
    "lundi semaine prochaine": "2026-11-30",
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MORE_FORMS.items())
def test_more_forms_people_write(text: str, expected: str) -> None:
    assert parse_date(text, TODAY, locale="fr_CA") == dt.date.fromisoformat(expected)


NBSP = "\u00a0"
AT = f"{NBSP}; l’heure, s’il en faut une, se donne avec --at"


@pytest.mark.parametrize(
    ("text", "fr", "en"),
    [
        (
            "demain matin",
            f"«{NBSP}demain matin{NBSP}»{NBSP}: ici, une date seulement, sans heure"
            f" («{NBSP}demain{NBSP}»){AT}",
            "'demain matin': a date only here, without a time ('demain'); a time, if one is"
            " needed, goes in --at",
        ),
        (
            "vendredi à 14h",
            f"«{NBSP}vendredi à 14h{NBSP}»{NBSP}: ici, une date seulement, sans heure"
            f" («{NBSP}vendredi{NBSP}»){AT}",
            "'vendredi à 14h': a date only here, without a time ('vendredi'); a time, if one is"
            " needed, goes in --at",
        ),
        (
            "ce soir",
            f"«{NBSP}ce soir{NBSP}»{NBSP}: ici, une date seulement, sans heure"
            f" («{NBSP}aujourd'hui{NBSP}»){AT}",
            "'ce soir': a date only here, without a time ('today'); a time, if one is needed,"
            " goes in --at",
        ),
        (
            "tomorrow at 2pm",
            f"«{NBSP}tomorrow at 2pm{NBSP}»{NBSP}: ici, une date seulement, sans heure"
            f" («{NBSP}tomorrow{NBSP}»){AT}",
            "'tomorrow at 2pm': a date only here, without a time ('tomorrow'); a time, if one"
            " is needed, goes in --at",
        ),
        (
            "le lendemain",
            f"«{NBSP}le lendemain{NBSP}» dépend d’une autre date{NBSP}: écrivez la date"
            " elle-même (demain, après-demain, lundi, 2026-12-09…)",
            "'le lendemain' depends on another date: write the date itself (tomorrow, the day"
            " after tomorrow, monday, 2026-12-09…)",
        ),
        (
            "the day after",
            f"«{NBSP}the day after{NBSP}» dépend d’une autre date{NBSP}: écrivez la date"
            " elle-même (demain, après-demain, lundi, 2026-12-09…)",
            "'the day after' depends on another date: write the date itself (tomorrow, the day"
            " after tomorrow, monday, 2026-12-09…)",
        ),
    ],
)
def test_a_date_with_a_time_or_from_another_date_says_what_to_write(
    text: str, fr: str, en: str
) -> None:
    assert _refusal(text)[1:] == (fr, en)


@pytest.mark.parametrize(
    "text",
    ["2 jours", "fin de rien", "mi-truc", "next weekend", "J+", "en huit jours", "ce truc"],
)
def test_near_misses_stay_refused(text: str) -> None:
    assert _refusal(text)[0] == "date.bad"


def test_the_end_of_a_month_is_the_nearest_as_its_start_and_middle_are() -> None:
    eleventh = dt.date(2026, 12, 11)
    found = {v: parse_date(v, eleventh, "monday", "fr_FR").isoformat() for v in (
        "début novembre", "mi-novembre", "fin novembre", "end of November", "fin février",
    )}  # fmt: skip
    assert found == {
        "début novembre": "2026-11-01", "mi-novembre": "2026-11-15",
        "fin novembre": "2026-11-30", "end of November": "2026-11-30",
        "fin février": "2027-02-28",
    }  # fmt: skip
