"""Model: the vocabulary every stage shares: enums, titles, task instances, months.

Standard library only, so that the morning path (`fast`) can read tasks without pydantic; the
store validates what it reads with `task_from_json`, strictly.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar

LANGUAGES = ("fr", "en")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
MAX_TITLE = 300


class Phase(StrEnum):
    ARRIVAL = "arrival"
    FIRST_MONTHS = "first_months"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    OCCASIONAL = "occasional"


class Volet(StrEnum):
    CONTENT = "content"
    INTERACTION = "interaction"
    MONITORING = "monitoring"
    ANALYSIS = "analysis"
    TEAM = "team"
    LEARNING = "learning"


class Status(StrEnum):
    TODO = "todo"
    DONE = "done"
    SKIPPED = "skipped"
    # Never stored: a non-carrying task whose day has ended is shown as missed.
    MISSED = "missed"


class WeekStart(StrEnum):
    MONDAY = "monday"
    SUNDAY = "sunday"


def check_time(value: str) -> str:
    if not TIME_RE.match(value):
        raise ValueError(f"time {value!r} is not HH:MM (00:00 to 23:59)")
    return value


@dataclass(frozen=True)
class Titles:
    """A title in each language; a user duty may give only one, the other falls back."""

    # Read by pydantic when a checklist's `title` table is validated.
    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    fr: str | None = None
    en: str | None = None

    def __post_init__(self) -> None:
        if self.fr is None and self.en is None:
            raise ValueError("a title needs at least one of fr, en")
        for text in (self.fr, self.en):
            if text is not None and not 1 <= len(text) <= MAX_TITLE:
                raise ValueError(f"a title has 1 to {MAX_TITLE} characters")

    def pick(self, lang: str) -> str:
        first, second = (self.fr, self.en) if lang == "fr" else (self.en, self.fr)
        return first or second or ""


@dataclass
class Task:
    """A dated instance of a template (or a task added by hand), as stored."""

    id: str
    date: dt.date
    title: Titles
    template: str | None = None
    # The local date and slot the id derives from; `date`/`time` change when the task is moved.
    origin: dt.date | None = None
    slot: str = ""
    time: str | None = None
    phase: Phase | None = None
    volet: Volet | None = None
    network: str | None = None
    minutes: int = 0
    carry: bool = True
    window_days: int = 0
    status: Status = Status.TODO
    done_at: dt.datetime | None = None
    reason: str | None = None
    # Set once the user acts on the task: a pinned task is never refreshed from its template.
    pinned: bool = False

    def dump(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "template": self.template,
            "origin": self.origin.isoformat() if self.origin else None,
            "slot": self.slot,
            "date": self.date.isoformat(),
            "time": self.time,
            "title": {"fr": self.title.fr, "en": self.title.en},
            "phase": str(self.phase) if self.phase else None,
            "volet": str(self.volet) if self.volet else None,
            "network": self.network,
            "minutes": self.minutes,
            "carry": self.carry,
            "window_days": self.window_days,
            "status": str(self.status),
            "done_at": self.done_at.isoformat() if self.done_at else None,
            "reason": self.reason,
            "pinned": self.pinned,
        }


TASK_KEYS = frozenset(Task("", dt.date.min, Titles(en="x")).dump())
STORED_STATUSES = {s.value: s for s in (Status.TODO, Status.DONE, Status.SKIPPED)}


def task_from_json(raw: Any) -> Task:
    """The task `raw` (as `Task.dump` wrote it) describes; ValueError naming what is wrong."""
    if not isinstance(raw, dict):
        raise ValueError("a task is not an object")
    if raw.keys() != TASK_KEYS:
        extra = sorted(raw.keys() - TASK_KEYS) or sorted(TASK_KEYS - raw.keys())
        raise ValueError(f"task {raw.get('id')!r}: unexpected or missing keys {extra}")
    tid = _text(raw, "id")
    title = raw["title"]
    if not isinstance(title, dict) or title.keys() != {"fr", "en"}:
        raise ValueError(f"task {tid!r}: title must have fr and en")
    time = _maybe_text(raw, "time")
    if time is not None:
        check_time(time)
    status = STORED_STATUSES.get(raw["status"])
    if status is None:
        raise ValueError(f"task {tid!r}: unknown status {raw['status']!r}")
    return Task(
        id=tid,
        template=_maybe_text(raw, "template"),
        origin=_maybe_date(raw, "origin"),
        slot=_text(raw, "slot"),
        date=dt.date.fromisoformat(_text(raw, "date")),
        time=time,
        title=Titles(fr=_maybe_text(title, "fr"), en=_maybe_text(title, "en")),
        phase=Phase(raw["phase"]) if raw["phase"] is not None else None,
        volet=Volet(raw["volet"]) if raw["volet"] is not None else None,
        network=_maybe_text(raw, "network"),
        minutes=_int(raw, "minutes"),
        carry=_bool(raw, "carry"),
        window_days=_int(raw, "window_days"),
        status=status,
        done_at=_maybe_datetime(raw, "done_at"),
        reason=_maybe_text(raw, "reason"),
        pinned=_bool(raw, "pinned"),
    )


def _text(raw: dict[str, Any], key: str) -> str:
    value = raw[key]
    if not isinstance(value, str):
        raise ValueError(f"{key} must be a string")
    return value


def _maybe_text(raw: dict[str, Any], key: str) -> str | None:
    return None if raw[key] is None else _text(raw, key)


def _maybe_date(raw: dict[str, Any], key: str) -> dt.date | None:
    return None if raw[key] is None else dt.date.fromisoformat(_text(raw, key))


def _maybe_datetime(raw: dict[str, Any], key: str) -> dt.datetime | None:
    if raw[key] is None:
        return None
    value = dt.datetime.fromisoformat(_text(raw, key))
    if value.tzinfo is None:
        raise ValueError(f"{key} has no UTC offset")
    return value


def _int(raw: dict[str, Any], key: str) -> int:
    value = raw[key]
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 100_000:
        raise ValueError(f"{key} must be a whole number")
    return value


def _bool(raw: dict[str, Any], key: str) -> bool:
    value = raw[key]
    if not isinstance(value, bool):
        raise ValueError(f"{key} must be true or false")
    return value


def month_key(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


@dataclass
class Month:
    """One month of planned tasks, as the store keeps them."""

    key: str
    tasks: dict[str, Task] = field(default_factory=dict)
    # Days already planned, each with the fingerprint of the checklist and profile it was planned
    # with: a past day is never planned again, a later one again only when they change.
    expanded: dict[dt.date, str] = field(default_factory=dict)
    # Tasks of this month moved to another month, so that planning does not recreate them.
    moved_out: dict[str, dt.date] = field(default_factory=dict)

    def has_open_carry(self) -> bool:
        return any(t.carry and t.status is Status.TODO for t in self.tasks.values())
