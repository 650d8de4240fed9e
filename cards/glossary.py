"""A file that defines many terms is many entries.

A glossary page ('## Cache' then "A cache is ...", '## CDN' then "A CDN is ...") or a
comparison page ("Authentication vs Authorization", each with its own heading and
definition) is about several concepts, and a learner wants a card deck for each. The
file's shape decides: when at least two headed sections each open by defining their own
heading, every such section becomes an entry of its own, in a path named after the page,
the other terms being its siblings (and so its distractors). A page about one concept,
whose headings are 'Summary', 'Pros' and the like, stays one entry.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cards.defining import definition_of
from cards.headings import section_kind
from cards.model import Entry, Section, SectionKind, slugify
from cards.sentences import first_sentence

# Fewer defining sections than this share of the headed ones: a page with an aside.
_SHARE = 0.4


def _defines_its_heading(section: Section) -> bool:
    if not section.heading or section_kind(section.heading) is not None:
        return False
    first = next(iter(section.paragraphs), None)
    if first is None:
        return False
    # A glossary writes the definition under its term without repeating it: 'A database
    # system developed by ...' under 'Access'.
    said = definition_of(
        first_sentence(first.text), (section.heading,), pronoun=True, fragment=True
    )
    return said is not None


_VERSUS = re.compile(r"\s+(?:vs\.?|versus)\s+", re.I)


def _compared(entry: Entry) -> list[Section]:
    """'Authentication vs. Authorization' with a paragraph defining each, headings or not:
    a section per term, holding the paragraph that defines it."""
    names = [part.strip(" .") for part in _VERSUS.split(entry.title)]
    if len(names) != 2:
        return []
    found = []
    for name in names:
        for section in entry.sections:
            item = next(
                (
                    p
                    for p in section.paragraphs
                    if definition_of(first_sentence(p.text), (name,)) is not None
                ),
                None,
            )
            if item is not None:
                found.append(Section(SectionKind.OTHER, name, item.line, (item,)))
                break
    return found if len(found) == 2 else []


def split_terms(entry: Entry, default_path: str = "") -> list[Entry]:
    """The entries a parsed file holds: one per defined term, or the entry itself.

    The terms' path is the one the file names; when it names none (its path is the
    folder's `default_path`), a path named after the page's title.
    """
    headed = [s for s in entry.sections if s.heading and s.kind is not SectionKind.RELATED]
    terms = [s for s in headed if _defines_its_heading(s)]
    if len(terms) < 2:
        terms = headed = _compared(entry)
    if len(terms) < 2 or len(terms) < _SHARE * len(headed):
        return [entry]
    titles = {slugify(s.heading) for s in terms}
    if len(titles) != len(terms):
        return [entry]  # two sections define the same term: not a list of terms
    path = entry.path if entry.path and entry.path != default_path else entry.title
    found = []
    for section in terms:
        summary = section.paragraphs[0]
        others = tuple(item for item in section.items if item is not summary)
        sections = [Section(SectionKind.SUMMARY, "", summary.line, (summary,))]
        if others:
            sections.append(Section(SectionKind.EXPLANATION, section.heading, section.line, others))
        found.append(
            replace(
                entry,
                title=section.heading,
                slug=slugify(section.heading),
                path=path,
                sections=tuple(sections),
                tagline="",
                aliases=(),
                step=None,
                next="",
            )
        )
    return found
