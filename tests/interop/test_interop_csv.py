"""tutor export csv / tutor import csv: cards a learner can write in a spreadsheet."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.support import db_path, query

# Every test twice: read in one process, and by a forked child (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("csv_reading")

HEADER = "path,step,kind,prompt,answer,options,explanation,tags\n"
SPANISH = (
    HEADER
    + "Spanish,Greetings,,How do you say hello?,hola,,Used all day long.,spanish | greetings\n"
    + "Spanish,Greetings,,How do you say goodbye?,adiós,,,spanish\n"
    + 'Spanish,Numbers,identify,Which word means three?,tres,"uno | dos | tres",,\n'
    + "Spanish,Numbers,truefalse,True or false: cinco means five.,true,,,\n"
)


def cards_of(home: Path, path: str) -> list[tuple[object, ...]]:
    return query(
        home,
        "SELECT e.title, c.kind, c.answering, c.prompt, c.answer, c.options, c.explanation"
        " FROM card c JOIN entry e ON e.key = c.entry_key JOIN path p ON p.id = e.path_id"
        " WHERE p.name = ? AND c.retired_at IS NULL ORDER BY e.position, c.position",
        path,
    )


def write(tmp_path: Path, text: str, name: str = "spanish.csv") -> Path:
    file = tmp_path / name
    file.write_text(text, encoding="utf-8")
    return file


def test_hand_written_cards_make_a_path_of_their_own(tmp_path, home, run):
    result = run("import", "csv", str(write(tmp_path, SPANISH)))
    assert result.exit_code == 0, result.output
    assert cards_of(home, "Spanish") == [
        ("Greetings", "faq", "self", "How do you say hello?", "hola", "[]", "Used all day long."),
        ("Greetings", "faq", "self", "How do you say goodbye?", "adiós", "[]", ""),
        (
            "Numbers",
            "identify",
            "choice",
            "Which word means three?",
            "tres",
            '["uno", "dos", "tres"]',
            "",
        ),
        (
            "Numbers",
            "truefalse",
            "choice",
            "True or false: cinco means five.",
            "True",
            '["True", "False"]',
            "",
        ),
    ]
    steps = query(
        home,
        "SELECT e.title, e.position, e.unlocked_at IS NOT NULL, e.tags FROM entry e"
        " JOIN path p ON p.id = e.path_id WHERE p.name = 'Spanish' ORDER BY e.position",
    )
    assert steps == [
        ("Greetings", 1, 1, '["spanish", "greetings"]'),
        ("Numbers", 2, 0, "[]"),
    ]


def test_import_by_suffix_and_twice_changes_nothing(tmp_path, home, run):
    file = write(tmp_path, SPANISH)
    assert run("import", str(file)).exit_code == 0
    before = query(home, "SELECT * FROM card ORDER BY id")
    again = run("import", str(file), "--json")
    assert again.exit_code == 0
    changes = json.loads(again.output)["entries"]
    assert sum(change["new"] + change["changed"] + change["retired"] for change in changes) == 0
    assert query(home, "SELECT * FROM card ORDER BY id") == before


def test_an_edited_answer_keeps_progress_and_a_removed_row_is_retired(tmp_path, home, run):
    file = write(tmp_path, SPANISH)
    run("import", "csv", str(file))
    (hello,) = query(home, "SELECT id FROM card WHERE prompt = 'How do you say hello?'")[0]
    db = db_path(home)
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("UPDATE card_state SET state = 2, reps = 3 WHERE card_id = ?", (hello,))
    conn.commit()
    conn.close()
    edited = SPANISH.replace(",hola,", ",¡hola!,").replace(
        "Spanish,Greetings,,How do you say goodbye?,adiós,,,spanish\n", ""
    )
    write(tmp_path, edited)
    result = run("import", "csv", str(file), "--json")
    changes = {c["title"]: c for c in json.loads(result.output)["entries"]}
    assert (changes["Greetings"]["changed"], changes["Greetings"]["retired"]) == (1, 1)
    assert query(
        home,
        "SELECT c.answer, s.state, s.reps FROM card c JOIN card_state s"
        " ON s.card_id = c.id WHERE c.id = ?",
        hello,
    ) == [("¡hola!", 2, 3)]
    assert query(home, "SELECT retired_at IS NOT NULL FROM card WHERE prompt LIKE '%goodbye%'") == [
        (1,)
    ]


def test_cards_join_an_existing_step_by_its_title(tmp_path, home, run):
    run("config")  # the built-in path
    text = HEADER + "system basics,backend,,What port does HTTPS use by default?,443,,,\n"
    result = run("import", "csv", str(write(tmp_path, text, "mine.csv")))
    assert result.exit_code == 0, result.output
    assert query(
        home,
        "SELECT e.key, e.file FROM card c JOIN entry e ON e.key = c.entry_key"
        " WHERE c.prompt LIKE 'What port%'",
    ) == [("system-basics/backend", "built-in:system-basics/02-backend.md")]
    assert query(home, "SELECT count(*) FROM path") == [(1,)]


def test_no_path_or_step_gives_a_deck_named_after_the_file(tmp_path, home, run):
    text = "prompt;answer\nCapital of Peru?;Lima\n"  # a ';' sheet from a European locale
    assert run("import", "csv", str(write(tmp_path, text, "capitals.csv"))).exit_code == 0
    assert cards_of(home, "capitals") == [
        ("capitals", "faq", "self", "Capital of Peru?", "Lima", "[]", "")
    ]


def test_export_then_import_into_another_collection_gives_the_same_cards(tmp_path, home, run):
    run("import", "csv", str(write(tmp_path, SPANISH)))
    exported = tmp_path / "all.csv"
    assert run("export", "csv", str(exported)).exit_code == 0
    other = tmp_path / "other.sqlite3"
    result = run("--db", str(other), "import", "csv", str(exported))
    assert result.exit_code == 0, result.output
    sql = (
        "SELECT c.id, c.kind, c.answering, c.prompt, c.answer, c.options, c.accepted,"
        " c.explanation FROM card c WHERE c.retired_at IS NULL ORDER BY c.id"
    )
    mine = query(home, sql)
    import sqlite3

    conn = sqlite3.connect(other)
    theirs = conn.execute(sql).fetchall()
    conn.close()
    assert len(mine) > 150
    assert theirs == mine


@pytest.mark.parametrize(
    ("bad", "says"),
    [
        ("Spanish,Greetings,flash,Card with a bad kind,x,,,", "kind: 'flash' is not one of"),
        ("Spanish,Greetings,,,no prompt here,,,", "prompt: empty"),
        (
            'Spanish,Numbers,,Which is three?,cuatro,"uno | tres",,',
            "answer: 'cuatro' is not one of the options",
        ),
        ("Spanish,Greetings,,how do you say HELLO,hola,,,", "the same question as row 2"),
    ],
)
def test_the_first_bad_row_is_named_on_one_line_and_nothing_is_written(
    tmp_path, home, run, bad, says
):
    run("config")
    before = query(home, "SELECT count(*) FROM card")
    text = HEADER + "Spanish,Greetings,,How do you say hello?,hola,,,\n" + bad + "\n"
    text += "Spanish,Greetings,flash,A later bad row,x,,,\n"  # never reached
    result = run("import", "csv", str(write(tmp_path, text)))
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert f"spanish.csv:3: {says}" in result.output
    assert "nothing imported" in result.output
    assert query(home, "SELECT count(*) FROM card") == before


def test_a_bad_row_after_thousands_written_rolls_back_every_file(tmp_path, home, run):
    # The rows are written in parts of 5,000 as the file is read; a bad row after them,
    # in a second file, leaves the collection as it was: one transaction.
    run("config")
    before = query(home, "SELECT count(*) FROM card"), query(home, "SELECT count(*) FROM entry")
    good = write(
        tmp_path,
        HEADER
        + "".join(f"Many,Step {n // 100},,Question {n}?,Answer {n},,,\n" for n in range(12_000)),
        "many.csv",
    )
    bad = write(tmp_path, HEADER + "More,One,,Fine?,yes,,,\nMore,One,,,no prompt,,,\n", "more.csv")
    result = run("import", "csv", str(good), str(bad))
    assert result.exit_code == 1
    assert "more.csv:3: prompt: empty; nothing imported" in result.output
    after = query(home, "SELECT count(*) FROM card"), query(home, "SELECT count(*) FROM entry")
    assert after == before
    assert run("import", "csv", str(good)).exit_code == 0
    assert query(home, "SELECT count(*) FROM card WHERE source_file = 'csv:many.csv'") == [
        (12_000,)
    ]


def test_a_bad_header_or_encoding_is_refused(tmp_path, run):
    # Every problem with a CSV file ends as a bad row's does: the whole import is undone.
    result = run("import", "csv", str(write(tmp_path, "question,anwser\nq,a\n")))
    assert result.exit_code == 1
    assert "spanish.csv:1: unknown column 'question'" in result.output
    assert result.output.rstrip().endswith("; nothing imported")
    latin = tmp_path / "latin.csv"
    latin.write_bytes(b"prompt,answer\nq,adi\xf3s\n")
    result = run("import", "csv", str(latin))
    assert result.exit_code == 1
    assert "latin.csv:2: not UTF-8 text (save the sheet as CSV UTF-8); nothing imported" in (
        result.output
    )


def test_mixing_forms_or_missing_file_is_a_usage_error(tmp_path, run):
    file = write(tmp_path, SPANISH)
    assert run("import", "csv").exit_code == 2
    result = run("import", str(file), str(tmp_path / "x.json"))
    assert result.exit_code == 2 and "separate commands" in result.output
    missing = run("import", "csv", str(tmp_path / "nope.csv"))
    assert missing.exit_code == 1 and "nope.csv: cannot read" in missing.output


def test_csv_cards_in_an_entrys_step_survive_a_reimport_of_the_edited_entry(tmp_path, home, run):
    entry = tmp_path / "espresso.md"
    entry.write_text(
        "---\ntitle: Espresso\npath: Coffee\n---\n# Espresso\n\n## In one sentence\n"
        "Espresso is coffee brewed by forcing hot water through finely ground beans.\n\n"
        "## Key takeaways\n- Espresso = a small, strong shot of coffee.\n",
        encoding="utf-8",
    )
    assert run("import", str(entry)).exit_code == 0
    text = HEADER + "Coffee,Espresso,,How many grams go in a double shot?,18,,,\n"
    assert run("import", "csv", str(write(tmp_path, text, "mine.csv"))).exit_code == 0
    entry.write_text(entry.read_text() + "- Crema is the foam on top of a shot.\n")
    assert run("import", str(entry)).exit_code == 0
    assert query(
        home, "SELECT retired_at IS NULL FROM card WHERE prompt LIKE 'How many grams%'"
    ) == [(1,)]


def test_a_bad_row_below_a_cell_with_line_breaks_is_named_by_line_and_row(tmp_path, home, run):
    text = (
        HEADER
        + 'Spanish,Greetings,,How do you say hello?,hola,,"Used all day.\nMorning and night.",\n'
        + "Spanish,Greetings,flash,Card with a bad kind,x,,,\n"
    )
    result = run("import", "csv", str(write(tmp_path, text)))
    assert result.exit_code == 1
    # Line 4 in a text editor, row 3 in a spreadsheet.
    assert "spanish.csv:4: row 3: kind: 'flash' is not one of" in result.output
