"""Desk views: how the content desk's findings and a post's review, first comment, media and
evergreen are said (plain text; user text neutralised like every view's)."""

from __future__ import annotations

from cmagenda.domain.networks import label as network_label
from cmagenda.domain.text import clean
from cmagenda.i18n.messages import say

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as dt

    from cmagenda.domain.model import Post
    from cmagenda.domain.postlimits import Over
    from cmagenda.i18n.messages import Voice
    from cmagenda.usecases.desk import Finding
    from cmagenda.usecases.evergreen import Proposal
    from cmagenda.usecases.postimport import Row


def one_line(text: str) -> str:
    return clean(" ".join(text.split()))


def post_details(post: Post, voice: Voice, zone: dt.tzinfo) -> list[str]:
    """The lines under a post in `post list`: its review, first comment, media, evergreen."""
    lang = voice.lang
    lines = []
    if post.reviewed_at is not None:
        day = voice.short_date(post.reviewed_at.astimezone(zone).date())
        key = "desk.reviewed_by" if post.reviewed_by else "desk.reviewed"
        lines.append(
            say(
                lang,
                f"{key}.{post.status}"
                if post.status in ("approved", "changes")
                else key + ".other",
                by=one_line(post.reviewed_by or ""),
                date=day,
            )
        )
    if post.note:
        lines.append(say(lang, "desk.note", note=one_line(post.note)))
    if post.first_comment:
        lines.append(say(lang, "desk.first_comment", text=one_line(post.first_comment)))
    for item in post.media:
        alt = item["alt"]
        shown = say(lang, "desk.alt", alt=one_line(alt)) if alt else say(lang, "desk.no_alt")
        lines.append(say(lang, "desk.media", path=one_line(item["path"] or ""), alt=shown))
    if post.evergreen is not None:
        lines.append(say(lang, "desk.evergreen", **post.evergreen))
    return lines


def over_line(over: Over, network: str, lang: str) -> str:
    what, count, limit = over
    return say(
        lang,
        f"desk.over.{what}",
        network=network_label(network),
        count=count,
        limit=limit,
        excess=count - limit,
    )


def warnings(finding: Finding, lang: str) -> list[str]:
    """What `post add` and `post edit` warn about the post they kept."""
    out = [over_line(o, finding.post.network, lang) for o in finding.over]
    out.extend(say(lang, f"desk.media_{what}", path=clean(path)) for what, path in finding.media)
    return out


def check_plain(findings: list[Finding], count: int, voice: Voice) -> str:
    lang = voice.lang
    if not findings:
        return say(lang, "desk.check_ok", n=count) + "\n"
    lines = [say(lang, "desk.check_heading", n=len(findings), total=count)]
    for found in findings:
        post = found.post
        when = voice.short_date(post.date) + (f" {voice.time(post.time)}" if post.time else "")
        head = f"{post.id[:7]}  {when}  {network_label(post.network)}  {one_line(post.text)[:60]}"
        lines.append("")
        lines.append(head)
        lines.extend(f"  ! {line}" for line in warnings(found, voice.locale))
    return "\n".join(lines) + "\n"


def chars_left(left: int | None, voice: Voice) -> str:
    """'2,153 characters left', 'reste 2 153 caractères' ('' when the network sets no limit)."""
    if left is None:
        return ""
    key = "desk.chars_left" if left >= 0 else "desk.chars_over"
    return say(voice.lang, key, n=abs(left), shown=voice.number(abs(left)))


def import_plain(rows: list[Row], voice: Voice, written: bool) -> str:
    """Where each row went (or would go), then how many."""
    lang = voice.lang
    lines = []
    for row in rows:
        post = row.post
        if post is None:
            continue
        when = voice.short_date(post.date) + (f" {voice.time(post.time)}" if post.time else "")
        state = say(lang, f"post.status.{post.status}")
        where = say(lang, f"postimport.placed.{row.placed}")
        lines.append(
            say(lang, "postimport.line", line=row.line)
            + f"  {when}  {network_label(post.network)}  [{state}]  {one_line(post.text)[:50]}"
            + f"  ({where})"
        )
    key = "postimport.done" if written else "postimport.would"
    lines.append(say(lang, key, n=len(rows)))
    return "\n".join(lines) + "\n"


def proposals_plain(found: list[Proposal], voice: Voice) -> str:
    lang = voice.lang
    if not found:
        return say(lang, "evergreen.none") + "\n"
    lines = []
    for proposal in found:
        post, slot = proposal.post, proposal.slot
        green = post.evergreen or {}
        lines.append(
            f"{post.id[:7]}  {network_label(post.network)}  {one_line(post.text)[:60]}  "
            + say(lang, "evergreen.out", date=voice.short_date(post.date), **green)
        )
        if slot is None:
            lines.append("         " + say(lang, "evergreen.no_slot"))
        else:
            when = voice.short_date(slot.date) + (f" {voice.time(slot.time)}" if slot.time else "")
            lines.append("         " + say(lang, "evergreen.slot", when=when, id=post.id[:7]))
    return "\n".join(lines) + "\n"
