"""Placement: flexible duties go to the days of their window that have room, in parts if need be.

The working hours give each working day a capacity (0 on a day off or a holiday). Fixed work
stays where the rule puts it: posting slots, duties with check-in times and no window, and the
routine that lapses at the end of its day (`carry = false`). Flexible work is a carried duty
without a time, or with a window (onboarding, the weekly and monthly work). In date order, then
by duty id, each goes to the first working day of its reach where the work already placed leaves
room for it. Its reach: from its date to the end of its window (`window_days`, which may cross
into the next week), or to the end of the profile's week for a duty without a window.

Parts: when no day of its reach has room for the whole duty, it is cut into the fewest equal
parts (none shorter than `MIN_PART`, so nothing is cut into crumbs) that go, in order, to
successive days of its reach with room. A part is a task of its own: its slot is the duty's
slot and "#k/n", so its id derives from (duty, rule date, slot, part), never from the day it is
placed on. When even parts do not fit, the duty stays whole and goes to the day with the most room
left (the earliest of equals): an overload is shown where it hurts least rather than hidden.

Why a cut: the placement of a day must not depend on which range of days happened to be planned
together (cron plans a week, `today` a day, `week` seven). A cut is a day that no flexible duty
dated before it can reach; nothing before a cut weighs on the days after it. Placing from any cut
on before the days asked for therefore gives the same plan, from the checklist, the profile and
the holidays alone, and costs only the days since the latest cut (not since the arrival). Long
windows can chain for months without a free day, so there is also a cut once a year, at the
first day of the week holding 1 July (a quiet week in both hemispheres' office years): a duty
dated before it is never placed on or after it. Planning costs at most a year back. A duty
never moves before its date (the `after` order of the onboarding holds), and its id keeps
deriving from the date its rule gave.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

from cmagenda.domain.queries import week_bounds

TYPE_CHECKING = False
if TYPE_CHECKING:
    from cmagenda.domain.recurrence import Occurrence
    from cmagenda.domain.schema import Template
    from cmagenda.domain.workdays import Workweek

# The shortest part a duty is cut into: half an hour is still a sitting of real work.
MIN_PART = 30


def is_flexible(template: Template) -> bool:
    """Whether the planner may move the duty to a day with room (see the module's docstring)."""
    if template.per_network or template.series or not template.carry:
        return False
    return not template.times or template.window_days > 0


def yearly_cut(day: dt.date, week_start: str) -> dt.date:
    """The latest yearly cut up to `day`: the first day of the week holding 1 July."""
    cut = week_bounds(dt.date(day.year, 7, 1), week_start)[0]
    return cut if cut <= day else week_bounds(dt.date(day.year - 1, 7, 1), week_start)[0]


def reach(template: Template, day: dt.date, week_start: str) -> dt.date:
    """The last day a flexible duty dated `day` may be placed on (never past a yearly cut)."""
    if template.window_days:
        last = day + dt.timedelta(days=template.window_days)
    else:
        last = week_bounds(day, week_start)[1]
    following = week_bounds(dt.date(day.year, 7, 1), week_start)[0]
    if following <= day:
        following = week_bounds(dt.date(day.year + 1, 7, 1), week_start)[0]
    return min(last, following - dt.timedelta(days=1))


def owed(occurrences: Iterable[Occurrence]) -> int:
    """The minutes the occurrences owe (an optional posting slot owes nothing)."""
    return sum(o.minutes for o in occurrences if not o.optional)


def place(occurrences: list[Occurrence], week: Workweek, week_start: str) -> list[Occurrence]:
    """`occurrences` with each flexible one on the day it is placed on (or cut into parts).
    Give every occurrence from a cut on (see the module's docstring), and the fixed ones up to
    the reach of the last flexible one: the days after the last given are taken as empty."""
    load: dict[dt.date, int] = {}
    fixed: list[Occurrence] = []
    flexible: list[Occurrence] = []
    for occ in occurrences:
        if is_flexible(occ.template):
            flexible.append(occ)
        else:
            fixed.append(occ)
            if not occ.optional:
                load[occ.date] = load.get(occ.date, 0) + occ.minutes
    placed = list(fixed)
    reaches = {id(o): reach(o.template, o.date, week_start) for o in flexible}
    for occ in sorted(flexible, key=lambda o: (reaches[id(o)], o.date, o.template.id, o.slot)):
        last = reaches[id(occ)]
        span = (last - occ.date).days + 1
        days = [occ.date + dt.timedelta(days=n) for n in range(span)]
        days = [d for d in days if week.is_open(d)] or [occ.date]
        for day, minutes, part, parts in _spread(occ.minutes, days, load, week):
            load[day] = load.get(day, 0) + minutes
            if parts > 1:
                occ_part = dataclasses.replace(
                    occ, date=day, rule_date=occ.key_date, part=part, parts=parts, length=minutes
                )
                placed.append(occ_part)
            elif day != occ.date:
                placed.append(dataclasses.replace(occ, date=day, rule_date=occ.key_date))
            else:
                placed.append(occ)
    return placed


def _spread(
    minutes: int, days: list[dt.date], load: dict[dt.date, int], week: Workweek
) -> list[tuple[dt.date, int, int, int]]:
    """(day, minutes, part, parts) for a duty of `minutes` that may go on `days` (not empty)."""
    room = {d: week.capacity(d) - load.get(d, 0) for d in days}
    for day in days:
        if minutes <= room[day]:
            return [(day, minutes, 1, 1)]
    for parts in range(2, minutes // MIN_PART + 1):
        sizes = _sizes(minutes, parts)
        chosen: list[dt.date] = []
        rest = iter(days)
        for size in sizes:
            found = next((d for d in rest if size <= room[d]), None)
            if found is None:
                break
            chosen.append(found)
        else:
            return [(d, s, k, parts) for k, (d, s) in enumerate(zip(chosen, sizes, strict=True), 1)]
    return [(max(days, key=lambda d: (room[d], -d.toordinal())), minutes, 1, 1)]


def _sizes(minutes: int, parts: int) -> list[int]:
    """`minutes` in `parts` as equal as can be, in whole 5 minutes when it divides so."""
    unit = 5 if minutes % 5 == 0 else 1
    share, extra = divmod(minutes // unit, parts)
    return [unit * (share + (1 if k < extra else 0)) for k in range(parts)]
