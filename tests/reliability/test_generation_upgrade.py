"""Card-maker changes reach existing collections (issue 15, defect 12).

Before: GENERATION_VERSION never changed what a collection held; re-importing after an
upgrade said "Nothing changed" and kept cards the new code no longer makes. Now the
collection records the version its cards were made with, and the next start re-plans
every entry from its stored text, keeping the progress of every card whose id is
unchanged and retiring the rest with their reviews.

The generator change is simulated by editing an entry's stored text (what the new maker
would read differently), with the version bumped by monkeypatch.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

import tutor.interop.card_maker
import tutor.interop.importing
from db import Store
from tests.reliability.support import DAY1, doctor_problems, entry_text, query
from tutor.cli import app
from tutor.memory.scheduling import answer, make_scheduler

DAY2 = "2026-03-03T09:00:00+00:00"


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("TUTOR_NOW", DAY1)
    return CliRunner()


def live_cards(db: Path, entry_key: str) -> dict[str, str]:
    return dict(
        query(
            db,
            "SELECT id, prompt FROM card WHERE entry_key = ? AND retired_at IS NULL",
            entry_key,
        )
    )


def imported_ledger(runner: CliRunner, tmp_path: Path) -> Path:
    """A new collection holding one imported note, 'Ledger' on the path 'Books'."""
    db = tmp_path / "tutor.sqlite3"
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "ledger.md").write_text(entry_text("Ledger", "Books", 1), encoding="utf-8")
    assert runner.invoke(app, ["--db", str(db), "import", str(folder)]).exit_code == 0
    return db


def test_a_new_card_maker_remakes_cards_keeping_progress_and_retiring_the_rest(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = imported_ledger(runner, tmp_path)
    key = "books/ledger"
    before = live_cards(db, key)
    assert len(before) >= 4
    # Answer every card of the entry once, so each has progress to keep or lose.
    scheduler = make_scheduler(0.9, fuzz=False)
    with Store.open(db) as store:
        for number, card_id in enumerate(sorted(before)):
            at = datetime(2026, 3, 2, 9, number, tzinfo=timezone.utc)
            store.answer_card(
                card_id, lambda state, when: answer(scheduler, state, 3, when), 3, at, 1000
            )
    reviewed = dict(query(db, "SELECT card_id, count(*) FROM review GROUP BY card_id"))
    assert set(before) <= set(reviewed)

    # The new maker reads the entry without its misconception and with a question it used
    # to skip: those cards go, a new one comes, every other card keeps its id and progress.
    (text,) = query(db, "SELECT text FROM entry WHERE key = ?", key)[0]
    assert isinstance(text, str)
    edited = (
        text.replace(
            "## Common misconception\nThat the ledger can be skipped when a project is small.\n\n",
            "",
        )
        + "\n## FAQ\n\n### Who may write in the ledger?\nOnly the ledger keeper writes in it.\n"
    )
    assert edited != text
    conn = sqlite3.connect(db)
    conn.execute("UPDATE entry SET text = ? WHERE key = ?", (edited, key))
    conn.commit()
    conn.close()
    states = {row[0]: row for row in query(db, "SELECT * FROM card_state")}

    monkeypatch.setattr(tutor.interop.card_maker, "GENERATION_VERSION", "g-next")
    started = runner.invoke(app, ["--db", str(db), "path"], env={"TUTOR_NOW": DAY2})
    assert started.exit_code == 0, started.output
    line = [ln for ln in started.stderr.splitlines() if "card maker" in ln]
    assert len(line) == 1, started.stderr
    after = live_cards(db, key)
    new, retired = set(after) - set(before), set(before) - set(after)
    assert retired and new
    assert f"{len(new)} new" in line[0] and f"{len(retired)} retired" in line[0]
    for card_id in set(before) & set(after):
        assert query(db, "SELECT * FROM card_state WHERE card_id = ?", card_id) == [states[card_id]]
    # Retired cards keep their reviews; nothing was deleted.
    assert dict(query(db, "SELECT card_id, count(*) FROM review GROUP BY card_id")) == reviewed
    assert query(db, "SELECT value FROM setting WHERE key = 'generation_version'") == [
        ('"g-next"',)
    ]
    assert doctor_problems(db) == []

    again = runner.invoke(app, ["--db", str(db), "path"], env={"TUTOR_NOW": DAY2})
    assert "card maker" not in again.stderr
    assert live_cards(db, key) == after


def test_the_built_in_path_is_remade_from_the_text_the_package_ships(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "tutor.sqlite3"
    assert runner.invoke(app, ["--db", str(db), "path"]).exit_code == 0
    shipped = dict(query(db, "SELECT id, prompt FROM card WHERE retired_at IS NULL"))
    # An old install stored older text for the built-in Backend entry.
    conn = sqlite3.connect(db)
    (old,) = conn.execute("SELECT text FROM entry WHERE key = 'system-basics/backend'").fetchone()
    conn.execute(
        "UPDATE entry SET text = ? WHERE key = 'system-basics/backend'",
        (old + "\n## FAQ\n\n### Is the backend a server?\nOften, yes.\n",),
    )
    conn.commit()
    conn.close()
    monkeypatch.setattr(tutor.interop.card_maker, "GENERATION_VERSION", "g-next")
    started = runner.invoke(app, ["--db", str(db), "path"])
    assert started.exit_code == 0, started.output
    assert "0 new, 0 changed, 0 retired" in started.stderr
    assert dict(query(db, "SELECT id, prompt FROM card WHERE retired_at IS NULL")) == shipped
    assert query(db, "SELECT text FROM entry WHERE key = 'system-basics/backend'") == [(old,)]


def test_a_collection_made_by_the_first_card_maker_gets_todays_cards(tmp_path: Path) -> None:
    # The committed schema-1 collection was made by generation g1: 154 cards, 183 answers.
    # Opened now it is upgraded, then its cards are remade by today's generator: every
    # answer stays, and a card whose question is still asked keeps its memory state.
    from tests.reliability.support import copy_of_schema1

    db = copy_of_schema1(tmp_path)
    reviews = query(db, "SELECT * FROM review ORDER BY id")
    result = CliRunner().invoke(app, ["--db", str(db), "path"], env={"TUTOR_NOW": DAY2})
    assert result.exit_code == 0, result.output
    assert "card maker" in result.stderr and "retired" in result.stderr
    assert query(db, "SELECT * FROM review ORDER BY id") == reviews  # nothing lost
    assert query(db, "SELECT value FROM setting WHERE key = 'generation_version'") == [
        ('"' + tutor.interop.card_maker.GENERATION_VERSION + '"',)
    ]
    answered_live = query(
        db,
        "SELECT count(DISTINCT r.card_id) FROM review r JOIN card c ON c.id = r.card_id"
        " WHERE c.retired_at IS NULL",
    )
    assert answered_live[0][0] > 0  # questions asked before and now keep their progress
    assert doctor_problems(db) == []


def test_an_entry_its_file_no_longer_gives_is_kept_and_the_import_is_pointed_to(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A new card maker read a glossary site's page as its own concept, not as the site's
    # other entries: the old entries were kept with a note that their text 'no longer
    # parses', which it did, and nothing said how to get the new reading.
    db = imported_ledger(runner, tmp_path)
    key = "books/ledger"
    kept = live_cards(db, key)
    conn = sqlite3.connect(db)
    conn.execute(
        "UPDATE entry SET text = ? WHERE key = ?", ("# Journal\n\nA journal is a book.", key)
    )
    conn.commit()
    conn.close()

    monkeypatch.setattr(tutor.interop.card_maker, "GENERATION_VERSION", "g-next")
    started = runner.invoke(app, ["--db", str(db), "path"], env={"TUTOR_NOW": DAY2})
    assert started.exit_code == 0, started.output
    (line,) = [ln for ln in started.stderr.splitlines() if "card maker" in ln]
    assert "1 entry kept unchanged" in line and "import it again" in line, line
    assert live_cards(db, key) == kept
