"""Rules: why a duty's `rrule` (an RFC 5545 RRULE body) cannot be planned, said as a catalogue
key and its parameters.

The rule is read here part by part rather than left to dateutil, whose messages are English
sentences ("invalid 'BYDAY': XX"), name no part for some mistakes, and accept forms the planner
then trips on (an UNTIL in UTC, which its naive start refuses at planning time). dateutil reads
the rule only once every part is known good, to tell a rule that never occurs; that walk is
bounded (four years are enough for any rule these checks let through, leap days included).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

PARTS = ("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYYEARDAY",
         "BYWEEKNO", "BYSETPOS", "WKST")  # fmt: skip
FREQS = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# Parts that give a time of day: the checklist gives those in `times`.
TIME_PARTS = ("BYHOUR", "BYMINUTE", "BYSECOND")
# (lowest, highest, negative allowed) for the parts that hold numbers.
NUMBERS = {
    "INTERVAL": (1, 1000, False),
    "COUNT": (1, 100_000, False),
    "BYMONTH": (1, 12, False),
    "BYMONTHDAY": (1, 31, True),
    "BYYEARDAY": (1, 366, True),
    "BYWEEKNO": (1, 53, True),
    "BYSETPOS": (1, 366, True),
}
SINGLE = ("FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST")
WEEKDAY = re.compile(r"([+-]?)(\d{1,2})?([A-Z]{2})")
UNTIL = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?")

Problem = tuple[str, dict[str, Any]]


def rule_problem(rule: str) -> Problem | None:
    """Why `rule` cannot be planned, as ("rrule.<why>", parameters), or None."""
    parts: dict[str, str] = {}
    for chunk in rule.strip().split(";"):
        if not chunk.strip():
            continue  # "FREQ=DAILY;": a closing semicolon, as dateutil takes it
        if "=" not in chunk:
            return "rrule.not_pair", {"chunk": chunk.strip()}
        name, _, value = chunk.partition("=")
        name, value = name.strip().upper(), value.strip().upper()
        if name in TIME_PARTS:
            return "rrule.time_part", {"part": name}
        if name not in PARTS:
            return "rrule.unknown_part", {"part": name, "known": ", ".join(PARTS)}
        if name in parts:
            return "rrule.twice", {"part": name}
        if not value:
            return "rrule.empty", {"part": name}
        parts[name] = value
    freq = parts.get("FREQ")
    if freq is None:
        return "rrule.no_freq", {"known": ", ".join(FREQS)}
    if freq not in FREQS:
        return "rrule.freq", {"value": freq, "known": ", ".join(FREQS)}
    if "COUNT" in parts and "UNTIL" in parts:
        return "rrule.count_until", {}
    found: dict[str, list[int]] = {}
    for name, (low, high, negative) in NUMBERS.items():
        if name not in parts:
            continue
        items = parts[name].split(",")
        if name in SINGLE and len(items) > 1:
            return "rrule.one_value", {"part": name, "value": parts[name]}
        numbers = []
        for item in items:
            if not re.fullmatch(r"[+-]?\d{1,7}", item):
                return "rrule.not_number", {"part": name, "value": item}
            number = int(item)
            if not low <= abs(number) <= high or (number < 0 and not negative):
                key = "rrule.range_signed" if negative else "rrule.range"
                return key, {"part": name, "value": item, "low": low, "high": high}
            numbers.append(number)
        found[name] = numbers
    if "BYDAY" in parts:
        problem = _byday(parts["BYDAY"], freq)
        if problem:
            return problem
    if "WKST" in parts and parts["WKST"] not in DAYS:
        return "rrule.wkst", {"value": parts["WKST"], "known": ", ".join(DAYS)}
    if "UNTIL" in parts and not _until(parts["UNTIL"]):
        return "rrule.until", {"value": parts["UNTIL"]}
    months = found.get("BYMONTH") or list(range(1, 13))
    monthdays = found.get("BYMONTHDAY", [])
    if monthdays and not any(
        abs(day) <= calendar.monthrange(2024, month)[1] for month in months for day in monthdays
    ):
        return "rrule.no_such_day", {}
    if "COUNT" not in parts and "UNTIL" not in parts and not _occurs(parts):
        return "rrule.never", {}
    return None


def _byday(value: str, freq: str) -> Problem | None:
    """Each day is MO to SU; a rank ("1MO", "-1FR": the first Monday, the last Friday) only in
    a monthly or yearly rule, and within the weeks such a period has."""
    for item in value.split(","):
        match = WEEKDAY.fullmatch(item)
        if match is None or match.group(3) not in DAYS or (match.group(1) and not match.group(2)):
            return "rrule.byday", {"value": item, "known": ", ".join(DAYS)}
        if match.group(2) is None:
            continue
        if freq not in ("MONTHLY", "YEARLY"):
            return "rrule.byday_rank", {"value": item}
        highest = 5 if freq == "MONTHLY" else 53
        if not 1 <= int(match.group(2)) <= highest:
            return "rrule.byday_range", {"value": item, "high": highest}
    return None


def _until(value: str) -> bool:
    """YYYYMMDD or YYYYMMDDTHHMMSS (local time, like the planner's days): a real date."""
    match = UNTIL.fullmatch(value)
    if match is None:
        return False
    year, month, day, hour, minute, second = (int(g or 0) for g in match.groups())
    try:
        dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return False
    return True


def _occurs(parts: dict[str, str]) -> bool:
    """Whether the rule (every part already checked) occurs at all: any that does, does so
    within four years."""
    from dateutil.rrule import rrulestr  # only when a checklist is checked, not on every plan

    body = ";".join(f"{name}={value}" for name, value in parts.items())
    rule = rrulestr(body, dtstart=dt.datetime(2024, 1, 1))
    probe = rule.replace(until=dt.datetime(2028, 12, 31))  # type: ignore[union-attr]
    return next(iter(probe), None) is not None
