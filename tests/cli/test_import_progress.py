"""A fresh import of many files says how far its reading and its making of cards have got,
on a terminal only, and its table of entries is cut short; Ctrl-C midway leaves one line
and nothing imported. TUTOR_PROGRESS_AFTER=0 stands for "the work took longer than a
second"."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from tests.cli.support import DAY1, child_env, query
from tutor import workers

pytestmark = pytest.mark.terminal

FILES = 45  # more than the 40 from which files are parsed by a process per core


def many_entries(folder: Path, count: int = FILES) -> Path:
    """A folder of `count` short notes: one path."""
    folder.mkdir()
    for number in range(count):
        (folder / f"idea-{number:04}.md").write_text(
            f"# Idea {number}\n\nIdea {number} is a made-up notion used to fill a folder"
            f" with entries, number {number} of {count}.\n\n- Idea {number} keeps"
            f" {number % 7} ledgers.\n- Idea {number} is not a queue.\n",
            encoding="utf-8",
        )
    return folder


def env(home: Path) -> dict[str, str]:
    return {**child_env(home, DAY1), "TUTOR_PROGRESS_AFTER": "0"}


def test_a_terminal_sees_the_files_being_read(_isolated_home: Path, tmp_path: Path) -> None:
    child = pexpect.spawn(
        sys.executable,
        ["-m", "tutor", "import", str(many_entries(tmp_path / "ideas"))],
        env=env(_isolated_home),
        encoding="utf-8",
        timeout=120,
        dimensions=(30, 140),
    )
    child.expect(re.compile(rf"Reading files\s.*\d+/{FILES}"))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_a_re_import_sees_its_files_being_read(_isolated_home: Path, tmp_path: Path) -> None:
    # A file imported before is only read, not parsed again (unless its text changed):
    # it is counted as it is read, once, so a re-import of a large folder on a slow disk
    # shows its bar too, and counts an edited file once.
    folder = many_entries(tmp_path / "ideas")
    first = subprocess.run(
        [sys.executable, "-m", "tutor", "import", str(folder)],
        env=env(_isolated_home),
        capture_output=True,
        timeout=120,
    )
    assert first.returncode == 0, first.stderr
    edited = folder / "idea-0003.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nIt was edited.\n")
    child = pexpect.spawn(
        sys.executable,
        ["-m", "tutor", "import", str(folder)],
        env=env(_isolated_home),
        encoding="utf-8",
        timeout=120,
        dimensions=(30, 140),
    )
    child.expect(re.compile(rf"Reading files\s.*?\d+/{FILES}"))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    read = re.findall(rf"Reading files[^\r\n]*?(\d+)/{FILES}\b", child.before)
    counts = {int(done) for done in read}
    assert max(counts) == FILES  # each file once, the edited one too


def test_a_pipe_sees_no_bar(_isolated_home: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tutor", "import", str(many_entries(tmp_path / "ideas"))],
        env=env(_isolated_home),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "Reading files" not in done.stdout
    # 45 new entries: the table shows the first 30, the path's line counts them all
    assert "... and 15 more entries, counted below (--json lists every one)" in done.stdout
    assert f"{FILES} entries" in done.stdout
    assert done.stdout.count("Idea ") == 30


def in_terminal(home: Path, folder: Path) -> pexpect.spawn:
    return pexpect.spawn(
        sys.executable,
        ["-m", "tutor", "import", str(folder)],
        env=env(home),
        encoding="utf-8",
        timeout=240,
        dimensions=(30, 140),
    )


def test_the_cards_of_one_big_path_are_counted_while_they_are_made(
    _isolated_home: Path, tmp_path: Path
) -> None:
    # One folder is one path: its cards were counted only once all were made, so the bar
    # sat empty, then showed 200/200 as the import ended.
    child = in_terminal(_isolated_home, many_entries(tmp_path / "ideas", 200))
    child.expect(re.compile(r"Making cards\s.*?(\d+)/200"))
    first = int(child.match.group(1))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert 0 < first < 200
    assert query(_isolated_home, "SELECT count(*) FROM entry WHERE key LIKE 'ideas/%'") == [(200,)]


@pytest.mark.skipif(workers.cores() < 2, reason="cards are made by one process on one core")
def test_ctrl_c_while_processes_make_cards_prints_one_line_and_imports_nothing(
    _isolated_home: Path, tmp_path: Path
) -> None:
    folder = many_entries(tmp_path / "ideas", 1000)
    # A collection there first: Ctrl-C leaves it as it was (a new one would be removed).
    subprocess.run(
        [sys.executable, "-m", "tutor", "config"], env=env(_isolated_home), capture_output=True
    )
    child = in_terminal(_isolated_home, folder)
    child.expect(re.compile(r"Making cards\s.*?\d+/1000"))
    assert len(running_on(folder)) >= 3  # this import and its workers, one per core
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    said = child.before
    assert child.exitstatus == 130
    assert re.findall(r"tutor: [^\r\n]*", said) == [
        "tutor: interrupted; nothing imported; the collection is as it was"
    ]
    assert "Traceback" not in said and "Process " not in said, said
    assert query(_isolated_home, "SELECT count(*) FROM entry WHERE key LIKE 'ideas/%'") == [(0,)]
    assert running_on(folder) == []


def running_on(folder: Path) -> list[str]:
    """The processes whose command line names `folder` (an import of it and its workers)."""
    found = []
    for process in Path("/proc").iterdir():
        try:
            named = process.name.isdigit() and str(folder).encode() in (
                (process / "cmdline").read_bytes()
            )
        except OSError:  # gone in the meantime
            continue
        if named and (process / "stat").read_text().split()[2] != "Z":
            found.append(process.name)
    return found
