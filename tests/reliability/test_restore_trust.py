"""Restore treats a backup as data, never as schema (issue 15, defects 1 and 2).

Before: a collection deleted after a crash left its -wal and -shm, and restore then
reported success over a file SQLite called malformed (or merged the lost file's answers
in); a backup carrying a trigger that deletes every new review restored fine, after which
every answer showed "saved" and none was kept; a file holding only the `migration` table,
or a view in place of `setting`, restored and then broke every command.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from db.migrations import SCHEMA_VERSION
from tests.reliability.support import ANY_CARD, TRACEBACK, doctor_problems, dump, query, tutor


@pytest.fixture
def lived(tmp_path: Path) -> Path:
    """A collection with some answers, and its backup beside it."""
    db = tmp_path / "home" / "tutor.sqlite3"
    db.parent.mkdir()
    result = tutor(tmp_path, "--db", str(db), "review", keys=ANY_CARD.encode() * 4 + b"q")
    assert result.returncode == 0, result.stderr
    return db


def backup_of(db: Path, name: str) -> Path:
    target = db.parent.parent / name
    result = tutor(db.parent, "--db", str(db), "backup", str(target))
    assert result.returncode == 0, result.stderr
    return target


def reviews(db: Path) -> list[tuple[object, ...]]:
    return query(db, "SELECT id, card_id, rating, reviewed_at FROM review ORDER BY id")


def test_stale_wal_and_shm_beside_a_deleted_collection_are_set_aside_not_merged(
    lived: Path, tmp_path: Path
) -> None:
    backup = backup_of(lived, "lineage.sqlite3")
    kept = reviews(backup)
    # More answers after the backup, then a crash that leaves the log beside the file:
    # a child holds the file open in WAL mode with uncheckpointed frames when it dies.
    more = tutor(tmp_path, "--db", str(lived), "review", keys=ANY_CARD.encode() * 3 + b"q")
    assert more.returncode == 0
    conn = sqlite3.connect(lived, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("INSERT INTO setting (key, value) VALUES ('after_backup', '1')")
    wal = lived.with_name(lived.name + "-wal")
    saved_wal = wal.read_bytes()
    saved_shm = lived.with_name(lived.name + "-shm").read_bytes()
    conn.close()
    lived.unlink()  # the learner deletes the collection, the side files stay
    wal.write_bytes(saved_wal)
    lived.with_name(lived.name + "-shm").write_bytes(saved_shm)
    assert wal.stat().st_size > 0

    result = tutor(tmp_path, "--db", str(lived), "restore", str(backup))
    assert result.returncode == 0, result.stderr
    assert b"set aside, not used: tutor.sqlite3-wal.stale-" in result.stdout
    assert reviews(lived) == kept  # nothing of the deleted file merged in
    assert query(lived, "PRAGMA integrity_check") == [("ok",)]
    assert query(lived, "SELECT count(*) FROM setting WHERE key = 'after_backup'") == [(0,)]
    stale = sorted(p.name for p in lived.parent.iterdir() if ".stale-" in p.name)
    assert [name.split(".stale-")[0] for name in stale] == [
        "tutor.sqlite3-shm",
        "tutor.sqlite3-wal",
    ]
    after = tutor(tmp_path, "--db", str(lived), "review", keys=ANY_CARD.encode() + b"q")
    assert after.returncode == 0, after.stderr
    assert doctor_problems(lived) == []


def _trigger(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(
            "CREATE TRIGGER forget AFTER INSERT ON review BEGIN "
            "DELETE FROM review WHERE id = new.id; END"
        )
        conn.commit()


def _only_migration(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        for table in ("check_attempt", "review", "card_state", "card", "entry", "path", "setting"):
            conn.execute(f"DROP TABLE {table}")
        conn.commit()
        conn.execute("VACUUM")


def _view_for_setting(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("DROP TABLE setting")
        conn.execute("CREATE VIEW setting AS SELECT 'a' AS key, '1' AS value")
        conn.commit()


def _extra_table(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        conn.commit()


def _extra_index(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE UNIQUE INDEX one_answer ON review(card_id, reviewed_at, id)")
        conn.commit()


def _changed_column(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("ALTER TABLE card ADD COLUMN extra TEXT DEFAULT 'x'")
        conn.commit()


@pytest.mark.parametrize(
    "attack",
    [_trigger, _only_migration, _view_for_setting, _extra_table, _extra_index, _changed_column],
)
def test_a_backup_with_a_schema_not_ours_is_refused_in_one_line(
    lived: Path, tmp_path: Path, attack: Callable[[Path], None]
) -> None:
    backup = backup_of(lived, "evil.sqlite3")
    attack(backup)
    before = dump(lived)
    beside = sorted(p.name for p in lived.parent.iterdir())
    result = tutor(tmp_path, "--db", str(lived), "restore", str(backup))
    assert result.returncode == 1
    assert TRACEBACK not in result.stderr
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "nothing changed" in lines[0], lines
    assert "not a tutor collection" in lines[0]
    assert dump(lived) == before
    assert sorted(p.name for p in lived.parent.iterdir()) == beside


def test_a_sound_backup_is_copied_into_a_fresh_file_and_every_answer_is_kept(
    lived: Path, tmp_path: Path
) -> None:
    backup = backup_of(lived, "good.sqlite3")
    with contextlib.closing(sqlite3.connect(backup)) as conn:
        conn.execute("ANALYZE")  # statistics tables are SQLite's own: still a sound backup
        conn.commit()
    expected = dump(backup)
    result = tutor(tmp_path, "--db", str(lived), "restore", str(backup))
    assert result.returncode == 0, result.stderr
    restored = dump(lived)
    assert {k: v for k, v in restored.items() if not k.startswith("sqlite_stat")} == {
        k: v for k, v in expected.items() if not k.startswith("sqlite_stat")
    }
    answered = tutor(tmp_path, "--db", str(lived), "review", keys=ANY_CARD.encode() * 2 + b"q")
    assert answered.returncode == 0
    saved = answered.stdout.decode().count("saved · ")
    assert len(reviews(lived)) == len(expected["review"]) + saved > len(expected["review"])


def test_an_older_backup_is_rebuilt_and_then_upgraded(tmp_path: Path) -> None:
    from tests.reliability.support import SCHEMA1

    old = tmp_path / "old.sqlite3"
    shutil.copyfile(SCHEMA1, old)
    expected = reviews(old)
    db = tmp_path / "home" / "tutor.sqlite3"
    # a folder that does not exist is made only when asked, as for every command
    refused = tutor(tmp_path, "--db", str(db), "restore", str(old))
    assert refused.returncode == 1 and "--create" in refused.stderr.decode()
    assert not db.parent.exists()
    result = tutor(tmp_path, "--db", str(db), "--create", "restore", str(old))
    assert result.returncode == 0, result.stderr
    shown = tutor(tmp_path, "--db", str(db), "path")
    assert shown.returncode == 0, shown.stderr
    assert reviews(db) == expected
    assert query(db, "SELECT max(version) FROM migration") == [(SCHEMA_VERSION,)]


def test_a_new_collection_beside_a_stale_wal_sets_it_aside(tmp_path: Path) -> None:
    db = tmp_path / "tutor.sqlite3"
    made = tutor(tmp_path, "--db", str(db), "review", keys=ANY_CARD.encode() + b"q")
    assert made.returncode == 0
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("INSERT INTO setting (key, value) VALUES ('lost', '1')")
    wal = db.with_name(db.name + "-wal").read_bytes()
    conn.close()
    db.unlink()
    db.with_name(db.name + "-wal").write_bytes(wal)
    result = tutor(tmp_path, "--db", str(db), "path")
    assert result.returncode == 0, result.stderr
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert [p.name.split(".stale-")[0] for p in tmp_path.glob("*.stale-*")] == ["tutor.sqlite3-wal"]


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE review SET reviewed_at = 253402387200000",  # the year 10000
        "PRAGMA ignore_check_constraints = ON; UPDATE review SET rating = 'good'",
        "UPDATE card_state SET reps = -3 WHERE reps > 0",
        "INSERT INTO setting (key, value) VALUES ('fsrs_parameters', '[0.1, 0.2, 0.3, 0.4]')",
        "INSERT INTO setting (key, value) VALUES ('desired_retention', '7')",
        "PRAGMA foreign_keys = OFF; INSERT INTO review (card_id, rating, reviewed_at,"
        " state_before, mode) VALUES ('c1-gone', 3, 1772442000000, 0, 'review')",
    ],
)
def test_a_backup_whose_values_later_commands_could_not_read_is_refused(
    lived: Path, tmp_path: Path, sql: str
) -> None:
    backup = backup_of(lived, "odd.sqlite3")
    with contextlib.closing(sqlite3.connect(backup)) as conn:
        conn.executescript(sql)
        conn.commit()
    before = dump(lived)
    result = tutor(tmp_path, "--db", str(lived), "restore", str(backup))
    assert result.returncode == 1
    assert TRACEBACK not in result.stderr
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "nothing changed" in lines[0], lines
    assert dump(lived) == before


@pytest.mark.parametrize("attack", [_trigger, _view_for_setting, _extra_table, _extra_index])
def test_a_collection_file_with_a_schema_not_ours_is_not_opened(
    lived: Path, tmp_path: Path, attack: Callable[[Path], None]
) -> None:
    # The same files given straight to --db: a trigger would delete each answer as it is
    # saved, so the file is refused before any command runs.
    attack(lived)
    before = lived.read_bytes()
    for args in (["review"], ["path"], ["doctor"]):
        result = tutor(tmp_path, "--db", str(lived), *args, keys=ANY_CARD.encode() + b"q")
        assert result.returncode == 1
        assert TRACEBACK not in result.stderr
        lines = result.stderr.decode().strip().splitlines()
        assert len(lines) == 1 and "not a tutor collection as tutor writes it" in lines[0]
        assert "saved" not in result.stdout.decode()
    assert lived.read_bytes() == before
