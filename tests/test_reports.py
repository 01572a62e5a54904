"""Reports: exact figures for a week of realistic use, and the golden Markdown report."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from .conftest import Run
from .homes import filled

GOLDEN = Path(__file__).parent / "golden"


def golden(name: str, output: str) -> str:
    """The stored expectation; CMAGENDA_WRITE_GOLDEN=1 rewrites it from `output` (read the diff
    before committing it)."""
    path = GOLDEN / name
    if os.environ.get("CMAGENDA_WRITE_GOLDEN") == "1":
        path.write_text(output, encoding="utf-8")
    return path.read_text(encoding="utf-8")


AT = "2026-11-{}T{}:00-05:00"


def _week_of_work(run: Run) -> None:
    """Monday: LinkedIn and Facebook posted, the team meeting skipped; Tuesday: LinkedIn again."""
    assert run("--now", AT.format(23, "08:30"), "today").code == 0
    assert run("--now", AT.format(23, "12:00"), "done", "133a", "2fdf").code == 0
    skipped = run(
        "--now", AT.format(23, "12:00"), "skip", "7dcc", "--reason", "Meeting | cancelled"
    )
    assert skipped.code == 0
    tuesday = run("--now", AT.format(24, "08:30"), "today", "--json").json()["tasks"]
    linkedin = next(t["id"] for t in tuesday if t["network"] == "linkedin")
    assert run("--now", AT.format(24, "08:30"), "done", linkedin).code == 0


def test_week_report_figures(profile: Run) -> None:
    _week_of_work(profile)
    body = profile("--now", AT.format(25, "12:00"), "report", "--json").json()
    assert (body["version"], body["kind"], body["start"], body["end"]) == (
        1, "week", "2026-11-23", "2026-11-29",
    )  # fmt: skip
    assert (body["done"], body["minutes_done"]) == (3, 45)
    assert body["by_network"] == [
        {"key": "facebook", "done": 1, "total": 3, "skipped": 0, "rate": 0.3333},
        {"key": "instagram", "done": 0, "total": 3, "skipped": 0, "rate": 0.0},
        {"key": "linkedin", "done": 2, "total": 3, "skipped": 0, "rate": 0.6667},
    ]
    # Cadence over the days counted, today included as in the rows above: the owed slots are
    # each network's row, and the days kept.
    assert body["cadence"] == [
        {"network": "facebook", "days": 3, "days_met": 1, "required": 3, "done": 1},
        {"network": "instagram", "days": 3, "days_met": 0, "required": 3, "done": 0},
        {"network": "linkedin", "days": 3, "days_met": 2, "required": 3, "done": 2},
    ]
    assert [(t["title"], t["reason"]) for t in body["skipped"]] == [
        ("Team meeting: review projects, events and strategies", "Meeting | cancelled")
    ]
    previous = body["previous"]
    assert (previous["start"], previous["end"], previous["done"]) == ("2026-11-16", "2026-11-22", 0)
    # Wednesday's tasks are due today: counted; Thursday's are not due yet.
    assert {t["date"] for t in body["missed"]} == {"2026-11-23", "2026-11-24"}
    assert body["total"] == sum(share["total"] for share in body["by_phase"])


def test_golden_markdown_report(profile: Run) -> None:
    _week_of_work(profile)
    result = profile("--now", AT.format(25, "12:00"), "--lang", "fr", "report", "--markdown")
    assert result.code == 0
    assert result.out == golden("report-week-fr.md", result.out)
    piped = profile("--now", AT.format(25, "12:00"), "--lang", "fr", "report")
    assert (
        piped.out
        == profile("--now", AT.format(25, "12:00"), "--lang", "fr", "report", "--plain").out
    )
    assert piped.out.startswith("Rapport de la semaine du lundi 23 novembre 2026")
    assert "  Facebook   " in piped.out and "|" not in piped.out.split("Sautées")[0]
    month = profile("--now", AT.format(25, "12:00"), "--lang", "en", "report", "--month")
    assert month.out.startswith(
        "Monthly report: November 2026\n\nDone: 3 of 107 (3%) — no previous period\n"
    )


# -- a generated month -------------------------------------------------------------------------

NOVEMBER = [dt.date(2026, 11, d) for d in range(1, 31)]
MEETING_OFF = "Réunion annulée"


def _acted(task: dict[str, Any], day: dt.date) -> str | None:
    """What the generated manager does with one of the day's tasks: "done", "skip" or nothing.
    Posts every day but Fridays, every check-in of the messages, the weekly and monthly work;
    the team meetings of the first half are cancelled; the other office duties on even days."""
    if task["network"] is not None:
        return None if day.weekday() == 4 else "done"
    if task["time"] is not None and task["volet"] == "interaction":
        return "done"
    if task["volet"] == "team" and task["phase"] == "weekly":
        return "skip" if day.day < 15 else "done"
    if task["phase"] in ("weekly", "monthly"):
        return "done"
    return "done" if day.day % 2 == 0 else None


class Expected:
    """The figures the report must give, counted from what the generator saw and did."""

    def __init__(self) -> None:
        self.total = self.done = self.minutes = self.minutes_done = self.skipped = 0
        self.networks: dict[str, list[int]] = {}
        self.cadence: dict[str, list[int]] = {}


def _generate_november(run: Run) -> Expected:
    init = (
        "init", "--start", "2026-10-01", "--timezone", "America/Toronto", "--lang", "fr",
        "--networks", "facebook,instagram,linkedin",
    )  # fmt: skip
    assert run(*init).code == 0
    expected = Expected()
    for day in NOVEMBER:
        now = f"{day.isoformat()}T20:00:00-05:00"
        tasks = run("--now", now, "today", "--json").json()["tasks"]
        todo: dict[str, list[str]] = {"done": [], "skip": []}
        for task in (t for t in tasks if t["date"] == day.isoformat() and not t["optional"]):
            action = _acted(task, day)
            expected.total += action != "skip"  # skipping is not failing: counted apart
            expected.minutes += task["minutes"] if action != "skip" else 0  # as in the rate
            if action is not None:
                todo[action].append(task["id"])
            done = action == "done"
            expected.done += done
            expected.minutes_done += task["minutes"] if done else 0
            expected.skipped += action == "skip"
            if task["network"] is not None:
                tally = expected.networks.setdefault(task["network"], [0, 0])
                tally[0] += done
                tally[1] += 1
                slots = expected.cadence.setdefault(task["network"], [0, 0, 0, 0])
                slots[0] += 1  # one owed slot a day: posts_min is 1 for the three networks
                slots[1] += done
                slots[2] += 1
                slots[3] += done
        if todo["done"]:
            assert run("--now", now, "done", *todo["done"]).code == 0
        if todo["skip"]:
            assert run("--now", now, "skip", *todo["skip"], "--reason", MEETING_OFF).code == 0
    readings = [
        ("facebook", "abonnés", "1 200", "2026-10-01"),
        ("facebook", "abonnés", "1 275", "2026-10-31"),
        ("facebook", "abonnés", "1 330", "2026-11-15"),
        ("facebook", "abonnés", "1 362", "2026-11-30"),
        ("facebook", "taux d'engagement", "4,2 %", "2026-10-31"),
        ("facebook", "taux d'engagement", "4,9 %", "2026-11-30"),
        ("instagram", "portée", "15 400", "2026-11-30"),
    ]
    for network, metric, value, day_text in readings:
        assert run("kpi", "add", network, metric, value, "--on", day_text).code == 0
    return expected


MONTH_REPORT = ("--now", "2026-12-01T09:00:00-05:00", "report", "--month", "--on", "2026-11-15")


@pytest.fixture(scope="module")
def november(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Expected]:
    """The month is generated once (about 90 commands), then copied into each test's home."""
    root = tmp_path_factory.mktemp("november") / "home"
    return root, filled(root, _generate_november)


@pytest.fixture
def month(november: tuple[Path, Expected], home: Path, run: Run) -> Expected:
    shutil.copytree(november[0], home)
    return november[1]


def test_a_generated_month_reports_every_figure_exactly(run: Run, month: Expected) -> None:
    expected = month
    body = run(*MONTH_REPORT, "--json").json()
    assert (body["kind"], body["start"], body["end"]) == ("month", "2026-11-01", "2026-11-30")
    # Counted by the generator from what each day showed and what was done with it...
    assert (body["total"], body["done"]) == (expected.total, expected.done)
    assert (body["minutes_planned"], body["minutes_done"]) == (
        expected.minutes,
        expected.minutes_done,
    )
    assert len(body["skipped"]) == expected.skipped
    assert [(s["key"], s["done"], s["total"]) for s in body["by_network"]] == [
        (name, done, total) for name, (done, total) in sorted(expected.networks.items())
    ]
    assert [
        (c["network"], c["days"], c["days_met"], c["required"], c["done"]) for c in body["cadence"]
    ] == [
        (name, days, met, required, done)
        for name, (days, met, required, done) in sorted(expected.cadence.items())
    ]
    # ...and pinned: November 2026 in Québec, the bundled checklist.
    # The four skipped duties are counted apart, not in the total (254 / 358, not / 362); the
    # weekend check-ins of a Monday-to-Friday worker are optional, not owed.
    assert (body["total"], body["skipped_count"], body["done"], body["rate"]) == (
        358,
        4,
        254,
        0.7095,
    )
    assert (body["minutes_planned"], body["minutes_done"]) == (7070, 5310)  # skipped out
    # The bundled networks post on the working days: 21 in November in Québec.
    assert [(c["network"], c["days_met"], c["days"]) for c in body["cadence"]] == [
        ("facebook", 17, 21),
        ("instagram", 17, 21),
        ("linkedin", 17, 21),
    ]
    # The team's weekly duties of 2, 5, 9 and 12 November (meeting, sharing the goals).
    assert [(t["date"], t["reason"]) for t in body["skipped"]] == [
        ("2026-11-02", MEETING_OFF),
        ("2026-11-05", MEETING_OFF),
        ("2026-11-09", MEETING_OFF),
        ("2026-11-12", MEETING_OFF),
    ]
    # Sunday owes nothing (its check-ins are optional for a Monday-to-Friday worker), so the
    # days start on Monday: all, the cancelled meeting apart; Tuesday, an odd day: the office
    # duties left; Wednesday: all.
    assert body["by_day"][:3] == [
        {"date": "2026-11-02", "done": 13, "total": 13},
        {"date": "2026-11-03", "done": 8, "total": 17},
        {"date": "2026-11-04", "done": 17, "total": 17},
    ]
    # October was planned when November's first day caught up (the profile starts on 1
    # October), and nothing of it was done.
    assert body["previous"] == {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "done": 0,
        "total": 283,
        "skipped_count": 0,
        "rate": 0.0,
        "minutes_planned": 6465,
        "minutes_done": 0,
        "days_off": 0,
    }
    engagement, followers, reach = body["kpis"]
    assert followers == {
        "network": "facebook",
        "metric": "followers",
        "label": "abonnés",
        "baseline": {"date": "2026-10-01", "value": 1200},
        "previous": {"date": "2026-10-31", "value": 1275},
        "current": {"date": "2026-11-30", "value": 1362},
        "change_previous": {"difference": 87, "percent": 6.8},
        "change_baseline": {"difference": 162, "percent": 13.5},
        "trend": [
            {"start": "2026-10-01", "value": 1275},
            {"start": "2026-11-01", "value": 1362},
        ],
    }
    assert (engagement["metric"], engagement["change_previous"]) == (
        "engagement_rate",
        {"difference": 0.7, "percent": 16.7},
    )
    assert (reach["metric"], reach["baseline"], reach["previous"], reach["change_baseline"]) == (
        "reach",
        {"date": "2026-11-30", "value": 15400},
        None,
        None,
    )


def test_golden_month_markdown(run: Run, month: Expected) -> None:
    result = run(*MONTH_REPORT, "--markdown")
    assert result.code == 0
    assert result.out == golden("report-month-fr.md", result.out)


def test_the_terminal_rendering_at_100_columns(
    run: Run, month: Expected, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a terminal shows (Rich, forced onto the test's pipe), at a fixed width: tables,
    bars and sparklines, compared to a stored expectation."""
    monkeypatch.setenv("COLUMNS", "100")
    result = run("--lang", "en", *MONTH_REPORT, "--color", "always", "--no-color")
    assert result.code == 0
    assert "\x1b[1mMonthly report: November 2026\x1b[0m" in result.out  # bold, no colour
    assert not re.search(r"\x1b\[3[0-9]m", result.out)
    shown = re.sub(r"\x1b\[[0-9;]*m", "", result.out)
    assert shown == golden("report-month-en-100.txt", shown)
