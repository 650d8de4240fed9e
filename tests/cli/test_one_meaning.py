"""One word, one number: recall and accuracy agree across path, stats, check and the summary."""

from __future__ import annotations

import json
import re
from pathlib import Path

from cards import Answering
from tests.cli.support import DAY1, as_shown, new_shown, query
from tests.cli.test_path_check import answer_keys, questions

# Six and a half days on: whole days since each review are the same in every process.
LATER = "2026-03-08T21:00:00+00:00"


def keys_with_misses(home: Path, count: int, wrong: set[int]) -> str:
    """Keys for the first `count` new cards: right, but Again on the indexes in `wrong`."""
    keys = []
    for index, stored in enumerate(new_shown(home, count)):
        card = as_shown(stored.card)
        if card.answering is Answering.CHOICE:
            pick = card.options.index(card.answer)
            if index in wrong:
                pick = next(n for n, option in enumerate(card.options) if option != card.answer)
            keys.append(f"{pick + 1}\n")
        elif card.answering is Answering.TYPED:
            keys.append(("nothing like it" if index in wrong else card.answer) + "\n\n")
        else:
            keys.append(" 1" if index in wrong else " 3")
    return "".join(keys)


def percent(value: float) -> str:
    return f"{value:.0%}"


def step_json(run, name: str, now: str) -> tuple[dict, dict]:  # type: ignore[no-untyped-def]
    path = json.loads(run("path", "--json", now=now).output)["paths"][0]["steps"]
    stats = json.loads(run("stats", "--json", now=now).output)
    by_title = {step["title"]: step for step in stats["steps"]}
    return next(step for step in path if step["title"] == name), by_title[name]


def test_recall_and_accuracy_are_one_number_on_every_screen(run, home: Path) -> None:
    run("config")
    session = run("review", keys=keys_with_misses(home, 8, wrong={1, 4}) + "q", now=DAY1)
    assert session.exit_code == 0, session.output
    out = session.output

    # accuracy: the session's share not rated Again, as `tutor stats` counts today
    accuracy = re.search(r"accuracy +(\d+%)", out).group(1)
    stats = json.loads(run("stats", "--json", now=DAY1).output)
    assert accuracy == percent(stats["today"]["right_share"])
    assert accuracy == percent(6 / 8)

    # recall: path and stats show one number for the step; with every card still in
    # its learning steps it is 0, and the summary leaves it out rather than say 'recall
    # 0%' after a session of right answers (a new user read that as nothing learnt)
    path_step, stats_step = step_json(run, "Frontend", DAY1)
    assert path_step["recall"] == stats_step["recall"] == 0.0
    assert "Frontend: recall" not in out and "Frontend: 8 cards in learning" in out, out
    assert "recall" in path_step and "recall" in stats_step  # one JSON key
    assert "mean_recall" not in json.dumps(stats)

    # a week on, the cards are still in their learning steps (none learnt, none predicted:
    # right after an answer FSRS would say 100%); the numbers still agree to the digit
    path_step, stats_step = step_json(run, "Frontend", LATER)
    assert path_step["recall"] == 0.0
    assert abs(path_step["recall"] - stats_step["recall"]) < 1e-9

    # the check's result shows the step's recall after its answers, as path has it then
    asked = questions(home, "system-basics/frontend", LATER)
    result = run("check", "frontend", keys=answer_keys(asked), now=LATER)
    assert result.exit_code == 0, result.output
    check_recall = re.search(r"recall +(\d+%) of the step", result.output).group(1)
    path_step, stats_step = step_json(run, "Frontend", LATER)
    assert check_recall == percent(path_step["recall"]) == percent(stats_step["recall"])


def test_due_tomorrow_counts_only_cards_due_after_today_ends(run, home: Path) -> None:
    run("config")
    session = run("review", keys=keys_with_misses(home, 4, wrong=set()) + "q", now=DAY1)
    # four new cards answered Good: each due again in ten minutes, today, not tomorrow;
    # said so, or 'due tomorrow 0' reads as nothing left today while `tutor` says 4
    assert re.search(r"due tomorrow +0\b", session.output), session.output
    assert re.search(r"still due today +4\b", session.output), session.output
    due = query(home, "SELECT count(*) FROM card_state WHERE state > 0")
    assert due == [(4,)]


def test_a_flagged_card_leaves_recall_alike_in_path_and_stats(run, home: Path) -> None:
    # `tutor stats` counted a flagged card as one of the step's cards (18, recall 94%)
    # while `tutor path` left it out until its question is fixed (17, 100%).
    run("config")
    session = run("review", keys=keys_with_misses(home, 8, wrong=set()) + "q", now=DAY1)
    assert session.exit_code == 0, session.output
    cards = json.loads(run("cards", "--json", "--step", "frontend", now=DAY1).output)["cards"]
    seen = next(card for card in cards if card["state"] != "new")
    assert run("cards", "flag", seen["id"][:10], "--reason", "unclear", now=DAY1).exit_code == 0
    path_step, stats_step = step_json(run, "Frontend", LATER)
    assert stats_step["cards"] == path_step["total"] == len(cards) - 1
    assert abs(path_step["recall"] - stats_step["recall"]) < 1e-9
