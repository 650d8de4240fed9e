"""Where the collection lives: --db, else $TUTOR_HOME, else the user data directory."""

from __future__ import annotations

import os
from pathlib import Path

DB_NAME = "tutor.sqlite3"


def expand(path: Path) -> Path:
    """`path` with a leading ~ or ~user expanded; a user with no home is a UserError."""
    try:
        return path.expanduser()
    except RuntimeError:
        from tutor.app import UserError

        user = str(path).split("/", 1)[0]
        raise UserError(
            f"{path}: there is no user {user[1:]!r} whose home {user} is", code=2
        ) from None


def database_path(override: Path | None = None) -> Path:
    if override is not None:
        return expand(override)
    home = os.environ.get("TUTOR_HOME", "").strip()
    if home:
        return expand(Path(home)) / DB_NAME
    from platformdirs import user_data_dir

    return Path(user_data_dir("tutor", appauthor=False)) / DB_NAME
