"""Dates, times, moments and numbers as people type and read them, form by form."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cmagenda.domain.dates import Reading, parse_date, read_date
from cmagenda.domain.errors import UsageError
from cmagenda.domain.times import moment_example, parse_moment, parse_time
from cmagenda.i18n.messages import say
from tests.conftest import Run

NBSP = "\u00a0"


# --now without an offset: a wall-clock time in the profile's zone


@pytest.mark.parametrize(
    ("typed", "moment"),
    [
        ("2026-11-30T09:00", dt.datetime(2026, 11, 30, 9, 0)),
        ("2026-11-30 09:00", dt.datetime(2026, 11, 30, 9, 0)),
        ("2026-11-30T09:00:30", dt.datetime(2026, 11, 30, 9, 0, 30)),
        ("2026-11-30", dt.datetime(2026, 11, 30, 9, 0)),
        ("2026-11-30 14h30", dt.datetime(2026, 11, 30, 14, 30)),
        ("2026-11-30 2:30 pm", dt.datetime(2026, 11, 30, 14, 30)),
        ("2026-11-30T09:00-05:00", dt.datetime(2026, 11, 30, 14, 0, tzinfo=dt.UTC)),
        ("2026-11-30T09:00:00+01:00", dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC)),
        ("2026-11-30T09:00Z", dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)),
    ],
)
def test_a_moment_is_read_with_or_without_its_offset(typed: str, moment: dt.datetime) -> None:
    assert parse_moment(typed) == moment


@pytest.mark.parametrize("typed", ["demain", "2026-11-30 quatorze", "2026-13-01T09:00", "9:00", ""])
def test_a_moment_that_is_none_is_refused(typed: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_moment(typed)
    assert caught.value.key == "now.bad"


def test_the_example_offset_is_the_zones() -> None:
    assert moment_example("Europe/Paris") == "2026-11-23T09:00:00+01:00"
    assert moment_example("America/Chicago") == "2026-11-23T09:00:00-06:00"
    assert moment_example("No/Where") == "2026-11-23T09:00:00+00:00"


def test_a_moment_without_offset_is_the_profiles_wall_clock(run: Run) -> None:
    assert (
        run("init", "--lang", "fr", "--timezone", "Europe/Paris", "--start", "2026-11-23").code == 0
    )
    # 00:30 in Paris is still the 29th in UTC: the day shown is Paris's.
    assert run("--now", "2026-11-30T00:30", "today", "--json").json()["date"] == "2026-11-30"
    assert run("--now", "2026-11-30 00:30", "today", "--json").json()["date"] == "2026-11-30"
    assert run("--now", "2026-11-30", "today", "--json").json()["date"] == "2026-11-30"


def test_a_moment_without_offset_in_chicago(run: Run) -> None:
    assert (
        run("init", "--lang", "en", "--timezone", "America/Chicago", "--start", "2026-11-23").code
        == 0
    )
    # 23:30 in Chicago is already 1 December in UTC.
    assert run("--now", "2026-11-30T23:30", "today", "--json").json()["date"] == "2026-11-30"


def test_a_refused_moment_gives_the_profiles_zone_as_example(run: Run) -> None:
    assert (
        run("init", "--lang", "fr", "--timezone", "Europe/Paris", "--start", "2026-11-23").code == 0
    )
    result = run("--now", "demain", "today")
    assert (result.code, result.err) == (
        2,
        f"cmagenda: erreur: instant invalide «{NBSP}demain{NBSP}» (attendu{NBSP}: une date et une "
        "heure dans le fuseau du profil, Europe/Paris, p. ex. 2026-11-23T09:00 ou "
        f"«{NBSP}2026-11-23 09:00{NBSP}», ou avec un décalage, p. ex. 2026-11-23T09:00:00+01:00)\n",
    )


def test_a_refused_moment_in_english_in_chicago(run: Run) -> None:
    assert (
        run("init", "--lang", "en", "--timezone", "America/Chicago", "--start", "2026-11-23").code
        == 0
    )
    result = run("--now", "tomorrow", "today")
    assert (result.code, result.err) == (
        2,
        "cmagenda: error: invalid moment 'tomorrow' (expected a date and time in the profile's "
        "time zone, America/Chicago, e.g. 2026-11-23T09:00 or '2026-11-23 09:00', or with an "
        "offset, e.g. 2026-11-23T09:00:00-06:00)\n",
    )


# A month by its name, with or without a year

TODAY = dt.date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("novembre", "2026-11-01"), ("Novembre 2026", "2026-11-01"), ("December", "2026-12-01"),
        ("Dec 2026", "2026-12-01"), ("december 2026", "2026-12-01"), ("déc.", "2026-12-01"),
        ("janvier", "2027-01-01"), ("mai", "2027-05-01"), ("juin", "2026-06-01"),
        ("septembre 2025", "2025-09-01"), ("le mois de mars", None),
    ],
)  # fmt: skip
def test_a_month_name_is_that_month(typed: str, first: str | None) -> None:
    if first is None:
        with pytest.raises(UsageError):
            read_date(typed, TODAY)
        return
    assert read_date(typed, TODAY) == Reading(dt.date.fromisoformat(first), "month")


def test_the_refusal_lists_month_forms() -> None:
    with pytest.raises(UsageError) as caught:
        read_date("la Saint-Glinglin", TODAY)
    err = caught.value
    assert say("fr", err.key, **err.params) == (
        f"date incomprise «{NBSP}la Saint-Glinglin{NBSP}». Exemples acceptés{NBSP}: 2026-11-23, "
        "aujourd'hui, demain, après-demain, hier, lundi, lundi prochain, 9 décembre, dans 3 jours, "
        "+3j, fin du mois, début de la semaine prochaine, mois dernier, novembre, novembre 2026"
    )
    assert say("en", err.key, **err.params) == (
        "date not understood: 'la Saint-Glinglin'. Accepted, for example: 2026-11-23, today, "
        "tomorrow, yesterday, monday, next monday, December 9, in 3 days, +3d, end of month, "
        "start of next week, last month, November, November 2026"
    )


def test_report_on_a_month_name_reports_that_month(run: Run) -> None:
    # A profile, not the machine's zone.
    assert (
        run("init", "--lang", "fr", "--timezone", "America/Toronto", "--start", "2026-11-23").code
        == 0
    )
    now = "2026-12-11T09:00:00-05:00"
    for typed in ("novembre", "novembre 2026", "Nov 2026"):
        body = run("--now", now, "report", "--month", "--on", typed, "--json").json()
        assert (body["kind"], body["start"], body["end"]) == ("month", "2026-11-01", "2026-11-30")
    # Without --week, a month's name asks for the month.
    body = run("--now", now, "report", "--on", "December", "--json").json()
    assert (body["kind"], body["start"], body["end"]) == ("month", "2026-12-01", "2026-12-31")
    body = run("--now", now, "report", "--week", "--on", "December", "--json").json()
    assert (body["kind"], body["start"]) == ("week", "2026-11-30")


def test_a_month_name_as_a_day_is_its_first(run: Run) -> None:
    # A profile, not the machine's zone.
    assert (
        run("init", "--lang", "fr", "--timezone", "America/Toronto", "--start", "2026-11-23").code
        == 0
    )
    now = "2026-11-25T09:00:00-05:00"
    assert run("--now", now, "today", "--on", "décembre", "--json").json()["date"] == "2026-12-01"


# A day and month without a year: the nearest such date


@pytest.mark.parametrize(
    ("typed", "today", "expected"),
    [
        ("Dec 7", "2026-12-11", "2026-12-07"),
        ("7 décembre", "2026-12-11", "2026-12-07"),
        ("5 janvier", "2026-12-11", "2027-01-05"),
        ("23 novembre", "2026-11-25", "2026-11-23"),
        ("25 novembre", "2026-11-25", "2026-11-25"),
        ("3 juin", "2026-12-11", "2027-06-03"),
        ("23/11", "2026-11-25", "2026-11-23"),
        ("Wednesday, December 9", "2026-12-16", "2026-12-09"),
        ("mercredi 9 décembre", "2026-12-16", "2026-12-09"),
        # Six months each way: the weekday chooses the year.
        ("Wednesday, June 16", "2026-12-16", "2027-06-16"),
        ("Tuesday, June 16", "2026-12-16", "2026-06-16"),
        ("mer. 9/12", "2026-12-16", "2026-12-09"),
        ("29 février", "2026-11-25", "2028-02-29"),
    ],
)
def test_a_date_without_a_year_is_the_nearest(typed: str, today: str, expected: str) -> None:
    day = dt.date.fromisoformat(today)
    assert parse_date(typed, day, locale="fr_FR") == dt.date.fromisoformat(expected)


def test_a_weekday_of_another_year_is_refused_with_that_year() -> None:
    with pytest.raises(UsageError) as caught:
        parse_date("jeudi 9 décembre", dt.date(2026, 12, 16))
    err = caught.value
    assert say("fr", err.key, **err.params) == (
        f"«{NBSP}jeudi 9 décembre{NBSP}»{NBSP}: le 9 décembre 2026 est un mercredi{NBSP}; le "
        f"9 décembre est un jeudi en 2027{NBSP}: précisez l’année"
    )
    assert parse_date("jeudi 9 décembre 2027", dt.date(2026, 12, 16)) == dt.date(2027, 12, 9)


def test_a_weekday_no_near_year_matches_asks_for_the_year() -> None:
    with pytest.raises(UsageError) as caught:
        parse_date("Sunday, December 9", dt.date(2026, 12, 16))
    err = caught.value
    assert say("en", err.key, **err.params) == (
        "'Sunday, December 9': December 9, 2026 is a Wednesday, and December 9 is no Sunday "
        "from 2025 to 2027: add the year"
    )
    assert say("fr", err.key, **err.params) == (
        f"«{NBSP}Sunday, December 9{NBSP}»{NBSP}: le 9 décembre 2026 est un mercredi, et le "
        f"9 décembre n’est pas un dimanche de 2025 à 2027{NBSP}: précisez l’année"
    )


# Times as French and English write them


@pytest.mark.parametrize(
    ("typed", "time"),
    [
        ("14 heures", "14:00"), ("14 heures 30", "14:30"), ("1 heure", "01:00"), ("14 h", "14:00"),
        ("14h", "14:00"), ("14 h 30", "14:30"), ("14H30", "14:30"), ("14:30", "14:30"),
        ("14:30h", "14:30"), ("14:30 h", "14:30"), ("2 pm", "14:00"), ("2 P.M.", "14:00"),
        ("2:30 p.m.", "14:30"), ("12 a.m.", "00:00"), ("9 hrs", "09:00"),
    ],
)  # fmt: skip
def test_a_time_as_people_write_it(typed: str, time: str) -> None:
    assert parse_time(typed) == time


@pytest.mark.parametrize("typed", ["14", "25 heures", "14 heures 75", "14:3", "13 pm", "h30"])
def test_a_time_that_is_none_is_refused(typed: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_time(typed)
    err = caught.value
    assert say("fr", err.key, **err.params) == (
        f"heure incomprise «{NBSP}{typed}{NBSP}». Exemples acceptés{NBSP}: 14:30, 14h, 14 h 30, "
        "14 heures, midi, 2pm"
    )


def test_add_at_14_heures(run: Run) -> None:
    now = "2026-11-23T08:30:00-05:00"
    assert run("--now", now, "add", "Appeler Léa", "--at", "14 heures").code == 0
    tasks = run("--now", now, "today", "--json").json()["tasks"]
    assert [t["time"] for t in tasks if t["title"] == "Appeler Léa"] == ["14:00"]


# Dates inside messages: as the views write them, never ISO


def test_an_overlapping_absence_is_named_with_french_dates(run: Run) -> None:
    assert (
        run("init", "--lang", "fr", "--timezone", "Europe/Paris", "--start", "2026-11-23").code == 0
    )
    now = "2026-11-25T09:00"
    assert run("--now", now, "off", "2026-12-24", "2026-12-31").code == 0
    refused = run("--now", now, "off", "2026-12-30", "2027-01-02")
    assert (refused.code, refused.err) == (
        2,
        f"cmagenda: erreur: refusé{NBSP}: ces dates chevauchent l'absence n°{NBSP}1 (du jeu. 24 "
        f"déc. au jeu. 31 déc.){NBSP}; retirez-la d'abord (cmagenda off rm 1) puis notez la "
        "nouvelle période entière\n",
    )


def test_an_ambiguous_id_lists_its_tasks_with_the_views_dates(run: Run) -> None:
    assert (
        run("init", "--lang", "fr", "--timezone", "Europe/Paris", "--start", "2026-11-23").code == 0
    )
    now = "2026-11-25T09:00"
    tasks = run("--now", now, "week", "--json").json()["days"]
    ids = [t["id"] for d in tasks for t in d["tasks"]]
    shared = next(i[0] for i in ids if sum(j[0] == i[0] for j in ids) > 1)
    result = run("--now", now, "done", shared)
    assert result.code == 5
    listed = result.err.splitlines()[1:]
    assert listed and all(" 2026-" not in line for line in listed)
    assert any(" lun. 23 nov. " in line or " mer. 25 nov. " in line for line in listed)


# Numbers as each language writes them


def test_characters_left_are_grouped_per_locale() -> None:
    from cmagenda.i18n.messages import Voice
    from cmagenda.views.desk import chars_left

    assert chars_left(63142, Voice("fr", "fr_FR")) == "reste 63\u202f142 caractères"
    assert chars_left(63142, Voice("fr", "fr_CA")) == f"reste 63{NBSP}142 caractères"
    assert chars_left(63142, Voice("en", "en_US")) == "63,142 characters left"
    assert chars_left(-1, Voice("en", "en_US")) == "1 character too many"
    assert chars_left(None, Voice("en", "en_US")) == ""


def test_a_rate_is_written_with_its_percent_sign(run: Run) -> None:
    assert (
        run("init", "--lang", "fr", "--timezone", "Europe/Paris", "--start", "2026-11-23").code == 0
    )
    now = "2026-11-25T09:00"
    said = run("--now", now, "kpi", "add", "instagram", "engagement_rate", "3,8").out
    assert said == f"Noté{NBSP}: Instagram, taux d'engagement = 3,8{NBSP}% le mer. 25 nov.\n"
    said = run("--now", now, "kpi", "add", "instagram", "engagement_rate", "4,2").out
    assert said == (
        f"Noté{NBSP}: Instagram, taux d'engagement = 4,2{NBSP}% le mer. 25 nov. "
        f"(remplace 3,8{NBSP}%)\n"
    )
    said = run("--lang", "en", "--now", now, "kpi", "add", "instagram", "engagement_rate", "5")
    assert said.out == "Noted: Instagram, engagement rate = 5% on Wed, Nov 25 (replaces 4.2%)\n"
    said = run("--now", now, "kpi", "add", "facebook", "followers", "12345").out
    assert said == f"Noté{NBSP}: Facebook, abonnés = 12\u202f345 le mer. 25 nov.\n"


def test_the_days_hours_are_written_one_way_in_english(run: Run) -> None:
    assert (
        run("init", "--lang", "en", "--timezone", "America/Chicago", "--start", "2026-11-23").code
        == 0
    )
    head = run("--now", "2026-11-30T09:00", "today", "--plain").out.splitlines()[0]
    assert "h00" not in head
    assert head == (
        "Monday, November 30, 2026 — 0/21 done · 16h15 left · 16h15 planned of 7h, 11h15 of it"
        " overdue ⚠ more than the working day"
    )


def test_the_grids_first_of_the_month_is_1er() -> None:
    from cmagenda.i18n.messages import Voice
    from cmagenda.views.weekview import column_label

    assert column_label(dt.date(2026, 12, 1), Voice("fr", "fr_FR")) == "mar. 1er"
    assert column_label(dt.date(2026, 12, 2), Voice("fr", "fr_CA")) == "mer. 2"
    assert column_label(dt.date(2026, 12, 1), Voice("en", "en_US")) == "Tue 1"


# The views' options before the command as after it


def test_view_options_are_taken_before_the_command(run: Run) -> None:
    assert (
        run("init", "--lang", "en", "--timezone", "America/Chicago", "--start", "2026-11-23").code
        == 0
    )
    now = "2026-11-30T09:00"
    after = run("--now", now, "week", "--no-color").out
    assert run("--no-color", "--now", now, "week").out == after
    assert run("--now", now, "--plain", "week").out == run("--now", now, "week", "--plain").out
    assert run("--json", "--now", now).json()["date"] == "2026-11-30"
    assert run("--color", "never", "--now", now, "today").code == 0
    refused = run("--plain", "--now", now, "paths")
    assert (refused.code, refused.err) == (
        2,
        "cmagenda: error: no such option: --plain\n  see 'cmagenda paths --help'\n",
    )


# A network the profile lacks: how to add it


def test_a_network_the_profile_lacks_says_the_line_that_adds_it(run: Run, home: Path) -> None:
    assert (
        run("init", "--lang", "fr", "--timezone", "Europe/Paris", "--start", "2026-11-23").code == 0
    )
    refused = run("--now", "2026-11-25T09:00", "post", "add", "--network", "tiktok", "Salut")
    config = home / "config.toml"
    assert (refused.code, refused.err) == (
        2,
        f"cmagenda: erreur: le réseau «{NBSP}tiktok{NBSP}» n'est pas dans le profil{NBSP}; pour "
        f"l'ajouter, écrivez dans {config}, sous [profile]{NBSP}: "
        'networks = ["facebook", "instagram", "linkedin", "tiktok"]\n',
    )


# English spelling per locale


@pytest.mark.parametrize(
    ("locale", "word"),
    [("en_US", "organization"), ("en_CA", "organization"), ("en_GB", "organisation")],
)
def test_english_titles_spell_as_the_locale_does(
    run: Run, home: Path, locale: str, word: str
) -> None:
    assert (
        run("init", "--lang", "en", "--timezone", "Europe/London", "--start", "2026-11-16").code
        == 0
    )
    config = home / "config.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("[profile]\n", f'[profile]\nlocale = "{locale}"\n'), "utf-8")
    days = run("--now", "2026-11-23T09:00", "week", "--json").json()["days"]
    titles = {t["title"] for d in days for t in d["tasks"] if "products" in t["title"]}
    assert titles == {
        f"Learn more about the {word}'s products, services and policies (and their limits)"
    }


# Holidays: a country code that is also a subdivision of the profile's country


def test_a_holiday_code_that_is_also_a_state_says_which_was_taken(run: Run, home: Path) -> None:
    result = run("init", "--lang", "en", "--timezone", "America/Chicago", "--locale", "en_US",
                 "--holidays", "IL")  # fmt: skip
    assert (result.code, result.err) == (
        0,
        'cmagenda: holidays = "IL" is taken as the country IL; for the subdivision of US, write '
        'holidays = "US-IL" in config.toml (or init --holidays US-IL)\n',
    )
    assert 'locale = "en_US"' in (home / "config.toml").read_text(encoding="utf-8")
    assert run("doctor").err == result.err
    fixed = run("init", "--force", "--holidays", "US-IL")
    assert (fixed.code, fixed.err) == (0, "")
    assert run("doctor").err == ""


def test_a_holiday_code_of_a_french_profile(run: Run) -> None:
    result = run("init", "--lang", "fr", "--timezone", "Europe/Paris", "--locale", "fr_FR",
                 "--holidays", "BL")  # fmt: skip
    assert result.err == (
        f"cmagenda: holidays = «{NBSP}BL{NBSP}» est pris pour le pays BL{NBSP}; pour la "
        f"subdivision de FR, écrivez holidays = «{NBSP}FR-BL{NBSP}» dans config.toml (ou init "
        "--holidays FR-BL)\n"
    )
    assert run("init", "--force", "--holidays", "FR").err == ""


def test_init_refuses_an_unknown_locale(run: Run) -> None:
    refused = run("init", "--locale", "xx_YY")
    assert (refused.code, refused.err) == (
        2,
        "cmagenda: error: setting refused\n"
        "  locale: locale must be one of fr_CA, fr_FR, fr_BE, fr_CH, en_CA, en_US, en_GB\n",
    )


def test_the_zone_example_follows_the_locale() -> None:
    assert say("fr_FR", "help.timezone") == "Fuseau horaire IANA, par ex. Europe/Paris."
    assert say("fr_CA", "help.timezone") == "Fuseau horaire IANA, par ex. America/Toronto."
    assert say("en_US", "help.timezone") == "IANA time zone, e.g. America/Chicago."
