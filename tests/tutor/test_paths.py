"""A learner's standing on a path: status, recall, weak cards, next action, names."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import fsrs
import pytest

from cards import Answering, Card, CardKind, Source
from db import CardState, CheckAttempt, Step, StoredCard
from tutor.memory.scheduling import answer, make_scheduler
from tutor.progress.paths import (
    Status,
    UnknownName,
    find_path,
    find_step,
    path_progress,
    predicted_recall,
    tally_cards,
)

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=timezone.utc)


def step(position: int, title: str, unlocked: bool = False, passed: bool = False, **kw) -> Step:
    slug = title.lower().replace(" ", "-")
    return Step(
        key=f"{kw.get('path_slug', 'p')}/{slug}",
        path=kw.get("path", "Web"),
        position=position,
        title=title,
        slug=slug,
        file=f"{slug}.md",
        aliases=kw.get("aliases", ()),
        sections=(),
        unlocked_at=NOW if unlocked or passed else None,
        passed_at=NOW if passed else None,
    )


def stored(card_id: str, entry_key: str, state: CardState | None = None) -> StoredCard:
    card = Card(
        id=card_id,
        kind=CardKind.CLOZE,
        answering=Answering.TYPED,
        prompt=f"{card_id}?",
        answer="a",
        source=Source("f.md", "Key takeaways", 1),
        entry=entry_key.split("/")[1],
        entry_key=entry_key,
    )
    return StoredCard(card, state or CardState(card_id), step_position=1)


def reviewed(card_id: str, entry_key: str, ratings: list[tuple[int, int]]) -> StoredCard:
    """A card answered with (rating, days before NOW) in order."""
    scheduler = make_scheduler(fuzz=False)
    state = CardState(card_id)
    for rating, days_ago in ratings:
        state = answer(scheduler, state, rating, NOW - timedelta(days=days_ago))
    return stored(card_id, entry_key, state)


def test_predicted_recall_is_the_mean_fsrs_retrievability_with_unseen_cards_at_zero() -> None:
    scheduler = make_scheduler(fuzz=False)
    cards = [
        reviewed("a", "p/x", [(3, 30), (3, 29), (3, 20)]),
        reviewed("b", "p/x", [(1, 12), (3, 12), (3, 11)]),
        reviewed("c", "p/x", [(4, 3)]),
        stored("d", "p/x"),  # never seen
    ]
    expected = []
    for one in cards:
        # built straight from the stored numbers, not through our own conversion
        state = one.state
        card = fsrs.Card(
            state=fsrs.State(max(int(state.stage), 1)),
            stability=state.stability,
            difficulty=state.difficulty,
            last_review=state.last_review,
            due=state.due or NOW,
        )
        expected.append(scheduler.get_card_retrievability(card, NOW))
    recall = predicted_recall(scheduler, cards, NOW)
    assert recall == pytest.approx(sum(expected) / 4)
    assert expected[3] == 0
    assert 0.5 < recall < 0.75  # three seen cards, mostly remembered; one unseen


def test_a_step_with_no_cards_has_no_recall() -> None:
    assert predicted_recall(make_scheduler(fuzz=False), [], NOW) is None


def progress(steps: list[Step], cards: dict, attempts: list[CheckAttempt] = ()):  # type: ignore[assignment]
    tallies = tally_cards(cards, make_scheduler(fuzz=False), NOW, 0.9)
    return path_progress(steps, tallies, list(attempts))


def test_status_seen_and_the_next_action_of_each_step() -> None:
    steps = [
        step(1, "Frontend", passed=True),
        step(2, "Backend", unlocked=True),
        step(3, "API"),
    ]
    front = [reviewed(f"f{n}", "p/frontend", [(3, 2), (3, 1)]) for n in range(3)]
    back = [reviewed("b1", "p/backend", [(3, 0)]), stored("b2", "p/backend")]
    rows = progress(
        steps, {"p/frontend": front, "p/backend": back, "p/api": [stored("a", "p/api")]}
    )
    assert [row.status for row in rows] == [Status.PASSED, Status.LEARNING, Status.LOCKED]
    assert [(row.seen, row.total) for row in rows] == [(3, 3), (1, 2), (0, 1)]
    assert rows[0].next_action == "passed: keep reviewing"
    assert rows[1].next_action == "1 card in learning: review first"  # b1: answered once
    assert rows[2].next_action == "locked: pass Backend first"


def test_weak_cards_are_counted_and_then_the_step_is_ready_to_check() -> None:
    steps = [step(1, "Frontend", unlocked=True)]
    overdue = [reviewed(f"o{n}", "p/frontend", [(3, 60), (3, 59)]) for n in range(6)]
    fresh = [reviewed(f"g{n}", "p/frontend", [(3, 2), (3, 2), (3, 1)]) for n in range(4)]
    rows = progress(steps, {"p/frontend": overdue + fresh})
    assert rows[0].weak == 6
    assert rows[0].next_action == "6 weak cards: review first"
    forgotten = reviewed("r", "p/frontend", [(3, 9), (3, 9), (3, 8), (1, 0)])
    assert forgotten.state.stage.name == "RELEARNING"
    rows = progress(steps, {"p/frontend": [*fresh, forgotten]})
    assert rows[0].next_action == "1 weak card: review first"
    rows = progress(steps, {"p/frontend": fresh})
    assert rows[0].next_action == "ready to check"


def test_unseen_and_unstarted_steps_say_so() -> None:
    steps = [step(1, "Frontend", unlocked=True)]
    rows = progress(steps, {"p/frontend": [stored("a", "p/frontend")]})
    assert rows[0].next_action == "start in tutor review"
    fresh = reviewed("g", "p/frontend", [(3, 2), (3, 2), (3, 1)])
    rows = progress(steps, {"p/frontend": [fresh, stored("a", "p/frontend")]})
    assert rows[0].next_action == "1 card not seen yet"


def test_a_card_suspended_before_it_was_seen_does_not_hold_the_step_back() -> None:
    # s on a new card in the review: it never comes up again until unsuspended, so the
    # step must not wait for it to be seen ('1 card not seen yet' for ever).
    steps = [step(1, "Frontend", unlocked=True)]
    fresh = reviewed("g", "p/frontend", [(3, 2), (3, 2), (3, 1)])
    put_away = replace(stored("a", "p/frontend"), suspended=True)
    rows = progress(steps, {"p/frontend": [fresh, put_away, stored("b", "p/frontend")]})
    assert (rows[0].seen, rows[0].total, rows[0].set_aside) == (1, 3, 1)
    assert rows[0].next_action == "1 card not seen yet"  # b still waits
    rows = progress(steps, {"p/frontend": [fresh, put_away]})
    assert rows[0].next_action == "ready to check"
    rows = progress(steps, {"p/frontend": [put_away]})
    assert rows[0].next_action.startswith("every card suspended: tutor cards unsuspend")


def test_the_last_check_is_the_latest_attempt_of_the_step() -> None:
    steps = [step(1, "Frontend", unlocked=True)]
    attempts = [
        CheckAttempt(2, "p/frontend", NOW, NOW, 9, 10, True, ()),
        CheckAttempt(1, "p/frontend", NOW, NOW - timedelta(days=1), 5, 10, False, ("Pros",)),
        CheckAttempt(3, "p/other", NOW, NOW, 1, 10, False, ()),
    ]
    (row,) = progress(steps, {}, attempts)
    assert row.last_check is not None and row.last_check.id == 2


STEPS = [
    step(1, "Frontend", aliases=("front end", "client side"), path="System Basics", path_slug="sb"),
    step(2, "Backend", path="System Basics", path_slug="sb"),
    step(1, "Backend", path="My Notes", path_slug="my-notes"),
]


@pytest.mark.parametrize(
    "name", ["Frontend", "frontend", "FRONT END", "client side", "sb/frontend"]
)
def test_a_step_is_found_by_title_slug_alias_or_key_in_any_case(name: str) -> None:
    assert find_step(STEPS, name).title == "Frontend"


def test_a_name_in_two_paths_asks_for_the_path_and_path_picks_one() -> None:
    with pytest.raises(UnknownName, match=r"several paths.*--path"):
        find_step(STEPS, "backend")
    assert find_step(STEPS, "backend", path="my notes").path == "My Notes"
    assert find_step(STEPS, "BACKEND", path="system-basics").path == "System Basics"


def test_unknown_names_get_the_closest_ones() -> None:
    with pytest.raises(UnknownName, match=r"no step named 'frontnd'; did you mean 'Frontend'\?"):
        find_step(STEPS, "frontnd")
    with pytest.raises(UnknownName, match=r"no step named 'zzz' \(steps: Frontend, Backend\)"):
        find_step(STEPS, "zzz")
    with pytest.raises(UnknownName, match="did you mean 'System Basics'"):
        find_path(["System Basics", "My Notes"], "system")
    with pytest.raises(UnknownName, match="no path named 'x'"):
        find_step(STEPS, "frontend", path="x")


def test_runs_of_passed_and_locked_steps_fold_into_one_line_each() -> None:
    from db.progress import StepTally
    from tutor.progress.paths import FoldedSteps, fold_runs

    steps = [step(n, f"S{n}", passed=n <= 4) for n in range(1, 5)]
    steps += [step(5, "S5", unlocked=True)]
    steps += [step(n, f"S{n}") for n in range(6, 9)]  # locked
    steps += [step(9, "S9", passed=True), step(10, "S10", passed=True)]  # a short run
    tallies = {s.key: StepTally(10, 10, 0, 0, 9.0) for s in steps}
    tallies["p/s2"] = StepTally(20, 18, 1, 3, 12.0)
    rows = path_progress(steps, tallies, [])
    shown = fold_runs(rows)
    assert [type(row).__name__ for row in shown] == [
        "FoldedSteps",
        "StepProgress",
        "FoldedSteps",
        "StepProgress",
        "StepProgress",
    ]
    passed, _, locked, *_ = shown
    assert isinstance(passed, FoldedSteps) and isinstance(locked, FoldedSteps)
    assert (passed.first.title, passed.last.title, passed.count) == ("S1", "S4", 4)
    assert (passed.status, passed.seen, passed.total, passed.weak) == (Status.PASSED, 48, 50, 3)
    assert passed.recall == pytest.approx((9.0 * 3 + 12.0) / 50)
    assert passed.next_action == "3 weak cards: review first"
    assert (locked.first.title, locked.last.title, locked.status) == ("S6", "S8", Status.LOCKED)
    assert locked.next_action == "locked: pass S5 first" and locked.recall == pytest.approx(0.9)
    assert fold_runs(rows[:2]) == rows[:2]  # nothing to fold in a run of two
