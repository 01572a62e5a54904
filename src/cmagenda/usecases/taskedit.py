"""Task edits: change a task's title, duration, time or note (`edit`), or remove it (`rm`).

Both act on any task, planned from the checklist or added by hand, as one undo step. A planned
duty the user changed is pinned, so that planning again never puts the checklist's version
back; a planned duty removed is skipped (with a reason saying so) rather than deleted, since
planning would otherwise recreate it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cmagenda.domain import limits, planner, slots
from cmagenda.domain.errors import UsageError
from cmagenda.domain.model import Post, Task, Titles
from cmagenda.domain.month import Month, month_key
from cmagenda.i18n.messages import say
from cmagenda.usecases.planning import refresh_window
from cmagenda.usecases.session import Session
from cmagenda.usecases.tasks import MAX_MINUTES, act, resolve
from cmagenda.views import changes


@dataclass(slots=True, frozen=True)
class Edit:
    """What `edit` was asked to change (None: left as it is); `time` is "HH:MM", or "" to take
    the time away, and `note` "" to remove the note."""

    title: str | None = None
    minutes: int | None = None
    time: str | None = None
    note: str | None = None


def checked(wanted: Edit) -> Edit:
    """`wanted` with its texts as stored (a title trimmed, a blank note: no note), or the
    UsageError a user sees (exit 2) before anything is read."""
    if all(v is None for v in (wanted.title, wanted.minutes, wanted.time, wanted.note)):
        raise UsageError("edit.nothing")
    title = wanted.title
    if title is not None:
        title = title.strip()
        if limits.blank(title):
            raise UsageError("title.empty")
        if len(title) > limits.TITLE:
            raise UsageError("title.too_long", length=len(title), limit=limits.TITLE)
    if wanted.minutes is not None and not 0 <= wanted.minutes <= MAX_MINUTES:
        raise UsageError("minutes.bad", value=wanted.minutes, max=MAX_MINUTES)
    note = wanted.note
    if note is not None:
        note = "" if limits.blank(note) else note.strip()
        if len(note) > limits.NOTE:
            raise UsageError("note.too_long", length=len(note), limit=limits.NOTE)
    return Edit(title, wanted.minutes, wanted.time, note)


def apply(task: Task, wanted: Edit, now: dt.datetime) -> None:
    """Change `task` as `wanted` (already `checked`) says."""
    if wanted.title is not None:
        task.title = Titles(fr=wanted.title, en=wanted.title)
    if wanted.minutes is not None:
        task.minutes = wanted.minutes
    if wanted.time is not None:
        task.time = wanted.time or None
    if wanted.note is not None:
        task.note = wanted.note or None
    task.pinned = True
    task.changed = now


def edit(
    session: Session, today: dt.date, prefix: str, wanted: Edit
) -> tuple[Task, changes.Changed]:
    wanted = checked(wanted)
    targets = resolve(session, today, [prefix])
    edited, changed = act(
        session, "edit", targets, lambda _m, task: apply(task, wanted, session.now)
    )
    refresh_window(session)
    return edited[0], changed


def remove(
    session: Session, today: dt.date, prefix: str
) -> tuple[Task, changes.Changed, Post | None]:
    """Remove the task `prefix` names: deleted when added by hand, skipped when planned from
    the checklist (its `template`), so that it is never planned again. A posting slot's post
    goes back to unplanned (returned): a post attached to a removed slot would be shown nowhere
    and counted as filling nothing."""
    targets = resolve(session, today, [prefix])
    reason = say(session.lang, "rm.reason")
    freed: list[Post] = []

    def action(months: dict[str, Month], task: Task) -> None:
        post = slots.post_in(months, task) if task.is_posting_slot else None
        if post is not None:
            post.slot = None
            post.changed = session.now
            freed.append(post)
        if task.template is None:
            del months[month_key(task.date)].tasks[task.id]
        else:
            planner.mark_skipped(task, reason, session.now)

    removed, changed = act(session, "rm", targets, action)
    refresh_window(session)
    return removed[0], changed, (freed[0] if freed else None)
