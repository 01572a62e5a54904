"""Checking commands: paths, doctor."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from cmagenda.cli.app import (
    JsonOption,
    State,
    _env_lang,
    _out,
    _session,
    _tell_holiday_clash,
    app,
    report,
)
from cmagenda.domain.errors import StoreUnreadableError
from cmagenda.i18n.messages import say
from cmagenda.storage.config import read_language
from cmagenda.storage.paths import resolve_paths
from cmagenda.usecases import doctor as usecases_doctor
from cmagenda.usecases import session as usecases_session
from cmagenda.views import common


@app.command(help="help.paths")
def paths(json: JsonOption = False) -> None:
    where = resolve_paths(os.environ)
    table = usecases_session.paths_table(where)
    # The language is found as for help: `paths` must answer even when the config is broken.
    lang = State.lang_override or read_language(where.config_file) or _env_lang()
    _out(common.paths_json(table) if json else common.paths_plain(table, lang))


@app.command(help="help.doctor")
def doctor(
    restore: Annotated[bool, typer.Option("--restore", help="help.restore")] = False,
) -> None:
    session = _session(broken_config_ok=True)
    count, findings = usecases_doctor.doctor(session, restore)
    _out(common.doctor_said(session.lang, count, findings))
    broken = session.config_error
    if broken is None:
        _tell_holiday_clash(session, session.profile)
    if broken is not None:
        report(say(session.lang, broken.key, **broken.params), broken.details)
    if any(not f.restored for f in findings):
        raise StoreUnreadableError("doctor.failed", count=sum(not f.restored for f in findings))
    if broken is not None:
        raise typer.Exit(broken.exit_code)
