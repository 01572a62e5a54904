"""Fast: the entry point. Serves `today` and `week` (plain, `--json`, Rich on a terminal) from the
window file with the standard library alone, and hands every other command, and anything it
does not fully understand, to the full CLI (`cli`).

It reads the clock, the environment and the TTY, like `cli`, for the one case it serves; it
never writes. Its output is byte for byte the full path's: both draw with `render` from the same
views (a test compares them over many dates and states).
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

SERVED = ("today", "week")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    utf8_streams()
    try:
        text = serve(args)
    except Exception:
        # A window it cannot read is a cache miss, never an error: the full path will say.
        text = None
    if text is None:
        from .cli import main as full

        return full(args)
    if text:
        sys.stdout.write(text)
    return 0


def utf8_streams() -> None:
    """Cron may hand us a C or Latin-1 locale: say everything in UTF-8 rather than fail on "é"."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


def _parse(args: list[str]) -> dict[str, str | bool] | None:
    """The options of `[--lang L] [--now T] today|week [--on D] [--json]`, or None."""
    found: dict[str, str | bool] = {}
    rest = list(args)
    while rest:
        word = rest.pop(0)
        name, eq, value = word.partition("=")
        if word in SERVED and "command" not in found:
            found["command"] = word
        elif word == "--json" and "command" in found:
            found["json"] = True
        elif name in ("--lang", "--now", "--on") and name[2:] not in found:
            if name == "--on" and "command" not in found:
                return None
            if name != "--on" and "command" in found:
                return None
            if not eq:
                if not rest:
                    return None
                value = rest.pop(0)
            found[name[2:]] = value
        else:
            return None
    return found if "command" in found else None


def serve(args: list[str]) -> str | None:
    """What the full path would print, or None when only the full path can answer.

    On a terminal the Rich agenda is printed here and "" returned."""
    options = _parse(args)
    if options is None:
        return None
    import datetime as dt

    from . import window
    from .paths import window_file

    moment = options.get("now")
    if isinstance(moment, str):
        parsed = dt.datetime.fromisoformat(moment)
        if parsed.tzinfo is None:
            return None
        now = parsed.timestamp()
    else:
        import time

        now = time.time()
    try:
        body = window.load(window_file(os.environ), now)
    except window.Stale:
        return None
    # `load` checked that the clock is within the window's day: that day is today.
    on = options.get("on")
    if isinstance(on, str) and on != body["today"]["date"]:
        return None
    lang = str(options.get("lang", body["language"]))
    if lang not in ("fr", "en"):
        return None
    from . import render

    forms: tuple[Callable[[], str], Callable[[], None], Callable[[], str]]
    if options["command"] == "today":
        day = window.decode_today(body)
        forms = (
            lambda: render.today_json(day, str(body["timezone"]), lang),
            lambda: render.print_day_rich(day, lang),
            lambda: render.day_plain(day, lang),
        )
    else:
        week = window.decode_week(body)
        forms = (
            lambda: render.week_json(week, lang),
            lambda: render.print_week_rich(week, lang),
            lambda: render.week_plain(week, lang),
        )
    to_json, to_rich, to_plain = forms
    if options.get("json"):
        return to_json()
    if sys.stdout.isatty():
        to_rich()
        return ""
    return to_plain()
