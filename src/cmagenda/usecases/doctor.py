"""Doctor: what is wrong with the user's files, and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cmagenda.storage import journal
from cmagenda.usecases.session import Session


@dataclass(slots=True, frozen=True)
class Finding:
    """A store file that does not read, the newest good backup of it, and whether it was put
    back."""

    path: Path
    problem: str
    backup: Path | None
    restored: bool


def doctor(session: Session, restore: bool) -> tuple[int, list[Finding]]:
    """Check every store file; with `restore`, put back the newest good backup of each bad one."""
    store = session.store()
    if journal.pending(session.paths):
        # As every command does first: an interrupted change is finished (or undone) before the
        # files are judged; one that can be neither is said (exit 6), a bad journal too (exit 4).
        with store.locked():
            pass
    files = [p for p in store.files() if p.exists()]
    findings = []
    for path in files:
        problem = store.check(path)
        if problem is None:
            continue
        if restore:
            with store.locked():
                used = store.restore(path)
            findings.append(Finding(path, problem, used, used is not None))
        else:
            findings.append(Finding(path, problem, store.newest_good_backup(path), False))
    return len(files), findings
