"""`tutor review` in a real pseudo-terminal: single key presses, as a learner types them."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
from pathlib import Path

import pexpect
import pytest

from tests.cli.support import DAY1, child_env, db_path, one_card_notes, tutor_command
from tests.conftest import FIXTURE_ENTRIES

pytestmark = pytest.mark.terminal


def plain(screen: str) -> str:
    """What a person reads: the screen text without colour and style sequences."""
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen)


def spawn(home: Path, *args: str, now: str = DAY1) -> pexpect.spawn:
    command, *rest = tutor_command()
    child = pexpect.spawn(
        command,
        [*rest, *args],
        env=child_env(home, now),
        encoding="utf-8",
        timeout=20,
        dimensions=(40, 100),
    )
    return child


# The hint line of each kind of card: rated by the learner, a choice, a typed card's commands.
HINTS = ["Space/Enter reveal", r"(\d)-(\d) choose", "Enter type the answer"]


def answer_one(child: pexpect.spawn) -> None:
    """Answer whatever card is on screen, by reading the hint line of its kind."""
    answer_shown(child, child.expect(HINTS))


def answer_shown(child: pexpect.spawn, index: int) -> None:
    """Answer the card whose hint line was read: `index` in HINTS."""
    if index == 0:
        child.send(" ")
        child.expect("Enter/Space accept")
        child.send("3")
    elif index == 1:
        child.send("1")
        child.expect("Enter/Space accept (Good|Again)")
        child.send("\r")
    else:
        child.send("\r")
        child.expect("your answer:")
        child.send("frontend\r")
        child.expect("Enter/Space accept")
        child.send(" ")
    child.expect("saved ·")


def test_single_keys_review_cards_and_q_quits_with_a_summary(_isolated_home: Path) -> None:
    child = spawn(_isolated_home, "review")
    for _ in range(3):
        answer_one(child)
    child.expect(["Space/Enter reveal", "choose", "Enter type the answer"])
    child.send("x")  # not a key of ours: a hint, nothing else
    child.expect("'x' is not a key here")
    child.send("q")
    child.expect("Session done")
    child.expect(pexpect.EOF)
    child.close()
    summary = plain(child.before)
    assert re.search(r"cards done +3", summary), summary
    assert child.exitstatus == 0
    conn = sqlite3.connect(db_path(_isolated_home))
    assert conn.execute("SELECT count(*) FROM review").fetchone() == (3,)


def shown(raw: str, width: int = 100) -> list[str]:
    """The lines a terminal of `width` columns shows for `raw`, following the cursor moves
    the review writes (up, erase line, carriage return); colours and styles are dropped."""
    rows: list[list[str]] = [[]]
    row = column = 0
    for token in re.findall(r"\x1b\[[0-9;?]*[A-Za-z]|.|\n", raw, flags=re.S):
        if token == "\r":
            column = 0
        elif token == "\n" or (not token.startswith("\x1b") and column >= width):
            row, column = row + 1, 0
            rows.extend([] for _ in range(row + 1 - len(rows)))
        if token.startswith("\x1b"):
            if token.endswith("A"):
                row = max(0, row - int(token[2:-1] or 1))
            elif token == "\x1b[2K":
                rows[row] = []
        elif token not in ("\r", "\n"):
            line = rows[row]
            line.extend(" " for _ in range(column + 1 - len(line)))
            line[column] = token
            column += 1
    return ["".join(line).rstrip() for line in rows]


def test_stray_keys_leave_one_reminder_on_the_screen(_isolated_home: Path) -> None:
    """Each stray key replaces the reminder above it: a learner who leans on the keyboard
    does not push the card off the screen with a column of identical lines."""
    child = spawn(_isolated_home, "review")
    child.expect(["Space/Enter reveal", "choose", "Enter type the answer"])
    screen = child.before + child.after
    for key in "xyz":
        child.send(key)
        child.expect(f"'{key}' is not a key here[^\r\n]*\r\n")
        screen += child.before + child.after
    child.send("q")
    child.expect(pexpect.EOF)
    reminders = [line for line in shown(screen) if "is not a key here" in line]
    assert reminders == [reminders[-1]] and reminders[-1].startswith("'z' is not a key here")
    assert any(line.startswith("╭") for line in shown(screen)), "the card is still shown"


def test_u_undoes_the_last_answer(_isolated_home: Path) -> None:
    child = spawn(_isolated_home, "review")
    answer_one(child)
    answer_one(child)
    child.expect(["Space/Enter reveal", "choose", "Enter type the answer"])
    child.send("u")
    child.expect("undone")
    child.expect(["Space/Enter reveal", "choose", "Enter type the answer"])
    child.send("q")
    child.expect(pexpect.EOF)
    conn = sqlite3.connect(db_path(_isolated_home))
    assert conn.execute("SELECT count(*) FROM review").fetchone() == (1,)


def test_kill_9_between_answers_loses_no_saved_answer(_isolated_home: Path) -> None:
    child = spawn(_isolated_home, "review")
    saved = 0
    for _ in range(4):
        answer_one(child)
        saved += 1
    os.kill(child.pid, signal.SIGKILL)
    child.expect(pexpect.EOF)
    child.close()
    conn = sqlite3.connect(db_path(_isolated_home))
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT count(*) FROM review").fetchone() == (saved,)
    (with_state,) = conn.execute(
        "SELECT count(*) FROM card_state WHERE reps > 0 AND due IS NOT NULL"
    ).fetchone()
    assert with_state == saved


def test_a_learning_card_shown_before_it_is_due_says_so(_isolated_home: Path) -> None:
    """'Good · next in 10m' and the same card straight back looked like a bug to two new
    users: with nothing else waiting, a learning card due within the learn-ahead comes
    early (as in Anki), and its screen now says when it is really due."""
    import subprocess

    command = tutor_command()
    env = child_env(_isolated_home, DAY1)
    subprocess.run([*command, "config", "new_per_day", "1"], env=env, check=True)
    child = spawn(_isolated_home, "review")
    child.expect("What is the frontend\\?")  # the built-in path's first card, self-graded
    child.expect("Space/Enter reveal")
    assert "early:" not in plain(child.before)  # a new card is not early
    child.send(" ")
    child.expect("Enter/Space accept")
    child.send("3")  # Good: a new card's first step, 10 minutes
    child.expect(r"next in 10m")
    child.expect("Space/Enter reveal")
    assert re.search(r"early: due in (9|10)m, nothing else waits", plain(child.before))
    child.send("q")
    child.expect(pexpect.EOF)


def test_q_closes_the_page_read_from_a_card_and_the_review_goes_on(
    _isolated_home: Path,
) -> None:
    """q after r closed nothing: 'q' is not a key here. A pager closes on q, so the page
    read from a card does too, back to that card; a second q leaves the review."""
    child = spawn(_isolated_home, "review")
    child.expect("What is the frontend\\?")
    child.expect("Space/Enter reveal")
    child.send("r")
    child.expect("Enter/q back to the card")
    child.send("q")
    child.expect("Space/Enter reveal")
    assert "not a key" not in plain(child.before)
    assert child.isalive()
    child.send("q")
    child.expect(pexpect.EOF)


def test_reading_the_page_after_the_answer_comes_back_to_the_answer(
    _isolated_home: Path,
) -> None:
    """r once the answer is shown read the page, then asked the card again from its
    question and proposed Hard, as if the page had been read before answering. The
    answer was already given: reading it now returns to the answer and its rating."""
    child = spawn(_isolated_home, "review")
    child.expect("What is the frontend\\?")  # the built-in path's first card, self-graded
    child.expect("Space/Enter reveal")
    child.send(" ")
    child.expect("Enter/Space accept Good")
    child.send("r")
    child.expect("Enter/q back to the card")
    child.send(" ")
    shown = child.expect(["Enter/Space accept Good", "Space/Enter reveal", "Hard proposed"])
    assert shown == 0, plain(child.before)
    assert "What is the frontend?" in plain(child.before)  # the question above its answer
    child.send("\r")
    child.expect("saved ·")
    child.send("q")
    child.expect(pexpect.EOF)
    conn = sqlite3.connect(db_path(_isolated_home))
    assert conn.execute("SELECT rating FROM review").fetchall() == [(3,)]


@pytest.mark.parametrize(
    ("args", "seen"),
    [
        (("stats",), "Today"),
        # `tutor preview --no-pager` was refused, while cards, read and stats took it
        (("preview", str(FIXTURE_ENTRIES / "cache.md")), "What is a cache?"),
    ],
)
def test_output_longer_than_the_terminal_opens_in_the_pager(
    _isolated_home: Path, args: tuple[str, ...], seen: str
) -> None:
    """A new user's 32-line terminal scrolled 'Today' off the top of `tutor stats`: a
    terminal too short for it gets the pager, as `tutor read` and `tutor cards` do;
    --no-pager prints it all."""
    command, *rest = tutor_command()
    # a pager that marks each line it is given, so the screen says what went through it
    env = {**child_env(_isolated_home, DAY1), "PAGER": "sed 's/^/paged| /'"}
    env.pop("LESS", None)
    for options, paged in (((), True), (("--no-pager",), False)):
        child = pexpect.spawn(
            command,
            [*rest, *args, *options],
            env=env,
            encoding="utf-8",
            timeout=20,
            dimensions=(12, 100),
        )
        child.expect(pexpect.EOF)
        child.close()
        screen = plain(child.before)
        assert child.exitstatus == 0, screen
        assert seen in " ".join(screen.split()), screen
        assert ("paged| " in screen) is paged, screen


def test_question_mark_on_an_empty_answer_field_lists_its_keys_and_typing_goes_on(
    _isolated_home: Path,
) -> None:
    """`?` is the key people try first; in the answer field it became the answer '?'."""
    child = spawn(_isolated_home, "review")
    while (kind := child.expect(["Space/Enter reveal", r"\d-\d choose", "your answer:"])) < 2:
        child.send(" " if kind == 0 else "1")  # answer it, to come to a typed card
        child.expect("Enter/Space accept")
        child.send("3" if kind == 0 else "\r")
        child.expect("saved ·")
    screen = child.after  # from the field's label on
    child.send("?")
    child.expect("on an empty field: these keys")
    screen += child.before + child.after
    child.send("frontend\r")
    child.expect("(right|not quite|accepted as close)")
    screen += child.before
    child.send("q")
    child.expect(pexpect.EOF)
    assert "you typed ?" not in plain(child.before)
    # (no empty 'your answer:' line is left above the list: one field, then the answer)
    fields = [line for line in shown(screen) if line.startswith("your answer:")]
    assert fields == ["your answer: frontend"], shown(screen)


def test_the_first_command_says_it_made_the_collection_and_where(_isolated_home: Path) -> None:
    """A new user's first `tutor review` made the collection without a word; only the
    README said where it lives. Then the line came after the session's summary box: it
    belongs before the first card, on the screen the review clears for it."""
    child = spawn(_isolated_home, "review")
    child.expect(r"What is the frontend\?")
    first_screen = plain(child.before.split("\x1b[2J")[-1])  # from the screen's clearing
    assert "New collection at" in first_screen, first_screen
    assert str(db_path(_isolated_home)) in " ".join(first_screen.split()).replace(" ", "")
    answer_one(child)
    child.send("q")
    child.expect(pexpect.EOF)
    assert "Session done" in plain(child.before)
    assert "New collection" not in plain(child.before)  # said once
    child = spawn(_isolated_home, "path")
    child.expect(pexpect.EOF)
    assert "New collection" not in plain(child.before)


def test_a_first_command_that_is_no_review_says_it_made_the_collection_first(
    _isolated_home: Path, tmp_path: Path
) -> None:
    # (a trial import makes the collection, then takes it away: nothing to say)
    notes = one_card_notes(tmp_path / "notes", "levain")
    child = spawn(_isolated_home, "import", "--dry-run", str(notes))
    child.expect(pexpect.EOF)
    assert "Would import" in plain(child.before)
    assert "New collection" not in plain(child.before)
    assert not db_path(_isolated_home).exists()
    child = spawn(_isolated_home, "path")
    child.expect(pexpect.EOF)
    lines = shown(child.before)
    assert lines[0].startswith("New collection at"), lines
    assert "System Basics" in lines[1], lines


def test_a_faq_answer_is_not_said_again_at_the_head_of_its_context(_isolated_home: Path) -> None:
    """'Answer: No, most frontends also use JavaScript.' was followed at once by 'No, most
    frontends also use JavaScript. HTML gives a page its structure ...'."""
    child = spawn(_isolated_home, "review")
    for _ in range(2):  # the definition and the list come first
        answer_one(child)
    child.expect(r"Is the frontend only HTML and CSS\?")
    child.expect("Space/Enter reveal")
    child.send(" ")
    child.expect("Enter/Space accept")
    screen = " ".join(" ".join(shown(child.before)).replace("│", " ").split())
    child.send("q")
    child.expect(pexpect.EOF)
    assert screen.count("No, most frontends also use JavaScript.") == 1, screen
    assert "Answer: No, most frontends also use JavaScript. HTML gives a page" in screen, screen


def test_the_summary_counts_the_time_spent_answering_as_stats_does(_isolated_home: Path) -> None:
    """The summary gave the time the session stood open (1m 39s), `tutor stats` the time
    spent answering (1m 17s), for one session."""
    import json
    import subprocess
    import time

    child = spawn(_isolated_home, "review")
    answer_one(child)
    child.expect(["Space/Enter reveal", "choose", "your answer:"])
    time.sleep(4)  # a pause with no card answered: no answering time
    child.send("q")
    child.expect("Session done")
    child.expect(pexpect.EOF)
    summary = plain(child.before)
    minutes, seconds = map(int, re.search(r"time +(\d+)m (\d+)s", summary).groups())
    assert minutes * 60 + seconds < 3, summary
    command, *rest = tutor_command()
    stats = subprocess.run(
        [command, *rest, "stats", "--json"],
        env=child_env(_isolated_home, DAY1),
        capture_output=True,
        text=True,
        check=True,
    )
    spent = json.loads(stats.stdout)["today"]["time_ms"]
    assert round(spent / 1000) == minutes * 60 + seconds


def test_space_on_a_choice_card_shows_the_answer_and_proposes_again(_isolated_home: Path) -> None:
    # A new user pressed Space on a choice card, as on every other card, and got only
    # 'Space is not a key here': there was no way to say 'I do not know'.
    child = spawn(_isolated_home, "review")
    on_screen = [*HINTS[:2], "type the answer"]  # (a typed card's field line)
    for _ in range(20):
        seen = child.expect(on_screen)
        if seen == 1:
            break
        if seen == 0:
            answer_shown(child, seen)
            continue
        child.send("\r")  # a typed card: shown without an answer, rated as proposed
        child.expect("Enter/Space accept")
        child.send("\r")
        child.expect("saved ·")
    else:
        raise AssertionError("no choice card in the first 20")
    child.send(" ")
    child.expect("shown without choosing")
    child.expect("Enter/Space accept Again")
    child.send("\r")
    child.expect("saved")
    typed = child.expect(on_screen) == 2
    child.send("\x1b" if typed else "")  # (letters on a typed card are its answer)
    child.send("q")
    child.expect("Session done")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    conn = sqlite3.connect(db_path(_isolated_home))
    last = conn.execute("SELECT rating FROM review ORDER BY id DESC LIMIT 1").fetchone()
    assert last == (1,)  # rated Again
