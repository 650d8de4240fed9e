"""A lived-in collection for the card-management tests: two imported paths beside the
built-in one, a day of answers, driven through the real CLI."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.cli.support import DAY1, keys_for
from tutor.cli import app

PATHS = Path(__file__).resolve().parents[1] / "fixtures" / "paths"


@pytest.fixture
def home(_isolated_home: Path) -> Path:
    return _isolated_home


@pytest.fixture
def run(home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Invoke `tutor ARGS` in-process at a given time, with keys on stdin, 80 columns."""
    runner = CliRunner()
    monkeypatch.setenv("COLUMNS", "80")

    def invoke(*args: str, keys: str = "", now: str = DAY1) -> object:
        monkeypatch.setenv("TUTOR_NOW", now)
        return runner.invoke(app, list(args), input=keys, catch_exceptions=False)

    yield invoke


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
