"""A choice card's options in a review: a new order each session, the same order while the
card is on screen and when its answer is undone, True before False everywhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from db import Store
from tests.cli.support import as_shown, db_path, keys_for, new_shown, query

JOBS = "Which of these is not one of the four jobs of a frontend?"


def options_under(output: str, prompt: str) -> list[tuple[str, ...]]:
    """The numbered options of every panel that shows `prompt`, in the order printed."""
    shown = []
    for panel in output.split("╭")[1:]:
        if prompt in " ".join(line.strip("│ ") for line in panel.splitlines()):
            lines = re.findall(r"│\s+(\d)\s{2,}(.+?)\s*│", panel)
            shown.append(tuple(text for _, text in lines))
    return shown


def keys_to(home: Path, prompt: str, now: str) -> str:
    """Keys that answer rightly every new card before the one with `prompt`."""
    prompts = [stored.card.prompt for stored in new_shown(home, 20, now)]
    return keys_for(home, prompts.index(prompt), now)


def test_a_choice_card_shows_its_options_in_a_new_order_each_session(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    orders = []
    for second in range(8):
        home = tmp_path / f"learner-{second}"
        home.mkdir()
        monkeypatch.setenv("TUTOR_HOME", str(home))
        now = f"2026-03-02T09:00:0{second}+00:00"
        run("config", now=now)
        result = run("review", keys=keys_to(home, JOBS, now) + "q", now=now)
        assert result.exit_code == 0, result.output
        (order,) = options_under(result.output, JOBS)
        assert sorted(order) == sorted(
            ("Prove identity", "Talk to the backend", "Give quick feedback", "Collect input")
        )
        orders.append(order)
    # The odd one out is not always in one place: position is never the cue.
    assert len({order.index("Prove identity") for order in orders}) >= 3, orders


def test_the_order_stays_through_read_and_undo_and_true_comes_first(run, home: Path) -> None:
    run("config")
    with Store.open(db_path(home)) as store:
        card = next(s.card for s in store.new_cards(20) if s.card.prompt == JOBS)
    key = str(as_shown(card).options.index(card.answer) + 1)
    # r reads the section and comes back; answer; on the next card u takes the answer back.
    keys = keys_to(home, JOBS, "2026-03-02T09:00:00+00:00") + "r" + key + "\n" + "u" + key
    result = run("review", keys=keys + "\nq")
    assert result.exit_code == 0, result.output
    shown = options_under(result.output, JOBS)
    assert len(shown) == 3 and len(set(shown)) == 1, shown
    assert "undone: that answer is removed" in result.output
    for order in options_under(result.output, "True or false: the frontend does not keep"):
        assert order == ("True", "False")


def test_reading_the_page_before_answering_proposes_hard(run, home: Path) -> None:
    """r before an answer showed the page, the answer on it, and a right choice was then
    saved Good, as if recalled: reading first proposes Hard (3 still says Good)."""
    run("config")
    with Store.open(db_path(home)) as store:
        card = next(s.card for s in store.new_cards(20) if s.card.prompt == JOBS)
    key = str(as_shown(card).options.index(card.answer) + 1)
    # (no Space after r: through a pipe the page waits for no key, and Space on a choice
    # card now shows its answer unchosen)
    keys = keys_to(home, JOBS, "2026-03-02T09:00:00+00:00") + "r" + key + "\n" + "q"
    result = run("review", keys=keys, now="2026-03-02T09:00:00+00:00")
    assert result.exit_code == 0, result.output
    assert "read on its page before answering: Hard proposed" in result.output
    assert query(home, f"SELECT rating FROM review WHERE card_id = '{card.id}'") == [(2,)]
    # the next card is rated as proposed for it: no page was read
    assert result.output.count("Hard proposed") == 1
