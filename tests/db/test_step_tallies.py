"""`tutor path` counts in SQL: its figures are exactly those FSRS gives card by card."""

from __future__ import annotations

import itertools
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from db import Store, to_ms
from db.progress import step_tallies
from tutor.interop.importing import ensure_builtin
from tutor.memory.scheduling import answer, make_scheduler
from tutor.progress.paths import tally_cards

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
        assert (got.total, got.seen, got.learning, got.weak, got.set_aside) == (
            tally.total,
            tally.seen,
            tally.learning,
            tally.weak,
            tally.set_aside,
        ), key
        assert got.recall_sum == pytest.approx(tally.recall_sum, rel=1e-9), key
    # the collection exercises every count, so a wrong condition cannot hide
    assert sum(t.weak for t in expected.values()) > 0
    assert sum(t.learning for t in expected.values()) > 0
    assert sum(t.set_aside for t in expected.values()) > 0
    assert 0 < sum(t.seen for t in expected.values()) < sum(t.total for t in expected.values())


def test_one_path_is_tallied_alone(lived_in: Store) -> None:
    scheduler = make_scheduler(fuzz=False)
    decay = -float(scheduler.parameters[20])
    (path,) = {step.path for step in lived_in.all_steps()}
    everything = step_tallies(lived_in, to_ms(NOW), decay, 0.9)
    assert step_tallies(lived_in, to_ms(NOW), decay, 0.9, path) == everything
    assert step_tallies(lived_in, to_ms(NOW), decay, 0.9, "No Such Path") == {}


def _raw_cards(store: Store) -> list[tuple]:
    """Every card as stored, with its state row's columns (None without one)."""
    return store.conn.execute(
        "SELECT c.id, c.entry_key, c.retired_at, c.suspended_at, c.flagged_at,"
        " c.suspend_reason, e.unlocked_at, s.state, s.stability, s.last_review, s.due,"
        " s.lapses, s.step, s.difficulty, s.reps"
        " FROM card c JOIN entry e ON e.key = c.entry_key"
        " LEFT JOIN card_state s ON s.card_id = c.id"
    ).fetchall()


@pytest.fixture
def varied(lived_in: Store) -> Store:
    """lived_in with some cards flagged, retired and suspended as leeches, and one step locked."""
    store = lived_in
    ids = [row[0] for row in _raw_cards(store)]
    with store.transaction() as conn:
        conn.executemany(
            "UPDATE card SET flagged_at = 1, flag_reason = 'x' WHERE id = ?",
            [(i,) for i in ids[::17]],
        )
        conn.executemany("UPDATE card SET retired_at = 1 WHERE id = ?", [(i,) for i in ids[5::29]])
        conn.executemany(
            "UPDATE card SET suspended_at = 1, suspend_reason = 'leech' WHERE id = ?",
            [(i,) for i in ids[7::31]],
        )
        conn.execute("UPDATE entry SET unlocked_at = NULL WHERE key = (SELECT max(key) FROM entry)")
        conn.execute("DELETE FROM card_state WHERE card_id = ?", (ids[3],))
    return store


def test_step_cards_equal_a_count_card_by_card(varied: Store) -> None:
    from db.progress import step_cards
    from db.records import CardStage, CardState
    from tutor.memory.scheduling import to_fsrs

    store = varied
    scheduler = make_scheduler(fuzz=False)
    decay = -float(scheduler.parameters[20])
    expected: dict[str, dict[str, float]] = {}
    for row in _raw_cards(store):
        _, key, retired, suspended, flagged, reason, unlocked, state, stability, last, *_ = row
        state = 0 if state is None else state  # a card without a state row counts as new
        sums = expected.setdefault(key, {})

        def add(name: str, value: float = 1, sums: dict[str, float] = sums) -> None:
            sums[name] = sums.get(name, 0) + value

        if retired is not None:
            add("retired")
            continue
        add("lapses", row[11] or 0)
        add("leeches", reason == "leech")
        if flagged is not None:
            add("flagged")
        elif suspended is not None:
            add("suspended")
        else:
            add(["new", "learning", "review", "relearning"][state])
            add("new_in_queue", state == 0 and unlocked is not None)
        if state and flagged is None:  # a flagged card is out of the memory figures
            add("seen")
            add("stability_sum", stability)
            # only a learnt card (in review) is predicted: one still being learnt recalls 0
            if state == CardStage.REVIEW and stability and last is not None:
                card = CardState(
                    card_id=row[0],
                    stage=CardStage(state),
                    step=row[12],
                    stability=stability,
                    difficulty=row[13],
                    due=None,
                    last_review=datetime.fromtimestamp(last / 1000, timezone.utc),
                    reps=row[14],
                    lapses=row[11],
                )
                add("recall_sum", scheduler.get_card_retrievability(to_fsrs(card), NOW))
                add("recall_cards")
    found = {step.key: step for step in step_cards(store, to_ms(NOW), decay)}
    assert set(found) == set(expected)
    for key, sums in expected.items():
        for name in ("new", "learning", "review", "relearning", "suspended", "flagged", "retired"):
            assert getattr(found[key], name) == sums.get(name, 0), (key, name)
        for name in ("new_in_queue", "seen", "recall_cards", "lapses", "leeches"):
            assert getattr(found[key], name) == sums.get(name, 0), (key, name)
        for name in ("stability_sum", "recall_sum"):
            assert getattr(found[key], name) == pytest.approx(sums.get(name, 0.0)), (key, name)
    totals = {name: sum(s.get(name, 0) for s in expected.values()) for name in ("retired",)}
    totals |= {n: sum(s.get(n, 0) for s in expected.values()) for n in ("leeches", "suspended")}
    assert all(totals.values()), totals  # every kind of card is there to be counted


def test_due_per_interval_counts_each_queue_card_in_its_interval(varied: Store) -> None:
    from db.progress import due_per_interval

    rows = _raw_cards(varied)
    dues = sorted(row[10] for row in rows if row[10] is not None)
    rng = random.Random(5)
    starts = sorted({0, *rng.sample(dues, 12), dues[-1] + 1})
    expected = [0] * (len(starts) - 1)
    for row in rows:
        retired, suspended, flagged, unlocked, state, due = (*row[2:5], row[6], row[7], row[10])
        if None in (unlocked, state, due) or state == 0:
            continue
        if retired is None and suspended is None and flagged is None:
            for n, (start, stop) in enumerate(itertools.pairwise(starts)):
                expected[n] += start <= due < stop
    assert due_per_interval(varied, starts) == expected
    assert sum(expected) > 50 and 0 in (row[7] for row in rows)
    assert due_per_interval(varied, starts[:1]) == []


def test_review_answers_since_counts_each_period(lived_in: Store) -> None:
    from db.progress import review_answers_since

    reviews = lived_in.conn.execute(
        "SELECT reviewed_at, rating, state_before, mode FROM review"
    ).fetchall()
    times = sorted(r[0] for r in reviews)
    stop = times[-40]
    starts = [times[-200], times[len(times) // 2], times[0], stop, stop + 5]

    def counted(start: int) -> tuple[int, int]:
        kept = [r for r in reviews if start <= r[0] < stop and r[2] == 2 and r[3] == "review"]
        return len(kept), sum(r[1] > 1 for r in kept)

    assert review_answers_since(lived_in, starts, stop) == [counted(s) for s in starts]
    assert counted(times[0])[0] > counted(times[-200])[0] > 0


def test_flagged_cards_leave_a_steps_tally(varied: Store) -> None:
    """A flagged card is out of reviews and checks: `tutor path` neither counts it as not
    seen yet nor lets it pull the step's recall down (a step stuck at '1 card not seen
    yet' for ever, after the learner flagged its one bad question)."""
    store = varied
    scheduler = make_scheduler(fuzz=False)
    decay = -float(scheduler.parameters[20])
    found = step_tallies(store, to_ms(NOW), decay, 0.9)
    expected = tally_cards(
        {step.key: store.cards_of_step(step.key) for step in store.all_steps()},
        scheduler,
        NOW,
        0.9,
    )
    in_review: dict[str, int] = {}
    flagged = 0
    for row in _raw_cards(store):  # a card without a state row (one here) counts as new
        if row[2] is None:
            flagged += row[4] is not None
            in_review[row[1]] = in_review.get(row[1], 0) + (row[4] is None)
    for key, tally in expected.items():
        got = found[key]
        assert got.total == in_review.get(key, 0), key
        assert (got.seen, got.learning, got.weak, got.set_aside) == (
            tally.seen,
            tally.learning,
            tally.weak,
            tally.set_aside,
        )
        assert got.recall_sum == pytest.approx(tally.recall_sum, rel=1e-9, abs=1e-9), key
    assert flagged > 0
