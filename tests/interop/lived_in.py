"""A collection with a history: what the interop tests export, copy and restore."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

from db import CheckAttempt, Store
from tests.conftest import FIXTURE_ENTRIES
from tutor.interop.importing import ensure_builtin, find_entry_files, plan_import, read_entries
from tutor.memory.scheduling import answer, make_scheduler

START = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def lived_in(path: Path, days: int = 4, per_day: int = 15) -> Store:
    """Built-in path plus the fixture entries, answered over `days` days, with a passed
    check, settings, a suspended card and a retired card. The caller closes the store."""
    store = Store.open(path)
    ensure_builtin(store, START)
    files, _ = find_entry_files([FIXTURE_ENTRIES])
    parsed, _ = read_entries(files)
    store.save_import(plan_import(store, parsed).write, START)
    store.set_settings({"desired_retention": 0.85, "new_per_day": 12})
    scheduler = make_scheduler(0.85, fuzz=False)
    chance = random.Random(7)
    for day in range(days):
        now = START + timedelta(days=day, minutes=3)
        due = store.learning_due(now) + store.reviews_due(now + timedelta(hours=12), 100)
        for stored in (due + store.new_cards(per_day))[:per_day]:
            now += timedelta(seconds=chance.randint(4, 40))
            rating = chance.choice([1, 2, 3, 3, 3, 4])
            store.answer_card(
                stored.card.id,
                lambda before, at, rating=rating: answer(scheduler, before, rating, at),
                rating,
                now,
                chance.randint(900, 9000),
            )
    first = store.all_steps()[0]
    finished = START + timedelta(days=1, hours=2)
    store.record_check(
        CheckAttempt(0, first.key, finished - timedelta(minutes=4), finished, 9, 10, True, ()),
        unlock=[store.all_steps()[1].key],
        passed=[first.key],
    )
    cards = store.cards_of_step(first.key)
    store.suspend(cards[-1].card.id, START + timedelta(days=2))
    from db import ImportWrite

    store.save_import(ImportWrite([], [], [cards[-2].card.id]), START + timedelta(days=3))
    return store
