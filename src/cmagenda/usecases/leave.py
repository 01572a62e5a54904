"""Leave: the `off` commands: say an absence, list them, take one back; each one undo step.

The absences are kept in off.json (see `store`), written under the lock like every store file,
with a backup of the list replaced, and the step on the undo stack in the same transaction.
"""

from __future__ import annotations

import datetime as dt

from cmagenda.domain import absences, limits, planner
from cmagenda.domain.absences import Absence
from cmagenda.domain.errors import UnknownIdError, UsageError
from cmagenda.domain.model import Post, PostStatus, Status, Task
from cmagenda.domain.month import Month, month_key
from cmagenda.domain.workdays import SHIFT_LOOKBACK
from cmagenda.storage import history
from cmagenda.usecases.planning import refresh_window, save_months
from cmagenda.usecases.session import Session, load_checklist


def add(
    session: Session, start: dt.date, end: dt.date, reason: str | None
) -> tuple[Absence, int, list[Task]]:
    """Record an absence from `start` to `end`; returns it, its number in `off list` and the
    duties already planned on it that moved off it. One that overlaps a stored absence is
    refused, naming it."""
    if reason is not None:
        reason = None if limits.blank(reason) else reason.strip()
    if reason is not None and len(reason) > limits.REASON:
        raise UsageError("reason.too_long", length=len(reason), limit=limits.REASON)
    if end < start:
        raise UsageError("off.order", start=start, end=end)
    if (end - start).days >= absences.MAX_DAYS:
        raise UsageError("off.too_long", days=(end - start).days + 1, limit=absences.MAX_DAYS)
    new = Absence(start, end, reason, session.now)
    store = session.store()
    with store.locked():
        stored = store.read_absences()
        entries = store.read_undo()
        clash = absences.clashing(stored, new)
        if clash is not None:
            number = stored.index(clash) + 1
            raise UsageError(
                "off.overlap",
                start=clash.start,
                end=clash.end,
                number=number,
            )
        if len(stored) >= absences.MAX_ABSENCES:
            raise UsageError("off.too_many", limit=absences.MAX_ABSENCES)
        after = absences.ordered([*stored, new])
        index = store.read_index()
        months = store.read_months(_around(new))
        before = planner.snapshot(months)
        moved = _shift_off(session, months, new, absences.days_off(after, dt.date.min, dt.date.max))
        record = history.absences_record("off", stored, session.now)
        if moved:
            record["months"] = planner.undo_record("off", before, months, session.now)["months"]
        with store.transaction():
            store.write_absences(after)
            if moved:
                save_months(store, index, months, set(record["months"]), session.real_today)
            history.push(store, record, entries)
    refresh_window(session)
    return new, after.index(new) + 1, moved


def _around(absence: Absence) -> set[str]:
    """The months a duty shifted off `absence` may leave or land in: its week before it, and
    the days after it up to the longest shift a holiday makes."""
    low = absence.start - dt.timedelta(days=6)
    high = absence.end + dt.timedelta(days=SHIFT_LOOKBACK)
    return {month_key(low + dt.timedelta(days=n)) for n in range((high - low).days + 1)}


def _shift_off(
    session: Session, months: dict[str, Month], absence: Absence, absent: dict[dt.date, str]
) -> list[Task]:
    """Move the duties already planned on the days of `absence`, still to do and never acted
    on, to where planning puts them now that the days are off (a duty that shifts off a
    holiday, or flexible work); their ids stay. Returns the tasks moved."""
    waiting = [
        t
        for m in months.values()
        for t in m.tasks.values()
        if absence.holds(t.date) and t.template and t.status == Status.TODO and not t.pinned
    ]
    if not waiting:
        return []
    # Recurrence loads the checklist's pydantic shapes: only when a planned duty may move.
    from cmagenda.domain.recurrence import expand

    low = absence.start - dt.timedelta(days=6)
    high = absence.end + dt.timedelta(days=SHIFT_LOOKBACK)
    placed = {
        planner.instance_id(o.template.id, o.key_date, o.task_slot): o
        for o in expand(load_checklist(session), session.profile, low, high, absent)
    }
    moved = []
    for task in sorted(waiting, key=lambda t: (t.date, t.time or "", t.id)):
        occ = placed.get(task.id)
        if occ is None or occ.date == task.date or occ.date in absent:
            continue
        if month_key(occ.date) not in months:
            continue
        planner.move_task(months, task, occ.date, occ.time, False, session.now)
        moved.append(task)
    return moved


def listing(session: Session) -> list[Absence]:
    return session.store().read_absences()


def remove(session: Session, which: list[dt.date] | int) -> Absence:
    """Take back the absence numbered `which` in `off list`, or the one whose range is
    `which` (its first and last days), or the one holding `which` (a single day)."""
    store = session.store()
    with store.locked():
        stored = store.read_absences()
        entries = store.read_undo()
        found = _find(stored, which)
        with store.transaction():
            store.write_absences([a for a in stored if a is not found])
            history.push(store, history.absences_record("off rm", stored, session.now), entries)
    refresh_window(session)
    return found


def _find(stored: list[Absence], which: list[dt.date] | int) -> Absence:
    if isinstance(which, int):
        if 1 <= which <= len(stored):
            return stored[which - 1]
        raise UnknownIdError("off.unknown", which=str(which))
    if len(which) == 1:
        found = absences.on(stored, which[0])
    else:
        start, end = which
        found = next((a for a in stored if (a.start, a.end) == (start, end)), None)
    if found is None:
        raise UnknownIdError("off.unknown", which=" ".join(d.isoformat() for d in which))
    return found


def posts_within(session: Session, absence: Absence) -> list[Post]:
    """The posts still to go out during `absence`: an absence does not move them (they are the
    user's work), so `off` names them."""
    days = [absence.start + dt.timedelta(days=n) for n in range(absence.days)]
    months = session.store().read_months({month_key(d) for d in days})
    found = [
        p
        for m in months.values()
        for p in m.posts.values()
        if absence.start <= p.date <= absence.end and p.status != PostStatus.PUBLISHED
    ]
    return sorted(found, key=lambda p: (p.date, p.time or "", p.id))
