"""Grading: is a typed or chosen answer right, and which rating does that propose?"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4

_ARTICLES = {"a", "an", "the"}
_NOT_WORD = re.compile(r"[^\w\s]|_")


@dataclass(frozen=True)
class Verdict:
    """The outcome of a typed answer: right or not, and whether only close enough."""

    correct: bool
    close: bool = False  # accepted despite a small typo
    expected: str = ""  # the answer it was matched against (or the main answer)

    @property
    def proposed_rating(self) -> int:
        return GOOD if self.correct else AGAIN


def fold(text: str) -> str:
    """Case, accents, punctuation, articles and spacing folded away."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = _NOT_WORD.sub(" ", bare).split()
    return " ".join(word for word in words if word not in _ARTICLES)


def typo_allowance(length: int) -> int:
    """How many edits a typed answer of this length may be off: none for short words."""
    if length <= 3:
        return 0
    if length <= 7:
        return 1
    return 2


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (a swap of neighbours counts once), capped at limit+1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def grade_typed(given: str, answer: str, accepted: Iterable[str] = ()) -> Verdict:
    """Match a typed answer leniently against the answer and its accepted alternatives."""
    typed = fold(given)
    candidates = [answer, *accepted]
    if not typed:
        return Verdict(correct=False, expected=answer)
    for candidate in candidates:
        if fold(candidate) == typed:
            return Verdict(correct=True, expected=candidate)
    for candidate in candidates:
        target = fold(candidate)
        allowance = typo_allowance(len(target))
        if allowance and edit_distance(typed, target, allowance) <= allowance:
            return Verdict(correct=True, close=True, expected=candidate)
    return Verdict(correct=False, expected=answer)


def grade_choice(chosen: str, answer: str) -> Verdict:
    return Verdict(correct=chosen == answer, expected=answer)
