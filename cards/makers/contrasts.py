"""Contrast cards: how the entry differs from a neighbour, where the page says so.

From 'Unlike X, the entry ...' and '... whereas X ...' sentences. A page that compares
two concepts ('Authentication vs Authorization') gives each its entry and definition
card; the two definitions glued into one answer ('What is the difference between ...?')
were dropped: three blind readers in a row found they only said again what the two
definition cards ask, and a question telling them apart by one's definition is that
definition card turned round (the generator's own duplicate check drops it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.comparison import compared_pair, difference_said, sides
from cards.makers.context import Context
from cards.makers.definitions import EVALUATIVE
from cards.makers.prose import cut_off, sentences_of
from cards.model import Answering, Card, CardKind, ItemKind, SectionKind
from cards.sentences import lower_first, strip_end, upper_first, words
from cards.text import collapse

_UNLIKE = re.compile(r"^unlike\s+(?P<other>[^,]{3,80}),\s+(?P<claim>.{12,})$", re.I)
_WHEREAS = re.compile(
    r"^(?P<head>.{8,}?),?\s+whereas\s+(?:the\s+|an?\s+)?(?P<other>[\w-]+(?:\s+[\w-]+){0,2}?)\s+"
    r"(?:is|are|was|were|exists?|lives?|stays?|has|have|does|do|can|only|runs?|keeps?|holds?|"
    r"stores?|sits?)\b",
    re.I,
)

# The sections whose sentences say how the entry differs from another.
_PROSE = (SectionKind.SUMMARY, SectionKind.EXPLANATION, SectionKind.OTHER, SectionKind.TAKEAWAYS)


# A word that points at what a sentence before named: 'this communication', 'these'.
_POINTS_BACK = re.compile(r"\b(?:this|these|those|such)\b", re.I)


def contrast_cards(ctx: Context) -> Iterator[Card]:
    """How the entry differs from a neighbour, where the page says so.

    'Unlike traditional systems that store differences, Git stores snapshots' -> 'How
    does Git differ from traditional systems that store differences?'; 'Cookies are
    stored at the client whereas sessions live on the server' -> 'How do cookies differ
    from sessions?'.
    """
    asked: set[str] = set()
    for section, item, sentence in sentences_of(ctx.entry, *_PROSE):
        body = strip_end(sentence)
        if len(words(body)) > 40 or cut_off(body):
            continue
        unlike = _UNLIKE.match(body)
        whereas = None if unlike is not None else _WHEREAS.match(body)
        if unlike is not None:
            claim, other, answer = unlike["claim"], unlike["other"], unlike["claim"]
        elif whereas is not None:
            claim, other, answer = whereas["head"], whereas["other"], body
        else:
            continue
        spans = ctx.own.find(claim)
        if ctx.subject_and_rest(claim, spans) is None:
            continue  # 'Unlike X, it ...': the card would not say what the subject is
        if other.lower() in asked or ctx.own.find(other):
            continue
        said_to_be = re.sub(r"^.*?\b(?:is|are)\s+", "", claim, count=1)
        if said_to_be != claim and EVALUATIVE.match(said_to_be):
            continue  # '... the MIT License is remarkably straightforward': praise, no fact
        if _POINTS_BACK.search(other):
            continue  # 'other systems for managing this communication': which, said before
        asked.add(other.lower())
        said = claim[spans[0][0] : spans[0][1]]
        many = said.endswith("s") and said[:-1].lower() in {n.lower() for n in ctx.entry.names}
        name, do = (lower_first(said), "do") if many else (ctx.mention, ctx.do())
        # ('Deployment Frequency and Lead Time ...': a name in capitals keeps them)
        other = other if _NAME_IN_CAPITALS.match(other) else lower_first(other)
        yield ctx.card(
            CardKind.CLAIM,
            Answering.SELF,
            f"How {do} {name} differ from {other}?",
            upper_first(answer) + ".",
            section,
            item,
            explanation=sentence,
        )


# A heading that sets the entry beside another: 'Compared with kneading bread', 'How it
# differs from throwing', 'Versus a kiln'.
_COMPARED_HEADING = re.compile(
    r"^(?:compared\s+(?:with|to)|versus|vs\.?|unlike|(?:the\s+)?differences?\s+from|"
    r"how\s+it\s+differs\s+from)\s+(?P<other>[\w'’-]+(?:\s+[\w'’-]+){0,4})\s*:?$",
    re.I,
)
# The most an answer under such a heading may say: a short paragraph, not an essay.
_MOST_COMPARED_WORDS = 60


def compared_heading_cards(ctx: Context) -> Iterator[Card]:
    """A heading that sets the entry beside another and the paragraph under it: 'Compared
    with kneading bread' over what tells the two apart -> 'How does wedging differ from
    kneading bread?'."""
    for section in ctx.entry.sections:
        if section.kind not in (SectionKind.OTHER, SectionKind.EXPLANATION):
            continue
        found = _COMPARED_HEADING.match(section.heading.strip())
        if found is None or not section.items:
            continue
        first = section.items[0]
        if first.kind is not ItemKind.PARAGRAPH or first is not section.paragraphs[0]:
            continue  # a list under it: the sides' points, not a paragraph that answers
        answer = collapse(first.text)
        if len(words(answer)) > _MOST_COMPARED_WORDS or cut_off(answer):
            continue
        if not answer.endswith((".", "!")):
            continue  # 'Compared with a kiln:' over a list it leads into
        other = found["other"]
        if ctx.own.find(other) or _POINTS_BACK.search(other):
            continue  # the entry beside itself, or 'this one': nothing named to tell apart
        other = other if _NAME_IN_CAPITALS.match(other) else lower_first(other)
        yield ctx.card(
            CardKind.CLAIM,
            Answering.SELF,
            f"How {ctx.do()} {ctx.mention} differ from {other}?",
            answer,
            section,
            first,
            explanation=answer,
        )


# A name of several words, each in capitals: 'Deployment Frequency', 'Lead Time'.
_NAME_IN_CAPITALS = re.compile(r"[A-Z][\w-]*\s+[A-Z][\w-]*\b")


def difference_cards(ctx: Context) -> Iterator[Card]:
    """'What is the main difference between A and B?' where the page says what it is.

    'The main difference between RBAC and ABAC is that RBAC is based on roles, while
    ABAC is based on attributes' asks its answer of the pair it names ('between the two'
    is named by the entry's title when that compares two things). A page split into an
    entry per side keeps the sentence with both (`cards.glossary`); it is asked in the
    entry of the side the title names first.
    """
    pair = sides(ctx.entry)
    for section, item, sentence in sentences_of(ctx.entry, *_PROSE, SectionKind.CONTRAST):
        said = difference_said(sentence)
        if said is None:
            continue
        split = section.kind is SectionKind.CONTRAST  # one side's entry of a split page
        compared = compared_pair(section) if split else pair
        first, second = said.pair or compared or ("", "")
        if not first:
            continue  # 'between the two' on a page whose title names no pair
        if split:
            # asked once, by the entry of the side the page's title names first
            if not ctx.own.find(compared[0] if compared else first):
                continue
        elif compared is None and not (ctx.own.find(first) or ctx.own.find(second)):
            continue  # a pair the entry is not one of
        yield ctx.card(
            CardKind.CLAIM,
            Answering.SELF,
            f"What is {said.article} {said.qualifier}difference between {first} and {second}?",
            upper_first(said.answer) + ".",
            section,
            item,
            explanation=sentence,
        )
        return  # the page's one statement of the difference
