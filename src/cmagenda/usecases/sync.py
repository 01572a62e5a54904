"""`cmagenda sync`: two-way sync of the tasks (VTODO) and posting slots and posts (VEVENT) of
the rolling range with a CalDAV collection.

Every item is derived again from the store (exports' builder) and compared, field by field, with
what both sides held at the last sync (`sync_state`); the server is asked only for its ETags,
and only the items whose ETag moved are fetched. So a sync with nothing to do is one PROPFIND.

Order, so that a failure or a kill at any point leaves both sides consistent and the next sync
converges:
1. down (store lock held): the server's changes are applied to the store as one undo step
   (`undo` takes the sync back), and the state records the server's fields and ETags, in the
   same transaction;
2. up (no lock: a long upload must not block `done`): each item whose fields differ from the
   state is written with If-Match (or If-None-Match for a new one); the state is saved every
   SAVE_EVERY items and at the end. An item sent but not yet recorded is found again next time
   by its UID and adopted when both sides agree.
A field both sides changed goes to the newer change (LAST-MODIFIED against the task's own
change time), and every value overwritten so is listed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import warnings
from concurrent.futures import ThreadPoolExecutor
from zoneinfo import ZoneInfo

from cmagenda.domain import planner, sync_apply, sync_fields
from cmagenda.domain.errors import SyncError, UsageError
from cmagenda.domain.model import Post, Status, Task, newer
from cmagenda.domain.month import Month, month_key
from cmagenda.domain.text import network_label
from cmagenda.i18n.messages import say
from cmagenda.interop import ical
from cmagenda.interop.caldav_server import Server, check_url, password
from cmagenda.storage import sync_state
from cmagenda.storage.config import read_sync, write_sync
from cmagenda.usecases import exports as usecases_exports
from cmagenda.usecases import planning, reporting, tasks
from cmagenda.usecases import session as usecases_session

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Any

    from cmagenda.storage.store import Store

SUFFIX = "@" + ical.UID_DOMAIN
# How often a long upload records its progress (a kill loses at most this many ETags, which
# the next sync then reads back).
SAVE_EVERY = 200
# A first sync into an empty collection sends everything in one request from this many items.
BULK_MIN = 200


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


class Outcome:
    """What a sync did (or would do, with --dry-run)."""

    def __init__(self, dry_run: bool) -> None:
        self.dry_run = dry_run
        self.sent = 0
        self.received = 0
        self.added = 0
        self.deleted_there = 0
        self.removed = 0
        self.kept_out_of_range = 0
        self.failed: list[tuple[str, int]] = []
        self.conflicts: list[sync_fields.Conflict] = []
        # The items the server's version settles (nothing to send back), for --dry-run's count.
        self.settled: set[str] = set()

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


def _locals(selection: Any, state: sync_state.State) -> dict[str, Local]:
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


def _range(session: usecases_session.Session) -> tuple[dt.date, dt.date]:
    today = session.real_today
    return (
        today - dt.timedelta(days=usecases_exports.DAYS_BEFORE),
        today + dt.timedelta(days=usecases_exports.DAYS_AFTER),
    )


def settings(session: usecases_session.Session) -> dict[str, str]:
    found = read_sync(session.paths.config_file)
    if found is None:
        raise UsageError("sync.not_set_up")
    return found


def connect(
    session: usecases_session.Session, table: dict[str, str], env: Mapping[str, str]
) -> tuple[str, Callable[[], Server]]:
    """The collection's URL, and how to reach it (the password is resolved now; the client,
    heavy to import, when called)."""
    url = check_url(table["url"])
    home = env.get("HOME") or os.path.expanduser("~")
    secret = password(url, table["username"], table.get("password_command"), env, home)
    return url, lambda: Server(url, table["username"], secret)


def _reach(opener: Callable[[], Server]) -> tuple[Server, dict[str, str | None]]:
    server = opener()
    try:
        return server, server.etags()
    except BaseException:
        server.close()
        raise


def setup(
    session: usecases_session.Session,
    url: str,
    username: str,
    password_command: str | None,
    env: Mapping[str, str],
) -> tuple[str, bool]:
    """`sync setup`: the collection at `url` created if missing (for VTODO and VEVENT), and
    [sync] written in config.toml. The URL and whether the collection was created."""
    if not session.profile_saved:
        raise UsageError("sync.init_first")
    table = {"url": check_url(url), "username": username.strip()}
    if not table["username"]:
        raise UsageError("sync.username_empty")
    if password_command:
        table["password_command"] = password_command
    url, opener = connect(session, table, env)
    server = opener()
    try:
        created = not server.exists()
        if created:
            server.create(usecases_exports.display_name(session))
    finally:
        server.close()
    store = session.store()
    with store.locked():
        write_sync(session.paths.config_file, table, store.write_file)
    return url, created


def run(
    session: usecases_session.Session, env: Mapping[str, str], *, dry_run: bool, prune: bool
) -> Outcome:
    table = settings(session)
    url, opener = connect(session, table, env)
    outcome = Outcome(dry_run)
    start, end = _range(session)
    # The server reads its ETags while the store plans and reads the range (both take time).
    with ThreadPoolExecutor(1) as pool:
        reaching = pool.submit(_reach, opener)
        try:
            selection = reporting.selection(session, start, end)
        except BaseException:
            with contextlib.suppress(Exception):
                reaching.result()[0].close()
            raise
        server, remote = reaching.result()
    try:
        store = session.store()
        known = sync_state.load(store, url)
        local = _locals(selection, known)
        by_href = known.by_href()
        wanted = [
            href
            for href, etag in remote.items()
            if href not in by_href or etag is None or known.items[by_href[href]].etag != etag
        ]
        fetched = _parse(server.fetch(sorted(wanted))) if wanted else []
        state = _down(session, store, url, local, fetched, remote, outcome)
        if not dry_run and (outcome.received or outcome.added or outcome.deleted_there):
            selection = reporting.selection(session, start, end)
            local = _locals(selection, state)
        _up(session, store, server, state, local, selection, remote, outcome, prune)
    finally:
        server.close()
    if outcome.failed:
        raise SyncError("sync.incomplete", count=len(outcome.failed), sent=outcome.sent)
    return outcome


class Fetched:
    __slots__ = ("component", "etag", "href", "uid")

    def __init__(self, href: str, etag: str | None, component: Any) -> None:
        self.href = href
        self.etag = etag
        self.component = component
        self.uid = str(component.get("uid", ""))


def _parse(items: list[Any]) -> list[Fetched]:
    from icalendar import Calendar

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


def _find(months: dict[str, Month], key: str) -> tuple[Task | None, Post | None]:
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


def _down(
    session: usecases_session.Session,
    store: Store,
    url: str,
    local: dict[str, Local],
    fetched: list[Fetched],
    remote: dict[str, str | None],
    outcome: Outcome,
) -> sync_state.State:
    """Apply the server's changes to the store (one undo step) and record them in the state."""
    zone = ZoneInfo(session.profile.timezone)
    now = session.now
    with store.locked():
        state = sync_state.load(store, url)
        by_href = state.by_href()
        by_uid = {item.uid: key for key, item in state.items.items()}
        plan: list[tuple[str | None, Fetched]] = []
        keys: set[str] = set()
        for item in fetched:
            key = by_href.get(item.href) or by_uid.get(item.uid)
            if key is None and item.uid.endswith(SUFFIX):
                key = item.uid.removesuffix(SUFFIX)
            plan.append((key, item))
            if key is not None:
                keys |= {m for m in (_month_of(key, local, state),) if m}
        gone = [
            key for key, item in state.items.items() if not item.gone and item.href not in remote
        ]
        keys |= {state.items[k].month for k in gone}
        index = store.read_index()
        months = store.read_months({k for k in keys if k})
        extra = set()
        for key, item in plan:
            task = _find(months, key)[0] if key is not None else None
            if key is None and item.component.name == "VTODO":
                when = _created_when(item.component, zone, session.real_today)
                extra.add(month_key(when[0]))
            elif task is not None and item.component.name == "VTODO":
                moved = sync_apply.target_month(task, sync_fields.of(item.component), zone)
                if moved:
                    extra.add(moved)
        months.update(store.read_months(extra - months.keys()))
        before = planner.snapshot(months)
        for key, item in plan:
            _take(session, months, state, local, key, item, zone, outcome)
        for key in gone:
            task, _ = _find(months, key)
            if task is not None and not key.endswith("-slot") and task.status == Status.TODO:
                planner.mark_skipped(task, say(session.lang, "sync.deleted_reason"), now)
            state.items[key].gone = True
            outcome.deleted_there += 1
        if not outcome.dry_run:
            with store.transaction():
                tasks.commit(session, store, index, "sync", before, months)
                sync_state.save(store, state)
    if not outcome.dry_run and (outcome.received or outcome.added or outcome.deleted_there):
        planning.refresh_window(session)
    return state


def _month_of(key: str, local: dict[str, Local], state: sync_state.State) -> str | None:
    if key in local:
        return local[key].month
    if key in state.items:
        return state.items[key].month
    return None


def _created_when(component: Any, zone: ZoneInfo, today: dt.date) -> tuple[dt.date, str | None]:
    fields = sync_fields.of(component)
    for name in ("due", "dtstart"):
        found = sync_apply._when(fields[name], zone) if fields[name] else None
        if found is not None:
            return found
    return today, None


def _take(
    session: usecases_session.Session,
    months: dict[str, Month],
    state: sync_state.State,
    local: dict[str, Local],
    key: str | None,
    item: Fetched,
    zone: ZoneInfo,
    outcome: Outcome,
) -> None:
    """One item the server changed (or holds and the state does not know)."""
    now = session.now
    theirs = sync_fields.of(item.component)
    kind = sync_fields.kind_of(item.component)
    if key is None:
        if kind != "todo":
            return  # an event made on the server is not a cmagenda item: left alone
        day, at = _created_when(item.component, zone, session.real_today)
        new = sync_apply.added(theirs["summary"], day, at, now)
        months[month_key(day)].tasks[new.id] = new
        status = theirs["status"]
        if status in ("COMPLETED", "CANCELLED"):
            sync_apply.todo(months, new, {"status": status, "completed": theirs["completed"]},
                            "", zone=zone, now=now, lang=session.lang)  # fmt: skip
        new.note = sync_apply._note(theirs["description"], "", None)
        # Keyed as the store's own items are ("ID-TAG"), so that the next sync pairs them.
        tag = ical.profile_tag(session.profile.start, session.profile.timezone)
        state.items[f"{new.id}-{tag}"] = sync_state.Item(
            item.href, item.uid, item.etag, kind, month_key(new.date), theirs
        )
        outcome.added += 1
        return
    known = state.items.get(key)
    base = known.fields if known is not None and not known.gone else None
    task, post = _find(months, key)
    mine = local.get(key)
    if task is None and post is None:
        # Gone from the store (removed here): the server's copy is left as it is.
        state.items.pop(key, None)
        return
    ours = mine.fields if mine is not None else (base or theirs)
    local_time = mine.changed if mine is not None else None
    local_newer = not newer(sync_fields.changed_at(item.component), local_time)
    merged, lost = sync_fields.merge(base, ours, theirs, local_newer)
    changes = {f: v for f, v in merged.items() if v != ours.get(f, "")}
    if changes:
        outcome.received += 1
        if kind == "todo" and task is not None:
            old = mine.fields.get("description", "") if mine is not None else ""
            sync_apply.todo(months, task, changes, old, zone=zone, now=now, lang=session.lang)
        elif post is not None:
            sync_apply.post(post, changes, network_label(post.network), now)
    if merged == theirs:
        outcome.settled.add(key)
    title = merged.get("summary", "") or theirs.get("summary", "")
    for field, kept, other in lost:
        winner = "local" if local_newer else "server"
        outcome.conflicts.append(sync_fields.Conflict(key, title, field, kept, other, winner))
    home = task.date if task is not None else post.date if post is not None else None
    state.items[key] = sync_state.Item(
        item.href, item.uid, item.etag, kind, month_key(home) if home else "", theirs
    )


def _up(
    session: usecases_session.Session,
    store: Store,
    server: Server,
    state: sync_state.State,
    local: dict[str, Local],
    selection: Any,
    remote: dict[str, str | None],
    outcome: Outcome,
    prune: bool,
) -> None:
    """Send what changed in the store, then record it (see the module's docstring)."""
    sending = [
        key
        for key, item in sorted(local.items())
        if key not in state.items
        or (not state.items[key].gone and state.items[key].fields != item.fields)
    ]
    for key, item in local.items():
        known = state.items.get(key)
        if known is not None and known.fields == item.fields:
            # Changed in the store in no way the server shows: nothing to send, ever.
            known.digest = item.digest
    leaving = _leaving(store, state, local, prune)
    if outcome.dry_run:
        outcome.sent = len([k for k in sending if k not in outcome.settled])
        outcome.removed = len(leaving)
        return
    try:
        if not state.items and not remote and len(sending) >= BULK_MIN:
            sending = _bulk(session, server, state, local, sending, selection, outcome)
        since = 0
        for key in sending:
            item = local[key]
            known = state.items.get(key)
            href = known.href if known is not None else f"{server.path}{key}{SUFFIX}.ics"
            uid = known.uid if known is not None else f"{key}{SUFFIX}"
            component = item.component
            if str(component["uid"]) != uid:
                del component["uid"]
                component.add("uid", uid)
            data = ical.calendar(selection, [component], usecases_exports.display_name(session))
            status, etag = server.put(href, data, known.etag if known is not None else None)
            if status == 412:
                outcome.failed.append((key, status))
                continue
            state.items[key] = sync_state.Item(
                href, uid, etag, sync_fields.kind_of(component), item.month, item.fields,
                digest=item.digest,
            )  # fmt: skip
            outcome.sent += 1
            since += 1
            if since >= SAVE_EVERY:
                _record(store, state)
                since = 0
        for key in leaving:
            known = state.items[key]
            if server.delete(known.href, known.etag) != 412:
                del state.items[key]
                outcome.removed += 1
    finally:
        _record(store, state)


def _record(store: Store, state: sync_state.State) -> None:
    with store.locked():
        sync_state.save(store, state)


def _leaving(
    store: Store, state: sync_state.State, local: dict[str, Local], prune: bool
) -> list[str]:
    """The synced items no longer in the range: removed from the server when removed from the
    store (or with --prune); kept there otherwise."""
    out = [k for k, item in state.items.items() if k not in local and not item.gone]
    if not out or prune:
        return sorted(out)
    everything = store.read_months(set(store.all_month_keys()))
    return sorted(k for k in out if _find(everything, k) == (None, None))


def _bulk(
    session: usecases_session.Session,
    server: Server,
    state: sync_state.State,
    local: dict[str, Local],
    sending: list[str],
    selection: Any,
    outcome: Outcome,
) -> list[str]:
    """A first sync into an empty collection: everything in one request, when the server takes
    it; the items it did not take (or all, when it refuses) are left to be sent one by one."""
    name = usecases_exports.display_name(session)
    data = ical.calendar(selection, [local[k].component for k in sending], name)
    if not server.replace_all(data):
        return sending
    # The collection's name goes with its content on such a server: set again.
    server.rename(name)
    etags = server.etags()
    left = []
    for key in sending:
        href = f"{server.path}{key}{SUFFIX}.ics"
        if href not in etags:
            left.append(key)
            continue
        item = local[key]
        kind = sync_fields.kind_of(item.component)
        state.items[key] = sync_state.Item(
            href, f"{key}{SUFFIX}", etags[href], kind, item.month, item.fields, digest=item.digest
        )
        outcome.sent += 1
    if left:
        # Named otherwise by the server: found by UID on the next sync's read.
        known = {str(i.component.get("uid")): i for i in _parse(server.fetch(sorted(etags)))}
        for key in list(left):
            found = known.get(f"{key}{SUFFIX}")
            if found is not None:
                item = local[key]
                state.items[key] = sync_state.Item(
                    found.href, found.uid, found.etag, sync_fields.kind_of(item.component),
                    item.month, item.fields, digest=item.digest,
                )  # fmt: skip
                outcome.sent += 1
                left.remove(key)
    return left


def said(outcome: Outcome, lang: str) -> str:
    """The plain report of a sync: counts, then every value a conflict overwrote."""
    key = "sync.would" if outcome.dry_run else "sync.done"
    lines = [
        say(
            lang,
            key,
            sent=outcome.sent,
            received=outcome.received,
            added=outcome.added,
            deleted=outcome.deleted_there,
            removed=outcome.removed,
        )
    ]
    for c in outcome.conflicts:
        lines.append(
            say(
                lang,
                f"sync.conflict_{c.winner}",
                title=c.title,
                field=c.field,
                kept=c.kept or "—",
                lost=c.lost or "—",
            )
        )
    return "".join(line + "\n" for line in lines)
