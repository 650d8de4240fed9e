"""Generation on real entry files: backend.vca.txt beside its siblings, and the fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_generate import siblings  # hand-made Frontend, API and Database entries

import cards
from cards import Answering, CardKind, Entry
from cards.generation import candidates
from cards.rules import deck_problems

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "entries"


def test_backend_vca_by_content(backend_vca: Path) -> None:
    entry = cards.read_entry(backend_vca)
    deck = cards.generate(entry, siblings(), seed=11)
    kinds = {card.kind for card in deck}
    assert len(deck) >= 15 and len(kinds) >= 6
    assert deck_problems(deck, entry) == []
    assert deck_problems(candidates(entry, siblings(), seed=11), entry) == []

    (jobs,) = [c for c in deck if c.kind is CardKind.LIST and c.answering is Answering.SELF]
    assert "three" in jobs.prompt
    for head in (
        "Validate the incoming data",
        "Apply the rules and permissions",
        "Save data and coordinate other services",
    ):
        assert head in jobs.answer

    storing = [c for c in deck if c.kind is CardKind.TRUEFALSE and "storing data" in c.prompt]
    assert [c.answer for c in storing] == ["False"]
    assert "Storing is the database's job" in storing[0].explanation

    faq = {c.prompt for c in deck if c.kind is CardKind.FAQ}
    assert faq == {
        "Can a website work without a backend?",
        "Are the backend and the database the same thing?",
        "Do I have to run my own server for the backend?",
    }

    cloze_sources = {c.explanation for c in deck if c.kind is CardKind.CLOZE}
    assert {
        "Backend = the invisible brain for rules, computation, and security.",
        "Iron rule: never fully trust data sent by the frontend.",
        "Critical checks (permissions, amounts, stock) must run on the backend.",
    } <= cloze_sources

    identify = [c for c in deck if c.kind is CardKind.IDENTIFY]
    assert any({"Frontend", "Database", "Backend"} <= set(c.options) for c in identify)
    assert all(c.source.file == str(backend_vca) for c in deck)


def test_backend_vca_alone_still_asks_every_kind_it_can(backend_vca: Path) -> None:
    deck = cards.generate(cards.read_entry(backend_vca))
    kinds = {card.kind for card in deck}
    # Its prose says what the backend does only in lists and takeaways, which other kinds
    # ask: no claim card. Every other kind comes out.
    assert kinds == set(CardKind) - {CardKind.CLAIM}
    assert all(not c.options for c in deck if c.kind is CardKind.IDENTIFY)  # no invented options


def fixture_entries() -> list[Entry]:
    return [cards.read_entry(path) for path in sorted(FIXTURES.iterdir()) if path.is_file()]


@pytest.mark.skipif(not FIXTURES.is_dir(), reason="no fixture entries")
def test_fixture_entries_give_good_cards_beside_each_other() -> None:
    entries = fixture_entries()
    for entry in entries:
        others = [other for other in entries if other is not entry]
        deck = cards.generate(entry, others, seed=4)
        assert deck, entry.file
        assert {CardKind.DEFINITION, CardKind.FAQ} <= {c.kind for c in deck}, entry.file
        assert deck_problems(deck, entry) == [], entry.file
        raw = [p for p in deck_problems(candidates(entry, others, 4), entry) if "twice" not in p]
        assert raw == [], entry.file
