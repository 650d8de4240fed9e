"""The simulated learner: reproducible, faithful to FSRS-6, and written whole into a Store."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest
from fsrs_rs_python import FSRS, FSRSItem, FSRSReview

from db import Store
from tutor.memory.simulate import (
    DEFAULT_PARAMETERS,
    EXAMPLE_TRUE_PARAMETERS,
    Learner,
    Plan,
    Simulation,
    card_id,
    write_history,
)

SMALL = Plan(cards=200, new_per_day=10, days=120, seed=3)


def by_card(reviews):  # type: ignore[no-untyped-def]
    cards = defaultdict(list)
    for review in reviews:
        cards[review.card].append(review)
    return cards


def test_the_same_seed_gives_the_same_history_and_another_seed_another() -> None:
    first = Simulation(SMALL).reviews()
    assert first == Simulation(SMALL).reviews()
    other = Simulation(Plan(cards=200, new_per_day=10, days=120, seed=4)).reviews()
    assert [review.rating for review in other] != [review.rating for review in first]


def test_reviews_come_in_time_order_with_same_day_learning_steps() -> None:
    reviews = Simulation(SMALL).reviews()
    times = [review.at_ms for review in reviews]
    assert times == sorted(times) and len(set(times)) == len(times)
    stages = {review.state_before for review in reviews}
    assert stages == {0, 1, 2, 3}  # new, learning steps, reviews and relearning all occur
    for history in by_card(reviews).values():
        assert history[0].state_before == 0
        assert all(review.state_before != 0 for review in history[1:])


def test_the_true_memory_is_fsrs6_as_fsrs_rs_computes_it() -> None:
    # Replaying each card's ratings through fsrs-rs with the true parameters must give the
    # stability the simulation drew recalls from: the truth is the FSRS-6 model itself.
    simulation = Simulation(SMALL)
    reviews = simulation.reviews()
    model = FSRS(list(EXAMPLE_TRUE_PARAMETERS))
    day_ms = 86_400_000
    for index, history in list(by_card(reviews).items())[:40]:
        days = [(review.at_ms - 4 * 3_600_000) // day_ms for review in history]
        item = FSRSItem(
            [
                FSRSReview(review.rating, day - (days[k - 1] if k else day))
                for k, (review, day) in enumerate(zip(history, days, strict=True))
            ]
        )
        expected = model.memory_state(item).stability
        assert simulation.true_stability(index) == pytest.approx(expected, rel=1e-3)


def test_recall_matches_the_desired_retention_when_the_app_knows_the_true_model() -> None:
    # Scheduled for 90% with the learner's true parameters, about 90% of the reviews
    # from the review stage are recalled (not rated Again).
    plan = Plan(cards=1500, new_per_day=25, days=200, seed=5, app_parameters=DEFAULT_PARAMETERS)
    reviews = Simulation(plan, Learner(parameters=DEFAULT_PARAMETERS)).reviews()
    due = [review for review in reviews if review.state_before == 2]
    recalled = sum(review.rating > 1 for review in due) / len(due)
    assert len(due) > 5000
    assert recalled == pytest.approx(0.9, abs=0.02)


def test_max_reviews_stops_exactly() -> None:
    plan = Plan(cards=500, new_per_day=20, days=365, seed=1, max_reviews=3210)
    simulation = Simulation(plan)
    assert len(simulation.reviews()) == 3210
    assert simulation.made == 3210


def test_write_history_puts_cards_reviews_and_states_in_the_store(tmp_path: Path) -> None:
    with Store.open(tmp_path / "sim.sqlite3") as store:
        simulation = write_history(store, SMALL)
        conn = store.conn
        (reviews,) = conn.execute("SELECT count(*) FROM review").fetchone()
        assert reviews == simulation.made == len(Simulation(SMALL).reviews())
        (cards,) = conn.execute("SELECT count(*) FROM card").fetchone()
        assert cards == SMALL.cards
        stored = store.card(card_id(0))
        assert stored is not None
        assert stored.state.reps == len(store.reviews_of(card_id(0)))
        assert stored.state.stage > 0 and stored.state.due is not None
        assert [review.rating for review in store.reviews_of(card_id(0))] == [
            review.rating for review in Simulation(SMALL).reviews() if review.card == 0
        ]
        assert store.integrity() == "ok"


def test_write_history_is_one_transaction(tmp_path: Path) -> None:
    with Store.open(tmp_path / "sim.sqlite3") as store:
        write_history(store, SMALL)
        before = store.conn.execute("SELECT count(*) FROM review").fetchone()
        # The same path again fails on its name: nothing of the second run may remain.
        with pytest.raises(sqlite3.IntegrityError):
            write_history(store, SMALL)
        assert store.conn.execute("SELECT count(*) FROM review").fetchone() == before
