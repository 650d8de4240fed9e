"""Where commands may write files: never over the collection, and never half a file left.

Every file tutor writes (backups, exports, a restore's staged copy) is first written
under a hidden temporary name beside its target, `.<name>.<pid>.partial`, and renamed
when complete. A process killed meanwhile leaves that file behind; `clean_partials`
removes the ones whose process is gone, at the next start and the next write there.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

from tutor.app import UserError

SIDE_FILES = ("-wal", "-shm", "-journal")
_PARTIAL = re.compile(r"^\..+\.(\d+)\.partial$")


def partial_name(target: Path) -> Path:
    """The temporary name `target` is written under, in its own folder (so the final
    rename never crosses file systems)."""
    return target.with_name(f".{target.name}.{os.getpid()}.partial")


def refuse_collection(target: Path, collection: Path) -> None:
    """Raise UserError when writing `target` would touch the collection or its side files.

    Links are resolved first (a symlink or a hard link to the collection is the
    collection), and SQLite's -wal, -shm and -journal files count as the collection.
    """
    guarded = [collection, *(collection.with_name(collection.name + end) for end in SIDE_FILES)]
    real = _real(target)
    for one in guarded:
        if real == _real(one) or _same_file(target, one):
            what = (
                "the collection itself"
                if one == collection
                else f"{one.name}, a file of the collection"
            )
            raise UserError(f"{target}: is {what}; choose another file")
    if _PARTIAL.match(real.name):
        raise UserError(f"{target}: is a file tutor is still writing; choose another file")


def refuse_special(target: Path) -> None:
    """Raise UserError when `target` is there but is no regular file (a device such as
    /dev/null, a pipe, a socket): a finished file is renamed over its target, which would
    put a plain file in the place of the device, and never write to it."""
    if target.exists() and not target.is_file() and not target.is_dir():
        raise UserError(
            f"{target}: not a regular file (a device, pipe or socket); give a file name"
        )


def clean_partials(folder: Path, prefix: str) -> list[Path]:
    """Remove the `.partial` files in `folder` whose name starts `.<prefix>` and whose
    process no longer runs; only the names tutor gives, never anyone else's files."""
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        match = _PARTIAL.match(name)
        if match is None or not name.startswith(f".{prefix}") or _running(int(match.group(1))):
            continue
        path = folder / name
        with contextlib.suppress(OSError):
            if path.is_file() and not path.is_symlink():
                path.unlink()
                removed.append(path)
    return removed


def clean_partials_of(target: Path) -> list[Path]:
    """Remove what killed writes of `target` left beside it (`.<name>.<pid>.partial`)."""
    return clean_partials(target.parent, f"{target.name}.")


def clean_collection_partials(collection: Path) -> list[Path]:
    """Remove what killed restores, doctor and upgrade copies left beside the collection,
    and killed backups left in its backups folder."""
    return [
        *clean_partials(collection.parent, f"{collection.name}."),
        *clean_partials(collection.parent / "backups", f"{collection.stem}-"),
    ]


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # someone else's process, or not a pid we can ask about: leave it
    return True


def _real(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False
