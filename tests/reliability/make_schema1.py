"""Build tests/fixtures/schema1.sqlite3: a collection written by the first released schema.

Run from the repository root with schema 1 (migration m001 only) current:

    python -m tests.reliability.make_schema1

It imports the built-in System Basics path, answers cards over 30 simulated days (fuzz on,
as in real use, with a fixed random seed; desired retention 0.9 and then 0.85), undoes
one answer, suspends one card, records a passed check, and sets a few settings. The file
is committed as it came out; the tests only ever read copies of it.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from db import CheckAttempt, Store
from db.migrations import SCHEMA_VERSION
from tutor.interop.importing import ensure_builtin
from tutor.memory.scheduling import answer, make_scheduler

TARGET = Path(__file__).resolve().parents[1] / "fixtures" / "schema1.sqlite3"
START = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)
RATINGS = (1, 2, 3, 4)
WEIGHTS = (0.15, 0.15, 0.6, 0.1)


def build(target: Path) -> None:
    """Write the fixture collection to `target` (which must not exist)."""
    if SCHEMA_VERSION != 1:
        sys.exit(f"the fixture is of schema 1; this code is at schema {SCHEMA_VERSION}")
    random.seed(1)  # py-fsrs draws its fuzz from the global generator
    chance = random.Random(2)
    with Store.open(target) as store:
        ensure_builtin(store, START)
        store.set_settings({"new_per_day": 15, "day_start_hour": 5})
        last = None
        for day in range(30):
            retention = 0.9 if day < 15 else 0.85
            if day == 15:
                store.set_settings({"desired_retention": retention})
            scheduler = make_scheduler(retention, fuzz=True)
            now = START + timedelta(days=day)
            due = store.reviews_due(now + timedelta(hours=12), 100)
            fresh = store.new_cards(4) if day < 12 else []
            for stored in [*due, *fresh]:
                last = _answer(store, scheduler, stored, now, chance)
                now += timedelta(seconds=20)
            for _ in range(4):
                now += timedelta(minutes=12)
                for stored in store.learning_due(now):
                    last = _answer(store, scheduler, stored, now, chance)
                    now += timedelta(seconds=20)
        assert last is not None
        review_id, before = last
        store.undo_review(review_id, before)
        first = store.all_steps()[0]
        victim = store.cards_of_step(first.key)[-1].card.id
        store.suspend(victim, START + timedelta(days=3))
        finished = START + timedelta(days=10, minutes=5)
        store.record_check(
            CheckAttempt(0, first.key, START + timedelta(days=10), finished, 5, 5, True, ()),
            unlock=[store.all_steps()[1].key],
            passed=[first.key],
        )


def _answer(store: Store, scheduler, stored, now, chance):  # type: ignore[no-untyped-def]
    rating = chance.choices(RATINGS, WEIGHTS)[0]
    state = answer(scheduler, stored.state, rating, now)
    review_id = store.record_review(state, rating, now, 4000, stored.state.stage)
    return review_id, stored.state


if __name__ == "__main__":
    if TARGET.exists():
        sys.exit(f"{TARGET} exists; remove it first to rebuild it")
    build(TARGET)
    print(f"wrote {TARGET}")
