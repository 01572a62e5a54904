"""The editorial calendar: slots from the cadence, posts in slots, optional slots, the tally."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cmagenda.domain import slots
from cmagenda.domain.model import Post, Status, Task, Titles
from cmagenda.domain.recurrence import expand
from cmagenda.domain.schema import Posting, Profile
from cmagenda.storage.paths import bundled_checklist
from cmagenda.storage.templates import load_checklist

from .conftest import NOW, Run

CHECKLIST = load_checklist([bundled_checklist()])


def _posts(profile: Profile, day: dt.date) -> list[tuple[str | None, str | None, bool]]:
    return [
        (o.network, o.time, o.optional)
        for o in expand(CHECKLIST, profile, day, day)
        if o.template.id == "post"
    ]


def test_slots_follow_the_profiles_cadence_times_and_days() -> None:
    profile = Profile(
        start=dt.date(2026, 11, 2),
        timezone="America/Toronto",
        networks=["instagram", "linkedin"],
        posting={
            "instagram": Posting(posts_min=2, posts_max=4, times=["09:15", "12:00", "19:00"]),
            "linkedin": Posting(days=["TU", "TH"]),
        },
    )
    assert _posts(profile, dt.date(2026, 11, 24)) == [  # a Tuesday
        ("instagram", "09:15", False), ("instagram", "12:00", False),
        ("instagram", "19:00", True), ("instagram", None, True),
        ("linkedin", "09:00", False),
    ]  # fmt: skip
    assert _posts(profile, dt.date(2026, 11, 23))[-1] == ("instagram", None, True)  # no LinkedIn


def test_posts_go_into_the_next_free_slot(profile: Run) -> None:
    said = [
        profile("--now", NOW, "--lang", "en", "post", "add", "--network", "instagram", text).out
        for text in ("Book of the week", "What are you reading?", "Poll", "One more")
    ]
    assert [line.split(" on Instagram")[1] for line in said] == [
        ", 11:30 slot\n",
        ", 18:00 slot\n",
        ", 20:00 slot\n",
        ", 11:30 slot\n",  # Monday's slots are all taken: Tuesday's first
    ]
    assert said[3].startswith(f"Post {said[3].split()[1]} planned on Tuesday, November 24, 2026")
    at = profile("--now", NOW, "post", "add", "--network", "facebook", "--at", "3pm", "Promo")
    assert at.out.endswith(", 15:00 slot\n")
    listed = profile("--now", NOW, "post", "list", "--json").json()
    assert [(p["network"], p["time"], p["slot"] is not None) for p in listed["posts"]] == [
        ("instagram", "11:30", True), ("facebook", "15:00", True), ("instagram", "18:00", True),
        ("instagram", "20:00", True), ("instagram", "11:30", True),  # Tuesday's: the coming week
    ]  # fmt: skip
    # A network the profile does not run is refused.
    refused = profile("--now", NOW, "post", "add", "--network", "pinterest", "Pin")
    assert refused.code == 2


def test_the_week_tally_and_publishing(profile: Run) -> None:
    first = profile("--now", NOW, "post", "add", "--network", "instagram", "Livre").out
    post_id = first.split()[1]
    before = profile("--now", NOW, "week", "--json").json()["calendar"]
    monday = [t for t in before if t["date"] == "2026-11-23"]
    assert monday == [
        {"date": "2026-11-23", "network": "facebook", "required": 1, "optional": 1,
         "filled": 0, "outside": 0, "done": 0, "free": 2, "short": 1},
        {"date": "2026-11-23", "network": "instagram", "required": 1, "optional": 2,
         "filled": 1, "outside": 0, "done": 0, "free": 2, "short": 0},
        {"date": "2026-11-23", "network": "linkedin", "required": 1, "optional": 0,
         "filled": 0, "outside": 0, "done": 0, "free": 1, "short": 1},
    ]  # fmt: skip
    assert profile("--now", NOW, "post", "publish", post_id).code == 0
    today = profile("--now", NOW, "today", "--json").json()["tasks"]
    slot = [t for t in today if t["network"] == "instagram" and t["time"] == "11:30"]
    assert slot[0]["status"] == "done"
    plain = profile("--now", NOW, "--lang", "fr", "week").out
    assert "  > Instagram : 1 sur 1–3, 2 créneaux libres — objectif atteint\n" in plain
    assert "  > LinkedIn : 0 sur 1, 1 créneau libre — il en manque 1\n" in plain


def test_optional_slots_are_never_missed(profile: Run) -> None:
    tuesday = "2026-11-24T08:30:00-05:00"
    profile("--now", NOW, "today")
    week = profile("--now", tuesday, "week", "--json").json()
    posts = [t for t in week["days"][0]["tasks"] if t["template"] == "post"]
    assert sorted((t["network"], t["time"], t["status"], t["optional"]) for t in posts) == [
        ("facebook", "10:00", "missed", False), ("facebook", "15:00", "skipped", True),
        ("instagram", "11:30", "missed", False), ("instagram", "18:00", "skipped", True),
        ("instagram", "20:00", "skipped", True), ("linkedin", "09:00", "missed", False),
    ]  # fmt: skip
    summary = profile("--now", NOW, "--lang", "en", "today").out.splitlines()[0]
    assert summary.startswith("Monday, November 23, 2026 — 0/21 done")  # 24 tasks, 3 optional


def test_post_edit_move_rm_and_undo(profile: Run, home: Path) -> None:
    post_id = profile("--now", NOW, "post", "add", "--network", "linkedin", "Offre").out.split()[1]
    edited = profile("--now", NOW, "--lang", "en", "post", "edit", post_id, "--status", "ready",
                     "--text", "Offre d'emploi", "--link", "https://example.org/job")  # fmt: skip
    # "ready", from before the review step, is typed for "approved".
    assert edited.out == f"Post {post_id} changed (approved)\n"
    bad = profile("--now", NOW, "--lang", "en", "post", "edit", post_id, "--status", "done")
    assert (bad.code, bad.err) == (
        2,
        "cmagenda: error: unknown status 'done' "
        "(known: draft, review, changes, approved, published)\n",
    )  # fmt: skip
    # LinkedIn's owed slot is at 9:00, inside the working hours: the post went into Monday's.
    moved = profile("--now", NOW, "--lang", "en", "post", "move", post_id, "--to", "2026-11-25")
    assert moved.out == f"Post {post_id} moved to Wednesday, November 25, 2026\n"
    listed = profile("--now", NOW, "post", "list", "--on", "2026-11-25", "--json").json()["posts"]
    assert [(p["text"], p["link"], p["status"], p["time"]) for p in listed] == [
        ("Offre d'emploi", "https://example.org/job", "approved", "09:00")
    ]
    assert profile("--now", NOW, "undo").code == 0
    back = profile("--now", NOW, "post", "list", "--on", "2026-11-23", "--json").json()["posts"]
    assert [p["date"] for p in back] == ["2026-11-23"]
    assert profile("--now", NOW, "post", "rm", post_id).code == 0
    assert profile("--now", NOW, "--lang", "en", "post", "list").out == "No post planned.\n"


def _slot(n: int, hhmm: str | None, status: str = Status.TODO) -> Task:
    return Task(
        id=f"{n:012x}", date=dt.date(2026, 11, 24), title=Titles(fr="P", en="P"),
        template="post", slot=f"facebook/{n}", time=hhmm, network="facebook", status=status,
    )  # fmt: skip


def test_one_rule_for_a_slot_filled_and_open() -> None:
    planned = Post("p1", "facebook", dt.date(2026, 11, 24), "Promo", slot=f"{1:012x}")
    posts = {planned.slot or "": planned}
    ticked, held, empty = _slot(0, "08:00", Status.DONE), _slot(1, "10:00"), _slot(2, "15:00")
    skipped, untimed = _slot(3, "18:00", Status.SKIPPED), _slot(4, None)
    assert [slots.filled(s, posts) for s in (ticked, held, empty, skipped, untimed)] == [
        True, True, False, False, False,
    ]  # fmt: skip
    at_1030 = dt.datetime(2026, 11, 24, 10, 30)
    assert [slots.is_open(s, posts, at_1030) for s in (ticked, held, empty, skipped)] == [
        False, False, True, False,
    ]  # fmt: skip
    # Past by the clock: not open; a slot with no time is open all its day, not the next.
    assert slots.is_open(_slot(5, "10:00"), posts, at_1030) is False
    assert slots.is_open(_slot(6, "10:30"), posts, at_1030) is True
    assert slots.is_open(untimed, posts, at_1030) is True
    assert slots.is_open(untimed, posts, at_1030 + dt.timedelta(days=1)) is False
