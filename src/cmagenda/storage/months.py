"""Month files: JSON <-> model, strict parsing of what is on disk."""

from __future__ import annotations

import datetime as dt
import math
import re

from cmagenda.domain import absences, ideas, limits
from cmagenda.domain.errors import StoreIOError, StoreUnreadableError
from cmagenda.domain.fields import changed_of
from cmagenda.domain.model import KPI_LIMIT, Task, Titles, post_from_json, task_from_json
from cmagenda.domain.month import Month, check_counts, check_month
from cmagenda.domain.readings import Reading
from cmagenda.storage import undolog
from cmagenda.storage.files import decode_json, safe_read

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path
    from typing import Any


SCHEMA_VERSION = 1


MONTH_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def month_to_json(month: Month) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "month": month.key,
        "expanded": {d.isoformat(): fp for d, fp in sorted(month.expanded.items())},
        "moved_out": {k: v.isoformat() for k, v in sorted(month.moved_out.items())},
        "tasks": [t.dump() for t in sorted(month.tasks.values(), key=_task_order)],
        "posts": [
            p.dump()
            for p in sorted(month.posts.values(), key=lambda p: (p.date, p.time or "", p.id))
        ],
        "holidays": {
            d.isoformat(): {"fr": t.fr, "en": t.en} for d, t in sorted(month.holidays.items())
        },
    }


def _task_order(task: Task) -> tuple[str, str, str]:
    return (task.date.isoformat(), task.time or "", task.id)


class Index:
    __slots__ = ("last_expanded", "open_months")

    def __init__(
        self, last_expanded: dt.date | None = None, open_months: set[str] | None = None
    ) -> None:
        self.last_expanded = last_expanded
        self.open_months = open_months if open_months is not None else set()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Index) and (self.last_expanded, self.open_months) == (
            other.last_expanded,
            other.open_months,
        )

    __hash__ = None  # type: ignore[assignment]

    def to_json(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "last_expanded": self.last_expanded.isoformat() if self.last_expanded else None,
            "open_months": sorted(self.open_months),
        }


def index_of(months: Iterable[Month]) -> Index:
    """The index of a store holding exactly `months`."""
    index = Index()
    for month in months:
        if month.has_open_carry():
            index.open_months.add(month.key)
        if month.expanded:
            last = max(month.expanded)
            index.last_expanded = max(index.last_expanded or last, last)
    return index


def _short(err: Exception) -> str:
    return str(err)


def _read_json(path: Path | str) -> dict[str, Any] | None:
    """The parsed object at `path`, None when the file does not exist."""
    read = _read_json_bytes(path)
    return None if read is None else read[0]


def _read_json_bytes(path: Path | str) -> tuple[dict[str, Any], bytes] | None:
    """The parsed object at `path` and the bytes it was read from, None when the file does not
    exist."""
    try:
        data = safe_read(path, limits.STORE_BYTES)
    except FileNotFoundError:
        return None
    except OSError as err:
        raise StoreIOError("io.failed", path=str(path), reason=err.strerror) from None
    try:
        raw = decode_json(data)
    except UnicodeDecodeError:
        raise StoreUnreadableError("store.corrupt", path=str(path), reason="not UTF-8") from None
    except ValueError as err:
        reason = "empty file" if not data.strip() else _short(err)
        raise StoreUnreadableError("store.corrupt", path=str(path), reason=reason) from None
    if not isinstance(raw, dict):
        raise StoreUnreadableError("store.corrupt", path=str(path), reason="not a JSON object")
    return raw, data


def task_lines(data: bytes, tasks: list[dict[str, Any]]) -> dict[str, tuple[Any, bytes]]:
    """Each task of a month file (`tasks`, parsed from `data`) with its line, when the file is
    laid out as `encode` writes it (one task per line, each line one object opening with its
    id); empty otherwise. A rewrite of the month copies the line of a task it leaves as it was
    rather than encode it again: most of a month's write, on the fast `done`."""
    lines = data.split(b"\n")
    if (
        len(lines) != len(tasks) + 3
        or lines[-1]
        or lines[-2] != b"]}"
        or not lines[0].endswith(b'"tasks": [')
    ):
        return {}
    found: dict[str, tuple[Any, bytes]] = {}
    last = len(tasks) - 1
    for n, (task, line) in enumerate(zip(tasks, lines[1:-2], strict=True)):
        body = line if n == last else line[:-1]
        # A quote inside a JSON string is escaped: `"id": ` only ever opens the key, so a line
        # holding it once, at its start with this task's id, holds this task alone.
        if (
            (n != last and line[-1:] != b",")
            or not body.startswith(b'{"id": "' + task["id"].encode() + b'"')
            or body.count(b'"id": ') != 1
            or body[-1:] != b"}"
        ):
            return {}
        found[task["id"]] = (task, body)
    return found


def parse_month(raw: dict[str, Any], path: Path | str, key: str) -> Month:
    _check_version(raw, path)
    try:
        if not MONTH_RE.match(key):
            raise ValueError(f"month {key[:40]!r} is not YYYY-MM")
        if raw.get("month") != key:
            raise ValueError(f"holds month {str(raw.get('month'))[:40]!r}, expected {key!r}")
        # "posts" and "holidays" are absent from the files of earlier versions; "undo" holds
        # the undo steps not folded into undo.json yet (see `undolog`).
        if set(raw) | {"posts", "holidays", "undo"} != {
            "schema_version",
            "month",
            "expanded",
            "moved_out",
            "tasks",
            "posts",
            "holidays",
            "undo",
        }:
            raise ValueError("unexpected or missing top-level keys")
        undolog.check(raw.get("undo", []))
        check_counts(raw["tasks"], raw.get("posts", []))
        tasks = [task_from_json(t) for t in raw["tasks"]]
        posts = [post_from_json(p) for p in raw.get("posts", [])]
        month = Month(
            key,
            tasks={t.id: t for t in tasks},
            expanded={dt.date.fromisoformat(d): str(fp) for d, fp in raw["expanded"].items()},
            moved_out={k: dt.date.fromisoformat(v) for k, v in raw["moved_out"].items()},
            posts={p.id: p for p in posts},
            holidays={
                dt.date.fromisoformat(d): Titles(fr=t.get("fr"), en=t.get("en"))
                for d, t in raw.get("holidays", {}).items()
            },
        )
        if len(month.tasks) != len(tasks):
            raise ValueError("duplicate task ids")
        if len(month.posts) != len(posts):
            raise ValueError("duplicate post ids")
        check_month(month)
    except (ValueError, TypeError, AttributeError, KeyError) as err:
        raise StoreUnreadableError("store.corrupt", path=str(path), reason=_short(err)) from None
    return month


def _parse_index(raw: dict[str, Any], path: Path | str) -> Index:
    _check_version(raw, path)
    try:
        if set(raw) != {"schema_version", "last_expanded", "open_months"}:
            raise ValueError("unexpected or missing top-level keys")
        last = raw["last_expanded"]
        months = raw["open_months"]
        if not isinstance(months, list) or not all(
            isinstance(m, str) and MONTH_RE.match(m) for m in months
        ):
            raise ValueError("open_months must be a list of YYYY-MM")
        return Index(dt.date.fromisoformat(last) if last is not None else None, set(months))
    except (ValueError, TypeError) as err:
        raise StoreUnreadableError("store.corrupt", path=str(path), reason=_short(err)) from None


def _parse_undo(raw: dict[str, Any], path: Path | str) -> list[dict[str, Any]]:
    _check_version(raw, path)
    entries = raw.get("entries")
    if set(raw) != {"schema_version", "entries"} or not isinstance(entries, list):
        raise StoreUnreadableError("store.corrupt", path=str(path), reason="no entries list")
    if not all(isinstance(e, dict) and isinstance(e.get("months"), dict) for e in entries):
        raise StoreUnreadableError("store.corrupt", path=str(path), reason="bad undo entry")
    return entries


def _parse_reminded(raw: dict[str, Any], path: Path | str) -> dict[str, str]:
    _check_version(raw, path)
    keys = raw.get("reminded")
    if set(raw) != {"schema_version", "reminded"} or not isinstance(keys, dict):
        raise StoreUnreadableError("store.corrupt", path=str(path), reason="no reminded table")
    if not all(isinstance(v, str) for v in keys.values()):
        raise StoreUnreadableError("store.corrupt", path=str(path), reason="bad reminder date")
    return keys


READING_KEYS = {"network", "metric", "date", "value", "changed"}


def parse_kpis(raw: dict[str, Any], path: Path | str) -> list[Reading]:
    _check_version(raw, path)
    entries = raw.get("readings")
    if set(raw) != {"schema_version", "readings"} or not isinstance(entries, list):
        raise StoreUnreadableError("store.corrupt", path=str(path), reason="no readings list")
    if len(entries) > limits.READINGS:
        raise StoreUnreadableError(
            "store.corrupt", path=str(path), reason=f"more than {limits.READINGS} readings"
        )
    out = []
    seen = set()
    for entry in entries:
        try:
            # "changed" is absent from the files of earlier versions.
            if not isinstance(entry, dict) or set(entry) | {"changed"} != READING_KEYS:
                raise ValueError("bad reading")
            value = entry["value"]
            # Compared before any float conversion: a 400-digit int overflows one.
            if (
                isinstance(value, int | float)
                and not isinstance(value, bool)
                and not -KPI_LIMIT <= value <= KPI_LIMIT
            ):
                raise ValueError(f"value out of bounds (at most {KPI_LIMIT})")
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not math.isfinite(value)
                or not isinstance(entry["network"], str)
                or not isinstance(entry["metric"], str)
            ):
                raise ValueError("bad reading")
            for key, limit in (("network", limits.NETWORK), ("metric", limits.METRIC)):
                problem = limits.name_problem(entry[key], limit)
                if problem:
                    raise ValueError(f"{key} {problem}")
            day = dt.date.fromisoformat(entry["date"])
            changed = changed_of(entry)
        except (ValueError, TypeError, OverflowError) as err:
            raise StoreUnreadableError(
                "store.corrupt", path=str(path), reason=_short(err)
            ) from None
        reading = Reading(entry["network"], entry["metric"], day, value, changed)
        if reading.key in seen:
            raise StoreUnreadableError(
                "store.corrupt", path=str(path), reason=f"two values for {entry['metric']} on {day}"
            )
        seen.add(reading.key)
        out.append(reading)
    return out


def parse_absences(raw: dict[str, Any], path: Path | str) -> list[absences.Absence]:
    _check_version(raw, path)
    try:
        if set(raw) != {"schema_version", "absences"}:
            raise ValueError("unexpected or missing top-level keys")
        return absences.parse(raw["absences"])
    except (ValueError, TypeError) as err:
        raise StoreUnreadableError("store.corrupt", path=str(path), reason=_short(err)) from None


def parse_ideas(raw: dict[str, Any], path: Path | str) -> ideas.Backlog:
    _check_version(raw, path)
    try:
        return ideas.parse({k: v for k, v in raw.items() if k != "schema_version"})
    except (ValueError, TypeError) as err:
        raise StoreUnreadableError("store.corrupt", path=str(path), reason=_short(err)) from None


def _parse_any(raw: dict[str, Any], path: Path) -> None:
    """Validate a store file by its name (a backup is checked as the file it backs up)."""
    if path.name == "index.json":
        _parse_index(raw, path)
    elif path.name == "undo.json":
        _parse_undo(raw, path)
    elif path.name == "reminded.json":
        _parse_reminded(raw, path)
    elif path.name == "kpi.json":
        parse_kpis(raw, path)
    elif path.name == "off.json":
        parse_absences(raw, path)
    elif path.name == "ideas.json":
        parse_ideas(raw, path)
    else:
        parse_month(raw, path, path.name.removesuffix(".json"))


def _check_version(raw: dict[str, Any], path: Path | str) -> None:
    version = raw.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise StoreUnreadableError("store.corrupt", path=str(path), reason="no schema_version")
    if version > SCHEMA_VERSION:
        raise StoreUnreadableError(
            "store.newer", path=str(path), found=version, known=SCHEMA_VERSION
        )
