"""`--json` on the commands that change something: what a script reads back (ids, old and new
values, the undo label), pinned as whole objects."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cmagenda.cli import fast as cli_fast

from .conftest import NOW, Run
from .test_fast import modules_loaded

TASK_ADDED = {
    "phase": None,
    "volet": None,
    "template": None,
    "network": None,
    "minutes": 0,
    "done_at": None,
    "reason": None,
    "optional": False,
    "note": None,
}


def today(run: Run, on: str | None = None) -> list[dict[str, Any]]:
    extra = ("--on", on) if on else ()
    tasks: list[dict[str, Any]] = run("--now", NOW, "today", "--json", *extra).json()["tasks"]
    return tasks


def at(tasks: list[dict[str, Any]], time: str, network: str | None = None) -> str:
    """The id of today's task at `time` (of `network`)."""
    found = [
        t["id"]
        for t in tasks
        if (t["date"], t["time"], t["network"]) == ("2026-11-23", time, network)
    ]
    assert len(found) == 1, found
    return str(found[0])


def changed(
    command: str, items: list[dict[str, Any]], undo: str | None, **extra: Any
) -> dict[str, Any]:
    """The expected object, in the documented key order."""
    return {
        "version": 1,
        "command": command,
        "changed": any(i["changed"] for i in items),
        "ids": [i["id"] for i in items if i["id"] is not None],
        **extra,
        "items": items,
        "undo": undo,
    }


def task(id: str, old: Any, new: Any, is_changed: bool = True) -> dict[str, Any]:
    return {"kind": "task", "id": id, "changed": is_changed, "old": old, "new": new}


def post(id: str, old: Any, new: Any) -> dict[str, Any]:
    return {"kind": "post", "id": id, "changed": True, "old": old, "new": new}


def test_add_gives_the_new_id_and_every_field(profile: Run) -> None:
    result = profile(
        "--now", NOW, "add", "Appeler l'imprimeur", "--on", "2026-11-24", "--at", "10:30",
        "--network", "instagram", "--minutes", "20", "--json",
    )  # fmt: skip
    assert (result.code, result.err) == (0, "")
    body = result.json()
    new_id = body["ids"][0]
    new = TASK_ADDED | {
        "title": "Appeler l'imprimeur",
        "date": "2026-11-24",
        "time": "10:30",
        "status": "todo",
        "network": "instagram",
        "minutes": 20,
    }
    assert body == changed("add", [task(new_id, None, new)], "add")
    assert list(body["items"][0]["new"]) == [
        "title", "date", "time", "status", "phase", "volet", "template", "network", "minutes",
        "done_at", "reason", "optional", "note",
    ]  # fmt: skip
    listed = [t for t in today(profile, "2026-11-24") if t["id"] == new_id]
    assert [t["title"] for t in listed] == ["Appeler l'imprimeur"]


def test_done_says_old_and_new_status_and_a_no_op(profile: Run) -> None:
    tasks = today(profile)
    first, second = at(tasks, "09:00"), at(tasks, "11:00")
    result = profile("--now", NOW, "done", first[:5], "--json")
    assert (result.code, result.err) == (0, "")
    done_at = "2026-11-23T08:30:00-05:00"
    ticked = task(
        first, {"status": "todo", "done_at": None}, {"status": "done", "done_at": done_at}
    )
    assert result.json() == changed("done", [ticked], "done")
    # Again, with a second one: the first is a no-op, listed in the order given.
    again = profile("--now", NOW, "done", first, second, first[:6], "--json").json()
    assert again == changed(
        "done",
        [
            task(first, {}, {}, is_changed=False),
            task(
                second,
                {"status": "todo", "done_at": None},
                {"status": "done", "done_at": done_at},
            ),
        ],
        "done",
    )
    # Nothing new at all: nothing to undo for this run.
    none = profile("--now", NOW, "done", first, "--json").json()
    assert none == changed("done", [task(first, {}, {}, is_changed=False)], None)
    assert none["changed"] is False
    # --quiet silences confirmations, not the JSON a script asked for.
    quiet = profile("--now", NOW, "-q", "done", second, "--json")
    assert quiet.json() == changed("done", [task(second, {}, {}, is_changed=False)], None)


def test_fast_and_full_done_print_the_same_json(
    profile: Run, capsys: pytest.CaptureFixture[str], home: Path
) -> None:
    tasks = today(profile)
    picks = [tasks[0]["id"][:6], at(tasks, "14:00")]  # an overdue one, one of today's
    profile("--now", NOW, "done", at(tasks, "16:30"))
    profile("--now", NOW, "today")  # a fresh window
    full = profile("--now", NOW, "--lang", "fr", "done", *picks, "--json")
    profile("--now", NOW, "undo")
    profile("--now", NOW, "today")
    assert cli_fast.serve(["--now", NOW, "--lang", "fr", "done", *picks, "--json"]) == full.out
    assert json.loads(full.out)["items"][0]["old"] == {"status": "todo", "done_at": None}
    profile("--now", NOW, "undo")
    profile("--now", NOW, "today")
    # --json before the ids, and under --quiet: still served, still the JSON.
    assert (
        cli_fast.serve(["--now", NOW, "-q", "--lang", "fr", "done", "--json", *picks]) == full.out
    )
    capsys.readouterr()


def test_piped_done_json_stays_on_the_light_path(profile: Run, home: Path) -> None:
    target = at(today(profile), "14:00")
    loaded = modules_loaded(home, "--now", NOW, "done", target, "--json")
    assert "cmagenda.views.changes" in loaded and "cmagenda.cli.app" not in loaded
    heavy = ["typer", "click", "pydantic", "rich", "filelock", "dataclasses", "hashlib"]
    assert sorted(m for m in loaded if m.split(".")[0] in heavy) == []


def test_skip_gives_the_reason(profile: Run) -> None:
    target = at(today(profile), "15:00", "facebook")
    result = profile("--now", NOW, "skip", target, "--reason", "pas de campagne", "--json")
    assert result.json() == changed(
        "skip",
        [
            task(
                target,
                {"status": "todo", "reason": None},
                {"status": "skipped", "reason": "pas de campagne"},
            )
        ],
        "skip",
    )
    again = profile("--now", NOW, "skip", target, "--reason", "pas de campagne", "--json")
    assert again.json() == changed("skip", [task(target, {}, {}, is_changed=False)], None)


def test_move_across_months_is_one_item(profile: Run) -> None:
    target = at(today(profile), "09:00")
    result = profile("--now", NOW, "move", target, "--to", "2026-12-02", "--at", "14h", "--json")
    assert result.json() == changed(
        "move",
        [
            task(
                target,
                {"date": "2026-11-23", "time": "09:00"},
                {"date": "2026-12-02", "time": "14:00"},
            )
        ],
        "move",
    )
    # Without --at the time is kept.
    again = profile("--now", NOW, "move", target, "--to", "2026-12-03", "--json").json()
    assert again["items"] == [task(target, {"date": "2026-12-02"}, {"date": "2026-12-03"})]
    # To where it already is: only kept there from now on; then nothing at all.
    stay = at(today(profile), "14:00")
    kept = profile("--now", NOW, "move", stay, "--to", "2026-11-23", "--json").json()
    assert kept == changed("move", [task(stay, {}, {})], "move")
    same = profile("--now", NOW, "move", stay, "--to", "2026-11-23", "--json").json()
    assert same == changed("move", [task(stay, {}, {}, is_changed=False)], None)


def test_undo_says_what_it_put_back(profile: Run) -> None:
    nothing = profile("--now", NOW, "undo", "--json")
    assert (nothing.code, nothing.err) == (0, "")
    assert nothing.json() == changed("undo", [], None, undone=None)
    added = profile("--now", NOW, "add", "Relancer le graphiste", "--on", "2026-11-25", "--json")
    new_id = added.json()["ids"][0]
    result = profile("--now", NOW, "undo", "--json").json()
    old = TASK_ADDED | {
        "title": "Relancer le graphiste",
        "date": "2026-11-25",
        "time": None,
        "status": "todo",
    }
    assert result == changed("undo", [task(new_id, old, None)], None, undone="add")


def test_post_commands(profile: Run) -> None:
    slot = at(today(profile), "11:30", "instagram")
    added = profile(
        "--now", NOW, "post", "add", "--network", "instagram", "Le livre de la semaine", "--json"
    ).json()
    post_id = added["ids"][0]
    new = {
        "network": "instagram",
        "date": "2026-11-23",
        "time": "11:30",
        "text": "Le livre de la semaine",
        "link": None,
        "status": "draft",
        "slot": slot,
        "note": None,
        "reviewed_by": None,
        "reviewed_at": None,
        "first_comment": None,
        "media": [],
        "evergreen": None,
    }
    assert added == changed("post add", [post(post_id, None, new)], "post add")

    edited = profile(
        "--now", NOW, "post", "edit", post_id[:6], "--link", "https://example.org/livre",
        "--status", "ready", "--json",
    ).json()  # fmt: skip
    assert edited == changed(
        "post edit",
        [
            post(
                post_id,
                {"link": None, "status": "draft"},
                {"link": "https://example.org/livre", "status": "approved"},
            )
        ],
        "post edit",
    )

    # Publishing ticks its slot off: the slot is listed after the post.
    published = profile("--now", NOW, "post", "publish", post_id, "--json").json()
    assert published == changed(
        "post publish",
        [
            post(post_id, {"status": "approved"}, {"status": "published"}),
            task(
                slot,
                {"status": "todo", "done_at": None},
                {"status": "done", "done_at": "2026-11-23T08:30:00-05:00"},
            ),
        ],
        "post edit",
    )

    moved = profile("--now", NOW, "post", "move", post_id, "--to", "2026-12-01", "--json").json()
    later = [
        t["id"]
        for t in today(profile, "2026-12-01")
        if (t["time"], t["network"]) == ("11:30", "instagram")
    ]
    assert moved == changed(
        "post move",
        [
            post(
                post_id,
                {"date": "2026-11-23", "slot": slot},
                {"date": "2026-12-01", "slot": later[0]},
            )
        ],
        "post move",
    )

    # Removed: every field it had, and no new state.
    removed = profile("--now", NOW, "post", "rm", post_id, "--json").json()
    last = new | {
        "date": "2026-12-01",
        "slot": later[0],
        "link": "https://example.org/livre",
        "status": "published",
    }
    assert removed == changed("post rm", [post(post_id, last, None)], "post rm")


def test_kpi_add_and_rm(profile: Run) -> None:
    def kpi(old: Any, new: Any, is_changed: bool = True) -> dict[str, Any]:
        return {
            "kind": "kpi",
            "id": None,
            "network": "facebook",
            "metric": "followers",
            "date": "2026-11-23",
            "changed": is_changed,
            "old": old,
            "new": new,
        }

    first = profile("--now", NOW, "kpi", "add", "facebook", "followers", "1,200", "--json")
    assert (first.code, first.err) == (0, "")
    assert first.json() == changed("kpi add", [kpi(None, {"value": 1200})], None)
    replaced = profile("--now", NOW, "kpi", "add", "facebook", "abonnés", "1250", "--json").json()
    assert replaced == changed("kpi add", [kpi({"value": 1200}, {"value": 1250})], None)
    same = profile("--now", NOW, "kpi", "add", "facebook", "followers", "1250", "--json").json()
    assert same == changed("kpi add", [kpi({}, {}, is_changed=False)], None)
    assert same["changed"] is False
    removed = profile("--now", NOW, "kpi", "rm", "facebook", "followers", "--json").json()
    assert removed == changed("kpi rm", [kpi({"value": 1250}, None)], None)


def test_import_counts_what_it_put_in_place(profile: Run, tmp_path: Path) -> None:
    profile("--now", NOW, "today")
    profile("--now", NOW, "kpi", "add", "facebook", "followers", "900")
    backup = tmp_path / "backup.json"
    assert profile("--now", NOW, "export", "--format", "json", "-o", str(backup)).code == 0
    result = profile("--now", NOW, "import", str(backup), "--merge", "--json")
    assert (result.code, result.err) == (0, "")
    body = result.json()
    tasks = body["imported"]["tasks"]
    assert tasks > 0
    assert body == {
        "version": 1,
        "command": "import",
        "changed": True,
        "ids": [],
        "mode": "merge",
        "imported": {"months": 1, "tasks": tasks, "kpis": 1},
        "items": [],
        "undo": None,
    }


def test_init_gives_the_settings_it_changed(run: Run, home: Path) -> None:
    first = run("--now", NOW, "init", "--start", "2026-11-16", "--timezone", "America/Toronto",
                "--lang", "fr", "--json")  # fmt: skip
    assert (first.code, first.err) == (0, "")
    profile = {
        "start": "2026-11-16",
        "timezone": "America/Toronto",
        "language": "fr",
        "week_start": "monday",
        "locale": None,
        "posting": {},
        "networks": ["facebook", "instagram", "linkedin"],
        "work_days": ["MO", "TU", "WE", "TH", "FR"],
        "work_hours": ["09:00-12:30", "14:00-17:30"],
        "holidays": "auto",
        "snippets": None,
    }
    item = {"kind": "profile", "id": None, "changed": True, "old": None, "new": profile}
    path = str(home / "config.toml")
    assert first.json() == changed("init", [item], None, path=path)
    again = run("--now", NOW, "init", "--force", "--week-start", "sunday", "--lang", "fr",
                "--json").json()  # fmt: skip
    item = {
        "kind": "profile",
        "id": None,
        "changed": True,
        "old": {"week_start": "monday"},
        "new": {"week_start": "sunday"},
    }
    assert again == changed("init", [item], None, path=path)


@pytest.mark.parametrize(
    ("args", "code", "err"),
    [
        (("done", "fffffffff", "--json"), 5, "cmagenda: error: no task matches 'fffffffff'\n"),
        (("add", " ", "--json"), 2, None),
        (("kpi", "rm", "facebook", "followers", "--json"), 5, None),
        (("post", "rm", "abc", "--json"), 5, "cmagenda: error: no post matches 'abc'\n"),
    ],
)
def test_errors_leave_stdout_empty(
    profile: Run, args: tuple[str, ...], code: int, err: str | None
) -> None:
    result = profile("--now", NOW, "--lang", "en", *args)
    assert (result.code, result.out) == (code, "")
    assert result.err.startswith("cmagenda: error: ")
    if err is not None:
        assert result.err == err
