"""Sync state: what cmagenda and its CalDAV server last agreed on, item by item.

`sync.json` in the data folder maps each item's key (a task id, `<id>-slot` for a posting
slot's event, a post id) to where it lives on the server (href, UID), the ETag the server gave
and the fields both sides held then. A sync compares each side with these fields: what differs
on one side changed there. It never trusts a stored content hash over the server's ETag, so a
download can never leave a stale one behind. Written atomically, with the store's lock held.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from cmagenda.domain.errors import StoreUnreadableError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from cmagenda.storage.store import Store

STATE_VERSION = 1
FILE_NAME = "sync.json"


@dataclass(slots=True)
class Item:
    """One synced item: `fields` as both sides last held them; `gone` once deleted on the
    server (kept so that the skip it caused is not sent back as a new item)."""

    href: str
    uid: str
    etag: str | None
    kind: str
    month: str
    fields: dict[str, str]
    gone: bool = False
    # What the fields were derived from in the store (see `sync_items.local_items`); empty:
    # derive them again.
    digest: str = ""

    def dump(self) -> dict[str, Any]:
        return {
            "href": self.href,
            "uid": self.uid,
            "etag": self.etag,
            "kind": self.kind,
            "month": self.month,
            "fields": self.fields,
            "gone": self.gone,
            "digest": self.digest,
        }


@dataclass(slots=True)
class State:
    url: str
    items: dict[str, Item] = field(default_factory=dict)

    def by_href(self) -> dict[str, str]:
        return {item.href: key for key, item in self.items.items()}

    def encode(self) -> bytes:
        body = {
            "schema_version": STATE_VERSION,
            "url": self.url,
            "items": {k: self.items[k].dump() for k in sorted(self.items)},
        }
        return (json.dumps(body, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


def path_of(store: Store) -> Path:
    return store.paths.data_dir / FILE_NAME


def load(store: Store, url: str) -> State:
    """The state for the server at `url`; an empty one when there is none yet or it was kept for
    another server (everything is then compared afresh, by UID)."""
    path = path_of(store)
    try:
        raw = json.loads(path.read_bytes())
    except FileNotFoundError:
        return State(url)
    except (OSError, ValueError) as err:
        raise StoreUnreadableError("store.corrupt", path=str(path), reason=str(err)) from None
    try:
        if raw["schema_version"] != STATE_VERSION:
            raise ValueError("unknown schema_version")
        if raw["url"] != url:
            return State(url)
        items = {
            str(key): Item(
                href=str(v["href"]),
                uid=str(v["uid"]),
                etag=v["etag"] if isinstance(v["etag"], str) else None,
                kind=str(v["kind"]),
                month=str(v["month"]),
                fields={str(f): str(x) for f, x in v["fields"].items()},
                gone=bool(v["gone"]),
                digest=str(v.get("digest", "")),
            )
            for key, v in raw["items"].items()
        }
    except (KeyError, TypeError, AttributeError, ValueError) as err:
        raise StoreUnreadableError("store.corrupt", path=str(path), reason=str(err)) from None
    return State(url, items)


def save(store: Store, state: State) -> None:
    """Write the state (lock held; joins the store's transaction when one is under way)."""
    store.write_file(path_of(store), state.encode(), backup=False)
