"""A learner's first two days, through the CLI, on an empty TUTOR_HOME."""

from __future__ import annotations

from pathlib import Path

from tests.cli.support import DAY1, DAY2, keys_for, query


def test_first_day_imports_the_builtin_path_and_saves_every_answer(run, home: Path) -> None:
    run("config")  # first use: the built-in path is imported
    steps = query(
        home, "SELECT title, position, unlocked_at IS NOT NULL FROM entry ORDER BY position"
    )
    assert [title for title, _, _ in steps][:3] == ["Frontend", "Backend", "API"]
    assert [unlocked for _, _, unlocked in steps] == [1] + [0] * 7

    keys = keys_for(home, 5)
    result = run("review", keys=keys + "q", now=DAY1)
    assert result.exit_code == 0, result.output
    assert result.output.count("saved ·") == 5
    assert "Frontend" in result.output
    assert "Session done" in result.output

    reviews = query(home, "SELECT card_id, rating, state_before FROM review ORDER BY id")
    assert len(reviews) == 5
    assert all(state_before == 0 for _, _, state_before in reviews)
    entries = query(
        home,
        "SELECT DISTINCT c.entry_key FROM review r JOIN card c ON c.id = r.card_id",
    )
    assert entries == [("system-basics/frontend",)]
    states = query(
        home,
        "SELECT s.state, s.stability IS NOT NULL, s.due IS NOT NULL, s.reps FROM card_state s"
        " JOIN review r ON r.card_id = s.card_id",
    )
    assert all(
        state in (1, 2) and has_s and has_due and reps == 1
        for state, has_s, has_due, reps in states
    )


def test_the_next_day_shows_the_cards_that_came_due(run, home: Path) -> None:
    run("config")
    first = run("review", keys=keys_for(home, 3) + "q", now=DAY1)
    assert first.exit_code == 0
    day1_cards = {card_id for (card_id,) in query(home, "SELECT card_id FROM review")}

    second = run("review", keys="q", now=DAY2)
    assert second.exit_code == 0
    due = query(home, "SELECT card_id FROM card_state WHERE due <= strftime('%s', ?) * 1000", DAY2)
    assert {card_id for (card_id,) in due} == day1_cards
    marks = ",".join("?" * len(day1_cards))
    prompts = query(home, f"SELECT prompt FROM card WHERE id IN ({marks})", *day1_cards)
    shown_first = second.output.split("learn")[0]
    assert any(prompt[:30] in second.output for (prompt,) in prompts), shown_first


def test_nothing_due_because_of_the_new_card_limit_says_so_and_how_to_lift_it(
    run, home: Path
) -> None:
    # A learner who has seen today's new cards and imports more must not meet a bare
    # "Nothing is due now." with no reason.
    run("config", "new_per_day", "1")
    # The first new card is self-graded: reveal it and rate it Easy, so nothing is left
    # in learning for today.
    first = run("review", keys=" 4q", now=DAY1)
    assert first.exit_code == 0, first.output
    assert first.output.count("saved ·") == 1
    later = run("review", now="2026-03-02T09:30:00+00:00")
    assert "Nothing is due now." in later.output
    assert "Today's limit of 1 new card is reached." in later.output
    assert "For more today: tutor config new_per_day 21" in later.output


GARDEN = Path(__file__).resolve().parents[1] / "fixtures" / "paths" / "garden"


def easy_keys(home: Path, count: int) -> str:
    """Keys that answer the first `count` new cards rightly and rate each Easy, so that
    none of them is due again today."""
    from cards import Answering
    from db import Store
    from tests.cli.support import as_shown, db_path

    with Store.open(db_path(home)) as store:
        cards = [as_shown(stored.card) for stored in store.new_cards(count)]
    keys = []
    for card in cards:
        if card.answering is Answering.CHOICE:
            keys.append(f"{card.options.index(card.answer) + 1}4")
        elif card.answering is Answering.TYPED:
            keys.append(f"{card.answer}\n4")
        else:
            keys.append(" 4")
    return "".join(keys)


def test_the_summary_after_the_new_limit_says_the_new_cards_come_tomorrow_and_how_to_have_more(
    run, home: Path
) -> None:
    assert run("import", str(GARDEN)).exit_code == 0
    run("config", "new_per_day", "1")
    result = run("review", keys=easy_keys(home, 1))
    assert result.exit_code == 0, result.output
    assert "Session done" in result.output
    # No step is sent to a review that has no new card for it today.
    assert "start in tutor review" not in result.output
    assert "Soil (Garden Basics): its new cards come tomorrow" in result.output
    assert "Today's limit of 1 new card is reached." in result.output
    assert "For more today: tutor config new_per_day 21" in result.output
    assert "Next: come back tomorrow" in result.output
    # Bare `tutor` says the same.
    today = run()
    assert "For more today: tutor config new_per_day 21" in today.output
    assert "start in tutor review" not in today.output


def test_a_focused_review_with_nothing_due_says_where_and_names_the_rest_as_every_path(
    run, home: Path
) -> None:
    assert run("import", str(GARDEN)).exit_code == 0
    result = run("review", "--step", "compost", keys="q")
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.output.splitlines() if line.strip()]
    assert "Nothing is due now in Compost." in lines
    (after,) = [line for line in lines if line.startswith("Next:")]
    assert after.startswith("Next: tutor review (") and after.endswith(", every path)"), after


def test_a_step_whose_only_unseen_cards_are_suspended_is_not_said_to_have_more_tomorrow(
    run, home: Path
) -> None:
    """With the new limit used, `tutor` said 'more come tomorrow' for a step whose one
    unseen card was suspended: no card of it would come tomorrow."""
    import json

    assert run("import", str(GARDEN)).exit_code == 0
    run("config", "new_per_day", "1")
    # Rated Good, the first card stays in learning: the step is not ready to check.
    assert run("review", keys=easy_keys(home, 1)[:-1] + "3q").exit_code == 0
    step = query(home, "SELECT c.entry_key FROM review r JOIN card c ON c.id = r.card_id LIMIT 1")[
        0
    ][0]
    listed = json.loads(run("cards", "--step", step.rsplit("/", 1)[-1], "--json").output)
    unseen = [card["id"] for card in listed["cards"] if card["state"] == "new"]
    assert unseen, "the step needs a card still unseen"
    before = " ".join(run().output.split())  # piped, a line may wrap
    assert "1 card in learning: review first; more come tomorrow" in before
    assert run("cards", "suspend", *unseen).exit_code == 0
    today = " ".join(run().output.split())
    assert "1 card in learning: review first" in today
    assert "more come tomorrow" not in today


def test_tutor_path_says_what_tutor_says_when_the_new_limit_is_used(run, home: Path) -> None:
    """`tutor path` said 'start in tutor review' for a step whose new cards `tutor` said
    come tomorrow, and the review showed none of them."""
    assert run("import", str(GARDEN)).exit_code == 0
    run("config", "new_per_day", "1")
    before = " ".join(run("path", "Garden Basics").output.replace("│", " ").split())
    assert "start in tutor review" in before
    assert run("review", keys=easy_keys(home, 1)).exit_code == 0
    shown = " ".join(run("path", "Garden Basics").output.replace("│", " ").split())
    assert "start in tutor review" not in shown
    assert "its new cards come tomorrow" in shown
    assert "its new cards come tomorrow" in run().output
