"""Absence view: what the `off` commands say, in plain lines and JSON (no Rich: a list of a
few ranges reads the same on a terminal and in a pipe)."""

from __future__ import annotations

from cmagenda.domain.absences import Absence
from cmagenda.domain.text import clean
from cmagenda.i18n.messages import Voice, say
from cmagenda.views.common import JSON_VERSION, dumps

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def span(absence: Absence, voice: Voice) -> str:
    """ "on Monday, December 21" or "from ... to ...", with its length."""
    if absence.start == absence.end:
        return say(voice.lang, "off.one_day", date=voice.long_date(absence.start))
    return say(
        voice.lang,
        "off.span",
        start=voice.long_date(absence.start),
        end=voice.long_date(absence.end),
        n=absence.days,
    )


def _reason(absence: Absence) -> str:
    return f" — {clean(absence.reason)}" if absence.reason else ""


def said(key: str, absence: Absence, voice: Voice, number: int = 0) -> str:
    """A confirmation: "off.added" or "off.removed"."""
    text = say(voice.lang, key, span=span(absence, voice), number=number, reason=_reason(absence))
    return text + "\n"


def listing_plain(found: list[Absence], voice: Voice) -> str:
    if not found:
        return say(voice.lang, "off.none") + "\n"
    return "".join(f"{n:>3}. {span(a, voice)}{_reason(a)}\n" for n, a in enumerate(found, start=1))


def dumped(absence: Absence, number: int) -> dict[str, Any]:
    return {
        "number": number,
        "start": absence.start.isoformat(),
        "end": absence.end.isoformat(),
        "days": absence.days,
        "reason": absence.reason,
    }


def listing_json(found: list[Absence]) -> str:
    return dumps(
        {"version": JSON_VERSION, "absences": [dumped(a, n) for n, a in enumerate(found, 1)]}
    )


def change_json(action: str, absence: Absence, number: int) -> str:
    return dumps({"version": JSON_VERSION, "action": action, "absence": dumped(absence, number)})
