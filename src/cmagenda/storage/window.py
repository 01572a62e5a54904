"""Window: a derived file holding the views of the planning horizon, ready to print: the real
today, its week, and every day and week from a week back to four weeks ahead.

Written by the full path after it plans or changes anything (data/window.json); read by `fast`
with the standard library alone. It is a cache, never a source of truth: the fast path serves it
only if nothing it was made from has changed since (cmagenda's version; config.toml, the
checklists and the store files it read, by inode, size and mtime), and only while the clock is
within the day it was made for (local midnight to midnight, kept as UTC instants so that the
reader needs no time zone data). Anything else goes to the full path, which writes it anew.
"""

from __future__ import annotations

import datetime as dt
import json
import os

from cmagenda import __version__
from cmagenda.domain import limits
from cmagenda.domain.model import (
    LANGUAGES,
    Status,
    Titles,
    WeekStart,
    post_from_json,
    task_from_json,
)
from cmagenda.domain.queries import Day, Item, Tally, Week, week_bounds
from cmagenda.i18n.messages import Voice
from cmagenda.storage.files import safe_read
from cmagenda.storage.paths import CHECKLIST_NAME, CONFIG_NAME, Paths, bundled_checklist_file

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from pathlib import Path
    from typing import Any

SCHEMA_VERSION = 8

# The horizon the window holds around the real today (see `horizon`).
HORIZON_BACK = 7
HORIZON_AHEAD = 28
WEEK = dt.timedelta(days=7)


class Look:
    """The profile settings a view is drawn with, kept in the window for the fast path."""

    __slots__ = ("language", "locale", "me", "networks", "timezone", "week_start", "work")

    def __init__(
        self,
        timezone: str,
        language: str,
        week_start: str,
        locale: str | None,
        networks: list[str] | None = None,
        work: tuple[list[str], list[str]] | None = None,
        me: str | None = None,
    ) -> None:
        self.timezone = timezone
        self.language = language
        self.week_start = week_start
        self.locale = locale  # the profile's choice, if any
        # The networks followed: posts on any other are flagged (None: not known, none are).
        self.networks = networks
        # The working days and hours, each day's capacity (None: not known, none shown).
        self.work = work
        # The profile's owner: `done` on the fast path records who did it, as the full path.
        self.me = me

    @classmethod
    def of(cls, body: dict[str, Any]) -> Look:
        chosen = body["locale"]
        networks = body.get("networks")
        work = body.get("work")
        me = body.get("me")
        look = cls(
            str(body["timezone"]),
            str(body["language"]),
            str(body["week_start"]),
            chosen if isinstance(chosen, str) else None,
            [str(n) for n in networks] if isinstance(networks, list) else None,
            ([str(d) for d in work[0]], [str(h) for h in work[1]])
            if isinstance(work, list) and len(work) == 2
            else None,
            me if isinstance(me, str) else None,
        )
        if look.language not in LANGUAGES or look.week_start not in WeekStart.ALL:
            raise Stale("unknown settings")
        return look


def window_path(paths: Paths) -> str:
    return paths.data("window.json")


def settings(paths: Paths) -> list[str]:
    """The user's files planning depends on: config.toml and the checklists."""
    return [paths.config(CONFIG_NAME), bundled_checklist_file(), paths.config(CHECKLIST_NAME)]


def setting_names(paths: Paths) -> set[str]:
    """The stamp keys of `settings`."""
    return {str(p) for p in settings(paths)}


def fingerprint(paths: Paths) -> str:
    """What planning depends on: this version and `settings`, by content."""
    import hashlib

    digest = hashlib.sha256(__version__.encode())
    for path in settings(paths):
        try:
            data = safe_read(path, limits.CHECKLIST_BYTES)
        except OSError:
            data = b"\x00missing"
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()[:16]


def stamp(path: Path | str) -> list[int] | None:
    """What changes whenever a store file is rewritten (atomic replace: a new inode)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_ino, st.st_size, st.st_mtime_ns]


def _item(item: Item) -> dict[str, Any]:
    body = {
        "task": item.task.dump(),
        "status": str(item.status),
        "overdue": item.overdue,
        "short": item.short_id,
    }
    if item.post is not None:
        body["post"] = item.post.dump()
    return body


def _day(day: Day) -> dict[str, Any]:
    body: dict[str, Any] = {"date": day.date.isoformat(), "items": [_item(i) for i in day.items]}
    if day.holiday is not None:
        body["holiday"] = [day.holiday.fr, day.holiday.en]
    if day.orphans:
        body["orphans"] = [p.dump() for p in day.orphans]
    if day.outside:
        body["outside"] = [p.dump() for p in day.outside]
    if day.capacity is not None:
        body["capacity"] = day.capacity
    if day.off is not None:
        body["off"] = day.off
    return body


def horizon(today: dt.date, week_start: str) -> list[dt.date]:
    """The days the window holds: whole weeks from a week back to four weeks ahead of `today`,
    the span a community manager looks at to plan (`week --on "lundi prochain"`)."""
    first, _ = week_bounds(today - dt.timedelta(days=HORIZON_BACK), week_start)
    _, last = week_bounds(today + dt.timedelta(days=HORIZON_AHEAD), week_start)
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def _week(week: Week) -> dict[str, Any]:
    return {
        "start": week.start.isoformat(),
        "end": week.end.isoformat(),
        "today": week.today.isoformat(),
        "days": [_day(d) for d in week.days],
        "tallies": [
            [
                t.date.isoformat(),
                *(t.network, t.required, t.optional, t.filled, t.done, t.skipped, t.outside),
            ]
            for t in week.tallies
        ],
    }


def encode(
    *,
    stamps: dict[str, list[int] | None],
    day_utc: tuple[float, float],
    look: Look,
    voices: dict[str, Voice],
    today: Day,
    week: Week,
    others: Sequence[Week] = (),
    token: str = "",
) -> bytes:
    """The window: the real today and its week; the labels of the horizon's `others` too, whose
    weeks go to the file `encode_others` writes with the same `token`."""
    # Every label the views need, in each language, so that the fast path never loads CLDR.
    days = [today, *week.days, *(d for w in others for d in w.days)]
    dates = {week.start, week.end, *(d.date for d in days)}
    dates |= {w.start for w in others} | {w.end for w in others}
    dates |= {i.task.date for d in days for i in d.items}
    times = {i.task.time for d in days for i in d.items if i.task.time}
    times |= {p.time for d in days for p in d.orphans if p.time}
    for voice in voices.values():
        for day in sorted(dates):
            voice.long_date(day)
            voice.short_date(day)
        for hhmm in sorted(times):
            voice.time(hhmm)
    body = {
        "schema_version": SCHEMA_VERSION,
        "version": __version__,
        "stamps": stamps,
        "day_utc": list(day_utc),
        "timezone": look.timezone,
        "language": look.language,
        "week_start": look.week_start,
        "locale": look.locale,
        "networks": look.networks,
        "work": list(look.work) if look.work is not None else None,
        "me": look.me,
        "voices": {
            lang: {"locale": v.locale, "labels": v.labels} for lang, v in sorted(voices.items())
        },
        "today": _day(today),
        "week": _week(week),
        # The other weeks live in their own file (`encode_others`), read only when asked for:
        # they are four fifths of the bytes and the morning's `today` needs none of them.
        "others": token,
    }
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def week_line(week: Week) -> bytes:
    """A week of the horizon as its line in the horizon file."""
    return json.dumps(_week(week), ensure_ascii=False, separators=(",", ":")).encode()


def encode_others(token: str, lines: Sequence[tuple[dt.date, bytes]]) -> bytes:
    """The horizon's other weeks (each start with its `week_line`), tied to the window written
    with the same `token`: a first line saying where each week's line starts and ends, then a
    line per week, so that a reader parses only the week it shows."""
    spans: dict[str, list[int]] = {}
    at = 0
    for start, line in lines:
        spans[start.isoformat()] = [at, at + len(line)]
        at += len(line) + 1
    head = json.dumps({"schema_version": SCHEMA_VERSION, "token": token, "weeks": spans})
    return b"\n".join([head.encode(), *(line for _, line in lines)]) + b"\n"


def others_path(window: Path | str) -> str:
    return os.path.join(os.path.dirname(window), "window-horizon.json")


class Horizon:
    """The horizon file of a window, read whole but parsed a week at a time: a change served
    by the fast path parses and redraws only the weeks it touches and copies the others."""

    __slots__ = ("rest", "spans", "token")

    def __init__(self, token: str, spans: dict[dt.date, tuple[int, int]], rest: bytes) -> None:
        self.token = token
        self.spans = spans  # each week's start: where its line is in `rest`
        self.rest = rest

    @classmethod
    def read(cls, path: Path | str, body: dict[str, Any]) -> Horizon:
        """The horizon of the window `body` read from `path`; Stale if its file belongs to
        another window."""
        try:
            data = safe_read(others_path(path), limits.STORE_BYTES)
            header, _, rest = data.partition(b"\n")
            head = json.loads(header)
            if not isinstance(head, dict) or head.get("token") != body["others"]:
                raise Stale("the horizon belongs to another window")
            spans = {
                dt.date.fromisoformat(start): (int(begin), int(end))
                for start, (begin, end) in head["weeks"].items()
            }
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise Stale(str(err)) from None
        return cls(str(body["others"]), spans, rest)

    def line(self, start: dt.date) -> bytes:
        begin, end = self.spans[start]
        return self.rest[begin:end]

    def weeks(self, day: dt.date) -> list[dict[str, Any]]:
        """The week holding `day`, parsed (none if the horizon does not hold it); Stale if it
        cannot be."""
        try:
            return [json.loads(self.line(s)) for s in self.spans if s <= day < s + WEEK]
        except ValueError as err:
            raise Stale(str(err)) from None


def with_week(path: Path | str, body: dict[str, Any], day: dt.date) -> dict[str, Any]:
    """`body` with the horizon's week holding `day` (none if the horizon does not hold it),
    read from its file if that file belongs to `body`."""
    return {**body, "weeks": Horizon.read(path, body).weeks(day)}


def changed_since(body: dict[str, Any]) -> Iterator[str]:
    """The files the window `body` was made from that have changed since (their stamps)."""
    return (name for name, seen in body["stamps"].items() if stamp(name) != seen)


class Stale(Exception):
    """The window cannot be served: the full path must answer."""


def load(path: Path | str, now: float | None = None) -> dict[str, Any]:
    """The window, if it is fresh (and, given `now` as a UTC timestamp, made for that day)."""
    try:
        body = json.loads(safe_read(path, limits.STORE_BYTES))
    except (OSError, ValueError) as err:
        raise Stale(str(err)) from None
    if not isinstance(body, dict) or body.get("schema_version") != SCHEMA_VERSION:
        raise Stale("unknown window format")
    if body.get("version") != __version__:
        raise Stale("another cmagenda wrote it")
    stamps = body.get("stamps")
    if not isinstance(stamps, dict) or not stamps:
        raise Stale("no stamps")
    changed = next(changed_since(body), None)
    if changed is not None:
        raise Stale(f"{changed} changed")
    if now is not None:
        start, end = body["day_utc"]
        if not start <= now < end:
            raise Stale("made for another day")
    return body


def _status(value: object) -> str:
    if value not in Status.ALL:
        raise ValueError(f"unknown status {value!r}")
    return str(value)


def _decode_day(raw: dict[str, Any]) -> Day:
    items = [
        Item(
            task_from_json(i["task"]),
            _status(i["status"]),
            bool(i["overdue"]),
            str(i["short"]),
            post_from_json(i["post"]) if "post" in i else None,
        )
        for i in raw["items"]
    ]
    holiday = Titles(*raw["holiday"]) if "holiday" in raw else None
    orphans = [post_from_json(p) for p in raw.get("orphans", [])]
    capacity = raw.get("capacity")
    if capacity is not None and (not isinstance(capacity, int) or isinstance(capacity, bool)):
        raise ValueError("capacity must be a number of minutes")
    off = raw.get("off")
    if off is not None and not isinstance(off, str):
        raise ValueError("off must be text")
    outside = [post_from_json(p) for p in raw.get("outside", [])]
    return Day(dt.date.fromisoformat(raw["date"]), items, holiday, orphans, capacity, off, outside)


def voices(body: dict[str, Any]) -> dict[str, Voice]:
    out = {}
    try:
        for lang, raw in body["voices"].items():
            labels = {kind: raw["labels"][kind] for kind in ("long", "short", "time")}
            for table in labels.values():
                if not all(isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
                    raise TypeError("labels must be text")
            if lang in LANGUAGES:
                out[lang] = Voice(lang, str(raw["locale"]), labels)
    except (KeyError, TypeError, AttributeError) as err:
        raise Stale(str(err)) from None
    return out


def shorts(body: dict[str, Any], weeks: Sequence[dict[str, Any]] = ()) -> dict[str, str] | None:
    """The short id shown for each task of the window (and of the `weeks` of its horizon), or
    None if the window cannot say."""
    try:
        weeks = [body["week"], *body.get("weeks", []), *weeks]
        days = [body["today"], *(d for w in weeks for d in w["days"])]
        return {str(i["task"]["id"]): str(i["short"]) for d in days for i in d["items"]}
    except (KeyError, TypeError) as err:
        raise Stale(str(err)) from None


def decode_today(body: dict[str, Any], day: dt.date | None = None) -> Day | None:
    """The day `day` (default: the real today), or None when the window does not hold it."""
    try:
        if day is None or day.isoformat() == body["today"]["date"]:
            return _decode_day(body["today"])
        for raw in (body["week"], *body.get("weeks", [])):
            for one in raw["days"]:
                if one["date"] == day.isoformat():
                    return _decode_day(one)
        return None
    except (KeyError, TypeError, ValueError) as err:
        raise Stale(str(err)) from None


def decode_week(body: dict[str, Any], day: dt.date | None = None) -> Week | None:
    """The week holding `day` (default: the real today), shown for `day`, or None when the
    window does not hold it."""
    try:
        for raw in (body["week"], *body.get("weeks", [])):
            start = dt.date.fromisoformat(raw["start"])
            end = dt.date.fromisoformat(raw["end"])
            if day is None or start <= day <= end:
                return Week(
                    start,
                    end,
                    dt.date.fromisoformat(raw["today"]) if day is None else day,
                    [_decode_day(d) for d in raw["days"]],
                    [
                        Tally(
                            dt.date.fromisoformat(d),
                            *(str(n), int(r), int(o), int(f), int(x), int(s), int(u)),
                        )
                        for d, n, r, o, f, x, s, u in raw["tallies"]
                    ],
                )
        return None
    except (KeyError, TypeError, ValueError) as err:
        raise Stale(str(err)) from None
