"""Guarantee 7: DST transitions, month ends and week starts give the documented dates."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cmagenda.domain.planner import instance_id
from cmagenda.domain.recurrence import expand
from cmagenda.domain.schema import Checklist, Profile, Template
from tests.reliability.conftest import Cm

CLOCKS = ["00:30", "01:30", "02:30", "09:00"]
ZONES = ["America/Toronto", "Europe/Paris"]


def transitions(zone: str) -> list[dt.date]:
    """Every local date with a UTC offset change, 2025-2030."""
    tz = ZoneInfo(zone)
    days = []
    day = dt.date(2025, 1, 1)
    while day <= dt.date(2030, 12, 31):
        start = dt.datetime(day.year, day.month, day.day, tzinfo=tz)
        end = start + dt.timedelta(days=1)
        if start.utcoffset() != end.replace(hour=0).utcoffset():
            days.append(day)
        day += dt.timedelta(days=1)
    return days


@pytest.mark.parametrize("zone", ZONES)
def test_dst_matrix(zone: str) -> None:
    days = transitions(zone)
    assert len(days) == 12  # two a year
    tz = ZoneInfo(zone)
    template = Template(
        id="t", title={"en": "T"}, phase="daily", volet="interaction", minutes=5,
        rrule="FREQ=DAILY", times=CLOCKS, carry=False,
    )  # fmt: skip
    checklist = Checklist(templates={"t": template}, networks={})
    # Working hours round the clock: the night check-ins stay where the DST policy puts them.
    profile = Profile(
        start=dt.date(2025, 1, 1), timezone=zone, networks=[], work_hours=["00:00-23:59"]
    )
    for day in days:
        window = [day - dt.timedelta(days=1), day, day + dt.timedelta(days=1)]
        occs = expand(checklist, profile, window[0], window[-1])
        # Exactly one instance per duty time and intended local date, with distinct ids.
        assert sorted((o.date, o.slot) for o in occs) == sorted(
            (d, c) for d in window for c in CLOCKS
        )
        ids = {instance_id("t", o.date, o.slot) for o in occs}
        assert len(ids) == len(occs)
        for occ in occs:
            assert occ.time is not None
            hour, minute = (int(x) for x in occ.time.split(":"))
            local = dt.datetime(
                occ.date.year, occ.date.month, occ.date.day, hour, minute, tzinfo=tz
            )
            # The time shown exists: it survives a round trip through UTC.
            assert local.astimezone(dt.UTC).astimezone(tz).replace(tzinfo=None) == local.replace(
                tzinfo=None
            )
            if occ.slot != occ.time:
                # The documented gap policy: moved forward by the gap (one hour in both zones).
                assert (occ.slot, occ.time) == ("02:30", "03:30")
                assert day.month == 3


@pytest.mark.parametrize("tz", [None, "UTC", "Mars/Phobos", "Asia/Tokyo"])
def test_the_process_tz_never_changes_the_agenda(cm: Cm, home: Path, tz: str | None) -> None:
    assert cm("init", "--start", "2026-11-16", "--timezone", "America/Toronto").returncode == 0
    env = {k: v for k, v in os.environ.items() if k != "TZ"}
    env["CMAGENDA_HOME"] = str(home)
    if tz is not None:
        env["TZ"] = tz
    # 03:30 UTC is still the 22nd in Toronto: "today" comes from the profile's zone.
    result = cm("--now", "2026-11-23T03:30:00+00:00", "today", "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count('"date": "2026-11-22"') >= 1
    assert '"date": "2026-11-22",\n  "timezone": "America/Toronto"' in result.stdout
