"""`tutor review`: the daily session, all paths or one, and the way on to a step's check;
and cram, which saves nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Optional

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
    from collections.abc import Sequence

    from rich.text import Text

    from db import Scope, Step, Store


@app.command(short_help="Review today's due cards, then new cards of the open steps.")
@friendly
def review(
    ctx: typer.Context,
    path_name: Annotated[
        Optional[str],  # noqa: UP045 - typer reads the annotation at run time
        typer.Option("--path", help="Only this path's cards (a hidden path too)."),
    ] = None,
    step: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--step",
            help="Only this step's cards (title, slug or alias); all its new cards, past the "
            "day's limit.",
        ),
    ] = None,
    cram: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--cram",
            help="Practise every card of this step in a fresh order; saves nothing "
            "(no schedule change, no review logged).",
        ),
    ] = None,
) -> None:
    """Review the cards due today, then new cards of unlocked steps (paths taken in turn).

    Keys: Space/Enter reveal; 1 Again, 2 Hard, 3 Good, 4 Easy, Enter/Space accept the
    marked rating (Good for cards you rate yourself, the grade for graded ones); for
    choices the option's number (Space shows the answer without one, proposing Again); on
    a typed card just type, Enter submits, Esc leaves the
    field; u undo (an answer, a suspension or a flag), s suspend, f flag (a wrong card:
    type why, or Enter), r read the card's section, q or Ctrl-C quit (answers are kept),
    ? shows every key. When a step is ready, the end says so and c takes its check.
    Examples: tutor review --path "System Basics"; tutor review --step backend;
    tutor review --cram dns.
    """
    from dataclasses import replace

    from rich.constrain import Constrain
    from rich.text import Text

    from tutor.review.keys import KeyReader
    from tutor.review.options import session_seed
    from tutor.review.session import Session

    state = state_of(ctx)
    store = state.store(clears_screen=cram is None)
    if cram is not None:
        if step is not None:
            raise UserError("--cram names its step; leave out --step", code=2)
        _cram(store, cram, path_name)
        return
    scope = _scope(store, path_name, step)
    console = out()
    now = clock()
    settings = current_settings(store)
    scheduler = scheduler_for(store)
    with interrupted_means(ANSWERS_KEPT), KeyReader(idle=store.checkpoint) as keys:
        session = Session(
            store=store,
            scheduler=scheduler,
            settings=settings,
            clock=now,
            zone=zone(),
            console=console,
            keys=keys,
            scope=scope,
            seed=session_seed(now()),
            opening=state.take_made(),
        )
        summary = session.run()
        # What the end of a session needs is loaded once the first card has been shown.
        from tutor.check.session import take_check
        from tutor.check.views import result_view
        from tutor.review import screens
        from tutor.review.plan import next_lines, today_plan
        from tutor.review.session import PANEL_WIDTH, wait_for_action
        from tutor.ui import summary_view

        steps = store.all_steps()
        plain = scheduler_for(store, fuzz=False)
        plan = today_plan(store, plain, settings, now(), zone(), scope, steps)
        # Only a session that ended by itself waits for a key: after q the learner's next
        # keys are a shell command (its c opened a check), so the check is named instead.
        ended = session.interrupted or session.quit
        lines = next_lines(plan, steps, can_check_here=not ended, focus=_focus(path_name, step))
        console.print()
        if session.nothing_due and not summary.done:
            console.print(Text.assemble("Nothing is due now", *_within(scope, steps), "."))
            for line in lines:
                console.print(Text(line, style="bold"))
        else:
            console.print(Constrain(summary_view(replace(summary, next_steps=lines)), PANEL_WIDTH))
        if not plan.ready or ended:
            return
        try:
            action, _ = wait_for_action(console, keys, screens.SESSION_END_READY)
        except KeyboardInterrupt:
            return  # Ctrl-C here just leaves: the summary is on screen
        if action != screens.CHECK:
            return
        result = take_check(
            store, plan.ready[0].step, scheduler, settings["check_pass_mark"], now, console, keys
        )
    if result is not None:
        console.print()
        console.print(Constrain(result_view(result), PANEL_WIDTH))


def _focus(path_name: str | None, step: str | None) -> str:
    """The options that focused this review, as the learner would type them again."""
    import shlex

    given = (("--path", path_name), ("--step", step))
    return " ".join(f"{option} {shlex.quote(value)}" for option, value in given if value)


def _within(scope: Scope | None, steps: Sequence[Step]) -> tuple[str | Text, ...]:
    """' in Notes' for a focused review (a step by its title), nothing for all paths."""

    from tutor.ui import literal

    if scope is None:
        return ()
    name = scope.path or next(
        (step.title for step in steps if step.key == scope.entry_key), scope.entry_key
    )
    return (" in ", literal(name or ""))


def _scope(store: Store, path_name: str | None, step: str | None) -> Scope | None:
    if path_name is None and step is None:
        return None  # the everyday review: none of what a focus needs is loaded
    from rich.text import Text

    from db import Scope
    from tutor.progress.paths import UnknownName, find_path, find_step, path_names
    from tutor.ui import literal

    steps = store.all_steps()
    try:
        if step is not None:
            chosen = find_step(steps, step, path_name)
            if not chosen.unlocked:
                out().print(
                    Text.assemble(
                        literal(chosen.title),
                        " is locked: only cards already seen come up; its new cards come "
                        "once the step before it is passed (or test out: tutor check STEP).",
                    ),
                    style="yellow",
                )
            return Scope(entry_key=chosen.key)
        assert path_name is not None
        return Scope(path=find_path(path_names(steps), path_name))
    except UnknownName as error:
        raise UserError(str(error)) from None


def _cram(store: Store, step_name: str, path_name: str | None) -> None:
    import random

    from tutor.progress.paths import UnknownName, find_step
    from tutor.review.cram import CramSession, cram_order
    from tutor.review.keys import KeyReader
    from tutor.review.options import session_seed

    try:
        step = find_step(store.all_steps(), step_name, path_name)
    except UnknownName as error:
        raise UserError(str(error)) from None
    now = clock()()
    seed = session_seed(now)
    cards = cram_order(store.cards_of_step(step.key), random.Random(seed))
    if not cards:
        raise UserError(f"'{step.title}' has no cards to cram (suspended and flagged are left out)")
    with KeyReader() as keys:
        CramSession(out(), keys, step.title, cards, seed=seed).run()
