"""What `tutor cards` shows: a card table readable at 80 columns, the flags, and JSON.

Rendering only: the lines come from `db.browse`, recall from the scheduler passed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from db.browse import CardLine
from tutor.ui import literal

SHORT_ID = 8  # hex digits shown; any unique prefix is accepted back

STANDING_STYLES = {
    "new": "blue",
    "learning": "red",
    "review": "green",
    "suspended": "yellow",
    "leech": "bold yellow",
    "flagged": "magenta",
    "retired": "dim",
}


@dataclass(frozen=True)
class ShownCard:
    """A card line with its predicted recall now (None for a card never seen)."""

    line: CardLine
    recall: float | None


def short_id(card_id: str) -> str:
    """The id as the browser shows it: the hex digits after 'c1-', the first eight."""
    return card_id.split("-", 1)[-1][:SHORT_ID]


def matches(line: CardLine, words: str) -> bool:
    """Whether the card's prompt, answer or explanation holds `words` (any case)."""
    folded = words.casefold()
    return any(folded in text.casefold() for text in (line.prompt, line.answer, line.explanation))


def _due(shown: ShownCard, zone: tzinfo) -> str:
    due = shown.line.state.due
    if due is None or shown.line.standing in ("retired", "flagged", "suspended", "leech"):
        return "–"
    return due.astimezone(zone).strftime("%Y-%m-%d")


def _recall(shown: ShownCard) -> str:
    return "–" if shown.recall is None else f"{shown.recall:.0%}"


COLUMNS = (("id", SHORT_ID), ("state", 9), ("due", 10), ("recall", 6))
GAP = 2


def cards_table(cards: Sequence[ShownCard], zone: tzinfo, width: int) -> RenderableType:
    """The cards under a heading per step: id, standing, due date, recall and the prompt,
    each on one line cut to `width` (the prompt takes what the other columns leave)."""
    prompt_width = max(16, width - sum(size for _, size in COLUMNS) - GAP * len(COLUMNS))
    parts: list[RenderableType] = [_row([Text(name, "bold") for name, _ in COLUMNS], "prompt")]
    step = None
    for shown in cards:
        line = shown.line
        if (line.path, line.step) != step:
            step = (line.path, line.step)
            heading = Text.assemble(literal(line.path, "dim"), (" › ", "dim"), literal(line.step))
            heading.truncate(width, overflow="ellipsis")
            parts.append(heading)
        prompt = literal(line.prompt)
        prompt.truncate(prompt_width, overflow="ellipsis")
        cells = [
            Text(short_id(line.id)),
            Text(line.standing, STANDING_STYLES.get(line.standing, "")),
            Text(_due(shown, zone)),
            Text(_recall(shown), justify="right"),
        ]
        parts.append(_row(cells, prompt))
    return Group(*parts)


def _row(cells: list[Text], last: Text | str) -> Text:
    row = Text()
    for (_, size), cell in zip(COLUMNS, cells, strict=True):
        text = cell.copy()
        text.truncate(size, pad=True)
        if cell.justify == "right":
            text = Text(" " * (size - cell.cell_len)) + cell
        row.append_text(text)
        row.append(" " * GAP)
    row.append_text(last if isinstance(last, Text) else Text(last, "bold"))
    row.no_wrap = True
    return row


def flags_view(cards: Sequence[ShownCard], zone: tzinfo) -> RenderableType:
    """Each flagged card with where it comes from (file:line, section) and the reason."""
    parts: list[RenderableType] = []
    for shown in cards:
        line = shown.line
        when = line.flagged_at.astimezone(zone).strftime("%Y-%m-%d") if line.flagged_at else ""
        parts.append(
            Text.assemble(
                (short_id(line.id), "bold magenta"),
                "  ",
                literal(f"{line.file}:{line.line}"),
                ("  (", "dim"),
                literal(line.section, "dim"),
                (")", "dim"),
            )
        )
        reason = line.flag_reason or "(no reason given)"
        for text in (
            literal(line.prompt, "bold"),
            Text.assemble("answer: ", literal(line.answer)),
            Text.assemble(("flagged ", "dim"), when, ": ", literal(reason)),
        ):
            parts.append(Padding(text, (0, 0, 0, 2)))
        parts.append(Text(""))
    return Group(*parts)


def card_json(shown: ShownCard) -> dict[str, Any]:
    line = shown.line
    state = line.state
    return {
        "id": line.id,
        "path": line.path,
        "step": line.step,
        "entry_key": line.entry_key,
        "kind": line.kind,
        "prompt": line.prompt,
        "answer": line.answer,
        "state": line.standing,
        "due": _iso(state.due),
        "recall": shown.recall,
        "reps": state.reps,
        "lapses": state.lapses,
        "file": line.file,
        "line": line.line,
        "section": line.section,
        "flagged_at": _iso(line.flagged_at),
        "flag_reason": line.flag_reason,
    }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


__all__ = [
    "STANDING_STYLES",
    "ShownCard",
    "card_json",
    "cards_table",
    "flags_view",
    "matches",
    "short_id",
]
