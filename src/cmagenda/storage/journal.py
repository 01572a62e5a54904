"""Journal: a change that spans several files (months, index, undo log, kpi.json, config.toml,
checklists.toml) happens entirely or not at all, across a kill at any point and a refused write.

The way chosen: an intent journal with roll-forward, under the store's lock.
1. Every new file is written as a temp in its target's folder and fsynced; every file about to be
   replaced or removed is kept as a hard link (`.NAME.PID.HEX.old.tmp`) in the same folder, and
   its backup is made; the folders are fsynced. A failure here changed nothing: the temps and
   links are removed and the reason said (`StoreIOError`).
2. `data/journal.json` is written atomically: each target with its temp and its kept old file.
   From then on the change is decided.
3. The renames (and removals), the folders fsynced, the journal deleted, the kept links deleted.
If a rename fails (an immutable target, EIO), the renames already done are undone from the kept
links, so the store is as it was, and the failure is said. The next command that takes the lock
finds a journal left by a kill: it finishes it (a temp still there is renamed; one gone was
renamed already, which step 1's fsync of the folders guarantees) or, if finishing fails, undoes it.

Why roll forward rather than an undo log: once the journal exists every new file is complete on
disk, so finishing costs only renames, and a reader never sees a file the user did not ask for.
Why journal file paths are checked on reading: the journal is data, and a path from data never
leaves the store's folders (a temp or kept file must sit next to its target, named after it).
A single-file change does not need any of this: `atomic_write` already replaces it in one rename.
Readers: a command that reads without the lock settles a journal it sees first (one stat per
command, in `Store.read_index`), so that no view shows half a change. Cost: a two-file change
(a month and the undo log) makes 7 fsyncs instead of 4; `bench/journal_cost.py` measured 4.5 ms
against 1.9 ms for the two plain replaces here (medians, 2 busy cores). That is why the morning
path's `done`, `skip` and `move` keep their undo step in the one month they change (`undolog`):
one file, no journal, 2 fsyncs.
"""

from __future__ import annotations

import contextlib
import json
import os
import re

from cmagenda.domain.errors import StoreIOError, StoreUnreadableError
from cmagenda.storage.atomic import keep_backup, link_or_copy, sync_dir, write_synced
from cmagenda.storage.files import process_alive
from cmagenda.storage.paths import CHECKLIST_NAME, CONFIG_NAME, Paths

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path
    from typing import Any

SCHEMA_VERSION = 1
NAME = "journal.json"
# Kinds of backup a replaced file gets in data/backups/: the rotated NAME.N, or NAME.replaced-N
# that nothing ever deletes (what an import --replace put aside).
NUMBERED = "numbered"
REPLACED = "replaced"
_SIDE = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[0-9a-f]{12}(?:\.old)?\.tmp$")


def journal_path(paths: Paths) -> str:
    return paths.data(NAME)


def pending(paths: Paths) -> bool:
    return os.path.lexists(journal_path(paths))


class Transaction:
    """The files one change writes and removes, staged in memory until `commit`."""

    def __init__(
        self,
        paths: Paths,
        backup_dir: Path | str,
        keep_backup: Callable[[str, str, Path | str], None],
        kind: str = NUMBERED,
    ) -> None:
        self.paths = paths
        self.backup_dir = backup_dir
        # The store's rotated numbered backup (NAME.N), made as its own writes make it.
        self.keep_backup = keep_backup
        # The backup kind the files of this change get.
        self.kind = kind
        # target -> (new bytes or None to remove, backup kind or None)
        # Text keys: a file given as a Path or as text is one file.
        self.changes: dict[str, tuple[bytes | None, str | None]] = {}

    def write(self, path: Path | str, data: bytes, backup: str | None) -> None:
        self.changes[os.fspath(path)] = (data, backup)

    def remove(self, path: Path | str, backup: str | None) -> None:
        self.changes[os.fspath(path)] = (None, backup)

    def commit(self) -> None:
        if self.changes:
            _run(self.paths, self._stage())

    def _stage(self) -> list[dict[str, Any]]:
        """Step 1: temps written, old files kept and backed up, folders synced."""
        entries: list[dict[str, Any]] = []
        folders: set[str] = set()
        current = self.paths.data_folder
        try:
            for path, (data, backup) in self.changes.items():
                current = path
                target = os.path.realpath(path)
                folder = os.path.dirname(target)
                os.makedirs(folder, mode=0o700, exist_ok=True)
                # Absolute: the command that finishes it may run from another folder.
                logical = os.path.abspath(path)
                entry: dict[str, Any] = {"target": logical, "temp": None, "old": None}
                entries.append(entry)
                if data is not None:
                    entry["temp"] = _side_name(target, "")
                    write_synced(os.path.join(folder, entry["temp"]), data)
                if os.path.lexists(target):
                    entry["old"] = _side_name(target, ".old")
                    link_or_copy(target, os.path.join(folder, entry["old"]))
                    if backup == NUMBERED:
                        self.keep_backup(target, os.path.basename(path), self.backup_dir)
                    elif backup == REPLACED:
                        # What an import --replace put aside: never rotated away.
                        keep_backup(
                            target, os.path.basename(path), self.backup_dir,
                            kind="replaced-", keep=None,
                        )  # fmt: skip
                folders.add(folder)
            # The data folder is synced with the journal, in the same folder, right after.
            for folder in sorted(folders - {os.path.realpath(self.paths.data_folder)}):
                sync_dir(folder)
        except OSError as err:
            _discard(entries)
            raise StoreIOError("io.failed", path=current, reason=err.strerror or str(err)) from None
        return entries


def _run(paths: Paths, entries: list[dict[str, Any]]) -> None:
    """Steps 2 and 3, or everything undone if a rename fails."""
    journal = journal_path(paths)
    try:
        _write_journal(paths, entries, undo=False)
    except OSError as err:
        # Not known to be on disk, the change is not decided: nothing of it stays.
        with contextlib.suppress(OSError):
            os.unlink(journal)
        _discard(entries)
        raise StoreIOError("io.failed", path=str(journal), reason=err.strerror) from None
    failed = _settle(paths, entries, undo=False)
    if failed is not None:
        raise StoreIOError("journal.undone", path=failed[0], reason=failed[1])


def _write_journal(paths: Paths, entries: list[dict[str, Any]], *, undo: bool) -> None:
    body = {"schema_version": SCHEMA_VERSION, "undo": undo, "entries": entries}
    journal = journal_path(paths)
    fresh = f"{journal}.new"
    try:
        write_synced(fresh, json.dumps(body, ensure_ascii=False).encode())
        os.replace(fresh, journal)
        sync_dir(paths.data_folder)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(fresh)


def _settle(paths: Paths, entries: list[dict[str, Any]], *, undo: bool) -> tuple[str, str] | None:
    """Finish the journalled change, or undo it if finishing fails; the journal is gone after
    either. Returns the file that failed and why when it was undone; raises StoreIOError when it
    could be neither (the journal stays, and says which way it was going)."""
    at = [str(journal_path(paths))]
    failed = (at[0], "-")
    if not undo:
        try:
            _forward(entries, at)
            at[0] = str(journal_path(paths))
            _finish(paths, entries)
            return None
        except OSError as err:
            failed = (at[0], err.strerror or str(err))
    try:
        if not undo:
            # Said before the first step back: a half-undone change must never be finished, since
            # a temp gone would then pass for one renamed.
            _write_journal(paths, entries, undo=True)
        _backward(entries)
        _finish(paths, entries)
    except OSError as err:
        raise StoreIOError(
            "journal.stuck", path=str(journal_path(paths)), target=failed[0], reason=failed[1],
            undo_reason=err.strerror or str(err),
        ) from None  # fmt: skip
    return failed


def _forward(entries: list[dict[str, Any]], at: list[str]) -> None:
    """Every rename and removal; `at[0]` says the file being changed, for the error."""
    for entry in entries:
        at[0] = entry["target"]
        target = os.path.realpath(entry["target"])
        folder = os.path.dirname(target)
        if entry["temp"] is not None:
            temp = os.path.join(folder, entry["temp"])
            # A temp gone was renamed already: its folder was synced before the journal.
            if os.path.lexists(temp):
                os.replace(temp, target)
        elif os.path.lexists(target):
            os.unlink(target)
    for folder in sorted({os.path.dirname(os.path.realpath(e["target"])) for e in entries}):
        at[0] = folder
        sync_dir(folder)


def _backward(entries: list[dict[str, Any]]) -> None:
    """Every target as it was; can be run again after a failure part way."""
    for entry in reversed(entries):
        target = os.path.realpath(entry["target"])
        folder = os.path.dirname(target)
        temp = os.path.join(folder, entry["temp"]) if entry["temp"] is not None else None
        old = os.path.join(folder, entry["old"]) if entry["old"] is not None else None
        if temp is not None and os.path.lexists(temp):
            continue  # never renamed: the target is untouched (the temp goes in `_finish`)
        if old is not None:
            if os.path.lexists(old):
                os.replace(old, target)
        elif temp is not None and os.path.lexists(target):
            os.unlink(target)  # a new file the change made
    for folder in sorted({os.path.dirname(os.path.realpath(e["target"])) for e in entries}):
        sync_dir(folder)


def _finish(paths: Paths, entries: list[dict[str, Any]]) -> None:
    journal = journal_path(paths)
    if os.path.lexists(journal):
        os.unlink(journal)
        # A journal that comes back after a crash is finished again, harmlessly: its temps are
        # gone and its targets already new. Not so a removal, which would remove a file made
        # since: only then is the unlink itself made durable.
        if any(e["temp"] is None for e in entries):
            sync_dir(paths.data_folder)
    # Left over after a crash here, the kept links are swept as any orphaned temp.
    _discard(entries)


def _discard(entries: list[dict[str, Any]]) -> None:
    for entry in entries:
        folder = os.path.dirname(os.path.realpath(entry["target"]))
        for name in (entry["temp"], entry["old"]):
            if name is not None:
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(folder, name))


def recover(paths: Paths) -> None:
    """With the lock held, before the temps are swept: settle a change a kill interrupted, and
    remove the orphaned temps of the config folder (the store's own are swept by the store)."""
    journal = journal_path(paths)
    with contextlib.suppress(OSError):
        os.unlink(str(journal) + ".new")
    if os.path.lexists(journal):
        # Undone, an interrupted change leaves the store as before it: the command goes on.
        entries, undo = read(paths)
        _settle(paths, entries, undo=undo)
    _sweep_config(paths)


def read(paths: Paths) -> tuple[list[dict[str, Any]], bool]:
    """The journal's entries, each checked (a target in one of the store's folders, its temp
    and kept file next to it and named after it), and whether it is being undone."""
    path = journal_path(paths)
    folders = {
        os.path.abspath(p) for p in (paths.data("store"), paths.data_folder, paths.config_folder)
    }
    try:
        with open(path, "rb") as handle:
            raw = json.loads(handle.read().decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("schema_version") != SCHEMA_VERSION:
            raise ValueError("unknown journal version")
        if set(raw) != {"schema_version", "undo", "entries"}:
            raise ValueError("unexpected or missing top-level keys")
        entries, undo = raw["entries"], raw["undo"]
        if not isinstance(undo, bool):
            raise ValueError("undo must be true or false")
        if not isinstance(entries, list):
            raise ValueError("no entries list")
        for entry in entries:
            if not isinstance(entry, dict) or set(entry) != {"target", "temp", "old"}:
                raise ValueError("bad entry")
            target = entry["target"]
            if not isinstance(target, str) or os.path.dirname(target) not in folders:
                raise ValueError(f"target outside the store: {target!r}")
            name = os.path.basename(os.path.realpath(target))
            for side in (entry["temp"], entry["old"]):
                match = _SIDE.match(side) if isinstance(side, str) else None
                if side is not None and (match is None or match["name"] != name):
                    raise ValueError(f"bad file name: {side!r}")
    except OSError as err:
        raise StoreIOError("io.failed", path=str(path), reason=err.strerror) from None
    except (ValueError, KeyError, TypeError) as err:
        raise StoreUnreadableError("journal.corrupt", path=str(path), reason=str(err)) from None
    return entries, undo


def _sweep_config(paths: Paths) -> None:
    # The config folder is the user's: only our own temps, of processes that are gone.
    names = {CONFIG_NAME, CHECKLIST_NAME}
    with contextlib.suppress(OSError):
        for name in os.listdir(paths.config_folder):
            match = _SIDE.match(name)
            if match is None or match["name"] not in names or process_alive(int(match["pid"])):
                continue
            with contextlib.suppress(OSError):
                os.unlink(paths.config(name))


def _side_name(target: str, kind: str) -> str:
    return f".{os.path.basename(target)}.{os.getpid()}.{os.urandom(6).hex()}{kind}.tmp"
