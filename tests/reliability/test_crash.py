"""Guarantee 2: kill -9 at any point of a save loses nothing acknowledged; locks do not go stale."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import NOW
from tests.reliability.conftest import Cm, stored_tasks, temp_files

WORKER = """
import sys
from cmagenda.cli import main
for tid in sys.argv[2:]:
    if main(["--now", sys.argv[1], "done", tid]) == 0:
        print("ack", tid, flush=True)
"""


def test_kill_9_during_300_saves(planned: list[str], home: Path, cm: Cm) -> None:
    rng = random.Random(20261123)
    env = {**os.environ, "CMAGENDA_HOME": str(home), "CMAGENDA_LOCK_TIMEOUT": "5"}
    pending = list(planned)
    acked: set[str] = set()
    attempted = kills = 0
    while attempted < 300 and pending:
        batch = pending[:40]
        proc = subprocess.Popen(
            [sys.executable, "-c", WORKER, NOW, *batch],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            encoding="utf-8",
        )  # fmt: skip
        time.sleep(rng.uniform(0.25, 0.6))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        kills += 1
        done_now = {line.split()[1] for line in out.splitlines() if line.startswith("ack ")}
        acked |= done_now
        # The save in flight when the process died may or may not have landed.
        attempted += len(done_now) + 1
        pending = [t for t in pending if t not in acked]
        assert cm("doctor").returncode == 0
    print(f"\ncrash figures: attempted={attempted} kills={kills} acked={len(acked)}")
    assert attempted >= 300 and kills >= 5
    tasks = stored_tasks(home)
    assert [t for t in acked if tasks[t]["status"] != "done"] == []
    # The next command sweeps the temp files orphaned by the kills.
    assert cm("--now", NOW, "done", pending[0]).returncode == 0
    assert temp_files(home) == []


HOLDER = """
import sys, time
from filelock import FileLock
lock = FileLock(sys.argv[1])
lock.acquire()
print("held", flush=True)
time.sleep(60)
"""


def test_lock_is_free_again_once_its_holder_dies(planned: list[str], home: Path, cm: Cm) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(home / "data" / "cmagenda.lock")],
        stdout=subprocess.PIPE, text=True, encoding="utf-8",
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    holder.kill()
    holder.wait()
    env = {**os.environ, "CMAGENDA_HOME": str(home), "CMAGENDA_LOCK_TIMEOUT": "1"}
    result = cm("--now", NOW, "done", planned[0], env=env)
    assert (result.returncode, result.stderr) == (0, "")


def test_sigint_while_waiting_exits_130_without_traceback(
    planned: list[str], home: Path, cm: Cm
) -> None:
    store = home / "data" / "store" / "2026-11.json"
    before = store.read_bytes()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(home / "data" / "cmagenda.lock")],
        stdout=subprocess.PIPE, text=True, encoding="utf-8",
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        waiting = subprocess.Popen(
            [sys.executable, "-m", "cmagenda", "--lang", "en", "--now", NOW, "done", planned[0]],
            env={**os.environ, "CMAGENDA_HOME": str(home), "CMAGENDA_LOCK_TIMEOUT": "30"},
            stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8",
        )  # fmt: skip
        assert waiting.stderr is not None
        assert waiting.stderr.readline() == (
            "cmagenda: another cmagenda is using the store; waiting…\n"
        )
        waiting.send_signal(signal.SIGINT)
        waiting.wait(timeout=30)
        err = waiting.stderr.read()
    finally:
        holder.kill()
        holder.wait()
    assert waiting.returncode == 130
    assert "Traceback" not in err and "cmagenda: interrupted" in err
    assert store.read_bytes() == before
