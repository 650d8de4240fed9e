"""The order a choice card's options are shown in: fresh at every showing, except the
options that have an order of their own (True then False, Pro then Con, numbers rising)."""

from __future__ import annotations

import random

from cards import Answering, Card, CardKind, Source
from tutor.check.rules import shuffled
from tutor.review.options import showing


def choice(options: tuple[str, ...], answer: str, kind: CardKind = CardKind.IDENTIFY) -> Card:
    return Card(
        id=f"card-{answer}",
        kind=kind,
        answering=Answering.CHOICE,
        prompt="Which one?",
        answer=answer,
        source=Source("x.md", "Summary", 3),
        entry="x",
        entry_key="p/x",
        options=options,
    )


NAMES = choice(("Frontend", "Backend", "API", "Database"), "Frontend")


def test_a_card_shows_its_options_in_a_new_order_from_one_showing_to_the_next() -> None:
    places = {showing(NAMES, seed, 0).options.index("Frontend") for seed in range(40)}
    assert places == {0, 1, 2, 3}
    # One session: the second showing of a card is drawn afresh, not a copy of the first.
    orders = {showing(NAMES, 7, shown).options for shown in range(20)}
    assert len(orders) > 5
    for shown in range(20):
        assert sorted(showing(NAMES, 7, shown).options) == sorted(NAMES.options)


def test_one_showing_always_has_the_same_order() -> None:
    # The card comes back after r (read), a suspension undone or an answer undone.
    assert showing(NAMES, 7, 2).options == showing(NAMES, 7, 2).options


def test_true_false_and_pro_con_keep_one_order_everywhere() -> None:
    for options, kind in (
        (("True", "False"), CardKind.TRUEFALSE),
        (("False", "True"), CardKind.TRUEFALSE),
        (("Con", "Pro"), CardKind.PROSCONS),
    ):
        card = choice(options, options[0], kind)
        wanted = ("True", "False") if kind is CardKind.TRUEFALSE else ("Pro", "Con")
        for seed in range(20):
            assert showing(card, seed, seed % 3).options == wanted
            assert shuffled(card, random.Random(seed)).options == wanted


def test_numbers_keep_their_order_and_other_options_move() -> None:
    card = choice(("12", "3", "1,000", "7"), "7")
    for seed in range(20):
        assert showing(card, seed, 0).options == ("3", "7", "12", "1,000")
    orders = {shuffled(NAMES, random.Random(seed)).options for seed in range(20)}
    assert len(orders) > 5


def test_a_card_that_is_not_a_choice_is_shown_as_it_is() -> None:
    typed = Card(
        id="t",
        kind=CardKind.CLOZE,
        answering=Answering.TYPED,
        prompt="The ____ decides.",
        answer="backend",
        source=Source("x.md", "Summary", 3),
        entry="x",
        entry_key="p/x",
    )
    assert showing(typed, 3, 0) is typed
