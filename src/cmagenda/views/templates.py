"""Templates view: the checklist's templates (JSON, plain, Rich)."""

from __future__ import annotations

from cmagenda.domain.text import clean
from cmagenda.i18n.messages import duration, say
from cmagenda.views.common import JSON_VERSION, dumps

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def template_json(template: Any, lang: str) -> dict[str, Any]:
    return {
        "id": template.id,
        "title": template.title.pick(lang),
        "phase": str(template.phase),
        "volet": str(template.volet),
        "minutes": template.minutes,
        "rrule": template.rrule,
        "offset_days": template.offset_days,
        "times": list(template.times),
        "carry": template.carry,
        "window_days": template.window_days,
        "per_network": template.per_network,
        "network": template.network,
        "enabled": template.enabled,
        "series": template.series,
        "days": template.days,
        "holiday": template.holiday_policy,
        "after": list(template.after),
    }


def template_plain(template: Any, lang: str) -> str:
    """The duty's fields in the user's words; the rule, times and ids stay as they are typed in
    the checklist, so that they can be copied back into it."""
    fields = template_json(template, lang)
    labels = {k: say(lang, f"template.field.{k}") for k in fields}
    width = max(len(label) for label in labels.values())
    return "".join(
        f"{labels[k].ljust(width)}  {clean(_shown(k, v, lang))}\n" for k, v in fields.items()
    )


# The fields whose values are words of the catalogue ("weekly" is "hebdomadaire").
_WORDS = {
    "phase": "phase",
    "volet": "volet",
    "days": "template.days",
    "holiday": "template.holiday",
}


def _shown(key: str, value: Any, lang: str) -> str:
    if value is None:
        return "-"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "-"
    if isinstance(value, bool):
        return say(lang, "template.yes" if value else "template.no")
    if key in _WORDS:
        return say(lang, f"{_WORDS[key]}.{value}")
    if key == "minutes":
        return duration(int(value), lang)
    return str(value)


def templates_json(templates: list[Any], lang: str) -> str:
    return dumps(
        {"version": JSON_VERSION, "templates": [template_json(t, lang) for t in templates]}
    )


def _when(template: Any) -> str:
    rule = template.rrule or f"+{template.offset_days}d"
    times = ",".join(template.times)
    return f"{rule} {times}".strip()


def templates_plain(templates: list[Any], lang: str) -> str:
    lines = []
    for t in templates:
        flag = "" if t.enabled else say(lang, "templates.off")
        phase, volet = say(lang, f"phase.{t.phase}"), say(lang, f"volet.{t.volet}")
        lines.append(
            f"{t.id}{flag}\t{phase}\t{volet}\t{t.minutes}\t{_when(t)}\t{clean(t.title.pick(lang))}"
        )
    return "\n".join(lines) + "\n"


def print_templates_rich(templates: list[Any], lang: str) -> None:
    # Rich, tens of ms: only a terminal's views load it (this module is loaded by every command).
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False, expand=True)
    for name in ("id", "phase", "volet", "minutes", "rrule", "title"):
        table.add_column(say(lang, f"template.field.{name}"), overflow="fold")
    for t in templates:
        table.add_row(
            Text(t.id, style="" if t.enabled else "dim strike"),
            Text(say(lang, f"phase.{t.phase}")),
            Text(say(lang, f"volet.{t.volet}")),
            Text(str(t.minutes)),
            Text(_when(t)),
            Text(clean(t.title.pick(lang))),
        )
    Console(highlight=False).print(table)
