"""The pool of an import's and the doctor's workers (tutor.workers.forked_pool): results
in order, a worker's exception raised where its result is taken, Ctrl-C left to this
process, and a pool left midway ended at once, with no process or thread left behind."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from pathlib import Path
from types import FrameType

import pytest

from tests.processes import children
from tutor.workers import ChildLost, RaisedInWorker, forked_pool


def gone(pid: int) -> bool:
    """Whether the process has been waited for (not running, not a zombie)."""
    return not Path(f"/proc/{pid}").exists()


def threads() -> set[threading.Thread]:
    return set(threading.enumerate())


# What the workers run: functions found by name, as the pool pickles them.


def _double(number: int) -> int:
    return number * 2


def _sized(number: int) -> str:
    # Every tenth result is larger than a pipe's buffer.
    return str(number) * (100_000 if number % 10 == 0 else 1)


def _refuse(number: int) -> int:
    if number == 7:
        raise ValueError(f"entry {number}: no title")
    return number


class _Odd(Exception):
    def __init__(self, lock: object) -> None:
        super().__init__("held a lock")
        self.lock = lock


def _raise_unpicklable() -> None:
    raise _Odd(threading.Lock())


def _busy_in_c(_: int) -> int:
    # One long call into C, which runs no signal handler until it returns, as pickling
    # a large result does: such a worker never acted on the SIGTERM multiprocessing.Pool
    # stops its workers with, and leaving the pool waited for it.
    return sum(range(10**12))


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)  # the out-of-memory killer, say


_SEEN_BY_FORK: list[str] = []


def _inherited() -> list[str]:
    return _SEEN_BY_FORK


def test_results_come_in_order_however_large() -> None:
    with forked_pool(2) as pool:
        assert list(pool.imap(_sized, range(200), chunksize=7)) == [_sized(n) for n in range(200)]
        pending = [pool.apply_async(_sized, (n,)) for n in range(30)]
        assert [one.get() for one in reversed(pending)] == [_sized(n) for n in reversed(range(30))]
        workers = pool.pids
    assert len(workers) == 2 and all(gone(pid) for pid in workers)


def test_workers_see_what_this_process_held_when_they_were_forked() -> None:
    _SEEN_BY_FORK[:] = ["parsed entries"]
    try:
        with forked_pool(2) as pool:
            _SEEN_BY_FORK[:] = ["changed after the fork"]
            assert pool.apply_async(_inherited).get() == ["parsed entries"]
    finally:
        _SEEN_BY_FORK.clear()


def test_a_workers_exception_reaches_the_caller_after_the_results_before_it() -> None:
    received = []
    with forked_pool(2) as pool:
        with pytest.raises(ValueError, match="entry 7: no title") as raised:
            for number in pool.imap(_refuse, range(20)):
                received.append(number)
        assert received == list(range(7))
        # Its cause says where in the worker it was raised, for a traceback to show.
        assert isinstance(raised.value.__cause__, RaisedInWorker)
        assert 'in _refuse\n    raise ValueError(f"entry {number}: no title")' in str(
            raised.value.__cause__
        )
        # The worker goes on: the pool is whole.
        assert pool.apply_async(_double, (21,)).get() == 42
        with pytest.raises(RuntimeError, match="_Odd: held a lock"):  # cannot be pickled
            pool.apply_async(_raise_unpicklable).get()
    assert children() == []


def test_a_busy_pool_left_by_an_error_ends_at_once_and_leaves_nothing_behind() -> None:
    # An import that fails while its workers are generating cards (a write fails, a bad
    # file rolls everything back): the error comes out at once, and no worker process
    # nor thread of the pool is left. Before, leaving waited 3 s for workers that did not
    # act on SIGTERM, then killed them, leaving the pool's threads waiting.
    before = threads()
    with pytest.raises(RuntimeError, match="a write failed"), forked_pool(2) as pool:
        workers = pool.pids
        pending = [pool.apply_async(_busy_in_c, (n,)) for n in range(4)]
        time.sleep(0.2)  # the workers are inside their C calls
        assert not any(gone(pid) for pid in workers)
        left = time.monotonic()
        raise RuntimeError("a write failed")
    # Bound only a hang would reach: the workers would be busy for hours.
    assert time.monotonic() - left < 10
    assert all(gone(pid) for pid in workers)
    assert children() == []
    assert threads() == before
    assert len(pending) == 4


def test_a_worker_that_dies_is_an_error_not_a_wait_for_ever() -> None:
    before = threads()
    with forked_pool(2) as pool:
        workers = pool.pids
        with pytest.raises(ChildLost, match="stopped unexpectedly"):
            pool.apply_async(_die).get()
    assert all(gone(pid) for pid in workers)
    assert children() == []
    assert threads() == before


# Ctrl-C reaches every process of the terminal's group. The workers leave it to this
# process as Ahead's child does: a worker it stopped printed its traceback on the
# learner's terminal, and lost the job it held.


def _interrupted_worker() -> str:
    os.kill(os.getpid(), signal.SIGINT)
    return "still here"


def test_the_pools_workers_leave_ctrl_c_to_this_process(capfd: pytest.CaptureFixture[str]) -> None:
    with forked_pool(2) as pool:
        workers = pool.pids
        assert pool.apply_async(_interrupted_worker).get() == "still here"
    assert capfd.readouterr().err == ""
    assert all(gone(pid) for pid in workers)


def test_a_ctrl_c_right_after_a_workers_fork_is_left_to_this_process(
    capfd: pytest.CaptureFixture[str],
) -> None:
    # As for Ahead: Ctrl-C comes on each worker's first step after its fork, before it
    # has set SIGINT aside. No worker may die of it (printing its traceback).
    armed = [True]

    def on_first_step(frame: FrameType, _event: str, _arg: object) -> None:
        if frame.f_code is interrupt_the_worker.__code__:
            return
        sys.setprofile(None)
        os.kill(os.getpid(), signal.SIGINT)

    def interrupt_the_worker() -> None:
        if armed[0]:
            sys.setprofile(on_first_step)

    os.register_at_fork(after_in_child=interrupt_the_worker)
    me = os.getpid()
    try:
        with forked_pool(2) as pool:
            made = list(pool.imap(str.upper, ["a", "b", "c"]))
            alive = [pid for pid in pool.pids if not gone(pid)]
    except KeyboardInterrupt:
        if os.getpid() != me:  # a worker, running this test's code
            os._exit(3)
        raise
    finally:
        armed[0] = False
    assert made == ["A", "B", "C"]
    assert len(alive) == 2  # none died of it
    err = capfd.readouterr().err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


def test_a_ctrl_c_while_the_pool_works_stops_it_and_its_workers() -> None:
    before = threads()
    with pytest.raises(KeyboardInterrupt), forked_pool(2) as pool:
        workers = pool.pids
        pending = [pool.apply_async(time.sleep, (30,)) for _ in range(2)]
        os.kill(os.getpid(), signal.SIGINT)
        for one in pending:
            one.get()
    assert all(gone(pid) for pid in workers)
    assert threads() == before
