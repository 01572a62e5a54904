"""Post limits: a post counted as each network counts it, and what goes over its limits (pure).

Characters are counted as the networks count them: in user-perceived characters (extended
grapheme clusters, Unicode UAX #29), so that an accent typed as two code points, a thumbs-up
with its skin tone, a flag or a whole ZWJ family is one. A network that shortens links (X counts
every link as 23 characters, whatever its length) says so with `link_chars`.

A post's `link`, when its text does not already hold it, goes out after the text and a space:
it is counted there.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from cmagenda.domain.model import Post

# An address as the networks spot one in a text: from the scheme to the next space.
URL_RE = re.compile(r"https?://\S+", re.IGNORECASE)
# A hashtag or a mention starts a word (an e-mail address is not a mention).
HASHTAG_RE = re.compile(r"(?<![\w#@])#\w+")
MENTION_RE = re.compile(r"(?<![\w#@.])@\w[\w.]*")


@dataclass(slots=True, frozen=True)
class Limits:
    """One network's limits (None: no limit on that count)."""

    chars: int | None = None
    link_chars: int | None = None
    hashtags: int | None = None
    mentions: int | None = None
    links: int | None = None
    media: int | None = None

    def any(self) -> bool:
        return any(
            v is not None
            for v in (self.chars, self.hashtags, self.mentions, self.links, self.media)
        )


_CLUSTER: list[Any] = []


def graphemes(text: str) -> int:
    """How many user-perceived characters `text` holds."""
    if not _CLUSTER:
        # Its first compiles ask for the locale's encoding, which Python's UTF-8 mode warns
        # about (EncodingWarning); the pattern does not depend on the locale.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", EncodingWarning)
            # `regex` costs about 20 ms to import: only the commands that count characters pay.
            import regex

            _CLUSTER.append(regex.compile(r"\X"))
    return len(_CLUSTER[0].findall(text))


def outgoing(text: str, link: str | None) -> str:
    """The text as it goes out: the post's link after it, unless the text already holds it."""
    if link and link not in text:
        return f"{text} {link}"
    return text


@dataclass(slots=True, frozen=True)
class Counts:
    """A post counted as its network counts it."""

    chars: int
    hashtags: int
    mentions: int
    links: int
    media: int


def count(text: str, link: str | None, media: int, limits: Limits) -> Counts:
    full = outgoing(text, link)
    urls = URL_RE.findall(full)
    chars = graphemes(full)
    if limits.link_chars is not None:
        chars += sum(limits.link_chars - graphemes(u) for u in urls)
    # A hashtag or a mention inside an address is neither.
    bare = URL_RE.sub(" ", full)
    return Counts(
        chars=chars,
        hashtags=len(HASHTAG_RE.findall(bare)),
        mentions=len(MENTION_RE.findall(bare)),
        links=len(urls),
        media=media,
    )


def count_post(post: Post, limits: Limits) -> Counts:
    return count(post.text, post.link, len(post.media), limits)


def chars_left(post: Post, limits: Limits) -> int | None:
    """How many characters the post may still take (negative: over), None: no limit."""
    if limits.chars is None:
        return None
    return limits.chars - count_post(post, limits).chars


# Each over-limit finding: (what, how many, the limit).
Over = tuple[str, int, int]


def over(counts: Counts, limits: Limits) -> list[Over]:
    """What `counts` has more of than `limits` allow, in a fixed order."""
    out = []
    for what in ("chars", "hashtags", "mentions", "links", "media"):
        limit = getattr(limits, what)
        if limit is not None and getattr(counts, what) > limit:
            out.append((what, getattr(counts, what), limit))
    return out


# Each media finding: (what: "missing" or "no_alt", the media's path).
MediaFault = tuple[str, str]


def media_faults(post: Post, exists: Callable[[str], bool]) -> list[MediaFault]:
    """The post's media files that `exists` does not find, and those without alt text."""
    out: list[MediaFault] = []
    for item in post.media:
        path = item["path"] or ""
        if not exists(path):
            out.append(("missing", path))
        if not item["alt"]:
            out.append(("no_alt", path))
    return out
