"""Setup commands: init, holidays, templates, completion."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cmagenda.cli.app import (
    JsonOption,
    _complete_templates,
    _date,
    _out,
    _session,
    _show,
    _tell_holiday_clash,
    _told,
    _warn_orphans,
    app,
)
from cmagenda.i18n.messages import say
from cmagenda.usecases import choices
from cmagenda.usecases import profile as usecases_profile
from cmagenda.usecases import session as usecases_session
from cmagenda.views import changes, common, day
from cmagenda.views import templates as views_templates

templates_app = typer.Typer(help="help.templates")


app.add_typer(templates_app, name="templates")


@app.command(help="help.init")
def init(
    start: Annotated[str | None, typer.Option("--start", metavar="DATE", help="help.start")] = None,
    timezone: Annotated[
        str | None, typer.Option("--timezone", metavar="ZONE", help="help.timezone")
    ] = None,
    networks: Annotated[
        str | None, typer.Option("--networks", metavar="a,b,c", help="help.networks")
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", metavar="fr|en", help="help.init_lang")
    ] = None,
    week_start: Annotated[
        str | None,
        typer.Option("--week-start", metavar="monday|sunday", help="help.week_start"),
    ] = None,
    holidays: Annotated[
        str | None, typer.Option("--holidays", metavar="REGION", help="help.holidays_opt")
    ] = None,
    work_days: Annotated[
        str | None, typer.Option("--work-days", metavar="MO,TU,...", help="help.work_days")
    ] = None,
    work_hours: Annotated[
        str | None, typer.Option("--work-hours", metavar="HH:MM-HH:MM,...", help="help.work_hours")
    ] = None,
    locale: Annotated[
        str | None, typer.Option("--locale", metavar="fr_FR|fr_CA|en_US|...", help="help.locale")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="help.force")] = False,
    json: JsonOption = False,
) -> None:
    # A config.toml that does not load is what `init --force` is for: it starts from the
    # defaults (without --force, `init` says the file exists).
    session = _session(broken_config_ok=True)
    # The client's [report] table is not init's to set: its JSON tells the profile only.
    apart = {"report"}
    before = (
        session.profile.model_dump(mode="json", exclude=apart) if session.profile_saved else None
    )
    profile = usecases_profile.init_profile(
        session,
        start=_date(start, session) if start is not None else None,
        timezone=timezone,
        networks=networks.split(",") if networks is not None else None,
        lang=lang,
        week_start=week_start,
        holidays=holidays,
        work_days=_listed(work_days, upper=True),
        work_hours=_listed(work_hours),
        locale=locale,
        force=force,
    )
    path = str(session.paths.config_file)
    _told(
        json,
        lambda: changes.init_json(path, before, profile.model_dump(mode="json", exclude=apart)),
        lambda: say(profile.language, "init.ok", path=path) + "\n",
    )
    if networks is not None:
        _warn_orphans(session, profile.networks)
    _tell_holiday_clash(session, profile)


def _listed(text: str | None, upper: bool = False) -> list[str] | None:
    if text is None:
        return None
    items = [x.strip() for x in text.split(",") if x.strip()]
    return [x.upper() for x in items] if upper else items


@app.command("holidays", help="help.holidays")
def holidays_(
    year: Annotated[int | None, typer.Option("--year", help="help.year")] = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    region, days = usecases_session.holidays_of(session, year or session.real_today.year)
    voice = session.voice
    _out(
        day.holidays_json(region, days, session.lang)
        if json
        else day.holidays_plain(region, days, year or session.real_today.year, voice)
    )


@templates_app.command("list", help="help.templates_list")
def templates_list(json: JsonOption = False) -> None:
    session = _session()
    templates = list(usecases_session.load_checklist(session).templates.values())
    lang = session.lang
    _show(
        json,
        lambda: views_templates.templates_json(templates, lang),
        lambda force, bare: views_templates.print_templates_rich(templates, lang),
        lambda: views_templates.templates_plain(templates, lang),
    )


@templates_app.command("show", help="help.templates_show")
def templates_show(
    template_id: Annotated[
        str,
        typer.Argument(metavar="ID", help="help.template_id", autocompletion=_complete_templates),
    ],
    json: JsonOption = False,
) -> None:
    session = _session()
    template = choices.find_template(session, template_id)
    lang = session.lang
    _out(
        common.dumps({"version": 1, "template": views_templates.template_json(template, lang)})
        if json
        else views_templates.template_plain(template, lang)
    )


@templates_app.command("check", help="help.templates_check")
def templates_check(
    file: Annotated[Path | None, typer.Argument(metavar="FILE", help="help.file")] = None,
) -> None:
    session = _session()
    shown, count = usecases_session.check_checklist(session, file)
    _out(say(session.lang, "templates.ok", path=shown, count=count) + "\n")
