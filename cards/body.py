"""Section bodies: a segment's raw lines become items.

Paragraphs, bullets and numbered items (a list item runs on over indented lines),
tables read row by row, code blocks kept whole, FAQ questions with the pieces up to the
next question as their answer, and scorecard lines ('Market demand' then '5/5').
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from cards.meta import split_list
from cards.model import Item, ItemKind, SectionKind
from cards.segments import FENCE, SCORE, Line, closes_fence
from cards.text import collapse, indent, list_marker, plain

_RULE = re.compile(r"^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,})$")
_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]*-[\s:|-]*$")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_Q_PREFIX = re.compile(r"^(?:q|question)\s*[:.]\s*", re.I)
_A_PREFIX = re.compile(r"^(?:a|answer)\s*:\s*", re.I)


@dataclass
class _Piece:
    """A paragraph, list item, code block or question heading, as its raw lines."""

    kind: ItemKind
    lines: list[Line]
    code: bool = False

    @property
    def line(self) -> int:
        return self.lines[0].no if self.lines else 0

    @cached_property
    def text(self) -> str:
        if self.code:
            return "\n".join(ln.text for ln in self.lines).strip("\n")
        return plain(" ".join(ln.text for ln in self.lines))


def _pieces(body: list[Line]) -> list[_Piece]:
    """Group a section's lines into paragraphs and list items.

    A list item continues on the following lines until a blank line, and after a
    blank line on indented lines (Markdown's multi-paragraph items).
    """
    pieces: list[_Piece] = []
    current: _Piece | None = None
    after_blank = True
    fence = ""
    for ln in body:
        text = ln.text
        if fence:
            if closes_fence(fence, text):
                fence, current = "", None
            elif current is not None:
                current.lines.append(ln)
            continue
        if ln.question:
            pieces.append(_Piece(ItemKind.QUESTION, [ln]))
            current, after_blank = None, True
            continue
        if (match := FENCE.match(text)) is not None:
            fence = match.group(1)
            current = _Piece(ItemKind.PARAGRAPH, [], code=True)
            pieces.append(current)
            continue
        text = _QUOTE.sub("", text)
        if not text.strip() or _RULE.match(text):
            after_blank = True
            if current is not None and current.kind is ItemKind.PARAGRAPH:
                current = None
            continue
        if text.lstrip().startswith("|"):
            if not _TABLE_RULE.match(text):
                pieces.append(_Piece(ItemKind.BULLET, [Line(ln.no, table_row(text))]))
            current, after_blank = None, False
            continue
        marker = list_marker(text)
        listed = current is not None and current.kind in (ItemKind.BULLET, ItemKind.NUMBERED)
        if marker is not None:
            current = _Piece(marker.kind, [Line(ln.no, marker.text)])
            pieces.append(current)
        elif current is not None and (not after_blank or (listed and indent(text) >= 2)):
            if listed and _flattened_row(text):
                current = _Piece(ItemKind.PARAGRAPH, [Line(ln.no, text)])
                pieces.append(current)  # a table below the list, its cells run together
            else:
                current.lines.append(Line(ln.no, text))
        else:
            current = _Piece(ItemKind.PARAGRAPH, [Line(ln.no, text)])
            pieces.append(current)
        after_blank = False
    return [piece for piece in pieces if piece.text]


# A lower-case letter straight before a capital: where two cells of a row copied
# without their borders meet ('LogsCloudWatch LogsApplication events').
_CELLS_MEET = re.compile(r"(?<=[a-zà-ÿ])[A-Z]")


def _flattened_row(text: str) -> bool:
    """Whether a line under a list item is a table row whose cells ran together: it
    opens with a capital, not mid-sentence, and cells meet inside words at least twice,
    and in every other word at least (a wrapped line of prose such as 'JavaScript or
    TypeScript keep little there' has names of that shape, but far fewer)."""
    line = text.strip()
    meetings = len(_CELLS_MEET.findall(line))
    return line[:1].isupper() and meetings >= 2 and 2 * meetings >= len(line.split())


def table_row(text: str) -> str:
    """A table row as text: '| Market demand | 5/5 |' -> 'Market demand: 5/5'."""
    cells = [cell.strip() for cell in text.strip().strip("|").split("|")]
    cells = [cell for cell in cells if cell]
    return ": ".join(cells) if len(cells) == 2 else " | ".join(cells)


def items_of(kind: SectionKind | None, body: list[Line]) -> tuple[Item, ...]:
    if kind is SectionKind.SCORECARD:
        return _scores(body)
    pieces = _pieces(body)
    if kind is SectionKind.FAQ:
        return _questions(pieces)
    items = [_item(piece) for piece in pieces]
    if kind is SectionKind.RELATED:
        items = [part for item in items for part in _related(item)]
    return tuple(items)


def _item(piece: _Piece) -> Item:
    kind = ItemKind.PARAGRAPH if piece.kind is ItemKind.QUESTION else piece.kind
    return Item(kind, piece.text, piece.line)


def _related(item: Item) -> list[Item]:
    """'API, Database, CDN' under 'Related' is three names, not one sentence."""
    names = split_list(item.text.rstrip("."))
    if (
        item.kind is ItemKind.PARAGRAPH
        and len(names) > 1
        and all(len(n.split()) <= 5 for n in names)
    ):
        return [Item(ItemKind.BULLET, name, item.line) for name in names]
    return [item]


def _question(piece: _Piece) -> tuple[str, int, _Piece | None] | None:
    """(question, line, the rest of the piece as answer) when a piece asks something."""
    if piece.code:
        return None
    first = plain(piece.lines[0].text)
    rest = _Piece(ItemKind.PARAGRAPH, piece.lines[1:]) if len(piece.lines) > 1 else None
    if piece.kind is ItemKind.QUESTION or first.endswith("?") or _Q_PREFIX.match(first):
        return _Q_PREFIX.sub("", first), piece.line, rest if rest and rest.text else None
    whole = piece.text
    if whole.endswith("?") and len(whole) <= 300:  # a question wrapped over lines
        return _Q_PREFIX.sub("", whole), piece.line, None
    return None


def _questions(pieces: Iterable[_Piece]) -> tuple[Item, ...]:
    """FAQ pieces as QUESTION items: each question takes the pieces up to the next one.

    A question with no answer is kept as a paragraph: there is nothing to recall.
    """
    items: list[Item] = []
    asked: tuple[str, int] | None = None
    answer: list[_Piece] = []

    def close() -> None:
        if asked is None:
            return
        if not answer:
            items.append(Item(ItemKind.PARAGRAPH, asked[0], asked[1]))
            return
        text = ""
        for k, part in enumerate(answer):
            listed = part.kind in (ItemKind.BULLET, ItemKind.NUMBERED)
            words = f"- {part.text}" if listed else part.text
            if k == 0:
                words = _A_PREFIX.sub("", words)
            joined = listed and k > 0 and answer[k - 1].kind in (ItemKind.BULLET, ItemKind.NUMBERED)
            text = words if k == 0 else text + ("\n" if joined else "\n\n") + words
        items.append(Item(ItemKind.QUESTION, asked[0], asked[1], text, answer[0].line))

    for piece in pieces:
        question = _question(piece)
        if question is not None and question[0]:
            close()
            asked, answer = (question[0], question[1]), []
            if question[2] is not None:
                answer.append(question[2])
        elif asked is not None:
            answer.append(piece)
        else:
            items.append(_item(piece))
    close()
    return tuple(items)


_LABELLED_SCORE = re.compile(r"[\s:\-–—|]+(\d{1,3}(?:[.,]\d+)?\s*/\s*\d{1,3})$")


def _scores(body: list[Line]) -> tuple[Item, ...]:
    """Scorecard lines: 'label' then 'N/5' on the next line, or 'label: N/5' on one."""
    items: list[Item] = []
    label: Line | None = None
    for ln in body:
        marker = list_marker(ln.text)
        text = plain(table_row(ln.text) if ln.text.lstrip().startswith("|") else ln.text)
        if marker is not None:
            text = plain(marker.text)
        if not text or (_TABLE_RULE.match(ln.text) and "-" in ln.text):
            continue
        if SCORE.match(text) and label is not None:
            items.append(Item(ItemKind.BULLET, f"{label.text}: {collapse(text)}", label.no))
            label = None
            continue
        if label is not None:
            items.append(Item(ItemKind.PARAGRAPH, label.text, label.no))
            label = None
        score = _LABELLED_SCORE.search(text)
        if score is not None and score.start() > 0:
            pair = f"{text[: score.start()]}: {collapse(score.group(1))}"
            items.append(Item(ItemKind.BULLET, pair, ln.no))
        else:
            label = Line(ln.no, text)
    if label is not None:
        items.append(Item(ItemKind.PARAGRAPH, label.text, label.no))
    return tuple(items)
