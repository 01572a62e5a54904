"""CalDAV transport: the few WebDAV requests `sync` makes, through the `caldav` package's client
(authentication, one keep-alive session). ETags only, read in one PROPFIND; items fetched in
calendar-multiget batches; every write conditional (If-Match, If-None-Match), so that a change
made on the server meanwhile is never overwritten unseen.

`caldav` (and its HTTP stack) is imported only here, when a sync runs: it costs the `today`
path nothing.
"""

from __future__ import annotations

import ipaddress
import netrc
import os
import shlex
import subprocess
import urllib.parse
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from cmagenda.domain.errors import SyncError, UsageError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

DAV = "{DAV:}"
CALDAV = "{urn:ietf:params:xml:ns:caldav}"
# Items fetched per calendar-multiget: large enough to be few requests, small enough to stay
# under any server's request size limit.
BATCH = 200
TIMEOUT = 30
# A whole calendar in one request: the server writes every item before it answers.
BULK_TIMEOUT = 600
PROPFIND_ETAGS = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>'
)
MKCALENDAR = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop>'
    "<d:displayname>{name}</d:displayname>"
    '<c:supported-calendar-component-set><c:comp name="VTODO"/><c:comp name="VEVENT"/>'
    "</c:supported-calendar-component-set></d:prop></d:set></c:mkcalendar>"
)
PROPPATCH_NAME = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<d:propertyupdate xmlns:d="DAV:"><d:set><d:prop><d:displayname>{name}</d:displayname>'
    "</d:prop></d:set></d:propertyupdate>"
)
ICS_TYPE = "text/calendar; charset=utf-8"


def check_url(url: str) -> str:
    """`url` as the collection's address (ending in /): https, or plain http to this machine
    only (a password must not cross a network in clear)."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError("sync.url_bad", url=url)
    if parts.scheme == "http" and not _loopback(parts.hostname):
        raise UsageError("sync.url_plain", url=url)
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def password(
    url: str, username: str, command: str | None, env: Mapping[str, str], home: str
) -> str:
    """The server's password: CMAGENDA_SYNC_PASSWORD, else ~/.netrc for the URL's host, else
    what `command` prints (its first line). Never stored, never said."""
    if env.get("CMAGENDA_SYNC_PASSWORD"):
        return env["CMAGENDA_SYNC_PASSWORD"]
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        found = netrc.netrc(os.path.join(home, ".netrc")).authenticators(host)
    except (OSError, netrc.NetrcParseError):
        found = None
    if found is not None and found[2] and found[0] in (username, "", None):
        return found[2]
    if command:
        try:
            # The user's own command, split as a shell would (never run through one).
            done = subprocess.run(
                shlex.split(command), capture_output=True, timeout=60, check=False
            )
        except (OSError, ValueError, subprocess.TimeoutExpired) as err:
            raise SyncError("sync.password_command", reason=str(err)) from None
        if done.returncode != 0:
            raise SyncError("sync.password_command", reason=f"exit {done.returncode}")
        first = done.stdout.decode("utf-8", "replace").splitlines()
        if first and first[0]:
            return first[0]
    raise SyncError("sync.no_password", host=host)


@dataclass(slots=True, frozen=True)
class Remote:
    """One item on the server as fetched: its href, ETag and iCalendar text."""

    href: str
    etag: str | None
    data: str


class Server:
    """The collection at `url` (ending in /), reached with `username` and `secret`."""

    def __init__(self, url: str, username: str, secret: str) -> None:
        # The CalDAV client and its HTTP stack, imported when a sync runs (never on `today`).
        from caldav.davclient import DAVClient

        self.url = url
        self.path = urllib.parse.urlsplit(url).path
        self.client = DAVClient(
            url,
            username=username,
            password=secret,
            auth_type="basic",
            timeout=TIMEOUT,
            ssl_verify_cert=True,
            enable_rfc6764=False,
        )

    def close(self) -> None:
        self.client.close()

    def href_url(self, href: str) -> str:
        return urllib.parse.urljoin(self.url, href)

    def _request(self, method: str, url: str, body: str = "", headers: Any = None) -> Any:
        from caldav.lib import error  # with the client above: never on `today`

        try:
            return self.client.request(url, method, body, headers or {})
        except error.AuthorizationError as err:
            if getattr(err, "status", None) == 403:
                raise SyncError("sync.refused", url=self.url, status=403) from None
            raise SyncError("sync.denied", url=self.url) from None
        except (OSError, error.DAVError) as err:
            raise SyncError("sync.unreachable", url=self.url, reason=_short(err)) from None
        except Exception as err:
            # niquests' connection errors do not all derive from OSError.
            if type(err).__module__.startswith(("niquests", "urllib3", "requests")):
                raise SyncError("sync.unreachable", url=self.url, reason=_short(err)) from None
            raise

    def exists(self) -> bool:
        answer = self._request("PROPFIND", self.url, PROPFIND_ETAGS, {"Depth": "0"})
        if answer.status == 404:
            return False
        _check(answer, self.url, (207,))
        return True

    def create(self, name: str) -> None:
        body = MKCALENDAR.format(name=_xml(name))
        answer = self._request("MKCALENDAR", self.url, body, {"Content-Type": "application/xml"})
        _check(answer, self.url, (201,))

    def rename(self, name: str) -> None:
        body = PROPPATCH_NAME.format(name=_xml(name))
        answer = self._request("PROPPATCH", self.url, body, {"Content-Type": "application/xml"})
        _check(answer, self.url, (207, 200))

    def etags(self) -> dict[str, str | None]:
        """Every item's href and ETag (one PROPFIND)."""
        answer = self._request("PROPFIND", self.url, PROPFIND_ETAGS, {"Depth": "1"})
        if answer.status == 404:
            raise SyncError("sync.no_collection", url=self.url)
        _check(answer, self.url, (207,))
        found: dict[str, str | None] = {}
        for href, props in _responses(answer.raw):
            kind = props.find(f"{DAV}resourcetype")
            if kind is not None and kind.find(f"{DAV}collection") is not None:
                continue
            etag = props.findtext(f"{DAV}getetag")
            found[self._href(href)] = etag
        return found

    def fetch(self, hrefs: list[str]) -> list[Remote]:
        """The items at `hrefs` (calendar-multiget, BATCH at a time); a vanished one is left out."""
        found = []
        for start in range(0, len(hrefs), BATCH):
            chunk = hrefs[start : start + BATCH]
            body = (
                '<?xml version="1.0" encoding="utf-8"?>'
                '<c:calendar-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">'
                "<d:prop><d:getetag/><c:calendar-data/></d:prop>"
                + "".join(f"<d:href>{_xml(self._quoted(h))}</d:href>" for h in chunk)
                + "</c:calendar-multiget>"
            )
            answer = self._request(
                "REPORT", self.url, body, {"Content-Type": "application/xml", "Depth": "1"}
            )
            _check(answer, self.url, (207,))
            for href, props in _responses(answer.raw):
                data = props.findtext(f"{CALDAV}calendar-data")
                if data:
                    found.append(Remote(self._href(href), props.findtext(f"{DAV}getetag"), data))
        return found

    def put(self, href: str, data: bytes, etag: str | None) -> tuple[int, str | None]:
        """PUT one item: over `etag` (If-Match), or new (If-None-Match: *). The status and the
        new ETag (None when the server did not say it)."""
        headers = {"Content-Type": ICS_TYPE}
        headers["If-Match" if etag else "If-None-Match"] = etag or "*"
        answer = self._request("PUT", self.href_url(self._quoted(href)), data.decode(), headers)
        if answer.status not in (200, 201, 204, 412):
            _check(answer, self.url, (201,))
        return answer.status, answer.headers.get("ETag")

    def delete(self, href: str, etag: str | None) -> int:
        headers = {"If-Match": etag} if etag else {}
        answer = self._request("DELETE", self.href_url(self._quoted(href)), "", headers)
        if answer.status not in (200, 204, 404, 412):
            _check(answer, self.url, (204,))
        return int(answer.status)

    def replace_all(self, data: bytes) -> bool:
        """Upload a whole calendar in one request (a collection PUT, which Radicale takes as
        its new content): used for a first sync into an empty collection only. False when the
        server does not take it (the items are then sent one by one)."""
        self.client.timeout = BULK_TIMEOUT
        try:
            answer = self._request("PUT", self.url, data.decode(), {"Content-Type": ICS_TYPE})
        except SyncError as err:
            if err.key == "sync.unreachable":
                raise
            return False  # refused (403 on Nextcloud, 405 elsewhere): one by one then
        finally:
            self.client.timeout = TIMEOUT
        return int(answer.status) in (200, 201, 204)

    def _href(self, href: str) -> str:
        """An href as a path (percent-decoded), the key the state keeps."""
        return urllib.parse.unquote(urllib.parse.urlsplit(href).path)

    def _quoted(self, href: str) -> str:
        return urllib.parse.quote(href)


def _responses(raw: str) -> list[tuple[str, Any]]:
    """(href, prop element) of each 200 propstat of a multistatus."""
    try:
        root = ET.fromstring(raw.encode("utf-8") if isinstance(raw, str) else raw)
    except ET.ParseError as err:
        raise SyncError("sync.bad_answer", reason=str(err)) from None
    found = []
    for response in root.iter(f"{DAV}response"):
        href = response.findtext(f"{DAV}href") or ""
        for propstat in response.iter(f"{DAV}propstat"):
            status = propstat.findtext(f"{DAV}status") or ""
            prop = propstat.find(f"{DAV}prop")
            if " 200 " in status and prop is not None:
                found.append((href, prop))
    return found


def _check(answer: Any, url: str, ok: tuple[int, ...]) -> None:
    status = int(answer.status)
    if status in ok or 200 <= status < 300:
        return
    key = {412: "sync.conflict", 403: "sync.refused", 507: "sync.full"}.get(status, "sync.status")
    raise SyncError(key, url=url, status=status)


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _short(err: BaseException) -> str:
    text = str(err) or type(err).__name__
    return text if len(text) <= 200 else text[:199] + "…"
