"""An import shared between processes (parsing files, generating paths) plans exactly what
one process plans: the same entries, cards and errors, in the same order."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from db import Store
from tutor import importing

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def folders(tmp_path: Path) -> list[Path]:
    """Two paths of several steps, loose entries of other paths, and a file that fails."""
    for name in ("garden", "kitchen"):
        shutil.copytree(FIXTURES / "paths" / name, tmp_path / name)
    shutil.copytree(FIXTURES / "entries", tmp_path / "loose")
    (tmp_path / "loose" / "broken.md").write_text("no title, no sections\n")
    return [tmp_path / "garden", tmp_path / "kitchen", tmp_path / "loose"]


def _plan(tmp_path: Path, name: str, folders: list[Path], processes: int) -> list[object]:
    files, errors = importing.find_entry_files(folders)
    assert errors == []
    with Store.open(tmp_path / f"{name}.sqlite3") as store:
        given, parse_errors = importing.read_given(store, files)
        planned = list(importing.plan_paths(store, given, processes=processes))
    return [given, [str(error) for error in parse_errors], planned]


def test_shared_import_plans_what_one_process_plans(
    tmp_path: Path, folders: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = _plan(tmp_path, "alone", folders, processes=1)
    monkeypatch.setattr(importing, "SHARED_FROM", 1)  # share even these few files
    monkeypatch.setattr(importing, "_cores", lambda: 2)
    shared = _plan(tmp_path, "shared", folders, processes=2)
    _given, errors, planned = alone
    assert len(errors) == 1 and "broken.md" in errors[0]
    assert len(planned) >= 3  # more paths than processes
    assert sum(len(write.cards) for _, write in planned) > 50  # type: ignore[attr-defined]
    assert shared == alone
