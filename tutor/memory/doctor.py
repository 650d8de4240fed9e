"""The doctor's rules: what a sound collection looks like, and what would repair one.

The review log is the source of truth and each card's stored state is a cache of
replaying it. The doctor replays every card's log with fuzz off and compares:

- stage, step, stability, difficulty, reps, lapses and last review: exactly. None of
  them depends on fuzz or on the desired retention (py-fsrs derives stability from the
  time since the last review, never from the due date).
- due, for a new, learning or relearning card: exactly (learning steps are not fuzzed).
- due, for a card in review: an interval the scheduler could have given. Fuzz and the
  desired retention at the time of the answer (which the log does not record) move it,
  so it must be a whole number of days after the last review, within the fuzz range
  around the intervals that the lowest and highest allowed retention give.

What is wrong is listed as `Problem`s, each saying what `--fix` would do. Repair writes
the replayed state (fuzz off) and deletes rows that point at nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, closing
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import fsrs

from db import CardStage, CardState, Store, health, to_ms
from db.progress import rebuild_tally, tally_mismatches
from tutor import workers
from tutor.memory.scheduling import from_fsrs
from tutor.settings import SETTINGS

DAY_MS = 86_400_000
_MEMORY = ("stage", "step", "stability", "difficulty", "reps", "lapses", "last_review")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the collection, and what `--fix` would do about it."""

    kind: str  # integrity, state, missing-state, orphan-review, orphan-state, ...
    subject: str  # the card, review or attempt concerned
    detail: str
    repair: str  # "" when the doctor cannot repair it

    def as_dict(self) -> dict[str, str]:
        return {
            "kind": self.kind,
            "subject": self.subject,
            "detail": self.detail,
            "repair": self.repair,
        }


@dataclass
class Examination:
    """What the doctor found, and the repairs it would make."""

    integrity: list[str]
    problems: list[Problem] = field(default_factory=list)
    cards: int = 0
    reviews: int = 0
    rewrite: list[CardState] = field(default_factory=list)
    orphans: health.Orphans | None = None

    @property
    def sound(self) -> bool:
        return not self.problems

    @property
    def repairable(self) -> bool:
        return self.integrity == ["ok"] and all(problem.repair for problem in self.problems)


# Below this many cards the replay takes a second or two: one process does it. Above it,
# the cards are cut into ranges of ids replayed by a process per core (the replay is
# about 13 s of CPU at 100k cards and 1M reviews, most of the doctor's time).
SHARED_FROM = 20_000
RANGES_PER_PROCESS = 8  # so the progress bar moves while the processes work


@dataclass
class _Replayed:
    """What replaying the cards of one range of ids found."""

    cards: int = 0
    reviews: int = 0
    problems: list[Problem] = field(default_factory=list)
    rewrite: list[CardState] = field(default_factory=list)


def examine(
    store: Store,
    scheduler: fsrs.Scheduler,
    earlier: Sequence[tuple[datetime, fsrs.Scheduler]] = (),
    card_done: Callable[[int], None] | None = None,
    thorough: bool = True,
    processes: int | None = None,
) -> Examination:
    """Check the file, every card's state against its replayed log, and orphaned rows.

    `scheduler` should be the collection's own, with fuzz off; `earlier` the schedulers of
    parameters replaced by `tutor optimize` (see `tutor.memory.scheduling.replay`); `card_done`
    is called with the number of cards whose logs were just replayed (for a progress
    bar); `thorough` False checks the file with SQLite's quick_check (see
    `db.health.integrity_check`). `processes` replay at the same time (default: one per
    core from SHARED_FROM cards on); what is found is the same, in the same order.
    """
    found = Examination(integrity=[])
    tally: list[Problem] = []

    def check_file() -> bool:
        """The integrity check, orphaned rows and the step summary; False when the file
        fails its integrity check (past which the rows themselves cannot be trusted)."""
        found.integrity = health.integrity_check(store, thorough)
        if found.integrity != ["ok"]:
            for message in found.integrity:
                found.problems.append(
                    Problem("integrity", "file", message, "")  # restore a backup instead
                )
            return False
        found.orphans = health.find_orphans(store)
        found.problems.extend(_orphan_problems(found.orphans))
        tally.extend(_tally_problems(store))
        return True

    if processes is None:
        processes = workers.cores() if _card_count(store) >= SHARED_FROM else 1
    with ExitStack() as ending:
        parts: Iterator[_Replayed]
        if processes > 1:
            # The file is checked here while the other processes replay (about 1 s of the
            # doctor's time at 100k cards, which waited for nothing but this process).
            # Closed however this ends: the replaying processes end with the doctor.
            shared = _replay_shared(store, scheduler, earlier, processes, check_file)
            parts = ending.enter_context(closing(shared))
        elif check_file():
            parts = iter([_replay_range(store, scheduler, earlier, None, None, card_done)])
            card_done = None  # told card by card already
        else:
            parts = iter(())
        for part in parts:
            found.cards += part.cards
            found.reviews += part.reviews
            found.problems.extend(part.problems)
            found.rewrite.extend(part.rewrite)
            if card_done is not None:
                card_done(part.cards)
    found.problems.extend(tally)
    return found


def _card_count(store: Store) -> int:
    try:
        return store.card_count()
    except sqlite3.DatabaseError:
        return 0  # a damaged file: its integrity check says why, in one process


def _replay_range(
    store: Store,
    scheduler: fsrs.Scheduler,
    earlier: Sequence[tuple[datetime, fsrs.Scheduler]],
    first: str | None,
    stop: str | None,
    card_done: Callable[[int], None] | None = None,
) -> _Replayed:
    """Replay the cards whose id is in [first, stop) (None: no bound) and compare."""
    part = _Replayed()
    bounds = _RetentionBounds(scheduler)
    replayer = Replayer(scheduler, earlier)
    for card_id, state, log in health.card_histories(store, first, stop):
        part.cards += 1
        part.reviews += len(log)
        replayed = replayer.replay(card_id, log)
        if card_done is not None:
            card_done(1)
        if state is None:
            # Reported among the orphans ("stateless"); here only its repair is decided.
            part.rewrite.append(replayed)
            continue
        difference = compare(state, replayed, bounds)
        if difference:
            part.problems.append(
                Problem(
                    "state",
                    card_id,
                    f"{len(log)} review(s); {difference}",
                    "rewrite the state from the review log",
                )
            )
            part.rewrite.append(replayed)
    return part


class Replayer:
    """`tutor.memory.scheduling.replay` for a million reviews: the same calls of the real
    `fsrs.Scheduler.review_card`, in the same order, on logs read as plain (rating, time
    in ms) pairs, with the card copied cheaply (see `_Card`).

    Remembering each distinct step (with fuzz off `review_card` is a pure function of the
    state, step, stability, difficulty, rating and whole days since the last review) was
    measured on the benchmark collection: only 44% of its 966,820 steps repeat one seen
    before, and the dictionary of the rest (541,196 steps, 250 MB) cost about what it
    saved (6.6-8.5 s against 7.4-7.6 s of CPU); this way took 6.2 s.
    """

    def __init__(
        self, scheduler: fsrs.Scheduler, earlier: Sequence[tuple[datetime, fsrs.Scheduler]] = ()
    ) -> None:
        self.scheduler = scheduler
        self.earlier = [(to_ms(until), past) for until, past in earlier]

    def replay(self, card_id: str, log: Sequence[tuple[int, int]]) -> CardState:
        """The state `log` ((rating, reviewed_at in ms) in time order) gives the card."""
        if not log:
            return CardState(card_id=card_id)
        scheduler, earlier = self.scheduler, self.earlier
        card = _Card()
        reps = lapses = 0
        for rating, at in log:
            in_effect = scheduler
            if earlier:  # parameters replaced by `tutor optimize`: those in effect at `at`
                in_effect = next((past for until, past in earlier if at < until), scheduler)
            lapses += rating == 1 and reps > 0 and card.state is _REVIEW
            card, _log = in_effect.review_card(card, _RATINGS[rating], review_datetime=_moment(at))
            reps += 1
        return from_fsrs(card, card_id, reps, lapses)


class _Card(fsrs.Card):
    """A new fsrs.Card that `review_card` copies as a plain object: `copy.copy` of an
    fsrs.Card goes through `__reduce_ex__`, a quarter of each call's time."""

    def __init__(self) -> None:
        super().__init__(card_id=0)  # Learning, step 0, as `fsrs.Card(card_id=0)`

    def __copy__(self) -> _Card:
        twin = _Card.__new__(_Card)
        twin.__dict__.update(self.__dict__)
        return twin


def _moment(ms: int) -> datetime:
    # As the review log's times are read everywhere else (`db.store._aware`); the names
    # bound once, as this runs once a review (a million times at the benchmark's size).
    return _FROM_TIMESTAMP(ms / 1000, _UTC)


_FROM_TIMESTAMP = datetime.fromtimestamp
_UTC = timezone.utc


_REVIEW = fsrs.State.Review
_RATINGS = {int(rating): rating for rating in fsrs.Rating}


def _replay_shared(
    store: Store,
    scheduler: fsrs.Scheduler,
    earlier: Sequence[tuple[datetime, fsrs.Scheduler]],
    processes: int,
    meanwhile: Callable[[], bool],
) -> Iterator[_Replayed]:
    """The ranges' findings in id order, each range replayed by one of `processes`
    processes reading the file on their own connection; `meanwhile` runs in this one
    once they have started, and when it returns False nothing is replayed."""
    ids = [card_id for (card_id,) in store.conn.execute("SELECT id FROM card ORDER BY id")]
    count = processes * RANGES_PER_PROCESS
    cuts = sorted({ids[len(ids) * n // count] for n in range(1, count)}) if ids else []
    ranges = list(zip([None, *cuts], [*cuts, None], strict=True))
    jobs = [(str(store.path), scheduler, tuple(earlier), first, stop) for first, stop in ranges]
    # Forked before any progress bar has started its thread (the bar only starts on the
    # first card_done call, after this), so the children inherit no held lock.
    with workers.forked_pool(processes) as pool:
        findings = pool.imap(_replay_job, jobs)
        if meanwhile():
            yield from findings


def _replay_job(
    job: tuple[
        str, fsrs.Scheduler, tuple[tuple[datetime, fsrs.Scheduler], ...], str | None, str | None
    ],
) -> _Replayed:
    path, scheduler, earlier, first, stop = job
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA query_only = 1")
        return _replay_range(Store(conn, Path(path)), scheduler, earlier, first, stop)
    finally:
        conn.close()


def repair(store: Store, found: Examination) -> Any:
    """Apply every repair `found` lists, after copying the file; returns the copy's path."""
    if not found.repairable or found.orphans is None:
        raise ValueError("the examination lists problems the doctor cannot repair")
    copy = health.copy_before_repair(store)
    health.repair(store, found.rewrite, found.orphans)
    if any(problem.kind == "tally" for problem in found.problems):
        rebuild_tally(store)
    return copy


def compare(stored: CardState, replayed: CardState, bounds: _RetentionBounds | None) -> str:
    """How `stored` differs from `replayed` ('' when equal in the doctor's sense)."""
    for name in _MEMORY:
        mine, theirs = getattr(stored, name), getattr(replayed, name)
        if mine != theirs:
            shown, wanted = _show(mine), _show(theirs)
            if shown == wanted:  # too close to tell apart when rounded
                shown, wanted = repr(mine), repr(theirs)
            return f"stored {name} is {shown}, the log gives {wanted}"
    if stored.due == replayed.due:
        return ""
    if replayed.stage is not CardStage.REVIEW or bounds is None:
        return f"stored due is {_show(stored.due)}, the log gives {_show(replayed.due)}"
    return bounds.check_due(stored)


class _RetentionBounds:
    """The review intervals the scheduler could give across the allowed retentions."""

    def __init__(self, scheduler: fsrs.Scheduler) -> None:
        low, high = _range_of(SETTINGS["desired_retention"].check)
        self.maximum = scheduler.maximum_interval
        self.longest = fsrs.Scheduler(parameters=scheduler.parameters, desired_retention=low)
        self.shortest = fsrs.Scheduler(parameters=scheduler.parameters, desired_retention=high)

    def check_due(self, stored: CardState) -> str:
        assert stored.due is not None and stored.last_review is not None
        assert stored.stability is not None
        span_ms = round((stored.due - stored.last_review) / timedelta(milliseconds=1))
        if span_ms % DAY_MS:
            return f"stored due {_show(stored.due)} is not whole days after the last review"
        days = span_ms // DAY_MS
        # _next_interval is py-fsrs's own (unfuzzed) interval: the bounds are its, not ours.
        shortest = self.shortest._next_interval(stability=stored.stability)
        longest = self.longest._next_interval(stability=stored.stability)
        lowest = _fuzzed(shortest, self.maximum)[0]
        highest = _fuzzed(longest, self.maximum)[1]
        if lowest <= days <= highest:
            return ""
        return f"stored due is {days} days after the last review, not {lowest}-{highest}"


def _fuzzed(days: int, maximum: int) -> tuple[int, int]:
    """The fewest and the most days py-fsrs's fuzz can make of an interval of `days`, as
    its `_get_fuzzed_interval` draws them: a spread by its FUZZ_RANGES, each end rounded,
    then a draw from [low, high + 1) rounded again, so that high + 1 can come out (a
    stored due one day past the spread was once reported as a fault to repair)."""
    if days < 2.5:
        return days, days  # not fuzzed
    spread = 1.0 + 0.15 * (min(days, 7) - 2.5)
    spread += 0.1 * max(min(days, 20) - 7, 0) + 0.05 * max(days - 20, 0)
    high = min(round(days + spread), maximum)
    low = min(max(2, round(days - spread)), high)
    return low, min(high + 1, maximum)


def _range_of(check: Any) -> tuple[float, float]:
    # The allowed retentions, read off the setting's own check so they cannot drift apart.
    allowed = [step / 100 for step in range(50, 100) if check(step / 100) is None]
    return min(allowed), max(allowed)


def _orphan_problems(orphans: health.Orphans) -> Iterable[Problem]:
    for review_id, card_id in orphans.reviews:
        yield Problem(
            "orphan-review",
            f"review {review_id}",
            f"answers card {card_id}, which is not in the collection",
            "delete the review (the copy taken first keeps it)",
        )
    for card_id in orphans.states:
        yield Problem(
            "orphan-state",
            card_id,
            "a stored state for a card that is not in the collection",
            "delete the state row",
        )
    for card_id, entry_key in orphans.cards:
        yield Problem(
            "orphan-card",
            card_id,
            f"belongs to entry {entry_key}, which is not in the collection",
            "delete the card with its state and reviews (the copy taken first keeps them)",
        )
    for attempt_id, entry_key in orphans.attempts:
        yield Problem(
            "orphan-check",
            f"check attempt {attempt_id}",
            f"a check of entry {entry_key}, which is not in the collection",
            "delete the check attempt",
        )
    for card_id in orphans.stateless:
        yield Problem(
            "missing-state",
            card_id,
            "the card has no stored state",
            "write its state from the review log",
        )


def _tally_problems(store: Store) -> Iterable[Problem]:
    """Cards whose row in card_tally (the per-step summary that stats and path read, kept
    by triggers) differs from the card and its state: only a hand-edited file has any."""
    _, cards = tally_mismatches(store, examples=None)
    for card_id in cards:
        yield Problem(
            "tally",
            card_id,
            "its row in the per-step summary (card_tally) differs from the card and its state",
            "make the summary again from the cards",
        )


def _show(value: object) -> str:
    if hasattr(value, "isoformat"):
        return value.isoformat(timespec="milliseconds")  # type: ignore[no-any-return]
    if isinstance(value, CardStage):
        return value.name.lower()
    if isinstance(value, float):
        return f"{value:.6g}"
    return repr(value)


__all__ = ["Examination", "Problem", "compare", "examine", "repair"]
