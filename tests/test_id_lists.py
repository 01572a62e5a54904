"""Ids as people type them: the same task named twice is done (and said) once, on the fast path
as on the full one; a prefix naming several tasks lists them in columns, times written as the
views write them."""

from __future__ import annotations

import re

from cmagenda.cli import fast as cli_fast

from .conftest import Run

NOW = "2026-12-02T09:00:00-06:00"


def test_an_id_given_twice_is_one_task_said_once(run: Run) -> None:
    assert run("init", "--start", "2026-11-30", "--timezone", "America/Chicago", "--lang", "en",
               "--locale", "en_US").code == 0  # fmt: skip
    tasks = run("--now", NOW, "today", "--json").json()["tasks"]
    task = tasks[3]["id"]
    said = run("--now", NOW, "done", task[:5], task, task[:8])
    assert said.code == 0
    assert said.out == f"Done: {tasks[3]['title']}\n"
    assert run("--now", NOW, "undo").out == "Undone (done): 1 task put back\n"
    run("--now", NOW, "today")
    assert cli_fast.serve(["--now", NOW, "done", task[:5], task, task[:8]]) == said.out
    assert run("--now", NOW, "undo").out == "Undone (done): 1 task put back\n"


def test_a_prefix_naming_several_tasks_lists_them_in_columns(run: Run) -> None:
    assert run("init", "--start", "2026-11-30", "--timezone", "America/Chicago", "--lang", "en",
               "--locale", "en_US").code == 0  # fmt: skip
    ids = [t["id"] for t in run("--now", NOW, "week", "--json").json()["days"][2]["tasks"]]
    first = max("0123456789abcdef", key=lambda c: sum(i.startswith(c) for i in ids))
    said = run("--now", NOW, "done", first)
    assert said.code == 5
    rows = said.err.splitlines()[1:]
    assert len(rows) >= 2
    # id, day, time, title: each column starts where it starts on every row, the titles too.
    columns = [{c for c in range(2, len(row)) if row[c - 2 : c] == "  " and row[c] != " "}
               for row in rows]  # fmt: skip
    assert {max(each) for each in columns} == {max(set.intersection(*columns))}, rows
    times = re.findall(r"\b\d{1,2}:\d{2}\s[AP]M\b", said.err)
    assert times and not re.search(r"\b\d{2}:\d{2}\b(?!\s[AP]M)", said.err)
