"""Week view for a terminal: an overview that fits in about two screens at 80 columns.

Per day: its summary, the duties that are not daily by title, and the daily routine folded per
volet ("routine: interaction 0/6 · content 1/3"); then a network x day grid of the editorial
calendar (filled/owed posts per cell). The posting slots are in the grid only. `week --full`
and the piped form keep one line per task (`render.week_plain`, `render.print_week_rich`).
"""

from __future__ import annotations

from cmagenda.domain.model import Phase, Status, Volet
from cmagenda.domain.queries import Day, Item, Tally, Week
from cmagenda.domain.text import RICH_MARKS, clean, network_label
from cmagenda.i18n.messages import Voice, say
from cmagenda.views.common import console, off_line
from cmagenda.views.day import _summary, fit_title

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as dt
    from typing import Any


def routine(day: Day) -> list[tuple[str, int, int]]:
    """The day's daily duties (posting slots aside) per volet: (volet, done, owed), in the
    volets' order; a volet with nothing owed and nothing done is left out."""
    counts: dict[str, list[int]] = {}
    for item in day.items:
        task = item.task
        if task.phase != Phase.DAILY or task.is_posting_slot or item.overdue:
            continue
        entry = counts.setdefault(task.volet or "", [0, 0])
        entry[0] += item.status == Status.DONE
        entry[1] += item.status not in (Status.SKIPPED, Status.OFF) and not task.optional
    order = [*Volet.ALL, ""]
    return [
        (v, counts[v][0], counts[v][1])
        for v in order
        if v in counts and (counts[v][0] or counts[v][1])
    ]


def listed(day: Day) -> list[Item]:
    """What the day shows by title: the duties that are not daily (and the carried ones)."""
    return [
        i
        for i in day.items
        if not i.task.is_posting_slot and (i.task.phase != Phase.DAILY or i.overdue)
    ]


def routine_text(day: Day, lang: str) -> str:
    """ "routine 2/15: 1/3 content · 0/7 interaction · 0/2 monitoring…": how many done of how
    many owed, then per volet done of owed (a bare "2" would read as two done)."""
    found = routine(day)
    if not found:
        return ""
    parts = [
        f"{done}/{owed} " + (say(lang, f"volet.{v}") if v else say(lang, "week.added"))
        for v, done, owed in found
    ]
    done = sum(d for _, d, _ in found)
    owed = sum(o for _, _, o in found)
    return say(lang, "week.routine", done=done, owed=owed, parts=" · ".join(parts))


def column_label(day: dt.date, voice: Voice) -> str:
    """ "lun. 23" / "Mon 23": the weekday as the locale abbreviates it, and the day; in French
    the first of the month is "1er", as in every other view ("mar. 1er")."""
    weekday = voice.short_date(day).split(" ")[0].rstrip(",")
    first = day.day == 1 and voice.locale.startswith("fr")
    return f"{weekday} {'1er' if first else day.day}"


def cell(tally: Tally | None, off: bool) -> str:
    """A grid cell: "posts/owed", "—" on a day off with no post (one with posts shows them:
    the week's total is the sum of the cells), "·" where the network has no slot."""
    if off and (tally is None or not tally.posts):
        return "—"
    if tally is None or tally.required + tally.optional == 0:
        return "·"
    return f"{tally.posts}/{tally.required}"


def grid(week: Week) -> list[tuple[str, list[str]]]:
    """Per network followed that week: its label and one cell per day, then the week's total."""
    networks = sorted({t.network for t in week.tallies})
    rows = []
    for network in networks:
        by_day = {t.date: t for t in week.tallies if t.network == network}
        cells = [cell(by_day.get(d.date), d.off is not None) for d in week.days]
        total = next(t for t in week.totals if t.network == network)
        cells.append(f"{total.posts}/{total.required}")
        rows.append((network_label(network), cells))
    return rows


def _item_row(item: Item, day: Day, voice: Voice) -> Any:
    from rich.text import Text

    task = item.task
    when = voice.time(task.time) + " " if task.time else ""
    if task.date != day.date:
        when = f"{voice.short_date(task.date)} {when}"
    style = ""
    if item.status in (Status.DONE, Status.SKIPPED, Status.OFF, Status.MISSED):
        style = "dim"
    elif item.overdue:
        style = "bold red"
    line = Text(f"   {RICH_MARKS[item.status]} ", style=style)
    line.append(f"{item.short_id} ", style="bright_black")
    line.append(when, style="cyan")
    line.append(clean(task.title.pick(voice.lang)), style=style)
    return line


def print_week_overview(
    week: Week, voice: Voice, force: bool = False, no_color: bool = False
) -> None:
    from rich import box
    from rich.rule import Rule
    from rich.table import Table
    from rich.text import Text

    lang = voice.lang
    out = console(force, no_color)
    heading = say(
        lang, "week.heading", start=voice.long_date(week.start), end=voice.long_date(week.end)
    )
    out.print(Text(heading, style="bold"))
    for day in week.days:
        style = "bold yellow" if day.date == week.today else "bold"
        title = fit_title(f"{voice.short_date(day.date)} — {_summary(day, lang)}", lang, out.width)
        out.print(Rule(Text(title, style=style), align="left"))
        for line in off_line(day, lang, "   ", week.today):
            out.print(Text(line, style="magenta"))
        if day.holiday is not None:
            out.print(Text("   " + say(lang, "holiday", name=clean(day.holiday.pick(lang)))))
        if day.off is not None:
            continue
        text = routine_text(day, lang)
        # One line each, cut short rather than wrapped: the overview must stay short.
        if text:
            out.print(Text("   " + text, style="bright_black"), no_wrap=True, overflow="ellipsis")
        for item in listed(day):
            out.print(_item_row(item, day, voice), no_wrap=True, overflow="ellipsis")
    rows = grid(week)
    if not rows:
        return
    table = Table(
        title=Text(say(lang, "week.grid"), style="bold"),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        padding=(0, 0),
    )
    table.add_column(no_wrap=True)
    for day in week.days:
        style = "bold yellow" if day.date == week.today else ""
        table.add_column(Text(column_label(day.date, voice), style=style), justify="center")
    table.add_column(Text(say(lang, "week.total")), justify="center")
    for label, cells in rows:
        styled = []
        for n, value in enumerate(cells):
            color = ""
            if "/" in value:
                filled, owed = (int(x) for x in value.split("/"))
                past = n < len(week.days) and week.days[n].date < week.today
                color = "green" if filled >= owed else ("red" if past else "yellow")
            styled.append(Text(value, style=color))
        table.add_row(Text(label), *styled)
    out.print(table)
