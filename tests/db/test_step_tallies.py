"""`tutor path` counts in SQL: its figures are exactly those FSRS gives card by card."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from db import Store, to_ms
from db.progress import step_tallies
from tutor.importing import ensure_builtin
from tutor.paths import tally_cards
from tutor.scheduling import answer, make_scheduler

NOW = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)


@pytest.fixture
def lived_in(tmp_path: Path) -> Store:
    """The built-in path with every step open and a year of mixed answers."""
    store = Store.open(tmp_path / "tutor.sqlite3")
    ensure_builtin(store, NOW - timedelta(days=400))
    store.unlock([step.key for step in store.all_steps()], NOW - timedelta(days=400))
    scheduler = make_scheduler(fuzz=False)
    rng = random.Random(17)
    cards = store.new_cards(10_000)
    for stored in cards[: len(cards) * 3 // 4]:  # a quarter stays unseen
        at = NOW - timedelta(days=rng.randint(2, 380), hours=rng.randint(0, 23))
        for _ in range(rng.randint(1, 6)):
            rating = rng.choice([1, 2, 3, 3, 3, 4])
            store.answer_card(
                stored.card.id, lambda s, m, r=rating: answer(scheduler, s, r, m), rating, at, 900
            )
            at += timedelta(days=rng.randint(0, 40), minutes=rng.randint(1, 600))
            if at > NOW:
                break
    for stored in cards[::23]:
        store.suspend(stored.card.id, NOW)
    return store


def test_sql_tallies_equal_fsrs_card_by_card(lived_in: Store) -> None:
    store = lived_in
    scheduler = make_scheduler(fuzz=False)
    decay = -float(scheduler.parameters[20])
    steps = store.all_steps()
    expected = tally_cards(
        {step.key: store.cards_of_step(step.key) for step in steps}, scheduler, NOW, 0.9
    )
    found = step_tallies(store, to_ms(NOW), decay, 0.9)
    assert set(found) == set(expected)
    for key, tally in expected.items():
        got = found[key]
        assert (got.total, got.seen, got.learning, got.weak) == (
            tally.total,
            tally.seen,
            tally.learning,
            tally.weak,
        ), key
        assert got.recall_sum == pytest.approx(tally.recall_sum, rel=1e-9), key
    # the collection exercises every count, so a wrong condition cannot hide
    assert sum(t.weak for t in expected.values()) > 0
    assert sum(t.learning for t in expected.values()) > 0
    assert 0 < sum(t.seen for t in expected.values()) < sum(t.total for t in expected.values())


def test_one_path_is_tallied_alone(lived_in: Store) -> None:
    scheduler = make_scheduler(fuzz=False)
    decay = -float(scheduler.parameters[20])
    (path,) = {step.path for step in lived_in.all_steps()}
    everything = step_tallies(lived_in, to_ms(NOW), decay, 0.9)
    assert step_tallies(lived_in, to_ms(NOW), decay, 0.9, path) == everything
    assert step_tallies(lived_in, to_ms(NOW), decay, 0.9, "No Such Path") == {}
