"""Views made for their moment: the `week` overview on a terminal, the `today` summary first,
the "now" marker, and `week --full`."""

from __future__ import annotations

import re

import pytest

from cmagenda.cli import fast as cli_fast
from cmagenda.cli import main

from .conftest import NOW, Run

ANSI = re.compile(r"\x1b\[[0-9;]*m")
NBSP = "\u00a0"


def drawn(run: Run, *args: str) -> list[str]:
    """What a terminal would show (Rich forced, colours off), line by line."""
    result = run(*args, "--color", "always", "--no-color")
    assert result.code == 0, result.err
    return ANSI.sub("", result.out).splitlines()


@pytest.fixture
def narrow(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")


@pytest.fixture
def montreal(run: Run) -> Run:
    """A French community manager in Montréal starting on Monday 2026-11-23."""
    result = run(
        "init", "--start", "2026-11-23", "--timezone", "America/Toronto", "--lang", "fr",
        "--networks", "facebook,instagram,linkedin",
    )  # fmt: skip
    assert result.code == 0, result.err
    return run


def test_the_week_overview_fits_in_two_screens_at_80_columns(montreal: Run, narrow: None) -> None:
    montreal("--now", NOW, "post", "add", "--network", "instagram", "Livre")
    assert montreal("--now", NOW, "off", "2026-11-25", "--reason", "formation").code == 0
    lines = drawn(montreal, "--now", NOW, "week")
    assert len(lines) <= 50
    assert max(len(line) for line in lines) <= 80
    assert lines[:6] == [
        "Semaine du lundi 23 novembre 2026 au dimanche 29 novembre 2026",
        "lun. 23 nov. — 0/14 faites · 6 h restantes · 6 h prévues sur 7 h " + "─" * 15,
        f"   routine 0/9{NBSP}: 0/6 interaction · 0/1 analyse · 0/2 formation",
        f"   ☐ 7dcc2 10{NBSP}h Réunion d'équipe{NBSP}: faire le point sur les projets, "
        "les événemen…",
        "   ☐ cff74 Aller à la rencontre des collègues (équipe et autres services) et no…",
        "mar. 24 nov. — 0/13 faites · 6 h restantes · 6 h prévues sur 7 h " + "─" * 15,
    ]
    wednesday = lines.index(
        "mer. 25 nov. — 0/0 faites · 0 min restantes · jour non travaillé " + "─" * 15
    )
    assert lines[wednesday + 1] == f"   Absent — formation{NBSP}: rien n'est dû ce jour-là"
    assert lines[wednesday + 2].startswith("jeu. 26 nov.")
    grid = [line.rstrip() for line in lines]
    grid = grid[grid.index("Calendrier éditorial (publications prévues ou faites / dues)") :]
    assert grid[1:] == [
        "          lun. 23 mar. 24 mer. 25 jeu. 26 ven. 27 sam. 28 dim. 29 total",
        "─" * 71,
        "Facebook    0/1     0/1      —      0/1     0/1      ·       ·     0/4",
        "Instagram   1/1     0/1      —      0/1     0/1      ·       ·     1/4",
        "LinkedIn    0/1     0/1      —      0/1     0/1      ·       ·     0/4",
    ]


def test_week_full_keeps_one_line_per_task(profile: Run, narrow: None) -> None:
    overview = drawn(profile, "--now", NOW, "week")
    full = drawn(profile, "--now", NOW, "week", "--full")
    assert len(overview) < 50 < len(full)
    assert sum("Post 1 on LinkedIn" in line for line in full) == 5
    assert not any("Post 1 on LinkedIn" in line for line in overview)
    # Piped, the week is the full list whatever --full says.
    piped = profile("--now", NOW, "week").out
    assert profile("--now", NOW, "week", "--full").out == piped


def test_today_on_a_terminal_puts_the_summary_first_and_marks_now(
    montreal: Run, narrow: None
) -> None:
    later = "2026-11-23T10:42:00-05:00"
    lines = [line.rstrip() for line in drawn(montreal, "--now", later, "today")]
    assert lines[1:4] == [
        "0/14 faites · 6 h restantes · 6 h prévues sur 7 h",
        f"Publications encore dues{NBSP}: Facebook 1 · Instagram 1 · LinkedIn 1",
        "À heure fixe",
    ]
    marker = lines.index(f"▶  10{NBSP}h{NBSP}42         ── maintenant ──")
    assert lines[marker - 1] == "                   stratégies (passé)"
    assert lines[marker + 1].startswith(f"☐  11{NBSP}h     d2575  Répondre aux messages privés,")
    assert sum("(passé)" in line for line in lines[:marker]) == 4
    assert not any("(passé)" in line for line in lines[marker:])
    # Piped: the summary line as before, then what is still owed.
    assert montreal("--now", later, "today").out.splitlines()[:2] == [
        "lundi 23 novembre 2026 — 0/14 faites · 6 h restantes · 6 h prévues sur 7 h",
        f"Publications encore dues{NBSP}: Facebook 1 · Instagram 1 · LinkedIn 1",
    ]


def test_fast_and_full_draw_the_same_overview_and_day(
    profile: Run, capsys: pytest.CaptureFixture[str], narrow: None
) -> None:
    assert profile("--now", NOW, "off", "2026-11-26", "2026-11-27").code == 0
    for args in (("week",), ("week", "--full"), ("today",)):
        assert main.main(["--now", NOW, *args, "--color", "always"]) == 0
        expected = capsys.readouterr().out
        assert cli_fast.serve(["--now", NOW, *args, "--color", "always"]) == ""
        assert capsys.readouterr().out == expected, args
    assert (
        cli_fast.serve(["--now", NOW, "week", "--json"])
        == profile("--now", NOW, "week", "--json").out
    )
