"""A lived-in collection for the card-management tests: two imported paths beside the
built-in one, a day of answers, driven through the real CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.support import keys_for

PATHS = Path(__file__).resolve().parents[1] / "fixtures" / "paths"


@pytest.fixture
def entries(tmp_path: Path) -> Path:
    """A writable copy of the fixture paths: tests edit and delete entry files."""
    copy = tmp_path / "paths"
    shutil.copytree(PATHS, copy)
    return copy


@pytest.fixture
def lived(run, home: Path, entries: Path) -> Path:
    """Both paths imported and 12 cards answered rightly on day 1."""
    result = run("import", str(entries / "garden"), str(entries / "kitchen"))
    assert result.exit_code == 0, result.output
    result = run("review", keys=keys_for(home, 12) + "q")
    assert result.exit_code == 0, result.output
    return home
