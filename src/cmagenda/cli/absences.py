"""Absence commands: `off FROM TO`, the list, taking one back."""

from __future__ import annotations

from typing import Annotated

import typer

from cmagenda.cli.app import JsonOption, _date, _out, _session, _told, app
from cmagenda.domain.errors import UsageError
from cmagenda.usecases import leave
from cmagenda.views import absences as absenceview


@app.command(help="help.off")
def off(
    words: Annotated[
        list[str] | None,
        typer.Argument(metavar="FROM [TO] | list | rm N|FROM [TO]", help="help.off_args"),
    ] = None,
    reason: Annotated[
        str | None, typer.Option("--reason", metavar="TEXT", help="help.off_reason")
    ] = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    voice = session.voice
    words = words or ["list"]
    verb, rest = words[0], words[1:]
    if verb == "list":
        if rest:
            raise UsageError("off.usage")
        found = leave.listing(session)
        _out(absenceview.listing_json(found) if json else absenceview.listing_plain(found, voice))
        return
    if verb == "rm":
        if len(rest) == 1 and rest[0].isdigit():
            gone = leave.remove(session, int(rest[0]))
        elif 1 <= len(rest) <= 2:
            gone = leave.remove(session, [_date(w, session) for w in rest])
        else:
            raise UsageError("off.usage")
        _told(
            json,
            lambda: absenceview.change_json("off rm", gone, 0),
            lambda: absenceview.said("off.removed", gone, voice),
        )
        return
    if len(words) > 2:
        raise UsageError("off.usage")
    start = _date(words[0], session)
    end = _date(words[1], session, base=start) if len(words) == 2 else start
    added, number, moved = leave.add(session, start, end, reason)
    _told(
        json,
        lambda: absenceview.change_json("off", added, number, moved),
        lambda: (
            absenceview.said("off.added", added, voice, number)
            + absenceview.moved_off(moved, voice)
            + absenceview.posts_kept(leave.posts_within(session, added), voice)
        ),
    )
