"""Times: what the user types for a time of day (`--at`) or a moment (`--now`), parsed (domain
layer, pure). The dates' closed grammar is in `dates`; times share its normalising.
"""

from __future__ import annotations

import datetime as dt

from cmagenda.domain.dates import _digits, normalise
from cmagenda.domain.errors import UsageError

NAMED_TIMES = {"midi": "12:00", "noon": "12:00", "minuit": "00:00", "midnight": "00:00"}
# "14 heures", "14 hr", "14 hrs": the French word for hours and its English abbreviations.
HOUR_WORDS = ("heure", "heures", "hr", "hrs")


# A moment given as a bare date (`--now 2026-11-30`) is that day at this hour: a working morning.
BARE_DATE_HOUR = 9


def parse_moment(value: str) -> dt.datetime:
    """`--now`: with an offset (2026-11-30T09:00-05:00), that instant in UTC; without one
    (2026-11-30T09:00, "2026-11-30 09:00", "2026-11-30 14h30", or a bare date at 09:00), a naive
    wall-clock time that the session reads in the profile's zone."""
    text = value.strip()
    moment: dt.datetime | None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        moment = _date_and_time(text)
    else:
        if len(text) == 10:
            moment = moment.replace(hour=BARE_DATE_HOUR)
    if moment is None:
        raise UsageError("now.bad", value=value)
    return moment if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _date_and_time(text: str) -> dt.datetime | None:
    """ "2026-11-30 14h30", "2026-11-30 2:30 pm": an ISO date, then a time as `--at` takes it."""
    day, _, clock = text.partition(" ")
    try:
        date = dt.date.fromisoformat(day)
        hour, minute = (parse_time(clock) or "").split(":")
    except (ValueError, UsageError):
        return None
    return dt.datetime(date.year, date.month, date.day, int(hour), int(minute))


def moment_example(zone: str) -> str:
    """An ISO moment with the offset `zone` has on 23 November 2026 at 09:00, for messages."""
    from zoneinfo import ZoneInfo  # only when a --now is refused

    tz: dt.tzinfo
    try:
        tz = ZoneInfo(zone)
    except (KeyError, ValueError, OSError):
        tz = dt.UTC
    return dt.datetime(2026, 11, 23, 9, tzinfo=tz).isoformat()


def parse_time(value: str | None) -> str | None:
    """`value` as HH:MM (24-hour), or None: 14:30, 14:30h, 14h, 14 h, 14h30, 14 h 30, 14 heures,
    14 heures 30, 2pm, 2 pm, 2:30 p.m., midi, minuit, noon, midnight."""
    if value is None:
        return None
    text = normalise(value)
    found = NAMED_TIMES.get(text) or _time(_compact(text))
    if found is None:
        raise UsageError("time.bad", value=value)
    return found


def _compact(text: str) -> str:
    """ "14 heures 30" -> "14h30", "14:30h" -> "14:30", "2 p.m." -> "2pm": one spelling per form."""
    words = ["h" if w in HOUR_WORDS else w for w in text.replace(".", "").split(" ")]
    compact = "".join(words)
    if ":" in compact and compact.endswith("h"):
        compact = compact[:-1]
    return compact


def _time(text: str) -> str | None:
    meridiem = None
    minutes: str | None
    for suffix in ("am", "pm"):
        if text.endswith(suffix):
            meridiem, text = suffix, text[: -len(suffix)]
    for sep in (":", "h"):
        if sep in text:
            hours, _, minutes = text.partition(sep)
            break
    else:
        hours, minutes = text, ("" if meridiem else None)
    if minutes is None:
        return None  # a bare number is not a time: "14" could be a day
    minutes = minutes or "00"
    if not (_digits(hours) and _digits(minutes) and len(hours) <= 2 and len(minutes) == 2):
        return None
    hour, minute = int(hours), int(minutes)
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"
