"""`tutor optimize` and `tutor export revlog`: a memory model fitted to the learner."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer

from tutor.app import (
    UserError,
    app,
    clock,
    current_settings,
    err,
    export_app,
    friendly,
    interrupted_means,
    out,
    state_of,
    zone,
)

if TYPE_CHECKING:
    from rich.console import Console

    from tutor.memory.optimize import Fit, RetentionAdvice


@app.command()
@friendly
def optimize(
    ctx: typer.Context,
    retention: Annotated[
        bool,
        typer.Option(
            "--retention",
            help="Suggest a desired retention instead: simulate a year at a few values.",
        ),
    ] = False,
    reset: Annotated[
        bool, typer.Option("--reset", help="Go back to the default parameters.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Fit the memory model (FSRS) to your own review history.

    Scores your current parameters and the fitted ones on the same reviews (log loss and
    RMSE of binned recall; lower is better) and keeps the fitted ones only when they
    predict your recall better. Reviews from checks count like any other.
    """
    if retention and reset:
        raise UserError("--retention and --reset do not go together; pick one", code=2)
    store = state_of(ctx).store()
    if reset:
        from tutor.memory.optimize import save

        save(store, None, clock()())
        if as_json:
            print(json.dumps({"parameters": "default", "saved": True}))
        else:
            out().print("Back to the default parameters: your next reviews use them.")
        return
    if retention:
        _suggest_retention(store, as_json)
        return
    _fit(store, as_json)


def _fit(store: Any, as_json: bool) -> None:
    from tutor.memory.optimize import NotEnoughReviews, fit, save
    from tutor.phases import Phases

    settings = current_settings(store)
    try:
        # Shown at once: the fit runs in Rust for seconds without a step to report.
        with (
            interrupted_means("nothing saved; your parameters are as they were"),
            Phases(show=not as_json, delay=0) as progress,
        ):
            result = fit(store, zone(), settings["day_start_hour"], progress)
    except NotEnoughReviews as short:
        if as_json:
            print(
                json.dumps(
                    {
                        "saved": False,
                        "reason": "not enough history",
                        "reviews": short.reviews,
                        "predictions": short.predictions,
                        "missing": short.missing,
                    },
                    indent=2,
                )
            )
        else:
            out().print(
                f"Not enough history to fit yet: {short}. Keep reviewing and try again "
                "in a few days; until then the default parameters serve well.",
                soft_wrap=False,
            )
        return
    saved = result.better
    if saved:
        save(store, result.fitted, clock()())
    if as_json:
        print(json.dumps(_fit_json(result, saved), indent=2))
        return
    _show_fit(out(), result, saved)


def _fit_json(result: Fit, saved: bool) -> dict[str, Any]:
    def side(parameters: tuple[float, ...], score: Any) -> dict[str, Any]:
        return {
            "parameters": list(parameters),
            "log_loss": round(score.log_loss, 6),
            "rmse_bins": round(score.rmse_bins, 6),
        }

    return {
        "reviews": result.reviews,
        "reviews_in_log": result.reviews_read,
        "cards": result.cards,
        "predictions": result.predictions,
        "current": {
            **side(result.current, result.current_score),
            "default": result.current_is_default,
        },
        "fitted": side(result.fitted, result.fitted_score),
        "saved": saved,
    }


def _show_fit(console: Console, result: Fit, saved: bool) -> None:
    from rich.table import Table

    if result.reviews < result.reviews_read:
        used = (
            f"{result.reviews:,} of your {result.reviews_read:,} reviews (a fixed sample of "
            f"{result.cards:,} cards: more would cost time and memory, not accuracy)"
        )
    else:
        used = f"{result.reviews:,} reviews of {result.cards:,} cards"
    console.print(f"Fitted FSRS-6 to {used}; {result.predictions:,} recalls predicted.")
    table = Table(box=None, padding=(0, 2))
    table.add_column("parameters")
    table.add_column("log loss", justify="right")
    table.add_column("RMSE (bins)", justify="right")
    current = "current (default)" if result.current_is_default else "current (yours)"
    for name, score in ((current, result.current_score), ("fitted", result.fitted_score)):
        table.add_row(name, f"{score.log_loss:.4f}", f"{score.rmse_bins:.2%}")
    console.print(table)
    if saved:
        console.print("Saved: your next reviews are scheduled with the fitted parameters.")
    else:
        console.print(
            "Kept your current parameters: the fitted ones do not predict your recall better."
        )


def _suggest_retention(store: Any, as_json: bool) -> None:
    from db.revlog import live_card_count
    from tutor.memory.optimize import default_parameters, retention_advice, stored_parameters
    from tutor.phases import Phases

    settings = current_settings(store)
    saved = stored_parameters(store)
    with (
        interrupted_means("nothing changed: the simulation only reads the collection"),
        Phases(show=not as_json, delay=0) as progress,
    ):
        progress("Simulating a year of reviews", 0, 0)
        advice = retention_advice(
            saved or default_parameters(),
            cards=live_card_count(store),
            new_per_day=settings["new_per_day"],
            reviews_per_day=settings["reviews_per_day"],
        )
    current = settings["desired_retention"]
    if as_json:
        print(json.dumps(_advice_json(advice, current, saved is None), indent=2))
        return
    _show_advice(out(), advice, current, saved is None)


def _advice_json(advice: RetentionAdvice, current: float, default: bool) -> dict[str, Any]:
    return {
        "suggested": advice.suggested,
        "current": current,
        "default_parameters": default,
        "cards_simulated": advice.cards,
        "new_per_day": advice.new_per_day,
        "days": advice.days,
        "choices": [
            {
                "retention": row.retention,
                "reviews_per_day": round(row.reviews_per_day, 2),
                "minutes_per_day": round(row.minutes_per_day, 2),
                "remembered": round(row.remembered, 4),
            }
            for row in advice.rows
        ],
    }


def _show_advice(console: Console, advice: RetentionAdvice, current: float, default: bool) -> None:
    from rich.table import Table

    whose = "the default parameters" if default else "your fitted parameters"
    console.print(
        f"A year simulated with {whose}: {advice.cards:,} cards, {advice.new_per_day} new a day."
    )
    table = Table(box=None, padding=(0, 2))
    table.add_column("retention", justify="right")
    table.add_column("reviews/day", justify="right")
    table.add_column("minutes/day", justify="right")
    table.add_column("remembered", justify="right")
    table.add_column("")
    for row in advice.rows:
        marks = []
        if abs(row.retention - advice.suggested) < 1e-9:
            marks.append("suggested")
        if abs(row.retention - current) < 1e-9:
            marks.append("current")
        table.add_row(
            f"{row.retention:.2f}",
            f"{row.reviews_per_day:.1f}",
            f"{row.minutes_per_day:.1f}",
            f"{row.remembered:.1%}",
            ", ".join(marks),
            style="bold" if "suggested" in marks else "",
        )
    console.print(table)
    console.print("remembered: share of the cards you would recall at the end of the year.")
    console.print(
        f"Suggested: {advice.suggested:.2f}, the least study time per card remembered "
        "(never below 0.70 nor above 0.95)."
    )
    if abs(advice.suggested - current) >= 1e-9:
        console.print(f"Set it with: tutor config desired_retention {advice.suggested:.2f}")


@export_app.command(
    "revlog", short_help="Write the review log as CSV, for the FSRS optimizer and others."
)
@friendly
def export_revlog(
    ctx: typer.Context,
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help="CSV file to write; - for standard output.")
    ],
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print a summary as JSON.")] = False,
) -> None:
    """Write the review log as CSV for the FSRS optimizer and other FSRS tools.

    Columns: card_id, review_time (UTC milliseconds), review_rating (1 Again .. 4 Easy),
    review_state (the card's state before the answer: 0 new, 1 learning, 2 review,
    3 relearning), review_duration (milliseconds; empty when unknown). Reviews from
    checks are included. card_id is an integer made from tutor's text card id (the first
    53 bits of its SHA-256), so a card keeps the same number in every export.
    """
    from db.revlog import export_rows
    from tutor.memory.optimize import write_revlog

    store = state_of(ctx).store()
    if str(file) == "-":
        count = write_revlog(export_rows(store), _stdout())
        if as_json:
            err().print(json.dumps({"file": "-", "reviews": count}), soft_wrap=True)
        return
    from tutor.home import database_path, expand
    from tutor.outputs import refuse_collection

    refuse_collection(expand(file), database_path(state_of(ctx).db))
    with interrupted_means(f"nothing written to {file}"):
        count = _write_atomically(
            file, force, lambda handle: write_revlog(export_rows(store), handle)
        )
    if as_json:
        print(json.dumps({"file": str(file), "reviews": count}))
    else:
        from rich.text import Text

        out().print(Text(f"Wrote {count:,} reviews to {file}."), soft_wrap=True)


def _stdout() -> IO[str]:
    import sys

    return sys.stdout


def _write_atomically(path: Path, force: bool, write: Callable[[IO[str]], int]) -> int:
    """Write a new file under a temporary name, then move it into place in one step.

    Without `force` the final step is a hard link, which fails if the file appeared in
    the meantime, so nothing is ever overwritten by accident.
    """
    from tutor.outputs import clean_partials_of, partial_name, refuse_special

    refuse_special(path)
    if path.is_dir():
        raise UserError(f"{path}: is a folder; give a file name")
    if path.exists() and not force:
        raise UserError(f"{path}: already exists (--force replaces it)")
    folder = path.parent
    if not folder.is_dir():
        raise UserError(f"{folder}: no such folder")
    clean_partials_of(path)
    temporary = str(partial_name(path))
    try:
        descriptor = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    except OSError as error:
        raise UserError(f"{folder}: cannot write here ({error.strerror})") from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            count = write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        if force:
            os.replace(temporary, path)
        else:
            try:
                os.link(temporary, path)
            except FileExistsError:
                raise UserError(f"{path}: already exists (--force replaces it)") from None
            except OSError:
                # No hard links on this file system: check once more, then move.
                if path.exists():
                    raise UserError(f"{path}: already exists (--force replaces it)") from None
                os.replace(temporary, path)
    except OSError as error:
        raise UserError(f"{path}: cannot write ({error.strerror})") from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return count


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
