"""Defining sentences: where a page says what its concept is.

"A **CDN** (Content Delivery Network) is a group of servers ...", "DNS (the Domain
Name System) is the web's phone book", "Domain Name System (DNS) is ...", "Caching
refers to ...": the concept's name (or its expansion with the name in brackets),
perhaps an aside, then a defining verb. The parser uses this to find the entry's
definition (and, in pasted text, its title); the generator to ask "What is X?" and
"What does X stand for?".
"""

from __future__ import annotations

import re
from typing import NamedTuple

# The verbs that say what something is, after the name and any aside.
_VERB = (
    r"(?:is|are|was|refers to|refer to|means|mean|describes|stands for|is defined as|"
    r"are defined as|is short for|represents|denotes)"
)
_ARTICLE = r"(?:(?:an?|the)\s+)?"
# An aside after the name: '(Content Delivery Network)', ', or CDN,', ' — short for X —'.
_ASIDE = r"(?:\s*\([^()]{1,120}\))?(?:\s*,[^,.;]{1,80},)?"
# A name a sentence can define: up to six words, the first with a capital, digit or
# lower-case letter (glossaries write 'cache is ...').
_CANDIDATE = re.compile(
    rf"^{_ARTICLE}(?P<name>[\w][\w.+#/'’-]*(?:\s+[\w.+#/'’-]+){{0,5}}?)"
    rf"(?P<aside>{_ASIDE})\s+{_VERB}\s+\S",
    re.I,
)
_EXPANDS = re.compile(r"^\s*\(\s*(?:the\s+)?(?P<long>[^()]{2,120}?)\s*\)")


# What may stand before the name: a label ('Definition:'), or a short opening phrase
# ('At its core,', 'In computing,', 'As an engineering term,').
_LEAD = re.compile(
    r"^(?:(?:definition|meaning|defined|in short|short answer|answer|a)\s*:\s*)?"
    r"(?:(?:at its core|in short|simply put|put simply|in simple terms|in computing|"
    r"in computer science|in networking|in web development|technically|basically|"
    r"as an? [\w -]{1,30} term)\s*,\s*)?",
    re.I,
)
# A name in quotes: 'A "webhook" is ...'.
_QUOTED_NAME = re.compile(r"^((?:an?\s+|the\s+)?)[\"“'‘]([^\"”'’]{1,60})[\"”'’](?=\s)", re.I)


class Definition(NamedTuple):
    """A defining sentence's parts: the name as written, and an expansion if given."""

    name: str
    expansion: str  # 'Content Delivery Network' for 'CDN (Content Delivery Network)'
    abbreviation: str  # 'CDN'


def _initials_match(abbreviation: str, words: str) -> bool:
    """Whether `words` spell out `abbreviation` ('Domain Name System' for 'DNS')."""
    letters = [c.lower() for c in abbreviation if c.isalpha()]
    parts = [w for w in re.split(r"[\s-]+", words) if w]
    if len(letters) < 2 or not parts or len(parts) > 8:
        return False
    initials = "".join(part[0].lower() for part in parts if part[0].isalnum())
    minor = "".join(
        part[0].lower()
        for part in parts
        if part.lower() not in {"of", "and", "the", "for", "to", "in"}
    )
    # Letters may also come from inside a word ('HyperText' gives H and T).
    capitals = "".join(c.lower() for c in words if c.isupper())
    wanted = "".join(letters)
    return wanted in (initials, minor, capitals)


def is_abbreviation(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return 2 <= len(letters) <= 8 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


def definition_of(sentence: str, names: tuple[str, ...] = ()) -> Definition | None:
    """The definition a sentence gives, if it defines one of `names` (any name when empty).

    'A CDN (Content Delivery Network) is ...' -> ('CDN', 'Content Delivery Network', 'CDN');
    'Domain Name System (DNS) is ...' -> ('DNS', 'Domain Name System', 'DNS').
    """
    text = _LEAD.sub("", sentence.strip())
    text = _QUOTED_NAME.sub(r"\1\2", text).lstrip("*_“\"'")
    match = _CANDIDATE.match(text)
    if match is None:
        return None
    name = match["name"].strip("*_ ")
    aside = match["aside"] or ""
    expanded = _EXPANDS.match(aside)
    expansion = abbreviation = ""
    said = name
    if expanded is not None:
        inner = expanded["long"]
        if is_abbreviation(name) and _initials_match(name, inner):
            expansion, abbreviation = inner, name
        elif is_abbreviation(inner) and _initials_match(inner, name):
            expansion, abbreviation, said = name, inner, inner
    if names and not any(
        _same(candidate, n) for candidate in (name, said, expansion) if candidate for n in names
    ):
        return None
    if not names and not _name_like(name):
        return None
    return Definition(said, expansion, abbreviation)


def _name_like(name: str) -> bool:
    """A term, not the start of an ordinary sentence ('It is', 'This page is')."""
    first = name.split()[0].lower()
    if first in _NOT_NAMES or len(name.split()) > 4:
        return False
    return True


_NOT_NAMES = frozenset(
    [
        "it",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "they",
        "he",
        "she",
        "we",
        "you",
        "i",
        "what",
        "which",
        "who",
        "one",
        "each",
        "some",
        "many",
        "most",
        "all",
        "any",
        "our",
        "your",
        "their",
        "its",
        "his",
        "her",
        "my",
    ]
)


def _fold(text: str) -> str:
    text = re.sub(r"\s*\([^()]*\)$", "", text.casefold()).strip()
    text = re.sub(r"^(?:an?|the)\s+", "", text)
    return re.sub(r"[^\w+#]+", " ", text).strip()


def _same(a: str, b: str) -> bool:
    fa, fb = _fold(a), _fold(b)
    if not fa or not fb:
        return False
    # 'Caches are ...' defines 'Cache'; 'Webhooks' defines 'Webhook'.
    return fa == fb or fa.rstrip("s") == fb.rstrip("s") or fa == fb + "es"
