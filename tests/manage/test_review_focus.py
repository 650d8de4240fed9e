"""Focused review (--path, --step), new cards of every path in turn, cram, and the r key."""

from __future__ import annotations

import random
import sqlite3
from datetime import datetime
from pathlib import Path

from cards import Answering
from db import Scope, Store, StoredCard
from tests.cli.support import DAY1, DAY2, as_shown, db_path, query
from tutor.review.cram import cram_order


def _right_keys(
    cards: list[StoredCard], cram: bool = False, now: str = DAY1, shown: int = 0
) -> str:
    keys = []
    for stored in cards:
        card = as_shown(stored.card, now, shown)
        if card.answering is Answering.CHOICE:
            keys.append(str(card.options.index(card.answer) + 1) + "\n")
        elif card.answering is Answering.TYPED:
            keys.append("\n" + card.answer + "\n" + "\n")
        else:
            keys.append(" \n" if cram else " 3")
    return "".join(keys)


def _queue_keys(home: Path, count: int, scope: Scope | None) -> str:
    with Store.open(db_path(home)) as store:
        return _right_keys(store.new_cards(count, scope))


def _reviewed_paths(home: Path) -> dict[str, int]:
    rows = query(
        home,
        "SELECT p.name, count(*) FROM review r JOIN card c ON c.id = r.card_id"
        " JOIN entry e ON e.key = c.entry_key JOIN path p ON p.id = e.path_id GROUP BY p.name",
    )
    return dict(rows)  # type: ignore[arg-type]


def test_the_first_session_after_import_brings_new_cards_of_every_path(
    run, home: Path, entries: Path
) -> None:
    assert run("import", str(entries / "garden"), str(entries / "kitchen")).exit_code == 0
    result = run("review", keys=_queue_keys(home, 20, None) + "q")
    assert result.exit_code == 0, result.output
    seen = _reviewed_paths(home)
    assert set(seen) == {"System Basics", "Garden Basics", "Kitchen Basics"}, seen
    # Round robin over 20 new cards: System, Garden, Kitchen, System, ... (7, 7, 6), unless
    # Kitchen Basics' one unlocked step has fewer; then the other two share the rest.
    ((kitchen,),) = query(
        home, "SELECT count(*) FROM card WHERE entry_key = 'kitchen-basics/chef-s-knife'"
    )
    assert seen["Kitchen Basics"] == min(kitchen, 6)
    assert abs(seen["Garden Basics"] - seen["System Basics"]) <= 1, seen


def test_the_count_of_new_cards_is_what_the_queue_gives(run, home: Path, entries: Path) -> None:
    run("import", str(entries / "garden"), str(entries / "kitchen"))
    scopes = [None, Scope(path="Kitchen Basics"), Scope(entry_key="garden-basics/soil")]
    with Store.open(db_path(home)) as store:
        for scope in scopes:
            for limit in (0, 1, 7, 20, 10_000):
                assert store.new_count(limit, scope) == len(store.new_cards(limit, scope))
        assert store.new_count(10_000) > 20  # the largest limit is not reached


def test_review_of_one_path_or_one_step_shows_only_its_cards(
    run, home: Path, entries: Path
) -> None:
    run("import", str(entries / "garden"), str(entries / "kitchen"))
    scope = Scope(path="Kitchen Basics")
    result = run("review", "--path", "kitchen-basics", keys=_queue_keys(home, 20, scope) + "q")
    assert result.exit_code == 0, result.output
    assert set(_reviewed_paths(home)) == {"Kitchen Basics"}
    scope = Scope(entry_key="garden-basics/soil")
    result = run("review", "--step", "soil", keys=_queue_keys(home, 20, scope) + "q")
    assert result.exit_code == 0, result.output
    steps = query(
        home,
        "SELECT DISTINCT c.entry_key FROM review r JOIN card c ON c.id = r.card_id"
        " ORDER BY c.entry_key",
    )
    assert steps == [("garden-basics/soil",), ("kitchen-basics/chef-s-knife",)]


def test_review_of_an_unknown_path_is_one_line(run, home: Path) -> None:
    result = run("review", "--path", "cooking")
    assert result.exit_code == 1
    assert result.output.strip().startswith("tutor: no path named 'cooking'")


def _snapshot(path: Path) -> bytes:
    # Fold the WAL into the main file, so the file's bytes are the whole collection.
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path.read_bytes()


def test_cram_leaves_every_state_and_the_log_byte_for_byte_unchanged(run, lived: Path) -> None:
    path = db_path(lived)
    rows_before = query(lived, "SELECT * FROM card_state ORDER BY card_id")
    log_before = query(lived, "SELECT * FROM review ORDER BY id")
    before = _snapshot(path)
    with Store.open(path) as store:
        step = next(s for s in store.all_steps() if s.slug == "soil")
        seed = int(datetime.fromisoformat(DAY2).timestamp())
        order = cram_order(store.cards_of_step(step.key), random.Random(seed))
    assert any(stored.state.reps for stored in order)  # cards already learned are crammed too
    result = run("review", "--cram", "soil", keys=_right_keys(order, cram=True, now=DAY2), now=DAY2)
    assert result.exit_code == 0, result.output
    assert "nothing is saved" in result.output.casefold()
    assert f"{len(order)} of {len(order)} answers right" in result.output
    assert query(lived, "SELECT * FROM card_state ORDER BY card_id") == rows_before
    assert query(lived, "SELECT * FROM review ORDER BY id") == log_before
    assert _snapshot(path) == before


def test_a_missed_card_comes_back_once_in_cram(run, lived: Path) -> None:
    with Store.open(db_path(lived)) as store:
        step = next(s for s in store.all_steps() if s.slug == "mulch")
        seed = int(datetime.fromisoformat(DAY1).timestamp())
        order = cram_order(store.cards_of_step(step.key), random.Random(seed))
    first, rest = order[0], order[1:]
    if first.card.answering is Answering.CHOICE:
        options = as_shown(first.card).options
        wrong = next(n for n, o in enumerate(options) if o != first.card.answer)
        miss = f"{wrong + 1}\n"
    elif first.card.answering is Answering.TYPED:
        miss = "\nnot it at all\n\n"
    else:
        miss = " 1"
    keys = miss + _right_keys(rest, cram=True) + _right_keys([first], cram=True, shown=1)
    result = run("review", "--cram", "mulch", keys=keys)
    assert result.exit_code == 0, result.output
    total = len(order)
    assert f"Cram done: {total} of {total + 1} answers right" in result.output


def test_r_shows_the_section_the_card_comes_from(run, home: Path) -> None:
    with Store.open(db_path(home)) as store:
        from tutor.interop.importing import ensure_builtin

        ensure_builtin(store, datetime.fromisoformat(DAY1))
        first = store.new_cards(1)[0]
    result = run("review", keys="rq")
    assert result.exit_code == 0, result.output
    assert f"tutor read {first.card.entry_key}#" in result.output
    assert first.card.source.section in result.output
    # The card comes back after the page: its prompt is shown twice.
    assert result.output.count(first.card.prompt) == 2


def test_review_of_a_locked_step_says_why_no_new_card_comes(run, home: Path, entries: Path) -> None:
    run("import", str(entries / "garden"))
    result = run("review", "--step", "compost", keys="q")
    assert result.exit_code == 0, result.output
    assert "Compost is locked" in result.output
    assert "Nothing is due" in result.output
    assert query(home, "SELECT count(*) FROM review") == [(0,)]


def test_a_step_asked_for_by_name_brings_its_new_cards_past_the_days_limit(
    run, home: Path, entries: Path
) -> None:
    """A new user's 'tutor review --step "SQL joins"' said 'Nothing is due now' with the
    step's cards unseen: the day's new cards were used. A step named is studied."""
    run("import", str(entries / "garden"))
    assert run("config", "new_per_day", "1").exit_code == 0
    easy = _queue_keys(home, 1, None)  # rated Easy: not back today as a learning card
    easy = easy[:-1] + "4" if easy.endswith((" 3", "\n")) else easy
    assert run("review", keys=easy + "q", now=DAY1).exit_code == 0
    scope = Scope(entry_key="garden-basics/soil")
    with Store.open(db_path(home)) as store:
        waiting = store.new_count(100, scope)
    assert waiting >= 3
    everywhere = run("review", keys="q", now=DAY1)
    assert "Nothing is due now" in everywhere.output  # the limit still holds for the day
    focused = run("review", "--step", "soil", keys="q", now=DAY1)
    assert "Nothing is due now" not in focused.output
    # every new card of the step is on its way, the one on screen counted in the tally
    assert f"new {waiting}" in focused.output
    assert "its new cards come tomorrow" not in focused.output
