"""Completion: the shell's Tab, answered with the standard library alone (CLI layer, fast entry).

`cmagenda completion bash|zsh|fish` prints Typer's scripts; each Tab then runs
`_CMAGENDA_COMPLETE=complete_SHELL cmagenda` with the words typed. Building the Typer app to
answer costs a third of a second, so the answer comes from a table (completion.json, made
from the app by `describe` and checked against it by a test) and from the window file, in the
user's language, in the format each of Typer's scripts reads. Anything it cannot answer (the
duties of a checklist, a broken window) goes to the full path, which answers as before.
"""

from __future__ import annotations

import json
import os
import re
import shlex

from cmagenda.cli.usage import lang_asked
from cmagenda.domain.networks import LABELS
from cmagenda.i18n.messages import env_language, say
from cmagenda.storage.paths import resolve_paths, window_file

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Any

    More = Callable[[str, str, str], list[tuple[str, str]]]

VAR = "_CMAGENDA_COMPLETE"
# The commands, options and arguments of the CLI, as data (see `describe`).
TABLE = os.path.join(os.path.dirname(__file__), "completion.json")


def commands() -> dict[str, dict[str, Any]]:
    with open(TABLE, encoding="utf-8") as handle:
        found: dict[str, dict[str, Any]] = json.load(handle)
    return found


class Handover(Exception):
    """Only the full path can answer this one."""


def split(text: str) -> list[str]:
    """Words as the shell typed them; an unclosed quote keeps its partial word (as Click does)."""
    lex = shlex.shlex(text, posix=True)
    lex.whitespace_split = True
    lex.commenters = ""
    out: list[str] = []
    try:
        out.extend(lex)
    except ValueError:
        out.append(lex.token)
    return out


def typed(shell: str, env: Mapping[str, str]) -> tuple[list[str], str]:
    """(the complete words after the program's name, the word being completed)."""
    if shell == "bash":
        words = split(env.get("COMP_WORDS", ""))
        cword = int(env.get("COMP_CWORD", "0"))
        return words[1:cword], words[cword] if cword < len(words) else ""
    raw = env.get("_TYPER_COMPLETE_ARGS", "")
    args = split(raw)[1:]
    if args and not raw.endswith(" "):
        return args[:-1], args[-1]
    return args, ""


def _option(command: dict[str, Any], word: str) -> list[Any] | None:
    for option in command["options"]:
        if word in option[0]:
            return option  # type: ignore[no-any-return]
    return None


def resolve(args: list[str]) -> tuple[dict[str, Any], list[str], dict[str, int]]:
    """The description of the command the words name, the words given to it, and how many
    times each option was given."""
    table = commands()
    path = ""
    command = table[path]
    given: list[str] = []
    used: dict[str, int] = {}
    rest = list(args)
    while rest:
        word = rest.pop(0)
        if word == "--":
            given.extend(rest)
            break
        if word.startswith("-") and word != "-":
            name = word.partition("=")[0]
            option = _option(command, name)
            if option is not None:
                used[option[0][0]] = used.get(option[0][0], 0) + 1
                if option[1] and "=" not in word and rest:
                    rest.pop(0)
            continue
        if command["commands"] and word in command["commands"] and not given:
            path = f"{path} {word}".strip()
            command = table[path]
            used = {}
            continue
        given.append(word)
    return command, given, used


def candidates(
    args: list[str], incomplete: str, lang: str, more: More | None = None
) -> list[tuple[str, str]]:
    """(value, help) pairs for the word being completed, as Click would list them."""
    command, given, used = resolve(args)
    if incomplete == "=":
        incomplete = ""
    elif "=" in incomplete and incomplete.startswith("-"):
        name, _, incomplete = incomplete.partition("=")
        args = [*args, name]
    if "--" not in args and incomplete.startswith("-"):
        return [
            (name, say(lang, option[2]))
            for option in command["options"]
            if option[0][0] not in used or option[4]
            for name in option[0]
            if name.startswith(incomplete)
        ]
    last = args[-1] if args else ""
    option = _option(command, last) if last.startswith("-") else None
    if option is not None and option[1]:
        return values(option[3], incomplete, lang, more)
    taken = len(given)
    for kind, count in command["arguments"]:
        if count == -1 or taken < count:
            return values(kind, incomplete, lang, more)
        taken -= count
    return [
        (name, say(lang, key).partition("\n")[0])
        for name, key in command["commands"].items()
        if name.startswith(incomplete)
    ]


def values(
    kind: str | None, incomplete: str, lang: str, more: More | None = None
) -> list[tuple[str, str]]:
    """The values offered for an option or an argument of this `kind`; `more` answers the kinds
    that need the checklist (the full path passes it)."""
    try:
        return _values(kind, incomplete, lang)
    except Handover:
        if more is None:
            raise
        return more(str(kind), incomplete, lang)


def _values(kind: str | None, incomplete: str, lang: str) -> list[tuple[str, str]]:
    if kind is None:
        return []
    if kind.startswith("choice:"):
        return [(v, "") for v in kind[7:].split("|") if v.startswith(incomplete)]
    if kind == "tasks":
        typed_ = incomplete.lower()
        return [(i, t) for i, t in task_choices(_window(), lang) if i.startswith(typed_)]
    if kind == "networks":
        if resolve_paths(os.environ).user_checklist.exists():
            raise Handover("the user's checklist may name other networks")
        folded = incomplete.casefold()
        return [
            (name, label)
            for name, label in sorted(LABELS.items())
            if name.startswith(folded) or label.casefold().startswith(folded)
        ]
    raise Handover(kind)


def _window() -> dict[str, Any]:
    try:
        with open(window_file(os.environ), encoding="utf-8") as handle:
            body = json.load(handle)
    except (OSError, ValueError) as err:
        raise Handover(str(err)) from None
    if not isinstance(body, dict):
        raise Handover("not a window")
    return body


def task_choices(body: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    """(short id, title) of the open tasks of the window's today and week: what a user is
    likely to tick off."""
    try:
        days = [body["today"], *body["week"]["days"]]
        seen: dict[str, str] = {}
        for day in days:
            for item in day["items"]:
                task = item["task"]
                if item["status"] == "todo" and item["short"] not in seen:
                    title = task["title"].get(lang) or next(iter(task["title"].values()), "")
                    seen[str(item["short"])] = str(title)
        return sorted(seen.items())
    except (KeyError, TypeError, AttributeError, StopIteration) as err:
        raise Handover(str(err)) from None


# Control, bidi and zero-width characters: a title must not steer the terminal or the shell.
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ufeff]")


def clean(text: str) -> str:
    return UNSAFE.sub(" ", text)


def _zsh_escape(text: str) -> str:
    return (
        text.replace('"', '""')
        .replace("'", "''")
        .replace("$", "\\$")
        .replace("`", "\\`")
        .replace(":", r"\\:")
    )


def language(args: list[str], env: Mapping[str, str]) -> str:
    """`--lang` among the words, else the profile's (as the window says), else the
    environment's."""
    asked = lang_asked(args)
    if asked:
        return asked
    try:
        lang = _window().get("language")
    except Handover:
        lang = None
    return lang if lang in ("fr", "en") else env_language(env)


def answer(env: Mapping[str, str], more: More | None = None) -> tuple[str, int] | None:
    """What Typer's script for the shell named in `env` reads, and the exit status; None when
    the full path must answer (`more`: how the full path completes the kinds it alone can)."""
    shell = env.get(VAR, "").removeprefix("complete_")
    if shell not in ("bash", "zsh", "fish"):
        return None
    try:
        args, incomplete = typed(shell, env)
        lang = language(args, env)
        found = [(clean(v), clean(h)) for v, h in candidates(args, incomplete, lang, more)]
    except (Handover, ValueError, KeyError):
        return None
    if shell == "bash":
        return "".join(f"{v}\n" for v, _ in found).removesuffix("\n"), 0
    if shell == "zsh":
        if not found:
            return "_files", 0
        items = "\n".join(
            f'"{_zsh_escape(v)}":"{_zsh_escape(h)}"' if h else f'"{_zsh_escape(v)}"'
            for v, h in found
        )
        return f"_arguments '*: :(({items}))'", 0
    action = env.get("_TYPER_COMPLETE_FISH_ACTION", "")
    if action == "is-args":
        return "", 0 if found else 1
    if action == "get-args":
        return "\n".join(f"{v}\t{h}" if h else v for v, h in found), 0
    return "", 0


def describe(root: Any) -> dict[str, dict[str, Any]]:
    """The table from the Click command tree Typer built (read by attribute: only `cli` imports
    typer): per command path, its subcommands' help keys, its options (names, takes a value,
    help key, what completes the value, may repeat) and its arguments (what completes them, how
    many: -1 for any)."""
    out: dict[str, dict[str, Any]] = {}

    def kind_of(param: Any) -> str | None:
        function = getattr(param, "_custom_shell_complete", None)
        for cell in getattr(function, "__closure__", None) or ():
            name = getattr(cell.cell_contents, "__name__", "")
            if name.startswith("_complete_"):
                return name.removeprefix("_complete_")
        metavar = getattr(param, "metavar", None) or ""
        if re.fullmatch(r"[a-z]+(\|[a-z]+)+", metavar):
            return f"choice:{metavar}"
        return None

    def walk(command: Any, path: str) -> None:
        options: list[Any] = []
        arguments: list[Any] = []
        for param in command.params:
            if getattr(param, "param_type_name", "") == "argument":
                arguments.append([kind_of(param), param.nargs])
            elif not param.hidden:
                takes = not (param.is_flag or param.count)
                names = [*param.opts, *param.secondary_opts]
                options.append([names, takes, param.help, kind_of(param), param.multiple])
        options.append([["--help"], False, "help.help", None, False])
        subs = getattr(command, "commands", {}) or {}
        out[path] = {
            "commands": {n: c.help for n, c in subs.items() if not c.hidden},
            "options": options,
            "arguments": arguments,
        }
        for name, sub in subs.items():
            walk(sub, f"{path} {name}".strip())

    walk(root, "")
    return out
