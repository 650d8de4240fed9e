"""The prose of an entry as the makers read it, and whether a sentence can stand alone.

The sentences of an entry's sections of some kinds (questions left out: they state
nothing), and the tests every maker puts a sentence to before asking about it: cut
short, leaning on the sentence before, or holding code; a lead that introduces
examples; and `singular`, the plain plural folding that the cloze maker and the
duplicate check share. Splitting text into sentences and words is `cards.sentences`'s
job; this module walks an `Entry`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from cards.model import Entry, Item, ItemKind, Section, SectionKind
from cards.sentences import first_sentence, split_sentences


def sections_of(entry: Entry, *kinds: SectionKind) -> Iterator[Section]:
    return (section for section in entry.sections if section.kind in kinds)


def prose_items(section: Section) -> Iterator[Item]:
    """The prose items of a section: paragraphs, bullets and numbered items."""
    return (item for item in section.items if item.kind is not ItemKind.QUESTION)


# Each maker reads an entry's statements of a few kinds, and most makers ask for the same
# kinds: worked out once per entry and kinds. Keyed by the entry's identity, which the
# value keeps alive.
_STATEMENTS: dict[
    tuple[int, tuple[SectionKind, ...]], tuple[Entry, tuple[tuple[Section, Item, str], ...]]
] = {}


def sentences_of(entry: Entry, *kinds: SectionKind) -> Iterator[tuple[Section, Item, str]]:
    """The statements of an entry's sections of these kinds: not its questions, which
    state nothing, nor a myth the next sentence refutes ('X is less secure because it is
    newer.' 'Newer doesn't mean weaker; ...'), under whichever heading that one is."""
    cached = _STATEMENTS.get((id(entry), kinds))
    if cached is None:
        if len(_STATEMENTS) >= 4096:  # each keeps an entry alive: bound the memory
            _STATEMENTS.clear()
        cached = _STATEMENTS[id(entry), kinds] = (entry, tuple(_statements(entry, kinds)))
    return iter(cached[1])


def _statements(
    entry: Entry, kinds: tuple[SectionKind, ...]
) -> Iterator[tuple[Section, Item, str]]:
    held: tuple[Section, Item, str] | None = None  # the last sentence, to be let through
    for section in entry.sections:
        if section.kind not in kinds:
            # only its first sentence matters, as the next one after a held sentence
            if held is not None:
                first = next((item for item in prose_items(section) if item.text), None)
                opening = split_sentences(first.text)[:1] if first is not None else []
                if not (opening and _REFUTES.match(opening[0])):
                    yield held
                held = None
            continue
        for item in prose_items(section):
            for sentence in split_sentences(item.text):
                if held is not None and _REFUTES.match(sentence) is None:
                    yield held
                held = None if sentence.endswith("?") else (section, item, sentence)
    if held is not None:
        yield held


# A sentence that opens by denying the one before it: 'Newer doesn't mean weaker; ...',
# 'Not true.', "That's a myth."
_REFUTES = re.compile(
    r"^(?:[\w'’-]+\s+){1,3}(?:doesn['’]t|does\s+not|don['’]t|do\s+not)\s+"
    r"(?:necessarily\s+|automatically\s+)?(?:mean|make)\s+(?:it\s+|them\s+)?[\w-]+\s*[;,.]|"
    r"^(?:not\s+(?:true|so)|false|wrong)\b|"
    r"^(?:that|this)(?:['’]s|\s+is)\s+(?:a\s+(?:myth|misconception)|not\s+true|false|wrong)\b|"
    r"^(?:reality|the\s+truth)\s*:",
    re.I,
)


# How a word is written or said: '"Linter" is spelled with six letters and is pronounced
# ...'. A dictionary's paragraph that opens so is about the word, and the senses it goes
# on to give may be any field's ('a term used in the textile industry').
_SPELLING = re.compile(
    r"\b(?:is|are)\s+(?:spelled|spelt|pronounced|"
    # 'Register is a word with several meanings: as a noun it refers to the book ...'
    r"an?\s+(?:\w+\s+)?(?:word|term)\s+(?:with|that\s+has|having)\s+(?:several|many|"
    r"multiple|various|two|three|different)\s+(?:\w+\s+)?(?:meanings|senses|uses))\b",
    re.I,
)


_OPENING = 400


def about_the_word(item: Item) -> bool:
    """Whether a paragraph opens by saying how its word is spelled or said, or that the
    word has several meanings (its everyday ones, before the one the page is about)."""
    # (its opening only: asked for every sentence of an item, of any length)
    return _SPELLING.search(first_sentence(item.text[:_OPENING])) is not None


# Openings that lean on the sentence before ('Similarly, ...', 'In other words, ...') or
# that start an example ('Here is ...'): such a sentence does not stand on its own card.
LEANS_BACK = re.compile(
    r"^(?:similarly|likewise|in other words|that is|as a result|as such|therefore|thus|hence|so|"
    r"also|however|but|and|or|then|okay|ok|now|really|here is|here's|here are|for example|"
    r"for instance|e\.g\.|i\.e\.|again|instead|otherwise|meanwhile|finally|first|second|"
    r"third|next|lastly|let's|let us|in (?:this|that|other|some|many) "
    r"(?:case|cases|example|article|post|guide|context|contexts|sense)|"
    r"this|that|these|those|it|its|they|their|such)\b",
    re.IGNORECASE,
)
# A lead ending so introduces examples, which no one must recall all of.
EXAMPLES_FOLLOW = re.compile(r"\b(?:such as|including|like|for example|e\.g\.|for instance)$", re.I)
# Code, paths and sample values: a sentence holding one quizzes an example, not an idea.
CODE = re.compile(r"[{}<>`]|\(\)(?![\s,.)]|$)|\w/\w|\w\.\w+\(|\b[A-Z]+ /\w|=\s*\S")


# A teaser's end: 'routers exchange routing information … Read more.' Looked for in a
# text's last characters only, so a page of dots takes no longer than its length.
_TEASER_END = re.compile(
    r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*(?:read more|continue reading)?\W*$", re.I
)
_TEASER_REACH = 40


# How a whole text ends: a stop, or a bracket or quote closing after one. The last words of
# a page that end otherwise were cut off by its copy ('... by the lexi').
WHOLE_ENDS = (".", "!", "?", ")", '"', "”", "'", "’")


def last_item(entry: Entry) -> Item | None:
    """The entry's last paragraph or point, where a page cut short ends."""
    with_items = [section for section in entry.sections if section.items]
    return with_items[-1].items[-1] if with_items else None


def broke_off(text: str, item: Item, last: Item | None) -> bool:
    """Whether `text`, of `item`, is the page's last words (`last` is the entry's last
    item) and has no stop: the copy of the page broke off there ('... idempotent, r')."""
    return item is last and not text.rstrip().endswith(WHOLE_ENDS)


def cut_off(text: str) -> bool:
    """Whether a text stops mid-way: an unclosed bracket or quote, or an ellipsis at its
    end (a page or a teaser cut short)."""
    return (
        text.count("(") != text.count(")")
        or text.count("“") > text.count("”")
        or _TEASER_END.search(text[-_TEASER_REACH:]) is not None
    )


# What a thing differs from, said as its predicate ('differs from authentication, which
# ...'): from countless things, which sets it apart from none in particular.
DIFFERS_FROM = re.compile(r"(?:differs?|varies|vary)\s+from\b")
# A sentence that says only that how it works differs from case to case.
SAYS_IT_VARIES = re.compile(
    r"\bworks?\s+(?:in\s+)?(?:a\s+(?:variety|number)\s+of|many|several|different|various)"
    r"\s+ways\b|\bdepends\s+(?:on|upon)\s+(?:the|a|many|several)\b(?=[^.]*$)",
    re.I,
)


# Most makers ask this of the same sentences (cloze, identify, flipped claims, kinds).
@lru_cache(maxsize=16384)
def stands_alone(sentence: str) -> bool:
    """Whether a sentence makes sense as a card of its own: a whole, plain statement."""
    first = sentence.lstrip()[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False  # cut off at the start: a wrap, a truncated page, a quote's tail
    if sentence.rstrip().endswith(":"):
        return False  # it goes on in a list the card would not show
    if not sentence.rstrip().rstrip("\"'”’)").endswith((".", "!", "?")) or cut_off(sentence):
        return False  # no full stop: a heading, a label or a page cut short
    if LEANS_BACK.match(sentence) is not None or CODE.search(sentence) is not None:
        return False
    if TELLS_A_STORY.match(sentence):
        return False  # 'Imagine a thief with a ring of keys ...': a scene, no fact
    if labels_something(sentence):
        return False
    if _POINTS_BACK.search(sentence) is not None:
        return False  # 'You must neutralize these before ...': these things, said before
    # 'Time, however, is the most significant variable ...': set against the sentence
    # before it, which the card would not show.
    return _SET_AGAINST.search(sentence) is None


# A story told to the reader: 'Imagine ...', 'Suppose ...', 'Picture this: ...'.
TELLS_A_STORY = re.compile(r"(?:imagine|suppose|pretend|picture\s+(?:this|yourself))\b", re.I)
# 'these' or 'those' standing for things named before, no noun after it.
_POINTS_BACK = re.compile(
    r"\b(?:these|those)(?=\s*[.,;:!?]|\s+(?:before|after|when|if|first|again|too|as\s+well)\b)",
    re.I,
)


_LABELLED_NAMES = re.compile(
    r"^[A-Z][\w -]{1,30}:\s+[A-Z][\w-]*(?:,?\s+(?:and\s+)?[A-Z][\w-]*){0,4}\.?$"
)
_LABELLED_STEP = re.compile(
    r"^(?:step|stage|phase|figure|fig\.|diagram|image)\s*\d{1,3}\s*[:.)]\s", re.I
)


# A table's row as 'label: value', the value three words (or a short list) and no verb:
# 'Apple iOS: No support.', 'The basic structure: input, hidden, output'.
_LABELLED_VALUE = re.compile(
    r"^[A-Z][\w .-]{1,30}:\s+(?!.*\b(?:is|are|was|were|can|has|have|does|do|will)\b)"
    r"[\w-]+(?:,?\s+[\w-]+){0,2}(?:,\s+[\w-]+){0,3}\.?$"
)


def labels_something(sentence: str) -> bool:
    """Whether a sentence is a label and what it labels, no statement: 'Step 1: A 3-node
    cluster.' (a diagram's caption or a procedure's step), 'Related Antipatterns:
    Transaction Script.' (names under a label), 'Apple iOS: No support.' (a table's row)."""
    return (
        _LABELLED_STEP.match(sentence) is not None
        or _LABELLED_NAMES.match(sentence) is not None
        or _LABELLED_VALUE.match(sentence) is not None
    )


# A linking word set off by commas inside a sentence, which answers the one before.
_SET_AGAINST = re.compile(
    r",\s+(?:however|though|therefore|thus|instead|in contrast|by contrast|"
    r"on the other hand|in turn|as a result|likewise|similarly),",
    re.I,
)


def singular(word: str) -> str:
    """'apis' -> 'api': enough to see one question asked of one or many."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
