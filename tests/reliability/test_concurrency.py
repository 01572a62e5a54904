"""Guarantee 1: parallel writers lose nothing and duplicate nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import NOW
from tests.reliability.conftest import Cm, stored_tasks, temp_files

WORKER = """
import sys
from cmagenda.cli.main import main
failures = sum(main(["--now", sys.argv[1], "done", tid]) != 0 for tid in sys.argv[2:])
sys.exit(failures)
"""
RACER = """
import sys
from cmagenda.cli.main import main
days = ["2026-11-23", "2026-11-24", "2026-11-30", "2026-12-01", "2026-11-27"]
sys.exit(sum(main(["--now", sys.argv[1], "week", "--on", d, "--json"]) for d in days * 3))
"""


def test_8_processes_x_25_done_while_today_expands(planned: list[str], home: Path, cm: Cm) -> None:
    assert len(planned) >= 200
    targets = planned[:200]
    env = {**os.environ, "CMAGENDA_HOME": str(home), "CMAGENDA_LOCK_TIMEOUT": "60"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, NOW, *targets[i::8]],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for i in range(8)
    ]
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, NOW],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for _ in range(2)
    ]
    for proc in procs + racers:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    tasks = stored_tasks(home)  # parses every month file, fails on a duplicate id
    lost = [t for t in targets if tasks[t]["status"] != "done"]
    assert lost == []
    assert sum(t["status"] == "done" for t in tasks.values()) == 200
    assert temp_files(home) == []
    assert cm("doctor").returncode == 0
