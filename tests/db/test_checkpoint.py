"""Answers are never slowed by a WAL checkpoint: the log reaches the database file only when
tutor is idle (waiting for a key) or closing, and a crash in between loses nothing.

"What the file alone holds" is read from a copy of the database file without its -wal
log: it is what a checkpoint has written so far.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pexpect
import pytest

from db import Store
from tests.cli.support import DAY1, child_env, db_path
from tests.cli.test_terminal import answer_one, spawn
from tutor.interop.importing import ensure_builtin
from tutor.memory.scheduling import answer, make_scheduler

NOW = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)


def reviews_in_file_alone(db: Path, scratch: Path) -> int:
    scratch.mkdir(exist_ok=True)
    copy = scratch / "alone.sqlite3"
    for stale in scratch.glob("alone.sqlite3*"):
        stale.unlink()
    shutil.copyfile(db, copy)
    conn = sqlite3.connect(copy)
    try:
        (count,) = conn.execute("SELECT count(*) FROM review").fetchone()
        return int(count)
    finally:
        conn.close()


def test_hundreds_of_answers_commit_without_a_checkpoint(tmp_path: Path) -> None:
    db = tmp_path / "tutor.sqlite3"
    store = Store.open(db)
    ensure_builtin(store, NOW)
    store.checkpoint()
    scheduler = make_scheduler(fuzz=False)
    ids = [stored.card.id for stored in store.new_cards(1000)]
    rounds = 600 // len(ids) + 1
    at = NOW
    for _ in range(rounds):  # thousands of WAL pages: SQLite's default would checkpoint
        for card_id in ids:
            at += timedelta(seconds=5)
            store.answer_card(
                card_id, lambda latest, moment: answer(scheduler, latest, 3, moment), 3, at, 900
            )
    answered = rounds * len(ids)
    assert reviews_in_file_alone(db, tmp_path / "a") == 0  # no commit copied the log back
    assert (tmp_path / "tutor.sqlite3-wal").stat().st_size > 1000 * 4096
    store.checkpoint()
    assert reviews_in_file_alone(db, tmp_path / "b") == answered
    store.close()


def test_a_crash_after_answers_loses_none_of_them(tmp_path: Path) -> None:
    db = tmp_path / "tutor.sqlite3"
    setup = Store.open(db)
    ensure_builtin(setup, NOW)
    setup.close()
    script = (
        "import os, sys\n"
        "from datetime import datetime, timedelta, timezone\n"
        "from db import Store\n"
        "from tutor.memory.scheduling import answer, make_scheduler\n"
        "store = Store.open(sys.argv[1])\n"
        "s = make_scheduler(fuzz=False)\n"
        "at = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)\n"
        "ids = [c.card.id for c in store.new_cards(100)] * 4\n"
        "for n, i in enumerate(ids):\n"
        "    t = at + timedelta(seconds=n)\n"
        "    store.answer_card(i, lambda l, m: answer(s, l, 3, m), 3, t, 5)\n"
        "print(len(ids), flush=True)\n"
        "os._exit(9)  # no close, no checkpoint: as if killed\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(db)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 9, done.stderr
    answered = int(done.stdout)
    assert answered > 50
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM review").fetchone() == (answered,)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


@pytest.mark.terminal
def test_the_review_checkpoints_while_it_waits_for_a_key(_isolated_home: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "tutor", "stats"],
        env=child_env(_isolated_home, DAY1),
        capture_output=True,
        check=True,
    )
    child = spawn(_isolated_home, "review")
    answer_one(child)
    child.expect(["Space/Enter reveal", "choose", "Enter type the answer"])
    found, deadline = 0, time.monotonic() + 10
    while found == 0 and time.monotonic() < deadline:
        found = reviews_in_file_alone(db_path(_isolated_home), _isolated_home.parent / "copy")
        time.sleep(0.05)
    assert found == 1  # in the file itself, with the session still open
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
