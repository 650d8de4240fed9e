"""Single key presses from the terminal (or, for scripts and tests, from any stream)."""

from __future__ import annotations

import os
import select
import sys
from collections.abc import Callable
from types import TracebackType
from typing import IO

ENTER = "\n"
SPACE = " "
EOF_KEY = ""  # the input ended: treated as quit


class KeyReader:
    """Reads one key at a time without Enter when stdin is a terminal (cbreak mode).

    Typed answers are read as whole lines with normal terminal editing. When stdin is not
    a terminal (a pipe, a test runner), keys are read one character at a time.

    `idle`, if given, is called before waiting on a terminal with no key already typed:
    work that must not delay an answer (the database checkpoint) is done then.
    """

    def __init__(
        self, stream: IO[str] | None = None, idle: Callable[[], None] | None = None
    ) -> None:
        self.stream = stream or sys.stdin
        self.idle = idle
        self._saved: list[object] | None = None
        try:
            self.fd: int | None = self.stream.fileno()
        except (AttributeError, OSError, ValueError):
            self.fd = None
        self.is_terminal = self.fd is not None and os.isatty(self.fd)

    def __enter__(self) -> KeyReader:
        if self.is_terminal:
            import termios
            import tty

            assert self.fd is not None
            self._saved = termios.tcgetattr(self.fd)
            tty.setcbreak(self.fd)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._restore()

    def key(self) -> str:
        """The next key: a single character, ENTER, or EOF_KEY when input has ended."""
        if self.is_terminal and self.fd is not None:
            self._when_idle()
            data = os.read(self.fd, 1)
            if not data:
                return EOF_KEY
            char = data.decode("utf-8", "replace")
            if char == "\x1b":
                self._drain()  # an arrow or function key: its sequence is not a key of ours
            return ENTER if char == "\r" else char
        char = self.stream.read(1)
        return ENTER if char == "\r" else char

    def line(self) -> str | None:
        """A typed line with normal editing; None when input has ended."""
        if self.is_terminal and self._saved is not None and self.fd is not None:
            import termios

            termios.tcsetattr(self.fd, termios.TCSADRAIN, self._saved)  # type: ignore[arg-type]
            self._when_idle()
            try:
                return _read_line_fd(self.fd)
            finally:
                import tty

                tty.setcbreak(self.fd)
        text = self.stream.readline()
        return None if text == "" else text.rstrip("\r\n")

    def _when_idle(self) -> None:
        assert self.fd is not None
        if self.idle is not None and not select.select([self.fd], [], [], 0)[0]:
            self.idle()

    def _drain(self) -> None:
        assert self.fd is not None
        while select.select([self.fd], [], [], 0.02)[0]:
            if not os.read(self.fd, 16):
                return

    def _restore(self) -> None:
        if self._saved is not None and self.fd is not None:
            import termios

            termios.tcsetattr(self.fd, termios.TCSADRAIN, self._saved)  # type: ignore[arg-type]
            self._saved = None


def _read_line_fd(fd: int) -> str | None:
    # The terminal is in canonical mode here, so one read returns one edited line.
    chunks: list[bytes] = []
    while True:
        data = os.read(fd, 4096)
        if not data:
            return None if not chunks else b"".join(chunks).decode("utf-8", "replace")
        chunks.append(data)
        if data.endswith(b"\n"):
            return b"".join(chunks).decode("utf-8", "replace").rstrip("\r\n")
