"""What to do today: cards due, new cards waiting, and steps ready for their check.

Shared by bare `tutor`, the end of `tutor review` and its "nothing is due" screen, so the
learner who only knows `tutor review` is still led to each step's check.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from typing import Any

from cards import slugify
from db import Scope, Step, Store
from tutor.days import allowed_today
from tutor.progress.paths import (
    KEEP_REVIEWING,
    READY,
    Status,
    StepProgress,
    path_names,
    path_progress,
    when_new_used,
)


@dataclass(frozen=True)
class Plan:
    """Today at a glance."""

    learning: int  # learning cards a review shows now (due within the learn-ahead)
    reviews: int  # review cards due today that today's limit lets a review show
    new: int  # new cards today's limit still lets in
    current: Sequence[StepProgress]  # each path's first step not yet passed (unlocked)
    ready: Sequence[StepProgress]  # steps whose cards are all seen and remembered
    hidden: Sequence[str] = ()  # hidden paths, left out of reviews (and of current, ready)
    later: Sequence[datetime] = ()  # when the learning cards due later today fall due
    new_per_day: int = 0  # the daily new limit
    new_waiting: bool = False  # today's new cards are used and new ones wait behind them
    zone: tzinfo | None = None  # the learner's, for the time of `later`
    here: Plan | None = None  # the same counts in the scope of a focused review
    next_due: datetime | None = None  # when the first card in the queue falls due
    named: str = ""  # of `here`: the path or step the review was focused on
    still_due: int = 0  # every card due before today's end, as `tutor stats` counts them
    paths: Sequence[tuple[str, Sequence[StepProgress]]] = ()  # each visible path's steps

    @property
    def due_now(self) -> int:
        """Cards a review would show now (learning ones within the learn-ahead)."""
        return self.learning + self.reviews

    @property
    def tally(self) -> str:
        """'3 learning, 12 due, 20 new': the counts the review's header starts on, in its
        words (learn, due, new), so that `tutor` and the review never disagree about what
        is due. Learning is left out when there is none, as on most mornings."""
        learning = [f"{self.learning} learning"] if self.learning else []
        return ", ".join([*learning, f"{self.reviews} due", f"{self.new} new"])


def check_command(step: Step, steps: Sequence[Step]) -> str:
    """`tutor check SLUG`, with `--path` when another path has a step of that slug."""
    clash = any(other.slug == step.slug and other.path != step.path for other in steps)
    where = f' --path "{step.path}"' if clash else ""
    return f"tutor check {step.slug}{where}"


def today_plan(
    store: Store,
    scheduler: Any,
    settings: dict[str, Any],
    now: datetime,
    zone: tzinfo,
    scope: Scope | None = None,
    steps: Sequence[Step] | None = None,
) -> Plan:
    """Due and new counts for today and each path's current and ready steps; with a
    `scope` (tutor review --path/--step), its own counts as well, in `here`. `steps`:
    `store.all_steps()` where the caller has read it already (20 ms at 1,000 steps)."""
    from tutor.review.queue import LEARN_AHEAD, STEP_NEW_MOST

    day_end, new_left, reviews_left = allowed_today(store, settings, now, zone)
    limit = settings["new_per_day"]
    # Only new cards of unlocked steps wait: a locked step's come when it opens.
    waiting = new_left == 0 and limit > 0 and store.new_count(1, scope) > 0

    def learning(within: Scope | None) -> tuple[int, list[datetime]]:
        """How many learning cards a review would start on (those due within the
        learn-ahead, as `tutor.review.session` reads them), and when the ones due later
        today fall due: one read of the queue for both."""
        ahead = now + LEARN_AHEAD
        dues = [
            stored.state.due
            for stored in store.learning_due(max(day_end, ahead), within)
            if stored.state.due is not None
        ]
        return sum(due <= ahead for due in dues), [due for due in dues if ahead < due <= day_end]

    here = None
    if scope is not None:
        # A step asked for by name brings all its new cards (tutor.review.session).
        new = store.new_count(STEP_NEW_MOST if scope.entry_key else new_left, scope)
        learning_here, later_here = learning(scope)
        here = Plan(
            learning_here,
            store.review_count(day_end, reviews_left, scope),
            new,
            current=(),
            ready=(),
            later=later_here,
            new_per_day=limit,
            new_waiting=waiting,
            zone=zone,
            next_due=store.next_due(scope),
        )
    from db import to_ms
    from db.progress import step_tallies

    if steps is None:
        steps = store.all_steps()
    if here is not None and scope is not None:
        focused = scope.path or next(
            (step.title for step in steps if step.key == scope.entry_key), ""
        )
        here = replace(here, named=focused)
    decay = -float(scheduler.parameters[20])
    tallies = step_tallies(store, to_ms(now), decay, settings["desired_retention"])
    attempts = store.check_attempts()
    current: list[StepProgress] = []
    ready: list[StepProgress] = []
    paths: list[tuple[str, Sequence[StepProgress]]] = []
    from db.standing import hidden_paths

    hidden = [name for name in path_names(steps) if name in hidden_paths(store)]
    for name in path_names(steps):
        if name in hidden:
            continue
        rows = path_progress([step for step in steps if step.path == name], tallies, attempts)
        paths.append((name, rows))
        # A step with no card has nothing to do; a step of a set ready for a check that
        # opens nothing needs nothing either: the current step is the first that does.
        worth = [row for row in rows if row.next_action != READY or _opens(rows, row)]
        first = next((row for row in worth if row.status is Status.LEARNING and row.total), None)
        if first is not None:
            current.append(first)
        ready.extend(row for row in worth if row.next_action == READY)
    learning_everywhere, later_everywhere = learning(None)
    return Plan(
        learning=learning_everywhere,
        reviews=store.review_count(day_end, reviews_left),
        new=store.new_count(new_left),
        current=current,
        ready=ready,
        hidden=hidden,
        later=later_everywhere,
        new_per_day=limit,
        new_waiting=new_left == 0 and limit > 0 and store.new_count(1) > 0,
        zone=zone,
        here=here,
        still_due=store.due_count(day_end),
        paths=paths,
    )


def _opens(rows: Sequence[StepProgress], row: StepProgress) -> bool:
    """Whether passing `row`'s check opens a step (the steps up to the one after it), or
    finishes its path (the last step, every one before it passed). A check on a step of a
    set, whose steps are all open, opens nothing: it is not worth a line of its own."""
    index = rows.index(row)
    if index == len(rows) - 1:
        return all(other.status is Status.PASSED for other in rows[:index])
    return any(not other.step.unlocked for other in rows[: index + 2])


# Ready steps named one by one in the plan; past this many, a line says how many more.
READY_SHOWN = 3


def next_lines(
    plan: Plan, steps: Sequence[Step], can_check_here: bool, focus: str = ""
) -> list[str]:
    """The lines that name the next thing to do, most useful first.

    Each path's current step is named with its recall (the number `tutor path` shows)
    and what it needs; a step that is ready names its check command. When today's new
    cards are used, a step's unseen cards are said to come tomorrow, with the way to
    have more today. `focus` is the review's --path or --step option, when it had one:
    the counts of `plan.here` are named first. No line offers a review that would show
    nothing now.
    """
    lines = []
    first_ready = plan.ready[0] if plan.ready else None
    more_ready = plan.ready[READY_SHOWN:]
    for row in [*plan.ready, *(row for row in plan.current if row not in plan.ready)]:
        if row in more_ready:
            continue
        lines.append(_step_line(plan, steps, row, can_check_here and row is first_ready))
        if more_ready and row is plan.ready[READY_SHOWN - 1]:
            count = len(more_ready)
            lines.append(f"and {count} more step{'' if count == 1 else 's'} ready: tutor path")
    return lines + _closing_lines(plan, steps, focus)


# Paths named one by one on bare `tutor`; past this many, a line says how many more.
PATHS_SHOWN = 5


def today_lines(store: Store, plan: Plan, steps: Sequence[Step]) -> list[str]:
    """Bare `tutor`'s lines: where each path stands, one line a path and what to do next
    in it (the paths with something to do first, the rest folded past PATHS_SHOWN), then
    what `next_lines` ends with. A new user's `tutor` left out a path whose steps were
    ready to check but opened nothing, and one whose only card was flagged."""
    busy = [(name, rows) for name, rows in plan.paths if _doing(plan, name, rows) is not None]
    quiet = [(name, rows) for name, rows in plan.paths if (name, rows) not in busy]
    lines = []
    for name, rows in [*busy, *quiet][:PATHS_SHOWN]:
        row = _doing(plan, name, rows)
        if row is None:
            lines.append(_quiet_line(store, plan, name, rows))
            continue
        line = _step_line(plan, steps, row)
        others = sum(other.next_action == READY for other in rows if other is not row)
        if row.next_action == READY and others:
            line += f" · {others} more ready"
        lines.append(line)
    if len(plan.paths) > PATHS_SHOWN:
        more = len(plan.paths) - PATHS_SHOWN
        lines.append(f"and {more} more path{'' if more == 1 else 's'}: tutor path")
    return lines + _closing_lines(plan, steps)


def _doing(plan: Plan, name: str, rows: Sequence[StepProgress]) -> StepProgress | None:
    """The step of a path that has something to do now: one whose check opens a step,
    else its current step, else one ready for a check that opens nothing, else a passed
    step with cards to review; None when the path has nothing to do."""
    return (
        next((row for row in plan.ready if row.step.path == name), None)
        or next((row for row in plan.current if row.step.path == name), None)
        or next((row for row in rows if row.next_action == READY), None)
        or next(
            (
                row
                for row in rows
                if row.status is Status.PASSED and row.total and row.next_action != KEEP_REVIEWING
            ),
            None,
        )
    )


def _quiet_line(store: Store, plan: Plan, name: str, rows: Sequence[StepProgress]) -> str:
    """'Notes: every step passed · nothing due until Tue 3 Mar at 09:40', for a path with
    nothing to do now; a path none of whose cards can be reviewed says why."""
    passed = "every step passed · " if all(row.status is Status.PASSED for row in rows) else ""
    due = store.next_due(Scope(path=name))
    if due is not None:
        return f"{name}: {passed}nothing due until {_when(due, plan.zone)[3:]}"
    flagged = sum(
        stored.flagged
        for row in rows
        if not row.total
        for stored in store.cards_of_step(row.step.key)
    )
    if flagged:
        return f"{name}: no cards to review, {flagged} flagged: tutor cards --flagged"
    return f"{name}: {passed}no cards to review"


def _step_line(
    plan: Plan, steps: Sequence[Step], row: StepProgress, checks_here: bool = False
) -> str:
    """One step's line: 'Backend (System Basics): recall 40% · 2 weak cards: review
    first', or for a step ready, its check command (and c, where `checks_here`)."""
    # ('recall 0%', or 'recall 6%' after a session with 13 of 16 right, read as if
    # nothing was learnt: unseen cards and those still in their learning steps count
    # 0, so the figure is shown once at least half of the step's cards are predicted)
    predicted = row.seen - row.learning
    recall = f"recall {row.recall:.0%}" if row.recall and predicted * 2 >= row.total else ""
    several = len({step.path for step in steps}) > 1
    name = f"{row.step.title} ({row.step.path})" if several else row.step.title
    if row.next_action == READY:
        here = " · c checks it now" if checks_here else ""
        command = check_command(row.step, steps)
        return f"{name} is ready{f' ({recall})' if recall else ''}: {command}{here}"
    # The step asked for by name has its new cards today, limit or not.
    studied = plan.here is not None and plan.here.new > 0 and row.step.title == plan.here.named
    if plan.new_waiting and not plan.new and not studied:
        row = when_new_used(row)
    return f"{name}: {f'{recall} · ' if recall else ''}{row.next_action}"


def ready_rows(plan: Plan) -> list[StepProgress]:
    """Every step ready for its check, in the paths' order: those whose check opens
    another step (`plan.ready`) and those whose check opens none."""
    opening = {id(row) for row in plan.ready}
    rest = [row for _, rows in plan.paths for row in rows if row.next_action == READY]
    return [*plan.ready, *(row for row in rest if id(row) not in opening)]


def _closing_lines(plan: Plan, steps: Sequence[Step], focus: str = "") -> list[str]:
    """The lines after the steps': hidden paths, today's new limit, and the review next."""
    lines = []
    used_up = plan.new_waiting and not plan.new
    for name in plan.hidden:
        lines.append(f"{name}: hidden, out of reviews · tutor path show {slugify(name)}")
    if used_up:
        limit = plan.new_per_day
        cards = "card" if limit == 1 else "cards"
        lines.append(f"Today's limit of {limit} new {cards} is reached.")
        lines.append(f"For more today: tutor config new_per_day {limit + 20}")
    here = plan.here
    if here is not None and not (here.due_now > 0 or here.new or here.later) and here.next_due:
        # `tutor review --step tls` said 'Nothing is due now in TLS.' and no more
        whose = _whose(here.named) if here.named else "Its"
        lines.append(f"{whose} next card is due {_when(here.next_due, plan.zone)}")
    if here is not None and (here.due_now > 0 or here.new):
        lines.append(f"Next: tutor review {focus} ({here.tally} today)")
    elif here is not None and here.later:
        lines.append(f"Next: tutor review {focus} {_later(here)}")
    elif plan.due_now > 0 or plan.new:
        every = ", every path" if here is not None else ""
        lines.append(f"Next: tutor review ({plan.tally} today{every})")
    elif plan.later:
        lines.append(f"Next: tutor review {_later(plan)}")
    elif waiting := ready_rows(plan):
        # a step ready for its check (one that opens no other, too: a path of one's own
        # notes): the check is what to do next, not tomorrow's reviews
        lines.append(f"Next: {check_command(waiting[0].step, steps)}")
    elif plan.hidden and not plan.current and not plan.ready:
        lines.append(f"Next: tutor path show {slugify(plan.hidden[0])} to review again")
    elif not steps:  # every path removed: nothing comes tomorrow either
        lines.append("Next: tutor import PATH... to make a path (there is none)")
    elif not plan.ready:
        lines.append("Next: come back tomorrow for your next reviews")
    return lines


def _whose(name: str) -> str:
    """'Backend's', but 'SQL joins'' (a plural already ends in s)."""
    return f"{name}'" if name.endswith("s") and not name.endswith("ss") else f"{name}'s"


def _when(moment: datetime, zone: tzinfo | None) -> str:
    """'on Tue 3 Mar at 09:40' (the learner's time)."""
    local = moment.astimezone(zone) if zone else moment
    return f"on {local:%a} {local.day} {local:%b} at {local:%H:%M}"


def _later(plan: Plan) -> str:
    """'from 14:20 (2 learning later today)': when the first learning card a review cannot
    show yet is due."""
    return f"from {later_clock(plan)} ({len(plan.later)} learning later today)"


def later_clock(plan: Plan) -> str:
    """'14:20': when the first learning card due later today falls due (the learner's time)."""
    first = min(plan.later)
    return (first.astimezone(plan.zone) if plan.zone else first).strftime("%H:%M")


__all__ = ["Plan", "check_command", "next_lines", "today_lines", "today_plan"]
