"""The upload half of `cmagenda sync`, run without the store's lock (a long upload must not block
`done`): each item whose fields differ from the sync state is written with If-Match (or
If-None-Match for a new one), and the state is saved every SAVE_EVERY items and at the end. An
item sent but not yet recorded is found again next time by its UID and adopted when both sides
agree."""

from __future__ import annotations

from cmagenda.domain import sync_fields
from cmagenda.interop import ical
from cmagenda.storage import sync_state
from cmagenda.usecases import exports as usecases_exports
from cmagenda.usecases.sync_items import SUFFIX, Local, Outcome, find, parse

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from cmagenda.interop.caldav_server import Server
    from cmagenda.storage.store import Store
    from cmagenda.usecases.session import Session

# How often a long upload records its progress (a kill loses at most this many ETags, which
# the next sync then reads back).
SAVE_EVERY = 200
# A first sync into an empty collection sends everything in one request from this many items.
BULK_MIN = 200


def upload(
    session: Session,
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
    return sorted(k for k in out if find(everything, k) == (None, None))


def _bulk(
    session: Session,
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
        known = {str(i.component.get("uid")): i for i in parse(server.fetch(sorted(etags)))}
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
