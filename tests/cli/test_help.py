"""Every command says what it does: `--help` works and no command lacks its help text."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import typer.main

from tutor.cli import app


def _commands(group: Any, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    # Typer bundles its own click; a group is whatever has sub-commands.
    found = []
    for name, command in group.commands.items():
        found.append(((*prefix, name), command))
        if hasattr(command, "commands"):
            found += _commands(command, (*prefix, name))
    return found


def test_every_command_and_group_has_help_text() -> None:
    root = typer.main.get_command(app)
    commands = _commands(root)
    names = {" ".join(path) for path, _ in commands}
    assert {"review", "import", "preview", "path", "check", "stats", "optimize", "config"} <= names
    assert {"export anki", "export csv", "export json", "export revlog", "backup"} <= names
    missing = [" ".join(path) for path, command in commands if not (command.help or "").strip()]
    assert missing == []


def test_help_of_every_command_runs_and_exits_0(run) -> None:
    root = typer.main.get_command(app)
    for path, _ in _commands(root):
        result = run(*path, "--help")
        assert result.exit_code == 0, (path, result.output)
        assert "Usage: " in result.output


def test_tutor_with_no_arguments_shows_the_commands() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tutor"], capture_output=True, text=True, timeout=60
    )
    assert "review" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr
