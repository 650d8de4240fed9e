"""A large CSV file is checked by a forked child (tutor.workers.Ahead) while this process
writes: what the learner sees when that child goes wrong."""

from __future__ import annotations

import os
import random
import signal
from pathlib import Path
from typing import Any

import pytest

from tests.cli.support import db_path
from tests.interop.test_csv_streaming import rows_text
from tutor import workers
from tutor.interop import csv_cards


def test_a_child_killed_midway_is_one_line_and_nothing_imported(
    tmp_path: Path, home: Path, run, monkeypatch: pytest.MonkeyPatch, aheads: list[Any]
) -> None:
    # The child that checks a large file dies (the out-of-memory killer, a `kill -9`)
    # after this process has written its first part: one clear line, everything rolled
    # back, no traceback and no process left behind.
    monkeypatch.setattr(csv_cards, "AHEAD_FROM", 0)
    monkeypatch.setattr(workers, "cores", lambda: 2)
    checked = csv_cards.CsvImport._checked_ahead

    def killed_after_one_part(self: csv_cards.CsvImport, files: object) -> object:
        parts = checked(self, files)  # type: ignore[arg-type]
        yield next(parts)
        os.kill(os.getpid(), signal.SIGKILL)

    monkeypatch.setattr(csv_cards.CsvImport, "_checked_ahead", killed_after_one_part)
    file = tmp_path / "cards.csv"
    file.write_text(rows_text(random.Random(6)), encoding="utf-8")
    result = run("import", "csv", str(file))
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines[-1] == (
        "tutor: the process checking the input stopped unexpectedly; nothing imported"
    )
    assert not db_path(home).exists()  # nothing written: not even the new collection
    assert len(aheads) == 1
    with pytest.raises(ChildProcessError):
        os.waitpid(aheads[0].pid, os.WNOHANG)
