"""tutor backup / tutor restore: consistent copies, and a restore that trusts nothing."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import stat
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from tests.cli.support import DAY2, db_path

# Answers cards in a loop through the Store, printing each review id once committed.
ANSWERING_CHILD = textwrap.dedent(
    """
    import sys
    import time
    from datetime import datetime, timedelta, timezone
    from db import Store
    from tutor.memory.scheduling import answer, make_scheduler

    store = Store.open(sys.argv[1])
    scheduler = make_scheduler(0.9, fuzz=False)
    ids = [row[0] for row in store.conn.execute("SELECT id FROM card ORDER BY id")]
    now = datetime(2026, 3, 10, 9, tzinfo=timezone.utc)
    # Answers until stopped (or for at most the given seconds): however fast the machine,
    # it is still answering while the parent takes its backups.
    stop = time.monotonic() + float(sys.argv[2])
    turn = -1
    while time.monotonic() < stop:
        turn += 1
        now += timedelta(seconds=20)
        review_id, _, _ = store.answer_card(
            ids[turn % len(ids)],
            lambda before, at: answer(scheduler, before, 3, at),
            3,
            now,
            1500,
        )
        print(review_id, flush=True)
    """
)


def fingerprint(path: Path) -> tuple[str, list[str]]:
    """The collection file's bytes and what lies beside it: all a failed restore may not touch."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest, sorted(p.name for p in path.parent.iterdir())


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture
def collection(home: Path, lived_in_copy) -> Path:
    return lived_in_copy(db_path(home))


@pytest.mark.slow
def test_backups_taken_while_another_process_answers_hold_every_committed_answer(
    collection, tmp_path, run
):
    child = subprocess.Popen(
        [sys.executable, "-c", ANSWERING_CHILD, str(collection), "120"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    committed: list[int] = []
    reader = threading.Thread(
        target=lambda: committed.extend(int(line) for line in child.stdout), daemon=True
    )
    reader.start()
    checked = []
    try:
        deadline = time.monotonic() + 60
        while len(committed) < 20 and time.monotonic() < deadline:
            time.sleep(0.01)
        for number in range(8):
            before = list(committed)  # every answer reported committed before this backup
            target = tmp_path / f"copy-{number}.sqlite3"
            result = run("backup", str(target))
            assert result.exit_code == 0, result.output
            checked.append((target, before))
            time.sleep(0.05)
        still_answering = child.poll() is None
        answered_during = len(committed) - len(checked[0][1])
    finally:
        child.terminate()
        child.wait(timeout=10)
    assert still_answering, child.stderr.read() if child.stderr else ""
    assert answered_during > 8  # the child kept answering while the copies were taken
    for target, before in checked:
        assert rows(target, "PRAGMA integrity_check") == [("ok",)]
        ids = {review_id for (review_id,) in rows(target, "SELECT id FROM review")}
        assert set(before) <= ids
        # each answer and the state it produced are one transaction: never half of it
        assert rows(
            target,
            "SELECT count(*) FROM card_state s WHERE s.reps <>"
            " (SELECT count(*) FROM review r WHERE r.card_id = s.card_id)",
        ) == [(0,)]


def test_default_backup_goes_to_backups_and_is_private(collection, run):
    result = run("backup", "--json")
    assert result.exit_code == 0, result.output
    target = Path(json.loads(result.output)["file"])
    assert target.parent == collection.parent / "backups"
    assert target.name.startswith("tutor-") and target.suffix == ".sqlite3"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert rows(target, "SELECT count(*) FROM review") == rows(
        collection, "SELECT count(*) FROM review"
    )


def test_a_backup_never_overwrites_without_force(collection, tmp_path, run):
    target = tmp_path / "copy.sqlite3"
    target.write_text("precious")
    result = run("backup", str(target))
    assert result.exit_code == 1 and "already exists" in result.output
    assert target.read_text() == "precious"
    assert run("backup", str(target), "--force").exit_code == 0
    assert rows(target, "PRAGMA integrity_check") == [("ok",)]


def test_restore_brings_back_the_backup_and_keeps_the_current_file_aside(collection, tmp_path, run):
    backup = tmp_path / "monday.sqlite3"
    assert run("backup", str(backup)).exit_code == 0
    reviews_then = rows(collection, "SELECT count(*) FROM review")
    conn = sqlite3.connect(collection)
    conn.execute("DELETE FROM check_attempt")  # a change made after the backup
    conn.commit()
    conn.close()
    result = run("restore", str(backup), "--json", now=DAY2)
    assert result.exit_code == 0, result.output
    done = json.loads(result.output)
    aside = Path(done["kept_aside"])
    assert aside.name.startswith("tutor.sqlite3.before-restore-")
    assert rows(aside, "SELECT count(*) FROM check_attempt") == [(0,)]
    assert rows(collection, "SELECT count(*) FROM check_attempt") == [(1,)]
    assert rows(collection, "SELECT count(*) FROM review") == reviews_then
    assert stat.S_IMODE(collection.stat().st_mode) == 0o600
    assert run("config").exit_code == 0  # the restored collection opens
    assert [p for p in collection.parent.iterdir() if p.name.endswith(".partial")] == []


def make_not_sqlite(path: Path) -> None:
    path.write_text("name,answer\nthis,is a spreadsheet\n")


def make_damaged(path: Path, source: Path) -> None:
    data = bytearray(source.read_bytes())
    page = 4096
    data[3 * page : 6 * page] = bytes((n * 37) % 251 for n in range(3 * page))
    path.write_bytes(bytes(data))


def make_foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, flds TEXT)")
    conn.commit()
    conn.close()


def make_newer(path: Path, source: Path) -> None:
    path.write_bytes(source.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO migration VALUES (99, 'm099_from_the_future', 0)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("not sqlite", "not a tutor backup (not an SQLite file)"),
        ("damaged", "nothing changed"),
        ("foreign", "not a tutor collection"),
        ("newer", "written by a newer tutor (schema 99"),
    ],
)
def test_a_bad_backup_changes_nothing(collection, tmp_path, run, kind, expected):
    good = tmp_path / "good.sqlite3"
    assert run("backup", str(good)).exit_code == 0
    bad = tmp_path / "bad.sqlite3"
    {
        "not sqlite": lambda: make_not_sqlite(bad),
        "damaged": lambda: make_damaged(bad, good),
        "foreign": lambda: make_foreign(bad),
        "newer": lambda: make_newer(bad, good),
    }[kind]()
    before = fingerprint(collection)
    result = run("restore", str(bad))
    assert result.exit_code == 1
    assert expected in result.output, result.output
    assert "Traceback" not in result.output
    assert fingerprint(collection) == before


def test_restore_waits_for_a_running_review(collection, tmp_path, run):
    backup = tmp_path / "copy.sqlite3"
    assert run("backup", str(backup)).exit_code == 0
    other = sqlite3.connect(collection)  # as a review in another terminal would
    other.execute("SELECT count(*) FROM card").fetchone()
    try:
        before = hashlib.sha256(collection.read_bytes()).hexdigest()
        result = run("restore", str(backup))
        assert result.exit_code == 1
        assert "in use by another tutor" in result.output
        assert hashlib.sha256(collection.read_bytes()).hexdigest() == before
        assert not [p for p in collection.parent.iterdir() if "before-restore" in p.name]
    finally:
        other.close()
    assert run("restore", str(backup)).exit_code == 0


def test_backup_without_a_collection_says_so(tmp_path, run):
    result = run("--db", str(tmp_path / "none.sqlite3"), "backup")
    assert result.exit_code == 1 and "no collection to back up yet" in result.output
