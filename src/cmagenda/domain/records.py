"""What the store's records (tasks, absences, ideas) share: they are equal when their dumps
are, and show as their dump.

Written once here rather than with `dataclasses`, which these modules on the morning path
(`today`, `done`) cannot import: `dataclasses` brings `inspect` and costs 13 to 25 ms, more than
the rest of `done` (measured: `python -c "import dataclasses"` against the same start without
it, 40 paired runs, medians 85.6 ms and 61.1 ms on 2 busy cores).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class Record:
    __slots__ = ()

    # Records change in place: they are never set members or dict keys.
    __hash__ = None  # type: ignore[assignment]

    def dump(self) -> dict[str, Any]:
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        return isinstance(other, type(self)) and self.dump() == other.dump()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.dump()!r})"
