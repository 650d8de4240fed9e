"""The Markdown layout: '#' or underlined headings, and optional YAML front matter.

The '# Title' heading names the entry, the first paragraph under it is the tagline, and
the headings one level below are its sections. Front matter ('title', 'path', 'step',
'next', 'tags', 'aliases') wins over what the text says.
"""

from __future__ import annotations

import datetime
import re

from cards.headings import section_kind
from cards.meta import Meta, split_list, strip_meta
from cards.model import ParseError, SectionKind
from cards.segments import (
    FENCE,
    UNDERLINE,
    Line,
    Segment,
    chained_label,
    fenced_lines,
    inline_label,
    is_blank,
    title_like,
)
from cards.text import collapse, list_marker, plain

ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")


def markdown_segments(lines: list[str], file: str, meta: Meta) -> list[Segment]:
    lines = list(lines)
    start = _front_matter(lines, file, meta)
    fenced = fenced_lines(lines, start)
    heads, underlines = _markdown_heads(lines, start, fenced)
    strip_meta(lines, meta, fenced | underlines | set(heads) | set(range(start)))

    title_at = _title_heading(heads, meta)
    levels = [level for i, (level, _) in heads.items() if i != title_at]
    section_level = min(levels, default=1)

    preamble = Segment("", 0, SectionKind.OTHER)  # badges and such above '# Title'
    intro = preamble if title_at is None else Segment("", 0, SectionKind.EXPLANATION)
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
                current.body.append(Line(i + 1, text, question=True))
            elif level <= section_level or kind is not None:
                current = Segment(text, i + 1, kind)
                segments.append(current)
            else:
                # An unknown sub-heading inside a section stays with it, as a paragraph.
                current.body.extend((Line(i + 1, ""), Line(i + 1, text), Line(i + 1, "")))
            after_blank, after_label = True, False
            continue
        label = None
        if i not in fenced and (after_blank or after_label):
            label = (inline_label if after_blank else chained_label)(line, current.kind)
        if label is not None:
            current = Segment(label.text, i + 1, label.kind, [Line(i + 1, label.rest or "")])
            segments.append(current)
        else:
            current.body.append(Line(i + 1, line))
        after_blank = not line.strip()
        after_label = (after_label or label is not None) and not after_blank
    if not meta.tagline:
        meta.tagline = _take_tagline(intro)
    return _fold_questions(segments)


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
        match = ATX.match(line)
        if match is not None:
            text = plain(match.group(2) or "").rstrip(":").rstrip()
            if text:
                heads[i] = (len(match.group(1)), text)
            else:
                underlines.add(i)  # an empty '#': nothing to keep
        elif (
            i + 1 < len(lines)
            and i + 1 not in fenced
            and UNDERLINE.match(lines[i + 1])
            and is_blank(lines, i - 1)
            and list_marker(line) is None
            and title_like(line, 12)
        ):
            heads[i] = (1 if "=" in lines[i + 1] else 2, plain(line).rstrip(":").rstrip())
            underlines.add(i + 1)
    return heads, underlines


def _title_heading(heads: dict[int, tuple[int, str]], meta: Meta) -> int | None:
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


def _take_tagline(intro: Segment) -> str:
    """Move the first paragraph under the title out of the intro: it is the tagline."""
    body = intro.body
    start = next((k for k, ln in enumerate(body) if ln.text.strip()), None)
    if start is None or list_marker(body[start].text) or FENCE.match(body[start].text):
        return ""
    end = next((k for k in range(start, len(body)) if not body[k].text.strip()), len(body))
    tagline = plain(" ".join(ln.text for ln in body[start:end]))
    del body[start:end]
    return tagline


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
