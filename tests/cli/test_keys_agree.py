"""Keys that mean the same on every screen: Enter after a reveal accepts Good in a check as
in a review (it did nothing in a check)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.support import DAY1, query

SELF_CSV = """path,step,prompt,answer
Spanish,Numbers,How do you say one?,uno
Spanish,Numbers,How do you say two?,dos
Spanish,Numbers,How do you say three?,tres
Spanish,Numbers,How do you say four?,cuatro
"""


def test_enter_after_a_reveal_in_a_check_counts_as_knew_it_good(
    run, home: Path, tmp_path: Path
) -> None:
    cards = tmp_path / "spanish.csv"
    cards.write_text(SELF_CSV, encoding="utf-8")
    assert run("import", "csv", str(cards)).exit_code == 0
    # Enter reveals each card, and Enter again judges it as in a review: Good
    result = run("check", "numbers", keys="\n\n" * 4, now=DAY1)
    assert result.exit_code == 0, result.output
    assert "4/4 (100%)" in result.output
    assert "passed" in result.output
    assert query(home, "SELECT rating FROM review WHERE mode = 'check'") == [(3,)] * 4
    assert "Enter/Space knew it" in result.output  # the judging screen says so
