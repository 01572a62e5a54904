"""Errors: the one `CmagendaError` hierarchy; each class carries the exit code the CLI returns.

An error holds a message key and its parameters rather than a sentence, so that the CLI boundary
can say it in the user's language (see `messages`).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class CmagendaError(Exception):
    """Base class: a failure the user can act on, reported without a traceback."""

    exit_code = 1

    def __init__(self, key: str, /, *, details: list[str] | None = None, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params
        # Lines shown under the message: every problem found in a file, the candidates of a prefix.
        self.details = details or []

    def __str__(self) -> str:
        return f"{self.key} {self.params}"


class UsageError(CmagendaError):
    """Bad arguments: a date that does not parse, a zone that does not exist."""

    exit_code = 2


class ChecklistError(CmagendaError):
    """A checklist or config file is invalid; `details` lists every error found."""

    exit_code = 3


class StoreUnreadableError(CmagendaError):
    """The store is corrupt, truncated or written by a newer cmagenda: never overwritten."""

    exit_code = 4


class UnknownIdError(CmagendaError):
    """An id or prefix that matches no task, or more than one."""

    exit_code = 5


class StoreIOError(CmagendaError):
    """The file system refused a read or write (disk full, read-only, permission)."""

    exit_code = 6


class StoreLockedError(CmagendaError):
    """Another cmagenda kept the store locked past the timeout."""

    exit_code = 7


class SyncError(CmagendaError):
    """The CalDAV server refused, failed or went away during `sync`: both sides are left
    consistent, and the next sync converges."""

    exit_code = 8


EXIT_INTERRUPTED = 130
