"""Atomic writes (storage): a file replaced so that readers see the old bytes or the new,
never a mix (temp file beside it, fsync, `os.replace`, fsync of the folder), the bytes it
replaces kept as numbered backups, and the JSON layout the store's files share.
"""

from __future__ import annotations

import contextlib
import json
import os

from cmagenda.domain.errors import StoreIOError
from cmagenda.storage.files import numbered

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path
    from typing import Any

# How many earlier versions of each file `atomic_write` keeps in the backup folder.
KEEP_BACKUPS = 3


def encode(body: dict[str, Any], known: Mapping[str, tuple[Any, bytes]] | None = None) -> bytes:
    """One task per line: greppable and diffable, and written by json's C encoder (an indent
    would send it to the pure-Python one, ten times slower). `known` gives tasks as read with
    their lines: a task still equal to what was read keeps its line."""
    tasks = body.get("tasks")
    if not isinstance(tasks, list) or not tasks:
        return (json.dumps(body, ensure_ascii=False) + "\n").encode("utf-8")
    head = json.dumps({k: v for k, v in body.items() if k != "tasks"}, ensure_ascii=False)
    known = known or {}
    lines = []
    for task in tasks:
        read = known.get(task["id"])
        if read is not None and read[0] == task:
            lines.append(read[1])
        else:
            lines.append(json.dumps(task, ensure_ascii=False).encode())
    return b"".join([head[:-1].encode(), b', "tasks": [\n', b",\n".join(lines), b"\n]}\n"])


def atomic_write(
    path: Path | str, data: bytes, backup_dir: Path | str | None = None, *, durable: bool = True
) -> None:
    """Replace `path` with `data` so that readers see the old or the new bytes, never a mix.

    With `backup_dir`, the bytes being replaced are kept there first (a hard link: no copy),
    the newest `KEEP_BACKUPS` per file. `durable=False` skips the fsyncs, for caches only: after
    a crash such a file may be old, empty or torn, and its reader must treat all three as a miss.
    """
    # A store kept behind a symlink (a synced folder) stays a symlink: write to its target.
    target = os.path.realpath(path)
    folder = os.path.dirname(target)
    tmp: str | None = None
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        # mkstemp's recipe without importing tempfile (and random, hashlib) on every write.
        name = os.path.basename(target)
        tmp = os.path.join(folder, f".{name}.{os.getpid()}.{os.urandom(6).hex()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        if backup_dir is not None and os.path.exists(target):
            keep_backup(target, os.path.basename(path), backup_dir)
        os.replace(tmp, target)
        tmp = None
        if not durable:
            return
        sync_dir(folder)
    except OSError as err:
        raise StoreIOError("io.failed", path=str(path), reason=err.strerror or str(err)) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def keep_backup(
    target: Path | str,
    name: str,
    backup_dir: Path | str,
    *,
    kind: str = "",
    keep: int | None = KEEP_BACKUPS,
) -> None:
    """`target`'s bytes kept as the newest numbered backup `name.N` (`name.KINDN` with a
    `kind`), the oldest beyond `keep` removed (None: all kept)."""
    os.makedirs(backup_dir, mode=0o700, exist_ok=True)
    prefix = f"{name}.{kind}"
    fresh, numbers = numbered(backup_dir, prefix)
    link_or_copy(os.fspath(target), fresh)
    for old in numbers[: max(len(numbers) + 1 - keep, 0)] if keep is not None else ():
        with contextlib.suppress(OSError):
            os.unlink(os.path.join(backup_dir, f"{prefix}{old}"))


def link_or_copy(target: str, kept: str) -> None:
    """`target`'s bytes kept at the new name `kept`: a hard link (no copy), or a copy on a file
    system without hard links (some synced folders). A name already taken is never written
    over."""
    try:
        os.link(target, kept)
    except FileExistsError:
        raise
    except OSError:
        import shutil  # only on a file system without hard links

        shutil.copy2(target, kept)


def write_synced(path: str, data: bytes) -> None:
    """A new file `path` (never an existing one) holding `data`, on disk before this returns."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def sync_dir(folder: str) -> None:
    """The folder's entries (a rename, a new or removed name) on disk."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
