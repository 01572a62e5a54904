"""Real plural forms and French typography in every catalogue string and in dates."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest

import cmagenda
from cmagenda.i18n.messages import CATALOGUE, Voice, de, plural, say
from cmagenda.storage.paths import bundled_checklist

from .conftest import Run

NBSP = "\u00a0"


def test_every_key_is_in_both_languages() -> None:
    assert set(CATALOGUE["fr"]) - set(CATALOGUE["en"]) == set()
    assert set(CATALOGUE["en"]) - set(CATALOGUE["fr"]) == set()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_catalogue_string_leaves_the_plural_to_the_reader(lang: str) -> None:
    lazy = re.compile(r"\((s|x|es)\)")
    assert [k for k, v in CATALOGUE[lang].items() if lazy.search(v)] == []


def test_french_punctuation_is_held_by_a_no_break_space() -> None:
    broken = re.compile(r"[ \t\n][:;!?»]|«[ \t\n]|\d %")
    assert [(k, v) for k, v in CATALOGUE["fr"].items() if broken.search(v)] == []


def test_plural_forms_follow_each_language() -> None:
    assert [plural("fr", n, "tâche", "tâches") for n in (0, 1, 2)] == ["tâche", "tâche", "tâches"]
    assert [plural("en", n, "task", "tasks") for n in (0, 1, 2)] == ["tasks", "task", "tasks"]
    assert say("fr", "undo.ok", label="done", count=1) == (
        f"Annulé (done){NBSP}: 1 tâche remise en l'état"
    )
    assert say("fr", "undo.ok", label="done", count=3) == (
        f"Annulé (done){NBSP}: 3 tâches remises en l'état"
    )
    assert say("en", "undo.ok", label="done", count=0) == "Undone (done): 0 tasks put back"
    assert say("en", "undo.ok", label="done", count=1) == "Undone (done): 1 task put back"


def test_tally_says_slots_in_the_right_number() -> None:
    free = [
        say("fr", "tally.line", network="Instagram", filled=1, target=3, free=n) for n in (1, 2)
    ]
    assert free == [
        f"Instagram{NBSP}: 1 sur 3, 1 créneau libre",
        f"Instagram{NBSP}: 1 sur 3, 2 créneaux libres",
    ]
    assert say("en", "tally.line", network="Instagram", filled=1, target=3, free=1) == (
        "Instagram: 1 of 3, 1 slot free"
    )


def test_french_elides_de_before_a_vowel_or_a_mute_h() -> None:
    assert [de(w) for w in ("abonnés", "Instagram", "heures", "Facebook", "hashtags")] == [
        "d'abonnés",
        "d'Instagram",
        "d'heures",
        "de Facebook",
        "de hashtags",
    ]
    assert say("fr", "kpi.unknown", metric="abonnés", network="instagram", date="2026-11-23") == (
        "aucune valeur d'abonnés pour instagram le 2026-11-23"
    )
    assert say("fr", "kpi.unknown", metric="clics", network="instagram", date="2026-11-23") == (
        "aucune valeur de clics pour instagram le 2026-11-23"
    )


@pytest.mark.parametrize("locale", ["fr_FR", "fr_CA"])
def test_french_dates_write_the_first_of_the_month_1er(locale: str) -> None:
    voice = Voice("fr", locale)
    first, eleventh = dt.date(2026, 12, 1), dt.date(2026, 12, 11)
    assert voice.long_date(first) == "mardi 1er décembre 2026"
    assert voice.short_date(first) == "mar. 1er déc."
    assert voice.day_month(first) == "1er déc."
    assert voice.long_date(eleventh) == "vendredi 11 décembre 2026"
    assert Voice("en", "en_US").long_date(first) == "Tuesday, December 1, 2026"


def test_extra_arguments_are_counted(run: Run) -> None:
    assert run("--lang", "fr", "paths", "a").err.splitlines()[0] == (
        f"cmagenda: erreur: argument en trop{NBSP}: a"
    )
    assert run("--lang", "en", "paths", "a", "b").err.splitlines()[0] == (
        "cmagenda: error: unexpected extra arguments: a b"
    )


def test_the_bundled_checklist_holds_french_punctuation_with_no_break_spaces() -> None:
    text = bundled_checklist().read_text(encoding="utf-8")
    titles = re.findall(r'^#?\s*title\.fr\s*=\s*"(.*)"$', text, flags=re.M)
    broken = re.compile(r"[ \t][:;!?»]|«[ \t]|\d %|\((?:s|x|es)\)")
    assert len(titles) > 30
    assert [t for t in titles if broken.search(t.replace("\\u00A0", NBSP))] == []


def test_no_lazy_plural_is_left_in_the_code() -> None:
    """No string of the program writes "tâche(s)": the plural is said (see test above)."""
    source = Path(cmagenda.__file__).parent
    lazy = re.compile(r"\w\((?:s|x|es)\)")
    found = [
        f"{path.name}: {node.value!r}"
        for path in sorted(source.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and lazy.search(node.value.replace("http(s)", ""))
    ]
    assert found == []
