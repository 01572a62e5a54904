"""The content desk: review and approval, limits per network, first comment and media, snippets,
evergreen, and a month of posts imported from a spreadsheet."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cmagenda.domain.model import Post, post_from_json
from cmagenda.domain.postlimits import Limits, count, graphemes

from .conftest import NOW, Run

X = Limits(chars=280, link_chars=23, media=4)
INSTAGRAM = Limits(chars=2200, hashtags=30, mentions=20, media=20)


@pytest.fixture
def desk(run: Run) -> Run:
    """An English user in Toronto posting on X, Instagram and LinkedIn."""
    result = run(
        "init", "--start", "2026-11-16", "--timezone", "America/Toronto", "--lang", "en",
        "--networks", "twitter,instagram,linkedin",
    )  # fmt: skip
    assert result.code == 0, result.err
    return lambda *args: run("--now", NOW, "--lang", "en", *args)


def _id(said: str) -> str:
    return said.split()[1]


def test_characters_are_counted_as_the_networks_count_them() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"  # 7 code points
    flag = "\U0001f1eb\U0001f1f7"  # 2 code points
    thumbs = "\U0001f44d\U0001f3fd"  # with its skin tone
    assert [graphemes(t) for t in (family, flag, thumbs, "e\u0301té", "abc")] == [1, 1, 1, 3, 3]
    text = f"Salut {family} {flag} #un #deux @ana a@b.org https://example.org/{'x' * 60}#frag"
    counted = count(text, None, 2, X)
    # "Salut " 6 + 1 + " " + 1 + " #un #deux @ana a@b.org " 24 + a link counted as 23.
    assert (counted.chars, counted.hashtags, counted.mentions, counted.links) == (56, 2, 1, 1)
    assert count(text, None, 2, INSTAGRAM).chars == 33 + len("https://example.org/") + 65
    # The post's link goes out after the text and a space, unless the text holds it already.
    assert count("Read", "https://example.org/a", 0, X).chars == 4 + 1 + 23
    assert count("Read https://example.org/a", "https://example.org/a", 0, X).chars == 28


def test_review_approval_and_changes_through_the_whole_cycle_each_undoable(desk: Run) -> None:
    post = _id(desk("post", "add", "--network", "linkedin", "Job offer").out)
    assert desk("post", "review", post).out == f"Post {post} changed (in review)\n"
    rejected = desk("post", "reject", post, "--note", "Add the salary", "--by", "Ana")
    assert rejected.out == f"Post {post} changed (changes asked)\n"
    listed = desk("post", "list", "--week").out
    assert listed == (
        f"{post}  Mon, Nov 23 09:00  LinkedIn  [changes asked]  Job offer  "
        "(2,991 characters left)\n"
        "         changes asked by Ana on Mon, Nov 23\n"
        "         note: Add the salary\n"
    )
    assert desk("post", "list", "--status", "changes").out == listed
    assert desk("post", "list", "--status", "approved").out == "No post planned.\n"
    desk("post", "edit", post, "--text", "Job offer: 60k")
    desk("post", "review", post)
    approved = desk("post", "approve", post, "--by", "Ana", "--json").json()
    assert (approved["undo"], approved["items"][0]["old"], approved["items"][0]["new"]) == (
        "post approve",
        {"status": "review", "note": "Add the salary"},
        {"status": "approved", "note": None},
    )
    post_json = desk("post", "list", "--week", "--json").json()["posts"][0]
    assert (post_json["status"], post_json["reviewed_by"], post_json["note"]) == (
        "approved",
        "Ana",
        None,
    )
    assert desk("post", "publish", post).out == f"Post {post} changed (published)\n"
    refused = desk("post", "approve", post)
    assert (refused.code, refused.err) == (
        2,
        f"cmagenda: error: post {post} is already published: its review is over\n",
    )
    for status in ("approved", "in review", "changes asked"):
        assert desk("undo").code == 0
        assert f"[{status}]" in desk("post", "list", "--week").out
    assert desk("undo").code == 0  # the edit of the text
    desk("undo")
    assert "[in review]" in desk("post", "list", "--week").out
    desk("undo")
    assert "[draft]" in desk("post", "list", "--week").out


def test_a_ready_post_of_an_older_store_reads_as_approved(desk: Run) -> None:
    old = {
        "id": "0123456789ab", "network": "instagram", "date": "2026-11-23", "time": None,
        "text": "Old", "link": None, "status": "ready", "slot": None,
    }  # fmt: skip
    post = post_from_json(old)
    assert (post.status, post.media, post.first_comment, post.reviewed_by) == (
        "approved",
        [],
        None,
        None,
    )
    typed = _id(desk("post", "add", "--network", "instagram", "New").out)
    assert desk("post", "edit", typed, "--status", "ready").out == (
        f"Post {typed} changed (approved)\n"
    )


def test_add_warns_with_the_figures_and_check_lists_every_post_over_a_limit(
    desk: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cat.jpg").write_bytes(b"\xff\xd8")
    long = "é" * 270 + " https://example.org/" + "a" * 80
    added = desk("post", "add", "--network", "x", long, "--media", "cat.jpg", "--media", "dog.jpg",
                 "--alt", "A cat on a sofa")  # fmt: skip
    post = _id(added.out)
    assert added.code == 0
    assert added.err == (
        f"cmagenda: post {post} kept, but:\n"
        "  X (Twitter): 294 characters for 280 (14 too many)\n"
        f"  media file not found: {tmp_path / 'dog.jpg'}\n"
        f"  no alt text: {tmp_path / 'dog.jpg'}\n"
    )
    ok = _id(desk("post", "add", "--network", "instagram", "#a " * 30 + "#b").out)
    checked = desk("post", "check")
    assert checked.code == 1
    assert checked.out == (
        "2 of 2 posts to fix:\n"
        "\n"
        f"{post}  Mon, Nov 23 09:00  X (Twitter)  {'é' * 60}\n"
        "  ! X (Twitter): 294 characters for 280 (14 too many)\n"
        f"  ! media file not found: {tmp_path / 'dog.jpg'}\n"
        f"  ! no alt text: {tmp_path / 'dog.jpg'}\n"
        "\n"
        f"{ok}  Mon, Nov 23 11:30  Instagram  {('#a ' * 20)[:60]}\n"
        "  ! Instagram: 31 hashtags for 30 (1 too many)\n"
    )
    assert "(14 characters too many)" in desk("post", "list").out
    desk("post", "edit", post, "--text", "Short", "--media", "cat.jpg", "--alt", "A cat")
    desk("post", "rm", ok)
    fine = desk("post", "check", "--week")
    assert (fine.code, fine.out) == (0, "1 post checked: none over its network's limits.\n")
    assert desk("post", "check", post).code == 0


def test_first_comment_media_and_evergreen_are_kept_shown_and_reminded(
    desk: Run, tmp_path: Path
) -> None:
    post = _id(
        desk(
            "post",
            "add",
            "--network",
            "instagram",
            "Autumn menu",
            "--first-comment",
            "Link in bio",
            "--media",
            str(tmp_path / "menu.png"),
        ).out
    )
    desk("post", "edit", post, "--evergreen", "--every", "60", "--times", "2")
    assert desk("post", "list", "--evergreen").out == (
        f"{post}  Mon, Nov 23 11:30  Instagram  [draft]  Autumn menu  "
        "(2,189 characters left)\n"
        "         first comment: Link in bio\n"
        f"         media: {tmp_path / 'menu.png'} (no alt text)\n"
        "         evergreen: every 60 days, 0 of 2 returns used\n"
    )
    reminded = desk("--now", "2026-11-23T11:25:00-05:00", "remind", "--within", "10m").out
    assert (
        "-> [draft] Autumn menu  (! not approved yet)  (first comment due: Link in bio)\n"
        in reminded
    )
    today = desk("today", "--plain").out
    assert "-> [draft] Autumn menu  (! not approved yet)" in today
    desk("post", "approve", post)
    assert "-> [approved] Autumn menu\n" in desk("today", "--plain").out
    refused = desk("post", "edit", post, "--every", "10")
    assert (refused.code, refused.err) == (
        2,
        "cmagenda: error: --every and --times go with --evergreen\n",
    )


def test_snippets_of_the_profile_end_the_post(desk: Run, home: Path) -> None:
    config = home / "config.toml"
    config.write_text(
        config.read_text(encoding="utf-8")
        + '\n[profile.snippets]\nsignature = "— The library team"\ntags = "#books #reading"\n',
        encoding="utf-8",
    )
    post = _id(desk("post", "add", "--network", "instagram", "New shelf", "--snippet", "tags",
                    "--snippet", "signature").out)  # fmt: skip
    text = desk("post", "list", "--json").json()["posts"][0]["text"]
    assert (post, text) == (post, "New shelf\n#books #reading\n— The library team")
    unknown = desk("post", "add", "--network", "instagram", "x", "--snippet", "sig")
    assert unknown.err == (
        "cmagenda: error: unknown snippet 'sig' (snippets of the profile: signature, tags)\n"
    )


FRENCH_CSV = (
    "\ufeffDate;Heure;Réseau;Texte;Lien;Statut;Premier commentaire;Média;Texte alternatif\r\n"
    '2026-11-24;;Instagram;"Bonjour\r\nà tous #lundi";;brouillon;Lien en bio;a.jpg|b.jpg;'
    "Un chat|Un chien\r\n"
    "24/11/2026;18 h;instagram;Deuxième;https://example.org;approuvée;;;\r\n"
    "2026-11-24;11:30;IG;Troisième;;;;;\r\n"
    "2026-11-24;12:00;x;Hors créneau;;ready;;;\r\n"
)


def test_a_french_semicolon_csv_with_a_bom_imports_as_one_undoable_change(
    run: Run, tmp_path: Path
) -> None:
    run("init", "--start", "2026-11-16", "--timezone", "America/Toronto", "--lang", "fr",
        "--networks", "twitter,instagram")  # fmt: skip
    sheet = tmp_path / "décembre.csv"
    sheet.write_bytes(FRENCH_CSV.encode("utf-8"))
    dry = run("--now", NOW, "post", "import", str(sheet), "--dry-run")
    assert dry.code == 0, dry.err
    assert dry.out == (
        "ligne 2  mar. 24 nov. 11\u00a0h\u00a030  Instagram  [brouillon]  Bonjour à tous #lundi"
        "  (son créneau)\n"
        "ligne 4  mar. 24 nov. 18\u00a0h  Instagram  [approuvée]  Deuxième  (son créneau)\n"
        "ligne 5  mar. 24 nov. 20\u00a0h  Instagram  [brouillon]  Troisième"
        "  (prochain créneau libre)\n"
        "ligne 6  mar. 24 nov. 12\u00a0h  X (Twitter)  [approuvée]  Hors créneau  (son créneau)\n"
        "4 publications seraient importées (--dry-run\u00a0: rien n'est écrit).\n"
    )
    assert run("--now", NOW, "post", "list", "--on", "2026-11-24", "--json").json()["posts"] == []
    done = run("--now", NOW, "post", "import", str(sheet))
    assert done.out.endswith("4 publications importées.\n")
    posts = run("--now", NOW, "post", "list", "--on", "2026-11-24", "--json").json()["posts"]
    first = posts[0]
    assert (first["text"], first["first_comment"], first["media"]) == (
        "Bonjour\nà tous #lundi",
        "Lien en bio",
        [
            {"path": str(tmp_path / "a.jpg"), "alt": "Un chat"},
            {"path": str(tmp_path / "b.jpg"), "alt": "Un chien"},
        ],
    )
    assert run("--now", NOW, "undo").code == 0
    assert run("--now", NOW, "post", "list", "--on", "2026-11-24", "--json").json()["posts"] == []


@pytest.mark.parametrize(
    ("rows", "error"),
    [
        (
            "date,network,text\n2026-11-24,instagram,ok\n2026-11-20,instagram,past\n",
            "line 3: date Fri, Nov 20 is past; nothing imported",
        ),
        (
            "date,network,text\n2026-11-24,instagram,ok\n2026-11-24,tiktok,no\n",
            "line 3: network 'tiktok' is not in your profile; to add it, write in {config}, under "
            '[profile]: networks = ["twitter", "instagram", "linkedin", "tiktok"]; '
            "nothing imported",
        ),
        (
            'date,network,text,link\n2026-11-24,instagram,"two\nlines",ftp://x\n',
            "line 2: link refused: 'ftp://x' must start with http://, https:// or mailto:;"
            " nothing imported",
        ),
        (
            "date,network,text\n2026-11-24,instagram,ok\n2026-11-24,instagram,ok\n",
            "line 3: the same post as line 2; nothing imported",
        ),
    ],
)
def test_one_bad_row_refuses_the_whole_file(
    desk: Run, tmp_path: Path, home: Path, rows: str, error: str
) -> None:
    sheet = tmp_path / "month.csv"
    sheet.write_text(rows, encoding="utf-8")
    refused = desk("post", "import", str(sheet))
    error = error.replace("{config}", str(home / "config.toml"))
    assert (refused.code, refused.err) == (2, f"cmagenda: error: {sheet}, {error}\n")
    assert desk("post", "list", "--on", "2026-11-24").out == "No post planned.\n"


def test_the_desk_fields_survive_a_json_backup_and_old_backups_still_import(
    desk: Run, tmp_path: Path
) -> None:
    post = _id(desk("post", "add", "--network", "instagram", "Kept", "--first-comment", "First",
                    "--media", str(tmp_path / "m.png"), "--alt", "Alt").out)  # fmt: skip
    desk("post", "reject", post, "--note", "Shorter", "--by", "Bo")
    before = desk("post", "list", "--json").json()["posts"]
    backup = tmp_path / "backup.json"
    assert desk("export", "--format", "json", "--output", str(backup)).code == 0
    desk("post", "rm", post)
    assert desk("import", str(backup), "--replace").code == 0
    assert desk("post", "list", "--json").json()["posts"] == before
    body = json.loads(backup.read_text(encoding="utf-8"))
    for month in body["months"].values():
        for stored in month["posts"]:
            for key in ("note", "reviewed_by", "reviewed_at", "first_comment", "media"):
                del stored[key]
            del stored["evergreen"]
    backup.write_text(json.dumps(body), encoding="utf-8")
    assert desk("import", str(backup), "--replace").code == 0
    old = desk("post", "list", "--json").json()["posts"][0]
    assert (old["status"], old["note"], old["media"]) == ("changes", None, [])


def test_a_bad_desk_field_in_the_store_is_refused() -> None:
    body = Post("0123456789ab", "instagram", dt.date(2026, 11, 23), "x").dump()
    body["media"] = [{"path": "a\x1b.png", "alt": None}]
    with pytest.raises(ValueError, match="media path contains a control"):
        post_from_json(body)
    body["media"] = []
    body["evergreen"] = {"every": 0, "times": 1, "used": 0}
    with pytest.raises(ValueError, match="evergreen every must be 1 to 3650"):
        post_from_json(body)


def test_an_evergreen_post_comes_back_after_its_cool_down_at_most_n_times(desk: Run) -> None:
    post = _id(desk("post", "add", "--network", "instagram", "Our opening hours").out)
    desk("post", "publish", post)
    desk("post", "edit", post, "--evergreen", "--every", "30", "--times", "1")
    later = "2026-12-23T09:00:00-05:00"
    assert desk("--now", "2026-12-22T09:00:00-05:00", "post", "suggest").out == (
        "No evergreen post to bring back today.\n"
    )
    assert desk("--now", later, "post", "suggest").out == (
        f"{post}  Instagram  Our opening hours  (out on Mon, Nov 23, 0 of 1 return used)\n"
        "         next free slot: Wed, Dec 23 11:30  "
        f"(cmagenda post suggest --take {post})\n"
    )
    taken = desk("--now", later, "post", "suggest", "--take", post)
    copy = _id(taken.out)
    assert taken.out == (
        f"Post {copy} planned on Wednesday, December 23, 2026 on Instagram, 11:30 slot\n"
    )
    again = desk("--now", later, "post", "suggest", "--take", post)
    assert again.err == (
        f"cmagenda: error: post {post} is not an evergreen post due to come back\n"
    )
    assert desk("--now", later, "undo").code == 0
    assert "0 of 1 return used" in desk("--now", later, "post", "suggest").out
