"""Benchmark cmagenda's commands against the interpreter's floor, Taskwarrior and remind: the
morning views, the planning horizon (`week --on "lundi prochain"`), done/skip/move, a shell
Tab, and other commands (`post list`, `kpi list`, `report`), all paired in one run.

    python bench/run.py [--sizes 1000,100000] [--runs 21] [--work /tmp/cmbench]

Times are medians of paired, interleaved runs in one process (each round runs every command
once, in turn), so that machine noise hits them all alike. The floor is this venv's
`python -c pass`. `cmagenda` is the venv's console script (what cron should call: a pyenv shim
costs ~100 ms more). Taskwarrior (`task next`) and remind (`remind -n`) are timed on the same
tasks when the Debian packages `taskwarrior` and `remind` are installed. Stores are generated
once per size under --work and reused. Prints a table of medians and ratios.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import pty
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

NOW = "2026-11-23T08:30:00-05:00"


def bin_of(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def run_piped(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def run_tty(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(cmd[0], cmd, env)
    while True:
        try:
            if not os.read(fd, 65536):
                break
        except OSError:
            break
    os.waitpid(pid, 0)
    os.close(fd)
    return time.perf_counter() - started


def prepare(size: int, work: Path) -> Path:
    from make_store import generate

    home = work / f"cm{size}"
    if not (home / "data" / "store" / "index.json").exists():
        print(f"generating {size} instances in {home} ...", flush=True)
        generate(home, size, dt.date(2026, 11, 23))
    return home


def export_others(home: Path, work: Path, size: int) -> dict[str, list[str]]:
    """The same tasks for Taskwarrior and remind (made once)."""
    others: dict[str, list[str]] = {}
    tasks = []
    for path in sorted((home / "data" / "store").glob("20*.json")):
        tasks += json.loads(path.read_text("utf-8"))["tasks"]
    if shutil.which("remind"):
        rem = work / f"rem{size}.rem"
        if not rem.exists():
            months = [
                "Jan",
                "Feb",
                "Mar",
                "Apr",
                "May",
                "Jun",
                "Jul",
                "Aug",
                "Sep",
                "Oct",
                "Nov",
                "Dec",
            ]
            with open(rem, "w", encoding="utf-8") as out:
                for t in tasks:
                    y, m, d = (int(x) for x in t["date"].split("-"))
                    at = f" AT {t['time']}" if t["time"] else ""
                    title = t["title"]["fr"].replace("[", "(").replace("]", ")")
                    out.write(f"REM {d} {months[m - 1]} {y}{at} MSG {title}\n")
        others["remind"] = ["remind", "-q", str(rem), "2026-11-23"]
    if shutil.which("task"):
        data = work / f"task{size}"
        if not (data / "pending.data").exists() and not (data / "taskchampion.sqlite3").exists():
            data.mkdir(parents=True, exist_ok=True)
            (work / f"taskrc{size}").write_text(
                f"data.location={data}\nconfirmation=off\nverbose=nothing\n"
                "recurrence=off\ngc=off\n",
                encoding="utf-8",
            )
            lines = "\n".join(
                json.dumps({
                    "description": t["title"]["fr"], "status": "pending"
                    if t["status"] == "todo" else "completed",
                    "entry": "20261101T000000Z",
                    "due": t["date"].replace("-", "") + "T120000Z",
                    **({"end": "20261123T000000Z"} if t["status"] != "todo" else {}),
                    "project": t["volet"] or "added",
                }, ensure_ascii=False)
                for t in tasks
            )  # fmt: skip
            print(f"importing {size} tasks into Taskwarrior ...", flush=True)
            subprocess.run(
                ["task", f"rc:{work / f'taskrc{size}'}", "import", "-"],
                input=lines, text=True, encoding="utf-8", check=True,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
        others["task next"] = ["task", f"rc:{work / f'taskrc{size}'}", "next"]
    return others


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,100000")
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--work", type=Path, default=Path("/tmp/cmbench"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    cm = bin_of("cmagenda")
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    rows: list[tuple[str, int, float]] = []
    for size in (int(s) for s in args.sizes.split(",")):
        home = prepare(size, args.work)
        env = {**base, "CMAGENDA_HOME": str(home), "TERM": "xterm-256color"}
        ids = [
            t["id"] for t in json.loads(
                subprocess.run([cm, "--now", NOW, "today", "--json"], env=env,
                               capture_output=True, text=True, encoding="utf-8",
                               check=True).stdout)["tasks"]
        ]  # fmt: skip
        ahead = [
            t["id"] for t in json.loads(
                subprocess.run([cm, "--now", NOW, "week", "--on", "dans 3 semaines", "--json"],
                               env=env, capture_output=True, text=True, encoding="utf-8",
                               check=True).stdout)["days"][2]["tasks"]
        ]  # fmt: skip
        tab = {**env, "_CMAGENDA_COMPLETE": "complete_bash", "COMP_WORDS": "cmagenda done ",
               "COMP_CWORD": "2"}  # fmt: skip
        commands: dict[str, tuple[list[str], bool, dict[str, str]]] = {
            "floor (python -c pass)": ([sys.executable, "-c", "pass"], False, env),
            "today (piped)": ([cm, "--now", NOW, "today"], False, env),
            "week (piped)": ([cm, "--now", NOW, "week"], False, env),
            "today --json": ([cm, "--now", NOW, "today", "--json"], False, env),
            "today (terminal)": ([cm, "--now", NOW, "today"], True, env),
            "week (terminal)": ([cm, "--now", NOW, "week"], True, env),
            "week --on 'lundi prochain'": (
                [cm, "--now", NOW, "week", "--on", "lundi prochain"], False, env),
            "today --on demain": ([cm, "--now", NOW, "today", "--on", "demain"], False, env),
            "week --on 'semaine dernière'": (
                [cm, "--now", NOW, "week", "--on", "semaine dernière"], False, env),
            "Tab after 'cmagenda done '": ([cm], False, tab),
            "post list": ([cm, "--now", NOW, "post", "list"], False, env),
            "kpi list": ([cm, "--now", NOW, "kpi", "list"], False, env),
            "report --week": ([cm, "--now", NOW, "report", "--week"], False, env),
        }  # fmt: skip
        for name, cmd in export_others(home, args.work, size).items():
            commands[name] = (cmd, False, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        # Each change is undone outside the timing, so that every round does the same work.
        changes = {
            "done ID (today)": [["done", i] for i in ids[:5]],
            "done ID (in 3 weeks)": [["done", i] for i in ahead[:5]],
            "skip ID --reason": [["skip", i, "--reason", "pas de campagne"] for i in ids[:5]],
            "move ID --to demain": [["move", i, "--to", "demain"] for i in ahead[:5]],
        }
        for name in changes:
            times[name] = []
        for n in range(args.runs):
            for name, (cmd, tty, cmd_env) in commands.items():
                times[name].append((run_tty if tty else run_piped)(cmd, cmd_env))
            for name, words in changes.items():
                times[name].append(run_piped([cm, "--now", NOW, *words[n % 5]], env))
                subprocess.run([cm, "--now", NOW, "undo"], env=env, stdout=subprocess.DEVNULL,
                               check=True)  # fmt: skip
        for name, values in times.items():
            rows.append((name, size, statistics.median(values)))
    floors = {size: t for name, size, t in rows if name.startswith("floor")}
    print(f"\n{'cmagenda ...':34} {'instances':>10} {'median ms':>10} {'x floor':>8}")
    for name, size, t in rows:
        print(f"{name:34} {size:>10} {t * 1000:>10.1f} {t / floors[size]:>8.2f}")


if __name__ == "__main__":
    main()
