"""Config: the user's profile in config.toml (read with tomllib, written with tomli-w)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from . import limits
from .errors import ChecklistError, UsageError
from .files import safe_read
from .messages import suggest
from .schema import Profile

ZONE_RE = re.compile(r"^[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+)*$")


def load_profile(path: Path, defaults: Profile) -> tuple[Profile, bool]:
    """The profile from `path` over `defaults`, and whether the file exists."""
    try:
        text = safe_read(path, limits.CONFIG_BYTES).decode("utf-8-sig")
    except FileNotFoundError:
        return defaults, False
    except (OSError, UnicodeDecodeError) as err:
        raise ChecklistError("config.unreadable", path=str(path), reason=str(err)) from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ChecklistError("config.invalid", path=str(path), details=[str(err)]) from None
    problems = [
        f"unknown section [{key}]{suggest(key, ['profile'])}" for key in raw if key != "profile"
    ]
    section = raw.get("profile", {})
    if not isinstance(section, dict):
        problems.append("[profile] must be a table")
        section = {}
    try:
        profile = Profile.model_validate({**defaults.model_dump(), **section})
    except ValidationError as err:
        for item in err.errors():
            key = ".".join(str(p) for p in item["loc"])
            if item["type"] == "extra_forbidden":
                msg = "unknown key" + suggest(key, list(Profile.model_fields))
            else:
                msg = str(item["msg"]).removeprefix("Value error, ")
            problems.append(f"profile.{key}: {msg}")
        raise ChecklistError("config.invalid", path=str(path), details=problems) from None
    zone_problem = check_zone(profile.timezone)
    if zone_problem:
        problems.append(f"profile.timezone: {zone_problem}")
    if problems:
        raise ChecklistError("config.invalid", path=str(path), details=problems)
    return profile, True


def read_language(path: Path) -> str | None:
    """The profile's language in `path`, if it says a known one (nothing else is checked)."""
    try:
        data = safe_read(path, limits.CONFIG_BYTES).decode("utf-8-sig")
        language = tomllib.loads(data).get("profile", {}).get("language")
    except (OSError, ValueError, AttributeError, RecursionError):
        return None
    return language if language in ("fr", "en") else None


def render_profile(profile: Profile, head: str | None = None) -> bytes:
    """config.toml for `profile`; with `head` (comment lines), a file cmagenda wrote by itself:
    the head ends with the digest of the body, so that an edit by the user shows."""
    import tomli_w

    # TOML has no null: an unset optional setting is left out.
    body: dict[str, Any] = {"profile": profile.model_dump(mode="python", exclude_none=True)}
    body["profile"]["week_start"] = str(profile.week_start)
    if not profile.posting:
        del body["profile"]["posting"]
    text = tomli_w.dumps(body)
    if head is None:
        return text.encode("utf-8")
    lines = "".join(f"# {line}\n" for line in head.splitlines())
    return f"{lines}{ASSUMED_MARK}{_digest(text)}\n{text}".encode()


# The last comment line of a profile cmagenda wrote by itself, followed by its body's digest.
ASSUMED_MARK = "# cmagenda-assumed: "


def _digest(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def written_by_itself(path: Path) -> bool:
    """Whether `path` is a profile cmagenda wrote by itself and nobody edited since."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    at = text.find(ASSUMED_MARK)
    if at < 0 or any(not line.startswith("#") for line in text[:at].splitlines()):
        return False
    digest, _, body = text[at + len(ASSUMED_MARK) :].partition("\n")
    return digest == _digest(body)


def check_zone(name: str) -> str | None:
    """Why `name` is not a usable IANA zone, or None."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if ZONE_RE.match(name):
        try:
            ZoneInfo(name)
            return None
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    return f"unknown time zone {name!r}{suggest(name, _zone_names())}"


def _zone_names() -> list[str]:
    # tzdata ships the list; zoneinfo.available_timezones() reads files in the locale's encoding.
    from importlib.resources import files

    try:
        text = files("tzdata").joinpath("zones").read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        return []
    return sorted(line.strip() for line in text.splitlines() if line.strip())


def require_zone(name: str) -> str:
    problem = check_zone(name)
    if problem:
        raise UsageError("zone.unknown", zone=name, details=[problem])
    return name
