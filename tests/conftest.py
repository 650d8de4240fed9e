"""Shared fixtures: no test ever touches the real data directory."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

SHARED_ENTRIES = Path(__file__).resolve().parents[2] / "shared" / "entries"
FIXTURE_ENTRIES = Path(__file__).resolve().parent / "fixtures" / "entries"


def pytest_configure(config: pytest.Config) -> None:
    # A shell that starts a command in the background (`pytest ... &`, nohup, some CI
    # runners) starts it with SIGINT ignored, and that is inherited by every process the
    # tests spawn: Ctrl-C typed into a pseudo-terminal then does nothing, and each test
    # that quits a review with Ctrl-C waits out its timeout. The tests stand for a learner
    # at a terminal, where Ctrl-C interrupts: give the processes they start that.
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "tutor-home"
    home.mkdir()  # a TUTOR_HOME folder that does not exist is refused (tutor init makes one)
    monkeypatch.setenv("TUTOR_HOME", str(home))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    return home


@pytest.fixture
def backend_vca() -> Path:
    """The real page-layout entry from ../shared/entries; skipped when that folder is absent."""
    path = SHARED_ENTRIES / "backend.vca.txt"
    if not path.exists():
        pytest.skip("../shared/entries/backend.vca.txt is not present")
    return path


@pytest.fixture
def home(_isolated_home: Path) -> Path:
    return _isolated_home


@pytest.fixture
def run(home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Invoke `tutor ARGS` in-process at a given time, with keys on stdin, 80 columns.
    (tests/cli has its own, without the column count its snapshots were taken at.)"""
    from typer.testing import CliRunner

    from tests.cli.support import DAY1
    from tutor.cli import app

    runner = CliRunner()
    monkeypatch.setenv("COLUMNS", "80")

    def invoke(*args: str, keys: str = "", now: str = DAY1) -> object:
        monkeypatch.setenv("TUTOR_NOW", now)
        return runner.invoke(app, list(args), input=keys, catch_exceptions=False)

    yield invoke


@pytest.fixture(params=["in one process", "checked ahead"])
def csv_reading(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """A CSV import read in one process, then by a forked child while this process writes
    (as a large file is on a machine of two cores or more): the same cards either way."""
    from tutor import workers
    from tutor.interop import csv_cards

    if request.param == "checked ahead":
        monkeypatch.setattr(csv_cards, "AHEAD_FROM", 0)
        monkeypatch.setattr(workers, "cores", lambda: 2)
    return str(request.param)


@pytest.fixture
def aheads(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every child that reads ahead (`tutor.workers.Ahead`) made during the test."""
    from tutor import workers

    made: list[Any] = []

    class Watched(workers.Ahead[object]):
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            made.append(self)

    monkeypatch.setattr(workers, "Ahead", Watched)
    return made
