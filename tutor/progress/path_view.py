"""Rendering for `tutor path`: Rich renderables from plain values.

Never queries the database. Titles, prompts and headings come from entry files, so they
are always printed through `ui.literal` (no markup, no escape sequences).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from rich import box
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from db.records import CheckAttempt
from tutor.progress.paths import (
    FOLD_NOTE,
    RECALL_NOTE,
    FoldedSteps,
    Status,
    StepProgress,
    pass_rule,
    seen_of,
)
from tutor.ui import FULL_TABLE, Fitted, literal

STATUS_STYLES = {Status.LOCKED: "dim", Status.LEARNING: "yellow", Status.PASSED: "green"}


def attempt_line(attempt: CheckAttempt | None, zone: tzinfo) -> Text:
    """'8/10 pass 2 Mar', or a dash when the step was never checked."""
    if attempt is None:
        return Text("–", style="dim")
    verdict = ("pass", "green") if attempt.passed else ("fail", "red")
    day = attempt.finished_at.astimezone(zone)
    return Text.assemble(
        f"{attempt.correct}/{attempt.total} ", verdict, (f" {day.day} {day:%b}", "dim")
    )


def path_view(
    name: str,
    rows: Sequence[StepProgress | FoldedSteps],
    zone: tzinfo,
    hidden: bool = False,
) -> RenderableType:
    """One path: its steps in order with status, progress, recall, last check, next action;
    a run of folded steps is one line ('12-30', '19 steps'). Narrower than `FULL_TABLE`,
    the last check is left out, so that what to do next is not cut to a word a line."""
    return Fitted(lambda width: _path_table(name, rows, zone, hidden, width < FULL_TABLE))


def _path_table(
    name: str,
    rows: Sequence[StepProgress | FoldedSteps],
    zone: tzinfo,
    hidden: bool,
    narrow: bool,
) -> RenderableType:
    from cards import slugify

    title = literal(name, "bold")
    if hidden:
        title.append(f"  hidden: out of reviews (tutor path show {slugify(name)})", style="yellow")
    if narrow:
        title.append("  checks: tutor check --history", style="dim")
    table = Table(
        title=title,
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        padding=(0, 0, 0, 1),
    )
    table.add_column("#", justify="right", style="dim")
    table.add_column("step")
    table.add_column("status")
    table.add_column("seen", justify="right")
    table.add_column("recall", justify="right")
    if not narrow:
        table.add_column("checked", no_wrap=True)
    table.add_column("next")
    for row in rows:
        recall = "–" if row.recall is None else f"{row.recall:.0%}"
        if isinstance(row, FoldedSteps):
            table.add_row(
                f"{row.first.position}–{row.last.position}",
                Text(f"{row.count} steps", style="italic"),
                Text(row.status.value, style=STATUS_STYLES[row.status]),
                seen_of(row),
                recall,
                *(() if narrow else (attempt_line(None, zone),)),
                literal(row.next_action),
            )
            continue
        table.add_row(
            str(row.step.position),
            literal(row.step.title),
            Text(row.status.value, style=STATUS_STYLES[row.status]),
            seen_of(row),
            recall,
            *(() if narrow else (attempt_line(row.last_check, zone),)),
            literal(row.next_action),
        )
    return table


def recall_note() -> Text:
    return Text(RECALL_NOTE, style="dim")


def fold_note() -> Text:
    return Text(FOLD_NOTE, style="dim")


def pass_note(pass_mark: float) -> Text:
    return Text(pass_rule(pass_mark), style="dim")
