"""Task commands: done, skip, undo, move, add, edit, rm."""

from __future__ import annotations

from typing import Annotated

import typer

from cmagenda.cli.app import (
    AtOption,
    DateOption,
    JsonOption,
    NewAtOption,
    OnOption,
    ToOption,
    _complete_networks,
    _complete_tasks,
    _date,
    _out,
    _said,
    _session,
    _told,
    app,
)
from cmagenda.domain import text as domain_text
from cmagenda.domain.errors import UsageError
from cmagenda.domain.times import parse_time
from cmagenda.domain.workdays import Workweek
from cmagenda.i18n.messages import say
from cmagenda.usecases import assignment, profile, taskedit
from cmagenda.usecases import tasks as usecases_tasks
from cmagenda.views import changes, common, posts

IdsArgument = Annotated[
    list[str],
    typer.Argument(metavar="ID...", help="help.ids", autocompletion=_complete_tasks),
]


@app.command(help="help.done")
def done(ids: IdsArgument, on: OnOption = None, json: JsonOption = False) -> None:
    session = _session()
    results, changed = usecases_tasks.mark_done(session, _date(on, session), ids)
    named = [t.id for t, _ in results]
    _told(
        json,
        lambda: changes.items_json("done", changed, named, session.lang),
        lambda: common.done_said(results, session.lang, changed),
    )


@app.command(help="help.skip")
def skip(
    ids: IdsArgument,
    reason: Annotated[
        str | None, typer.Option("--reason", metavar="TEXT", help="help.reason")
    ] = None,
    on: OnOption = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    tasks, changed = usecases_tasks.skip(session, _date(on, session), ids, reason)
    _told(
        json,
        lambda: changes.items_json("skip", changed, [t.id for t in tasks], session.lang),
        lambda: "".join(common.task_said(session.lang, "skip.ok", task) for task in tasks),
    )


@app.command(help="help.undo")
def undo(json: JsonOption = False) -> None:
    session = _session()
    result = usecases_tasks.undo(session)
    if json:
        label, _, _, changed = result or (None, 0, "", changes.Changed([], None))
        _out(changes.undo_json(label, changed, session.lang))
    elif result is None:
        _said(say(session.lang, "undo.empty") + "\n")
    else:
        label, count, kind, _ = result
        said = {
            "tasks": "undo.ok",
            "kpis": "undo.kpis",
            "files": "undo.files",
            "absences": "undo.absences",
            "ideas": "undo.ideas",
        }[kind]
        what = say(session.lang, f"undo.label.{label}")
        _said(say(session.lang, said, label=what, count=count) + "\n")


@app.command(help="help.move")
def move(
    task_id: Annotated[
        str, typer.Argument(metavar="ID", help="help.id", autocompletion=_complete_tasks)
    ],
    to: ToOption,
    at: NewAtOption = None,
    on: OnOption = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    day = _date(on, session)
    target = _date(to, session, base=day)
    task, changed = usecases_tasks.move(session, day, task_id, target, parse_time(at))
    _told(
        json,
        lambda: changes.items_json("move", changed, [task.id], session.lang),
        lambda: common.task_said(
            session.lang,
            "move.day_off" if usecases_tasks.not_worked(session, target) else "move.ok",
            task,
            date=session.voice.long_date(target),
        ),
    )


@app.command(help="help.add")
def add(
    title: Annotated[str, typer.Argument(metavar="TITLE", help="help.title")],
    on: DateOption = None,
    at: AtOption = None,
    network: Annotated[
        str | None,
        typer.Option(
            "--network", metavar="NAME", help="help.network", autocompletion=_complete_networks
        ),
    ] = None,
    minutes: Annotated[int, typer.Option("--minutes", metavar="N", help="help.minutes")] = 0,
    to: Annotated[str | None, typer.Option("--to", metavar="NAME", help="help.add_to")] = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    if network is not None:
        network = profile.require_networks(session, [network])[0]
    who = assignment.checked_name(to) if to is not None else None
    day = _date(on, session)
    task, changed = usecases_tasks.add(session, day, title, parse_time(at), network, minutes, who)
    when = session.voice.long_date(day)
    text = say(session.lang, "add.ok", id=task.id[:7], date=when, title=domain_text.clean(title))
    hours = session.profile.work_hours
    if task.time is not None and Workweek([], hours, {}).outside_hours(task.time, minutes):
        text += say(session.lang, "add.outside_hours", hours=", ".join(hours))
    _told(
        json,
        lambda: changes.items_json("add", changed, [task.id], session.lang),
        lambda: text + "\n",
    )


TaskArgument = Annotated[
    str, typer.Argument(metavar="ID", help="help.id", autocompletion=_complete_tasks)
]


@app.command(help="help.edit")
def edit(
    task_id: TaskArgument,
    title: Annotated[
        str | None, typer.Option("--title", metavar="TEXT", help="help.edit_title")
    ] = None,
    minutes: Annotated[
        int | None, typer.Option("--minutes", metavar="N", help="help.edit_minutes")
    ] = None,
    at: Annotated[str | None, typer.Option("--at", metavar="HH:MM", help="help.edit_at")] = None,
    no_time: Annotated[bool, typer.Option("--no-time", help="help.no_time")] = False,
    note: Annotated[str | None, typer.Option("--note", metavar="TEXT", help="help.note")] = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    if at is not None and no_time:
        raise UsageError("edit.at_and_no_time")
    time = "" if no_time else parse_time(at)
    wanted = taskedit.Edit(title=title, minutes=minutes, time=time, note=note)
    task, changed = taskedit.edit(session, _date(None, session), task_id, wanted)
    _told(
        json,
        lambda: changes.items_json("edit", changed, [task.id], session.lang),
        lambda: common.task_said(session.lang, "edit.ok", task),
    )


@app.command(help="help.rm")
def rm(task_id: TaskArgument, json: JsonOption = False) -> None:
    session = _session()
    task, changed, freed = taskedit.remove(session, _date(None, session), task_id)
    key = "rm.ok" if task.template is None else "rm.skipped"
    _told(
        json,
        lambda: changes.items_json("rm", changed, [task.id], session.lang),
        lambda: (
            common.task_said(session.lang, key, task)
            + (posts.post_said(session.voice, "rm.post_unplanned", freed) if freed else "")
        ),
    )
