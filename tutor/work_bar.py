"""A progress bar on stderr for long work: done/total, rate, time left.

Drawn only when stderr is a terminal, the command was not asked for --json, and the
work has already taken longer than `delay` (about a second; TUTOR_PROGRESS_AFTER sets
it in seconds): a quick run, a pipe or a script sees nothing extra. The bar is
transient: it is gone when the work ends.

The rate and the time left are the work done so far over the time it took, shown once
there is enough of both to measure (as pip's downloads do): Rich's own estimate, from
the last few updates, gave 1,000 files/s for a first file read in a millisecond.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import timedelta
from types import TracebackType
from typing import Any

DELAY = 1.0
# Enough to measure a rate: this much work, in seconds and (unless counting bytes) in
# things done.
MEASURE_SECONDS = 1.0
MEASURE_ITEMS = 5


class WorkBar:
    """Counts work done; `advance` is cheap enough to call once per card."""

    def __init__(
        self,
        what: str,
        total: int,
        show: bool = True,
        delay: float | None = None,
        in_bytes: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.what = what
        self.in_bytes = in_bytes  # done and total are bytes: shown as MB, rate as MB/s
        self.total = total
        self.done = 0
        self.delay = delay if delay is not None else progress_delay()
        self._show = show
        self._clock = clock
        self._started = clock()
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> WorkBar:
        if self._show:
            from tutor.app import err

            self._show = err().is_terminal
        self._started = self._clock()
        return self

    def advance(self, count: int = 1) -> None:
        self.done += count
        if self._bar is None:
            if not self._show or self._clock() - self._started < self.delay:
                return
            self._start()
        self._bar.update(self._task, completed=self.done)

    def rate(self) -> float | None:
        """Work done per second so far; None until there is enough to measure."""
        elapsed = self._clock() - self._started
        enough = 1 if self.in_bytes else MEASURE_ITEMS
        if elapsed < MEASURE_SECONDS or self.done < enough:
            return None
        return self.done / elapsed

    def rate_text(self) -> str:
        """'120/s' ('1.5 MB/s' counting bytes), or '' while there is too little to tell."""
        rate = self.rate()
        if rate is None:
            return ""
        if self.in_bytes:
            from rich.filesize import decimal

            return f"{decimal(int(rate))}/s"
        return f"{rate:,.0f}/s" if rate >= 10 else f"{rate:.1f}/s"

    def time_left_text(self) -> str:
        """'0:00:42' at the rate so far, or '' while there is too little to tell."""
        rate = self.rate()
        if not rate:
            return ""
        return str(timedelta(seconds=int(max(0, self.total - self.done) / rate)))

    def _start(self) -> None:
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            TextColumn,
        )
        from rich.text import Text

        from tutor.app import err

        bar = self

        class Rate(ProgressColumn):
            def render(self, task: Any) -> Text:
                return Text(bar.rate_text(), style="progress.data.speed")

        class TimeLeft(ProgressColumn):
            def render(self, task: Any) -> Text:
                return Text(bar.time_left_text(), style="progress.remaining")

        self._bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            DownloadColumn() if self.in_bytes else MofNCompleteColumn(),
            Rate(),
            TimeLeft(),
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
