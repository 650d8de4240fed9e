"""Pros-and-cons cards: 'Pro or con of X: ...?' for each item of its pros and cons.

Made only when the page lists both: with one side alone every answer would be the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.makers.context import Context
from cards.makers.prose import EXAMPLES_FOLLOW, prose_items, sections_of
from cards.model import Answering, Card, CardKind, SectionKind
from cards.rules import PRO_CON
from cards.sentences import lower_first, strip_end
from cards.text import collapse

# A pro for whoever learns the subject ('a rewarding place to start learning'), which is
# no property of the concept itself.
_FOR_THE_LEARNER = re.compile(
    r"\b(?:(?:start|begin)(?:s|ning|ing)?\s+(?:to\s+)?learn(?:ing)?|learners?|"
    r"(?:place|way) to (?:start|begin)|(?:newcomers|beginners) (?:learn|start))\b",
    re.I,
)


def pros_cons_cards(ctx: Context) -> Iterator[Card]:
    pros = [(s, i) for s in sections_of(ctx.entry, SectionKind.PROS) for i in prose_items(s)]
    cons = [(s, i) for s in sections_of(ctx.entry, SectionKind.CONS) for i in prose_items(s)]
    if not pros or not cons:
        return  # 'Why use a database?' alone: every answer would be Pro
    if len({id(s) for s, _ in pros}) > 1 < len({id(s) for s, _ in cons}):
        # 'Advantages' and 'Disadvantages' twice over: a page weighing two things, each
        # pair of lists said of one of them, which the headings do not say
        return
    pro_texts = {strip_end(collapse(i.text)).lower() for _, i in pros}
    con_texts = {strip_end(collapse(i.text)).lower() for _, i in cons}
    for answer, items in ((PRO_CON[0], pros), (PRO_CON[1], cons)):
        for section, item in items:
            if item.text.rstrip().endswith(":") or EXAMPLES_FOLLOW.search(strip_end(item.text)):
                continue  # 'Databases matter for several reasons, including:' leads a list
            text = strip_end(collapse(item.text))
            if _FOR_THE_LEARNER.search(text):
                continue  # a reason to study it, not something it does
            if text.lower() in pro_texts and text.lower() in con_texts:
                continue  # listed as both: no right answer
            prompt = f"Pro or con of {ctx.mention}: {lower_first(text)}?"
            yield ctx.card(
                CardKind.PROSCONS,
                Answering.CHOICE,
                prompt,
                answer,
                section,
                item,
                explanation=f"{section.heading}: {text}.",
                fixed_options=PRO_CON,
            )
