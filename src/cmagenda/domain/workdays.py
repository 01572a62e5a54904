"""Workdays: the profile's working days, working hours and public holidays, as the recurrence
stage needs them (which days an office duty may fall on, where a check-in time goes, and what a
holiday is called in each language).

Holidays come from the `holidays` package, imported only when a range of days is planned.
"""

from __future__ import annotations

import datetime as dt

from cmagenda.domain.model import Titles
from cmagenda.domain.queries import week_bounds
from cmagenda.i18n.messages import suggest

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from cmagenda.domain.schema import Profile

WEEKDAY_NAMES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# How far back a "shift" looks for a rule date that lands on the first day planned: the longest
# run of days off a holiday can make (a long weekend around Christmas and the New Year).
SHIFT_LOOKBACK = 14

# "auto": the holidays of where the profile's zone is, read with its language. America/Toronto
# is also Quebec's zone (America/Montreal links to it): French there means Quebec.
AUTO_REGIONS: dict[str, tuple[str, str]] = {
    "Europe/Paris": ("FR", "FR"),
    "Europe/Brussels": ("BE", "BE"),
    "Europe/Luxembourg": ("LU", "LU"),
    "Europe/Zurich": ("CH", "CH"),
    "Europe/Monaco": ("MC", "MC"),
    "America/Toronto": ("CA-QC", "CA-ON"),
    "America/Montreal": ("CA-QC", "CA-QC"),
    "America/Moncton": ("CA-NB", "CA-NB"),
    "America/Halifax": ("CA-NS", "CA-NS"),
    "America/St_Johns": ("CA-NL", "CA-NL"),
    "America/Winnipeg": ("CA-MB", "CA-MB"),
    "America/Regina": ("CA-SK", "CA-SK"),
    "America/Edmonton": ("CA-AB", "CA-AB"),
    "America/Vancouver": ("CA-BC", "CA-BC"),
    "Europe/London": ("GB", "GB"),
    # The United States' main zones: the federal holidays (a state's own, with "US-IL"...).
    "America/New_York": ("US", "US"),
    "America/Detroit": ("US", "US"),
    "America/Chicago": ("US", "US"),
    "America/Denver": ("US", "US"),
    "America/Phoenix": ("US", "US"),
    "America/Los_Angeles": ("US", "US"),
    "America/Anchorage": ("US", "US"),
    "Pacific/Honolulu": ("US", "US"),
}


def region_of(profile: Profile) -> str | None:
    """The holiday region the profile means ("CA-QC", "FR"), or None for no holidays."""
    if profile.holidays == "none":
        return None
    if profile.holidays == "auto":
        pair = AUTO_REGIONS.get(profile.timezone)
        if pair is None:
            return None
        return pair[0] if profile.language == "fr" else pair[1]
    return profile.holidays


def check_region(value: str) -> str | None:
    """Why `value` is not a usable `holidays` setting, or None."""
    if value in ("auto", "none"):
        return None
    import holidays  # ~50 ms: only where a holiday region is checked or used

    country, _, subdivision = value.partition("-")
    supported = holidays.list_supported_countries()
    meant = region_meant(value)
    if meant is not None:
        return f"unknown holiday region {value!r} (did you mean {meant!r}?)"
    if country not in supported:
        return f"unknown country {country!r} for holidays{suggest(country, list(supported))}"
    if subdivision and subdivision not in supported[country]:
        known = ", ".join(supported[country]) or "none"
        return f"unknown subdivision {subdivision!r} of {country} (known: {known})"
    return None


# Where a subdivision typed alone ("QC", "ON", "57") is looked for, first match first: the
# countries the profile's zones point to (see AUTO_REGIONS), Canada first.
HOME_COUNTRIES = ("CA", "FR", "BE", "CH", "LU", "US")


def region_meant(value: str) -> str | None:
    """The region an unusable `holidays` value most likely means: the same code in capitals
    ("ca-qc" -> "CA-QC"), or a subdivision typed without its country ("QC" -> "CA-QC"; a
    country's own code is never taken for a subdivision). None if nothing is close enough."""
    import holidays  # ~50 ms: only where a holiday region is checked or used

    supported = holidays.list_supported_countries()
    upper = value.strip().upper()
    country, _, subdivision = upper.partition("-")
    if country in supported and (not subdivision or subdivision in supported[country]):
        return upper if upper != value else None
    if subdivision or country in supported:
        return None
    for home in HOME_COUNTRIES:
        for known in supported.get(home, ()):
            if known.upper() == country:
                return f"{home}-{known}"
    return None


def holiday_names(region: str | None, start: dt.date, end: dt.date) -> dict[dt.date, Titles]:
    """The public holidays of `region` from `start` to `end`, named in French and English where
    the package has those languages (its own otherwise)."""
    if region is None:
        return {}
    import holidays  # ~50 ms: only where a holiday region is checked or used

    country, _, subdivision = region.partition("-")
    years = list(range(start.year, end.year + 1))
    names: dict[str, dict[dt.date, str]] = {}
    for lang in ("fr", "en"):
        base = holidays.country_holidays(country, subdiv=subdivision or None, years=years)
        spoken = _language(base.supported_languages, lang, country)
        table = (
            holidays.country_holidays(
                country, subdiv=subdivision or None, years=years, language=spoken
            )
            if spoken
            else base
        )
        names[lang] = {d: str(n) for d, n in table.items() if start <= d <= end}
    return {d: Titles(fr=names["fr"].get(d), en=names["en"].get(d)) for d in sorted(names["fr"])}


def _language(supported: tuple[str, ...], lang: str, country: str) -> str | None:
    for code in (lang, f"{lang}_{country}", f"{lang}_CA", f"{lang}_US", f"{lang}_GB"):
        if code in supported:
            return code
    return next((c for c in supported if c.startswith(lang)), None)


class Workweek:
    """Working days, working hours and holidays over a range of days."""

    def __init__(
        self,
        work_days: Sequence[str],
        work_hours: Sequence[str],
        holidays: dict[dt.date, Titles],
        absent: Collection[dt.date] = (),
        week_start: str = "monday",
    ) -> None:
        self.days = {WEEKDAY_NAMES.index(d) for d in work_days}
        self.hours = [tuple(span.split("-")) for span in work_hours]
        self.holidays = holidays
        # The days of absence: no room for work (placement) and no day to shift a duty to; the
        # posting slots and the routine stay on them, shown "off" (nothing owed).
        self.absent = frozenset(absent)
        self.week_start = week_start

    def is_working(self, day: dt.date) -> bool:
        return day.weekday() in self.days and day not in self.holidays

    def is_open(self, day: dt.date) -> bool:
        """A working day the user is there: work can be placed or shifted onto it."""
        return self.is_working(day) and day not in self.absent

    def before_absence(self, day: dt.date, floor: dt.date) -> dt.date:
        """Where a shifted duty dated on a day of absence goes: the latest open day of its week
        before it (not before `floor`), so that the week keeps its report; else the next one."""
        start = max(week_bounds(day, self.week_start)[0], floor)
        for n in range(1, (day - start).days + 1):
            candidate = day - dt.timedelta(days=n)
            if self.is_open(candidate):
                return candidate
        return self.next_working(day)

    def outside_hours(self, clock: str, minutes: int) -> bool:
        """Whether a task at `clock` lasting `minutes` starts before the working day or ends
        after it (a task in the lunch break is the user's call, not flagged)."""
        first, last = _minutes(self.hours[0][0]), _minutes(self.hours[-1][1])
        start = _minutes(clock)
        return start < first or start + minutes > last

    def next_working(self, day: dt.date) -> dt.date:
        # Bounded: a working week has at least one working day, holidays are a few a month.
        for n in range(1, 366):
            candidate = day + dt.timedelta(days=n)
            if self.is_open(candidate):
                return candidate
        return day

    def capacity(self, day: dt.date) -> int:
        """Minutes of work `day` holds: its working hours, or 0 on a day off or a holiday."""
        if not self.is_open(day):
            return 0
        return sum(_minutes(end) - _minutes(start) for start, end in self.hours)

    def place(self, clock: str, minutes: int) -> str:
        """`clock` moved inside working hours: a time between or before them goes to the start
        of the next span; a time after the last one to its end, less the duty's length."""
        for start, end in self.hours:
            if clock < start:
                return start
            if clock < end:
                return clock
        start, end = self.hours[-1]
        hour, minute = (int(x) for x in end.split(":"))
        latest = max(hour * 60 + minute - minutes, 0)
        placed = f"{latest // 60:02d}:{latest % 60:02d}"
        return max(placed, start)


def _minutes(clock: str) -> int:
    hour, minute = clock.split(":")
    return int(hour) * 60 + int(minute)


def workweek_for(
    profile: Profile, start: dt.date, end: dt.date, absent: Collection[dt.date] = ()
) -> Workweek:
    holidays = holiday_names(region_of(profile), start - dt.timedelta(days=SHIFT_LOOKBACK), end)
    return Workweek(profile.work_days, profile.work_hours, holidays, absent, profile.week_start)


def region_clash(value: str, country: str) -> str | None:
    """The subdivision of `country` a two-letter `holidays` value also names ("IL" in the US:
    Israel, or Illinois, "US-IL"), or None when it names a country only."""
    if len(value) != 2 or value == country:
        return None
    import holidays

    supported = holidays.list_supported_countries()
    if value in supported and value in supported.get(country, ()):
        return f"{country}-{value}"
    return None
