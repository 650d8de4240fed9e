"""What the review screen labels a card with: its step's title, read when the card is
shown.

The session needs one string per card on screen, not whole `Step` values (building a Step
parses its aliases and sections from JSON: about 40 ms for 1,000 entries) nor every
step's title up front (11 ms at 1,000 entries before the first card could be shown).
"""

from __future__ import annotations

from db.store import Store


def step_title(store: Store, entry_key: str) -> str | None:
    """The title of the step `entry_key` names, or None for a key the collection lacks."""
    row = store.conn.execute("SELECT title FROM entry WHERE key = ?", (entry_key,)).fetchone()
    return None if row is None else str(row[0])
