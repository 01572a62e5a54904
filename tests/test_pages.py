"""The client's pages: the month's report in HTML (every figure of `report --json`, user text
escaped, nothing loaded from outside), the posts' review pack, and the same page printed by
headless Chromium to PDF and PNG."""

from __future__ import annotations

import base64
import contextlib
import io
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.numbers import format_percent
from pypdf import PdfReader

from cmagenda.cli import main
from cmagenda.i18n.messages import Voice
from cmagenda.interop import pdf
from cmagenda.views import charts

from .conftest import LOCALE_VARS, Run
from .homes import filled

NBSP = "\u00a0"
NOW = "2026-12-01T09:00:00-05:00"
REPORT = ("--now", NOW, "report", "--month", "--on", "2026-11-15")
HOSTILE_TEXT = '<script>alert(1)</script> "><img src=x onerror=alert(2)>'
HOSTILE_LINK = 'https://example.org/a?b="><script>alert(3)</script>'
HOSTILE_REASON = "<img src=x onerror=alert(4)>"
HOSTILE_TITLE = "<script>alert(5)</script> Appeler « Lune »"
HOSTILE_CLIENT = 'Café <b>"Lune"</b>'
# The smallest PNG there is: one transparent pixel.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
SUMMARY = (
    "# Un bon mois\n\nMerci **beaucoup**. [site](https://lune.example) "
    "[piège](javascript:alert(6)) <script>alert(7)</script> ![pixel](https://evil.example/p.png)\n"
)
CHROMIUM = pdf.browser()
needs_browser = pytest.mark.skipif(
    CHROMIUM is None and os.environ.get("CI") != "true",
    reason="Chromium is not installed here (apt-get install chromium); CI installs it",
)


class Page(HTMLParser):
    """A page read back: its tags and attributes, its figures (data-figure) and its text."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.figures: dict[str, list[str]] = {}
        self.text: list[str] = []
        self._open: list[str | None] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append((tag, found))
        if tag not in ("img", "meta", "br", "line", "circle", "polyline"):
            self._open.append(found.get("data-figure"))

    def handle_endtag(self, tag: str) -> None:
        if self._open and tag not in ("img", "meta", "br", "line", "circle", "polyline"):
            self._open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._open and self._open[-1]:
            self.figures.setdefault(self._open[-1], []).append(data)

    def figure(self, name: str) -> str:
        return "".join(self.figures[name])

    def urls(self) -> list[str]:
        return [
            value
            for _, attrs in self.tags
            for key, value in attrs.items()
            if key in ("href", "src", "action", "srcset", "poster", "data") and value
        ]


def _generate(run: Run, home: Path) -> None:
    """A month of use: four days of work, a skip with a reason, a missed duty added by hand,
    two published posts (one hostile), KPI readings; the client's name and logo in config."""
    init = (
        "init", "--start", "2026-10-01", "--timezone", "America/Toronto", "--lang", "fr",
        "--networks", "facebook,instagram",
    )  # fmt: skip
    assert run(*init).code == 0
    for day in ("2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"):
        now = f"{day}T20:00:00-05:00"
        tasks = [t for t in run("--now", now, "today", "--json").json()["tasks"]]
        due = [t for t in tasks if t["date"] == day and not t["optional"]]
        done = [t["id"] for t in due if t["network"] or t["volet"] == "interaction"]
        assert run("--now", now, "done", *done).code == 0
        team = [t["id"] for t in due if t["volet"] == "team"]
        if team:
            assert run("--now", now, "skip", *team, "--reason", HOSTILE_REASON).code == 0
    at = "2026-11-05T09:00:00-05:00"
    assert run("--now", at, "add", HOSTILE_TITLE, "--on", "2026-11-05").code == 0
    for day, text, link in (
        ("2026-11-10", HOSTILE_TEXT, HOSTILE_LINK),
        ("2026-11-24", "Portes ouvertes samedi", "https://lune.example/portes"),
    ):
        now = f"{day}T08:00:00-05:00"
        added = run("--now", now, "post", "add", text, "--network", "facebook", "--link", link)
        assert added.code == 0, added.err
        post = run("--now", now, "post", "list", "--json").json()["posts"][0]["id"]
        assert run("--now", now, "post", "publish", post).code == 0
    for value, day in (("1 200", "2026-10-01"), ("1 275", "2026-10-31"), ("1 362", "2026-11-30")):
        assert run("kpi", "add", "facebook", "abonnés", value, "--on", day).code == 0
    assert run("kpi", "add", "instagram", "<script>portée</script>", "15 400").code == 0
    (home / "logo.png").write_bytes(PNG)
    with (home / "config.toml").open("a", encoding="utf-8") as config:
        config.write(f"\n[report]\nclient = '{HOSTILE_CLIENT}'\n")
        config.write('logo = "logo.png"\n')


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The month is generated once, then copied into each test's home."""
    root = tmp_path_factory.mktemp("month") / "home"
    filled(root, lambda run: _generate(run, root))
    return root


@pytest.fixture
def month(generated: Path, home: Path) -> Path:
    shutil.copytree(generated, home)
    (home / "summary.md").write_text(SUMMARY, encoding="utf-8")
    return home


def _page(run: Run, home: Path, *extra: str) -> str:
    out = home / "report.html"
    result = run(*REPORT, "--html", "-o", str(out), *extra)
    assert (result.code, result.err) == (0, "")
    return out.read_text(encoding="utf-8")


def test_the_page_gives_every_figure_of_report_json(run: Run, month: Path) -> None:
    body = run(*REPORT, "--json").json()
    page = Page(_page(run, month))
    voice = Voice("fr", "fr_CA")

    def percent(rate: float) -> str:
        return format_percent(rate, locale="fr_CA")

    assert body["done"] > 0 and body["skipped_count"] > 0 and body["missed"]
    for name in ("done", "total", "minutes_done", "minutes_planned"):
        assert page.figure(name) == voice.number(body[name]), name
    assert page.figure("rate") == percent(body["rate"])
    for group in ("by_volet", "by_network"):
        for row in body[group]:
            key = f"{group}.{row['key']}"
            assert page.figure(f"{key}.done") == voice.number(row["done"])
            assert page.figure(f"{key}.total") == voice.number(row["total"])
            assert page.figure(f"{key}.rate") == percent(row["rate"])
    assert [c["network"] for c in body["cadence"]] == ["facebook", "instagram"]
    for c in body["cadence"]:
        for name in ("days", "days_met", "required", "done"):
            assert page.figure(f"cadence.{c['network']}.{name}") == voice.number(c[name])
    followers = next(k for k in body["kpis"] if k["network"] == "facebook")
    base = f"kpi.facebook.{followers['metric']}"
    assert (page.figure(f"{base}.baseline"), page.figure(f"{base}.previous")) == (
        f"1{NBSP}200",
        f"1{NBSP}275",
    )
    assert page.figure(f"{base}.current") == f"1{NBSP}362"
    # A missed duty is one line per duty, with how many times: the counts add up.
    counts = page.figures["missed.count"]
    assert sum(int(c) for c in counts) == len(body["missed"])
    text = "".join(page.text)
    assert "Rapport mensuel\u00a0: novembre 2026" in text
    assert "Portes ouvertes samedi" in text
    assert "@page { size: Letter;" in text  # fr_CA prints on Letter


def test_user_text_is_escaped_and_nothing_loads_from_outside(run: Run, month: Path) -> None:
    raw = _page(run, month, "--summary", str(month / "summary.md"))
    page = Page(raw)
    tags = [tag for tag, _ in page.tags]
    assert "script" not in tags
    # The only picture is the embedded logo; no attribute runs code.
    assert [a["src"] for t, a in page.tags if t == "img"] == [
        "data:image/png;base64," + base64.b64encode(PNG).decode()
    ]
    assert [k for _, a in page.tags for k in a if k.startswith("on")] == []
    # Links: the posts' own and the summary's web link; the javascript: one stays text.
    assert page.urls() == [
        "data:image/png;base64," + base64.b64encode(PNG).decode(),
        "https://lune.example",
        "https://evil.example/p.png",
        HOSTILE_LINK,
        "https://lune.example/portes",
    ]
    text = "".join(page.text)
    for typed in (HOSTILE_TEXT, HOSTILE_REASON, HOSTILE_TITLE, HOSTILE_CLIENT, "<script>alert(7)"):
        assert typed in text, typed
    assert "[piège](javascript:alert(6))" in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in raw
    # The summary is Markdown: a heading and bold, and the picture left as a mere link.
    assert ("h1", {}) in page.tags and ("strong", {}) in page.tags


def test_the_client_comes_from_the_report_table_of_config(run: Run, month: Path) -> None:
    page = Page(_page(run, month))
    assert page.tags[page.tags.index(("header", {"class": "page"})) + 1][0] == "img"
    assert HOSTILE_CLIENT in "".join(page.text)


def test_a_logo_that_is_no_picture_is_refused(run: Run, month: Path) -> None:
    (month / "logo.png").write_bytes(b"<svg onload='alert(1)'/>")
    result = run(*REPORT, "--html", "-o", str(month / "r.html"))
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        f"cmagenda: erreur: logo{NBSP}: {month / 'logo.png'} n'est pas une image PNG, JPEG ou GIF\n"
    )
    assert not (month / "r.html").exists()
    (month / "logo.png").write_bytes(PNG + bytes(512 * 1024))
    result = run(*REPORT, "--html", "-o", str(month / "r.html"))
    assert (result.code, result.err) == (
        2,
        f"cmagenda: erreur: logo trop lourd{NBSP}: {month / 'logo.png'} (au plus 512{NBSP}Kio)\n",
    )


def test_html_and_pdf_exclude_each_other_and_pdf_needs_a_file(run: Run, month: Path) -> None:
    both = run(*REPORT, "--html", "--pdf", "-o", str(month / "r.pdf"))
    assert (both.code, both.err) == (
        2,
        f"cmagenda: erreur: --html et --pdf s'excluent{NBSP}: choisissez l'un des deux\n",
    )
    bare = run(*REPORT, "--pdf")
    assert (bare.code, bare.err) == (
        2,
        f"cmagenda: erreur: --pdf écrit un fichier{NBSP}: donnez -o FICHIER.pdf\n",
    )


def test_without_chromium_the_pdf_says_how_to_get_it(
    run: Run, month: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CMAGENDA_CHROMIUM", str(month / "no-such-browser"))
    result = run(*REPORT, "--pdf", "-o", str(month / "r.pdf"))
    assert result.code == 2
    assert result.err == (
        f"cmagenda: erreur: pas de Chromium pour faire le PDF{NBSP}: installez-le "
        "(sudo apt-get install chromium) ou indiquez son chemin dans CMAGENDA_CHROMIUM"
        f"{NBSP}; --html fait la même page sans lui\n"
    )
    assert not (month / "r.pdf").exists()


def test_a_week_page_in_english_on_a4(run: Run, month: Path) -> None:
    config = (month / "config.toml").read_text(encoding="utf-8")
    config = config.replace("[profile]\n", '[profile]\nlocale = "en_GB"\n', 1)
    (month / "config.toml").write_text(config, encoding="utf-8")
    out = month / "week.html"
    args = ("--now", NOW, "--lang", "en", "report", "--on", "2026-11-10", "--html", "-o")
    result = run(*args, str(out))
    assert (result.code, result.err) == (0, "")
    page = Page(out.read_text(encoding="utf-8"))
    text = "".join(page.text)
    assert "@page { size: A4;" in text
    assert "Report for the week of Monday, 9 November 2026 to Sunday, 15 November 2026" in text
    assert page.tags[0] == ("html", {"lang": "en"})


def test_the_review_pack_shows_each_post_as_planned(run: Run, month: Path) -> None:
    now = "2026-11-30T08:00:00-05:00"
    for text, network in (("Nouveau menu d'hiver", "instagram"), (HOSTILE_TEXT, "facebook")):
        assert run("--now", now, "post", "add", text, "--network", network).code == 0
    posts = run("--now", now, "post", "list", "--week", "--json").json()["posts"]
    menu = next(p["id"] for p in posts if p["network"] == "instagram")
    edited = run("--now", now, "post", "edit", menu, "--text", "é" * 2210,
                 "--first-comment", HOSTILE_TEXT, "--media", "a.jpg", "--alt", HOSTILE_REASON,
                 "--media", "b<i>.jpg")  # fmt: skip
    assert edited.code == 0, edited.err
    assert run("--now", now, "post", "review", menu).code == 0
    assert run("--now", now, "post", "reject", menu, "--note", "<b>Prix​ ?</b>").code == 0
    out = month / "pack.html"
    result = run("--now", now, "post", "pack", "--week", "-o", str(out))
    assert (result.code, result.err) == (0, "")
    raw = out.read_text(encoding="utf-8")
    page = Page(raw)
    assert "script" not in [t for t, _ in page.tags]
    assert page.urls() == ["data:image/png;base64," + base64.b64encode(PNG).decode()]
    text = "".join(page.text)
    assert "Publications prévues du lundi 30 novembre 2026 au dimanche 6 décembre 2026" in text
    assert "2 publications prévues" in text
    assert [t for t in page.text if t in ("Facebook", "Instagram", "brouillon")] == [
        "Facebook",
        "brouillon",
        "Instagram",
    ]
    assert HOSTILE_TEXT in text
    nb = "\u00a0"
    assert [
        t for t in page.text if t.startswith(("reste ", "10 ", "premier", "média", "note"))
    ] == [
        "reste 63\u00a0150 caractères",
        "10 caractères de trop",
        f"premier commentaire{nb}: {HOSTILE_TEXT}",
        f"média{nb}: a.jpg (texte alternatif{nb}: {HOSTILE_REASON})",
        f"média{nb}: b<i>.jpg (sans texte alternatif)",
        f"note{nb}: <b>Prix ?</b>",
    ]
    assert "à retoucher" in page.text
    assert [
        a.get("class") for t, a in page.tags if t == "div" and "media" in (a.get("class") or "")
    ] == [
        "media",
        "media no-alt",
    ]
    assert "<img src=x" not in raw and "<b>" not in raw and "\u200b" not in raw
    assert [a.get("class") for t, a in page.tags if t == "article"] == ["post", "post"]
    empty = run("--now", now, "post", "pack", "--from", "2027-01-04", "--to", "2027-01-05")
    assert (empty.code, empty.err) == (0, "")
    assert "Aucune publication prévue sur cette période." in empty.out


def test_a_pack_range_backwards_is_refused(run: Run, month: Path) -> None:
    result = run("--now", NOW, "post", "pack", "--from", "2026-12-10", "--to", "2026-12-01")
    assert result.code == 2
    assert result.out == ""


def test_a_chart_leaves_gaps_and_escapes_its_labels() -> None:
    svg = charts.trend([("<a>", 1.0), ("b", None), ("c", 3.0), ("d", 4.0)], 2.0, str, "<title>&")
    assert "<title>&lt;title&gt;&amp;</title>" in svg
    assert svg.count("<polyline") == 1  # the point before the gap stands alone
    assert svg.count("<circle") == 3
    assert 'stroke-dasharray="5 4"' in svg  # the baseline, dashed for black and white print
    assert "&lt;a&gt;" in svg and "<a>" not in svg


# -- in the browser ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def printed(generated: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The month's page printed once to PDF by cmagenda, and once to PNG by Chromium."""
    folder = tmp_path_factory.mktemp("printed")
    home = folder / "home"
    shutil.copytree(generated, home)
    out: dict[str, Path] = {"pdf": folder / "report.pdf", "html": folder / "report.html"}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CMAGENDA_HOME", str(home))
        for name in LOCALE_VARS:
            patch.delenv(name, raising=False)
        for flag, path in (("--pdf", out["pdf"]), ("--html", out["html"])):
            with contextlib.redirect_stderr(io.StringIO()) as err:
                assert main.main([*REPORT, flag, "-o", str(path)]) == 0, err.getvalue()
    assert CHROMIUM is not None
    out["png"] = folder / "report.png"
    command = pdf.command(CHROMIUM, out["html"], out["pdf"], folder / "profile")
    command = [c for c in command if not c.startswith("--print-to-pdf")]
    command[-1:-1] = [f"--screenshot={out['png']}", "--window-size=1000,2400"]
    subprocess.run(command, capture_output=True, timeout=120, check=True)
    return out


@needs_browser
def test_the_pdf_has_the_page_text_on_letter_pages(printed: dict[str, Path]) -> None:
    reader = PdfReader(printed["pdf"])
    assert 1 <= len(reader.pages) <= 6
    assert {(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages} == {
        (612.0, 792.0)
    }
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Rapport mensuel" in text and "novembre 2026" in text
    assert "Portes ouvertes samedi" in text
    assert "Préparé le mardi 1er décembre 2026 avec cmagenda." in text


@needs_browser
def test_the_page_renders_in_chromium(printed: dict[str, Path]) -> None:
    data = printed["png"].read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1000, 2400)


def test_a_mistyped_report_table_is_told_like_the_profile(run: Run, month: Path) -> None:
    config = (month / "config.toml").read_text(encoding="utf-8")
    (month / "config.toml").write_text(config.replace("client =", "cleint ="), encoding="utf-8")
    result = run(*REPORT, "--html")
    assert result.code == 3
    assert result.err.replace(NBSP, " ") == (
        f"cmagenda: erreur: configuration invalide ({month / 'config.toml'}) :\n"
        "  report.cleint : clé inconnue (vouliez-vous dire « client » ?)\n"
    )


def test_the_page_goes_to_standard_output_without_a_file(run: Run, month: Path) -> None:
    result = run(*REPORT, "--html")
    assert (result.code, result.err) == (0, "")
    assert result.out.startswith('<!DOCTYPE html>\n<html lang="fr">')
    assert result.out == _page(run, month)


def test_the_page_libraries_stay_off_the_command_line_s_way() -> None:
    # Loading the CLI (every command's way in) must not load Jinja2, Markdown or the pages.
    code = (
        "import sys, cmagenda.cli.app; "
        "print(sorted(m for m in ('jinja2', 'markdown_it', 'cmagenda.views.pages', 'cmagenda.interop.pdf') "  # noqa: E501
        "if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, encoding="utf-8"
    )
    assert done.stdout == "[]\n"


@needs_browser
def test_the_review_pack_renders_in_chromium_with_its_hostile_text_inert(
    run: Run, month: Path
) -> None:
    now = "2026-11-30T08:00:00-05:00"
    hostile = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='x'\">"
    assert run("--now", now, "post", "add", hostile, "--network", "facebook").code == 0
    out = month / "pack-browser.html"
    assert run("--now", now, "post", "pack", "--week", "-o", str(out)).code == 0
    command = pdf.command(str(CHROMIUM), out, month / "unused.pdf", month / "profile")
    command = [c for c in command if not c.startswith(("--print-to-pdf", "--no-pdf"))]
    command[-1:-1] = ["--dump-dom"]
    dom = subprocess.run(
        command, capture_output=True, timeout=120, check=True, text=True, encoding="utf-8"
    ).stdout
    # What the browser built from the page: the post's text as text, no element it smuggled in,
    # and the title the page set (no script ran to change it).
    page = Page(dom)
    assert [t for t, _ in page.tags if t == "script"] == []
    # The one picture is the client's logo, embedded; no element carries a handler.
    images = [a.get("src") or "" for t, a in page.tags if t == "img"]
    assert [src[:22] for src in images] == ["data:image/png;base64,"]
    assert [a for _, a in page.tags if any(k.startswith("on") for k in a)] == []
    assert hostile in "".join(page.text)
    assert "pwned" not in "".join(t for t in page.text if t.startswith("<title"))
    title = dom.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "pwned" not in title and title.strip()
