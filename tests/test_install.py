"""The built wheel carries the bundled checklist: `cmagenda today` works from any directory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_finds_its_bundled_checklist(tmp_path: Path, home: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(wheels), str(ROOT)],
        check=True, capture_output=True,
    )  # fmt: skip
    wheel = next(wheels.glob("cmagenda-*.whl"))
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site),
         str(wheel)],
        check=True, capture_output=True,
    )  # fmt: skip
    assert (site / "cmagenda" / "data" / "checklists.toml").read_bytes() == (
        ROOT / "data" / "checklists.toml"
    ).read_bytes()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "CMAGENDA_HOME": str(home)}
    where = subprocess.run(
        [sys.executable, "-c", "from cmagenda.storage.paths import bundled_checklist as b; print(b())"],  # noqa: E501
        cwd=elsewhere, env=env, capture_output=True, text=True, encoding="utf-8", check=True,
    )  # fmt: skip
    assert where.stdout.strip() == str(site / "cmagenda" / "data" / "checklists.toml")
    today = subprocess.run(
        [sys.executable, "-m", "cmagenda", "--lang", "fr", "--now", "2026-11-23T08:30:00-05:00",
         "today"],
        cwd=elsewhere, env=env, capture_output=True, text=True, encoding="utf-8",
    )  # fmt: skip
    assert today.returncode == 0, today.stderr
    assert "Publication 1 sur Facebook" in today.stdout
