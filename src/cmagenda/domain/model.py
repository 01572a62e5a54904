"""Model: the vocabulary every stage shares: enums, titles, task instances, posts (months are in
`month`, KPI readings in `readings`, the checked reading of each stored value in `fields`).

Standard library only, and light to import (no dataclasses, typing or re: each costs
milliseconds that the morning path (`fast`) cannot spend); the store validates what it reads
with `task_from_json`, strictly.
"""

from __future__ import annotations

import datetime as dt

from cmagenda.domain import limits, postfields
from cmagenda.domain.fields import (
    WHOLE,
    changed_of,
    check_name,
    check_time,
    flag,
    maybe_datetime,
    maybe_text,
    stamp,
    text,
    whole,
)
from cmagenda.domain.records import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

LANGUAGES = ("fr", "en")
MAX_TITLE = limits.TITLE
# The largest KPI value, typed or stored: beyond it a value is a typo, not a statistic.
KPI_LIMIT = int(limits.VALUE)


# Plain string constants rather than enums: `enum` alone costs the morning path 3 ms.
class Phase:
    ARRIVAL = "arrival"
    FIRST_MONTHS = "first_months"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    OCCASIONAL = "occasional"
    ALL = (ARRIVAL, FIRST_MONTHS, DAILY, WEEKLY, MONTHLY, OCCASIONAL)


class Volet:
    CONTENT = "content"
    INTERACTION = "interaction"
    MONITORING = "monitoring"
    ANALYSIS = "analysis"
    TEAM = "team"
    LEARNING = "learning"
    ALL = (CONTENT, INTERACTION, MONITORING, ANALYSIS, TEAM, LEARNING)


class Status:
    TODO = "todo"
    DONE = "done"
    SKIPPED = "skipped"
    # Never stored: a non-carrying task whose day has ended is shown as missed.
    MISSED = "missed"
    # Never stored: a todo task on a day of absence (`off`) is not owed.
    OFF = "off"
    STORED = (TODO, DONE, SKIPPED)
    ALL = (TODO, DONE, SKIPPED, MISSED, OFF)


class WeekStart:
    MONDAY = "monday"
    SUNDAY = "sunday"
    ALL = (MONDAY, SUNDAY)


class Titles:
    """A title in each language; a user duty may give only one, the other falls back."""

    __slots__ = ("en", "fr")

    def __init__(self, fr: str | None = None, en: str | None = None) -> None:
        if fr is None and en is None:
            raise ValueError("a title needs at least one of fr, en")
        for title in (fr, en):
            if title is not None and not 1 <= len(title) <= MAX_TITLE:
                raise ValueError(f"a title has 1 to {MAX_TITLE} characters")
        self.fr = fr
        self.en = en

    def pick(self, lang: str) -> str:
        first, second = (self.fr, self.en) if lang == "fr" else (self.en, self.fr)
        return first or second or ""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Titles) and (self.fr, self.en) == (other.fr, other.en)

    def __hash__(self) -> int:
        return hash((self.fr, self.en))

    def __repr__(self) -> str:
        return f"Titles(fr={self.fr!r}, en={self.en!r})"


class Task(Record):
    """A dated instance of a template (or a task added by hand), as stored.

    `origin` and `slot` are the local date it was planned on and its slot (the id derives from
    them, or from the rule's date for a duty a holiday shifted); `date` and `time` change
    when the task is moved. A `pinned` task (the user acted on it) is never refreshed from its
    template.
    """

    __slots__ = (
        "assignee", "carry", "changed", "date", "done_at", "done_by", "id", "minutes", "network",
        "note", "optional", "origin", "phase", "pinned", "reason", "slot", "status", "template",
        "time", "title", "volet", "window_days",
    )  # fmt: skip

    def __init__(
        self,
        id: str,
        date: dt.date,
        title: Titles,
        template: str | None = None,
        origin: dt.date | None = None,
        slot: str = "",
        time: str | None = None,
        phase: str | None = None,
        volet: str | None = None,
        network: str | None = None,
        minutes: int = 0,
        carry: bool = True,
        window_days: int = 0,
        status: str = Status.TODO,
        done_at: dt.datetime | None = None,
        reason: str | None = None,
        pinned: bool = False,
        optional: bool = False,
        changed: dt.datetime | None = None,
        note: str | None = None,
        assignee: str | None = None,
        done_by: str | None = None,
    ) -> None:
        self.id = id
        self.date = date
        self.title = title
        self.template = template
        self.origin = origin
        self.slot = slot
        self.time = time
        self.phase = phase
        self.volet = volet
        self.network = network
        self.minutes = minutes
        self.carry = carry
        self.window_days = window_days
        self.status = status
        self.done_at = done_at
        self.reason = reason
        self.pinned = pinned
        # A posting slot above the network's minimum: offered, never owed (never missed).
        self.optional = optional
        # When the user last changed it (UTC): the newer side wins when a backup is merged.
        self.changed = changed
        # What the user noted on it (`edit --note`).
        self.note = note
        # On a team: who is to do it (`assign`, `add --to`, the duty's `assignee`), and who
        # did it (the profile's `me` when `done` was said).
        self.assignee = assignee
        self.done_by = done_by

    @property
    def is_posting_slot(self) -> bool:
        """A network's posting slot (planned per network: slot "NETWORK/N")."""
        return self.network is not None and self.slot.startswith(f"{self.network}/")

    @property
    def part(self) -> tuple[int, int] | None:
        """(part, parts) for a part of a duty cut to fit the days (slot "...#K/N"), else None."""
        _, mark, tail = self.slot.rpartition("#")
        part, slash, parts = tail.partition("/")
        if mark and slash and part.isdigit() and parts.isdigit():
            return int(part), int(parts)
        return None

    def dump(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "template": self.template,
            "origin": self.origin.isoformat() if self.origin else None,
            "slot": self.slot,
            "date": self.date.isoformat(),
            "time": self.time,
            "title": {"fr": self.title.fr, "en": self.title.en},
            "phase": self.phase,
            "volet": self.volet,
            "network": self.network,
            "minutes": self.minutes,
            "carry": self.carry,
            "window_days": self.window_days,
            "status": self.status,
            "done_at": self.done_at.isoformat() if self.done_at else None,
            "reason": self.reason,
            "pinned": self.pinned,
            "optional": self.optional,
            "changed": stamp(self.changed),
            "note": self.note,
            # Written only when set: the files of a plan nobody shares stay as they were.
            **({"assignee": self.assignee} if self.assignee else {}),
            **({"done_by": self.done_by} if self.done_by else {}),
        }


TASK_KEYS = frozenset(Task("", dt.date.min, Titles(en="x")).dump())
# Fields a stored task may leave out (files of earlier versions), and those written only when set.
_OPTIONAL_KEYS = frozenset({"optional", "changed", "note"})
_PEOPLE_KEYS = ("assignee", "done_by")
# Text or null, checked in one loop: this runs for every task of the months a command reads.
_TEXT_OR_NULL = ("template", "network", "origin", "time", "done_at", "reason")
_TITLE_KEYS = frozenset(LANGUAGES)


def task_from_json(raw: Any) -> Task:
    """The task `raw` (as `Task.dump` wrote it) describes; ValueError naming what is wrong.

    Written for speed, checks inline: it runs for every task of the months a command reads,
    the largest cost of the fast `done`. The helpers below only word what is wrong."""
    if not isinstance(raw, dict):
        raise ValueError("a task is not an object")
    if raw.keys() != TASK_KEYS:
        # Absent from the files of earlier versions: False, never changed, no note.
        keys = (raw.keys() | _OPTIONAL_KEYS).difference(_PEOPLE_KEYS)
        if keys != TASK_KEYS:
            extra = sorted(keys - TASK_KEYS) or sorted(TASK_KEYS - keys)
            raise ValueError(f"task {raw.get('id')!r}: unexpected or missing keys {extra}")
    tid = raw["id"]
    if not limits.is_id(tid):
        tid = text(raw, "id")
        raise ValueError(f"task id {tid[:40]!r} is not {limits.ID_LENGTH} lowercase hex digits")
    for key in _TEXT_OR_NULL:
        value = raw[key]
        if value is not None and type(value) is not str:
            raise ValueError(f"{key} must be a string")
    template, network, slot = raw["template"], raw["network"], raw["slot"]
    if template is not None and not (
        0 < len(template) <= limits.TEMPLATE_ID and template.isprintable()
    ):
        raise ValueError(
            f"task {tid}: template {limits.name_problem(template, limits.TEMPLATE_ID)}"
        )
    if network is not None and not (0 < len(network) <= limits.NETWORK and network.isprintable()):
        raise ValueError(f"task {tid}: network {limits.name_problem(network, limits.NETWORK)}")
    if type(slot) is not str or len(slot) > limits.SLOT or not slot.isprintable():
        text(raw, "slot")
        raise ValueError(f"task {tid}: slot is not a slot name")
    reason = raw["reason"]
    if reason is not None and len(reason) > limits.REASON:
        raise ValueError(f"task {tid}: reason longer than {limits.REASON} characters")
    note = raw.get("note")
    if note is not None and (type(note) is not str or not 1 <= len(note) <= limits.NOTE):
        text(raw, "note")
        raise ValueError(f"task {tid}: note must have 1 to {limits.NOTE} characters")
    people = {}
    if len(raw) > len(TASK_KEYS):
        for key in _PEOPLE_KEYS:
            if key in raw:
                try:
                    people[key] = check_name(text(raw, key))
                except ValueError as err:
                    raise ValueError(f"task {tid}: {key}: {err}") from None
    title = raw["title"]
    if type(title) is not dict or title.keys() != _TITLE_KEYS:
        raise ValueError(f"task {tid!r}: title must have fr and en")
    time = raw["time"]
    if time is not None:
        check_time(time)
    status, phase, volet = raw["status"], raw["phase"], raw["volet"]
    if status not in Status.STORED:
        raise ValueError(f"task {tid!r}: unknown status {status!r}")
    if phase is not None and phase not in Phase.ALL:
        raise ValueError(f"unknown phase {phase!r}")
    if volet is not None and volet not in Volet.ALL:
        raise ValueError(f"unknown volet {volet!r}")
    minutes, window_days = raw["minutes"], raw["window_days"]
    if type(minutes) is not int or not 0 <= minutes <= WHOLE:
        whole(raw, "minutes")
    if type(window_days) is not int or not 0 <= window_days <= WHOLE:
        whole(raw, "window_days")
    carry, pinned, optional = raw["carry"], raw["pinned"], raw.get("optional", False)
    if type(carry) is not bool or type(pinned) is not bool or type(optional) is not bool:
        for key in ("carry", "pinned", "optional"):
            if key in raw:
                flag(raw, key)
    origin, date = raw["origin"], raw["date"]
    if type(date) is not str:
        text(raw, "date")
    return Task(
        tid,
        dt.date.fromisoformat(date),
        Titles(maybe_text(title, "fr"), maybe_text(title, "en")),
        template,
        None if origin is None else dt.date.fromisoformat(origin),
        slot,
        time,
        phase,
        volet,
        network,
        minutes,
        carry,
        window_days,
        status,
        maybe_datetime(raw, "done_at"),
        reason,
        pinned,
        optional,
        changed_of(raw),
        note,
        **people,
    )


class PostStatus:
    DRAFT = "draft"
    REVIEW = "review"
    CHANGES = "changes"
    APPROVED = "approved"
    PUBLISHED = "published"
    ALL = (DRAFT, REVIEW, CHANGES, APPROVED, PUBLISHED)
    # Still to be reviewed or approved: flagged when its day comes.
    UNAPPROVED = (DRAFT, REVIEW, CHANGES)


# Before the review step a post was "ready" once written: it reads (and is typed) as approved.
RENAMED_POST_STATUS = {"ready": PostStatus.APPROVED}


class Post:
    """A planned post: content for one network, put in a posting slot (`slot`: the id of the
    slot's task) or, when every slot is taken, on its own. Publishing it ticks its slot."""

    __slots__ = (
        "changed", "date", "evergreen", "first_comment", "id", "link", "media", "network", "note",
        "reviewed_at", "reviewed_by", "slot", "status", "text", "time",
    )  # fmt: skip

    def __init__(
        self,
        id: str,
        network: str,
        date: dt.date,
        text: str,
        time: str | None = None,
        link: str | None = None,
        status: str = PostStatus.DRAFT,
        slot: str | None = None,
        changed: dt.datetime | None = None,
        note: str | None = None,
        reviewed_by: str | None = None,
        reviewed_at: dt.datetime | None = None,
        first_comment: str | None = None,
        media: list[dict[str, str | None]] | None = None,
        evergreen: dict[str, int] | None = None,
    ) -> None:
        self.id = id
        self.network = network
        self.date = date
        self.text = text
        self.time = time
        self.link = link
        self.status = status
        self.slot = slot
        self.changed = changed
        # The review: who approved it or asked for changes, when, and the note they left.
        self.note = note
        self.reviewed_by = reviewed_by
        self.reviewed_at = reviewed_at
        self.first_comment = first_comment
        # Each {"path": ..., "alt": ... or None}, in the order they go out.
        self.media = media if media is not None else []
        # {"every": days, "times": most returns, "used": returns so far}, or None.
        self.evergreen = evergreen

    def dump(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "network": self.network,
            "date": self.date.isoformat(),
            "time": self.time,
            "text": self.text,
            "link": self.link,
            "status": self.status,
            "slot": self.slot,
            "changed": stamp(self.changed),
            "note": self.note,
            "reviewed_by": self.reviewed_by,
            "reviewed_at": stamp(self.reviewed_at),
            "first_comment": self.first_comment,
            "media": [dict(m) for m in self.media],
            "evergreen": dict(self.evergreen) if self.evergreen is not None else None,
        }


POST_KEYS = frozenset(Post("", "", dt.date.min, "").dump())


def post_from_json(raw: Any) -> Post:
    # Absent from the files of earlier versions: never changed, not reviewed, no desk fields.
    if not isinstance(raw, dict) or raw.keys() | {"changed", *postfields.DESK_KEYS} != POST_KEYS:
        raise ValueError("a post has unexpected or missing keys")
    time = maybe_text(raw, "time")
    if time is not None:
        check_time(time)
    status = RENAMED_POST_STATUS.get(raw["status"], raw["status"])
    if status not in PostStatus.ALL:
        raise ValueError(f"unknown post status {raw['status']!r}")
    pid = text(raw, "id")
    if not limits.is_id(pid):
        raise ValueError(f"post id {pid[:40]!r} is not {limits.ID_LENGTH} lowercase hex digits")
    problem = limits.name_problem(text(raw, "network"), limits.NETWORK)
    if problem:
        raise ValueError(f"post {pid}: network {problem}")
    if not 1 <= len(text(raw, "text")) <= limits.POST_TEXT:
        raise ValueError(f"post {pid}: text must have 1 to {limits.POST_TEXT} characters")
    link = maybe_text(raw, "link")
    fault = link is not None and limits.link_fault(link)
    if fault:
        raise ValueError(f"post {pid}: link {limits.LINK_FAULTS[fault]}")
    slot = maybe_text(raw, "slot")
    if slot is not None and not limits.is_id(slot):
        raise ValueError(f"post {pid}: slot {slot[:40]!r} is not a task id")
    return Post(
        id=pid,
        network=raw["network"],
        date=dt.date.fromisoformat(text(raw, "date")),
        text=raw["text"],
        time=time,
        link=link,
        status=status,
        slot=slot,
        changed=changed_of(raw),
        **postfields.desk_fields(raw, pid),
    )
