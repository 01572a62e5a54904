"""Completion choices: task ids, templates, networks."""

from __future__ import annotations

from cmagenda.domain.errors import CmagendaError, UnknownIdError
from cmagenda.i18n.messages import suggest
from cmagenda.storage.paths import Paths
from cmagenda.storage.templates import load_checklist as load
from cmagenda.usecases.session import Session, checklist_files, load_checklist

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def template_choices(paths: Paths, lang: str) -> list[tuple[str, str]]:
    try:
        checklist = load(checklist_files(paths))
    except CmagendaError:
        return []
    return [(t.id, t.title.pick(lang)) for t in checklist.templates.values()]


def network_choices(paths: Paths) -> list[tuple[str, str]]:
    try:
        checklist = load(checklist_files(paths))
    except CmagendaError:
        return []
    return [(name, net.label) for name, net in sorted(checklist.networks.items())]


def find_template(session: Session, template_id: str) -> Any:
    templates = load_checklist(session).templates
    if template_id not in templates:
        raise UnknownIdError(
            "template.unknown",
            id=template_id,
            hint=suggest(template_id, list(templates), session.lang),
        )
    return templates[template_id]
