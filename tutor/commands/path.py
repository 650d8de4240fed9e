"""`tutor path` and `tutor check`: where you stand on a path, and the gate to the next step."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from tutor.app import (
    UserError,
    app,
    clock,
    current_settings,
    friendly,
    out,
    scheduler_for,
    state_of,
    zone,
)

if TYPE_CHECKING:
    from db import CheckAttempt, Step, Store


@app.command()
@friendly
def path(
    ctx: typer.Context,
    name: Annotated[
        Optional[str],  # noqa: UP045 - typer reads the annotation at run time
        typer.Argument(help="One path to show (default: every path)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the steps as JSON.")] = False,
) -> None:
    """Show each path's steps in order: status, cards seen, predicted recall, last check, and
    what to do next.

    Predicted recall is the mean FSRS chance of recalling each of the step's cards right
    now; cards you have not seen yet count as 0.
    """
    from db import to_ms
    from db.progress import step_tallies
    from tutor.paths import UnknownName, find_path, path_names, path_progress
    from tutor.ui_path import path_view, recall_note

    store = state_of(ctx).store()
    steps = store.all_steps()
    names = path_names(steps)
    if name is not None:
        try:
            names = [find_path(names, name)]
        except UnknownName as error:
            raise UserError(str(error)) from None
    now = clock()()
    scheduler = scheduler_for(store, fuzz=False)
    retention = current_settings(store)["desired_retention"]
    attempts = store.check_attempts()
    decay = -float(scheduler.parameters[20])
    tallies = step_tallies(
        store, to_ms(now), decay, retention, names[0] if len(names) == 1 else None
    )
    progress = {
        path_name: path_progress(
            [step for step in steps if step.path == path_name], tallies, attempts
        )
        for path_name in names
    }
    if as_json:
        print(
            json.dumps({"paths": [_path_json(n, rows) for n, rows in progress.items()]}, indent=2)
        )
        return
    console = out()
    if not names:
        console.print("No paths yet. Import entries with: tutor import PATH")
        return
    for path_name, rows in progress.items():
        console.print(path_view(path_name, rows, zone()))
        console.print()
    console.print(recall_note())


def _path_json(name: str, rows: Any) -> dict[str, Any]:
    return {
        "name": name,
        "steps": [
            {
                "position": row.step.position,
                "title": row.step.title,
                "slug": row.step.slug,
                "key": row.step.key,
                "status": row.status.value,
                "seen": row.seen,
                "total": row.total,
                "recall": row.recall,
                "weak": row.weak,
                "learning": row.learning,
                "last_check": _attempt_json(row.last_check) if row.last_check else None,
                "next": row.next_action,
            }
            for row in rows
        ],
    }


def _attempt_json(attempt: CheckAttempt) -> dict[str, Any]:
    return {
        "correct": attempt.correct,
        "total": attempt.total,
        "score": attempt.correct / attempt.total if attempt.total else 0.0,
        "passed": attempt.passed,
        "started_at": attempt.started_at.isoformat(),
        "finished_at": attempt.finished_at.isoformat(),
        "missed_sections": list(attempt.missed_sections),
    }


@app.command()
@friendly
def check(
    ctx: typer.Context,
    step: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(help="The step to check: its title, slug or alias (any case)."),
    ] = None,
    path_name: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--path", help="The path of the step, when several have one so named."),
    ] = None,
    history: Annotated[
        bool, typer.Option("--history", help="List past checks (of STEP, or all).")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="With --history: print the checks as JSON.")
    ] = False,
) -> None:
    """Check yourself on a step: up to 10 questions from its cards, graded at once.

    Pass (80% by default; `tutor config check_pass_mark`) and the next step's new cards
    start coming in `tutor review`. A later step may be checked directly: passing it
    unlocks it and every step before it. Each answer also counts as a review of its card.
    Keys: the option's number, or Enter to type an answer (Space skips); q quits (the
    answers given are kept as reviews, but no attempt is recorded).
    """
    store = state_of(ctx).store()
    chosen = _find_step(store, step, path_name) if step is not None else None
    if history:
        _show_history(store, chosen, as_json)
        return
    if chosen is None:
        raise UserError("name the step to check, e.g. tutor check frontend", code=2)
    if as_json:
        raise UserError("--json goes with --history", code=2)
    _run_check(store, chosen)


def _find_step(store: Store, name: str, path_name: str | None) -> Step:
    from tutor.paths import UnknownName, find_step

    try:
        return find_step(store.all_steps(), name, path_name)
    except UnknownName as error:
        raise UserError(str(error)) from None


def _run_check(store: Store, step: Step) -> None:
    import random

    from tutor.check import check_seed, checkable, draw
    from tutor.checking import CheckSession
    from tutor.keys import KeyReader
    from tutor.ui_path import result_view

    now = clock()
    candidates = checkable(store.cards_of_step(step.key), (step.title, *step.aliases))
    questions = draw(candidates, random.Random(check_seed(now())))
    if not questions:
        raise UserError(f"'{step.title}' has no auto-graded cards to check")
    console = out()
    with KeyReader(idle=store.checkpoint) as keys:
        session = CheckSession(
            store=store,
            scheduler=scheduler_for(store),
            clock=now,
            console=console,
            keys=keys,
            step=step,
            path_steps=store.path_steps(step.path),
            questions=questions,
            pass_mark=current_settings(store)["check_pass_mark"],
        )
        result = session.run()
    if result is not None:
        console.print()
        console.print(result_view(result))


def _show_history(store: Store, step: Step | None, as_json: bool) -> None:
    from tutor.ui_path import HistoryRow, history_view

    steps = {s.key: s for s in store.all_steps()}
    attempts = store.check_attempts(step.key if step else None)
    rows = [
        HistoryRow(steps[a.entry_key].path, steps[a.entry_key].title, a)
        for a in attempts
        if a.entry_key in steps
    ]
    if as_json:
        checks = [
            {"path": row.path, "step": row.title, "key": row.attempt.entry_key}
            | _attempt_json(row.attempt)
            for row in rows
        ]
        print(json.dumps({"checks": checks}, indent=2))
        return
    out().print(history_view(rows, zone()))
