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


def test_the_lazy_group_shows_the_help_typer_would_build() -> None:
    # `tutor` builds each command only when it is used; what a user reads must be what
    # typer builds from the same functions: the list of commands with their summaries,
    # and each command's own help.
    from tutor.lazy_commands import command_group

    eager = typer.main.get_command(app)
    lazy = command_group(app)
    for path, command in _commands(eager):
        parent_eager, parent_lazy = eager, lazy
        for name in path[:-1]:
            parent_eager = parent_eager.commands[name]
            parent_lazy = parent_lazy.commands[name]
        built = parent_lazy.commands[path[-1]]
        with built.make_context("tutor", ["--help"], resilient_parsing=True) as ctx:
            lazy_help = built.get_help(ctx)
        with command.make_context("tutor", ["--help"], resilient_parsing=True) as ctx:
            eager_help = command.get_help(ctx)
        assert lazy_help == eager_help, path
    with lazy.make_context("tutor", [], resilient_parsing=True) as ctx:
        lazy_top = lazy.get_help(ctx)
    with eager.make_context("tutor", [], resilient_parsing=True) as ctx:
        eager_top = eager.get_help(ctx)
    assert lazy_top == eager_top
    assert "review" in lazy_top and "Review today's due cards" in lazy_top


def test_a_mistyped_command_is_answered_with_the_nearest_names() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tutor", "revew"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert done.stderr == (
        "tutor: no such command 'revew'. Did you mean 'review', 'preview'? (tutor --help)\n"
    )
    assert "Traceback" not in done.stderr


def test_the_list_of_commands_builds_none_of_them() -> None:
    # Building a command reads its function's signature and annotations (about 0.6 ms
    # each); `tutor --help` lists 15 commands and must not pay for any of them. Like
    # test_startup's list of modules, this guards start-up cost without timing anything.
    from tutor.lazy_commands import command_group

    group = command_group(app)
    with group.make_context("tutor", [], resilient_parsing=True) as ctx:
        listing = group.get_help(ctx)
    assert "cards" in listing
    assert group.commands._built == {}  # type: ignore[attr-defined]
    group.commands["stats"]
    assert list(group.commands._built) == ["stats"]  # type: ignore[attr-defined]
