"""The rules of a check: which questions it asks, how it is scored, what a pass unlocks.

Pure: the cards, the steps, the pass mark and the random generator are passed in.

A check asks up to ten of a step's auto-graded cards (choice and typed), kinds taken in
turn so that it is not ten pros-and-cons in a row. Two rules keep it honest:

- no two questions stand on one source sentence (the same line of the entry file, or the
  same explanation): they would ask the same fact twice, or answer each other;
- no question is asked whose answer the check itself shows: a card whose answer is the
  step's own name (the whole check is about it), or whose answer appears as a word (or
  its plural) in the prompt, options or explanation of another question of the check.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from cards import Card
from db.records import SectionRef, Step, StoredCard
from tutor.grading import fold

MAX_QUESTIONS = 10
KIND_SHARE = 3  # places one kind may fill when there are enough other kinds
DEFAULT_PASS_MARK = 0.8

# Answers that are labels rather than facts: seeing "True" elsewhere gives nothing away.
LABEL_ANSWERS = frozenset({"true", "false", "pro", "con"})


def check_seed(now: datetime) -> int:
    """The seed of a check started at `now`: a new draw each second, repeatable in tests.

    Whole seconds, so that a test which fixes the clock (TUTOR_NOW) gets the same draw
    however long the process took to start.
    """
    return int(now.timestamp())


def checkable(cards: Iterable[StoredCard], step_names: Iterable[str] = ()) -> list[StoredCard]:
    """The cards a check may ask: auto-graded, live, not suspended, not naming the step.

    Suspended and flagged cards are left out because the learner chose not to see them
    again (a flagged card until its question is fixed).
    """
    names = {fold(name) for name in step_names}
    return [
        stored
        for stored in cards
        if stored.card.answering.auto_graded
        and not stored.suspended
        and not stored.retired
        and not stored.flagged
        and not any(answer in names for answer in _answers(stored.card))
    ]


def same_source(a: Card, b: Card) -> bool:
    """Whether two cards stand on one source sentence (same file and line, or explanation)."""
    if (a.source.file, a.source.line) == (b.source.file, b.source.line):
        return True
    return bool(a.explanation) and fold(a.explanation) == fold(b.explanation)


def gives_away(shown: Card, asked: Card) -> bool:
    """Whether showing `shown` (prompt, options, explanation) reveals `asked`'s answer."""
    answers = [answer for answer in _answers(asked) if answer not in LABEL_ANSWERS]
    if not answers:
        return False
    visible = " ".join(fold(text) for text in (shown.prompt, shown.explanation, *shown.options))
    # Whole words, and their plurals: "devices" elsewhere gives away "device".
    return any(re.search(rf"\b{re.escape(answer)}(s|es)?\b", visible) for answer in answers)


def clash(a: Card, b: Card) -> bool:
    """Whether two cards may not be asked in the same check."""
    return same_source(a, b) or gives_away(a, b) or gives_away(b, a)


def draw(
    cards: Sequence[StoredCard], rng: random.Random, limit: int = MAX_QUESTIONS
) -> list[StoredCard]:
    """Up to `limit` questions from `cards` (already `checkable`), kinds mixed, none clashing.

    Kinds are visited in a random order, one card of each kind per round, so the
    questions alternate kinds for as long as several kinds are left; no kind fills more
    than its share (3 of 10 when there are five kinds), so a step with many pros and
    cons still gets a short, varied check rather than a long one-sided one.
    """
    by_kind: dict[str, list[StoredCard]] = {}
    for stored in sorted(cards, key=lambda s: s.card.id):  # stable whatever the input order
        by_kind.setdefault(stored.card.kind.value, []).append(stored)
    kinds = sorted(by_kind)
    rng.shuffle(kinds)
    for kind in kinds:
        rng.shuffle(by_kind[kind])
    share = max(KIND_SHARE, math.ceil(limit / max(len(kinds), 1)))
    taken = dict.fromkeys(kinds, 0)
    chosen: list[StoredCard] = []
    while len(chosen) < limit and any(by_kind[kind] for kind in kinds if taken[kind] < share):
        for kind in kinds:
            waiting = by_kind[kind] if taken[kind] < share else []
            while waiting:
                candidate = waiting.pop()
                if not any(clash(candidate.card, other.card) for other in chosen):
                    chosen.append(candidate)
                    taken[kind] += 1
                    break
            if len(chosen) == limit:
                break
    return _spread(chosen)


def _spread(chosen: list[StoredCard]) -> list[StoredCard]:
    """The questions reordered so that two of one kind do not follow each other if avoidable."""
    left = list(chosen)
    ordered: list[StoredCard] = []
    while left:
        counts = Counter(stored.card.kind for stored in left)
        last = ordered[-1].card.kind if ordered else None
        options = [stored for stored in left if stored.card.kind != last] or left
        # The most plentiful kind goes first, so that it is not all left for the end.
        pick = max(options, key=lambda stored: counts[stored.card.kind])
        ordered.append(pick)
        left.remove(pick)
    return ordered


@dataclass(frozen=True)
class Score:
    """How a finished check went."""

    correct: int
    total: int
    pass_mark: float = DEFAULT_PASS_MARK

    @property
    def needed(self) -> int:
        """Right answers needed to pass (80% of 7 questions is 6)."""
        # The rounding guards against 0.8 * 10 coming out as 8.000000000000002.
        return math.ceil(round(self.pass_mark * self.total, 9))

    @property
    def passed(self) -> bool:
        return self.total > 0 and self.correct >= self.needed

    @property
    def share(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass(frozen=True)
class Gate:
    """What a check's result changes on the path."""

    unlock: tuple[str, ...]  # entry keys to unlock (already unlocked ones are kept as they are)
    passed: tuple[str, ...]  # entry keys to mark passed


def gate_after(steps: Sequence[Step], step_key: str, passed: bool) -> Gate:
    """What passing (or failing) the check of `step_key` on the path `steps` opens.

    A pass of step k unlocks every step up to k and step k+1: checking a later step
    directly is a test-out that opens the steps before it as well. Only step k is marked
    passed; the steps before it stay "learning" until their own checks are passed. A
    failed check changes nothing.
    """
    if not passed:
        return Gate((), ())
    keys = [step.key for step in steps]
    index = keys.index(step_key)
    return Gate(tuple(keys[: index + 2]), (step_key,))


def to_reread(missed: Iterable[Card], sections: Sequence[SectionRef]) -> list[SectionRef]:
    """The sections of the entry behind the missed questions, in the entry's order."""
    known = {section.heading: section for section in sections}
    found: dict[str, SectionRef] = {}
    for card in missed:
        heading = card.source.section
        found.setdefault(
            heading, known.get(heading) or SectionRef("other", heading, card.source.line)
        )
    return sorted(found.values(), key=lambda section: section.line)


def _answers(card: Card) -> list[str]:
    return [folded for folded in (fold(text) for text in (card.answer, *card.accepted)) if folded]


__all__ = [
    "DEFAULT_PASS_MARK",
    "MAX_QUESTIONS",
    "Gate",
    "Score",
    "check_seed",
    "checkable",
    "clash",
    "draw",
    "gate_after",
    "gives_away",
    "same_source",
    "to_reread",
]
