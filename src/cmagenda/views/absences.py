"""Absence view: what the `off` commands say, in plain lines and JSON (no Rich: a list of a
few ranges reads the same on a terminal and in a pipe)."""

from __future__ import annotations

from cmagenda.domain.absences import Absence
from cmagenda.domain.text import clean, network_label
from cmagenda.i18n.messages import Voice, say
from cmagenda.views.common import JSON_VERSION, dumps

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    from cmagenda.domain.model import Post, Task


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


def posts_kept(found: list[Post], voice: Voice) -> str:
    """After `off`: each post planned during the absence, which stays where it is."""
    return "".join(
        say(
            voice.lang,
            "off.post_kept",
            id=p.id[:7],
            date=voice.short_date(p.date),
            network=network_label(p.network),
        )
        + "\n"
        for p in found
    )


def moved_off(moved: list[Task], voice: Voice) -> str:
    """After `off`: each duty already planned on the absence that moved off it."""
    return "".join(
        say(
            voice.lang,
            "off.moved",
            date=voice.long_date(t.date),
            title=clean(t.title.pick(voice.lang)),
        )
        + "\n"
        for t in moved
    )


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


def change_json(action: str, absence: Absence, number: int, moved: Sequence[Task] = ()) -> str:
    body: dict[str, Any] = {"version": JSON_VERSION, "action": action}
    body["absence"] = dumped(absence, number)
    if moved:
        # The duties moved off the absence: where each now is.
        body["moved"] = [{"id": t.id, "date": t.date.isoformat(), "time": t.time} for t in moved]
    return dumps(body)
