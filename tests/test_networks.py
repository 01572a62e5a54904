"""Networks as people name them (any case, short names, X for Twitter), the networks added to
the bundled checklist, and holiday regions typed without their country."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cmagenda.domain.networks import key_of, resolve
from cmagenda.domain.recurrence import expand
from cmagenda.domain.schema import Profile
from cmagenda.domain.workdays import check_region, region_meant
from cmagenda.i18n.messages import say
from cmagenda.storage.paths import bundled_checklist
from cmagenda.storage.templates import load_checklist

from .conftest import NOW, Run

CHECKLIST = load_checklist([bundled_checklist()])
KNOWN = list(CHECKLIST.networks)

FORMS = [
    ("Instagram", "instagram"), ("INSTAGRAM", "instagram"), ("ig", "instagram"),
    ("IG", "instagram"), ("x", "twitter"), ("X", "twitter"), ("twitter", "twitter"),
    ("Twitter", "twitter"), ("X (Twitter)", "twitter"), ("fb", "facebook"),
    ("Facebook", "facebook"), ("li", "linkedin"), ("LinkedIn", "linkedin"),
    ("yt", "youtube"), ("YouTube", "youtube"), ("TikTok", "tiktok"), ("Threads", "threads"),
    ("Bluesky", "bluesky"), ("gbp", "google_business"), ("google", "google_business"),
    ("GBP", "google_business"), ("Google Business Profile", "google_business"),
    (" google_business ", "google_business"),
]  # fmt: skip


@pytest.mark.parametrize(("typed", "key"), FORMS)
def test_every_form_of_a_name_resolves_to_its_key(typed: str, key: str) -> None:
    assert resolve(typed, KNOWN) == key
    assert key_of(typed) == key


@pytest.mark.parametrize("typed", ["instagramm", "", "  ", "mastodon", "xx"])
def test_a_name_no_network_answers_to_resolves_to_nothing(typed: str) -> None:
    assert resolve(typed, KNOWN) is None


def test_a_network_of_the_users_own_checklist_keeps_its_name() -> None:
    assert resolve("myblog", ["facebook", "MyBlog"], {"MyBlog": "My blog"}) == "MyBlog"
    assert resolve("My Blog", ["MyBlog"], {"MyBlog": "My blog"}) == "MyBlog"
    assert key_of("MyBlog") == "MyBlog"


def _config(home: Path) -> str:
    return (home / "config.toml").read_text("utf-8")


def test_init_networks_takes_any_case_and_short_names(run: Run, home: Path) -> None:
    result = run("init", "--start", "2026-11-16", "--timezone", "America/Toronto",
                 "--networks", "Instagram,x,YT,gbp,TikTok,Threads,Bluesky,ig")  # fmt: skip
    assert result.code == 0, result.err
    assert 'networks = [\n    "instagram",\n    "twitter",\n    "youtube",\n' in _config(home)
    assert '    "tiktok",\n    "threads",\n    "bluesky",\n]\n' in _config(home)


def test_an_unknown_network_says_which_one_was_meant(profile: Run) -> None:
    known = (
        "bluesky, facebook, google_business, instagram, linkedin, pinterest, snapchat, "
        "threads, tiktok, twitter, youtube"
    )
    result = profile("--now", NOW, "add", "Reel", "--network", "Instagramm")
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        "cmagenda: error: unknown network 'Instagramm' (did you mean 'instagram'?). "
        f"Known networks: {known}\n"
    )
    french = profile("--lang", "fr", "kpi", "add", "Mastodon", "followers", "12")
    assert french.err == (
        f"cmagenda: {say('fr', 'error')}: réseau inconnu «\u00a0Mastodon\u00a0». "
        f"Réseaux connus\u00a0: {known}\n"
    )


@pytest.mark.parametrize("typed", ["IG", "Instagram", "ig"])
def test_add_and_post_add_take_the_network_as_typed(profile: Run, typed: str) -> None:
    assert profile("--now", NOW, "add", "Reel", "--network", typed).code == 0
    body = profile("--now", NOW, "today", "--json").json()
    added = next(t for t in body["tasks"] if t["template"] is None)
    assert added["network"] == "instagram"
    posted = profile("--now", NOW, "post", "add", "--network", typed, "Book of the week")
    assert posted.code == 0, posted.err
    assert posted.out.endswith(" on Instagram, 11:30 slot\n")
    assert profile("--now", NOW, "post", "list", "--json").json()["posts"][0]["network"] == (
        "instagram"
    )


def test_kpi_commands_take_x_for_twitter(run: Run) -> None:
    assert run("init", "--start", "2026-11-16", "--timezone", "America/Toronto", "--lang", "en",
               "--networks", "x,fb").code == 0  # fmt: skip
    added = run("--now", NOW, "kpi", "add", "X", "followers", "1200")
    assert added.out == "Noted: X (Twitter), followers = 1,200 on Mon, Nov 23\n"
    assert run("--now", NOW, "kpi", "add", "FB", "reach", "300").code == 0
    listed = run("kpi", "list", "--network", "x", "--json").json()["readings"]
    assert [(r["network"], r["metric"], r["value"]) for r in listed] == [
        ("twitter", "followers", 1200)
    ]
    assert run("kpi", "list", "--network", "Twitter").out == (
        "Network      Metric     Date         Value\nX (Twitter)  followers  Mon, Nov 23  1,200\n"
    )
    removed = run("--now", NOW, "kpi", "rm", "x", "followers")
    assert removed.out == "Removed: X (Twitter), followers = 1,200 on Mon, Nov 23\n"


def test_config_networks_and_posting_tables_take_any_case(run: Run, home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(
        "[profile]\nstart = 2026-11-16\ntimezone = \"America/Toronto\"\nlanguage = \"en\"\n"
        "networks = [\"Instagram\", \"X\", \"Google Business Profile\"]\n"
        "[profile.posting.IG]\nposts_min = 2\nposts_max = 2\ntimes = [\"09:00\", \"19:00\"]\n"
        "[profile.posting.gbp]\ndays = [\"MO\"]\n",
        encoding="utf-8",
    )  # fmt: skip
    body = run("--now", NOW, "today", "--json")
    assert body.code == 0, body.err
    slots = [(t["network"], t["time"]) for t in body.json()["tasks"] if t["template"] == "post"]
    assert sorted(slots) == [
        ("google_business", "10:00"), ("instagram", "09:00"), ("instagram", "17:15"),
        ("twitter", "09:00"), ("twitter", "10:30"), ("twitter", "12:00"),
        ("twitter", "14:30"), ("twitter", "17:00"), ("twitter", "19:00"),
    ]  # fmt: skip


def test_two_posting_tables_for_one_network_are_refused(run: Run, home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(
        "[profile]\nstart = 2026-11-16\ntimezone = \"America/Toronto\"\nlanguage = \"en\"\n"
        "[profile.posting.IG]\nposts_min = 2\n[profile.posting.instagram]\nposts_min = 1\n",
        encoding="utf-8",
    )  # fmt: skip
    result = run("--now", NOW, "today")
    assert result.code != 0
    assert result.err.startswith("cmagenda: error: invalid config (")
    assert "profile.posting" in result.err


def test_a_checklist_duty_names_its_network_as_people_do(profile: Run, home: Path) -> None:
    (home / "checklists.toml").write_text(
        '[duties.reel]\ntitle.en = "Film a reel"\nphase = "weekly"\nvolet = "content"\n'
        'minutes = 45\nrrule = "FREQ=DAILY"\ncarry = false\nnetwork = "Instagram"\n',
        encoding="utf-8",
    )
    assert profile("templates", "check").code == 0
    body = profile("--now", NOW, "today", "--json").json()
    assert [t["network"] for t in body["tasks"] if t["template"] == "reel"] == ["instagram"]


def _posts(networks: list[str], day: dt.date) -> list[tuple[str | None, str | None, bool]]:
    profile = Profile(start=dt.date(2026, 11, 2), timezone="America/Toronto", networks=networks)
    return [
        (o.network, o.time, o.optional)
        for o in expand(CHECKLIST, profile, day, day)
        if o.template.id == "post"
    ]


NEW = ["tiktok", "youtube", "threads", "bluesky", "google_business"]


def test_the_new_networks_are_planned_with_their_slots() -> None:
    week = {d: _posts(NEW, dt.date(2026, 11, 23) + dt.timedelta(days=d)) for d in range(7)}
    daily = [
        ("threads", "09:00", False), ("threads", "16:00", True),
        ("bluesky", "09:30", False), ("bluesky", "16:30", True),
    ]  # fmt: skip
    assert week[0] == [("tiktok", "17:15", False), *daily]  # Monday
    assert week[1] == [*daily, ("google_business", "10:00", False)]
    assert week[2] == [("tiktok", "17:15", False), *daily]
    assert week[3] == [("youtube", "17:00", False), *daily]  # Thursday
    assert week[4] == [("tiktok", "17:15", False), *daily]
    # Without days of their own, networks post on the working days.
    assert week[5] == week[6] == []


def test_the_new_networks_show_with_their_labels_in_both_languages(run: Run) -> None:
    assert run("init", "--start", "2026-11-16", "--timezone", "America/Toronto", "--lang", "fr",
               "--networks", "gbp,yt").code == 0  # fmt: skip
    week = run("--now", NOW, "week").out
    # French punctuation comes from the catalogue: only the words are checked here.
    assert "Publication 1 sur Google Business Profile (objectif" in week
    assert "(contenu, Google Business Profile, 15 min)" in week
    assert "Publication 1 sur YouTube (objectif" in week
    english = run("--lang", "en", "--now", "2026-11-24T08:30:00-05:00", "today").out
    assert (
        "Post 1 on Google Business Profile (target: 1 a day)  (content, Google Business Profile, "
        "15 min)" in english
    )
    assert run("--lang", "en", "--now", NOW, "kpi", "add", "yt", "subscribers", "40").out == (
        "Noted: YouTube, subscribers = 40 on Mon, Nov 23\n"
    )
    assert run("kpi", "rm", "youtube", "subscribers", "--on", "2026-11-23").code == 0
    assert "YouTube\u00a0: abonnés à la chaîne, vues, commentaires\n" in (
        run("kpi", "list").out.replace(" :", "\u00a0:")
    )
    suggested = json.loads(run("kpi", "list", "--json").out)["suggested"]
    assert {n: [m["metric"] for m in found] for n, found in suggested.items()} == {
        "google_business": ["views", "calls", "direction_requests", "website_clicks", "reviews"],
        "youtube": ["subscribers", "views", "comments"],
    }


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("QC", "CA-QC"), ("qc", "CA-QC"), ("ON", "CA-ON"), ("BC", "CA-BC"), ("ca-qc", "CA-QC"),
     ("fr", "FR"), ("57", "FR-57"), ("NY", "US-NY"), ("CA-QC", None), ("FR", None),
     ("CA-XX", None), ("FR-QC", None)],
)  # fmt: skip
def test_a_region_typed_without_its_country_is_suggested(typed: str, meant: str | None) -> None:
    assert region_meant(typed) == meant


def test_holidays_qc_suggests_ca_qc_everywhere(run: Run, home: Path) -> None:
    assert check_region("QC") == "unknown holiday region 'QC' (did you mean 'CA-QC'?)"
    result = run("init", "--start", "2026-11-16", "--timezone", "America/Toronto",
                 "--holidays", "QC")  # fmt: skip
    assert (result.code, result.err) == (
        2,
        "cmagenda: error: setting refused\n"
        "  holidays: unknown holiday region 'QC' (did you mean 'CA-QC'?)\n",
    )
    home.mkdir(parents=True, exist_ok=True)
    config = home / "config.toml"
    config.write_text(
        '[profile]\nstart = 2026-11-16\ntimezone = "America/Toronto"\nlanguage = "fr"\n'
        'holidays = "on"\n',
        encoding="utf-8",
    )
    french = run("--now", NOW, "today")
    assert (french.code, french.err) == (
        3,
        f"cmagenda: {say('fr', 'error')}: {say('fr', 'config.invalid', path=config)}\n"
        "  profile.holidays\u00a0: région de jours fériés inconnue «\u00a0on\u00a0»"
        f"{say('fr', 'did_you_mean', word='CA-ON')}\n",
    )
    english = run("--lang", "en", "--now", NOW, "today")
    assert english.err == (
        f"cmagenda: error: invalid config ({config}):\n"
        "  profile.holidays: unknown holiday region 'on' (did you mean 'CA-ON'?)\n"
    )


def test_a_misspelt_network_in_config_says_which_one_was_meant(run: Run, home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    config = home / "config.toml"
    config.write_text(
        '[profile]\nstart = 2026-11-16\ntimezone = "America/Toronto"\nlanguage = "en"\n'
        'networks = ["Facebok"]\n',
        encoding="utf-8",
    )
    result = run("--now", NOW, "today")
    assert (result.code, result.err) == (
        3,
        f"cmagenda: error: invalid config ({config}):\n"
        "  profile.networks: unknown network 'Facebok' (did you mean 'facebook'?). Known "
        "networks: bluesky, facebook, google_business, instagram, linkedin, pinterest, "
        "snapchat, threads, tiktok, twitter, youtube\n",
    )
