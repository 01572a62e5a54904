"""Planner: occurrences -> task instances with idempotent ids; done/skip/move/add/undo on data.

An instance's id is a hash of (template id, local date, slot), so planning the same day twice,
from cron and by hand at the same minute, yields the same tasks. Days before the real today are
frozen once planned: editing a template never rewrites them. Days from today on are kept in step
with the templates, except for tasks the user acted on ("pinned").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from cmagenda.domain import slots
from cmagenda.domain.model import (
    LANGUAGES,
    Post,
    PostStatus,
    Status,
    Task,
    Titles,
    post_from_json,
    task_from_json,
)
from cmagenda.domain.month import Month, month_key

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from cmagenda.domain.recurrence import Occurrence

    # What a set of months held before an action: per month, task dumps and the tombstones.
    Snapshot = dict[
        str, tuple[dict[str, dict[str, Any]], dict[str, dt.date], dict[str, dict[str, Any]]]
    ]

ID_LENGTH = 12


def instance_id(template: str, day: dt.date, slot: str) -> str:
    import hashlib  # loads OpenSSL: only where ids are made, never on the `done` path

    key = f"{template}\x1f{day.isoformat()}\x1f{slot}".encode()
    return hashlib.sha256(key).hexdigest()[:ID_LENGTH]


def added_id(title: str, day: dt.date, now: dt.datetime) -> str:
    import hashlib

    key = f"added\x1f{title}\x1f{day.isoformat()}\x1f{now.isoformat()}".encode()
    return hashlib.sha256(key).hexdigest()[:ID_LENGTH]


def make_task(occ: Occurrence, network_labels: dict[str, str]) -> Task:
    template = occ.template
    label = network_labels.get(occ.network or "", occ.network or "")
    titles = {}
    for lang in LANGUAGES:
        text = getattr(template.title, lang)
        if text is not None and (template.per_network or template.series):
            text = (
                text.replace("{network}", label)
                .replace("{n}", str(occ.n))
                .replace("{target}", occ.target)
            )
        if text is not None and occ.parts:
            text = f"{text} ({occ.part}/{occ.parts})"
        titles[lang] = text
    return Task(
        id=instance_id(template.id, occ.key_date, occ.task_slot),
        template=template.id,
        origin=occ.date,
        slot=occ.task_slot,
        date=occ.date,
        time=occ.time,
        title=Titles(**titles),
        phase=template.phase,
        volet=template.volet,
        network=occ.network,
        minutes=occ.minutes,
        carry=template.carry and not occ.optional,
        # The window ends where the rule put it, however late the duty was placed or shifted.
        window_days=max(0, template.window_days - (occ.date - occ.key_date).days),
        optional=occ.optional,
        assignee=template.assignee,
    )


def days_to_plan(
    months: dict[str, Month], days: Iterable[dt.date], frozen_before: dt.date, fingerprint: str
) -> list[dt.date]:
    """The days that need planning: never planned, or from `frozen_before` (the real today) on
    and planned with another checklist or profile (`fingerprint`). Past planned days are frozen.
    `months` must hold the month of every day given."""

    def planned(day: dt.date) -> bool:
        seen = months[month_key(day)].expanded.get(day)
        return seen is not None and (day < frozen_before or seen == fingerprint)

    return sorted(d for d in set(days) if not planned(d))


def plan_days(
    months: dict[str, Month],
    occurrences: Iterable[Occurrence],
    days: Iterable[dt.date],
    network_labels: dict[str, str],
    fingerprint: str,
    holidays: dict[dt.date, Titles] | None = None,
) -> set[str]:
    """Bring `days` (as `days_to_plan` chose them) in line with `occurrences`, and note their
    public `holidays`; returns the keys of the months changed. `months` must hold the month of
    every day given.
    """
    holidays = holidays or {}
    planning = set(days)
    by_day: dict[dt.date, dict[str, Occurrence]] = {}
    # Duties now placed on a day not planned here (a frozen past day): a task the user
    # already sees for one of them stays where it is rather than vanish.
    placed_out: set[str] = set()
    for occ in occurrences:
        task_id = instance_id(occ.template.id, occ.key_date, occ.task_slot)
        by_day.setdefault(occ.date, {})[task_id] = occ
        if occ.date not in planning:
            placed_out.add(task_id)
    changed: set[str] = set()
    for day in sorted(planning):
        month = months[month_key(day)]
        expected = by_day.get(day, {})
        before = _fingerprint(month, day)
        for task_id, occ in expected.items():
            if task_id in month.moved_out or _elsewhere(months, month, task_id):
                continue
            current = month.tasks.get(task_id)
            if current is not None and current.date not in planning:
                continue  # placed on a day already planned and kept: not moved under the user
            if current is None or (not current.pinned and current.status == Status.TODO):
                month.tasks[task_id] = make_task(occ, network_labels)
        for task_id, task in list(month.tasks.items()):
            if (
                task.origin == day
                and task.template is not None
                and not task.pinned
                and task.status == Status.TODO
                and task_id not in expected
                and task_id not in placed_out
            ):
                del month.tasks[task_id]
        if month.expanded.get(day) != fingerprint:
            month.expanded[day] = fingerprint
            changed.add(month.key)
        holiday = holidays.get(day)
        if month.holidays.get(day) != holiday:
            if holiday is None:
                del month.holidays[day]
            else:
                month.holidays[day] = holiday
            changed.add(month.key)
        if _fingerprint(month, day) != before:
            changed.add(month.key)
    return changed


def _elsewhere(months: dict[str, Month], home: Month, task_id: str) -> bool:
    """Whether another month holds `task_id`: a duty shifted across a month's end, already
    planned (and perhaps done) where it was first placed."""
    return any(m is not home and task_id in m.tasks for m in months.values())


def _fingerprint(month: Month, day: dt.date) -> list[dict[str, Any]]:
    return sorted(
        (t.dump() for t in month.tasks.values() if t.origin == day or t.date == day),
        key=lambda d: str(d["id"]),
    )


# -- user actions: each mutates the months given and leaves undo data to the caller ----------


def mark_done(task: Task, now: dt.datetime) -> None:
    task.status = Status.DONE
    task.done_at = now.replace(microsecond=0)
    task.reason = None
    task.pinned = True
    task.changed = now


def mark_skipped(task: Task, reason: str | None, now: dt.datetime) -> None:
    task.status = Status.SKIPPED
    task.done_at = None
    task.reason = reason
    task.pinned = True
    task.changed = now


def move_task(
    months: dict[str, Month],
    task: Task,
    to: dt.date,
    at: str | None,
    keep_time: bool,
    now: dt.datetime,
) -> None:
    """Move `task` to another date (and time); `months` must hold both months."""
    source = months[month_key(task.date)]
    target = months[month_key(to)]
    del source.tasks[task.id]
    home = months.get(month_key(task.origin)) if task.origin else None
    task.date = to
    if not keep_time:
        task.time = at
    task.pinned = True
    task.changed = now
    target.tasks[task.id] = task
    if home is not None and task.template is not None:
        # The origin month must not plan the same duty again where it was.
        if home is target:
            home.moved_out.pop(task.id, None)
        else:
            home.moved_out[task.id] = to


def new_task(
    title: str,
    day: dt.date,
    at: str | None,
    network: str | None,
    minutes: int,
    now: dt.datetime,
) -> Task:
    return Task(
        id=added_id(title, day, now),
        date=day,
        time=at,
        title=Titles(fr=title, en=title),
        network=network,
        minutes=minutes,
        carry=True,
        pinned=True,
        changed=now,
    )


def snapshot(months: dict[str, Month], ids: set[str] | None = None) -> Snapshot:
    """What `months` hold now (only the tasks `ids` when the action touches no others)."""
    # Dumps rather than a deep copy of the objects: a tenth of the time, and what undo keeps.
    return {
        key: (
            {tid: t.dump() for tid, t in m.tasks.items() if ids is None or tid in ids},
            dict(m.moved_out),
            {pid: p.dump() for pid, p in m.posts.items()},
        )
        for key, m in months.items()
    }


def undo_record(
    label: str,
    before: Snapshot,
    after: dict[str, Month],
    now: dt.datetime,
    ids: set[str] | None = None,
) -> dict[str, Any]:
    """What `undo` needs to put back every task and tombstone the action changed (among the
    tasks `ids`, when the snapshot was limited to them)."""
    months: dict[str, Any] = {}
    for key, new in sorted(after.items()):
        old_tasks, old_moved, old_posts = before.get(key, ({}, {}, {}))
        new_tasks = {tid: t.dump() for tid, t in new.tasks.items() if ids is None or tid in ids}
        tasks = {
            tid: old_tasks.get(tid)
            for tid in sorted(old_tasks.keys() | new_tasks.keys())
            if old_tasks.get(tid) != new_tasks.get(tid)
        }
        moved = {
            tid: (old_moved[tid].isoformat() if tid in old_moved else None)
            for tid in sorted(old_moved.keys() | new.moved_out.keys())
            if old_moved.get(tid) != new.moved_out.get(tid)
        }
        new_posts = {pid: p.dump() for pid, p in new.posts.items()}
        posts = {
            pid: old_posts.get(pid)
            for pid in sorted(old_posts.keys() | new_posts.keys())
            if old_posts.get(pid) != new_posts.get(pid)
        }
        if tasks or moved or posts:
            months[key] = {"tasks": tasks, "moved_out": moved}
            if posts:
                months[key]["posts"] = posts
    return {"label": label, "at": now.isoformat(), "months": months}


def touched_days(record: dict[str, Any], after: dict[str, Month]) -> set[dt.date]:
    """The days the change `record` (an `undo_record` of `after`) shows on: each changed task's
    and post's day before the change and after it."""
    days = set()
    for key, change in record["months"].items():
        month = after.get(key)
        for kind, table in (("tasks", change["tasks"]), ("posts", change.get("posts", {}))):
            for item_id, old in table.items():
                if old is not None:
                    days.add(dt.date.fromisoformat(old["date"]))
                items = {} if month is None else month.tasks if kind == "tasks" else month.posts
                now = items.get(item_id)
                if now is not None:
                    days.add(now.date)
    return days


def apply_undo(months: dict[str, Month], record: dict[str, Any]) -> int:
    """Put back what `record` saved; returns how many tasks (and posts) it changed, each once
    (a task moved to another month is in the record of both)."""
    restored = set()
    for key, change in record["months"].items():
        month = months[key]
        for tid, body in change["tasks"].items():
            if body is None:
                month.tasks.pop(tid, None)
            else:
                month.tasks[tid] = task_from_json(body)
            restored.add(("task", tid))
        for pid, body in change.get("posts", {}).items():
            if body is None:
                month.posts.pop(pid, None)
            else:
                month.posts[pid] = post_from_json(body)
            restored.add(("post", pid))
        for tid, when in change["moved_out"].items():
            if when is None:
                month.moved_out.pop(tid, None)
            else:
                month.moved_out[tid] = dt.date.fromisoformat(when)
    return len(restored)


# -- posts ---------------------------------------------------------------------------------------


def add_post(
    months: dict[str, Month],
    network: str,
    day: dt.date,
    slot: Task | None,
    at: str | None,
    text: str,
    link: str | None,
    now: dt.datetime,
) -> Post:
    """A new post in `slot` (chosen by the caller; None: outside the slots, at `at`)."""
    import hashlib

    month = months[month_key(day)]
    key = f"post\x1f{network}\x1f{day.isoformat()}\x1f{text}\x1f{now.isoformat()}".encode()
    post = Post(
        id=hashlib.sha256(key).hexdigest()[:ID_LENGTH],
        network=network,
        date=day,
        text=text,
        time=at if at is not None else (slot.time if slot else None),
        link=link,
        slot=slot.id if slot else None,
        changed=now,
    )
    month.posts[post.id] = post
    return post


def set_post_status(months: dict[str, Month], post: Post, status: str, now: dt.datetime) -> None:
    """A published post ticks its slot off (and un-publishing does not un-tick it)."""
    post.status = status
    if status == PostStatus.PUBLISHED and post.slot:
        slot = months[month_key(post.date)].tasks.get(post.slot)
        if slot is not None and slot.status != Status.DONE:
            mark_done(slot, now)


def move_post(
    months: dict[str, Month], post: Post, to: dt.date, at: str | None, now: dt.datetime
) -> None:
    """Take `post` out of its slot and put it in a slot of `to` (at `at`, or the first free)."""
    months[month_key(post.date)].posts.pop(post.id, None)
    target = months[month_key(to)]
    post.date, post.slot = to, None
    found = slots.open_slots(months, post.network, [to], now)
    if at is not None:
        found = [s for s in found if s.time == at]
    slot = found[0] if found else None
    post.slot = slot.id if slot else None
    post.time = at if at is not None else (slot.time if slot else None)
    target.posts[post.id] = post
