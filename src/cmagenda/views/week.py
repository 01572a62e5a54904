"""Week view: `week` (JSON, plain, Rich) and its tallies."""

from __future__ import annotations

from cmagenda.domain.text import network_label
from cmagenda.i18n.messages import say
from cmagenda.views.common import JSON_VERSION, console, dumps, off_line
from cmagenda.views.day import (
    _holiday_line,
    _plain_line,
    _rich_day_table,
    _summary,
    fit_title,
    holiday_name,
    orphan_line,
    outside_line,
    task_json,
)
from cmagenda.views.posts import post_json

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from cmagenda.domain.queries import Day, Tally, Week
    from cmagenda.i18n.messages import Voice


def week_json(week: Week, lang: str) -> str:
    return dumps(
        {
            "version": JSON_VERSION,
            "start": week.start.isoformat(),
            "end": week.end.isoformat(),
            "days": [
                {
                    "date": d.date.isoformat(),
                    "holiday": holiday_name(d, lang),
                    "capacity_minutes": d.capacity,
                    "planned_minutes": d.planned_minutes,
                    "tasks": [task_json(i, lang) for i in d.items],
                    "removed_network_posts": [post_json(p) for p in d.orphans],
                    "outside_posts": [post_json(p) for p in d.outside],
                }
                for d in week.days
            ],
            "calendar": [tally_json(t) for t in week.tallies],
            "calendar_week": [
                {k: v for k, v in tally_json(t).items() if k != "date"} for t in week.totals
            ],
        }
    )


def tally_json(tally: Tally) -> dict[str, Any]:
    return {
        "date": tally.date.isoformat(),
        "network": tally.network,
        "required": tally.required,
        "optional": tally.optional,
        "filled": tally.filled,
        "outside": tally.outside,
        "done": tally.done,
        "free": tally.free,
        "short": tally.short,
    }


def tally_line(tally: Tally, lang: str) -> str:
    """'Instagram: 1 of 1–3, 2 slots free — short by 0' in the user's words."""
    high = tally.required + tally.optional
    outside = say(lang, "tally.outside", n=tally.outside) if tally.outside else ""
    target = str(high) if high == tally.required else f"{tally.required}–{high}"
    text = say(
        lang,
        "tally.line",
        network=network_label(tally.network),
        filled=f"{tally.posts}{outside}",
        target=target,
        free=tally.free,
    )
    short = say(lang, "tally.short", n=tally.short) if tally.short else say(lang, "tally.met")
    return f"{text} — {short}"


def day_tallies(week: Week, day: Day) -> list[Tally]:
    """The tallies said under a day: a network that owes nothing and holds no post that day
    (a day off, say) has nothing to report."""
    return [t for t in week.tallies if t.date == day.date and (t.required or t.posts)]


def week_plain(week: Week, voice: Voice) -> str:
    lang = voice.lang
    heading = say(
        lang, "week.heading", start=voice.long_date(week.start), end=voice.long_date(week.end)
    )
    lines = [heading]
    for day in week.days:
        lines.append("")
        lines.append(f"{voice.long_date(day.date)} — {_summary(day, lang)}")
        lines.extend(off_line(day, lang, "  ", week.today))
        lines.extend(_holiday_line(day, lang, "  "))
        if not day.items:
            lines.append(f"  {say(lang, 'nothing')}")
        lines.extend(_plain_line(i, day, voice, week.today) for i in day.items)
        lines.extend(outside_line(p, voice) for p in day.outside)
        lines.extend(orphan_line(p, voice) for p in day.orphans)
        lines.extend(f"  > {tally_line(t, lang)}" for t in day_tallies(week, day))
    if week.totals:
        lines.append("")
        lines.append(say(lang, "tally.week"))
        lines.extend(f"  > {tally_line(t, lang)}" for t in week.totals)
    return "\n".join(lines) + "\n"


def print_week_rich(week: Week, voice: Voice, force: bool = False, no_color: bool = False) -> None:
    lang = voice.lang
    from rich.rule import Rule
    from rich.text import Text

    out = console(force, no_color)
    heading = say(
        lang, "week.heading", start=voice.long_date(week.start), end=voice.long_date(week.end)
    )
    out.print(Text(heading, style="bold"))
    for day in week.days:
        style = "bold yellow" if day.date == week.today else "bold"
        title = f"{voice.long_date(day.date)} — {_summary(day, lang)}"
        if len(title) + 4 > out.width:
            title = f"{voice.short_date(day.date)} — {_summary(day, lang)}"
        label = Text(fit_title(title, lang, out.width), style=style)
        out.print(Rule(label, align="left"))
        for line in _holiday_line(day, lang):
            out.print(Text(line, style="bold magenta"))
        if not day.items:
            out.print(Text(say(lang, "nothing"), style="italic"))
        else:
            out.print(_rich_day_table(day, day.items, voice, today=week.today))
        for post in day.outside:
            out.print(Text(outside_line(post, voice)))
        for post in day.orphans:
            out.print(Text(orphan_line(post, voice), style="yellow"))
        for tally in day_tallies(week, day):
            out.print(
                Text(f"  ✎ {tally_line(tally, lang)}", style="yellow" if tally.short else "green")
            )
    if week.totals:
        out.print(Rule(Text(say(lang, "tally.week"), style="bold"), align="left"))
        for tally in week.totals:
            out.print(
                Text(f"  ✎ {tally_line(tally, lang)}", style="yellow" if tally.short else "green")
            )
