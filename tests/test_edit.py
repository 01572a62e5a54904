"""`edit` and `rm`: change a task's title, duration, time or note, remove a task; one undo step
each, a planned duty kept as edited (or removed) when the day is planned again."""

from __future__ import annotations

import datetime as dt
import json
import warnings
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from cmagenda.domain.model import Status, Task, Titles, task_from_json
from cmagenda.domain.queries import Day, Item
from cmagenda.i18n.messages import Voice
from cmagenda.views import day as views_day

from .conftest import NOW, Run
from .test_json_changes import TASK_ADDED, changed, task

NBSP = "\u00a0"
MEETING_EN = "Team meeting: review projects, events and strategies"
REPLIES_EN = "Answer private messages, comments and reviews (some need a reply within the hour)"


def tasks(run: Run, *args: str) -> dict[str, dict[str, Any]]:
    body = run("--now", NOW, *args, "today", "--json").json()
    return {t["id"]: t for t in body["tasks"]}


def meeting(run: Run) -> dict[str, Any]:
    """Monday's team meeting, a duty planned from the checklist at 10:00."""
    return next(
        t
        for t in tasks(run).values()
        if t["template"] == "team-meeting" and t["date"] == "2026-11-23"
    )


def added(run: Run, title: str = "Call the printer", *args: str) -> str:
    result = run("--now", NOW, "add", title, *args, "--json")
    assert result.code == 0, result.err
    return str(result.json()["ids"][0])


def test_edit_title_minutes_time_and_note_then_undo(profile: Run) -> None:
    tid = meeting(profile)["id"]
    result = profile(
        "--now", NOW, "edit", tid[:5], "--title", "  Short meeting ", "--minutes", "30",
        "--at", "9:30", "--note", "Room B",
    )  # fmt: skip
    assert (result.code, result.out, result.err) == (0, "Edited: Short meeting\n", "")
    now = tasks(profile)[tid]
    assert (now["title"], now["minutes"], now["time"], now["note"]) == (
        "Short meeting", 30, "09:30", "Room B",
    )  # fmt: skip
    # The French title is replaced too: a user's title has one wording.
    assert tasks(profile, "--lang", "fr")[tid]["title"] == "Short meeting"
    assert profile("--now", NOW, "edit", tid, "--no-time").out == "Edited: Short meeting\n"
    assert tasks(profile)[tid]["time"] is None
    assert profile("--now", NOW, "edit", tid, "--note", "").code == 0
    assert tasks(profile)[tid]["note"] is None
    for _ in range(3):
        assert profile("--now", NOW, "undo").out == "Undone (edit): 1 task put back\n"
    back = tasks(profile)[tid]
    assert (back["title"], back["minutes"], back["time"], back["note"]) == (
        MEETING_EN, 60, "10:00", None,
    )  # fmt: skip


def test_edit_in_french_says_so_and_undo_names_it(profile: Run) -> None:
    tid = added(profile)
    result = profile("--now", NOW, "--lang", "fr", "edit", tid, "--title", "Appeler Marc")
    assert result.out == f"Modifiée{NBSP}: Appeler Marc\n"
    undone = profile("--now", NOW, "--lang", "fr", "undo", "--json").json()
    assert undone["undone"] == "edit"
    assert undone["items"] == [task(tid, {"title": "Appeler Marc"}, {"title": "Call the printer"})]


def test_edit_json_gives_old_and_new_fields(profile: Run) -> None:
    tid = meeting(profile)["id"]
    result = profile(
        "--now", NOW, "edit", tid, "--minutes", "45", "--note", "Agenda in the shared folder",
        "--json",
    )  # fmt: skip
    assert result.json() == changed(
        "edit",
        [task(tid, {"minutes": 60, "note": None},
              {"minutes": 45, "note": "Agenda in the shared folder"})],
        "edit",
    )  # fmt: skip


def test_an_edited_duty_is_kept_when_the_day_is_planned_again(profile: Run, home: Path) -> None:
    replies = sorted(
        (t for t in tasks(profile).values() if t["template"] == "replies"),
        key=lambda t: t["time"],
    )
    first = replies[0]["id"]
    assert profile("--now", NOW, "edit", first, "--title", "Replies, then coffee").code == 0
    (home / "checklists.toml").write_text('[duties.replies]\ntimes = ["10:00"]\n', encoding="utf-8")
    planned = [
        (t["time"], t["title"]) for t in tasks(profile).values() if t["template"] == "replies"
    ]
    assert sorted(planned) == [
        ("09:00", "Replies, then coffee"),
        ("10:00", REPLIES_EN),
    ]  # fmt: skip


def test_note_in_plain_today_and_week_in_french(profile: Run) -> None:
    tid = added(profile, "Appeler l'imprimeur")
    note = "Salle B,\ndevis en main"
    assert profile("--now", NOW, "edit", tid, "--note", note).code == 0
    for view in ("today", "week"):
        lines = profile("--now", NOW, "--lang", "fr", view).out.splitlines()
        at = next(i for i, line in enumerate(lines) if line.endswith("  Appeler l'imprimeur"))
        assert lines[at].startswith(f"  [ ] {tid[:5]}")
        # On one line under the title, whatever line breaks the note holds.
        assert lines[at + 1] == f"      note{NBSP}: Salle B, devis en main"
    assert tasks(profile)[tid]["note"] == note


def test_note_in_rich_today(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    day = dt.date(2026, 11, 23)
    noted = Task(
        id="abcdef012345", date=day, time="09:00", title=Titles(en="Reply"), note="Room \x1b[2JB"
    )
    views_day.print_day_rich(Day(day, [Item(noted, Status.TODO, False, "abcd")]), Voice("en", "en_CA"),  # noqa: E501
                          force=True, no_color=True)  # fmt: skip
    lines = [line.strip() for line in capsys.readouterr().out.splitlines()]
    at = next(i for i, line in enumerate(lines) if "Reply" in line)
    # In italics; the user's escape sequence is shown inert.
    assert lines[at + 1] == "\x1b[3mnote: Room [2JB\x1b[0m"


def _parse(data: bytes) -> Calendar:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EncodingWarning)
        return Calendar.from_ical(data)


def test_note_in_icalendar_and_taskwarrior(profile: Run) -> None:
    tid = meeting(profile)["id"]
    assert profile("--now", NOW, "edit", tid, "--note", "Room B\nbring the slides").code == 0
    span = ("--from", "2026-11-23", "--to", "2026-11-23")
    ics = profile("--now", NOW, "export", *span)
    todo = next(t for t in _parse(ics.out.encode()).walk("VTODO") if str(t["UID"]).startswith(tid))
    assert str(todo["DESCRIPTION"]) == "Room B\nbring the slides"
    lines = profile("--now", NOW, "export", "--format", "taskwarrior", *span).out.splitlines()
    line = next(json.loads(line) for line in lines if json.loads(line)["cmagenda"] == tid)
    assert line["annotations"] == [
        {"entry": "20261123T133000Z", "description": "Room B\nbring the slides"}
    ]


def test_rm_an_added_task_and_undo(profile: Run) -> None:
    tid = added(profile, "Appeler l'imprimeur", "--at", "13:15")
    result = profile("--now", NOW, "--lang", "fr", "rm", tid[:6])
    assert (result.code, result.out) == (0, f"Retirée{NBSP}: Appeler l'imprimeur\n")
    assert tid not in tasks(profile)
    assert profile("--now", NOW, "undo").out == "Undone (rm): 1 task put back\n"
    assert tasks(profile)[tid]["title"] == "Appeler l'imprimeur"


def test_rm_an_added_task_json(profile: Run) -> None:
    tid = added(profile, "Call the printer", "--at", "13:15")
    body = profile("--now", NOW, "rm", tid, "--json").json()
    old = TASK_ADDED | {
        "title": "Call the printer", "date": "2026-11-23", "time": "13:15", "status": "todo",
    }  # fmt: skip
    assert body == changed("rm", [task(tid, old, None)], "rm")


def test_rm_a_planned_duty_skips_it_for_good(profile: Run, home: Path) -> None:
    tid = meeting(profile)["id"]
    result = profile("--now", NOW, "rm", tid, "--json")
    assert result.json() == changed(
        "rm",
        [task(tid, {"status": "todo", "reason": None}, {"status": "skipped", "reason": "removed"})],
        "rm",
    )
    # Planned again (another checklist): still removed, not back as a duty to do.
    (home / "checklists.toml").write_text('[duties.replies]\ntimes = ["10:00"]\n', encoding="utf-8")
    assert tasks(profile)[tid]["status"] == "skipped"
    assert profile("--now", NOW, "undo").out == "Undone (rm): 1 task put back\n"
    assert tasks(profile)[tid]["status"] == "todo"


def test_rm_a_planned_duty_in_french(profile: Run) -> None:
    tid = added(profile)  # makes the French run below print the duty's own title
    assert profile("--now", NOW, "rm", tid).out == "Removed: Call the printer\n"
    duty = meeting(profile)["id"]
    result = profile("--now", NOW, "--lang", "fr", "rm", duty)
    title = tasks(profile, "--lang", "fr")[duty]["title"]
    assert result.out == f"Retirée (ne sera plus prévue){NBSP}: {title}\n"
    body = profile("--now", NOW, "--lang", "fr", "today").out
    assert "retirée" in next(line for line in body.splitlines() if duty[:5] in line)
    assert profile("--now", NOW, "--lang", "fr", "undo", "--json").json()["undone"] == "rm"


@pytest.mark.parametrize(
    ("args", "en", "fr"),
    [
        ([], "nothing to change: give --title, --minutes, --at, --no-time or --note",
         f"rien à modifier{NBSP}: donnez --title, --minutes, --at, --no-time ou --note"),
        (["--at", "10:00", "--no-time"], "--at and --no-time exclude each other: choose one",
         f"--at et --no-time s'excluent{NBSP}: choisissez l'un des deux"),
        (["--note", "n" * 1001], "note too long: 1001 characters (at most 1000)",
         f"note trop longue{NBSP}: 1001 caractères (au plus 1000)"),
    ],
)  # fmt: skip
def test_edit_refusals(profile: Run, args: list[str], en: str, fr: str) -> None:
    tid = meeting(profile)["id"]
    before = tasks(profile)[tid]
    english = profile("--now", NOW, "edit", tid, *args)
    assert (english.code, english.out, english.err) == (2, "", f"cmagenda: error: {en}\n")
    french = profile("--now", NOW, "--lang", "fr", "edit", tid, *args)
    assert (french.code, french.out) == (2, "")
    assert french.err.endswith(f": {fr}\n")
    assert tasks(profile)[tid] == before


def test_edit_refuses_what_add_refuses(profile: Run) -> None:
    tid = meeting(profile)["id"]
    for args, message in (
        (["--title", " \u200b "], "the title is empty"),
        (["--title", "t" * 301], "title too long: 301 characters (at most 300)"),
        (["--minutes", "1441"], "invalid duration: 1441 (0 to 1440 minutes)"),
    ):
        result = profile("--now", NOW, "edit", tid, *args)
        assert (result.code, result.err) == (2, f"cmagenda: error: {message}\n")
    assert profile("--now", NOW, "undo", "--json").json()["undone"] is None


def test_unknown_ids_are_refused(profile: Run) -> None:
    for command in (["edit", "fffff", "--note", "x"], ["rm", "fffff"]):
        result = profile("--now", NOW, *command)
        assert (result.code, result.err) == (5, "cmagenda: error: no task matches 'fffff'\n")


def test_stored_note_is_optional_and_bounded() -> None:
    body = Task("abcdef012345", dt.date(2026, 11, 23), Titles(en="x"), note="n").dump()
    assert task_from_json(body).note == "n"
    older = {k: v for k, v in body.items() if k != "note"}
    assert task_from_json(older).note is None
    with pytest.raises(ValueError, match="note must have 1 to 1000 characters"):
        task_from_json(body | {"note": "n" * 1001})


def test_a_note_goes_through_a_backup_and_an_oversized_one_is_refused(
    profile: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tid = meeting(profile)["id"]
    assert profile("--now", NOW, "edit", tid, "--note", "Room B").code == 0
    backup = profile("--now", NOW, "export", "--format", "json").out
    saved = tmp_path / "backup.json"
    saved.write_text(backup, encoding="utf-8")
    monkeypatch.setenv("CMAGENDA_HOME", str(tmp_path / "other"))
    assert profile("--now", NOW, "import", str(saved)).code == 0
    assert tasks(profile)[tid]["note"] == "Room B"
    monkeypatch.setenv("CMAGENDA_HOME", str(tmp_path / "third"))
    saved.write_text(backup.replace('"note": "Room B"', f'"note": "{"n" * 1001}"'), "utf-8")
    refused = profile("--now", NOW, "import", str(saved))
    assert refused.code == 4
    assert f"task {tid}: note must have 1 to 1000 characters" in refused.err
