"""Reports: exact figures for a week of realistic use, and the golden Markdown report."""

from __future__ import annotations

from pathlib import Path

from .conftest import Run

GOLDEN = Path(__file__).parent / "golden"
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
        {"key": "facebook", "done": 1, "total": 3, "rate": 0.3333},
        {"key": "instagram", "done": 0, "total": 3, "rate": 0.0},
        {"key": "linkedin", "done": 2, "total": 3, "rate": 0.6667},
    ]
    # Cadence over the days gone by (Monday, Tuesday): the owed slots and the days kept.
    assert body["cadence"] == [
        {"network": "facebook", "days": 2, "days_met": 1, "required": 2, "done": 1},
        {"network": "instagram", "days": 2, "days_met": 0, "required": 2, "done": 0},
        {"network": "linkedin", "days": 2, "days_met": 2, "required": 2, "done": 2},
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
    assert result.out == (GOLDEN / "report-week-fr.md").read_text(encoding="utf-8")
    piped = profile("--now", AT.format(25, "12:00"), "--lang", "fr", "report")
    assert (
        piped.out
        == profile("--now", AT.format(25, "12:00"), "--lang", "fr", "report", "--plain").out
    )
    assert piped.out.startswith("Rapport de la semaine du lundi 23 novembre 2026")
    assert "  Facebook   " in piped.out and "|" not in piped.out.split("Sautées")[0]
    month = profile("--now", AT.format(25, "12:00"), "--lang", "en", "report", "--month")
    assert month.out.startswith(
        "Report for the month of Sunday, November 1, 2026 to Monday, November 30, 2026\n"
    )
