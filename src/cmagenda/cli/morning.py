"""Morning commands: today, week, report, remind."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Annotated

import typer

from cmagenda.cli.app import (
    Display,
    JsonOption,
    OnOption,
    PageOutput,
    _date,
    _out,
    _page_out,
    _session,
    _show,
    app,
)
from cmagenda.domain.dates import read_date
from cmagenda.domain.errors import UsageError
from cmagenda.i18n.messages import say
from cmagenda.storage import outfile
from cmagenda.usecases import assignment, days, reminders, reporting
from cmagenda.views import common, day, report, weekview
from cmagenda.views import pages as views_pages
from cmagenda.views import week as views_week

MineOption = Annotated[bool, typer.Option("--mine", help="help.mine")]


PlainOption = Annotated[bool, typer.Option("--plain", help="help.plain")]


NoColorOption = Annotated[bool, typer.Option("--no-color", help="help.no_color")]


ColorOption = Annotated[
    str | None, typer.Option("--color", metavar="auto|always|never", help="help.color")
]


@app.command(help="help.today")
def today(
    on: OnOption = None,
    mine: MineOption = False,
    json: JsonOption = False,
    plain: PlainOption = False,
    no_color: NoColorOption = False,
    color: ColorOption = None,
) -> None:
    session = _session()
    display = Display(plain, no_color, color)
    view = days.today(session, _date(on, session))
    if mine:
        view = assignment.only_mine(view, session.profile.me)
    lang = session.lang
    clock = session.now.strftime("%H:%M")
    _show(
        json,
        lambda: day.today_json(view, session.profile.timezone, lang),
        lambda force, bare: day.print_day_rich(
            view, session.voice, force, bare, clock if view.date == session.real_today else None
        ),
        lambda: day.day_plain(view, session.voice),
        display,
    )


@app.command(help="help.week")
def week(
    on: OnOption = None,
    mine: MineOption = False,
    json: JsonOption = False,
    plain: PlainOption = False,
    no_color: NoColorOption = False,
    color: ColorOption = None,
    full: Annotated[bool, typer.Option("--full", help="help.week_full")] = False,
) -> None:
    session = _session()
    display = Display(plain, no_color, color)
    view = days.week(session, _date(on, session))
    if mine:
        view = assignment.week_mine(view, session.profile.me)
    lang = session.lang
    rich_week = views_week.print_week_rich if full else weekview.print_week_overview
    _show(
        json,
        lambda: views_week.week_json(view, lang),
        lambda force, bare: rich_week(view, session.voice, force, bare),
        lambda: views_week.week_plain(view, session.voice),
        display,
    )


@app.command("report", help="help.report")
def report_(
    week_: Annotated[bool, typer.Option("--week", help="help.report_week")] = False,
    month: Annotated[bool, typer.Option("--month", help="help.report_month")] = False,
    on: Annotated[str | None, typer.Option("--on", metavar="DATE", help="help.report_on")] = None,
    json: JsonOption = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="help.markdown")] = False,
    plain: PlainOption = False,
    no_color: NoColorOption = False,
    color: ColorOption = None,
    html: Annotated[bool, typer.Option("--html", help="help.report_html")] = False,
    pdf: Annotated[bool, typer.Option("--pdf", help="help.report_pdf")] = False,
    output: PageOutput = None,
    summary: Annotated[
        Path | None, typer.Option("--summary", metavar="FILE.md", help="help.report_summary")
    ] = None,
) -> None:
    session = _session()
    display = Display(plain, no_color, color)
    if on is not None and not week_ and not month:
        # A month's name or phrase ("novembre", "last month") asks for that month.
        month = read_date(on, session.real_today, session.profile.week_start).span == "month"
    kind = "month" if month and not week_ else "week"
    if html and pdf:
        raise UsageError("page.two_formats")
    if pdf and (output is None or outfile.is_stdout(output)):
        raise UsageError("page.pdf_output")
    now, before = reporting.report(session, _date(on, session), kind)
    voice = session.voice
    if html or pdf:
        # Jinja2, markdown-it and Babel load only for a page, never for the terminal views.
        from cmagenda.usecases import pages as usecases_pages

        text = views_pages.read_summary(summary) if summary is not None else None
        page = usecases_pages.report_page(
            session, report.report_json(now, before, kind, session.lang), before, kind, text
        )
        _page_out(page, output, pdf)
        return
    if markdown:
        _out(report.report_text(now, before, kind, voice, markdown=True))
        return
    _show(
        json,
        lambda: report.report_json(now, before, kind, session.lang),
        lambda force, bare: report.print_report_rich(now, before, kind, voice, force, bare),
        lambda: report.report_text(now, before, kind, voice, markdown=False),
        display,
    )


@app.command(help="help.remind")
def remind(
    within: Annotated[
        str, typer.Option("--within", metavar="30m|1h|1h30", help="help.within")
    ] = "30m",
    json: JsonOption = False,
    notify: Annotated[bool, typer.Option("--notify", help="help.notify")] = False,
) -> None:
    session = _session()
    span = reminders.parse_within(within)
    found = reminders.remind(session, span)
    lines = day.reminder_lines(found, session.voice, session.real_today)
    if json:
        _out(day.reminders_json(found, session.now, int(span.total_seconds() // 60), session.lang))
    elif lines:
        _out("\n".join(lines) + "\n")
    if notify and lines:
        program = shutil.which("notify-send") or shutil.which("osascript")
        why = reminders.notify(program, say(session.lang, "remind.title"), lines)
        if why:
            common.notify_failure(session.lang, why)
