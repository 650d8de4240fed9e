"""`tutor backup` and `tutor restore`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from tutor.app import UserError, app, clock, friendly, interrupted_means, out, state_of


@app.command(short_help="Copy the collection safely, even while a review is open.")
@friendly
def backup(
    ctx: typer.Context,
    file: Annotated[
        Optional[Path],  # noqa: UP045 - typer reads the annotation at run time
        typer.Argument(
            metavar="FILE",
            help="Where to write the copy (default: backups/ beside the collection).",
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print where it went as JSON.")] = False,
) -> None:
    """Write a consistent copy of your collection, safe while a review is running.

    Default file: backups/tutor-<date>-<time>.sqlite3 beside the collection, readable by
    you only. `tutor restore FILE` puts it back.
    """
    from tutor.home import database_path, expand
    from tutor.interop.backup import backup as take_backup

    collection = database_path(state_of(ctx).db)
    given = expand(file) if file else None
    if given is not None:
        from tutor.outputs import refuse_special

        refuse_special(given)
    if given is not None and not given.is_dir() and not given.parent.is_dir():
        # As the exports do: a mistyped folder is not made (only the default backups/ is).
        raise UserError(f"{given.parent}: no such folder")
    # The copy is written under a temporary name, removed on the way out.
    with interrupted_means("no backup written"):
        target = take_backup(collection, given, clock()(), force)
    size = target.stat().st_size
    if as_json:
        print(json.dumps({"file": str(target), "bytes": size}, indent=2))
        return
    from rich.text import Text

    out().print(Text(f"Backed up {collection} to {target} ({size // 1024} KiB)"))


@app.command(short_help="Replace the collection by a backup, once the backup is checked.")
@friendly
def restore(
    ctx: typer.Context,
    file: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Argument(
            metavar="FILE",
            help="A backup written by tutor backup (left out: the backups there are).",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print what happened as JSON.")] = False,
) -> None:
    """Replace your collection by a backup, after checking the backup is sound.

    The backup must be a tutor collection that passes SQLite's integrity check and is not
    from a newer tutor. Your current collection is kept beside it as
    tutor.sqlite3.before-restore-<date>-<time>; a damaged or foreign file changes nothing.
    Into a TUTOR_HOME that does not exist yet (a new machine): tutor --create restore FILE.
    A file of tutor export json is no backup: tutor import json FILE loads it.
    """
    from shlex import quote

    from tutor.home import database_path, expand
    from tutor.interop.backup import restore as put_back
    from tutor.phases import Phases

    collection = database_path(state_of(ctx).db)
    if file is None:
        raise UserError(_which_backup(collection), code=2)
    source = expand(file)
    if source.is_dir():
        raise UserError(f"{source}: is a folder; give the backup file in it to restore")
    if source.exists() and not source.is_file():
        raise UserError(f"{source}: not a regular file (a device, pipe or socket)")
    _refuse_export(ctx, source, file)
    # A mistyped TUTOR_HOME is not made silently; a new one is, when asked, and the
    # backup goes into it (no empty collection made first, to be kept aside).
    state_of(ctx).refuse_unfit_location(instead=f"tutor --create restore {quote(str(file))}")
    # The collection is replaced in one rename, once the backup is copied and checked.
    with (
        interrupted_means("nothing restored; the collection is as it was"),
        Phases(show=not as_json) as progress,
    ):
        done = put_back(collection, source, clock()(), progress)
    if as_json:
        facts = {
            "collection": str(done.collection),
            "restored_from": str(done.source),
            "kept_aside": str(done.kept_aside) if done.kept_aside else None,
            "schema": done.schema_version,
            "stale_set_aside": [str(path) for path in done.stale],
        }
        print(json.dumps(facts, indent=2))
        return
    from rich.text import Text

    lines = [f"Restored {done.collection} from {done.source}"]
    if done.kept_aside:
        lines.append(f"The collection it replaced is kept as {done.kept_aside}")
    if done.stale:
        names = ", ".join(path.name for path in done.stale)
        lines.append(f"Left by a collection that was gone and set aside, not used: {names}")
    out().print(Text("\n".join(lines)))


def _refuse_export(ctx: typer.Context, source: Path, file: Path) -> None:
    """A document of `tutor export json` is no backup, and is loaded otherwise: a new
    user moving machines gave it to restore and read only 'not an SQLite file'."""
    from shlex import quote

    from tutor.home import missing_location
    from tutor.interop.document import is_export

    if not source.is_file() or not is_export(source):
        return
    state = state_of(ctx)
    create = " --create" if not state.create and missing_location(state.db) else ""
    raise UserError(
        f"{source}: a tutor export json document, not a backup; nothing changed. Load it "
        f"into a new collection with: tutor{create} import json {quote(str(file))}"
    )


_LISTED = 3  # the newest backups a restore without FILE names


def _which_backup(collection: Path) -> str:
    """What `tutor restore` without a file says: the newest backups beside the collection
    and the command to restore the newest, or where backups go when there are none."""
    from shlex import quote

    from tutor.interop.backup import BACKUP_FOLDER

    folder = collection.parent / BACKUP_FOLDER
    found = sorted(folder.glob("*.sqlite3"), key=lambda kept: kept.stat().st_mtime, reverse=True)
    if not found:
        return f"restore: give the backup FILE to restore; {folder} holds none (tutor backup)"
    names = ", ".join(kept.name for kept in found[:_LISTED])
    more = f" and {len(found) - _LISTED} older" if len(found) > _LISTED else ""
    return (
        f"restore: give the backup FILE to restore; in {folder}: {names}{more}."
        f" The newest: tutor restore {quote(str(found[0]))}"
    )
