"""The `tutor` command line: a thin layer of typer commands over the rules and the Store.

Module-level imports are kept to typer alone so that `tutor --help` starts fast; each
command imports what it needs when it runs.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional, TypeVar

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from db import Store

app = typer.Typer(
    name="tutor",
    help="Learn concept paths in the terminal: flashcards and checks, scheduled with FSRS.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])


class UserError(Exception):
    """An expected problem: printed as one line on stderr, then exit with `code`."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


class State:
    """What the app-wide options chose, and the collection, opened on first use."""

    def __init__(self, db: Path | None) -> None:
        self.db = db
        self._store: Store | None = None

    def store(self) -> Store:
        if self._store is None:
            from db import Store
            from tutor.home import database_path
            from tutor.importing import ensure_builtin

            store = Store.open(database_path(self.db))
            ensure_builtin(store, clock()())
            self._store = store
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def out() -> Console:
    from rich.console import Console

    return Console(highlight=False)


def err() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def clock() -> Callable[[], Any]:
    from tutor.clock import system_clock

    return system_clock()


def fail(message: str) -> None:
    """Print `tutor: message` on stderr, literally (the message may quote user input)."""
    from rich.text import Text

    from tutor.ui import clean

    err().print(Text(f"tutor: {clean(message)}"), soft_wrap=True)


def friendly(function: F) -> F:
    """Turn expected errors into one line on stderr and an exit code; never a traceback."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from cards import ParseError
        from db import StoreError
        from tutor.clock import ClockError
        from tutor.settings import SettingError

        try:
            return function(*args, **kwargs)
        except UserError as error:
            fail(str(error))
            raise typer.Exit(error.code) from None
        except (SettingError, ClockError) as error:
            fail(str(error))
            raise typer.Exit(2) from None
        except (StoreError, ParseError) as error:
            fail(str(error))
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            fail("interrupted; every answer shown as saved is kept")
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def state_of(ctx: typer.Context) -> State:
    state = ctx.find_root().obj
    assert isinstance(state, State)
    return state


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        Optional[Path],  # noqa: UP045 - typer reads the annotation at run time
        typer.Option(
            "--db",
            help="Collection file to use (default: $TUTOR_HOME/tutor.sqlite3, "
            "else the user data directory).",
            envvar=None,
        ),
    ] = None,
) -> None:
    """Learn concept paths in the terminal: flashcards and checks, scheduled with FSRS."""
    state = State(db)
    ctx.obj = state
    ctx.call_on_close(state.close)


# -- review -------------------------------------------------------------------------------


@app.command()
@friendly
def review(ctx: typer.Context) -> None:
    """Review the cards due today, then new cards of unlocked steps.

    Keys: Space/Enter reveal; 1 Again, 2 Hard, 3 Good, 4 Easy (Enter/Space = Good);
    for choices the option's number; u undo, s suspend, q quit (answers are kept).
    """
    from tutor.keys import KeyReader
    from tutor.review import Session
    from tutor.ui import summary_view

    state = state_of(ctx)
    store = state.store()
    console = out()
    with KeyReader() as keys:
        session = Session(
            store=store,
            scheduler=scheduler_for(store),
            settings=current_settings(store),
            clock=clock(),
            zone=zone(),
            console=console,
            keys=keys,
        )
        summary = session.run()
    console.print()
    console.print(summary_view(summary))


def current_settings(store: Store) -> dict[str, Any]:
    from tutor.settings import effective

    return effective(store.settings())


def scheduler_for(store: Store, fuzz: bool = True) -> Any:
    from tutor.scheduling import make_scheduler

    stored = store.settings()
    values = current_settings(store)
    return make_scheduler(values["desired_retention"], stored.get("fsrs_parameters"), fuzz=fuzz)


def zone() -> Any:
    from tutor.days import local_zone

    return local_zone()


# -- import and preview -------------------------------------------------------------------


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


# -- settings -----------------------------------------------------------------------------


@app.command()
@friendly
def config(
    ctx: typer.Context,
    name: Annotated[Optional[str], typer.Argument(help="Setting to show or set.")] = None,  # noqa: UP045
    value: Annotated[Optional[str], typer.Argument(help="New value.")] = None,  # noqa: UP045
    as_json: Annotated[bool, typer.Option("--json", help="Print settings as JSON.")] = False,
) -> None:
    """Show the settings, or set one: tutor config desired_retention 0.85.

    desired_retention 0.70-0.99, new_per_day, reviews_per_day, day_start_hour 0-23,
    check_pass_mark 0.5-1.0.
    """
    from rich.table import Table

    from tutor.settings import SETTINGS, SettingError, parse_setting

    if name is not None and name not in SETTINGS:
        raise SettingError(f"unknown setting {name!r} (known: {', '.join(SETTINGS)})")
    parsed = parse_setting(name, value) if name is not None and value is not None else None
    store = state_of(ctx).store()
    if parsed is not None and name is not None:
        store.set_settings({name: parsed})
    values = current_settings(store)
    shown = {name: values[name]} if name else values
    if as_json:
        print(json.dumps(shown, indent=2))
        return
    table = Table(show_header=False, box=None, padding=(0, 2))
    for key, current in shown.items():
        table.add_row(key, str(current), SETTINGS[key].help)
    out().print(table)


def main() -> None:
    """Entry point of the `tutor` script and `python -m tutor`."""
    try:
        app()
    except BrokenPipeError:  # e.g. `tutor config | head -1`
        sys.stderr.close()
        sys.exit(1)
