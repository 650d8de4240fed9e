"""The figures of `tutor stats`, worked out from query results. No I/O, no clock.

Days are learner days (local date, starting at the day-start hour: `tutor.days`). The
database counts answers between day boundaries that this module computes, so a day that
is 23 or 25 hours long (daylight saving) is counted exactly.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from db.progress import DayAnswers, StepCards
from db.records import to_ms
from tutor.days import day_bounds, streak

FORECAST_DAYS = 30
RETENTION_PERIODS = (7, 30, 365)
CALENDAR_WEEKS = 52


@dataclass(frozen=True)
class Today:
    date: date
    reviewed: int  # answers given today, in reviews and checks
    right: int  # of those, not rated Again
    time_ms: int
    still_due: int  # queue cards due before the day ends, overdue ones included
    new_left: int  # new cards a review would bring today: the limit left, of those queued

    @property
    def right_share(self) -> float | None:
        return self.right / self.reviewed if self.reviewed else None


@dataclass(frozen=True)
class Retention:
    """True retention: the share of review-state answers not rated Again."""

    days: int
    answers: int
    not_again: int

    @property
    def share(self) -> float | None:
        return self.not_again / self.answers if self.answers else None


@dataclass(frozen=True)
class Calendar:
    days: tuple[tuple[date, int], ...]  # Monday 51 weeks ago .. today: answers each day
    current_streak: int
    longest_streak: int

    @property
    def studied(self) -> int:
        return sum(1 for _, count in self.days if count)


@dataclass(frozen=True)
class Memory:
    """What the live cards of a step (or a path) add up to."""

    cards: int = 0
    seen: int = 0
    mean_stability: float | None = None  # days, over seen cards
    recall: float | None = None  # predicted recall now, mean over the live cards, unseen as 0
    lapses: int = 0
    leeches: int = 0


@dataclass(frozen=True)
class StepFigures:
    path: str
    position: int
    title: str
    memory: Memory
    check: str  # "passed", "failed", "not taken" or "locked"
    last_score: tuple[int, int] | None  # (correct, total) of the latest check


@dataclass(frozen=True)
class PathFigures:
    name: str
    steps: int
    passed: int  # steps whose check is passed
    memory: Memory


@dataclass(frozen=True)
class StateCounts:
    """Every card once: retired, else flagged, else suspended, else by its FSRS state."""

    new: int = 0
    learning: int = 0
    review: int = 0
    relearning: int = 0
    suspended: int = 0
    flagged: int = 0
    retired: int = 0


@dataclass(frozen=True)
class Stats:
    now: datetime
    day_start_hour: int
    path: str | None
    desired_retention: float
    today: Today
    forecast: tuple[tuple[date, int], ...]
    retention: tuple[Retention, ...]
    calendar: Calendar
    steps: tuple[StepFigures, ...]
    paths: tuple[PathFigures, ...]
    counts: StateCounts


# -- days ----------------------------------------------------------------------------------


def day_starts(first: date, days: int, day_start_hour: int, zone: tzinfo) -> list[int]:
    """Start of each of `days` learner days from `first`, then the end of the last (ms)."""
    starts = [
        to_ms(day_bounds(first + timedelta(days=n), day_start_hour, zone)[0]) for n in range(days)
    ]
    last = first + timedelta(days=days - 1)
    starts.append(to_ms(day_bounds(last, day_start_hour, zone)[1]))
    return starts


def forecast_starts(today: date, day_start_hour: int, zone: tzinfo) -> list[int]:
    """Boundaries of the forecast days; today's runs from the epoch, so overdue cards count."""
    starts = day_starts(today, FORECAST_DAYS, day_start_hour, zone)
    starts[0] = 0
    return starts


def calendar_first_day(today: date) -> date:
    """The Monday that starts the calendar: 52 week columns, the last one holding today."""
    return today - timedelta(days=today.weekday() + 7 * (CALENDAR_WEEKS - 1))


def longest_streak(days: Iterable[date]) -> int:
    """The most consecutive days in `days`."""
    best = run = 0
    previous: date | None = None
    for day in sorted(set(days)):
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        best = max(best, run)
        previous = day
    return best


def calendar(today: date, shown: Sequence[int], older: Iterable[date]) -> Calendar:
    """The calendar and the streaks.

    `shown` holds the answers of each day from `calendar_first_day(today)` to today;
    `older` the days before that with any answer (streaks run over the whole history).
    """
    first = calendar_first_day(today)
    days = tuple((first + timedelta(days=n), count) for n, count in enumerate(shown))
    studied = {day for day, count in days if count} | set(older)
    return Calendar(days, streak(studied, today), longest_streak(studied))


# -- today and retention ---------------------------------------------------------------------


def today_figures(
    today: date,
    answers: DayAnswers,
    still_due: int,
    new_left: int,
) -> Today:
    return Today(today, answers.answers, answers.right, answers.duration_ms, still_due, new_left)


def retention_starts(today: date, day_start_hour: int, zone: tzinfo) -> list[int]:
    """Start of each retention period: the last N learner days, today included."""
    return [
        to_ms(day_bounds(today - timedelta(days=days - 1), day_start_hour, zone)[0])
        for days in RETENTION_PERIODS
    ]


def retention(counts: Sequence[tuple[int, int]]) -> tuple[Retention, ...]:
    """True retention of each period from its (answers, not rated Again)."""
    return tuple(
        Retention(days, answers, right)
        for days, (answers, right) in zip(RETENTION_PERIODS, counts, strict=True)
    )


# -- cards and steps ---------------------------------------------------------------------------


def recall(stability: float, elapsed_days: int, decay: float) -> float:
    """FSRS retrievability after `elapsed_days` whole days at `stability` (decay < 0).

    The curve of `fsrs.Scheduler.get_card_retrievability`; `db.progress.card_groups`
    adds it up in SQL with the same constants, for speed on 100k cards.
    """
    factor = 0.9 ** (1 / decay) - 1
    return float((1 + factor * elapsed_days / stability) ** decay)


def memory(steps: Iterable[StepCards]) -> Memory:
    """What the live cards of some steps add up to (retired cards are left out).

    Suspended cards count (a leech is still a card of its step). Mean stability is over
    the cards seen at least once. Recall has the one meaning it has in `tutor path` and
    `tutor check`: the mean FSRS retrievability now over every live card (a flagged one
    is out until it is fixed), a card never seen or still being learnt counting as 0.
    """
    steps = list(steps)
    seen = sum(step.seen for step in steps)
    cards = sum(_live(step) for step in steps)
    return Memory(
        cards=cards,
        seen=seen,
        mean_stability=sum(step.stability_sum for step in steps) / seen if seen else None,
        recall=sum(step.recall_sum for step in steps) / cards if cards else None,
        lapses=sum(step.lapses for step in steps),
        leeches=sum(step.leeches for step in steps),
    )


def _live(step: StepCards) -> int:
    """A step's cards as `tutor path` counts them: a flagged card is out until it is fixed."""
    return step.new + step.learning + step.review + step.relearning + step.suspended


def step_figures(
    steps: Sequence[StepCards], checks: dict[str, tuple[int, int, bool]]
) -> tuple[StepFigures, ...]:
    """Each step, in path order, with its latest check."""
    figures = []
    for step in steps:
        check = checks.get(step.key)
        figures.append(
            StepFigures(
                path=step.path,
                position=step.position,
                title=step.title,
                memory=memory([step]),
                check=check_status(step.passed, step.unlocked, check),
                last_score=check[:2] if check else None,
            )
        )
    return tuple(figures)


def path_figures(steps: Sequence[StepCards]) -> tuple[PathFigures, ...]:
    """Each path, in order, with all its steps' cards added up."""
    paths: dict[str, list[StepCards]] = {}
    for step in steps:
        paths.setdefault(step.path, []).append(step)
    return tuple(
        PathFigures(name, len(parts), sum(step.passed for step in parts), memory(parts))
        for name, parts in paths.items()
    )


def check_status(passed: bool, unlocked: bool, last: tuple[int, int, bool] | None) -> str:
    if passed:
        return "passed"
    if last is not None:
        return "failed"
    return "not taken" if unlocked else "locked"


def state_counts(steps: Sequence[StepCards]) -> StateCounts:
    return StateCounts(
        **{name: sum(getattr(step, name) for step in steps) for name in vars(StateCounts())}
    )


# -- paths ---------------------------------------------------------------------------------


def find_path(name: str, known: Sequence[str]) -> str | None:
    """The known path `name` means: exact, else the only case-insensitive match."""
    if name in known:
        return name
    folded = [path for path in known if path.casefold() == name.casefold()]
    return folded[0] if len(folded) == 1 else None


def unknown_path_message(name: str, known: Sequence[str]) -> str:
    close = difflib.get_close_matches(name.casefold(), [p.casefold() for p in known], n=1)
    if close:
        suggestion = next(path for path in known if path.casefold() == close[0])
        return f"--path: no path named {name!r}; did you mean {suggestion!r}?"
    listed = ", ".join(repr(path) for path in known) or "none yet; tutor import PATH... makes one"
    return f"--path: no path named {name!r} (paths: {listed})"


# -- JSON ----------------------------------------------------------------------------------


def to_json(stats: Stats) -> dict[str, Any]:
    """Every figure, for scripts. Shares are fractions (0-1); times are milliseconds."""
    today = stats.today
    return {
        "now": stats.now.isoformat(),
        "date": today.date.isoformat(),
        "day_start_hour": stats.day_start_hour,
        "path": stats.path,
        "today": {
            "reviewed": today.reviewed,
            "right": today.right,
            "right_share": today.right_share,
            "time_ms": today.time_ms,
            "still_due": today.still_due,
            "new_left": today.new_left,
        },
        "forecast": [{"date": day.isoformat(), "due": due} for day, due in stats.forecast],
        "retention": {
            "desired": stats.desired_retention,
            "periods": [
                {"days": r.days, "answers": r.answers, "not_again": r.not_again, "share": r.share}
                for r in stats.retention
            ],
        },
        "calendar": {
            "current_streak": stats.calendar.current_streak,
            "longest_streak": stats.calendar.longest_streak,
            "days_studied": stats.calendar.studied,
            "days": [
                {"date": day.isoformat(), "answers": count} for day, count in stats.calendar.days
            ],
        },
        "paths": [
            {"name": p.name, "steps": p.steps, "passed": p.passed, **_memory_json(p.memory)}
            for p in stats.paths
        ],
        "steps": [
            {
                "path": step.path,
                "position": step.position,
                "title": step.title,
                **_memory_json(step.memory),
                "check": step.check,
                "last_score": (
                    {"correct": step.last_score[0], "total": step.last_score[1]}
                    if step.last_score
                    else None
                ),
            }
            for step in stats.steps
        ],
        "counts": vars(stats.counts),
    }


def _memory_json(memory: Memory) -> dict[str, Any]:
    return {
        "cards": memory.cards,
        "seen": memory.seen,
        "mean_stability_days": memory.mean_stability,
        "recall": memory.recall,
        "lapses": memory.lapses,
        "leeches": memory.leeches,
    }
