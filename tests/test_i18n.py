"""French first, English too: catalogues, help pages, CLDR dates, natural date and time input."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import typer

from cmagenda.cli import main
from cmagenda.domain.dates import parse_date
from cmagenda.domain.errors import UsageError
from cmagenda.domain.times import parse_time
from cmagenda.i18n.messages import CATALOGUE, Voice, locale_for

from .conftest import Run

NOW = "2026-11-25T08:30:00-05:00"  # a Wednesday in Toronto


def test_both_catalogues_say_everything() -> None:
    assert sorted(CATALOGUE["fr"]) == sorted(CATALOGUE["en"])
    for lang in ("fr", "en"):
        assert [k for k, v in CATALOGUE[lang].items() if not v.strip()] == []


def _commands(command: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    found = [(path, command)]
    for name, sub in getattr(command, "commands", {}).items():
        found += _commands(sub, (*path, name))
    return found


def test_every_help_text_is_a_catalogue_key_in_both_languages() -> None:
    keys = []
    for _path, command in _commands(typer.main.get_command(main.app)):
        keys.append(command.help)
        keys += [p.help for p in command.params]
    assert None not in keys  # every command, option and argument is explained
    missing = [(lang, k) for k in keys for lang in ("fr", "en") if k not in CATALOGUE[lang]]
    assert missing == []


def test_help_pages_in_french_and_english(run: Run) -> None:
    result = run("--lang", "fr", "done", "--help")
    assert (result.code, result.err) == (0, "")
    assert result.out == (
        "Utilisation\u00a0: cmagenda done [OPTIONS] ID...\n"
        "\n"
        "  Cocher des tâches faites.\n"
        "\n"
        "Arguments\u00a0:\n"
        "  ID...  Identifiants des tâches, ou leurs débuts.\n"
        "\n"
        "Options\u00a0:\n"
        "  --on DATE  Faire comme si on était le DATE (2026-11-23, demain, lundi…).\n"
        "  --json     Sortie pour les programmes (JSON versionné).\n"
        "  --help     Afficher cette aide et quitter.\n"
    )
    result = run("--lang", "en", "templates", "--help")
    assert result.out == (
        "Usage: cmagenda templates [OPTIONS] COMMAND [ARGS]...\n"
        "\n"
        "  The checklist's duties (templates).\n"
        "\n"
        "Options:\n"
        "  --help  Show this help and exit.\n"
        "\n"
        "Commands:\n"
        "  check  Validate a checklist file; exits 3 listing every error.\n"
        "  list   The merged checklist: bundled duties and your own.\n"
        "  show   Show one duty of the checklist.\n"
    )
    # Every page, in both languages, holds nothing from the other language's catalogue.
    for path, _command in _commands(typer.main.get_command(main.app)):
        fr = run("--lang", "fr", *path, "--help").out
        en = run("--lang", "en", *path, "--help").out
        assert fr.startswith("Utilisation\u00a0: ") and en.startswith("Usage: ")
        assert "Show this help" not in fr and "Afficher cette aide" not in en
        assert ENGLISH_WORDS.findall(fr) == [], (path, fr)


# Words that give an English string away on a French page (metavars included).
ENGLISH_WORDS = re.compile(
    r"\b(?:the|of|and|with|your|is|are|not|yes|Usage|Commands|TITLE|FILE|TEXT|NAME|VALUE|"
    r"STATUS|NETWORK|DATETIME|DIR|METRIC|REGION|ZONE|unknown|missing|required|should|Input|"
    r"did you mean|By volet|carry|bundled_checklist)\b"
)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "en"),
        ({"LANG": "fr_CA.UTF-8"}, "fr"),
        ({"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, "fr"),
        ({"LC_ALL": "C", "LANG": "fr_FR.UTF-8"}, "en"),
    ],
)
def test_language_without_a_profile_comes_from_the_environment(
    run: Run, monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    result = run("today", "--on", "someday")
    start = {"fr": "cmagenda: erreur: date incomprise", "en": "cmagenda: error: date not"}
    assert result.code == 2
    assert result.err.startswith(start[expected])


def test_the_profile_beats_the_environment_and_lang_beats_both(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_CA.UTF-8")
    assert run("init", "--lang", "fr", "--timezone", "America/Montreal").code == 0
    assert run("today", "--on", "jamais").err.startswith("cmagenda: erreur: date incomprise")
    assert run("--lang", "en", "today", "--on", "x").err.startswith("cmagenda: error: date not")
    assert run("--help").out.startswith("Utilisation\u00a0: ")


def test_cldr_dates_and_times_per_locale() -> None:
    day = dt.date(2026, 11, 23)
    expected = {
        "fr_CA": ("lundi 23 novembre 2026", "lun. 23 nov.", "14\u00a0h\u00a030"),
        "fr_FR": ("lundi 23 novembre 2026", "lun. 23 nov.", "14:30"),
        "en_CA": ("Monday, November 23, 2026", "Mon, Nov 23", "14:30"),
        "en_GB": ("Monday, 23 November 2026", "Mon 23 Nov", "14:30"),
    }
    for locale, (long, short, time) in expected.items():
        voice = Voice(locale[:2], locale)
        assert (voice.long_date(day), voice.short_date(day), voice.time("14:30")) == (
            long,
            short,
            time,
        )


@pytest.mark.parametrize(
    ("locale", "times", "cells"),
    [
        ("fr_CA", ["8\u00a0h", "8\u00a0h\u00a030", "12\u00a0h\u00a005", "0\u00a0h"], 7),
        ("fr_FR", ["08:00", "08:30", "12:05", "00:00"], 5),
        ("fr_BE", ["08:00", "08:30", "12:05", "00:00"], 5),
        ("en_US", ["8:00\u00a0AM", "8:30\u00a0AM", "12:05\u00a0PM", "12:00\u00a0AM"], 8),
        ("en_GB", ["08:00", "08:30", "12:05", "00:00"], 5),
        ("en_CA", ["08:00", "08:30", "12:05", "00:00"], 5),
    ],
)
def test_times_are_written_the_locales_way(locale: str, times: list[str], cells: int) -> None:
    voice = Voice(locale[:2], locale)
    assert [voice.time(t) for t in ("08:00", "08:30", "12:05", "00:00")] == times
    # In a list, times are right-aligned to the locale's widest, so titles line up.
    assert {len(voice.time_cell(t)) for t in ("08:00", "10:30", "23:59")} == {cells}
    assert voice.time_cell("08:00").endswith(times[0])


def test_locale_follows_the_profile_then_the_environment_then_the_zone() -> None:
    assert locale_for("fr", "fr_FR", "America/Toronto", {}) == "fr_FR"
    assert locale_for("fr", None, "America/Toronto", {}) == "fr_CA"
    assert locale_for("fr", None, "Europe/Paris", {}) == "fr_FR"
    assert locale_for("fr", None, "Europe/Paris", {"LANG": "fr_CA.UTF-8"}) == "fr_CA"
    assert locale_for("en", None, "Europe/Paris", {"LANG": "fr_CA.UTF-8"}) == "en_US"
    assert locale_for("en", "fr_FR", "America/Toronto", {"LC_TIME": "en_GB.UTF-8"}) == "en_GB"


TODAY = dt.date(2026, 11, 25)  # a Wednesday
DATES = {
    "2026-12-24": "2026-12-24",
    "aujourd'hui": "2026-11-25", "Aujourd’hui": "2026-11-25", "today": "2026-11-25",
    "demain": "2026-11-26", "tomorrow": "2026-11-26",
    "après-demain": "2026-11-27", "apres-demain": "2026-11-27",
    "day after tomorrow": "2026-11-27",
    "hier": "2026-11-24", "yesterday": "2026-11-24", "avant-hier": "2026-11-23",
    "lundi": "2026-11-30", "Lun.": "2026-11-30", "monday": "2026-11-30", "mon": "2026-11-30",
    "mercredi": "2026-12-02", "wednesday": "2026-12-02",
    "jeudi": "2026-11-26", "thursday": "2026-11-26",
    "dimanche": "2026-11-29", "sunday": "2026-11-29",
    "lundi prochain": "2026-11-30", "next monday": "2026-11-30",
    "jeudi prochain": "2026-12-03", "next thursday": "2026-12-03",
    "dans 3 jours": "2026-11-28", "in 3 days": "2026-11-28", "dans 1 jour": "2026-11-26",
    "dans 2 semaines": "2026-12-09", "in 2 weeks": "2026-12-09",
    "dans 3 mois": "2027-02-25", "in 1 month": "2026-12-25",
    "+3j": "2026-11-28", "+3d": "2026-11-28", "+3": "2026-11-28", "-1j": "2026-11-24",
    "+2s": "2026-12-09", "+2w": "2026-12-09", "+1m": "2026-12-25",
    "fin du mois": "2026-11-30", "end of month": "2026-11-30", "end of the month": "2026-11-30",
    "fin de la semaine": "2026-11-29", "end of week": "2026-11-29",
    "début de la semaine prochaine": "2026-11-30", "start of next week": "2026-11-30",
    "semaine prochaine": "2026-11-30", "next week": "2026-11-30",
    "début du mois prochain": "2026-12-01", "next month": "2026-12-01",
    "fin du mois prochain": "2026-12-31",
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DATES.items())
def test_every_date_form(text: str, expected: str) -> None:
    assert parse_date(text, TODAY).isoformat() == expected


def test_week_phrases_follow_the_week_start() -> None:
    sunday_weeks = {
        "fin de la semaine": "2026-11-28",
        "semaine prochaine": "2026-11-29",
        "lundi prochain": "2026-11-30",
        "next wednesday": "2026-12-02",
    }
    for text, expected in sunday_weeks.items():
        assert parse_date(text, TODAY, "sunday").isoformat() == expected
    # A month step keeps the day when it can, else takes the month's last day.
    assert parse_date("+1m", dt.date(2027, 1, 31)).isoformat() == "2027-02-28"


@pytest.mark.parametrize(
    "text",
    ["", "2026-13-01", "23/11/20266", "lundi d'avant", "dans trois ans", "+3x", "+j", "demian"],
)
def test_dates_not_understood(text: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_date(text, TODAY)
    assert caught.value.key == "date.bad"


TIMES = {
    "14:30": "14:30", "9:05": "09:05", "14h": "14:00", "14h30": "14:30", "14 h 30": "14:30",
    "14H30": "14:30", "2pm": "14:00", "2 pm": "14:00", "2:30pm": "14:30", "2:30 p.m.": "14:30",
    "12am": "00:00", "12pm": "12:00", "11:59 PM": "23:59", "0h": "00:00",
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TIMES.items())
def test_every_time_form(text: str, expected: str) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    "text", ["14", "25:00", "14h60", "13pm", "0am", "2.5pm", "midi et demi", "14:3"]
)
def test_times_not_understood(text: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_time(text)
    assert caught.value.key == "time.bad"


def test_unrecognised_dates_list_examples_in_the_users_language(run: Run) -> None:
    assert run("init", "--lang", "fr", "--timezone", "America/Toronto").code == 0
    result = run("--now", NOW, "today", "--on", "la semaine des quatre jeudis")
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        "cmagenda: erreur: date incomprise « la semaine des quatre jeudis ». Exemples acceptés : "
        "2026-11-23, aujourd'hui, demain, après-demain, hier, lundi, lundi prochain, "
        "9 décembre, dans 3 jours, +3j, fin du mois, début de la semaine prochaine, "
        "mois dernier, novembre, novembre 2026\n"
    )
    result = run("--lang", "en", "--now", NOW, "add", "Call", "--at", "teatime")
    assert result.err == (
        "cmagenda: error: time not understood: 'teatime'. "
        "Accepted, for example: 14:30, 2pm, 2:30 p.m., noon, 14h30\n"
    )


def _only_french(text: str) -> None:
    for english in ("Overdue", "left", "Moved", "Done:", "error:", "Usage:", "Monday", "Week of"):
        assert re.search(rf"\b{english}", text) is None, (english, text)


def test_a_french_user_sees_only_french(run: Run) -> None:
    assert run("init", "--start", "2026-11-16", "--timezone", "America/Montreal",
               "--lang", "fr").code == 0  # fmt: skip
    today = run("--now", NOW, "today")
    assert today.out.startswith("mercredi 25 novembre 2026 — 0/")
    assert "\nEn retard\n" in today.out and "\nÀ heure fixe\n" in today.out
    assert "      9\u00a0h  " in today.out  # fr_CA times
    week = run("--now", NOW, "week")
    assert week.out.startswith("Semaine du lundi 23 novembre 2026 au dimanche 29 novembre 2026\n")
    ids = [t["id"] for t in run("--now", NOW, "today", "--json").json()["tasks"]]
    done = run("--now", NOW, "done", ids[0][:6])
    assert done.out.startswith("Faite : ")
    moved = run("--now", NOW, "move", ids[1], "--to", "vendredi", "--at", "14h30")
    assert moved.out.startswith("Déplacée au vendredi 27 novembre 2026 : ")
    bad = run("--now", NOW, "move", ids[1], "--to", "la saint-glinglin")
    assert bad.code == 2 and bad.err.startswith("cmagenda: erreur: date incomprise")
    for out in (today.out, week.out, done.out, moved.out, bad.err, run("--help").out):
        _only_french(out)


def test_an_english_user_sees_only_english(run: Run) -> None:
    assert run("init", "--start", "2026-11-16", "--timezone", "America/Toronto",
               "--lang", "en").code == 0  # fmt: skip
    today = run("--now", NOW, "today")
    assert today.out.startswith("Wednesday, November 25, 2026 — 0/")
    assert "  09:00  " in today.out
    ids = [t["id"] for t in run("--now", NOW, "today", "--json").json()["tasks"]]
    moved = run("--now", NOW, "move", ids[1], "--to", "next monday", "--at", "2pm")
    assert moved.out.startswith("Moved to Monday, November 30, 2026: ")
    moved = run("--now", NOW, "--on", "2026-11-30", "move", ids[1], "--to", "tomorrow")
    assert moved.code == 2  # --on belongs to the command, not to the program
    moved = run("--now", NOW, "move", ids[1], "--on", "2026-11-30", "--to", "tomorrow")
    assert moved.out.startswith("Moved to Tuesday, December 1, 2026: ")
    for out in (today.out, moved.out, run("--help").out):
        for french in ("En retard", "faites", "Déplacée", "Utilisation", "lundi"):
            assert french not in out


def test_titles_fall_back_to_the_other_language(run: Run, home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "checklists.toml").write_text(
        '[duties.zine]\ntitle.fr = "Écrire le fanzine"\nphase = "weekly"\nvolet = "content"\n'
        'minutes = 30\ncarry = true\nrrule = "FREQ=WEEKLY;BYDAY=WE"\n\n'
        '[duties.poll]\ntitle.en = "Run the poll"\nphase = "weekly"\nvolet = "interaction"\n'
        'minutes = 10\ncarry = true\nrrule = "FREQ=WEEKLY;BYDAY=WE"\n',
        encoding="utf-8",
    )
    assert run("init", "--start", "2026-11-16", "--timezone", "America/Toronto").code == 0
    result = run("--lang", "en", "--now", NOW, "today")
    assert result.code == 0, result.err
    english = result.out
    french = run("--lang", "fr", "--now", NOW, "today").out
    assert "Écrire le fanzine" in english and "Run the poll" in english
    assert "Écrire le fanzine" in french and "Run the poll" in french
    listed = run("--lang", "en", "templates", "list").out
    assert "Écrire le fanzine" in listed


def test_paths_and_a_duty_are_shown_in_the_users_words(run: Run, home: Path) -> None:
    assert run("init", "--lang", "fr", "--timezone", "America/Montreal").code == 0
    lines = run("paths").out.splitlines()
    assert [line.split("/", 1)[0] for line in lines] == [
        "Configuration\u00a0:         ",
        "Votre liste de tâches\u00a0: ",
        "Liste fournie\u00a0:         ",
        "Données\u00a0:               ",
    ]
    assert lines[0].endswith(f"{home}/config.toml")
    assert run("--lang", "en", "paths").out.splitlines()[2].startswith("Bundled checklist: /")
    assert run("templates", "show", "replies").out == (
        "identifiant            replies\n"
        "titre                  Répondre aux messages privés, commentaires et avis (certains "
        "exigent une réponse dans l'heure)\n"
        "phase                  quotidien\n"
        "volet                  interaction\n"
        "durée                  15 min\n"
        "récurrence (rrule)     FREQ=DAILY\n"
        "décalage en jours      0\n"
        "heures                 09:00, 11:00, 14:00, 16:30\n"
        "reportée si pas faite  non\n"
        "fenêtre en jours       0\n"
        "une par réseau         non\n"
        "réseau                 -\n"
        "active                 oui\n"
        "série                  non\n"
        "jours                  jours ouvrés\n"
        "jour férié             sautée\n"
        "commence après         -\n"
    )
    assert run("--lang", "en", "templates", "show", "replies").out.splitlines()[-3:] == [
        "days                      working days",
        "public holiday            skipped",
        "begins after              -",
    ]


def test_a_post_id_that_matches_nothing_is_said_to_be_a_post(run: Run) -> None:
    assert run("init", "--lang", "fr", "--timezone", "America/Montreal").code == 0
    result = run("post", "edit", "zz", "--text", "x")
    assert (result.code, result.err) == (
        5,
        "cmagenda: erreur: aucune publication ne correspond à «\u00a0zz\u00a0»\n",
    )
    assert (
        run("--lang", "en", "post", "rm", "abc").err == "cmagenda: error: no post matches 'abc'\n"
    )


# What a French manager runs on a Wednesday morning, errors included: not a word of English.
FRENCH_WALK = [
    ("today",), ("week",), ("report",), ("report", "--month"), ("templates", "show", "post"),
    ("templates", "show", "zz"), ("paths",), ("kpi", "list"), ("remind",), ("holidays",),
    ("doctor",), ("done", "zz"), ("post", "edit", "zz", "--text", "x"), ("post", "list"),
    ("move", "zz", "--to", "demain"), ("add", "Test", "--at", "teatime"),
    ("today", "--on", "jamais"), ("add",), ("export", "--format", "zz"), ("undo",),
    ("kpi", "add"), ("edit", "zz"), ("today", "--bogus"),
]  # fmt: skip


def test_a_french_morning_holds_no_english_word(run: Run) -> None:
    assert run("init", "--lang", "fr", "--start", "2026-11-16",
               "--timezone", "America/Montreal").code == 0  # fmt: skip
    for args in FRENCH_WALK:
        result = run("--now", NOW, *args)
        said = re.sub(r"\S*/\S*", "", result.out + result.err)  # paths are the machine's
        assert said.strip(), args
        assert ENGLISH_WORDS.findall(said) == [], (args, said)


def test_a_bad_now_is_refused_in_the_profiles_language(run: Run) -> None:
    assert run("init", "--lang", "fr", "--timezone", "America/Montreal").code == 0
    result = run("--now", "demain", "today")
    assert (result.code, result.err.split("«")[0]) == (2, "cmagenda: erreur: instant invalide ")
