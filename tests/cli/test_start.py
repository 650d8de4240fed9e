"""Starting out: where the collection is made, `tutor init`, `--version`, bare `tutor`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.cli.support import DAY1, keys_for, one_card_notes, query
from tutor import __version__


def test_a_db_in_a_folder_that_does_not_exist_is_refused_and_nothing_is_made(
    run, tmp_path: Path
) -> None:
    typo = tmp_path / "tutr" / "tutor.sqlite3"
    result = run("--db", str(typo), "review")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"tutor: --db {typo}: no such file")
    assert "--create" in result.stderr
    assert not typo.parent.exists()


def test_a_missing_tutor_home_is_refused_until_tutor_init_makes_it(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "elsewhere" / "tutor"
    monkeypatch.setenv("TUTOR_HOME", str(home))
    for command in (["review"], ["path"], []):
        result = run(*command)
        assert result.exit_code == 1, command
        assert result.stderr == (
            f"tutor: TUTOR_HOME={home}: no such folder; check the name, "
            "or make a new collection there with: tutor init\n"
        )
    assert not home.exists()
    made = run("init")
    assert made.exit_code == 0
    assert f"new collection: {home / 'tutor.sqlite3'}" in made.output
    assert run("path").exit_code == 0
    again = run("init")
    assert "already there, left as it is" in again.output


def test_restore_and_import_json_refuse_a_missing_tutor_home_as_every_command_does(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A new user restored into TUTOR_HOME=.../home2 (a typo would do the same) and the
    # folder was made without a word, the collection put where they did not mean.
    assert run("path").exit_code == 0
    backup, document = tmp_path / "kept.sqlite3", tmp_path / "all.json"
    assert run("backup", str(backup)).exit_code == 0
    assert run("export", "json", str(document)).exit_code == 0
    home = tmp_path / "typo" / "tutor"
    monkeypatch.setenv("TUTOR_HOME", str(home))
    for command in (["restore", str(backup)], ["import", "json", str(document)]):
        result = run(*command)
        assert result.exit_code == 1, (command, result.output)
        # (the way to make it is this command with --create, not 'tutor init': a second
        # new user followed that, and the restore kept the empty collection aside)
        assert result.stderr == (
            f"tutor: TUTOR_HOME={home}: no such folder; check the name, "
            f"or make a new collection there with: tutor --create {' '.join(command)}\n"
        )
        assert not home.exists()
    made = run("--create", "restore", str(backup))
    assert made.exit_code == 0, made.output
    assert (home / "tutor.sqlite3").exists()
    assert not list(home.glob("*before-restore*"))  # nothing of the learner's was replaced


def test_create_makes_a_collection_where_asked(run, tmp_path: Path) -> None:
    wanted = tmp_path / "new" / "place" / "mine.sqlite3"
    result = run("--db", str(wanted), "--create", "path")
    assert result.exit_code == 0, result.output
    assert wanted.exists()
    # a new file in a folder that exists is deliberate: made without asking
    beside = tmp_path / "second.sqlite3"
    assert run("--db", str(beside), "path").exit_code == 0
    assert beside.exists()


def test_version(run) -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.output == f"tutor {__version__}\n"


def test_bare_tutor_shows_what_to_do_today(run, home: Path) -> None:
    first = run()
    assert first.exit_code == 0, first.output
    ((frontend,),) = query(home, "SELECT count(*) FROM card WHERE entry_key LIKE '%/frontend'")
    waiting = min(frontend, 20)  # only Frontend is unlocked; 20 new a day
    assert f"Today: 0 due, {waiting} new" in first.output
    assert "Frontend: start in tutor review" in first.output
    assert "Next: tutor review" in first.output
    run("review", keys=keys_for(home, 3) + "q", now=DAY1)
    later = run(now="2026-03-02T09:30:00+00:00")  # the three are due again after ten minutes
    assert f"Today: 3 learning, 0 due, {min(frontend - 3, 17)} new" in later.output, later.output
    # (no 'recall 0%' after a first session: a new user read it as nothing learnt; none
    # of the three is past its learning steps, so no recall is predicted yet)
    assert "Frontend: 3 cards in learning" in later.output, later.output


def test_bare_tutor_counts_what_the_review_header_then_shows(run, home: Path) -> None:
    # A new user read 'Today: 22 due' while the review's header said 'learn 21  due 0' and
    # its summary 'due tomorrow 0': three words for the same cards at the same moment.
    assert run().exit_code == 0  # first use: the built-in path is imported
    run("review", keys=keys_for(home, 3) + "q", now=DAY1)
    soon = "2026-03-02T09:05:00+00:00"  # the three come back within the learn-ahead
    found = re.search(r"Today: (\d+) learning, (\d+) due, (\d+) new", run(now=soon).output)
    assert found, run(now=soon).output
    learning, due, new = found.groups()
    assert learning == "3" and due == "0"
    header = run("review", keys="q", now=soon).output
    assert f"learn {learning}  due {due}  new {new}" in header, header


def test_a_tutor_home_that_is_a_file_is_named_as_a_file_by_every_command(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A learner who points TUTOR_HOME at the collection file itself.
    collection = tmp_path / "tutor.sqlite3"
    collection.write_bytes(b"not touched")
    monkeypatch.setenv("TUTOR_HOME", str(collection))
    for command in (["review"], ["path"], [], ["init"], ["import", "json", str(collection)]):
        result = run(*command)
        assert result.exit_code == 1, command
        assert result.stderr == (
            f"tutor: TUTOR_HOME={collection}: a file, not a folder; set TUTOR_HOME to the "
            "folder that holds tutor.sqlite3, or open a collection file with --db FILE\n"
        ), command
    assert collection.read_bytes() == b"not touched"


def test_a_db_under_a_file_is_named_as_a_file_even_with_create(run, tmp_path: Path) -> None:
    blocking = tmp_path / "notes.txt"
    blocking.write_text("mine\n")
    wanted = blocking / "study" / "tutor.sqlite3"
    for options in (["--db", str(wanted)], ["--db", str(wanted), "--create"]):
        result = run(*options, "path")
        assert result.exit_code == 1, options
        assert result.stderr == (
            f"tutor: --db {wanted}: {blocking} is a file, not a folder; check the name\n"
        )
    assert blocking.read_text() == "mine\n"


def test_a_hidden_path_is_not_sent_to_review_and_names_its_show_command(run, home: Path) -> None:
    assert run("path", "hide", "system-basics").exit_code == 0
    today = run()
    assert today.exit_code == 0, today.output
    assert "start in tutor review" not in today.output
    assert "System Basics: hidden, out of reviews · tutor path show system-basics" in today.output
    assert "Next: tutor path show system-basics to review again" in today.output
    path = run("path")
    assert "hidden: out of reviews (tutor path show system-basics)" in path.output
    assert "NAME" not in path.output and "start in tutor review" not in path.output
    assert path.output.count("hidden: out of reviews") == 2  # the title, and Frontend's next
    shown = json.loads(run("path", "--json").output)["paths"][0]
    assert shown["hidden"] is True
    assert shown["steps"][0]["next"] == "hidden: out of reviews"
    assert run("path", "show", "system-basics").exit_code == 0
    assert "Frontend: start in tutor review" in run().output


def test_bare_tutor_json_gives_today_as_the_screen_and_stats_do(run, home: Path) -> None:
    assert run("config").exit_code == 0  # first use: the built-in path is imported
    assert run("review", keys=keys_for(home, 3) + "q", now=DAY1).exit_code == 0
    later = "2026-03-02T09:30:00+00:00"
    screen = run(now=later).output
    found = re.search(r"Today: (\d+) learning, \d+ due, (\d+) new", screen)
    assert found, screen
    result = run("--json", now=later)
    assert result.exit_code == 0, result.output
    today = json.loads(result.output)
    assert today["now"].startswith("2026-03-02T09:30:00") and today["date"] == "2026-03-02"
    assert (today["today"]["still_due"], today["today"]["new_left"]) == (3, int(found.group(2)))
    assert int(found.group(1)) == 3
    stats = json.loads(run("stats", "--json", now=later).output)
    shared = ("still_due", "new_left")
    assert {key: today["today"][key] for key in shared} == {
        key: stats["today"][key] for key in shared
    }
    # the screen's three counts, as the review's header then starts on them
    assert (today["today"]["learning_now"], today["today"]["reviews_now"]) == (3, 0)
    (current,) = today["current"]
    path_step = json.loads(run("path", "--json", now=later).output)["paths"][0]["steps"][0]
    assert current == {"path": "System Basics"} | path_step
    assert current["next"] == "3 cards in learning: review first"
    assert today["ready"] == [] and today["hidden"] == []
    assert run("path", "hide", "system-basics").exit_code == 0
    hidden = json.loads(run("--json", now=later).output)
    assert hidden["today"] == dict.fromkeys(
        ("still_due", "new_left", "learning_now", "reviews_now", "learning_later"), 0
    )
    assert hidden["current"] == [] and hidden["hidden"] == ["System Basics"]


def test_json_before_a_command_is_refused_with_where_it_goes(run) -> None:
    result = run("--json", "stats")
    assert result.exit_code == 2
    assert result.stderr == (
        "tutor: --json before a command: write it after the command, where it has one "
        "(tutor stats --json)\n"
    )


def test_bare_tutor_says_where_each_path_stands_one_line_a_path(
    run, home: Path, tmp_path: Path
) -> None:
    """On a new user's second day `tutor` named System Basics and Web pages only: not
    Notes, whose steps were ready to check (a check that opens nothing), nor Eco, whose
    only card was flagged; yet the README promises where each path stands."""
    notes = one_card_notes(tmp_path / "notes", "levain", "autolyse")
    eco = one_card_notes(tmp_path / "eco", "niche")
    garden = one_card_notes(tmp_path / "garden", "soil")
    assert run("import", str(notes), str(eco), str(garden)).exit_code == 0
    for step in ("levain", "autolyse", "soil"):
        run("review", "--step", step, keys=" 4")  # seen, and known at once
    assert "passed" in run("check", "soil", keys=" 3").output
    ((niche,),) = query(home, "SELECT id FROM card WHERE entry_key = 'eco/niche'")
    assert run("cards", "flag", str(niche), "--reason", "the general meaning").exit_code == 0
    lines = run(now="2026-03-02T10:00:00+00:00").output.splitlines()
    assert lines[1:5] == [
        "Frontend (System Basics): start in tutor review",
        "Autolyse (Notes) is ready (recall 100%): tutor check autolyse · 1 more ready",
        "Eco: no cards to review, 1 flagged: tutor cards --flagged",
        "Garden: every step passed · nothing due until Tue 10 Mar at 09:00",
    ], lines
    assert lines[5].startswith("Next: tutor review"), lines
    # many paths: those with something to do first, the rest folded
    for name in ("crust", "crumb", "oven"):
        assert run("import", str(one_card_notes(tmp_path / name, name))).exit_code == 0
    lines = run(now="2026-03-02T10:00:00+00:00").output.splitlines()
    assert [line.split(" ", 1)[0] for line in lines[1:7]] == [
        "Frontend",
        "Autolyse",
        "Crust",
        "Crumb",
        "Oven",
        "and",
    ], lines
    assert lines[6] == "and 2 more paths: tutor path", lines


def test_a_check_that_opens_nothing_is_still_what_to_do_next(run, tmp_path: Path) -> None:
    """A new user's `tutor` said 'Skip list (Notes) is ready ...' and then 'Next: come
    back tomorrow for your next reviews', while `tutor --json` listed no step ready: a
    check that opens no other step was left out of both."""
    notes = one_card_notes(tmp_path / "notes", "levain")
    assert run("import", str(notes)).exit_code == 0
    run("review", "--path", "System Basics", keys="q")
    run("review", "--step", "levain", keys=" 4")
    assert run("path", "hide", "system-basics").exit_code == 0
    later = "2026-03-02T10:00:00+00:00"
    lines = run(now=later).output.splitlines()
    assert "Levain (Notes) is ready" in lines[1], lines
    assert "Next: tutor check levain" in lines, "\n".join(lines)
    assert not [line for line in lines if "come back tomorrow" in line], lines
    today = json.loads(run("--json", now=later).output)
    assert [(step["path"], step["check"]) for step in today["ready"]] == [
        ("Notes", "tutor check levain")
    ]
