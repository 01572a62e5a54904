"""Team commands: `assign`."""

from __future__ import annotations

from typing import Annotated

import typer

from cmagenda.cli.app import JsonOption, _date, _session, _told, app
from cmagenda.cli.tasks import TaskArgument
from cmagenda.domain import text
from cmagenda.domain.errors import UsageError
from cmagenda.usecases import assignment
from cmagenda.views import changes, common


@app.command(help="help.assign")
def assign(
    task_id: TaskArgument,
    name: Annotated[str | None, typer.Argument(metavar="NAME", help="help.assign_name")] = None,
    none: Annotated[bool, typer.Option("--none", help="help.assign_none")] = False,
    json: JsonOption = False,
) -> None:
    session = _session()
    if (name is None) == (not none):
        raise UsageError("assign.name_or_none")
    task, changed = assignment.assign(session, _date(None, session), task_id, name)
    key = "assign.ok" if task.assignee else "assign.nobody"
    _told(
        json,
        lambda: changes.items_json("assign", changed, [task.id], session.lang),
        lambda: common.task_said(session.lang, key, task, name=text.clean(task.assignee or "")),
    )
