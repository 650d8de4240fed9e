"""`tutor import`: entry files in, cards out."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer

from tutor.app import UserError, app, clock, fail, friendly, interrupted_means, out, state_of

# What Ctrl-C means during an import: everything is written in one transaction at the end.
NOTHING_IMPORTED = "nothing imported; the collection is as it was"


@app.command("import", short_help="Import entry files, folders, web pages, CSV or JSON as cards.")
@friendly
def import_entries(
    ctx: typer.Context,
    targets: Annotated[
        list[str],
        typer.Argument(
            metavar="TARGET...",
            help="Entry files (Markdown, text, saved .html pages), folders of them, or web "
            "page URLs; or csv FILE... (cards), json FILE (a whole collection).",
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
    """Import entry files (plain-text pages, Markdown, glossaries, web pages) as cards.

    A web page is read from a saved .html file or straight from its http(s):// address
    (its main text only: menus, footers and banners are dropped). A glossary page that
    defines many terms gives an entry for each. Everything is checked before anything is
    written. Importing the same files twice
    changes nothing; an edited entry keeps the progress of every card whose question did
    not change; cards whose source is gone are retired, their reviews kept.

    tutor import csv FILE... reads cards written in a spreadsheet (see docs/GUIDE.md);
    tutor import json FILE loads a document from tutor export json into a new
    collection. Files ending in .csv or .json are read that way too.
    """
    from tutor.interop.fetch import is_url
    from tutor.interop.importing import (
        PATH_FILE,
        find_entry_files,
        import_given,
        left_off,
        named_apart,
        read_given,
        read_pages,
        same_text,
    )

    _refuse_unfit_names(targets)
    urls = [target for target in targets if is_url(target)]
    form, paths = _form_of([Path(target) for target in targets if not is_url(target)])
    if urls and form != "entries":
        raise UserError("web pages are imported as entries, not with csv or json")
    if form == "csv":
        import_csv(ctx, paths, dry_run, as_json)
        return
    if form == "json":
        import_json(ctx, paths, dry_run, as_json)
        return

    files, errors = find_entry_files(paths)
    from tutor.phases import Phases
    from tutor.work_bar import WorkBar

    entry_files = [file for file in files if file.name != PATH_FILE]
    with _no_new_collection_unless_imported(ctx, dry_run):
        # The collection first: a file whose text it already holds need not be parsed again.
        store = state_of(ctx).store()
        # Nothing is written before the one transaction of import_given, which Ctrl-C
        # rolls back whole.
        with interrupted_means(NOTHING_IMPORTED):
            with WorkBar("Reading files", len(entry_files), show=not as_json) as bar:
                given, parse_errors = read_given(store, files, bar.advance)
            errors += parse_errors
            with Phases(show=not as_json) as fetching:
                pages, page_errors = read_pages(urls, fetching)
            given += pages
            errors += page_errors
            _list_problems(errors)
            if errors and not skip_invalid:
                _refuse(len(errors), len(given), len({item.entry.file for item in given}))
            if errors and not given:  # --skip-invalid skipped every file, or found none
                _nothing_left(len(entry_files) + len(urls))
            folders = [path for path in paths if path.is_dir()]
            with WorkBar("Making cards", len(given), show=not as_json) as bar:
                report = import_given(
                    store,
                    given,
                    clock()(),
                    dry_run=dry_run,
                    folders=folders,
                    entries_done=bar.advance,
                    unread=[error.file for error in errors],
                )
        order = _path_order(store)
        repeated = same_text(store, given, report)
    report_import(
        report,
        dry_run,
        as_json,
        order,
        named_apart=named_apart(given),
        left_off=left_off(given),
        repeated=repeated,
    )
    if not dry_run and not as_json:
        next_line = _next_after_import(store, report.changes)
        if next_line:
            from rich.text import Text

            out().print(Text(next_line))  # (a path's name may hold '[', no markup)
    if errors:
        raise typer.Exit(1)


def _next_after_import(store: Any, changes: Sequence[Any]) -> str:
    """'Next: tutor review --path Notes (7 new cards)': where the cards just made are
    studied. When today's new-card limit holds some back, a step imported alone is named
    by `--step`, which brings all its new cards past the limit (as Anki's custom study
    does); several steps are said to come over the next days. A new user imported 7
    cards, saw 4 and found no reason why until the review's last screen; '' when the
    import made no new card."""
    import shlex

    from db import Scope
    from tutor.app import current_settings, zone
    from tutor.days import allowed_today

    made: dict[str, int] = {}
    for change in changes:
        if change.new:
            made[change.path] = made.get(change.path, 0) + change.new
    if not made:
        return ""
    settings = current_settings(store)
    _, new_left, _ = allowed_today(store, settings, clock()(), zone())
    # (of unlocked steps only: a locked step's new cards come as it opens)
    waiting = sum(store.new_count(_EVERY_NEW, Scope(path=path)) for path in made)
    if not waiting:
        return ""
    if len(made) == 1:
        (path,) = made
        focus, need = f" --path {shlex.quote(path)}", waiting
    else:
        # a review of every path, whose new cards come from each path in turn
        focus, need = "", store.new_count(_EVERY_NEW)
    if need <= new_left:
        return f"Next: tutor review{focus} ({waiting:,} new card{'' if waiting == 1 else 's'})"
    limit = settings["new_per_day"]
    stepped = [change for change in changes if change.new]
    if len(stepped) == 1 or (focus and not new_left):
        # (none of them today: the review of the path would show nothing, so its first
        # step is named, as a new user had to guess it)
        first = stepped[0]
        step = shlex.quote(first.key.rsplit("/", 1)[-1])
        own = store.new_count(_EVERY_NEW, Scope(entry_key=first.key))
        later = "" if len(stepped) == 1 else "; the other steps' cards come on the days after"
        its = "its new card" if own == 1 else f"all {own:,} of its new cards"
        return (
            f"Next: tutor review{focus} --step {step} ({its}, past today's limit of {limit} "
            f"new cards{later})"
        )
    # (a review of every path takes today's new cards from all of them, these among them)
    these = (
        f"{min(new_left, waiting):,} of these {waiting:,}"
        if focus
        else f"{new_left:,} of the {need:,} new cards waiting"
    )
    return (
        f"Next: tutor review{focus} (today's limit of {limit} new cards lets {these} in, the "
        "rest on the days after; tutor review --step STEP takes all of one step's today)"
    )


# More new cards than any path holds: counts them all.
_EVERY_NEW = 10**9


@app.command()
@friendly
def preview(
    ctx: typer.Context,
    targets: Annotated[
        list[str],
        typer.Argument(metavar="TARGET...", help="Entry files, folders of them, or web page URLs."),
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print entries and cards as JSON, for scripts.")
    ] = False,
    seed: Annotated[
        int, typer.Option("--seed", help="Shuffles the options (0, as tutor import does).")
    ] = 0,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Say which maker in cards/makers/ made each card, and list the lines no card"
            " was made from.",
        ),
    ] = False,
    skip_invalid: Annotated[
        bool,
        typer.Option(
            "--skip-invalid", help="Exit 0 when some files are not valid (the rest are shown)."
        ),
    ] = False,
    no_pager: Annotated[
        bool, typer.Option("--no-pager", help="Print everything even when it is long.")
    ] = False,
) -> None:
    """Show the cards entry files would give, without saving anything.

    The cards are those tutor import would make into your collection (--db or
    TUTOR_HOME): the files given together, and the steps already on their path, lend
    each other wrong options, then the entries of your other paths. With no collection
    there yet, they are those of an import into a new one, beside the built-in System
    Basics path. Nothing is written, and no collection is made.
    """
    import sys

    from cards.__main__ import dump_json, print_tables
    from cards.generation import explained
    from tutor.interop.fetch import is_url
    from tutor.interop.importing import (
        GivenEntry,
        find_entry_files,
        generated_beside,
        read_entries,
        read_pages,
    )

    _refuse_unfit_names(targets)
    with interrupted_means("nothing was changed: preview only reads"):
        paths = [Path(target) for target in targets if not is_url(target)]
        files, errors = find_entry_files(paths)
        parsed, parse_errors = read_entries(files)
        pages, page_errors = read_pages([target for target in targets if is_url(target)])
        errors += parse_errors + page_errors
        _list_problems(errors)
        given = [GivenEntry(entry, text, "") for entry, text in parsed] + pages
        if errors and not given:
            if len(errors) == 1 and not skip_invalid:
                raise typer.Exit(1)  # its own line says all there is to say
            from tutor.ui import counted

            raise UserError(f"{counted(len(errors), 'problem')}; no valid file to show")
        with _collection_to_preview_in(ctx) as store:
            beside = list(generated_beside(store, given))
        decks = [(entry, explained(entry, others, seed)) for entry, others in beside]
        if as_json:
            dump_json(decks, sys.stdout, explain)
        else:
            from tutor.paging import show_written

            show_written(lambda stream: print_tables(decks, stream, explain), not no_pager)
        if errors and not skip_invalid:
            # (a new user's one bad file of two hid the good one's cards: the valid files
            # are shown, as nothing is saved, and the problems still fail the command)
            from tutor.ui import counted

            raise UserError(
                f"{counted(len(errors), 'problem')} (listed first); the valid files are "
                "shown; --skip-invalid exits 0 for them"
            )


@contextmanager
def _collection_to_preview_in(ctx: typer.Context) -> Iterator[Any]:
    """The learner's collection when there is one; else a new one, made in a temporary
    folder and gone afterwards (it holds the built-in path, as a new collection does)."""
    import tempfile

    from db import Store
    from tutor.home import DB_NAME
    from tutor.interop.importing import ensure_builtin

    state = state_of(ctx)
    if state.collection().is_file():
        yield state.store()
        return
    with tempfile.TemporaryDirectory(prefix="tutor-preview-") as folder:
        store = Store.open(Path(folder) / DB_NAME)
        try:
            ensure_builtin(store, clock()())
            yield store
        finally:
            store.close()


def _path_order(store: Any) -> list[str]:
    """Path names in the order `tutor path` lists them (the order they were first made)."""
    rows = store.conn.execute("SELECT name FROM path ORDER BY id")
    return [name for (name,) in rows]


MAX_PROMPTS = 20  # per list, in the text report; --json has them all
# A first import of a folder of 1,000 notes drew a table of 1,000 rows (and took Rich
# half a second): past MAX_ROWS entries the table shows the first SHOWN_ROWS.
MAX_ROWS = 40
SHOWN_ROWS = 30


def report_import(
    plan: Any,
    dry_run: bool,
    as_json: bool,
    path_order: Sequence[str] = (),
    not_applied: Sequence[Any] | None = None,
    named_apart: Sequence[Any] | None = None,
    left_off: Sequence[Any] = (),
    repeated: Sequence[Any] = (),
) -> None:
    """What an import did (or would do): a table of the entries it changes, the prompts of
    the cards it changes or retires, the CSV rows whose edits were not applied (a CSV
    import passes `not_applied`), the entries whose own file put them on another path
    than the rest of their folder (an import of entries passes `named_apart`), those
    a path file leaves out (`left_off`) and new entries that repeat a file imported before
    elsewhere (`repeated`), then one line per path, in path order."""
    from rich.table import Table
    from rich.text import Text

    from tutor.ui import literal

    if as_json:
        document: dict[str, Any] = {
            "dry_run": dry_run,
            "entries": [vars(change) for change in plan.changes],
        }
        if not_applied is not None:
            document["not_applied"] = [asdict(one) for one in not_applied]
        if named_apart is not None:
            document["path_named_in_file"] = [vars(one) for one in named_apart]
            document["same_text_as"] = [vars(one) for one in repeated]
            document["not_in_path_file"] = [
                {**vars(one), "entries": list(one.entries)} for one in left_off
            ]
        print(json.dumps(document, indent=2))
        return
    console = out()
    rank = {name: index for index, name in enumerate(path_order)}
    changes = sorted(plan.changes, key=lambda c: (rank.get(c.path, len(rank)), c.path.casefold()))
    touched = [
        c
        for c in changes
        if c.new or c.changed or c.retired or c.step_retired or c.not_applied or c.added
    ]
    if touched:
        table = Table(title="Would import" if dry_run else "Imported", title_justify="left")
        columns = ["entry", "path", "new", "changed", "retired", "unchanged"]
        if not_applied:
            columns.insert(4, "not applied")
        for column in columns:
            table.add_column(column, justify="left" if column in ("entry", "path") else "right")
        shown = touched if len(touched) <= MAX_ROWS else touched[:SHOWN_ROWS]
        for change in shown:
            title = literal(change.title)
            if change.moved_to:
                title.append(" (moved to ", style="yellow")
                title.append(literal(change.moved_to, "yellow"))
                title.append(")", style="yellow")
            elif change.dropped:
                title.append(" (no longer in its file)", style="yellow")
            elif change.step_retired:
                title.append(" (file gone)", style="yellow")
            counts = [change.new, change.changed, change.retired, change.unchanged]
            if not_applied:
                counts.insert(2, change.not_applied)
            table.add_row(title, literal(change.path), *map(str, counts))
        console.print(table)
        if len(shown) < len(touched):
            console.print(
                f"... and {len(touched) - len(shown):,} more entries, counted below"
                " (--json lists every one)"
            )
    verb = "would be" if dry_run else "are"
    # New cards are listed only beside an edit (a question reworded is one card retired
    # and one new); a first import's new cards are counted, not listed.
    edited = [c for c in touched if c.changed or c.retired or c.unchanged]
    for attribute, heading, among in (
        ("retired_cards", f"Cards that {verb} retired (their reviews are kept):", touched),
        ("changed_cards", f"Cards that {verb} changed in place (progress kept):", touched),
        ("new_cards", "New cards in entries imported before:", edited),
    ):
        listed = [(c.title, prompt) for c in among for prompt in getattr(c, attribute)]
        if not listed:
            continue
        console.print(Text(heading, style="bold"))
        for title, prompt in listed[:MAX_PROMPTS]:
            console.print(
                Text.assemble("  ", literal(title, "dim"), ": ", literal(prompt)), soft_wrap=True
            )
        if len(listed) > MAX_PROMPTS:
            console.print(f"  ... and {len(listed) - MAX_PROMPTS} more (--json lists them all)")
    if not_applied:
        _report_not_applied(not_applied)
    for one in named_apart or ():
        console.print(_named_apart_line(one))
    for one in left_off:
        console.print(_left_off_line(one))
    for one in repeated:
        console.print(_repeated_line(one, dry_run))
    for path, entries in _by_path(changes):
        console.print(_path_line(path, entries))
    if not plan.changes_anything:
        if not_applied:
            console.print("Nothing changed (the edits listed above are not applied).")
        else:
            console.print("Nothing changed: every card is already up to date.")


def _repeated_line(one: Any, dry_run: bool) -> Any:
    """'Git (dl/git.txt) is the same file as Git on the path 'Web' (web/git.txt): its cards
    are now asked twice; tutor path remove dl takes the copy out.'"""
    from rich.text import Text

    from cards import slugify
    from tutor.ui import literal

    now = "would be" if dry_run else "are now"
    same_path = one.path == one.other_path
    remedy = (
        "delete one file and import its folder again"
        if same_path
        else f"tutor path remove {slugify(one.path)} takes the copy out"
    )
    return Text.assemble(
        literal(one.entry, "bold"),
        " (",
        literal(one.file),
        ") is the same file as ",
        literal(one.other_entry, "bold"),
        " on the path '",
        literal(one.other_path),
        "' (",
        literal(one.other_file),
        f"): its cards {now} asked twice; {remedy}.",
        style="yellow",
    )


def _left_off_line(one: Any) -> Any:
    """'HTTP caching, JSON, REST and 2 more are not in web/_path.txt: they stay on the path
    'Web', not 'Web Basics'; list them in the file to put them there.'"""
    from rich.text import Text

    from tutor.ui import literal

    titles = list(one.entries)
    if len(titles) > 3:
        names = f"{', '.join(titles[:3])} and {len(titles) - 3} more"
    elif len(titles) > 1:
        names = f"{', '.join(titles[:-1])} and {titles[-1]}"
    else:
        names = titles[0]
    are, they, them = ("is", "it stays", "it") if len(titles) == 1 else ("are", "they stay", "them")
    return Text.assemble(
        literal(names, "bold"),
        f" {are} not in ",
        literal(one.path_file),
        f": {they} on the path '",
        literal(one.folder_path),
        "', not '",
        literal(one.path),
        f"'; list {them} in the file to put {them} there.",
        style="yellow",
    )


def _named_apart_line(one: Any) -> Any:
    """'CORS (notes/cors.txt) joins the path 'Web Basics' that its line '...' names, ...'."""
    from rich.text import Text

    from tutor.ui import literal

    by, what = (
        (Text.assemble(" that its line '", literal(one.line), "' names"), "that line")
        if one.line
        else (Text(" that its file names"), "the path")
    )
    return Text.assemble(
        literal(one.entry, "bold"),
        " (",
        literal(one.file),
        ") joins the path '",
        literal(one.path),
        "'",
        by,
        ", not '",
        literal(one.folder_path),
        "' with the rest of its folder; to keep it with them, take ",
        what,
        " out of the file or list the entry in ",
        literal(str(Path(one.file).parent / "_path.txt")),
        ".",
    )


def _where_to_edit(source: str) -> Any:
    """'edit notes/cors.md' for a file; a built-in entry or a web page is not the learner's."""
    from tutor.home import BUILT_IN
    from tutor.interop.fetch import is_url
    from tutor.ui import literal

    if source.startswith(BUILT_IN) or is_url(source):
        return literal(f"made from {source}, which tutor does not edit")
    return literal(f"edit {source}")


def _report_not_applied(rows: Sequence[Any]) -> None:
    """The CSV rows that edit a card another file makes, file by file, with that file."""
    from rich.text import Text

    from tutor.ui import literal

    console = out()
    by_file: dict[str, list[Any]] = {}
    for one in rows:
        by_file.setdefault(one.file, []).append(one)
    for file, mine in by_file.items():
        count = len(mine)
        console.print(
            Text.assemble(
                ("Not applied: ", "bold yellow"),
                f"{count:,} row{'' if count == 1 else 's'} of ",
                literal(Path(file).name),
                f" edit{'s' if count == 1 else ''} a card made from another file, which makes"
                " it again at each import; edit that file instead and import it again:",
            )
        )
        for one in mine[:MAX_PROMPTS]:
            console.print(
                Text.assemble(
                    f"  row {one.row}, ",
                    literal(one.entry, "dim"),
                    ": ",
                    literal(one.prompt),
                    " (",
                    _where_to_edit(one.edit_in),
                    ")",
                ),
                soft_wrap=True,
            )
        if count > MAX_PROMPTS:
            console.print(f"  ... and {count - MAX_PROMPTS:,} more (--json lists them all)")


def _by_path(changes: Sequence[Any]) -> list[tuple[str, list[Any]]]:
    grouped: dict[str, list[Any]] = {}
    for change in changes:
        grouped.setdefault(change.path, []).append(change)
    return list(grouped.items())


def _path_line(path: str, entries: Sequence[Any]) -> Any:
    """'Garden Basics: 3 entries, 21 cards (2 new, 1 retired)'."""
    from rich.text import Text

    from tutor.ui import literal

    live = [entry for entry in entries if not entry.step_retired]
    cards = sum(entry.new + entry.changed + entry.unchanged + entry.not_applied for entry in live)
    counts = [
        (sum(entry.new for entry in entries), "new"),
        (sum(entry.changed for entry in entries), "changed"),
        (sum(entry.retired for entry in entries), "retired"),
    ]
    refused = sum(entry.not_applied for entry in entries)
    if refused:
        counts.append((refused, "edit not applied" if refused == 1 else "edits not applied"))
    moved = sum(bool(entry.moved_to) for entry in entries)
    dropped = sum(entry.dropped for entry in entries)
    gone = sum(entry.step_retired for entry in entries) - moved - dropped
    empty = [
        entry.title
        for entry in live
        if entry.added and not (entry.new + entry.changed + entry.unchanged + entry.not_applied)
    ]
    what = ", ".join(f"{count:,} {word}" for count, word in counts if count)
    if empty:  # a new entry is not 'unchanged', and the learner should know it gives nothing
        # Named when they are few: which page to look at ('tutor preview FILE' says why).
        gives = (
            f"{' and '.join(repr(title) for title in empty)} "
            f"{'gives' if len(empty) == 1 else 'give'} no cards"
            if len(empty) <= 2
            else f"{len(empty)} new entries give no cards"
        ) + ", tutor preview says why"
        what = f"{what}; {gives}" if what else gives
    what = what or "unchanged"
    if gone:
        what += f"; {gone} step{'' if gone == 1 else 's'} retired, file gone"
    if moved:
        what += f"; {moved} step{'' if moved == 1 else 's'} moved to another path"
    if dropped:
        steps = "step" if dropped == 1 else "steps"
        what += (
            f"; {dropped} {steps} retired, no longer in {'its' if dropped == 1 else 'their'} file"
        )
    noun = "entry" if len(live) == 1 else "entries"
    made = f"{cards:,} card{'' if cards == 1 else 's'}"
    return Text.assemble(literal(path, "bold"), f": {len(live):,} {noun}, {made} ({what})")


_FORMS = {"csv": ".csv", "json": ".json"}
_ANKI_SUFFIXES = {".apkg", ".colpkg", ".anki2"}


def _form_of(paths: list[Path]) -> tuple[str, list[Path]]:
    """Which import this is: 'entries', 'csv' or 'json', and the files it names.

    `tutor import csv FILE` names the form in a word (unless a file or folder of that name
    exists); otherwise a .csv or .json suffix decides. One form per command.
    """
    anki = next((path for path in paths if path.suffix.lower() in _ANKI_SUFFIXES), None)
    if anki is not None:  # read as text it 'looks binary', which says nothing of what to do
        raise UserError(
            f"{anki}: an Anki package, which tutor does not read; import the pages the cards "
            "came from, or the cards as CSV (export them from Anki as plain text)"
        )
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
    return (forms.pop() if forms else "entries"), paths


# How many problems a terminal shows before the rest are counted: a folder of 800 copies
# of one note printed 792 lines of the same clash.
SHOWN_PROBLEMS = 20


def _list_problems(errors: Sequence[object]) -> None:
    """One line per problem on stderr; on a terminal, the first `SHOWN_PROBLEMS` and a
    count of the rest (a log or a pipe gets every one)."""
    import sys

    shown = errors if not sys.stderr.isatty() else errors[:SHOWN_PROBLEMS]
    for error in shown:
        fail(str(error))
    if len(shown) < len(errors):
        more = len(errors) - len(shown)
        fail(f"... and {more} more problems (all of them: the same command with 2> FILE)")


def _refuse(problems: int, valid: int, files: int) -> None:
    """End an import that found `problems` beside `valid` entries (in `files` files) it
    could import: a line that adds to the problems' own, or none (one missing file says
    all there is to say). It counts files, as the learner gave them, and the entries
    when a file holds several (a glossary, a comparison)."""
    if not valid and problems == 1:
        raise typer.Exit(1)
    counted = f"{problems} problem{'s' if problems > 1 else ''}; nothing imported"
    if not valid:
        raise UserError(counted)
    good = f"{files} good files" if files > 1 else "good file"
    if valid != files:
        good += f" ({valid} entries)"
    raise UserError(f"{counted} (--skip-invalid imports the {good})")


def _refuse_unfit_names(targets: Sequence[str]) -> None:
    """An empty argument (`tutor import "$NOTES"` with NOTES unset) would be read as the
    current folder, and everything under it imported: refused instead. So is an address
    tutor cannot fetch (`ftp://...`), which would be looked for as a file."""
    from tutor.interop.fetch import is_url

    for target in targets:
        if not target.strip():
            raise UserError("'': an empty name is no file, folder or web address", code=2)
        if "://" in target and not is_url(target) and not Path(target).exists():
            raise UserError(f"{target}: only http:// and https:// addresses are fetched", code=2)


@contextmanager
def _no_new_collection_unless_imported(ctx: typer.Context, dry_run: bool) -> Iterator[None]:
    """A collection this import makes is removed again when the import is refused or
    stopped, or was a dry run: `tutor --db new.sqlite3 import notes/` with a bad file, or
    `--dry-run`, leaves no new file behind (the collection it was would be empty)."""
    state = state_of(ctx)
    made = not state.collection().exists()
    state.holds_made = True  # said at the end, if the collection is kept
    try:
        yield
    except BaseException:
        if made:
            _unmake(state)
        raise
    if made and dry_run:
        _unmake(state)


def _unmake(state: Any) -> None:
    collection = state.collection()
    state.take_made()  # not to be said: it is gone again
    state.close()
    for leftover in (collection, *(Path(f"{collection}{end}") for end in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)


def _nothing_left(files: int) -> None:
    """End an import with --skip-invalid that has nothing valid to import: an exit code
    of 1 and a line saying so, as when the same import without it is refused (a script's
    `tutor import --skip-invalid notes/ && tutor review` stops there)."""
    if not files:
        raise UserError("nothing imported: no entry files to import")
    counted = f"{files:,} file{'s' if files > 1 else ''}"
    raise UserError(f"nothing imported: every file was skipped as invalid ({counted})")


def import_csv(ctx: typer.Context, files: list[Path], dry_run: bool, as_json: bool) -> None:
    """Cards from CSV files, in one transaction: each file is read once, its rows checked
    and written as they come; the first bad row rolls back everything (nothing imported).
    """
    from contextlib import ExitStack, closing

    from tutor.interop.csv_cards import CardsFileError, CsvImport, open_csv, size_of
    from tutor.interop.importing import ImportReport
    from tutor.work_bar import WorkBar
    from tutor.workers import ChildLost

    with ExitStack() as stack:
        opened = []
        for file in files:
            try:
                handle = open_csv(file)
            except CardsFileError as error:
                raise UserError(str(error)) from None
            except OSError as error:
                raise UserError(f"{file}: cannot read ({error.strerror})") from None
            stack.callback(handle.close)
            opened.append((file, handle))
        size = sum(size_of(handle) for _, handle in opened)
        with _no_new_collection_unless_imported(ctx, dry_run):
            store = state_of(ctx).store()
            now = clock()()
            planner = CsvImport(store, now)
            with (
                WorkBar("Importing cards", size, show=not as_json, in_bytes=True) as bar,
                interrupted_means(NOTHING_IMPORTED),
            ):
                writes = stack.enter_context(closing(planner.writes(opened, bar.advance)))
                try:
                    if dry_run:
                        for _ in writes:
                            pass
                    else:
                        store.save_imports(writes, now, cache_mib=16)  # rolled back whole
                except (CardsFileError, ChildLost) as error:  # ChildLost: the child died
                    raise UserError(f"{error}; nothing imported") from None
            changes, not_applied = planner.changes(), planner.not_applied()
    report_import(ImportReport(changes), dry_run, as_json, not_applied=not_applied)


def import_json(ctx: typer.Context, files: list[Path], dry_run: bool, as_json: bool) -> None:
    """A whole collection from a tutor-collection document, into a collection still empty."""
    from db import Store
    from tutor.home import database_path
    from tutor.interop.document import DocumentError, import_document

    if len(files) != 1:
        raise UserError("tutor import json takes one document", code=2)
    file = files[0]
    if not file.exists():
        raise UserError(f"{file}: no such file")
    if not file.is_file():
        raise UserError(f"{file}: not a regular file (a folder, device, pipe or socket)")
    from shlex import quote

    state_of(ctx).refuse_unfit_location(instead=f"tutor --create import json {quote(str(file))}")
    # Opened without the built-in path: a document brings its own collection.
    collection = database_path(state_of(ctx).db)
    created = not collection.exists()
    store = Store.open(collection)
    try:
        counts = import_document(store, file, dry_run).counts
    except (DocumentError, KeyboardInterrupt) as error:
        store.close()
        if created:  # refused or stopped: leave no empty collection behind either
            for leftover in (collection, *(Path(f"{collection}{end}") for end in ("-wal", "-shm"))):
                leftover.unlink(missing_ok=True)
        if isinstance(error, KeyboardInterrupt):  # its one transaction was rolled back
            raise UserError(f"interrupted; {NOTHING_IMPORTED}", code=130) from None
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
