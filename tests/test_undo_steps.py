"""done/skip/move on the fast path replace one month file (two, through the journal, for a move
to another month), their undo step inside it; the next command that takes the lock folds the
steps into undo.json, most recent last; a kill at any point leaves the change and its undo step
both on disk or neither."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from cmagenda.cli import fast as cli_fast
from cmagenda.cli import main

from .conftest import Run

NOW = "2026-11-23T08:30:00-05:00"


class Killed(BaseException):
    """The process dies here: no except clause of the program sees it."""


def out(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main.main(["--lang", "en", "--now", NOW, *args]) == 0
    return capsys.readouterr().out


def fast(*args: str) -> str:
    said = cli_fast.serve(["--lang", "en", "--now", NOW, *args])
    assert said is not None
    return said


def statuses(capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    view = json.loads(out(capsys, "week", "--json"))
    return {t["id"]: t["status"] for d in view["days"] for t in d["tasks"]}


def marks(home: Path) -> list[str]:
    return sorted(p.name for p in (home / "data" / "store").glob(".undo-*"))


def undo_entries(home: Path) -> int:
    path = home / "data" / "undo.json"
    return len(json.loads(path.read_text("utf-8"))["entries"]) if path.exists() else 0


@pytest.fixture
def ids(profile: Run, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """Today's tasks, the window fresh."""
    capsys.readouterr()
    return [t["id"] for t in json.loads(out(capsys, "today", "--json"))["tasks"]]


def test_a_fast_done_replaces_its_month_alone_with_two_fsyncs(
    ids: list[str], home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    real = os.fsync
    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", lambda fd: synced.append(fd) or real(fd))
        assert fast("done", ids[0]).startswith("Done: ")
        # The month's mark (made once, its folder synced), the month's temp, the folder.
        assert len(synced) == 3
        synced.clear()
        assert fast("skip", ids[1], "--reason", "rain").startswith("Skipped: ")
        assert len(synced) == 2
    assert marks(home) == [".undo-2026-11"]
    month = json.loads((home / "data" / "store" / "2026-11.json").read_text("utf-8"))
    assert [(s["seq"], s["record"]["label"]) for s in month["undo"]] == [(1, "done"), (2, "skip")]
    assert undo_entries(home) == 0
    out(capsys, "doctor")  # the store as it is now is sound
    # `undo` takes the lock: both steps go to undo.json, the last one is taken back.
    assert out(capsys, "undo") == "Undone (skip): 1 task put back\n"
    assert marks(home) == []
    assert undo_entries(home) == 1
    month = json.loads((home / "data" / "store" / "2026-11.json").read_text("utf-8"))
    assert "undo" not in month
    assert out(capsys, "undo") == "Undone (done): 1 task put back\n"
    assert out(capsys, "undo") == "Nothing to undo.\n"
    assert {statuses(capsys)[i] for i in ids[:2]} == {"todo"}


def test_steps_in_two_months_are_undone_most_recent_first(
    ids: list[str], home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # December planned (the horizon's weeks), then the window made again from today.
    week = json.loads(out(capsys, "week", "--on", "2026-12-01", "--json"))
    december = next(t["id"] for d in week["days"] if d["date"] == "2026-12-01" for t in d["tasks"])
    out(capsys, "today")
    fast("done", december)
    fast("done", ids[0])
    fast("move", ids[1], "--to", "2026-11-25")
    assert marks(home) == [".undo-2026-11", ".undo-2026-12"]
    assert undo_entries(home) == 0
    # Across months: the two months through the journal, the step in the first of them.
    fast("move", ids[2], "--to", "2026-12-02")
    assert marks(home) == [".undo-2026-11", ".undo-2026-12"]
    assert undo_entries(home) == 0
    # A move across months puts back the task in both (as the full path says it).
    assert out(capsys, "undo") == "Undone (move): 1 task put back\n"
    assert out(capsys, "undo") == "Undone (move): 1 task put back\n"
    assert out(capsys, "undo") == "Undone (done): 1 task put back\n"
    assert statuses(capsys)[ids[0]] == "todo"
    week = json.loads(out(capsys, "week", "--on", "2026-12-01", "--json"))
    done = {t["id"]: t["status"] for d in week["days"] for t in d["tasks"]}
    assert done[december] == "done"
    assert out(capsys, "undo") == "Undone (done): 1 task put back\n"
    assert out(capsys, "undo") == "Nothing to undo.\n"


def stored_status(home: Path, task: str) -> str:
    month = json.loads((home / "data" / "store" / "2026-11.json").read_text("utf-8"))
    return str(next(t["status"] for t in month["tasks"] if t["id"] == task))


def killed_at(monkeypatch: pytest.MonkeyPatch, call: str, n: int, *args: str) -> str | None:
    """What the fast path says for `args`, or None if the process died at the `n`th call of
    `os.<call>` (its `n`th fsync or rename)."""
    real = getattr(os, call)
    calls = [0]

    def dying(*given: object) -> Any:
        calls[0] += 1
        if calls[0] == n:
            raise Killed
        return real(*given)

    with monkeypatch.context() as patch:
        patch.setattr(os, call, dying)
        try:
            return fast(*args)
        except Killed:
            return None


@pytest.mark.parametrize("call", ["fsync", "replace"])
def test_a_fast_done_killed_anywhere_is_whole_or_absent(
    ids: list[str],
    home: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    call: str,
) -> None:
    task = ids[0]
    outcomes = []
    for n in range(1, 8):
        said = killed_at(monkeypatch, call, n, "done", task)
        capsys.readouterr()
        if said is not None:
            break
        status = stored_status(home, task)
        # Done on disk and its undo step too, or neither (`undo` writes the window anew).
        assert (status, out(capsys, "undo")) in {
            ("done", "Undone (done): 1 task put back\n"),
            ("todo", "Nothing to undo.\n"),
        }
        assert stored_status(home, task) == "todo"
        outcomes.append(status)
    assert "done" in outcomes and "todo" in outcomes
    # Past its last fsync or rename, the done goes through whole.
    assert said is not None and said.startswith("Done: ")
    assert stored_status(home, task) == "done"


def month_of(home: Path, task: str) -> str:
    for path in sorted((home / "data" / "store").glob("20*.json")):
        if any(t["id"] == task for t in json.loads(path.read_text("utf-8"))["tasks"]):
            return path.stem
    raise AssertionError(task)


@pytest.mark.parametrize("call", ["fsync", "replace"])
def test_a_fast_move_across_months_killed_anywhere_is_whole_or_absent(
    ids: list[str],
    home: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    call: str,
) -> None:
    task = ids[1]
    out(capsys, "week", "--on", "2026-12-01")  # December planned, in the horizon
    out(capsys, "today")
    outcomes = []
    for n in range(1, 30):
        said = killed_at(monkeypatch, call, n, "move", task, "--to", "2026-12-02")
        capsys.readouterr()
        if said is not None:
            assert said.startswith("Moved to Wednesday, December 2, 2026: ")
            break
        # The next command that takes the lock settles what the kill left.
        main.main(["--lang", "en", "--now", NOW, "today"])
        capsys.readouterr()
        where = month_of(home, task)
        # Moved with its undo step, or neither.
        assert (where, out(capsys, "undo")) in {
            ("2026-12", "Undone (move): 1 task put back\n"),
            ("2026-11", "Nothing to undo.\n"),
        }
        assert month_of(home, task) == "2026-11"
        outcomes.append(where)
    assert "2026-12" in outcomes and "2026-11" in outcomes
    assert month_of(home, task) == "2026-12"
    assert out(capsys, "undo") == "Undone (move): 1 task put back\n"
