"""`tutor review`: the daily session, and the way on to a step's check."""

from __future__ import annotations

import typer

from tutor.app import app, clock, current_settings, friendly, out, scheduler_for, state_of, zone


@app.command()
@friendly
def review(ctx: typer.Context) -> None:
    """Review the cards due today, then new cards of unlocked steps.

    Keys: Space/Enter reveal; 1 Again, 2 Hard, 3 Good, 4 Easy, Enter/Space accept the
    marked rating (Good for cards you rate yourself, the grade for graded ones); for
    choices the option's number; on a typed card just type, Enter submits, Esc leaves
    the field; u undo (an answer or a suspension), s suspend, q or Ctrl-C quit (answers
    are kept), ? shows every key. When a step is ready, the end says so and c takes its
    check at once.
    """
    from dataclasses import replace

    from rich.constrain import Constrain
    from rich.text import Text

    from tutor import screens
    from tutor.checking import take_check
    from tutor.keys import KeyReader
    from tutor.plan import next_lines, today_plan
    from tutor.review import PANEL_WIDTH, Session, wait_for_action
    from tutor.ui import summary_view
    from tutor.ui_path import result_view

    store = state_of(ctx).store()
    console = out()
    now = clock()
    settings = current_settings(store)
    scheduler = scheduler_for(store)
    with KeyReader() as keys:
        session = Session(
            store=store,
            scheduler=scheduler,
            settings=settings,
            clock=now,
            zone=zone(),
            console=console,
            keys=keys,
        )
        summary = session.run()
        plan = today_plan(store, scheduler_for(store, fuzz=False), settings, now(), zone())
        steps = store.all_steps()
        lines = next_lines(plan, steps, can_check_here=not session.interrupted)
        console.print()
        if session.nothing_due and not summary.done:
            console.print(Text("Nothing is due now."))
            for line in lines:
                console.print(Text(line, style="bold"))
        else:
            console.print(Constrain(summary_view(replace(summary, next_steps=lines)), PANEL_WIDTH))
        if not plan.ready or session.interrupted:
            return
        try:
            action, _ = wait_for_action(console, keys, screens.SESSION_END_READY)
        except KeyboardInterrupt:
            return  # Ctrl-C here just leaves: the summary is on screen
        if action != screens.CHECK:
            return
        step = plan.ready[0].step
        result = take_check(store, step, scheduler, settings["check_pass_mark"], now, console, keys)
    if result is not None:
        console.print()
        console.print(Constrain(result_view(result), PANEL_WIDTH))
