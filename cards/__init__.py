"""Concept entries in, flashcards out: a pure package (no database, terminal or clock).

Read an entry with `cards.read_entry(path)` (or `cards.parse(text, file=...)`), then
`cards.generate(entry, others=siblings, seed=7)` gives its cards.
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
    from cards.parsing import MAX_BYTES, parse, parse_bytes, read_entry

# Parsing and generation are imported when first used: the database and the review
# session need only the value types, and loading the rest took 40 ms of every start.
# (The parser lives in `cards.parsing`, not `cards.parse`: a submodule named like the
# function would replace it on the package once loaded.)
_LAZY = {
    "MAX_BYTES": "cards.parsing",
    "parse": "cards.parsing",
    "parse_bytes": "cards.parsing",
    "read_entry": "cards.parsing",
    "generate": "cards.generation",
}


def release_caches() -> None:
    """Forget what generation remembered between entries (names, lists, sentences).

    Generation keeps memos keyed by entry so that the siblings of a path are worked out
    once; an import calls this between paths, so memory stays flat however many paths
    it holds. The cards made afterwards are the same.
    """
    import sys

    for module_name, memos in _MEMOS.items():
        module = sys.modules.get(module_name)
        if module is None:
            continue  # never loaded: nothing remembered
        for name in memos:
            memo = getattr(module, name)
            if hasattr(memo, "cache_clear"):
                memo.cache_clear()
            else:
                memo.clear()


# Every memo of generation, by module: lru caches and dicts keyed by an entry's identity.
_MEMOS = {
    "cards.names": ("_MENTIONS", "_TOPICS", "_KINDS", "_SHARED", "_slug", "fold_name"),
    "cards.defining": ("definition_of",),
    "cards.generation": ("_skeleton_word",),
    "cards.makers.odd_one_out": ("_LISTS",),
    "cards.makers.prose": ("stands_alone", "_STATEMENTS"),
    "cards.makers.section_lists": ("list_phrase",),
    "cards.rules": ("_SECTION_FOLDS", "fold", "cached_card_id"),
    "cards.sentences": ("_sentences_of", "words"),
    "cards.text": ("_cleaned_lines",),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'cards' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


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
    "release_caches",
    "slugify",
]
