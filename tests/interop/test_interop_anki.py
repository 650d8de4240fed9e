"""tutor export anki: the package opens in Anki itself (the `anki` package, test-only)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import anki.collection as anki_collection
import pytest

from tests.cli.support import DAY1, DAY2, db_path


def open_in_anki(tmp_path: Path, *packages: Path):
    """A new Anki collection with `packages` imported through Anki's own importer."""
    col = anki_collection.Collection(str(tmp_path / "anki" / "collection.anki2"))
    for package in packages:
        col.import_anki_package(
            anki_collection.ImportAnkiPackageRequest(
                package_path=str(package),
                options=anki_collection.ImportAnkiPackageOptions(with_scheduling=False),
            )
        )
    return col


def live_cards(home: Path) -> list[tuple[str, str, str, str, str, str, str]]:
    conn = sqlite3.connect(db_path(home))
    try:
        return conn.execute(
            "SELECT p.name, e.title, c.kind, c.answering, c.prompt, c.answer, c.options"
            " FROM card c JOIN entry e ON e.key = c.entry_key JOIN path p ON p.id = e.path_id"
            " WHERE c.retired_at IS NULL"
        ).fetchall()
    finally:
        conn.close()


@pytest.fixture
def package(tmp_path: Path, home: Path, run) -> Path:
    target = tmp_path / "tutor.apkg"
    result = run("export", "anki", str(target))
    assert result.exit_code == 0, result.output
    return target


def test_anki_reads_every_card_in_a_deck_per_path_and_step(package, tmp_path, home):
    (tmp_path / "anki").mkdir()
    col = open_in_anki(tmp_path, package)
    try:
        cards = live_cards(home)
        assert col.note_count() == len(cards) > 100
        decks = {deck.name for deck in col.decks.all_names_and_ids()}
        steps = {f"{path}::{step}" for path, step, *_ in cards}
        assert steps <= decks and "System Basics::Backend" in decks
        note = col.get_note(
            col.find_notes('"deck:System Basics::Backend" "Front:What is the backend?"')[0]
        )
        assert note.keys() == ["Front", "Back", "Explanation", "Source", "Kind"]
        answer = next(card[5] for card in cards if card[4] == "What is the backend?")
        assert note["Back"] == answer.replace("&", "&amp;").replace("<", "&lt;")
        assert "02-backend.md" in note["Source"]
        assert set(note.tags) == {"System_Basics", "Server"}
    finally:
        col.close()


def test_choice_and_true_false_cards_list_their_options_on_the_front(package, tmp_path, home):
    (tmp_path / "anki").mkdir()
    col = open_in_anki(tmp_path, package)
    try:
        for kind in ("truefalse", "identify"):
            _, _, _, _, prompt, answer, options = next(
                card for card in live_cards(home) if card[2] == kind
            )
            (note_id,) = col.find_notes(f'"Front:{prompt[:30]}*"')
            card = col.get_note(note_id).cards()[0]
            listed = "".join(f"<li>{option}</li>" for option in json.loads(options))
            assert listed in card.question()
            assert answer in card.answer().split('<hr id="answer">')[1]
    finally:
        col.close()


def test_exporting_again_updates_the_notes_instead_of_adding_copies(tmp_path, home, run):
    sheet = tmp_path / "mine.csv"
    sheet.write_text("prompt,answer\nCapital of Peru?,Lima\n")
    assert run("import", "csv", str(sheet)).exit_code == 0
    first, second = tmp_path / "first.apkg", tmp_path / "second.apkg"
    assert run("export", "anki", str(first), now=DAY1).exit_code == 0
    sheet.write_text("prompt,answer\nCapital of Peru?,Lima (since 1535)\n")
    assert run("import", "csv", str(sheet)).exit_code == 0
    assert run("export", "anki", str(second), now=DAY2).exit_code == 0
    assert open_guids(first) == open_guids(second)
    (tmp_path / "anki").mkdir()
    col = open_in_anki(tmp_path, first, second)
    try:
        assert col.note_count() == len(live_cards(home))
        (note_id,) = col.find_notes('"Front:Capital of Peru?"')
        assert col.get_note(note_id)["Back"] == "Lima (since 1535)"
    finally:
        col.close()


def open_guids(package: Path) -> set[str]:
    import zipfile

    with zipfile.ZipFile(package) as archive:
        data = archive.read("collection.anki2")
    scratch = package.with_suffix(".anki2")
    scratch.write_bytes(data)
    conn = sqlite3.connect(scratch)
    try:
        return {guid for (guid,) in conn.execute("SELECT guid FROM notes")}
    finally:
        conn.close()


def test_an_existing_file_is_kept_without_force(package, run):
    before = package.read_bytes()
    result = run("export", "anki", str(package))
    assert result.exit_code == 1 and "already exists" in result.output
    assert package.read_bytes() == before


def test_cards_kept_out_of_reviews_stay_out_in_anki(tmp_path, home, run):
    sheet = tmp_path / "mine.csv"
    sheet.write_text(
        "prompt,answer\nCapital of Peru?,Lima\nCapital of Chile?,Santiago\n"
        "Capital of Bolivia?,Sucre\n"
    )
    assert run("import", "csv", str(sheet)).exit_code == 0
    ids = {
        prompt: card_id
        for card_id, prompt in sqlite3.connect(db_path(home)).execute(
            "SELECT id, prompt FROM card WHERE prompt LIKE 'Capital of%'"
        )
    }
    assert run("cards", "suspend", ids["Capital of Peru?"]).exit_code == 0
    assert run("cards", "flag", ids["Capital of Chile?"]).exit_code == 0
    package = tmp_path / "kept-out.apkg"
    result = run("export", "anki", str(package), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["notes"] == len(live_cards(home))
    assert (report["suspended"], report["flagged"]) == (1, 1)
    for with_scheduling in (True, False):
        (tmp_path / "anki").mkdir()
        col = anki_collection.Collection(str(tmp_path / "anki" / "collection.anki2"))
        try:
            col.import_anki_package(
                anki_collection.ImportAnkiPackageRequest(
                    package_path=str(package),
                    options=anki_collection.ImportAnkiPackageOptions(
                        with_scheduling=with_scheduling
                    ),
                )
            )
            for country, tag in (("Peru", "tutor::suspended"), ("Chile", "tutor::flagged")):
                (note_id,) = col.find_notes(f'"Front:Capital of {country}?"')
                note = col.get_note(note_id)
                assert tag in note.tags
                # Anki keeps a card's queue only when it imports the scheduling.
                assert (note.cards()[0].queue == -1) is with_scheduling
            (note_id,) = col.find_notes('"Front:Capital of Bolivia?"')
            assert not col.get_note(note_id).tags and col.get_note(note_id).cards()[0].queue == 0
            assert set(col.find_notes("tag:tutor::*")) == set(
                col.find_notes('"Front:Capital of Peru?" or "Front:Capital of Chile?"')
            )
        finally:
            col.close()
        shutil.rmtree(tmp_path / "anki")
    plain = run("export", "anki", str(tmp_path / "plain.apkg"))
    assert " ".join(plain.output.split()).endswith(
        "Suspended in the package: 1 suspended card (tag tutor::suspended), "
        "1 flagged card (tag tutor::flagged)"
    )


def test_one_path_goes_out_alone_and_the_package_gets_its_ending(tmp_path, home, run):
    # A new user who hid the built-in path could not export only her own deck, and
    # 'tutor export anki out/deck' wrote a file Anki would not open by its name.
    garden = Path(__file__).resolve().parents[1] / "fixtures" / "paths" / "garden"
    assert run("import", str(garden)).exit_code == 0
    result = run("export", "anki", str(tmp_path / "garden-deck"), "--path", "garden-basics")
    assert result.exit_code == 0, result.output
    package = tmp_path / "garden-deck.apkg"
    said = " ".join(result.output.split())
    assert said.startswith("Wrote ") and f"decks to {package}" in said, said
    (tmp_path / "anki").mkdir()
    col = open_in_anki(tmp_path, package)
    try:
        mine = [card for card in live_cards(home) if card[0] == "Garden Basics"]
        assert col.note_count() == len(mine) > 0
        decks = {deck.name for deck in col.decks.all_names_and_ids()}
        assert not [name for name in decks if name.startswith("System Basics")], decks
    finally:
        col.close()
    wrong = run("export", "anki", str(tmp_path / "x.apkg"), "--path", "gardn")
    assert wrong.exit_code == 1
    assert "--path: no path named 'gardn'; did you mean 'Garden Basics'?" in wrong.output
    assert not (tmp_path / "x.apkg").exists()
    csv_out = run("export", "csv", "-", "--path", "garden basics")
    rows = csv_out.output.strip().splitlines()
    assert len(rows) == len(mine) + 1 and all(r.startswith("Garden Basics,") for r in rows[1:])
