"""Lines that say something about the entry rather than teach: tags, path, next step.

'Next in Beginner Path: Database', a tag line such as 'Editorial policy#System
Basics#Logic', and label lines ('Tags: a, b', 'Also known as: ...') are read into a
`Meta` and blanked out, so they never become section text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cards.headings import meta_field
from cards.segments import LABEL, TERMINAL, is_blank
from cards.text import collapse, list_marker, plain


@dataclass
class Meta:
    """What a file says about its entry, gathered while its layout is read."""

    title: str = ""
    tagline: str = ""
    tagline_line: int = 0  # 1-based, in the file; 0 when no line of the text holds it
    tags: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    path: str = ""
    next: str = ""
    step: int | None = None
    labelled_title: bool = False  # the title came from a 'Term:' line


_NEXT_IN = re.compile(
    r"^(?P<way>next|previous|prev) (?:in|on) (?P<path>[^:]{1,80}?)\s*:\s*(?P<step>\S.{0,120})$",
    re.I,
)
_STEP = re.compile(r"^step (\d{1,4})(?: of \d{1,4})?$", re.I)
_TAG_LINE = re.compile(r"^[^#]*(?:#[^\s#][^#]*)+$")
_ALIAS_WORDS = 6  # words of another name, at most


def _tags_of(text: str) -> list[str] | None:
    """'Updated ...Editorial policy#System Basics#Logic#Server' -> its tags."""
    if not _TAG_LINE.match(text) or text.endswith(TERMINAL):
        return None
    prefix, *parts = text.split("#")
    tags = [collapse(part) for part in parts]
    if not prefix.strip() and len(tags) < 2:
        return None  # '#1 rule of caching' is a line of text, not a tag
    if all(0 < len(tag) <= 40 and len(tag.split()) <= 4 for tag in tags):
        return tags
    return None


def split_list(text: str) -> list[str]:
    return [collapse(part) for part in re.split(r"[,;]", text) if part.strip()]


def _take_meta(text: str, meta: Meta, anywhere: bool, titles: bool = True) -> bool:
    """Record a metadata line ('Next in X: Y', a tag line, 'Tags: ...'); False if not one.

    Label lines ('Term: Cache') count only where `anywhere` says the line stands alone,
    so 'Name: Alice' inside an example stays text; a line naming the title counts only
    where `titles` says no heading has named the entry already.
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
    if not anywhere or text.lstrip()[:1] in ('"', "'"):
        return False  # (nor '"path": "/api/v2/orders",', a key of a JSON example)
    if (match := _STEP.match(s)) is not None:
        meta.step = meta.step or int(match.group(1)) or None
        return True
    label = LABEL.match(s)
    if label is None or not label["rest"].strip():
        return False
    name, value = meta_field(label["label"]), collapse(label["rest"])
    if name == "title":
        if not titles:
            return False  # 'name: pod-nginx' of a manifest below '# Pod'
        meta.labelled_title = meta.labelled_title or not meta.title
        meta.title = meta.title or value
    elif name == "tags":
        meta.tags.extend(tag.lstrip("#") for tag in split_list(value))
    elif name == "aliases":
        names = split_list(value)
        if any(len(other.split()) > _ALIAS_WORDS for other in names):
            return False  # 'Also: restart the server once the update is in': a note
        meta.aliases.extend(names)
    elif name == "path":
        meta.path = meta.path or value
    elif name == "next":
        meta.next = meta.next or value.rstrip(".")
    elif name == "step" and value.isdigit() and int(value) > 0:
        meta.step = meta.step or int(value)
    else:
        return False
    return True


def strip_meta(lines: list[str], meta: Meta, skip: set[int], titled_at: int | None = None) -> None:
    """Blank out metadata lines in place, so they never become section text; below line
    `titled_at`, a heading naming the entry, no label line names it."""
    previous_meta = False
    for i, line in enumerate(lines):
        if i in skip or not line.strip() or list_marker(line) is not None:
            previous_meta = False
            continue
        # A label line must stand alone: a block of its own, or among other label lines.
        starts = is_blank(lines, i - 1) or previous_meta
        ends = starts and (is_blank(lines, i + 1) or ":" in lines[i + 1])
        titles = titled_at is None or i < titled_at
        if _take_meta(line, meta, anywhere=ends, titles=titles):
            lines[i] = ""
            previous_meta = True
        else:
            previous_meta = False
