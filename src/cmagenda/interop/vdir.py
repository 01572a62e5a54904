"""The vdir mirror (`export --format vdir --dir DIR`): one `<uid>.ics` per item, the layout
todoman, khal and vdirsyncer read, plus a `displayname`.

DIR is shared with those tools (and with whatever the user keeps there), so cmagenda touches
only what it can prove is its own:
- Everything happens relative to one descriptor of DIR, and nothing inside DIR is followed: a
  symlink, a directory or a special file where an item would go is left alone and reported
  (os.replace swaps a name, never writes through it).
- `.cmagenda-manifest` lists the files cmagenda wrote there; an item is removed only when
  listed, and only when it is gone from the plan: dated inside the exported range but no
  longer exported. An item dated outside the range stays (a rolling range would otherwise
  delete yesterday from the phone through a sync tool), unless `prune` asks for it. A file
  named like a cmagenda UID that it did not write (a copy the user keeps) stays. A manifest
  cmagenda cannot read as its own is never overwritten, and nothing is removed while it is there.
- A file name is built only from an id made of `[0-9a-z-]`: no id can name a path outside DIR.
- Temp files left by a killed export are swept by the next one (see `outfile.sweep`).
- Two exports to the same DIR take turns (flock on DIR), so that neither loses the other's
  manifest entries.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import stat
from dataclasses import dataclass, field

from cmagenda.domain.errors import StoreIOError, UsageError
from cmagenda.interop.ical import calendar
from cmagenda.storage import outfile

try:
    import fcntl
except ImportError:  # Windows: exports to one DIR are not serialised there.
    fcntl = None  # type: ignore[assignment]

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path
    from typing import Any

    from cmagenda.interop.ical import Selection

MANIFEST = ".cmagenda-manifest"
MANIFEST_HEAD = "# cmagenda vdir manifest 1"
DISPLAYNAME = "displayname"
# What earlier versions wrote as the displayname: still cmagenda's own, updated.
OLD_DISPLAYNAME = b"cmagenda\n"
SUFFIX = "@cmagenda.ics"
ID_RE = re.compile(r"^[0-9a-z][0-9a-z-]{0,199}$")
ITEM_RE = re.compile(r"^[0-9a-z][0-9a-z-]{0,199}@cmagenda\.ics$")
# A manifest lists one name per item: far below this even over two years of tasks.
MANIFEST_MAX_BYTES = 4 * 1024 * 1024


@dataclass(slots=True)
class Written:
    """What the mirror did: (written, unchanged, removed), and what it left alone and why."""

    written: int = 0
    unchanged: int = 0
    removed: int = 0
    notes: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    @property
    def counts(self) -> tuple[int, int, int]:
        return self.written, self.unchanged, self.removed


def write(
    folder: Path, items: Iterable[Any], selection: Selection, label: str, prune: bool = False
) -> Written:
    """Mirror `items` (VTODO/VEVENT components) into `folder`, named `label` in clients; with
    `prune`, what cmagenda wrote there for days outside the range goes too."""

    done = Written()
    wanted: dict[str, bytes] = {}
    for item in items:
        key = str(item["uid"]).removesuffix("@cmagenda")
        if not ID_RE.match(key):
            done.notes.append(("vdir.bad_id", {"id": key}))
            continue
        wanted[f"{key}{SUFFIX}"] = calendar(selection, [item])
    folder_fd = _open_folder(folder)
    try:
        _take_turn(folder_fd)
        outfile.sweep(folder_fd, _Ours())
        listed, trusted = _read_manifest(folder_fd, folder, done)
        recorded = listed
        if trusted and not set(wanted) <= listed:
            # Listed before written: an export killed in between leaves no file of its own
            # unlisted (a name listed but not written is simply absent next time).
            recorded = listed | set(wanted)
            _write_manifest(folder_fd, recorded)
        ours = set()
        for name, data in sorted(wanted.items()):
            if _put(folder_fd, folder, name, data, done):
                ours.add(name)
        if _put_displayname(folder_fd, folder, label, DISPLAYNAME in listed, done):
            ours.add(DISPLAYNAME)
        if trusted:
            for name in sorted(listed - set(wanted) - {DISPLAYNAME}):
                if prune or _in_range(folder_fd, name, selection):
                    _remove(folder_fd, folder, name, done)
                elif _kind(folder_fd, name) is not None:
                    ours.add(name)
            if ours != recorded:
                _write_manifest(folder_fd, ours)
        os.fsync(folder_fd)
    except OSError as err:
        raise StoreIOError("io.failed", path=str(folder), reason=err.strerror or str(err)) from None
    finally:
        os.close(folder_fd)
    return done


def _write_manifest(folder_fd: int, names: set[str]) -> None:
    body = "".join(f"{n}\n" for n in sorted(names))
    outfile.replace_at(folder_fd, MANIFEST, f"{MANIFEST_HEAD}\n{body}".encode(), None)


class _Ours:
    """The names whose temp files an export may sweep."""

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and (
            name in (MANIFEST, DISPLAYNAME) or ITEM_RE.match(name) is not None
        )


def _open_folder(folder: Path) -> int:
    try:
        info = os.stat(folder)
    except FileNotFoundError:
        info = None
    except NotADirectoryError:
        raise UsageError("vdir.not_dir", path=str(folder)) from None
    except OSError as err:
        raise StoreIOError("io.failed", path=str(folder), reason=err.strerror or str(err)) from None
    if info is not None and not stat.S_ISDIR(info.st_mode):
        raise UsageError("vdir.not_dir", path=str(folder))
    try:
        if info is None:
            os.makedirs(folder, mode=0o700, exist_ok=True)
        return os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except (NotADirectoryError, FileExistsError):
        raise UsageError("vdir.not_dir", path=str(folder)) from None
    except OSError as err:
        raise StoreIOError("io.failed", path=str(folder), reason=err.strerror or str(err)) from None


def _take_turn(folder_fd: int) -> None:
    if fcntl is None:
        return
    # Where flock is missing (some network mounts), exports are simply not serialised.
    with contextlib.suppress(OSError):
        fcntl.flock(folder_fd, fcntl.LOCK_EX)


def _kind(folder_fd: int, name: str) -> int | None:
    """The file type at `name` in the folder, the link itself for a symlink; None if absent."""
    try:
        return stat.S_IFMT(os.stat(name, dir_fd=folder_fd, follow_symlinks=False).st_mode)
    except FileNotFoundError:
        return None


def _left_alone(kind: int, path: str, done: Written) -> None:
    key = {stat.S_IFLNK: "vdir.symlink", stat.S_IFDIR: "vdir.directory"}.get(kind, "vdir.special")
    done.notes.append((key, {"path": path}))


def _read(folder_fd: int, name: str, limit: int) -> bytes | None:
    """The bytes of regular file `name` (None if it is not one or is over `limit`)."""
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    try:
        fd = os.open(name, flags, dir_fd=folder_fd)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        chunks = []
        while chunk := os.read(fd, 1 << 16):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _put(folder_fd: int, folder: Path, name: str, data: bytes, done: Written) -> bool:
    """Write `name` unless it holds the same item already; False when left alone."""
    kind = _kind(folder_fd, name)
    if kind is not None and kind != stat.S_IFREG:
        _left_alone(kind, str(folder / name), done)
        return False
    old = _read(folder_fd, name, max(len(data) * 4, 1 << 20)) if kind is not None else None
    if old is not None and _stamped_out(old) == _stamped_out(data):
        done.unchanged += 1
        return True
    outfile.replace_at(folder_fd, name, data, None)
    done.written += 1
    return True


def _put_displayname(folder_fd: int, folder: Path, label: str, listed: bool, done: Written) -> bool:
    """Name the collection, unless the user named it (a displayname cmagenda did not write)."""
    data = f"{label}\n".encode()
    kind = _kind(folder_fd, DISPLAYNAME)
    if kind is None:
        outfile.replace_at(folder_fd, DISPLAYNAME, data, None)
        return True
    if kind != stat.S_IFREG:
        _left_alone(kind, str(folder / DISPLAYNAME), done)
        return False
    old = _read(folder_fd, DISPLAYNAME, 4096)
    if old == data:
        return True
    if not listed and old != OLD_DISPLAYNAME:
        return False
    outfile.replace_at(folder_fd, DISPLAYNAME, data, None)
    return True


def _remove(folder_fd: int, folder: Path, name: str, done: Written) -> None:
    """Remove an item cmagenda wrote (what now stands there instead is not its own)."""
    kind = _kind(folder_fd, name)
    if kind is None:
        return
    if kind != stat.S_IFREG:
        _left_alone(kind, str(folder / name), done)
        return
    os.unlink(name, dir_fd=folder_fd)
    done.removed += 1


def _read_manifest(folder_fd: int, folder: Path, done: Written) -> tuple[set[str], bool]:
    """The names cmagenda wrote in the folder, and whether the manifest may be rewritten."""
    kind = _kind(folder_fd, MANIFEST)
    if kind is None:
        return set(), True
    data = _read(folder_fd, MANIFEST, MANIFEST_MAX_BYTES) if kind == stat.S_IFREG else None
    lines = data.decode("utf-8", "replace").splitlines() if data is not None else []
    if not lines or lines[0] != MANIFEST_HEAD:
        done.notes.append(("vdir.manifest", {"path": str(folder / MANIFEST)}))
        return set(), False
    # A name that cmagenda would not write is not acted on, whoever put it there.
    names = {n for n in lines[1:] if n == DISPLAYNAME or ITEM_RE.match(n)}
    return names, True


def _in_range(folder_fd: int, name: str, selection: Selection) -> bool:
    """Whether item file `name` is dated inside the selection's range (its DTSTART, else its
    DUE): an unreadable one is not, and stays."""
    data = _read(folder_fd, name, 1 << 20)
    day = _item_day(data) if data is not None else None
    return day is not None and selection.start <= day <= selection.end


def _item_day(data: bytes) -> dt.date | None:
    found = None
    inside = False
    for line in data.split(b"\r\n"):
        if line in (b"BEGIN:VTODO", b"BEGIN:VEVENT"):
            inside = True
        elif inside and line.startswith((b"BEGIN:", b"END:")):
            # The item's own properties come before its VALARM (a VTIMEZONE's DTSTART, before
            # the item, is not its own either).
            break
        elif inside and line.startswith((b"DTSTART", b"DUE")):
            value = line.rpartition(b":")[2][:8]
            try:
                day = dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))
            except ValueError:
                return None
            if line.startswith(b"DTSTART"):
                return day
            found = day
    return found


def _stamped_out(data: bytes) -> bytes:
    # DTSTAMP says when the file was made: an item that changed in nothing else is not
    # rewritten, so that a sync tool does not upload every file again.
    return b"\r\n".join(line for line in data.split(b"\r\n") if not line.startswith(b"DTSTAMP"))
