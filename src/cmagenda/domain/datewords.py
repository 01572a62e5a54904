"""Dates' words (domain, pure data): the weekdays, months, units and phrases the dates grammar
(`dates`) reads, in French and English, written without accents as `dates.normalise` leaves them.
"""

WEEKDAYS = {
    "lundi": 0, "lun": 0, "monday": 0, "mon": 0,
    "mardi": 1, "mar": 1, "tuesday": 1, "tue": 1, "tues": 1,
    "mercredi": 2, "mer": 2, "wednesday": 2, "wed": 2,
    "jeudi": 3, "jeu": 3, "thursday": 3, "thu": 3, "thurs": 3,
    "vendredi": 4, "ven": 4, "friday": 4, "fri": 4,
    "samedi": 5, "sam": 5, "saturday": 5, "sat": 5,
    "dimanche": 6, "dim": 6, "sunday": 6, "sun": 6,
}  # fmt: skip

MONTHS = {
    "janvier": 1, "janv": 1, "january": 1, "jan": 1,
    "fevrier": 2, "fevr": 2, "fev": 2, "february": 2, "feb": 2,
    "mars": 3, "march": 3, "mar": 3,
    "avril": 4, "avr": 4, "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juin": 6, "june": 6, "jun": 6,
    "juillet": 7, "juil": 7, "july": 7, "jul": 7,
    "aout": 8, "august": 8, "aug": 8,
    "septembre": 9, "sept": 9, "september": 9, "sep": 9,
    "octobre": 10, "october": 10, "oct": 10,
    "novembre": 11, "november": 11, "nov": 11,
    "decembre": 12, "december": 12, "dec": 12,
}  # fmt: skip

# The names said back in messages (the catalogue's languages, not a locale's).
MONTH_NAMES = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip
WEEKDAY_NAMES = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}

# Offsets in days from today.
WORDS = {
    "aujourd'hui": 0, "auj": 0, "today": 0,
    "demain": 1, "tomorrow": 1, "tmr": 1,
    "apres-demain": 2, "apres demain": 2, "day after tomorrow": 2,
    "hier": -1, "yesterday": -1,
    "avant-hier": -2, "avant hier": -2, "day before yesterday": -2,
}  # fmt: skip

UNITS = {
    "j": "d", "jour": "d", "jours": "d", "d": "d", "day": "d", "days": "d",
    "s": "w", "sem": "w", "semaine": "w", "semaines": "w", "w": "w", "week": "w", "weeks": "w",
    "m": "m", "mois": "m", "month": "m", "months": "m",
}  # fmt: skip

NEXT = ("prochain", "prochaine", "pro", "next")
LAST = ("dernier", "derniere", "passe", "passee", "last")
NEAR = {*NEXT, *LAST}

# Week and month phrases: (which: -1 last, 0 this, 1 next; span). Their day is the first.
PERIODS = {
    "semaine derniere": (-1, "week"), "semaine passee": (-1, "week"), "last week": (-1, "week"),
    "cette semaine": (0, "week"), "this week": (0, "week"),
    "semaine prochaine": (1, "week"), "next week": (1, "week"),
    "mois dernier": (-1, "month"), "mois passe": (-1, "month"), "last month": (-1, "month"),
    "ce mois-ci": (0, "month"), "ce mois ci": (0, "month"), "ce mois": (0, "month"),
    "this month": (0, "month"),
    "mois prochain": (1, "month"), "next month": (1, "month"),
}  # fmt: skip

# Days at an edge of a week or month, as (which, edge: start or end, span).
PHRASES = {
    "fin du mois": (0, "end", "month"), "fin de mois": (0, "end", "month"),
    "end of month": (0, "end", "month"), "end of the month": (0, "end", "month"),
    "debut du mois": (0, "start", "month"), "start of the month": (0, "start", "month"),
    "start of month": (0, "start", "month"), "beginning of the month": (0, "start", "month"),
    "fin de la semaine": (0, "end", "week"), "fin de semaine": (0, "end", "week"),
    "end of week": (0, "end", "week"), "end of the week": (0, "end", "week"),
    "debut de la semaine": (0, "start", "week"), "start of the week": (0, "start", "week"),
    "start of week": (0, "start", "week"), "beginning of the week": (0, "start", "week"),
    "debut de la semaine prochaine": (1, "start", "week"),
    "start of next week": (1, "start", "week"),
    "beginning of next week": (1, "start", "week"),
    "fin de la semaine prochaine": (1, "end", "week"),
    "end of next week": (1, "end", "week"),
    "debut du mois prochain": (1, "start", "month"),
    "start of next month": (1, "start", "month"),
    "beginning of next month": (1, "start", "month"),
    "fin du mois prochain": (1, "end", "month"),
    "end of next month": (1, "end", "month"),
    "debut de la semaine derniere": (-1, "start", "week"),
    "start of last week": (-1, "start", "week"),
    "fin de la semaine derniere": (-1, "end", "week"),
    "end of last week": (-1, "end", "week"),
    "debut du mois dernier": (-1, "start", "month"),
    "start of last month": (-1, "start", "month"),
    "fin du mois dernier": (-1, "end", "month"),
    "end of last month": (-1, "end", "month"),
}  # fmt: skip

THIS = ("ce", "this")
WEEKEND = {"week-end", "weekend", "ce week-end", "ce weekend", "this weekend", "the weekend"}
# "début décembre", "mi-décembre", "fin décembre": which day of the month they name.
MONTH_PARTS = {"debut": 1, "early": 1, "mi": 15, "mid": 15, "fin": -1, "late": -1}

# Words that lead a date and change nothing: "d'ici vendredi" is Friday, "le 1er décembre".
LEADS = {"d'ici", "by", "on", "le", "la", "the"}
