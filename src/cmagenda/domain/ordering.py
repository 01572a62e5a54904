"""Ordering: when a duty may begin, given the duties it comes `after` in the checklist.

A duty with `after = ["a", "b"]` has no occurrence before the day after the latest due date of
`a` and `b`. A duty's due date is its first date (the start date plus `offset_days`, or later
if it waits on others itself) plus its `window_days`. A duty turned off (`enabled = false`)
holds nothing back: the user has said it is not part of their work.

Pure: the graph is checked for cycles when the checklist is read (`templates`), so `begins`
may assume there are none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

TYPE_CHECKING = False
if TYPE_CHECKING:
    from cmagenda.domain.schema import Template


def cycles(graph: Mapping[str, Sequence[str]]) -> list[list[str]]:
    """Each cycle of `graph` (id -> the ids it comes after) once, starting at its smallest id;
    in id order, so that the same checklist always reports the same cycles."""
    found: dict[tuple[str, ...], list[str]] = {}
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for other in sorted(graph.get(node, ())):
            if state.get(other) == 1:
                loop = path[path.index(other) :]
                low = loop.index(min(loop))
                turned = loop[low:] + loop[:low]
                found.setdefault(tuple(turned), turned)
            elif other in graph and other not in state:
                visit(other)
        path.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return [found[k] for k in sorted(found)]


def begins(templates: Mapping[str, Template], anchor: dt.date) -> dict[str, dt.date]:
    """The first day each duty with an `after` may fall on (duties without one are left out)."""
    first: dict[str, dt.date] = {}

    def start(tid: str) -> dt.date:
        if tid not in first:
            template = templates[tid]
            day = anchor + dt.timedelta(days=template.offset_days)
            for other in template.after:
                held = templates.get(other)
                if held is not None and held.enabled:
                    due = start(other) + dt.timedelta(days=held.window_days)
                    day = max(day, due + dt.timedelta(days=1))
            first[tid] = day
        return first[tid]

    return {tid: start(tid) for tid, t in sorted(templates.items()) if t.after}
