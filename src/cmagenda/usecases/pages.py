"""Page use cases: the posts' review pack of a period, as HTML."""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path
from typing import Any

from babel.dates import format_skeleton
from babel.numbers import format_percent
from jinja2 import Environment, PackageLoader, StrictUndefined
from markdown_it import MarkdownIt
from markupsafe import Markup

from cmagenda.domain import limits, postlimits
from cmagenda.domain.errors import UsageError
from cmagenda.domain.model import Post, PostStatus
from cmagenda.domain.month import month_key
from cmagenda.domain.networks import LABELS
from cmagenda.domain.queries import tallies
from cmagenda.domain.reports import cadence, period_bounds
from cmagenda.i18n.messages import duration, say
from cmagenda.storage.files import TooBig, safe_read
from cmagenda.usecases import desk
from cmagenda.usecases.posts import listing
from cmagenda.views import charts

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable

    from cmagenda.domain.reports import Share, Summary
    from cmagenda.i18n.messages import Voice
    from cmagenda.usecases.session import Session


# A logo is a small picture: anything larger would make the page heavy to mail.
LOGO_BYTES = 512 * 1024


# The picture types every browser and PDF renderer shows, told by their first bytes (a file's
# name proves nothing). SVG is left out: it is a document that may carry scripts and links.
LOGO_TYPES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


# Letter where it is the paper in the printer (Canada, the United States), else A4.
LETTER_LOCALES = frozenset({"fr_CA", "en_CA", "en_US"})


LINK_SCHEMES = ("http://", "https://", "mailto:")


# C0 and C1 controls (but the line feed) and the characters that show nothing.
_HIDDEN = {c: None for c in [*range(0x00, 0x0A), *range(0x0B, 0x20), *range(0x7F, 0xA0)]} | {
    ord(c): None for c in limits.INVISIBLE
}


def plain(text: str | None) -> str:
    """User text as shown on a page: without control, bidi and zero-width characters (Jinja2
    escapes the rest where it lands)."""
    return (text or "").translate(_HIDDEN)


def paper(locale: str) -> str:
    return "Letter" if locale in LETTER_LOCALES else "A4"


def safe_link(link: str | None) -> str | None:
    """`link` when a reader may follow it (http, https or mailto, nothing hidden), else None."""
    if not link or limits.link_fault(link):
        return None
    return link


class _Summary(MarkdownIt):
    """CommonMark without raw HTML and without pictures (they would load from outside the
    page); a link is kept only when it goes to the web or to an address."""

    def __init__(self) -> None:
        super().__init__("commonmark", {"html": False})
        self.disable("image")

    def validateLink(self, url: str) -> bool:
        return url.lower().startswith(LINK_SCHEMES)


def summary_html(text: str) -> Markup:
    """The manager's Markdown summary as safe HTML."""
    # Safe as it is: raw HTML is off, so every character the user typed comes out escaped.
    return Markup(_Summary().render(plain(text)))


def logo_uri(path: Path) -> str:
    """The logo file as a data: URI, after checking that it is a PNG, JPEG or GIF picture of at
    most LOGO_BYTES."""
    try:
        data = safe_read(path, LOGO_BYTES)
    except TooBig:
        raise UsageError("page.logo_too_big", path=str(path), limit=LOGO_BYTES // 1024) from None
    except OSError as err:
        reason = err.strerror or str(err)
        raise UsageError("page.logo_unreadable", path=str(path), reason=reason) from None
    for magic, kind in LOGO_TYPES:
        if data.startswith(magic):
            return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"
    raise UsageError("page.logo_type", path=str(path))


def _client(session: Session) -> tuple[str, str | None]:
    """The client's name and logo (a data: URI) from the profile's [report] table; a relative
    logo path is taken from the folder of config.toml."""
    settings = session.profile.report
    if settings is None:
        return "", None
    logo = None
    if settings.logo:
        path = Path(settings.logo).expanduser()
        logo = logo_uri(path if path.is_absolute() else session.paths.config_dir / path)
    return plain(settings.client), logo


def environment(voice: Voice) -> Environment:
    env = Environment(
        loader=PackageLoader("cmagenda", "templates_html"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    lang = voice.lang

    def number(value: float | None, signed: bool = False) -> str:
        return "–" if value is None else voice.number(value, signed)

    def percent(rate: float | None) -> str:
        return "–" if rate is None else format_percent(rate, locale=voice.locale)

    env.globals.update(
        t=lambda key, **params: say(lang, key, **params),
        lang=lang,
        network=lambda name: LABELS.get(name, plain(name)),
        number=number,
        percent=percent,
        duration=lambda minutes: duration(minutes, lang),
        long_date=lambda day: voice.long_date(dt.date.fromisoformat(day)),
        short_date=lambda day: voice.short_date(dt.date.fromisoformat(day)),
    )
    env.filters["plain"] = plain
    return env


def _week_grid(
    session: Session, start: dt.date, end: dt.date, today: dt.date
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The posting cadence per network and week of the period (the weeks per `week_start`,
    cut to the period): days the minimum was met out of the days gone by, from the same tallies
    as the report's cadence."""
    week_start = session.profile.week_start
    weeks = []
    low = start
    while low <= end:
        high = min(period_bounds(low, "week", week_start)[1], end)
        weeks.append((low, high))
        low = high + dt.timedelta(days=1)
    months = session.store().read_months({month_key(start), month_key(end)})
    rows: dict[str, list[dict[str, int] | None]] = {}
    for index, (low, high) in enumerate(weeks):
        days = [low + dt.timedelta(days=n) for n in range((high - low).days + 1)]
        for found in cadence(tallies(months, [d for d in days if d <= today], today=today)):
            cells = rows.setdefault(found.network, [None] * len(weeks))
            cells[index] = {"days": found.days, "days_met": found.days_met}
    columns = [{"start": a.isoformat(), "end": b.isoformat()} for a, b in weeks]
    return columns, [{"network": n, "cells": rows[n]} for n in sorted(rows)]


def _compare(now: list[dict[str, Any]], before: dict[str, Share] | None) -> list[dict[str, Any]]:
    """Each group of the period with the previous period's rate (None: not there before)."""
    out = []
    for row in now:
        then = before.get(row["key"]) if before is not None else None
        rate = round(then.rate, 4) if then is not None and then.total else None
        points = None if rate is None else round((row["rate"] - rate) * 100)
        out.append({**row, "previous_rate": rate, "points": points})
    return out


def _kpi_charts(data: dict[str, Any], voice: Voice, kind: str) -> list[Markup]:
    out = []
    for course in data["kpis"]:
        points = [
            (_period_label(dt.date.fromisoformat(p["start"]), kind, voice), p["value"])
            for p in course["trend"]
        ]
        title = f"{LABELS.get(course['network'], plain(course['network']))} · {course['label']}"
        svg = charts.trend(
            points, course["baseline"]["value"], lambda v: voice.number(v), plain(title)
        )
        out.append(Markup(svg))  # charts escapes every text it writes
    return out


def _period_label(start: dt.date, kind: str, voice: Voice) -> str:
    if kind == "month":
        return format_skeleton("MMMyy", start, locale=voice.locale)
    return voice.day_month(start)


def report_page(
    session: Session,
    report_json: str,
    before: Summary | None,
    kind: str,
    summary: str | None = None,
) -> str:
    """The report of the period as a page; `report_json` is `report --json`'s document."""
    voice = session.voice
    data = json.loads(report_json)
    start, end = dt.date.fromisoformat(data["start"]), dt.date.fromisoformat(data["end"])
    client, logo = _client(session)
    columns, grid = _week_grid(session, start, end, session.real_today)
    posts = _posts(session, start, end, published=True)
    if kind == "month":
        heading = say(voice.lang, "report.month", month=voice.month(start))
    else:
        heading = say(
            voice.lang, "report.week", start=voice.long_date(start), end=voice.long_date(end)
        )
    for group in ("by_volet", "by_phase"):
        prefix = "volet" if group == "by_volet" else "phase"
        for row in data[group]:
            row["label"] = say(voice.lang, f"{prefix}.{row['key']}")
    for row in data["by_network"]:
        row["label"] = LABELS.get(row["key"], plain(row["key"]))
    env = environment(voice)
    return env.get_template("report.html").render(
        missed=_grouped(data["missed"]),
        title=heading,
        heading=heading,
        client=client,
        logo=logo,
        paper=paper(voice.locale),
        data=data,
        by_volet=_compare(data["by_volet"], before.by_volet if before else None),
        by_network=_compare(data["by_network"], before.by_network if before else None),
        columns=columns,
        grid=grid,
        charts=_kpi_charts(data, voice, kind),
        posts=posts,
        summary=summary_html(summary) if summary else None,
        made=voice.long_date(session.real_today),
    )


def _grouped(tasks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Missed duties grouped by duty, as in the text report: how many times, first and last
    date (a daily duty missed all month is one line, not thirty)."""
    out: dict[str, dict[str, Any]] = {}
    for task in tasks:
        entry = out.setdefault(
            task["title"], {"title": task["title"], "count": 0, "first": task["date"]}
        )
        entry["count"] += 1
        entry["last"] = task["date"]
    return sorted(out.values(), key=lambda e: (-e["count"], e["first"], e["title"]))


def post_view(post: Post, voice: Voice) -> dict[str, Any]:
    """What the page shows of a post: one dict, so that a new field (a first comment, media,
    characters left) is one key here and one line in the template."""
    return {
        "id": post.id,
        "network": post.network,
        "date": post.date.isoformat(),
        "time": voice.time(post.time) if post.time else "",
        "text": plain(post.text),
        "link": safe_link(post.link),
        "shown_link": plain(post.link) if post.link else "",
        "status": post.status,
        "status_label": say(voice.lang, f"post.status.{post.status}"),
    }


def desk_view(post: Post, voice: Voice, left: int | None) -> dict[str, Any]:
    """What the review pack adds to a post: what a reviewer checks before approving it."""
    lang = voice.lang
    if left is None:
        chars = ""
    else:
        key = "desk.chars_left" if left >= 0 else "desk.chars_over"
        chars = say(lang, key, n=abs(left), shown=voice.number(abs(left)))
    return {
        "chars": chars,
        "over": left is not None and left < 0,
        "first_comment": plain(post.first_comment) if post.first_comment else "",
        "media": [
            # The file's name: the folders it sits in on this machine are no business of
            # the client's.
            {"path": plain(Path(m["path"] or "").name), "alt": plain(m["alt"]) if m["alt"] else ""}
            for m in post.media
        ],
        "note": plain(post.note) if post.note else "",
    }


def _posts(
    session: Session, start: dt.date, end: dt.date, published: bool = False
) -> list[dict[str, Any]]:
    found: Iterable[Post] = listing(session, start, end)
    if published:
        found = [p for p in found if p.status == PostStatus.PUBLISHED]
    return [post_view(p, session.voice) for p in found]


def pack_page(session: Session, start: dt.date, end: dt.date) -> str:
    """The posts planned from `start` to `end`, per day and network, as a client reads them."""
    voice = session.voice
    table = desk.network_limits(session)
    found = listing(session, start, end)
    posts = [
        post_view(p, voice)
        | desk_view(p, voice, postlimits.chars_left(p, table.get(p.network, postlimits.Limits())))
        for p in found
    ]
    days: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for post in posts:
        days.setdefault(post["date"], {}).setdefault(post["network"], []).append(post)
    heading = say(
        voice.lang, "page.pack_title", start=voice.long_date(start), end=voice.long_date(end)
    )
    client, logo = _client(session)
    return (
        environment(voice)
        .get_template("pack.html")
        .render(
            title=heading,
            heading=heading,
            client=client,
            logo=logo,
            paper=paper(voice.locale),
            days=days,
            count=len(posts),
        )
    )
