"""Cram: practise one step's cards in a fresh order, for the hour before a check.

Nothing is saved: no review is logged and no card's schedule moves, so cramming cannot
distort the memory model FSRS keeps of each card. The screen says so at the start and
the end. A card missed comes back once more at the end of the round.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from cards import Answering, Card
from db import StoredCard
from tutor import ui
from tutor.review import screens
from tutor.review.field import FieldResult
from tutor.review.keys import KeyReader
from tutor.review.options import showing
from tutor.review.session import choice_verdict, read_typed, typed_verdict, wait_for_action

QUIT = screens.QUIT
NOTHING_SAVED = "Cram: nothing is saved; your schedule and review log stay as they are."


def cram_order(cards: Sequence[StoredCard], rng: random.Random) -> list[StoredCard]:
    """The cards to cram: live ones not suspended or flagged, shuffled."""
    chosen = [
        stored
        for stored in sorted(cards, key=lambda stored: stored.card.id)
        if not (stored.suspended or stored.retired or stored.flagged)
    ]
    rng.shuffle(chosen)
    return chosen


@dataclass
class CramSession:
    console: Console
    keys: KeyReader
    title: str
    cards: list[StoredCard]
    seed: int = 0  # orders the options of each showing (tutor.review.options)
    right: int = 0
    asked: int = 0
    missed: list[StoredCard] = field(default_factory=list)

    def run(self) -> None:
        """Ask every card (the missed ones once more at the end) until done, q or Ctrl-C."""
        self.console.print(Text(f"{NOTHING_SAVED}", style="bold yellow"))
        try:
            self._round()
        except KeyboardInterrupt:
            self.console.print()  # the cursor may stand after "your answer: "
        self.console.print()
        self.console.print(
            Text(
                f"Cram done: {self.right} of {self.asked} answers right, {len(self.cards)} "
                f"card{'' if len(self.cards) == 1 else 's'} of {ui.clean(self.title)}. "
                f"{NOTHING_SAVED.removeprefix('Cram: ').capitalize()}",
            )
        )

    def _round(self) -> None:
        queue = list(self.cards)
        again: set[str] = set()
        while queue:
            stored = queue.pop(0)
            counts = (0, 0, len(queue) + 1)
            # A missed card's second showing has its options in a new order too.
            shown = showing(stored.card, self.seed, 1 if stored.card.id in again else 0)
            result = self._ask(shown, counts)
            if result is None:
                break
            self.asked += 1
            if result:
                self.right += 1
            elif stored.card.id not in again:
                again.add(stored.card.id)
                queue.append(stored)

    def _ask(self, card: Card, counts: tuple[int, int, int]) -> bool | None:
        """Show one card and take the answer: True right, False missed, None quit."""
        keys = [str(number) for number in range(1, len(card.options) + 1)]
        self.console.print()
        view = ui.card_view(card, f"cram · {self.title}", counts, keys)
        if isinstance(view, Panel):  # cram has no learn/due/new: say what is left instead
            view.subtitle = Text(f"{counts[2]} left · nothing saved", style="dim")
        self.console.print(view)
        if card.answering is Answering.CHOICE:
            action, key = wait_for_action(
                self.console, self.keys, screens.cram_choice(len(card.options))
            )
            if action == QUIT:
                return None
            verdict, line = choice_verdict(card, card.options[int(key) - 1])
            right = verdict.correct
        elif card.answering is Answering.TYPED:
            given = read_typed(self.console, self.keys, screens.CRAM_TYPED_COMMANDS)
            if not isinstance(given, FieldResult):
                return None
            verdict, line = typed_verdict(card, given.text)
            right = verdict.correct
        else:
            action, _ = wait_for_action(self.console, self.keys, screens.CRAM_SELF_FRONT)
            if action == QUIT:
                return None
            self.console.print(ui.answer_view(card))
            action, _ = wait_for_action(self.console, self.keys, screens.CRAM_JUDGE)
            if action == QUIT:
                return None
            return action == screens.RATE
        self.console.print(ui.answer_view(card, line))
        action, _ = wait_for_action(self.console, self.keys, screens.CRAM_NEXT)
        return None if action == QUIT else right


__all__ = ["NOTHING_SAVED", "CramSession", "cram_order"]
