"""Undo steps kept in the month file they belong to, until the store's undo log takes them.

A `done`, `skip` or `move` served by the fast path changes one month file. Writing its undo step
to `undo.json` as well would make it a two-file change, which the journal makes all-or-nothing
at the cost of 7 fsyncs (two temps, the journal, and each folder before and after the renames).
Instead the step rides in the month file itself, in its `"undo"` list: one file replaced, so the
change and what undoes it reach the disk together or not at all, for 2 fsyncs (the temp and the
folder). A `move` to another month changes two month files: they go through the journal, the
step in the first, and undo.json stays out of it.

Such a month is marked by an empty file `store/.undo-YYYY-MM`, created (and its folder synced)
before the month file is first replaced with a step inside: a marked month may hold steps, an
unmarked one holds none. Every other command that takes the lock folds the marked months' steps
into `undo.json` first (one journalled change: the months rewritten without them, the undo log
with them, oldest first by their `seq`), then removes the marks. So `undo` and every writer of
the full path only ever see `undo.json`, and a month file never loses a step: a marker left by a
crash is harmless (nothing to fold), and a step already in `undo.json` (a month put back from a
backup) is not taken twice.
"""

from __future__ import annotations

import contextlib
import os
import re

from cmagenda.storage.atomic import sync_dir

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

PREFIX = ".undo-"
_MARK = re.compile(r"^\.undo-(\d{4}-\d{2})$")


def marked(folder: Path | str) -> set[str]:
    """The months of `folder` (the store) marked as holding undo steps."""
    try:
        names = os.listdir(folder)
    except OSError:
        return set()
    return {m[1] for m in map(_MARK.match, names) if m is not None}


def mark(folder: Path | str, key: str, *, durable: bool = True) -> None:
    """Mark month `key`, durably: done before its file gets a step, so that no step is ever
    on disk in a month that nothing points to. Not `durable` when a journal syncs the folder
    before the month is replaced (a change to several months)."""
    fd = os.open(os.path.join(folder, f"{PREFIX}{key}"), os.O_WRONLY | os.O_CREAT, 0o600)
    os.close(fd)
    if durable:
        sync_dir(os.fspath(folder))


def unmark(folder: Path | str, keys: set[str]) -> None:
    # Not synced: a mark that comes back after a crash only costs a look at its month.
    for key in keys:
        with contextlib.suppress(OSError):
            os.unlink(os.path.join(folder, f"{PREFIX}{key}"))


def check(steps: object) -> list[dict[str, Any]]:
    """A month file's `"undo"` list, checked: [{"seq": N, "record": {... "months": {...}}}]."""
    if not isinstance(steps, list):
        raise ValueError("undo must be a list")
    for step in steps:
        if (
            not isinstance(step, dict)
            or set(step) != {"seq", "record"}
            or not isinstance(step["seq"], int)
            or isinstance(step["seq"], bool)
            or not isinstance(step["record"], dict)
            or not isinstance(step["record"].get("months"), dict)
        ):
            raise ValueError("bad undo step")
    return steps


def folded(entries: list[dict[str, Any]], steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`entries` (undo.json's) followed by the `steps` it does not hold yet, oldest first."""
    out = list(entries)
    for step in sorted(steps, key=lambda s: int(s["seq"])):
        if step["record"] not in out:
            out.append(step["record"])
    return out
