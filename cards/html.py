"""Saved web pages: the main content of an HTML page, as Markdown for `cards.markdown`.

`trafilatura` finds the article and drops navigation, footers, cookie banners and ads;
it writes the content as Markdown, which the one Markdown reader then parses. The title
is the page's `<h1>`, else its `<title>` without the site's name. The library is loaded
only when an HTML page is read (it costs about 150 ms).
"""

from __future__ import annotations

import html as html_escapes
import re
from html.parser import HTMLParser
from typing import ClassVar

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

    Returns "" when no main content is found (a page of links, an empty shell).
    """
    import trafilatura  # type: ignore[import-untyped]

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
