"""`tutor cards`: find cards on a lived-in collection, and change them by id."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from tests.cli.support import DAY2, query
from tutor.browse.cards_list import short_id


def _cards(run, *args: str) -> list[dict]:
    result = run("cards", "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["cards"]


def test_the_list_fits_80_columns_and_shows_state_due_and_recall(run, lived: Path) -> None:
    result = run("cards", now=DAY2)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert lines[0].split() == ["id", "state", "due", "recall", "prompt"]
    assert "Garden Basics › Soil" in result.output
    assert "Kitchen Basics › Chef's Knife" in result.output
    (reviewed,) = [c for c in _cards(run) if c["prompt"] == "What is soil?"]
    row = next(line for line in lines if line.startswith(short_id(reviewed["id"])))
    state, recall = row.split()[1], row.split()[3]
    assert state in ("learning", "review")
    # a learnt card's recall; none yet for one still in its learning steps (FSRS would
    # say 100% right after a failed answer)
    assert recall.endswith("%") if state == "review" else recall == "–"
    live = query(lived, "SELECT count(*) FROM card WHERE retired_at IS NULL")[0][0]
    assert lines[-1].startswith(f"{live} cards · ")


def test_a_narrow_terminal_gives_the_prompt_the_room_of_due_and_recall(
    run, lived: Path, monkeypatch
) -> None:
    # A new user at 60 columns saw prompts cut to 18 cells ('What are the three…'), so
    # the cards of a step read alike and no id could be picked.
    monkeypatch.setenv("COLUMNS", "60")
    result = run("cards", now=DAY2)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 60
    assert lines[0].split() == ["id", "state", "prompt"]
    assert any(line.endswith("What is soil?") for line in lines), result.output


def test_search_path_step_kind_and_state_narrow_the_list(run, lived: Path) -> None:
    found = _cards(run, "--search", "COMPOST")
    assert found and all(
        "compost" in (c["prompt"] + c["answer"]).casefold() or c["step"] == "Compost" for c in found
    )
    assert {c["path"] for c in _cards(run, "--path", "kitchen basics")} == {"Kitchen Basics"}
    assert {c["step"] for c in _cards(run, "--step", "mulch")} == {"Mulch"}
    assert {c["kind"] for c in _cards(run, "--kind", "faq")} == {"faq"}
    seen = _cards(run, "--state", "learning")
    assert len(seen) == 12
    assert all(c["due"] and c["recall"] is None for c in seen)  # not learnt yet: no recall
    assert all(c["recall"] is None and c["due"] is None for c in _cards(run, "--state", "new"))


def test_bad_filters_are_one_line_errors(run, lived: Path) -> None:
    result = run("cards", "--state", "sleeping")
    assert result.exit_code == 2
    assert "--state: 'sleeping' is not one of new, learning" in result.output
    result = run("cards", "--step", "nosuchstep")
    assert result.exit_code == 1 and "no step named 'nosuchstep'" in result.output
    assert "Traceback" not in result.output


def test_suspend_unsuspend_by_unique_prefix(run, lived: Path) -> None:
    card = _cards(run, "--step", "compost", "--kind", "faq")[0]
    prefix = short_id(card["id"])[:6]
    result = run("cards", "suspend", prefix)
    assert result.exit_code == 0, result.output
    assert "suspended 1 card" in result.output and card["prompt"] in result.output
    assert [c["id"] for c in _cards(run, "--state", "suspended")] == [card["id"]]
    assert card["id"] not in {c["id"] for c in _cards(run, "--state", "new")}
    result = run("cards", "unsuspend", card["id"])
    assert result.exit_code == 0 and "unsuspended 1 card" in result.output
    assert _cards(run, "--state", "suspended") == []


def test_an_unknown_or_ambiguous_id_changes_nothing(run, lived: Path) -> None:
    good = short_id(_cards(run)[0]["id"])
    before = query(lived, "SELECT id, suspended_at FROM card ORDER BY id")
    result = run("cards", "suspend", good, "zzzz")
    assert result.exit_code == 1
    assert "card 'zzzz': no card id starts with it" in result.output
    ids = [short_id(row[0]) for row in before]
    shared = next(a[0] for a, b in itertools.pairwise(ids) if a[0] == b[0])
    result = run("cards", "suspend", shared)
    assert result.exit_code == 1 and "give more of it" in result.output
    assert query(lived, "SELECT id, suspended_at FROM card ORDER BY id") == before


def test_forget_puts_a_card_back_to_new_and_keeps_its_reviews(run, lived: Path) -> None:
    card = _cards(run, "--state", "learning")[0]
    reviews = query(lived, "SELECT count(*) FROM review WHERE card_id = ?", card["id"])[0][0]
    assert reviews >= 1
    result = run("cards", "forget", short_id(card["id"]))
    assert result.exit_code == 0, result.output
    assert "back to new; their reviews stay in the log" in result.output
    after = next(c for c in _cards(run) if c["id"] == card["id"])
    assert (after["state"], after["due"], after["recall"], after["reps"]) == ("new", None, None, 0)
    assert query(lived, "SELECT count(*) FROM review WHERE card_id = ?", card["id"]) == [(reviews,)]
    # The log still explains every state: the doctor replays from the forgetting on.
    doctor = run("doctor", "--json")
    assert doctor.exit_code == 0, doctor.output
    assert json.loads(doctor.output)["problems"] == []


def test_a_forgotten_card_answered_at_once_starts_again_from_new(run, lived: Path) -> None:
    from datetime import datetime

    from db import Store
    from tests.cli.support import DAY1, db_path
    from tutor.memory.scheduling import answer, make_scheduler

    card = _cards(run, "--state", "learning")[0]
    run("cards", "forget", card["id"])
    scheduler = make_scheduler(0.9, fuzz=False)
    with Store.open(db_path(lived)) as store:  # the same instant as its last answer
        _, before, after = store.answer_card(
            card["id"],
            lambda state, at: answer(scheduler, state, 3, at),
            3,
            datetime.fromisoformat(DAY1),
            1000,
        )
    assert before.reps == 0 and after.reps == 1
    doctor = run("doctor", "--json")
    assert json.loads(doctor.output)["problems"] == []


def test_search_finds_words_from_their_start_and_every_word_given(
    run, home: Path, tmp_path: Path
) -> None:
    note = tmp_path / "dns-cache.md"
    note.write_text(
        "# DNS cache\n\nA DNS cache is a store of recent name lookups, kept for a little while.\n\n"
        "## Key takeaways\n\n- Each answer stays until its TTL runs out.\n",
        encoding="utf-8",
    )
    assert run("import", str(note)).exit_code == 0
    what_is, true_false = (
        "What is a DNS cache?",
        "True or false: each answer stays until its TTL runs out.",
    )

    def prompts(search: str) -> set[str]:
        return {card["prompt"] for card in _cards(run, "--search", search, "--step", "DNS cache")}

    assert prompts("ttl") == {true_false}  # not the 'little' of the other card
    assert prompts("look") == {what_is}  # the start of a word is enough
    assert prompts("ittle") == set()
    assert prompts("store while") == {what_is}  # every word, anywhere on the card
    assert prompts("store ttl") == set()
    assert prompts('"name lookups"') == {what_is} and prompts('"lookups name"') == set()


def test_search_for_a_word_ending_in_e_finds_the_forms_that_drop_it(
    run, home: Path, tmp_path: Path
) -> None:
    note = tmp_path / "caching.md"
    note.write_text(
        "# Caching\n\nCaching is keeping a copy of recent answers close to the reader.\n\n"
        "## Key takeaways\n\n- The theme of every cache is trading memory for time.\n",
        encoding="utf-8",
    )
    assert run("import", str(note)).exit_code == 0

    def prompts(search: str) -> set[str]:
        return {card["prompt"] for card in _cards(run, "--search", search, "--step", "Caching")}

    what_is = "What is caching?"
    takeaway = "True or false: the theme of every cache is trading memory for time."
    assert prompts("caching") == {what_is}
    assert prompts("cache") == {what_is, takeaway}  # 'caching' drops the e of 'cache'
    assert prompts("cach") == {what_is, takeaway}
    assert prompts("caches") == set()
