"""Benchmark `cmagenda sync` against a local Radicale (default 90-day range, ~1 100 items).

    python bench/sync.py [--work /tmp/cmsyncbench] [--runs 3] [--bulk-min N]

Starts Radicale (this venv's, htpasswd plain auth, its default storage settings) on a free
loopback port, makes a fresh profile, runs `sync setup`, then times with the console script:
- the first sync (everything sent into an empty collection),
- a sync with nothing changed (median of --runs),
- a sync after one task ticked (median of --runs, a task ticked before each).
With --bulk-min larger than the item count, the first sync sends items one by one (a PUT each)
instead of in one collection upload, to compare both ways.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

NOW = "2026-11-23T08:30:00-05:00"
USER, SECRET = "bench", "bench-secret"


def bin_of(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_radicale(work: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    (work / "users").write_text(f"{USER}:{SECRET}\n", encoding="utf-8")
    config = work / "radicale.conf"
    config.write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n"
        f"[auth]\ntype = htpasswd\nhtpasswd_filename = {work / 'users'}\n"
        "htpasswd_encryption = plain\n"
        f"[storage]\nfilesystem_folder = {work / 'collections'}\n"
        "[logging]\nlevel = error\n",
        encoding="utf-8",
    )
    server = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--config", str(config)], stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if time.monotonic() > deadline:
                server.kill()
                raise SystemExit("Radicale did not start") from None
            time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}/{USER}/cmagenda/"


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr}")
    return took, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", default="/tmp/cmsyncbench")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--bulk-min", type=int, default=None)
    args = parser.parse_args()
    work = Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    server, url = start_radicale(work)
    cm = bin_of("cmagenda")
    env = {
        **os.environ,
        "CMAGENDA_HOME": str(work / "home"),
        "CMAGENDA_SYNC_PASSWORD": SECRET,
        "LANG": "C.UTF-8",
    }
    try:
        timed([cm, "init", "--start", "2026-11-23", "--timezone", "America/Toronto",
               "--lang", "en"], env)  # fmt: skip
        timed([cm, "sync", "setup", "--url", url, "--username", USER], env)
        first_cmd = [cm, "--now", NOW, "sync", "--json"]
        if args.bulk_min is not None:
            code = (
                "import sys; from cmagenda.cli import main as cli; "
                "from cmagenda.usecases import sync_upload; "
                f"sync_upload.BULK_MIN = {args.bulk_min}; sys.exit(cli.main(sys.argv[1:]))"
            )
            first_cmd = [sys.executable, "-c", code, "--now", NOW, "sync", "--json"]
        first, out = timed(first_cmd, env)
        sent = json.loads(out)["sent"]
        idle = [timed([cm, "--now", NOW, "sync"], env)[0] for _ in range(args.runs)]
        today = json.loads(timed([cm, "--now", NOW, "today", "--json"], env)[1])
        open_ids = [t["id"] for t in today["tasks"] if t["status"] == "todo"]
        one = []
        for task_id in open_ids[: args.runs]:
            timed([cm, "--now", NOW, "done", task_id], env)
            one.append(timed([cm, "--now", NOW, "sync"], env)[0])
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    print(f"items sent by the first sync: {sent}")
    print(f"first sync:              {first:6.2f} s")
    print(f"nothing changed (median): {statistics.median(idle):6.2f} s  {idle}")
    if one:
        print(f"one task ticked (median): {statistics.median(one):6.2f} s  {one}")


if __name__ == "__main__":
    main()
