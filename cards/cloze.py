"""Where to put the blank in a cloze: on the words that carry the sentence's idea.

Finders are tried from the strongest signal to the weakest: the right-hand side of
`Backend = ...`, a quoted phrase, the short words after a label (`Iron rule: ...`), the
name of a concept, and last the end of the sentence (English puts new information
last). A blank is refused when it is a stop word, most of the sentence, or repeated by
the rest of the sentence.

A quoted phrase is a blank when it is a coined idea ('invisible brain'), not when the
quotes only mark words seen or said in an example. So a quote is passed over when
  - it is short (three words or fewer) and a word of the interface stands right beside
    it: `the "add to cart" button`, `pressing "pay"`, `tap "Save"` (a label to read
    off the screen, which nobody needs to learn);
  - the sentence is an example or an analogy (`Think of ...`, `Imagine ...`, `For
    example, ...`, `Say ...`): whatever it quotes is made up for the occasion;
  - it is a question (`cannot answer "which photos show a dog?"`): quoted speech.
The sentence then goes on to the next finder, which may find another blank or none.

A sentence that opens by pointing back (`It ...`, `This ...`, `They ...`) is no cloze
at all: the card shows it alone, without the sentence it points back to.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from cards.names import NameIndex
from cards.sentences import STOP_WORDS, has_phrase, split_label, word_set, words

BLANK = "____"

# The longest answer a learner can be asked to type.
MAX_ANSWER_WORDS = 5

_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
# Where a long right-hand side can be cut after its head noun phrase.
_PHRASE_END = re.compile(r",|\s+(?:for|that|which|who|with|to|of|in|on|by|—|–|-)\s+")
_QUOTED = re.compile(r"(?<![\w])(['‘\"“])([^'‘’\"“”]{2,60}?)(['’\"”])(?![\w])")
_TRAILING_WORDS = re.compile(r"([A-Za-z0-9][\w'’-]*(?:\s+[A-Za-z0-9][\w'’-]*){0,2})[.!?]*$")

# A quote this short beside an interface word is a label on the screen ('add to cart').
_LABEL_WORDS = 3
_INTERFACE = word_set(
    """
    button buttons click clicks clicking clicked press presses pressing pressed tap taps
    tapping tapped hit hits hitting label labelled labeled menu menus link links tab
    tabs icon icons key keys option select selects selecting choose chooses choosing
    """
)
_ARTICLES = word_set("the a an")
# Openings of a sentence that is an example or an analogy rather than a statement.
_EXAMPLE = re.compile(
    r"^\W*(?:think of|think about|imagine|picture|for example|for instance|e\.g\.|say|"
    r"suppose|let's say)(?!\w)",
    re.IGNORECASE,
)
# First words that point back to the sentence before: such a sentence cannot stand alone.
_POINTS_BACK = word_set("it it's its they they're them their this these those that that's he she")

# Words that can end a sentence without being its news.
_PARTICLES = word_set(
    "away back out up down off over again there here now too well later first instead"
)

# Set phrases that end a sentence as an adverb: their last word is English, not the idea.
_SET_PHRASES = frozenset(
    (
        *("on purpose", "by default", "at once", "in fact", "for good", "at all"),
        *("in general", "by hand", "on time", "in time", "in practice", "in turn"),
        *("for now", "in advance", "at first", "at last", "of course", "by accident"),
        "in short",
    )
)

# Words that open a clause: what follows them at a sentence's end is a clause to recall
# word for word, not a term.
_CLAUSE_OPENERS = word_set("so because since while but until unless then that which when if")
# A blank right after these words stands for any one of many ('every ____ answer').
_QUANTIFIED = re.compile(r"\b(?:every|each|any|all|some|no|other|many|most)\s+$", re.I)
# Everyday nouns that several words can stand for: at a sentence's end they are no term
# to recall ('before every use': request, call and login fit as well).
_GENERAL = word_set(
    """
    use uses device devices computer computers machine machines visitor visitors user users
    person people thing things way ways time times place places part parts work job jobs
    task tasks everyone anyone someone world case cases action actions result results
    change changes item items stuff kind kinds type types one ones others shape shapes
    form forms size sizes
    """
)

Span = tuple[int, int]


@dataclass(frozen=True)
class Blank:
    """A cloze: the prompt with one blank, the answer, and other answers that count."""

    prompt: str
    answer: str
    accepted: tuple[str, ...] = ()
    source: str = ""  # which finder chose the blank, for tests and for reading
    own_name: bool = False  # the blank is the entry's own name: ask it as a choice


def _trim(sentence: str, start: int, end: int) -> Span | None:
    """Shrink a span to its words: no surrounding space, article or closing punctuation."""
    text = sentence[start:end]
    stripped = text.rstrip(" .!?;:,")
    end = start + len(stripped)
    lead = len(stripped) - len(stripped.lstrip())
    start += lead
    article = _ARTICLE.match(sentence[start:end])
    if article and article.end() < end - start:
        start += article.end()
    return (start, end) if end > start else None


def _after_equals(sentence: str, concepts: NameIndex) -> Span | None:
    left, equals, _ = sentence.partition(" = ")
    if not equals or not left.strip():
        return None
    start = len(left) + len(equals)
    span = _trim(sentence, start, len(sentence))
    if span is None:
        return None
    if len(words(sentence[span[0] : span[1]])) > 3:
        # A longer right-hand side goes on to explain: ask for its head noun phrase.
        cut = _PHRASE_END.search(sentence, span[0], span[1])
        # 'a cheap, scalable home for files': a comma after one word parts adjectives,
        # and cutting there would blank 'cheap' alone; cut at the next phrase end.
        while (
            cut is not None
            and cut.group() == ","
            and len(words(sentence[span[0] : cut.start()])) <= 1
        ):
            cut = _PHRASE_END.search(sentence, cut.end(), span[1])
        if cut is not None:
            span = _trim(sentence, span[0], cut.start())
    if span is None or len(words(sentence[span[0] : span[1]])) > MAX_ANSWER_WORDS:
        return None
    return span


def _is_label(sentence: str, start: int, end: int) -> bool:
    """Whether the short quote at sentence[start:end] names a button, key or menu entry."""
    if len(words(sentence[start:end])) > _LABEL_WORDS:
        return False
    before = [word for word in words(sentence[:start]) if word not in _ARTICLES][-2:]
    after = [word for word in words(sentence[end:]) if word not in _ARTICLES][:2]
    return bool(_INTERFACE.intersection(before + after))


def _quoted(sentence: str, concepts: NameIndex) -> Span | None:
    if _EXAMPLE.match(sentence):
        return None  # an example's quotes are made up for it: no idea to learn
    for match in _QUOTED.finditer(sentence):
        phrase = match.group(2)
        if phrase.rstrip().endswith("?") or _is_label(sentence, match.start(), match.end()):
            continue  # quoted speech or an on-screen label, not a coined idea
        if len(words(phrase)) <= MAX_ANSWER_WORDS:
            return _trim(sentence, match.start(2), match.end(2))
    return None


def _after_label(sentence: str, concepts: NameIndex) -> Span | None:
    label, rest = split_label(sentence)
    if not label or len(words(rest)) > MAX_ANSWER_WORDS:
        return None
    return _trim(sentence, len(sentence) - len(rest), len(sentence))


def _concept(sentence: str, concepts: NameIndex) -> Span | None:
    # The last concept named wins: the end of an English sentence carries its news.
    spans = concepts.find(sentence)
    return spans[-1] if spans else None


def _end_focus(sentence: str, concepts: NameIndex) -> Span | None:
    # Only the sentence's last words can match: searching its tail keeps this linear.
    # A match is at most three words, none holding a space, so it starts no earlier
    # than the third word from the end (the search tries every place it may start).
    trimmed = sentence.rstrip()
    pieces = trimmed.rsplit(None, 3)
    last_three = len(pieces[0]) if len(pieces) == 4 else 0
    tail_start = max(0, len(trimmed) - 200, last_three)
    match = _TRAILING_WORDS.search(trimmed, tail_start)
    if match is None:
        return None
    found = match.group(1).split()
    # Keep only the trailing run of content words ('sent by the frontend' -> 'frontend').
    kept: list[str] = []
    for word in reversed(found):
        if word.lower() in STOP_WORDS:
            break
        kept.insert(0, word)
    if not kept or kept[-1].lower() in _PARTICLES:
        return None  # 'throw a copy away': the end is a particle, not the idea
    if " ".join(words(" ".join(found[-2:]))) in _SET_PHRASES:
        return None  # 'granted on ____': the answer is the idiom's, not the idea's
    start = match.start(1) + len(" ".join(found[: len(found) - len(kept)]))
    span = _trim(sentence, start, match.end(1))
    if span is None:
        return None
    before = sentence[: span[0]].rstrip()
    if before.endswith(",") or re.search(r",[^,]*\b(and|or)$", before):
        return None  # the last member of a list: the other members give it away
    if words(before)[-1:] and words(before)[-1] in _CLAUSE_OPENERS:
        return None  # 'so ____' (changes spread gradually): a clause, not a term
    return span


Finder = Callable[[str, NameIndex], "Span | None"]
STRONG_FINDERS: tuple[Finder, ...] = (_after_equals, _quoted, _after_label)
ALL_FINDERS: tuple[Finder, ...] = (*STRONG_FINDERS, _concept, _end_focus)


def _worth_asking(sentence: str, span: Span) -> bool:
    answer = sentence[span[0] : span[1]]
    answer_words = words(answer)
    rest = sentence[: span[0]] + " " + sentence[span[1] :]
    if not answer_words or all(word in STOP_WORDS for word in answer_words):
        return False
    rest_words = words(rest)
    if len(rest_words) < 2 or all(word in STOP_WORDS for word in rest_words):
        return False  # nearly the whole sentence: nothing left to recall it from
    if len(answer_words) > len(words(sentence)) * 0.6:
        return False
    if _NOT_A_TERM.search(answer) or _SUSPENDED.search(sentence[: span[0]]):
        # 'layer receives data', 'family alongside CTAP': a clause's tail, no term;
        # 'first- and ____': the half of a word the sentence already says
        return False
    return not has_phrase(rest, answer)


# Inside a blank: a verb with its object, or a preposition between words.
_NOT_A_TERM = re.compile(
    r"\w\s+(?:[a-z]{3,}(?<!s)s\s+\w|(?:alongside|between|within|without|across|through|"
    r"against|via)\s)"
)
_SUSPENDED = re.compile(r"\w-\s+(?:and|or|to)\s*$")


def _accepted(answer: str, concepts: NameIndex) -> tuple[str, ...]:
    return tuple(name for name in concepts.names_of(answer) if name.lower() != answer.lower())


# Sample values and code: a dotted or bracketed token, a path, a version, an address.
_CODE_LIKE = re.compile(r"[(){}<>\[\]/\\@=_$]|\w\.\w|^\d[\d.,:]*$|^[a-z]+[A-Z]")
_OPENING_QUOTES = "\"'“‘«`"
_CLOSING_QUOTES = "\"'”’»`"


# The blank stands among examples: after 'such as', 'like', 'including', before the
# sentence's next break.
_AMONG_EXAMPLES = re.compile(
    r"\b(?:such as|like|including|includes|e\.g\.|for example|for instance)\b[^.;:()]*$",
    re.IGNORECASE,
)


# What right after a blank gives it away ('____ like HTTP': protocols) or lets many words
# fit ('proper ____ settings').
_EXAMPLES_AFTER = re.compile(
    r"\s+(?:like|such as|e\.g\.|including|settings|options|features|values|types|tools|"
    r"methods|techniques|things|stuff)\b",
    re.IGNORECASE,
)


def _inside_quotes(sentence: str, span: Span) -> bool:
    """Whether the blank stands inside quotation marks: an example or a label, not an idea."""
    before = sentence[: span[0]].rstrip()
    after = sentence[span[1] :].lstrip()
    if before[-1:] in _OPENING_QUOTES and after[:1] in _CLOSING_QUOTES:
        return True
    opened = sum(before.count(q) for q in "“«") - sum(before.count(q) for q in "”»")
    straight = before.count('"') % 2 == 1
    return opened > 0 or straight


def find_blank(
    sentence: str,
    concepts: NameIndex | None = None,
    *,
    strong_only: bool = False,
    concept_names: bool = False,
    own: NameIndex | None = None,
    defining: bool = True,
) -> Blank | None:
    """Choose the blank of a cloze made from `sentence`, or None when nothing is worth it.

    `concepts` indexes the names of known concepts (title and aliases of each); a
    concept's other names are accepted as answers. With
    `strong_only`, only explicit signals (`=`, quotes, a label) are used: that is for
    sentences that are not takeaways, where a guessed blank is more often a poor card.
    `concept_names` adds, to the strong signals, the name of another known concept
    (`never trust data sent by the ____`: frontend). `own` indexes the entry's own
    names: the review header shows them, so a blank on one would answer itself (it is
    flagged `own_name`, for the caller to ask as a choice). A quoted phrase is a blank
    only in a `defining` sentence (the entry's name is its subject: "The backend is the
    'invisible brain'"); any other quote marks an example, a label or a sample value,
    and nothing inside quotes is ever blanked.
    """
    first = words(sentence)[:1]
    if first and first[0] in _POINTS_BACK:
        return None  # 'It can save a file': the card would not say what 'it' is
    finders = STRONG_FINDERS if strong_only else ALL_FINDERS
    if strong_only and concept_names:
        finders = (*STRONG_FINDERS, _concept)
    concepts = NameIndex() if concepts is None else concepts
    for finder in finders:
        if finder is _quoted and not defining:
            continue
        span = finder(sentence, concepts)
        if span is None or not _worth_asking(sentence, span):
            continue
        answer = sentence[span[0] : span[1]]
        if finder is not _quoted and _inside_quotes(sentence, span):
            continue
        if _AMONG_EXAMPLES.search(sentence, max(0, span[0] - 200), span[0]):
            continue  # 'such as load balancing, ____ and security': any example fits
        if _EXAMPLES_AFTER.match(sentence, span[1]):
            continue  # '____ like HTTP', '____ settings': the rest names it or anything fits
        if any(_CODE_LIKE.search(word) for word in answer.split()):
            continue  # code, an address or a sample value: nothing to learn by heart
        if _QUANTIFIED.search(sentence, max(0, span[0] - 12), span[0]):
            continue  # 'every ____ that calls it': any caller fits
        if finder is _end_focus and " ".join(words(answer)) in _GENERAL:
            continue  # 'runs on the user's own ____': device, computer and phone all fit
        own_spans = own.find(answer) if own is not None else []
        own_name = len(own_spans) == 1 and own_spans[0][1] - own_spans[0][0] >= len(answer) - 2
        prompt = sentence[: span[0]] + BLANK + sentence[span[1] :]
        name = finder.__name__.lstrip("_")
        return Blank(
            prompt=prompt,
            answer=answer,
            accepted=_accepted(answer, concepts),
            source=name,
            own_name=own_name,
        )
    return None
