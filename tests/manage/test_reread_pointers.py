"""A failed check and a new leech name the `tutor read` command of the section to reread,
and that command shows that section."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from cards import Answering
from db import Store
from tests.cli.support import DAY1, db_path
from tests.cli.test_path_check import answer_keys, questions
from tutor.browse.reading import read_command
from tutor.interop.importing import ensure_builtin


def test_a_failed_check_names_the_tutor_read_command_of_each_section(run, home: Path) -> None:
    run("config", "new_per_day", "100")
    asked = questions(home, "system-basics/frontend", DAY1)
    wrong = set(range(len(asked) - 1))
    result = run("check", "frontend", keys=answer_keys(asked, wrong), now=DAY1)
    assert result.exit_code == 0, result.output
    heading = asked[0].source.section
    command = read_command("system-basics/frontend", heading)
    assert command in result.output
    shown = run(*command.split()[1:])
    assert shown.exit_code == 0, shown.output
    assert heading in shown.output.splitlines()[1]


def test_a_new_leech_names_the_tutor_read_command_of_its_section(run, home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    day1 = datetime.fromisoformat(DAY1)
    with Store.open(db_path(home)) as store:
        ensure_builtin(store, day1)
        card = store.new_cards(1)[0].card
    # One lapse short of a leech, due now: the next Again makes it one.
    conn = sqlite3.connect(db_path(home))
    past = int((day1 - timedelta(days=3)).timestamp() * 1000)
    conn.execute(
        "UPDATE card_state SET state = 2, stability = 2.0, difficulty = 6.0, due = ?,"
        " last_review = ?, reps = 12, lapses = 7 WHERE card_id = ?",
        (past, past, card.id),
    )
    conn.commit()
    conn.close()
    if card.answering is Answering.CHOICE:
        wrong = next(n for n, o in enumerate(card.options) if o != card.answer)
        keys = f"{wrong + 1}\n"
    elif card.answering is Answering.TYPED:
        keys = "\nnothing like it\n\n"
    else:
        keys = " 1"
    result = run("review", keys=keys + "q")
    assert result.exit_code == 0, result.output
    assert "leech: suspended" in result.output
    assert read_command(card.entry_key, card.source.section) in result.output


def test_reading_a_plain_text_notes_card_shows_its_own_paragraph(
    run, home: Path, tmp_path: Path
) -> None:
    # 'r' on 'What is a collision?' (hash-table.txt, line 7) showed the note's first
    # paragraph: every paragraph of a plain-text note has the same empty heading, and the
    # first of them was taken.
    from rich.console import Console

    from tutor.browse.reading import page_of, page_view, section_of_line

    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "ring-buffer.txt").write_text(
        "Ring buffer\n\n"
        "A ring buffer is a fixed-size array that wraps around: after the last slot, writing "
        "goes on at the first.\n\n"
        "When the writer catches up with the reader, the oldest item is written over. This "
        "is called an overrun.\n",
        encoding="utf-8",
    )
    assert run("import", str(folder), now=DAY1).exit_code == 0
    with Store.open(db_path(home)) as store:
        (entry_key,) = {
            stored.card.entry_key
            for stored in store.new_cards(100)
            if stored.card.entry_key.endswith("ring-buffer")
        }
        cards = [s.card for s in store.new_cards(100) if s.card.entry_key == entry_key]
        overrun = next(card for card in cards if card.prompt == "What is an overrun?")
        page = page_of(store, entry_key)
        assert page is not None
        section = section_of_line(page, overrun.source.section, overrun.source.line)
    console = Console(width=100, record=True)
    console.print(page_view(page, section))
    shown = " ".join(console.export_text().split())
    assert "This is called an overrun" in shown, shown
