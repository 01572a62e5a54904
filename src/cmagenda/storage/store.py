"""Store: task instances on disk as JSON, one file per month, plus a small index.

Layout (under the data dir):
  store/YYYY-MM.json  {"schema_version": 1, "month": "YYYY-MM", "expanded": {date: fingerprint},
                       "moved_out": {id: date}, "tasks": [task, ...]}
  store/index.json    {"schema_version": 1, "last_expanded": date|null, "open_months": [...]}
  store/.undo-YYYY-MM an empty mark: that month's file holds undo steps ("undo": [{seq, record}])
                      not folded into undo.json yet (see `undolog`)
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
`today` never scans history. A month stays listed the day its last carried task is ticked off
(today's list still shows it, done), and may stay a while longer: a fast `done` keeps the index
as it is rather than make it a second file of the change; the next save of changes made with
that month read takes it out. Every write takes the lock file (never the data file itself),
re-reads, writes a temp file in the same directory, fsyncs it, `os.replace`s it over the target
and fsyncs the directory. A file this version does not fully understand (corrupt, newer schema)
raises `StoreUnreadableError` and is never written over."""

from __future__ import annotations

import contextlib
import json
import os

from cmagenda.domain import absences, ideas
from cmagenda.domain.errors import StoreIOError, StoreLockedError, StoreUnreadableError
from cmagenda.domain.month import Month
from cmagenda.domain.readings import Reading
from cmagenda.storage import journal, undolog
from cmagenda.storage.atomic import atomic_write, encode, keep_backup
from cmagenda.storage.locks import LockPathError, _filelock, _flock
from cmagenda.storage.months import (
    MONTH_RE,
    SCHEMA_VERSION,
    Index,
    _parse_any,
    _parse_index,
    _parse_reminded,
    _parse_undo,
    _read_json,
    _read_json_bytes,
    index_of,
    month_to_json,
    parse_absences,
    parse_ideas,
    parse_kpis,
    parse_month,
    task_lines,
)
from cmagenda.storage.paths import Paths, to_path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path
    from typing import Any


UNDO_DEPTH = 20


class Store:
    def __init__(
        self,
        paths: Paths,
        *,
        lock_timeout: float = 10.0,
        on_wait: Callable[[], None] | None = None,
    ) -> None:
        self.paths = paths
        # Text, not a Path: the fast path never imports pathlib (see `Paths`).
        self.folder = paths.data("store")
        self.lock_timeout = lock_timeout
        self.on_wait = on_wait
        self._held = False
        self._txn: journal.Transaction | None = None
        # The undo steps each month read holds (see `undolog`), written back with it.
        self._steps: dict[str, list[dict[str, Any]]] = {}
        # Each month file as read (its bytes and tasks), for `write_month` to copy the lines
        # of the tasks left as they were.
        self._read: dict[str, tuple[bytes, list[dict[str, Any]]]] = {}
        # Set by the fast path, which adds steps to the months rather than folding them.
        self.defer_undo = False
        self._unmark: set[str] = set()

    # -- reading ------------------------------------------------------------------------------

    @property
    def dir(self) -> Path:
        return to_path(self.folder)

    def month_path(self, key: str) -> Path:
        return to_path(self.month_file(key))

    def month_file(self, key: str) -> str:
        return os.path.join(self.folder, f"{key}.json")

    def read_month(self, key: str) -> Month:
        path = self.month_file(key)
        try:
            read = _read_json_bytes(path)
            if read is None:
                return Month(key)
            raw, data = read
            month = parse_month(raw, path, key)
            self._steps[key] = raw.get("undo", [])
            self._read[key] = (data, raw["tasks"])
            return month
        except StoreUnreadableError as err:
            raise self._with_backup(err, path) from None

    def read_months(self, keys: set[str]) -> dict[str, Month]:
        return {key: self.read_month(key) for key in sorted(keys)}

    def read_index(self) -> Index:
        if not self._held and journal.pending(self.paths):
            # A change a kill interrupted: settled first, so that no view shows half of it.
            with self.locked():
                pass
        path = os.path.join(self.folder, "index.json")
        try:
            raw = _read_json(path)
            return self.rebuild_index() if raw is None else _parse_index(raw, path)
        except StoreUnreadableError as err:
            raise self._with_backup(err, path) from None

    def all_month_keys(self) -> list[str]:
        try:
            names = os.listdir(self.folder)
        except FileNotFoundError:
            return []
        except OSError as err:
            raise StoreIOError("io.failed", path=self.folder, reason=err.strerror) from None
        return sorted(n[:-5] for n in names if n.endswith(".json") and MONTH_RE.match(n[:-5]))

    def rebuild_index(self) -> Index:
        # The index is derived data: when it is missing, the month files say everything it held.
        return index_of(self.read_month(key) for key in self.all_month_keys())

    def read_undo(self) -> list[dict[str, Any]]:
        path = self.paths.data("undo.json")
        staged = self._txn.changes.get(path) if self._txn is not None else None
        if staged is not None and staged[0] is not None:
            # Written earlier in this change (steps folded): read as it will be.
            return list(json.loads(staged[0])["entries"])
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
        atomic_write(self.paths.data_dir / "reminded.json", encode(body))

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
        self.write_file(self.paths.data_dir / "kpi.json", encode(body))

    @property
    def absences_path(self) -> Path:
        return to_path(self.absences_file)

    @property
    def absences_file(self) -> str:
        return self.paths.data("off.json")

    def read_absences(self) -> list[absences.Absence]:
        """The absences, in order."""
        path = self.absences_file
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
        self.write_file(self.absences_file, encode(body))

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
            self.ideas_path, encode({"schema_version": SCHEMA_VERSION, **backlog.dump()})
        )

    # -- checking and backups -----------------------------------------------------------------

    @property
    def backup_dir(self) -> Path:
        return to_path(self.backup_folder)

    @property
    def backup_folder(self) -> str:
        return self.paths.data("backups")

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

    def _with_backup(self, err: StoreUnreadableError, path: Path | str) -> StoreUnreadableError:
        good = self.newest_good_backup(to_path(os.fspath(path)))
        err.params["backup"] = str(good) if good else "-"
        return err

    # -- writing ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        self._ensure_dirs()
        path = self.paths.data("cmagenda.lock")
        try:
            release = _flock(path, self.lock_timeout, self.on_wait)
            if release is None:
                release = _filelock(path, self.lock_timeout, self.on_wait)
        except TimeoutError:
            # "10 s", never "10.0 s".
            seconds = f"{self.lock_timeout:g}"
            raise StoreLockedError("store.locked", path=path, seconds=seconds) from None
        except LockPathError:
            raise StoreIOError("store.lock_kind", path=path) from None
        except OSError as err:
            raise StoreIOError("io.failed", path=path, reason=err.strerror) from None
        try:
            self._held = True
            journal.recover(self.paths)
            self._sweep_temps()
            if not self.defer_undo:
                self._fold_at_lock()
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
        txn = journal.Transaction(self.paths, self.backup_folder, keep_backup, backup)
        self._txn = txn
        try:
            yield
        finally:
            self._txn = None
            unmark, self._unmark = self._unmark, set()
        if len(txn.changes) == 1 and backup == journal.NUMBERED:
            ((path, (data, kind)),) = txn.changes.items()
            if data is not None:
                # One file: its one rename is already all-or-nothing.
                atomic_write(path, data, self.backup_folder if kind else None)
                undolog.unmark(self.folder, unmark)
                return
        txn.commit()
        undolog.unmark(self.folder, unmark)

    def write_file(self, path: Path | str, data: bytes, *, backup: bool = True) -> None:
        """Replace `path` with `data`: at once, or with the transaction under way."""
        if self._txn is not None:
            self._txn.write(path, data, self._txn.kind if backup else None)
        else:
            atomic_write(path, data, self.backup_folder if backup else None)

    def remove_file(self, path: Path) -> None:
        """Remove `path` (kept as a backup) with the transaction under way."""
        if self._txn is None:
            raise RuntimeError("remove_file needs a transaction")
        self._txn.remove(path, self._txn.kind)

    def _sweep_temps(self) -> None:
        # Temp files are only made with the lock held: any left now was orphaned by a crash.
        for folder in (self.folder, self.paths.data_folder):
            with contextlib.suppress(OSError):
                for name in os.listdir(folder):
                    if name.startswith(".") and name.endswith(".tmp"):
                        with contextlib.suppress(OSError):
                            os.unlink(os.path.join(folder, name))

    def write_month(self, month: Month) -> None:
        body = month_to_json(month)
        steps = self._steps.get(month.key)
        if steps:
            body["undo"] = steps
        read = self._read.get(month.key)
        known = task_lines(*read) if read is not None else None
        self.write_file(self.month_file(month.key), encode(body, known))

    # -- undo steps kept in month files (see `undolog`) ----------------------------------------

    def _fold_at_lock(self) -> None:
        # An unreadable month or undo log is said by the command that needs it (or repaired
        # by doctor); until then every month keeps its steps when written.
        with contextlib.suppress(StoreUnreadableError):
            self.fold_undo()

    def fold_undo(self, months: dict[str, Month] | None = None) -> None:
        """Move the undo steps of the marked months into undo.json, all or none (lock held);
        `months` are the months already read (and maybe changed) in this change."""
        keys = undolog.marked(self.folder)
        if not keys:
            return
        with self.transaction():
            steps: list[dict[str, Any]] = []
            for key in sorted(keys):
                month = months.get(key) if months is not None else None
                if month is None:
                    month = self.read_month(key)
                if self._steps.get(key):
                    steps += self._steps[key]
                    self._steps[key] = []
                    self.write_month(month)
            if steps:
                self.write_undo(undolog.folded(self.read_undo(), steps))
            # Unmarked once the whole change is on disk, not before.
            self._unmark |= keys

    def defer(self, changed: list[Month], record: dict[str, Any]) -> bool:
        """Save the `changed` months with `record` as the newest undo step of the first, all or
        none (lock held, every marked month read): one file replaced, or several through the
        journal, never undo.json. False when it must go through `fold_undo` and the journal:
        a marked month not read, or as many steps waiting as undo.json keeps."""
        keys = undolog.marked(self.folder)
        if not keys <= self._steps.keys():
            return False
        waiting = [s for k in keys for s in self._steps[k]]
        if len(waiting) + 1 >= UNDO_DEPTH:
            return False
        seq = max((int(s["seq"]) for s in waiting), default=0) + 1
        month = changed[0]
        try:
            if month.key not in keys:
                # Synced before a lone month is replaced; with others, the journal syncs the
                # store's folder (the mark with it) before the change is decided.
                undolog.mark(self.folder, month.key, durable=len(changed) == 1)
        except OSError as err:
            raise StoreIOError("io.failed", path=self.folder, reason=err.strerror) from None
        self._steps[month.key] = [*self._steps.get(month.key, []), {"seq": seq, "record": record}]
        with self.transaction():
            for each in changed:
                self.write_month(each)
        return True

    def write_index(self, index: Index) -> None:
        self.write_file(os.path.join(self.folder, "index.json"), encode(index.to_json()))

    def write_undo(self, entries: list[dict[str, Any]]) -> None:
        body = {"schema_version": SCHEMA_VERSION, "entries": entries[-UNDO_DEPTH:]}
        self.write_file(self.paths.data("undo.json"), encode(body))

    def _ensure_dirs(self) -> None:
        try:
            os.makedirs(self.paths.data_folder, mode=0o700, exist_ok=True)
            os.makedirs(self.folder, mode=0o700, exist_ok=True)
        except OSError as err:
            raise StoreIOError("io.failed", path=self.folder, reason=err.strerror) from None
