"""Messages in English: the user's files
(config, checklists, backups, the store, undo, doctor) (data, not code).

Standard library only, no imports; merged into `catalogue_en.EN`.
"""

EN_FILES: dict[str, str] = {
    "init.bad": "setting refused",
    "holidays.none": "No public holidays: set holidays (CA-QC, FR…) in the profile.",
    "holidays.heading": "Public holidays {year} ({region})",
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
    "week_start.bad": "unknown week start {value!r} (monday or sunday)",
    "color.bad": "unknown value for --color: {value!r} (auto, always, never)",
    "shell.bad": "unknown shell {value!r} (bash, zsh, fish)",
    "template.unknown": "no duty {id!r}{hint}",
    "undo.ok": "Undone ({label}): {count} {count|task|tasks} put back",
    "undo.empty": "Nothing to undo.",
    "init.ok": "Profile written to {path}",
    "templates.ok": "{path}: valid ({count} duties)",
    "zone.unknown": "unknown time zone {zone!r}",
    "lang.bad": "unknown language {value!r} (fr or en)",
    "init.exists": "{path} already exists; add --force to replace it",
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
    "doctor.ok": "{count} {count|file|files} checked: all readable.",
    "doctor.bad": "{path}: {reason} (newest good backup: {backup})",
    "doctor.restored": "{path}: restored from {backup}",
    "doctor.failed": "{count} unreadable {count|file|files} in the store",
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
    "link.too_long": "link too long (over {limit} characters)",
    "link.space": "link refused: it contains a space or a control character",
    "link.scheme": "link refused: '{link}' must start with http://, https:// or mailto:",
    "link.empty": "link refused: '{link}' gives no address",
    # Files the user names, the vdir mirror and the lock file
    "output.directory": "{path} is a folder: name a file to write",
    "output.socket": "cannot write to {path}: it is a socket",
    "output.block": "cannot write to {path}: it is a block device (a disk), never written over",
    "output.folder": "cannot write {path}: its folder does not exist",
    "store.lock_kind": (
        "{path} is not a regular file (a symbolic link?): cmagenda does not follow it; "
        "remove it and it will be made again"
    ),
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
    "orphans.warning": (
        "posts are planned on a network removed from the profile; "
        "they stay visible (add the network back or move them):"
    ),
    "orphans.line": "{id}  {date}  {network}",
    "orphans.flag": "network removed",
    "orphans.heading": "Posts on a network removed from the profile",
    "zone.close": "unknown time zone {zone!r}{suggestion}",
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
    "undo.label.edit": "edit",
    "undo.label.rm": "rm",
    "config.region_near": "{field}: unknown holiday region {value!r}{suggestion}",
    "config.network_near": (
        "{field}: unknown network {network!r}{suggestion}. Known networks: {known}"
    ),
    "checklist.after_unknown": "{where}: duty '{duty}': after: unknown duty '{other}'",
    "checklist.after_cycle": (
        "{where}: duty '{duty}': after: these duties wait on each other in a circle: {path}"
    ),
    "undo.absences": "Undone ({label}): {count} {count|absence|absences} put back",
    "undo.label.off": "off",
    "undo.label.off rm": "off rm",
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
    "undo.label.assign": "assignment",
    "undo.label.sync": "sync",
    "undo.label.post review": "post review",
    "undo.label.post approve": "post approve",
    "undo.label.post reject": "post reject",
    "undo.label.post import": "post import",
    "undo.label.post suggest": "post suggest",
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
    "undo.ideas": "Undone ({label}): {count} {count|idea|ideas} put back",
    "undo.label.idea add": "idea add",
    "undo.label.idea rm": "idea rm",
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
    # A file to import that is no backup
    "import.not_backup": (
        "{path} is not a cmagenda backup (the files 'cmagenda export --format json' writes)"
    ),
    "import.not_json": "{path} is not a readable cmagenda backup: it is not JSON (line {line})",
    "import.not_utf8": "{path} is not a readable cmagenda backup: its text is not UTF-8",
    "holidays.clash": (
        'holidays = "{value}" is taken as the country {value}; for the subdivision of '
        '{country}, write holidays = "{meant}" in config.toml (or init --holidays {meant})'
    ),
}
