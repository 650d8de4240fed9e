"""Flags and re-import: a flag stays while the card's question stands, and goes when the
author changes what the card asks."""

from __future__ import annotations

import json
from pathlib import Path

from db import Store
from tests.cli.support import db_path
from tutor.check.rules import checkable

QUESTION = "Can I improve heavy clay?"


def _flagged(run) -> list[dict]:
    result = run("cards", "--json", "--flagged")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["cards"]


def _flag_clay(run) -> dict:
    found = json.loads(run("cards", "--json", "--search", "heavy clay").output)["cards"]
    (card,) = [c for c in found if c["prompt"] == QUESTION]
    result = run("cards", "flag", card["id"][:10], "--reason", "too vague")
    assert result.exit_code == 0, result.output
    return card


def test_a_flag_survives_reimporting_the_unchanged_entry(run, lived: Path, entries: Path) -> None:
    card = _flag_clay(run)
    assert run("import", str(entries / "garden")).exit_code == 0
    assert [(c["id"], c["flag_reason"]) for c in _flagged(run)] == [(card["id"], "too vague")]


def test_an_edit_elsewhere_in_the_entry_keeps_the_flag(run, lived: Path, entries: Path) -> None:
    card = _flag_clay(run)
    soil = entries / "garden" / "soil.md"
    soil.write_text(soil.read_text().replace("sand, silt, clay", "sand, silt and clay"))
    result = run("import", str(entries / "garden"))
    assert result.exit_code == 0, result.output
    assert [c["id"] for c in _flagged(run)] == [card["id"]]


def test_a_changed_answer_clears_the_flag_and_the_card_comes_back(
    run, lived: Path, entries: Path
) -> None:
    card = _flag_clay(run)
    soil = entries / "garden" / "soil.md"
    soil.write_text(
        soil.read_text().replace(
            "Yes, by working in compost every season.", "Yes, by digging in compost each autumn."
        )
    )
    result = run("import", str(entries / "garden"))
    assert result.exit_code == 0, result.output
    assert _flagged(run) == []
    again = next(
        c for c in json.loads(run("cards", "--json").output)["cards"] if c["id"] == card["id"]
    )
    assert again["state"] == card["state"] and "autumn" in again["answer"]  # progress kept


def test_a_changed_question_retires_the_flagged_card_and_its_successor_is_unflagged(
    run, lived: Path, entries: Path
) -> None:
    _flag_clay(run)
    soil = entries / "garden" / "soil.md"
    soil.write_text(soil.read_text().replace(QUESTION, "How can I improve heavy clay?"))
    assert run("import", str(entries / "garden")).exit_code == 0
    assert _flagged(run) == []
    found = json.loads(run("cards", "--json", "--search", "heavy clay").output)["cards"]
    assert [c["prompt"] for c in found if c["kind"] == "faq"] == ["How can I improve heavy clay?"]


def test_checks_leave_flagged_cards_out(run, lived: Path) -> None:
    card = _flag_clay(run)
    with Store.open(db_path(lived)) as store:
        step = next(s for s in store.all_steps() if s.slug == "soil")
        pool = checkable(store.cards_of_step(step.key))
        flagged = [s for s in store.cards_of_step(step.key) if s.flagged]
    assert [s.card.id for s in flagged] == [card["id"]]
    assert card["id"] not in {s.card.id for s in pool}


def test_a_flagged_card_from_a_page_opening_lists_no_empty_brackets(
    run, home: Path, tmp_path: Path
) -> None:
    # A page with no headings: its card's sentence stands under no section, and the list
    # of flags showed '()' after its file and line.
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "cdn.md").write_text(
        "# CDN\n\nA CDN is a network of servers in many places that keeps copies of a "
        "site's files near its readers.\n"
    )
    assert run("import", str(notes)).exit_code == 0
    (card,) = json.loads(run("cards", "--json", "--path", "Notes").output)["cards"]
    assert run("cards", "flag", card["id"][:10], "--reason", "too short").exit_code == 0
    listed = run("cards", "--flagged").output
    assert "cdn.md:3" in listed
    assert "()" not in listed
    assert "Fix the entry and import it again" in listed


def test_flagged_built_in_cards_are_not_sent_to_an_entry_the_learner_cannot_edit(
    run, home: Path
) -> None:
    # A new user flagged a card of System Basics and was told to fix its entry and
    # import it again: that entry ships with tutor.
    run("config")  # first use: the built-in path
    card = json.loads(run("cards", "--json", "--step", "frontend").output)["cards"][0]
    assert card["file"].startswith("built-in:")
    assert run("cards", "flag", card["id"][:10], "--reason", "unclear").exit_code == 0
    listed = run("cards", "--flagged").output
    assert "Fix the entry" not in listed
    assert "tutor cards unflag ID" in listed
