"""Paths: where config and data live. Returns paths and never creates them.

`CMAGENDA_HOME`, when set, holds everything (config.toml, checklists.toml, data/); otherwise the
platform's user config and data directories are used (platformdirs).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

APP = "cmagenda"


@dataclass(frozen=True)
class Paths:
    config_dir: Path
    data_dir: Path

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
    home = env.get("CMAGENDA_HOME")
    if home:
        root = Path(home).expanduser()
        return Paths(config_dir=root, data_dir=root / "data")
    import platformdirs

    return Paths(
        config_dir=Path(platformdirs.user_config_dir(APP, appauthor=False)),
        data_dir=Path(platformdirs.user_data_dir(APP, appauthor=False)),
    )


def bundled_checklist() -> Path:
    """The default checklist: inside the wheel, or at the top of a source checkout."""
    packaged = Path(__file__).parent / "data" / "checklists.toml"
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "data" / "checklists.toml"
