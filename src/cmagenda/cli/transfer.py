"""Transfer commands: export, import."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from cmagenda.cli.app import JsonOption, _date, _out, _said, _session, app, report
from cmagenda.domain import text
from cmagenda.domain.errors import UsageError
from cmagenda.domain.merge import said
from cmagenda.i18n.messages import say
from cmagenda.storage import backup
from cmagenda.usecases import exports as usecases_exports
from cmagenda.views import changes, common


@app.command(help="help.export")
def export(
    format_: Annotated[
        str,
        typer.Option(
            "--format",
            metavar="ics|vdir|taskwarrior|json",
            help="help.export_format",
            autocompletion=lambda: ["ics", "vdir", "taskwarrior", "json"],
        ),
    ] = "ics",
    from_: Annotated[
        str | None, typer.Option("--from", metavar="DATE", help="help.export_from")
    ] = None,
    to: Annotated[str | None, typer.Option("--to", metavar="DATE", help="help.export_to")] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="help.output")
    ] = None,
    folder: Annotated[
        Path | None, typer.Option("--dir", metavar="DIR", help="help.export_dir")
    ] = None,
    events: Annotated[bool, typer.Option("--events", help="help.events")] = False,
    prune: Annotated[bool, typer.Option("--prune", help="help.export_prune")] = False,
) -> None:

    session = _session()
    done = usecases_exports.export(
        session,
        format_,
        start=_date(from_, session) if from_ else None,
        end=_date(to, session) if to else None,
        events=events,
        output=output,
        folder=folder,
        prune=prune,
    )
    if done.data is not None:
        sys.stdout.flush()
        sys.stdout.buffer.write(done.data)
        sys.stdout.buffer.flush()
    for key, params in done.notes:
        report(say(session.lang, key, **params), error=False)
    _said(common.export_said(done, session.lang))


@app.command("import", help="help.import")
def import_(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="help.import_file")],
    replace: Annotated[bool, typer.Option("--replace", help="help.replace")] = False,
    merge: Annotated[bool, typer.Option("--merge", help="help.merge")] = False,
    json: JsonOption = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="help.dry_run")] = False,
) -> None:

    if replace and merge:
        raise UsageError("import.both")
    session = _session()
    mode = "replace" if replace else "merge" if merge else None
    done = backup.restore(session, file, mode, dry_run)
    if json:
        _out(changes.import_json(mode, done.months, done.tasks, done.kpis))
        return
    lang = session.lang
    lines = said(done.merged, lang, dry_run) if done.merged else []
    gone = "import.would_remove" if dry_run else "import.removed"
    lines += [say(lang, gone, month=key) for key in done.gone]
    counts = {"months": done.months, "tasks": done.tasks, "kpis": done.kpis}
    lines.append(say(lang, "import.dry_run" if dry_run else "import.done", **counts))
    (_out if dry_run else _said)("".join(text.clean(line) + "\n" for line in lines))
