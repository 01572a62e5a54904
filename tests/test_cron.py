"""Scripting and cron: `remind` over a simulated day, output forms, --quiet, completion, and the
README's crontab lines run as written under `env -i`."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from .conftest import Run

README = Path(__file__).resolve().parents[1] / "README.md"
MONDAY = "2026-11-23T{}:00-05:00"

OVERDUE = [
    "overdue since Mon, Nov 16  a739e  Team meeting: review projects, events and strategies  (team, 1h00)",
    "overdue since Wed, Nov 18  28667  Publish a blog article  (content, 2h00)",
    "overdue since Fri, Nov 20  425d8  Weekly report: which content had the most impact, what to keep, what to fix  (analysis, 45 min)",
]  # fmt: skip
REPLIES = "Answer private messages, comments and reviews (some need a reply within the hour)  (interaction, 15 min)"  # fmt: skip


def _day(run: Run, start: str = "07:00", end: str = "19:00") -> dict[str, str]:
    """`remind --within 10m` every 5 minutes, as the README's cron line: output by time."""
    said = {}
    clock = dt.datetime.strptime(start, "%H:%M")
    while clock.strftime("%H:%M") <= end:
        hhmm = clock.strftime("%H:%M")
        result = run("--now", MONDAY.format(hhmm), "remind", "--within", "10m")
        assert (result.code, result.err) == (0, "")
        said[hhmm] = result.out
        clock += dt.timedelta(minutes=5)
    return said


def test_a_cron_driven_day_reminds_each_check_in_once(profile: Run) -> None:
    profile("--now", MONDAY.format("07:00"), "post", "add", "--network", "instagram",
            "--at", "18:00", "Sondage du soir")  # fmt: skip
    said = _day(profile)
    assert said["07:00"] == "\n".join(OVERDUE) + "\n"  # overdue, reported once
    spoken = {t: out for t, out in said.items() if out and t != "07:00"}
    assert spoken == {
        "08:50": (
            "09:00  133ad  Post 1 on LinkedIn (target: 1 a day)  (content, LinkedIn, 15 min)\n"
            f"09:00  e140f  {REPLIES}\n"
        ),
        "09:50": (
            "10:00  2fdf5  Post 1 on Facebook (target: 1–2 a day)  (content, Facebook, 15 min)\n"
            "10:00  7dcc2  Team meeting: review projects, events and strategies  (team, 1h00)\n"
        ),
        "10:50": f"11:00  d2575  {REPLIES}\n",
        "11:20": "11:30  b73de  Post 1 on Instagram (target: 1–3 a day)  (content, Instagram, 15 min)\n",
        "13:50": f"14:00  7bf36  {REPLIES}\n",
        "16:20": f"16:30  5e2b5  {REPLIES}\n",
        # An optional slot is reminded only because a post is planned in it.
        "17:50": (
            "18:00  3a8b6  Post 2 on Instagram (target: 1–3 a day)  "
            "(content, Instagram, 15 min, optional)  -> [draft] Sondage du soir"
            "  (! not approved yet)\n"
        ),
    }  # fmt: skip
    # Nothing due: nothing printed (cron sends no mail), exit 0.
    assert said["12:00"] == ""
    again = profile("--now", MONDAY.format("16:25"), "remind", "--within", "10m")
    assert (again.code, again.out) == (0, "")


def test_done_tasks_are_not_reminded_and_json_records_too(profile: Run) -> None:
    assert profile("--now", MONDAY.format("08:40"), "today").code == 0
    assert profile("--now", MONDAY.format("08:40"), "done", "e140").code == 0
    body = profile("--now", MONDAY.format("08:45"), "remind", "--within", "1h30", "--json").json()
    assert (body["version"], body["now"], body["within_minutes"]) == (
        1, "2026-11-23T08:45:00-05:00", 90,
    )  # fmt: skip
    assert [(r["kind"], r["time"], r["template"]) for r in body["reminders"]][:3] == [
        ("due", "09:00", "post"), ("due", "10:00", "post"), ("due", "10:00", "team-meeting"),
    ]  # fmt: skip
    assert len(body["reminders"]) == 3 + len(OVERDUE)
    # The JSON run was remembered: plain text has nothing new to say in that hour.
    assert profile("--now", MONDAY.format("08:50"), "remind", "--within", "1h").out == ""
    empty = profile("--now", MONDAY.format("08:55"), "remind", "--json").json()
    assert empty["reminders"] == []


@pytest.mark.parametrize(("within", "minutes"), [("30m", 30), ("45", 45), ("1h", 60), ("1h30", 90)])
def test_within_forms(within: str, minutes: int) -> None:
    from cmagenda.usecases.reminders import parse_within

    assert parse_within(within) == dt.timedelta(minutes=minutes)


def test_bad_within_is_a_usage_error(profile: Run) -> None:
    result = profile("--lang", "fr", "remind", "--within", "demain")
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        "cmagenda: erreur: délai incompris « demain » (exemples : 30m, 1h, 1h30 ; au plus 1440 min)\n"
    )


def test_notify_says_why_not_and_uses_notify_send(
    profile: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    result = profile("--now", MONDAY.format("08:55"), "--lang", "en", "remind", "--notify")
    assert result.code == 0
    assert result.out.startswith(
        "09:00  133ad  Post 1 on LinkedIn (target: 1 a day)  (content, LinkedIn, 15 min)\n"
        "09:00  e140f  Answer private messages"
    )
    assert result.err == (
        "cmagenda: cannot notify: neither notify-send nor osascript found (install libnotify-bin)\n"
    )
    log = tmp_path / "notified"
    stub = empty / "notify-send"
    stub.write_text(f'#!/bin/sh\nprintf "%s|" "$@" > {log}\n', encoding="utf-8")
    stub.chmod(0o755)
    later = profile("--now", MONDAY.format("09:55"), "--lang", "en", "remind", "--notify")
    assert (later.code, later.err) == (0, "")
    assert log.read_text(encoding="utf-8") == (
        "--app-name=cmagenda|cmagenda: due|"
        "10:00  2fdf5  Post 1 on Facebook (target: 1–2 a day)  (content, Facebook, 15 min)\n"
        "10:00  7dcc2  Team meeting: review projects, events and strategies  (team, 1h00)|"
    )


def test_output_forms_and_quiet(profile: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    piped = profile("--now", MONDAY.format("08:30"), "today").out
    assert profile("--now", MONDAY.format("08:30"), "today", "--plain").out == piped
    assert "\x1b[" not in piped and "─" not in piped
    colour = profile("--now", MONDAY.format("08:30"), "today", "--color", "always").out
    assert "\x1b[" in colour and "Monday, November 23, 2026" in colour
    monkeypatch.setenv("NO_COLOR", "1")
    bare = profile("--now", MONDAY.format("08:30"), "today", "--color", "always").out
    assert "─" in bare and not re.search(r"\x1b\[[0-9;]*3[0-9]m", bare)  # drawn, no colours
    bad = profile("--now", MONDAY.format("08:30"), "--lang", "en", "week", "--color", "pink")
    assert (bad.code, bad.err) == (
        2, "cmagenda: error: unknown value for --color: 'pink' (auto, always, never)\n"
    )  # fmt: skip
    quiet = profile("--now", MONDAY.format("08:30"), "--quiet", "skip", "e140")
    assert (quiet.code, quiet.out, quiet.err) == (0, "", "")
    assert profile("--now", MONDAY.format("08:30"), "-q", "undo").out == ""
    assert profile("--now", MONDAY.format("08:30"), "-q", "add", "Call").out == ""


def _script() -> str:
    return str(Path(sys.executable).with_name("cmagenda"))


def test_completion_of_ids_networks_and_duties(profile: Run, home: Path) -> None:
    assert profile("--now", MONDAY.format("08:30"), "today").code == 0
    env = {
        "PATH": os.environ["PATH"],
        "CMAGENDA_HOME": str(home),
        "_CMAGENDA_COMPLETE": "complete_bash",
    }

    def complete(words: str) -> list[str]:
        ask = {**env, "COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}
        done = subprocess.run(
            [_script()], env=ask, capture_output=True, encoding="utf-8", check=True
        )
        return done.stdout.split()

    assert complete("cmagenda done e14") == ["e140f"]
    assert complete("cmagenda post add --network in") == ["instagram"]
    assert complete("cmagenda templates show replies") == ["replies", "replies-weekend"]
    assert "remind" in complete("cmagenda re")
    for shell in ("bash", "zsh", "fish"):
        script = subprocess.run(
            [_script(), "completion", shell], env=env | {"_CMAGENDA_COMPLETE": ""},
            capture_output=True, encoding="utf-8", check=True,
        ).stdout  # fmt: skip
        assert "_CMAGENDA_COMPLETE=complete_" + shell in script


def _crontab() -> list[tuple[str, str]]:
    """(schedule, command) of each line of the README's crontab block."""
    block = README.read_text(encoding="utf-8").split("```crontab\n")[1].split("```")[0]
    lines = [line for line in block.splitlines() if line.strip() and not line.startswith("#")]
    return [(" ".join(line.split()[:5]), line.split(None, 5)[5]) for line in lines]


def test_the_readme_crontab_lines_run_under_env_i(tmp_path: Path) -> None:
    home, bin_dir = tmp_path / "home", tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("mail", "notify-send"):
        stub = bin_dir / name
        stub.write_text(
            f'#!/bin/sh\n{{ printf "%s|" "$@"; echo; cat; }} >> {tmp_path / name}.log\n',
            encoding="utf-8",
        )
        stub.chmod(0o755)
    cron_env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "CMAGENDA_HOME": str(home)}
    installed = _script()
    init = subprocess.run(
        ["env", "-i", *(f"{k}={v}" for k, v in cron_env.items()), installed, "init",
         "--timezone", "America/Toronto", "--lang", "fr", "--start", "2026-01-05"],
        capture_output=True, encoding="utf-8", check=False,
    )  # fmt: skip
    assert init.returncode == 0, init.stderr
    lines = _crontab()
    assert [s for s, _ in lines] == ["0 8 * * 1-5", "*/5 * * * *", "30 7 * * 1"]
    outputs = []
    for _, command in lines:
        command = command.replace("/home/you/cmagenda/.venv/bin/cmagenda", installed)
        done = subprocess.run(
            ["env", "-i", *(f"{k}={v}" for k, v in cron_env.items()), "sh", "-c", command],
            capture_output=True, encoding="utf-8", check=False,
        )  # fmt: skip
        assert (done.returncode, done.stderr) == (0, ""), command
        outputs.append(done.stdout)
    today = dt.datetime.now(ZoneInfo("America/Toronto")).date()
    mails = (tmp_path / "mail.log").read_text(encoding="utf-8")
    digest, week = mails.split("-s|La semaine|you@example.org|\n")
    assert digest.startswith("-s|Agenda du jour|you@example.org|\n")
    from babel.dates import format_date

    assert f"\n{format_date(today, 'full', locale='fr_CA')} — " in digest
    assert week.startswith("Semaine du ")
    assert "\x1b" not in mails and "─" not in mails
    # remind: nothing or lines, and never the same thing twice.
    remind = lines[1][1].replace("/home/you/cmagenda/.venv/bin/cmagenda", installed)
    second = subprocess.run(
        ["env", "-i", *(f"{k}={v}" for k, v in cron_env.items()), "sh", "-c", remind],
        capture_output=True, encoding="utf-8", check=False,
    )  # fmt: skip
    assert (second.returncode, second.stdout, second.stderr) == (0, "", "")
    notified = tmp_path / "notify-send.log"
    assert notified.exists() == bool(outputs[1])
