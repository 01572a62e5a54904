"""Planning: expand the checklist into tasks, keep the window cache."""

from __future__ import annotations

import datetime as dt
import os

from cmagenda.domain import planner, queries
from cmagenda.domain.errors import StoreIOError, StoreLockedError
from cmagenda.domain.model import Titles
from cmagenda.domain.month import Month, month_key
from cmagenda.domain.workdays import Workweek, workweek_for
from cmagenda.i18n.messages import say
from cmagenda.storage import shortids, window
from cmagenda.storage.atomic import atomic_write
from cmagenda.storage.months import Index
from cmagenda.storage.store import Store
from cmagenda.usecases import orphans
from cmagenda.usecases.session import Context, Session, days_off, load_checklist, work_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable
    from typing import Any, TypeVar

    from cmagenda.domain.schema import Checklist, Profile

    _View = TypeVar("_View", queries.Day, queries.Week)


# How far back a command plans days that were never planned (a laptop closed for a week):
# far enough to bring back a missed weekly report or monthly dashboard as overdue.
CATCHUP_DAYS = 31


def window_months(index: Index, today: dt.date, week_start: str) -> set[str]:
    """The months the window is made from: the view's scope and the whole horizon."""
    return scope_months(index, today) | {month_key(d) for d in window.horizon(today, week_start)}


def scope_months(index: Index, today: dt.date) -> set[str]:
    """The months a view loads and an id prefix is resolved against (see `queries.short_ids`)."""
    week = dt.timedelta(days=7)
    return {month_key(today - week), month_key(today), month_key(today + week)} | index.open_months


def plan(session: Session, today: dt.date, days: Iterable[dt.date]) -> dict[str, Month]:
    """Make sure `days` (and the days missed up to `today`) are planned; returns the months of
    the view's scope for `today`, planned: always the same set for the same day, so that short
    ids are the same whichever path (full or fast) draws a view.

    The days missed are found in the month files' `expanded` dates, never from the index's
    `last_expanded`: one run with the clock ahead moves that mark past days never planned."""
    store = session.store()
    index = store.read_index()
    wanted = set(days)
    # Missed days are counted from the real today: a page looked at (`--on`) plans no more of
    # the past than the morning's view does, so the window stays fresh.
    real = session.real_today
    day = max(session.profile.start, real - dt.timedelta(days=CATCHUP_DAYS))
    while day <= real:
        wanted.add(day)
        day += dt.timedelta(days=1)
    keys = scope_months(index, today) | {month_key(d) for d in wanted}
    months = store.read_months(keys)
    print_ = window.fingerprint(session.paths)
    todo = planner.days_to_plan(months, wanted, session.real_today, print_)
    if not todo:
        return _scope(months, index, today)
    checklist = load_checklist(session)
    labels = _labels(checklist)
    occurrences, holidays = _expand(checklist, session, todo)
    if not planner.plan_days(months, occurrences, todo, labels, print_, holidays):
        return _scope(months, index, today)
    with store.locked():
        index = store.read_index()
        keys |= index.open_months
        months = store.read_months(keys)
        todo = planner.days_to_plan(months, wanted, session.real_today, print_)
        occurrences, holidays = _expand(checklist, session, todo)
        changed = planner.plan_days(months, occurrences, todo, labels, print_, holidays)
        with store.transaction():
            keep_profile(session, store)
            save_months(store, index, months, changed, session.real_today)
    return _scope(months, index, today)


def _scope(months: dict[str, Month], index: Index, today: dt.date) -> dict[str, Month]:
    keys = scope_months(index, today)
    return {k: m for k, m in months.items() if k in keys}


def _expand(
    checklist: Checklist, session: Session, days: list[dt.date]
) -> tuple[list[Any], dict[dt.date, Titles]]:
    """The occurrences of `days` and their public holidays."""
    # Recurrence (pydantic's schema, placement's dataclasses): off the fast `done` path.
    from cmagenda.domain.recurrence import expand

    if not days:
        return [], {}
    # Placement works on whole weeks: all their occurrences are given, so that the planner
    # knows a duty placed on a day it does not plan (see `planner.plan_days`). Weeks apart (the
    # days missed and a page years ahead) are expanded run by run, never the years between.
    wanted = set(days)
    occs: list[Any] = []
    holidays: dict[dt.date, Titles] = {}
    absent = days_off(session.store())
    for first, last in _runs_of_weeks(sorted(wanted), session.profile.week_start):
        week = workweek_for(session.profile, first, last)
        occs += expand(checklist, session.profile, first, last, absent)
        holidays.update({d: t for d, t in week.holidays.items() if d in wanted})
    return occs, holidays


def _runs_of_weeks(days: list[dt.date], week_start: str) -> list[tuple[dt.date, dt.date]]:
    """The first and last day of each run of consecutive weeks holding `days` (sorted)."""
    runs: list[tuple[dt.date, dt.date]] = []
    for day in days:
        first, last = queries.week_bounds(day, week_start)
        if runs and first <= runs[-1][1] + dt.timedelta(days=1):
            runs[-1] = (runs[-1][0], max(runs[-1][1], last))
        else:
            runs.append((first, last))
    return runs


def _labels(checklist: Checklist) -> dict[str, str]:
    return {name: net.label for name, net in checklist.networks.items()}


def keep_profile(session: Session, store: Store) -> None:
    """Save the defaults chosen at first use, so that "start" stays the day of first use (with
    the change under way, if any)."""
    if not session.profile_saved:
        from cmagenda.storage.config import render_profile  # pydantic: off `done`'s path

        profile = session.profile
        head = say(profile.language, "assumed.head", command=assumed_command(profile))
        store.write_file(session.paths.config_file, render_profile(profile, head), backup=False)
        session.profile_saved = True
        if session.on_assumed is not None:
            session.on_assumed(profile)


def assumed_command(profile: Profile) -> str:
    """The one `init` command that changes what the first use assumed."""
    return (
        f"cmagenda init --timezone {profile.timezone} --lang {profile.language}"
        f" --start {profile.start.isoformat()} --networks {','.join(profile.networks)}"
    )


def save_months(
    store: Store, index: Index, months: dict[str, Month], changed: set[str], today: dt.date
) -> None:
    """Write the changed months, then the index they imply if it changed, all or none (called
    with the lock held)."""
    after = indexed(index, months, changed, today)
    with store.transaction():
        for key in sorted(changed):
            store.write_month(months[key])
        if changed and index != after:
            store.write_index(after)
    index.last_expanded, index.open_months = after.last_expanded, after.open_months


def indexed(index: Index, months: dict[str, Month], changed: set[str], today: dt.date) -> Index:
    """The index once the `changed` months are saved. A month is listed while a view of the
    real `today` needs it beyond its own days: it holds a carried task still to do, or a task
    of an earlier day ticked off today (it stays on today's list, done: `queries.done_today`).
    A month read here that no longer does leaves the list."""
    after = Index(index.last_expanded, set(index.open_months))
    for key, month in sorted(months.items()):
        if key not in changed and key not in after.open_months:
            continue
        if month.has_open_carry() or month.ticked_late_on(today):
            if key in changed:
                after.open_months.add(key)
        else:
            after.open_months.discard(key)
    for key in sorted(changed):
        month = months[key]
        if month.expanded:
            last = max(month.expanded)
            after.last_expanded = max(after.last_expanded or last, last)
    return after


def week_days(session: Session, day: dt.date) -> list[dt.date]:
    start, _ = queries.week_bounds(day, session.profile.week_start)
    return [start + dt.timedelta(days=n) for n in range(7)]


def flagged(
    view: _View,
    months: dict[str, Month],
    networks: list[str] | None,
    work: tuple[list[str], list[str]] | None = None,
) -> _View:
    """`view` (a Day or a Week) with its days' posts on removed networks (see `orphans`) and,
    given the working days and hours, each day's capacity (holidays from the months; none on a
    day of absence)."""
    days = view.days if isinstance(view, queries.Week) else [view]
    orphans.flag(days, months, networks)
    if work is not None:
        holidays = {d: t for m in months.values() for d, t in m.holidays.items()}
        hours = Workweek(work[0], work[1], holidays)
        for day in days:
            day.capacity = 0 if day.off is not None else hours.capacity(day.date)
    return view


def refresh_window(session: Session) -> None:
    """After a change: plan the real today's week and write its window if it is not fresh."""
    day = session.real_today
    plan(session, day, week_days(session, day))
    keep_window(session)


def keep_window(session: Session) -> None:
    """Write the window file for the real today, whose week is planned, unless it is fresh."""
    paths = session.paths
    try:
        body = window.load(window.window_path(paths))
        made_for = {lang: v.locale for lang, v in window.voices(body).items()}
        if made_for == {lang: v.locale for lang, v in session.voices.items()}:
            return
    except window.Stale:
        pass
    profile = session.profile
    look = window.Look(
        profile.timezone,
        profile.language,
        profile.week_start,
        profile.locale,
        profile.networks,
        work_of(profile),
        profile.me,
    )
    # A short wait: under contention the next command will write it.
    store = Store(paths, lock_timeout=1.0)
    try:
        # Under the lock: another command sweeps unlocked temp files as crash leftovers.
        with store.locked():
            index = store.read_index()
            keys = window_months(index, session.real_today, profile.week_start)
            # Stamps first, then the reads: a file replaced in between shows as changed.
            settings = {str(p): window.stamp(p) for p in window.settings(paths)}
            print_ = window.fingerprint(paths)

            def planned(months: dict[str, Month], days: list[dt.date]) -> bool:
                return not planner.days_to_plan(months, days, session.real_today, print_)

            write_window(session, store, look, settings, index, keys, planned=planned)
    except (StoreIOError, StoreLockedError):
        # The window is a cache: failing to write it must not fail the command that succeeded.
        pass


def write_window(
    ctx: Context,
    store: Store,
    look: window.Look,
    settings: dict[str, list[int] | None],
    index: Index,
    keys: set[str],
    months: dict[str, Month] | None = None,
    shorts: dict[str, str] | None = None,
    planned: Callable[[dict[str, Month], list[dt.date]], bool] | None = None,
    kept: tuple[window.Horizon, Collection[dt.date]] | None = None,
    carried: dict[str, Month] | None = None,
) -> None:
    """Write the window of the real today from `keys` (the scope months), read unless given
    (lock held; `settings` are the stamps of the settings the look was read from; `shorts`
    the short ids already known, unless they must be worked out over the whole store). The
    horizon's other weeks go in when `planned` says all their days are: a week planned later
    is planned by the full path, which then writes the window anew. With `kept` (the horizon
    of the window before a change, and the days the change touched), the horizon's weeks
    that hold none of those days are copied from it rather than drawn again. `carried` are
    months known only by the tasks the views need of them (see `window_changes`): drawn from,
    never counted as whole where short ids are worked out."""
    day = ctx.real_today
    # Every month file is stamped: the short ids shown depend on all the ids stored.
    every = set(store.all_month_keys()) | keys
    # Joined as text: a Path per month file costs a millisecond on a store of many years.
    folder = store.folder
    files = [
        os.path.join(folder, "index.json"),
        store.absences_file,
        *(os.path.join(folder, f"{k}.json") for k in sorted(every)),
    ]
    stamps = {**settings, **{p: window.stamp(p) for p in files}}
    if months is None:
        if store.read_index() != index:
            return
        months = store.read_months(keys)
    off = days_off(store)
    tz = ctx.now.tzinfo
    midnight = dt.datetime(day.year, day.month, day.day, tzinfo=tz)
    following = day + dt.timedelta(days=1)
    next_midnight = dt.datetime(following.year, following.month, following.day, tzinfo=tz)

    copied: dict[dt.date, bytes] = {}
    if kept is not None:
        before, touched = kept
        for start in before.spans:
            if not any(start <= d < start + window.WEEK for d in touched):
                copied[start] = before.line(start)

    read = months

    def drawn(start: dt.date) -> bool:
        days = [start + dt.timedelta(days=n) for n in range(7)]
        return start not in copied and planned is not None and planned(read, days)

    carried = carried or {}
    views = _views({**carried, **months}, day, look.week_start, shorts, off, drawn)
    if views is None:
        # Whole months only: the short ids count every id stored, and their cache keeps the
        # months it is given.
        months = {**store.read_months(set(carried)), **months}
        shorts = shortids.short_ids(store, months, locked=True)
        views = _views(months, day, look.week_start, shorts, off, drawn)
    else:
        months = {**carried, **months}
    assert views is not None
    today_view, week_view, others = views
    others = [flagged(w, months, look.networks, look.work) for w in others]
    lines = {**copied, **{w.start: window.week_line(w) for w in others}}
    # A change that touched no week of the horizon leaves its file as it is.
    same = kept is not None and not others and lines.keys() == kept[0].spans.keys()
    token = kept[0].token if kept is not None and same else os.urandom(8).hex()
    body = window.encode(
        stamps=stamps,
        day_utc=(midnight.timestamp(), next_midnight.timestamp()),
        look=look,
        voices=ctx.voices,
        today=flagged(today_view, months, look.networks, look.work),
        week=flagged(week_view, months, look.networks, look.work),
        others=others,
        token=token,
    )
    if not same:
        # The horizon first: a window is never read with the horizon of an older one (the
        # token).
        horizon = window.others_path(window.window_path(ctx.paths))
        data = window.encode_others(token, sorted(lines.items()))
        atomic_write(horizon, data, durable=False)
    # A cache: no backup, and losing it in a crash only sends the next command the full way.
    atomic_write(window.window_path(ctx.paths), body, durable=False)


def _views(
    months: dict[str, Month],
    day: dt.date,
    week_start: str,
    shorts: dict[str, str] | None,
    off: dict[dt.date, str],
    kept: Callable[[dt.date], bool],
) -> tuple[queries.Day, queries.Week, list[queries.Week]] | None:
    """The real today's day and week views and the horizon's other weeks that are `kept`, or
    None when `shorts` lacks a task shown."""
    if shorts is None:
        return None
    today_view = queries.today_view(months, day, day, shorts, off)
    week_view = queries.week_view(months, day, week_start, day, shorts, off)
    starts = sorted(
        {queries.week_bounds(d, week_start)[0] for d in window.horizon(day, week_start)}
    )
    others = [
        queries.week_view(months, start, week_start, day, shorts, off)
        for start in starts
        if start != week_view.start and kept(start)
    ]
    items = [*today_view.items, *(i for w in (week_view, *others) for d in w.days for i in d.items)]
    if any(i.task.id not in shorts for i in items):
        return None
    return today_view, week_view, others
