"""Plain values the Store hands out: what was read, never a live database object."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from enum import IntEnum

from cards import Card


class CardStage(IntEnum):
    """A card's place in learning. NEW is explicit: 'never reviewed', not a null."""

    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3

    @property
    def in_learning(self) -> bool:
        """On the short steps of learning or relearning: due again within the day."""
        return self in (CardStage.LEARNING, CardStage.RELEARNING)


@dataclass(frozen=True)
class CardState:
    """The stored FSRS memory state of one card."""

    card_id: str
    stage: CardStage = CardStage.NEW
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None
    reps: int = 0
    lapses: int = 0


@dataclass(frozen=True)
class StoredCard:
    """A card as the collection holds it: content, memory state and standing."""

    card: Card
    state: CardState
    step_position: int  # the entry's step on its path
    suspended: bool = False
    retired: bool = False
    flagged: bool = False  # the learner flagged it as wrong: out of reviews and checks


@dataclass(frozen=True)
class Scope:
    """Which cards a review draws from: one step, one path, or every visible path.

    A hidden path is left out unless it is the path (or holds the step) asked for.
    """

    path: str | None = None
    entry_key: str | None = None


@dataclass(frozen=True)
class Review:
    id: int
    card_id: str
    rating: int
    reviewed_at: datetime
    duration_ms: int | None
    state_before: CardStage
    mode: str


@dataclass(frozen=True)
class SectionRef:
    """A section of an entry, kept so the tutor can say what to reread."""

    kind: str
    heading: str
    line: int


@dataclass(frozen=True)
class Step:
    """One entry's place on a path, with its gate."""

    key: str
    path: str
    position: int
    title: str
    slug: str
    file: str
    aliases: tuple[str, ...]
    sections: tuple[SectionRef, ...]
    unlocked_at: datetime | None
    passed_at: datetime | None

    @property
    def unlocked(self) -> bool:
        return self.unlocked_at is not None


@dataclass(frozen=True)
class CheckAttempt:
    id: int
    entry_key: str
    started_at: datetime
    finished_at: datetime
    correct: int
    total: int
    passed: bool
    missed_sections: tuple[str, ...]


def to_ms(moment: datetime) -> int:
    """A timezone-aware datetime as integer milliseconds since the epoch."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: every stored time must be timezone-aware")
    return round(moment.timestamp() * 1000)


def from_ms(ms: int | None) -> datetime | None:
    if ms is None:
        return None
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
