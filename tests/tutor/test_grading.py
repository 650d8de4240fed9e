"""Typed answers are matched leniently, and say when they were only close."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tutor.review.grading import AGAIN, GOOD, grade_choice, grade_typed


@pytest.mark.parametrize(
    "given",
    ["frontend", "Frontend", "the frontend", "  FRONTEND. ", "front-end"],
)
def test_case_punctuation_articles_and_spacing_do_not_matter(given: str) -> None:
    verdict = grade_typed(given, "frontend", accepted=["front end"])
    assert verdict.correct and not verdict.close


def test_a_small_typo_is_accepted_and_flagged_as_close() -> None:
    verdict = grade_typed("fronted", "frontend")
    assert verdict.correct and verdict.close
    assert verdict.proposed_rating == GOOD


def test_a_different_word_is_wrong_and_proposes_again() -> None:
    verdict = grade_typed("backend", "frontend")
    assert not verdict.correct
    assert verdict.proposed_rating == AGAIN


def test_short_answers_get_no_typo_allowance() -> None:
    assert not grade_typed("APO", "API").correct
    assert grade_typed("api", "API").correct


def test_accepted_alternatives_count_as_right() -> None:
    assert grade_typed("domain name system", "DNS", accepted=["domain name system"]).correct


def test_an_empty_answer_is_wrong() -> None:
    assert not grade_typed("", "frontend").correct


def test_choice_is_right_only_for_the_answer() -> None:
    assert grade_choice("Backend", "Backend").correct
    assert not grade_choice("Frontend", "Backend").correct


# Issue 15, defect 5: folding away signs, digits and symbols accepted wrong answers.
@pytest.mark.parametrize(
    ("given", "answer"),
    [
        ("5", "-5"),
        ("-5", "5"),
        ("2020", "2002"),
        ("2003", "2002"),
        ("C", "C++"),
        ("C", "C#"),
        ("x+y", "x-y"),
        ("2*2", "2+2"),
        ("3.14", "314"),
        ("a < b", "a > b"),
        ("100%", "100"),
        ("http2", "http3"),
    ],
)
def test_digits_signs_and_symbols_must_match_exactly(given: str, answer: str) -> None:
    verdict = grade_typed(given, answer)
    assert not verdict.correct, (given, answer, verdict)


@pytest.mark.parametrize(
    ("given", "answer", "close"),
    [
        ("-5", "-5", False),
        ("C++", "c++", False),
        ("x + y", "x+y", False),
        ("2002.", "2002", False),
        ("the answer is 42", "The answer is 42!", False),
        ("databse", "database", True),
        ("data base", "database", True),
        ("HTTP/2 protocl", "HTTP/2 protocol", True),
    ],
)
def test_symbols_kept_still_allow_spacing_case_and_letter_typos(
    given: str, answer: str, close: bool
) -> None:
    verdict = grade_typed(given, answer)
    assert verdict.correct and verdict.close is close, (given, answer, verdict)


def test_a_card_answered_by_the_entry_name_does_not_show_that_name_above_it() -> None:
    from rich.console import Console

    from cards import Answering, Card, CardKind, Source
    from tutor.ui import HIDDEN_TITLE, card_view

    def shown(card: Card) -> str:
        console = Console(width=80, record=True, color_system=None)
        console.print(card_view(card, "Backend", (0, 0, 1), ["1", "2", "3"]))
        return console.export_text()

    identify = Card(
        "c1-x",
        CardKind.IDENTIFY,
        Answering.CHOICE,
        "Which concept must re-check permissions?",
        "Backend",
        Source("b.md", "Key takeaways", 3),
        "backend",
        "system-basics/backend",
        options=("Frontend", "Backend", "Database"),
        explanation="Permissions are checked again on the backend.",
    )
    text = shown(identify)
    assert HIDDEN_TITLE in text and text.count("Backend") == 1  # the option only
    definition = Card(
        "c1-y",
        CardKind.DEFINITION,
        Answering.SELF,
        "What is the backend?",
        "The server side.",
        Source("b.md", "Summary", 2),
        "backend",
        "system-basics/backend",
        explanation="The backend is the server side.",
    )
    assert "Backend" in shown(definition)
    # Recalled rather than chosen (too few concepts to offer), the name is still the answer.
    recalled = replace(identify, answering=Answering.SELF, options=())
    assert HIDDEN_TITLE in shown(recalled) and "Backend" not in shown(recalled)
    # A short answer that is only part of a word of the title hides nothing.
    part = replace(definition, answer="Back")
    assert "Backend" in shown(part)


def test_a_title_whose_words_the_answer_says_is_not_shown_above_the_question() -> None:
    # 'What does HTTP status 429 mean?' under 'HTTP Status Code 429 – Too Many Requests'
    # (a blind reading counted it a giveaway): the title says what the answer does.
    from rich.console import Console

    from cards import Answering, Card, CardKind, Source
    from tutor.ui import HIDDEN_TITLE, card_view

    def shown(card: Card, title: str) -> str:
        console = Console(width=80, record=True, color_system=None)
        console.print(card_view(card, title, (0, 0, 1), ["1", "2", "3"]))
        return console.export_text()

    card = Card(
        "c1-z",
        CardKind.DEFINITION,
        Answering.SELF,
        "What does HTTP status 429 mean?",
        "The client sent too many requests in a short time and must wait.",
        Source("s.txt", "", 2),
        "http-429",
        "notes/http-429",
        explanation="The client sent too many requests in a short time and must wait.",
    )
    text = shown(card, "HTTP 429 – Too Many Requests")
    assert HIDDEN_TITLE in text and "Too Many Requests" not in text, text
    # A title the answer does not repeat stays: 'Git staging area' over what it is.
    other = replace(
        card, prompt="What is the git staging area?", answer="Where changes wait for a commit."
    )
    assert "Git staging area" in shown(other, "Git staging area")


def test_another_short_word_in_a_phrase_is_wrong_and_a_plural_is_close() -> None:
    # A new user typed 'attracts dirt' for 'attracts grit' and was told 'accepted as close'
    # (the phrase's two-letter allowance spent on a word of four), and 'rims' for 'rim' and
    # was told 'not quite'.
    assert not grade_typed("attracts dirt", "attracts grit").correct
    plural = grade_typed("rims", "rim")
    assert plural.correct and plural.close
    assert grade_typed("cut into the rims", "cut into the rim").close
    assert not grade_typed("as", "a").correct  # (no word of one letter has a plural here)
