"""Entry files in, `Entry` values out.

Three layouts import with no edits (see DESIGN.md): the plain-text page layout of
`backend.vca.txt`, Markdown with optional YAML front matter, and glossaries whose
headings say the same things in other words. This module reads the bytes, tells the
layouts apart and builds the `Entry`; each layout (`cards.page` for pages and
glossaries, `cards.markdown`) only finds its title, its metadata (`cards.meta`) and
where its sections start. Turning a section's lines into items (`cards.body`), and a
heading into a `SectionKind` (through the one table in `cards.headings`), is shared.

Every failure is a `ParseError` with file, line and a sentence a person understands.
Line numbers are those of the original file, front matter included.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from cards.body import items_of
from cards.comparison import side_claims, sides
from cards.defining import (
    DEFINITION_LABEL,
    HOW_IT_GOES,
    NAME_ORIGIN,
    PART_OF_SPEECH,
    RANKED_THEN_NAMED,
    SPEECH_PART_WORD,
    SPELLS_ONLY,
    Definition,
    blends,
    called_name,
    definition_of,
    expansion_of,
    glosses_when,
    idea_of,
    is_abbreviation,
    is_noun_phrase,
    law_turned,
    letters_said_again,
    slashed_names,
    spelled_out_name,
    spells_out,
    term_of,
    things_with_the_quality,
    without_dictionary_lead,
    without_open_alias,
)
from cards.glossary import glossary_entries, is_steps_heading, sets_side_by_side, split_terms
from cards.headings import USABLE
from cards.html import looks_like_html
from cards.markdown import ATX, markdown_segments
from cards.meta import Meta
from cards.model import Entry, Item, ItemKind, Layout, ParseError, Section, SectionKind, slugify
from cards.names import (
    either_number,
    fold_name,
    kind_said_above,
    named_by_its_kind,
    same_or_plural,
    status_code,
)
from cards.page import page_segments
from cards.recover import (
    ASKS_FOR_A_NAME,
    SENTENCES_IN,
    SUBTITLE,
    WHICH_TO_USE,
    comparison_part,
    explained_by_task,
    head_alias,
    headword_of_forms,
    is_chrome_line,
    is_chrome_title,
    is_dictionary_head,
    labelled_in_brackets,
    lists_its_parts,
    says_what_it_does,
    subjects_rejoined,
    times_said,
    title_from_question,
    title_without_wrapper,
    under_its_kind,
    without_field,
)
from cards.segments import TERMINAL, Segment, fenced_lines
from cards.sentences import (
    content_words,
    first_sentence,
    split_sentences,
    strip_end,
    upper_first,
)
from cards.text import (
    BOUNDARY,
    collapse,
    folder_path,
    glued_tables,
    latex_tables,
    list_marker,
    marked_if_cut,
    named_after_article,
    note_name,
    plain,
    split_lines,
    unnumbered,
    without_leftovers,
    without_marks,
    written_at,
)

T = TypeVar("T")

MAX_BYTES = 1_000_000

# --------------------------------------------------------------------------- public API


def read_entry(path: str | os.PathLike[str], default_path: str | None = None) -> Entry:
    """Read and parse one entry file.

    Args:
        path: the file.
        default_path: the learning path for an entry that names none; by default the
            name of the file's folder ('system-basics' -> 'System Basics').

    Raises:
        ParseError: the file is missing, unreadable, over MAX_BYTES, or not an entry.
            Problems with the file itself (rather than its text) are on line 0.
    """
    file, data = _read_bytes(path)
    if default_path is None:
        default_path = folder_path(Path(file))
    return parse_bytes(data, file, default_path)


def read_entries(path: str | os.PathLike[str], default_path: str | None = None) -> list[Entry]:
    """Read one file as the entries it holds: one, or one per term of a glossary page.

    Raises:
        ParseError: as `read_entry`.
    """
    file, data = _read_bytes(path)
    if default_path is None:
        default_path = folder_path(Path(file))
    return parse_entries(_decoded(data, file), file, default_path)


def parse_entries(text: str, file: str = "<text>", default_path: str = "") -> list[Entry]:
    """Parse a text as the entries it holds: one, or one per term of a glossary page.

    Raises:
        ParseError: as `parse`.
    """
    text = _prepared(text)
    # A term per line or an HTML <dl> is read before any layout, from the raw text: the
    # layouts would make one entry of it (or refuse it), and HTML extraction loses <dl>.
    listed = glossary_entries(text, file, default_path)
    if listed:
        return listed
    return split_terms(_parse_marked(text, file, default_path), default_path)


def parse_bytes(data: bytes, file: str, default_path: str = "") -> Entry:
    """Decode an entry file's bytes (UTF-8, a BOM allowed) and parse them.

    Raises:
        ParseError: binary content, text that is not UTF-8, or a text that is not an entry.
    """
    return parse(_decoded(data, file), file, default_path)


def _read_bytes(path: str | os.PathLike[str]) -> tuple[str, bytes]:
    file = os.fspath(path)
    location = Path(file)
    try:
        info = location.stat()
        if not location.is_file():
            raise ParseError(file, 0, "is not a regular file")
        # Refuse before reading: a huge file must never be pulled into memory.
        if info.st_size > MAX_BYTES:
            raise ParseError(file, 0, _too_big(info.st_size))
        with location.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # the file may have grown since stat()
    except OSError as error:
        raise ParseError(file, 0, f"cannot be read: {error.strerror or error}") from None
    return file, data


def _decoded(data: bytes, file: str) -> str:
    if len(data) > MAX_BYTES:
        raise ParseError(file, 0, _too_big(len(data)))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ParseError(file, 1, "is UTF-16 text; save it as UTF-8 and import it again")
    _refuse_binary(data, file)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = _line_at(data, error.start)
        raise ParseError(
            file,
            line,
            f"is not UTF-8 text: byte 0x{data[error.start]:02X} on line {line} cannot be "
            "decoded; save the file as UTF-8 and import it again",
        ) from None
    return text


def parse(text: str, file: str = "<text>", default_path: str = "") -> Entry:
    """Parse an entry's text, whatever its layout.

    Args:
        text: the whole file.
        file: the name used in the Entry and in error messages.
        default_path: the learning path for an entry that names none.

    Returns:
        The Entry, with its sections in file order and 1-based source lines.

    Raises:
        ParseError: an empty file, no title, bad front matter, or no section that any
            kind of card can be made from.
    """
    return _parse_marked(_prepared(text), file, default_path)


def _prepared(text: str) -> str:
    """A file's text as every layout reads it: a pasted page's markup leftovers read as
    words, a page cut short marked so, LaTeX tables as rows, the links to other articles
    it ends on left out."""
    read = without_leftovers(_unflattened(_without_links_at_the_end(text)))
    return glued_tables(latex_tables(marked_if_cut(read)))


def _without_links_at_the_end(text: str) -> str:
    """A page copied with the questions its site links to at its foot ('What Is A Bail
    Bond?' / 'How Much Does Bail Cost?' under 'How Does Bail Work?' and its answer): two
    or more short question lines with nothing after them are other articles' titles, not
    the page's; they are blanked, so every line stays where it was."""
    if "?" not in text[-400:]:
        return text
    lines = text.split("\n")
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and _LINKED_QUESTION.fullmatch(lines[start - 1].strip()):
        start -= 1
    if end - start < 2 or not any(line.strip() for line in lines[:start]):
        return text
    return "\n".join([*lines[:start], *([""] * (end - start)), *lines[end:]])


# Another article's title as a page's foot links it: a short question, capitalised.
_LINKED_QUESTION = re.compile(r"[A-Z][^?\n]{5,80}\?")


# Front matter whose line breaks were lost, run into the text after it: '--- tags: -
# linux --- A shell is a command-line interface; ...'.
_FLAT_FRONT_MATTER = re.compile(r"^---[ \t]+[a-z][\w-]*:[ \t][^\n]{0,300}?[ \t]---[ \t]+(?=[A-Z])")


# A title heading with the page's text run into it: '# CSSOM The CSS Object Model -
# CSSOM - is a tree ...' (the name said again in the sentence after it).
_TITLE_RUN_IN = re.compile(
    r"^#[ \t]+(?P<name>[^\s#]+(?:[ \t][^\s#]+){0,2}?)[ \t]+(?P<text>(?:The|An?)\s[^\n]{60,})"
)


# A glossary's bold term glued to its gloss, the page's first words: '**Kinetic
# Energy**Energy that a body has ...'.
_BOLD_TERM_GLUED = re.compile(r"^\*\*(?P<term>[^*\n]{2,60}?)\*\*(?=[A-Z][a-z])")


# A glossary's label, then its term, then the gloss, all on the first line: 'Definition:
# Compiled Language: A language that requires a compiler ...'.
_LABEL_THEN_TERM = re.compile(
    r"^(?:Definition|Meaning|Term)\s*:\s+(?P<term>[A-Za-z][\w'/-]*(?:[ \t][\w'/()-]+){0,5}?)"
    r"[ \t]*:[ \t]+(?=(?:An?|The)\s)"
)
# A glossary's table copied as text, its header row first and each term in its own cell
# before the gloss that names it again: 'Term Description' / 'throughput Throughput (or
# transfer rate) in data transmission is ...'.
_TABLE_ROW_FIRST = re.compile(
    r"^(?:Term|Word|Name)[ \t]+(?:Description|Definition|Meaning)[ \t]*\n"
    r"(?P<term>[a-z][\w-]*(?:[ \t][a-z][\w-]*){0,3})[ \t]+(?P<rest>[^\n]+)"
)
# A dictionary's field before its first gloss, the page's first words: '<statistics> (SD)
# A measure of ...' (FOLDOC, its headword line lost). Not an HTML element's tag.
_FIELD_FIRST = re.compile(r"^<(?P<field>[a-z][a-z ,-]{2,30})>[ \t]+(?=[(A-Z])")
# A dictionary's headword and field run into its gloss on the page's first line: 'page
# fault (memory management) In a paged virtual memory system, an access to ...' (FOLDOC).
_HEAD_THEN_FIELD = re.compile(
    r"^(?P<head>[A-Za-z][\w.+/-]*(?:[ \t][\w.+/-]+){0,3})[ \t]+"
    r"(?P<field>\([a-z][a-z ,-]{2,30}\))[ \t]+(?=[A-Z])"
)
# A dictionary's head line: the headword, how it is said, its number and part of speech in
# brackets, then its plural: 'Heimlich maneuver (HIGHM lik ...) (s) (noun), Heimlich
# maneuvers (pl)'. Only the headword titles the gloss below.
_HEAD_WITH_ITS_CLASS = re.compile(
    r"^(?P<head>[A-Za-z][\w'-]*(?:[ \t][A-Za-z][\w'-]*){0,4}?)[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?"
    r"(?:\((?i:s|sing|pl|n|v|noun|verb|adj|adjective|adverb)\.?\)[ \t]*)+"
    r"(?:,[^,()\n]{1,60}\((?i:pl)\.?\))?[ \t]*\n"
)
# A title run into the paragraph under it that opens on the same words, in another case
# ('Lossless Compression Lossless compression is ...'), before the verb of a definition.
_TITLE_RUN_INTO_ITSELF = re.compile(
    r"^(?P<head>(?-i:[A-Z])[\w-]*(?:[ \t][\w-]+){0,4})[ \t]+"
    r"(?=(?P=head)[ \t]+(?:is|are|refers[ \t]+to|means)[ \t])",
    re.I,
)
# The same, the heading in the plural and the sentence defining one: 'Fuses A fuse is ...'.
_PLURAL_RUN_INTO_ONE = re.compile(
    r"^(?P<head>[A-Z][\w-]*s(?:[ \t][\w-]+s)?)[ \t]+(?:An?|The)[ \t]+"
    r"(?P<one>[\w-]+(?:[ \t][\w-]+)?)[ \t]+(?:is|refers[ \t]+to|means)[ \t]"
)
# A line leading into a list with a dash where a colon goes: 'a kernel manages tasks in
# four general areas -' over '1. Processes - ...'. (A label's dash stays: 'Answer -'.)
# Its end, the dash before the points, is a pattern of its own too (below).
_DASH_BEFORE_POINTS_AT_END = r"[-–—][ \t]*\n(?=(?:[ \t]*\n)?[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t])"
_DASH_LEAD = re.compile(r"^(?P<lead>[^\n]*[A-Za-z])[ \t]+" + _DASH_BEFORE_POINTS_AT_END, re.M)
# How such a line ends, found in a fraction of the time the whole line takes, which is
# looked for from every line's start.
_DASH_BEFORE_POINTS = re.compile(_DASH_BEFORE_POINTS_AT_END)
# The fewest words of a sentence leading into a list, not a label.
_LEAD_WORDS = 4


def _colon_led(found: re.Match[str]) -> str:
    """A list's lead ending on a colon where the page had a dash, a label left as it was."""
    lead = found["lead"]
    return f"{lead}:\n" if len(lead.split()) >= _LEAD_WORDS else found[0]


# A course's greeting naming its concept, then what it is after a dash: 'Welcome to Big O
# Notation — the language we use to talk about how fast an algorithm is!'.
_WELCOME_TO = re.compile(
    r"^Welcome\s+to\s+(?P<said>(?P<name>[A-Z][\w.+/-]*(?:[ \t][A-Z][\w.+/-]*){0,4})"
    r"[ \t]+[—–-][ \t]+(?:an?|the)[ \t])"
)
_HTML_ELEMENTS = frozenset(
    (
        *("html", "head", "body", "main", "div", "span", "section", "article", "header"),
        *("footer", "aside", "nav", "strong", "small", "title", "table", "code", "pre"),
        *("blockquote", "figure", "details", "summary", "label", "button"),
    )
)


# A Markdown page that lost every line break: '# Log Shipping ## Overview - Log shipping
# allows ... ## Benefits - Provides ...'. Its headings and list items are put back on
# lines of their own (an item only where it opens on a capital or bold, as a dash inside
# a sentence seldom does).
_FLAT_HEADING = re.compile(r"[ \t]+(?=#{1,6}[ \t])")
_FLAT_ITEM = re.compile(r"[ \t]+-[ \t]+(?=\*\*|[A-Z])")


# A dictionary page whose fields lost their breaks: 'unikernelEtymologyFrom uni- +
# kernel.nounA specialised, fixed-purpose machine image ...'.
_GLUED_FIELDS = re.compile(
    r"(?P<head>[a-z][\w-]{1,40}?)Etymology(?=[A-Z])[^\n]{0,300}?\."
    r"(?:noun|verb|adjective|adverb)(?=[A-Z])"
)


def _without_title_run_in_twice(text: str) -> str:
    """The text without the copy of its title line that a blog's heading left run into
    the first paragraph before the same name: 'Very Long Instruction Word (VLIW)' /
    'Very Long Instruction Word (VLIW) Very long instruction word (VLIW) describes ...';
    or left as a line of its own below it."""
    title, _, rest = text.partition("\n")
    title = title.strip()
    second, _, after = rest.lstrip().partition("\n")
    if 2 <= len(title) <= 80 and second.strip() == title:
        # ('Symmetric Encryption Algorithm: A Clear Guide' / '' / the same line again, as
        # a page's header and its article each show the title)
        return f"{title}\n\n{after}"
    if not 2 <= len(title) <= 80 or not rest.startswith(f"{title} "):
        return text
    after = rest[len(title) + 1 :]
    if after[: len(title)].casefold() != title.casefold():
        return text
    return f"{title}\n{after}"


def _unflattened(text: str) -> str:
    """The text without a first line's front matter flattened into it (its keys are lost
    with its breaks: what it said is no longer readable), its title heading apart from
    the text run into it, and a Markdown page all on one line back on its lines."""
    text = _without_title_run_in_twice(text)
    text = _github_front_matter_read(text)
    if (law := _LAW_SAYS.match(text)) is not None:
        # 'Hyrum's Law says:' / 'With a sufficient number of users of an API, ...': the
        # law named as the page's title, and what it says as its first sentence
        said = law["said"][:1].lower() + law["said"][1:]
        text = f"{law['name']}\n\n{law['name']} says that {said}{text[law.end() :]}"
    if (glued := _GLUED_FIELDS.match(text)) is not None:
        # (the etymology goes: only its headword and its gloss are read)
        gloss = re.sub(r"(?<=[.!?])(?=[“\"])", "\n\n", text[glued.end() :], count=1)
        text = f"{glued['head']}\n\n{gloss}"
    if text.startswith("# ") and "\n" not in text.rstrip() and text.count(" ## ") >= 2:
        return _FLAT_ITEM.sub("\n- ", _FLAT_HEADING.sub("\n\n", text))
    text = _FLAT_FRONT_MATTER.sub("", text, count=1)
    text = _LABEL_THEN_TERM.sub(r"\g<term>\n\n", text, count=1)
    if (row := _TABLE_ROW_FIRST.match(text)) is not None and row["rest"][
        : len(row["term"])
    ].casefold() == row["term"].casefold():
        text = f"{row['term']}\n\n{row['rest']}{text[row.end() :]}"
    if _DASH_BEFORE_POINTS.search(text):
        text = _DASH_LEAD.sub(_colon_led, text)
    text = _WELCOME_TO.sub(r"\g<name>\n\n\g<said>", text, count=1)
    text = _HEAD_THEN_FIELD.sub(r"\g<head>\n\n\g<field> ", text, count=1)
    text = _HEAD_WITH_ITS_CLASS.sub(r"\g<head>\n\n", text, count=1)
    # 'Lossless Compression Lossless compression is a data compression technique ...': a
    # heading run into the sentence that opens on its words again
    text = _TITLE_RUN_INTO_ITSELF.sub(r"\g<head>\n\n", text, count=1)
    if (plural := _PLURAL_RUN_INTO_ONE.match(text)) is not None and same_or_plural(
        plural["head"], plural["one"]
    ):
        # 'Fuses A fuse is an electrical safety device ...': a heading in the plural run
        # into the sentence that defines one
        text = f"{plural['head']}\n\n{text[plural.end('head') :].lstrip()}"
    field = _FIELD_FIRST.match(text)
    if field is not None and field["field"] not in _HTML_ELEMENTS:
        text = text[field.end() :]
        # (and the letters it goes by, which the sentences spell out: '(SD) A measure')
        text = re.sub(r"^\([A-Z][A-Za-z]{1,7}\)[ \t]+(?=[A-Z])", "", text, count=1)
    text = _BOLD_TERM_GLUED.sub(r"\g<term>\n\n", text, count=1)
    run_in = _TITLE_RUN_IN.match(text)
    if run_in is not None and re.search(
        rf"(?<!\w){re.escape(run_in['name'])}(?!\w)", run_in["text"][:300]
    ):
        return f"# {run_in['name']}\n{text[run_in.start('text') :]}"
    return text


def _parse_marked(text: str, file: str, default_path: str) -> Entry:
    """`parse` of a text `marked_if_cut` has already read (`parse_entries` reads it once)."""
    try:
        return _parse(text, file, default_path)
    except ParseError as error:
        if not error.message.startswith(("has no title", _NOTHING_DEFINED, "its title")):
            raise
        # A note named by its file ('WebSocket.md' holding only what it is), or a page
        # copied without its title that opens by defining its concept ('Definition:
        # Hydration in web development refers to ...'): read again with that name, and
        # kept when it then says what the concept is.
        for named in _names_without_title(text, file):
            try:
                entry = _parse(text, file, default_path, named)
            except ParseError:
                continue
            if entry.sections_of(SectionKind.SUMMARY) or any(
                s.heading and s.kind in USABLE and s.items for s in entry.sections
            ):
                return entry
        raise error from None


# What a page may say before the sentence that names and defines its concept: a label.
_OPENING_LABEL = re.compile(
    r"^(?:definition|description|summary|overview|meaning)\s*[:|-]\s+", re.I
)
# The subject of an opening sentence that defines: its name, maybe in a field first or
# after ('in the context of web development', 'in database management'), then the verb.
_OPENING_SUBJECT = re.compile(
    r"^(?:in\s+(?:the\s+context\s+of\s+)?[\w\s-]{2,40},\s+)?(?:an?\s+|the\s+)?"
    r"(?P<subject>[^\s.,;:!?][^.;:!?]{0,80}?)"
    r"(?:\s+in\s+(?:the\s+context\s+of\s+)?[a-z][\w\s-]{2,40}?)?,?\s+"
    r"(?:is|are|refers?\s+to|means|describes)\s",
    re.I,
)
# A name spelled out with its letters, then a gloss after a colon or a verb of its own.
_OPENING_SPELLED = re.compile(
    r"^(?P<long>[A-Z][\w-]*(?:\s+[\w-]+){1,5})\s*\((?P<short>[A-Z][A-Za-z0-9]{1,7})\)"
    r"(?:\s*:\s+[a-z]|\s+[a-z]{3,}[^s\W]s\s)"
)
# How a subject lists its other names, or its kind after a dash: 'A source-to-source
# compiler, transcompiler or transpiler'; 'Webpack – a static module bundler'.
_OTHER_NAMES = re.compile(r",\s*|\s+or\s+|\s+[–—-]\s+")
_OPENING_LINES = 3
# Words that open a subject naming no concept: 'It is ...', 'Some objects are ...'
# ('This', 'Which', 'Another' and the like anywhere in it: `_POINTING`).
_NO_NAMES = frozenset(
    (
        *("it", "they", "there", "both", "each", "what", "some", "all", "one", "such"),
        *("below", "above", "while", "as", "here", "often", "usually", "sometimes"),
        *("however", "also"),
    )
)
# Heads of a subject that is no concept: 'A typical example is ...', 'The main idea is'.
_NO_HEADS = frozenset(
    (
        *("example", "examples", "instance", "case", "way", "reason", "thing", "idea"),
        *("point", "problem", "answer", "result", "difference", "part", "step", "goal"),
        *("benefit", "advantage", "downside", "drawback", "solution", "question", "rule"),
    )
)
# A word that points to something said elsewhere, or opens a clause: no concept's name
# holds one ('the area under this curve', 'a quantity whose possible values').
_POINTING = re.compile(
    r"\b(?:this|that|these|those|its|another|other|whose|which|who|whom|where|when)\b", re.I
)
# What a definition says its concept is: one of a kind ('a tool that ...', 'the process
# of ...'), not a remark ('more suited to ...').
_SAYS_WHAT = re.compile(r"(?:an?|the|one)\s", re.I)


def _names_without_title(text: str, file: str) -> list[str]:
    """The names an entry without a title may have: a note's file name, else each name
    the subject of the page's first sentences gives ('Webpack' of 'Webpack – a static
    module bundler is a tool ...'), to be tried in turn."""
    named = note_name(file)
    if named:
        return [named]
    nearby = _NEARBY_TERMS.search(text)
    if nearby is not None:
        # FOLDOC's 'Nearby terms: word processor « word size » word wrap' at the foot of
        # an entry copied without its head: the term between the arrows is its own
        return [upper_first(nearby["term"])]
    found: list[str] = []
    lines = [line.strip() for line in text.splitlines() if line.strip()][: _OPENING_LINES + 1]
    summary = bool(lines) and _is_summary_heading(lines[0])
    if summary:
        lines = lines[1:]  # '## TL;DR' over 'IndexedDB is a low-level ...': its opening
    lines = lines[:_OPENING_LINES]
    for k, line in enumerate(itertools.takewhile(lambda line: not line.startswith("#"), lines)):
        # (a file that opens on a '## Summary' heading is written to be read so: it
        # only lacks its title)
        spelled = _OPENING_SPELLED.match(plain(line))
        if spelled is not None and spells_out(spelled["short"], spelled["long"]):
            # 'Domain Name System (DNS) manages the names of ...', 'Uniform Resource
            # Identifier (URI): compact sequence of characters that ...': a name given
            # with its letters opens the page, and says what it does or is
            found.append(f"{spelled['long']} ({spelled['short']})")
            continue
        said = _OPENING_LABEL.sub("", plain(line), count=1)
        origin = NAME_ORIGIN.match(said) if k == 0 else None
        if origin is not None:
            # 'The name ransomware comes from two words: ... . It blocks access ...'
            found.append(upper_first(origin["name"]))
            continue
        letters = _SPELLED_THEN_SAID.match(said)
        if letters is not None and spells_out(letters["short"], letters["long"]):
            # 'DNS is short for Domain Name System. The system translates domain names
            # ...': the letters spelled out, then what the thing they name does
            found.append(letters["short"])
            continue
        told = called_name(first_sentence(said))
        if told:
            # 'The person who is being sued in a civil litigation ... is called the
            # defendant.': what it is told first, the name it goes by last
            found.append(upper_first(told))
            continue
        sentences = [first_sentence(said)]
        if summary and k == 0:
            # 'What it is' / 'Every part of a page can be marked up ... Semantic HTML is
            # choosing the tag that names the role, ...': under a heading that says it
            # defines, the defining sentence may come later, its name said again below
            sentences = split_sentences(said)[:_SUMMARY_SENTENCES]
        for at, sentence in enumerate(sentences):
            before = "\n".join([*lines[:k], *sentences[:at]])
            for name in _subject_names(sentence, doing=at > 0):
                if kind_said_above(sentence, name, before):
                    continue
                if name not in found and (at == 0 or times_said(name, text.splitlines()) >= 2):
                    found.append(name)
    # 'Silhouette Score compares the distance of observations to ...', 'Semi-Supervised
    # Learning combines small amounts of labeled data with ...': no sentence says what it
    # is, but one opens on its name in capitals, doing what it does (tried after any name
    # a sentence says what it is of)
    acting = [name for line in lines if (name := _acting_name(first_sentence(line)))][:1]
    found += [name for name in acting if name not in found]
    # 'kerning.txt' holding a glossary's text copied without its head ('Typographic term
    # used ... to describe the adjustment of the spacing between ...'): the name the
    # learner saved it under, when the page says it, is tried last
    saved = note_name(file, (".txt", ".text"))
    if saved and saved not in found and times_said(saved, text.splitlines()) > 0:
        found.append(saved)
    return found


def _acting_name(sentence: str) -> str:
    """The name in capitals a sentence opens on as the subject of a verb of its own in
    the present ('Silhouette Score compares ...'), else ''."""
    acting = _ACTING_NAME.match(sentence)
    if acting is None or acting["verb"].endswith(("ss", "us", "is")):
        return ""
    name = acting["name"]  # (two words at least: one is too often a sentence's first only)
    if name.split()[0].casefold() in _NO_NAMES:
        return ""  # ('Both Methods use ...')
    if any(word.isupper() for word in name.split()):
        return ""  # ('NEW FEATURE ships ...': capitals shouted, no name's)
    said = definition_of(sentence, (name,), loose=True)
    return name if said is not None and said.name.casefold() == name.casefold() else ""


# A name of two to four words in capitals, then a verb in the present: 'Silhouette Score
# compares', 'Semi-Supervised Learning combines'.
# (each word bounded, its small letter checked after the match: a page of one
# 200,000-letter word is matched in time linear in its size)
_ACTING_NAME = re.compile(
    r"^(?:The\s+|An?\s+)?(?P<name>[A-Z][\w-]{1,30}(?:\s+[A-Z][\w-]{1,30}){1,3})\s+"
    r"(?P<verb>[a-z]{3,30}s)\s+(?:the|an?|small|large|many|each|every|two|all)\b"
)


# The last line of a FOLDOC entry and its copies: the dictionary's neighbours of the term,
# the term itself where the arrows turn ('a « b « term » c » d').
_NEARBY_TERMS = re.compile(
    r"^Nearby terms:\s*[^\n«»]{0,200}?(?:«[^\n«»]{1,80}?)*«\s+(?P<term>[^\n«»]{1,60}?)\s+»", re.M
)
# A page's opening that spells a name's letters out, then says what the thing does by
# the last word of its long name: 'DNS is short for Domain Name System. The system ...'.
_SPELLED_THEN_SAID = re.compile(
    r"^(?P<short>[A-Z][A-Za-z0-9]{1,7})\s+(?:is\s+short\s+for|stands\s+for)\s+"
    r"(?P<long>(?:[A-Z][\w-]*\s+){1,5}(?P<head>[A-Z][\w-]*))\.\s+The\s+(?P=head)\s+[a-z]+s\s",
    re.I,
)
# How many sentences of a summary opening a page without a title are read for its name.
_SUMMARY_SENTENCES = 6


def _subject_names(sentence: str, doing: bool = False) -> list[str]:
    """The names a sentence's subject gives when the sentence says what they are (or,
    with `doing`, what doing it is: 'Semantic HTML is choosing the tag that ...')."""
    subject = _OPENING_SUBJECT.match(sentence)
    if subject is None or not sentence[:1].isupper():
        return []  # (a line that starts mid-sentence: 'whenever scores are ...')
    found = []
    for name in _OTHER_NAMES.split(subject["subject"]):
        name = re.sub(r"^(?:an?|the)\s+", "", name.strip(), flags=re.I)
        said_words = name.casefold().split()
        if _NO_NAMES.intersection(said_words[:1]) or _POINTING.search(name):
            continue  # 'It is ...', 'Some objects are ...', 'The area under this curve'
        if said_words and said_words[-1] in _NO_HEADS:
            continue  # 'A typical example is ...' speaks of something else
        if said_words[-1:] == ["there"] or said_words[:1] in (["in"], ["on"], ["at"]):
            continue  # 'In a computer there is a component which ...': no subject
        if len(name.split()) > 5 or not name[:1].isalnum():
            continue
        # the sentence must say what the thing is: 'Webpack ... is a tool that ...'
        said = definition_of(sentence, (name,))
        if (
            said is not None
            and said.name.casefold() == name.casefold()
            and (_SAYS_WHAT.match(said.predicate) or (doing and _A_DOING.match(said.predicate)))
        ):
            found.append(name[:1].upper() + name[1:])
    return found


_A_DOING = re.compile(r"[a-z]{3,}ing\s+(?:an?|the)\s")


def _is_step(segment: Segment, items: Sequence[Item]) -> bool:
    """A short heading over one sentence: a step under a heading of steps."""
    return (
        bool(segment.heading)
        and len(segment.heading.split()) <= _STEP_WORDS
        and len(items) == 1
        and items[0].kind is ItemKind.PARAGRAPH
    )


_STEP_WORDS = 4


def _is_summary_heading(line: str) -> bool:
    """A heading, Markdown or a short line of its own, that marks a summary: '## TL;DR',
    'What it is'."""
    from cards.headings import section_kind

    heading = re.match(r"^(?:#{1,6}\s+)?(?P<text>[^.!?]{2,40})$", line)
    return heading is not None and section_kind(heading["text"]) is SectionKind.SUMMARY


def _parse(text: str, file: str, default_path: str, named: str = "") -> Entry:
    """`parse`, with `named` the title of an entry that has none of its own."""
    html = looks_like_html(text)
    if html:
        from cards.html import html_to_markdown  # loads trafilatura: only for web pages

        text = html_to_markdown(text)
        if not text:
            raise ParseError(file, 1, "is a web page with no main text to learn from")
    lines = split_lines(text)
    if not any(line.strip() for line in lines):
        raise ParseError(file, 1, "is empty: an entry needs a title and at least one section")
    meta = Meta()
    if html or _is_markdown(lines):
        segments = markdown_segments(lines, file, meta)
        try:
            entry = _entry(file, Layout.MARKDOWN, meta, segments, lines, default_path, named)
            if _pasted(html, lines, file) and is_chrome_title(entry.title, lines):
                # 'Maximum heart rate refers to ...' over '#### Step 1': pasted text whose
                # first heading is one of its parts, its concept in the prose above it
                raise ParseError(file, 1, f"its title {entry.title!r} names a part")
            return _below_chrome_heading(entry, lines, file, default_path, named) or entry
        except ParseError:
            if not _pasted(html, lines, file):
                raise
            # Pasted text whose shell snippets kept their '# comment' lines: read as
            # Markdown, those were its only headings. It is read as the page it is.
            meta = Meta()
    lines = subjects_rejoined(lines)
    segments, layout = page_segments(lines, file, meta)
    try:
        entry = _entry(file, layout, meta, segments, lines, default_path, named)
        if _asks_of_no_name(entry.title):
            # 'What Does 443 Mean' over 'Port 443 is the default TCP port ...': the page
            # names its concept further down
            with contextlib.suppress(ParseError):
                return _recovered(lines, file, default_path, named)
        if not entry.sections_of(SectionKind.SUMMARY) and _SAYS_SOMETHING.search(entry.title):
            # 'LocalStorage is part of W3C Web Storage' over 'LocalStorage is a persistent
            # key-value store ...': a sentence for a title, the concept its subject
            with contextlib.suppress(ParseError):
                return _recovered(lines, file, default_path, named)
        if not entry.sections_of(SectionKind.SUMMARY) and (
            _named_once(entry.title, lines) or _over_another_concept(entry, lines)
        ):
            # 'Learnbeginner' over 'Understanding the Critical Rendering Path: ...' and 'The
            # critical rendering path is ...': a site's name the page never says again;
            # 'Browser Isolation' over 'The same-origin policy is ...': a part's heading
            with contextlib.suppress(ParseError):
                return _recovered(lines, file, default_path, named)
        if explained_by_task(entry.title) and not _defined_in_its_prose(entry):
            # 'Explain water cycle briefly' over its answer: the task names the concept
            with contextlib.suppress(ParseError):
                return _recovered(lines, file, default_path, named)
        if _banner_over_a_question(entry, lines):
            # 'English Grammar Mastery' over ... 'What is a Verb? (Very Easy)' / 'A verb is
            # a word that ...': a course's banner, said once, over the question it answers
            with contextlib.suppress(ParseError):
                return _recovered(lines, file, default_path, named)
        if _function_below_the_title(lines):
            # 'Formula Engine Reference Guide' / ... / 'VLOOKUP(X, R, N)' / 'Description': a
            # manual's name over the function its entry is about
            with contextlib.suppress(ParseError):
                return _recovered(lines, file, default_path, named)
        if _caption_over_another_subject(entry, lines):
            # 'Pick k random peers' over 'Gossip protocols (epidemic algorithms) propagate
            # information ...': a figure's caption left at the top, the page's subject below
            with contextlib.suppress(ParseError):
                return _recovered(lines, file, default_path, named)
        if not is_chrome_title(entry.title, lines):
            return (
                _pair_recovered(entry, lines, file, default_path, named)
                or _defined_when_recovered(entry, lines, file, default_path, named)
                or entry
            )
        below = _under_the_chrome(entry, lines, file, default_path, named)
        if below is not None:
            return below
        # 'GLOSSARY' above the term: the page layout took chrome for the title.
        raise ParseError(file, 1, f"its title {entry.title!r} names the page, not a concept")
    except ParseError as error:
        # Text the page layout cannot read may still be a page copied from a browser:
        # recover its structure as Markdown; when that fails too, the first reason stands.
        try:
            return _recovered(lines, file, default_path, named)
        except ParseError as again:
            if error.message.startswith("has no title") and again.message.startswith(
                _NOTHING_DEFINED
            ):
                # (the recovery found the title the page layout did not, and nothing
                # saying what it is: that is the page's reason)
                error = again
            many = _MANY_COMPARED.match(next((line.strip() for line in lines if line.strip()), ""))
            if many is not None:
                # 'Difference between Local Storage, Session Storage, and Cookies?': said
                # as what it is, not as a page with no title
                raise ParseError(
                    file,
                    1,
                    f"compares three or more things ({many['things'].rstrip('?. ')}); a page "
                    "is read as one concept or a comparison of two: give each its own page",
                ) from None
            raise _not_a_concept_page(error, lines) from None


def _function_below_the_title(lines: list[str]) -> bool:
    """Whether a function's signature over its 'Description' stands among the top lines."""
    from cards.recover import signature_over_a_description

    top = [(i, line) for i, line in enumerate(lines[:_TOP_LINES]) if line.strip()]
    return signature_over_a_description(top) is not None


_TOP_LINES = 20  # the lines a function's signature is looked for in


def _asks_of_no_name(title: str) -> bool:
    """Whether a title asks what something is or means and names nothing a card can ask
    ('What Does 443 Mean'); 'What is a CDN?' is the page's question about the CDN."""
    from cards.recover import title_from_question

    asked = _WHAT_IT_MEANS.match(title.strip())
    return asked is not None and title_from_question(f"{title.strip().rstrip('?')}?") is None


# A title comparing three things or more: 'Difference between A, B, and C?'.
_MANY_COMPARED = re.compile(
    r"^(?:the\s+)?(?:differences?|comparison)\s+(?:between|of)\s+"
    r"(?P<things>[^,]{1,40},\s+[^,]{1,40},?\s+and\s+[^,]{1,40})$",
    re.I,
)
# A title that is a sentence about its concept: 'LocalStorage is part of W3C Web Storage'.
_SAYS_SOMETHING = re.compile(r"^\S+(?:\s\S+){0,3}\s(?:is|are)\s\S")
_WHAT_IT_MEANS = re.compile(r"^what\s+(?:does|do|is|are)\s", re.I)


# How many lines below a chrome title a dictionary's head line may stand.
_HEAD_REACH = 12


def _under_the_chrome(
    entry: Entry, lines: list[str], file: str, default_path: str, named: str
) -> Entry | None:
    """The page read again without the chrome line the page layout took for its title
    ('IV · Probabilistic structures' over 'Count-Min sketch'), when the line below then
    titles it; None otherwise. Read again once only, so any page stays linear."""
    at = next((k for k, line in enumerate(lines) if line.strip() == entry.title), None)
    if at is None:
        return None
    if any(is_dictionary_head(line) for line in lines[at : at + _HEAD_REACH]):
        return None  # 'Definition: elliptic curve cryptography' below names it: recovered
    rest = [*lines[:at], "", *lines[at + 1 :]]
    meta = Meta()
    segments, layout = page_segments(rest, file, meta)
    try:
        again = _entry(file, layout, meta, segments, rest, default_path, named)
    except ParseError:
        return None
    if is_chrome_title(again.title, rest) or list_marker(again.title) is not None:
        return None  # (nor '- Can be used inside', a point of a list)
    return _pair_recovered(again, rest, file, default_path, named) or again


def _caption_over_another_subject(entry: Entry, lines: list[str]) -> bool:
    """Whether a title of words is said nowhere on the page but its own line, and the
    sentence under it opens by saying what something else does (none of the title's words
    in its name): the title speaks of something else than the page."""
    from cards.recover import doer, times_said
    from cards.sentences import content_words

    opening = next(
        (s.items[0].text for s in entry.sections_of(SectionKind.SUMMARY) if s.items),
        entry.tagline,
    )
    subject = doer(opening)
    return (
        " " in entry.title.strip()
        and bool(subject)
        and times_said(entry.title.strip(), lines) == 1
        and not content_words(subject) & content_words(entry.title)
    )


def _written_joined(title: str, lines: list[str]) -> str | None:
    """The title's words run together as the page writes its name, as an API's kinds
    are ('Persistent Volume Claims' -> 'PersistentVolumeClaim'), when the page says it."""
    words = title.split()
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    joined = "".join(words)
    forms = (joined, joined[:-1]) if joined.endswith("s") else (joined,)
    text = "\n".join(lines)
    return next((form for form in forms if re.search(rf"\b{re.escape(form)}\b", text)), None)


def _banner_over_a_question(entry: Entry, lines: list[str]) -> bool:
    """Whether a title the page never says again stands over a question the page asks
    and goes on about ('What is a Verb?' and the verb said again and again)."""
    from cards.recover import SAID_OFTEN, find_title, times_said

    if times_said(entry.title, lines) > 1:
        return False
    found = find_title(lines)
    return (
        found is not None
        and title_from_question(lines[found[0]]) is not None
        and times_said(found[1], lines) >= SAID_OFTEN
    )


def _named_once(title: str, lines: list[str]) -> bool:
    """Whether a one-word title, or one in small letters ('ingredient information', a
    site's label), is said nowhere on the page but its own line."""
    from cards.recover import times_said

    title = title.strip()
    return (" " not in title or title.islower()) and times_said(title, lines) == 1


def _over_another_concept(entry: Entry, lines: list[str]) -> bool:
    """Whether the lines under a title the page never says again define another name,
    one the page goes on about: 'Browser Isolation' over 'The same-origin policy is a
    ... mechanism ...' and three more sentences on the policy."""
    from cards.recover import SAID_OFTEN, times_said

    defined = definition_of(first_sentence(entry.tagline)) if entry.tagline else None
    return (
        defined is not None
        and times_said(entry.title, lines) <= 1
        and times_said(defined.name, lines) >= SAID_OFTEN - 1
    )


def _below_chrome_heading(
    entry: Entry, lines: list[str], file: str, default_path: str, named: str
) -> Entry | None:
    """A Markdown page whose title heading is site furniture ('## Loading Runtime' over
    'In machine learning ..., an activation function is ...'), read again without it and
    its structure recovered; None when it is no such page or that finds no concept."""
    top = next((line for line in lines if line.strip()), "")
    if not _is_heading_of(top, entry.title) or not is_chrome_title(entry.title, lines):
        return None  # (a title in front matter is the author's own)
    rest = ["" if _is_heading_of(line, entry.title) else line for line in lines]
    try:
        again = _recovered(rest, file, default_path, named)
    except ParseError:
        return None
    return again if again.sections_of(SectionKind.SUMMARY) else None


def _is_heading_of(line: str, title: str) -> bool:
    return line.lstrip().startswith("#") and line.strip().lstrip("#").strip() == title


def _recovered(lines: list[str], file: str, default_path: str, named: str) -> Entry:
    """Pasted text read again with its structure recovered as Markdown (a title, headings
    by their shape, lists); ParseError when that finds no concept either."""
    from cards.recover import recover

    recovered = recover("\n".join(lines))
    if recovered is None:
        raise ParseError(file, 1, "has no title")
    meta = Meta()
    marked = split_lines(recovered.text)
    segments = markdown_segments(marked, file, meta)
    entry = _entry(file, Layout.PAGE, meta, segments, marked, default_path, named)
    if not (
        entry.sections_of(SectionKind.SUMMARY)
        or _splits(entry)
        or side_claims(entry)
        or _answers_which_to_use(entry)
        or _defined_in_its_prose(entry)
        or _opens_on_how_it_forms_or_its_use(entry)
        or _opens_on_what_happens_in_it(entry)
        or _spells_out_its_letters(entry)
    ):
        raise _nothing_defined(file, entry.title)
    return _at_lines(entry, recovered.origin)


def _nothing_defined(file: str, title: str) -> ParseError:
    """The refusal of a page whose title was found and that never says what it is."""
    return ParseError(
        file,
        1,
        f"{_NOTHING_DEFINED}{title!r} is (read as the page's title): not a concept page as "
        "it stands; give it a title line if that is not its concept, and a sentence saying "
        "what the concept is",
    )


def _defined_in_its_prose(entry: Entry) -> bool:
    """Whether a sentence of the entry's prose says what it is, as its definition card
    would ask it: 'A checksum works the same way for data. It is a small number ...'
    after a story, under a site's line above the term."""
    from cards.makers.context import Context
    from cards.makers.definitions import defining_sentence

    return defining_sentence(Context(entry, (), 0)) is not None


def _spells_out_its_letters(entry: Entry) -> bool:
    """Whether the page says what its title's letters stand for, in a sentence ('ECS
    stands for Entity Component System') or a label ('Full name: Global Trade Item
    Number'): that card can be asked, though no sentence says what the thing is."""
    from cards.defining import spelled_out

    if any(spells_out(entry.title, alias) for alias in entry.aliases):
        return True
    # (or the letters the title opens with: 'ECS Design' over 'ECS stands for ...')
    named = {entry.title.casefold(), entry.title.split(" ", 1)[0].casefold()}
    for section in entry.sections:
        for item in section.items:
            said = spelled_out(first_sentence(item.text))
            if said is not None and said.abbreviation.casefold() in named:
                return True
    return False


def _opens_on_how_it_forms_or_its_use(entry: Entry) -> bool:
    """Whether the entry's first sentence (or first point) says how the thing it names
    comes about or what it is used for: 'A covalent bond is formed by the overlap of ...'
    (a homework answer, with no title), 'Earthquakes are caused by ...'; 'Codec stands
    for coder/decoder ... . A codec is used to encode and decode ...' (its second
    sentence, after what its name stands for)."""
    from cards.makers.claim_shapes import CAUSED, FORMED, USED, USED_BY_NAME

    first = next((s.items[0] for s in entry.sections if s.items), None)
    if first is None:
        return False
    opening = split_sentences(first.text.strip())[:_USE_SENTENCES]
    if len(opening) >= 2 and not _STANDS_FOR_LINE.match(opening[0]):
        # (what it is for, by name, a little further on: 'Of all the sailing knots, the
        # figure 8 is the simplest to learn. ... The figure 8 ... is used to prevent ...')
        opening = [opening[0], *(s for s in opening[1:] if USED_BY_NAME.search(s))]
    opening = [without_open_alias(sentence) for sentence in opening]
    for sentence in opening:
        for name in entry.names:
            said = re.match(rf"(?:(?:an?|the)\s+)?{re.escape(name)}\s+", sentence, re.I)
            rest = sentence[said.end() :] if said is not None else ""
            if FORMED.match(rest) or USED.match(rest) or CAUSED.match(rest):
                return True
    return False


def _opens_on_what_happens_in_it(entry: Entry) -> bool:
    """Whether the entry's first sentence says what goes on in the thing it names: 'In a
    Smothered Mate, the king gets trapped by his own pieces!' (a card asks it)."""
    from cards.makers.definitions import goes_on_in

    first = entry.tagline or next((s.items[0].text for s in entry.sections if s.items), "")
    return goes_on_in(first_sentence(first.strip()), entry.names) is not None


_USE_SENTENCES = 3
# A line saying only what a name stands for: 'Codec stands for coder/decoder ...'.
_STANDS_FOR_LINE = re.compile(r"^[\w./-]+\s+(?:stands\s+for|is\s+short\s+for)\s", re.I)


def _answers_which_to_use(entry: Entry) -> bool:
    """Whether a comparison's page opens by answering its own question ('T-test vs
    z-test' over 'When do you use a t-test versus a z-test?' and 'Use a z-test when
    ...'): that answer is a card, whatever else the page defines."""
    first = next((s for s in entry.sections if s.heading), None)
    return (
        sets_side_by_side(entry.title)
        and first is not None
        and WHICH_TO_USE.match(first.heading.strip()) is not None
        and bool(first.paragraphs)
    )


def _pair_recovered(
    entry: Entry, lines: list[str], file: str, default_path: str, named: str
) -> Entry | None:
    """A comparison the page layout read with nothing to ask of either side, read again
    with its structure recovered, when that finds the points it makes of each: in
    'SQL vs NoSQL', the line 'SQL (Structured Query Language)' over lettered points is
    a heading, not the page's tagline."""
    if sides(entry) is None or side_claims(entry) or _splits(entry):
        return None
    try:
        paired = _recovered(lines, file, default_path, named)
    except ParseError:
        return None
    return paired if side_claims(paired) else None


def _defined_when_recovered(
    entry: Entry, lines: list[str], file: str, default_path: str, named: str
) -> Entry | None:
    """A page the page layout read without its definition, read again with its structure
    recovered, when that finds its definition (a summary): 'Definition of black hole' /
    'trou noir' / 'The remains of ... a massive star.' (a translation between the title
    and its gloss). The recovered title is the same name, or the name the page's title
    wraps ('Value' in 'Basic Art Element — Value')."""
    if entry.sections_of(SectionKind.SUMMARY) or _defined_in_its_prose(entry):
        return None
    try:
        again = _recovered(lines, file, default_path, named)
    except ParseError:
        return None
    sides = [entry.title, *re.split(r"\s+[—–|-]\s+|:\s+", entry.title)]
    if again.title.casefold() not in (side.strip().casefold() for side in sides):
        # 'Frequency' under 'Principle of FITT': one of its parts, not it; 'reply code'
        # under 'SMTP reply code': a shorter name than the page's
        return None
    return again if again.sections_of(SectionKind.SUMMARY) else None


# --------------------------------------------------------------------------- bytes


# Control bytes that never appear in text; tab, newlines, form feed and ESC are left
# out because editors and terminals produce them (ESC is removed later, with escapes).
_CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 27), *range(28, 32), 127])


def _refuse_binary(data: bytes, file: str) -> None:
    if data.startswith(b"%PDF-"):
        # (its first bytes may all be text: read as a page, it was 'a menu, a list of links?')
        raise ParseError(file, 1, "a PDF document, which is not read; save its text as .txt")
    nul = data.find(b"\0")
    if nul >= 0:
        raise ParseError(
            file, _line_at(data, nul), "looks binary (it contains NUL bytes), not text"
        )
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls and controls * 10 > len(data):
        raise ParseError(file, 1, "looks binary (too many control characters), not text")


def _line_at(data: bytes, offset: int) -> int:
    head = data[:offset]
    return head.count(b"\n") + head.count(b"\r") - head.count(b"\r\n") + 1


def _too_big(size: int) -> str:
    return f"is {size:,} bytes; entry files are limited to {MAX_BYTES:,} bytes"


# --------------------------------------------------------------------------- layout


def _pasted(html: bool, lines: list[str], file: str) -> bool:
    """Whether text read as Markdown may be a page pasted as text: no web page, no
    Markdown file, and opening on neither front matter nor a heading."""
    return not (html or _opens_as_markdown(lines) or file.lower().endswith((".md", ".markdown")))


def _opens_as_markdown(lines: list[str]) -> bool:
    """Whether a file starts as Markdown does: front matter or a '#' heading first."""
    first = next((line for line in lines if line.strip()), "")
    match = ATX.match(first)
    return first.strip() == "---" or (match is not None and bool(match.group(2)))


def _is_markdown(lines: list[str]) -> bool:
    """Front matter or a '#' heading outside code makes a file Markdown. A '#' line over
    a line of code, or right under a lead-in ending on a colon, is a comment of code
    pasted without its fence ('# Nginx — HTML pages' over 'add_header Cache-Control
    "no-cache" always;'), no heading; and a page that pasted one pasted its other '#'
    lines so too ('# AND example' over '5 & 3 # Output: 1', then '# In binary:')."""
    if _opens_as_markdown(lines):
        return True
    fenced = fenced_lines(lines)
    marked = [
        i
        for i, line in enumerate(lines)
        if i not in fenced and (match := ATX.match(line)) is not None and bool(match.group(2))
    ]
    return bool(marked) and not any(_comments_code(lines, i) for i in marked)


def _comments_code(lines: list[str], i: int) -> bool:
    """Whether the '#' line `lines[i]` is a comment of code: over a line of code, or right
    under a line leading into it ('Git stores remotes in .git/config:' / '# Inside
    .git/config' / '[remote "origin"]')."""
    below = lines[i + 1] if i + 1 < len(lines) else ""
    above = lines[i - 1].rstrip() if i > 0 else ""
    return bool(_CODE_LINE.search(below)) or (above.endswith(":") and not ATX.match(above))


# A line of code: it ends as a statement or a block does ('... always;', '{', '}'), joins
# shell commands ('backup.sh && curl ...'), follows a prompt ('$ ls'), is a crontab's
# schedule ('0 2 * * * /scripts/backup.sh') or a call.
_CODE_LINE = re.compile(
    r"[;{}]\s*$|\s(?:&&|\|\|)\s|^\s*\$\s|^(?:[\d*/,-]+\s+){5}\S|"
    r"^\s*[\w.$]+\(.*\)\s*$|"  # a call alone on its line: 'rate(http_requests_total[5m])'
    # a definition or a statement by its keyword, as code writes it: 'def multiply(x, y):'
    r"^\s*(?:def|class|function|import|return|const|let|var|fn|func)\s+[\w$]|"
    # a statement and its comment ('5 & 3 # Output: 1'), a config file's section header
    # ('[remote "origin"]')
    r"\S[ \t]+#[ \t]+\S|^\[[\w .\"'/-]{1,60}\]\s*$|"
    # an HTTP message's first line: 'HTTP/1.1 200 OK', 'GET /orders HTTP/1.1'
    r"^HTTP/\d(?:\.\d)?\s+\d{3}\b|^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+\S+\s+HTTP/\d"
)


# --------------------------------------------------------------------------- the Entry


def _entry(
    file: str,
    layout: Layout,
    meta: Meta,
    segments: list[Segment],
    lines: list[str],
    default_path: str,
    named: str = "",
) -> Entry:
    sections: list[Section] = []
    steps = False  # under an empty heading that names the steps of a process
    for segment in segments:
        items = items_of(segment.kind, segment.body)
        if steps and _is_step(segment, items):
            # 'Execution Path' / 'User Process' / 'Sets up arguments ...': a step of the
            # process, read as a point of its list, not as a term of its own
            step = Item(ItemKind.NUMBERED, f"{segment.heading}: {items[0].text}", segment.line)
            sections[-1] = replace(sections[-1], items=(*sections[-1].items, step))
            continue
        steps = bool(segment.heading) and not items and is_steps_heading(segment.heading)
        if steps:
            sections.append(Section(SectionKind.LIST, segment.heading, segment.line, ()))
            continue
        if not segment.heading:
            # Text above the first heading: kept, but only a section when there is some.
            if items:
                untitled = segment.kind or SectionKind.OTHER
                sections.append(Section(untitled, "", items[0].line, items))
            continue
        # An unknown heading keeps its text; over a numbered list it names that list.
        numbered = any(item.kind is ItemKind.NUMBERED for item in items)
        kind = segment.kind or (SectionKind.LIST if numbered else SectionKind.OTHER)
        heading = without_marks(segment.heading) or segment.heading  # '🧊Why learn X?'
        sections.append(Section(kind, heading, segment.line, items))

    first_line = next((i + 1 for i, line in enumerate(lines) if line.strip()), 1)
    title = unnumbered(plain(meta.title).rstrip(":").strip())
    title = without_marks(title) or title  # '🆚 JSON vs XML': a picture is no word of it
    title = _QA_STATE.sub("", title).rstrip()  # 'Internal and external fragmentation [closed]'
    title = _LABELLED_TITLE.sub("", title)  # 'Explanation: Near field communication'
    title = _DICTIONARY_SUFFIX.sub("", title) or title  # 'natural selection - definition and'
    title = comparison_part(title) or title  # 'Full Explanation : Difference Between A and B'
    # 'The OSI Model': the article is the sentence's, not the name's ('What is the The ...').
    title = _LEADING_THE.sub("", title)
    if (verb := _VERB_HEAD.fullmatch(title)) is not None:
        title = verb["name"]  # 'Tack, to': a sailing dictionary's head of a verb
    wanted = ASKS_FOR_A_NAME.match(title)
    if wanted is not None:
        # 'What is the most frequently occurring value in a set of data called?': a quiz
        # question whose answer, the name the page then defines, is the page's concept
        later = [item.text for section in sections[:4] for item in section.paragraphs[:6]]
        answered = _name_answering(wanted["thing"], later)
        if answered:
            meta.aliases.append(title)
            title = upper_first(answered)
    asked = title_from_question(title)
    if asked is None and title[:5].lower() == "what " and not title.endswith("?"):
        asked = title_from_question(f"{title}?")  # 'What do you mean by data encapsulation'
    opening = [item.text for section in sections[:2] for item in section.paragraphs[:1]]
    if asked is not None:
        # 'What is a load balancer?' names 'load balancer'; 'What is a CDN (...)?' too.
        title = asked[0]
        if title[:1].islower() and not re.match(r"[a-z]+[A-Z]", title):
            title = title[:1].upper() + title[1:]  # ('requestIdleCallback' keeps its case)
        later = [item.text for section in sections[:3] for item in section.paragraphs[:6]]
        for alias in (asked[1], head_alias(title, opening, later)):
            if alias:
                meta.aliases.append(alias)
        under = _defined_under(title, sections)
        if under:
            # 'What is meant by 90 percentile marks' over '## Percentile' and 'The
            # Percentile ... is the percentage of ...': the question's term is one use of
            # the concept the page's first heading names and defines
            meta.aliases.append(title)
            title = under
    elif _ASKS_ELSE.match(title) and title_without_wrapper(title) is None:
        # 'Why does my file has package lock.json file' asks no 'What is X?': the page is
        # about the thing its opening sentence speaks of ('The package-lock.json file ...')
        spoken = next((term for text in opening if (term := term_of(first_sentence(text)))), "")
        if spoken:
            meta.aliases.append(title)
            title = spoken[:1].upper() + spoken[1:]
    unfielded = without_field(title)
    if unfielded != title and times_said(unfielded, lines) > times_said(title, lines):
        # 'What Is a Loop in Programming?': the loop, met in programming
        meta.aliases.append(title)
        title = unfielded
    if not title and named:
        title, layout = named, Layout.NOTE
    # Pasted dictionary pages leave out the name; so does a note named by its file.
    fragments = layout is not Layout.MARKDOWN
    if not title:
        raise ParseError(
            file,
            first_line,
            "has no title: put the entry's name on the first line, as a '# Title' "
            "heading, or as 'title:' in front matter",
        )
    title, bracketed = _bracket_names(title)
    meta.aliases.extend(bracketed)
    if (other := _SECOND_SPELLING.fullmatch(title)) is not None:
        # 'Staff, stave': a dictionary's headword and its other name, one thing
        title = other["name"]
        meta.aliases.append(other["other"])
    if (joined := _written_joined(title, lines)) is not None:
        meta.aliases.append(joined)  # 'Persistent Volume Claims' over 'A PersistentVolumeClaim is'
    if (name := under_its_kind(title)) is not None:
        meta.aliases.append(title)  # 'Functions: VLOOKUP': a category before the name
        title = name
    elif (part := _NUMBERED_PART.fullmatch(title)) is not None:
        meta.aliases.append(title)  # 'Part 4: Generators': a course's part, then its topic
        title = part["name"]
    elif (framed := _FRAMED_BY.fullmatch(title)) is not None and (
        times_said(framed["name"], lines) > times_said(title, lines)
    ):
        # 'DORA - Change Failure Rate' over '... Change Failure Rate measures the
        # stability ...': the family's letters before the name the page goes by (said
        # more often than the whole title is: elsewhere than the title's own line)
        meta.aliases.append(title)
        title = framed["name"]
    if asked is None and (headword := headword_of_forms(title, lines)):
        title = headword  # 'Noun, pl. platelets' over the senses: the word it is a form of
    bare = None if asked is not None else title_without_wrapper(title)
    said = _defined_as(sections, bare, meta.tagline, fragments) if bare else ""
    if said:
        # 'Understanding Load Balancers' over 'A load balancer is ...': the page is about
        # what its title wraps, named as its definition names it ('Load balancer'). The
        # whole title stays a name: a path file may use it.
        meta.aliases.append(title)
        title = said[:1].upper() + said[1:]
    elif bare and _GUIDE_TO.search(title) and _says_its_words(sections, bare):
        # 'Hang-on-Back Filter Guide' over 'A hang-on-back (HOB) filter ... is ...': a
        # guide to the thing its title names first, which the page's opening speaks of
        meta.aliases.append(title)
        title = bare
    elif bare and _A_TO_Z.match(title):
        # 'K is for Kerf': a post of an A-to-Z series, on the word after 'for'
        meta.aliases.append(title)
        title = bare
    elif bare and (used := _USING.match(title)) is not None:
        # 'Using the Claim Check pattern': a post on the pattern, named whole
        meta.aliases.append(title)
        title = title[used.end() :][:1].upper() + title[used.end() + 1 :]
    elif bare and says_what_it_does(title):
        # 'Inodes – indexing files and directories': the head is the concept, the rest
        # what it does (not a comparison of files and directories)
        meta.aliases.append(title)
        title = bare
    elif (
        bare
        and is_dictionary_head(title)
        # (not Scrum's 'Definition of Done', which the text goes on to name whole)
        and title.casefold() not in (meta.tagline or _opening_text(sections)).casefold()
    ):
        # 'Definition of "observability"' over a gloss that names nothing: a dictionary's
        # head, its word the entry's name
        meta.aliases.append(title)
        title = bare
    elif bare and labelled_in_brackets(title):
        # 'Predicate (noun)' over '1. A part of a sentence which ...': the bracket is the
        # dictionary's label, no part of the name
        title = bare
    elif bare and (_WRAPS_AFTER_ONLY.search(title) or lists_its_parts(title)):
        # 'GTIN Defined' over 'Full name: Global Trade Item Number': the name before the
        # wrapper, though no sentence says what it is; 'Greenhouse: Definition, Uses,
        # Types' over its parts
        meta.aliases.append(title)
        title = bare
    elif bare is None and asked is None:
        first = meta.tagline or _opening_text(sections)
        head = (
            _opened_by_head(title, first)
            or _opened_by_tail(title, first)
            or _defined_head(title, sections, meta.tagline, fragments)
        )
        if head:
            # 'Golden Master Testing: Characterization Tests for Legacy Code' over 'Golden
            # master testing (also called ...) captures ...': the page opens on its head
            meta.aliases.append(title)
            title = head
    longer = _with_its_kind(title, meta.tagline or _opening_text(sections))
    if longer:
        meta.aliases.append(title)  # 'Adapter' over 'The Adapter pattern allows us to ...'
        title = longer
    shorter = _without_its_kind(title, meta.tagline or _opening_text(sections))
    if not shorter and (answer := _summary_opening(sections)) is not None:
        # ('Zero Trust Security Model' over a story, then 'What Is the Zero Trust Security
        # Model?' and 'Zero Trust is a cybersecurity framework ...': its answer)
        shorter = _without_its_kind(title, answer)
    if shorter:
        meta.aliases.append(shorter)  # 'Zero Trust Security Model' / 'Zero Trust is a ...'
    if head := _named_before_its_kind(title, sections):
        meta.aliases.append(head)  # 'Pilot Light Strategy for ...' / 'The term pilot light'
    if between := _with_a_word_between(title, sections):
        meta.aliases.append(between)  # 'Sunset Header' / 'The Sunset HTTP Header is ...'
    if (setting := _without_its_setting(title, sections)) is not None:
        meta.aliases.append(setting)  # 'Log Shipping in SQL Server' / 'Log shipping allows'
    published = _by_its_body(title, meta.tagline or _opening_text(sections))
    if published:
        meta.aliases.append(published)  # '802.11ax' / 'IEEE 802.11ax (...) is a ...'
    closed = _closed_up(title, meta.tagline or _opening_text(sections))
    if closed:
        # 'Sub Domain' over 'A subdomain represents ...': named as the page defines it
        meta.aliases.append(title)
        title = closed[:1].upper() + closed[1:]
    aliases = tuple(a for a in _unique(meta.aliases) if a.casefold() != title.casefold())
    spelled = _spelled_out(sections, meta.tagline, title)
    if spelled:
        aliases = (*aliases, spelled)  # 'The Open Systems Interconnection model is ...'
    if meta.tagline and meta.tagline_line and sets_side_by_side(title):
        # 'A primary key uniquely identifies a row ..., while a foreign key points to ...'
        # under 'Primary key vs foreign key': the page's first point, not a line about it.
        point = Item(ItemKind.PARAGRAPH, meta.tagline, meta.tagline_line)
        sections.insert(0, Section(SectionKind.EXPLANATION, "", meta.tagline_line, (point,)))
        meta.tagline = ""
    sections = _with_definition(
        sections, (title, *aliases), meta.tagline, fragments, meta.tagline_line
    )
    title = _as_defined(title, sections)
    aliases = _unique((*aliases, *_other_names(sections, (title, *aliases))))
    aliases = tuple(a for a in aliases if a.casefold() != title.casefold())
    next_step = meta.next
    if not next_step:
        pointers = [s.items[0].text for s in sections if s.kind is SectionKind.NEXT and s.items]
        if pointers and len(pointers[0].split()) <= 6:
            next_step = pointers[0].rstrip(".")
    entry = Entry(
        title=title,
        slug=slugify(title),
        file=file,
        layout=layout,
        path=meta.path or default_path,
        sections=tuple(sections),
        tagline=meta.tagline,
        tags=_unique(meta.tags),
        step=meta.step,
        next=next_step,
        aliases=aliases,
    )
    usable = any(section.kind in USABLE and section.items for section in sections)
    if (
        not usable
        and not _splits(entry)
        and not side_claims(entry)
        and not _answers_which_to_use(entry)
    ):
        found = ", ".join(repr(s.heading) for s in sections if s.heading) or "none"
        raise ParseError(
            file,
            sections[0].line if sections else first_line,
            "has no section a card can be made from (headings found: "
            f"{found}); add one such as 'Summary', 'Key takeaways' or 'FAQ'",
        )
    return entry


def _splits(entry: Entry) -> bool:
    """Whether the page is read as entries of the terms it defines (a glossary, a
    comparison), not as the page itself."""
    return split_terms(entry)[0] is not entry


def _with_its_kind(title: str, opening: str) -> str:
    """The title with the kind of thing it names, as the page's first sentence says it
    ('Adapter' / 'The Adapter pattern allows ...' -> 'Adapter pattern'); else ''."""
    if not opening or len(title) > _KIND_TITLE:
        return ""
    named = named_after_article(opening, title)
    kind = _KIND_AFTER.match(opening, named) if named >= 0 else None
    return opening[named - len(title) : kind.end()] if kind else ""


# The kind of thing a title names after its head, and what for: 'Strategy for Disaster
# Recovery', 'Pattern in Microservices'.
_ITS_KIND_AND_USE = re.compile(
    r"(?:strategy|pattern|technique|approach|method|model|principle)"
    r"(?:\s+(?:for|in|of)\s+[\w -]{2,40})?",
    re.I,
)


def _named_before_its_kind(title: str, sections: list[Section]) -> str:
    """The head of a title that goes on to say what kind of thing it is, as the page's
    first point defines it ('Pilot Light Strategy for Disaster Recovery' / 'The term pilot
    light is often used to describe ...' -> 'pilot light'); else ''."""
    first = sections[0].items[0].text if sections and sections[0].items else ""
    defined = definition_of(first_sentence(first)) if first and len(title) <= 80 else None
    if defined is None or not title.casefold().startswith(f"{defined.name.casefold()} "):
        return ""
    rest = title[len(defined.name) + 1 :]
    return defined.name if _ITS_KIND_AND_USE.fullmatch(rest) else ""


def _with_a_word_between(title: str, sections: list[Section]) -> str:
    """The title with one more word inside it, as the definition under it names the
    thing ('Sunset Header' / 'The Sunset HTTP Header (RFC 8594) is a standard header
    ...' -> 'Sunset HTTP Header'); else ''."""
    summary = next((s for s in sections if s.kind is SectionKind.SUMMARY and s.paragraphs), None)
    if summary is None or len(title) > _KIND_TITLE:
        return ""
    defined = definition_of(first_sentence(summary.paragraphs[0].text))
    if defined is None:
        return ""
    said, asked = defined.name.split(), title.casefold().split()
    folded = [word.casefold() for word in said]
    if len(said) != len(asked) + 1 or len(asked) < 2:
        return ""
    inside = any(folded[:k] + folded[k + 1 :] == asked for k in range(1, len(said) - 1))
    return defined.name if inside else ""


def _without_its_kind(title: str, opening: str) -> str:
    """The title's name without the kind of thing it is, where the first sentence defines
    it so ('Zero Trust Security Model' / 'Zero Trust is a security model that ...' ->
    'Zero Trust'); else ''."""
    if not opening or len(title) > _KIND_TITLE:
        return ""
    defined = definition_of(first_sentence(opening))
    if defined is None or not title.casefold().startswith(f"{defined.name.casefold()} "):
        return ""
    kind = title[len(defined.name) + 1 :]
    said = named_after_article(defined.predicate, kind)
    if said >= 0 and BOUNDARY.match(defined.predicate, said):
        return defined.name
    # 'Zero Trust Security Model' / 'Zero Trust is a cybersecurity framework ...': a kind
    # of the same sort, in other words
    if _KIND_LAST.search(kind) and _OF_A_KIND.match(defined.predicate):
        return defined.name
    # 'Pour-over coffee' / 'Pour-over is a manual way of brewing filter coffee: ...': the
    # one word left of the title said in what the sentence says it is
    head = re.split(r"[,:;(]", defined.predicate, maxsplit=1)[0]
    if " " not in kind and re.search(rf"\b{re.escape(kind)}\b", head, re.I):
        return defined.name
    return ""


# A title that places its name in a product or language: 'Log Shipping in SQL Server',
# 'Closures in JavaScript'.
_IN_A_SETTING = re.compile(
    r"(?P<name>[A-Za-z][\w-]*(?:[ \t][A-Za-z][\w-]*){0,3}?)[ \t]+in[ \t]+"
    r"[A-Z][\w.+#-]*(?:[ \t][A-Z][\w.+#-]*){0,2}"
)


def _without_its_setting(title: str, sections: list[Section]) -> str | None:
    """The title's name without the product or language it is placed in, where the page's
    first point opens on that name as its subject ('Log Shipping in SQL Server' / 'Log
    shipping allows automatic sending of ...' -> 'Log shipping'); else None."""
    found = _IN_A_SETTING.fullmatch(title)
    if found is None:
        return None
    # (the first point of one of the first sections: 'Introduction' may come before
    # 'What Is Provisioned Concurrency?' and its 'Provisioned Concurrency is ...')
    for section in sections[:_SETTING_REACH]:
        first = section.items[0].text if section.items else ""
        defined = definition_of(first_sentence(first), (found["name"],), loose=True)
        if first and defined is not None:
            return defined.name
    return None


_SETTING_REACH = 4  # sections a title's name without its setting is looked for in


# A dictionary site's words after the headword in its title: ' - definition and synonyms',
# ' | Definition & Meaning', ' noun definition in Buying a home topic from the ...'.
_DICTIONARY_SUFFIX = re.compile(
    r"(?:\s+[-–—|:]\s+(?:definitions?|meanings?)(?:\s+(?:and|&)\s+(?:synonyms|meanings?|"
    r"definitions?|examples|usage|pronunciation))?(?:\s+[-–—|].{0,60})?|"
    r"\s+(?:noun|verb|adjective|adverb)\s+(?:definition|meaning)\s+(?:in|from)\s.{0,120})$",
    re.I,
)
# A glossary's label before the term it heads: 'Explanation: Near field communication'.
_LABELLED_TITLE = re.compile(
    r"^(?:explanation|definition|meaning|term|please explain)\s*:\s+(?=\S+(?:\s+\S+){0,5}$)", re.I
)


def _by_its_body(title: str, opening: str) -> str:
    """The title with the standards body that publishes it, or the family it belongs to,
    as the page's first sentence defines it ('802.11ax' / 'IEEE 802.11ax (officially ...)
    is a ...' -> 'IEEE 802.11ax'); else ''."""
    defined = definition_of(first_sentence(opening)) if opening else None
    if defined is None:
        return ""
    for named in (defined.expansion, defined.name):
        if not named.casefold().startswith(f"{title.casefold()} "):
            continue
        if _GENERIC_KIND.fullmatch(named[len(title) + 1 :]):
            # "What is 'Open Source'?" / 'Open source software (OSS) is defined as ...': the
            # kind of thing said after the name
            return named
    if not defined.name.endswith(f" {title}"):
        return ""
    body = defined.name[: -len(title) - 1]
    # ('USB Power Delivery is a charging technology.' under 'What is Power Delivery?': the
    # family of standards it belongs to, in letters)
    return defined.name if _STANDARDS_BODY.fullmatch(body) or _LETTERS.fullmatch(body) else ""


_LETTERS = re.compile(r"[A-Z]{2,6}")
_GENERIC_KIND = re.compile(
    r"software|protocol|licen[cs]e|model|system|standard|format|language|service|framework|"
    r"technique|attack|pattern|principle"
)
_STANDARDS_BODY = re.compile(r"IEEE|ISO(?:/IEC)?|IETF|W3C|ANSI|ECMA|ITU(?:-T)?|NIST|ETSI")


def _closed_up(title: str, opening: str) -> str:
    """The title's words written as one, as the page's first sentence defines it ('Sub
    Domain' or 'Sub-domain' / 'A subdomain represents part of ...' -> 'subdomain'); else
    ''."""
    if not re.search(r"[\s-]", title.strip()) or not opening:
        return ""
    defined = definition_of(first_sentence(opening))
    if defined is None or " " in defined.name or "-" in defined.name:
        return ""
    joined = re.sub(r"[\s-]+", "", title).casefold()
    return defined.name if defined.name.casefold() == joined else ""


# A title's 'or' between two short names, every word capitalised: 'Photoperiod or
# Lighting Duration' (not 'Friend or foe', a choice in small letters).
_OTHER_NAME_AFTER = re.compile(
    r"^(?P<head>[A-Z][\w-]{2,30}(?:\s+[A-Z][\w-]*){0,2})\s+or\s+"
    r"(?P<other>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})$"
)


def _title_head(title: str) -> str:
    """The head of a title before its subtitle, when it may name the concept: one to five
    words, no comparison, no question after it; '' otherwise."""
    parts = SUBTITLE.split(title.strip(), maxsplit=1)
    other = _OTHER_NAME_AFTER.match(title.strip()) if len(parts) < 2 else None
    if other is not None:
        parts = [other["head"], other["other"]]  # 'Photoperiod or Lighting Duration'
    head = parts[0].strip()
    if len(parts) < 2 or not 1 <= len(head.split()) <= 5 or sets_side_by_side(head):
        return ""
    if "?" in parts[1] or "what" in parts[1].casefold():
        return ""  # 'Aspect ratio - what is this?': a question, read as the page's own
    return head


def _defined_head(title: str, sections: list[Section], tagline: str, fragments: bool) -> str:
    """The head of a title before its subtitle, when the page says what the head is
    ('Service Registry: Dynamic Service Discovery in Microservices' over a blurb, then
    'A service registry is a database of ...'); '' otherwise."""
    head = _title_head(title)
    said = _defined_as(sections, head, tagline, fragments) if head else ""
    return head if said and same_or_plural(said, head) else ""


def _opened_by_head(title: str, opening: str) -> str:
    """The head of a title before its subtitle, when the page's first sentence opens on
    it as its subject; '' otherwise."""
    head = _title_head(title)
    if not head:
        return ""
    said = opening.lstrip()
    if not said.casefold().startswith(f"{head.casefold()} "):
        return ""
    after = said[len(head) :].lstrip()
    # (the subject, then an aside or its verb: not 'Caching Strategies: ...' over
    # 'Caching strategies for APIs differ ...', whose subject goes on)
    return head if re.match(r"\(|(?:is|are|was|refers|means|describes)\b|[a-z]+s\b", after) else ""


def _opened_by_tail(title: str, opening: str) -> str:
    """The name after a title's colon, when the page's first sentence opens on it as its
    subject ('Money words made simple: Savings account' over 'Your savings account is
    ...'): the words before the colon are a series' or a site's; '' otherwise."""
    _, colon, tail = title.partition(": ")
    tail = tail.strip()
    if not colon or not tail or len(tail.split()) > 5:
        return ""
    said = _YOURS.sub("", opening.lstrip())
    if not said.casefold().startswith(f"{tail.casefold()} "):
        return ""
    # (the subject, then its verb: 'is', 'refers', 'studies')
    return tail if re.match(r"(?:is|are|[a-z]+s)\b", said[len(tail) :].lstrip()) else ""


# An opening's 'your', 'the' or 'a' before the name it goes on to define.
_YOURS = re.compile(r"^(?:(?:really|basically)\s+)?(?:your|the|an?)\s+", re.I)


# A title that calls its page a guide: 'Sponge Filter Guide'.
_GUIDE_TO = re.compile(r"\sguide$", re.I)


def _says_its_words(sections: list[Section], name: str) -> bool:
    """Whether every word of `name` is said in the opening items of the page's first two
    sections, whatever comes between them ('hang-on-back (HOB) filter')."""
    opening = " ".join(item.text for section in sections[:2] for item in section.items[:2])
    said = set(re.findall(r"[\w-]+", opening.casefold()))
    return all(word in said for word in re.findall(r"[\w-]+", name.casefold()))


def _opening_text(sections: list[Section]) -> str:
    """The first paragraph of the page's first section, if it opens with one."""
    first = sections[0].items[0] if sections and sections[0].items else None
    return first.text if first is not None and first.kind is ItemKind.PARAGRAPH else ""


_KIND_TITLE = 40  # characters of a short title that a first sentence may name with its kind
_KIND_WORDS = (
    r"(?:pattern|principle|model|method|algorithm|protocol|law|rule|architecture|framework|file|"
    r"technique|theorem|effect|fallacy|bias|paradigm|command|utility|variable|keyword|operator|"
    r"statement|directive)"
)
_KIND_AFTER = re.compile(rf"\s+{_KIND_WORDS}\b", re.I)
_KIND_LAST = re.compile(rf"(?:^|\s){_KIND_WORDS}$", re.I)
_OF_A_KIND = re.compile(rf"^(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}{_KIND_WORDS}\b", re.I)


def _summary_opening(sections: list[Section]) -> str | None:
    """The first paragraph of the first summary that has one; None when none has."""
    summary = next((s for s in sections if s.kind is SectionKind.SUMMARY and s.paragraphs), None)
    return summary.paragraphs[0].text if summary is not None else None


def _defined_as(sections: list[Section], name: str, tagline: str, fragments: bool) -> str:
    """How the page names `name` where it says what it is ('load balancer' for 'Load
    Balancers'): its marked summary, or a paragraph near the top (or the tagline) that
    defines it; '' when none does."""
    marked = _summary_opening(sections)
    if marked is not None:
        said = _named_where_defined(marked, name, marked=True)
        if said:
            return said
        # ('What Is Asset Allocation and Why It Matters' / 'Asset allocation determines
        # ...', after 'Introduction' / 'Asset allocation is the process of ...': the
        # definition stands in another section, and must name it there)
    unmarked = [s for s in sections if s.kind is not SectionKind.SUMMARY]
    text = _summary_opening(_with_definition(unmarked, (name,), tagline, fragments))
    if text is None:
        return ""
    return _named_where_defined(text, name, marked=marked is not None)


def _named_where_defined(text: str, name: str, marked: bool) -> str:
    """How `text`, a summary's opening, names `name` when it says what it is; when it
    says so in a way that names nothing ('It is ...', a fragment), `name` itself, or ''
    where the page marked a summary of its own."""
    defined = definition_of(first_sentence(text), (name,))
    if defined is None:
        # 'A reverse proxy provides ...' under 'Reverse proxies': by what it does, in the
        # singular (which that reading does not give back)
        single = _singular_opening(first_sentence(text), name)
        if single:
            return single
        # defined as 'It is ...' or by a fragment: as titled
        return "" if marked else name
    return defined.name if same_or_plural(name, defined.name) else name


# An article and the words after it that may name the subject: 'A reverse proxy ...'.
_ARTICLE_AND_NAME = re.compile(r"(?:an?|the)\s+(?P<name>[^\s,;:]+(?:\s+[^\s,;:]+){0,5})\s", re.I)


def _singular_opening(sentence: str, name: str) -> str:
    """`name` in the singular as `sentence` opens on it ('reverse proxy' for 'Reverse
    proxies'), when the sentence says what that does; '' otherwise."""
    opening = _ARTICLE_AND_NAME.match(sentence)
    if opening is None:
        return ""
    words = opening["name"].split()
    for size in range(1, len(words) + 1):
        said = " ".join(words[:size])
        if fold_name(said) != fold_name(name) and same_or_plural(name, said):
            loose = definition_of(sentence, (name,), loose=True)
            return said if loose is not None else ""
    return ""


# A title asking something other than what a thing is: 'Why does ...', 'How can I ...'.
def _defined_under(title: str, sections: list[Section]) -> str:
    """The first heading's term, when it is some of the title's words and the first
    paragraphs under it define it ('Percentile' under 'What is meant by 90 percentile
    marks'); '' otherwise."""
    heading = sections[0].heading.strip() if sections else ""
    named = content_words(heading)
    if not named or len(heading.split()) > 3 or not named < content_words(title):
        return ""
    # (its text, or that of the sub-heading right under it: '### Percentile definition')
    below = sections[0].paragraphs or (sections[1].paragraphs if len(sections) > 1 else ())
    for item in below[:3]:
        if definition_of(first_sentence(item.text), (heading,)) is not None:
            return heading
    return ""


def _name_answering(thing: str, paragraphs: list[str]) -> str:
    """The term the first sentence of some paragraph defines as `thing` (two of its words
    said again: 'The mode is the value that appears most frequently ...'), or ''."""
    wanted = content_words(thing)
    for text in paragraphs:
        sentence = first_sentence(text)
        term = term_of(sentence)
        if term and len(wanted & content_words(sentence)) >= 2 and not wanted & content_words(term):
            return term
    return ""


_ASKS_ELSE = re.compile(r"^(?:why|how|when|where|should|can|could|does|do|is|are)\s.*\S", re.I)


def _as_defined(title: str, sections: list[Section]) -> str:
    """A title written all in lower case ('cap theorem') as the page's definition writes
    it ('CAP theorem states ...'), when that has capitals of its own."""
    if title[1:] != title[1:].lower():
        return title
    text = _summary_opening(sections)
    if text is None:
        return title
    # After an article if one opens the text, else (the pattern's other way) at its start.
    for end in (named_after_article(text, title), written_at(text, 0, title)):
        if end >= 0 and BOUNDARY.match(text, end):
            said = text[end - len(title) : end]
            return title if said[1:] == said[1:].lower() else said
    return title


# A dictionary's expansion with no subject: 'Stands for "Blue Screen of Death."'.
_SUBJECTLESS_EXPANSION = re.compile(r"^(?:stands\s+for|short\s+for)\s", re.I)


def _names_then_defines(text: str, names: tuple[str, ...]) -> bool:
    """A paragraph opening with a sentence about the entry, then 'It is ...' defining it;
    or opening with what its name stands for, then 'The BSOD is ...'."""
    sentences = split_sentences(text)[:2]
    if len(sentences) < 2:
        return False
    if _SUBJECTLESS_EXPANSION.match(sentences[0]):
        return definition_of(sentences[1], names) is not None
    spelled = _SPELLED_THEN_SAID.match(text)
    if spelled is not None and spelled["short"] in names:
        return True  # 'DNS is short for Domain Name System. The system translates ...'
    if named_by_its_kind(sentences[0], names):
        # 'Claim Check pattern' / 'This pattern was first defined in ... . In a nutshell,
        # it is storing message data ...': the pattern of the title, by its kind
        return definition_of(sentences[1], names, pronoun=True) is not None
    ranked = RANKED_THEN_NAMED.match(sentences[0])
    # ('One of the more useful tools ... is a barlow lens. Invented ... by Peter Barlow,
    # it is a simple concave lens ...': named after its praise, then said what it is)
    term = ranked["name"] if ranked is not None else term_of(sentences[0])
    if not term or definition_of(f"{term} is a thing.", names) is None:
        return False
    return definition_of(sentences[1], names, pronoun=True) is not None


# A law's name over what it says, the page's first words: 'Hyrum's Law says:' / 'With a
# sufficient number of users ...'.
_LAW_SAYS = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:[ \t][\w'’.-]+){0,4}?[ \t](?i:law|principle|rule|theorem|"
    r"razor|effect))[ \t]+(?:says|states)[ \t]*:[ \t]*\n\s*(?P<said>[A-Z][^\n]{10,600})"
)
# A family's letters before a name: 'DORA - Change Failure Rate', 'OWASP: Injection'.
# (or the kinds it is one of, before a dash: 'Sailing Knots – Figure 8')
_FRAMED_BY = re.compile(
    r"(?:[A-Z][A-Z0-9]{1,9}[ \t]+[-–—:]|(?:[A-Z][a-z]+[ \t]){0,2}[A-Z][a-z]+s[ \t]+[-–—])[ \t]+"
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t][\w'’-]+){0,5})"
)


# Front matter as GitHub shows a Markdown file's, a table copied as text: 'title |
# excerpt |' / '---|---|' / 'Isomorphic |' / 'an application is said to be ... |'.
_FRONT_MATTER_TABLE = re.compile(
    r"(?P<keys>[a-z_]{2,20}(?:[ \t]*\|[ \t]*[a-z_]{2,20}){0,7})[ \t]*\|?[ \t]*\n"
    r"[ \t]*\|?[ \t]*-{3,}(?:[ \t]*\|[ \t]*-{3,}){0,7}[ \t]*\|?[ \t]*\n"
)


def _github_front_matter_read(text: str) -> str:
    """The page with a copied front matter table read as its title over its excerpt."""
    found = _FRONT_MATTER_TABLE.match(text)
    if found is None:
        return text
    keys = [key.strip() for key in found["keys"].split("|")]
    if "title" not in keys:
        return text
    cells = text[found.end() :].split("|", len(keys))
    if len(cells) <= len(keys):
        return text
    values = dict(zip(keys, (" ".join(cell.split()) for cell in cells), strict=False))
    said = "\n\n".join(values[key] for key in keys if key != "title" and values[key])
    return f"{values['title']}\n\n{said}\n{cells[-1]}"


# A post's title on using a thing: 'Using the Claim Check pattern'.
# A course's or book's part by its number, then its topic: 'Part 4: Generators'.
_NUMBERED_PART = re.compile(
    r"(?:part|chapter|unit|module|lesson|week|lecture)\s+\d{1,3}\s*[:·|—–-]\s+(?P<name>\S.{0,80})",
    re.I,
)
# A title that only says the name before it is explained: 'GTIN Defined', 'Webhooks
# Explained'.
_WRAPS_AFTER_ONLY = re.compile(r"^[\w.-]+(?:\s+[\w.-]+){0,3}\s+(?:defined|explained)$", re.I)

# The head of a post in an A-to-Z series: 'B is for Baste'.
_A_TO_Z = re.compile(r"^[A-Z]\s+is\s+for\s")
# A dictionary's head of a verb, the 'to' after a comma: 'Tack, to', 'Heave to, to'.
_VERB_HEAD = re.compile(r"(?P<name>[A-Za-z][\w'’-]*(?:\s[\w'’-]+){0,3}),\s+to")
_USING = re.compile(r"using\s+(?:the\s+|an?\s+)?(?=\S)", re.I)


# Why a page whose title was found is refused: nothing says what it names.
_NOTHING_DEFINED = "no sentence says what "


_FIRST_CLAUSE = re.compile(r"""(?:'[^'\n]*'|"[^"\n]*"|[^(:;'"])*""")


def _not_a_concept_page(error: ParseError, lines: list[str]) -> ParseError:
    """The page layout's reason, said for text that no layout could read as a concept
    (its first clause: 'has no section a card can be made from', without the headings
    it lists in brackets); a guess at what the text is only when its lines are a menu's."""
    if error.message.startswith(_NOTHING_DEFINED):
        return error  # the recovery found a title: what the page lacks is said already
    top = next((line.strip() for line in lines if line.strip()), "")
    if error.message.startswith("has no title") and _title_line(top):
        # 'ICMP Echo' over 'ICMP echo messages are sent to ...': the page has a title
        # line, which nothing on it defines
        return _nothing_defined(error.file, top)
    asked = title_from_question(top) if error.message.startswith("has no title") else None
    if asked is not None:
        # 'What are sedimentary rocks?' over paragraphs on sediment: the page asks what it
        # is about, and nothing on it says
        return _nothing_defined(error.file, upper_first(asked[0]))
    # (up to the first bracket, colon or semicolon outside the quoted title: 'its title
    # 'Part 4: Generators' names ...')
    first = _FIRST_CLAUSE.match(error.message)
    reason = first[0].rstrip() if first else error.message
    return ParseError(
        error.file,
        error.line,
        f"{reason}, and no sentence says what a term is: not a concept page"
        f"{' (a menu, a list of links?)' if _menu_like(lines) else ' as it stands'}; give it a "
        "title line and a definition",
    )


def _title_line(line: str) -> bool:
    """Whether a page's first line reads as a title: a few words, each but the small ones
    capitalised, no sentence's stop ('ICMP Echo', 'Private IP')."""
    from cards.headings import section_kind

    said = line.split()
    return (
        1 <= len(said) <= 6
        and not any(mark in line for mark in TERMINAL)  # ('Background: Logical Time')
        and all(word[:1].isupper() or word in _SMALL_WORDS for word in said)
        and not is_chrome_line(line)
        and section_kind(line) is None  # ('Concept', 'Overview': a part's heading)
    )


_SMALL_WORDS = frozenset(("a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "vs"))


def _menu_like(lines: list[str]) -> bool:
    """Whether a text's lines are mostly a few words each with no sentence's stop, as a
    menu's or a list of links' are (not prose that only never says what a thing is)."""
    said = [line.strip() for line in lines if line.strip()]
    short = [
        line
        for line in said
        # (not a table's rows: 'TRUE, T, F, UNK', '| a | b |')
        if len(line.split()) <= 6 and not line.endswith(TERMINAL) and not {",", "|"} & set(line)
    ]
    return len(short) * 3 > len(said) * 2


def _at_lines(entry: Entry, origin: Callable[[int], int]) -> Entry:
    """The entry with every line number mapped through `origin` (recovered text -> file)."""
    sections = tuple(
        replace(
            section,
            line=origin(section.line),
            items=tuple(
                replace(item, line=origin(item.line), answer_line=origin(item.answer_line))
                for item in section.items
            ),
        )
        for section in entry.sections
    )
    return replace(entry, sections=sections)


# Sections where a page may define its concept before any 'Summary' heading: the text
# under the title, an overview, or a section of unknown heading near the top.
_ANSWER_HEADING = re.compile(r"(?:the\s+|short\s+|quick\s+)?answer\s*[:-]?", re.I)
_MAY_DEFINE = frozenset({SectionKind.EXPLANATION, SectionKind.OTHER, SectionKind.SUMMARY})
# A point that says what the thing asked about is: 'It is the process of ...'.
_PRONOUN_OPENING = re.compile(r"(?:it|this)\s+(?:is|refers\s+to|means)\s", re.I)


# 'The OSI Model': a title of capitalised words after 'The' (not 'The cache layer').
_LEADING_THE = re.compile(r"^[Tt]he\s+(?=[A-Z][\w-]*\s+[A-Z])")
# How a Q&A site marks a question's state after its title.
_QA_STATE = re.compile(r"\[(?:closed|duplicate|solved|resolved|answered)\]$", re.I)


# 'Address Resolution Protocol (ARP)', 'TCP 3-Way Handshake (SYN, SYN-ACK, ACK)'.
_BRACKETED = re.compile(r"^(?P<name>[^()]{2,80}?)\s*\((?P<aside>[^()]{1,80})\)$")
_SQUARE_OR_REPEATED = re.compile(
    r"^(?P<name>[^()\[\]]{2,80}?)(?P<tail>(?:\s*\[[^\[\]()]{1,80}\]|"
    r"(?:\s*\([^()\[\]]{1,80}\)){2,})(?:\s*[\[(][^\[\]()]{1,80}[\])])*)$"
)
_ASIDE_TEXT = re.compile(r"[\[(]([^\[\]()]{1,80})[\])]")


# A name with its abbreviation glued on: 'top-level domainTLD'.
_GLUED_SHORT = re.compile(r"^(?P<name>\S.{1,80}?[a-z])(?P<short>[A-Z]{2,6})$")
# A name, a dash and its abbreviation: 'Quality of Service — QoS'.
_DASHED_SHORT = re.compile(r"^(?P<name>[^—–]{3,80}?)\s+[—–-]\s+(?P<short>[A-Za-z][\w/+.-]{1,9})$")


# A formula's marks: a LaTeX command, a power or an index ('\nu', 's^2', 'x_i').
_FORMULA = re.compile(r"[\\^_{}]")


# An abbreviation in brackets inside a name, the name's head after it.
_SHORT_INSIDE = re.compile(
    r"^(?P<long>[^()]{3,80}?)\s+\((?P<short>[A-Za-z][\w-]{1,10})\)\s+(?P<head>[\w-]+(?:\s+[\w-]+){0,2})$"
)


# A headword and its other name or spelling, both one word, the second in small letters:
# 'Staff, stave', 'colour, color' (not 'Paris, France').
_SECOND_SPELLING = re.compile(r"(?P<name>[A-Za-z][a-z-]+),\s+(?P<other>[a-z][a-z-]+)")


def _bracket_names(title: str) -> tuple[str, tuple[str, ...]]:
    """(title, other names) of a title with a bracket after the name: an abbreviation and
    what it stands for are both names ('Address Resolution Protocol (ARP)' keeps its
    title, named also 'Address Resolution Protocol' and 'ARP'); any other aside is not
    part of the name ('TCP 3-Way Handshake (SYN, SYN-ACK, ACK)' is 'TCP 3-Way
    Handshake'). An abbreviation and its expansion either side of a slash ('2FA /
    Two-Factor-Authentication') are the abbreviation, also named by the expansion."""
    glued = _GLUED_SHORT.match(title) if len(title) <= 90 else None
    if glued is not None and spells_out(glued["short"], glued["name"]):
        # 'top-level domainTLD': a glossary's name and abbreviation, their space lost
        return f"{glued['name']} ({glued['short']})", (glued["name"], glued["short"])
    slashed = slashed_names(title)
    if slashed is not None:
        return slashed[0], (slashed[1],)  # '2FA / Two-Factor-Authentication'
    dashed = _DASHED_SHORT.match(title) if len(title) <= 120 else None
    if dashed is not None and spells_out(dashed["short"], dashed["name"]):
        # 'Quality of Service — QoS': the name and its abbreviation, as a bracket gives them
        return f"{dashed['name']} ({dashed['short']})", (dashed["name"], dashed["short"])
    square = _SQUARE_OR_REPEATED.match(title) if len(title) <= 300 else None
    if square is not None:
        # 'Distributed Denial of Service [DDoS] [DDoS]': square brackets, said twice
        asides = set(_ASIDE_TEXT.findall(square["tail"]))
        name = square["name"].strip()
        aside = asides.pop().strip() if len(asides) == 1 else ""
        if aside and (spells_out(aside, name) or spells_out(name, aside)):
            return f"{name} ({aside})", (name, aside)
    inside = _SHORT_INSIDE.match(title) if len(title) <= 120 else None
    if inside is not None and spells_out(inside["short"], inside["long"]):
        # 'Structured Query Language (SQL) injection': asked as the page's readers say
        # it, 'SQL injection'
        return f"{inside['short']} {inside['head']}", (f"{inside['long']} {inside['head']}",)
    found = _BRACKETED.match(title)
    if found is None:
        return title, ()
    name, aside = found["name"].strip(), found["aside"].strip()
    if spells_out(aside, name) or spells_out(name, aside):
        return title, (name, aside)
    last = name.split()[-1]
    if len(name.split()) > 1 and spells_out(last, aside):
        # 'Arduino PWM (Pulse Width Modulation)': the aside spells out the name's last
        # word, the thing itself; 'Arduino' says where it is met
        return title, (name, last, aside)
    either = [part.strip() for part in re.split(r"\s+or\s+", aside)]
    if len(either) == 2 and name.casefold() in (part.casefold() for part in either):
        # 'Volume Pixel (Volume Pixel or Voxel)': the name, and the other it goes by
        other = either[1] if either[0].casefold() == name.casefold() else either[0]
        return name, (other,)
    other = re.fullmatch(
        r"(?:or|aka|a\.k\.a\.|also(?:\s+called)?)\s+(?P<other>[^,()]{2,40})", aside, re.I
    )
    if other is not None:
        return name, (other["other"].strip(),)  # 'Tile Placement (or Tile Laying)'
    if "," in aside or len(aside.split()) > 4 or _FORMULA.search(aside):
        # ('degrees of freedom, (\nu)': the symbol a formula writes it with)
        return name.rstrip(" ,"), ()
    return title, ()


def _spelled_out(sections: list[Section], tagline: str, title: str) -> str:
    """The name a paragraph near the top defines, when it is the title with its
    abbreviation spelled out ('Open Systems Interconnection model' under 'The OSI
    Model'); '' when none is."""
    if not any(is_abbreviation(word) for word in title.split()):
        return ""
    near = [tagline, *(item.text for section in sections[:2] for item in section.paragraphs[:3])]
    for text in near:
        found = definition_of(first_sentence(text)) if text else None
        if found is not None and spelled_out_name(found.name, title):
            return found.name
    return ""


# A paragraph led by a label: 'Mutex (Mutual Exclusion): '.
_LABEL_LEAD = re.compile(
    r"(?P<label>[^:()\n]{1,50}?)(?:(?:\s*\([^()\n]{1,60}\))?\s*:\s+(?=\S)|"
    # 'RACE CONDITION (n.) A situation in which ...': a glossary's headword and its part
    # of speech before the gloss
    rf"\s*\({SPEECH_PART_WORD}\.?\)\s+(?=[A-Z])|"
    # 'Eventual Consistency, A consistency model used ...': a comma where the colon goes,
    # the gloss's capital the sign
    r",\s+(?=(?:An?|The)\s))"
)


def _without_own_label(sections: list[Section], names: tuple[str, ...]) -> list[Section]:
    """`sections` with the entry's own name taken off the front of its summary's first
    paragraph ('What is Race condition?' / 'Race condition: The circumstances where
    ...'), as a glossary sets its term before the gloss."""
    at = next(k for k, s in enumerate(sections) if s.kind is SectionKind.SUMMARY and s.paragraphs)
    summary = sections[at]
    first = summary.paragraphs[0]
    gloss = _own_label(first.text, names)
    if not gloss:
        return sections
    items = tuple(replace(item, text=gloss) if item is first else item for item in summary.items)
    return [*sections[:at], replace(summary, items=items), *sections[at + 1 :]]


def _own_label(text: str, names: tuple[str, ...]) -> str:
    """The paragraph after a label that is the entry's own name ('Mutex (Mutual
    Exclusion): A mutex is ...'), as a glossary sets its term before the gloss; ''
    when no such label leads it."""
    found = _LABEL_LEAD.match(text)
    if found is None or not any(same_or_plural(found["label"].strip(), n) for n in names if n):
        return ""
    return text[found.end() :]


def _unnamed_gloss(sentence: str, names: tuple[str, ...]) -> bool:
    """Whether a sentence under a note's title never names it, as a gloss leaves out its
    headword ('The property of an operation that ...' under '# Idempotence'); a sentence
    naming it ('The time complexity of an algorithm quantifies ...') says it another way."""
    if names and sets_side_by_side(names[0]):
        return False  # a comparison's opening speaks of its two sides, glossing neither
    said = sentence.casefold()
    return not any(name.casefold() in said for name in names if name)


def _names_it_closer(heading: str, names: tuple[str, ...]) -> bool:
    """Whether a heading is the entry's name with a word before it that narrows it:
    'Video Container Format' under the title 'Container Format'."""
    words = heading.casefold().split()
    return any(
        len(words) == len(name.split()) + 1 and " ".join(words[1:]) == name.casefold()
        for name in names
        if name
    )


def _promises_its_meaning(heading: str, names: tuple[str, ...]) -> bool:
    """Whether a heading promises what the entry's name means: 'Opportunity Cost
    Meaning:', 'Definition of Firmware', 'Osmosis defined'."""
    if _BARE_MEANING_HEADING.fullmatch(heading):
        return True  # 'Circuit Breaker' / 'Description' / 'A pattern used to handle ...'
    found = _MEANING_HEADING.fullmatch(heading)
    said = (found["before"] or found["after"] or "") if found is not None else ""
    return bool(said) and any(same_or_plural(said, name) for name in names if name)


_BARE_MEANING_HEADING = re.compile(rf"{DEFINITION_LABEL}\s*:?", re.I)
_MEANING_HEADING = re.compile(
    r"(?:(?P<before>[^:]{2,60}?)\s+(?:meaning|definition|defined)|"
    r"(?:the\s+)?(?:meaning|definition)\s+of\s+(?:an?\s+|the\s+)?(?P<after>[^:]{2,60}?))\s*:?",
    re.I,
)


def _defining_part(tagline: str) -> str:
    """The tagline's first sentence, or its second after one that only spells out the
    name's letters ('It stands for User Datagram Protocol. UDP is a way of ...')."""
    sentences = split_sentences(tagline)
    if len(sentences) > 1 and SPELLS_ONLY.match(sentences[0]):
        return sentences[1]
    return first_sentence(tagline)


def _with_definition(
    sections: list[Section],
    names: tuple[str, ...],
    tagline: str,
    fragments: bool = False,
    tagline_line: int = 0,
) -> list[Section]:
    """Make the paragraph that defines the entry its summary, when none is marked.

    A glossary entry or a web page rarely has a 'Summary' heading: its definition is the
    first paragraph that says what the concept is ("A CDN (Content Delivery Network) is
    ..."), usually right under the title. That paragraph becomes a summary section of
    its own, so the entry gets its "What is X?" card. The tagline comes first when it
    defines the entry by name; else the first paragraphs, a dictionary's gloss among
    them; last the tagline read loosely ('This is ...', a gloss).
    """
    if any(s.kind is SectionKind.SUMMARY and s.paragraphs for s in sections):
        return _without_own_label(sections, names)
    if fragments:
        tagline = without_dictionary_lead(tagline)
    # ('Hinted Handoff, A technique in which ...': the term before its gloss, as below)
    tagline = _own_label(tagline, names) or tagline
    # The tagline says what the entry is, by name: it comes before any paragraph below
    # it ('A structured query language (SQL) is ...' over 'The Structured Query Language
    # uses ...'), which counts only as it would without one.
    if tagline and definition_of(_defining_part(tagline), names) is not None:
        return _tagline_first(sections, tagline, tagline_line)
    # (right under the title, a Markdown note's first line may gloss it as a dictionary
    # does: '# Idempotence' / 'The property of an operation that ...')
    tagline_defines = (
        definition_of(
            first_sentence(tagline),
            names,
            pronoun=True,
            loose=True,
            fragment=fragments or _unnamed_gloss(first_sentence(tagline), names),
        )
        if tagline
        else None
    )
    for index, section in enumerate(sections[:4]):
        # A numbered list's heading names it, but where nothing else defines the page's
        # concept, a paragraph before the list may: 'A one-time pad (OTP) is ... Key
        # concepts include:'
        led = (
            section.kind is SectionKind.LIST
            and bool(section.items)
            and section.items[0].kind is ItemKind.PARAGRAPH
            and tagline_defines is None
        )
        # 'Answer -' over '1. It is the process of switching the CPU ...': an interview
        # page answers its question in numbered points, the first saying what it is
        answered = (
            section.kind is SectionKind.LIST
            and _ANSWER_HEADING.fullmatch(section.heading.strip()) is not None
            and bool(section.items)
            and _PRONOUN_OPENING.match(section.items[0].text) is not None
        )
        # 'Key Takeaways' over '• Brute Force is an automated trial-and-error method ...'
        # at the page's top: its first point says what the page's concept is
        key_point = (
            index == 0
            and section.kind is SectionKind.TAKEAWAYS
            and bool(section.items)
            and definition_of(first_sentence(section.items[0].text), names) is not None
        )
        if section.kind not in _MAY_DEFINE and not led and not answered and not key_point:
            continue
        paragraphs = (section.items[0],) if answered or key_point else section.paragraphs
        # 'Opportunity Cost Meaning:' over 'The cost inherent in making a choice ...': a
        # heading that promises what the name means, over a gloss without a verb
        meaning_heading = _promises_its_meaning(section.heading.strip(), names)
        for k, item in enumerate(paragraphs[:3]):
            # 'This is ...' right under the title means the title; so does a gloss under
            # a dictionary's part of speech ('noun phrase').
            under_title = (
                (
                    not led  # (the lead of a list is read strictly)
                    and index == 0
                    and not section.heading
                    and all(_dictionary_line(p.text, fragments) for p in paragraphs[:k])
                )
                or (
                    # 'Time-based One-Time Password' over 'A commonly used algorithm for ...':
                    # the entry's other name as a heading, over its gloss; a Q&A page's
                    # 'Answer' under its 'What is X?' title
                    k == 0
                    and (
                        any(same_or_plural(section.heading.strip(), name) for name in names)
                        or _ANSWER_HEADING.fullmatch(section.heading.strip()) is not None
                        or _names_it_closer(section.heading.strip(), names)
                        or meaning_heading
                    )
                )
            )
            # A dictionary's gloss, without its pronunciation, part of speech or field.
            gloss = without_dictionary_lead(item.text) if under_title and fragments else ""
            labelled = _own_label(item.text, names)
            if labelled:
                # 'Mutex (Mutual Exclusion): A mutex is a ...', 'deadlock: n. 1. [techspeak] A'
                # (or below a paragraph of advice: 'Photoperiod: Refers to the number of
                # hours ...', the entry's name as a glossary's label is its gloss's)
                gloss = without_dictionary_lead(labelled)
                under_title = True
            # A note's first paragraph right under its heading may gloss it as a
            # dictionary does: '# Recursion' / 'When a function calls itself.'
            opening = under_title and index == 0 and k == 0 and not section.heading
            defined = definition_of(
                first_sentence(gloss or item.text),
                names,
                pronoun=under_title,
                loose=under_title,
                fragment=fragments
                or (opening and _unnamed_gloss(first_sentence(item.text), names))
                or (meaning_heading and k == 0),
            )
            if defined is None and meaning_heading and k == 0:
                said = first_sentence(item.text)
                if _unnamed_gloss(said, names) and is_noun_phrase(re.sub(r"^The\s", "A ", said)):
                    # 'The cost inherent in making a choice, and ...' under 'Opportunity
                    # Cost Meaning': a gloss, its 'the' no sign of a sentence
                    defined = Definition(names[0], "", "", said)
            # 'A webhook is also known as X. It is a way to ...' defines it too.
            if defined is None and not _names_then_defines(item.text, names):
                continue
            if (
                defined is not None
                and glosses_when(first_sentence(tagline))
                and definition_of(first_sentence(gloss or item.text), names) is None
            ):
                # 'When Git can't combine changes ...' right under 'Merge Conflicts', then
                # 'This is the tax you pay for collaboration.': the gloss says what it is
                return _tagline_first(sections, tagline, tagline_line)
            if (
                defined is not None
                and tagline_defines is not None
                and fragments
                and definition_of(first_sentence(gloss or item.text), names, pronoun=under_title)
                is None
            ):
                # Two glosses, neither naming the entry: the tagline's, right under the
                # title ('In animation, the process of binding ...'), comes first; 'The
                # surface of a character ... is called the skin' below it is a part's
                return _tagline_first(sections, tagline, tagline_line)
            if (
                defined is not None
                and tagline_defines is not None
                and fragments
                and _A_ROLE.match(defined.predicate)
            ):
                # A gloss under the title ('A persistent row of top-level destinations
                # ...') over 'The tab bar is the primary navigation on most mobile apps':
                # the gloss says what kind of thing it is, the sentence which role it plays
                return _tagline_first(sections, tagline, tagline_line)
            if defined is not None and tagline_defines is not None and fragments and k >= 2:
                # A gloss right under the title ('Sends several data streams at once ...')
                # over a paragraph that names the entry only further down ('Spatial
                # multiplexing is a standard feature of ...'): the gloss says what it is
                return _tagline_first(sections, tagline, tagline_line)
            if defined is not None and not defined.predicate and tagline_defines is not None:
                # A gloss under the title ('A set of HTML attributes that ...') says what
                # it is; a paragraph below only what it, or a part of it, does. When both
                # say what it does ('An upsert inserts a row, or updates it ...' over
                # 'Upserts avoid the race-prone pattern ...'), the first one does.
                return _tagline_first(sections, tagline, tagline_line)
            # The labels above it ('noun phrase') go with it; the gloss keeps only itself.
            taken = {id(other) for other in paragraphs[: k + 1]} if under_title else {id(item)}
            if gloss and gloss != item.text and defined is not None:
                item = replace(item, text=gloss)
            return _summary_taken(sections, index, item, taken)
    if tagline and (tagline_defines is not None or _expands_then_acts(tagline, names)):
        return _tagline_first(sections, tagline, tagline_line)
    if tagline and _opening_says_enough(first_sentence(tagline), names):
        # 'A Mail Exchange (MX) record is used to identify an email server ...' under 'Mail
        # Exchange (MX) Records', all the page says of what it is: what it is used for
        return _tagline_first(sections, tagline, tagline_line)
    if tagline_line and len(split_sentences(tagline)) >= _OPENING_SENTENCES:
        # 'Most people have several thousand files ... Fortunately, all hard disks use a
        # file system, which organizes ...' under 'File System': no tagline but the page's
        # opening paragraph, read with the rest (it was dropped, and the page with it)
        point = Item(ItemKind.PARAGRAPH, tagline, tagline_line)
        first = Section(SectionKind.EXPLANATION, "", tagline_line, (point,))
        return _defined_further_in([first, *sections], names) or [first, *sections]
    return (
        _defined_further_in(sections, names)
        or _use_first(sections, names)
        or _spelled_or_its_idea_first(sections, names)
        or sections
    )


def _spelled_or_its_idea_first(
    sections: list[Section], names: tuple[str, ...]
) -> list[Section] | None:
    """The sections with the first paragraph that spells out the entry's letters, or says
    what its main idea is, made the summary from that sentence on ('RAM stands for
    "Random Access Memory". The reason ...' under 'RAM Basics 101'), when nothing says
    what it is; None otherwise."""
    read = _first_said_in_each_paragraph(
        sections,
        lambda sentence: expansion_of(sentence, names) is not None or idea_of(sentence, names),
        sections_read=2,
    )
    found = next(read, None)
    return _summary_from(sections, *found[:3]) if found is not None else None


def _use_first(sections: list[Section], names: tuple[str, ...]) -> list[Section] | None:
    """The sections with the paragraph opening the page made the summary, when its first
    sentence says enough of the entry ('A .gitignore file is used in Git to specify ...',
    then more on it) and nothing says what it is; None otherwise."""
    first = sections[0] if sections else None
    if first is None or first.heading or first.kind not in _MAY_DEFINE or not first.paragraphs:
        return None
    opening = first.paragraphs[0]
    if not _opening_says_enough(first_sentence(opening.text), names):
        return None
    return _summary_taken(sections, 0, opening, {id(opening)})


def _opening_says_enough(sentence: str, names: tuple[str, ...]) -> bool:
    """Whether the sentence opening a page says enough of its concept for a card, without
    saying what it is: what it is used for, what a status code means, what things with
    the quality do ('Idempotent operations produce ...' under 'Idempotency'), how it goes
    ('How HTTP/2 carries many requests over one connection ...')."""
    return (
        _says_its_use(sentence, names)
        or bool(status_code(names[0]))
        or things_with_the_quality(strip_end(sentence), names[0]) is not None
        or HOW_IT_GOES.fullmatch(sentence.strip()) is not None
    )


# A sentence that says what its subject is used for: 'An MX record is used to ...'.
_USED_FOR = re.compile(
    r"(?:(?:an?|the)\s+)?(?P<subject>[^,;:]{2,80}?)\s+(?:is|are)\s+(?:\w+ly\s+)?used\s+"
    r"(?:(?:in|within|on)\s+[\w.-]+(?:\s+[\w.-]+){0,3}\s+)?(?:to|for)\s+\w",
    re.I,
)


def _says_its_use(sentence: str, names: tuple[str, ...]) -> bool:
    """Whether `sentence` says what one of `names` is used for, naming it as its subject
    (an abbreviation in brackets aside: 'A Mail Exchange (MX) record')."""
    used = _USED_FOR.match(sentence)
    if used is None:
        return False
    subject = collapse(_SHORT_ASIDE.sub("", used["subject"]))
    bare_names = [collapse(_SHORT_ASIDE.sub("", name)) for name in names if name]
    return any(either_number(name, subject) for name in bare_names)


# A short aside in brackets inside a name: '(MX)' of 'Mail Exchange (MX) record'.
_SHORT_ASIDE = re.compile(r"\([^()]{1,20}\)")


# The sentences a line under the title holds when it is the page's opening paragraph,
# not a tagline ('Everything you need to know about DNS.').
_OPENING_SENTENCES = 3


# A predicate that names the role a thing plays, not what kind of thing it is: 'the
# primary navigation on most mobile apps'.
_A_ROLE = re.compile(r"^the\s+(?:primary|main|principal|default|standard|usual|preferred)\s", re.I)
# A definition that points back to the sentence before it: 'Alpha blending is the name
# for this type of control' means nothing without what that sentence said.
_BACK_TO_THE_LAST = re.compile(
    r"^(?:the\s+\w+\s+(?:for|of)\s+)?(?:this|that|these|those|such)\b", re.I
)


def _defined_further_in(sections: list[Section], names: tuple[str, ...]) -> list[Section] | None:
    """The sections with the paragraph that defines the entry by name a few sentences in
    split there, its definition on as the summary: 'Hello there! ... Today we talk about
    "What is a motherboard?" A motherboard is the main circuit board ...'. Only a
    sentence naming the entry as its subject counts (none of 'This is ...'); None when
    none does."""
    read = _first_said_in_each_paragraph(
        sections, lambda sentence: definition_of(sentence, names), sections_read=4, skip=1
    )
    for index, item, sentence, defined in read:
        if not _BACK_TO_THE_LAST.match(defined.predicate):
            return _summary_from(sections, index, item, sentence)
    return None


def _first_said_in_each_paragraph(
    sections: list[Section],
    says: Callable[[str], T | None],
    *,
    sections_read: int,
    skip: int = 0,
) -> Iterator[tuple[int, Item, str, T]]:
    """For each of the first paragraphs that may define the entry (three of each of the
    first `sections_read` sections), its first sentence after the first `skip` of which
    `says` gives something, with where it stands and what `says` gave."""
    for index, section in enumerate(sections[:sections_read]):
        if section.kind not in _MAY_DEFINE:
            continue
        for item in section.paragraphs[:3]:
            for sentence in split_sentences(item.text)[skip:SENTENCES_IN]:
                said = says(sentence)
                if said:
                    yield index, item, sentence, said
                    break


def _summary_from(sections: list[Section], index: int, item: Item, sentence: str) -> list[Section]:
    """The sections with `item` of section `index` made the summary from `sentence` on."""
    point = replace(item, text=item.text[item.text.find(sentence) :])
    return _summary_taken(sections, index, point, {id(item)})


def _summary_taken(
    sections: list[Section], index: int, point: Item, taken: set[int]
) -> list[Section]:
    """The sections with `point` made the summary in the place of section `index`, whose
    items in `taken` (by id) it replaces; the rest of that section stays after it."""
    section = sections[index]
    summary = Section(SectionKind.SUMMARY, section.heading, section.line, (point,))
    rest = tuple(other for other in section.items if id(other) not in taken)
    kept = [replace(section, items=rest)] if rest else []
    return [*sections[:index], summary, *kept, *sections[index + 1 :]]


def _dictionary_line(text: str, fragments: bool) -> bool:
    """A line a dictionary sets between the headword and its gloss: the part of speech,
    or in a pasted page a word or two such as 'Synonyms' and 'polymorphic'."""
    line = text.strip()
    if PART_OF_SPEECH.fullmatch(line):
        return True
    return fragments and len(line.split()) <= 3 and not line.endswith((".", "!", "?", ":"))


def _expands_then_acts(tagline: str, names: tuple[str, ...]) -> bool:
    """Whether a tagline spells its name out, then says what the thing does: 'RAID is an
    acronym for Redundant Array of Inexpensive Disks. RAID provides a means to ...'."""
    first, second, *_ = [*split_sentences(tagline), "", ""]
    expanded = expansion_of(first, names) if second else None
    if expanded is None or expanded.predicate:
        return False
    return definition_of(letters_said_again(second, names), names, loose=True) is not None


def _tagline_first(sections: list[Section], tagline: str, line: int) -> list[Section]:
    """The sections with the tagline first, as the summary, at its own line (front
    matter's, on no line of the text: the first section's)."""
    line = line or (sections[0].line if sections else 1)
    return [
        Section(SectionKind.SUMMARY, "", line, (Item(ItemKind.PARAGRAPH, tagline, line),)),
        *sections,
    ]


def _other_names(sections: list[Section], names: tuple[str, ...]) -> tuple[str, ...]:
    """The abbreviation or expansion the definition gives ('CDN' <-> 'content delivery network')."""
    summary = next((s for s in sections if s.kind is SectionKind.SUMMARY and s.paragraphs), None)
    if summary is None:
        return ()
    opening = first_sentence(summary.paragraphs[0].text)
    if _SUBJECTLESS_EXPANSION.match(opening) and names:
        # 'Stands for "Blue Screen of Death."' under the title 'BSOD'
        spelled = expansion_of(f"{names[0]} {opening[0].lower()}{opening[1:]}", names)
        return (spelled.expansion,) if spelled is not None else ()
    found = definition_of(opening, names, pronoun=True, loose=True)
    if found is None:
        return ()
    if found.name not in names and any(
        spells_out(found.name, name)
        or blends(found.name, name)
        or law_turned(name).casefold() == found.name.casefold()
        for name in names
    ):
        # 'XML defines ...' under 'Extensible Markup Language'; 'Syscalls are ...' under
        # 'System Call'
        return (found.name,)
    return tuple(n for n in (found.abbreviation, found.expansion) if n)


def _unique(words: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for word in words:
        word = collapse(word)
        if word and word.casefold() not in seen:
            seen[word.casefold()] = word
    return tuple(seen.values())
