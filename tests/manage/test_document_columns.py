"""The JSON document carries flags, forgetting and hidden paths; a document written
before those columns existed still loads."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.cli.support import db_path


def test_flags_and_hidden_paths_travel_through_export_and_import(
    run, lived: Path, tmp_path: Path
) -> None:
    cards = json.loads(run("cards", "--json", "--path", "garden-basics").output)["cards"]
    run("cards", "flag", cards[0]["id"], "--reason", "unclear")
    run("cards", "forget", cards[1]["id"])
    run("path", "hide", "kitchen-basics")
    document = tmp_path / "all.json"
    assert run("export", "json", str(document)).exit_code == 0
    copy = tmp_path / "copy.sqlite3"
    result = run("--db", str(copy), "import", "json", str(document))
    assert result.exit_code == 0, result.output
    sql = "SELECT id, flagged_at, flag_reason, forgotten_at FROM card ORDER BY id"

    def rows(path: Path, statement: str) -> list[tuple[object, ...]]:
        conn = sqlite3.connect(path)
        try:
            return conn.execute(statement).fetchall()
        finally:
            conn.close()

    original = db_path(lived)
    assert rows(copy, sql) == rows(original, sql)
    assert [row[2] for row in rows(copy, sql) if row[1]] == ["unclear"]
    assert len([row for row in rows(copy, sql) if row[3]]) == 1
    paths = "SELECT name, hidden_at FROM path ORDER BY id"
    assert rows(copy, paths) == rows(original, paths)
    assert ("Kitchen Basics", None) not in rows(copy, paths)


def test_a_document_without_the_later_columns_loads(run, lived: Path, tmp_path: Path) -> None:
    document = tmp_path / "all.json"
    assert run("export", "json", str(document)).exit_code == 0
    data = json.loads(document.read_text())
    for card in data["cards"]:
        for column in ("flagged_at", "flag_reason", "forgotten_at"):
            del card[column]
    for path in data["paths"]:
        del path["hidden_at"]
    for entry in data["entries"]:
        del entry["retired_at"]
    document.write_text(json.dumps(data))
    copy = tmp_path / "copy.sqlite3"
    result = run("--db", str(copy), "import", "json", str(document))
    assert result.exit_code == 0, result.output
    result = run("--db", str(copy), "cards", "--json")
    assert len(json.loads(result.output)["cards"]) == len(
        json.loads(run("cards", "--json").output)["cards"]
    )
