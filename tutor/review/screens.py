"""The keys of each screen of a review or a check: one table per screen.

A screen's table is the one truth about its keys: the session looks a pressed key up in
it, the hint line under the card is made from it, and `?` prints it whole. Adding a key
to a screen is adding a row here and handling its action in the session.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.table import Table
from rich.text import Text

from tutor.review.keys import ENTER, ESC, SPACE

# Actions a session handles.
REVEAL, CHOOSE, TYPE, RATE, ACCEPT = "reveal", "choose", "type", "rate", "accept"
UNDO, SUSPEND, QUIT, HELP, NEXT, CHECK = "undo", "suspend", "quit", "help", "next", "check"
FLAG, READ = "flag", "read"


@dataclass(frozen=True)
class Binding:
    """One row of a screen's table: the keys, how they are written, what they do."""

    keys: tuple[str, ...]
    label: str
    action: str
    help: str
    hint: str = ""  # the short form in the hint line; "" keeps it out of the hint


Screen = Sequence[Binding]

_UNDO = Binding(
    ("u",), "u", UNDO, "undo the last thing done (an answer, a suspension or a flag)", "undo"
)
_SUSPEND = Binding(
    ("s",), "s", SUSPEND, "suspend this card: not shown until tutor cards unsuspend ID", "suspend"
)
_FLAG = Binding(
    ("f",),
    "f",
    FLAG,
    "flag this card as wrong, then type why (or Enter): out of reviews and checks until "
    "its question changes (tutor cards --flagged)",
    "flag",
)
_READ = Binding(("r",), "r", READ, "read the entry's section this card comes from", "read")
_QUIT = Binding(("q",), "q", QUIT, "end the session (every saved answer is kept)", "quit")
_HELP = Binding(("?",), "?", HELP, "show these keys", "keys")
_COMMANDS = (_UNDO, _SUSPEND, _FLAG, _READ, _QUIT, _HELP)

SELF_FRONT: Screen = (
    Binding(
        (SPACE, ENTER), "Space/Enter", REVEAL, "reveal the answer, then rate yourself", "reveal"
    ),
    *_COMMANDS,
)

TYPED_COMMANDS: Screen = (
    Binding((ENTER,), "Enter", TYPE, "back to typing the answer", "type the answer"),
    Binding(
        (SPACE,), "Space", REVEAL, "show the answer without typing one (proposes Again)", "show it"
    ),
    *_COMMANDS,
)

# Shown by `?` on an empty field; the field itself takes every key, so this screen is
# never looked up.
TYPED_FIELD: Screen = (
    Binding((), "letters", TYPE, "type the answer (no key here runs a command)"),
    Binding((ENTER,), "Enter", TYPE, "submit the answer"),
    Binding((SPACE,), "Space", REVEAL, "on an empty field: show the answer without one"),
    Binding(("?",), "?", HELP, "on an empty field: these keys"),
    Binding((), "Left Right Home End", TYPE, "move in the answer (also Ctrl-A, Ctrl-E)"),
    Binding((), "Backspace Delete", TYPE, "delete a character"),
    Binding((), "Ctrl-U Ctrl-W", TYPE, "delete to the start / the word before the cursor"),
    Binding((), "Esc", TYPE, "leave the field: then u undo, s suspend, f flag, r read, q quit"),
    Binding((), "Ctrl-D", QUIT, "on an empty field: end the session"),
    Binding((), "Ctrl-C", QUIT, "end the session, with its summary"),
)


# Space on a choice card's front: 'I don't know', as Space on an empty typed field is
# (out of the hint line, which keeps one pattern a screen; `?` lists it).
_SHOW_UNCHOSEN = Binding(
    (SPACE,), "Space", REVEAL, "show the answer without choosing (proposes Again)"
)


def choice_front(count: int) -> Screen:
    """A choice card's front: a number per option."""
    numbers = tuple(str(number) for number in range(1, count + 1))
    label = f"1-{count}"
    return (
        Binding(numbers, label, CHOOSE, "choose that option", "choose"),
        _SHOW_UNCHOSEN,
        *_COMMANDS,
    )


def rating(proposed: str) -> Screen:
    """After the answer is shown: the same keys on every kind of card."""
    # One hint pattern per screen: "Enter/Space accept", never also "1-4 rate" (a script
    # reading the screen answers each screen once).
    return (
        Binding(
            (ENTER, SPACE),
            "Enter/Space",
            ACCEPT,
            f"accept the marked rating ({proposed})",
            f"accept {proposed}",
        ),
        Binding(("1", "2", "3", "4"), "1-4", RATE, "Again, Hard, Good, Easy", "change"),
        Binding(("u",), "u", UNDO, "take this answer back: the card is asked again", "undo"),
        _SUSPEND,
        _FLAG,
        _READ,
        _QUIT,
        _HELP,
    )


# q and Esc close the page too, as they close a pager: the review goes on.
READ_DONE: Screen = (
    Binding((ENTER, SPACE, "q", ESC), "Enter/q", NEXT, "back to the card", "back to the card"),
    _HELP,
)

SESSION_END_READY: Screen = (
    Binding(("c",), "c", CHECK, "take the step's check now", "check it now"),
    Binding((ENTER, SPACE, "q"), "Enter/q", QUIT, "leave", "leave"),
    _HELP,
)

CHECK_QUIT = Binding(
    ("q",), "q", QUIT, "stop the check (answers so far are kept as reviews)", "quit"
)
CHECK_HELP = _HELP


def check_choice(count: int) -> Screen:
    numbers = tuple(str(number) for number in range(1, count + 1))
    return (
        Binding(numbers, f"1-{count}", CHOOSE, "choose that option", "choose"),
        Binding((SPACE,), "Space", REVEAL, "show the answer without choosing (counts as missed)"),
        CHECK_QUIT,
        _HELP,
    )


CHECK_SELF_FRONT: Screen = (
    Binding(
        (SPACE, ENTER), "Space/Enter", REVEAL, "reveal the answer, then judge yourself", "reveal"
    ),
    CHECK_QUIT,
    _HELP,
)

CHECK_JUDGE: Screen = (
    # Enter and Space accept Good here as after a reveal in a review (they did nothing).
    Binding((ENTER, SPACE), "Enter/Space", ACCEPT, "Good: I knew it (counts as right)", "knew it"),
    Binding(("1",), "1", RATE, "Again: I did not know it (counts as wrong)", "did not know"),
    Binding(("2", "3", "4"), "2-4", RATE, "Hard, Good, Easy: I knew it (counts as right)"),
    CHECK_QUIT,
    _HELP,
)

CHECK_TYPED_COMMANDS: Screen = (
    Binding((ENTER,), "Enter", TYPE, "back to typing the answer", "type the answer"),
    Binding((SPACE,), "Space", REVEAL, "skip: show the answer (counts as wrong)", "skip"),
    CHECK_QUIT,
    _HELP,
)

CHECK_NEXT: Screen = (
    Binding((ENTER, SPACE), "Enter/Space", NEXT, "go on", "next"),
    CHECK_QUIT,
    _HELP,
)


CHECK_RESULT: Screen = (
    Binding((ENTER, SPACE), "Enter/Space", NEXT, "see the result", "see the result"),
    CHECK_QUIT,
    _HELP,
)


# Cram (tutor review --cram): nothing is saved, so the keys are few.
CRAM_QUIT = Binding(("q",), "q", QUIT, "stop cramming (nothing is saved either way)", "quit")


def cram_choice(count: int) -> Screen:
    numbers = tuple(str(number) for number in range(1, count + 1))
    return (
        Binding(numbers, f"1-{count}", CHOOSE, "choose that option", "choose"),
        CRAM_QUIT,
        _HELP,
    )


CRAM_SELF_FRONT: Screen = (
    Binding((SPACE, ENTER), "Space/Enter", REVEAL, "reveal the answer", "reveal"),
    CRAM_QUIT,
    _HELP,
)

CRAM_JUDGE: Screen = (
    Binding((ENTER, SPACE), "Enter/Space", RATE, "I knew it", "knew it"),
    Binding(("1",), "1", UNDO, "I missed it: ask it again at the end", "missed it (ask again)"),
    CRAM_QUIT,
    _HELP,
)

CRAM_TYPED_COMMANDS: Screen = (
    Binding((ENTER,), "Enter", TYPE, "back to typing the answer", "type the answer"),
    Binding((SPACE,), "Space", REVEAL, "show the answer without one", "show it"),
    CRAM_QUIT,
    _HELP,
)

CRAM_NEXT: Screen = (
    Binding((ENTER, SPACE), "Enter/Space", NEXT, "go on", "next"),
    CRAM_QUIT,
    _HELP,
)


def action_of(screen: Screen, key: str) -> str | None:
    """The action `key` does on `screen`, or None."""
    for binding in screen:
        if key in binding.keys:
            return binding.action
    return None


def hint(screen: Screen) -> str:
    """The one-line hint: 'Enter/Space accept Good · 1-4 change · u undo · ...'."""
    return " · ".join(f"{b.label} {b.hint}" for b in screen if b.hint)


def help_view(screen: Screen) -> Table:
    """Every key of a screen, for `?`."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    for binding in screen:
        table.add_row(Text(binding.label), Text(binding.help))
    return table


__all__ = [
    "ACCEPT",
    "CHECK",
    "CHECK_JUDGE",
    "CHECK_NEXT",
    "CHECK_SELF_FRONT",
    "CHECK_TYPED_COMMANDS",
    "CHOOSE",
    "CRAM_JUDGE",
    "CRAM_NEXT",
    "CRAM_SELF_FRONT",
    "CRAM_TYPED_COMMANDS",
    "FLAG",
    "HELP",
    "NEXT",
    "QUIT",
    "RATE",
    "READ",
    "READ_DONE",
    "REVEAL",
    "SELF_FRONT",
    "SESSION_END_READY",
    "SUSPEND",
    "TYPE",
    "TYPED_COMMANDS",
    "TYPED_FIELD",
    "UNDO",
    "Binding",
    "Screen",
    "action_of",
    "check_choice",
    "choice_front",
    "cram_choice",
    "help_view",
    "hint",
    "rating",
]
