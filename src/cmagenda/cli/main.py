"""The CLI entry: registers every command group, then runs the app."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from cmagenda import __version__
from cmagenda.cli import completion, usage
from cmagenda.cli.app import (
    COMPLETE_VAR,
    State,
    _complete_networks,
    _complete_tasks,
    _complete_templates,
    _env_lang,
    _out,
    _supported,
    _system_zone,
    app,
    dated,
    report,
)
from cmagenda.cli.streams import pipe_closed, utf8_streams
from cmagenda.cli.usage import lang_asked
from cmagenda.domain.errors import EXIT_INTERRUPTED, CmagendaError, StoreIOError, UsageError
from cmagenda.domain.times import moment_example, parse_moment
from cmagenda.i18n.messages import locale_for, say
from cmagenda.storage.config import read_language, read_wording
from cmagenda.storage.paths import resolve_paths

# isort: off
# Imported for their side effect, in the order of the help: each module
# registers its commands on the app.
import cmagenda.cli.morning
import cmagenda.cli.tasks
import cmagenda.cli.team
import cmagenda.cli.absences
import cmagenda.cli.setup
import cmagenda.cli.posts
import cmagenda.cli.kpis
import cmagenda.cli.transfer
import cmagenda.cli.sync
import cmagenda.cli.doctor  # noqa: F401
# isort: on


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
        except UsageError as err:
            # Said in the profile's language and with its zone, which the session has not read
            # yet.
            State.lang = _words_lang([] if lang is None else ["--lang", lang])
            if err.key == "now.bad":
                said = read_wording(resolve_paths(os.environ).config_file)
                zone = said.get("timezone") or _system_zone()
                err.params.update(zone=zone, example=moment_example(zone))
            raise


def _complete_more(kind: str, incomplete: str, lang: str) -> list[tuple[str, str]]:
    """The completions of `kind` that need more than the window (see `completion`)."""
    State.lang_override = lang
    kinds = {
        "tasks": _complete_tasks,
        "templates": _complete_templates,
        "networks": _complete_networks,
    }
    return kinds[kind](incomplete)


def _words_lang(args: list[str]) -> str:
    """The language of help pages and usage errors: --lang, else the profile's, else the
    environment's (read without validating the whole config: a broken one must not hide help)."""

    return lang_asked(args) or read_language(resolve_paths(os.environ).config_file) or _env_lang()


def _help_columns() -> int | None:
    """The width a help page is wrapped to: COLUMNS, else the terminal's; piped, none (a
    program reading the page gets one line per option)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isascii() and columns.isdigit() and int(columns) > 0:
        return int(columns)
    if sys.stdout.isatty():
        import shutil  # only for a help page on a terminal

        return shutil.get_terminal_size().columns
    return None


def _words_locale(lang: str) -> str:
    """The locale help pages speak `lang` in, found as the session finds the one of dates (the
    profile's, the environment's, the zone's), so that a page says "courriel" in Québec and
    "e-mail" in France as the rest of the program does."""
    profile = read_wording(resolve_paths(os.environ).config_file)
    zone = profile.get("timezone") or _system_zone()
    return locale_for(lang, profile.get("locale"), zone, os.environ)


# The root's own options, and whether each takes a value.
ROOT_OPTIONS = {"--lang": True, "--now": True, "--quiet": False, "-q": False, "--version": False}
# The views' options, also taken before the command: `cmagenda --no-color week`.
VIEW_OPTIONS = {"--no-color": False, "--plain": False, "--json": False, "--color": True}


def after_command(args: list[str]) -> list[str]:
    """`args` with the views' options typed before the command moved after it (the command
    says whether it takes them); with no command, the day (`today`), as `cmagenda` alone."""
    head: list[str] = []
    moved: list[str] = []
    rest = list(args)
    while rest and rest[0].startswith("-"):
        word = rest.pop(0)
        name, eq, _ = word.partition("=")
        if name in VIEW_OPTIONS:
            moved.append(word)
            if VIEW_OPTIONS[name] and not eq and rest:
                moved.append(rest.pop(0))
            continue
        if name not in ROOT_OPTIONS:
            return args  # a help flag or a mistake, said as typed
        head.append(word)
        if ROOT_OPTIONS[name] and not eq and rest:
            head.append(rest.pop(0))
    if not moved:
        return args
    return [*head, *(rest or ["today"]), *moved]


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code (the console script passes it to sys.exit)."""

    args = after_command(sys.argv[1:] if argv is None else list(argv))
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
    State.voice = None
    State.today = None
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
            _out(usage.answer(_words_locale(State.lang), root, args, _help_columns()))
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
        report(say(State.lang, err.key, **dated(State.lang, err.params)), err.details)
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
