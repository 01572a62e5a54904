"""Orphans: posts planned on a network the profile no longer follows (edited out of config.toml,
or left out of `init --networks`). Their posting slots are no longer planned, but the posts are
the user's work: they stay in every view, flagged, and each command warns about the ones still
ahead until they are moved, removed or their network is back.

Pure functions on months; the store is read by `ahead` alone.
"""

from __future__ import annotations

from cmagenda.domain.model import Post, PostStatus
from cmagenda.domain.month import Month, month_key
from cmagenda.domain.queries import Day

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

    from cmagenda.storage.store import Store


def removed(months: Iterable[Month], networks: Iterable[str], day: dt.date) -> list[Post]:
    """The posts of `day` whose network is not in `networks`, by time."""
    keep = set(networks)
    found = [p for m in months for p in m.posts.values() if p.date == day and p.network not in keep]
    return sorted(found, key=lambda p: (p.time or "99:99", p.network, p.id))


def flag(days: Iterable[Day], months: dict[str, Month], networks: Iterable[str] | None) -> None:
    """Put on each of `days` its posts on a removed network (None: the networks are unknown,
    nothing is flagged)."""
    if networks is None:
        return
    names = list(networks)
    for day in days:
        day.orphans = removed(months.values(), names, day.date)
        day.outside = [p for p in day.outside if p not in day.orphans]


def ahead(store: Store, networks: Iterable[str], today: dt.date) -> list[Post]:
    """The unpublished posts from `today` on whose network is not in `networks`, by date."""
    keep = set(networks)
    keys = {k for k in store.all_month_keys() if k >= month_key(today)}
    found = [
        p
        for m in store.read_months(keys).values()
        for p in m.posts.values()
        if p.date >= today and p.network not in keep and p.status != PostStatus.PUBLISHED
    ]
    return sorted(found, key=lambda p: (p.date, p.time or "99:99", p.network, p.id))
