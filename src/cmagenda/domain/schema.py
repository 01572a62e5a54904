"""Schema: the pydantic models for what users write (checklist duties, networks, profile).

Only the stages where data enters (templates, config) import this module; the morning path
reads the store and renders with the standard library alone (see `model`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from cmagenda.domain import limits
from cmagenda.domain.fields import check_name, check_time
from cmagenda.domain.kpis import fold_metric
from cmagenda.domain.model import LANGUAGES, MAX_TITLE, Titles
from cmagenda.domain.networks import key_of
from cmagenda.domain.workdays import check_region
from cmagenda.i18n.messages import LOCALES
from cmagenda.i18n.wording import choice_problem

ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


# The same names as model.Phase.ALL and model.Volet.ALL (a test keeps them equal).
PhaseName = Literal["arrival", "first_months", "daily", "weekly", "monthly", "occasional"]
VoletName = Literal["content", "interaction", "monitoring", "analysis", "team", "learning"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Clock = Annotated[str, Field(description="HH:MM, 24-hour")]


class TitleFields(Strict):
    """A duty's `title` table: fr and/or en."""

    fr: str | None = Field(default=None, min_length=1, max_length=MAX_TITLE)
    en: str | None = Field(default=None, min_length=1, max_length=MAX_TITLE)

    @field_validator("fr", "en")
    @classmethod
    def _shows_something(cls, value: str | None) -> str | None:
        if value is not None and limits.blank(value):
            raise ValueError("a title made only of spaces or invisible characters is empty")
        problem = value and choice_problem(value)
        if problem:
            raise ValueError(problem)
        return value

    @model_validator(mode="after")
    def _one_at_least(self) -> TitleFields:
        if self.fr is None and self.en is None:
            raise ValueError("a title needs at least one of fr, en")
        return self

    def pick(self, lang: str) -> str:
        return Titles(self.fr, self.en).pick(lang)


DayName = Literal["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
ALL_DAYS: list[DayName] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


class Network(Strict):
    """A network's posting cadence (posts per day: `posts_min` required slots, up to `posts_max`
    with the optional ones), posting times and posting days."""

    label: str = Field(min_length=1, max_length=40)
    posts_min: int = Field(ge=0, le=24)
    posts_max: int = Field(ge=0, le=24)
    times: list[Clock] = Field(default_factory=list)
    # Posting days; absent: the profile's working days (`work_days`, public holidays off).
    days: list[DayName] | None = Field(default=None, min_length=1)
    # KPIs suggested by `kpi list` and completion for this network.
    metrics: list[str] = Field(default_factory=list, max_length=20)
    # What a post may hold (`post check`): characters (a link counting `link_chars` when the
    # network shortens links), hashtags, mentions, links and media; absent: no limit.
    max_chars: int | None = Field(default=None, ge=1, le=100_000)
    link_chars: int | None = Field(default=None, ge=1, le=1_000)
    max_hashtags: int | None = Field(default=None, ge=0, le=1_000)
    max_mentions: int | None = Field(default=None, ge=0, le=1_000)
    max_links: int | None = Field(default=None, ge=0, le=1_000)
    max_media: int | None = Field(default=None, ge=0, le=100)

    @field_validator("metrics")
    @classmethod
    def _metrics(cls, value: list[str]) -> list[str]:

        keys = []
        for name in value:
            key = fold_metric(name)
            if key is None:
                raise ValueError(f"{name!r} is not a metric name")
            if key not in keys:
                keys.append(key)
        return keys

    @field_validator("times")
    @classmethod
    def _times(cls, value: list[str]) -> list[str]:
        return sorted({check_time(v) for v in value})

    @model_validator(mode="after")
    def _cadence(self) -> Network:
        if self.posts_max < self.posts_min:
            raise ValueError("posts_max is smaller than posts_min")
        return self


class Posting(Strict):
    """The profile's own cadence for a network ([profile.posting.NAME]): any key it leaves out
    keeps the checklist's."""

    posts_min: int | None = Field(default=None, ge=0, le=24)
    posts_max: int | None = Field(default=None, ge=0, le=24)
    times: list[Clock] | None = None
    days: list[DayName] | None = Field(default=None, min_length=1)

    def over(self, network: Network) -> Network:
        """`network` with this profile's settings applied (validated again)."""
        mine = self.model_dump(exclude_none=True)
        return Network.model_validate({**network.model_dump(), **mine})


class Template(Strict):
    """One duty of the checklist: what, how often, when in the day, and how it lapses."""

    id: str
    title: TitleFields
    phase: PhaseName
    volet: VoletName
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
    # A themed series: a recurring post of `network` that takes one of its posting slots.
    series: bool = False
    # "working": only on the profile's working days, and check-in times inside working hours.
    days: Literal["all", "working"] = "all"
    # On a public holiday (and, for working-day duties, a day off): keep, skip, or shift to the
    # next working day. Unset: skip for working-day duties, keep for the others.
    holiday: Literal["keep", "skip", "shift"] | None = None
    # Duty ids whose due dates this duty's occurrences begin after (onboarding in order).
    after: list[str] = Field(default_factory=list, max_length=20)
    enabled: bool = True
    # On a team: who does this duty unless someone else is given it (`assign`).
    assignee: str | None = None

    @field_validator("assignee")
    @classmethod
    def _assignee(cls, value: str | None) -> str | None:
        return None if value is None else check_name(value)

    @property
    def holiday_policy(self) -> str:
        if self.holiday is not None:
            return self.holiday
        return "skip" if self.days == "working" else "keep"

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


HOURS_RE = re.compile(r"^(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$")
REGION_RE = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")


SnippetName = Annotated[str, StringConstraints(pattern=r"^[\w-]{1,40}$")]
SnippetText = Annotated[str, StringConstraints(min_length=1, max_length=limits.POST_TEXT)]


class ReportSettings(Strict):
    """Who the client's pages are for (config.toml, section [report]): the client's name and
    logo (a PNG, JPEG or GIF file; a relative path starts at config.toml's folder)."""

    client: str = Field(default="", max_length=200)
    logo: str | None = Field(default=None, max_length=4096)


class Profile(Strict):
    """The user's settings (config.toml, section [profile]; [report] lands in `report`)."""

    start: dt.date
    timezone: str
    language: str = "fr"
    week_start: Literal["monday", "sunday"] = "monday"
    # How dates and times are written (CLDR); empty: from the environment and the zone.
    locale: str | None = None
    # Per network, the user's own cadence, posting times and days (over the checklist's).
    posting: dict[str, Posting] = Field(default_factory=dict)
    networks: list[str] = Field(default_factory=lambda: ["facebook", "instagram", "linkedin"])
    # Working days and hours: where office duties go (seed: Monday to Friday, 9h-12h30, 14h-17h30).
    work_days: list[DayName] = Field(default_factory=lambda: list(ALL_DAYS[:5]), min_length=1)
    work_hours: list[str] = Field(
        default_factory=lambda: ["09:00-12:30", "14:00-17:30"], min_length=1, max_length=8
    )
    # Public holidays: "CA-QC", "FR", ... (country and subdivision), "auto" (guessed from the
    # zone and language), or "none".
    holidays: str = "auto"
    # Calendar exports: how many minutes before a timed task or a posting slot a phone reminds
    # (0: never; unset: exports.ALARM_MINUTES), and the calendar's name in clients.
    alarm_minutes: int | None = Field(default=None, ge=0, le=limits.ALARM_MINUTES)
    calendar_name: str | None = Field(default=None, min_length=1, max_length=limits.NAME)
    # Who works with this profile, on a team sharing one plan: `done` records it, and
    # `--mine` shows what is assigned to this name or to nobody.
    me: str | None = Field(default=None, min_length=1, max_length=limits.NAME)

    @field_validator("me", "calendar_name")
    @classmethod
    def _name(cls, value: str | None) -> str | None:
        return None if value is None else check_name(value)

    # Named texts added to a post with `post add --snippet NAME`: a signature, a hashtag group.
    snippets: dict[SnippetName, SnippetText] | None = Field(default=None, max_length=200)
    report: ReportSettings | None = None

    @field_validator("networks")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        # "Instagram", "x", "ig": the keys the store keeps (a network of the user's own
        # checklist is checked against it once read).
        return list(dict.fromkeys(key_of(name) for name in value))

    @field_validator("posting")
    @classmethod
    def _posting(cls, value: dict[str, Posting]) -> dict[str, Posting]:
        keys = {}
        for name, posting in value.items():
            key = key_of(name)
            if key in keys:
                raise ValueError(f"network {key!r} has two posting tables")
            keys[key] = posting
        return keys

    @field_validator("work_days")
    @classmethod
    def _work_days(cls, value: list[str]) -> list[str]:
        return [d for d in ALL_DAYS if d in value]

    @field_validator("work_hours")
    @classmethod
    def _work_hours(cls, value: list[str]) -> list[str]:
        spans = []
        for text in value:
            found = HOURS_RE.match(text.strip())
            if not found:
                raise ValueError(f"working hours {text!r} must read like 09:00-12:30")
            start, end = check_time(found[1].zfill(5)), check_time(found[2].zfill(5))
            if end <= start:
                raise ValueError(f"working hours {text!r} end before they start")
            spans.append((start, end))
        spans.sort()
        for (_, end), (start, _) in itertools.pairwise(spans):
            if start < end:
                raise ValueError("working hours overlap")
        return [f"{a}-{b}" for a, b in spans]

    @field_validator("holidays")
    @classmethod
    def _holidays(cls, value: str) -> str:

        problem = check_region(value)
        if problem:
            raise ValueError(problem)
        return value

    @field_validator("locale")
    @classmethod
    def _locale(cls, value: str | None) -> str | None:

        if value is not None and value not in LOCALES:
            raise ValueError(f"locale must be one of {', '.join(LOCALES)}")
        return value

    @field_validator("language")
    @classmethod
    def _language(cls, value: str) -> str:
        if value not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
        return value
