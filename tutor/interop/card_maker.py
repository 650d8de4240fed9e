"""Which card maker a collection's cards were made with, read without loading the importer.

Every command opens the collection and checks that its built-in path is there and that
its cards were made by this version of the card maker; only when one is not so does it
load the importer (about 10 ms of imports) to put it right.
"""

from __future__ import annotations

from tutor.home import BUILTIN_SETTING

GENERATION_SETTING = "generation_version"  # the GENERATION_VERSION the cards were made with
# Bumped when card generation changes, so that unchanged files are still regenerated.
GENERATION_VERSION = "g515"


def generation_of(settings: dict[str, object]) -> str:
    """The generation version a collection's cards were made with."""
    recorded = settings.get(GENERATION_SETTING) or settings.get(BUILTIN_SETTING)
    return recorded if isinstance(recorded, str) else "g1"


def up_to_date(settings: dict[str, object]) -> bool:
    """True when the built-in path is imported and the cards are this card maker's."""
    return bool(settings.get(BUILTIN_SETTING)) and generation_of(settings) == GENERATION_VERSION
