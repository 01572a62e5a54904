"""Generate a realistic store for benchmarks: the bundled checklist planned back from a date.

    python bench/make_store.py --home /tmp/cm100k --instances 100000 [--until 2026-11-23]

History is built from the real checklist (about 30 instances a working day for three
networks), most of it done, some skipped or missed, a few weekly reports left overdue.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

from cmagenda.domain import planner
from cmagenda.domain.model import Status
from cmagenda.domain.month import Month, month_key
from cmagenda.domain.recurrence import expand
from cmagenda.domain.schema import Profile
from cmagenda.storage.atomic import atomic_write
from cmagenda.storage.config import render_profile
from cmagenda.storage.months import Index
from cmagenda.storage.paths import Paths, bundled_checklist
from cmagenda.storage.store import Store
from cmagenda.storage.templates import load_checklist
from cmagenda.storage.window import fingerprint


def generate(home: Path, instances: int, until: dt.date, seed: int = 7) -> int:
    rng = random.Random(seed)
    checklist = load_checklist([bundled_checklist()])
    labels = {n: net.label for n, net in checklist.networks.items()}
    # About 30 instances a working day, fewer on weekends: plan a generous span once, keep the end.
    start = until - dt.timedelta(days=instances // 12 + 60)
    profile = Profile(start=start, timezone="America/Toronto", language="fr")
    paths = Paths(config_dir=home, data_dir=home / "data")
    atomic_write(paths.config_file, render_profile(profile))
    print_ = fingerprint(paths)
    store = Store(paths)
    occs = expand(checklist, profile, start, until - dt.timedelta(days=1))[-instances:]
    months: dict[str, Month] = {}
    for occ in occs:
        task = planner.make_task(occ, labels)
        roll = rng.random()
        if roll < 0.82:
            hour = int(task.time[:2]) if task.time else 11
            done_at = dt.datetime.combine(task.date, dt.time(hour, rng.randrange(60)))
            planner.mark_done(task, done_at.astimezone(dt.UTC))
        elif roll < 0.87:
            skipped_at = dt.datetime.combine(task.date, dt.time(9), tzinfo=dt.UTC)
            planner.mark_skipped(task, "congé", skipped_at)
        month = months.setdefault(month_key(task.date), Month(month_key(task.date)))
        month.tasks[task.id] = task
        month.expanded[task.date] = print_
    index = Index()
    with store.locked():
        for month in months.values():
            # Old carried tasks are done: only the last weeks keep open ones, as in real use.
            if month.key < month_key(until - dt.timedelta(days=40)):
                for task in month.tasks.values():
                    if task.carry and task.status is Status.TODO:
                        task.status = Status.DONE
            store.write_month(month)
            if month.has_open_carry():
                index.open_months.add(month.key)
        index.last_expanded = until - dt.timedelta(days=1)
        store.write_index(index)
    return sum(len(m.tasks) for m in months.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--instances", type=int, default=100_000)
    parser.add_argument("--until", type=dt.date.fromisoformat, default=dt.date(2026, 11, 23))
    args = parser.parse_args()
    made = generate(args.home, args.instances, args.until)
    print(f"{made} instances written under {args.home}")


if __name__ == "__main__":
    main()
