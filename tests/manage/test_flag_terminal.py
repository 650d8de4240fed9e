"""Flagging a card from the review, in a real pseudo-terminal: f, a reason, Enter."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime
from pathlib import Path

import pexpect
import pytest

from db import Store
from tests.cli.support import DAY1, child_env, db_path, tutor_command
from tests.cli.test_terminal import plain, spawn
from tutor.interop.importing import ensure_builtin

pytestmark = pytest.mark.terminal


def _first_new(home: Path) -> tuple[str, str]:
    home.mkdir(parents=True, exist_ok=True)
    with Store.open(db_path(home)) as store:
        ensure_builtin(store, datetime.fromisoformat(DAY1))
        first = store.new_cards(1)[0]
    return first.card.id, first.card.prompt


def _tutor(home: Path, *args: str) -> str:
    done = subprocess.run(
        [*tutor_command(), *args],
        env=child_env(home, DAY1),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_card_flagged_in_review_is_hidden_and_listed_with_its_file_and_line(
    _isolated_home: Path,
) -> None:
    card_id, prompt = _first_new(_isolated_home)
    assert len(prompt) < 60  # one line in the 100-column panel: the checks below can see it
    child = spawn(_isolated_home, "review")
    child.expect_exact(prompt)
    child.expect("f flag")
    child.send("f")
    child.expect("what is wrong with this card")
    child.send("the answer leaves out JavaScript\r")
    # (the reason said back whole: a long one scrolls out of its field as it is typed)
    child.expect_exact('flagged ("the answer leaves out JavaScript"): out of reviews')
    # The session goes on with the next card; the flagged one is gone from it.
    child.expect(["Space/Enter reveal", "choose", "Enter type the answer"])
    child.send("q")
    child.expect("Session done")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    listed = _tutor(_isolated_home, "cards", "--flagged")
    assert card_id.split("-", 1)[1][:8] in listed
    assert "built-in:system-basics/01-frontend.md:" in listed
    assert "the answer leaves out JavaScript" in listed
    assert prompt in listed

    flagged = json.loads(_tutor(_isolated_home, "cards", "--json", "--flagged"))["cards"]
    assert [(c["id"], c["flag_reason"]) for c in flagged] == [
        (card_id, "the answer leaves out JavaScript")
    ]

    again = spawn(_isolated_home, "review")
    again.expect(["Space/Enter reveal", "choose", "Enter type the answer"])
    screen = plain(again.before)
    again.send("q")
    again.expect(pexpect.EOF)
    again.close()
    assert prompt not in screen
    with Store.open(db_path(_isolated_home)) as store:
        assert card_id not in {stored.card.id for stored in store.new_cards(100)}

    _tutor(_isolated_home, "cards", "unflag", card_id[:9])
    with Store.open(db_path(_isolated_home)) as store:
        assert store.new_cards(1)[0].card.id == card_id


def test_a_long_prompt_echoed_by_a_card_command_wraps_at_a_word(_isolated_home: Path) -> None:
    # `tutor cards unflag a1a9` printed '... because it runs on th' / 'e user's device.'
    home = _isolated_home
    home.mkdir(parents=True, exist_ok=True)
    with Store.open(db_path(home)) as store:
        ensure_builtin(store, datetime.fromisoformat(DAY1))
        longest = max(store.new_cards(500), key=lambda stored: len(stored.card.prompt)).card
    assert len(longest.prompt) > 100  # longer than the 100-column terminal
    child = spawn(home, "cards", "suspend", longest.id)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    shown = plain(child.before)
    # each line fits the terminal: none is left for the terminal to cut where it ends
    assert all(len(line) <= 100 for line in shown.splitlines()), shown
    # and the command that brings it back is whole, with the card's id
    assert f"tutor cards unsuspend {longest.id[3:11]}" in " ".join(shown.split()), shown
    said = shown.split()
    words = longest.prompt.split()
    start = said.index(words[0])
    assert said[start : start + len(words)] == words, said
