"""Report and export selection: what a period holds."""

from __future__ import annotations

import datetime as dt

from cmagenda.domain import reports, slots
from cmagenda.domain.errors import UsageError
from cmagenda.domain.month import month_key
from cmagenda.interop.ical import ALARM_MINUTES, Selection, profile_tag
from cmagenda.usecases.planning import plan
from cmagenda.usecases.session import Session, days_off

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def report(session: Session, day: dt.date, kind: str) -> tuple[Any, Any]:
    """The summary of the week or month holding `day`, and of the period before it; reads only
    the month files of the two periods."""

    week_start = session.profile.week_start
    start, end = reports.period_bounds(day, kind, week_start)
    low, high = reports.previous_bounds(start, kind, week_start)
    plan(session, session.real_today, [session.real_today])
    # A period is a week or a month: its ends and the previous period's name every month it spans.
    months = session.store().read_months({month_key(d) for d in (low, high, start, end)})
    today = session.real_today
    off = days_off(session.store())
    now = reports.summarise(months, start, end, today, off)
    before = reports.summarise(months, low, high, today, off)
    now.kpis = reports.courses(session.store().read_kpis(), start, end, kind, week_start)
    return now, (before if before.overall.total else None)


# An export spans at most two years: enough for any calendar, bounded for planning.
MAX_EXPORT_DAYS = 731


def selection(session: Session, start: dt.date, end: dt.date) -> Any:
    """The tasks and posts dated in [start, end] for an export, the days to come planned first.
    A free optional posting slot is left out (as in reports): it is not a duty."""

    if end < start or (end - start).days >= MAX_EXPORT_DAYS:
        raise UsageError("export.range", start=start, end=end)
    today = session.real_today
    days = [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
    plan(session, today, [d for d in days if d >= today])
    keys = sorted({month_key(d) for d in days})
    months = session.store().read_months(set(keys))
    posts = [p for m in months.values() for p in m.posts.values() if start <= p.date <= end]
    used = slots.posts_by_slot(months.values())
    tasks = [
        t
        for m in months.values()
        for t in m.tasks.values()
        if start <= t.date <= end and (not t.optional or slots.filled(t, used))
    ]
    tasks.sort(key=lambda t: (t.date, t.time or "", t.id))
    posts.sort(key=lambda p: (p.date, p.time or "", p.id))
    return Selection(
        start=start,
        end=end,
        tasks=tasks,
        posts=posts,
        zone=session.profile.timezone,
        voice=session.voice,
        now=session.now,
        alarm_minutes=(
            ALARM_MINUTES
            if session.profile.alarm_minutes is None
            else session.profile.alarm_minutes
        ),
        tag=profile_tag(session.profile.start, session.profile.timezone),
        off=days_off(session.store()),
    )
