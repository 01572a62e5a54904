"""Changes that span files happen entirely or not at all: a move or post move across months, an
import, an undo, killed at each rename or refused a write (ENOSPC, EIO, EROFS, EPERM); replaced
files kept in numbered backups; planning that never skips a day after a run with the clock ahead."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from cmagenda.domain.planner import added_id
from tests.conftest import Run
from tests.reliability.conftest import temp_files

NOW = "2026-11-27T09:00:00+01:00"
LATER = "2026-11-27T10:00:00+01:00"
# The task every case moves: added for Friday 2026-11-27 at NOW.
TASK = added_id("Appeler la presse", dt.date(2026, 11, 27), dt.datetime.fromisoformat(NOW))
STRACE = shutil.which("strace")


class Killed(BaseException):
    """The process dies here: no except clause of the program sees it."""


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store planned for the week of 2026-11-23 with a task added on Friday the 27th, a post
    on the 30th, a KPI value; made once: each case starts from a copy."""
    root = tmp_path_factory.mktemp("pristine") / "home"
    env = {**os.environ, "CMAGENDA_HOME": str(root)}
    code = (
        "from cmagenda.cli.main import main\n"
        "assert main(['init', '--start', '2026-11-23', '--timezone', 'Europe/Paris',"
        " '--lang', 'en']) == 0\n"
        f"assert main(['--now', '{NOW}', 'today']) == 0\n"
        f"assert main(['--now', '{NOW}', 'add', 'Appeler la presse', '--on', '2026-11-27'])"
        " == 0\n"
        f"assert main(['--now', '{NOW}', 'post', 'add', 'Bilan', '--network', 'linkedin',"
        " '--on', '2026-11-30', '--at', '10:00']) == 0\n"
        f"assert main(['--now', '{NOW}', 'kpi', 'add', 'linkedin', 'followers', '120',"
        " '--on', '2026-11-20']) == 0\n"
    )
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
    return root


@pytest.fixture
def store(pristine: Path, home: Path) -> Callable[[], None]:
    """Puts the pristine store in place (again)."""

    def reset() -> None:
        shutil.rmtree(home, ignore_errors=True)
        shutil.copytree(pristine, home)

    reset()
    return reset


def months_of(home: Path, task_id: str) -> list[str]:
    """The months whose task list holds `task_id`."""
    found = []
    for path in sorted((home / "data" / "store").glob("20*.json")):
        if any(t["id"] == task_id for t in json.loads(path.read_text("utf-8"))["tasks"]):
            found.append(path.stem)
    return found


def post_months(home: Path) -> list[str]:
    found = []
    for path in sorted((home / "data" / "store").glob("20*.json")):
        found += [path.stem for _ in json.loads(path.read_text("utf-8"))["posts"]]
    return found


def snapshot(home: Path) -> dict[str, bytes]:
    """The data a user owns: months, index, undo log, KPI log, profile and checklist."""
    names = [
        *(f"data/store/{p.name}" for p in (home / "data" / "store").glob("*.json")),
        "data/undo.json",
        "data/kpi.json",
        "config.toml",
        "checklists.toml",
    ]
    return {n: (home / n).read_bytes() for n in sorted(names) if (home / n).exists()}


@contextlib.contextmanager
def fault(
    monkeypatch: pytest.MonkeyPatch, name: str, n: int, error: BaseException
) -> Iterator[list[int]]:
    """`os.<name>` raises `error` at its `n`th call ("write": the `n`th write to a file opened
    with `os.fdopen`, as every data file is written); yields the count of calls."""
    real = getattr(os, "fdopen" if name == "write" else name)
    calls = [0]

    def count() -> None:
        calls[0] += 1
        if calls[0] == n:
            raise error

    def wrapper(*args: object, **kwargs: object) -> object:
        if name == "open" and int(args[1]) & os.O_NONBLOCK:  # type: ignore[call-overload]
            return real(*args, **kwargs)  # reading a file the user names: these refuse writes
        count()
        return real(*args, **kwargs)

    class Handle:
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def __enter__(self) -> Handle:
            return self

        def __exit__(self, *exc: object) -> None:
            self.inner.close()

        def write(self, data: bytes) -> int:
            count()
            return int(self.inner.write(data))

        def __getattr__(self, attr: str) -> object:
            return getattr(self.inner, attr)

    with monkeypatch.context() as patch:
        if name == "write":
            patch.setattr(os, "fdopen", lambda fd, mode: Handle(real(fd, mode)))
        else:
            patch.setattr(os, name, wrapper)
        yield calls


def hit(
    run: Run, monkeypatch: pytest.MonkeyPatch, name: str, n: int, error: BaseException,
    *args: str,
) -> tuple[int | None, bool]:  # fmt: skip
    """Run a command with the fault; its exit code (None when killed), and whether it fired."""
    with fault(monkeypatch, name, n, error) as calls:
        try:
            code: int | None = run("--now", NOW, "--lang", "en", *args).code
        except Killed:
            code = None
    return code, calls[0] >= n


def settled(run: Run, home: Path) -> None:
    """The next command finishes or undoes what it finds; nothing is left lying around."""
    assert run("--now", NOW, "today", "--json").code == 0
    assert not (home / "data" / "journal.json").exists()
    assert run("--now", NOW, "doctor").code == 0


MOVE = ("move", TASK, "--to", "2026-12-02")


def test_a_cross_month_move_killed_at_each_rename_is_all_or_nothing(
    store: Callable[[], None], run: Run, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outcomes = []
    for n in range(1, 20):
        store()
        code, fired = hit(run, monkeypatch, "replace", n, Killed(), *MOVE)
        if not fired:
            break
        settled(run, home)
        outcomes.append((code, months_of(home, TASK)))
    # Renames: the journal, November, December, the index, the undo log.
    assert outcomes == [(None, ["2026-11"]), *[(None, ["2026-12"])] * 4]


def test_after_a_kill_done_and_undo_work_on_the_one_copy(
    store: Callable[[], None], run: Run, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n, month in ((1, "2026-11"), (3, "2026-12")):
        store()
        assert hit(run, monkeypatch, "replace", n, Killed(), *MOVE) == (None, True)
        assert run("--now", NOW, "--lang", "en", "done", TASK[:6]).code == 0
        task = _task(home, month)
        assert task["status"] == "done"
        said = run("--now", NOW, "--lang", "en", "undo")
        assert said.out == "Undone (done): 1 task put back\n"
        assert _task(home, month)["status"] == "todo"
        said = run("--now", NOW, "--lang", "en", "undo")
        if month == "2026-12":
            assert said.out == "Undone (move): 1 task put back\n"
        else:
            # Before the move: the KPI value the store was made with, the newest change.
            assert said.out == "Undone (kpi add): 1 KPI value put back\n"
        assert months_of(home, TASK) == ["2026-11"]
        assert run("--now", NOW, "doctor").code == 0
        assert temp_files(home) == []


def _task(home: Path, month: str) -> dict[str, object]:
    body = json.loads((home / "data" / "store" / f"{month}.json").read_text("utf-8"))
    return next(t for t in body["tasks"] if t["id"] == TASK)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("open", errno.EROFS),
        ("write", errno.ENOSPC),
        ("fsync", errno.EIO),
        ("replace", errno.EPERM),
        ("unlink", errno.EIO),
    ],
)
def test_a_cross_month_move_refused_a_write_changes_nothing(
    store: Callable[[], None],
    run: Run,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    code: int,
) -> None:
    before = snapshot(home)
    outcomes: dict[int, int] = {}
    for n in range(1, 60):
        store()
        exit_code, fired = hit(run, monkeypatch, name, n, OSError(code, os.strerror(code)), *MOVE)
        if not fired:
            break
        assert exit_code in (0, 6)
        outcomes[exit_code] = outcomes.get(exit_code, 0) + 1
        assert not (home / "data" / "journal.json").exists()
        if exit_code == 6:
            # As before, byte for byte: nothing else to check.
            assert snapshot(home) == before
            assert temp_files(home) == []
        else:
            assert months_of(home, TASK) == ["2026-12"]
            if outcomes[0] == 1:
                settled(run, home)
    assert outcomes == REFUSED[name]


# Of the calls a move makes, how many refused make it change nothing (exit 6) or change it all
# (exit 0: an old file's kept link not removed, left to the next command's sweep). The journal's
# unlink is not synced (see `journal._finish`): one open and one fsync fewer than a removal.
REFUSED = {
    "open": {6: 10},
    "write": {6: 5},
    "fsync": {6: 9},
    "replace": {6: 5},
    "unlink": {0: 10, 6: 1},
}


def test_an_immutable_target_is_said_and_nothing_changes(
    store: Callable[[], None], run: Run, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(home)
    # The third rename is December's, after November's: that one is put back.
    error = OSError(errno.EPERM, "Operation not permitted")
    with fault(monkeypatch, "replace", 3, error):
        said = run("--now", NOW, "--lang", "en", *MOVE)
    assert said.code == 6
    december = home / "data" / "store" / "2026-12.json"
    assert said.err == (
        f"cmagenda: error: nothing was changed: cannot write {december}: Operation not permitted\n"
    )
    assert snapshot(home) == before
    assert run("--now", NOW, "--lang", "en", *MOVE).code == 0
    assert months_of(home, TASK) == ["2026-12"]


def test_a_really_immutable_month_refuses_the_move_whole(
    store: Callable[[], None], run: Run, home: Path
) -> None:
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("chattr is not installed")
    assert run("--now", NOW, "week", "--on", "2026-12-02").code == 0
    december = home / "data" / "store" / "2026-12.json"
    before = snapshot(home)
    if subprocess.run([chattr, "+i", str(december)], capture_output=True).returncode != 0:
        pytest.skip("this file system or user cannot make a file immutable")
    try:
        said = run("--now", NOW, "--lang", "fr", *MOVE)
    finally:
        subprocess.run([chattr, "-i", str(december)], check=True)
    assert said.code == 6
    assert said.err == (
        f"cmagenda: erreur: rien n'a été changé\u00a0: écriture impossible de {december}\u00a0: "
        "Operation not permitted\n"
    )
    assert snapshot(home) == before
    assert temp_files(home) == []


@pytest.mark.skipif(STRACE is None, reason="strace is not installed")
def test_a_cross_month_move_sigkilled_at_each_rename(
    store: Callable[[], None], run: Run, home: Path
) -> None:
    outcomes = []
    for n in (1, 2, 3, 4, 5):
        store()
        killed = subprocess.run(
            [
                str(STRACE), "-f", "-qq", "-o", os.devnull, "-e", "trace=rename",
                "-e", f"inject=rename:signal=SIGKILL:when={n}",
                sys.executable, "-m", "cmagenda", "--now", NOW, *MOVE,
            ],
            env={**os.environ, "CMAGENDA_HOME": str(home)},
            capture_output=True,
            check=False,
        )  # fmt: skip
        if killed.returncode == 1 and b"PTRACE" in killed.stderr:
            pytest.skip("strace cannot trace here")
        assert killed.returncode in (-9, 137), killed.stderr
        settled(run, home)
        outcomes.append(months_of(home, TASK))
    assert outcomes == [["2026-11"], *[["2026-12"]] * 4]


def test_a_post_moved_across_months_killed_at_each_rename(
    store: Callable[[], None], run: Run, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    november = json.loads((home / "data" / "store" / "2026-11.json").read_text("utf-8"))
    post = november["posts"][0]["id"]
    outcomes = []
    for n in range(1, 20):
        store()
        args = ("post", "move", post, "--to", "2026-12-01")
        code, fired = hit(run, monkeypatch, "replace", n, Killed(), *args)
        if not fired:
            break
        settled(run, home)
        outcomes.append((code, post_months(home)))
    # Planning December first is a change of its own (its journal, December, the index); then
    # the move's journal, November, December, the undo log.
    assert outcomes == [*[(None, ["2026-11"])] * 4, *[(None, ["2026-12"])] * 3]


def test_an_undo_across_months_killed_at_each_rename(
    store: Callable[[], None], run: Run, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("--now", NOW, *MOVE).code == 0
    moved = home.parent / "moved"
    shutil.copytree(home, moved)
    outcomes = []
    for n in range(1, 20):
        shutil.rmtree(home)
        shutil.copytree(moved, home)
        code, fired = hit(run, monkeypatch, "replace", n, Killed(), "undo")
        if not fired:
            break
        settled(run, home)
        outcomes.append((code, months_of(home, TASK)))
    # The journal, November, December, the index, the undo log.
    assert outcomes == [(None, ["2026-12"]), *[(None, ["2026-11"])] * 4]


# -- import ----------------------------------------------------------------------------------


@pytest.fixture
def imported(store: Callable[[], None], run: Run, home: Path) -> tuple[Path, Path, Path]:
    """A backup of the pristine store; the local store changed since (a December task, a KPI
    value, the profile's language) kept as `local`; the store a clean replace gives, `replaced`."""
    backup = home.parent / "backup.json"
    assert run("--now", NOW, "export", "--format", "json", "-o", str(backup)).code == 0
    assert run("--now", NOW, "add", "Tâche locale", "--on", "2026-12-15").code == 0
    assert run("--now", NOW, "kpi", "add", "linkedin", "followers", "130").code == 0
    assert run("--now", NOW, "init", "--force", "--lang", "fr").code == 0
    # Each store as the `today` run after a kill leaves it.
    assert run("--now", NOW, "today").code == 0
    local = home.parent / "local"
    shutil.copytree(home, local)
    assert run("--now", NOW, "import", "--replace", str(backup)).code == 0
    assert run("--now", NOW, "today").code == 0
    replaced = home.parent / "replaced"
    shutil.copytree(home, replaced)
    return backup, local, replaced


def test_an_import_replace_killed_at_each_step_is_before_or_after(
    imported: tuple[Path, Path, Path], run: Run, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup, local, replaced = imported
    old, new = snapshot(local), snapshot(replaced)
    assert old != new
    outcomes = []
    # Every rename; the removals up to December's (the rest remove the kept links).
    for name, most in (("replace", 40), ("unlink", 4)):
        for n in range(1, most):
            shutil.rmtree(home)
            shutil.copytree(local, home)
            args = ("import", "--replace", str(backup))
            code, fired = hit(run, monkeypatch, name, n, Killed(), *args)
            if not fired:
                break
            assert run("--now", NOW, "today").code == 0
            now = snapshot(home)
            now.pop("data/undo.json")  # the `today` above may plan and add nothing to undo
            same = "old" if now == _no_undo(old) else "new" if now == _no_undo(new) else now
            outcomes.append((name, code, same))
    # Renames: the files the undo step keeps, the journal, config.toml, November, kpi.json,
    # the index, the undo log.
    assert outcomes == [
        *[("replace", None, "old")] * 2,
        *[("replace", None, "new")] * 5,
        # A leftover of an earlier crash, then the sweep, then December's removal.
        *[("unlink", None, "old")] * 2,
        ("unlink", None, "new"),
    ]


def test_an_import_merge_killed_at_each_rename_is_before_or_after(
    imported: tuple[Path, Path, Path], run: Run, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, local, _ = imported
    # A backup newer than this home: the task ticked off elsewhere an hour later wins a merge.
    shutil.rmtree(home)
    shutil.copytree(local, home)
    assert run("--now", LATER, "done", TASK[:6]).code == 0
    backup = home.parent / "newer.json"
    assert run("--now", LATER, "export", "--format", "json", "-o", str(backup)).code == 0
    shutil.rmtree(home)
    shutil.copytree(local, home)
    ticked = home.parent / "ticked"
    shutil.copytree(home, ticked)
    assert run("--now", NOW, "import", "--merge", str(backup)).code == 0
    assert run("--now", NOW, "today").code == 0
    old, new = _no_undo(snapshot(ticked)), _no_undo(snapshot(home))
    assert old != new
    outcomes = []
    for n in range(1, 40):
        shutil.rmtree(home)
        shutil.copytree(ticked, home)
        code, fired = hit(
            run, monkeypatch, "replace", n, Killed(), "import", "--merge", str(backup)
        )
        if not fired:
            break
        assert run("--now", NOW, "today").code == 0
        now = _no_undo(snapshot(home))
        outcomes.append((code, "old" if now == old else "new" if now == new else now))
    # Renames: the files the undo step keeps (before the change), the journal, November,
    # kpi.json, the index, the undo log.
    assert outcomes == [*[(None, "old")] * 2, *[(None, "new")] * 4]


def test_an_import_replace_refused_a_write_changes_nothing(
    imported: tuple[Path, Path, Path], run: Run, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup, local, _ = imported
    old = snapshot(local)
    refused = []
    for name, code in (("write", errno.ENOSPC), ("replace", errno.EPERM)):
        for n in range(1, 40):
            shutil.rmtree(home)
            shutil.copytree(local, home)
            error = OSError(code, os.strerror(code))
            exit_code, fired = hit(
                run, monkeypatch, name, n, error, "import", "--replace", str(backup)
            )
            if not fired:
                break
            assert snapshot(home) == old
            assert temp_files(home) == []
            assert not (home / "data" / "journal.json").exists()
            refused.append((name, exit_code))
    # Written: the files the undo step keeps, the journal and five files (config, November,
    # KPIs, index, undo log); renamed: the same seven.
    assert refused == [("write", 6)] * 7 + [("replace", 6)] * 7


def _no_undo(files: dict[str, bytes]) -> dict[str, bytes]:
    return {k: v for k, v in files.items() if k != "data/undo.json"}


def test_two_replaces_keep_every_replaced_file_numbered(
    imported: tuple[Path, Path, Path], run: Run, home: Path
) -> None:
    backup, local, _ = imported
    december = (local / "data" / "store" / "2026-12.json").read_bytes()
    config = (local / "config.toml").read_bytes()
    assert run("--now", NOW, "add", "Encore", "--on", "2026-12-16").code == 0
    december_2 = (home / "data" / "store" / "2026-12.json").read_bytes()
    assert run("--now", NOW, "import", "--replace", str(backup)).code == 0
    backups = home / "data" / "backups"
    names = ("2026-11.json", "2026-12.json", "config.toml", "index.json", "kpi.json", "undo.json")
    assert sorted(p.name for p in backups.glob("*.replaced-*")) == [
        f"{name}.replaced-{n}" for name in names for n in (1, 2)
    ]
    assert (backups / "2026-12.json.replaced-1").read_bytes() == december
    assert (backups / "2026-12.json.replaced-2").read_bytes() == december_2
    assert (backups / "config.toml.replaced-1").read_bytes() == config


def test_doctor_finishes_an_interrupted_change_first(
    store: Callable[[], None], run: Run, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert hit(run, monkeypatch, "replace", 2, Killed(), *MOVE) == (None, True)
    journal = home / "data" / "journal.json"
    assert journal.exists()
    said = run("--now", NOW, "--lang", "en", "doctor")
    assert (said.code, said.out) == (0, "5 files checked: all readable.\n")
    assert not journal.exists()
    assert months_of(home, TASK) == ["2026-12"]


def test_a_change_neither_finished_nor_undone_is_said_then_undone_whole(
    store: Callable[[], None], run: Run, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Killed once November has its new file; then December and the kept files refuse renames.
    assert hit(run, monkeypatch, "replace", 3, Killed(), *MOVE) == (None, True)
    real = os.replace

    def refuse(src: str, dst: str) -> None:
        if str(dst).endswith("2026-12.json") or ".old." in str(src):
            raise OSError(errno.EPERM, os.strerror(errno.EPERM))
        real(src, dst)

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", refuse)
        said = run("--now", NOW, "--lang", "en", "doctor")
    journal = home / "data" / "journal.json"
    december = home / "data" / "store" / "2026-12.json"
    assert (said.code, said.err) == (
        6,
        f"cmagenda: error: an interrupted change could be neither finished nor undone "
        f"({journal}): {december}: Operation not permitted; undoing: Operation not permitted. "
        "Every command tries again before writing anything.\n",
    )
    assert json.loads(journal.read_text("utf-8"))["undo"] is True
    # Once the files can be renamed again, the change is undone, never finished half-way.
    assert run("--now", NOW, "today").code == 0
    assert not journal.exists()
    assert months_of(home, TASK) == ["2026-11"]
    assert run("--now", NOW, "doctor").code == 0


def test_a_journal_naming_a_file_outside_the_store_is_refused(
    store: Callable[[], None], run: Run, home: Path
) -> None:
    journal = home / "data" / "journal.json"
    entry = {"target": "/etc/passwd", "temp": None, "old": None}
    body = {"schema_version": 1, "undo": False, "entries": [entry]}
    journal.write_text(json.dumps(body), "utf-8")
    said = run("--now", NOW, "--lang", "en", *MOVE)
    assert said.code == 4
    assert said.err == (
        f"cmagenda: error: unreadable journal of a change: {journal} "
        "(target outside the store: '/etc/passwd'); nothing is written while it is there\n"
    )
    assert months_of(home, TASK) == ["2026-11"]


# -- planning after a run with the clock ahead -----------------------------------------------


def test_a_run_with_the_clock_ahead_skips_no_day(run: Run, home: Path) -> None:
    assert run("init", "--start", "2026-11-02", "--timezone", "Europe/Paris").code == 0
    assert run("--now", "2026-11-09T09:00:00+01:00", "today").code == 0
    assert run("--now", "2027-06-01T09:00:00+02:00", "today").code == 0
    assert run("--now", NOW, "today").code == 0
    body = json.loads((home / "data" / "store" / "2026-11.json").read_text("utf-8"))
    assert sorted(body["expanded"]) == [f"2026-11-{d:02}" for d in range(2, 30)]
    weekly = sorted(t["date"] for t in body["tasks"] if t["template"] == "weekly-report")
    assert weekly == ["2026-11-06", "2026-11-13", "2026-11-20", "2026-11-27"]
