"""Generation on the built-in System Basics entries, read as a learner reads the deck."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import cards
from cards import Answering, Card, CardKind, Entry
from cards.rules import deck_problems

BUILTIN = Path(__file__).resolve().parents[2] / "tutor" / "builtin" / "system-basics"


@pytest.fixture(scope="module")
def decks() -> dict[str, list[Card]]:
    entries: list[Entry] = [cards.read_entry(path) for path in sorted(BUILTIN.glob("*.md"))]
    assert len(entries) == 8
    return {
        entry.title: cards.generate(entry, [o for o in entries if o is not entry], seed=0)
        for entry in entries
    }


def odd_ones(decks: dict[str, list[Card]]) -> dict[str, Card]:
    return {
        title: card
        for title, deck in decks.items()
        for card in deck
        if card.kind is CardKind.LIST and card.answering is Answering.CHOICE
    }


def test_the_entries_of_a_path_do_not_share_one_odd_one_out(decks: dict[str, list[Card]]) -> None:
    cards_ = odd_ones(decks)
    assert len(cards_) == 8  # every entry has a list, and every list its odd one out
    counts = Counter(card.answer for card in cards_.values())
    # Drawn per card, two entries may meet the same one, but not half of the path.
    assert max(counts.values()) <= 2, counts
    assert len(counts) >= 5, counts


def test_an_odd_one_out_says_whose_list_it_is_from(decks: dict[str, list[Card]]) -> None:
    card = odd_ones(decks)["DNS"]
    assert card.answer in {"GET", "POST", "PUT", "DELETE"}
    assert card.explanation == (
        f"“{card.answer}” is one of the four common HTTP methods (API), "
        "not one of the four common DNS record types: A; AAAA; CNAME; MX."
    )


def test_no_cloze_blanks_a_button_label_or_an_example(decks: dict[str, list[Card]]) -> None:
    clozes = [card for deck in decks.values() for card in deck if card.kind is CardKind.CLOZE]
    answers = {card.answer.lower() for card in clozes}
    assert not answers & {"pay", "add to cart", "which photos show a dog", "purpose"}
    # A sentence that opens with 'It' is shown without the one that says what 'it' is.
    assert not [card.prompt for card in clozes if card.prompt.split()[0] in {"It", "This"}]


def test_the_built_in_decks_keep_the_question_rules(decks: dict[str, list[Card]]) -> None:
    for deck in decks.values():
        assert deck_problems(deck) == []
