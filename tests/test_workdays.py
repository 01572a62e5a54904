"""Working days and hours, public holidays (skip / shift), themed series, and a French community
manager's week planned from the terminal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cmagenda.domain.planner import instance_id
from cmagenda.domain.recurrence import expand
from cmagenda.domain.schema import Profile
from cmagenda.domain.workdays import Workweek, holiday_names, region_of
from cmagenda.storage.paths import bundled_checklist
from cmagenda.storage.templates import load_checklist

from .conftest import Run

CHECKLIST = load_checklist([bundled_checklist()])
QUEBEC = Profile(start=dt.date(2026, 1, 5), timezone="America/Toronto", holidays="CA-QC")
FRANCE = Profile(start=dt.date(2026, 1, 5), timezone="Europe/Paris", holidays="FR")


def _on(profile: Profile, day: dt.date, template: str) -> list[tuple[dt.date, str | None]]:
    """(date, time) of each occurrence of `template` planned on `day`."""
    week = [o for o in expand(CHECKLIST, profile, day, day) if o.template.id == template]
    return [(o.date, o.time) for o in week]


def test_real_holidays_named_in_both_languages() -> None:
    quebec = holiday_names("CA-QC", dt.date(2026, 6, 1), dt.date(2026, 7, 31))
    assert [(d.isoformat(), t.fr) for d, t in quebec.items()] == [
        ("2026-06-24", "Fête nationale du Québec"),
        ("2026-07-01", "Fête du Canada"),
    ]
    assert quebec[dt.date(2026, 7, 1)].en == "Canada Day"
    france = holiday_names("FR", dt.date(2026, 4, 1), dt.date(2026, 7, 31))
    assert next((d.isoformat(), t.fr, t.en) for d, t in france.items()) == (
        "2026-04-06", "Lundi de Pâques", "Easter Monday"
    )  # fmt: skip
    assert france[dt.date(2026, 7, 14)].fr == "Fête nationale"
    assert holiday_names(None, dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == {}


@pytest.mark.parametrize(
    ("zone", "lang", "region"),
    [
        ("America/Toronto", "fr", "CA-QC"),
        ("America/Toronto", "en", "CA-ON"),
        ("Europe/Paris", "en", "FR"),
        ("America/Chicago", "en", "US"),
        ("America/Los_Angeles", "fr", "US"),
        ("Asia/Tokyo", "fr", None),
    ],
)
def test_auto_region_from_zone_and_language(zone: str, lang: str, region: str | None) -> None:
    profile = Profile(start=dt.date(2026, 1, 5), timezone=zone, language=lang)
    assert region_of(profile) == region


def test_office_duties_and_posts_skip_a_holiday_weekend_checks_do_not() -> None:
    fete = dt.date(2026, 6, 24)  # a Wednesday in Quebec
    assert _on(QUEBEC, fete, "replies") == []
    assert _on(QUEBEC, fete, "brand-monitoring") == []
    # The bundled networks post on the working days.
    assert _on(QUEBEC, fete, "post") == []
    saturday = dt.date(2026, 6, 27)
    assert _on(QUEBEC, saturday, "replies-weekend") == [(saturday, "10:00"), (saturday, "17:00")]
    assert _on(FRANCE, dt.date(2026, 7, 14), "replies") == []  # Tuesday, 14 July
    assert _on(QUEBEC, dt.date(2026, 7, 14), "replies") != []  # not a holiday in Quebec
    # The same day off in France: Easter Monday.
    assert _on(FRANCE, dt.date(2026, 4, 6), "create-content") == []


def test_weekly_duties_shift_to_the_next_working_day() -> None:
    # Blog article on Wednesdays: 24 June (Quebec) and 1 July (Canada Day) move to Thursday.
    assert _on(QUEBEC, dt.date(2026, 6, 24), "blog-post") == []
    assert _on(QUEBEC, dt.date(2026, 6, 25), "blog-post") == [(dt.date(2026, 6, 25), None)]
    assert _on(QUEBEC, dt.date(2026, 7, 1), "blog-post") == []
    assert _on(QUEBEC, dt.date(2026, 7, 2), "blog-post") == [(dt.date(2026, 7, 2), None)]
    # Team meeting on Mondays: Easter Monday in France moves it to Tuesday 7 April, 10:00.
    assert _on(FRANCE, dt.date(2026, 4, 6), "team-meeting") == []
    assert _on(FRANCE, dt.date(2026, 4, 7), "team-meeting") == [(dt.date(2026, 4, 7), "10:00")]
    # A shifted duty keeps the id of the day its rule gave.
    [moved] = [o for o in expand(CHECKLIST, FRANCE, dt.date(2026, 4, 7), dt.date(2026, 4, 7))
               if o.template.id == "team-meeting"]  # fmt: skip
    assert instance_id("team-meeting", moved.key_date, moved.slot) == instance_id(
        "team-meeting", dt.date(2026, 4, 6), "10:00"
    )


def test_working_days_and_hours_place_office_duties() -> None:
    shop = QUEBEC.model_copy(
        update={
            "work_days": ["TU", "WE", "TH", "FR", "SA"],
            "work_hours": ["10:00-12:00", "13:00-18:00"],
        }
    )
    saturday, monday, tuesday = dt.date(2026, 11, 28), dt.date(2026, 11, 23), dt.date(2026, 11, 24)
    # Check-ins set at 09:00 and 11:00, 14:00 and 16:30 are moved inside the working hours.
    assert [t for _, t in _on(shop, saturday, "replies")] == ["10:00", "11:00", "14:00", "16:30"]
    assert _on(shop, monday, "replies") == []
    assert _on(shop, monday, "team-meeting") == []
    assert _on(shop, tuesday, "team-meeting") == [(tuesday, "10:00")]
    # The bundled networks post on the working days: Saturday, not Monday.
    assert _on(shop, monday, "post") == []
    assert len(_on(shop, saturday, "post")) == 6


def test_placing_a_time_in_working_hours() -> None:
    week = Workweek(["MO"], ["09:00-12:30", "14:00-17:30"], {})
    assert [week.place(t, 45) for t in ("07:00", "09:00", "12:30", "13:15", "17:00", "19:00")] == [
        "09:00", "09:00", "14:00", "14:00", "17:00", "16:45",
    ]  # fmt: skip


SERIES = """
# This bookshop posts every day, holidays included.
[networks.facebook]
days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

[networks.instagram]
days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

[networks.linkedin]
days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

[duties.series-book-of-the-week]
title.fr = "Le livre de la semaine sur {network}"
title.en = "Book of the week on {network}"
phase = "weekly"
volet = "content"
minutes = 30
rrule = "FREQ=WEEKLY;BYDAY=MO"
network = "facebook"
series = true
carry = false

[duties.series-what-are-you-reading]
title.fr = "Que lisez-vous ?"
title.en = "What are you reading?"
phase = "weekly"
volet = "content"
minutes = 15
rrule = "FREQ=WEEKLY;BYDAY=SA"
times = ["18:00"]
network = "instagram"
series = true
carry = false
"""


def _french_manager(run: Run, home: Path) -> None:
    """A community manager in Montreal: 3 networks, 2 themed series, Canada Day in the week."""
    home.mkdir(parents=True, exist_ok=True)
    (home / "checklists.toml").write_text(SERIES, encoding="utf-8")
    result = run(
        "init", "--start", "2026-06-01", "--timezone", "America/Toronto", "--lang", "fr",
        "--networks", "facebook,instagram,linkedin", "--holidays", "CA-QC",
    )  # fmt: skip
    assert result.code == 0, result.err


MONDAY = "2026-06-29T08:30:00-04:00"


def test_series_take_a_slot_of_their_network(run: Run, home: Path) -> None:
    _french_manager(run, home)
    week = run("--now", MONDAY, "week", "--json").json()
    monday = [t for t in week["days"][0]["tasks"] if t["network"] == "facebook"]
    assert [(t["template"], t["time"], t["title"], t["optional"]) for t in monday] == [
        ("series-book-of-the-week", "10:00", "Le livre de la semaine sur Facebook", False),
        ("post", "15:00", "Publication 2 sur Facebook (objectif\u00a0: 1–2 par jour)", True),
    ]
    saturday = [t for t in week["days"][5]["tasks"] if t["network"] == "instagram"]
    assert [(t["template"], t["time"], t["optional"]) for t in saturday] == [
        ("post", "11:30", False),
        ("series-what-are-you-reading", "18:00", False),  # an optional slot made owed
        ("post", "20:00", True),
    ]
    tally = [t for t in week["calendar"] if t["date"] == "2026-07-04"]
    assert tally[1] == {
        "date": "2026-07-04", "network": "instagram", "required": 2, "optional": 1,
        "filled": 0, "outside": 0, "done": 0, "free": 3, "short": 2,
    }  # fmt: skip


def test_a_french_week_planned_from_the_terminal(run: Run, home: Path) -> None:
    _french_manager(run, home)
    for args in (
        ("--network", "facebook", "Le livre de la semaine : « Kukum »"),
        ("--network", "instagram", "Coulisses de la librairie"),
        ("--network", "linkedin", "--on", "demain", "Nous recrutons"),
        ("--network", "instagram", "--on", "mercredi", "Lecture d'été"),
    ):
        assert run("--now", MONDAY, "post", "add", *args).code == 0
    week = run("--now", MONDAY, "week").out
    wednesday = week.split("mercredi 1er juillet 2026")[1].split("jeudi 2 juillet")[0]
    assert "  Férié : Fête du Canada\n" in wednesday
    assert "Répondre aux messages" not in wednesday  # office duties skip the holiday
    assert "  > Instagram : 1 sur 1–3, 2 créneaux libres — objectif atteint\n" in wednesday
    assert week.endswith(
        "Semaine\n"
        "  > Facebook : 1 sur 7–14, 13 créneaux libres — il en manque 6\n"
        "  > Instagram : 2 sur 8–21, 19 créneaux libres — il en manque 6\n"
        "  > LinkedIn : 1 sur 7, 6 créneaux libres — il en manque 6\n"
    )
    today = run("--now", MONDAY, "today").out
    body = run("--now", MONDAY, "today", "--json").json()
    slot = next(t for t in body["tasks"] if t["template"] == "series-book-of-the-week")
    lines = today.splitlines()
    at = next(i for i, line in enumerate(lines) if "Le livre de la semaine sur Facebook" in line)
    assert lines[at].endswith(
        "  10\u00a0h  Le livre de la semaine sur Facebook  (contenu, Facebook, 30 min)"
    )
    assert lines[at + 1] == (
        "      -> [brouillon] Le livre de la semaine : « Kukum »  (! pas encore approuvée)"
    )
    assert slot["post"]["text"] == "Le livre de la semaine : « Kukum »"
    assert (slot["post"]["status"], slot["post"]["slot"]) == ("draft", slot["id"])
    days = run("--now", MONDAY, "week", "--json").json()
    assert [d["holiday"] for d in days["days"]] == [None, None, "Fête du Canada", *[None] * 4]
    assert days["calendar_week"][2] == {
        "network": "linkedin", "required": 7, "optional": 0, "filled": 1, "outside": 0, "done": 0,
        "free": 6, "short": 6,
    }  # fmt: skip


def test_holidays_command_and_settings(run: Run, home: Path) -> None:
    _french_manager(run, home)
    listed = run("holidays", "--year", "2026").out.splitlines()
    assert listed[:2] == ["Jours fériés 2026 (CA-QC)", "  jeudi 1er janvier 2026  Jour de l'an"]
    assert "  mercredi 24 juin 2026  Fête nationale du Québec" in listed
    body = run("--lang", "en", "holidays", "--year", "2026", "--json").json()
    assert body["region"] == "CA-QC"
    assert body["holidays"][3] == {"date": "2026-06-24", "name": "Saint Jean Baptiste Day"}
    bad = run("--lang", "en", "init", "--force", "--holidays", "CA-XX")
    assert bad.code == 2
    assert bad.err.startswith("cmagenda: error: setting refused\n")
    assert "unknown subdivision 'XX' of CA" in bad.err
    hours = run("--lang", "en", "init", "--force", "--work-hours", "14:00-12:00")
    assert (hours.code, hours.err.splitlines()[1]) == (
        2, "  work_hours: working hours '14:00-12:00' end before they start"
    )  # fmt: skip
    none = run("init", "--force", "--holidays", "none")
    assert none.code == 0
    assert run("holidays").out.startswith("Aucun jour férié")
