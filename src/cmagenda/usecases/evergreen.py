"""Evergreen: a published post marked evergreen comes back as a proposal for a free slot once its
cool-down is over (`every` days after it went out, then after each return), at most `times` times.

`post suggest` lists the proposals, each with the next open slot of its network; `post suggest
--take ID` plans a copy of the post (text, link, first comment, media; a draft, to be reviewed
again) in that slot and counts the return, as one undoable change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cmagenda.domain import planner, slots
from cmagenda.domain.errors import UsageError
from cmagenda.domain.model import Post, PostStatus, Task
from cmagenda.domain.month import month_key
from cmagenda.usecases import planning, tasks
from cmagenda.usecases import posts as editorial
from cmagenda.views import changes

TYPE_CHECKING = False
if TYPE_CHECKING:
    from cmagenda.usecases.session import Session


def due_on(post: Post) -> dt.date | None:
    """The day `post` may come back from, or None: not evergreen, not out yet or used up."""
    green = post.evergreen
    if green is None or post.status != PostStatus.PUBLISHED or green["used"] >= green["times"]:
        return None
    return post.date + dt.timedelta(days=green["every"] * (green["used"] + 1))


@dataclass(slots=True, frozen=True)
class Proposal:
    post: Post
    # The next open slot of its network; None: none in sight (or the network left).
    slot: Task | None


def _first_open(session: Session, network: str) -> Task | None:
    days = editorial.open_days(session, network)
    if days is None:
        return None
    months = session.store().read_months({month_key(d) for d in days})
    found = slots.open_slots(months, network, days, session.now)
    return found[0] if found else None


def proposals(session: Session) -> list[Proposal]:
    """The evergreen posts whose cool-down is over, oldest first."""
    store = session.store()
    today = session.real_today
    months = store.read_months(set(store.all_month_keys()))
    due = [
        p
        for m in months.values()
        for p in m.posts.values()
        if (when := due_on(p)) is not None and when <= today
    ]
    due.sort(key=lambda p: (p.date, p.network, p.id))
    active = set(session.profile.networks)
    return [
        Proposal(p, _first_open(session, p.network) if p.network in active else None) for p in due
    ]


def take(session: Session, prefix: str) -> tuple[Post, changes.Changed]:
    """Plan a copy of the evergreen post `prefix` in the next open slot of its network."""
    original = editorial.resolve(session, prefix)
    when = due_on(original)
    if when is None or when > session.real_today:
        raise UsageError("evergreen.not_due", id=original.id[:7])
    days = editorial.open_days(session, original.network)
    if days is None:
        raise UsageError("post.no_open_slot", network=original.network, days=editorial.SEARCH_DAYS)
    store = session.store()
    with store.locked():
        index = store.read_index()
        months = store.read_months({month_key(original.date), *(month_key(d) for d in days)})
        source = months[month_key(original.date)].posts.get(original.id)
        found = slots.open_slots(months, original.network, days, session.now)
        if source is None or source.evergreen is None or not found:
            raise UsageError("evergreen.not_due", id=original.id[:7])
        before = planner.snapshot(months)
        slot = found[0]
        copy = planner.add_post(
            months, source.network, slot.date, slot, None, source.text, source.link, session.now
        )
        copy.first_comment = source.first_comment
        copy.media = [dict(m) for m in source.media]
        source.evergreen = {**source.evergreen, "used": source.evergreen["used"] + 1}
        source.changed = session.now
        tasks.commit(session, store, index, "post suggest", before, months)
    planning.refresh_window(session)
    return copy, changes.between(before, months, "post suggest")
