"""The fast path: byte-identical to the full path, used only when fresh, and light to import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cmagenda.cli import fast as cli_fast
from cmagenda.cli import main
from cmagenda.storage.paths import resolve_paths
from cmagenda.storage.store import Store

from .conftest import Run, lock_held_elsewhere

HEAVY = ["typer", "click", "pydantic", "rich", "dateutil", "tomllib", "platformdirs", "typing",
         "pathlib", "zoneinfo", "babel"]  # fmt: skip


def full(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main.main(list(args)) == 0
    return capsys.readouterr().out


def served(*args: str) -> str | None:
    return cli_fast.serve(list(args))


MOMENTS = [
    "2026-11-16T07:00:00-05:00",  # the start date, a Monday
    "2026-11-21T23:59:00-05:00",  # a Saturday, late
    "2026-11-30T09:00:00-05:00",  # the last working day of the month
    "2026-12-01T00:00:00-05:00",  # midnight, a new month
    "2027-03-14T03:30:00-04:00",  # spring forward in Toronto
    "2027-11-07T01:30:00-05:00",  # fall back, the second 01:30
]


@pytest.mark.parametrize("moment", MOMENTS)
def test_fast_and_full_print_the_same_bytes(
    profile: Run, capsys: pytest.CaptureFixture[str], moment: str
) -> None:
    forms = (("today",), ("week",), ("today", "--json"), ("week", "--json"), ("today", "--plain"))
    for args in forms:
        for lang in ("fr", "en"):
            expected = full(capsys, "--lang", lang, "--now", moment, *args)
            got = served("--lang", lang, "--now", moment, *args)
            assert got == expected, (moment, args, lang)
    # Without --lang: the profile's language.
    expected = full(capsys, "--now", moment, "today")
    assert served("--now", moment, "today") == expected
    # Forced colour on a pipe: the same Rich drawing from both paths.
    expected = full(capsys, "--now", moment, "week", "--color", "always")
    assert served("--now", moment, "week", "--color", "always") == ""
    assert capsys.readouterr().out == expected and "\x1b[" in expected


# The planning horizon: every day from a week back to four weeks ahead, in the words people use.
HORIZON = [
    ("today", "--on", "demain"),
    ("today", "--on", "hier"),
    ("today", "--on", "lundi dernier"),
    ("week", "--on", "lundi prochain"),
    ("week", "--on", "semaine dernière"),
    ("week", "--on", "dans trois semaines"),
    ("week", "--on", "vendredi prochain"),
    ("today", "--on", "jeudi"),
    ("today", "--on", "dans 27 jours", "--json"),
    ("week", "--on", "dans 4 semaines", "--json"),
]


@pytest.mark.parametrize("moment", [MOMENTS[0], MOMENTS[3], MOMENTS[4]])
def test_the_planning_horizon_is_served_with_the_same_bytes(
    profile: Run, capsys: pytest.CaptureFixture[str], moment: str
) -> None:
    full(capsys, "--now", moment, "today")
    for args in HORIZON:
        for lang in ("fr", "en"):
            # The first look at a week plans it (the full path), which puts it in the window.
            expected = full(capsys, "--lang", lang, "--now", moment, *args)
            got = served("--lang", lang, "--now", moment, *args)
            assert got is not None, (moment, args)
            assert got == expected, (moment, args)
    # A day ticked four weeks ahead shows from both paths.
    body = json.loads(full(capsys, "--now", moment, "week", "--on", "dans 4 semaines", "--json"))
    task = body["days"][2]["tasks"][0]["id"]
    assert served("--now", moment, "done", task) is not None
    capsys.readouterr()
    args = ("week", "--on", "dans 4 semaines")
    assert served("--now", moment, *args) == full(capsys, "--now", moment, *args)


def test_same_bytes_after_every_kind_of_change(
    profile: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    now = "2026-11-23T08:30:00-05:00"
    body = json.loads(full(capsys, "--now", now, "today", "--json"))
    ids = [t["id"] for t in body["tasks"]]
    changes = [
        ("done", ids[0], ids[12]),
        ("skip", ids[20], "--reason", "pas de campagne"),
        ("move", ids[3], "--to", "2026-11-26", "--at", "09:45"),
        ("add", "Appeler l'imprimeur", "--at", "13:00", "--network", "instagram"),
        ("undo",),
        ("done", ids[23]),
    ]
    for change in changes:
        assert main.main(["--now", now, *change]) == 0
        capsys.readouterr()
        for args in (("today",), ("week", "--json"), ("--lang", "fr", "week")):
            got = served("--now", now, *args)
            assert got is not None, change
            assert got == full(capsys, "--now", now, *args), change


def test_stale_windows_go_to_the_full_path(
    profile: Run, capsys: pytest.CaptureFixture[str], home: Path
) -> None:
    now = "2026-11-23T08:30:00-05:00"
    full(capsys, "--now", now, "today")
    assert served("--now", now, "today") is not None
    # Another day, another --on, an option it does not know: the full path answers.
    assert served("--now", "2026-11-24T08:30:00-05:00", "today") is None
    # Outside the horizon (a week back to four weeks ahead), or a date it cannot read.
    assert served("--now", now, "today", "--on", "2026-11-15") is None
    assert served("--now", now, "week", "--on", "2027-01-04") is None
    assert served("--now", now, "week", "--on", "2026-02-30") is None
    assert served("--now", now, "today", "--on", "2026-11-24") is not None
    assert served("--now", now, "today", "--on", "2026-11-23") is not None
    assert served("--now", now, "today", "--verbose") is None
    assert served("--now", now, "done", "abcd") is None
    # A store file rewritten by another program, a changed checklist or config: stale.
    month = home / "data" / "store" / "2026-11.json"
    month.write_bytes(month.read_bytes())
    assert served("--now", now, "today") is None
    full(capsys, "--now", now, "today")
    assert served("--now", now, "today") is not None
    (home / "checklists.toml").write_text("[duties.ads]\nenabled = false\n", encoding="utf-8")
    assert served("--now", now, "today") is None
    out = full(capsys, "--now", now, "today")
    assert served("--now", now, "today") == out
    assert "Follow the running ad campaigns" not in out


def test_a_corrupt_window_is_only_a_cache_miss(
    profile: Run, capsys: pytest.CaptureFixture[str], home: Path
) -> None:
    now = "2026-11-23T08:30:00-05:00"
    expected = full(capsys, "--now", now, "today")
    (home / "data" / "window.json").write_bytes(b"{not json")
    assert served("--now", now, "today") is None
    assert cli_fast.main(["--now", now, "today"]) == 0
    assert capsys.readouterr().out == expected


def modules_loaded(home: Path, *args: str) -> set[str]:
    """The modules a fresh `cmagenda ARGS` process has loaded when it exits (exit 0)."""
    probe = (
        "import sys\n"
        "from cmagenda.cli.fast import main\n"
        "code = main(sys.argv[1:])\n"
        "sys.stderr.write(' '.join(sorted(sys.modules)))\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, *args],
        env={**os.environ, "CMAGENDA_HOME": str(home)},
        capture_output=True, text=True, encoding="utf-8", check=True,
    )  # fmt: skip
    return set(done.stderr.split())


def test_piped_today_imports_nothing_heavy(profile: Run, home: Path) -> None:
    now = "2026-11-23T08:30:00-05:00"
    assert profile("--now", now, "today").code == 0
    for command in ("today", "week"):
        loaded = modules_loaded(home, "--now", now, command)
        assert "cmagenda.storage.window" in loaded  # it was served by the fast path
        assert sorted(m for m in loaded if m.split(".")[0] in HEAVY) == []
        assert "cmagenda.cli.app" not in loaded


def test_window_file_location_matches_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    from cmagenda.storage.paths import resolve_paths, window_file

    monkeypatch.delenv("CMAGENDA_HOME")
    for xdg in (None, "/tmp/xdg-data", "  "):
        if xdg is None:
            monkeypatch.delenv("XDG_DATA_HOME", raising=False)
        else:
            monkeypatch.setenv("XDG_DATA_HOME", xdg)
        expected = resolve_paths(os.environ).data_dir / "window.json"
        assert window_file(os.environ) == str(expected)


def fast_main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli_fast.main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def store_bytes(home: Path) -> dict[str, bytes]:
    data = home / "data"
    files = [*sorted((data / "store").glob("*.json")), data / "undo.json"]
    return {p.name: p.read_bytes() for p in files if p.exists()}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_fast_done_writes_and_says_what_the_full_done_does(
    profile: Run, capsys: pytest.CaptureFixture[str], home: Path, lang: str
) -> None:
    now = "2026-11-23T08:30:00-05:00"
    ids = [t["id"] for t in json.loads(full(capsys, "--now", now, "today", "--json"))["tasks"]]
    # An overdue task (an older month), two of today's, one given twice, by short prefixes.
    picks = [ids[0][:6], ids[5][:5], ids[9], ids[9][:7]]
    assert main.main(["--now", now, "done", ids[12]]) == 0
    capsys.readouterr()
    for already in (False, True):
        if already:
            assert main.main(["--now", now, "done", ids[5]]) == 0
            capsys.readouterr()
        full(capsys, "--now", now, "today")  # a fresh window
        start = store_bytes(home)
        expected = full(capsys, "--lang", lang, "--now", now, "done", *picks)
        after_full = store_bytes(home)
        full(capsys, "--now", now, "undo")
        assert store_bytes(home) == start
        full(capsys, "--now", now, "today")
        code, out, err = fast_main(capsys, "--lang", lang, "--now", now, "done", *picks)
        assert (code, out, err) == (0, expected, "")
        # One file replaced: the undo step waits in the month, marked, until the next
        # command that takes the lock folds it into undo.json.
        assert sorted(p.name for p in (home / "data" / "store").glob(".undo-*")) == [
            ".undo-2026-11"
        ]
        assert store_bytes(home)["undo.json"] == start["undo.json"]
        # The window was rewritten from the same data: still served, and right.
        for args in (("today",), ("week", "--json")):
            got = served("--now", now, *args)
            assert got is not None
            assert got == full(capsys, "--now", now, *args)
        with Store(resolve_paths(os.environ)).locked():
            pass
        assert list((home / "data" / "store").glob(".undo-*")) == []
        assert store_bytes(home) == after_full
        full(capsys, "--now", now, "undo")


def test_fast_done_hands_unknown_and_ambiguous_ids_to_the_full_path(
    profile: Run, capsys: pytest.CaptureFixture[str], home: Path
) -> None:
    now = "2026-11-23T08:30:00-05:00"
    full(capsys, "--now", now, "today")
    start = store_bytes(home)
    for args in (
        ("done", "fffffffff"),
        ("done", "0"),
        ("done", "xyz"),
        ("done", "--on", "2026-11-23"),
    ):
        assert served("--now", now, *args) is None
    assert store_bytes(home) == start
    code, out, err = fast_main(capsys, "--now", now, "--lang", "en", "done", "fffffffff")
    assert (code, out) == (5, "")
    assert err == "cmagenda: error: no task matches 'fffffffff'\n"


def test_fast_done_says_a_held_lock_once(
    profile: Run, capsys: pytest.CaptureFixture[str], home: Path
) -> None:
    now = "2026-11-23T08:30:00-05:00"
    task = json.loads(full(capsys, "--now", now, "today", "--json"))["tasks"][3]["id"]
    start = store_bytes(home)
    with lock_held_elsewhere(home):
        os.environ["CMAGENDA_LOCK_TIMEOUT"] = "1"
        try:
            code, out, err = fast_main(capsys, "--now", now, "--lang", "fr", "done", task)
        finally:
            del os.environ["CMAGENDA_LOCK_TIMEOUT"]
    assert (code, out) == (7, "")
    assert err.splitlines() == [
        "cmagenda: un autre cmagenda utilise les données ; on attend…",
        f"cmagenda: erreur: les données sont verrouillées par un autre cmagenda depuis 1 s "
        f"({home / 'data' / 'cmagenda.lock'})",
    ]
    assert store_bytes(home) == start


def test_piped_done_imports_nothing_heavy(profile: Run, home: Path) -> None:
    now = "2026-11-23T08:30:00-05:00"
    tasks = [t["id"] for t in profile("--now", now, "today", "--json").json()["tasks"]]
    heavy = ["typer", "click", "pydantic", "rich", "dateutil", "tomllib", "platformdirs",
             "filelock", "dataclasses", "tempfile", "hashlib", "babel", "pathlib",
             "zoneinfo"]  # fmt: skip
    for change in (("done", tasks[2]), ("skip", tasks[3]), ("move", tasks[4], "--to", "demain")):
        loaded = modules_loaded(home, "--now", now, *change)
        assert "cmagenda.usecases.session" in loaded and "cmagenda.cli.app" not in loaded
        assert sorted(m for m in loaded if m.split(".")[0] in heavy) == [], change


def test_a_window_made_under_another_locale_is_not_served(
    profile: Run, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    now = "2026-11-23T08:30:00-05:00"
    full(capsys, "--now", now, "today")
    assert served("--lang", "en", "--now", now, "today") is not None
    monkeypatch.setenv("LC_TIME", "en_GB.UTF-8")  # 24-hour times, day before month
    assert served("--lang", "en", "--now", now, "today") is None
    expected = full(capsys, "--lang", "en", "--now", now, "today")
    assert "Monday, 23 November 2026" in expected
    assert served("--lang", "en", "--now", now, "today") == expected


def test_skip_and_move_in_the_horizon_say_and_save_what_the_full_path_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    now = "2026-11-23T08:30:00-05:00"
    homes = {"fast": tmp_path / "fast", "full": tmp_path / "full"}
    for root in homes.values():
        monkeypatch.setenv("CMAGENDA_HOME", str(root))
        assert main.main(["init", "--start", "2026-11-16", "--timezone", "America/Toronto",
                         "--lang", "fr"]) == 0  # fmt: skip
        full(capsys, "--now", now, "today")
        week = json.loads(full(capsys, "--now", now, "week", "--on", "lundi prochain", "--json"))
    later = [t["id"] for t in week["days"][1]["tasks"]]
    changes = [
        ("skip", later[0], later[1], "--reason", "pas de campagne"),
        ("move", later[2], "--to", "vendredi prochain", "--at", "midi"),
        ("--quiet", "move", later[3], "--to", "demain"),
        ("skip", later[4], "--json"),
        ("move", later[5], "--to=2026-12-03", "--json"),
    ]
    for change in changes:
        monkeypatch.setenv("CMAGENDA_HOME", str(homes["fast"]))
        got = served("--now", now, *change)
        assert got is not None, change
        monkeypatch.setenv("CMAGENDA_HOME", str(homes["full"]))
        assert got == full(capsys, "--now", now, *change), change
    views = []
    for root in homes.values():
        monkeypatch.setenv("CMAGENDA_HOME", str(root))
        views.append(full(capsys, "--now", now, "week", "--on", "lundi prochain", "--json"))
        assert main.main(["--now", now, "undo"]) == 0
        views.append(full(capsys, "--now", now, "week", "--on", "lundi prochain", "--json"))
    assert views[0] == views[2] and views[1] == views[3] and views[0] != views[1]
    # A move out of the horizon, an unknown id, --on: the full path does them.
    monkeypatch.setenv("CMAGENDA_HOME", str(homes["fast"]))
    assert served("--now", now, "move", later[6], "--to", "2027-05-03") is None
    assert served("--now", now, "skip", "ffffff") is None
    assert served("--now", now, "skip", later[6], "--on", "demain") is None


def test_a_fast_change_redraws_the_weeks_it_touches_and_keeps_the_others(
    profile: Run, capsys: pytest.CaptureFixture[str], home: Path
) -> None:
    now = "2026-11-23T08:30:00-05:00"
    starts = ["2026-11-16", "2026-11-30", "2026-12-07", "2026-12-14", "2026-12-21"]

    def week_ids(start: str) -> list[str]:
        body = json.loads(full(capsys, "--now", now, "week", "--on", start, "--json"))
        return [t["id"] for d in body["days"] for t in d["tasks"] if t["status"] == "todo"]

    ids = {start: week_ids(start) for start in starts}
    today = [t["id"] for t in json.loads(full(capsys, "--now", now, "today", "--json"))["tasks"]]
    horizon = home / "data" / "window-horizon.json"
    changes = [
        (("done", today[4]), False),  # today's week only: the horizon's file stays as it is
        (("done", ids["2026-12-14"][0]), True),
        (("skip", ids["2026-11-16"][1], "--reason", "pas de campagne"), True),
        (("move", ids["2026-11-30"][2], "--to", "2026-12-22"), True),  # two weeks redrawn
        (("move", ids["2026-12-07"][3], "--to", "2026-11-25"), True),  # out to today's week
        (("skip", today[5], ids["2026-12-21"][4]), True),
    ]
    for change, redrawn in changes:
        before = horizon.read_bytes()
        assert served("--now", now, *change) is not None, change
        assert (horizon.read_bytes() != before) == redrawn, change
        # Every week of the horizon, served from the window the change wrote, is what the
        # full path draws from the store.
        for start in starts:
            for args in (("week", "--on", start, "--json"), ("week", "--on", start)):
                got = served("--now", now, *args)
                assert got is not None, (change, args)
                assert got == full(capsys, "--now", now, *args), (change, args)
        full(capsys, "--now", now, "today")


@pytest.mark.parametrize("day", ["2026-11-23", "2027-03-14", "2027-11-07"])
def test_the_terminal_clock_reads_the_profile_zone_without_its_data_on_plain_days(
    day: str,
) -> None:
    import datetime as dt
    from zoneinfo import ZoneInfo

    zone = ZoneInfo("America/Toronto")
    date = dt.date.fromisoformat(day)
    start = dt.datetime(date.year, date.month, date.day, tzinfo=zone).timestamp()
    following = date + dt.timedelta(days=1)
    end = dt.datetime(following.year, following.month, following.day, tzinfo=zone).timestamp()
    body = {"day_utc": [start, end], "timezone": "America/Toronto", "today": {"date": day}}
    for seconds in range(0, int(end - start), 599):
        now = start + seconds + 0.5
        expected = dt.datetime.fromtimestamp(now, zone).strftime("%H:%M")
        assert cli_fast._clock(now, body) == expected


def test_a_fast_change_reads_only_the_months_it_needs_and_draws_what_the_full_path_draws(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Started in October: its unfinished duties are carried into November.
    now = "2026-11-04T09:00:00-05:00"
    homes = {"fast": tmp_path / "fast", "full": tmp_path / "full"}
    for root in homes.values():
        monkeypatch.setenv("CMAGENDA_HOME", str(root))
        assert main.main(["init", "--start", "2026-10-26", "--timezone", "America/Toronto",
                          "--lang", "fr"]) == 0  # fmt: skip
        for start in ("2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-30"):
            full(capsys, "--now", now, "week", "--on", start)
        full(capsys, "--now", now, "today")
    today = json.loads(full(capsys, "--now", now, "today", "--json"))["tasks"]
    october = [t["id"] for t in today if t["date"] < "2026-11-01" and t["status"] == "todo"]
    own = [t["id"] for t in today if t["date"] == "2026-11-04"]
    later = json.loads(full(capsys, "--now", now, "week", "--on", "2026-11-30", "--json"))
    december = [t["id"] for d in later["days"] for t in d["tasks"] if d["date"] >= "2026-12-01"]
    assert october and own and december
    read: list[str] = []
    real = Store.read_month
    monkeypatch.setattr(Store, "read_month", lambda self, key: read.append(key) or real(self, key))
    changes = [
        (("done", own[0][:5]), {"2026-11"}),  # October's carried tasks from the window
        (("skip", own[1], "--reason", "pluie"), {"2026-11"}),
        (("move", own[2], "--to", "2026-12-02"), {"2026-11", "2026-12"}),
        (("done", december[0]), {"2026-11", "2026-12"}),
        (("move", december[1], "--to", "demain"), {"2026-11", "2026-12"}),
        # October, and December as it holds an undo step waiting (read to add this one).
        (("done", october[0]), {"2026-10", "2026-11", "2026-12"}),
    ]
    for change, months in changes:
        read.clear()
        monkeypatch.setenv("CMAGENDA_HOME", str(homes["fast"]))
        got = served("--now", now, *change)
        assert got is not None, change
        assert set(read) == months, (change, read)
        monkeypatch.setenv("CMAGENDA_HOME", str(homes["full"]))
        assert got == full(capsys, "--now", now, *change), change
        monkeypatch.setenv("CMAGENDA_HOME", str(homes["fast"]))
        for args in (("today", "--json"), ("today",), *(("week", "--on", d) for d in
                     ("2026-10-28", "2026-11-04", "2026-11-11", "2026-11-30"))):  # fmt: skip
            fast_said = served("--now", now, *args)
            assert fast_said is not None, (change, args)
            monkeypatch.setenv("CMAGENDA_HOME", str(homes["full"]))
            assert fast_said == full(capsys, "--now", now, *args), (change, args)
            monkeypatch.setenv("CMAGENDA_HOME", str(homes["fast"]))


def test_a_store_written_after_the_window_was_read_sends_the_change_to_the_full_path(
    profile: Run, capsys: pytest.CaptureFixture[str], home: Path
) -> None:
    import datetime as dt

    from cmagenda.storage import window
    from cmagenda.usecases import tasks as usecases_tasks
    from cmagenda.usecases import window_changes
    from cmagenda.usecases.session import Context

    now = "2026-11-23T08:30:00-05:00"
    ids = [t["id"] for t in json.loads(full(capsys, "--now", now, "today", "--json"))["tasks"]]
    path = str(home / "data" / "window.json")
    moment = dt.datetime.fromisoformat(now)
    body = window.load(path, moment.timestamp())
    horizon = window.Horizon.read(path, body)
    # Another command changes the store between the read of the window and the lock.
    assert main.main(["--now", now, "done", ids[1]]) == 0
    capsys.readouterr()
    start = store_bytes(home)
    ctx = Context(paths=resolve_paths(os.environ), now=moment, lang="fr",
                  voices=window.voices(body))  # fmt: skip
    tick = usecases_tasks.ticking(moment, None)
    assert window_changes.change_in_window(ctx, body, horizon, [ids[2]], "done", tick) is None
    assert store_bytes(home) == start
