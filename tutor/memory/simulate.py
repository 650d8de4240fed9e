"""A simulated learner: review histories drawn from a known memory model, for tests and bench.

The learner's memory follows FSRS-6 with "true" parameters that the simulation knows and
the optimizer does not. The app schedules with its own parameters (the defaults unless
told otherwise), the way `tutor review` would: learning steps of 1 and 10 minutes, a
relearning step of 10 minutes, then intervals in whole days for the desired retention.
On each review the learner recalls the card with the probability the true model gives
(its retrievability after the whole learner days since the last review, as FSRS counts
them) and rates it: Again when forgotten, else Hard, Good or Easy in fixed shares.

Everything random comes from one `random.Random(seed)`, so a plan always gives the same
history. Reviews come out in time order, in batches, so a million of them can be written
without holding them all in memory.
"""

from __future__ import annotations

import heapq
import math
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone, tzinfo
from typing import TYPE_CHECKING, NamedTuple

from db.records import CardStage, CardState, from_ms

if TYPE_CHECKING:
    from db.store import Store

# FSRS-6 defaults (the same numbers as fsrs.Scheduler's and fsrs-rs's).
DEFAULT_PARAMETERS: tuple[float, ...] = (
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
)  # fmt: skip

# A learner who forgets faster at first, lapses harder and whose curve is flatter than
# the defaults assume: far enough from them that a fit must move every group of weights.
EXAMPLE_TRUE_PARAMETERS: tuple[float, ...] = (
    0.45, 1.9, 4.6, 16.0, 6.9, 0.62, 2.4, 0.012, 1.55, 0.21, 1.05,
    1.75, 0.09, 0.34, 1.35, 0.45, 2.3, 0.62, 0.16, 0.11, 0.3,
)  # fmt: skip

NEW, LEARNING, REVIEW, RELEARNING = (int(stage) for stage in CardStage)
LEARNING_STEPS_MIN = (1, 10)
RELEARNING_STEPS_MIN = (10,)
S_MIN, S_MAX = 0.001, 36500.0
MAX_INTERVAL_DAYS = 36500
DAY_MS = 86_400_000
MINUTE_MS = 60_000


class SimulatedReview(NamedTuple):
    """One simulated answer: card index, rating, time, duration and the stage it was in."""

    card: int
    rating: int
    at_ms: int
    duration_ms: int
    state_before: int


@dataclass(frozen=True)
class Learner:
    """The simulated person: how their memory works and how they rate what they recall."""

    parameters: Sequence[float] = EXAMPLE_TRUE_PARAMETERS
    first_rating: Sequence[float] = (0.24, 0.094, 0.495, 0.171)  # Again, Hard, Good, Easy
    recalled_rating: Sequence[float] = (0.224, 0.632, 0.144)  # Hard, Good, Easy


@dataclass(frozen=True)
class Plan:
    """What the learner does: how many cards, how fast new ones come, for how many days."""

    cards: int = 1000
    new_per_day: int = 20
    days: int = 365
    seed: int = 1
    start: date = date(2025, 1, 6)
    zone: tzinfo = timezone.utc
    day_start_hour: int = 4
    desired_retention: float = 0.9
    app_parameters: Sequence[float] = DEFAULT_PARAMETERS
    max_reviews: int | None = None  # stop once this many reviews have been made


def card_id(index: int) -> str:
    """The text id of simulated card `index` (stable, so histories can be compared)."""
    return f"sim-{index:07d}"


@dataclass(slots=True)
class _Memory:
    """One card in the simulation: the truth, the app's view, and its place in learning."""

    true_s: float = 0.0
    true_d: float = 0.0
    app_s: float = 0.0
    app_d: float = 0.0
    stage: int = 0
    step: int = 0
    last_day: int = 0
    last_ms: int = 0
    due_ms: int = 0
    reps: int = 0
    lapses: int = 0


@dataclass
class Simulation:
    """A run of one plan. Iterate `batches()` once; then `states()` gives each card's end."""

    plan: Plan
    learner: Learner = field(default_factory=Learner)
    introduced: int = 0
    made: int = 0
    _memories: list[_Memory] = field(default_factory=list)

    def batches(self, size: int = 20_000) -> Iterator[list[SimulatedReview]]:
        """The reviews in time order, `size` at a time."""
        plan, learner = self.plan, self.learner
        rng = random.Random(plan.seed)
        true_w, app_w = _Weights(learner.parameters), _Weights(plan.app_parameters)
        first_cum = _cumulative(learner.first_rating)
        recalled_cum = _cumulative(learner.recalled_rating)
        day0_ms = _day_start_ms(plan)
        session_ms = (9 - plan.day_start_hour) * 3_600_000  # sessions start at 9:00
        queue: list[tuple[int, int]] = []  # (due ms, card index)
        batch: list[SimulatedReview] = []
        clock = 0
        limit = plan.max_reviews
        for day in range(plan.days):
            day_ms = day0_ms + day * DAY_MS
            # New cards join the queue at the start of the day's session.
            for _ in range(min(plan.new_per_day, plan.cards - self.introduced)):
                self._memories.append(_Memory())
                heapq.heappush(queue, (day_ms + session_ms, self.introduced))
                self.introduced += 1
            end_ms = day_ms + DAY_MS
            while queue and queue[0][0] < end_ms:
                due, index = heapq.heappop(queue)
                clock = max(clock, due)
                memory = self._memories[index]
                rating, state_before = _answer(
                    memory, day, clock, rng, true_w, first_cum, recalled_cum
                )
                duration = 2_000 + int(rng.random() * 18_000)
                batch.append(SimulatedReview(index, rating, clock, duration, state_before))
                _schedule(memory, rating, day, clock, day_ms, session_ms, app_w, plan, rng)
                heapq.heappush(queue, (memory.due_ms, index))
                clock += 1000  # answers a second apart keep every time distinct
                self.made += 1
                if len(batch) >= size:
                    yield batch
                    batch = []
                if limit is not None and self.made >= limit:
                    if batch:
                        yield batch
                    return
        if batch:
            yield batch

    def reviews(self) -> list[SimulatedReview]:
        """Every review of the run as one list (for tests; the bench uses `batches`)."""
        return [review for batch in self.batches() for review in batch]

    def states(self) -> list[CardState]:
        """Each introduced card's state at the end, as the app would have stored it."""
        return [
            CardState(
                card_id=card_id(index),
                stage=CardStage(memory.stage),
                step=memory.step if memory.stage in (1, 3) else None,
                stability=memory.app_s,
                difficulty=memory.app_d,
                due=from_ms(memory.due_ms),
                last_review=from_ms(memory.last_ms),
                reps=memory.reps,
                lapses=memory.lapses,
            )
            for index, memory in enumerate(self._memories)
            if memory.reps > 0
        ]

    def true_stability(self, index: int) -> float:
        return self._memories[index].true_s


# -- the memory model ----------------------------------------------------------------------


class _Weights:
    """FSRS-6 weights unpacked once, with the forgetting curve's constants."""

    def __init__(self, parameters: Sequence[float]) -> None:
        if len(parameters) != 21:
            raise ValueError(f"FSRS-6 has 21 parameters, not {len(parameters)}")
        self.w = tuple(float(value) for value in parameters)
        self.decay = -self.w[20]
        self.factor = 0.9 ** (1 / self.decay) - 1
        self.easy_d0 = self.initial_difficulty(4, clamp=False)

    def initial_difficulty(self, rating: int, clamp: bool = True) -> float:
        w = self.w
        value = w[4] - math.exp(w[5] * (rating - 1)) + 1
        return min(max(value, 1.0), 10.0) if clamp else value

    def recall(self, days: float, stability: float) -> float:
        return (1 + self.factor * days / stability) ** self.decay

    def interval(self, stability: float, retention: float) -> float:
        return stability / self.factor * (retention ** (1 / self.decay) - 1)

    def step(self, s: float, d: float, rating: int, days: int, first: bool) -> tuple[float, float]:
        """The (stability, difficulty) after a review `days` learner days after the last."""
        w = self.w
        if first:
            return w[rating - 1], self.initial_difficulty(rating)
        if days == 0:
            grow = math.exp(w[17] * (rating - 3 + w[18])) * s ** -w[19]
            # As fsrs-rs trains it: only Again can lower stability on the same day (py-fsrs
            # lets Hard lower it too; the truth here is the model the optimizer fits).
            new_s = s * (max(grow, 1.0) if rating >= 2 else grow)
        else:
            r = self.recall(days, s)
            if rating == 1:
                forget = w[11] * d ** -w[12] * ((s + 1) ** w[13] - 1) * math.exp(w[14] * (1 - r))
                new_s = min(forget, s / math.exp(w[17] * w[18]))
            else:
                bonus = w[15] if rating == 2 else w[16] if rating == 4 else 1.0
                new_s = s * (
                    1
                    + math.exp(w[8])
                    * (11 - d)
                    * s ** -w[9]
                    * (math.exp(w[10] * (1 - r)) - 1)
                    * bonus
                )
        moved = d - w[6] * (rating - 3) * (10 - d) / 9
        new_d = w[7] * self.easy_d0 + (1 - w[7]) * moved
        new_s = S_MIN if new_s < S_MIN else S_MAX if new_s > S_MAX else new_s
        new_d = 1.0 if new_d < 1.0 else 10.0 if new_d > 10.0 else new_d
        return new_s, new_d


def _cumulative(shares: Sequence[float]) -> list[float]:
    total = sum(shares)
    running, cumulative = 0.0, []
    for share in shares:
        running += share / total
        cumulative.append(running)
    return cumulative


def _pick(cumulative: list[float], roll: float) -> int:
    for position, edge in enumerate(cumulative):
        if roll < edge:
            return position
    return len(cumulative) - 1


def _answer(
    memory: _Memory,
    day: int,
    now_ms: int,
    rng: random.Random,
    true_w: _Weights,
    first_cum: list[float],
    recalled_cum: list[float],
) -> tuple[int, int]:
    """The learner's rating, drawn from the true memory; updates the true state."""
    first = memory.reps == 0
    if first:
        rating = 1 + _pick(first_cum, rng.random())
    else:
        days = day - memory.last_day
        # Same-day answers recall with the exact elapsed time; FSRS counts them as day 0.
        elapsed = days if days > 0 else (now_ms - memory.last_ms) / DAY_MS
        recalled = rng.random() < true_w.recall(elapsed, memory.true_s)
        rating = 2 + _pick(recalled_cum, rng.random()) if recalled else 1
    days = 0 if first else day - memory.last_day
    memory.true_s, memory.true_d = true_w.step(memory.true_s, memory.true_d, rating, days, first)
    return rating, memory.stage


def _schedule(
    memory: _Memory,
    rating: int,
    day: int,
    now_ms: int,
    day_ms: int,
    session_ms: int,
    app_w: _Weights,
    plan: Plan,
    rng: random.Random,
) -> None:
    """The app's side: its own memory estimate, the next stage and the due time."""
    first = memory.reps == 0
    days = 0 if first else day - memory.last_day
    memory.app_s, memory.app_d = app_w.step(memory.app_s, memory.app_d, rating, days, first)
    stage = memory.stage
    if stage == REVIEW and rating == 1:
        memory.lapses += 1
    memory.reps += 1
    memory.last_day, memory.last_ms = day, now_ms

    wait_min: float | None = None
    if stage in (NEW, LEARNING):
        steps = LEARNING_STEPS_MIN
        wait_min, memory.step = _learning_step(memory.step if stage else 0, rating, steps)
        memory.stage = LEARNING if wait_min is not None else REVIEW
    elif stage == REVIEW:
        if rating == 1:
            wait_min, memory.step = RELEARNING_STEPS_MIN[0], 0
            memory.stage = RELEARNING
    else:  # relearning
        wait_min, memory.step = _learning_step(memory.step, rating, RELEARNING_STEPS_MIN)
        memory.stage = RELEARNING if wait_min is not None else REVIEW

    if wait_min is not None:
        memory.due_ms = now_ms + round(wait_min * MINUTE_MS)
        return
    days_ahead = _fuzzed_days(app_w.interval(memory.app_s, plan.desired_retention), rng)
    memory.due_ms = day_ms + days_ahead * DAY_MS + session_ms


def _learning_step(step: int, rating: int, steps: Sequence[int]) -> tuple[float | None, int]:
    """(minutes to wait, new step), or (None, 0) when the card graduates."""
    if rating == 1:
        return steps[0], 0
    if rating == 2:
        if step == 0 and len(steps) > 1:
            return (steps[0] + steps[1]) / 2, 0
        return steps[step] * (1.5 if len(steps) == 1 else 1.0), step
    if rating == 3 and step + 1 < len(steps):
        return steps[step + 1], step + 1
    return None, 0


def _fuzzed_days(interval: float, rng: random.Random) -> int:
    days = max(1, round(interval))
    if days >= 3:
        # A little spread, as the real scheduler's fuzz gives, so intervals vary.
        spread = max(1, round(days * 0.05))
        days += int(rng.random() * (2 * spread + 1)) - spread
    return 1 if days < 1 else MAX_INTERVAL_DAYS if days > MAX_INTERVAL_DAYS else days


def _day_start_ms(plan: Plan) -> int:
    """Milliseconds at the start of the plan's first learner day, in its zone."""
    start = datetime(
        plan.start.year, plan.start.month, plan.start.day, plan.day_start_hour, tzinfo=plan.zone
    )
    return round(start.timestamp() * 1000)


CARDS_PER_ENTRY = 20


def write_history(
    store: Store, plan: Plan, learner: Learner | None = None, path: str = "Simulated"
) -> Simulation:
    """Run `plan` and write its cards, reviews and end states into `store`, in one transaction.

    Every planned card is written (those the plan never reached stay new), grouped by
    twenty into the steps of one path, all unlocked. Returns the finished simulation.
    """
    from db.revlog import BulkCard, insert_path, insert_reviews, write_states

    simulation = Simulation(plan, learner or Learner())
    entries = -(-plan.cards // CARDS_PER_ENTRY)
    titles = [f"{path} {number:05d}" for number in range(1, entries + 1)]
    cards = (
        BulkCard(
            id=card_id(index),
            entry=index // CARDS_PER_ENTRY,
            position=index % CARDS_PER_ENTRY,
            prompt=f"Simulated question {index + 1}?",
            answer=f"Answer {index + 1}.",
        )
        for index in range(plan.cards)
    )
    rows = (
        (card_id(review.card), review.rating, review.at_ms, review.duration_ms,
         review.state_before, "review")
        for batch in simulation.batches()
        for review in batch
    )  # fmt: skip
    slug = "".join(char if char.isalnum() else "-" for char in path.lower())
    with store.transaction() as conn:
        insert_path(conn, path, slug, titles, cards, _day_start_ms(plan))
        insert_reviews(conn, rows)
        write_states(conn, simulation.states())
    return simulation


__all__ = [
    "DEFAULT_PARAMETERS",
    "EXAMPLE_TRUE_PARAMETERS",
    "Learner",
    "Plan",
    "SimulatedReview",
    "Simulation",
    "card_id",
    "write_history",
]
