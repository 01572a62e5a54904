"""What phones and calendars read from the exports: reminders, timed duties on the grid,
posting slots that say whether they are filled, a VTIMEZONE that does not depend on the range,
a vdir that keeps the past and is named per profile (read by todoman itself when installed),
and Taskwarrior's dates for loose-cadence duties."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from icalendar import Calendar

from .conftest import Run

NOW = "2026-11-23T08:30:00-05:00"
MONDAY = ("--from", "2026-11-23", "--to", "2026-11-23")
TAG = "93446c"  # the profile's: its start and zone
MEETING = "Team meeting: review projects, events and strategies"


def _parse(data: bytes | str) -> Calendar:
    # icalendar lists the system's zones through a standard-library call that opens a file
    # without an encoding: a warning about code that is not ours.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EncodingWarning)
        return Calendar.from_ical(data)


def _set(home: Path, **keys: object) -> None:
    """Add keys to the profile's [profile] table."""
    config = home / "config.toml"
    lines = "".join(f"{k} = {json.dumps(v, ensure_ascii=False)}\n" for k, v in keys.items())
    kept = [
        line
        for line in config.read_text(encoding="utf-8").splitlines(keepends=True)
        if line.partition(" =")[0] not in keys
    ]
    text = "".join(kept).replace("[profile]\n", f"[profile]\n{lines}", 1)
    config.write_text(text, encoding="utf-8")


def _export(run: Run, *args: str) -> Calendar:
    result = run("--now", NOW, "export", *MONDAY, *args)
    assert result.code == 0, result.err
    return _parse(result.out)


def _by_summary(cal: Calendar, kind: str) -> dict[str, object]:
    return {str(c["SUMMARY"]): c for c in cal.walk(kind)}


def test_timed_tasks_remind_and_timed_duties_sit_on_the_grid(profile: Run) -> None:
    cal = _export(profile)
    todo = _by_summary(cal, "VTODO")[MEETING]
    alarms = todo.walk("VALARM")  # type: ignore[attr-defined]
    assert [(str(a["ACTION"]), a["TRIGGER"].to_ical()) for a in alarms] == [("DISPLAY", b"-PT10M")]
    assert str(alarms[0]["DESCRIPTION"]) == MEETING
    # An untimed duty has no moment to remind of.
    untimed = [t for t in cal.walk("VTODO") if "DUE" in t and "TZID" not in t["DUE"].params]
    assert untimed and all(not t.walk("VALARM") for t in untimed)
    event = _by_summary(cal, "VEVENT")[MEETING]
    assert str(event["UID"]) == str(todo["UID"]).replace(  # type: ignore[index]
        f"-{TAG}@", f"-at-{TAG}@"
    )
    assert event.decoded("DTSTART") == dt.datetime(  # type: ignore[attr-defined]
        2026,
        11,
        23,
        10,
        0,
        tzinfo=event.decoded("DTSTART").tzinfo,  # type: ignore[attr-defined]
    )
    assert str(event["DTSTART"].params["TZID"]) == "America/Toronto"  # type: ignore[index]
    assert event.decoded("DURATION") == dt.timedelta(hours=1)  # type: ignore[attr-defined]
    assert str(event["STATUS"]) == "CONFIRMED"  # type: ignore[index]
    # Posting slots are events only with --events (their VTODO reminds already).
    assert not any(str(e["UID"]).endswith(f"-slot-{TAG}@cmagenda") for e in cal.walk("VEVENT"))


def test_alarm_minutes_from_the_profile_and_zero_for_none(profile: Run, home: Path) -> None:
    _set(home, alarm_minutes=25)
    cal = _export(profile, "--events")
    triggers = {a["TRIGGER"].to_ical() for a in cal.walk("VALARM")}
    assert triggers == {b"-PT25M"}
    slots = [e for e in cal.walk("VEVENT") if str(e["UID"]).endswith(f"-slot-{TAG}@cmagenda")]
    assert slots and all(len(e.walk("VALARM")) == 1 for e in slots)
    _set(home, alarm_minutes=0)
    assert _export(profile, "--events").walk("VALARM") == []


def test_a_wrong_alarm_minutes_is_refused_with_its_key(profile: Run, home: Path) -> None:
    _set(home, alarm_minutes=-5)
    result = profile("--now", NOW, "today")
    assert result.code != 0
    assert "profile.alarm_minutes" in result.err
    assert "Traceback" not in result.err


def test_a_done_or_skipped_task_does_not_remind(profile: Run) -> None:
    tasks = profile("--now", NOW, "today", "--json").json()["tasks"]
    meeting = next(
        t["id"] for t in tasks if t["volet"] == "team" and t["time"] and t["date"] == "2026-11-23"
    )
    assert profile("--now", NOW, "skip", meeting).code == 0
    cal = _export(profile)
    assert _by_summary(cal, "VTODO")[MEETING].walk("VALARM") == []  # type: ignore[attr-defined]
    assert str(_by_summary(cal, "VEVENT")[MEETING]["STATUS"]) == "CANCELLED"  # type: ignore[index]


def test_slot_events_say_empty_filled_or_published(profile: Run) -> None:
    tasks = profile("--now", NOW, "today", "--json").json()["tasks"]
    linkedin = next(t["id"] for t in tasks if t["network"] == "linkedin")
    assert profile("--now", NOW, "done", linkedin).code == 0
    added = profile(
        "--now", NOW, "post", "add", "--network", "instagram", "--on", "2026-11-23", "Coulisses"
    )
    assert added.code == 0, added.err
    slots = {
        str(e["CATEGORIES"].cats[0]): (str(e["SUMMARY"]), str(e["STATUS"]), len(e.walk("VALARM")))
        for e in _export(profile, "--events").walk("VEVENT")
        if str(e["UID"]).endswith(f"-slot-{TAG}@cmagenda")
    }
    assert slots == {
        "Facebook": ("Post 1 on Facebook (target: 1–2 a day)", "TENTATIVE", 1),
        "Instagram": ("Instagram: Coulisses", "CONFIRMED", 1),
        "LinkedIn": ("✓ Post 1 on LinkedIn (target: 1 a day)", "CONFIRMED", 0),
    }


def test_vtimezone_does_not_depend_on_the_range(profile: Run, tmp_path: Path) -> None:
    """The same items, byte for byte, whether the range crosses New Year or not."""
    short, wide = tmp_path / "short", tmp_path / "wide"
    for folder, span in (
        (short, ("2026-12-30", "2026-12-31")),
        (wide, ("2026-11-23", "2027-02-01")),
    ):
        result = profile(
            "--now", NOW, "export", "--format", "vdir", "--dir", str(folder),
            "--from", span[0], "--to", span[1],
        )  # fmt: skip
        assert result.code == 0, result.err
    names = sorted(p.name for p in short.glob("*.ics"))
    timed = [n for n in names if b"TZID=" in (short / n).read_bytes()]
    assert timed
    for name in names:
        assert (short / name).read_bytes() == (wide / name).read_bytes(), name
    cal = _parse((short / timed[0]).read_bytes())
    [zone] = cal.walk("VTIMEZONE")
    assert "COMMENT" not in zone and str(zone["TZID"]) == "America/Toronto"
    # Today's rule, carried on by clients: the second Sunday of March, the first of November.
    open_rules = {
        (c.name, c["RRULE"].to_ical().decode())
        for c in zone.subcomponents
        if "RRULE" in c and "UNTIL" not in c["RRULE"]
    }
    assert open_rules == {
        ("DAYLIGHT", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"),
        ("STANDARD", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11"),
    }
    for part in zone.subcomponents:
        assert {"DTSTART", "TZOFFSETFROM", "TZOFFSETTO"} <= set(part)


@pytest.mark.parametrize("zone", ["Europe/Paris", "Australia/Sydney", "Asia/Tokyo", "UTC"])
def test_vtimezone_agrees_with_the_zone_database(zone: str) -> None:
    """Every local time of 2026 (hourly) read through the VTIMEZONE by icalendar's own
    resolver gives the zone database's offset."""
    from zoneinfo import ZoneInfo

    from cmagenda.interop import vtimezone

    tz = _parse(b"BEGIN:VCALENDAR\r\n" + vtimezone.component(zone).to_ical() + b"END:VCALENDAR\r\n")
    resolved = tz.walk("VTIMEZONE")[0].to_tz()
    truth = ZoneInfo(zone)
    moment = dt.datetime(2026, 1, 1, 12)
    while moment.year == 2026:
        assert (
            moment.replace(tzinfo=resolved).utcoffset() == moment.replace(tzinfo=truth).utcoffset()
        ), moment
        moment += dt.timedelta(hours=7)


def test_vdir_keeps_the_past_removes_what_left_the_plan(profile: Run, tmp_path: Path) -> None:
    folder = tmp_path / "vdir"
    week = ("--now", NOW, "export", "--format", "vdir", "--dir", str(folder))
    assert profile(*week, "--from", "2026-11-23", "--to", "2026-11-24").code == 0
    added = profile("--now", NOW, "add", "--on", "2026-11-23", "Call the printer", "--json")
    gone = {"id": added.json()["ids"][0]}
    assert profile(*week, "--from", "2026-11-23", "--to", "2026-11-24").code == 0
    before = sorted(p.name for p in folder.glob("*.ics"))
    assert f"{gone['id']}-{TAG}@cmagenda.ics" in before
    assert profile("--now", NOW, "rm", gone["id"]).code == 0
    # The next morning's rolling range starts on Tuesday: Monday stays, but what was removed
    # from Monday's plan goes when Monday is exported again.
    result = profile(*week, "--from", "2026-11-23", "--to", "2026-11-24")
    assert result.out.endswith(", 1 removed\n")
    assert sorted(p.name for p in folder.glob("*.ics")) == [
        n for n in before if n != f"{gone['id']}-{TAG}@cmagenda.ics"
    ]


def test_displayname_per_profile(profile: Run, home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "vdir"
    args = ("--now", NOW, "export", "--format", "vdir", "--dir", str(folder), *MONDAY)
    _set(home, me="Nadia")
    assert profile(*args).code == 0
    assert (folder / "displayname").read_text(encoding="utf-8") == (
        "cmagenda — Nadia — 2026-11-16 America/Toronto\n"
    )
    _set(home, calendar_name="Client Boulangerie")
    assert profile(*args).code == 0
    assert (folder / "displayname").read_text(encoding="utf-8") == "Client Boulangerie\n"


def test_taskwarrior_windowed_due_and_entry_never_ahead(profile: Run) -> None:
    result = profile(
        "--now", NOW, "export", "--format", "taskwarrior", "--from", "2026-11-16", "--to",
        "2026-12-31",
    )  # fmt: skip
    lines = [json.loads(line) for line in result.out.splitlines()]
    loose = next(
        t for t in lines
        if t["description"].startswith("Talk with people from other departments")
    )  # fmt: skip
    # From 10 December to the end of its window, 24 December (local midnight is 05:00 UTC).
    assert (loose["scheduled"], loose["due"]) == ("20261210T050000Z", "20261225T045959Z")
    assert loose["entry"] == "20261123T133000Z"  # now: its day is still to come
    assert max(t["entry"] for t in lines) == "20261123T133000Z"
    past = next(t for t in lines if t["due"] == "20261116T140000Z")  # Monday 16, 09:00
    assert past["entry"] == "20261116T050000Z"


TODOMAN = shutil.which("todo") is not None or Path(sys.executable).with_name("todo").exists()


@pytest.mark.skipif(not TODOMAN, reason="todoman is not installed")
def test_todoman_reads_two_profiles_side_by_side(
    run: Run, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "calendars"
    for name, zone in (("nadia", "America/Toronto"), ("paul", "Europe/Paris")):
        monkeypatch.setenv("CMAGENDA_HOME", str(tmp_path / name))
        assert run("init", "--start", "2026-11-16", "--timezone", zone, "--lang", "en").code == 0
        _set(tmp_path / name, me=name.title())
        result = run("--now", NOW, "export", "--format", "vdir", "--dir", str(root / name), *MONDAY)
        assert result.code == 0, result.err
    config = tmp_path / "todoman.py"
    config.write_text(
        f'path = "{root}/*"\ndate_format = "%Y-%m-%d"\ntime_format = "%H:%M"\n'
        'default_list = "nadia"\n',
        encoding="utf-8",
    )
    todo = shutil.which("todo") or str(Path(sys.executable).with_name("todo"))
    env = {"TODOMAN_CONFIG": str(config), "HOME": str(tmp_path), "TZ": "UTC", "LANG": "C.UTF-8"}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    listed = subprocess.run(
        [todo, "--porcelain", "list", "--status", "ANY"],
        env=env, capture_output=True, encoding="utf-8", check=True,
    )  # fmt: skip
    todos = json.loads(listed.stdout)
    lists = {t["list"] for t in todos}
    assert lists == {"cmagenda — Nadia — 2026-11-16 America/Toronto",
                     "cmagenda — Paul — 2026-11-16 Europe/Paris"}  # fmt: skip
    meeting = [t for t in todos if t["summary"] == MEETING]
    assert len(meeting) == 2
