"""The morning path end to end: today / week / done / skip / move / add / undo."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from cmagenda.domain.planner import instance_id

from .conftest import NOW, Run


def rows(body: dict) -> list[tuple[str | None, str, str | None, str, bool]]:
    return [(t["template"], t["date"], t["time"], t["status"], t["overdue"]) for t in body["tasks"]]


def test_today_json_lists_overdue_then_timed_then_the_rest(profile: Run) -> None:
    result = profile("--now", NOW, "today", "--json")
    assert result.code == 0, result.err
    body = result.json()
    assert (body["version"], body["date"], body["timezone"]) == (1, "2026-11-23", "America/Toronto")
    D = "2026-11-23"
    assert rows(body) == [
        ("team-meeting", "2026-11-16", "10:00", "todo", True),
        # Placed on the days of their week with room left (see README, "A plan that fits").
        ("blog-post", "2026-11-18", None, "todo", True),
        ("weekly-report", "2026-11-20", "15:00", "todo", True),
        ("post", D, "09:00", "todo", False),  # LinkedIn's 08:00, inside the working hours
        ("replies", D, "09:00", "todo", False),
        ("post", D, "10:00", "todo", False),
        ("team-meeting", D, "10:00", "todo", False),
        ("replies", D, "11:00", "todo", False),
        ("post", D, "11:30", "todo", False),
        ("replies", D, "14:00", "todo", False),
        ("post", D, "15:00", "todo", False),  # Facebook's second post: optional
        ("replies", D, "16:30", "todo", False),
        ("post", D, "18:00", "todo", False),  # Instagram's second and third: optional
        ("post", D, "20:00", "todo", False),
        # Last week's onboarding is carried, not yet overdue: each has a week to be done in.
        ("arrival-meet-colleagues", "2026-11-16", None, "todo", False),
        ("arrival-official-sources", "2026-11-17", None, "todo", False),
        ("arrival-target-audience", "2026-11-19", None, "todo", False),
        ("arrival-objectives", "2026-11-20", None, "todo", False),
        ("arrival-choose-networks", D, None, "todo", False),
        # The daily watch, content production and calendar upkeep wait for the monitoring
        # plan, the editorial line and the calendar.
        ("ambassadors", D, None, "todo", False),
        ("invite-engaged", D, None, "todo", False),
        ("ads", D, None, "todo", False),
        ("industry-learning", D, None, "todo", False),
        ("know-products", D, None, "todo", False),
    ]
    report = next(t for t in body["tasks"] if t["template"] == "weekly-report")
    assert report == {
        "id": instance_id("weekly-report", dt.date(2026, 11, 20), "15:00"),
        "title": "Weekly report: which content had the most impact, what to keep, what to fix",
        "date": "2026-11-20",
        "time": "15:00",
        "status": "todo",
        "overdue": True,
        "phase": "weekly",
        "volet": "analysis",
        "template": "weekly-report",
        "network": None,
        "minutes": 45,
        "done_at": None,
        "optional": False,
        "note": None,
        "assignee": None,
        "done_by": None,
        "post": None,
        "part": None,
        "parts": None,
    }
    facebook = next(t for t in body["tasks"] if t["network"] == "facebook")
    assert (facebook["title"], facebook["network"]) == (
        "Post 1 on Facebook (target: 1–2 a day)",
        "facebook",
    )


def test_titles_follow_the_profile_language(profile: Run) -> None:
    body = profile("--now", NOW, "--lang", "fr", "today", "--json").json()
    assert next(t for t in body["tasks"] if t["template"] == "weekly-report")["title"] == (
        "Rapport de la semaine\u00a0: les contenus qui ont le plus porté, ce qu'on garde, "
        "ce qu'on corrige"
    )


def test_expansion_is_idempotent(profile: Run, home: Path) -> None:
    first = profile("--now", NOW, "today", "--json").json()
    store = home / "data" / "store" / "2026-11.json"
    before = store.read_bytes()
    for _ in range(3):
        assert profile("--now", NOW, "today", "--json").json() == first
        profile("--now", NOW, "week", "--json")
    second = json.loads(store.read_bytes())
    ids = [t["id"] for t in second["tasks"]]
    assert len(ids) == len(set(ids))
    # The week added days, but today's tasks are the same records.
    today_ids = {t["id"] for t in first["tasks"]}
    assert today_ids <= set(ids)
    # The first run planned the whole week: the runs after it wrote nothing at all.
    assert store.read_bytes() == before


def test_done_by_prefix_then_undo(profile: Run) -> None:
    body = profile("--now", NOW, "today", "--json").json()
    target = next(t for t in body["tasks"] if t["template"] == "weekly-report")
    result = profile("--now", NOW, "done", target["id"][:6])
    assert (result.code, result.out) == (
        0,
        "Done: Weekly report: which content had the most impact, what to keep, what to fix\n",
    )
    after = profile("--now", NOW, "today", "--json").json()
    done = next(t for t in after["tasks"] if t["id"] == target["id"])
    assert (done["status"], done["overdue"], done["done_at"]) == (
        "done",
        False,
        "2026-11-23T08:30:00-05:00",
    )
    again = profile("--now", NOW, "done", target["id"])
    assert again.out.startswith("Already done: Weekly report")
    result = profile("--now", NOW, "undo")
    assert (result.code, result.out) == (0, "Undone (done): 1 task put back\n")
    assert profile("--now", NOW, "today", "--json").json() == body
    assert profile("--now", NOW, "undo").out == "Nothing to undo.\n"


def test_ambiguous_and_unknown_ids_exit_5(profile: Run) -> None:
    body = profile("--now", NOW, "today", "--json").json()
    ids = [t["id"] for t in body["tasks"]]
    first_chars = {}
    for tid in ids:
        first_chars.setdefault(tid[0], []).append(tid)
    shared = next(c for c, group in first_chars.items() if len(group) > 1)
    result = profile("--now", NOW, "done", shared)
    assert result.code == 5
    assert result.err.startswith(f"cmagenda: error: '{shared}' matches several tasks;")
    assert len(result.err.splitlines()) > 2
    result = profile("--now", NOW, "done", "zzzz")
    assert (result.code, result.err) == (5, "cmagenda: error: no task matches 'zzzz'\n")
    result = profile("--now", NOW, "done", "0000000000ff")
    assert result.code == 5


def test_overdue_carries_and_check_ins_lapse_as_missed(profile: Run) -> None:
    friday_morning = "2026-11-20T08:00:00-05:00"
    week = profile("--now", friday_morning, "week", "--json").json()
    friday = next(d for d in week["days"] if d["date"] == "2026-11-20")
    assert ("replies", "2026-11-20", "09:00", "todo", False) in rows(friday)
    # Seen from the Monday after, Friday's check-ins are missed and its report overdue.
    week = profile("--now", NOW, "week", "--json").json()
    assert (week["start"], week["end"]) == ("2026-11-23", "2026-11-29")
    last = profile("--now", NOW, "week", "--on", "2026-11-20", "--json")
    assert last.code == 0
    seen_monday = profile("--now", NOW, "today", "--json").json()
    assert ("weekly-report", "2026-11-20", "15:00", "todo", True) in rows(seen_monday)
    past = profile("--now", NOW, "week", "--on", "2026-11-16", "--json").json()
    assert past["start"] == "2026-11-16"
    # --on only picks the week shown: the statuses follow the clock, Friday is over.
    friday_seen_monday = next(d for d in past["days"] if d["date"] == "2026-11-20")
    assert ("replies", "2026-11-20", "09:00", "missed", False) in rows(friday_seen_monday)
    # And a week to come is all still to do.
    coming = profile("--now", NOW, "week", "--on", "2026-12-02", "--json").json()
    assert {t["status"] for d in coming["days"] for t in d["tasks"]} == {"todo"}
    later = profile("--now", "2026-11-24T08:00:00-05:00", "week", "--json").json()
    monday = next(d for d in later["days"] if d["date"] == "2026-11-23")
    statuses = {(t["template"], t["time"]): t["status"] for t in monday["tasks"]}
    assert statuses[("replies", "09:00")] == "missed"
    assert statuses[("team-meeting", "10:00")] == "todo"
    overdue = {(t["template"], t["time"]): t["overdue"] for t in monday["tasks"]}
    assert overdue[("team-meeting", "10:00")] is True


def test_windowed_duty_is_not_overdue_until_its_window_ends(profile: Run) -> None:
    # "About" sections: the 15th, with a 7-day window; carried, it is overdue once the 22nd
    # is past.
    on_16 = profile("--now", "2026-12-16T09:00:00-05:00", "today", "--json").json()
    about = [t for t in on_16["tasks"] if t["template"] == "about-sections"]
    assert [(t["date"], t["overdue"]) for t in about] == [("2026-12-15", False)]
    on_22 = profile("--now", "2026-12-22T09:00:00-05:00", "today", "--json").json()
    about = [t for t in on_22["tasks"] if t["template"] == "about-sections"]
    assert [(t["date"], t["overdue"]) for t in about] == [("2026-12-15", False)]
    on_23 = profile("--now", "2026-12-23T09:00:00-05:00", "today", "--json").json()
    about = [t for t in on_23["tasks"] if t["template"] == "about-sections"]
    assert [(t["date"], t["overdue"]) for t in about] == [("2026-12-15", True)]


def test_skip_with_reason(profile: Run) -> None:
    body = profile("--now", NOW, "today", "--json").json()
    ads = next(t for t in body["tasks"] if t["template"] == "ads")
    result = profile("--now", NOW, "skip", ads["id"], "--reason", "no campaign running")
    assert result.out == "Skipped: Follow the running ad campaigns and tune them (if any)\n"
    plain = profile("--now", NOW, "today").out
    assert "[-]" in plain and "no campaign running" in plain


def test_move_across_months_and_undo(profile: Run, home: Path) -> None:
    body = profile("--now", NOW, "today", "--json").json()
    report = next(t for t in body["tasks"] if t["template"] == "weekly-report")
    result = profile("--now", NOW, "move", report["id"], "--to", "2026-12-02", "--at", "09:30")
    assert result.code == 0, result.err
    assert result.out.startswith("Moved to Wednesday, December 2, 2026: Weekly report")
    week = profile("--now", NOW, "week", "--on", "2026-12-02", "--json").json()
    wednesday = next(d for d in week["days"] if d["date"] == "2026-12-02")
    moved = next(t for t in wednesday["tasks"] if t["id"] == report["id"])
    assert (moved["time"], moved["status"]) == ("09:30", "todo")
    # Not planned again on its old date, and no longer overdue today.
    today = profile("--now", NOW, "today", "--json").json()
    assert report["id"] not in {t["id"] for t in today["tasks"]}
    november = json.loads((home / "data" / "store" / "2026-11.json").read_text("utf-8"))
    assert november["moved_out"] == {report["id"]: "2026-12-02"}
    assert profile("--now", NOW, "undo").code == 0
    assert profile("--now", NOW, "today", "--json").json() == body


def test_add_a_task_and_undo_it(profile: Run) -> None:
    result = profile("--now", NOW, "add", "Call the printer", "--at", "13:15", "--network",
                     "instagram", "--minutes", "20")  # fmt: skip
    assert result.code == 0, result.err
    body = profile("--now", NOW, "today", "--json").json()
    added = next(t for t in body["tasks"] if t["template"] is None)
    assert {k: v for k, v in added.items() if k != "id"} == {
        "title": "Call the printer", "date": "2026-11-23", "time": "13:15", "status": "todo",
        "overdue": False, "phase": None, "volet": None, "template": None,
        "network": "instagram", "minutes": 20, "done_at": None, "optional": False, "note": None,
        "assignee": None, "done_by": None, "post": None, "part": None, "parts": None,
    }  # fmt: skip
    assert (
        result.out == f"Added ({added['id'][:7]}) on Monday, November 23, 2026: Call the printer\n"
    )
    assert profile("--now", NOW, "undo").out == "Undone (add): 1 task put back\n"
    body = profile("--now", NOW, "today", "--json").json()
    assert all(t["template"] is not None for t in body["tasks"])


def test_editing_a_template_never_rewrites_past_days(profile: Run, home: Path) -> None:
    profile("--now", NOW, "week", "--json")
    (home / "checklists.toml").write_text('[duties.replies]\ntimes = ["10:00"]\n', encoding="utf-8")
    later = profile("--now", "2026-11-25T08:00:00-05:00", "week", "--json").json()
    times = {
        d["date"]: [t["time"] for t in d["tasks"] if t["template"] == "replies"]
        for d in later["days"]
    }
    assert times["2026-11-23"] == ["09:00", "11:00", "14:00", "16:30"]
    assert times["2026-11-24"] == ["09:00", "11:00", "14:00", "16:30"]
    assert times["2026-11-25"] == ["10:00"]
    assert times["2026-11-27"] == ["10:00"]


def test_week_start_sunday(profile: Run) -> None:
    assert profile("init", "--force", "--week-start", "sunday").code == 0
    week = profile("--now", NOW, "week", "--json").json()
    assert (week["start"], week["end"]) == ("2026-11-22", "2026-11-28")
    assert week["days"][0]["date"] == "2026-11-22"


def test_first_use_without_init_writes_the_defaults(run: Run, home: Path) -> None:
    result = run("--now", NOW, "today")
    assert result.code == 0, result.err
    config = (home / "config.toml").read_text("utf-8")
    assert "start = 2026-11-23" in config
    assert 'networks = [\n    "facebook",\n    "instagram",\n    "linkedin",\n]' in config
