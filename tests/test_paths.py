"""Paths kept as text name each file as pathlib names it, so that a stamp written by one path of
the program is found by the other."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmagenda.storage.paths import Paths, bundled_checklist, bundled_checklist_file, resolve_paths


@pytest.mark.parametrize(
    "home", ["/srv/cm", "/srv/cm/", "//srv/cm", "///srv//cm/./", "relative/../cm", "./cm", "~/cm/"]
)
def test_text_and_path_name_the_same_files(home: str) -> None:
    paths = resolve_paths({"CMAGENDA_HOME": home})
    root = Path(home).expanduser()
    assert paths == Paths(root, root / "data")
    assert paths.data("window.json") == str(root / "data" / "window.json")
    assert paths.config("config.toml") == str(paths.config_file) == str(root / "config.toml")
    assert str(paths.user_checklist) == str(root / "checklists.toml")
    assert paths.data_dir == root / "data" and paths.store_dir == root / "data" / "store"
    assert str(paths.lock_file) == paths.data("cmagenda.lock")


def test_the_bundled_checklist_is_the_same_file_as_text() -> None:
    assert bundled_checklist_file() == str(bundled_checklist())
    assert bundled_checklist().is_file()
