"""Homes filled once per module (a month of commands is too slow to run for every test): the
commands run in-process, in a home of their own, with no locale variable from the machine."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from cmagenda.cli import main

from .conftest import LOCALE_VARS, Result, Run

T = TypeVar("T")


def filled(root: Path, fill: Callable[[Run], T]) -> T:
    """What `fill` returns, having run its commands with CMAGENDA_HOME at `root`."""

    def run(*args: str) -> Result:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main.main(list(args))
        return Result(code, out.getvalue(), err.getvalue())

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CMAGENDA_HOME", str(root))
        for name in LOCALE_VARS:
            patch.delenv(name, raising=False)
        return fill(run)
