"""A French user's mistakes, walked command by command: every error is French, with French
typography, and names what to type instead (the cases a French reading of each command found)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import Run

NOW = "2026-11-27T09:00:00-05:00"
NBSP = "\u00a0"
# Words that give an English string away in a French message.
ENGLISH = re.compile(
    r"\b(?:the|of|and|with|your|is|are|not|unknown|missing|required|should|must|Input|invalid|"
    r"error|did you mean|True|False|None|FROM|TO|TAG|PATH|DAYS|COMMAND)\b"
)
# A space that lets a line break before French punctuation held to the word before it.
LOOSE = re.compile(r"[ \t][:;!?»%]|«[ \t]")

MISTAKES = [
    ("today", "--on", "demain matin"),
    ("today", "--on", "le lendemain"),
    ("week", "--on", "zzz"),
    ("move", "abcde", "--to", "hier soir"),
    ("add", "Appeler", "--on", "30 février"),
    ("add", "Appeler", "--at", "25h"),
    ("done", "zzzzz"),
    ("post", "add", "--network", "mastodon", "Bonjour"),
    ("post", "list", "--status", "brouillon"),
    ("kpi", "add", "facebook", "abonnés", "douze"),
    ("idea", "rm", "i99"),
    ("templates", "show", "zzz"),
    ("init", "--lang", "de", "--force"),
]


@pytest.fixture
def quebec(run: Run) -> Run:
    result = run(
        "init", "--start", "2026-11-23", "--timezone", "America/Toronto", "--lang", "fr",
        "--networks", "facebook,instagram",
    )  # fmt: skip
    assert result.code == 0, result.err
    return run


@pytest.mark.parametrize("args", MISTAKES, ids=[" ".join(m) for m in MISTAKES])
def test_each_mistake_is_said_in_french(quebec: Run, args: tuple[str, ...]) -> None:
    result = quebec("--now", NOW, *args)
    assert result.code != 0
    assert result.err.startswith("cmagenda: erreur: "), result.err
    message = result.err.removeprefix("cmagenda: erreur: ")
    assert message.strip(), result.err
    assert ENGLISH.findall(message) == [], message
    assert LOOSE.findall(message) == [], message


def test_a_date_with_a_time_says_the_date_to_write(quebec: Run) -> None:
    result = quebec("--now", NOW, "move", "abcde", "--to", "hier soir")
    assert (result.code, result.err) == (
        2,
        f"cmagenda: erreur: «{NBSP}hier soir{NBSP}»{NBSP}: ici, une date seulement, sans heure"
        f" («{NBSP}hier{NBSP}»){NBSP}; l’heure, s’il en faut une, se donne avec --at\n",
    )


def test_help_pages_name_their_values_in_french(quebec: Run) -> None:
    off = quebec("off", "--help").out.splitlines()
    assert off[0] == f"Utilisation{NBSP}: cmagenda off [OPTIONS] DU [AU] | list | rm N|DU [AU]"
    idea = quebec("idea", "add", "--help").out
    assert "  --tag ÉTIQUETTE  Une étiquette (répétable).\n" in idea


def test_a_checklist_rrule_problem_is_french_end_to_end(quebec: Run, tmp_path: Path) -> None:
    checklist = tmp_path / "liste.toml"
    checklist.write_text(
        '[duties.bilan]\ntitle.fr = "Bilan"\nphase = "daily"\nvolet = "analysis"\n'
        'carry = false\nminutes = 30\nrrule = "FREQ=WEEKLY;BYDAY=1MO"\n',
        encoding="utf-8",
    )
    result = quebec("templates", "check", str(checklist))
    assert result.code == 3
    assert result.err.splitlines() == [
        f"cmagenda: erreur: liste de tâches invalide{NBSP}:",
        f"  {checklist}:7{NBSP}: tâche «{NBSP}bilan{NBSP}»{NBSP}: rrule{NBSP}: BYDAY{NBSP}: un"
        f" rang comme «{NBSP}1MO{NBSP}» ne va que dans une règle mensuelle ou annuelle"
        " (FREQ=MONTHLY ou FREQ=YEARLY)",
    ]


def test_a_posts_title_in_an_exported_calendar_keeps_french_typography(quebec: Run) -> None:
    added = quebec("--now", NOW, "post", "add", "--network", "facebook", "Bonjour : la suite")
    assert added.code == 0, added.err
    result = quebec(
        "--now", NOW, "export", "--events", "--from", "2026-11-27", "--to", "2026-11-27"
    )
    assert result.code == 0, result.err
    # The no-break space before the colon is ours; the user's text stays as typed.
    assert f"SUMMARY:Facebook{NBSP}: Bonjour : la suite" in result.out.splitlines()


def test_importing_a_file_that_is_no_backup_says_so_in_french(quebec: Run, tmp_path: Path) -> None:
    calendar = tmp_path / "agenda.ics"
    calendar.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    result = quebec("import", str(calendar))
    assert (result.code, result.err) == (
        4,
        f"cmagenda: erreur: {calendar} n'est pas une sauvegarde cmagenda lisible{NBSP}: ce n'est"
        " pas du JSON (ligne 1)\n",
    )
    other = tmp_path / "autre.json"
    other.write_text('{"tasks": []}', encoding="utf-8")
    result = quebec("import", str(other))
    assert result.err == (
        f"cmagenda: erreur: {other} n'est pas une sauvegarde cmagenda (celles qu'écrit"
        f" «{NBSP}cmagenda export --format json{NBSP}»)\n"
    )
