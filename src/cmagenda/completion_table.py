"""Completion table: the commands, options and arguments of the CLI, as data (made from the
Typer app by `completion.describe`; `tests/test_completion.py` checks they agree)."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

COMMANDS: dict[str, dict[str, Any]] = {
    "": {
        "commands": {
            "today": "help.today",
            "week": "help.week",
            "report": "help.report",
            "remind": "help.remind",
            "done": "help.done",
            "skip": "help.skip",
            "undo": "help.undo",
            "move": "help.move",
            "add": "help.add",
            "edit": "help.edit",
            "rm": "help.rm",
            "init": "help.init",
            "holidays": "help.holidays",
            "completion": "help.completion",
            "export": "help.export",
            "import": "help.import",
            "paths": "help.paths",
            "doctor": "help.doctor",
            "templates": "help.templates",
            "post": "help.post",
            "kpi": "help.kpi",
        },
        "options": [
            [["--version"], False, "help.version", None, False],
            [["--lang"], True, "help.lang", "choice:fr|en", False],
            [["--now"], True, "help.now", None, False],
            [["--quiet", "-q"], False, "help.quiet", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [],
    },
    "today": {
        "commands": {},
        "options": [
            [["--on"], True, "help.on", None, False],
            [["--json"], False, "help.json", None, False],
            [["--plain"], False, "help.plain", None, False],
            [["--no-color"], False, "help.no_color", None, False],
            [["--color"], True, "help.color", "choice:auto|always|never", False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [],
    },
    "week": {
        "commands": {},
        "options": [
            [["--on"], True, "help.on", None, False],
            [["--json"], False, "help.json", None, False],
            [["--plain"], False, "help.plain", None, False],
            [["--no-color"], False, "help.no_color", None, False],
            [["--color"], True, "help.color", "choice:auto|always|never", False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [],
    },
    "report": {
        "commands": {},
        "options": [
            [["--week"], False, "help.report_week", None, False],
            [["--month"], False, "help.report_month", None, False],
            [["--on"], True, "help.report_on", None, False],
            [["--json"], False, "help.json", None, False],
            [["--markdown"], False, "help.markdown", None, False],
            [["--plain"], False, "help.plain", None, False],
            [["--no-color"], False, "help.no_color", None, False],
            [["--color"], True, "help.color", "choice:auto|always|never", False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [],
    },
    "remind": {
        "commands": {},
        "options": [
            [["--within"], True, "help.within", None, False],
            [["--json"], False, "help.json", None, False],
            [["--notify"], False, "help.notify", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [],
    },
    "done": {
        "commands": {},
        "options": [
            [["--on"], True, "help.on", None, False],
            [["--json"], False, "help.json", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [["tasks", -1]],
    },
    "skip": {
        "commands": {},
        "options": [
            [["--reason"], True, "help.reason", None, False],
            [["--on"], True, "help.on", None, False],
            [["--json"], False, "help.json", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [["tasks", -1]],
    },
    "undo": {
        "commands": {},
        "options": [
            [["--json"], False, "help.json", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [],
    },
    "move": {
        "commands": {},
        "options": [
            [["--to"], True, "help.to", None, False],
            [["--at"], True, "help.move_at", None, False],
            [["--on"], True, "help.on", None, False],
            [["--json"], False, "help.json", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [["tasks", 1]],
    },
    "add": {
        "commands": {},
        "options": [
            [["--on"], True, "help.add_on", None, False],
            [["--at"], True, "help.add_at", None, False],
            [["--network"], True, "help.network", "networks", False],
            [["--minutes"], True, "help.minutes", None, False],
            [["--json"], False, "help.json", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [[None, 1]],
    },
    "edit": {
        "commands": {},
        "options": [
            [["--title"], True, "help.edit_title", None, False],
            [["--minutes"], True, "help.edit_minutes", None, False],
            [["--at"], True, "help.edit_at", None, False],
            [["--no-time"], False, "help.no_time", None, False],
            [["--note"], True, "help.note", None, False],
            [["--json"], False, "help.json", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [["tasks", 1]],
    },
    "rm": {
        "commands": {},
        "options": [
            [["--json"], False, "help.json", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [["tasks", 1]],
    },
    "init": {
        "commands": {},
        "options": [
            [["--start"], True, "help.start", None, False],
            [["--timezone"], True, "help.timezone", None, False],
            [["--networks"], True, "help.networks", None, False],
            [["--lang"], True, "help.init_lang", "choice:fr|en", False],
            [["--week-start"], True, "help.week_start", "choice:monday|sunday", False],
            [["--holidays"], True, "help.holidays_opt", None, False],
            [["--work-days"], True, "help.work_days", None, False],
            [["--work-hours"], True, "help.work_hours", None, False],
            [["--force"], False, "help.force", None, False],
            [["--json"], False, "help.json", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [],
    },
    "holidays": {
        "commands": {},
        "options": [
            [["--year"], True, "help.year", None, False],
            [["--json"], False, "help.json", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [],
    },
    "completion": {
        "commands": {},
        "options": [[["--help"], False, "help.help", None, False]],
        "arguments": [["choice:bash|zsh|fish", 1]],
    },
    "export": {
        "commands": {},
        "options": [
            [["--format"], True, "help.export_format", "choice:ics|vdir|taskwarrior|json", False],
            [["--from"], True, "help.export_from", None, False],
            [["--to"], True, "help.export_to", None, False],
            [["--output", "-o"], True, "help.output", None, False],
            [["--dir"], True, "help.export_dir", None, False],
            [["--events"], False, "help.events", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [],
    },
    "import": {
        "commands": {},
        "options": [
            [["--replace"], False, "help.replace", None, False],
            [["--merge"], False, "help.merge", None, False],
            [["--json"], False, "help.json", None, False],
            [["--dry-run"], False, "help.dry_run", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [[None, 1]],
    },
    "paths": {
        "commands": {},
        "options": [
            [["--json"], False, "help.json", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [],
    },
    "doctor": {
        "commands": {},
        "options": [
            [["--restore"], False, "help.restore", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [],
    },
    "templates": {
        "commands": {
            "list": "help.templates_list",
            "show": "help.templates_show",
            "check": "help.templates_check",
        },
        "options": [[["--help"], False, "help.help", None, False]],
        "arguments": [],
    },
    "templates list": {
        "commands": {},
        "options": [
            [["--json"], False, "help.json", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [],
    },
    "templates show": {
        "commands": {},
        "options": [
            [["--json"], False, "help.json", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [["templates", 1]],
    },
    "templates check": {
        "commands": {},
        "options": [[["--help"], False, "help.help", None, False]],
        "arguments": [[None, 1]],
    },
    "post": {
        "commands": {
            "add": "help.post_add",
            "list": "help.post_list",
            "edit": "help.post_edit",
            "publish": "help.post_publish",
            "move": "help.post_move",
            "rm": "help.post_rm",
        },
        "options": [[["--help"], False, "help.help", None, False]],
        "arguments": [],
    },
    "post add": {
        "commands": {},
        "options": [
            [["--network"], True, "help.post_network", "networks", False],
            [["--on"], True, "help.add_on", None, False],
            [["--at"], True, "help.add_at", None, False],
            [["--link"], True, "help.post_link", None, False],
            [["--json"], False, "help.json", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [[None, 1]],
    },
    "post list": {
        "commands": {},
        "options": [
            [["--on"], True, "help.on", None, False],
            [["--week"], False, "help.post_week", None, False],
            [["--json"], False, "help.json", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [],
    },
    "post edit": {
        "commands": {},
        "options": [
            [["--text"], True, "help.post_text", None, False],
            [["--link"], True, "help.post_link", None, False],
            [["--status"], True, "help.post_status", None, False],
            [["--json"], False, "help.json", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [[None, 1]],
    },
    "post publish": {
        "commands": {},
        "options": [
            [["--json"], False, "help.json", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [[None, 1]],
    },
    "post move": {
        "commands": {},
        "options": [
            [["--to"], True, "help.to", None, False],
            [["--at"], True, "help.move_at", None, False],
            [["--json"], False, "help.json", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [[None, 1]],
    },
    "post rm": {
        "commands": {},
        "options": [
            [["--json"], False, "help.json", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [[None, 1]],
    },
    "kpi": {
        "commands": {"add": "help.kpi_add", "list": "help.kpi_list", "rm": "help.kpi_rm"},
        "options": [[["--help"], False, "help.help", None, False]],
        "arguments": [],
    },
    "kpi add": {
        "commands": {},
        "options": [
            [["--on"], True, "help.kpi_on", None, False],
            [["--json"], False, "help.json", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [["networks", 1], ["metrics", 1], [None, 1]],
    },
    "kpi list": {
        "commands": {},
        "options": [
            [["--network"], True, "help.kpi_filter_network", "networks", False],
            [["--metric"], True, "help.kpi_filter_metric", "metrics", False],
            [["--json"], False, "help.json", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [],
    },
    "kpi rm": {
        "commands": {},
        "options": [
            [["--on"], True, "help.kpi_on", None, False],
            [["--json"], False, "help.json", None, False],
            [["--help"], False, "help.help", None, False],
        ],
        "arguments": [["networks", 1], ["metrics", 1]],
    },
}
