"""The README's first morning in French is real: each command in it is run and must print
exactly what the README shows."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from cmagenda.cli import app
from tests.conftest import Run

README = Path(__file__).resolve().parent.parent / "README.md"
# The block between these two lines, in the README: `$ cmagenda ...` lines and their output.
START = "<!-- first-morning: start -->"
END = "<!-- first-morning: end -->"
CLOCK = "2026-11-23T08:30:00-05:00"


def morning() -> list[tuple[list[str], str]]:
    """(arguments, expected output) of each command of the README's first morning."""
    text = README.read_text("utf-8")
    block = text[text.index(START) + len(START) : text.index(END)]
    body = block.split("```console\n", 1)[1].rsplit("```", 1)[0]
    steps: list[tuple[list[str], str]] = []
    for chunk in re.split(r"^\$ ", body, flags=re.M)[1:]:
        command, _, output = chunk.partition("\n")
        args = shlex.split(command)
        assert args[0] == "cmagenda"
        steps.append((args[1:], output))
    return steps


def test_the_first_morning_prints_what_the_readme_shows(
    run: Run, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app, "_system_zone", lambda: "America/Toronto")
    monkeypatch.setenv("COLUMNS", "80")
    steps = morning()
    assert len(steps) >= 5
    for args, expected in steps:
        result = run("--now", CLOCK, *args)
        assert result.code == 0, (args, result.err)
        shown = result.out.replace(str(home), "~/.config/cmagenda")
        assert shown == expected, args
