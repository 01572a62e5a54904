"""A report of a period with nothing due yet sets no rate against the previous one."""

from __future__ import annotations

from .conftest import Run


def test_a_month_not_begun_has_nothing_to_set_against_the_last(run: Run) -> None:
    assert run("init", "--start", "2026-12-01", "--timezone", "Europe/Paris", "--lang", "fr",
               "--locale", "fr_FR").code == 0  # fmt: skip
    now = "2026-12-30T17:20:00+01:00"
    january = run("--now", now, "report", "--month", "--on", "2027-01-05").out.splitlines()
    assert january[2] == "Fait\u00a0: 0 sur 0 (—) — rien de dû dans la période"
    english = run("--now", now, "--lang", "en", "report", "--month", "--on", "2027-01-05").out
    assert english.splitlines()[2] == "Done: 0 of 0 (—) — nothing due in the period"
    december = run("--now", now, "report", "--month").out.splitlines()
    assert december[2] == "Fait\u00a0: 0 sur 281 (0\u00a0%) — pas de période précédente"
