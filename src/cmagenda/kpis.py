"""KPI log: what the user reads off each network's statistics (followers, reach, engagement
rate...) -> validated readings in the store, one value per network, metric and date.

Metric names are free-form; the usual ones have a key and a label in both languages, and
typing a label in either language ("abonnés", "taux d'engagement") gives its key, so that a
French and an English habit log the same series. Values are numbers, typed the user's way:
"1 234", "4,5" and "4,5 %" in French, "1,234" and "4.5%" in English.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

from .errors import UnknownIdError, UsageError
from .model import Reading, Titles

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .agenda import Session

METRICS: dict[str, Titles] = {
    "followers": Titles("abonnés", "followers"),
    "reach": Titles("portée", "reach"),
    "impressions": Titles("impressions", "impressions"),
    "engagement_rate": Titles("taux d'engagement (%)", "engagement rate (%)"),
    "messages_answered": Titles("messages répondus", "messages answered"),
    "response_time": Titles("délai de réponse (min)", "response time (min)"),
    "mentions": Titles("mentions", "mentions"),
    "clicks": Titles("clics", "clicks"),
    "shares": Titles("partages", "shares"),
    "saves": Titles("enregistrements", "saves"),
    "story_views": Titles("vues des stories", "story views"),
    "video_views": Titles("vues des vidéos", "video views"),
}
# What people also type for the same series.
ALIASES = {
    "abonnes": "followers",
    "fans": "followers",
    "taux_d_engagement": "engagement_rate",
    "taux_engagement": "engagement_rate",
    "engagement": "engagement_rate",
    "delai_de_reponse": "response_time",
    "temps_de_reponse": "response_time",
    "messages": "messages_answered",
    "vues_stories": "story_views",
}
# Suggested for a network whose checklist entry names none.
DEFAULT_METRICS = ("followers", "reach", "engagement_rate", "messages_answered")
MAX_METRIC = 40
# Beyond this a value is a typo (a date pasted in, a stray key held down), not a statistic.
MAX_VALUE = 1e15
GROUPED = r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?"


def _fold(text: str) -> str:
    bare = unicodedata.normalize("NFKD", text.replace("’", "'"))
    bare = "".join(c for c in bare if not unicodedata.combining(c)).casefold()
    bare = re.sub(r"\(.*?\)", " ", bare)
    return re.sub(r"[^a-z0-9]+", "_", bare).strip("_")


def _known() -> dict[str, str]:
    known = dict(ALIASES)
    for key, titles in METRICS.items():
        for label in (key, titles.fr, titles.en):
            known[_fold(label or key)] = key
    return known


KNOWN = _known()


def fold_metric(text: str) -> str | None:
    """The key a metric name stands for, or None when it cannot be one."""
    folded = _fold(text)
    if not folded or len(folded) > MAX_METRIC or not re.search("[a-z]", folded):
        return None
    return KNOWN.get(folded, folded)


def metric_key(text: str) -> str:
    key = fold_metric(text)
    if key is None:
        raise UsageError("kpi.metric_bad", metric=text, limit=MAX_METRIC)
    return key


def metric_label(key: str, lang: str) -> str:
    titles = METRICS.get(key)
    return titles.pick(lang) if titles else key.replace("_", " ")


def parse_value(text: str, lang: str) -> float:
    """A number as the user types it; an int when it has no fraction."""
    raw = re.sub(r"[\s\u00a0\u202f_']", "", text).removesuffix("%")
    if re.fullmatch(GROUPED, raw) and (lang == "en" or "." in raw):
        raw = raw.replace(",", "")  # "1,234" in English, "1,234.5" in any language
    elif lang == "fr" and raw.count(",") == 1 and "." not in raw:
        raw = raw.replace(",", ".")
    if not re.fullmatch(r"[-+]?(\d+(\.\d*)?|\.\d+)", raw):
        raise UsageError("kpi.value_bad", value=text)
    value = float(raw)
    if not math.isfinite(value) or abs(value) > MAX_VALUE:
        raise UsageError("kpi.value_bad", value=text)
    return int(value) if value.is_integer() and "." not in raw else value


def suggested(metrics: list[str] | None) -> list[str]:
    return list(metrics) if metrics else list(DEFAULT_METRICS)


# -- the log in the store ------------------------------------------------------------------------


class Recorded:
    """What `kpi add` did: the reading kept, the one it replaced (same date), the one before."""

    __slots__ = ("before", "reading", "replaced")

    def __init__(self, reading: Reading, replaced: Reading | None, before: Reading | None) -> None:
        self.reading = reading
        self.replaced = replaced
        self.before = before


def record(session: Session, network: str, metric: str, value: str, day: dt.date) -> Recorded:
    from . import agenda

    agenda.require_networks(session, [network])
    reading = Reading(network, metric_key(metric), day, parse_value(value, session.lang))
    store = session.store()
    with store.locked():
        readings = store.read_kpis()
        replaced = next((r for r in readings if r.key == reading.key), None)
        kept = [r for r in readings if r.key != reading.key]
        before = None
        for other in sorted(kept, key=lambda r: r.date):
            if (other.network, other.metric) == (network, reading.metric) and other.date < day:
                before = other
        store.write_kpis([*kept, reading])
    return Recorded(reading, replaced, before)


def forget(session: Session, network: str, metric: str, day: dt.date) -> Reading:
    key = (network, metric_key(metric), day)
    store = session.store()
    with store.locked():
        readings = store.read_kpis()
        found = next((r for r in readings if r.key == key), None)
        if found is None:
            raise UnknownIdError(
                "kpi.unknown", network=network, metric=metric, date=day.isoformat()
            )
        store.write_kpis([r for r in readings if r.key != key])
    return found


def listing(session: Session, network: str | None, metric: str | None) -> list[Reading]:
    wanted = metric_key(metric) if metric else None
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
    from . import agenda

    networks = agenda.load_checklist(session).networks
    return {
        name: suggested(networks[name].metrics)
        for name in session.profile.networks
        if name in networks
    }
