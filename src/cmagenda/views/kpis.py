"""KPI view: readings added, listed, removed (JSON, plain)."""

from __future__ import annotations

from cmagenda.domain.kpis import metric_label
from cmagenda.domain.text import clean, network_label
from cmagenda.i18n.messages import say
from cmagenda.views.common import JSON_VERSION, _table_text, dumps

TYPE_CHECKING = False
if TYPE_CHECKING:
    from cmagenda.domain.readings import Reading
    from cmagenda.i18n.messages import Voice
    from cmagenda.usecases.kpis import Recorded


def _metric(key: str, lang: str) -> str:

    return clean(metric_label(key, lang))


# The unit a known metric's label names in brackets, written after its value on a line instead:
# "taux d'engagement = 3,8 %" rather than "taux d'engagement (%) = 3,8".
UNITS = {"engagement_rate": "%", "response_time": "min"}


def _with_unit(metric: str, value: str, lang: str) -> str:
    unit = UNITS.get(metric)
    if unit is None:
        return value
    if unit == "%" and lang == "en":
        return f"{value}%"
    return f"{value}\u00a0{unit}"


def _metric_on_line(key: str, lang: str) -> str:
    label = _metric(key, lang)
    unit = UNITS.get(key)
    return label.removesuffix(f" ({unit})") if unit else label


def kpi_said(recorded: Recorded, voice: Voice) -> str:
    reading = recorded.reading
    change = ""
    if recorded.replaced is not None:
        shown = _with_unit(reading.metric, voice.number(recorded.replaced.value), voice.lang)
        change = say(voice.lang, "kpi.replaced", value=shown)
    elif recorded.before is not None:
        difference = reading.value - recorded.before.value
        change = say(
            voice.lang,
            "kpi.since",
            change=_with_unit(reading.metric, voice.number(difference, signed=True), voice.lang),
            date=voice.short_date(recorded.before.date),
        )
    return kpi_line("kpi.added", reading, voice, change=change)


def kpi_line(key: str, reading: Reading, voice: Voice, **params: str) -> str:
    return (
        say(
            voice.lang,
            key,
            network=network_label(reading.network),
            metric=_metric_on_line(reading.metric, voice.lang),
            value=_with_unit(reading.metric, voice.number(reading.value), voice.lang),
            date=voice.short_date(reading.date),
            **params,
        )
        + "\n"
    )


def kpis_json(readings: list[Reading], suggested: dict[str, list[str]], lang: str) -> str:

    return dumps(
        {
            "version": JSON_VERSION,
            "readings": [r.dump() | {"label": metric_label(r.metric, lang)} for r in readings],
            "suggested": {
                network: [{"metric": m, "label": metric_label(m, lang)} for m in metrics]
                for network, metrics in sorted(suggested.items())
            },
        }
    )


def kpis_plain(readings: list[Reading], suggested: dict[str, list[str]], voice: Voice) -> str:
    lang = voice.lang
    lines = []
    if readings:
        header = [say(lang, f"report.col.{k}") for k in ("network", "metric", "date", "value")]
        rows = [
            [
                network_label(r.network),
                _metric(r.metric, lang),
                voice.short_date(r.date),
                voice.number(r.value),
            ]
            for r in readings
        ]
        lines += [line.removeprefix("  ") for line in _table_text(rows, header, False)]
    else:
        network = next(iter(sorted(suggested)), "facebook")
        first = _metric(suggested.get(network, ["followers"])[0], lang)
        lines += [say(lang, "kpi.none", network=network, metric=first), ""]
        if suggested:
            lines.append(say(lang, "kpi.suggested"))
        colon = "\u00a0:" if lang == "fr" else ":"
        for name, metrics in sorted(suggested.items()):
            names = ", ".join(_metric(m, lang) for m in metrics)
            lines.append(f"  {network_label(name)}{colon} {names}")
    return "\n".join(lines) + "\n"
