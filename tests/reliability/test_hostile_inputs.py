"""Hostile inputs: every file cmagenda reads and every text a command takes is checked before
anything is written. A refused import leaves the store, and everything outside the home,
byte for byte as it was."""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cmagenda.cli import fast as cli_fast
from tests.conftest import NOW, Run

Snapshot = dict[str, bytes]


def files_under(root: Path) -> Snapshot:
    """Every file and folder below `root` (folders as b"/"), by relative path."""
    out: Snapshot = {}
    for path in sorted(root.rglob("*")):
        key = str(path.relative_to(root))
        out[key] = b"/" if path.is_dir() else path.read_bytes()
    return out


@pytest.fixture
def posted(profile: Run) -> Run:
    """23 November planned, with a post in an Instagram slot on the 24th."""
    assert profile("--now", NOW, "today").code == 0
    added = profile(
        "--now", NOW, "post", "add", "--network", "instagram", "--on", "2026-11-24",
        "Photo", "--link", "https://example.org/a",
    )  # fmt: skip
    assert added.code == 0, added.err
    return profile


@pytest.fixture
def backup(posted: Run) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(posted("--now", NOW, "export", "--format", "json").out)
    return body


Import = Callable[..., tuple[int, str]]


@pytest.fixture
def refused(posted: Run, tmp_path: Path, home: Path) -> Import:
    """Write a backup, import it with --replace, and check that nothing was written anywhere
    under the test's folder (the home, and a sibling folder a bad key could reach)."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "victim.json").write_text("precious\n", encoding="utf-8")

    def attempt(body: Any, *, raw: bytes | None = None, lang: str = "en") -> tuple[int, str]:
        path = tmp_path / "backup.json"
        path.write_bytes(raw if raw is not None else json.dumps(body).encode("utf-8"))
        before = files_under(tmp_path)
        result = posted("--lang", lang, "--now", NOW, "import", str(path), "--replace")
        assert files_under(tmp_path) == before
        return result.code, result.err.replace(str(path), "FILE")

    return attempt


def bad(reason: str) -> tuple[int, str]:
    return 4, f"cmagenda: error: FILE is not a readable cmagenda backup: {reason}\n"


def first_task(body: dict[str, Any]) -> dict[str, Any]:
    task: dict[str, Any] = body["months"]["2026-11"]["tasks"][0]
    return task


def first_post(body: dict[str, Any]) -> dict[str, Any]:
    post: dict[str, Any] = body["months"]["2026-11"]["posts"][0]
    return post


# -- month keys --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key",
    ["../outside/victim", "../../x", "/tmp/cmagenda-escape", "index.json/x", "2026-13", "2026-1"],
)
def test_import_refuses_a_month_key_that_is_not_a_month(
    backup: dict[str, Any], refused: Import, key: str
) -> None:
    body = copy.deepcopy(backup)
    body["months"][key] = body["months"]["2026-11"]
    assert refused(body) == bad(f"month key {key!r} is not YYYY-MM")


# -- ids -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "tid", ["../../escaped", "\x1b[2J\x1b[Hab", "abc\r\ndef0123", "ABCDEF012345", "abc"]
)
def test_import_refuses_a_task_id_cmagenda_never_makes(
    backup: dict[str, Any], refused: Import, tid: str
) -> None:
    body = copy.deepcopy(backup)
    first_task(body)["id"] = tid
    assert refused(body) == bad(f"month 2026-11: task id {tid!r} is not 12 lowercase hex digits")


def test_import_refuses_a_post_with_a_bad_id(backup: dict[str, Any], refused: Import) -> None:
    body = copy.deepcopy(backup)
    first_post(body)["id"] = "../../p"
    assert refused(body) == bad("month 2026-11: post id '../../p' is not 12 lowercase hex digits")


def test_import_refuses_an_id_held_by_two_months(backup: dict[str, Any], refused: Import) -> None:
    body = copy.deepcopy(backup)
    twin = copy.deepcopy(first_task(body))
    twin["date"] = twin["origin"] = "2026-12-01"
    body["months"]["2026-12"] = {**body["months"]["2026-11"], "month": "2026-12"}
    body["months"]["2026-12"].update(expanded={}, holidays={}, moved_out={}, posts=[])
    body["months"]["2026-12"]["tasks"] = [twin]
    assert refused(body) == bad(f"id {twin['id']} is in both 2026-11 and 2026-12")


def test_import_refuses_a_task_stored_in_another_month(
    backup: dict[str, Any], refused: Import
) -> None:
    body = copy.deepcopy(backup)
    task = first_task(body)
    task["date"] = "2026-12-02"
    assert refused(body) == bad(
        f"month 2026-11: task {task['id']}: date 2026-12-02 is not in 2026-11"
    )


def test_import_refuses_duplicate_keys(backup: dict[str, Any], refused: Import) -> None:
    raw = json.dumps(backup).replace('"format":', '"version": 1, "format":', 1).encode()
    assert refused(None, raw=raw) == bad("duplicate key 'version'")


# -- sizes, nesting, numbers -------------------------------------------------------------------


def test_import_refuses_a_post_text_over_the_command_limit(
    backup: dict[str, Any], refused: Import
) -> None:
    body = copy.deepcopy(backup)
    post = first_post(body)
    post["text"] = "x" * 5001
    assert refused(body) == bad(
        f"month 2026-11: post {post['id']}: text must have 1 to 5000 characters"
    )


def test_import_refuses_more_posts_than_a_month_can_hold(
    backup: dict[str, Any], refused: Import
) -> None:
    body = copy.deepcopy(backup)
    body["months"]["2026-11"]["posts"] = [first_post(body)] * 10_001
    assert refused(body) == bad("month 2026-11: more than 10000 posts in a month")


def test_import_refuses_deep_nesting_and_huge_numbers_without_an_internal_error(
    backup: dict[str, Any], refused: Import
) -> None:
    deep = b'{"format": "cmagenda-backup", "version": 1, "months": ' + b"[" * 100_000
    assert refused(None, raw=deep) == bad("nested more than 16 levels deep")
    body = copy.deepcopy(backup)
    first_task(body)["minutes"] = 10**399
    assert refused(body) == bad("a number has more than 20 digits")
    body = copy.deepcopy(backup)
    body["kpis"] = [{"network": "facebook", "metric": "followers", "date": "2026-11-23",
                     "value": 1e300}]  # fmt: skip
    assert refused(body) == bad("kpis: value out of bounds (at most 1000000000000000)")


@pytest.mark.parametrize(
    ("link", "reason"),
    [
        ("javascript:alert(1)", "must start with http://, https:// or mailto:"),
        ("https://a.example/\r\nDTSTART:1", "contains a space or a control character"),
        ("https://", "has no address"),
    ],
)
def test_import_refuses_a_link_no_post_can_have(
    backup: dict[str, Any], refused: Import, link: str, reason: str
) -> None:
    body = copy.deepcopy(backup)
    post = first_post(body)
    post["link"] = link
    assert refused(body) == bad(f"month 2026-11: post {post['id']}: link {reason}")


def test_a_refused_import_is_said_in_french(backup: dict[str, Any], refused: Import) -> None:
    body = copy.deepcopy(backup)
    body["months"]["../x"] = {}
    assert refused(body, lang="fr") == (
        4,
        "cmagenda: erreur: FILE n'est pas une sauvegarde cmagenda lisible : "
        "month key '../x' is not YYYY-MM\n",
    )


# -- files that are not files -------------------------------------------------------------------


def test_import_and_templates_check_refuse_a_fifo_without_waiting(
    posted: Run, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    result = posted("import", str(fifo), "--replace")
    assert (result.code, result.err) == (
        2,
        f"cmagenda: error: {fifo} is a named pipe (FIFO): cmagenda reads regular files only\n",
    )
    result = posted("--lang", "fr", "templates", "check", str(fifo))
    assert (result.code, result.err) == (
        2,
        f"cmagenda: erreur: {fifo} est un tube nommé (FIFO)\u00a0: "
        "cmagenda ne lit que des fichiers ordinaires\n",
    )


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_device_or_a_directory_is_refused_before_reading(posted: Run, tmp_path: Path) -> None:
    result = posted("import", "/dev/zero", "--replace")
    assert (result.code, result.err) == (
        2,
        "cmagenda: error: /dev/zero is a device: cmagenda reads regular files only\n",
    )
    result = posted("templates", "check", "/dev/zero")
    assert result.code == 2
    result = posted("import", str(tmp_path), "--replace")
    assert (result.code, result.err) == (
        2,
        f"cmagenda: error: {tmp_path} is a directory: give the path of a file\n",
    )


def test_an_oversized_file_is_refused_from_its_size(posted: Run, tmp_path: Path) -> None:
    # Sparse: the size says it all, and nothing is read.
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as handle:
        handle.truncate(64_000_001)
    result = posted("import", str(huge), "--replace")
    assert (result.code, result.err) == (
        4,
        f"cmagenda: error: {huge} is not a readable cmagenda backup: larger than 64000000 bytes\n",
    )
    big = tmp_path / "checklist.toml"
    with open(big, "wb") as handle:
        handle.truncate(1_000_001)
    result = posted("templates", "check", str(big))
    assert (result.code, result.err) == (
        3,
        f"cmagenda: error: checklist too big: {big} (over 1000000 bytes)\n",
    )


def test_a_store_file_replaced_by_a_fifo_is_an_error_not_a_hang(posted: Run, home: Path) -> None:
    month = home / "data" / "store" / "2026-11.json"
    month.unlink()
    os.mkfifo(month)
    result = posted("--now", NOW, "week", "--plain")
    assert (result.code, result.err) == (
        6,
        f"cmagenda: error: cannot read or write {month}: not a regular file (fifo)\n",
    )


# -- the plan's size ---------------------------------------------------------------------------


def duties(count: int, times: int) -> str:
    clocks = ", ".join(f'"{h:02d}:{m:02d}"' for h in range(24) for m in (0, 30))
    clocks = ", ".join(clocks.split(", ")[:times])
    return "".join(
        f'[duties.d{n}]\ntitle = {{ en = "Duty {n}" }}\nphase = "daily"\nvolet = "content"\n'
        f'minutes = 1\nrrule = "FREQ=DAILY"\ncarry = false\ntimes = [{clocks}]\n\n'
        for n in range(count)
    )


def test_a_checklist_that_would_plan_too_much_in_a_day_is_refused(
    profile: Run, home: Path, tmp_path: Path
) -> None:
    path = tmp_path / "many.toml"
    text = duties(12, 48)
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index("[duties.d8]") + 8  # its `times` line
    result = profile("templates", "check", str(path))
    assert (result.code, result.err) == (
        3,
        "cmagenda: error: invalid checklist:\n"
        f"  {path}:{line}: duty 'd8': the checklist could plan more than 500 tasks on one day "
        "(510 with this duty): remove duties or times\n",
    )
    (home / "checklists.toml").write_text(text, encoding="utf-8")
    assert profile("--now", NOW, "today").code == 3
    (home / "checklists.toml").write_text(duties(8, 48), encoding="utf-8")
    assert profile("templates", "check").code == 0


# -- field limits at the commands ---------------------------------------------------------------


def test_add_refuses_an_empty_or_over_long_title(profile: Run) -> None:
    result = profile("add", "x" * 301)
    assert (result.code, result.err) == (
        2,
        "cmagenda: error: title too long: 301 characters (at most 300)\n",
    )
    result = profile("--lang", "fr", "add", "x" * 301)
    assert (result.code, result.err) == (
        2,
        "cmagenda: erreur: titre trop long\u00a0: 301 caractères (au plus 300)\n",
    )
    for blank in ("\u200b", " \u200d\t\ufeff "):
        result = profile("add", blank)
        assert (result.code, result.err) == (2, "cmagenda: error: the title is empty\n")
    assert profile("add", "x" * 300).code == 0


def test_post_commands_refuse_links_and_texts_no_post_can_have(posted: Run) -> None:
    args = ("--now", NOW, "post", "add", "--network", "instagram", "--on", "2026-11-25")
    result = posted(*args, "Hi", "--link", "javascript:alert(1)")
    assert (result.code, result.err) == (
        2,
        "cmagenda: error: link refused: 'javascript:alert(1)' must start with http://, "
        "https:// or mailto:\n",
    )
    result = posted(*args, "Hi", "--link", "https://a.example/\r\nX")
    assert (result.code, result.err) == (
        2,
        "cmagenda: error: link refused: it contains a space or a control character\n",
    )
    result = posted(*args, "\u200b\u200b")
    assert (result.code, result.err) == (2, "cmagenda: error: the post's text is empty\n")
    post = posted("--now", NOW, "post", "list", "--on", "2026-11-24", "--json").json()
    pid = post["posts"][0]["id"]
    result = posted("--lang", "fr", "post", "edit", pid, "--link", "ftp://x")
    assert (result.code, result.err) == (
        2,
        "cmagenda: erreur: lien refusé\u00a0: «\u00a0ftp://x\u00a0» doit commencer par "
        "http://, https:// ou mailto:\n",
    )
    assert posted(*args, "Hi", "--link", "mailto:cm@example.org").code == 0


def test_skip_refuses_an_over_long_reason_and_kpi_a_400_digit_value(posted: Run) -> None:
    task = posted("--now", NOW, "today", "--json").json()["tasks"][0]["id"]
    result = posted("--now", NOW, "skip", task, "--reason", "r" * 1001)
    assert (result.code, result.err) == (
        2,
        "cmagenda: error: reason too long: 1001 characters (at most 1000)\n",
    )
    result = posted("--now", NOW, "kpi", "add", "facebook", "followers", "9" * 400)
    assert (result.code, result.err) == (
        2,
        f"cmagenda: error: value out of bounds '{'9' * 40}…': at most 1000000000000000\n",
    )


def test_a_checklist_network_name_must_fit_in_the_store(profile: Run, tmp_path: Path) -> None:
    path = tmp_path / "nets.toml"
    name = "n" * 41
    path.write_text(f'[networks.{name}]\nlabel = "N"\nposts_min = 0\nposts_max = 0\n', "utf-8")
    result = profile("templates", "check", str(path))
    assert (result.code, result.err) == (
        3,
        f"cmagenda: error: invalid checklist:\n  {path}:1: network name '{name}': it must have 1"
        " to 40 characters\n",
    )


def test_the_store_checks_its_own_files_as_strictly(posted: Run, home: Path) -> None:
    month = home / "data" / "store" / "2026-11.json"
    body = json.loads(month.read_text("utf-8"))
    body["tasks"][0]["id"] = "\x1b[2Jabcdef0123"
    month.write_text(json.dumps(body), encoding="utf-8")
    before = files_under(home)
    result = posted("--now", NOW, "week", "--plain")
    assert (result.code, result.err) == (
        4,
        f"cmagenda: error: the store {month} is unreadable: task id '\\x1b[2Jabcdef0123' is not "
        "12 lowercase hex digits. It was left untouched; newest good backup: "
        f"{home / 'data' / 'backups' / '2026-11.json.1'} ('cmagenda doctor --restore' puts it "
        "back)\n",
    )
    assert files_under(home) == before


def test_a_checklist_title_that_shows_nothing_is_refused(profile: Run, tmp_path: Path) -> None:
    path = tmp_path / "blank.toml"
    path.write_text('[duties.replies]\ntitle.en = "\\u200b"\n', "utf-8")
    result = profile("templates", "check", str(path))
    assert (result.code, result.err) == (
        3,
        f"cmagenda: error: invalid checklist:\n  {path}:2: duty 'replies': title.en: a title "
        "made only of spaces or invisible characters is empty\n",
    )


def test_a_config_or_window_file_replaced_by_a_fifo_never_blocks(
    posted: Run, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    window = home / "data" / "window.json"
    window.unlink()
    os.mkfifo(window)
    # The morning path takes the FIFO for a stale window, plans from the store and puts a
    # real window file back in its place.
    assert cli_fast.main(["--now", NOW, "today", "--plain"]) == 0
    capsys.readouterr()
    assert window.is_file()
    config = home / "config.toml"
    config.unlink()
    os.mkfifo(config)
    result = posted("--now", NOW, "week", "--plain")
    assert (result.code, result.err) == (
        3,
        f"cmagenda: error: config unreadable: {config} (not a regular file (fifo))\n",
    )
