"""iCalendar: planned tasks as VTODO/VEVENT components and calendars."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from cmagenda.domain.model import Post, PostStatus, Status, Task
from cmagenda.domain.queries import view_status
from cmagenda.domain.text import clean, network_label
from cmagenda.i18n.messages import say
from cmagenda.interop import vtimezone

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping
    from typing import Any

    from cmagenda.i18n.messages import Voice


UID_DOMAIN = "cmagenda"


# The last field names the language of the calendar's text: the profile's.
PRODID = "-//cmagenda//cmagenda//{lang}"


# A timed task with no estimate still takes a slot in a calendar.
EVENT_MINUTES = 15


# How many minutes before a timed task a phone reminds, unless the profile says otherwise.
ALARM_MINUTES = 10


EVENT_STATUS = {
    Status.TODO: "CONFIRMED",
    Status.DONE: "CONFIRMED",
    Status.SKIPPED: "CANCELLED",
    Status.MISSED: "CANCELLED",
    Status.OFF: "CANCELLED",  # a day of absence: nothing was owed, nothing reminds
}


ICS_STATUS = {
    Status.TODO: "NEEDS-ACTION",
    Status.DONE: "COMPLETED",
    Status.SKIPPED: "CANCELLED",
    Status.MISSED: "CANCELLED",
    Status.OFF: "CANCELLED",  # a day of absence: nothing was owed, nothing reminds
}


@dataclass(slots=True, kw_only=True)
class Selection:
    """What an export covers: the tasks dated in [start, end], the posts planned in them, and
    the facts the formats need (zone, language, now, today)."""

    start: dt.date
    end: dt.date
    tasks: list[Task]
    posts: list[Post]
    zone: str
    voice: Voice
    now: dt.datetime
    alarm_minutes: int = ALARM_MINUTES
    tag: str = ""
    # The days of absence: their tasks go out cancelled, without a reminder.
    off: Mapping[dt.date, str] = field(default_factory=dict)
    # The post planned in each slot, by the slot's task id (looked up once per task).
    by_slot: dict[str, Post] = field(init=False)

    def __post_init__(self) -> None:
        self.by_slot = {p.slot: p for p in self.posts if p.slot}

    def status(self, task: Task) -> str:
        return view_status(task, self.now.date(), self.off)[0]

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
    from icalendar import Todo  # ~100 ms: only exports and sync load it

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
    from icalendar import Alarm  # ~100 ms: only exports and sync load it

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
    from icalendar import Event  # ~100 ms: only exports and sync load it

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
    from icalendar import Event  # ~100 ms: only exports and sync load it

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

    lang = selection.voice.lang
    found = []
    for task in selection.tasks:
        if not (task.network and task.time and task.is_posting_slot):
            continue
        post = selection.by_slot.get(task.id)
        summary = task.title.pick(lang)
        if post is not None:
            summary = say(lang, "ical.post", network=network_label(post.network), text=post.text)
        status = selection.status(task)
        published = status == Status.DONE or (
            post is not None and post.status == PostStatus.PUBLISHED
        )
        if published:
            summary = f"✓ {summary}"
        event = _event(f"{task.id}-slot", summary, task.date, task.time, zone, selection)
        # An empty slot is tentative: something may still fill it; a filled one is confirmed.
        if status in (Status.SKIPPED, Status.MISSED, Status.OFF):
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
        summary = say(lang, "ical.post", network=network_label(post.network), text=post.text)
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
    from icalendar import Calendar  # ~100 ms: only exports and sync load it

    cal = Calendar()
    lang = selection.voice.lang if selection.voice is not None else "en"  # no profile: English
    cal.add("prodid", PRODID.format(lang=lang.upper()))
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
