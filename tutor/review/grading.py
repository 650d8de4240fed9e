"""Grading: is a typed or chosen answer right, and which rating does that propose?"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4

_ARTICLES = {"a", "an", "the"}
# Characters that change what an answer says: kept, and matched exactly (`-5` is not `5`,
# `C++` is not `C`, `x+y` is not `x-y`). Any other punctuation (quotes, commas, brackets,
# a final full stop) is spacing. Unicode symbols (category S: `≤`, `€`, `→`) count too.
_MEANINGFUL = set("+-*/\\#=<>%^&|~$@_")


@dataclass(frozen=True)
class Verdict:
    """The outcome of a typed answer: right or not, and whether only close enough."""

    correct: bool
    close: bool = False  # accepted despite a small typo
    expected: str = ""  # the answer it was matched against (or the main answer)

    @property
    def proposed_rating(self) -> int:
        return GOOD if self.correct else AGAIN


def tokens(text: str) -> list[str]:
    """An answer as words, numbers and meaningful symbols, case and accents folded.

    A number keeps a point or comma between its digits (`3.14`); a hyphen between two
    words of two letters or more joins them like a space (`front-end`); an article before
    a word is dropped.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    found: list[str] = []
    index, size = 0, len(bare)
    while index < size:
        char = bare[index]
        if char.isalpha() or char.isdigit():
            same = str.isalpha if char.isalpha() else str.isdigit
            end = index + 1
            while end < size and (
                same(bare[end])
                or (
                    same is str.isdigit
                    and bare[end] in ".,"
                    and end + 1 < size
                    and bare[end + 1].isdigit()
                )
            ):
                end += 1
            found.append(bare[index:end])
            index = end
            continue
        if char == "-" and _joins_words(bare, index):
            index += 1
            continue
        if char in _MEANINGFUL or unicodedata.category(char).startswith("S"):
            found.append(char)
        index += 1
    return [
        token
        for number, token in enumerate(found)
        if not (token in _ARTICLES and number + 1 < len(found) and found[number + 1].isalpha())
    ]


def _joins_words(text: str, at: int) -> bool:
    before = text[max(0, at - 2) : at]
    after = text[at + 1 : at + 3]
    return len(before) == 2 and len(after) == 2 and (before + after).isalpha()


def fold(text: str) -> str:
    """Case, accents, spacing, articles and punctuation that says nothing folded away;
    digits, signs and symbols kept."""
    return " ".join(tokens(text))


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
    """Match a typed answer leniently against the answer and its accepted alternatives.

    Case, accents, spacing, articles and plain punctuation never matter. Digits, signs
    and symbols must match exactly; a small typo is forgiven only in the letters of
    words long enough (see `typo_allowance`), and such an answer is marked close.
    """
    typed = tokens(given)
    candidates = [answer, *accepted]
    if not typed:
        return Verdict(correct=False, expected=answer)
    for candidate in candidates:
        if tokens(candidate) == typed:
            return Verdict(correct=True, expected=candidate)
    for candidate in candidates:
        if _close(typed, tokens(candidate)):
            return Verdict(correct=True, close=True, expected=candidate)
    return Verdict(correct=False, expected=answer)


def _close(typed: list[str], target: list[str]) -> bool:
    """Whether `typed` differs from `target` only by a few letters inside long words."""
    typed_parts, typed_frame = _letters_and_frame(typed)
    target_parts, target_frame = _letters_and_frame(target)
    if typed_frame != target_frame:
        return False  # a digit, sign or symbol differs, or stands elsewhere
    budget = typo_allowance(sum(len(part.replace(" ", "")) for part in target_parts))
    spent = 0
    for mine, theirs in zip(typed_parts, target_parts, strict=True):
        if mine == theirs or mine.replace(" ", "") == theirs.replace(" ", ""):
            continue
        if len(mine.split()) == len(theirs.split()):
            # Word by word: each word's own allowance ('attracts dirt' is no typo of
            # 'attracts grit', two letters off in a word of four), and a word's plural
            # for the word ('rims' for 'rim')
            for typed_word, target_word in zip(mine.split(), theirs.split(), strict=True):
                if typed_word == target_word or _one_or_many(typed_word, target_word):
                    continue
                allowance = min(typo_allowance(len(target_word)), budget - spent)
                distance = edit_distance(typed_word, target_word, max(allowance, 0))
                if allowance <= 0 or distance > allowance:
                    return False
                spent += distance
            continue
        long_words = sum(typo_allowance(len(word)) for word in theirs.split())
        allowance = min(long_words, typo_allowance(len(theirs)), budget - spent)
        if allowance <= 0:
            return False
        distance = edit_distance(mine, theirs, allowance)
        if distance > allowance:
            return False
        spent += distance
    return True


def _one_or_many(typed: str, target: str) -> bool:
    """Whether one word is the other's plural: 'rims' for 'rim', 'boxes' for 'box'."""
    shorter, longer = sorted((typed, target), key=len)
    return len(shorter) >= 2 and longer in (f"{shorter}s", f"{shorter}es")


def _letters_and_frame(found: list[str]) -> tuple[list[str], list[str]]:
    # The runs of words between numbers and symbols, and those numbers and symbols in order.
    parts, frame, run = [], [], []  # type: list[str], list[str], list[str]
    for token in found:
        if token.isalpha():
            run.append(token)
            continue
        parts.append(" ".join(run))
        run = []
        frame.append(token)
    parts.append(" ".join(run))
    return parts, frame


def grade_choice(chosen: str, answer: str) -> Verdict:
    return Verdict(correct=chosen == answer, expected=answer)
