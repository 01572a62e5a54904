"""Views that agree: a Paris manager (fr, Monday weeks, 09:30–13:00/14:00–18:00) reads the same
figures for a slot, a post and a day in `today`, `week`, the grid and the reports."""

from __future__ import annotations

import re
from typing import Any

import icalendar
import pytest

from .conftest import Run

PARIS = (
    "init", "--start", "2026-11-30", "--timezone", "Europe/Paris", "--lang", "fr",
    "--networks", "facebook,instagram,linkedin", "--holidays", "FR",
    "--work-hours", "09:30-13:00,14:00-18:00",
)  # fmt: skip
WEDNESDAY = "2026-12-02T08:00:00+01:00"


@pytest.fixture
def paris(run: Run) -> Run:
    assert run(*PARIS).code == 0
    return run


def _calendar(body: dict[str, Any], day: str, network: str) -> dict[str, Any]:
    return next(t for t in body["calendar"] if t["date"] == day and t["network"] == network)


def test_a_post_outside_the_slots_shows_on_its_day_and_counts(paris: Run) -> None:
    said = paris(
        "--now", WEDNESDAY, "post", "add", "--network", "facebook", "--on", "2026-12-03",
        "--at", "14:30", "Portes ouvertes",
    )  # fmt: skip
    assert said.code == 0
    pid = said.out.split()[1]
    assert said.out == (
        f"Publication {pid} prévue le jeudi 3 décembre 2026 sur Facebook, à 14:30, hors créneau\n"
    )
    day = paris("--now", WEDNESDAY, "today", "--on", "2026-12-03").out
    assert day.splitlines()[1] == "Publications encore dues\u00a0: Instagram 1 · LinkedIn 1"
    assert (
        "\nPublications hors créneau\n"
        f"  ✎ {pid}  14:30  [brouillon] Portes ouvertes  (Facebook, hors créneau)\n"
    ) in day
    body = paris("--now", WEDNESDAY, "today", "--on", "2026-12-03", "--json").json()
    assert [(p["id"][:7], p["time"], p["slot"]) for p in body["outside_posts"]] == [
        (pid, "14:30", None)
    ]
    week = paris("--now", WEDNESDAY, "week").out
    assert f"  ✎ {pid}  14:30  [brouillon] Portes ouvertes  (Facebook, hors créneau)\n" in week
    assert (
        "  > Facebook\u00a0: 1 (dont 1 hors créneau) sur 1–2, 2 créneaux libres"
        " — objectif atteint\n"
    ) in week
    body = paris("--now", WEDNESDAY, "week", "--json").json()
    assert _calendar(body, "2026-12-03", "facebook") == {
        "date": "2026-12-03", "network": "facebook", "required": 1, "optional": 1,
        "filled": 0, "outside": 1, "done": 0, "free": 2, "short": 0,
    }  # fmt: skip


def test_a_post_in_an_optional_slot_meets_the_day_in_today_as_in_week(paris: Run) -> None:
    said = paris(
        "--now", WEDNESDAY, "post", "add", "--network", "instagram", "--at", "18:00", "Coulisses"
    )  # fmt: skip
    assert said.code == 0
    day = paris("--now", WEDNESDAY, "today").out
    assert day.splitlines()[1] == "Publications encore dues\u00a0: Facebook 1 · LinkedIn 1"
    week = paris("--now", WEDNESDAY, "week").out
    assert "  > Instagram\u00a0: 1 sur 1–3, 2 créneaux libres — objectif atteint\n" in week


def test_carried_work_is_in_the_day_s_planned_hours_and_flags_it(paris: Run) -> None:
    day = paris("--now", WEDNESDAY, "today").out.splitlines()
    assert day[0] == (
        "mercredi 2 décembre 2026 — 0/17 faites · 13 h restantes"
        " · 13 h prévues sur 7 h 30, dont 6 h en retard"
        " ⚠ au-delà de la journée"
    )
    body = paris("--now", WEDNESDAY, "today", "--json").json()
    assert (body["planned_minutes"], body["capacity_minutes"]) == (780, 450)


def test_carried_work_done_today_is_still_said_apart_from_the_day_s_own(paris: Run) -> None:
    body = paris("--now", WEDNESDAY, "today", "--json").json()
    late = [t for t in body["tasks"] if t["date"] < "2026-12-02"]
    assert paris("--now", WEDNESDAY, "done", late[0]["id"]).code == 0
    day = paris("--now", WEDNESDAY, "today").out.splitlines()
    # Ticked today, the late task still explains why today holds more than its own day.
    assert day[0] == (
        "mercredi 2 décembre 2026 — 1/17 faites"
        f" · {_hours(780 - late[0]['minutes'])} restantes"
        " · 13 h prévues sur 7 h 30, dont 6 h en retard"
        " ⚠ au-delà de la journée"
    )
    today = paris("--now", WEDNESDAY, "today", "--json").json()
    week = paris("--now", WEDNESDAY, "week", "--json").json()
    wednesday = next(d for d in week["days"] if d["date"] == "2026-12-02")
    carried = sum(t["minutes"] for t in today["tasks"] if t["date"] < "2026-12-02")
    assert today["planned_minutes"] == wednesday["planned_minutes"] + carried == 780


def _hours(minutes: int) -> str:
    return f"{minutes // 60} h {minutes % 60:02d}" if minutes % 60 else f"{minutes // 60} h"


def test_a_day_off_keeps_carried_work_waiting_and_owes_nothing(paris: Run) -> None:
    assert paris("--now", WEDNESDAY, "off", "2026-12-04", "--reason", "RTT").code == 0
    out = paris("--now", "2026-12-04T09:00:00+01:00", "today").out
    lines = out.splitlines()
    assert lines[:2] == [
        "vendredi 4 décembre 2026 — 0/0 faites · 0 min restantes · jour non travaillé",
        "Absent — RTT\u00a0: rien n'est dû aujourd'hui",
    ]
    assert "En retard" not in lines
    waiting = lines[lines.index("En attente du prochain jour travaillé") + 1 :]
    assert [line.split("  ")[2] for line in waiting] == [
        "lun. 30 nov. 10:00", "mer. 2 déc.", "jeu. 3 déc. 15:00", "lun. 30 nov.", "mar. 1er déc.",
        "mer. 2 déc.", "jeu. 3 déc.",
    ]  # fmt: skip
    week = paris("--now", WEDNESDAY, "week").out
    friday = week[week.index("vendredi 4 décembre") : week.index("samedi 5 décembre")]
    assert "  Absent — RTT\u00a0: rien n'est dû ce jour-là\n" in friday
    assert " > " not in friday


def test_a_draft_in_a_slot_fills_it_ahead_and_is_missed_once_past(paris: Run) -> None:
    said = paris("--now", WEDNESDAY, "post", "add", "--network", "facebook", "Jamais relue")
    assert said.out.endswith("sur Facebook, créneau de 10:00\n")

    def wednesday(now: str) -> list[str]:
        week = paris("--now", now, "week").out
        day = week[week.index("mercredi 2 décembre") : week.index("jeudi 3 décembre")]
        return [line for line in day.splitlines() if line.startswith("  > Facebook")]

    assert wednesday(WEDNESDAY) == [
        "  > Facebook\u00a0: 1 sur 1–2, 1 créneau libre — objectif atteint"
    ]
    thursday = "2026-12-03T09:00:00+01:00"
    assert wednesday(thursday) == [
        "  > Facebook\u00a0: 0 sur 1–2, 2 créneaux libres — il en manque 1"
    ]
    report = paris("--now", thursday, "report", "--week").out
    assert "  Facebook   0  4  0\u00a0%\n" in report
    assert "  Facebook\u00a0: objectif atteint 0 jour sur 4, 0 publication sur 4 dues\n" in report
    assert "Par jour\u00a0: ▁▁▁▁ (lun. 30 nov. → jeu. 3 déc.)\n" in report


def test_a_report_counts_skipped_time_out_and_future_absence_days_out(paris: Run) -> None:
    thursday = "2026-12-03T09:00:00+01:00"
    assert paris("--now", thursday, "off", "2026-12-01").code == 0
    assert paris("--now", thursday, "off", "2026-12-04").code == 0
    before = paris("--now", thursday, "report", "--week").out.splitlines()
    assert before[3] == "Absent\u00a0: 1 jour non compté"
    task = paris("--now", thursday, "today", "--json").json()["tasks"][0]
    assert paris("--now", thursday, "skip", task["id"]).code == 0
    after = paris("--now", thursday, "report", "--week").out.splitlines()
    assert (task["minutes"], task["date"]) == (60, "2026-11-30")
    # The duties planned on the days off moved to the days worked, and count there.
    assert before[4] == "Temps\u00a0: 0 min faites sur 21 h 15 prévues"
    assert after[4] == "Temps\u00a0: 0 min faites sur 20 h 15 prévues"
    assert after[5] == "Par jour\u00a0: ▁·▁▁ (lun. 30 nov. → jeu. 3 déc.)"


def test_done_on_a_slot_holding_a_draft_says_the_post_is_now_published(paris: Run) -> None:
    said = paris("--now", WEDNESDAY, "post", "add", "--network", "instagram", "Coulisses")
    pid = said.out.split()[1]
    slot = next(
        t["id"]
        for t in paris("--now", WEDNESDAY, "today", "--json").json()["tasks"]
        if t["post"] is not None
    )
    done = paris("--now", WEDNESDAY, "done", slot[:7])
    assert done.out == (
        "Faite\u00a0: Publication 1 sur Instagram (objectif\u00a0: 1–3 par jour)\n"
        f"Publication {pid} marquée publiée (elle était\u00a0: brouillon)\n"
    )


def test_off_names_the_posts_planned_during_the_absence(paris: Run) -> None:
    said = paris(
        "--now", WEDNESDAY, "post", "add", "--network", "linkedin", "--on", "2026-12-07", "Lundi"
    )
    pid = said.out.split()[1]
    off = paris("--now", WEDNESDAY, "off", "2026-12-07", "2026-12-08", "--reason", "RTT")
    assert off.out.splitlines()[1:] == [
        "Déplacée au mercredi 9 décembre 2026, hors de l'absence\u00a0: "
        "Choisir les deux ou trois réseaux où se trouve vraiment votre public",
        "Déplacée au mercredi 9 décembre 2026, hors de l'absence\u00a0: "
        "Réunion d'équipe\u00a0: faire le point sur les projets, les événements et les stratégies",
        f"La publication {pid} (LinkedIn, lun. 7 déc.) reste prévue ce jour-là",
    ]
    posts = paris("--now", WEDNESDAY, "post", "list", "--on", "2026-12-07").out
    assert posts.startswith(f"{pid}  lun. 7 déc. 09:30  LinkedIn")


def test_two_adds_of_one_title_on_one_day_are_two_tasks(paris: Run) -> None:
    first = paris("--now", WEDNESDAY, "add", "Brief client", "--at", "10:00").out
    second = paris("--now", WEDNESDAY, "add", "Brief client", "--at", "15:00").out
    assert first != second
    tasks = paris("--now", WEDNESDAY, "today", "--json").json()["tasks"]
    assert [t["time"] for t in tasks if t["title"] == "Brief client"] == ["10:00", "15:00"]


def test_the_ics_of_a_day_off_cancels_its_tasks_and_reminds_of_nothing(run: Run) -> None:
    english = ("init", "--start", "2026-11-30", "--timezone", "Europe/Paris", "--lang", "en")
    assert run(*english, "--networks", "facebook,instagram,linkedin").code == 0
    assert run("--now", WEDNESDAY, "off", "2026-12-04").code == 0
    assert run("--now", WEDNESDAY, "post", "add", "--network", "facebook", "Coat drive").code == 0
    out = run(
        "--now", WEDNESDAY, "export", "--format", "ics", "--events",
        "--from", "2026-12-02", "--to", "2026-12-04",
    ).out  # fmt: skip
    calendar = icalendar.Calendar.from_ical(out)
    assert str(calendar["prodid"]) == "-//cmagenda//cmagenda//EN"
    friday = [
        c
        for c in calendar.walk()
        if c.name in ("VTODO", "VEVENT")
        and str((c.get("due") or c.get("dtstart")).to_ical())[2:10] == "20261204"
    ]
    assert len(friday) > 10
    assert {str(c["status"]) for c in friday} == {"CANCELLED"}
    assert not [a for c in friday for a in c.walk("VALARM")]
    titles = [str(c["summary"]) for c in calendar.walk("VEVENT")]
    assert "Facebook: Coat drive" in titles


def test_the_grid_s_total_is_the_sum_of_its_cells(
    paris: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    assert paris("--now", WEDNESDAY, "off", "2026-12-11").code == 0
    on_friday = ("post", "add", "--network", "facebook", "--on", "2026-12-11", "Vendredi")
    assert paris("--now", WEDNESDAY, *on_friday).code == 0
    outside = (
        "post",
        "add",
        "--network",
        "facebook",
        "--on",
        "2026-12-10",
        "--at",
        "16:45",
        "Hors",
    )
    assert paris("--now", WEDNESDAY, *outside).code == 0
    result = paris(
        "--now", WEDNESDAY, "week", "--on", "2026-12-10", "--color", "always", "--no-color"
    )  # fmt: skip
    lines = re.sub(r"\x1b\[[0-9;]*m", "", result.out).splitlines()
    row = next(line for line in lines if line.startswith("Facebook  "))
    assert row.split() == ["Facebook", "0/1", "0/1", "0/1", "1/1", "1/0", "·", "·", "2/4"]


def test_post_list_shows_the_coming_week_by_default(paris: Run) -> None:
    for day in ("2026-12-02", "2026-12-08", "2026-12-09"):
        added = ("post", "add", "--network", "linkedin", "--on", day, f"Le {day}")
        assert paris("--now", WEDNESDAY, *added).code == 0
    posts = paris("--now", WEDNESDAY, "post", "list", "--json").json()["posts"]
    assert [p["date"] for p in posts] == ["2026-12-02", "2026-12-08"]


def test_add_outside_the_working_hours_says_so(paris: Run) -> None:
    late = paris("--now", WEDNESDAY, "add", "Live", "--at", "17h45", "--minutes", "60").out
    assert late.endswith(
        " : Live (hors des heures de travail\u00a0: 09:30-13:00, 14:00-18:00)\n".replace(
            " : ", "\u00a0: ", 1
        )
    )
    early = paris("--now", WEDNESDAY, "add", "Tôt", "--at", "8h").out
    assert early.endswith("hors des heures de travail\u00a0: 09:30-13:00, 14:00-18:00)\n")
    inside = paris("--now", WEDNESDAY, "add", "Brief", "--at", "10h", "--minutes", "60").out
    assert inside.endswith("2026\u00a0: Brief\n")


def test_a_day_gone_by_owes_the_post_its_draft_never_sent_in_today_as_in_week(
    paris: Run,
) -> None:
    said = paris("--now", "2026-12-01T08:00:00+01:00", "post", "add", "--network", "linkedin",
                 "--on", "2026-12-01", "Brouillon")  # fmt: skip
    assert said.code == 0
    wednesday = "2026-12-02T09:00:00+01:00"
    day = paris("--now", wednesday, "today", "--on", "hier").out.splitlines()
    assert day[1] == "Publications encore dues\u00a0: Facebook 1 · Instagram 1 · LinkedIn 1"
    week = paris("--now", wednesday, "week", "--json").json()
    assert _calendar(week, "2026-12-01", "linkedin")["filled"] == 0
