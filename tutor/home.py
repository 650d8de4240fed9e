"""Where the collection lives: --db, else $TUTOR_HOME, else the user data directory.

A new collection is made without asking only at the default location. A `--db` file or a
`TUTOR_HOME` folder that does not exist, in a folder that does not exist either, is most
likely a typo: opening it would show an empty collection and the learner would think
their progress gone, so it is refused unless `tutor init` or `--create` asks for it.
"""

from __future__ import annotations

import os
from pathlib import Path

DB_NAME = "tutor.sqlite3"
# The setting saying the built-in path was imported; here, so that checking it on every
# command does not load the importer (about 10 ms).
BUILTIN_SETTING = "builtin_imported"
# The file name of a built-in entry starts so: it ships with tutor, no file of the learner's.
BUILT_IN = "built-in:"


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


def not_a_folder(override: Path | None = None) -> str | None:
    """Why the collection's folder cannot be one (a file stands in its way), or None.

    Checked before anything is made: `TUTOR_HOME` set to the collection file itself is an
    easy slip, and 'no such folder' or 'cannot create (File exists)' would not say it.
    """
    path = database_path(override)
    blocking = next((folder for folder in path.parents if folder.exists()), None)
    if blocking is None or blocking.is_dir():
        return None
    if override is not None:
        return f"--db {override}: {blocking} is a file, not a folder; check the name"
    home = os.environ.get("TUTOR_HOME", "").strip()
    what = "a file" if blocking == path.parent else f"{blocking} is a file"
    return (
        f"TUTOR_HOME={home}: {what}, not a folder; set TUTOR_HOME to the folder that holds "
        f"{DB_NAME}, or open a collection file with --db FILE"
    )


def missing_location(override: Path | None = None, instead: str = "tutor init") -> str | None:
    """Why the collection may not be made without asking, or None when it may be opened.

    The collection file may be missing when its folder exists (a new file beside others
    is deliberate), or at the default location.
    """
    path = database_path(override)
    if path.exists():
        return None
    if override is not None:
        if path.parent.is_dir():
            return None
        return (
            f"--db {override}: no such file, and its folder {path.parent} does not exist "
            "either; check the name, or make a new collection there with --create"
        )
    home = os.environ.get("TUTOR_HOME", "").strip()
    if home and not path.parent.is_dir():
        return (
            f"TUTOR_HOME={home}: no such folder; check the name, or make a new collection "
            f"there with: {instead}"
        )
    return None
