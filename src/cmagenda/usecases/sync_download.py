"""The download half of `cmagenda sync`: the server's changes applied to the store as one undo
step (`undo` takes the sync back), and recorded in the sync state in the same transaction. A
field both sides changed goes to the newer change (LAST-MODIFIED against the task's own change
time), and every value overwritten so is listed."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from cmagenda.domain import planner, sync_apply, sync_fields
from cmagenda.domain.fields import newer
from cmagenda.domain.model import Status
from cmagenda.domain.month import Month, month_key
from cmagenda.domain.text import network_label
from cmagenda.i18n.messages import say
from cmagenda.interop import ical
from cmagenda.storage import sync_state
from cmagenda.usecases import planning, tasks
from cmagenda.usecases.sync_items import SUFFIX, Fetched, Local, Outcome, find

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as dt
    from typing import Any

    from cmagenda.storage.store import Store
    from cmagenda.usecases.session import Session


def download(
    session: Session,
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
            task = find(months, key)[0] if key is not None else None
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
            task, _ = find(months, key)
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
    session: Session,
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
    task, post = find(months, key)
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
