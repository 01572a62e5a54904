"""Files the user names for output (`export -o PATH`): written without clobbering what PATH is.

- `-` is standard output, and so are /dev/stdout and /dev/fd/1: the caller writes the bytes there.
- /dev/stderr, /dev/fd/N and /proc/self/fd/N name descriptors this process already holds: the
  bytes go through that descriptor as it is, so `-o /dev/stderr 2>> log` appends as the shell
  asked (opening the path again would start at offset 0, and replacing it would swap the log).
- A regular file, or a name not yet taken, is replaced at once: a temp file in the same folder,
  fsync, os.replace, the folder fsynced; a calendar subscribed to it never reads half a file. A
  symlink to a regular file has its target replaced, as the store does with a synced folder. The
  file keeps its permissions (a calendar served by a web server stays readable); a new one is
  private (0600), like the store.
- A FIFO or a character device (/dev/null, a tty) is opened and written in place: replacing it
  would turn a pipe into a file that nobody reads or, run as root, /dev/null into a regular file.
- A directory, a socket or a block device is refused: none of them can take a calendar, and a
  disk must never be written over by mistake.

Temp files are named `.<name>.<pid>.<12 hex>.tmp` (the store's recipe); one left by a process
that no longer runs (killed between write and rename) is swept by the next write to that name.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat

from cmagenda.domain.errors import StoreIOError, UsageError
from cmagenda.storage.files import process_alive

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Container
    from pathlib import Path

STDOUT = "-"
TEMP_RE = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[0-9a-f]{12}\.tmp$")
OWN_FD_RE = re.compile(
    r"^/(?:dev/(?:std(?P<std>out|err)|fd/(?P<fd>\d+))|proc/self/fd/(?P<proc>\d+))$"
)
# A new file holds the user's planning: private, like the store.
NEW_FILE_MODE = 0o600
REFUSED = {
    stat.S_IFDIR: "output.directory",
    stat.S_IFSOCK: "output.socket",
    stat.S_IFBLK: "output.block",
}


def descriptor(path: str) -> int | None:
    """The descriptor number `path` names (/dev/stdout, /dev/fd/3, /proc/self/fd/3), else None.
    `-` is standard output."""
    if path == STDOUT:
        return 1
    found = OWN_FD_RE.match(os.path.normpath(os.path.abspath(path)))
    if found is None:
        return None
    if found["std"]:
        return 1 if found["std"] == "out" else 2
    return int(found["fd"] or found["proc"])


def is_stdout(path: Path | str) -> bool:
    return descriptor(os.fspath(path)) == 1


def write(path: Path | str, data: bytes) -> None:
    """Write `data` to the file the user named, by the rules above (not for standard output:
    the caller prints it, after flushing what it printed before)."""
    text = os.fspath(path)
    number = descriptor(text)
    if number is not None:
        _write_all(number, data, text)
        return
    try:
        info: os.stat_result | None = os.stat(text)
    except FileNotFoundError:
        info = None
    except NotADirectoryError:
        raise UsageError("output.folder", path=text) from None
    except OSError as err:
        raise StoreIOError("io.failed", path=text, reason=err.strerror or str(err)) from None
    if info is None or stat.S_ISREG(info.st_mode):
        _replace(text, data, info)
    elif stat.S_ISFIFO(info.st_mode) or stat.S_ISCHR(info.st_mode):
        _in_place(text, data)
    else:
        raise UsageError(REFUSED.get(stat.S_IFMT(info.st_mode), "output.socket"), path=text)


def _write_loop(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _write_all(fd: int, data: bytes, shown: str) -> None:
    try:
        _write_loop(fd, data)
    except BrokenPipeError:
        # The reader left: the same quiet end as a closed standard output.
        raise
    except OSError as err:
        raise StoreIOError("io.failed", path=shown, reason=err.strerror or str(err)) from None


def _in_place(path: str, data: bytes) -> None:
    # Opening a FIFO waits for its reader, as the shell's `> fifo` does.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as err:
        raise StoreIOError("io.failed", path=path, reason=err.strerror or str(err)) from None
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            # Swapped for a regular file since it was looked at: writing at offset 0 would
            # leave the old tail behind, so it is replaced like any regular file.
            os.close(fd)
            fd = -1
            try:
                info: os.stat_result | None = os.stat(path)
            except OSError:
                info = None
            _replace(path, data, info)
            return
        _write_all(fd, data, path)
    finally:
        if fd >= 0:
            os.close(fd)


def _replace(path: str, data: bytes, info: os.stat_result | None) -> None:
    target = os.path.realpath(path)
    folder, name = os.path.split(target)
    try:
        folder_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except (FileNotFoundError, NotADirectoryError):
        raise UsageError("output.folder", path=path) from None
    except OSError as err:
        raise StoreIOError("io.failed", path=path, reason=err.strerror or str(err)) from None
    try:
        sweep(folder_fd, {name})
        replace_at(folder_fd, name, data, info)
        os.fsync(folder_fd)
    except OSError as err:
        raise StoreIOError("io.failed", path=path, reason=err.strerror or str(err)) from None
    finally:
        os.close(folder_fd)


def replace_at(folder_fd: int, name: str, data: bytes, info: os.stat_result | None) -> None:
    """Replace `name` in the open folder with `data` at once (the caller fsyncs the folder).
    `info` is the file being replaced: its permissions and owner carry over."""
    tmp = f".{name}.{os.getpid()}.{os.urandom(6).hex()}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
    fd = os.open(tmp, flags, NEW_FILE_MODE, dir_fd=folder_fd)
    try:
        try:
            if info is not None:
                if (info.st_uid, info.st_gid) != (os.geteuid(), os.getegid()):
                    # Run as root on someone's file: it stays theirs (refused otherwise: kept ours).
                    with contextlib.suppress(OSError):
                        os.fchown(fd, info.st_uid, info.st_gid)
                os.fchmod(fd, stat.S_IMODE(info.st_mode))
            _write_loop(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, name, src_dir_fd=folder_fd, dst_dir_fd=folder_fd)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp, dir_fd=folder_fd)
        raise


def sweep(folder_fd: int, names: Container[str]) -> None:
    """Remove the temp files for `names` left in the folder by processes that no longer run."""
    with contextlib.suppress(OSError):
        for entry in os.listdir(folder_fd):
            found = TEMP_RE.match(entry)
            if found and found["name"] in names and not process_alive(int(found["pid"])):
                with contextlib.suppress(OSError):
                    os.unlink(entry, dir_fd=folder_fd)
