"""Task use cases: done, skip, move, add, undo (all-or-nothing)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os

from cmagenda.domain import absences, limits, planner, queries, slots
from cmagenda.domain.errors import UnknownIdError, UsageError
from cmagenda.domain.model import PostStatus, Status, Task
from cmagenda.domain.month import Month, month_key
from cmagenda.domain.workdays import workweek_for
from cmagenda.i18n.messages import say
from cmagenda.storage import history, window
from cmagenda.storage.months import Index
from cmagenda.storage.paths import Paths
from cmagenda.storage.store import Store
from cmagenda.usecases.planning import (
    keep_profile,
    plan,
    refresh_window,
    save_months,
    scope_months,
)
from cmagenda.usecases.session import Context, Session
from cmagenda.views import changes

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any

    Action = Callable[[dict[str, Month], Task], None]


# A one-off task lasts at most a day.
MAX_MINUTES = 1440


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
    out: list[Task] = []
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
            raise UnknownIdError("id.ambiguous", id=prefix, details=_listed(ctx, found))
        if all(t.id != found[0].id for t in out):
            out.append(found[0])  # an id given twice is one task, done (and said) once
    return out


def _listed(ctx: Context, tasks: list[Task]) -> list[str]:
    """The tasks a prefix matches, a line each, in columns: id, day, time (as the views write
    them), title."""
    voice, now = ctx.voice, ctx.real_today
    rows = sorted(tasks, key=lambda t: (t.date, t.time or "", t.id))
    days = [voice.dated(t.date, now) for t in rows]
    width = max(map(len, days))
    blank = " " * len(voice.time_cell("10:00"))
    return [
        f"{t.id}  {day.ljust(width)} {voice.time_cell(t.time) if t.time else blank}"
        f"  {t.title.pick(ctx.lang)}"
        for t, day in zip(rows, days, strict=True)
    ]


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
            save_months(store, index, months, set(record["months"]), ctx.real_today)
            entries = store.read_undo()
            entries.append(record)
            store.write_undo(entries)


def mark_done(
    session: Session, today: dt.date, ids: list[str]
) -> tuple[list[tuple[Task, bool]], changes.Changed]:
    plan(session, today, [today])  # a day not planned yet has no task to tick
    targets = resolve(session, today, ids)
    already = {t.id for t in targets if t.status == Status.DONE}
    tasks, changed = act(session, "done", targets, ticking(session.now, session.profile.me))
    refresh_window(session)
    return [(t, t.id in already) for t in tasks], changed


def ticking(now: dt.datetime, me: str | None) -> Action:
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
    if to < session.real_today:
        # A task moved into the past would be late (or missed) at once: refused, and said how
        # to record work already done.
        raise UsageError("move.past", date=session.voice.long_date(to), id=prefix)
    targets = resolve(session, today, [prefix])
    action = moving(to, at, session.now)
    moved, changed = act(session, "move", targets, action, extra=[month_key(to)])
    refresh_window(session)
    return moved[0], changed


def not_worked(session: Session, day: dt.date) -> bool:
    """Whether `day` is a day off for the profile: an absence, a public holiday or a weekday
    it does not work. A task moved there stays owed (see `queries.owed_on_day_off`)."""
    if absences.on(session.store().read_absences(), day) is not None:
        return True
    return not workweek_for(session.profile, day, day).is_working(day)


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
        taken = months[month_key(day)].tasks
        # The id derives from the title, the day and the clock: two adds at one `--now` (or
        # within the clock's precision) are still two tasks, never one replacing the other.
        n = 0
        while task.id in taken:
            n += 1
            task.id = planner.added_id(f"{title}\x1f{n}", day, session.now)
        taken[task.id] = task
        with store.transaction():
            keep_profile(session, store)
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
                if record["months"]:
                    # The duties `off` moved off the absence go back with it.
                    index = store.read_index()
                    months = store.read_months(set(record["months"]))
                    before = planner.snapshot(months)
                    planner.apply_undo(months, record)
                    save_months(store, index, months, set(record["months"]), session.real_today)
                    changed = changes.between(before, months, None)
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
                save_months(store, index, months, set(record["months"]), session.real_today)
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
        os.unlink(window.window_path(paths))
