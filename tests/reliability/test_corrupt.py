"""Guarantees 4 and 5: corrupt or newer files give a clean exit 4 and are never written;
backups rotate; `doctor --restore` puts back the newest good one."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from tests.conftest import NOW, Run
from tests.reliability.conftest import temp_files

WRITES = (("done", "{id}"), ("skip", "{id}"), ("add", "x"), ("move", "{id}", "--to", "2026-11-25"))


@pytest.fixture
def small(run: Run, home: Path) -> tuple[Path, bytes, str]:
    """A store whose index is small: its truncations and flips are cheap to try."""
    assert run("init", "--start", "2026-11-23", "--timezone", "America/Toronto").code == 0
    body = run("--now", NOW, "today", "--json").json()
    index = home / "data" / "store" / "index.json"
    return index, index.read_bytes(), body["tasks"][0]["id"]


def _try_everything(run: Run, path: Path, task_id: str) -> set[int]:
    codes = set()
    bad = path.read_bytes()
    for args in (("today",), ("week",), *WRITES):
        result = run("--now", NOW, "--lang", "en", *(a.format(id=task_id) for a in args))
        codes.add(result.code)
        assert "Traceback" not in result.err
        if result.code == 4:
            assert str(path) in result.err
            assert "newest good backup" in result.err or "newer cmagenda" in result.err
            assert path.read_bytes() == bad
    return codes


def test_every_truncation_of_the_index_is_refused_cleanly(
    small: tuple[Path, bytes, str], run: Run
) -> None:
    index, good, task_id = small
    refused = 0
    # The last byte is a newline: without it the file is still whole.
    for size in range(len(good) - 1):
        index.write_bytes(good[:size])
        codes = _try_everything(run, index, task_id)
        refused += codes == {4}
    # Every strict prefix of a JSON object is invalid JSON.
    assert refused == len(good) - 1


def test_every_truncation_of_a_month_file(run: Run, home: Path) -> None:
    assert run("init", "--start", "2026-11-23", "--timezone", "America/Toronto").code == 0
    assert run("--now", NOW, "add", "Seule tâche", "--on", "2027-03-02").code == 0
    body = run("--now", NOW, "week", "--on", "2027-03-02", "--json").json()
    path = home / "data" / "store" / "2027-03.json"
    good = path.read_bytes()
    task_id = next(t["id"] for d in body["days"] for t in d["tasks"] if t["template"] is None)
    step = max(len(good) // 150, 1)
    sizes = [*range(0, len(good), step)]
    for size in sizes:
        path.write_bytes(good[:size])
        result = run("--now", NOW, "--lang", "en", "week", "--on", "2027-03-02")
        assert result.code == 4 and "Traceback" not in result.err
        write = run("--now", NOW, "done", task_id[:6])
        assert write.code == 4
        assert path.read_bytes() == good[:size]
    assert len(sizes) >= 100


def test_random_byte_flips_never_crash(small: tuple[Path, bytes, str], run: Run) -> None:
    index, good, _ = small
    rng = random.Random(5)
    outcomes = {0: 0, 4: 0}
    for _ in range(60):
        data = bytearray(good)
        for _ in range(rng.randint(1, 3)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        index.write_bytes(bytes(data))
        result = run("--now", NOW, "--lang", "en", "today", "--json")
        assert result.code in (0, 4), result.err
        assert "Traceback" not in result.err
        outcomes[result.code] += 1
        if result.code == 4:
            assert index.read_bytes() == bytes(data)
    assert outcomes[4] >= 40


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00" * 64,
        b"\xef\xbb\xbf" + b'{"schema_version": 1}',
        b'{"schema_version": 1, "last_expanded": null, "open_months": [], "open_months": []}',
        b'{"schema_version": 1, "last_expanded": NaN, "open_months": []}',
        b"[" * 100_000 + b"]" * 100_000,
        b'{"schema_version": 1, "last_expanded": "2026-13-45", "open_months": []}',
        b'{"schema_version": true, "last_expanded": null, "open_months": []}',
        b'{"schema_version": 9, "last_expanded": null, "open_months": []}',
    ],
    ids=["empty", "nul", "bom", "duplicate", "nan", "deep", "bad-date", "bool-version", "newer"],
)
def test_hostile_store_contents(small: tuple[Path, bytes, str], run: Run, content: bytes) -> None:
    index, _, task_id = small
    index.write_bytes(content)
    assert _try_everything(run, index, task_id) == {4}


def test_backups_rotate_and_doctor_restores_the_newest_good_one(
    small: tuple[Path, bytes, str], run: Run, home: Path
) -> None:
    body = run("--now", NOW, "today", "--json").json()
    for task in body["tasks"][:6]:
        assert run("--now", NOW, "done", task["id"]).code == 0
    month = home / "data" / "store" / "2026-11.json"
    backups = sorted(p.name for p in (home / "data" / "backups").glob("2026-11.json.*"))
    # One backup per save after the first (which created the file): the newest three kept.
    assert backups == ["2026-11.json.4", "2026-11.json.5", "2026-11.json.6"]
    newest = home / "data" / "backups" / "2026-11.json.6"
    assert json.loads(newest.read_bytes())["tasks"]  # the state before the last save
    assert run("--lang", "en", "doctor").out == "3 files checked: all readable.\n"
    month.write_bytes(b'{"schema_version": 1, "tasks": [')
    checked = run("--lang", "en", "doctor")
    assert checked.code == 4
    assert checked.out.startswith(f"{month}: ")
    assert f"(newest good backup: {newest})" in checked.out
    expected = newest.read_bytes()
    restored = run("--lang", "en", "doctor", "--restore")
    assert (restored.code, restored.out) == (0, f"{month}: restored from {newest}\n")
    assert month.read_bytes() == expected
    assert run("--now", NOW, "today", "--json").code == 0
    assert temp_files(home) == []
    kept_aside = list((home / "data" / "backups").glob("2026-11.json.bad-*"))
    assert [p.read_bytes() for p in kept_aside] == [b'{"schema_version": 1, "tasks": [']


def test_doctor_without_any_good_backup(run: Run, home: Path) -> None:
    assert run("init", "--start", "2026-11-23", "--timezone", "America/Toronto").code == 0
    assert run("--now", NOW, "today").code == 0
    index = home / "data" / "store" / "index.json"
    index.write_bytes(b"garbage")
    for backup in (home / "data" / "backups").glob("index.json.*"):
        backup.write_bytes(b"also garbage")
    result = run("--lang", "en", "doctor", "--restore")
    assert result.code == 4
    assert result.out.startswith(f"{index}: ")
    assert result.err == "cmagenda: error: 1 unreadable file in the store\n"
    assert index.read_bytes() == b"garbage"
