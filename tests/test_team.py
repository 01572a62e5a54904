"""A team on one plan: the profile names its owner (`me`), tasks are given to someone
(`assign`, `add --to`), `--mine` shows what is mine or nobody's, `done` records who did it
(on the fast path too), and all of it shows in the views, the JSON and the calendars."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from icalendar import Calendar

from cmagenda.cli import fast as cli_fast

from .conftest import Run

NOW = "2026-11-23T08:30:00-05:00"


def _me(home: Path, name: str) -> None:
    config = home / "config.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("[profile]\n", f"[profile]\nme = {json.dumps(name)}\n", 1), "utf-8"
    )


@pytest.fixture
def team(profile: Run, home: Path) -> Run:
    _me(home, "Nadia")
    return profile


def _today(run: Run, *args: str) -> list[dict[str, object]]:
    result = run("--now", NOW, "today", "--json", *args)
    assert result.code == 0, result.err
    tasks: list[dict[str, object]] = result.json()["tasks"]
    return tasks


def test_assign_add_to_and_mine(team: Run) -> None:
    tasks = _today(team)
    first, second = str(tasks[0]["id"]), str(tasks[1]["id"])
    said = team("--now", NOW, "assign", first[:7], "  Paul ")
    assert (said.code, said.out) == (0, f"Given to Paul: {tasks[0]['title']}\n")
    assert team("--now", NOW, "assign", second, "nadia").code == 0
    added = team("--now", NOW, "add", "Call the printer", "--to", "Paul", "--json")
    printer = added.json()["ids"][0]
    assert added.json()["items"][0]["new"]["assignee"] == "Paul"
    everyone = {str(t["id"]): t["assignee"] for t in _today(team)}
    assert (everyone[first], everyone[second], everyone[printer]) == ("Paul", "nadia", "Paul")
    mine = {str(t["id"]) for t in _today(team, "--mine")}
    # Mine: given to me (case aside) or to nobody; Paul's are not.
    assert mine == set(everyone) - {first, printer}
    week = team("--now", NOW, "week", "--mine", "--json").json()
    shown = {t["id"] for d in week["days"] for t in d["tasks"]}
    assert first not in shown and second in shown
    plain = team("--now", NOW, "today", "--plain").out
    assert f"{tasks[0]['title']}" in plain and "· for Paul" in plain


def test_assign_none_and_undo(team: Run) -> None:
    task = str(_today(team)[0]["id"])
    assert team("--now", NOW, "assign", task, "Paul").code == 0
    nobody = team("--now", NOW, "assign", task, "--none", "--json")
    assert nobody.json()["items"][0]["old"] == {"assignee": "Paul"}
    assert nobody.json()["items"][0]["new"] == {"assignee": None}
    assert team("--now", NOW, "undo").code == 0
    assert {str(t["id"]): t["assignee"] for t in _today(team)}[task] == "Paul"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("Paul", "--none"), "cmagenda: error: give a name or --none (one of the two)\n"),
        ((), "cmagenda: error: give a name or --none (one of the two)\n"),
        (("a\u202eb",), "cmagenda: error: name refused: 1 to 60 visible characters, on one line\n"),
        (("x" * 61,), "cmagenda: error: name refused: 1 to 60 visible characters, on one line\n"),
    ],
)
def test_assign_refuses_what_is_not_a_name(team: Run, args: tuple[str, ...], message: str) -> None:
    task = str(_today(team)[0]["id"])
    result = team("--now", NOW, "assign", task, *args)
    assert (result.code, result.err) == (2, message)


def test_mine_needs_me(profile: Run) -> None:
    result = profile("--now", NOW, "today", "--mine")
    assert result.code == 2
    assert result.err == (
        'cmagenda: error: --mine: the profile does not say who you are. Add me = "Your name" '
        "under [profile] in config.toml\n"
    )


def test_done_records_who_on_both_paths(team: Run, capsys: pytest.CaptureFixture[str]) -> None:
    tasks = [t for t in _today(team) if t["date"] == "2026-11-23"]
    full, quick = str(tasks[0]["id"]), str(tasks[1]["id"])
    assert team("--now", NOW, "done", full).code == 0
    capsys.readouterr()
    # The window is fresh: `done` is served by the fast path.
    assert cli_fast.serve(["--now", NOW, "done", quick]) is not None
    capsys.readouterr()
    done_by = {str(t["id"]): t["done_by"] for t in _today(team)}
    assert (done_by[full], done_by[quick]) == ("Nadia", "Nadia")
    plain = team("--now", NOW, "today", "--plain").out
    assert "· done by Nadia" in plain


def test_fast_path_hands_mine_to_the_full_path(
    team: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    task = str(_today(team)[0]["id"])
    assert team("--now", NOW, "assign", task, "Paul").code == 0
    expected = team("--now", NOW, "today", "--mine", "--plain").out
    assert cli_fast.serve(["--now", NOW, "today", "--mine", "--plain"]) is None
    assert cli_fast.main(["--now", NOW, "today", "--mine", "--plain"]) == 0
    assert capsys.readouterr().out == expected
    assert task[:7] not in expected


def test_assignment_travels_in_the_calendar(team: Run) -> None:
    tasks = [t for t in _today(team) if t["date"] == "2026-11-23"]
    given, done = str(tasks[0]["id"]), str(tasks[1]["id"])
    assert team("--now", NOW, "assign", given, "Paul").code == 0
    assert team("--now", NOW, "done", done).code == 0
    out = team("--now", NOW, "export", "--from", "2026-11-23", "--to", "2026-11-23").out
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EncodingWarning)
        cal = Calendar.from_ical(out)
    by_uid = {str(t["UID"]).split("-")[0]: t for t in cal.walk("VTODO")}
    assert str(by_uid[given]["X-CMAGENDA-ASSIGNEE"]) == "Paul"
    assert "X-CMAGENDA-DONE-BY" not in by_uid[given]
    assert str(by_uid[done]["X-CMAGENDA-DONE-BY"]) == "Nadia"
    assert "X-CMAGENDA-ASSIGNEE" not in by_uid[done]


def test_a_name_in_a_stored_file_is_checked(team: Run, home: Path) -> None:
    task = str(_today(team)[0]["id"])
    assert team("--now", NOW, "assign", task, "Paul").code == 0
    month = next((home / "data").rglob("2026-11.json"))
    month.write_text(month.read_text("utf-8").replace('"Paul"', '"Pa\\u202eul"'), "utf-8")
    result = team("--now", NOW, "today")
    assert result.code != 0 and "assignee" in result.err


def test_a_duty_has_a_default_assignee_in_the_checklist(team: Run, home: Path) -> None:
    checklist = home / "checklists.toml"
    checklist.write_text('[duties.team-meeting]\nassignee = "Paul"\n', encoding="utf-8")
    tasks = [t for t in _today(team) if t["date"] == "2026-11-23"]
    given = {str(t["title"]): t["assignee"] for t in tasks if t["template"] == "team-meeting"}
    assert given == {"Team meeting: review projects, events and strategies": "Paul"}
    assert all(t["assignee"] is None for t in tasks if t["template"] != "team-meeting")
    checklist.write_text('[duties.team-meeting]\nassignee = "a\\u0007b"\n', encoding="utf-8")
    refused = team("--now", NOW, "today")
    assert refused.code != 0 and "assignee" in refused.err
