"""History: the undo steps of the changes that are not task or post edits in a month.

undo.json is one stack for every change, so that `undo` always takes back the most recent one,
whatever its kind. Task and post changes keep their month snapshots (`planner.undo_record`);
here are the others:
  KPI values   {"kpis": [{"key": [network, metric, date], "old": reading | null}]}: small,
               kept in undo.json itself.
  absences     {"absences": [absence, ...]}: the whole list before the change (a handful of
               ranges), kept in undo.json itself.
  ideas        {"ideas": backlog}: the whole backlog before the change, kept in undo.json itself
               (a post added from an idea keeps it beside its months: one step takes back both).
  whole files  {"files": NAME}: what `import` and `init --force` replaced (month files, the KPI
               log, the profile, the own checklist), in data/undo/NAME, since a history's worth
               of months would make undo.json, read and written by every `done`, heavy.
A step whose saved files are gone cannot be undone: `undo` says so instead of taking back an
older change behind it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re

from cmagenda.domain import absences, ideas
from cmagenda.domain.errors import StoreIOError, StoreUnreadableError
from cmagenda.domain.readings import Reading
from cmagenda.storage.atomic import atomic_write
from cmagenda.storage.months import (
    MONTH_RE,
    SCHEMA_VERSION,
    index_of,
    parse_absences,
    parse_ideas,
    parse_kpis,
    parse_month,
)
from cmagenda.storage.store import UNDO_DEPTH, Store

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from cmagenda.storage.paths import Paths

# A payload's name as written here; anything else found in undo.json is not followed.
PAYLOAD_RE = re.compile(r"^[0-9]{8}T[0-9]{6}-[0-9a-f]{12}\.json$")
FIXED = ("config", "checklist", "kpis", "off", "ideas")


def undo_dir(paths: Paths) -> Path:
    return paths.data_dir / "undo"


def push(store: Store, record: dict[str, Any], entries: list[dict[str, Any]] | None = None) -> None:
    """Add `record` on top of the undo stack `entries` (read before the change, so that an
    unreadable undo.json stops it before anything is written; lock held); the saved files of
    the steps that fall off the bottom go with them."""
    entries = store.read_undo() if entries is None else entries
    entries.append(record)
    store.write_undo(entries)
    kept = {e.get("files") for e in entries[-UNDO_DEPTH:]}
    folder = undo_dir(store.paths)
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if PAYLOAD_RE.match(name) and name not in kept:
            try:
                os.unlink(folder / name)
            except OSError:
                continue


# -- KPI values ----------------------------------------------------------------------------------


def kpi_record(
    label: str, old: dict[tuple[str, str, dt.date], Reading | None], now: dt.datetime
) -> dict[str, Any]:
    """The undo step of a change to the KPI log: the readings before, by key."""
    return {
        "label": label,
        "at": now.isoformat(),
        "months": {},
        "kpis": [
            {"key": [k[0], k[1], k[2].isoformat()], "old": r.dump() if r else None}
            for k, r in sorted(old.items())
        ],
    }


def _bad_entry(store: Store) -> StoreUnreadableError:
    """undo.json names a step whose saved state does not read: the store is not changed."""
    path = store.paths.data_dir / "undo.json"
    return StoreUnreadableError("store.corrupt", path=str(path), reason="bad undo entry")


def undo_kpis(store: Store, record: dict[str, Any]) -> int:
    """Put back the readings `record` saved (lock held); how many."""
    path = store.paths.data_dir / "undo.json"
    try:
        olds = [
            (
                (str(item["key"][0]), str(item["key"][1]), dt.date.fromisoformat(item["key"][2])),
                item["old"],
            )
            for item in record["kpis"]
        ]
        saved = [o for _, o in olds if o is not None]
        back = parse_kpis({"schema_version": SCHEMA_VERSION, "readings": saved}, path)
    except (KeyError, TypeError, ValueError, IndexError):
        raise _bad_entry(store) from None
    keys = {key for key, _ in olds}
    readings = [r for r in store.read_kpis() if r.key not in keys]
    store.write_kpis([*readings, *back])
    return len(olds)


# -- absences ------------------------------------------------------------------------------------


def absences_record(label: str, old: list[absences.Absence], now: dt.datetime) -> dict[str, Any]:
    """The undo step of a change to the absences: the list before it."""
    return {
        "label": label,
        "at": now.isoformat(),
        "months": {},
        "absences": [a.dump() for a in old],
    }


def undo_absences(store: Store, record: dict[str, Any]) -> int:
    """Put back the absences `record` saved (lock held); how many ranges changed."""
    try:
        old = absences.parse(record["absences"])
    except (KeyError, TypeError, ValueError):
        raise _bad_entry(store) from None
    now = store.read_absences()
    kept = {repr(a.dump()) for a in now}
    back = {repr(a.dump()) for a in old}
    store.write_absences(old)
    return len(kept ^ back) or len(old)


# -- ideas ---------------------------------------------------------------------------------------


def ideas_record(label: str, old: ideas.Backlog, now: dt.datetime) -> dict[str, Any]:
    """The undo step of a change to the idea backlog: the backlog before it."""
    return {"label": label, "at": now.isoformat(), "months": {}, "ideas": old.dump()}


def undo_ideas(store: Store, record: dict[str, Any]) -> int:
    """Put back the backlog `record` saved (lock held); how many ideas changed."""
    try:
        old = ideas.parse(record["ideas"])
    except (KeyError, TypeError, ValueError):
        raise _bad_entry(store) from None
    now = {repr(i.dump()) for i in store.read_ideas().ideas}
    back = {repr(i.dump()) for i in old.ideas}
    store.write_ideas(old)
    return len(now ^ back) or 1


# -- whole files ---------------------------------------------------------------------------------


def _targets(store: Store, months: set[str]) -> dict[str, Path]:
    paths = store.paths
    out = {
        "config": paths.config_file,
        "checklist": paths.user_checklist,
        "kpis": paths.data_dir / "kpi.json",
        "off": store.absences_path,
        "ideas": store.ideas_path,
    }
    for key in months:
        out[f"month:{key}"] = store.month_path(key)
    return out


def files_record(
    store: Store, label: str, months: set[str], now: dt.datetime, only: tuple[str, ...] = FIXED
) -> dict[str, Any]:
    """Save what the files a change is about to replace hold now (lock held): the month files
    `months` and the fixed files `only`; returns the undo step that puts them back."""
    saved: dict[str, str | None] = {}
    for name, path in _targets(store, months).items():
        if name in FIXED and name not in only:
            continue
        try:
            saved[name] = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            saved[name] = None
        except UnicodeDecodeError:
            # Not text this version can keep: the change goes ahead, and says it is final.
            return {"label": label, "at": now.isoformat(), "months": {}, "undoable": False}
        except OSError as err:
            raise StoreIOError("io.failed", path=str(path), reason=err.strerror) from None
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S")
    name = f"{stamp}-{os.urandom(6).hex()}.json"
    body = {"schema_version": SCHEMA_VERSION, "files": saved}
    atomic_write(undo_dir(store.paths) / name, json.dumps(body, ensure_ascii=False).encode())
    return {"label": label, "at": now.isoformat(), "months": {}, "files": name}


def undo_files(store: Store, record: dict[str, Any]) -> int | None:
    """Put back the files `record` saved (lock held); how many, or None when they are gone.
    Each is checked as the store checks its own before anything is written."""
    name = record["files"]
    if not isinstance(name, str) or not PAYLOAD_RE.match(name):
        return None
    payload = undo_dir(store.paths) / name
    try:
        body = json.loads(payload.read_text(encoding="utf-8"))
        saved = body["files"]
        if not isinstance(saved, dict) or not all(
            isinstance(v, str | None) for v in saved.values()
        ):
            raise ValueError("bad files")
    except (OSError, ValueError, KeyError, TypeError):
        return None
    months = {n.removeprefix("month:") for n in saved if n.startswith("month:")}
    if not all(MONTH_RE.match(key) for key in months) or not set(saved) <= {
        *FIXED,
        *(f"month:{key}" for key in months),
    }:
        return None
    targets = _targets(store, months)
    restored = {}
    for key in months:
        text = saved[f"month:{key}"]
        if text is not None:
            restored[key] = parse_month(_json(text, payload), payload, key)
    if saved.get("kpis") is not None:
        parse_kpis(_json(str(saved["kpis"]), payload), payload)
    if saved.get("off") is not None:
        parse_absences(_json(str(saved["off"]), payload), payload)
    if saved.get("ideas") is not None:
        parse_ideas(_json(str(saved["ideas"]), payload), payload)
    # One transaction (the caller's): every file is put back, or none is.
    put_back = 0
    for what, text in saved.items():
        target = targets[what]
        if _holds(target) == text:
            continue  # left as it was: not rewritten, not counted
        put_back += 1
        if text is None:
            store.remove_file(target)
        else:
            store.write_file(target, text.encode("utf-8"))
    # The index of the months as they will be: nothing is on disk before the change ends.
    others = [store.read_month(k) for k in store.all_month_keys() if k not in months]
    store.write_index(index_of([*others, *restored.values()]))
    store.remove_file(payload)
    return put_back


def _holds(path: Path) -> str | bool | None:
    """The text at `path` now, None when there is no file, False when it cannot be read (then
    it is never taken for the saved one)."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        return False


def _json(text: str, path: Path) -> dict[str, Any]:
    try:
        raw = json.loads(text)
    except ValueError as err:
        raise StoreUnreadableError("store.corrupt", path=str(path), reason=str(err)) from None
    if not isinstance(raw, dict):
        raise StoreUnreadableError("store.corrupt", path=str(path), reason="not a JSON object")
    return raw
