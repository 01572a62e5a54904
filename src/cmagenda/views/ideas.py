"""Idea view: what the `idea` commands say, in plain lines and JSON. An idea's text is the
user's: cleaned (control, bidi and zero-width characters shown harmless), on one line."""

from __future__ import annotations

from cmagenda.domain.ideas import Idea
from cmagenda.domain.text import clean, network_label
from cmagenda.i18n.messages import Voice, say
from cmagenda.views.common import JSON_VERSION, dumps

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# A list shows the start of a long idea; `--json` gives it whole.
SHOWN = 80


def _line(idea: Idea) -> str:
    text = " ".join(idea.text.split())
    text = text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"
    network = f" [{network_label(idea.network)}]" if idea.network else ""
    tags = "".join(f" #{t}" for t in idea.tags)
    return clean(f"{idea.id}{network} {text}{tags}")


def said(key: str, idea: Idea, voice: Voice) -> str:
    """A confirmation: "idea.added" or "idea.removed"."""
    return say(voice.lang, key, id=idea.id, idea=_line(idea)) + "\n"


def listing_plain(found: list[Idea], voice: Voice) -> str:
    if not found:
        return say(voice.lang, "idea.none") + "\n"
    return "".join(f"{_line(i)}\n" for i in found)


def dumped(idea: Idea) -> dict[str, Any]:
    return {"id": idea.id, "text": idea.text, "network": idea.network, "tags": list(idea.tags)}


def listing_json(found: list[Idea]) -> str:
    return dumps({"version": JSON_VERSION, "ideas": [dumped(i) for i in found]})


def change_json(action: str, idea: Idea) -> str:
    return dumps({"version": JSON_VERSION, "action": action, "idea": dumped(idea)})
