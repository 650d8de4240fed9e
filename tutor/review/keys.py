"""Key presses from the terminal (or, for scripts and tests, from any stream).

In a terminal the keys come one at a time without Enter (cbreak mode), and the keys that
send several bytes (arrows, Delete, Home, End) or none that print (Backspace, Ctrl-U,
Ctrl-W, Ctrl-D, a lone Esc) come back as one name each. From a pipe every character is
a key of its own, so scripts can type answers line by line.
"""

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
ESC = "esc"
BACKSPACE = "backspace"
DELETE = "delete"
LEFT, RIGHT, UP, DOWN = "left", "right", "up", "down"
HOME, END = "home", "end"
CTRL_A, CTRL_D, CTRL_E, CTRL_U, CTRL_W = "ctrl-a", "ctrl-d", "ctrl-e", "ctrl-u", "ctrl-w"

_CONTROL = {
    "\r": ENTER,
    "\n": ENTER,
    "\x7f": BACKSPACE,
    "\x08": BACKSPACE,
    "\x01": CTRL_A,
    "\x04": CTRL_D,
    "\x05": CTRL_E,
    "\x15": CTRL_U,
    "\x17": CTRL_W,
}
# The final byte of an escape sequence (ESC [ ... X, or ESC O X) and the key it names.
_SEQUENCE_ENDS = {"A": UP, "B": DOWN, "C": RIGHT, "D": LEFT, "H": HOME, "F": END}
_TILDE_CODES = {"1": HOME, "7": HOME, "4": END, "8": END, "3": DELETE}
_ESC_WAIT = 0.03  # seconds: a lone Esc is one byte with nothing after it


class KeyReader:
    """Reads one key at a time without Enter when stdin is a terminal (cbreak mode).

    `idle`, if given, is called before waiting on a terminal with no key already typed:
    work that must not delay an answer (the database checkpoint) is done then.

    Ctrl-C in a terminal raises KeyboardInterrupt only while a key is awaited. Pressed
    while the screen is drawn or an answer saved, it waits for the next key read (or the
    end of the `with`): an interrupt inside Rich's print can leave its console buffering
    for good, so the summary after it never showed.
    """

    def __init__(
        self, stream: IO[str] | None = None, idle: Callable[[], None] | None = None
    ) -> None:
        self.stream = stream or sys.stdin
        self.idle = idle
        self._saved: list[object] | None = None
        self._back: list[str] = []  # a character read ahead after Esc, to be read again
        self._waiting = False  # in the read of a key: Ctrl-C interrupts at once
        self._interrupted = False  # Ctrl-C came while not waiting: raised at the next read
        self._holding = False  # this reader set Ctrl-C's handler (and puts the old one back)
        self._old_handler: object = None
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
            self._hold_interrupts()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._restore()
        if self._release_interrupts() and kind is None:
            raise KeyboardInterrupt

    def key(self) -> str:
        """The next key: a character, ENTER, a key name (ESC, LEFT, ...), or EOF_KEY."""
        if not (self.is_terminal and self.fd is not None):
            char = self.stream.read(1)
            return ENTER if char in ("\r", "\n") else char
        self._when_idle()
        if self._interrupted:
            self._interrupted = False
            raise KeyboardInterrupt
        self._waiting = True
        try:
            char = self._char()
            if char == "\x1b":
                return self._escape()
        finally:
            self._waiting = False
        return _CONTROL.get(char, char)

    def rest_of_line(self) -> str | None:
        """From a pipe: the rest of the current line (without its end); None at end of input."""
        text = self.stream.readline()
        if not text.endswith("\n"):
            return None
        return text.rstrip("\r\n")

    def _when_idle(self) -> None:
        assert self.fd is not None
        if self.idle is not None and not self._back and not select.select([self.fd], [], [], 0)[0]:
            self.idle()

    def _char(self) -> str:
        assert self.fd is not None
        if self._back:
            return self._back.pop()
        first = os.read(self.fd, 1)
        if not first:
            return EOF_KEY
        # A UTF-8 character is one lead byte and up to three continuation bytes.
        more = 3 if first[0] >= 0xF0 else 2 if first[0] >= 0xE0 else 1 if first[0] >= 0xC0 else 0
        data = first + (os.read(self.fd, more) if more else b"")
        return data.decode("utf-8", "replace")

    def _ready(self) -> bool:
        assert self.fd is not None
        if self._back:
            return True
        return bool(select.select([self.fd], [], [], _ESC_WAIT)[0])

    def _escape(self) -> str:
        if not self._ready():
            return ESC
        opener = self._char()
        if opener not in ("[", "O"):
            # Esc, then a key typed quickly after it (Esc u): both count.
            self._back.append(opener)
            return ESC
        params = ""
        while self._ready():
            char = self._char()
            if not char or "@" <= char <= "~":
                if char == "~":
                    return _TILDE_CODES.get(params.split(";")[0], ESC)
                return _SEQUENCE_ENDS.get(char, ESC)
            params += char
        return ESC

    def _hold_interrupts(self) -> None:
        import signal
        import threading

        if threading.current_thread() is not threading.main_thread():
            return  # only the main thread may set a handler (and gets the signal)

        def on_interrupt(number: int, frame: object) -> None:
            if self._waiting:
                raise KeyboardInterrupt
            self._interrupted = True

        self._old_handler = signal.signal(signal.SIGINT, on_interrupt)
        self._holding = True

    def _release_interrupts(self) -> bool:
        """Put back the handler Ctrl-C had before; whether one came and was not raised."""
        if not self._holding:
            return False
        import signal

        signal.signal(signal.SIGINT, self._old_handler)  # type: ignore[arg-type]
        self._holding = False
        came, self._interrupted = self._interrupted, False
        return came

    def _restore(self) -> None:
        if self._saved is not None and self.fd is not None:
            import termios

            termios.tcsetattr(self.fd, termios.TCSADRAIN, self._saved)  # type: ignore[arg-type]
            self._saved = None


__all__ = [
    "BACKSPACE",
    "CTRL_A",
    "CTRL_D",
    "CTRL_E",
    "CTRL_U",
    "CTRL_W",
    "DELETE",
    "DOWN",
    "END",
    "ENTER",
    "EOF_KEY",
    "ESC",
    "HOME",
    "LEFT",
    "RIGHT",
    "SPACE",
    "UP",
    "KeyReader",
]
