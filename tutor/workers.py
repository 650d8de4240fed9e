"""Processes that share one command's work: how many there are, and the pool they form.

An import generates cards, and the doctor replays review logs, in pure Python: one core
each, so both fork a worker per core when the work is large. Forking (not spawning)
hands the workers what the parent has already read, without pickling it.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


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
    held lock.
    """
    import multiprocessing

    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            yield pool
    finally:
        gc.unfreeze()


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
