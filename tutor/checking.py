"""The check session: ask each question once, grade it at once, save it as a review.

Every answer is an FSRS review of its card (mode "check"), committed before the next
question is shown: a check is retrieval practice, not a detour. Quitting halfway keeps
those reviews but records no attempt; only a finished check is scored and can unlock.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import fsrs
from rich.console import Console
from rich.text import Text

from cards import Answering, Card
from db import CheckAttempt, Step, Store, StoredCard
from tutor import ui, ui_path
from tutor.check import Score, gate_after, to_reread
from tutor.keys import ENTER, SPACE, KeyReader
from tutor.review import choice_verdict, read_answer, typed_verdict, wait_for_key
from tutor.scheduling import answer, is_leech

Clock = Callable[[], datetime]
QUIT = "q"


@dataclass
class CheckSession:
    store: Store
    scheduler: fsrs.Scheduler
    clock: Clock
    console: Console
    keys: KeyReader
    step: Step
    path_steps: Sequence[Step]
    questions: Sequence[StoredCard]
    pass_mark: float
    missed: list[Card] = field(default_factory=list)
    right: int = 0
    leeches: int = 0

    def run(self) -> ui_path.CheckResult | None:
        """Ask every question; the result, or None when the learner quit before the end."""
        started = self.clock()
        total = len(self.questions)
        for number, stored in enumerate(self.questions, start=1):
            self.console.print()
            self.console.print(ui_path.question_view(stored.card, self.step.title, number, total))
            if not self._ask(stored, number, total):
                answered = self.right + len(self.missed)
                self.console.print(
                    Text(
                        f"check stopped: {answered} answer(s) kept as reviews; no attempt recorded",
                        style="yellow",
                    )
                )
                return None
        return self._finish(started)

    def _ask(self, stored: StoredCard, number: int, total: int) -> bool:
        """Ask one question and save the answer; False when the learner quit."""
        card = stored.card
        shown = time.monotonic()
        if card.answering is Answering.CHOICE:
            keys = [str(n) for n in range(1, len(card.options) + 1)]
            key = wait_for_key(
                self.console, self.keys, {*keys, QUIT}, f"{keys[0]}-{keys[-1]} choose · q quit"
            )
            if key == QUIT:
                return False
            verdict, line = choice_verdict(card, card.options[keys.index(key)])
        else:
            key = wait_for_key(
                self.console,
                self.keys,
                {ENTER, SPACE, QUIT},
                "Enter type the answer · Space skip · q quit",
            )
            if key == QUIT:
                return False
            given = ""
            if key == ENTER:
                typed = read_answer(self.console, self.keys)
                if typed is None:
                    return False
                given = typed
            verdict, line = typed_verdict(card, given)
        self._save(stored, verdict.proposed_rating, round((time.monotonic() - shown) * 1000))
        saved = f"saved · {number} of {total}"
        if verdict.correct:
            self.right += 1
            self.console.print(Text.assemble(line, (f" · {saved}", "dim")))
            return True
        self.missed.append(card)
        self.console.print(ui.answer_view(card, line))
        self.console.print(Text(saved, style="dim"))
        hint = "Enter/Space next · q quit" if number < total else "Enter/Space see the result"
        return wait_for_key(self.console, self.keys, {ENTER, SPACE, QUIT}, hint) != QUIT

    def _save(self, stored: StoredCard, rating: int, duration_ms: int) -> None:
        now = self.clock()
        _, before, state = self.store.answer_card(
            stored.card.id,
            lambda latest, at: answer(self.scheduler, latest, rating, at),
            rating,
            now,
            duration_ms,
            mode="check",
        )
        if is_leech(state) and not is_leech(before):
            self.store.suspend(stored.card.id, now, reason="leech")
            self.leeches += 1

    def _finish(self, started: datetime) -> ui_path.CheckResult:
        score = Score(self.right, len(self.questions), self.pass_mark)
        reread = to_reread(self.missed, self.step.sections)
        gate = gate_after(self.path_steps, self.step.key, score.passed)
        attempt = CheckAttempt(
            id=0,
            entry_key=self.step.key,
            started_at=started,
            finished_at=self.clock(),
            correct=score.correct,
            total=score.total,
            passed=score.passed,
            missed_sections=tuple(section.heading for section in reread),
        )
        self.store.record_check(attempt, unlock=gate.unlock, passed=gate.passed)
        opened = [
            step.title for step in self.path_steps if step.key in gate.unlock and not step.unlocked
        ]
        return ui_path.CheckResult(
            title=self.step.title,
            file=self.step.file,
            score=score,
            reread=reread,
            unlocked=opened,
            leeches=self.leeches,
            key=self.step.key,
        )


__all__ = ["CheckSession"]
