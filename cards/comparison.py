"""What a page comparing two things says of one of them alone.

A page titled 'Compiler vs interpreter' that says 'Interpreter looks at a source code
line-by-line.' tells the two apart by that sentence: which of the two does it? Many such
pages never say what either side *is* ('TCP is a protocol ...'), so they have no
definition to ask; what they have is sentences about one side, and those are the page.

`side_claims` finds them: a sentence, or each half of one ('A ..., while B ...'), whose
subject is one side, named alone, with a predicate that names neither side (but for
'than <the other>' at its end: 'uses less power than sleep mode' is asked 'Which uses
less power?') and leans on nothing before it, in a paragraph or point that names the
other side too (where the page sets the two side by side); and, under a heading for
each side, the qualities listed and the points that say what it does ('Occurs when ...'
under 'Deadlock:'). The parser keeps such a page as an entry of its own;
`cards.makers.sides` asks each claim as a choice between the two.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from cards.defining import definition_of, glosses_when
from cards.glossary import compared_names, side_forms
from cards.makers.prose import cut_off, prose_items
from cards.model import Entry, Item, ItemKind, Section, SectionKind
from cards.names import plural_of, written_in_capitals
from cards.sentences import (
    THAT_IS,
    first_sentence,
    lower_first,
    split_sentences,
    strip_end,
    words,
)

# Claims shorter than this say too little to tell the two apart ('TCP wins.').
_FEWEST_WORDS = 3
# Longer ones are paragraphs in one sentence: no one recalls which side all of it fits.
_MOST_WORDS = 25
# Where a sentence's clauses meet: often each side's half of one contrast.
_CLAUSE = re.compile(r";\s+|,?\s+(?:whereas|while|but)\s+", re.I)
# The verb after a singular subject: an auxiliary, or a verb ending in -s ('looks').
_SINGULAR_VERB = re.compile(
    r"(?:[a-z]{3,}ly\s+)?"  # 'uniquely identifies'
    r"(?:is|was|has|does|can|cannot|must|should|will|would|may|might|needs|keeps|"
    r"[a-z]{2,}s)\b(?!\s+(?:is|are|was|were|has|have)\b)"
)
# The verb after a plural subject: any lower-case word ('Threads share ...'), plural
# verbs being too many to list.
_PLURAL_VERB = re.compile(r"(?:are|were|have|do|can|cannot|must|should|will|would|may|[a-z]{2,})\b")
# Words that point outside the sentence ('while HTTPS encrypts it': the other half's
# object): its claim is not whole on a card.
_PRONOUNS = frozenset(("it", "them", "they"))
_POINTING = frozenset(
    ("this", "these", "those", "former", "latter", "above", "below", "here", "such", "same")
).union(_PRONOUNS)


# A pronoun after a thing the same clause names points back to that thing: 'downloads
# the file during HTML parsing and will pause the parser to execute it'. ('is a
# receptionist: it greets visitors ...' says what it is like: past the colon, the
# pronoun is the side's own.)
_PRONOUN = re.compile(rf"\b(?:{'|'.join(sorted(_PRONOUNS))})\b", re.I)
_A_THING = re.compile(r"\b(?:the|an?)\s+[a-z]{3,}\b", re.I)


def _named_before_its_pronoun(rest: str) -> bool:
    pronoun = _PRONOUN.search(rest)
    if pronoun is None:
        return False
    before = rest[: pronoun.start()]
    return ":" not in before and ";" not in before and _A_THING.search(before) is not None


# Words that only look as if they point elsewhere: 'in its own table', 'at the same time'.
_ITS_OWN = re.compile(r"\b(?:(?:its|their) own|at the same time)\b", re.I)


@dataclass(frozen=True)
class SideClaim:
    """One sentence of a comparison page about one side alone."""

    side: int  # 0 for the title's first name, 1 for its second
    plural: bool  # the sentence names the side in the plural ('Threads have ...')
    predicate: str  # what it says of the side: 'looks at a source code line-by-line'
    section: Section
    item: Item
    sentence: str
    # A quality's place in its side's list, when both sides list as many: the page sets
    # them out in parallel, so 'a. Structured' under SQL and 'a. Flexible' under NoSQL
    # are one point (its two halves). -1 for every other claim.
    listed: int = -1


def kept_apart(claims: list[SideClaim], pair: tuple[str, str]) -> list[Item]:
    """The claims' points as a split page's contrast section keeps them, away from the
    headings that named their sides: 'Occurs when ...' under 'Deadlock:' is kept as
    'Deadlock: Occurs when ...', and two points in the same place under each side's
    heading as one, so that its two halves stay one point."""
    kept: dict[int, Item] = {}  # by the place of a point in parallel, else by its item
    for claim in claims:
        item = claim.item
        if not _names(item.text, pair[claim.side]):
            item = replace(item, text=f"{pair[claim.side]}: {item.text}")
        key = -1 - claim.listed if claim.listed >= 0 else id(claim.item)
        if key in kept and kept[key].text != item.text:
            item = replace(kept[key], text=f"{kept[key].text} {item.text}")
        kept[key] = item
    return list(kept.values())


def sides(entry: Entry) -> tuple[str, str] | None:
    """The two names the entry's title compares, in its order, each as the page spells
    it and in the singular where the page uses that ('Processes vs threads': 'Process',
    'thread'); None for a title that compares nothing."""
    return _pair(entry.title, entry.sections)


def compared_pair(section: Section) -> tuple[str, str] | None:
    """The two names a section's heading compares, as the section spells them: a split
    page's contrast section is headed by the page's title ('Latency vs bandwidth')."""
    return _pair(section.heading, (section,))


def _pair(title: str, sections: Sequence[Section]) -> tuple[str, str] | None:
    names = compared_names(title)
    if names is None:
        return None
    body = " ".join(item.text for section in sections for item in section.items)
    first, second = (_singular(_spelled(spellings, body), body) for spellings in names)
    if first.casefold() == second.casefold():
        return None
    return first, second


def _spelled(spellings: tuple[str, ...], body: str) -> str:
    """The first of a side's spellings the page uses ('linked list' rather than 'array
    list' read into 'Array vs linked list'), each tried also with its last word said as
    a doing ('Alpha testing' of 'Alpha and Beta tests'); else the likeliest. A shorter
    spelling the page uses more often on its own wins: 'CMYK color modes' is said once
    in the page's question, 'CMYK' all through its points."""
    used = [form for form in side_forms(spellings) if _names(body, form)]
    if not used:
        return spellings[0]
    first = used[0]
    alone = next(
        (
            form
            for form in used[1:]
            if first.casefold().startswith(f"{form.casefold()} ")
            and _count(body, form) - _count(body, first) > 2 * _count(body, first)
        ),
        None,
    )
    return alone or first


def _count(text: str, name: str) -> int:
    return len(_said_as(name).findall(text))


def _singular(name: str, body: str) -> str:
    """A side named in the plural ('Processes vs threads') as one of it, when the page
    says it so ('a process'); 'Kubernetes' and 'Analytics' stay as they are, and so does
    an abbreviation ('HTTPS' is not the plural of 'HTTP'), in capitals where the title
    wrote it in lower case and the page writes it so."""
    if name.isupper():
        return name
    if written_in_capitals(name, body):
        return name.upper()  # 'https' of a page that writes HTTPS: an abbreviation
    for cut in (2, 1):
        if cut == 1 and name.casefold().endswith(("ss", "is", "us")):
            continue  # 'Photosynthesis', 'Osmosis', 'Virus': no plural of an '-i' or '-u'
        one = name[:-cut]
        if len(one) > 2 and plural_of(one).casefold() == name.casefold() and _names(body, one):
            return one
    return name


def side_claims(entry: Entry) -> list[SideClaim]:
    """Every sentence of the entry that says something of one compared side alone."""
    pair = sides(entry)
    if pair is None:
        return []
    return _claims(entry.sections, pair)


def contrast_claims(entry: Entry) -> list[tuple[tuple[str, str], list[SideClaim]]]:
    """The claims of the contrast sections a comparison page's side keeps when the page
    is split into an entry per side, each with the pair its heading compares."""
    found = []
    for section in entry.sections_of(SectionKind.CONTRAST):
        pair = _pair(section.heading, (section,))
        if pair is not None:
            found.append((pair, _claims((section,), pair)))
    return found


def _claims(sections: Sequence[Section], pair: tuple[str, str]) -> list[SideClaim]:
    subjects = [_subject(name) for name in pair]
    headed = {
        id(section): side for section in sections if (side := _side_of(section, pair)) is not None
    }
    both = len(set(headed.values())) == 2
    labels = {_label_of(item.text, pair) for section in sections for item in prose_items(section)}
    both_labelled = {0, 1} <= labels
    found: list[SideClaim] = []
    listed: tuple[list[int], list[int]] = ([], [])  # where each side's qualities are in `found`
    # Claims opening a paragraph of their own that names one side only: 'At-most-once
    # delivery means that ...' and, below, 'At-least-once delivery means that ...'
    opening: list[SideClaim] = []
    for section in sections:
        if section.kind is SectionKind.EXAMPLE:
            continue  # 'Example: SLA guarantees 99.9% availability ...': one case's figures
        for item in prose_items(section):
            if item.kind is ItemKind.QUESTION:
                continue
            if both and id(section) in headed:
                # Under 'TCP (Transmission Control Protocol)', with a heading for UDP too:
                # 'Reliable - when you send ...' is said of TCP.
                side = headed[id(section)]
                quality = _quality(item.text, pair)
                if quality is not None:
                    listed[side].append(len(found))
                    found.append(SideClaim(side, False, f"is {quality}", section, item, item.text))
                    continue
                # 'Occurs when each process holds a resource ...' under 'Deadlock:'
                done = _done_under(section, item, pair, side, subjects)
                if done is not None:
                    found.append(done)
                    continue
            for at, sentence in enumerate(split_sentences(item.text)):
                # Said where the page sets the two side by side ('Interpreter looks at
                # ... . Compiler looks at ...', or a label over each: 'Merge: ...' and
                # 'Rebase: ...'), not of one alone ('Cookies solve the problem of
                # HTTP's stateless nature', which sessions do too).
                for claim in _claims_in(sentence, pair, subjects, section, item):
                    if (
                        _names(item.text, pair[1 - claim.side])
                        or (both_labelled and _label_of(sentence, pair) == claim.side)
                        or (both and headed.get(id(section)) == claim.side)
                    ):
                        found.append(claim)
                    elif at == 0 and item.kind is ItemKind.PARAGRAPH and ":" not in sentence:
                        # (not 'Reverse proxy features (...): - TLS termination ...': a
                        # list run into one line)
                        opening.append(claim)
    if {claim.side for claim in opening} == {0, 1}:
        # each side has a paragraph of its own, one after the other: set side by side
        found.extend(opening)
    if listed[0] and len(listed[0]) == len(listed[1]):
        # Both sides list as many qualities: the page sets them out in parallel.
        for places in listed:
            for place, at in enumerate(places):
                found[at] = replace(found[at], listed=place)
    elif both:
        found = _in_parallel(found, [s for s in sections if id(s) in headed])
    return found


# The items that are a list's points (a paragraph after them is the section's summary).
_POINTS = (ItemKind.BULLET, ItemKind.NUMBERED)


def _in_parallel(found: list[SideClaim], headed: list[Section]) -> list[SideClaim]:
    """The claims with their place in their side's section, where each side has one
    section of as many points ('Additive Color: ...' and 'Subtractive Color: ...' both
    the third point under 'RGB' and 'CMYK'): a place's two claims are one point."""
    points = [[item for item in section.items if item.kind in _POINTS] for section in headed]
    if len(points) != 2 or len(points[0]) != len(points[1]):
        return found  # (a paragraph after the last point, as a summary, is no point)
    places = {id(item): place for side in points for place, item in enumerate(side)}
    return [
        replace(claim, listed=places[id(claim.item)])
        if claim.listed < 0 and id(claim.item) in places
        else claim
        for claim in found
    ]


# A point that opens with what its side does: 'Occurs when ...', 'Uses ...'.
_DOES_FIRST = re.compile(r"^[A-Z][a-z]{2,}s\s+[a-z]")


def _done_under(
    section: Section,
    item: Item,
    pair: tuple[str, str],
    side: int,
    subjects: list[re.Pattern[str]],
) -> SideClaim | None:
    """A point under a side's heading that says what the side does, its name left out
    ('Occurs when each process holds a resource ...' under 'Deadlock:'), as a claim of
    that side; None for any other point ('Resources are ...': a subject of its own)."""
    said = first_sentence(item.text.strip())
    if _DOES_FIRST.match(said) is None or not said.rstrip().endswith("."):
        return None
    claim = _claim(f"{pair[side]} {lower_first(strip_end(said))}", pair, subjects)
    if claim is None or claim[0] != side:
        return None
    return SideClaim(side, False, claim[2], section, item, said)


def _side_of(section: Section, pair: tuple[str, str]) -> int | None:
    """The side a section's heading names alone: 'TCP (Transmission Control Protocol)'."""
    named = [side for side, name in enumerate(pair) if _heads(section.heading, name)]
    return named[0] if len(named) == 1 else None


def _heads(heading: str, name: str) -> bool:
    forms = "|".join(re.escape(form) for form in _forms(name))
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
    spelled = "|".join(re.escape(form) for form in _forms(name))
    return re.compile(
        # 'Sleep mode allows ...' of 'Hibernate vs sleep': the side with the kind it is
        rf"^(?:the\s+|an?\s+)?(?P<name>{spelled})(?:\s+{_KIND_OF_SIDE}(?=\s))?"
        rf"\s+(?P<rest>[a-z].*)$",
        re.I,
    )


def _claims_in(
    sentence: str,
    pair: tuple[str, str],
    subjects: list[re.Pattern[str]],
    section: Section,
    item: Item,
) -> Iterator[SideClaim]:
    """The claims of a sentence's clauses: 'HTTP sends data as plain text, while HTTPS
    encrypts it' has one of each side (which are mirrors: `cards.makers.sides` asks one)."""
    text = _unlabelled(strip_end(sentence.strip().lstrip("»•-–—*> ").strip()), pair)
    # (a side's point in a list needs no stop: '- event time: when the thing happened')
    point = item.kind in _POINTS and sentence.strip() == item.text.strip()
    if cut_off(text) or not (
        sentence.rstrip().endswith((".", "!")) or (point and _labelled(sentence, pair))
    ):
        return  # a heading, a label, a question or a page cut short
    # 'Applicability: Sleep mode is ...', 'In summary, sleep mode is ...' and 'Hibernate
    # mode, on the other hand, takes ...' say it of the side all the same
    text = _TURN_ASIDE.sub(r"\g<subject> ", _TURN_LEAD.sub("", _TOPIC_LABEL.sub("", text)))
    clauses = _CLAUSE.split(text)
    claims = [_claim(clause, pair, subjects) for clause in clauses]
    if claims[0] is not None and any(
        claim is None and _NO_SUBJECT.match(clause)
        for clause, claim in zip(clauses[1:], claims[1:], strict=True)
    ):
        # 'Rebase moves changes ..., but alters the history': the second half has no
        # subject of its own, so both halves are said of the first's.
        claims = [_claim(text, pair, subjects)]
    for claim in claims:
        if claim is None:
            # A later half counts only after a first half of the same shape: in
            # 'Browsers mark HTTP pages ..., while HTTPS pages show a padlock' the
            # subject of the second is 'HTTPS pages', not HTTPS.
            return
        side, plural, predicate = claim
        yield SideClaim(side, plural, predicate, section, item, sentence.strip())


# The point's topic as a label before what the page says of a side: 'Applicability: '.
_TOPIC_LABEL = re.compile(r"^[A-Z][\w-]*(?:\s[\w-]+){0,2}:\s+(?=\S)")
# Words that turn to a side, before it or after it.
_TURNS = r"(?:on\s+the\s+other\s+hand|by\s+contrast|in\s+contrast|conversely|however)"
_TURN_LEAD = re.compile(
    rf"^(?:{_TURNS}|in\s+summary|in\s+short|overall|to\s+sum\s+up|in\s+general),\s+", re.I
)
_TURN_ASIDE = re.compile(rf"^(?P<subject>[^,]{{1,50}}),\s+{_TURNS},\s+", re.I)
# A clause that goes on without a subject of its own: 'but also merges them ...'.
_NO_SUBJECT = re.compile(
    r"^(?!(?:the|an?|this|that|these|those|it|its|they|their|we|you|he|she|there|each|"
    r"both|some|many|most|all)\b)[a-z]"
)
# A side's name as a label over what the page says of it: 'Merge: Moves changes ...'.
_LABEL = re.compile(r"^(?P<name>[^:→]{1,40}?)\s*(?::|→|->|\s[-–—])\s+(?P<said>\S.*)$")
# A word a label or a subject may add to the side's name: 'GET Method: ...' under 'GET
# vs POST', 'Sleep mode allows ...' under 'Hibernate vs sleep'.
_KIND_OF_SIDE = r"(?:method|request|approach|model|protocol|mode|type|version|system)"
_ONE_MORE_WORD = re.compile(rf"\s+{_KIND_OF_SIDE}s?$", re.I)
# What may follow the label: a verb said of it ('Moves ...'), or what it is ('A ...').
_LABEL_VERB = re.compile(r"^[A-Z]?[a-z]{2,}s\b")
_VERB_AFTER_A_NOUN = frozenset(
    ("include", "are", "have", "were", "can", "will", "must", "may", "need", "come", "go")
)
_LABEL_KIND = re.compile(r"^(?:an?|the)\s", re.I)
# Or what is done with it: 'Used to retrieve ...', 'Not cached by default.'
_LABEL_DONE = re.compile(
    r"^(?:not\s+)?(?:used|kept|sent|made|held|built|shown|written|given|seen|[a-z]{3,}ed)\s+"
    r"(?:to|by|for|in|on|as|with|at)\b",
    re.I,
)


def _labelled(text: str, pair: tuple[str, str]) -> tuple[int, re.Match[str]] | None:
    """The side a text's label names and the label's match ('Merge: Moves changes ...'
    -> 0), else None."""
    found = _LABEL.match(text.strip().lstrip("»•-–—*> "))
    if found is None:
        return None
    said = (found["name"].casefold(), _ONE_MORE_WORD.sub("", found["name"]).casefold())
    side = next((side for side, form in enumerate(pair) if form.casefold() in said), None)
    return None if side is None else (side, found)


def _label_of(text: str, pair: tuple[str, str]) -> int | None:
    """The side a text's label names, else None."""
    labelled = _labelled(text, pair)
    return None if labelled is None else labelled[0]


def _unlabelled(text: str, pair: tuple[str, str]) -> str:
    """A side's label read as the subject of what follows it: 'Merge: Moves changes
    ...' -> 'Merge moves changes ...', 'Image → a read-only template' -> 'Image is a
    read-only template'; any other text as it is."""
    labelled = _labelled(text, pair)
    if labelled is None:
        return text
    side, found = labelled
    said = found["said"]
    name = pair[side]  # 'GET Method: ...' says it of GET
    first = said.split(maxsplit=1)[0].rstrip(";,.").lower()
    like = first in ("less", "more", "ideal") or first.startswith("non-") or _LIKE.search(first)
    if definition_of(first_sentence(said)) is not None:
        return text  # 'Bounce Rate: A bounce is a single-page session': another's definition
    # ('Photosynthesis: Reactants include ...': a noun in the plural, its verb after it)
    then = said.split(maxsplit=2)[1:2]
    noun_first = bool(then) and then[0].lower() in _VERB_AFTER_A_NOUN
    if _LABEL_VERB.match(said) and not like and not noun_first:
        return f"{name} {said[:1].lower()}{said[1:]}"
    if (
        _LABEL_KIND.match(said)
        or _LABEL_DONE.match(said)
        or like
        or glosses_when(strip_end(said) + ".")
    ):
        # ('event time: when the thing happened ...': a span of time, glossed by its event)
        return f"{name} is {said[:1].lower()}{said[1:]}"
    return text


def _claim(
    clause: str, pair: tuple[str, str], subjects: list[re.Pattern[str]]
) -> tuple[int, bool, str] | None:
    """(side, said in the plural, predicate) of a clause whose subject is one side."""
    for side, pattern in enumerate(subjects):
        match = pattern.match(clause)
        if match is None:
            continue
        plural = match["name"].casefold() != pair[side].casefold()
        # 'protects data stored on disk — if someone steals the drive, they ...': what
        # follows the dash tells what the claim comes to, and its 'they' points back
        rest = _DASH_ASIDE.split(match["rest"], maxsplit=1)[0]
        # 'uses less power than sleep mode': the comparison is the choice the card offers
        rest = _than_the_other(rest, pair[1 - side])
        verb = (_PLURAL_VERB if plural else _SINGULAR_VERB).match(rest)
        if verb is None:
            return None  # 'Compiler design is ...': the name is part of a longer subject
        said = words(rest)
        # 'in its own table' is the side's own, pointing nowhere else
        said_words = set(words(_ITS_OWN.sub(" ", rest)))
        if _named_before_its_pronoun(rest):
            said_words -= _PRONOUNS
        pointing = _POINTING & said_words
        if not _FEWEST_WORDS <= len(said) <= _MOST_WORDS or pointing:
            return None
        if any(_names(rest, name) for name in pair):
            return None  # 'is faster than UDP': it names the other side, or itself again
        return side, plural, rest
    return None


_DASH_ASIDE = re.compile(r"\s[—–]\s")
# A comparative before it: 'less', 'more', 'faster', 'cheaper' ('other' is no comparative).
_COMPARATIVE = re.compile(r"\b(?:more|less|fewer|(?!other\b|under\b|over\b)[a-z]{2,}er)\b", re.I)


def _than_the_other(rest: str, other: str) -> str:
    """A predicate ending 'than <the other side>' without those words, where a comparative
    comes before them ('uses less power than sleep mode' -> 'uses less power'); any other
    predicate as it is. Only at the predicate's end: 'is slower than an array when ...'
    goes on about the array."""
    forms = "|".join(re.escape(form) for form in _forms(other))
    than = re.search(
        rf"(?<!\S)than\s+(?:the\s+|an?\s+)?(?:{forms})(?:\s+{_KIND_OF_SIDE}s?)?\s*$", rest, re.I
    )
    if than is None or not _COMPARATIVE.search(rest[: than.start()]):
        return rest
    return rest[: than.start()].rstrip()


def _forms(name: str) -> tuple[str, ...]:
    """How a sentence may name a side: as it is, or in the plural; an abbreviation only
    as it is, since its plural read without case is another name ('HTTPs', 'HTTPS')."""
    return (name,) if name.isupper() else (plural_of(name), name)


def _names(text: str, name: str) -> bool:
    """Whether `text` names `name`, or its plural, in any case."""
    return _said_as(name).search(text) is not None


@lru_cache(maxsize=64)
def _said_as(name: str) -> re.Pattern[str]:
    """`name`, or its plural, as a whole word in any case."""
    forms = "|".join(re.escape(form) for form in _forms(name))
    return re.compile(rf"(?<!\w)(?:{forms})(?!\w)", re.I)


# 'The main difference between RBAC and ABAC is that RBAC ...': the page's own answer to
# the question a comparison is read for. The qualifier is kept for the prompt.
_DIFFERENCE = re.compile(
    r"^(?:(?:overall|so|in\s+short|in\s+summary|simply\s+put|in\s+a\s+nutshell|basically|"
    r"in\s+essence|to\s+sum\s+up),\s+)?"
    r"(?P<one>the|one|a|an|one\s+of\s+the)\s+"
    r"(?:(?P<how>main|key|primary|biggest|major|fundamental|chief|core|most\s+important|only|"
    r"important|noteworthy|basic|essential|real)\s+)?"
    r"differences?\s+between\s+(?P<pair>.{3,80}?)"
    # ('..., ie, cookies are stored in the browser': the answer after a comma and 'ie')
    rf"(?:\s+(?:is|are|lies|lie)\s+(?:(?P<within>in)\s+|that\s+)?|{THAT_IS})"
    r"(?P<answer>.+)$",
    re.I,
)
# Where the pair is not named: 'between the two', 'between them'.
_UNNAMED_PAIR = re.compile(r"^(?:the\s+two(?:\s+\w+)?|them|both|these\s+two(?:\s+\w+)?)$", re.I)
_TWO_NAMES = re.compile(r"^(?P<first>.+?)\s+(?:and|&|vs\.?|versus)\s+(?P<second>.+)$", re.I)
# Answers that judge the difference instead of saying it ('is simple', 'is important').
_NO_DIFFERENCE_SAID = re.compile(
    r"^(?:(?:quite|very|really|pretty|fairly|rather)\s+)?(?:simple|important|essential|"
    r"foundational|subtle|crucial|significant|clear|obvious|huge|big|small|minor|easy|"
    r"straightforward|the\s+one\b|this\b|as\s+follows|below|listed|explained|discussed)",
    re.I,
)
_FEWEST_ANSWER_WORDS = 3
# Qualifiers that say nothing a prompt needs ('an important difference').
_UNSAID = frozenset(("important", "noteworthy", "real", "essential"))


class DifferenceSaid(NamedTuple):
    """A page's own statement of how two things differ, parsed for its card."""

    article: str  # 'the', or 'one' for 'One key difference ...'
    qualifier: str  # 'main ' in 'the main difference', else ''
    pair: tuple[str, str] | None  # as the sentence names them; None for 'the two'
    answer: str  # what the difference is


def difference_said(sentence: str) -> DifferenceSaid | None:
    """'The main difference between RBAC and ABAC is that RBAC ..., while ABAC ...' ->
    ('the', 'main ', ('RBAC', 'ABAC'), 'RBAC ..., while ABAC ...'); None for any other
    sentence, and for one that only judges the difference ('is simple') or goes on in a
    list (a colon at its end)."""
    if "ifferenc" not in sentence:
        return None
    if not sentence.rstrip().endswith("."):
        return None  # a question, a line going on in a list (':'), a heading
    body = strip_end(sentence)
    found = _DIFFERENCE.match(body)
    if found is None or cut_off(body):
        return None
    answer = found["answer"]
    if ": " in answer and len(words(answer.split(": ", 1)[1])) >= 6:
        answer = answer.split(": ", 1)[1]  # 'lies in what they measure: bandwidth ...'
    elif found["within"]:
        return None  # 'lies in their scope': where they differ, not how
    if not answer[:1].isalnum() or len(words(answer)) < _FEWEST_ANSWER_WORDS:
        return None  # '- The compiler ...': a list's first point
    if _NO_DIFFERENCE_SAID.match(answer):
        return None
    pair = None
    if not _UNNAMED_PAIR.match(found["pair"]):
        two = _TWO_NAMES.match(found["pair"])
        if two is None:
            return None  # 'between two traffic shaping algorithms'
        pair = (two["first"], two["second"])
    how = (found["how"] or "").lower()
    qualifier = "" if not how or how in _UNSAID else f"{' '.join(how.split())} "
    article = "one" if found["one"].lower().startswith("one") else "the"
    return DifferenceSaid(article, qualifier, pair, answer)
