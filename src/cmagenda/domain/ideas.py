"""Ideas: the backlog of post ideas (`idea add`), waiting to become posts.

Pure: entries in, entries out. An idea's id is `i` and a number that is never given twice (the
file keeps the next number), so an id written down or said in a meeting stays the idea's until
it is removed, and a removed idea's id never comes back naming another one.
"""

from __future__ import annotations

from cmagenda.domain import limits
from cmagenda.domain.fields import changed_of, stamp
from cmagenda.domain.records import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as dt
    from typing import Any

# Enough for a long backlog; a file holding more was not written by cmagenda.
MAX_IDEAS = 2000
MAX_TAGS = 10
KEYS = frozenset({"id", "text", "network", "tags", "changed"})


class Idea(Record):
    __slots__ = ("changed", "id", "network", "tags", "text")

    def __init__(
        self,
        id: str,
        text: str,
        network: str | None = None,
        tags: list[str] | None = None,
        changed: dt.datetime | None = None,
    ) -> None:
        self.id = id
        self.text = text
        self.network = network
        self.tags = tags or []
        self.changed = changed

    def dump(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "network": self.network,
            "tags": list(self.tags),
            "changed": stamp(self.changed),
        }


class Backlog:
    """The ideas, oldest first, and the number the next one takes."""

    __slots__ = ("ideas", "next")

    def __init__(self, ideas: list[Idea] | None = None, next: int = 1) -> None:
        self.ideas = ideas or []
        self.next = next

    def dump(self) -> dict[str, Any]:
        return {"next": self.next, "ideas": [i.dump() for i in self.ideas]}

    def find(self, which: str) -> Idea | None:
        key = which.strip().lower()
        if not key.startswith("i"):
            key = "i" + key  # `idea rm 3` names i3
        return next((i for i in self.ideas if i.id == key), None)


def number_of(id: str) -> int:
    if not id.startswith("i") or not id[1:].isdigit() or len(id) > 8:
        raise ValueError(f"bad idea id {id[:20]!r}")
    return int(id[1:])


def idea_from_json(raw: Any) -> Idea:
    """The idea `raw` (as `Idea.dump` wrote it) describes; ValueError naming what is wrong."""
    if not isinstance(raw, dict) or raw.keys() != KEYS:
        raise ValueError("an idea has unexpected or missing keys")
    if not isinstance(raw["id"], str):
        raise ValueError("an idea's id is text")
    number_of(raw["id"])
    text = raw["text"]
    if not isinstance(text, str) or not 1 <= len(text) <= limits.IDEAS:
        raise ValueError(f"idea {raw['id']}: text must have 1 to {limits.IDEAS} characters")
    network = raw["network"]
    if network is not None and (
        not isinstance(network, str) or limits.name_problem(network, limits.NETWORK)
    ):
        raise ValueError(f"idea {raw['id']}: bad network")
    tags = raw["tags"]
    if (
        not isinstance(tags, list)
        or len(tags) > MAX_TAGS
        or not all(isinstance(t, str) and not limits.name_problem(t, limits.NETWORK) for t in tags)
    ):
        raise ValueError(f"idea {raw['id']}: bad tags")
    return Idea(raw["id"], text, network, tags, changed_of(raw))


def parse(raw: Any) -> Backlog:
    """The stored backlog ({"next": N, "ideas": [...]}), checked: ids unique, below `next`."""
    if not isinstance(raw, dict) or raw.keys() != {"next", "ideas"}:
        raise ValueError("ideas: unexpected or missing keys")
    entries, nxt = raw["ideas"], raw["next"]
    if not isinstance(entries, list) or len(entries) > MAX_IDEAS:
        raise ValueError(f"ideas must be a list of at most {MAX_IDEAS}")
    if not isinstance(nxt, int) or isinstance(nxt, bool) or not 1 <= nxt < 10**7:
        raise ValueError("ideas: bad next number")
    out = [idea_from_json(e) for e in entries]
    numbers = [number_of(i.id) for i in out]
    if len(set(numbers)) != len(numbers) or any(n >= nxt for n in numbers):
        raise ValueError("ideas: repeated or unnumbered ids")
    return Backlog(out, nxt)


def merged(ours: Backlog, theirs: Backlog) -> Backlog:
    """Ours stay; each of theirs whose text we do not hold joins under a new number."""
    held = {i.text for i in ours.ideas}
    out = Backlog(list(ours.ideas), ours.next)
    for idea in theirs.ideas:
        if idea.text in held or len(out.ideas) >= MAX_IDEAS:
            continue
        out.ideas.append(Idea(f"i{out.next}", idea.text, idea.network, idea.tags, idea.changed))
        out.next += 1
    return out
