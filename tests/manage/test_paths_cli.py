"""Putting paths and steps away: hide, show, remove; a deleted entry file retires its step;
and what an import says about the cards it changes."""

from __future__ import annotations

import json
from pathlib import Path

from db import Store
from tests.cli.support import db_path, query


def _paths(run) -> dict[str, dict]:
    result = run("path", "--json")
    assert result.exit_code == 0, result.output
    return {p["name"]: p for p in json.loads(result.output)["paths"]}


def _live_cards(home: Path, entry_key_start: str) -> int:
    (count,) = query(
        home,
        "SELECT count(*) FROM card WHERE entry_key LIKE ? AND retired_at IS NULL",
        entry_key_start + "%",
    )[0]
    return int(count)  # type: ignore[call-overload]


def _new_paths(home: Path) -> set[str]:
    with Store.open(db_path(home)) as store:
        return {s.card.entry_key.split("/")[0] for s in store.new_cards(500)}


def test_hiding_the_builtin_path_keeps_it_out_of_reviews_until_shown(run, lived: Path) -> None:
    result = run("path", "hide", "system basics")
    assert result.exit_code == 0, result.output
    assert "Hidden System Basics: 8 steps" in result.output
    assert "tutor path show system-basics" in result.output
    assert _paths(run)["System Basics"]["hidden"] is True
    assert "hidden: out of reviews" in run("path").output
    assert "system-basics" not in _new_paths(lived)
    assert "garden-basics" in _new_paths(lived)
    assert run("path", "show", "system-basics").exit_code == 0
    assert _paths(run)["System Basics"]["hidden"] is False
    assert "system-basics" in _new_paths(lived)


def test_a_hidden_path_can_still_be_reviewed_by_name(run, lived: Path) -> None:
    run("path", "hide", "kitchen-basics")
    result = run("review", "--path", "kitchen-basics", keys="q")
    assert result.exit_code == 0, result.output
    assert "Chef's Knife" in result.output


def test_remove_asks_with_the_counts_and_no_changes_nothing(run, lived: Path) -> None:
    before = query(lived, "SELECT id, retired_at FROM card ORDER BY id")
    result = run("path", "remove", "garden-basics", keys="n\n")
    assert result.exit_code == 1
    cards = _live_cards(lived, "garden-basics/")
    assert f"Remove Garden Basics: 3 steps, {cards} cards (" in result.output
    assert "reviews stay in the log. [y/N]" in result.output
    assert "'Garden Basics' not removed" in result.output
    assert query(lived, "SELECT id, retired_at FROM card ORDER BY id") == before


def test_remove_retires_the_path_keeps_reviews_and_import_brings_it_back(
    run, lived: Path, entries: Path
) -> None:
    reviews = query(lived, "SELECT * FROM review ORDER BY id")
    states = query(lived, "SELECT * FROM card_state ORDER BY card_id")
    cards = _live_cards(lived, "garden-basics/")
    result = run("path", "remove", "garden-basics", keys="y\n")
    assert result.exit_code == 0, result.output
    assert "Removed Garden Basics" in result.output
    assert "Garden Basics" not in _paths(run)
    assert "garden-basics" not in _new_paths(lived)
    garden = json.loads(run("cards", "--json", "--state", "retired").output)["cards"]
    assert len(garden) == cards and {c["path"] for c in garden} == {"Garden Basics"}
    assert query(lived, "SELECT * FROM review ORDER BY id") == reviews
    # The --yes form, on a path removed already, is refused as unknown.
    assert run("path", "remove", "garden-basics", "--yes").exit_code == 1

    result = run("import", str(entries / "garden"))
    assert result.exit_code == 0, result.output
    assert [s["title"] for s in _paths(run)["Garden Basics"]["steps"]] == [
        "Soil",
        "Compost",
        "Mulch",
    ]
    assert query(lived, "SELECT * FROM card_state ORDER BY card_id") == states  # progress back


def test_removing_the_builtin_path_survives_the_next_start(run, lived: Path) -> None:
    assert run("path", "remove", "system-basics", "--yes").exit_code == 0
    assert set(_paths(run)) == {"Garden Basics", "Kitchen Basics"}


def test_a_deleted_entry_file_retires_its_step_on_reimport(run, lived: Path, entries: Path) -> None:
    (entries / "garden" / "compost.md").unlink()
    compost = _live_cards(lived, "garden-basics/compost")
    dry = run("import", str(entries / "garden"), "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "Compost (file gone)" in dry.output
    assert "Compost: What is compost?" in dry.output
    assert [s["title"] for s in _paths(run)["Garden Basics"]["steps"]] == [
        "Soil",
        "Compost",
        "Mulch",
    ]
    result = run("import", str(entries / "garden"), "--json")
    (gone,) = [c for c in json.loads(result.output)["entries"] if c["step_retired"]]
    assert gone["title"] == "Compost" and gone["retired"] == compost > 0
    steps = _paths(run)["Garden Basics"]["steps"]
    assert [(s["position"], s["title"]) for s in steps] == [(1, "Soil"), (2, "Mulch")]
    assert query(
        lived,
        "SELECT count(*) FROM card WHERE entry_key = ? AND retired_at IS NULL",
        "garden-basics/compost",
    ) == [(0,)]


def test_dry_run_names_the_cards_a_reworded_question_retires(
    run, lived: Path, entries: Path
) -> None:
    soil = entries / "garden" / "soil.md"
    soil.write_text(
        soil.read_text()
        .replace("Can I improve heavy clay?", "How do I improve heavy clay?")
        .replace("Dig a hole, fill it with water", "Dig a hole, fill it with tap water")
    )
    dry = run("import", str(entries / "garden"), "--dry-run")
    assert dry.exit_code == 0, dry.output
    text = dry.output
    assert "Cards that would be retired (their reviews are kept):" in text
    assert "  Soil: Can I improve heavy clay?" in text
    assert "Cards that would be changed in place (progress kept):" in text
    assert "  Soil: How do I know if my soil drains well?" in text
    assert "New cards in entries imported before:" in text
    assert "  Soil: How do I improve heavy clay?" in text
    as_json = json.loads(run("import", str(entries / "garden"), "--dry-run", "--json").output)
    (soil_change,) = [c for c in as_json["entries"] if c["title"] == "Soil"]
    assert soil_change["retired_cards"] == ["Can I improve heavy clay?"]
    assert soil_change["changed_cards"] == ["How do I know if my soil drains well?"]


def test_a_reimport_says_one_line_per_path_in_path_order(run, lived: Path, entries: Path) -> None:
    result = run("import", str(entries / "kitchen"), str(entries / "garden"))
    assert result.exit_code == 0, result.output
    garden, kitchen = _live_cards(lived, "garden-"), _live_cards(lived, "kitchen-")
    assert result.output.splitlines() == [
        f"Garden Basics: 3 entries, {garden} cards (unchanged)",
        f"Kitchen Basics: 2 entries, {kitchen} cards (unchanged)",
        "Nothing changed: every card is already up to date.",
    ]


def test_stats_forget_a_removed_path_and_a_retired_step(run, lived: Path, entries: Path) -> None:
    (entries / "garden" / "mulch.md").unlink()
    assert run("import", str(entries / "garden")).exit_code == 0
    assert run("path", "remove", "kitchen-basics", "--yes").exit_code == 0
    stats = json.loads(run("stats", "--json").output)
    assert [p["name"] for p in stats["paths"]] == ["System Basics", "Garden Basics"]
    garden = [s["title"] for s in stats["steps"] if s["path"] == "Garden Basics"]
    assert garden == ["Soil", "Compost"]
    result = run("stats", "--path", "kitchen-basics")
    assert result.exit_code != 0


def test_a_hidden_path_s_cards_are_listed_only_when_asked_for(run, lived: Path) -> None:
    # A new user hid System Basics, and 'tutor cards' still opened on a screen of its
    # cards, none of her own on it.
    run("path", "hide", "system-basics")
    listed = run("cards", "--no-pager")
    assert listed.exit_code == 0, listed.output
    assert "Chef's Knife" in listed.output or "knife" in listed.output.lower()
    assert "Which of these is DNS not for?" not in listed.output
    said = " ".join(listed.output.split())
    assert "(not listed: 156 cards of hidden paths (System Basics);" in said, said
    assert "tutor cards --path 'System Basics' lists them)" in said
    asked = run("cards", "--no-pager", "--path", "system basics")
    assert "Which of these is DNS not for?" in asked.output
    assert "not listed" not in asked.output
    none = run("cards", "--search", "dns")
    assert "No cards match." in none.output and "not listed: 156 cards" in none.output
    listed_json = json.loads(run("cards", "--json").output)["cards"]
    assert not [card for card in listed_json if card["path"] == "System Basics"]
