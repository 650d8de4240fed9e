"""A progress line on stderr for work done in named steps (a restore, a fit).

Like `tutor.work_bar.WorkBar` it is drawn only on a terminal, never with --json, and
only once the work has run longer than about a second (TUTOR_PROGRESS_AFTER); it is gone
when the work ends. Each step says what it is doing and, where it can count, how far it
is ("Copying the backup 1,200/57,700"). Work that runs inside SQLite or Rust without
letting Python run cannot move the line; its time jumps when that step returns.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

Progress = Callable[[str, int, int], None]  # (what, done, total); total 0: not counted


def no_progress(what: str, done: int, total: int) -> None:
    return None


class Phases:
    """`with Phases(show=...) as progress: work(progress)`."""

    def __init__(self, show: bool = True, delay: float | None = None) -> None:
        from tutor.work_bar import _delay

        self.show = show
        self.delay = delay if delay is not None else _delay()
        self.bar: Any = None
        self.task: Any = None
        self.started = time.monotonic()
        self.latest: tuple[str, int, int] | None = None

    def __enter__(self) -> Progress:
        if self.show:
            from tutor.app import err

            self.show = err().is_terminal
        self.started = time.monotonic()
        return self.update

    def update(self, what: str, done: int, total: int) -> None:
        self.latest = (what, done, total)
        if not self.show:
            return
        if self.bar is None:
            if time.monotonic() - self.started < self.delay:
                return
            self._start()
        count = f"{done:,}/{total:,}" if total else ""
        self.bar.update(
            self.task, description=what, completed=done, total=total or None, count=count
        )
        self.bar.refresh()

    def _start(self) -> None:
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        from tutor.app import err

        self.bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.fields[count]}"),
            TimeElapsedColumn(),
            console=err(),
            transient=True,
        )
        self.task = self.bar.add_task("", total=None, count="")
        self.bar.start()

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None
