"""Exports: iCalendar read back with the library and checked against the RFC 5545 rules
validators miss, the vdir mirror, Taskwarrior's import format (and `task import` itself when
it is installed), and the JSON backup's exact round trip."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import warnings
from pathlib import Path

import pytest
from icalendar import Calendar

from .conftest import Run

NOW = "2026-11-23T12:00:00-05:00"
RANGE = ("--from", "2026-11-23", "--to", "2026-11-24")
# The profile's tag in every UID: six hex digits of its start and zone.
TAG = "93446c"
POST = 'Photo d\'équipe; café, "chaleur" \\ partage'


@pytest.fixture
def worked(profile: Run) -> Run:
    """Monday 23 November: the LinkedIn post done, the team meeting skipped, a post planned
    in Tuesday's Instagram slot."""
    tasks = [
        t for t in profile("--now", NOW, "today", "--json").json()["tasks"]
        if t["date"] == "2026-11-23"
    ]  # fmt: skip
    linkedin = next(t["id"] for t in tasks if t["network"] == "linkedin")
    meeting = next(t["id"] for t in tasks if t["volet"] == "team" and t["time"])
    assert profile("--now", NOW, "done", linkedin).code == 0
    assert profile("--now", NOW, "skip", meeting, "--reason", "Congé, férié").code == 0
    added = profile(
        "--now", NOW, "post", "add", "--network", "instagram", "--on", "2026-11-24",
        "--link", "https://example.org/p", POST,
    )  # fmt: skip
    assert added.code == 0, added.err
    return profile


def _parse(data: bytes) -> Calendar:
    # Parsing makes icalendar list the system's zones, and the standard library opens that list
    # without an encoding: a warning about code that is not ours, silenced here only.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EncodingWarning)
        return Calendar.from_ical(data)


def _ics(run: Run, *args: str) -> bytes:
    result = run("--now", NOW, "export", *RANGE, *args)
    assert result.code == 0, result.err
    return result.out.encode("utf-8")


def _rfc_problems(data: bytes) -> list[str]:
    """The rules common validators do not check."""
    problems = []
    if b"\n" in data.replace(b"\r\n", b""):
        problems.append("a line ends without CRLF")
    problems += [
        f"line over 75 octets: {line[:30]!r}" for line in data.split(b"\r\n") if len(line) > 75
    ]
    cal = _parse(data)
    zones = {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")}
    for item in [*cal.walk("VTODO"), *cal.walk("VEVENT")]:
        for name in ("UID", "DTSTAMP"):
            if name not in item:
                problems.append(f"{item.name} without {name}")
        if "DTSTAMP" in item and item.decoded("DTSTAMP").utcoffset() != dt.timedelta(0):
            problems.append("DTSTAMP not in UTC")
        for name in ("DTSTART", "DUE", "DTEND", "COMPLETED"):
            zone = item[name].params.get("TZID") if name in item else None
            if zone is not None and zone not in zones:
                problems.append(f"TZID {zone} without VTIMEZONE")
        if "DTSTART" in item and "DUE" in item:
            start, due = item.decoded("DTSTART"), item.decoded("DUE")
            if type(start) is not type(due):
                problems.append(f"{item['UID']}: DUE and DTSTART of different types")
            elif due <= start:
                problems.append(f"{item['UID']}: DUE not after DTSTART")
    return problems


def test_ics_follows_the_rfc_and_reads_back(worked: Run) -> None:
    data = _ics(worked, "--events")
    assert _rfc_problems(data) == []
    cal = _parse(data)
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["America/Toronto"]
    todos = cal.walk("VTODO")
    week = worked("--now", NOW, "week", "--json").json()
    expected = [
        t
        for d in week["days"]
        if d["date"] in ("2026-11-23", "2026-11-24")
        for t in d["tasks"]
        if t["date"] == d["date"] and not t["optional"]
    ]
    assert sorted(str(t["UID"]) for t in todos) == sorted(
        f"{t['id']}-{TAG}@cmagenda" for t in expected
    )
    by_summary = {str(t["SUMMARY"]): t for t in todos}
    linkedin = next(t for t in todos if "LinkedIn" in str(t["SUMMARY"]))
    assert (str(linkedin["STATUS"]), linkedin["PERCENT-COMPLETE"]) == ("COMPLETED", 100)
    assert linkedin.decoded("COMPLETED") == dt.datetime(2026, 11, 23, 17, 0, tzinfo=dt.UTC)
    assert linkedin.decoded("DUE") == dt.datetime(
        2026, 11, 23, 9, 0, tzinfo=linkedin.decoded("DUE").tzinfo
    )
    assert str(linkedin["DUE"].params["TZID"]) == "America/Toronto"
    assert [str(c) for c in linkedin["CATEGORIES"].cats] == ["daily", "content", "LinkedIn"]
    meeting = by_summary["Team meeting: review projects, events and strategies"]
    assert (str(meeting["STATUS"]), str(meeting["DESCRIPTION"])) == ("CANCELLED", "Congé, férié")
    events = [e for e in cal.walk("VEVENT") if str(e["UID"]).endswith(f"-slot-{TAG}@cmagenda")]
    assert len(events) == 6  # the owed slots of three networks, two days
    slot = next(e for e in events if str(e["SUMMARY"]).startswith("Instagram: "))
    assert str(slot["SUMMARY"]) == f"Instagram: {POST}"
    assert str(slot["URL"]) == "https://example.org/p"
    assert (slot.decoded("DTEND") - slot.decoded("DTSTART")) == dt.timedelta(minutes=15)
    # Stable: the same UIDs (and content but the stamp) on the next export.
    again = _parse(_ics(worked, "--events"))
    assert [str(c["UID"]) for c in again.walk("VTODO")] == [str(c["UID"]) for c in todos]


def test_a_wide_range_follows_the_rfc_too(worked: Run) -> None:
    result = worked("--now", NOW, "export", "--from", "2026-11-16", "--to", "2026-12-31")
    data = result.out.encode("utf-8")
    assert _rfc_problems(data) == []
    todos = _parse(data).walk("VTODO")
    # Loose-cadence duties may be done from their date until their window ends.
    loose = {
        str(t["SUMMARY"]): (t.decoded("DTSTART"), t.decoded("DUE")) for t in todos if "DTSTART" in t
    }
    assert loose["Talk with people from other departments, outside your own team"] == (
        dt.date(2026, 12, 10),
        dt.date(2026, 12, 24),
    )


def test_ics_to_a_file_replaced_at_once(worked: Run, tmp_path: Path) -> None:
    target = tmp_path / "calendar" / "agenda.ics"
    target.parent.mkdir()
    result = worked("--now", NOW, "export", *RANGE, "-o", str(target))
    assert result.code == 0
    cal = _parse(target.read_bytes())
    count = len(cal.walk("VTODO")) + len(cal.walk("VEVENT"))
    assert result.out == f"Exported: {count} items to {target}\n"
    assert [p.name for p in target.parent.iterdir()] == ["agenda.ics"]  # no temporary file left


def test_vdir_mirrors_the_range_and_leaves_other_files(worked: Run, tmp_path: Path) -> None:
    folder = tmp_path / "vdir" / "cmagenda"
    folder.mkdir(parents=True)
    (folder / "mine.ics").write_text("not ours", encoding="utf-8")
    first = worked("--now", NOW, "export", "--format", "vdir", "--dir", str(folder), *RANGE)
    names = sorted(p.name for p in folder.glob("*@cmagenda.ics"))
    assert first.out == f"{folder}: {len(names)} files written, 0 unchanged, 0 removed\n"
    for name in names:
        data = (folder / name).read_bytes()
        assert _rfc_problems(data) == []
        cal = _parse(data)
        assert len(cal.walk("VTODO")) + len(cal.walk("VEVENT")) == 1
    again = worked("--now", "2026-11-23T13:00:00-05:00", "export", "--format", "vdir")
    assert again.code == 2  # --dir is required
    second = worked(
        "--now", "2026-11-23T13:00:00-05:00", "export", "--format", "vdir", "--dir", str(folder),
        *RANGE,
    )  # fmt: skip
    assert second.out == f"{folder}: 0 files written, {len(names)} unchanged, 0 removed\n"
    narrow = (
        "--now", NOW, "export", "--format", "vdir", "--dir", str(folder),
        "--from", "2026-11-24", "--to", "2026-11-24",
    )  # fmt: skip
    tuesday = len(worked(*narrow[:3], *narrow[7:]).out.split("BEGIN:VTODO")) - 1
    tuesday += len(worked(*narrow[:3], *narrow[7:]).out.split("BEGIN:VEVENT")) - 1
    # Monday left the range: its items stay (a sync tool would delete them from the phone).
    assert worked(*narrow).out == f"{folder}: 0 files written, {tuesday} unchanged, 0 removed\n"
    assert sorted(p.name for p in folder.glob("*@cmagenda.ics")) == names
    pruned = worked(*narrow, "--prune")
    left = sorted(p.name for p in folder.glob("*@cmagenda.ics"))
    assert len(left) == tuesday
    assert pruned.out == f"{folder}: 0 files written, {tuesday} unchanged, " + (
        f"{len(names) - tuesday} removed\n"
    )
    assert (folder / "mine.ics").read_text(encoding="utf-8") == "not ours"
    assert (folder / "displayname").read_text(encoding="utf-8") == (
        "cmagenda — 2026-11-16 America/Toronto\n"
    )


def test_taskwarrior_lines(worked: Run) -> None:
    result = worked("--now", NOW, "export", "--format", "taskwarrior", *RANGE)
    lines = [json.loads(line) for line in result.out.splitlines()]
    linkedin = next(
        t for t in lines if "LinkedIn" in t["description"] and t["due"][:8] == "20261123"
    )
    assert set(linkedin) == {
        "uuid", "status", "entry", "description", "due", "project", "tags", "cmagenda", "end",
    }  # fmt: skip
    assert (linkedin["status"], linkedin["due"], linkedin["end"], linkedin["entry"]) == (
        "completed", "20261123T140000Z", "20261123T170000Z", "20261123T050000Z",
    )  # fmt: skip
    assert (linkedin["project"], linkedin["tags"]) == ("cmagenda.daily", ["content", "linkedin"])
    meeting = next(t for t in lines if t.get("annotations"))
    assert (meeting["status"], meeting["annotations"][0]["description"]) == (
        "deleted",
        "Congé, férié",
    )
    untimed = next(t for t in lines if t["project"] == "cmagenda.daily" and "T045959Z" in t["due"])
    assert untimed["due"] == "20261124T045959Z"  # the end of the local day, in UTC
    assert len({t["uuid"] for t in lines}) == len(lines)


@pytest.mark.skipif(shutil.which("task") is None, reason="Taskwarrior is not installed")
def test_task_import_accepts_the_export_and_updates_on_a_second_run(
    worked: Run, tmp_path: Path
) -> None:
    result = worked("--now", NOW, "export", "--format", "taskwarrior", *RANGE)
    exported = tmp_path / "tasks.json"
    exported.write_text(result.out, encoding="utf-8")
    rc = tmp_path / "taskrc"
    rc.write_text(f"data.location={tmp_path / 'task'}\nconfirmation=off\n", encoding="utf-8")
    env = {**os.environ, "TASKRC": str(rc), "TZ": "UTC"}

    def task(*args: str) -> str:
        done = subprocess.run(
            ["task", "rc.verbose=nothing", *args],
            env=env, capture_output=True, encoding="utf-8", check=True,
        )  # fmt: skip
        return done.stdout

    count = len(result.out.splitlines())
    for _ in range(2):
        subprocess.run(
            ["task", "import", str(exported)],
            env=env, capture_output=True, encoding="utf-8", check=True,
        )  # fmt: skip
    stored = json.loads(task("export"))
    assert len(stored) == count  # imported twice: updated, not duplicated
    mine = {t["uuid"]: t for t in map(json.loads, result.out.splitlines())}
    for got in stored:
        sent = mine[got["uuid"]]
        assert (got["status"], got["description"], got["cmagenda"]) == (
            sent["status"],
            sent["description"],
            sent["cmagenda"],
        )
        assert got.get("due") == sent["due"]


# -- JSON backup ---------------------------------------------------------------------------------


def _backup(run: Run) -> dict[str, object]:
    result = run("--now", NOW, "export", "--format", "json")
    assert result.code == 0, result.err
    body: dict[str, object] = json.loads(result.out)
    return body


def test_backup_round_trip_is_exact(
    worked: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert worked("kpi", "add", "facebook", "followers", "1200", "--on", "2026-11-01").code == 0
    saved = tmp_path / "backup.json"
    saved.write_text(worked("--now", NOW, "export", "--format", "json").out, encoding="utf-8")
    before = _backup(worked)
    today_before = worked("--now", NOW, "today", "--plain").out
    monkeypatch.setenv("CMAGENDA_HOME", str(tmp_path / "other"))
    imported = worked("--now", NOW, "import", str(saved))
    months = len(before["months"])  # type: ignore[arg-type]
    tasks = sum(len(m["tasks"]) for m in before["months"].values())  # type: ignore[attr-defined]
    assert months == 1
    assert imported.out == f"Imported: 1 month, {tasks} tasks, 1 KPI value\n"
    assert _backup(worked) == before
    assert worked("--now", NOW, "today", "--plain").out == today_before


def test_import_never_merges_silently(worked: Run, tmp_path: Path) -> None:
    saved = tmp_path / "backup.json"
    saved.write_text(worked("--now", NOW, "export", "--format", "json").out, encoding="utf-8")
    refused = worked("--lang", "fr", "import", str(saved))
    assert (refused.code, refused.err) == (
        2,
        "cmagenda: erreur: des données existent déjà : --replace pour les remplacer (gardées "
        "dans data/backups), --merge pour fusionner par identifiant\n",
    )
    both = worked("import", str(saved), "--replace", "--merge")
    assert (both.code, both.err) == (
        2,
        "cmagenda: error: --replace and --merge exclude each other\n",
    )


def test_import_refuses_a_newer_or_foreign_file(profile: Run, tmp_path: Path) -> None:
    newer = tmp_path / "newer.json"
    newer.write_text('{"format": "cmagenda-backup", "version": 2, "months": {}}', encoding="utf-8")
    result = profile("import", str(newer), "--replace")
    assert (result.code, result.err) == (
        4,
        f"cmagenda: error: {newer} comes from a newer cmagenda (format 2, known: 1): "
        "upgrade cmagenda\n",
    )
    foreign = tmp_path / "foreign.json"
    foreign.write_text('{"tasks": []}', encoding="utf-8")
    result = profile("import", str(foreign), "--merge")
    assert (result.code, result.err) == (
        4,
        f"cmagenda: error: {foreign} is not a readable cmagenda backup: not a cmagenda backup\n",
    )


def test_replace_and_merge(worked: Run, tmp_path: Path, home: Path) -> None:
    saved = tmp_path / "backup.json"
    saved.write_text(worked("--now", NOW, "export", "--format", "json").out, encoding="utf-8")
    backup = json.loads(saved.read_text(encoding="utf-8"))
    # Locally afterwards: a task added in December, another month file.
    added = worked("--now", NOW, "add", "Bilan de fin d'année", "--on", "2026-12-15")
    assert added.code == 0, added.err
    december = home / "data" / "store" / "2026-12.json"
    assert december.exists()
    merged = worked("--now", NOW, "import", str(saved), "--merge")
    assert merged.code == 0
    assert "Bilan de fin d'année" in december.read_text(encoding="utf-8")
    replaced = worked("--now", NOW, "import", str(saved), "--replace")
    assert replaced.code == 0
    assert sorted(p.name for p in (home / "data" / "store").glob("2026-*.json")) == sorted(
        f"{k}.json" for k in backup["months"]
    )
    kept = home / "data" / "backups" / "2026-12.json.replaced-1"
    assert "Bilan de fin d'année" in kept.read_text(encoding="utf-8")


def test_import_refuses_a_backup_whose_profile_would_not_load(run: Run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    body = {
        "format": "cmagenda-backup",
        "version": 1,
        "config": '[profile]\ntimezone = "Mars/Olympus"\n',
        "checklist": None,
        "months": {},
        "kpis": [],
    }
    bad.write_text(json.dumps(body), encoding="utf-8")
    result = run("import", str(bad))
    assert result.code == 4
    assert result.err.startswith(
        f"cmagenda: error: {bad} is not a readable cmagenda backup: config.toml: profile.timezone"
    )
    assert not (Path(os.environ["CMAGENDA_HOME"]) / "config.toml").exists()
