"""`tutor doctor`: check the collection and repair what can be repaired."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from tutor.app import UserError, app, fail, friendly, out, scheduler_for, state_of


@app.command()
@friendly
def doctor(
    ctx: typer.Context,
    fix: Annotated[
        bool,
        typer.Option("--fix", help="Repair what was found (a copy of the file is taken first)."),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the findings as JSON.")] = False,
) -> None:
    """Check the collection: the file's integrity, every card's state against its review
    log, and rows that point at nothing. --fix repairs them.

    Exit status 0 when the collection is sound (or was repaired), 1 when problems remain.
    """
    import sqlite3

    from db.store import describe
    from tutor import doctor as rules
    from tutor.scheduling import earlier_schedulers

    store = state_of(ctx).store(damaged_ok=True)
    try:
        scheduler = scheduler_for(store, fuzz=False)
        earlier = earlier_schedulers(store.settings(), scheduler.desired_retention)
    except sqlite3.DatabaseError:
        # The settings cannot be read: the integrity check below says why, and stops there.
        from tutor.scheduling import make_scheduler

        scheduler, earlier = make_scheduler(0.9, None, fuzz=False), []
    copy = None
    fixed: list[Any] = []
    try:
        found = rules.examine(store, scheduler, earlier)
        if fix and not found.sound and found.repairable:
            copy = rules.repair(store, found)
            fixed = found.problems
            found = rules.examine(store, scheduler, earlier)
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
    for problem in found.problems:
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
