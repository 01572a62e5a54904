"""Post fields: reading and checking what the content desk keeps on a post (the review, the
first comment, the media, evergreen), as the store, an undo step or a backup gives them.

Standard library only and light (the morning path reads posts with the store's tasks).
"""

from __future__ import annotations

import datetime as dt

from cmagenda.domain import limits

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# The keys a post's JSON gained with the content desk: absent from earlier files.
DESK_KEYS = ("note", "reviewed_by", "reviewed_at", "first_comment", "media", "evergreen")
EVERGREEN_KEYS = frozenset(("every", "times", "used"))
# A cool-down of a few years at most, and returns a post can plausibly make.
EVERGREEN_DAYS = 3650
EVERGREEN_TIMES = 100


def free_text_problem(text: str, limit: int) -> str | None:
    """Why `text` cannot be a post's free text field (note, first comment, alt text), or None."""
    if not 1 <= len(text) <= limit:
        return f"must have 1 to {limit} characters"
    return None


def path_problem(path: str) -> str | None:
    """Why `path` cannot name a media file, or None (it ends up in terminals and exports)."""
    if not 1 <= len(path) <= limits.MEDIA_PATH:
        return f"must have 1 to {limits.MEDIA_PATH} characters"
    if not path.isprintable():
        return "contains a control or invisible character"
    return None


def desk_fields(raw: dict[str, Any], pid: str) -> dict[str, Any]:
    """The desk fields of the post `raw` (id `pid`), checked; ValueError naming what is wrong."""
    out: dict[str, Any] = {}
    for key, limit in (
        ("note", limits.NOTE),
        ("reviewed_by", limits.REVIEWER),
        ("first_comment", limits.FIRST_COMMENT),
    ):
        value = raw.get(key)
        if value is not None:
            problem = "is not text" if not isinstance(value, str) else None
            problem = problem or free_text_problem(value, limit)
            if problem:
                raise ValueError(f"post {pid}: {key} {problem}")
        out[key] = value
    at = raw.get("reviewed_at")
    if at is not None:
        if not isinstance(at, str):
            raise ValueError(f"post {pid}: reviewed_at is not a time")
        when = dt.datetime.fromisoformat(at)
        if when.tzinfo is None:
            raise ValueError(f"post {pid}: reviewed_at has no UTC offset")
        out["reviewed_at"] = when
    out["media"] = _media(raw.get("media", []), pid)
    out["evergreen"] = _evergreen(raw.get("evergreen"), pid)
    return out


def _media(raw: Any, pid: str) -> list[dict[str, str | None]]:
    if not isinstance(raw, list) or len(raw) > limits.MEDIA_PER_POST:
        raise ValueError(f"post {pid}: media is not a list of at most {limits.MEDIA_PER_POST}")
    out: list[dict[str, str | None]] = []
    for item in raw:
        if not isinstance(item, dict) or item.keys() != {"path", "alt"}:
            raise ValueError(f"post {pid}: a media item needs path and alt")
        path, alt = item["path"], item["alt"]
        problem = path_problem(path) if isinstance(path, str) else "is not text"
        if problem:
            raise ValueError(f"post {pid}: media path {problem}")
        if alt is not None:
            problem = "is not text" if not isinstance(alt, str) else None
            problem = problem or free_text_problem(alt, limits.ALT_TEXT)
            if problem:
                raise ValueError(f"post {pid}: media alt text {problem}")
        out.append({"path": path, "alt": alt})
    return out


def _evergreen(raw: Any, pid: str) -> dict[str, int] | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or raw.keys() != EVERGREEN_KEYS:
        raise ValueError(f"post {pid}: evergreen needs every, times and used")
    for key, top in (("every", EVERGREEN_DAYS), ("times", EVERGREEN_TIMES)):
        value = raw[key]
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= top:
            raise ValueError(f"post {pid}: evergreen {key} must be 1 to {top}")
    used = raw["used"]
    if not isinstance(used, int) or isinstance(used, bool) or not 0 <= used <= raw["times"]:
        raise ValueError(f"post {pid}: evergreen used must be 0 to {raw['times']}")
    return {"every": raw["every"], "times": raw["times"], "used": used}
