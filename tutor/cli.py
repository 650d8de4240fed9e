"""The `tutor` command line: the app with every command registered, and its entry point."""

from __future__ import annotations

import sys

from tutor.app import app

# isort: off
# Importing a command module registers its commands, in this order in --help.
from tutor.commands import (  # noqa: F401
    review,
    today,
    entries,
    path,
    cards,
    read,
    stats,
    optimize,
    export,
    backup,
    doctor,
    config,
)
# isort: on

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the `tutor` script and `python -m tutor`."""
    from tutor.lazy_commands import command_group

    try:
        command_group(app)()
    except BrokenPipeError:  # e.g. `tutor config | head -1`
        sys.stderr.close()
        sys.exit(1)
    except OSError as error:  # click's own output (help, version) to a full disk
        from tutor.quick_help import unwritable

        unwritable(error)
