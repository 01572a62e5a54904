"""Reminders (domain, pure; `now` is passed in): which timed tasks come due and which carried
tasks became overdue, for `cmagenda remind` and its cron line.
"""

from __future__ import annotations

import datetime as dt

from cmagenda.domain.model import Status
from cmagenda.domain.queries import (
    NO_DAYS_OFF,
    Item,
    carried,
    posts_by_slot,
    short_ids,
    view_status,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from cmagenda.domain.month import Month


class Reminder:
    """One line of `remind`: a task coming due (`due`) or newly overdue (`overdue`), and the
    key under which it is remembered as said."""

    __slots__ = ("item", "key", "kind")

    def __init__(self, kind: str, item: Item, key: str) -> None:
        self.kind = kind
        self.item = item
        self.key = key


def reminders(
    months: dict[str, Month],
    now: dt.datetime,
    within: dt.timedelta,
    said: Iterable[str],
    shorts: dict[str, str] | None = None,
    off: Mapping[dt.date, str] = NO_DAYS_OFF,
) -> list[Reminder]:
    """What to remind at `now` (wall time in the profile's zone): the open timed tasks due from
    now to now + `within` (an optional slot only when a post is planned in it), then the carried
    tasks now overdue; none already `said`."""
    said = set(said)
    today = now.date()
    local = now.replace(tzinfo=None, second=0, microsecond=0)
    end = local + within
    shorts = short_ids(months) if shorts is None else shorts
    posts = posts_by_slot(months)
    out = []
    for month in months.values():
        for task in month.tasks.values():
            if task.status != Status.TODO or task.time is None or not today <= task.date:
                continue
            if view_status(task, today, off)[0] == Status.OFF:
                continue  # nothing is owed on a day off
            hour, minute = (int(x) for x in task.time.split(":"))
            at = dt.datetime(task.date.year, task.date.month, task.date.day, hour, minute)
            if not local <= at <= end or (task.optional and task.id not in posts):
                continue
            key = f"{task.id}@{task.date.isoformat()}T{task.time}"
            if key not in said:
                item = Item(task, Status.TODO, False, shorts.get(task.id, task.id))
                item.post = posts.get(task.id)
                out.append(Reminder("due", item, key))
    out.sort(key=lambda r: (r.item.task.date, r.item.task.time or "", r.item.task.id))
    late = []
    for task in carried(months.values(), today, off):
        status, overdue = view_status(task, today, off)
        key = f"{task.id}@overdue"
        if overdue and key not in said:
            late.append(
                Reminder("overdue", Item(task, status, True, shorts.get(task.id, task.id)), key)
            )
    late.sort(key=lambda r: (r.item.task.date, r.item.task.time or "", r.item.task.id))
    return out + late
