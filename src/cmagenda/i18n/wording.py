"""Regional words in French titles: `{blogue|blog}` is the Québec word, then the France one.

A checklist title says both where Québec and France write differently (mot-clic and hashtag,
blogue and blog, courriel and e-mail, infolettre and newsletter); the profile's French locale
picks one: fr_CA the first, fr_FR, fr_BE and fr_CH the second. English titles choose the same
way between the American and Canadian spelling and the British one (`{organization|organisation}`):
en_US and en_CA the first, en_GB the second.
"""

from __future__ import annotations

import re

EUROPE = ("fr_FR", "fr_BE", "fr_CH", "en_GB")
# One `|` between braces: `{n}` and `{network}` (per-network titles) have none.
CHOICE = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")
BROKEN = re.compile(r"\{[^{}]*\|[^{}]*\}")


def regional(text: str, locale: str) -> str:
    """`text` with each `{québec|france}` choice made for `locale`."""
    side = 2 if locale in EUROPE else 1
    return CHOICE.sub(lambda m: m.group(side), text)


def choice_problem(text: str) -> str | None:
    """Why a title's `{…|…}` choices cannot be read, or None."""
    for found in BROKEN.finditer(text):
        mark = CHOICE.fullmatch(found.group())
        if mark is None or not mark.group(1).strip() or not mark.group(2).strip():
            return f"{found.group()!r} must read {{québec word|france word}}, both given"
    return None
