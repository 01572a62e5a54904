"""Editorial: runs the stages for the editorial calendar (planned posts in posting slots, and the
cadence tally per network), like `agenda` does for duties. No clock: `now` comes in the session.
"""

from __future__ import annotations

import datetime as dt

from . import agenda, planner
from .errors import UnknownIdError, UsageError
from .model import Month, Post, PostStatus, month_key

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

    from .agenda import Session

MAX_POST = 5000


def _check_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise UsageError("post.empty")
    if len(text) > MAX_POST:
        raise UsageError("post.too_long", limit=MAX_POST)
    return text


def add(
    session: Session, network: str, day: dt.date, at: str | None, text: str, link: str | None
) -> Post:
    agenda.require_networks(session, [network])
    if network not in session.profile.networks:
        raise UsageError("network.inactive", network=network)
    text = _check_text(text)
    agenda.plan(session, day, [day])  # the day's slots exist before a post goes in one
    store = session.store()
    with store.locked():
        index = store.read_index()
        months = store.read_months({month_key(day)})
        before = planner.snapshot(months)
        post = planner.add_post(months, network, day, at, text, link, session.now)
        agenda.commit(session, store, index, "post add", before, months)
    agenda.refresh_window(session)
    return post


def resolve(session: Session, prefix: str) -> Post:
    store = session.store()
    text = agenda.id_prefix(prefix)
    keys = agenda.scope_months(store.read_index(), session.real_today)
    found = _find(store.read_months(keys), text)
    if not found:
        found = _find(store.read_months(set(store.all_month_keys())), text)
    if not found:
        raise UnknownIdError("id.unknown", id=prefix)
    if len(found) > 1:
        details = [f"{p.id}  {p.date.isoformat()}  {p.network}  {p.text[:60]}" for p in found]
        raise UnknownIdError("id.ambiguous", id=prefix, details=details)
    return found[0]


def _find(months: dict[str, Month], prefix: str) -> list[Post]:
    return [p for m in months.values() for p in m.posts.values() if p.id.startswith(prefix)]


def change(
    session: Session,
    prefix: str,
    label: str,
    action: Callable[[dict[str, Month], Post], None],
    extra: set[str] | None = None,
) -> Post:
    """Apply `action` to the post `prefix` names, under the lock; one undo step."""
    target = resolve(session, prefix)
    store = session.store()
    with store.locked():
        index = store.read_index()
        months = store.read_months({month_key(target.date), *(extra or set())})
        post = months[month_key(target.date)].posts.get(target.id)
        if post is None:
            raise UnknownIdError("id.unknown", id=prefix)
        before = planner.snapshot(months)
        action(months, post)
        post.changed = session.now
        agenda.commit(session, store, index, label, before, months)
    agenda.refresh_window(session)
    return post


def edit(
    session: Session, prefix: str, text: str | None, link: str | None, status: str | None
) -> Post:
    if status is not None and status not in PostStatus.ALL:
        raise UsageError("post.status", value=status, known=", ".join(PostStatus.ALL))
    new_text = _check_text(text) if text is not None else None

    def action(months: dict[str, Month], post: Post) -> None:
        if new_text is not None:
            post.text = new_text
        if link is not None:
            post.link = link or None
        if status is not None:
            planner.set_post_status(months, post, status, session.now)

    return change(session, prefix, "post edit", action)


def move(session: Session, prefix: str, to: dt.date, at: str | None) -> Post:
    agenda.plan(session, to, [to])

    def action(months: dict[str, Month], post: Post) -> None:
        planner.move_post(months, post, to, at, session.now)

    return change(session, prefix, "post move", action, {month_key(to)})


def remove(session: Session, prefix: str) -> Post:
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
