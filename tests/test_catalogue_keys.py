"""Every message exists in French and in English, and every message is said somewhere."""

from __future__ import annotations

import re
from pathlib import Path

import cmagenda
from cmagenda.i18n.catalogue_en import EN
from cmagenda.i18n.catalogue_fr import FR

SOURCE = Path(cmagenda.__file__).parent
# Keys whose name is put together at run time in a way the f-string scan below cannot see.
BUILT = (
    "status.",  # merge: f"{words}.{status}" for a task's or a post's state
    "desk.reviewed.",  # deskviews: key + ".approved" / ".changes" / ".other"
    "desk.reviewed_by.",
    "import.overwrote_kpi",  # merge: f"{key}_kpi"
    "import.would_overwrite_kpi",
    "template.days.",  # render: the table of a duty's field values
    "template.holiday.",
)


def source_text() -> str:
    files = [p for p in SOURCE.rglob("*") if p.suffix in (".py", ".html")]
    return "\n".join(
        p.read_text(encoding="utf-8") for p in files if not p.name.startswith("catalogue_")
    )


def test_both_languages_have_the_same_keys() -> None:
    assert sorted(set(FR) - set(EN)) == []
    assert sorted(set(EN) - set(FR)) == []


def test_every_key_is_used_in_the_code() -> None:
    text = source_text()
    # f"volet.{name}", f"desk.media_{what}": every key under such a prefix counts as used.
    prefixes = set(re.findall(r"""f["']([a-z_]+(?:\.[a-z_]+)*[._])\{""", text)) | set(BUILT)
    unused = [
        key
        for key in FR
        if f'"{key}"' not in text
        and f"'{key}'" not in text
        and not any(key.startswith(p) for p in prefixes)
    ]
    assert unused == []
