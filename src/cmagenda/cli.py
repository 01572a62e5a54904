"""CLI: the Typer app. The only module that reads the clock, the environment and the TTY; it
passes them down, and is the one boundary where errors become `cmagenda: error: ...` and an
exit code.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from . import (
    __version__,
    absenceview,
    agenda,
    assignment,
    backlog,
    changes,
    completion,
    desk,
    deskviews,
    editorial,
    evergreen,
    ideaview,
    leave,
    orphans,
    outfile,
    postimport,
    postlimits,
    render,
    review,
    taskedit,
    weekview,
)
from .config import FIRST_YEAR, LAST_YEAR, read_language
from .dates import parse_date, parse_moment, parse_time
from .errors import EXIT_INTERRUPTED, CmagendaError, StoreIOError, UsageError
from .fast import lock_timeout, pipe_closed, utf8_streams
from .messages import env_language, say
from .model import Post

Day = TypeVar("Day", dt.date, dt.datetime)

app = typer.Typer(
    name="cmagenda",
    help="help.app",
    add_completion=False,
    pretty_exceptions_enable=False,
)
templates_app = typer.Typer(help="help.templates")
app.add_typer(templates_app, name="templates")

OnOption = Annotated[str | None, typer.Option("--on", metavar="DATE", help="help.on")]


def _note_json(value: bool) -> bool:
    State.json = State.json or value
    return value


JsonOption = Annotated[bool, typer.Option("--json", help="help.json", callback=_note_json)]
MineOption = Annotated[bool, typer.Option("--mine", help="help.mine")]
DateOption = Annotated[str | None, typer.Option("--on", metavar="DATE", help="help.add_on")]
AtOption = Annotated[str | None, typer.Option("--at", metavar="HH:MM", help="help.add_at")]
ToOption = Annotated[str, typer.Option("--to", metavar="DATE", help="help.to")]
NewAtOption = Annotated[str | None, typer.Option("--at", metavar="HH:MM", help="help.move_at")]
LinkOption = Annotated[str | None, typer.Option("--link", metavar="URL", help="help.post_link")]
FirstCommentOption = Annotated[
    str | None, typer.Option("--first-comment", metavar="TEXT", help="help.post_first_comment")
]
MediaOption = Annotated[
    list[str] | None, typer.Option("--media", metavar="PATH", help="help.post_media")
]
AltOption = Annotated[list[str] | None, typer.Option("--alt", metavar="TEXT", help="help.post_alt")]
SnippetOption = Annotated[
    list[str] | None, typer.Option("--snippet", metavar="NAME", help="help.post_snippet")
]
ByOption = Annotated[str | None, typer.Option("--by", metavar="NAME", help="help.post_by")]


class State:
    lang_override: str | None = None
    lang: str = "en"
    now_override: dt.datetime | None = None
    quiet: bool = False
    # A --json run keeps its streams for programs: the first-use notice waits for another run.
    json: bool = False


def _env_lang() -> str:
    return env_language(os.environ)


def _system_zone() -> str:
    """The machine's IANA zone from /etc (never the process's TZ, which cron may garble)."""
    try:
        target = os.readlink("/etc/localtime")
        if "zoneinfo/" in target:
            return target.split("zoneinfo/", 1)[1]
    except OSError:
        pass
    try:
        name = Path("/etc/timezone").read_text(encoding="utf-8").strip()
        if name:
            return name
    except OSError:
        pass
    return "UTC"


def _session(broken_config_ok: bool = False) -> agenda.Session:
    from .paths import resolve_paths

    paths = resolve_paths(os.environ)
    # Until the profile loads, errors speak as a broken config's lines do.
    State.lang = State.lang_override or read_language(paths.config_file) or _env_lang()
    session = agenda.open_session(
        paths,
        now_utc=State.now_override or dt.datetime.now(dt.UTC),
        lang=State.lang_override,
        env_lang=State.lang_override or _env_lang(),
        system_zone=_system_zone(),
        env=os.environ,
        on_wait=lambda: render.say_waiting(State.lang),
        lock_timeout=lock_timeout(os.environ),
        on_assumed=_tell_assumed,
        broken_config_ok=broken_config_ok,
    )
    State.lang = session.lang
    if session.config_error is None:
        _warn_orphans(session, session.profile.networks)
    return session


def _tell_assumed(profile: Any) -> None:
    """Say once, on stderr, what the first use assumed and the `init` that changes it."""
    if State.json or State.quiet:
        return
    said = say(
        State.lang,
        "assumed.said",
        zone=profile.timezone,
        language=profile.language,
        start=profile.start.isoformat(),
        networks=", ".join(profile.networks),
    )
    report(said, [agenda.assumed_command(profile)], error=False)


def _warn_orphans(session: agenda.Session, networks: list[str]) -> None:
    """On stderr, once a command: the posts ahead on a network the profile no longer follows."""
    try:
        found = orphans.ahead(session.store(), networks, session.real_today)
    except CmagendaError:
        return  # an unreadable store is the command's to report
    if found:
        voice = session.voice
        lines = [
            say(
                session.lang,
                "orphans.line",
                id=p.id[:7],
                date=voice.short_date(p.date),
                network=render.network_label(p.network),
            )
            for p in found
        ]
        report(say(session.lang, "orphans.warning"), lines, error=False)


def _date(value: str | None, session: agenda.Session, base: dt.date | None = None) -> dt.date:
    """A DATE option, relative to `base` (default: the profile zone's today)."""
    today = base if base is not None else session.real_today
    try:
        day = parse_date(value, today, session.profile.week_start, session.voice.locale)
    except OverflowError:
        # "in 999999 days": past any calendar.
        raise UsageError("date.range", value=value, low=FIRST_YEAR, high=LAST_YEAR) from None
    return _supported(day, value or day.isoformat())


def _supported(day: Day, value: str) -> Day:
    """`day`, when inside the years cmagenda plans: a week or a month around it must still fit
    in Python's calendar (years 1 to 9999)."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise UsageError("date.range", value=value, low=FIRST_YEAR, high=LAST_YEAR)
    return day


def _tty() -> bool:
    return sys.stdout.isatty()


def _out(text: str) -> None:
    sys.stdout.write(text)


def _said(text: str) -> None:
    """A confirmation: not printed under --quiet. It echoes what the user typed (paths, ids,
    titles): cleaned like any user text."""
    if not State.quiet:
        _out(render.clean(text, lines=True))


def _told(as_json: bool, to_json: Callable[[], str], said: Callable[[], str]) -> None:
    """What a change did: its JSON when asked (even under --quiet: a script asked for it), else
    the confirmation."""
    if as_json:
        _out(to_json())
    else:
        _said(said())


class Display:
    """How a view is printed: --plain, --no-color, --color (and NO_COLOR, read in `_show`)."""

    def __init__(self, plain: bool = False, no_color: bool = False, color: str | None = None):
        if color is not None and color not in ("auto", "always", "never"):
            raise UsageError("color.bad", value=color)
        self.plain = plain
        self.color = color
        self.no_color = no_color


def _show(
    as_json: bool,
    to_json: Callable[[], str],
    to_rich: Callable[[bool, bool], None],
    to_plain: Callable[[], str],
    display: Display | None = None,
) -> None:
    """JSON when asked, Rich on a terminal, plain lines otherwise (pipes, cron, mail)."""
    display = display or Display()
    form, force, bare = render.pick_form(
        as_json=as_json,
        plain=display.plain,
        color=display.color,
        no_color=display.no_color,
        env_no_color=os.environ.get("NO_COLOR", ""),
        tty=_tty(),
    )
    if form == "json":
        _out(to_json())
    elif form == "rich":
        to_rich(force, bare)
    else:
        _out(to_plain())


def _version(value: bool) -> None:
    if value:
        _out(f"cmagenda {__version__}\n")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="help.version")
    ] = False,
    lang: Annotated[str | None, typer.Option("--lang", metavar="fr|en", help="help.lang")] = None,
    now: Annotated[
        str | None,
        typer.Option(
            "--now",
            metavar="DATETIME",
            help="help.now",
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="help.quiet")] = False,
) -> None:
    State.quiet = quiet
    if lang is not None and lang not in ("fr", "en"):
        raise UsageError("lang.bad", value=lang)
    State.lang_override = lang
    if lang is not None:
        State.lang = lang
    if now is not None:
        try:
            State.now_override = _supported(parse_moment(now), now)
        except UsageError:
            # Said in the profile's language, which the session has not read yet.
            State.lang = _words_lang([] if lang is None else ["--lang", lang])
            raise


PlainOption = Annotated[bool, typer.Option("--plain", help="help.plain")]
NoColorOption = Annotated[bool, typer.Option("--no-color", help="help.no_color")]
ColorOption = Annotated[
    str | None, typer.Option("--color", metavar="auto|always|never", help="help.color")
]


@app.command(help="help.today")
def today(
    on: OnOption = None,
    mine: MineOption = False,
    json: JsonOption = False,
    plain: PlainOption = False,
    no_color: NoColorOption = False,
    color: ColorOption = None,
) -> None:
    session = _session()
    display = Display(plain, no_color, color)
    view = agenda.today(session, _date(on, session))
    if mine:
        view = assignment.only_mine(view, session.profile.me)
    lang = session.lang
    clock = session.now.strftime("%H:%M")
    _show(
        json,
        lambda: render.today_json(view, session.profile.timezone, lang),
        lambda force, bare: render.print_day_rich(
            view, session.voice, force, bare, clock if view.date == session.real_today else None
        ),
        lambda: render.day_plain(view, session.voice),
        display,
    )


@app.command(help="help.week")
def week(
    on: OnOption = None,
    mine: MineOption = False,
    json: JsonOption = False,
    plain: PlainOption = False,
    no_color: NoColorOption = False,
    color: ColorOption = None,
    full: Annotated[bool, typer.Option("--full", help="help.week_full")] = False,
) -> None:
    session = _session()
    display = Display(plain, no_color, color)
    view = agenda.week(session, _date(on, session))
    if mine:
        view = assignment.week_mine(view, session.profile.me)
    lang = session.lang
    rich_week = render.print_week_rich if full else weekview.print_week_overview
    _show(
        json,
        lambda: render.week_json(view, lang),
        lambda force, bare: rich_week(view, session.voice, force, bare),
        lambda: render.week_plain(view, session.voice),
        display,
    )


PageOutput = Annotated[
    Path | None, typer.Option("--output", "-o", metavar="FILE", help="help.page_output")
]


@app.command("report", help="help.report")
def report_(
    week_: Annotated[bool, typer.Option("--week", help="help.report_week")] = False,
    month: Annotated[bool, typer.Option("--month", help="help.report_month")] = False,
    on: Annotated[str | None, typer.Option("--on", metavar="DATE", help="help.report_on")] = None,
    json: JsonOption = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="help.markdown")] = False,
    plain: PlainOption = False,
    no_color: NoColorOption = False,
    color: ColorOption = None,
    html: Annotated[bool, typer.Option("--html", help="help.report_html")] = False,
    pdf: Annotated[bool, typer.Option("--pdf", help="help.report_pdf")] = False,
    output: PageOutput = None,
    summary: Annotated[
        Path | None, typer.Option("--summary", metavar="FILE.md", help="help.report_summary")
    ] = None,
) -> None:
    session = _session()
    display = Display(plain, no_color, color)
    kind = "month" if month and not week_ else "week"
    if html and pdf:
        raise UsageError("page.two_formats")
    if pdf and (output is None or outfile.is_stdout(output)):
        raise UsageError("page.pdf_output")
    now, before = agenda.report(session, _date(on, session), kind)
    voice = session.voice
    if html or pdf:
        # Jinja2 and the page's templates load only for a page, never for the terminal views.
        from . import pages

        text = pages.read_summary(summary) if summary is not None else None
        page = pages.report_page(
            session, render.report_json(now, before, kind, session.lang), before, kind, text
        )
        _page_out(page, output, pdf)
        return
    if markdown:
        _out(render.report_text(now, before, kind, voice, markdown=True))
        return
    _show(
        json,
        lambda: render.report_json(now, before, kind, session.lang),
        lambda force, bare: render.print_report_rich(now, before, kind, voice, force, bare),
        lambda: render.report_text(now, before, kind, voice, markdown=False),
        display,
    )


def _printed(page: str) -> bytes:
    from . import pdf as printer  # runs a browser: loaded only when a PDF is asked for

    return printer.print_pdf(page)


def _page_out(page: str, output: Path | None, pdf: bool) -> None:
    """A client's page to `output` (standard output when none), as HTML or printed to PDF."""
    data = _printed(page) if pdf else page.encode("utf-8")
    if output is None or outfile.is_stdout(output):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    outfile.write(output, data)


@app.command(help="help.remind")
def remind(
    within: Annotated[
        str, typer.Option("--within", metavar="30m|1h|1h30", help="help.within")
    ] = "30m",
    json: JsonOption = False,
    notify: Annotated[bool, typer.Option("--notify", help="help.notify")] = False,
) -> None:
    import shutil

    from . import reminders

    session = _session()
    span = reminders.parse_within(within)
    found = reminders.remind(session, span)
    lines = render.reminder_lines(found, session.voice, session.real_today)
    if json:
        _out(
            render.reminders_json(found, session.now, int(span.total_seconds() // 60), session.lang)
        )
    elif lines:
        _out("\n".join(lines) + "\n")
    if notify and lines:
        program = shutil.which("notify-send") or shutil.which("osascript")
        why = reminders.notify(program, say(session.lang, "remind.title"), lines)
        if why:
            render.notify_failure(session.lang, why)


def _paths() -> Any:
    from .paths import resolve_paths

    return resolve_paths(os.environ)


def _complete_more(kind: str, incomplete: str, lang: str) -> list[tuple[str, str]]:
    """The completions of `kind` that need more than the window (see `completion`)."""
    State.lang_override = lang
    kinds = {
        "tasks": _complete_tasks,
        "templates": _complete_templates,
        "networks": _complete_networks,
    }
    return kinds[kind](incomplete)


def _complete_tasks(incomplete: str) -> list[tuple[str, str]]:
    # Reached only when the window could not be read: no task to offer.
    return []


def _complete_templates(incomplete: str) -> list[tuple[str, str]]:
    choices = agenda.template_choices(_paths(), State.lang_override or _env_lang())
    return [(i, t) for i, t in choices if i.startswith(incomplete)]


def _complete_networks(incomplete: str) -> list[tuple[str, str]]:
    typed = incomplete.casefold()
    return [
        (n, label)
        for n, label in agenda.network_choices(_paths())
        if n.startswith(typed) or label.casefold().startswith(typed)
    ]


IdsArgument = Annotated[
    list[str],
    typer.Argument(metavar="ID...", help="help.ids", autocompletion=_complete_tasks),
]


@app.command(help="help.done")
def done(ids: IdsArgument, on: OnOption = None, json: JsonOption = False) -> None:
    session = _session()
    results, changed = agenda.mark_done(session, _date(on, session), ids)
    named = [t.id for t, _ in results]
    _told(
        json,
        lambda: changes.items_json("done", changed, named, session.lang),
        lambda: render.done_said(results, session.lang),
    )


@app.command(help="help.skip")
def skip(
    ids: IdsArgument,
    reason: Annotated[
        str | None, typer.Option("--reason", metavar="TEXT", help="help.reason")
    ] = None,
    on: OnOption = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    tasks, changed = agenda.skip(session, _date(on, session), ids, reason)
    _told(
        json,
        lambda: changes.items_json("skip", changed, [t.id for t in tasks], session.lang),
        lambda: "".join(render.task_said(session.lang, "skip.ok", task) for task in tasks),
    )


@app.command(help="help.undo")
def undo(json: JsonOption = False) -> None:
    session = _session()
    result = agenda.undo(session)
    if json:
        label, _, _, changed = result or (None, 0, "", changes.Changed([], None))
        _out(changes.undo_json(label, changed, session.lang))
    elif result is None:
        _said(say(session.lang, "undo.empty") + "\n")
    else:
        label, count, kind, _ = result
        said = {
            "tasks": "undo.ok",
            "kpis": "undo.kpis",
            "files": "undo.files",
            "absences": "undo.absences",
            "ideas": "undo.ideas",
        }[kind]
        what = say(session.lang, f"undo.label.{label}")
        _said(say(session.lang, said, label=what, count=count) + "\n")


@app.command(help="help.move")
def move(
    task_id: Annotated[
        str, typer.Argument(metavar="ID", help="help.id", autocompletion=_complete_tasks)
    ],
    to: ToOption,
    at: NewAtOption = None,
    on: OnOption = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    day = _date(on, session)
    target = _date(to, session, base=day)
    task, changed = agenda.move(session, day, task_id, target, parse_time(at))
    _told(
        json,
        lambda: changes.items_json("move", changed, [task.id], session.lang),
        lambda: render.task_said(
            session.lang, "move.ok", task, date=session.voice.long_date(target)
        ),
    )


@app.command(help="help.add")
def add(
    title: Annotated[str, typer.Argument(metavar="TITLE", help="help.title")],
    on: DateOption = None,
    at: AtOption = None,
    network: Annotated[
        str | None,
        typer.Option(
            "--network", metavar="NAME", help="help.network", autocompletion=_complete_networks
        ),
    ] = None,
    minutes: Annotated[int, typer.Option("--minutes", metavar="N", help="help.minutes")] = 0,
    to: Annotated[str | None, typer.Option("--to", metavar="NAME", help="help.add_to")] = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    if network is not None:
        network = agenda.require_networks(session, [network])[0]
    who = assignment.checked_name(to) if to is not None else None
    day = _date(on, session)
    task, changed = agenda.add(session, day, title, parse_time(at), network, minutes, who)
    when = session.voice.long_date(day)
    text = say(session.lang, "add.ok", id=task.id[:7], date=when, title=render.clean(title))
    _told(
        json,
        lambda: changes.items_json("add", changed, [task.id], session.lang),
        lambda: text + "\n",
    )


TaskArgument = Annotated[
    str, typer.Argument(metavar="ID", help="help.id", autocompletion=_complete_tasks)
]


@app.command(help="help.edit")
def edit(
    task_id: TaskArgument,
    title: Annotated[
        str | None, typer.Option("--title", metavar="TEXT", help="help.edit_title")
    ] = None,
    minutes: Annotated[
        int | None, typer.Option("--minutes", metavar="N", help="help.edit_minutes")
    ] = None,
    at: Annotated[str | None, typer.Option("--at", metavar="HH:MM", help="help.edit_at")] = None,
    no_time: Annotated[bool, typer.Option("--no-time", help="help.no_time")] = False,
    note: Annotated[str | None, typer.Option("--note", metavar="TEXT", help="help.note")] = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    if at is not None and no_time:
        raise UsageError("edit.at_and_no_time")
    time = "" if no_time else parse_time(at)
    wanted = taskedit.Edit(title=title, minutes=minutes, time=time, note=note)
    task, changed = taskedit.edit(session, _date(None, session), task_id, wanted)
    _told(
        json,
        lambda: changes.items_json("edit", changed, [task.id], session.lang),
        lambda: render.task_said(session.lang, "edit.ok", task),
    )


@app.command(help="help.assign")
def assign(
    task_id: TaskArgument,
    name: Annotated[str | None, typer.Argument(metavar="NAME", help="help.assign_name")] = None,
    none: Annotated[bool, typer.Option("--none", help="help.assign_none")] = False,
    json: JsonOption = False,
) -> None:
    session = _session()
    if (name is None) == (not none):
        raise UsageError("assign.name_or_none")
    task, changed = assignment.assign(session, _date(None, session), task_id, name)
    key = "assign.ok" if task.assignee else "assign.nobody"
    _told(
        json,
        lambda: changes.items_json("assign", changed, [task.id], session.lang),
        lambda: render.task_said(session.lang, key, task, name=render.clean(task.assignee or "")),
    )


@app.command(help="help.rm")
def rm(task_id: TaskArgument, json: JsonOption = False) -> None:
    session = _session()
    task, changed, freed = taskedit.remove(session, _date(None, session), task_id)
    key = "rm.ok" if task.template is None else "rm.skipped"
    _told(
        json,
        lambda: changes.items_json("rm", changed, [task.id], session.lang),
        lambda: (
            render.task_said(session.lang, key, task)
            + (render.post_said(session.voice, "rm.post_unplanned", freed) if freed else "")
        ),
    )


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
    added, number = leave.add(session, start, end, reason)
    _told(
        json,
        lambda: absenceview.change_json("off", added, number),
        lambda: absenceview.said("off.added", added, voice, number),
    )


@app.command(help="help.init")
def init(
    start: Annotated[str | None, typer.Option("--start", metavar="DATE", help="help.start")] = None,
    timezone: Annotated[
        str | None, typer.Option("--timezone", metavar="ZONE", help="help.timezone")
    ] = None,
    networks: Annotated[
        str | None, typer.Option("--networks", metavar="a,b,c", help="help.networks")
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", metavar="fr|en", help="help.init_lang")
    ] = None,
    week_start: Annotated[
        str | None,
        typer.Option("--week-start", metavar="monday|sunday", help="help.week_start"),
    ] = None,
    holidays: Annotated[
        str | None, typer.Option("--holidays", metavar="REGION", help="help.holidays_opt")
    ] = None,
    work_days: Annotated[
        str | None, typer.Option("--work-days", metavar="MO,TU,...", help="help.work_days")
    ] = None,
    work_hours: Annotated[
        str | None, typer.Option("--work-hours", metavar="HH:MM-HH:MM,...", help="help.work_hours")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="help.force")] = False,
    json: JsonOption = False,
) -> None:
    # A config.toml that does not load is what `init --force` is for: it starts from the
    # defaults (without --force, `init` says the file exists).
    session = _session(broken_config_ok=True)
    # The client's [report] table is not init's to set: its JSON tells the profile only.
    apart = {"report"}
    before = (
        session.profile.model_dump(mode="json", exclude=apart) if session.profile_saved else None
    )
    profile = agenda.init_profile(
        session,
        start=_date(start, session) if start is not None else None,
        timezone=timezone,
        networks=networks.split(",") if networks is not None else None,
        lang=lang,
        week_start=week_start,
        holidays=holidays,
        work_days=_listed(work_days, upper=True),
        work_hours=_listed(work_hours),
        force=force,
    )
    path = str(session.paths.config_file)
    _told(
        json,
        lambda: changes.init_json(path, before, profile.model_dump(mode="json", exclude=apart)),
        lambda: say(profile.language, "init.ok", path=path) + "\n",
    )
    if networks is not None:
        _warn_orphans(session, profile.networks)


def _listed(text: str | None, upper: bool = False) -> list[str] | None:
    if text is None:
        return None
    items = [x.strip() for x in text.split(",") if x.strip()]
    return [x.upper() for x in items] if upper else items


@app.command("holidays", help="help.holidays")
def holidays_(
    year: Annotated[int | None, typer.Option("--year", help="help.year")] = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    region, days = agenda.holidays_of(session, year or session.real_today.year)
    voice = session.voice
    _out(
        render.holidays_json(region, days, session.lang)
        if json
        else render.holidays_plain(region, days, year or session.real_today.year, voice)
    )


@templates_app.command("list", help="help.templates_list")
def templates_list(json: JsonOption = False) -> None:
    session = _session()
    templates = list(agenda.load_checklist(session).templates.values())
    lang = session.lang
    _show(
        json,
        lambda: render.templates_json(templates, lang),
        lambda force, bare: render.print_templates_rich(templates, lang),
        lambda: render.templates_plain(templates, lang),
    )


@templates_app.command("show", help="help.templates_show")
def templates_show(
    template_id: Annotated[
        str,
        typer.Argument(metavar="ID", help="help.template_id", autocompletion=_complete_templates),
    ],
    json: JsonOption = False,
) -> None:
    session = _session()
    template = agenda.find_template(session, template_id)
    lang = session.lang
    _out(
        render.dumps({"version": 1, "template": render.template_json(template, lang)})
        if json
        else render.template_plain(template, lang)
    )


@app.command("completion", help="help.completion")
def completion_script(
    shell: Annotated[str, typer.Argument(metavar="bash|zsh|fish", help="help.shell")],
) -> None:
    from typer._completion_classes import completion_init
    from typer.completion import shell_complete

    if shell not in ("bash", "zsh", "fish"):
        raise UsageError("shell.bad", value=shell)
    completion_init()  # Typer's bash/zsh/fish scripts, which also show each choice's help
    shell_complete(typer.main.get_command(app), {}, "cmagenda", COMPLETE_VAR, f"source_{shell}")


@templates_app.command("check", help="help.templates_check")
def templates_check(
    file: Annotated[Path | None, typer.Argument(metavar="FILE", help="help.file")] = None,
) -> None:
    session = _session()
    shown, count = agenda.check_checklist(session, file)
    _out(say(session.lang, "templates.ok", path=shown, count=count) + "\n")


idea_app = typer.Typer(help="help.idea")
app.add_typer(idea_app, name="idea")
TagOption = Annotated[list[str] | None, typer.Option("--tag", metavar="TAG", help="help.idea_tag")]
IdeaNetworkOption = Annotated[
    str | None,
    typer.Option(
        "--network", metavar="NAME", help="help.idea_network", autocompletion=_complete_networks
    ),
]


@idea_app.command("add", help="help.idea_add")
def idea_add(
    text: Annotated[str, typer.Argument(metavar="TEXT", help="help.idea_text")],
    network: IdeaNetworkOption = None,
    tag: TagOption = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    idea = backlog.add(session, text, network, tag or [])
    _told(
        json,
        lambda: ideaview.change_json("idea add", idea),
        lambda: ideaview.said("idea.added", idea, session.voice),
    )


@idea_app.command("list", help="help.idea_list")
def idea_list(
    network: IdeaNetworkOption = None,
    tag: Annotated[str | None, typer.Option("--tag", metavar="TAG", help="help.idea_tag")] = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    found = backlog.listing(session, network, tag)
    _out(ideaview.listing_json(found) if json else ideaview.listing_plain(found, session.voice))


@idea_app.command("rm", help="help.idea_rm")
def idea_rm(
    idea_id: Annotated[str, typer.Argument(metavar="ID", help="help.idea_id")],
    json: JsonOption = False,
) -> None:
    session = _session()
    gone = backlog.remove(session, idea_id)
    _told(
        json,
        lambda: ideaview.change_json("idea rm", gone),
        lambda: ideaview.said("idea.removed", gone, session.voice),
    )


post_app = typer.Typer(help="help.post")
app.add_typer(post_app, name="post")
PostId = Annotated[str, typer.Argument(metavar="ID", help="help.post_id")]


def _post_told(
    as_json: bool,
    command: str,
    post: Post,
    changed: changes.Changed,
    session: agenda.Session,
    key: str,
) -> None:
    """What a `post` command did: its JSON, or the sentence under `key`."""
    _told(
        as_json,
        lambda: changes.items_json(command, changed, [post.id], session.lang, kind="post"),
        lambda: render.post_said(session.voice, key, post),
    )


@post_app.command("add", help="help.post_add")
def post_add(
    text: Annotated[str | None, typer.Argument(metavar="[TEXT]", help="help.post_text")] = None,
    network: Annotated[
        str | None,
        typer.Option(
            "--network",
            metavar="NAME",
            help="help.post_network",
            autocompletion=_complete_networks,
        ),
    ] = None,
    from_idea: Annotated[
        str | None, typer.Option("--from-idea", metavar="ID", help="help.post_from_idea")
    ] = None,
    on: DateOption = None,
    at: AtOption = None,
    link: LinkOption = None,
    first_comment: FirstCommentOption = None,
    media: MediaOption = None,
    alt: AltOption = None,
    snippet: SnippetOption = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    day = _date(on, session) if on is not None else None
    idea = backlog.find(session, from_idea) if from_idea is not None else None
    text = text if text is not None else idea.text if idea is not None else None
    network = network or (idea.network if idea is not None else None)
    if text is None or network is None:
        raise UsageError("post.add_needs")
    text = desk.with_snippets(session, desk.filled(session, text), snippet or [])
    extras = _extras(first_comment, media, alt)
    also = backlog.taking(session, idea) if idea is not None else None
    post, changed = editorial.add(
        session, network, day, parse_time(at), text, link, extras.apply, also
    )
    _post_told(json, "post add", post, changed, session, "post.added")
    _warn_limits(session, post, json)


@post_app.command("list", help="help.post_list")
def post_list(
    on: OnOption = None,
    week: Annotated[bool, typer.Option("--week", help="help.post_week")] = False,
    status: Annotated[
        str | None, typer.Option("--status", metavar="STATUS", help="help.post_list_status")
    ] = None,
    evergreen: Annotated[
        bool, typer.Option("--evergreen", help="help.post_list_evergreen")
    ] = False,
    json: JsonOption = False,
) -> None:
    from .queries import week_bounds

    session = _session()
    day = _date(on, session)
    start, end = week_bounds(day, session.profile.week_start) if week else (day, day)
    if status is not None or evergreen:
        posts = desk.select(session, start if on or week else None, end, status, evergreen)
    else:
        posts = editorial.listing(session, start, end)
    if json:
        _out(render.posts_json(posts))
        return
    table = desk.network_limits(session)
    left = {
        p.id: postlimits.chars_left(p, table.get(p.network, postlimits.Limits())) for p in posts
    }
    zone = session.now.tzinfo or dt.UTC
    _out(
        render.posts_plain(
            posts,
            session.voice,
            lambda p: deskviews.post_details(p, session.voice, zone),
            lambda p: deskviews.chars_left(left[p.id], session.lang),
        )
    )


@post_app.command("pack", help="help.post_pack")
def post_pack(
    on: OnOption = None,
    week: Annotated[bool, typer.Option("--week", help="help.pack_week")] = False,
    from_: Annotated[
        str | None, typer.Option("--from", metavar="DATE", help="help.pack_from")
    ] = None,
    to: Annotated[str | None, typer.Option("--to", metavar="DATE", help="help.pack_to")] = None,
    output: PageOutput = None,
) -> None:
    # Jinja2 and the page's templates load only for a page, never for the terminal views.
    from . import pages
    from .queries import week_bounds

    session = _session()
    if week:
        start, end = week_bounds(_date(on, session), session.profile.week_start)
    else:
        start = _date(from_, session) if from_ else session.real_today
        end = _date(to, session) if to else start + dt.timedelta(days=6)
    if end < start or (end - start).days >= agenda.MAX_EXPORT_DAYS:
        raise UsageError("export.range", start=start.isoformat(), end=end.isoformat())
    _page_out(pages.pack_page(session, start, end), output, pdf=False)


@post_app.command("edit", help="help.post_edit")
def post_edit(
    post_id: PostId,
    text: Annotated[
        str | None, typer.Option("--text", metavar="TEXT", help="help.post_text")
    ] = None,
    link: LinkOption = None,
    status: Annotated[
        str | None, typer.Option("--status", metavar="STATUS", help="help.post_status")
    ] = None,
    first_comment: FirstCommentOption = None,
    media: MediaOption = None,
    alt: AltOption = None,
    evergreen: Annotated[bool, typer.Option("--evergreen", help="help.post_evergreen")] = False,
    every: Annotated[
        int | None, typer.Option("--every", metavar="DAYS", help="help.post_every")
    ] = None,
    times: Annotated[
        int | None, typer.Option("--times", metavar="N", help="help.post_times")
    ] = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    extras = _extras(first_comment, media, alt, desk.evergreen(evergreen, every, times))
    text = desk.filled(session, text) if text is not None else None
    post, changed = editorial.edit(session, post_id, text, link, status, extras.apply)
    _post_told(json, "post edit", post, changed, session, "post.edited")
    _warn_limits(session, post, json)


@post_app.command("publish", help="help.post_publish")
def post_publish(post_id: PostId, json: JsonOption = False) -> None:
    session = _session()
    post, changed = editorial.edit(session, post_id, None, None, "published")
    _post_told(json, "post publish", post, changed, session, "post.edited")


@post_app.command("move", help="help.post_move")
def post_move(
    post_id: PostId,
    to: ToOption,
    at: NewAtOption = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    post, changed = editorial.move(session, post_id, _date(to, session), parse_time(at))
    _post_told(json, "post move", post, changed, session, "post.moved")


@post_app.command("rm", help="help.post_rm")
def post_rm(post_id: PostId, json: JsonOption = False) -> None:
    session = _session()
    post, changed = editorial.remove(session, post_id)
    _post_told(json, "post rm", post, changed, session, "post.removed")


# -- the content desk: review, limits, first comment and media, evergreen, import, ideas ---------


def _extras(
    first_comment: str | None,
    media: list[str] | None,
    alt: list[str] | None,
    evergreen: dict[str, int] | None = None,
) -> desk.Extras:
    return desk.Extras(
        desk.first_comment(first_comment),
        desk.media(media or [], alt or [], Path.cwd()),
        evergreen,
    )


def _warn_limits(session: agenda.Session, post: Post, as_json: bool) -> None:
    """After `post add` or `post edit`: what goes over the network's limits, on stderr (the post
    is kept: the text may still be shortened before it goes out)."""
    if as_json or State.quiet:
        return
    table = desk.network_limits(session)
    lines = deskviews.warnings(
        desk.finding(post, table.get(post.network, postlimits.Limits())), session.voice.locale
    )
    if lines:
        report(say(session.lang, "desk.warning", id=post.id[:7]), lines, error=False)


@post_app.command("review", help="help.post_review")
def post_review(post_id: PostId, json: JsonOption = False) -> None:
    session = _session()
    post, changed = review.submit(session, post_id)
    _post_told(json, "post review", post, changed, session, "post.edited")


@post_app.command("approve", help="help.post_approve")
def post_approve(post_id: PostId, by: ByOption = None, json: JsonOption = False) -> None:
    session = _session()
    post, changed = review.approve(session, post_id, by)
    _post_told(json, "post approve", post, changed, session, "post.edited")


@post_app.command("reject", help="help.post_reject")
def post_reject(
    post_id: PostId,
    note: Annotated[str, typer.Option("--note", metavar="TEXT", help="help.post_note")],
    by: ByOption = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    post, changed = review.reject(session, post_id, note, by)
    _post_told(json, "post reject", post, changed, session, "post.edited")


@post_app.command("check", help="help.post_check")
def post_check(
    post_id: Annotated[str | None, typer.Argument(metavar="ID", help="help.post_id")] = None,
    week: Annotated[bool, typer.Option("--week", help="help.post_week")] = False,
    on: OnOption = None,
) -> None:
    from .queries import week_bounds

    session = _session()
    if post_id is not None:
        posts = [editorial.resolve(session, post_id)]
    elif week:
        start, end = week_bounds(_date(on, session), session.profile.week_start)
        posts = desk.to_check(session, start, end)
    else:
        posts = desk.to_check(session, _date(on, session), None)
    findings = desk.check(session, posts)
    _out(deskviews.check_plain(findings, len(posts), session.voice))
    if findings:
        raise typer.Exit(1)


@post_app.command("suggest", help="help.post_suggest")
def post_suggest(
    take: Annotated[
        str | None, typer.Option("--take", metavar="ID", help="help.post_suggest_take")
    ] = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    if take is None:
        _out(deskviews.proposals_plain(evergreen.proposals(session), session.voice))
        return
    post, changed = evergreen.take(session, take)
    _post_told(json, "post suggest", post, changed, session, "post.added")


@post_app.command("import", help="help.post_import")
def post_import(
    file: Annotated[Path, typer.Argument(metavar="FILE.csv", help="help.post_import_file")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="help.post_import_dry_run")] = False,
    json: JsonOption = False,
) -> None:
    session = _session()
    rows = postimport.read(session, file)
    changed = postimport.place(session, rows, write=not dry_run)
    ids = [r.post.id for r in rows if r.post is not None]
    if json and changed is not None:
        _out(changes.items_json("post import", changed, ids, session.lang, kind="post"))
    elif json:
        _out(render.posts_json([r.post for r in rows if r.post is not None]))
    else:
        _said(deskviews.import_plain(rows, session.voice, written=not dry_run))


kpi_app = typer.Typer(help="help.kpi")
app.add_typer(kpi_app, name="kpi")


def _complete_metrics(incomplete: str) -> list[tuple[str, str]]:
    from .kpis import METRICS

    return [
        (key, f"{titles.fr} / {titles.en}")
        for key, titles in METRICS.items()
        if key.startswith(incomplete)
    ]


KpiNetwork = Annotated[
    str,
    typer.Argument(metavar="NETWORK", help="help.kpi_network", autocompletion=_complete_networks),
]
KpiMetric = Annotated[
    str, typer.Argument(metavar="METRIC", help="help.kpi_metric", autocompletion=_complete_metrics)
]
KpiOn = Annotated[str | None, typer.Option("--on", metavar="DATE", help="help.kpi_on")]


@kpi_app.command("add", help="help.kpi_add")
def kpi_add(
    network: KpiNetwork,
    metric: KpiMetric,
    value: Annotated[str, typer.Argument(metavar="VALUE", help="help.kpi_value")],
    on: KpiOn = None,
    json: JsonOption = False,
) -> None:
    from . import kpis

    session = _session()
    recorded = kpis.record(session, network, metric, value, _date(on, session))
    _told(
        json,
        lambda: changes.kpi_added_json(recorded),
        lambda: render.kpi_said(recorded, session.voice),
    )


@kpi_app.command("list", help="help.kpi_list")
def kpi_list(
    network: Annotated[
        str | None,
        typer.Option(
            "--network",
            metavar="NAME",
            help="help.kpi_filter_network",
            autocompletion=_complete_networks,
        ),
    ] = None,
    metric: Annotated[
        str | None,
        typer.Option(
            "--metric",
            metavar="METRIC",
            help="help.kpi_filter_metric",
            autocompletion=_complete_metrics,
        ),
    ] = None,
    json: JsonOption = False,
) -> None:
    from . import kpis

    session = _session()
    readings = kpis.listing(session, network, metric)
    suggested = kpis.suggestions(session)
    if json:
        _out(render.kpis_json(readings, suggested, session.lang))
    else:
        _out(render.kpis_plain(readings, suggested, session.voice))


@kpi_app.command("rm", help="help.kpi_rm")
def kpi_rm(
    network: KpiNetwork, metric: KpiMetric, on: KpiOn = None, json: JsonOption = False
) -> None:
    from . import kpis

    session = _session()
    reading = kpis.forget(session, network, metric, _date(on, session))
    _told(
        json,
        lambda: changes.kpi_removed_json(reading),
        lambda: render.kpi_line("kpi.removed", reading, session.voice),
    )


@app.command(help="help.export")
def export(
    format_: Annotated[
        str,
        typer.Option(
            "--format",
            metavar="ics|vdir|taskwarrior|json",
            help="help.export_format",
            autocompletion=lambda: ["ics", "vdir", "taskwarrior", "json"],
        ),
    ] = "ics",
    from_: Annotated[
        str | None, typer.Option("--from", metavar="DATE", help="help.export_from")
    ] = None,
    to: Annotated[str | None, typer.Option("--to", metavar="DATE", help="help.export_to")] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="help.output")
    ] = None,
    folder: Annotated[
        Path | None, typer.Option("--dir", metavar="DIR", help="help.export_dir")
    ] = None,
    events: Annotated[bool, typer.Option("--events", help="help.events")] = False,
    prune: Annotated[bool, typer.Option("--prune", help="help.export_prune")] = False,
) -> None:
    from . import exports

    session = _session()
    done = exports.export(
        session,
        format_,
        start=_date(from_, session) if from_ else None,
        end=_date(to, session) if to else None,
        events=events,
        output=output,
        folder=folder,
        prune=prune,
    )
    if done.data is not None:
        sys.stdout.flush()
        sys.stdout.buffer.write(done.data)
        sys.stdout.buffer.flush()
    for key, params in done.notes:
        report(say(session.lang, key, **params), error=False)
    _said(render.export_said(done, session.lang))


@app.command("import", help="help.import")
def import_(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="help.import_file")],
    replace: Annotated[bool, typer.Option("--replace", help="help.replace")] = False,
    merge: Annotated[bool, typer.Option("--merge", help="help.merge")] = False,
    json: JsonOption = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="help.dry_run")] = False,
) -> None:
    from . import backup
    from .merge import said

    if replace and merge:
        raise UsageError("import.both")
    session = _session()
    mode = "replace" if replace else "merge" if merge else None
    done = backup.restore(session, file, mode, dry_run)
    if json:
        _out(changes.import_json(mode, done.months, done.tasks, done.kpis))
        return
    lang = session.lang
    lines = said(done.merged, lang, dry_run) if done.merged else []
    gone = "import.would_remove" if dry_run else "import.removed"
    lines += [say(lang, gone, month=key) for key in done.gone]
    counts = {"months": done.months, "tasks": done.tasks, "kpis": done.kpis}
    lines.append(say(lang, "import.dry_run" if dry_run else "import.done", **counts))
    (_out if dry_run else _said)("".join(render.clean(line) + "\n" for line in lines))


sync_app = typer.Typer(help="help.sync")
app.add_typer(sync_app, name="sync")


@sync_app.callback(invoke_without_command=True)
def sync(
    ctx: typer.Context,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="help.sync_dry_run")] = False,
    prune: Annotated[bool, typer.Option("--prune", help="help.prune")] = False,
    json: JsonOption = False,
) -> None:
    if ctx.invoked_subcommand is not None:
        return
    from . import caldav_sync

    session = _session()
    done = caldav_sync.run(session, os.environ, dry_run=dry_run, prune=prune)
    if json:
        import json as json_module

        _out(json_module.dumps(done.dump(), ensure_ascii=False, sort_keys=True) + "\n")
    else:
        (_out if dry_run or done.conflicts else _said)(
            render.clean(caldav_sync.said(done, session.lang), lines=True)
        )


@sync_app.command("setup", help="help.sync_setup")
def sync_setup(
    url: Annotated[str, typer.Option("--url", metavar="URL", help="help.sync_url")],
    username: Annotated[str, typer.Option("--username", metavar="NAME", help="help.sync_username")],
    password_command: Annotated[
        str | None,
        typer.Option("--password-command", metavar="COMMAND", help="help.sync_password_command"),
    ] = None,
) -> None:
    from . import caldav_sync

    session = _session()
    where, created = caldav_sync.setup(session, url, username, password_command, os.environ)
    key = "sync.setup_created" if created else "sync.setup_ok"
    _said(say(session.lang, key, url=where) + "\n")


@app.command(help="help.paths")
def paths(json: JsonOption = False) -> None:
    from .paths import resolve_paths

    where = resolve_paths(os.environ)
    table = agenda.paths_table(where)
    # The language is found as for help: `paths` must answer even when the config is broken.
    lang = State.lang_override or read_language(where.config_file) or _env_lang()
    _out(render.paths_json(table) if json else render.paths_plain(table, lang))


@app.command(help="help.doctor")
def doctor(
    restore: Annotated[bool, typer.Option("--restore", help="help.restore")] = False,
) -> None:
    from .errors import StoreUnreadableError

    session = _session(broken_config_ok=True)
    count, findings = agenda.doctor(session, restore)
    _out(render.doctor_said(session.lang, count, findings))
    broken = session.config_error
    if broken is not None:
        report(say(session.lang, broken.key, **broken.params), broken.details)
    if any(not f.restored for f in findings):
        raise StoreUnreadableError("doctor.failed", count=sum(not f.restored for f in findings))
    if broken is not None:
        raise typer.Exit(broken.exit_code)


def report(message: str, details: Sequence[str] = (), *, error: bool = True) -> None:
    render.report(State.lang, message, details, error=error)


def _words_lang(args: list[str]) -> str:
    """The language of help pages and usage errors: --lang, else the profile's, else the
    environment's (read without validating the whole config: a broken one must not hide help)."""
    from .config import read_language
    from .paths import resolve_paths
    from .usage import lang_asked

    return lang_asked(args) or read_language(resolve_paths(os.environ).config_file) or _env_lang()


COMPLETE_VAR = "_CMAGENDA_COMPLETE"


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code (the console script passes it to sys.exit)."""
    from . import usage

    args = sys.argv[1:] if argv is None else list(argv)
    if os.environ.get(COMPLETE_VAR):
        # The shell asks for completions (see `cmagenda completion`), with what only this
        # path can read (the checklist's duties and networks).
        said = completion.answer(os.environ, _complete_more)
        if said is None:
            return 0
        utf8_streams()
        sys.stdout.write(said[0])
        sys.stdout.flush()
        return said[1]
    State.lang_override = None
    State.now_override = None
    State.quiet = False
    State.json = False
    State.lang = _env_lang()
    utf8_streams()
    root = typer.main.get_command(app)
    streams = sys.stdout, sys.stderr
    try:
        if usage.wants_words(root, args):
            # A help page or an unknown command: answered without running anything.
            State.lang = _words_lang(args)
            _out(usage.answer(State.lang, root, args))
            sys.stdout.flush()
            return 0
        result = root.main(args=args, prog_name="cmagenda", standalone_mode=False)
        sys.stdout.flush()
    except BrokenPipeError:
        return pipe_closed()
    except SystemExit as stop:
        # Click ends a run whose reader closed the pipe with exit(1), its streams wrapped.
        if sys.stdout is streams[0]:
            raise
        sys.stdout, sys.stderr = streams
        if stop.code != 1:
            raise
        return pipe_closed()
    except CmagendaError as err:
        report(say(State.lang, err.key, **err.params), err.details)
        return err.exit_code
    except typer.Exit as exit_:
        result = exit_.exit_code
    except (typer.Abort, KeyboardInterrupt):
        result = EXIT_INTERRUPTED
    except typer.exceptions.TyperException as problem:
        # Click's usage errors, said from our catalogue.
        State.lang = State.lang_override or _words_lang(args)
        ctx = getattr(problem, "ctx", None)
        where = ctx.command_path if ctx is not None else "cmagenda"
        hint = say(State.lang, "usage.hint", command=where)
        report(usage.describe_error(State.lang, problem), [hint])
        return int(getattr(problem, "exit_code", 2))
    except OSError as err:
        # The system said no where no code expected it (a path too long, a name it refuses):
        # an I/O failure the user can act on, not a bug.
        if os.environ.get("CMAGENDA_DEBUG"):
            raise
        reason = f"{err.filename}: {err.strerror}" if err.filename and err.strerror else str(err)
        report(say(State.lang, "system.failed", reason=reason))
        return StoreIOError.exit_code
    except Exception as err:
        if os.environ.get("CMAGENDA_DEBUG"):
            raise
        report(say(State.lang, "internal", reason=f"{type(err).__name__}: {err}"))
        return 1
    # Outside standalone mode Click returns Exit codes, Ctrl-C's 130 among them, silently.
    code = result if isinstance(result, int) else 0
    if code == EXIT_INTERRUPTED:
        report(say(State.lang, "interrupted"), error=False)
    return code
