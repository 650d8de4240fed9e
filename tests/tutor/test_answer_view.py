"""The back of a card as printed: an answer of several lines stays under its first line."""

from __future__ import annotations

import io
from dataclasses import replace

from rich.console import Console

from cards import Answering, Card, CardKind, Source
from tutor.ui import answer_view

JOBS = "1. Show information\n2. Collect input\n3. Give quick feedback\n4. Talk to the backend"


def printed(card: Card, width: int = 60) -> list[str]:
    console = Console(file=io.StringIO(), width=width, color_system=None)
    console.print(answer_view(card))
    return console.file.getvalue().splitlines()  # type: ignore[attr-defined]


def list_card(answer: str) -> Card:
    return Card(
        id="jobs",
        kind=CardKind.LIST,
        answering=Answering.SELF,
        prompt="What are the four jobs of a frontend?",
        answer=answer,
        source=Source("frontend.md", "What it does", 24),
        entry="frontend",
        entry_key="system-basics/frontend",
    )


def test_each_line_of_a_list_answer_starts_under_the_first() -> None:
    lines = printed(list_card(JOBS))
    assert lines[0].rstrip() == "Answer: 1. Show information"
    assert [line.rstrip() for line in lines[1:4]] == [
        "        2. Collect input",
        "        3. Give quick feedback",
        "        4. Talk to the backend",
    ]
    assert lines[4].startswith("frontend.md:24")


def test_a_long_answer_wraps_under_itself() -> None:
    long = "The part of an application that runs on the user's device and shows everything"
    lines = printed(list_card(long), width=40)
    assert lines[0].startswith("Answer: The part")
    assert all(line.startswith("        ") for line in lines[1:-1]), lines
    assert " ".join(line.strip() for line in lines[:-1]).removeprefix("Answer: ") == long


def test_a_list_answer_is_not_printed_again_as_its_run_together_source() -> None:
    # A new user's list card showed its three points, then the same points as one line.
    card = replace(
        list_card("1. which tool you have\n2. the pad that fits\n3. that the rotor is straight"),
        explanation="which tool you have the pad that fits that the rotor is straight",
    )
    shown = " ".join(printed(card, width=100))
    assert shown.count("which tool you have") == 1, shown


def test_a_list_answer_is_not_printed_again_as_its_sentences() -> None:
    # A third new user's pour-over steps showed the numbered steps, then the same steps
    # again as sentences: the source keeps the stops the numbered points leave out.
    card = replace(
        list_card("1. Warm the cup with hot water\n2. Add 15 g of coffee\n3. Pour in circles"),
        explanation="Warm the cup with hot water. Add 15 g of coffee. Pour in circles.",
    )
    shown = " ".join(printed(card, width=100))
    assert shown.count("Add 15 g of coffee") == 1, shown
    # (a source that says more than its points is still shown)
    told = replace(card, explanation=card.explanation + " The bloom needs a full minute.")
    assert "The bloom needs a full minute." in " ".join(printed(told, width=120))
