"""Report view: the client's monthly report (JSON, Markdown text, Rich)."""

from __future__ import annotations

import datetime as dt

from cmagenda.domain.kpis import metric_label
from cmagenda.domain.model import Phase, Volet
from cmagenda.domain.text import clean, network_label
from cmagenda.i18n.messages import duration, say
from cmagenda.views.common import JSON_VERSION, _table_text, console, dumps

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    from cmagenda.domain.model import Task
    from cmagenda.domain.readings import Reading
    from cmagenda.domain.reports import Share, Summary
    from cmagenda.i18n.messages import Voice


MARKDOWN_SPECIAL = {ord(c): f"\\{c}" for c in "\\`*_[]|<>#"}


BAR_WIDTH = 20


EIGHTHS = " ▏▎▍▌▋▊▉█"


SPARKS = "▁▂▃▄▅▆▇█"


def bar(rate: float, width: int = BAR_WIDTH) -> str:
    """`rate` (0 to 1) as a bar of `width` cells, to the eighth of a cell."""
    eighths = round(max(0.0, min(1.0, rate)) * width * 8)
    full, part = divmod(eighths, 8)
    return ("█" * full + (EIGHTHS[part] if part else "")).ljust(width)


def spark(values: Sequence[float | None], low: float | None = None, gap: str = " ") -> str:
    """A sparkline: one cell per value, from its lowest to its highest (or from `low`, when the
    scale is fixed: rates from 0); `gap` where there is no value."""
    known = [v for v in values if v is not None]
    if not known:
        return ""
    bottom = min(known) if low is None else low
    top = max(known) if low is None else max(max(known), 1.0)
    span = top - bottom
    cells = []
    for value in values:
        if value is None:
            cells.append(gap)
        elif not span:
            cells.append(SPARKS[3] if low is None else SPARKS[0])
        else:
            cells.append(SPARKS[round((value - bottom) / span * (len(SPARKS) - 1))])
    return "".join(cells)


def _percent(rate: float, lang: str, total: int = 1) -> str:
    """The rate in percent; "—" when nothing was due (`total` 0): 0 of 0 is no failure."""
    if not total:
        return "—"
    return f"{round(rate * 100)}\u00a0%" if lang == "fr" else f"{round(rate * 100)}%"


def _delta(now: Summary, before: Summary | None, lang: str) -> str:
    if not now.overall.total:
        # Nothing due (a period not begun, all days off): no rate to set against another.
        return say(lang, "report.nothing_due")
    if before is None or not before.overall.total:
        return say(lang, "report.no_previous")
    points = round(now.overall.rate * 100) - round(before.overall.rate * 100)
    return say(lang, "report.delta", points=f"{points:+d}")


def _daily(now: Summary) -> tuple[list[float | None], dt.date, dt.date] | None:
    """The completion rate of each day counted so far, from the first with something due
    (None for a day with nothing due)."""
    if not now.by_day:
        return None
    first, last = min(now.by_day), max(now.by_day)
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    rates = [now.by_day[d].rate if d in now.by_day and now.by_day[d].total else None for d in days]
    return rates, first, last


def _share_rows(now: Summary, lang: str) -> list[tuple[str, list[tuple[str, Share]]]]:
    """(section title, [(label, share)]) for each grouping that has something."""
    out = []
    for key, table, prefix in (
        ("report.by_phase", now.by_phase, "phase"),
        ("report.by_volet", now.by_volet, "volet"),
        ("report.by_network", now.by_network, ""),
    ):
        if table:
            # The checklist's own order (arrival before daily...), "added" last.
            order = {"phase": Phase.ALL, "volet": Volet.ALL}.get(prefix, ())
            keys = sorted(table, key=lambda k: (order.index(k) if k in order else len(order), k))
            rows = [(_share_label(prefix, k, lang), table[k]) for k in keys]
            out.append((say(lang, key), rows))
    return out


def _share_label(prefix: str, key: str, lang: str) -> str:
    """A row's name: a phase, a volet ("added tasks" for those outside the checklist, not a
    volet of their own) or a network."""
    if not prefix:
        return network_label(key)
    return say(lang, "report.added" if key == "added" else f"{prefix}.{key}")


def _reading(reading: Reading | None, voice: Voice) -> tuple[str, str]:
    if reading is None:
        return "—", ""
    return voice.number(reading.value), f"({voice.day_month(reading.date)})"


def _change(found: tuple[float, float | None] | None, voice: Voice) -> tuple[str, str]:
    if found is None:
        return "—", ""
    difference, percent = found
    if percent is None:
        return voice.number(difference, signed=True), ""
    sign = voice.number(percent, signed=True)
    return voice.number(
        difference, signed=True
    ), f"({sign}\u00a0%)" if voice.lang == "fr" else f"({sign}%)"


def _kpi_cells(now: Summary, voice: Voice) -> list[list[tuple[str, str]]]:
    """Per KPI: network, metric, baseline, previous, current, change against the previous
    reading and against the baseline, trend; each cell a value and its aside (a date, a %)."""

    return [
        [
            (network_label(course.network), ""),
            (clean(metric_label(course.metric, voice.lang)), ""),
            _reading(course.baseline, voice),
            _reading(course.previous, voice),
            _reading(course.current, voice),
            _change(course.change(course.previous), voice),
            _change(course.change(course.baseline), voice),
            (spark([v for _, v in course.trend]), ""),
        ]
        for course in now.kpis
    ]


KPI_COLUMNS = (
    *("network", "metric", "baseline", "previous"),
    *("current", "vs_previous", "vs_baseline", "trend"),
)


def _grouped(tasks: list[Task], voice: Voice) -> list[tuple[str, str, str]]:
    """Missed tasks, one row per title: (count, when, title), in order of first date."""
    groups: dict[str, list[Task]] = {}
    for task in tasks:
        groups.setdefault(clean(task.title.pick(voice.lang)), []).append(task)
    rows = []
    for title, found in groups.items():
        first, last = found[0], found[-1]
        if len(found) == 1:
            when = _when_task(first, voice)
        elif first.date == last.date:
            when = voice.short_date(first.date)
        else:
            when = f"{voice.short_date(first.date)} → {voice.short_date(last.date)}"
        rows.append((f"{len(found)} ×", when, title))
    return rows


def _when_task(task: Task, voice: Voice) -> str:
    return voice.short_date(task.date) + (f" {voice.time(task.time)}" if task.time else "")


def _listed(tasks: list[Task], voice: Voice) -> list[tuple[str, str, str]]:
    """Skipped or overdue tasks, one row each: (when, title, reason)."""
    return [
        (_when_task(t, voice), clean(t.title.pick(voice.lang)), clean(t.reason or ""))
        for t in tasks
    ]


def report_json(now: Summary, before: Summary | None, kind: str, lang: str) -> str:

    def shares(table: dict[str, Share]) -> list[dict[str, Any]]:
        return [
            {
                "key": k,
                "done": v.done,
                "total": v.total,
                "skipped": v.skipped,
                "rate": round(v.rate, 4),
            }
            for k, v in sorted(table.items())
        ]

    def listed(tasks: list[Task]) -> list[dict[str, Any]]:
        return [
            {
                "id": t.id,
                "title": t.title.pick(lang),
                "date": t.date.isoformat(),
                "time": t.time,
                "reason": t.reason,
            }
            for t in tasks
        ]

    def period(summary: Summary) -> dict[str, Any]:
        return {
            "start": summary.start.isoformat(),
            "end": summary.end.isoformat(),
            "done": summary.overall.done,
            "total": summary.overall.total,
            # Counted apart from the total (the "skipped" list names them).
            "skipped_count": summary.overall.skipped,
            "rate": round(summary.overall.rate, 4),
            "minutes_planned": summary.minutes_planned,
            "minutes_done": summary.minutes_done,
            # Days of absence: nothing owed on them, so not in the total.
            "days_off": len(summary.days_off),
        }

    def reading(found: Reading | None) -> dict[str, Any] | None:
        return None if found is None else {"date": found.date.isoformat(), "value": found.value}

    def change(found: tuple[float, float | None] | None) -> dict[str, Any] | None:
        return None if found is None else {"difference": found[0], "percent": found[1]}

    return dumps(
        {
            "version": JSON_VERSION,
            "kind": kind,
            **period(now),
            "by_phase": shares(now.by_phase),
            "by_volet": shares(now.by_volet),
            "by_network": shares(now.by_network),
            "by_day": [
                {"date": d.isoformat(), "done": v.done, "total": v.total}
                for d, v in sorted(now.by_day.items())
            ],
            "cadence": [
                {
                    "network": c.network,
                    "days": c.days,
                    "days_met": c.days_met,
                    "required": c.required,
                    "done": c.done,
                }
                for c in now.cadence
            ],
            "kpis": [
                {
                    "network": c.network,
                    "metric": c.metric,
                    "label": metric_label(c.metric, lang),
                    "baseline": reading(c.baseline),
                    "previous": reading(c.previous),
                    "current": reading(c.current),
                    "change_previous": change(c.change(c.previous)),
                    "change_baseline": change(c.change(c.baseline)),
                    "trend": [{"start": d.isoformat(), "value": v} for d, v in c.trend],
                }
                for c in now.kpis
            ],
            "off": [d.isoformat() for d in now.days_off],
            "missed": listed(now.missed),
            "skipped": listed(now.skipped),
            "overdue": listed(now.overdue),
            "previous": period(before) if before is not None else None,
        }
    )


def _heading(now: Summary, kind: str, voice: Voice) -> str:
    if kind == "month":
        return say(voice.lang, "report.month", month=voice.month(now.start))
    return say(
        voice.lang, "report.week", start=voice.long_date(now.start), end=voice.long_date(now.end)
    )


def _overall_lines(now: Summary, before: Summary | None, voice: Voice) -> list[str]:
    lang = voice.lang
    lines = [
        say(
            lang,
            "report.overall",
            done=now.overall.done,
            total=now.overall.total,
            rate=_percent(now.overall.rate, lang, now.overall.total),
            delta=_delta(now, before, lang),
        ),
        say(
            lang,
            "report.minutes",
            done=duration(now.minutes_done, lang),
            planned=duration(now.minutes_planned, lang),
        ),
    ]
    if now.days_off:
        lines.insert(1, say(lang, "report.days_off", n=len(now.days_off)))
    daily = _daily(now)
    if daily is not None:
        rates, first, last = daily
        lines.append(
            say(
                lang,
                "report.by_day",
                # A day with nothing due keeps its place, so that one mark is one day.
                spark=spark(rates, low=0.0, gap="·"),
                start=voice.short_date(first),
                end=voice.short_date(last),
            )
        )
    return lines


def report_text(
    now: Summary, before: Summary | None, kind: str, voice: Voice, markdown: bool
) -> str:
    """The report as plain text or, with `markdown`, as Markdown (user text escaped)."""
    lang = voice.lang

    def text(value: str) -> str:
        return value.translate(MARKDOWN_SPECIAL) if markdown else value

    def section(key: str) -> list[str]:
        return ["", f"## {say(lang, key)}" if markdown else say(lang, key)]

    bullet = "- " if markdown else "  "
    none = [bullet + say(lang, "report.none")]
    heading = _heading(now, kind, voice)
    lines = [f"# {heading}" if markdown else heading, ""]
    lines += _overall_lines(now, before, voice)
    for title, shares in _share_rows(now, lang):
        lines += ["", f"## {title}" if markdown else title]
        rows = [
            [text(a), str(v.done), str(v.total), _percent(v.rate, lang, v.total)] for a, v in shares
        ]
        lines += _table_text(rows, ["", "✔", "Σ", "%"] if markdown else [""] * 4, markdown)
    if now.cadence:
        lines += section("report.cadence")
        lines += [
            bullet
            + say(
                lang,
                "report.cadence_line",
                network=text(network_label(c.network)),
                met=c.days_met,
                days=c.days,
                done=c.done,
                required=c.required,
            )
            for c in now.cadence
        ]
    if now.kpis or kind == "month":
        lines += section("report.kpis")
        rows = [
            [text(f"{main} {aside}".strip()) for main, aside in row]
            for row in _kpi_cells(now, voice)
        ]
        header = [say(lang, f"report.col.{k}") for k in KPI_COLUMNS]
        lines += (
            _table_text(rows, header, markdown) if rows else [bullet + say(lang, "report.no_kpi")]
        )
    lines += section("report.missed")
    grouped = _grouped(now.missed, voice)
    wide = max((len(count) for count, _, _ in grouped), default=0)
    lines += [
        f"{bullet}{count.rjust(wide)}  {when}  {text(title)}" for count, when, title in grouped
    ] or none
    for key, tasks in (("report.skipped", now.skipped), ("report.overdue", now.overdue)):
        lines += section(key)
        lines += [
            f"{bullet}{when}  {text(title)}" + (f" ({text(reason)})" if reason else "")
            for when, title, reason in _listed(tasks, voice)
        ] or none
    return "\n".join(lines) + "\n"


def report_rich(now: Summary, before: Summary | None, kind: str, voice: Voice) -> Any:
    """The report for a terminal: tables with bars, the days and the KPIs' trends as
    sparklines, as one renderable."""
    # Rich, tens of ms: only a terminal's views load it (this module is loaded by every command).
    from rich import box
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    lang = voice.lang

    def table(title: str, columns: list[str], justify: str) -> Any:
        found = Table(
            title=Text(title, style="bold"),
            title_justify="left",
            box=box.SIMPLE_HEAD,
            show_edge=False,
            pad_edge=False,
            show_header=any(columns),
        )
        for name, side in zip(columns, justify, strict=True):
            found.add_column(
                Text(name), justify="right" if side == "r" else "left", no_wrap=side != "l"
            )
        return found

    def meter(rate: float, style: str = "green") -> Any:
        filled = bar(rate).rstrip()
        return Text.assemble((filled, style), ("·" * (BAR_WIDTH - len(filled)), "bright_black"))

    def nothing(title: str, key: str) -> list[Any]:
        return [Text(""), Text(title, style="bold"), Text("  " + say(lang, key), style="italic")]

    first, *others = _overall_lines(now, before, voice)
    parts: list[Any] = [Text(_heading(now, kind, voice), style="bold"), Text("")]
    parts.append(Text.assemble(meter(now.overall.rate), "  ", first))
    parts += [Text(line) for line in others]
    for title, shares in _share_rows(now, lang):
        found = table(title, ["", "✔", "Σ", "%", ""], "lrrrn")
        for label, share in shares:
            found.add_row(
                Text(label),
                Text(str(share.done)),
                Text(str(share.total)),
                Text(_percent(share.rate, lang, share.total)),
                meter(share.rate),
            )
        parts += [Text(""), found]
    if now.cadence:
        columns = [say(lang, f"report.col.{k}") for k in ("network", "days_met", "posts")]
        found = table(say(lang, "report.cadence"), [*columns, ""], "lrrn")
        for c in now.cadence:
            kept = c.done >= c.required
            found.add_row(
                Text(network_label(c.network)),
                Text(f"{c.days_met} / {c.days}"),
                Text(f"{c.done} / {c.required}"),
                meter(c.done / c.required if c.required else 1.0, "green" if kept else "yellow"),
            )
        parts += [Text(""), found]
    if now.kpis:
        header = [say(lang, f"report.col.{k}") for k in KPI_COLUMNS]
        found = table(say(lang, "report.kpis"), header, "nlrrrrrn")
        for row in _kpi_cells(now, voice):
            *cells, (trend, _) = row
            found.add_row(
                *(
                    Text(main) + (Text("\n" + aside, style="dim") if aside else Text(""))
                    for main, aside in cells
                ),
                Text(trend, style="cyan"),
            )
        parts += [Text(""), found]
    elif kind == "month":
        parts += nothing(say(lang, "report.kpis"), "report.no_kpi")
    grouped = _grouped(now.missed, voice)
    if grouped:
        found = table(say(lang, "report.missed"), ["", "", ""], "rnl")
        for count, when, title in grouped:
            found.add_row(Text(count), Text(when), Text(title))
        parts += [Text(""), found]
    else:
        parts += nothing(say(lang, "report.missed"), "report.none")
    for key, tasks in (("report.skipped", now.skipped), ("report.overdue", now.overdue)):
        rows = _listed(tasks, voice)
        if not rows:
            parts += nothing(say(lang, key), "report.none")
            continue
        found = table(say(lang, key), ["", "", ""], "nll")
        for when, title, reason in rows:
            found.add_row(Text(when), Text(title), Text(reason, style="italic"))
        parts += [Text(""), found]
    return Group(*parts)


def print_report_rich(
    now: Summary,
    before: Summary | None,
    kind: str,
    voice: Voice,
    force: bool = False,
    no_color: bool = False,
) -> None:
    console(force, no_color).print(report_rich(now, before, kind, voice))
