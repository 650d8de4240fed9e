"""The order a choice card's options are shown in: a fresh one at every showing.

A learner who meets the right answer in the same place every time learns the place, not
the fact, so reviews, checks and cram shuffle the options each time a card is shown, as
Anki and Quizlet do. Options with an order of their own keep it: True then False, Pro
then Con (one order everywhere, so 1 means True on every screen), numbers from the
smallest up.

Pure: the seed or the random generator is passed in.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import datetime

from cards import Answering, Card
from cards.model import PRO_CON, TRUE_FALSE

FIXED_PAIRS = (TRUE_FALSE, PRO_CON)
_NUMBER = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?")


def natural_order(options: tuple[str, ...]) -> tuple[str, ...] | None:
    """The options in their own order, or None when they have none."""
    for pair in FIXED_PAIRS:
        if set(options) == set(pair) and len(options) == len(pair):
            return pair
    if options and all(_NUMBER.fullmatch(option.strip()) for option in options):
        return tuple(sorted(options, key=lambda option: float(option.replace(",", ""))))
    return None


def shuffled(card: Card, rng: random.Random) -> Card:
    """The card with its options in a new order (or their own order, where they have one)."""
    if card.answering is not Answering.CHOICE or len(card.options) < 2:
        return card
    ordered = natural_order(card.options)
    if ordered is not None:
        return card if ordered == card.options else replace(card, options=ordered)
    options = list(card.options)
    rng.shuffle(options)
    return replace(card, options=tuple(options))


def session_seed(now: datetime) -> int:
    """The seed of a session started at `now`: new orders each second, repeatable in
    tests that fix the clock (whole seconds, however long the process took to start)."""
    return int(now.timestamp())


def showing(card: Card, seed: int, shown: int) -> Card:
    """The card as its showing number `shown` (0 first) of a session with `seed` shows it.

    The same showing always has the same order: a card brought back by undo, by reading
    its section, or by a suspension taken back keeps the order the learner saw.
    """
    return shuffled(card, random.Random(f"{seed}:{card.id}:{shown}"))


__all__ = ["FIXED_PAIRS", "natural_order", "session_seed", "showing", "shuffled"]
