"""Export use case: write a period to a file, a vdir or stdout."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from cmagenda.domain.errors import UsageError
from cmagenda.interop import vdir
from cmagenda.interop.ical import UID_DOMAIN, _clean, calendar, components
from cmagenda.interop.taskwarrior import taskwarrior
from cmagenda.storage import backup, outfile
from cmagenda.usecases import reporting

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

    from cmagenda.usecases.session import Session


FORMATS = ("ics", "vdir", "taskwarrior", "json")


# The default span: a calendar subscribed to the export shows the recent past and what comes.
DAYS_BEFORE = 30


DAYS_AFTER = 60


@dataclass(slots=True)
class Exported:
    """What an export did: the bytes for stdout (None when written to a file or a vdir), what
    was written where, for a vdir (written, unchanged, removed), and what was left alone and
    why (message keys and their parameters, said as warnings)."""

    data: bytes | None
    count: int
    target: Path | None
    vdir: tuple[int, int, int] | None = None
    notes: list[tuple[str, dict[str, str]]] = field(default_factory=list)


def export(
    session: Session,
    fmt: str,
    *,
    start: dt.date | None,
    end: dt.date | None,
    events: bool,
    output: Path | None,
    folder: Path | None,
    prune: bool = False,
) -> Exported:
    """Runs `cmagenda export`: builds the format asked for over [start, end] (default: 30 days
    back to 60 ahead) and writes it to `output` (see `outfile`: `-` is standard output, a
    regular file is replaced at once, a pipe or a device written in place) or `folder` (a
    vdir, see `vdir`: items past the range stay unless `prune`), else returns it."""

    if fmt not in FORMATS:
        raise UsageError("export.format", value=fmt)
    if fmt == "vdir" and folder is None:
        raise UsageError("export.dir")
    if fmt == "json":
        data, count = backup.dump(session).encode("utf-8"), backup.count(session)
    else:
        today = session.real_today
        chosen = reporting.selection(
            session,
            start or today - dt.timedelta(days=DAYS_BEFORE),
            end or today + dt.timedelta(days=DAYS_AFTER),
        )
        label = display_name(session)
        if folder is not None and fmt == "vdir":
            done = vdir.write(folder, components(chosen, events), chosen, label, prune=prune)
            return Exported(None, 0, folder, done.counts, done.notes)
        if fmt == "taskwarrior":
            data, count = taskwarrior(chosen).encode("utf-8"), len(chosen.tasks)
        else:
            items = components(chosen, events)
            data, count = calendar(chosen, items, label), len(items)
    if output is None or outfile.is_stdout(output):
        return Exported(data, count, None)
    outfile.write(output, data)
    return Exported(None, count, output)


def display_name(session: Session) -> str:
    """The calendar's name in a client: the profile's `calendar_name`, else one that two
    profiles exported side by side do not share: its owner (`me`), its start and zone (which
    change only with `init`)."""
    profile = session.profile
    if profile.calendar_name:
        return _clean(profile.calendar_name)
    owner = f"{_clean(profile.me)} — " if profile.me else ""
    return f"{UID_DOMAIN} — {owner}{profile.start.isoformat()} {profile.timezone}"
