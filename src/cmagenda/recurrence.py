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
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

from .schema import Checklist, Network, Profile, Template


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


def expand(
    checklist: Checklist, profile: Profile, start: dt.date, end: dt.date
) -> list[Occurrence]:
    """Every occurrence of every enabled template with a date in [start, end]."""
    out: list[Occurrence] = []
    active = [n for n in profile.networks if n in checklist.networks]
    networks = {
        name: profile.posting[name].over(net) if name in profile.posting else net
        for name, net in checklist.networks.items()
    }
    for template in checklist.templates.values():
        if not template.enabled:
            continue
        if template.network is not None and template.network not in active:
            continue
        for day in dates(template, profile.start, start, end):
            out.extend(_slots(template, day, active, networks, profile.timezone))
    return out


def dates(template: Template, anchor: dt.date, start: dt.date, end: dt.date) -> list[dt.date]:
    first = anchor + dt.timedelta(days=template.offset_days)
    if template.rrule is None:
        return [first] if start <= first <= end else []
    if end < first:
        return []
    rule = _compiled(template.rrule, _closer_start(template.rrule, first, start))
    low = dt.datetime.combine(max(start, first), dt.time())
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


WEEKDAY_NAMES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _slots(
    template: Template,
    day: dt.date,
    active: list[str],
    networks: dict[str, Network],
    zone: str,
) -> list[Occurrence]:
    if template.per_network:
        out = []
        for name in active:
            network = networks[name]
            if WEEKDAY_NAMES[day.weekday()] not in network.days:
                continue
            target = (
                str(network.posts_min)
                if network.posts_min == network.posts_max
                else f"{network.posts_min}–{network.posts_max}"
            )
            # The first `posts_min` slots are owed; the rest, up to `posts_max`, are offered.
            for n in range(1, network.posts_max + 1):
                clock = network.times[n - 1] if n <= len(network.times) else None
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
                    )
                )
        return out
    if not template.times:
        return [Occurrence(template, day, slot="", time=None, network=template.network)]
    return [
        Occurrence(
            template, day, slot=clock, time=wall_time(day, clock, zone), network=template.network
        )
        for clock in template.times
    ]


def wall_time(day: dt.date, clock: str, zone: str) -> str:
    """The wall time a duty set at `clock` shows on `day` in `zone` (see the DST policy above)."""
    hour, minute = (int(x) for x in clock.split(":"))
    tz = ZoneInfo(zone)
    local = dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)
    # A round trip through UTC moves a time that falls in a gap forward and leaves others alone.
    real = local.astimezone(dt.UTC).astimezone(tz)
    return f"{real.hour:02d}:{real.minute:02d}"
