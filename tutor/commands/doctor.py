"""`tutor doctor`: check the collection and repair what can be repaired."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from tutor.app import (
    UserError,
    app,
    fail,
    friendly,
    interrupted_means,
    out,
    scheduler_for,
    state_of,
)

# Problems of one kind shown in the report; a collection with 70k wrong states printed
# 220k lines (a third of the doctor's time). --json lists them all.
EXAMPLES = 3

# What Ctrl-C meant: the check only reads; each repair (states, orphans, the step
# summaries) is one transaction, taken after a copy of the file.
CHANGED_NOTHING = "nothing was changed: the check only reads the collection"
REPAIR_CUT_SHORT = (
    "the repair was cut short: each of its parts is whole or not made at all;"
    " tutor doctor shows what remains"
)


@app.command(short_help="Check the collection's file, card states and review logs.")
@friendly
def doctor(
    ctx: typer.Context,
    fix: Annotated[
        bool,
        typer.Option("--fix", help="Repair what was found (a copy of the file is taken first)."),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the findings as JSON.")] = False,
    thorough: Annotated[
        bool,
        typer.Option(
            "--thorough",
            help="Also check that every index holds exactly its table's rows (slow: about "
            "ten times the quick check of the file).",
        ),
    ] = False,
) -> None:
    """Check the collection: the file's integrity, every card's state against its review
    log, and rows that point at nothing. --fix repairs them.

    Problems are summed up by kind with a few examples each; --json lists every one.
    Exit status 0 when the collection is sound (or was repaired), 1 when problems remain.
    """
    import sqlite3

    from db.store import describe
    from tutor.memory import doctor as rules
    from tutor.memory.scheduling import earlier_schedulers
    from tutor.work_bar import WorkBar

    store = state_of(ctx).store(damaged_ok=True)
    try:
        scheduler = scheduler_for(store, fuzz=False)
        earlier = earlier_schedulers(store.settings(), scheduler.desired_retention)
    except sqlite3.DatabaseError:
        # The settings cannot be read: the integrity check below says why, and stops there.
        from tutor.memory.scheduling import make_scheduler

        scheduler, earlier = make_scheduler(0.9, None, fuzz=False), []
    copy = None
    fixed: list[Any] = []
    cards = store.card_count()
    try:
        with (
            interrupted_means(CHANGED_NOTHING),
            WorkBar("Replaying review logs", cards, show=not as_json) as bar,
        ):
            found = rules.examine(store, scheduler, earlier, bar.advance, thorough)
        if fix and not found.sound and found.repairable:
            with interrupted_means(REPAIR_CUT_SHORT):
                copy = rules.repair(store, found)
            fixed = found.problems
            with (
                interrupted_means(
                    f"the repairs are made (the file was copied first to {copy});"
                    " tutor doctor checks them again"
                ),
                WorkBar("Checking the repair", cards, show=not as_json) as bar,
            ):
                found = rules.examine(store, scheduler, earlier, bar.advance, thorough)
    except sqlite3.DatabaseError as error:
        raise UserError(describe(error, store.path)) from None
    if as_json:
        print(
            json.dumps(
                {
                    "integrity": found.integrity,
                    "cards": found.cards,
                    "reviews": found.reviews,
                    "repaired": [problem.as_dict() for problem in fixed],
                    "copy": str(copy) if copy else None,
                    "problems": [problem.as_dict() for problem in found.problems],
                },
                indent=2,
            )
        )
    else:
        _report(found, fixed, copy, fix)
    if not found.sound:
        raise typer.Exit(1)


def _by_kind(problems: list[Any]) -> dict[str, list[Any]]:
    kinds: dict[str, list[Any]] = {}
    for problem in problems:
        kinds.setdefault(problem.kind, []).append(problem)
    return kinds


def _report(found: Any, fixed: list[Any], copy: Any, fix: bool) -> None:
    from rich.text import Text

    from tutor.ui import literal

    console = out()
    integrity = "ok" if found.integrity == ["ok"] else "FAILED"
    console.print(
        Text(
            f"file integrity: {integrity} · {found.cards} cards · {found.reviews} reviews replayed"
        )
    )
    if fixed:
        console.print(
            Text.assemble(
                (f"repaired {len(fixed)} problem(s); copy taken first: ", "green"),
                literal(str(copy)),
            )
        )
    for kind, problems in _by_kind(found.problems).items():
        if len(problems) > EXAMPLES:
            console.print(
                Text(
                    f"{kind}: {len(problems):,} problems, {EXAMPLES} of them below"
                    " (tutor doctor --json lists every one)",
                    style="bold",
                )
            )
        for problem in problems[:EXAMPLES]:
            line = Text.assemble((f"{problem.kind}: ", "bold"), literal(problem.subject))
            line.append("\n    ")
            line.append_text(literal(problem.detail))
            if problem.repair:
                line.append(f"\n    --fix would {problem.repair}", style="dim")
            console.print(line)
    if found.sound:
        console.print(Text("no problems found" if not fixed else "no problems remain"))
    elif fix or not found.repairable:
        fail(
            f"{len(found.problems)} problem(s) remain that the doctor cannot repair"
            + ("; restore a backup of the file" if found.integrity != ["ok"] else "")
        )
    else:
        fail(f"{len(found.problems)} problem(s); run `tutor doctor --fix` to repair them")
