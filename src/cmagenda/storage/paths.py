"""Paths: where config and data live. Returns paths and never creates them.

`CMAGENDA_HOME`, when set, holds everything (config.toml, checklists.toml, data/); otherwise the
platform's user config and data directories are used (platformdirs).
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

APP = "cmagenda"
CONFIG_NAME = "config.toml"
CHECKLIST_NAME = "checklists.toml"


class Paths:
    """The config and data folders. Kept as text: the fast path joins names to them without
    importing pathlib (3 ms, a tenth of a fast `done`); the full path asks for `Path`s."""

    __slots__ = ("config_folder", "data_folder")

    def __init__(
        self, config_dir: str | os.PathLike[str], data_dir: str | os.PathLike[str]
    ) -> None:
        self.config_folder = _normal(os.fspath(config_dir))
        self.data_folder = _normal(os.fspath(data_dir))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Paths) and (self.config_folder, self.data_folder) == (
            other.config_folder,
            other.data_folder,
        )

    __hash__ = None  # type: ignore[assignment]

    def data(self, *names: str) -> str:
        """A file or folder in the data folder, as text."""
        return os.path.join(self.data_folder, *names)

    def config(self, *names: str) -> str:
        """A file in the config folder, as text."""
        return os.path.join(self.config_folder, *names)

    @property
    def config_dir(self) -> Path:
        return to_path(self.config_folder)

    @property
    def data_dir(self) -> Path:
        return to_path(self.data_folder)

    @property
    def config_file(self) -> Path:
        return to_path(self.config(CONFIG_NAME))

    @property
    def user_checklist(self) -> Path:
        return to_path(self.config(CHECKLIST_NAME))

    @property
    def store_dir(self) -> Path:
        return to_path(self.data("store"))

    @property
    def lock_file(self) -> Path:
        return to_path(self.data("cmagenda.lock"))


def to_path(text: str) -> Path:
    from pathlib import Path  # off the fast path, which joins text (see `Paths`)

    return Path(text)


def _normal(text: str) -> str:
    """`text` as `pathlib` writes it (no empty or "." parts, no trailing slash), so that a
    file's name is the same text whichever way it was joined."""
    root = "//" if text.startswith("//") and not text.startswith("///") else "/"
    parts = [part for part in text.split("/") if part not in ("", ".")]
    joined = "/".join(parts)
    if text.startswith("/"):
        return root + joined
    return joined or "."


def resolve_paths(env: Mapping[str, str]) -> Paths:
    home = env.get("CMAGENDA_HOME")
    if home:
        root = os.path.expanduser(home)
        return Paths(config_dir=root, data_dir=os.path.join(root, "data"))
    import platformdirs  # tens of ms: only without CMAGENDA_HOME, and never on the fast path

    return Paths(
        config_dir=platformdirs.user_config_dir(APP, appauthor=False),
        data_dir=platformdirs.user_data_dir(APP, appauthor=False),
    )


def window_file(env: Mapping[str, str]) -> str:
    """Where the window file is, as `resolve_paths` would say, without importing pathlib or
    platformdirs (tens of milliseconds) on Linux; elsewhere it asks them."""
    home = env.get("CMAGENDA_HOME")
    if home:
        return os.path.join(os.path.expanduser(home), "data", "window.json")
    if sys.platform.startswith("linux"):
        # platformdirs' rule on Linux: $XDG_DATA_HOME if set and not blank, else ~/.local/share.
        base = env.get("XDG_DATA_HOME", "").strip() or os.path.expanduser("~/.local/share")
        return os.path.join(base, APP, "window.json")
    return str(resolve_paths(env).data_dir / "window.json")


def bundled_checklist() -> Path:
    """The default checklist: inside the wheel, or at the top of a source checkout."""
    return to_path(bundled_checklist_file())


def bundled_checklist_file() -> str:
    """`bundled_checklist`, as text."""
    packaged = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "checklists.toml")
    if os.path.isfile(packaged):
        return _normal(packaged)
    top = os.path.realpath(__file__)
    for _ in range(4):
        top = os.path.dirname(top)
    return os.path.join(top, "data", "checklists.toml")
