"""A damaged page, a full disk, a read-only file: one line with the right advice, nothing
half-written, nothing left behind (issue 15, defects 9 and 10).

The full disk is real: a 2 MiB tmpfs mounted for the test and filled up (skipped where
the test may not mount one). Root ignores file modes, so read-only is a read-only mount.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import Store
from tests.reliability.support import (
    FIXTURES,
    TRACEBACK,
    copy_of_schema1,
    doctor_problems,
    dump,
    query,
    tutor,
)

ENTRIES = FIXTURES / "entries"


def damage_page_of(db: Path, name: str) -> None:
    """Scribble over the cells of the root page of table or index `name`."""
    ((root,),) = query(db, "SELECT rootpage FROM sqlite_master WHERE name = ?", name)
    data = bytearray(db.read_bytes())
    start = (int(root) - 1) * 4096  # type: ignore[call-overload]
    data[start + 8 : start + 4000] = bytes((n * 37 + 11) & 255 for n in range(3992))
    db.write_bytes(bytes(data))


def one_line(result: subprocess.CompletedProcess[bytes]) -> str:
    assert TRACEBACK not in result.stderr, result.stderr.decode()
    lines = result.stderr.decode().strip().splitlines()
    assert lines and lines[-1].startswith("tutor: "), lines
    return lines[-1]


# -- a damaged page (defect 9) ---------------------------------------------------------------


def test_a_damaged_settings_page_still_lets_the_doctor_examine_the_file(tmp_path: Path) -> None:
    db = copy_of_schema1(tmp_path)
    damage_page_of(db, "setting")
    result = tutor(tmp_path, "--db", str(db), "doctor")
    assert result.returncode == 1
    assert TRACEBACK not in result.stderr
    assert b"file integrity: FAILED" in result.stdout
    review = tutor(tmp_path, "--db", str(db), "review", keys=b"q")
    assert review.returncode == 1
    assert "the file is damaged" in one_line(review)


@pytest.mark.parametrize("command", [["export", "json"], ["export", "revlog"]])
def test_a_damaged_review_page_makes_an_export_fail_in_one_line(
    tmp_path: Path, command: list[str]
) -> None:
    db = copy_of_schema1(tmp_path)
    Store.open(db).close()  # upgraded first: the upgrade itself reads every review
    damage_page_of(db, "review")
    target = tmp_path / "out" / "file.out"
    target.parent.mkdir()
    result = tutor(tmp_path, "--db", str(db), *command, str(target))
    assert result.returncode == 1
    assert one_line(result).startswith(f"tutor: {db}: the file is damaged")
    assert list(target.parent.iterdir()) == []  # no file, no partial


# -- a full disk and a read-only one (defect 10) ----------------------------------------------


@contextlib.contextmanager
def mounted(folder: Path, options: str) -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.decode().strip()})")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    with mounted(tmp_path / "disk", "size=2m,mode=0700") as folder:
        yield folder


def fill(folder: Path, leave_kib: int = 48) -> None:
    """Fill the file system of `folder` to the last byte, then free `leave_kib` KiB.

    Written until the file system says ENOSPC rather than to what statvfs reports free:
    tmpfs's count lags behind pages just freed, which left room the test did not expect.
    """
    with (folder / "filler").open("wb", buffering=0) as handle:
        for size in (65536, 4096, 1):  # the last pages, one size at a time
            while True:
                try:
                    if not handle.write(b"\0" * size):
                        break
                except OSError as error:
                    assert error.errno == errno.ENOSPC, error
                    break
        if leave_kib:
            handle.truncate(max(0, handle.tell() - leave_kib * 1024))


def collection_on(folder: Path, tmp_path: Path) -> Path:
    db = folder / "tutor.sqlite3"
    made = tutor(tmp_path, "--db", str(db), "review", keys=b"1 3 " * 2 + b"q")
    assert made.returncode == 0, made.stderr
    return db


@pytest.mark.parametrize(
    ("args", "leave_kib"),
    [
        (["review"], 48),
        (["review"], 0),
        (["config", "new_per_day", "7"], 0),
        (["import", str(ENTRIES)], 48),
        (["import", str(ENTRIES)], 0),
    ],
    ids=["review-48k", "review-0k", "config-0k", "import-48k", "import-0k"],
)
def test_a_full_disk_is_one_line_saying_so_and_changes_nothing(
    small_disk: Path, tmp_path: Path, args: list[str], leave_kib: int
) -> None:
    db = collection_on(small_disk, tmp_path)
    before = dump(db)
    fill(small_disk, leave_kib)
    # Keys that answer whatever comes first: a choice ('1', then Space accepts) or a
    # self-graded card (Space reveals, '3' rates).
    result = tutor(tmp_path, "--db", str(db), *args, keys=b"1 3 " * 4 + b"q")
    line = one_line(result)
    assert result.returncode == 1
    assert "the disk is full; free some space" in line, line
    (small_disk / "filler").unlink()
    after = dump(db)
    # The review may save answers while the log still has room: each one shown as saved
    # is kept, and nothing else changed.
    saved = result.stdout.decode().count("saved · ")
    assert len(after["review"]) == len(before["review"]) + saved
    assert set(before["review"]) <= set(after["review"])
    if not saved:
        assert after == before
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert doctor_problems(db) == []


def test_doctor_fix_on_a_full_disk_blames_the_disk_and_leaves_no_empty_copy(
    small_disk: Path, tmp_path: Path
) -> None:
    db = collection_on(small_disk, tmp_path)
    conn_rows = query(db, "SELECT card_id FROM card_state WHERE reps > 0 LIMIT 1")
    (card_id,) = conn_rows[0]
    query_write = f"UPDATE card_state SET reps = 7 WHERE card_id = '{card_id}'"
    import sqlite3

    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute(query_write)
        conn.commit()
    fill(small_disk, leave_kib=8)
    result = tutor(tmp_path, "--db", str(db), "doctor", "--fix")
    line = one_line(result)
    assert result.returncode == 1
    assert "disk is full" in line and "damaged" not in line, line
    assert not [p for p in small_disk.iterdir() if p.name.endswith((".bak", ".partial"))]


def test_a_schema_upgrade_on_a_full_disk_leaves_no_empty_copy(
    small_disk: Path, tmp_path: Path
) -> None:
    db = copy_of_schema1(small_disk)
    before = db.read_bytes()
    fill(small_disk, leave_kib=16)
    result = tutor(tmp_path, "--db", str(db), "path")
    assert result.returncode == 1
    assert "disk is full" in one_line(result)
    assert not [p for p in small_disk.iterdir() if p.name.endswith((".bak", ".partial"))]
    (small_disk / "filler").unlink()
    assert db.read_bytes() == before or query(db, "PRAGMA integrity_check") == [("ok",)]


def test_restore_on_a_full_disk_blames_the_disk_not_the_backup(
    small_disk: Path, tmp_path: Path
) -> None:
    db = collection_on(small_disk, tmp_path)
    backup = tmp_path / "good.sqlite3"
    made = tutor(tmp_path, "--db", str(db), "backup", str(backup))
    assert made.returncode == 0, made.stderr
    before = dump(db)
    fill(small_disk, leave_kib=8)
    result = tutor(tmp_path, "--db", str(db), "restore", str(backup))
    line = one_line(result)
    assert result.returncode == 1
    assert "disk is full" in line and "damaged" not in line, line
    assert not [p for p in small_disk.iterdir() if p.name.endswith(".partial")]
    (small_disk / "filler").unlink()
    assert dump(db) == before


def test_a_read_only_collection_is_refused_before_the_first_answer(
    tmp_path: Path,
) -> None:
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("a read-only mount needs root")
    with mounted(tmp_path / "ro", "size=4m,mode=0700") as folder:
        db = collection_on(folder, tmp_path)
        before = dump(db)
        remounted = subprocess.run(
            ["mount", "-o", "remount,ro", str(folder)], capture_output=True, check=False
        )
        assert remounted.returncode == 0, remounted.stderr
        result = tutor(tmp_path, "--db", str(db), "review", keys=b" 3q")
        line = one_line(result)
        assert result.returncode == 1
        assert "read-only" in line, line
        assert "saved" not in result.stdout.decode()
        # Every command says the same at once (in WAL mode even reading needs the -shm).
        shown = tutor(tmp_path, "--db", str(db), "path")
        assert "read-only" in one_line(shown)
        assert dump(db) == before
