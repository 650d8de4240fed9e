"""Entry in, cards out: every maker's cards, then the choice among them.

Each maker (`cards.makers`, a module per kind of card) reads the sections its kind
comes from (DESIGN.md, card kinds) and yields cards; `generate` runs them in the order
of `MAKERS`, drops a card that asks what an earlier card already asks (by its words, or
by its wording with fillers and plurals folded), and drops a card that breaks a
question rule (`cards.rules`). It is pure: the same entry, siblings and seed always
give the same cards.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import lru_cache

from cards.makers.advice import advice_cards
from cards.makers.blanks import cloze_cards
from cards.makers.claims import (
    claim_cards,
    conditional_claim_cards,
    inventor_cards,
    purpose_cards,
)
from cards.makers.context import Context
from cards.makers.contrasts import compared_heading_cards, contrast_cards, difference_cards
from cards.makers.definitions import definition_cards
from cards.makers.faq import faq_cards, question_heading_cards, reasons_cards
from cards.makers.fit import fit_cards
from cards.makers.identify import identify_cards
from cards.makers.kinds import kind_cards
from cards.makers.lists import enumeration_cards, list_cards
from cards.makers.parts import part_cards
from cards.makers.pros_cons import pros_cons_cards
from cards.makers.prose import singular
from cards.makers.sides import side_cards
from cards.makers.true_false import flipped_cards, true_false_cards
from cards.model import PRO_CON, TRUE_FALSE, Answering, Card, CardKind, Entry
from cards.rules import copy_faults, problems
from cards.sentences import content_words, words

# Two cards whose prompt-and-answer words overlap this much ask the same thing.
SAME_QUESTION = 0.75
# Words every question of a kind shares, which say nothing about what it asks.
_QUESTION_WORDS = frozenset(content_words("which concept true false pro con name these good"))


# Earlier kinds win when two cards ask the same thing.
MAKERS = (
    definition_cards,
    difference_cards,
    contrast_cards,
    compared_heading_cards,
    side_cards,
    claim_cards,
    purpose_cards,
    inventor_cards,
    conditional_claim_cards,
    kind_cards,
    enumeration_cards,
    list_cards,
    faq_cards,
    question_heading_cards,
    reasons_cards,
    advice_cards,
    cloze_cards,
    true_false_cards,
    flipped_cards,
    identify_cards,
    part_cards,
    pros_cons_cards,
    fit_cards,
)


_Maker = Callable[[Context], Iterator[Card]]


def _named(makers: Sequence[_Maker]) -> tuple[tuple[_Maker, str], ...]:
    """Each maker with the name a bad card is traced by ('cards.makers.claims.claim_cards')."""
    return tuple((maker, f"{maker.__module__}.{maker.__name__}") for maker in makers)


_MAKER_NAMES = _named(MAKERS)
# A page comparing two things that says what one of them does alone ('Compiler vs
# interpreter': 'Interpreter looks at ...') asks that as a choice of the two, and
# nothing of the pair as if it were one concept ('What is A and B used for?').
_PAIR_MAKERS = _named((difference_cards, side_cards))


# A word holding a sign that changes its meaning ('2+2', '2*2', '2-2', 'C++', 'C#'),
# which the content words alone would fold together.
_SIGN = re.compile(r"[+*/=<>%#^&|~]|\d-\d")
# Its two halves, to rule a sign out of a whole prompt fast: a search for one character
# class runs in a tight loop, and '2-2' needs a '-'.
_SIGN_MARK = re.compile(r"[+*/=<>%#^&|~]")
_SIGN_DASH = re.compile(r"\d-\d")


def _holds_sign(text: str) -> bool:
    """Whether `_SIGN` matches somewhere in `text`."""
    if _SIGN_MARK.search(text) is not None:
        return True
    return "-" in text and _SIGN_DASH.search(text) is not None


# Words that change no question: articles, fillers, the forms of 'do' and 'be'.
_FILLERS = frozenset(
    ("a", "an", "the", "actually", "really", "exactly", "basically", "simply", "just")
)
_BASE_FORMS = {"does": "do", "did": "do", "are": "be", "is": "be", "was": "be", "were": "be"}


def _skeleton(prompt: str) -> tuple[str, ...]:
    """A question with its fillers gone and its words stemmed, to tell two wordings of
    one question apart from two questions."""
    # ('How does rate limiting work, in four points?' asks what 'How does rate limiting
    # work?' asks, of the same list)
    prompt = _IN_POINTS.sub("?", prompt)
    return tuple([_skeleton_word(word) for word in words(prompt) if word not in _FILLERS])


_IN_POINTS = re.compile(r",\s+in\s+[\w-]+\s+(?:points|steps|parts)\?$")


# Prompts are new sentences, their words are not: each word's stem is worked out once.
@lru_cache(maxsize=65536)
def _skeleton_word(word: str) -> str:
    return singular(_BASE_FORMS.get(word, word))


_FIXED_ANSWERS = frozenset((*TRUE_FALSE, *PRO_CON))


def _fingerprint(card: Card) -> frozenset[str]:
    # The words of the prompt and of the answer apart: no word runs across the space
    # that would join them, and the prompt's words are looked up again (cached) by the
    # wording check and the rules.
    said = content_words(card.prompt)
    if card.answer not in _FIXED_ANSWERS:
        said |= content_words(card.answer)
    if not _holds_sign(card.prompt):
        return said - _QUESTION_WORDS  # most prompts hold no sign
    # Word by word: a pattern with the word around the sign (\S*...\S*) backtracks over
    # every start of a long word without one, quadratic in its length.
    signed = frozenset(word.rstrip("?.,;:!") for word in card.prompt.split() if _SIGN.search(word))
    return (said - _QUESTION_WORDS) | signed


class _Asked:
    """The questions kept so far, to tell whether a new one repeats one.

    Two cards ask the same thing when their words overlap by SAME_QUESTION or more
    (Jaccard). Such a pair always shares a word among the first few of each set in one
    fixed order (the prefix filter: a set of n words needs only its first
    n - ceil(SAME_QUESTION * n) + 1), so each kept set is indexed by those words alone
    and a new one looks only at the sets that share one of its own first words. The
    order puts the entry's rarest words first (`rarity`: how many of its candidate cards
    use each word), so the words every question shares are seldom looked up at all. For
    each word at most `RECENT` sets are looked at, so the work per card is bounded and an
    entry's cards are checked in time linear in their number (a page of 32,000 FAQ
    questions from one template once took over a minute here).
    """

    RECENT = 64

    def __init__(self, rarity: Mapping[str, int] | None = None) -> None:
        self.kept: list[frozenset[str]] = []
        self.by_word: dict[str, list[int]] = {}
        self.rarity: Mapping[str, int] = rarity or {}
        self.compared = 0  # pairs looked at, for the tests
        self._last: tuple[frozenset[str], list[str]] | None = None  # `before`'s, for `add`

    def _rank(self, word: str) -> int:
        return self.rarity.get(word, 0)

    def _prefix(self, fingerprint: frozenset[str]) -> list[str]:
        last = self._last
        if last is not None and last[0] is fingerprint:
            return last[1]  # `add` of the set `before` was just asked about
        # By rarity, then alphabetically: sorted by word, then (a stable sort) by rarity.
        ordered = sorted(fingerprint)
        ordered.sort(
            key=self.rarity.__getitem__ if isinstance(self.rarity, Counter) else self._rank
        )
        prefix = ordered[: len(ordered) - math.ceil(SAME_QUESTION * len(ordered)) + 1]
        self._last = (fingerprint, prefix)
        return prefix

    def before(self, fingerprint: frozenset[str]) -> bool:
        size = len(fingerprint)
        # The overlap is at most the smaller set's size over the larger's: most pairs are
        # told apart by their sizes alone (min < SAME_QUESTION * max, said without min and
        # max: the other set is much smaller, or this one is).
        smallest = SAME_QUESTION * size
        kept, by_word, recent = self.kept, self.by_word, self.RECENT
        checked: set[int] = set()
        for word in self._prefix(fingerprint):
            for index in reversed(by_word.get(word, ())[-recent:]):
                if index in checked:
                    continue
                checked.add(index)
                earlier = kept[index]
                other = len(earlier)
                if other < smallest or size < SAME_QUESTION * other:
                    continue
                # similarity() >= SAME_QUESTION without building the union: the shared
                # words over all the words (size + other - shared). Exact while
                # SAME_QUESTION is a multiple of a quarter: so are both sides.
                shared = len(fingerprint & earlier)
                if shared * (1 + SAME_QUESTION) >= SAME_QUESTION * (size + other):
                    self.compared += len(checked)
                    return True
        self.compared += len(checked)
        return False

    def add(self, fingerprint: frozenset[str]) -> None:
        index = len(self.kept)
        self.kept.append(fingerprint)
        for word in self._prefix(fingerprint):
            self.by_word.setdefault(word, []).append(index)


def candidates(entry: Entry, others: Sequence[Entry] = (), seed: int = 0) -> list[Card]:
    """Every card the makers propose, before duplicates and rule-breakers are dropped.

    For tests: a maker that breaks a question rule shows up here.
    """
    return [card for card, _maker in _proposed(entry, others, seed)]


def _proposed(entry: Entry, others: Sequence[Entry], seed: int) -> list[tuple[Card, str]]:
    """Each card the makers propose, with its maker's name (module and function)."""
    ctx = Context(entry, others, seed)
    makers = _PAIR_MAKERS if ctx.side_claims else _MAKER_NAMES
    return [(card, name) for maker, name in makers for card in maker(ctx)]


def generate(entry: Entry, others: Sequence[Entry] = (), seed: int = 0) -> list[Card]:
    """Make the cards of one entry.

    Args:
        entry: the entry to ask about.
        others: sibling entries, for distractors; those on the entry's path come first
            (in the order given), then the rest. `entry` itself may be among them.
        seed: shuffles options; the same seed always gives the same cards.

    Returns:
        The cards, definition first; [] when no section gives a card (refusing such an
        entry is the parser's job).
    """
    return [card for card, _maker in explained(entry, others, seed)]


def explained(entry: Entry, others: Sequence[Entry] = (), seed: int = 0) -> list[tuple[Card, str]]:
    """The cards `generate` makes, each with the maker that made it
    ('cards.makers.claims.claim_cards'): a bad card leads straight to its code."""
    deck: list[tuple[Card, str]] = []
    ids: set[str] = set()
    # 'Which concept is X?' beside 'What is <it>?' → X asks the same fact the other way
    # round: a strict reader counts it a repeat, so only the first is kept.
    proposed = [(card, maker, _fingerprint(card)) for card, maker in _proposed(entry, others, seed)]
    asked = _Asked(Counter(word for _, _, fingerprint in proposed for word in fingerprint))
    skeletons: set[tuple[str, ...]] = set()
    recalled_name = False
    defined = ""  # the first definition's answer: a card that says part of it again repeats it
    for card, maker, fingerprint in proposed:
        if card.id in ids:
            continue
        if defined and _said_within(card.answer, defined):
            # 'What is apt-get?' -> '... It allows you to fetch packages ...', then 'What
            # does apt-get do?' -> 'Allows you to fetch packages ...'
            continue
        if recalled_name and _recalls_name(card):
            # Without options a second 'Which concept ...?' asks for the same name from a
            # weaker sentence, which other concepts often fit too.
            continue
        skeleton = _skeleton(card.prompt)
        if skeleton in skeletons:
            continue  # 'What do APIs do?' and 'What does an API actually do?'
        skeletons.add(skeleton)
        if asked.before(fingerprint):
            continue
        if problems(card, entry) or copy_faults(card):
            continue
        deck.append((card, maker))
        ids.add(card.id)
        asked.add(fingerprint)
        recalled_name = recalled_name or _recalls_name(card)
        if card.kind is CardKind.DEFINITION and not defined:
            defined = _bare_words(card.answer)
    return deck


# The fewest words an answer repeats of the definition's for the card to be a repeat.
_REPEATED_WORDS = 5


def _said_within(answer: str, defined: str) -> bool:
    """Whether an answer is said word for word in the definition's (its bare words)."""
    if len(answer.split()) < _REPEATED_WORDS:
        return False  # (taking its marks away never gives an answer more words)
    said = _bare_words(answer)
    return len(said.split()) >= _REPEATED_WORDS and said in defined


def _bare_words(text: str) -> str:
    """Its words in lowercase, without quotation marks and stops: '... "Done".' is said in
    '... "Done." ...'."""
    return _MARKS.sub("", text.casefold()).strip()


_MARKS = re.compile(r"[\"“”.!;]|['‘’](?!\w)|(?<!\w)['‘’]")


def _recalls_name(card: Card) -> bool:
    return card.kind is CardKind.IDENTIFY and card.answering is Answering.SELF
