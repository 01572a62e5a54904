"""Messages: how the catalogues (`catalogue_fr`, `catalogue_en`) are said: plural forms, elision,
dates and numbers per locale.

Standard library only: the morning path formats its headings with it.
"""

from __future__ import annotations

import datetime as dt
import re

from cmagenda.i18n.catalogue_en import EN
from cmagenda.i18n.catalogue_fr import FR
from cmagenda.i18n.wording import regional

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from typing import Any

CATALOGUE: dict[str, dict[str, str]] = {"fr": FR, "en": EN}


def say(lang: str, key: str, **params: Any) -> str:
    """The catalogue's text for `key`, formatted with `params`.

    Marks are resolved first: "{n|tâche|tâches}" is the form of the word for the number n,
    "{de:metric}" writes "d'" or "de " before the parameter (French elision), and
    "{courriel|e-mail}" the Québec or the France word: `lang` may be a locale ("fr_FR"), a bare
    "fr" speaking as Québec does."""
    locale = lang
    lang = lang.split("_", 1)[0]
    table = CATALOGUE.get(lang, CATALOGUE["en"])
    template = table.get(key)
    if not template:
        lang, template = "en", CATALOGUE["en"].get(key) or key
    if "|" in template or "{de:" in template:
        template = _MARK.sub(lambda m: _resolve(m, lang, params), template)
        template = regional(template, locale)
    return template.format_map(_Params(params))


_MARK = re.compile(r"\{(\w+)\|([^{}|]*)\|([^{}|]*)\}|\{de:(\w+)\}")


def _resolve(mark: re.Match[str], lang: str, params: Mapping[str, Any]) -> str:
    name, one, other, elided = mark.groups()
    if elided is not None:
        return ("d'" if _elides(str(params.get(elided, ""))) else "de ") + "{" + elided + "}"
    return plural(lang, _count(params.get(name)), one, other)


def plural(lang: str, n: float | None, one: str, other: str) -> str:
    """`one` or `other` for the number n: French treats 0 and 1 (and 1,5) as singular, English
    only 1; the sign does not count (CLDR's rule); an unknown number takes the plural."""
    if n is None:
        return other
    if lang == "fr":
        return one if abs(n) < 2 else other
    return one if abs(n) == 1 else other


def _count(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value
    try:
        # A number already written the locale's way: "1 234", "4,5".
        return float(str(value).translate(_NUMBER_SPACES).replace(",", "."))
    except ValueError:
        return None


_NUMBER_SPACES = str.maketrans("", "", " \u00a0\u202f")

# French elides "de" before a vowel or a mute h ("d'abonnés", "d'Instagram", "d'heures"); an
# h is mute only in the words listed ("de hashtags" keeps its aspirated h), a y is a consonant.
_VOWELS = frozenset("aeiouàâäéèêëîïôöùûüœæ")
_MUTE_H = ("habit", "heure", "histoire", "hiver", "homme", "honneur", "hôpital", "hôtel", "humain")


def _elides(word: str) -> bool:
    low = word.lstrip().lower()
    return bool(low) and (low[0] in _VOWELS or low.startswith(_MUTE_H))


def de(word: str) -> str:
    """French "de" before `word`, elided when it must be: "d'abonnés", "de Facebook"."""
    return ("d'" if _elides(word) else "de ") + word


class _Params(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "-"


class Voice:
    """How the user is spoken to: the catalogue's language, and CLDR's dates and times for a
    locale ("lundi 23 novembre 2026", "lun. 23 nov.", "14 h 30" in fr_CA, "14:30" in fr_FR).

    Babel is imported only when a label is not already known: the full path computes them, and
    the window file carries those of its views, so that the fast path never loads CLDR data.
    """

    __slots__ = ("labels", "lang", "locale")

    def __init__(
        self, lang: str, locale: str, labels: dict[str, dict[str, str]] | None = None
    ) -> None:
        self.lang = lang
        self.locale = locale
        self.labels: dict[str, dict[str, str]] = labels or {"long": {}, "short": {}, "time": {}}

    def long_date(self, day: dt.date) -> str:
        return self._label("long", day.isoformat())

    def short_date(self, day: dt.date) -> str:
        return self._label("short", day.isoformat())

    def dated(self, day: dt.date, today: dt.date) -> str:
        """A date inside a message: "jeu. 24 déc.", with its year when not this year's."""
        if day.year == today.year:
            return self.short_date(day)
        from babel.dates import format_skeleton

        return _first(format_skeleton("yMMMEd", day, locale=self.locale), day, self.locale)

    def dates_in(self, params: Mapping[str, Any], today: dt.date) -> dict[str, Any]:
        """A message's `params` with each date written as `dated` writes it, never ISO."""
        return {
            name: self.dated(value, today)
            if isinstance(value, dt.date) and not isinstance(value, dt.datetime)
            else value
            for name, value in params.items()
        }

    def time(self, hhmm: str) -> str:
        return clock(hhmm, self.locale)

    def time_cell(self, hhmm: str) -> str:
        """The time right-aligned to the locale's widest ("10 h 30"), so that in a list the
        titles after "8 h" and "10 h 30" start in the same column."""
        return clock(hhmm, self.locale).rjust(_CLOCK_WIDTH.get(self.locale, 5))

    def month(self, day: dt.date) -> str:
        from babel.dates import format_skeleton  # Babel, ~70 ms: loaded only when called

        return format_skeleton("yMMMM", day, locale=self.locale)

    def day_month(self, day: dt.date) -> str:
        from babel.dates import format_skeleton  # Babel, ~70 ms: loaded only when called

        return _first(format_skeleton("MMMd", day, locale=self.locale), day, self.locale)

    def number(self, value: float, signed: bool = False) -> str:
        """A KPI value the locale's way ("1 234,5", "1,234.5"); `signed` shows a plus."""
        from babel.numbers import format_decimal  # Babel, ~70 ms: loaded only when called

        pattern = "+#,##0.##;-#,##0.##" if signed else "#,##0.##"
        return format_decimal(value, format=pattern, locale=self.locale)

    def _label(self, kind: str, key: str) -> str:
        known = self.labels[kind].get(key)
        if known is None:
            known = self.labels[kind][key] = _cldr(kind, key, self.locale)
        return known


def clock(hhmm: str, locale: str) -> str:
    """A time of day ("HH:MM") as the locale writes it: "8 h", "8 h 30" in fr_CA, "8:00 AM" in
    en_US, "08:00" elsewhere; no-break spaces inside, so that a line never breaks in a time.

    Written here rather than taken from CLDR, whose fr_CA pattern keeps the leading zero and the
    "00" ("08 h 00") that Quebec usage (OQLF) leaves out. fr_FR, fr_BE and fr_CH keep "08:00":
    French typography writes "8 h 30" in prose, but the calendars and phones people there read
    their day in write "08:00" (CLDR's pattern too), and it is how they type times in the
    config; one form in every view. en_CA takes the 24-hour form of Canadian federal style
    (CLDR's "8:00 a.m." is the other form in use there)."""
    hour, minute = int(hhmm[:2]), int(hhmm[3:5])
    if locale == "fr_CA":
        return f"{hour}\u00a0h" + (f"\u00a0{minute:02d}" if minute else "")
    if locale == "en_US":
        return f"{hour % 12 or 12}:{minute:02d}\u00a0{'AM' if hour < 12 else 'PM'}"
    return f"{hour:02d}:{minute:02d}"


_CLOCK_WIDTH = {"fr_CA": len("10 h 30"), "en_US": len("10:00 AM")}


def _cldr(kind: str, key: str, locale: str) -> str:
    from babel.dates import format_date, format_skeleton  # Babel, ~70 ms: off the fast path

    day = dt.date.fromisoformat(key)
    if kind == "long":
        return _first(format_date(day, "full", locale=locale), day, locale)
    return _first(format_skeleton("MMMEd", day, locale=locale), day, locale)


_DAY_ONE = re.compile(r"(?<!\d)1(?=\s)")


def _first(label: str, day: dt.date, locale: str) -> str:
    """French writes the first of the month "1er" ("mardi 1er décembre"); CLDR writes "1"."""
    if day.day != 1 or not locale.startswith("fr"):
        return label
    return _DAY_ONE.sub("1er", label, count=1)


def env_language(env: Mapping[str, str]) -> str:
    """The language LC_ALL, LC_MESSAGES or LANG (the first set) asks for: any fr* is French."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def locale_for(lang: str, chosen: str | None, timezone: str, env: Mapping[str, str]) -> str:
    """The locale dates are written in for `lang`: the profile's when it speaks `lang`, else the
    environment's (LC_ALL, LC_TIME, LANG) when it does, else a guess from the zone (the
    Americas: Canada; elsewhere France, or the US for English)."""
    if chosen and chosen.startswith(lang):
        return chosen
    env_locale = next((env[n] for n in ("LC_ALL", "LC_TIME", "LANG") if env.get(n)), None)
    if env_locale:
        name = env_locale.split(".", 1)[0].split("@", 1)[0]
        if name in LOCALES and name.startswith(lang):
            return name
    if timezone.startswith("America/"):
        return f"{lang}_CA"
    return "fr_FR" if lang == "fr" else "en_US"


# The locales offered: enough for French and English users in Canada, France and beyond.
LOCALES = ("fr_CA", "fr_FR", "fr_BE", "fr_CH", "en_CA", "en_US", "en_GB")


def duration(minutes: int, lang: str) -> str:
    if minutes < 60:
        return say(lang, "minutes", m=minutes)
    return say(lang, "hours", h=minutes // 60, m=minutes % 60)


def suggest(word: str, choices: Iterable[str], lang: str = "en") -> str:
    """' (did you mean X?)' for the closest of `choices`, or ''."""
    import difflib  # ~1.3 ms on the morning path: only a mistake pays for it

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.5)
    return say(lang, "did_you_mean", word=close[0]) if close else ""
