"""A progress bar on stderr for long work: done/total, rate, time left.

Drawn only when stderr is a terminal, the command was not asked for --json, and the
work has already taken longer than `delay` (about a second; TUTOR_PROGRESS_AFTER sets
it in seconds): a quick run, a pipe or a script sees nothing extra. The bar is
transient: it is gone when the work ends.
"""

from __future__ import annotations

import os
import time
from types import TracebackType
from typing import Any

DELAY = 1.0


class WorkBar:
    """Counts work done; `advance` is cheap enough to call once per card."""

    def __init__(
        self,
        what: str,
        total: int,
        show: bool = True,
        delay: float | None = None,
        in_bytes: bool = False,
    ) -> None:
        self.what = what
        self.in_bytes = in_bytes  # done and total are bytes: shown as MB, rate as MB/s
        self.total = total
        self.done = 0
        self.delay = delay if delay is not None else progress_delay()
        self._show = show
        self._started = time.monotonic()
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> WorkBar:
        if self._show:
            from tutor.app import err

            self._show = err().is_terminal
        self._started = time.monotonic()
        return self

    def advance(self, count: int = 1) -> None:
        self.done += count
        if self._bar is None:
            if not self._show or time.monotonic() - self._started < self.delay:
                return
            self._start()
        self._bar.update(self._task, completed=self.done)

    def _start(self) -> None:
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            TextColumn,
            TimeRemainingColumn,
            TransferSpeedColumn,
        )
        from rich.text import Text

        from tutor.app import err

        class Rate(ProgressColumn):
            def render(self, task: Any) -> Text:
                speed = task.speed
                return Text(f"{speed:,.0f}/s" if speed else "", style="progress.data.speed")

        counts: tuple[ProgressColumn, ...] = (
            (DownloadColumn(), TransferSpeedColumn())
            if self.in_bytes
            else (MofNCompleteColumn(), Rate())
        )
        self._bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            *counts,
            TimeRemainingColumn(),
            console=err(),
            transient=True,
        )
        self._task = self._bar.add_task(self.what, total=self.total, completed=self.done)
        self._bar.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def progress_delay() -> float:
    """Seconds of work before a progress line is drawn: TUTOR_PROGRESS_AFTER, else DELAY."""
    try:
        return max(0.0, float(os.environ.get("TUTOR_PROGRESS_AFTER", DELAY)))
    except ValueError:
        return DELAY
