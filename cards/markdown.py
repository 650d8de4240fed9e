"""The Markdown layout, read with markdown-it-py: front matter, headings, lists, quotes.

The parser does the reading; this module walks its token stream. Each block becomes
one canonical line of a `Segment` body (a paragraph, `- item`, `1. item`), so
`cards.body` turns Markdown, pages and glossaries into items the same way. Code, raw
HTML and tables are not prose to learn from and are passed over (a table under a
scorecard heading is kept row by row). Template macros of documentation sites
(`{{Glossary("IP address", "IP addresses")}}`) read as the words they show.

The '# Title' heading names the entry, the first paragraph under it is the tagline,
and the headings one level below are its sections. Front matter ('title', 'path',
'step', 'next', 'tags', 'aliases') wins over what the text says.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from cards.defining import definition_of
from cards.headings import section_kind
from cards.meta import Meta, split_list, strip_meta
from cards.model import ParseError, SectionKind
from cards.segments import Line, Segment
from cards.sentences import first_sentence, plural_ending, split_sentences
from cards.text import collapse

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

# A '#' heading outside code: what makes a plain file Markdown (cards.parsing asks).
ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")

# {{Name}} or {{Name("a", 'b', 3)}}: a bounded argument list keeps the scan linear.
_MACRO = re.compile(
    r"\{\{\s*([A-Za-z_][\w.:-]{0,40})\s*"
    r"(?:\(((?:\"[^\"\n]{0,200}\"|'[^'\n]{0,200}'|[^(){}\"'\n]){0,40})\))?\s*\}\}"
)
_ARGUMENT = re.compile(r"\"([^\"\n]*)\"|'([^'\n]*)'")
# Macros whose second argument is the text shown in place of the first.
_SHOWN_SECOND = frozenset(
    name.casefold()
    for name in (
        "Glossary",
        "domxref",
        "jsxref",
        "cssxref",
        "htmlelement",
        "svgelement",
        "HTTPHeader",
        "HTTPMethod",
        "HTTPStatus",
        "Link",
        "event",
        "interwiki",
    )
)
# A callout marker opening a quote: '> [!NOTE]', '> **Note:**'.
_CALLOUT = re.compile(r"^\[!\w{1,20}\]\s*|^(?:note|warning|callout|tip)\s*:\s*", re.I)
_INTERWIKI_TAIL = re.compile(r"\s+on (?:wikipedia|mdn|wiktionary)$", re.I)


def expand_macros(text: str) -> str:
    """Template macros replaced by the words they show; unknown ones with no text vanish."""
    if "{{" not in text:
        return text
    return _MACRO.sub(_shown, text)


def _shown(match: re.Match[str]) -> str:
    name = match.group(1).casefold()
    values: list[str] = [
        a if a is not None else b for a, b in _ARGUMENT.findall(match.group(2) or "")
    ]
    values = [value for value in values if value.strip()]
    if not values:
        return ""
    if name == "interwiki":
        return values[1] if len(values) > 1 else ""
    if name in _SHOWN_SECOND and len(values) > 1:
        return values[1]
    return values[0]


# Block rules that start only on a character a document may not hold: without it the
# rule can never match, so the document parses the same with it off, and no line is
# tried against it (about a fifth of the block parser's time on prose and lists).
_RULE_MARKS = (
    ("table", "|"),
    ("fence", "`~"),
    ("blockquote", ">"),
    ("html_block", "<"),
    ("reference", "["),
)


def _parser() -> MarkdownIt:
    return _parser_without(())


def _block_parser(text: str) -> MarkdownIt:
    """The parser for `text`'s blocks: `_parser()` less the rules `text` cannot start."""
    return _parser_without(
        tuple(rule for rule, marks in _RULE_MARKS if not any(mark in text for mark in marks))
    )


@lru_cache(maxsize=1 << len(_RULE_MARKS))  # one for each set of rules left out
def _parser_without(rules: tuple[str, ...]) -> MarkdownIt:
    from markdown_it import MarkdownIt  # loaded only when a Markdown file is read

    # Inline markup is parsed by `_inline`, for the blocks read and only when the text
    # holds a character an inline rule starts on (most prose holds none).
    return (
        MarkdownIt("commonmark", {"html": True})
        .enable("table")
        .disable(["inline", "text_join", *rules])
    )


# The characters an inline rule of the parser (CommonMark's) starts on: line breaks,
# escapes, code, emphasis, links and images, autolinks and raw HTML, entities. Text
# without any of them is one run of plain text.
_INLINE_MARKUP = re.compile(r"[\n\\`*_\[!<&]")


@dataclass
class _Block:
    """One block of the document: a heading, paragraph, list item or table row."""

    kind: str  # "heading", "paragraph", "bullet", "numbered", "row"
    line: int  # 1-based, in the whole file
    text: str
    level: int = 0  # a heading's level


def _inline(token: Token, env: dict[str, object], breaks: str = " ") -> str:
    """An inline token's text: emphasis, links and code kept as their words.

    A paragraph keeps its line breaks (`breaks="\\n"`): a bold question on the line
    above its answer is an FAQ pair. `env` is the document's (its link references).
    """
    content = token.content
    if _INLINE_MARKUP.search(content) is None:
        return collapse(content)
    parser = _parser()
    parts: list[str] = []
    for child in parser.inline.parse(content, parser, env, []):
        # 'text_special' is an escaped or entity character, text once joined.
        if child.type in ("text", "text_special", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(breaks)
        elif child.type == "image":
            parts.append(child.content)
    return "\n".join(collapse(part) for part in "".join(parts).split("\n")).strip("\n")


def _blocks(text: str, offset: int) -> list[_Block]:
    """The document's blocks in order; `offset` lines (front matter) come before `text`."""
    env: dict[str, object] = {}
    tokens = _block_parser(text).parse(text, env)
    blocks: list[_Block] = []
    lists: list[str] = []  # open lists, innermost last: "bullet" or "numbered"
    item: _Block | None = None  # the top-level list item being read
    row: list[str] | None = None
    row_line = 0
    quote = 0
    for k, token in enumerate(tokens):
        kind = token.type
        start = offset + (token.map[0] + 1 if token.map else 0)
        if kind == "bullet_list_open":
            lists.append("bullet")
        elif kind == "ordered_list_open":
            lists.append("numbered")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open" and len(lists) == 1:
            item = _Block(lists[-1], start, "")
            blocks.append(item)
        elif kind == "list_item_close" and len(lists) == 1:
            item = None
        elif kind == "blockquote_open":
            quote += 1
        elif kind == "blockquote_close":
            quote -= 1
        elif kind == "tr_open":
            row, row_line = [], start
        elif kind in ("th_open", "td_open") and row is not None:
            row.append(_inline(tokens[k + 1], env) if tokens[k + 1].type == "inline" else "")
        elif kind == "tr_close" and row is not None:
            blocks.append(_Block("row", row_line, "| " + " | ".join(row) + " |"))
            row = None
        elif kind == "html_block" and item is None and not lists:
            blocks.extend(_html_blocks(token.content, start))
        elif kind == "inline" and row is None:
            opener = tokens[k - 1]
            prose = opener.type == "paragraph_open" and item is None
            words = _inline(token, env, "\n" if prose else " ")
            if opener.type == "heading_open":
                blocks.append(_Block("heading", start, words, int(opener.tag[1:])))
            elif item is not None:
                # Nested items and later paragraphs of an item run on in its text.
                joiner = (
                    ""
                    if not item.text
                    else (": " if len(lists) > 1 and ":" not in item.text else "; ")
                )
                item.text = f"{item.text}{joiner}{words}" if item.text else words
            elif words:
                if quote:
                    words = _CALLOUT.sub("", words)
                if words:
                    blocks.append(_Block("paragraph", start, words))
    return [block for block in blocks if block.text]


def _html_blocks(fragment: str, start: int) -> list[_Block]:
    """Raw HTML in Markdown (older glossaries are written so): its headings and prose."""
    if "<" not in fragment:
        return []
    from cards.html import fragment_blocks

    found = []
    for kind, line, text in fragment_blocks(fragment):
        at = start + line - 1
        if kind.startswith("h"):
            found.append(_Block("heading", at, text, int(kind[1:])))
        else:
            found.append(_Block(kind, at, text))
    return found


def markdown_segments(lines: list[str], file: str, meta: Meta) -> list[Segment]:
    lines = list(lines)
    start = _front_matter(lines, file, meta)
    body = [expand_macros(line) for line in lines[start:]]
    # Metadata lines ('Tags: a, b', 'Next in X: Y') are blanked before the text is read:
    # only paragraph lines may be one, never a heading, a list item or code.
    first = _blocks("\n".join(body), start)
    prose = {b.line - 1 - start for b in first if b.kind == "paragraph"}
    spans = {i for i in range(len(body)) if i not in prose}
    before = list(body)
    # A label line below '# Pod' ('name: pod-nginx' in a pasted manifest) names nothing.
    titled_at = next(
        (b.line - 1 - start for b in first if b.kind == "heading" and b.level == 1), None
    )
    strip_meta(body, meta, spans, titled_at)
    # Parsed again only when a metadata line was blanked (most files have none).
    blocks = first if body == before else _blocks("\n".join(body), start)

    heads = [b for b in blocks if b.kind == "heading"]
    title_at = _title_heading(heads, meta)
    levels = [b.level for b in heads if b is not title_at]
    section_level = min(levels, default=1)

    preamble = Segment("", 0, SectionKind.OTHER)  # badges and such above '# Title'
    intro = preamble if title_at is None else Segment("", 0, SectionKind.EXPLANATION)
    if title_at is None and meta.title:
        preamble.kind = SectionKind.EXPLANATION  # front matter named it: the text is its intro
    segments, current = [preamble], preamble
    for block in blocks:
        if block is title_at:
            segments.append(intro)
            current = intro
            continue
        if block.kind == "heading":
            if current.kind is SectionKind.FAQ and block.level > section_level:
                current.body.append(Line(block.line, block.text, question=True))
                continue
            kind = section_kind(block.text)  # not looked up for each question above
            if block.level <= section_level or kind is not None:
                current = Segment(block.text, block.line, kind)
                segments.append(current)
            else:
                # An unknown sub-heading inside a section stays with it, as a paragraph.
                current.body.extend(_paragraph(block.line, block.text))
            continue
        if block.kind == "row" and current.kind is not SectionKind.SCORECARD:
            continue  # a table elsewhere is no prose: its cells run together
        if block.kind == "paragraph":
            label = _label(block, current)
            if label is not None:
                current = label
                segments.append(current)
                continue
        current.body.extend(_canonical(block))
    if not meta.tagline and intro is not preamble:
        meta.tagline = _take_tagline(intro, meta)
    return _fold_questions(segments)


def _label(block: _Block, current: Segment) -> Segment | None:
    """A paragraph opening 'Common misconception: ...' starts that section; so does one
    that is only a label ('Pros:' over its bullets, under '## Pros and cons')."""
    from cards.segments import inline_label

    head = inline_label(block.text, current.kind, alone=True)
    if head is None:
        return None
    said = [Line(block.line, head.rest)] if head.rest else []
    return Segment(head.text, block.line, head.kind, said)


def _paragraph(line: int, text: str) -> list[Line]:
    return [Line(line, ""), Line(line, text), Line(line, "")]


def _canonical(block: _Block) -> list[Line]:
    """A block as the line `cards.body` reads it back."""
    if block.kind == "bullet":
        return [Line(block.line, f"- {block.text}")]
    if block.kind == "numbered":
        return [Line(block.line, f"1. {block.text}")]
    if block.kind == "row":
        return [Line(block.line, block.text)]
    lines = block.text.split("\n")
    return [
        Line(block.line, ""),
        *(Line(block.line + k, t) for k, t in enumerate(lines)),
        Line(block.line, ""),
    ]


def _fold_questions(segments: list[Segment]) -> list[Segment]:
    """'## Can X?' headings right after '## FAQ', at its level, are its questions."""
    folded: list[Segment] = []
    for segment in segments:
        faq = folded[-1] if folded and folded[-1].kind is SectionKind.FAQ else None
        if faq is not None and segment.heading.endswith("?"):
            faq.body.append(Line(segment.line, segment.heading, question=True))
            faq.body.extend(segment.body)
        else:
            folded.append(segment)
    return folded


# A figure's or a table's caption: 'Figure 1.2 B-tree Structure', 'Table 3: Costs'.
_CAPTION = re.compile(r"^(?:figure|fig\.|table|listing|exhibit)\s+\d+(?:\.\d+)*\b", re.I)


def _title_heading(heads: list[_Block], meta: Meta) -> _Block | None:
    """The heading that names the entry ('# Backend'), if there is one."""
    if not heads:
        return None
    first = heads[0]
    text = first.text.rstrip(":").rstrip()
    if _CAPTION.match(text):
        return None  # '## Figure 1.2 B-tree Structure': a picture's caption, no title
    named = meta.title and text.casefold() == meta.title.casefold()
    if first.level == 1 or named or (not meta.title and section_kind(text) is None):
        meta.title = meta.title or text
        return first
    return None


def _take_tagline(intro: Segment, meta: Meta) -> str:
    """Move the first paragraph under the title out of the intro: it is the tagline.

    Not when it defines the title ("A CDN is ..."): that is the entry's definition. Nor
    when it defines the last word of a longer title ("A cookie is ..." under "HTTP
    cookies"): the entry is also known by that word, which the definition asks it by.
    """
    body = intro.body
    start = next((k for k, ln in enumerate(body) if ln.text.strip()), None)
    if start is None or body[start].text.startswith(("- ", "1. ", "| ")):
        return ""
    opening = first_sentence(body[start].text)
    if definition_of(opening, (meta.title,), pronoun=True) is not None:
        return ""
    heads = _head_words(meta.title)
    defined = definition_of(opening, heads) if heads else None
    if defined is not None:
        if defined.name.casefold() not in {alias.casefold() for alias in meta.aliases}:
            meta.aliases.append(defined.name)
        return ""
    text = body[start].text
    if len(text.split()) > 30 or len(split_sentences(text)) > 1:
        return ""  # a paragraph of its own, not a line under the title
    following = body[start + 1].text.strip() if start + 1 < len(body) else ""
    if following and (len(text.split()) > 8 or not following[:1].isupper()):
        return ""  # the first line of a paragraph wrapped over lines, not a line of its own
    tagline = body[start].text
    meta.tagline_line = body[start].no
    # ('Simple explanation of P-value' right above 'A P-Value is a measure ...', in one
    # paragraph: a label over the sentence, which stays where it is)
    del body[start : start + (1 if following else 2)]
    return tagline


def _head_words(title: str) -> tuple[str, ...]:
    """The last word of a title of several, as one thing: 'HTTP cookies' -> 'cookie';
    'Proxy policies' -> 'policie', 'policy' (which one, the text says); () for one word."""
    words = title.split()
    if len(words) < 2 or not words[-1].isalpha():
        return ()
    last = words[-1]
    if last.endswith("ies") and len(last) > 4:
        return last[:-1], last[:-3] + "y"
    if plural_ending(last) and len(last) > 3:
        return (last[:-1],)
    return (last,)


def _front_matter(lines: list[str], file: str, meta: Meta) -> int:
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
            return split_list(str(value))
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
