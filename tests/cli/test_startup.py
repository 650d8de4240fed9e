"""What a plain command loads: the first card and `--help` import only what they use.

Start-up time is measured in bench/, never asserted here; what is asserted is the list of
modules, read from `python -X importtime`, so a heavy import on the way to the first card
(pydantic through typer, the parser, YAML, SQLAlchemy) fails a test instead of slowing
every review by tens of milliseconds unnoticed.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from tests.cli.support import DAY1, child_env

pytestmark = pytest.mark.terminal

# Third-party packages the first card may load (the standard library is always allowed).
FIRST_CARD_PACKAGES = {
    "tutor",
    "db",
    "cards",
    "fsrs",
    "rich",
    "typer",
    "shellingham",
    "annotated_doc",
    "typing_extensions",
    "platformdirs",
}
# Modules that would each cost the first card tens of milliseconds and are not needed for it.
NEVER_ON_FIRST_CARD = (
    "pydantic",
    "sqlmodel",
    "sqlalchemy",
    "yaml",
    "markdown_it",
    "trafilatura",
    "genanki",
    "fsrs_rs_python",
    "cards.parsing",
    "cards.generation",
    "cards.makers",
    "cards.rules",  # the makers' rules and the name index: about 7 ms of patterns
    "cards.names",
    "tutor.interop.csv_cards",
    "tutor.memory.doctor",
    "tutor.interop.importing",  # only when the built-in path or a new card maker needs it
)
CARD_ON_SCREEN = r"learn\S*\s+\S*\d"


def loaded(importtime_log: str) -> set[str]:
    """The modules a `python -X importtime` log says were imported."""
    found = set()
    for line in importtime_log.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+\d+ \| *(\S+)", line)
        if match:
            found.add(match.group(1))
    return found


def third_party(modules: set[str]) -> set[str]:
    tops = {name.split(".")[0] for name in modules}
    return {
        top
        for top in tops
        if top not in sys.stdlib_module_names
        and not top.startswith(("_", "__editable__"))
        and top not in {"sitecustomize", "usercustomize", "org"}  # site and platform probes
    }


def _first_card_modules(home: Path, tmp_path: Path) -> set[str]:
    env = child_env(home, DAY1)
    # The first command imports the built-in path (and so loads the parser): not timed.
    subprocess.run(
        [sys.executable, "-m", "tutor", "stats"], env=env, capture_output=True, check=True
    )
    log = tmp_path / "importtime.txt"
    child = pexpect.spawn(
        "/bin/sh",
        ["-c", f'exec "{sys.executable}" -X importtime -m tutor review 2>"{log}"'],
        env=env,
        encoding="utf-8",
        timeout=30,
        dimensions=(40, 100),
    )
    child.expect(CARD_ON_SCREEN)
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    return loaded(log.read_text())


def test_the_first_card_loads_only_what_it_shows(_isolated_home: Path, tmp_path: Path) -> None:
    modules = _first_card_modules(_isolated_home, tmp_path)
    assert "tutor.review.session" in modules  # the log is read right: the session did load
    assert third_party(modules) <= FIRST_CARD_PACKAGES
    heavy = [name for name in NEVER_ON_FIRST_CARD if name in modules]
    assert heavy == []


def test_help_loads_no_command_code(_isolated_home: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "tutor", "--help"],
        env=child_env(_isolated_home, DAY1),
        capture_output=True,
        text=True,
        check=True,
    )
    modules = loaded(done.stderr)
    assert "Usage: " in done.stdout
    assert third_party(modules) <= {"tutor", "typer", "shellingham", "annotated_doc", "rich"}
    for name in ("db", "cards", "fsrs", "pydantic", "sqlite3", "tutor.review.session"):
        assert name not in modules
