"""Help pages speak the user's French (Québec's or France's words) or English, as the rest of
the program does, and fit the terminal without a line breaking before `:` or `»`."""

from __future__ import annotations

import re
from typing import Any

import pytest
import typer

from cmagenda.cli import main, usage

from .conftest import Run

NBSP = "\u00a0"
MARKDOWN = "  --markdown                 En Markdown, à coller dans un {word} ou un wiki."


def _markdown_line(run: Run, *args: str) -> str:
    result = run(*args, "report", "--help")
    assert (result.code, result.err) == (0, "")
    return next(line for line in result.out.splitlines() if "--markdown" in line)


def _init(run: Run, zone: str, lang: str, *more: str) -> None:
    result = run("init", "--start", "2026-11-23", "--timezone", zone, "--lang", lang, *more)
    assert result.code == 0, result.err


def test_a_quebec_profile_reads_courriel(run: Run) -> None:
    _init(run, "America/Toronto", "fr")
    assert _markdown_line(run) == MARKDOWN.format(word="courriel")


def test_a_france_profile_reads_e_mail(run: Run) -> None:
    _init(run, "Europe/Paris", "fr")
    assert _markdown_line(run) == MARKDOWN.format(word="e-mail")


def test_the_profiles_locale_wins_over_its_zone(run: Run, home: Any) -> None:
    _init(run, "America/Toronto", "fr")
    config = home / "config.toml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            'language = "fr"', 'language = "fr"\nlocale = "fr_FR"'
        ),
        encoding="utf-8",
    )
    assert _markdown_line(run) == MARKDOWN.format(word="e-mail")


def test_lang_en_reads_english_whatever_the_profile(run: Run) -> None:
    _init(run, "Europe/Paris", "fr")
    assert _markdown_line(run, "--lang", "en") == (
        "  --markdown                 As Markdown, to paste into an email or a wiki."
    )


@pytest.mark.parametrize(
    ("env", "word"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "e-mail"),
        ({"LANG": "fr_BE.UTF-8"}, "e-mail"),
        ({"LANG": "fr_CA.UTF-8"}, "courriel"),
        ({"LC_ALL": "fr_CH.UTF-8", "LANG": "fr_CA.UTF-8"}, "e-mail"),
    ],
)
def test_without_a_profile_the_environment_says_which_french(
    run: Run, monkeypatch: pytest.MonkeyPatch, env: dict[str, str], word: str
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert _markdown_line(run) == MARKDOWN.format(word=word)


def test_a_broken_config_still_gives_the_regional_help(run: Run, home: Any) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(
        '[profile]\nlanguage = "fr"\ntimezone = "Europe/Paris"\nstart = "pas une date"\n',
        encoding="utf-8",
    )
    assert _markdown_line(run) == MARKDOWN.format(word="e-mail")


def test_a_terminal_page_is_wrapped_in_its_column(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    result = run("--lang", "fr", "today", "--help")
    assert result.out == (
        f"Utilisation{NBSP}: cmagenda today [OPTIONS]\n"
        "\n"
        f"  Les tâches du jour{NBSP}: en retard d'abord, puis à heure fixe,\n"
        "  puis le reste.\n"
        "\n"
        f"Options{NBSP}:\n"
        "  --on DATE                  Faire comme si on était le DATE\n"
        "                             (2026-11-23, demain, lundi…).\n"
        f"  --mine                     Seulement mes tâches{NBSP}: celles\n"
        f"                             confiées au nom «{NBSP}me{NBSP}» du\n"
        "                             profil, ou à personne.\n"
        "  --json                     Sortie pour les programmes\n"
        "                             (JSON versionné).\n"
        "  --plain                    Texte simple, sans couleur ni\n"
        "                             cadre (comme quand la sortie\n"
        "                             est redirigée).\n"
        "  --no-color                 Sans couleur (comme NO_COLOR).\n"
        f"  --color auto|always|never  Couleur{NBSP}: auto, always (même\n"
        "                             redirigée, pour less -R) ou\n"
        "                             never.\n"
        "  --help                     Afficher cette aide et quitter.\n"
    )
    # Narrower, each text goes under its option; an option keeps its value ("-o FICHIER").
    monkeypatch.setenv("COLUMNS", "50")
    lines = run("--lang", "fr", "report", "--help").out.splitlines()
    html = lines.index("  --html")
    assert lines[html : html + 3] == [
        "  --html",
        "        Une page HTML autonome pour le client",
        "        (avec -o FICHIER.html).",
    ]


def _commands(command: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    found = [(path, command)]
    for name, sub in getattr(command, "commands", {}).items():
        found += _commands(sub, (*path, name))
    return found


# A line of a page that starts with punctuation French holds to the word before it.
BROKEN_START = re.compile(r"^\s*[:;!?»%]")
# A regional choice ("{courriel|e-mail}") left for the reader to make.
UNRESOLVED = re.compile(r"\{[^{}]*\|[^{}]*\}")


@pytest.mark.parametrize("locale", ["fr_CA", "fr_FR", "en_US"])
def test_every_page_fits_80_columns_without_a_bad_break(locale: str) -> None:
    # The pages as `--help` writes them at COLUMNS=80, built once (a run per page is slow).
    for path, command in _commands(typer.main.get_command(main.app)):
        page = usage.help_page(locale, command, list(path), 80)
        for line in page.splitlines():
            # Only a word longer than its column may pass the edge (none does today).
            assert len(line) <= 80, (path, line)
            assert not BROKEN_START.match(line), (path, line)
            assert not UNRESOLVED.search(line), (path, line)
