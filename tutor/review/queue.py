"""Which card comes next: the rules of the daily queue, with no I/O.

Order: learning cards that are due, then reviews due today, then new cards of unlocked
steps in path order; when nothing else is left, learning cards due within the learn-ahead
window are shown early (as Anki does), so a session can finish. Two cards of one entry are
not shown back to back while a card of another entry is waiting. A new card asked from the
same paragraph or list as a card already shown (one source: Anki would call them a note's
cards) waits until every other new card has been shown: the first one's answer, just read,
would give it away. The session still ends with it, so a step can be learned in one sitting.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from cards.model import CardKind
from db.records import CardStage, StoredCard

LEARN_AHEAD = timedelta(minutes=20)
# New cards a review of one step asked for by name may bring, past the day's limit.
STEP_NEW_MOST = 1000


@dataclass(frozen=True)
class Limits:
    new_per_day: int = 20
    reviews_per_day: int = 200


def remaining(limits: Limits, introduced_today: int, reviewed_today: int) -> tuple[int, int]:
    """(new cards, review cards) still allowed today."""
    return (
        max(0, limits.new_per_day - introduced_today),
        max(0, limits.reviews_per_day - reviewed_today),
    )


@dataclass
class Queue:
    """The cards of one session. `learning` changes as answers put cards back in it.

    New cards may be given as `later_new`, read when the queue first reaches them (with
    `later_new_count`, how many it will give, for the tally until then): the first card
    of a morning with reviews due then waits for none of them.
    """

    learning: list[StoredCard] = field(default_factory=list)
    reviews: list[StoredCard] = field(default_factory=list)
    new: list[StoredCard] = field(default_factory=list)
    upfront: list[StoredCard] = field(default_factory=list)  # put back by undo or quit
    last_entry: str | None = None
    later_new: Callable[[], list[StoredCard]] | None = None
    later_new_count: int = 0
    held_back: list[StoredCard] = field(default_factory=list)  # new, one source shown: last
    sources: set[tuple[str, int | str]] = field(default_factory=set)  # of the cards shown

    def next(self, now: datetime) -> StoredCard | None:
        """Take the next card to show at `now`, or None when the session is done."""
        if self.upfront:
            first = self.upfront.pop(0)
            self.last_entry = first.card.entry_key
            return first
        self.learning.sort(key=_due)
        due_now = [card for card in self.learning if _due(card) <= now]
        ahead = [card for card in self.learning if now < _due(card) <= now + LEARN_AHEAD]
        if self.later_new is not None and not _any_other((due_now, self.reviews), self.last_entry):
            self._read_new()  # _pick looks at the new cards only now
        chosen = _pick((due_now, self.reviews, self.new, self.held_back), self.last_entry)
        if chosen is None:
            chosen = _pick((ahead,), self.last_entry)
        if chosen is None:
            return None
        self.drop(chosen.card.id)
        self.last_entry = chosen.card.entry_key
        self.sources.add(_source(chosen))
        self._hold_back_same_source()
        return chosen

    def put_back(self, card: StoredCard, now: datetime) -> None:
        """After an answer: a card still in (re)learning and due soon stays in the session."""
        if card.state.stage.in_learning and not card.suspended and _due(card) <= now + LEARN_AHEAD:
            self.learning.append(card)

    def restore(self, card: StoredCard) -> None:
        """Put a card back so that it is the very next one shown (undo)."""
        self.drop(card.card.id)
        self.upfront.insert(0, card)

    def _read_new(self) -> None:
        assert self.later_new is not None
        read, self.later_new, self.later_new_count = self.later_new, None, 0
        waiting = {card.card.id for card in self.upfront}
        self.new.extend(card for card in read() if card.card.id not in waiting)
        self._hold_back_same_source()

    def _hold_back_same_source(self) -> None:
        """Hold back the new cards asked from the source of a card already shown, and all
        but the first of new cards sharing a source, until the other new cards are done."""
        kept: list[StoredCard] = []
        sources = set(self.sources)
        for card in self.new:
            source = _source(card)
            if source in sources:
                self.held_back.append(card)
                continue
            sources.add(source)
            kept.append(card)
        self.new[:] = kept

    def drop(self, card_id: str) -> None:
        for group in (self.learning, self.reviews, self.new, self.held_back, self.upfront):
            group[:] = [card for card in group if card.card.id != card_id]

    def counts(self, shown: StoredCard | None = None) -> tuple[int, int, int]:
        """(learning, review, new) cards still waiting, and the card `shown`, as Anki counts
        the card on screen: the first card's header then says what `tutor` said was due."""
        waiting = [*self.learning, *self.reviews, *self.new, *self.held_back, *self.upfront]
        if shown is not None:
            waiting.append(shown)
        stages = [card.state.stage for card in waiting]
        return (
            sum(stage.in_learning for stage in stages),
            stages.count(CardStage.REVIEW),
            stages.count(CardStage.NEW) + self.later_new_count,
        )


def _source(card: StoredCard) -> tuple[str, int | str]:
    """Where a card was asked from: its entry and the line of its paragraph or list. An
    entry's pros and cons are one list: asked back to back, each pro or con was the fifth
    card in a row of the same kind, and reading the page for one gave the next away."""
    if card.card.kind is CardKind.PROSCONS:
        return card.card.entry_key, "pros and cons"
    return card.card.entry_key, card.card.source.line


def _due(card: StoredCard) -> datetime:
    assert card.state.due is not None
    return card.state.due


def _any_other(groups: Sequence[Sequence[StoredCard]], last_entry: str | None) -> bool:
    """Whether a card of another entry than `last_entry` waits in `groups`."""
    return any(card.card.entry_key != last_entry for group in groups for card in group)


def _pick(groups: Sequence[Sequence[StoredCard]], last_entry: str | None) -> StoredCard | None:
    first: StoredCard | None = None
    for group in groups:
        for card in group:
            if card.card.entry_key != last_entry:
                return card
            first = first or card
    return first
