"""db.labels.step_labels, the bench's faster stand-in for all_steps() in the review
session, gives exactly the titles and summary headings all_steps() gives."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from db import Store
from db.labels import step_labels
from tutor.interop.importing import ensure_builtin, find_entry_files, plan_import, read_entries

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "entries"
NOW = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)


def test_labels_match_the_steps_summary_headings_and_titles(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "tutor.sqlite3")
    ensure_builtin(store, NOW)
    files, _ = find_entry_files([FIXTURES])
    parsed, _ = read_entries(files)
    store.save_import(plan_import(store, parsed).write, NOW)
    steps = store.all_steps()
    expected = {
        step.key: (
            step.title,
            next((ref.heading for ref in step.sections if ref.kind == "summary"), step.title),
        )
        for step in steps
    }
    labels = step_labels(store)
    store.close()
    assert len(steps) > 8  # the built-in path and the fixtures
    assert labels == expected
