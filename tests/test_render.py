"""Output forms: plain when piped, Rich on a terminal, and user text never taken as markup."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from cmagenda.domain import text
from cmagenda.domain.model import Status, Task, Titles
from cmagenda.domain.queries import Day, Item
from cmagenda.i18n.messages import Voice
from cmagenda.views import day

from .conftest import NOW, Run

HOSTILE = (
    "[bold]x[/bold] [link=https://example.invalid]y[/link] [/] :warning: "
    "\x1b[2J\x1b]0;title\x07\x1b]8;;https://e.invalid\x1b\\z\x1b]8;;\x1b\\ \x9b31m \x07end"
)
SHOWN = (
    "[bold]x[/bold] [link=https://example.invalid]y[/link] [/] :warning: "
    "[2J]0;title]8;;https://e.invalid\\z]8;;\\ 31m end"
)


def test_piped_today_is_plain_text(profile: Run) -> None:
    out = profile("--now", NOW, "today").out
    lines = out.splitlines()
    assert lines[0] == (
        "Monday, November 23, 2026 — 0/21 done · 16h15 left · 16h15 planned of 7h,"
        " 11h15 of it overdue ⚠ more than the working day"
    )
    assert lines[1:4] == ["Posts still owed: Facebook 1 · Instagram 1 · LinkedIn 1", "", "Overdue"]
    assert re.fullmatch(
        r"  \[ \] [0-9a-f]{4,12}  Mon, Nov 16 10:00  Team meeting: review projects, "
        r"events and strategies  \(team, 1h00\)",
        lines[4],
    )
    assert "\x1b" not in out
    assert not set(out) & set("─│╭╮╰╯━┃")


def test_plain_french_headings(profile: Run) -> None:
    out = profile("--now", NOW, "--lang", "fr", "today").out
    assert out.splitlines()[0] == (
        "lundi 23 novembre 2026 — 0/21 faites · 16 h 15 restantes · 16 h 15 prévues sur 7 h,"
        " dont 11 h 15 en retard ⚠ au-delà de la journée"
    )
    assert "\nEn retard\n" in out and "\nÀ heure fixe\n" in out and "\nDans la journée\n" in out
    assert "  [ ] " in out and "lun. 16 nov." in out


def test_week_plain(profile: Run) -> None:
    out = profile("--now", NOW, "week").out
    assert out.startswith("Week of Monday, November 23, 2026 to Sunday, November 29, 2026\n\n")
    # The bundled networks post on the working days: Saturday keeps its two check-ins.
    assert "\nSaturday, November 28, 2026 — 0/0 done · 0 min left · day off\n" in out


def test_hostile_title_is_shown_literally_and_stored_unchanged(profile: Run, home) -> None:
    assert profile("--now", NOW, "add", HOSTILE).code == 0
    out = profile("--now", NOW, "today").out
    line = next(line for line in out.splitlines() if "end" in line and "[bold]" in line)
    assert line.endswith(SHOWN)
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    body = profile("--now", NOW, "today", "--json")
    assert "\x1b" not in body.out and "\x9b" not in body.out
    stored = next(t for t in body.json()["tasks"] if t["template"] is None)
    assert stored["title"] == HOSTILE


def _day_with(title: str, status: Status = Status.TODO) -> Day:
    task = Task(
        id="abcdef012345",
        date=dt.date(2026, 11, 23),
        time="09:00",
        title=Titles(fr=title, en=title),
        minutes=15,
    )
    return Day(dt.date(2026, 11, 23), [Item(task, status, False, "abcd")])


def test_rich_agenda_never_interprets_user_text(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    day.print_day_rich(_day_with(HOSTILE), Voice("en", "en_CA"))
    out = capsys.readouterr().out
    assert "[bold]x[/bold]" in out and "[/]" in out and ":warning:" in out
    assert "\x1b]8;" not in out  # no hyperlink from the [link] markup
    assert "\x1b[2J" not in out and "\x1b]0;" not in out and "\x9b" not in out
    assert "Monday, November 23, 2026" in out
    assert "0/1 done · 15 min left" in out


def test_rich_done_items_are_dimmed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")
    day.print_day_rich(_day_with("Reply", Status.DONE), Voice("fr", "fr_CA"))
    out = capsys.readouterr().out
    assert "\x1b[2m" in out  # dim
    assert "✔" in out and "1/1 faites" in out


def test_clean_strips_c0_c1_and_del_but_keeps_text() -> None:
    assert text.clean("a\x00b\tc\x1bd\x7fe\x85f\x9fg") == "ab cdefg"
