"""Readings: one KPI value as read on a date (domain layer, pure)."""

from __future__ import annotations

import datetime as dt

from cmagenda.domain.fields import stamp

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class Reading:
    """One KPI value: a metric of a network (followers, reach...) as read on a date."""

    __slots__ = ("changed", "date", "metric", "network", "value")

    def __init__(
        self,
        network: str,
        metric: str,
        date: dt.date,
        value: float,
        changed: dt.datetime | None = None,
    ) -> None:
        self.network = network
        self.metric = metric
        self.date = date
        self.value = value
        self.changed = changed

    @property
    def key(self) -> tuple[str, str, dt.date]:
        return (self.network, self.metric, self.date)

    def dump(self) -> dict[str, Any]:
        return {
            "network": self.network,
            "metric": self.metric,
            "date": self.date.isoformat(),
            "value": self.value,
            "changed": stamp(self.changed),
        }
