"""The daily review session: show a card, take the answer, schedule it, save it.

Each answer is committed in its own transaction before the next card is shown, and the
screen says "saved" only after the commit: quitting, a crash or kill -9 loses nothing that
was shown as saved.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, tzinfo
from typing import Any

import fsrs
from rich.console import Console, RenderableType
from rich.constrain import Constrain
from rich.control import Control
from rich.segment import ControlType
from rich.text import Text

from cards import Answering, Card
from db import Scope, Store, StoredCard
from tutor import ui
from tutor.browse.reading import read_command
from tutor.days import learner_date, streak, today_bounds
from tutor.memory.scheduling import (
    answer,
    earlier_schedulers,
    format_interval,
    is_leech,
    next_intervals,
    replay,
)
from tutor.review import grading, screens
from tutor.review.card_actions import flag_from_review, show_section
from tutor.review.field import Ending, FieldResult, read_field
from tutor.review.keys import CTRL_D, ENTER, EOF_KEY, ESC, SPACE, KeyReader
from tutor.review.options import showing
from tutor.review.queue import LEARN_AHEAD, STEP_NEW_MOST, Queue

Clock = Callable[[], datetime]

QUIT, UNDO, SUSPEND = screens.QUIT, screens.UNDO, screens.SUSPEND
FLAG, READ = screens.FLAG, screens.READ
PANEL_WIDTH = 88  # a card stays readable on a wide terminal
TYPED_HINT = "type the answer · Enter submits · Space: show it · ?: keys · Esc: commands"
ANSWER_LABEL = "your answer: "
SUSPENDED_LINE = "suspended · u undoes it (Esc first on a typed card)"


@dataclass(frozen=True)
class Answered:
    """One answer of this session, kept so that it can be undone."""

    before: StoredCard
    after: StoredCard
    review_id: int
    rating: int
    leech: bool = False  # the answer made the card a leech, which suspended it
    duration_ms: int = 0  # from the card shown to the rating, as the review log keeps it


@dataclass(frozen=True)
class Suspended:
    """A card the learner suspended in this session, kept so that it can be undone."""

    stored: StoredCard


@dataclass(frozen=True)
class Flagged:
    """A card the learner flagged as wrong in this session, kept so that it can be undone."""

    stored: StoredCard


@dataclass
class Session:
    store: Store
    scheduler: fsrs.Scheduler
    settings: dict[str, Any]
    clock: Clock
    zone: tzinfo
    console: Console
    keys: KeyReader
    titles: dict[str, str] = field(default_factory=dict)  # by entry key, as cards are shown
    history: list[Answered | Suspended | Flagged] = field(default_factory=list)
    last_line: Text | None = None  # what was just done, shown atop the next card's screen
    interrupted: bool = False  # ended by Ctrl-C
    quit: bool = False  # ended by the learner's q (not by running out of cards)
    nothing_due: bool = False  # the queue was empty from the start
    scope: Scope | None = None  # one path or step (tutor review --path/--step); None: all
    seed: int = 0  # orders the options of each showing (tutor.review.options)
    answers: Counter[str] = field(default_factory=Counter)  # answers kept, by card id
    peeked: set[str] = field(default_factory=set)  # cards whose page was read, unanswered
    counts: tuple[int, int, int] = (0, 0, 0)  # the queue's counts on the card's screen
    opening: Text | None = None  # said atop the first card (a collection just made)

    def run(self) -> ui.Summary:
        """Review until the queue is empty or the learner quits; return the summary.

        Ctrl-C ends the session like q: the summary is still shown.
        """
        queue = self._build_queue(self.clock())
        self.nothing_due = not any(queue.counts())
        if self.opening is not None:
            self._say(self.opening)
        try:
            while True:
                card = queue.next(self.clock())
                if card is None:
                    break
                action = self._ask(card, queue.counts(shown=card))
                if action == QUIT:
                    self.quit = True
                    break
                if action == UNDO:
                    self._undo(card, queue)
                elif action in (SUSPEND, FLAG):
                    self._put_away(card, action)
                elif action == READ:
                    show_section(self.console, self.store, card)
                    self._pause()
                    queue.restore(card)
                    self.peeked.add(card.card.id)
                else:
                    rating, duration_ms, *then = action
                    self.peeked.discard(card.card.id)
                    ending = then and then[0] in (QUIT, _INTERRUPTED)
                    leaving = bool(then) and not ending
                    after = self._after_answer(card, queue, rating, duration_ms, leaving)
                    if ending:
                        # q or Ctrl-C once the answer was graded: it is kept, as marked
                        self.quit = then[0] == QUIT
                        self.interrupted = then[0] == _INTERRUPTED
                        if self.interrupted:
                            self.console.print()
                        break
                    if then:  # s or f once the answer was graded: the answer stays counted
                        queue.drop(card.card.id)
                        self._put_away(after, then[0])
        except KeyboardInterrupt:
            self.interrupted = True
            self.console.print()
        self._flush()
        return self._summary()

    def _put_away(self, card: StoredCard, action: str) -> None:
        """Suspend or flag `card` (the learner's s or f), to be undone by u."""
        if action == SUSPEND:
            self.store.suspend(card.card.id, self.clock())
            self.history.append(Suspended(card))
            self._say(Text(SUSPENDED_LINE, style="yellow"))
        else:
            flag_from_review(self.console, self.keys, self.store, card, self.clock())
            self.history.append(Flagged(card))
            self._say(Text("flagged · u undoes it", style="magenta"))

    # -- building the queue ----------------------------------------------------------------

    def _build_queue(self, now: datetime) -> Queue:
        from tutor.days import allowed_today

        day_end, new_left, reviews_left = allowed_today(self.store, self.settings, now, self.zone)
        scope = self.scope
        if scope is not None and scope.entry_key is not None:
            # One step asked for by name: its new cards all come, today's limit or not
            # (Anki's custom study lifts it so); the limit still counts them.
            new_left = STEP_NEW_MOST
        return Queue(
            learning=self.store.learning_due(now + LEARN_AHEAD, scope),
            reviews=self.store.reviews_due(day_end, reviews_left, scope),
            # Read when the reviews are done: ordering every new card takes longer than
            # the rest of the first card (about 0.1 s at 100k cards); a count is quick.
            later_new=lambda: self.store.new_cards(new_left, scope),
            later_new_count=self.store.new_count(new_left, scope),
        )

    # -- one card --------------------------------------------------------------------------

    def _show(self, stored: StoredCard, counts: tuple[int, int, int]) -> None:
        """One screen per card: the last answer's line, then this card alone."""
        card = stored.card
        title = self._title(card)
        self.counts = counts
        self.console.clear()  # a terminal only: piped output keeps every line
        self._flush()
        self.console.print()
        due, now = stored.state.due, self.clock()
        # (a review due later today comes with the day's reviews, as in Anki: not early)
        ahead = stored.state.stage.in_learning
        early = (
            format_interval(due - now) if ahead and due is not None and due - now >= _EARLY else ""
        )
        view = ui.card_view(card, title, counts, _option_keys(len(card.options)), early)
        self.console.print(Constrain(view, PANEL_WIDTH))

    def _title(self, card: Card) -> str:
        """The title of the card's step, read once per step the session shows."""
        if card.entry_key not in self.titles:
            from db.labels import step_title

            self.titles[card.entry_key] = step_title(self.store, card.entry_key) or card.entry
        return self.titles[card.entry_key]

    def _ask(self, stored: StoredCard, counts: tuple[int, int, int]) -> Any:
        """Show a card and return QUIT, UNDO, SUSPEND, or (rating, duration_ms).

        `u` after the answer is shown takes that answer back and asks the card again.
        A choice card's options are in a new order at each showing, the same order until
        an answer to it is kept (tutor.review.options).
        """
        card = showing(stored.card, self.seed, self.answers[stored.card.id])
        stored = replace(stored, card=card)
        while True:
            self._show(stored, counts)
            shown = time.monotonic()
            card = stored.card
            if card.answering is Answering.CHOICE:
                outcome = self._ask_choice(stored)
            elif card.answering is Answering.TYPED:
                outcome = self._ask_typed(stored)
            else:
                outcome = self._ask_self(stored)
            if outcome == _AGAIN_PLEASE:
                self._say(Text("taken back: answer this card again", style="yellow"))
                continue
            if isinstance(outcome, str):
                return outcome
            duration_ms = round((time.monotonic() - shown) * 1000)
            if isinstance(outcome, tuple):  # graded, then suspended or flagged
                rating, then = outcome
                return rating, duration_ms, then
            return outcome, duration_ms

    def _ask_self(self, stored: StoredCard) -> Any:
        action = self._key(screens.SELF_FRONT)
        if action != screens.REVEAL:
            return action
        return self._rate(stored, ui.answer_view(stored.card), proposed=grading.GOOD)

    def _ask_choice(self, stored: StoredCard) -> Any:
        card = stored.card
        action, key = self._key_and_action(screens.choice_front(len(card.options)))
        if action == screens.REVEAL:
            # ('Space is not a key here' was all a learner who did not know got)
            shown = Text("shown without choosing", style="yellow")
            return self._rate(stored, ui.answer_view(card, shown), grading.AGAIN, graded=True)
        if action != screens.CHOOSE:
            return action
        verdict, line = choice_verdict(card, card.options[int(key) - 1])
        return self._rate(stored, ui.answer_view(card, line), verdict.proposed_rating, graded=True)

    def _ask_typed(self, stored: StoredCard) -> Any:
        card = stored.card
        given = read_typed(self.console, self.keys, screens.TYPED_COMMANDS)
        if not isinstance(given, FieldResult):
            return QUIT if given is None else given  # an action chosen after Esc
        verdict, line = typed_verdict(card, given.text)
        return self._rate(stored, ui.answer_view(card, line), verdict.proposed_rating, graded=True)

    def _rate(
        self, stored: StoredCard, answer: RenderableType, proposed: int, graded: bool = False
    ) -> Any:
        """Show the `answer`; return the rating chosen, or an action; (proposed rating,
        action) for s, f, q or Ctrl-C pressed after the tool graded the answer (the answer
        was given: it counts, as proposed). `r` here reads the page and comes back to this
        screen: the answer was already given, so the rating proposed stays."""
        intervals = next_intervals(self.scheduler, stored.state, self.clock())
        lowered = stored.card.id in self.peeked and proposed > grading.HARD
        if lowered:
            # The page was read before answering: its answer was in sight. Hard, not
            # Good, unless the learner says otherwise (3 and 4 still rate as they say).
            proposed = grading.HARD
        while True:
            self.console.print(Constrain(answer, PANEL_WIDTH))
            if lowered:
                self.console.print(Text(PEEKED_LINE, style="dim"))
            self.console.print(ui.rating_bar(intervals, proposed))
            try:
                action, key = self._key_and_action(screens.rating(ui.RATING_LABELS[proposed]))
            except KeyboardInterrupt:
                if not graded:
                    raise  # a card rated by the learner: not rated, nothing is kept
                return proposed, _INTERRUPTED
            if action != READ:
                break
            show_section(self.console, self.store, stored)
            self._pause()
            self._show(stored, self.counts)
        if action == UNDO:
            return _AGAIN_PLEASE
        if action == screens.RATE:
            return int(key)
        if action == screens.ACCEPT:
            return proposed
        if graded and action in (SUSPEND, FLAG, QUIT):
            return proposed, action
        return action

    def _key(self, screen: screens.Screen) -> str:
        return self._key_and_action(screen)[0]

    def _key_and_action(self, screen: screens.Screen) -> tuple[str, str]:
        return wait_for_action(self.console, self.keys, screen)

    def _say(self, line: Text) -> None:
        """Say what was done. In a terminal the line opens the next card's screen (printed
        once, after the commit), so it stays in sight above the next question."""
        if self.console.is_terminal:
            # an answer saved, then its card flagged or suspended: both are said
            pending = self.last_line
            self.last_line = line if pending is None else Text.assemble(pending, " · ", line)
        else:
            self.console.print(line)

    def _pause(self) -> None:
        """Wait for a key before the screen is cleared for the card again."""
        if self.console.is_terminal:
            wait_for_action(self.console, self.keys, screens.READ_DONE)

    def _flush(self) -> None:
        if self.last_line is not None:
            self.console.print(self.last_line)
            self.last_line = None

    # -- after the answer ------------------------------------------------------------------

    def _after_answer(
        self, stored: StoredCard, queue: Queue, rating: int, duration_ms: int, leaving: bool
    ) -> StoredCard:
        """Save the answer; the card as it stands after it. A card `leaving` the reviews
        (suspended or flagged once graded) is not said to come back."""
        now = self.clock()
        review_id, before, state = self.store.answer_card(
            stored.card.id,
            lambda latest, at: answer(self.scheduler, latest, rating, at),
            rating,
            now,
            duration_ms,
        )
        self.answers[stored.card.id] += 1  # its next showing has a new order
        before_card = replace(stored, state=before)
        after = replace(stored, state=state)
        label = ui.RATING_LABELS[rating]
        if is_leech(state) and not is_leech(before):
            self.store.suspend(stored.card.id, now, reason="leech")
            self.history.append(
                Answered(before_card, after, review_id, rating, leech=True, duration_ms=duration_ms)
            )
            self._say(Text(f"saved · {label} · leech: suspended", style="yellow"))
            return after
        self.history.append(
            Answered(before_card, after, review_id, rating, duration_ms=duration_ms)
        )
        assert state.due is not None
        when = "" if leaving else f" · next in {format_interval(state.due - now)}"
        self._say(Text(f"saved · {label}{when}", style="dim"))
        queue.put_back(after, now)
        return after

    def _undo(self, current: StoredCard, queue: Queue) -> None:
        """Take back the last thing done in this session: an answer or a suspension."""
        queue.restore(current)
        if not self.history:
            self._say(Text("nothing to undo in this session", style="yellow"))
            return
        last = self.history.pop()
        if isinstance(last, Flagged):
            from db.browse import unflag_cards

            unflag_cards(self.store, [last.stored.card.id])
            queue.restore(last.stored)
            self._say(Text("undone: the flagged card is back", style="yellow"))
            return
        if isinstance(last, Suspended):
            self.store.unsuspend(last.stored.card.id)
            queue.restore(last.stored)
            self._say(Text("undone: the suspended card is back", style="yellow"))
            return
        card_id = last.before.card.id
        self.answers[card_id] -= 1  # shown again as it was when answered
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
        if last.leech:
            self.store.unsuspend(card_id)
        queue.drop(card_id)
        queue.restore(last.before)
        self._say(Text("undone: that answer is removed", style="yellow"))

    def _set_aside(self, stored: StoredCard) -> ui.SetAside:
        card = stored.card
        return ui.SetAside(
            card.id,
            card.prompt,
            self._title(card),
            card.source.section,
            read_command(card.entry_key, card.source.section),
        )

    def _summary(self) -> ui.Summary:
        """The session's figures. Its time is the time spent answering, as `tutor stats`
        sums it from the review log (and Anki its 'studied in'), not the time the session
        stood open: a new user read 1m 39s here and 1m 17s there for one session."""
        now = self.clock()
        hour = self.settings["day_start_hour"]
        _, today_end = today_bounds(now, hour, self.zone)
        days = {
            learner_date(moment, hour, self.zone)
            for moment in self.store.review_days(now - timedelta(days=400))
        }
        answers = [done for done in self.history if isinstance(done, Answered)]
        leeches = [self._set_aside(done.before) for done in answers if done.leech]
        suspended = [
            self._set_aside(done.stored) for done in self.history if isinstance(done, Suspended)
        ]
        flagged = [
            self._set_aside(done.stored) for done in self.history if isinstance(done, Flagged)
        ]
        return ui.Summary(
            done=len(answers),
            right=sum(1 for done in answers if done.rating > grading.AGAIN),
            seconds=sum(done.duration_ms for done in answers) / 1000,
            due_tomorrow=self.store.due_count(today_end + timedelta(days=1), after=today_end),
            still_due_today=self.store.due_count(today_end),
            streak=streak(days, learner_date(now, hour, self.zone)),
            leeches=leeches,
            suspended=suspended,
            flagged=flagged,
        )


_AGAIN_PLEASE = "again"  # the pending answer was taken back: show the card again
_INTERRUPTED = "interrupted"  # Ctrl-C after a graded answer: kept, then the session ends
PEEKED_LINE = "read on its page before answering: Hard proposed"
# A learning card due this much later or more is shown early (the learn-ahead): said so.
_EARLY = timedelta(minutes=1)


def _option_keys(count: int) -> list[str]:
    return [str(number) for number in range(1, count + 1)]


# -- asking one question: shared with the check (tutor.check.session) ----------------------


_KEY_NAMES = {SPACE: "Space", ENTER: "Enter"}


def wait_for_action(console: Console, keys: KeyReader, screen: screens.Screen) -> tuple[str, str]:
    """Show the screen's hint, then wait for a key of it; (action, key).

    `?` prints every key of the screen and waits again. End of input and Ctrl-D quit.
    """
    line = screens.hint(screen)
    console.print(Text(line, style="dim"))
    reminder = 0  # lines of the last reminder printed below the hint, while it is the last
    while True:
        key = keys.key()
        if key in (EOF_KEY, CTRL_D):
            return screens.QUIT, key
        action = screens.action_of(screen, key)
        if action == screens.HELP:
            console.print(screens.help_view(screen))
            console.print(Text(line, style="dim"))
            reminder = 0
        elif action is not None:
            return action, key
        elif key in _KEY_NAMES or (len(key) == 1 and key.isprintable()):
            # Enter too is said to do nothing here (on a choice card it seemed ignored)
            shown = _KEY_NAMES.get(key) or f"'{key}'"
            said = Text(f"{shown} is not a key here: {line}", style="yellow")
            reminder = _replace_reminder(console, reminder, said)
        elif key != ESC:
            reminder = _replace_reminder(console, reminder, Text(line, style="dim"))


def _replace_reminder(console: Console, lines: int, said: Text) -> int:
    """Print `said` in place of the reminder of `lines` lines just above; its line count.

    Stray keys pressed one after another leave one reminder on a terminal, not a column of
    them pushing the card off the screen. Piped output keeps every line: nothing is erased
    there.
    """
    if not console.is_terminal:
        console.print(said)
        return 0
    if lines:
        console.control(*[Control.move(0, -1), Control((ControlType.ERASE_IN_LINE, 2))] * lines)
    console.print(said)
    return len(console.render_lines(said, pad=False))


def read_typed(console: Console, keys: KeyReader, commands: screens.Screen) -> Any:
    """A typed answer from the text field: a FieldResult with the text (maybe "" when the
    learner chose to see the answer), an action of `commands` chosen after Esc, or None
    when input ended."""
    console.print(Text(TYPED_HINT, style="dim"))
    typed = ""  # what the field held when Esc left it: back to typing goes on from there
    while True:
        result = read_field(keys, console.file, ANSWER_LABEL, typed=typed)
        typed = result.text
        if result.ending is Ending.SUBMIT:
            return result
        if result.ending is Ending.REVEAL:
            return FieldResult(Ending.REVEAL, "")
        if result.ending is Ending.EOF:
            return None
        if result.ending is Ending.HELP:  # the key people try first; then back to typing
            console.print(screens.help_view(screens.TYPED_FIELD))
            console.print(Text(TYPED_HINT, style="dim"))
            continue
        action, _ = wait_for_action(console, keys, commands)
        if action == screens.REVEAL:
            return FieldResult(Ending.REVEAL, "")
        if action != screens.TYPE:
            return action


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


__all__ = ["Session", "choice_verdict", "read_typed", "typed_verdict", "wait_for_action"]
