"""Recurrence: templates -> occurrences (template, local date, slot, time) in a date window.

Pure and bounded: rules are expanded at date granularity, in naive local dates, between the two
dates asked for; times of day come from a template's `times` (or a network's posting times) and
are placed in the profile's zone afterwards.

DST policy: a time that does not exist on a spring-forward day (02:30 in a 02:00-03:00 gap) is
moved forward by the length of the gap (03:30), as `zoneinfo` does with fold=0; a time that
exists twice on a fall-back day is the first of the two. The slot, and so the id, keeps the time
the template gives, so the same duty on the same day is always the same task.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

from cmagenda.domain import ordering, placement
from cmagenda.domain.schema import Checklist, Network, Profile, Template
from cmagenda.domain.workdays import SHIFT_LOOKBACK, WEEKDAY_NAMES, Workweek, workweek_for


@dataclass(frozen=True)
class Occurrence:
    template: Template
    date: dt.date
    slot: str
    time: str | None
    network: str | None = None
    n: int = 1
    target: str = ""
    optional: bool = False
    # The date the rule gave, when a holiday or a day off shifted the occurrence to `date`.
    rule_date: dt.date | None = None
    # A part of a duty cut to fit the days with room (see `placement`): part of parts, and its
    # minutes (0: the whole duty, `parts` 0).
    part: int = 0
    parts: int = 0
    length: int = 0

    @property
    def key_date(self) -> dt.date:
        """The date the instance id derives from: the rule's, so that a shift keeps the id."""
        return self.rule_date or self.date

    @property
    def minutes(self) -> int:
        return self.length or self.template.minutes

    @property
    def task_slot(self) -> str:
        """The slot the task's id derives from: a part's names the part ("#1/2")."""
        return f"{self.slot}#{self.part}/{self.parts}" if self.parts else self.slot


def expand(
    checklist: Checklist,
    profile: Profile,
    start: dt.date,
    end: dt.date,
    absent: Collection[dt.date] = (),
) -> list[Occurrence]:
    """Every occurrence of every enabled template with a date in [start, end], flexible duties
    placed on the days with room (see `placement`): placed from the latest cut before `start`,
    with the fixed work of the days their windows reach after `end`. The days `absent` (of
    absence) hold no placed work, and the duties that shift off a holiday shift off them too."""
    flexible = [t for t in checklist.templates.values() if t.enabled and placement.is_flexible(t)]
    longest = max([t.window_days for t in flexible] + [6])
    high = end + dt.timedelta(days=longest)
    begins = ordering.begins(checklist.templates, profile.start)
    # Nothing is placed across a yearly cut (see `placement`): no need to look before it.
    floor = max(profile.start, placement.yearly_cut(start, profile.week_start))
    back = 4 * longest
    while True:
        low = max(start - dt.timedelta(days=back + SHIFT_LOOKBACK), floor)
        week = workweek_for(profile, low - dt.timedelta(days=SHIFT_LOOKBACK), high, absent)
        cut = _cut(flexible, profile, begins, week, low, floor, start, longest)
        if cut is not None:
            break
        back *= 2
    placed = placement.place(_expand(checklist, profile, cut, high, week), week, profile.week_start)
    return [o for o in placed if start <= o.date <= end]


def _cut(
    flexible: list[Template],
    profile: Profile,
    begins: dict[str, dt.date],
    week: Workweek,
    low: dt.date,
    floor: dt.date,
    start: dt.date,
    longest: int,
) -> dt.date | None:
    """The latest day up to `start` that no flexible duty dated before it reaches (see
    `placement`), `floor` at the earliest, or None when it may lie before `low` (look further
    back)."""
    if start <= floor:
        return start
    covered: set[dt.date] = set()
    for template in flexible:
        for day, _ in placed_dates(
            template,
            profile.start,
            low,
            start - dt.timedelta(days=1),
            week,
            begins.get(template.id),
        ):
            last = min(placement.reach(template, day, profile.week_start), start)
            covered.update(day + dt.timedelta(days=n) for n in range(1, (last - day).days + 1))
    # Before `low + longest`, a duty dated before `low` (not looked at) may reach the day.
    seen = floor if low <= floor else low + dt.timedelta(days=longest + 1)
    day = start
    while day >= seen:
        if day not in covered:
            return day
        day -= dt.timedelta(days=1)
    return floor if low <= floor else None


def _expand(
    checklist: Checklist, profile: Profile, start: dt.date, end: dt.date, week: Workweek
) -> list[Occurrence]:
    out: list[Occurrence] = []
    active = [n for n in profile.networks if n in checklist.networks]
    networks = {
        name: profile.posting[name].over(net) if name in profile.posting else net
        for name, net in checklist.networks.items()
    }
    begins = ordering.begins(checklist.templates, profile.start)
    series: list[Template] = []
    for template in checklist.templates.values():
        if not template.enabled:
            continue
        if template.network is not None and template.network not in active:
            continue
        if template.series:
            series.append(template)
            continue
        for day, rule_day in placed_dates(
            template, profile.start, start, end, week, begins.get(template.id)
        ):
            out.extend(_slots(template, day, rule_day, active, networks, profile.timezone, week))
    for template in sorted(series, key=lambda t: t.id):
        for day, rule_day in placed_dates(
            template, profile.start, start, end, week, begins.get(template.id)
        ):
            _take_slot(out, template, day, rule_day, profile.timezone, week)
    return out


def placed_dates(
    template: Template,
    anchor: dt.date,
    start: dt.date,
    end: dt.date,
    week: Workweek,
    begin: dt.date | None = None,
) -> list[tuple[dt.date, dt.date]]:
    """(date, rule date) of each occurrence in [start, end], once working days and holidays
    have skipped or shifted the dates the rule gives (none before `begin`, see `ordering`)."""
    policy = template.holiday_policy
    working = template.days == "working"
    if policy == "keep" and not working:
        return [(d, d) for d in dates(template, anchor, start, end, begin)]
    low = start - dt.timedelta(days=SHIFT_LOOKBACK) if policy == "shift" else start
    # A duty dated on a day of absence may go back to an earlier day of its week.
    high = end + dt.timedelta(days=6) if policy == "shift" and week.absent else end
    floor = max(anchor, begin or anchor)
    out = []
    for day in dates(template, anchor, low, high, begin):
        off = (working and day.weekday() not in week.days) or (
            policy != "keep" and day in week.holidays
        )
        if policy == "shift" and day in week.absent and placement.is_flexible(template):
            # Flexible work has a window: the next open day, as off a holiday.
            moved = week.next_working(day)
            if start <= moved <= end:
                out.append((moved, day))
        elif policy == "shift" and day in week.absent:
            moved = week.before_absence(day, floor)
            if start <= moved <= end:
                out.append((moved, day))
        elif not off:
            if start <= day <= end:
                out.append((day, day))
        elif policy == "shift":
            moved = week.next_working(day)
            if start <= moved <= end:
                out.append((moved, day))
    return out


def dates(
    template: Template,
    anchor: dt.date,
    start: dt.date,
    end: dt.date,
    begin: dt.date | None = None,
) -> list[dt.date]:
    """The dates the rule gives in [start, end]; none before `begin` (a one-off duty waits
    until then), the rule keeping its own rhythm from its first date."""
    first = anchor + dt.timedelta(days=template.offset_days)
    if template.rrule is None:
        first = max(first, begin or first)
        return [first] if start <= first <= end else []
    if end < first:
        return []
    rule = _compiled(template.rrule, _closer_start(template.rrule, first, start))
    low = dt.datetime.combine(max(start, first, begin or first), dt.time())
    high = dt.datetime.combine(end, dt.time())
    return [d.date() for d in rule.between(low, high, inc=True)]


PERIOD_DAYS = {"DAILY": 1, "WEEKLY": 7}


def _closer_start(rule: str, first: dt.date, start: dt.date) -> dt.date:
    """A DTSTART nearer `start` that gives the same occurrences from `start` on.

    dateutil walks from DTSTART on every query: with years of history that is most of the cost.
    Moving DTSTART forward by whole periods of the rule (INTERVAL days or weeks, INTERVAL x 12
    months) keeps its phase; a COUNT depends on every earlier occurrence, so it is left alone.
    """
    parts = dict(p.split("=", 1) for p in rule.upper().split(";") if "=" in p)
    if "COUNT" in parts or start <= first:
        return first
    interval = int(parts.get("INTERVAL", "1"))
    freq = parts.get("FREQ", "")
    if freq in PERIOD_DAYS:
        step = PERIOD_DAYS[freq] * interval
        return first + dt.timedelta(days=(start - first).days // step * step)
    if freq in ("MONTHLY", "YEARLY") and (first.month, first.day) != (2, 29):
        # INTERVAL years are a whole number of periods for both frequencies.
        step = interval
        years = (start.year - first.year) // step * step - step
        if years > 0:
            return first.replace(year=first.year + years)
    return first


@lru_cache(maxsize=256)
def _compiled(rule: str, first: dt.date):  # type: ignore[no-untyped-def]
    from dateutil.rrule import rrulestr

    return rrulestr(rule, dtstart=dt.datetime.combine(first, dt.time()))


def _slots(
    template: Template,
    day: dt.date,
    rule_day: dt.date,
    active: list[str],
    networks: dict[str, Network],
    zone: str,
    week: Workweek,
) -> list[Occurrence]:
    shifted = rule_day if rule_day != day else None
    if template.per_network:
        out = []
        for name in active:
            network = networks[name]
            if network.days is None:
                # The bundled cadence: the working days, as the seed's working week has them.
                if not week.is_working(day):
                    continue
            elif WEEKDAY_NAMES[day.weekday()] not in network.days:
                continue
            target = (
                str(network.posts_min)
                if network.posts_min == network.posts_max
                else f"{network.posts_min}–{network.posts_max}"
            )
            # The first `posts_min` slots are owed; the rest, up to `posts_max`, are offered.
            for n in range(1, network.posts_max + 1):
                clock = network.times[n - 1] if n <= len(network.times) else None
                if clock is not None and n <= network.posts_min and week.is_working(day):
                    # An owed post is work: inside the working hours; an optional one may
                    # stay in the evening, where some audiences are.
                    clock = week.place(clock, template.minutes)
                out.append(
                    Occurrence(
                        template,
                        day,
                        slot=f"{name}/{n}",
                        time=wall_time(day, clock, zone) if clock else None,
                        network=name,
                        n=n,
                        target=target,
                        optional=n > network.posts_min,
                        rule_date=shifted,
                    )
                )
        return out
    # Routine that lapses with its day, on a weekday the profile does not work (the weekend
    # check-ins of a Monday-to-Friday worker): offered, never owed, so never missed.
    optional = not template.carry and day.weekday() not in week.days
    if not template.times:
        return [
            Occurrence(
                template,
                day,
                slot="",
                time=None,
                network=template.network,
                optional=optional,
                rule_date=shifted,
            )
        ]
    return [
        Occurrence(
            template,
            day,
            slot=clock,
            time=wall_time(day, _placed(template, clock, day, week), zone),
            network=template.network,
            optional=optional,
            rule_date=shifted,
        )
        for clock in template.times
    ]


def _placed(template: Template, clock: str, day: dt.date, week: Workweek) -> str:
    """A check-in time inside the working hours, on a working day (or for a working-day duty
    shifted off one); a duty on a day off keeps its time: that day has no hours."""
    if template.days == "working" or week.is_working(day):
        return week.place(clock, template.minutes)
    return clock


def _take_slot(
    out: list[Occurrence],
    template: Template,
    day: dt.date,
    rule_day: dt.date,
    zone: str,
    week: Workweek,
) -> None:
    """Put a themed series in a posting slot of its network that day: the one at its time, else
    the first owed one no other series took; a slot of its own after them when none is left."""
    network = template.network
    slots = [
        (i, o)
        for i, o in enumerate(out)
        if o.date == day and o.network == network and o.template.per_network
    ]
    wanted = template.times[0] if template.times else None
    at_time = [
        (i, o) for i, o in slots if wanted is not None and o.time == wall_time(day, wanted, zone)
    ]
    owed = sorted((p for p in slots if not p[1].optional), key=lambda p: p[1].n)
    spare = sorted((p for p in slots if p[1].optional), key=lambda p: p[1].n)
    choices = at_time or owed or spare
    shifted = rule_day if rule_day != day else None
    if not choices:
        taken = [o.n for o in out if o.date == day and o.network == network]
        n = max(taken, default=0) + 1
        clock = _placed(template, wanted, day, week) if wanted else None
        out.append(
            Occurrence(
                template,
                day,
                slot=f"{network}/{n}",
                time=wall_time(day, clock, zone) if clock else None,
                network=network,
                n=n,
                rule_date=shifted,
            )
        )
        return
    index, slot = choices[0]
    out[index] = Occurrence(
        template,
        day,
        slot=slot.slot,
        time=slot.time,
        network=network,
        n=slot.n,
        target=slot.target,
        optional=False,
        rule_date=shifted,
    )


def wall_time(day: dt.date, clock: str, zone: str) -> str:
    """The wall time a duty set at `clock` shows on `day` in `zone` (see the DST policy above)."""
    hour, minute = (int(x) for x in clock.split(":"))
    tz = ZoneInfo(zone)
    local = dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)
    # A round trip through UTC moves a time that falls in a gap forward and leaves others alone.
    real = local.astimezone(dt.UTC).astimezone(tz)
    return f"{real.hour:02d}:{real.minute:02d}"
