"""KPI commands: `kpi add|list|rm`."""

from __future__ import annotations

from typing import Annotated

import typer

from cmagenda.cli.app import JsonOption, _complete_networks, _date, _out, _session, _told, app
from cmagenda.domain.kpis import METRICS
from cmagenda.usecases import kpis as usecases_kpis
from cmagenda.views import changes
from cmagenda.views import kpis as views_kpis

kpi_app = typer.Typer(help="help.kpi")


app.add_typer(kpi_app, name="kpi")


def _complete_metrics(incomplete: str) -> list[tuple[str, str]]:

    return [
        (key, f"{titles.fr} / {titles.en}")
        for key, titles in METRICS.items()
        if key.startswith(incomplete)
    ]


KpiNetwork = Annotated[
    str,
    typer.Argument(metavar="NETWORK", help="help.kpi_network", autocompletion=_complete_networks),
]


KpiMetric = Annotated[
    str, typer.Argument(metavar="METRIC", help="help.kpi_metric", autocompletion=_complete_metrics)
]


KpiOn = Annotated[str | None, typer.Option("--on", metavar="DATE", help="help.kpi_on")]


@kpi_app.command("add", help="help.kpi_add")
def kpi_add(
    network: KpiNetwork,
    metric: KpiMetric,
    value: Annotated[str, typer.Argument(metavar="VALUE", help="help.kpi_value")],
    on: KpiOn = None,
    json: JsonOption = False,
) -> None:

    session = _session()
    recorded = usecases_kpis.record(session, network, metric, value, _date(on, session))
    _told(
        json,
        lambda: changes.kpi_added_json(recorded),
        lambda: views_kpis.kpi_said(recorded, session.voice),
    )


@kpi_app.command("list", help="help.kpi_list")
def kpi_list(
    network: Annotated[
        str | None,
        typer.Option(
            "--network",
            metavar="NAME",
            help="help.kpi_filter_network",
            autocompletion=_complete_networks,
        ),
    ] = None,
    metric: Annotated[
        str | None,
        typer.Option(
            "--metric",
            metavar="METRIC",
            help="help.kpi_filter_metric",
            autocompletion=_complete_metrics,
        ),
    ] = None,
    json: JsonOption = False,
) -> None:

    session = _session()
    readings = usecases_kpis.listing(session, network, metric)
    suggested = usecases_kpis.suggestions(session)
    if json:
        _out(views_kpis.kpis_json(readings, suggested, session.lang))
    else:
        _out(views_kpis.kpis_plain(readings, suggested, session.voice))


@kpi_app.command("rm", help="help.kpi_rm")
def kpi_rm(
    network: KpiNetwork, metric: KpiMetric, on: KpiOn = None, json: JsonOption = False
) -> None:

    session = _session()
    reading = usecases_kpis.forget(session, network, metric, _date(on, session))
    _told(
        json,
        lambda: changes.kpi_removed_json(reading),
        lambda: views_kpis.kpi_line("kpi.removed", reading, session.voice),
    )
