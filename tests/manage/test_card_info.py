"""`tutor cards show`: one card whole, as Anki's card info shows it."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from tests.cli.support import DAY2
from tutor.browse.cards_list import short_id


def _cards(run, *args: str) -> list[dict]:
    result = run(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["cards"]


def test_a_reviewed_card_shows_its_whole_prompt_answer_source_and_answers(run, lived: Path) -> None:
    answered = next(c for c in _cards(run, "cards") if c["reps"])
    result = run("cards", "show", short_id(answered["id"]), now=DAY2)
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())  # the terminal wraps long lines
    assert answered["prompt"] in text  # whole, where the list cuts it at 80 columns
    assert f"from: {answered['file']}:{answered['line']}" in text
    assert f"{answered['reps']} answer" in text and "stability" in text and "recall" in text
    assert f"answers ({answered['reps']})" in text
    assert max(len(line) for line in result.output.splitlines()) <= 80
    assert all(line == line.rstrip() for line in result.output.splitlines())
    (whole,) = _cards(run, "cards", "show", answered["id"])
    assert len(whole["reviews"]) == answered["reps"]
    assert {review["rating"] for review in whole["reviews"]} <= {"again", "hard", "good", "easy"}
    assert whole["stability"] > 0 and whole["explanation"]


def test_a_choice_card_shows_its_options_with_the_answer_marked(run, lived: Path) -> None:
    choice = next(c for c in _cards(run, "cards") if c["kind"] == "proscons")
    (whole,) = _cards(run, "cards", "show", choice["id"])
    assert whole["answering"] == "choice" and choice["answer"] in whole["options"]
    result = run("cards", "show", choice["id"])
    assert result.exit_code == 0, result.output
    marked = [line.strip() for line in result.output.splitlines() if line.strip().startswith("✓")]
    assert len(marked) == 1 and marked[0].endswith(choice["answer"])
    assert "memory: new: not answered yet" in result.output


def test_several_cards_show_in_the_order_given_and_a_bad_id_is_one_line(run, lived: Path) -> None:
    first, second = _cards(run, "cards")[:2]
    shown = _cards(run, "cards", "show", second["id"], first["id"])
    assert [c["id"] for c in shown] == [second["id"], first["id"]]
    result = run("cards", "show", "zzzz")
    assert result.exit_code == 1
    assert (
        result.output.strip() == "tutor: card 'zzzz': no card id starts with it (see tutor cards)"
    )


def test_the_list_says_how_to_see_a_cut_card_whole(run, lived: Path) -> None:
    result = run("cards")
    assert result.output.splitlines()[-1].endswith("tutor cards show ID shows one whole")


def test_a_learning_card_says_the_minute_it_is_due(run, lived: Path) -> None:
    learning = _cards(run, "cards", "--state", "learning")[0]
    (whole,) = _cards(run, "cards", "show", learning["id"])
    result = run("cards", "show", learning["id"])
    due = datetime.fromisoformat(whole["due"]).astimezone().strftime("%Y-%m-%d %H:%M")
    assert f"due {due}" in " ".join(result.output.split())
