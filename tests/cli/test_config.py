"""`tutor config`: settings shown, and a change said with what it replaced."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.reliability.support import DAY1
from tutor.cli import app


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, _isolated_home: Path) -> CliRunner:
    monkeypatch.setenv("TUTOR_NOW", DAY1)
    return CliRunner()


def test_a_setting_changed_says_what_it_was(runner: CliRunner) -> None:
    # A new user set new_per_day to 5 and was shown only the 5.
    assert runner.invoke(app, ["config", "new_per_day", "12"]).exit_code == 0
    changed = runner.invoke(app, ["config", "new_per_day", "5"])
    assert changed.exit_code == 0
    assert re.search(r"new_per_day\s+5 \(was 12\)", changed.stdout), changed.stdout
    same = runner.invoke(app, ["config", "new_per_day", "5"])
    assert same.exit_code == 0
    assert "(was" not in same.stdout  # nothing changed: nothing to say it was
    shown = runner.invoke(app, ["config", "new_per_day"])
    assert re.search(r"new_per_day\s+5\s", shown.stdout), shown.stdout
