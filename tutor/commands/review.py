"""`tutor review`: the daily session."""

from __future__ import annotations

import typer

from tutor.app import app, clock, current_settings, friendly, out, scheduler_for, state_of, zone


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
    with KeyReader(idle=store.checkpoint) as keys:
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
