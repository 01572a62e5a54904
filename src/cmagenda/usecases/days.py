"""Day and week use cases: what `today` and `week` show."""

from __future__ import annotations

import datetime as dt

from cmagenda.domain import queries
from cmagenda.storage import shortids, window
from cmagenda.usecases.planning import flagged, keep_window, plan, week_days
from cmagenda.usecases.session import Session, days_off, work_of


def _horizon(session: Session) -> list[dt.date]:
    return window.horizon(session.real_today, session.profile.week_start)


def _in_horizon(session: Session, day: dt.date) -> bool:
    return day in set(_horizon(session))


def today(session: Session, day: dt.date) -> queries.Day:
    """The day `day`, its statuses seen from the real today (`--on` only picks the page)."""
    # A day of the horizon is planned with its week, which the window file then shows too.
    shown = _in_horizon(session, day)
    months = plan(session, day, week_days(session, day) if shown else [day])
    if shown:
        keep_window(session)
    shorts = shortids.short_ids(session.store(), months, locked=False)
    off = days_off(session.store())
    view = queries.today_view(months, day, session.real_today, shorts, off)
    return flagged(view, months, session.profile.networks, work_of(session.profile))


def week(session: Session, day: dt.date) -> queries.Week:
    """The week holding `day`, its statuses seen from the real today."""
    months = plan(session, day, week_days(session, day))
    if _in_horizon(session, day):
        keep_window(session)
    shorts = shortids.short_ids(session.store(), months, locked=False)
    off = days_off(session.store())
    view = queries.week_view(
        months, day, session.profile.week_start, session.real_today, shorts, off
    )
    return flagged(view, months, session.profile.networks, work_of(session.profile))
