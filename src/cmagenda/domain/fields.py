"""Fields: the values of a stored record's JSON (tasks, posts, absences, ideas, readings) read
and checked one by one, and the times and names they hold. Pure, standard library only: the
morning path reads every task of its months through these.
"""

from __future__ import annotations

import datetime as dt

from cmagenda.domain import limits

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# The largest number a task's minutes or window may hold.
WHOLE = 100_000


def is_time(value: str) -> bool:
    """HH:MM, 00:00 to 23:59."""
    return (
        len(value) == 5
        and value[2] == ":"
        and value[:2].isdigit()
        and value[3:].isdigit()
        and value.isascii()
        and int(value[:2]) < 24
        and int(value[3:]) < 60
    )


def check_time(value: str) -> str:
    if not is_time(value):
        raise ValueError(f"time {value!r} is not HH:MM (00:00 to 23:59)")
    return value


def check_name(value: str) -> str:
    """A person's name (`me`, an assignee): 1 to limits.NAME characters once trimmed, on one
    line, nothing invisible."""
    name = value.strip()
    if not 1 <= len(name) <= limits.NAME:
        raise ValueError(f"a name has 1 to {limits.NAME} characters")
    if any(ord(c) < 32 or 127 <= ord(c) < 160 or c in limits.INVISIBLE for c in name):
        raise ValueError("a name is one line of visible characters")
    return name


def stamp(when: dt.datetime | None) -> str | None:
    """`when` as stored: ISO 8601 in UTC, to the second."""
    if when is None:
        return None
    return when.astimezone(dt.UTC).replace(microsecond=0).isoformat()


def changed_of(raw: dict[str, Any]) -> dt.datetime | None:
    """The `changed` time of a stored item; None when the item predates it."""
    if raw.get("changed") is None:
        return None
    return maybe_datetime(raw, "changed")


def newer(theirs: dt.datetime | None, ours: dt.datetime | None) -> bool:
    """Whether `theirs` was changed after `ours` (never changed is older than any change; a tie
    keeps ours)."""
    if theirs is None:
        return False
    return ours is None or theirs > ours


def text(raw: dict[str, Any], key: str) -> str:
    value = raw[key]
    if not isinstance(value, str):
        raise ValueError(f"{key} must be a string")
    return value


def maybe_text(raw: dict[str, Any], key: str) -> str | None:
    return None if raw[key] is None else text(raw, key)


def maybe_datetime(raw: dict[str, Any], key: str) -> dt.datetime | None:
    if raw[key] is None:
        return None
    value = dt.datetime.fromisoformat(text(raw, key))
    if value.tzinfo is None:
        raise ValueError(f"{key} has no UTC offset")
    return value


def whole(raw: dict[str, Any], key: str) -> int:
    value = raw[key]
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= WHOLE:
        raise ValueError(f"{key} must be a whole number")
    return value


def flag(raw: dict[str, Any], key: str) -> bool:
    value = raw[key]
    if not isinstance(value, bool):
        raise ValueError(f"{key} must be true or false")
    return value
