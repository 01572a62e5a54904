"""Files the user names are never clobbered: `export -o` by the kind of file at the path, the
vdir mirror (no symlink followed, only its own files removed, orphaned temp files swept), and
the store's lock file (never created through a symlink; deleting it lets no second writer in)."""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from cmagenda.domain.errors import StoreLockedError
from cmagenda.interop import vdir
from cmagenda.interop.ical import Selection
from cmagenda.storage import locks
from cmagenda.storage.paths import resolve_paths
from cmagenda.storage.store import Store
from tests.conftest import NOW, Run, held_by_a_process, lock_held_elsewhere

SPAN = ("--from", "2026-11-23", "--to", "2026-11-24")
NBSP = "\u00a0"
EXPORT = [sys.executable, "-m", "cmagenda", "--now", NOW, "export", *SPAN, "-o"]


@pytest.fixture
def calendar(profile: Run) -> bytes:
    """What `export` prints for the span: what every named file must receive."""
    shown = profile("--now", NOW, "export", *SPAN)
    assert shown.code == 0, shown.err
    return shown.out.encode("utf-8")


def export_to(run: Run, target: Path | str, *more: str) -> tuple[int, str, str]:
    result = run("--now", NOW, "export", *SPAN, "-o", str(target), *more)
    return result.code, result.out, result.err


def _items(data: bytes) -> int:
    # A to-do per task, and an event per timed duty.
    return data.count(b"BEGIN:VTODO") + data.count(b"BEGIN:VEVENT")


# -- export -o: each kind of target ------------------------------------------------------------


def test_a_regular_file_is_replaced_at_once_keeping_its_permissions(
    profile: Run, calendar: bytes, tmp_path: Path
) -> None:
    target = tmp_path / "agenda.ics"
    target.write_bytes(b"old calendar, longer than nothing\n" * 1000)
    target.chmod(0o644)
    before = target.stat().st_ino
    code, out, err = export_to(profile, target)
    assert (code, err) == (0, "")
    assert out == f"Exported: {_items(calendar)} items to {target}\n"
    assert target.read_bytes() == calendar
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert target.stat().st_ino != before  # a new file took the name: readers saw old or new
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agenda.ics", "home"]


def test_a_new_file_is_private(profile: Run, calendar: bytes, tmp_path: Path) -> None:
    target = tmp_path / "new.ics"
    assert export_to(profile, target)[0] == 0
    assert target.read_bytes() == calendar
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_symlink_to_a_file_has_its_target_replaced(
    profile: Run, calendar: bytes, tmp_path: Path
) -> None:
    (tmp_path / "real").mkdir()
    real = tmp_path / "real" / "agenda.ics"
    real.write_bytes(b"old\n")
    link = tmp_path / "agenda.ics"
    link.symlink_to(real)
    assert export_to(profile, link)[0] == 0
    assert link.is_symlink()
    assert real.read_bytes() == calendar


def test_a_failed_write_leaves_the_old_file_and_no_temp(
    profile: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "agenda.ics"
    target.write_bytes(b"old\n")

    real_replace = os.replace

    def disk_full(src: str, dst: str | Path, **kwargs: int) -> None:
        if str(dst) == "agenda.ics":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_replace(src, dst, **kwargs)  # the store's own writes go on

    monkeypatch.setattr(os, "replace", disk_full)
    assert export_to(profile, target) == (
        6,
        "",
        f"cmagenda: error: cannot read or write {target}: No space left on device\n",
    )
    assert target.read_bytes() == b"old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agenda.ics", "home"]


def test_temp_files_of_a_killed_export_to_a_file_are_swept(
    profile: Run, calendar: bytes, tmp_path: Path
) -> None:
    target = tmp_path / "agenda.ics"
    orphan = f".agenda.ics.{_dead_pid()}.0123456789ab.tmp"
    running = f".agenda.ics.{os.getppid()}.0123456789ab.tmp"
    other = f".notes.txt.{_dead_pid()}.0123456789ab.tmp"
    for name in (orphan, running, other):
        (tmp_path / name).write_bytes(b"half")
    assert export_to(profile, target)[0] == 0
    assert target.read_bytes() == calendar
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["agenda.ics", "home", running, other]
    )


def test_a_missing_folder_is_said(profile: Run, tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "agenda.ics"
    assert export_to(profile, target) == (
        2,
        "",
        f"cmagenda: error: cannot write {target}: its folder does not exist\n",
    )
    assert not (tmp_path / "nowhere").exists()
    beneath_a_file = tmp_path / "home" / "config.toml" / "agenda.ics"
    assert export_to(profile, beneath_a_file)[0] == 2


def test_a_directory_is_refused_in_the_users_language(profile: Run, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    assert export_to(profile, folder) == (
        2,
        "",
        f"cmagenda: error: {folder} is a folder: name a file to write\n",
    )
    french = profile("--lang", "fr", "--now", NOW, "export", *SPAN, "-o", str(folder))
    assert (french.code, french.out) == (2, "")
    assert french.err.startswith("cmagenda: erreur")
    assert french.err.endswith(f": {folder} est un dossier{NBSP}: indiquez un fichier où écrire\n")
    assert list(folder.iterdir()) == []


def test_a_socket_is_refused(profile: Run, tmp_path: Path) -> None:
    path = tmp_path / "s"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        assert export_to(profile, path) == (
            2,
            "",
            f"cmagenda: error: cannot write to {path}: it is a socket\n",
        )
        assert stat.S_ISSOCK(path.lstat().st_mode)
    finally:
        server.close()


def _mknod(path: Path, kind: int, device: int) -> None:
    try:
        os.mknod(path, kind | 0o600, device)
    except (PermissionError, AttributeError):
        pytest.skip("device nodes cannot be made here")


def test_a_block_device_is_refused(profile: Run, tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    _mknod(disk, stat.S_IFBLK, os.makedev(7, 0))
    assert export_to(profile, disk) == (
        2,
        "",
        f"cmagenda: error: cannot write to {disk}: it is a block device (a disk), "
        "never written over\n",
    )
    assert stat.S_ISBLK(disk.lstat().st_mode)


def test_a_character_device_is_written_in_place(profile: Run, tmp_path: Path) -> None:
    null = tmp_path / "null"
    _mknod(null, stat.S_IFCHR, os.makedev(1, 3))
    before = null.lstat()
    code, out, _ = export_to(profile, null)
    assert (code, out.startswith("Exported: ")) == (0, True)
    after = null.lstat()
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)
    system = os.stat("/dev/null")
    assert export_to(profile, "/dev/null")[0] == 0
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert os.stat("/dev/null").st_ino == system.st_ino


def test_a_fifo_is_written_in_place(profile: Run, calendar: bytes, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    try:
        code, out, _ = export_to(profile, fifo)
    finally:
        reader.join(timeout=10)
    assert (code, out) == (0, f"Exported: {_items(calendar)} items to {fifo}\n")
    assert received == [calendar]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_dash_and_dev_stdout_go_to_the_pipe(profile: Run, calendar: bytes) -> None:
    for name in ("-", "/dev/stdout"):
        piped = subprocess.run([*EXPORT, name], capture_output=True, timeout=60)
        assert (piped.returncode, piped.stderr) == (0, b"")
        assert piped.stdout == calendar  # and no confirmation mixed in


def test_a_descriptor_is_written_as_the_shell_opened_it(
    profile: Run, calendar: bytes, tmp_path: Path
) -> None:
    """`-o /dev/stderr 2>> log` appends to the log: neither replaced nor written from its start."""
    log = tmp_path / "log"
    log.write_bytes(b"first line\n")
    with open(log, "ab") as appended:
        done = subprocess.run(
            [*EXPORT, "/dev/stderr"], stdout=subprocess.PIPE, stderr=appended, timeout=60
        )
    assert done.returncode == 0
    assert done.stdout == f"Exported: {_items(calendar)} items to /dev/stderr\n".encode()
    assert log.read_bytes() == b"first line\n" + calendar


# -- the vdir ----------------------------------------------------------------------------------


def export_vdir(run: Run, folder: Path, *span: str) -> tuple[int, str, str]:
    result = run("--now", NOW, "export", "--format", "vdir", "--dir", str(folder), *(span or SPAN))
    return result.code, result.out, result.err


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_symlink_in_the_vdir_is_not_followed(profile: Run, tmp_path: Path) -> None:
    folder = tmp_path / "vdir"
    assert export_vdir(profile, folder)[0] == 0
    items = sorted(p.name for p in folder.glob("*@cmagenda.ics"))
    outside = tmp_path / "outside.txt"
    outside.write_text("precious\n", encoding="utf-8")
    victim = folder / items[0]
    victim.unlink()
    victim.symlink_to(outside)
    code, out, err = export_vdir(profile, folder)
    assert code == 0
    assert err == f"cmagenda: {victim} is a symbolic link: left alone, not written\n"
    assert out == f"{folder}: 0 files written, {len(items) - 1} unchanged, 0 removed\n"
    assert outside.read_text(encoding="utf-8") == "precious\n"
    assert victim.is_symlink()
    manifest = (folder / ".cmagenda-manifest").read_text(encoding="utf-8").splitlines()
    assert manifest == ["# cmagenda vdir manifest 1", *sorted(["displayname", *items[1:]])]


def test_only_files_in_the_manifest_are_removed(profile: Run, tmp_path: Path) -> None:
    folder = tmp_path / "vdir"
    folder.mkdir()
    foreign = folder / "another-profile-task@cmagenda.ics"
    foreign.write_text("someone else's\n", encoding="utf-8")
    assert export_vdir(profile, folder)[0] == 0
    wide = sorted(p.name for p in folder.glob("*@cmagenda.ics") if p != foreign)
    code, out, err = export_vdir(
        profile, folder, "--from", "2026-11-24", "--to", "2026-11-24", "--prune"
    )
    narrow = sorted(p.name for p in folder.glob("*@cmagenda.ics") if p != foreign)
    assert (code, err) == (0, "")
    assert out == (
        f"{folder}: 0 files written, {len(narrow)} unchanged, {len(wide) - len(narrow)} removed\n"
    )
    assert 0 < len(narrow) < len(wide)
    assert foreign.read_text(encoding="utf-8") == "someone else's\n"
    manifest = (folder / ".cmagenda-manifest").read_text(encoding="utf-8").splitlines()
    assert manifest == ["# cmagenda vdir manifest 1", *sorted(["displayname", *narrow])]


def test_a_manifest_it_cannot_read_stops_every_removal(profile: Run, tmp_path: Path) -> None:
    folder = tmp_path / "vdir"
    assert export_vdir(profile, folder)[0] == 0
    before = _names(folder)
    (folder / ".cmagenda-manifest").write_text("edited by hand\n", encoding="utf-8")
    code, out, err = export_vdir(
        profile, folder, "--from", "2026-11-24", "--to", "2026-11-24", "--prune"
    )
    assert (code, out.endswith(" 0 removed\n")) == (0, True)
    assert err == (
        f"cmagenda: {folder / '.cmagenda-manifest'} is not a list of cmagenda's files it can "
        "read: nothing is removed from the folder\n"
    )
    assert _names(folder) == before
    assert (folder / ".cmagenda-manifest").read_text(encoding="utf-8") == "edited by hand\n"


def test_an_export_interrupted_midway_leaves_every_written_file_listed(
    profile: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "vdir"
    real_replace = os.replace
    renamed: list[str] = []

    def interrupted(src: str, dst: str | Path, **kwargs: int) -> None:
        if str(dst).endswith("@cmagenda.ics"):
            if len(renamed) == 2:
                raise KeyboardInterrupt  # Ctrl-C between two items
            renamed.append(str(dst))
        real_replace(src, dst, **kwargs)

    monkeypatch.setattr(os, "replace", interrupted)
    stopped = export_vdir(profile, folder)
    assert stopped[0] == 130, stopped
    monkeypatch.setattr(os, "replace", real_replace)
    written = sorted(p.name for p in folder.glob("*@cmagenda.ics"))
    assert len(written) == 2 and not list(folder.glob(".*.tmp"))
    listed = (folder / ".cmagenda-manifest").read_text(encoding="utf-8").splitlines()[1:]
    assert set(written) < set(listed)
    code, out, _ = export_vdir(profile, folder)
    assert (code, out) == (
        0,
        f"{folder}: {len(listed) - 2} files written, 2 unchanged, 0 removed\n",
    )


def test_a_directory_named_like_an_item_is_skipped(profile: Run, tmp_path: Path) -> None:
    folder = tmp_path / "vdir"
    assert export_vdir(profile, folder)[0] == 0
    items = sorted(p.name for p in folder.glob("*@cmagenda.ics"))
    squatted = folder / items[-1]
    squatted.unlink()
    squatted.mkdir()
    code, out, err = export_vdir(profile, folder)
    assert (code, err) == (0, f"cmagenda: {squatted} is a folder: left alone, not written\n")
    assert out == f"{folder}: 0 files written, {len(items) - 1} unchanged, 0 removed\n"
    assert squatted.is_dir()


def test_dir_naming_a_file_is_a_usage_error(profile: Run, tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("x\n", encoding="utf-8")
    assert export_vdir(profile, plain) == (2, "", f"cmagenda: error: --dir {plain}: not a folder\n")
    assert export_vdir(profile, plain / "sub")[0] == 2
    assert plain.read_text(encoding="utf-8") == "x\n"


def _dead_pid() -> int:
    command = [sys.executable, "-c", "import os; print(os.getpid())"]
    child = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", check=True)
    return int(child.stdout)


def test_temp_files_left_by_a_killed_export_are_swept(profile: Run, tmp_path: Path) -> None:
    folder = tmp_path / "vdir"
    assert export_vdir(profile, folder)[0] == 0
    before = _names(folder)
    item = next(n for n in before if n.endswith("@cmagenda.ics"))
    orphans = [
        f".{item}.{_dead_pid()}.0123456789ab.tmp",
        f".displayname.{_dead_pid()}.a1b2c3d4e5f6.tmp",
    ]
    kept = [
        f".{item}.{os.getppid()}.0123456789ab.tmp",
        ".notes.tmp",
        f".mine.{_dead_pid()}.0123456789ab.tmp",
    ]
    for name in orphans + kept:
        (folder / name).write_bytes(b"half")
    assert export_vdir(profile, folder)[0] == 0
    assert _names(folder) == sorted(before + kept)


def test_the_displayname_names_the_profile_unless_the_user_named_it(
    profile: Run, tmp_path: Path
) -> None:
    folder = tmp_path / "vdir"
    folder.mkdir()
    (folder / "displayname").write_bytes(b"cmagenda\n")  # what earlier versions wrote
    assert export_vdir(profile, folder)[0] == 0
    shown = (folder / "displayname").read_text(encoding="utf-8")
    assert shown == "cmagenda — 2026-11-16 America/Toronto\n"
    (folder / "displayname").write_text("Client A\n", encoding="utf-8")
    (folder / ".cmagenda-manifest").write_text("# cmagenda vdir manifest 1\n", encoding="utf-8")
    assert export_vdir(profile, folder)[0] == 0
    assert (folder / "displayname").read_text(encoding="utf-8") == "Client A\n"


def test_an_id_that_is_not_a_plain_name_never_becomes_a_path(tmp_path: Path) -> None:
    import datetime as dt

    from icalendar import Todo

    folder = tmp_path / "vdir"
    items = []
    for key in ("../../escaped", "ok-1", "UPPER", "a/b", ".hidden"):
        item = Todo()
        item.add("uid", f"{key}@cmagenda")
        item.add("summary", key)
        items.append(item)
    day = dt.date(2026, 11, 23)
    chosen = Selection(
        start=day, end=day, tasks=[], posts=[], zone="Europe/Paris", voice=None,  # type: ignore[arg-type]
        now=dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC),
    )  # fmt: skip
    done = vdir.write(folder, items, chosen, "cmagenda — test")
    assert done.counts == (1, 0, 0)
    assert [note for note in done.notes] == [
        ("vdir.bad_id", {"id": key}) for key in ("../../escaped", "UPPER", "a/b", ".hidden")
    ]
    assert _names(folder) == [".cmagenda-manifest", "displayname", "ok-1@cmagenda.ics"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vdir"]


# -- the lock file -----------------------------------------------------------------------------


def test_a_symlink_at_the_lock_path_is_refused(profile: Run, home: Path, tmp_path: Path) -> None:
    lock = resolve_paths({"CMAGENDA_HOME": str(home)}).lock_file
    lock.parent.mkdir(parents=True, exist_ok=True)
    elsewhere = tmp_path / "created-by-following"
    lock.symlink_to(elsewhere)
    result = profile("--now", NOW, "add", "Call the printer")
    assert (result.code, result.out) == (6, "")
    assert result.err == (
        f"cmagenda: error: {lock} is not a regular file (a symbolic link?): cmagenda does not "
        "follow it; remove it and it will be made again\n"
    )
    assert not elsewhere.exists() and lock.is_symlink()
    lock.unlink()
    lock.mkdir()
    assert profile("--now", NOW, "add", "Call the printer").code == 6


HOLDER = """
import os, sys, time
from cmagenda.storage.paths import resolve_paths
from cmagenda.storage.store import Store
with Store(resolve_paths(os.environ)).locked():
    print("held", flush=True)
    time.sleep(30)
"""


def cmagenda_holds_the_lock(home: Path) -> contextlib.AbstractContextManager[None]:
    return held_by_a_process(["-c", HOLDER], {**os.environ, "CMAGENDA_HOME": str(home)})


def test_deleting_the_lock_file_while_held_lets_no_second_writer_in(
    profile: Run, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CMAGENDA_LOCK_TIMEOUT", "0.3")
    paths = resolve_paths({"CMAGENDA_HOME": str(home)})
    with cmagenda_holds_the_lock(home):
        paths.lock_file.unlink()
        with pytest.raises(StoreLockedError), Store(paths, lock_timeout=0.3).locked():
            pass  # pragma: no cover - the second writer must wait
        added = profile("--now", NOW, "add", "Call the printer")
        assert added.code == 7
    with Store(paths, lock_timeout=2).locked():
        assert paths.lock_file.is_file()


def test_a_waiter_on_a_replaced_lock_file_locks_the_new_one(
    profile: Run, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opened before the file was deleted and made again: locking the old one is no lock."""
    paths = resolve_paths({"CMAGENDA_HOME": str(home)})
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    stale = os.open(paths.lock_file, os.O_RDWR | os.O_CREAT)
    paths.lock_file.unlink()
    real_open = locks._open_lock
    opened = iter([stale])
    monkeypatch.setattr(locks, "_open_lock", lambda path: next(opened, None) or real_open(path))
    with (
        lock_held_elsewhere(home),
        pytest.raises(StoreLockedError),
        Store(paths, lock_timeout=0.3).locked(),
    ):
        pass  # pragma: no cover - the new file is held elsewhere
