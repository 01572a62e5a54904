"""Backlog: the `idea` commands (add, list, rm) and the idea a post is added from; each one
undo step.

The ideas are kept in ideas.json (see `store`), written under the lock like every store file,
with the step on the undo stack in the same transaction. A post added from an idea removes the
idea in the same step as the post's: `undo` brings both back at once.
"""

from __future__ import annotations

from cmagenda.domain import limits
from cmagenda.domain.errors import UnknownIdError, UsageError
from cmagenda.domain.ideas import MAX_IDEAS, MAX_TAGS, Backlog, Idea
from cmagenda.storage import history
from cmagenda.usecases import profile
from cmagenda.usecases.session import Session

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any


def _check_text(text: str) -> str:
    if limits.blank(text):
        raise UsageError("idea.empty")
    text = text.strip()
    if len(text) > limits.IDEAS:
        raise UsageError("idea.too_long", length=len(text), limit=limits.IDEAS)
    return text


def _check_tags(tags: list[str]) -> list[str]:
    out: list[str] = []
    for tag in tags:
        tag = tag.strip().lstrip("#")
        if limits.name_problem(tag, limits.NETWORK):
            raise UsageError("idea.bad_tag", tag=tag[:40], limit=limits.NETWORK)
        if tag not in out:
            out.append(tag)
    if len(out) > MAX_TAGS:
        raise UsageError("idea.too_many_tags", limit=MAX_TAGS)
    return out


def add(session: Session, text: str, network: str | None, tags: list[str]) -> Idea:
    text = _check_text(text)
    if network is not None:
        network = profile.require_networks(session, [network])[0]
    tags = _check_tags(tags)
    store = session.store()
    with store.locked():
        backlog = store.read_ideas()
        entries = store.read_undo()
        if len(backlog.ideas) >= MAX_IDEAS:
            raise UsageError("idea.too_many", limit=MAX_IDEAS)
        record = history.ideas_record("idea add", backlog, session.now)
        idea = Idea(f"i{backlog.next}", text, network, tags, session.now)
        backlog.ideas.append(idea)
        backlog.next += 1
        with store.transaction():
            store.write_ideas(backlog)
            history.push(store, record, entries)
    return idea


def listing(session: Session, network: str | None, tag: str | None) -> list[Idea]:
    found = session.store().read_ideas().ideas
    if network is not None:
        network = profile.require_networks(session, [network])[0]
        found = [i for i in found if i.network == network]
    if tag is not None:
        tag = tag.strip().lstrip("#").casefold()
        found = [i for i in found if tag in {t.casefold() for t in i.tags}]
    return found


def remove(session: Session, which: str) -> Idea:
    store = session.store()
    with store.locked():
        backlog = store.read_ideas()
        entries = store.read_undo()
        idea = _find(backlog, which)
        record = history.ideas_record("idea rm", backlog, session.now)
        backlog.ideas.remove(idea)
        with store.transaction():
            store.write_ideas(backlog)
            history.push(store, record, entries)
    return idea


def find(session: Session, which: str) -> Idea:
    return _find(session.store().read_ideas(), which)


def taking(session: Session, idea: Idea) -> Callable[[dict[str, Any]], None]:
    """What removes `idea` from the backlog as the post made from it is saved (lock held),
    adding the backlog before it to the post's undo step."""
    store = session.store()

    def take(record: dict[str, Any]) -> None:
        backlog = store.read_ideas()
        found = _find(backlog, idea.id)
        record["ideas"] = backlog.dump()
        backlog.ideas.remove(found)
        store.write_ideas(backlog)

    return take


def _find(backlog: Backlog, which: str) -> Idea:
    found = backlog.find(which)
    if found is None:
        raise UnknownIdError("idea.unknown", which=which[:40])
    return found
