"""Part cards: 'Which of these chooses the route a packet takes across networks?'

A page about one concept often goes on under a heading for each of its parts, each over
a line saying what that part does or is: the layers of the OSI model ('Network' over
'Chooses the route a packet takes across networks'), the roles of a pattern. The page
is no glossary (it defines its own concept first), so the parts are not entries of
their own; each is asked as a choice among its siblings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.defining import is_noun_phrase
from cards.glossary import ARTICLE_SECTION, glosses_its_heading
from cards.makers.context import MAX_DISTRACTORS, Context
from cards.model import Answering, Card, CardKind, SectionKind
from cards.rules import fold
from cards.sentences import (
    content_words,
    first_sentence,
    has_phrase,
    lower_first,
    opens_with_doing,
    strip_end,
)
from cards.text import unnumbered

# Fewer parts than this are no set of siblings to choose among.
_FEWEST_PARTS = 3
# A gloss saying what a part is: a noun phrase or a participle ('A layer that ...',
# 'Concerned with the raw bit stream').
_IS = re.compile(r"^(?:an?|the|one)\s+\w|^[a-z]+ed\s+(?:with|by|for|to|in|on)\b", re.I)


# A figure copied as text: a numbered label inside it, brackets of boxes, a pipe, a call.
_DIAGRAM = re.compile(r"\S\s+\w+\s\d{1,2}:\s|\[\w{1,6}\]|\s\|\s|\w\(\)")
# A gloss opening on a noun, then its verb: 'Processes don't ...', 'Threads are ...'.
_SUBJECT_FIRST = re.compile(
    r"^[A-Z][a-z]+s\s+(?:don['’]t|do|does|doesn['’]t|are|is|can|cannot|will|may|must|have|has)\b"
)
_THEN_ABOUT_IT = re.compile(r",\s+(?:it|this|they)\s+", re.I)
# A heading that is a list's lead-in, cut at its colon: 'Releases can be created on'.
# ('Instead of having' over 'One Entry Per Virtual Page': a sentence's start)
_LEAD_IN = re.compile(
    r"\s(?:on|in|of|to|for|with|at|by|from|as|are|is|include|includes|having|being)$|"
    r"^(?:instead\s+of|rather\s+than)\s",
    re.I,
)


def part_cards(ctx: Context) -> Iterator[Card]:
    # ('Point-in-Time Recovery Origin' under 'Point-in-Time Recovery': a heading named
    # after the page is about it, no part of it)
    own = tuple(f"{fold(name)} " for name in ctx.entry.names if name)
    parts = [
        (unnumbered(section.heading), section)
        for section in ctx.entry.sections
        if section.kind is SectionKind.OTHER
        and not fold(section.heading).startswith(own)
        and not _LEAD_IN.search(section.heading.rstrip(" :"))
        and glosses_its_heading(section)
    ]
    names = [name for name, _ in parts]
    if len(parts) < _FEWEST_PARTS or len({fold(name) for name in names}) < len(names):
        return
    if any(ARTICLE_SECTION.search(name) for name in names):
        return  # 'For Loop Basics', 'Key Differences': an article's sections, no parts
    for name, section in parts:
        gloss = section.items[0]
        # '..., it can be viewed as the translator': a second clause, about it
        said = _THEN_ABOUT_IT.split(strip_end(first_sentence(gloss.text)), maxsplit=1)[0]
        prompt = _asked(said)
        if prompt is None or content_words(name) <= content_words(prompt):
            continue  # 'Formats the data to be presented ...' under 'Presentation'
        # 'to the Application layer' in the clue: Application is no option to rule out
        others = [other for other in names if other != name and not has_phrase(prompt, other)]
        if len(others) < _FEWEST_PARTS - 1:
            continue
        wrong = ctx.pick(CardKind.IDENTIFY, prompt).sample(
            others, min(MAX_DISTRACTORS, len(others))
        )
        yield ctx.card(
            CardKind.IDENTIFY,
            Answering.CHOICE,
            prompt,
            name,
            section,
            gloss,
            explanation=f"{name}: {gloss.text}",
            wrong=wrong,
        )


def _asked(gloss: str) -> str | None:
    """'Which of these chooses the route ...?' of 'Chooses the route ...'; 'Which of these
    is a layer that ...?' of 'A layer that ...'; None for a gloss of another shape."""
    if _DIAGRAM.search(gloss):
        return None  # 'Process 1: [CS] [CS] Process 2: ...': a figure's labels, run together
    if _SUBJECT_FIRST.match(gloss):
        return None  # 'Processes don't execute in order': a noun and its verb, no doing
    if opens_with_doing(gloss):
        return f"Which of these {lower_first(gloss)}?"
    if len(gloss.split()) >= 3 and _IS.match(gloss):
        if re.match(r"(?:an?|the|one)\s", gloss, re.I) and not is_noun_phrase(gloss):
            return None  # a sentence, not a thing named: 'A user attempts to access ...'
        return f"Which of these is {lower_first(gloss)}?"
    return None
