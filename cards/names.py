"""Names of entries: how an entry is mentioned in a sentence, and who may be a distractor.

An entry answers to its title and its aliases. Questions mention it the way its own text
does ("the backend", "an API", "DNS"), and distractors are the titles of other entries
that share none of its names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from cards.model import Entry, slugify


def same_name(a: str, b: str) -> bool:
    """Whether two names are one name, ignoring case, spacing and punctuation."""
    return slugify(a) == slugify(b)


def shares_a_name(a: Entry, b: Entry) -> bool:
    """Whether two entries answer to a common title or alias."""
    return any(same_name(x, y) for x in a.names for y in b.names)


def name_pattern(names: Iterable[str]) -> str:
    """A regex source matching any of `names` as whole words, an optional plural 's' too."""
    parts = sorted({re.escape(name.strip()) for name in names if name.strip()}, key=len)
    if not parts:
        return r"(?!x)x"  # matches nothing
    alternatives = "|".join(reversed(parts))  # longest first, so 'API gateway' beats 'API'
    return rf"(?<![\w-])(?:{alternatives})(?:s|es)?(?![\w-])"


def body_text(entry: Entry) -> str:
    """All the prose of an entry, one paragraph per line, for counting how it is named."""
    parts = [entry.tagline]
    for section in entry.sections:
        for item in section.items:
            parts.extend((item.text, item.answer))
    return "\n".join(part for part in parts if part)


def mention(entry: Entry) -> str:
    """How a question should name the entry: 'the backend', 'an API', 'DNS'.

    Counts how the entry's own text names it (article and capitalisation) and takes the
    most common form, so questions read like the page they come from.
    """
    pattern = re.compile(rf"(?:\b(the|a|an)\s+)?({name_pattern([entry.title])})", re.IGNORECASE)
    articles: Counter[str] = Counter()
    forms: Counter[str] = Counter()
    for match in pattern.finditer(body_text(entry)):
        article = (match.group(1) or "").lower()
        form = match.group(2)
        if form.lower() != entry.title.lower():
            continue  # a plural ('backends') says nothing about the article
        articles[article] += 1
        before = match.string[: match.start(2)].rstrip(" ")
        if before and before[-1] not in ".!?\n:":
            forms[form] += 1  # capitals at the start of a sentence say nothing either
    form = forms.most_common(1)[0][0] if forms else entry.title
    if articles:
        best = max(articles.items(), key=lambda pair: (pair[1], pair[0] == "the"))[0]
    else:
        best = "" if form[:1].isupper() else "the"
    if best in {"a", "an"}:
        best = "an" if form[:1].lower() in "aeiou" else "a"
    return f"{best} {form}".strip()


def distractor_titles(entry: Entry, others: Sequence[Entry]) -> list[str]:
    """Titles that may stand beside `entry`'s as wrong options, best first.

    Entries on the same path come first (in the order given), then the rest; an entry
    that shares a title or alias with `entry`, or whose title is already taken, is left
    out, so no wrong option is also right.
    """
    same_path = [other for other in others if other.path == entry.path]
    elsewhere = [other for other in others if other.path != entry.path]
    titles: list[str] = []
    for other in (*same_path, *elsewhere):
        if other.key == entry.key or shares_a_name(entry, other):
            continue
        if any(same_name(other.title, title) for title in titles):
            continue
        titles.append(other.title)
    return titles
