"""Two sessions at once on one collection: nothing lost, nothing applied twice, no
"database is locked" reaching the learner, every state equal to the replay of its log."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pexpect
import pytest

from db import Store
from db.migrations import _BOOKKEEPING
from tests.reliability.support import DAY1, child_env, doctor_problems, query
from tutor.interop.importing import ensure_builtin

ANSWERS_EACH = 150
# Each child's TUTOR_NOW clock starts when the child does; the second session starts a
# minute later so that its answers are also later by its clock, as they are in fact.
DAY1_LATER = "2026-03-02T09:01:00+00:00"

# One learner's session through the library, as the review screen answers (the state is
# read inside the write transaction), over and over on its own half of the cards, as fast
# as the disk allows.
ANSWERER = """
import json, sys
from datetime import datetime, timedelta
from db import Store
from tutor.memory.scheduling import answer, make_scheduler

path, mine, count = sys.argv[1], sys.argv[2].split(","), int(sys.argv[3])
store = Store.open(path)
scheduler = make_scheduler(0.9, fuzz=True)
start = datetime.fromisoformat(sys.argv[4])
saved = []
for number in range(count):
    at = start + timedelta(minutes=7 * number)
    rating = (1, 3, 3, 4)[number % 4]
    schedule = lambda latest, when: answer(scheduler, latest, rating, when)
    review_id, _, _ = store.answer_card(mine[number % len(mine)], schedule, rating, at, 900)
    saved.append(review_id)
print(json.dumps(saved))
"""


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    path = tmp_path / "tutor.sqlite3"
    with Store.open(path) as store:
        ensure_builtin(store, datetime.fromisoformat(DAY1))
    return path


@pytest.mark.slow
def test_two_processes_answering_at_once_lose_nothing_and_never_see_locked(
    collection: Path,
) -> None:
    with Store.open(collection) as store:
        cards = [stored.card.id for stored in store.new_cards(40)]
    halves = [",".join(cards[parity::2]) for parity in (0, 1)]
    children = [
        subprocess.Popen(
            [sys.executable, "-c", ANSWERER, str(collection), half, str(ANSWERS_EACH), DAY1],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for half in halves
    ]
    outputs = [child.communicate(timeout=120) for child in children]
    for child, (_, errors) in zip(children, outputs, strict=True):
        assert child.returncode == 0, errors.decode()
        assert b"locked" not in errors and b"busy" not in errors
    saved = [json.loads(out) for out, _ in outputs]
    ids = [review_id for ids in saved for review_id in ids]
    assert len(ids) == len(set(ids)) == 2 * ANSWERS_EACH  # none lost, none twice
    assert sorted(ids) == [row[0] for row in query(collection, "SELECT id FROM review ORDER BY id")]
    assert query(collection, "PRAGMA integrity_check") == [("ok",)]
    assert doctor_problems(collection) == []


def _spawn_review(home: Path, now: str = DAY1) -> pexpect.spawn:
    return pexpect.spawn(
        sys.executable,
        ["-m", "tutor", "review"],
        env=child_env(home, now),
        encoding="utf-8",
        timeout=20,
        dimensions=(40, 100),
    )


FRONT = ["Space/Enter reveal", r"\d-\d choose", "Enter type the answer"]


def _answer_shown_card(child: pexpect.spawn, index: int) -> None:
    child.send(("  ", "1 ", " 3")[index])
    child.expect("saved ·")


@pytest.mark.terminal
def test_two_review_sessions_answering_the_same_card_keep_its_state_equal_to_its_log(
    collection: Path,
) -> None:
    home = collection.parent
    first, second = _spawn_review(home), _spawn_review(home, DAY1_LATER)
    try:
        # Each has built its queue and shows the same new card on top of it.
        shown = first.expect(FRONT), second.expect(FRONT)
        _answer_shown_card(first, shown[0])
        _answer_shown_card(second, shown[1])
        for child in (first, second):
            child.send("q")
            child.expect(pexpect.EOF)
    finally:
        first.close(force=True)
        second.close(force=True)
    db = collection
    ((card, reviews),) = query(db, "SELECT card_id, count(*) FROM review GROUP BY card_id")
    assert reviews == 2  # both answers are kept...
    assert query(db, "SELECT reps FROM card_state WHERE card_id = ?", card) == [(2,)]
    assert doctor_problems(db) == []  # ...and the state is the replay of both


@pytest.mark.terminal
def test_undo_after_another_session_answered_the_same_card_keeps_that_answer(
    collection: Path,
) -> None:
    home = collection.parent
    first, second = _spawn_review(home), _spawn_review(home, DAY1_LATER)
    try:
        shown = first.expect(FRONT), second.expect(FRONT)
        _answer_shown_card(first, shown[0])
        _answer_shown_card(second, shown[1])
        first.expect(FRONT)
        first.send("u")  # take back the first session's answer
        first.expect("undone")
        for child in (first, second):
            child.send("q")
            child.expect(pexpect.EOF)
    finally:
        first.close(force=True)
        second.close(force=True)
    ((card, reviews),) = query(collection, "SELECT card_id, count(*) FROM review GROUP BY card_id")
    assert reviews == 1  # the second session's answer
    assert query(collection, "SELECT reps FROM card_state WHERE card_id = ?", card) == [(1,)]
    assert doctor_problems(collection) == []


OPENER = """
import sys
from db import Store, StoreError
print("opening", flush=True)
try:
    Store.open(sys.argv[1]).close()
    print("ok")
except StoreError as error:
    print(error)
"""


def test_two_processes_opening_a_new_collection_at_once_both_succeed(tmp_path: Path) -> None:
    path = tmp_path / "tutor.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute(_BOOKKEEPING)  # what the first of two openers has done a moment before
    holder.execute("BEGIN IMMEDIATE")  # ...and it is about to run m001
    openers = [
        subprocess.Popen([sys.executable, "-c", OPENER, str(path)], stdout=subprocess.PIPE)
        for _ in range(2)
    ]
    for opener in openers:
        assert opener.stdout is not None
        assert opener.stdout.readline() == b"opening\n"
    time.sleep(0.5)  # both now wait for the write lock, having seen no migration applied
    holder.execute("ROLLBACK")
    holder.close()
    results = [opener.communicate(timeout=30)[0].decode().strip() for opener in openers]
    assert results == ["ok", "ok"]
