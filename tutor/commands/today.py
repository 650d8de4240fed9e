"""Bare `tutor`: today's plan; and `tutor init`: a new collection where you ask for one."""

from __future__ import annotations

import typer

from tutor.app import (
    State,
    app,
    clock,
    current_settings,
    friendly,
    out,
    scheduler_for,
    state_of,
    zone,
)


@friendly
def today(state: State) -> None:
    """What to do today: cards due, new cards waiting, and the step to check next."""
    from rich.text import Text

    from tutor.review.plan import next_lines, today_plan

    store = state.store()
    plan = today_plan(
        store, scheduler_for(store, fuzz=False), current_settings(store), clock()(), zone()
    )
    console = out()
    console.print(Text.assemble(("Today: ", "bold"), f"{plan.due} due, {plan.new} new"))
    for line in next_lines(plan, store.all_steps(), can_check_here=False):
        console.print(Text(line))
    console.print(Text("Every command: tutor --help", style="dim"))


@app.command()
@friendly
def init(ctx: typer.Context) -> None:
    """Make a new collection (at --db, TUTOR_HOME or the default place), folders included.

    The built-in System Basics path is put in at once. A collection already there is
    left as it is.
    """
    from rich.text import Text

    from tutor.home import database_path

    state = state_of(ctx)
    path = database_path(state.db)
    existed = path.exists()
    state.store(create=True)
    verb = "already there, left as it is" if existed else "new collection"
    console = out()
    console.print(Text(f"{verb}: {path}"), soft_wrap=True)
    console.print(Text("Start with: tutor review"))
