"""Where the collection lives: --db, else $TUTOR_HOME, else the user data directory."""

from __future__ import annotations

import os
from pathlib import Path

DB_NAME = "tutor.sqlite3"
# The setting saying the built-in path was imported; here, so that checking it on every
# command does not load the importer (about 10 ms).
BUILTIN_SETTING = "builtin_imported"


def database_path(override: Path | None = None) -> Path:
    if override is not None:
        return override.expanduser()
    home = os.environ.get("TUTOR_HOME", "").strip()
    if home:
        return Path(home).expanduser() / DB_NAME
    from platformdirs import user_data_dir

    return Path(user_data_dir("tutor", appauthor=False)) / DB_NAME
