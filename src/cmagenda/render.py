"""Render: views -> text. JSON (the versioned contract), plain lines (pipes, cron, mail) and a
Rich agenda for terminals. The only module that imports rich, and only inside the Rich functions.

User text (titles, reasons) is data: it is stripped of control characters here and handed to
Rich as `Text`, never as markup.
"""

from __future__ import annotations

import datetime as dt

from .messages import duration, say
from .model import Phase, PostStatus, Status, Volet
from .networks import LABELS as NETWORK_LABELS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any

    from .agenda import Finding
    from .exports import Exported
    from .kpis import Recorded
    from .messages import Voice
    from .model import Post, Reading, Task
    from .queries import Day, Item, Reminder, Tally, Week
    from .reports import Share, Summary

JSON_VERSION = 1
# Bidi embeddings, overrides, isolates and marks (they reorder what follows: a title can pass
# for another) and zero-width characters (they hide inside ids and words).
INVISIBLES = [
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
    0x200E,
    0x200F,
    0x061C,
    *range(0x200B, 0x200E),
    0x2060,
    0xFEFF,
]
# C0 controls (TAB becomes a space), DEL, C1 controls and the invisibles: ESC sequences and the
# like must never reach a terminal. They are dropped, not replaced: what is left is the text as
# typed, minus what the terminal would have obeyed.
CONTROLS = {c: None for c in [*range(0x00, 0x20), *range(0x7F, 0xA0), *INVISIBLES]} | {0x09: " "}
# Where a text keeps its lines (confirmations, notes in a calendar).
CONTROLS_BUT_LF = CONTROLS | {0x0A: "\n"}
# In JSON the same characters are escaped rather than dropped (C0 ones json escapes itself): the
# data stays exact for programs, and a JSON document shown on a terminal stays inert.
JSON_ESCAPES = {c: f"\\u{c:04x}" for c in [*range(0x7F, 0xA0), *INVISIBLES]}
MARKS = {
    Status.TODO: "[ ]",
    Status.DONE: "[x]",
    Status.SKIPPED: "[-]",
    Status.MISSED: "[!]",
    Status.OFF: "[~]",
}
RICH_MARKS = {
    Status.TODO: "☐",
    Status.DONE: "✔",
    Status.SKIPPED: "–",
    Status.MISSED: "✗",
    Status.OFF: "~",
}


def clean(text: str, lines: bool = False) -> str:
    """`text` without what a terminal or a reader would obey rather than show (see CONTROLS);
    with `lines`, its line breaks kept. The one neutraliser of every output."""
    return text.translate(CONTROLS_BUT_LF if lines else CONTROLS)


def report(lang: str, message: str, details: Sequence[str] = (), *, error: bool = True) -> None:
    """`cmagenda: error: MESSAGE` (or `cmagenda: MESSAGE`) and its detail lines, on stderr. The
    message echoes what the user typed (ids, paths, words): it is cleaned like any user text."""
    import sys

    head = f"{say(lang, 'error')}: " if error else ""
    lines = [f"cmagenda: {head}{clean(message)}", *(f"  {clean(d)}" for d in details)]
    print("\n".join(lines), file=sys.stderr)


def say_waiting(lang: str) -> None:
    """The lock notice, on stderr at once (the wait that follows may be long)."""
    report(lang, say(lang, "store.waiting"), error=False)
    import sys

    sys.stderr.flush()


def task_said(lang: str, key: str, task: Task, **params: str) -> str:
    """A confirmation line about `task` (its title as data, cleaned)."""
    return say(lang, key, title=clean(task.title.pick(lang)), **params) + "\n"


def done_said(results: list[tuple[Task, bool]], lang: str) -> str:
    """What `done` says, the same from the fast and the full path."""
    return "".join(
        task_said(lang, "done.already" if already else "done.ok", task) for task, already in results
    )


def post_said(voice: Voice, key: str, post: Post) -> str:
    """A confirmation line about `post`: "post.added", "post.edited", "post.moved",
    "post.removed"."""
    lang = voice.lang
    if post.slot is None and post.time and key == "post.added":
        slot = say(lang, "post.unslotted_at", time=voice.time(post.time))
    elif post.slot is None:
        slot = say(lang, "post.unslotted")
    elif post.time:
        slot = say(lang, "post.in_slot", time=voice.time(post.time))
    else:
        slot = ""
    params = {
        "id": post.id[:7],
        "date": voice.long_date(post.date),
        "network": network_label(post.network),
        "status": say(lang, f"post.status.{post.status}"),
        "slot": slot,
    }
    return say(lang, key, **params) + "\n"


def doctor_said(lang: str, count: int, findings: list[Finding]) -> str:
    if not findings:
        return say(lang, "doctor.ok", count=count) + "\n"
    return "".join(
        say(
            lang,
            "doctor.restored" if f.restored else "doctor.bad",
            path=f.path,
            reason=f.problem,
            backup=f.backup or "-",
        )
        + "\n"
        for f in findings
    )


def network_label(name: str) -> str:
    return NETWORK_LABELS.get(name, clean(name))


# -- JSON ----------------------------------------------------------------------------------------


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
    }


def holiday_name(day: Day, lang: str) -> str | None:
    return clean(day.holiday.pick(lang)) if day.holiday is not None else None


def dumps(body: dict[str, Any]) -> str:
    import json

    # Readable as UTF-8, but raw C1 controls or DEL never reach a terminal.
    return json.dumps(body, ensure_ascii=False, indent=2).translate(JSON_ESCAPES) + "\n"


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
        }
    )


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
        "done": tally.done,
        "free": tally.free,
        "short": tally.short,
    }


def post_json(post: Post) -> dict[str, Any]:
    return post.dump()


def posts_json(posts: list[Post]) -> str:
    return dumps({"version": JSON_VERSION, "posts": [post_json(p) for p in posts]})


def posts_plain(
    posts: list[Post],
    voice: Voice,
    details: Callable[[Post], list[str]] | None = None,
    left: Callable[[Post], str] | None = None,
) -> str:
    """One line per post (then `details`' lines under it, and `left`, the characters it may
    still take, at its end)."""
    lang = voice.lang
    if not posts:
        return say(lang, "post.none") + "\n"
    lines = []
    for post in posts:
        when = voice.short_date(post.date) + (f" {voice.time(post.time)}" if post.time else "")
        state = say(lang, f"post.status.{post.status}")
        slot = "" if post.slot else f"  ({say(lang, 'post.no_slot')})"
        link = f"  <{clean(post.link)}>" if post.link else ""
        room = left(post) if left is not None else ""
        lines.append(
            f"{post.id[:7]}  {when}  {network_label(post.network)}  [{state}]  "
            f"{clean(post.text)}{link}{slot}" + (f"  ({room})" if room else "")
        )
        lines.extend(f"         {line}" for line in (details(post) if details else []))
    return "\n".join(lines) + "\n"


# -- plain text ----------------------------------------------------------------------------------


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
    overdue = [i for i in day.items if i.overdue]
    timed = [i for i in day.items if not i.overdue and i.task.time and i.task.date == day.date]
    rest = [i for i in day.items if i not in overdue and i not in timed]
    return [("section.overdue", overdue), ("section.timed", timed), ("section.rest", rest)]


def _summary(day: Day, lang: str) -> str:
    text = say(
        lang,
        "summary",
        done=day.done,
        total=day.total,
        left=duration(day.minutes_left, lang),
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
    return text + (f" ⚠ {say(lang, 'day.over')}" if day.over_capacity else "")


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


def post_summary(post: Post, lang: str, due: bool = False) -> str:
    """'[approved] text <link>' for the line under a posting slot; flagged when the slot's day
    has come (`due`) and the post is not approved yet."""
    state = say(lang, f"post.status.{post.status}")
    link = f"  <{clean(post.link)}>" if post.link else ""
    flag = (
        f"  (! {say(lang, 'post.unapproved')})"
        if due and post.status in PostStatus.UNAPPROVED
        else ""
    )
    return f"[{state}] {clean(post.text)}{link}{flag}"


def _holiday_line(day: Day, lang: str, indent: str = "") -> list[str]:
    name = holiday_name(day, lang)
    return [indent + say(lang, "holiday", name=name)] if name else []


def off_line(day: Day, lang: str, indent: str = "") -> list[str]:
    """ "Off — vacation: nothing is owed today" on a day of absence."""
    if day.off is None:
        return []
    if day.off:
        return [indent + say(lang, "day.off_reason", reason=clean(day.off))]
    return [indent + say(lang, "day.off")]


def owed_posts(day: Day) -> dict[str, int]:
    """Per network, the day's required posting slots neither filled nor skipped."""
    owed: dict[str, int] = {}
    for item in day.items:
        task = item.task
        if (
            task.is_posting_slot
            and task.network
            and not task.optional
            and item.status == Status.TODO
            and item.post is None
            and task.date == day.date
        ):
            owed[task.network] = owed.get(task.network, 0) + 1
    return owed


def owed_line(day: Day, lang: str, indent: str = "") -> list[str]:
    """ "Posts still owed: Facebook 1 · LinkedIn 1", when some are."""
    owed = owed_posts(day)
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
    if day.orphans:
        lines.append("")
        lines.append(say(lang, "orphans.heading"))
        lines.extend(orphan_line(p, voice) for p in day.orphans)
    return "\n".join(lines) + "\n"


def orphan_line(post: Post, voice: Voice) -> str:
    """A post on a network the profile no longer follows: shown, and flagged."""
    when = f"{voice.time_cell(post.time)}  " if post.time else ""
    flag = f"{network_label(post.network)}, {say(voice.lang, 'orphans.flag')}"
    return f"  ! {post.id[:7]}  {when}{post_summary(post, voice.lang)}  ({flag})"


def tally_line(tally: Tally, lang: str) -> str:
    """'Instagram: 1 of 1–3, 2 slots free — short by 0' in the user's words."""
    high = tally.required + tally.optional
    target = str(high) if high == tally.required else f"{tally.required}–{high}"
    text = say(
        lang,
        "tally.line",
        network=network_label(tally.network),
        filled=tally.filled,
        target=target,
        free=tally.free,
    )
    short = say(lang, "tally.short", n=tally.short) if tally.short else say(lang, "tally.met")
    return f"{text} — {short}"


def week_plain(week: Week, voice: Voice) -> str:
    lang = voice.lang
    heading = say(
        lang, "week.heading", start=voice.long_date(week.start), end=voice.long_date(week.end)
    )
    lines = [heading]
    for day in week.days:
        lines.append("")
        lines.append(f"{voice.long_date(day.date)} — {_summary(day, lang)}")
        lines.extend(off_line(day, lang, "  "))
        lines.extend(_holiday_line(day, lang, "  "))
        if not day.items:
            lines.append(f"  {say(lang, 'nothing')}")
        lines.extend(_plain_line(i, day, voice, week.today) for i in day.items)
        lines.extend(orphan_line(p, voice) for p in day.orphans)
        lines.extend(f"  > {tally_line(t, lang)}" for t in week.tallies if t.date == day.date)
    if week.totals:
        lines.append("")
        lines.append(say(lang, "tally.week"))
        lines.extend(f"  > {tally_line(t, lang)}" for t in week.totals)
    return "\n".join(lines) + "\n"


# -- Rich (terminals) ----------------------------------------------------------------------------


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
    out.print(Text(_summary(day, lang), style="bold green" if day.done else "bold"))
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
    if day.orphans:
        out.print(Text(say(lang, "orphans.heading"), style="bold yellow"))
        for post in day.orphans:
            out.print(Text(orphan_line(post, voice), style="yellow"))


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
        label = Text(f"{voice.long_date(day.date)} — {_summary(day, lang)}", style=style)
        out.print(Rule(label, align="left"))
        for line in _holiday_line(day, lang):
            out.print(Text(line, style="bold magenta"))
        if not day.items:
            out.print(Text(say(lang, "nothing"), style="italic"))
        else:
            out.print(_rich_day_table(day, day.items, voice, today=week.today))
        for post in day.orphans:
            out.print(Text(orphan_line(post, voice), style="yellow"))
        for tally in (t for t in week.tallies if t.date == day.date):
            out.print(
                Text(f"  ✎ {tally_line(tally, lang)}", style="yellow" if tally.short else "green")
            )
    if week.totals:
        out.print(Rule(Text(say(lang, "tally.week"), style="bold"), align="left"))
        for tally in week.totals:
            out.print(
                Text(f"  ✎ {tally_line(tally, lang)}", style="yellow" if tally.short else "green")
            )


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


# -- reminders -----------------------------------------------------------------------------------


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


# -- reports -------------------------------------------------------------------------------------

MARKDOWN_SPECIAL = {ord(c): f"\\{c}" for c in "\\`*_[]|<>#"}
BAR_WIDTH = 20
EIGHTHS = " ▏▎▍▌▋▊▉█"
SPARKS = "▁▂▃▄▅▆▇█"


def bar(rate: float, width: int = BAR_WIDTH) -> str:
    """`rate` (0 to 1) as a bar of `width` cells, to the eighth of a cell."""
    eighths = round(max(0.0, min(1.0, rate)) * width * 8)
    full, part = divmod(eighths, 8)
    return ("█" * full + (EIGHTHS[part] if part else "")).ljust(width)


def spark(values: Sequence[float | None], low: float | None = None) -> str:
    """A sparkline: one cell per value, from its lowest to its highest (or from `low`, when the
    scale is fixed: rates from 0); a space where there is no value."""
    known = [v for v in values if v is not None]
    if not known:
        return ""
    bottom = min(known) if low is None else low
    top = max(known) if low is None else max(max(known), 1.0)
    span = top - bottom
    cells = []
    for value in values:
        if value is None:
            cells.append(" ")
        elif not span:
            cells.append(SPARKS[3] if low is None else SPARKS[0])
        else:
            cells.append(SPARKS[round((value - bottom) / span * (len(SPARKS) - 1))])
    return "".join(cells)


def _percent(rate: float, lang: str) -> str:
    return f"{round(rate * 100)}\u00a0%" if lang == "fr" else f"{round(rate * 100)}%"


def _delta(now: Summary, before: Summary | None, lang: str) -> str:
    if before is None or not before.overall.total:
        return say(lang, "report.no_previous")
    points = round(now.overall.rate * 100) - round(before.overall.rate * 100)
    return say(lang, "report.delta", points=f"{points:+d}")


def _daily(now: Summary) -> tuple[list[float | None], dt.date, dt.date] | None:
    """The completion rate of each day counted so far (None for a day with nothing due)."""
    if not now.by_day:
        return None
    last = max(now.by_day)
    days = [now.start + dt.timedelta(days=n) for n in range((last - now.start).days + 1)]
    rates = [now.by_day[d].rate if d in now.by_day else None for d in days]
    return rates, now.start, last


def _share_rows(now: Summary, lang: str) -> list[tuple[str, list[tuple[str, Share]]]]:
    """(section title, [(label, share)]) for each grouping that has something."""
    out = []
    for key, table, prefix in (
        ("report.by_phase", now.by_phase, "phase"),
        ("report.by_volet", now.by_volet, "volet"),
        ("report.by_network", now.by_network, ""),
    ):
        if table:
            # The checklist's own order (arrival before daily...), "added" last.
            order = {"phase": Phase.ALL, "volet": Volet.ALL}.get(prefix, ())
            keys = sorted(table, key=lambda k: (order.index(k) if k in order else len(order), k))
            rows = [
                (say(lang, f"{prefix}.{k}") if prefix else network_label(k), table[k]) for k in keys
            ]
            out.append((say(lang, key), rows))
    return out


def _reading(reading: Reading | None, voice: Voice) -> tuple[str, str]:
    if reading is None:
        return "—", ""
    return voice.number(reading.value), f"({voice.day_month(reading.date)})"


def _change(found: tuple[float, float | None] | None, voice: Voice) -> tuple[str, str]:
    if found is None:
        return "—", ""
    difference, percent = found
    if percent is None:
        return voice.number(difference, signed=True), ""
    sign = voice.number(percent, signed=True)
    return voice.number(
        difference, signed=True
    ), f"({sign}\u00a0%)" if voice.lang == "fr" else f"({sign}%)"


def _kpi_cells(now: Summary, voice: Voice) -> list[list[tuple[str, str]]]:
    """Per KPI: network, metric, baseline, previous, current, change against the previous
    reading and against the baseline, trend; each cell a value and its aside (a date, a %)."""
    from .kpis import metric_label

    return [
        [
            (network_label(course.network), ""),
            (clean(metric_label(course.metric, voice.lang)), ""),
            _reading(course.baseline, voice),
            _reading(course.previous, voice),
            _reading(course.current, voice),
            _change(course.change(course.previous), voice),
            _change(course.change(course.baseline), voice),
            (spark([v for _, v in course.trend]), ""),
        ]
        for course in now.kpis
    ]


KPI_COLUMNS = (
    *("network", "metric", "baseline", "previous"),
    *("current", "vs_previous", "vs_baseline", "trend"),
)


def _grouped(tasks: list[Task], voice: Voice) -> list[tuple[str, str, str]]:
    """Missed tasks, one row per title: (count, when, title), in order of first date."""
    groups: dict[str, list[Task]] = {}
    for task in tasks:
        groups.setdefault(clean(task.title.pick(voice.lang)), []).append(task)
    rows = []
    for title, found in groups.items():
        first, last = found[0], found[-1]
        if len(found) == 1:
            when = _when_task(first, voice)
        elif first.date == last.date:
            when = voice.short_date(first.date)
        else:
            when = f"{voice.short_date(first.date)} → {voice.short_date(last.date)}"
        rows.append((f"{len(found)} ×", when, title))
    return rows


def _when_task(task: Task, voice: Voice) -> str:
    return voice.short_date(task.date) + (f" {voice.time(task.time)}" if task.time else "")


def _listed(tasks: list[Task], voice: Voice) -> list[tuple[str, str, str]]:
    """Skipped or overdue tasks, one row each: (when, title, reason)."""
    return [
        (_when_task(t, voice), clean(t.title.pick(voice.lang)), clean(t.reason or ""))
        for t in tasks
    ]


def report_json(now: Summary, before: Summary | None, kind: str, lang: str) -> str:
    from .kpis import metric_label

    def shares(table: dict[str, Share]) -> list[dict[str, Any]]:
        return [
            {
                "key": k,
                "done": v.done,
                "total": v.total,
                "skipped": v.skipped,
                "rate": round(v.rate, 4),
            }
            for k, v in sorted(table.items())
        ]

    def listed(tasks: list[Task]) -> list[dict[str, Any]]:
        return [
            {
                "id": t.id,
                "title": t.title.pick(lang),
                "date": t.date.isoformat(),
                "time": t.time,
                "reason": t.reason,
            }
            for t in tasks
        ]

    def period(summary: Summary) -> dict[str, Any]:
        return {
            "start": summary.start.isoformat(),
            "end": summary.end.isoformat(),
            "done": summary.overall.done,
            "total": summary.overall.total,
            # Counted apart from the total (the "skipped" list names them).
            "skipped_count": summary.overall.skipped,
            "rate": round(summary.overall.rate, 4),
            "minutes_planned": summary.minutes_planned,
            "minutes_done": summary.minutes_done,
            # Days of absence: nothing owed on them, so not in the total.
            "days_off": len(summary.days_off),
        }

    def reading(found: Reading | None) -> dict[str, Any] | None:
        return None if found is None else {"date": found.date.isoformat(), "value": found.value}

    def change(found: tuple[float, float | None] | None) -> dict[str, Any] | None:
        return None if found is None else {"difference": found[0], "percent": found[1]}

    return dumps(
        {
            "version": JSON_VERSION,
            "kind": kind,
            **period(now),
            "by_phase": shares(now.by_phase),
            "by_volet": shares(now.by_volet),
            "by_network": shares(now.by_network),
            "by_day": [
                {"date": d.isoformat(), "done": v.done, "total": v.total}
                for d, v in sorted(now.by_day.items())
            ],
            "cadence": [
                {
                    "network": c.network,
                    "days": c.days,
                    "days_met": c.days_met,
                    "required": c.required,
                    "done": c.done,
                }
                for c in now.cadence
            ],
            "kpis": [
                {
                    "network": c.network,
                    "metric": c.metric,
                    "label": metric_label(c.metric, lang),
                    "baseline": reading(c.baseline),
                    "previous": reading(c.previous),
                    "current": reading(c.current),
                    "change_previous": change(c.change(c.previous)),
                    "change_baseline": change(c.change(c.baseline)),
                    "trend": [{"start": d.isoformat(), "value": v} for d, v in c.trend],
                }
                for c in now.kpis
            ],
            "off": [d.isoformat() for d in now.days_off],
            "missed": listed(now.missed),
            "skipped": listed(now.skipped),
            "overdue": listed(now.overdue),
            "previous": period(before) if before is not None else None,
        }
    )


def _heading(now: Summary, kind: str, voice: Voice) -> str:
    if kind == "month":
        return say(voice.lang, "report.month", month=voice.month(now.start))
    return say(
        voice.lang, "report.week", start=voice.long_date(now.start), end=voice.long_date(now.end)
    )


def _overall_lines(now: Summary, before: Summary | None, voice: Voice) -> list[str]:
    lang = voice.lang
    lines = [
        say(
            lang,
            "report.overall",
            done=now.overall.done,
            total=now.overall.total,
            rate=_percent(now.overall.rate, lang),
            delta=_delta(now, before, lang),
        ),
        say(
            lang,
            "report.minutes",
            done=duration(now.minutes_done, lang),
            planned=duration(now.minutes_planned, lang),
        ),
    ]
    if now.days_off:
        lines.insert(1, say(lang, "report.days_off", n=len(now.days_off)))
    daily = _daily(now)
    if daily is not None:
        rates, first, last = daily
        lines.append(
            say(
                lang,
                "report.by_day",
                spark=spark(rates, low=0.0),
                start=voice.short_date(first),
                end=voice.short_date(last),
            )
        )
    return lines


def _table_text(rows: list[list[str]], header: list[str], markdown: bool) -> list[str]:
    """Rows as a Markdown table, or as plain columns; a column of numbers is right-aligned."""
    right = [all(_numeric(row[i]) for row in rows) for i in range(len(header))]
    if markdown:
        rule = "".join(" ---: |" if r else " --- |" for r in right)
        lines = ["", "| " + " | ".join(header) + " |", "|" + rule]
        return lines + ["| " + " | ".join(row) + " |" for row in rows]
    table = ([header] if any(header) else []) + rows
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    return [
        "  "
        + "  ".join(
            cell.rjust(widths[i]) if right[i] else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ).rstrip()
        for row in table
    ]


def _numeric(cell: str) -> bool:
    return cell[:1].isdigit() or (cell[:1] in "+-" and cell[1:2].isdigit()) or cell == "—"


def report_text(
    now: Summary, before: Summary | None, kind: str, voice: Voice, markdown: bool
) -> str:
    """The report as plain text or, with `markdown`, as Markdown (user text escaped)."""
    lang = voice.lang

    def text(value: str) -> str:
        return value.translate(MARKDOWN_SPECIAL) if markdown else value

    def section(key: str) -> list[str]:
        return ["", f"## {say(lang, key)}" if markdown else say(lang, key)]

    bullet = "- " if markdown else "  "
    none = [bullet + say(lang, "report.none")]
    heading = _heading(now, kind, voice)
    lines = [f"# {heading}" if markdown else heading, ""]
    lines += _overall_lines(now, before, voice)
    for title, shares in _share_rows(now, lang):
        lines += ["", f"## {title}" if markdown else title]
        rows = [[text(a), str(v.done), str(v.total), _percent(v.rate, lang)] for a, v in shares]
        lines += _table_text(rows, ["", "✔", "Σ", "%"] if markdown else [""] * 4, markdown)
    if now.cadence:
        lines += section("report.cadence")
        lines += [
            bullet
            + say(
                lang,
                "report.cadence_line",
                network=text(network_label(c.network)),
                met=c.days_met,
                days=c.days,
                done=c.done,
                required=c.required,
            )
            for c in now.cadence
        ]
    if now.kpis or kind == "month":
        lines += section("report.kpis")
        rows = [
            [text(f"{main} {aside}".strip()) for main, aside in row]
            for row in _kpi_cells(now, voice)
        ]
        header = [say(lang, f"report.col.{k}") for k in KPI_COLUMNS]
        lines += (
            _table_text(rows, header, markdown) if rows else [bullet + say(lang, "report.no_kpi")]
        )
    lines += section("report.missed")
    grouped = _grouped(now.missed, voice)
    wide = max((len(count) for count, _, _ in grouped), default=0)
    lines += [
        f"{bullet}{count.rjust(wide)}  {when}  {text(title)}" for count, when, title in grouped
    ] or none
    for key, tasks in (("report.skipped", now.skipped), ("report.overdue", now.overdue)):
        lines += section(key)
        lines += [
            f"{bullet}{when}  {text(title)}" + (f" ({text(reason)})" if reason else "")
            for when, title, reason in _listed(tasks, voice)
        ] or none
    return "\n".join(lines) + "\n"


def report_rich(now: Summary, before: Summary | None, kind: str, voice: Voice) -> Any:
    """The report for a terminal: tables with bars, the days and the KPIs' trends as
    sparklines, as one renderable."""
    from rich import box
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    lang = voice.lang

    def table(title: str, columns: list[str], justify: str) -> Any:
        found = Table(
            title=Text(title, style="bold"),
            title_justify="left",
            box=box.SIMPLE_HEAD,
            show_edge=False,
            pad_edge=False,
            show_header=any(columns),
        )
        for name, side in zip(columns, justify, strict=True):
            found.add_column(
                Text(name), justify="right" if side == "r" else "left", no_wrap=side != "l"
            )
        return found

    def meter(rate: float, style: str = "green") -> Any:
        filled = bar(rate).rstrip()
        return Text.assemble((filled, style), ("·" * (BAR_WIDTH - len(filled)), "bright_black"))

    def nothing(title: str, key: str) -> list[Any]:
        return [Text(""), Text(title, style="bold"), Text("  " + say(lang, key), style="italic")]

    first, *others = _overall_lines(now, before, voice)
    parts: list[Any] = [Text(_heading(now, kind, voice), style="bold"), Text("")]
    parts.append(Text.assemble(meter(now.overall.rate), "  ", first))
    parts += [Text(line) for line in others]
    for title, shares in _share_rows(now, lang):
        found = table(title, ["", "✔", "Σ", "%", ""], "lrrrn")
        for label, share in shares:
            found.add_row(
                Text(label),
                Text(str(share.done)),
                Text(str(share.total)),
                Text(_percent(share.rate, lang)),
                meter(share.rate),
            )
        parts += [Text(""), found]
    if now.cadence:
        columns = [say(lang, f"report.col.{k}") for k in ("network", "days_met", "posts")]
        found = table(say(lang, "report.cadence"), [*columns, ""], "lrrn")
        for c in now.cadence:
            kept = c.done >= c.required
            found.add_row(
                Text(network_label(c.network)),
                Text(f"{c.days_met} / {c.days}"),
                Text(f"{c.done} / {c.required}"),
                meter(c.done / c.required if c.required else 1.0, "green" if kept else "yellow"),
            )
        parts += [Text(""), found]
    if now.kpis:
        header = [say(lang, f"report.col.{k}") for k in KPI_COLUMNS]
        found = table(say(lang, "report.kpis"), header, "nlrrrrrn")
        for row in _kpi_cells(now, voice):
            *cells, (trend, _) = row
            found.add_row(
                *(
                    Text(main) + (Text("\n" + aside, style="dim") if aside else Text(""))
                    for main, aside in cells
                ),
                Text(trend, style="cyan"),
            )
        parts += [Text(""), found]
    elif kind == "month":
        parts += nothing(say(lang, "report.kpis"), "report.no_kpi")
    grouped = _grouped(now.missed, voice)
    if grouped:
        found = table(say(lang, "report.missed"), ["", "", ""], "rnl")
        for count, when, title in grouped:
            found.add_row(Text(count), Text(when), Text(title))
        parts += [Text(""), found]
    else:
        parts += nothing(say(lang, "report.missed"), "report.none")
    for key, tasks in (("report.skipped", now.skipped), ("report.overdue", now.overdue)):
        rows = _listed(tasks, voice)
        if not rows:
            parts += nothing(say(lang, key), "report.none")
            continue
        found = table(say(lang, key), ["", "", ""], "nll")
        for when, title, reason in rows:
            found.add_row(Text(when), Text(title), Text(reason, style="italic"))
        parts += [Text(""), found]
    return Group(*parts)


def print_report_rich(
    now: Summary,
    before: Summary | None,
    kind: str,
    voice: Voice,
    force: bool = False,
    no_color: bool = False,
) -> None:
    console(force, no_color).print(report_rich(now, before, kind, voice))


# -- KPI log --------------------------------------------------------------------------------------


def _metric(key: str, lang: str) -> str:
    from .kpis import metric_label

    return clean(metric_label(key, lang))


def kpi_said(recorded: Recorded, voice: Voice) -> str:
    reading = recorded.reading
    change = ""
    if recorded.replaced is not None:
        change = say(voice.lang, "kpi.replaced", value=voice.number(recorded.replaced.value))
    elif recorded.before is not None:
        difference = reading.value - recorded.before.value
        change = say(
            voice.lang,
            "kpi.since",
            change=voice.number(difference, signed=True),
            date=voice.short_date(recorded.before.date),
        )
    return kpi_line("kpi.added", reading, voice, change=change)


def kpi_line(key: str, reading: Reading, voice: Voice, **params: str) -> str:
    return (
        say(
            voice.lang,
            key,
            network=network_label(reading.network),
            metric=_metric(reading.metric, voice.lang),
            value=voice.number(reading.value),
            date=voice.short_date(reading.date),
            **params,
        )
        + "\n"
    )


def kpis_json(readings: list[Reading], suggested: dict[str, list[str]], lang: str) -> str:
    from .kpis import metric_label

    return dumps(
        {
            "version": JSON_VERSION,
            "readings": [r.dump() | {"label": metric_label(r.metric, lang)} for r in readings],
            "suggested": {
                network: [{"metric": m, "label": metric_label(m, lang)} for m in metrics]
                for network, metrics in sorted(suggested.items())
            },
        }
    )


def kpis_plain(readings: list[Reading], suggested: dict[str, list[str]], voice: Voice) -> str:
    lang = voice.lang
    lines = []
    if readings:
        header = [say(lang, f"report.col.{k}") for k in ("network", "metric", "date", "value")]
        rows = [
            [
                network_label(r.network),
                _metric(r.metric, lang),
                voice.short_date(r.date),
                voice.number(r.value),
            ]
            for r in readings
        ]
        lines += [line.removeprefix("  ") for line in _table_text(rows, header, False)]
    else:
        network = next(iter(sorted(suggested)), "facebook")
        first = _metric(suggested.get(network, ["followers"])[0], lang)
        lines += [say(lang, "kpi.none", network=network, metric=first), ""]
        if suggested:
            lines.append(say(lang, "kpi.suggested"))
        colon = "\u00a0:" if lang == "fr" else ":"
        for name, metrics in sorted(suggested.items()):
            names = ", ".join(_metric(m, lang) for m in metrics)
            lines.append(f"  {network_label(name)}{colon} {names}")
    return "\n".join(lines) + "\n"


def export_said(done: Exported, lang: str) -> str:
    """The confirmation of an export to a file or a vdir (nothing when it went to stdout)."""
    if done.vdir is not None:
        written, unchanged, removed = done.vdir
        return (
            say(
                lang,
                "export.vdir",
                path=str(done.target),
                written=written,
                unchanged=unchanged,
                removed=removed,
            )
            + "\n"
        )
    if done.target is None:
        return ""
    return say(lang, "export.written", count=done.count, path=str(done.target)) + "\n"


def notify_failure(lang: str, why: str) -> None:
    """Why `remind --notify` could not notify, on stderr (not an error: the reminders were said)."""
    key = "notify.missing" if why == "missing" else "notify.failed"
    report(lang, say(lang, key, reason=why), error=False)


# -- output forms ----------------------------------------------------------------------------------


def pick_form(
    *, as_json: bool, plain: bool, color: str | None, no_color: bool, env_no_color: str, tty: bool
) -> tuple[str, bool, bool]:
    """The form to print ("json", "rich" or "plain"), whether Rich is forced onto a pipe, and
    whether it goes without colours. `color` is --color (auto, always, never), `no_color`
    --no-color, `env_no_color` the NO_COLOR variable (any non-empty value counts)."""
    bare = no_color or color == "never" or bool(env_no_color)
    if as_json:
        return "json", False, bare
    if color == "always":
        return "rich", True, bare
    if plain or not tty:
        return "plain", False, bare
    return "rich", False, bare


def console(force: bool = False, no_color: bool = False) -> Any:
    from rich.console import Console

    # A forced terminal (--color always, for `less -R`) keeps the pipe's width or COLUMNS.
    return Console(
        highlight=False, force_terminal=True if force else None, no_color=no_color or None
    )


# -- templates and paths -------------------------------------------------------------------------


def template_json(template: Any, lang: str) -> dict[str, Any]:
    return {
        "id": template.id,
        "title": template.title.pick(lang),
        "phase": str(template.phase),
        "volet": str(template.volet),
        "minutes": template.minutes,
        "rrule": template.rrule,
        "offset_days": template.offset_days,
        "times": list(template.times),
        "carry": template.carry,
        "window_days": template.window_days,
        "per_network": template.per_network,
        "network": template.network,
        "enabled": template.enabled,
        "series": template.series,
        "days": template.days,
        "holiday": template.holiday_policy,
        "after": list(template.after),
    }


def template_plain(template: Any, lang: str) -> str:
    """The duty's fields in the user's words; the rule, times and ids stay as they are typed in
    the checklist, so that they can be copied back into it."""
    fields = template_json(template, lang)
    labels = {k: say(lang, f"template.field.{k}") for k in fields}
    width = max(len(label) for label in labels.values())
    return "".join(
        f"{labels[k].ljust(width)}  {clean(_shown(k, v, lang))}\n" for k, v in fields.items()
    )


# The fields whose values are words of the catalogue ("weekly" is "hebdomadaire").
_WORDS = {
    "phase": "phase",
    "volet": "volet",
    "days": "template.days",
    "holiday": "template.holiday",
}


def _shown(key: str, value: Any, lang: str) -> str:
    if value is None:
        return "-"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "-"
    if isinstance(value, bool):
        return say(lang, "template.yes" if value else "template.no")
    if key in _WORDS:
        return say(lang, f"{_WORDS[key]}.{value}")
    if key == "minutes":
        return duration(int(value), lang)
    return str(value)


def templates_json(templates: list[Any], lang: str) -> str:
    return dumps(
        {"version": JSON_VERSION, "templates": [template_json(t, lang) for t in templates]}
    )


def _when(template: Any) -> str:
    rule = template.rrule or f"+{template.offset_days}d"
    times = ",".join(template.times)
    return f"{rule} {times}".strip()


def templates_plain(templates: list[Any], lang: str) -> str:
    lines = []
    for t in templates:
        flag = "" if t.enabled else say(lang, "templates.off")
        phase, volet = say(lang, f"phase.{t.phase}"), say(lang, f"volet.{t.volet}")
        lines.append(
            f"{t.id}{flag}\t{phase}\t{volet}\t{t.minutes}\t{_when(t)}\t{clean(t.title.pick(lang))}"
        )
    return "\n".join(lines) + "\n"


def print_templates_rich(templates: list[Any], lang: str) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False, expand=True)
    for name in ("id", "phase", "volet", "minutes", "rrule", "title"):
        table.add_column(say(lang, f"template.field.{name}"), overflow="fold")
    for t in templates:
        table.add_row(
            Text(t.id, style="" if t.enabled else "dim strike"),
            Text(say(lang, f"phase.{t.phase}")),
            Text(say(lang, f"volet.{t.volet}")),
            Text(str(t.minutes)),
            Text(_when(t)),
            Text(clean(t.title.pick(lang))),
        )
    Console(highlight=False).print(table)


def paths_json(paths: dict[str, str]) -> str:
    return dumps({"version": JSON_VERSION, **paths})


def paths_plain(paths: dict[str, str], lang: str) -> str:
    """One line per role, in the user's words, the paths in a column."""
    labels = {key: say(lang, "paths.label", label=say(lang, f"paths.{key}")) for key in paths}
    width = max(len(label) for label in labels.values())
    return "".join(f"{labels[key].ljust(width)} {clean(value)}\n" for key, value in paths.items())
