"""The check session: ask each question once, grade it at once, save it as a review.

Every answer is an FSRS review of its card (mode "check"), committed before the next
question is shown: a check is retrieval practice, not a detour. Quitting halfway keeps
those reviews but records no attempt; only a finished check is scored and can unlock.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

import fsrs
from rich.console import Console
from rich.constrain import Constrain
from rich.text import Text

from cards import Answering, Card
from db import CheckAttempt, Step, Store, StoredCard
from tutor import ui
from tutor.check import views
from tutor.check.rules import Score, gate_after, to_reread
from tutor.memory.scheduling import answer, is_leech
from tutor.review import screens
from tutor.review.field import FieldResult
from tutor.review.grading import AGAIN, GOOD, grade_choice
from tutor.review.keys import KeyReader
from tutor.review.session import (
    PANEL_WIDTH,
    choice_verdict,
    read_typed,
    typed_verdict,
    wait_for_action,
)

Clock = Callable[[], datetime]
QUIT = screens.QUIT


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
    judged: int = 0  # questions the learner judged (self-graded cards)
    leeches: int = 0
    guess_chance: float = 0.0  # chance that pressing 1 every time passes this check
    last_line: Text | None = None

    def run(self) -> views.CheckResult | None:
        """Ask every question; the result, or None when the learner quit before the end."""
        started = self.clock()
        total = len(self.questions)
        for number, stored in enumerate(self.questions, start=1):
            card = stored.card
            self.console.clear()  # a terminal only: piped output keeps every line
            self._flush()
            self.console.print()
            view = views.question_view(card, self.step.title, number, total)
            self.console.print(Constrain(view, PANEL_WIDTH))
            try:
                went_on = self._ask(stored, card, number, total)
            except KeyboardInterrupt:
                went_on = False
            if not went_on:
                self._flush()
                answered = self.right + len(self.missed)
                self.console.print(
                    Text(
                        f"check stopped: {ui.counted(answered, 'answer')} kept as reviews; "
                        "no attempt recorded",
                        style="yellow",
                    )
                )
                return None
        self._flush()
        return self._finish(started)

    def _ask(self, stored: StoredCard, card: Card, number: int, total: int) -> bool:
        """Ask one question and save the answer; False when the learner quit."""
        shown = time.monotonic()
        if card.answering is Answering.CHOICE:
            action, key = wait_for_action(
                self.console, self.keys, screens.check_choice(len(card.options))
            )
            if action == QUIT:
                return False
            if action == screens.REVEAL:
                verdict = grade_choice("", card.answer)  # not known: missed
                line = Text("shown without choosing", style="yellow")
            else:
                verdict, line = choice_verdict(card, card.options[int(key) - 1])
        elif card.answering is Answering.TYPED:
            given = read_typed(self.console, self.keys, screens.CHECK_TYPED_COMMANDS)
            if not isinstance(given, FieldResult):
                return False
            verdict, line = typed_verdict(card, given.text)
        else:
            return self._judge(stored, card, number, total, shown)
        self._save(stored, verdict.proposed_rating, round((time.monotonic() - shown) * 1000))
        saved = f"saved · {number} of {total}"
        if verdict.correct:
            self.right += 1
            self._say(Text.assemble(line, (f" · {saved}", "dim")))
            return True
        self.missed.append(card)
        self.console.print(Constrain(ui.answer_view(card, line), PANEL_WIDTH))
        self.console.print(Text(saved, style="dim"))
        return self._next(number, total)

    def _judge(self, stored: StoredCard, card: Card, number: int, total: int, shown: float) -> bool:
        """A self-graded card: reveal, then the learner says whether they knew it."""
        action, _ = wait_for_action(self.console, self.keys, screens.CHECK_SELF_FRONT)
        if action == QUIT:
            return False
        self.console.print(Constrain(ui.answer_view(card), PANEL_WIDTH))
        self.console.print(Text("Did you know it? Judge honestly: it counts.", style="bold"))
        action, key = wait_for_action(self.console, self.keys, screens.CHECK_JUDGE)
        if action == QUIT:
            return False
        rating = GOOD if action == screens.ACCEPT else int(key)
        self._save(stored, rating, round((time.monotonic() - shown) * 1000))
        self.judged += 1
        knew = rating > AGAIN
        if knew:
            self.right += 1
        else:
            self.missed.append(card)
        verdict = "knew it" if knew else "did not know it"
        self._say(Text(f"{verdict} · saved · {number} of {total}", style="dim"))
        return True

    def _say(self, line: Text) -> None:
        """In a terminal the line opens the next question's screen (printed once)."""
        if self.console.is_terminal:
            self.last_line = line
        else:
            self.console.print(line)

    def _flush(self) -> None:
        if self.last_line is not None:
            self.console.print(self.last_line)
            self.last_line = None

    def _next(self, number: int, total: int) -> bool:
        screen = screens.CHECK_NEXT if number < total else screens.CHECK_RESULT
        action, _ = wait_for_action(self.console, self.keys, screen)
        return action != QUIT

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

    def _finish(self, started: datetime) -> views.CheckResult:
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
        # the steps the pass opened, and any after a step with no card (opened with them)
        was_open = {step.key for step in self.path_steps if step.unlocked}
        opened = [
            step.title
            for step in self.store.path_steps(self.step.path)
            if step.unlocked and step.key not in was_open
        ]
        return views.CheckResult(
            title=self.step.title,
            file=self.step.file,
            score=score,
            reread=reread,
            unlocked=opened,
            leeches=self.leeches,
            judged=self.judged,
            guess_chance=self.guess_chance,
            key=self.step.key,
        )


def _nothing_to_ask(store: Store, step: Step) -> str:
    """Why a step's check has no question; for a step with no card, that it is skipped."""
    if any(not stored.flagged for stored in store.cards_of_step(step.key)):
        return f"'{step.title}' has no cards to check yet (suspended and flagged ones are left out)"
    steps = store.path_steps(step.path)
    after = next((later for later in steps if later.position > step.position), None)
    then = f"; {after.title} after it is open" if after is not None and after.unlocked else ""
    return f"'{step.title}' has no cards to check: its step is skipped{then}"


def _joined(*lines: Text | None) -> Text | None:
    said = [line for line in lines if line is not None]
    return Text("\n").join(said) if said else None


def locked_step_note(step: Step, path_steps: Sequence[Step]) -> Text | None:
    """Above the first question of a locked step's check: what a pass would open (a new
    user tested out of four steps without a word of warning), or None for an open step."""
    if step.unlocked:
        return None
    skipped = [s.title for s in path_steps if s.position < step.position and not s.unlocked]
    before = f" and {', '.join(skipped)} before it" if skipped else ""
    return Text(
        f"{step.title} is locked: this check tests out of it. A pass opens it{before}"
        " (q stops the check).",
        style="yellow",
    )


def take_check(
    store: Store,
    step: Step,
    scheduler: fsrs.Scheduler,
    pass_mark: float,
    clock: Clock,
    console: Console,
    keys: KeyReader,
    opening: Text | None = None,
) -> views.CheckResult | None:
    """Draw a step's check, ask it, record it; the result, or None when it was stopped.
    `opening` is said atop the first question (a collection just made).

    Raises LookupError when the step has no card a check could ask.
    """
    from tutor.check.rules import (
        RETAKE_WINDOW,
        check_seed,
        draw_check,
        guess_chance,
        why_shorter,
    )

    now = clock()
    cards = store.cards_of_step(step.key)
    names = (step.title, *step.aliases)
    lately = store.checked_since(step.key, now - RETAKE_WINDOW)
    questions = draw_check(
        cards, names, random.Random(check_seed(now)), asked_lately=lately, pass_mark=pass_mark
    )
    if not questions:
        raise LookupError(_nothing_to_ask(store, step))
    path_steps = store.path_steps(step.path)
    session = CheckSession(
        store=store,
        scheduler=scheduler,
        clock=clock,
        console=console,
        keys=keys,
        step=step,
        path_steps=path_steps,
        questions=questions,
        pass_mark=pass_mark,
        guess_chance=guess_chance([stored.card for stored in questions], pass_mark),
        last_line=_joined(
            opening,
            locked_step_note(step, path_steps),
            Text(why_shorter(cards, names, lately, questions), style="dim") or None,
        ),
    )
    result = session.run()
    if result is None:
        return None
    from tutor.progress.paths import predicted_recall

    # live cards, suspended ones included, as `tutor path` counts them (flagged ones are out)
    own = [stored for stored in store.cards_of_step(step.key) if not stored.flagged]
    return replace(
        result,
        recall=predicted_recall(scheduler, own, clock()),
        new_limit_reached=_new_limit_reached(store, clock()) if result.unlocked else 0,
    )


def _new_limit_reached(store: Store, now: datetime) -> int:
    """Today's new-card limit when it is used up, else 0 (`tutor.days.new_limit_reached`)."""
    from tutor.days import local_zone, new_limit_reached
    from tutor.settings import effective

    return new_limit_reached(store, effective(store.settings()), now, local_zone())


__all__ = ["CheckSession", "take_check"]
