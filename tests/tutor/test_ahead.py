"""A stream made by a forked child (tutor.workers.Ahead), as a large CSV import uses it:
every item in order, the child's error raised where it happened, Ctrl-C left to this
process and no child left behind. The pool of an import or the doctor: test_pool.py."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest

from tutor.workers import Ahead, ChildLost


def gone(pid: int) -> bool:
    """Whether the process has been waited for (not running, not a zombie)."""
    return not Path(f"/proc/{pid}").exists()


def test_items_come_in_order_however_large() -> None:
    # Items far larger than a pipe's buffer, and many small ones.
    def produce() -> Iterator[object]:
        yield from range(2000)
        yield "x" * 3_000_000
        yield [(str(n), n, None) for n in range(50_000)]
        yield {"file": Path("cards.csv")}  # no plain value: sent another way

    with Ahead(produce) as ahead:
        items = list(ahead)
    assert items[:2000] == list(range(2000))
    assert items[2000] == "x" * 3_000_000
    assert items[2001] == [(str(n), n, None) for n in range(50_000)]
    assert items[2002] == {"file": Path("cards.csv")}
    assert len(items) == 2003
    assert gone(ahead.pid)


def test_the_childs_error_is_raised_after_the_items_before_it() -> None:
    def produce() -> Iterator[int]:
        yield 1
        yield 2
        raise ValueError("row 3: prompt: empty")

    received = []
    with Ahead(produce) as ahead, pytest.raises(ValueError, match="row 3: prompt: empty"):
        for item in ahead:
            received.append(item)
    assert received == [1, 2]
    assert gone(ahead.pid)


def test_an_error_that_cannot_be_pickled_still_arrives_as_its_message() -> None:
    class Odd(Exception):
        def __init__(self, lock: object) -> None:
            super().__init__("held a lock")
            self.lock = lock

    def produce() -> Iterator[int]:
        yield 1
        raise Odd(threading.Lock())

    with Ahead(produce) as ahead, pytest.raises(RuntimeError, match="Odd: held a lock"):
        list(ahead)


def test_giving_up_midway_stops_the_child() -> None:
    def forever() -> Iterator[int]:
        number = 0
        while True:
            yield number
            number += 1

    with Ahead(forever) as ahead:
        for item in ahead:
            if item == 3:
                break
        assert not gone(ahead.pid)
    assert gone(ahead.pid)


def test_a_child_that_dies_is_an_error_not_a_short_stream() -> None:
    def produce() -> Iterator[int]:
        yield 1
        os.kill(os.getpid(), signal.SIGKILL)  # the out-of-memory killer, say
        yield 2

    received = []
    with Ahead(produce) as ahead, pytest.raises(ChildLost):
        for item in ahead:
            received.append(item)
    assert received == [1]
    assert gone(ahead.pid)


def test_the_child_leaves_ctrl_c_to_this_process() -> None:
    # Ctrl-C reaches every process of the terminal's group; the child must not die of it
    # and cut the stream short while this process rolls back in good order.
    def produce() -> Iterator[str]:
        os.kill(os.getpid(), signal.SIGINT)
        yield "still here"

    with Ahead(produce) as ahead:
        assert list(ahead) == ["still here"]


def test_a_ctrl_c_right_after_the_fork_is_left_to_this_process() -> None:
    # Ctrl-C reaches the child too, and may come before it has set SIGINT aside: here
    # it comes on the child's first step after the fork (a profile hook set as the child
    # starts sends it). The child must still ignore it, not raise KeyboardInterrupt into
    # this process's code (its transaction, its messages) and die with nothing sent.
    armed = [True]

    def on_first_step(frame: FrameType, _event: str, _arg: object) -> None:
        if frame.f_code is interrupt_the_child.__code__:
            return  # the hook's own return: its errors are not raised
        sys.setprofile(None)
        os.kill(os.getpid(), signal.SIGINT)

    def interrupt_the_child() -> None:
        if armed[0]:
            sys.setprofile(on_first_step)

    os.register_at_fork(after_in_child=interrupt_the_child)  # cannot be taken back: disarmed
    me = os.getpid()
    try:
        with Ahead(lambda: iter(["still here"])) as ahead:
            received = list(ahead)
    except KeyboardInterrupt:
        if os.getpid() != me:  # the child, running this test's code
            os._exit(3)
        raise
    finally:
        armed[0] = False
    assert received == ["still here"]
    assert gone(ahead.pid)
