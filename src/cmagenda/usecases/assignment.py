"""Assignment: who on a team is to do a task (`assign ID NAME`, `assign ID --none`,
`add --to NAME`), and which tasks are someone's (`--mine`).

A team of two to five shares one plan; each member's profile names them (`me`). An assigned
duty is pinned, so that planning again never takes the name away. A name is said as it was
given (trimmed), checked like every user text that reaches a terminal or a calendar.
"""

from __future__ import annotations

import datetime as dt

from cmagenda.domain import limits
from cmagenda.domain.errors import UsageError
from cmagenda.domain.fields import check_name
from cmagenda.domain.model import Task
from cmagenda.domain.queries import Day, Week
from cmagenda.usecases.planning import refresh_window
from cmagenda.usecases.session import Session
from cmagenda.usecases.tasks import act, resolve
from cmagenda.views import changes

TYPE_CHECKING = False
if TYPE_CHECKING:
    from cmagenda.domain.month import Month


def checked_name(name: str) -> str:
    """`name` as stored, or the UsageError (exit 2) saying what is wrong with it."""
    try:
        return check_name(name)
    except ValueError:
        raise UsageError("assign.bad_name", limit=limits.NAME) from None


def assign(
    session: Session, today: dt.date, prefix: str, name: str | None
) -> tuple[Task, changes.Changed]:
    """Assign the task `prefix` names to `name` (None: to nobody), as one undo step."""
    who = checked_name(name) if name is not None else None
    targets = resolve(session, today, [prefix])
    now = session.now

    def action(_months: dict[str, Month], task: Task) -> None:
        task.assignee = who
        task.pinned = True
        task.changed = now

    assigned, changed = act(session, "assign", targets, action)
    refresh_window(session)
    return assigned[0], changed


def mine(task: Task, me: str | None) -> bool:
    """Whether `task` is for `me`: assigned to that name (case aside) or to nobody. A profile
    naming nobody sees everything."""
    if me is None or task.assignee is None:
        return True
    return task.assignee.casefold() == me.casefold()


def only_mine(day: Day, me: str | None) -> Day:
    """`day` with only the tasks for `me` (see `mine`)."""
    if me is None:
        raise UsageError("assign.no_me")
    items = [i for i in day.items if mine(i.task, me)]
    return Day(day.date, items, day.holiday, day.orphans, day.capacity, day.off, day.outside)


def week_mine(week: Week, me: str | None) -> Week:
    """`week` with only the tasks for `me`; its editorial tallies stay the team's."""
    days = [only_mine(d, me) for d in week.days]
    return Week(week.start, week.end, week.today, days, week.tallies)
