"""A plan that fits the working day (capacity, placement of flexible duties, owed slots inside
working hours) and onboarding that ramps up (`after` in checklists)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from cmagenda.domain import planner
from cmagenda.domain.model import Status
from cmagenda.domain.month import Month, month_key
from cmagenda.domain.ordering import begins, cycles
from cmagenda.domain.planner import instance_id
from cmagenda.domain.recurrence import expand
from cmagenda.domain.schema import Profile
from cmagenda.domain.workdays import Workweek
from cmagenda.storage.paths import bundled_checklist
from cmagenda.storage.templates import load_checklist

from .conftest import Run

CHECKLIST = load_checklist([bundled_checklist()])
ARRIVAL = dt.date(2026, 11, 23)  # a Monday in Montréal
MONTREAL = Profile(start=ARRIVAL, timezone="America/Toronto", language="fr")
NOW = "2026-11-23T08:00:00-05:00"


def _arrive(run: Run, *extra: str) -> None:
    result = run(
        "init", "--start", ARRIVAL.isoformat(), "--timezone", "America/Toronto", "--lang", "fr",
        *extra,
    )  # fmt: skip
    assert result.code == 0, result.err


def _flexible(day: dict[str, object]) -> list[tuple[str, str | None]]:
    tasks = day["tasks"]
    assert isinstance(tasks, list)
    return [
        (t["template"], t["time"])
        for t in tasks
        if t["phase"] in ("arrival", "first_months", "weekly", "monthly", "occasional")
    ]


def test_the_first_week_in_montreal_fits_its_days_and_says_where_it_does_not(run: Run) -> None:
    _arrive(run)
    week = run("--now", NOW, "week", "--json").json()
    assert [d["capacity_minutes"] for d in week["days"]] == [420, 420, 420, 420, 420, 0, 0]
    # The daily production waits for the editorial line: the onboarding has room. Goals are
    # shared with the colleagues once they are set (Friday): not on Thursday.
    assert [d["planned_minutes"] for d in week["days"]] == [360, 360, 300, 270, 285, 0, 0]
    assert [_flexible(d) for d in week["days"]] == [
        [("team-meeting", "10:00"), ("arrival-meet-colleagues", None)],
        [("arrival-official-sources", None)],
        [("blog-post", None)],
        [("arrival-target-audience", None)],
        [("weekly-report", "15:00"), ("arrival-objectives", None)],
        [],
        [],
    ]
    today = run("--now", NOW, "today", "--json").json()
    assert (today["capacity_minutes"], today["planned_minutes"]) == (420, 360)
    # The owed LinkedIn post moves inside the working hours; optional evening slots stay.
    posts = [(t["network"], t["time"], t["optional"]) for t in today["tasks"] if t["network"]]
    assert posts == [
        ("linkedin", "09:00", False),
        ("facebook", "10:00", False),
        ("instagram", "11:30", False),
        ("facebook", "15:00", True),
        ("instagram", "18:00", True),
        ("instagram", "20:00", True),
    ]
    lines = run("--now", NOW, "week").out.splitlines()
    assert [line for line in lines if " — " in line and "novembre 2026 — " in line] == [
        "lundi 23 novembre 2026 — 0/14 faites · 6 h restantes · 6 h prévues sur 7 h",
        "mardi 24 novembre 2026 — 0/13 faites · 6 h restantes · 6 h prévues sur 7 h",
        "mercredi 25 novembre 2026 — 0/13 faites · 5 h restantes · 5 h prévues sur 7 h",
        "jeudi 26 novembre 2026 — 0/13 faites · 4 h 30 restantes · 4 h 30 prévues sur 7 h",
        "vendredi 27 novembre 2026 — 0/14 faites · 4 h 45 restantes · 4 h 45 prévues sur 7 h",
        "samedi 28 novembre 2026 — 0/0 faites · 0 min restantes · jour non travaillé",
        "dimanche 29 novembre 2026 — 0/0 faites · 0 min restantes · jour non travaillé",
    ]
    # Three hours a day: the routine and the meeting alone are more than Monday, which says so.
    _arrive(run, "--force", "--work-hours", "09:00-12:00")
    monday = run("--now", NOW, "today").out.splitlines()[0]
    assert monday.endswith(" · 4 h prévues sur 3 h ⚠ au-delà de la journée"), monday
    english = run("--lang", "en", "--now", NOW, "today").out.splitlines()[0]
    assert english.endswith(" · 4h planned of 3h ⚠ more than the working day"), english


def test_the_baseline_dashboard_lands_on_the_thursday_keeping_the_id_of_its_rule_date(
    run: Run,
) -> None:
    _arrive(run)
    week = run("--now", NOW, "week", "--on", "2026-12-01", "--json").json()
    assert [d["planned_minutes"] for d in week["days"]] == [300, 420, 420, 360, 285, 0, 0]
    thursday = week["days"][3]
    assert thursday["date"] == "2026-12-03"
    [dashboard] = [t for t in thursday["tasks"] if t["template"] == "arrival-baseline-dashboard"]
    # Due on Wednesday 2 December (start + 9 days), where the blog article left 2 h: it goes
    # to Thursday, and the month's peer event (due by the 28th) takes Wednesday's 2 h.
    assert dashboard["id"] == instance_id("arrival-baseline-dashboard", dt.date(2026, 12, 2), "")
    assert _flexible(week["days"][2]) == [("blog-post", None), ("peer-event", None)]
    # The monthly dashboard waits for the baseline one: none on Monday 30 November.
    monday = week["days"][0]
    assert "monthly-dashboard" not in [t["template"] for t in monday["tasks"]]
    # The platform audit (4 h) fills Tuesday to its hours, and no more.
    assert _flexible(week["days"][1]) == [("arrival-platform-audit", None)]


def test_the_bundled_onboarding_ramps_up_in_order() -> None:
    first = begins(CHECKLIST.templates, ARRIVAL)
    end = ARRIVAL + dt.timedelta(days=90)
    occurrences = expand(CHECKLIST, MONTREAL, ARRIVAL, end)

    def first_rule_date(template: str) -> dt.date:
        return min(o.key_date for o in occurrences if o.template.id == template)

    due = {t: first_rule_date(t) for t in (
        "months-influencers", "arrival-baseline-dashboard", "months-editorial-calendar",
        "months-monitoring-plan", "arrival-objectives",
    )}  # fmt: skip
    assert due == {
        "months-influencers": dt.date(2027, 1, 28),
        "arrival-baseline-dashboard": dt.date(2026, 12, 2),
        "months-editorial-calendar": dt.date(2027, 1, 14),
        "months-monitoring-plan": dt.date(2026, 12, 11),
        "arrival-objectives": dt.date(2026, 11, 27),
    }
    # Each waits for the end of the window (a week, two for the first months' duties).
    assert first["influencer-contact"] == dt.date(2027, 2, 12)
    assert first_rule_date("influencer-contact") == dt.date(2027, 2, 16)  # the next Tuesday
    assert first_rule_date("monthly-dashboard") == dt.date(2026, 12, 31)
    assert first_rule_date("roi") == dt.date(2027, 1, 6)
    assert first_rule_date("calendar-upkeep") == dt.date(2027, 1, 29)
    assert first_rule_date("strategy-review") == dt.date(2027, 1, 5)
    assert first_rule_date("create-content") == dt.date(2027, 1, 22)
    for watch in ("brand-monitoring", "competitor-watch", "join-conversations", "curation"):
        assert first_rule_date(watch) == dt.date(2026, 12, 28), watch


def _checklist(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "mine.toml"
    path.write_text("schema_version = 1\n" + body, encoding="utf-8")
    return path


DUTY = """
[duties.{id}]
title.fr = "{id}"
phase = "weekly"
volet = "team"
minutes = 10
carry = true
after = [{after}]
"""


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "fr",
            "cmagenda: erreur: liste de tâches invalide\u00a0:\n"
            "  {path}:20\u00a0: tâche «\u00a0influencer-contact\u00a0»\u00a0: after\u00a0: "
            "tâche inconnue «\u00a0months-influencer\u00a0»"
            " (vouliez-vous dire «\u00a0months-influencers\u00a0»\u00a0?)\n",
        ),
        (
            "en",
            "cmagenda: error: invalid checklist:\n"
            "  {path}:20: duty 'influencer-contact': after: unknown duty 'months-influencer'"
            " (did you mean 'months-influencers'?)\n",
        ),
    ],
)
def test_an_unknown_duty_after_is_refused_with_its_line(
    run: Run, tmp_path: Path, lang: str, expected: str
) -> None:
    body = DUTY.format(id="a", after="") + DUTY.format(id="b", after='"a"')
    path = _checklist(
        tmp_path, body + '\n[duties.influencer-contact]\nafter = ["months-influencer"]\n'
    )
    result = run("--lang", lang, "templates", "check", str(path))
    assert (result.code, result.out) == (3, "")
    assert result.err == expected.format(path=path)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "fr",
            "  {path}:9\u00a0: tâche «\u00a0a\u00a0»\u00a0: after\u00a0: ces tâches s'attendent "
            "les unes les autres en boucle\u00a0: a → c → b → a\n",
        ),
        (
            "en",
            "  {path}:9: duty 'a': after: these duties wait on each other in a circle: "
            "a → c → b → a\n",
        ),
    ],
)
def test_duties_waiting_on_each_other_are_refused_with_the_circle(
    run: Run, tmp_path: Path, lang: str, expected: str
) -> None:
    body = (
        DUTY.format(id="a", after='"c"')
        + DUTY.format(id="b", after='"a"')
        + DUTY.format(id="c", after='"b", "months-influencers"')
    )
    path = _checklist(tmp_path, body)
    result = run("--lang", lang, "templates", "check", str(path))
    assert result.code == 3
    assert result.err.splitlines(keepends=True)[1:] == [expected.format(path=path)]


def test_cycles_are_each_told_once_from_their_smallest_id() -> None:
    graph = {"d": ["d"], "b": ["a"], "a": ["b", "c"], "c": [], "e": ["f"], "f": ["e"]}
    assert cycles(graph) == [["a", "b"], ["d"], ["e", "f"]]


def test_a_sunday_week_and_other_working_hours(run: Run) -> None:
    _arrive(
        run, "--week-start", "sunday", "--work-days", "MO,TU,WE,TH",
        "--work-hours", "08:00-12:00,13:00-16:00",
    )  # fmt: skip
    week = run("--now", NOW, "week", "--json").json()
    assert [d["date"] for d in week["days"]][:2] == ["2026-11-22", "2026-11-23"]
    assert [d["capacity_minutes"] for d in week["days"]] == [0, 420, 420, 420, 420, 0, 0]
    monday = week["days"][1]
    posts = [
        (t["network"], t["time"]) for t in monday["tasks"] if not t["optional"] and t["network"]
    ]
    assert posts == [("linkedin", "08:00"), ("facebook", "10:00"), ("instagram", "11:30")]
    # Friday is a day off here: no owed posting, no office duties, nothing flexible placed on it.
    friday = week["days"][5]
    assert friday["date"] == "2026-11-27"
    assert (friday["capacity_minutes"], friday["planned_minutes"], friday["tasks"]) == (0, 0, [])
    # The team meeting keeps its 10:00; the onboarding fills the four working days; the
    # Friday report shifts to Monday, in the next week.
    assert [_flexible(d) for d in week["days"][1:5]] == [
        [("team-meeting", "10:00"), ("arrival-meet-colleagues", None)],
        [("arrival-official-sources", None)],
        [("blog-post", None)],
        [("arrival-target-audience", None)],
    ]
    assert [d["planned_minutes"] for d in week["days"]] == [0, 360, 360, 300, 270, 0, 0]


def test_planning_a_day_or_a_month_gives_the_same_placement() -> None:
    end = ARRIVAL + dt.timedelta(days=55)
    at_once = expand(CHECKLIST, MONTREAL, ARRIVAL, end)
    day_by_day = [
        o for n in range(56) for o in expand(CHECKLIST, MONTREAL, ARRIVAL + dt.timedelta(n),
                                             ARRIVAL + dt.timedelta(n))
    ]  # fmt: skip

    def seen(occs: list) -> list[tuple[str, str, dt.date, dt.date]]:  # type: ignore[type-arg]
        return sorted((o.template.id, o.slot, o.key_date, o.date) for o in occs)

    assert seen(at_once) == seen(day_by_day)


def test_a_task_already_seen_on_a_planned_day_is_not_moved_by_a_new_placement() -> None:
    # Thursday was planned with the blog article (due Wednesday, placed on Thursday); the
    # checklist changed and Thursday is planned again with the article now placed on
    # Wednesday, a day already planned and kept: the task stays where the user saw it.
    wednesday, thursday = dt.date(2026, 11, 25), dt.date(2026, 11, 26)
    [due] = [
        o for o in expand(CHECKLIST, MONTREAL, wednesday, wednesday) if o.template.id == "blog-post"
    ]
    blog = dataclasses.replace(due, date=thursday, rule_date=wednesday)
    assert (blog.date, blog.key_date) == (thursday, wednesday)
    months = {month_key(thursday): Month(month_key(thursday))}
    planner.plan_days(months, [blog], [thursday], {}, "first")
    task_id = instance_id("blog-post", wednesday, "")
    assert months["2026-11"].tasks[task_id].date == thursday
    moved = dataclasses.replace(blog, date=wednesday)
    planner.plan_days(months, [moved], [thursday], {}, "second")
    task = months["2026-11"].tasks[task_id]
    assert (task.date, task.status) == (thursday, Status.TODO)
    # Both days planned afresh, the new placement holds: Wednesday has it, Thursday no more.
    planner.plan_days(months, [moved], [wednesday, thursday], {}, "third")
    assert [t.date for t in months["2026-11"].tasks.values()] == [wednesday]


def test_capacity_is_the_working_hours_and_nothing_on_a_day_off() -> None:
    week = Workweek(["MO", "TU"], ["09:00-12:30", "14:00-17:30"], {dt.date(2026, 11, 24): None})  # type: ignore[dict-item]
    assert [week.capacity(dt.date(2026, 11, 23) + dt.timedelta(n)) for n in range(3)] == [
        420,
        0,  # a holiday
        0,  # not a working day
    ]
