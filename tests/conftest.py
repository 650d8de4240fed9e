"""Shared fixtures: no test ever touches the real data directory."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED_ENTRIES = Path(__file__).resolve().parents[2] / "shared" / "entries"
FIXTURE_ENTRIES = Path(__file__).resolve().parent / "fixtures" / "entries"


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
