"""`cmagenda sync` against a real CalDAV server (Radicale, started once for the module), with
two cmagenda homes and a third client (the caldav library) standing in for a phone."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import niquests
import pytest
from caldav.davclient import DAVClient
from icalendar import Calendar

from cmagenda.interop import caldav_server
from cmagenda.usecases import exports as usecases_exports

from .conftest import NOW, Run

pytest.importorskip("radicale")

USER, SECRET = "alice", "s3cret"
# Later that Monday; the range is narrowed to one day so that each sync sends a few items.
LATER = "2026-11-23T17:00:00-05:00"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Radicale on a free loopback port, plain htpasswd auth, temporary storage: its base URL."""
    root = tmp_path_factory.mktemp("radicale")
    port = _free_port()
    (root / "users").write_text(f"{USER}:{SECRET}\n", encoding="utf-8")
    config = root / "config"
    config.write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n"
        f"[auth]\ntype = htpasswd\nhtpasswd_filename = {root / 'users'}\n"
        "htpasswd_encryption = plain\n"
        f"[storage]\nfilesystem_folder = {root / 'collections'}\n"
        "[logging]\nlevel = error\n",
        encoding="utf-8",
    )
    server = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--config", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.skip("Radicale did not start")
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/{USER}/"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def url(radicale: str, request: pytest.FixtureRequest) -> str:
    """A collection of this test's own."""
    return radicale + re.sub(r"[^a-z0-9]+", "-", request.node.name.lower())[:60] + "/"


@pytest.fixture(autouse=True)
def small_range(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(usecases_exports, "DAYS_BEFORE", 0)
    monkeypatch.setattr(usecases_exports, "DAYS_AFTER", 0)
    monkeypatch.setenv("CMAGENDA_SYNC_PASSWORD", SECRET)


@pytest.fixture
def linked(profile: Run, url: str) -> Run:
    result = profile("sync", "setup", "--url", url, "--username", USER)
    assert (result.code, result.err) == (0, ""), result.err
    return profile


class Phone:
    """The third client: edits the collection as a phone's app would."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.client = DAVClient(url, username=USER, password=SECRET, auth_type="basic")

    def items(self) -> dict[str, tuple[str, str, Any]]:
        """uid -> (href, etag, component) for every item of the collection."""
        body = (
            '<?xml version="1.0"?><c:calendar-query xmlns:d="DAV:" '
            'xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><d:getetag/><c:calendar-data/>'
            '</d:prop><c:filter><c:comp-filter name="VCALENDAR"/></c:filter></c:calendar-query>'
        )
        answer = self.client.request(self.url, "REPORT", body, {"Depth": "1"})
        found = {}
        for href, props in caldav_server._responses(answer.raw):
            data = props.findtext("{urn:ietf:params:xml:ns:caldav}calendar-data")
            component = next(c for c in _ical(data).walk() if c.name in ("VTODO", "VEVENT"))
            etag = props.findtext("{DAV:}getetag")
            found[str(component["uid"])] = (href, etag, component)
        return found

    def edit(self, uid: str, when: dt.datetime, **fields: Any) -> None:
        href, etag, component = self.items()[uid]
        for name, value in fields.items():
            name = name.replace("_", "-")
            if name in component:
                del component[name]
            if value is not None:
                component.add(name, value)
        if "last-modified" in component:
            del component["last-modified"]
        component.add("last-modified", when)
        self.put(href, component, etag)

    def put(self, href: str, component: Any, etag: str | None = None) -> None:
        calendar = Calendar()
        calendar.add("prodid", "-//phone//EN")
        calendar.add("version", "2.0")
        calendar.add_component(component)
        headers = {"Content-Type": "text/calendar"}
        headers.update({"If-Match": etag} if etag else {"If-None-Match": "*"})
        target = href if href.startswith("http") else self.url + href.rsplit("/", 1)[-1]
        answer = self.client.request(target, "PUT", calendar.to_ical().decode(), headers)
        assert answer.status in (201, 204), answer.status

    def delete(self, uid: str) -> None:
        href, _, _ = self.items()[uid]
        answer = self.client.request(self.url + href.rsplit("/", 1)[-1], "DELETE", "", {})
        assert answer.status in (200, 204)


class _ByKey(dict[str, dict[str, Any]]):
    """Tasks by id, also found by an item's key: "ID-TAG", the profile's tag after the id."""

    def __missing__(self, key: str) -> dict[str, Any]:
        return self[key.rpartition("-")[0]]


def _tasks(home: Path) -> dict[str, dict[str, Any]]:
    found = _ByKey()
    for path in sorted((home / "data" / "store").glob("20*.json")):
        for task in json.loads(path.read_text(encoding="utf-8"))["tasks"]:
            found[task["id"]] = task
    return found


def _ical(data: str | bytes) -> Calendar:
    # Parsing makes icalendar list the system's zones, and the standard library opens that list
    # without an encoding: a warning about code that is not ours, silenced here only.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EncodingWarning)
        return Calendar.from_ical(data)


def _todo_ids(run: Run) -> list[str]:
    """The tasks of the day synced (ids), as `export` sees them."""
    out = run("--now", NOW, "export", "--from", "2026-11-23", "--to", "2026-11-23")
    calendar = _ical(out.out)
    return [str(c["uid"]).removesuffix("@cmagenda") for c in calendar.walk("VTODO")]


def _synced(run: Run, *args: str, now: str = NOW) -> dict[str, Any]:
    result = run("--now", now, "sync", "--json", *args)
    assert result.code == 0, result.err
    return dict(result.json())


def test_setup_creates_the_collection_and_writes_sync_in_config(
    profile: Run, url: str, home: Path
) -> None:
    config = home / "config.toml"
    before = config.read_text(encoding="utf-8")
    result = profile("sync", "setup", "--url", url, "--username", USER)
    assert (result.code, result.out, result.err) == (
        0,
        f"Collection created and connected: {url}\n",
        "",
    )
    assert config.read_text(encoding="utf-8") == (
        before + f'\n[sync]\nurl = "{url}"\nusername = "{USER}"\n'
    )
    again = profile("sync", "setup", "--url", url, "--username", USER)
    assert again.out == f"Collection connected: {url}\n"
    assert config.read_text(encoding="utf-8").count("[sync]") == 1
    assert SECRET not in config.read_text(encoding="utf-8")


def test_plain_http_only_to_this_machine_and_a_password_is_needed(
    profile: Run, url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    result = profile("sync", "setup", "--url", "http://cal.example.com/dav/", "--username", "a")
    assert result.code == 2
    assert result.err == (
        "cmagenda: error: refused: http://cal.example.com/dav/ is plain http; the password "
        "would cross the network in clear. Use https (http is allowed only to this machine, "
        "127.0.0.1 or localhost)\n"
    )
    monkeypatch.delenv("CMAGENDA_SYNC_PASSWORD")
    monkeypatch.setenv("HOME", str(tmp_path))
    result = profile("sync", "setup", "--url", url, "--username", USER)
    assert (result.code, result.err) == (
        8,
        "cmagenda: error: no password for 127.0.0.1: set CMAGENDA_SYNC_PASSWORD, a line in "
        "~/.netrc or password_command in the [sync] section\n",
    )
    (tmp_path / ".netrc").write_text(
        f"machine 127.0.0.1 login {USER} password {SECRET}\n", encoding="utf-8"
    )
    (tmp_path / ".netrc").chmod(0o600)
    assert profile("sync", "setup", "--url", url, "--username", USER).code == 0
    (tmp_path / ".netrc").unlink()
    command = f"{sys.executable} -c \"print('{SECRET}')\""
    result = profile(
        "sync", "setup", "--url", url, "--username", USER, "--password-command", command
    )
    assert result.code == 0, result.err
    monkeypatch.setenv("CMAGENDA_SYNC_PASSWORD", "wrong")
    result = profile("sync")
    assert (result.code, result.err) == (
        8,
        f"cmagenda: error: the server {url} refuses the user name or password\n",
    )


def test_first_sync_sends_everything_at_once_then_nothing_is_left_to_do(
    linked: Run, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Into an empty collection, everything goes in one request.
    monkeypatch.setattr("cmagenda.usecases.sync_upload.BULK_MIN", 5)
    ids = _todo_ids(linked)
    done = _synced(linked)
    phone = Phone(url)
    items = phone.items()
    todos = {u.removesuffix("@cmagenda") for u, (_, _, c) in items.items() if c.name == "VTODO"}
    assert todos == set(ids)
    assert done["sent"] == len(items) and done["received"] == 0
    again = linked("--now", NOW, "sync")
    assert (again.code, again.out) == (
        0,
        "Synced: 0 items sent, 0 received, 0 tasks added from the server, 0 deleted on the "
        "server, 0 removed from the server\n",
    )
    assert phone.items().keys() == items.keys()


def test_what_the_phone_changes_comes_back(linked: Run, url: str, home: Path) -> None:
    ids = _todo_ids(linked)
    _synced(linked)
    phone = Phone(url)
    ticked, moved, noted = ids[0], ids[1], ids[2]
    at = dt.datetime(2026, 11, 23, 15, 5, tzinfo=dt.UTC)
    phone.edit(f"{ticked}@cmagenda", at, status="COMPLETED", completed=at, percent_complete=100)
    phone.edit(f"{moved}@cmagenda", at, due=dt.date(2026, 11, 27), summary="Moved on the phone")
    phone.edit(f"{noted}@cmagenda", at, description="Call Marie back")
    done = _synced(linked)
    assert (done["received"], done["sent"], done["conflicts"]) == (3, 0, [])
    tasks = _tasks(home)
    assert (tasks[ticked]["status"], tasks[ticked]["done_at"]) == (
        "done",
        "2026-11-23T10:05:00-05:00",
    )
    assert (tasks[moved]["date"], tasks[moved]["title"]) == (
        "2026-11-27",
        {"fr": "Moved on the phone", "en": "Moved on the phone"},
    )
    assert tasks[noted]["note"] == "Call Marie back"
    # Reopened on the phone: to do again.
    phone.edit(f"{ticked}@cmagenda", at + dt.timedelta(hours=1), status="NEEDS-ACTION",
               completed=None, percent_complete=None)  # fmt: skip
    assert _synced(linked)["received"] == 1
    assert (_tasks(home)[ticked]["status"], _tasks(home)[ticked]["done_at"]) == ("todo", None)
    assert _synced(linked)["received"] == 0


def test_two_homes_meet_through_the_server(
    linked: Run, url: str, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _todo_ids(linked)
    assert linked("--now", NOW, "done", ids[0][:7]).code == 0
    _synced(linked)
    second = tmp_path / "laptop"
    monkeypatch.setenv("CMAGENDA_HOME", str(second))
    first = linked("init", "--start", "2026-11-16", "--timezone", "America/Toronto",
                   "--lang", "en", "--networks", "facebook,instagram,linkedin")  # fmt: skip
    assert first.code == 0
    assert linked("sync", "setup", "--url", url, "--username", USER).code == 0
    done = _synced(linked)
    assert (done["received"], done["sent"]) == (1, 0)
    assert _tasks(second)[ids[0]]["status"] == "done"
    # The laptop skips another: the first home gets it.
    assert linked("--now", NOW, "skip", ids[1][:7], "--reason", "sick").code == 0
    assert _synced(linked)["sent"] == 1
    monkeypatch.setenv("CMAGENDA_HOME", str(home))
    assert _synced(linked)["received"] == 1
    assert _tasks(home)[ids[1]]["status"] == "skipped"


def test_a_todo_made_on_the_phone_is_added_and_a_deletion_is_a_skip(
    linked: Run, url: str, home: Path
) -> None:
    from icalendar import Todo

    ids = _todo_ids(linked)
    _synced(linked)
    phone = Phone(url)
    new = Todo()
    new.add("uid", "phone-1@example.com")
    new.add("dtstamp", dt.datetime(2026, 11, 23, 14, 0, tzinfo=dt.UTC))
    new.add("summary", "Answer the mayor")
    new.add("due", dt.date(2026, 11, 23))
    phone.put("phone-1.ics", new)
    phone.delete(f"{ids[0]}@cmagenda")
    done = _synced(linked)
    assert (done["added"], done["deleted_on_server"]) == (1, 1)
    tasks = _tasks(home)
    added = [t for t in tasks.values() if t["title"]["en"] == "Answer the mayor"]
    assert [(t["date"], t["status"], t["template"]) for t in added] == [
        ("2026-11-23", "todo", None)
    ]
    assert (tasks[ids[0]]["status"], tasks[ids[0]]["reason"]) == (
        "skipped",
        "deleted on the CalDAV server",
    )
    # Never sent back as a new item, and the phone's own item keeps its UID.
    again = _synced(linked)
    items = phone.items()
    assert f"{ids[0]}@cmagenda" not in items and "phone-1@example.com" in items
    assert (again["added"], again["deleted_on_server"]) == (0, 0)
    # Ticked in cmagenda, the phone's to-do is completed on the phone.
    assert linked("--now", LATER, "done", added[0]["id"][:7]).code == 0
    assert _synced(linked, now=LATER)["sent"] == 1
    assert str(phone.items()["phone-1@example.com"][2]["status"]) == "COMPLETED"


def test_a_conflict_goes_to_the_newer_change_and_is_listed_then_undo_takes_the_sync_back(
    linked: Run, url: str, home: Path
) -> None:
    ids = _todo_ids(linked)
    _synced(linked)
    phone = Phone(url)
    old_title = _tasks(home)[ids[0]]["title"]["en"]
    # The phone retitles at 13:00 UTC; cmagenda edits the same title later, at 17:00 local.
    phone.edit(f"{ids[0]}@cmagenda", dt.datetime(2026, 11, 23, 13, 0, tzinfo=dt.UTC),
               summary="Phone title")  # fmt: skip
    assert linked("--now", LATER, "edit", ids[0][:7], "--title", "Desk title").code == 0
    # ...and ticks another on the phone, with no change on this side.
    one = dt.datetime(2026, 11, 23, 13, 0, tzinfo=dt.UTC)
    phone.edit(f"{ids[1]}@cmagenda", one, status="COMPLETED", completed=one)
    result = linked("--now", LATER, "sync")
    assert result.code == 0, result.err
    assert result.out == (
        "Synced: 1 item sent, 1 received, 0 tasks added from the server, 0 deleted on the "
        "server, 0 removed from the server\n"
        "conflict on 'Desk title' (summary): kept cmagenda's newer 'Desk title' over the "
        "server's 'Phone title'\n"
    )
    assert str(phone.items()[f"{ids[0]}@cmagenda"][2]["summary"]) == "Desk title"
    assert _tasks(home)[ids[1]]["status"] == "done"
    undone = linked("--now", LATER, "undo")
    assert undone.out == "Undone (sync): 1 task put back\n"
    assert _tasks(home)[ids[1]]["status"] == "todo"
    assert old_title != "Desk title" == _tasks(home)[ids[0]]["title"]["en"]
    # The next sync sends the sync's undoing up: the phone's tick is taken back too.
    assert _synced(linked, now=LATER)["sent"] == 1
    assert str(phone.items()[f"{ids[1]}@cmagenda"][2]["status"]) == "NEEDS-ACTION"


def test_a_server_gone_mid_sync_leaves_both_sides_consistent_and_the_next_sync_converges(
    linked: Run, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _todo_ids(linked)
    real = DAVClient.request
    calls = {"n": 0}

    def going(self: DAVClient, url: str, method: str = "GET", *args: Any) -> Any:
        if method == "PUT":
            calls["n"] += 1
            if calls["n"] > 5:
                raise niquests.exceptions.ConnectionError("Connection refused")
        return real(self, url, method, *args)

    # Fewer items than a bulk upload takes: each is sent on its own.
    monkeypatch.setattr("cmagenda.usecases.sync_upload.BULK_MIN", 10_000)
    monkeypatch.setattr(DAVClient, "request", going)
    result = linked("--now", NOW, "sync")
    assert result.code == 8
    assert result.err.startswith(
        f"cmagenda: error: cannot reach the server ({url}): Connection refused. Nothing was lost;"
    )
    assert len(Phone(url).items()) == 5
    monkeypatch.setattr(DAVClient, "request", real)
    done = _synced(linked)
    assert (done["received"], done["conflicts"]) == (0, [])
    uids = {u.removesuffix("@cmagenda") for u in Phone(url).items()}
    assert set(ids) <= uids
    assert _synced(linked)["sent"] == 0


def test_a_write_the_server_refuses_412_is_said_and_merged_next_time(
    linked: Run, url: str, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _todo_ids(linked)
    _synced(linked)
    phone = Phone(url)
    assert linked("--now", LATER, "done", ids[0][:7]).code == 0
    # The phone retitles the same item between this sync's read and its write.
    real = caldav_server.Server.put

    def racing(self: caldav_server.Server, href: str, data: bytes, etag: str | None) -> Any:
        phone.edit(f"{ids[0]}@cmagenda", dt.datetime(2026, 11, 23, 23, 0, tzinfo=dt.UTC),
                   summary="Renamed meanwhile")  # fmt: skip
        monkeypatch.setattr(caldav_server.Server, "put", real)
        return real(self, href, data, etag)

    monkeypatch.setattr(caldav_server.Server, "put", racing)
    result = linked("--now", LATER, "sync")
    assert (result.code, result.err) == (
        8,
        "cmagenda: error: 1 item changed on the server meanwhile was not sent (0 sent): run "
        "'cmagenda sync' again to merge them\n",
    )
    done = _synced(linked, now=LATER)
    assert (done["received"], done["sent"], done["conflicts"]) == (1, 1, [])
    component = phone.items()[f"{ids[0]}@cmagenda"][2]
    assert (str(component["summary"]), str(component["status"])) == (
        "Renamed meanwhile",
        "COMPLETED",
    )
    assert _tasks(home)[ids[0]]["status"] == "done"


def test_items_that_leave_the_range_stay_on_the_server_unless_pruned(linked: Run, url: str) -> None:
    _synced(linked)
    phone = Phone(url)
    before = set(phone.items())
    later = "2026-11-26T08:30:00-05:00"
    done = _synced(linked, now=later)
    assert done["removed_from_server"] == 0
    assert before <= set(phone.items())
    pruned = _synced(linked, "--prune", now=later)
    assert pruned["removed_from_server"] == len(before - {
        u for u in before if u in {f"{i}@cmagenda" for i in _range_ids(linked, "2026-11-26")}
    })  # fmt: skip
    assert not before & set(phone.items()) - {
        f"{i}@cmagenda" for i in _range_ids(linked, "2026-11-26")
    }


def _range_ids(run: Run, day: str) -> list[str]:
    out = run("--now", NOW, "export", "--events", "--from", day, "--to", day)
    calendar = _ical(out.out)
    return [str(c["uid"]).removesuffix("@cmagenda") for c in calendar.walk() if "uid" in c]


KILLER = """
import os, signal, sys
from cmagenda.cli.main import main
from cmagenda.interop import caldav_server
from cmagenda.usecases import exports, sync_upload
exports.DAYS_BEFORE, exports.DAYS_AFTER = 0, 0
sync_upload.BULK_MIN = 10_000
real = caldav_server.Server.put
count = [0]
def put(self, href, data, etag):
    count[0] += 1
    if count[0] > 7:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(self, href, data, etag)
caldav_server.Server.put = put
sys.exit(main(sys.argv[1:]))
"""


def test_sync_killed_mid_way_converges_on_the_next_run(linked: Run, url: str, home: Path) -> None:
    ids = _todo_ids(linked)
    env = {**os.environ, "CMAGENDA_HOME": str(home)}
    killed = subprocess.run(
        [sys.executable, "-c", KILLER, "--now", NOW, "sync"], env=env, check=False
    )
    assert killed.returncode == -signal.SIGKILL
    assert len(Phone(url).items()) == 7
    done = _synced(linked)
    assert done["conflicts"] == []
    items = Phone(url).items()
    assert {f"{i}@cmagenda" for i in ids} <= set(items)
    assert _synced(linked)["sent"] == 0
    assert len(Phone(url).items()) == len(items)


def test_a_post_retitled_on_the_phone_comes_back_and_dry_run_writes_nothing(
    linked: Run, url: str, home: Path
) -> None:
    planned = linked("--now", NOW, "post", "add", "--network", "facebook", "Opening hours")
    assert planned.code == 0, planned.err
    _synced(linked)
    phone = Phone(url)
    (uid,) = [
        u
        for u, (_, _, c) in phone.items().items()
        if c.name == "VEVENT" and str(c["summary"]).endswith("Opening hours")
    ]
    label = str(phone.items()[uid][2]["summary"]).removesuffix("Opening hours")
    when = dt.datetime(2026, 11, 23, 14, 0, tzinfo=dt.UTC)
    phone.edit(uid, when, summary=f"{label}Opening hours: 9 to 5")
    store = sorted((home / "data").rglob("*.json"))
    before = {p: p.read_bytes() for p in store}
    dry = linked("--now", NOW, "sync", "--dry-run")
    assert dry.out == (
        "To sync: 0 items to send, 1 to receive, 0 tasks to add from the server, 0 deleted on "
        "the server, 0 to remove from the server (nothing was written)\n"
    )
    assert {p: p.read_bytes() for p in store} == before
    assert _synced(linked)["received"] == 1
    posts = [
        p
        for path in (home / "data" / "store").glob("20*.json")
        for p in json.loads(path.read_text(encoding="utf-8"))["posts"]
    ]
    assert [p["text"] for p in posts] == ["Opening hours: 9 to 5"]
    assert _synced(linked)["received"] == 0


def test_a_server_that_is_full_507_stops_cleanly_and_the_next_sync_sends_the_rest(
    linked: Run, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _todo_ids(linked)
    real = DAVClient.request
    calls = {"n": 0}

    class Full:
        status = 507
        headers: ClassVar[dict[str, str]] = {}
        raw = ""

    def full(self: DAVClient, url: str, method: str = "GET", *args: Any) -> Any:
        if method == "PUT":
            calls["n"] += 1
            if calls["n"] > 3:
                return Full()
        return real(self, url, method, *args)

    monkeypatch.setattr("cmagenda.usecases.sync_upload.BULK_MIN", 10_000)
    monkeypatch.setattr(DAVClient, "request", full)
    result = linked("--now", NOW, "sync")
    assert (result.code, result.err) == (
        8,
        f"cmagenda: error: the server {url} is full (HTTP 507): nothing was lost, the next "
        "sync resumes\n",
    )
    assert len(Phone(url).items()) == 3
    monkeypatch.setattr(DAVClient, "request", real)
    done = _synced(linked)
    assert (done["sent"], done["conflicts"]) == (len(Phone(url).items()) - 3, [])
    assert {f"{i}@cmagenda" for i in ids} <= set(Phone(url).items())


def test_init_force_keeps_the_sync_table(run: Run, home: Path) -> None:
    assert run("--now", NOW, "init", "--timezone", "America/Toronto", "--lang", "fr").code == 0
    config = home / "config.toml"
    table = '\n[sync]\nurl = "http://127.0.0.1:5232/alice/cmagenda/"\nusername = "alice"\n'
    config.write_text(config.read_text(encoding="utf-8") + table, encoding="utf-8")
    result = run("--now", NOW, "init", "--force", "--lang", "en", "--timezone", "Europe/Paris")
    assert (result.code, result.err) == (0, "")
    text = config.read_text(encoding="utf-8")
    assert 'timezone = "Europe/Paris"' in text
    assert text.endswith(
        '\n[sync]\nurl = "http://127.0.0.1:5232/alice/cmagenda/"\nusername = "alice"\n'
    )
