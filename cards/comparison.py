"""What a page comparing two things says of one of them alone.

A page titled 'Compiler vs interpreter' that says 'Interpreter looks at a source code
line-by-line.' tells the two apart by that sentence: which of the two does it? Many such
pages never say what either side *is* ('TCP is a protocol ...'), so they have no
definition to ask; what they have is sentences about one side, and those are the page.

`side_claims` finds them: a sentence (or the first clause of one) whose subject is one
side, named alone, with a predicate that names neither side and leans on nothing
before it, in a paragraph or point that names the other side too (where the page sets
the two side by side); and, under a heading for each side, the qualities listed. The
parser keeps such a page as an entry of its own; `cards.makers.sides` asks each claim
as a choice between the two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cards.glossary import compared_names
from cards.makers.prose import cut_off, prose_items
from cards.model import Entry, Item, ItemKind, Section
from cards.names import fold_name, plural_of
from cards.sentences import split_sentences, strip_end, words

# Claims shorter than this say too little to tell the two apart ('TCP wins.').
_FEWEST_WORDS = 3
# Longer ones are paragraphs in one sentence: no one recalls which side all of it fits.
_MOST_WORDS = 25
# A second clause of the same sentence, often the other side's half of the contrast.
_CLAUSE = re.compile(r";\s+|,?\s+(?:whereas|while|but)\s+", re.I)
# The verb after a singular subject: an auxiliary, or a verb ending in -s ('looks').
_SINGULAR_VERB = re.compile(
    r"(?:is|was|has|does|can|cannot|must|should|will|would|may|might|needs|keeps|"
    r"[a-z]{2,}s)\b(?!\s+(?:is|are|was|were|has|have)\b)"
)
# The verb after a plural subject: any lower-case word ('Threads share ...'), plural
# verbs being too many to list.
_PLURAL_VERB = re.compile(r"(?:are|were|have|do|can|cannot|must|should|will|would|may|[a-z]{2,})\b")
# Words that point outside the sentence: its claim is not whole on a card.
_POINTING = frozenset(
    ("this", "these", "those", "former", "latter", "above", "below", "here", "such", "same")
)


@dataclass(frozen=True)
class SideClaim:
    """One sentence of a comparison page about one side alone."""

    side: int  # 0 for the title's first name, 1 for its second
    plural: bool  # the sentence names the side in the plural ('Threads have ...')
    predicate: str  # what it says of the side: 'looks at a source code line-by-line'
    section: Section
    item: Item
    sentence: str


def sides(entry: Entry) -> tuple[str, str] | None:
    """The two names the entry's title compares, as the title writes them."""
    names = compared_names(entry.title)
    if names is None:
        return None
    body = " ".join(item.text for section in entry.sections for item in section.items)
    first, second = (_singular(_spelled(spellings, body), body) for spellings in names)
    if fold_name(first) == fold_name(second):
        return None
    return first, second


def _spelled(spellings: tuple[str, ...], body: str) -> str:
    """The first of a side's spellings the page uses ('linked list' rather than 'array
    list' read into 'Array vs linked list'), else the likeliest."""
    return next((name for name in spellings if _names(body, name)), spellings[0])


def _singular(name: str, body: str) -> str:
    """A side named in the plural ('Processes vs threads') as one of it, when the page
    says it so ('a process'); 'Kubernetes' and 'Analytics' stay as they are."""
    for cut in (2, 1):
        one = name[:-cut]
        if len(one) > 2 and plural_of(one).casefold() == name.casefold() and _names(body, one):
            return one
    return name


def side_claims(entry: Entry) -> list[SideClaim]:
    """Every sentence of the entry that says something of one compared side alone."""
    pair = sides(entry)
    if pair is None:
        return []
    return list(_claims(entry, pair))


def _claims(entry: Entry, pair: tuple[str, str]) -> list[SideClaim]:
    subjects = [_subject(name) for name in pair]
    headed = {
        id(section): side
        for section in entry.sections
        if (side := _side_of(section, pair)) is not None
    }
    both = len(set(headed.values())) == 2
    found = []
    for section in entry.sections:
        for item in prose_items(section):
            if item.kind is ItemKind.QUESTION:
                continue
            if both and id(section) in headed:
                # Under 'TCP (Transmission Control Protocol)', with a heading for UDP too:
                # 'Reliable - when you send ...' is said of TCP.
                quality = _quality(item.text, pair)
                if quality is not None:
                    found.append(
                        SideClaim(
                            headed[id(section)], False, f"is {quality}", section, item, item.text
                        )
                    )
                    continue
            for sentence in split_sentences(item.text):
                claim = _claim(sentence, pair, subjects, section, item)
                # Said where the page sets the two side by side ('Interpreter looks at
                # ... . Compiler looks at ...'), not of one alone ('Cookies solve the
                # problem of HTTP's stateless nature', which sessions do too).
                if claim is not None and _names(item.text, pair[1 - claim.side]):
                    found.append(claim)
    return found


def _side_of(section: Section, pair: tuple[str, str]) -> int | None:
    """The side a section's heading names alone: 'TCP (Transmission Control Protocol)'."""
    named = [side for side, name in enumerate(pair) if _heads(section.heading, name)]
    return named[0] if len(named) == 1 else None


def _heads(heading: str, name: str) -> bool:
    forms = "|".join(re.escape(form) for form in {name, plural_of(name)})
    return re.match(rf"^(?:the\s+)?(?:{forms})(?:\s*\(|\s*:?$)", heading.strip(), re.I) is not None


# 'a. Reliable - when you send ...': a quality of the side, then what it means.
_QUALITY = re.compile(r"^(?:[a-z0-9][.)]\s+)?(?P<quality>(?:not\s+)?[A-Za-z]+)\s+[-–—:]\s+\S", re.I)
# The endings of words that say what a thing is like (reliable, ordered, stateless).
_LIKE = re.compile(r"(?:able|ible|ed|less|ful|ive|ous|ic|ent|ant|ary|weight|safe|proof)$", re.I)


def _quality(text: str, pair: tuple[str, str]) -> str | None:
    """'reliable' from 'Reliable - when you send a message ...'; None for other items."""
    match = _QUALITY.match(text.strip())
    if match is None:
        return None
    quality = match["quality"]
    if not _LIKE.search(quality) or any(_names(quality, name) for name in pair):
        return None
    return quality.lower()


@lru_cache(maxsize=64)
def _subject(name: str) -> re.Pattern[str]:
    """A sentence opening with `name` (or its plural) as its subject."""
    spelled = "|".join(re.escape(form) for form in {name, plural_of(name)})
    return re.compile(rf"^(?:the\s+|an?\s+)?(?P<name>{spelled})\s+(?P<rest>[a-z].*)$", re.I)


def _claim(
    sentence: str,
    pair: tuple[str, str],
    subjects: list[re.Pattern[str]],
    section: Section,
    item: Item,
) -> SideClaim | None:
    text = strip_end(sentence.strip().lstrip("»•-–—*> ").strip())
    if not sentence.rstrip().endswith((".", "!")) or cut_off(text):
        return None  # a heading, a label, a question or a page cut short
    first = _CLAUSE.split(text, maxsplit=1)[0]
    for side, pattern in enumerate(subjects):
        match = pattern.match(first)
        if match is None:
            continue
        plural = fold_name(match["name"]) != fold_name(pair[side])
        rest = match["rest"]
        verb = (_PLURAL_VERB if plural else _SINGULAR_VERB).match(rest)
        if verb is None:
            return None  # 'Compiler design is ...': the name is part of a longer subject
        said = words(rest)
        if not _FEWEST_WORDS <= len(said) <= _MOST_WORDS or _POINTING & set(said):
            return None
        if any(_names(rest, name) for name in pair):
            return None  # 'is faster than UDP': it names the other side, or itself again
        return SideClaim(side, plural, rest, section, item, sentence.strip())
    return None


def _names(text: str, name: str) -> bool:
    """Whether `text` names `name`, or its plural, in any case."""
    forms = "|".join(re.escape(form) for form in {name, plural_of(name)})
    return re.search(rf"(?<!\w)(?:{forms})(?!\w)", text, re.I) is not None
