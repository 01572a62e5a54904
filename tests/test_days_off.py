"""Duties and moves that meet a day off: a duty that shifts off a holiday shifts off an absence,
and a task the user moves onto a day off stays owed."""

from __future__ import annotations

import datetime as dt

from cmagenda.domain.planner import instance_id
from cmagenda.domain.recurrence import expand
from cmagenda.domain.schema import Profile
from cmagenda.storage.paths import bundled_checklist
from cmagenda.storage.templates import load_checklist

from .conftest import NOW, Run

NBSP = "\u00a0"
REPORT_FR = (
    f"Rapport de la semaine{NBSP}: les contenus qui ont le plus porté, ce qu'on garde, "
    "ce qu'on corrige"
)
REPORT_EN = "Weekly report: which content had the most impact, what to keep, what to fix"
THURSDAY = "2026-11-26T09:00:00-05:00"


def _duties(profile: Run, on: str) -> list[tuple[str, str, str, str | None]]:
    """(date, duty, status, time) of the weekly and onboarding duties of the week holding `on`."""
    days = profile("--now", NOW, "week", "--on", on, "--json").json()["days"]
    return [
        (t["date"], t["template"], t["status"], t["time"])
        for d in days
        for t in d["tasks"]
        if t["date"] == d["date"]
        and str(t["template"]).startswith(("weekly-report", "arrival-", "months-"))
    ]


def _report_ids(profile: Run) -> set[str]:
    days = profile("--now", NOW, "week", "--on", "2026-12-07", "--json").json()["days"]
    return {t["id"] for d in days for t in d["tasks"] if t["template"] == "weekly-report"}


def test_off_on_a_planned_friday_moves_its_weekly_report_to_thursday_and_undo_puts_it_back(
    profile: Run,
) -> None:
    before = _duties(profile, "2026-12-07")
    assert before == [
        ("2026-12-11", "weekly-report", "todo", "15:00"),
    ]
    said = profile("--now", NOW, "--lang", "fr", "off", "2026-12-11")
    assert (said.code, said.out) == (
        0,
        f"Absence n°{NBSP}1 notée le vendredi 11 décembre 2026{NBSP}: rien n'est dû ces jours-là\n"
        f"Déplacée au jeudi 10 décembre 2026, hors de l'absence{NBSP}: {REPORT_FR}\n",
    )
    assert _duties(profile, "2026-12-07") == [("2026-12-10", "weekly-report", "todo", "15:00")]
    ids = _report_ids(profile)
    assert profile("--now", NOW, "undo").out == "Undone (off): 1 absence put back\n"
    assert before == _duties(profile, "2026-12-07")
    again = _report_ids(profile)
    assert ids == again  # the id still derives from the Friday the rule gives


def test_off_in_english_names_each_duty_moved_and_json_says_where(profile: Run) -> None:
    _duties(profile, "2026-11-23")
    said = profile("--now", NOW, "off", "2026-11-27")
    assert (said.code, said.out) == (
        0,
        "Absence #1 noted on Friday, November 27, 2026: nothing is owed on those days\n"
        "Moved to Monday, November 30, 2026, out of the absence: "
        "Draw up the list of hashtags, general and specific\n"
        f"Moved to Thursday, November 26, 2026, out of the absence: {REPORT_EN}\n",
    )
    assert profile("--now", NOW, "undo").code == 0
    body = profile("--now", NOW, "off", "2026-11-27", "--json").json()
    assert body["moved"] == [
        {"id": "486528b55aa5", "date": "2026-11-30", "time": None},
        {"id": "361f1f67a527", "date": "2026-11-26", "time": "15:00"},
    ]


def test_an_absence_said_before_planning_shifts_the_report_and_onboarding_but_not_routine(
    profile: Run,
) -> None:
    assert profile("--now", NOW, "off", "2026-12-04").code == 0
    assert _duties(profile, "2026-11-30") == [
        ("2026-12-03", "weekly-report", "todo", "15:00"),
    ]
    assert _duties(profile, "2026-12-07") == [
        ("2026-12-07", "months-monitoring-plan", "todo", None),
        ("2026-12-11", "weekly-report", "todo", "15:00"),
    ]
    days = profile("--now", NOW, "week", "--on", "2026-11-30", "--json").json()["days"]
    friday = next(d for d in days if d["date"] == "2026-12-04")
    assert {t["status"] for t in friday["tasks"]} == {"off"}
    # A whole week off: its report goes to the next working day, after it.
    assert profile("--now", NOW, "off", "2026-12-14", "2026-12-18").code == 0
    assert ("2026-12-21", "weekly-report", "todo", "15:00") in _duties(profile, "2026-12-21")


def test_a_task_moved_onto_a_day_off_is_said_so_and_stays_owed(profile: Run) -> None:
    assert profile("--now", NOW, "off", "2026-11-25").code == 0
    added = profile("--now", NOW, "add", "Call the printer", "--on", "2026-11-24")
    short = added.out.split("(")[1].split(")")[0]
    fr = profile("--now", NOW, "--lang", "fr", "move", short, "--to", "2026-11-25")
    assert (fr.code, fr.out) == (
        0,
        f"Déplacée au mercredi 25 novembre 2026, jour non travaillé (elle reste due){NBSP}: "
        "Call the printer\n",
    )
    en = profile("--now", NOW, "move", short, "--to", "2026-11-28")  # a Saturday
    assert (
        en.out
        == "Moved to Saturday, November 28, 2026, a day off (it stays owed): Call the printer\n"
    )
    christmas = profile("--now", NOW, "move", short, "--to", "2026-12-25")  # a public holiday
    assert christmas.out == (
        "Moved to Friday, December 25, 2026, a day off (it stays owed): Call the printer\n"
    )
    assert profile("--now", NOW, "move", short, "--to", "2026-11-27").out == (
        "Moved to Friday, November 27, 2026: Call the printer\n"
    )
    assert profile("--now", NOW, "move", short, "--to", "2026-11-25").code == 0
    on_the_day = profile("--now", "2026-11-25T09:00:00-05:00", "today", "--json").json()
    mine = [t for t in on_the_day["tasks"] if t["title"] == "Call the printer"]
    assert [(t["date"], t["status"]) for t in mine] == [("2026-11-25", "todo")]
    later = profile("--now", THURSDAY, "today").out
    assert f"  [ ] {short[:5]}  Wed, Nov 25  Call the printer\n" in later


CHECK_IN_EN = "Check the accounts: urgent messages and comments"
MONDAY_AFTER = "2026-11-30T09:00:00-05:00"


def _missed(run: Run) -> list[str]:
    body = run("--now", MONDAY_AFTER, "report", "--week", "--on", "2026-11-23", "--json").json()
    return [m["title"] for m in body["missed"] if m["title"] == CHECK_IN_EN]


def test_weekend_check_ins_are_optional_for_a_monday_to_friday_worker(profile: Run) -> None:
    saturday = profile("--now", MONDAY_AFTER, "--lang", "fr", "today", "--on", "2026-11-28")
    assert saturday.out == (
        "samedi 28 novembre 2026 — 0/0 faites · 0 min restantes · jour non travaillé"
        "\n\nÀ heure fixe\n"
        f"  [-] 08c29     10{NBSP}h  Coup d'œil aux comptes{NBSP}: messages et commentaires urgents"
        "  (interaction, 10 min, facultative)\n"
        f"  [-] fd1e3     17{NBSP}h  Coup d'œil aux comptes{NBSP}: messages et commentaires urgents"
        "  (interaction, 10 min, facultative)\n"
    )
    tasks = profile("--now", MONDAY_AFTER, "today", "--on", "2026-11-29", "--json").json()["tasks"]
    assert [(t["time"], t["status"], t["optional"]) for t in tasks] == [
        ("10:00", "skipped", True),
        ("17:00", "skipped", True),
    ]
    assert _missed(profile) == []


def test_weekend_check_ins_stay_owed_on_a_weekday_worked(run: Run) -> None:
    assert run(
        "init", "--start", "2026-11-16", "--timezone", "America/Toronto", "--lang", "en",
        "--networks", "linkedin", "--work-days", "MO,TU,WE,TH,FR,SA",
    ).code == 0  # fmt: skip
    saturday = run("--now", MONDAY_AFTER, "today", "--on", "2026-11-28", "--json").json()
    check_ins = [t for t in saturday["tasks"] if t["title"] == CHECK_IN_EN]
    assert [(t["status"], t["optional"]) for t in check_ins] == [
        ("missed", False),
        ("missed", False),
    ]
    assert _missed(run) == [CHECK_IN_EN, CHECK_IN_EN]  # Saturday's; Sunday's stay optional


def test_shifting_off_an_absence_in_the_plan_itself() -> None:
    checklist = load_checklist([bundled_checklist()])
    quebec = Profile(start=dt.date(2026, 1, 5), timezone="America/Toronto", holidays="CA-QC")
    sunday = quebec.model_copy(update={"week_start": "sunday"})
    monday, friday = dt.date(2026, 3, 2), dt.date(2026, 3, 6)

    def placed(profile: Profile, absent: set[dt.date], duty: str) -> list[tuple[str, str]]:
        occs = expand(checklist, profile, monday - dt.timedelta(days=1), friday, absent)
        return [
            (o.date.isoformat(), instance_id(duty, o.key_date, o.task_slot)[:6])
            for o in occs
            if o.template.id == duty
        ]

    report = placed(quebec, set(), "weekly-report")
    assert placed(quebec, {friday}, "weekly-report") == [("2026-03-05", report[0][1])]
    assert placed(quebec, {friday, friday - dt.timedelta(days=1)}, "weekly-report") == [
        ("2026-03-04", report[0][1])
    ]
    # The Monday meeting has no working day before it in its week: it goes to Tuesday.
    meeting = placed(sunday, set(), "team-meeting")
    assert placed(sunday, {monday}, "team-meeting") == [("2026-03-03", meeting[0][1])]
