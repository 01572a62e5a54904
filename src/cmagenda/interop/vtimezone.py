"""VTIMEZONE: a zone's rules as iCalendar states them, the same whatever is exported.

A VTIMEZONE cut to the exported span (what `icalendar` builds from a tzinfo) changes when the
span does: crossing New Year would rewrite every timed item, and a sync tool would upload them
all again. This one depends on the zone alone (and the zone database): its offset changes
from FIRST_YEAR to LAST_YEAR, each run of yearly changes on the same rule ("the second Sunday
of March at 02:00") said as one RRULE, the last run left open so that clients carry it on.
No COMMENT: libical's restriction check refuses one directly under VTIMEZONE.
"""

from __future__ import annotations

import datetime as dt
import functools
from zoneinfo import ZoneInfo

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

FIRST_YEAR, LAST_YEAR = 1970, 2037
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class _Change:
    """One offset change: the UTC instant, the offsets before and after, the name after."""

    def __init__(self, at: dt.datetime, before: dt.timedelta, zone: ZoneInfo) -> None:
        after = at.astimezone(zone)
        self.at = at
        self.before = before
        self.after = after.utcoffset() or dt.timedelta(0)
        self.name = after.tzname() or ""
        self.dst = bool(after.dst())
        # RFC 5545: DTSTART is the local time in effect before the change.
        self.local = (at + before).replace(tzinfo=None)

    def state(self) -> tuple[Any, ...]:
        local = self.local
        return (self.dst, self.before, self.after, self.name, local.month, local.weekday(),
                local.time())  # fmt: skip

    def ordinals(self) -> set[int]:
        """Which "nth weekday of the month" this day is: n from the start, -1 if the last."""
        day = self.local.day
        found = {(day - 1) // 7 + 1}
        following = self.local + dt.timedelta(days=7)
        if following.month != self.local.month:
            found.add(-1)
        return found


def _changes(zone: ZoneInfo) -> list[_Change]:
    """The offset changes from FIRST_YEAR to the end of LAST_YEAR: a day's step, then halving
    down to the second where the offset moved."""
    found = []
    moment = dt.datetime(FIRST_YEAR, 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(LAST_YEAR + 1, 1, 1, tzinfo=dt.UTC)
    step = dt.timedelta(days=1)
    offset = moment.astimezone(zone).utcoffset()
    state = (offset, moment.astimezone(zone).tzname())
    while moment < end:
        ahead = moment + step
        after = ahead.astimezone(zone)
        if (after.utcoffset(), after.tzname()) != state:
            low, high = moment, ahead
            while high - low > dt.timedelta(seconds=1):
                middle = low + (high - low) / 2
                seen = middle.astimezone(zone)
                if (seen.utcoffset(), seen.tzname()) == state:
                    low = middle
                else:
                    high = middle
            high = high.replace(microsecond=0)
            found.append(_Change(high, state[0] or dt.timedelta(0), zone))
            seen = high.astimezone(zone)
            state = (seen.utcoffset(), seen.tzname())
        moment = ahead
    return found


def _runs(changes: list[_Change]) -> list[tuple[list[_Change], int | None]]:
    """Changes grouped into yearly runs on one rule, each with the ordinal its RRULE says."""
    runs: list[tuple[list[_Change], set[int]]] = []
    open_runs: dict[tuple[Any, ...], int] = {}
    for change in changes:
        key = change.state()
        at = open_runs.get(key)
        if at is not None:
            members, ordinals = runs[at]
            common = ordinals & change.ordinals()
            if members[-1].local.year + 1 == change.local.year and common:
                members.append(change)
                runs[at] = (members, common)
                continue
        open_runs[key] = len(runs)
        runs.append(([change], change.ordinals()))
    # Of two ordinals that both fit, the last one says the rule as zones usually mean it.
    return [(m, (-1 if -1 in o else min(o)) if len(m) > 1 else None) for m, o in runs]


@functools.cache
def component(name: str) -> Any:
    """The VTIMEZONE for zone `name` (cached: a vdir export builds one per timed item)."""
    # icalendar, ~100 ms: only exports and sync load it.
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

    zone = ZoneInfo(name)
    tz = Timezone()
    tz.add("tzid", name)
    changes = _changes(zone)
    if not changes:
        start = dt.datetime(FIRST_YEAR, 1, 1, tzinfo=dt.UTC).astimezone(zone)
        part = TimezoneDaylight() if start.dst() else TimezoneStandard()
        offset = start.utcoffset() or dt.timedelta(0)
        part.add("dtstart", dt.datetime(FIRST_YEAR, 1, 1))
        part.add("tzoffsetfrom", offset)
        part.add("tzoffsetto", offset)
        if start.tzname():
            part.add("tzname", start.tzname())
        tz.add_component(part)
        return tz
    for members, ordinal in _runs(changes):
        first = members[0]
        part = TimezoneDaylight() if first.dst else TimezoneStandard()
        part.add("dtstart", first.local)
        part.add("tzoffsetfrom", first.before)
        part.add("tzoffsetto", first.after)
        if first.name:
            part.add("tzname", first.name)
        if ordinal is not None:
            rule: dict[str, Any] = {
                "freq": "yearly",
                "bymonth": first.local.month,
                "byday": f"{ordinal}{DAYS[first.local.weekday()]}",
            }
            # A run still going at the span's end goes on: the zone's rule today.
            if members[-1].local.year < LAST_YEAR:
                rule["until"] = members[-1].at
            part.add("rrule", vRecur(rule))
        tz.add_component(part)
    return tz


def zones_used(items: list[Any]) -> list[str]:
    """The TZIDs the items' dates name, sorted."""
    found = set()
    for item in items:
        for sub in item.walk():
            for value in sub.values():
                values = value if isinstance(value, list) else [value]
                for one in values:
                    params = getattr(one, "params", None)
                    if params and "TZID" in params:
                        found.add(str(params["TZID"]))
    return sorted(found)
