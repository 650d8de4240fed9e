"""`tutor path` and `tutor check`: where you stand on a path, and the gate to the next step."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from tutor.app import (
    ANSWERS_KEPT,
    UserError,
    app,
    clock,
    current_settings,
    friendly,
    interrupted_means,
    out,
    scheduler_for,
    state_of,
    zone,
)

if TYPE_CHECKING:
    from rich.text import Text

    from db import Step, Store


PATH_ACTIONS = ("remove", "hide", "show")


@app.command(short_help="Show each path's steps: status, cards seen, recall, what next.")
@friendly
def path(
    ctx: typer.Context,
    words: Annotated[
        Optional[list[str]],  # noqa: UP045 - typer reads the annotation at run time
        typer.Argument(
            help="One path to show (default: every path); or remove NAME, hide NAME, show NAME.",
            metavar="[NAME | remove NAME | hide NAME | show NAME]",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the steps as JSON.")] = False,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Remove without asking for confirmation.")
    ] = False,
) -> None:
    """Show each path's steps in order: status, cards seen, predicted recall, last check, and
    what to do next. Hide, show or remove a path (the built-in one too).

    Predicted recall is the mean FSRS chance of recalling each of the step's cards right
    now; cards you have not seen yet count as 0.

    tutor path hide NAME: its cards leave reviews (progress kept) until tutor path show
    NAME. tutor path remove NAME: its steps and cards are retired after you confirm; the
    reviews stay in the log, and importing its files again brings it back.
    """
    from db import to_ms
    from db.progress import step_tallies
    from tutor.progress.path_view import fold_note, pass_note, path_view, recall_note
    from tutor.progress.paths import (
        FOLD_FROM,
        READY,
        UnknownName,
        find_path,
        fold_runs,
        path_names,
        path_progress,
    )

    words = words or []
    store = state_of(ctx).store()
    steps = store.all_steps()
    names = path_names(steps)
    if words and words[0] in PATH_ACTIONS and (len(words) > 1 or words[0] not in names):
        if len(words) != 2:
            raise UserError(f"name one path: tutor path {words[0]} NAME", code=2)
        if as_json:  # a script would read the line it prints as a failure to parse
            raise UserError(f"--json lists the steps; tutor path {words[0]} has none", code=2)
        _change_path(store, words[0], _find_path(names, words[1]), yes)
        return
    if len(words) > 1:
        raise UserError("name one path, or: tutor path remove|hide|show NAME", code=2)
    if words:
        try:
            names = [find_path(names, words[0])]
        except UnknownName as error:
            raise UserError(str(error)) from None
    now = clock()()
    scheduler = scheduler_for(store, fuzz=False)
    settings = current_settings(store)
    retention = settings["desired_retention"]
    attempts = store.check_attempts()
    decay = -float(scheduler.parameters[20])
    tallies = step_tallies(
        store, to_ms(now), decay, retention, names[0] if len(names) == 1 else None
    )
    from db.standing import hidden_paths
    from tutor.days import new_limit_reached
    from tutor.progress.paths import when_hidden, when_new_used

    hidden = hidden_paths(store)
    progress = {
        path_name: path_progress(
            [step for step in steps if step.path == path_name], tallies, attempts
        )
        for path_name in names
    }
    for path_name in hidden & set(progress):
        progress[path_name] = [when_hidden(row) for row in progress[path_name]]
    if new_limit_reached(store, settings, now, zone()):  # as `tutor` and the summary say
        for path_name in set(progress) - hidden:
            progress[path_name] = [when_new_used(row) for row in progress[path_name]]
    if as_json:
        print(
            json.dumps(
                {"paths": [_path_json(n, rows, n in hidden) for n, rows in progress.items()]},
                indent=2,
            )
        )
        return
    console = out()
    if not names:
        console.print("No paths yet. Import entries with: tutor import PATH")
        return
    # Every path at once, when they are long, shows where the learner is: the runs of
    # passed and locked steps around it are one line each (1,000 steps: 60 lines).
    fold = not words and sum(len(rows) for rows in progress.values()) > FOLD_FROM
    folded = False
    for path_name, rows in progress.items():
        shown = fold_runs(rows) if fold else rows
        folded = folded or len(shown) < len(rows)
        console.print(path_view(path_name, shown, zone(), hidden=path_name in hidden))
        console.print()
    console.print(recall_note())
    if folded:
        console.print(fold_note())
    # Said where a check is near: a step ready for one, or one taken.
    if any(
        row.next_action == READY or row.last_check for rows in progress.values() for row in rows
    ):
        console.print(pass_note(settings["check_pass_mark"]))


def _find_path(names: list[str], wanted: str) -> str:
    from tutor.progress.paths import UnknownName, find_path

    try:
        return find_path(names, wanted)
    except UnknownName as error:
        raise UserError(str(error)) from None


def _change_path(store: Store, action: str, name: str, yes: bool) -> None:
    """Hide, show or remove one path, saying what it holds; remove asks first."""
    from rich.text import Text

    from cards import slugify
    from db.standing import hide_path, path_counts, remove_path, show_path
    from tutor.ui import literal

    counts = path_counts(store, name)
    held = (
        f"{counts.steps} step{'' if counts.steps == 1 else 's'}, {counts.cards} cards "
        f"({counts.reviewed} reviewed)"
    )
    console = out()
    if action == "hide":
        hide_path(store, name, clock()())
        console.print(Text.assemble("Hidden ", literal(name, "bold"), f": {held}, progress kept."))
        console.print(f"Its cards are out of reviews until: tutor path show {slugify(name)}")
    elif action == "show":
        show_path(store, name)
        console.print(
            Text.assemble("Shown ", literal(name, "bold"), f": {held} are in reviews again.")
        )
    else:
        question = Text.assemble(
            "Remove ",
            literal(name, "bold"),
            f": {held}? {_its_reviews(counts.reviews)} in the log. [y/N] ",
        )
        if not yes and not _confirmed(question):
            raise UserError(f"'{name}' not removed")
        remove_path(store, name, clock()())
        console.print(
            Text.assemble(
                "Removed ",
                literal(name, "bold"),
                f": {held} retired, reviews kept. Importing its files again brings it back.",
            )
        )


def _its_reviews(count: int) -> str:
    """'Its 3 reviews stay', 'Its 1 review stays', 'It has no reviews to keep'."""
    if count == 0:
        return "It has no reviews to keep"
    return f"Its {count:,} review stays" if count == 1 else f"Its {count:,} reviews stay"


def _confirmed(question: object) -> bool:
    import sys

    console = out()
    try:  # Ctrl-C as soon as the question shows, or while it waits
        console.print(question, end="", soft_wrap=True)
        answer = sys.stdin.readline()
    except KeyboardInterrupt:
        console.print()  # end the question's line before the error's
        raise UserError("interrupted; nothing removed", code=130) from None
    if not sys.stdin.isatty():
        console.print()  # the answer was not echoed: end the question's line
    return answer.strip().casefold() in ("y", "yes")


def _path_json(name: str, rows: Any, hidden: bool = False) -> dict[str, Any]:
    from tutor.progress.paths import step_json

    return {"name": name, "hidden": hidden, "steps": [step_json(row) for row in rows]}


@app.command(short_help="Check yourself on a step; a pass opens the next one.")
@friendly
def check(
    ctx: typer.Context,
    step: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(
            metavar="STEP", help="The step to check: its title, slug or alias (any case)."
        ),
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
    """Check yourself on a step: up to 10 questions from its cards, of mixed kinds.

    Pass (80% right by default, rounded up: 8 of 10 questions, 4 of 4 on a step with
    only 4 to ask; `tutor config check_pass_mark`) and the next step's new cards start
    coming in `tutor review`. A later step may be checked directly: passing it
    unlocks it and every step before it. Each answer also counts as a review of its card.
    Choice and typed questions are graded for you; self-graded ones are revealed and you
    judge whether you knew them (1 no, 2-4 yes), and the result says how many. Options
    are shuffled afresh and a retake within a day asks other questions where the step
    has them. Keys: the option's number (Space shows the answer, counted as missed); on a
    typed question just type, Enter submits, Space on an empty field skips; q quits
    (answers so far are kept as reviews, no attempt is recorded); ? shows the keys.
    """
    state = state_of(ctx)
    store = state.store(clears_screen=not history)
    chosen = _find_step(store, step, path_name) if step is not None else None
    if history:
        _show_history(store, chosen, as_json)
        return
    if chosen is None:
        raise UserError("name the step to check, e.g. tutor check frontend", code=2)
    if as_json:
        raise UserError("--json goes with --history", code=2)
    _run_check(store, chosen, state.take_made())


def _find_step(store: Store, name: str, path_name: str | None) -> Step:
    from tutor.progress.paths import UnknownName, find_step

    try:
        return find_step(store.all_steps(), name, path_name)
    except UnknownName as error:
        raise UserError(str(error)) from None


def _run_check(store: Store, step: Step, opening: Text | None = None) -> None:
    from rich.constrain import Constrain

    from tutor.check.session import take_check
    from tutor.check.views import result_view
    from tutor.review.keys import KeyReader
    from tutor.review.session import PANEL_WIDTH

    console = out()
    with interrupted_means(ANSWERS_KEPT), KeyReader(idle=store.checkpoint) as keys:
        try:
            result = take_check(
                store,
                step,
                scheduler_for(store),
                current_settings(store)["check_pass_mark"],
                clock(),
                console,
                keys,
                opening,
            )
        except LookupError as error:
            raise UserError(str(error.args[0])) from None
    if result is not None:
        console.print()
        console.print(Constrain(result_view(result), PANEL_WIDTH))


def _show_history(store: Store, step: Step | None, as_json: bool) -> None:
    from tutor.check.views import HistoryRow, history_view
    from tutor.progress.paths import attempt_json

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
            | attempt_json(row.attempt)
            for row in rows
        ]
        print(json.dumps({"checks": checks}, indent=2))
        return
    out().print(history_view(rows, zone()))
