"""Saved web pages: the main content of an HTML page, as Markdown for `cards.markdown`.

`trafilatura` finds the article and drops navigation, footers, cookie banners and ads;
it writes the content as Markdown, which the one Markdown reader then parses. The title
is the page's `<h1>`, else its `<title>` without the site's name. The library is loaded
only when an HTML page is read (it costs about 150 ms).

A definition list (`<dl>` of `<dt>` terms and `<dd>` definitions) is the one structure
read before trafilatura, with the standard library's parser: trafilatura drops it or runs
its terms into their definitions, and a glossary page is often nothing else.
"""

from __future__ import annotations

import html as html_escapes
import re
from html.parser import HTMLParser
from typing import ClassVar, NamedTuple

# '<!doctype html', '<html', or a page that opens with a tag and has a <body> or <p>.
_HTML_START = re.compile(
    r"^\s*(?:<!--.{0,200}?-->\s*)?<(?:!doctype\s+html|html|head|meta|body)\b", re.I | re.S
)
_H1 = re.compile(r"<h1\b[^>]{0,500}>(.{0,500}?)</h1\s*>", re.I | re.S)
_TITLE = re.compile(r"<title\b[^>]{0,500}>(.{0,500}?)</title\s*>", re.I | re.S)
_TAG = re.compile(r"<[^<>]{0,2000}>")
# ' | Acme Docs', ' - Acme', ' — Acme': the site's name after the page's.
_SITE_SUFFIX = re.compile(r"\s+[|–—·-]\s+[^|–—·-]{1,60}$")


def looks_like_html(text: str) -> bool:
    """Whether a file's text is an HTML page rather than Markdown or plain text."""
    return _HTML_START.match(text[:2000]) is not None


def page_title(page: str) -> str:
    """The page's own title: its first <h1>, else its <title> without the site's name."""
    for pattern in (_H1, _TITLE):
        match = pattern.search(page)
        if match is not None:
            text = " ".join(html_escapes.unescape(_TAG.sub(" ", match.group(1))).split())
            if text:
                return text if pattern is _H1 else _SITE_SUFFIX.sub("", text)
    return ""


def html_to_markdown(page: str) -> str:
    """The main content of an HTML page as Markdown, opening with '# Title'.

    Returns "" when no main content is found (a page of links, an empty shell). A page
    that is a glossary (`<dl>` lists, see `cards.glossary`) comes out as its title and a
    '- **Term**: definition' line per term, which read as one entry per term.
    """
    listed = _glossary_markdown(page)
    if listed:
        return listed
    import trafilatura

    body = trafilatura.extract(
        page,
        output_format="markdown",
        include_formatting=True,
        include_links=False,
        include_images=False,
        include_tables=False,
        include_comments=False,
        favor_recall=True,
        # No deduplicate=True: trafilatura then remembers text across calls and drops
        # what it saw before, so the same page read twice gave two different entries.
    )
    if not body or not body.strip():
        return ""
    title = page_title(page)
    lines = body.strip().splitlines()
    first = lines[0].lstrip("#").strip() if lines[0].startswith("#") else ""
    if title and first.casefold() != title.casefold():
        return f"# {title}\n\n{body.strip()}\n"
    if first and lines[0].startswith("##"):
        lines[0] = f"# {first}"  # the page's first heading is its title
    return "\n".join(lines) + "\n"


def _glossary_markdown(page: str) -> str:
    from cards.glossary import html_glossary

    glossary = html_glossary(page)
    if glossary is None:
        return ""
    lines = [f"# {glossary.name}", ""] if glossary.name else []
    for term in glossary.terms:
        name = term.name.replace("*", "").replace("_", " ")
        lines.append(f"- **{name}**: {term.definition}")
    return "\n".join(lines) + "\n"


class _Fragment(HTMLParser):
    """Blocks of an HTML fragment inside Markdown: headings, paragraphs, list items."""

    _BLOCKS: ClassVar[dict[str, str]] = {
        "p": "paragraph",
        "li": "item",
        "dt": "paragraph",
        "dd": "paragraph",
        "blockquote": "paragraph",
        **{f"h{n}": f"h{n}" for n in range(1, 7)},
    }
    _SKIP: ClassVar[frozenset[str]] = frozenset({"pre", "code", "script", "style", "table", "svg"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, int, str]] = []  # (kind, line within, text)
        self._open: tuple[str, int] | None = None
        self._text: list[str] = []
        self._skip = 0
        self._lists: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP and tag != "code":
            self._skip += 1
        elif tag in ("ul", "ol"):
            self._flush()
            self._lists.append("numbered" if tag == "ol" else "bullet")
        elif tag in self._BLOCKS:
            self._flush()
            kind = self._BLOCKS[tag]
            if kind == "item":
                kind = self._lists[-1] if self._lists else "bullet"
            self._open = (kind, self.getpos()[0])
        elif tag == "br":
            self._text.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and tag != "code":
            self._skip = max(0, self._skip - 1)
        elif tag in ("ul", "ol"):
            self._flush()
            if self._lists:
                self._lists.pop()
        elif tag in self._BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._text.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._text).split())
        if text and self._open is not None:
            self.blocks.append((self._open[0], self._open[1], text))
        elif text:
            self.blocks.append(("paragraph", self.getpos()[0], text))
        self._open, self._text = None, []

    def close(self) -> None:
        super().close()
        self._flush()


def fragment_blocks(fragment: str) -> list[tuple[str, int, str]]:
    """An HTML fragment's blocks as (kind, 1-based line within it, text).

    kind is 'paragraph', 'bullet', 'numbered' or 'h1'..'h6'; code, tables and scripts
    are left out.
    """
    parser = _Fragment()
    parser.feed(fragment)
    parser.close()
    return parser.blocks


class DefinitionList(NamedTuple):
    """The <dt>/<dd> pairs of a page, and how much of its visible text they are."""

    pairs: tuple[tuple[str, str, int], ...]  # (term, definition, 1-based line of the <dt>)
    list_chars: int  # characters of text inside <dl> elements
    text_chars: int  # characters of the page's visible text, outside nav, header, footer


class _Definitions(HTMLParser):
    _HIDDEN: ClassVar[frozenset[str]] = frozenset(
        {"head", "script", "style", "template", "noscript", "svg", "nav", "header", "footer"}
    )
    _VOID: ClassVar[frozenset[str]] = frozenset(
        {"area", "base", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pairs: list[tuple[str, str, int]] = []
        self.list_chars = 0
        self.text_chars = 0
        self._hidden: list[str] = []
        self._lists = 0  # depth of <dl>: a nested list is part of its definition's text
        self._part = ""  # 'dt' or 'dd' while in one (of the outer list)
        self._names: list[list[str]] = []  # one per <dt>: a term may have two names
        self._definition: list[str] = []
        self._line = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._VOID:
            return
        if tag == "body" and "head" in self._hidden:
            self._hidden.clear()  # '<head>' left open: the body ends it
        if tag in self._HIDDEN:
            self._hidden.append(tag)
        elif tag == "dl":
            self._lists += 1
        elif self._lists == 1 and tag in ("dt", "dd"):
            if tag == "dt":
                if self._part == "dd":
                    self._pair()  # a new term: the one before is complete
                if not self._names:
                    self._line = self.getpos()[0]
                self._names.append([])
            self._part = tag
            self._text().append(" ")
        elif tag in ("p", "br", "li", "div", "tr") and self._part:
            self._text().append(" ")

    def handle_endtag(self, tag: str) -> None:
        if self._hidden and tag == self._hidden[-1]:
            self._hidden.pop()
        elif tag == "dl" and self._lists:
            self._lists -= 1
            if not self._lists:
                self._pair()
                self._part = ""

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        size = len(data.strip())
        self.text_chars += size
        if self._lists:
            self.list_chars += size
        if self._part:
            self._text().append(data)

    def _text(self) -> list[str]:
        return self._names[-1] if self._part == "dt" and self._names else self._definition

    def _pair(self) -> None:
        # <dt>A</dt><dt>B</dt>: two names of one term; the first is its title.
        names = [" ".join("".join(name).split()) for name in self._names]
        term = next((name for name in names if name), "")
        definition = " ".join("".join(self._definition).split())
        if term and definition:
            self.pairs.append((term, definition, self._line))
        self._names, self._definition, self._part = [], [], ""


def definition_list(page: str) -> DefinitionList:
    """The terms and definitions of an HTML page's `<dl>` lists, in page order.

    Two `<dt>` in a row name one term (its text runs together); several `<dd>` of one
    term make one definition. Text in nav, header, footer and scripts is not counted.
    """
    parser = _Definitions()
    parser.feed(page)
    parser.close()
    return DefinitionList(tuple(parser.pairs), parser.list_chars, parser.text_chars)
