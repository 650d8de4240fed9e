"""`tutor restore`: a backup holding values tutor cannot read back is refused, saying which
row, and the collection is untouched; a restore (seconds on a big collection) says on a
terminal which step it is on, and a pipe or --json sees nothing extra.
TUTOR_PROGRESS_AFTER=0 stands for "it took a while"."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from tests.cli.support import DAY1, child_env, db_path

pytestmark = pytest.mark.terminal

STEP = re.compile(r"Copying the \w+ rows\s.*\d+/\d+")


def env(home: Path) -> dict[str, str]:
    return {**child_env(home, DAY1), "TUTOR_PROGRESS_AFTER": "0"}


def a_backup(home: Path, folder: Path) -> Path:
    """A backup of a collection with a few answers in it."""
    target = folder / "kept.sqlite3"
    for command, typed in ((["review"], " 3 3 3q"), (["backup", str(target)], "")):
        subprocess.run(
            [sys.executable, "-m", "tutor", *command],
            env=env(home),
            input=typed,
            capture_output=True,
            text=True,
            check=True,
        )
    conn = sqlite3.connect(target)
    (answers,) = conn.execute("SELECT count(*) FROM review").fetchone()
    conn.close()
    assert answers > 0
    return target


def test_a_terminal_sees_each_step_of_the_restore(_isolated_home: Path, tmp_path: Path) -> None:
    backup = a_backup(_isolated_home, tmp_path)
    child = pexpect.spawn(
        sys.executable,
        ["-m", "tutor", "restore", str(backup)],
        env=env(_isolated_home),
        encoding="utf-8",
        timeout=60,
        dimensions=(30, 140),
    )
    child.expect(STEP)
    child.expect("Restored ")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_a_pipe_or_json_gets_only_the_result(
    _isolated_home: Path, tmp_path: Path, extra: list[str]
) -> None:
    backup = a_backup(_isolated_home, tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "tutor", "restore", str(backup), *extra],
        env=env(_isolated_home),
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stderr == ""
    assert "Copying" not in done.stdout
    if extra:
        assert json.loads(done.stdout)["restored_from"] == str(backup)


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ("UPDATE review SET reviewed_at = 'yesterday'", r"review row \d+: reviewed_at holds text"),
        ("UPDATE card_state SET due = -5 WHERE rowid = 3", r"card_state row 3: due -5 is no time"),
        ("UPDATE card SET position = -1 WHERE rowid = 2", r"card row 2: position is negative"),
        ("UPDATE entry SET position = 2.5", r"entry row \d+: position holds real"),
    ],
)
def test_a_backup_with_a_value_tutor_cannot_read_is_refused(
    _isolated_home: Path, tmp_path: Path, change: str, said: str
) -> None:
    backup = a_backup(_isolated_home, tmp_path)
    conn = sqlite3.connect(backup)
    with conn:
        conn.execute(change)
    conn.close()
    collection = db_path(_isolated_home)
    before = collection.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "tutor", "restore", str(backup)],
        env=env(_isolated_home),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert re.search(said, done.stderr), done.stderr
    assert "nothing changed" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert collection.read_bytes() == before


def test_an_export_given_to_restore_names_the_import_that_loads_it(
    _isolated_home: Path, tmp_path: Path
) -> None:
    """A new user moving machines gave `tutor restore` the file of `tutor export json`
    and read only 'not a tutor backup (not an SQLite file)'."""

    def tutor(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "tutor", *args],
            env={**env(_isolated_home), "TUTOR_HOME": str(home)},
            cwd=tmp_path,
            capture_output=True,
            text=True,
        )

    a_backup(_isolated_home, tmp_path)  # a collection with answers in it
    assert tutor(_isolated_home, "export", "json", "all.json").returncode == 0
    before = db_path(_isolated_home).read_bytes()
    done = tutor(_isolated_home, "restore", "all.json")
    assert done.returncode == 1
    assert done.stderr == (
        "tutor: all.json: a tutor export json document, not a backup; nothing changed. "
        "Load it into a new collection with: tutor import json all.json\n"
    )
    assert db_path(_isolated_home).read_bytes() == before
    # on the new machine, whose TUTOR_HOME is not there yet, the line given works
    elsewhere = tmp_path / "new-home"
    moved = tutor(elsewhere, "restore", "all.json")
    assert moved.returncode == 1
    assert moved.stderr.endswith(": tutor --create import json all.json\n"), moved.stderr
    assert not elsewhere.exists()
    assert tutor(elsewhere, "--create", "import", "json", "all.json").returncode == 0
    assert tutor(elsewhere, "path").stdout == tutor(_isolated_home, "path").stdout


def test_restore_without_a_file_names_the_backups_and_the_newest_s_command(
    _isolated_home: Path, tmp_path: Path
) -> None:
    """A new user typed `tutor restore` alone and read only 'missing argument FILE'."""

    def tutor(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "tutor", *args],
            env=env(_isolated_home),
            capture_output=True,
            text=True,
        )

    folder = db_path(_isolated_home).parent / "backups"
    a_backup(_isolated_home, tmp_path)  # (the collection exists; backups/ not yet)
    none = tutor("restore")
    assert none.returncode == 2
    assert none.stderr == (
        f"tutor: restore: give the backup FILE to restore; {folder} holds none (tutor backup)\n"
    )
    assert tutor("backup").returncode == 0
    (kept,) = folder.glob("*.sqlite3")
    before = db_path(_isolated_home).read_bytes()
    listed = tutor("restore")
    assert listed.returncode == 2
    assert f"in {folder}: {kept.name}. The newest: tutor restore {kept}" in listed.stderr
    assert db_path(_isolated_home).read_bytes() == before
