"""`tutor import` of many bad files in a real terminal: the first problems, then a count."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_interrupt import env, in_terminal, said

pytestmark = pytest.mark.terminal


def test_a_terminal_sees_the_first_problems_and_a_count_of_the_rest(
    home: Path, tmp_path: Path
) -> None:
    # 25 empty notes: 25 problems, of which a terminal is shown 20; a pipe gets them all.
    folder = tmp_path / "empty"
    folder.mkdir()
    for n in range(25):
        (folder / f"note-{n:02}.md").write_text("", encoding="utf-8")
    lines = said(in_terminal(home, "import", str(folder)))
    about_files = [line for line in lines if "note-" in line]
    assert len(about_files) == 20
    assert "tutor: ... and 5 more problems" in "\n".join(lines)
    assert lines[-1].startswith("tutor: 25 problems; nothing imported")
    piped = subprocess.run(
        [sys.executable, "-m", "tutor", "import", str(folder)],
        env=env(home),
        capture_output=True,
        text=True,
    )
    assert piped.stderr.count("note-") == 25 and "more problems" not in piped.stderr
