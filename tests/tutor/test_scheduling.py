"""Golden scheduling: a fixed clock, fuzz off, a scripted series of answers, exact due dates.

The answers go through the real Store (a SQLite file) and are read back before each next
answer, so storage must keep every state exactly.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cards import Answering, Card, CardKind, Source
from db import CardStage, CardState, ImportWrite, Store
from tests.records import entry_record
from tutor.memory.scheduling import answer, format_interval, make_scheduler, next_intervals, replay

START = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)

# (rating, stage after, due after) — answering each time exactly when the card is due.
SCRIPT = [
    (3, CardStage.LEARNING, "2026-01-05T09:10:00+00:00"),
    (3, CardStage.REVIEW, "2026-01-07T09:10:00+00:00"),
    (3, CardStage.REVIEW, "2026-01-18T09:10:00+00:00"),
    (1, CardStage.RELEARNING, "2026-01-18T09:20:00+00:00"),
    (3, CardStage.REVIEW, "2026-01-20T09:20:00+00:00"),
    (3, CardStage.REVIEW, "2026-01-25T09:20:00+00:00"),
    (4, CardStage.REVIEW, "2026-02-13T09:20:00+00:00"),
    (2, CardStage.REVIEW, "2026-03-21T09:20:00+00:00"),
]


def one_card_store(path: Path) -> tuple[Store, str]:
    store = Store.open(path)
    card = Card(
        id="c1-golden",
        kind=CardKind.DEFINITION,
        answering=Answering.SELF,
        prompt="What is the backend?",
        answer="The part that runs on the server.",
        source=Source("backend.md", "In one sentence", 3),
        entry="backend",
        entry_key="golden/backend",
    )
    entry = entry_record("golden/backend", "Backend", "Golden")
    store.save_import(ImportWrite([entry], [(0, card)], []), START)
    return store, card.id


def test_scripted_answers_give_the_exact_due_dates(tmp_path: Path) -> None:
    store, card_id = one_card_store(tmp_path / "golden.sqlite3")
    scheduler = make_scheduler(0.9, fuzz=False)
    now = START
    for rating, stage, due in SCRIPT:
        stored = store.card(card_id)
        assert stored is not None
        state = answer(scheduler, stored.state, rating, now)
        store.record_review(state, rating, now, 1500, stored.state.stage)
        after = store.card(card_id)
        assert after is not None
        assert (after.state.stage, after.state.due.isoformat()) == (stage, due)
        now = after.state.due
    final = store.card(card_id)
    assert final is not None
    assert (final.state.reps, final.state.lapses) == (8, 1)


def test_replaying_the_review_log_rebuilds_the_stored_state(tmp_path: Path) -> None:
    store, card_id = one_card_store(tmp_path / "golden.sqlite3")
    scheduler = make_scheduler(0.9, fuzz=False)
    now = START
    for rating, _, _ in SCRIPT:
        stored = store.card(card_id)
        assert stored is not None
        state = answer(scheduler, stored.state, rating, now)
        store.record_review(state, rating, now, None, stored.state.stage)
        now = state.due
    stored = store.card(card_id)
    assert stored is not None
    assert replay(scheduler, card_id, store.reviews_of(card_id)) == stored.state


def test_intervals_shown_beside_each_rating_grow_with_the_rating(tmp_path: Path) -> None:
    store, card_id = one_card_store(tmp_path / "golden.sqlite3")
    stored = store.card(card_id)
    assert stored is not None
    shown = next_intervals(make_scheduler(0.9, fuzz=False), stored.state, START)
    assert [format_interval(shown[r]) for r in (1, 2, 3, 4)] == ["1m", "6m", "10m", "8d"]
    assert shown[1] < shown[2] < shown[3] < shown[4]
    assert format_interval(timedelta(days=400)) == "1.1y"


def test_the_interval_shown_beside_a_rating_is_the_one_the_answer_keeps(tmp_path: Path) -> None:
    # A new user saw 'Easy 8d' on the button, then 'saved · Easy · next in 7d': the
    # preview was drawn without fuzz and the answer with a fresh random one.
    store, card_id = one_card_store(tmp_path / "golden.sqlite3")
    plain = make_scheduler(0.9, fuzz=False)
    stored = store.card(card_id)
    assert stored is not None
    state = stored.state
    for rating in (3, 3, 3):  # graduate to a review card with a multi-day interval
        state = answer(plain, state, rating, START)
    fuzzed = make_scheduler(0.9, fuzz=True)
    later = START + timedelta(days=20)  # (a review card, answered late: long intervals)
    for n in range(20):  # (twenty cards in the same state: each draws its own fuzz)
        card = replace(state, card_id=f"card-{n}")
        shown = next_intervals(fuzzed, card, later)
        assert shown[3] >= timedelta(days=3)  # (long enough to be fuzzed)
        for rating in (1, 2, 3, 4):
            kept = answer(fuzzed, card, rating, later)
            assert kept.due - later == shown[rating]  # type: ignore[operator]


def test_fuzz_still_spreads_cards_that_would_fall_due_together() -> None:
    fuzzed = make_scheduler(0.9, fuzz=True)
    plain = make_scheduler(0.9, fuzz=False)
    twins = [
        CardState(
            card_id=f"card-{n}",
            stage=CardStage.REVIEW,
            step=None,
            stability=30.0,
            difficulty=5.0,
            due=START,
            last_review=START - timedelta(days=30),
            reps=4,
            lapses=0,
        )
        for n in range(40)
    ]
    unfuzzed = {answer(plain, twin, 3, START).due for twin in twins}
    spread = {answer(fuzzed, twin, 3, START).due for twin in twins}
    assert len(unfuzzed) == 1  # the same card, the same answer: one day without fuzz
    assert len(spread) >= 3  # spread over several days with it
    middle = unfuzzed.pop()
    # (about 85 days, moved at most fsrs's 6 days either way, and both ways)
    assert all(abs(due - middle) <= timedelta(days=6) for due in spread)  # type: ignore[operator]
    assert min(spread) < middle < max(spread)  # type: ignore[operator]
    # (and the same card answered again the same way draws the same day)
    assert answer(fuzzed, twins[0], 3, START) == answer(fuzzed, replace(twins[0]), 3, START)


def test_the_days_counts_ignore_answers_outside_the_day(tmp_path: Path) -> None:
    store, card_id = one_card_store(tmp_path / "golden.sqlite3")
    stored = store.card(card_id)
    assert stored is not None
    tomorrow = START + timedelta(days=1)
    state = answer(make_scheduler(fuzz=False), stored.state, 3, tomorrow)
    store.record_review(state, 3, tomorrow, None, stored.state.stage)
    assert store.answered_between(START, START + timedelta(hours=20)) == (0, 0)
    assert store.answered_between(START, START + timedelta(days=2)) == (1, 0)


def test_review_days_keep_the_learner_date_of_every_answer_exactly(tmp_path: Path) -> None:
    # Grouped to the quarter hour for speed; a half-hour zone and the 04:00 day start
    # must still put 03:59 and 04:00 local on different days.
    from zoneinfo import ZoneInfo

    from tutor.days import learner_date

    store, card_id = one_card_store(tmp_path / "golden.sqlite3")
    kolkata = ZoneInfo("Asia/Kolkata")
    stored = store.card(card_id)
    assert stored is not None
    times = [
        datetime(2026, 1, 6, 3, 59, 30, tzinfo=kolkata),
        datetime(2026, 1, 6, 4, 0, 0, tzinfo=kolkata),
        datetime(2026, 1, 6, 4, 14, 59, tzinfo=kolkata),
    ]
    state = stored.state
    for moment in (local.astimezone(timezone.utc) for local in times):
        state = answer(make_scheduler(fuzz=False), state, 3, moment)
        store.record_review(state, 3, moment, None, CardStage.NEW)
    days = sorted({learner_date(m, 4, kolkata) for m in store.review_days(START)})
    assert [str(day) for day in days] == ["2026-01-05", "2026-01-06"]


def test_replay_gives_the_state_answer_by_answer_gives_for_any_log() -> None:
    import random

    from db import Review

    scheduler = make_scheduler(fuzz=False)
    rng = random.Random(5)
    start = datetime(2025, 1, 1, 9, tzinfo=timezone.utc)
    lapsed = 0
    for card in range(300):
        state, log, at = CardState(f"c{card}"), [], start
        for number in range(rng.randint(0, 25)):
            rating = rng.choice([1, 1, 2, 3, 3, 3, 4])
            at += timedelta(minutes=rng.choice([1, 10, 600]), days=rng.choice([0, 0, 1, 4, 30]))
            log.append(Review(number, state.card_id, rating, at, 1000, state.stage, "review"))
            state = answer(scheduler, state, rating, at)
        assert replay(scheduler, state.card_id, log) == state
        lapsed += state.lapses
    assert lapsed > 0  # the logs hold lapses, so their count is checked too
