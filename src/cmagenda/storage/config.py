"""Config: the user's profile in config.toml (read with tomllib, written with tomli-w)."""

from __future__ import annotations

import hashlib
import re
import tomllib
from importlib.resources import files
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tomli_w
from pydantic import ValidationError

from cmagenda.domain import limits
from cmagenda.domain.errors import ChecklistError, UsageError
from cmagenda.domain.model import LANGUAGES
from cmagenda.domain.schema import Posting, Profile, ReportSettings
from cmagenda.domain.workdays import region_meant
from cmagenda.i18n.messages import LOCALES, say, suggest
from cmagenda.storage.files import safe_read

ZONE_RE = re.compile(r"^[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+)*$")
TOML_AT = re.compile(r"at line (\d+), column (\d+)")
# The tables config.toml may hold.
SECTIONS = ["profile", "report", "sync"]


# The dates cmagenda plans and shows: the calendar and the time zone data are sure there, and a
# week or a month around any of them stays inside what Python's dates can hold.
FIRST_YEAR, LAST_YEAR = 1900, 2999


def load_profile(path: Path, defaults: Profile, lang: str = "en") -> tuple[Profile, bool]:
    """The profile from `path` over `defaults`, and whether the file exists. A broken file is a
    ChecklistError whose lines are said in `lang`."""
    try:
        text = safe_read(path, limits.CONFIG_BYTES).decode("utf-8-sig")
    except FileNotFoundError:
        return defaults, False
    except (OSError, UnicodeDecodeError) as err:
        # The path is said once, in the message (it may be thousands of characters long).
        reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
        raise ChecklistError("config.unreadable", path=str(path), reason=reason) from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        # tomllib's sentences are English; the place it names is said in the user's words.
        found = TOML_AT.search(str(err))
        where = say(lang, "config.at", line=found[1], column=found[2]) if found else ""
        raise ChecklistError(
            "config.invalid", path=str(path), details=[say(lang, "config.toml", where=where)]
        ) from None
    problems = [
        say(lang, "config.section", name=key, suggestion=suggest(key, SECTIONS, lang))
        for key in raw
        if key not in SECTIONS
    ]
    section = raw.get("profile", {})
    if not isinstance(section, dict):
        problems.append(
            say(lang, "config.type", field="profile", expected=say(lang, "config.dict"))
        )
        section = {}
    if "report" in raw:
        # [report] sits beside [profile] in the file; the profile carries it.
        try:
            section = {**section, "report": ReportSettings.model_validate(raw["report"])}
        except ValidationError as err:
            problems += explain(err, lang, "report", {"": list(ReportSettings.model_fields)})
    try:
        profile = Profile.model_validate({**defaults.model_dump(), **section})
    except ValidationError as err:
        known = {"": list(Profile.model_fields), "posting": list(Posting.model_fields)}
        problems += explain(err, lang, "profile", known)
        raise ChecklistError("config.invalid", path=str(path), details=problems) from None
    if not FIRST_YEAR <= profile.start.year <= LAST_YEAR:
        problems.append(
            say(
                lang,
                "config.start",
                value=profile.start.isoformat(),
                low=FIRST_YEAR,
                high=LAST_YEAR,
            )
        )
    if check_zone(profile.timezone):
        problems.append(zone_line(profile.timezone, lang))
    if problems:
        raise ChecklistError("config.invalid", path=str(path), details=problems)
    return profile, True


# pydantic's error types, by the catalogue key that says them (its own sentences are English).
TYPES = {
    "int_type": "config.int",
    "int_parsing": "config.int",
    "int_from_float": "config.int",
    "string_type": "config.str",
    "list_type": "config.list",
    "dict_type": "config.dict",
    "model_type": "config.dict",
    "model_attributes_type": "config.dict",
    "bool_type": "config.bool",
    "bool_parsing": "config.bool",
    "date_type": "config.date",
    "date_parsing": "config.date",
    "date_from_datetime_parsing": "config.date",
    "date_from_datetime_inexact": "config.date",
}
# Our own validators' ValueErrors, by the field they check.
FIELDS = {
    "language": ("config.one_of", ", ".join(LANGUAGES)),
    "locale": ("config.one_of", ", ".join(LOCALES)),
    "work_hours": ("config.hours", ""),
    "holidays": ("config.region", ""),
    "times": ("config.time", ""),
    "metrics": ("config.metric", ""),
}


def explain(
    err: ValidationError, lang: str, prefix: str, fields: dict[str, list[str]] | None = None
) -> list[str]:
    """One line per problem pydantic found, in `lang`, each naming its key under `prefix`;
    `fields` lists the known keys of each table ("" for the top one), for suggestions."""
    fields = fields or {}
    lines = []
    for item in err.errors():
        names = [str(p) for p in item["loc"]]
        key = ".".join([prefix, *names] if prefix else names)
        kind = item["type"]
        ctx = item.get("ctx") or {}
        value = _shown(item.get("input"))
        field = next((n for n in reversed(names) if not n.isdigit()), "")
        if kind == "extra_forbidden":
            known = fields.get(names[0] if len(names) > 1 else "", [])
            line = say(
                lang, "config.unknown_key", field=key, suggestion=suggest(field, known, lang)
            )
        elif kind == "missing":
            line = say(lang, "config.missing", field=key)
        elif kind in TYPES:
            line = say(lang, "config.type", field=key, expected=say(lang, TYPES[kind]))
        elif kind in ("greater_than_equal", "greater_than"):
            line = say(lang, "config.low", field=key, limit=ctx.get("ge", ctx.get("gt")))
        elif kind in ("less_than_equal", "less_than"):
            line = say(lang, "config.high", field=key, limit=ctx.get("le", ctx.get("lt")))
        elif kind in ("too_short", "string_too_short"):
            line = say(lang, "config.short", field=key, limit=ctx.get("min_length"))
        elif kind in ("too_long", "string_too_long"):
            line = say(lang, "config.long", field=key, limit=ctx.get("max_length"))
        elif kind == "literal_error":
            # pydantic says "'a', 'b' or 'c'": listed here without its English "or".
            choices = str(ctx.get("expected", "")).replace("' or '", "', '").replace("'", "")
            line = say(lang, "config.one_of", field=key, value=value, choices=choices)
        elif kind == "value_error" and field == "holidays" and (meant := _region(item)):
            near = say(lang, "did_you_mean", word=meant)
            line = say(lang, "config.region_near", field=key, value=value, suggestion=near)
        elif kind == "value_error" and field in FIELDS:
            found, choices = FIELDS[field]
            line = say(lang, found, field=key, value=value, choices=choices)
        elif kind == "value_error" and "posts_min" in str(ctx.get("error")):
            line = say(lang, "config.cadence", field=key)
        else:
            line = say(lang, "config.refused", field=key, value=value)
        lines.append(line)
    return lines


def _region(item: Any) -> str | None:
    """The holiday region a refused `holidays` value most likely means ("QC": "CA-QC")."""
    given = item.get("input")
    return region_meant(given) if isinstance(given, str) else None


def _shown(value: Any) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:59] + "…"


def zone_line(name: str, lang: str) -> str:
    suggestion = suggest(name, _zone_names(), lang)
    return say(lang, "config.zone", field="profile.timezone", zone=name, suggestion=suggestion)


def read_language(path: Path) -> str | None:
    """The profile's language in `path`, if it says a known one (nothing else is checked)."""
    return read_wording(path).get("language")


def read_wording(path: Path) -> dict[str, str]:
    """What the profile in `path` says of the words shown (`language`, `locale`, `timezone`),
    each kept when it is a known value, nothing else checked: a help page must not need a
    valid config."""
    try:
        data = safe_read(path, limits.CONFIG_BYTES).decode("utf-8-sig")
        table = tomllib.loads(data).get("profile", {})
        said = {name: table.get(name) for name in ("language", "locale", "timezone")}
    except (OSError, ValueError, AttributeError, RecursionError):
        return {}
    known = {
        "language": lambda v: v in ("fr", "en"),
        "locale": lambda v: v in LOCALES,
        "timezone": lambda v: isinstance(v, str),
    }
    return {name: value for name, value in said.items() if known[name](value)}


def render_profile(profile: Profile, head: str | None = None) -> bytes:
    """config.toml for `profile`; with `head` (comment lines), a file cmagenda wrote by itself:
    the head ends with the digest of the body, so that an edit by the user shows."""
    # TOML has no null: an unset optional setting is left out.
    body: dict[str, Any] = {"profile": profile.model_dump(mode="python", exclude_none=True)}
    body["profile"]["week_start"] = str(profile.week_start)
    if not profile.posting:
        del body["profile"]["posting"]
    if "report" in body["profile"]:
        body["report"] = body["profile"].pop("report")
    text = tomli_w.dumps(body)
    if head is None:
        return text.encode("utf-8")
    lines = "".join(f"# {line}\n" for line in head.splitlines())
    return f"{lines}{ASSUMED_MARK}{_digest(text)}\n{text}".encode()


def keeping_sync(data: bytes, path: Path) -> bytes:
    """`data` (a new config.toml) with the [sync] table the file at `path` holds, if any: a
    rewritten profile must not forget the server it syncs with."""
    table = read_sync(path)
    if table is None:
        return data
    return data + b"\n" + tomli_w.dumps({"sync": table}).encode("utf-8")


# The last comment line of a profile cmagenda wrote by itself, followed by its body's digest.
ASSUMED_MARK = "# cmagenda-assumed: "


def _digest(text: str) -> str:
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
    if ZONE_RE.match(name):
        try:
            ZoneInfo(name)
            return None
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    return f"unknown time zone {name!r}{suggest(name, _zone_names())}"


def _zone_names() -> list[str]:
    # tzdata ships the list; zoneinfo.available_timezones() reads files in the locale's encoding.
    try:
        text = files("tzdata").joinpath("zones").read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        return []
    return sorted(line.strip() for line in text.splitlines() if line.strip())


def require_zone(name: str, lang: str = "en") -> str:
    if check_zone(name):
        suggestion = suggest(name, _zone_names(), lang)
        detail = say(lang, "zone.close", zone=name, suggestion=suggestion)
        raise UsageError("zone.unknown", zone=name, details=[detail])
    return name


# -- [sync]: where `cmagenda sync` meets its CalDAV server ----------------------------------------

SYNC_KEYS = ("url", "username", "password_command")


def read_sync(path: Path) -> dict[str, str] | None:
    """The [sync] table of config.toml (url, username, optional password_command), None when
    absent; a ChecklistError when it is not made of those texts."""
    try:
        raw = tomllib.loads(safe_read(path, limits.CONFIG_BYTES).decode("utf-8-sig"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise ChecklistError("config.unreadable", path=str(path), reason=str(err)) from None
    table = raw.get("sync")
    if table is None:
        return None
    if (
        not isinstance(table, dict)
        or not {"url", "username"} <= table.keys() <= set(SYNC_KEYS)
        or not all(isinstance(v, str) and v for v in table.values())
    ):
        raise ChecklistError("sync.config_bad", path=str(path))
    return dict(table)


def write_sync(path: Path, table: dict[str, str], write: Any) -> None:
    """config.toml with its [sync] table set to `table`, written with `write(path, data)`.

    The rest of the file is kept byte for byte (the user's comments too): the table is appended,
    or the one cmagenda wrote replaced. The result must read back with the same profile and
    exactly `table`, else nothing is written."""
    try:
        text = safe_read(path, limits.CONFIG_BYTES).decode("utf-8-sig")
    except FileNotFoundError:
        text = ""
    except (OSError, UnicodeDecodeError) as err:
        raise ChecklistError("config.unreadable", path=str(path), reason=str(err)) from None
    try:
        before = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        raise ChecklistError("sync.config_keep", path=str(path)) from None
    lines = text.splitlines(keepends=True)
    heads = [i for i, line in enumerate(lines) if line.strip() == "[sync]"]
    if heads:
        start = heads[0]
        end = next(
            (i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")),
            len(lines),
        )
        lines[start:end] = []
    body = "".join(lines)
    if body and not body.endswith("\n"):
        body += "\n"
    new = body + ("\n" if body else "") + tomli_w.dumps({"sync": table})
    try:
        after = tomllib.loads(new)
    except tomllib.TOMLDecodeError:
        raise ChecklistError("sync.config_keep", path=str(path)) from None
    kept = {k: v for k, v in after.items() if k != "sync"}
    if kept != {k: v for k, v in before.items() if k != "sync"} or after.get("sync") != table:
        raise ChecklistError("sync.config_keep", path=str(path))
    write(path, new.encode("utf-8"))
