"""Which steps a learner may start: a folder of notes is a set, a laid-out path a sequence,
and a step with no card never stands in the way.

Two new users imported folders of their own unrelated notes and met a locked chain in
alphabetical order (Cookie -> CORS -> DNS caching -> Proxy, each "locked: pass X first");
one met a step whose page gave no card, which locked the rest of its path for ever.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.cli.support import db_path, query
from tutor.commands.entries import report_import
from tutor.interop.importing import EntryChange, ImportReport

NOTES = {
    "cookie.md": "# Cookie\n\nA cookie is a small piece of data that a website asks the"
    " browser to store and send back with later requests to the same site.\n\nCookies keep"
    " state over HTTP, which is otherwise stateless: they hold session IDs and preferences.\n",
    "cors.md": "# CORS\n\nCORS (Cross-Origin Resource Sharing) is a browser rule that lets a"
    " server say which other origins may read its responses.\n\nWithout it, a page from one"
    " origin cannot read the answers of another origin's API.\n",
    "dns-caching.md": "# DNS caching\n\nDNS caching is keeping the answer to a name lookup"
    " for a while, so the next lookup of the same name needs no trip to a name server.\n\n"
    "Each answer carries a TTL that says how long it may be kept.\n",
    "proxy.md": "# Proxy\n\nA proxy is a server that sits between a client and the servers"
    " it talks to and passes requests on for it.\n\nA forward proxy acts for clients; a"
    " reverse proxy acts for servers.\n",
}


def notes(tmp_path: Path, name: str = "network", path_file: str | None = None) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for file, text in NOTES.items():
        (folder / file).write_text(text, encoding="utf-8")
    if path_file is not None:
        (folder / "_path.txt").write_text(path_file, encoding="utf-8")
    return folder


def execute(home: Path, sql: str, *args: object) -> None:
    conn = sqlite3.connect(db_path(home))
    try:
        with conn:
            conn.execute(sql, args)
    finally:
        conn.close()


def gates(home: Path, path: str) -> list[tuple[str, bool]]:
    """(title, open) of each step of `path`, in order."""
    rows = query(
        home,
        "SELECT e.title, e.unlocked_at IS NOT NULL FROM entry e JOIN path p ON p.id = e.path_id"
        " WHERE p.name = ? AND e.retired_at IS NULL ORDER BY e.position",
        path,
    )
    return [(title, bool(unlocked)) for title, unlocked in rows]


def path_rows(run, path: str) -> list[dict]:
    result = run("path", path, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["paths"][0]["steps"]


def test_a_folder_of_unrelated_notes_is_a_set_every_step_open(tmp_path, home, run):
    result = run("import", str(notes(tmp_path)))
    assert result.exit_code == 0, result.output
    titles = ("Cookie", "CORS", "DNS caching", "Proxy")
    assert gates(home, "Network") == [(title, True) for title in titles]
    shown = run("path", "Network")
    assert "locked" not in shown.output
    assert all(row["status"] == "learning" for row in path_rows(run, "Network"))


def test_a_path_file_lays_the_notes_out_as_a_sequence_gated_step_by_step(tmp_path, home, run):
    folder = notes(tmp_path, path_file="Proxy\nCookie\nCORS\nDNS caching\n")
    assert run("import", str(folder)).exit_code == 0
    assert gates(home, "Network") == [
        ("Proxy", True),
        ("Cookie", False),
        ("CORS", False),
        ("DNS caching", False),
    ]
    assert "locked: pass Proxy first" in run("path", "Network").output


def test_a_next_line_lays_the_notes_out_as_a_sequence(tmp_path, home, run):
    folder = notes(tmp_path)
    cookie = folder / "cookie.md"
    cookie.write_text(cookie.read_text() + "\nNext in Network: CORS\n", encoding="utf-8")
    assert run("import", str(folder)).exit_code == 0
    opened = [title for title, unlocked in gates(home, "Network") if unlocked]
    assert opened == ["Cookie"]


def test_a_step_number_of_one_note_lays_the_notes_out(tmp_path, home, run):
    folder = notes(tmp_path)
    proxy = folder / "proxy.md"
    proxy.write_text("---\nstep: 1\n---\n" + proxy.read_text(), encoding="utf-8")
    assert run("import", str(folder)).exit_code == 0
    assert [title for title, unlocked in gates(home, "Network") if unlocked] == ["Proxy"]
    # imported again, unchanged (its files are not parsed again): still a sequence
    assert run("import", str(folder)).exit_code == 0
    assert [title for title, unlocked in gates(home, "Network") if unlocked] == ["Proxy"]


def test_a_set_gated_by_an_earlier_version_opens_when_imported_again(tmp_path, home, run):
    folder = notes(tmp_path)
    assert run("import", str(folder)).exit_code == 0
    # as an earlier version left it: a locked chain in alphabetical order
    with_locks = "UPDATE entry SET unlocked_at = NULL WHERE position > 1 AND file LIKE ?"
    execute(home, with_locks, f"{folder}%")
    assert [unlocked for _, unlocked in gates(home, "Network")] == [True, False, False, False]
    result = run("import", str(folder))
    assert result.exit_code == 0, result.output
    assert [unlocked for _, unlocked in gates(home, "Network")] == [True, True, True, True]


def test_a_step_left_with_no_card_opens_the_next_and_says_it_is_skipped(tmp_path, home, run):
    folder = notes(tmp_path, path_file="Cookie\nCORS\nDNS caching\nProxy\n")
    assert run("import", str(folder)).exit_code == 0
    ids = [
        card_id
        for (card_id,) in query(
            home,
            "SELECT c.id FROM card c JOIN entry e ON e.key = c.entry_key WHERE e.title = 'Cookie'",
        )
    ]
    assert ids
    flagged = run("cards", "flag", *ids, "--reason", "reads wrong")
    assert flagged.exit_code == 0, flagged.output
    assert gates(home, "Network")[:3] == [("Cookie", True), ("CORS", True), ("DNS caching", False)]
    rows = path_rows(run, "Network")
    assert rows[0]["next"] == "no cards: skipped"
    assert rows[1]["next"] == "start in tutor review"
    check = run("check", "cookie")
    assert check.exit_code == 1
    assert "no cards to check" in check.output
    assert "CORS" in check.output  # says what comes next, open already


def test_a_run_of_steps_with_no_card_opens_the_step_after_it(tmp_path, home, run):
    folder = notes(tmp_path, path_file="Cookie\nCORS\nDNS caching\nProxy\n")
    assert run("import", str(folder)).exit_code == 0
    # Both pages' cards gone from them (as an edit that leaves no card does): retired
    execute(
        home,
        "UPDATE card SET retired_at = 1 WHERE entry_key IN"
        " (SELECT key FROM entry WHERE title IN ('Cookie', 'CORS'))",
    )
    # the next write that decides gates (here a re-import of the unchanged folder) opens
    assert run("import", str(folder)).exit_code == 0
    assert gates(home, "Network") == [
        ("Cookie", True),
        ("CORS", True),
        ("DNS caching", True),
        ("Proxy", False),
    ]


def test_an_entry_new_to_the_collection_is_marked_added(tmp_path, home, run):
    folder = notes(tmp_path)
    first = run("import", str(folder), "--dry-run", "--json")
    assert all(entry["added"] for entry in json.loads(first.stdout)["entries"])
    assert run("import", str(folder)).exit_code == 0
    again = run("import", str(folder), "--dry-run", "--json")
    assert not any(entry["added"] for entry in json.loads(again.stdout)["entries"])


def test_a_new_entry_that_gives_no_card_is_said_so_not_unchanged(capsys):
    """`tutor import t1 --dry-run` of a never-imported page that gave no card said
    'T1: 1 entry, 0 cards (unchanged)' and 'Nothing changed: every card is already up
    to date.'"""
    report = ImportReport([EntryChange("t1/http-cookies", "HTTP cookies", "T1", added=True)])
    assert report.changes_anything
    report_import(report, dry_run=True, as_json=False)
    shown = capsys.readouterr().out
    # Named, so the learner knows which page to look at (a new user's 'SQL vs NoSQL').
    assert "T1: 1 entry, 0 cards ('HTTP cookies' gives no cards, tutor preview says why)" in shown
    assert "unchanged)" not in shown
    assert "Nothing changed" not in shown


def test_many_new_entries_that_give_no_card_are_counted(capsys):
    report = ImportReport(
        [EntryChange(f"t1/page-{n}", f"Page {n}", "T1", added=True) for n in range(3)]
    )
    report_import(report, dry_run=True, as_json=False)
    assert (
        "T1: 3 entries, 0 cards (3 new entries give no cards, tutor preview says why)"
        in capsys.readouterr().out
    )


def test_a_pass_opens_the_step_after_a_step_with_no_card_and_says_so(tmp_path, home, run):
    from tests.cli.support import DAY1
    from tests.cli.test_path_check import answer_keys, questions

    folder = notes(tmp_path, path_file="Cookie\nCORS\nDNS caching\nProxy\n")
    assert run("import", str(folder)).exit_code == 0
    execute(
        home,
        "UPDATE card SET retired_at = 1 WHERE entry_key IN"
        " (SELECT key FROM entry WHERE title = 'CORS')",
    )
    asked = questions(home, "network/cookie", DAY1)
    result = run("check", "cookie", keys=answer_keys(asked), now=DAY1)
    assert result.exit_code == 0, result.output
    assert "Unlocked: CORS, DNS caching" in result.output
    assert [unlocked for _, unlocked in gates(home, "Network")] == [True, True, True, False]


def test_a_card_suspended_before_it_was_seen_leaves_the_step_ready_to_check(tmp_path, home, run):
    # A learner pressed s on a new card of Cookie, the one they did not want; every other
    # card of the step is learnt. The step must not wait for the suspended card for ever.
    from datetime import datetime, timedelta

    from db import Store
    from tests.cli.support import DAY1
    from tutor.memory.scheduling import answer, make_scheduler

    assert run("import", str(notes(tmp_path))).exit_code == 0
    store = Store.open(db_path(home))
    (key,) = [step.key for step in store.all_steps() if step.title == "Cookie"]
    cards = store.cards_of_step(key)
    assert len(cards) >= 2
    scheduler = make_scheduler(fuzz=False)
    day1 = datetime.fromisoformat(DAY1)
    for stored in cards[1:]:
        for days in (40, 30, 12, 1):
            at = day1 - timedelta(days=days)
            store.answer_card(stored.card.id, lambda s, m: answer(scheduler, s, 3, m), 3, at, 900)
    store.close()
    assert path_rows(run, "Network")[0]["next"] == "1 card not seen yet"
    suspended = run("cards", "suspend", cards[0].card.id)
    assert suspended.exit_code == 0, suspended.output
    assert path_rows(run, "Network")[0]["next"] == "ready to check"
    shown = run("path", "Network")
    assert "ready to check" in shown.output
    # brought back, it waits to be seen again
    assert run("cards", "unsuspend", cards[0].card.id).exit_code == 0
    assert path_rows(run, "Network")[0]["next"] == "1 card not seen yet"


def test_notes_a_path_file_leaves_out_are_named_with_where_they_went(tmp_path, home, run):
    # A new user listed three notes of a folder in its path file, and the rest became a
    # second path without a word.
    folder = notes(tmp_path, path_file="path: Web Basics\nCookie\nCORS\n")
    result = run("import", str(folder))
    assert result.exit_code == 0, result.output
    expected = (
        f"DNS caching and Proxy are not in {folder / '_path.txt'}: they stay on the path"
        " 'Network', not 'Web Basics'; list them in the file to put them there."
    )
    # compared without spaces: the long file name wraps at 80 columns where it likes
    assert "".join(expected.split()) in "".join(result.output.split())
    dry = run("import", str(folder), "--dry-run", "--json")
    (left,) = json.loads(dry.stdout)["not_in_path_file"]
    assert left == {
        "path_file": str(folder / "_path.txt"),
        "path": "Web Basics",
        "folder_path": "Network",
        "entries": ["DNS caching", "Proxy"],
    }
    # listed in full, nothing to say
    (folder / "_path.txt").write_text("path: Web Basics\nCookie\nCORS\nDNS caching\nProxy\n")
    again = run("import", str(folder))
    assert again.exit_code == 0, again.output
    assert "not in" not in again.output
