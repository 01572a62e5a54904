"""Streams: UTF-8 standard streams, a closed pipe, the lock wait (stdlib)."""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping


# A reader that closed the pipe early (`cmagenda week | head -1`) ends the run quietly, with the
# status of a process killed by SIGPIPE, as the shell's own tools do.
EXIT_PIPE = 141


def pipe_closed() -> int:
    """After a write to a closed pipe: nothing more reaches it, not even the interpreter's last
    flush (which would print a traceback-like "Exception ignored" line)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (a test's capture): nothing will flush to a pipe
    return EXIT_PIPE


def utf8_streams() -> None:
    """Cron may hand us a C or Latin-1 locale: say everything in UTF-8 rather than fail on "é"."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


def utf8_args(args: list[str], encoding: str) -> list[str]:
    """The arguments as typed. Cron may run us in a Latin-1 locale while the crontab line was
    written in UTF-8, as nearly every editor writes today: an argument whose bytes are valid
    UTF-8 means that text; any other keeps the locale's reading."""
    if encoding.lower().replace("-", "").replace("_", "") == "utf8":
        return args
    out = []
    for arg in args:
        try:
            out.append(arg.encode(encoding, "surrogateescape").decode("utf-8"))
        except UnicodeError:
            out.append(arg)
    return out


def lock_timeout(env: Mapping[str, str]) -> float:
    """Seconds to wait for the store's lock (`CMAGENDA_LOCK_TIMEOUT`, default 10)."""
    try:
        return float(env.get("CMAGENDA_LOCK_TIMEOUT", "10"))
    except ValueError:
        return 10.0
