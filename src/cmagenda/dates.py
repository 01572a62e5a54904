"""Dates: what the user types for a date or a time, parsed (pure; `today` is passed in).

A closed grammar in both languages rather than a general parser: `dateparser` reads "lundi" as
the last Monday, knows neither "+3j" nor "fin du mois", and costs a fifth of a second to import;
a planner needs every accepted form to mean one documented thing (see `EXAMPLES` and the README).

Dates: ISO (2026-11-23); aujourd'hui, demain, après-demain, hier, avant-hier / today, tomorrow,
yesterday; a weekday (lundi, lun., monday, mon): the next one after today; "lundi prochain" /
"next monday": that day in next week; "dans 3 jours", "dans 2 semaines", "dans 1 mois" / "in 3
days"...; "+3j", "+3d", "+2s", "+2w", "-1j"; "fin du mois" / "end of month"; "fin de la semaine" /
"end of week"; "début de la semaine prochaine", "semaine prochaine" / "start of next week", "next
week"; "début du mois prochain", "mois prochain" / "start of next month", "next month".
Times: 14:30, 14h, 14h30, 14 h 30, 2pm, 2:30 pm, 2:30 p.m.
"""

from __future__ import annotations

import datetime as dt

from .errors import UsageError

WEEKDAYS = {
    "lundi": 0, "lun": 0, "monday": 0, "mon": 0,
    "mardi": 1, "mar": 1, "tuesday": 1, "tue": 1, "tues": 1,
    "mercredi": 2, "mer": 2, "wednesday": 2, "wed": 2,
    "jeudi": 3, "jeu": 3, "thursday": 3, "thu": 3, "thurs": 3,
    "vendredi": 4, "ven": 4, "friday": 4, "fri": 4,
    "samedi": 5, "sam": 5, "saturday": 5, "sat": 5,
    "dimanche": 6, "dim": 6, "sunday": 6, "sun": 6,
}  # fmt: skip

# Offsets in days from today.
WORDS = {
    "aujourd'hui": 0, "auj": 0, "today": 0,
    "demain": 1, "tomorrow": 1, "tmr": 1,
    "apres-demain": 2, "apres demain": 2, "day after tomorrow": 2,
    "the day after tomorrow": 2,
    "hier": -1, "yesterday": -1,
    "avant-hier": -2, "avant hier": -2, "day before yesterday": -2,
    "the day before yesterday": -2,
}  # fmt: skip

UNITS = {
    "j": "d", "jour": "d", "jours": "d", "d": "d", "day": "d", "days": "d",
    "s": "w", "sem": "w", "semaine": "w", "semaines": "w", "w": "w", "week": "w", "weeks": "w",
    "m": "m", "mois": "m", "month": "m", "months": "m",
}  # fmt: skip

# What the week and month phrases mean, as (which: this or next, edge: start or end, span).
PHRASES = {
    "fin du mois": ("this", "end", "month"), "fin de mois": ("this", "end", "month"),
    "end of month": ("this", "end", "month"), "end of the month": ("this", "end", "month"),
    "fin de la semaine": ("this", "end", "week"), "fin de semaine": ("this", "end", "week"),
    "end of week": ("this", "end", "week"), "end of the week": ("this", "end", "week"),
    "debut de la semaine prochaine": ("next", "start", "week"),
    "semaine prochaine": ("next", "start", "week"),
    "la semaine prochaine": ("next", "start", "week"),
    "start of next week": ("next", "start", "week"),
    "beginning of next week": ("next", "start", "week"),
    "next week": ("next", "start", "week"),
    "fin de la semaine prochaine": ("next", "end", "week"),
    "end of next week": ("next", "end", "week"),
    "debut du mois prochain": ("next", "start", "month"),
    "mois prochain": ("next", "start", "month"), "le mois prochain": ("next", "start", "month"),
    "start of next month": ("next", "start", "month"),
    "beginning of next month": ("next", "start", "month"),
    "next month": ("next", "start", "month"),
    "fin du mois prochain": ("next", "end", "month"),
    "end of next month": ("next", "end", "month"),
}  # fmt: skip

MAX_OFFSET_DAYS = 3660


def normalise(text: str) -> str:
    """Lowercase, no accents, one kind of apostrophe, single spaces, no final period."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", text.strip().lower())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    plain = plain.replace("\u2019", "'").replace("\u02bc", "'")
    return " ".join(plain.split()).rstrip(".")


def parse_date(value: str | None, today: dt.date, week_start: str = "monday") -> dt.date:
    """`value` as a date, relative to `today` (its zone's today, or `--on`); `today` when None.

    Raises `UsageError("date.bad")` with the accepted forms."""
    if value is None:
        return today
    found = _date(normalise(value), today, week_start)
    if found is None:
        raise UsageError("date.bad", value=value)
    return found


def _date(text: str, today: dt.date, week_start: str) -> dt.date | None:
    if not text:
        return None
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return None
    if text in WORDS:
        return today + dt.timedelta(days=WORDS[text])
    if text in PHRASES:
        return _edge(today, week_start, *PHRASES[text])
    words = text.split(" ")
    if len(words) == 1 and text in WEEKDAYS:
        return today + dt.timedelta(days=(WEEKDAYS[text] - today.weekday() - 1) % 7 + 1)
    if len(words) == 2 and {words[0], words[1]} & {"prochain", "next"}:
        day = words[1] if words[0] == "next" else words[0]
        if day in WEEKDAYS:
            start = _edge(today, week_start, "next", "start", "week")
            return start + dt.timedelta(days=(WEEKDAYS[day] - start.weekday()) % 7)
        return None
    if len(words) == 3 and words[0] in ("dans", "in"):
        return _offset(today, words[1], words[2], 1)
    if text[0] in "+-":
        sign = 1 if text[0] == "+" else -1
        body = text[1:].replace(" ", "")
        digits = body.rstrip("abcdefghijklmnopqrstuvwxyz")
        return _offset(today, digits, body[len(digits) :] or "d", sign)
    return None


def _offset(today: dt.date, number: str, unit: str, sign: int) -> dt.date | None:
    if not number.isdigit() or unit not in UNITS:
        return None
    count = int(number) * sign
    kind = UNITS[unit]
    if kind == "m":
        if abs(count) > MAX_OFFSET_DAYS // 28:
            return None
        return _add_months(today, count)
    days = count * (7 if kind == "w" else 1)
    if abs(days) > MAX_OFFSET_DAYS:
        return None
    return today + dt.timedelta(days=days)


def _add_months(day: dt.date, count: int) -> dt.date:
    """The same day `count` months later, or that month's last day (31 Jan + 1 month: 28 Feb)."""
    index = day.year * 12 + day.month - 1 + count
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, _month_length(year, month + 1)))


def _month_length(year: int, month: int) -> int:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


def _edge(today: dt.date, week_start: str, which: str, edge: str, span: str) -> dt.date:
    if span == "month":
        first = _add_months(today.replace(day=1), 1 if which == "next" else 0)
        if edge == "start":
            return first
        return first.replace(day=_month_length(first.year, first.month))
    first_weekday = 6 if week_start == "sunday" else 0
    start = today - dt.timedelta(days=(today.weekday() - first_weekday) % 7)
    if which == "next":
        start += dt.timedelta(days=7)
    return start if edge == "start" else start + dt.timedelta(days=6)


def parse_moment(value: str) -> dt.datetime:
    """`--now`: an ISO 8601 moment with an offset, in UTC."""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise UsageError("now.bad", value=value) from None
    if moment.tzinfo is None:
        raise UsageError("now.bad", value=value)
    return moment.astimezone(dt.UTC)


def parse_time(value: str | None) -> str | None:
    """`value` as HH:MM (24-hour), or None: 14:30, 14h, 14h30, 14 h 30, 2pm, 2:30 p.m."""
    if value is None:
        return None
    found = _time(normalise(value).replace(".", "").replace(" ", ""))
    if found is None:
        raise UsageError("time.bad", value=value)
    return found


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
    if not (hours.isdigit() and minutes.isdigit() and len(hours) <= 2 and len(minutes) == 2):
        return None
    hour, minute = int(hours), int(minutes)
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"
