"""Usage: the command line's own words (help pages, usage errors) in the user's language.

Typer builds the commands; every help text in `cli` is a catalogue key ("help.today"). This
module reads the Click objects Typer built (by their attributes: only `cli` imports typer) and
writes help pages and usage errors from the catalogue, so that `--help` and a mistyped option
speak French as well as English, the framework's words ("Usage", "Options") included.
"""

from __future__ import annotations

import re

from cmagenda.domain.errors import UsageError
from cmagenda.i18n.messages import CATALOGUE, say, suggest

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def lang_asked(args: list[str]) -> str | None:
    """The language `--lang` asks for in `args`, if a known one."""
    for i, word in enumerate(args):
        value = word.partition("=")[2] if word.startswith("--lang=") else None
        if word == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        if value in ("fr", "en"):
            return value
    return None


HELP = ("--help", "-h")


def wants_words(root: Any, args: list[str]) -> bool:
    """Whether `args` ask for a help page (or name no command) rather than for a run. An option
    no command knows is left to Click, which says so (exit 2), never a help page (exit 0)."""
    command, _path, unknown = find_command(root, args)
    before_dash = args[: args.index("--")] if "--" in args else args
    lonely_group = (
        bool(getattr(command, "commands", None))
        # A group that runs by itself (`sync`) is a command too.
        and not getattr(command, "invoke_without_command", False)
        and "--version" not in args
        and not unknown_option(root, args)
    )
    return unknown is not None or any(h in before_dash for h in HELP) or lonely_group


def unknown_option(root: Any, args: list[str]) -> bool:
    """Whether `args` hold an option that the command it follows does not have."""
    command = root
    rest = list(args)
    while rest:
        word = rest.pop(0)
        if word == "--":
            return False
        if word.startswith("-") and word != "-":
            option = _option(command, word.split("=", 1)[0])
            if option is None:
                return word not in HELP
            if not option.is_flag and "=" not in word and rest:
                rest.pop(0)
            continue
        commands = getattr(command, "commands", None)
        if not commands or word not in commands:
            return False
        command = commands[word]
    return False


def answer(lang: str, root: Any, args: list[str], columns: int | None = None) -> str:
    """For `wants_words`: the help page, or UsageError for a command that does not exist;
    `lang` may be a locale ("fr_FR"), whose regional words the page then uses."""
    command, path, unknown = find_command(root, args)
    if unknown is None:
        return help_page(lang, command, path, columns)
    known = getattr(command, "commands", {})
    hint = say(lang, "usage.hint", command=" ".join(["cmagenda", *path]))
    raise UsageError(
        "usage.no_command",
        command=unknown,
        suggestion=suggest(unknown, known, lang),
        details=[hint],
    )


def find_command(root: Any, args: list[str]) -> tuple[Any, list[str], str | None]:
    """The command `args` name, its path of names, and the first word that names no command
    where one was expected (None when all is well)."""
    command, path = root, list[str]()
    rest = list(args)
    while rest:
        word = rest.pop(0)
        if word == "--":
            break
        if word.startswith("-"):
            option = _option(command, word.split("=", 1)[0])
            if option is not None and not option.is_flag and "=" not in word and rest:
                rest.pop(0)
            continue
        commands = getattr(command, "commands", None)
        if not commands:
            break
        if word not in commands:
            return command, path, word
        command = commands[word]
        path.append(word)
    return command, path, None


def _option(command: Any, name: str) -> Any:
    for param in command.params:
        if name in (*param.opts, *param.secondary_opts) and param.param_type_name == "option":
            return param
    return None


def _text(lang: str, key: str | None) -> str:
    return say(lang, key) if key else ""


def _metavar(param: Any, lang: str) -> str:
    # Every option of `cli` that takes a value names it (metavar=...): no type to guess. A name
    # that is a word is said in the user's language (TITRE); one that shows the values to type
    # (HH:MM, fr|en, MO,TU,...) stays as it is typed; a file's extension too (FICHIER.csv).
    # Each word is said ("[TEXT]", "FILE.csv", "FROM [TO] | list"); the values typed as they are.
    name = str(param.metavar or param.name.upper())
    table = CATALOGUE[lang[:2]]

    def word(found: re.Match[str]) -> str:
        key = f"metavar.{found.group()}"
        return say(lang, key) if key in table else found.group()

    return _METAVAR_WORD.sub(word, name)


_METAVAR_WORD = re.compile(r"(?<![\w.])[A-Z]{2,}\b")


def help_page(lang: str, command: Any, path: list[str], columns: int | None = None) -> str:
    """The help page of `command` (reached by `path` from the root), as plain text; with
    `columns`, each text wrapped in its own column to fit that width."""
    prog = " ".join(["cmagenda", *path])
    arguments = [p for p in command.params if p.param_type_name == "argument"]
    options = [p for p in command.params if p.param_type_name == "option" and not p.hidden]
    commands = {
        name: sub for name, sub in getattr(command, "commands", {}).items() if not sub.hidden
    }
    usage = [prog, say(lang, "help.options_word")]
    usage += [_metavar(a, lang) for a in arguments]
    if commands:
        usage.append(say(lang, "help.command_word"))
    lines = [*_wrapped(f"{_heading(lang, 'help.usage')} {' '.join(usage)}", 0, 2, columns), ""]
    lines += [*_wrapped(f"  {_text(lang, command.help)}", 2, 2, columns), ""]
    rows: list[tuple[str, list[tuple[str, str]]]] = [
        (
            "help.arguments",
            [(_metavar(a, lang), _text(lang, getattr(a, "help", None))) for a in arguments],
        ),
        (
            "help.options",
            [(_option_names(o, lang), _text(lang, o.help)) for o in options]
            + [("--help", say(lang, "help.help"))],
        ),
        ("help.commands", [(n, _text(lang, c.help)) for n, c in sorted(commands.items())]),
    ]
    for title, entries in rows:
        if not entries:
            continue
        width = max(len(name) for name, _ in entries)
        lines.append(_heading(lang, title))
        for name, text in entries:
            lines += _row(name.ljust(width), text, columns)
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


# Below this many columns for its text, a row's text starts on the line under its name.
NARROW = 30


def _row(name: str, text: str, columns: int | None) -> list[str]:
    indent = 2 + len(name) + 2
    if columns is None or columns - indent >= NARROW or not text:
        return _wrapped(f"  {name}  {text}".rstrip(), indent, indent, columns)
    return [f"  {name.rstrip()}", *_wrapped(f"{' ' * 8}{text}", 8, 8, columns)]


def _wrapped(line: str, first: int, rest: int, columns: int | None) -> list[str]:
    """`line` cut at spaces into lines of `columns` at most, those after the first indented by
    `rest`. Only plain spaces break a line: a no-break space holds "Options :" and "« me »"
    together, as French typography wants."""
    if columns is None or len(line) <= columns:
        return [line]
    import textwrap  # only for a help page on a terminal

    head, body = line[:first], line[first:]
    # An option stays with the word before it and its value after it ("less -R", "-o FILE").
    body = _GLUED_AFTER.sub(f"{_GLUE}\\1", _GLUED_BEFORE.sub(f"\\1{_GLUE}", body))
    cut = textwrap.wrap(
        body,
        width=max(columns, rest + 20),
        initial_indent=head,
        subsequent_indent=" " * rest,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [part.replace(_GLUE, " ") for part in cut]


_GLUE = "\ue000"  # a private character no help text holds, a space again once cut
_GLUED_BEFORE = re.compile(r"(?<=\s)(-\w) (?=[A-Z])")
_GLUED_AFTER = re.compile(r" (-{1,2}\w)")


def _heading(lang: str, key: str) -> str:
    """'Options:' in English, 'Options :' in French (a no-break space before the colon)."""
    return say(lang, "help.heading", title=say(lang, key))


def _option_names(option: Any, lang: str) -> str:
    names = ", ".join([*option.opts, *option.secondary_opts])
    return names if option.is_flag else f"{names} {_metavar(option, lang)}"


def describe_error(lang: str, err: Any) -> str:
    """A Click usage error, said from the catalogue (Click's own sentences are English)."""
    kind = type(err).__name__
    param = getattr(err, "param", None)
    if kind == "NoSuchOption":
        possibilities = getattr(err, "possibilities", None) or []
        return say(lang, "usage.no_option", option=err.option_name) + suggest(
            err.option_name, possibilities, lang
        )
    if kind == "MissingParameter" and param is not None:
        return say(lang, "usage.missing", name=_param_name(param, lang))
    if kind == "BadParameter" and param is not None:
        # Choices and ranges are checked by cmagenda itself, in words of its own.
        return say(lang, "usage.bad_value", name=_param_name(param, lang))
    message = str(getattr(err, "message", err))
    if message.startswith("Got unexpected extra argument"):
        extra = message.partition(") (")[2].rstrip(")")
        # Click joins the arguments with spaces: "a b" reads as two, as the user sees it.
        return say(lang, "usage.extra", args=extra, n=len(extra.split()))
    if message.startswith("Option '") and "requires" in message:
        return say(lang, "usage.needs_value", option=message.split("'")[1])
    return say(lang, "usage.other", detail=message)


def _param_name(param: Any, lang: str) -> str:
    if param.param_type_name == "argument":
        return _metavar(param, lang)
    return str(max(param.opts, key=len))
