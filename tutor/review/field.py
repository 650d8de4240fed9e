"""A one-line text field for typed answers, edited as in a shell.

Letters go into the answer from the first key; no key typed into the field ever runs a
command. Enter submits, Esc leaves the field (the card's single-key commands work again),
Ctrl-D on an empty field ends input as in a shell, Ctrl-C interrupts. Editing: Left,
Right, Home/Ctrl-A, End/Ctrl-E, Backspace, Delete, Ctrl-U (clear to the start), Ctrl-W
(the word before the cursor).

From a pipe there is no editing: the first character starts the answer and the rest of
its line completes it.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from enum import Enum
from typing import IO

from tutor.review import keys as k
from tutor.review.keys import KeyReader
from tutor.ui import clean


class Ending(str, Enum):
    SUBMIT = "submit"  # Enter with an answer
    REVEAL = "reveal"  # Space on an empty field: show the answer without one
    LEAVE = "leave"  # Esc: back to the card's commands
    EOF = "eof"  # Ctrl-D on an empty field, or the end of input
    HELP = "help"  # ? on an empty field: the field's keys


@dataclass(frozen=True)
class FieldResult:
    ending: Ending
    text: str = ""


@dataclass
class LineEdit:
    """The text and cursor of the field; pure, so that editing is testable without a tty."""

    text: str = ""
    cursor: int = 0

    def insert(self, chars: str) -> None:
        self.text = self.text[: self.cursor] + chars + self.text[self.cursor :]
        self.cursor += len(chars)

    def apply(self, key: str) -> bool:
        """Apply an editing key; False when `key` is not one."""
        text, at = self.text, self.cursor
        if key == k.BACKSPACE:
            if at:
                self.text, self.cursor = text[: at - 1] + text[at:], at - 1
        elif key in (k.DELETE, k.CTRL_D):
            self.text = text[:at] + text[at + 1 :]
        elif key == k.LEFT:
            self.cursor = max(0, at - 1)
        elif key == k.RIGHT:
            self.cursor = min(len(text), at + 1)
        elif key in (k.HOME, k.CTRL_A):
            self.cursor = 0
        elif key in (k.END, k.CTRL_E):
            self.cursor = len(text)
        elif key == k.CTRL_U:
            self.text, self.cursor = text[at:], 0
        elif key == k.CTRL_W:
            start = len(text[:at].rstrip(" "))
            start = text.rfind(" ", 0, start) + 1
            self.text, self.cursor = text[:start] + text[at:], start
        else:
            return False
        return True


def read_field(
    keys: KeyReader,
    out: IO[str],
    label: str,
    first: str | None = None,
    answer: bool = True,
    typed: str = "",
) -> FieldResult:
    """Read a typed answer after `label`; `first` is a key already pressed, if any, and
    `typed` the text the field held when it was left (Esc), to go on with.

    For an answer, an empty Enter does nothing, Space on an empty field asks to see the
    answer instead and `?` on an empty field asks for the keys. Any other line
    (`answer=False`, e.g. a reason) may be empty.
    """
    if not keys.is_terminal:
        return _read_piped(keys, first, answer)
    edit = LineEdit(typed, len(typed))
    _draw(out, label, edit)
    pending = first
    while True:
        key = pending if pending is not None else keys.key()
        pending = None
        if key == k.EOF_KEY:
            return FieldResult(Ending.EOF, edit.text)
        if key == k.ENTER:
            if edit.text.strip() or not answer:
                out.write("\n")
                out.flush()
                return FieldResult(Ending.SUBMIT, edit.text.strip())
            continue
        if key == k.ESC:
            out.write("\n")
            out.flush()
            return FieldResult(Ending.LEAVE, edit.text)
        if key == k.CTRL_D and not edit.text:
            out.write("\n")
            out.flush()
            return FieldResult(Ending.EOF)
        if key == "?" and not edit.text and answer:
            out.write("\r\x1b[K")  # the empty field's line makes way for the key list
            out.flush()
            return FieldResult(Ending.HELP)
        if key == k.SPACE and not edit.text and answer:
            out.write("\n")
            out.flush()
            return FieldResult(Ending.REVEAL)
        if not edit.apply(key) and len(key) == 1 and key.isprintable():
            edit.insert(key)
        _draw(out, label, edit)


def _read_piped(keys: KeyReader, first: str | None, answer: bool) -> FieldResult:
    key = first if first is not None else keys.key()
    if key == k.ENTER and not answer:
        return FieldResult(Ending.SUBMIT, "")
    while key == k.ENTER:
        key = keys.key()
    if key == k.EOF_KEY:
        return FieldResult(Ending.EOF)
    if key == k.SPACE and answer:
        return FieldResult(Ending.REVEAL)
    rest = keys.rest_of_line()
    if rest is None:
        return FieldResult(Ending.EOF)
    text = (key + rest).strip()
    if text == "?" and answer:
        return FieldResult(Ending.HELP)
    return FieldResult(Ending.SUBMIT, text)


def _draw(out: IO[str], label: str, edit: LineEdit) -> None:
    """The field's line, redrawn in place. A text too long for the line scrolls sideways
    to keep the cursor in view ('…' where it goes on), as a shell's line does: a line
    that wrapped could not be redrawn in place, and each key left a copy of it."""
    shown = clean(edit.text)
    at = len(clean(edit.text[: edit.cursor]))
    window, column = visible_part(shown, at, _columns(out) - len(label) - 1)
    back = len(window) - column
    out.write("\r\x1b[K" + label + window + (f"\x1b[{back}D" if back else ""))
    out.flush()


def visible_part(text: str, cursor: int, room: int) -> tuple[str, int]:
    """The part of `text` a line of `room` columns shows with the cursor at `cursor` in
    view, '…' standing for what is cut at either end; and the cursor's column in it."""
    room = max(room, _NARROWEST)
    if len(text) <= room:
        return text, cursor
    start = max(0, min(cursor - room + 1, len(text) - room))
    window = text[start : start + room]
    if start:
        window = "…" + window[1:]
    if start + room < len(text):
        window = window[:-1] + "…"
    return window, cursor - start


_NARROWEST = 8  # columns the field keeps for its text, however narrow the terminal


def _columns(out: IO[str]) -> int:
    """The width of the terminal `out` writes to (the environment's, or 80, if none)."""
    try:
        return os.get_terminal_size(out.fileno()).columns
    except (AttributeError, OSError, ValueError):
        return shutil.get_terminal_size().columns


__all__ = ["Ending", "FieldResult", "LineEdit", "read_field"]
