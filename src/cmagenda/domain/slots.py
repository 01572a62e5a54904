"""Slots: the editorial calendar's one rule for a posting slot, read by every view, tally,
report and export, and by `post add` choosing where a post goes (pure, standard library only:
the fast path draws the tallies too).

A slot is filled when a post is planned in it or when it is ticked done (the post went out
straight from the network's own tool). It is open to a new post when it is neither filled nor
skipped, and its time has not passed.

This rule lives apart from `editorial` (the posts' use cases, which run the store through
`agenda`) so that `queries` and `window` can read it without importing the store.
"""

from __future__ import annotations

import datetime as dt

from cmagenda.domain.model import Post, PostStatus, Status, Task
from cmagenda.domain.month import Month, month_key

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping


def posts_by_slot(months: Iterable[Month]) -> dict[str, Post]:
    """The post planned in each posting slot, by the slot's task id."""
    return {p.slot: p for m in months for p in m.posts.values() if p.slot}


def filled(slot: Task, posts: Mapping[str, Post]) -> bool:
    """The rule: a post is planned in `slot`, or `slot` is ticked done."""
    return slot.status == Status.DONE or slot.id in posts


def kept(slot: Task, posts: Mapping[str, Post]) -> bool:
    """The rule for a day gone by: the slot was ticked done, or its post was published (a
    draft, or a post sent back for changes, left in a past slot never went out)."""
    post = posts.get(slot.id)
    return slot.status == Status.DONE or (post is not None and post.status == PostStatus.PUBLISHED)


def counts(slot: Task, posts: Mapping[str, Post], today: dt.date | None) -> bool:
    """Whether `slot` counts as filled seen from `today`: `kept` before it, `filled` from it on
    (None: every day is to come)."""
    if today is not None and slot.date < today:
        return kept(slot, posts)
    return filled(slot, posts)


def is_open(slot: Task, posts: Mapping[str, Post], now: dt.datetime | None) -> bool:
    """Whether a new post may go in `slot`: not filled, not skipped, and not past at `now`
    (wall time in the profile's zone; None: no slot is past). A slot with no time is open all
    its day."""
    if slot.status != Status.TODO or slot.id in posts:
        return False
    if now is None or slot.date > now.date():
        return True
    if slot.date < now.date():
        return False
    return slot.time is None or slot.time >= now.strftime("%H:%M")


def slots_of(month: Month, network: str, day: dt.date) -> list[Task]:
    """The posting slots of `network` on `day`, by time (required ones first at equal times)."""
    found = [
        t
        for t in month.tasks.values()
        if t.network == network and t.date == day and t.is_posting_slot
    ]
    return sorted(found, key=lambda t: (t.time or "99:99", t.optional, t.slot))


def open_slots(
    months: Mapping[str, Month], network: str, days: Iterable[dt.date], now: dt.datetime | None
) -> list[Task]:
    """The open slots of `network` on `days` (in the order given), by time within a day."""
    posts = posts_by_slot(months.values())
    out: list[Task] = []
    for day in days:
        month = months.get(month_key(day))
        if month is not None:
            out.extend(s for s in slots_of(month, network, day) if is_open(s, posts, now))
    return out


def slot_at(month: Month, network: str, day: dt.date, at: str) -> Task | None:
    """The slot of `network` at `at` on `day`, open or not."""
    return next((s for s in slots_of(month, network, day) if s.time == at), None)


def post_in(months: Mapping[str, Month], slot: Task) -> Post | None:
    month = months.get(month_key(slot.date))
    if month is None:
        return None
    return next((p for p in month.posts.values() if p.slot == slot.id), None)


def outside(months: Mapping[str, Month], day: dt.date) -> list[Post]:
    """The posts planned on `day` in no slot (at a time of their own, or every slot taken),
    by time."""
    month = months.get(month_key(day))
    if month is None:
        return []
    found = [p for p in month.posts.values() if p.date == day and not p.slot]
    return sorted(found, key=lambda p: (p.time or "99:99", p.network, p.id))
