"""`tutor doctor`: finds what is wrong, says what it would do, repairs it with --fix."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from db import Store
from db.health import card_histories, card_logs
from db.records import from_ms
from tests.reliability.support import copy_of_schema1, query, tutor
from tutor.memory.doctor import Replayer, examine
from tutor.memory.scheduling import make_scheduler, replay
from tutor.memory.simulate import EXAMPLE_TRUE_PARAMETERS, Plan, write_history


def _review_cards(db: Path) -> list[str]:
    return [
        str(card_id)
        for (card_id,) in query(
            db, "SELECT card_id FROM card_state WHERE state = 2 ORDER BY card_id LIMIT 2"
        )
    ]


def test_the_schema1_collection_is_sound(tmp_path: Path) -> None:
    db = copy_of_schema1(tmp_path)
    result = tutor(tmp_path, "--db", str(db), "doctor")
    assert result.returncode == 0, result.stderr
    assert b"file integrity: ok" in result.stdout
    assert b"no problems found" in result.stdout
    assert b"183 reviews replayed" in result.stdout


def test_doctor_reports_a_wrong_state_and_a_missing_one_then_fix_repairs_both(
    tmp_path: Path,
) -> None:
    db = copy_of_schema1(tmp_path)
    wrong, missing = _review_cards(db)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE card_state SET stability = 999.5 WHERE card_id = ?", (wrong,))
        conn.execute("DELETE FROM card_state WHERE card_id = ?", (missing,))
    conn.close()
    reviews_before = query(db, "SELECT * FROM review ORDER BY id")

    report = tutor(tmp_path, "--db", str(db), "doctor")
    assert report.returncode == 1
    text = report.stdout.decode()
    assert f"state: {wrong}\n    2 review(s); stored stability is 999.5, the log gives" in text
    assert f"missing-state: {missing}" in text
    assert "--fix would rewrite the state from the review log" in text
    assert b"tutor doctor --fix" in report.stderr
    assert query(db, "SELECT count(*) FROM card_state WHERE card_id = ?", missing) == [(0,)]

    fixed = tutor(tmp_path, "--db", str(db), "doctor", "--fix")
    assert fixed.returncode == 0, fixed.stderr
    assert b"repaired 2 problem(s)" in fixed.stdout
    copies = list(tmp_path.glob("tutor.sqlite3.doctor-*.bak"))
    assert len(copies) == 1
    assert query(copies[0], "SELECT stability FROM card_state WHERE card_id = ?", wrong) == [
        (999.5,)
    ]

    again = tutor(tmp_path, "--db", str(db), "doctor", "--json")
    assert again.returncode == 0
    assert json.loads(again.stdout)["problems"] == []
    assert query(db, "SELECT * FROM review ORDER BY id") == reviews_before  # no answer lost
    with Store.open(db) as store:
        scheduler = make_scheduler(0.85, fuzz=False)
        logs = {log.card_id: log for log in card_logs(store)}
        for card_id in (wrong, missing):
            assert logs[card_id].state == replay(scheduler, card_id, logs[card_id].reviews)


def test_doctor_deletes_rows_that_point_at_nothing_and_keeps_a_copy(tmp_path: Path) -> None:
    db = copy_of_schema1(tmp_path)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys = OFF")
    with conn:
        conn.execute(
            "INSERT INTO review (card_id, rating, reviewed_at, state_before, mode)"
            " VALUES ('c1-gone', 3, 1767600000000, 0, 'review')"
        )
        conn.execute(
            "INSERT INTO card_state (card_id, state, reps, lapses) VALUES ('c1-x', 0, 0, 0)"
        )
        (card,) = conn.execute("SELECT id FROM card LIMIT 1").fetchone()
        conn.execute(
            "INSERT INTO card SELECT 'c1-lost', 'nowhere/lost', position, kind, answering,"
            " prompt, answer, options, accepted, explanation, source_file, source_section,"
            " source_line, created_at, NULL, NULL, NULL FROM card WHERE id = ?",
            (card,),
        )
    conn.close()

    report = tutor(tmp_path, "--db", str(db), "doctor", "--json")
    assert report.returncode == 1
    kinds = sorted(problem["kind"] for problem in json.loads(report.stdout)["problems"])
    assert kinds == ["orphan-card", "orphan-review", "orphan-state"]

    fixed = tutor(tmp_path, "--db", str(db), "doctor", "--fix")
    assert fixed.returncode == 0, fixed.stderr
    assert query(db, "SELECT count(*) FROM review WHERE card_id = 'c1-gone'") == [(0,)]
    assert query(db, "SELECT count(*) FROM card WHERE id = 'c1-lost'") == [(0,)]
    assert query(db, "PRAGMA foreign_key_check") == []
    (copy,) = tmp_path.glob("tutor.sqlite3.doctor-*.bak")
    assert query(copy, "SELECT count(*) FROM review WHERE card_id = 'c1-gone'") == [(1,)]
    assert tutor(tmp_path, "--db", str(db), "doctor").returncode == 0


def _damaged(tmp_path: Path) -> Path:
    db = copy_of_schema1(tmp_path)
    (root,) = query(db, "SELECT rootpage FROM sqlite_master WHERE name = 'ix_review_reviewed_at'")[
        0
    ]
    data = bytearray(db.read_bytes())
    start = (int(root) - 1) * 4096  # type: ignore[call-overload]
    # Scribble over the cells of one index page; the header and the tables stay readable.
    data[start + 2048 : start + 4000] = bytes((n * 37) & 255 for n in range(1952))
    db.write_bytes(bytes(data))
    return db


def test_a_damaged_file_is_reported_not_repaired(tmp_path: Path) -> None:
    db = _damaged(tmp_path)
    result = tutor(tmp_path, "--db", str(db), "doctor", "--fix")
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr
    assert b"file integrity: FAILED" in result.stdout  # SQLite's words follow it
    assert b"restore a backup" in result.stderr
    assert not list(tmp_path.glob("*.doctor-*.bak"))


def test_many_problems_of_one_kind_are_summed_up_with_examples_and_json_lists_all(
    tmp_path: Path,
) -> None:
    db = copy_of_schema1(tmp_path)
    seen = [
        str(card_id)
        for (card_id,) in query(db, "SELECT card_id FROM card_state WHERE state > 0 LIMIT 7")
    ]
    assert len(seen) == 7
    conn = sqlite3.connect(db)
    with conn:
        conn.executemany(
            "UPDATE card_state SET stability = 999.5 WHERE card_id = ?", [(c,) for c in seen]
        )
    conn.close()

    report = tutor(tmp_path, "--db", str(db), "doctor")
    assert report.returncode == 1
    text = report.stdout.decode()
    assert "state: 7 problems, 3 of them below (tutor doctor --json lists every one)" in text
    shown = [line for line in text.splitlines() if line.startswith("state: c1-")]
    assert len(shown) == 3
    assert b"7 problem(s); run `tutor doctor --fix`" in report.stderr

    listed = json.loads(tutor(tmp_path, "--db", str(db), "doctor", "--json").stdout)
    assert sorted(problem["subject"] for problem in listed["problems"]) == sorted(seen)


def test_thorough_also_finds_an_index_that_lost_a_row(tmp_path: Path) -> None:
    db = copy_of_schema1(tmp_path)
    conn = sqlite3.connect(db)
    # Rows gone from an index while the table keeps them: only the thorough check sees it.
    conn.execute("PRAGMA writable_schema = ON")
    (sql,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'ix_review_reviewed_at'"
    ).fetchone()
    conn.execute("DROP INDEX ix_review_reviewed_at")
    conn.execute("CREATE INDEX ix_review_reviewed_at ON review(reviewed_at) WHERE id > 3")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'ix_review_reviewed_at'", (sql,))
    conn.commit()
    conn.close()
    quick = tutor(tmp_path, "--db", str(db), "doctor")
    assert b"file integrity: ok" in quick.stdout
    thorough = tutor(tmp_path, "--db", str(db), "doctor", "--thorough")
    assert thorough.returncode == 1
    assert b"file integrity: FAILED" in thorough.stdout
    assert b"ix_review_reviewed_at" in thorough.stdout


def test_replay_shared_between_processes_finds_the_same_in_the_same_order(
    tmp_path: Path,
) -> None:
    db = copy_of_schema1(tmp_path)
    seen = [str(c) for (c,) in query(db, "SELECT card_id FROM card_state WHERE state > 0")]
    Store.open(db).close()  # brings the file up to the current schema (card_tally)
    conn = sqlite3.connect(db)
    with conn:  # wrong states spread over the ids, one missing: every range has its share
        conn.executemany(
            "UPDATE card_state SET stability = 999.5 WHERE card_id = ?",
            [(card_id,) for card_id in seen[::3]],
        )
        conn.execute("DELETE FROM card_state WHERE card_id = ?", (seen[1],))
        conn.execute("UPDATE card_tally SET lapses = 7 WHERE card_id = ?", (seen[2],))
    conn.close()
    with Store.open(db) as store:
        scheduler = make_scheduler(0.85, fuzz=False)
        alone = examine(store, scheduler, processes=1)
    assert [p.subject for p in alone.problems if p.kind == "tally"] == [seen[2]]
    with Store.open(db) as store:
        told: list[int] = []
        shared = examine(store, scheduler, card_done=told.append, processes=2)
    assert len(alone.problems) > 3
    assert shared.problems == alone.problems
    assert shared.rewrite == alone.rewrite
    assert (shared.cards, shared.reviews) == (alone.cards, alone.reviews)
    assert len(told) > 2 and sum(told) == alone.cards  # the progress bar moved range by range


def test_a_doctor_stopped_midway_leaves_no_replaying_processes(tmp_path: Path) -> None:
    # Ctrl-C (or any error) while the ranges come back: the processes replaying the rest
    # end with the doctor, and nothing stays frozen for them.
    import gc
    import multiprocessing

    db = copy_of_schema1(tmp_path)
    Store.open(db).close()

    def interrupted(_cards: int) -> None:
        raise KeyboardInterrupt

    with Store.open(db) as store, pytest.raises(KeyboardInterrupt) as stopped:
        examine(store, make_scheduler(0.85, fuzz=False), card_done=interrupted, processes=2)
    # Checked while the error (and its traceback, holding the doctor's frame) is kept.
    assert stopped.traceback is not None
    assert multiprocessing.active_children() == []
    assert gc.get_freeze_count() == 0


def test_the_doctors_replay_gives_the_states_of_the_plain_replay_card_by_card(
    tmp_path: Path,
) -> None:
    # The doctor reads logs as plain pairs and replays them its own faster way; every
    # state must be what `tutor.memory.scheduling.replay` gives, with earlier parameters (from a
    # `tutor optimize`) in effect for the first half of the log and a forgotten card.
    with Store.open(tmp_path / "c.sqlite3") as store:
        write_history(store, Plan(cards=400, new_per_day=25, days=150, seed=5))
        times = [at for (at,) in store.conn.execute("SELECT reviewed_at FROM review ORDER BY 1")]
        (forgotten,) = store.conn.execute(
            "SELECT card_id FROM review GROUP BY card_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        with store.transaction() as conn:
            conn.execute(
                "UPDATE card SET forgotten_at = ? WHERE id = ?", (times[len(times) // 2], forgotten)
            )
        scheduler = make_scheduler(0.9, fuzz=False)
        earlier = [
            (
                from_ms(times[len(times) // 2]),
                make_scheduler(0.9, EXAMPLE_TRUE_PARAMETERS, fuzz=False),
            )
        ]
        logs = list(card_logs(store))
        plain = {log.card_id: replay(scheduler, log.card_id, log.reviews, earlier) for log in logs}
        without = {log.card_id: replay(scheduler, log.card_id, log.reviews) for log in logs}
        replayer = Replayer(scheduler, earlier)
        fast = {
            card_id: replayer.replay(card_id, log) for card_id, _state, log in card_histories(store)
        }
    assert len(times) > 3000
    assert fast == plain
    assert plain[forgotten].reps < max(state.reps for state in plain.values())
    assert without != plain  # the earlier parameters made a difference the test can see


def test_a_hand_edited_step_summary_is_found_and_made_again(tmp_path: Path) -> None:
    # card_tally, which stats and path read, is kept by triggers; a file edited by hand
    # with the triggers dropped, or a row changed directly, makes stats and path wrong.
    db = copy_of_schema1(tmp_path)
    tutor(tmp_path, "--db", str(db), "stats")  # brings the file up to the current schema
    (card,) = _review_cards(db)[:1]
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE card_tally SET state = 0, stability = NULL WHERE card_id = ?", (card,))
    conn.close()
    report = tutor(tmp_path, "--db", str(db), "doctor")
    assert report.returncode == 1
    assert f"tally: {card}" in report.stdout.decode()
    fixed = tutor(tmp_path, "--db", str(db), "doctor", "--fix")
    assert fixed.returncode == 0, fixed.stderr
    assert b"repaired 1 problem(s)" in fixed.stdout
    again = tutor(tmp_path, "--db", str(db), "doctor")
    assert again.returncode == 0
    assert query(db, "SELECT state FROM card_tally WHERE card_id = ?", card) == [(2,)]


def test_a_damaged_file_checked_while_others_replay_reports_only_its_damage(
    tmp_path: Path,
) -> None:
    # With a process per core the file is checked while the others replay; a failed check
    # drops whatever they found (rows of a damaged file cannot be trusted).
    db = _damaged(tmp_path)
    with Store.open(db) as store:
        found = examine(store, make_scheduler(0.9, fuzz=False), processes=2)
    assert found.integrity != ["ok"]
    assert {problem.kind for problem in found.problems} == {"integrity"}
    assert found.cards == 0 and not found.repairable


@pytest.mark.parametrize("draw", [0.0, 0.49, 0.5, 0.999999])
def test_every_due_date_py_fsrs_fuzz_can_draw_is_one_the_doctor_accepts(draw: float) -> None:
    # The property test of replays once drew a due 9 days after the last review, where the
    # doctor allowed 1-8: py-fsrs draws from [low, high + 1) and rounds, so high + 1 comes
    # out; the doctor would have 'repaired' a due date the scheduler had set itself.
    from datetime import datetime, timedelta, timezone

    import fsrs
    import fsrs.scheduler

    from db.records import CardStage, CardState
    from tutor.memory.doctor import _RetentionBounds

    bounds = _RetentionBounds(fsrs.Scheduler())
    last = datetime(2026, 3, 1, tzinfo=timezone.utc)
    original = fsrs.scheduler.random
    fsrs.scheduler.random = lambda: draw
    try:
        for retention in (0.7, 0.99):
            scheduler = fsrs.Scheduler(desired_retention=retention, enable_fuzzing=True)
            for tenths in range(10, 4000, 7):
                stability = tenths / 10
                interval = scheduler._next_interval(stability=stability)
                drawn = scheduler._get_fuzzed_interval(interval=timedelta(days=interval))
                stored = CardState(
                    "c1-x", CardStage.REVIEW, None, stability, 5.0, last + drawn, last, 3, 0
                )
                assert bounds.check_due(stored) == "", (retention, stability, drawn.days)
    finally:
        fsrs.scheduler.random = original
