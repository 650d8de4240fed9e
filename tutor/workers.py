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
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO, Generic, NoReturn, TypeVar, cast

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

T = TypeVar("T")


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@contextmanager
def forked_pool(processes: int) -> Iterator[Pool]:
    """A `Pool` of `processes` processes forked from this one, ended on leaving.

    Every object made so far is frozen first: the workers' cycle collector never walks
    what they inherited (nor writes to the pages holding it, which stay shared).
    Leaving thaws every frozen object, so pools are not nested (and nothing else here
    freezes). Fork before any thread starts (a progress bar's): a child inherits no
    held lock. The workers ignore Ctrl-C, as `Ahead`'s child does: it reaches every
    process of the terminal's group, and each worker it stopped printed its own
    traceback; this process handles it, and leaving the pool ends the workers.
    """
    gc.freeze()
    # Ctrl-C is held back over the forks (one that came before a worker set it aside
    # would raise KeyboardInterrupt there), and over the start of the pool's thread,
    # which keeps it held back: it always comes to this thread.
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        pool = Pool(processes, held)
        try:
            # A Ctrl-C held back meanwhile is raised here, where leaving ends the pool.
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
            yield pool
        finally:
            # A second Ctrl-C waits the few milliseconds the pool takes to end.
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
            pool.end()
    finally:
        gc.unfreeze()
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


class Pool:
    """Forked workers that run functions for this process: results in order, a worker's
    exception raised where its result is taken.

    Each worker has two pipes of its own, one for its jobs and one for its results, and
    shares no lock with any other process. That is why it is not `multiprocessing.Pool`:
    there all the workers read jobs from one pipe and write results to another, under
    locks the processes share, and ending the pool midway takes the jobs' lock, asks
    the workers to stop (SIGTERM) and waits for each. A worker that did not act on the
    signal kept it waiting for ever: one inside a long C call (pickling a large result),
    or one the signal reached just before it blocked on that lock (its handler never
    ran; about one failed import in twenty). Here ending a pool kills its workers
    outright (SIGKILL: nothing in a worker is worth keeping) and waits only for them:
    a worker killed in the middle of a message spoils only its own pipe, which nobody
    reads again.

    One thread of this process reads the results as they come, so that a worker never
    waits for this process to take one, and hands each worker its next job at once.
    """

    def __init__(self, processes: int, held: set[signal.Signals]) -> None:
        from multiprocessing.connection import Connection

        self._workers: list[_Worker] = []
        self._jobs: deque[tuple[int, bytes]] = deque()  # not yet handed to a worker
        self._outcomes: dict[int, bytes] = {}  # by ticket, until taken
        self._tickets = 0
        self._lost = False  # a worker died by itself: what it had will never come
        self._changed = threading.Condition()  # guards all of the above
        try:
            for _ in range(processes):
                jobs_read, jobs_write = os.pipe()
                results_read, results_write = os.pipe()
                ours = [jobs_write, results_read]  # this pool's ends of the pipes
                for worker in self._workers:
                    ours += [worker.jobs.fileno(), worker.results.fileno()]
                pid = os.fork()
                if pid == 0:  # pragma: no cover (a worker: coverage does not follow it)
                    _serve(jobs_read, results_write, ours, held)
                os.close(jobs_read)
                os.close(results_write)
                self._workers.append(
                    _Worker(
                        pid,
                        Connection(jobs_write, readable=False),
                        Connection(results_read, writable=False),
                    )
                )
            self._reader = threading.Thread(
                target=self._read_results, name="pool results", daemon=True
            )
            self._reader.start()
        except BaseException:
            self.end()
            raise

    @property
    def pids(self) -> list[int]:
        """The workers' process ids."""
        return [worker.pid for worker in self._workers]

    def apply_async(self, function: Callable[..., T], args: tuple[Any, ...] = ()) -> Pending[T]:
        """`function(*args)` run by a worker; its result is taken with `.get()`.

        `function` must be found by name (defined at the top of a module): it is
        pickled, as are `args` and the result.
        """
        job = pickle.dumps((function, args), pickle.HIGHEST_PROTOCOL)
        with self._changed:
            ticket = self._tickets
            self._tickets += 1
            idle = next((worker for worker in self._workers if worker.ticket is None), None)
            if idle is None:
                self._jobs.append((ticket, job))
            else:
                self._hand(idle, ticket, job)
        return Pending(self, ticket)

    def imap(
        self, function: Callable[[Any], T], items: Iterable[Any], chunksize: int = 1
    ) -> Iterator[T]:
        """`function` of each item, in order, run by the workers `chunksize` items at a
        time. Every item is handed out at once, before the first result is asked for."""
        listed = list(items)
        runs = [
            self.apply_async(_each, (function, listed[start : start + chunksize]))
            for start in range(0, len(listed), max(1, chunksize))
        ]
        return (result for run in runs for result in run.get())

    def end(self) -> None:
        """Kill the workers, whatever they are doing, and wait for them and the thread."""
        for worker in self._workers:
            with contextlib.suppress(ProcessLookupError):
                os.kill(worker.pid, signal.SIGKILL)
        for worker in self._workers:
            worker.jobs.close()
            with contextlib.suppress(ChildProcessError):
                os.waitpid(worker.pid, 0)
        # Every result pipe is at its end now (its one writer is gone): the thread stops.
        reader = getattr(self, "_reader", None)
        if reader is not None and reader.is_alive():
            reader.join()
        for worker in self._workers:
            worker.results.close()
        self._workers = []

    def _take(self, ticket: int) -> Any:
        with self._changed:
            while ticket not in self._outcomes:
                if self._lost:
                    raise ChildLost(
                        "a worker process stopped unexpectedly (killed, or out of memory)"
                    )
                self._changed.wait()
            data = self._outcomes.pop(ticket)
        done, value = pickle.loads(data)
        if not done:
            error, where = value
            raise error from RaisedInWorker(where)
        return value

    def _hand(self, worker: _Worker, ticket: int, job: bytes) -> None:
        # Called holding the lock. The worker is idle, so it reads the job as it comes.
        worker.ticket = ticket
        with contextlib.suppress(OSError):  # it died: its results pipe tells the thread
            worker.jobs.send_bytes(job)

    def _read_results(self) -> None:
        from multiprocessing.connection import wait

        by_pipe = {worker.results: worker for worker in self._workers}
        while by_pipe:
            for ready in wait(list(by_pipe)):
                worker = by_pipe[cast("Connection", ready)]
                try:
                    data: bytes | None = worker.results.recv_bytes()
                except (EOFError, OSError):  # the worker died (or the pool ended)
                    del by_pipe[worker.results]
                    data = None
                with self._changed:
                    if data is None:
                        # Killed by the system (out of memory) or by `end`: what it
                        # was doing, and any job later handed to it, will never come.
                        self._lost = True
                    elif worker.ticket is not None:
                        self._outcomes[worker.ticket] = data
                        worker.ticket = None
                        if self._jobs:
                            self._hand(worker, *self._jobs.popleft())
                    self._changed.notify_all()


class RaisedInWorker(Exception):
    """The cause given to an exception a pool's worker raised: the worker's traceback."""


class Pending(Generic[T]):
    """A job handed to a pool: `get()` waits for its result."""

    def __init__(self, pool: Pool, ticket: int) -> None:
        self._pool = pool
        self._ticket = ticket

    def get(self) -> T:
        """The job's result; what the job raised is raised here."""
        result: T = self._pool._take(self._ticket)
        return result


@dataclass
class _Worker:
    pid: int
    jobs: Connection  # written by this process
    results: Connection  # read by the pool's thread
    ticket: int | None = None  # of the job it is doing


def _each(function: Callable[[Any], T], items: list[Any]) -> list[T]:  # pragma: no cover
    return [function(item) for item in items]


def _serve(
    jobs: int, results: int, others: list[int], held: set[signal.Signals]
) -> NoReturn:  # pragma: no cover (in the worker)
    # A worker's whole life: it never returns into the caller's code, and leaves with
    # os._exit, so no buffer or atexit handler of the parent runs twice. A Ctrl-C held
    # back since the fork is dropped as SIGINT is ignored. The pool's ends of every
    # worker's pipes are closed: a worker holds no other's, so each pipe has one reader
    # and one writer, and ends when either of them does.
    status = 0
    try:
        from multiprocessing.connection import Connection

        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        for descriptor in others:
            os.close(descriptor)
        take, give = Connection(jobs, writable=False), Connection(results, readable=False)
        while True:
            try:
                job = take.recv_bytes()
            except EOFError:  # the pool has ended
                break
            try:
                function, args = pickle.loads(job)
                data = pickle.dumps((True, function(*args)), pickle.HIGHEST_PROTOCOL)
            except Exception as error:  # handed to the parent, which raises it
                where = traceback.format_exc()
                data = pickle.dumps((False, (_picklable(error), where)), pickle.HIGHEST_PROTOCOL)
            give.send_bytes(data)
    except BaseException:  # the parent has gone (a broken pipe): nobody to tell
        status = 1
    finally:
        os._exit(status)


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
    """A forked process died before it ended its work (killed, out of memory): the
    child making `Ahead`'s items, or a worker of a `Pool`."""


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
