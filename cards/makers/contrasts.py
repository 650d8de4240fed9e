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
from cards.model import Answering, Card, CardKind, ItemKind, Section, SectionKind
from cards.names import capitalised_inside, same_name
from cards.sentences import has_phrase, lower_first, split_sentences, strip_end, upper_first, words
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
_VERSUS = re.compile(r"\s(?:vs\.?|versus)\s", re.I)
# A sentence that sets two things against each other.
_SET_AGAINST = re.compile(r";|\b(?:while|whereas|but|unlike|instead)\b", re.I)
# The most an answer under such a heading may say: a short paragraph, not an essay.
_MOST_COMPARED_WORDS = 60


def compared_heading_cards(ctx: Context) -> Iterator[Card]:
    """A heading that sets the entry beside another, and what is said under it: 'Compared
    with kneading bread' over a paragraph -> 'How does wedging differ from kneading
    bread?'; 'pH vs KH' under 'pH' -> 'How does pH differ from KH?'; 'Fishless vs fish-in
    cycling' over a point for each -> 'What is the difference between fishless cycling
    and fish-in cycling?'."""
    if sides(ctx.entry) is not None:
        return  # a page comparing two things: the side cards ask its points
    for section in ctx.entry.sections:
        if section.kind not in (SectionKind.OTHER, SectionKind.EXPLANATION) or not section.items:
            continue
        heading = section.heading.strip()
        found = _COMPARED_HEADING.match(heading)
        # (set side by side in so many words: 'Concept and syntax' lists two parts)
        versus = _VERSUS.search(heading) is not None
        pair = compared_pair(section) if found is None and versus else None
        if found is not None:
            others = [found["other"]]
        elif pair is not None:
            others = [side for side in pair if not any(same_name(side, n) for n in ctx.entry.names)]
        else:
            continue
        answer = _told_apart(section, pair)
        if answer is None or any(_POINTS_BACK.search(other) for other in others):
            continue
        if len(others) == 1 and found is not None and ctx.own.find(others[0]):
            # 'Compared with disc brake pads' under 'Brake pads': a kind of the entry set
            # beside another kind the heading leaves unsaid (rim pads)
            continue
        if len(others) == 1:
            other = _as_written(others[0], ctx.body)
            prompt = f"How {ctx.do()} {ctx.mention} differ from {other}?"
        elif pair is not None and len(others) == 2:
            first, second = (_as_written(side, ctx.body) for side in pair)
            prompt = f"What is the difference between {first} and {second}?"
        else:
            continue  # the entry beside itself: nothing named to tell apart
        yield ctx.card(
            CardKind.CLAIM,
            Answering.SELF,
            prompt,
            answer,
            section,
            section.items[0],
            explanation=" ".join(collapse(item.text) for item in section.items),
        )


def _as_written(name: str, body: str) -> str:
    """A heading's name as a sentence says it: its capitals kept for a name in capitals
    ('Lead Time') or one the page writes so inside its sentences ('Presta valve'), its
    first letter small otherwise ('kneading bread')."""
    if _NAME_IN_CAPITALS.match(name) or capitalised_inside(name.split()[0], body):
        return name
    return lower_first(name)


def _told_apart(section: Section, pair: tuple[str, str] | None) -> str | None:
    """What a section under such a heading says tells the two apart: its sentence naming
    both sides, or its short paragraph; or, under 'A vs B', a point for each side
    ('Fishless cycling: ...', 'Fish-in cycling: ...'), the first sentence of each."""
    first = section.items[0]
    if first.kind is ItemKind.PARAGRAPH and first is section.paragraphs[0]:
        text = collapse(first.text)
        if pair is not None:
            both = [
                sentence
                for sentence in split_sentences(text)
                if all(has_phrase(sentence, side) for side in pair) and not cut_off(sentence)
            ]
            # (the one that sets them against each other first: 'pH tells you where the
            # water is now; KH tells you how stable it will stay.')
            both.sort(key=lambda sentence: _SET_AGAINST.search(sentence) is None)
            if both:
                return both[0]
        if len(words(text)) > _MOST_COMPARED_WORDS or cut_off(text):
            return None
        return text if text.endswith((".", "!")) else None  # not 'Compared with a kiln:'
    points = section.bullets
    if pair is None or len(points) != 2 or len(section.items) != 2:
        return None
    said = []
    for side, point in zip(pair, points, strict=True):
        label, colon, rest = point.text.partition(":")
        if not colon or label.strip().casefold() != side.casefold() or not rest.strip():
            return None  # each point must open on its side's name
        told = split_sentences(collapse(rest))[0]
        said.append(f"{side[:1].upper()}{side[1:]}: {told}")
    return "\n".join(said)


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
