"""The bundled checklist covers every duty of the seed articles, at their cadence."""

from __future__ import annotations

import datetime as dt

import pytest

from cmagenda.domain.model import Phase, Volet
from cmagenda.domain.recurrence import dates, expand
from cmagenda.domain.schema import Profile
from cmagenda.storage.paths import bundled_checklist
from cmagenda.storage.templates import load_checklist

CHECKLIST = load_checklist([bundled_checklist()])
T = CHECKLIST.templates

# Seed duty -> (template id, phase, volet).
SEED_DUTIES = {
    # Weeks after arrival.
    "meet colleagues, understand needs": ("arrival-meet-colleagues", "arrival", "team"),
    "official sources": ("arrival-official-sources", "arrival", "learning"),
    "target audience": ("arrival-target-audience", "arrival", "analysis"),
    "audit platforms, recommend": ("arrival-platform-audit", "arrival", "analysis"),
    "first dashboard (baseline)": ("arrival-baseline-dashboard", "arrival", "analysis"),
    "hashtag lists": ("arrival-hashtags", "arrival", "content"),
    "define objectives": ("arrival-objectives", "arrival", "analysis"),
    "pick the networks": ("arrival-choose-networks", "arrival", "analysis"),
    # First months.
    "monitoring plan and environment": ("months-monitoring-plan", "first_months", "monitoring"),
    "competitor benchmark": ("months-competitor-benchmark", "first_months", "monitoring"),
    "graphic charter": ("months-graphic-charter", "first_months", "content"),
    "editorial line": ("months-editorial-line", "first_months", "content"),
    "editorial calendar": ("months-editorial-calendar", "first_months", "content"),
    "netiquette": ("months-netiquette", "first_months", "interaction"),
    "influencer list": ("months-influencers", "first_months", "monitoring"),
    # Several times a day.
    "publish per network": ("post", "daily", "content"),
    "reply to messages and comments": ("replies", "daily", "interaction"),
    "replies outside office days": ("replies-weekend", "daily", "interaction"),
    # Every day.
    "ambassadors": ("ambassadors", "daily", "interaction"),
    "join conversations": ("join-conversations", "daily", "interaction"),
    "invite engaged people": ("invite-engaged", "daily", "interaction"),
    "brand monitoring and mentions": ("brand-monitoring", "daily", "monitoring"),
    "competitor watch": ("competitor-watch", "daily", "monitoring"),
    "ad campaigns": ("ads", "daily", "analysis"),
    "create engaging content": ("create-content", "daily", "content"),
    "curation": ("curation", "daily", "content"),
    "fill the editorial calendar": ("calendar-upkeep", "daily", "content"),
    "industry news and training": ("industry-learning", "daily", "learning"),
    "products and services": ("know-products", "daily", "learning"),
    # Every week.
    "team meeting": ("team-meeting", "weekly", "team"),
    "influencer contact": ("influencer-contact", "weekly", "interaction"),
    "blog article": ("blog-post", "weekly", "content"),
    "colleagues as ambassadors": ("colleagues-ambassadors", "weekly", "team"),
    "weekly report": ("weekly-report", "weekly", "analysis"),
    # Every month.
    "statistics and dashboards": ("monthly-dashboard", "monthly", "analysis"),
    "strategy audit, objectives, indicators": ("strategy-review", "monthly", "analysis"),
    "return on investment": ("roi", "monthly", "analysis"),
    "about sections": ("about-sections", "monthly", "content"),
    "events with peers": ("peer-event", "monthly", "learning"),
    "disconnect": ("disconnect", "monthly", "learning"),
    # Occasionally.
    "other departments": ("other-departments", "occasional", "team"),
    "header images": ("header-images", "occasional", "content"),
    "take part in / run an event": ("host-event", "occasional", "interaction"),
    "contest and its rules": ("contest", "occasional", "content"),
    "review graphic charter": ("review-charter", "occasional", "content"),
    "review editorial line": ("review-editorial-line", "occasional", "content"),
    "networks still fit the audience": ("review-networks", "occasional", "analysis"),
}


@pytest.mark.parametrize("duty", sorted(SEED_DUTIES))
def test_every_seed_duty_is_in_the_checklist(duty: str) -> None:
    tid, phase, volet = SEED_DUTIES[duty]
    template = T[tid]
    assert (template.phase, template.volet) == (phase, volet)
    assert template.title.fr and template.title.en
    assert template.enabled


def test_no_duty_outside_the_seed_map() -> None:
    assert set(T) == {tid for tid, _, _ in SEED_DUTIES.values()}


def test_posting_cadence_is_the_seed_s() -> None:
    cadence = {n: (net.posts_min, net.posts_max) for n, net in CHECKLIST.networks.items()}
    assert cadence == {
        "facebook": (1, 2),
        "twitter": (3, 6),
        "instagram": (1, 3),
        "pinterest": (1, 3),
        "linkedin": (1, 1),
        "snapchat": (6, 6),
        # No seed gives these: modest defaults (see data/checklists.toml).
        "tiktok": (1, 1),
        "youtube": (1, 1),
        "threads": (1, 2),
        "bluesky": (1, 2),
        "google_business": (1, 1),
    }
    assert all(len(net.times) >= net.posts_max for net in CHECKLIST.networks.values())


def test_carry_forward_versus_lapse() -> None:
    carried = {tid for tid, t in T.items() if t.carry}
    assert {"weekly-report", "monthly-dashboard", "arrival-baseline-dashboard"} <= carried
    assert not T["replies"].carry and not T["post"].carry
    assert all(T[tid].carry for tid in T if T[tid].phase in (Phase.ARRIVAL, Phase.FIRST_MONTHS))


def test_occasional_duties_have_a_cadence_and_a_window() -> None:
    for template in T.values():
        if template.phase is Phase.OCCASIONAL:
            assert template.rrule and template.window_days >= 14, template.id


def test_cadences_on_real_dates() -> None:
    start = dt.date(2026, 11, 2)
    nov, dec_end = dt.date(2026, 11, 1), dt.date(2026, 12, 31)
    assert dates(T["weekly-report"], start, nov, dt.date(2026, 11, 30)) == [
        dt.date(2026, 11, 6), dt.date(2026, 11, 13), dt.date(2026, 11, 20), dt.date(2026, 11, 27)
    ]  # fmt: skip
    # The last working day of the month.
    assert dates(T["monthly-dashboard"], start, nov, dec_end) == [
        dt.date(2026, 11, 30), dt.date(2026, 12, 31)
    ]  # fmt: skip
    assert dates(T["strategy-review"], start, nov, dec_end) == [
        dt.date(2026, 11, 3), dt.date(2026, 12, 1)
    ]  # fmt: skip
    # One-off onboarding duties are placed relative to the start date.
    assert dates(T["arrival-baseline-dashboard"], start, nov, dec_end) == [dt.date(2026, 11, 11)]
    assert dates(T["months-influencers"], start, nov, dt.date(2027, 1, 31)) == [dt.date(2027, 1, 7)]


def test_a_monday_of_a_facebook_instagram_linkedin_user() -> None:
    # Settled in since September: the whole daily routine has begun (see the ramp-up).
    profile = Profile(start=dt.date(2026, 9, 7), timezone="America/Toronto", language="fr")
    monday = dt.date(2026, 11, 23)
    got = sorted(
        (o.template.id, o.time or "", o.network or "", o.optional)
        for o in expand(CHECKLIST, profile, monday, monday)
    )
    daily = [
        "ads", "ambassadors", "brand-monitoring", "calendar-upkeep", "competitor-watch",
        "create-content", "curation", "industry-learning", "invite-engaged",
        "join-conversations", "know-products",
    ]  # fmt: skip
    expected = sorted(
        [(d, "", "", False) for d in daily]
        + [("post", "10:00", "facebook", False), ("post", "15:00", "facebook", True)]
        + [("post", "11:30", "instagram", False), ("post", "18:00", "instagram", True)]
        + [("post", "20:00", "instagram", True), ("post", "09:00", "linkedin", False)]
        + [("team-meeting", "10:00", "", False)]
        + [("replies", t, "", False) for t in ("09:00", "11:00", "14:00", "16:30")]
    )
    assert got == expected


def test_posting_follows_the_active_networks_only() -> None:
    profile = Profile(
        start=dt.date(2026, 11, 2), timezone="Europe/Paris", networks=["twitter", "snapchat"]
    )
    day = dt.date(2026, 11, 24)
    posts = [o for o in expand(CHECKLIST, profile, day, day) if o.template.id == "post"]
    assert [(o.network, o.time, o.optional) for o in posts] == [
        ("twitter", "09:00", False), ("twitter", "10:30", False), ("twitter", "12:00", False),
        ("twitter", "14:30", True), ("twitter", "17:00", True), ("twitter", "19:00", True),
        ("snapchat", "09:00", False), ("snapchat", "10:00", False), ("snapchat", "12:00", False),
        ("snapchat", "14:00", False), ("snapchat", "17:00", False), ("snapchat", "17:15", False),
    ]  # fmt: skip


def test_schema_names_match_the_model_constants() -> None:
    from typing import get_args

    from cmagenda.domain.schema import PhaseName, VoletName

    assert get_args(PhaseName) == Phase.ALL
    assert get_args(VoletName) == Volet.ALL
