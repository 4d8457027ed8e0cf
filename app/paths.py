"""Where the app keeps its files (platformdirs), with overrides."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Reageerwijzer"
DB_ENV = "REAGEERWIJZER_DB"
DB_FILENAME = "geschiedenis.sqlite3"


def user_data_dir() -> Path:
    """The per-user data folder (not created here)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """History file: ``$REAGEERWIJZER_DB`` if set, else one in the user data dir."""
    override = os.environ.get(DB_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    return user_data_dir() / DB_FILENAME


def resolve_db_path(cli_value: str | os.PathLike[str] | None) -> Path:
    """``--db`` wins over the environment variable, which wins over the default."""
    if cli_value:
        return Path(cli_value).expanduser()
    return default_db_path()
