"""What a learner is asked of a page: every card of every entry an import makes of it."""

from __future__ import annotations

import cards
from cards.parsing import parse_entries


def asked_of(text: str) -> dict[str, str]:
    """Every card of the page, split into its terms as an import splits it: prompt -> answer."""
    entries = parse_entries(text, "page.txt")
    return {card.prompt: card.answer for e in entries for card in cards.generate(e, entries)}
