"""Review: a post goes to the client or the boss for review, comes back approved or with
changes asked for (and a note), then goes out. Each step is one undoable change of the post.

    draft ──review──▶ review ──approve──▶ approved ──publish──▶ published
                        │   ◀──review──┐
                        └──reject────▶ changes
"""

from __future__ import annotations

from cmagenda.domain import limits
from cmagenda.domain.errors import UsageError
from cmagenda.domain.model import Post, PostStatus
from cmagenda.domain.month import Month
from cmagenda.usecases import posts as editorial
from cmagenda.views import changes

TYPE_CHECKING = False
if TYPE_CHECKING:
    from cmagenda.usecases.session import Session


def _not_published(post: Post) -> None:
    if post.status == PostStatus.PUBLISHED:
        raise UsageError("review.published", id=post.id[:7])


def _name(by: str | None) -> str | None:
    if by is None:
        return None
    by = " ".join(by.split())
    if not by or len(by) > limits.REVIEWER or not by.isprintable():
        raise UsageError("review.bad_name", limit=limits.REVIEWER)
    return by


def submit(session: Session, prefix: str) -> tuple[Post, changes.Changed]:
    """Put the post up for review (again, after changes)."""

    def action(months: dict[str, Month], post: Post) -> None:
        _not_published(post)
        post.status = PostStatus.REVIEW

    return editorial.change(session, prefix, "post review", action)


def approve(session: Session, prefix: str, by: str | None) -> tuple[Post, changes.Changed]:
    """Approved by `by` (a name, or nobody named) now; a note asking for changes is settled."""
    by = _name(by)

    def action(months: dict[str, Month], post: Post) -> None:
        _not_published(post)
        post.status = PostStatus.APPROVED
        post.reviewed_by, post.reviewed_at, post.note = by, session.now, None

    return editorial.change(session, prefix, "post approve", action)


def reject(
    session: Session, prefix: str, note: str, by: str | None
) -> tuple[Post, changes.Changed]:
    """Changes asked for, with `note` saying which."""
    by = _name(by)
    note = note.strip()
    if limits.blank(note) or len(note) > limits.NOTE:
        raise UsageError("review.bad_note", limit=limits.NOTE)

    def action(months: dict[str, Month], post: Post) -> None:
        _not_published(post)
        post.status = PostStatus.CHANGES
        post.reviewed_by, post.reviewed_at, post.note = by, session.now, note

    return editorial.change(session, prefix, "post reject", action)
