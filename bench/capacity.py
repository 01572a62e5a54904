"""How well the plan fits the working day over the first weeks after an arrival.

    python bench/capacity.py [--start 2026-11-23] [--weeks 8] [--zone America/Toronto]
                             [--days]

A community manager arrives on --start with the bundled checklist and the default profile
(French, facebook/instagram/linkedin, Monday to Friday 9h-12h30 and 14h-17h30, the zone's
holidays) and does every task the day it is planned: each day's planned minutes are then the
owed minutes of the tasks planned on it. Prints, over the working days: how many are planned
above their capacity, and of those how many have fixed work (posting slots, timed duties, the
daily routine) that fits on its own; the busiest day; and that planning the range one week at a
time gives the same plan as planning it at once. --days lists every day.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from cmagenda.domain.placement import is_flexible, owed, week_of
from cmagenda.domain.recurrence import Occurrence, expand
from cmagenda.domain.schema import Profile
from cmagenda.domain.workdays import workweek_for
from cmagenda.storage.paths import bundled_checklist
from cmagenda.storage.templates import load_checklist


def hours(minutes: int) -> str:
    return f"{minutes // 60} h {minutes % 60:02d}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--start", default="2026-11-23")
    parser.add_argument("--weeks", type=int, default=8)
    parser.add_argument("--zone", default="America/Toronto")
    parser.add_argument("--week-start", default="monday", choices=["monday", "sunday"])
    parser.add_argument("--days", action="store_true", help="list every day")
    args = parser.parse_args(argv)
    start = dt.date.fromisoformat(args.start)
    end = start + dt.timedelta(days=7 * args.weeks - 1)
    profile = Profile(start=start, timezone=args.zone, language="fr", week_start=args.week_start)
    checklist = load_checklist([bundled_checklist()])
    low, high = week_of(start, profile.week_start)[0], week_of(end, profile.week_start)[1]
    week = workweek_for(profile, low, high)

    at_once = expand(checklist, profile, start, end, week)
    by_week: list[Occurrence] = []
    day = start
    while day <= end:
        last = min(week_of(day, profile.week_start)[1], end)
        by_week += expand(checklist, profile, day, last, week)
        day = last + dt.timedelta(days=1)

    def ids(occs: list[Occurrence]) -> set[tuple[str, str, str, dt.date]]:
        return {(o.template.id, o.slot, o.key_date.isoformat(), o.date) for o in occs}

    days = [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
    working = [d for d in days if week.capacity(d) > 0]
    over, over_fixed_fits, busiest = [], [], (0, start)
    for d in days:
        occs = [o for o in at_once if o.date == d]
        planned = owed(occs)
        fixed = owed(o for o in occs if not is_flexible(o.template))
        capacity = week.capacity(d)
        if capacity and planned > capacity:
            over.append(d)
            if fixed <= capacity:
                over_fixed_fits.append(d)
        if capacity:
            busiest = max(busiest, (planned, d))
        if args.days:
            flag = "  OVER" if capacity and planned > capacity else ""
            flex = ", ".join(o.template.id for o in occs if is_flexible(o.template))
            print(
                f"{d.isoformat()} {d.strftime('%a')}  capacity {hours(capacity):>7}  "
                f"planned {hours(planned):>7}  fixed {hours(fixed):>7}{flag}  {flex}"
            )
    print(
        f"{args.weeks} weeks from {start.isoformat()} ({args.zone}, weeks from {args.week_start}):"
    )
    print(f"  working days: {len(working)}")
    print(f"  planned above capacity: {len(over)}")
    print(f"  of which the fixed work alone fits: {len(over_fixed_fits)}")
    for d in over:
        print(f"    {d.isoformat()}")
    print(f"  busiest working day: {busiest[1].isoformat()} ({hours(busiest[0])})")
    same = ids(at_once) == ids(by_week)
    print(f"  planned at once == planned week by week: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
