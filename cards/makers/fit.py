"""Fit cards: 'Which of these is X good for?' (and 'not for'), as a choice.

From the entry's 'good for' and 'not for' sections: the answer from one, the wrong
options from the other of the same entry only (another entry's 'good for' may well be
true of this one too).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.makers.context import MAX_DISTRACTORS, Context
from cards.makers.prose import prose_items, sections_of
from cards.model import Answering, Card, CardKind, Entry, Item, Section, SectionKind
from cards.rules import fold, gives_away, section_folds
from cards.sentences import strip_end, upper_first, words
from cards.text import collapse

# 'Do not use if ...', 'Use it when ...': the instruction a 'When (not) to use' section
# opens with, which tells the options apart by their form alone. The condition is kept.
_INSTRUCTION = re.compile(
    r"^(?:(?:do\s+not|don't|never)\s+use|avoid(?:\s+using)?|use|choose)"
    r"(?:\s+(?:it|this|them))?\s+(?=(?:if|when|where|for)\b)",
    re.I,
)


# Advice in brackets after an option, which tells its side: 'More than five destinations
# (use a drawer instead)', 'Apps with one main section (no need for a tab bar)'.
_TRAILING_ASIDE = re.compile(r"\s*\([^()]{3,80}\)$")


def _choice_texts(entry: Entry, kind: SectionKind) -> list[tuple[Section, Item, str]]:
    """The items of a kind of section as option texts: no empty ones, no repeats."""
    found: dict[str, tuple[Section, Item, str]] = {}
    for section in sections_of(entry, kind):
        for item in prose_items(section):
            text = strip_end(collapse(item.text))
            text = upper_first(_INSTRUCTION.sub("", text))
            aside = _TRAILING_ASIDE.search(text)
            if aside is not None and len(words(text[: aside.start()])) >= 2:
                text = text[: aside.start()]
            if words(text):
                found.setdefault(fold(text), (section, item, text))
    return list(found.values())


def fit_cards(ctx: Context) -> Iterator[Card]:
    good = _choice_texts(ctx.entry, SectionKind.GOOD_FOR)
    bad = _choice_texts(ctx.entry, SectionKind.NOT_FOR)
    for right, wrong, word in ((good, bad, "good for"), (bad, good, "not for")):
        prompt = f"Which of these is {ctx.mention} {word}?"
        # (not 'Backend = the layer that ...' for Backend: the prompt names the answer)
        kept = [choice for choice in right if not gives_away(prompt, choice[2])]
        if not kept:
            continue
        section, item, answer = kept[0]
        # Wrong options come only from the opposite list of this entry: another entry's
        # 'good for' may well be true of this one too. Text in both lists is neither.
        right_folds = {fold(text) for _, _, text in right}
        # Nor anything standing in one section with the answer, whatever the section: two
        # texts listed together may both be right ('good for' items repeated in a summary).
        beside = {
            member
            for section in ctx.entry.sections
            if fold(answer) in (members := section_folds(section))
            for member in members
        }
        pool = [
            text
            for _, _, text in wrong
            if fold(text) not in right_folds | beside and not gives_away(prompt, text)
        ]
        if not pool or fold(answer) in {fold(t) for _, _, t in wrong}:
            continue
        picked = ctx.pick(CardKind.FIT, prompt).sample(pool, min(MAX_DISTRACTORS, len(pool)))
        yield ctx.card(
            CardKind.FIT,
            Answering.CHOICE,
            prompt,
            answer,
            section,
            item,
            explanation=f"{section.heading}: {answer}.",
            wrong=picked,
        )
