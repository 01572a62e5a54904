"""Date phrases: other ways people write a form of the dates' grammar (`dates`), each rewritten
into that form, so that it means one documented thing: "dans 3j" is "dans 3 j", "J+2" is "+2j",
"3 days from now" is "in 3 days", "lundi de la semaine prochaine" is "lundi prochain",
"the 4th of December" is "4 December", "2026/12/04" is "2026-12-04".

Also the words that give a time of day ("demain matin", "ce soir", "friday 2pm") and those
that need another date ("le lendemain"): a DATE refuses them, saying what to write instead.
Standard library only, read on the command line's path like `dates`.
"""

from __future__ import annotations

import re

# Whole phrases (normalised: lowercase, no accents) and what the grammar calls them.
SAME = {
    "tmrw": "tomorrow", "tmw": "tomorrow", "tomorow": "tomorrow", "tommorow": "tomorrow",
    "tdy": "today", "ajd": "aujourd'hui", "aujourdhui": "aujourd'hui",
    "semaine pro": "semaine prochaine", "mois pro": "mois prochain",
    "in a fortnight": "in 14 days", "a fortnight from now": "in 14 days",
    "fin d'annee": "31 decembre", "fin de l'annee": "31 decembre", "fin de annee": "31 decembre",
    "end of the year": "31 december", "end of year": "31 december",
    "year end": "31 december", "new year's eve": "31 december", "saint-sylvestre": "31 decembre",
    "noel": "25 decembre", "christmas": "25 december", "christmas day": "25 december",
    "jour de l'an": "1er janvier", "new year's day": "1 january",
}  # fmt: skip

_UNIT = r"(?:jours?|j|semaines?|sem|s|mois|m|days?|d|weeks?|w|months?)"
REWRITES = [
    # "3 days from now", "a week from today", "two weeks from tomorrow" is not one of them.
    (re.compile(rf"^(.+) ({_UNIT}) from (?:now|today)$"), r"in \1 \2"),
    # "dans 3j", "in 2w": the number and its unit written together.
    (re.compile(rf"^(dans|in) (\d+)({_UNIT})$"), r"\1 \2 \3"),
    # "J+2", "j-1", "J + 3": a day counted from today, as planners write it.
    (re.compile(r"^j ?([+-]) ?(\d+)$"), r"\1\2j"),
    # "2026/12/04": the year first settles the order.
    (re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"), r"\1-\2-\3"),
    # "20261204": ISO's basic form, as file names write it.
    (re.compile(r"^(\d{4})(\d{2})(\d{2})$"), r"\1-\2-\3"),
    # "4-12-2026": dashes between a day, a month and a year, read as slashes are.
    (re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{2}|\d{4})$"), r"\1/\2/\3"),
    # "the 4th of December", "4th of dec 2026".
    (re.compile(r"^(\d{1,2}(?:st|nd|rd|th)?) of ([a-z]+\.?(?: \d{4})?)$"), r"\1 \2"),
    # "mi-décembre", "mid-December": the month's middle; "end of December", "start of May".
    (re.compile(r"^(mi|mid)-([a-z]+\.?(?: \d{4})?)$"), r"\1 \2"),
    (re.compile(r"^(?:the )?end of ([a-z]+\.?(?: \d{4})?)$"), r"fin \1"),
    (re.compile(r"^(?:the )?(?:start|beginning) of ([a-z]+\.?(?: \d{4})?)$"), r"debut \1"),
    # "lundi de la semaine prochaine", "monday next week", "lundi semaine prochaine".
    (
        re.compile(r"^([a-z]+)\.? (?:de la semaine prochaine|semaine prochaine|next week)$"),
        r"\1 prochain",
    ),
]

# Words that give a time of day rather than a date.
TIME_WORDS = {
    "matin", "midi", "soir", "soiree", "apres-midi", "aprem", "nuit", "cet",
    "morning", "afternoon", "evening", "tonight", "noon", "night", "am", "pm",
}  # fmt: skip
CLOCK = re.compile(r"^(?:\d{1,2}(?:h\d{0,2}|:\d{2}|am|pm)|a\.?m\.?|p\.?m\.?)$")
# Words that lead to a time ("demain à 14h"), left out with it.
TO_TIME = {"a", "à", "at", "vers", "around", "le", "la", "du", "in", "the"}
# Words that name a day from another one, which a DATE does not have.
RELATIVE = {"lendemain", "surlendemain", "veille", "avant-veille", "la veille", "le lendemain",
            "the day after", "the next day", "the day before", "the eve"}  # fmt: skip


def rewrite(text: str) -> str:
    """`text` (normalised) as the grammar's own form, when it is another way to write one."""
    if text in SAME:
        return SAME[text]
    for pattern, form in REWRITES:
        found = pattern.match(text)
        if found:
            return found.expand(form)
    return text


def without_time(value: str) -> str | None:
    """The date in `value` once its time-of-day words are taken out ("demain matin": "demain"),
    or None when it has none; "" when nothing but the time is left ("ce soir")."""
    words = value.split()
    kept = [w for w in words if _fold(w) not in TIME_WORDS and not CLOCK.match(_fold(w))]
    if len(kept) == len(words):
        return None
    while kept and _fold(kept[-1]) in TO_TIME:
        kept.pop()
    if [_fold(w) for w in kept] in (["ce"], ["this"], []):
        return ""
    return " ".join(kept)


def needs_another_date(text: str) -> bool:
    return text in RELATIVE


def _fold(word: str) -> str:
    return word.lower().strip(",.").replace("è", "e").replace("é", "e")
