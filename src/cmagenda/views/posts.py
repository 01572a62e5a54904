"""Posts view: the posts of a period (JSON, plain)."""

from __future__ import annotations

from cmagenda.domain.model import PostStatus
from cmagenda.domain.text import clean, network_label
from cmagenda.i18n.messages import say
from cmagenda.views.common import JSON_VERSION, dumps

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from cmagenda.domain.model import Post
    from cmagenda.i18n.messages import Voice


def post_said(voice: Voice, key: str, post: Post) -> str:
    """A confirmation line about `post`: "post.added", "post.edited", "post.moved",
    "post.removed"."""
    lang = voice.lang
    if post.slot is None and post.time and key == "post.added":
        slot = say(lang, "post.unslotted_at", time=voice.time(post.time))
    elif post.slot is None:
        slot = say(lang, "post.unslotted")
    elif post.time:
        slot = say(lang, "post.in_slot", time=voice.time(post.time))
    else:
        slot = ""
    params = {
        "id": post.id[:7],
        "date": voice.long_date(post.date),
        "network": network_label(post.network),
        "status": say(lang, f"post.status.{post.status}"),
        "slot": slot,
    }
    return say(lang, key, **params) + "\n"


def post_json(post: Post) -> dict[str, Any]:
    return post.dump()


def posts_json(posts: list[Post]) -> str:
    return dumps({"version": JSON_VERSION, "posts": [post_json(p) for p in posts]})


def posts_plain(
    posts: list[Post],
    voice: Voice,
    details: Callable[[Post], list[str]] | None = None,
    left: Callable[[Post], str] | None = None,
) -> str:
    """One line per post (then `details`' lines under it, and `left`, the characters it may
    still take, at its end)."""
    lang = voice.lang
    if not posts:
        return say(lang, "post.none") + "\n"
    lines = []
    for post in posts:
        when = voice.short_date(post.date) + (f" {voice.time(post.time)}" if post.time else "")
        state = say(lang, f"post.status.{post.status}")
        slot = "" if post.slot else f"  ({say(lang, 'post.no_slot')})"
        link = f"  <{clean(post.link)}>" if post.link else ""
        room = left(post) if left is not None else ""
        lines.append(
            f"{post.id[:7]}  {when}  {network_label(post.network)}  [{state}]  "
            f"{clean(post.text)}{link}{slot}" + (f"  ({room})" if room else "")
        )
        lines.extend(f"         {line}" for line in (details(post) if details else []))
    return "\n".join(lines) + "\n"


def post_summary(post: Post, lang: str, due: bool = False) -> str:
    """'[approved] text <link>' for the line under a posting slot; flagged when the slot's day
    has come (`due`) and the post is not approved yet."""
    state = say(lang, f"post.status.{post.status}")
    link = f"  <{clean(post.link)}>" if post.link else ""
    flag = (
        f"  (! {say(lang, 'post.unapproved')})"
        if due and post.status in PostStatus.UNAPPROVED
        else ""
    )
    return f"[{state}] {clean(post.text)}{link}{flag}"
