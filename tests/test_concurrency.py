"""Cron and a person planning the same day at the same moment never duplicate a task."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import NOW, Run


def test_parallel_today_runs_plan_each_task_once(profile: Run, home: Path) -> None:
    env = {**os.environ, "CMAGENDA_HOME": str(home)}
    cmd = [sys.executable, "-m", "cmagenda", "--now", NOW, "today", "--json"]
    procs = [
        subprocess.Popen(
            cmd,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        for _ in range(6)
    ]
    outputs = [p.communicate() for p in procs]
    assert [p.returncode for p in procs] == [0] * 6, [err for _, err in outputs]
    bodies = [json.loads(out) for out, _ in outputs]
    assert all(body == bodies[0] for body in bodies)
    assert len(bodies[0]["tasks"]) == 24
    stored = json.loads((home / "data" / "store" / "2026-11.json").read_text("utf-8"))
    ids = [t["id"] for t in stored["tasks"]]
    assert len(ids) == len(set(ids))
    # The days since the start, and the rest of the week (the window file shows it).
    assert sorted(stored["expanded"]) == [f"2026-11-{d}" for d in range(16, 30)]
    leftovers = [p.name for p in (home / "data" / "store").iterdir() if p.suffix == ".tmp"]
    assert leftovers == []
