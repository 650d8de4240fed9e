"""Bare `tutor`: today's plan; and `tutor init`: a new collection where you ask for one."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from db import Step
    from tutor.review.plan import Plan


@friendly
def today(state: State, as_json: bool = False) -> None:
    """What to do today: cards due, new cards waiting, and the step to check next."""
    from rich.text import Text

    from tutor.progress.paths import READY
    from tutor.review.plan import later_clock, today_lines, today_plan

    store = state.store()
    settings = current_settings(store)
    now = clock()()
    steps = store.all_steps()
    plan = today_plan(store, scheduler_for(store, fuzz=False), settings, now, zone(), steps=steps)
    if as_json:
        print(json.dumps(today_json(plan, steps, now, settings), indent=2))
        return
    console = out()
    today_line = Text.assemble(("Today: ", "bold"), plan.tally)
    if plan.later:
        count = len(plan.later)
        today_line.append(f" · {count} more learning from {later_clock(plan)}", style="dim")
    console.print(today_line)
    for line in today_lines(store, plan, steps):
        console.print(Text(line))
    if any(row.next_action == READY for _, rows in plan.paths for row in rows):
        from tutor.progress.paths import pass_rule

        rule = pass_rule(settings["check_pass_mark"])
        console.print(Text(rule[0].upper() + rule[1:], style="dim"))
    console.print(Text("Every command: tutor --help", style="dim"))


def today_json(
    plan: Plan, steps: Sequence[Step], now: datetime, settings: dict[str, Any]
) -> dict[str, Any]:
    """Bare `tutor --json`: today's counts under the names `tutor stats --json` gives them,
    each visible path's current step and every step ready for its check (whether or not
    its check opens another), as `tutor path --json` gives a step, and the hidden paths."""
    from tutor.days import learner_date
    from tutor.progress.paths import step_json
    from tutor.review.plan import check_command, ready_rows

    hour = settings["day_start_hour"]
    return {
        "now": now.isoformat(),
        "date": learner_date(now, hour, zone()).isoformat(),
        "day_start_hour": hour,
        "today": {
            "still_due": plan.still_due,
            "new_left": plan.new,
            "learning_now": plan.learning,
            "reviews_now": plan.reviews,
            "learning_later": len(plan.later),
        },
        "current": [{"path": row.step.path} | step_json(row) for row in plan.current],
        "ready": [
            {"path": row.step.path} | step_json(row) | {"check": check_command(row.step, steps)}
            for row in ready_rows(plan)
        ],
        "hidden": list(plan.hidden),
    }


@app.command(short_help="Make a new collection at --db, TUTOR_HOME or the default place.")
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
