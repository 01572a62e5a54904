"""Merge: a backup's months and KPI values put together with the local ones, item by item.

Pure: months and readings in, the months to write, the readings to keep and what was overwritten
out; `backup.restore` writes them. Tasks and posts are matched by id, KPI values by (network,
metric, date); of the two sides the one changed last wins (an item never changed is older than
any change, and a tie keeps the local one), so that a backup taken before local work never
reverts it. A task lives in exactly one month whichever side moved it: the winner's month, and
its origin month's `moved_out` says where it went.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from cmagenda.domain.fields import newer
from cmagenda.domain.model import Post, Task
from cmagenda.domain.month import Month, month_key
from cmagenda.domain.readings import Reading
from cmagenda.i18n.messages import say

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


@dataclass(slots=True, frozen=True)
class Overwritten:
    """A local item the backup's newer one replaced: `old` and `new` are (status, date) for a
    task or a post, (value, None) for a KPI value."""

    kind: str
    id: str
    title: str
    old: tuple[Any, Any]
    new: tuple[Any, Any]


@dataclass(slots=True)
class Merged:
    # Only the months that change.
    months: dict[str, Month] = field(default_factory=dict)
    readings: list[Reading] = field(default_factory=list)
    overwritten: list[Overwritten] = field(default_factory=list)
    # Local items newer than the backup's: left as they are.
    kept: int = 0


def merge(
    ours: dict[str, Month],
    theirs: dict[str, Month],
    our_readings: list[Reading],
    their_readings: list[Reading],
    lang: str,
) -> Merged:
    """`ours` is every local month (changed in place); `theirs` the backup's months."""
    out = Merged()
    months = dict(ours)
    for key in theirs:
        months.setdefault(key, Month(key))
    touched: set[str] = set()
    _tasks(months, ours, theirs, out, touched, lang)
    _posts(months, ours, theirs, out, touched)
    for key, month in theirs.items():
        mine = months[key]
        # The days already planned and their holidays: the local record first.
        for name in ("expanded", "holidays"):
            mine_map, their_map = getattr(mine, name), getattr(month, name)
            missing = their_map.keys() - mine_map.keys()
            if missing:
                mine_map.update({day: their_map[day] for day in missing})
                touched.add(key)
    out.months = {key: months[key] for key in sorted(touched)}
    out.readings = _readings(our_readings, their_readings, out)
    return out


def _tasks(
    months: dict[str, Month],
    ours: dict[str, Month],
    theirs: dict[str, Month],
    out: Merged,
    touched: set[str],
    lang: str,
) -> None:
    where = {tid: key for key, m in ours.items() for tid in m.tasks}
    moved: set[str] = set()
    for key, month in sorted(theirs.items()):
        for tid, task in month.tasks.items():
            if tid in where:
                local = months[where[tid]].tasks[tid]
                if local.dump() == task.dump():
                    continue
                if not newer(task.changed, local.changed):
                    out.kept += 1
                    continue
                out.overwritten.append(
                    Overwritten("task", tid, local.title.pick(lang), _state(local), _state(task))
                )
                del months[where[tid]].tasks[tid]
                touched.add(where[tid])
            months[key].tasks[tid] = task
            where[tid] = key
            touched.add(key)
            moved.add(tid)
        for tid, day in month.moved_out.items():
            # A move the backup knows of, for a task neither side holds any more.
            if tid not in where and tid not in months[key].moved_out:
                months[key].moved_out[tid] = day
                touched.add(key)
    for tid in moved:
        task = months[where[tid]].tasks[tid]
        if task.template is None or task.origin is None:
            continue
        home = months.get(month_key(task.origin))
        if home is None:
            continue
        before = home.moved_out.get(tid)
        after = None if home.key == where[tid] else task.date
        if before != after:
            if after is None:
                del home.moved_out[tid]
            else:
                home.moved_out[tid] = after
            touched.add(home.key)


def _posts(
    months: dict[str, Month], ours: dict[str, Month], theirs: dict[str, Month], out: Merged,
    touched: set[str],
) -> None:  # fmt: skip
    where = {pid: key for key, m in ours.items() for pid in m.posts}
    for key, month in sorted(theirs.items()):
        for pid, post in month.posts.items():
            if pid in where:
                local = months[where[pid]].posts[pid]
                if local.dump() == post.dump():
                    continue
                if not newer(post.changed, local.changed):
                    out.kept += 1
                    continue
                out.overwritten.append(
                    Overwritten("post", pid, local.text, _post_state(local), _post_state(post))
                )
                del months[where[pid]].posts[pid]
                touched.add(where[pid])
            months[key].posts[pid] = post
            where[pid] = key
            touched.add(key)


def _readings(ours: list[Reading], theirs: list[Reading], out: Merged) -> list[Reading]:
    kept = {r.key: r for r in ours}
    for reading in theirs:
        local = kept.get(reading.key)
        if local is not None:
            if local.dump() == reading.dump():
                continue
            if not newer(reading.changed, local.changed):
                out.kept += 1
                continue
            name = f"{reading.network} {reading.metric} {reading.date.isoformat()}"
            out.overwritten.append(
                Overwritten("kpi", name, name, (local.value, None), (reading.value, None))
            )
        kept[reading.key] = reading
    return list(kept.values())


def _state(task: Task) -> tuple[str, dt.date]:
    return task.status, task.date


def _post_state(post: Post) -> tuple[str, dt.date]:
    return post.status, post.date


# -- what the user is told -----------------------------------------------------------------------


def said(merged: Merged, lang: str, dry_run: bool) -> list[str]:
    """One line per local item the backup overwrote (or would), then how many newer local
    items were kept. User text is cleaned of control characters by the caller's `clean`."""
    key = "import.would_overwrite" if dry_run else "import.overwrote"
    lines = []
    for item in merged.overwritten:
        if item.kind == "kpi":
            old, new = _figure(item.old[0], lang), _figure(item.new[0], lang)
            lines.append(say(lang, f"{key}_kpi", what=item.id, old=old, new=new))
            continue
        words = "status" if item.kind == "task" else "post.status"
        old, new = (
            say(lang, "import.state", status=say(lang, f"{words}.{s}"), date=d.isoformat())
            for s, d in (item.old, item.new)
        )
        lines.append(say(lang, key, id=item.id[:7], title=item.title, old=old, new=new))
    if merged.kept:
        lines.append(say(lang, "import.kept", count=merged.kept))
    return lines


def _figure(value: float, lang: str) -> str:
    text = str(value)
    return text.replace(".", ",") if lang == "fr" else text
