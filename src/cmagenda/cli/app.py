"""The Typer app, its options and the helpers every command group shares."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from typer._completion_classes import completion_init
from typer.completion import shell_complete

from cmagenda.cli.streams import lock_timeout
from cmagenda.domain import text as domain_text
from cmagenda.domain.dates import parse_date
from cmagenda.domain.errors import CmagendaError, UsageError
from cmagenda.i18n.messages import Voice, env_language, locale_for, say
from cmagenda.storage import outfile
from cmagenda.storage.config import FIRST_YEAR, LAST_YEAR, read_language
from cmagenda.storage.paths import resolve_paths
from cmagenda.usecases import backlog, orphans, planning
from cmagenda.usecases import choices as usecases_choices
from cmagenda.usecases import profile as usecases_profile
from cmagenda.usecases import session as usecases_session
from cmagenda.views import common
from cmagenda.views import ideas as ideaview

Day = TypeVar("Day", dt.date, dt.datetime)


app = typer.Typer(
    name="cmagenda",
    help="help.app",
    add_completion=False,
    pretty_exceptions_enable=False,
)


OnOption = Annotated[str | None, typer.Option("--on", metavar="DATE", help="help.on")]


def _note_json(value: bool) -> bool:
    State.json = State.json or value
    return value


JsonOption = Annotated[bool, typer.Option("--json", help="help.json", callback=_note_json)]


DateOption = Annotated[str | None, typer.Option("--on", metavar="DATE", help="help.add_on")]


AtOption = Annotated[str | None, typer.Option("--at", metavar="HH:MM", help="help.add_at")]


ToOption = Annotated[str, typer.Option("--to", metavar="DATE", help="help.to")]


NewAtOption = Annotated[str | None, typer.Option("--at", metavar="HH:MM", help="help.move_at")]


class State:
    lang_override: str | None = None
    lang: str = "en"
    now_override: dt.datetime | None = None
    # The session's voice and today, once read: the dates inside an error are said its way.
    voice: Voice | None = None
    today: dt.date | None = None
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


def _session(broken_config_ok: bool = False) -> usecases_session.Session:

    paths = resolve_paths(os.environ)
    # Until the profile loads, errors speak as a broken config's lines do.
    State.lang = State.lang_override or read_language(paths.config_file) or _env_lang()
    session = usecases_session.open_session(
        paths,
        now_utc=State.now_override or dt.datetime.now(dt.UTC),
        lang=State.lang_override,
        env_lang=State.lang_override or _env_lang(),
        system_zone=_system_zone(),
        env=os.environ,
        on_wait=lambda: common.say_waiting(State.lang),
        lock_timeout=lock_timeout(os.environ),
        on_assumed=_tell_assumed,
        broken_config_ok=broken_config_ok,
    )
    State.lang = session.lang
    State.voice = session.voice
    State.today = session.real_today
    if session.config_error is None:
        _warn_orphans(session, session.profile.networks)
    return session


def dated(lang: str, params: dict[str, Any]) -> dict[str, Any]:
    """`params` with each date as the views write it ("jeu. 24 déc.", with its year when not
    this year's), never ISO: in the session's voice, or before one, the language's usual
    locale."""
    voice = State.voice
    if voice is None or voice.lang != lang:
        voice = Voice(lang, locale_for(lang, None, _system_zone(), os.environ))
    return voice.dates_in(params, State.today or dt.datetime.now(dt.UTC).date())


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
    report(said, [planning.assumed_command(profile)], error=False)


def _tell_holiday_clash(session: usecases_session.Session, profile: Any) -> None:
    """On stderr: which of a country and a subdivision `holidays` was taken as, and how to write
    the other ("IL": Israel; Illinois is "US-IL")."""
    clash = usecases_profile.holiday_clash(session, profile)
    if clash is not None and not State.json:
        report(say(profile.language, "holidays.clash", **clash), error=False)


def _warn_orphans(session: usecases_session.Session, networks: list[str]) -> None:
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
                network=domain_text.network_label(p.network),
            )
            for p in found
        ]
        report(say(session.lang, "orphans.warning"), lines, error=False)


def _date(
    value: str | None, session: usecases_session.Session, base: dt.date | None = None
) -> dt.date:
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
        _out(domain_text.clean(text, lines=True))


def _told(as_json: bool, to_json: Callable[[], str], said: Callable[[], str]) -> None:
    """What a change did: its JSON when asked (even under --quiet: a script asked for it), else
    the confirmation."""
    if as_json:
        _out(to_json())
    else:
        _said(said())


@dataclass(slots=True, frozen=True)
class Display:
    """How a view is printed: --plain, --no-color, --color (and NO_COLOR, read in `_show`)."""

    plain: bool = False
    no_color: bool = False
    color: str | None = None

    def __post_init__(self) -> None:
        if self.color is not None and self.color not in ("auto", "always", "never"):
            raise UsageError("color.bad", value=self.color)


def _show(
    as_json: bool,
    to_json: Callable[[], str],
    to_rich: Callable[[bool, bool], None],
    to_plain: Callable[[], str],
    display: Display | None = None,
) -> None:
    """JSON when asked, Rich on a terminal, plain lines otherwise (pipes, cron, mail)."""
    display = display or Display()
    form, force, bare = common.pick_form(
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


PageOutput = Annotated[
    Path | None, typer.Option("--output", "-o", metavar="FILE", help="help.page_output")
]


def _printed(page: str) -> bytes:
    from cmagenda.interop import (
        pdf as printer,  # runs a browser: loaded only when a PDF is asked for
    )

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


def _paths() -> Any:

    return resolve_paths(os.environ)


def _complete_tasks(incomplete: str) -> list[tuple[str, str]]:
    # Reached only when the window could not be read: no task to offer.
    return []


def _complete_templates(incomplete: str) -> list[tuple[str, str]]:
    choices = usecases_choices.template_choices(_paths(), State.lang_override or _env_lang())
    return [(i, t) for i, t in choices if i.startswith(incomplete)]


def _complete_networks(incomplete: str) -> list[tuple[str, str]]:
    typed = incomplete.casefold()
    return [
        (n, label)
        for n, label in usecases_choices.network_choices(_paths())
        if n.startswith(typed) or label.casefold().startswith(typed)
    ]


@app.command("completion", help="help.completion")
def completion_script(
    shell: Annotated[str, typer.Argument(metavar="bash|zsh|fish", help="help.shell")],
) -> None:
    if shell not in ("bash", "zsh", "fish"):
        raise UsageError("shell.bad", value=shell)
    completion_init()  # Typer's bash/zsh/fish scripts, which also show each choice's help
    shell_complete(typer.main.get_command(app), {}, "cmagenda", COMPLETE_VAR, f"source_{shell}")


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


def report(message: str, details: Sequence[str] = (), *, error: bool = True) -> None:
    common.report(State.lang, message, details, error=error)


COMPLETE_VAR = "_CMAGENDA_COMPLETE"
