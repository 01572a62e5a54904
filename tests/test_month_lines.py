"""A month rewritten keeps the lines of the tasks it left as they were, byte for byte what a
fresh encoding writes; a file laid out otherwise (an editor's indent, lines run together) is
encoded whole."""

from __future__ import annotations

import datetime as dt
import json

from cmagenda.domain.model import Task, Titles, task_from_json
from cmagenda.domain.month import Month
from cmagenda.storage.atomic import encode
from cmagenda.storage.months import month_to_json, task_lines


def month() -> Month:
    tasks = [
        Task(f"{n:012x}", dt.date(2026, 11, 1 + n), Titles(fr=f"Tâche « {n} »", en=f'Task "{n}"'))
        for n in range(5)
    ]
    tasks[2].note = 'a note with "id": inside and a\nnewline'
    return Month("2026-11", tasks={t.id: t for t in tasks})


def test_a_rewrite_copies_unchanged_lines_and_writes_what_a_fresh_encoding_writes() -> None:
    data = encode(month_to_json(month()))
    raw = json.loads(data)
    known = task_lines(data, raw["tasks"])
    assert sorted(known) == [f"{n:012x}" for n in range(5)]
    changed = Month("2026-11", tasks={t["id"]: task_from_json(t) for t in raw["tasks"]})
    changed.tasks[f"{3:012x}"].status = "done"
    body = month_to_json(changed)
    assert encode(body, known) == encode(body)
    assert encode(body, known) != data
    assert encode(month_to_json(month()), known) == data


def test_a_file_laid_out_otherwise_is_encoded_whole() -> None:
    body = month_to_json(month())
    indented = json.dumps(body, ensure_ascii=False, indent=2).encode()
    assert task_lines(indented, body["tasks"]) == {}
    # Two tasks run together on a line, a blank line to keep the count: no line is trusted.
    lines = encode(body).split(b"\n")
    merged = [lines[0], lines[1] + b" " + lines[2], b"", *lines[3:]]
    together = b"\n".join(merged)
    assert json.loads(together) == body
    assert task_lines(together, body["tasks"]) == {}
    assert encode(body, task_lines(together, body["tasks"])) == encode(body)
