"""The KPI log: values typed the user's way, metric names in either language, one value per day,
the file kept like the rest of the store, and bad input refused with the reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cmagenda.domain.errors import UsageError
from cmagenda.domain.kpis import metric_key, parse_value

from .conftest import Run

NOW = "2026-11-21T10:00:00-05:00"


@pytest.mark.parametrize(
    ("text", "lang", "metric", "value"),
    [
        ("1200", "fr", "followers", 1200),
        ("1 200", "fr", "followers", 1200),
        ("1\u00a0200", "fr", "followers", 1200),
        ("1\u202f200", "fr", "followers", 1200),
        ("4,5", "fr", "engagement_rate", 4.5),
        ("4,5 %", "fr", "engagement_rate", 4.5),
        ("4,5\u00a0%", "fr", "engagement_rate", 4.5),
        ("4.5", "fr", "engagement_rate", 4.5),
        ("1 234,5", "fr", "response_time", 1234.5),
        ("1,234.5", "fr", "response_time", 1234.5),
        ("1.234,5", "en", "response_time", 1234.5),
        ("0,500", "en", "engagement_rate", 0.5),
        ("12,50", "en", "engagement_rate", 12.5),
        ("1,234,567", "en", "followers", 1234567),
        ("1.234.567", "fr", "followers", 1234567),
        ("4.5%", "en", "engagement_rate", 4.5),
        ("0.25", "en", "engagement_rate", 0.25),
        ("-12", "en", "net_growth", -12),
        ("12.0", "en", "followers", 12),
        # A count: 1.2 followers is no count, so only 1200 is meant, in either language.
        ("1,200", "fr", "followers", 1200),
        ("1,200", "en", "followers", 1200),
        ("1.200", "fr", "followers", 1200),
        ("1.200", "en", "shares", 1200),
        ("1,000", "en", "comments", 1000),
    ],
)
def test_values_are_read_the_users_way(text: str, lang: str, metric: str, value: float) -> None:
    found = parse_value(text, lang, metric)
    assert (found, type(found)) == (value, type(value))


@pytest.mark.parametrize(
    "text",
    ["", "abc", "1.2.3", "12k", "nan", "inf", "1e400", "--1", "1_200", "1'200", "12 34",
     "١٢٣", "１２３", "1,2,3", "1 200,000,5", "0,500,000", ",", "5.", "+"],
)  # fmt: skip
def test_values_that_are_not_numbers_are_refused(text: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_value(text, "en")
    assert caught.value.key == "kpi.value_bad"


@pytest.mark.parametrize(
    ("lang", "args", "message"),
    [
        (
            "fr",
            ("engagement", "1,200"),
            "valeur ambiguë « 1,200 »\u00a0: 1200 ou 1,2 selon la convention\u00a0; "
            "tapez 1200 ou 1,2",
        ),
        (
            "en",
            ("engagement", "1.200"),
            "ambiguous value '1.200': 1200 or 1.2 depending on the convention; type 1200 or 1.2",
        ),
        (
            "fr",
            ("abonnés", "--", "-5"),
            "« -5 » n'est pas un nombre d'abonnés\u00a0: un nombre entier, positif ou nul, "
            "est attendu",
        ),
        (
            "en",
            ("followers", "12,5"),
            "'12,5' is not a number of followers: a whole number, 0 or more, is expected",
        ),
        (
            "fr",
            ("engagement", "--", "-3"),
            "« -3 »\u00a0: taux d'engagement (%) ne peut pas être négatif",
        ),
        ("en", ("response_time", "--", "-3"), "'-3': response time (min) cannot be negative"),
        (
            "fr",
            ("abonnés", "١٢٣"),
            "valeur invalide « ١٢٣ » : un nombre est attendu (1200, 1 200, 4,5 ou 4,5 %)",
        ),
        (
            "fr",
            ("abonnés", "1000000000000001"),
            "valeur hors limites « 1000000000000001 »\u00a0: au plus 1000000000000000",
        ),
        (
            "en",
            ("followers", "9" * 400),
            f"value out of bounds {'9' * 40 + '…'!r}: at most 1000000000000000",
        ),
    ],
)
def test_values_that_need_a_guess_are_refused_with_the_readings(
    profile: Run, home: Path, lang: str, args: tuple[str, ...], message: str
) -> None:
    error = "erreur" if lang == "fr" else "error"
    result = profile("--lang", lang, "kpi", "add", "facebook", *args)
    assert (result.code, result.out, result.err) == (2, "", f"cmagenda: {error}: {message}\n")
    assert not (home / "data" / "kpi.json").exists()


def test_a_french_count_copied_from_an_english_dashboard(profile: Run, home: Path) -> None:
    result = profile("--lang", "fr", "--now", NOW, "kpi", "add", "facebook", "abonnés", "1,200")
    assert (result.code, result.out) == (
        0,
        "Noté : Facebook, abonnés = 1\u00a0200 le sam. 21 nov.\n",
    )
    body = json.loads((home / "data" / "kpi.json").read_text(encoding="utf-8"))
    assert body["readings"] == [
        {
            "network": "facebook",
            "metric": "followers",
            "date": "2026-11-21",
            "value": 1200,
            "changed": "2026-11-21T15:00:00+00:00",
        }
    ]


@pytest.mark.parametrize("value", ["1" + "0" * 399, "-1" + "0" * 16, "1e16"])
def test_a_stored_value_out_of_bounds_is_a_store_error_doctor_restores(
    profile: Run, home: Path, value: str
) -> None:
    assert profile("--now", NOW, "kpi", "add", "facebook", "followers", "10").code == 0
    assert profile("--now", NOW, "kpi", "add", "facebook", "followers", "12").code == 0
    path = home / "data" / "kpi.json"
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace('"value": 12', f'"value": {value}'), encoding="utf-8")
    listed = profile("kpi", "list")
    assert listed.code == 4
    assert "value out of bounds (at most 1000000000000000)" in listed.err
    doctor = profile("doctor")
    assert doctor.code == 4
    assert f"{path}: value out of bounds (at most 1000000000000000)" in doctor.out
    assert profile("doctor", "--restore").code == 0
    assert json.loads(path.read_text(encoding="utf-8"))["readings"][0]["value"] == 10


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
        "Noted: Instagram, engagement rate = 4.5% on Fri, Nov 20\n"
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
            {
                "network": "facebook",
                "metric": "followers",
                "date": "2026-10-01",
                "value": 1200,
                "changed": "2026-11-21T15:00:00+00:00",
            },
            {
                "network": "instagram",
                "metric": "engagement_rate",
                "date": "2026-11-20",
                "value": 4.5,
                "changed": "2026-11-21T15:00:00+00:00",
            },
            {
                "network": "facebook",
                "metric": "followers",
                "date": "2026-11-21",
                "value": 1280,
                "changed": "2026-11-21T15:00:00+00:00",
            },
        ],
    }
    body = profile("kpi", "list", "--network", "instagram", "--json").json()
    assert body["readings"] == [
        {
            "network": "instagram",
            "metric": "engagement_rate",
            "date": "2026-11-20",
            "value": 4.5,
            "changed": "2026-11-21T15:00:00+00:00",
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
    assert profile("doctor").out == "2 files checked: all readable.\n"  # kpi.json, undo.json


def test_an_empty_log_suggests_metrics_per_network(run: Run) -> None:
    assert run("init", "--lang", "fr", "--networks", "facebook,linkedin").code == 0
    assert run("kpi", "list").out == (
        "Aucun indicateur noté. Par exemple : cmagenda kpi add facebook abonnés 1200\n"
        "\n"
        "Indicateurs suggérés :\n"
        "  Facebook : abonnés, portée, taux d'engagement (%), messages répondus, "
        "délai de réponse (min)\n"
        "  LinkedIn : abonnés, impressions, taux d'engagement (%), clics\n"
    )


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ("add", "facebook", "abonnés", "beaucoup"),
            2,
            "cmagenda: erreur: valeur invalide « beaucoup » : un nombre est attendu "
            "(1200, 1 200, 4,5 ou 4,5 %)\n",
        ),
        (
            ("add", "mastodon", "abonnés", "12"),
            2,
            "cmagenda: erreur: réseau inconnu «\u00a0mastodon\u00a0». Réseaux connus\u00a0: "
            "bluesky, facebook, google_business, instagram, linkedin, pinterest, snapchat, "
            "threads, tiktok, twitter, youtube\n",
        ),
        (
            ("add", "facebook", "%%", "12"),
            2,
            "cmagenda: erreur: nom d'indicateur invalide « %% » (des lettres, 40 caractères "
            "au plus)\n",
        ),
        (
            ("rm", "facebook", "abonnés", "--on", "2026-01-05"),
            5,
            "cmagenda: erreur: aucune valeur d'abonnés pour facebook le lun. 5 janv.\n",
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
