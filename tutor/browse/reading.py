"""Reading an entry in the terminal: the whole page, or one section of it.

Markdown entries are drawn by Rich's Markdown renderer; the plain-text page layout (and
glossaries) keep their own lines, with the recognised section headings shown as headings.
Entry text is untrusted: it is cleaned of escape and control characters before drawing,
and plain text is never read as Rich markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.rule import Rule
from rich.text import Text

from cards import slugify
from db.records import SectionRef
from tutor.ui import clean, literal, shown_file

if TYPE_CHECKING:
    from cards.model import Entry
    from db import Store

# Entries drawn as Markdown: those with '#' headings, and notes named by their file.
MARKDOWN_LAYOUTS = ("markdown", "note")


@dataclass(frozen=True)
class Page:
    """A stored entry as it is read: its text and the sections found in it."""

    key: str
    title: str
    file: str
    layout: str
    text: str
    sections: tuple[SectionRef, ...]


class UnknownSection(LookupError):
    """A section name that matches none of the entry's sections."""


def page_of(store: Store, entry_key: str) -> Page | None:
    """The stored page of an entry, or None when the entry is not in the collection."""
    import json

    from db import SectionRef
    from db.browse import entry_page

    found = entry_page(store, entry_key)
    if found is None:
        return None
    title, file, layout, text, sections = found
    return Page(
        key=entry_key,
        title=title,
        file=file,
        layout=layout,
        text=text,
        sections=tuple(SectionRef(*section) for section in json.loads(sections)),
    )


def section_name(heading: str) -> str:
    """How a section is named after the '#': its heading as a slug ('key-takeaways')."""
    return slugify(heading)


def read_command(entry_key: str, heading: str) -> str:
    """The command that shows one section: what leech and check messages point to."""
    return f"tutor read {entry_key}#{section_name(heading)}"


def find_section(page: Page, wanted: str) -> SectionRef:
    """The section named by its heading (any case, as a slug) or its kind ('faq', 'pros')."""
    folded = slugify(wanted)
    for section in page.sections:
        if folded in (section_name(section.heading), section.kind):
            return section
    for section in page.sections:
        if section_name(section.heading).startswith(folded) and folded:
            return section
    # (a page's paragraphs before its first heading have none: not named, nor twice)
    names = dict.fromkeys(
        section_name(section.heading) for section in page.sections if section.heading.strip()
    )
    if not names:
        raise UnknownSection(
            f"'{page.title}' has no headed sections; tutor read {page.key} shows it whole"
        )
    listed = ", ".join(names)
    raise UnknownSection(f"'{page.title}' has no section '{wanted}' (sections: {listed})")


def section_of_line(page: Page, heading: str, line: int) -> SectionRef | None:
    """The section a card comes from: by its heading, else the one holding its line. Of
    sections with the same heading (a plain-text note's paragraphs have none), the one
    holding the line: 'r' on the card of a note's third paragraph showed its first."""
    same = [section for section in page.sections if section.heading == heading]
    holding = [section for section in same if section.line <= line]
    if holding:
        return max(holding, key=lambda section: section.line)
    if same:
        return same[0]
    before = [section for section in page.sections if section.line <= line]
    return max(before, key=lambda section: section.line) if before else None


def section_span(page: Page, section: SectionRef) -> tuple[int, int]:
    """(first, last) line of a section, 1-based, from its heading to before the next one."""
    lines = page.text.splitlines()
    start = _heading_line(lines, section)
    later = sorted(other.line for other in page.sections if other.line > section.line)
    end = len(lines)
    if later:
        following = next(other for other in page.sections if other.line == later[0])
        end = _heading_line(lines, following) - 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return start, end


def _heading_line(lines: Sequence[str], section: SectionRef) -> int:
    # A section's line is where its body starts; its heading is usually the line before.
    wanted = section.heading.casefold()
    for number in (section.line - 1, section.line):
        if 1 <= number <= len(lines) and wanted and wanted in lines[number - 1].casefold():
            return number
    return section.line


def page_view(page: Page, section: SectionRef | None = None) -> RenderableType:
    """The entry (or one section of it) drawn for the terminal, under a title rule."""
    lines = page.text.splitlines()
    if section is not None and section.kind == "contrast":
        # A comparison's points, kept with each side's entry: spread over the page
        # among the sides' own lines, so the page is shown whole.
        section, term = None, None
    else:
        term = _term_span(page, lines)
    if term is not None and section is None:
        # One term of a glossary file: its own lines, not the file from there on.
        first, last = term
        chosen = lines[first - 1 : last]
    elif section is not None:
        start, end = section_span(page, section)
        if term is not None:
            start, end = max(start, term[0]), min(end, term[1])
        chosen = lines[start - 1 : end]
        first = start
    elif page.layout in MARKDOWN_LAYOUTS:
        first = _body_start(lines)
        chosen = lines[first - 1 :]
    else:
        from cards.recover import ends_body, is_chrome_line

        first, last = _page_span(page, lines)
        chosen = []
        for line in lines[first - 1 : last]:
            if ends_body(line):
                break
            if not is_chrome_line(line):
                chosen.append(line)
    where = f"{shown_file(page.file)}:{first}" if section is not None else shown_file(page.file)
    title = Text.assemble(literal(page.title, "bold"), ("  ", ""), literal(where, "dim"))
    if page.layout in MARKDOWN_LAYOUTS:
        from rich.markdown import Markdown  # markdown-it and its rules: only when drawn

        body: RenderableType = Markdown(clean("\n".join(chosen)), hyperlinks=False)
    else:
        body = _plain(chosen, page.title, page.sections)
    return Group(Rule(title, align="left", style="dim"), body)


def _term_span(page: Page, lines: Sequence[str]) -> tuple[int, int] | None:
    """The lines of one term of a file that defines several (a glossary page), or None.

    The file is read again as the importer read it: the term runs from its own term
    line to the line before the next term's.
    """
    from cards.model import ParseError
    from cards.parsing import parse_entries

    try:
        entries = parse_entries(page.text, page.file)
    except (ParseError, ValueError):
        return None
    if len(entries) < 2:
        return None
    starts = sorted({min(s.line for s in e.sections) for e in entries if e.sections})
    mine = next((e for e in entries if e.title == page.title and e.sections), None)
    if mine is None:
        return None
    own = first = min(section.line for section in mine.sections)
    if first > 1 and page.title.casefold() in lines[first - 2].casefold():
        first -= 1  # the term's own line, above its gloss
    later = [start for start in starts if start > own]
    last = (later[0] - 1) if later else len(lines)
    while last > first and (not lines[last - 1].strip() or _names_next(lines[last - 1], entries)):
        last -= 1
    return first, last


def _names_next(line: str, entries: Sequence[Entry]) -> bool:
    """Whether a line is another term's own line ('Proxy' above the proxy's gloss)."""
    text = line.strip().strip("*#:-– ").casefold()
    return any(text == entry.title.casefold() for entry in entries)


def _page_span(page: Page, lines: Sequence[str]) -> tuple[int, int]:
    """The lines of a plain-text page from its title to its last section.

    Text copied from a browser keeps the site's menu above the title and its newsletter
    and copyright lines below the body; the importer dropped them, and so does this.
    """
    if not page.sections:
        return 1, len(lines)
    opening = min(section.line for section in page.sections)
    last = max(section_span(page, section)[1] for section in page.sections)
    title = page.title.casefold()
    first = next(
        (n for n in range(1, opening + 1) if title in lines[n - 1].casefold()),
        opening,
    )
    return first, max(last, first)


def _body_start(lines: Sequence[str]) -> int:
    """The first line after YAML front matter (1 when there is none)."""
    if lines and lines[0].strip() == "---":
        for number, line in enumerate(lines[1:], start=2):
            if line.strip() == "---":
                return number + 1
    return 1


def _plain(lines: Sequence[str], title: str, sections: Sequence[SectionRef]) -> Text:
    headings = {section.heading.casefold().rstrip(":?") for section in sections}
    text = Text()
    titled = False
    for line in lines:
        shown = line.rstrip()
        is_title = not titled and shown.strip() == title
        titled = titled or is_title
        if is_title or shown.strip().casefold().rstrip(":?") in headings:
            text.append(clean(shown.strip()), style="bold underline" if is_title else "bold")
        else:
            text.append(clean(shown))
        text.append("\n")
    text.rstrip()
    return text


__all__ = [
    "Page",
    "UnknownSection",
    "find_section",
    "page_of",
    "page_view",
    "read_command",
    "section_name",
    "section_of_line",
    "section_span",
]
