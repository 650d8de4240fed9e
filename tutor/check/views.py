"""Rendering for `tutor check`: a question, the result, past checks; Rich renderables
from plain values.

Never queries the database. Prompts, options and headings come from entry files, so
they are always printed through `ui.literal` (no markup, no escape sequences).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import tzinfo

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from cards import Answering, Card
from db.records import CheckAttempt, SectionRef
from tutor.browse.reading import read_command
from tutor.check.rules import Score
from tutor.ui import literal, shown_file


def question_view(card: Card, title: str, number: int, total: int) -> RenderableType:
    """One question of a check: the prompt, and numbered options for a choice."""
    body: list[RenderableType] = [literal(card.prompt, "bold")]
    if card.answering is Answering.CHOICE:
        body.append(Text(""))
        for key, option in enumerate(card.options, start=1):
            body.append(Text.assemble((f" {key} ", "reverse"), " ", literal(option)))
    header = Text.assemble(("check: ", "dim"), literal(title, "bold"))
    return Panel(
        Group(*body),
        title=header,
        subtitle=Text(f"question {number} of {total}", style="dim"),
        title_align="left",
        padding=(1, 2),
    )


@dataclass(frozen=True)
class CheckResult:
    """What the end of a check shows."""

    title: str
    file: str
    score: Score
    reread: Sequence[SectionRef]
    unlocked: Sequence[str]  # titles of the steps this pass opened
    leeches: int = 0
    judged: int = 0  # questions the learner judged (self-graded cards)
    guess_chance: float = 0.0  # chance that pressing 1 every time passes
    recall: float | None = None  # the step's recall after the check, as `tutor path` has it
    key: str = ""  # the step's entry key, for the `tutor read` command of each section
    new_limit_reached: int = 0  # today's new limit, when it is used up (the opened step waits)


def _their(unlocked: Sequence[str]) -> str:
    return "its" if len(unlocked) == 1 else "their"


def result_view(result: CheckResult) -> RenderableType:
    """Score, pass or fail, the sections to reread and what was unlocked."""
    score = result.score
    verdict = (
        Text("passed", style="bold green") if score.passed else Text("not passed", style="bold red")
    )
    table = Table.grid(padding=(0, 2))
    table.add_column(style="dim")
    table.add_column()
    table.add_row("score", f"{score.correct}/{score.total} ({score.share:.0%})")
    table.add_row("pass mark", f"{score.pass_mark:.0%}: {score.needed} of {score.total} right")
    table.add_row("result", verdict)
    if result.recall is not None:
        table.add_row("recall", f"{result.recall:.0%} of the step's cards, predicted now")
    if result.judged:
        table.add_row(
            "judged by you",
            f"{result.judged} of {score.total} (revealed, then you said whether you knew it)",
        )
    parts: list[RenderableType] = [table]
    if result.guess_chance > 0.05:
        parts.append(
            Text(
                f"\nThis step has few questions: pressing 1 every time would pass "
                f"{result.guess_chance:.0%} of the time. More cards make a firmer check.",
                style="yellow",
            )
        )
    if result.unlocked and result.new_limit_reached:
        limit = result.new_limit_reached
        parts.append(
            Text.assemble(
                ("\nUnlocked: ", "bold green"),
                literal(", ".join(result.unlocked)),
                f" — today's limit of {limit} new card{'' if limit == 1 else 's'} is reached,"
                f" so {_their(result.unlocked)} new cards come tomorrow (for more today:"
                " tutor config new_per_day"
                f" {limit + 20})",
            )
        )
    elif result.unlocked:
        parts.append(
            Text.assemble(
                ("\nUnlocked: ", "bold green"),
                literal(", ".join(result.unlocked)),
                f" — {_their(result.unlocked)} new cards now come in tutor review",
            )
        )
    if result.reread:
        parts.append(Text("\nReread for what you missed:", style="bold yellow"))
        for section in result.reread:
            parts.append(
                Text.assemble(
                    "  • ",
                    literal(section.heading or result.title),  # a page with no sections
                    (f"  {literal(shown_file(result.file)).plain}:{section.line}", "dim"),
                )
            )
            if result.key:
                parts.append(literal(f"    {read_command(result.key, section.heading)}", "dim"))
    if result.leeches:
        parts.append(Text(f"\n{result.leeches} leech(es) suspended (failed 8 times)", "yellow"))
    if not score.passed and result.key:
        # (a fail ended on what to reread, and no word of what comes after it)
        parts.append(
            Text.assemble(
                ("\nNext: ", "bold"),
                "tutor review brings back what you missed; then ",
                literal(f"tutor check {result.key}"),
                " again",
            )
        )
    title = Text.assemble("Check done: ", literal(result.title))
    return Panel(Group(*parts), title=title, title_align="left")


@dataclass(frozen=True)
class HistoryRow:
    path: str
    title: str
    attempt: CheckAttempt


def history_view(rows: Sequence[HistoryRow], zone: tzinfo) -> RenderableType:
    """Past checks, oldest first."""
    if not rows:
        return Text("No checks yet. Take one with: tutor check STEP")
    table = Table(
        title="Checks",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        padding=(0, 0, 0, 1),
    )
    for column in ("date", "path", "step", "score", "result"):
        table.add_column(column, justify="right" if column == "score" else "left")
    for row in rows:
        attempt = row.attempt
        share = attempt.correct / attempt.total if attempt.total else 0.0
        table.add_row(
            attempt.finished_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
            literal(row.path),
            literal(row.title),
            f"{attempt.correct}/{attempt.total} {share:.0%}",
            Text("pass", "green") if attempt.passed else Text("fail", "red"),
        )
    return table
