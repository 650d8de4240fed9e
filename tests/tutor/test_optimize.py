"""Fitting FSRS to the review log: the items FSRS trains on, the fit, and what is saved."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from itertools import pairwise
from pathlib import Path

import fsrs
import pytest

from db import Store
from db.records import CardStage, CardState
from db.revlog import history_by_card
from tutor.app import scheduler_for
from tutor.memory.optimize import (
    MIN_PREDICTIONS,
    NotEnoughReviews,
    card_number,
    default_parameters,
    evaluate,
    fit,
    for_scheduler,
    learner_days,
    retention_advice,
    save,
    training_set,
)
from tutor.memory.simulate import EXAMPLE_TRUE_PARAMETERS, Plan, card_id, write_history

UTC = timezone.utc
T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
MS = 1000


def ms(moment: datetime) -> int:
    return round(moment.timestamp() * MS)


def pairs(item: object) -> list[tuple[int, int]]:
    """(rating, delta_t) of an FSRSItem, read from its repr (the class has no getters)."""
    return [
        (int(rating), int(delta))
        for rating, delta in re.findall(r"rating: (\d+), delta_t: (\d+)", repr(item))
    ]


def test_same_day_reviews_stay_in_the_history_but_are_not_predicted() -> None:
    day = timedelta(days=1)
    rows = [
        ("a", 3, ms(T0), 0),  # new
        ("a", 3, ms(T0 + timedelta(minutes=10)), 1),  # learning step, same day
        ("a", 3, ms(T0 + 2 * day), 2),
        ("a", 1, ms(T0 + 2 * day + timedelta(hours=3)), 2),  # lapse, then relearning
        ("a", 3, ms(T0 + 2 * day + timedelta(hours=3, minutes=10)), 3),
        ("a", 3, ms(T0 + 5 * day), 2),
    ]
    data = training_set(rows, learner_days(UTC, 4))
    assert [pairs(item) for item in data.items] == [
        [(3, 0), (3, 0), (3, 2)],
        [(3, 0), (3, 0), (3, 2), (1, 0), (3, 0), (3, 3)],
    ]
    assert (data.reviews, data.cards, data.predictions) == (6, 1, 2)


def test_days_are_the_learners_days_with_the_day_start_hour() -> None:
    # 23:00 and 03:30 the next night are the same learner day when days start at 4:00,
    # but two days when they start at midnight.
    evening = datetime(2026, 1, 5, 23, 0, tzinfo=UTC)
    rows = [("a", 3, ms(evening), 0), ("a", 3, ms(evening + timedelta(hours=4, minutes=30)), 2)]
    assert training_set(rows, learner_days(UTC, 4)).predictions == 0
    assert [pairs(item) for item in training_set(rows, learner_days(UTC, 0)).items] == [
        [(3, 0), (3, 1)]
    ]
    # In a zone two hours ahead, 23:00 UTC is already 01:00 of the next local day.
    ahead = timezone(timedelta(hours=2))
    assert training_set(rows, learner_days(ahead, 0)).predictions == 0


def test_a_history_starts_at_the_cards_last_new_review() -> None:
    day = timedelta(days=1)
    rows = [
        ("a", 3, ms(T0), 2),  # no review from the new state: start unknown, left out
        ("a", 3, ms(T0 + 3 * day), 2),
        ("b", 1, ms(T0), 0),
        ("b", 3, ms(T0 + day), 1),
        ("b", 4, ms(T0 + 4 * day), 0),  # reset: its history starts again here
        ("b", 3, ms(T0 + 9 * day), 2),
    ]
    data = training_set(rows, learner_days(UTC, 4))
    assert [pairs(item) for item in data.items] == [[(4, 0), (3, 5)]]
    assert data.reviews_read == 6 and data.cards == 1


@pytest.fixture(scope="module")
def simulated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A learner with non-default true parameters and about 24,000 reviews."""
    path = tmp_path_factory.mktemp("sim") / "tutor.sqlite3"
    with Store.open(path) as store:
        simulation = write_history(store, Plan(cards=2000, new_per_day=20, days=365, seed=11))
    assert simulation.made >= 20_000
    return path


def test_the_fit_comes_within_one_percent_of_the_true_parameters(simulated: Path) -> None:
    assert default_parameters() != EXAMPLE_TRUE_PARAMETERS
    with Store.open(simulated) as store:
        result = fit(store, UTC, 4)
        data = training_set(history_by_card(store), learner_days(UTC, 4))
    assert result.reviews >= 20_000
    truth = evaluate(EXAMPLE_TRUE_PARAMETERS, data)
    assert result.fitted_score.log_loss <= truth.log_loss * 1.01
    assert result.fitted_score.log_loss < result.current_score.log_loss  # the defaults
    assert result.current_is_default and result.better
    assert result.fitted_score.rmse_bins < result.current_score.rmse_bins


def test_saved_parameters_drive_the_scheduler(simulated: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(simulated.read_bytes())
    with Store.open(copy) as store:
        result = fit(store, UTC, 4)
        save(store, result.fitted)
        scheduler = scheduler_for(store, fuzz=False)
        assert tuple(scheduler.parameters) == result.fitted
        # A new card answered Easy is due after the fitted w[3] days, not the default 8.3.
        card, _ = scheduler.review_card(fsrs.Card(), fsrs.Rating.Easy, review_datetime=T0)
        assert card.due - T0 == timedelta(days=round(result.fitted[3]))
        assert round(result.fitted[3]) != round(default_parameters()[3])
        save(store, None)
        assert tuple(scheduler_for(store).parameters) == default_parameters()


def test_parameters_a_hair_outside_the_bounds_are_brought_inside() -> None:
    # fsrs-rs clips in 32-bit floats: 0.8 comes back as 0.800000011920929.
    drifted = list(default_parameters())
    drifted[19] = 0.800000011920929
    drifted[20] = 0.10000000149011612
    drifted[7] = 0.0009999999
    with pytest.raises(ValueError):
        fsrs.Scheduler(parameters=tuple(drifted))
    fixed = for_scheduler(drifted)
    assert fsrs.Scheduler(parameters=fixed).parameters == fixed
    assert (fixed[19], fixed[7]) == (0.8, 0.001)


def test_too_little_history_says_how_much_more_is_needed(tmp_path: Path) -> None:
    with Store.open(tmp_path / "small.sqlite3") as store:
        write_history(store, Plan(cards=10, new_per_day=10, days=4, seed=2))
        with pytest.raises(NotEnoughReviews) as raised:
            fit(store, UTC, 4)
    short = raised.value
    assert 0 < short.predictions < MIN_PREDICTIONS
    assert short.missing == MIN_PREDICTIONS - short.predictions
    assert f"{short.missing} more" in str(short)


def test_reviews_from_checks_count_like_any_other(tmp_path: Path) -> None:
    with Store.open(tmp_path / "c.sqlite3") as store:
        write_history(store, Plan(cards=20, new_per_day=20, days=30, seed=2))
        before = training_set(history_by_card(store), learner_days(UTC, 4))
        stored = store.card(card_id(0))
        assert stored is not None and stored.state.last_review is not None
        later = stored.state.last_review + timedelta(days=3)
        store.record_review(
            CardState(card_id(0), CardStage.REVIEW), 3, later, 5000, CardStage.REVIEW, "check"
        )
        after = training_set(history_by_card(store), learner_days(UTC, 4))
    assert after.predictions == before.predictions + 1


def test_card_numbers_are_stable_and_exact_as_doubles() -> None:
    assert card_number("c1-abc") == card_number("c1-abc")
    assert card_number("c1-abc") != card_number("c1-abd")
    assert 0 <= card_number("c1-abc") < 2**53
    numbers = {card_number(card_id(index)) for index in range(20_000)}
    assert len(numbers) == 20_000


def test_higher_retention_costs_more_reviews_and_keeps_more() -> None:
    advice = retention_advice(
        EXAMPLE_TRUE_PARAMETERS, cards=300, new_per_day=20, reviews_per_day=200
    )
    rows = {row.retention: row for row in advice.rows}
    assert {0.80, 0.85, 0.90, 0.95} <= set(rows)
    ordered = [rows[value] for value in (0.80, 0.85, 0.90, 0.95)]
    assert all(a.reviews_per_day < b.reviews_per_day for a, b in pairwise(ordered))
    assert all(a.remembered < b.remembered for a, b in pairwise(ordered))
    assert 0.70 <= advice.suggested <= 0.95
    assert advice.suggested in rows
