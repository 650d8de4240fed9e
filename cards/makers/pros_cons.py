"""Pros-and-cons cards: 'Pro or con of X: ....' for each item of its pros and cons.

Made only when the page lists both: with one side alone every answer would be the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.makers.context import Context
from cards.makers.prose import EXAMPLES_FOLLOW, prose_items, sections_of
from cards.model import PRO_CON, Answering, Card, CardKind, Item, Section, SectionKind
from cards.sentences import lower_first, strip_end
from cards.text import collapse

# A pro for whoever learns the subject ('a rewarding place to start learning'), which is
# no property of the concept itself.
_FOR_THE_LEARNER = re.compile(
    r"\b(?:(?:start|begin)(?:s|ning|ing)?\s+(?:to\s+)?learn(?:ing)?|learners?|"
    r"(?:place|way) to (?:start|begin)|(?:newcomers|beginners) (?:learn|start))\b",
    re.I,
)


# A point that says its own worth: a learner answers from the word, not from knowing the
# concept ('a helpful metric', 'latency is higher', 'a single point of failure').
_SAYS_ITS_WORTH = re.compile(
    r"\b(?:helpful|useful|crucial|essential|important|better|best|worse|worst|faster|"
    r"slower|easier|harder|(?:more |less |in)?efficient|complicated|difficult|reliab\w*|"
    r"expensive|costly|risky|problems?|drawbacks?|benefits?|advantages?|disadvantages?|"
    r"limitations?|bottlenecks?|incomplete|single point of failure|higher|lower|"
    r"out of [\w\s'’]{0,20}control|improv(?:e|es|ed|ing)|optimi[sz](?:e|es|ed|ing))\b",
    re.I,
)
# A point under a label of its own, which sums it up and so gives its side away:
# 'Reliability – orchestration has ...', 'Uncontrollable factors: Numerous factors ...'
# (not 'Needs ongoing work: backups, updates and tuning', whose colon leads a list).
_LABELLED = re.compile(r"^[\w'’-]+(?:\s+[\w'’-]+){0,3}(?::\s+(?=[A-Z])|\s[–—-]\s)")


def pros_cons_cards(ctx: Context) -> Iterator[Card]:
    pros = [(s, i) for s in sections_of(ctx.entry, SectionKind.PROS) for i in prose_items(s)]
    cons = [(s, i) for s in sections_of(ctx.entry, SectionKind.CONS) for i in prose_items(s)]
    askable = {id(point[1]) for point in (*pros, *cons) if _askable(point)}  # each asked once
    if not any(id(i) in askable for _, i in pros) or not any(id(i) in askable for _, i in cons):
        return  # 'Why use a database?' alone: every answer would be Pro
    if len({id(s) for s, _ in pros}) > 1 < len({id(s) for s, _ in cons}):
        # 'Advantages' and 'Disadvantages' twice over: a page weighing two things, each
        # pair of lists said of one of them, which the headings do not say
        return
    pro_texts = {strip_end(collapse(i.text)).lower() for _, i in pros}
    con_texts = {strip_end(collapse(i.text)).lower() for _, i in cons}
    for answer, items in ((PRO_CON[0], pros), (PRO_CON[1], cons)):
        for section, item in items:
            if id(item) not in askable:
                continue
            text = strip_end(collapse(item.text))
            if text.lower() in pro_texts and text.lower() in con_texts:
                continue  # listed as both: no right answer
            prompt = f"Pro or con of {ctx.mention}: {lower_first(text)}."
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


def _askable(point: tuple[Section, Item]) -> bool:
    """Whether a pro or a con can be asked as one: a learner must weigh what it says."""
    text = point[1].text.rstrip()
    if text.endswith(":") or EXAMPLES_FOLLOW.search(strip_end(text)):
        return False  # 'Databases matter for several reasons, including:' leads a list
    said = strip_end(collapse(text))
    return not (
        _FOR_THE_LEARNER.search(said)  # a reason to study it, not something it does
        or _SAYS_ITS_WORTH.search(said)
        or _LABELLED.match(said)
    )
