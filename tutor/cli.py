"""The `tutor` command line: the app with every command registered, and its entry point."""

from __future__ import annotations

import sys

from tutor.app import app
from tutor.commands import entries, review, settings  # noqa: F401 - registers the commands

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the `tutor` script and `python -m tutor`."""
    try:
        app()
    except BrokenPipeError:  # e.g. `tutor config | head -1`
        sys.stderr.close()
        sys.exit(1)
