"""Side cards: on a page comparing two things, which of the two a sentence is about.

'Interpreter looks at a source code line-by-line.' under 'Compiler vs interpreter' asks
'Which looks at a source code line-by-line: compiler or interpreter?', a choice of the
two. The claims are `cards.comparison`'s; this module words them. A sentence and its
mirror ('Threads have almost no overhead; processes have considerable overhead') give
one card, from the clause that comes first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.comparison import SideClaim, side_claims, sides
from cards.makers.context import Context
from cards.model import Answering, Card, CardKind
from cards.names import plural_of
from cards.sentences import upper_first


def side_cards(ctx: Context) -> Iterator[Card]:
    """'Which <does what the page says>: <one side> or <the other>?' for each claim."""
    pair = sides(ctx.entry)
    if pair is None:
        return
    asked: set[str] = set()
    for claim in side_claims(ctx.entry):
        names = _as_said(pair, claim)
        predicate = claim.predicate
        if _folded(predicate) in asked:
            continue  # 'Which is unreliable?' after 'Which is reliable?' asks it again
        asked.add(_folded(predicate))
        options = tuple(upper_first(name) for name in names)
        yield ctx.card(
            CardKind.IDENTIFY,
            Answering.CHOICE,
            f"Which {predicate}: {_in_prose(names[0])} or {_in_prose(names[1])}?",
            options[claim.side],
            claim.section,
            claim.item,
            explanation=claim.sentence,
            fixed_options=options,
        )


# What turns a quality into its opposite, so the opposite is not asked again.
_NEGATED = re.compile(r"\b(?:not\s+|non-?|un(?=[a-z]{4})|in(?=[a-z]{5}))", re.I)
# Qualities that come in two forms: lightweight and heavyweight, stateless and stateful.
_PAIRED = re.compile(r"\b(?:light|heavy)(?=weight\b)|(?<=\w)(?:less|ful)\b", re.I)


def _folded(predicate: str) -> str:
    """A predicate with its negation taken off: 'is unreliable' -> 'is reliable'."""
    return _PAIRED.sub("", _NEGATED.sub("", predicate.casefold()))


def _as_said(pair: tuple[str, str], claim: SideClaim) -> tuple[str, str]:
    """The two names in the number the sentence uses: 'threads or processes' for a
    claim made of threads."""
    if not claim.plural:
        return pair
    return plural_of(pair[0]), plural_of(pair[1])


def _in_prose(name: str) -> str:
    """A name as it reads inside a question: 'Compiler' -> 'compiler', 'TCP' stays."""
    first = name.split()[0]
    if first[1:] != first[1:].lower() or not first[:1].isupper():
        return name  # 'TCP', 'GraphQL', 'iPhone': written as they are named
    return name[:1].lower() + name[1:]
