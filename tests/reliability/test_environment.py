"""Guarantees 8 to 10: cron's bare environment, hostile text on a terminal, file modes, symlinks."""

from __future__ import annotations

import json
import os
import pty
import select
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import NOW
from tests.reliability.conftest import Cm

HOSTILE = (
    "[bold]x[/bold] [link=https://example.invalid]y[/link] [/] :warning: "
    "\x1b[2J\x1b]0;title\x07\x1b]8;;https://e.invalid\x1b\\z\x1b]8;;\x1b\\ \u009b31m \x07fin"
)

COMMANDS = [
    ("init", "--start", "2026-11-16", "--timezone", "Europe/Paris", "--lang", "fr"),
    ("--now", NOW, "today"),
    ("--now", NOW, "week"),
    ("--now", NOW, "add", "Réunion « été » — café"),
    ("--now", NOW, "today", "--json"),
    ("templates", "list"),
    ("paths",),
    ("doctor",),
]


@pytest.mark.parametrize(
    "extra",
    [{}, {"LC_ALL": "C"}, {"LANG": "fr_CA.ISO-8859-1", "LC_ALL": "fr_CA.ISO-8859-1"}],
    ids=["env-i", "LC_ALL=C", "latin-1"],
)
def test_bare_cron_environment(cm: Cm, home: Path, extra: dict[str, str]) -> None:
    env = {"PATH": "/usr/bin:/bin", "CMAGENDA_HOME": str(home), **extra}
    for args in COMMANDS:
        result = cm(*args, env=env)
        assert result.returncode == 0, (args, result.stderr)
    body = json.loads(cm("--now", NOW, "today", "--json", env=env).stdout)
    assert any(t["title"] == "Réunion « été » — café" for t in body["tasks"])
    for path in home.rglob("*.json"):
        path.read_bytes().decode("utf-8")  # every file written is UTF-8
    assert "Europe/Paris" in (home / "config.toml").read_text("utf-8")


def _tty_run(args: list[str], env: dict[str, str]) -> bytes:
    """Run cmagenda on a pseudo-terminal and return everything it wrote."""
    main, child = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "cmagenda", *args], stdin=child, stdout=child, stderr=child,
        env=env, close_fds=True,
    )  # fmt: skip
    os.close(child)
    chunks = []
    while True:
        ready, _, _ = select.select([main], [], [], 10)
        if not ready:
            break
        try:
            data = os.read(main, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=30)
    os.close(main)
    assert proc.returncode == 0, b"".join(chunks)
    return b"".join(chunks)


def test_hostile_title_on_a_terminal_and_piped(cm: Cm, home: Path) -> None:
    assert cm("init", "--start", "2026-11-16", "--timezone", "Europe/Paris").returncode == 0
    assert cm("--now", NOW, "add", HOSTILE).returncode == 0
    env = {**os.environ, "CMAGENDA_HOME": str(home), "COLUMNS": "300", "TERM": "xterm-256color"}
    for args in (["--now", NOW, "today"], ["--now", NOW, "week"]):
        shown = _tty_run(args, env)
        text = shown.decode("utf-8")
        assert "[bold]x[/bold]" in text and "[/]" in text and ":warning:" in text
        # Only Rich's own colour codes (CSI ... m) may appear: no OSC, no clear screen, no C1.
        escapes = text.split("\x1b")[1:]
        assert all(e.startswith("[") and "m" in e[:20] and not e.startswith("[2J") for e in escapes)
        assert "\x07" not in text and "\u009b" not in text and "\x1b]" not in text
        piped = cm(*args, env=env).stdout
        assert "\x1b" not in piped and "\x07" not in piped and "\u009b" not in piped
    stored = json.loads(cm("--now", NOW, "today", "--json").stdout)
    assert HOSTILE in [t["title"] for t in stored["tasks"]]


def test_modes_and_a_symlinked_store(cm: Cm, home: Path, tmp_path: Path) -> None:
    assert cm("init", "--start", "2026-11-16", "--timezone", "Europe/Paris").returncode == 0
    body = json.loads(cm("--now", NOW, "today", "--json").stdout)
    data = home / "data"
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "store").stat().st_mode) == 0o700
    for path in data.rglob("*"):
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    # A month file kept in a synced folder, linked into the store: it stays a link.
    synced = tmp_path / "Sync" / "2026-11.json"
    synced.parent.mkdir()
    month = data / "store" / "2026-11.json"
    month.rename(synced)
    month.symlink_to(synced)
    assert cm("--now", NOW, "done", body["tasks"][0]["id"]).returncode == 0
    assert month.is_symlink() and month.resolve() == synced
    done = json.loads(synced.read_text("utf-8"))
    assert any(t["status"] == "done" for t in done["tasks"])
    assert list(synced.parent.glob("*.tmp")) == []


@pytest.mark.parametrize(
    ("typed", "encoding", "meant"),
    [
        # A crontab written in UTF-8, read by a Latin-1 locale: the UTF-8 text is meant.
        ("Réunion « été » — café".encode().decode("latin-1"), "latin-1", "Réunion « été » — café"),
        # Bytes that are not UTF-8 keep the locale's reading.
        (b"caf\xe9".decode("latin-1"), "iso8859-1", "café"),
        # Undecodable bytes under an ASCII locale come as surrogates: UTF-8 ones are mended.
        ("été".encode().decode("ascii", "surrogateescape"), "ascii", "été"),
        ("déjà", "utf-8", "déjà"),
    ],
    ids=["utf8-in-latin1", "latin1-in-latin1", "utf8-in-ascii", "utf8"],
)
def test_arguments_mean_what_was_typed_whatever_the_locale(
    typed: str, encoding: str, meant: str
) -> None:
    from cmagenda.cli.streams import utf8_args

    assert utf8_args([typed, "--now", NOW], encoding) == [meant, "--now", NOW]
