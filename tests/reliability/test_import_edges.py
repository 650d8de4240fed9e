"""Values from outside are checked at the edge (issue 15: defects 4, 7, 8, 13, 14, 15, 17).

Each test runs the attack as the issue states it through the real CLI, on a real file
under tmp_path, and checks the learner would see one clear line and an unchanged (or no)
collection, or, where the input is fine, that nothing is lost.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cards
from db import Store
from tests.reliability.support import ANY_CARD, BEL, DAY1, ESC, dump, query
from tutor.cli import app
from tutor.interop.importing import legacy_card_id
from tutor.memory.scheduling import answer, make_scheduler


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("TUTOR_NOW", DAY1)
    return CliRunner()


def last_line(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert lines, "no message"
    return lines[-1]


def write_csv(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# -- 4: questions that differ only in symbols -------------------------------------------------

SYMBOLS_CSV = (
    "path,step,prompt,answer\n"
    "Maths,Arithmetic,What is 2+2?,4\n"
    "Maths,Arithmetic,What is 2*2?,4\n"
    "Maths,Arithmetic,What is 2-2?,0\n"
    "Maths,Arithmetic,Which language is C++?,a C successor\n"
    "Maths,Arithmetic,Which language is C#?,a .NET language\n"
)


def test_questions_that_differ_only_in_symbols_are_five_cards(
    runner: CliRunner, tmp_path: Path
) -> None:
    db = tmp_path / "c.sqlite3"
    file = write_csv(tmp_path, "maths.csv", SYMBOLS_CSV)
    result = runner.invoke(app, ["--db", str(db), "import", "csv", str(file)])
    assert result.exit_code == 0, result.output
    prompts = {p for (p,) in query(db, "SELECT prompt FROM card WHERE entry_key LIKE 'maths/%'")}
    assert len(prompts) == 5
    again = runner.invoke(app, ["--db", str(db), "import", "csv", str(file)])
    assert "Nothing changed" in again.output


@pytest.mark.usefixtures("csv_reading")
def test_a_card_stored_under_its_old_id_keeps_it_and_its_progress(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "c.sqlite3"
    old = write_csv(tmp_path, "maths.csv", "path,step,prompt,answer\nMaths,Sums,What is 2+2?,4\n")
    # The collection as the previous tutor made it: ids from the canonical form that
    # folded symbols away.
    with monkeypatch.context() as patched:
        patched.setattr(cards, "card_id", legacy_card_id)
        assert runner.invoke(app, ["--db", str(db), "import", "csv", str(old)]).exit_code == 0
    ((card_id,),) = query(db, "SELECT id FROM card WHERE entry_key = 'maths/sums'")
    assert str(card_id).startswith("c1-")
    assert card_id != cards.card_id("maths/sums", cards.CardKind.FAQ, "What is 2+2?")
    scheduler = make_scheduler(0.9, fuzz=False)
    with Store.open(db) as store:
        store.answer_card(
            str(card_id),
            lambda state, at: answer(scheduler, state, 3, at),
            3,
            datetime.fromisoformat(DAY1),
            1200,
        )
    reviews_before = query(db, "SELECT * FROM review WHERE card_id = ?", card_id)
    state_before = query(db, "SELECT * FROM card_state WHERE card_id = ?", card_id)
    assert reviews_before

    both = write_csv(
        tmp_path,
        "maths.csv",
        "path,step,prompt,answer\nMaths,Sums,What is 2+2?,4\nMaths,Sums,What is 2*2?,4\n",
    )
    result = runner.invoke(app, ["--db", str(db), "import", "csv", str(both)])
    assert result.exit_code == 0, result.output
    live = dict(query(db, "SELECT prompt, id FROM card WHERE entry_key = 'maths/sums'"))
    assert live["What is 2+2?"] == card_id  # the old id, with its progress
    assert live["What is 2*2?"].startswith("c2-")
    assert query(db, "SELECT * FROM review WHERE card_id = ?", card_id) == reviews_before
    assert query(db, "SELECT * FROM card_state WHERE card_id = ?", card_id) == state_before
    assert query(db, "SELECT count(*) FROM card WHERE retired_at IS NOT NULL") == [(0,)]


# -- 7: slugs ---------------------------------------------------------------------------------


def entry_file(folder: Path, name: str, title: str, path: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    file = folder / name
    file.write_text(
        f"---\ntitle: {title}\npath: {path}\n---\n# {title}\n\n## In one sentence\n"
        f"{title} keeps the records of a system in a stable, ordered form.\n",
        encoding="utf-8",
    )
    return file


@pytest.mark.parametrize("dry_run", [True, False])
@pytest.mark.parametrize(
    ("first", "second"),
    [("System Basics", "System basics"), ("Go", "GO"), ("C", "C++")],
)
def test_a_path_whose_name_folds_onto_another_is_refused_by_name(
    runner: CliRunner, tmp_path: Path, first: str, second: str, dry_run: bool
) -> None:
    db = tmp_path / "c.sqlite3"
    if first != "System Basics":
        made = runner.invoke(
            app,
            ["--db", str(db), "import", str(entry_file(tmp_path / "a", "a.md", "Alpha", first))],
        )
        assert made.exit_code == 0, made.output
    else:
        assert runner.invoke(app, ["--db", str(db), "path"]).exit_code == 0
    before = dump(db)
    file = entry_file(tmp_path / "b", "b.md", "Beta", second)
    args = ["--db", str(db), "import", str(file)] + (["--dry-run"] if dry_run else [])
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    first_line = result.stderr.strip().splitlines()[0]
    assert f"path '{second}' has the same short name" in first_line
    assert f"write it as '{first}' to join that path" in first_line
    assert "Traceback" not in result.output and "IntegrityError" not in result.output
    assert dump(db) == before


@pytest.mark.parametrize("second_prompt", ["Who made it?", "When was it made?"])
def test_steps_of_a_csv_whose_names_fold_together_are_refused(
    runner: CliRunner, tmp_path: Path, second_prompt: str
) -> None:
    db = tmp_path / "c.sqlite3"
    file = write_csv(
        tmp_path,
        "l.csv",
        f"path,step,prompt,answer\nLangs,C++,Who made it?,Bjarne\nLangs,C,{second_prompt},Dennis\n",
    )
    result = runner.invoke(app, ["--db", str(db), "import", "csv", str(file)])
    assert result.exit_code == 1
    assert "step 'C' has the same short name ('langs/c') as the step 'C++'" in last_line(
        result.stderr
    )
    assert not db.exists() or not query(db, "SELECT * FROM entry WHERE key LIKE 'langs/%'")


def test_non_latin_names_get_distinct_stable_slugs(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    folder = tmp_path / "ru"
    entry_file(folder, "a.md", "Маршрутизатор", "Сети и протоколы")
    entry_file(folder, "b.md", "Коммутатор", "Сети и протоколы")
    entry_file(tmp_path / "jp", "c.md", "ルーター", "ネットワーク")
    result = runner.invoke(app, ["--db", str(db), "import", str(folder), str(tmp_path / "jp")])
    assert result.exit_code == 0, result.output
    keys = sorted(k for (k,) in query(db, "SELECT key FROM entry WHERE file NOT LIKE 'built-in:%'"))
    assert keys == [
        "сети-и-протоколы/коммутатор",
        "сети-и-протоколы/маршрутизатор",
        "ネットワーク/ルーター",
    ]
    assert cards.slugify("Сети и протоколы") == "сети-и-протоколы"
    # Latin names keep the slugs they always had.
    assert cards.slugify("Café Basics") == "cafe-basics"
    assert cards.slugify("System Basics") == "system-basics"


# -- 8: import json validation -----------------------------------------------------------------


@pytest.fixture
def document(runner: CliRunner, tmp_path: Path) -> dict[str, object]:
    source = tmp_path / "source.sqlite3"
    assert (
        runner.invoke(app, ["--db", str(source), "review"], input=ANY_CARD * 2 + "q").exit_code == 0
    )
    file = tmp_path / "all.json"
    assert runner.invoke(app, ["--db", str(source), "export", "json", str(file)]).exit_code == 0
    loaded = json.loads(file.read_text())
    assert loaded["reviews"]
    return loaded  # type: ignore[no-any-return]


def _set(document: dict[str, object], section: str, field: str, value: object) -> None:
    rows = document[section]
    assert isinstance(rows, list)
    rows[0][field] = value


def _setting(document: dict[str, object], key: str, value: object) -> None:
    rows = document["settings"]
    assert isinstance(rows, list)
    rows.append({"key": key, "value": value})


YEAR_10000_MS = 253_402_300_800_000 + 86_400_000
YEAR_MINUS_1199_MS = -99_999_999_999_999


@pytest.mark.parametrize(
    ("attack", "says"),
    [
        (lambda d: _set(d, "reviews", "reviewed_at", YEAR_10000_MS), "reviewed_at"),
        (lambda d: _set(d, "reviews", "reviewed_at", YEAR_MINUS_1199_MS), "reviewed_at"),
        (lambda d: _set(d, "card_states", "due", YEAR_10000_MS), "not a time from 1970"),
        (lambda d: _setting(d, "fsrs_parameters", [0.1, 0.2, 0.3, 0.4]), "fsrs_parameters"),
        (lambda d: _setting(d, "fsrs_parameter_changes", [[1, 2, 3]]), "value"),
        (lambda d: _setting(d, "fsrs_parameter_changes", "soon"), "value"),
        (lambda d: _set(d, "reviews", "duration_ms", 2**63), "too large"),
        (lambda d: _set(d, "reviews", "id", 2**64 + 7), "too large"),
        (lambda d: _set(d, "card_states", "stability", -4.0), "stability"),
        (lambda d: _setting(d, "desired_retention", 7), "desired_retention"),
    ],
)
def test_a_json_value_later_commands_could_not_read_is_refused(
    runner: CliRunner, tmp_path: Path, document: dict[str, object], attack, says: str
) -> None:  # type: ignore[no-untyped-def]
    attack(document)
    file = tmp_path / "evil.json"
    file.write_text(json.dumps(document))
    db = tmp_path / "new.sqlite3"
    result = runner.invoke(app, ["--db", str(db), "import", "json", str(file)])
    assert result.exit_code == 1, result.output
    line = last_line(result.stderr)
    assert says in line and "nothing imported" in line, line
    assert not db.exists()  # no empty collection left behind


def test_json_nested_100000_deep_is_refused_without_a_traceback(
    runner: CliRunner, tmp_path: Path
) -> None:
    file = tmp_path / "deep.json"
    file.write_text('{"format": "tutor-collection", "version": 1, "paths": ' + "[" * 100_000)
    db = tmp_path / "new.sqlite3"
    result = runner.invoke(app, ["--db", str(db), "import", "json", str(file)])
    assert result.exit_code == 1
    assert "tutor: " in last_line(result.stderr)
    assert not db.exists()
    closed = tmp_path / "deep2.json"
    closed.write_text(
        '{"format": "tutor-collection", "version": 1, "paths": ['
        + "[" * 100_000
        + "]" * 100_000
        + "]}"
    )
    result = runner.invoke(app, ["--db", str(db), "import", "json", str(closed)])
    assert result.exit_code == 1
    assert "tutor: " in last_line(result.stderr)
    assert not db.exists()


# -- 13: choice cards with more options than keys ----------------------------------------------


def test_a_choice_card_with_ten_options_is_refused_by_csv_and_json(
    runner: CliRunner, tmp_path: Path, document: dict[str, object]
) -> None:
    ten = " | ".join(f"option {n}" for n in range(1, 11))
    file = write_csv(tmp_path, "ten.csv", f"prompt,answer,options\nWhich one?,option 10,{ten}\n")
    db = tmp_path / "c.sqlite3"
    result = runner.invoke(app, ["--db", str(db), "import", "csv", str(file)])
    assert result.exit_code == 1
    assert "options: 10 options; a choice card has at most 9" in last_line(result.stderr)

    rows = document["cards"]
    assert isinstance(rows, list)
    choice = next(row for row in rows if row["answering"] == "choice")
    choice["options"] = [f"option {n}" for n in range(1, 11)]
    choice["answer"] = "option 10"
    evil = tmp_path / "ten.json"
    evil.write_text(json.dumps(document))
    fresh = tmp_path / "fresh.sqlite3"
    result = runner.invoke(app, ["--db", str(fresh), "import", "json", str(evil)])
    assert result.exit_code == 1
    assert "more than 9 options" in last_line(result.stderr)


# -- 14: the CSV size check comes before reading -----------------------------------------------


def test_csv_import_refuses_a_fifo_a_device_and_a_huge_sparse_file_without_reading(
    tmp_path: Path,
) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    sparse = tmp_path / "huge.csv"
    with sparse.open("wb") as handle:
        handle.truncate(3 * 1024**3)
    db = tmp_path / "c.sqlite3"
    for file, says in (
        (fifo, "not a regular file"),
        (Path("/dev/zero"), "not a regular file"),
        (sparse, "larger than 256 MB"),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "tutor", "--db", str(db), "import", "csv", str(file)],
            capture_output=True,
            timeout=20,  # a FIFO used to wait forever, /dev/zero to fill the memory
            env={**os.environ, "TUTOR_NOW": DAY1},
            check=False,
        )
        assert done.returncode == 1
        assert says in last_line(done.stderr.decode())
    assert not db.exists()


# -- 15: CSV export neutralising, escapes from CSV and JSON ------------------------------------


def test_exported_formula_cells_are_neutralised_and_read_back_as_written(
    runner: CliRunner, tmp_path: Path
) -> None:
    text = (
        "path,step,prompt,answer,explanation\n"
        'Sheet,Cells,"=HYPERLINK(""http://x"",""y"")",@SUM(1),+1 and -1\n'
        "Sheet,Cells,What is minus five?,-5,'=already quoted\n"
    )
    file = write_csv(tmp_path, "sheet.csv", text)
    db = tmp_path / "c.sqlite3"
    assert runner.invoke(app, ["--db", str(db), "import", "csv", str(file)]).exit_code == 0
    stored = set(
        query(db, "SELECT prompt, answer, explanation FROM card WHERE entry_key = 'sheet/cells'")
    )
    out = tmp_path / "out.csv"
    assert runner.invoke(app, ["--db", str(db), "export", "csv", str(out)]).exit_code == 0
    exported = out.read_text()
    for line in exported.splitlines()[1:]:
        for cell in line.split(","):
            assert not cell.lstrip('"').startswith(("=", "+", "-", "@")), line
    assert "'=HYPERLINK" in exported and "'@SUM(1)" in exported and "'-5" in exported
    # Read back: the same cards, nothing new, nothing changed.
    other = tmp_path / "d.sqlite3"
    assert runner.invoke(app, ["--db", str(other), "import", "csv", str(out)]).exit_code == 0
    assert (
        set(
            query(
                other,
                "SELECT prompt, answer, explanation FROM card WHERE entry_key = 'sheet/cells'",
            )
        )
        == stored
    )


HOSTILE = "\x1b]0;owned\x07\x1b[2J\x9b31m\u202eevil\u200b\u061c"


def test_escapes_in_csv_and_json_cells_never_reach_the_terminal(
    runner: CliRunner, tmp_path: Path, document: dict[str, object]
) -> None:
    file = write_csv(
        tmp_path, "h.csv", f"path,step,prompt,answer\nH,H,Why {HOSTILE}?,because {HOSTILE}\n"
    )
    db = tmp_path / "c.sqlite3"
    assert runner.invoke(app, ["--db", str(db), "import", "csv", str(file)]).exit_code == 0
    printed = runner.invoke(app, ["--db", str(db), "export", "csv", "-"])
    assert printed.exit_code == 0
    assert "evil" in printed.stdout
    for bad in (ESC, BEL, "\x9b".encode(), "\u202e".encode(), "\u200b".encode(), "\u061c".encode()):
        assert bad not in printed.stdout_bytes

    rows = document["cards"]
    assert isinstance(rows, list)
    rows[0]["prompt"] = f"JSON {HOSTILE}?"
    rows[0]["explanation"] = HOSTILE
    evil = tmp_path / "h.json"
    evil.write_text(json.dumps(document))
    fresh = tmp_path / "fresh.sqlite3"
    assert runner.invoke(app, ["--db", str(fresh), "import", "json", str(evil)]).exit_code == 0
    printed = runner.invoke(app, ["--db", str(fresh), "export", "csv", "-"])
    assert "JSON " in printed.stdout
    for bad in (ESC, BEL, "\x9b".encode(), "\u202e".encode(), "\u200b".encode()):
        assert bad not in printed.stdout_bytes


# -- 17: minors --------------------------------------------------------------------------------


def test_an_unreadable_subfolder_is_reported_not_skipped(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    entry_file(notes, "a.md", "Alpha", "Notes")
    entry_file(notes / "locked", "b.md", "Beta", "Notes")
    (notes / "locked").chmod(0o000)
    command = [sys.executable, "-m", "tutor", "--db", str(tmp_path / "c.sqlite3")]
    if os.geteuid() == 0:
        # Root reads every folder: run the import without the capabilities that allow it.
        if shutil.which("setpriv") is None:
            pytest.skip("root, and no setpriv to drop the capability to read any folder")
        drop = "-dac_override,-dac_read_search"
        command = ["setpriv", f"--bounding-set={drop}", f"--inh-caps={drop}", "--", *command]
    try:
        done = subprocess.run(
            [*command, "import", str(notes)],
            capture_output=True,
            timeout=60,
            env={**os.environ, "TUTOR_NOW": DAY1},
            check=False,
        )
    finally:
        (notes / "locked").chmod(0o700)
    stderr = done.stderr.decode()
    assert done.returncode == 1, stderr
    assert f"{notes / 'locked'}: cannot read the folder (Permission denied)" in stderr
    assert "Traceback" not in stderr


def test_invisible_characters_are_dropped_from_entry_text(
    runner: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "e"
    folder.mkdir()
    (folder / "a.md").write_text(
        "---\ntitle: Ledger\npath: Books\n---\n# Ledger\n\n## In one sentence\n"
        "The ledger\u061c keeps\u200b every\u2060 record\ufeff in order.\n",
        encoding="utf-8",
    )
    db = tmp_path / "c.sqlite3"
    assert runner.invoke(app, ["--db", str(db), "import", str(folder)]).exit_code == 0
    texts = " ".join(
        str(value)
        for row in query(
            db, "SELECT prompt, answer, explanation FROM card WHERE entry_key = 'books/ledger'"
        )
        for value in row
    )
    assert "keeps every record" in texts
    for invisible in "\u061c\u200b\u2060\ufeff":
        assert invisible not in texts


@pytest.mark.parametrize("where", ["--db", "TUTOR_HOME", "backup"])
def test_a_home_of_no_user_is_one_line(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    if where == "--db":
        result = runner.invoke(app, ["--db", "~nouser/x.sqlite3", "path"])
    elif where == "TUTOR_HOME":
        monkeypatch.setenv("TUTOR_HOME", "~nouser")
        result = runner.invoke(app, ["path"])
    else:
        result = runner.invoke(app, ["backup", "~nouser/b.sqlite3"])
    assert result.exit_code == 2
    assert "there is no user 'nouser'" in last_line(result.stderr)
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_json_import_refuses_a_fifo_a_device_and_a_huge_sparse_file_without_reading_it_all(
    tmp_path: Path,
) -> None:
    # Ours, beside defect 14: the same attacks on import json.
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    sparse = tmp_path / "huge.json"
    with sparse.open("wb") as handle:
        handle.write(b"{\n")
        handle.truncate(3 * 1024**3)
    db = tmp_path / "c.sqlite3"
    for file, says in (
        (fifo, "not a regular file"),
        (Path("/dev/zero"), "not a regular file"),
        (sparse, "a line longer than 16 million characters"),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "tutor", "--db", str(db), "import", "json", str(file)],
            capture_output=True,
            timeout=30,
            env={**os.environ, "TUTOR_NOW": DAY1},
            check=False,
        )
        assert done.returncode == 1
        assert says in last_line(done.stderr.decode())
    assert not db.exists()
