"""Messages in English: the catalogue the views and errors say things with (data, not code).

Standard library only, no imports: the morning path loads it. Plural marks `{n|one|other}` and
elision marks are read by `messages.say`.
"""

EN: dict[str, str] = {
    "help.usage": "Usage",
    "help.options_word": "[OPTIONS]",
    "help.command_word": "COMMAND [ARGS]...",
    "help.arguments": "Arguments",
    "help.options": "Options",
    "help.commands": "Commands",
    "help.help": "Show this help and exit.",
    "help.app": "The community manager's planner: the checklist, day by day.",
    "help.templates": "The checklist's duties (templates).",
    "help.on": "Act as if today were DATE (2026-11-23, tomorrow, monday…).",
    "help.json": "Output for programs (versioned JSON).",
    "help.version": "Show the version.",
    "help.lang": "Language of the messages: fr or en.",
    "help.now": (
        "Act as if the clock said DATETIME (2026-11-30T09:00 in the profile's time zone, or "
        "ISO 8601 with an offset)."
    ),
    "help.today": "Today's duties: overdue first, then timed ones, then the rest.",
    "help.week": "The week containing DATE (default today), day by day.",
    "help.ids": "Task ids, or their first characters.",
    "help.id": "The task's id, or its first characters.",
    "help.done": "Tick tasks off.",
    "help.skip": "Skip tasks on purpose (neither overdue nor missed).",
    "help.reason": "Why they are skipped.",
    "help.undo": "Undo the last change (done, skip, move, add, post, kpi, import, init).",
    "help.move": "Move a task to another date (and time).",
    "help.to": "The new date (2026-11-26, friday, in 3 days…).",
    "help.move_at": "The new time (14:30, 2pm, 2:30pm).",
    "help.add": "Add a one-off task.",
    "help.title": "What to do.",
    "help.add_on": "Its date (default today).",
    "help.add_at": "Its time (14:30, 2pm, 2:30pm).",
    "help.network": "The social network it is about.",
    "help.minutes": "Planned duration, in minutes.",
    "help.init": "Write config.toml: start date, time zone, networks, language, week start.",
    "help.start": "First day in the job (for the arrival plan).",
    "help.timezone": "IANA time zone, e.g. {America/Chicago|Europe/London}.",
    "help.networks": "Networks you run, separated by commas.",
    "help.init_lang": "The profile's language: fr or en.",
    "help.week_start": "First day of the week.",
    "help.force": "Replace an existing config.",
    "help.holidays_opt": "Public holidays: region (CA-QC, FR…), auto or none.",
    "help.work_days": "Working days (MO,TU,WE,TH,FR).",
    "help.work_hours": "Working hours (09:00-12:30,14:00-17:30).",
    "help.holidays": "List the year's public holidays (the profile's region).",
    "help.year": "The year (default: this year).",
    "init.bad": "setting refused",
    "holidays.none": "No public holidays: set holidays (CA-QC, FR…) in the profile.",
    "holidays.heading": "Public holidays {year} ({region})",
    "help.templates_list": "The merged checklist: bundled duties and your own.",
    "help.templates_check": "Validate a checklist file; exits 3 listing every error.",
    "help.file": "A checklist file (default: yours).",
    "help.paths": "Where cmagenda reads and writes.",
    "help.doctor": "Check that every data file is readable; exits 4 if one is not.",
    "help.restore": "Put back the newest good backup of a damaged file.",
    "usage.no_option": "no such option: {option}",
    "usage.no_command": "no such command: {command!r}{suggestion}",
    "usage.missing": "missing {name}",
    "usage.bad_value": "invalid value for {name}",
    "usage.extra": "unexpected extra {n|argument|arguments}: {args}",
    "usage.needs_value": "option {option} requires a value",
    "usage.other": "invalid command line: {detail}",
    "did_you_mean": " (did you mean {word!r}?)",
    "optional": "optional",
    "tally.line": "{network}: {filled} of {target}, {free} {free|slot|slots} free",
    "tally.short": "short by {n}",
    "tally.met": "target met",
    "tally.week": "Week",
    "holiday": "Public holiday: {name}",
    "post.none": "No post planned.",
    "post.no_slot": "outside the slots",
    "post.status.draft": "draft",
    "post.status.ready": "ready",
    "post.status.published": "published",
    "post.empty": "the post's text is empty",
    "post.too_long": "text too long (over {limit} characters)",
    "post.status": "unknown status {value!r} (known: {known})",
    "network.inactive": (
        "network {network!r} is not in your profile; to add it, write in {path}, under "
        "[profile]: {line}"
    ),
    "post.added": "Post {id} planned on {date} on {network}{slot}",
    "post.in_slot": ", {time} slot",
    "post.unslotted": ", outside the slots (all are taken)",
    "post.edited": "Post {id} changed ({status})",
    "post.moved": "Post {id} moved to {date}",
    "post.removed": "Post {id} removed",
    "export.range": "invalid export span: {start} to {end} (two years at most)",
    "export.format": "unknown format {value!r} (ics, vdir, taskwarrior, json)",
    "export.dir": "--format vdir needs --dir DIR",
    "export.written": "Exported: {count} {count|item|items} to {path}",
    "export.vdir": (
        "{path}: {written} {written|file|files} written, {unchanged} unchanged, {removed} removed"
    ),
    "import.missing": "no such file: {path}",
    "import.bad": "{path} is not a readable cmagenda backup: {reason}",
    "import.newer": (
        "{path} comes from a newer cmagenda (format {found}, known: {known}): upgrade cmagenda"
    ),
    "import.exists": (
        "there is data already: --replace to replace it (kept in data/backups),"
        " --merge to merge by id"
    ),
    "import.both": "--replace and --merge exclude each other",
    "import.done": (
        "Imported: {months} {months|month|months}, {tasks} {tasks|task|tasks}, "
        "{kpis} KPI {kpis|value|values}"
    ),
    "help.export": "Export: iCalendar, vdir, Taskwarrior, or a full JSON backup.",
    "help.export_format": "ics, vdir (one .ics per task), taskwarrior or json (everything).",
    "help.export_from": "First day (default: 30 days ago).",
    "help.export_to": "Last day (default: in 60 days).",
    "help.output": (
        "Write to this file (replaced at once), pipe or device rather than to the screen; "
        "'-': standard output."
    ),
    "help.export_dir": "The vdir's folder (--format vdir).",
    "help.events": "Also the posting slots and posts, as events.",
    "help.import": "Restore a JSON backup (cmagenda export --format json).",
    "help.import_file": "The backup file.",
    "help.replace": "Replace the existing data (kept in data/backups).",
    "help.merge": "Merge item by item (the one changed last wins).",
    "help.post": "The editorial calendar: posts planned in the posting slots.",
    "help.post_add": "Plan a post in the next free slot (or at --at).",
    "help.post_list": "The posts planned for a day or the week.",
    "help.post_edit": "Change a post's text, link or status.",
    "help.post_move": "Move a post to another date (and time).",
    "help.post_rm": "Remove a planned post.",
    "help.post_publish": "Mark a post published (ticks its slot off).",
    "help.post_text": "The post's text.",
    "help.post_network": "The network (facebook, instagram…).",
    "help.post_link": "A link to go with it.",
    "help.post_status": "draft, review, changes, approved or published (ready reads as approved).",
    "help.post_week": "The whole week.",
    "help.post_id": "The post's id, or its first characters.",
    "week_start.bad": "unknown week start {value!r} (monday or sunday)",
    "minutes.bad": "invalid duration: {value} (0 to {max} minutes)",
    "year.bad": "invalid year: {value} (1900 to 2200)",
    "within.bad": "unknown duration {value!r} (examples: 30m, 1h, 1h30; at most {max} min)",
    "remind.overdue": "overdue since {date}",
    "remind.title": "cmagenda: due",
    "notify.missing": (
        "cannot notify: neither notify-send nor osascript found (install libnotify-bin)"
    ),
    "notify.failed": "cannot notify: {reason}",
    "help.remind": "Remind what comes due soon (for cron: nothing due, nothing printed).",
    "help.within": "How far ahead to look (30m, 1h, 1h30).",
    "help.notify": "Also show a desktop notification (notify-send, osascript).",
    "help.plain": "Plain text, monochrome, no box drawing (what piped output gets).",
    "help.no_color": "Monochrome output (as NO_COLOR asks).",
    "help.color": "Colour: auto, always (even piped, for less -R) or never.",
    "help.quiet": "Do not confirm changes (errors are still said).",
    "color.bad": "unknown value for --color: {value!r} (auto, always, never)",
    "shell.bad": "unknown shell {value!r} (bash, zsh, fish)",
    "report.week": "Report for the week of {start} to {end}",
    "report.month": "Monthly report: {month}",
    "report.overall": "Done: {done} of {total} ({rate}) — {delta}",
    "report.delta": "{points} {points|pt|pts} against the previous period",
    "report.minutes": "Time: {done} done of {planned} planned",
    "report.by_phase": "By rhythm",
    "report.by_volet": "By area",
    "report.by_network": "By network",
    "report.cadence": "Posting cadence",
    "report.cadence_line": (
        "{network}: target met {met} {met|day|days} of {days}, "
        "{done} {done|post|posts} of {required} owed"
    ),
    "report.missed": "Missed",
    "report.skipped": "Skipped",
    "report.overdue": "Overdue, still open",
    "report.none": "none",
    "report.no_previous": "no previous period",
    "report.by_day": "By day: {spark} ({start} → {end})",
    "report.kpis": "KPIs",
    "report.no_kpi": "no KPI noted (cmagenda kpi add NETWORK METRIC VALUE)",
    "report.col.network": "Network",
    "report.col.metric": "Metric",
    "report.col.baseline": "Baseline",
    "report.col.previous": "Before",
    "report.col.current": "Now",
    "report.col.vs_previous": "Δ before",
    "report.col.vs_baseline": "Δ baseline",
    "report.col.trend": "Trend",
    "report.col.days_met": "Days kept",
    "report.col.posts": "Posts",
    "report.col.date": "Date",
    "report.col.value": "Value",
    "kpi.added": "Noted: {network}, {metric} = {value} on {date}{change}",
    "kpi.since": " ({change} since {date})",
    "kpi.replaced": " (replaces {value})",
    "kpi.removed": "Removed: {network}, {metric} = {value} on {date}",
    "kpi.none": "No KPI noted yet. For example: cmagenda kpi add {network} {metric} 1200",
    "kpi.suggested": "Suggested metrics:",
    "kpi.metric_bad": "invalid metric name {metric!r} (letters, at most {limit} characters)",
    "kpi.value_bad": "invalid value {value!r}: a number is expected (1200, 1,200, 4.5 or 4.5%)",
    "kpi.unknown": "no {metric} value for {network} on {date}",
    "help.kpi": "The KPI log (followers, reach, engagement rate...).",
    "help.kpi_add": "Note a metric's value (one per day: a new one replaces it).",
    "help.kpi_list": "List the values noted and the suggested metrics.",
    "help.kpi_rm": "Remove a value noted.",
    "help.kpi_network": "The network (facebook, instagram...).",
    "help.kpi_metric": "The metric: followers, reach, engagement_rate... or any name.",
    "help.kpi_value": "The value, a number (1200, 4.5%).",
    "help.kpi_on": "The value's date (default: today).",
    "help.kpi_filter_network": "Only this network.",
    "help.kpi_filter_metric": "Only this metric.",
    "help.report": "Report on the week or the month: done, cadence, overdue, time, KPIs.",
    "help.report_week": "The week (default).",
    "help.report_month": "The month.",
    "help.markdown": "As Markdown, to paste into an email or a wiki.",
    "help.report_on": "A date in the period (default: today).",
    "template.unknown": "no duty {id!r}{hint}",
    "help.templates_show": "Show one duty of the checklist.",
    "help.template_id": "The duty's id (cmagenda templates list).",
    "help.completion": "The completion script for bash, zsh or fish.",
    "help.shell": "The shell: bash, zsh or fish.",
    "section.overdue": "Overdue",
    "section.timed": "At set times",
    "section.rest": "During the day",
    "summary": "{done}/{total} done · {left} left",
    "nothing": "Nothing planned.",
    "week.heading": "Week of {start} to {end}",
    "minutes": "{m} min",
    "hours": "{h}h{m:02d}",
    "status.todo": "to do",
    "status.done": "done",
    "status.skipped": "skipped",
    "status.missed": "missed",
    "volet.content": "content",
    "volet.interaction": "interaction",
    "volet.monitoring": "monitoring",
    "volet.analysis": "analysis",
    "volet.team": "team",
    "volet.learning": "learning",
    "phase.arrival": "arrival",
    "phase.first_months": "first months",
    "phase.daily": "daily",
    "phase.weekly": "weekly",
    "phase.monthly": "monthly",
    "phase.occasional": "occasional",
    "phase.added": "added",
    "volet.added": "added",
    "done.ok": "Done: {title}",
    "done.already": "Already done: {title}",
    "skip.ok": "Skipped: {title}",
    "move.ok": "Moved to {date}: {title}",
    "add.ok": "Added ({id}) on {date}: {title}",
    "undo.ok": "Undone ({label}): {count} {count|task|tasks} put back",
    "undo.empty": "Nothing to undo.",
    "init.ok": "Profile written to {path}",
    "templates.ok": "{path}: valid ({count} duties)",
    "error": "error",
    "id.unknown": "no task matches {id!r}",
    "id.ambiguous": "{id!r} matches several tasks; give more characters:",
    "date.bad": (
        "date not understood: {value!r}. Accepted, for example: 2026-11-23, today, "
        "tomorrow, yesterday, monday, next monday, December 9, in 3 days, +3d, end of month, "
        "start of next week, last month, November, November 2026"
    ),
    "time.bad": (
        "time not understood: {value!r}. Accepted, for example: 14:30, 2pm, 2:30 p.m., noon, 14h30"
    ),
    "zone.unknown": "unknown time zone {zone!r}",
    "lang.bad": "unknown language {value!r} (fr or en)",
    "init.exists": "{path} already exists; add --force to replace it",
    "assumed.head": (
        "cmagenda wrote this file by itself at first use, from assumed values.\n"
        "To change them: {command}\n"
        "As long as you do not edit it, `cmagenda init` replaces it without --force."
    ),
    "assumed.said": (
        "first use: a profile was created from assumed values (zone {zone}, "
        "language {language}, start {start}, networks {networks}). To change them:"
    ),
    "store.corrupt": (
        "the store {path} is unreadable: {reason}. It was left untouched; newest good backup: "
        "{backup} ('cmagenda doctor --restore' puts it back)"
    ),
    "store.newer": (
        "the store {path} was written by a newer cmagenda (schema {found}, known: {known}). "
        "It was left untouched: upgrade cmagenda."
    ),
    "io.failed": "cannot read or write {path}: {reason}",
    "store.locked": "the store is locked by another cmagenda for {seconds} s ({path})",
    "store.waiting": "another cmagenda is using the store; waiting…",
    "checklist.missing": "checklist not found: {path}",
    "checklist.unreadable": "checklist unreadable: {path} ({reason})",
    "checklist.too_big": "checklist too big: {path} (over {limit} bytes)",
    "checklist.not_utf8": "{path} is not UTF-8 (byte {offset}: {reason})",
    "checklist.bad_toml": "{path} is not valid TOML: {reason}",
    "checklist.invalid": "invalid checklist:",
    "config.invalid": "invalid config ({path}):",
    "config.unreadable": "config unreadable: {path} ({reason})",
    "internal": "internal error: {reason}",
    "title.empty": "the title is empty",
    "usage.hint": "see '{command} --help'",
    "doctor.ok": "{count} {count|file|files} checked: all readable.",
    "doctor.bad": "{path}: {reason} (newest good backup: {backup})",
    "doctor.restored": "{path}: restored from {backup}",
    "doctor.failed": "{count} unreadable {count|file|files} in the store",
    "now.bad": (
        "invalid moment {value!r} (expected a date and time in the profile's time zone, "
        "{zone}, e.g. 2026-11-23T09:00 or '2026-11-23 09:00', or with an offset, "
        "e.g. {example})"
    ),
    "interrupted": "interrupted",
    # Changes to several files (journal)
    "journal.undone": "nothing was changed: cannot write {path}: {reason}",
    "journal.stuck": (
        "an interrupted change could be neither finished nor undone ({path}): "
        "{target}: {reason}; undoing: {undo_reason}. "
        "Every command tries again before writing anything."
    ),
    "journal.corrupt": (
        "unreadable journal of a change: {path} ({reason}); nothing is written while it is there"
    ),
    # Inputs: files that are not files, text over its limit, links
    "file.directory": "{path} is a directory: give the path of a file",
    "file.fifo": "{path} is a named pipe (FIFO): cmagenda reads regular files only",
    "file.device": "{path} is a device: cmagenda reads regular files only",
    "file.socket": "{path} is a socket: cmagenda reads regular files only",
    "file.special": "{path} is not a regular file: cmagenda reads regular files only",
    "title.too_long": "title too long: {length} characters (at most {limit})",
    "reason.too_long": "reason too long: {length} characters (at most {limit})",
    "link.too_long": "link too long (over {limit} characters)",
    "link.space": "link refused: it contains a space or a control character",
    "link.scheme": "link refused: '{link}' must start with http://, https:// or mailto:",
    "link.empty": "link refused: '{link}' gives no address",
    # Files the user names, the vdir mirror and the lock file
    "output.directory": "{path} is a folder: name a file to write",
    "output.socket": "cannot write to {path}: it is a socket",
    "output.block": "cannot write to {path}: it is a block device (a disk), never written over",
    "output.folder": "cannot write {path}: its folder does not exist",
    "vdir.not_dir": "--dir {path}: not a folder",
    "vdir.symlink": "{path} is a symbolic link: left alone, not written",
    "vdir.directory": "{path} is a folder: left alone, not written",
    "vdir.special": "{path} is not a regular file: left alone",
    "vdir.bad_id": "item {id!r} not exported: its id cannot be a file name",
    "vdir.manifest": (
        "{path} is not a list of cmagenda's files it can read: nothing is removed from the folder"
    ),
    "store.lock_kind": (
        "{path} is not a regular file (a symbolic link?): cmagenda does not follow it; "
        "remove it and it will be made again"
    ),
    # Dates as people write them
    "date.impossible": "impossible date {value!r}: {en} does not exist",
    "date.weekday": "{value!r}: {en} is a {weekday_en}",
    "date.ambiguous": "ambiguous date {value!r}: {en_a} or {en_b}? Write {iso_a} or {iso_b}",
    # posting slots: where `post add` puts a post
    "post.no_open_slot": "no open slot on {network} in the next {days} days",
    "post.day_full": "no open slot left on {date} on {network}{next}",
    "post.slot_closed": "the slot of {slot} is no longer open (taken, ticked or past){next}",
    "post.next_open": "; next open slot: {when}",
    "post.next_none": "; no open slot in the {days} days after",
    "post.when": "{date} at {time}",
    "post.unslotted_at": ", at {time}, outside the slots",
    # The error boundary: config lines, dates out of range, the system, removed networks.
    "config.toml": "not valid TOML{where}",
    "config.at": " (line {line}, column {column})",
    "config.section": "unknown section [{name}]{suggestion}",
    "config.type": "{field}: expected {expected}",
    "config.int": "a whole number",
    "config.str": "text",
    "config.list": "a list",
    "config.dict": "a table",
    "config.bool": "true or false",
    "config.date": "a date YYYY-MM-DD",
    "config.unknown_key": "{field}: unknown key{suggestion}",
    "config.missing": "{field}: missing",
    "config.low": "{field}: at least {limit}",
    "config.high": "{field}: at most {limit}",
    "config.short": "{field}: too short (at least {limit})",
    "config.long": "{field}: too long (at most {limit})",
    "config.one_of": "{field}: {value!r} is not allowed (one of: {choices})",
    "config.hours": "{field}: {value!r} must read like 09:00-12:30, without overlaps",
    "config.region": "{field}: unknown holiday region {value!r} (CA-QC, FR, auto, none…)",
    "config.time": "{field}: invalid time in {value!r} (HH:MM)",
    "config.metric": "{field}: invalid metric name in {value!r}",
    "config.cadence": "{field}: posts_max is smaller than posts_min",
    "config.refused": "{field}: value refused {value!r}",
    "config.start": "profile.start: {value} is outside the supported dates ({low} to {high})",
    "config.zone": "{field}: unknown time zone {zone!r}{suggestion}",
    "date.range": "date outside the supported dates: {value} (years {low} to {high})",
    "system.failed": "the system refused: {reason}",
    "orphans.warning": (
        "posts are planned on a network removed from the profile; "
        "they stay visible (add the network back or move them):"
    ),
    "orphans.line": "{id}  {date}  {network}",
    "orphans.flag": "network removed",
    "orphans.heading": "Posts on a network removed from the profile",
    "zone.close": "unknown time zone {zone!r}{suggestion}",
    # -- KPI values read without guessing; undo of every change; merge by last change --
    "kpi.value_ambiguous": (
        "ambiguous value {value!r}: {first} or {second} depending on the convention; "
        "type {first} or {second}"
    ),
    "kpi.value_count": (
        "{value!r} is not a number of {metric}: a whole number, 0 or more, is expected"
    ),
    "kpi.value_negative": "{value!r}: {metric} cannot be negative",
    "kpi.value_range": "value out of bounds {value!r}: at most {limit}",
    "undo.kpis": "Undone ({label}): {count} KPI {count|value|values} put back",
    "undo.files": "Undone ({label}): {count} {count|file|files} put back",
    "undo.cannot": "the last change ({label}, {at}) cannot be undone; nothing was changed",
    "undo.label.done": "done",
    "undo.label.skip": "skip",
    "undo.label.move": "move",
    "undo.label.add": "add",
    "undo.label.post add": "post add",
    "undo.label.post edit": "post edit",
    "undo.label.post move": "post move",
    "undo.label.post rm": "post rm",
    "undo.label.kpi add": "kpi add",
    "undo.label.kpi rm": "kpi rm",
    "undo.label.import": "import",
    "undo.label.init": "init --force",
    "help.dry_run": "Say what the import would do, writing nothing.",
    "import.state": "{status} on {date}",
    "import.overwrote": "Overwritten by the backup: {id} {title!r}: {old} → {new}",
    "import.would_overwrite": ("Would be overwritten by the backup: {id} {title!r}: {old} → {new}"),
    "import.overwrote_kpi": "Overwritten by the backup: {what}: {old} → {new}",
    "import.would_overwrite_kpi": "Would be overwritten by the backup: {what}: {old} → {new}",
    "import.kept": "Kept, newer here than in the backup: {count} {count|item|items}",
    "import.removed": "Removed (not in the backup, kept in data/backups): {month}",
    "import.would_remove": "Would be removed (not in the backup): {month}",
    "import.dry_run": (
        "Dry run, nothing written: the backup holds {months} {months|month|months}, "
        "{tasks} {tasks|task|tasks}, {kpis} KPI {kpis|value|values}"
    ),
    # -- edit, note and remove a task
    "help.edit": "Change a task: title, duration, time, note.",
    "help.edit_title": "Its new title.",
    "help.edit_minutes": "Its new duration, in minutes.",
    "help.edit_at": "Its new time (14:30, 2pm, 2:30pm).",
    "help.no_time": "Take its time away.",
    "help.note": 'A note on the task (--note "" removes it).',
    "help.rm": "Remove a task (a planned one is skipped and never planned again).",
    "edit.ok": "Edited: {title}",
    "edit.nothing": "nothing to change: give --title, --minutes, --at, --no-time or --note",
    "edit.at_and_no_time": "--at and --no-time exclude each other: choose one",
    "note.too_long": "note too long: {length} characters (at most {limit})",
    "task.note": "note: {note}",
    "rm.ok": "Removed: {title}",
    "rm.skipped": "Removed (never planned again): {title}",
    "rm.reason": "removed",
    "undo.label.edit": "edit",
    "undo.label.rm": "rm",
    # Networks and holiday regions as people type them.
    "network.unknown_near": "unknown network {network!r}{suggestion}. Known networks: {known}",
    "config.region_near": "{field}: unknown holiday region {value!r}{suggestion}",
    "config.network_near": (
        "{field}: unknown network {network!r}{suggestion}. Known networks: {known}"
    ),
    # Capacity of the working day and the order of duties (`after`).
    "day.capacity": "{planned} planned of {capacity}",
    "day.capacity_off": "{planned} planned, day off",
    "day.over": "more than the working day",
    "hours.whole": "{h}h",
    "checklist.after_unknown": "{where}: duty '{duty}': after: unknown duty '{other}'",
    "checklist.after_cycle": (
        "{where}: duty '{duty}': after: these duties wait on each other in a circle: {path}"
    ),
    # -- absences, and views made for their moment
    "rm.post_unplanned": (
        "Post {id} ({network}, {date}) is no longer in a slot: plan it again with "
        '"cmagenda post move {id} --to DATE"'
    ),
    "help.off": "Say an absence (vacation, sick leave): off FROM TO, off DATE; off list; off rm N.",
    "help.off_args": "FROM [TO] (any date form), list, or rm N|FROM [TO].",
    "help.off_reason": "Why (vacation, training…).",
    "off.one_day": "on {date}",
    "off.span": "from {start} to {end} ({n} {n|day|days})",
    "off.added": "Absence #{number} noted {span}{reason}: nothing is owed on those days",
    "off.removed": "Absence removed {span}{reason}",
    "off.none": "No absence noted.",
    "off.order": "the end ({end}) is before the start ({start})",
    "off.too_long": "an absence lasts at most {limit} days (here {days})",
    "off.too_many": "at most {limit} absences: remove old ones (cmagenda off rm N)",
    "off.overlap": (
        "refused: these dates overlap absence #{number} ({start} to {end}); remove it first "
        "(cmagenda off rm {number}), then note the whole new period"
    ),
    "off.unknown": "no absence {which!r}: see cmagenda off list",
    "off.usage": "usage: cmagenda off FROM [TO] [--reason TEXT] | off list | off rm N|FROM [TO]",
    "undo.absences": "Undone ({label}): {count} {count|absence|absences} put back",
    "undo.label.off": "off",
    "undo.label.off rm": "off rm",
    "report.days_off": "Off: {n} {n|day|days}, not counted",
    "day.off": "Off — nothing is owed today",
    "day.off_reason": "Off — {reason}: nothing is owed today",
    "owed.posts": "Posts still owed: {networks}",
    "week.routine": "routine {done}/{owed}: {parts}",
    "week.added": "added",
    "week.grid": "Editorial calendar (posts planned or done / owed)",
    "week.total": "total",
    "help.week_full": "One line per task, on a terminal too.",
    "day.now": "now",
    "day.late": "past",
    # Help pages: headings and the names of the values options take.
    "help.heading": "{title}:",
    "metavar.DATETIME": "DATETIME",
    "metavar.DIR": "DIR",
    "metavar.FILE": "FILE",
    "metavar.METRIC": "METRIC",
    "metavar.NAME": "NAME",
    "metavar.NETWORK": "NETWORK",
    "metavar.REGION": "REGION",
    "metavar.STATUS": "STATUS",
    "metavar.TEXT": "TEXT",
    "metavar.TITLE": "TITLE",
    "metavar.VALUE": "VALUE",
    "metavar.ZONE": "ZONE",
    # `paths`: what each file is for.
    "paths.label": "{label}:",
    "paths.config": "Configuration",
    "paths.checklist": "Your checklist",
    "paths.bundled_checklist": "Bundled checklist",
    "paths.data": "Data",
    # `templates show`: the duty's fields and their values.
    "template.field.id": "id",
    "template.field.title": "title",
    "template.field.phase": "phase",
    "template.field.volet": "area",
    "template.field.minutes": "duration",
    "template.field.rrule": "recurrence (rrule)",
    "template.field.offset_days": "offset in days",
    "template.field.times": "times",
    "template.field.carry": "carried over if not done",
    "template.field.window_days": "window in days",
    "template.field.per_network": "one per network",
    "template.field.network": "network",
    "template.field.enabled": "enabled",
    "template.field.series": "series",
    "template.field.days": "days",
    "template.field.holiday": "public holiday",
    "template.yes": "yes",
    "template.no": "no",
    "template.days.all": "every day",
    "template.days.working": "working days",
    "template.holiday.keep": "kept",
    "template.holiday.skip": "skipped",
    "template.holiday.shift": "moved to the next working day",
    # Post ids: a post is not a task.
    "post.id_unknown": "no post matches {id!r}",
    "post.id_ambiguous": "{id!r} matches several posts; give more characters:",
    # -- Calendars and a team on one plan
    "help.export_prune": (
        "Also remove from the vdir what cmagenda wrote there for days outside the range."
    ),
    "help.assign": "Give a task to someone on the team (or to nobody, --none).",
    "help.assign_name": "Who is to do it (a name, as in their profile's `me`).",
    "help.assign_none": "Give it to nobody.",
    "help.add_to": "Give it to someone on the team.",
    "help.mine": "Only my tasks: those given to the profile's `me`, or to nobody.",
    "assign.ok": "Given to {name}: {title}",
    "assign.nobody": "Given to nobody: {title}",
    "assign.name_or_none": "give a name or --none (one of the two)",
    "assign.bad_name": "name refused: 1 to {limit} visible characters, on one line",
    "assign.no_me": (
        '--mine: the profile does not say who you are. Add me = "Your name" under [profile] '
        "in config.toml"
    ),
    "task.for": "for {name}",
    "task.done_by": "done by {name}",
    "undo.label.assign": "assignment",
    # -- sync with a CalDAV server
    "help.sync": "Sync both ways with a CalDAV server (phone, Nextcloud, Radicale…).",
    "help.sync_setup": "Connect cmagenda to a CalDAV collection (created if missing).",
    "help.sync_url": "The collection's address (https://…/cmagenda/).",
    "help.sync_username": "The user name on the server.",
    "help.sync_password_command": "A command that prints the password (pass, secret-tool…).",
    "help.sync_dry_run": "Say what the sync would do, writing nothing.",
    "help.prune": "Also remove from the server the items that left the range.",
    "sync.setup_created": "Collection created and connected: {url}",
    "sync.setup_ok": "Collection connected: {url}",
    "sync.done": (
        "Synced: {sent} {sent|item|items} sent, {received} received, {added} "
        "{added|task|tasks} added from the server, {deleted} deleted on the server, {removed} "
        "removed from the server"
    ),
    "sync.would": (
        "To sync: {sent} {sent|item|items} to send, {received} to receive, {added} "
        "{added|task|tasks} to add from the server, {deleted} deleted on the server, {removed} "
        "to remove from the server (nothing was written)"
    ),
    "sync.conflict_server": (
        "conflict on {title!r} ({field}): kept the server's newer {kept!r} over {lost!r}"
    ),
    "sync.conflict_local": (
        "conflict on {title!r} ({field}): kept cmagenda's newer {kept!r} over the server's {lost!r}"
    ),
    "sync.cancelled_reason": "cancelled on the CalDAV server",
    "sync.deleted_reason": "deleted on the CalDAV server",
    "sync.not_set_up": ("sync is not set up: run 'cmagenda sync setup --url URL --username NAME'"),
    "sync.init_first": "no profile yet: run 'cmagenda init' first",
    "sync.username_empty": "the user name is empty",
    "sync.config_bad": (
        "{path}: the [sync] section needs url and username (texts), and optionally password_command"
    ),
    "sync.config_keep": (
        "{path}: unreadable, or changed in a way cmagenda cannot keep; [sync] was not written"
    ),
    "sync.url_bad": "invalid server address: {url} (expected https://…)",
    "sync.url_plain": (
        "refused: {url} is plain http; the password would cross the network in clear. Use "
        "https (http is allowed only to this machine, 127.0.0.1 or localhost)"
    ),
    "sync.no_password": (
        "no password for {host}: set CMAGENDA_SYNC_PASSWORD, a line in ~/.netrc or "
        "password_command in the [sync] section"
    ),
    "sync.password_command": "the password command failed: {reason}",
    "sync.denied": "the server {url} refuses the user name or password",
    "sync.refused": (
        "the server {url} refuses the write (HTTP {status}): nothing was lost, the next sync "
        "resumes"
    ),
    "sync.full": (
        "the server {url} is full (HTTP {status}): nothing was lost, the next sync resumes"
    ),
    "sync.conflict": "the server {url} refused a write (HTTP {status})",
    "sync.status": (
        "the server {url} answered HTTP {status}: nothing was lost, the next sync resumes"
    ),
    "sync.unreachable": (
        "cannot reach the server ({url}): {reason}. Nothing was lost; the next sync resumes "
        "where this one stopped"
    ),
    "sync.no_collection": "the collection {url} does not exist: run 'cmagenda sync setup'",
    "sync.bad_answer": "unreadable answer from the server: {reason}",
    "sync.incomplete": (
        "{count} {count|item|items} changed on the server meanwhile {count|was|were} not sent "
        "({sent} sent): run 'cmagenda sync' again to merge them"
    ),
    "undo.label.sync": "sync",
    # -- the content desk: review, limits, first comment and media, evergreen, snippets
    "post.status.review": "in review",
    "post.status.changes": "changes asked",
    "post.status.approved": "approved",
    "post.unapproved": "not approved yet",
    "help.post_review": "Put a post up for review (by the client or the boss).",
    "help.post_approve": "Approve a post (with who approved it).",
    "help.post_reject": "Ask for changes to a post, with a note saying which.",
    "help.post_note": "What should change.",
    "help.post_by": "Who reviewed it.",
    "help.post_check": (
        "List the posts over a limit of their network, or with a missing media file or alt text "
        "(exit 1 when one is)."
    ),
    "help.post_first_comment": 'The first comment, to add once the post is out ("" removes it).',
    "help.post_media": "A media file that goes with the post (repeatable; replaces the list).",
    "help.post_alt": "The alt text of the --media of the same rank (repeatable).",
    "help.post_snippet": (
        "Add a snippet of the profile ([profile.snippets]) at the end (repeatable)."
    ),
    "help.post_list_status": "Only the posts in this status (every date unless --on or --week).",
    "help.post_list_evergreen": "Only the evergreen posts (every date unless --on or --week).",
    "help.post_evergreen": "Evergreen: the post comes back as a proposal after a while.",
    "help.post_every": "Evergreen: days before it may come back (default 90).",
    "help.post_times": "Evergreen: how many times at most (default 3).",
    "review.published": "post {id} is already published: its review is over",
    "review.bad_name": "a reviewer's name has 1 to {limit} printable characters",
    "review.bad_note": "the note saying what should change has 1 to {limit} characters",
    "desk.comment_too_long": "first comment too long (more than {limit} characters)",
    "desk.alt_without_media": "--alt goes with a --media",
    "desk.more_alts": (
        "{alts} --alt for {media} --media: each alt text goes with the media of the same rank"
    ),
    "desk.too_many_media": "too many media (at most {limit})",
    "desk.bad_media": (
        "media path refused: {path!r} (1 to {limit} characters, no control character)"
    ),
    "desk.alt_too_long": "alt text too long (more than {limit} characters)",
    "desk.evergreen_needed": "--every and --times go with --evergreen",
    "desk.evergreen_every": "--every: 1 to {limit} days",
    "desk.evergreen_times": "--times: 1 to {limit}",
    "desk.unknown_snippet": "unknown snippet {name!r} (snippets of the profile: {known})",
    "desk.reviewed_by.approved": "approved by {by} on {date}",
    "desk.reviewed_by.changes": "changes asked by {by} on {date}",
    "desk.reviewed_by.other": "reviewed by {by} on {date}",
    "desk.reviewed.approved": "approved on {date}",
    "desk.reviewed.changes": "changes asked on {date}",
    "desk.reviewed.other": "reviewed on {date}",
    "desk.note": "note: {note}",
    "desk.first_comment": "first comment: {text}",
    "desk.media": "media: {path} ({alt})",
    "desk.alt": "alt: {alt}",
    "desk.no_alt": "no alt text",
    "desk.evergreen": (
        "evergreen: every {every} {every|day|days}, {used} of {times} {times|return|returns} used"
    ),
    "desk.over.chars": "{network}: {count} characters for {limit} ({excess} too many)",
    "desk.over.hashtags": "{network}: {count} hashtags for {limit} ({excess} too many)",
    "desk.over.mentions": "{network}: {count} mentions for {limit} ({excess} too many)",
    "desk.over.links": "{network}: {count} links for {limit} ({excess} too many)",
    "desk.over.media": "{network}: {count} media for {limit} ({excess} too many)",
    "desk.media_missing": "media file not found: {path}",
    "desk.media_no_alt": "no alt text: {path}",
    "desk.check_ok": "{n} {n|post|posts} checked: none over its network's limits.",
    "desk.check_heading": "{n} of {total} {total|post|posts} to fix:",
    "desk.chars_left": "{shown} {n|character|characters} left",
    "desk.chars_over": "{shown} {n|character|characters} too many",
    "desk.warning": "post {id} kept, but:",
    "desk.first_comment_due": "first comment due: {text}",
    "undo.label.post review": "post review",
    "undo.label.post approve": "post approve",
    "undo.label.post reject": "post reject",
    "help.post_import": (
        "Import a month of posts from a spreadsheet (CSV), each in its slot or the next open one."
    ),
    "help.post_import_file": "The CSV file (UTF-8, ; or , between cells, a header row).",
    "help.post_import_dry_run": "Say where each row would go, write nothing.",
    "postimport.bad_row": "{path}, line {line}: {reason}; nothing imported",
    "postimport.empty": "{path} holds no post to import",
    "postimport.too_many": "{path}: more than {limit} rows",
    "postimport.too_big": "{path} is too big (more than {limit} bytes)",
    "postimport.unreadable": "cannot read {path}: {reason}",
    "postimport.not_utf8": "{path}, line {line}: not UTF-8 (save the spreadsheet as CSV UTF-8)",
    "postimport.unknown_column": "{path}: unknown column {name!r} (known: {known})",
    "postimport.twice": "{path}: column {name!r} given twice",
    "postimport.missing_columns": "{path}: missing columns: {names}",
    "postimport.past": "date {date} is past",
    "postimport.repeated": "the same post as line {line}",
    "postimport.no_slot": (
        "line {line}: no open {network} slot from {date} for {days} days; nothing imported"
    ),
    "postimport.line": "line {line}",
    "postimport.placed.slot": "its slot",
    "postimport.placed.next": "next open slot",
    "postimport.placed.off": "outside the slots",
    "postimport.done": "{n} {n|post|posts} imported.",
    "postimport.would": "{n} {n|post|posts} would be imported (--dry-run: nothing written).",
    "undo.label.post import": "post import",
    "help.post_suggest": "The evergreen posts whose cool-down is over, each with a free slot.",
    "help.post_suggest_take": "Plan a copy of this evergreen post in the free slot proposed.",
    "evergreen.none": "No evergreen post to bring back today.",
    "evergreen.out": "(out on {date}, {used} of {times} {times|return|returns} used)",
    "evergreen.slot": "next free slot: {when}  (cmagenda post suggest --take {id})",
    "evergreen.no_slot": "no free slot in sight on this network",
    "evergreen.not_due": "post {id} is not an evergreen post due to come back",
    "undo.label.post suggest": "post suggest",
    # Pages for a client: the report as HTML or PDF, the posts' review pack.
    "help.report_html": "A self-contained HTML page for the client (with -o FILE.html).",
    "help.report_pdf": "A PDF of the same page, made by Chromium (with -o FILE.pdf).",
    "help.report_summary": "A word to the client, in Markdown, at the top of the page.",
    "help.post_pack": "An HTML page of the planned posts, for the client to review.",
    "help.pack_week": "The week of --on (default: the next 7 days).",
    "help.pack_from": "First day (default: today).",
    "help.pack_to": "Last day (default: 6 days after the first).",
    "help.page_output": "The file to write (- for standard output).",
    "page.col.done": "Done",
    "page.col.rate": "Rate",
    "page.col.previous": "Previous period",
    "page.col.points": "Change (points)",
    "page.col.volet": "Area",
    "page.col.slots": "Slots kept",
    "page.col.post": "Post",
    "page.col.duty": "Duty",
    "page.col.reason": "Reason",
    "page.overall": "At a glance",
    "page.overall_line": "Duties done: {done} of {total}, that is",
    "page.previous_rate": "previous period: {rate}",
    "page.minutes": "Time: {done} done of {planned} planned",
    "page.skipped_count": "{n} {n|duty|duties} skipped on purpose (not in the total)",
    "page.summary": "A word from your manager",
    "page.grid": "Cadence week by week",
    "page.grid_note": (
        "Each cell: days the posting minimum was kept, out of the week's days gone by."
    ),
    "page.chart_note": "solid line: each period's value; dashes: the baseline",
    "page.published": "Posts published",
    "page.made": "Prepared on {date} with cmagenda.",
    "page.pack_title": "Planned posts from {start} to {end}",
    "page.pack_count": "{n} {n|planned post|planned posts}",
    "page.pack_empty": "No post planned in this period.",
    "page.summary_unreadable": "summary unreadable: {path} ({reason})",
    "page.logo_unreadable": "logo unreadable: {path} ({reason})",
    "page.logo_too_big": "logo too large: {path} (at most {limit} KiB)",
    "page.logo_type": "logo: {path} is not a PNG, JPEG or GIF picture",
    "page.two_formats": "--html and --pdf exclude each other: choose one",
    "page.pdf_output": "--pdf writes a file: give -o FILE.pdf",
    "page.no_browser": (
        "no Chromium to make the PDF: install it (sudo apt-get install chromium) or give its "
        "path in CMAGENDA_CHROMIUM; --html makes the same page without it"
    ),
    "page.pdf_failed": "Chromium could not make the PDF: {reason}",
    "page.col.times": "Times",
    "page.col.first": "First",
    "page.col.last": "Last",
    # The checklist field the duties' order is read from
    "template.field.after": "begins after",
    # Checklist problems in the user's language
    "checklist.sep": ": ",
    "checklist.duty": "duty '{name}'",
    "checklist.network": "network '{name}'",
    "templates.off": " [off]",
    "checklist.too_many": (
        "{where}: duty '{duty}': the checklist could plan more than {most} tasks on one day "
        "({n} with this duty): remove duties or times"
    ),
    "checklist.rrule": "{where}: duty '{duty}': rrule: {problem}",
    "checklist.network_unknown": (
        "{where}: duty '{duty}': network: unknown network {network!r}{suggestion}"
    ),
    "checklist.per_network": "{where}: duty '{duty}': per_network and network exclude each other",
    "checklist.series_network": (
        "{where}: duty '{duty}': a series needs a network (network = \"...\")"
    ),
    "checklist.top_key": "{where}: unknown top-level key {name!r}{suggestion}",
    "checklist.not_table": "{where}: {name} must be a table",
    "checklist.version_int": "{where}: schema_version must be an integer",
    "checklist.version_newer": (
        "{path}: schema_version {version} is newer than this cmagenda understands ({known}): "
        "upgrade cmagenda"
    ),
    # The idea backlog
    "help.idea": "The idea backlog: post ideas waiting to become posts.",
    "help.idea_add": "Note a post idea.",
    "help.idea_list": "List the ideas, oldest first.",
    "help.idea_rm": "Remove an idea.",
    "help.idea_text": "The idea, as it may become the post's text.",
    "help.idea_network": "The network it is for.",
    "help.idea_tag": "A tag (repeatable).",
    "help.idea_id": "The idea's id (i3, or 3).",
    "help.post_from_idea": (
        "Make the post from this idea: its text and network unless given; the idea leaves "
        "the backlog."
    ),
    "idea.empty": "the idea is empty",
    "idea.too_long": "idea too long: {length} characters (at most {limit})",
    "idea.bad_tag": 'unusable tag "{tag}": 1 to {limit} characters, no control character',
    "idea.too_many_tags": "too many tags (at most {limit})",
    "idea.too_many": "the backlog is full ({limit} ideas): remove some with `idea rm`",
    "idea.unknown": "no idea {which} (see `cmagenda idea list`)",
    "idea.added": "Idea noted: {idea}",
    "idea.removed": "Idea removed: {idea}",
    "idea.none": "No idea in the backlog.",
    "post.add_needs": "give the post's text and --network, or --from-idea ID",
    "undo.ideas": "Undone ({label}): {count} {count|idea|ideas} put back",
    "undo.label.idea add": "idea add",
    "undo.label.idea rm": "idea rm",
    # Placeholders in a post's text
    "desk.unknown_placeholder": (
        "unknown placeholder {{{name}}} (snippets of the profile: {known}; {{{{ writes a brace)"
    ),
    # A checklist duty's recurrence (rrule), and network names
    "rrule.not_pair": "'{chunk}' is not NAME=VALUE (FREQ=WEEKLY;BYDAY=MO, for example)",
    "rrule.time_part": "{part} is not supported (times of day go in `times`)",
    "rrule.unknown_part": "unknown part '{part}' (the parts: {known})",
    "rrule.twice": "{part} is given twice",
    "rrule.empty": "{part} has no value",
    "rrule.no_freq": "FREQ is missing: the frequency is one of {known}",
    "rrule.freq": "unknown frequency '{value}' (FREQ is one of {known})",
    "rrule.count_until": "COUNT and UNTIL exclude each other",
    "rrule.one_value": "{part} takes one value, not '{value}'",
    "rrule.not_number": "{part}: '{value}' is not a whole number",
    "rrule.range": "{part}: {value} is out of range ({low} to {high})",
    "rrule.range_signed": (
        "{part}: {value} is out of range ({low} to {high}, or -{high} to -{low} counting from "
        "the end)"
    ),
    "rrule.byday": (
        "BYDAY: '{value}' is not a day (one of {known}, with a rank in a monthly or yearly "
        "rule: 1MO for the first Monday, -1FR for the last Friday)"
    ),
    "rrule.byday_rank": (
        "BYDAY: a rank such as '{value}' only goes in a monthly or yearly rule (FREQ=MONTHLY "
        "or FREQ=YEARLY)"
    ),
    "rrule.byday_range": (
        "BYDAY: the rank of '{value}' is out of range (1 to {high}, or -{high} to -1)"
    ),
    "rrule.wkst": "WKST: '{value}' is not a day (one of {known})",
    "rrule.until": "UNTIL: '{value}' is not a YYYYMMDD date in local time (20271231, for example)",
    "rrule.no_such_day": "no month has such a day: the rule would never occur",
    "rrule.never": "the rule never occurs",
    "checklist.network_name_length": (
        "{where}: network name '{name}': it must have 1 to {limit} characters"
    ),
    "checklist.network_name_invisible": (
        "{where}: network name '{name}': it contains a control or invisible character"
    ),
    # Dates given with a time of day, or from another date
    "date.time_given": (
        "'{value}': a date only here, without a time ('{day}'); a time, if one is needed, goes "
        "in --at"
    ),
    "date.relative": (
        "'{value}' depends on another date: write the date itself (tomorrow, the day after "
        "tomorrow, monday, 2026-12-09…)"
    ),
    # Value words in help pages
    "metavar.TAG": "TAG",
    "metavar.PATH": "PATH",
    "metavar.DAYS": "DAYS",
    "metavar.COMMAND": "COMMAND",
    "metavar.FROM": "FROM",
    "metavar.TO": "TO",
    # A post's title in an exported calendar
    "ical.post": "{network}: {text}",
    # A file to import that is no backup
    "import.not_backup": (
        "{path} is not a cmagenda backup (the files 'cmagenda export --format json' writes)"
    ),
    "import.not_json": "{path} is not a readable cmagenda backup: it is not JSON (line {line})",
    "import.not_utf8": "{path} is not a readable cmagenda backup: its text is not UTF-8",
    # Dates, times and numbers as people write them
    "date.weekday_year": (
        "{value!r}: {en} is a {weekday_en}, and {day_en} is no {asked_en} from {first} to "
        "{last}: add the year"
    ),
    "date.weekday_other_year": (
        "{value!r}: {en} is a {weekday_en}; {day_en} is a {asked_en} in {year}: add the year"
    ),
    "holidays.clash": (
        'holidays = "{value}" is taken as the country {value}; for the subdivision of '
        '{country}, write holidays = "{meant}" in config.toml (or init --holidays {meant})'
    ),
    "help.locale": (
        "How dates, times and numbers are written: fr_CA, fr_FR, fr_BE, fr_CH, en_CA, en_US, "
        "en_GB (else guessed from the environment and the zone)."
    ),
    # Views that agree: posts outside the slots, the day's hours, reports
    "section.outside": "Posts outside the slots",
    "tally.outside": " ({n} outside the slots)",
    "section.waiting": "Waiting for the next working day",
    "day.carried": ", {carried} of it overdue",
    "day.off_on": "Off — nothing is owed that day",
    "day.off_reason_on": "Off — {reason}: nothing is owed that day",
    "report.added": "added tasks",
    "done.post_published": "Post {id} marked published (it was: {was})",
    "off.post_kept": "Post {id} ({network}, {date}) stays planned that day",
    "add.outside_hours": " (outside the working hours: {hours})",
    # Days off: duties moved off an absence, tasks moved onto a day off.
    "move.day_off": "Moved to {date}, a day off (it stays owed): {title}",
    "off.moved": "Moved to {date}, out of the absence: {title}",
}
