"""Placeholders: a `{name}` in a post's text stands for the profile's snippet `name`, filled in
when the post is added or edited, so that the stored text is what goes out.

Pure. `{{` and `}}` write a brace. A brace that does not open a name (`{ ` or `:{`) is kept
as typed: a post may hold braces without meaning a snippet. An unknown name is refused with
the known ones rather than left in a post that would go out with `{name}` in it.
"""

from __future__ import annotations

import re

from cmagenda.domain.errors import UsageError

# The snippet names the profile allows (see schema.SnippetName).
_TOKEN = re.compile(r"\{\{|\}\}|\{([\w-]{1,40})\}")


def fill(text: str, snippets: dict[str, str]) -> str:
    """`text` with each `{name}` replaced by the snippet `name`; a snippet's own braces are
    not read again."""

    def one(match: re.Match[str]) -> str:
        token, name = match.group(0), match.group(1)
        if name is None:
            return token[0]
        if name not in snippets:
            raise UsageError(
                "desk.unknown_placeholder",
                name=name,
                known=", ".join(sorted(snippets)) or "-",
            )
        return snippets[name]

    return _TOKEN.sub(one, text)
