"""`tutor import`: idempotent, keeps progress through edits, retires what is gone."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

from tests.cli.support import DAY1, DAY2, child_env, db_path, query, tutor_command
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
    assert lines[-1] == (
        "tutor: 2 problems; nothing imported (--skip-invalid imports the 3 good files)"
    )
    assert "Traceback" not in result.output
    assert {name: table(home, name) for name in before} == before

    skipped = run("import", str(folder), "--skip-invalid", "--json")
    assert skipped.exit_code == 1  # the problems are still listed
    imported = {c["title"] for c in json.loads(skipped.stdout)["entries"]}
    assert imported == {"Cache", "Photosynthesis", "Git branch"}
    assert "empty.md" in skipped.stderr and "binary.txt" in skipped.stderr


def test_one_missing_file_is_one_line(run, home: Path, tmp_path: Path) -> None:
    # Nothing else was given: there is no rest for --skip-invalid to import, and nothing
    # to count.
    missing = tmp_path / "notes.md"
    result = run("import", str(missing))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"tutor: {missing}: no such file or folder\n"

    twice = run("import", str(missing), str(tmp_path / "more.md"))
    assert twice.exit_code == 1
    assert twice.stderr.splitlines()[-1] == "tutor: 2 problems; nothing imported"
    assert "--skip-invalid" not in twice.stderr


def test_a_db_that_is_not_a_tutor_database_gives_one_line_and_exit_1(run, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("groceries\n", encoding="utf-8")
    result = run("--db", str(notes), "review", now=DAY1)
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0
    assert "not a tutor database" in result.stderr
    assert notes.read_text(encoding="utf-8") == "groceries\n"


def paths_and_steps(home: Path) -> list[tuple[object, ...]]:
    return query(
        home,
        "SELECT p.name, e.title, e.position FROM entry e JOIN path p ON p.id = e.path_id"
        " WHERE p.name != 'System Basics' ORDER BY p.name, e.position",
    )


def test_a_path_file_taken_away_moves_unchanged_entries_back_to_their_folder(
    run, home: Path, tmp_path: Path
) -> None:
    folder = entry_folder(tmp_path)
    (folder / "_path.txt").write_text("path: Kitchen\nGit branch\nCache\n", encoding="utf-8")
    assert run("import", str(folder)).exit_code == 0
    kitchen = [(path, title) for path, title, _ in paths_and_steps(home)]
    assert ("Kitchen", "Git branch") in kitchen and ("Kitchen", "Cache") in kitchen

    (folder / "_path.txt").unlink()  # no entry's text changes
    result = run("import", str(folder), "--json")
    assert result.exit_code == 0, result.output
    changes = json.loads(result.stdout)["entries"]
    moved = {c["title"]: c for c in changes if not c["step_retired"]}
    # Cache names its own path; the glossary names none and takes its folder's.
    assert moved["Cache"]["path"] == "Fixture Basics"
    assert moved["Git branch"]["path"] == "Entries"
    assert moved["Cache"]["new"] > 0 and moved["Git branch"]["new"] > 0
    # Their steps in Kitchen are retired, not left beside them.
    left = {c["title"]: c["moved_to"] for c in changes if c["step_retired"]}
    assert left == {"Cache": "Fixture Basics", "Git branch": "Entries"}
    live = "SELECT count(*) FROM entry e JOIN path p ON p.id = e.path_id WHERE p.name = ?"
    assert query(home, live + " AND e.retired_at IS NULL", "Kitchen") == [(0,)]


def test_a_reordered_path_file_reorders_entries_whose_text_is_unchanged(
    run, home: Path, tmp_path: Path
) -> None:
    folder = entry_folder(tmp_path)
    (folder / "_path.txt").write_text("Cache\nGit branch\nPhotosynthesis\n", encoding="utf-8")
    assert run("import", str(folder)).exit_code == 0
    (folder / "_path.txt").write_text("Photosynthesis\nCache\nGit branch\n", encoding="utf-8")
    assert run("import", str(folder)).exit_code == 0
    assert [title for _, title, _ in paths_and_steps(home)] == [
        "Photosynthesis",
        "Cache",
        "Git branch",
    ]
    again = run("import", str(folder))
    assert "Nothing changed" in again.stdout


def test_a_bare_file_name_takes_its_path_from_the_folder_it_is_imported_in(
    run, home: Path, tmp_path: Path, monkeypatch
) -> None:
    # Same file name, same text, another working folder: the default path is that folder's.
    text = (FIXTURE_ENTRIES / "photosynthesis.md").read_text(encoding="utf-8")
    for name in ("garden", "lab"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "photosynthesis.md").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "garden")
    assert run("import", "photosynthesis.md").exit_code == 0
    monkeypatch.chdir(tmp_path / "lab")
    result = run("import", "photosynthesis.md", "--json")
    assert result.exit_code == 0, result.output
    (change,) = json.loads(result.stdout)["entries"]
    assert change["path"] == "Lab" and change["new"] > 0
    assert {path for path, _, _ in paths_and_steps(home)} == {"Garden", "Lab"}


def test_the_cards_caches_are_released_after_each_path(
    run, home: Path, tmp_path: Path, monkeypatch
) -> None:
    import cards

    # How many paths were planned when each release came: one release per path, after it.
    planned: list[int] = []
    released: list[int] = []
    monkeypatch.setattr(cards, "release_caches", lambda: released.append(len(planned)), False)
    import tutor.interop.importing as importing

    real = importing.plan_paths

    def counting(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        for item in real(*args, **kwargs):  # type: ignore[arg-type]
            planned.append(1)
            yield item

    monkeypatch.setattr(importing, "plan_paths", counting)
    folder = entry_folder(tmp_path)
    result = run("import", str(folder))
    assert result.exit_code == 0, result.output
    assert len(planned) >= 2  # the built-in path, then the folder's
    assert released == list(range(1, len(planned) + 1))


def tutor(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real `tutor ARGS`, as a learner runs it."""
    return subprocess.run(
        [*tutor_command(), *args],
        env=child_env(home, DAY1),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_skip_invalid_with_every_file_invalid_says_nothing_was_imported(
    home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "words.md").write_text("just some words\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    tutor(home, "config")  # the built-in path, so the collection exists
    before = {name: table(home, name) for name in ("entry", "card")}
    for extra in ([], ["--json"], ["--dry-run"]):
        done = tutor(home, "import", "--skip-invalid", str(folder), *extra)
        assert done.returncode == 1, extra
        lines = done.stderr.splitlines()
        assert len(lines) == 3, done.stderr  # each file's problem, then what it came to
        assert lines[-1] == "tutor: nothing imported: every file was skipped as invalid (2 files)"
        assert done.stdout == ""  # not "Nothing changed: every card is already up to date."
    assert {name: table(home, name) for name in before} == before


def test_skip_invalid_with_no_entry_files_says_nothing_was_imported(
    home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "pictures"
    folder.mkdir()
    (folder / "cat.png").write_bytes(b"\x89PNG")
    done = tutor(home, "import", "--skip-invalid", str(folder))
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"tutor: {folder}: no entry files (.md, .txt, .html) in folder",
        "tutor: nothing imported: no entry files to import",
    ]
    assert done.stdout == ""


def test_a_refused_or_trial_import_leaves_no_new_collection(home: Path, tmp_path: Path) -> None:
    bad_csv = tmp_path / "cards.csv"
    bad_csv.write_text("prompt,answer,kind\nWhat?,That,flash\n", encoding="utf-8")
    folder = entry_folder(tmp_path)
    fresh = tmp_path / "fresh.sqlite3"
    for args in (
        ["import", str(tmp_path / "missing.md")],
        ["import", "csv", str(bad_csv)],
        ["import", str(folder), "--dry-run"],
        ["import", "csv", str(bad_csv).replace("cards.csv", "missing.csv")],
    ):
        done = tutor(home, "--db", str(fresh), *args)
        assert list(tmp_path.glob("fresh.sqlite3*")) == [], (args, done.stderr)
    trial = tutor(home, "--db", str(fresh), "import", str(folder), "--dry-run")
    assert trial.returncode == 0 and "Would import" in trial.stdout  # what it would do, still


def test_a_refused_import_keeps_the_collection_that_was_there(home: Path, tmp_path: Path) -> None:
    tutor(home, "import", str(entry_folder(tmp_path)))
    before = {name: table(home, name) for name in ("entry", "card")}
    done = tutor(home, "import", str(tmp_path / "missing.md"))
    assert done.returncode == 1
    assert {name: table(home, name) for name in before} == before


def test_an_anki_package_is_refused_saying_what_tutor_reads(
    run, home: Path, tmp_path: Path
) -> None:
    # A new user tried `tutor import col.apkg` (the file tutor export anki wrote) and read
    # 'looks binary (it contains NUL bytes), not text', which says nothing of what to do.
    assert run("path").exit_code == 0
    package = tmp_path / "col.apkg"
    assert run("export", "anki", str(package)).exit_code == 0
    before = table(home, "card")
    result = run("import", str(package))
    assert result.exit_code == 1
    assert result.stderr == (
        f"tutor: {package}: an Anki package, which tutor does not read; import the pages "
        "the cards came from, or the cards as CSV (export them from Anki as plain text)\n"
    )
    assert table(home, "card") == before


def test_a_csv_export_says_it_holds_the_cards_only(run, tmp_path: Path) -> None:
    target = tmp_path / "cards.csv"
    result = run("export", "csv", str(target))
    assert result.exit_code == 0, result.output
    said = " ".join(result.stdout.split())  # wrapped at 80 columns
    assert said.endswith("(the cards only; tutor export json keeps progress too)")
    assert "progress, flags and suspensions are not in it" in " ".join(
        run("export", "csv", "--help").stdout.split()
    )


def test_a_title_changed_in_its_file_retires_the_old_step(run, home: Path, tmp_path: Path) -> None:
    """A new user renamed '# Git branches' to '# Git branch' and imported again: the old
    step stayed in the path beside the new one, its cards still asked."""
    folder = tmp_path / "notes"
    folder.mkdir()
    note = folder / "git.md"
    text = "# {title}\n\nA Git branch is a movable pointer to one commit of the history.\n"
    note.write_text(text.format(title="Git branches"), encoding="utf-8")
    assert run("import", str(folder)).exit_code == 0
    note.write_text(text.format(title="Git branch"), encoding="utf-8")

    again = run("import", str(folder))
    assert again.exit_code == 0, again.output
    assert "(no longer in its" in again.output  # beside the old title, in the table
    assert "1 step retired, no longer in its file" in again.output
    live = query(home, "SELECT title FROM entry WHERE retired_at IS NULL AND file LIKE '%git.md'")
    assert live == [("Git branch",)]
    steps = run("path", "Notes", "--json")
    assert [s["title"] for s in json.loads(steps.output)["paths"][0]["steps"]] == ["Git branch"]

    # The same, the file named alone: what it no longer gives is known as well.
    note.write_text(text.format(title="Git branches"), encoding="utf-8")
    alone = run("import", str(note), "--json")
    dropped = [c for c in json.loads(alone.stdout)["entries"] if c["dropped"]]
    assert [c["title"] for c in dropped] == ["Git branch"]


def test_a_file_beside_the_one_named_is_left_as_it_is(run, home: Path, tmp_path: Path) -> None:
    folder = entry_folder(tmp_path)
    assert run("import", str(folder)).exit_code == 0
    (folder / "photosynthesis.md").unlink()
    alone = run("import", str(folder / "cache.md"), "--json")
    assert alone.exit_code == 0, alone.output
    assert not any(c["step_retired"] for c in json.loads(alone.stdout)["entries"])


def test_the_same_file_imported_from_another_folder_is_named_with_the_way_out(
    run, home: Path, tmp_path: Path
) -> None:
    """A new user imported a page saved in 'web' again from 'dl': five cards came twice,
    a flagged one among them back in the reviews, and nothing was said."""
    text = (FIXTURE_ENTRIES / "cache.md").read_text(encoding="utf-8").replace("path:", "x-path:")
    for name in ("web", "dl"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "cache.md").write_text(text, encoding="utf-8")
    (tmp_path / "dl" / "other.md").write_text(
        "# Queue\n\nA queue is a line of jobs waiting for a worker.\n", encoding="utf-8"
    )
    assert run("import", str(tmp_path / "web")).exit_code == 0

    copied = run("import", str(tmp_path / "dl"))
    assert copied.exit_code == 0, copied.output
    said = " ".join(copied.output.split())
    assert "is the same file as Cache on the path 'Web'" in said
    assert "its cards are now asked twice; tutor path remove dl takes the copy out." in said
    assert said.count("is the same file as") == 1  # the copy, not the note new to it

    again = run("import", str(tmp_path / "dl"), "--json")
    assert json.loads(again.stdout)["same_text_as"] == []  # said once, when it was added
    dry = run("import", str(tmp_path / "web"), str(tmp_path / "dl"), "--dry-run", "--json")
    assert json.loads(dry.stdout)["same_text_as"] == []


def test_the_way_past_a_bad_file_counts_files_and_the_entries_they_hold(
    run, home: Path, tmp_path: Path
) -> None:
    """'--skip-invalid imports the 3 valid entries' puzzled a new user who had two good
    files: one page of two terms gives two entries."""
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "array-vs-set.md").write_text(
        "# Array vs set\n\n"
        "- An array is an ordered collection, while a set is an unordered collection.\n"
        "- An array keeps duplicate values, while a set keeps each value only once.\n",
        encoding="utf-8",
    )
    (folder / "empty.md").write_text("", encoding="utf-8")
    result = run("import", str(folder))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == (
        "tutor: 1 problem; nothing imported (--skip-invalid imports the good file (2 entries))"
    )


def test_a_file_skipped_as_invalid_keeps_what_it_gave_before(
    run, home: Path, tmp_path: Path
) -> None:
    # A note broken by an edit, imported again with --skip-invalid, had its step retired
    # as 'file gone' though the file was there: the learner's cards of it left the
    # reviews until the note was mended and imported once more.
    folder = entry_folder(tmp_path)
    assert run("import", str(folder)).exit_code == 0
    before = paths_and_steps(home)
    live = "SELECT count(*) FROM card c JOIN entry e ON e.key = c.entry_key"
    live += " WHERE e.title = 'Cache' AND c.retired_at IS NULL"
    cards_before = query(home, live)
    assert cards_before[0][0] > 0
    (folder / "cache.md").write_text("just some words\n", encoding="utf-8")

    skipped = run("import", str(folder), "--skip-invalid", now=DAY2)
    assert skipped.exit_code == 1  # the broken note is listed
    assert "cache.md" in skipped.stderr
    assert "file gone" not in skipped.stdout and "retired" not in skipped.stdout
    assert paths_and_steps(home) == before
    assert query(home, live) == cards_before


def _two_notes(tmp_path: Path) -> Path:
    """A folder of two notes of one path, Notes: a Markdown page and a glossary."""
    folder = tmp_path / "notes"
    folder.mkdir()
    for name in ("photosynthesis.md", "git-branch.glossary.txt"):
        shutil.copy(FIXTURE_ENTRIES / name, folder / name)
    return folder


def test_an_import_names_the_review_of_its_new_cards_and_the_limit_that_holds_them(
    run, tmp_path: Path
) -> None:
    # A new user imported 7 cards of their own notes, found 4 in the next review and
    # learnt why only on its last screen: the import now says where its cards are
    # studied and, when today's new-card limit holds some back, how to have them.
    import re

    folder = _two_notes(tmp_path)
    assert run("config", "new_per_day", "3", now=DAY1).exit_code == 0
    result = run("import", str(folder), now=DAY1)
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())  # (wrapped to the terminal's width)
    assert re.search(
        r"Next: tutor review --path Notes \(today's limit of 3 new cards lets 3 of these \d+ "
        r"in, the rest on the days after; tutor review --step STEP takes all of one step's "
        r"today\)",
        said,
    ), said
    # one more note: its step alone is named, which brings all its cards past the limit
    (folder / "osmosis.md").write_text(
        "# Osmosis\n\nOsmosis is the movement of water through a membrane from the weaker "
        "solution to the stronger one.\n\nA cell placed in salty water loses water by "
        "osmosis and shrinks.\n",
        encoding="utf-8",
    )
    result = run("import", str(folder), now=DAY1)
    said = " ".join(result.output.split())
    found = re.search(
        r"Next: tutor review --path Notes --step osmosis \((?:all (\d+) of its new cards|its "
        r"new card), past today's limit of 3 new cards\)",
        said,
    )
    assert found, said
    review = run("review", "--path", "Notes", "--step", "osmosis", keys="q", now=DAY1)
    assert f"new {found.group(1) or 1}" in review.output, review.output
    # nothing new, nothing to suggest
    again = run("import", str(folder), now=DAY1)
    assert "Next:" not in again.output, again.output


def test_a_pdf_is_named_as_one_with_what_to_do(run, tmp_path: Path) -> None:
    # A new user's 'x.pdf' (its first bytes plain text) was refused as 'not a concept page
    # (a menu, a list of links?)'.
    pdf = tmp_path / "notes.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n")
    result = run("import", str(pdf))
    assert result.exit_code == 1
    assert result.stderr == (
        f"tutor: {pdf}:1: a PDF document, which is not read; save its text as .txt\n"
    )


def test_an_import_when_no_new_card_is_left_today_names_a_step_to_take(run, tmp_path: Path) -> None:
    # A new user's import said 'Next: tutor review --path Notes (today's limit of 20 new
    # cards lets 0 of these 3 in, ...)', and that review showed nothing.
    folder = _two_notes(tmp_path)
    assert run("config", "new_per_day", "0", now=DAY1).exit_code == 0
    result = run("import", str(folder), now=DAY1)
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    found = re.search(r"Next: tutor review --path Notes --step (\S+) \(all (\d+) of its", said)
    assert found is not None and "lets 0 of these" not in said, said
    assert "the other steps' cards come on the days after" in said
    shown = run("review", "--path", "Notes", "--step", found[1], keys="q", now=DAY1)
    assert shown.exit_code == 0 and "Nothing is due" not in shown.output, shown.output


def test_an_import_of_several_paths_says_how_many_new_cards_today_lets_in(
    run, tmp_path: Path
) -> None:
    # A new user's import of two folders said 'today's limit of 20 new cards lets some of
    # these in': how many, it did not say.
    import re

    notes = _two_notes(tmp_path)
    more = tmp_path / "biology"
    more.mkdir()
    (more / "osmosis.md").write_text(
        "# Osmosis\n\nOsmosis is the movement of water through a membrane from the weaker "
        "solution to the stronger one.\n",
        encoding="utf-8",
    )
    assert run("config", "new_per_day", "2", now=DAY1).exit_code == 0
    result = run("import", str(notes), str(more), now=DAY1)
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    found = re.search(r"lets 2 of the (\d+) new cards waiting in, the rest on the days after", said)
    assert found is not None and "some of these" not in said, said
    assert int(found[1]) > 2


def test_a_folder_imported_by_its_relative_path_is_unchanged_by_its_full_path(
    run, home: Path, tmp_path: Path, monkeypatch
) -> None:
    # A new user imported 'aquarium' from its parent folder, edited one note, and ran
    # `tutor import aquarium --dry-run` and `tutor import /tmp/nu/aquarium`: the two
    # spellings of the same folder told different stories ('11 changed').
    folder = entry_folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert run("import", "entries").exit_code == 0
    files = {row[0] for row in query(home, "SELECT DISTINCT file FROM entry")}
    assert str(folder / "cache.md") in files, files  # where it is, from anywhere
    again = run("import", str(folder), "--json", now=DAY2)
    assert again.exit_code == 0, again.output
    changes = json.loads(again.stdout)["entries"]
    assert changes and all(c["new"] == c["changed"] == c["retired"] == 0 for c in changes)
