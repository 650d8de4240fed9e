"""Rows of a CSV file that edit a card another file makes.

A learner exported their collection, fixed the answer of a card made from their own
Markdown note in a copy of the export, added a row, and imported the copy: the table said
"new 1, changed 0, unchanged 5" and the fix was gone without a word. Such a card is made
again from its note at the note's next import, so the edit is not applied, and the import
says so, row by row, with the file to edit instead.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.cli.support import query

# Every test twice: read in one process, and by a forked child (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("csv_reading")

NOTE = """\
# Load balancer

A load balancer is a server that spreads incoming requests across several backend servers.

## What it does

A load balancer sends each request to a healthy server, so that no single server is
overwhelmed and one failed server does not take the site down.

## Key takeaways

- Health checks let the load balancer skip servers that stopped answering.
- Round robin is the simplest way to pick the next server.
"""
ASKED = "What does a load balancer do?"


def imported_note(tmp_path: Path, run) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    note = folder / "load-balancer.md"
    note.write_text(NOTE, encoding="utf-8")
    result = run("import", str(folder))
    assert result.exit_code == 0, result.output
    return note


def exported(tmp_path: Path, run) -> list[list[str]]:
    file = tmp_path / "cards.csv"
    result = run("export", "csv", str(file))
    assert result.exit_code == 0, result.output
    with file.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def written(tmp_path: Path, rows: list[list[str]], name: str = "cards-edited.csv") -> Path:
    file = tmp_path / name
    with file.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return file


def answer_of(home: Path, prompt: str) -> object:
    return query(home, "SELECT answer FROM card WHERE prompt = ?", prompt)[0][0]


def edited(rows: list[list[str]], prompt: str, answer: str) -> tuple[list[list[str]], int]:
    """The rows with `prompt`'s answer replaced; and that row's number in a spreadsheet."""
    header = rows[0]
    at = next(n for n, row in enumerate(rows) if row[header.index("prompt")] == prompt)
    rows = [list(row) for row in rows]
    rows[at][header.index("answer")] = answer
    return rows, at + 1


def test_an_edit_of_a_card_made_from_a_note_is_reported_not_applied(tmp_path, home, run):
    note = imported_note(tmp_path, run)
    before = answer_of(home, ASKED)
    rows, number = edited(exported(tmp_path, run), ASKED, "It spreads requests over servers.")
    rows.append(["Notes", "Load balancer", "faq", "What is round robin?", "Taking turns"])
    rows[-1] += [""] * (len(rows[0]) - len(rows[-1]))
    file = written(tmp_path, rows)

    result = run("import", "csv", str(file), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    mine = next(entry for entry in report["entries"] if entry["title"] == "Load balancer")
    made = query(home, "SELECT count(*) FROM card WHERE source_file = ?", str(note))[0][0]
    assert (mine["new"], mine["changed"], mine["not_applied"]) == (1, 0, 1)
    assert mine["unchanged"] == made - 1
    assert report["not_applied"] == [
        {
            "file": str(file),
            "row": number,
            "entry": "Load balancer",
            "path": "Notes",
            "prompt": ASKED,
            "edit_in": str(note),
        }
    ]
    assert answer_of(home, ASKED) == before  # not changed behind the report's back

    shown = run("import", "csv", str(file))
    assert shown.exit_code == 0, shown.output
    text = " ".join(shown.output.split())
    assert "not applied" in shown.output.splitlines()[2], shown.output  # the table header
    assert f"Not applied: 1 row of {file.name} edits a card made from another file" in text, (
        shown.output
    )
    assert f"row {number}, Load balancer: {ASKED} (edit {note})" in text
    assert "Notes: 1 entry" in text and "1 edit not applied" in text


def test_an_unedited_export_imported_back_edits_nothing(tmp_path, home, run):
    imported_note(tmp_path, run)
    cards_before = query(home, "SELECT * FROM card ORDER BY id")
    file = written(tmp_path, exported(tmp_path, run))

    result = run("import", "csv", str(file), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["not_applied"] == []
    assert all(entry["not_applied"] == 0 for entry in report["entries"])
    assert all(entry["new"] == entry["changed"] == 0 for entry in report["entries"])
    assert sum(entry["unchanged"] for entry in report["entries"]) == len(cards_before)
    assert query(home, "SELECT * FROM card ORDER BY id") == cards_before


def test_an_edit_of_another_csv_files_card_names_that_file(tmp_path, home, run):
    deck = written(
        tmp_path,
        [["path", "step", "prompt", "answer"], ["Spanish", "Greetings", "Hello?", "hola"]],
        name="spanish.csv",
    )
    assert run("import", "csv", str(deck)).exit_code == 0
    rows, number = edited(exported(tmp_path, run), "Hello?", "buenos días")
    file = written(tmp_path, rows)

    result = run("import", "csv", str(file), "--dry-run")
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert f"row {number}, Greetings: Hello? (edit spanish.csv)" in text, result.output
    assert "Nothing changed" in text
    assert answer_of(home, "Hello?") == "hola"
