"""The one table that says what a heading means, whatever words an author chose.

Every layout (the page layout, Markdown, glossaries) looks headings up here, so a new
synonym is one line in `SYNONYMS` and never a new branch in a parser. Lookups use
`normalise_heading`, which folds case, punctuation, a trailing colon and a leading
article, so "Key Takeaways:", "**Key takeaways**" and "The key takeaways" all match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache

from cards.model import SectionKind
from cards.text import unnumbered

# A heading that names what its section tells of a thing, not a thing or what its items
# are: 'Concept of Anti-forgery Tokens', 'Introduction to Caching', 'Anatomy of a URL'.
ABOUT_A_THING = re.compile(
    r"^(?:the\s+)?(?:concepts?|ideas?|overview|introduction|basics|fundamentals|"
    r"understanding|anatomy)\s+(?:of|to)\b",
    re.I,
)

# The words an explanation labels its points with ('**Significance**: ...',
# '**Illustration**: ...'): what a point is, never a concept or a thing listed.
POINT_LABELS = frozenset(
    (
        *("significance", "importance", "implication", "implications", "illustration"),
        *("focus", "measure", "purpose", "role", "impact", "usage", "application"),
        *("applications", "definition", "example", "examples", "description", "goal"),
        *("key idea", "main idea", "key point", "why it matters", "how it works"),
    )
)


def are_point_labels(names: Sequence[str], least: int = 1) -> bool:
    """Whether at least half of `names` (and `least` of them) are POINT_LABELS: the
    labels of points ('Significance', 'Focus', 'Measure'), not terms or things listed."""
    labels = sum(name.casefold() in POINT_LABELS for name in names)
    return labels >= least and labels * 2 >= len(names)


# Written as people write them; normalised once, at import.
SYNONYMS: Mapping[SectionKind, tuple[str, ...]] = {
    SectionKind.SUMMARY: (
        "in one sentence",
        "one-sentence explanation",
        "one sentence",
        "in one breath",
        "in one line",
        "one-liner",
        "definition",
        "definition(s)",  # a standard's glossary, which may quote more than one
        "short definition",
        "quick definition",
        "core definition",
        "simple definition",
        "basic definition",
        "formal definition",
        "technical definition",
        "exam-ready definition",  # a revision site's gloss to learn by heart
        "exam definition",
        "textbook definition",
        "definition and usage",
        "summary",
        "tl;dr",
        "tldr",
        "what is it",
        "what it is",
        "in a nutshell",
        "in short",
        "the short version",
        "short answer",
        "simple answer",
        "quick answer",
        "at a glance",
        "meaning",
        # a lesson's heading over what the thing is: 'Concept', 'Core concept'
        "concept",
        "core concept",
        "main concept",
    ),
    SectionKind.EXPLANATION: (
        "in plain language",
        "in plain english",
        "in plain words",
        "in simple terms",
        "plain english",
        "explain like i'm 5",
        "explain like i'm five",
        "eli5",
        "explanation",
        # a homework site's and a chat answer's labels over the answer itself
        "step-by-step explanation",
        "here's a breakdown",
        "how it works",
        "overview",
        "why it matters",
        "details",
        "description",
        "background",
        "what it does",
        "the idea",
        "in depth",
        "introduction",
        "intro",
        "tradeoffs",
        "trade-offs",
        "key differences",
    ),
    SectionKind.MISCONCEPTION: (
        "common misconception",
        "common misconceptions",
        "misconception",
        "misconceptions",
        "common mistake",
        "common mistakes",
        "mistakes",
        "common misunderstanding",
        "common misunderstandings",
        "misunderstandings",
        "myth",
        "myths",
        "pitfalls",
        "common pitfalls",
        "gotchas",
        "what people get wrong",
    ),
    SectionKind.TAKEAWAYS: (
        "key takeaways",
        "key takeaway",
        "takeaways",
        "takeaway",
        "key points",
        "main points",
        "key ideas",
        "remember",
        "things to remember",
        "recap",
    ),
    SectionKind.ANALOGY: (
        "an everyday analogy",
        "analogy",
        "analogies",
        "simple analogy",
        "metaphor",
        "real-life analogy",
        "think of it like",
        "think of it as",
    ),
    SectionKind.PROS: ("pros", "advantages", "benefits", "strengths", "upsides"),
    SectionKind.CONS: (
        "cons",
        "disadvantages",
        "drawbacks",
        "limitations",
        "weaknesses",
        "downsides",
    ),
    SectionKind.GOOD_FOR: (
        "good for",
        "great for",
        "best for",
        "ideal for",
        "use it for",
        "when to use",
        "when to use it",
        "use cases",
    ),
    SectionKind.NOT_FOR: (
        "not for",
        "not good for",
        "bad for",
        "avoid for",
        "avoid it for",
        "avoid when",
        "when not to use",
        "when not to use it",
    ),
    SectionKind.FAQ: (
        "faq",
        "faqs",
        "frequently asked questions",
        "questions",
        "common questions",
        "q&a",
        "questions and answers",
    ),
    SectionKind.EXAMPLE: (
        "example",
        "examples",
        "real-world example",
        "real-world examples",
        "real-life example",
        "for example",
        "for instance",
        "in practice",
        "worked example",
    ),
    SectionKind.RELATED: (
        "related",
        "related terms",
        "related concepts",
        "related topics",
        "see also",
        "further reading",
        # a page's sources: 'References' over '1. "The Complete ... Guide". Retrieved ...'
        "references",
        "sources",
        "external links",
        "bibliography",
        "citations",
        # a dictionary site's sidebars: loosely linked words, trivia, sayings
        "antonyms",
        "exciting facts",
        "fun facts",
        "interesting facts",
        "quotations",
    ),
    SectionKind.SCORECARD: ("beginner scorecard", "scorecard", "ratings"),
    SectionKind.NEXT: ("next", "next step", "up next", "what's next", "what next"),
}

# Label lines that carry facts about the entry rather than a section ("Tags: a, b").
META_LABELS: Mapping[str, tuple[str, ...]] = {
    "title": ("term", "title", "concept", "name"),
    "tags": ("tags", "tag", "topics", "categories"),
    # ('also: minimal image, slim image' under a glossary's term)
    # ('Full name: Global Trade Item Number' under 'GTIN': the letters spelled out)
    "aliases": (
        *("aliases", "alias", "also known as", "aka", "a.k.a.", "synonyms", "also"),
        *("full name", "full form", "stands for"),
    ),
    "path": ("path", "learning path", "course"),
    "step": ("step",),
    "next": ("next step", "next up", "next topic"),
}

# The kinds a card can be made from; an entry needs one of them with some text.
USABLE: frozenset[SectionKind] = frozenset(
    {
        SectionKind.SUMMARY,
        SectionKind.EXPLANATION,
        SectionKind.LIST,
        SectionKind.MISCONCEPTION,
        SectionKind.TAKEAWAYS,
        SectionKind.ANALOGY,
        SectionKind.PROS,
        SectionKind.CONS,
        SectionKind.GOOD_FOR,
        SectionKind.NOT_FOR,
        SectionKind.FAQ,
        SectionKind.EXAMPLE,
    }
)

_MARKUP = re.compile(r"[*_`~]")
_APOSTROPHE = re.compile(r"['’‘`´]")
_NON_WORD = re.compile(r"[^\w]+")
_ARTICLE = re.compile(r"^(?:a|an|the) ")
# "What is a cache?" / "What exactly are webhooks" ask for a definition of the entry.
# ('What does the term tree shaking mean?' asks the same; so does "What's sprint
# velocity?", but not "What's the benefit of ...?")
_WHAT_IS = re.compile(
    r"^what (?:exactly )?(?:is|are) |^whats (?!the )|^what (?:does|do) \S.* mean$|"
    r"^what do (?:you|we) mean by |^what is meant by |"  # 'What do you mean by encapsulation'
    r"^what (?:does|do) (?:an? |the )?\S+(?: \S+){0,3} do$|"  # 'What does a firewall do?'
    # a homework task asking for what a thing is in short: 'Explain water cycle briefly'
    r"^(?:briefly (?:explain|define) \S+(?: \S+){0,4}|(?:explain|define) \S+(?: \S+){0,4} "
    r"(?:briefly|in brief))$"
)

# When no synonym matches, a heading's words decide, in this order: the first kind with a
# keyword among the heading's words wins ('Benefits of DNS' is pros, 'Common mistake or
# lookout' a misconception, 'ELI5 — The Vibe Check' an explanation). Multi-word keys are
# looked for as phrases.
KEYWORDS: tuple[tuple[SectionKind, tuple[str, ...]], ...] = (
    (
        SectionKind.MISCONCEPTION,
        (
            "mistake",
            "mistakes",
            "misconception",
            "misconceptions",
            "myth",
            "myths",
            "pitfall",
            "pitfalls",
            "gotcha",
            "gotchas",
            "lookout",
            "watch out",
            "get wrong",
        ),
    ),
    (
        SectionKind.CONS,
        (
            "drawback",
            "drawbacks",
            "disadvantage",
            "disadvantages",
            "downside",
            "downsides",
            "limitation",
            "limitations",
            "weakness",
            "weaknesses",
            "cons",
        ),
    ),
    (
        SectionKind.PROS,
        (
            "benefit",
            "benefits",
            "advantage",
            "advantages",
            "upside",
            "upsides",
            "strengths",
            "pros",
            "why use",
        ),
    ),
    (SectionKind.ANALOGY, ("analogy", "analogies", "metaphor", "think of it", "mental model")),
    (SectionKind.EXAMPLE, ("example", "examples", "for instance", "in practice")),
    (SectionKind.FAQ, ("faq", "faqs", "frequently asked")),
    (SectionKind.RELATED, ("see also", "related", "further reading", "learn more")),
    (SectionKind.TAKEAWAYS, ("takeaway", "takeaways", "key points", "cheat sheet")),
    (
        SectionKind.EXPLANATION,
        (
            "eli5",
            "plain english",
            "plain language",
            "simple terms",
            "real talk",
            "explained",
            "full picture",
            "overview",
            "description",
            "how it works",
            "under the hood",
            "why it matters",
            "why does it matter",
            "why is it important",
            "when youll hear this",
            "in depth",
            "deep dive",
            "background",
        ),
    ),
)


def _by_keyword(key: str) -> SectionKind | None:
    padded = f" {key} "
    for kind, keys in KEYWORDS:
        if any(f" {word} " in padded for word in keys):
            return kind
    return None


def normalise_heading(text: str) -> str:
    """The lookup form of a heading: 'The Key Takeaways:' -> 'key takeaways', '1.1 What is a
    database?' -> 'what is a database' (a course's section number names no kind)."""
    folded = unicodedata.normalize("NFKC", unnumbered(text.strip())).casefold()
    folded = _MARKUP.sub("", folded).replace("&", " and ")
    folded = _APOSTROPHE.sub("", folded)
    folded = _NON_WORD.sub(" ", folded).strip()
    return _ARTICLE.sub("", folded)


# Every line that might be a heading is looked up, and pages repeat the same headings.
@lru_cache(maxsize=4096)
def section_kind(heading: str) -> SectionKind | None:
    """The kind a heading names, or None when the table does not know it."""
    key = normalise_heading(heading)
    kind = _SECTIONS.get(key)
    if kind is None and _WHAT_IS.match(key):
        return SectionKind.SUMMARY
    if kind is None and _OWN_QUESTIONS.search(key):
        # 'Questions I asked myself', 'My review questions': a learner's own questions,
        # each answered under it (not 'Questions and answers about sports', a site's)
        return SectionKind.FAQ
    if kind is None and (qualified := _QUALIFIED_PART.fullmatch(key)) is not None:
        # 'Simple Explanation', 'Concise Technical Definition': a part, how it is told
        return _SECTIONS.get(qualified["part"])
    if kind is None and len(key.split()) <= 8 and ":" not in heading.strip().rstrip(":"):
        # Not a long line (a sentence) nor 'Label: text' (the label is looked up alone).
        return _by_keyword(key)
    return kind


_OWN_QUESTIONS = re.compile(
    r"^(?:my|our|review|study|practice|self[- ]?test)\s(?:[a-z]+\s)?questions$|"
    r"^questions\s(?:i|we)\s|^questions\s(?:to\s+ask|for)\s+(?:myself|yourself|review)$"
)
# A part's name after words saying only how it is told (the lookup form, lower case).
_QUALIFIED_PART = re.compile(
    r"(?:(?:simple|simplified|short|brief|concise|quick|full|technical|detailed|formal|plain|"
    r"basic|general|official|precise|complete|longer|everyday)\s+){1,3}"
    r"(?P<part>explanation|definition|summary|overview|description)"
)


@lru_cache(maxsize=4096)
def meta_field(label: str) -> str | None:
    """The Entry field a label line sets ('Also known as' -> 'aliases'), or None."""
    return _META.get(normalise_heading(label))


_SECTIONS: dict[str, SectionKind] = {
    normalise_heading(word): kind for kind, words in SYNONYMS.items() for word in words
}
_META: dict[str, str] = {
    normalise_heading(word): field for field, words in META_LABELS.items() for word in words
}
