"""The rules of a check: the draw, the score, the gate, what to reread."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from datetime import datetime, timezone
from itertools import combinations, pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cards import Answering, Card, CardKind, Source
from db import CardState, SectionRef, Step, Store, StoredCard
from tutor.check.rules import (
    MAX_QUESTIONS,
    Score,
    checkable,
    clash,
    draw,
    draw_check,
    gate_after,
    guess_chance,
    shuffled,
    to_reread,
)
from tutor.interop.importing import ensure_builtin
from tutor.review.grading import fold, grade_typed
from tutor.review.options import natural_order

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
LABELS = {"true", "false", "pro", "con"}


@pytest.fixture(scope="module")
def builtin(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Step, list[StoredCard]]]:
    """Every built-in step with its cards, read back from a real collection file."""
    path = Path(tmp_path_factory.mktemp("check")) / "tutor.sqlite3"
    with Store.open(path) as store:
        ensure_builtin(store, NOW)
        return [(step, store.cards_of_step(step.key)) for step in store.all_steps()]


def questions_of(step: Step, cards: list[StoredCard], seed: int) -> list[Card]:
    pool = checkable(cards, (step.title, *step.aliases))
    return [stored.card for stored in draw(pool, random.Random(seed))]


def words(text: str) -> str:
    return f" {fold(text)} "


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32))
def test_no_check_asks_two_questions_from_one_source_sentence(builtin, seed: int) -> None:
    for step, cards in builtin:
        asked = questions_of(step, cards, seed)
        places = [(card.source.file, card.source.line) for card in asked]
        assert len(places) == len(set(places)), (step.title, places)
        sentences = [fold(card.explanation) for card in asked if card.explanation]
        assert len(sentences) == len(set(sentences)), step.title


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32))
def test_no_question_shows_the_answer_of_another(builtin, seed: int) -> None:
    for step, cards in builtin:
        asked = questions_of(step, cards, seed)
        names = {fold(name) for name in (step.title, *step.aliases)}
        for card in asked:
            assert fold(card.answer) not in names, (step.title, card.prompt)
            answer = fold(card.answer)
            if answer in LABELS:
                continue
            for other in asked:
                if other is card:
                    continue
                shown = words(other.prompt) + words(other.explanation)
                shown += "".join(words(option) for option in other.options)
                for form in (answer, answer + "s", answer + "es"):
                    assert f" {form} " not in shown, (step.title, card.prompt, other.prompt)


def test_every_builtin_check_is_mixed_balanced_and_at_most_ten(builtin) -> None:
    for step, cards in builtin:
        for seed in range(20):
            asked = questions_of(step, cards, seed)
            assert 6 <= len(asked) <= MAX_QUESTIONS, step.title
            assert len({card.kind for card in asked}) >= 3, step.title
            # no kind over a third of the check
            most = max(Counter(card.kind for card in asked).values())
            assert most * 3 <= len(asked), (step.title, [card.kind for card in asked])
            # kinds alternate: never one kind twice in a row
            kinds = [card.kind for card in asked]
            assert all(a != b for a, b in pairwise(kinds)), (step.title, kinds)


def test_the_draw_repeats_for_a_seed_and_varies_between_seeds(builtin) -> None:
    step, cards = builtin[0]
    first = [card.id for card in questions_of(step, cards, 7)]
    assert first == [card.id for card in questions_of(step, cards, 7)]
    # the input order of the cards does not matter, only the seed
    assert first == [card.id for card in questions_of(step, cards[::-1], 7)]
    draws = {tuple(card.id for card in questions_of(step, cards, seed)) for seed in range(10)}
    assert len(draws) > 5


def card(
    card_id: str,
    answer: str,
    prompt: str = "",
    line: int = 1,
    kind: CardKind = CardKind.CLOZE,
    answering: Answering = Answering.TYPED,
    options: tuple[str, ...] = (),
) -> StoredCard:
    made = Card(
        id=card_id,
        kind=kind,
        answering=answering,
        prompt=prompt or f"question {card_id}?",
        answer=answer,
        source=Source("web.md", "Key takeaways", line),
        entry="web",
        entry_key="p/web",
        options=options,
        explanation=f"sentence {line}",
    )
    return StoredCard(made, CardState(card_id), step_position=1)


def test_a_question_whose_answer_another_prompt_shows_is_never_drawn_with_it() -> None:
    typed = card("a", "load balancer", line=1)
    shows_it = card("b", "Pro", prompt="Pro or con: a load balancer spreads traffic?", line=2)
    unrelated = card("c", "cache", line=3, kind=CardKind.FAQ)
    for seed in range(30):
        ids = {stored.card.id for stored in draw([typed, shows_it, unrelated], random.Random(seed))}
        assert not {"a", "b"} <= ids
        assert "c" in ids


def test_a_plural_in_another_question_gives_the_answer_away() -> None:
    typed = card("a", "device", line=1)
    shows_it = card("b", "Con", prompt="Pro or con: must work across many devices?", line=2)
    for seed in range(20):
        assert len(draw([typed, shows_it], random.Random(seed))) == 1


def test_two_cards_of_one_sentence_are_never_drawn_together() -> None:
    same = [card("a", "x1", line=4), card("b", "y1", line=4, kind=CardKind.LIST)]
    for seed in range(20):
        assert len(draw(same, random.Random(seed))) == 1


def test_checkable_keeps_self_graded_and_leaves_out_suspended_and_the_steps_own_name() -> None:
    keep = card("keep", "cache")
    self_graded = card("self", "cache", answering=Answering.SELF, line=2)
    suspended = StoredCard(card("susp", "queue", line=3).card, CardState("susp"), 1, suspended=True)
    own_name = card("own", "Web Server", line=4)
    alias = card("alias", "httpd", line=5)
    found = checkable([keep, self_graded, suspended, own_name, alias], ("web server", "HTTPD"))
    assert [stored.card.id for stored in found] == ["keep", "self"]


def test_at_most_ten_questions_from_a_big_step() -> None:
    many = [card(f"c{n}", f"answer{n}", line=n) for n in range(40)]
    assert len(draw(many, random.Random(1))) == MAX_QUESTIONS


@pytest.mark.parametrize(
    ("correct", "total", "mark", "needed", "passed"),
    [
        (8, 10, 0.8, 8, True),
        (7, 10, 0.8, 8, False),
        (6, 7, 0.8, 6, True),  # 80% of 7 is 5.6: six are needed
        (5, 7, 0.8, 6, False),
        (10, 10, 1.0, 10, True),
        (5, 10, 0.5, 5, True),
        (0, 0, 0.8, 0, False),  # nothing asked is never a pass
    ],
)
def test_the_pass_mark(correct: int, total: int, mark: float, needed: int, passed: bool) -> None:
    score = Score(correct, total, mark)
    assert (score.needed, score.passed) == (needed, passed)


def steps(count: int) -> list[Step]:
    return [
        Step(f"p/s{n}", "P", n, f"S{n}", f"s{n}", "f", (), (), None, None)
        for n in range(1, count + 1)
    ]


def test_a_pass_unlocks_the_next_step_and_marks_only_itself_passed() -> None:
    path = steps(4)
    gate = gate_after(path, "p/s1", passed=True)
    assert gate.unlock == ("p/s1", "p/s2")
    assert gate.passed == ("p/s1",)


def test_a_test_out_pass_unlocks_every_step_before_it_and_the_next() -> None:
    gate = gate_after(steps(5), "p/s3", passed=True)
    assert gate.unlock == ("p/s1", "p/s2", "p/s3", "p/s4")
    assert gate.passed == ("p/s3",)


def test_passing_the_last_step_unlocks_nothing_beyond_the_path() -> None:
    assert gate_after(steps(3), "p/s3", passed=True).unlock == ("p/s1", "p/s2", "p/s3")


def test_a_failed_check_changes_nothing() -> None:
    gate = gate_after(steps(3), "p/s2", passed=False)
    assert gate.unlock == () and gate.passed == ()


def test_sections_to_reread_come_once_each_in_the_entrys_order() -> None:
    sections = (
        SectionRef("summary", "In one sentence", 5),
        SectionRef("takeaways", "Key takeaways", 30),
        SectionRef("pros", "Pros", 40),
    )
    missed = [
        card("a", "x", line=41).card,
        card("b", "y", line=31).card,
        card("c", "z", line=32).card,
    ]
    missed[0] = Card(**{**vars(missed[0]), "source": Source("web.md", "Pros", 41)})
    found = to_reread(missed, sections)
    assert [section.heading for section in found] == ["Key takeaways", "Pros"]
    assert [section.line for section in found] == [30, 40]


def press_one(card: Card) -> bool:
    """Whether pressing 1 answers this question rightly, as the check screens read it."""
    if card.answering is Answering.CHOICE:
        return card.options[0] == card.answer
    if card.answering is Answering.TYPED:
        return grade_typed("1", card.answer, card.accepted).correct
    return False  # on the judge screen 1 is Again: "I did not know it"


def test_pressing_1_every_time_passes_no_builtin_check(builtin) -> None:
    for step, cards in builtin:
        passes = 0
        for seed in range(400):
            asked = [s.card for s in draw_check(cards, (step.title,), random.Random(seed))]
            score = Score(sum(press_one(card) for card in asked), len(asked))
            passes += score.passed
            assert guess_chance(asked) <= 0.05, (step.title, seed)
        assert passes == 0, step.title


def test_guess_chance_is_the_exact_chance_of_enough_lucky_first_options() -> None:
    pairs = [
        card(f"t{n}", "Cache", options=("Cache", "CDN"), answering=Answering.CHOICE, line=n)
        for n in range(10)
    ]
    # 8 or more of 10 coin flips: (45 + 10 + 1) / 1024
    assert guess_chance([s.card for s in pairs]) == pytest.approx(56 / 1024)
    assert guess_chance([s.card for s in pairs[:3]]) == pytest.approx(1 / 8)
    typed = [card(f"x{n}", "cache", line=20 + n) for n in range(3)]
    assert guess_chance([s.card for s in [*pairs[:7], *typed]]) == 0.0
    # True is always 1: pressing 1 gets every true statement right and every false one wrong.
    true = [
        card(f"y{n}", "True", options=("True", "False"), answering=Answering.CHOICE, line=40 + n)
        for n in range(10)
    ]
    false = [replace(s, card=replace(s.card, answer="False")) for s in true]
    assert guess_chance([s.card for s in true]) == 1.0
    assert guess_chance([s.card for s in false]) == 0.0
    assert guess_chance([s.card for s in [*true[:7], *false[:3]]]) == 0.0
    assert guess_chance([s.card for s in [*true[:8], *false[:2]]]) == 1.0


def test_a_guessable_draw_trades_choice_questions_for_others() -> None:
    flips = [
        card(
            f"t{n}",
            "True",
            options=("True", "False"),
            answering=Answering.CHOICE,
            kind=CardKind.TRUEFALSE,
            line=n,
            prompt=f"true or false {n}?",
        )
        for n in range(12)
    ]
    recall = [
        card(f"s{n}", f"answer{n}", answering=Answering.SELF, kind=CardKind.FAQ, line=40 + n)
        for n in range(4)
    ]
    for seed in range(20):
        asked = [s.card for s in draw([*flips, *recall], random.Random(seed))]
        assert guess_chance(asked) <= 0.05
        assert sum(card.answering is Answering.SELF for card in asked) >= 1


def test_a_step_of_self_graded_cards_can_be_checked() -> None:
    own = [
        card(f"s{n}", f"answer{n}", answering=Answering.SELF, kind=CardKind.FAQ, line=n)
        for n in range(5)
    ]
    asked = draw(checkable(own), random.Random(1))
    assert len(asked) == 5


def test_a_retake_within_a_day_asks_the_questions_the_last_one_did_not(builtin) -> None:
    for step, cards in builtin:
        for seed in range(10):
            first = {s.card.id for s in draw_check(cards, (step.title,), random.Random(seed))}
            again = draw_check(cards, (step.title,), random.Random(seed + 1), asked_lately=first)
            blind = draw_check(cards, (step.title,), random.Random(seed + 1))
            repeated = first & {s.card.id for s in again}
            # repeats only where no other card of the step fits the check's balance: most
            # questions are new, and fewer come back than a draw blind to the first would ask
            assert len(repeated) * 2 < len(again), (step.title, seed, len(repeated))
            assert len(repeated) < len(first & {s.card.id for s in blind}), (step.title, seed)
            assert len(again) >= 6


def test_options_are_shuffled_afresh_at_every_check(builtin) -> None:
    _, cards = builtin[0]
    orders = set()
    choice = next(
        s
        for s in cards
        if s.card.answering is Answering.CHOICE and natural_order(s.card.options) is None
    )
    for seed in range(30):
        orders.add(shuffled(choice.card, random.Random(seed)).options)
    assert len(orders) > 1
    assert all(set(order) == set(choice.card.options) for order in orders)


def _fits_six(cards: list[StoredCard]) -> bool:
    """Whether six of `cards` could make a check: none clashing, no kind over a third."""
    for six in combinations(cards, 6):
        if max(Counter(s.card.kind for s in six).values()) > 2:
            continue
        if not any(clash(a.card, b.card) for a, b in combinations(six, 2)):
            return True
    return False


def test_a_retake_repeats_no_question_while_six_unasked_cards_fit_together(builtin) -> None:
    for step, cards in builtin:
        pool = checkable(cards, (step.title, *step.aliases))
        for seed in range(8):
            first = {s.card.id for s in draw_check(cards, (step.title,), random.Random(seed))}
            again = draw_check(cards, (step.title,), random.Random(seed + 7), asked_lately=first)
            if not _fits_six([s for s in pool if s.card.id not in first]):
                continue
            fresh = [s for s in again if s.card.id not in first]
            repeated = [s.card for s in again if s.card.id in first]
            assert len(fresh) >= 6, (step.title, seed, [s.card.prompt for s in fresh])
            # Only a question a guesser cannot hit comes back, to keep guessing from passing.
            assert all(card.answering is not Answering.CHOICE for card in repeated), (
                step.title,
                seed,
                [card.prompt for card in repeated],
            )


def test_the_frontend_retake_the_learner_took_asks_only_other_questions(builtin) -> None:
    # The new user's retake: seven questions, three of them from the check just passed
    # ('What is the frontend?' among them), while other cards of the step fitted.
    step, cards = next((step, cards) for step, cards in builtin if step.slug == "frontend")
    names = (step.title, *step.aliases)
    first = {s.card.id for s in draw_check(cards, names, random.Random(4))}
    assert len(first) == 10
    again = draw_check(cards, names, random.Random(11), asked_lately=first)
    assert len(again) >= 6
    # A question of the check just passed comes back only when no other card of the step
    # fits beside the retake's questions, and only to make up its six.
    asked = {s.card.id for s in again}
    fresh = [s for s in again if s.card.id not in first]
    left_out = [s for s in checkable(cards, names) if s.card.id not in first | asked]
    assert all(any(clash(s.card, other.card) for other in again) for s in left_out)
    assert len(again) - len(fresh) <= max(0, 6 - len(fresh))


def test_a_missed_page_without_sections_is_named_by_its_title() -> None:
    # A note with no headings gives sections with no heading: the reread line read
    # '•   cdn.md:3', a bullet with nothing after it.
    from rich.console import Console

    from tutor.check.rules import Score
    from tutor.check.views import CheckResult, result_view

    result = CheckResult(
        title="CDN",
        file="cdn.md",
        score=Score(1, 2),
        reread=[SectionRef("summary", "", 3)],
        unlocked=[],
    )
    console = Console(width=80, record=True, color_system=None)
    console.print(result_view(result))
    shown = console.export_text()
    said = " ".join(shown.split())
    assert "• CDN cdn.md:3" in said
    assert "pass mark 80%: 2 of 2 right" in said  # was '2/2 (80%)', which reads as a sum
