"""A new collection's built-in path comes from the plan shipped with it.

The shipped plan must be what the card maker makes of the shipped entries today: a new
learner's collection is then the same whichever way it was made, and only faster.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest

import cards
from db import Store
from tutor.interop import builtin_cards, card_maker
from tutor.interop.builtin_cards import (
    plan_for_new_collection,
    shipped_writes,
    snapshot,
)
from tutor.interop.importing import (
    GivenEntry,
    builtin_files,
    builtin_given,
    ensure_builtin,
    import_given,
)

NOW = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)
REFRESH = "python -m tutor.interop.builtin_cards"


def _tables(file: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(file)
    try:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("path", "entry", "card", "card_tally")
        }
    finally:
        conn.close()


def test_the_shipped_plan_is_what_the_card_maker_makes_today(tmp_path: Path) -> None:
    files = builtin_files()
    store = Store.open(tmp_path / "plan.sqlite3")
    try:
        planned = plan_for_new_collection(store, files)
    finally:
        store.close()
    shipped = shipped_writes(files)
    assert shipped is not None, f"the shipped plan is out of date: run `{REFRESH}`"
    assert snapshot(shipped, files) == snapshot(planned, files), (
        f"the card maker makes other built-in cards than those shipped: run `{REFRESH}`"
        f" (and bump GENERATION_VERSION, now {card_maker.GENERATION_VERSION}, if it is not)"
    )


def test_a_new_collection_from_the_shipped_plan_equals_one_planned_now(tmp_path: Path) -> None:
    shipped_file, planned_file = tmp_path / "shipped.sqlite3", tmp_path / "planned.sqlite3"
    with Store.open(shipped_file) as store:
        assert ensure_builtin(store, NOW)
        assert store.card_count() > 100
    with Store.open(planned_file) as store:
        import_given(store, builtin_given(builtin_files()), NOW)
    assert _tables(shipped_file) == _tables(planned_file)


def test_a_plan_from_another_card_maker_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = builtin_files()
    assert shipped_writes(files) is not None
    monkeypatch.setattr(card_maker, "GENERATION_VERSION", "g-next")
    assert shipped_writes(files) is None
    # nor from edited entries
    monkeypatch.undo()
    edited = [(name, text.replace("Frontend", "Front end")) for name, text in files]
    assert shipped_writes(edited) is None


def test_a_stale_plan_still_gives_a_new_collection_its_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(builtin_cards, "SNAPSHOT_NAME", "no-such-file.json")
    with Store.open(tmp_path / "t.sqlite3") as store:
        assert ensure_builtin(store, NOW)
        steps = [step.title for step in store.path_steps("System Basics")]
    assert steps[:3] == ["Frontend", "Backend", "API"]
    assert _tables(tmp_path / "t.sqlite3")["card"]


def test_a_collection_holding_entries_is_given_the_path_planned_beside_them(
    tmp_path: Path,
) -> None:
    # (A collection loaded from a document has entries before its built-in path.) Other
    # paths' entries may lend the built-in cards their wrong options, so the plan made
    # beside nothing is not taken: the path is what planning it there gives.
    note = "# Cache\n\nA cache is a small, fast store that keeps copies of data read often.\n"
    made = []
    for name in ("ensured", "planned"):
        with Store.open(tmp_path / f"{name}.sqlite3") as store:
            entry = cards.parse(note, file="/notes/cache.md")
            import_given(store, [GivenEntry(entry, note, "cache-1")], NOW)
            if name == "ensured":
                assert ensure_builtin(store, NOW)
            else:
                import_given(store, builtin_given(builtin_files()), NOW)
            assert [step.title for step in store.path_steps("System Basics")][:1] == ["Frontend"]
        made.append(_tables(tmp_path / f"{name}.sqlite3"))
    assert made[0] == made[1]
