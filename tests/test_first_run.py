"""First contact: what the first run assumed is said once, and `init` may follow it."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmagenda.cli import app
from tests.conftest import Run

NOW = "2026-11-23T08:30:00-05:00"


@pytest.fixture(autouse=True)
def zone(monkeypatch: pytest.MonkeyPatch) -> None:
    # The machine's /etc/localtime must not decide what the test sees.
    monkeypatch.setattr(app, "_system_zone", lambda: "America/Toronto")


def test_the_first_run_says_what_it_assumed_once_in_the_users_language(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    first = run("--now", NOW, "today")
    assert first.code == 0
    assert first.err == (
        "cmagenda: premier lancement\u00a0: profil créé avec des valeurs supposées (fuseau "
        "America/Toronto, langue fr, début le 2026-11-23, réseaux facebook, instagram, "
        "linkedin). Pour les changer\u00a0:\n"
        "  cmagenda init --timezone America/Toronto --lang fr --start 2026-11-23 "
        "--networks facebook,instagram,linkedin\n"
    )
    again = run("--now", NOW, "today")
    assert again.code == 0 and again.err == ""


def test_a_json_first_run_keeps_its_streams_clean(run: Run) -> None:
    result = run("--now", NOW, "week", "--json")
    assert result.code == 0 and result.err == ""
    assert result.json()["start"] == "2026-11-23"


def test_init_follows_a_profile_written_by_itself(run: Run, home: Path) -> None:
    assert run("--now", NOW, "today").code == 0
    config = home / "config.toml"
    assert config.read_text("utf-8").startswith("# cmagenda wrote this file by itself")
    changed = run("--now", NOW, "init", "--timezone", "Europe/Paris", "--lang", "fr")
    assert changed.code == 0, changed.err
    assert changed.out == f"Profil écrit dans {config}\n"
    text = config.read_text("utf-8")
    assert text.startswith('[profile]\nstart = 2026-11-23\ntimezone = "Europe/Paris"\n')
    # Now the user's choice: replacing it takes --force again.
    refused = run("--now", NOW, "init", "--timezone", "America/Toronto")
    assert refused.code == 2
    assert refused.err == (
        f"cmagenda: erreur: {config} existe déjà ; ajoutez --force pour le remplacer\n"
    )
    # Future days follow the new profile: today is planned in French, in Paris.
    day = run("--now", NOW, "today", "--json").json()
    assert day["date"] == "2026-11-23"


def test_an_edited_first_profile_needs_force(run: Run, home: Path) -> None:
    assert run("--now", NOW, "today").code == 0
    config = home / "config.toml"
    config.write_text(config.read_text("utf-8").replace('"en"', '"fr"'), encoding="utf-8")
    edited = config.read_bytes()
    refused = run("--now", NOW, "init", "--timezone", "Europe/Paris")
    assert (refused.code, refused.out) == (2, "")
    assert refused.err == (
        f"cmagenda: erreur: {config} existe déjà\u00a0; ajoutez --force pour le remplacer\n"
    )
    assert config.read_bytes() == edited


def test_cmagenda_alone_shows_the_day(run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    from cmagenda.cli import fast as cli_fast

    assert run("--now", NOW, "init", "--lang", "fr", "--start", "2026-11-23").code == 0
    today = run("--now", NOW, "today")
    assert cli_fast.main(["--now", NOW]) == 0
    assert capsys.readouterr().out == today.out
    assert cli_fast.with_default_command(["--lang", "en"]) == ["--lang", "en", "today"]
    assert cli_fast.with_default_command(["--help"]) == ["--help"]
    assert cli_fast.with_default_command(["--now"]) == ["--now"]  # the CLI says what is missing
