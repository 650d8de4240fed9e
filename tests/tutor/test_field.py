"""The answer field: shell editing on its text, and key names read from a real terminal."""

from __future__ import annotations

import io
import os
import pty
import re
import signal
import threading

import pytest
from rich.console import Console

from tutor.review import keys as k
from tutor.review.field import Ending, LineEdit, read_field
from tutor.review.keys import KeyReader


def edited(*steps: str) -> LineEdit:
    edit = LineEdit()
    for step in steps:
        if not edit.apply(step):
            edit.insert(step)
    return edit


def test_editing_keys_work_as_in_a_shell() -> None:
    assert edited("c", "a", "t", k.BACKSPACE).text == "ca"
    assert edited("a", "c", k.LEFT, "b").text == "abc"
    assert edited("b", "c", k.HOME, "a", k.END, "d").text == "abcd"
    assert edited("b", "c", k.CTRL_A, "a", k.CTRL_E, "d").text == "abcd"
    assert edited("a", "b", k.HOME, k.DELETE).text == "b"
    assert edited("a", "b", k.LEFT, k.CTRL_U).text == "b"
    assert edited(*"two words", k.CTRL_W).text == "two "
    assert edited(*"two words  ", k.CTRL_W).text == "two "
    assert edited(*"end", k.RIGHT, k.DELETE, k.BACKSPACE).text == "en"
    assert edited(k.BACKSPACE, k.LEFT, k.CTRL_W, "x").text == "x"


def test_from_a_pipe_the_first_key_starts_the_answer_and_its_line_completes_it() -> None:
    out = io.StringIO()
    reader = KeyReader(io.StringIO("suspects\nrest"))
    result = read_field(reader, out, "your answer: ")
    assert (result.ending, result.text) == (Ending.SUBMIT, "suspects")
    assert read_field(reader, out, "").ending is Ending.EOF  # a line without its end
    assert read_field(KeyReader(io.StringIO(" x")), out, "").ending is Ending.REVEAL
    assert read_field(KeyReader(io.StringIO("\n\nok\n")), out, "").text == "ok"


@pytest.fixture
def terminal() -> tuple[KeyReader, int]:
    """A KeyReader on the child side of a real pseudo-terminal, and the side that types."""
    typist, screen = pty.openpty()
    reader = KeyReader(os.fdopen(screen, "r", closefd=False))
    with reader:
        yield reader, typist
    os.close(typist)
    os.close(screen)


def test_a_terminal_names_its_keys(terminal: tuple[KeyReader, int]) -> None:
    reader, typist = terminal
    presses = {
        b"\x1b[A": k.UP,
        b"\x1b[D": k.LEFT,
        b"\x1bOC": k.RIGHT,
        b"\x1b[3~": k.DELETE,
        b"\x1b[H": k.HOME,
        b"\x1b[4~": k.END,
        b"\x7f": k.BACKSPACE,
        b"\x04": k.CTRL_D,
        b"\x15": k.CTRL_U,
        b"\x17": k.CTRL_W,
        b"\r": k.ENTER,
        "é".encode(): "é",
        b"q": "q",
    }
    for sent, name in presses.items():
        os.write(typist, sent)
        assert reader.key() == name, sent
    os.write(typist, b"\x1b")  # Esc alone: nothing follows it
    assert reader.key() == k.ESC
    os.write(typist, b"\x1bu")  # Esc and a key at once: both are read
    assert (reader.key(), reader.key()) == (k.ESC, "u")


def test_the_field_in_a_terminal_submits_leaves_and_ends(terminal: tuple[KeyReader, int]) -> None:
    reader, typist = terminal
    out = io.StringIO()
    os.write(typist, b"sus\x7fspects\x1b[D\x1b[C\r")
    assert read_field(reader, out, "> ").text == "suspects"
    assert out.getvalue().endswith("suspects\n")
    os.write(typist, b"half\x1b")
    left = read_field(reader, out, "> ")
    assert (left.ending, left.text) == (Ending.LEAVE, "half")
    os.write(typist, b"\r\r \x04")  # an empty Enter does nothing; Space on an empty field
    assert read_field(reader, out, "> ").ending is Ending.REVEAL
    assert read_field(reader, out, "> ").ending is Ending.EOF  # Ctrl-D on an empty field
    os.write(typist, b"ab\x1b[D\x04\r")  # Ctrl-D inside the text deletes forward
    assert read_field(reader, out, "> ").text == "a"


def test_an_answer_longer_than_the_line_scrolls_instead_of_wrapping(
    terminal: tuple[KeyReader, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A new user's long flag reason on a 100-column terminal left a copy of the field's
    # line on the screen for every key: a wrapped line cannot be redrawn in place.
    monkeypatch.setenv("COLUMNS", "30")
    reader, typist = terminal
    out = io.StringIO()
    typed = "the backend checks every request and enforces the rules"
    os.write(typist, typed.encode() + b"\x1b[H\r")
    assert read_field(reader, out, "> ").text == typed
    frames = [re.sub(r"\x1b\[\d*[A-Za-z]", "", f) for f in out.getvalue().split("\r\x1b[K")]
    assert all(len(frame.rstrip("\n")) <= 29 for frame in frames), frames
    assert frames[1 + len(typed)].endswith("the rules")  # (after the empty field first)
    assert frames[-1].startswith("> the backend") and frames[-1].rstrip().endswith("…")


class _CtrlCWhileDrawn:
    """A renderable that presses Ctrl-C while Rich draws it, as a learner may mid-screen."""

    def __rich__(self) -> str:
        os.kill(os.getpid(), signal.SIGINT)
        return "the card"


def test_ctrl_c_while_a_card_is_drawn_lets_the_screen_finish_and_ends_at_the_next_key(
    terminal: tuple[KeyReader, int],
) -> None:
    # A CI run once ended a review on blank lines: Ctrl-C inside Rich's print can leave
    # its console buffering for good (about 1 interrupt in 400 mid-print), so the summary
    # after it never showed. Ctrl-C now waits for the next key read.
    reader, _typist = terminal
    out = io.StringIO()
    console = Console(file=out, width=40)
    try:
        console.print(_CtrlCWhileDrawn())
    except KeyboardInterrupt:
        pytest.fail("Ctrl-C broke into the drawing of the card")
    with pytest.raises(KeyboardInterrupt):
        reader.key()
    console.print("the summary")
    assert out.getvalue() == "the card\nthe summary\n"


def test_ctrl_c_while_a_key_is_awaited_interrupts_at_once(
    terminal: tuple[KeyReader, int],
) -> None:
    reader, _typist = terminal
    press = threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGINT))
    press.start()
    with pytest.raises(KeyboardInterrupt):
        reader.key()  # no key comes: only Ctrl-C ends the wait
    press.join()


def test_ctrl_c_after_the_last_key_still_ends_the_command() -> None:
    typist, screen = pty.openpty()
    try:
        with pytest.raises(KeyboardInterrupt), KeyReader(os.fdopen(screen, "r", closefd=False)):
            os.kill(os.getpid(), signal.SIGINT)  # the summary is being drawn: no key follows
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        os.close(typist)
        os.close(screen)
