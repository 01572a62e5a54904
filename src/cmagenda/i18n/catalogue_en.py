"""Messages in English: the catalogue the views and errors say things with (data, not code):
the day's and the week's words here, the help pages, the user's files and the editorial desk in
modules of their own, merged below.

Standard library only, no imports: the morning path loads it. Plural marks `{n|one|other}` and
elision marks are read by `messages.say`.
"""

from cmagenda.i18n.catalogue_en_desk import EN_DESK
from cmagenda.i18n.catalogue_en_files import EN_FILES
from cmagenda.i18n.catalogue_en_help import EN_HELP

EN: dict[str, str] = {
    "did_you_mean": " (did you mean {word!r}?)",
    "optional": "optional",
    "tally.line": "{network}: {filled} of {target}, {free} {free|slot|slots} free",
    "tally.short": "short by {n}",
    "tally.met": "target met",
    "tally.week": "Week",
    "holiday": "Public holiday: {name}",
    "network.inactive": (
        "network {network!r} is not in your profile; to add it, write in {path}, under "
        "[profile]: {line}"
    ),
    "minutes.bad": "invalid duration: {value} (0 to {max} minutes)",
    "year.bad": "invalid year: {value} (1900 to 2200)",
    "within.bad": "unknown duration {value!r} (examples: 30m, 1h, 1h30; at most {max} min)",
    "remind.overdue": "overdue since {date}",
    "remind.title": "cmagenda: due",
    "notify.missing": (
        "cannot notify: neither notify-send nor osascript found (install libnotify-bin)"
    ),
    "notify.failed": "cannot notify: {reason}",
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
    "report.nothing_due": "nothing due in the period",
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
    "assumed.head": (
        "cmagenda wrote this file by itself at first use, from assumed values.\n"
        "To change them: {command}\n"
        "As long as you do not edit it, `cmagenda init` replaces it without --force."
    ),
    "assumed.said": (
        "first use: a profile was created from assumed values (zone {zone}, "
        "language {language}, start {start}, networks {networks}). To change them:"
    ),
    "internal": "internal error: {reason}",
    "title.empty": "the title is empty",
    "now.bad": (
        "invalid moment {value!r} (expected a date and time in the profile's time zone, "
        "{zone}, e.g. 2026-11-23T09:00 or '2026-11-23 09:00', or with an offset, "
        "e.g. {example})"
    ),
    "interrupted": "interrupted",
    "title.too_long": "title too long: {length} characters (at most {limit})",
    "reason.too_long": "reason too long: {length} characters (at most {limit})",
    # Dates as people write them
    "date.impossible": "impossible date {value!r}: {en} does not exist",
    "date.weekday": "{value!r}: {en} is a {weekday_en}",
    "date.ambiguous": "ambiguous date {value!r}: {en_a} or {en_b}? Write {iso_a} or {iso_b}",
    "date.range": "date outside the supported dates: {value} (years {low} to {high})",
    "system.failed": "the system refused: {reason}",
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
    "edit.ok": "Edited: {title}",
    "edit.nothing": "nothing to change: give --title, --minutes, --at, --no-time or --note",
    "edit.at_and_no_time": "--at and --no-time exclude each other: choose one",
    "note.too_long": "note too long: {length} characters (at most {limit})",
    "task.note": "note: {note}",
    "rm.ok": "Removed: {title}",
    "rm.skipped": "Removed (never planned again): {title}",
    "rm.reason": "removed",
    # Networks and holiday regions as people type them.
    "network.unknown_near": "unknown network {network!r}{suggestion}. Known networks: {known}",
    # Capacity of the working day and the order of duties (`after`).
    "day.capacity": "{planned} planned of {capacity}",
    "day.capacity_off": "day off",
    "day.over": "more than the working day",
    "hours.whole": "{h}h",
    # -- absences, and views made for their moment
    "rm.post_unplanned": (
        "Post {id} ({network}, {date}) is no longer in a slot: plan it again with "
        '"cmagenda post move {id} --to DATE"'
    ),
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
    "report.days_off": "Off: {n} {n|day|days}, not counted",
    "day.off": "Off — nothing is owed today",
    "day.off_reason": "Off — {reason}: nothing is owed today",
    "owed.posts": "Posts still owed: {networks}",
    "week.routine": "routine {done}/{owed}: {parts}",
    "week.added": "added",
    "week.grid": "Editorial calendar (posts planned or done / owed)",
    "week.total": "total",
    "day.now": "now",
    "day.late": "past",
    "task.for": "for {name}",
    "task.done_by": "done by {name}",
    # Dates given with a time of day, or from another date
    "date.time_given": (
        "'{value}': a date only here, without a time ('{day}'); a time, if one is needed, goes "
        "in --at"
    ),
    "date.relative": (
        "'{value}' depends on another date: write the date itself (tomorrow, the day after "
        "tomorrow, monday, 2026-12-09…)"
    ),
    # Dates, times and numbers as people write them
    "date.weekday_year": (
        "{value!r}: {en} is a {weekday_en}, and {day_en} is no {asked_en} from {first} to "
        "{last}: add the year"
    ),
    "date.weekday_other_year": (
        "{value!r}: {en} is a {weekday_en}; {day_en} is a {asked_en} in {year}: add the year"
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
    "move.past": (
        "{date} is past: a task moves to today or later (done meanwhile? cmagenda done {id})"
    ),
    **EN_DESK,
    **EN_FILES,
    **EN_HELP,
}
