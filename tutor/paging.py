"""Long output through the learner's pager when it is read in a terminal, as git does."""

from __future__ import annotations

import os
import sys

from rich.console import Console, RenderableType


def show(console: Console, renderable: RenderableType, lines: int, page: bool = True) -> None:
    """Print `renderable`; through a pager when stdout is a terminal and `lines` (about how
    many it takes) do not fit on the screen."""
    if page and sys.stdout.isatty() and lines > console.size.height - 2:
        # less shows colours only with -R; a learner's own LESS setting is kept.
        os.environ.setdefault("LESS", "-FRX")
        with console.pager(styles=True):
            console.print(renderable)
        return
    console.print(renderable)


__all__ = ["show"]
