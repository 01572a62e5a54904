"""Leave: the `off` commands: say an absence, list them, take one back; each one undo step.

The absences are kept in off.json (see `store`), written under the lock like every store file,
with a backup of the list replaced, and the step on the undo stack in the same transaction.
"""

from __future__ import annotations

import datetime as dt

from cmagenda.domain import absences, limits
from cmagenda.domain.absences import Absence
from cmagenda.domain.errors import UnknownIdError, UsageError
from cmagenda.domain.model import Post, PostStatus
from cmagenda.domain.month import month_key
from cmagenda.storage import history
from cmagenda.usecases.planning import refresh_window
from cmagenda.usecases.session import Session


def add(session: Session, start: dt.date, end: dt.date, reason: str | None) -> tuple[Absence, int]:
    """Record an absence from `start` to `end`; returns it and its number in `off list`.
    One that overlaps a stored absence is refused, naming it."""
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
        with store.transaction():
            store.write_absences(after)
            history.push(store, history.absences_record("off", stored, session.now), entries)
    refresh_window(session)
    return new, after.index(new) + 1


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
