"""A file that defines many terms is many entries.

A glossary page is about several concepts, and a learner wants a card deck for each.
Two families of shape say so:

- headed sections ('## Cache' then "A cache is ...", or a gloss that does not name its
  heading: '## Region' then "A part of the world where ...") or a comparison page
  ("Authentication vs Authorization", "Difference between a session and a cookie",
  "Sessions and cookies", each term defined somewhere on the page, headings or not):
  `split_terms` splits the parsed entry (a comparison that defines one side only is
  the entry of that side);
- a term per line ('**Cache**: a place ...', '- **CDN** - servers ...', pasted
  'Latency — the time ...' or 'Access Control List (ACL): rules ...'), a term alone on
  a line over its gloss, or an HTML definition list (`<dt>`/`<dd>`): `read_glossary`
  reads the terms from the raw text, before any layout, and `glossary_entries` makes
  one entry of each.

`is_glossary` decides from the shape: at least three terms, most of the text, and no
concept of the page's own defined first. (Sections that each define their own heading
by name, "A cache is ...", are a surer sign: two of them suffice.) Every term becomes an
entry of its own, in a path named after the page, the other terms being its siblings
(and so its distractors). A page about one concept stays one entry: its headings are
'Summary', 'Pros' and the like, and its few label lines ('**Note**:', 'Definition:',
'Real-Life Analogy:') are neither many nor most of its text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import NamedTuple

from cards.defining import (
    Definition,
    definition_of,
    is_abbreviation,
    spelled_out_by,
    spells_out,
    states_a_law,
)
from cards.headings import ABOUT_A_THING, are_point_labels, meta_field, section_kind
from cards.model import Entry, Item, ItemKind, Layout, Section, SectionKind, slugify
from cards.names import COMMON_NOUN, either_number, same_or_plural, written_in_capitals
from cards.recover import RECORD_FIELDS, SUBTITLE, VERSUS, is_chrome_line, is_dictionary_head
from cards.segments import fenced_lines
from cards.sentences import (
    FUNCTION_VERBS,
    content_words,
    first_sentence,
    plural_ending,
    split_sentences,
    upper_first,
)
from cards.text import BULLET_MARKS, collapse, list_marker, plain, split_lines, unnumbered

# Fewer defining sections than this share of the headed ones: a page with an aside.
_SHARE = 0.4


def _defines_its_heading(section: Section) -> bool:
    if not section.heading or section_kind(section.heading) is not None:
        return False
    if _labels_a_part(section.heading) or _TO_THE_READER.match(section.heading):
        return False  # 'The key insight' over 'Count-Min sketch is used wherever ...'
    if _CODE_MARKS.search(section.heading):
        return False  # 'F(G,A,B)=G(A,B)' over prose about it: a line of code
    first = next(iter(section.paragraphs), None)
    if first is None or _ONLY_ITEMS.match(first.text):
        return False  # ('Firewalls, IDS/IPS, network segmentation, ...': what goes in it)
    if _heads_its_points(section.heading.split(), first.text):
        return False  # 'Data Link layer functions' over 'Framing allows the sender ...'
    # A glossary writes the definition under its term without repeating it: 'A database
    # system developed by ...' under 'Access'.
    said = definition_of(
        first_sentence(first.text), (section.heading,), pronoun=True, fragment=True
    )
    return said is not None


# The heading of a term's definition: generation reads the first sentence under it as
# what the term is, named or not.
DEFINITION = "Definition"
# A gloss is short: a first paragraph longer than this is an article's, not a term's.
_GLOSS_WORDS = 60


def glosses_its_heading(section: Section) -> bool:
    """A term heading over a short gloss that need not name it: 'Region' over 'A part of
    the world where a provider runs its data centres.'"""
    heading = section.heading
    if not heading or heading.endswith("?") or section_kind(heading) is not None:
        return False
    if _TO_THE_READER.match(heading):
        return False  # 'Check yourself' over 'Answer to earn rating ...', 'Requires Pro'
    first = section.items[0] if section.items else None
    if first is None or first.kind is not ItemKind.PARAGRAPH or not first.text[:1].isupper():
        return False  # 'git status' under 'Check the current status' is a command, no gloss
    if _PRESENTS.match(first.text):
        return False  # 'There is a handy tool for ...' under 'SSL Scan tool': a remark
    if _ONLY_ITEMS.match(first.text):
        # 'Firewalls, IDS/IPS, network segmentation, DDoS protection, VPNs.' under
        # 'Network Security': what goes in it, not what it is
        return False
    if len(section.items) > 1 and not any(i.text.endswith(TERMINAL_MARKS) for i in section.items):
        # A table's row copied a cell to a line: 'Active (monitor and defend) and/or
        # passive', then the other side's 'Passive (monitor and notify)', under 'System Type'.
        return False
    return 4 <= len(first.text.split()) <= _GLOSS_WORDS and _is_term(heading, first.text)


# Two things joined: a section's topics ('Resolution and interop'), or a compound term.
_JOINS_TWO = re.compile(r"\s(?:and|&)\s", re.I)
# A line of four or more short items and nothing else, no article before the first: a
# list run into a paragraph ('Firewalls, IDS/IPS, network segmentation, VPNs.').
_ONLY_ITEMS = re.compile(
    r"^(?!(?:an?|the|another|one|any|some)\s)[^,.;:]{1,40}(?:,\s+(?:and\s+)?[^,.;:]{1,40}){3,}\.?$",
    re.I,
)
# How a remark opens, which no gloss does: it presents the thing as news, or speaks as
# the writer ('We know that the system stores ...' under 'Consistency').
_PRESENTS = re.compile(
    r"^(?:there(?:'s|’s|\s+(?:is|are|was|were))|here(?:'s|’s|\s+(?:is|are)))\b|"
    r"^(?:we|I|let['’]s|let\s+us|as\s+we)\s",
    re.I,
)


def _glossed(entry: Entry, headed: list[Section]) -> list[Section]:
    """The sections of a page of glossed terms; [] for a page about a concept of its own.

    The one rule of `is_glossary` decides, as for term lines: many terms, most of the
    text, and no summary saying what the page's own concept is.
    """
    glossed = [s for s in headed if glosses_its_heading(s)]

    def size(sections: Sequence[Section]) -> int:
        return sum(len(s.heading) + sum(len(i.text) for i in s.items) for s in sections)

    defined = bool(entry.sections_of(SectionKind.SUMMARY))
    shape = Shape(len(glossed), size(glossed), size(entry.sections), defined)
    return glossed if is_glossary(shape) else []


# A gloss's head noun and the relative clause after it: 'Hypervisor that is built ...'.
_HEAD_THEN_CLAUSE = re.compile(
    r"(?:an?\s+|the\s+)?(?P<head>[\w-]+(?:\s+[\w-]+)?)\s+(?:that|which|who)\s"
)


def _a_kind_of(gloss: str, entry: Entry) -> bool:
    """Whether a heading's gloss opens on the entry's own name: 'Type 1 (Bare-metal
    Hypervisor)' over 'Hypervisor that is built into the firmware ...' is a kind of the
    page's hypervisor, no term of its own."""
    opening = _HEAD_THEN_CLAUSE.match(gloss)
    if opening is None:
        return False
    head = opening["head"]
    return any(
        either_number(name, said)
        for name in entry.names
        if name
        for said in (head, head.split()[-1])
    )


# 'Difference between A and B', 'What is the difference between "A" and "B"?'.
_BETWEEN = re.compile(
    r"\bdiff(?:erences?|erentiate)\s+between\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)[\s?:.]*$", re.I
)
# 'Sessions and cookies': two names side by side, compared when the page defines both.
_AND = re.compile(r"^(?P<a>[^,;]{1,40}?)\s+(?:and|&)\s+(?P<b>[^,;]{1,40})$", re.I)
# Where a compared name may end before a qualifier: "'authorization' in online security".
_QUALIFIER = re.compile(r"\s+(?:in|for|on|when)\s+\S.*$")
# A clause of its own inside a sentence that compares: 'A is X, whereas B is Y.'
# ('while waiting for ...' goes on with the same subject: no clause of its own; 'while
# caching is ...' has one)
_CLAUSES = re.compile(
    r",?\s+(?:whereas|while)\s+(?![a-z]+ing\b(?!\s+(?:is|are|refers|means)\b))|;\s+", re.I
)
# An aside after the subject: 'Authorization, by contrast, is ...'.
_ASIDE = re.compile(r"^([^,]{1,60}),\s+(?:by contrast|in contrast|on the other hand)\s*,\s+", re.I)
# How far into a comparison page its definitions are looked for.
_COMPARED_ITEMS = 60


def _first_items(entry: Entry) -> list[Item]:
    """The page's first paragraphs and points, in order, as far as a comparison is read."""
    # (an analogy's 'A reverse proxy is a receptionist: ...' says what it is like)
    return [
        item
        for section in entry.sections
        if section.kind is not SectionKind.ANALOGY
        for item in section.items
    ][:_COMPARED_ITEMS]


def says_it_compares(title: str) -> bool:
    """Whether a title says it compares ('A vs B', 'Difference between A and B'), not
    only names two things ('Sessions and cookies')."""
    return VERSUS.search(title) is not None or _BETWEEN.search(title) is not None


def side_forms(spellings: tuple[str, ...]) -> tuple[str, ...]:
    """A side's spellings, each followed by its doing where it has one: 'Alpha tests',
    'Alpha testing', 'Alpha' of 'Alpha and Beta tests' (the page heads 'Alpha Testing')."""
    return tuple(form for name in spellings for form in (name, _as_doing(name)) if form)


def _as_doing(name: str) -> str:
    """'Beta tests' as 'Beta testing'; '' for a name that does not end in a plural."""
    head, _, last = name.rpartition(" ")
    if not head or len(last) < 4 or not plural_ending(last.lower()):
        return ""
    return f"{head} {last[:-1]}ing"


def compared_names(title: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The names a comparison's title sets side by side, each as the spellings to try, the
    likeliest first: 'Frontend vs Backend Development' -> (('Frontend Development',
    'Frontend'), ('Backend Development',)); None for a title that compares nothing."""
    if len(title) > 200:
        return None  # a paragraph taken for a title compares nothing (and is not searched)
    for part in SUBTITLE.split(title):  # 'Frontend vs Backend: a guide'
        pair = VERSUS.split(part)
        if len(pair) != 2:
            between = _BETWEEN.search(part) or _AND.match(part)
            if between is None:
                continue
            pair = [between["a"], between["b"]]
        first, second = (_bare(name) for name in pair)
        if not first or not second:
            return None
        if re.search(r",\s+(?!or\b)(?:an?\s+|the\s+)?\w", first):
            return None  # 'a meteoroid, a meteor and a meteorite': three, no pair
        # 'Frontend vs Backend Development': both are developments.
        shared = second.split()[1:] if len(first.split()) == 1 else []
        if len(first.split()) == 2 and len(second.split()) == 1:
            # 'Git merge vs rebase' (git rebase) or 'Unit testing vs integration'
            # (integration testing): each spelling is tried, as the page writes them.
            modifier, head = first.split()
            return (first, head), (f"{modifier} {second}", f"{second} {head}", second)
        tail = _shared_tail(first, second)
        heads = (first[: -len(tail)].strip(), second[: -len(tail)].strip()) if tail else ()
        if heads and all(_is_acronym(head) for head in heads):
            # 'a REST web service and a SOAP web service': the page says REST and SOAP
            return (heads[0], first), (heads[1], second)
        # 'RGB and CMYK color modes': the page may say CMYK alone, as it says RGB
        bare_second = (second.split()[0],) if shared and first not in second else ()
        return _spellings(first, shared), (*_spellings(second, []), *bare_second)
    return None


def headed_pair(entry: Entry) -> bool:
    """Whether the entry's title names two things with a heading of its own each below
    ('Stateless and Stateful' over 'Stateless' and 'Stateful'): two concepts, not one."""
    pair = _AND.match(entry.title)
    if pair is None:
        return False
    headings = {section.heading.strip().casefold() for section in entry.sections}
    return {pair["a"].strip().casefold(), pair["b"].strip().casefold()} <= headings


def slashed_pair(title: str) -> bool:
    """Whether a title names two things either side of a slash, neither the other's
    letters ('Right Ascension / Declination'): two concepts, which no one answer defines
    ('2FA / Two-Factor Authentication' is one, by its letters and its words)."""
    pair = _SLASHED.fullmatch(title.strip())
    return pair is not None and not (
        spells_out(pair["a"], pair["b"]) or spells_out(pair["b"], pair["a"])
    )


_SLASHED = re.compile(
    r"(?P<a>[A-Z][\w.-]*(?:\s+[\w.-]+){0,3})\s+/\s+(?P<b>[A-Z][\w.-]*(?:\s+[\w.-]+){0,3})"
)


def sets_side_by_side(title: str) -> bool:
    """Whether a title compares two things by name ('A vs B', 'Difference between A and
    B'), not only names two side by side ('Sessions and cookies')."""
    if VERSUS.search(title) is None and _BETWEEN.search(title) is None:
        return False
    return compared_names(title) is not None


def _bare(name: str) -> str:
    name = name.strip(" .?:!")
    quoted = re.match(r"^[\"“'‘]([^\"”'’]{1,60})[\"”'’]", name)
    if quoted is not None:
        name = quoted[1]
    name = re.sub(r"^(?:an?|the)\s+", "", name, flags=re.I).strip()
    return name if 0 < len(name.split()) <= 6 else ""


def _shared_tail(first: str, second: str) -> str:
    """The words both names end with, when each has words of its own before them: 'web
    service' of 'REST web service' and 'SOAP web service'; '' when they share none."""
    a, b = first.split(), second.split()
    count = 0
    while count < min(len(a), len(b)) - 1 and a[-1 - count].casefold() == b[-1 - count].casefold():
        count += 1
    return " ".join(a[len(a) - count :]) if count else ""


def _spellings(name: str, shared: list[str]) -> tuple[str, ...]:
    tried = [" ".join([name, *shared])] if shared else []
    tried.append(name)
    shorter = _QUALIFIER.sub("", name)
    if shorter != name and shorter:
        tried.append(shorter)
    return tuple(tried)


def _compared(entry: Entry) -> list[Section]:
    """'Authentication vs. Authorization' or 'Difference between a session and a cookie'
    with a sentence defining each, headings or not: a section per term, holding the
    paragraph whose first sentence defines it, else the defining sentence itself."""
    names = compared_names(entry.title)
    if names is None:
        return []
    body = " ".join(item.text for item in _first_items(entry))
    found = []
    for spellings in names:
        for name in side_forms(spellings):
            name = _as_the_page_writes(name, body)
            defined = (
                _answered(entry, name)
                or _defining_paragraph(entry, name)
                or _headed_gloss(entry, name)
                or _defining_sentence(entry, name)
            )
            if defined is not None:
                item, said = defined
                # 'Sessions and cookies' defining 'A session is ...': the term is 'session'.
                if same_or_plural(name, said):
                    name = said
                elif is_abbreviation(name) and not is_abbreviation(said):
                    # 'A service-level agreement is ...' of the SLA: named both ways, one
                    # at a time ('Service-level objectives (SLOs) refer to ...': the SLO)
                    one = _singular(said)
                    name = f"{one if spells_out(name, one) else said} ({name})"
                title = name[:1].upper() + name[1:] if name[:1].islower() else name
                found.append(Section(SectionKind.OTHER, title, item.line, (item,)))
                break
    if len(found) == 1:
        return [_with_own(entry, found[0], "")]
    if len(found) != 2:
        return []
    first, second = found
    return [_with_own(entry, first, second.heading), _with_own(entry, second, first.heading)]


def _as_the_page_writes(name: str, body: str) -> str:
    """A name the title writes in lower case in the capitals the page writes it in, when
    that is an abbreviation ('Difference between http and https' over 'HTTPS is ...')."""
    if name.isupper() or " " in name or not written_in_capitals(name, body):
        return name
    return name.upper()


def _contrast(entry: Entry, defining: set[int]) -> tuple[Section, ...]:
    """The points where a comparison page sets its two sides side by side ('A stack
    hands back the newest item first, while a queue ...'), as a section each side's
    entry keeps: its cards ask which of the two a point is about, and how the two
    differ where the page says so. A point on a line
    that defines a side ('A stack is LIFO, while a queue is FIFO') is left out: its
    'What is X?' cards ask it."""
    from cards.comparison import difference_said, kept_apart, side_claims, sides

    pair = sides(entry)
    claims = [claim for claim in side_claims(entry) if claim.item.line not in defining]
    claimed = kept_apart(claims, pair) if pair is not None else []
    # and where the page says how the two differ ('The main difference between ...'),
    # asked by the entry of the side the title names first
    stated = [
        item
        for section in entry.sections
        for item in section.paragraphs
        if any(difference_said(sentence) for sentence in split_sentences(item.text))
    ]
    items = sorted(dict.fromkeys([*claimed, *stated]), key=lambda item: item.line)
    if not items:
        return ()
    return (Section(SectionKind.CONTRAST, entry.title, items[0].line, tuple(items)),)


def _claims_both(entry: Entry) -> bool:
    """Whether the page says something of each of its two sides alone."""
    from cards.comparison import side_claims

    return len({claim.side for claim in side_claims(entry)}) == 2


def _one_side(entry: Entry, term: Section) -> Entry:
    """A comparison page that defines only one of its two terms ('Authentication is ...',
    the other only named): the entry of that one, its definition the summary, the page's
    title kept as another of its names."""
    summary, *own = term.items
    sections = [Section(SectionKind.SUMMARY, "", summary.line, (summary,))]
    if own:
        sections.append(Section(SectionKind.EXPLANATION, "", own[0].line, tuple(own)))
    aliases = (entry.title, *entry.aliases)
    if term.heading.casefold() in common_words([term.heading], [summary.text]):
        aliases = (*aliases, term.heading.lower())  # a common word: asked in lowercase
    return replace(
        entry,
        title=term.heading,
        slug=slugify(term.heading),
        sections=tuple(sections),
        tagline="",  # the page's opening line is about the pair
        aliases=aliases,
    )


# Words after a name that show it is the subject: an auxiliary or an adverb.
_AUX = (
    r"(?:is|are|was|were|can|cannot|must|should|will|would|may|might|does|do|did|has|have|"
    r"always|never|also|only|usually|often|typically)"
)


def _with_own(entry: Entry, term: Section, other: str) -> Section:
    """`term`'s section with the page's other paragraphs and points that open with its
    name and never name `other` ('Authentication always comes first: ...'): what the page
    says of the one alone, which its own cards can ask."""
    defining = term.items[0]
    # The name as the subject: before a verb ('Encoding uses ...', 'Authentication always
    # comes first'), not as the first word of another name ('Authentication factors are').
    opens = re.compile(
        rf"^(?:the\s+|an?\s+)?{re.escape(term.heading)}(?:s|es)?\s+"
        rf"(?:{_AUX}\b|[a-z]+s\b(?!\s+{_AUX}\b))",
        re.I,
    )
    own = [
        item
        for item in _first_items(entry)
        if item.kind is not ItemKind.QUESTION
        and item.line != defining.line
        and opens.match(item.text)
        and not (other and _names(item.text, other))
    ]
    return replace(term, items=(defining, *own))


def _names(text: str, name: str) -> bool:
    """Whether `text` names `name` (or its plural), in any case."""
    return (
        re.search(rf"(?<!\w){re.escape(name.casefold())}(?:s|es)?(?!\w)", text.casefold())
        is not None
    )


def _answered(entry: Entry, name: str) -> tuple[Item, str] | None:
    """The paragraph under the page's own 'What is <name>?' heading: the page says there
    what the side is, even in a sentence that does not open 'X is a ...' ('Encryption
    transforms readable data ...'), rather than in the first 'Encryption is reversible'."""
    from cards.recover import title_from_question

    for section in entry.sections:
        asked = title_from_question(section.heading) if section.heading else None
        if asked is not None and same_or_plural(asked[0], name) and section.paragraphs:
            answer = section.paragraphs[0]
            # ('What are RTOs ...?' over 'Recovery time objectives (RTOs) refer to ...':
            # the letters, named by what they stand for)
            spelled = _defines(first_sentence(answer.text), name) if is_abbreviation(name) else None
            return answer, spelled.name if spelled is not None else name
    return None


def _defining_paragraph(entry: Entry, name: str) -> tuple[Item, str] | None:
    """The first paragraph opening with a sentence that defines `name` and nothing else
    ('A is X, whereas B is Y' defines two: its clause is taken, `_defining_sentence`),
    with the name as that sentence writes it."""
    for section in entry.sections:
        if section.kind is SectionKind.ANALOGY:
            continue  # 'Mental model' over 'A reverse proxy is a receptionist: ...'
        for item in section.paragraphs:
            opening = first_sentence(item.text)
            defined = _defines(opening, name)
            if defined is not None:
                return None if _CLAUSES.search(opening) else (item, defined.name)
    return None


# A gloss that names its kind and then what sets it apart: 'The entity that decides
# ...', 'A program which ...' (not 'The e-commerce company decides to ...': a case).
_KIND_THEN_CLAUSE = re.compile(
    r"^(?:An?|The)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:that|which|who)\s"
)


def _headed_gloss(entry: Entry, name: str) -> tuple[Item, str] | None:
    """The paragraph under a heading that is the side's name alone, when it opens with a
    gloss and no verb: 'Data Controller' over 'The entity that determines the purposes
    and means of processing personal data.'"""
    for section in entry.sections:
        if not section.paragraphs or not _same_side(section.heading.strip(), name):
            continue
        if glosses_its_heading(section) and _KIND_THEN_CLAUSE.match(section.paragraphs[0].text):
            heading = section.heading.strip()
            # in the page's own lowercase where it writes so: 'data controllers and ...'
            body = " ".join(item.text for other in entry.sections for item in other.items)
            said = re.search(rf"\b{re.escape(heading)}(?=s?\b)", body, re.I)
            return section.paragraphs[0], said[0] if said and said[0].islower() else heading
    return None


def _defines(sentence: str, name: str) -> Definition | None:
    """The definition a sentence gives of `name`, or of what an abbreviation stands for:
    'A service-level agreement is a contract ...' defines the SLA of 'SLO vs SLA'."""
    defined = definition_of(sentence, (name,))
    if defined is not None or not is_abbreviation(name):
        return defined
    found = definition_of(sentence)
    if found is None or name.casefold() in found.name.casefold().split():
        return None  # 'The ETL process is ...': the abbreviation itself, in another name
    singular = _singular(found.name)  # 'Service-level objectives'
    return found if spells_out(name, found.name) or spells_out(name, singular) else None


def _singular(name: str) -> str:
    """A spelled-out name's last word without its plural 's': 'Service-level objective'."""
    return re.sub(r"(?<=[a-z])s$", "", name)


def _without_label(clause: str, name: str) -> str:
    """A point without the side's name as its label: 'SEO - Search engine optimization
    (SEO) is ...' -> 'Search engine optimization (SEO) is ...'. A label over 'It is ...'
    stays: the definition reads it as the subject."""
    label = rf"^{re.escape(name)}\s*(?::|\s[-–—])\s+(?=\S)(?!(?:it|this|they)\b)"
    return re.sub(label, "", clause, flags=re.I)


# A side's name as a label over what it is: 'Reverse proxy: a server that sits ...'.
_LABELLED_GLOSS = re.compile(
    # ('Model Parameters — values learned by the model ...': a dash for the colon)
    r"^(?P<label>[\w-]+(?:\s+[\w-]+){0,3})(?:\s*:|\s+[—–-])\s+"
    # ('Load balancer: distributes incoming requests ...': what it does)
    r"(?P<gloss>(?:(?i:an?|the)\s+|[a-z]{3,}[^s\W]s\s+)[^:]{8,})$"
)


def _same_side(label: str, name: str) -> bool:
    """Whether a label names a compared side: 'Reverse proxy' of 'Reverse Proxy'."""
    return same_or_plural(label, name) or same_or_plural(name, label)


def _defining_sentence(entry: Entry, name: str) -> tuple[Item, str] | None:
    """The first sentence (or clause of one) of the page's text that defines `name`, as
    a paragraph of its own: 'Simply said, authentication is ..., while authorization is
    the process of confirming what you have permission to do.' defines both."""
    spelled = {name, re.sub("ization", "isation", name), re.sub("isation", "ization", name)}
    for item in _first_items(entry):
        if item.kind is ItemKind.QUESTION:
            continue
        for sentence in split_sentences(item.text)[:8]:
            glossed = _LABELLED_GLOSS.match(sentence)
            if glossed is not None and any(_same_side(glossed["label"], n) for n in spelled):
                # 'Reverse proxy: a server that sits between clients and backends ...'
                text = upper_first(glossed["gloss"].strip())
                text = text if text.endswith(".") else f"{text}."
                return Item(ItemKind.PARAGRAPH, text, item.line), glossed["label"]
            for clause in _CLAUSES.split(sentence):
                clause = _ASIDE.sub(r"\1 ", _without_label(clause.strip(), name))
                defined = definition_of(clause, tuple(spelled)) or _defines(clause, name)
                if defined is not None:
                    text = clause[:1].upper() + clause[1:]
                    text = text if text.endswith(".") else f"{text}."
                    return Item(ItemKind.PARAGRAPH, text, item.line), defined.name
    return None


def _path_name(title: str) -> str:
    """The path a page's terms join, named by its title without a comparison's subtitle:
    'Router vs Switch' of 'Router vs Switch: Key Differences Explained in Simple Terms'."""
    compared, *subtitle = SUBTITLE.split(title, maxsplit=1)
    return compared if subtitle and says_it_compares(compared) else title


def split_terms(entry: Entry, default_path: str = "") -> list[Entry]:
    """The entries a parsed file holds: one per defined term, or the entry itself.

    The terms' path is the one the file names; when it names none (its path is the
    folder's `default_path`), a path named after the page's title.
    """
    # The entry's own definition under a heading that names it ('Arduino PWM (Pulse
    # Width Modulation)' over 'The PWM ... is a technique ...' of 'PWM'), and the rest of
    # that section: no term of a list.
    own = {
        s.heading
        for s in entry.sections
        if s.kind is SectionKind.SUMMARY
        and any(_names(s.heading, name) for name in entry.names if name)
        # (a heading that is the name itself may be one term of many: 'Monotonic reads'
        # under the page's 'What is monotonic reads?', beside 'Consistency models')
        and not any(same_or_plural(s.heading.strip(), name) for name in entry.names)
    }
    if _others_after_its_own(entry):
        return [entry]
    headed = [
        s
        for s in entry.sections
        if s.heading
        and s.heading not in own
        and s.kind is not SectionKind.RELATED
        and not is_chrome_line(s.heading)  # not a Q&A site's 'Solution 1:'
        and not _labels_a_part(s.heading)  # nor an explainer's 'The key insight'
    ]
    # ('Type 1 (Bare-metal Hypervisor)' over 'Hypervisor that is built into the firmware
    # ...': a kind of the page's own concept, no term beside it)
    headed = [s for s in headed if not (s.paragraphs and _a_kind_of(s.paragraphs[0].text, entry))]
    terms = [s for s in headed if _defines_its_heading(s)]
    glossed = _glossed(entry, headed)
    if len(glossed) > len(terms):
        terms = glossed  # 'Region' over 'A part of the world where ...': a gloss, no verb
    contrast: tuple[Section, ...] = ()
    said: list[str] = []  # the page's words beside the definitions, to tell common words
    if says_it_compares(entry.title):
        # 'Promises VS Callbacks' over 'Promises', 'Callbacks' and 'Differences': the
        # sides are the two it names, whatever its other headings gloss.
        terms = []
    if len(terms) < 2:
        terms = headed = _compared(entry)
        said = [item.text for item in _first_items(entry)]  # 'a publisher or a subscriber'
        if len(terms) == 1 and not entry.sections_of(SectionKind.SUMMARY):
            if _claims_both(entry):
                # 'A primary key identifies ..., while a foreign key points to ...' above
                # a 'Primary key is table identity' point: a pair, asked side by side.
                return [entry]
            return [_one_side(entry, terms[0])]
        contrast = (
            _contrast(entry, {term.items[0].line for term in terms}) if len(terms) == 2 else ()
        )
    if len(terms) < 2 or len(terms) < _SHARE * len(headed) or _defined_as_stages(entry):
        return [entry]
    titles = {slugify(s.heading) for s in terms}
    if len(titles) != len(terms):
        return [entry]  # two sections define the same term: not a list of terms
    path = entry.path if entry.path and entry.path != default_path else _path_name(entry.title)
    found = []
    common = common_words(
        [s.heading for s in terms], [*(s.paragraphs[0].text for s in terms), *said]
    )
    glossed_ids = {id(section) for section in glossed}  # (by identity: linear on 10,000)
    for section in terms:
        summary = section.paragraphs[0]
        others = tuple(item for item in section.items if item is not summary)
        # '7 Application': the page's own numbering; 'The sidecar' over 'A sidecar is ...'
        title = _one_of_many(unnumbered(section.heading), summary.text)
        if _shouted_word(title, summary.text, others):
            title = title.capitalize()  # 'MODULES:' over 'Modules are ...': a label's capitals
        aliases: tuple[str, ...] = ()
        heading = ""
        if id(section) in glossed_ids:
            title, aliases = _named(title)
            heading = DEFINITION  # a gloss that does not name its term still defines it
        if title.casefold() in common and title.lower() not in aliases:
            aliases = (*aliases, title.lower())  # a common word: asked in lowercase
        sections = [Section(SectionKind.SUMMARY, heading, summary.line, (summary,))]
        if others:
            sections.append(Section(SectionKind.EXPLANATION, section.heading, section.line, others))
        sections.extend(contrast)
        found.append(
            replace(
                entry,
                title=title,
                slug=slugify(title),
                path=path,
                sections=tuple(sections),
                tagline="",
                aliases=aliases,
                step=None,
                next="",
            )
        )
    opening = _own_opening(entry, titles)
    if opening is not None:
        found.insert(0, replace(entry, path=path, sections=(opening,), tagline="", step=None))
    return found


def _shouted_word(title: str, summary: str, others: Sequence[Item]) -> bool:
    """Whether a term's heading is a word set in capitals as a label ('MODULES:', 'MIXIN:')
    that its text writes small ('a module', 'mixins'), not an abbreviation ('HTTPS')."""
    if not (title.isupper() and title.isalpha() and len(title) > 4):
        return False
    word = re.escape(title.lower().removesuffix("s"))
    said = re.compile(rf"(?<![\w/.:-]){word}(?:s|es)?(?![\w:/.-])")
    return any(said.search(text) for text in (summary, *(item.text for item in others)))


def _own_opening(entry: Entry, titles: set[str]) -> Section | None:
    """The page's opening when it defines the page's own concept, above terms that are
    parts of it ('Definition of Regression' / 'Regression is a statistical technique ...'
    over 'Dependent Variable', 'Independent Variables'): kept as an entry of its own, not
    dropped with the page's heading-less lead."""
    opening = next((s for s in entry.sections if s.paragraphs), None)
    if opening is None or opening.heading or opening.kind is not SectionKind.SUMMARY:
        return None
    if entry.slug in titles or slugify(entry.title) in titles:
        return None
    if says_it_compares(entry.title) or re.search(r"\s(?:and|&|or)\s", entry.title):
        return None  # 'Threads and processes': the two, each defined under its heading
    sentence = first_sentence(opening.paragraphs[0].text)
    return opening if definition_of(sentence, entry.names) is not None else None


# A heading that says it holds a definition: 'Definition of Normalization'.
_DEFINITION_OF = re.compile(r"^(?:the\s+)?(?:definition|meaning)\s+of\s+(?:an?\s+|the\s+)?", re.I)


def _one_of_many(heading: str, summary: str) -> str:
    """A heading's term without its article: 'An animation' is the term 'Animation', and
    'The sidecar' is 'Sidecar' when the definition under it makes it one of many ('A
    sidecar is ...'); 'The Internet' stays. 'Definition of Normalization' is the term
    'Normalization'."""
    bare = _DEFINITION_OF.sub("", heading) or heading
    if bare != heading and not re.search(
        rf"\bdefinition\s+of\s+{re.escape(bare)}\b", summary, re.I
    ):
        heading = bare  # (not Scrum's 'Definition of Done', which its summary names so)
    found = re.match(
        r"^(?P<article>the|an?)\s+(?P<term>[a-z][\w-]*(?:\s+[\w-]+){0,3})$", heading, re.I
    )
    if found is None:
        return heading
    term = found["term"]
    if found["article"].casefold() == "the" and not re.match(
        rf"^an?\s+{re.escape(term)}\s", summary, re.I
    ):
        return heading
    return upper_first(term)  # 'An animation' over 'An animation defines ...': 'Animation'


# --------------------------------------------------------------------------- a term per line

# A glossary defines at least this many terms...
MIN_TERMS = 3
# ...and they take at least this share of its text (characters of non-blank lines).
TERM_SHARE = 0.5
# The separators between a term and its definition on one line, in order of preference
# when two stand at the same place: 'Term: ...', 'Term — ...', 'Term - ...'.
_SEPARATORS = (": ", " — ", " – ", " - ", "— ", "– ", "—", "–")
# How far into a line its term may reach: a term is short.
_TERM_REACH = 90
_BULLET = re.compile(rf"^(?:[{BULLET_MARKS}]|\(?\d{{1,3}}[.)])\s+")
# A numbered source in a list of references: '[2] Timeboxing - Agile Business Consortium'.
_REFERENCE = re.compile(r"^\[\d{1,3}\]\s")
# A table row of two cells copied as text: 'GET | The GET method requests ... |'.
_ROW = re.compile(r"^\|?\s*(?P<term>[^|]{1,40}?)\s+\|\s+(?P<gloss>[^|]{8,}?)\s*\|?$")
# A gloss that names its term with the kind of thing it is: 'The GET method requests'.
_NAMED_AS = re.compile(
    r"^the\s+(?P<name>\S+)\s+(?P<kind>method|header|command|element|attribute|property|tag|"
    r"function|protocol|status|code|field|flag|keyword|operator|type)\b",
    re.I,
)
_BOLD = re.compile(r"^(\*\*|__)(?P<term>[^*_]{1,80}?)\1(?P<rest>.*)$")
_PAIR = re.compile(r"^(?P<outer>[^()]{1,60}?)\s*\((?P<inner>[^()]{1,60})\)$")
# How many non-blank lines above the first term are read for the page's name and intro.
_INTRO = 12
# What ends or splits a sentence: a term has none of them.
TERMINAL_MARKS = (".", "!", "?", ";", ",")
# Labels that say what a line is rather than name a concept ('Note: ...', 'Step 2: ...').
_LABEL = re.compile(
    r"^(?:note|nb|tip|hint|warning|caution|important|remember|answer|question|q|a|result|"
    r"output|input|source|sources|credit|credits|author|by|date|posted|updated|published|"
    r"price|image|photo|figure|fig|table|video|key idea|key point|pro tip|fun fact|"
    r"bottom line|use case|goal|aim|why|how|tl;dr|ps|p\.s|edit|update|"
    # a design pattern's parts, as a catalogue sets them out
    r"problem|solution|consequences|forces|intent|motivation|applicability|participants|"
    r"collaborations|known uses|related patterns|"
    # an answer site's labels: 'Direct Answer', 'Key Considerations'
    r"(?:the\s+)?(?:direct|short|long|quick|simple) answer|key considerations|"
    r"(?:interview|pro|quick|bonus|exam)\s+tips?|"
    r"(?:step|part|chapter|lesson|section|example|exercise|rule|tip|case) ?\d{0,3}|"
    # A link's words, not a term: 'View full course', 'Read more', 'See also'.
    r"(?:view|watch|download|visit)\s+(?:the|our|this|full|all|more|now)\b.{0,40}|"
    r"(?:read|learn|see) (?:more|also|the full|full)\b.{0,30}|"
    # an explainer's section labels: 'The story', 'The key insight', 'Where it lives'
    r"the\s+(?:(?:key|big|core|main|real|short|whole|basic)\s+)?(?:story|insight|idea|"
    r"takeaway|gist|catch|trick|intuition|upshot|lesson|version|picture)|"
    r"(?:where|when|how)\s+it(?:'s|\s+is)?\s+(?:lives|used|works|fits))$",
    re.I,
)
# A heading that says what to do, not a term: 'Checking unknown keys', 'Handling errors'
# (a verb of doing before a plural object; 'Programming languages' is a term).
_DOING = re.compile(
    r"^(?:check|handl|us|creat|add|remov|manag|writ|mak|choos|avoid|gett|find|fix|defin|"
    r"declar|call|pass|return|compar|convert|install|configur|prevent|detect|implement|"
    r"updat|delet|sett)ing\s+(?:\S+\s+){0,3}[a-z]+[^s\W]s$",
    re.I,
)


# A heading said to the reader or stating something, no term: 'Check yourself', 'Slap
# yourself if', 'Requires Pro'.
_TO_THE_READER = re.compile(
    r"^(?:\w+\s+){0,2}(?:yourself|you|your)\b|"
    r"^(?:requires|includes|needs|supports|contains|works|makes|lets|gives)\s",
    re.I,
)


def _labels_a_part(heading: str) -> bool:
    """Whether a heading names a part of the page ('The story', 'Checking unknown keys')
    rather than a term."""
    return _LABEL.match(heading) is not None or _DOING.match(heading) is not None


class Term(NamedTuple):
    """A term a file defines: its name as written, its definition, its 1-based line."""

    name: str
    definition: str
    line: int
    # Label lines right after the definition ('Example: ...'): (label, text, line).
    notes: tuple[tuple[str, str, int], ...] = ()
    said: int = 0  # the line the definition starts on, when not the term's own


class Glossary(NamedTuple):
    """A file read as a list of terms: what the page calls itself, and the terms."""

    name: str
    terms: tuple[Term, ...]
    marked: bool  # Markdown or HTML marks the terms (bold, <dt>), not bare text


class Shape(NamedTuple):
    """What decides whether a file is a glossary: its terms and how much of it they are."""

    terms: int  # term lines (or <dt>s), cross-references ('See URL.') included
    term_chars: int  # characters of those lines and their definitions
    body_chars: int  # characters of every non-blank line of the body
    defines_concept: bool  # a sentence above the first term defines a concept of its own


def is_glossary(shape: Shape) -> bool:
    """The one rule: many terms, most of the text, and no concept the page is about.

    A page that first defines its own concept ("DNS is the phone book of the web.") and
    then lists a few of its parts as 'Resolver: ...' lines stays that concept's entry.
    """
    return (
        shape.terms >= MIN_TERMS
        and shape.term_chars >= TERM_SHARE * shape.body_chars
        and not shape.defines_concept
    )


def _is_acronym(name: str) -> bool:
    capitals = sum(c.isupper() for c in name)
    letters = sum(c.isalpha() for c in name)
    return " " not in name.strip() and capitals >= 2 and capitals * 2 >= letters


# Names that stand before a colon on a comparison's title line, never a term.
_NO_TERMS = frozenset(("difference", "differences", "the difference", "comparison"))
# The parts of a worked answer that wind it up, two joined: 'Summary and comparison'.
_WRITING_STEP = r"(?:summary|summari[sz]ation|comparison|conclusions?|recap|review|discussion)"
_WRITING_STEPS = re.compile(rf"{_WRITING_STEP}\s+(?:and|&)\s+{_WRITING_STEP}", re.I)
# Marks no term holds and a line of code does: 'F(G,A,B)=G(A,B)', 'RETURN Z }'.
# ('lookup_value', '$A$1': a function's argument, a cell's address)
_CODE_MARKS = re.compile(r"[={};$]|[A-Za-z]_[A-Za-z]")
# A point's label, not a name: a phrase after an article, a preposition or 'part of'.
_A_POINTS_LABEL = re.compile(
    r"^(?:an?\s+\S+\s+\S+\s+\S|(?:with|without|from|into)\s|part\s+of\s)", re.I
)
# A heading that asks or says how a term works ('How CSRF Attacks Work'): no term.
_ASKS = re.compile(r"^(?:how|why|what|when|where|which|who)\b", re.I)


# A step of a procedure by its number: 'Step 1 - Power Good', 'Phase 2: Design'.
_NUMBERED_STEP = re.compile(
    r"^(?:(?i:step|stage|phase|part)\s*\d{1,3}\b|"
    # 'First handshake: the client sends ...', 'Three dot-separated parts' over a
    # paragraph: the steps or parts of one thing, counted
    # (not 'First Input Delay', 'Six Sigma' or 'Five Whys': names)
    r"(?i:first|second|third|fourth|fifth|sixth|final|last|next)\s+[\w-]+$|"
    r"(?i:two|three|four|five|six|seven|eight|nine|ten)\s+[a-z])",
)


# A heading that names a part of an article about a concept ('For Loop Basics', 'Key
# Differences'), not a term nor a part of the concept.
ARTICLE_SECTION = re.compile(
    # ('Executive summary' and 'String comparison' are terms)
    r"\b(?:basics|essentials|differences|overview|examples|explained|fundamentals)$",
    re.I,
)

# The last word of a heading over a thing's points, each a sentence of its own.
_POINTS_HEAD = frozenset(
    (
        *("functions", "features", "responsibilities", "characteristics", "advantages"),
        *("disadvantages", "benefits", "duties", "tasks", "roles", "steps", "uses"),
    )
)


def _heads_its_points(words: list[str], definition: str) -> bool:
    """Whether a would-be term heads its thing's points: 'Data Link layer functions' over
    'Framing allows the sender to ...', a sentence about one of them. ('Hash functions'
    over 'Functions that map ...' or 'A function that ...' is a term.)"""
    if len(words) < 2 or words[-1].rstrip(":").casefold() not in _POINTS_HEAD:
        return False
    said = _OWN_SUBJECT.match(definition.strip())
    named = {word.casefold().rstrip(":") for word in words}
    return (
        said is not None
        and said["subject"].split()[0].casefold() not in ("a", "an", "the", "any", "one")
        and said["verb"].casefold() not in named
    )


# A sentence with a subject of its own, up to three words, then its verb: 'Framing allows
# ...', 'Physical addressing is performed ...'.
_OWN_SUBJECT = re.compile(
    r"^(?P<subject>[A-Z][\w-]*(?:\s+[\w-]+){0,2}?)\s+(?P<verb>is|are|[a-z]{2,}[^s\W]s)\b"
)


# A gloss that speaks of other things named before: 'These are ...'.
_POINTS_BACK = re.compile(r"(?:these|those|they)\s", re.I)


# A label that numbers the parts of a story or a list: 'Choice 1', 'Option 2', 'Step 3'.
_NUMBERED_LABEL = re.compile(
    r"^(?:choice|option|step|case|scenario|example|approach|solution|answer|part|phase|"
    r"stage|rule|tip|reason|method|way|question|q|a)\s*#?\d{1,2}\b",
    re.I,
)


def _is_term(name: str, definition: str, marked: bool = False) -> bool:
    """A short name: 1-5 words, capitalised or an acronym, not a label such as 'Note'.

    A `marked` name (bold) says it is a term by its markup: it may be lower-case.
    """
    bare = name
    pair = _PAIR.match(name)
    if pair is not None:
        bare = pair["outer"]
    bare = bare.strip()
    words = bare.split()
    if not 1 <= len(words) <= 5 or len(name) > 60 or "://" in name:
        return False

    if _NUMBERED_STEP.match(bare):
        return False  # 'Step 1 - Power Good' over 'You turn the computer on.': a step
    if bare.endswith(TERMINAL_MARKS) or any(f"{m} " in bare for m in TERMINAL_MARKS):
        return False  # 'Well, here it is: ...' is a sentence, not a term
    if not any(c.isalpha() for c in bare):
        return False
    if _CODE_MARKS.search(bare):
        return False  # 'F(G,A,B)=G(A,B)', 'RETURN Z }', 'table_array': code, not a term
    first = bare[:1]
    capitalised = first.isupper() or first.isdigit() or _is_acronym(bare)
    # 'container - A linux userland ...': a lower-case term whose definition starts a
    # sentence of its own; prose ('for example: the server ...') does not.
    if not (capitalised or marked) and not definition[:1].isupper():
        return False
    if _labels_a_part(bare) or section_kind(bare) is not None or meta_field(bare) is not None:
        return False
    if _TO_THE_READER.match(bare):
        return False  # 'Check yourself' over 'Answer to earn rating ...': said to the reader
    if ARTICLE_SECTION.search(bare):
        return False  # 'Map Basics', 'Key Differences': an article's sections, no terms
    if re.match(r"[\w.]+\(", definition.lstrip()):
        return False  # 'Format: pickle.dump(object, file) ...': a call's form, no gloss
    if len(words) >= 3 and words[1].casefold() in ("a", "an", "the"):
        return False  # 'Serialize an object: convert the object to ...': a step, no name
    if _heads_its_points(words, definition):
        return False  # 'Data Link layer functions:' over 'Framing allows ...': a list's heading
    if bare.casefold() in _NO_TERMS:
        return False  # 'Difference: Bounce Rate and Exit Rate': a comparison's title line
    if _WRAPPING.match(bare):
        return False  # 'Understanding 802.11ax (Wi-Fi 6)': an article's section heading
    if words[0] == "The" and len(words) >= 3 and not _shares_a_word(bare, definition):
        return False  # 'The OFDMA Revolution' over 'The core problem with ...': a headline
    if is_chrome_line(bare):
        return False  # '4 min read·' over the article's first sentence
    if _ASKS.match(bare) or ABOUT_A_THING.match(bare):
        return False  # 'How CSRF Attacks Work', 'Concept of Anti-forgery Tokens': headings
    if _A_POINTS_LABEL.match(bare) or _opens_on_a_doing(words):
        # 'A fixed period of time: ...', 'With a specific objective: ...', 'Promotes focus
        # and efficiency: ...': the labelled points of one definition, not terms
        return False
    if is_dictionary_head(definition):
        return False  # 'IVR' over 'Definition: elliptic curve cryptography': another's head
    if _POINTS_BACK.match(definition) and not bare.endswith("s"):
        # 'Global Reach: These are assigned by the ISP ...': a point about the things
        # named above it (public IP addresses), not what 'global reach' is
        return False
    if not marked and _JOINS_TWO.search(bare) and not _shares_a_word(bare, definition):
        # 'Permissions and trust' over 'Reading the clipboard is sensitive, so ...': the
        # topics of an explainer's section, which its first sentence does not name
        return False
    return len(definition.split()) >= 2


# The words an article's heading wraps a topic in, no term's: 'Understanding X'.
_WRAPPING = re.compile(
    r"^(?:understanding|introduction\s+to|intro\s+to|getting\s+started\s+with|overview\s+of|"
    r"exploring|demystifying|a\s+guide\s+to)\s",
    re.I,
)


def _opens_on_a_doing(words: list[str]) -> bool:
    """Whether a label opens with what something does, an object after it ('Promotes
    focus and efficiency'), not with a noun ('Cache hit', 'Process table')."""
    first = words[0].lower()
    return (
        len(words) >= 2
        and first.endswith("s")
        and not first.endswith("ss")
        and first in FUNCTION_VERBS
    )


def _shares_a_word(name: str, definition: str) -> bool:
    """Whether the definition's first sentence says a word of the name ('billed' for
    'Billing'), by the first four letters of each."""
    said = {word[:4] for word in content_words(first_sentence(definition))}
    return any(word[:4] in said for word in content_words(name))


# A name that ends in a number or a letter of a series ('Session 2', 'Page C'), or opens
# with an ordinal ('Third generation').
_IN_A_SERIES = re.compile(
    r"^(?P<head>.*\S)\s+(?:\d{1,3}|(?-i:[A-Z]))$|"
    r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?P<after>\S.*)$",
    re.I,
)


def _example_rows(terms: Sequence[Term]) -> set[str]:
    """The names that are rows of a worked example or steps of a history, not terms: two
    or more of one series ('Session 1', 'Session 2'; 'Page A'; 'First generation') whose
    glosses are mostly data ('Page B > Exit', '50% (4 sessions ...)', '1G – 1980s: ...').
    'RAID 0: Striping without parity' and 'Layer 2: The data link layer' are terms."""
    series: dict[str, list[Term]] = {}
    for term in terms:
        found = _IN_A_SERIES.match(term.name)
        if found is not None:
            head = found["head"] or found["after"]
            series.setdefault(head.casefold(), []).append(term)
    rows: set[str] = set()
    for named in series.values():
        data = sum(1 for term in named if _DATA.search(term.definition))
        if len({term.name for term in named}) >= 2 and 2 * data >= len(named):
            rows.update(term.name for term in named)
    return rows


# A gloss that is data, not prose: a figure first, or a path of steps.
_DATA = re.compile(r"^[\d%$€£]|\s(?:>|→|->)\s")


def _defines_another(name: str, definition: str) -> bool:
    """Whether a term's definition opens by saying what something else is: 'A bounce is
    a single-page session' under 'Bounce Rate'. The same name with a word before it ('A
    cyber threat is ...' under 'Threat'), or spelled out, is no other."""
    defined = definition_of(first_sentence(definition))
    if defined is None or not _A_KIND.match(defined.predicate):
        return False  # 'A complete business process is provided as ...': no 'is a'
    bare = _named(name)[0]
    return not any(
        other and (_names_alike(other, bare) or spells_out(bare, other) or spells_out(other, bare))
        for other in (defined.name, defined.abbreviation, defined.expansion)
    )


# A predicate that says what kind of thing its subject is: 'a single-page session'.
_A_KIND = re.compile(r"^(?:an?|the|one)\s", re.I)


def _names_alike(defined: str, term: str) -> bool:
    """Whether a defined name is the term: the same, the term with a word before or after
    it ('cyber threat', 'Bloater smell'), or the term's last words, its head noun ('A
    Record' under 'DNS A Record'). 'bounce' under 'Bounce Rate' is another thing."""
    defined, term = defined.casefold(), term.casefold()
    if same_or_plural(defined, term):
        return True
    forms = (term, term.removesuffix("s"), f"{term}s")
    if any(defined.endswith(f" {form}") or defined.startswith(f"{form} ") for form in forms):
        return True
    return term.endswith(f" {defined}") or term.endswith(f" {defined}s")


def _split_line(text: str) -> tuple[str, str] | None:
    """('Latency', 'the time ...') from 'Latency — the time ...'; None for other lines."""
    best = -1
    found = ""
    for separator in _SEPARATORS:
        at = text.find(separator, 0, _TERM_REACH)
        if at > 0 and (best < 0 or at < best):
            best, found = at, separator
    if best < 0:
        return None
    name = text[:best].strip()
    definition = text[best + len(found) :].strip()
    return (name, definition) if definition else None


def _term_line(line: str) -> tuple[str, str, bool] | None:
    """(term, definition, bold) of a one-line definition; ('Term', '', True) for '**Term**'."""
    text = collapse(line.replace("¶", " "))
    if _REFERENCE.match(text):
        return None  # '[2] Timeboxing - Agile Business Consortium': a source cited
    text = _BULLET.sub("", text, count=1)
    bold = _BOLD.match(text)
    if bold is not None:
        name, rest = bold["term"].strip(), bold["rest"].strip()
        if name.endswith(":"):  # '**Term:** definition'
            name, rest = name[:-1].strip(), rest
        elif rest[:1] in (":", "-", "–", "—"):
            rest = rest[1:].strip()
        elif rest:
            return None  # '**CDN** is a network ...': a sentence that stresses its subject
        name, rest = plain(name), plain(rest)
        if not rest:
            return (name, "", True) if _is_term(name, "A definition", True) else None
        return (name, rest, True) if _is_term(name, rest, True) else None
    row = _ROW.match(text)
    if row is None and text.startswith("|"):
        return None  # a row of more cells than a term and its gloss: a table's
    split = (row["term"], row["gloss"]) if row is not None else _split_line(text)
    if split is None:
        return None
    name, definition = plain(split[0]), plain(split[1])
    named = _NAMED_AS.match(definition)
    if named is not None and named["name"].casefold() == name.casefold():
        name = f"{name} {named['kind']}"  # 'GET' over 'The GET method requests ...'
    return (name, definition, False) if _is_term(name, definition) else None


def _front_matter(lines: list[str]) -> tuple[int, str, str]:
    """(index after the front matter, its title, its path): the few keys a glossary uses."""
    if not lines or lines[0].strip() != "---":
        return 0, "", ""
    fields: dict[str, str] = {}
    for index in range(1, len(lines)):
        line = lines[index]
        if line.strip() == "---":
            return index + 1, fields.get("title", ""), fields.get("path", "")
        key, colon, value = line.partition(":")
        if colon and key.strip() in ("title", "path"):
            fields[key.strip()] = value.strip().strip("'\"").strip()
    return 0, "", ""  # never closed: not front matter (the Markdown reader says so)


def _page_name(lines: Sequence[str]) -> str:
    """What the page calls itself: its first heading, else its first short line."""
    from cards.recover import is_chrome_line, names_page_kind, title_from_question

    for line in lines:
        if line.lstrip().startswith("#"):
            return plain(line.strip().lstrip("#").replace("¶", " "))
    for line in lines:
        text = plain(line.replace("¶", " "))
        asked = title_from_question(text) if text.endswith("?") else None
        if asked is not None:
            return asked[0]  # 'So What is Defect Life Cycle ?' over its statuses
        if not text or len(text.split()) > 8 or len(text) > 70 or text.endswith(TERMINAL_MARKS):
            continue
        if sum(c.isalpha() for c in text) < 2 or text.endswith(":"):
            continue
        if (is_chrome_line(text) and not names_page_kind(text)) or _SITE_SECTION.match(text):
            continue
        return text
    return ""


# A site's section named above the page ('Notes'), not the page's own name.
_SITE_SECTION = re.compile(
    r"^(?:notes|docs|documentation|blog|home|articles|wiki|menu|learn|resources)$", re.I
)


# What a definition of a concept says it is: 'a ...', 'the ...', 'like a ...'; not 'in
# alphabetical order' ("The words are in alphabetical order.").
_GENUS = re.compile(r"^(?:like\s+)?(?:a|an|the|one)\s", re.I)


def _defines_concept(lines: Sequence[str]) -> bool:
    """Whether a line says what a concept is ("A CDN is a ..."), the page's kind aside."""
    from cards.recover import names_page_kind

    for line in lines:
        text = _BULLET.sub("", plain(line), count=1)  # '* Cellular respiration is ...'
        if len(text.split()) < 4:
            continue
        sentence = first_sentence(text)
        found = definition_of(sentence)
        if found is not None and _GENUS.match(found.predicate) and not names_page_kind(found.name):
            return True
        if spelled_out_by(sentence):
            return True  # 'TOTP is the acronym for ...' over 'Algorithm: ...' points
        if states_a_law(sentence):
            return True  # 'The CAP theorem ... states that' over the three guarantees
    return False


def _answers_its_question(lines: Sequence[str]) -> bool:
    """Whether a line right under the page's 'What is X?' names X ('What Is CIDR
    Notation?' over 'That slash-number after an address is CIDR notation, ...'): the page
    answers its own question, and the short lines below head its parts ('The problem
    CIDR solved', 'CIDR in everyday life'), no glossary's terms."""
    from cards.recover import title_from_question

    for at, line in enumerate(lines[:-1]):
        text = plain(line)
        asked = title_from_question(text) if text.endswith("?") else None
        if asked is not None:
            said = re.compile(rf"(?<!\w){re.escape(asked[0])}(?!\w)", re.I)
            return said.search(plain(lines[at + 1])) is not None
    return False


def _carries_on(line: str) -> bool:
    """A line that continues the definition above: indented, or wrapped mid-sentence."""
    text = line.strip()
    if not text or not (line[:1].isspace() or text[:1].islower()):
        return False
    return _term_line(line) is None and _split_line(collapse(text)) is None


def _bare_term(lines: list[str], index: int, fenced: set[int]) -> tuple[str, int] | None:
    """(term, index of its gloss) for a short line over a gloss: 'Region' then 'A part
    of the world where ...' on the next line (or after a blank one)."""
    line = lines[index].replace("¶", " ").strip()
    if line.startswith(("#", "|", ">")) or list_marker(line) is not None:
        return None  # a heading (split_terms reads those), a table, a quote, a list item
    line = line.removesuffix("#").strip()  # 'Endpoint #': the term's anchor link
    if line.endswith((*TERMINAL_MARKS, ":", "?")) or _term_line(line) is not None:
        return None
    name = plain(line)
    from cards.recover import ends_mid_sentence, names_page_kind

    if names_page_kind(name):
        return None  # 'API Glossary' over its intro: the page's title
    if index > 0 and ends_mid_sentence(lines[index - 1]):
        return None  # 'attribute of the' over 'Set-Cookie': code set inside a sentence
    at = index + 1
    while at < len(lines) and at - index <= 2 and not lines[at].strip():
        at += 1  # the gloss may follow a blank line
    if at >= len(lines) or at in fenced:
        return None
    gloss = plain(lines[at])
    if not gloss[:1].isupper() or len(gloss.split()) < 4 or _term_line(lines[at]) is not None:
        return None
    if _PRESENTS.match(gloss):
        return None  # 'There is a handy tool for ...' under 'SSL Scan tool': a remark
    if not gloss.endswith(TERMINAL_MARKS) and len(gloss.split()) < 8:
        return None  # another short line: a subtitle, not a gloss
    return (name, at) if _is_term(name, gloss) else None


def _notes(
    lines: list[str], index: int, fenced: set[int]
) -> tuple[tuple[tuple[str, str, int], ...], int]:
    """The label lines that follow a definition ('Example: GET /time asks for the time.'),
    and the index after them; the lines are counted as body text when read again."""
    notes: list[tuple[str, str, int]] = []
    at = index
    while at < len(lines) and at not in fenced:
        text = lines[at].strip()
        if not text:
            if at - index > 1:
                break
            at += 1
            continue
        label, colon, rest = plain(text).partition(": ")
        if not colon or section_kind(label) not in _NOTE_KINDS or len(rest.split()) < 2:
            break
        notes.append((label, rest, at + 1))
        at += 1
        index = at
    return tuple(notes), index


# The labels whose line after a definition belongs to that term ('Example: ...').
_NOTE_KINDS = frozenset({SectionKind.EXAMPLE, SectionKind.ANALOGY})


def _line_glossary(text: str) -> tuple[Glossary, Shape] | None:
    """The terms of a file read line by line, and its shape; None as soon as its terms
    can no longer reach TERM_SHARE of its text, or the lines above its first term define
    a concept of the page's own (most files: an entry, not a glossary)."""
    from cards.recover import is_chrome_line

    lines = split_lines(text)
    start, title, _ = _front_matter(lines)
    fenced = fenced_lines(lines)
    # Terms by how they are marked: a file marks all its terms one way, so a bold
    # glossary's 'In networking: ...' definition is not a term of its own.
    found: dict[str, list[tuple[Term, int]]] = {"bold": [], "line": [], "bare": []}
    chars = dict.fromkeys(found, 0)  # the characters of each kind's terms so far
    # The characters of the lines from each one on: a term found later takes its size
    # from lines not read yet, each line counted once, so no kind can gain more.
    ahead = [0] * (len(lines) + 1)
    for at in range(len(lines) - 1, start - 1, -1):
        ahead[at] = ahead[at + 1] + len(lines[at].strip())
    body_chars = 0
    titled = False  # a line of content came before: the page's title
    parts = False  # 'Contents' below a term: the lines under it are that term's parts
    points = False  # under a heading of points ('Common mistakes'), where no term is
    index = start
    while index < len(lines):
        if max(chars.values()) + ahead[index] < TERM_SHARE * body_chars:
            return None  # whichever kind wins, its terms stay under TERM_SHARE
        line = lines[index].strip()
        index += 1
        if not line or index - 1 in fenced:
            continue
        parts = parts or (_PARTS_LABEL.fullmatch(line) is not None and any(found.values()))
        body_chars += len(line)
        at, size = index, len(line)  # the 1-based line of the term; its characters
        said = at
        term = _term_line(line)
        if term is None and len(line) <= _HEADING_CHARS:
            # 'Common Mistakes' over '- Not preloading fonts — they are found late': the
            # labels of its points are mistakes (or pros, or cons), not terms
            points = _points_heading(line, points)
        if term is not None and points:
            continue
        if term is not None and not titled and not term[2] and _subtitle(term[1]):
            # 'Log Aggregation: Centralizing for Clarity and Speed': the page's title and
            # its subtitle, no term ('What is Log Aggregation?' -> its subtitle)
            titled = True
            continue
        if term is None:
            bare = _bare_term(lines, index - 1, fenced) if titled else None
            titled = titled or not is_chrome_line(line)
            if bare is None or points:
                continue  # (under 'Execution Path' a short line names a step, not a term)
            name, gloss = bare
            name = unnumbered(name)  # '3 Transport': the page's own numbering
            following = lines[gloss].strip()
            term, index, said = (name, plain(following), False), gloss + 1, gloss + 1
            kind = "bare"
            body_chars += len(following)
            size += len(following)
        else:
            kind = "bold" if term[2] else "line"
        name, definition, _ = term
        if not definition:
            # '**Term**' alone, its definition on the next line (one Markdown paragraph).
            following = lines[index].strip() if index < len(lines) else ""
            if not following or _BOLD.match(_BULLET.sub("", following, count=1)):
                continue
            definition = plain(following)
            body_chars += len(following)
            size += len(following)
            index += 1
            said = index
        # Lines that carry on the definition: indented (a list item's) or wrapped lower-case.
        while index < len(lines) and index not in fenced and _carries_on(lines[index]):
            more = lines[index].strip()
            definition = f"{definition} {plain(more)}"
            body_chars += len(more)
            size += len(more)
            index += 1
        notes, index = _notes(lines, index, fenced)
        noted = sum(len(lines[line - 1].strip()) for _, _, line in notes)
        body_chars += noted
        size += noted
        if not any(found.values()) and _defines_concept(
            [line for line in lines[start : at - 1] if line.strip()][:_INTRO]
        ):
            # The lines above the first term say what the page's own concept is: no kind's
            # terms can make it a glossary (their lines above hold these), so stop here.
            return None
        found[kind].append((Term(name, definition, at, notes, said), size))
        chars[kind] += size
    kind = max(found, key=lambda k: len(found[k]))  # ties: bold, then lines, then bare
    terms = found[kind]
    first_term = terms[0][0].line - 1 if terms else len(lines)
    # The page's title and intro, when it has them, are in its first few lines.
    above = [line for line in lines[start:first_term] if line.strip()][:_INTRO]
    term_chars = sum(size for _, size in terms)
    listed = [term for term, _ in terms]
    if (
        _points_of_each(listed)
        or _parts_of_the_page(_page_name(above), listed)
        or _rows_of_a_comparison(listed)
        or _points_on_asked(above, listed)
        or _REASONS_OR_STEPS.match(_last_said(above))
        or _leads_sub_points(_last_said(above))
        or _one_concept_explained(_page_name(above), listed)
    ):
        return None
    defined = parts or _defines_concept(above) or _answers_its_question(above)
    shape = Shape(len(terms), term_chars, body_chars, defined)
    name = title or _page_name(above)
    return Glossary(name, tuple(term for term, _ in terms), kind == "bold"), shape


def _one_concept_explained(name: str, terms: Sequence[Term]) -> bool:
    """Whether the page's name wraps one concept ('GTIN Defined', 'Webhooks Explained')
    that the labelled lines below speak of ('Format: GTIN is always a purely numeric
    string'): that concept's facts, under labels, not a glossary's terms."""
    from cards.recover import names_a_glossary, title_without_wrapper

    concept = title_without_wrapper(name) if name else None
    if not concept or names_a_glossary(concept):
        return False
    return any(_names(term.definition, concept) for term in terms)


# A title's subtitle after a colon: a few words, no stop ('Centralizing for Clarity and
# Speed', 'A Beginner's Guide').
_SUBTITLE_WORDS = 8


def _subtitle(said: str) -> bool:
    """Whether what follows a name and a colon on a page's first line is a subtitle
    (a few capitalised words, or a short question: 'Tilemap in Gaming: What Does It
    Mean?', whose next line says what a tilemap is)."""
    text = said.strip()
    if not 0 < len(text.split()) <= _SUBTITLE_WORDS:
        return False
    if text.endswith("?") and _ASKS.match(text):
        return True
    return not text.endswith((".", "!", "?", ";", ",")) and all(
        word[:1].isupper() or len(word) <= 3 for word in text.split()
    )


# The longest line read as a heading that may start or end a list of points.
_HEADING_CHARS = 40
# The sections whose labelled lines are points about the page's concept, not terms.
_POINTS_KINDS = frozenset({SectionKind.MISCONCEPTION, SectionKind.PROS, SectionKind.CONS})


def _points_heading(line: str, under: bool) -> bool:
    """Whether the lines after `line` are points, not terms: `line` heads a section of
    points ('Common Mistakes', 'Pros'), or heads none and the points go on (`under`)."""
    if line[-1:] in ".,;!?" or list_marker(line):
        return under  # a sentence or a list's item, not a heading
    if is_steps_heading(line):
        return True  # 'Execution Path' over 'User Process' / 'Sets up arguments ...'
    kind = section_kind(line)
    return under if kind is None else kind in _POINTS_KINDS


def is_steps_heading(line: str) -> bool:
    """A heading over the steps of one process ('Execution Path', 'Steps', 'How it
    works'): the short lines under it name steps, not terms."""
    return _STEPS_HEADING.match(line.strip()) is not None


# A heading over the steps of one process.
_STEPS_HEADING = re.compile(
    r"^(?:the\s+)?(?:execution|control|request|call|data)\s+(?:path|flow)$|"
    r"^(?:(?:the|key|main)\s+)?(?:steps|stages|phases|workflow|lifecycle|life\s+cycle|"
    r"sequence\s+of\s+events)$|^how\s+it\s+(?:works|runs|happens)$|^step\s+by\s+step$",
    re.I,
)


# What a page calls itself when its terms are the stages of one thing: 'Defect Life
# Cycle', 'Waterfall Model', 'Phases of ...', 'App states'.
_STAGES_NAME = re.compile(
    r"\b(?:life\s*-?\s*cycle|lifecycle|model|phases?|stages?|states?|steps?|statuses|"
    r"process|workflow|pipeline)\b",
    re.I,
)


def _stages_of_one_thing(glossary: Glossary, common: frozenset[str]) -> bool:
    """Whether the 'terms' are the states, phases or parts of one thing, each an everyday
    word ('New', 'Open', 'Fixed' of a defect's life cycle; 'Coding', 'Maintenance' of the
    Waterfall model): asked alone ('What is open?') they mean nothing, so the page is read
    as that one thing's."""
    if len(glossary.terms) < MIN_TERMS or not _STAGES_NAME.search(glossary.name):
        return False
    everyday = sum(1 for term in glossary.terms if term.name.casefold() in common)
    return 2 * everyday > len(glossary.terms)


def _others_after_its_own(entry: Entry) -> bool:
    """Whether the page defines its own concept and then, under 'Related Terms', lists the
    site's other entries ('Dockerfile' / 'A Dockerfile is a text document ...' / 'Related
    Terms' / 'A/B Testing' / 'A/B testing is ...'): its one entry, no glossary."""
    from cards.recover import ends_body

    related = next(
        (k for k, s in enumerate(entry.sections) if s.heading and ends_body(s.heading)), None
    )
    if related is None:
        return False
    return any(
        s.kind is SectionKind.SUMMARY
        and s.paragraphs
        and definition_of(first_sentence(s.paragraphs[0].text), entry.names) is not None
        for s in entry.sections[:related]
    )


# What a page says its concept is when its headings are the concept's stages: 'The
# Critical Rendering Path is the sequence of steps the browser takes ...'.
_STAGES_OF_IT = re.compile(r"\b(?:sequence|series|chain)\s+of\s+(?:steps|stages|phases)\b", re.I)


def _defined_as_stages(entry: Entry) -> bool:
    """Whether the page's own opening, under no heading, says its concept is a sequence
    of steps: the headed sections below are those steps ('The DOM', 'The Layout'), asked
    as parts of it, not as a glossary's terms."""
    opening = next((s for s in entry.sections if not s.heading and s.paragraphs), None)
    return opening is not None and _STAGES_OF_IT.search(opening.paragraphs[0].text) is not None


def _parts_of_the_page(name: str, terms: Sequence[Term]) -> bool:
    """Whether most 'terms' are the page's own name and a part of it ('Point-in-Time
    Recovery Origin', '... Etymology', '... Usage Trends' under 'Point-in-Time Recovery'):
    one concept's page, its headings named after it."""
    if not name.strip() or len(terms) < 2:
        return False
    said = name.casefold() + " "
    parts = sum(1 for term in terms if term.name.casefold().startswith(said))
    return 2 * parts >= len(terms)


def _points_of_each(terms: Iterable[Term]) -> bool:
    """Whether the 'terms' are the same points made of each of a few things ('Memory:',
    'Modification:' under 'Pass by Value' and again under 'Pass by Reference'): two or
    more labels met twice, which no glossary's terms are."""
    seen: set[str] = set()
    twice: set[str] = set()
    for term in terms:
        label = term.name.casefold()
        (twice if label in seen else seen).add(label)
    return len(twice) >= 2


# The label a cell of a comparison's table opens with, the table copied as text: 'GET
# Method: ...', 'GET - ...'.
_CELL_LABEL = re.compile(
    r"^(?P<name>[A-Z][\w./+-]{0,30}(?:\s[A-Z]?[\w./+-]{1,20})?)\s?(?::|\s[-–—])\s"
)


def _points_on_asked(above: Sequence[str], terms: Sequence[Term]) -> bool:
    """Whether the 'terms' are points about the thing the page's question asks of ('What
    is an index in a database?' over '**Fast Lookups**: Indexes create ...', '**Sorted
    Data**: Indexes often store ...'): half of their definitions or more name it."""
    from cards.recover import title_from_question

    asked = next((found[0] for line in above if (found := title_from_question(line.strip()))), "")
    head = re.split(r"\s+(?:in|of|for|on|with)\s+", asked, maxsplit=1)[0].split()
    if len(terms) < 3 or not head:
        return False
    said = re.compile(rf"\b{re.escape(head[-1])}(?:e?s)?\b", re.I)
    named = sum(1 for term in terms if said.search(term.definition))
    return 2 * named >= len(terms) and not any(said.search(term.name) for term in terms)


def _last_said(lines: Sequence[str]) -> str:
    """The last of the lines with a word in it: the heading right over a list's points
    (not the '- ' a copy left before the first point)."""
    return next((line.strip() for line in reversed(lines) if any(c.isalpha() for c in line)), "")


def _leads_sub_points(line: str) -> bool:
    """A list's point ending on a colon, the labelled lines below it its sub-points ('•
    Provide a way to describe the features of custom widgets:' over '• Role: ...'): the
    parts of one thing, not terms of their own."""
    marker = list_marker(line)
    return (
        marker is not None and marker.text.rstrip().endswith(":") and len(marker.text.split()) > 3
    )


# A heading over points that are reasons, steps or trade-offs, not terms: 'Why use
# semantic elements?' over 'Clarity: ...', 'How it Works' over 'Server: Renders ...'.
_REASONS_OR_STEPS = re.compile(
    r"^(?:why|how)\b.{0,60}$|^(?:\w+\s){0,3}(?:benefits|advantages|disadvantages|challenges|"
    r"reasons|drawbacks|limitations|pros|cons|trade-?offs)\b.{0,40}$",
    re.I,
)


# Labels a glossary may open each definition with.
_NOT_CELLS = frozenset(("note", "answer", "noun", "verb", "adjective", "abbreviation", "see"))


def _rows_of_a_comparison(terms: Sequence[Term]) -> bool:
    """Whether the 'terms' are the rows of a comparison's table read as text ('Caching:
    GET Method: Can be cached ...', 'Security: GET Method: Less secure ...'): most of
    their definitions open with the same label, the first thing compared."""
    labels = [
        found["name"].casefold()
        for term in terms
        if (found := _CELL_LABEL.match(term.definition)) is not None
        and section_kind(found["name"]) is None  # 'Definition: ...' glosses its term
        and meta_field(found["name"]) is None
        and found["name"].casefold() not in _NOT_CELLS
    ]
    most = max(Counter(labels).values(), default=0)
    return most >= 3 and 3 * most >= len(terms)


# A label over the parts of what a page defines ('Process Control Block', its gloss, then
# 'Contents' over 'Identification' / 'PID, parent PID, and user ID.'): no glossary's.
_PARTS_LABEL = re.compile(
    r"(?:(?:its|the|key|main)\s+)?(?:contents|components|fields|parts|members|attributes|"
    r"structure|elements)\s*:?",
    re.I,
)


def _html_glossary(page: str) -> tuple[Glossary, Shape]:
    from cards.html import definition_list, page_title

    found = definition_list(page)
    terms = tuple(
        Term(name, definition, line)
        for name, definition, line in found.pairs
        if name and len(name.split()) <= 8 and len(name) <= 80
    )
    shape = Shape(len(terms), found.list_chars, found.text_chars, False)
    return Glossary(page_title(page), terms, True), shape


def html_glossary(page: str) -> Glossary | None:
    """The terms of an HTML page's `<dl>` lists, when its shape says it is a glossary."""
    glossary, shape = _html_glossary(page)
    return glossary if is_glossary(shape) else None


def read_glossary(text: str) -> Glossary | None:
    """The terms a file defines one by one, when its shape says it is a glossary.

    A term per line ('**Term**: ...', '- **Term** - ...', 'Term — ...', 'Term: ...'), a
    bold term alone on a line over its definition, or an HTML `<dl>`; None for any other
    file, which the layouts then read as one entry (or as headed terms, `split_terms`).
    Linear in the text: every line is looked at a bounded number of times.
    """
    from cards.html import looks_like_html

    read = _html_glossary(text) if looks_like_html(text) else _line_glossary(text)
    if read is None and not looks_like_html(text):
        read = _listed_then_defined(text)
    if read is None or not is_glossary(read[1]) or _points_about_one_subject(read[0].terms):
        return None
    return read[0]


# The names a page lists under its title before defining each: short lines, no stop.
_LISTED_NAME = re.compile(r"^[A-Z][\w-]*(?:\s+[\w-]+){0,2}$")
_FEWEST_LISTED = 3
_LIST_REACH = 8  # the top lines the list of names is looked for in


def _listed_then_defined(text: str) -> tuple[Glossary, Shape] | None:
    """A page that lists its terms under its title, then gives each a paragraph opening
    with its name: 'ACID' / 'Atomicity' / 'Consistency' / 'Isolation' / 'Durability' /
    'Atomicity in a database system means that ...' / 'Consistency means that ...'."""
    lines = [(number, line.strip()) for number, line in enumerate(split_lines(text), 1)]
    said = [(number, line) for number, line in lines if line][: _LIST_REACH + _FEWEST_LISTED]
    start = next(
        (
            k
            for k in range(1, min(len(said), _LIST_REACH))
            if all(_LISTED_NAME.match(line) for _, line in said[k : k + _FEWEST_LISTED])
        ),
        None,
    )
    if start is None:
        return None
    names: list[str] = []
    for _, line in said[start:]:
        if not _LISTED_NAME.match(line):
            break
        names.append(line)
    after = [(number, line) for number, line in lines if line and number > said[start][0]]
    terms: list[Term] = []
    for name in names:
        opening = f"{name.casefold()} "
        found = next(
            ((number, line) for number, line in after if line.casefold().startswith(opening)),
            None,
        )
        if found is None or not found[1].endswith((".", "!", "?")) or len(found[1].split()) < 6:
            return None  # a name the page does not go on to define: no such list
        terms.append(Term(name, plain(found[1]), found[0]))
    chars = sum(len(term.definition) for term in terms)
    body = sum(len(line) for number, line in lines if line and number > said[0][0])
    glossary = Glossary(said[start - 1][1], tuple(terms), False)
    return glossary, Shape(len(terms), chars, body, False)


# A sentence's subject, before its verb: 'Layer 2 switches (primarily) operate ...', 'An
# access port is configured ...'.
_SUBJECT = r"^(?:an?\s+|the\s+)?(?P<subject>[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:\w+ly\s+)?"
_SUBJECT_VERB = re.compile(
    _SUBJECT + r"(?:is|are|can|cannot|use|uses|operate|operates|support|supports|have|has|"
    r"require|requires|carry|carries|provide|provides|make|makes|allow|allows|offer|offers|"
    r"focus|focuses|integrate|integrates|work|works|connect|connects)\b",
    re.I,
)
# The same with any verb in -s ('A hub copies ...'), tried when no verb above is found.
_SUBJECT_ACTS = re.compile(_SUBJECT + r"[a-z]{2,}[^s\W]s\b", re.I)

_RELATIVE = re.compile(r"\b(?:that|which|who|whose|where)\b", re.I)
_FEWEST_POINTS = 4


def _points_about_one_subject(terms: Sequence[Term]) -> bool:
    """Whether the 'terms' are labelled points about one thing ('Single VLAN: An access
    port is configured to ...', 'Simplified Configuration: Access ports are simpler ...'):
    half of the definitions or more open by naming a subject, not their term, that opens
    the points of three terms or more."""
    if len(terms) < _FEWEST_POINTS:
        return False  # two or three glosses that share a subject may still be terms
    named: dict[str, set[str]] = {}  # each subject, and the terms whose points it opens
    for term in terms:
        said = _SUBJECT_VERB.match(term.definition) or _SUBJECT_ACTS.match(term.definition)
        if said is None or _RELATIVE.search(said["subject"]):
            continue  # 'Cookies that are generated by ...': a gloss, its clause after it
        subject = said["subject"].lower().removesuffix("s")
        if subject != term.name.lower().removesuffix("s"):
            named.setdefault(subject, set()).add(term.name.casefold())
    # A subject opening the points of three terms or more ('Access ports are ...'); one
    # that two terms share is a table's row ('The form data is handled ...' under both
    # 'Controlled Components' and 'Uncontrolled Components')
    shared = sum(len(names) for names in named.values() if len(names) >= 3)
    return 2 * shared >= len(terms)


# A term that reads as a common word, not a name: one word, capitalised at most where a
# line starts it.
_PLAIN_WORD = re.compile(r"[A-Za-z][a-z]+")
_PLAIN_PHRASE = re.compile(r"[A-Za-z][a-z]+(?: [a-z]+)+")
_WORD = re.compile(r"\w+")


def common_words(names: Sequence[str], definitions: Sequence[str]) -> frozenset[str]:
    """The terms of a glossary that are common words, to be asked in lowercase.

    A glossary starts each term on its own line, so a capital there says nothing. A term
    is a common word when the glossary writes it in lowercase (as a term or inside a
    definition) or it has a common noun's ending; when at least half the plain terms are
    so, the others are too, unless a definition writes them with a capital, as a name.
    """
    # The words the definitions use, as written: looked up once per term, where a search
    # of all the definitions for each term grew with the square of the glossary's size.
    written = set(_WORD.findall(" ".join(definitions)))
    plain_terms = [name for name in names if _PLAIN_WORD.fullmatch(name)]
    # 'Block storage': later words in lowercase show a phrase of common words.
    phrases = [name for name in names if _PLAIN_PHRASE.fullmatch(name)]
    common = {
        name.casefold()
        for name in plain_terms
        if name.islower()
        or COMMON_NOUN.search(name)
        or name.lower() in written
        or f"{name.lower()}s" in written
    }
    if plain_terms and (len(common) + len(phrases)) * 2 >= len(plain_terms) + len(phrases):
        common.update(
            name.casefold() for name in plain_terms if name[:1].upper() + name[1:] not in written
        )
    return frozenset(common)


def _named(term: str) -> tuple[str, tuple[str, ...]]:
    """('ACL', ('Access Control List',)) from 'Access Control List (ACL)'; the name else."""
    pair = _PAIR.match(term)
    if pair is None:
        return term, ()
    outer, inner = pair["outer"].strip(), pair["inner"].strip()
    if _is_acronym(inner) and inner[:1].casefold() == outer[:1].casefold():
        return inner, (outer,)
    if _is_acronym(outer) and outer[:1].casefold() == inner[:1].casefold():
        return outer, (inner,)
    return term, ()  # 'Block (CSS)': the brackets tell it from other blocks


# A gloss that opens on its verb, the term before it its subject: 'is sent to ...'.
_VERB_FIRST = re.compile(r"(?:is|are)\s+[a-z]")


def _file_name(file: str) -> str:
    from pathlib import PurePath

    if file.startswith("<"):
        return ""
    words = collapse(re.sub(r"[-_]+", " ", PurePath(file).stem))
    return words.title() if words.islower() else words


def _under_pros_and_cons(lines: list[str], term_lines: set[int]) -> set[int]:
    """The lines of the terms listed right under an 'Advantages:' or 'Cons' line: merits
    and faults, not terms."""
    merits = (SectionKind.PROS, SectionKind.CONS)
    under = False
    found = set()
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if not text:
            continue
        if number in term_lines:
            if under:
                found.add(number)
            continue
        # a line heading a thing's merits or faults: 'Advantages:', 'Cons', 'Drawbacks:'
        under = len(text.split()) <= 4 and section_kind(text) in merits
    return found


# A name ending in a word that says what a thing is like: 'thread safe', 'idempotent'.
# (Narrower than the endings a compared side's quality may have: a term such as
# 'Client' or 'Agent' ends like an adjective too.)
_QUALITY_WORD = re.compile(r"(?:safe|proof|able|ible|less|ful|ous|ive)$", re.I)


def _without_cut_end(definition: str) -> str:
    """The last term's definition on a page the copy cut short, without the sentence the
    cut broke off ('... for responses. It uses language ta'); whole when it is one."""
    sentences = split_sentences(definition)
    return " ".join(sentences[:-1]) if len(sentences) > 1 else definition


def _compares_above(lines: list[str], first_term: int) -> bool:
    """Whether a short line above the first term says the page compares two things."""
    above = [line.strip() for line in lines[: first_term - 1] if line.strip()]
    return any(VERSUS.search(line) and len(line.split()) <= _TITLE_WORDS for line in above[:_INTRO])


# The most words a title line has.
_TITLE_WORDS = 12


def _parts_listed_above(lines: list[str], first_term: int) -> bool:
    """Whether the line right above the first term leads into a list of one thing's parts
    ('PCB generally includes:', 'a kernel manages task in four general areas -'), not a
    list of terms ('Key terms:'), nor of named ideas ('the following four conditions
    hold ...': 'Mutual Exclusion', 'Circular Wait', each a term).
    A part's gloss says what it is to the whole ('Processes - what process is allowed to
    run in the CPU'), which asked as 'What are processes?' teaches a wrong definition."""
    above = next((line.strip() for line in reversed(lines[: first_term - 1]) if line.strip()), "")
    return (
        _LEADS_IN.search(above) is not None
        and _PARTS_OF_ONE.search(above) is not None
        and _TERMS_LISTED.search(above) is None
    )


# A line that leads into what follows: it ends on a colon or a dash.
_LEADS_IN = re.compile(r"(?::|\s[-–—]|[-–—])\s*$")
# What such a line says of the list: what one thing holds, or its parts, so many.
_PARTS_OF_ONE = re.compile(
    r"\b(?:includes?|including|consists?\s+of|contains?|comprises?|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z]+\s+){0,2}"
    r"(?:areas|parts|components|elements|fields|sections|pieces))\b",
    re.I,
)
# ... unless it says the list is of terms, which a glossary defines one by one.
_TERMS_LISTED = re.compile(
    r"\b(?:terms?|glossary|definitions?|vocabulary|words?|jargon|acronyms?|abbreviations?)\b",
    re.I,
)


def _defines_twice(lines: list[str]) -> bool:
    """Whether a 'Definition' heading comes twice ('What SSL Termination Means' / 'Core
    Definition' / ..., then 'What SSL Offloading Means' / 'Core Definition'): a page of
    sections on two things, whose other headings are no terms."""
    heads = 0
    for line in lines:
        short = line.strip().strip("#*: ")
        if 0 < len(short.split()) <= 3 and section_kind(short) is SectionKind.SUMMARY:
            heads += 1
            if heads == 2:
                return True
    return False


def _one_subject(terms: Sequence[Term]) -> bool:
    """Whether most glosses open on one name that is none of the terms, a verb after it:
    'Authentication: SFTP uses SSH keys ...', 'Portability: SFTP uses a single port ...'
    are points made about SFTP under labels, not what authentication and portability are."""
    if len(terms) < 3:
        return False
    openings = Counter(
        found["name"].casefold()
        for term in terms
        if (found := _NAME_ACTS.match(term.definition)) is not None
        and found["name"].casefold() not in term.name.casefold().split()
    )
    return bool(openings) and openings.most_common(1)[0][1] * 3 >= len(terms) * 2


# A heading set in capitals, its words too long for letters said one by one ('DNS',
# 'HTTP'): 'TECHNICAL DEFINITION', 'USAGE NOTE', 'DEVELOPERS'.
_CAPS_HEADING = re.compile(r"^(?:[A-Z]{8,}|[A-Z]{4,}(?:\s+(?:&\s+)?[A-Z]{4,})+)$")
# A line that is one tag of markup and nothing else, and how many make a page of samples.
_LONE_TAG = re.compile(r"^\s*</?[A-Za-z!][^<>]{0,80}>\s*$")
_SAMPLE_TAGS = 3
# A gloss opening on a name and its verb: 'SFTP uses ...', 'Redis can ...'.
_NAME_ACTS = re.compile(
    r"^(?!(?:A|An|The|It|This|They|These)\b)(?P<name>[A-Z][\w-]*)\s+(?:\w+ly\s+)?"
    r"(?:is|are|was|has|can|does|will|[a-z]{2,}[^s\W]s)\b"
)


_FIELDS_OF_A_RECORD = 3


def glossary_entries(text: str, file: str, default_path: str = "") -> list[Entry]:
    """One entry per term of a glossary file, or [] when the file is not one.

    Each entry's summary is its definition (so it gets its "What is X?" card); its path
    is the one the file names in front matter, else the page's own name ('Web
    Glossary'), else the file's name; the other terms are its siblings.
    """
    glossary = read_glossary(text)
    if glossary is None:
        return []
    lines = split_lines(text)
    if (
        # 'SQL vs NoSQL' over '• Structured - tables with a fixed schema': the qualities
        # of each side, not terms ('What is Structured?')
        VERSUS.search(glossary.name)
        or _BETWEEN.search(glossary.name)
        # 'Thread safe: ...', 'Conditionally safe: ...', 'Not thread safe: ...': the
        # degrees of a quality, asked 'What is a thread safe?' as terms
        or all(_QUALITY_WORD.search(term.name) for term in glossary.terms)
        # '- **Significance**: It indicates ...', '- **Implications**: A shorter RTO
        # ...': the labels of points made about one thing after another, no terms
        or are_point_labels([term.name for term in glossary.terms], least=3)
        or _defines_twice(lines)
        or _one_subject(glossary.terms)
        # 'Time & Simulation' / 'Fixed vs variable timestep, ...' over labelled reasons
        # ('Visual Clarity: ...'): a comparison's points, titled under a section's name
        or _compares_above(lines, glossary.terms[0].line)
        or _parts_listed_above(lines, glossary.terms[0].line)
        # 'AKA: American black walnut' / 'What: Hardwood tree ...' / 'Uses: Furniture,
        # ...': a record of one thing, its fields no terms ('What are Properties?')
        or sum(term.name.strip().casefold() in RECORD_FIELDS for term in glossary.terms)
        >= _FIELDS_OF_A_RECORD
    ):
        return []
    from cards.recover import ends_body, ends_mid_sentence

    qualities = _under_pros_and_cons(lines, {term.line for term in glossary.terms})
    # Lines that are a tag alone ('<html>', '</body>'): the page shows sample markup
    samples = sum(1 for line in lines if _LONE_TAG.match(line)) >= _SAMPLE_TAGS
    _, _, named_path = _front_matter(lines)
    path = named_path or glossary.name or _file_name(file) or default_path or "Glossary"
    # 'Related Terms' / 'BuildKit' / 'Next-generation Docker image build engine ...': the
    # site's other entries, listed after the page's own
    end = next((number for number, line in enumerate(lines, 1) if ends_body(line)), len(lines) + 1)
    if path.islower():
        path = path[:1].upper() + path[1:]
    layout = Layout.MARKDOWN if glossary.marked else Layout.PAGE
    entries: dict[str, Entry] = {}
    common = common_words(
        [term.name for term in glossary.terms], [term.definition for term in glossary.terms]
    )
    if _stages_of_one_thing(glossary, common):
        return []
    rows = _example_rows(glossary.terms)
    for term in glossary.terms:
        if len(term.definition.split()) < 3 or term.definition.casefold().startswith("see "):
            continue  # 'Address: See URL.' points elsewhere; it defines nothing
        if term.name in rows:
            continue  # 'Session 2: Page B > Exit', 'Page C: 50% (4 sessions ...)'
        if _NUMBERED_LABEL.match(term.name):
            continue  # 'Choice 1 (Consistency): Both servers say ...': a story's label
        if _WRITING_STEPS.fullmatch(term.name):
            continue  # 'Summarization and comparison': a worked answer's last step
        if _defines_another(term.name, term.definition):
            continue  # 'Bounce Rate: A bounce is a single-page session ...'
        if _ONLY_ITEMS.match(term.definition):
            continue  # 'Snapshots, a second disk, a NAS box, ...': what goes in it
        if term.line > end or term.line in qualities:
            continue  # the site's other entries; 'Advantages:' / 'Smaller Executables: ...'
        if ends_mid_sentence(f" {term.name}"):
            continue  # 'Domain validated or' over 'DV certificates are ...': a cut line
        if _CAPS_HEADING.match(term.name):
            continue  # 'TECHNICAL DEFINITION', 'USAGE NOTE', 'DEVELOPERS': a page's headings
        if term.name.startswith("<") and samples:
            continue  # '<body>' over 'The content of the document ...' in sample markup
        definition = term.definition
        if term is glossary.terms[-1] and not text.rstrip().endswith(TERMINAL_MARKS):
            definition = _without_cut_end(definition)  # the copy stopped inside it
        if _VERB_FIRST.match(definition):
            # 'SIGHUP - is sent to a process when ...': the term is the gloss's subject
            definition = f"{term.name} {definition}"
        title, aliases = _named(_one_of_many(term.name, definition))
        if title.casefold() in common and title.lower() not in aliases:
            # Asked in lowercase like the file's other common words ('What is latency?'
            # beside 'What is throughput?'): the name's own lowercase form is its alias.
            aliases = (*aliases, title.lower())
        if title.islower():
            title = title[:1].upper() + title[1:]  # 'container' -> 'Container'
        slug = slugify(title)
        if slug in entries:
            continue  # the same term twice: the first definition stands
        item = Item(ItemKind.PARAGRAPH, definition, term.said or term.line)
        # Under a 'Definition' heading, a summary is the entry's definition even when it
        # is a phrase that does not name the term ('Ordered set of rules used to ...').
        sections = [Section(SectionKind.SUMMARY, DEFINITION, term.line, (item,))]
        for label, note, line in term.notes:
            kind = section_kind(label) or SectionKind.EXAMPLE
            sections.append(Section(kind, label, line, (Item(ItemKind.PARAGRAPH, note, line),)))
        entries[slug] = Entry(
            title=title,
            slug=slug,
            file=file,
            layout=layout,
            path=path,
            sections=tuple(sections),
            aliases=aliases,
        )
    return list(entries.values()) if len(entries) >= 2 else []
