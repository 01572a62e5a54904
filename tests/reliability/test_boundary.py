"""The one error boundary: user mistakes are usage or config errors in the user's language, never
internal errors; a broken config.toml does not block the commands that repair or report it; a
closed pipe ends quietly; what the user typed is neutralised in every output; posts on a network
removed from the profile stay visible, flagged, and are warned about."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cmagenda.cli import fast as cli_fast
from cmagenda.cli import main, streams
from cmagenda.domain import text as domain_text
from cmagenda.usecases import days
from tests.conftest import NOW, Run

NB = "\u00a0"  # French puts a non-breaking space before ':' and inside « »


def write_config(home: Path, text: str) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(text, encoding="utf-8")


GOOD = '[profile]\nstart = 2026-11-16\ntimezone = "America/Toronto"\nnetworks = ["facebook"]\n'


# -- dates outside the supported years -------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "value"),
    [
        (("--now", "0001-01-01T00:00:00+00:00", "today"), "0001-01-01T00:00:00+00:00"),
        (("--now", "9999-12-31T23:00:00+00:00", "week"), "9999-12-31T23:00:00+00:00"),
        (("today", "--on", "9999-12-31"), "9999-12-31"),
        (("week", "--on", "0001-01-01"), "0001-01-01"),
        (("export", "--from", "0001-01-01"), "0001-01-01"),
        (("init", "--start", "9999-12-31"), "9999-12-31"),
        (("report", "--month", "--on", "1899-12-31"), "1899-12-31"),
        (("post", "add", "hi", "--network", "facebook", "--on", "3000-01-01"), "3000-01-01"),
    ],
)
def test_a_date_outside_the_supported_years_is_a_usage_error(
    run: Run, args: tuple[str, ...], value: str
) -> None:
    result = run(*args)
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        f"cmagenda: error: date outside the supported dates: {value} (years 1900 to 2999)\n"
    )


def test_the_date_range_error_in_french(run: Run) -> None:
    result = run("--lang", "fr", "today", "--on", "9999-12-31")
    assert result.code == 2
    assert result.err == (
        f"cmagenda: erreur: date hors des dates prises en charge{NB}: 9999-12-31 "
        "(années 1900 à 2999)\n"
    )


def test_the_edges_of_the_supported_years_work(profile: Run) -> None:
    assert profile("--now", NOW, "week", "--on", "2999-12-31", "--plain").code == 0
    assert profile("--now", NOW, "today", "--on", "1900-01-01", "--plain").code == 0


# -- config.toml: per-line errors in the user's language ------------------------------------------


def test_posts_min_above_posts_max_is_a_config_error(run: Run, home: Path) -> None:
    write_config(home, GOOD + "[profile.posting.facebook]\nposts_min = 5\nposts_max = 2\n")
    path = home / "config.toml"
    en = run("--now", NOW, "today")
    assert (en.code, en.out) == (3, "")
    assert en.err == (
        f"cmagenda: error: invalid config ({path}):\n"
        "  profile.posting.facebook: posts_max is smaller than posts_min\n"
    )
    fr = run("--lang", "fr", "--now", NOW, "today")
    assert fr.code == 3
    assert fr.err == (
        f"cmagenda: erreur: configuration invalide ({path}) :\n"
        f"  profile.posting.facebook{NB}: posts_max est plus petit que posts_min\n"
    )


def test_bad_types_are_said_line_by_line_without_pydantic_words(
    run: Run, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_config(
        home,
        '[profile]\nstart = "hier"\ntimezone = "UTC"\nweek_start = "tuesday"\n'
        'network = ["facebook"]\nwork_days = []\n'
        '[profile.posting.facebook]\nposts_min = -1\nposts_max = "x"\n',
    )
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    result = run("--now", NOW, "today")
    assert result.code == 3
    assert result.err.splitlines()[1:] == [
        f"  profile.start{NB}: il faut une date AAAA-MM-JJ",
        f"  profile.week_start{NB}: «{NB}tuesday{NB}» n'est pas permis (au choix{NB}: monday, "
        "sunday)",
        f"  profile.posting.facebook.posts_min{NB}: au moins 0",
        f"  profile.posting.facebook.posts_max{NB}: il faut un nombre entier",
        f"  profile.work_days{NB}: trop court (au moins 1)",
        f"  profile.network{NB}: clé inconnue (vouliez-vous dire « networks » ?)",
    ]


def test_a_start_outside_the_supported_years_and_a_toml_slip(run: Run, home: Path) -> None:
    write_config(home, '[profile]\nstart = 0001-01-01\ntimezone = "UTC"\n')
    result = run("--now", NOW, "today")
    assert (result.code, result.err.splitlines()[1:]) == (
        3,
        ["  profile.start: 0001-01-01 is outside the supported dates (1900 to 2999)"],
    )
    write_config(home, "[profile]\nstart = = 1\n")
    result = run("--lang", "fr", "--now", NOW, "today")
    assert (result.code, result.err.splitlines()[1:]) == (
        3,
        ["  ce n'est pas du TOML valide (ligne 2, colonne 9)"],
    )


# -- a broken config.toml blocks only what needs it ----------------------------------------------


def test_a_misspelt_zone_blocks_views_but_not_doctor_init_paths_or_help(
    run: Run, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_config(home, GOOD.replace("America/Toronto", "America/Toronot"))
    path = home / "config.toml"
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    lines = (
        f"cmagenda: erreur: configuration invalide ({path}) :\n"
        f"  profile.timezone{NB}: fuseau horaire inconnu «{NB}America/Toronot{NB}» "
        "(vouliez-vous dire « America/Toronto » ?)\n"
    )
    today = run("--now", NOW, "today")
    assert (today.code, today.out, today.err) == (3, "", lines)
    # --lang wins over the environment for the same error.
    english = run("--lang", "en", "--now", NOW, "today")
    assert english.err.startswith(f"cmagenda: error: invalid config ({path}):\n")

    doctor = run("--now", NOW, "doctor")
    assert (doctor.code, doctor.out, doctor.err) == (
        3,
        "0 fichier vérifié : tout est lisible.\n",
        lines,
    )
    assert run("paths").code == 0
    assert run("--version").out == "cmagenda 0.1.0\n"
    assert run("--help").out.startswith("Utilisation\u00a0: cmagenda")

    again = run("--now", NOW, "init", "--timezone", "Europe/Paris")
    assert (again.code, again.err) == (
        2,
        f"cmagenda: erreur: {path} existe déjà ; ajoutez --force pour le remplacer\n",
    )
    fixed = run("--now", NOW, "init", "--force", "--timezone", "Europe/Paris", "--lang", "fr")
    assert (fixed.code, fixed.out, fixed.err) == (0, f"Profil écrit dans {path}\n", "")
    assert run("--now", NOW, "today", "--plain").code == 0


def test_a_home_path_beyond_path_max_is_not_an_internal_error(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    long_home = tmp_path / ("a" * 5000)
    monkeypatch.setenv("CMAGENDA_HOME", str(long_home))
    result = run("--now", NOW, "today")
    assert result.code == 3
    assert result.err == (
        f"cmagenda: error: config unreadable: {long_home}/config.toml (File name too long)\n"
    )
    doctor = run("--now", NOW, "doctor")
    assert (doctor.code, doctor.err.startswith("cmagenda: error: cannot read or write ")) == (
        6,
        True,
    )


def test_a_refusal_of_the_system_is_an_io_error_not_an_internal_one(
    profile: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object) -> None:
        raise OSError(errno.ENAMETOOLONG, "File name too long", "/x/y")

    monkeypatch.setattr(days, "today", refuse)
    result = profile("--lang", "fr", "--now", NOW, "today", "--on", "2026-11-24")
    assert (result.code, result.err) == (
        6,
        f"cmagenda: erreur: le système a refusé{NB}: /x/y: File name too long\n",
    )


def test_a_misspelt_zone_given_to_init_is_said_in_the_users_language(run: Run) -> None:
    result = run("--lang", "fr", "init", "--timezone", "Europe/Pariss")
    assert (result.code, result.err) == (
        2,
        "cmagenda: erreur: fuseau horaire inconnu « Europe/Pariss »\n"
        f"  fuseau horaire inconnu «{NB}Europe/Pariss{NB}» "
        "(vouliez-vous dire « Europe/Paris » ?)\n",
    )


# -- the command line itself --------------------------------------------------------------------


def test_an_unknown_global_option_exits_2(run: Run) -> None:
    result = run("--bogus")
    assert (result.code, result.out) == (2, "")
    assert result.err == "cmagenda: error: no such option: --bogus\n  see 'cmagenda --help'\n"
    group = run("--lang", "fr", "post", "--bogus")
    assert (group.code, group.err) == (
        2,
        "cmagenda: erreur: option inconnue : --bogus\n  voir « cmagenda post --help »\n",
    )


@pytest.mark.parametrize("path", [("today",), ("post", "add"), ()])
def test_dash_h_is_help(run: Run, path: tuple[str, ...]) -> None:
    short = run(*path, "-h")
    assert (short.code, short.err) == (0, "")
    assert short.out == run(*path, "--help").out


# -- a closed pipe --------------------------------------------------------------------------------


class ClosedPipe(io.TextIOBase):
    """stdout once the reader (`head -1`) has gone."""

    encoding = "utf-8"

    def write(self, text: str) -> int:
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    def isatty(self) -> bool:
        return False


def test_a_closed_pipe_ends_quietly_on_both_paths(
    profile: Run, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert profile("--now", NOW, "week").code == 0  # writes the window: the fast path serves
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert cli_fast.main(["--now", NOW, "week"]) == streams.EXIT_PIPE == 141
    assert main.main(["--now", NOW, "templates", "list"]) == 141
    assert main.main(["--help"]) == 141
    assert capsys.readouterr().err == ""


def test_a_closed_pipe_in_a_real_process(home: Path) -> None:
    read, write = os.pipe()
    os.close(read)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "cmagenda", "paths"],
            stdout=write,
            stderr=subprocess.PIPE,
            env={**os.environ, "CMAGENDA_HOME": str(home)},
            timeout=60,
        )
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (141, b"")


# -- what the user typed, neutralised in every output ---------------------------------------------

HOSTILE = "ev\u202eil\u200b \x1b[31mtxt\x9b\u2066x\ufeff\u061c\u200d"


def test_clean_drops_controls_bidi_and_zero_width() -> None:
    assert domain_text.clean(HOSTILE) == "evil [31mtxtx"
    assert domain_text.clean("a\tb\nc", lines=True) == "a b\nc"
    assert domain_text.clean("a\nb") == "ab"


def test_error_messages_never_echo_raw_escapes(profile: Run) -> None:
    kpi = profile("--now", NOW, "kpi", "rm", "face\x1b[31mbook", "followers")
    assert (kpi.code, kpi.err) == (
        5,
        "cmagenda: error: no followers value for face[31mbook on Mon, Nov 23\n",
    )
    bad = profile("--now", NOW, "import", "/no/such\x1b[2J\u202e.json")
    option = profile("--now", NOW, "today", "--x\x1b[2J\u200b")
    assert option.err == "cmagenda: error: no such option: --x[2J\n  see 'cmagenda today --help'\n"
    for result in (kpi, bad, option):
        assert not set(result.err) & {"\x1b", "\u202e", "\u200b", "\x9b"}, result.err


def test_views_confirmations_json_and_calendars_are_neutralised(profile: Run) -> None:
    added = profile("--now", NOW, "add", HOSTILE)
    assert added.code == 0
    assert added.out.endswith(": evil [31mtxtx\n")
    plain = profile("--now", NOW, "today", "--plain").out
    assert "evil [31mtxtx" in plain and HOSTILE not in plain
    # JSON keeps the data exact, bidi and zero-width escaped so that it stays inert on a terminal.
    body = profile("--now", NOW, "today", "--json")
    assert "\\u202e" in body.out and "\u202e" not in body.out
    assert HOSTILE in [t["title"] for t in body.json()["tasks"]]
    ics = profile("--now", NOW, "export", "--from", "2026-11-23", "--to", "2026-11-23").out
    assert "SUMMARY:evil [31mtxtx\r\n" in ics
    assert not set(ics) & {"\x1b", "\u202e", "\u200b", "\ufeff"}


# -- posts on a network removed from the profile ------------------------------------------------


@pytest.fixture
def orphaned(profile: Run, home: Path) -> Run:
    """Posts planned on Facebook today and tomorrow, then Facebook left out of the profile."""
    for args in (("--at", "10:00"), ("--on", "2026-11-24")):
        assert profile("--now", NOW, "post", "add", "Hi", "--network", "facebook", *args).code == 0
    config = home / "config.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace('    "facebook",\n', ""), encoding="utf-8")
    return profile


def post_ids(run: Run) -> list[str]:
    listed = run("--now", NOW, "post", "list", "--week", "--json").json()
    return [p["id"][:7] for p in listed["posts"]]


def test_removed_network_posts_are_warned_about_and_stay_visible(orphaned: Run) -> None:
    first, second = post_ids(orphaned)
    warning = (
        "cmagenda: posts are planned on a network removed from the profile; they stay visible "
        "(add the network back or move them):\n"
        f"  {first}  Mon, Nov 23  Facebook\n"
        f"  {second}  Tue, Nov 24  Facebook\n"
    )
    today = orphaned("--now", NOW, "today", "--plain")
    assert (today.code, today.err) == (0, warning)
    assert today.out.endswith(
        "\nPosts on a network removed from the profile\n"
        f"  ! {first}  10:00  [draft] Hi  (Facebook, network removed)\n"
    )
    week = orphaned("--now", NOW, "week", "--plain")
    assert f"  ! {second}  10:00  [draft] Hi  (Facebook, network removed)\n" in week.out
    listed = orphaned("--now", NOW, "post", "list", "--week")
    assert (listed.err, listed.out.count("Facebook")) == (warning, 2)
    body = orphaned("--now", NOW, "today", "--json").json()
    assert [p["id"][:7] for p in body["removed_network_posts"]] == [first]


def test_removed_network_posts_in_french_and_on_the_fast_path(
    orphaned: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    first, _ = post_ids(orphaned)
    full = orphaned("--lang", "fr", "--now", NOW, "today", "--plain")
    assert full.err.startswith(
        "cmagenda: des publications sont prévues sur un réseau retiré du profil ; "
    )
    assert full.out.endswith(
        "\nPublications sur un réseau retiré du profil\n"
        f"  ! {first}     10\u00a0h  [brouillon] Hi  (Facebook, réseau retiré)\n"
    )
    assert cli_fast.main(["--lang", "fr", "--now", NOW, "today", "--plain"]) == 0
    assert capsys.readouterr().out == full.out


def test_init_without_a_network_warns_about_its_posts(profile: Run) -> None:
    assert profile("--now", NOW, "post", "add", "Hi", "--network", "linkedin").code == 0
    (post,) = post_ids(profile)
    result = profile("--now", NOW, "init", "--force", "--networks", "facebook")
    assert result.code == 0
    # At 08:30 Monday's 08:00 LinkedIn slot is past: the post went to Tuesday's.
    assert result.err.endswith(f"\n  {post}  Mon, Nov 23  LinkedIn\n")
