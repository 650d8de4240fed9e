"""Ctrl-C in a long command, in a real terminal: one line that says what it meant for that
command (the doctor changed nothing, an import imported nothing, an export wrote no
file), exit code 130, and nothing changed. TUTOR_PROGRESS_AFTER=0 draws the progress bar
at once, so the test knows the work has begun."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from functools import partial
from pathlib import Path

import pexpect
import pytest

from tests.cli import support
from tests.cli.support import db_path, query
from tests.cli.support import progress_env as env

pytestmark = pytest.mark.terminal


# The doctor replays a long history here: minutes on a busy machine.
in_terminal = partial(support.in_terminal, timeout=240)


def said(child: pexpect.spawn) -> list[str]:
    """The `tutor: ...` lines the command printed, once it has ended."""
    child.expect(pexpect.EOF)
    child.close()
    return re.findall(r"tutor: [^\r\n]*", child.before)


def long_history(home: Path, folder: Path, cards: int = 15_000, reviews: int = 30) -> None:
    """A collection of `cards` cards with `reviews` answers each: seconds of replay for
    the doctor (below the size it shares between processes)."""
    folder.mkdir()
    file = folder / "deck.csv"
    rows = [f"Deck,Step {n // 100},faq,Question {n}?,Answer {n}\n" for n in range(cards)]
    file.write_text("path,step,kind,prompt,answer\n" + "".join(rows), encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "tutor", "import", "csv", str(file)],
        env=env(home),
        capture_output=True,
        check=True,
    )
    conn = sqlite3.connect(db_path(home))
    ids = [card_id for (card_id,) in conn.execute("SELECT id FROM card")]
    day = 86_400_000
    start = 1_772_400_000_000
    with conn:
        conn.executemany(
            "INSERT INTO review (card_id, rating, reviewed_at, state_before, mode)"
            " VALUES (?, ?, ?, ?, 'review')",
            (
                (card_id, 1 if k % 5 == 0 else 3, start + k * 2 * day + i, 0 if k == 0 else 2)
                for i, card_id in enumerate(ids)
                for k in range(reviews)
            ),
        )
    conn.close()


def states(home: Path) -> list[tuple[object, ...]]:
    return query(home, "SELECT * FROM card_state ORDER BY card_id")


def test_ctrl_c_in_the_doctor_says_nothing_was_changed(
    _isolated_home: Path, tmp_path: Path
) -> None:
    long_history(_isolated_home, tmp_path / "deck")
    before = states(_isolated_home)
    child = in_terminal(_isolated_home, "doctor", "--fix")
    child.expect(r"Replaying review logs\s.*\d+/\d+")
    child.sendintr()
    lines = said(child)
    assert child.exitstatus == 130
    assert lines == ["tutor: interrupted; nothing was changed: the check only reads the collection"]
    assert "answer" not in child.before  # not the review's message about saved answers
    assert "Traceback" not in child.before
    assert states(_isolated_home) == before
    assert list(_isolated_home.glob("*.doctor-*.bak")) == []  # --fix never got as far as a copy


def test_ctrl_c_while_an_import_reads_its_files_imports_nothing(
    _isolated_home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    for number in range(1500):
        (folder / f"note-{number:04}.md").write_text(
            f"# Note {number}\n\nNote {number} is a made-up notion that fills a folder.\n\n"
            + "".join(f"- Note {number} keeps ledger {k}.\n" for k in range(30)),
            encoding="utf-8",
        )
    subprocess.run(
        [sys.executable, "-m", "tutor", "config"], env=env(_isolated_home), capture_output=True
    )
    before = query(_isolated_home, "SELECT key FROM entry ORDER BY key")
    child = in_terminal(_isolated_home, "import", str(folder))
    child.expect(r"Reading files\s.*\d+/1500")
    child.sendintr()
    lines = said(child)
    assert child.exitstatus == 130
    assert lines == ["tutor: interrupted; nothing imported; the collection is as it was"]
    assert "Traceback" not in child.before
    assert query(_isolated_home, "SELECT key FROM entry ORDER BY key") == before


def test_ctrl_c_in_an_import_into_a_new_collection_leaves_none(
    _isolated_home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    for number in range(1500):
        (folder / f"note-{number:04}.md").write_text(
            f"# Note {number}\n\nNote {number} is a made-up notion that fills a folder.\n",
            encoding="utf-8",
        )
    child = in_terminal(_isolated_home, "import", str(folder))
    child.expect(r"Reading files\s.*\d+/1500")
    child.sendintr()
    assert said(child) == ["tutor: interrupted; nothing imported; the collection is as it was"]
    assert child.exitstatus == 130
    assert list(_isolated_home.iterdir()) == []  # the collection it had made is gone again


def test_ctrl_c_in_an_export_writes_no_file(_isolated_home: Path, tmp_path: Path) -> None:
    long_history(_isolated_home, tmp_path / "deck", reviews=20)
    target = tmp_path / "all.json"
    child = in_terminal(_isolated_home, "export", "json", str(target))
    child.expect(r"Writing\s.*\d+/\d+")
    child.sendintr()
    lines = said(child)
    assert child.exitstatus == 130, child.before  # (what it printed, when it is not)
    assert lines == [f"tutor: interrupted; nothing written to {target}"]
    assert not target.exists()
    assert list(tmp_path.glob(".*partial")) == []


def test_ctrl_c_at_the_remove_question_removes_nothing(_isolated_home: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "tutor", "config"], env=env(_isolated_home), capture_output=True
    )
    before = query(_isolated_home, "SELECT id, retired_at FROM card ORDER BY id")
    child = in_terminal(_isolated_home, "path", "remove", "system-basics")
    child.expect(r"It has no reviews to keep in the log\. \[y/N\] ")
    child.sendintr()
    lines = said(child)
    assert child.exitstatus == 130
    assert lines == ["tutor: interrupted; nothing removed"]
    assert re.search(r"\r?\ntutor: interrupted", child.before)  # on a line of its own
    assert query(_isolated_home, "SELECT id, retired_at FROM card ORDER BY id") == before


def test_ctrl_c_in_an_import_of_a_collection_leaves_no_new_file(
    _isolated_home: Path, tmp_path: Path
) -> None:
    long_history(_isolated_home, tmp_path / "deck", reviews=10)
    document = tmp_path / "all.json"
    subprocess.run(
        [sys.executable, "-m", "tutor", "export", "json", str(document)],
        env=env(_isolated_home),
        capture_output=True,
        check=True,
    )
    fresh = tmp_path / "fresh.sqlite3"
    child = in_terminal(_isolated_home, "--db", str(fresh), "import", "json", str(document))
    child.expect(pexpect.TIMEOUT, timeout=1.0)  # at work: seconds of rows to check and write
    assert child.isalive()
    child.sendintr()
    lines = said(child)
    assert child.exitstatus == 130
    assert lines == ["tutor: interrupted; nothing imported; the collection is as it was"]
    assert list(tmp_path.glob("fresh.sqlite3*")) == []  # no empty collection left behind
