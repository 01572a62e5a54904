"""The KPI log: values typed the user's way, metric names in either language, one value per day,
the file kept like the rest of the store, and bad input refused with the reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cmagenda.errors import UsageError
from cmagenda.kpis import metric_key, parse_value

from .conftest import Run

NOW = "2026-11-21T10:00:00-05:00"


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("1200", "fr", 1200),
        ("1 200", "fr", 1200),
        ("1\u202f200", "fr", 1200),
        ("4,5", "fr", 4.5),
        ("4,5 %", "fr", 4.5),
        ("4.5", "fr", 4.5),
        ("1,234", "fr", 1.234),
        ("1,234.5", "fr", 1234.5),
        ("1,234", "en", 1234),
        ("1,234,567", "en", 1234567),
        ("4.5%", "en", 4.5),
        ("-12", "en", -12),
        ("0.25", "en", 0.25),
    ],
)
def test_values_are_read_the_users_way(text: str, lang: str, value: float) -> None:
    found = parse_value(text, lang)
    assert (found, type(found)) == (value, type(value))


@pytest.mark.parametrize("text", ["", "abc", "4,5", "1.2.3", "12k", "nan", "inf", "1e400", "--1"])
def test_values_that_are_not_numbers_are_refused(text: str) -> None:
    with pytest.raises(UsageError):
        parse_value(text, "en")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("followers", "followers"),
        ("Abonnés", "followers"),
        ("abonnes", "followers"),
        ("taux d'engagement (%)", "engagement_rate"),
        ("Taux d’engagement", "engagement_rate"),
        ("Engagement rate", "engagement_rate"),
        ("portée", "reach"),
        ("Nouveaux membres du groupe", "nouveaux_membres_du_groupe"),
    ],
)
def test_metric_names_in_either_language_name_one_series(text: str, key: str) -> None:
    assert metric_key(text) == key


def test_add_list_replace_and_remove(profile: Run, home: Path) -> None:
    def kpi(*args: str) -> str:
        result = profile("--now", NOW, "kpi", *args)
        assert result.code == 0, result.err
        return result.out

    assert kpi("add", "facebook", "followers", "1,200", "--on", "2026-10-01") == (
        "Noted: Facebook, followers = 1,200 on Thu, Oct 1\n"
    )
    assert kpi("add", "facebook", "Followers", "1,275") == (
        "Noted: Facebook, followers = 1,275 on Sat, Nov 21 (+75 since Thu, Oct 1)\n"
    )
    assert kpi("add", "facebook", "followers", "1,280") == (
        "Noted: Facebook, followers = 1,280 on Sat, Nov 21 (replaces 1,275)\n"
    )
    assert kpi("add", "instagram", "engagement rate", "4.5%", "--on", "yesterday") == (
        "Noted: Instagram, engagement rate (%) = 4.5 on Fri, Nov 20\n"
    )
    assert kpi("list") == (
        "Network    Metric               Date         Value\n"
        "Facebook   followers            Thu, Oct 1   1,200\n"
        "Facebook   followers            Sat, Nov 21  1,280\n"
        "Instagram  engagement rate (%)  Fri, Nov 20    4.5\n"
    )
    assert json.loads((home / "data" / "kpi.json").read_text(encoding="utf-8")) == {
        "schema_version": 1,
        "readings": [
            {"network": "facebook", "metric": "followers", "date": "2026-10-01", "value": 1200},
            {
                "network": "instagram",
                "metric": "engagement_rate",
                "date": "2026-11-20",
                "value": 4.5,
            },
            {"network": "facebook", "metric": "followers", "date": "2026-11-21", "value": 1280},
        ],
    }
    body = profile("kpi", "list", "--network", "instagram", "--json").json()
    assert body["readings"] == [
        {
            "network": "instagram",
            "metric": "engagement_rate",
            "date": "2026-11-20",
            "value": 4.5,
            "label": "engagement rate (%)",
        }
    ]
    assert body["suggested"]["linkedin"] == [
        {"metric": "followers", "label": "followers"},
        {"metric": "impressions", "label": "impressions"},
        {"metric": "engagement_rate", "label": "engagement rate (%)"},
        {"metric": "clicks", "label": "clicks"},
    ]
    assert kpi("rm", "facebook", "followers", "--on", "2026-10-01") == (
        "Removed: Facebook, followers = 1,200 on Thu, Oct 1\n"
    )
    assert profile("--now", NOW, "-q", "kpi", "add", "facebook", "reach", "90").out == ""
    assert profile("doctor").out == "1 files checked: all readable.\n"


def test_an_empty_log_suggests_metrics_per_network(run: Run) -> None:
    assert run("init", "--lang", "fr", "--networks", "facebook,linkedin").code == 0
    assert run("kpi", "list").out == (
        "Aucun indicateur noté. Par exemple : cmagenda kpi add facebook abonnés 1200\n"
        "\n"
        "Indicateurs suggérés :\n"
        "  Facebook : abonnés, portée, taux d'engagement (%), messages répondus, "
        "délai de réponse (min)\n"
        "  LinkedIn : abonnés, impressions, taux d'engagement (%), clics\n"
    )


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ("add", "facebook", "abonnés", "beaucoup"),
            2,
            "cmagenda: erreur: valeur invalide « beaucoup » : un nombre est attendu "
            "(1200, 1 200, 4,5 ou 4,5 %)\n",
        ),
        (
            ("add", "tiktok", "abonnés", "12"),
            2,
            "cmagenda: erreur: réseau inconnu « tiktok » (connus : facebook, instagram, "
            "linkedin, pinterest, snapchat, twitter)\n",
        ),
        (
            ("add", "facebook", "%%", "12"),
            2,
            "cmagenda: erreur: nom d'indicateur invalide « %% » (des lettres, 40 caractères "
            "au plus)\n",
        ),
        (
            ("rm", "facebook", "abonnés", "--on", "2026-01-05"),
            5,
            "cmagenda: erreur: aucune valeur de abonnés pour facebook le 2026-01-05\n",
        ),
    ],
)
def test_bad_input_is_refused_with_the_reason(
    profile: Run, home: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    result = profile("--lang", "fr", "kpi", *args)
    assert (result.code, result.out, result.err) == (code, "", message)
    assert not (home / "data" / "kpi.json").exists()


def test_a_log_from_a_newer_version_is_refused_and_kept(profile: Run, home: Path) -> None:
    path = home / "data" / "kpi.json"
    newer = '{"schema_version": 9, "readings": [], "targets": {}}'
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(newer, encoding="utf-8")
    result = profile("kpi", "add", "facebook", "followers", "10")
    assert result.code == 4
    assert result.err == (
        f"cmagenda: error: the store {path} was written by a newer cmagenda (schema 9, "
        "known: 1). It was left untouched: upgrade cmagenda.\n"
    )
    assert path.read_text(encoding="utf-8") == newer
    assert profile("kpi", "list").code == 4
    doctor = profile("doctor")
    assert doctor.code == 4 and "kpi.json" in doctor.out
