"""Dates: what the user types for a date or a time, parsed (pure; `today` is passed in)."""

from __future__ import annotations

import datetime as dt

from .errors import UsageError
from .model import is_time


def parse_date(value: str | None, today: dt.date) -> dt.date:
    """`value` as a date (ISO YYYY-MM-DD); `today` when it is None."""
    if value is None:
        return today
    try:
        if len(value) != 10:
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError("date.bad", value=value) from None


def parse_time(value: str | None) -> str | None:
    """`value` as HH:MM, or None."""
    if value is not None and not is_time(value):
        raise UsageError("time.bad", value=value)
    return value
