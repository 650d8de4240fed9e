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
    paths: Annotated[list[Path], typer.Argument(help="Entry files or folders of them.")],
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
    """
    from tutor.importing import find_entry_files, plan_import, read_entries

    files, errors = find_entry_files(paths)
    parsed, parse_errors = read_entries(files)
    errors += parse_errors
    for error in errors:
        fail(str(error))
    if errors and not skip_invalid:
        raise UserError(
            f"{len(errors)} problem(s); nothing imported (--skip-invalid imports the rest)"
        )
    store = state_of(ctx).store()
    plan = plan_import(store, parsed)
    if not dry_run:
        store.save_import(plan.write, clock()())
    report_import(plan, dry_run, as_json)
    if errors:
        raise typer.Exit(1)


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
    for change in plan.changes:
        table.add_row(
            literal(change.title),
            literal(change.path),
            str(change.new),
            str(change.changed),
            str(change.retired),
            str(change.unchanged),
        )
    console = out()
    console.print(table)
    if not plan.changes_anything:
        console.print("Nothing changed: every card is already up to date.")
