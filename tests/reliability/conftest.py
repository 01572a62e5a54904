"""Real processes against a real store: helpers shared by the reliability suite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import NOW, Run

Cm = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def cm(home: Path) -> Cm:
    """Run `python -m cmagenda ARGS` in its own process, with this test's home."""

    def invoke(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        base = {**os.environ, "CMAGENDA_HOME": str(home)}
        return subprocess.run(
            [sys.executable, "-m", "cmagenda", *args],
            env=base if env is None else env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        )

    return invoke


@pytest.fixture
def planned(run: Run, home: Path) -> list[str]:
    """A profile started 2026-11-02 with three weeks planned; the ids of their tasks."""
    assert run("init", "--start", "2026-11-02", "--timezone", "Europe/Paris").code == 0
    ids: list[str] = []
    for day in ("2026-11-02", "2026-11-09", "2026-11-16"):
        body = run("--now", NOW, "week", "--on", day, "--json").json()
        ids += [t["id"] for d in body["days"] for t in d["tasks"] if t["date"] == d["date"]]
    return sorted(set(ids))


def stored_tasks(home: Path) -> dict[str, dict[str, object]]:
    tasks: dict[str, dict[str, object]] = {}
    for path in sorted((home / "data" / "store").glob("20*.json")):
        for task in json.loads(path.read_text("utf-8"))["tasks"]:
            assert task["id"] not in tasks, f"duplicate {task['id']}"
            tasks[task["id"]] = task
    return tasks


def temp_files(home: Path) -> list[str]:
    return sorted(p.name for p in home.rglob("*.tmp"))
