"""Sync, the way down: a change made on the server, as a change of the stored task or post.

Ticked on a phone: done at the time the phone says. Reopened: to do again. Cancelled: skipped,
with a reason saying where. A new DUE or DTSTART: moved. A new SUMMARY: retitled. A new
DESCRIPTION: the note (what cmagenda writes before the note, the post's text and a skip's
reason, is recognised and left out). A posting slot's event retitled: its post's text.
"""

from __future__ import annotations

import datetime as dt

from cmagenda.domain import limits, planner
from cmagenda.domain.model import Post, Status, Task, Titles
from cmagenda.domain.month import Month, month_key
from cmagenda.i18n.messages import say

TYPE_CHECKING = False
if TYPE_CHECKING:
    from zoneinfo import ZoneInfo


def _moment(text: str) -> dt.datetime | dt.date | None:
    if not text:
        return None
    if "T" in text:
        return dt.datetime.fromisoformat(text)
    return dt.date.fromisoformat(text)


def _when(text: str, zone: ZoneInfo) -> tuple[dt.date, str | None] | None:
    """A DUE/DTSTART field as a local date and time (None: an all-day date)."""
    value = _moment(text)
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        local = value.astimezone(zone) if value.tzinfo else value
        return local.date(), f"{local.hour:02d}:{local.minute:02d}"
    return value, None


def todo(
    months: dict[str, Month],
    task: Task,
    changes: dict[str, str],
    old_description: str,
    *,
    zone: ZoneInfo,
    now: dt.datetime,
    lang: str,
) -> None:
    """Apply `changes` (the VTODO fields the server changed) to `task`; `months` must hold the
    month a changed date moves it to (see `target_month`)."""
    if "summary" in changes and changes["summary"].strip():
        title = changes["summary"].strip()[: limits.TITLE]
        task.title = Titles(fr=title, en=title)
    if "status" in changes or "completed" in changes:
        status = changes.get("status", "")
        if status == "COMPLETED":
            done_at = _moment(changes.get("completed", ""))
            planner.mark_done(task, now)
            if isinstance(done_at, dt.datetime):
                task.done_at = done_at.astimezone(now.tzinfo)
        elif status == "CANCELLED":
            if task.status == Status.TODO:
                planner.mark_skipped(task, say(lang, "sync.cancelled_reason"), now)
        elif status and task.status != Status.TODO:
            task.status = Status.TODO
            task.done_at = None
            task.reason = None
    if "description" in changes:
        task.note = _note(changes["description"], old_description, task.note)
    moved = target(task, changes, zone)
    if moved is not None:
        day, time = moved
        if day != task.date or time != task.time:
            planner.move_task(months, task, day, time, keep_time=False, now=now)
    task.pinned = True
    task.changed = now


def target(
    task: Task, changes: dict[str, str], zone: ZoneInfo
) -> tuple[dt.date, str | None] | None:
    """Where the server's new DUE/DTSTART puts `task`, or None when they did not change."""
    if "dtstart" in changes and task.window_days:
        return _when(changes["dtstart"], zone)
    if "due" in changes:
        found = _when(changes["due"], zone)
        if found is not None and task.window_days and found[1] is None:
            return found[0] - dt.timedelta(days=task.window_days), None
        return found
    return None


def target_month(task: Task, changes: dict[str, str], zone: ZoneInfo) -> str | None:
    found = target(task, changes, zone)
    return month_key(found[0]) if found is not None else None


def _note(new: str, old_description: str, old_note: str | None) -> str | None:
    """The note in a DESCRIPTION the server changed: what follows the parts cmagenda writes
    before the note (the post's text, a skip's reason), as they were."""
    head = old_description
    if old_note and head.endswith(old_note):
        head = head[: -len(old_note)]
    head = head.rstrip("\n")
    text = new
    if head and text.startswith(head):
        text = text[len(head) :]
    text = text.strip()
    if limits.blank(text):
        return None
    return text[: limits.NOTE]


def post(item: Post, changes: dict[str, str], label: str, now: dt.datetime) -> bool:
    """A posting slot's or a post's event retitled on the server: the post's new text (the
    network's label before it left out). Whether the post changed."""
    summary = changes.get("summary", "").strip()
    # The French title puts a space before the colon, the English one does not.
    for prefix in (f"{label} : ", f"{label}: "):
        if summary.startswith(prefix):
            summary = summary[len(prefix) :].strip()
            break
    if not summary or summary == item.text or len(summary) > limits.POST_TEXT:
        return False
    item.text = summary
    item.changed = now
    return True


def added(title: str, day: dt.date, at: str | None, now: dt.datetime) -> Task:
    """A to-do created on the server, as a task added by hand."""
    title = title.strip()[: limits.TITLE] or "?"
    return planner.new_task(title, day, at, None, 0, now)
