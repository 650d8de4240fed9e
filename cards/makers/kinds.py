"""Kind cards: 'What is an anonymous function?' on a page about functions.

A page about X often defines kinds and parts of X on the way: a term holding a word of
X's name, defined by a sentence of its own. A few per entry at most.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.defining import definition_of
from cards.makers.context import Context
from cards.makers.definitions import EVALUATIVE, WEAK
from cards.makers.prose import sentences_of, stands_alone
from cards.model import Answering, Card, CardKind, SectionKind
from cards.rules import fold
from cards.sentences import strip_end, upper_first, words

# How many kinds of the entry one entry asks about: the rest of a long page's are left.
_MAX_KINDS = 4
# A bracket that points at the page's example ('(square in this case)'), not the idea.
_EXAMPLE_ASIDE = re.compile(r"\s*\([^()]*\b(?:in this case|e\.g\.|for example|see below)\b[^()]*\)")


# Words no term of a kind holds: verbs, conjunctions, places ('Latency can also').
_NOT_IN_A_TERM = frozenset(
    (
        *("can", "may", "also", "will", "could", "would", "should", "must", "and", "or"),
        *("in", "on", "at", "for", "with", "to", "by", "much", "very", "is", "are"),
    )
)
# A predicate that names what kind of thing the term is: 'a function without a name'.
_NAMES_A_THING = re.compile(r"^(?:an?|the|one|any)\s+\w", re.I)


def kind_cards(ctx: Context) -> Iterator[Card]:
    """'An anonymous function is a function without a name.' -> 'What is an anonymous function?'.

    A page about X often defines kinds and parts of X on the way: a term holding X's
    name ('inner function', 'function name'), defined by a sentence of its own.
    """
    own = {fold(name) for name in ctx.entry.names}
    head_words = {word for name in ctx.entry.names for word in words(name)[-1:]}
    asked = 0
    kinds = (SectionKind.SUMMARY, SectionKind.EXPLANATION, SectionKind.OTHER)
    for section, item, sentence in sentences_of(ctx.entry, *kinds):
        if asked >= _MAX_KINDS:
            return
        if not stands_alone(sentence) or len(words(sentence)) > 30:
            continue
        defined = definition_of(sentence)
        if defined is None or len(words(defined.predicate)) < 4:
            continue
        term = defined.name
        term_words = words(term)
        if fold(term) in own or not 2 <= len(term_words) <= 4 or not head_words & set(term_words):
            continue
        if _NOT_IN_A_TERM.intersection(term_words) or any(w.endswith("ly") for w in term_words):
            continue  # 'Latency can also', 'Encryption in modern ciphers': not a term
        if not _NAMES_A_THING.match(defined.predicate):
            continue  # 'is formally defined at ...', 'is good': says something else of it
        if EVALUATIVE.match(defined.predicate) or WEAK.match(defined.predicate):
            continue
        article = re.match(r"^(?:an?|the)\s+", sentence, re.I)
        said = f"{article.group().lower()}{term}" if article else term
        answer = _EXAMPLE_ASIDE.sub("", strip_end(defined.predicate)).rstrip(":")
        yield ctx.card(
            CardKind.DEFINITION,
            Answering.SELF,
            f"What is {said}?",
            upper_first(answer) + ".",
            section,
            item,
            explanation=sentence,
        )
        asked += 1
