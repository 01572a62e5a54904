"""Desk: what the content desk adds to a post (first comment, media and their alt text,
evergreen, snippets) and the checks of posts against their network's limits.

`post add` and `post edit` take these through `Extras`; `post check` lists what goes over a
limit, and the media files that are missing or have no alt text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cmagenda.domain import limits, placeholders, postfields
from cmagenda.domain.errors import UsageError
from cmagenda.domain.model import RENAMED_POST_STATUS, Post, PostStatus
from cmagenda.domain.month import month_key
from cmagenda.domain.postlimits import (
    Counts,
    Limits,
    MediaFault,
    Over,
    count_post,
    media_faults,
    over,
)
from cmagenda.usecases import session as usecases_session

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable

    from cmagenda.usecases.session import Session

# Evergreen without --every: a post comes back after about three months.
EVERGREEN_EVERY = 90
EVERGREEN_TIMES = 3


@dataclass(slots=True, frozen=True)
class Extras:
    """What `post add` or `post edit` sets beside the text and link (None: left as it is)."""

    first_comment: str | None = None
    media: list[dict[str, str | None]] | None = None
    evergreen: dict[str, int] | None = None

    def apply(self, post: Post) -> None:
        if self.first_comment is not None:
            post.first_comment = self.first_comment or None
        if self.media is not None:
            post.media = self.media
        if self.evergreen is not None:
            used = post.evergreen["used"] if post.evergreen else 0
            post.evergreen = {**self.evergreen, "used": min(used, self.evergreen["times"])}


def first_comment(text: str | None) -> str | None:
    """The first comment as typed ("" removes it), checked."""
    if text is None or not text.strip():
        return None if text is None else ""
    text = text.strip()
    if len(text) > limits.FIRST_COMMENT:
        raise UsageError("desk.comment_too_long", limit=limits.FIRST_COMMENT)
    return text


def media(paths: list[str], alts: list[str], base: Path) -> list[dict[str, str | None]] | None:
    """The media as typed: `--media PATH` repeated, each `--alt TEXT` going with the media of the
    same rank (relative paths resolved from `base`, the working directory); None: no --media."""
    if not paths:
        if alts:
            raise UsageError("desk.alt_without_media")
        return None
    if len(alts) > len(paths):
        raise UsageError("desk.more_alts", media=len(paths), alts=len(alts))
    if len(paths) > limits.MEDIA_PER_POST:
        raise UsageError("desk.too_many_media", limit=limits.MEDIA_PER_POST)
    out: list[dict[str, str | None]] = []
    for n, typed in enumerate(paths):
        path = str(base / typed) if typed else ""
        problem = postfields.path_problem(path)
        if problem or not typed:
            raise UsageError("desk.bad_media", path=typed[:80], limit=limits.MEDIA_PATH)
        alt = alts[n].strip() if n < len(alts) else None
        if alt is not None and len(alt) > limits.ALT_TEXT:
            raise UsageError("desk.alt_too_long", limit=limits.ALT_TEXT)
        out.append({"path": path, "alt": alt or None})
    return out


def evergreen(on: bool, every: int | None, times: int | None) -> dict[str, int] | None:
    """Evergreen as typed (`--evergreen [--every DAYS] [--times N]`), checked."""
    if not on:
        if every is not None or times is not None:
            raise UsageError("desk.evergreen_needed")
        return None
    every = EVERGREEN_EVERY if every is None else every
    times = EVERGREEN_TIMES if times is None else times
    if not 1 <= every <= postfields.EVERGREEN_DAYS:
        raise UsageError("desk.evergreen_every", limit=postfields.EVERGREEN_DAYS)
    if not 1 <= times <= postfields.EVERGREEN_TIMES:
        raise UsageError("desk.evergreen_times", limit=postfields.EVERGREEN_TIMES)
    return {"every": every, "times": times}


def filled(session: Session, text: str) -> str:
    """`text` with its `{name}` placeholders replaced by the profile's snippets."""
    return placeholders.fill(text, session.profile.snippets or {})


def with_snippets(session: Session, text: str, names: list[str]) -> str:
    """`text` followed by each named snippet of the profile, one a line."""
    known = session.profile.snippets or {}
    for name in names:
        if name not in known:
            raise UsageError(
                "desk.unknown_snippet", name=name[:40], known=", ".join(sorted(known)) or "-"
            )
    return "\n".join([text, *(known[n] for n in names)]) if names else text


# -- limits --------------------------------------------------------------------------------------


def network_limits(session: Session) -> dict[str, Limits]:
    """Each network's limits, from the checklist."""
    return {
        name: Limits(
            chars=n.max_chars,
            link_chars=n.link_chars,
            hashtags=n.max_hashtags,
            mentions=n.max_mentions,
            links=n.max_links,
            media=n.max_media,
        )
        for name, n in usecases_session.load_checklist(session).networks.items()
    }


@dataclass(slots=True, frozen=True)
class Finding:
    """A post, how its network counts it, and what is wrong with it."""

    post: Post
    counts: Counts
    limits: Limits
    over: list[Over]
    media: list[MediaFault]


def check(session: Session, posts: Iterable[Post]) -> list[Finding]:
    """The posts that go over a limit of their network or whose media are missing or have no
    alt text."""
    table = network_limits(session)
    out = []
    for post in posts:
        found = finding(post, table.get(post.network, Limits()))
        if found.over or found.media:
            out.append(found)
    return out


def finding(post: Post, limits: Limits) -> Finding:
    counts = count_post(post, limits)
    return Finding(
        post, counts, limits, over(counts, limits), media_faults(post, lambda p: Path(p).is_file())
    )


def to_check(session: Session, start: dt.date, end: dt.date | None) -> list[Post]:
    """The posts not yet published from `start` (to `end`, else every month stored)."""
    store = session.store()
    if end is None:
        keys = {k for k in store.all_month_keys() if k >= month_key(start)}
    else:
        keys = {month_key(start), month_key(end)}
    months = store.read_months(keys)
    posts = [
        p
        for m in months.values()
        for p in m.posts.values()
        if p.date >= start and (end is None or p.date <= end) and p.status != PostStatus.PUBLISHED
    ]
    return sorted(posts, key=lambda p: (p.date, p.time or "99:99", p.network, p.id))


def select(
    session: Session,
    start: dt.date | None,
    end: dt.date,
    status: str | None,
    evergreen: bool,
) -> list[Post]:
    """`post list --status S` / `--evergreen`: the posts in that status (or evergreen), from
    `start` to `end` (None: every post stored)."""
    if status is not None:
        status = RENAMED_POST_STATUS.get(status, status)
        if status not in PostStatus.ALL:
            raise UsageError("post.status", value=status, known=", ".join(PostStatus.ALL))
    store = session.store()
    keys = set(store.all_month_keys()) if start is None else {month_key(start), month_key(end)}
    posts = [
        p
        for m in store.read_months(keys).values()
        for p in m.posts.values()
        if (start is None or start <= p.date <= end)
        and (status is None or p.status == status)
        and (not evergreen or p.evergreen is not None)
    ]
    return sorted(posts, key=lambda p: (p.date, p.time or "99:99", p.network, p.id))
