"""Every exit code, and the promise that a store cmagenda does not understand is never written."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from cmagenda.usecases import days

from .conftest import NOW, Run, lock_held_elsewhere


def store_file(home: Path) -> Path:
    return home / "data" / "store" / "2026-11.json"


def test_exit_0_and_version(run: Run) -> None:
    result = run("--version")
    assert (result.code, result.out) == (0, "cmagenda 0.1.0\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("today", "--on", "23/11/20266"),
            "date not understood: '23/11/20266'. Accepted, for example: 2026-11-23, today,",
        ),
        (
            ("today", "--on", "2026-02-30"),
            "impossible date '2026-02-30': February 30, 2026 does not exist\n",
        ),
        (("move", "abcd", "--to", "2026-11-24", "--at", "25:00"), "time not understood: '25:00'"),
        (("init", "--timezone", "Europe/Pariss"), "unknown time zone 'Europe/Pariss'"),
        (("init", "--networks", "facebok"), "unknown network 'facebok'"),
        (("--lang", "de", "today"), "unknown language 'de'"),
    ],
)
def test_exit_2_for_bad_arguments(run: Run, args: tuple[str, ...], message: str) -> None:
    result = run("--lang", "en", *args) if args[0] != "--lang" else run(*args)
    assert result.code == 2
    assert result.err.startswith(f"cmagenda: error: {message}")
    assert "Traceback" not in result.err


def test_exit_2_names_the_close_zone(run: Run) -> None:
    result = run("--lang", "en", "init", "--timezone", "Europe/Pariss")
    assert result.err == (
        "cmagenda: error: unknown time zone 'Europe/Pariss'\n"
        "  unknown time zone 'Europe/Pariss' (did you mean 'Europe/Paris'?)\n"
    )


def test_exit_2_for_an_unknown_option(run: Run) -> None:
    result = run("--lang", "en", "today", "--tomorrow")
    assert (result.code, result.err) == (
        2,
        "cmagenda: error: no such option: --tomorrow\n  see 'cmagenda today --help'\n",
    )


def test_exit_3_for_an_invalid_config(run: Run, home: Path) -> None:
    home.mkdir()
    (home / "config.toml").write_text(
        '[profile]\ntimezone = "Mars/Olympus"\nlanguag = "fr"\n', encoding="utf-8"
    )
    result = run("--lang", "en", "today")
    assert result.code == 3
    assert result.err == (
        f"cmagenda: error: invalid config ({home / 'config.toml'}):\n"
        "  profile.languag: unknown key (did you mean 'language'?)\n"
    )


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b'{"schema_version": 1, "month": "2026-11", "tasks": [', "Expecting value"),
        (b"\x00\x00\x00\x00", "Expecting value"),
        (b'{"schema_version": 1, "schema_version": 1}', "duplicate key 'schema_version'"),
        (b'{"schema_version": NaN}', "NaN is not a valid value"),
        (b"\xff\xfe{}", "not UTF-8"),
    ],
)
def test_exit_4_for_a_corrupt_store_which_is_left_untouched(
    profile: Run, home: Path, content: bytes, reason: str
) -> None:
    profile("--now", NOW, "today")
    path = store_file(home)
    path.write_bytes(content)
    for args in (("today",), ("week",), ("done", "abcd"), ("skip", "abcd"), ("add", "x")):
        result = profile("--now", NOW, "--lang", "en", *args)
        assert result.code == 4, args
        assert result.err.startswith(f"cmagenda: error: the store {path} is unreadable: ")
        assert reason in result.err
        assert "left untouched" in result.err
        assert path.read_bytes() == content


def test_exit_4_for_a_store_from_a_newer_version(profile: Run, home: Path) -> None:
    profile("--now", NOW, "today")
    path = store_file(home)
    body = json.loads(path.read_text("utf-8"))
    body["schema_version"] = 2
    content = json.dumps(body).encode()
    path.write_bytes(content)
    result = profile("--now", NOW, "--lang", "en", "today")
    assert result.code == 4
    assert result.err == (
        f"cmagenda: error: the store {path} was written by a newer cmagenda (schema 2, known: 1). "
        "It was left untouched: upgrade cmagenda.\n"
    )
    assert path.read_bytes() == content


def test_exit_5_for_an_unknown_id(profile: Run) -> None:
    result = profile("--now", NOW, "--lang", "fr", "done", "beef")
    assert (result.code, result.err) == (
        5,
        "cmagenda: erreur: aucune tâche ne correspond à « beef »\n",
    )


def test_exit_6_when_the_disk_is_full(
    profile: Run, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile("--now", NOW, "today")
    path = store_file(home)
    before = path.read_bytes()
    task_id = json.loads(before)["tasks"][0]["id"]

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    result = profile("--now", NOW, "--lang", "en", "done", task_id)
    assert result.code == 6
    assert result.err == (
        f"cmagenda: error: cannot read or write {path}: No space left on device\n"
    )
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_exit_7_when_the_store_stays_locked(profile: Run, home: Path) -> None:
    profile("--now", NOW, "today")
    with lock_held_elsewhere(home):
        result = profile("--now", NOW, "--lang", "en", "add", "Something")
    assert result.code == 7
    assert result.err.splitlines() == [
        "cmagenda: another cmagenda is using the store; waiting…",
        f"cmagenda: error: the store is locked by another cmagenda for 2 s "
        f"({home / 'data' / 'cmagenda.lock'})",
    ]


def test_exit_1_for_an_internal_error_without_traceback(
    profile: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(days, "today", broken)
    result = profile("--now", NOW, "--lang", "en", "today")
    assert result.code == 1
    assert result.err == "cmagenda: error: internal error: RuntimeError: boom\n"
