"""Helpers for the CLI tests: reading the collection file, and keys that answer cards."""

from __future__ import annotations

import os
import sqlite3
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from cards import Answering, Card
from db import Store, StoredCard
from tutor.home import DB_NAME
from tutor.review.options import session_seed, showing

if TYPE_CHECKING:
    import pexpect

DAY1 = "2026-03-02T09:00:00+00:00"
DAY2 = "2026-03-03T09:00:00+00:00"


def db_path(home: Path) -> Path:
    return home / DB_NAME


def query(home: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db_path(home))
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def as_shown(card: Card, now: str = DAY1, shown: int = 0) -> Card:
    """The card as a review or cram started at `now` shows it the `shown`-th time (0 first):
    its options in that showing's order, as the learner reads them on the screen."""
    return showing(card, session_seed(datetime.fromisoformat(now)), shown)


def keys_for(home: Path, count: int, now: str = DAY1, easy: bool = False) -> str:
    """Keys that answer the first `count` new cards rightly, whatever their kind, in a
    review started at `now`: rated as proposed (Good), or Easy with `easy` (learnt at
    once, in review, rather than in the learning steps)."""
    rate = "4" if easy else "\n"
    keys = []
    for stored in new_shown(home, count, now):
        card = as_shown(stored.card, now)
        if card.answering is Answering.CHOICE:
            keys.append(str(card.options.index(card.answer) + 1) + rate)
        elif card.answering is Answering.TYPED:
            keys.append("\n" + card.answer + "\n" + rate)
        else:
            keys.append(" 4" if easy else " 3")
    return "".join(keys)


def new_shown(home: Path, count: int, now: str = DAY1) -> list[StoredCard]:
    """The first `count` new cards a review started at `now` shows, in its order: the
    day's new cards, those of a source already shown held back to the end."""
    from tutor.days import allowed_today
    from tutor.review.queue import Queue
    from tutor.settings import effective

    moment = datetime.fromisoformat(now)
    store = Store.open(db_path(home))
    try:
        _, new_left, _ = allowed_today(store, effective(store.settings()), moment, timezone.utc)
        queue = Queue(new=store.new_cards(new_left))
    finally:
        store.close()
    shown = []
    while len(shown) < count and (card := queue.next(moment)) is not None:
        shown.append(card)
    return shown


def one_card_notes(folder: Path, *names: str) -> Path:
    """A folder of a learner's own notes, one card each ('A levain is ...'): a path of its
    own once imported, its steps a set (all open)."""
    folder.mkdir()
    for name in names:
        (folder / f"{name}.md").write_text(
            f"# {name.title()}\n\nA {name} is a thing a learner writes a note about.\n",
            encoding="utf-8",
        )
    return folder


def tutor_command() -> list[str]:
    return [sys.executable, "-m", "tutor"]


def child_env(home: Path, now: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(TUTOR_HOME=str(home), TUTOR_NOW=now, NO_COLOR="1", TERM="xterm", COLUMNS="100")
    return env


def progress_env(home: Path, after: str = "0") -> dict[str, str]:
    """`child_env` on DAY1 with the progress bar drawn after `after` seconds (0: at once,
    standing for "the work took longer than a second")."""
    return {**child_env(home, DAY1), "TUTOR_PROGRESS_AFTER": after}


def in_terminal(home: Path, *args: str, timeout: int = 60) -> pexpect.spawn:
    """`tutor ARGS` in a pseudo-terminal of 30 rows by 140 columns, the bar at once."""
    import pexpect

    return pexpect.spawn(
        sys.executable,
        ["-m", "tutor", *args],
        env=progress_env(home),
        encoding="utf-8",
        timeout=timeout,
        dimensions=(30, 140),
    )
