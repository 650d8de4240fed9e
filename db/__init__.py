"""Storage: the schema, its migrations, and the Store (the only place with queries)."""

from db.records import (
    CardStage,
    CardState,
    CheckAttempt,
    Review,
    Scope,
    SectionRef,
    Step,
    StoredCard,
    from_ms,
    to_ms,
)
from db.store import EntryRecord, ImportWrite, Store, StoreError

__all__ = [
    "CardStage",
    "CardState",
    "CheckAttempt",
    "EntryRecord",
    "ImportWrite",
    "Review",
    "Scope",
    "SectionRef",
    "Step",
    "Store",
    "StoreError",
    "StoredCard",
    "from_ms",
    "to_ms",
]
