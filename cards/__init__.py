"""Concept entries in, flashcards out: a pure package (no database, terminal or clock).

Read an entry with `cards.read_entry(path)` (or `cards.parse(text, file=...)`), then
`cards.generate(entry, others=siblings, seed=7)` gives its cards.
"""

from __future__ import annotations

# Imported eagerly: `cards.parse` names both a module and its function, and the
# from-import binds the function over the module, so `cards.parse(...)` always works.
from cards.generation import generate
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
