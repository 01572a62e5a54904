"""Guarantee 3: an I/O failure at any step of a save leaves the store old or new, and exits 6."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from cmagenda.storage import store
from tests.conftest import NOW, Run
from tests.reliability.conftest import temp_files


def fail(code: int) -> OSError:
    return OSError(code, os.strerror(code))


class Faults:
    """Make the n-th call of one I/O step fail."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch

    def on(self, step: str, code: int, nth: int = 1) -> None:
        calls = {"n": 0}

        def hit() -> None:
            calls["n"] += 1
            if calls["n"] == nth:
                raise fail(code)

        if step == "open":
            real_open = os.open

            def open_(path: str, flags: int, *args: int, **kwargs: object) -> int:
                if flags & os.O_EXCL:  # the temp file, not the lock or the directory
                    hit()
                return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

            self.monkeypatch.setattr(store.os, "open", open_)
        elif step == "write":
            real_fdopen = os.fdopen

            class Writer:
                def __init__(self, handle: object) -> None:
                    self.handle = handle

                def __enter__(self) -> Writer:
                    return self

                def __exit__(self, *exc: object) -> None:
                    self.handle.close()  # type: ignore[attr-defined]

                def write(self, data: bytes) -> int:
                    hit()
                    return self.handle.write(data)  # type: ignore[attr-defined,no-any-return]

                def __getattr__(self, name: str) -> object:
                    return getattr(self.handle, name)

            self.monkeypatch.setattr(
                store.os, "fdopen", lambda fd, mode: Writer(real_fdopen(fd, mode))
            )
        else:
            real = getattr(os, step)

            def wrapped(*args: object, **kwargs: object) -> object:
                hit()
                return real(*args, **kwargs)

            self.monkeypatch.setattr(store.os, step, wrapped)


STEPS = [
    ("open", 1),  # creating the month's temp file
    ("write", 1),
    ("fsync", 1),  # the month's temp file's data
    ("replace", 1),  # the journal naming the month and the undo log (see `journal`)
    ("fsync", 2),  # the undo log's temp file's data
]
# The file each step's failure names.
FAILED = {
    ("open", 1): "store/2026-11.json",
    ("write", 1): "store/2026-11.json",
    ("fsync", 1): "store/2026-11.json",
    ("replace", 1): "journal.json",
    ("fsync", 2): "undo.json",
}


@pytest.fixture
def ticked(run: Run, home: Path) -> Iterator[tuple[Path, str]]:
    assert run("init", "--start", "2026-11-16", "--timezone", "America/Toronto").code == 0
    body = run("--now", NOW, "today", "--json").json()
    # One save first, so that every step below (backup included) has something to act on.
    assert run("--now", NOW, "done", body["tasks"][-1]["id"]).code == 0
    yield home / "data" / "store" / "2026-11.json", body["tasks"][-2]["id"]


@pytest.mark.parametrize(("step", "nth"), STEPS)
@pytest.mark.parametrize("code", [errno.EIO, errno.ENOSPC, errno.EROFS])
def test_each_step_failing_leaves_old_or_new(
    ticked: tuple[Path, str], run: Run, monkeypatch: pytest.MonkeyPatch, step: str, nth: int,
    code: int,
) -> None:  # fmt: skip
    path, task_id = ticked
    old = path.read_bytes()
    Faults(monkeypatch).on(step, code, nth)
    result = run("--now", NOW, "--lang", "en", "done", task_id)
    monkeypatch.undo()
    assert result.code == 6, result.err
    failed = path.parents[1] / FAILED[step, nth]
    assert result.err == f"cmagenda: error: cannot read or write {failed}: {os.strerror(code)}\n"
    # A month and its undo log change together or not at all.
    assert path.read_bytes() == old
    assert temp_files(path.parents[2]) == []


def _mount_tmpfs(where: Path, options: str) -> bool:
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], capture_output=True
    )
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    where = tmp_path / "disk"
    if shutil.which("mount") is None or not _mount_tmpfs(where, "size=2m"):
        pytest.skip("cannot mount a tmpfs here (not root, or no mount namespace)")
    yield where
    subprocess.run(["umount", "-l", str(where)], check=False)


@pytest.fixture
def planned_on_small_disk(
    small_disk: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, list[str], Path]:
    """A store planned for today on the small disk: its home, today's ids, the month file."""
    home = small_disk / "home"
    monkeypatch.setenv("CMAGENDA_HOME", str(home))
    assert run("init", "--start", "2026-11-16", "--timezone", "America/Toronto").code == 0
    body = run("--now", NOW, "today", "--json").json()
    return home, [t["id"] for t in body["tasks"]], home / "data" / "store" / "2026-11.json"


def test_a_really_full_disk(
    small_disk: Path, planned_on_small_disk: tuple[Path, list[str], Path], run: Run
) -> None:
    home, ids, path = planned_on_small_disk
    # Fill the disk to the last block.
    filler = small_disk / "filler"
    with open(filler, "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"x" * 512)
        except OSError:
            pass
    before = path.read_bytes()
    results = [run("--now", NOW, "--lang", "en", "done", task_id) for task_id in ids[:3]]
    assert {r.code for r in results} == {6}
    assert "No space left on device" in results[0].err
    assert path.read_bytes() == before
    assert temp_files(home) == []


def test_a_read_only_store(
    small_disk: Path, planned_on_small_disk: tuple[Path, list[str], Path], run: Run
) -> None:
    home, ids, path = planned_on_small_disk
    body = run("--now", NOW, "today", "--json").json()
    before = path.read_bytes()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        result = run("--now", NOW, "--lang", "en", "done", ids[0])
        assert result.code == 6
        assert "Read-only file system" in result.err
        assert str(home / "data") in result.err
        # Reading still works on a read-only store.
        assert run("--now", NOW, "today", "--json").json() == body
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert path.read_bytes() == before


def test_backup_falls_back_to_a_copy_without_hard_links(
    ticked: tuple[Path, str], run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, task_id = ticked
    old = path.read_bytes()
    Faults(monkeypatch).on("link", errno.EXDEV)
    assert run("--now", NOW, "done", task_id).code == 0
    monkeypatch.undo()
    backups = sorted((path.parents[1] / "backups").glob("2026-11.json.*"))
    assert backups[-1].read_bytes() == old
    assert path.read_bytes() != old
