"""The idea backlog (`idea add/list/rm`, `post add --from-idea`): exact outputs, undo, limits,
hostile text, and JSON backups."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import NOW, Run

NBSP = "\u00a0"


def _ideas(profile: Run, *args: str) -> list[dict[str, object]]:
    return list(profile("--now", NOW, "idea", "list", "--json", *args).json()["ideas"])


def test_add_list_remove_and_undo(profile: Run) -> None:
    said = profile(
        "--now", NOW, "idea", "add", "Behind the scenes", "--network", "linkedin",
        "--tag", "team", "--tag", "#HR",
    )  # fmt: skip
    assert (said.code, said.out) == (
        0,
        "Idea noted: i1 [LinkedIn] Behind the scenes #team #HR\n",
    )
    assert profile("--now", NOW, "idea", "add", "Customer story").out == (
        "Idea noted: i2 Customer story\n"
    )
    assert profile("--now", NOW, "idea", "list").out == (
        "i1 [LinkedIn] Behind the scenes #team #HR\ni2 Customer story\n"
    )
    assert _ideas(profile, "--tag", "hr") == [
        {"id": "i1", "text": "Behind the scenes", "network": "linkedin", "tags": ["team", "HR"]}
    ]
    assert [i["id"] for i in _ideas(profile, "--network", "facebook")] == []
    assert profile("--now", NOW, "idea", "rm", "1").out == (
        "Idea removed: i1 [LinkedIn] Behind the scenes #team #HR\n"
    )
    # A removed idea's id is never given again.
    assert profile("--now", NOW, "idea", "add", "Poll").out == "Idea noted: i3 Poll\n"
    assert profile("--now", NOW, "undo").out == "Undone (idea add): 1 idea put back\n"
    assert profile("--now", NOW, "undo").out == "Undone (idea rm): 1 idea put back\n"
    assert [i["id"] for i in _ideas(profile)] == ["i1", "i2"]
    gone = profile("--now", NOW, "idea", "rm", "i9")
    assert (gone.code, gone.err) == (5, "cmagenda: error: no idea i9 (see `cmagenda idea list`)\n")


def test_french_and_empty(profile: Run) -> None:
    assert profile("--now", NOW, "--lang", "fr", "idea", "list").out == "Aucune idée en réserve.\n"
    said = profile("--now", NOW, "--lang", "fr", "idea", "add", "Coulisses", "--tag", "rh")
    assert said.out == f"Idée notée{NBSP}: i1 Coulisses #rh\n"
    assert profile("--now", NOW, "--lang", "fr", "undo").out == (
        f"Annulé (idée notée){NBSP}: 1 idée remise en place\n"
    )


def test_limits_and_bad_input(profile: Run) -> None:
    long = profile("--now", NOW, "idea", "add", "x" * 5001)
    assert (long.code, long.err) == (
        2,
        "cmagenda: error: idea too long: 5001 characters (at most 5000)\n",
    )
    empty = profile("--now", NOW, "idea", "add", " \u200b ")
    assert (empty.code, empty.err) == (2, "cmagenda: error: the idea is empty\n")
    tag = profile("--now", NOW, "idea", "add", "Ok", "--tag", "a\tb")
    assert tag.code == 2
    assert tag.err.startswith('cmagenda: error: unusable tag "')
    network = profile("--now", NOW, "idea", "add", "Ok", "--network", "myspace")
    assert network.code == 2
    assert _ideas(profile) == []


def test_hostile_text_is_shown_harmless(profile: Run) -> None:
    profile("--now", NOW, "idea", "add", "Red \x1b[31malert\u202e\nline two")
    out = profile("--now", NOW, "idea", "list").out
    assert "\x1b" not in out and "\u202e" not in out
    assert out == "i1 Red [31malert line two\n"
    assert _ideas(profile)[0]["text"] == "Red \x1b[31malert\u202e\nline two"


def test_post_from_an_idea_takes_it_in_one_undo_step(profile: Run) -> None:
    profile("--now", NOW, "idea", "add", "Behind the scenes", "--network", "linkedin")
    profile("--now", NOW, "idea", "add", "Poll", "--network", "facebook")
    added = profile("--now", NOW, "post", "add", "--from-idea", "i1")
    assert added.code == 0, added.err
    posts = profile("--now", NOW, "post", "list", "--week", "--json").json()["posts"]
    assert [(p["network"], p["text"]) for p in posts] == [("linkedin", "Behind the scenes")]
    assert [i["id"] for i in _ideas(profile)] == ["i2"]
    assert profile("--now", NOW, "undo").code == 0
    assert profile("--now", NOW, "post", "list", "--week", "--json").json()["posts"] == []
    assert [i["id"] for i in _ideas(profile)] == ["i1", "i2"]
    # Text and network given win over the idea's.
    other = profile(
        "--now", NOW, "post", "add", "Vote!", "--network", "instagram", "--from-idea", "2"
    )
    assert other.code == 0, other.err
    posts = profile("--now", NOW, "post", "list", "--week", "--json").json()["posts"]
    assert [(p["network"], p["text"]) for p in posts] == [("instagram", "Vote!")]
    assert [i["id"] for i in _ideas(profile)] == ["i1"]
    unknown = profile("--now", NOW, "post", "add", "--from-idea", "i7")
    assert (unknown.code, unknown.err) == (
        5,
        "cmagenda: error: no idea i7 (see `cmagenda idea list`)\n",
    )
    bare = profile("--now", NOW, "post", "add")
    assert (bare.code, bare.err) == (
        2,
        "cmagenda: error: give the post's text and --network, or --from-idea ID\n",
    )


def test_ideas_travel_in_json_backups(profile: Run, tmp_path: Path) -> None:
    profile("--now", NOW, "idea", "add", "Behind the scenes", "--tag", "team")
    profile("--now", NOW, "idea", "add", "Poll")
    profile("--now", NOW, "idea", "rm", "i1")
    saved = tmp_path / "backup.json"
    saved.write_text(profile("--now", NOW, "export", "--format", "json").out, encoding="utf-8")
    assert json.loads(saved.read_text(encoding="utf-8"))["ideas"] == {
        "next": 3,
        "ideas": [
            {"id": "i2", "text": "Poll", "network": None, "tags": [],
             "changed": "2026-11-23T13:30:00+00:00"},
        ],
    }  # fmt: skip
    profile("--now", NOW, "idea", "rm", "i2")
    assert profile("--now", NOW, "import", "--replace", str(saved)).code == 0
    assert [i["id"] for i in _ideas(profile)] == ["i2"]
    assert profile("--now", NOW, "undo").code == 0
    assert _ideas(profile) == []
    # A merge adds the ideas we do not hold, under new ids.
    profile("--now", NOW, "idea", "add", "Quiz")
    assert profile("--now", NOW, "import", "--merge", str(saved)).code == 0
    assert [(i["id"], i["text"]) for i in _ideas(profile)] == [("i3", "Quiz"), ("i4", "Poll")]
    # A backup from before the backlog still imports, with no idea.
    old = json.loads(saved.read_text(encoding="utf-8"))
    del old["ideas"]
    saved.write_text(json.dumps(old), encoding="utf-8")
    assert profile("--now", NOW, "import", "--replace", str(saved)).code == 0
    assert _ideas(profile) == []


def test_an_unreadable_backlog_is_never_written_over(profile: Run, home: Path) -> None:
    profile("--now", NOW, "idea", "add", "Poll")
    path = next(home.rglob("ideas.json"))
    path.write_text('{"schema_version": 1, "next": 1, "ideas": "?"}', encoding="utf-8")
    result = profile("--now", NOW, "idea", "add", "Quiz")
    assert result.code != 0
    assert path.read_text(encoding="utf-8") == '{"schema_version": 1, "next": 1, "ideas": "?"}'


def _snippets(home: Path) -> None:
    config = home / "config.toml"
    config.write_text(
        config.read_text(encoding="utf-8")
        + '\n[profile.snippets]\nsignature = "— The {team}"\ntags = "#books #reading"\n',
        encoding="utf-8",
    )


def _texts(profile: Run) -> list[str]:
    return [
        p["text"] for p in profile("--now", NOW, "post", "list", "--week", "--json").json()["posts"]
    ]


def test_placeholders_are_filled_on_add_and_edit(profile: Run, home: Path) -> None:
    _snippets(home)
    added = profile(
        "--now", NOW, "post", "add", "--network", "instagram", "New {tags} {{ok}}\n{signature}"
    )
    assert added.code == 0, added.err
    # The snippet's own braces are not read again.
    assert _texts(profile) == ["New #books #reading {ok}\n— The {team}"]
    post = added.out.split()[1]
    assert profile("--now", NOW, "post", "edit", post, "--text", "Shelf {tags}").code == 0
    assert _texts(profile) == ["Shelf #books #reading"]
    unknown = profile("--now", NOW, "post", "edit", post, "--text", "Hi {sig}")
    assert (unknown.code, unknown.err) == (
        2,
        "cmagenda: error: unknown placeholder {sig} (snippets of the profile: signature, tags; "
        "{{ writes a brace)\n",
    )
    french = profile("--now", NOW, "--lang", "fr", "post", "add", "--network", "instagram", "{x}")
    assert french.err == (
        f"cmagenda: erreur: champ inconnu {{x}} (extraits du profil{NBSP}: signature, "
        f"tags{NBSP}; {{{{ écrit une accolade)\n"
    )
    assert _texts(profile) == ["Shelf #books #reading"]


def test_an_idea_keeps_its_placeholders_until_it_becomes_a_post(profile: Run, home: Path) -> None:
    _snippets(home)
    profile("--now", NOW, "idea", "add", "Quiz {tags}", "--network", "instagram")
    assert _ideas(profile)[0]["text"] == "Quiz {tags}"
    assert profile("--now", NOW, "post", "add", "--from-idea", "i1").code == 0
    assert _texts(profile) == ["Quiz #books #reading"]
