"""What `tutor cards` shows: a card table readable at 80 columns, the flags, and JSON.

Rendering only: the lines come from `db.browse`, recall from the scheduler passed in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from rich.cells import cell_len, set_cell_size
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from db.browse import CardLine
from db.records import CardStage, Review, StoredCard
from tutor.ui import RATING_LABELS, RATING_STYLES, clean, literal, shown_file

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
    """A card line with its predicted recall now (None for a card not learnt yet: never
    seen, or still in its learning steps)."""

    line: CardLine
    recall: float | None


def short_id(card_id: str) -> str:
    """The id as the browser shows it: the hex digits after 'c1-', the first eight."""
    return card_id.split("-", 1)[-1][:SHORT_ID]


def matches(line: CardLine, words: str) -> bool:
    """Whether every one of `words` begins a word of the card's prompt, answer or
    explanation, in any case: 'hash' finds 'hashing', 'TTL' does not find 'little'. A
    word ending in a silent 'e' finds the forms that drop it too: 'cache' finds
    'caching', 'encode' 'encoding'. A search in double quotes is one phrase ('"heavy
    clay"')."""
    quoted = words.strip()
    terms = [quoted[1:-1]] if len(quoted) > 1 and quoted[0] == quoted[-1] == '"' else words.split()
    text = "\n".join((line.prompt, line.answer, line.explanation))
    return all(re.search(_word_start(term), text, re.IGNORECASE) for term in terms)


def _word_start(term: str) -> str:
    """The pattern of words beginning with `term`, or with its stem before -ing, -ion or
    -ation when it is one word ending in 'e' after a consonant ('cache', 'serialize')."""
    if re.fullmatch(r"\w*[^\W\daeiou]e", term, re.IGNORECASE) and len(term) > 3:
        stem = re.escape(term[:-1])
        return rf"(?<!\w){stem}(?:e|ing|ion|ation)"
    return rf"(?<!\w){re.escape(term)}"


def _due(shown: ShownCard, zone: tzinfo) -> str:
    due = shown.line.state.due
    if due is None or shown.line.standing in ("retired", "flagged", "suspended", "leech"):
        return "–"
    return due.astimezone(zone).strftime("%Y-%m-%d")


def _recall(shown: ShownCard) -> str:
    return "–" if shown.recall is None else f"{shown.recall:.0%}"


COLUMNS = (("id", SHORT_ID), ("state", 9), ("due", 10), ("recall", 6))
GAP = "  "
_FULL_WIDTH = 80  # columns from which the list shows every column


def card_rows(cards: Iterable[ShownCard], zone: tzinfo, width: int) -> Iterator[Text]:
    """The card list one line at a time, under a heading per step: id, standing, due date,
    recall and the prompt, cut to `width` (the prompt takes what the other columns leave),
    then how many cards there were. Nothing at all when there are no cards.

    Lines are built as plain strings with one styled span each, and streamed: a list of
    100k cards is never held whole, nor laid out by a table.
    """
    # Under 80 columns the due date and recall give way to the prompt: at 60 the prompt
    # had 18 cells, and cards of one step read alike ('What are the three…').
    columns = COLUMNS if width >= _FULL_WIDTH else COLUMNS[:2]
    prompt_width = max(16, width - sum(size for _, size in columns) - len(GAP) * len(columns))
    header = GAP.join(name.ljust(size) for name, size in columns) + GAP + "prompt"
    step = None
    count = 0
    for shown in cards:
        if not count:
            yield Text(header, style="bold")
        count += 1
        line = shown.line
        if (line.path, line.step) != step:
            step = (line.path, line.step)
            yield Text(_cut(f"{clean(line.path)} › {clean(line.step)}", width), style="bold")
        standing = line.standing
        cells = [short_id(line.id).ljust(SHORT_ID), standing.ljust(9)]
        if columns is COLUMNS:
            cells += [_due(shown, zone).ljust(10), _recall(shown).rjust(6)]
        row = Text(GAP.join((*cells, _cut(clean(line.prompt), prompt_width))))
        start = SHORT_ID + len(GAP)
        row.stylize(STANDING_STYLES.get(standing, ""), start, start + len(standing))
        yield row
    if count:
        tally = f"{count:,} card{'' if count == 1 else 's'}"
        yield Text(f"{tally} · tutor cards show ID shows one whole", style="dim")


def _cut(text: str, width: int) -> str:
    """`text` in at most `width` cells, an ellipsis marking a cut."""
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, width - 1) + "…"


def flags_view(cards: Sequence[ShownCard], zone: tzinfo) -> RenderableType:
    """Each flagged card with where it comes from (file:line, section) and the reason."""
    parts: list[RenderableType] = []
    for shown in cards:
        line = shown.line
        when = line.flagged_at.astimezone(zone).strftime("%Y-%m-%d") if line.flagged_at else ""
        # (the section in brackets when the card's sentence stands under one: a page's
        # opening has none, and '()' read as something missing)
        section = (
            [("  (", "dim"), literal(line.section, "dim"), (")", "dim")] if line.section else []
        )
        parts.append(
            Text.assemble(
                (short_id(line.id), "bold magenta"),
                "  ",
                literal(f"{shown_file(line.file)}:{line.line}"),
                *section,
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


@dataclass(frozen=True)
class CardInfo:
    """One card whole, for `tutor cards show`: its line, what the review shows of it
    (options, answers taken as right) and every answer it was given."""

    shown: ShownCard
    stored: StoredCard
    reviews: Sequence[Review]


def card_info(info: CardInfo, zone: tzinfo, console: Console) -> Iterator[Text]:
    """The card as Anki's card info shows one, line by line at the console's width:
    question, options, answer, where it comes from, its memory, and each answer given
    (date, rating, stage before, time taken)."""
    line, card = info.shown.line, info.stored.card
    yield Text.assemble(
        (short_id(line.id), "bold"),
        "  ",
        (line.standing, STANDING_STYLES.get(line.standing, "")),
        ("  ·  ", "dim"),
        literal(f"{line.path} › {line.step}"),
        ("  ·  ", "dim"),
        line.kind,
    )
    yield from _wrapped(literal(line.prompt, "bold"), console, 2)
    for number, option in enumerate(card.options, start=1):
        mark = ("✓ ", "green") if option == card.answer else ("  ", "")
        yield from _wrapped(Text.assemble(mark, f"{number}. ", literal(option)), console, 2, 5)
    fields = [("answer", line.answer)] if not card.options else []
    if card.accepted:
        fields.append(("also right", "; ".join(card.accepted)))
    if line.explanation and line.explanation != line.answer:
        fields.append(("source", line.explanation))
    section = f" ({line.section})" if line.section else ""
    fields.append(("from", f"{shown_file(line.file)}:{line.line}{section}"))
    fields.append(("memory", _memory(info.shown, zone)))
    if line.flagged_at is not None:
        when = line.flagged_at.astimezone(zone).strftime("%Y-%m-%d")
        fields.append(("flagged", f"{when}: {line.flag_reason or '(no reason given)'}"))
    for name, value in fields:
        yield from _wrapped(Text.assemble((f"{name}: ", "dim"), literal(value)), console, 2)
    if info.reviews:
        yield Text(f"  answers ({len(info.reviews)})", style="dim")
    for review in info.reviews:
        seconds = "" if review.duration_ms is None else f"  {review.duration_ms / 1000:.0f} s"
        yield Text.assemble(
            "    ",
            review.reviewed_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
            "  ",
            (RATING_LABELS[review.rating].ljust(5), RATING_STYLES[review.rating]),
            f"  {review.state_before.name.lower()}",
            "  (check)" if review.mode == "check" else "",
            seconds,
        )


def _wrapped(text: Text, console: Console, indent: int, hang: int = 2) -> Iterator[Text]:
    """`text` wrapped `indent` columns in, its later lines `hang` further, with no spaces
    at the ends of lines."""
    for k, part in enumerate(text.wrap(console, max(20, console.width - indent - hang))):
        part.rstrip()
        yield Text.assemble(" " * (indent if k == 0 else indent + hang), part)


def _memory(shown: ShownCard, zone: tzinfo) -> str:
    """'due 2026-12-02 · recall 87% · stability 3.1 days · difficulty 5.2 · 4 answers, 1 lapse'."""
    state = shown.line.state
    if state.stage is CardStage.NEW:
        return "new: not answered yet"
    due = _due(shown, zone)
    learning = state.stage.in_learning
    if learning and state.due is not None and due != "–":
        due = state.due.astimezone(zone).strftime("%Y-%m-%d %H:%M")  # due within minutes
    told = [f"due {due}", f"recall {_recall(shown)}"]
    if state.stability is not None:
        told.append(f"stability {state.stability:.1f} days")
    if state.difficulty is not None:
        told.append(f"difficulty {state.difficulty:.1f} of 10")
    lapses = f"{state.lapses} lapse{'' if state.lapses == 1 else 's'}"
    told.append(f"{state.reps} answer{'' if state.reps == 1 else 's'}, {lapses}")
    return " · ".join(told)


def card_info_json(info: CardInfo) -> dict[str, Any]:
    """`card_json` with the options, the answers also taken as right, the source sentence,
    the memory state and every review."""
    card, state = info.stored.card, info.shown.line.state
    return {
        **card_json(info.shown),
        "answering": card.answering.value,
        "options": list(card.options),
        "accepted": list(card.accepted),
        "explanation": card.explanation,
        "stability": state.stability,
        "difficulty": state.difficulty,
        "reviews": [
            {
                "at": review.reviewed_at.isoformat(),
                "rating": RATING_LABELS[review.rating].lower(),
                "stage_before": review.state_before.name.lower(),
                "mode": review.mode,
                "duration_ms": review.duration_ms,
            }
            for review in info.reviews
        ],
    }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


__all__ = [
    "STANDING_STYLES",
    "CardInfo",
    "ShownCard",
    "card_info",
    "card_info_json",
    "card_json",
    "card_rows",
    "flags_view",
    "matches",
    "short_id",
]
