"""tutor export json / tutor import json: the whole collection in one document."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from db.dump import DATA_TABLES
from db.migrations import SCHEMA_VERSION
from tests.cli.support import db_path
from tests.reliability.support import query as query_file


def every_row(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY {key}").fetchall()
            for table, key in DATA_TABLES.items()
        }
    finally:
        conn.close()


def table_names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {
            name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    finally:
        conn.close()


@pytest.fixture
def exported(tmp_path: Path, run, lived_in_copy) -> tuple[Path, Path]:
    source = lived_in_copy(tmp_path / "source.sqlite3")
    document = tmp_path / "collection.json"
    result = run("--db", str(source), "export", "json", str(document))
    assert result.exit_code == 0, result.output
    return source, document


def test_round_trip_into_an_empty_file_gives_the_same_database(exported, tmp_path, run):
    source, document = exported
    target = tmp_path / "target.sqlite3"
    result = run("--db", str(target), "import", "json", str(document))
    assert result.exit_code == 0, result.output
    before, after = every_row(source), every_row(target)
    assert before["review"] and before["check_attempt"] and before["card_state"]
    for table in DATA_TABLES:
        assert after[table] == before[table], table
    # The tables not carried over describe the file, not the collection, or are made
    # from the cards by triggers (card_tally, the same in both).
    assert table_names(target) - set(DATA_TABLES) == {"migration", "card_tally"}
    tally = "SELECT * FROM card_tally ORDER BY card_id"
    assert query_file(target, tally) == query_file(source, tally) != []


def test_round_trip_into_a_fresh_default_collection_replaces_the_untouched_builtin(
    exported, home, run
):
    source, document = exported
    assert run("config").exit_code == 0  # first use: the built-in path is imported
    result = run("import", "json", str(document))
    assert result.exit_code == 0, result.output
    assert every_row(db_path(home)) == every_row(source)
    # and the collection is usable: the next command does not import the built-in again
    assert run("config").exit_code == 0
    assert every_row(db_path(home)) == every_row(source)


def test_the_document_is_versioned_and_readable(exported):
    _, document = exported
    data = json.loads(document.read_text())
    assert (data["format"], data["version"]) == ("tutor-collection", 1)
    assert data["schema"] == SCHEMA_VERSION
    assert isinstance(data["cards"][0]["options"], list)
    assert isinstance(data["entries"][0]["tags"], list)
    assert isinstance(data["check_attempts"][0]["passed"], bool)
    assert {review["rating"] for review in data["reviews"]} <= {1, 2, 3, 4}


def test_a_collection_with_history_is_not_overwritten(exported, run):
    source, document = exported
    before = every_row(source)
    result = run("--db", str(source), "import", "json", str(document))
    assert result.exit_code == 1
    assert "not empty" in result.output and "reviews" in result.output
    assert every_row(source) == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "not UTF-8 text, so not a tutor export"),
        (b"\x00" * 5000, "not a JSON document (a tutor export starts with '{')"),
        (b"card,answer\nwhat,that\n", "not a JSON document (a tutor export starts with '{')"),
        (b"", "empty, so not a tutor export"),
        (b"[1, 2]", "not a JSON document (a tutor export starts with '{')"),
        (
            b'{\n  "format": "anki",\n',
            "$.format: expected 'tutor-collection', not a tutor collection",
        ),
    ],
)
def test_a_file_that_is_no_export_is_named_before_the_collection_in_use(
    exported, tmp_path, run, content, expected
):
    # The learner's collection has history: the file, not the collection, is the problem.
    source, _ = exported
    before = every_row(source)
    wrong = tmp_path / "photo.json"
    wrong.write_bytes(content)
    result = run("--db", str(source), "import", "json", str(wrong))
    assert result.exit_code == 1
    assert result.stderr == f"tutor: {wrong}: {expected}\n"
    assert every_row(source) == before


def test_the_collection_file_itself_is_no_export(exported, run):
    source, _ = exported
    result = run("--db", str(source), "import", "json", str(source))
    assert result.exit_code == 1
    assert result.stderr == f"tutor: {source}: not UTF-8 text, so not a tutor export\n"


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (
            lambda d: d["cards"][3].update(kind="flash"),
            "$.cards[3].kind: 'flash' is not a card kind",
        ),
        (lambda d: d["reviews"][5].update(rating=7), "$.reviews[5].rating: 7 is not 1"),
        (
            lambda d: d["reviews"][2].update(rating="3"),
            "$.reviews[2].rating: input should be a valid integer",
        ),
        (lambda d: d["card_states"][0].pop("due"), "$.card_states[0].due: missing"),
        (
            lambda d: d["reviews"][1].update(card_id="c1-nope"),
            "$.reviews[1].card_id: 'c1-nope' is not in $.cards",
        ),
        (
            lambda d: d["entries"][0].update(tags="a b"),
            "$.entries[0].tags: expected a list of text",
        ),
        (lambda d: d["cards"][0].update(colour="red"), "$.cards[0].colour: unknown field"),
        (lambda d: d.update(version=2), "$.version: 2 is newer"),
        (lambda d: d.update(format="anki"), "$.format: expected 'tutor-collection'"),
        (lambda d: d["reviews"].append(dict(d["reviews"][0])), "$.reviews[60].id: 1 appears twice"),
    ],
)
def test_a_bad_document_is_refused_by_json_path_and_nothing_is_written(
    exported, tmp_path, run, damage, expected
):
    _, document = exported
    data = json.loads(document.read_text())
    damage(data)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    target = tmp_path / "target.sqlite3"
    result = run("--db", str(target), "import", "json", str(bad))
    assert result.exit_code == 1
    assert expected in result.output
    assert "Traceback" not in result.output
    assert not target.exists()


def test_several_problems_are_listed_together(exported, tmp_path, run):
    _, document = exported
    data = json.loads(document.read_text())
    data["reviews"][4]["rating"] = 0
    data["reviews"][9]["mode"] = "cram"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    result = run("--db", str(tmp_path / "t.sqlite3"), "import", "json", str(bad))
    assert "$.reviews[4].rating" in result.output and "$.reviews[9].mode" in result.output


def test_text_that_is_not_json_names_line_and_column(tmp_path, run):
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "format": "tutor-collection",\n  "version": 1,,\n}')
    result = run("--db", str(tmp_path / "t.sqlite3"), "import", "json", str(bad))
    assert result.exit_code == 1
    assert "bad.json:3:16: not valid JSON" in result.output


def test_export_never_overwrites_without_force(exported, run):
    source, document = exported
    document.write_text("keep me")
    result = run("--db", str(source), "export", "json", str(document))
    assert result.exit_code == 1 and "already exists (--force replaces it)" in result.output
    assert document.read_text() == "keep me"
    assert run("--db", str(source), "export", "json", str(document), "--force").exit_code == 0
    assert json.loads(document.read_text())["format"] == "tutor-collection"
    assert [p.name for p in document.parent.iterdir() if p.name.endswith(".partial")] == []


def test_dry_run_writes_nothing(exported, tmp_path, run):
    _, document = exported
    target = tmp_path / "t.sqlite3"
    result = run("--db", str(target), "import", "json", str(document), "--dry-run", "--json")
    assert result.exit_code == 0
    assert json.loads(result.output)["reviews"] == 60
    assert every_row(target)["review"] == []


def test_a_document_laid_out_differently_loads_the_same(exported, tmp_path, run):
    """Re-indented, keys in another order: read whole instead of line by line, same rows."""
    source, document = exported
    data = json.loads(document.read_text())
    reordered = {key: data[key] for key in reversed(list(data))}
    other = tmp_path / "pretty.json"
    other.write_text(json.dumps(reordered, indent=3))
    target = tmp_path / "target.sqlite3"
    result = run("--db", str(target), "import", "json", str(other))
    assert result.exit_code == 0, result.output
    assert every_row(target) == every_row(source)
