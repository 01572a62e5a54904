"""The first week of a community manager starting in Montréal on Monday 2026-11-23 (French,
America/Toronto, Facebook, Instagram, LinkedIn), lived through the CLI with `--now`: the
editorial calendar agrees with itself at every step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from cmagenda.domain import planner

from .conftest import Run

MONTREAL = (
    "init", "--start", "2026-11-23", "--timezone", "America/Toronto", "--lang", "fr",
    "--networks", "facebook,instagram,linkedin",
)  # fmt: skip
MONDAY = "2026-11-23T08:30:00-05:00"
TUESDAY = "2026-11-24T10:30:00-05:00"


def at(day: int, hhmm: str) -> str:
    return f"2026-11-{day:02d}T{hhmm}:00-05:00"


@pytest.fixture
def montreal(run: Run) -> Run:
    assert run(*MONTREAL).code == 0
    return run


def _calendar(body: dict[str, Any], day: str, network: str) -> dict[str, Any]:
    return next(t for t in body["calendar"] if t["date"] == day and t["network"] == network)


def _week_total(body: dict[str, Any], network: str) -> dict[str, Any]:
    return next(t for t in body["calendar_week"] if t["network"] == network)


def test_a_slot_ticked_done_is_filled_everywhere(montreal: Run) -> None:
    # The LinkedIn post of 9:00 went out straight from LinkedIn: ticked in cmagenda.
    assert montreal("--now", MONDAY, "done", "133ad").code == 0
    body = montreal("--now", MONDAY, "week", "--json").json()
    assert _calendar(body, "2026-11-23", "linkedin") == {
        "date": "2026-11-23", "network": "linkedin", "required": 1, "optional": 0,
        "filled": 1, "outside": 0, "done": 1, "free": 0, "short": 0,
    }  # fmt: skip
    assert _week_total(body, "linkedin") == {
        "network": "linkedin", "required": 5, "optional": 0,
        "filled": 1, "outside": 0, "done": 1, "free": 4, "short": 4,
    }  # fmt: skip
    plain = montreal("--now", MONDAY, "week").out
    assert "  [x] 133ad      9\u00a0h  Publication 1 sur LinkedIn" in plain
    assert "  > LinkedIn : 1 sur 1, 0 créneau libre — objectif atteint\n" in plain
    assert "  > LinkedIn : 1 sur 5, 4 créneaux libres — il en manque 4\n" in plain
    # The next LinkedIn post does not go into the ticked slot, nor into a past one.
    said = montreal("--now", MONDAY, "post", "add", "--network", "linkedin", "Offre d'emploi")
    assert said.out == (
        "Publication 45f6823 prévue le mardi 24 novembre 2026 sur LinkedIn, créneau de 9\u00a0h\n"
    )
    # Facebook: three days ticked by hand, one post planned: the total agrees with "done".
    for day, slot in ((23, "2fdf5"), (23, "9e8b8")):
        assert montreal("--now", at(day, "20:00"), "done", slot).code == 0
    body = montreal("--now", at(23, "20:00"), "week", "--json").json()
    facebook = _week_total(body, "facebook")
    assert (facebook["filled"], facebook["done"]) == (2, 2)


def test_done_on_a_slot_publishes_its_post_and_undo_takes_both_back(montreal: Run) -> None:
    said = montreal("--now", MONDAY, "post", "add", "--network", "instagram", "Livre de la semaine")
    post_id = said.out.split()[1]
    assert montreal("--now", MONDAY, "done", "b73de").code == 0
    posts = montreal("--now", MONDAY, "post", "list", "--json").json()["posts"]
    assert [(p["id"][:7], p["status"], p["time"]) for p in posts] == [
        (post_id, "published", "11:30")
    ]
    assert (
        montreal("--now", MONDAY, "--lang", "en", "undo").out == "Undone (done): 2 tasks put back\n"
    )
    posts = montreal("--now", MONDAY, "post", "list", "--json").json()["posts"]
    assert [p["status"] for p in posts] == ["draft"]
    today = montreal("--now", MONDAY, "today", "--json").json()["tasks"]
    assert next(t["status"] for t in today if t["id"].startswith("b73de")) == "todo"


def test_post_add_takes_the_next_open_slot_from_now(montreal: Run) -> None:
    said = [
        montreal("--now", TUESDAY, "post", "add", "--network", "facebook", f"Promo {n}").out
        for n in (1, 2, 3, 4)
    ]
    # 10:30 on Tuesday: the 10:00 slot is past; then Wednesday and Thursday, in order.
    assert [line.split(" prévue le ")[1] for line in said] == [
        "mardi 24 novembre 2026 sur Facebook, créneau de 15\u00a0h\n",
        "mercredi 25 novembre 2026 sur Facebook, créneau de 10\u00a0h\n",
        "mercredi 25 novembre 2026 sur Facebook, créneau de 15\u00a0h\n",
        "jeudi 26 novembre 2026 sur Facebook, créneau de 10\u00a0h\n",
    ]
    # A day asked for with --on and full: said, with the next open slot, and nothing written.
    full = montreal("--now", TUESDAY, "post", "add", "--network", "facebook", "--on",
                    "2026-11-25", "Encore")  # fmt: skip
    assert (full.code, full.out, full.err) == (
        2,
        "",
        "cmagenda: erreur: plus aucun créneau libre le mercredi 25 novembre 2026 sur Facebook"
        "\u00a0; prochain créneau libre\u00a0: jeudi 26 novembre 2026 à 15\u00a0h\n",
    )
    taken = montreal("--now", TUESDAY, "post", "add", "--network", "facebook", "--at", "10:00",
                     "Trop tard")  # fmt: skip
    assert taken.code == 2
    assert "le créneau du mardi 24 novembre 2026 à 10\u00a0h n'est plus libre" in taken.err
    # Outside the slots only at an explicit time no slot has.
    noon = montreal("--now", TUESDAY, "post", "add", "--network", "facebook", "--at", "12:00",
                    "Midi")  # fmt: skip
    assert noon.out.endswith("sur Facebook, à 12\u00a0h, hors créneau\n")
    listed = montreal("--now", TUESDAY, "post", "list", "--week", "--json").json()["posts"]
    assert len(listed) == 5


def test_ten_posts_in_one_sitting_fill_the_next_ten_open_slots(montreal: Run) -> None:
    for n in range(10):
        said = montreal("--now", TUESDAY, "post", "add", "--network", "instagram", f"Post {n}")
        assert said.code == 0
    listed = montreal("--now", TUESDAY, "post", "list", "--week", "--json").json()["posts"]
    listed += montreal(
        "--now", TUESDAY, "post", "list", "--on", "2026-12-01", "--week", "--json"
    ).json()["posts"]
    assert [(p["date"], p["time"], p["text"]) for p in listed] == [
        ("2026-11-24", "11:30", "Post 0"),
        ("2026-11-24", "18:00", "Post 1"),
        ("2026-11-24", "20:00", "Post 2"),
        ("2026-11-25", "11:30", "Post 3"),
        ("2026-11-25", "18:00", "Post 4"),
        ("2026-11-25", "20:00", "Post 5"),
        ("2026-11-26", "11:30", "Post 6"),
        ("2026-11-26", "18:00", "Post 7"),
        ("2026-11-26", "20:00", "Post 8"),
        ("2026-11-27", "11:30", "Post 9"),
    ]
    body = montreal("--now", TUESDAY, "week", "--json").json()
    assert _calendar(body, "2026-11-26", "instagram") == {
        "date": "2026-11-26", "network": "instagram", "required": 1, "optional": 2,
        "filled": 3, "outside": 0, "done": 0, "free": 0, "short": 0,
    }  # fmt: skip


def test_next_week_seen_from_monday_morning_is_all_to_do(montreal: Run) -> None:
    body = montreal("--now", MONDAY, "week", "--on", "vendredi", "--json").json()
    statuses = {t["status"] for d in body["days"] for t in d["tasks"]}
    assert statuses == {"todo"}
    body = montreal("--now", MONDAY, "week", "--on", "2026-11-30", "--json").json()
    assert body["start"] == "2026-11-30"
    assert {t["status"] for d in body["days"] for t in d["tasks"]} == {"todo"}
    # Friday's page on Monday: nothing marked missed.
    plain = montreal("--now", MONDAY, "today", "--on", "2026-11-27").out
    assert "[!]" not in plain


def test_a_skip_does_not_lower_the_completion_rate(montreal: Run) -> None:
    noon = at(23, "12:00")
    assert montreal("--now", noon, "done", "133ad", "2fdf5").code == 0
    before = montreal("--now", noon, "report", "--json").json()
    assert montreal("--now", noon, "skip", "7dcc2", "--reason", "pas de campagne").code == 0
    after = montreal("--now", noon, "report", "--json").json()
    assert (before["done"], before["total"], before["skipped_count"]) == (2, 14, 0)
    assert (after["done"], after["total"], after["skipped_count"]) == (2, 13, 1)
    assert after["rate"] == 0.1538 > before["rate"] == 0.1429
    summary = montreal("--now", noon, "today").out.splitlines()[0]
    assert summary.startswith("lundi 23 novembre 2026 — 2/13 faites")


def test_ids_shown_in_the_morning_stay_valid(montreal: Run, tmp_path: Path) -> None:
    morning = montreal("--now", MONDAY, "today").out
    out = tmp_path / "agenda.json"
    exported = montreal(
        "--now", MONDAY, "export", "--format", "json", "--to", "2027-02-28", "-o", str(out)
    )
    assert exported.code == 0
    assert montreal("--now", MONDAY, "today").out == morning
    assert montreal("--now", MONDAY, "done", "e140f").code == 0


def test_done_on_a_day_not_yet_planned_plans_it_first(montreal: Run) -> None:
    assert montreal("--now", MONDAY, "today").code == 0
    # The LinkedIn slot of 15 January 2027 (its id is derived from the duty, date and slot).
    slot = planner.instance_id("post", dt.date(2027, 1, 15), "linkedin/1")
    ticked = montreal("--now", MONDAY, "--lang", "en", "done", "--on", "2027-01-15", slot)
    assert (ticked.code, ticked.out) == (0, "Done: Post 1 on LinkedIn (target: 1 a day)\n")
    body = montreal("--now", MONDAY, "week", "--on", "2027-01-15", "--json").json()
    assert _calendar(body, "2027-01-15", "linkedin") == {
        "date": "2027-01-15", "network": "linkedin", "required": 1, "optional": 0,
        "filled": 1, "outside": 0, "done": 1, "free": 0, "short": 0,
    }  # fmt: skip
