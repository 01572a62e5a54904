"""Locks: flock on a separate lock file, filelock where flock is absent."""

from __future__ import annotations

import errno
import os
import stat
import time

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any


# Waiting for the lock is said on stderr after this many seconds.
WAIT_NOTICE = 0.5


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
        import fcntl  # POSIX only: where it is missing, filelock takes over
    except ImportError:
        return None
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
    from filelock import FileLock, Timeout  # costs more than `done`: only where flock is missing

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
