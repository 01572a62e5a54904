"""Files: the one way cmagenda reads a file it did not just write, and decodes JSON from it.

`safe_read` opens without blocking and refuses what is not a regular file before reading a byte
(a FIFO would hang the command, /dev/zero would fill the memory), then reads at most the cap and
one byte more, so an oversized file is refused without being read whole. Both refusals are
`OSError`s, so callers that already turn a failed read into their own message keep doing so.
`decode_json` refuses nesting deeper than cmagenda ever writes before the parser recurses, long
integers, duplicate keys and the NaN/Infinity constants.
"""

from __future__ import annotations

import json
import os
import stat

from cmagenda.domain import limits

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any


def process_alive(pid: int) -> bool:
    """Whether process `pid` may still be running, so that a temp file it made may be in use
    (a process of another user counts as alive)."""
    if pid == os.getpid() or os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def numbered(folder: Path | str, prefix: str) -> tuple[str, list[int]]:
    """The next free `folder/PREFIX<N>`, and the numbers already taken, in order."""
    taken = sorted(
        int(n[len(prefix) :])
        for n in os.listdir(folder)
        if n.startswith(prefix) and n[len(prefix) :].isdigit()
    )
    return os.path.join(folder, f"{prefix}{(taken[-1] + 1) if taken else 1}"), taken


class NotRegularFile(OSError):
    """A FIFO, device, directory or socket where a file was expected (`kind`: the message key
    `file.KIND` that says so)."""

    def __init__(self, path: Path | str, kind: str) -> None:
        super().__init__(f"not a regular file ({kind})")
        self.strerror = f"not a regular file ({kind})"
        self.path = str(path)
        self.kind = kind


class TooBig(OSError):
    def __init__(self, path: Path | str, limit: int) -> None:
        super().__init__(f"larger than {limit} bytes")
        self.strerror = f"larger than {limit} bytes"
        self.path = str(path)
        self.limit = limit


def _kind(mode: int) -> str:
    """What the file is, as the message keys `file.KIND` name it."""
    if stat.S_ISDIR(mode):
        return "directory"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special"


def safe_read(path: Path | str, cap: int) -> bytes:
    """The bytes of the regular file at `path` (symlinks followed), at most `cap` of them.

    Raises FileNotFoundError and the other OSErrors of open/read, NotRegularFile, TooBig."""
    # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(path, _kind(info.st_mode))
        if info.st_size > cap:
            raise TooBig(path, cap)
        chunks = []
        left = cap + 1  # one byte over the cap: a file that grew while being read is refused too
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > cap:
        raise TooBig(path, cap)
    return data


# Everything that is not a bracket, for the nesting pre-scan.
_NOT_BRACKET = bytes(c for c in range(256) if c not in b"[]{}")


def json_depth(data: bytes) -> int:
    """How deeply the arrays and objects of the JSON text `data` nest (0 for a scalar)."""
    import re  # only imports pay for it: the morning path reads files without `re`

    strings = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)  # escapes included
    brackets = strings.sub(b"", data).translate(None, _NOT_BRACKET)
    depth = deepest = 0
    opening = b"[{"
    for char in brackets:
        if char in opening:
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Built in C, then the keys counted: a Python loop here was a third of reading a month.
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"duplicate key {key!r}")
            seen.add(key)
    return out


def _constant(name: str) -> Any:
    raise ValueError(f"{name} is not a valid value")


def _int(text: str) -> int:
    if len(text.lstrip("-")) > limits.INT_DIGITS:
        raise ValueError(f"a number has more than {limits.INT_DIGITS} digits")
    return int(text)


def decode_json(data: bytes, *, foreign: bool = False) -> Any:
    """The JSON value in `data` (UTF-8); ValueError (UnicodeDecodeError among them) saying why
    it cannot be one cmagenda would have written.

    `foreign` (a file from elsewhere: an import) adds the nesting pre-scan and the integer
    width check. The store's own files skip both (they cost 5x the parse of a month file, on
    the morning path); the parser's recursion guard and the fields' range checks cover them."""
    text = data.decode("utf-8")
    if foreign and json_depth(data) > limits.JSON_DEPTH:
        raise ValueError(f"nested more than {limits.JSON_DEPTH} levels deep")
    try:
        return json.loads(
            text,
            object_pairs_hook=_object,
            parse_constant=_constant,
            parse_int=_int if foreign else None,
        )
    except RecursionError:
        raise ValueError(f"nested more than {limits.JSON_DEPTH} levels deep") from None
