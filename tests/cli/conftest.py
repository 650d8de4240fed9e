"""Fixtures for driving the real CLI in-process with CliRunner."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.cli.support import DAY1
from tutor.cli import app


@pytest.fixture
def home(_isolated_home: Path) -> Path:
    return _isolated_home


@pytest.fixture
def run(home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Invoke `tutor ARGS` in-process at a given time, with keys on stdin."""
    runner = CliRunner()

    def invoke(*args: str, keys: str = "", now: str = DAY1) -> object:
        monkeypatch.setenv("TUTOR_NOW", now)
        return runner.invoke(app, list(args), input=keys, catch_exceptions=False)

    yield invoke
