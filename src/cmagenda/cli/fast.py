"""Fast: the entry point. Serves `today` and `week` (plain, `--json`, Rich on a terminal) from the
window file with the standard library alone, and `done`, `skip` and `move` on the tasks of the
window's horizon (the months it was drawn from read again under the lock, the change saved, only
the weeks it touched drawn again); hands every other command, and anything it does not fully
understand, to the full CLI (`cli`).

It reads the clock, the environment and the TTY, like `cli`, for the cases it serves. Its output
is byte for byte the full path's: both draw with the same `views`, and `done`, `skip` and `move`
run the same store code under the same lock (tests compare the two over many dates and states)."""

from __future__ import annotations

import gc
import os
import sys

from cmagenda.cli.streams import lock_timeout, pipe_closed, utf8_args, utf8_streams

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable
    from typing import Any

    from cmagenda.i18n.messages import Voice
    from cmagenda.storage.window import Horizon


SERVED = ("today", "week", "done", "skip", "move")


def main(argv: list[str] | None = None) -> int:
    # A command served here lives for milliseconds and makes no garbage cycles worth
    # collecting: the collector's passes over the months' objects cost more than they free.
    # The full path gets it back.
    gc.disable()
    if os.environ.get("_CMAGENDA_COMPLETE"):
        # A Tab in the shell: answered from a table and the window, without building the app.
        from cmagenda.cli.completion import answer as complete

        said = complete(os.environ)
        if said is not None:
            utf8_streams()
            sys.stdout.write(said[0])
            sys.stdout.flush()
            return said[1]
    args = utf8_args(sys.argv[1:], sys.getfilesystemencoding()) if argv is None else argv
    args = with_default_command(args)
    utf8_streams()
    try:
        text = serve(args)
        if text:
            sys.stdout.write(text)
        sys.stdout.flush()
    except Answered as answer:
        return answer.exit_code
    except BrokenPipeError:
        return pipe_closed()
    except Exception:
        # A window it cannot read is a cache miss, never an error: the full path will say.
        text = None
    if text is None:
        gc.enable()
        from cmagenda.cli.main import main as full

        return full(args)
    if argv is None:
        # The process (not a caller in the same one): what it had to write is written, synced
        # where it must be, and flushed. Freeing every object one by one on the way out would
        # cost a tenth of the command.
        sys.stderr.flush()
        os._exit(0)
    return 0


# Global options and whether each takes a value: what may come before the command.
GLOBAL_OPTIONS = {"--lang": True, "--now": True, "--quiet": False, "-q": False}


def with_default_command(args: list[str]) -> list[str]:
    """`args`, with `today` when they name no command: `cmagenda` alone shows the day."""
    rest = list(args)
    while rest:
        name = rest.pop(0).partition("=")
        takes_value = GLOBAL_OPTIONS.get(name[0])
        if takes_value is None:
            return args  # a command, a help or version flag, or a mistake for the CLI to say
        if takes_value and not name[1]:
            if not rest:
                return args
            rest.pop(0)
    return [*args, "today"]


class Answered(Exception):
    """The fast path has said an error on stderr: exit with this code."""

    def __init__(self, exit_code: int) -> None:
        super().__init__(exit_code)
        self.exit_code = exit_code


# What each served command takes after its name: flags, and options with a value.
FLAGS = {
    "today": ("--json", "--plain", "--no-color"),
    "week": ("--json", "--plain", "--no-color", "--full"),
    "done": ("--json",),
    "skip": ("--json",),
    "move": ("--json",),
}


VALUED = {
    "today": ("--on", "--color"),
    "week": ("--on", "--color"),
    "done": (),
    "skip": ("--reason",),
    "move": ("--to", "--at"),
}


CHANGES = ("done", "skip", "move")


def _parse(args: list[str]) -> dict[str, str | bool | list[str]] | None:
    """The options of `[--lang L] [--now T] [--quiet] COMMAND ...` for the served commands
    (today and week with their view options; done, skip and move with what they change), or
    None when the words hold anything else."""
    found: dict[str, str | bool | list[str]] = {}
    ids: list[str] = []
    rest = list(args)
    while rest:
        word = rest.pop(0)
        name, eq, value = word.partition("=")
        command = found.get("command")
        if command is None:
            if word in SERVED:
                found["command"] = word
                continue
            if word in ("--quiet", "-q"):
                found["quiet"] = True
                continue
            allowed: tuple[str, ...] = ("--lang", "--now")
        else:
            assert isinstance(command, str)
            if word in FLAGS[command]:
                found[word[2:]] = True
                continue
            if command in CHANGES and word and not word.startswith("-"):
                ids.append(word)
                continue
            allowed = VALUED[command]
        if name not in allowed or name[2:] in found:
            return None
        if not eq:
            if not rest:
                return None
            value = rest.pop(0)
        found[name[2:]] = value
    command = found.get("command")
    if command in CHANGES:
        if not ids or (command == "move" and (len(ids) != 1 or "to" not in found)):
            return None
        found["ids"] = ids
    return found if command is not None else None


def serve(args: list[str]) -> str | None:
    """What the full path would print, or None when only the full path can answer.

    On a terminal the Rich agenda is printed here and "" returned."""
    options = _parse(args)
    if options is None:
        return None
    import datetime as dt

    from cmagenda.storage import window
    from cmagenda.storage.paths import window_file

    moment = options.get("now")
    if isinstance(moment, str):
        parsed = dt.datetime.fromisoformat(moment)
        if parsed.tzinfo is None:
            return None
        now = parsed.timestamp()
    else:
        import time

        now = time.time()
    path = window_file(os.environ)
    try:
        body = window.load(path, now)
    except window.Stale:
        return None
    # `load` checked that the clock is within the window's day: that day is today.
    lang = str(options.get("lang", body["language"]))
    if lang not in ("fr", "en"):
        return None
    from cmagenda.i18n.messages import locale_for

    voices = window.voices(body)
    chosen = body.get("locale")
    zone = str(body["timezone"])
    if set(voices) != {"fr", "en"} or any(
        v.locale
        != locale_for(v.lang, chosen if isinstance(chosen, str) else None, zone, os.environ)
        for v in voices.values()
    ):
        # Written under another locale setting (LANG differs from the last full run's).
        return None
    ids = options.get("ids")
    if isinstance(ids, list):
        as_json = bool(options.get("json"))
        try:
            # The horizon's weeks, copied into the window rewritten after the change unless
            # the change touches them.
            horizon = window.Horizon.read(path, body)
        except window.Stale:
            return None
        said = _change(body, horizon, voices, options, ids, now, lang)
        return "" if said is not None and options.get("quiet") and not as_json else said
    return _show(body, voices, options, path, now, lang)


def _show(
    body: dict[str, Any],
    voices: dict[str, Voice],
    options: dict[str, Any],
    path: str,
    now: float,
    lang: str,
) -> str | None:
    """`today` or `week` from the window, as `serve` says."""
    from cmagenda.storage import window
    from cmagenda.views import common
    from cmagenda.views import day as views_day
    from cmagenda.views import week as views_week
    from cmagenda.views.weekview import print_week_overview

    color = options.get("color")
    if color is not None and color not in ("auto", "always", "never"):
        return None  # the full path says why
    voice = voices[lang]
    on = options.get("on")
    shown = None
    if isinstance(on, str):
        shown = _shown_day(on, body, voice.locale)
        if shown is None:
            return None
        if not str(body["week"]["start"]) <= shown.isoformat() <= str(body["week"]["end"]):
            try:
                body = window.with_week(path, body, shown)
            except window.Stale:
                return None

    forms: tuple[Callable[[], str], Callable[[bool, bool], None], Callable[[], str]]
    if options["command"] == "today":
        day = window.decode_today(body, shown)
        if day is None:
            return None  # outside the horizon: the full path plans it
        forms = (
            lambda: views_day.today_json(day, str(body["timezone"]), lang),
            lambda force, bare: views_day.print_day_rich(
                day, voice, force, bare, _clock(now, body)
            ),
            lambda: views_day.day_plain(day, voice),
        )
    else:
        week = window.decode_week(body, shown)
        if week is None:
            return None
        rich_week = views_week.print_week_rich if options.get("full") else print_week_overview
        forms = (
            lambda: views_week.week_json(week, lang),
            lambda force, bare: rich_week(week, voice, force, bare),
            lambda: views_week.week_plain(week, voice),
        )
    to_json, to_rich, to_plain = forms
    form, force, bare = common.pick_form(
        as_json=bool(options.get("json")),
        plain=bool(options.get("plain")),
        color=color if isinstance(color, str) else None,
        no_color=bool(options.get("no-color")),
        env_no_color=os.environ.get("NO_COLOR", ""),
        tty=sys.stdout.isatty(),
    )
    if form == "json":
        return to_json()
    if form == "rich":
        to_rich(force, bare)
        return ""
    return to_plain()


def _shown_day(value: str, body: dict[str, Any], locale: str) -> dt.date | None:
    """The day `--on` names, read as the full path reads it, or None for a phrase it cannot
    read (the full path says why)."""
    import datetime as dt

    from cmagenda.domain.dates import parse_date
    from cmagenda.domain.errors import CmagendaError

    today = dt.date.fromisoformat(str(body["today"]["date"]))
    try:
        return parse_date(value, today, str(body["week_start"]), locale)
    except (CmagendaError, OverflowError, ValueError):
        return None


def _clock(now: float, body: dict[str, Any]) -> str:
    """HH:MM in the profile's zone at `now` (a UTC timestamp, within the window's day), for the
    Rich agenda's marker."""
    return _moment(now, body).strftime("%H:%M")


def _moment(now: float, body: dict[str, Any]) -> dt.datetime:
    """`now` (a UTC timestamp within the window's day) as an aware time in the profile's zone."""
    import datetime as dt

    start, end = body["day_utc"]
    if end - start == 86400:
        # A day of 24 hours has one UTC offset from midnight to midnight: the one its midnight
        # says, without loading the zone's data. Every time the change takes from it (the
        # stamps, the day's bounds) is within that day.
        day = dt.date.fromisoformat(str(body["today"]["date"]))
        midnight = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
        offset = dt.timedelta(seconds=midnight.timestamp() - start)
        return dt.datetime.fromtimestamp(now, dt.timezone(offset))
    from zoneinfo import ZoneInfo  # only on a day the clocks change

    return dt.datetime.fromtimestamp(now, ZoneInfo(str(body["timezone"])))


def _change(
    body: dict[str, Any],
    horizon: Horizon,
    voices: dict[str, Voice],
    options: dict[str, Any],
    ids: list[str],
    now: float,
    lang: str,
) -> str | None:
    """`done`, `skip` or `move` on tasks of the window's horizon, said as the full path says
    it; None when only the full path can do it."""
    from cmagenda.domain.errors import EXIT_INTERRUPTED, CmagendaError
    from cmagenda.i18n.messages import say
    from cmagenda.storage import window
    from cmagenda.storage.paths import resolve_paths
    from cmagenda.usecases import session, window_changes
    from cmagenda.usecases import tasks as usecases_tasks
    from cmagenda.views import changes
    from cmagenda.views.common import done_said, report, say_waiting, task_said

    command = options["command"]
    as_json = bool(options.get("json"))
    voice = voices[lang]
    moment = _moment(now, body)
    ctx = session.Context(
        paths=resolve_paths(os.environ),
        now=moment,
        lang=lang,
        voices=voices,
        on_wait=lambda: say_waiting(lang),
        lock_timeout=lock_timeout(os.environ),
    )
    try:
        if command == "done":
            result = window_changes.mark_done_in_window(ctx, body, horizon, ids)
            if result is None:
                return None
            ticked, changed = result
            if as_json:
                return changes.items_json("done", changed, [t.id for t, _ in ticked], lang)
            return done_said(ticked, lang, changed)
        if command == "skip":
            action = usecases_tasks.skipping(
                usecases_tasks.skip_reason(options.get("reason")), moment
            )
            to = None
        else:
            to = _shown_day(str(options["to"]), body, voice.locale)
            if (
                to is None
                or to.isoformat() not in voice.labels["long"]
                or to.isoformat() < str(body["today"]["date"])
            ):
                return None  # outside the horizon or past: the full path words it
            try:
                shown = window.decode_today({**body, "weeks": horizon.weeks(to)}, to)
            except window.Stale:
                return None
            if shown is None or shown.resting or not shown.capacity or shown.holiday:
                return None  # maybe a day off: the full path knows and says it
            from cmagenda.domain.times import parse_time  # only `move` reads a time

            action = usecases_tasks.moving(to, parse_time(options.get("at")), moment)
        found = window_changes.change_in_window(ctx, body, horizon, ids, command, action, to)
    except CmagendaError as err:
        # Raised once the lock is sought: said here as the full path says it, not tried twice.
        report(lang, say(lang, err.key, **err.params), err.details)
        raise Answered(err.exit_code) from None
    except KeyboardInterrupt:
        # Ctrl-C while waiting for the lock (or mid-change, which the journal settles): said
        # and ended with 130 as the full path does, never a traceback.
        report(lang, say(lang, "interrupted"), error=False)
        raise Answered(EXIT_INTERRUPTED) from None
    if found is None:
        return None
    tasks, _before, changed = found
    if as_json:
        return changes.items_json(command, changed, [t.id for t in tasks], lang)
    if command == "skip":
        return "".join(task_said(lang, "skip.ok", task) for task in tasks)
    assert to is not None
    return task_said(lang, "move.ok", tasks[0], date=voice.long_date(to))
