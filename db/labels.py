"""What the review screen labels cards with: each step's title and summary heading.

The session needs these two strings per entry, not whole `Step` values: building a Step
parses its aliases and sections from JSON, which for 1,000 entries cost about 40 ms
before the first card could be shown (profiled by bench/). Here SQLite picks the summary
heading out of the stored sections itself.
"""

from __future__ import annotations

from db.store import Store


def step_labels(store: Store) -> dict[str, tuple[str, str]]:
    """Entry key -> (title, heading of its summary section, or the title if it has none)."""
    rows = store.conn.execute(
        "SELECT e.key, e.title, coalesce((SELECT json_extract(s.value, '$[1]')"
        " FROM json_each(e.sections) s WHERE json_extract(s.value, '$[0]') = 'summary'"
        " ORDER BY s.key LIMIT 1), e.title) FROM entry e"
    )
    return {key: (title, heading) for key, title, heading in rows}
