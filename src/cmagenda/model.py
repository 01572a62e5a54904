"""Model: the vocabulary every stage shares (enums, templates, profile, task instances)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

LANGUAGES = ("fr", "en")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


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


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def check_time(value: str) -> str:
    if not TIME_RE.match(value):
        raise ValueError(f"time {value!r} is not HH:MM (00:00 to 23:59)")
    return value


Clock = Annotated[str, Field(description="HH:MM, 24-hour")]


class Titles(Strict):
    """A title in each language; a user template may give only one, the other falls back."""

    fr: str | None = Field(default=None, min_length=1, max_length=300)
    en: str | None = Field(default=None, min_length=1, max_length=300)

    @model_validator(mode="after")
    def _one_at_least(self) -> Titles:
        if self.fr is None and self.en is None:
            raise ValueError("a title needs at least one of fr, en")
        return self

    def pick(self, lang: str) -> str:
        first, second = (self.fr, self.en) if lang == "fr" else (self.en, self.fr)
        return first or second or ""


class Network(Strict):
    """A network's posting cadence (posts per day) and default posting times."""

    label: str = Field(min_length=1, max_length=40)
    posts_min: int = Field(ge=0, le=24)
    posts_max: int = Field(ge=0, le=24)
    times: list[Clock] = Field(default_factory=list)

    @field_validator("times")
    @classmethod
    def _times(cls, value: list[str]) -> list[str]:
        return sorted({check_time(v) for v in value})

    @model_validator(mode="after")
    def _cadence(self) -> Network:
        if self.posts_max < self.posts_min:
            raise ValueError("posts_max is smaller than posts_min")
        return self


class Template(Strict):
    """One duty of the checklist: what, how often, when in the day, and how it lapses."""

    id: str
    title: Titles
    phase: Phase
    volet: Volet
    minutes: int = Field(ge=0, le=24 * 60)
    # RFC 5545 RRULE body (no DTSTART): absent means a one-off duty.
    rrule: str | None = Field(default=None, max_length=500)
    # Days after the profile's start date when the rule begins, or the date of a one-off duty.
    offset_days: int = Field(default=0, ge=0, le=3660)
    times: list[Clock] = Field(default_factory=list, max_length=48)
    carry: bool
    window_days: int = Field(default=0, ge=0, le=366)
    per_network: bool = False
    network: str | None = None
    enabled: bool = True

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not ID_RE.match(value):
            raise ValueError(
                f"id {value!r} must be lowercase letters, digits, '-' or '_' (at most 64)"
            )
        return value

    @field_validator("times")
    @classmethod
    def _times(cls, value: list[str]) -> list[str]:
        return sorted({check_time(v) for v in value})


class Checklist(Strict):
    """The merged checklist: every template by id and every known network by name."""

    templates: dict[str, Template]
    networks: dict[str, Network]


class Profile(Strict):
    """The user's settings (config.toml, section [profile])."""

    start: dt.date
    timezone: str
    language: str = "fr"
    week_start: WeekStart = WeekStart.MONDAY
    networks: list[str] = Field(default_factory=lambda: ["facebook", "instagram", "linkedin"])

    @field_validator("language")
    @classmethod
    def _language(cls, value: str) -> str:
        if value not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
        return value


class Task(BaseModel):
    """A dated instance of a template (or a task added by hand), as stored."""

    model_config = ConfigDict(extra="forbid")

    id: str
    template: str | None = None
    # The local date and slot the id derives from; `date`/`time` change when the task is moved.
    origin: dt.date | None = None
    slot: str = ""
    date: dt.date
    time: str | None = None
    title: Titles
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
        return self.model_dump(mode="json")


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
