"""Exports: planned tasks -> other tools' formats. iCalendar (one VTODO per dated task, posting
slots and planned posts as VEVENTs), a vdir of one .ics per task, Taskwarrior's import JSON.

Why one VTODO per dated task rather than a recurring master: clients disagree on what
completing one occurrence of a recurring VTODO means, and a duty's days are not a pure RRULE
(working days, holidays shifted, carried tasks). Each task's UID derives from its id, which
derives from (duty, local date, slot), followed by the profile's tag (`profile_tag`): exporting
again updates the same items in a client, and two profiles' calendars side by side (todoman
merges items by UID across lists) do not swallow each other's.

What phones need: a VALARM (ACTION:DISPLAY, TRIGGER -PT{n}M, n = the profile's
`alarm_minutes`) on each timed task still to do and each posting slot; each timed duty also as
a VEVENT (DTSTART, DURATION from its minutes) so that calendar grids show it; a VTIMEZONE that
depends on the zone only (see `vtimezone`), so that the same task exported over two ranges is
the same bytes. Who a task is assigned to and who completed it travel as X-CMAGENDA-ASSIGNEE
and X-CMAGENDA-DONE-BY (ATTENDEE/ORGANIZER mean invitations, which to-dos are not).

Built with `icalendar` (folding, escaping, CRLF), imported only here and in `vtimezone`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid

from .model import Post, PostStatus, Status, Task
from .queries import view_status
from .render import clean

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from pathlib import Path
    from typing import Any

    from .agenda import Session
    from .messages import Voice

UID_DOMAIN = "cmagenda"
PRODID = "-//cmagenda//cmagenda//FR"
# A timed task with no estimate still takes a slot in a calendar.
EVENT_MINUTES = 15
# How many minutes before a timed task a phone reminds, unless the profile says otherwise.
ALARM_MINUTES = 10
# Taskwarrior uuids derive from task ids in this namespace, so that importing again updates.
TASKWARRIOR_NAMESPACE = uuid.UUID("0b6f6a4e-5f63-5a1c-9d43-2c1c8e0f7a10")
EVENT_STATUS = {
    Status.TODO: "CONFIRMED",
    Status.DONE: "CONFIRMED",
    Status.SKIPPED: "CANCELLED",
    Status.MISSED: "CANCELLED",
}
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
    prune: bool = False,
) -> Exported:
    """Runs `cmagenda export`: builds the format asked for over [start, end] (default: 30 days
    back to 60 ahead) and writes it to `output` (see `outfile`: `-` is standard output, a
    regular file is replaced at once, a pipe or a device written in place) or `folder` (a
    vdir, see `vdir`: items past the range stay unless `prune`), else returns it."""
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

            done = vdir.write(folder, components(chosen, events), chosen, label, prune=prune)
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
    """The calendar's name in a client: the profile's `calendar_name`, else one that two
    profiles exported side by side do not share: its owner (`me`), its start and zone (which
    change only with `init`)."""
    profile = session.profile
    if profile.calendar_name:
        return _clean(profile.calendar_name)
    owner = f"{_clean(profile.me)} — " if profile.me else ""
    return f"{UID_DOMAIN} — {owner}{profile.start.isoformat()} {profile.timezone}"


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
        alarm_minutes: int = ALARM_MINUTES,
        tag: str = "",
    ) -> None:
        self.start = start
        self.end = end
        self.tasks = tasks
        self.posts = posts
        self.zone = zone
        self.voice = voice
        self.now = now
        self.alarm_minutes = alarm_minutes
        self.tag = tag
        # The post planned in each slot, by the slot's task id (looked up once per task).
        self.by_slot = {p.slot: p for p in posts if p.slot}

    def status(self, task: Task) -> str:
        return view_status(task, self.now.date())[0]

    def uid(self, key: str) -> str:
        return uid(f"{key}-{self.tag}" if self.tag else key)


def uid(key: str) -> str:
    return f"{key}@{UID_DOMAIN}"


def profile_tag(start: dt.date, zone: str) -> str:
    """Six hex digits telling a profile's items from another's: from its start and zone,
    which change only with `init` (as the calendar's default name says)."""
    return hashlib.sha256(f"{start.isoformat()} {zone}".encode()).hexdigest()[:6]


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
    item.add("uid", selection.uid(task.id))
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
    _people(item, task)
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
    if task.time and status == Status.TODO:
        _alarm(item, selection)
    return item


def _people(item: Any, task: Task) -> None:
    if task.assignee:
        item.add("x-cmagenda-assignee", _clean(task.assignee))
    if task.done_by and task.status == Status.DONE:
        item.add("x-cmagenda-done-by", _clean(task.done_by))


def _alarm(item: Any, selection: Selection) -> None:
    """Remind `alarm_minutes` before the item starts (none when the profile says 0)."""
    from icalendar import Alarm

    if selection.alarm_minutes <= 0:
        return
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", item["summary"])
    alarm.add("trigger", dt.timedelta(minutes=-selection.alarm_minutes))
    item.add_component(alarm)


def _timed_event(task: Task, selection: Selection, zone: Any) -> Any:
    """A timed duty on the calendar grid, for as long as it takes: to-do lists show a VTODO's
    DUE, calendars do not show VTODOs at all. Its reminder is the VTODO's (one per duty)."""
    from icalendar import Event

    assert task.time is not None
    item = Event()
    item.add("uid", selection.uid(f"{task.id}-at"))
    item.add("dtstamp", selection.now.astimezone(dt.UTC))
    item.add("summary", _clean(task.title.pick(selection.voice.lang)))
    item.add("dtstart", _local(task.date, task.time, zone))
    item.add("duration", dt.timedelta(minutes=task.minutes or EVENT_MINUTES))
    status = selection.status(task)
    item.add("status", EVENT_STATUS[status])
    _people(item, task)
    categories = _categories(task, selection.voice)
    if categories:
        item.add("categories", categories)
    return item


def _event(
    key: str, summary: str, day: dt.date, time: str | None, zone: Any, selection: Selection
) -> Any:
    from icalendar import Event

    item = Event()
    item.add("uid", selection.uid(key))
    item.add("dtstamp", selection.now.astimezone(dt.UTC))
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
        status = selection.status(task)
        published = status == Status.DONE or (
            post is not None and post.status == PostStatus.PUBLISHED
        )
        if published:
            summary = f"✓ {summary}"
        event = _event(f"{task.id}-slot", summary, task.date, task.time, zone, selection)
        # An empty slot is tentative: something may still fill it; a filled one is confirmed.
        if status in (Status.SKIPPED, Status.MISSED):
            event.add("status", "CANCELLED")
        else:
            event.add("status", "CONFIRMED" if post is not None or published else "TENTATIVE")
        if post is not None and post.link:
            event.add("url", _clean(post.link))
        event.add("categories", [network_label(task.network)])
        _people(event, task)
        if not published and status == Status.TODO:
            _alarm(event, selection)
        found.append(event)
    for post in selection.posts:
        if post.slot:
            continue
        summary = f"{network_label(post.network)} : {post.text}"
        event = _event(post.id, summary, post.date, post.time, zone, selection)
        if post.link:
            event.add("url", _clean(post.link))
        found.append(event)
    return found


def items(selection: Selection, events: bool) -> Iterator[tuple[str, Any]]:
    """Each iCalendar item of the selection, as (UID, component): a VTODO per task, a VEVENT
    per timed duty (not a posting slot: those are `events`), and with `events` the posting
    slots and the posts outside any slot. One item per file in a vdir or per resource on a
    CalDAV server; `calendar(selection, [component])` wraps one for either."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(selection.zone)
    for task in selection.tasks:
        todo = _todo(task, selection, zone)
        yield str(todo["uid"]), todo
        if task.time and not task.is_posting_slot:
            event = _timed_event(task, selection, zone)
            yield str(event["uid"]), event
    if events:
        for event in _events(selection, zone):
            yield str(event["uid"]), event


def components(selection: Selection, events: bool) -> list[Any]:
    return [component for _, component in items(selection, events)]


def calendar(selection: Selection, items: Iterable[Any], name: str = "cmagenda") -> bytes:
    """One VCALENDAR holding `items`, after the VTIMEZONE their times need (the same whatever
    the range: see `vtimezone`)."""
    from icalendar import Calendar

    from . import vtimezone

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("name", name)
    cal.add("x-wr-calname", name)
    chosen = list(items)
    for zone in vtimezone.zones_used(chosen):
        cal.add_component(vtimezone.component(zone))
    for item in chosen:
        cal.add_component(item)
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
    `cmagenda` (the task id) is a field Taskwarrior keeps without knowing it. A loose-cadence
    duty is `scheduled` from its date and `due` at the end of its window, as cmagenda counts
    it late; `entry` (when the task came to be) is its day, or now for a day to come:
    Taskwarrior reads an entry in the future as a task not yet created."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(selection.zone)
    lines = []
    for task in selection.tasks:
        status = selection.status(task)
        start = dt.datetime.combine(task.date, dt.time(0, 0), tzinfo=zone)
        if task.time:
            due = _local(task.date, task.time, zone)
        else:
            last = task.date + dt.timedelta(days=task.window_days)
            due = dt.datetime.combine(last, dt.time(23, 59, 59), tzinfo=zone)
        body: dict[str, Any] = {
            "uuid": str(uuid.uuid5(TASKWARRIOR_NAMESPACE, task.id)),
            "status": TW_STATUS[status],
            "entry": _tw_time(min(start, selection.now)),
            "description": _clean(task.title.pick(selection.voice.lang)).replace("\n", " "),
            "due": _tw_time(due),
            "project": f"cmagenda.{task.phase or 'added'}",
            "tags": [t for t in (task.volet, task.network) if t],
            "cmagenda": task.id,
        }
        if task.window_days and not task.time:
            body["scheduled"] = _tw_time(start)
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
