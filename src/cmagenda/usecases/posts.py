"""Editorial: runs the stages for the editorial calendar (planned posts in posting slots, and the
cadence tally per network), like `agenda` does for duties. No clock: `now` comes in the session.
"""

from __future__ import annotations

import datetime as dt

from cmagenda.domain import limits, planner, slots
from cmagenda.domain.errors import UnknownIdError, UsageError
from cmagenda.domain.model import RENAMED_POST_STATUS, Post, PostStatus, Task
from cmagenda.domain.month import Month, month_key
from cmagenda.domain.text import network_label
from cmagenda.i18n.messages import say
from cmagenda.usecases import planning, profile, tasks
from cmagenda.views import changes

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from cmagenda.usecases.session import Session

MAX_POST = limits.POST_TEXT


def _check_text(text: str) -> str:
    text = text.strip()
    if limits.blank(text):
        raise UsageError("post.empty")
    if len(text) > MAX_POST:
        raise UsageError("post.too_long", limit=MAX_POST)
    return text


def _check_link(link: str | None) -> str | None:
    """`link` if a post may carry it (None and "" pass: no link, or `post edit` removing it)."""
    fault = limits.link_fault(link) if link else None
    if fault:
        raise UsageError(f"link.{fault}", link=link[:80] if link else "", limit=limits.LINK)
    return link


def add(
    session: Session,
    network: str,
    day: dt.date | None,
    at: str | None,
    text: str,
    link: str | None,
    fill: Callable[[Post], None] | None = None,
    also: Callable[[dict[str, Any]], None] | None = None,
) -> tuple[Post, changes.Changed]:
    """Plan a post: in the next open slot from now, or the first open slot of `day`, or the
    slot at `at` (on `day`, default today); outside the slots only at an `at` no slot has.
    `fill` sets the rest of the new post (first comment, media...)."""
    network = profile.require_networks(session, [network])[0]
    if network not in session.profile.networks:
        raise profile.inactive(session, network)
    text = _check_text(text)
    link = _check_link(link) or None
    now = session.now
    if day is None and at is None:
        days = _days_with_open_slot(session, network, session.real_today)
        if days is None:
            raise UsageError("post.no_open_slot", network=network, days=SEARCH_DAYS)
    else:
        day = session.real_today if day is None else day
        days = [day]
        planning.plan(session, session.real_today, days)  # the day's slots exist first
    store = session.store()
    with store.locked():
        index = store.read_index()
        months = store.read_months({month_key(d) for d in days})
        first = days[0]
        closed: Task | None = None
        if at is not None:
            slot = slots.slot_at(months[month_key(first)], network, first, at)
            if slot is not None and not slots.is_open(
                slot, slots.posts_by_slot(months.values()), now
            ):
                closed, slot = slot, None
        else:
            found = slots.open_slots(months, network, days, now)
            slot = found[0] if found else None
        if slot is not None or (at is not None and closed is None):
            before = planner.snapshot(months)
            post = planner.add_post(
                months, network, slot.date if slot else first, slot, at, text, link, now
            )
            if fill is not None:
                fill(post)
            tasks.commit(session, store, index, "post add", before, months, also=also)
    # Said once the lock is released: naming the next open slot may plan days ahead.
    if closed is not None:
        raise UsageError(
            "post.slot_closed", slot=_when(session, closed), next=_next(session, network, first)
        )
    if slot is None and at is None:
        raise UsageError(
            "post.day_full",
            date=session.voice.long_date(first),
            network=network_label(network),
            next=_next(session, network, first),
        )
    planning.refresh_window(session)
    return post, changes.between(before, months, "post add")


# How far ahead `post add` looks for an open slot: every posting network posts weekly at least.
SEARCH_DAYS = 63


def _days_with_open_slot(session: Session, network: str, start: dt.date) -> list[dt.date] | None:
    """The week of days from `start` (or a later one) holding the first open slot of
    `network` from now, planned; None if none within SEARCH_DAYS."""
    store = session.store()
    for offset in range(0, SEARCH_DAYS, 7):
        days = [start + dt.timedelta(days=offset + n) for n in range(7)]
        planning.plan(session, session.real_today, days)
        months = store.read_months({month_key(d) for d in days})
        found = slots.open_slots(months, network, days, session.now)
        if found:
            return [d for d in days if d >= found[0].date]
    return None


def open_days(session: Session, network: str) -> list[dt.date] | None:
    """The days from the one holding the next open slot of `network` (planned), or None."""
    return _days_with_open_slot(session, network, session.real_today)


def _next(session: Session, network: str, after: dt.date) -> str:
    """The next open slot of `network` after the day `after` (or from now), in words."""
    start = max(after + dt.timedelta(days=1), session.real_today)
    days = _days_with_open_slot(session, network, start)
    if days is None:
        return say(session.lang, "post.next_none", days=SEARCH_DAYS)
    months = session.store().read_months({month_key(d) for d in days})
    slot = slots.open_slots(months, network, days, session.now)[0]
    return say(session.lang, "post.next_open", when=_when(session, slot))


def _when(session: Session, slot: Task) -> str:
    voice = session.voice
    day = voice.long_date(slot.date)
    if slot.time is None:
        return day
    return say(session.lang, "post.when", date=day, time=voice.time(slot.time))


def resolve(session: Session, prefix: str) -> Post:
    store = session.store()
    text = tasks.id_prefix(prefix, "post.id_unknown")
    keys = planning.scope_months(store.read_index(), session.real_today)
    found = _find(store.read_months(keys), text)
    if not found:
        found = _find(store.read_months(set(store.all_month_keys())), text)
    if not found:
        raise UnknownIdError("post.id_unknown", id=prefix)
    if len(found) > 1:
        voice = session.voice
        details = [
            f"{p.id}  {voice.dated(p.date, session.real_today)}  {p.network}  {p.text[:60]}"
            for p in found
        ]
        raise UnknownIdError("post.id_ambiguous", id=prefix, details=details)
    return found[0]


def _find(months: dict[str, Month], prefix: str) -> list[Post]:
    return [p for m in months.values() for p in m.posts.values() if p.id.startswith(prefix)]


def change(
    session: Session,
    prefix: str,
    label: str,
    action: Callable[[dict[str, Month], Post], None],
    extra: set[str] | None = None,
) -> tuple[Post, changes.Changed]:
    """Apply `action` to the post `prefix` names, under the lock; one undo step."""
    target = resolve(session, prefix)
    store = session.store()
    with store.locked():
        index = store.read_index()
        months = store.read_months({month_key(target.date), *(extra or set())})
        post = months[month_key(target.date)].posts.get(target.id)
        if post is None:
            raise UnknownIdError("post.id_unknown", id=prefix)
        before = planner.snapshot(months)
        action(months, post)
        post.changed = session.now
        tasks.commit(session, store, index, label, before, months)
    planning.refresh_window(session)
    return post, changes.between(before, months, label)


def edit(
    session: Session,
    prefix: str,
    text: str | None,
    link: str | None,
    status: str | None,
    fill: Callable[[Post], None] | None = None,
) -> tuple[Post, changes.Changed]:
    status = RENAMED_POST_STATUS.get(status, status) if status is not None else None
    if status is not None and status not in PostStatus.ALL:
        raise UsageError("post.status", value=status, known=", ".join(PostStatus.ALL))
    new_text = _check_text(text) if text is not None else None
    link = _check_link(link)

    def action(months: dict[str, Month], post: Post) -> None:
        if new_text is not None:
            post.text = new_text
        if link is not None:
            post.link = link or None
        if status is not None:
            planner.set_post_status(months, post, status, session.now)
        if fill is not None:
            fill(post)

    return change(session, prefix, "post edit", action)


def move(
    session: Session, prefix: str, to: dt.date, at: str | None
) -> tuple[Post, changes.Changed]:
    planning.plan(session, to, [to])

    def action(months: dict[str, Month], post: Post) -> None:
        planner.move_post(months, post, to, at, session.now)

    return change(session, prefix, "post move", action, {month_key(to)})


def remove(session: Session, prefix: str) -> tuple[Post, changes.Changed]:
    def action(months: dict[str, Month], post: Post) -> None:
        months[month_key(post.date)].posts.pop(post.id)

    return change(session, prefix, "post rm", action)


def listing(session: Session, start: dt.date, end: dt.date) -> list[Post]:
    """The posts planned from `start` to `end`, by date and time."""
    store = session.store()
    keys = {month_key(start), month_key(end)}
    months = store.read_months(keys)
    posts = [p for m in months.values() for p in m.posts.values() if start <= p.date <= end]
    return sorted(posts, key=lambda p: (p.date, p.time or "99:99", p.network, p.id))
