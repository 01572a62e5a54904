"""Backup: the whole of a user's cmagenda (profile, own checklist, every month of the store, the
KPI log, the absences) -> one versioned JSON file, and back on another machine.

The store's files go in as they are on disk (same schema), so a round trip is exact. An import
never merges silently over existing data: it asks for `--replace` (everything from the file;
the replaced files are kept in data/backups/) or `--merge` (by id: of a task, post or KPI value
on both sides the one changed last wins, see `merge`; local ones the file lacks stay). Either
is one undo step, and `--dry-run` says what it would do without writing.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from cmagenda.domain import absences, ideas, limits
from cmagenda.domain.errors import ChecklistError, StoreIOError, StoreUnreadableError, UsageError
from cmagenda.domain.merge import Merged, merge
from cmagenda.domain.month import Month
from cmagenda.domain.readings import Reading
from cmagenda.storage import history, journal
from cmagenda.storage.config import load_profile
from cmagenda.storage.files import NotRegularFile, decode_json, safe_read
from cmagenda.storage.months import (
    MONTH_RE,
    SCHEMA_VERSION,
    index_of,
    month_to_json,
    parse_kpis,
    parse_month,
)
from cmagenda.storage.paths import bundled_checklist
from cmagenda.storage.templates import load_checklist

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from cmagenda.usecases.session import Session

FORMAT = "cmagenda-backup"
VERSION = 1


def dump(session: Session) -> str:
    paths = session.paths
    store = session.store()
    months = {key: month_to_json(store.read_month(key)) for key in store.all_month_keys()}
    body = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": session.now.isoformat(timespec="seconds"),
        "config": _text(paths.config_file),
        "checklist": _text(paths.user_checklist),
        "months": months,
        "kpis": [r.dump() for r in store.read_kpis()],
        "absences": [a.dump() for a in store.read_absences()],
        "ideas": store.read_ideas().dump(),
    }
    return json.dumps(body, ensure_ascii=False, indent=1) + "\n"


def count(session: Session) -> int:
    """The tasks a backup holds (said when it is written to a file)."""
    store = session.store()
    return sum(len(store.read_month(key).tasks) for key in store.all_month_keys())


def _text(path: Path) -> str | None:
    try:
        return safe_read(path, limits.CONFIG_BYTES).decode("utf-8")
    except FileNotFoundError:
        return None
    except OSError as err:
        raise StoreIOError("io.failed", path=str(path), reason=err.strerror) from None


class Loaded:
    def __init__(
        self,
        config: str | None,
        checklist: str | None,
        months: dict[str, Month],
        kpis: list[Reading],
        off: list[absences.Absence] | None = None,
        backlog: ideas.Backlog | None = None,
    ) -> None:
        self.config = config
        self.checklist = checklist
        self.months = months
        self.kpis = kpis
        self.absences = off or []
        self.ideas = backlog or ideas.Backlog()


def load(path: Path) -> Loaded:
    """Read and check a backup file: every part validated as the store validates its own
    files, plus what only a file from elsewhere can get wrong (month keys, ids repeated across
    months, nesting, sizes); a newer version is refused. Nothing is written here."""
    raw = _decode(path)
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise StoreUnreadableError("import.not_backup", path=str(path))
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise StoreUnreadableError("import.bad", path=str(path), reason="no version")
    if version > VERSION:
        raise StoreUnreadableError("import.newer", path=str(path), found=version, known=VERSION)
    months = _months(path, raw.get("months"))
    readings = raw.get("kpis", [])
    if isinstance(readings, list) and len(readings) > limits.READINGS:
        raise _bad(path, f"more than {limits.READINGS} KPI values")
    try:
        kpis = parse_kpis({"schema_version": SCHEMA_VERSION, "readings": readings}, path)
    except StoreUnreadableError as err:
        raise _bad(path, f"kpis: {err.params.get('reason')}") from None
    # Absent from the backups of earlier versions: no absence.
    try:
        off = absences.parse(raw.get("absences", []))
    except (ValueError, TypeError) as err:
        raise _bad(path, f"absences: {err}") from None
    # Absent from the backups of earlier versions too: no idea.
    try:
        backlog = ideas.parse(raw.get("ideas", {"next": 1, "ideas": []}))
    except (ValueError, TypeError) as err:
        raise _bad(path, f"ideas: {err}") from None
    texts = []
    for name, cap in (("config", limits.CONFIG_BYTES), ("checklist", limits.CHECKLIST_BYTES)):
        value = raw.get(name)
        if value is not None and not isinstance(value, str):
            raise StoreUnreadableError("import.bad", path=str(path), reason=f"bad {name}")
        if value is not None and len(value.encode("utf-8", "surrogatepass")) > cap:
            raise _bad(path, f"{name} larger than {cap} bytes")
        texts.append(value)
    return Loaded(texts[0], texts[1], months, kpis, off, backlog)


def _bad(path: Path, reason: str) -> StoreUnreadableError:
    return StoreUnreadableError("import.bad", path=str(path), reason=reason)


def _decode(path: Path) -> Any:
    try:
        data = safe_read(path, limits.BACKUP_BYTES)
    except FileNotFoundError:
        raise UsageError("import.missing", path=str(path)) from None
    except NotRegularFile as err:
        raise UsageError(f"file.{err.kind}", path=str(path)) from None
    except OSError as err:
        raise _bad(path, err.strerror or str(err)) from None
    try:
        return decode_json(data, foreign=True)
    except UnicodeDecodeError:
        raise StoreUnreadableError("import.not_utf8", path=str(path)) from None
    except ValueError as err:
        # A file that is no JSON at all (a calendar, a spreadsheet) is said in words; the
        # parser's own reason stays for a backup that is JSON but damaged.
        line = getattr(err, "lineno", None)
        if line is not None:
            raise StoreUnreadableError("import.not_json", path=str(path), line=line) from None
        raise _bad(path, str(err)) from None


def _months(path: Path, months_raw: Any) -> dict[str, Month]:
    """The backup's months, each checked as the store checks its files, and no task or post id
    in two of them (the store would then hold two tasks behind one id)."""
    if not isinstance(months_raw, dict):
        raise _bad(path, "no months")
    if len(months_raw) > limits.MONTHS:
        raise _bad(path, f"more than {limits.MONTHS} months")
    months: dict[str, Month] = {}
    seen: dict[str, str] = {}
    for key, body in months_raw.items():
        if not MONTH_RE.match(key):
            raise _bad(path, f"month key {key[:40]!r} is not YYYY-MM")
        if not isinstance(body, dict):
            raise _bad(path, f"month {key}: not a JSON object")
        try:
            month = parse_month(body, path, key)
        except StoreUnreadableError as err:
            raise _bad(path, f"month {key}: {err.params.get('reason', err.key)}") from None
        for item in (*month.tasks, *month.posts):
            if item in seen:
                raise _bad(path, f"id {item} is in both {seen[item]} and {key}")
            seen[item] = key
        months[key] = month
    return months


def check_texts(session: Session, loaded: Loaded, source: Path) -> None:
    """The backup's profile and checklist must load as they would once in place: a restore that
    left every command failing on them (exit 3) is refused before anything is written."""
    with tempfile.TemporaryDirectory() as folder:
        for name, text in (("config.toml", loaded.config), ("checklists.toml", loaded.checklist)):
            if text is None:
                continue
            path = Path(folder) / name
            path.write_text(text, encoding="utf-8")
            try:
                if name == "config.toml":
                    load_profile(path, session.profile)
                else:
                    load_checklist([bundled_checklist(), path])
            except ChecklistError as err:
                first = err.details[0] if err.details else err.key
                raise StoreUnreadableError(
                    "import.bad", path=str(source), reason=f"{name}: {first}"
                ) from None


def has_data(session: Session) -> bool:
    paths = session.paths
    store = session.store()
    return bool(
        store.all_month_keys()
        or paths.config_file.exists()
        or paths.user_checklist.exists()
        or (paths.data_dir / "kpi.json").exists()
        or store.absences_path.exists()
        or store.ideas_path.exists()
    )


class Restored:
    """What an import did (or, with `dry_run`, would do): the months, tasks and KPI values the
    backup holds, the local month files it removes (--replace), and what a merge overwrote or
    kept."""

    __slots__ = ("dry_run", "gone", "kpis", "merged", "months", "tasks")

    def __init__(
        self, loaded: Loaded, gone: list[str], merged: Merged | None, dry_run: bool
    ) -> None:
        self.months = len(loaded.months)
        self.tasks = sum(len(m.tasks) for m in loaded.months.values())
        self.kpis = len(loaded.kpis)
        self.gone = gone
        self.merged = merged
        self.dry_run = dry_run


def restore(session: Session, source: Path, mode: str | None, dry_run: bool = False) -> Restored:
    """Read, check and put the backup `source` in place (mode "replace", "merge", or None when
    there must be no data yet). Nothing is written unless every part of the file loads, nor
    with `dry_run`. One undo step puts back every file it replaced."""
    loaded = load(source)
    check_texts(session, loaded, source)
    if mode is None and has_data(session):
        raise UsageError("import.exists")
    paths = session.paths
    store = session.store()
    # Every file is written at once or none is (see `journal`); a replace keeps each file it
    # replaces or removes as data/backups/NAME.replaced-N, never deleted nor overwritten.
    kind = journal.NUMBERED if mode == "merge" else journal.REPLACED
    with store.locked():
        merged = None
        gone: list[str] = []
        if mode == "merge":
            merged = _merged_months(store, loaded, session.lang)
            months = merged.months
            readings = merged.readings
            # Ours stay; one of theirs joins unless it overlaps one of ours.
            ours = store.read_absences()
            off = [*ours, *(a for a in loaded.absences if absences.clashing(ours, a) is None)]
            backlog = ideas.merged(store.read_ideas(), loaded.ideas)
        else:
            months = loaded.months
            readings = loaded.kpis
            off = loaded.absences
            backlog = loaded.ideas
            gone = [key for key in store.all_month_keys() if key not in months]
        if dry_run:
            return Restored(loaded, gone, merged, dry_run)
        # The index is made from the new data: nothing is on disk before the change ends.
        kept = [
            store.read_month(k) for k in store.all_month_keys() if k not in months and k not in gone
        ]
        entries = store.read_undo()
        record = history.files_record(store, "import", {*months, *gone}, session.now)
        with store.transaction(backup=kind):
            for key in gone:
                store.remove_file(store.month_path(key))
            for text, target in (
                (loaded.config, paths.config_file),
                (loaded.checklist, paths.user_checklist),
            ):
                # A merge keeps the local profile and checklist; the file's fill a gap.
                if text is None or (mode == "merge" and target.exists()):
                    continue
                store.write_file(target, text.encode("utf-8"))
            for month in months.values():
                store.write_month(month)
            store.write_kpis(readings)
            if off or store.absences_path.exists():
                store.write_absences(off)
            if backlog.ideas or store.ideas_path.exists():
                store.write_ideas(backlog)
            store.write_index(index_of([*kept, *months.values()]))
            history.push(store, record, entries)
    window = paths.data_dir / "window.json"
    if window.exists():
        os.unlink(window)  # derived from the old data: rebuilt by the next view
    return Restored(loaded, gone, merged, dry_run)


def _merged_months(store: Any, loaded: Loaded, lang: str) -> Merged:
    """The months and readings a merge writes: every local month is read, since a task may
    have moved to another month on either side."""
    ours = store.read_months(set(store.all_month_keys()))
    return merge(ours, loaded.months, store.read_kpis(), loaded.kpis, lang)
