"""The index of open months after a fast `done` closed a month's last carried task: the month
stays listed (read for nothing) until the fold of the done's undo step takes it out."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cmagenda.cli import fast as cli_fast
from cmagenda.cli import main
from cmagenda.storage.paths import resolve_paths
from cmagenda.storage.store import Store

NOW = "2026-11-23T08:30:00-05:00"


def open_months(home: Path) -> list[str]:
    body = json.loads((home / "data" / "store" / "index.json").read_text("utf-8"))
    return list(body["open_months"])


def test_a_month_closed_by_a_fast_done_leaves_the_index_at_the_next_fold(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # October planned from the first day of the profile, then left undone.
    assert main.main(["--now", "2026-10-28T09:00:00-04:00", "init", "--start", "2026-10-26",
                      "--timezone", "America/Toronto", "--lang", "en"]) == 0  # fmt: skip
    assert main.main(["--now", "2026-10-28T09:00:00-04:00", "week"]) == 0
    capsys.readouterr()
    tasks = json.loads(_out(capsys, "today", "--json"))["tasks"]
    october = [t["id"] for t in tasks if t["date"] < "2026-11-01"]
    assert october and "2026-10" in open_months(home)
    # Every carried October task but one done by the full path, the last by the fast path.
    assert main.main(["--now", NOW, "done", *october[1:]]) == 0
    _out(capsys, "today")
    assert "2026-10" in open_months(home)
    assert cli_fast.serve(["--now", NOW, "done", october[0]]) is not None
    # Still listed: the month file alone was replaced, its undo step inside it.
    assert "2026-10" in open_months(home)
    assert "undo" in json.loads((home / "data" / "store" / "2026-10.json").read_text("utf-8"))
    # The next command that takes the lock folds the step and takes the month out.
    with Store(resolve_paths(os.environ)).locked():
        pass
    assert "2026-10" not in open_months(home)
    # Undone, the task is open again, and so is its month.
    assert _out(capsys, "undo") == "Undone (done): 1 task put back\n"
    assert "2026-10" in open_months(home)


def _out(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main.main(["--lang", "en", "--now", NOW, *args]) == 0
    return capsys.readouterr().out
