"""A fresh import of many files says how far its reading has got, on a terminal only, and
its table of entries is cut short. TUTOR_PROGRESS_AFTER=0 stands for "the reading took
longer than a second"."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from tests.cli.support import DAY1, child_env

pytestmark = pytest.mark.terminal

FILES = 45  # more than the 40 from which files are parsed by a process per core


def many_entries(folder: Path) -> Path:
    folder.mkdir()
    for number in range(FILES):
        (folder / f"idea-{number:02}.md").write_text(
            f"# Idea {number}\n\nIdea {number} is a made-up notion used to fill a folder"
            f" with entries, number {number} of {FILES}.\n",
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
