"""Sync fields: what of a calendar item a sync compares, and how two changed sides merge.

An item is compared by a few fields (title, status, dates, completion, notes) rather than by its
bytes: DTSTAMP and the server's own additions change without anyone changing the item. Each
field is a text, so that the state file keeps them as they are compared.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

TODO_FIELDS = ("summary", "status", "due", "dtstart", "completed", "description")
EVENT_FIELDS = ("summary", "dtstart")


def _moment(value: Any) -> str:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            return value.replace(microsecond=0).isoformat()
        return value.astimezone(dt.UTC).replace(microsecond=0).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return ""


def of(component: Any) -> dict[str, str]:
    """The compared fields of a VTODO or VEVENT (icalendar component)."""
    todo = component.name == "VTODO"
    found: dict[str, str] = {}
    for name in TODO_FIELDS if todo else EVENT_FIELDS:
        if name not in component:
            found[name] = ""
        elif name in ("due", "dtstart", "completed"):
            found[name] = _moment(component.decoded(name))
        else:
            found[name] = str(component.get(name))
    if todo and found["status"] != "COMPLETED":
        found["completed"] = ""
    if todo and not found["status"]:
        found["status"] = "NEEDS-ACTION"
    return found


def kind_of(component: Any) -> str:
    return "todo" if component.name == "VTODO" else "event"


def changed_at(component: Any) -> dt.datetime | None:
    """When the server's side last changed (LAST-MODIFIED, else DTSTAMP), in UTC."""
    for name in ("last-modified", "dtstamp"):
        if name in component:
            value = component.decoded(name)
            if isinstance(value, dt.datetime):
                return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return None


@dataclass(slots=True, frozen=True)
class Conflict:
    """A field both sides changed since the last sync: the value kept, the one overwritten."""

    key: str
    title: str
    field: str
    kept: str
    lost: str
    # "server" or "local": whose change was newer.
    winner: str

    def dump(self) -> dict[str, str]:
        return {
            "id": self.key,
            "title": self.title,
            "field": self.field,
            "kept": self.kept,
            "overwritten": self.lost,
            "winner": self.winner,
        }


def merge(
    base: dict[str, str] | None,
    local: dict[str, str],
    remote: dict[str, str],
    local_newer: bool,
) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """The fields to hold on both sides after a sync, and the (field, kept, overwritten) of each
    field both sides changed to different values (the newer side wins; with no common base, a
    field that differs counts as changed on both sides)."""
    merged: dict[str, str] = {}
    lost = []
    for name in local.keys() | remote.keys():
        mine, theirs = local.get(name, ""), remote.get(name, "")
        was = base.get(name, "") if base is not None else None
        if mine == theirs:
            merged[name] = mine
        elif was is not None and mine == was:
            merged[name] = theirs
        elif was is not None and theirs == was:
            merged[name] = mine
        else:
            kept, other = (mine, theirs) if local_newer else (theirs, mine)
            merged[name] = kept
            lost.append((name, kept, other))
    # A completion time belongs to its status: both come from the same side.
    if "status" in merged and merged["status"] != "COMPLETED":
        merged["completed"] = ""
    elif merged.get("status") == "COMPLETED" and not merged.get("completed"):
        merged["completed"] = remote.get("completed") or local.get("completed", "")
    return merged, sorted(lost)
