"""`tutor export` anki, csv and json: your cards and history in other formats."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from tutor.app import UserError, clock, export_app, friendly, interrupted_means, out, state_of

if TYPE_CHECKING:
    from db import Store

Force = Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")]
AsJson = Annotated[bool, typer.Option("--json", help="Print what was written as JSON.")]
OnePath = Annotated[
    Optional[str],  # noqa: UP045 - typer reads the annotation at run time
    typer.Option("--path", help="Only the cards of this path (name or slug)."),
]


@export_app.command(
    "anki", short_help="Write the cards as an Anki package (.apkg), a deck per step."
)
@friendly
def export_anki(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE", help="The .apkg file to write.")],
    force: Force = False,
    as_json: AsJson = False,
    path_name: OnePath = None,
) -> None:
    """Write your cards as an Anki package (.apkg): a deck per path and step.

    Choice and true/false cards become front/back notes with the options on the front;
    the back shows the answer, the explanation and the source. Exporting again and
    importing into Anki updates the notes instead of adding copies. Progress stays here;
    suspended and flagged cards are tagged tutor::suspended and tutor::flagged and come in
    suspended when Anki imports the package's scheduling.
    """
    from tutor.interop.anki_deck import export_anki as write
    from tutor.ui import counted

    if file.suffix.lower() != ".apkg" and not file.exists() and not file.is_symlink():
        file = file.with_name(file.name + ".apkg")  # (Anki opens a package by its ending)
    target = _target(ctx, file, ".apkg")
    store = state_of(ctx).store()
    path = _one_path(store, path_name)
    try:
        with interrupted_means(_not_written(target)):
            result = write(store, target, clock()(), force, path)
    except FileExistsError:
        raise UserError(f"{target}: already exists (--force replaces it)") from None
    except OSError as error:
        raise UserError(f"{target}: cannot write ({error.strerror or error})") from None
    kept_out = [
        f"{count} {what} card{'' if count == 1 else 's'} (tag tutor::{what})"
        for count, what in ((result.suspended, "suspended"), (result.flagged, "flagged"))
        if count
    ]
    _report(
        as_json,
        {
            "file": str(target),
            "notes": result.notes,
            "decks": result.decks,
            "suspended": result.suspended,
            "flagged": result.flagged,
        },
        f"Wrote {counted(result.notes, 'note')} in {counted(result.decks, 'deck')} to {target}"
        + (f"\nSuspended in the package: {', '.join(kept_out)}" if kept_out else ""),
    )


@export_app.command("csv", short_help="Write every card as CSV, which tutor import csv reads back.")
@friendly
def export_csv(
    ctx: typer.Context,
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help="The CSV file to write; - for stdout.")
    ],
    force: Force = False,
    as_json: AsJson = False,
    path_name: OnePath = None,
) -> None:
    """Write every card as CSV: path, step, kind, prompt, answer, options, explanation,
    tags, answering, accepted (lists separated by " | "). `tutor import csv` reads it back
    as new cards: progress, flags and suspensions are not in it (`tutor export json` and
    `tutor backup` keep everything).
    """
    import sys

    from tutor.interop.csv_cards import write_csv
    from tutor.interop.document import atomic_text

    store = state_of(ctx).store()
    path = _one_path(store, path_name)
    if str(file) == "-":
        write_csv(store, sys.stdout, path)
        return
    target = _target(ctx, file, ".csv")
    try:
        with interrupted_means(_not_written(target)), atomic_text(target, force) as handle:
            count = write_csv(store, handle, path)
    except FileExistsError:
        raise UserError(f"{target}: already exists (--force replaces it)") from None
    except OSError as error:
        raise UserError(f"{target}: cannot write ({error.strerror or error})") from None
    _report(
        as_json,
        {"file": str(target), "cards": count},
        f"Wrote {count} cards to {target} (the cards only; tutor export json keeps progress too)",
    )


@export_app.command("json", short_help="Write the whole collection as one JSON document.")
@friendly
def export_json(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE", help="The .json file to write.")],
    force: Force = False,
    as_json: AsJson = False,
) -> None:
    """Write the whole collection as one JSON document ("format": "tutor-collection").

    Entries, cards, memory states, every review, settings and check attempts.
    `tutor import json FILE` into a new collection gives the same states and reviews.
    """
    from db.dump import count_rows
    from tutor.interop.document import export_document
    from tutor.work_bar import WorkBar

    target = _target(ctx, file, ".json")
    store = state_of(ctx).store()
    try:
        with (
            interrupted_means(_not_written(target)),
            WorkBar("Writing", sum(count_rows(store).values()), show=not as_json) as bar,
        ):
            counts = export_document(store, target, clock()(), force, bar.advance)
    except FileExistsError:
        raise UserError(f"{target}: already exists (--force replaces it)") from None
    except OSError as error:
        raise UserError(f"{target}: cannot write ({error.strerror or error})") from None
    summary = ", ".join(f"{name.replace('_', ' ')} {count}" for name, count in counts.items())
    _report(as_json, {"file": str(target), **counts}, f"Wrote {target}: {summary}")


def _one_path(store: Store, name: str | None) -> str | None:
    """The path --path names, found by name or slug; UserError if there is none."""
    if name is None:
        return None
    from tutor.progress.paths import UnknownName, find_path, path_names

    try:
        return find_path(path_names(store.all_steps()), name)
    except UnknownName as error:
        raise UserError(f"--path: {error}") from None


def _target(ctx: typer.Context, file: Path, suffix: str) -> Path:
    from tutor.home import database_path, expand
    from tutor.outputs import clean_partials_of, refuse_collection, refuse_special

    target = expand(file)
    refuse_collection(target, database_path(state_of(ctx).db))
    refuse_special(target)
    if target.is_dir():
        raise UserError(f"{target}: is a folder; give a file name ending in {suffix}")
    if not target.parent.is_dir():
        raise UserError(f"{target.parent}: no such folder")
    clean_partials_of(target)
    return target


def _not_written(target: Path) -> str:
    """What Ctrl-C meant: the file is written under a temporary name, removed on the way
    out, and renamed only when complete."""
    return f"nothing written to {target}"


def _report(as_json: bool, facts: dict[str, object], sentence: str) -> None:
    if as_json:
        print(json.dumps(facts, indent=2))
        return
    from rich.text import Text

    out().print(Text(sentence))
