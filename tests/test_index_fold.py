"""The months the index lists for today's view: a month whose last carried task is ticked off
today stays listed that day, so that today's list still shows what was done (by the fast path as
by the full one); the next save made with it read on a later day (planning reads every listed
month) takes it out."""

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
TOMORROW = "2026-11-24T08:30:00-05:00"


def open_months(home: Path) -> list[str]:
    body = json.loads((home / "data" / "store" / "index.json").read_text("utf-8"))
    return list(body["open_months"])


def _out(capsys: pytest.CaptureFixture[str], *args: str, now: str = NOW) -> str:
    assert main.main(["--lang", "en", "--now", now, *args]) == 0
    return capsys.readouterr().out


def _october(capsys: pytest.CaptureFixture[str], now: str = NOW) -> dict[str, str]:
    tasks = json.loads(_out(capsys, "today", "--json", now=now))["tasks"]
    return {t["id"]: t["status"] for t in tasks if t["date"] < "2026-11-01"}


@pytest.mark.parametrize("path", ["fast", "full"])
def test_a_month_closed_today_stays_on_today_s_list_until_a_later_save(
    home: Path, capsys: pytest.CaptureFixture[str], path: str
) -> None:
    # October planned from the first day of the profile, then left undone.
    assert main.main(["--now", "2026-10-28T09:00:00-04:00", "init", "--start", "2026-10-26",
                      "--timezone", "America/Toronto", "--lang", "en"]) == 0  # fmt: skip
    assert main.main(["--now", "2026-10-28T09:00:00-04:00", "week"]) == 0
    capsys.readouterr()
    october = list(_october(capsys))
    assert len(october) > 1 and "2026-10" in open_months(home)
    # Every carried October task but one done, then the last one.
    _out(capsys, "done", *october[1:])
    _out(capsys, "today")
    if path == "fast":
        assert cli_fast.serve(["--lang", "en", "--now", NOW, "done", october[0]]) is not None
        # The month file alone was replaced, its undo step inside it.
        month = json.loads((home / "data" / "store" / "2026-10.json").read_text("utf-8"))
        assert "undo" in month
        # The next command that takes the lock folds the step.
        with Store(resolve_paths(os.environ)).locked():
            pass
    else:
        _out(capsys, "done", october[0])
    # Still listed today, and today's list still shows all it was done today.
    assert "2026-10" in open_months(home)
    assert _october(capsys) == {tid: "done" for tid in october}
    _out(capsys, "add", "Call the printer")  # a save made today keeps it
    assert "2026-10" in open_months(home)
    # Tomorrow nothing of October is shown, and the next planning (which reads every listed
    # month) takes the month out.
    assert _october(capsys, TOMORROW) == {}
    _out(capsys, "add", "Call the printer again", now=TOMORROW)
    _out(capsys, "week", "--on", "2027-01-11", now=TOMORROW)
    assert "2026-10" not in open_months(home)
