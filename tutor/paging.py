"""Long output through the learner's pager when it is read in a terminal, as git does."""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

from rich.console import Console, RenderableType
from rich.text import Text


def show(
    console: Console, renderable: RenderableType, lines: int | None = None, page: bool = True
) -> None:
    """Print `renderable`; through a pager when stdout is a terminal and `lines` (about how
    many it takes; without it, the lines it is drawn in at this width, counted only when a
    pager could be wanted) do not fit on the screen."""
    if page and sys.stdout.isatty():
        if lines is None:
            lines = len(console.render_lines(renderable, console.options, pad=False))
        if lines > console.size.height - 2:
            # less shows colours only with -R; a learner's own LESS setting is kept.
            os.environ.setdefault("LESS", "-FRX")
            with console.pager(styles=True):
                console.print(renderable)
            return
    console.print(renderable)


def show_lines(console: Console, lines: Iterator[Text], page: bool = True) -> int:
    """Print lines as they come; through a pager when stdout is a terminal and they do not
    fit on the screen. Returns how many lines there were."""
    room = console.size.height - 2
    first = list(itertools.islice(lines, room + 1))
    rest = itertools.chain(first, lines)
    if page and sys.stdout.isatty() and len(first) > room:
        os.environ.setdefault("LESS", "-FRX")
        with console.pager(styles=True):
            return _print_lines(console, rest)
    return _print_lines(console, rest)


def show_written(write: Callable[[Any], None], page: bool = True) -> None:
    """What `write` prints on the stream it is given; through a pager when stdout is a
    terminal and it does not fit on the screen, as `show` does. For output drawn by
    another package's console (`tutor preview`'s tables, drawn by `cards`)."""
    from tutor.app import unpadded

    if not (page and sys.stdout.isatty()):
        write(unpadded(sys.stdout))
        return
    held = _Held(sys.stdout)
    write(held)
    text = "".join(held.parts)
    if text.count("\n") > os.get_terminal_size(sys.stdout.fileno()).lines - 2:
        from rich.pager import SystemPager

        os.environ.setdefault("LESS", "-FRX")
        SystemPager().show(text)
        return
    sys.stdout.write(text)


class _Held:
    """Stdout as a console sees it (a terminal, its size and encoding), keeping what is
    written, for it to be paged once it is whole."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def flush(self) -> None:
        pass

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)  # isatty, fileno, encoding


def _print_lines(console: Console, lines: Iterator[Text]) -> int:
    # A thousand lines per print: one Text each would cost Rich's layout per line.
    count = 0
    while True:
        chunk = list(itertools.islice(lines, 1000))
        if not chunk:
            return count
        count += len(chunk)
        console.print(Text("\n").join(chunk), soft_wrap=True)


__all__ = ["show", "show_lines", "show_written"]
