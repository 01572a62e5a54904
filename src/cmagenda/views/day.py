"""Day view: `today` (JSON, plain, Rich), holidays and reminders."""

from __future__ import annotations

import datetime as dt
import re

from cmagenda.domain.model import Status
from cmagenda.domain.text import MARKS, RICH_MARKS, clean, network_label
from cmagenda.i18n.messages import duration, say
from cmagenda.views.common import JSON_VERSION, console, dumps, off_line
from cmagenda.views.posts import post_json, post_summary

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from cmagenda.domain.model import Post
    from cmagenda.domain.queries import Day, Item
    from cmagenda.domain.reminders import Reminder
    from cmagenda.i18n.messages import Voice


def task_json(item: Item, lang: str) -> dict[str, Any]:
    task = item.task
    return {
        "id": task.id,
        "title": task.title.pick(lang),
        "date": task.date.isoformat(),
        "time": task.time,
        "status": str(item.status),
        "overdue": item.overdue,
        "phase": str(task.phase) if task.phase else None,
        "volet": str(task.volet) if task.volet else None,
        "template": task.template,
        "network": task.network,
        "minutes": task.minutes,
        "done_at": task.done_at.isoformat() if task.done_at else None,
        "optional": task.optional,
        "note": task.note,
        "assignee": task.assignee,
        "done_by": task.done_by if item.status == Status.DONE else None,
        "post": post_json(item.post) if item.post is not None else None,
        "part": task.part[0] if task.part else None,
        "parts": task.part[1] if task.part else None,
    }


def holiday_name(day: Day, lang: str) -> str | None:
    return clean(day.holiday.pick(lang)) if day.holiday is not None else None


def today_json(day: Day, timezone: str, lang: str) -> str:
    return dumps(
        {
            "version": JSON_VERSION,
            "date": day.date.isoformat(),
            "timezone": timezone,
            "holiday": holiday_name(day, lang),
            "capacity_minutes": day.capacity,
            "planned_minutes": day.planned_minutes,
            "tasks": [task_json(i, lang) for i in day.items],
            "removed_network_posts": [post_json(p) for p in day.orphans],
            "outside_posts": [post_json(p) for p in day.outside],
        }
    )


def _tags(item: Item, lang: str) -> str:
    task = item.task
    parts = []
    if task.volet:
        parts.append(say(lang, f"volet.{task.volet}"))
    if task.network:
        parts.append(network_label(task.network))
    if item.status == Status.SKIPPED and task.reason:
        parts.append(clean(task.reason))
    if task.minutes:
        parts.append(duration(task.minutes, lang))
    if task.optional:
        parts.append(say(lang, "optional"))
    return ", ".join(parts)


def _sections(day: Day) -> list[tuple[str, list[Item]]]:
    waiting = [i for i in day.items if day.waiting(i)]
    overdue = [i for i in day.items if i.overdue and i not in waiting]
    timed = [i for i in day.items if not i.overdue and i.task.time and i.task.date == day.date]
    rest = [i for i in day.items if i not in overdue and i not in timed and i not in waiting]
    return [
        ("section.overdue", overdue),
        ("section.timed", timed),
        ("section.rest", rest),
        ("section.waiting", waiting),
    ]


def _summary(day: Day, lang: str) -> str:
    text = say(
        lang,
        "summary",
        done=day.done,
        total=day.total,
        # Written as the planned hours beside it are: "6h left · 6h planned of 7h".
        left=_span(day.minutes_left, lang),
    )
    return text + _load(day, lang)


def _load(day: Day, lang: str) -> str:
    """' · 7 h 35 planned of 7 h', flagged when over: nothing when the capacity is unknown."""
    if day.capacity is None:
        return ""
    planned = _span(day.planned_minutes, lang)
    if not day.capacity:
        return " · " + say(lang, "day.capacity_off", planned=planned)
    text = " · " + say(lang, "day.capacity", planned=planned, capacity=_span(day.capacity, lang))
    if day.carried_minutes:
        text += say(lang, "day.carried", carried=_span(day.carried_minutes, lang))
    return text + (f" ⚠ {say(lang, 'day.over')}" if day.over_capacity else "")


def _fitted(summary: str, width: int) -> list[str]:
    """The summary cut into lines of `width` between its parts (" · ", ", ", " ⚠ "), never inside
    one: a terminal's own wrapping would break "au-delà de la journée" anywhere (Rich wraps at a
    no-break space too)."""
    parts = re.split(r"(?= · )|(?=, )|(?= ⚠ )", summary)
    lines = [""]
    for part in parts:
        if lines[-1] and len(lines[-1]) + len(part) > width:
            lines.append(part.removeprefix(" · ").removeprefix(", ").lstrip())
        else:
            lines[-1] += part
    return lines


def fit_title(title: str, lang: str, width: int) -> str:
    """A day's title for a rule line of `width`: the overload warning shortened to its sign
    when the words would be cut off."""
    over = f" ⚠ {say(lang, 'day.over')}"
    if len(title) + 4 > width and title.endswith(over):
        return title.removesuffix(over) + " ⚠"
    return title


def _span(minutes: int, lang: str) -> str:
    if minutes >= 60 and minutes % 60 == 0:
        return say(lang, "hours.whole", h=minutes // 60)
    return duration(minutes, lang)


def _plain_line(item: Item, day: Day, voice: Voice, today: dt.date | None = None) -> str:
    lang = voice.lang
    task = item.task
    when = []
    if task.date != day.date:
        when.append(voice.short_date(task.date))
    if task.time:
        when.append(voice.time_cell(task.time))
    lead = f"  {MARKS[item.status]} {item.short_id}  "
    if when:
        lead += " ".join(when) + "  "
    tags = _tags(item, lang)
    line = lead + clean(task.title.pick(lang)) + (f"  ({tags})" if tags else "")
    people = people_said(item, lang)
    if people:
        line += f"  · {people}"
    if task.note:
        line += "\n" + " " * (len(MARKS[item.status]) + 3) + note_line(task.note, lang)
    if item.post is not None:
        due = task.date <= (today or day.date)
        line += (
            "\n" + " " * (len(MARKS[item.status]) + 3) + f"-> {post_summary(item.post, lang, due)}"
        )
    return line


def people_said(item: Item, lang: str) -> str:
    """Who a task is for and who did it, on a team ("" when nobody is named)."""
    task = item.task
    said = []
    if task.assignee:
        said.append(say(lang, "task.for", name=clean(task.assignee)))
    if task.done_by and item.status == Status.DONE:
        said.append(say(lang, "task.done_by", name=clean(task.done_by)))
    return ", ".join(said)


def note_line(note: str, lang: str) -> str:
    """'note: TEXT' for the line under a task's title, on one line whatever the note holds."""
    return say(lang, "task.note", note=clean(" ".join(note.splitlines())))


def _holiday_line(day: Day, lang: str, indent: str = "") -> list[str]:
    name = holiday_name(day, lang)
    return [indent + say(lang, "holiday", name=name)] if name else []


def owed_line(day: Day, lang: str, indent: str = "") -> list[str]:
    """ "Posts still owed: Facebook 1 · LinkedIn 1", when some are."""
    owed = day.owed_posts()
    if not owed:
        return []
    listed = " · ".join(f"{network_label(n)} {count}" for n, count in sorted(owed.items()))
    return [indent + say(lang, "owed.posts", networks=listed)]


def day_plain(day: Day, voice: Voice) -> str:
    lang = voice.lang
    lines = [
        f"{voice.long_date(day.date)} — {_summary(day, lang)}",
        *off_line(day, lang),
        *owed_line(day, lang),
        *_holiday_line(day, lang),
    ]
    if not day.items:
        lines.append(say(lang, "nothing"))
    for key, items in _sections(day):
        if items:
            lines.append("")
            lines.append(say(lang, key))
            lines.extend(_plain_line(i, day, voice) for i in items)
    if day.outside:
        lines.append("")
        lines.append(say(lang, "section.outside"))
        lines.extend(outside_line(p, voice) for p in day.outside)
    if day.orphans:
        lines.append("")
        lines.append(say(lang, "orphans.heading"))
        lines.extend(orphan_line(p, voice) for p in day.orphans)
    return "\n".join(lines) + "\n"


def outside_line(post: Post, voice: Voice) -> str:
    """A post planned outside the posting slots: shown on its day, at its time, flagged."""
    when = f"{voice.time_cell(post.time)}  " if post.time else ""
    flag = f"{network_label(post.network)}, {say(voice.lang, 'post.no_slot')}"
    return f"  ✎ {post.id[:7]}  {when}{post_summary(post, voice.lang)}  ({flag})"


def orphan_line(post: Post, voice: Voice) -> str:
    """A post on a network the profile no longer follows: shown, and flagged."""
    when = f"{voice.time_cell(post.time)}  " if post.time else ""
    flag = f"{network_label(post.network)}, {say(voice.lang, 'orphans.flag')}"
    return f"  ! {post.id[:7]}  {when}{post_summary(post, voice.lang)}  ({flag})"


def _late(item: Item, day: Day, now: str | None) -> bool:
    """A timed duty of today whose time has passed, still not done: made visible."""
    task = item.task
    return (
        now is not None
        and item.status == Status.TODO
        and not task.optional
        and task.date == day.date
        and task.time is not None
        and task.time < now
    )


def _rich_day_table(
    day: Day,
    items: list[Item],
    voice: Voice,
    now: str | None = None,
    today: dt.date | None = None,
) -> Any:
    """The items as table rows; with `now` (HH:MM, today only), a marker row where the clock
    stands among the timed items, and the ones past it not done in red."""
    lang = voice.lang
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, show_header=False, padding=(0, 1), expand=True, pad_edge=False)
    table.add_column(width=1, no_wrap=True)
    table.add_column(no_wrap=True, style="cyan")
    table.add_column(no_wrap=True, style="bright_black")
    # The title takes what is left; the tags wrap within a third of it, so that at 80 columns
    # a title is not folded into a narrow strip beside a wide, mostly empty tag column.
    table.add_column(ratio=3)
    table.add_column(ratio=1, style="magenta")
    table.add_column(no_wrap=True, justify="right", style="bright_black")
    marked = now is None
    for item in items:
        task = item.task
        if not marked and now is not None and task.time is not None and task.time > now:
            marked = True
            table.add_row(
                Text("▶", style="bold yellow"),
                Text(voice.time(now), style="bold yellow"),
                Text(""),
                Text(f"── {say(lang, 'day.now')} ──", style="bold yellow"),
                Text(""),
                Text(""),
            )
        when = voice.time(task.time) if task.time else ""
        if task.date != day.date:
            when = f"{voice.short_date(task.date)} {when}".strip()
        tags = " · ".join(
            x
            for x in (
                say(lang, f"volet.{task.volet}") if task.volet else "",
                network_label(task.network) if task.network else "",
                say(lang, "optional") if task.optional else "",
            )
            if x
        )
        style = ""
        if item.status in (Status.DONE, Status.SKIPPED):
            style = "dim"
        elif item.status == Status.MISSED:
            style = "dim italic"
        elif item.overdue or _late(item, day, now):
            style = "bold red"
        title = Text(clean(task.title.pick(lang)))
        if _late(item, day, now):
            title.append(f" ({say(lang, 'day.late')})", style="italic")
        if item.status == Status.SKIPPED and task.reason:
            title.append(f" ({clean(task.reason)})", style="italic")
        people = people_said(item, lang)
        if people:
            title.append(f" · {people}", style="magenta")
        if task.note:
            title.append(f"\n{note_line(task.note, lang)}", style="italic")
        if item.post is not None:
            due = task.date <= (today or day.date)
            title.append(f"\n→ {post_summary(item.post, lang, due)}", style="italic cyan")
        table.add_row(
            Text(RICH_MARKS[item.status], style="green" if item.status == Status.DONE else ""),
            Text(when),
            Text(item.short_id),
            title,
            Text(tags),
            Text(duration(task.minutes, lang) if task.minutes else ""),
            style=style,
        )
    return table


def print_day_rich(
    day: Day, voice: Voice, force: bool = False, no_color: bool = False, now: str | None = None
) -> None:
    """The day on a terminal: its summary first (above the fold), then its sections; `now`
    (HH:MM) when the day is today."""
    lang = voice.lang
    from rich.rule import Rule
    from rich.text import Text

    out = console(force, no_color)
    out.print(Rule(Text(voice.long_date(day.date), style="bold"), align="left"))
    summary = "\n".join(_fitted(_summary(day, lang), out.width))
    out.print(Text(summary, style="bold green" if day.done else "bold"), overflow="ellipsis")
    for line in off_line(day, lang):
        out.print(Text(line, style="bold magenta"))
    for line in owed_line(day, lang):
        out.print(Text(line, style="yellow"))
    for line in _holiday_line(day, lang):
        out.print(Text(line, style="bold magenta"))
    if not day.items:
        out.print(Text(say(lang, "nothing"), style="italic"))
    for key, items in _sections(day):
        if not items:
            continue
        out.print(Text(say(lang, key), style="bold red" if key == "section.overdue" else "bold"))
        out.print(_rich_day_table(day, items, voice, now if key == "section.timed" else None))
    if day.outside:
        out.print(Text(say(lang, "section.outside"), style="bold"))
        for post in day.outside:
            out.print(Text(outside_line(post, voice)))
    if day.orphans:
        out.print(Text(say(lang, "orphans.heading"), style="bold yellow"))
        for post in day.orphans:
            out.print(Text(orphan_line(post, voice), style="yellow"))


def holidays_json(region: str | None, days: dict[Any, Any], lang: str) -> str:
    return dumps(
        {
            "version": JSON_VERSION,
            "region": region,
            "holidays": [
                {"date": d.isoformat(), "name": clean(t.pick(lang))}
                for d, t in sorted(days.items())
            ],
        }
    )


def holidays_plain(region: str | None, days: dict[Any, Any], year: int, voice: Voice) -> str:
    lang = voice.lang
    if region is None:
        return say(lang, "holidays.none") + "\n"
    lines = [say(lang, "holidays.heading", year=year, region=region)]
    lines.extend(f"  {voice.long_date(d)}  {clean(t.pick(lang))}" for d, t in sorted(days.items()))
    return "\n".join(lines) + "\n"


def reminder_lines(found: list[Reminder], voice: Voice, today: Any) -> list[str]:
    """One line per reminder: '11:00  7f3a  title  (volet, network)' or, for an overdue task,
    'overdue since Mon, Nov 23  7f3a  title  (...)'; a planned post follows its slot."""
    lang = voice.lang
    lines = []
    for reminder in found:
        item = reminder.item
        task = item.task
        if reminder.kind == "overdue":
            when = say(lang, "remind.overdue", date=voice.short_date(task.date))
        else:
            when = voice.time_cell(task.time) if task.time else ""
            if task.date != today:
                when = f"{voice.short_date(task.date)} {when}"
        tags = _tags(item, lang)
        line = f"{when}  {item.short_id}  {clean(task.title.pick(lang))}"
        line += f"  ({tags})" if tags else ""
        if item.post is not None:
            line += f"  -> {post_summary(item.post, lang, due=True)}"
            if item.post.first_comment:
                comment = clean(" ".join(item.post.first_comment.split()))
                line += f"  ({say(lang, 'desk.first_comment_due', text=comment)})"
        lines.append(line)
    return lines


def reminders_json(found: list[Reminder], now: Any, within_minutes: int, lang: str) -> str:
    return dumps(
        {
            "version": JSON_VERSION,
            "now": now.isoformat(),
            "within_minutes": within_minutes,
            "reminders": [{"kind": r.kind, **task_json(r.item, lang)} for r in found],
        }
    )
