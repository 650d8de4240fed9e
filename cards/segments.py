"""The shapes every layout shares: a file's lines, the segments they fall into, headings.

A layout cuts a file into segments (a heading and the raw lines under it); `cards.body`
later turns each segment's lines into items. The tests here (is this line title-like,
is it inside a code fence, is it a 'Label: text' line) are the same in every layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from cards.headings import section_kind
from cards.model import SectionKind
from cards.text import list_marker, plain


class Line(NamedTuple):
    """One line of the file as a layout hands it on."""

    no: int  # 1-based line in the file
    text: str
    question: bool = False  # a Markdown sub-heading inside an FAQ: a question by position


@dataclass
class Segment:
    """A heading and the raw lines under it, before they become items."""

    heading: str  # "" for text before the first heading
    line: int
    kind: SectionKind | None  # None: a heading the synonym table does not know
    body: list[Line] = field(default_factory=list)


class Head(NamedTuple):
    """A heading found in the text, and how it was written."""

    text: str
    kind: SectionKind | None
    rest: str | None = None  # text after 'Label:' on the heading's own line
    skip: int = 1  # lines the heading takes (2 with an underline)
    colon: bool = False  # written 'Label:' (the glossary habit)


TERMINAL = tuple(".!?;,:…。！？；，：")
SCORE = re.compile(r"^\d{1,3}(?:[.,]\d+)?\s*/\s*\d{1,3}$")
LABEL = re.compile(r"^(?P<label>[^:]{1,40}?)\s*:\s*(?P<rest>.*)$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
UNDERLINE = re.compile(r"^ {0,3}(?:={3,}|-{3,})$")


def title_like(text: str, max_words: int = 10) -> bool:
    """A short line with no sentence ending: could be a title or a bare heading."""
    s = plain(text)
    return (
        0 < len(s) <= 80
        and len(s.split()) <= max_words
        and not s.endswith(TERMINAL)
        # (a name may open on a dot: '.gitignore', '.NET')
        and (s[0].isalnum() or (s[0] == "." and s[1:2].isalnum()))
        and not s[0].islower()  # capitalised, a digit, or a script without case
        and any(c.isalpha() for c in s)
        and list_marker(text) is None
        and SCORE.match(s) is None
    )


def is_blank(lines: list[str], i: int) -> bool:
    """Whether line i is empty; lines before the first and after the last are."""
    return i < 0 or i >= len(lines) or not lines[i].strip()


def fenced_lines(lines: list[str], start: int = 0) -> set[int]:
    """Indexes of lines inside (or opening/closing) ``` fences, where nothing is structure."""
    fenced: set[int] = set()
    opener = ""
    for i in range(start, len(lines)):
        if opener:
            fenced.add(i)
            if closes_fence(opener, lines[i]):
                opener = ""
        elif (match := FENCE.match(lines[i])) is not None:
            fenced.add(i)
            opener = match.group(1)
    return fenced


def closes_fence(opener: str, line: str) -> bool:
    """Whether `line` closes a code block opened by `opener` (same mark, at least as long)."""
    match = FENCE.match(line)
    return (
        match is not None and match.group(1)[0] == opener[0] and len(match.group(1)) >= len(opener)
    )


def text_blocks(lines: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """[a, b) index ranges of runs of non-blank lines."""
    blocks: list[tuple[int, int]] = []
    a = None
    for i in range(start, end):
        if lines[i].strip():
            a = i if a is None else a
        elif a is not None:
            blocks.append((a, i))
            a = None
    if a is not None:
        blocks.append((a, end))
    return blocks


# Sections that end a page: a label for them closes even an FAQ.
_END_MATTER = frozenset({SectionKind.RELATED, SectionKind.NEXT})


def inline_label(line: str, current: SectionKind | None, alone: bool = False) -> Head | None:
    """'Common misconception: that ...' at the start of a paragraph opens that section;
    with `alone`, so does a capitalised label with nothing after it ('Pros:' over its
    bullets, a Markdown note's paragraph of its own).

    Not when the label names the section the paragraph is already in, and inside an
    FAQ only for what ends a page ('See also: ...'): answers may well start 'For
    example: ...'.
    """
    if ":" not in line or list_marker(line) is not None:
        return None
    label = LABEL.match(plain(line))
    if label is None or len(label["label"].split()) > 5:
        return None
    if not label["rest"].strip() and not (alone and label["label"][:1].isupper()):
        return None
    kind = section_kind(label["label"])
    if kind is None or kind is current:
        return None
    if current is SectionKind.FAQ and kind not in _END_MATTER:
        return None
    return Head(label["label"], kind, rest=label["rest"], colon=True)


def chained_label(line: str, current: SectionKind | None) -> Head | None:
    """A label line right under another ('Definition: ...' then 'Example: ...').

    Only a capitalised label counts, so a wrapped sentence that happens to continue
    with 'for example: ...' stays in its paragraph.
    """
    head = inline_label(line, current)
    return head if head is not None and not head.text[:1].islower() else None
