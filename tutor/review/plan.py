"""What to do today: cards due, new cards waiting, and steps ready for their check.

Shared by bare `tutor`, the end of `tutor review` and its "nothing is due" screen, so the
learner who only knows `tutor review` is still led to each step's check.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from db import Step, Store
from tutor.progress.paths import Status, StepProgress, path_names, path_progress

READY = "ready to check"


@dataclass(frozen=True)
class Plan:
    """Today at a glance."""

    due: int  # learning and review cards due before today's end
    new: int  # new cards today's limit still lets in
    current: Sequence[StepProgress]  # each path's first step not yet passed (unlocked)
    ready: Sequence[StepProgress]  # steps whose cards are all seen and remembered
    hidden: Sequence[str] = ()  # hidden paths, left out of reviews (and of current, ready)


def check_command(step: Step, steps: Sequence[Step]) -> str:
    """`tutor check SLUG`, with `--path` when another path has a step of that slug."""
    clash = any(other.slug == step.slug and other.path != step.path for other in steps)
    where = f' --path "{step.path}"' if clash else ""
    return f"tutor check {step.slug}{where}"


def today_plan(
    store: Store, scheduler: Any, settings: dict[str, Any], now: datetime, zone: tzinfo
) -> Plan:
    """Due and new counts for today and each path's current and ready steps."""
    from tutor.days import today_bounds
    from tutor.review.queue import Limits, remaining

    day_start, day_end = today_bounds(now, settings["day_start_hour"], zone)
    introduced, reviewed = store.answered_between(day_start, day_end)
    new_left, _ = remaining(
        Limits(settings["new_per_day"], settings["reviews_per_day"]), introduced, reviewed
    )
    from db import to_ms
    from db.progress import step_tallies

    steps = store.all_steps()
    decay = -float(scheduler.parameters[20])
    tallies = step_tallies(store, to_ms(now), decay, settings["desired_retention"])
    attempts = store.check_attempts()
    current: list[StepProgress] = []
    ready: list[StepProgress] = []
    from db.standing import hidden_paths

    hidden = [name for name in path_names(steps) if name in hidden_paths(store)]
    for name in path_names(steps):
        if name in hidden:
            continue
        rows = path_progress([step for step in steps if step.path == name], tallies, attempts)
        first = next((row for row in rows if row.status is Status.LEARNING), None)
        if first is not None:
            current.append(first)
        ready.extend(row for row in rows if row.next_action == READY)
    return Plan(
        due=store.due_count(day_end),
        new=store.new_count(new_left),
        current=current,
        ready=ready,
        hidden=hidden,
    )


def next_lines(plan: Plan, steps: Sequence[Step], can_check_here: bool) -> list[str]:
    """The lines that name the next thing to do, most useful first.

    Each path's current step is named with its recall (the number `tutor path` shows)
    and what it needs; a step that is ready names its check command.
    """
    lines = []
    first_ready = plan.ready[0] if plan.ready else None
    several = len({step.path for step in steps}) > 1
    for row in [*plan.ready, *(row for row in plan.current if row not in plan.ready)]:
        recall = "–" if row.recall is None else f"{row.recall:.0%}"
        name = f"{row.step.title} ({row.step.path})" if several else row.step.title
        if row.next_action == READY:
            here = " · c checks it now" if can_check_here and row is first_ready else ""
            command = check_command(row.step, steps)
            lines.append(f"{name} is ready (recall {recall}): {command}{here}")
        else:
            lines.append(f"{name}: recall {recall} · {row.next_action}")
    from cards import slugify

    for name in plan.hidden:
        lines.append(f"{name}: hidden, out of reviews · tutor path show {slugify(name)}")
    if plan.due or plan.new:
        lines.append(f"Next: tutor review ({plan.due} due, {plan.new} new today)")
    elif plan.hidden and not plan.current and not plan.ready:
        lines.append(f"Next: tutor path show {slugify(plan.hidden[0])} to review again")
    elif not plan.ready:
        lines.append("Next: come back tomorrow for your next reviews")
    return lines


__all__ = ["Plan", "check_command", "next_lines", "today_plan"]
