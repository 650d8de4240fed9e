"""The tables, declared once with SQLModel: the schema of record.

The migrations in `db.migrations` build the real file with plain SQL (a migration must
not change when these classes do later); a test migrates a new file and checks that it
has exactly the tables and columns declared here. Rows carry no behaviour.

Times are INTEGER milliseconds since the Unix epoch, UTC: unambiguous, compact, fast
to compare over a million reviews. The Store turns them into timezone-aware datetimes.
"""

from __future__ import annotations

from sqlmodel import Field, Index, SQLModel


class PathRow(SQLModel, table=True):
    __tablename__ = "path"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    slug: str = Field(unique=True)
    hidden_at: int | None = None  # kept out of reviews and checks until shown again


class EntryRow(SQLModel, table=True):
    __tablename__ = "entry"

    key: str = Field(primary_key=True)  # "<path-slug>/<slug>"
    path_id: int = Field(foreign_key="path.id", index=True)
    position: int  # 1-based step on the path
    slug: str
    title: str
    file: str
    layout: str
    tags: str  # JSON list
    aliases: str  # JSON list
    next_title: str
    sections: str  # JSON: [[kind, heading, line], ...] for "reread" hints
    text: str  # the entry file's text, so siblings can be re-read for distractors
    content_hash: str
    imported_at: int
    unlocked_at: int | None = None  # NULL: locked (the first step is unlocked on import)
    passed_at: int | None = None  # NULL: its check has not been passed
    retired_at: int | None = None  # its file is gone or its path removed; reviews kept


class CardRow(SQLModel, table=True):
    __tablename__ = "card"

    id: str = Field(primary_key=True)
    entry_key: str = Field(foreign_key="entry.key", index=True)
    position: int  # order within the entry: new cards are introduced in this order
    kind: str
    answering: str
    prompt: str
    answer: str
    options: str  # JSON list
    accepted: str  # JSON list
    explanation: str
    source_file: str
    source_section: str
    source_line: int
    created_at: int
    retired_at: int | None = None  # its source is gone; kept with its reviews
    suspended_at: int | None = None
    suspend_reason: str | None = None  # "user" or "leech"
    flagged_at: int | None = None  # the learner says it reads wrong: hidden until it changes
    flag_reason: str | None = None
    forgotten_at: int | None = None  # reset to new: earlier reviews stay in the log only


class CardStateRow(SQLModel, table=True):
    """The FSRS state of a card: a cache of what replaying its reviews gives."""

    __tablename__ = "card_state"

    card_id: str = Field(primary_key=True, foreign_key="card.id")
    state: int  # 0 new (never reviewed), 1 learning, 2 review, 3 relearning
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: int | None = Field(default=None, index=True)
    last_review: int | None = None
    reps: int = 0
    lapses: int = 0


class CardTallyRow(SQLModel, table=True):
    """What `tutor stats` and `tutor path` count of a card, one narrow row per card.

    Kept by triggers (migration m004) equal to `card` joined to `card_state`; ordered by
    step and standing (the primary key), so a step's cards are added up in one range.
    """

    __tablename__ = "card_tally"

    entry_key: str = Field(primary_key=True)
    retired: int = Field(primary_key=True)  # 1 when the card is retired
    suspended: int = Field(primary_key=True)
    leech: int = Field(primary_key=True)  # suspended as a leech
    state: int = Field(primary_key=True)  # card_state.state; 0 (new) without a card_state row
    card_id: str = Field(primary_key=True)
    flagged: int
    stability: float | None = None
    last_review: int | None = None
    due: int | None = None
    lapses: int = 0


class ReviewRow(SQLModel, table=True):
    """One answer to one card. Only ever appended (an undo in the session removes it)."""

    __tablename__ = "review"
    __table_args__ = (
        Index("ix_review_card_time", "card_id", "reviewed_at", "rating", "state_before"),
        Index("ix_review_retention", "state_before", "mode", "reviewed_at", "rating"),
    )

    id: int | None = Field(default=None, primary_key=True)
    card_id: str = Field(foreign_key="card.id", index=True)
    rating: int  # 1 Again, 2 Hard, 3 Good, 4 Easy
    reviewed_at: int = Field(index=True)
    duration_ms: int | None = None
    state_before: int  # the card's state when it was answered (0 new ... 3 relearning)
    mode: str = "review"  # "review" or "check"


class SettingRow(SQLModel, table=True):
    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str  # JSON


class CheckAttemptRow(SQLModel, table=True):
    __tablename__ = "check_attempt"

    id: int | None = Field(default=None, primary_key=True)
    entry_key: str = Field(foreign_key="entry.key", index=True)
    started_at: int
    finished_at: int
    correct: int
    total: int
    passed: bool
    missed_sections: str  # JSON list of section headings to reread


class MigrationRow(SQLModel, table=True):
    __tablename__ = "migration"

    version: int = Field(primary_key=True)
    name: str
    applied_at: int
