"""Where a learner stands on a path: each step's status, progress, readiness, next action.

Pure: the steps, their cards' tallies (counted in SQL by `db.progress.step_tallies`, or
card by card by `tally_cards`), past checks, the scheduler and `now` are passed in.

Predicted recall is the mean FSRS retrievability of the step's live cards at `now`; a
card never seen counts as 0 (FSRS has nothing to predict from, and a learner who has
not seen a card cannot be expected to recall it), and so does one still in its learning
steps (right after Again FSRS predicts 100%, for a card the learner just failed), so a
half-learnt step reads low.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum
from typing import Protocol

import fsrs

from db.progress import StepTally
from db.records import CardStage, CardState, CheckAttempt, Step
from tutor.memory.scheduling import to_fsrs

RECALL_NOTE = (
    "recall: the share of a step's cards FSRS predicts you'd recall now (unseen or still "
    "being learnt: 0%)"
)
# What `tutor path` says of an open step with no card to learn (none made, or all retired
# or flagged): it has no check, and the step after it is open as if it were passed.
SKIPPED = "no cards: skipped"
READY = "ready to check"  # every card seen and none weak
KEEP_REVIEWING = "passed: keep reviewing"  # a passed step with nothing to do today
FOLD_NOTE = "runs of passed or locked steps are folded; tutor path NAME shows every step"


def pass_rule(pass_mark: float) -> str:
    """What a check needs, in whole questions: a share rounded up is a surprise on a short
    check (80% of 4 questions is all 4), so the counts are said, not only the share."""
    from tutor.check.rules import Score

    def needed(total: int) -> str:
        return f"{Score(0, total, pass_mark).needed} of {total}"

    return (
        f"a check passes with {pass_mark:.0%} right, rounded up: {needed(10)} needed, "
        f"{needed(7)}, {needed(4)} on a step with fewer questions"
    )


class Status(str, Enum):
    LOCKED = "locked"
    LEARNING = "learning"
    PASSED = "passed"


class StepCard(Protocol):
    """What a step's progress reads of a card (a StoredCard)."""

    @property
    def state(self) -> CardState: ...

    @property
    def suspended(self) -> bool: ...

    @property
    def flagged(self) -> bool: ...


NO_CARDS = StepTally(total=0, seen=0, learning=0, weak=0, recall_sum=0.0)


class UnknownName(LookupError):
    """A step or path name that matches nothing, or more than one thing."""


@dataclass(frozen=True)
class StepProgress:
    """One line of `tutor path`."""

    step: Step
    status: Status
    seen: int
    total: int
    recall: float | None  # None when the step has no cards
    weak: int
    learning: int
    last_check: CheckAttempt | None
    next_action: str
    set_aside: int = 0  # never seen and suspended (StepTally.set_aside)


def status_of(step: Step) -> Status:
    if step.passed_at is not None:
        return Status.PASSED
    return Status.LEARNING if step.unlocked else Status.LOCKED


def predicted_recall(
    scheduler: fsrs.Scheduler, cards: Sequence[StepCard], now: datetime
) -> float | None:
    """The mean retrievability of `cards` at `now` (unseen cards, and those still in their
    learning steps, count as 0: see the module's note)."""
    if not cards:
        return None
    total = sum(
        scheduler.get_card_retrievability(to_fsrs(stored.state), current_datetime=now)
        for stored in cards
        if stored.state.stage is CardStage.REVIEW
    )
    return float(total) / len(cards)


def weak_cards(
    scheduler: fsrs.Scheduler, cards: Iterable[StepCard], now: datetime, retention: float
) -> int:
    """Cards forgotten and being relearned, or predicted below the desired retention now."""
    count = 0
    for stored in cards:
        stage = stored.state.stage
        if stored.suspended or stage in (CardStage.NEW, CardStage.LEARNING):
            continue
        forgotten = stage is CardStage.RELEARNING
        if forgotten or scheduler.get_card_retrievability(to_fsrs(stored.state), now) < retention:
            count += 1
    return count


def in_learning(cards: Iterable[StepCard]) -> int:
    """Cards seen but still in their first learning steps (not yet graduated)."""
    return sum(
        1 for stored in cards if stored.state.stage is CardStage.LEARNING and not stored.suspended
    )


def next_action(
    status: Status,
    seen: int,
    total: int,
    weak: int,
    learning: int,
    before: Step | None,
    set_aside: int = 0,
) -> str:
    """The one thing to do next for a step, in the learner's words. A card suspended
    before it was ever answered (s on a new card) is not waiting to be seen: the step
    goes on without it, as a review does."""
    if status is Status.LOCKED:
        return f"locked: pass {before.title} first" if before else "locked"
    if total == 0:
        return SKIPPED
    if seen == 0:
        if set_aside >= total:
            return "every card suspended: tutor cards unsuspend ID... brings them back"
        return "start in tutor review"
    if weak:
        return f"{_cards(weak, 'weak card')}: review first"
    if learning:
        return f"{_cards(learning, 'card')} in learning: review first"
    if seen + set_aside < total:
        return f"{_cards(total - seen - set_aside, 'card')} not seen yet"
    if status is Status.PASSED:
        return KEEP_REVIEWING
    return READY


def when_new_used(row: StepProgress) -> StepProgress:
    """`row` on a day whose new cards are used: a step with cards never seen gets them
    tomorrow, so no review today starts it (a suspended card never seen comes no day)."""
    unseen = row.total - row.seen - row.set_aside
    if row.status is not Status.LEARNING or unseen <= 0 or row.next_action == READY:
        return row
    if row.seen == 0:
        return replace(row, next_action="its new cards come tomorrow")
    return replace(row, next_action=f"{row.next_action}; more come tomorrow")


def when_hidden(row: StepProgress) -> StepProgress:
    """`row` of a hidden path: what needs `tutor review` says the path is out of reviews
    (reviews leave a hidden path out); locked, passed and ready-to-check steps stay."""
    if row.status is Status.LOCKED or row.total == 0 or row.next_action == READY:
        return row
    if row.status is Status.PASSED and row.next_action == KEEP_REVIEWING:
        return row
    return replace(row, next_action="hidden: out of reviews")


def step_json(row: StepProgress) -> dict[str, object]:
    """One step's progress for scripts, as `tutor path --json` and bare `tutor --json` give
    it: shares are fractions (0-1), times ISO 8601."""
    return {
        "position": row.step.position,
        "title": row.step.title,
        "slug": row.step.slug,
        "key": row.step.key,
        "status": row.status.value,
        "seen": row.seen,
        "total": row.total,
        "suspended_unseen": row.set_aside,
        "recall": row.recall,
        "weak": row.weak,
        "learning": row.learning,
        "last_check": attempt_json(row.last_check) if row.last_check else None,
        "next": row.next_action,
    }


def attempt_json(attempt: CheckAttempt) -> dict[str, object]:
    return {
        "correct": attempt.correct,
        "total": attempt.total,
        "score": attempt.correct / attempt.total if attempt.total else 0.0,
        "passed": attempt.passed,
        "started_at": attempt.started_at.isoformat(),
        "finished_at": attempt.finished_at.isoformat(),
        "missed_sections": list(attempt.missed_sections),
    }


def _cards(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def path_progress(
    steps: Sequence[Step],
    tallies: Mapping[str, StepTally],
    attempts: Sequence[CheckAttempt],
) -> list[StepProgress]:
    """The progress of each step of one path, in path order, from its cards' tallies."""
    last: dict[str, CheckAttempt] = {}
    for attempt in sorted(attempts, key=lambda a: (a.finished_at, a.id)):
        last[attempt.entry_key] = attempt
    rows = []
    for index, step in enumerate(steps):
        tally = tallies.get(step.key, NO_CARDS)
        status = status_of(step)
        seen, total, weak, learning = tally.seen, tally.total, tally.weak, tally.learning
        set_aside = tally.set_aside
        before = steps[index - 1] if index else None
        rows.append(
            StepProgress(
                step=step,
                status=status,
                seen=seen,
                total=total,
                recall=tally.recall_sum / total if total else None,
                weak=weak,
                last_check=last.get(step.key),
                learning=learning,
                next_action=next_action(status, seen, total, weak, learning, before, set_aside),
                set_aside=set_aside,
            )
        )
    return rows


def tally_cards(
    cards: Mapping[str, Sequence[StepCard]],
    scheduler: fsrs.Scheduler,
    now: datetime,
    retention: float,
) -> dict[str, StepTally]:
    """What `db.progress.step_tallies` counts in SQL, counted card by card with FSRS."""
    tallies = {}
    for key, every in cards.items():
        own = [stored for stored in every if not stored.flagged]  # out until it is fixed
        seen = weak = 0
        recall_sum = 0.0
        for stored in own:
            stage = stored.state.stage
            if stage is CardStage.NEW:
                continue  # never seen: recall 0, and not weak
            seen += 1
            recall = float(scheduler.get_card_retrievability(to_fsrs(stored.state), now))
            if stage is CardStage.REVIEW:
                recall_sum += recall  # (one still being learnt counts 0)
            if stored.suspended or stage is CardStage.LEARNING:
                continue
            if stage is CardStage.RELEARNING or recall < retention:
                weak += 1
        set_aside = sum(stored.suspended and stored.state.stage is CardStage.NEW for stored in own)
        tallies[key] = StepTally(len(own), seen, in_learning(own), weak, recall_sum, set_aside)
    return tallies


FOLD_FROM = 40  # every path's view folds its runs once they hold more steps than this
SHORTEST_FOLD = 3  # a run of fewer steps is shown step by step


@dataclass(frozen=True)
class FoldedSteps:
    """A run of consecutive passed (or locked) steps, shown as one line of `tutor path`.

    Its figures are those of its steps added up; recall is over all their cards, and
    the next action is what `next_action` says of those sums.
    """

    first: Step
    last: Step
    count: int
    status: Status
    seen: int
    total: int
    recall: float | None
    weak: int
    learning: int
    next_action: str
    set_aside: int = 0  # never seen and suspended, as StepProgress.set_aside


def fold_runs(rows: Sequence[StepProgress]) -> list[StepProgress | FoldedSteps]:
    """`rows` with each run of SHORTEST_FOLD or more passed, or locked, steps as one line.

    Learning steps (where the learner is) are always shown one by one.
    """
    shown: list[StepProgress | FoldedSteps] = []
    start = 0
    while start < len(rows):
        status = rows[start].status
        end = start + 1
        while end < len(rows) and rows[end].status is status:
            end += 1
        run = rows[start:end]
        if status is Status.LEARNING or len(run) < SHORTEST_FOLD:
            shown.extend(run)
        else:
            shown.append(_fold(run, rows[start - 1].step if start else None))
        start = end
    return shown


def _fold(run: Sequence[StepProgress], before: Step | None) -> FoldedSteps:
    seen = sum(row.seen for row in run)
    total = sum(row.total for row in run)
    weak = sum(row.weak for row in run)
    learning = sum(row.learning for row in run)
    set_aside = sum(row.set_aside for row in run)
    recall_sum = sum(row.recall * row.total for row in run if row.recall is not None)
    status = run[0].status
    return FoldedSteps(
        first=run[0].step,
        last=run[-1].step,
        count=len(run),
        status=status,
        seen=seen,
        total=total,
        recall=recall_sum / total if total else None,
        weak=weak,
        learning=learning,
        next_action=next_action(status, seen, total, weak, learning, before, set_aside),
        set_aside=set_aside,
    )


def seen_of(row: StepProgress | FoldedSteps) -> str:
    """'seen/to see' of a step or a run of them: a card suspended before it was ever seen
    is not one to see (the step is ready to check without it)."""
    return f"{row.seen}/{row.total - row.set_aside}"


# Said where the names to choose from would be listed, when there are none.
NONE_YET = "none yet; tutor import PATH... makes one"


def path_names(steps: Iterable[Step]) -> list[str]:
    """The paths the steps belong to, in the order the steps come."""
    return list(dict.fromkeys(step.path for step in steps))


def find_path(names: Sequence[str], wanted: str) -> str:
    """The path called `wanted` (case-insensitive, by name or slug); raises UnknownName."""
    from cards import slugify

    folded = wanted.strip().casefold()
    for name in names:
        if folded in (name.casefold(), slugify(name)):
            return name
    hint = did_you_mean(wanted, names) or f" (paths: {', '.join(names) or NONE_YET})"
    raise UnknownName(f"no path named '{wanted}'{hint}")


def find_step(steps: Sequence[Step], wanted: str, path: str | None = None) -> Step:
    """The step named `wanted` by title, slug, alias or key, case-insensitive.

    `path` narrows the search to one path. Raises UnknownName with the closest names
    when nothing matches, or with the paths to choose from when several steps do.
    """
    if path is not None:
        chosen = find_path(path_names(steps), path)
        steps = [step for step in steps if step.path == chosen]
    folded = wanted.strip().casefold()
    found = [step for step in steps if folded in _names_of(step)]
    if len(found) == 1:
        return found[0]
    if found:
        paths = ", ".join(step.path for step in found)
        raise UnknownName(f"'{wanted}' is a step of several paths ({paths}); add --path NAME")
    # Every name a step answers to is matched, but the hint names the step by its title.
    title_of = {name: step.title for step in steps for name in _names_of(step)}
    close = difflib.get_close_matches(folded, list(title_of), n=6, cutoff=0.5)
    titles = list(dict.fromkeys(title_of[name] for name in close))[:3]
    if titles:
        hint = "; did you mean " + " or ".join(f"'{title}'" for title in titles) + "?"
    else:
        titles = list(dict.fromkeys(step.title for step in steps))
        hint = f" (steps: {', '.join(titles) or NONE_YET})"
    raise UnknownName(f"no step named '{wanted}'{hint}")


def _names_of(step: Step) -> set[str]:
    return {
        step.title.casefold(),
        step.slug.casefold(),
        step.key.casefold(),
        *(alias.casefold() for alias in step.aliases),
    }


def did_you_mean(
    wanted: str,
    names: Sequence[str],
    cutoff: float = 0.5,
    said: Callable[[str], str] = str,
) -> str:
    """'; did you mean 'Notes'?': the names that `wanted` starts, then those close to it
    (at most three), each as `said` words it, or '' when none is."""
    by_fold = {name.casefold(): name for name in names}
    folded = wanted.strip().casefold()
    close = [name for name in by_fold if folded and name.startswith(folded)]
    close += difflib.get_close_matches(folded, list(by_fold), n=3, cutoff=cutoff)
    close = list(dict.fromkeys(close))[:3]
    if not close:
        return ""
    return "; did you mean " + " or ".join(f"'{said(by_fold[name])}'" for name in close) + "?"


__all__ = [
    "FOLD_FROM",
    "FOLD_NOTE",
    "KEEP_REVIEWING",
    "RECALL_NOTE",
    "FoldedSteps",
    "Status",
    "StepProgress",
    "UnknownName",
    "did_you_mean",
    "find_path",
    "find_step",
    "fold_runs",
    "in_learning",
    "next_action",
    "path_names",
    "path_progress",
    "predicted_recall",
    "status_of",
    "tally_cards",
    "weak_cards",
]
