"""Shared fixtures: every test runs against its own CMAGENDA_HOME, never the real home."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import typer

from cmagenda.cli import main

LOCALE_VARS = (
    "LANG",
    "LC_ALL",
    "LC_MESSAGES",
    "LC_TIME",
    "TZ",
    "NO_COLOR",
    "FORCE_COLOR",
    "COLUMNS",
)


@pytest.fixture(scope="session", autouse=True)
def click_command_built_once() -> Iterator[None]:
    """`main.main` turns the Typer app into a Click command at every call; that build (reading
    every command's signature and type hints) was three quarters of an in-process command's cost,
    and the suite runs thousands. The app is fixed once imported and Click keeps no state of a run
    in the command (each run gets a new Context), so the tests build it once."""
    build = typer.main.get_command
    built = build(main.app)

    def get_command(app: typer.Typer) -> Any:
        return built if app is main.app else build(app)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(typer.main, "get_command", get_command)
        yield


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "home"
    monkeypatch.setenv("CMAGENDA_HOME", str(root))
    monkeypatch.setenv("CMAGENDA_LOCK_TIMEOUT", "2")
    for name in LOCALE_VARS:
        monkeypatch.delenv(name, raising=False)
    return root


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


Run = Callable[..., Result]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*args: str) -> Result:
        code = main.main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


# A Monday in Toronto; the profile starts the Monday before.
NOW = "2026-11-23T08:30:00-05:00"


@pytest.fixture
def profile(run: Run) -> Run:
    """A configured English user in Toronto who started on 2026-11-16."""
    result = run(
        "init", "--start", "2026-11-16", "--timezone", "America/Toronto", "--lang", "en",
        "--networks", "facebook,instagram,linkedin",
    )  # fmt: skip
    assert result.code == 0, result.err
    return run


@contextlib.contextmanager
def held_by_a_process(args: list[str], env: dict[str, str] | None = None) -> Iterator[None]:
    """`python ARGS` runs until it prints "held" and keeps running meanwhile; then it is killed."""
    holder = subprocess.Popen(
        [sys.executable, *args], stdout=subprocess.PIPE, text=True, encoding="utf-8", env=env
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        yield
    finally:
        holder.kill()
        holder.wait()


def lock_held_elsewhere(home: Path) -> contextlib.AbstractContextManager[None]:
    """Another process holds the store's lock (filelock, as another cmagenda would) meanwhile."""
    return held_by_a_process(
        ["-c",
         "import sys, time; from filelock import FileLock; "
         "lock = FileLock(sys.argv[1]); lock.acquire(); print('held', flush=True); time.sleep(30)",
         str(home / "data" / "cmagenda.lock")],
    )  # fmt: skip
