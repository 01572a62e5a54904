"""A page printed to PDF by headless Chromium.

Chromium rather than a Python renderer: it is the engine of the browser a client prints the
HTML page with, so the PDF and "Print to PDF" agree (the page's print CSS, its paper size, its
`break-inside: avoid`), it is one system package (`apt-get install chromium`, `brew install
--cask chromium`) with nothing to compile, and CI machines already have it. WeasyPrint would need
Pango and its own CSS dialect; Playwright downloads its own browser on first use.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from cmagenda.domain.errors import StoreIOError, UsageError

# The names Chromium goes by on Linux distributions and macOS.
BROWSERS = (
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
)
# A month's page prints in about a second; a browser stuck past this is not coming back.
TIMEOUT = 120


def browser(env: dict[str, str] | os._Environ[str] = os.environ) -> str | None:
    """The Chromium to print with: CMAGENDA_CHROMIUM when set, else the first one found."""
    chosen = env.get("CMAGENDA_CHROMIUM")
    if chosen:
        return shutil.which(chosen)
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def command(program: str, page: Path, out: Path, profile: Path) -> list[str]:
    """The browser's command line: headless, no network of its own, a throwaway profile, no
    header or footer (the page has its own)."""
    return [
        program,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        f"--print-to-pdf={out}",
        "--no-pdf-header-footer",
        page.as_uri(),
    ]


def print_pdf(html: str) -> bytes:
    """`html` (a self-contained page) as PDF bytes."""
    program = browser()
    if program is None:
        raise UsageError("page.no_browser")
    with tempfile.TemporaryDirectory(prefix="cmagenda-pdf-") as folder:
        work = Path(folder)
        page, out = work / "page.html", work / "page.pdf"
        page.write_text(html, encoding="utf-8")
        try:
            done = subprocess.run(
                command(program, page, out, work / "profile"),
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as err:
            raise StoreIOError("page.pdf_failed", reason=str(err)) from None
        if not out.is_file() or out.stat().st_size == 0:
            lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
            reason = lines[-1] if lines else f"exit {done.returncode}"
            raise StoreIOError("page.pdf_failed", reason=reason[:300])
        return out.read_bytes()
