"""Absences: the days the user is away (`off FROM TO`), when nothing is owed.

Pure: ranges in, ranges out. A day inside an absence owes no duty and no post: a todo task
dated then is shown as "off" (never missed, never carried forward), its posting slots are
not owed, and its capacity is 0 (`capacity`). Ranges never overlap: a new one that touches an
existing one is refused, naming it, rather than merged, since merging would silently change
a reason the user typed and what `off rm` later takes back.
"""

from __future__ import annotations

import datetime as dt

from cmagenda.domain import limits
from cmagenda.domain.fields import changed_of, stamp
from cmagenda.domain.records import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

# An absence lasts at most a year: beyond it, the dates are a typo.
MAX_DAYS = 366
# Enough for years of vacations; a file holding more was not written by cmagenda.
MAX_ABSENCES = 1000
KEYS = frozenset({"start", "end", "reason", "changed"})


class Absence(Record):
    __slots__ = ("changed", "end", "reason", "start")

    def __init__(
        self,
        start: dt.date,
        end: dt.date,
        reason: str | None = None,
        changed: dt.datetime | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.reason = reason
        self.changed = changed

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def holds(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def overlaps(self, other: Absence) -> bool:
        return self.start <= other.end and other.start <= self.end

    def dump(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "reason": self.reason,
            "changed": stamp(self.changed),
        }


def absence_from_json(raw: Any) -> Absence:
    """The absence `raw` (as `Absence.dump` wrote it) describes; ValueError naming what is wrong."""
    if not isinstance(raw, dict) or raw.keys() != KEYS:
        raise ValueError("an absence has unexpected or missing keys")
    if not isinstance(raw["start"], str) or not isinstance(raw["end"], str):
        raise ValueError("an absence's start and end are dates")
    start = dt.date.fromisoformat(raw["start"])
    end = dt.date.fromisoformat(raw["end"])
    if end < start or (end - start).days >= MAX_DAYS:
        raise ValueError(f"absence {start} to {end}: not 1 to {MAX_DAYS} days")
    reason = raw["reason"]
    if reason is not None and (
        not isinstance(reason, str) or not 1 <= len(reason) <= limits.REASON
    ):
        raise ValueError(f"absence {start}: reason must have 1 to {limits.REASON} characters")
    return Absence(start, end, reason, changed_of(raw))


def parse(entries: Any) -> list[Absence]:
    """The stored list, checked: ranges in order, none overlapping."""
    if not isinstance(entries, list) or len(entries) > MAX_ABSENCES:
        raise ValueError(f"absences must be a list of at most {MAX_ABSENCES}")
    out = ordered(absence_from_json(e) for e in entries)
    for n in range(1, len(out)):
        before, after = out[n - 1], out[n]
        if before.overlaps(after):
            raise ValueError(f"absences {before.start} and {after.start} overlap")
    return out


def ordered(absences: Iterable[Absence]) -> list[Absence]:
    return sorted(absences, key=lambda a: (a.start, a.end))


def clashing(absences: Iterable[Absence], new: Absence) -> Absence | None:
    """The first stored absence `new` overlaps, if any."""
    return next((a for a in ordered(absences) if a.overlaps(new)), None)


def on(absences: Iterable[Absence], day: dt.date) -> Absence | None:
    """The absence holding `day`, if any."""
    return next((a for a in absences if a.holds(day)), None)


def days_off(absences: Iterable[Absence], start: dt.date, end: dt.date) -> dict[dt.date, str]:
    """The days off from `start` to `end`, each with its reason ("" when none was given)."""
    out = {}
    for absence in absences:
        day = max(absence.start, start)
        while day <= min(absence.end, end):
            out[day] = absence.reason or ""
            day += dt.timedelta(days=1)
    return out


def capacity(day: dt.date, absences: Iterable[Absence], minutes: int) -> int:
    """The minutes of work `day` holds: none on a day off, else `minutes` (the working hours'
    capacity, wherever it is worked out)."""
    return 0 if on(absences, day) is not None else minutes
