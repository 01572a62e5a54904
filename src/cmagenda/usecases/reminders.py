"""Reminders: runs the stages for `remind` (plan today, select what comes due, remember what was
said) and hands desktop notifications to the platform's tool. No clock: `now` comes in the
session; the notifier's path comes from the CLI, which reads the environment.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

from cmagenda.domain import reminders
from cmagenda.domain.errors import UsageError
from cmagenda.storage import shortids
from cmagenda.usecases import planning
from cmagenda.usecases import session as usecases_session

TYPE_CHECKING = False
if TYPE_CHECKING:
    from cmagenda.usecases.session import Session

MAX_WITHIN = 24 * 60
# Reminder keys are forgotten after this many days: by then their day is long over.
FORGET_DAYS = 14
WITHIN_RE = re.compile(r"^(?:(\d+)\s*h)?\s*(?:(\d+)\s*(?:m|min|mn)?)?$")


def parse_within(text: str) -> dt.timedelta:
    """'30m', '30', '1h', '1h30', '90 min' -> a duration of 0 to 24 hours."""
    found = WITHIN_RE.match(text.strip().lower())
    if not text.strip() or found is None or not any(found.groups()):
        raise UsageError("within.bad", value=text, max=MAX_WITHIN)
    minutes = int(found[1] or 0) * 60 + int(found[2] or 0)
    if minutes > MAX_WITHIN:
        raise UsageError("within.bad", value=text, max=MAX_WITHIN)
    return dt.timedelta(minutes=minutes)


def remind(session: Session, within: dt.timedelta) -> list[reminders.Reminder]:
    """What comes due from now to now + `within`, and what became overdue, not said before;
    remembered as said (under the lock) before it is returned."""
    now = session.now
    today = now.date()
    days = sorted({today, (now + within).date()})
    planning.plan(session, today, days)
    store = session.store()
    with store.locked():
        keys = planning.scope_months(store.read_index(), today) | {
            d.strftime("%Y-%m") for d in days
        }
        months = store.read_months(keys)
        said = store.read_reminded()
        shorts = shortids.short_ids(store, months, locked=True)
        off = usecases_session.days_off(store)
        found = reminders.reminders(months, now, within, said, shorts, off)
        if found:
            horizon = (today - dt.timedelta(days=FORGET_DAYS)).isoformat()
            kept = {k: v for k, v in said.items() if v >= horizon}
            kept.update({r.key: today.isoformat() for r in found})
            store.write_reminded(kept)
    return found


def notify(program: str | None, title: str, lines: list[str]) -> str | None:
    """Show `lines` as one desktop notification with `program` (notify-send or osascript);
    returns why it could not, or None."""
    if program is None:
        return "missing"
    body = "\n".join(lines)
    if Path(program).name == "osascript":
        quoted = body.replace("\\", "\\\\").replace('"', '\\"')
        command = [program, "-e", f'display notification "{quoted}" with title "{title}"']
    else:
        command = [program, "--app-name=cmagenda", title, body]
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            encoding="utf-8",
            errors="replace",
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        return str(err)
    if done.returncode != 0:
        said = (done.stderr or done.stdout).strip().splitlines()
        return said[-1] if said else f"exit {done.returncode}"
    return None
