"""Markdown notes named by their file, as note apps keep them: no title heading inside.

Obsidian, Foam and Logseq show a note's file name as its title, so a learner's note
'WebSocket.md' often holds only what a WebSocket is. Such a note is read under its file's
name when, so named, it says what the concept is; anything else is still refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cards
from cards import CardKind, ParseError


def note(folder: Path, name: str, text: str) -> Path:
    file = folder / name
    file.write_text(text, encoding="utf-8")
    return file


def prompts(file: Path) -> dict[str, str]:
    entry = cards.read_entry(file)
    return {card.prompt: card.answer for card in cards.generate(entry, [])}


def test_a_note_holding_only_a_gloss_is_named_by_its_file(tmp_path: Path) -> None:
    file = note(
        tmp_path,
        "WebSocket.md",
        "A two-way channel kept open over one TCP connection, for messages in both "
        "directions.\n\nChat rooms and live scores lean on it.\n",
    )
    entry = cards.read_entry(file)
    assert entry.title == "WebSocket"
    assert prompts(file)["What is WebSocket?"] == (
        "A two-way channel kept open over one TCP connection, for messages in both directions."
    )


def test_front_matter_and_headings_without_a_title(tmp_path: Path) -> None:
    file = note(
        tmp_path,
        "load-balancer.md",
        "---\ntags: [networking]\naliases: [LB]\n---\n"
        "A server in front of a pool of others that hands each request to one of them.\n\n"
        "## Why it matters\n\nNo single machine has to carry every visitor.\n",
    )
    entry = cards.read_entry(file)
    assert entry.title == "Load balancer"  # the slug's hyphen read as a space
    assert "LB" in entry.aliases
    made = prompts(file)
    assert made["What is a load balancer?"].startswith("A server in front of a pool")
    assert made["Why does a load balancer matter?"] == (
        "No single machine has to carry every visitor."
    )


def test_a_note_that_names_its_concept_keeps_that_name(tmp_path: Path) -> None:
    file = note(
        tmp_path,
        "week 3.md",
        "A message queue is a buffer where one program leaves work for another to pick up later.\n",
    )
    assert cards.read_entry(file).title == "Message queue"


@pytest.mark.parametrize("name", ["index.md", "Untitled 3.md", "notes.md", "2026-11-30.md"])
def test_a_file_name_that_names_nothing_is_not_a_title(tmp_path: Path, name: str) -> None:
    file = note(tmp_path, name, "A two-way channel kept open over one TCP connection.\n")
    with pytest.raises(ParseError, match="has no title"):
        cards.read_entry(file)


def test_a_named_note_that_defines_nothing_is_still_refused(tmp_path: Path) -> None:
    file = note(tmp_path, "Groceries.md", "milk, eggs and the rest of the list\n")
    with pytest.raises(ParseError, match="has no title"):
        cards.read_entry(file)


def test_a_text_file_is_not_named_by_its_file(tmp_path: Path) -> None:
    """A page saved as text is often named by its site or by the browser, not by the
    concept; its title has to come from the page."""
    file = note(tmp_path, "WebSocket.txt", "A two-way channel kept open over one TCP link.\n")
    with pytest.raises(ParseError, match="has no title"):
        cards.read_entry(file)


def test_a_title_heading_still_wins_over_the_file_name(tmp_path: Path) -> None:
    file = note(
        tmp_path,
        "ws.md",
        "# WebSocket\n\nA WebSocket is a two-way channel kept open over one TCP connection.\n",
    )
    entry = cards.read_entry(file)
    assert entry.title == "WebSocket"
    kinds = {card.kind for card in cards.generate(entry, [])}
    assert CardKind.DEFINITION in kinds


def test_a_gloss_with_a_clause_after_a_comma_is_still_a_gloss(tmp_path: Path) -> None:
    # Tried as a new user: 'A two-way channel kept open over one TCP connection, so either
    # side can send at any time.' gave no 'What is WebSocket?': the clause's 'can' was
    # read as the gloss's own verb.
    file = note(
        tmp_path,
        "WebSocket.md",
        "A two-way channel kept open over one TCP connection, so either side can send at "
        "any time.\n",
    )
    assert prompts(file)["What is WebSocket?"].startswith("A two-way channel kept open")
