"""The card browser's SQL: list cards by path, step, kind and standing; change their standing.

A card's standing is one word, the first that applies of: retired (its source is gone),
flagged (the learner says it reads wrong), leech (suspended after 8 lapses), suspended,
then its memory stage: new, learning (learning or relearning) or review.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from db.records import CardStage, CardState, from_ms, to_ms
from db.store import Store, open_past_empty

STANDINGS = ("new", "learning", "review", "suspended", "leech", "flagged", "retired")

_STANDING = (
    "CASE WHEN c.retired_at IS NOT NULL THEN 'retired'"
    " WHEN c.flagged_at IS NOT NULL THEN 'flagged'"
    " WHEN c.suspended_at IS NOT NULL AND c.suspend_reason = 'leech' THEN 'leech'"
    " WHEN c.suspended_at IS NOT NULL THEN 'suspended'"
    " WHEN s.state = 0 THEN 'new' WHEN s.state = 2 THEN 'review' ELSE 'learning' END"
)


@dataclass(frozen=True)
class CardLine:
    """One card as the browser shows it."""

    id: str
    path: str
    step: str  # the entry's title
    entry_key: str
    kind: str
    prompt: str
    answer: str
    explanation: str
    standing: str
    state: CardState
    file: str
    line: int
    section: str
    flagged_at: datetime | None
    flag_reason: str | None


@dataclass(frozen=True)
class CardQuery:
    """Which cards to list; None means any. Retired cards only when asked for by standing."""

    path: str | None = None
    entry_key: str | None = None
    kind: str | None = None
    standing: str | None = None
    card_id: str | None = None  # one card, retired or not
    shown_paths_only: bool = False  # leave out the cards of hidden paths


def card_lines(store: Store, query: CardQuery) -> Iterator[CardLine]:
    """The cards `query` selects, in path order, then step, then card order (streamed)."""
    where = []
    args: list[object] = []
    if query.path is not None:
        where.append("p.name = ?")
        args.append(query.path)
    if query.entry_key is not None:
        where.append("c.entry_key = ?")
        args.append(query.entry_key)
    if query.kind is not None:
        where.append("c.kind = ?")
        args.append(query.kind)
    if query.card_id is not None:
        where.append("c.id = ?")
        args.append(query.card_id)
    if query.shown_paths_only:
        where.append("p.hidden_at IS NULL")
    if query.standing == "suspended":
        # A leech is suspended too: the word the learner used to hide cards covers both.
        where.append("c.retired_at IS NULL AND c.suspended_at IS NOT NULL")
    elif query.standing is not None:
        where.append(f"({_STANDING}) = ?")
        args.append(query.standing)
    elif query.card_id is None:
        where.append("c.retired_at IS NULL")
    rows = store.conn.execute(
        f"SELECT c.id, p.name, e.title, c.entry_key, c.kind, c.prompt, c.answer,"
        f" c.explanation, {_STANDING}, s.state, s.step, s.stability, s.difficulty, s.due,"
        " s.last_review, s.reps, s.lapses, c.source_file, c.source_line, c.source_section,"
        " c.flagged_at, c.flag_reason"
        " FROM card c JOIN card_state s ON s.card_id = c.id JOIN entry e ON e.key = c.entry_key"
        f" JOIN path p ON p.id = e.path_id WHERE {' AND '.join(where)}"
        " ORDER BY p.id, e.position, c.position",
        args,
    )
    for row in rows:
        (card_id, path, step, entry_key, kind, prompt, answer, explanation, standing) = row[:9]
        stage, learning_step, stability, difficulty, due, last_review, reps, lapses = row[9:17]
        file, line, section, flagged_at, flag_reason = row[17:]
        yield CardLine(
            id=card_id,
            path=path,
            step=step,
            entry_key=entry_key,
            kind=kind,
            prompt=prompt,
            answer=answer,
            explanation=explanation,
            standing=standing,
            state=CardState(
                card_id=card_id,
                stage=CardStage(stage),
                step=learning_step,
                stability=stability,
                difficulty=difficulty,
                due=from_ms(due),
                last_review=from_ms(last_review),
                reps=reps,
                lapses=lapses,
            ),
            file=file,
            line=line,
            section=section,
            flagged_at=from_ms(flagged_at),
            flag_reason=flag_reason,
        )


def hidden_card_counts(store: Store) -> dict[str, int]:
    """How many live cards each hidden path holds, by path name (none hidden: {})."""
    rows = store.conn.execute(
        "SELECT p.name, count(*) FROM card c JOIN entry e ON e.key = c.entry_key"
        " JOIN path p ON p.id = e.path_id WHERE p.hidden_at IS NOT NULL"
        " AND c.retired_at IS NULL GROUP BY p.id ORDER BY p.id"
    )
    return dict(rows)


def entry_page(store: Store, entry_key: str) -> tuple[str, str, str, str, str] | None:
    """(title, file, layout, text, sections JSON) of a stored entry, or None."""
    row = store.conn.execute(
        "SELECT title, file, layout, text, sections FROM entry WHERE key = ?", (entry_key,)
    ).fetchone()
    return tuple(row) if row else None  # type: ignore[return-value]


def ids_starting(store: Store, prefix: str, limit: int = 2) -> list[str]:
    """Up to `limit` card ids that start with `prefix` (with or without the 'c1-' head)."""
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = store.conn.execute(
        "SELECT id FROM card WHERE id LIKE ? ESCAPE '\\' OR substr(id, instr(id, '-') + 1)"
        " LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?",
        (escaped + "%", escaped + "%", limit),
    )
    # LIKE ignores case for ASCII letters; ids are lower-case hex, so that is what we want.
    return [card_id for (card_id,) in rows]


def suspend_cards(store: Store, card_ids: Sequence[str], at: datetime) -> int:
    """Suspend the cards not suspended yet; how many were."""
    with store.transaction() as conn:
        return _each(
            conn,
            "UPDATE card SET suspended_at = ?, suspend_reason = 'user'"
            " WHERE id = ? AND suspended_at IS NULL",
            [(to_ms(at), card_id) for card_id in card_ids],
        )


def unsuspend_cards(store: Store, card_ids: Sequence[str]) -> int:
    """Bring suspended cards (leeches too) back into reviews; how many were suspended."""
    with store.transaction() as conn:
        return _each(
            conn,
            "UPDATE card SET suspended_at = NULL, suspend_reason = NULL"
            " WHERE id = ? AND suspended_at IS NOT NULL",
            [(card_id,) for card_id in card_ids],
        )


def forget_cards(store: Store, card_ids: Sequence[str], at: datetime) -> int:
    """Put cards back to new; their reviews stay in the log but no longer make their state.

    The moment of forgetting is kept on the card and is later than every review it has,
    so replaying the log (tutor doctor, undo) starts from new at that moment.
    """
    with store.transaction() as conn:
        for card_id in card_ids:
            (latest,) = conn.execute(
                "SELECT max(reviewed_at) FROM review WHERE card_id = ?", (card_id,)
            ).fetchone()
            moment = max(to_ms(at), (latest or 0) + 1)
            conn.execute("UPDATE card SET forgotten_at = ? WHERE id = ?", (moment, card_id))
        return _each(
            conn,
            "UPDATE card_state SET state = 0, step = NULL, stability = NULL, difficulty = NULL,"
            " due = NULL, last_review = NULL, reps = 0, lapses = 0 WHERE card_id = ?",
            [(card_id,) for card_id in card_ids],
        )


def flag_card(store: Store, card_id: str, at: datetime, reason: str) -> None:
    """Flag a card as wrong (with the learner's reason, maybe empty): out of the queue."""
    with store.transaction() as conn:
        conn.execute(
            "UPDATE card SET flagged_at = ?, flag_reason = ? WHERE id = ?",
            (to_ms(at), reason, card_id),
        )
        open_past_empty(conn, to_ms(at))  # its step may have no other card to check


def unflag_cards(store: Store, card_ids: Sequence[str]) -> int:
    """Clear the flags of the cards; how many had one."""
    with store.transaction() as conn:
        return _each(
            conn,
            "UPDATE card SET flagged_at = NULL, flag_reason = NULL"
            " WHERE id = ? AND flagged_at IS NOT NULL",
            [(card_id,) for card_id in card_ids],
        )


def _each(conn: object, sql: str, rows: list[tuple[object, ...]]) -> int:
    changed = 0
    for row in rows:
        changed += conn.execute(sql, row).rowcount  # type: ignore[attr-defined]
    return changed


__all__ = [
    "STANDINGS",
    "CardLine",
    "CardQuery",
    "card_lines",
    "entry_page",
    "flag_card",
    "forget_cards",
    "ids_starting",
    "suspend_cards",
    "unflag_cards",
    "unsuspend_cards",
]
