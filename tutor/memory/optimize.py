"""Fitting the memory model to the learner's own review log, with fsrs-rs.

The log becomes what FSRS trains on: for each card, its reviews in order, each with the
number of learner days since the one before (0 for a review on the same day). Every
review on a later day than the card's previous one is a prediction to make, and is one
training item holding the card's history up to and including it; same-day reviews stay
in the histories (FSRS-6 models their short-term effect) but are not predicted. Reviews
made in checks count like any other.

`fsrs_rs_python` is imported only here, and only when a fit or simulation is asked for.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone, tzinfo
from typing import TYPE_CHECKING, Any

from db.records import to_ms
from tutor.phases import Progress, no_progress

if TYPE_CHECKING:
    from db.store import Store

# fsrs-rs trains only when it has at least this many predictions; below it returns the
# defaults (under 8) or adjusts the first four weights alone.
MIN_PREDICTIONS = 64
SETTING = "fsrs_parameters"
# Above this many reviews a fixed sample of cards is fitted: the fit is as good well
# before it, and memory grows with it (each prediction holds its card's history up to
# it): on the bench collection's 966,820 reviews a cap of 400,000 peaked at 155 MiB,
# 300,000 at 125 MiB, within the 150 MiB every command keeps to.
MAX_REVIEWS_FITTED = 300_000


@dataclass(frozen=True)
class TrainingSet:
    """The review log in the shape FSRS trains on."""

    items: list[Any]  # fsrs_rs_python.FSRSItem
    card_ids: Sequence[int]  # for each item, its card (as a small integer)
    reviews: int  # reviews of the cards used
    cards: int  # cards used (with at least one prediction)
    reviews_read: int  # every review in the log

    @property
    def predictions(self) -> int:
        return len(self.items)

    @property
    def sampled(self) -> bool:
        return self.reviews < self.reviews_read


@dataclass(frozen=True)
class Evaluation:
    """How well a set of parameters predicts the reviews: lower is better for both."""

    log_loss: float
    rmse_bins: float


@dataclass(frozen=True)
class Fit:
    """The outcome of `fit`: the parameters before and after, and their scores."""

    reviews: int  # reviews used
    reviews_read: int  # reviews in the log
    predictions: int
    cards: int
    current: tuple[float, ...]
    current_score: Evaluation
    fitted: tuple[float, ...]
    fitted_score: Evaluation
    current_is_default: bool

    @property
    def better(self) -> bool:
        return self.fitted_score.log_loss < self.current_score.log_loss


class NotEnoughReviews(Exception):
    """Too little history to fit; says how many more predictions are needed."""

    def __init__(self, predictions: int, reviews: int) -> None:
        self.predictions = predictions
        self.reviews = reviews
        self.missing = MIN_PREDICTIONS - predictions
        super().__init__(
            f"{reviews} review(s) give {predictions} recall(s) to predict (a review on a later"
            f" day than the card's previous one); fitting needs {MIN_PREDICTIONS}, so"
            f" {self.missing} more"
        )


# -- from the log to FSRS items ------------------------------------------------------------


def learner_days(zone: tzinfo, day_start_hour: int) -> Callable[[int], int]:
    """A function from a time in ms to the learner's day number (days since 1970-01-01).

    The zone's UTC offset is looked up once per quarter hour of time seen: offsets change
    only on quarter hours, and a million reviews should not make a million datetimes.
    """
    cache: dict[int, int] = {}
    shift_ms = day_start_hour * 3_600_000

    def day_of(ms: int) -> int:
        quarter = ms // 900_000
        offset = cache.get(quarter)
        if offset is None:
            moment = datetime.fromtimestamp(quarter * 900, tz=timezone.utc).astimezone(zone)
            delta = moment.utcoffset()
            offset = round(delta.total_seconds() * 1000) if delta else 0
            cache[quarter] = offset
        return (ms + offset - shift_ms) // 86_400_000

    return day_of


def training_set(
    rows: Iterable[tuple[str, int, int, int]],
    day_of: Callable[[int], int],
    total: int = 0,
    progress: Progress = no_progress,
    share: float = 1.0,
) -> TrainingSet:
    """FSRS items from (card id, rating, at ms, state before) rows grouped by card, in order.

    A card's history starts at its last review from the new state (earlier reviews belong
    to a card that was reset); a card with no such review is left out, since its start
    is unknown. With `share` below 1, only that share of the cards is used, chosen by a
    hash of their ids so that the same cards are chosen every time.
    """
    from array import array

    from fsrs_rs_python import FSRSItem, FSRSReview

    items: list[Any] = []
    card_ids = array("q")
    reviews_read = reviews_used = cards = 0

    def close(history: list[tuple[int, int, int]]) -> None:
        nonlocal cards, reviews_used
        start = _last_new(history)
        if start is None:
            return
        made: list[Any] = []
        previous_day = history[start][1]
        before = len(items)
        for rating, day, _stage in history[start:]:
            made.append(FSRSReview(rating, day - previous_day))
            if day > previous_day:
                items.append(FSRSItem(made))
            previous_day = day
        if len(items) > before:
            card_ids.extend([cards] * (len(items) - before))
            cards += 1
            reviews_used += len(history) - start

    current: str | None = None
    keep = True
    history: list[tuple[int, int, int]] = []  # (rating, day, state before)
    for card_id, rating, at_ms, state_before in rows:
        if card_id != current:
            if history:
                close(history)
            current, history = card_id, []
            keep = share >= 1.0 or card_number(card_id) < share * 2**53
        if keep:
            history.append((rating, day_of(at_ms), state_before))
        reviews_read += 1
        if reviews_read % 50_000 == 0:
            progress("Reading reviews", reviews_read, total)
    if history:
        close(history)
    progress("Reading reviews", reviews_read, total)
    return TrainingSet(items, card_ids, reviews_used, cards, reviews_read)


def _last_new(history: Sequence[tuple[int, int, int]]) -> int | None:
    for position in range(len(history) - 1, -1, -1):
        if history[position][2] == 0:
            return position
    return None


# -- fitting and scoring -------------------------------------------------------------------


def default_parameters() -> tuple[float, ...]:
    """The parameters `fsrs.Scheduler` uses when none are given."""
    import fsrs

    return tuple(fsrs.Scheduler().parameters)


def evaluate(parameters: Sequence[float], data: TrainingSet) -> Evaluation:
    """Log loss and RMSE (bins) of `parameters` over every prediction in `data`."""
    from fsrs_rs_python import FSRS

    score = FSRS(list(parameters)).evaluate(data.items)
    return Evaluation(float(score.log_loss), float(score.rmse_bins))


def compute_parameters(data: TrainingSet) -> tuple[float, ...]:
    """Fitted FSRS-6 parameters, made acceptable to `fsrs.Scheduler`."""
    from fsrs_rs_python import FSRS

    if data.predictions < MIN_PREDICTIONS:
        raise NotEnoughReviews(data.predictions, data.reviews_read)
    fitted = FSRS([]).compute_parameters(data.items, card_ids=data.card_ids)
    return for_scheduler(fitted)


def for_scheduler(parameters: Sequence[float]) -> tuple[float, ...]:
    """Parameters rounded and held inside the bounds `fsrs.Scheduler` checks.

    fsrs-rs works in 32-bit floats and clips to the same bounds, so a clipped weight can
    come back a hair outside them (0.8 as 0.800000011920929) and be refused.
    """
    from fsrs.scheduler import LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

    if len(parameters) != len(LOWER_BOUNDS_PARAMETERS):
        raise ValueError(
            f"expected {len(LOWER_BOUNDS_PARAMETERS)} FSRS parameters, got {len(parameters)}"
        )
    values = []
    for value, low, high in zip(
        parameters, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, strict=True
    ):
        if not math.isfinite(value):
            raise ValueError("the fit gave a parameter that is not a number")
        values.append(min(max(round(float(value), 4), low), high))
    return tuple(values)


def stored_parameters(store: Store) -> tuple[float, ...] | None:
    """The learner's saved parameters, or None while the defaults are in use."""
    value = store.settings().get(SETTING)
    if not isinstance(value, list) or len(value) != 21:
        return None  # absent, reset, or not something the scheduler could use
    try:
        return tuple(float(number) for number in value)
    except (TypeError, ValueError):
        return None


def fit(
    store: Store,
    zone: tzinfo,
    day_start_hour: int,
    progress: Progress = no_progress,
) -> Fit:
    """Fit parameters to the review log and score them against the current ones.

    Raises NotEnoughReviews when the log is too short. Saves nothing (see `save`).
    """
    from db.revlog import history_by_card, review_count

    total = review_count(store)
    share = min(1.0, MAX_REVIEWS_FITTED / total) if total else 1.0
    rows = history_by_card(store)
    data = training_set(rows, learner_days(zone, day_start_hour), total, progress, share)
    if data.predictions < MIN_PREDICTIONS:
        raise NotEnoughReviews(data.predictions, data.reviews_read)
    saved = stored_parameters(store)
    current = saved or default_parameters()
    progress(f"Fitting to {data.predictions:,} predictions", 0, 0)
    fitted = compute_parameters(data)
    progress("Scoring both sets of parameters", 0, 0)
    return Fit(
        reviews=data.reviews,
        reviews_read=data.reviews_read,
        predictions=data.predictions,
        cards=data.cards,
        current=current,
        current_score=evaluate(current, data),
        fitted=fitted,
        fitted_score=evaluate(fitted, data),
        current_is_default=saved is None,
    )


def save(store: Store, parameters: Sequence[float] | None, now: datetime | None = None) -> None:
    """Store parameters for the scheduler (checked by building one), or None for defaults.

    The parameters they replace are kept with the time they stopped being used, so that
    replaying a card's log (tutor doctor, undo) applies each review as it was scheduled.
    """
    from tutor.memory.scheduling import PARAMETER_CHANGES

    if parameters is not None:
        import fsrs

        fsrs.Scheduler(parameters=tuple(parameters))  # raises ValueError if it would refuse
    settings = store.settings()
    previous = settings.get(SETTING)
    new = list(parameters) if parameters is not None else None
    if previous == new:
        return
    until = to_ms(now or datetime.now(timezone.utc))
    changes = [*(settings.get(PARAMETER_CHANGES) or []), [until, previous]]
    store.set_settings({SETTING: new, PARAMETER_CHANGES: changes})


# -- choosing a desired retention ----------------------------------------------------------

RETENTION_CHOICES = (0.80, 0.85, 0.90, 0.95)
SIMULATED_DAYS = 365
MAX_SIMULATED_CARDS = 1000  # the trade-off settles well before this; more only costs time


@dataclass(frozen=True)
class RetentionRow:
    """What a year at one desired retention would cost and give, by simulation."""

    retention: float
    reviews_per_day: float  # answers a day (new cards included), averaged over the year
    minutes_per_day: float
    remembered: float  # share of the simulated cards recalled at the year's end


@dataclass(frozen=True)
class RetentionAdvice:
    suggested: float
    rows: tuple[RetentionRow, ...]
    cards: int  # cards simulated
    new_per_day: int
    days: int


def retention_advice(
    parameters: Sequence[float],
    cards: int,
    new_per_day: int,
    reviews_per_day: int,
    choices: Sequence[float] = RETENTION_CHOICES,
    seed: int = 7,
) -> RetentionAdvice:
    """Suggest a desired retention (least time per card remembered) and show the trade-off.

    The simulation uses fsrs-rs's learner with these memory parameters, the daily limits
    given, and fsrs-rs's default answer times and rating shares.
    """
    import fsrs_rs_python as rs

    simulated = max(1, min(cards, MAX_SIMULATED_CARDS))
    config = rs.default_simulator_config()
    config.deck_size = simulated
    config.learn_span = SIMULATED_DAYS
    config.learn_limit = max(0, new_per_day)
    config.review_limit = max(0, reviews_per_day)
    weights = list(parameters)
    best = rs.optimal_retention(config, weights)
    suggested = min(max(round(best, 2), 0.70), 0.95)
    rows = []
    for retention in sorted({*choices, suggested}):
        result = rs.simulate(weights, retention, config, seed)
        days = max(1, len(result.review_cnt_per_day))
        answers = sum(result.review_cnt_per_day) + sum(result.learn_cnt_per_day)
        rows.append(
            RetentionRow(
                retention=retention,
                reviews_per_day=answers / days,
                minutes_per_day=sum(result.cost_per_day) / days / 60,
                remembered=(result.memorized_cnt_per_day[-1] / simulated)
                if result.memorized_cnt_per_day
                else 0.0,
            )
        )
    return RetentionAdvice(suggested, tuple(rows), simulated, new_per_day, SIMULATED_DAYS)


# -- the review log for the official FSRS tools --------------------------------------------

REVLOG_COLUMNS = ("card_id", "review_time", "review_rating", "review_state", "review_duration")


def card_number(card_id: str) -> int:
    """A stable integer for a card id: the first 53 bits of its SHA-256.

    The same card gets the same number in every export and on every machine; 53 bits keep
    it exact in tools that read numbers as doubles. Two cards sharing a number is
    vanishingly unlikely (about one in 10^6 for 100,000 cards).
    """
    import hashlib

    digest = hashlib.sha256(card_id.encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 11


def write_revlog(rows: Iterable[tuple[str, int, int, int, int | None]], out: Any) -> int:
    """Write (card id, at ms, rating, state before, duration ms) rows as the optimizer's CSV."""
    import csv

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(REVLOG_COLUMNS)
    count = 0
    numbers: dict[str, int] = {}
    for card_id, at_ms, rating, state_before, duration_ms in rows:
        number = numbers.get(card_id)
        if number is None:
            number = numbers[card_id] = card_number(card_id)
        writer.writerow(
            (number, at_ms, rating, state_before, "" if duration_ms is None else duration_ms)
        )
        count += 1
    return count
