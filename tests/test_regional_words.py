"""Québec and France words: the catalogue's `{québec|france}` choices made for the locale."""

from __future__ import annotations

import pytest

from cmagenda.i18n.messages import say

from .conftest import NOW, Run


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("fr", "Instagram\u00a0: 31 mots-clics pour 30 (1 de trop)"),
        ("fr_CA", "Instagram\u00a0: 31 mots-clics pour 30 (1 de trop)"),
        ("fr_FR", "Instagram\u00a0: 31 hashtags pour 30 (1 de trop)"),
        ("fr_CH", "Instagram\u00a0: 31 hashtags pour 30 (1 de trop)"),
        ("en_GB", "Instagram: 31 hashtags for 30 (1 too many)"),
    ],
)
def test_a_message_says_the_word_of_the_locale(locale: str, expected: str) -> None:
    params = {"network": "Instagram", "count": 31, "limit": 30, "excess": 1}
    assert say(locale, "desk.over.hashtags", **params) == expected


def test_plural_marks_still_read_with_a_locale() -> None:
    assert say("fr_FR", "desk.check_ok", n=2) == say("fr", "desk.check_ok", n=2)


@pytest.mark.parametrize(
    ("zone", "word"), [("America/Montreal", "mots-clics"), ("Europe/Paris", "hashtags")]
)
def test_a_french_user_is_warned_in_the_words_of_the_region(run: Run, zone: str, word: str) -> None:
    made = run("init", "--lang", "fr", "--timezone", zone, "--networks", "instagram")
    assert made.code == 0, made.err
    added = run("--now", NOW, "post", "add", "--network", "instagram", "#a " * 30 + "#b")
    assert added.code == 0, added.err
    assert added.err.splitlines()[1] == f"  Instagram\u00a0: 31 {word} pour 30 (1 de trop)"
