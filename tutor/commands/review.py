"""`tutor review`: the daily session, all paths or one; and cram, which saves nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Optional

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
    from db import Scope, Store


@app.command()
@friendly
def review(
    ctx: typer.Context,
    path_name: Annotated[
        Optional[str],  # noqa: UP045 - typer reads the annotation at run time
        typer.Option("--path", help="Only this path's cards (a hidden path too)."),
    ] = None,
    step: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--step", help="Only this step's cards (title, slug or alias)."),
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

    Keys: Space/Enter reveal; 1 Again, 2 Hard, 3 Good, 4 Easy (Enter/Space = Good);
    for choices the option's number; u undo, s suspend, f flag (a wrong card: type why,
    or Enter), r read the card's section, q quit (answers are kept).
    Examples: tutor review --path git; tutor review --step backend; tutor review --cram dns.
    """
    from tutor.keys import KeyReader
    from tutor.review import Session
    from tutor.ui import summary_view

    state = state_of(ctx)
    store = state.store()
    if cram is not None:
        if step is not None:
            raise UserError("--cram names its step; leave out --step", code=2)
        _cram(store, cram, path_name)
        return
    scope = _scope(store, path_name, step)
    console = out()
    with KeyReader(idle=store.checkpoint) as keys:
        session = Session(
            store=store,
            scheduler=scheduler_for(store),
            settings=current_settings(store),
            clock=clock(),
            zone=zone(),
            console=console,
            keys=keys,
            scope=scope,
        )
        summary = session.run()
    console.print()
    console.print(summary_view(summary))


def _scope(store: Store, path_name: str | None, step: str | None) -> Scope | None:
    from rich.text import Text

    from db import Scope
    from tutor.paths import UnknownName, find_path, find_step, path_names
    from tutor.ui import literal

    if path_name is None and step is None:
        return None
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

    from tutor.cram import CramSession, cram_order
    from tutor.keys import KeyReader
    from tutor.paths import UnknownName, find_step

    try:
        step = find_step(store.all_steps(), step_name, path_name)
    except UnknownName as error:
        raise UserError(str(error)) from None
    now = clock()()
    cards = cram_order(store.cards_of_step(step.key), random.Random(int(now.timestamp())))
    if not cards:
        raise UserError(f"'{step.title}' has no cards to cram (suspended and flagged are left out)")
    with KeyReader() as keys:
        CramSession(out(), keys, step.title, cards).run()
