"""Shapes met on real pages the card maker had never been tuned to (bench corpus, web2/).

Each page here is our own, written in the shape of one a blind judge read: what is
asserted is what a learner reads on the cards.
"""

from __future__ import annotations

import cards
from cards.parsing import parse


def deck(text: str, file: str = "page.txt") -> tuple[cards.Entry, dict[str, str]]:
    entry = parse(text, file)
    return entry, {card.prompt: card.answer for card in cards.generate(entry, [])}


def test_praise_before_the_definition_is_passed_over() -> None:
    # 'Media queries are a powerful ingredient of ...' was the answer to 'What are
    # media queries?' (INCOMPLETE); the next sentence says what one is.
    _, made = deck(
        "Feature flags are a powerful tool of modern release practice loved by many teams. "
        "A feature flag is a switch in the code that turns a piece of behaviour on or off "
        "without a new deploy.\n\nHere is how teams use them day to day.\n"
    )
    assert made["What is a feature flag?"] == (
        "A switch in the code that turns a piece of behaviour on or off without a new deploy."
    )


def test_a_blog_platforms_lines_above_the_title_are_chrome() -> None:
    # 'DEV Community' and 'Cover image for ...' above a post: the entry was titled
    # 'DEV Community' and gave no card about its concept.
    entry, made = deck(
        "DEV Community\n\nExit Codes for Beginners: What 0, 1, and 127 Really Mean\n\n"
        "Exit Codes for Beginners: What 0, 1, and 127 Really Mean\n\n"
        "Cover image for exit codes for beginners\n\n"
        "When you start writing shell scripts, you quickly run into numbers like 0 and 127."
        "\n\nThe exit code is a small number a program hands back to the shell when it ends."
        "\n"
    )
    assert entry.title == "Exit code"
    assert made["What is the exit code?"] == (
        "A small number a program hands back to the shell when it ends."
    )
