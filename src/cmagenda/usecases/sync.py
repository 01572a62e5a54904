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

This module runs the sync; the items of both sides are in `sync_items`, the halves in
`sync_download` and `sync_upload`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from concurrent.futures import ThreadPoolExecutor

from cmagenda.domain.errors import SyncError, UsageError
from cmagenda.i18n.messages import say
from cmagenda.interop.caldav_server import Server, check_url, password
from cmagenda.storage import sync_state
from cmagenda.storage.config import read_sync, write_sync
from cmagenda.usecases import exports as usecases_exports
from cmagenda.usecases import reporting
from cmagenda.usecases import session as usecases_session
from cmagenda.usecases.sync_download import download
from cmagenda.usecases.sync_items import Outcome, local_items, parse
from cmagenda.usecases.sync_upload import upload

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping


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
        local = local_items(selection, known)
        by_href = known.by_href()
        wanted = [
            href
            for href, etag in remote.items()
            if href not in by_href or etag is None or known.items[by_href[href]].etag != etag
        ]
        fetched = parse(server.fetch(sorted(wanted))) if wanted else []
        state = download(session, store, url, local, fetched, remote, outcome)
        if not dry_run and (outcome.received or outcome.added or outcome.deleted_there):
            selection = reporting.selection(session, start, end)
            local = local_items(selection, state)
        upload(session, store, server, state, local, selection, remote, outcome, prune)
    finally:
        server.close()
    if outcome.failed:
        raise SyncError("sync.incomplete", count=len(outcome.failed), sent=outcome.sent)
    return outcome


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
