"""Templates: read checklist TOML files, merge the user's over the bundled one, validate.

Every problem found is reported at once, each naming the file, the line when it can be found,
the duty id and the key, with a "did you mean" for misspelt keys.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from cmagenda.domain import limits, ordering
from cmagenda.domain.errors import ChecklistError
from cmagenda.domain.networks import resolve as resolve_network
from cmagenda.domain.rrules import rule_problem
from cmagenda.domain.schema import Checklist, Network, Template
from cmagenda.i18n.messages import say, suggest
from cmagenda.storage.config import explain
from cmagenda.storage.named import read_named

SCHEMA_VERSION = 1
TOP_KEYS = ("schema_version", "networks", "duties")
MAX_FILE_BYTES = limits.CHECKLIST_BYTES

Raw = dict[str, Any]


def read_file(path: Path) -> Raw:
    """Parse one checklist file into plain data; raises ChecklistError naming the file."""
    data = read_named(
        path,
        MAX_FILE_BYTES,
        ChecklistError,
        missing="checklist.missing",
        too_big="checklist.too_big",
        unreadable="checklist.unreadable",
    )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ChecklistError(
            "checklist.not_utf8", path=str(path), offset=err.start, reason=err.reason
        ) from None
    text = text.removeprefix("\ufeff")
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ChecklistError("checklist.bad_toml", path=str(path), reason=str(err)) from None
    except RecursionError:
        raise ChecklistError(
            "checklist.bad_toml", path=str(path), reason="nested too deeply"
        ) from None
    return {"__path__": str(path), "__text__": text, **raw}


def load_checklist(files: Iterable[Path], lang: str = "en") -> Checklist:
    """Read, merge (later files override earlier ones key by key) and validate (the problems
    told in `lang` where the catalogue has them)."""
    raws = [read_file(p) for p in files]
    problems: list[str] = []
    for raw in raws:
        problems.extend(_check_shape(raw, lang))
    if problems:
        raise ChecklistError("checklist.invalid", details=problems)
    networks, net_origin = _merge(raws, "networks")
    duties, duty_origin = _merge(raws, "duties")

    checked_networks: dict[str, Network] = {}
    for name, body in networks.items():
        raw = net_origin[name]
        fault = limits.name_fault(name, limits.NETWORK)
        if fault:
            # A network's name is stored with each of its tasks, posts and KPI values.
            where = _where(raw, ("networks", name), None)
            problems.append(
                say(lang, f"checklist.network_name_{fault}", where=where, name=name,
                    limit=limits.NETWORK)
            )  # fmt: skip
            continue
        try:
            checked_networks[name] = Network.model_validate(body)
        except ValidationError as err:
            problems.extend(_explain(err, raw, "networks", name, Network.model_fields, lang))
    templates: dict[str, Template] = {}
    for tid, body in duties.items():
        raw = duty_origin[tid]
        try:
            template = Template.model_validate({**body, "id": tid})
        except ValidationError as err:
            problems.extend(_explain(err, raw, "duties", tid, Template.model_fields, lang))
            continue
        if template.rrule is not None:
            problem = check_rule(template.rrule, lang)
            if problem:
                where = _where(raw, ("duties", tid), "rrule")
                problems.append(
                    say(lang, "checklist.rrule", where=where, duty=tid, problem=problem)
                )
        named = template.network and resolve_network(template.network, networks)
        if named:
            template = template.model_copy(update={"network": named})
        elif template.network:
            where = _where(raw, ("duties", tid), "network")
            hint = suggest(template.network, networks, lang)
            problems.append(
                say(lang, "checklist.network_unknown", where=where, duty=tid,
                    network=template.network, suggestion=hint)
            )  # fmt: skip
        if template.per_network and template.network:
            where = _where(raw, ("duties", tid), "network")
            problems.append(say(lang, "checklist.per_network", where=where, duty=tid))
        if template.series and not template.network:
            where = _where(raw, ("duties", tid), "series")
            problems.append(say(lang, "checklist.series_network", where=where, duty=tid))
        templates[tid] = template
    if not problems:
        problems.extend(_check_after(templates, duty_origin, lang))
    if not problems:
        problems.extend(_plan_size(templates, checked_networks, duty_origin, lang))
    if problems:
        raise ChecklistError("checklist.invalid", details=problems)
    return Checklist(templates=templates, networks=checked_networks)


def _plan_size(
    templates: dict[str, Template], networks: dict[str, Network], origin: dict[str, Raw], lang: str
) -> list[str]:
    """Refuse a checklist that could plan more than `limits.PLAN_PER_DAY` tasks on one day,
    naming the duty that goes over: planning and every view grow with it (1 781 daily duties
    at 48 times each took minutes and gigabytes to plan one day).

    The count is the worst day: every enabled duty on the same day, each with all its times
    (one task without times), a per-network duty with every network's `posts_max` slots."""
    total = 0
    slots = sum(n.posts_max for n in networks.values())
    for tid, template in templates.items():
        if not template.enabled:
            continue
        if template.per_network:
            total += slots
        elif template.series:
            total += 1
        else:
            total += max(1, len(template.times))
        if total > limits.PLAN_PER_DAY:
            where = _where(origin[tid], ("duties", tid), "times")
            most = limits.PLAN_PER_DAY
            return [say(lang, "checklist.too_many", where=where, duty=tid, most=most, n=total)]
    return []


def _check_after(templates: dict[str, Template], origin: dict[str, Raw], lang: str) -> list[str]:
    """Every `after` names a known duty, and no duty waits on itself through a chain."""
    problems = []
    for tid, template in templates.items():
        for other in template.after:
            if other not in templates:
                where = _where(origin[tid], ("duties", tid), "after")
                hint = suggest(other, [t for t in templates if t != tid], lang)
                problems.append(
                    say(lang, "checklist.after_unknown", where=where, duty=tid, other=other) + hint
                )
    if problems:
        return problems
    for cycle in ordering.cycles({t: tp.after for t, tp in templates.items()}):
        where = _where(origin[cycle[0]], ("duties", cycle[0]), "after")
        path = " → ".join([*cycle, cycle[0]])
        problems.append(say(lang, "checklist.after_cycle", where=where, duty=cycle[0], path=path))
    return problems


def _check_shape(raw: Raw, lang: str) -> list[str]:
    problems = []
    path = raw["__path__"]
    for key in raw:
        if key.startswith("__"):
            continue
        if key not in TOP_KEYS:
            line = _where(raw, (), key)
            hint = suggest(key, TOP_KEYS, lang)
            problems.append(say(lang, "checklist.top_key", where=line, name=key, suggestion=hint))
    version = raw.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool):
        where = _where(raw, (), "schema_version")
        problems.append(say(lang, "checklist.version_int", where=where))
    elif version > SCHEMA_VERSION:
        problems.append(
            say(lang, "checklist.version_newer", path=path, version=version, known=SCHEMA_VERSION)
        )
    for table in ("networks", "duties"):
        value = raw.get(table, {})
        if not isinstance(value, dict):
            problems.append(
                say(lang, "checklist.not_table", where=_where(raw, (), table), name=table)
            )
            continue
        for name, body in value.items():
            if not isinstance(body, dict):
                where = _where(raw, (table,), name)
                problems.append(
                    say(lang, "checklist.not_table", where=where, name=f"{table}.{name}")
                )
    return problems


def _merge(raws: list[Raw], table: str) -> tuple[dict[str, Raw], dict[str, Raw]]:
    merged: dict[str, Raw] = {}
    origin: dict[str, Raw] = {}
    for raw in raws:
        for name, body in raw.get(table, {}).items():
            merged[name] = {**merged.get(name, {}), **body}
            origin[name] = raw
    return merged, origin


def _explain(
    err: ValidationError, raw: Raw, table: str, name: str, fields: Iterable[str], lang: str
) -> list[str]:
    kind = "duty" if table == "duties" else "network"
    known = {"": [f for f in fields if f != "id"], "title": ["fr", "en"]}
    # The catalogue's wording (as for config.toml) outside English: pydantic speaks English only.
    told = explain(err, lang, "", known) if lang != "en" else []
    out = []
    for number, item in enumerate(err.errors()):
        loc = [str(p) for p in item["loc"] if p != "id"]
        key = ".".join(loc) or "(table)"
        where = _where(raw, (table, name), loc[0] if loc else None)
        if len(loc) > 1:
            # `title.en = ...`: point at the nested key's own line when it can be found.
            nested = _where(raw, (table, name, *loc[:-1]), loc[-1])
            where = nested if nested != raw["__path__"] else where
        if told:
            label = say(lang, f"checklist.{kind}", name=name)
            out.append(
                f"{where}{say(lang, 'checklist.sep')}{label}{say(lang, 'checklist.sep')}"
                f"{told[number]}"
            )
            continue
        if item["type"] in ("extra_forbidden", "unexpected_keyword_argument"):
            choices = known[""] if len(loc) == 1 else known["title"]
            msg = f"unknown key{suggest(loc[-1], choices)}"
        elif item["type"] == "missing":
            msg = "required key is missing"
        else:
            msg = str(item["msg"]).removeprefix("Value error, ")
        out.append(f"{where}: {kind} '{name}': {key}: {msg}")
    return out


HEADER_RE = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
KEY_RE = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)\s*[.=]""")


def _split_key(text: str) -> tuple[str, ...]:
    parts = re.findall(r""""[^"]*"|'[^']*'|[^.\s]+""", text)
    return tuple(p.strip("\"'") for p in parts)


def _where(raw: Raw, table: tuple[str, ...], key: str | None) -> str:
    """`file:line` of `key` inside `[table]` (or of the table header), best effort."""
    path = raw["__path__"]
    header_line = None
    current: tuple[str, ...] = ()
    for number, line in enumerate(raw["__text__"].splitlines(), start=1):
        head = HEADER_RE.match(line)
        if head:
            current = _split_key(head.group(1))
            if current == table:
                header_line = number
            continue
        match = KEY_RE.match(line)
        if not match or key is None:
            continue
        name = match.group(1).strip("\"'")
        if current == table and name == key:
            return f"{path}:{number}"
        # Dotted or inline forms: `duties.x.key = ...` at top level, `x.key = ...` under [duties].
        dotted = _split_key(line.split("=", 1)[0])
        if current + dotted[:-1] == table and dotted[-1] == key:
            return f"{path}:{number}"
        if len(table) > len(current) and current + dotted == table:
            header_line = header_line or number
    return f"{path}:{header_line}" if header_line else path


def check_rule(rule: str, lang: str = "en") -> str | None:
    """Why an RRULE body is unusable, said in `lang`, or None. Bounded: never scans years ahead."""
    problem = rule_problem(rule)
    return None if problem is None else say(lang, problem[0], **problem[1])
