"""Changes: what a command that writes did, as the versioned JSON a script reads back (`--json` on
add, done, skip, move, edit, rm, undo, post, kpi, import and init).

Pure. The use cases hand over each item's stored form before and after the change (the dumps
`planner.snapshot` keeps for undo); this module keeps the fields a user sees and gives the old
and new values of those that changed. Standard library and `model` only: the fast `done` draws
its `--json` here too, so both paths print the same bytes.
"""

from __future__ import annotations

from cmagenda.views.common import JSON_VERSION, dumps

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from typing import Any

    from cmagenda.domain.month import Month
    from cmagenda.domain.planner import Snapshot
    from cmagenda.domain.readings import Reading
    from cmagenda.usecases.kpis import Recorded

# The stored fields a user sees (as in `today --json` and `post list --json`); the rest
# (pinned, origin, slot keys...) is bookkeeping.
TASK_FIELDS = (
    "title", "date", "time", "status", "phase", "volet", "template", "network", "minutes",
    "done_at", "reason", "optional", "note",
)  # fmt: skip
# Task fields stored only when set (a team's), and profile settings said only when set.
TEAM_FIELDS = ("assignee", "done_by")
TEAM_SETTINGS = ("alarm_minutes", "calendar_name", "me")
POST_FIELDS = (
    "network", "date", "time", "text", "link", "status", "slot", "note", "reviewed_by",
    "reviewed_at", "first_comment", "media", "evergreen",
)  # fmt: skip
KINDS = ("task", "post")


class Touched:
    """One task or post a change touched: its stored dump before and after (None: absent)."""

    __slots__ = ("after", "before", "id", "kind")

    def __init__(
        self, kind: str, id: str, before: dict[str, Any] | None, after: dict[str, Any] | None
    ) -> None:
        self.kind = kind
        self.id = id
        self.before = before
        self.after = after


class Changed:
    """What one use case changed, and the undo label that takes it back (None: not undoable,
    or nothing was written)."""

    __slots__ = ("items", "undo")

    def __init__(self, items: list[Touched], undo: str | None) -> None:
        self.items = items
        self.undo = undo


def between(
    before: Snapshot, after: Mapping[str, Month], label: str | None, ids: set[str] | None = None
) -> Changed:
    """The tasks and posts whose stored form differs between `before` (a snapshot limited to
    the tasks `ids` when given) and `after`; matched by id across months, so that a move to
    another month is one change. `label` is the undo step recorded when anything changed."""
    old: dict[tuple[str, str], dict[str, Any]] = {}
    new: dict[tuple[str, str], dict[str, Any]] = {}
    for tasks, _moved, posts in before.values():
        old.update({("task", tid): body for tid, body in tasks.items()})
        old.update({("post", pid): body for pid, body in posts.items()})
    for month in after.values():
        new.update(
            {("task", t.id): t.dump() for t in month.tasks.values() if ids is None or t.id in ids}
        )
        new.update({("post", p.id): p.dump() for p in month.posts.values()})
    items = [
        Touched(kind, key, old.get((kind, key)), new.get((kind, key)))
        for kind, key in sorted(old.keys() | new.keys(), key=lambda k: (KINDS.index(k[0]), k[1]))
        if old.get((kind, key)) != new.get((kind, key))
    ]
    return Changed(items, label if items else None)


# -- JSON ----------------------------------------------------------------------------------------


def _public(kind: str, body: dict[str, Any], lang: str) -> dict[str, Any]:
    if kind == "post":
        return {k: body.get(k) for k in POST_FIELDS}
    shown = {k: body[k] for k in TASK_FIELDS}
    shown.update({k: body[k] for k in TEAM_FIELDS if body.get(k) is not None})
    title = body["title"]
    first, second = ("fr", "en") if lang == "fr" else ("en", "fr")
    shown["title"] = title[first] or title[second]
    return shown


def _item(kind: str, id: str, touched: Touched | None, lang: str) -> dict[str, Any]:
    if touched is None:
        return {"kind": kind, "id": id, "changed": False, "old": {}, "new": {}}
    old = None if touched.before is None else _public(kind, touched.before, lang)
    new = None if touched.after is None else _public(kind, touched.after, lang)
    if old is not None and new is not None:
        fields = [k for k in dict.fromkeys([*old, *new]) if old.get(k) != new.get(k)]
        old, new = {k: old.get(k) for k in fields}, {k: new.get(k) for k in fields}
    return {"kind": kind, "id": id, "changed": True, "old": old, "new": new}


def _items(changed: Changed, named: Iterable[tuple[str, str]], lang: str) -> list[dict[str, Any]]:
    """The items named on the command line first (in their order, once each, changed or not),
    then the others the change touched (the slot a published post ticks off)."""
    touched = {(t.kind, t.id): t for t in changed.items}
    order = list(dict.fromkeys([*named, *touched]))
    return [_item(kind, id, touched.get((kind, id)), lang) for kind, id in order]


def _body(
    command: str, items: list[dict[str, Any]], undo: str | None, wrote: bool = False, **extra: Any
) -> str:
    return dumps(
        {
            "version": JSON_VERSION,
            "command": command,
            "changed": wrote or any(i["changed"] for i in items),
            "ids": [i["id"] for i in items if i["id"] is not None],
            **extra,
            "items": items,
            "undo": undo,
        }
    )


def items_json(
    command: str, changed: Changed, named: Iterable[str], lang: str, kind: str = "task"
) -> str:
    """`done`, `skip`, `move`, `add` and the `post` commands: the items `named` (ids of
    `kind`), then whatever else the change touched."""
    items = _items(changed, [(kind, i) for i in named], lang)
    return _body(command, items, changed.undo)


def undo_json(undone: str | None, changed: Changed, lang: str) -> str:
    """`undo`: what it put back. Not itself undoable: the next `undo` takes back the step
    before it."""
    return _body("undo", _items(changed, [], lang), None, undone=undone)


def _reading(reading: Reading) -> dict[str, Any]:
    # A KPI value has no id: its network, metric and date name it (as `kpi rm` takes them).
    return {
        "kind": "kpi",
        "id": None,
        "network": reading.network,
        "metric": reading.metric,
        "date": reading.date.isoformat(),
    }


def kpi_added_json(recorded: Recorded) -> str:
    """`kpi add`: the value noted, and the one it replaced on the same date (the KPI log keeps
    no undo steps)."""
    new = recorded.reading
    old = recorded.replaced
    same = old is not None and old.value == new.value
    item = _reading(new) | {
        "changed": not same,
        "old": None if old is None else ({} if same else {"value": old.value}),
        "new": {} if same else {"value": new.value},
    }
    return _body("kpi add", [item], None)


def kpi_removed_json(reading: Reading) -> str:
    item = _reading(reading) | {"changed": True, "old": {"value": reading.value}, "new": None}
    return _body("kpi rm", [item], None)


def import_json(mode: str | None, months: int, tasks: int, kpis: int) -> str:
    """`import`: what the backup put in place (counted, not listed: a backup holds years). Its
    undo history is cleared, so nothing takes it back but another import."""
    imported = {"months": months, "tasks": tasks, "kpis": kpis}
    return _body("import", [], None, wrote=True, mode=mode, imported=imported)


def init_json(path: str, before: Mapping[str, Any] | None, after: Mapping[str, Any]) -> str:
    """`init`: the profile's settings that changed (`before` None: no profile was saved yet)."""
    # The calendar and team settings are said once set: a profile without them reads as before.
    after = {k: v for k, v in after.items() if v is not None or k not in TEAM_SETTINGS}
    if before is None:
        old, new = None, dict(after)
    else:
        fields = [k for k in after if before.get(k) != after[k]]
        old, new = {k: before.get(k) for k in fields}, {k: after[k] for k in fields}
    changed = old is None or bool(new)
    item = {"kind": "profile", "id": None, "changed": changed, "old": old, "new": new}
    return _body("init", [item], None, path=path)
