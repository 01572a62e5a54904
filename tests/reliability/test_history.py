"""Undo takes back the most recent change of any kind, and a merge never reverts newer work."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from cmagenda.domain.merge import merge, said
from cmagenda.domain.model import Post
from cmagenda.domain.month import Month
from cmagenda.domain.readings import Reading
from tests.conftest import NOW, Run

LATER = "2026-11-23T10:00:00-05:00"
LATEST = "2026-11-23T11:00:00-05:00"


def _tasks(run: Run, lang: str = "en") -> list[dict[str, object]]:
    body = run("--lang", lang, "--now", NOW, "today", "--json").json()
    return [t for t in body["tasks"] if t["date"] == "2026-11-23" and t["template"]]


def _backup(run: Run, path: Path, now: str = NOW) -> Path:
    result = run("--now", now, "export", "--format", "json")
    assert result.code == 0, result.err
    path.write_text(result.out, encoding="utf-8")
    return path


def _files(home: Path) -> dict[str, str]:
    data = home / "data"
    found = [*sorted((data / "store").glob("2026-*.json")), data / "kpi.json", home / "config.toml"]
    return {p.name: p.read_text(encoding="utf-8") for p in found if p.exists()}


def _stored(home: Path) -> dict[str, dict[str, dict[str, object]]]:
    """Each month file's tasks by id."""
    return {
        p.stem: {t["id"]: t for t in json.loads(p.read_text(encoding="utf-8"))["tasks"]}
        for p in sorted((home / "data" / "store").glob("2026-*.json"))
    }


# -- undo ----------------------------------------------------------------------------------------


def test_undo_after_kpi_add_takes_back_the_value_not_an_older_add(profile: Run) -> None:
    assert profile("--now", NOW, "add", "Call the printer").code == 0
    assert profile("--now", NOW, "kpi", "add", "facebook", "followers", "1200").code == 0
    assert profile("--now", LATER, "kpi", "add", "facebook", "followers", "1250").code == 0
    undone = profile("--now", LATER, "undo")
    assert (undone.code, undone.out) == (0, "Undone (kpi add): 1 KPI value put back\n")
    assert profile("kpi", "list", "--json").json()["readings"][0]["value"] == 1200
    assert profile("--now", LATER, "undo").out == "Undone (kpi add): 1 KPI value put back\n"
    assert profile("kpi", "list", "--json").json()["readings"] == []
    # Only then the task added before them.
    assert profile("--now", LATER, "undo").out == "Undone (add): 1 task put back\n"
    assert profile("--now", LATER, "undo").out == "Nothing to undo.\n"


def test_undo_of_kpi_rm_in_french(profile: Run) -> None:
    assert profile("--now", NOW, "kpi", "add", "facebook", "followers", "1200").code == 0
    assert profile("--now", NOW, "kpi", "rm", "facebook", "followers").code == 0
    undone = profile("--lang", "fr", "--now", NOW, "undo")
    assert (undone.code, undone.out) == (
        0,
        "Annulé (valeur d'indicateur retirée)\u00a0: 1 valeur d'indicateur remise en l'état\n",
    )
    assert [r["value"] for r in profile("kpi", "list", "--json").json()["readings"]] == [1200]
    assert profile("--lang", "fr", "--now", NOW, "undo").out == (
        "Annulé (valeur d'indicateur notée)\u00a0: 1 valeur d'indicateur remise en l'état\n"
    )


def test_undo_after_import_puts_back_the_previous_files(
    profile: Run, home: Path, tmp_path: Path
) -> None:
    tasks = _tasks(profile)
    assert profile("--now", NOW, "kpi", "add", "facebook", "followers", "1200").code == 0
    saved = _backup(profile, tmp_path / "backup.json")
    assert profile("--now", NOW, "done", str(tasks[0]["id"])).code == 0
    assert profile("--now", NOW, "add", "Year review", "--on", "2026-12-15").code == 0
    assert profile("--now", NOW, "kpi", "add", "facebook", "followers", "1300").code == 0
    before = _files(home)
    assert sorted(before) == ["2026-11.json", "2026-12.json", "config.toml", "kpi.json"]
    imported = profile("--now", LATER, "import", str(saved), "--replace")
    assert imported.code == 0, imported.err
    assert imported.out.startswith(
        "Removed (not in the backup, kept in data/backups): 2026-12\nImported: 1 month, "
    )
    assert _files(home) != before
    undone = profile("--now", LATER, "undo")
    # The month files and the KPI log; the profile was the backup's already.
    assert (undone.code, undone.out) == (0, "Undone (import): 3 files put back\n")
    assert _files(home) == before
    assert list((home / "data" / "undo").iterdir()) == []
    # The changes made before the import are still there to undo, newest first.
    assert profile("--now", LATER, "undo").out == "Undone (kpi add): 1 KPI value put back\n"


def test_undo_after_init_force_puts_back_the_profile(profile: Run, home: Path) -> None:
    before = (home / "config.toml").read_text(encoding="utf-8")
    forced = profile("--now", NOW, "init", "--force", "--lang", "fr", "--networks", "facebook")
    assert forced.code == 0, forced.err
    assert (home / "config.toml").read_text(encoding="utf-8") != before
    undone = profile("--now", NOW, "undo")
    assert (undone.code, undone.out) == (
        0,
        "Annulé (init --force)\u00a0: 1 fichier remis en l'état\n",
    )
    assert (home / "config.toml").read_text(encoding="utf-8") == before


def test_a_change_that_cannot_be_undone_is_said_and_older_ones_stay(
    profile: Run, home: Path
) -> None:
    assert profile("--now", NOW, "add", "Call the printer").code == 0
    assert profile("--now", NOW, "init", "--force", "--networks", "facebook").code == 0
    for saved in (home / "data" / "undo").iterdir():
        saved.unlink()
    refused = profile("--now", NOW, "undo")
    assert (refused.code, refused.out, refused.err) == (
        2,
        "",
        "cmagenda: error: the last change (init --force, 2026-11-23T08:30:00-05:00) cannot be "
        "undone; nothing was changed\n",
    )
    entries = json.loads((home / "data" / "undo.json").read_text(encoding="utf-8"))["entries"]
    assert [e["label"] for e in entries] == ["add", "init"]


# -- import --merge ------------------------------------------------------------------------------


def test_merge_of_an_older_backup_keeps_local_work(
    profile: Run, home: Path, tmp_path: Path
) -> None:
    done, skipped, moved, shifted = (str(t["id"]) for t in _tasks(profile)[:4])
    saved = _backup(profile, tmp_path / "backup.json")
    assert profile("--now", LATER, "done", done).code == 0
    assert profile("--now", LATER, "skip", skipped, "--reason", "Congé").code == 0
    assert profile("--now", LATER, "move", moved, "--to", "2026-12-02").code == 0
    assert profile("--now", LATER, "move", shifted, "--to", "2026-11-25").code == 0
    before = _stored(home)
    merged = profile("--now", LATEST, "import", str(saved), "--merge")
    assert merged.code == 0, merged.err
    assert merged.out.splitlines()[0] == "Kept, newer here than in the backup: 4 items"
    after = _stored(home)
    assert after == before
    november, december = after["2026-11"], after["2026-12"]
    assert (november[done]["status"], november[done]["changed"]) == (
        "done",
        "2026-11-23T15:00:00+00:00",
    )
    assert (november[skipped]["status"], november[skipped]["reason"]) == ("skipped", "Congé")
    assert moved not in november and december[moved]["date"] == "2026-12-02"
    assert november[shifted]["date"] == "2026-11-25"
    stored = json.loads((home / "data" / "store" / "2026-11.json").read_text(encoding="utf-8"))
    assert stored["moved_out"] == {moved: "2026-12-02"}


def test_merge_of_a_newer_backup_says_what_it_overwrote(
    profile: Run, home: Path, tmp_path: Path
) -> None:
    first, second = (_tasks(profile)[i] for i in (0, 1))
    one, two = str(first["id"]), str(second["id"])
    assert profile("--now", NOW, "kpi", "add", "facebook", "followers", "1200").code == 0
    # Elsewhere, later: the first task skipped, the second moved to December, a new reading.
    assert profile("--now", LATEST, "skip", one, "--reason", "Sick").code == 0
    assert profile("--now", LATEST, "move", two, "--to", "2026-12-01").code == 0
    assert profile("--now", LATEST, "kpi", "add", "facebook", "followers", "1250").code == 0
    saved = _backup(profile, tmp_path / "newer.json", LATEST)
    for _ in range(3):
        assert profile("--now", LATEST, "undo").code == 0
    # Here, earlier than that: the first one done.
    assert profile("--now", LATER, "done", one).code == 0
    french = {t["id"]: t["title"] for t in _tasks(profile, "fr")}
    title_one, title_two = first["title"], second["title"]
    dry = profile("--now", LATEST, "import", str(saved), "--merge", "--dry-run")
    before = _files(home)
    assert (dry.code, dry.out) == (
        0,
        f"Would be overwritten by the backup: {one[:7]} {title_one!r}: done on 2026-11-23 → "
        "skipped on 2026-11-23\n"
        f"Would be overwritten by the backup: {two[:7]} {title_two!r}: to do on 2026-11-23 → "
        "to do on 2026-12-01\n"
        "Would be overwritten by the backup: facebook followers 2026-11-23: 1200 → 1250\n"
        "Dry run, nothing written: the backup holds 2 months, "
        f"{sum(len(m) for m in _stored(home).values())} tasks, 1 KPI value\n",
    )
    assert _files(home) == before
    merged = profile("--lang", "fr", "--now", LATEST, "import", str(saved), "--merge")
    assert merged.code == 0, merged.err
    assert merged.out.splitlines()[:3] == [
        f"Remplacé par la sauvegarde\u00a0: {one[:7]} « {french[one]} »\u00a0: faite le "
        "2026-11-23 → sautée le 2026-11-23",
        f"Remplacé par la sauvegarde\u00a0: {two[:7]} « {french[two]} »\u00a0: à faire le "
        "2026-11-23 → à faire le 2026-12-01",
        "Remplacé par la sauvegarde\u00a0: facebook followers 2026-11-23\u00a0: 1200 → 1250",
    ]
    stored = _stored(home)
    assert (stored["2026-11"][one]["status"], stored["2026-11"][one]["reason"]) == (
        "skipped",
        "Sick",
    )
    # In exactly one month.
    assert two not in stored["2026-11"] and stored["2026-12"][two]["date"] == "2026-12-01"
    november = json.loads((home / "data" / "store" / "2026-11.json").read_text(encoding="utf-8"))
    assert november["moved_out"] == {two: "2026-12-01"}
    assert profile("--now", LATEST, "undo").out == "Undone (import): 3 files put back\n"
    assert _files(home) == before


def test_replace_dry_run_writes_nothing(profile: Run, home: Path, tmp_path: Path) -> None:
    _tasks(profile)
    saved = _backup(profile, tmp_path / "backup.json")
    assert profile("--now", NOW, "add", "Year review", "--on", "2026-12-15").code == 0
    before = _files(home)
    undo = (home / "data" / "undo.json").read_bytes()
    dry = profile("--now", NOW, "import", str(saved), "--replace", "--dry-run")
    tasks = sum(len(m["tasks"]) for m in json.loads(saved.read_text("utf-8"))["months"].values())
    assert (dry.code, dry.out) == (
        0,
        "Would be removed (not in the backup): 2026-12\n"
        f"Dry run, nothing written: the backup holds 1 month, {tasks} tasks, 0 KPI values\n",
    )
    assert _files(home) == before
    assert (home / "data" / "undo.json").read_bytes() == undo


def test_files_of_earlier_versions_load_without_changed(profile: Run, home: Path) -> None:
    _tasks(profile)
    assert profile("--now", NOW, "kpi", "add", "facebook", "followers", "1200").code == 0
    for path in [*(home / "data" / "store").glob("2026-*.json"), home / "data" / "kpi.json"]:
        text = path.read_text(encoding="utf-8")
        body = json.loads(text)
        for item in [*body.get("tasks", []), *body.get("posts", []), *body.get("readings", [])]:
            item.pop("changed")
        path.write_text(json.dumps(body), encoding="utf-8")
    assert profile("doctor").code == 0
    assert profile("--now", NOW, "today", "--plain").code == 0
    assert profile("kpi", "list", "--json").json()["readings"][0]["changed"] is None


def test_merge_rules_for_posts_and_kpi_values() -> None:
    at = dt.datetime(2026, 11, 23, 15, tzinfo=dt.UTC)
    day = dt.date(2026, 11, 24)
    ours = {"2026-11": Month("2026-11", posts={"p1": Post("p1", "instagram", day, "Ours")})}
    ours["2026-11"].posts["p1"].changed = at
    theirs = {
        "2026-11": Month(
            "2026-11",
            posts={
                "p1": Post("p1", "instagram", day, "Theirs", status="ready", changed=at),
                "p2": Post("p2", "instagram", day, "New", changed=None),
            },
        )
    }
    mine = [
        Reading("facebook", "followers", day, 10, changed=at),
        Reading("facebook", "reach", day, 5, changed=None),
    ]
    other = [
        Reading("facebook", "followers", day, 11, changed=at),  # a tie: ours stays
        Reading("facebook", "reach", day, 6, changed=at),  # changed beats never changed
    ]
    done = merge(ours, theirs, mine, other, "en")
    assert {pid: p.text for pid, p in done.months["2026-11"].posts.items()} == {
        "p1": "Ours",
        "p2": "New",
    }
    assert sorted((r.metric, r.value) for r in done.readings) == [("followers", 10), ("reach", 6)]
    assert said(done, "en", dry_run=False) == [
        "Overwritten by the backup: facebook reach 2026-11-24: 5 → 6",
        "Kept, newer here than in the backup: 2 items",
    ]


def test_an_unreadable_undo_file_stops_a_kpi_change_before_it_is_written(
    profile: Run, home: Path
) -> None:
    undo = home / "data" / "undo.json"
    undo.parent.mkdir(parents=True, exist_ok=True)
    undo.write_text("{", encoding="utf-8")
    result = profile("--now", NOW, "kpi", "add", "facebook", "followers", "1200")
    assert result.code == 4
    assert not (home / "data" / "kpi.json").exists()
