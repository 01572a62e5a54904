"""Sync commands: `sync`, `sync setup`."""

from __future__ import annotations

import json as json_module
import os
from typing import Annotated

import typer

from cmagenda.cli.app import JsonOption, _out, _said, _session, app
from cmagenda.domain import text
from cmagenda.i18n.messages import say

sync_app = typer.Typer(help="help.sync")


app.add_typer(sync_app, name="sync")


@sync_app.callback(invoke_without_command=True)
def sync(
    ctx: typer.Context,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="help.sync_dry_run")] = False,
    prune: Annotated[bool, typer.Option("--prune", help="help.prune")] = False,
    json: JsonOption = False,
) -> None:
    if ctx.invoked_subcommand is not None:
        return
    from cmagenda.usecases import sync as caldav_sync  # the CalDAV side: only `sync` pays

    session = _session()
    done = caldav_sync.run(session, os.environ, dry_run=dry_run, prune=prune)
    if json:
        _out(json_module.dumps(done.dump(), ensure_ascii=False, sort_keys=True) + "\n")
    else:
        (_out if dry_run or done.conflicts else _said)(
            text.clean(caldav_sync.said(done, session.lang), lines=True)
        )


@sync_app.command("setup", help="help.sync_setup")
def sync_setup(
    url: Annotated[str, typer.Option("--url", metavar="URL", help="help.sync_url")],
    username: Annotated[str, typer.Option("--username", metavar="NAME", help="help.sync_username")],
    password_command: Annotated[
        str | None,
        typer.Option("--password-command", metavar="COMMAND", help="help.sync_password_command"),
    ] = None,
) -> None:
    from cmagenda.usecases import sync as caldav_sync  # the CalDAV side: only `sync` pays

    session = _session()
    where, created = caldav_sync.setup(session, url, username, password_command, os.environ)
    key = "sync.setup_created" if created else "sync.setup_ok"
    _said(say(session.lang, key, url=where) + "\n")
