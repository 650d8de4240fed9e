"""`tutor import`: idempotent, keeps progress through edits, retires what is gone."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from tests.cli.support import DAY1, DAY2, db_path, query
from tests.conftest import FIXTURE_ENTRIES

CACHE = FIXTURE_ENTRIES / "cache.md"


def entry_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "entries"
    folder.mkdir()
    for name in ("cache.md", "photosynthesis.md", "git-branch.glossary.txt"):
        shutil.copy(FIXTURE_ENTRIES / name, folder / name)
    return folder


def table(home: Path, name: str) -> list[tuple[object, ...]]:
    return query(home, f"SELECT * FROM {name} ORDER BY 1")


def test_importing_the_same_files_twice_changes_nothing(run, home: Path, tmp_path: Path) -> None:
    folder = entry_folder(tmp_path)
    first = run("import", str(folder), "--json")
    assert first.exit_code == 0, first.output
    added = json.loads(first.stdout)["entries"]
    assert len(added) == 3 and all(change["new"] > 0 for change in added)
    before = {name: table(home, name) for name in ("entry", "card", "card_state", "review")}

    again = run("import", str(folder), "--json", now=DAY2)
    assert again.exit_code == 0
    changes = json.loads(again.stdout)["entries"]
    assert all(c["new"] == c["changed"] == c["retired"] == 0 for c in changes)
    assert {name: table(home, name) for name in before} == before


def test_an_edit_keeps_the_progress_of_unchanged_cards_and_retires_removed_ones(
    run, home: Path, tmp_path: Path
) -> None:
    folder = entry_folder(tmp_path)
    assert run("import", str(folder)).exit_code == 0
    ids = query(home, "SELECT id FROM card WHERE entry_key LIKE '%/cache'")
    # Progress on every card, as if each had been reviewed once.
    conn = sqlite3.connect(db_path(home))
    conn.execute("UPDATE card_state SET state = 2, stability = 5.0, reps = 3")
    conn.execute(
        "INSERT INTO review (card_id, rating, reviewed_at, state_before, mode)"
        " SELECT id, 3, 1, 0, 'review' FROM card"
    )
    conn.commit()
    conn.close()

    text = (folder / "cache.md").read_text(encoding="utf-8")
    faq_start = text.index("## FAQ")
    edited = text[:faq_start]  # the whole FAQ section is gone
    (folder / "cache.md").write_text(edited, encoding="utf-8")
    dry = run("import", str(folder / "cache.md"), "--dry-run", "--json")
    (change,) = json.loads(dry.stdout)["entries"]
    assert change["retired"] > 0 and change["new"] == 0
    assert query(home, "SELECT count(*) FROM card WHERE retired_at IS NOT NULL") == [(0,)]

    result = run("import", str(folder / "cache.md"), "--json")
    assert result.exit_code == 0
    retired = query(home, "SELECT id, kind FROM card WHERE retired_at IS NOT NULL")
    assert len(retired) == change["retired"]
    assert {kind for _, kind in retired} == {"faq"}
    kept = query(
        home,
        "SELECT count(*) FROM card c JOIN card_state s ON s.card_id = c.id"
        " WHERE c.retired_at IS NULL AND c.entry_key LIKE '%/cache' AND s.reps = 3",
    )
    assert kept == [(len(ids) - len(retired),)]
    # A retired card keeps its reviews.
    assert query(
        home,
        "SELECT count(*) FROM review"
        " WHERE card_id IN (SELECT id FROM card WHERE retired_at IS NOT NULL)",
    ) == [(len(retired),)]


def test_bad_files_are_all_listed_and_nothing_is_written(run, home: Path, tmp_path: Path) -> None:
    folder = entry_folder(tmp_path)
    (folder / "empty.md").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    run("config")  # the built-in path, so the collection exists
    before = {name: table(home, name) for name in ("entry", "card")}
    result = run("import", str(folder))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert any(line.startswith(f"tutor: {folder / 'empty.md'}:1:") for line in lines)
    assert any(line.startswith(f"tutor: {folder / 'binary.txt'}:") for line in lines)
    assert "Traceback" not in result.output
    assert {name: table(home, name) for name in before} == before

    skipped = run("import", str(folder), "--skip-invalid", "--json")
    assert skipped.exit_code == 1  # the problems are still listed
    imported = {c["title"] for c in json.loads(skipped.stdout)["entries"]}
    assert imported == {"Cache", "Photosynthesis", "Git branch"}
    assert "empty.md" in skipped.stderr and "binary.txt" in skipped.stderr


def test_a_db_that_is_not_a_tutor_database_gives_one_line_and_exit_1(run, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("groceries\n", encoding="utf-8")
    result = run("--db", str(notes), "review", now=DAY1)
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0
    assert "not a tutor database" in result.stderr
    assert notes.read_text(encoding="utf-8") == "groceries\n"
