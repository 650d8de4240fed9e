"""`tutor import`: entry files in, cards out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from tutor.app import UserError, app, clock, fail, friendly, out, state_of


@app.command("import")
@friendly
def import_entries(
    ctx: typer.Context,
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Entry files or folders of them; or csv FILE... (cards), json FILE (a "
            "whole collection)."
        ),
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would change; write nothing.")
    ] = False,
    skip_invalid: Annotated[
        bool,
        typer.Option("--skip-invalid", help="Import the valid files even if some are not."),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the changes as JSON.")] = False,
) -> None:
    """Import entry files (plain-text pages, Markdown, glossaries) as cards.

    Everything is checked before anything is written. Importing the same files twice
    changes nothing; an edited entry keeps the progress of every card whose question did
    not change; cards whose source is gone are retired, their reviews kept.

    tutor import csv FILE... reads cards written in a spreadsheet (see README);
    tutor import json FILE loads a document from tutor export json into a new
    collection. Files ending in .csv or .json are read that way too.
    """
    from tutor.importing import find_entry_files, import_given, read_given

    form, paths = _form_of(paths)
    if form == "csv":
        import_csv(ctx, paths, dry_run, as_json)
        return
    if form == "json":
        import_json(ctx, paths, dry_run, as_json)
        return

    files, errors = find_entry_files(paths)
    # The collection first: a file whose text it already holds need not be parsed again.
    store = state_of(ctx).store()
    given, parse_errors = read_given(store, files)
    errors += parse_errors
    for error in errors:
        fail(str(error))
    if errors and not skip_invalid:
        raise UserError(
            f"{len(errors)} problem(s); nothing imported (--skip-invalid imports the rest)"
        )
    from tutor.work_bar import WorkBar

    with WorkBar("Making cards", len(given), show=not as_json) as bar:
        report = import_given(store, given, clock()(), dry_run=dry_run, entries_done=bar.advance)
    report_import(report, dry_run, as_json)
    if errors:
        raise typer.Exit(1)


@app.command()
@friendly
def preview(
    paths: Annotated[list[Path], typer.Argument(help="Entry files or folders of them.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print entries and cards as JSON, for scripts.")
    ] = False,
    seed: Annotated[int, typer.Option("--seed", help="Shuffles the options.")] = 0,
) -> None:
    """Show the cards entry files would give, without saving anything.

    Files given together are siblings (they lend each other wrong options); a single
    file gets the built-in System Basics entries as its siblings.
    """
    import sys

    import cards
    from cards.__main__ import dump_json, print_tables
    from tutor.importing import builtin_files, find_entry_files, read_entries

    files, errors = find_entry_files(paths)
    parsed, parse_errors = read_entries(files)
    errors += parse_errors
    for error in errors:
        fail(str(error))
    if errors:
        raise UserError(f"{len(errors)} problem(s); nothing shown")
    entries = [entry for entry, _ in parsed]
    given = {entry.key for entry in entries}
    siblings = list(entries)
    if len(entries) == 1:
        builtin = (cards.parse(text, file=name) for name, text in builtin_files())
        siblings += [entry for entry in builtin if entry.key not in given]
    decks = [
        (entry, cards.generate(entry, [other for other in siblings if other is not entry], seed))
        for entry in entries
    ]
    if as_json:
        dump_json(decks, sys.stdout)
    else:
        print_tables(decks, sys.stdout)


def report_import(plan: Any, dry_run: bool, as_json: bool) -> None:
    from rich.table import Table

    from tutor.ui import literal

    if as_json:
        rows = [vars(change) for change in plan.changes]
        print(json.dumps({"dry_run": dry_run, "entries": rows}, indent=2))
        return
    table = Table(title="Would import" if dry_run else "Imported", title_justify="left")
    for column in ("entry", "path", "new", "changed", "retired", "unchanged"):
        table.add_column(column, justify="left" if column in ("entry", "path") else "right")
    # Past a screenful, untouched entries are counted in one line: a table of a thousand
    # of them says nothing and takes longer to draw (0.8 s) than the import itself.
    untouched = [c for c in plan.changes if not (c.new or c.changed or c.retired)]
    fold = len(untouched) > 30
    for change in plan.changes:
        if fold and not (change.new or change.changed or change.retired):
            continue
        table.add_row(
            literal(change.title),
            literal(change.path),
            str(change.new),
            str(change.changed),
            str(change.retired),
            str(change.unchanged),
        )
    console = out()
    if table.row_count:
        console.print(table)
    if fold:
        cards = sum(change.unchanged for change in untouched)
        console.print(f"{len(untouched):,} entries unchanged ({cards:,} cards).")
    if not plan.changes_anything:
        console.print("Nothing changed: every card is already up to date.")


_FORMS = {"csv": ".csv", "json": ".json"}


def _form_of(paths: list[Path]) -> tuple[str, list[Path]]:
    """Which import this is: 'entries', 'csv' or 'json', and the files it names.

    `tutor import csv FILE` names the form in a word (unless a file or folder of that name
    exists); otherwise a .csv or .json suffix decides. One form per command.
    """
    first = str(paths[0]) if paths else ""
    if first in _FORMS and not paths[0].exists():
        form, files = first, paths[1:]
        if not files:
            raise UserError(f"tutor import {form}: give the {form.upper()} file to read", code=2)
        wrong = [
            path for path in files if path.suffix.lower() in set(_FORMS.values()) - {_FORMS[form]}
        ]
        if wrong:
            raise UserError(f"{wrong[0]}: not a {form.upper()} file", code=2)
        return form, files
    forms = {
        next((name for name, suffix in _FORMS.items() if path.suffix.lower() == suffix), "entries")
        for path in paths
    }
    if len(forms) > 1:
        raise UserError(
            "import entry files, CSV files and a JSON document in separate commands", code=2
        )
    return forms.pop(), paths


def import_csv(ctx: typer.Context, files: list[Path], dry_run: bool, as_json: bool) -> None:
    """Cards from CSV files: every file checked before one transaction writes them all.

    Each file is read twice: once to check every row (and note where each step's last
    row is), then entry by entry as the transaction writes, so 100k cards never sit in
    memory at once.
    """
    from tutor.csv_cards import CardsFileError, CsvPlanner, check_rows, iter_rows
    from tutor.importing import ImportReport
    from tutor.work_bar import WorkBar

    read = []
    problems = []
    total = 0
    for file in files:
        try:
            data = file.read_bytes()
            checked = check_rows(data, str(file), file.stem)
            total += checked.cards
            read.append((file, data, checked))
        except CardsFileError as error:
            problems.append(str(error))
        except OSError as error:
            problems.append(f"{file}: cannot read ({error.strerror})")
    if len(problems) == 1:
        raise UserError(problems[0])
    for problem in problems:
        fail(problem)
    if problems:
        raise UserError(f"{len(problems)} files with problems; nothing imported")
    store = state_of(ctx).store()
    planner = CsvPlanner(store)
    with WorkBar("Importing cards", total, show=not as_json) as bar:
        writes = (
            write
            for file, data, checked in read
            for write in planner.writes_of_file(
                file,
                lambda data=data, file=file: iter_rows(data, str(file), file.stem, checked=True),
                row_done=bar.advance,
                checked=checked,
            )
        )
        if dry_run:
            for _ in writes:
                pass
        else:
            store.save_imports(writes, clock()())
    report_import(ImportReport(planner.changes()), dry_run, as_json)


def import_json(ctx: typer.Context, files: list[Path], dry_run: bool, as_json: bool) -> None:
    """A whole collection from a tutor-collection document, into a collection still empty."""
    from db import Store
    from tutor.document import DocumentError, import_document
    from tutor.home import database_path

    if len(files) != 1:
        raise UserError("tutor import json takes one document", code=2)
    file = files[0]
    if not file.is_file():
        raise UserError(f"{file}: no such file")
    # Opened without the built-in path: a document brings its own collection.
    collection = database_path(state_of(ctx).db)
    created = not collection.exists()
    store = Store.open(collection)
    try:
        counts = import_document(store, file, dry_run).counts
    except DocumentError as error:
        store.close()
        if created:  # refused: leave no empty collection behind either
            for leftover in (collection, *(Path(f"{collection}{end}") for end in ("-wal", "-shm"))):
                leftover.unlink(missing_ok=True)
        raise UserError(str(error)) from None
    finally:
        store.close()
    if as_json:
        print(json.dumps({"dry_run": dry_run, "file": str(file), **counts}, indent=2))
        return
    from rich.text import Text

    summary = ", ".join(f"{name.replace('_', ' ')} {count}" for name, count in counts.items())
    verb = "Would import" if dry_run else "Imported"
    out().print(Text(f"{verb} from {file}: {summary}"))
