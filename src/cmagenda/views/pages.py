"""Pages a client opens: the report of a month (or a week) and the posts' review pack, each one
self-contained HTML file (no external resource, no script: the styles, the logo and the charts
are inside), in the user's language and locale.

The templates (templates_html/) go through Jinja2 with autoescape on: every text the user typed
is escaped where it lands, and cleaned first of what a reader would obey rather than show. The
report's figures are those of `report --json`, read back from its document, so that the page and
the JSON agree to the unit."""

from __future__ import annotations

from pathlib import Path

from cmagenda.domain.errors import UsageError
from cmagenda.storage.files import safe_read

SUMMARY_BYTES = 64 * 1024


def read_summary(path: Path) -> str:
    try:
        return safe_read(path, SUMMARY_BYTES).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
        raise UsageError("page.summary_unreadable", path=str(path), reason=reason) from None
