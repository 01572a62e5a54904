"""Dates: what the user types for a date or a time, parsed (pure; `today` is passed in).

A closed grammar in both languages rather than a general parser: `dateparser` reads "lundi" as
the last Monday, knows neither "+3j" nor "fin du mois", and costs a fifth of a second to import;
a planner needs every accepted form to mean one documented thing (the README's table, one row
per form, and `tests/test_dates.py`, form by form).

Choices a reader could make otherwise, made once here:
- A day and month without a year ("9 déc", "23/11") is the nearest such date, back or ahead
  (`_nearest_year`): "Dec 7" on 11 December is four days ago, not next year's; with a weekday
  ("mercredi 9 décembre"), the nearest year where it falls on that weekday. A day of the month
  alone ("le 15") is the next one from today, today included: a planner looks ahead.
- A month by its name ("novembre", "Dec 2026") is that month from its 1st (`_month_named`);
  without a year, the nearest such month.
- A weekday alone ("lundi") is the next one after today; "lundi prochain" that day in next week;
  "lundi dernier" / "last monday" the last one before today.
- Slashed numbers follow the locale: day first in French and en_GB, month first in en_US. en_CA
  (CLDR writes ISO, people write both) and an unknown locale settle nothing: "23/11" is read the
  only way it can be, "05/06" is refused with both readings. Dotted numbers are always day first.
- Week and month phrases ("semaine dernière", "last month") carry their span (`read_date`), so a
  report can take the whole period; their day is the period's first.
- "dans huit jours" is eight days: numbers are taken literally.
- "lundi en huit" is next Monday and a week; "ce vendredi" / "this friday" the next Friday from
  today, today included; "ce week-end" the next Saturday (today on a weekend day); "début
  décembre", "mi-décembre", "fin décembre": the 1st, the 15th, the last day of that month.
Other spellings of these forms are rewritten into them when the form is not the grammar's own
(`datephrases`); a date given with a time of day ("demain matin") or from another date ("le
lendemain") is refused, saying what to write. Standard library only, and `datetime` alone at
load: the CLI reads every date here.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from cmagenda.domain.datewords import (
    LEADS,
    MONTH_NAMES,
    MONTH_PARTS,
    MONTHS,
    NEAR,
    NEXT,
    PERIODS,
    PHRASES,
    THIS,
    UNITS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    WEEKEND,
    WORDS,
)
from cmagenda.domain.errors import UsageError
from cmagenda.domain.numberwords import NUMBERS
from cmagenda.domain.queries import week_bounds

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NoReturn

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

MAX_OFFSET_DAYS = 3660
HALF_YEAR_DAYS = 183


class Reading:
    """A date as read, with the span the words named: "day", "week" or "month"."""

    __slots__ = ("day", "span")

    def __init__(self, day: dt.date, span: str = "day") -> None:
        self.day = day
        self.span = span

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Reading):
            return NotImplemented
        return (self.day, self.span) == (other.day, other.span)

    def __repr__(self) -> str:
        return f"Reading({self.day.isoformat()}, {self.span})"


def normalise(text: str) -> str:
    """Lowercase, no accents, one kind of apostrophe, single spaces, no final period."""
    folded = unicodedata.normalize("NFKD", text.strip().lower())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    plain = plain.replace("\u2019", "'").replace("\u02bc", "'")
    return " ".join(plain.split()).rstrip(".")


def parse_date(
    value: str | None, today: dt.date, week_start: str = "monday", locale: str | None = None
) -> dt.date:
    """`value` as a date, relative to `today` (its zone's today, or `--on`); `today` when None.

    `locale` (fr_CA, en_US...) says how slashed numbers read. Raises `UsageError`: "date.bad"
    with the accepted forms, "date.impossible", "date.weekday" or "date.ambiguous" saying why."""
    return read_date(value, today, week_start, locale).day


def read_date(
    value: str | None, today: dt.date, week_start: str = "monday", locale: str | None = None
) -> Reading:
    """`parse_date` with the span the words named ("semaine dernière": a week)."""
    if value is None:
        return Reading(today)
    try:
        found = _date(normalise(value.replace(",", " ")), value, today, week_start, locale)
    except (OverflowError, ValueError):
        found = None  # before year 1 or after 9999 (`datetime`'s range): no date to plan on
    if found is None:
        _refuse(value)
    return found if isinstance(found, Reading) else Reading(found)


def _refuse(value: str) -> NoReturn:
    """Say why `value` is no date: a time of day in it, another date needed, or not understood."""
    from cmagenda.domain import datephrases  # see `_date`: a refusal is off the fast path

    if datephrases.needs_another_date(normalise(value)):
        raise UsageError("date.relative", value=value)
    day = datephrases.without_time(value)
    if day is not None:
        raise UsageError(
            "date.time_given", value=value, date=day or "aujourd'hui", day=day or "today"
        )
    raise UsageError("date.bad", value=value)


def _date(
    text: str, value: str, today: dt.date, week_start: str, locale: str | None
) -> dt.date | Reading | None:
    if text.startswith("d'ici "):
        count, _, unit = text.removeprefix("d'ici ").rpartition(" ")
        if unit in UNITS and _count(count) is not None:
            text = f"dans {count} {unit}"  # "d'ici 3 jours": in 3 days
    first, _, rest = text.partition(" ")
    while rest and first in LEADS:
        text = rest
        first, _, rest = text.partition(" ")
    if not text:
        return None
    found = _read(text, value, today, week_start, locale)
    if found is None:
        # Only once the grammar's own forms fail: the other spellings' patterns take a
        # millisecond to compile, which "demain" on the fast path never pays.
        from cmagenda.domain import datephrases

        other = datephrases.rewrite(text)
        if other != text:
            found = _read(other, value, today, week_start, locale)
    return found


def _read(
    text: str, value: str, today: dt.date, week_start: str, locale: str | None
) -> dt.date | Reading | None:
    for suffix, days in ((" en huit", 7), (" en quinze", 14)):
        if text == suffix[1:]:
            return today + dt.timedelta(days=days)
        if text.endswith(suffix):
            base = _date(text.removesuffix(suffix), value, today, week_start, locale)
            start = base.day if isinstance(base, Reading) else base
            return None if start is None else start + dt.timedelta(days=days)
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        year, month, day = text[:4], text[5:7], text[8:]
        if not (_digits(year + month + day) and 1 <= int(month) <= 12 and int(year) >= 1):
            return None
        return _on(value, int(year), int(month), int(day), today)
    if text in WORDS:
        return today + dt.timedelta(days=WORDS[text])
    if text in PERIODS:
        which, span = PERIODS[text]
        return Reading(_edge(today, week_start, which, "start", span), span)
    if text in PHRASES:
        return _edge(today, week_start, *PHRASES[text])
    words = [w.rstrip(".") for w in text.split(" ")]
    if len(words) == 1 and text in WEEKDAYS:
        return today + dt.timedelta(days=(WEEKDAYS[text] - today.weekday() - 1) % 7 + 1)
    if len(words) == 2 and words[0] in THIS and words[1] in WEEKDAYS:
        return today + dt.timedelta(days=(WEEKDAYS[words[1]] - today.weekday()) % 7)
    if text in WEEKEND:
        return today + dt.timedelta(days=max(0, 5 - today.weekday()))
    if len(words) in (2, 3) and words[0] in MONTH_PARTS and words[1] in MONTHS:
        return _month_part(words, value, today)
    if len(words) == 2 and (words[0] in NEAR or words[1] in NEAR):
        return _named_weekday(words, today, week_start)
    if len(words) >= 3 and words[0] in ("dans", "in"):
        return _offset(today, " ".join(words[1:-1]), words[-1], 1)
    if len(words) >= 5 and words[:3] == ["il", "y", "a"]:
        return _offset(today, " ".join(words[3:-1]), words[-1], -1)
    if len(words) >= 3 and words[-1] == "ago":
        return _offset(today, " ".join(words[:-2]), words[-2], -1)
    if text[0] in "+-":
        sign = 1 if text[0] == "+" else -1
        body = text[1:].replace(" ", "")
        digits = body.rstrip("abcdefghijklmnopqrstuvwxyz")
        return _offset(today, digits, body[len(digits) :] or "d", sign)
    numeric = "/" in words[-1] or "." in words[-1]
    if numeric and (len(words) == 1 or (len(words) == 2 and words[0] in WEEKDAYS)):
        weekday = WEEKDAYS[words[0]] if len(words) == 2 else None
        found = _numeric(words[-1], value, today, locale, weekday)
        if found is not None and len(words) == 2:
            _same_weekday(found, WEEKDAYS[words[0]], value)
        return found
    return _month_named(words, today) or _named(words, value, today)


def _named_weekday(words: list[str], today: dt.date, week_start: str) -> dt.date | None:
    """ "lundi prochain" / "next monday": that day in next week; "lundi dernier" / "last monday":
    the last one before today."""
    day = words[1] if words[0] in ("next", "last") else words[0]
    other = words[0] if day == words[1] else words[1]
    if day not in WEEKDAYS:
        return None
    if other in NEXT:
        start = _edge(today, week_start, 1, "start", "week")
        return start + dt.timedelta(days=(WEEKDAYS[day] - start.weekday()) % 7)
    return today - dt.timedelta(days=(today.weekday() - WEEKDAYS[day] - 1) % 7 + 1)


def _digits(text: str) -> bool:
    """Figures 0-9 only: `isdigit` alone also takes "²" or "𐩀", which `int` refuses."""
    return text.isascii() and text.isdigit()


def _count(words: str) -> int | None:
    if _digits(words):
        return int(words)
    return NUMBERS.get(words)


def _offset(today: dt.date, number: str, unit: str, sign: int) -> dt.date | None:
    found = _count(number)
    if found is None or unit not in UNITS:
        return None
    count = found * sign
    kind = UNITS[unit]
    if kind == "m":
        if abs(count) > MAX_OFFSET_DAYS // 28:
            return None
        return _add_months(today, count)
    days = count * (7 if kind == "w" else 1)
    if abs(days) > MAX_OFFSET_DAYS:
        return None
    return today + dt.timedelta(days=days)


def _numeric(
    text: str, value: str, today: dt.date, locale: str | None, weekday: int | None = None
) -> dt.date | None:
    """23/11, 23/11/2026, 11/23/2026 (en_US), 23.11.2026: see the module's note on locales."""
    sep = "/" if "/" in text else "."
    parts = text.split(sep)
    if len(parts) not in (2, 3) or not all(_digits(p) and len(p) <= 2 for p in parts[:2]):
        return None
    year = None
    if len(parts) == 3:
        if not (_digits(parts[2]) and len(parts[2]) in (2, 4) and int(parts[2]) >= 1):
            return None
        year = int(parts[2]) + (2000 if len(parts[2]) == 2 else 0)
    first, second = int(parts[0]), int(parts[1])
    # Both readings, the locale's first; a reading whose month is no month drops out, so that
    # "23/11" is read in en_US too.
    both = [(first, second), (second, first)]
    if sep == "/" and locale == "en_US":
        both.reverse()
    readings = [(d, m) for d, m in both[: 1 if first == second else 2] if 1 <= m <= 12]
    if not readings:
        return None
    settled = sep == "." or (locale is not None and locale.startswith(("fr", "en_GB", "en_US")))
    if settled:
        readings = readings[:1]
    if len(readings) == 2:
        iso = [_on(value, year, m, d, today).isoformat() for d, m in readings]
        names = {lang: [_spelled(lang, d, m, None) for d, m in readings] for lang in MONTH_NAMES}
        raise UsageError(
            "date.ambiguous",
            value=value,
            fr_a=names["fr"][0],
            fr_b=names["fr"][1],
            en_a=names["en"][0],
            en_b=names["en"][1],
            iso_a=iso[0],
            iso_b=iso[1],
        )
    day, month = readings[0]
    return _on(value, year, month, day, today, weekday)


def _named(words: list[str], value: str, today: dt.date) -> dt.date | None:
    """[weekday] day month [year] or [weekday] month day [year]: "mercredi 9 déc. 2026",
    "Wednesday, December 9th", "le 1er décembre"; or a day of the month alone: "le 15"."""
    weekday = None
    # "mar" is Tuesday in French and March in English: a weekday only when a month follows.
    if (
        len(words) > 1
        and words[0] in WEEKDAYS
        and (words[0] not in MONTHS or any(w in MONTHS for w in words[1:]))
    ):
        weekday, words = WEEKDAYS[words[0]], words[1:]
    year = None
    if len(words) > 1 and len(words[-1]) == 4 and _digits(words[-1]) and int(words[-1]) >= 1:
        year, words = int(words[-1]), words[:-1]
    month = None
    if len(words) == 2 and words[1] in MONTHS:
        month, words = MONTHS[words[1]], words[:1]
    elif len(words) == 2 and words[0] in MONTHS:
        month, words = MONTHS[words[0]], words[1:]
    if len(words) != 1 or (year is not None and month is None):
        return None
    day = _day_number(words[0])
    if day is None:
        return None
    if month is not None:
        found = _on(value, year, month, day, today, weekday)
    elif 1 <= day <= 31:
        found = _next_day_of_month(day, today)
    else:
        return None
    if weekday is not None:
        _same_weekday(found, weekday, value)
    return found


def _month_part(words: list[str], value: str, today: dt.date) -> dt.date | None:
    """ "début décembre", "mi-décembre 2027", "fin février": that month's 1st, 15th or last day;
    without a year, the nearest such day, as for a day and month (`_nearest_year`)."""
    month = MONTHS[words[1]]
    year = None
    if len(words) == 3:
        if not (_digits(words[2]) and len(words[2]) == 4 and int(words[2]) >= 1):
            return None
        year = int(words[2])
    day = MONTH_PARTS[words[0]]
    if day > 0:
        return _on(value, year, month, day, today)
    if year is not None:
        return dt.date(year, month, _month_length(year, month))
    years = (today.year - 1, today.year, today.year + 1)
    return _nearest([dt.date(y, month, _month_length(y, month)) for y in years], today)


def _same_weekday(found: dt.date, weekday: int, value: str) -> None:
    """Refuse "mardi 9 décembre 2026", saying which day the 9th is."""
    if found.weekday() != weekday:
        raise UsageError(
            "date.weekday",
            value=value,
            fr=_spelled("fr", found.day, found.month, found.year),
            en=_spelled("en", found.day, found.month, found.year),
            weekday_fr=WEEKDAY_NAMES["fr"][found.weekday()],
            weekday_en=WEEKDAY_NAMES["en"][found.weekday()],
        )


def _next_day_of_month(day: int, today: dt.date) -> dt.date:
    """The next date from `today` (included) on that day of a month: "le 31" skips short months."""
    month = today.replace(day=1)
    while day > _month_length(month.year, month.month) or month.replace(day=day) < today:
        month = _add_months(month, 1)
    return month.replace(day=day)


def _day_number(word: str) -> int | None:
    """9, 09, 9th, 1st, 1er."""
    for suffix in ("er", "st", "nd", "rd", "th"):
        if word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    return int(word) if _digits(word) and len(word) <= 2 else None


def _on(
    value: str,
    year: int | None,
    month: int,
    day: int,
    today: dt.date,
    weekday: int | None = None,
) -> dt.date:
    """That date (`month` is 1 to 12), or without a year the nearest one (`_nearest_year`);
    "date.impossible" for a day the month never has (30 February), or not that year (29 February
    2027)."""
    longest = 29 if month == 2 else _month_length(2000, month)
    if year is not None:
        longest = _month_length(year, month)
    if not 1 <= day <= longest:
        raise UsageError(
            "date.impossible",
            value=value,
            fr=_spelled("fr", day, month, year),
            en=_spelled("en", day, month, year),
        )
    if year is not None:
        return dt.date(year, month, day)
    return _nearest_year(value, month, day, today, weekday)


def _nearest(dates: list[dt.date], today: dt.date) -> dt.date:
    """The one of `dates` nearest to `today`, back or ahead; a tie goes ahead."""
    return min(dates, key=lambda date: (abs((date - today).days), date < today))


def _nearest_year(value: str, month: int, day: int, today: dt.date, weekday: int | None) -> dt.date:
    """A day and month without a year: the one nearest to `today`, back or ahead (a tie goes
    ahead), among last year's, this year's and next year's. With a weekday, the nearest on that
    weekday within half a year; else refused, naming the year it falls on that weekday, if one
    of the three does ("date.weekday_other_year"), or asking for the year ("date.weekday_year").
    A 29 February none of them has is the next one."""
    years = (today.year - 1, today.year, today.year + 1)
    found = [dt.date(y, month, day) for y in years if day <= _month_length(y, month)]
    if not found:
        year = today.year
        while day > _month_length(year, month):
            year += 1  # at most 8 years, for a 29 February
        return dt.date(year, month, day)

    nearest = _nearest(found, today)
    if weekday is None:
        return nearest
    matching = [d for d in found if d.weekday() == weekday]
    if matching and abs((_nearest(matching, today) - today).days) <= HALF_YEAR_DAYS:
        return _nearest(matching, today)
    names: dict[str, Any] = {
        "value": value,
        "fr": _spelled("fr", day, month, nearest.year),
        "en": _spelled("en", day, month, nearest.year),
        "weekday_fr": WEEKDAY_NAMES["fr"][nearest.weekday()],
        "weekday_en": WEEKDAY_NAMES["en"][nearest.weekday()],
        "day_fr": _spelled("fr", day, month, None),
        "day_en": _spelled("en", day, month, None),
        "asked_fr": WEEKDAY_NAMES["fr"][weekday],
        "asked_en": WEEKDAY_NAMES["en"][weekday],
    }
    if matching:
        raise UsageError("date.weekday_other_year", year=matching[0].year, **names)
    raise UsageError("date.weekday_year", first=found[0].year, last=found[-1].year, **names)


def _month_named(words: list[str], today: dt.date) -> Reading | None:
    """A month by its name, with or without a year ("novembre", "Dec 2026"): that month, from
    its 1st; without a year the nearest such month (a tie, six months away, goes ahead)."""
    if len(words) == 2 and len(words[1]) == 4 and _digits(words[1]) and int(words[1]) >= 1:
        year: int | None = int(words[1])
    elif len(words) == 1:
        year = None
    else:
        return None
    month = MONTHS.get(words[0])
    if month is None:
        return None
    if year is None:
        ahead = (month - today.month) % 12
        shift = ahead if ahead <= 6 else ahead - 12
        return Reading(_add_months(today.replace(day=1), shift), "month")
    return Reading(dt.date(year, month, 1), "month")


def _spelled(lang: str, day: int, month: int, year: int | None) -> str:
    """ "1er décembre 2026" / "December 1, 2026", for messages."""
    name = MONTH_NAMES[lang][month - 1]
    if lang == "fr":
        text = f"{'1er' if day == 1 else day} {name}"
        return text if year is None else f"{text} {year}"
    return f"{name} {day}" if year is None else f"{name} {day}, {year}"


def _add_months(day: dt.date, count: int) -> dt.date:
    """The same day `count` months later, or that month's last day (31 Jan + 1 month: 28 Feb)."""
    index = day.year * 12 + day.month - 1 + count
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, _month_length(year, month + 1)))


def _month_length(year: int, month: int) -> int:
    if month == 12:
        return 31  # and no 1 January 10000 to count back from
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


def _edge(today: dt.date, week_start: str, which: int, edge: str, span: str) -> dt.date:
    if span == "month":
        first = _add_months(today.replace(day=1), which)
        if edge == "start":
            return first
        return first.replace(day=_month_length(first.year, first.month))
    start = week_bounds(today, week_start)[0] + dt.timedelta(days=7 * which)
    return start if edge == "start" else start + dt.timedelta(days=6)
