"""Duties cut into parts to fit the days with room, windows that cross a week, and a plan that
is the same however the days are cut when they are planned (see `domain.placement`)."""

from __future__ import annotations

import datetime as dt

from cmagenda.domain.placement import owed
from cmagenda.domain.planner import instance_id
from cmagenda.domain.recurrence import Occurrence, expand
from cmagenda.domain.schema import Profile
from cmagenda.domain.workdays import workweek_for
from cmagenda.storage.paths import bundled_checklist
from cmagenda.storage.templates import load_checklist

from .conftest import Run

CHECKLIST = load_checklist([bundled_checklist()])
ARRIVAL = dt.date(2026, 11, 23)
MONTREAL = Profile(start=ARRIVAL, timezone="America/Toronto", language="fr")
PARIS = Profile(start=ARRIVAL, timezone="Europe/Paris", language="fr")
NOW = "2026-11-23T08:00:00-05:00"
LAST_DAY = dt.date(2026, 12, 31)  # the monthly dashboard's date: Thursday before a holiday


def _seen(occs: list[Occurrence]) -> list[tuple[str, str, dt.date, dt.date, int]]:
    return sorted((o.template.id, o.task_slot, o.key_date, o.date, o.minutes) for o in occs)


def _dashboard(profile: Profile) -> list[tuple[dt.date, str, int]]:
    occs = expand(CHECKLIST, profile, dt.date(2026, 12, 28), dt.date(2027, 1, 10))
    return [(o.date, o.task_slot, o.minutes) for o in occs if o.template.id == "monthly-dashboard"]


def test_the_monthly_dashboard_is_cut_in_two_across_the_new_year() -> None:
    # 31 December has 1 h 30 of room, 1 January is a holiday, the next week has room: the
    # window (7 days) lets the second half cross into it.
    assert _dashboard(MONTREAL) == [
        (dt.date(2026, 12, 31), "#1/2", 90),
        (dt.date(2027, 1, 5), "#2/2", 90),
    ]
    assert _dashboard(PARIS) == _dashboard(MONTREAL)


def test_a_part_keeps_its_id_whichever_days_are_planned() -> None:
    alone = [
        o
        for o in expand(CHECKLIST, MONTREAL, dt.date(2027, 1, 5), dt.date(2027, 1, 5))
        if o.template.id == "monthly-dashboard"
    ]
    assert [(o.key_date, o.task_slot, o.part, o.parts) for o in alone] == [(LAST_DAY, "#2/2", 2, 2)]


def test_the_plan_is_the_same_however_the_days_are_cut() -> None:
    end = ARRIVAL + dt.timedelta(days=69)
    at_once = expand(CHECKLIST, MONTREAL, ARRIVAL, end)
    for steps in ([4], [9, 2, 6]):
        pieces: list[Occurrence] = []
        day, n = ARRIVAL, 0
        while day <= end:
            last = min(day + dt.timedelta(days=steps[n % len(steps)] - 1), end)
            pieces += expand(CHECKLIST, MONTREAL, day, last)
            day, n = last + dt.timedelta(days=1), n + 1
        assert _seen(pieces) == _seen(at_once), steps


def test_a_week_a_year_on_is_planned_as_the_year_would_plan_it() -> None:
    monday = ARRIVAL + dt.timedelta(weeks=52)
    week = expand(CHECKLIST, PARIS, monday, monday + dt.timedelta(days=6))
    months = expand(CHECKLIST, PARIS, monday - dt.timedelta(days=40), monday + dt.timedelta(6))
    assert _seen(week) == _seen([o for o in months if o.date >= monday])


def _arrive(run: Run) -> None:
    result = run(
        "init", "--start", ARRIVAL.isoformat(), "--timezone", "America/Toronto", "--lang", "fr"
    )
    assert result.code == 0, result.err


def _day(run: Run, day: str, *extra: str) -> dict[str, object]:
    result = run("--now", NOW, *extra, "today", "--on", day, "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert isinstance(data, dict)
    return data


def _parts(data: dict[str, object]) -> list[tuple[str, str, int, int | None, int | None]]:
    tasks = data["tasks"]
    assert isinstance(tasks, list)
    return [
        (t["id"], t["title"], t["minutes"], t["part"], t["parts"])
        for t in tasks
        if t["template"] == "monthly-dashboard"
    ]


TITLE_FR = (
    "Compiler les statistiques du mois et mettre à jour les tableaux de bord "
    "(veille d'image et concurrentielle, résultats)"
)


def test_a_part_shows_as_such_and_done_then_undo_ticks_only_that_part(run: Run) -> None:
    _arrive(run)
    first = instance_id("monthly-dashboard", LAST_DAY, "#1/2")
    second = instance_id("monthly-dashboard", LAST_DAY, "#2/2")
    assert _parts(_day(run, "2026-12-31")) == [(first, f"{TITLE_FR} (1/2)", 90, 1, 2)]
    assert _parts(_day(run, "2027-01-05")) == [(second, f"{TITLE_FR} (2/2)", 90, 2, 2)]
    done = run("--now", NOW, "done", first[:8])
    assert done.code == 0, done.err
    statuses = {
        t["id"]: t["status"]
        for day in ("2026-12-31", "2027-01-05")
        for t in _day(run, day)["tasks"]  # type: ignore[attr-defined]
        if t["template"] == "monthly-dashboard"
    }
    assert statuses == {first: "done", second: "todo"}
    assert run("--now", NOW, "undo").code == 0
    [(_, _, _, _, _)] = _parts(_day(run, "2026-12-31"))
    status = [t["status"] for t in _day(run, "2026-12-31")["tasks"] if t["id"] == first]  # type: ignore[attr-defined]
    assert status == ["todo"]
    english = _day(run, "2027-01-05", "--lang", "en")
    [(_, title, _, _, _)] = _parts(english)
    assert title.endswith(" (2/2)")
    week = run("--now", NOW, "week", "--on", "2027-01-04").out
    assert f"{TITLE_FR} (2/2)" in week


def test_no_working_day_of_the_first_eight_weeks_in_paris_is_planned_above_its_hours() -> None:
    end = ARRIVAL + dt.timedelta(days=55)
    occs = expand(CHECKLIST, PARIS, ARRIVAL, end)
    week = workweek_for(PARIS, ARRIVAL, end)
    days = [ARRIVAL + dt.timedelta(n) for n in range(56)]
    planned = {d: owed(o for o in occs if o.date == d) for d in days}
    assert [d for d in days if week.capacity(d) and planned[d] > week.capacity(d)] == []
    assert sum(1 for d in days if week.capacity(d)) == 38
    # Christmas and New Year's Day are days off in France too: nothing flexible on them.
    assert (planned[dt.date(2026, 12, 25)], planned[dt.date(2027, 1, 1)]) == (0, 0)
