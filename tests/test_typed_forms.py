"""Dates, times, moments and numbers as people type and read them, form by form."""

from __future__ import annotations

import datetime as dt

import pytest

from cmagenda.domain.errors import UsageError
from cmagenda.domain.times import moment_example, parse_moment
from tests.conftest import Run

NBSP = "\u00a0"


# --now without an offset: a wall-clock time in the profile's zone


@pytest.mark.parametrize(
    ("typed", "moment"),
    [
        ("2026-11-30T09:00", dt.datetime(2026, 11, 30, 9, 0)),
        ("2026-11-30 09:00", dt.datetime(2026, 11, 30, 9, 0)),
        ("2026-11-30T09:00:30", dt.datetime(2026, 11, 30, 9, 0, 30)),
        ("2026-11-30", dt.datetime(2026, 11, 30, 9, 0)),
        ("2026-11-30 14h30", dt.datetime(2026, 11, 30, 14, 30)),
        ("2026-11-30 2:30 pm", dt.datetime(2026, 11, 30, 14, 30)),
        ("2026-11-30T09:00-05:00", dt.datetime(2026, 11, 30, 14, 0, tzinfo=dt.UTC)),
        ("2026-11-30T09:00:00+01:00", dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC)),
        ("2026-11-30T09:00Z", dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)),
    ],
)
def test_a_moment_is_read_with_or_without_its_offset(typed: str, moment: dt.datetime) -> None:
    assert parse_moment(typed) == moment


@pytest.mark.parametrize("typed", ["demain", "2026-11-30 quatorze", "2026-13-01T09:00", "9:00", ""])
def test_a_moment_that_is_none_is_refused(typed: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_moment(typed)
    assert caught.value.key == "now.bad"


def test_the_example_offset_is_the_zones() -> None:
    assert moment_example("Europe/Paris") == "2026-11-23T09:00:00+01:00"
    assert moment_example("America/Chicago") == "2026-11-23T09:00:00-06:00"
    assert moment_example("No/Where") == "2026-11-23T09:00:00+00:00"


def test_a_moment_without_offset_is_the_profiles_wall_clock(run: Run) -> None:
    assert run("init", "--lang", "fr", "--timezone", "Europe/Paris").code == 0
    # 00:30 in Paris is still the 29th in UTC: the day shown is Paris's.
    assert run("--now", "2026-11-30T00:30", "today", "--json").json()["date"] == "2026-11-30"
    assert run("--now", "2026-11-30 00:30", "today", "--json").json()["date"] == "2026-11-30"
    assert run("--now", "2026-11-30", "today", "--json").json()["date"] == "2026-11-30"


def test_a_moment_without_offset_in_chicago(run: Run) -> None:
    assert run("init", "--lang", "en", "--timezone", "America/Chicago").code == 0
    # 23:30 in Chicago is already 1 December in UTC.
    assert run("--now", "2026-11-30T23:30", "today", "--json").json()["date"] == "2026-11-30"


def test_a_refused_moment_gives_the_profiles_zone_as_example(run: Run) -> None:
    assert run("init", "--lang", "fr", "--timezone", "Europe/Paris").code == 0
    result = run("--now", "demain", "today")
    assert (result.code, result.err) == (
        2,
        f"cmagenda: erreur: instant invalide «{NBSP}demain{NBSP}» (attendu{NBSP}: une date et une "
        "heure dans le fuseau du profil, Europe/Paris, p. ex. 2026-11-23T09:00 ou "
        f"«{NBSP}2026-11-23 09:00{NBSP}», ou avec un décalage, p. ex. 2026-11-23T09:00:00+01:00)\n",
    )


def test_a_refused_moment_in_english_in_chicago(run: Run) -> None:
    assert run("init", "--lang", "en", "--timezone", "America/Chicago").code == 0
    result = run("--now", "tomorrow", "today")
    assert (result.code, result.err) == (
        2,
        "cmagenda: error: invalid moment 'tomorrow' (expected a date and time in the profile's "
        "time zone, America/Chicago, e.g. 2026-11-23T09:00 or '2026-11-23 09:00', or with an "
        "offset, e.g. 2026-11-23T09:00:00-06:00)\n",
    )
