"""The items of a CalDAV sync, on both sides: the store's (`Local`, built again only when what
they are derived from changed) and the server's (`Fetched`), how a key finds its task or post,
and what a sync did (`Outcome`)."""

from __future__ import annotations

import hashlib
import json
import warnings
from dataclasses import dataclass, field

from cmagenda.domain import sync_fields
from cmagenda.domain.month import Month, month_key
from cmagenda.interop import ical

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as dt
    from typing import Any

    from cmagenda.domain.model import Post, Task
    from cmagenda.storage import sync_state

SUFFIX = "@" + ical.UID_DOMAIN


class Local:
    """An item as the store has it now: its compared fields (and component, when built), the
    digest of what it is derived from, and where it lives."""

    __slots__ = ("component", "digest", "fields", "month", "post", "task")

    def __init__(
        self,
        task: Task | None,
        post: Post | None,
        digest: str,
        component: Any = None,
        fields: dict[str, str] | None = None,
    ) -> None:
        self.task = task
        self.post = post
        self.digest = digest
        self.component = component
        self.fields = fields if fields is not None else sync_fields.of(component)
        day = task.date if task is not None else post.date if post is not None else None
        self.month = month_key(day) if day is not None else ""

    @property
    def changed(self) -> dt.datetime | None:
        if self.task is None or (self.task.is_posting_slot and self.post is not None):
            return self.post.changed if self.post is not None else None
        return self.task.changed


@dataclass(slots=True)
class Outcome:
    """What a sync did (or would do, with --dry-run)."""

    dry_run: bool
    sent: int = 0
    received: int = 0
    added: int = 0
    deleted_there: int = 0
    removed: int = 0
    kept_out_of_range: int = 0
    failed: list[tuple[str, int]] = field(default_factory=list)
    conflicts: list[sync_fields.Conflict] = field(default_factory=list)
    # The items the server's version settles (nothing to send back), for --dry-run's count.
    settled: set[str] = field(default_factory=set)

    def dump(self) -> dict[str, Any]:
        return {
            "schema_version": 1,
            "dry_run": self.dry_run,
            "sent": self.sent,
            "received": self.received,
            "added": self.added,
            "deleted_on_server": self.deleted_there,
            "removed_from_server": self.removed,
            "conflicts": [c.dump() for c in self.conflicts],
            "failed": [{"id": k, "status": s} for k, s in self.failed],
        }


# Part of every item's digest: a new way of writing items makes them all be compared again.
DIGEST_VERSION = "1"


def _digest(*parts: Any) -> str:
    text = json.dumps([DIGEST_VERSION, *parts], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def local_items(selection: Any, state: sync_state.State) -> dict[str, Local]:
    """Every item of the range. An item whose sources (task, its post, its status today) have
    the digest the state recorded holds the fields recorded with it; the others are built again
    (exports' builder), only them: a sync with nothing to do builds nothing."""
    lang, zone = selection.voice.lang, selection.zone
    digests: dict[str, tuple[str, Task | None, Post | None]] = {}

    def key_of(base: str) -> str:
        return str(selection.uid(base)).removesuffix(SUFFIX)

    for task in selection.tasks:
        post = selection.by_slot.get(task.id)
        digest = _digest(task.dump(), selection.status(task), post and post.dump(), lang, zone)
        digests[key_of(task.id)] = (digest, task, None)
        if task.network and task.time and task.is_posting_slot:
            digests[key_of(f"{task.id}-slot")] = (digest, task, post)
        elif task.time:
            digests[key_of(f"{task.id}-at")] = (digest, task, None)
    for post in selection.posts:
        if not post.slot:
            digests[key_of(post.id)] = (_digest(post.dump(), lang, zone), None, post)
    found = {}
    stale_tasks, stale_posts = {}, {}
    for uid, (digest, task, post) in digests.items():
        known = state.items.get(uid)
        if known is not None and known.digest == digest and not known.gone:
            found[uid] = Local(task, post, digest, fields=known.fields)
        elif task is not None:
            stale_tasks[task.id] = task
        elif post is not None:
            stale_posts[post.id] = post
    if stale_tasks or stale_posts:
        slot_posts = [selection.by_slot[t] for t in stale_tasks if t in selection.by_slot]
        part = ical.Selection(
            start=selection.start,
            end=selection.end,
            tasks=list(stale_tasks.values()),
            posts=slot_posts + list(stale_posts.values()),
            zone=zone,
            voice=selection.voice,
            now=selection.now,
            alarm_minutes=selection.alarm_minutes,
            tag=selection.tag,
        )
        for component in ical.components(part, True):
            uid = str(component["uid"]).removesuffix(SUFFIX)
            digest, task, post = digests[uid]
            found[uid] = Local(task, post, digest, component)
    return found


class Fetched:
    __slots__ = ("component", "etag", "href", "uid")

    def __init__(self, href: str, etag: str | None, component: Any) -> None:
        self.href = href
        self.etag = etag
        self.component = component
        self.uid = str(component.get("uid", ""))


def parse(items: list[Any]) -> list[Fetched]:
    from icalendar import Calendar  # ~100 ms: only exports and sync load it

    found = []
    for item in items:
        try:
            # A VTIMEZONE makes icalendar list the system's zones, which the standard library
            # opens without an encoding: a warning about code that is not ours.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", EncodingWarning)
                calendar = Calendar.from_ical(item.data)
        except ValueError:
            continue  # not iCalendar: nothing cmagenda can read, left alone
        for component in calendar.walk():
            if component.name in ("VTODO", "VEVENT") and "recurrence-id" not in component:
                found.append(Fetched(item.href, item.etag, component))
                break
    return found


def find(months: dict[str, Month], key: str) -> tuple[Task | None, Post | None]:
    found = _find_key(months, key)
    if found == (None, None):
        # The profile's tag ends each item's key ("ID[-slot|-at]-TAG"; see exports.Selection.uid):
        # a timed duty's event ("-at") is the task's own, read-only mirror.
        base, dash, tag = key.rpartition("-")
        if dash and len(tag) == 6 and all(c in "0123456789abcdef" for c in tag):
            found = _find_key(months, base.removesuffix("-at"))
    return found


def _find_key(months: dict[str, Month], key: str) -> tuple[Task | None, Post | None]:
    task_id = key.removesuffix("-slot")
    for month in months.values():
        if task_id in month.tasks:
            task = month.tasks[task_id]
            post = None
            if key.endswith("-slot"):
                post = next((p for p in month.posts.values() if p.slot == task_id), None)
            return task, post
        if key in month.posts:
            return None, month.posts[key]
    return None, None
