"""KPI log: what the user reads off each network's statistics (followers, reach, engagement
rate...) -> validated readings in the store, one value per network, metric and date.

Metric names are free-form; the usual ones have a key and a label in both languages, and
typing a label in either language ("abonnés", "taux d'engagement") gives its key, so that a
French and an English habit log the same series. Values are numbers, typed the user's way:
"1 234", "4,5" and "4,5 %" in French, "1,234" and "4.5%" in English, and never guessed: a value
copied from a dashboard of the other convention ("1,200" in French) is taken only when a single
reading makes sense for the metric (a count is whole), else refused with both readings."""

from __future__ import annotations

import re
import unicodedata

from cmagenda.domain.errors import UsageError
from cmagenda.domain.model import KPI_LIMIT, Titles

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
    # Suggested for TikTok, YouTube, Threads, Bluesky and Google Business Profile.
    "views": Titles("vues", "views"),
    "likes": Titles("mentions J'aime", "likes"),
    "comments": Titles("commentaires", "comments"),
    "subscribers": Titles("abonnés à la chaîne", "subscribers"),
    "reposts": Titles("republications", "reposts"),
    "replies": Titles("réponses", "replies"),
    "calls": Titles("appels", "calls"),
    "direction_requests": Titles("demandes d'itinéraire", "direction requests"),
    "website_clicks": Titles("clics vers le site", "website clicks"),
    "reviews": Titles("avis", "reviews"),
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
    "commentaires": "comments",
    "publications": "posts",
    "j_aime": "likes",
    "abonnes_a_la_chaine": "subscribers",
    "vues": "views",
    "membres": "members",
}


# Suggested for a network whose checklist entry names none.
DEFAULT_METRICS = ("followers", "reach", "engagement_rate", "messages_answered")


MAX_METRIC = 40


# Beyond this a value is a typo (a date pasted in, a stray key held down), not a statistic.
MAX_VALUE = KPI_LIMIT


# Longer than any number within bounds however it is grouped: refused before any parsing.
MAX_TEXT = 40


# Metrics that count things: whole numbers, never negative, whatever the network.
COUNTS = frozenset(
    {
        "followers", "reach", "impressions", "messages_answered", "mentions", "clicks", "shares",
        "saves", "story_views", "video_views", "posts", "comments", "likes", "reactions",
        "subscribers", "views", "members", "reposts", "replies", "calls", "direction_requests",
        "website_clicks", "reviews",
    }
)  # fmt: skip


# Metrics measured on a scale that has no negative side (a rate, a delay).
NOT_NEGATIVE = COUNTS | set(METRICS)


# Thin and non-breaking spaces group digits in French; a plain space anywhere.
SPACES = " \u00a0\u202f"


DIGITS = "0123456789"


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


def parse_value(text: str, lang: str, metric: str = "") -> float:
    """A number as the user types it; an int when it has no fraction.

    Only ASCII digits, spaces between groups of three, one decimal mark and one kind of
    thousands mark. "1,200" and "1.200" read 1.2 or 1200 depending on the convention: refused
    with both readings, unless `metric` is a count and only 1200 is a count (decimals typed on a
    count are not a count as written)."""
    bare = text.strip()
    if len(bare) > MAX_TEXT:
        shown = bare[:MAX_TEXT] + "…"
        raise UsageError("kpi.value_range", value=shown, limit=_plain(MAX_VALUE, lang))
    if bare.endswith("%"):
        bare = bare[:-1].rstrip(SPACES)
    sign = -1 if bare[:1] == "-" else 1
    if bare[:1] in "+-":
        bare = bare[1:]
    readings = _readings(bare)
    if not readings:
        raise UsageError("kpi.value_bad", value=text)
    if len(readings) == 2 and metric in COUNTS:
        readings = [r for r in readings if "." not in r]
    if len(readings) == 2:
        first, second = (_plain(_number(r), lang) for r in readings)
        raise UsageError("kpi.value_ambiguous", value=text, first=first, second=second)
    value = sign * _number(readings[0])
    if abs(value) > MAX_VALUE:
        raise UsageError("kpi.value_range", value=text, limit=_plain(MAX_VALUE, lang))
    if metric in COUNTS and (value < 0 or not float(value).is_integer()):
        raise UsageError("kpi.value_count", value=text, metric=metric_label(metric, lang))
    if metric in NOT_NEGATIVE and value < 0:
        raise UsageError("kpi.value_negative", value=text, metric=metric_label(metric, lang))
    if metric in COUNTS:
        return int(value)
    return value


def _readings(text: str) -> list[str]:
    """The plain forms ("1200", "1.2") `text` can stand for: none when it is not a number, two
    when the convention decides."""
    if not text or any(c not in DIGITS + ",." + SPACES for c in text):
        return []
    marks = [c for c in text if c in ",."]
    kinds = set(marks)
    if len(kinds) == 2:
        # "1,234.5" or "1.234,5": the last mark is the decimal one, and only once.
        point = marks[-1]
        whole, _, fraction = text.rpartition(point)
        if marks.count(point) != 1:
            return []
        grouped = _grouped(whole, "," if point == "." else ".")
        return [_join(grouped, fraction)] if grouped is not None else []
    if not kinds:
        grouped = _grouped(text, "")
        return [grouped] if grouped is not None else []
    mark = marks[0]
    if len(marks) > 1:
        grouped = _grouped(text, mark)  # "1,234,567": thousands in any convention
        return [grouped] if grouped is not None else []
    whole, _, fraction = text.partition(mark)
    out = []
    decimal = _grouped(whole, "") if whole else "0"
    if decimal is not None and fraction and fraction.isdigit():
        out.append(_join(decimal, fraction))
    thousands = _grouped(text, mark)
    if thousands is not None:
        out.insert(0, thousands)
    return out


def _grouped(text: str, mark: str) -> str | None:
    """The digits of `text` when its marks (`mark` or spaces, not both) split it into a first
    group of one to three digits and groups of three; `text` itself when it has no mark."""
    seps = set(SPACES) | ({mark} if mark else set())
    used = {c for c in text if c in seps}
    if not used:
        return text if text.isdigit() else None
    if used & set(SPACES) and mark in used:
        return None
    groups = re.split(f"[{re.escape(''.join(used))}]", text)
    head, rest = groups[0], groups[1:]
    if not (1 <= len(head) <= 3 and head.isdigit()) or head.startswith("0"):
        return None
    if not all(len(g) == 3 and g.isdigit() for g in rest):
        return None
    return "".join(groups)


def _join(whole: str, fraction: str) -> str:
    return f"{whole}.{fraction}" if fraction else whole


def _number(plain: str) -> float:
    return int(plain) if "." not in plain else float(plain)


def _plain(value: float, lang: str) -> str:
    """`value` with no grouping, so that it reads one way only ("1,2" in French, "1.2")."""
    text = f"{value:.15g}" if isinstance(value, float) else str(value)
    if "e" in text:
        text = f"{value:.0f}"
    return text.replace(".", ",") if lang == "fr" else text


def suggested(metrics: list[str] | None) -> list[str]:
    return list(metrics) if metrics else list(DEFAULT_METRICS)
