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


class Paths:
    __slots__ = ("config_dir", "data_dir")

    def __init__(self, config_dir: Path, data_dir: Path) -> None:
        self.config_dir = config_dir
        self.data_dir = data_dir

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Paths) and (self.config_dir, self.data_dir) == (
            other.config_dir,
            other.data_dir,
        )

    __hash__ = None  # type: ignore[assignment]

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def user_checklist(self) -> Path:
        return self.config_dir / "checklists.toml"

    @property
    def store_dir(self) -> Path:
        return self.data_dir / "store"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "cmagenda.lock"


def resolve_paths(env: Mapping[str, str]) -> Paths:
    from pathlib import Path  # off the morning views' path, which needs only `window_file`

    home = env.get("CMAGENDA_HOME")
    if home:
        root = Path(home).expanduser()
        return Paths(config_dir=root, data_dir=root / "data")
    import platformdirs  # tens of ms: only without CMAGENDA_HOME, and never on the fast path

    return Paths(
        config_dir=Path(platformdirs.user_config_dir(APP, appauthor=False)),
        data_dir=Path(platformdirs.user_data_dir(APP, appauthor=False)),
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
    from pathlib import Path  # off the morning views' path, which needs only `window_file`

    packaged = Path(__file__).parent.parent / "data" / "checklists.toml"
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[3] / "data" / "checklists.toml"
