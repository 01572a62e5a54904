"""Reports: a period's tasks -> what got done, the cadence kept, KPIs against their baseline
(pure, like `queries`; every function takes `today`).

A task counts in a period when its date is in it and is today or earlier (or it is done): a
later one is not due yet. An optional posting slot counts only when it was used (done), as in
the day views.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cmagenda.domain.model import Status, Task
from cmagenda.domain.month import Month
from cmagenda.domain.queries import NO_DAYS_OFF, Tally, tallies, view_status, week_bounds
from cmagenda.domain.readings import Reading

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping


@dataclass(slots=True)
class Share:
    """Done out of total, for one group (a phase, a volet, a network, or the whole period).
    A task skipped on purpose is counted apart, not in the total: skipping is not failing."""

    key: str
    done: int = 0
    total: int = 0
    skipped: int = 0

    @property
    def rate(self) -> float:
        return self.done / self.total if self.total else 0.0


@dataclass(slots=True)
class Cadence:
    """One network over the period: days its minimum was met, posting slots owed and done."""

    network: str
    days: int
    days_met: int
    required: int
    done: int


@dataclass(slots=True)
class Course:
    """One KPI (a network's metric) at the period's end: its first reading (the baseline), the
    last one before the period, the last one in it, and the trend: the last reading of each of
    the periods up to this one, None where nothing was read."""

    network: str
    metric: str
    baseline: Reading
    previous: Reading | None
    current: Reading | None
    trend: list[tuple[dt.date, float | None]]

    def change(self, reference: Reading | None) -> tuple[float, float | None] | None:
        """The current value against `reference`: the difference and, when the reference is not
        zero, the relative change in percent."""
        if self.current is None or reference is None or reference is self.current:
            return None
        difference = _tidy(self.current.value - reference.value)
        if not reference.value:
            return difference, None
        return difference, round(difference / abs(reference.value) * 100, 1)


def _tidy(value: float) -> float:
    # 0.1 + 0.2 must read 0.3: readings have at most a few decimals.
    value = round(value, 6)
    return int(value) if float(value).is_integer() else value


class Summary:
    __slots__ = (
        "by_day",
        "by_network",
        "by_phase",
        "by_volet",
        "cadence",
        "days_off",
        "end",
        "kpis",
        "minutes_done",
        "minutes_planned",
        "missed",
        "overall",
        "overdue",
        "skipped",
        "start",
    )

    def __init__(self, start: dt.date, end: dt.date) -> None:
        self.start = start
        self.end = end
        self.overall = Share("all")
        self.by_phase: dict[str, Share] = {}
        self.by_volet: dict[str, Share] = {}
        self.by_network: dict[str, Share] = {}
        self.by_day: dict[dt.date, Share] = {}
        self.kpis: list[Course] = []
        self.cadence: list[Cadence] = []
        self.missed: list[Task] = []
        self.skipped: list[Task] = []
        self.overdue: list[Task] = []
        self.minutes_planned = 0
        self.minutes_done = 0
        # The days of absence in the period: nothing was owed on them.
        self.days_off: list[dt.date] = []


def period_bounds(day: dt.date, kind: str, week_start: str) -> tuple[dt.date, dt.date]:
    """The week (per `week_start`) or the month holding `day`."""
    if kind == "month":
        first = day.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return first, following - dt.timedelta(days=1)
    return week_bounds(day, week_start)


def previous_bounds(start: dt.date, kind: str, week_start: str) -> tuple[dt.date, dt.date]:
    return period_bounds(start - dt.timedelta(days=1), kind, week_start)


def summarise(
    months: dict[str, Month],
    start: dt.date,
    end: dt.date,
    today: dt.date,
    off: Mapping[dt.date, str] = NO_DAYS_OFF,
) -> Summary:
    """The period's record; its days off are counted apart, and what they held is not owed."""
    summary = Summary(start, end)
    # Only the days gone by (to today): an absence still ahead has not left anything uncounted.
    summary.days_off = sorted(d for d in off if start <= d <= min(end, today))
    tasks = [t for m in months.values() for t in m.tasks.values() if start <= t.date <= end]
    for task in sorted(tasks, key=lambda t: (t.date, t.time or "", t.id)):
        status, overdue = view_status(task, today, off)
        if status == Status.OFF:
            continue
        if task.optional and status != Status.DONE:
            continue
        if task.date > today and status != Status.DONE:
            continue  # not due yet: neither done nor late
        done = status == Status.DONE
        skipped = status == Status.SKIPPED
        groups = [
            (summary.by_phase, task.phase or "added"),
            (summary.by_volet, task.volet or "added"),
        ]
        if task.network:
            groups.append((summary.by_network, task.network))
        day = summary.by_day.setdefault(task.date, Share(task.date.isoformat()))
        for share in [day, *(t.setdefault(k, Share(k)) for t, k in groups), summary.overall]:
            share.total += not skipped
            share.skipped += skipped
            share.done += done
        summary.minutes_planned += 0 if skipped else task.minutes
        summary.minutes_done += task.minutes if done else 0
        if status == Status.MISSED:
            summary.missed.append(task)
        elif status == Status.SKIPPED:
            summary.skipped.append(task)
        elif overdue:
            summary.overdue.append(task)
    days = [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
    found = tallies(months, [d for d in days if d <= today and d not in off], off, today)
    summary.cadence = cadence(found, summary.by_network)
    return summary


def cadence(found: Iterable[Tally], shares: Mapping[str, Share] | None = None) -> list[Cadence]:
    """Per network, over the days counted: the days a minimum was owed and those it was met
    (by the tallies' rule, `Tally.short`), and the posting slots owed and done. Given the
    report's `shares`, the slots are the network's row of the report, so that one report never
    says two figures for one network."""
    out: dict[str, Cadence] = {}
    for tally in found:
        entry = out.setdefault(tally.network, Cadence(tally.network, 0, 0, 0, 0))
        if tally.required:
            entry.days += 1
            entry.days_met += not tally.short
        entry.required += tally.required
        entry.done += tally.done
    for name, entry in out.items():
        share = (shares or {}).get(name)
        if shares is not None:
            entry.required, entry.done = (share.total, share.done) if share else (0, 0)
    return [out[n] for n in sorted(out)]


def courses(
    readings: Iterable[Reading],
    start: dt.date,
    end: dt.date,
    kind: str,
    week_start: str,
    periods: int = 12,
) -> list[Course]:
    """Each KPI read by the period's end, against its baseline and the period before; the trend
    covers up to `periods` periods, from the baseline's on."""
    series: dict[tuple[str, str], list[Reading]] = {}
    for reading in sorted(readings, key=lambda r: r.date):
        if reading.date <= end:
            series.setdefault((reading.network, reading.metric), []).append(reading)
    spans = [(start, end)]
    while len(spans) < periods:
        spans.insert(0, previous_bounds(spans[0][0], kind, week_start))
    out = []
    for (network, metric), found in sorted(series.items()):
        baseline = found[0]
        before = [r for r in found if r.date < start]
        during = [r for r in found if r.date >= start]
        trend: list[tuple[dt.date, float | None]] = []
        for low, high in spans:
            if high < baseline.date:
                continue
            inside = [r for r in found if low <= r.date <= high]
            trend.append((low, inside[-1].value if inside else None))
        out.append(
            Course(
                network,
                metric,
                baseline,
                before[-1] if before else None,
                during[-1] if during else None,
                trend,
            )
        )
    return out
