"""Taskwarrior: planned tasks as `task import` JSON lines."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from zoneinfo import ZoneInfo

from cmagenda.domain.model import Status
from cmagenda.interop.ical import Selection, _clean, _local

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


# Taskwarrior uuids derive from task ids in this namespace, so that importing again updates.
TASKWARRIOR_NAMESPACE = uuid.UUID("0b6f6a4e-5f63-5a1c-9d43-2c1c8e0f7a10")


TW_STATUS = {
    Status.TODO: "pending",
    Status.DONE: "completed",
    Status.SKIPPED: "deleted",
    Status.MISSED: "deleted",
    Status.OFF: "deleted",
}


def _tw_time(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def taskwarrior(selection: Selection) -> str:
    """One JSON object per line, as `task import` reads them: uuid, status, entry,
    description, due (UTC, Taskwarrior's basic format), project, tags, end for closed tasks;
    `cmagenda` (the task id) is a field Taskwarrior keeps without knowing it. A loose-cadence
    duty is `scheduled` from its date and `due` at the end of its window, as cmagenda counts
    it late; `entry` (when the task came to be) is its day, or now for a day to come:
    Taskwarrior reads an entry in the future as a task not yet created."""
    zone = ZoneInfo(selection.zone)
    lines = []
    for task in selection.tasks:
        status = selection.status(task)
        start = dt.datetime.combine(task.date, dt.time(0, 0), tzinfo=zone)
        if task.time:
            due = _local(task.date, task.time, zone)
        else:
            last = task.date + dt.timedelta(days=task.window_days)
            due = dt.datetime.combine(last, dt.time(23, 59, 59), tzinfo=zone)
        body: dict[str, Any] = {
            "uuid": str(uuid.uuid5(TASKWARRIOR_NAMESPACE, task.id)),
            "status": TW_STATUS[status],
            "entry": _tw_time(min(start, selection.now)),
            "description": _clean(task.title.pick(selection.voice.lang)).replace("\n", " "),
            "due": _tw_time(due),
            "project": f"cmagenda.{task.phase or 'added'}",
            "tags": [t for t in (task.volet, task.network) if t],
            "cmagenda": task.id,
        }
        if task.window_days and not task.time:
            body["scheduled"] = _tw_time(start)
        if status == Status.DONE:
            body["end"] = _tw_time(task.done_at or selection.now)
        elif status in (Status.SKIPPED, Status.MISSED, Status.OFF):
            body["end"] = _tw_time(max(due, start))
        annotations = []
        if task.reason:
            annotations.append({"entry": body["end"], "description": _clean(task.reason)})
        if task.note:
            # Dated when it was written, as far as the store knows.
            entry = _tw_time(task.changed) if task.changed else body["entry"]
            annotations.append({"entry": entry, "description": _clean(task.note)})
        if annotations:
            body["annotations"] = annotations
        lines.append(json.dumps(body, ensure_ascii=False, sort_keys=True))
    return "".join(line + "\n" for line in lines)
