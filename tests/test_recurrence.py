"""Recurrence: DST policy, month ends, and the DTSTART shortcut giving the same dates."""

from __future__ import annotations

import datetime as dt

import pytest

from cmagenda.domain.recurrence import dates, wall_time
from cmagenda.domain.schema import Template


def duty(rule: str | None, offset: int = 0) -> Template:
    return Template(
        id="t", title={"en": "T"}, phase="daily", volet="content", minutes=5,
        rrule=rule, offset_days=offset, carry=False,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("zone", "day", "clock", "shown"),
    [
        ("America/Toronto", dt.date(2026, 3, 8), "02:30", "03:30"),  # gap: moved forward
        ("America/Toronto", dt.date(2026, 11, 1), "01:30", "01:30"),  # fold: the first one
        ("Europe/Paris", dt.date(2026, 3, 29), "02:30", "03:30"),
        ("Europe/Paris", dt.date(2026, 3, 29), "09:00", "09:00"),
        ("America/Toronto", dt.date(2026, 3, 9), "02:30", "02:30"),
    ],
)
def test_dst_policy(zone: str, day: dt.date, clock: str, shown: str) -> None:
    assert wall_time(day, clock, zone) == shown


def test_month_ends() -> None:
    jan, dec = dt.date(2027, 1, 1), dt.date(2027, 12, 31)
    anchor = dt.date(2026, 12, 1)
    # The 31st skips short months; BYMONTHDAY=-1 is the last day of each month.
    assert len(dates(duty("FREQ=MONTHLY;BYMONTHDAY=31"), anchor, jan, dec)) == 7
    last = dates(duty("FREQ=MONTHLY;BYMONTHDAY=-1"), anchor, jan, dec)
    assert last[:3] == [dt.date(2027, 1, 31), dt.date(2027, 2, 28), dt.date(2027, 3, 31)]
    leap = dates(duty("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"), anchor, jan, dt.date(2029, 1, 1))
    assert leap == [dt.date(2028, 2, 29)]


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=DAILY",
        "FREQ=DAILY;INTERVAL=3",
        "FREQ=WEEKLY;INTERVAL=2",
        "FREQ=WEEKLY;INTERVAL=3;BYDAY=TU,TH",
        "FREQ=MONTHLY;INTERVAL=5;BYMONTHDAY=31",
        "FREQ=MONTHLY;INTERVAL=3",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        "FREQ=YEARLY;INTERVAL=2",
        "FREQ=DAILY;COUNT=400",
        "FREQ=WEEKLY;UNTIL=20260101",
    ],
)
@pytest.mark.parametrize(
    "anchor", [dt.date(2014, 1, 31), dt.date(2016, 2, 29), dt.date(2019, 7, 3)]
)
def test_far_anchors_give_the_same_dates_as_a_full_walk(rule: str, anchor: dt.date) -> None:
    from dateutil.rrule import rrulestr

    start, end = dt.date(2025, 12, 20), dt.date(2026, 3, 10)
    full = rrulestr(rule, dtstart=dt.datetime.combine(anchor, dt.time()))
    expected = [
        d.date()
        for d in full.between(
            dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time()), inc=True
        )
    ]
    assert dates(duty(rule), anchor, start, end) == expected


def test_one_off_and_offsets() -> None:
    start = dt.date(2026, 11, 16)
    assert dates(duty(None, 9), start, start, dt.date(2026, 12, 31)) == [dt.date(2026, 11, 25)]
    assert dates(duty(None, 9), start, dt.date(2026, 11, 26), dt.date(2026, 12, 31)) == []
    # A rule starts counting on its offset day.
    assert dates(duty("FREQ=DAILY", 2), start, start, dt.date(2026, 11, 19)) == [
        dt.date(2026, 11, 18), dt.date(2026, 11, 19)
    ]  # fmt: skip
