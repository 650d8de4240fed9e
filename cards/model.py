"""The value types of the cards package: an entry as parsed, and the cards made from it.

Everything here is frozen and holds only plain values, so an `Entry` or a `Card` can be
compared, hashed, serialised and passed between layers without surprises. The enum
values are stored in the database and in exports: never renumber or rename one.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property

CARD_ID_VERSION = "c1"


class Layout(str, Enum):
    """How an entry file was written."""

    PAGE = "page"  # the plain-text page layout of backend.vca.txt
    MARKDOWN = "markdown"  # '#' headings, optional YAML front matter
    GLOSSARY = "glossary"  # plain headings in other words ("Definition", "ELI5", ...)
    NOTE = "note"  # a Markdown note with no title inside, named by its file ('WebSocket.md')


class SectionKind(str, Enum):
    """What a section of an entry is about, whatever its heading says."""

    SUMMARY = "summary"
    EXPLANATION = "explanation"
    LIST = "list"
    MISCONCEPTION = "misconception"
    TAKEAWAYS = "takeaways"
    ANALOGY = "analogy"
    PROS = "pros"
    CONS = "cons"
    GOOD_FOR = "good-for"
    NOT_FOR = "not-for"
    FAQ = "faq"
    EXAMPLE = "example"
    RELATED = "related"
    NEXT = "next"
    SCORECARD = "scorecard"
    OTHER = "other"  # a heading the synonym table does not know: kept as text
    # Where a comparison page sets its two sides side by side, kept with each side's
    # entry when the page is split; its heading is the comparison ('Stack vs queue').
    CONTRAST = "contrast"


class ItemKind(str, Enum):
    """One piece of a section's body."""

    PARAGRAPH = "paragraph"
    BULLET = "bullet"
    NUMBERED = "numbered"
    QUESTION = "question"  # an FAQ question; its answer is in `Item.answer`


@dataclass(frozen=True)
class Item:
    """A paragraph, list item or question, with the 1-based line it starts on."""

    kind: ItemKind
    text: str
    line: int
    answer: str = ""
    answer_line: int = 0


@dataclass(frozen=True)
class Section:
    """A recognised part of an entry, with its items in file order."""

    kind: SectionKind
    heading: str
    line: int
    items: tuple[Item, ...] = ()

    def of_kind(self, kind: ItemKind) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.kind is kind)

    @property
    def paragraphs(self) -> tuple[Item, ...]:
        return self.of_kind(ItemKind.PARAGRAPH)

    @property
    def bullets(self) -> tuple[Item, ...]:
        return self.of_kind(ItemKind.BULLET)

    @property
    def numbered(self) -> tuple[Item, ...]:
        return self.of_kind(ItemKind.NUMBERED)

    @property
    def questions(self) -> tuple[Item, ...]:
        return self.of_kind(ItemKind.QUESTION)


@dataclass(frozen=True)
class Entry:
    """One concept's explainer, parsed from one file.

    `path` is the name of the learning path the entry belongs to ("System Basics");
    `step` its 1-based position there when the file says so; `next` the title of the
    step after it when the file names one.
    """

    title: str
    slug: str
    file: str
    layout: Layout
    path: str
    sections: tuple[Section, ...] = ()
    tagline: str = ""
    tags: tuple[str, ...] = ()
    step: int | None = None
    next: str = ""
    aliases: tuple[str, ...] = ()

    @cached_property
    def key(self) -> str:
        """The entry's identity in a collection: its path and slug.

        Worked out once per entry (frozen, so it cannot change): an import compares every
        step's key with each entry's to find its siblings, and slugifying the path each
        time made a path of 3,000 notes take five times as long as one of 1,000.
        """
        return f"{slugify(self.path)}/{self.slug}"

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the entry answers to: its title and its aliases."""
        return (self.title, *self.aliases)

    @property
    def placed(self) -> bool:
        """Whether the entry places itself in a sequence: a step number (its own, or a
        path file's) or the title of the step after it."""
        return self.step is not None or bool(self.next)

    def sections_of(self, kind: SectionKind) -> tuple[Section, ...]:
        return tuple(section for section in self.sections if section.kind is kind)


class CardKind(str, Enum):
    """Where a card comes from and what it asks (see DESIGN.md, card kinds)."""

    DEFINITION = "definition"
    CLAIM = "claim"  # what the page says the entry does, is used for, differs in, ...
    IDENTIFY = "identify"
    CLOZE = "cloze"
    LIST = "list"
    TRUEFALSE = "truefalse"
    FAQ = "faq"
    PROSCONS = "proscons"
    FIT = "fit"


class Answering(str, Enum):
    """How the learner answers a card, which decides how it is graded."""

    SELF = "self"  # reveal the answer, the learner rates themself
    CHOICE = "choice"  # pick one of `options`; graded automatically
    TYPED = "typed"  # type the answer; matched leniently against answer + accepted

    @property
    def auto_graded(self) -> bool:
        return self is not Answering.SELF


# The options of the choice cards whose answer is one of two fixed words: here, beside
# `Answering`, so a review (which lays them out apart) loads no rule of the makers'.
TRUE_FALSE = ("True", "False")
PRO_CON = ("Pro", "Con")


@dataclass(frozen=True)
class Source:
    """Where a card's fact stands in its entry file."""

    file: str
    section: str  # the section's heading as written
    line: int


@dataclass(frozen=True)
class Card:
    """One thing to recall.

    For CHOICE cards `options` holds every option, the answer among them, in the
    order they are shown. For TYPED cards `accepted` holds other answers that count
    as right. `explanation` is the source sentence, shown after an answer.
    """

    id: str
    kind: CardKind
    answering: Answering
    prompt: str
    answer: str
    source: Source
    entry: str  # the entry's slug
    entry_key: str
    options: tuple[str, ...] = ()
    accepted: tuple[str, ...] = ()
    explanation: str = ""
    tags: tuple[str, ...] = field(default=())


class ParseError(Exception):
    """An entry file that cannot be read as an entry, with where and why."""

    def __init__(self, file: str, line: int, message: str) -> None:
        # Line 0 means the file as a whole (missing, unreadable): no line to point at.
        super().__init__(f"{file}:{line}: {message}" if line else f"{file}: {message}")
        self.file = file
        self.line = line
        self.message = message


_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Lower-case words joined by '-': 'System Basics' -> 'system-basics'.

    Latin letters lose their accents ('Café' -> 'cafe'), as they always have, so the
    keys of existing entries stay. A name with letters of another script keeps them
    ('Сети и протоколы' -> 'сети-и-протоколы'): dropping them made every such name
    'entry', and two of them the same.
    """
    if text.isascii():  # its own NFKD form, and no letter of another script
        return _SLUG_DROP.sub("-", text.lower()).strip("-") or "entry"
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    if not any(
        char.isalpha() and not unicodedata.name(char, "").startswith("LATIN") for char in text
    ):
        return _SLUG_DROP.sub("-", ascii_text.lower()).strip("-") or "entry"
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    kept = "".join(
        char if char.isalnum() else "-" for char in decomposed if not unicodedata.combining(char)
    )
    words = [word for word in kept.split("-") if word]
    return "-".join(words) or "entry"


_PUNCT = re.compile(r"[^\w\s]|_", re.UNICODE)
_SPACE = re.compile(r"\s+")
# Symbols that change what a question asks ('2+2' is not '2*2', 'C++' is not 'C#'): kept
# in the canonical form, as are Unicode math and currency signs. '_' stays folded (cloze
# blanks), and a hyphen only counts beside a digit or between one-letter names ('x-y').
_MEANING = frozenset("+-*/\\#=<>%^&|~$@")


def normalise_prompt(prompt: str) -> str:
    """The canonical form a card id is hashed from: case, spacing and punctuation that
    says nothing folded; symbols and signs that change the meaning kept.

    A prompt without such symbols folds exactly as it always has, so its id is unchanged.
    """
    folded = _folded_case(prompt)
    with_symbols = _with_symbols(folded)
    return _words_only(folded) if with_symbols is None else with_symbols


def _with_symbols(folded: str) -> str | None:
    """The canonical form of a folded prompt that holds a symbol that means something;
    None when it holds none, and its canonical form is its words alone."""
    if _MAYBE_MEANING.search(folded) is None or not any(_means(char) for char in folded):
        return None
    pieces: list[str] = []
    for index, char in enumerate(folded):
        if char == "-":
            pieces.append(" - " if _hyphen_means(folded, index) else " ")
        elif _means(char):
            pieces.append(f" {char} ")
        elif char == "_" or not (char.isalnum() or char.isspace()):
            pieces.append(" ")
        else:
            pieces.append(char)
    return _SPACE.sub(" ", "".join(pieces)).strip()


def _folded_case(text: str) -> str:
    # ASCII text is its own NFKC form, and its case folds as lower() does.
    return text.lower() if text.isascii() else unicodedata.normalize("NFKC", text).casefold()


# Each ASCII byte `_PUNCT` or `_SPACE` matches made a space: most prompts are ASCII, and
# translating their bytes is several times faster than the two substitutions (a byte str
# splits on fewer kinds of space than a str does, so every kind is a space first).
_ASCII_WORDS = bytes(
    32 if _PUNCT.match(chr(code)) or chr(code).isspace() else code for code in range(256)
)


def _words_only(folded: str) -> str:
    """Punctuation and '_' as spaces, each run of spaces one space, the ends trimmed."""
    if folded.isascii():
        return b" ".join(folded.encode("ascii").translate(_ASCII_WORDS).split()).decode("ascii")
    return _SPACE.sub(" ", _PUNCT.sub(" ", folded)).strip()


# What may hold a symbol that means something: one of them, or any non-ASCII character
# (a math or currency sign). Most prompts have neither and skip the per-character look.
# Written as one negated class, every ASCII character but those: the range up to
# U+10FFFF took 5 ms to compile, on the way to every first card, and a search for one
# class runs in a tight loop where an alternation of two classes was 2.4x slower.
_MAYBE_MEANING = re.compile(
    "[^" + "".join(f"\\x{code:02x}" for code in range(128) if chr(code) not in _MEANING) + "]"
)


def may_hold_symbols(text: str) -> bool:
    """Whether `text` may hold a symbol its card id keeps ('+', '#', a sign): when not,
    its id is the one it had before symbols were kept."""
    return _MAYBE_MEANING.search(text) is not None


def _means(char: str) -> bool:
    return char in _MEANING or unicodedata.category(char) in ("Sm", "Sc")


def _hyphen_means(text: str, at: int) -> bool:
    # A minus or a sign ('-5', '2-2', 'x - y'), not a hyphen joining words ('front-end').
    # Only the neighbouring words are looked at, so a long prompt stays linear.
    left, right = _word_before(text, at), _word_after(text, at + 1)
    if (left and left[-1].isdigit()) or (right and right[0].isdigit()):
        return True
    return len(left) == 1 and len(right) == 1 and left.isalpha() and right.isalpha()


def _word_before(text: str, end: int) -> str:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    return text[start:end]


def _word_after(text: str, start: int) -> str:
    while start < len(text) and text[start].isspace():
        start += 1
    end = start
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end]


def card_id(entry_key: str, kind: CardKind, prompt: str) -> str:
    """A card's stable id: a versioned hash of (entry key, kind, normalised prompt);
    a claim counts as a definition here (it was one before it had a kind of its own).

    Ids hashed from the canonical form before symbols were kept start 'c1-'; a prompt
    whose canonical form changed when they were (it holds '+', '#', a sign...) gets 'c2-',
    so the change of form can be told from the id.
    """
    folded = _folded_case(prompt)
    legacy = _words_only(folded)
    with_symbols = _with_symbols(folded)
    canonical = legacy if with_symbols is None else with_symbols
    version = CARD_ID_VERSION if canonical == legacy else "c2"
    # Claims were filed as definitions before the claim kind existed: a claim hashes as
    # one, so a card whose question did not change keeps its id, and its progress.
    hashed = CardKind.DEFINITION if kind is CardKind.CLAIM else kind
    digest = hashlib.sha256("\x1f".join((entry_key, hashed.value, canonical)).encode("utf-8"))
    return f"{version}-{digest.hexdigest()[:20]}"
