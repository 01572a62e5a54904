"""Limits: the one table of how long, how many and how big, shared by the commands (a usage
error, exit 2) and the validation of every file cmagenda reads (the store, an imported backup).

Standard library only and no `re`/`unicodedata`: the store's reader, on the morning path, checks
every task it loads with these functions.
"""

from __future__ import annotations

# Text fields, in characters.
TITLE = 300
POST_TEXT = 5000
REASON = 1000
# A note on a task: a few lines, not a document.
NOTE = 1000
LINK = 2000
# The earliest a calendar reminds before a timed task: a week, in minutes.
ALARM_MINUTES = 10_080
# The content desk: who reviewed a post, its first comment, its media and the idea backlog.
REVIEWER = 80
FIRST_COMMENT = 2200
MEDIA_PATH = 1000
ALT_TEXT = 1500
MEDIA_PER_POST = 20
IDEAS = 5000
NETWORK = 40
# A person's name on a team plan (`me`, `assign`), and a calendar's name in clients.
NAME = 60
METRIC = 40
TEMPLATE_ID = 64
SLOT = 200
FINGERPRINT = 200
# A KPI value as typed (digits, separators, sign).
VALUE_TEXT = 40
# Beyond this a KPI value is a typo (a date pasted in, a stray key held down), not a statistic.
VALUE = 1e15

# Counts. A day holds at most PLAN_PER_DAY planned occurrences (checked in the checklist), so a
# month never plans more than 31 times that; the rest is room for added tasks.
PLAN_PER_DAY = 500
TASKS_PER_MONTH = 20_000
POSTS_PER_MONTH = 10_000
READINGS = 200_000
MONTHS = 1_200  # a hundred years of history

# Files, in bytes, and JSON nesting. The deepest structure cmagenda writes (a backup's task
# title) is 6 levels deep.
BACKUP_BYTES = 64_000_000
STORE_BYTES = 64_000_000
CHECKLIST_BYTES = 1_000_000
CONFIG_BYTES = 1_000_000
JSON_DEPTH = 16
# Integers in JSON: the widest cmagenda writes is a KPI value below 10**15.
INT_DIGITS = 20

# Ids cmagenda derives: the first 12 hex digits of a SHA-256, lowercase (planner.ID_LENGTH).
ID_LENGTH = 12
HEX = "0123456789abcdef"

# Characters that show nothing: zero-width spaces and joiners, bidi marks and embeddings, the
# soft hyphen, the word joiner family and the byte-order mark.
INVISIBLE = frozenset(
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)


def is_id(text: object) -> bool:
    """Whether `text` is an id in the form cmagenda makes (tasks, posts, posting slots)."""
    return isinstance(text, str) and len(text) == ID_LENGTH and not text.strip(HEX)


def is_control(char: str) -> bool:
    code = ord(char)
    return code < 0x20 or 0x7F <= code < 0xA0


def blank(text: str) -> bool:
    """Whether `text` shows nothing: only spaces, control and zero-width characters."""
    return all(c.isspace() or c in INVISIBLE or is_control(c) for c in text)


# Why a link is refused, by fault (the commands say it with the message key "link.FAULT").
LINK_FAULTS = {
    "too_long": f"longer than {LINK} characters",
    "space": "contains a space or a control character",
    "scheme": "must start with http://, https:// or mailto:",
    "empty": "has no address",
}


def link_fault(link: str) -> str | None:
    """Why `link` cannot be a post's link (a key of LINK_FAULTS), or None: http(s):// or
    mailto: only, with no space or control character (it ends up in calendar files, one line
    per property, and in a terminal that may make it clickable)."""
    if len(link) > LINK:
        return "too_long"
    if any(c.isspace() or is_control(c) or c in INVISIBLE for c in link):
        return "space"
    lower = link.lower()
    for scheme in ("http://", "https://", "mailto:"):
        if lower.startswith(scheme):
            return None if len(link) > len(scheme) else "empty"
    return "scheme"


def name_problem(text: str, limit: int) -> str | None:
    """Why a name (a network, a duty's id, a slot) is unusable, or None. Free text (titles,
    reasons, a post's text) may hold line breaks and is neutralised when shown; a name is part
    of file names and calendar lines, so it holds no control character at all."""
    fault = name_fault(text, limit)
    if fault == "length":
        return f"must have 1 to {limit} characters"
    if fault == "invisible":
        return "contains a control or invisible character"
    return None


def name_fault(text: str, limit: int) -> str | None:
    """`name_problem`'s cause as a word ("length", "invisible"), for a message in the user's
    language."""
    if not text or len(text) > limit:
        return "length"
    # isprintable: one C call that also refuses zero-width and bidi characters (this runs on
    # every task the morning path loads).
    if not text.isprintable():
        return "invisible"
    return None
