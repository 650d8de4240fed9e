"""Rendering: Rich renderables built from plain values. Never queries the database.

Text that came from an entry file or from the learner is untrusted: it is cleaned of
control and escape characters and always wrapped in `Text` (never parsed as markup).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from cards import Answering, Card
from cards.text import printable

RATING_LABELS = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}
RATING_STYLES = {1: "red", 2: "yellow", 3: "green", 4: "cyan"}


def clean(text: str) -> str:
    """Untrusted text made safe to print: no escape sequences or control characters."""
    return printable(text)


def literal(text: str, style: str = "") -> Text:
    return Text(clean(text), style=style)


HIDDEN_TITLE = "which concept?"


def _unless_answer(card: Card, title: str) -> str:
    """The step's title, or HIDDEN_TITLE when its words are the card's answer: a choice
    ('Backend' among options) or a question recalled ('Which concept always comes first?'
    under 'Authentication', self-graded) alike; or when words of the title the question
    leaves out are said in the answer ('What does HTTP status 429 mean?' under 'HTTP
    Status Code 429 – Too Many Requests', answered 'The user has sent too many requests
    ...')."""
    answer = card.answer.strip().strip(".").casefold()
    if answer and re.search(rf"(?<!\w){re.escape(answer)}(?!\w)", title.casefold()):
        return HIDDEN_TITLE
    if _told_by_title(title, card.prompt, answer):
        return HIDDEN_TITLE
    return title


# What may stand between two words of a phrase: a space, a hyphen, a dash.
_BETWEEN_WORDS = r"\W+"
# Words a title and its question share without giving anything away.
_SMALL_WORDS = frozenset(("a", "an", "the", "of", "in", "on", "to", "and", "or", "for", "is"))


def _told_by_title(title: str, prompt: str, answer: str) -> bool:
    """Whether two or more words in a row of the title, none of them in the question,
    stand in the answer as they do in the title."""
    asked = set(re.findall(r"\w+", prompt.casefold()))
    run: list[str] = []
    for word in [*re.findall(r"\w+", title.casefold()), ""]:
        if word and word not in asked:
            run.append(word)
            continue
        said = [w for w in run if w not in _SMALL_WORDS]
        phrase = _BETWEEN_WORDS.join(run)
        if len(said) >= 2 and re.search(rf"(?<!\w){phrase}(?!\w)", answer):
            return True
        run = []
    return False


def card_view(
    card: Card,
    title: str,
    counts: tuple[int, int, int],
    option_keys: Sequence[str],
    early: str = "",
) -> RenderableType:
    """The front of a card: where it is from, the prompt, and numbered options.

    A card whose answer is the entry's own name ('Which concept must re-check
    permissions?' in Backend) does not show that name above it: the header would answer it.
    `early` says when a learning card shown ahead of time is due ('8m'): its last answer
    said 'next in 10m', and without a word it looks like a mistake.
    """
    learning, review, new = counts
    header = Text.assemble(
        (clean(_unless_answer(card, title)), "bold"),
        (f"  ·  {card.kind.value}", "dim"),
    )
    tally = Text.assemble(
        ("learn ", "dim"),
        (str(learning), "red"),
        ("  due ", "dim"),
        (str(review), "green"),
        ("  new ", "dim"),
        (str(new), "blue"),
    )
    if early:
        tally.append(f"  ·  early: due in {early}, nothing else waits", style="yellow")
    body: list[RenderableType] = [literal(card.prompt, "bold")]
    if card.answering is Answering.CHOICE:
        body.append(Text(""))
        for key, option in zip(option_keys, card.options, strict=True):
            body.append(Text.assemble((f" {key} ", "reverse"), " ", literal(option)))
    return Panel(Group(*body), title=header, subtitle=tally, title_align="left", padding=(1, 2))


def answer_view(card: Card, verdict_line: Text | None = None) -> RenderableType:
    """The back: the answer, how the learner did, and the source sentence."""
    parts: list[RenderableType] = []
    if verdict_line is not None:
        parts.append(verdict_line)
    # A grid, so that every further line of the answer (a list's items, or a long line
    # wrapped) starts under its first line, not at the panel's edge.
    answer = Table.grid(padding=(0, 1))
    answer.add_column(style="dim", no_wrap=True)
    answer.add_column(ratio=1)
    answer.add_row("Answer:", literal(card.answer, "bold"))
    parts.append(answer)
    explanation = _beyond(card.explanation, card.answer)
    if _adds_to(explanation, card.answer):
        parts.append(literal(explanation, "italic"))
    where = f"{shown_file(card.source.file)}:{card.source.line}"
    if card.source.section:
        where += f" ({card.source.section})"
    parts.append(literal(where, "dim"))
    return Group(*parts)


def shown_file(file: str) -> str:
    """A stored entry file as the learner would type it from here: from the working
    folder when it lies inside it ('notes/ph.md'), else whole (an import stores the full
    path, so that the file is the same one from anywhere)."""
    if not os.path.isabs(file):
        return file  # a built-in entry, or one stored before paths were made whole
    try:
        inside = os.path.relpath(file)
    except (OSError, ValueError):  # no working folder, or another drive
        return file
    return file if inside.startswith(os.pardir) else inside


def _beyond(explanation: str, answer: str) -> str:
    """The source sentences after the answer, where the first of them is the answer
    itself (a FAQ's answer is its first sentence): 'Answer: No, most frontends also use
    JavaScript.' was followed by the same sentence, then the rest."""
    said = answer.strip().rstrip(".!?")
    start = explanation.lstrip()
    if not said or start[: len(said)].casefold() != said.casefold():
        return explanation
    rest = re.match(r"[.!?]+\s+(?=\S)", start[len(said) :])
    return start[len(said) + rest.end() :] if rest else explanation


def _adds_to(explanation: str, answer: str) -> bool:
    """Whether the source sentence says more than the answer already shown does."""
    if not explanation:
        return False
    # (a list's answer is its points numbered one a line; the source, the same points
    # run together: shown twice, the second time as one line)
    # (its words only: the points lose their stops when numbered, 'taste' / 'Add 15 g'
    # against 'taste. Add 15 g')
    short = " ".join(_WORD.findall(_NUMBERED.sub("", answer).casefold()))
    long = " ".join(_WORD.findall(explanation.casefold()))
    return not (short in long and len(long) < len(short) + 25)


_NUMBERED = re.compile(r"(?m)^\d{1,2}\.\s+")
_WORD = re.compile(r"\w+")


def rating_bar(intervals: dict[int, timedelta], proposed: int | None = None) -> Text:
    """'1 Again 1m  2 Hard 6m  3 Good 10m  4 Easy 8d' with the proposed rating marked."""
    from tutor.memory.scheduling import format_interval

    bar = Text()
    for rating, label in RATING_LABELS.items():
        style = RATING_STYLES[rating] + (" bold reverse" if rating == proposed else "")
        bar.append(f" {rating} {label} ", style=style)
        bar.append(f"{format_interval(intervals[rating])}  ", style="dim")
    return bar


UNSUSPEND = "tutor cards unsuspend {id}"
UNFLAG = "tutor cards unflag {id}"


def counted(count: int, noun: str) -> str:
    """'1 card', '2,500 cards': a count and its noun, in the plural unless it is one."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


@dataclass(frozen=True)
class SetAside:
    """A card put away in a session (suspended by the learner or as a leech, or flagged)
    and the way back."""

    card_id: str
    prompt: str
    title: str  # the entry's title
    section: str  # the section to reread
    reread: str = ""  # the `tutor read` command that shows that section


@dataclass(frozen=True)
class Summary:
    done: int
    right: int  # answers not rated Again: accuracy has one meaning, as in `tutor stats`
    seconds: float
    due_tomorrow: int  # due during tomorrow (after today's end), not later today
    streak: int
    leeches: Sequence[SetAside] = ()
    suspended: Sequence[SetAside] = ()
    flagged: Sequence[SetAside] = ()  # out of reviews and checks until fixed or unflagged
    next_steps: Sequence[str] = ()  # lines naming what to do next
    still_due_today: int = 0  # due before today's end, now or later: as `tutor stats` says


def summary_view(summary: Summary) -> RenderableType:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="dim")
    table.add_column()
    accuracy = f"{summary.right / summary.done:.0%}" if summary.done else "–"
    minutes, seconds = divmod(round(summary.seconds), 60)
    table.add_row("cards done", str(summary.done))
    table.add_row("accuracy", accuracy)
    table.add_row("time", f"{minutes}m {seconds:02d}s")
    if summary.still_due_today:
        # Without it, 'due tomorrow 0' right after a session read as nothing left today,
        # while `tutor` counted the cards just learnt, due again in minutes.
        table.add_row("still due today", str(summary.still_due_today))
    table.add_row("due tomorrow", str(summary.due_tomorrow))
    days = "day" if summary.streak == 1 else "days"
    table.add_row("streak", f"{summary.streak} {days}")
    parts: list[RenderableType] = [table]
    if summary.suspended:
        parts.append(Text("\nSuspended this session:", style="bold yellow"))
        parts.extend(_set_aside_lines(summary.suspended))
    if summary.flagged:
        parts.append(Text("\nFlagged as wrong this session:", style="bold magenta"))
        parts.extend(_set_aside_lines(summary.flagged, UNFLAG))
    if summary.leeches:
        parts.append(Text("\nLeeches suspended (failed 8 times) - reread:", style="bold yellow"))
        parts.extend(_set_aside_lines(summary.leeches))
    if summary.next_steps:
        parts.append(Text(""))
        parts.extend(Text(line, style="bold") for line in summary.next_steps)
    return Panel(Group(*parts), title="Session done", title_align="left")


def _set_aside_lines(cards: Sequence[SetAside], back: str = UNSUSPEND) -> list[RenderableType]:
    """Each card with the section to reread and the command that brings it back; a long
    prompt wraps under itself, not under the bullet."""
    table = Table.grid(padding=(0, 1))
    table.add_column(width=3, justify="right")
    table.add_column(ratio=1)
    for card in cards:
        table.add_row(
            "•",
            Text.assemble(
                literal(card.prompt),
                ("  →  ", "dim"),
                # (a page's opening has no section: 'Hydration', not 'Hydration:')
                literal(f"{card.title}: {card.section}" if card.section else card.title),
                *((("\nreread: ", "dim"), card.reread) if card.reread else ()),
                ("\nback with: ", "dim"),
                back.format(id=card.card_id),
            ),
        )
    return [table]


# Narrower than this, a table made for 80 columns leaves out its lesser columns (drawn
# through `Fitted`) rather than cutting its headers or wrapping each cell a word a line.
FULL_TABLE = 76


class Fitted:
    """A view drawn for the width it is given: on a narrow terminal (a split pane of 60
    columns) the charts and tables made for 80 wrapped every row and fell apart; drawn
    through this, each keeps what fits and says what it left out."""

    def __init__(self, draw: Callable[[int], RenderableType]) -> None:
        self.draw = draw

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.draw(options.max_width)
