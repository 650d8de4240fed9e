"""The pass mark said in whole questions on the home and path views, where a check is near:
'80%' alone reads oddly when a check of four questions needs all four."""

from __future__ import annotations

from pathlib import Path

from tests.cli.support import DAY1
from tests.cli.test_path_check import answer_keys, questions
from tutor.progress.paths import pass_rule


def test_the_rule_counts_the_questions_needed_rounded_up() -> None:
    assert pass_rule(0.8) == (
        "a check passes with 80% right, rounded up: 8 of 10 needed, 6 of 7, "
        "4 of 4 on a step with fewer questions"
    )
    assert "9 of 10 needed, 7 of 7, 4 of 4" in pass_rule(0.9)
    assert "5 of 10 needed, 4 of 7, 2 of 4" in pass_rule(0.5)


def test_path_says_the_rule_once_a_check_is_taken_with_the_mark_in_force(run, home: Path) -> None:
    assert run("config", "check_pass_mark", "0.9").exit_code == 0
    before = run("path", now=DAY1)
    assert "rounded up" not in before.output  # no step is near its check yet
    asked = questions(home, "system-basics/frontend", DAY1)
    assert run("check", "frontend", keys=answer_keys(asked, wrong={0}), now=DAY1).exit_code == 0
    after = run("path", now=DAY1)
    assert after.exit_code == 0, after.output
    said = " ".join(after.output.split())
    assert (
        "a check passes with 90% right, rounded up: 9 of 10 needed, 7 of 7, "
        "4 of 4 on a step with fewer questions"
    ) in said


def test_home_says_the_rule_beside_a_step_ready_for_its_check(
    run, home: Path, tmp_path: Path
) -> None:
    cards = tmp_path / "spanish.csv"
    cards.write_text(
        "path,step,prompt,answer\n"
        + "".join(f"Spanish,Numbers,How do you say {n}?,{w}\n" for n, w in NUMBERS),
        encoding="utf-8",
    )
    assert run("import", "csv", str(cards)).exit_code == 0
    assert run("path", "hide", "system-basics").exit_code == 0
    assert "rounded up" not in run(now=DAY1).output
    # Each card revealed and rated Good until it leaves learning, then the session ends.
    review = run("review", keys=" 3" * 3 * len(NUMBERS) + "q", now=DAY1)
    assert review.exit_code == 0, review.output
    home_screen = run(now=DAY1).output
    assert "Numbers (Spanish) is ready" in home_screen, home_screen
    said = " ".join(home_screen.split())
    assert "A check passes with 80% right, rounded up: 8 of 10 needed, 6 of 7, 4 of 4" in said


NUMBERS = [("one", "uno"), ("two", "dos"), ("three", "tres"), ("four", "cuatro")]
