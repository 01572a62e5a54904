"""Month: one month of the store (its tasks, posts, planned days and holidays) and the checks a
month read from disk must pass (domain layer, pure).
"""

from __future__ import annotations

import datetime as dt

from cmagenda.domain import limits
from cmagenda.domain.model import Post, Status, Task, Titles

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def month_key(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


class Month:
    """One month of planned tasks, as the store keeps them.

    `expanded`: the days already planned, each with the fingerprint of the checklist and profile
    it was planned with (a past day is never planned again, a later one again only when they
    change). `moved_out`: tasks of this month moved to another month, so that planning does not
    recreate them. `holidays`: the public holidays of the planned days, named in each language.
    """

    __slots__ = ("expanded", "holidays", "key", "moved_out", "posts", "tasks")

    def __init__(
        self,
        key: str,
        tasks: dict[str, Task] | None = None,
        expanded: dict[dt.date, str] | None = None,
        moved_out: dict[str, dt.date] | None = None,
        posts: dict[str, Post] | None = None,
        holidays: dict[dt.date, Titles] | None = None,
    ) -> None:
        self.key = key
        self.holidays = holidays if holidays is not None else {}
        self.tasks = tasks if tasks is not None else {}
        self.posts = posts if posts is not None else {}
        self.expanded = expanded if expanded is not None else {}
        self.moved_out = moved_out if moved_out is not None else {}

    def has_open_carry(self) -> bool:
        return any(t.carry and t.status == Status.TODO for t in self.tasks.values())

    def ticked_late_on(self, day: dt.date) -> bool:
        """Whether a task of an earlier day was ticked off (or skipped) on `day`."""
        return any(
            t.date < day and t.done_at is not None and t.done_at.date() == day
            for t in self.tasks.values()
        )


def check_counts(tasks: Any, posts: Any) -> None:
    """Refuse a month holding more tasks or posts than planning and `post add` could make,
    before any of them is parsed."""
    if not isinstance(tasks, list) or not isinstance(posts, list):
        raise ValueError("tasks and posts must be lists")
    if len(tasks) > limits.TASKS_PER_MONTH:
        raise ValueError(f"more than {limits.TASKS_PER_MONTH} tasks in a month")
    if len(posts) > limits.POSTS_PER_MONTH:
        raise ValueError(f"more than {limits.POSTS_PER_MONTH} posts in a month")


def check_month(month: Month) -> None:
    """Refuse what planning never stores: a task, post, planned day or holiday dated outside
    its month (a moved task is stored in the month it was moved to), a tombstone that is not
    an id, an oversized fingerprint or holiday name."""
    year, number = int(month.key[:4]), int(month.key[5:])
    for task in month.tasks.values():
        if task.date.month != number or task.date.year != year:
            raise ValueError(f"task {task.id}: date {task.date} is not in {month.key}")
    for post in month.posts.values():
        if post.date.month != number or post.date.year != year:
            raise ValueError(f"post {post.id}: date {post.date} is not in {month.key}")
    for day, fingerprint in month.expanded.items():
        if month_key(day) != month.key or len(fingerprint) > limits.FINGERPRINT:
            raise ValueError(f"planned day {day}: not in {month.key} or bad fingerprint")
    for day in month.holidays:
        if month_key(day) != month.key:
            raise ValueError(f"holiday {day}: not in {month.key}")
    for tid in month.moved_out:
        if not limits.is_id(tid):
            raise ValueError(f"moved task {tid[:40]!r} is not an id")
