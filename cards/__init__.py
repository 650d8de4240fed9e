"""Concept entries in, flashcards out: a pure package (no database, terminal or clock).

    entry = cards.read_entry("backend.vca.txt")      # or cards.parse(text, file=...)
    deck = cards.generate(entry, others=siblings, seed=7)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cards.model import (
    Answering,
    Card,
    CardKind,
    Entry,
    Item,
    ItemKind,
    Layout,
    ParseError,
    Section,
    SectionKind,
    Source,
    card_id,
    normalise_prompt,
    slugify,
)

if TYPE_CHECKING:
    from cards.generation import generate
    from cards.parse import MAX_BYTES, parse, parse_bytes, read_entry

__all__ = [
    "MAX_BYTES",
    "Answering",
    "Card",
    "CardKind",
    "Entry",
    "Item",
    "ItemKind",
    "Layout",
    "ParseError",
    "Section",
    "SectionKind",
    "Source",
    "card_id",
    "generate",
    "normalise_prompt",
    "parse",
    "parse_bytes",
    "read_entry",
    "slugify",
]

_LAZY = {
    # Not "cards.generate": importing a submodule binds its name on the package, and a
    # module named like the function would then shadow it (cards.generate(...) fails).
    "generate": "cards.generation",
    "parse": "cards.parse",
    "parse_bytes": "cards.parse",
    "read_entry": "cards.parse",
    "MAX_BYTES": "cards.parse",
}


def __getattr__(name: str) -> Any:
    # Parsing and generation pull in regexes and YAML; load them only when asked for.
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'cards' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module_name), name)
