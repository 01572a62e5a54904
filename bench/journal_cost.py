"""What the journal costs a change to two files (a `done`: its month and the undo log).

    python bench/journal_cost.py [--dir /tmp] [--runs 60]

Times, interleaved, the two plain atomic replaces a change made before the journal and the same
change through `Store.transaction`; prints the medians in milliseconds. The files are the sizes
of a busy month (250 kB) and a full undo log (20 kB). fsync dominates: run it on the disk the
store lives on.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from cmagenda.storage.atomic import atomic_write
from cmagenda.storage.paths import Paths
from cmagenda.storage.store import Store


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", default=None)
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(dir=args.dir))
    paths = Paths(root, root / "data")
    store = Store(paths)
    month, undo = store.month_path("2026-11"), paths.data_dir / "undo.json"
    data, log = b"x" * 250_000, b"y" * 20_000

    def plain() -> None:
        atomic_write(month, data, store.backup_dir)
        atomic_write(undo, log, store.backup_dir)

    def journalled() -> None:
        with store.transaction():
            store.write_file(month, data)
            store.write_file(undo, log)

    times: dict[str, list[float]] = {"plain": [], "journal": []}
    with store.locked():
        plain()
        for _ in range(args.runs):
            for name, change in (("plain", plain), ("journal", journalled)):
                start = time.perf_counter()
                change()
                times[name].append(time.perf_counter() - start)
    for name, values in times.items():
        print(f"{name:8} {statistics.median(values) * 1000:6.2f} ms")


if __name__ == "__main__":
    main()
