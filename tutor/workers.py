"""Processes that share one command's work: how many there are, the pool they form, and
a stream made ahead by a child.

An import generates cards, and the doctor replays review logs, in pure Python: one core
each, so both fork a worker per core when the work is large. Forking (not spawning)
hands the workers what the parent has already read, without pickling it. A large CSV
import is a stream instead: one child checks the rows (`Ahead`) while the parent writes.
"""

from __future__ import annotations

import contextlib
import gc
import marshal
import os
import pickle
import signal
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, BinaryIO, Generic, NoReturn, TypeVar

T = TypeVar("T")


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@contextmanager
def forked_pool(processes: int) -> Iterator[Any]:
    """A multiprocessing pool of `processes` processes forked from this one.

    Every object made so far is frozen first: the workers' cycle collector never walks
    what they inherited (nor writes to the pages holding it, which stay shared).
    Leaving thaws every frozen object, so pools are not nested (and nothing else here
    freezes). Fork before any thread starts (a progress bar's): a child inherits no
    held lock. The workers ignore Ctrl-C, as `Ahead`'s child does: it reaches every
    process of the terminal's group, and each worker it stopped printed its own
    traceback; this process handles it, and leaving the pool ends the workers.
    """
    import multiprocessing

    gc.freeze()
    # Ctrl-C is held back over the forks (one that came before a worker set it aside
    # would raise KeyboardInterrupt there); the pool's own threads keep it held back, so
    # it always comes to this thread, and a worker they fork later sets it aside too.
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        pool = multiprocessing.get_context("fork").Pool(
            processes, initializer=_leave_ctrl_c, initargs=(held,)
        )
        try:
            # A Ctrl-C held back meanwhile is raised here, where leaving ends the pool.
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
            yield pool
        except BaseException:
            _stop_pool(pool)
            raise
        # Every result taken: the workers are idle, and end when told there is no more.
        pool.close()
        pool.join()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        gc.unfreeze()


# How long a pool left midway (an error, Ctrl-C) may take to end before its workers are
# killed outright.
_STOP_WITHIN = 3.0


def _stop_pool(pool: Any) -> None:
    """End a pool whose workers may be busy, in bounded time.

    `terminate` stops the workers and then waits for the pool's threads, which can wait
    for ever on a lock a stopped worker held (seen about once in fifteen failed imports
    while cards came back). So it runs aside; past `_STOP_WITHIN` seconds every worker
    still there is killed and this process goes on (the pool's threads are daemons).
    """
    import multiprocessing
    import threading

    before = {child.pid for child in multiprocessing.active_children()}
    ending = threading.Thread(target=pool.terminate, daemon=True)
    ending.start()
    ending.join(_STOP_WITHIN)
    if ending.is_alive():
        for child in multiprocessing.active_children():
            if child.pid in before and child.pid is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(child.pid, signal.SIGKILL)
                child.join(1)


def _leave_ctrl_c(held: set[signal.Signals]) -> None:  # pragma: no cover (in the worker)
    # A Ctrl-C held back since the fork is dropped as SIGINT is ignored.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Leaving the pool stops busy workers with SIGTERM. Killed outright, a worker in the
    # middle of sending its result kept the result queue's lock, which the processes
    # share, and the pool then waited for it for ever: stopped by an exception instead,
    # it lets go of every lock it holds on its way out.
    signal.signal(signal.SIGTERM, _stop)
    signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _stop(_signal: int, _frame: object) -> NoReturn:  # pragma: no cover (in the worker)
    raise SystemExit(1)


# A batch of work that holds a million small objects until it ends, with almost no
# reference cycles (an import's parsed entries and cards): at CPython's default thresholds
# (a collection every 700 new objects, the older ones walked again every 10 and 100) the
# cycle collector took about a sixth of a 1,000-entry import's CPU.
_BATCH_THRESHOLDS = (50_000, 20, 20)


@contextmanager
def seldom_collected() -> Iterator[None]:
    """The cycle collector runs seldom inside, and as before once it is left."""
    before = gc.get_threshold()
    gc.set_threshold(*_BATCH_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


class Ahead(Generic[T]):
    """The items of `produce()`, made by a forked child while this process uses them.

    Two cores, one stream: a CSV import checks its rows in the child while this process
    writes the rows already checked. The child starts at once (make it before any thread
    does, as for `forked_pool`) and sends each item down a pipe: marshalled when it is
    made of tuples, lists, strings and numbers alone (several times cheaper), pickled
    otherwise. It may be an item or so ahead of the reader, never more (the pipe blocks
    it). What `produce` raises is raised here, after the items before it, so a
    transaction this process holds rolls back as it would have in one process. Closing
    (or leaving the `with`) before the end stops the child; the child ignores Ctrl-C,
    which this process handles.

    The child must not use what cannot cross a fork: an SQLite connection opened here,
    a lock another thread may hold.
    """

    def __init__(self, produce: Callable[[], Iterable[T]]) -> None:
        read, write = os.pipe()
        # Ctrl-C is held back over the fork: one that came before the child set it aside
        # would raise KeyboardInterrupt in the child, into the caller's code. This
        # process gets it once it has the pipe (and can stop the child).
        held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            self.pid = os.fork()  # the child's
            if self.pid == 0:  # pragma: no cover (the child: coverage does not follow it)
                os.close(read)
                _produce_into(write, produce, held)
            os.close(write)
            self._pipe: BinaryIO | None = open(read, "rb", buffering=_BUFFER)  # noqa: SIM115
            self._ended = False
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)

    def __iter__(self) -> Iterator[T]:
        pipe = self._pipe
        if pipe is None:
            raise ValueError("the child was stopped")
        while True:
            try:
                sort, value = _receive(pipe)
            except (EOFError, ValueError, pickle.UnpicklingError):  # cut off mid-message
                self.close()
                raise ChildLost("the process checking the input stopped unexpectedly") from None
            if sort == _ITEM:
                yield value
            elif sort == _END:
                self._ended = True
                self.close()
                return
            else:
                self.close()
                raise value

    def close(self) -> None:
        """Stop the child if it is still at work, and wait for it."""
        if self._pipe is None:
            return
        self._pipe.close()
        self._pipe = None
        if not self._ended:
            os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)

    def __enter__(self) -> Ahead[T]:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class ChildLost(RuntimeError):
    """The process making the items died before it ended them (killed, out of memory)."""


_ITEM, _END, _RAISED = 0, 1, 2
_MARSHALLED, _PICKLED = b"m", b"p"
_BUFFER = 1 << 20


def _produce_into(
    descriptor: int, produce: Callable[[], Iterable[Any]], held: set[signal.Signals]
) -> NoReturn:
    # The child's whole life: it never returns into the caller's code, and leaves with
    # os._exit, so no buffer or atexit handler of the parent runs twice. A Ctrl-C held
    # back since the fork is dropped as SIGINT is ignored.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_SETMASK, held)
    status = 0
    try:
        with open(descriptor, "wb", buffering=_BUFFER) as pipe:
            try:
                for item in produce():
                    _send(pipe, (_ITEM, item))
                    pipe.flush()
                message: tuple[int, Any] = (_END, None)
            except Exception as error:  # handed to the parent, which raises it
                status = 1
                message = (_RAISED, _picklable(error))
            _send(pipe, message)
    except BaseException:  # the parent has gone (a broken pipe): nobody to tell
        status = 1
    finally:
        os._exit(status)


def _send(pipe: BinaryIO, message: tuple[int, Any]) -> None:
    # Each message: its form (one byte), its length (eight), its bytes.
    try:
        form, data = _MARSHALLED, marshal.dumps(message)
    except ValueError:  # an object marshal does not know (a dataclass, an exception)
        form, data = _PICKLED, pickle.dumps(message, pickle.HIGHEST_PROTOCOL)
    pipe.write(form + len(data).to_bytes(8, "little"))
    pipe.write(data)


def _receive(pipe: BinaryIO) -> tuple[int, Any]:
    head = pipe.read(9)
    size = int.from_bytes(head[1:], "little")
    data = pipe.read(size)
    if len(head) < 9 or len(data) < size:
        raise EOFError
    message: tuple[int, Any] = (
        marshal.loads(data) if head[:1] == _MARSHALLED else pickle.loads(data)
    )
    return message


def _picklable(error: Exception) -> Exception:
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error
