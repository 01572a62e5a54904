"""Messages in English: the editorial desk
(posts, ideas, evergreen, review), client pages, export and sync (data, not code).

Standard library only, no imports; merged into `catalogue_en.EN`.
"""

EN_DESK: dict[str, str] = {
    "post.none": "No post planned.",
    "post.no_slot": "outside the slots",
    "post.status.draft": "draft",
    "post.status.ready": "ready",
    "post.status.published": "published",
    "post.empty": "the post's text is empty",
    "post.too_long": "text too long (over {limit} characters)",
    "post.status": "unknown status {value!r} (known: {known})",
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
    "vdir.not_dir": "--dir {path}: not a folder",
    "vdir.symlink": "{path} is a symbolic link: left alone, not written",
    "vdir.directory": "{path} is a folder: left alone, not written",
    "vdir.special": "{path} is not a regular file: left alone",
    "vdir.bad_id": "item {id!r} not exported: its id cannot be a file name",
    "vdir.manifest": (
        "{path} is not a list of cmagenda's files it can read: nothing is removed from the folder"
    ),
    # posting slots: where `post add` puts a post
    "post.no_open_slot": "no open slot on {network} in the next {days} days",
    "post.day_full": "no open slot left on {date} on {network}{next}",
    "post.slot_closed": "the slot of {slot} is no longer open (taken, ticked or past){next}",
    "post.next_open": "; next open slot: {when}",
    "post.next_none": "; no open slot in the {days} days after",
    "post.when": "{date} at {time}",
    "post.unslotted_at": ", at {time}, outside the slots",
    # Post ids: a post is not a task.
    "post.id_unknown": "no post matches {id!r}",
    "post.id_ambiguous": "{id!r} matches several posts; give more characters:",
    "assign.ok": "Given to {name}: {title}",
    "assign.nobody": "Given to nobody: {title}",
    "assign.name_or_none": "give a name or --none (one of the two)",
    "assign.bad_name": "name refused: 1 to {limit} visible characters, on one line",
    "assign.no_me": (
        '--mine: the profile does not say who you are. Add me = "Your name" under [profile] '
        "in config.toml"
    ),
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
    # -- the content desk: review, limits, first comment and media, evergreen, snippets
    "post.status.review": "in review",
    "post.status.changes": "changes asked",
    "post.status.approved": "approved",
    "post.unapproved": "not approved yet",
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
    "evergreen.none": "No evergreen post to bring back today.",
    "evergreen.out": "(out on {date}, {used} of {times} {times|return|returns} used)",
    "evergreen.slot": "next free slot: {when}  (cmagenda post suggest --take {id})",
    "evergreen.no_slot": "no free slot in sight on this network",
    "evergreen.not_due": "post {id} is not an evergreen post due to come back",
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
    # Placeholders in a post's text
    "desk.unknown_placeholder": (
        "unknown placeholder {{{name}}} (snippets of the profile: {known}; {{{{ writes a brace)"
    ),
    # A post's title in an exported calendar
    "ical.post": "{network}: {text}",
}
