"""How well the plan fits the working day over the first weeks after an arrival.

    python bench/capacity.py [--start 2026-11-23] [--weeks 8] [--zone America/Toronto]
                             [--week-start monday|sunday] [--hours "09:00-12:30,14:00-17:30"]
                             [--checklist FILE] [--days]

A community manager arrives on --start with the bundled checklist (or --checklist, read over
it) and the default profile (French, facebook/instagram/linkedin, Monday to Friday 9h-12h30 and
14h-17h30 or --hours, the zone's holidays: Europe/Paris gives France's) and does every task the
day it is planned: each day's planned minutes are then the owed minutes of the tasks planned on
it. Prints, over the working days: how many are planned above their capacity, and of those how
many have fixed work (posting slots, timed duties, the daily routine) that fits on its own (the
target: none); the busiest day; how many duties were cut into parts; and that planning the range
one week at a time, one day at a time and in ranges cut at odd days gives the same plan as
planning it at once. --days lists every day.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from cmagenda.domain.placement import is_flexible, owed
from cmagenda.domain.queries import week_bounds
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
    parser.add_argument("--hours", default="09:00-12:30,14:00-17:30", help="working hours")
    parser.add_argument("--checklist", type=Path, help="a checklist read over the bundled one")
    parser.add_argument("--days", action="store_true", help="list every day")
    args = parser.parse_args(argv)
    start = dt.date.fromisoformat(args.start)
    end = start + dt.timedelta(days=7 * args.weeks - 1)
    profile = Profile(
        start=start,
        timezone=args.zone,
        language="fr",
        week_start=args.week_start,
        work_hours=args.hours.split(","),
    )
    files = [bundled_checklist()] + ([args.checklist] if args.checklist else [])
    checklist = load_checklist(files)
    low, high = week_bounds(start, profile.week_start)[0], week_bounds(end, profile.week_start)[1]
    week = workweek_for(profile, low, high)

    at_once = expand(checklist, profile, start, end)

    def cut_at(steps: list[int]) -> list[Occurrence]:
        """The range planned in pieces of `steps` days, in turn."""
        out: list[Occurrence] = []
        day, n = start, 0
        while day <= end:
            last = min(day + dt.timedelta(days=steps[n % len(steps)] - 1), end)
            out += expand(checklist, profile, day, last)
            day, n = last + dt.timedelta(days=1), n + 1
        return out

    by_week: list[Occurrence] = []
    day = start
    while day <= end:
        last = min(week_bounds(day, profile.week_start)[1], end)
        by_week += expand(checklist, profile, day, last)
        day = last + dt.timedelta(days=1)

    def ids(occs: list[Occurrence]) -> set[tuple[str, str, str, dt.date]]:
        return {(o.template.id, o.task_slot, o.key_date.isoformat(), o.date) for o in occs}

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
            flex = ", ".join(
                o.template.id + (f" {o.part}/{o.parts}" if o.parts else "")
                for o in occs
                if is_flexible(o.template)
            )
            print(
                f"{d.isoformat()} {d.strftime('%a')}  capacity {hours(capacity):>7}  "
                f"planned {hours(planned):>7}  fixed {hours(fixed):>7}{flag}  {flex}"
            )
    print(
        f"{args.weeks} weeks from {start.isoformat()} ({args.zone}, weeks from {args.week_start}):"
    )
    print(f"  working days: {len(working)}")
    print(f"  planned above capacity: {len(over)}")
    print(f"  of which the fixed work alone fits: {len(over_fixed_fits)} (target: 0)")
    for d in over:
        print(f"    {d.isoformat()}")
    print(f"  busiest working day: {busiest[1].isoformat()} ({hours(busiest[0])})")
    cut = {(o.template.id, o.key_date, o.slot, o.parts) for o in at_once if o.parts}
    print(f"  duties cut into parts: {len(cut)}")
    same = ids(at_once) == ids(by_week)
    print(f"  planned at once == planned week by week: {same}")
    for steps in ([1], [3, 5, 2], [10, 4]):
        alike = ids(at_once) == ids(cut_at(steps))
        print(f"  planned at once == planned {'+'.join(map(str, steps))} days at a time: {alike}")
        same = same and alike
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
