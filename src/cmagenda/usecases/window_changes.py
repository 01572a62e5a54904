"""Window changes (use cases): `done`, `skip` and `move` on the tasks of the real today's horizon
while its window is fresh, for the fast path. The same store code as the full path, under the
same lock; what differs is what is read and drawn again.

A prefix that extends the short id the window shows for a task names that task whatever the
full path would search (a short id is unique over every task stored): then only the months the
change and the redrawn views need are read; a month before the current week that the views need
only for its carried tasks is taken from the window's today (its file unchanged since, by its
stamp). Such a month is never written: the store only ever sees the months it read. Any other
prefix reads every month of the window, as the full path's views do."""

from __future__ import annotations

import datetime as dt

from cmagenda.domain import planner, queries
from cmagenda.domain.model import Status, Task, post_from_json, task_from_json
from cmagenda.domain.month import Month, month_key
from cmagenda.storage import undolog, window
from cmagenda.storage.months import Index
from cmagenda.storage.store import Store
from cmagenda.usecases.planning import indexed, window_months, write_window
from cmagenda.usecases.session import Context
from cmagenda.usecases.tasks import commit, ticking
from cmagenda.views import changes

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

    from cmagenda.usecases.tasks import Action


def mark_done_in_window(
    ctx: Context, body: dict[str, Any], horizon: window.Horizon, prefixes: list[str]
) -> tuple[list[tuple[Task, bool]], changes.Changed] | None:
    """`done` on the horizon's tasks while the window is fresh (the fast path)."""
    tick = ticking(ctx.now, window.Look.of(body).me)
    found = change_in_window(ctx, body, horizon, prefixes, "done", tick)
    if found is None:
        return None
    tasks, before, changed = found
    return [(t, before[t.id] == Status.DONE) for t in tasks], changed


def change_in_window(
    ctx: Context,
    body: dict[str, Any],
    horizon: window.Horizon,
    prefixes: list[str],
    label: str,
    action: Action,
    to: dt.date | None = None,
) -> tuple[list[Task], dict[str, str], changes.Changed] | None:
    """A change to tasks of the real today's horizon while its window (`body`, `horizon`) is
    fresh: one lock, the months it needs read (and that of `to`, where a move takes them), the
    change saved, the window rewritten from the same data, redrawing only the weeks the change
    touched. Returns the tasks, their statuses before, and what changed; None when a prefix is
    not a single task of those months: the full path resolves it in history and words the
    error."""
    look = window.Look.of(body)
    store = ctx.store()
    store.defer_undo = True
    wanted = [p.strip().lower() for p in prefixes]
    named = _named(body, horizon, wanted)
    with store.locked():
        index = store.read_index()
        keys = window_months(index, ctx.real_today, look.week_start)
        keys |= {month_key(to)} if to is not None else set()
        if next(window.changed_since(body), None) is not None:
            # Written since the window was read: its short ids, its today and the weeks it
            # would copy may be out of date. Nothing is changed yet: the full path does it.
            return None
        names = window.setting_names(ctx.paths)
        settings = {k: v for k, v in body["stamps"].items() if k in names}
        if named is not None:
            # The window is what the store holds: its short ids and its today stand for the
            # months not read.
            needed = _needed(body, look.week_start, [*named, *([to] if to else [])])
            # A month holding undo steps is read too: the step of this change joins them.
            marked = undolog.marked(store.folder)
            months = store.read_months((keys & needed) | marked)
            carried = _carried(body, index, keys - needed - marked)
        else:
            months, carried = store.read_months(keys), {}
        targets: list[Task] = []
        for prefix in wanted:
            found = queries.find_tasks(months, prefix) if prefix else []
            if len(found) != 1:
                return None
            if all(t.id != found[0].id for t in targets):
                targets.append(found[0])  # an id given twice is one task, as `resolve` says
        statuses = {t.id: t.status for t in targets}
        ids = {t.id for t in targets}
        before = planner.snapshot(months, ids)
        for task in targets:
            action(months, task)
        record = _commit_in_window(ctx, store, index, label, before, months, ids)
        touched = planner.touched_days(record, months) if record is not None else set()
        try:
            # No task is added: the short ids shown (in the window, and in the weeks of its
            # horizon redrawn) are still unique.
            shorts = window.shorts(body, [w for d in sorted(touched) for w in horizon.weeks(d)])
        except window.Stale:
            shorts = None  # worked out over the store instead
        # Nor is a week planned: the window keeps the weeks it had.
        write_window(
            ctx, store, look, settings, index, keys, months, shorts,
            lambda _months, days: days[0] in horizon.spans, (horizon, touched), carried,
        )  # fmt: skip
    return targets, statuses, changes.between(before, months, label, ids)


def _named(
    body: dict[str, Any], horizon: window.Horizon, prefixes: list[str]
) -> list[dt.date] | None:
    """The day of each task the prefixes name, by the window alone: a prefix that extends the
    short id shown for a task names it; None when one does not."""
    shown: dict[str, tuple[str, str]] = {}

    def take(days: Iterable[dict[str, Any]]) -> None:
        for day in days:
            for item in day["items"]:
                shown[str(item["task"]["id"])] = (str(item["short"]), str(item["task"]["date"]))

    try:
        take([body["today"], *body["week"]["days"]])
        days = []
        for prefix in prefixes:
            found = _extended(shown, prefix)
            if found is None and prefix:
                # In a week of the horizon: only the weeks whose line holds such an id are read.
                key = b'"id":"' + prefix.encode()
                for start in horizon.spans:
                    if key in horizon.line(start):
                        take(horizon.weeks(start)[0]["days"])
                found = _extended(shown, prefix)
            if found is None:
                return None
            days.append(dt.date.fromisoformat(found))
        return days
    except (KeyError, TypeError, ValueError, IndexError, window.Stale):
        return None


def _extended(shown: dict[str, tuple[str, str]], prefix: str) -> str | None:
    """The day of the task whose id starts with `prefix` and whose short id `prefix` starts
    with, if any."""
    for tid, (short, day) in shown.items():
        if tid.startswith(prefix) and prefix.startswith(short):
            return day
    return None


def _needed(body: dict[str, Any], week_start: str, days: list[dt.date]) -> set[str]:
    """The months the change and the views it redraws read: the current week's, and those of
    every week holding one of `days` (the named tasks' and where a move takes them)."""
    start, end = (dt.date.fromisoformat(body["week"][k]) for k in ("start", "end"))
    needed = {month_key(start), month_key(end)}
    for day in days:
        first, last = queries.week_bounds(day, week_start)
        needed |= {month_key(first), month_key(day), month_key(last)}
    return needed


def _carried(body: dict[str, Any], index: Index, keys: set[str]) -> dict[str, Month]:
    """Of the months `keys` not read, those the views redrawn need for their carried tasks
    (and those done today) alone, as the window's today shows them: the open months before
    today's. The others show nothing in today or in the weeks redrawn."""
    current = body["today"]["date"][:7]
    carried: dict[str, Month] = {}
    for key in sorted(k for k in keys if k < current and k in index.open_months):
        items = [i for i in body["today"]["items"] if str(i["task"]["date"])[:7] == key]
        tasks = [task_from_json(i["task"]) for i in items]
        posts = [post_from_json(i["post"]) for i in items if "post" in i]
        carried[key] = Month(key, {t.id: t for t in tasks}, posts={p.id: p for p in posts})
    return carried


def _commit_in_window(
    ctx: Context,
    store: Store,
    index: Index,
    label: str,
    before: planner.Snapshot,
    months: dict[str, Month],
    ids: set[str],
) -> dict[str, Any] | None:
    """`commit` for the fast path: a change that the index still covers keeps its undo step in
    a month it changes (see `undolog`): one file replaced, or the months it moved a task
    between through the journal; any other is journalled with undo.json, the steps waiting in
    the months folded first, as they are older. Returns the undo step, None when nothing
    changed."""
    record = planner.undo_record(label, before, months, ctx.now, ids)
    if not record["months"]:
        return None
    changed = set(record["months"])
    if covers(index, indexed(index, months, changed, ctx.real_today)) and store.defer(
        [months[key] for key in sorted(changed)], record
    ):
        return record
    with store.transaction():
        store.fold_undo(months)
        commit(ctx, store, index, label, before, months, ids)
    return record


def covers(index: Index, after: Index) -> bool:
    """Whether `index` on disk still serves once the change is saved: the index `after` it
    would be, or one listing more open months (read for nothing, never one missed)."""
    return after.last_expanded == index.last_expanded and after.open_months <= index.open_months
