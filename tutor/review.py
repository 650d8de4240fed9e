"""The daily review session: show a card, take the answer, schedule it, save it.

Each answer is committed in its own transaction before the next card is shown, and the
screen says "saved" only after the commit: quitting, a crash or kill -9 loses nothing that
was shown as saved.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, tzinfo
from typing import Any

import fsrs
from rich.console import Console
from rich.text import Text

from cards import Answering, Card
from db import Scope, Store, StoredCard
from tutor import grading, ui
from tutor.card_actions import flag_from_review, show_section
from tutor.days import learner_date, streak, today_bounds
from tutor.keys import ENTER, EOF_KEY, SPACE, KeyReader
from tutor.queue import LEARN_AHEAD, Limits, Queue, remaining
from tutor.reading import read_command
from tutor.scheduling import (
    answer,
    earlier_schedulers,
    format_interval,
    is_leech,
    next_intervals,
    replay,
)

Clock = Callable[[], datetime]

QUIT, UNDO, SUSPEND, FLAG, READ = "quit", "undo", "suspend", "flag", "read"
ACTION_KEYS = {"q": QUIT, "u": UNDO, "s": SUSPEND, "f": FLAG, "r": READ}


@dataclass(frozen=True)
class Answered:
    """One answer of this session, kept so that it can be undone."""

    before: StoredCard
    after: StoredCard
    review_id: int
    right: bool


@dataclass
class Session:
    store: Store
    scheduler: fsrs.Scheduler
    settings: dict[str, Any]
    clock: Clock
    zone: tzinfo
    console: Console
    keys: KeyReader
    titles: dict[str, str] = field(default_factory=dict)
    sections: dict[str, str] = field(default_factory=dict)
    history: list[Answered] = field(default_factory=list)
    leeches: list[tuple[str, str, str]] = field(default_factory=list)
    suspended: int = 0
    scope: Scope | None = None  # one path or step (tutor review --path/--step); None: all
    flagged: int = 0

    def run(self) -> ui.Summary:
        """Review until the queue is empty or the learner quits; return the summary."""
        started = time.monotonic()
        queue = self._build_queue(self.clock())
        if not any(queue.counts()):
            self.console.print(Text("Nothing is due. Come back tomorrow, or import more entries."))
        while True:
            card = queue.next(self.clock())
            if card is None:
                break
            action = self._ask(card, queue.counts())
            if action == QUIT:
                break
            if action == UNDO:
                self._undo(card, queue)
            elif action == SUSPEND:
                self.store.suspend(card.card.id, self.clock())
                self.suspended += 1
                self.console.print(Text("suspended: it will not be shown again", style="yellow"))
            elif action == FLAG:
                flag_from_review(self.console, self.keys, self.store, card, self.clock())
                self.flagged += 1
            elif action == READ:
                show_section(self.console, self.store, card)
                queue.restore(card)
            else:
                self._after_answer(card, queue, *action)
        return self._summary(time.monotonic() - started)

    # -- building the queue ----------------------------------------------------------------

    def _build_queue(self, now: datetime) -> Queue:
        day_start, day_end = today_bounds(now, self.settings["day_start_hour"], self.zone)
        introduced, reviewed = self.store.answered_between(day_start, day_end)
        limits = Limits(self.settings["new_per_day"], self.settings["reviews_per_day"])
        new_left, reviews_left = remaining(limits, introduced, reviewed)
        from db.labels import step_labels  # titles only: all_steps() parses every step's JSON

        for key, (title, summary_heading) in step_labels(self.store).items():
            self.titles[key] = title
            self.sections[key] = summary_heading
        return Queue(
            learning=self.store.learning_due(now + LEARN_AHEAD, self.scope),
            reviews=self.store.reviews_due(day_end, reviews_left, self.scope),
            new=self.store.new_cards(new_left, self.scope),
        )

    # -- one card --------------------------------------------------------------------------

    def _ask(self, stored: StoredCard, counts: tuple[int, int, int]) -> Any:
        """Show a card and return QUIT, UNDO, SUSPEND, or (rating, right, duration_ms)."""
        card = stored.card
        shown = time.monotonic()
        keys = _option_keys(len(card.options))
        title = self.titles.get(card.entry_key, card.entry)
        self.console.print()
        self.console.print(ui.card_view(card, title, counts, keys))
        if card.answering is Answering.CHOICE:
            outcome = self._ask_choice(stored, keys)
        elif card.answering is Answering.TYPED:
            outcome = self._ask_typed(stored)
        else:
            outcome = self._ask_self(stored)
        if isinstance(outcome, str):
            return outcome
        rating, right = outcome
        return rating, right, round((time.monotonic() - shown) * 1000)

    def _ask_self(self, stored: StoredCard) -> Any:
        key = self._key({SPACE, ENTER}, ui.HINT_SELF)
        if key in ACTION_KEYS:
            return ACTION_KEYS[key]
        self.console.print(ui.answer_view(stored.card))
        return self._rate(stored, proposed=None, right=None)

    def _ask_choice(self, stored: StoredCard, keys: list[str]) -> Any:
        card = stored.card
        hint = f"{keys[0]}-{keys[-1]} choose · u undo · s suspend · f flag · r read · q quit"
        key = self._key(set(keys), hint)
        if key in ACTION_KEYS:
            return ACTION_KEYS[key]
        verdict, line = choice_verdict(card, card.options[keys.index(key)])
        self.console.print(ui.answer_view(card, line))
        return self._rate(stored, verdict.proposed_rating, verdict.correct)

    def _ask_typed(self, stored: StoredCard) -> Any:
        card = stored.card
        key = self._key(
            {ENTER, SPACE},
            "Enter type the answer · Space show it · u undo · s suspend · f flag · q quit",
        )
        if key in ACTION_KEYS:
            return ACTION_KEYS[key]
        given = ""
        if key == ENTER:
            typed = read_answer(self.console, self.keys)
            if typed is None:
                return QUIT
            given = typed
        verdict, line = typed_verdict(card, given)
        self.console.print(ui.answer_view(card, line))
        return self._rate(stored, verdict.proposed_rating, verdict.correct)

    def _rate(self, stored: StoredCard, proposed: int | None, right: bool | None) -> Any:
        intervals = next_intervals(self.scheduler, stored.state, self.clock())
        self.console.print(ui.rating_bar(intervals, proposed))
        hint = (
            ui.HINT_RATE
            if proposed is None
            else ui.HINT_CONFIRM.format(proposed=ui.RATING_LABELS[proposed])
        )
        key = self._key({"1", "2", "3", "4", ENTER, SPACE}, hint)
        if key in ACTION_KEYS:
            return ACTION_KEYS[key]
        rating = int(key) if key in "1234" else (proposed or grading.GOOD)
        return rating, (rating > 1 if right is None else right)

    def _key(self, valid: set[str], hint: str) -> str:
        """Wait for one valid key; an action key or end of input also returns."""
        return wait_for_key(self.console, self.keys, valid | set(ACTION_KEYS), hint)

    # -- after the answer ------------------------------------------------------------------

    def _after_answer(
        self, stored: StoredCard, queue: Queue, rating: int, right: bool, duration_ms: int
    ) -> None:
        now = self.clock()
        review_id, before, state = self.store.answer_card(
            stored.card.id,
            lambda latest, at: answer(self.scheduler, latest, rating, at),
            rating,
            now,
            duration_ms,
        )
        before_card = replace(stored, state=before)
        after = replace(stored, state=state)
        self.history.append(Answered(before_card, after, review_id, right))
        label = ui.RATING_LABELS[rating]
        if is_leech(state) and not is_leech(before):
            self.store.suspend(stored.card.id, now, reason="leech")
            title = self.titles.get(stored.card.entry_key, stored.card.entry)
            section = stored.card.source.section
            reread = read_command(stored.card.entry_key, section)
            self.leeches.append((stored.card.prompt, title, section, reread))
            self.console.print(Text(f"saved · {label} · leech: suspended", style="yellow"))
            return
        assert state.due is not None
        self.console.print(
            Text(f"saved · {label} · next in {format_interval(state.due - now)}", style="dim")
        )
        queue.put_back(after, now)

    def _undo(self, current: StoredCard, queue: Queue) -> None:
        queue.restore(current)
        if not self.history:
            self.console.print(Text("nothing to undo in this session", style="yellow"))
            return
        last = self.history.pop()
        card_id = last.before.card.id
        self.store.undo_review(
            last.review_id,
            last.before.state,
            rebuild=lambda reviews: replay(
                self.scheduler,
                card_id,
                reviews,
                earlier_schedulers(self.store.settings(), self.scheduler.desired_retention),
            ),
        )
        self.leeches = [leech for leech in self.leeches if leech[0] != last.before.card.prompt]
        queue.drop(last.before.card.id)
        queue.restore(last.before)
        self.console.print(Text("undone: that answer is removed", style="yellow"))

    def _summary(self, seconds: float) -> ui.Summary:
        now = self.clock()
        hour = self.settings["day_start_hour"]
        _, today_end = today_bounds(now, hour, self.zone)
        days = {
            learner_date(moment, hour, self.zone)
            for moment in self.store.review_days(now - timedelta(days=400))
        }
        return ui.Summary(
            done=len(self.history),
            right=sum(1 for answered in self.history if answered.right),
            seconds=seconds,
            due_tomorrow=self.store.due_count(today_end + timedelta(days=1)),
            streak=streak(days, learner_date(now, hour, self.zone)),
            leeches=self.leeches,
            suspended=self.suspended,
        )


def _option_keys(count: int) -> list[str]:
    return [str(number) for number in range(1, count + 1)]


# -- asking one question: shared with the check (tutor.checking) -----------------------------


def wait_for_key(console: Console, keys: KeyReader, valid: set[str], hint: str) -> str:
    """Show `hint`, then wait for one of `valid`; end of input counts as "q"."""
    console.print(Text(hint, style="dim"))
    while True:
        key = keys.key()
        if key == EOF_KEY:
            return "q"
        if key in valid:
            return key
        shown = repr(key) if not key.isprintable() else key
        console.print(Text(f"'{shown}' is not a key here: {hint}", style="yellow"))


def read_answer(console: Console, keys: KeyReader) -> str | None:
    """A typed answer, read as a line; None when input has ended."""
    console.print(Text("your answer: ", style="bold"), end="")
    return keys.line()


def choice_verdict(card: Card, chosen: str) -> tuple[grading.Verdict, Text]:
    """Grade a chosen option; the verdict and the line that says it."""
    verdict = grading.grade_choice(chosen, card.answer)
    line = (
        Text("✓ right", style="bold green")
        if verdict.correct
        else Text.assemble(("✗ not quite: you chose ", "bold red"), ui.literal(chosen))
    )
    return verdict, line


def typed_verdict(card: Card, given: str) -> tuple[grading.Verdict, Text]:
    """Grade a typed answer leniently ("" when none was given); the verdict and its line."""
    verdict = grading.grade_typed(given, card.answer, card.accepted)
    if verdict.correct and verdict.close:
        line = Text.assemble(
            ("✓ accepted as close: ", "bold green"),
            ui.literal(given),
            (" ≈ ", "dim"),
            ui.literal(verdict.expected),
        )
    elif verdict.correct:
        line = Text("✓ right", style="bold green")
    elif given:
        line = Text.assemble(("✗ not quite: you typed ", "bold red"), ui.literal(given))
    else:
        line = Text("shown without an answer", style="yellow")
    return verdict, line


__all__ = ["Session", "choice_verdict", "read_answer", "typed_verdict", "wait_for_key"]
