"""Placement: flexible duties go to the days of their week that have room.

The working hours give each working day a capacity (0 on a day off or a holiday). Fixed work
stays where the rule puts it: posting slots, duties with check-in times and no window, and the
routine that lapses at the end of its day (`carry = false`). Flexible work is a carried duty
without a time, or with a window (onboarding, the weekly and monthly work): in date order, then
by duty id, each goes to the first working day from its date on, within its window and its
week, where the work already placed leaves room for it; if no day has room, to the day with
the most room left (the earliest of equals), so that an overload is shown where it hurts least
rather than hidden.

Why a week, the profile's week: the placement of a day must not depend on which range of days
happened to be planned together (cron plans a week, `today` a day, `week` seven): each week is
always placed whole, from the checklist and the profile alone, so the same inputs give the same
plan whenever and however it is asked for. A duty never moves before its date (the `after`
order of the onboarding holds), and its id keeps deriving from the date its rule gave.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from cmagenda.domain.recurrence import Occurrence
    from cmagenda.domain.schema import Template
    from cmagenda.domain.workdays import Workweek


def is_flexible(template: Template) -> bool:
    """Whether the planner may move the duty to a day with room (see the module's docstring)."""
    if template.per_network or template.series or not template.carry:
        return False
    return not template.times or template.window_days > 0


def week_of(day: dt.date, week_start: str) -> tuple[dt.date, dt.date]:
    """The first and last day of the profile's week holding `day`."""
    first = 6 if week_start == "sunday" else 0
    start = day - dt.timedelta(days=(day.weekday() - first) % 7)
    return start, start + dt.timedelta(days=6)


def owed(occurrences: Iterable[Occurrence]) -> int:
    """The minutes the occurrences owe (an optional posting slot owes nothing)."""
    return sum(o.template.minutes for o in occurrences if not o.optional)


def place(occurrences: list[Occurrence], week: Workweek, week_start: str) -> list[Occurrence]:
    """`occurrences` with each flexible one on the day it is placed on. Give whole weeks (see
    `week_of`): a week given in part is placed as if the rest of it were empty."""
    load: dict[dt.date, int] = {}
    fixed: list[Occurrence] = []
    flexible: list[Occurrence] = []
    for occ in occurrences:
        if is_flexible(occ.template):
            flexible.append(occ)
        else:
            fixed.append(occ)
            if not occ.optional:
                load[occ.date] = load.get(occ.date, 0) + occ.template.minutes
    placed = list(fixed)
    for occ in sorted(flexible, key=lambda o: (o.date, o.template.id, o.slot)):
        day = _day_for(occ, load, week, week_start)
        load[day] = load.get(day, 0) + occ.template.minutes
        if day != occ.date:
            occ = dataclasses.replace(occ, date=day, rule_date=occ.key_date)
        placed.append(occ)
    return placed


def _day_for(occ: Occurrence, load: dict[dt.date, int], week: Workweek, week_start: str) -> dt.date:
    _, last = week_of(occ.date, week_start)
    if occ.template.window_days:
        last = min(last, occ.date + dt.timedelta(days=occ.template.window_days))
    days = [occ.date + dt.timedelta(days=n) for n in range((last - occ.date).days + 1)]
    candidates = [d for d in days if week.is_working(d)]
    if not candidates:
        return occ.date
    minutes = occ.template.minutes
    for day in candidates:
        if load.get(day, 0) + minutes <= week.capacity(day):
            return day
    return max(candidates, key=lambda d: (week.capacity(d) - load.get(d, 0), -d.toordinal()))
