"""The rules of a check: which questions it asks, how it is scored, what a pass unlocks.

Pure: the cards, the steps, the pass mark and the random generator are passed in.

A check asks up to ten of a step's cards, kinds taken in turn and none filling more than
a third of the check (when the step has three kinds or more), so that every step can be
passed and none is ten pros-and-cons in a row. Choice and typed cards are graded by the
tool; self-graded ones are revealed and judged by the learner, and the result says how
many were. Options are shuffled afresh at every showing (True/False and Pro/Con keep
their order). Each check picks first the cards that rule out fewest others (by a shared
sentence or a given-away answer), so that its length is the most the step allows, not
what a random order let in (a new user's first check of a step was 7 questions, the next
one 10). A retake within a day asks the cards the last day's checks did not, where the
step has enough, and the last day's questions come back only to make up a check of
RETAKE_FLOOR, or as typed and self-judged questions that keep a guesser from passing. A
check shorter than ten says why on its first screen (`why_shorter`).

A guesser must not pass: `guess_chance` is the exact chance that pressing 1 on every
question passes, and `draw` trades choice questions for others until it is at most 5%
where the step has the cards to do so. Rules that keep a check honest:

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
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from cards import Answering, Card
from db.records import SectionRef, Step, StoredCard
from tutor.review.grading import fold
from tutor.review.options import natural_order, shuffled

MAX_QUESTIONS = 10
KIND_SHARE = 3  # a third of ten: places one kind may fill when there are enough other kinds
DEFAULT_PASS_MARK = 0.8
MAX_GUESS_CHANCE = 0.05
RETAKE_WINDOW = timedelta(days=1)
RETAKE_FLOOR = 6  # questions a retake has before it repeats any of the last day's
CAREFUL_MOST = 100  # cards a draw weighs against each other (see _fill_most)

# Answers that are labels rather than facts: seeing "True" elsewhere gives nothing away.
LABEL_ANSWERS = frozenset({"true", "false", "pro", "con"})


def check_seed(now: datetime) -> int:
    """The seed of a check started at `now`: a new draw each second, repeatable in tests.

    Whole seconds, so that a test which fixes the clock (TUTOR_NOW) gets the same draw
    however long the process took to start.
    """
    return int(now.timestamp())


def checkable(cards: Iterable[StoredCard], step_names: Iterable[str] = ()) -> list[StoredCard]:
    """The cards a check may ask: live, not suspended, not answered by the step's name.

    Every answering kind is asked (self-graded ones as reveal-and-judge), so a step of
    self-graded cards can be passed too. Suspended and flagged cards are left out because
    the learner chose not to see them again (a flagged card until its question is fixed).
    """
    names = {fold(name) for name in step_names}
    return [
        stored
        for stored in cards
        if not stored.suspended
        and not stored.retired
        and not stored.flagged
        and not any(answer in names for answer in _answers(stored.card))
    ]


def same_source(a: Card, b: Card) -> bool:
    """Whether two cards stand on one source sentence (same file and line, or explanation)."""
    return _Seen.of(a).same_source(_Seen.of(b))


def gives_away(shown: Card, asked: Card) -> bool:
    """Whether showing `shown` (prompt, options, explanation) reveals `asked`'s answer."""
    return _Seen.of(shown).gives_away(_Seen.of(asked))


def clash(a: Card, b: Card) -> bool:
    """Whether two cards may not be asked in the same check."""
    return _Seen.of(a).clashes(_Seen.of(b))


@dataclass(frozen=True)
class _Seen:
    """What the clash rules read of a card, folded once: a check of a big step compares
    every pair of its cards (folding each card anew for each pair took seconds at 150)."""

    source: tuple[str, int]
    explanation: str  # folded, '' when the card has none
    visible: str  # prompt, explanation and options, folded
    answer: re.Pattern[str] | None  # its answers as whole words (and plurals); None: labels

    @classmethod
    def of(cls, card: Card) -> _Seen:
        answers = [answer for answer in _answers(card) if answer not in LABEL_ANSWERS]
        words = "|".join(re.escape(answer) for answer in answers)
        return cls(
            source=(card.source.file, card.source.line),
            explanation=fold(card.explanation) if card.explanation else "",
            visible=" ".join(fold(text) for text in (card.prompt, card.explanation, *card.options)),
            # Whole words, and their plurals: "devices" elsewhere gives away "device".
            answer=re.compile(rf"\b(?:{words})(s|es)?\b") if answers else None,
        )

    def same_source(self, other: _Seen) -> bool:
        return self.source == other.source or (
            bool(self.explanation) and self.explanation == other.explanation
        )

    def gives_away(self, asked: _Seen) -> bool:
        return asked.answer is not None and asked.answer.search(self.visible) is not None

    def clashes(self, other: _Seen) -> bool:
        return self.same_source(other) or self.gives_away(other) or other.gives_away(self)


def draw(
    cards: Sequence[StoredCard],
    rng: random.Random,
    limit: int = MAX_QUESTIONS,
    asked_lately: Iterable[str] = (),
    pass_mark: float = DEFAULT_PASS_MARK,
) -> list[StoredCard]:
    """Up to `limit` questions from `cards` (already `checkable`), kinds mixed, none clashing.

    The card that clashes with the fewest others is taken first, ties going to the kind
    asked least so far, then to a random order of kinds and cards, so the questions
    alternate kinds for as long as several kinds are left; with three kinds or more none
    fills more than a third of the places. Cards whose ids are in
    `asked_lately` (the last day's checks of the step) come only when the others run out.
    When pressing 1 every time would pass with a chance above 5%, choice questions give
    way to typed and self-graded ones of the step, where there are any left.
    """
    lately = set(asked_lately)
    fresh: dict[str, list[StoredCard]] = {}
    repeat: dict[str, list[StoredCard]] = {}
    for stored in sorted(cards, key=lambda s: s.card.id):  # stable whatever the input order
        into = repeat if stored.card.id in lately else fresh
        into.setdefault(stored.card.kind.value, []).append(stored)
        (fresh if into is repeat else repeat).setdefault(stored.card.kind.value, [])
    kinds = sorted(fresh)
    rng.shuffle(kinds)
    for kind in kinds:
        rng.shuffle(fresh[kind])
        rng.shuffle(repeat[kind])
    share = KIND_SHARE if len(kinds) >= 3 else limit
    taken = dict.fromkeys(kinds, 0)
    chosen: list[StoredCard] = []
    # The cards that rule out fewest others first, so that as many as can be are asked:
    # then a retake asks as many as it can before any of the last day's questions comes
    # back, and those come back only to make up a check of RETAKE_FLOOR questions.
    _fill(chosen, fresh, kinds, taken, share, limit, careful=True)
    _fill(chosen, repeat, kinds, taken, share, min(limit, RETAKE_FLOOR))
    left = [stored for pool in (repeat, fresh) for kind in kinds for stored in pool[kind]]
    if len(kinds) >= 3:
        spare = [stored for kind in kinds for stored in fresh[kind]]
        again = [stored for kind in kinds for stored in repeat[kind]]
        chosen = _balanced(chosen, spare, limit, again)
        left = [stored for stored in left if stored not in chosen]
    return _spread(_harden(chosen, left, pass_mark, limit))


def _fill(
    chosen: list[StoredCard],
    by_kind: dict[str, list[StoredCard]],
    kinds: list[str],
    taken: dict[str, int],
    share: int,
    limit: int,
    careful: bool = False,
) -> None:
    """Take one card of each kind per round, none clashing, until full or out of cards.

    `careful` (the cards not asked lately, which make the check): take the cards that
    rule out the fewest others instead, so that the most of them fit.
    """
    if careful:
        _fill_most(chosen, by_kind, kinds, taken, share, limit)
        return
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


def _fill_most(
    chosen: list[StoredCard],
    by_kind: dict[str, list[StoredCard]],
    kinds: list[str],
    taken: dict[str, int],
    share: int,
    limit: int,
) -> None:
    """Fill with the open card that clashes with the fewest other open cards (ties: the
    kind asked least so far, then the random order), until full or none is left."""
    clashes: dict[tuple[str, str], bool] = {}
    seen: dict[str, _Seen] = {}

    def clashing(a: StoredCard, b: StoredCard) -> bool:
        pair = (a.card.id, b.card.id) if a.card.id < b.card.id else (b.card.id, a.card.id)
        if pair not in clashes:
            for stored in (a, b):
                if stored.card.id not in seen:
                    seen[stored.card.id] = _Seen.of(stored.card)
            clashes[pair] = seen[a.card.id].clashes(seen[b.card.id])
        return clashes[pair]

    # A big step: the first cards of each kind in the random order, CAREFUL_MOST in all,
    # are plenty to choose from (every pair of a thousand cards would take seconds).
    pool = sum(len(by_kind[kind]) for kind in kinds)
    room = {kind: math.ceil(len(by_kind[kind]) * CAREFUL_MOST / max(pool, 1)) for kind in kinds}
    while len(chosen) < limit:
        open_cards = [
            (kind, stored)
            for kind in kinds
            if taken[kind] < share
            for stored in by_kind[kind][: room[kind]]
            if not any(clashing(stored, asked) for asked in chosen)
        ]
        if not open_cards:
            return
        kind, best = min(
            open_cards,
            key=lambda pick: (
                sum(clashing(pick[1], other) for _, other in open_cards if other is not pick[1]),
                taken[pick[0]],
            ),
        )
        by_kind[kind].remove(best)
        chosen.append(best)
        taken[kind] += 1


def _balanced(
    chosen: list[StoredCard],
    spare: list[StoredCard],
    limit: int,
    repeats: Sequence[StoredCard] = (),
) -> list[StoredCard]:
    """No kind over a third: add cards of the other kinds while there is room, and only
    then drop questions of the most common kind. `repeats` (the last day's questions) are
    added only where dropping would leave fewer than RETAKE_FLOOR questions."""
    chosen = list(chosen)
    pools = [list(spare), list(repeats)]
    while chosen:
        counts = Counter(stored.card.kind for stored in chosen)
        kind, most = counts.most_common(1)[0]
        if most * 3 <= len(chosen):
            break
        if len(chosen) < limit:
            usable = pools if len(chosen) <= RETAKE_FLOOR else pools[:1]
            extra = next(
                (
                    (pool, stored)
                    for pool in usable
                    for stored in pool
                    if counts[stored.card.kind] < most - 1
                    and not any(clash(stored.card, other.card) for other in chosen)
                ),
                None,
            )
            if extra is not None:
                chosen.append(extra[1])
                extra[0].remove(extra[1])
                continue
        last = max(i for i, stored in enumerate(chosen) if stored.card.kind == kind)
        del chosen[last]
    return chosen


def draw_check(
    cards: Sequence[StoredCard],
    step_names: Iterable[str],
    rng: random.Random,
    asked_lately: Iterable[str] = (),
    pass_mark: float = DEFAULT_PASS_MARK,
) -> list[StoredCard]:
    """The questions of a check as they will be shown: drawn, then options shuffled."""
    drawn = draw(checkable(cards, step_names), rng, asked_lately=asked_lately, pass_mark=pass_mark)
    return [replace(stored, card=shuffled(stored.card, rng)) for stored in drawn]


def why_shorter(
    cards: Sequence[StoredCard],
    step_names: Iterable[str],
    asked_lately: Iterable[str],
    drawn: Sequence[StoredCard],
) -> str:
    """Why a check that asks `drawn` of the step's `cards` is shorter than MAX_QUESTIONS, in
    a few words for its first screen ('' when it is not): a new user's check of a step
    was 7 questions, then 9, with nothing to say why."""
    if len(drawn) >= MAX_QUESTIONS:
        return ""
    usable = checkable(cards, step_names)
    asked = {stored.card.id for stored in drawn}
    lately = set(asked_lately)
    if len(usable) <= len(drawn):
        aside = sum(1 for s in cards if not s.retired and (s.suspended or s.flagged))
        left_out = f" ({aside} suspended or flagged left out)" if aside else ""
        why = f"the step has {_counted(len(usable), 'card')} a check can ask{left_out}"
    elif kept := sum(1 for s in usable if s.card.id in lately and s.card.id not in asked):
        why = f"a retake within a day leaves out {_counted(kept, 'card')} asked lately"
    else:
        why = "its other cards would repeat a sentence, an answer or a kind too often"
    return f"{_counted(len(drawn), 'question')}, not {MAX_QUESTIONS}: {why}"


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _harden(
    chosen: list[StoredCard], left: list[StoredCard], pass_mark: float, limit: int
) -> list[StoredCard]:
    """Add or swap in questions a guesser cannot hit until guessing passes at most 5%."""
    spare = [stored for stored in left if stored.card.answering is not Answering.CHOICE]
    chosen = list(chosen)
    while guess_chance([s.card for s in chosen], pass_mark) > MAX_GUESS_CHANCE and spare:
        candidate = spare.pop()
        others = chosen
        if len(chosen) >= limit:
            # Give up the choice question with the fewest options, of the most common kind.
            counts = Counter(stored.card.kind for stored in chosen)
            choices = [s for s in chosen if s.card.answering is Answering.CHOICE]
            if not choices:
                break
            out = max(choices, key=lambda s: (counts[s.card.kind], -len(s.card.options)))
            others = [stored for stored in chosen if stored is not out]
        if not any(clash(candidate.card, other.card) for other in others):
            chosen = [*others, candidate]
    return chosen


def guess_chance(questions: Sequence[Card], pass_mark: float = DEFAULT_PASS_MARK) -> float:
    """The chance that pressing 1 on every question passes, options shuffled at random.

    A choice of n options is right with chance 1/n, one whose options keep their own
    order (True, False) when its answer comes first; a typed "1" or a self-judged 1
    (Again: did not know) is never right.
    """
    if not questions:
        return 0.0
    chances = [_first_is_right(card) for card in questions]
    right = [1.0]  # right[k]: the chance of exactly k right so far
    for chance in chances:
        right = [
            (right[k] if k < len(right) else 0.0) * (1 - chance)
            + (right[k - 1] * chance if k else 0.0)
            for k in range(len(right) + 1)
        ]
    needed = Score(0, len(questions), pass_mark).needed
    return sum(right[needed:])


def _first_is_right(card: Card) -> float:
    """The chance that option 1 is the answer, as the check shows the card."""
    if card.answering is not Answering.CHOICE or not card.options:
        return 0.0
    ordered = natural_order(card.options)
    if ordered is not None:
        return 1.0 if ordered[0] == card.answer else 0.0
    return 1 / len(card.options)


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
    "draw_check",
    "gate_after",
    "gives_away",
    "guess_chance",
    "same_source",
    "shuffled",
    "to_reread",
    "why_shorter",
]
