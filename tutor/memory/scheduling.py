"""FSRS scheduling: the bridge between stored card states and `fsrs.Scheduler`.

All scheduling decisions are py-fsrs's; this module converts between our stored
`CardState` (which has an explicit NEW stage and counts reps and lapses) and `fsrs.Card`,
and draws fsrs's fuzz itself, by card, so that a rating's preview is the answer's interval.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Protocol

import fsrs
from fsrs.scheduler import FUZZ_RANGES

from db.records import CardStage, CardState

LEECH_LAPSES = 8

RATING_NAMES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


def make_scheduler(
    desired_retention: float = 0.9,
    parameters: Sequence[float] | None = None,
    fuzz: bool = True,
) -> fsrs.Scheduler:
    """The scheduler for this collection: its retention, its parameters, fuzz on in use."""
    if parameters:
        return fsrs.Scheduler(
            parameters=tuple(parameters),
            desired_retention=desired_retention,
            enable_fuzzing=fuzz,
        )
    return fsrs.Scheduler(desired_retention=desired_retention, enable_fuzzing=fuzz)


def to_fsrs(state: CardState) -> fsrs.Card:
    """The fsrs.Card for a stored state; a NEW card is a fresh fsrs card."""
    if state.stage is CardStage.NEW:
        return fsrs.Card(card_id=0, due=state.due) if state.due else fsrs.Card(card_id=0)
    return fsrs.Card(
        card_id=0,
        state=fsrs.State(int(state.stage)),
        step=state.step,
        stability=state.stability,
        difficulty=state.difficulty,
        due=state.due,
        last_review=state.last_review,
    )


def from_fsrs(card: fsrs.Card, card_id: str, reps: int, lapses: int) -> CardState:
    return CardState(
        card_id=card_id,
        stage=CardStage(int(card.state)),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
        reps=reps,
        lapses=lapses,
    )


def answer(
    scheduler: fsrs.Scheduler,
    state: CardState,
    rating: int,
    now: datetime,
) -> CardState:
    """The card's state after answering it with `rating` (1-4) at `now`.

    With fuzz on, a review interval of three days or more is spread over fsrs's range
    for it, as fsrs would, but by a draw fixed by the card and its count of answers: the
    interval a rating button shows before the answer is the one the answer keeps.
    """
    before = to_fsrs(state)
    plain = _without_fuzz(scheduler)
    after, _log = plain.review_card(before, fsrs.Rating(rating), review_datetime=now)
    if scheduler.enable_fuzzing and after.state is fsrs.State.Review and after.due is not None:
        days = (after.due - now).days
        if days >= _FUZZED_FROM:
            draw = random.Random(f"{state.card_id}:{state.reps}").random()
            after.due = now + timedelta(days=_fuzzed(days, draw, scheduler.maximum_interval))
    lapsed = rating == 1 and state.stage is CardStage.REVIEW
    return from_fsrs(after, state.card_id, state.reps + 1, state.lapses + int(lapsed))


# fsrs spreads review intervals of this many days or more (2.5, in whole days).
_FUZZED_FROM = 3


def _fuzzed(days: int, draw: float, longest: int) -> int:
    """An interval of `days` moved within fsrs's fuzz range for it by `draw` (0 to 1):
    the range widens by 15% of the days between 2.5 and 7, 10% of those up to 20 and 5%
    of the rest, around one day."""
    spread = 1.0
    for fuzz in FUZZ_RANGES:
        spread += fuzz["factor"] * max(min(float(days), fuzz["end"]) - fuzz["start"], 0.0)
    highest = min(round(days + spread), longest)
    lowest = min(max(2, round(days - spread)), highest)
    return min(round(draw * (highest - lowest + 1) + lowest), longest)


def next_intervals(
    scheduler: fsrs.Scheduler, state: CardState, now: datetime
) -> dict[int, timedelta]:
    """For each rating, how long until the card would be due again: the interval the
    answer keeps, fuzz and all (`answer` draws it the same way every time)."""
    return {
        rating: answer(scheduler, state, rating, now).due - now  # type: ignore[operator]
        for rating in RATING_NAMES
    }


def _without_fuzz(scheduler: fsrs.Scheduler) -> fsrs.Scheduler:
    if not scheduler.enable_fuzzing:
        return scheduler
    return fsrs.Scheduler(
        parameters=scheduler.parameters,
        desired_retention=scheduler.desired_retention,
        learning_steps=scheduler.learning_steps,
        relearning_steps=scheduler.relearning_steps,
        maximum_interval=scheduler.maximum_interval,
        enable_fuzzing=False,
    )


class Answered(Protocol):
    """What replaying an answer reads: a Review, or the doctor's lighter LoggedAnswer."""

    @property
    def rating(self) -> int: ...

    @property
    def reviewed_at(self) -> datetime: ...


def replay(
    scheduler: fsrs.Scheduler,
    card_id: str,
    reviews: Sequence[Answered],
    earlier: Sequence[tuple[datetime, fsrs.Scheduler]] = (),
) -> CardState:
    """Rebuild a card's state from its review log alone (the log is the source of truth).

    `earlier` holds (until, scheduler) pairs in time order for parameters that were in
    effect before `tutor optimize` replaced them: a review made before `until` is applied
    with that scheduler, as it was at the time; later reviews use `scheduler`.
    """
    # As `answer` review by review, but the card stays an fsrs.Card between reviews:
    # converting it back and forth was a third of the doctor's replay of 1M reviews.
    card = fsrs.Card(card_id=0)
    reps = lapses = 0
    for review in reviews:
        at = review.reviewed_at
        in_effect = scheduler
        if earlier:
            in_effect = next((past for until, past in earlier if at < until), scheduler)
        lapses += review.rating == 1 and reps > 0 and card.state is _REVIEW
        card, _log = in_effect.review_card(card, _RATINGS[review.rating], review_datetime=at)
        reps += 1
    if not reps:
        return CardState(card_id=card_id)
    return from_fsrs(card, card_id, reps, lapses)


_RATINGS = {int(rating): rating for rating in fsrs.Rating}
_REVIEW = fsrs.State.Review

PARAMETER_CHANGES = "fsrs_parameter_changes"  # setting: [[until_ms, parameters or null], ...]


def earlier_schedulers(
    settings: dict[str, object], desired_retention: float, fuzz: bool = False
) -> list[tuple[datetime, fsrs.Scheduler]]:
    """The schedulers of parameters used before each change, for `replay(earlier=...)`."""
    from db.records import from_ms

    changes = settings.get(PARAMETER_CHANGES) or []
    assert isinstance(changes, list)
    earlier = []
    for until_ms, parameters in changes:
        until = from_ms(int(until_ms))
        assert until is not None
        earlier.append((until, make_scheduler(desired_retention, parameters, fuzz=fuzz)))
    return earlier


def retrievability(scheduler: fsrs.Scheduler, state: CardState, now: datetime) -> float:
    """The predicted chance of recalling the card at `now`; 0 for a card never seen."""
    if state.stage is CardStage.NEW:
        return 0.0
    return float(scheduler.get_card_retrievability(to_fsrs(state), current_datetime=now))


def is_leech(state: CardState) -> bool:
    return state.lapses >= LEECH_LAPSES


def format_interval(span: timedelta) -> str:
    """A short human interval: '<1m', '10m', '3h', '4d', '2mo', '1.5y'."""
    seconds = span.total_seconds()
    if seconds < 60:
        return "<1m"
    if seconds < 3600:
        return f"{round(seconds / 60)}m"
    if seconds < 86400:
        return f"{round(seconds / 3600)}h"
    days = seconds / 86400
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{round(days / 30)}mo"
    return f"{days / 365:.1f}y"
