"""In-process timings, each run in its own process by `bench.run`; prints one JSON line.

    python -m bench.probes answer DB NOW COUNT   one answer scheduled and committed
    python -m bench.probes write DB NOW COUNT    the commit alone (Store.record_review)
    python bench/probes.py floor DB BEFORE_MS LIMIT  the bare sqlite3 due query (a process)

`answer` is what the review session does per answer: `Store.answer_card` reads the card's
latest state inside the write transaction, schedules it with the real FSRS scheduler and
commits the review and the new state (WAL; the disk flush waits for the idle moment
before the next key, `Store.checkpoint`, here the close after the timed answers). The
cards answered are the due reviews `tutor review` would show first.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path


def _due_cards(db: str, now: datetime, count: int) -> tuple[object, list[object]]:
    from db import Store

    store = Store.open(db)
    due = store.reviews_due(now + timedelta(days=1), count)
    if len(due) < count:
        due += store.new_cards(count - len(due))
    return store, due


def answer(db: str, now_iso: str, count: int) -> dict[str, object]:
    from db import Store
    from tutor.memory.scheduling import answer as schedule
    from tutor.memory.scheduling import make_scheduler

    now = datetime.fromisoformat(now_iso.replace("Z", "+00:00"))
    store, due = _due_cards(db, now, count)
    assert isinstance(store, Store)
    scheduler = make_scheduler()
    seconds = []
    for stored in due:
        start = time.perf_counter()
        store.answer_card(
            stored.card.id,  # type: ignore[attr-defined]
            lambda latest, at: schedule(scheduler, latest, 3, at),
            3,
            now,
            4000,
        )
        seconds.append(time.perf_counter() - start)
    store.close()
    return {"seconds": seconds, "note": f"{len(seconds)} due cards answered Good"}


def write(db: str, now_iso: str, count: int) -> dict[str, object]:
    from db import Store
    from tutor.memory.scheduling import answer as schedule
    from tutor.memory.scheduling import make_scheduler

    now = datetime.fromisoformat(now_iso.replace("Z", "+00:00"))
    store, due = _due_cards(db, now, count)
    assert isinstance(store, Store)
    scheduler = make_scheduler()
    seconds = []
    for stored in due:
        state = stored.state  # type: ignore[attr-defined]
        after = schedule(scheduler, state, 3, now)
        start = time.perf_counter()
        store.record_review(after, 3, now, 4000, state.stage)
        seconds.append(time.perf_counter() - start)
    store.close()
    return {"seconds": seconds, "note": "the commit alone"}


def floor(db: str, before_ms: int, limit: int) -> int:
    """The due query in bare sqlite3; loads db/floor.py by path to skip the db package."""
    import importlib.util

    source = Path(__file__).resolve().parents[1] / "db" / "floor.py"
    spec = importlib.util.spec_from_file_location("floor", source)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return len(module.due_reviews(db, before_ms, limit))


def main(argv: list[str]) -> int:
    kind, db, *rest = argv
    if kind == "floor":
        found = floor(db, int(rest[0]), int(rest[1]))
        return 0 if found else 1
    probes = {"answer": answer, "write": write}
    print(json.dumps(probes[kind](db, rest[0], int(rest[1]))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
