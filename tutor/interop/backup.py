"""Backup and restore of the whole collection file.

A backup is a consistent copy made with SQLite's online backup API: it reads one
snapshot, so a review answering cards in another process goes on undisturbed and every
answer committed before the backup started is in the copy. It is written to a temporary
file, checked, and only then given its name, so a backup file is never half-written.

A restore trusts nothing: a backup is data, never schema. The file is copied in beside
the collection, and that copy must be an SQLite file that passes PRAGMA quick_check,
records our migrations, is not from a newer tutor, and holds exactly the tables and
indexes our migrations make (a trigger could delete every answer as it is saved). Its rows
are then copied into a fresh file built by our own migrations and checked for values the
rest of tutor could not read back. Only then is the current collection kept aside
(`tutor.sqlite3.before-restore-<stamp>`) and replaced in one rename; stale -wal/-shm
files of a collection that is gone are set aside, never replayed into the new one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from db.dump import (
    FileFacts,
    copy_database,
    has_sqlite_header,
    inspect_file,
    integrity,
    rebuild,
    row_problem,
    settle,
)
from db.migrations import SCHEMA_VERSION, schema_difference
from db.store import describe, set_aside_side_files
from tutor.app import UserError
from tutor.outputs import clean_partials_of, partial_name, refuse_collection
from tutor.phases import Progress, no_progress

BACKUP_FOLDER = "backups"


@dataclass(frozen=True)
class Restored:
    source: Path
    collection: Path
    kept_aside: Path | None
    schema_version: int
    stale: tuple[Path, ...] = ()  # -wal/-shm of a collection that was gone, renamed


def stamp(now: datetime) -> str:
    """A timestamp for file names, in local time: 20260302-091500."""
    return now.astimezone().strftime("%Y%m%d-%H%M%S")


def default_backup_path(collection: Path, now: datetime) -> Path:
    """backups/tutor-<stamp>.sqlite3 beside the collection."""
    return collection.parent / BACKUP_FOLDER / f"{collection.stem}-{stamp(now)}.sqlite3"


def backup(collection: Path, target: Path | None, now: datetime, force: bool = False) -> Path:
    """Write a consistent, owner-only copy of `collection`; return where it went.

    Raises UserError when there is no collection, the target exists (without `force`) or
    cannot be written; nothing is left behind in those cases.
    """
    if not collection.exists():
        raise UserError(f"{collection}: no collection to back up yet")
    target = target or default_backup_path(collection, now)
    if target.is_dir():
        target = target / default_backup_path(collection, now).name
    refuse_collection(target, collection)
    if target.exists() and not force:
        raise UserError(f"{target}: already exists (--force replaces it)")
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(f"{target.parent}: cannot create the folder ({error.strerror})") from None
    temporary = _temporary_beside(target)
    try:
        copy_database(collection, temporary)
        # quick_check reads every page (7x faster than integrity_check on 100k cards):
        # enough to trust a copy the backup API just made from a working collection.
        verdict = integrity(temporary, quick=True)
        if verdict != "ok":
            raise UserError(f"{collection}: the copy failed its integrity check ({verdict})")
        _publish(temporary, target, force)
    except sqlite3.Error as error:
        raise UserError(f"{collection}: cannot back up ({error})") from None
    except OSError as error:
        raise UserError(f"{target}: cannot write ({error.strerror or error})") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    return target


def restore(
    collection: Path, source: Path, now: datetime, progress: Progress = no_progress
) -> Restored:
    """Replace `collection` by the backup at `source` after checking it; keep the old aside.

    The backup is data, never schema: its schema must be exactly the one our migrations
    build (no extra table, view, trigger or index), it must pass quick_check, and its rows
    are then copied into a fresh file made by our own migrations, which replaces the
    collection in one rename. Stale -wal/-shm files beside a collection that is gone are
    set aside, never merged into the restored file.

    Raises UserError, with the collection untouched, when the source is missing, not an
    SQLite file, damaged, not a tutor collection or from a newer tutor, when another
    process has the collection open, or when the disk is full.
    """
    if not source.is_file():
        raise UserError(f"{source}: no such file")
    if collection.exists() and os.path.samefile(source, collection):
        raise UserError(f"{source}: is the collection itself")
    refuse_collection(source, collection)  # its -wal or -shm is no backup either
    try:
        if not has_sqlite_header(source):
            raise UserError(f"{source}: not a tutor backup (not an SQLite file); nothing changed")
    except OSError as error:
        raise UserError(f"{source}: cannot read ({error.strerror})") from None
    try:
        collection.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(f"{collection.parent}: cannot create ({error.strerror})") from None
    staged = _temporary_beside(collection)
    fresh = collection.with_name(f".{collection.name}.fresh.{os.getpid()}.partial")
    try:
        progress("Copying and checking the backup", 0, 0)
        facts = _checked_copy(source, staged, collection)
        try:
            rebuild(staged, fresh, facts.schema_version, progress)
        except sqlite3.IntegrityError as error:
            raise UserError(
                f"{source}: not a tutor collection as tutor writes it ({error}); nothing changed"
            ) from None
        except (sqlite3.Error, OSError) as error:
            raise UserError(_write_problem(error, collection)) from None
        progress("Checking every value", 0, 0)
        problem = _value_problem(fresh)
        if problem:
            raise UserError(
                f"{source}: holds values tutor cannot read back ({problem}); nothing changed"
            )
        aside, stale = _install(fresh, collection, now)
    finally:
        for leftover in (staged, fresh):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return Restored(source, collection, aside, facts.schema_version, tuple(stale))


def _checked_copy(source: Path, staged: Path, collection: Path) -> FileFacts:
    """Copy `source` to `staged` and check it is one of our collections, or raise."""
    try:
        copy_database(source, staged, read_only=True)
    except (sqlite3.Error, OSError) as error:
        if _disk_is_full(error, collection):
            raise UserError(
                describe(sqlite3.OperationalError("disk is full"), collection)
            ) from None
        raise UserError(f"{source}: damaged or unreadable ({error}); nothing changed") from None
    try:
        facts = inspect_file(staged)
    except (sqlite3.Error, ValueError, TypeError) as error:
        raise UserError(f"{source}: damaged or unreadable ({error}); nothing changed") from None
    if facts.integrity != "ok":
        raise UserError(
            f"{source}: failed the integrity check ({facts.integrity}); nothing changed"
        )
    if not facts.has_migrations or not facts.known_migrations:
        raise UserError(f"{source}: not a tutor collection; nothing changed")
    if facts.schema_version > SCHEMA_VERSION:
        raise UserError(
            f"{source}: written by a newer tutor (schema {facts.schema_version}; this one "
            f"knows up to {SCHEMA_VERSION}); upgrade tutor. Nothing changed"
        )
    difference = schema_difference(facts.schema, facts.schema_version)
    if difference:
        raise UserError(
            f"{source}: not a tutor collection as tutor writes it ({difference}); nothing changed"
        )
    return facts


def _value_problem(fresh: Path) -> str:
    """What is wrong with the values of a rebuilt collection ('' when nothing): the same
    limits `tutor import json` holds a document to, checked in SQL."""
    import json

    from tutor.interop.document import LATEST_MS, NOT_NEGATIVE, TIME_COLUMNS, setting_problem

    problem = row_problem(fresh, TIME_COLUMNS, NOT_NEGATIVE, LATEST_MS)
    if problem:
        return problem
    conn = sqlite3.connect(f"file:{fresh}?mode=ro", uri=True)
    try:
        for key, value in conn.execute("SELECT key, value FROM setting"):
            try:
                complaint = setting_problem(key, json.loads(value))
            except (ValueError, RecursionError):
                complaint = "not JSON"
            if complaint:
                return f"setting {key}: {complaint}"
    finally:
        conn.close()
    return ""


def _install(fresh: Path, collection: Path, now: datetime) -> tuple[Path | None, list[Path]]:
    """Put `fresh` in place of the collection; return where the replaced one was kept, and
    the stale side files set aside."""
    aside = None
    stale: list[Path] = []
    try:
        if collection.exists():
            settle(collection)  # raises when a review still has it open
            aside = _free_name(
                collection.with_name(f"{collection.name}.before-restore-{stamp(now)}")
            )
            os.link(collection, aside)
        else:
            stale = set_aside_side_files(collection)
        os.replace(fresh, collection)
    except OSError as error:
        raise UserError(_write_problem(error, collection)) from None
    _fsync_folder(collection.parent)
    return aside, stale


def _disk_is_full(error: BaseException, collection: Path) -> bool:
    if isinstance(error, OSError):
        return error.errno == errno.ENOSPC
    return "disk is full" in describe(error, collection)  # type: ignore[arg-type]


def _write_problem(error: BaseException, collection: Path) -> str:
    if isinstance(error, sqlite3.Error):
        return describe(error, collection)
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return describe(sqlite3.OperationalError("disk is full"), collection)
    return (
        f"{collection}: cannot write ({getattr(error, 'strerror', None) or error}); nothing changed"
    )


def _temporary_beside(target: Path) -> Path:
    clean_partials_of(target)
    return partial_name(target)


def _publish(temporary: Path, target: Path, force: bool) -> None:
    """Give the finished file its name: never overwriting unless forced, never half-done."""
    if force:
        os.replace(temporary, target)
    else:
        os.link(temporary, target)  # fails if `target` appeared meanwhile
    _fsync_folder(target.parent)


def _free_name(path: Path) -> Path:
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}-{number}")
    return candidate


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
