"""A progress line on stderr for work done in named steps (a restore, a fit).

Like `tutor.work_bar.WorkBar` it is drawn only on a terminal, never with --json, and
only once the work has run longer than about a second (TUTOR_PROGRESS_AFTER); it is gone
when the work ends. Each step says what it is doing and, where it can count, how far it
is ("Copying the review rows 4/16"). A step that reports nothing while it runs (a fetch,
a fit in Rust, a statement inside SQLite) is drawn by a timer once it has taken longer
than that, and its elapsed time keeps moving. Not for work that forks processes (the
timer is a thread).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

Progress = Callable[[str, int, int], None]  # (what, done, total); total 0: not counted


def no_progress(what: str, done: int, total: int) -> None:
    return None


class Phases:
    """`with Phases(show=...) as progress: work(progress)`."""

    def __init__(self, show: bool = True, delay: float | None = None) -> None:
        from tutor.work_bar import progress_delay

        self.show = show
        self.delay = delay if delay is not None else progress_delay()
        self.bar: Any = None
        self.task: Any = None
        self.started = time.monotonic()
        self.latest: tuple[str, int, int] | None = None
        self.lock = threading.Lock()
        self.timer: threading.Timer | None = None
        self.ended = False

    def __enter__(self) -> Progress:
        if self.show:
            from tutor.app import err

            self.show = err().is_terminal
        self.started = time.monotonic()
        return self.update

    def update(self, what: str, done: int, total: int) -> None:
        with self.lock:
            self.latest = (what, done, total)
            if not self.show:
                return
            if self.bar is None:
                if time.monotonic() - self.started < self.delay:
                    # A step that never reports again (a fetch, a fit) must still be
                    # shown once it has taken long enough: a timer draws it then.
                    if self.timer is None:
                        self.timer = threading.Timer(self.delay, self._late)
                        self.timer.daemon = True
                        self.timer.start()
                    return
                self._start()
            self._draw()

    def _late(self) -> None:
        with self.lock:
            if self.show and self.bar is None and self.latest is not None and not self.ended:
                self._start()
                self._draw()

    def _draw(self) -> None:
        assert self.latest is not None
        what, done, total = self.latest
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
        with self.lock:
            self.ended = True
            if self.timer is not None:
                self.timer.cancel()
            if self.bar is not None:
                self.bar.stop()
                self.bar = None
