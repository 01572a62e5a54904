"""A task is moved to today or later: a day already past would make it late (or missed) at once,
so it is refused, in the user's language, with the way to record work already done."""

from __future__ import annotations

from cmagenda.cli import fast as cli_fast

from .conftest import Run

NOW = "2026-12-02T09:00:00+01:00"


def test_a_move_into_the_past_is_refused_and_says_how_to_record_done_work(run: Run) -> None:
    assert run("init", "--start", "2026-11-30", "--timezone", "Europe/Paris", "--lang", "fr",
               "--locale", "fr_FR").code == 0  # fmt: skip
    shown = run("--now", NOW, "today", "--json").json()["tasks"][3]
    task = shown["id"]
    assert cli_fast.serve(["--now", NOW, "move", task[:5], "--to", "lundi dernier"]) is None
    said = run("--now", NOW, "move", task[:5], "--to", "lundi dernier")
    assert (said.code, said.out) == (2, "")
    assert said.err == (
        "cmagenda: erreur: le lundi 30 novembre 2026 est passé\u00a0: une tâche se déplace à"
        f" aujourd'hui ou plus tard (faite entre-temps\u00a0? cmagenda done {task[:5]})\n"
    )
    said = run("--now", NOW, "--lang", "en", "move", task, "--to", "yesterday")
    assert said.err == (
        "cmagenda: error: Tuesday, December 1, 2026 is past: a task moves to today or later"
        f" (done meanwhile? cmagenda done {task})\n"
    )
    assert run("--now", NOW, "today", "--json").json()["tasks"][3]["id"] == task
    # Today is not past.
    said = run("--now", NOW, "move", task, "--to", "aujourd'hui")
    assert said.out == f"Déplacée au mercredi 2 décembre 2026\u00a0: {shown['title']}\n"
