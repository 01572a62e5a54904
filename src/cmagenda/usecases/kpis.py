"""KPI use cases: record, forget, list readings; suggestions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cmagenda.domain.errors import UnknownIdError
from cmagenda.domain.kpis import metric_key, parse_value, suggested
from cmagenda.domain.networks import key_of
from cmagenda.domain.readings import Reading
from cmagenda.storage import history
from cmagenda.usecases import profile
from cmagenda.usecases import session as usecases_session

TYPE_CHECKING = False
if TYPE_CHECKING:
    from cmagenda.usecases.session import Session


@dataclass(slots=True, frozen=True)
class Recorded:
    """What `kpi add` did: the reading kept, the one it replaced (same date), the one before."""

    reading: Reading
    replaced: Reading | None
    before: Reading | None


def record(session: Session, network: str, metric: str, value: str, day: dt.date) -> Recorded:

    network = profile.require_networks(session, [network])[0]
    key = metric_key(metric)
    reading = Reading(network, key, day, parse_value(value, session.lang, key), session.now)
    store = session.store()
    with store.locked():
        readings = store.read_kpis()
        entries = store.read_undo()
        replaced = next((r for r in readings if r.key == reading.key), None)
        kept = [r for r in readings if r.key != reading.key]
        before = None
        for other in sorted(kept, key=lambda r: r.date):
            if (other.network, other.metric) == (network, reading.metric) and other.date < day:
                before = other
        store.write_kpis([*kept, reading])
        record = history.kpi_record("kpi add", {reading.key: replaced}, session.now)
        history.push(store, record, entries)
    return Recorded(reading, replaced, before)


def forget(session: Session, network: str, metric: str, day: dt.date) -> Reading:
    network = key_of(network)
    key = (network, metric_key(metric), day)
    store = session.store()
    with store.locked():
        readings = store.read_kpis()
        entries = store.read_undo()
        found = next((r for r in readings if r.key == key), None)
        if found is None:
            raise UnknownIdError("kpi.unknown", network=network, metric=metric, date=day)
        store.write_kpis([r for r in readings if r.key != key])
        history.push(store, history.kpi_record("kpi rm", {key: found}, session.now), entries)
    return found


def listing(session: Session, network: str | None, metric: str | None) -> list[Reading]:
    wanted = metric_key(metric) if metric else None
    network = key_of(network) if network is not None else None
    return sorted(
        (
            r
            for r in session.store().read_kpis()
            if (network is None or r.network == network) and (wanted is None or r.metric == wanted)
        ),
        key=lambda r: (r.network, r.metric, r.date),
    )


def suggestions(session: Session) -> dict[str, list[str]]:
    """The metrics suggested for each network of the profile (the checklist's, else defaults)."""

    networks = usecases_session.load_checklist(session).networks
    return {
        name: suggested(networks[name].metrics)
        for name in session.profile.networks
        if name in networks
    }
