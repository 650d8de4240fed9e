"""Hostile values on the command line, in the environment and at the review prompt.

Each gets one clear line on stderr, exit 2 for a bad command-line value (1 for a bad
file), no traceback, and the collection exactly as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cards import Answering
from db import Store
from tests.reliability.support import ANY_CARD, BEL, DAY1, ESC, TRACEBACK, dump, query
from tutor.cli import app


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("TUTOR_NOW", DAY1)
    return CliRunner()


@pytest.fixture
def collection(runner: CliRunner, _isolated_home: Path) -> Path:
    assert runner.invoke(app, ["config", "new_per_day", "12"]).exit_code == 0
    return _isolated_home / "tutor.sqlite3"


def one_line_error(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert "Traceback" not in stderr
    return lines[-1]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["config", "desired_retention", "1.5"], "desired_retention must be a number from 0.7"),
        # a share in percent, as Anki's options show it, gets the fraction it meant
        (["config", "desired_retention", "90"], "from 0.7 to 0.99 (0.9 for 90%), not 90"),
        (["config", "desired_retention", "nan"], "desired_retention must be a number"),
        (["config", "desired_retention", "inf"], "desired_retention must be a number"),
        (["config", "desired_retention", "0,9"], "'0,9' is not a number"),
        (["config", "day_start_hour", "25"], "day_start_hour must be a whole number from 0 to 23"),
        (
            ["config", "day_start_hour", "4.5"],
            "day_start_hour must be a whole number from 0 to 23, not 4.5",
        ),
        (["config", "new_per_day", "--", "-5"], "new_per_day must be a whole number from 0"),
        (
            ["config", "new_per_day", "-5"],
            "new_per_day must be a whole number from 0 to 9999, not -5",
        ),
        (["config", "desired_retention", "-0.5"], "desired_retention must be a number from 0.7"),
        (["config", "--jsn"], "no such option: --jsn"),
        (["config", "new_per_day", "--jsn"], "no such option: --jsn"),
        (["config", "reviews_per_day", "1" + "0" * 40], "reviews_per_day must be a whole number"),
        (["config", "no_such_setting", "3"], "unknown setting 'no_such_setting'"),
        (["config", "new_per_day", "\x1b]0;x\x07[bold]9"], "is not a number"),
    ],
)
def test_a_bad_command_line_value_exits_2_and_changes_nothing(
    args: list[str], says: str, runner: CliRunner, collection: Path
) -> None:
    before = dump(collection)
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert says in result.stderr
    assert ESC not in result.stderr_bytes and BEL not in result.stderr_bytes
    assert TRACEBACK.decode() not in result.output
    assert dump(collection) == before


def test_an_unknown_step_exits_1_and_changes_nothing(runner: CliRunner, collection: Path) -> None:
    # Issue 4 asks for exit 1 with "did you mean": a name that is not in the collection is
    # a lookup that failed (like git's unknown branch), not a malformed value (exit 2).
    before = dump(collection)
    result = runner.invoke(app, ["check", "No [bold]Such\x1b[2J Step"])
    assert one_line_error(result.stderr).startswith("tutor: no step named 'No [bold]Such")
    assert ESC not in result.stderr_bytes
    assert dump(collection) == before
    assert result.exit_code == 1


def test_tutor_now_garbage_exits_2_and_changes_nothing(
    runner: CliRunner, collection: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = dump(collection)
    for garbage in ("yesterday", "2026-13-45T99:00", "\x1b[2J"):
        monkeypatch.setenv("TUTOR_NOW", garbage)
        result = runner.invoke(app, ["review"], input="3333")
        assert result.exit_code == 2
        line = one_line_error(result.stderr)
        assert line.startswith("tutor: TUTOR_NOW=") and "is not an ISO 8601 time" in line
        assert ESC not in result.stderr_bytes
    assert dump(collection) == before


@pytest.mark.parametrize("extreme", ["9999-12-31", "0001-01-01", "1969-12-31T23:59:59Z"])
def test_tutor_now_at_the_ends_of_the_calendar_exits_2_and_changes_nothing(
    runner: CliRunner, collection: Path, monkeypatch: pytest.MonkeyPatch, extreme: str
) -> None:
    # Issue 15 #11: these gave an OverflowError traceback.
    before = dump(collection)
    monkeypatch.setenv("TUTOR_NOW", extreme)
    for args in (["review"], ["check", "Frontend"], ["stats"], ["path"]):
        result = runner.invoke(app, args, input=ANY_CARD * 3 + "q")
        assert result.exit_code == 2, (args, result.output)
        line = one_line_error(result.stderr)
        assert line.startswith(f"tutor: TUTOR_NOW='{extreme}' is outside the years 1970-")
    assert dump(collection) == before


def test_tutor_now_with_an_offset_answers_cards_at_that_moment_in_utc(
    runner: CliRunner, collection: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Issue 15 #11: +05:30 crashed review and check at the first answer (fsrs wants UTC).
    monkeypatch.setenv("TUTOR_NOW", "2026-03-02T14:30:00+05:30")
    result = runner.invoke(app, ["review"], input=ANY_CARD * 4 + "q")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    times = [at for (at,) in query(collection, "SELECT reviewed_at FROM review")]
    assert times and all(1772442000000 <= at < 1772442000000 + 60_000 for at in times)
    checked = runner.invoke(app, ["check", "Frontend"], input="1" * 12 + "q")
    assert checked.exception is None or isinstance(checked.exception, SystemExit)
    assert "Traceback" not in checked.output


def test_db_pointing_at_a_folder_or_a_text_file_exits_1_and_leaves_it_alone(
    runner: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    result = runner.invoke(app, ["--db", str(folder), "review"])
    assert result.exit_code == 1
    assert one_line_error(result.stderr) == f"tutor: {folder}: is a folder, not a database file"
    assert list(folder.iterdir()) == []

    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"my notes\r\n\x00 keep me\n")
    for command in (["review"], ["config", "new_per_day", "3"], ["doctor", "--fix"]):
        result = runner.invoke(app, ["--db", str(notes), *command])
        assert result.exit_code == 1
        assert one_line_error(result.stderr) == (
            f"tutor: {notes}: not a tutor database (not an SQLite file); left untouched"
        )
    assert notes.read_bytes() == b"my notes\r\n\x00 keep me\n"
    made = sorted(path.name for path in tmp_path.iterdir() if path.name != "tutor-home")
    assert made == ["a-folder", "notes.txt"]  # (tutor-home: the empty TUTOR_HOME of every test)


def test_a_rating_of_7_and_escape_keys_at_the_prompt_are_ignored_with_a_hint(
    runner: CliRunner, collection: Path
) -> None:
    with Store.open(collection) as store:
        first = store.new_cards(1)[0].card
    to_rating_prompt = {Answering.SELF: " ", Answering.CHOICE: "1", Answering.TYPED: " "}
    keys = to_rating_prompt[first.answering] + "7\x1b]0;x\x07" + "2" + "q"
    result = runner.invoke(app, ["review"], input=keys)
    assert result.exit_code == 0, result.output
    assert "'7' is not a key here" in result.stdout
    assert "1-4" in result.stdout.split("'7' is not a key here", 1)[1].splitlines()[0]
    assert ESC not in result.stdout_bytes and BEL not in result.stdout_bytes
    assert result.stdout.count("saved ·") == 1
    assert query(collection, "SELECT card_id, rating FROM review") == [(first.id, 2)]
