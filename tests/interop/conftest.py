"""The CLI fixtures of tests/cli (`home`, `run`), and a collection with a history."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.conftest import home, run  # noqa: F401
from tests.interop.lived_in import lived_in


@pytest.fixture(scope="session")
def lived_in_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lived-in") / "tutor.sqlite3"
    lived_in(path).close()
    return path


@pytest.fixture
def lived_in_copy(lived_in_template: Path) -> Callable[[Path], Path]:
    """Write the lived-in collection (built once per run) to a path of the test's own."""

    def copy(path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(lived_in_template, path)
        path.chmod(0o600)
        return path

    return copy
