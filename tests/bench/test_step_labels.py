"""db.labels.step_title, what the review session labels each card with, read when the
card is shown: the step's title as all_steps() gives it."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from db import Store
from db.labels import step_title
from tutor.interop.importing import ensure_builtin, find_entry_files, plan_import, read_entries

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "entries"
NOW = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)


def test_each_step_is_labelled_with_its_title(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "tutor.sqlite3")
    ensure_builtin(store, NOW)
    files, _ = find_entry_files([FIXTURES])
    parsed, _ = read_entries(files)
    store.save_import(plan_import(store, parsed).write, NOW)
    steps = store.all_steps()
    titles = {step.key: step_title(store, step.key) for step in steps}
    missing = step_title(store, "no-such/step")
    store.close()
    assert len(steps) > 8  # the built-in path and the fixtures
    assert titles == {step.key: step.title for step in steps}
    assert missing is None
