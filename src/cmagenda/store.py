"""Store: task instances on disk as JSON, one file per month, plus a small index.

Layout (under the data dir):
  store/YYYY-MM.json  {"schema_version": 1, "month": "YYYY-MM", "expanded": {date: fingerprint},
                       "moved_out": {id: date}, "tasks": [task, ...]}
  store/index.json    {"schema_version": 1, "last_expanded": date|null, "open_months": [...]}
  undo.json           the last changes made by done/skip/move/add, for `undo`
  reminded.json       what `remind` already said, so that a cron line never repeats itself
  kpi.json            the KPI log: {"schema_version": 1, "readings": [{network, metric, date,
                      value}, ...]}, one value per network, metric and date
  off.json            the absences: {"schema_version": 1, "absences": [{start, end, reason,
                      changed}, ...]}, ranges in order, none overlapping
  ideas.json          the idea backlog: {"schema_version": 1, "next": N, "ideas": [{id, text,
                      network, tags, changed}, ...]}
  cmagenda.lock       the lock every write takes
  journal.json        a change to several files in progress (see `journal`): finished or undone
                      by the next command that takes the lock

Why month shards: a day's work reads and rewrites one small file whatever the history size; the
index says which older months still hold open carried-forward tasks (overdue candidates), so
`today` never scans history. Every write takes the lock file (never the data file itself),
re-reads, writes a temp file in the same directory, fsyncs it, `os.replace`s it over the target
and fsyncs the directory. A file this version does not fully understand (corrupt, newer schema)
raises `StoreUnreadableError` and is never written over.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import stat
from pathlib import Path

from . import absences, ideas, journal, limits
from .errors import StoreIOError, StoreLockedError, StoreUnreadableError
from .files import decode_json, numbered, safe_read
from .model import (
    KPI_LIMIT,
    Month,
    Reading,
    Task,
    Titles,
    changed_of,
    check_counts,
    check_month,
    post_from_json,
    task_from_json,
)
from .paths import Paths

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator
    from typing import Any

SCHEMA_VERSION = 1
MONTH_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
UNDO_DEPTH = 20
KEEP_BACKUPS = 3
# Waiting for the lock is said on stderr after this many seconds.
WAIT_NOTICE = 0.5


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


class Store:
    def __init__(
        self,
        paths: Paths,
        *,
        lock_timeout: float = 10.0,
        on_wait: Callable[[], None] | None = None,
    ) -> None:
        self.paths = paths
        self.dir = paths.store_dir
        self.lock_timeout = lock_timeout
        self.on_wait = on_wait
        self._held = False
        self._txn: journal.Transaction | None = None

    # -- reading ------------------------------------------------------------------------------

    def month_path(self, key: str) -> Path:
        return self.dir / f"{key}.json"

    def read_month(self, key: str) -> Month:
        path = self.month_path(key)
        try:
            raw = _read_json(path)
            return Month(key) if raw is None else parse_month(raw, path, key)
        except StoreUnreadableError as err:
            raise self._with_backup(err, path) from None

    def read_months(self, keys: set[str]) -> dict[str, Month]:
        return {key: self.read_month(key) for key in sorted(keys)}

    def read_index(self) -> Index:
        if not self._held and journal.pending(self.paths):
            # A change a kill interrupted: settled first, so that no view shows half of it.
            with self.locked():
                pass
        path = self.dir / "index.json"
        try:
            raw = _read_json(path)
            return self.rebuild_index() if raw is None else _parse_index(raw, path)
        except StoreUnreadableError as err:
            raise self._with_backup(err, path) from None

    def all_month_keys(self) -> list[str]:
        try:
            names = os.listdir(self.dir)
        except FileNotFoundError:
            return []
        except OSError as err:
            raise StoreIOError("io.failed", path=str(self.dir), reason=err.strerror) from None
        return sorted(n[:-5] for n in names if n.endswith(".json") and MONTH_RE.match(n[:-5]))

    def rebuild_index(self) -> Index:
        # The index is derived data: when it is missing, the month files say everything it held.
        return index_of(self.read_month(key) for key in self.all_month_keys())

    def read_undo(self) -> list[dict[str, Any]]:
        path = self.paths.data_dir / "undo.json"
        try:
            raw = _read_json(path)
            return [] if raw is None else _parse_undo(raw, path)
        except StoreUnreadableError as err:
            raise self._with_backup(err, path) from None

    def read_reminded(self) -> dict[str, str]:
        """What `remind` already said: reminder key -> the date it was said (ISO)."""
        path = self.paths.data_dir / "reminded.json"
        try:
            raw = _read_json(path)
            return {} if raw is None else _parse_reminded(raw, path)
        except StoreUnreadableError as err:
            raise self._with_backup(err, path) from None

    def write_reminded(self, keys: dict[str, str]) -> None:
        body = {"schema_version": SCHEMA_VERSION, "reminded": dict(sorted(keys.items()))}
        atomic_write(self.paths.data_dir / "reminded.json", _encode(body))

    def read_kpis(self) -> list[Reading]:
        """The KPI log, oldest first."""
        path = self.paths.data_dir / "kpi.json"
        try:
            raw = _read_json(path)
            return [] if raw is None else parse_kpis(raw, path)
        except StoreUnreadableError as err:
            raise self._with_backup(err, path) from None

    def write_kpis(self, readings: list[Reading]) -> None:
        ordered = sorted(readings, key=lambda r: (r.date, r.network, r.metric))
        body = {"schema_version": SCHEMA_VERSION, "readings": [r.dump() for r in ordered]}
        self.write_file(self.paths.data_dir / "kpi.json", _encode(body))

    @property
    def absences_path(self) -> Path:
        return self.paths.data_dir / "off.json"

    def read_absences(self) -> list[absences.Absence]:
        """The absences, in order."""
        path = self.absences_path
        try:
            raw = _read_json(path)
            return [] if raw is None else parse_absences(raw, path)
        except StoreUnreadableError as err:
            raise self._with_backup(err, path) from None

    def write_absences(self, entries: list[absences.Absence]) -> None:
        body = {
            "schema_version": SCHEMA_VERSION,
            "absences": [a.dump() for a in absences.ordered(entries)],
        }
        self.write_file(self.absences_path, _encode(body))

    @property
    def ideas_path(self) -> Path:
        return self.paths.data_dir / "ideas.json"

    def read_ideas(self) -> ideas.Backlog:
        path = self.ideas_path
        try:
            raw = _read_json(path)
            return ideas.Backlog() if raw is None else parse_ideas(raw, path)
        except StoreUnreadableError as err:
            raise self._with_backup(err, path) from None

    def write_ideas(self, backlog: ideas.Backlog) -> None:
        self.write_file(
            self.ideas_path, _encode({"schema_version": SCHEMA_VERSION, **backlog.dump()})
        )

    # -- checking and backups -----------------------------------------------------------------

    @property
    def backup_dir(self) -> Path:
        return self.paths.data_dir / "backups"

    def files(self) -> list[Path]:
        """Every file of the store, month files first."""
        names = [self.month_path(k) for k in self.all_month_keys()]
        data = self.paths.data_dir
        return [
            *names,
            self.dir / "index.json",
            data / "undo.json",
            data / "reminded.json",
            data / "kpi.json",
            data / "off.json",
            data / "ideas.json",
        ]

    def check(self, path: Path) -> str | None:
        """Why the store file at `path` is unusable, or None (a missing file is fine)."""
        try:
            raw = _read_json(path)
            if raw is not None:
                _parse_any(raw, path)
        except StoreUnreadableError as err:
            return str(err.params.get("reason") or err.key)
        except StoreIOError as err:
            return str(err.params.get("reason"))
        return None

    def backups(self, path: Path) -> list[Path]:
        """Backups of `path`, newest first."""
        try:
            names = os.listdir(self.backup_dir)
        except OSError:
            return []
        prefix = f"{path.name}."
        found = [n for n in names if n.startswith(prefix) and n[len(prefix) :].isdigit()]
        found.sort(key=lambda n: int(n[len(prefix) :]), reverse=True)
        return [self.backup_dir / n for n in found]

    def newest_good_backup(self, path: Path) -> Path | None:
        for candidate in self.backups(path):
            try:
                raw = _read_json(candidate)
                if raw is not None:
                    _parse_any(raw, path)
                    return candidate
            except (StoreUnreadableError, StoreIOError):
                continue
        return None

    def restore(self, path: Path) -> Path | None:
        """Put back the newest good backup of `path` (call with the lock held); the bad file is
        kept aside in the backup folder. Returns the backup used, or None."""
        good = self.newest_good_backup(path)
        if good is None:
            return None
        try:
            data = good.read_bytes()
            if path.exists():
                aside = self.backup_dir / f"{path.name}.bad-{len(os.listdir(self.backup_dir))}"
                os.replace(os.path.realpath(path), aside)
        except OSError as err:
            raise StoreIOError("io.failed", path=str(path), reason=err.strerror) from None
        atomic_write(path, data)
        return good

    def _with_backup(self, err: StoreUnreadableError, path: Path) -> StoreUnreadableError:
        good = self.newest_good_backup(path)
        err.params["backup"] = str(good) if good else "-"
        return err

    # -- writing ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        self._ensure_dirs()
        path = str(self.paths.lock_file)
        try:
            release = _flock(path, self.lock_timeout, self.on_wait)
            if release is None:
                release = _filelock(path, self.lock_timeout, self.on_wait)
        except TimeoutError:
            raise StoreLockedError("store.locked", path=path, seconds=self.lock_timeout) from None
        except LockPathError:
            raise StoreIOError("store.lock_kind", path=path) from None
        except OSError as err:
            raise StoreIOError("io.failed", path=path, reason=err.strerror) from None
        try:
            self._held = True
            journal.recover(self.paths)
            self._sweep_temps()
            yield
        finally:
            self._held = False
            release()

    @contextlib.contextmanager
    def transaction(self, backup: str = journal.NUMBERED) -> Iterator[None]:
        """Every write and removal inside happens when the block ends, all or none (lock held).
        `backup` is the kind of backup each replaced file gets (see `journal`). Inside another
        transaction, its writes join the outer one."""
        if self._txn is not None:
            yield
            return
        txn = journal.Transaction(self.paths, self.backup_dir, _keep_backup, backup)
        self._txn = txn
        try:
            yield
        finally:
            self._txn = None
        if len(txn.changes) == 1 and backup == journal.NUMBERED:
            ((path, (data, kind)),) = txn.changes.items()
            if data is not None:
                # One file: its one rename is already all-or-nothing.
                atomic_write(path, data, self.backup_dir if kind else None)
                return
        txn.commit()

    def write_file(self, path: Path, data: bytes, *, backup: bool = True) -> None:
        """Replace `path` with `data`: at once, or with the transaction under way."""
        if self._txn is not None:
            self._txn.write(path, data, self._txn.kind if backup else None)
        else:
            atomic_write(path, data, self.backup_dir if backup else None)

    def remove_file(self, path: Path) -> None:
        """Remove `path` (kept as a backup) with the transaction under way."""
        if self._txn is None:
            raise RuntimeError("remove_file needs a transaction")
        self._txn.remove(path, self._txn.kind)

    def _sweep_temps(self) -> None:
        # Temp files are only made with the lock held: any left now was orphaned by a crash.
        for folder in (self.dir, self.paths.data_dir):
            with contextlib.suppress(OSError):
                for name in os.listdir(folder):
                    if name.startswith(".") and name.endswith(".tmp"):
                        with contextlib.suppress(OSError):
                            os.unlink(folder / name)

    def write_month(self, month: Month) -> None:
        self.write_file(self.month_path(month.key), _encode(month_to_json(month)))

    def write_index(self, index: Index) -> None:
        self.write_file(self.dir / "index.json", _encode(index.to_json()))

    def write_undo(self, entries: list[dict[str, Any]]) -> None:
        body = {"schema_version": SCHEMA_VERSION, "entries": entries[-UNDO_DEPTH:]}
        self.write_file(self.paths.data_dir / "undo.json", _encode(body))

    def _ensure_dirs(self) -> None:
        try:
            self.paths.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            self.dir.mkdir(mode=0o700, exist_ok=True)
        except OSError as err:
            raise StoreIOError("io.failed", path=str(self.dir), reason=err.strerror) from None


def _flock(
    path: str, timeout: float, on_wait: Callable[[], None] | None
) -> Callable[[], None] | None:
    """Hold `path` with flock(2), the very lock filelock's UnixFileLock takes, so both agree;
    returns its release, or None where flock is missing (Windows, some network mounts).

    Why by hand: importing filelock costs more than a whole `done` on the fast path.

    The lock file is opened without following a symlink: cmagenda never makes one there, so
    one found there is refused (`LockPathError`) rather than removed; whoever put it there
    meant something, and following it would create or lock a file elsewhere. Once the file is
    locked, it must still be the one at `path`: a holder that deleted or replaced it
    released nothing to whoever opened it before; then the file now there is locked instead.
    And since a lock on a deleted file stops nobody who creates a new one, the data folder
    itself is flocked too (it cannot be deleted while it holds the store), after the file:
    one order for everyone, so no two processes wait on each other."""
    try:
        import fcntl
    except ImportError:
        return None
    import time

    started = time.monotonic()
    told = False
    fd = folder_fd = -1
    try:
        while True:
            if fd < 0:
                fd = _open_lock(path)
            held = _try_flock(fcntl, fd)
            if held is None:
                os.close(fd)
                return None
            if held and not _still_at(fd, path):
                os.close(fd)
                fd = -1
                continue
            if held:
                if folder_fd < 0:
                    folder_fd = os.open(
                        os.path.dirname(path) or ".", os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC
                    )
                got_folder = _try_flock(fcntl, folder_fd)
                if got_folder is None:
                    # A mount that locks files but not folders: the file's lock is what there is.
                    os.close(folder_fd)
                    folder_fd = -1
                    break
                if got_folder:
                    break
            waited = time.monotonic() - started
            if waited >= timeout:
                raise TimeoutError(path)
            if on_wait is not None and not told and waited >= WAIT_NOTICE:
                told = True
                on_wait()
            time.sleep(min(0.02, timeout - waited))
    except BaseException:
        for opened in (folder_fd, fd):
            if opened >= 0:
                os.close(opened)
        raise

    def release() -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
            if folder_fd >= 0:
                os.close(folder_fd)

    return release


class LockPathError(OSError):
    """Something other than a regular file stands at the lock path."""


def _open_lock(path: str) -> int:
    flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    try:
        fd = os.open(path, flags, 0o600)
    except OSError as err:
        if os.path.islink(path):
            raise LockPathError(path) from None
        if os.path.isdir(path):
            raise LockPathError(path) from err
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise LockPathError(path)
    return fd


def _try_flock(fcntl: Any, fd: int) -> bool | None:
    """True once `fd` is locked, False while another holds it, None where flock is missing."""
    import errno

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as err:
        if err.errno in (errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOLCK, errno.EBADF):
            return None
        if err.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
            raise
        return False
    return True


def _still_at(fd: int, path: str) -> bool:
    try:
        here = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (here.st_dev, here.st_ino)


def _filelock(path: str, timeout: float, on_wait: Callable[[], None] | None) -> Callable[[], None]:
    from filelock import FileLock, Timeout

    lock = FileLock(path, mode=0o600)
    try:
        try:
            lock.acquire(timeout=min(WAIT_NOTICE, timeout))
        except Timeout:
            if on_wait:
                on_wait()
            lock.acquire(timeout=max(timeout - WAIT_NOTICE, 0))
    except Timeout:
        raise TimeoutError(path) from None
    return lock.release


def _encode(body: dict[str, Any]) -> bytes:
    """One task per line: greppable and diffable, and written by json's C encoder (an indent
    would send it to the pure-Python one, ten times slower)."""
    tasks = body.get("tasks")
    if not isinstance(tasks, list) or not tasks:
        return (json.dumps(body, ensure_ascii=False) + "\n").encode("utf-8")
    head = json.dumps({k: v for k, v in body.items() if k != "tasks"}, ensure_ascii=False)
    lines = ",\n".join(json.dumps(t, ensure_ascii=False) for t in tasks)
    return f'{head[:-1]}, "tasks": [\n{lines}\n]}}\n'.encode()


def _short(err: Exception) -> str:
    return str(err)


def _read_json(path: Path) -> dict[str, Any] | None:
    """The parsed object at `path`, None when the file does not exist."""
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
    return raw


def parse_month(raw: dict[str, Any], path: Path, key: str) -> Month:
    _check_version(raw, path)
    try:
        if not MONTH_RE.match(key):
            raise ValueError(f"month {key[:40]!r} is not YYYY-MM")
        if raw.get("month") != key:
            raise ValueError(f"holds month {str(raw.get('month'))[:40]!r}, expected {key!r}")
        # "posts" and "holidays" are absent from the files of earlier versions.
        if set(raw) | {"posts", "holidays"} != {
            "schema_version",
            "month",
            "expanded",
            "moved_out",
            "tasks",
            "posts",
            "holidays",
        }:
            raise ValueError("unexpected or missing top-level keys")
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


def _parse_index(raw: dict[str, Any], path: Path) -> Index:
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


def _parse_undo(raw: dict[str, Any], path: Path) -> list[dict[str, Any]]:
    _check_version(raw, path)
    entries = raw.get("entries")
    if set(raw) != {"schema_version", "entries"} or not isinstance(entries, list):
        raise StoreUnreadableError("store.corrupt", path=str(path), reason="no entries list")
    if not all(isinstance(e, dict) and isinstance(e.get("months"), dict) for e in entries):
        raise StoreUnreadableError("store.corrupt", path=str(path), reason="bad undo entry")
    return entries


def _parse_reminded(raw: dict[str, Any], path: Path) -> dict[str, str]:
    _check_version(raw, path)
    keys = raw.get("reminded")
    if set(raw) != {"schema_version", "reminded"} or not isinstance(keys, dict):
        raise StoreUnreadableError("store.corrupt", path=str(path), reason="no reminded table")
    if not all(isinstance(v, str) for v in keys.values()):
        raise StoreUnreadableError("store.corrupt", path=str(path), reason="bad reminder date")
    return keys


READING_KEYS = {"network", "metric", "date", "value", "changed"}


def parse_kpis(raw: dict[str, Any], path: Path) -> list[Reading]:
    import math

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


def parse_absences(raw: dict[str, Any], path: Path) -> list[absences.Absence]:
    _check_version(raw, path)
    try:
        if set(raw) != {"schema_version", "absences"}:
            raise ValueError("unexpected or missing top-level keys")
        return absences.parse(raw["absences"])
    except (ValueError, TypeError) as err:
        raise StoreUnreadableError("store.corrupt", path=str(path), reason=_short(err)) from None


def parse_ideas(raw: dict[str, Any], path: Path) -> ideas.Backlog:
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


def _check_version(raw: dict[str, Any], path: Path) -> None:
    version = raw.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise StoreUnreadableError("store.corrupt", path=str(path), reason="no schema_version")
    if version > SCHEMA_VERSION:
        raise StoreUnreadableError(
            "store.newer", path=str(path), found=version, known=SCHEMA_VERSION
        )


def atomic_write(
    path: Path, data: bytes, backup_dir: Path | None = None, *, durable: bool = True
) -> None:
    """Replace `path` with `data` so that readers see the old or the new bytes, never a mix.

    With `backup_dir`, the bytes being replaced are kept there first (a hard link: no copy),
    the newest `KEEP_BACKUPS` per file. `durable=False` skips the fsyncs, for caches only: after
    a crash such a file may be old, empty or torn, and its reader must treat all three as a miss.
    """
    # A store kept behind a symlink (a synced folder) stays a symlink: write to its target.
    target = Path(os.path.realpath(path))
    folder = target.parent
    tmp: str | None = None
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        # mkstemp's recipe without importing tempfile (and random, hashlib) on every write.
        tmp = os.path.join(folder, f".{target.name}.{os.getpid()}.{os.urandom(6).hex()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        if backup_dir is not None and target.exists():
            _keep_backup(target, path.name, backup_dir)
        os.replace(tmp, target)
        tmp = None
        if not durable:
            return
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError as err:
        raise StoreIOError("io.failed", path=str(path), reason=err.strerror or str(err)) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _keep_backup(target: Path, name: str, backup_dir: Path) -> None:
    backup_dir.mkdir(mode=0o700, exist_ok=True)
    prefix = f"{name}."
    fresh, numbers = numbered(backup_dir, prefix)
    try:
        os.link(target, fresh)
    except OSError:
        # Another file system (a synced folder) or no hard links: copy instead.
        import shutil

        shutil.copyfile(target, fresh)
    for old in numbers[: max(len(numbers) + 1 - KEEP_BACKUPS, 0)]:
        with contextlib.suppress(OSError):
            os.unlink(backup_dir / f"{prefix}{old}")
