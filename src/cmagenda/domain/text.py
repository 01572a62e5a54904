"""Render: views -> text. JSON (the versioned contract), plain lines (pipes, cron, mail) and a
Rich agenda for terminals. The only module that imports rich, and only inside the Rich functions.

User text (titles, reasons) is data: it is stripped of control characters here and handed to
Rich as `Text`, never as markup."""

from __future__ import annotations

from cmagenda.domain.model import Status
from cmagenda.domain.networks import LABELS as NETWORK_LABELS

# Bidi embeddings, overrides, isolates and marks (they reorder what follows: a title can pass
# for another) and zero-width characters (they hide inside ids and words).
INVISIBLES = [
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
    0x200E,
    0x200F,
    0x061C,
    *range(0x200B, 0x200E),
    0x2060,
    0xFEFF,
]


# C0 controls (TAB becomes a space), DEL, C1 controls and the invisibles: ESC sequences and the
# like must never reach a terminal. They are dropped, not replaced: what is left is the text as
# typed, minus what the terminal would have obeyed.
CONTROLS = {c: None for c in [*range(0x00, 0x20), *range(0x7F, 0xA0), *INVISIBLES]} | {0x09: " "}


# Where a text keeps its lines (confirmations, notes in a calendar).
CONTROLS_BUT_LF = CONTROLS | {0x0A: "\n"}


# In JSON the same characters are escaped rather than dropped (C0 ones json escapes itself): the
# data stays exact for programs, and a JSON document shown on a terminal stays inert.
JSON_ESCAPES = {c: f"\\u{c:04x}" for c in [*range(0x7F, 0xA0), *INVISIBLES]}


MARKS = {
    Status.TODO: "[ ]",
    Status.DONE: "[x]",
    Status.SKIPPED: "[-]",
    Status.MISSED: "[!]",
    Status.OFF: "[~]",
}


RICH_MARKS = {
    Status.TODO: "☐",
    Status.DONE: "✔",
    Status.SKIPPED: "–",
    Status.MISSED: "✗",
    Status.OFF: "~",
}


def clean(text: str, lines: bool = False) -> str:
    """`text` without what a terminal or a reader would obey rather than show (see CONTROLS);
    with `lines`, its line breaks kept. The one neutraliser of every output."""
    return text.translate(CONTROLS_BUT_LF if lines else CONTROLS)


def network_label(name: str) -> str:
    return NETWORK_LABELS.get(name, clean(name))
