"""Post import: a month of posts prepared in a spreadsheet (`post import FILE.csv`), each row
put in its slot or the next open one, as `post add` would.

The whole file is read and checked first: one bad row refuses it, naming its line and why,
and nothing is written. The rows that pass go in under one lock, as one undoable change.

Columns, by their header (French or English, any case, accents optional): date, time/heure,
network/réseau, text/texte, link/lien, status/statut, first comment/premier commentaire,
media/média, alt/texte alternatif. Only date, network and text are required. Several media go
in one cell separated by `|`, their alt texts likewise, in the same order. UTF-8 with or
without a byte-order mark; `;` (French spreadsheets) or `,` between cells.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
from pathlib import Path

from cmagenda.domain import limits, planner, slots
from cmagenda.domain.dates import parse_date
from cmagenda.domain.errors import CmagendaError, UsageError
from cmagenda.domain.model import RENAMED_POST_STATUS, Post, PostStatus
from cmagenda.domain.month import Month, month_key
from cmagenda.domain.networks import fold
from cmagenda.domain.networks import resolve as resolve_network
from cmagenda.domain.times import parse_time
from cmagenda.i18n.messages import say
from cmagenda.storage.named import read_named
from cmagenda.usecases import desk, planning, tasks
from cmagenda.usecases import session as usecases_session
from cmagenda.usecases.profile import inactive
from cmagenda.views import changes

TYPE_CHECKING = False
if TYPE_CHECKING:
    from cmagenda.usecases.session import Session

CSV_BYTES = 5_000_000
ROWS = 2_000
# How far past a row's date the next open slot is looked for.
AHEAD_DAYS = 14
MEDIA_SEPARATOR = "|"

# Each column by its folded header (see `_fold`).
HEADERS = {
    "date": "date",
    "jour": "date",
    "time": "time",
    "heure": "time",
    "network": "network",
    "reseau": "network",
    "text": "text",
    "texte": "text",
    "link": "link",
    "lien": "link",
    "url": "link",
    "status": "status",
    "statut": "status",
    "firstcomment": "first_comment",
    "premiercommentaire": "first_comment",
    "media": "media",
    "medias": "media",
    "alt": "alt",
    "alttext": "alt",
    "textealternatif": "alt",
}
REQUIRED = ("date", "network", "text")
KNOWN = (
    "date, time/heure, network/réseau, text/texte, link/lien, status/statut, "
    "first comment/premier commentaire, media/média, alt/texte alternatif"
)


def _fold(header: str) -> str:
    """`header` as compared: no case, accents, spaces, dashes or underscores."""
    plain = unicodedata.normalize("NFKD", header)
    return fold("".join(c for c in plain if not unicodedata.combining(c)))


class Row:
    """One checked row of the file, and where it went."""

    __slots__ = (
        "alt", "at", "day", "first_comment", "line", "link", "media", "network", "placed",
        "post", "status", "text",
    )  # fmt: skip

    def __init__(self, line: int) -> None:
        self.line = line
        self.day = dt.date.min
        self.at: str | None = None
        self.network = ""
        self.text = ""
        self.link: str | None = None
        self.status = PostStatus.DRAFT
        self.first_comment: str | None = None
        self.media: list[dict[str, str | None]] | None = None
        # "slot": the slot of its time (or the day's first open one), "next": a later open slot,
        # "off": at its time, outside the slots.
        self.placed = ""
        self.post: Post | None = None


def read(session: Session, path: Path) -> list[Row]:
    """The rows of the CSV file at `path`, every one checked; UsageError naming the first bad
    row's line."""
    text = _text(path)
    sample = text.split("\n", 1)[0]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as err:
        raise UsageError("postimport.bad_row", path=str(path), line=1, reason=str(err)) from None
    if header is None:
        raise UsageError("postimport.empty", path=str(path))
    columns = _columns(path, header)
    checklist = usecases_session.load_checklist(session)
    labels = {key: net.label for key, net in checklist.networks.items()}
    rows: list[Row] = []
    seen: dict[tuple[str, dt.date, str], int] = {}
    line = reader.line_num + 1
    while True:
        try:
            cells = next(reader, None)
        except csv.Error as err:
            raise UsageError(
                "postimport.bad_row", path=str(path), line=line, reason=str(err)
            ) from None
        if cells is None:
            break
        if any(c.strip() for c in cells):
            if len(rows) == ROWS:
                raise UsageError("postimport.too_many", path=str(path), limit=ROWS)
            try:
                row = _row(session, path, line, columns, cells, labels)
                same = seen.setdefault((row.network, row.day, row.text), line)
                if same != line:
                    raise UsageError("postimport.repeated", line=same)
            except CmagendaError as err:
                params = session.voice.dates_in(err.params, session.real_today)
                reason = say(session.lang, err.key, **params)
                raise UsageError(
                    "postimport.bad_row", path=str(path), line=line, reason=reason
                ) from None
            rows.append(row)
        line = reader.line_num + 1
    if not rows:
        raise UsageError("postimport.empty", path=str(path))
    return rows


def _text(path: Path) -> str:
    data = read_named(
        path,
        CSV_BYTES,
        UsageError,
        missing="import.missing",
        too_big="postimport.too_big",
        unreadable="postimport.unreadable",
    )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise UsageError("postimport.not_utf8", path=str(path), line=line) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _columns(path: Path, header: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for n, name in enumerate(header):
        key = HEADERS.get(_fold(name))
        if key is None:
            if not name.strip():
                continue
            raise UsageError(
                "postimport.unknown_column",
                path=str(path),
                name=name.strip()[:40],
                known=KNOWN,
            )
        if key in columns:
            raise UsageError("postimport.twice", path=str(path), name=name.strip()[:40])
        columns[key] = n
    missing = [k for k in REQUIRED if k not in columns]
    if missing:
        raise UsageError("postimport.missing_columns", path=str(path), names=", ".join(missing))
    return columns


def _row(
    session: Session,
    path: Path,
    line: int,
    columns: dict[str, int],
    cells: list[str],
    labels: dict[str, str],
) -> Row:
    def cell(key: str) -> str:
        n = columns.get(key)
        return cells[n].strip() if n is not None and n < len(cells) else ""

    row = Row(line)
    today = session.real_today
    voice = session.voice
    row.day = parse_date(cell("date") or "-", today, session.profile.week_start, voice.locale)
    if row.day < today:
        raise UsageError("postimport.past", date=row.day)
    row.at = parse_time(cell("time")) if cell("time") else None
    network = resolve_network(cell("network"), labels, labels)
    if network is None:
        raise UsageError(
            "network.unknown_near", network=cell("network"), suggestion="", known=", ".join(labels)
        )
    if network not in session.profile.networks:
        raise inactive(session, network)
    row.network = network
    text = cell("text")
    if limits.blank(text):
        raise UsageError("post.empty")
    if len(text) > limits.POST_TEXT:
        raise UsageError("post.too_long", limit=limits.POST_TEXT)
    row.text = text
    link = cell("link") or None
    fault = limits.link_fault(link) if link else None
    if fault:
        raise UsageError(f"link.{fault}", link=(link or "")[:80], limit=limits.LINK)
    row.link = link
    row.status = _status(session, cell("status"))
    row.first_comment = desk.first_comment(cell("first_comment")) or None
    media = [m.strip() for m in cell("media").split(MEDIA_SEPARATOR)] if cell("media") else []
    alts = [a.strip() for a in cell("alt").split(MEDIA_SEPARATOR)] if cell("alt") else []
    # Relative paths are read from the spreadsheet's folder.
    row.media = desk.media(media, alts, path.resolve().parent)
    return row


def _status(session: Session, typed: str) -> str:
    """A status as typed: its key, or its name in either language ("brouillon", "approved")."""
    if not typed:
        return PostStatus.DRAFT
    wanted = _fold(typed)
    for status in PostStatus.ALL:
        names = (status, say("fr", f"post.status.{status}"), say("en", f"post.status.{status}"))
        if wanted in {_fold(n) for n in names}:
            return status
    renamed = RENAMED_POST_STATUS.get(wanted)
    if renamed is not None:
        return renamed
    raise UsageError("post.status", value=typed[:40], known=", ".join(PostStatus.ALL))


def place(session: Session, rows: list[Row], write: bool) -> changes.Changed | None:
    """Put each row in its slot or the next open one, in the file's order (with `write`, in the
    store: one undoable change; else only to say where each would go)."""
    now = session.now
    first = min(r.day for r in rows)
    last = max(r.day for r in rows) + dt.timedelta(days=AHEAD_DAYS)
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    planning.plan(session, session.real_today, days)
    store = session.store()
    with store.locked():
        index = store.read_index()
        months = store.read_months({month_key(d) for d in days})
        before = planner.snapshot(months)
        for row in rows:
            _place(row, months, now)
        if not write:
            return None
        tasks.commit(session, store, index, "post import", before, months)
    planning.refresh_window(session)
    return changes.between(before, months, "post import")


def _place(row: Row, months: dict[str, Month], now: dt.datetime) -> None:
    span = [row.day + dt.timedelta(days=n) for n in range(AHEAD_DAYS + 1)]
    slot = None
    if row.at is not None:
        slot = slots.slot_at(months[month_key(row.day)], row.network, row.day, row.at)
        if slot is None:
            row.placed = "off"
        elif slots.is_open(slot, slots.posts_by_slot(months.values()), now):
            row.placed = "slot"
        else:
            slot = None
    if not row.placed:
        found = slots.open_slots(months, row.network, span, now)
        if row.at is not None:
            found = [s for s in found if s.date > row.day or (s.time or "99:99") > row.at]
        if not found:
            raise UsageError(
                "postimport.no_slot",
                line=row.line,
                network=row.network,
                date=row.day,
                days=AHEAD_DAYS,
            )
        slot = found[0]
        row.placed = "slot" if slot.date == row.day and row.at is None else "next"
    day = slot.date if slot is not None else row.day
    post = planner.add_post(months, row.network, day, slot, row.at if slot is None else None,
                            row.text, row.link, now)  # fmt: skip
    planner.set_post_status(months, post, row.status, now)
    post.first_comment = row.first_comment
    post.media = row.media or []
    row.post = post
