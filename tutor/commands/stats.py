"""`tutor stats`: progress you can see."""

from __future__ import annotations

import json
from datetime import datetime, timezone, tzinfo
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from tutor.app import UserError, app, clock, current_settings, friendly, out, state_of, zone

if TYPE_CHECKING:
    from db import Store
    from tutor.progress.stats import Stats


@app.command(short_help="Show progress: today, 30 days ahead, retention, streaks, steps.")
@friendly
def stats(
    ctx: typer.Context,
    path: Annotated[
        Optional[str],  # noqa: UP045 - typer reads the annotation at run time
        typer.Option("--path", help="Only the cards of this path."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print every figure as JSON.")] = False,
    no_pager: Annotated[
        bool, typer.Option("--no-pager", help="Print everything even when it is long.")
    ] = False,
) -> None:
    """Show your progress: today, the next 30 days, retention, a calendar, and each step.

    Retention is the share of answers to cards in review that were not rated Again, over
    the last 7, 30 and 365 days. Days start at the day_start_hour setting. Longer than the
    terminal, it opens in your pager (as git does), so that 'Today' stays in sight.
    """
    from tutor.app import scheduler_for

    store = state_of(ctx).store()
    decay = -float(scheduler_for(store, fuzz=False).parameters[20])
    figures = read_stats(store, clock()(), zone(), current_settings(store), decay, path)
    if as_json:
        from tutor.progress.stats import to_json

        print(json.dumps(to_json(figures), indent=2))
        return
    from tutor.paging import show
    from tutor.progress.stats_view import stats_view

    show(out(), stats_view(figures), page=not no_pager)


def read_stats(
    store: Store,
    now: datetime,
    zone: tzinfo,
    settings: dict[str, Any],
    decay: float,
    path: str | None = None,
) -> Stats:
    """Every figure of `tutor stats` at `now`, for the whole collection or one path.

    Raises UserError (with a did-you-mean) when `path` names no path.
    """
    from datetime import date, timedelta

    from db import progress
    from db.records import to_ms
    from tutor.days import learner_date
    from tutor.progress import stats as figures

    path_id: int | None = None
    if path is not None:
        known = {ref.name: ref.id for ref in progress.paths(store)}
        found = figures.find_path(path, list(known))
        if found is None:
            raise UserError(figures.unknown_path_message(path, list(known)))
        path, path_id = found, known[found]

    hour = settings["day_start_hour"]
    today = learner_date(now, hour, zone)
    forecast = progress.due_per_interval(store, figures.forecast_starts(today, hour, zone), path_id)
    today_starts = figures.day_starts(today, 1, hour, zone)
    # Answers day by day for the calendar; before it, only which days had any (streaks).
    first_shown = figures.calendar_first_day(today)
    shown_starts = figures.day_starts(first_shown, (today - first_shown).days + 1, hour, zone)
    shown = progress.answers_per_interval(store, shown_starts, path_id)
    older: list[date] = []
    first_ms = progress.first_answer_ms(store, path_id)
    if first_ms is not None and first_ms < shown_starts[0]:
        first_day = learner_date(datetime.fromtimestamp(first_ms / 1000, timezone.utc), hour, zone)
        older_starts = figures.day_starts(first_day, (first_shown - first_day).days, hour, zone)
        older = [
            first_day + timedelta(days=n)
            for n in progress.intervals_with_answers(store, older_starts, path_id)
        ]
    steps = progress.step_cards(store, to_ms(now), decay, path_id)
    today_figures = figures.today_figures(
        today,
        progress.answers_between(store, today_starts[0], today_starts[1], path_id),
        still_due=forecast[0],
        new_left=_new_left(store, now, zone, settings, path),
    )
    return figures.Stats(
        now=now,
        day_start_hour=hour,
        path=path,
        desired_retention=settings["desired_retention"],
        today=today_figures,
        forecast=tuple((today + timedelta(days=n), due) for n, due in enumerate(forecast)),
        retention=figures.retention(
            progress.review_answers_since(
                store, figures.retention_starts(today, hour, zone), today_starts[1], path_id
            )
        ),
        calendar=figures.calendar(today, shown, older),
        steps=figures.step_figures(steps, progress.last_checks(store)),
        paths=figures.path_figures(steps),
        counts=figures.state_counts(steps),
    )


def _new_left(
    store: Store, now: datetime, zone: tzinfo, settings: dict[str, Any], path: str | None
) -> int:
    """The new cards `tutor review` would bring today, counted as the review counts them
    (and bare `tutor` says): the daily limit left, then the new cards in the queue (of
    unlocked steps, not suspended or flagged, on visible paths; with `path`, that one)."""
    from db import Scope
    from tutor.days import allowed_today

    _, allowed, _ = allowed_today(store, settings, now, zone)
    return store.new_count(allowed, Scope(path=path) if path is not None else None)
