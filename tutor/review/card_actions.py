"""The review's keys for a card that reads wrong or is not understood: flag it, read it.

`f` flags the card (with an optional reason typed on one line): it leaves reviews and
checks until its question changes or it is unflagged, and `tutor cards --flagged` lists
it with the entry file and line. `r` shows the section of the entry the card comes from,
then the card again: its question, or its answer once that was shown.
"""

from __future__ import annotations

from datetime import datetime

from rich.console import Console
from rich.text import Text

from db import Store, StoredCard
from tutor.review.keys import KeyReader


def flag_from_review(
    console: Console, keys: KeyReader, store: Store, stored: StoredCard, now: datetime
) -> None:
    """Ask for a reason (Enter for none), then flag the card."""
    from db.browse import flag_card
    from tutor.review.field import Ending, read_field

    label = "what is wrong with this card? (Enter to skip): "
    typed = read_field(keys, console.file, label, answer=False)
    reason = typed.text if typed.ending is Ending.SUBMIT else ""
    reason = reason.strip()
    flag_card(store, stored.card.id, now, reason)
    # (the reason in full: the field scrolled a long one out of sight as it was typed)
    why = f' ("{reason}")' if reason else ""
    console.print(
        Text(
            f"flagged{why}: out of reviews until its question changes (tutor cards --flagged)",
            style="magenta",
        )
    )


def show_section(console: Console, store: Store, stored: StoredCard) -> None:
    """Print the section of the entry this card comes from, with the command that shows it."""
    from tutor.browse.reading import page_of, page_view, read_command, section_of_line

    card = stored.card
    page = page_of(store, card.entry_key)
    section = None
    if page is not None:
        section = section_of_line(page, card.source.section, card.source.line)
    if page is None or section is None:
        console.print(Text("this card's entry has no section to show", style="yellow"))
        return
    console.print()
    console.print(page_view(page, section))
    console.print(Text(f"({read_command(page.key, section.heading)} shows it again)", "dim"))


__all__ = ["flag_from_review", "show_section"]
