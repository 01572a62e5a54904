"""Post commands: `post add|list|edit|publish|move|rm`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from cmagenda.cli.app import (
    AtOption,
    DateOption,
    JsonOption,
    NewAtOption,
    OnOption,
    PageOutput,
    State,
    ToOption,
    _complete_networks,
    _date,
    _out,
    _page_out,
    _said,
    _session,
    _told,
    app,
    report,
)
from cmagenda.domain import postlimits
from cmagenda.domain.errors import UsageError
from cmagenda.domain.model import Post
from cmagenda.domain.queries import week_bounds
from cmagenda.domain.times import parse_time
from cmagenda.i18n.messages import say
from cmagenda.usecases import backlog, desk, evergreen, postimport, reporting, review
from cmagenda.usecases import posts as editorial
from cmagenda.usecases import session as usecases_session
from cmagenda.views import changes
from cmagenda.views import desk as deskviews
from cmagenda.views import posts as views_posts

LinkOption = Annotated[str | None, typer.Option("--link", metavar="URL", help="help.post_link")]


FirstCommentOption = Annotated[
    str | None, typer.Option("--first-comment", metavar="TEXT", help="help.post_first_comment")
]


MediaOption = Annotated[
    list[str] | None, typer.Option("--media", metavar="PATH", help="help.post_media")
]


AltOption = Annotated[list[str] | None, typer.Option("--alt", metavar="TEXT", help="help.post_alt")]


SnippetOption = Annotated[
    list[str] | None, typer.Option("--snippet", metavar="NAME", help="help.post_snippet")
]


ByOption = Annotated[str | None, typer.Option("--by", metavar="NAME", help="help.post_by")]


post_app = typer.Typer(help="help.post")


app.add_typer(post_app, name="post")


PostId = Annotated[str, typer.Argument(metavar="ID", help="help.post_id")]


def _post_told(
    as_json: bool,
    command: str,
    post: Post,
    changed: changes.Changed,
    session: usecases_session.Session,
    key: str,
) -> None:
    """What a `post` command did: its JSON, or the sentence under `key`."""
    _told(
        as_json,
        lambda: changes.items_json(command, changed, [post.id], session.lang, kind="post"),
        lambda: views_posts.post_said(session.voice, key, post),
    )


@post_app.command("add", help="help.post_add")
def post_add(
    text: Annotated[str | None, typer.Argument(metavar="[TEXT]", help="help.post_text")] = None,
    network: Annotated[
        str | None,
        typer.Option(
            "--network",
            metavar="NAME",
            help="help.post_network",
            autocompletion=_complete_networks,
        ),
    ] = None,
    from_idea: Annotated[
        str | None, typer.Option("--from-idea", metavar="ID", help="help.post_from_idea")
    ] = None,
    on: DateOption = None,
    at: AtOption = None,
    link: LinkOption = None,
    first_comment: FirstCommentOption = None,
    media: MediaOption = None,
    alt: AltOption = None,
    snippet: SnippetOption = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    day = _date(on, session) if on is not None else None
    idea = backlog.find(session, from_idea) if from_idea is not None else None
    text = text if text is not None else idea.text if idea is not None else None
    network = network or (idea.network if idea is not None else None)
    if text is None or network is None:
        raise UsageError("post.add_needs")
    text = desk.with_snippets(session, desk.filled(session, text), snippet or [])
    extras = _extras(first_comment, media, alt)
    also = backlog.taking(session, idea) if idea is not None else None
    post, changed = editorial.add(
        session, network, day, parse_time(at), text, link, extras.apply, also
    )
    _post_told(json, "post add", post, changed, session, "post.added")
    _warn_limits(session, post, json)


@post_app.command("list", help="help.post_list")
def post_list(
    on: OnOption = None,
    week: Annotated[bool, typer.Option("--week", help="help.post_week")] = False,
    status: Annotated[
        str | None, typer.Option("--status", metavar="STATUS", help="help.post_list_status")
    ] = None,
    evergreen: Annotated[
        bool, typer.Option("--evergreen", help="help.post_list_evergreen")
    ] = False,
    json: JsonOption = False,
) -> None:

    session = _session()
    day = _date(on, session)
    if week:
        start, end = week_bounds(day, session.profile.week_start)
    elif on is None:
        # What is coming is what a list is asked for: today and the six days after it.
        start, end = day, day + dt.timedelta(days=6)
    else:
        start, end = day, day
    if status is not None or evergreen:
        posts = desk.select(session, start if on or week else None, end, status, evergreen)
    else:
        posts = editorial.listing(session, start, end)
    if json:
        _out(views_posts.posts_json(posts))
        return
    table = desk.network_limits(session)
    left = {
        p.id: postlimits.chars_left(p, table.get(p.network, postlimits.Limits())) for p in posts
    }
    zone = session.now.tzinfo or dt.UTC
    _out(
        views_posts.posts_plain(
            posts,
            session.voice,
            lambda p: deskviews.post_details(p, session.voice, zone),
            lambda p: deskviews.chars_left(left[p.id], session.voice),
        )
    )


@post_app.command("pack", help="help.post_pack")
def post_pack(
    on: OnOption = None,
    week: Annotated[bool, typer.Option("--week", help="help.pack_week")] = False,
    from_: Annotated[
        str | None, typer.Option("--from", metavar="DATE", help="help.pack_from")
    ] = None,
    to: Annotated[str | None, typer.Option("--to", metavar="DATE", help="help.pack_to")] = None,
    output: PageOutput = None,
) -> None:
    # Jinja2, markdown-it and Babel load only for a page, never for the terminal views.
    from cmagenda.usecases import pages as usecases_pages

    session = _session()
    if week:
        start, end = week_bounds(_date(on, session), session.profile.week_start)
    else:
        start = _date(from_, session) if from_ else session.real_today
        end = _date(to, session) if to else start + dt.timedelta(days=6)
    if end < start or (end - start).days >= reporting.MAX_EXPORT_DAYS:
        raise UsageError("export.range", start=start, end=end)
    _page_out(usecases_pages.pack_page(session, start, end), output, pdf=False)


@post_app.command("edit", help="help.post_edit")
def post_edit(
    post_id: PostId,
    text: Annotated[
        str | None, typer.Option("--text", metavar="TEXT", help="help.post_text")
    ] = None,
    link: LinkOption = None,
    status: Annotated[
        str | None, typer.Option("--status", metavar="STATUS", help="help.post_status")
    ] = None,
    first_comment: FirstCommentOption = None,
    media: MediaOption = None,
    alt: AltOption = None,
    evergreen: Annotated[bool, typer.Option("--evergreen", help="help.post_evergreen")] = False,
    every: Annotated[
        int | None, typer.Option("--every", metavar="DAYS", help="help.post_every")
    ] = None,
    times: Annotated[
        int | None, typer.Option("--times", metavar="N", help="help.post_times")
    ] = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    extras = _extras(first_comment, media, alt, desk.evergreen(evergreen, every, times))
    text = desk.filled(session, text) if text is not None else None
    post, changed = editorial.edit(session, post_id, text, link, status, extras.apply)
    _post_told(json, "post edit", post, changed, session, "post.edited")
    _warn_limits(session, post, json)


@post_app.command("publish", help="help.post_publish")
def post_publish(post_id: PostId, json: JsonOption = False) -> None:
    session = _session()
    post, changed = editorial.edit(session, post_id, None, None, "published")
    _post_told(json, "post publish", post, changed, session, "post.edited")


@post_app.command("move", help="help.post_move")
def post_move(
    post_id: PostId,
    to: ToOption,
    at: NewAtOption = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    post, changed = editorial.move(session, post_id, _date(to, session), parse_time(at))
    _post_told(json, "post move", post, changed, session, "post.moved")


@post_app.command("rm", help="help.post_rm")
def post_rm(post_id: PostId, json: JsonOption = False) -> None:
    session = _session()
    post, changed = editorial.remove(session, post_id)
    _post_told(json, "post rm", post, changed, session, "post.removed")


def _extras(
    first_comment: str | None,
    media: list[str] | None,
    alt: list[str] | None,
    evergreen: dict[str, int] | None = None,
) -> desk.Extras:
    return desk.Extras(
        desk.first_comment(first_comment),
        desk.media(media or [], alt or [], Path.cwd()),
        evergreen,
    )


def _warn_limits(session: usecases_session.Session, post: Post, as_json: bool) -> None:
    """After `post add` or `post edit`: what goes over the network's limits, on stderr (the post
    is kept: the text may still be shortened before it goes out)."""
    if as_json or State.quiet:
        return
    table = desk.network_limits(session)
    lines = deskviews.warnings(
        desk.finding(post, table.get(post.network, postlimits.Limits())), session.voice.locale
    )
    if lines:
        report(say(session.lang, "desk.warning", id=post.id[:7]), lines, error=False)


@post_app.command("review", help="help.post_review")
def post_review(post_id: PostId, json: JsonOption = False) -> None:
    session = _session()
    post, changed = review.submit(session, post_id)
    _post_told(json, "post review", post, changed, session, "post.edited")


@post_app.command("approve", help="help.post_approve")
def post_approve(post_id: PostId, by: ByOption = None, json: JsonOption = False) -> None:
    session = _session()
    post, changed = review.approve(session, post_id, by)
    _post_told(json, "post approve", post, changed, session, "post.edited")


@post_app.command("reject", help="help.post_reject")
def post_reject(
    post_id: PostId,
    note: Annotated[str, typer.Option("--note", metavar="TEXT", help="help.post_note")],
    by: ByOption = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    post, changed = review.reject(session, post_id, note, by)
    _post_told(json, "post reject", post, changed, session, "post.edited")


@post_app.command("check", help="help.post_check")
def post_check(
    post_id: Annotated[str | None, typer.Argument(metavar="ID", help="help.post_id")] = None,
    week: Annotated[bool, typer.Option("--week", help="help.post_week")] = False,
    on: OnOption = None,
) -> None:

    session = _session()
    if post_id is not None:
        posts = [editorial.resolve(session, post_id)]
    elif week:
        start, end = week_bounds(_date(on, session), session.profile.week_start)
        posts = desk.to_check(session, start, end)
    else:
        posts = desk.to_check(session, _date(on, session), None)
    findings = desk.check(session, posts)
    _out(deskviews.check_plain(findings, len(posts), session.voice))
    if findings:
        raise typer.Exit(1)


@post_app.command("suggest", help="help.post_suggest")
def post_suggest(
    take: Annotated[
        str | None, typer.Option("--take", metavar="ID", help="help.post_suggest_take")
    ] = None,
    json: JsonOption = False,
) -> None:
    session = _session()
    if take is None:
        _out(deskviews.proposals_plain(evergreen.proposals(session), session.voice))
        return
    post, changed = evergreen.take(session, take)
    _post_told(json, "post suggest", post, changed, session, "post.added")


@post_app.command("import", help="help.post_import")
def post_import(
    file: Annotated[Path, typer.Argument(metavar="FILE.csv", help="help.post_import_file")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="help.post_import_dry_run")] = False,
    json: JsonOption = False,
) -> None:
    session = _session()
    rows = postimport.read(session, file)
    changed = postimport.place(session, rows, write=not dry_run)
    ids = [r.post.id for r in rows if r.post is not None]
    if json and changed is not None:
        _out(changes.items_json("post import", changed, ids, session.lang, kind="post"))
    elif json:
        _out(views_posts.posts_json([r.post for r in rows if r.post is not None]))
    else:
        _said(deskviews.import_plain(rows, session.voice, written=not dry_run))
