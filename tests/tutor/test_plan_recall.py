"""The recall a step's line shows after review: a figure of what FSRS predicts, shown once
enough of the step's cards are predicted for it to mean something.

A new user answered 13 of 16 cards right in a first session and read 'Frontend: recall
6% · 15 cards in learning': the cards still in their learning steps count 0, so the mean
said nothing of how well the step was known, and read as if nothing had been learnt.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from db import Store
from tutor.interop.importing import find_entry_files, import_given, read_given
from tutor.memory.scheduling import answer, make_scheduler
from tutor.review.plan import next_lines, today_plan
from tutor.settings import effective

NOW = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)

NOTE = """# Hub gear

A hub gear is a gear system sealed inside the rear wheel's hub of a bicycle.

## Pros

- Sealed from mud and rain.
- Shifts while standing still.

## Cons

- Heavier than a derailleur.
- Fewer gears to choose from.
"""


def step_line(store: Store, at: datetime) -> str:
    scheduler = make_scheduler(fuzz=False)
    plan = today_plan(store, scheduler, effective(store.settings()), at, timezone.utc)
    lines = next_lines(plan, store.all_steps(), False)
    return next(line for line in lines if line.startswith("Hub gear"))


def test_recall_waits_until_half_the_steps_cards_are_past_learning(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "hub-gear.md").write_text(NOTE, encoding="utf-8")
    store = Store.open(tmp_path / "tutor.sqlite3")
    files, _ = find_entry_files([folder])
    given, errors = read_given(store, files)
    assert not errors
    import_given(store, given, NOW - timedelta(hours=1))
    scheduler = make_scheduler(fuzz=False)
    new = store.new_cards(100)
    assert len(new) >= 4
    at = NOW - timedelta(minutes=30)
    # One card known at once (Easy: past its learning steps), the rest still being learnt.
    first, *rest = new
    store.answer_card(first.card.id, lambda s, m: answer(scheduler, s, 4, m), 4, at, 900)
    for stored in rest:
        store.answer_card(stored.card.id, lambda s, m: answer(scheduler, s, 3, m), 3, at, 900)
    line = step_line(store, NOW)
    assert "in learning" in line and "recall" not in line, line
    # Every card past its learning steps: the figure means something, and is shown.
    for stored in rest:
        store.answer_card(stored.card.id, lambda s, m: answer(scheduler, s, 4, m), 4, NOW, 900)
    assert "Hub gear is ready (recall 100%)" in step_line(store, NOW + timedelta(minutes=1))
    store.close()
