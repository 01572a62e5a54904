"""Absences (`off`), and removing a posting slot that holds a post."""

from __future__ import annotations

from .conftest import NOW, Run

NBSP = "\u00a0"


def _slot(profile: Run, network: str, time: str) -> dict[str, object]:
    tasks = profile("--now", NOW, "today", "--json").json()["tasks"]
    return next(t for t in tasks if t["network"] == network and t["time"] == time)


def test_rm_a_slot_holding_a_post_unplans_the_post(profile: Run) -> None:
    post_id = profile("--now", NOW, "post", "add", "--network", "instagram", "Livre").out.split()[1]
    slot = _slot(profile, "instagram", "11:30")
    result = profile("--now", NOW, "--lang", "fr", "rm", str(slot["id"]))
    assert (result.code, result.out) == (
        0,
        f"Retirée (ne sera plus prévue){NBSP}: Publication 1 sur Instagram"
        " (objectif : 1–3 par jour)\n"
        f"Publication {post_id} (Instagram, lundi 23 novembre 2026) remise hors créneau{NBSP}: "
        f"replanifiez-la avec «{NBSP}cmagenda post move {post_id} --to DATE{NBSP}»\n",
    )
    posts = profile("--now", NOW, "post", "list", "--json").json()["posts"]
    assert [(p["id"][:7], p["slot"]) for p in posts] == [(post_id, None)]
    assert profile("--now", NOW, "undo").out == "Undone (rm): 2 tasks put back\n"
    posts = profile("--now", NOW, "post", "list", "--json").json()["posts"]
    assert [(p["id"][:7], p["slot"]) for p in posts] == [(post_id, slot["id"])]
