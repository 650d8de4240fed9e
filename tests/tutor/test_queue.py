"""The order of a session: learning due, then reviews, then new; one entry's cards, and one
source's, kept apart."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from cards import Answering, Card, CardKind, Source
from db import CardStage, CardState, StoredCard
from tutor.review.queue import LEARN_AHEAD, Limits, Queue, remaining

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


def stored(
    card_id: str,
    entry: str,
    stage: CardStage,
    due_in: timedelta | None = None,
    line: int | None = None,
) -> StoredCard:
    """A card of its own paragraph (a line of its own) unless `line` is given."""
    card = Card(
        id=card_id,
        kind=CardKind.FAQ,
        answering=Answering.SELF,
        prompt=f"{card_id}?",
        answer="a",
        source=Source("f", "FAQ", line if line is not None else sum(map(ord, card_id))),
        entry=entry,
        entry_key=f"p/{entry}",
    )
    due = NOW + due_in if due_in is not None else None
    return StoredCard(card, CardState(card_id, stage, due=due), step_position=1)


def order(queue: Queue, now: datetime = NOW) -> list[str]:
    shown = []
    while (card := queue.next(now)) is not None:
        shown.append(card.card.id)
    return shown


def test_learning_due_comes_first_then_reviews_then_new() -> None:
    queue = Queue(
        learning=[stored("L", "a", CardStage.LEARNING, -timedelta(minutes=1))],
        reviews=[stored("R", "b", CardStage.REVIEW, -timedelta(days=1))],
        new=[stored("N", "c", CardStage.NEW)],
    )
    assert order(queue) == ["L", "R", "N"]


def test_learning_not_yet_due_waits_until_nothing_else_is_left() -> None:
    queue = Queue(
        learning=[stored("L", "a", CardStage.LEARNING, timedelta(minutes=5))],
        new=[stored("N", "c", CardStage.NEW)],
    )
    assert order(queue) == ["N", "L"]


def test_learning_beyond_the_learn_ahead_window_is_not_shown() -> None:
    later = LEARN_AHEAD + timedelta(minutes=1)
    queue = Queue(learning=[stored("L", "a", CardStage.LEARNING, later)])
    assert order(queue) == []


def test_two_cards_of_one_entry_are_not_back_to_back_while_another_waits() -> None:
    queue = Queue(
        new=[
            stored("a1", "a", CardStage.NEW),
            stored("a2", "a", CardStage.NEW),
            stored("a3", "a", CardStage.NEW),
            stored("b1", "b", CardStage.NEW),
            stored("b2", "b", CardStage.NEW),
        ]
    )
    shown = order(queue)
    entries = [card_id[0] for card_id in shown]
    assert shown == ["a1", "b1", "a2", "b2", "a3"]
    assert all(x != y for x, y in itertools.pairwise(entries))


def test_undo_puts_the_card_back_first() -> None:
    first = stored("x", "a", CardStage.NEW)
    queue = Queue(new=[first, stored("y", "b", CardStage.NEW)])
    assert queue.next(NOW) == first
    queue.restore(first)
    assert order(queue) == ["x", "y"]


def test_daily_limits_subtract_what_was_done_today_and_never_go_negative() -> None:
    assert remaining(Limits(20, 200), introduced_today=5, reviewed_today=10) == (15, 190)
    assert remaining(Limits(20, 200), introduced_today=25, reviewed_today=250) == (0, 0)


def test_new_cards_read_later_come_in_the_order_given_at_once() -> None:
    def cards() -> dict[str, list[StoredCard]]:
        return {
            "learning": [stored("L", "a", CardStage.LEARNING, -timedelta(minutes=1))],
            "reviews": [
                stored("R1", "a", CardStage.REVIEW, -timedelta(days=1)),
                stored("R2", "b", CardStage.REVIEW, -timedelta(days=1)),
            ],
            "new": [stored("N1", "b", CardStage.NEW), stored("N2", "c", CardStage.NEW)],
        }

    at_once = Queue(**cards())
    given = cards()
    later = given.pop("new")
    reads: list[int] = []
    lazy = Queue(**given, later_new=lambda: reads.append(1) or later, later_new_count=2)
    assert lazy.counts() == at_once.counts() == (1, 2, 2)
    assert order(lazy) == order(at_once)
    assert reads == [1]


def test_new_cards_are_not_read_while_a_review_of_another_entry_waits() -> None:
    reads: list[int] = []
    queue = Queue(
        reviews=[stored("R1", "a", CardStage.REVIEW, -timedelta(days=1))],
        later_new=lambda: reads.append(1) or [stored("N1", "b", CardStage.NEW)],
        later_new_count=1,
    )
    first = queue.next(NOW)
    assert first is not None and first.card.id == "R1"
    assert reads == [] and queue.counts() == (0, 0, 1)
    # Only a review of the entry just shown is left: a new card of another goes first.
    queue.reviews.append(stored("R2", "a", CardStage.REVIEW, -timedelta(days=1)))
    assert order(queue) == ["N1", "R2"]
    assert reads == [1]


def test_the_next_step_names_the_hour_when_the_cards_due_today_are_not_due_yet() -> None:
    from tutor.review.plan import Plan, next_lines

    at = datetime(2026, 3, 2, 9, 40, tzinfo=timezone.utc)
    later = Plan(0, 0, new=0, current=(), ready=(), later=(at, at), zone=timezone.utc)
    assert later.due_now == 0
    assert next_lines(later, (), can_check_here=False) == [
        "Next: tutor review from 09:40 (2 learning later today)"
    ]
    now = Plan(2, 1, new=1, current=(), ready=(), later=(at,), zone=timezone.utc)
    assert next_lines(now, (), can_check_here=False) == [
        "Next: tutor review (2 learning, 1 due, 1 new today)"
    ]


def test_a_new_card_from_the_source_of_a_card_shown_waits_until_the_others_are_done() -> None:
    # A new user saw 'What are the four jobs of a frontend?' answered, then at once
    # 'Which of these is not one of the four jobs of a frontend?': one list, two cards.
    queue = Queue(
        reviews=[stored("list", "a", CardStage.REVIEW, -timedelta(days=1), line=7)],
        new=[
            stored("odd", "a", CardStage.NEW, line=7),
            stored("other", "a", CardStage.NEW, line=9),
            stored("twin1", "b", CardStage.NEW, line=3),
            stored("twin2", "b", CardStage.NEW, line=3),
            stored("last", "b", CardStage.NEW, line=5),
        ],
    )
    assert queue.counts() == (0, 1, 5)
    # every card comes in the session, those of a source shown after every other new card
    assert order(queue) == ["list", "twin1", "other", "last", "odd", "twin2"]


def test_new_cards_read_later_are_kept_apart_from_their_source_too() -> None:
    queue = Queue(
        reviews=[stored("seen", "a", CardStage.REVIEW, -timedelta(days=1), line=4)],
        later_new=lambda: [
            stored("same", "a", CardStage.NEW, line=4),
            stored("fresh", "a", CardStage.NEW, line=5),
        ],
        later_new_count=2,
    )
    assert order(queue) == ["seen", "fresh", "same"]


def test_an_entrys_pros_and_cons_are_one_list_kept_apart() -> None:
    # A new user met five 'Pro or con of the frontend: ...' cards back to back, the
    # page read for one ('r') giving the next away: each point is a line of its own.
    def pro_or_con(card_id: str, entry: str, line: int) -> StoredCard:
        plain = stored(card_id, entry, CardStage.NEW, line=line)
        return StoredCard(replace(plain.card, kind=CardKind.PROSCONS), plain.state, step_position=1)

    queue = Queue(
        new=[
            pro_or_con("pro1", "a", 41),
            pro_or_con("pro2", "a", 42),
            pro_or_con("con1", "a", 46),
            stored("fact", "a", CardStage.NEW, line=10),
            stored("other", "b", CardStage.NEW, line=3),
        ],
    )
    assert order(queue) == ["pro1", "other", "fact", "pro2", "con1"]
