"""Output piped to a file or another program: what a script or `grep` reads."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.cli.support import DAY1, child_env, tutor_command
from tests.conftest import FIXTURE_ENTRIES


@pytest.mark.parametrize(
    "args",
    [
        ("path",),
        ("stats", "--no-pager"),
        ("read", "backend", "--no-pager"),
        ("preview", str(FIXTURE_ENTRIES / "cache.md")),
    ],
)
def test_piped_lines_end_without_padding(_isolated_home: Path, args: tuple[str, ...]) -> None:
    # A learner's `tutor read backend > file` and `tutor path | less` ended every line of
    # a table or panel in the blanks that fill it out to the terminal's width.
    done = subprocess.run(
        [*tutor_command(), *args],
        env=child_env(_isolated_home, DAY1),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) > 3, done.stdout
    padded = [line for line in lines if line != line.rstrip()]
    assert padded == [], padded[:3]
