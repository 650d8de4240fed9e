"""Entry files in, `Entry` values out.

Three layouts import with no edits (see DESIGN.md): the plain-text page layout of
`backend.vca.txt`, Markdown with optional YAML front matter, and glossaries whose
headings say the same things in other words. Each layout only finds its title, its
metadata and where its sections start; turning a section's lines into items, and a
heading into a `SectionKind` (through the one table in `cards.headings`), is shared.

Every failure is a `ParseError` with file, line and a sentence a person understands.
Line numbers are those of the original file, front matter included.
"""

from __future__ import annotations

import datetime
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from cards.headings import USABLE, meta_field, section_kind
from cards.model import Entry, Item, ItemKind, Layout, ParseError, Section, SectionKind, slugify
from cards.text import collapse, indent, list_marker, plain, split_lines

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
    if len(data) > MAX_BYTES:
        raise ParseError(file, 0, _too_big(len(data)))
    if default_path is None:
        default_path = _folder_path(location)
    return parse_bytes(data, file, default_path)


def parse_bytes(data: bytes, file: str, default_path: str = "") -> Entry:
    """Decode an entry file's bytes (UTF-8, a BOM allowed) and parse them.

    Raises:
        ParseError: binary content, text that is not UTF-8, or a text that is not an entry.
    """
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
    return parse(text, file, default_path)


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
    lines = split_lines(text)
    if not any(line.strip() for line in lines):
        raise ParseError(file, 1, "is empty: an entry needs a title and at least one section")
    meta = _Meta()
    if _is_markdown(lines):
        segments = _markdown_segments(lines, file, meta)
        layout = Layout.MARKDOWN
    else:
        segments, layout = _plain_segments(lines, file, meta)
    return _entry(file, layout, meta, segments, lines, default_path)


# --------------------------------------------------------------------------- bytes


# Control bytes that never appear in text; tab, newlines, form feed and ESC are left
# out because editors and terminals produce them (ESC is removed later, with escapes).
_CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 27), *range(28, 32), 127])


def _refuse_binary(data: bytes, file: str) -> None:
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


def _folder_path(location: Path) -> str:
    name = location.absolute().parent.name
    words = collapse(re.sub(r"[-_]+", " ", name))
    # 'system-basics' reads better as 'System Basics'; a name with capitals is kept.
    return words.title() if words.islower() else words


# --------------------------------------------------------------------------- shared shapes


class _Line(NamedTuple):
    no: int  # 1-based line in the file
    text: str
    question: bool = False  # a Markdown sub-heading inside an FAQ: a question by position


@dataclass
class _Segment:
    """A heading and the raw lines under it, before they become items."""

    heading: str  # "" for text before the first heading
    line: int
    kind: SectionKind | None  # None: a heading the synonym table does not know
    body: list[_Line] = field(default_factory=list)


@dataclass
class _Meta:
    title: str = ""
    tagline: str = ""
    tags: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    path: str = ""
    next: str = ""
    step: int | None = None
    labelled_title: bool = False  # the title came from a 'Term:' line


_TERMINAL = tuple(".!?;,:…。！？；，：")
_SCORE = re.compile(r"^\d{1,3}(?:[.,]\d+)?\s*/\s*\d{1,3}$")
_LABEL = re.compile(r"^(?P<label>[^:]{1,40}?)\s*:\s*(?P<rest>.*)$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_UNDERLINE = re.compile(r"^ {0,3}(?:={3,}|-{3,})$")


def _title_like(text: str, max_words: int = 10) -> bool:
    """A short line with no sentence ending: could be a title or a bare heading."""
    s = plain(text)
    return (
        0 < len(s) <= 80
        and len(s.split()) <= max_words
        and not s.endswith(_TERMINAL)
        and s[0].isalnum()
        and not s[0].islower()  # capitalised, a digit, or a script without case
        and any(c.isalpha() for c in s)
        and list_marker(text) is None
        and _SCORE.match(s) is None
    )


def _blank(lines: list[str], i: int) -> bool:
    return i < 0 or i >= len(lines) or not lines[i].strip()


def _fenced_lines(lines: list[str], start: int = 0) -> set[int]:
    """Indexes of lines inside (or opening/closing) ``` fences, where nothing is structure."""
    fenced: set[int] = set()
    opener = ""
    for i in range(start, len(lines)):
        match = _FENCE.match(lines[i])
        if opener:
            fenced.add(i)
            if match and match.group(1)[0] == opener[0] and len(match.group(1)) >= len(opener):
                opener = ""
        elif match:
            fenced.add(i)
            opener = match.group(1)
    return fenced


# --------------------------------------------------------------------------- metadata lines

_NEXT_IN = re.compile(
    r"^(?P<way>next|previous|prev) (?:in|on) (?P<path>[^:]{1,80}?)\s*:\s*(?P<step>\S.{0,120})$",
    re.I,
)
_STEP = re.compile(r"^step (\d{1,4})(?: of \d{1,4})?$", re.I)
_TAG_LINE = re.compile(r"^[^#]*(?:#[^\s#][^#]*)+$")


def _tags_of(text: str) -> list[str] | None:
    """'Updated ...Editorial policy#System Basics#Logic#Server' -> its tags."""
    if not _TAG_LINE.match(text) or text.endswith(_TERMINAL):
        return None
    prefix, *parts = text.split("#")
    tags = [collapse(part) for part in parts]
    if not prefix.strip() and len(tags) < 2:
        return None  # '#1 rule of caching' is a line of text, not a tag
    if all(0 < len(tag) <= 40 and len(tag.split()) <= 4 for tag in tags):
        return tags
    return None


def _split_list(text: str) -> list[str]:
    return [collapse(part) for part in re.split(r"[,;]", text) if part.strip()]


def _take_meta(text: str, meta: _Meta, anywhere: bool) -> bool:
    """Record a metadata line ('Next in X: Y', a tag line, 'Tags: ...'); False if not one.

    Label lines ('Term: Cache') count only where `anywhere` says the line stands alone,
    so 'Name: Alice' inside an example stays text.
    """
    if ":" not in text and "#" not in text and text.lstrip()[:4].casefold() != "step":
        return False  # the common case, decided without a regex
    s = plain(text)
    if (match := _NEXT_IN.match(s)) is not None:
        meta.path = meta.path or collapse(match["path"])
        if match["way"].casefold() == "next":
            meta.next = meta.next or collapse(match["step"]).rstrip(".")
        return True
    if (tags := _tags_of(s)) is not None:
        meta.tags.extend(tags)
        return True
    if not anywhere:
        return False
    if (match := _STEP.match(s)) is not None:
        meta.step = meta.step or int(match.group(1)) or None
        return True
    label = _LABEL.match(s)
    if label is None or not label["rest"].strip():
        return False
    name, value = meta_field(label["label"]), collapse(label["rest"])
    if name == "title":
        meta.labelled_title = meta.labelled_title or not meta.title
        meta.title = meta.title or value
    elif name == "tags":
        meta.tags.extend(tag.lstrip("#") for tag in _split_list(value))
    elif name == "aliases":
        meta.aliases.extend(_split_list(value))
    elif name == "path":
        meta.path = meta.path or value
    elif name == "next":
        meta.next = meta.next or value.rstrip(".")
    elif name == "step" and value.isdigit() and int(value) > 0:
        meta.step = meta.step or int(value)
    else:
        return False
    return True


def _strip_meta(lines: list[str], meta: _Meta, skip: set[int]) -> None:
    """Blank out metadata lines in place, so they never become section text."""
    previous_meta = False
    for i, line in enumerate(lines):
        if i in skip or not line.strip() or list_marker(line) is not None:
            previous_meta = False
            continue
        # A label line must stand alone: a block of its own, or among other label lines.
        starts = _blank(lines, i - 1) or previous_meta
        ends = starts and (_blank(lines, i + 1) or ":" in lines[i + 1])
        if _take_meta(line, meta, anywhere=ends):
            lines[i] = ""
            previous_meta = True
        else:
            previous_meta = False


# --------------------------------------------------------------------------- plain text


class _Head(NamedTuple):
    text: str
    kind: SectionKind | None
    rest: str | None = None  # text after 'Label:' on the heading's own line
    skip: int = 1  # lines the heading takes (2 with an underline)
    colon: bool = False  # written 'Label:' (the glossary habit)


def _plain_heading(
    lines: list[str], i: int, current: SectionKind | None, after_blank: bool, bare: bool
) -> _Head | None:
    """The heading that line i is, in a plain-text file, or None.

    The caller only asks at the start of a block. `bare` allows unknown headings with
    no colon, which need a blank line both sides to be told from a short paragraph.
    """
    line = lines[i]
    s = plain(line)
    # A question is never a heading in plain text: FAQ questions are bare lines too.
    if not s or s.endswith("?") or list_marker(line) is not None:
        return None
    in_faq = current is SectionKind.FAQ
    if i + 1 < len(lines) and _UNDERLINE.match(lines[i + 1]) and _title_like(s, 12):
        return _Head(s, section_kind(s), skip=2)
    kind = section_kind(s)
    if kind is not None and len(s.split()) <= 8:
        return _Head(s.rstrip(": "), kind, colon=s.endswith(":"))
    if s.endswith(":") and not in_faq and _title_like(s[:-1], max_words=4):
        return _Head(s[:-1].rstrip(), None, colon=True)
    if (head := _inline_label(line, current)) is not None:
        return head
    if (
        bare
        and after_blank
        and _title_like(s)
        and (_blank(lines, i + 1) or list_marker(lines[i + 1]) is not None)
    ):
        return _Head(s, None)
    return None


def _plain_segments(lines: list[str], file: str, meta: _Meta) -> tuple[list[_Segment], Layout]:
    lines = list(lines)
    _strip_meta(lines, meta, _fenced_lines(lines))
    first = next(
        (
            i
            for i in range(len(lines))
            if _blank(lines, i - 1) and _plain_heading(lines, i, None, True, bare=False)
        ),
        len(lines),
    )
    start = _plain_header(lines, first, meta)
    intro = _Segment("", 0, SectionKind.EXPLANATION)
    segments, current = [intro], intro
    colons = bare = 0
    after_blank = after_heading = True
    after_label = False
    i = start
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            current.body.append(_Line(i + 1, ""))
            after_blank, after_label, i = True, False, i + 1
            continue
        head = None
        if after_blank or after_heading:
            head = _plain_heading(lines, i, current.kind, after_blank, bare=not _awaits(current))
        elif after_label:
            head = _chained_label(line, current.kind)
        if head is None:
            # In a block of label lines a wrapped value does not end the block.
            current.body.append(_Line(i + 1, line))
            after_blank = after_heading = False
            i += 1
            continue
        current = _Segment(head.text, i + 1, head.kind)
        segments.append(current)
        colons, bare = colons + head.colon, bare + (not head.colon)
        if head.rest is not None:
            current.body.append(_Line(i + 1, head.rest))
        after_blank, after_heading, after_label = False, head.rest is None, head.rest is not None
        i += head.skip
    # Layout only records how the file was written: glossaries name the term on a
    # label line or write their headings 'Label:'; pages use bare lines.
    glossary = meta.labelled_title or colons >= max(bare, 1)
    return segments, Layout.GLOSSARY if glossary else Layout.PAGE


def _awaits(segment: _Segment) -> bool:
    """An FAQ whose last line is a question: what follows is its answer, not a heading."""
    if segment.kind is not SectionKind.FAQ:
        return False
    last = next((ln.text for ln in reversed(segment.body) if ln.text.strip()), "")
    return plain(last).endswith("?")


def _plain_header(lines: list[str], first: int, meta: _Meta) -> int:
    """Find the title and tagline among the lines before the first heading.

    A page starts with short lines (the site's name, the title) and then a sentence
    (the tagline). The title is the short line the opening sentences talk about, so a
    site name such as 'VCA' above 'Backend' is passed over. Returns the index where
    sections begin.
    """
    blocks = _blocks(lines, 0, first)
    candidates: list[tuple[int, str]] = []  # short one-line blocks at the top
    tagline: tuple[int, int] | None = None
    for a, b in blocks:
        if b - a == 1 and _title_like(lines[a], 8) and len(candidates) < 3:
            candidates.append((a, plain(lines[a])))
            continue
        if list_marker(lines[a]) is None:
            tagline = (a, b)
        break
    resume = 0
    if meta.title:
        # A 'Term:' line named the entry: a short line repeating the name is chrome.
        while candidates and candidates[0][1].casefold() == meta.title.casefold():
            resume = candidates.pop(0)[0] + 1
        if candidates:
            return candidates[0][0]  # any other short line is a heading
    elif candidates:
        chosen = _choose_title(lines, candidates)
        meta.title = chosen[1]
        resume = chosen[0] + 1
        after = candidates[candidates.index(chosen) + 1 :]
        if after:
            last = after == candidates[-1:] and blocks[-1][0] == after[0][0]
            long_enough = len(after[0][1].split()) >= 4
            if last and long_enough and tagline is None and first < len(lines):
                # One line of a few words between the title and the first heading: a
                # tagline written without a full stop.
                meta.tagline = after[0][1]
                return after[0][0] + 1
            return after[0][0]  # short lines after the title are headings, not chrome
    else:
        return 0  # no title: parse() says so
    if tagline is None:
        return resume
    meta.tagline = meta.tagline or plain(" ".join(lines[tagline[0] : tagline[1]]))
    return tagline[1]


def _choose_title(lines: list[str], candidates: list[tuple[int, str]]) -> tuple[int, str]:
    """The candidate the opening sentences talk about; the first when they name none."""
    sentences = [
        " ".join(lines[a:b])
        for a, b in _blocks(lines, 0, len(lines))[:12]
        if b - a > 1 or not _title_like(lines[a])
    ]
    about = plain(" ".join(sentences[:3])).casefold()
    mentioned = [c for c in candidates if _mentions(about, c[1])]
    return mentioned[-1] if mentioned else candidates[0]


def _mentions(text: str, name: str) -> bool:
    stem = name.casefold()
    stem = stem[:-1] if stem.endswith("s") else stem  # 'Databases' is about 'database'
    return re.search(rf"(?<!\w){re.escape(stem)}s?(?!\w)", text) is not None


def _blocks(lines: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """[a, b) index ranges of runs of non-blank lines."""
    blocks: list[tuple[int, int]] = []
    a = None
    for i in range(start, end):
        if lines[i].strip():
            a = i if a is None else a
        elif a is not None:
            blocks.append((a, i))
            a = None
    if a is not None:
        blocks.append((a, end))
    return blocks


# --------------------------------------------------------------------------- Markdown

_END_MATTER = frozenset({SectionKind.RELATED, SectionKind.NEXT})
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")


def _is_markdown(lines: list[str]) -> bool:
    """Front matter or a '#' heading outside code makes a file Markdown."""
    first = next((line for line in lines if line.strip()), "")
    if first.strip() == "---":
        return True
    fenced = _fenced_lines(lines)
    return any(
        i not in fenced and (match := _ATX.match(line)) is not None and bool(match.group(2))
        for i, line in enumerate(lines)
    )


def _markdown_segments(lines: list[str], file: str, meta: _Meta) -> list[_Segment]:
    lines = list(lines)
    start = _front_matter(lines, file, meta)
    fenced = _fenced_lines(lines, start)
    heads, underlines = _markdown_heads(lines, start, fenced)
    _strip_meta(lines, meta, fenced | underlines | set(heads) | set(range(start)))

    title_at = _title_heading(heads, meta)
    levels = [level for i, (level, _) in heads.items() if i != title_at]
    section_level = min(levels, default=1)

    preamble = _Segment("", 0, SectionKind.OTHER)  # badges and such above '# Title'
    intro = preamble if title_at is None else _Segment("", 0, SectionKind.EXPLANATION)
    segments, current = [preamble], preamble
    after_blank, after_label = True, False
    for i in range(start, len(lines)):
        line = lines[i]
        if i in underlines:
            continue
        if i == title_at:
            segments.append(intro)
            current, after_blank, after_label = intro, True, False
            continue
        if i in heads:
            level, text = heads[i]
            kind = section_kind(text)
            if current.kind is SectionKind.FAQ and level > section_level:
                current.body.append(_Line(i + 1, text, question=True))
            elif level <= section_level or kind is not None:
                current = _Segment(text, i + 1, kind)
                segments.append(current)
            else:
                # An unknown sub-heading inside a section stays with it, as a paragraph.
                current.body.extend((_Line(i + 1, ""), _Line(i + 1, text), _Line(i + 1, "")))
            after_blank, after_label = True, False
            continue
        label = None
        if i not in fenced and (after_blank or after_label):
            label = (_inline_label if after_blank else _chained_label)(line, current.kind)
        if label is not None:
            current = _Segment(label.text, i + 1, label.kind, [_Line(i + 1, label.rest or "")])
            segments.append(current)
        else:
            current.body.append(_Line(i + 1, line))
        after_blank = not line.strip()
        after_label = (after_label or label is not None) and not after_blank
    if not meta.tagline:
        meta.tagline = _take_tagline(intro)
    return _fold_questions(segments)


def _fold_questions(segments: list[_Segment]) -> list[_Segment]:
    """'## Can X?' headings right after '## FAQ', at its level, are its questions."""
    folded: list[_Segment] = []
    for segment in segments:
        faq = folded[-1] if folded and folded[-1].kind is SectionKind.FAQ else None
        if faq is not None and segment.heading.endswith("?"):
            faq.body.append(_Line(segment.line, segment.heading, question=True))
            faq.body.extend(segment.body)
        else:
            folded.append(segment)
    return folded


def _markdown_heads(
    lines: list[str], start: int, fenced: set[int]
) -> tuple[dict[int, tuple[int, str]], set[int]]:
    """Headings by line index, as (level, text); and the '===' underline lines used."""
    heads: dict[int, tuple[int, str]] = {}
    underlines: set[int] = set()
    for i in range(start, len(lines)):
        if i in fenced or i in underlines:
            continue
        line = lines[i]
        match = _ATX.match(line)
        if match is not None:
            text = plain(match.group(2) or "").rstrip(":").rstrip()
            if text:
                heads[i] = (len(match.group(1)), text)
            else:
                underlines.add(i)  # an empty '#': nothing to keep
        elif (
            i + 1 < len(lines)
            and i + 1 not in fenced
            and _UNDERLINE.match(lines[i + 1])
            and _blank(lines, i - 1)
            and list_marker(line) is None
            and _title_like(line, 12)
        ):
            heads[i] = (1 if "=" in lines[i + 1] else 2, plain(line).rstrip(":").rstrip())
            underlines.add(i + 1)
    return heads, underlines


def _title_heading(heads: dict[int, tuple[int, str]], meta: _Meta) -> int | None:
    """The index of the heading that names the entry ('# Backend'), if there is one."""
    if not heads:
        return None
    first = min(heads)
    level, text = heads[first]
    named = meta.title and text.casefold() == meta.title.casefold()
    if level == 1 or named or (not meta.title and section_kind(text) is None):
        meta.title = meta.title or text
        return first
    return None


def _inline_label(line: str, current: SectionKind | None) -> _Head | None:
    """'Common misconception: that ...' at the start of a paragraph opens that section.

    Not when the label names the section the paragraph is already in, and inside an
    FAQ only for what ends a page ('See also: ...'): answers may well start 'For
    example: ...'.
    """
    if ":" not in line or list_marker(line) is not None:
        return None
    label = _LABEL.match(plain(line))
    if label is None or not label["rest"].strip() or len(label["label"].split()) > 5:
        return None
    kind = section_kind(label["label"])
    if kind is None or kind is current:
        return None
    if current is SectionKind.FAQ and kind not in _END_MATTER:
        return None
    return _Head(label["label"], kind, rest=label["rest"], colon=True)


def _chained_label(line: str, current: SectionKind | None) -> _Head | None:
    """A label line right under another ('Definition: ...' then 'Example: ...').

    Only a capitalised label counts, so a wrapped sentence that happens to continue
    with 'for example: ...' stays in its paragraph.
    """
    head = _inline_label(line, current)
    return head if head is not None and not head.text[:1].islower() else None


def _take_tagline(intro: _Segment) -> str:
    """Move the first paragraph under the title out of the intro: it is the tagline."""
    body = intro.body
    start = next((k for k, ln in enumerate(body) if ln.text.strip()), None)
    if start is None or list_marker(body[start].text) or _FENCE.match(body[start].text):
        return ""
    end = next((k for k in range(start, len(body)) if not body[k].text.strip()), len(body))
    tagline = plain(" ".join(ln.text for ln in body[start:end]))
    del body[start:end]
    return tagline


def _front_matter(lines: list[str], file: str, meta: _Meta) -> int:
    """Read YAML front matter into `meta`; return the index of the first line after it."""
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    if lines[first].strip() != "---":
        return 0
    end = next((j for j in range(first + 1, len(lines)) if lines[j].strip() in ("---", "...")), -1)
    if end < 0:
        raise ParseError(
            file, first + 1, "front matter opens with '---' but no '---' line closes it"
        )
    import yaml  # type: ignore[import-untyped]  # only front matter pays for the import

    try:
        # The C loader is about 8x faster, which matters when importing many entries.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load("\n".join(lines[first + 1 : end]), Loader=loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        # A mark past the last line (an unclosed bracket) points at the last line.
        line = min(first + 2 + mark.line, max(end, first + 1)) if mark else first + 1
        problem = getattr(error, "problem", None) or "it cannot be read"
        raise ParseError(file, line, f"the front matter is not valid YAML: {problem}") from None
    except RecursionError:
        raise ParseError(file, first + 1, "the front matter is nested too deeply") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ParseError(file, first + 1, "the front matter should be 'key: value' lines")
    values = {str(key).casefold(): value for key, value in data.items()}

    def line_of(key: str) -> int:
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*:", re.I)
        hit = next((j for j in range(first + 1, end) if pattern.match(lines[j])), first)
        return hit + 1

    def text(key: str) -> str:
        value = values.get(key)
        if value is None:
            return ""
        if isinstance(value, bool) or not isinstance(value, _SCALARS):
            raise ParseError(file, line_of(key), f"front matter '{key}' should be text")
        return collapse(str(value))

    def words(key: str) -> list[str]:
        value = values.get(key)
        if value is None:
            return []
        if isinstance(value, _SCALARS) and not isinstance(value, bool):
            return _split_list(str(value))
        if isinstance(value, list) and all(
            isinstance(v, _SCALARS) and not isinstance(v, bool) for v in value
        ):
            return [collapse(str(v)) for v in value if collapse(str(v))]
        raise ParseError(file, line_of(key), f"front matter '{key}' should be a list of words")

    meta.title = text("title")
    meta.path = text("path")
    meta.next = text("next")
    meta.tagline = text("tagline") or text("description")
    meta.tags = words("tags")
    meta.aliases = words("aliases")
    meta.step = _step(values.get("step"), file, line_of("step"))
    return end + 1


_SCALARS = (str, int, float, datetime.date)


def _step(value: object, file: str, line: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ParseError(file, line, "front matter 'step' should be a whole number from 1 up")
    return value


# --------------------------------------------------------------------------- section bodies

_RULE = re.compile(r"^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,})$")
_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]*-[\s:|-]*$")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_Q_PREFIX = re.compile(r"^(?:q|question)\s*[:.]\s*", re.I)
_A_PREFIX = re.compile(r"^(?:a|answer)\s*:\s*", re.I)


@dataclass
class _Piece:
    """A paragraph, list item, code block or question heading, as its raw lines."""

    kind: ItemKind
    lines: list[_Line]
    code: bool = False

    @property
    def line(self) -> int:
        return self.lines[0].no if self.lines else 0

    @cached_property
    def text(self) -> str:
        if self.code:
            return "\n".join(ln.text for ln in self.lines).strip("\n")
        return plain(" ".join(ln.text for ln in self.lines))


def _pieces(body: list[_Line]) -> list[_Piece]:
    """Group a section's lines into paragraphs and list items.

    A list item continues on the following lines until a blank line, and after a
    blank line on indented lines (Markdown's multi-paragraph items).
    """
    pieces: list[_Piece] = []
    current: _Piece | None = None
    after_blank = True
    fence = ""
    for ln in body:
        text = ln.text
        if fence:
            match = _FENCE.match(text)
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence, current = "", None
            elif current is not None:
                current.lines.append(ln)
            continue
        if ln.question:
            pieces.append(_Piece(ItemKind.QUESTION, [ln]))
            current, after_blank = None, True
            continue
        if (match := _FENCE.match(text)) is not None:
            fence = match.group(1)
            current = _Piece(ItemKind.PARAGRAPH, [], code=True)
            pieces.append(current)
            continue
        text = _QUOTE.sub("", text)
        if not text.strip() or _RULE.match(text):
            after_blank = True
            if current is not None and current.kind is ItemKind.PARAGRAPH:
                current = None
            continue
        if text.lstrip().startswith("|"):
            if not _TABLE_RULE.match(text):
                pieces.append(_Piece(ItemKind.BULLET, [_Line(ln.no, _row(text))]))
            current, after_blank = None, False
            continue
        marker = list_marker(text)
        listed = current is not None and current.kind in (ItemKind.BULLET, ItemKind.NUMBERED)
        if marker is not None:
            current = _Piece(marker.kind, [_Line(ln.no, marker.text)])
            pieces.append(current)
        elif current is not None and (not after_blank or (listed and indent(text) >= 2)):
            current.lines.append(_Line(ln.no, text))
        else:
            current = _Piece(ItemKind.PARAGRAPH, [_Line(ln.no, text)])
            pieces.append(current)
        after_blank = False
    return [piece for piece in pieces if piece.text]


def _row(text: str) -> str:
    """A table row as text: '| Market demand | 5/5 |' -> 'Market demand: 5/5'."""
    cells = [cell.strip() for cell in text.strip().strip("|").split("|")]
    cells = [cell for cell in cells if cell]
    return ": ".join(cells) if len(cells) == 2 else " | ".join(cells)


def _items(kind: SectionKind | None, body: list[_Line]) -> tuple[Item, ...]:
    if kind is SectionKind.SCORECARD:
        return _scores(body)
    pieces = _pieces(body)
    if kind is SectionKind.FAQ:
        return _questions(pieces)
    items = [_item(piece) for piece in pieces]
    if kind is SectionKind.RELATED:
        items = [part for item in items for part in _related(item)]
    return tuple(items)


def _item(piece: _Piece) -> Item:
    kind = ItemKind.PARAGRAPH if piece.kind is ItemKind.QUESTION else piece.kind
    return Item(kind, piece.text, piece.line)


def _related(item: Item) -> list[Item]:
    """'API, Database, CDN' under 'Related' is three names, not one sentence."""
    names = _split_list(item.text.rstrip("."))
    if (
        item.kind is ItemKind.PARAGRAPH
        and len(names) > 1
        and all(len(n.split()) <= 5 for n in names)
    ):
        return [Item(ItemKind.BULLET, name, item.line) for name in names]
    return [item]


def _question(piece: _Piece) -> tuple[str, int, _Piece | None] | None:
    """(question, line, the rest of the piece as answer) when a piece asks something."""
    if piece.code:
        return None
    first = plain(piece.lines[0].text)
    rest = _Piece(ItemKind.PARAGRAPH, piece.lines[1:]) if len(piece.lines) > 1 else None
    if piece.kind is ItemKind.QUESTION or first.endswith("?") or _Q_PREFIX.match(first):
        return _Q_PREFIX.sub("", first), piece.line, rest if rest and rest.text else None
    whole = piece.text
    if whole.endswith("?") and len(whole) <= 300:  # a question wrapped over lines
        return _Q_PREFIX.sub("", whole), piece.line, None
    return None


def _questions(pieces: Iterable[_Piece]) -> tuple[Item, ...]:
    """FAQ pieces as QUESTION items: each question takes the pieces up to the next one.

    A question with no answer is kept as a paragraph: there is nothing to recall.
    """
    items: list[Item] = []
    asked: tuple[str, int] | None = None
    answer: list[_Piece] = []

    def close() -> None:
        if asked is None:
            return
        if not answer:
            items.append(Item(ItemKind.PARAGRAPH, asked[0], asked[1]))
            return
        text = ""
        for k, part in enumerate(answer):
            listed = part.kind in (ItemKind.BULLET, ItemKind.NUMBERED)
            words = f"- {part.text}" if listed else part.text
            if k == 0:
                words = _A_PREFIX.sub("", words)
            joined = listed and k > 0 and answer[k - 1].kind in (ItemKind.BULLET, ItemKind.NUMBERED)
            text = words if k == 0 else text + ("\n" if joined else "\n\n") + words
        items.append(Item(ItemKind.QUESTION, asked[0], asked[1], text, answer[0].line))

    for piece in pieces:
        question = _question(piece)
        if question is not None and question[0]:
            close()
            asked, answer = (question[0], question[1]), []
            if question[2] is not None:
                answer.append(question[2])
        elif asked is not None:
            answer.append(piece)
        else:
            items.append(_item(piece))
    close()
    return tuple(items)


_LABELLED_SCORE = re.compile(r"[\s:\-–—|]+(\d{1,3}(?:[.,]\d+)?\s*/\s*\d{1,3})$")


def _scores(body: list[_Line]) -> tuple[Item, ...]:
    """Scorecard lines: 'label' then 'N/5' on the next line, or 'label: N/5' on one."""
    items: list[Item] = []
    label: _Line | None = None
    for ln in body:
        marker = list_marker(ln.text)
        text = plain(_row(ln.text) if ln.text.lstrip().startswith("|") else ln.text)
        if marker is not None:
            text = plain(marker.text)
        if not text or (_TABLE_RULE.match(ln.text) and "-" in ln.text):
            continue
        if _SCORE.match(text) and label is not None:
            items.append(Item(ItemKind.BULLET, f"{label.text}: {collapse(text)}", label.no))
            label = None
            continue
        if label is not None:
            items.append(Item(ItemKind.PARAGRAPH, label.text, label.no))
            label = None
        score = _LABELLED_SCORE.search(text)
        if score is not None and score.start() > 0:
            pair = f"{text[: score.start()]}: {collapse(score.group(1))}"
            items.append(Item(ItemKind.BULLET, pair, ln.no))
        else:
            label = _Line(ln.no, text)
    if label is not None:
        items.append(Item(ItemKind.PARAGRAPH, label.text, label.no))
    return tuple(items)


# --------------------------------------------------------------------------- the Entry


def _entry(
    file: str,
    layout: Layout,
    meta: _Meta,
    segments: list[_Segment],
    lines: list[str],
    default_path: str,
) -> Entry:
    sections: list[Section] = []
    for segment in segments:
        items = _items(segment.kind, segment.body)
        if not segment.heading:
            # Text above the first heading: kept, but only a section when there is some.
            if items:
                untitled = segment.kind or SectionKind.OTHER
                sections.append(Section(untitled, "", items[0].line, items))
            continue
        # An unknown heading keeps its text; over a numbered list it names that list.
        numbered = any(item.kind is ItemKind.NUMBERED for item in items)
        kind = segment.kind or (SectionKind.LIST if numbered else SectionKind.OTHER)
        sections.append(Section(kind, segment.heading, segment.line, items))

    first_line = next((i + 1 for i, line in enumerate(lines) if line.strip()), 1)
    title = plain(meta.title).rstrip(":").strip()
    if not title:
        raise ParseError(
            file,
            first_line,
            "has no title: put the entry's name on the first line, as a '# Title' "
            "heading, or as 'title:' in front matter",
        )
    if not any(section.kind in USABLE and section.items for section in sections):
        found = ", ".join(repr(s.heading) for s in sections if s.heading) or "none"
        raise ParseError(
            file,
            sections[0].line if sections else first_line,
            "has no section a card can be made from (headings found: "
            f"{found}); add one such as 'Summary', 'Key takeaways' or 'FAQ'",
        )
    next_step = meta.next
    if not next_step:
        pointers = [s.items[0].text for s in sections if s.kind is SectionKind.NEXT and s.items]
        if pointers and len(pointers[0].split()) <= 6:
            next_step = pointers[0].rstrip(".")
    return Entry(
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
        aliases=tuple(a for a in _unique(meta.aliases) if a.casefold() != title.casefold()),
    )


def _unique(words: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for word in words:
        word = collapse(word)
        if word and word.casefold() not in seen:
            seen[word.casefold()] = word
    return tuple(seen.values())
