"""Absences (`off`), and removing a posting slot that holds a post."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import NOW, Run

NBSP = "\u00a0"


def _slot(profile: Run, network: str, time: str) -> dict[str, object]:
    tasks = profile("--now", NOW, "today", "--json").json()["tasks"]
    return next(t for t in tasks if t["network"] == network and t["time"] == time)


def test_rm_a_slot_holding_a_post_unplans_the_post(profile: Run) -> None:
    post_id = profile("--now", NOW, "post", "add", "--network", "instagram", "Livre").out.split()[1]
    slot = _slot(profile, "instagram", "11:30")
    result = profile("--now", NOW, "--lang", "fr", "rm", str(slot["id"]))
    assert (result.code, result.out) == (
        0,
        f"Retirée (ne sera plus prévue){NBSP}: Publication 1 sur Instagram"
        f" (objectif{NBSP}: 1–3 par jour)\n"
        f"Publication {post_id} (Instagram, lundi 23 novembre 2026) remise hors créneau{NBSP}: "
        f"replanifiez-la avec «{NBSP}cmagenda post move {post_id} --to DATE{NBSP}»\n",
    )
    posts = profile("--now", NOW, "post", "list", "--json").json()["posts"]
    assert [(p["id"][:7], p["slot"]) for p in posts] == [(post_id, None)]
    assert profile("--now", NOW, "undo").out == "Undone (rm): 2 tasks put back\n"
    posts = profile("--now", NOW, "post", "list", "--json").json()["posts"]
    assert [(p["id"][:7], p["slot"]) for p in posts] == [(post_id, slot["id"])]


def _week(profile: Run, on: str) -> list[dict[str, object]]:
    return list(profile("--now", NOW, "week", "--on", on, "--json").json()["days"])


def test_an_absence_across_a_week_boundary(profile: Run) -> None:
    said = profile("--now", NOW, "--lang", "fr", "off", "2026-11-27", "mardi 1er décembre")
    assert (said.code, said.out) == (
        0,
        f"Absence n°{NBSP}1 notée du vendredi 27 novembre 2026 au mardi 1er décembre 2026 "
        f"(5 jours){NBSP}: rien n'est dû ces jours-là\n",
    )
    first = _week(profile, "2026-11-23")
    statuses = {d["date"]: sorted({t["status"] for t in d["tasks"]}) for d in first}
    assert statuses["2026-11-26"] == ["todo"]
    assert statuses["2026-11-27"] == ["off"]
    second = _week(profile, "2026-11-30")
    assert {d["date"]: sorted({t["status"] for t in d["tasks"]}) for d in second} == {
        "2026-11-30": ["off"],
        "2026-12-01": ["off"],
        "2026-12-02": ["todo"],
        "2026-12-03": ["todo"],
        "2026-12-04": ["todo"],
        "2026-12-05": ["todo"],
        "2026-12-06": ["todo"],
    }
    calendar = profile("--now", NOW, "week", "--on", "2026-11-30", "--json").json()["calendar"]
    monday = [
        (t["network"], t["required"], t["short"]) for t in calendar if t["date"] == "2026-11-30"
    ]
    assert monday == [("facebook", 0, 0), ("instagram", 0, 0), ("linkedin", 0, 0)]
    plain = profile("--now", NOW, "--lang", "fr", "today", "--on", "2026-11-30").out
    assert plain.splitlines()[:2] == [
        "lundi 30 novembre 2026 — 0/0 faites · 0 min restantes · jour non travaillé",
        "Absent — rien n'est dû aujourd'hui",
    ]


def test_off_days_are_never_missed_nor_carried(profile: Run) -> None:
    assert profile("--now", NOW, "off", "2026-11-23", "--reason", "sick").code == 0
    later = "2026-11-25T09:00:00-05:00"
    tasks = profile("--now", later, "today", "--json").json()["tasks"]
    assert [t for t in tasks if t["date"] == "2026-11-23"] == []
    days = profile("--now", later, "week", "--json").json()["days"]
    monday = next(d for d in days if d["date"] == "2026-11-23")
    assert {t["status"] for t in monday["tasks"]} == {"off"}
    line = profile("--now", later, "week", "--plain").out.splitlines()
    assert "  Off — sick: nothing is owed that day" in line


def test_overlapping_absences_are_refused_naming_the_one_in_the_way(profile: Run) -> None:
    assert (
        profile("--now", NOW, "off", "2026-12-21", "2027-01-03", "--reason", "vacation").code == 0
    )
    refused = profile("--now", NOW, "off", "2027-01-02", "2027-01-05")
    assert (refused.code, refused.out) == (2, "")
    assert refused.err == (
        "cmagenda: error: refused: these dates overlap absence #1 (Mon, Dec 21 to Sun, Jan 3, "
        "2027); remove it first (cmagenda off rm 1), then note the whole new period\n"
    )
    backwards = profile("--now", NOW, "off", "2027-01-05", "2027-01-02")
    assert (backwards.code, backwards.err) == (
        2,
        "cmagenda: error: the end (Sat, Jan 2, 2027) is before the start (Tue, Jan 5, 2027)\n",
    )


def test_off_list_rm_and_undo(profile: Run, home: object) -> None:
    assert (
        profile("--now", NOW, "off", "2026-12-21", "2027-01-03", "--reason", "vacation").code == 0
    )
    assert profile("--now", NOW, "off", "2026-12-08").code == 0
    listed = profile("--now", NOW, "off", "list").out
    assert listed == (
        "  1. on Tuesday, December 8, 2026\n"
        "  2. from Monday, December 21, 2026 to Sunday, January 3, 2027 (14 days) — vacation\n"
    )
    gone = profile("--now", NOW, "off", "rm", "2026-12-21", "2027-01-03")
    assert gone.out == (
        "Absence removed from Monday, December 21, 2026 to Sunday, January 3, 2027 (14 days)"
        " — vacation\n"
    )
    assert (
        profile("--now", NOW, "off", "rm", "1").out
        == "Absence removed on Tuesday, December 8, 2026\n"
    )
    assert profile("--now", NOW, "off", "list").out == "No absence noted.\n"
    unknown = profile("--now", NOW, "off", "rm", "3")
    assert (unknown.code, unknown.err) == (
        5,
        "cmagenda: error: no absence '3': see cmagenda off list\n",
    )
    assert profile("--now", NOW, "undo").out == "Undone (off rm): 1 absence put back\n"
    assert profile("--now", NOW, "off", "list", "--json").json() == {
        "version": 1,
        "absences": [
            {"number": 1, "start": "2026-12-08", "end": "2026-12-08", "days": 1, "reason": None}
        ],
    }


def test_the_week_report_counts_days_off_apart(profile: Run) -> None:
    assert profile("--now", NOW, "off", "2026-11-24", "2026-11-25").code == 0
    friday = "2026-11-27T18:00:00-05:00"
    body = profile("--now", friday, "report", "--week", "--json").json()
    assert (body["days_off"], body["off"]) == (2, ["2026-11-24", "2026-11-25"])
    days = {d["date"]: d["total"] for d in body["by_day"]}
    assert "2026-11-24" not in days and "2026-11-25" not in days
    text = profile("--now", friday, "report", "--week", "--plain").out.splitlines()
    assert text[3] == "Off: 2 days, not counted"
    markdown = profile("--now", friday, "report", "--week", "--markdown").out.splitlines()
    assert markdown[3] == "Off: 2 days, not counted"


def test_absences_go_through_a_backup_and_its_undo(
    profile: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (
        profile("--now", NOW, "off", "2026-12-21", "2027-01-03", "--reason", "vacation").code == 0
    )
    backup = profile("--now", NOW, "export", "--format", "json").out
    saved = tmp_path / "backup.json"
    saved.write_text(backup, encoding="utf-8")
    monkeypatch.setenv("CMAGENDA_HOME", str(tmp_path / "other"))
    assert profile("--now", NOW, "import", str(saved)).code == 0
    listed = "  1. from Monday, December 21, 2026 to Sunday, January 3, 2027 (14 days) — vacation\n"
    assert profile("--now", NOW, "off", "list").out == listed
    assert profile("--now", NOW, "off", "rm", "1").code == 0
    assert profile("--now", NOW, "import", "--replace", str(saved)).code == 0
    assert profile("--now", NOW, "off", "list").out == listed
    assert profile("--now", NOW, "undo").code == 0
    assert profile("--now", NOW, "off", "list").out == "No absence noted.\n"


def test_nothing_is_reminded_on_a_day_off(profile: Run) -> None:
    assert profile("--now", NOW, "off", "2026-11-23").code == 0
    body = profile("--now", NOW, "remind", "--within", "2h", "--json").json()
    assert [r for r in body["reminders"] if r["kind"] == "due"] == []
