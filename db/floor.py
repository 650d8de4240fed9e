"""The review queue's main query in bare sqlite3: the floor the benchmarks compare with.

`bench/` times a process that opens the collection and runs this one query for the
same due cards `tutor review` starts with, and nothing else. It imports only sqlite3 and
is loaded by file path, so the floor pays for neither `cards` nor the Store.
"""

from __future__ import annotations

import sqlite3

DUE_REVIEWS = (
    "SELECT c.id, c.prompt, c.answer, c.options, s.due FROM card c"
    " JOIN card_state s ON s.card_id = c.id JOIN entry e ON e.key = c.entry_key"
    " WHERE s.state = 2 AND s.due < ? AND c.retired_at IS NULL AND c.suspended_at IS NULL"
    " AND e.unlocked_at IS NOT NULL ORDER BY s.due LIMIT ?"
)


def due_reviews(path: str, before_ms: int, limit: int) -> list[tuple[object, ...]]:
    """The review cards due before `before_ms`, most overdue first, read-only."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(DUE_REVIEWS, (before_ms, limit)).fetchall()
    finally:
        conn.close()
