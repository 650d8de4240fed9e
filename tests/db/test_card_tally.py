"""card_tally, the narrow per-card table `tutor stats` and `tutor path` add up, stays equal
to the cards and their states through every command that writes them, with no writer
knowing it exists (the triggers of migration m004); the doctor's query finds it when not."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cards import Answering, Card, CardKind, Source
from db import Store
from db.progress import rebuild_tally, tally_mismatches
from db.store import EntryRecord, ImportWrite, card_row
from tests.cli.support import DAY1, DAY2, db_path, keys_for, query
from tests.records import entry_record
from tests.reliability.support import copy_of_schema1
from tests.reliability.support import query as query_file
from tutor.cli import app

PATHS = Path(__file__).resolve().parents[1] / "fixtures" / "paths"


@pytest.fixture
def run(run: Callable[..., Any]) -> Callable[..., Any]:
    """The shared `run`, failing the test on any exit but 0."""

    def invoke(*args: str, **options: str) -> Any:
        result = run(*args, **options)
        assert result.exit_code == 0, result.output
        return result

    return invoke


def _in_step(path: Path) -> None:
    """card_tally holds exactly one row per card, equal to the card and its state row."""
    with Store.open(path) as store:
        assert tally_mismatches(store) == (0, [])
        (cards,) = store.conn.execute("SELECT count(*) FROM card").fetchone()
        (rows,) = store.conn.execute("SELECT count(*) FROM card_tally").fetchone()
        assert rows == cards > 0


def _card_ids(home: Path, where: str) -> list[str]:
    return [row[0] for row in query(home, f"SELECT id FROM card WHERE {where} ORDER BY id")]


def test_every_command_that_writes_cards_keeps_the_tally_true(
    run, _isolated_home: Path, tmp_path: Path
) -> None:
    home = _isolated_home
    entries = tmp_path / "paths"
    shutil.copytree(PATHS, entries)
    run("import", str(entries / "garden"), str(entries / "kitchen"))
    _in_step(db_path(home))
    run("review", keys=keys_for(home, 12) + "q")
    answered = _card_ids(home, "id IN (SELECT card_id FROM review)")
    assert answered and query(home, "SELECT count(*) FROM card_tally WHERE state > 0")[0][0]
    _in_step(db_path(home))

    fresh = _card_ids(home, "id NOT IN (SELECT card_id FROM review)")
    run("cards", "suspend", fresh[0], fresh[1])
    run("cards", "flag", fresh[2], "--reason", "reads wrong")
    run("cards", "forget", answered[0])
    _in_step(db_path(home))
    assert query(home, "SELECT sum(suspended), sum(flagged) FROM card_tally") == [(2, 1)]
    run("cards", "unsuspend", fresh[0])
    run("cards", "unflag", fresh[2])
    _in_step(db_path(home))

    # An edited entry (changed and dropped cards), a deleted one, then a path removed.
    soil = next((entries / "garden").rglob("*soil*"))
    soil.write_text(soil.read_text().replace("\n- ", "\n- Often, ", 3))
    next((entries / "kitchen").rglob("*board*")).unlink()
    run("import", str(entries / "garden"), str(entries / "kitchen"))
    assert query(home, "SELECT count(*) FROM card_tally WHERE retired")[0][0] > 0
    _in_step(db_path(home))
    run("path", "hide", "Garden Basics")
    run("path", "remove", "Kitchen Basics", "--yes")
    _in_step(db_path(home))

    # The doctor's repair writes state rows back.
    conn = sqlite3.connect(db_path(home))
    with conn:
        conn.execute("DELETE FROM card_state WHERE card_id = ?", (answered[1],))
    conn.close()
    _in_step(db_path(home))  # the deletion itself is followed
    run("doctor", "--fix", now=DAY2)
    _in_step(db_path(home))

    # A whole collection through JSON and the cards through CSV, each into a new one.
    run("export", "json", str(tmp_path / "all.json"))
    run("export", "csv", str(tmp_path / "cards.csv"))
    for name, source in (("from-json", "all.json"), ("from-csv", "cards.csv")):
        target = tmp_path / name / "tutor.sqlite3"
        run("--db", str(target), "--create", "import", str(tmp_path / source))
        _in_step(target)

    # A backup put back is a file whose own triggers kept it.
    run("backup", str(tmp_path / "copy.sqlite3"))
    run("cards", "suspend", fresh[3])
    run("restore", str(tmp_path / "copy.sqlite3"), keys="y\n")
    _in_step(db_path(home))
    assert fresh[3] not in _card_ids(home, "suspended_at IS NOT NULL")


def test_the_check_names_a_row_out_of_step_and_a_rebuild_puts_it_right(
    run, _isolated_home: Path
) -> None:
    run("import", str(PATHS / "garden"))
    run("review", keys=keys_for(_isolated_home, 5) + "q")
    with Store.open(db_path(_isolated_home)) as store:
        first, second = [
            card_id
            for (card_id,) in store.conn.execute(
                "SELECT card_id FROM card_tally WHERE state > 0 ORDER BY card_id LIMIT 2"
            )
        ]
        # written around the triggers, as another program might
        store.conn.execute("UPDATE card_tally SET due = due + 1 WHERE card_id = ?", (first,))
        store.conn.execute("DELETE FROM card_tally WHERE card_id = ?", (second,))
        assert tally_mismatches(store) == (2, [first, second])
        assert tally_mismatches(store, examples=1) == (2, [first])
        rebuild_tally(store)
        assert tally_mismatches(store) == (0, [])
        # a row left behind by a card deleted around the triggers: every card still has
        # its own row, so only the count tells, and the full comparison names it
        store.conn.execute(
            "INSERT INTO card_tally SELECT entry_key, 'gone-card', retired, suspended,"
            " flagged, leech, state, stability, last_review, due, lapses FROM card_tally"
            " WHERE card_id = ?",
            (first,),
        )
        assert tally_mismatches(store) == (1, ["gone-card"])


def test_the_old_collection_gets_its_tally_when_upgraded(tmp_path: Path) -> None:
    path = copy_of_schema1(tmp_path)
    old = sqlite3.connect(path)
    joined = old.execute(
        "SELECT c.id, c.entry_key, c.retired_at IS NOT NULL, c.suspended_at IS NOT NULL,"
        " coalesce(s.state, 0), s.stability, s.last_review, s.due, coalesce(s.lapses, 0)"
        " FROM card c LEFT JOIN card_state s ON s.card_id = c.id ORDER BY c.id"
    ).fetchall()
    old.close()
    _in_step(path)
    tally = query_file(
        path,
        "SELECT card_id, entry_key, retired, suspended, state, stability, last_review, due,"
        " lapses FROM card_tally ORDER BY card_id",
    )
    assert tally == joined
    # the fixture has answered cards and a suspended one, so the copy is not trivial
    assert any(row[4] > 0 for row in tally) and any(row[3] for row in tally)


def _schema(home: Path) -> list[tuple[object, ...]]:
    return query(home, "SELECT type, name, sql FROM sqlite_master ORDER BY type, name")


def _deck(path: Path, rows: range, answer: str) -> Path:
    lines = ["path,step,prompt,answer"]
    lines += [f"Bulk Deck,Part {n // 40},Term number {n}?,{answer} {n}" for n in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_import_written_in_bulk_leaves_the_same_collection_as_one_row_by_row(
    run, _isolated_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A first import of many cards writes them in bulk (the tally's triggers and the due
    # index dropped inside its transaction and made again at its end): the collection,
    # its schema and every card's progress come out as the row-by-row import leaves them.
    home = _isolated_home
    monkeypatch.setattr("db.store.BULK_FROM", 100)
    run("import", str(PATHS / "garden"))
    schema = _schema(home)
    run("import", str(_deck(tmp_path / "deck.csv", range(300), "Meaning")))
    run("review", keys=keys_for(home, 8) + "q")
    fresh = _card_ids(home, "id NOT IN (SELECT card_id FROM review)")
    run("cards", "suspend", fresh[0])
    run("cards", "flag", fresh[1], "--reason", "reads wrong")
    before = query(
        home,
        "SELECT card_id, state, stability, due, reps FROM card_state"
        " WHERE card_id IN (SELECT card_id FROM review) ORDER BY card_id",
    )
    (stored,) = query(home, "SELECT count(*) FROM card")[0]

    # The same 300 cards with new answers and more new cards than the collection holds.
    deck = _deck(tmp_path / "deck.csv", range(300 + stored), "Changed meaning")
    run("import", str(deck))
    assert _schema(home) == schema
    _in_step(db_path(home))
    assert query(home, "SELECT count(*) FROM card") == [(2 * stored,)]
    assert query(home, "SELECT count(*) FROM card WHERE answer LIKE 'Changed meaning %'") == [
        (300 + stored,)
    ]
    # Each new card is new; each answered card keeps its progress, suspended and flagged too.
    assert query(
        home,
        "SELECT count(*) FROM card c JOIN card_state s ON s.card_id = c.id"
        " WHERE s.state = 0 AND s.reps = 0 AND c.id NOT IN (SELECT card_id FROM review)",
    ) == [(stored * 2 - len(before),)]
    after = query(
        home,
        "SELECT card_id, state, stability, due, reps FROM card_state"
        " WHERE card_id IN (SELECT card_id FROM review) ORDER BY card_id",
    )
    assert after == before and len(before) == 8
    assert _card_ids(home, "suspended_at IS NOT NULL") == [fresh[0]]
    assert query(home, "SELECT sum(suspended), sum(flagged) FROM card_tally") == [(1, 1)]


def test_a_bulk_import_that_fails_keeps_the_collection_as_it_was(
    _isolated_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = _isolated_home
    monkeypatch.setattr("db.store.BULK_FROM", 100)
    runner = CliRunner()
    monkeypatch.setenv("TUTOR_NOW", DAY1)
    assert runner.invoke(app, ["import", str(PATHS / "garden")]).exit_code == 0
    schema, cards = _schema(home), query(home, "SELECT id FROM card ORDER BY id")
    deck = _deck(tmp_path / "deck.csv", range(2_000), "Meaning")
    # The second file's row is bad: read once the first file's cards went in, in bulk.
    bad = tmp_path / "bad.csv"
    bad.write_text("path,step,prompt,answer\nBulk Deck,Part 99,Term without an answer?,\n")
    result = runner.invoke(app, ["import", str(deck), str(bad)])
    assert result.exit_code == 1
    assert "answer: empty; nothing imported" in result.output
    assert _schema(home) == schema
    assert query(home, "SELECT id FROM card ORDER BY id") == cards
    _in_step(db_path(home))


# -- bulk writing at the store's level: what an import hands `Store.save_imports` ------------

MORNING = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)


def _record(key: str) -> EntryRecord:
    return entry_record(key, "Term", "Bulk Path")


def _faq_cards(key: str, count: int, answer: str = "Because") -> list[tuple[int, Card]]:
    return [
        (
            n,
            Card(
                id=f"card-{n:05d}",
                kind=CardKind.FAQ,
                answering=Answering.SELF,
                prompt=f"Why number {n}?",
                answer=f"{answer} {n}.",
                source=Source("term.md", "FAQ", 1),
                entry="term",
                entry_key=key,
            ),
        )
        for n in range(count)
    ]


def _without_state(store: Store) -> list[str]:
    return [
        card_id
        for (card_id,) in store.conn.execute(
            "SELECT id FROM card WHERE id NOT IN (SELECT card_id FROM card_state) ORDER BY id"
        )
    ]


@pytest.mark.parametrize("bulk_from", [10**9, 100], ids=["row by row", "in bulk"])
def test_every_card_an_import_writes_has_a_state_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bulk_from: int
) -> None:
    # A card that lost its state row (a damaged file) gets one back when an import
    # rewrites it, in bulk as row by row; CSV rows (written as ready-made table rows,
    # with the time their file was read) get theirs too.
    monkeypatch.setattr("db.store.BULK_FROM", bulk_from)
    with Store.open(tmp_path / "c.sqlite3") as store:
        store.save_import(
            ImportWrite([_record("bulk/term")], _faq_cards("bulk/term", 5), []), MORNING
        )
        store.conn.execute("DELETE FROM card_state WHERE card_id = 'card-00000'")
        changed = _faq_cards("bulk/term", 500, "Changed because")
        store.save_import(
            ImportWrite([_record("bulk/term")], changed, []), MORNING + timedelta(days=1)
        )
        assert _without_state(store) == []
        rows = [card_row(n, card, 1) for n, card in _faq_cards("bulk/more", 600)]
        store.save_imports(
            [ImportWrite([_record("bulk/more")], (), (), card_rows=rows)],
            MORNING + timedelta(days=2),
        )
        assert _without_state(store) == []
        assert tally_mismatches(store) == (0, [])


def test_a_review_reading_through_a_bulk_import_keeps_its_view_then_writes_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another process reviewing holds a read transaction while an import drops and makes
    # the triggers again: it keeps the collection as it was, and its next answer goes
    # through the new triggers.
    monkeypatch.setattr("db.store.BULK_FROM", 100)
    path = tmp_path / "c.sqlite3"
    with Store.open(path) as store:
        store.save_import(
            ImportWrite([_record("bulk/term")], _faq_cards("bulk/term", 50), []), MORNING
        )
    with Store.open(path) as importer, Store.open(path) as reviewer:
        reviewer.conn.execute("BEGIN")
        before = reviewer.conn.execute("SELECT count(*) FROM card_tally").fetchone()
        importer.save_import(
            ImportWrite([_record("bulk/term")], _faq_cards("bulk/term", 1000), []),
            MORNING + timedelta(days=1),
        )
        assert reviewer.conn.execute("SELECT count(*) FROM card_tally").fetchone() == before
        reviewer.conn.execute("COMMIT")
        reviewer.suspend("card-00900", MORNING + timedelta(days=2), reason="user")
        assert tally_mismatches(reviewer) == (0, [])
        assert reviewer.conn.execute("SELECT sum(suspended) FROM card_tally").fetchone() == (1,)


def _part(key: str, first: int, count: int) -> ImportWrite:
    cards = [(n, replace(card, id=f"card-{first + n:05d}")) for n, card in _faq_cards(key, count)]
    return ImportWrite([_record(key)], cards, [])


@pytest.mark.parametrize(
    "last", ["another new part", "a part that brings back a retired card", "a part that retires"]
)
def test_card_tally_made_part_by_part_in_bulk_matches_the_cards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, last: str
) -> None:
    # A first import in bulk gives card_tally the rows of each part's new cards as it goes;
    # a part that changes a stored card (its tally row with it) sends it back to being
    # made whole at the end.
    monkeypatch.setattr("db.store.BULK_FROM", 100)
    with Store.open(tmp_path / "c.sqlite3") as store:
        store.save_import(_part("bulk/old", 90_000, 20), MORNING)
        store.save_import(ImportWrite([], [], ["card-90000"]), MORNING)
        parts = [_part("bulk/term", 1000 * n, 150) for n in range(3)]
        if last == "another new part":
            parts.append(_part("bulk/term", 5000, 150))
        elif last == "a part that brings back a retired card":
            parts.append(_part("bulk/old", 90_000, 1))
        else:
            parts.append(ImportWrite([], [], ["card-00001", "card-01001"]))
        store.save_imports(parts, MORNING + timedelta(days=1))
        assert tally_mismatches(store) == (0, [])
        retired = {"another new part": 1, "a part that brings back a retired card": 0}
        assert store.conn.execute("SELECT count(*) FROM card_tally WHERE retired").fetchone() == (
            retired.get(last, 3),
        )
        assert store.conn.execute("SELECT count(*) FROM card_tally").fetchone() == (
            store.card_count(),
        )
