"""Views: what every view shares (JSON dump, forms, one-line messages)."""

from __future__ import annotations

import json
import sys

from cmagenda.domain.model import PostStatus
from cmagenda.domain.text import JSON_ESCAPES, clean
from cmagenda.i18n.messages import say

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence
    from typing import Any

    from cmagenda.domain.model import Task
    from cmagenda.domain.queries import Day
    from cmagenda.usecases.doctor import Finding
    from cmagenda.usecases.exports import Exported
    from cmagenda.views.changes import Changed


JSON_VERSION = 1


def report(lang: str, message: str, details: Sequence[str] = (), *, error: bool = True) -> None:
    """`cmagenda: error: MESSAGE` (or `cmagenda: MESSAGE`) and its detail lines, on stderr. The
    message echoes what the user typed (ids, paths, words): it is cleaned like any user text."""
    head = f"{say(lang, 'error')}: " if error else ""
    lines = [f"cmagenda: {head}{clean(message)}", *(f"  {clean(d)}" for d in details)]
    print("\n".join(lines), file=sys.stderr)


def say_waiting(lang: str) -> None:
    """The lock notice, on stderr at once (the wait that follows may be long)."""
    report(lang, say(lang, "store.waiting"), error=False)
    sys.stderr.flush()


def task_said(lang: str, key: str, task: Task, **params: str) -> str:
    """A confirmation line about `task` (its title as data, cleaned)."""
    return say(lang, key, title=clean(task.title.pick(lang)), **params) + "\n"


def done_said(results: list[tuple[Task, bool]], lang: str, changed: Changed | None = None) -> str:
    """What `done` says, the same from the fast and the full path; a slot's post that ticking
    the slot marked published is named, with the state it left (a draft was never reviewed)."""
    said = "".join(
        task_said(lang, "done.already" if already else "done.ok", task) for task, already in results
    )
    for item in changed.items if changed is not None else []:
        was = (item.before or {}).get("status")
        if (
            item.kind == "post"
            and was != PostStatus.PUBLISHED
            and (item.after or {}).get("status") == PostStatus.PUBLISHED
        ):
            state = say(lang, f"post.status.{was}") if was in PostStatus.ALL else str(was)
            said += say(lang, "done.post_published", id=item.id[:7], was=state) + "\n"
    return said


def doctor_said(lang: str, count: int, findings: list[Finding]) -> str:
    if not findings:
        return say(lang, "doctor.ok", count=count) + "\n"
    return "".join(
        say(
            lang,
            "doctor.restored" if f.restored else "doctor.bad",
            path=f.path,
            reason=f.problem,
            backup=f.backup or "-",
        )
        + "\n"
        for f in findings
    )


def dumps(body: dict[str, Any]) -> str:
    # Readable as UTF-8, but raw C1 controls or DEL never reach a terminal.
    return json.dumps(body, ensure_ascii=False, indent=2).translate(JSON_ESCAPES) + "\n"


def off_line(day: Day, lang: str, indent: str = "", today: dt.date | None = None) -> list[str]:
    """ "Off — vacation: nothing is owed today" on a day of absence ("that day" for a day of
    a week other than `today`)."""
    if day.off is None:
        return []
    that_day = today is not None and today != day.date
    if day.off:
        key = "day.off_reason_on" if that_day else "day.off_reason"
        return [indent + say(lang, key, reason=clean(day.off))]
    return [indent + say(lang, "day.off_on" if that_day else "day.off")]


def _table_text(rows: list[list[str]], header: list[str], markdown: bool) -> list[str]:
    """Rows as a Markdown table, or as plain columns; a column of numbers is right-aligned."""
    right = [all(_numeric(row[i]) for row in rows) for i in range(len(header))]
    if markdown:
        rule = "".join(" ---: |" if r else " --- |" for r in right)
        lines = ["", "| " + " | ".join(header) + " |", "|" + rule]
        return lines + ["| " + " | ".join(row) + " |" for row in rows]
    table = ([header] if any(header) else []) + rows
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    return [
        "  "
        + "  ".join(
            cell.rjust(widths[i]) if right[i] else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ).rstrip()
        for row in table
    ]


def _numeric(cell: str) -> bool:
    return cell[:1].isdigit() or (cell[:1] in "+-" and cell[1:2].isdigit()) or cell == "—"


def export_said(done: Exported, lang: str) -> str:
    """The confirmation of an export to a file or a vdir (nothing when it went to stdout)."""
    if done.vdir is not None:
        written, unchanged, removed = done.vdir
        return (
            say(
                lang,
                "export.vdir",
                path=str(done.target),
                written=written,
                unchanged=unchanged,
                removed=removed,
            )
            + "\n"
        )
    if done.target is None:
        return ""
    return say(lang, "export.written", count=done.count, path=str(done.target)) + "\n"


def notify_failure(lang: str, why: str) -> None:
    """Why `remind --notify` could not notify, on stderr (not an error: the reminders were said)."""
    key = "notify.missing" if why == "missing" else "notify.failed"
    report(lang, say(lang, key, reason=why), error=False)


def pick_form(
    *, as_json: bool, plain: bool, color: str | None, no_color: bool, env_no_color: str, tty: bool
) -> tuple[str, bool, bool]:
    """The form to print ("json", "rich" or "plain"), whether Rich is forced onto a pipe, and
    whether it goes without colours. `color` is --color (auto, always, never), `no_color`
    --no-color, `env_no_color` the NO_COLOR variable (any non-empty value counts)."""
    bare = no_color or color == "never" or bool(env_no_color)
    if as_json:
        return "json", False, bare
    if color == "always":
        return "rich", True, bare
    if plain or not tty:
        return "plain", False, bare
    return "rich", False, bare


def console(force: bool = False, no_color: bool = False) -> Any:
    from rich.console import Console  # Rich, tens of ms: only a terminal's views load it

    # A forced terminal (--color always, for `less -R`) keeps the pipe's width or COLUMNS.
    return Console(
        highlight=False, force_terminal=True if force else None, no_color=no_color or None
    )


def paths_json(paths: dict[str, str]) -> str:
    return dumps({"version": JSON_VERSION, **paths})


def paths_plain(paths: dict[str, str], lang: str) -> str:
    """One line per role, in the user's words, the paths in a column."""
    labels = {key: say(lang, "paths.label", label=say(lang, f"paths.{key}")) for key in paths}
    width = max(len(label) for label in labels.values())
    return "".join(f"{labels[key].ljust(width)} {clean(value)}\n" for key, value in paths.items())
