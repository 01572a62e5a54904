"""Exports: planned tasks -> other tools' formats. iCalendar (one VTODO per dated task, posting
slots and planned posts as VEVENTs), a vdir of one .ics per task, Taskwarrior's import JSON.

Why one VTODO per dated task rather than a recurring master: clients disagree on what
completing one occurrence of a recurring VTODO means, and a duty's days are not a pure RRULE
(working days, holidays shifted, carried tasks). Each task's UID derives from its id, which
derives from (duty, local date, slot): exporting again updates the same items in a client.

Built with `icalendar` (folding, escaping, CRLF, VTIMEZONE from the zone database), imported
only here.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid

from .model import Post, Status, Task
from .queries import view_status
from .render import clean

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path
    from typing import Any

    from .agenda import Session
    from .messages import Voice

UID_DOMAIN = "cmagenda"
PRODID = "-//cmagenda//cmagenda//FR"
# A timed task with no estimate still takes a slot in a calendar.
EVENT_MINUTES = 15
# Taskwarrior uuids derive from task ids in this namespace, so that importing again updates.
TASKWARRIOR_NAMESPACE = uuid.UUID("0b6f6a4e-5f63-5a1c-9d43-2c1c8e0f7a10")
ICS_STATUS = {
    Status.TODO: "NEEDS-ACTION",
    Status.DONE: "COMPLETED",
    Status.SKIPPED: "CANCELLED",
    Status.MISSED: "CANCELLED",
}
TW_STATUS = {
    Status.TODO: "pending",
    Status.DONE: "completed",
    Status.SKIPPED: "deleted",
    Status.MISSED: "deleted",
}


FORMATS = ("ics", "vdir", "taskwarrior", "json")
# The default span: a calendar subscribed to the export shows the recent past and what comes.
DAYS_BEFORE = 30
DAYS_AFTER = 60


class Exported:
    """What an export did: the bytes for stdout (None when written to a file or a vdir), what
    was written where, for a vdir (written, unchanged, removed), and what was left alone and
    why (message keys and their parameters, said as warnings)."""

    def __init__(
        self,
        data: bytes | None,
        count: int,
        target: Path | None,
        vdir: tuple[int, int, int] | None = None,
        notes: list[tuple[str, dict[str, str]]] | None = None,
    ) -> None:
        self.data = data
        self.count = count
        self.target = target
        self.vdir = vdir
        self.notes = notes or []


def export(
    session: Session,
    fmt: str,
    *,
    start: dt.date | None,
    end: dt.date | None,
    events: bool,
    output: Path | None,
    folder: Path | None,
) -> Exported:
    """Runs `cmagenda export`: builds the format asked for over [start, end] (default: 30 days
    back to 60 ahead) and writes it to `output` (see `outfile`: `-` is standard output, a
    regular file is replaced at once, a pipe or a device written in place) or `folder` (a
    vdir, see `vdir`), else returns it."""
    from . import agenda, outfile
    from .errors import UsageError

    if fmt not in FORMATS:
        raise UsageError("export.format", value=fmt)
    if fmt == "vdir" and folder is None:
        raise UsageError("export.dir")
    if fmt == "json":
        from . import backup

        data, count = backup.dump(session).encode("utf-8"), backup.count(session)
    else:
        today = session.real_today
        chosen = agenda.selection(
            session,
            start or today - dt.timedelta(days=DAYS_BEFORE),
            end or today + dt.timedelta(days=DAYS_AFTER),
        )
        label = display_name(session)
        if folder is not None and fmt == "vdir":
            from . import vdir

            done = vdir.write(folder, components(chosen, events), chosen, label)
            return Exported(None, 0, folder, done.counts, done.notes)
        if fmt == "taskwarrior":
            data, count = taskwarrior(chosen).encode("utf-8"), len(chosen.tasks)
        else:
            items = components(chosen, events)
            data, count = calendar(chosen, items, label), len(items)
    if output is None or outfile.is_stdout(output):
        return Exported(data, count, None)
    outfile.write(output, data)
    return Exported(None, count, output)


def display_name(session: Session) -> str:
    """The calendar's name in a client: two profiles exported side by side must not share
    one. Their start and zone tell them apart, and change only with `init`."""
    profile = session.profile
    return f"{UID_DOMAIN} — {profile.start.isoformat()} {profile.timezone}"


class Selection:
    """What an export covers: the tasks dated in [start, end], the posts planned in them, and
    the facts the formats need (zone, language, now, today)."""

    def __init__(
        self,
        *,
        start: dt.date,
        end: dt.date,
        tasks: list[Task],
        posts: list[Post],
        zone: str,
        voice: Voice,
        now: dt.datetime,
    ) -> None:
        self.start = start
        self.end = end
        self.tasks = tasks
        self.posts = posts
        self.zone = zone
        self.voice = voice
        self.now = now
        # The post planned in each slot, by the slot's task id (looked up once per task).
        self.by_slot = {p.slot: p for p in posts if p.slot}

    def status(self, task: Task) -> str:
        return view_status(task, self.now.date())[0]


def uid(key: str) -> str:
    return f"{key}@{UID_DOMAIN}"


def _clean(text: str) -> str:
    # Control, bidi and zero-width characters have no place in a calendar (icalendar escapes
    # the rest): neutralised as on a terminal, line breaks kept.
    return clean(text, lines=True)


def _categories(task: Task, voice: Voice) -> list[str]:
    from .messages import say
    from .render import network_label

    found = []
    if task.phase:
        found.append(say(voice.lang, f"phase.{task.phase}"))
    if task.volet:
        found.append(say(voice.lang, f"volet.{task.volet}"))
    if task.network:
        found.append(network_label(task.network))
    return found


def _local(day: dt.date, hhmm: str, zone: Any) -> dt.datetime:
    hour, minute = (int(x) for x in hhmm.split(":"))
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=zone)


def _todo(task: Task, selection: Selection, zone: Any) -> Any:
    from icalendar import Todo

    item = Todo()
    item.add("uid", uid(task.id))
    item.add("dtstamp", selection.now.astimezone(dt.UTC))
    item.add("summary", _clean(task.title.pick(selection.voice.lang)))
    if task.time:
        # Due at its time, as cmagenda shows it (todoman and tasks.org show only DUE).
        item.add("due", _local(task.date, task.time, zone))
    elif task.window_days:
        # Loose cadence: it may be done from its date until its window ends.
        item.add("dtstart", task.date)
        item.add("due", task.date + dt.timedelta(days=task.window_days))
    else:
        item.add("due", task.date)
    status = selection.status(task)
    item.add("status", ICS_STATUS[status])
    if status == Status.DONE:
        done_at = task.done_at or selection.now
        item.add("completed", done_at.astimezone(dt.UTC))
        item.add("percent-complete", 100)
    categories = _categories(task, selection.voice)
    if categories:
        item.add("categories", categories)
    notes = []
    post = selection.by_slot.get(task.id)
    if post is not None:
        notes.append(_clean(post.text + (f"\n{post.link}" if post.link else "")))
    if task.reason:
        notes.append(_clean(task.reason))
    if task.note:
        notes.append(_clean(task.note))
    if notes:
        item.add("description", "\n\n".join(notes))
    return item


def _event(key: str, summary: str, day: dt.date, time: str | None, zone: Any, now: Any) -> Any:
    from icalendar import Event

    item = Event()
    item.add("uid", uid(key))
    item.add("dtstamp", now.astimezone(dt.UTC))
    item.add("summary", _clean(summary))
    if time:
        start = _local(day, time, zone)
        item.add("dtstart", start)
        item.add("dtend", start + dt.timedelta(minutes=EVENT_MINUTES))
    else:
        item.add("dtstart", day)
        item.add("dtend", day + dt.timedelta(days=1))
    item.add("transp", "TRANSPARENT")
    return item


def _events(selection: Selection, zone: Any) -> list[Any]:
    """Posting slots (with the post planned in each) and posts outside any slot."""
    from .render import network_label

    lang = selection.voice.lang
    found = []
    for task in selection.tasks:
        if not (task.network and task.time and task.is_posting_slot):
            continue
        post = selection.by_slot.get(task.id)
        summary = task.title.pick(lang)
        if post is not None:
            summary = f"{network_label(post.network)} : {post.text}"
        event = _event(f"{task.id}-slot", summary, task.date, task.time, zone, selection.now)
        if post is not None and post.link:
            event.add("url", _clean(post.link))
        event.add("categories", [network_label(task.network)])
        found.append(event)
    for post in selection.posts:
        if post.slot:
            continue
        summary = f"{network_label(post.network)} : {post.text}"
        event = _event(post.id, summary, post.date, post.time, zone, selection.now)
        if post.link:
            event.add("url", _clean(post.link))
        found.append(event)
    return found


def components(selection: Selection, events: bool) -> list[Any]:
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(selection.zone)
    found = [_todo(t, selection, zone) for t in selection.tasks]
    return found + (_events(selection, zone) if events else [])


def calendar(selection: Selection, items: Iterable[Any], name: str = "cmagenda") -> bytes:
    """One VCALENDAR holding `items`, with the VTIMEZONE their times need (covering the
    exported span only: a zone's whole history would weigh more than the tasks)."""
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("name", name)
    cal.add("x-wr-calname", name)
    for item in items:
        cal.add_component(item)
    first = dt.date(selection.start.year - 1, 1, 1)
    cal.add_missing_timezones(first_date=first, last_date=dt.date(selection.end.year + 2, 1, 1))
    data: bytes = cal.to_ical()
    return data


def ics(selection: Selection, events: bool) -> bytes:
    return calendar(selection, components(selection, events))


# -- Taskwarrior ---------------------------------------------------------------------------------


def _tw_time(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def taskwarrior(selection: Selection) -> str:
    """One JSON object per line, as `task import` reads them: uuid, status, entry,
    description, due (UTC, Taskwarrior's basic format), project, tags, end for closed tasks;
    `cmagenda` (the task id) is a field Taskwarrior keeps without knowing it."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(selection.zone)
    lines = []
    for task in selection.tasks:
        status = selection.status(task)
        start = dt.datetime.combine(task.date, dt.time(0, 0), tzinfo=zone)
        if task.time:
            due = _local(task.date, task.time, zone)
        else:
            due = dt.datetime.combine(task.date, dt.time(23, 59, 59), tzinfo=zone)
        body: dict[str, Any] = {
            "uuid": str(uuid.uuid5(TASKWARRIOR_NAMESPACE, task.id)),
            "status": TW_STATUS[status],
            "entry": _tw_time(start),
            "description": _clean(task.title.pick(selection.voice.lang)).replace("\n", " "),
            "due": _tw_time(due),
            "project": f"cmagenda.{task.phase or 'added'}",
            "tags": [t for t in (task.volet, task.network) if t],
            "cmagenda": task.id,
        }
        if status == Status.DONE:
            body["end"] = _tw_time(task.done_at or selection.now)
        elif status in (Status.SKIPPED, Status.MISSED):
            body["end"] = _tw_time(max(due, start))
        annotations = []
        if task.reason:
            annotations.append({"entry": body["end"], "description": _clean(task.reason)})
        if task.note:
            # Dated when it was written, as far as the store knows.
            entry = _tw_time(task.changed) if task.changed else body["entry"]
            annotations.append({"entry": entry, "description": _clean(task.note)})
        if annotations:
            body["annotations"] = annotations
        lines.append(json.dumps(body, ensure_ascii=False, sort_keys=True))
    return "".join(line + "\n" for line in lines)
