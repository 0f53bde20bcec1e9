"""Where the shared gold data lives: ``--shared``, else ``$KHRONIKA_SHARED``, else ``../shared``
beside the repository (or beside the working directory when Khronika is installed)."""

from __future__ import annotations

import os
from pathlib import Path

import khronika

ENV_VAR = "KHRONIKA_SHARED"


def repo_root() -> Path:
    root = Path(khronika.__file__).resolve().parents[2]
    return root if (root / "pyproject.toml").exists() else Path.cwd()


def shared_root(option: Path | None = None) -> Path:
    if option is not None:
        return option
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    return repo_root().parent / "shared"


def data_dir(shared: Path, name: str) -> Path:
    path = shared / "data" / name
    if not path.exists():
        raise FileNotFoundError(f"gold data not found: {path} (set --shared or ${ENV_VAR})")
    return path
