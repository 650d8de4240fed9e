"""The plain-text layouts: course pages like backend.vca.txt, and glossaries.

Both write headings as bare lines; a glossary tends to write them 'Label:' and to name
its term on a 'Term: ...' line, which is all that tells the two apart. A page opens with
short lines (the site's name, the title) and a tagline sentence, found by
`_plain_header`.
"""

from __future__ import annotations

import itertools
import re

from cards.headings import section_kind
from cards.meta import Meta, strip_meta
from cards.model import Layout, SectionKind
from cards.segments import (
    UNDERLINE,
    Head,
    Line,
    Segment,
    chained_label,
    fenced_lines,
    inline_label,
    is_blank,
    text_blocks,
    title_like,
)
from cards.sentences import opens_with_doing
from cards.text import list_marker, plain, without_marks, without_model

# A site's navigation words, copied on a line of their own: never a part's heading.
_NAVIGATION = frozenset(("home", "menu", "search", "share", "next", "previous", "back", "top"))


def _plain_heading(
    lines: list[str], i: int, current: SectionKind | None, after_blank: bool, bare: bool
) -> Head | None:
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
    if i + 1 < len(lines) and UNDERLINE.match(lines[i + 1]) and title_like(s, 12):
        return Head(s, section_kind(s), skip=2)
    kind = section_kind(s)
    if kind is not None and len(s.split()) <= 8:
        return Head(s.rstrip(": "), kind, colon=s.endswith(":"))
    if s.endswith(":") and not in_faq and title_like(s[:-1], max_words=4):
        return Head(s[:-1].rstrip(), None, colon=True)
    if (head := inline_label(line, current)) is not None:
        return head
    if (
        bare
        and after_blank
        and title_like(without_marks(s) or s)  # ('✅ How to Reduce Replication Lag')
        and s.casefold() not in _NAVIGATION  # 'Home' between a gloss and its paragraph
        and (
            is_blank(lines, i + 1)
            or list_marker(lines[i + 1]) is not None
            # 'Rules' over a line for each rule, each a sentence of its own
            or (len(s.split()) <= 3 and _lines_of_sentences(lines, i + 1))
        )
        and not (len(s.split()) >= 5 and opens_with_doing(s))  # a gloss: 'Gives programs ...'
    ):
        return Head(s, None)
    return None


def _lines_of_sentences(lines: list[str], start: int) -> bool:
    """Whether two lines or more from `start` are each a whole sentence, up to a blank
    line: a list written without its marks, one point a line."""
    block = list(itertools.takewhile(lambda line: line.strip(), lines[start:]))
    return len(block) >= _LISTED_LINES and all(
        line.strip()[:1].isupper() and line.rstrip().endswith((".", "!")) for line in block
    )


_LISTED_LINES = 2


def page_segments(lines: list[str], file: str, meta: Meta) -> tuple[list[Segment], Layout]:
    lines = list(lines)
    # A label line below the page's first sentence names no entry: 'name: web-frontend'
    # in a pasted manifest, well into the page.
    prose = next((i for i, line in enumerate(lines) if _is_sentence_line(line)), None)
    strip_meta(lines, meta, fenced_lines(lines), prose)
    first = next(
        (
            i
            for i in range(len(lines))
            if is_blank(lines, i - 1) and _plain_heading(lines, i, None, True, bare=False)
        ),
        len(lines),
    )
    start = _plain_header(lines, first, meta)
    intro = Segment("", 0, SectionKind.EXPLANATION)
    segments, current = [intro], intro
    colons = bare = 0
    after_blank = after_heading = True
    after_label = False
    quoted_example = False  # the section is one quoted example on its label's line
    listed = False  # the heading stands over a sentence a line, read as its list
    i = start
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            current.body.append(Line(i + 1, ""))
            after_blank, after_label, listed, i = True, False, False, i + 1
            continue
        head = None
        if after_blank or after_heading:
            head = _plain_heading(lines, i, current.kind, after_blank, bare=not _awaits(current))
        elif after_label:
            head = chained_label(line, current.kind)
        if head is None and after_blank and quoted_example:
            # 'Example: "Most CPU processes require several clock cycles."' under the
            # term, then a paragraph saying what it is: the example was the label's line
            current = Segment("", i + 1, SectionKind.EXPLANATION)
            segments.append(current)
            quoted_example = False
        if head is None:
            # In a block of label lines a wrapped value does not end the block.
            # ('Rules' over a sentence a line: each line a point of its list)
            current.body.append(Line(i + 1, f"- {line.strip()}" if listed else line))
            after_blank = after_heading = False
            i += 1
            continue
        current = Segment(head.text, i + 1, head.kind)
        segments.append(current)
        after = i + head.skip
        listed = (
            head.rest is None
            and after < len(lines)
            and list_marker(lines[after]) is None
            and _lines_of_sentences(lines, after)
        )
        quoted_example = head.kind is SectionKind.EXAMPLE and bool(
            _QUOTED.fullmatch(head.rest or "")
        )
        colons, bare = colons + head.colon, bare + (not head.colon)
        if head.rest is not None:
            current.body.append(Line(i + 1, head.rest))
        after_blank, after_heading, after_label = False, head.rest is None, head.rest is not None
        i += head.skip
    # Layout only records how the file was written: glossaries name the term on a
    # label line or write their headings 'Label:'; pages use bare lines.
    glossary = meta.labelled_title or colons >= max(bare, 1)
    return segments, Layout.GLOSSARY if glossary else Layout.PAGE


# A sentence in quotation marks, whole: an example of the term in use.
_QUOTED = re.compile(r"\s*[\"“][^\"“”]{3,300}[\"”]\s*")


def _is_sentence_line(line: str) -> bool:
    """A line of prose: six words at least, ending with a full stop."""
    return line.rstrip().endswith((".", "!")) and len(line.split(maxsplit=6)) > 5


def _awaits(segment: Segment) -> bool:
    """An FAQ whose last line is a question: what follows is its answer, not a heading."""
    if segment.kind is not SectionKind.FAQ:
        return False
    last = next((ln.text for ln in reversed(segment.body) if ln.text.strip()), "")
    return plain(last).endswith("?")


_DEFINITION_WORD = re.compile(r"(?<=\w)\s+(?:Definition|Meaning)$")


_MODEL_REACH = 12  # lines below a title read for the kind of thing its model is


def _plain_header(lines: list[str], first: int, meta: Meta) -> int:
    """Find the title and tagline among the lines before the first heading.

    A page starts with short lines (the site's name, the title) and then a sentence
    (the tagline). The title is the short line the opening sentences talk about, so a
    site name such as 'VCA' above 'Backend' is passed over. Returns the index where
    sections begin.
    """
    blocks = text_blocks(lines, 0, first)
    candidates: list[tuple[int, str]] = []  # short one-line blocks at the top
    tagline: tuple[int, int] | None = None
    for a, b in blocks:
        if b - a == 1 and _ARCHIVE.fullmatch(lines[a].strip()):
            continue  # 'Tag Archives: Throttling': the blog's listing the post was copied from
        if b - a == 1 and title_like(lines[a], 8) and len(candidates) < 3:
            candidates.append((a, plain(lines[a])))
            continue
        if list_marker(lines[a]) is None:
            # 'ZooKeeper is a centralized service for:' over '* naming', with no blank
            # line between: the tagline stops where the list starts
            listed = next((k for k in range(a + 1, b) if list_marker(lines[k])), b)
            tagline = (a, listed)
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
        # 'Boot Definition', as a glossary site heads its entries: the name is the rest
        meta.title = _DEFINITION_WORD.sub("", chosen[1]) or chosen[1]
        resume = chosen[0] + 1
        meta.title = without_model(meta.title, lines[resume : resume + _MODEL_REACH])
        after = candidates[candidates.index(chosen) + 1 :]
        if after:
            last = after == candidates[-1:] and blocks[-1][0] == after[0][0]
            long_enough = len(after[0][1].split()) >= 4
            if last and long_enough and tagline is None and first < len(lines):
                # One line of a few words between the title and the first heading: a
                # tagline written without a full stop.
                meta.tagline, meta.tagline_line = after[0][1], after[0][0] + 1
                return after[0][0] + 1
            return after[0][0]  # short lines after the title are headings, not chrome
    else:
        return 0  # no title: parse() says so
    if tagline is None:
        return resume
    if not meta.tagline:
        meta.tagline = plain(" ".join(lines[tagline[0] : tagline[1]]))
        meta.tagline_line = tagline[0] + 1
    return tagline[1]


# A blog's listing of the posts under one tag, category or author, over a post.
_ARCHIVE = re.compile(r"(?:Tag|Category|Author)\s+Archives?\s*:\s*[^:]{1,60}", re.I)


def _choose_title(lines: list[str], candidates: list[tuple[int, str]]) -> tuple[int, str]:
    """The candidate the opening sentences talk about; the first when they name none."""
    sentences = [
        " ".join(lines[a:b])
        for a, b in text_blocks(lines, 0, len(lines))[:12]
        if b - a > 1 or not title_like(lines[a])
    ]
    about = plain(" ".join(sentences[:3])).casefold()
    mentioned = [c for c in candidates if _mentions(about, c[1])]
    if len(mentioned) > 1:
        # 'Perfect Cadence' / 'Authentic Cadence' / '"Perfect Cadence", also called
        # "authentic cadence", is ...': both named, the one the page goes on to say
        # most; a tie goes to the later line (a site's name comes before its page's)
        body = plain(" ".join(sentences)).casefold()
        times = {c: _times(body, c[1]) for c in mentioned}
        most = max(times.values())
        mentioned = [c for c in mentioned if times[c] == most]
    return mentioned[-1] if mentioned else candidates[0]


def _mentions(text: str, name: str) -> bool:
    return _times(text, name) > 0


def _times(text: str, name: str) -> int:
    """How often `text` says `name`, in either number."""
    stem = name.casefold()
    stem = stem[:-1] if stem.endswith("s") else stem  # 'Databases' is about 'database'
    if stem not in text:
        return 0
    return len(re.findall(rf"(?<!\w){re.escape(stem)}s?(?!\w)", text))
