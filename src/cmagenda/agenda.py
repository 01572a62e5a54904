"""Agenda: runs the stages for one command (checklist -> plan -> store -> query), no I/O of its own
beyond the store and config files, and no clock: the CLI passes `today` and `now` in.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path

from . import (
    absences,
    changes,
    history,
    journal,
    limits,
    orphans,
    planner,
    queries,
    shortids,
    slots,
    window,
)
from .errors import CmagendaError, StoreIOError, StoreLockedError, UnknownIdError, UsageError
from .messages import say, suggest
from .model import Month, PostStatus, Status, Task, Titles, WeekStart, month_key
from .networks import fold as fold_network
from .networks import resolve as resolve_network
from .paths import Paths, bundled_checklist
from .store import Index, Store, atomic_write
from .wording import regional
from .workdays import Workweek

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping
    from typing import Any, TypeVar

    # pydantic models: imported where data enters, never on the `done` fast path.
    from .messages import Voice
    from .schema import Checklist, Profile

    Action = Callable[[dict[str, Month], Task], None]
    _View = TypeVar("_View", queries.Day, queries.Week)

# How far back a command plans days that were never planned (a laptop closed for a week):
# far enough to bring back a missed weekly report or monthly dashboard as overdue.
CATCHUP_DAYS = 31
# A one-off task lasts at most a day.
MAX_MINUTES = 1440


class Context:
    """What an action on stored tasks needs from the outside world.

    Plain classes rather than dataclasses: `dataclasses` imports `inspect`, a third of the
    fast `done`'s import time."""

    def __init__(
        self,
        *,
        paths: Paths,
        now: dt.datetime,  # aware, in the profile's zone
        lang: str,
        voices: dict[str, Voice],
        on_wait: Callable[[], None] | None = None,
        lock_timeout: float = 10.0,
    ) -> None:
        self.paths = paths
        self.now = now
        self.lang = lang
        # Each language's voice: the window file carries the labels of both.
        self.voices = voices
        self.on_wait = on_wait
        self.lock_timeout = lock_timeout

    @property
    def voice(self) -> Voice:
        return self.voices[self.lang]

    @property
    def real_today(self) -> dt.date:
        return self.now.date()

    def store(self) -> Store:
        return Store(self.paths, lock_timeout=self.lock_timeout, on_wait=self.on_wait)


class Session(Context):
    """What the CLI resolved from the outside world, passed to every command."""

    def __init__(
        self,
        *,
        paths: Paths,
        profile: Profile,
        profile_saved: bool,
        now: dt.datetime,
        lang: str,
        voices: dict[str, Voice],
        on_wait: Callable[[], None] | None = None,
        lock_timeout: float = 10.0,
        on_assumed: Callable[[Profile], None] | None = None,
    ) -> None:
        super().__init__(
            paths=paths,
            now=now,
            lang=lang,
            voices=voices,
            on_wait=on_wait,
            lock_timeout=lock_timeout,
        )
        self.profile = profile
        self.profile_saved = profile_saved
        # Told once, when the profile of first use is written with the defaults it assumed.
        self.on_assumed = on_assumed
        # Why config.toml did not load, for the commands that work without it (`init --force`
        # rewrites it, `doctor` reports it); the others never get a session then.
        self.config_error: CmagendaError | None = None


def open_session(
    paths: Paths,
    *,
    now_utc: dt.datetime,
    lang: str | None,
    env_lang: str,
    system_zone: str,
    env: Mapping[str, str],
    on_wait: Callable[[], None] | None = None,
    lock_timeout: float = 10.0,
    on_assumed: Callable[[Profile], None] | None = None,
    broken_config_ok: bool = False,
) -> Session:
    """The session for one command: the saved profile (or first-use defaults: the system's zone,
    the environment's language, today as the start), the clock in its zone, both voices.
    With `broken_config_ok`, a config.toml that does not load gives the defaults and is kept in
    `config_error`."""
    from zoneinfo import ZoneInfo

    from .config import check_zone, load_profile, read_language
    from .errors import ChecklistError
    from .messages import Voice, locale_for
    from .model import LANGUAGES
    from .schema import Profile

    zone = "UTC" if check_zone(system_zone) else system_zone
    defaults = Profile(
        start=now_utc.astimezone(ZoneInfo(zone)).date(), timezone=zone, language=env_lang
    )
    # A broken file is said in the language asked for, else the one it names, else the
    # environment's.
    said_in = lang or read_language(paths.config_file) or env_lang
    problem = None
    try:
        profile, saved = load_profile(paths.config_file, defaults, said_in)
    except ChecklistError as err:
        if not broken_config_ok:
            raise
        profile, saved, problem = defaults, True, err
    now = now_utc.astimezone(ZoneInfo(profile.timezone))
    if not saved:
        profile = profile.model_copy(update={"start": now.date()})
    voices = {
        code: Voice(code, locale_for(code, profile.locale, profile.timezone, env))
        for code in LANGUAGES
    }
    session = Session(
        paths=paths,
        profile=profile,
        profile_saved=saved,
        now=now,
        lang=lang or (said_in if problem else profile.language),
        voices=voices,
        on_wait=on_wait,
        lock_timeout=lock_timeout,
        on_assumed=on_assumed,
    )
    session.config_error = problem
    return session


def paths_table(paths: Paths) -> dict[str, str]:
    """Where cmagenda reads and writes, by role."""
    return {
        "config": str(paths.config_file),
        "checklist": str(paths.user_checklist),
        "bundled_checklist": str(bundled_checklist()),
        "data": str(paths.data_dir),
    }


def checklist_files(paths: Paths) -> list[Path]:
    files = [bundled_checklist()]
    if paths.user_checklist.is_file():
        files.append(paths.user_checklist)
    return files


def load_checklist(session: Session) -> Checklist:
    # pydantic, here and through config: kept off the fast `done` path that imports this module.
    from pydantic import ValidationError

    from .config import explain
    from .messages import say
    from .templates import load_checklist as load

    checklist = load(checklist_files(session.paths), session.lang)
    checklist = in_regional_words(checklist, session.voices["fr"].locale)
    named = [*session.profile.networks, *session.profile.posting]
    unknown = [n for n in dict.fromkeys(named) if n not in checklist.networks]
    known = ", ".join(sorted(checklist.networks))
    problems = [
        say(
            session.lang,
            "config.network_near",
            field="profile.networks",
            network=n,
            suggestion=suggest(fold_network(n), checklist.networks, session.lang),
            known=known,
        )
        for n in unknown
    ]
    for name, posting in session.profile.posting.items():
        if name in checklist.networks:
            try:
                posting.over(checklist.networks[name])
            except ValidationError as err:
                problems += explain(err, session.lang, f"profile.posting.{name}")
    if problems:
        from .errors import ChecklistError

        raise ChecklistError(
            "config.invalid", path=str(session.paths.config_file), details=problems
        )
    return checklist


def in_regional_words(checklist: Checklist, locale: str) -> Checklist:
    """The checklist with its French titles' `{québec|france}` choices made for `locale`."""
    templates = {}
    for tid, template in checklist.templates.items():
        fr = template.title.fr
        if fr is not None and "|" in fr:
            title = template.title.model_copy(update={"fr": regional(fr, locale)})
            template = template.model_copy(update={"title": title})
        templates[tid] = template
    return checklist.model_copy(update={"templates": templates})


def init_profile(
    session: Session,
    *,
    start: dt.date | None,
    timezone: str | None,
    networks: list[str] | None,
    lang: str | None,
    week_start: str | None,
    force: bool,
    holidays: str | None = None,
    work_days: list[str] | None = None,
    work_hours: list[str] | None = None,
) -> Profile:
    """Write config.toml from the current profile and what `init` was given."""
    from .config import render_profile, require_zone, written_by_itself

    # A profile cmagenda wrote by itself at first use is the user's to set: no --force needed.
    if session.profile_saved and not force and not written_by_itself(session.paths.config_file):
        raise UsageError("init.exists", path=str(session.paths.config_file))
    update: dict[str, object] = {}
    if start is not None:
        update["start"] = start
    if timezone is not None:
        update["timezone"] = require_zone(timezone, session.lang)
    if lang is not None:
        if lang not in ("fr", "en"):
            raise UsageError("lang.bad", value=lang)
        update["language"] = lang
    if week_start is not None:
        if week_start not in WeekStart.ALL:
            raise UsageError("week_start.bad", value=week_start)
        update["week_start"] = week_start
    if networks is not None:
        names = [n.strip() for n in networks if n.strip()]
        update["networks"] = list(dict.fromkeys(require_networks(session, names)))
    for key, value in (
        ("holidays", holidays),
        ("work_days", work_days),
        ("work_hours", work_hours),
    ):
        if value is not None:
            update[key] = value
    profile = _validated(session.profile, update)
    if not session.profile_saved:
        atomic_write(session.paths.config_file, render_profile(profile))
        return profile
    store = session.store()
    with store.locked():
        entries = store.read_undo()
        record = history.files_record(store, "init", set(), session.now, only=("config",))
        with store.transaction():
            store.write_file(session.paths.config_file, render_profile(profile))
            history.push(store, record, entries)
    return profile


def _validated(profile: Profile, update: dict[str, object]) -> Profile:
    from pydantic import ValidationError

    from .schema import Profile

    try:
        return Profile.model_validate({**profile.model_dump(), **update})
    except ValidationError as err:
        details = [
            f"{'.'.join(str(p) for p in e['loc'])}: {str(e['msg']).removeprefix('Value error, ')}"
            for e in err.errors()
        ]
        raise UsageError("init.bad", details=details) from None


def holidays_of(session: Session, year: int) -> tuple[str | None, dict[dt.date, Titles]]:
    """The profile's holiday region and its holidays in `year`."""
    from .workdays import holiday_names, region_of

    if not 1900 <= year <= 2200:
        raise UsageError("year.bad", value=str(year))
    region = region_of(session.profile)
    return region, holiday_names(region, dt.date(year, 1, 1), dt.date(year, 12, 31))


def require_networks(session: Session, names: list[str]) -> list[str]:
    """The keys of the networks the user typed (any case, an alias, a label), in order."""
    known = load_checklist(session).networks
    labels = {key: net.label for key, net in known.items()}
    keys = []
    for name in names:
        key = resolve_network(name, known, labels)
        if key is None:
            raise UsageError(
                "network.unknown_near",
                network=name,
                suggestion=suggest(fold_network(name), known, session.lang),
                known=", ".join(sorted(known)),
            )
        keys.append(key)
    return keys


def check_checklist(session: Session, file: Path | None) -> tuple[Path, int]:
    """Validate `file` over the bundled checklist (default: the user's file); the file shown
    and how many duties the result has."""
    from .templates import load_checklist as load

    files = checklist_files(session.paths)
    if file is not None:
        bundled = bundled_checklist()
        files = [bundled, file] if file.resolve() != bundled else [file]
    return (file if file is not None else files[-1]), len(load(files, session.lang).templates)


def window_months(index: Index, today: dt.date, week_start: str) -> set[str]:
    """The months the window is made from: the view's scope and the whole horizon."""
    return scope_months(index, today) | {month_key(d) for d in window.horizon(today, week_start)}


def scope_months(index: Index, today: dt.date) -> set[str]:
    """The months a view loads and an id prefix is resolved against (see `queries.short_ids`)."""
    week = dt.timedelta(days=7)
    return {month_key(today - week), month_key(today), month_key(today + week)} | index.open_months


# -- planning ------------------------------------------------------------------------------------


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
            _keep_profile(session, store)
            _save(store, index, months, changed)
    return _scope(months, index, today)


def _scope(months: dict[str, Month], index: Index, today: dt.date) -> dict[str, Month]:
    keys = scope_months(index, today)
    return {k: m for k, m in months.items() if k in keys}


def _expand(
    checklist: Checklist, session: Session, days: list[dt.date]
) -> tuple[list[Any], dict[dt.date, Titles]]:
    """The occurrences of `days` and their public holidays."""
    from .placement import week_of
    from .recurrence import expand
    from .workdays import workweek_for

    if not days:
        return [], {}
    # Placement works on whole weeks: all their occurrences are given, so that the planner
    # knows a duty placed on a day it does not plan (see `planner.plan_days`).
    first = week_of(days[0], session.profile.week_start)[0]
    last = week_of(days[-1], session.profile.week_start)[1]
    week = workweek_for(session.profile, first, last)
    occs = expand(checklist, session.profile, first, last, week)
    wanted = set(days)
    holidays = {d: t for d, t in week.holidays.items() if d in wanted}
    return occs, holidays


def _labels(checklist: Checklist) -> dict[str, str]:
    return {name: net.label for name, net in checklist.networks.items()}


def _keep_profile(session: Session, store: Store) -> None:
    """Save the defaults chosen at first use, so that "start" stays the day of first use (with
    the change under way, if any)."""
    if not session.profile_saved:
        from .config import render_profile
        from .messages import say

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


def _save(store: Store, index: Index, months: dict[str, Month], changed: set[str]) -> None:
    """Write the changed months, then the index they imply if it changed, all or none (called
    with the lock held)."""
    read = Index(index.last_expanded, set(index.open_months))
    with store.transaction():
        for key in sorted(changed):
            month = months[key]
            store.write_month(month)
            if month.has_open_carry():
                index.open_months.add(key)
            else:
                index.open_months.discard(key)
            if month.expanded:
                last = max(month.expanded)
                index.last_expanded = max(index.last_expanded or last, last)
        if changed and index != read:
            store.write_index(index)


# -- views ---------------------------------------------------------------------------------------


def _week_days(session: Session, day: dt.date) -> list[dt.date]:
    start, _ = queries.week_bounds(day, session.profile.week_start)
    return [start + dt.timedelta(days=n) for n in range(7)]


def _horizon(session: Session) -> list[dt.date]:
    return window.horizon(session.real_today, session.profile.week_start)


def _in_horizon(session: Session, day: dt.date) -> bool:
    return day in set(_horizon(session))


def today(session: Session, day: dt.date) -> queries.Day:
    """The day `day`, its statuses seen from the real today (`--on` only picks the page)."""
    # A day of the horizon is planned with its week, which the window file then shows too.
    shown = _in_horizon(session, day)
    months = plan(session, day, _week_days(session, day) if shown else [day])
    if shown:
        _keep_window(session)
    shorts = shortids.short_ids(session.store(), months, locked=False)
    off = days_off(session.store())
    view = queries.today_view(months, day, session.real_today, shorts, off)
    return _flagged(view, months, session.profile.networks, _work(session.profile))


def week(session: Session, day: dt.date) -> queries.Week:
    """The week holding `day`, its statuses seen from the real today."""
    months = plan(session, day, _week_days(session, day))
    if _in_horizon(session, day):
        _keep_window(session)
    shorts = shortids.short_ids(session.store(), months, locked=False)
    off = days_off(session.store())
    view = queries.week_view(
        months, day, session.profile.week_start, session.real_today, shorts, off
    )
    return _flagged(view, months, session.profile.networks, _work(session.profile))


def days_off(store: Store) -> dict[dt.date, str]:
    """Every day of absence stored, with its reason."""
    return absences.days_off(store.read_absences(), dt.date.min, dt.date.max)


def _flagged(
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


def _work(profile: Profile) -> tuple[list[str], list[str]]:
    return list(profile.work_days), list(profile.work_hours)


def refresh_window(session: Session) -> None:
    """After a change: plan the real today's week and write its window if it is not fresh."""
    day = session.real_today
    plan(session, day, _week_days(session, day))
    _keep_window(session)


def _keep_window(session: Session) -> None:
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
        _work(profile),
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

            _write_window(session, store, look, settings, index, keys, planned=planned)
    except (StoreIOError, StoreLockedError):
        # The window is a cache: failing to write it must not fail the command that succeeded.
        pass


def _write_window(
    ctx: Context,
    store: Store,
    look: window.Look,
    settings: dict[str, list[int] | None],
    index: Index,
    keys: set[str],
    months: dict[str, Month] | None = None,
    shorts: dict[str, str] | None = None,
    planned: Callable[[dict[str, Month], list[dt.date]], bool] | None = None,
) -> None:
    """Write the window of the real today from `keys` (the scope months), read unless given
    (lock held; `settings` are the stamps of the settings the look was read from; `shorts`
    the short ids already known, unless they must be worked out over the whole store). The
    horizon's other weeks go in when `planned` says all their days are: a week planned later
    is planned by the full path, which then writes the window anew."""
    day = ctx.real_today
    # Every month file is stamped: the short ids shown depend on all the ids stored.
    every = set(store.all_month_keys()) | keys
    files = [
        store.dir / "index.json",
        store.absences_path,
        *(store.month_path(k) for k in sorted(every)),
    ]
    stamps = {**settings, **{str(p): window.stamp(p) for p in files}}
    if months is None:
        if store.read_index() != index:
            return
        months = store.read_months(keys)
    off = days_off(store)
    tz = ctx.now.tzinfo
    midnight = dt.datetime(day.year, day.month, day.day, tzinfo=tz)
    following = day + dt.timedelta(days=1)
    next_midnight = dt.datetime(following.year, following.month, following.day, tzinfo=tz)

    def kept(start: dt.date) -> bool:
        days = [start + dt.timedelta(days=n) for n in range(7)]
        return planned is not None and planned(months, days)

    views = _views(months, day, look.week_start, shorts, off, kept)
    if views is None:
        shorts = shortids.short_ids(store, months, locked=True)
        views = _views(months, day, look.week_start, shorts, off, kept)
    assert views is not None
    today_view, week_view, others = views
    token = os.urandom(8).hex()
    body = window.encode(
        stamps=stamps,
        day_utc=(midnight.timestamp(), next_midnight.timestamp()),
        look=look,
        voices=ctx.voices,
        today=_flagged(today_view, months, look.networks, look.work),
        week=_flagged(week_view, months, look.networks, look.work),
        others=[_flagged(w, months, look.networks, look.work) for w in others],
        token=token,
    )
    # The horizon first: a window is never read with the horizon of an older one (the token).
    horizon = window.others_path(window.window_path(ctx.paths))
    atomic_write(Path(horizon), window.encode_others(token, others), durable=False)
    # A cache: no backup, and losing it in a crash only sends the next command the full way.
    atomic_write(window.window_path(ctx.paths), body, durable=False)


# -- actions -------------------------------------------------------------------------------------


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


def id_prefix(prefix: str, unknown: str = "id.unknown") -> str:
    """`prefix` as the start of an id (hex, any case), or UnknownIdError saying `unknown`."""
    text = prefix.strip().lower()
    if not text or any(c not in "0123456789abcdef" for c in text):
        raise UnknownIdError(unknown, id=prefix)
    return text


def resolve(ctx: Context, today: dt.date, prefixes: list[str]) -> list[Task]:
    """The task each prefix names: looked up in the view's months first, then in all history."""
    store = ctx.store()
    index = store.read_index()
    months = store.read_months(scope_months(index, today))
    out = []
    everything: dict[str, Month] | None = None
    for prefix in prefixes:
        text = id_prefix(prefix)
        found = queries.find_tasks(months, text)
        if not found:
            if everything is None:
                everything = store.read_months(set(store.all_month_keys()))
            found = queries.find_tasks(everything, text)
        if not found:
            raise UnknownIdError("id.unknown", id=prefix)
        if len(found) > 1:
            details = [
                f"{t.id}  {t.date.isoformat()} {t.time or '     '}  {t.title.pick(ctx.lang)}"
                for t in sorted(found, key=lambda t: (t.date, t.time or "", t.id))
            ]
            raise UnknownIdError("id.ambiguous", id=prefix, details=details)
        out.append(found[0])
    return out


def act(
    ctx: Context, label: str, targets: list[Task], action: Action, extra: Iterable[str] = ()
) -> tuple[list[Task], changes.Changed]:
    """Apply `action` to each target under the lock, on freshly read data; one undo step."""
    store = ctx.store()
    with store.locked():
        index = store.read_index()
        keys = {month_key(t.date) for t in targets} | set(extra)
        keys |= {month_key(t.origin) for t in targets if t.origin}
        months = store.read_months(keys)
        before = planner.snapshot(months)
        done = []
        for target in targets:
            task = months[month_key(target.date)].tasks.get(target.id)
            if task is None:
                raise UnknownIdError("id.unknown", id=target.id)
            action(months, task)
            done.append(task)
        commit(ctx, store, index, label, before, months)
    return done, changes.between(before, months, label)


def commit(
    ctx: Context,
    store: Store,
    index: Index,
    label: str,
    before: planner.Snapshot,
    months: dict[str, Month],
    ids: set[str] | None = None,
    also: Callable[[dict[str, Any]], None] | None = None,
) -> None:
    """Save what a user action changed and record it as one undo step (lock held); `ids`
    as given to `planner.snapshot`; `also` writes another file in the same transaction and
    adds what undoes it to the step."""
    record = planner.undo_record(label, before, months, ctx.now, ids)
    if record["months"]:
        with store.transaction():
            if also is not None:
                also(record)
            _save(store, index, months, set(record["months"]))
            entries = store.read_undo()
            entries.append(record)
            store.write_undo(entries)


def mark_done(
    session: Session, today: dt.date, ids: list[str]
) -> tuple[list[tuple[Task, bool]], changes.Changed]:
    plan(session, today, [today])  # a day not planned yet has no task to tick
    targets = resolve(session, today, ids)
    already = {t.id for t in targets if t.status == Status.DONE}
    tasks, changed = act(session, "done", targets, _tick(session.now, session.profile.me))
    refresh_window(session)
    return [(t, t.id in already) for t in tasks], changed


def _tick(now: dt.datetime, me: str | None) -> Action:
    """Tick a task, recording who did it (the profile's `me`, when it names one)."""

    def tick(months: dict[str, Month], task: Task) -> None:
        if task.status != Status.DONE:
            planner.mark_done(task, now)
            task.done_by = me
        # The post went out from the slot: one rule, so the post says published too.
        post = slots.post_in(months, task) if task.is_posting_slot else None
        if post is not None:
            planner.set_post_status(months, post, PostStatus.PUBLISHED, now)

    return tick


def mark_done_in_window(
    ctx: Context, body: dict[str, Any], prefixes: list[str]
) -> tuple[list[tuple[Task, bool]], changes.Changed] | None:
    """`done` on the horizon's tasks while the window is fresh (the fast path)."""
    found = change_in_window(ctx, body, prefixes, "done", _tick(ctx.now, window.Look.of(body).me))
    if found is None:
        return None
    tasks, before, changed = found
    return [(t, before[t.id] == Status.DONE) for t in tasks], changed


def change_in_window(
    ctx: Context,
    body: dict[str, Any],
    prefixes: list[str],
    label: str,
    action: Action,
    extra: Iterable[str] = (),
) -> tuple[list[Task], dict[str, str], changes.Changed] | None:
    """A change to tasks of the real today's horizon while its window is fresh (the fast path):
    one lock, one read of the window's months (and `extra` ones), the change saved, the window
    rewritten from the same data. Returns the tasks, their statuses before, and what changed;
    None when a prefix is not a single task of those months: the full path resolves it in
    history and words the error."""
    look = window.Look.of(body)
    store = ctx.store()
    wanted = [p.strip().lower() for p in prefixes]
    with store.locked():
        index = store.read_index()
        keys = window_months(index, ctx.real_today, look.week_start) | set(extra)
        settings = {k: v for k, v in body["stamps"].items() if k in window.setting_names(ctx.paths)}
        months = store.read_months(keys)
        targets = []
        for prefix in wanted:
            found = queries.find_tasks(months, prefix) if prefix else []
            if len(found) != 1:
                return None
            targets.append(found[0])
        statuses = {t.id: t.status for t in targets}
        ids = {t.id for t in targets}
        before = planner.snapshot(months, ids)
        for task in targets:
            action(months, task)
        commit(ctx, store, index, label, before, months, ids)
        # No task is added: the short ids the window showed are still unique; nor is a week
        # planned: the window keeps the weeks it had.
        starts = {str(w["start"]) for w in body.get("weeks", [])}
        _write_window(
            ctx, store, look, settings, index, keys, months, window.shorts(body),
            lambda _months, days: days[0].isoformat() in starts,
        )  # fmt: skip
    return targets, statuses, changes.between(before, months, label, ids)


def skip_reason(reason: str | None) -> str | None:
    """The reason given to `skip`, checked: None when blank."""
    if reason is not None:
        reason = None if limits.blank(reason) else reason
    if reason is not None and len(reason) > limits.REASON:
        raise UsageError("reason.too_long", length=len(reason), limit=limits.REASON)
    return reason


def skipping(reason: str | None, now: dt.datetime) -> Action:
    return lambda _m, t: planner.mark_skipped(t, reason, now)


def moving(to: dt.date, at: str | None, now: dt.datetime) -> Action:
    def action(months: dict[str, Month], task: Task) -> None:
        planner.move_task(months, task, to, at, keep_time=at is None, now=now)

    return action


def skip(
    session: Session, today: dt.date, ids: list[str], reason: str | None
) -> tuple[list[Task], changes.Changed]:
    action = skipping(skip_reason(reason), session.now)
    targets = resolve(session, today, ids)
    tasks = act(session, "skip", targets, action)
    refresh_window(session)
    return tasks


def move(
    session: Session, today: dt.date, prefix: str, to: dt.date, at: str | None
) -> tuple[Task, changes.Changed]:
    targets = resolve(session, today, [prefix])
    action = moving(to, at, session.now)
    moved, changed = act(session, "move", targets, action, extra=[month_key(to)])
    refresh_window(session)
    return moved[0], changed


def add(
    session: Session, day: dt.date, title: str, at: str | None, network: str | None,
    minutes: int, assignee: str | None = None,
) -> tuple[Task, changes.Changed]:  # fmt: skip
    title = title.strip()
    if limits.blank(title):
        raise UsageError("title.empty")
    if len(title) > limits.TITLE:
        raise UsageError("title.too_long", length=len(title), limit=limits.TITLE)
    if not 0 <= minutes <= MAX_MINUTES:
        raise UsageError("minutes.bad", value=minutes, max=MAX_MINUTES)
    task = planner.new_task(title, day, at, network, minutes, session.now)
    task.assignee = assignee
    store = session.store()
    with store.locked():
        index = store.read_index()
        months = store.read_months({month_key(day)})
        before = planner.snapshot(months)
        months[month_key(day)].tasks[task.id] = task
        with store.transaction():
            _keep_profile(session, store)
            commit(session, store, index, "add", before, months)
    refresh_window(session)
    return task, changes.between(before, months, "add")


def undo(session: Session) -> tuple[str, int, str, changes.Changed] | None:
    """Take back the most recent change, of whatever kind: its label, how many items it put
    back, what they are ("tasks", "kpis", "files") and what changed. A change that cannot be
    taken back is said so, and the older ones behind it stay."""
    store = session.store()
    with store.locked():
        entries = store.read_undo()
        if not entries:
            return None
        record = entries[-1]
        restored: int | None = None
        kind = ""
        changed = changes.Changed([], None)
        with store.transaction():
            if "kpis" in record:
                kind, restored = "kpis", history.undo_kpis(store, record)
            elif "absences" in record:
                kind, restored = "absences", history.undo_absences(store, record)
            elif "files" in record:
                kind, restored = "files", history.undo_files(store, record)
            elif "ideas" in record and not record["months"]:
                kind, restored = "ideas", history.undo_ideas(store, record)
            if record.get("undoable") is False or ("files" in record and restored is None):
                label = say(session.lang, f"undo.label.{record.get('label')}")
                raise UsageError("undo.cannot", label=label, at=record.get("at"))
            if not {"kpis", "files", "absences"} & set(record) and kind != "ideas":
                if "ideas" in record:
                    history.undo_ideas(store, record)  # the idea a post was added from
                index = store.read_index()
                months = store.read_months(set(record["months"]))
                before = planner.snapshot(months)
                kind, restored = "tasks", planner.apply_undo(months, record)
                _save(store, index, months, set(record["months"]))
                changed = changes.between(before, months, None)
            store.write_undo(entries[:-1])
    if kind == "files":
        _drop_window(session.paths)  # the profile may have changed under this session
    else:
        refresh_window(session)
    return str(record["label"]), restored or 0, kind, changed


def _drop_window(paths: Paths) -> None:
    # Derived from the files just put back: rebuilt by the next view.
    with contextlib.suppress(FileNotFoundError):
        window.window_path(paths).unlink()


# -- doctor --------------------------------------------------------------------------------------


class Finding:
    __slots__ = ("backup", "path", "problem", "restored")

    def __init__(self, path: Path, problem: str, backup: Path | None, restored: bool) -> None:
        self.path = path
        self.problem = problem
        self.backup = backup
        self.restored = restored


def doctor(session: Session, restore: bool) -> tuple[int, list[Finding]]:
    """Check every store file; with `restore`, put back the newest good backup of each bad one."""
    store = session.store()
    if journal.pending(session.paths):
        # As every command does first: an interrupted change is finished (or undone) before the
        # files are judged; one that can be neither is said (exit 6), a bad journal too (exit 4).
        with store.locked():
            pass
    files = [p for p in store.files() if p.exists()]
    findings = []
    for path in files:
        problem = store.check(path)
        if problem is None:
            continue
        if restore:
            with store.locked():
                used = store.restore(path)
            findings.append(Finding(path, problem, used, used is not None))
        else:
            findings.append(Finding(path, problem, store.newest_good_backup(path), False))
    return len(files), findings


# -- shell completion ----------------------------------------------------------------------------


def template_choices(paths: Paths, lang: str) -> list[tuple[str, str]]:
    from .templates import load_checklist as load

    try:
        checklist = load(checklist_files(paths))
    except CmagendaError:
        return []
    return [(t.id, t.title.pick(lang)) for t in checklist.templates.values()]


def network_choices(paths: Paths) -> list[tuple[str, str]]:
    from .templates import load_checklist as load

    try:
        checklist = load(checklist_files(paths))
    except CmagendaError:
        return []
    return [(name, net.label) for name, net in sorted(checklist.networks.items())]


def find_template(session: Session, template_id: str) -> Any:
    templates = load_checklist(session).templates
    if template_id not in templates:
        from .messages import suggest

        raise UnknownIdError(
            "template.unknown",
            id=template_id,
            hint=suggest(template_id, list(templates), session.lang),
        )
    return templates[template_id]


# -- reports -------------------------------------------------------------------------------------


def report(session: Session, day: dt.date, kind: str) -> tuple[Any, Any]:
    """The summary of the week or month holding `day`, and of the period before it; reads only
    the month files of the two periods."""
    from . import reports

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


# -- exports -------------------------------------------------------------------------------------

# An export spans at most two years: enough for any calendar, bounded for planning.
MAX_EXPORT_DAYS = 731


def selection(session: Session, start: dt.date, end: dt.date) -> Any:
    """The tasks and posts dated in [start, end] for an export, the days to come planned first.
    A free optional posting slot is left out (as in reports): it is not a duty."""
    from .exports import ALARM_MINUTES, Selection, profile_tag

    if end < start or (end - start).days >= MAX_EXPORT_DAYS:
        raise UsageError("export.range", start=start.isoformat(), end=end.isoformat())
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
    )
