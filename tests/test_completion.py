"""Shell completion: answered from a table made from the app, in the user's language, without
building the app; the table and the app agree."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import typer

from cmagenda.cli import completion, main

from .conftest import Run


def test_the_table_is_the_app() -> None:
    """After a change to the commands, write the table anew with
    `CMAGENDA_WRITE_COMPLETION=1 pytest tests/test_completion.py`."""
    made = completion.describe(typer.main.get_command(main.app))
    if os.environ.get("CMAGENDA_WRITE_COMPLETION"):
        with open(completion.TABLE, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(made, ensure_ascii=False, indent=1) + "\n")
    assert made == completion.commands()


def tab(shell: str, line: str, **env: str) -> tuple[str, int]:
    environ = {**os.environ, "_CMAGENDA_COMPLETE": f"complete_{shell}", **env}
    if shell == "bash":
        words = line.split(" ")
        environ.update(COMP_WORDS=line, COMP_CWORD=str(len(words) - 1))
    else:
        environ["_TYPER_COMPLETE_ARGS"] = line
    said = completion.answer(environ)
    assert said is not None
    return said


def test_commands_options_and_values(profile: Run) -> None:
    profile("--now", "2026-11-23T08:30:00-05:00", "today")
    out, code = tab("bash", "cmagenda ")
    assert code == 0
    assert out.split("\n")[:6] == ["today", "week", "report", "remind", "done", "skip"]
    assert tab("bash", "cmagenda po")[0] == "post"
    assert tab("bash", "cmagenda week --")[0].split("\n") == [
        "--on", "--mine", "--json", "--plain", "--no-color", "--color", "--full", "--help",
    ]  # fmt: skip
    # An option given once is not offered again; a value is completed after its option.
    assert "--json" not in tab("bash", "cmagenda week --json --")[0]
    assert tab("bash", "cmagenda week --color a")[0] == "auto\nalways"
    assert tab("bash", "cmagenda --lang ")[0] == "fr\nen"
    assert tab("bash", "cmagenda post add --network ins")[0] == "instagram"
    assert tab("bash", "cmagenda post add --network=lin")[0] == "linkedin"


def test_ids_and_help_in_the_users_language(profile: Run) -> None:
    profile("--now", "2026-11-23T08:30:00-05:00", "--lang", "fr", "today")
    out, _ = tab("fish", "cmagenda done ", _TYPER_COMPLETE_FISH_ACTION="get-args")
    first = out.split("\n")[0].split("\t")
    assert len(first[0]) >= 5 and first[1]
    out, _ = tab("zsh", "cmagenda --lang fr post a")
    assert out == (
        '_arguments \'*: :(("add":"Prévoir une publication dans le prochain créneau libre '
        '(ou à --at)."\n"approve":"Approuver une publication (en notant qui l\'\'approuve)."))\''
    )
    out, _ = tab("zsh", "cmagenda --lang en post a")
    assert out.startswith('_arguments \'*: :(("add":"') and "help." not in out
    assert tab("zsh", "cmagenda add ")[0] == "_files"
    assert tab("fish", "cmagenda done ", _TYPER_COMPLETE_FISH_ACTION="is-args")[1] == 0
    assert tab("fish", "cmagenda add ", _TYPER_COMPLETE_FISH_ACTION="is-args")[1] == 1


def test_a_title_cannot_steer_the_terminal() -> None:
    assert completion.clean("a\x1b]8;;x\x07b\u202ec\nd") == "a ]8;;x b c d"


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_a_tab_builds_no_app(profile: Run, shell: str) -> None:
    profile("--now", "2026-11-23T08:30:00-05:00", "today")
    env = {**os.environ, "_CMAGENDA_COMPLETE": f"complete_{shell}", "COMP_WORDS": "cmagenda do",
           "COMP_CWORD": "1", "_TYPER_COMPLETE_ARGS": "cmagenda do",
           "_TYPER_COMPLETE_FISH_ACTION": "get-args"}  # fmt: skip
    code = (
        "import sys\nfrom cmagenda.cli.fast import main\nmain()\n"
        "print(sorted(m for m in ('typer', 'rich', 'pydantic') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, encoding="utf-8"
    ).stdout
    assert out.endswith("[]\n")
    assert "doctor" in out and "done" in out
