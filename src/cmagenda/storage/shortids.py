"""Ids: the short id a view shows for a task, unique over every task stored.

A prefix shown in one view must stay unambiguous whatever months `done` later loads, so short ids
are worked out over all the ids stored, not only the view's months. Parsing every month file for
that would cost `today` about 10 ms a month of history; a derived cache (data/ids.json) keeps each
month file's task ids with the file's stamp (inode, size, mtime), and only a month whose file
changed is read again. A cache like the window: never a source of truth, written only with the
store's lock held (temp files are swept otherwise), and one that does not read back is ignored.
"""

from __future__ import annotations

import contextlib
import json

from cmagenda.domain import queries
from cmagenda.domain.errors import StoreIOError
from cmagenda.domain.month import Month
from cmagenda.storage import window
from cmagenda.storage.atomic import atomic_write
from cmagenda.storage.store import Store

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

CACHE_VERSION = 1


def cache_path(store: Store) -> Path:
    return store.paths.data_dir / "ids.json"


def short_ids(store: Store, months: dict[str, Month], *, locked: bool) -> dict[str, str]:
    """The short ids of the tasks in `months`, each unique over every task stored; with the
    lock held (`locked`), the cache is brought up to date."""
    cached = _load(cache_path(store))
    fresh: dict[str, tuple[list[int] | None, list[str]]] = {}
    others: list[str] = []
    for key in store.all_month_keys():
        if key in months:
            continue
        seen = window.stamp(store.month_path(key))
        entry = cached.get(key)
        if entry is not None and seen is not None and entry[0] == seen:
            ids = entry[1]
        else:
            ids = list(store.read_month(key).tasks)
        fresh[key] = (seen, ids)
        others.extend(ids)
    for key, month in months.items():
        # Loaded by the caller: the ids are at hand; stamped for the next reader.
        fresh[key] = (window.stamp(store.month_path(key)), list(month.tasks))
    if locked and fresh != cached:
        body = {"version": CACHE_VERSION, "months": {k: [s, i] for k, (s, i) in fresh.items()}}
        # A cache: failing to write it only makes the next command read the months again.
        with contextlib.suppress(StoreIOError):
            atomic_write(cache_path(store), json.dumps(body, separators=(",", ":")).encode())
    return queries.short_ids(months, others)


def _load(path: Path) -> dict[str, tuple[list[int] | None, list[str]]]:
    try:
        with open(path, "rb") as handle:
            body = json.loads(handle.read())
        if body.get("version") != CACHE_VERSION:
            return {}
        return {
            str(k): (list(v[0]) if v[0] is not None else None, [str(i) for i in v[1]])
            for k, v in body["months"].items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        return {}
