"""The learner's loop in a real pseudo-terminal: review, the ready hint, the check, the next step.

The learner here reads the screen as a person does: the prompt and the numbered options
in the panel. The right answer is looked up by that prompt in the collection file, as a
learner who has learnt the card would know it.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pexpect
import pytest

from db import CardStage
from db.records import CardState
from tests.cli.support import DAY1, DAY2, child_env, db_path, tutor_command

pytestmark = pytest.mark.terminal

# Every screen that waits for the learner ends with one of these lines.
REVIEW_FRONT = r"Space/Enter reveal|\d-\d choose|your answer:"
CHECK_FRONT = r"Space/Enter reveal|\d-\d choose|your answer:"


def plain(screen: str) -> str:
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


def last_panel(screen: str) -> tuple[str, str, list[str]]:
    """(header, prompt, options) of the last card panel on the screen."""
    lines = plain(screen).splitlines()
    top = max(i for i, line in enumerate(lines) if line.startswith("╭"))
    bottom = max(i for i, line in enumerate(lines) if line.startswith("╰"))
    header = lines[top]
    body = [line.strip("│ ").rstrip() for line in lines[top + 1 : bottom]]
    prompt_lines, options = [], []
    for line in body:
        option = re.match(r"^(\d+)\s{2}(.*)$", line.strip())
        if option and prompt_lines:
            options.append(option.group(2).strip())
        elif line.strip() and not options:
            prompt_lines.append(line.strip())
    return header, " ".join(prompt_lines), options


def card_for(home: Path, prompt: str) -> tuple[str, str]:
    """(answer, answering) of the live card with this prompt."""
    conn = sqlite3.connect(db_path(home))
    try:
        rows = conn.execute(
            "SELECT prompt, answer, answering FROM card WHERE retired_at IS NULL"
        ).fetchall()
    finally:
        conn.close()
    wanted = " ".join(prompt.split())
    found = [(answer, how) for text, answer, how in rows if " ".join(text.split()) == wanted]
    assert found, f"no card with prompt {prompt!r}"
    return found[0]


def answer_right(child: pexpect.spawn, home: Path, hint: int, screen: str) -> str:
    """Answer the card on screen rightly; the header of its panel.

    A self-graded card is only revealed: in a review the rating follows, in a check the
    judgement.
    """
    header, prompt, options = last_panel(screen)
    answer, _ = card_for(home, prompt)
    if hint == 0:
        child.send(" ")
    elif hint == 1:
        child.send(str(options.index(answer) + 1))
    else:
        child.send(answer + "\r")
    return header


def review_everything(child: pexpect.spawn, home: Path) -> list[str]:
    """Answer every card of the session rightly; the headers of the cards shown."""
    headers = []
    while True:
        index = child.expect([*REVIEW_FRONT.split("|"), "Session done"])
        if index == 3:
            return headers
        headers.append(answer_right(child, home, index, child.before + child.after))
        child.expect("Enter/Space accept")
        child.send(" ")


def query(home: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db_path(home))
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_fresh_install_to_frontend_check_from_the_review_then_backend_next_day(
    _isolated_home: Path,
) -> None:
    home = _isolated_home
    # Room for all of Frontend's new cards on day one, however many the generator makes.
    setup = spawn(home, "config", "new_per_day", "40")
    setup.expect(pexpect.EOF)
    child = spawn(home, "review")
    headers = review_everything(child, home)
    # Day one is Frontend's cards alone; a card answered by "Frontend" hides that name.
    assert headers and all("Frontend" in header or "which concept?" in header for header in headers)
    child.expect(r"Frontend is ready \(recall \d+%\): tutor check frontend")
    child.expect("c check it now")
    child.send("c")
    while True:
        index = child.expect([*CHECK_FRONT.split("|"), "Check done"])
        if index == 3:
            break
        answer_right(child, home, index, child.before + child.after)
        if index != 0:
            # A typed answer is echoed into 'your answer: ...' lines as it is typed: wait
            # for the result, or the next expect would take that echo for the next card.
            child.expect(r"saved · \d+ of \d+")
        if index == 0:
            child.expect("1 did not know")
            child.send("3")
    child.expect("passed")
    child.expect("Unlocked: ")
    child.expect("Backend")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert query(home, "SELECT passed FROM check_attempt") == [(1,)]

    tomorrow = spawn(home, "review", now=DAY2)
    headers = []
    for _ in range(40):
        index = tomorrow.expect(REVIEW_FRONT.split("|"))
        headers.append(answer_right(tomorrow, home, index, tomorrow.before + tomorrow.after))
        if "Backend" in headers[-1]:
            break
        tomorrow.expect("Enter/Space accept")
        tomorrow.send(" ")
    assert "Backend" in headers[-1], headers
    tomorrow.sendcontrol("c")
    tomorrow.expect("Session done")
    tomorrow.expect(pexpect.EOF)


SELF_CSV = """path,step,prompt,answer
Spanish,Numbers,How do you say one?,uno
Spanish,Numbers,How do you say two?,dos
Spanish,Numbers,How do you say three?,tres
Spanish,Numbers,How do you say four?,cuatro
Spanish,Numbers,How do you say five?,cinco
"""


def test_a_path_of_self_graded_csv_cards_is_passed_from_the_review(
    _isolated_home: Path, tmp_path: Path
) -> None:
    home = _isolated_home
    cards = tmp_path / "spanish.csv"
    cards.write_text(SELF_CSV, encoding="utf-8")
    for args in (("import", "csv", str(cards)), ("config", "new_per_day", "100")):
        setup = spawn(home, *args)
        setup.expect(pexpect.EOF)
        setup.close()
        assert setup.exitstatus == 0, setup.before
    child = spawn(home, "review")
    while True:
        index = child.expect([*REVIEW_FRONT.split("|"), "Session done"])
        if index == 3:
            break
        header, _, _ = last_panel(child.before + child.after)
        if "Numbers" not in header:
            # not this learner's path today: set aside, to come back with the command shown
            if index == 2:
                child.send("\x1b")
                child.expect("u undo")
            child.send("s")
            continue
        answer_right(child, home, index, child.before + child.after)
        child.expect("Enter/Space accept Good")
        child.send(" ")
    child.expect("Suspended this session")
    child.expect("back with: ")
    child.expect("tutor cards unsuspend c1-")
    child.expect(r"Numbers \(Spanish\) is ready \(recall \d+%\): tutor check numbers")
    child.send("c")
    for _ in range(5):
        child.expect("Space/Enter reveal")
        child.send(" ")
        child.expect("Did you know it")
        child.expect("1 did not know")
        child.send("3")
    child.expect("passed")
    child.expect("judged by you")
    child.expect(pexpect.EOF)
    assert query(home, "SELECT correct, total, passed FROM check_attempt") == [(5, 5, 1)]


def test_typing_a_word_full_of_command_letters_answers_and_suspends_nothing(
    _isolated_home: Path,
) -> None:
    home = _isolated_home
    child = spawn(home, "review")
    for _ in range(60):
        index = child.expect(REVIEW_FRONT.split("|"))
        if index == 2:
            break
        answer_right(child, home, index, child.before + child.after)
        child.expect("Enter/Space accept")
        child.send(" ")
    child.send("suspects")
    child.send("\r")
    child.expect("you typed ")
    child.expect("suspects")
    child.expect("Enter/Space accept Again")
    child.send(" ")
    child.expect("saved · Again")
    child.sendcontrol("c")  # Ctrl-C ends the session, whatever the next card is, with its summary
    child.expect("Session done")
    child.expect(pexpect.EOF)
    assert query(home, "SELECT count(*) FROM card WHERE suspended_at IS NOT NULL") == [(0,)]


def test_s_then_u_brings_the_card_back_and_question_mark_shows_the_keys(
    _isolated_home: Path,
) -> None:
    home = _isolated_home
    child = spawn(home, "review")
    child.expect("Space/Enter reveal")
    _, first, _ = last_panel(child.before + child.after)
    child.send("?")
    for line in (
        "reveal the answer",
        "undo the last thing done",
        "suspend this card",
        "show these keys",
    ):
        child.expect(line)
    child.send("s")
    child.expect("suspended")
    child.expect(REVIEW_FRONT)
    assert query(home, "SELECT count(*) FROM card WHERE suspended_at IS NOT NULL") == [(1,)]
    if "your answer:" in child.after:
        child.send("\x1b")
        child.expect("u undo")
    child.send("u")
    child.expect("undone: the suspended card is back")
    child.expect("Space/Enter reveal")
    _, again, _ = last_panel(child.before + child.after)
    assert again == first
    assert query(home, "SELECT count(*) FROM card WHERE suspended_at IS NOT NULL") == [(0,)]
    child.send(" ")
    child.expect("Enter/Space accept")
    child.send("?")
    child.expect("take this answer back")
    child.send("q")
    child.expect("Session done")
    child.expect(pexpect.EOF)


def _to_a_typed_card(child: pexpect.spawn, home: Path) -> str:
    """Answer rightly up to the first typed card of a review; that card's answer."""
    for _ in range(60):
        index = child.expect(REVIEW_FRONT.split("|"))
        if index == 2:
            break
        answer_right(child, home, index, child.before + child.after)
        child.expect("Enter/Space accept")
        child.send(" ")
    _, prompt, _ = last_panel(child.before + child.after)
    answer, _ = card_for(home, prompt)
    return answer


def test_the_answer_field_edits_as_a_shell_line(_isolated_home: Path) -> None:
    home = _isolated_home
    child = spawn(home, "review")
    answer = _to_a_typed_card(child, home)
    child.send("wrong words")
    child.sendcontrol("w")  # "wrong "
    child.sendcontrol("w")  # ""
    child.send("xyz")
    child.sendcontrol("u")  # ""
    child.send(answer[:-2] + answer[-1] + "Q")  # one letter left out, one too many
    child.send("\x7f")  # Backspace: the Q
    child.send("\x1b[D")  # Left, before the last letter
    child.send(answer[-2])  # the missing letter, typed in the middle
    child.send("\x1b[C")  # Right, to the end again
    child.send("\x1b[3~")  # Delete at the end: nothing
    child.send("\r")
    child.expect(["✓ right", "accepted as close", "not quite"])
    assert child.after == "✓ right", f"the field held something else than {answer!r}"
    child.expect("Enter/Space accept")
    child.send(" ")
    child.expect(REVIEW_FRONT)
    if "your answer:" in child.after:
        child.sendcontrol("d")  # Ctrl-D on an empty field ends the session, like a shell
    else:
        child.send("q")
    child.expect("Session done")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_leaving_the_answer_field_and_coming_back_keeps_what_was_typed(
    _isolated_home: Path,
) -> None:
    """A new user typed, pressed Esc to look at the keys, pressed Enter to type again, and
    found the field empty: what was typed is there again, cursor at its end."""
    home = _isolated_home
    child = spawn(home, "review")
    answer = _to_a_typed_card(child, home)
    child.send(answer[:2])
    child.send("\x1b")  # leave the field
    child.expect("Enter type the answer")
    child.send("\r")  # back to typing
    child.send(answer[2:] + "\r")
    child.expect(["✓ right", "accepted as close", "not quite"])
    assert child.after == "✓ right", f"the field held something else than {answer!r}"
    child.expect("Enter/Space accept")
    child.send("q")
    child.expect("Session done")
    child.expect(pexpect.EOF)


def _answered_until(
    home: Path, done: Callable[[CardState], bool], rating: Callable[[CardState], int]
) -> tuple[str, str]:
    """A collection whose first card was answered (each time as `rating` says) until
    `done` holds of its state; (its id, when it is next due)."""
    from datetime import datetime

    from db import Store
    from tutor.interop.importing import ensure_builtin
    from tutor.memory.scheduling import answer, make_scheduler

    scheduler = make_scheduler(0.9, fuzz=False)
    at = datetime.fromisoformat(DAY1)
    with Store.open(db_path(home)) as store:
        ensure_builtin(store, at)
        card_id = store.new_cards(1)[0].card.id
        while not done(state := store.card(card_id).state):
            given = rating(state)

            def schedule(latest, when, given=given):  # type: ignore[no-untyped-def]
                return answer(scheduler, latest, given, when)

            store.answer_card(card_id, schedule, given, at, 1)
            at = store.card(card_id).state.due
        return card_id, state.due.isoformat()


def _almost_a_leech(home: Path) -> tuple[str, str]:
    """A collection whose first card lapsed seven times; (its id, when it is next due)."""
    return _answered_until(
        home,
        lambda state: state.lapses == 7 and state.stage is CardStage.REVIEW,
        lambda state: 1 if state.stage is CardStage.REVIEW else 3,
    )


def test_a_leech_is_listed_with_its_way_back_and_u_brings_it_back(_isolated_home: Path) -> None:
    home = _isolated_home
    card_id, due = _almost_a_leech(home)
    child = spawn(home, "review", now=due)
    index = child.expect(REVIEW_FRONT.split("|"))
    child.send((" ", "1", "no idea\r")[index])  # a wrong answer, or none
    child.expect("Enter/Space accept")
    child.send("1")  # Again: the eighth lapse
    child.expect("saved · Again · leech: suspended")
    child.expect(REVIEW_FRONT)
    assert query(home, f"SELECT suspend_reason FROM card WHERE id = '{card_id}'") == [("leech",)]
    child.send("\x1b")  # leaves a typed card's field; nothing on other cards
    child.send("u")
    child.expect("undone: that answer is removed")
    assert query(home, f"SELECT suspended_at FROM card WHERE id = '{card_id}'") == [(None,)]
    child.expect(REVIEW_FRONT)
    child.sendcontrol("c")
    child.expect(pexpect.EOF)

    again = spawn(home, "review", now=due)
    index = again.expect(REVIEW_FRONT.split("|"))
    again.send((" ", "1", "no idea\r")[index])
    again.expect("Enter/Space accept")
    again.send("1")
    again.expect("leech: suspended")
    again.sendcontrol("c")
    try:
        again.expect("Leeches suspended")
    except pexpect.EOF:
        # (seen once in a CI run: the review ended on two blank lines, no summary; the
        # exit status and the whole output say where it stopped)
        again.close()
        pytest.fail(
            f"no summary after Ctrl-C: exit {again.exitstatus}, signal {again.signalstatus}, "
            f"output {again.before!r}"
        )
    again.expect("back with: ")
    again.expect(f"tutor cards unsuspend {card_id}")
    again.expect(pexpect.EOF)


def test_ctrl_c_in_cram_ends_it_on_a_line_of_its_own_and_says_nothing_was_saved(
    _isolated_home: Path,
) -> None:
    home = _isolated_home
    child = spawn(home, "review", "--cram", "frontend")
    # Go on to the first typed card: Ctrl-C there leaves the cursor after "your answer: ".
    for _ in range(30):
        index = child.expect([*REVIEW_FRONT.split("|")])
        if index == 2:
            break
        child.send(" " if index == 0 else "1")
        child.expect(r"Enter/Space (knew it|next)")
        child.send(" ")
    else:
        pytest.fail("no typed card in Frontend's cram")
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    after = plain(child.before)
    child.close()
    assert child.exitstatus == 0, after
    assert "saved is kept" not in after
    lines = [line.strip() for line in after.splitlines() if line.strip()]
    done = [n for n, line in enumerate(lines) if line.startswith("Cram done: ")]
    assert done, lines  # on a line of its own, not after "your answer: "
    assert "Nothing is saved" in " ".join(lines[done[0] :])
    assert query(home, "SELECT count(*) FROM review") == [(0,)]


FRENCH_CSV = "path,step,prompt,answer\nFrench,Words,How do you say cat?,chat\n"


def test_after_q_the_summary_names_the_check_and_leaves_at_once(
    _isolated_home: Path, tmp_path: Path
) -> None:
    """After q the summary said 'c check it now · Enter/q leave' and waited: the learner
    typed their next shell command, its c opened a check and its space revealed an answer.
    A session the learner ended leaves at once, naming the check to take instead."""
    home = _isolated_home
    spanish, french = tmp_path / "spanish.csv", tmp_path / "french.csv"
    spanish.write_text(SELF_CSV, encoding="utf-8")
    french.write_text(FRENCH_CSV, encoding="utf-8")

    def setup(*args: str) -> None:
        done = spawn(home, *args)
        done.expect(pexpect.EOF)
        done.close()
        assert done.exitstatus == 0, done.before

    setup("import", "csv", str(spanish))
    setup("config", "new_per_day", "100")
    setup("path", "hide", "system-basics")
    first = spawn(home, "review")
    while first.expect(["Space/Enter reveal", "Session done"]) == 0:
        first.send(" ")
        first.expect("1 Again")
        first.send("3")
    first.expect("c check it now")  # a session that ended by itself offers the check
    first.send("\r")
    first.expect(pexpect.EOF)
    setup("import", "csv", str(french))
    child = spawn(home, "review")
    child.expect("Space/Enter reveal")
    child.send("q")
    child.expect("Session done")
    child.expect(r"Numbers \(Spanish\) is ready \(recall \d+%\): tutor check numbers")
    child.expect(pexpect.EOF)  # no key is waited for
    assert "check it now" not in plain(child.before)
    child.close()
    assert child.exitstatus == 0
    assert query(home, "SELECT count(*) FROM check_attempt") == [(0,)]


def test_flagging_a_card_just_answered_wrong_keeps_the_answer(_isolated_home: Path) -> None:
    """f right after a wrong answer made the answer vanish from the session summary
    ('accuracy 100%'): an answer given stays counted, then the card is flagged."""
    home = _isolated_home
    child = spawn(home, "review")
    while True:
        index = child.expect(REVIEW_FRONT.split("|"))
        if index == 1:
            break
        answer_right(child, home, index, child.before + child.after)
        child.expect("Enter/Space accept")
        child.send(" ")
    _, prompt, options = last_panel(child.before + child.after)
    answer, _ = card_for(home, prompt)
    child.send("\r")  # was ignored without a word on a choice card
    child.expect(f"Enter is not a key here: 1-{len(options)} choose")
    child.send("?")
    child.expect(r"undo the last thing done \(an answer, a suspension or a flag\)")
    child.send(str(next(n for n, option in enumerate(options, 1) if option != answer)))
    child.expect("Enter/Space accept")
    child.send("f")
    child.expect("what is wrong with this card")
    child.send("\r")
    # both are said, and not when the card comes back: a flagged card leaves the reviews
    child.expect("saved · Again[^\n]*flagged · u undoes it")
    assert "next in" not in child.after
    if child.expect(REVIEW_FRONT.split("|")) == 2:
        child.send("\x1b")  # a typed card: leave the field, where q would be typed
        child.expect("u undo")
    child.send("q")
    child.expect("Session done")
    child.expect(pexpect.EOF)
    summary = plain(child.before)
    assert "accuracy 100%" not in summary, summary
    flagged = query(home, "SELECT id FROM card WHERE flagged_at IS NOT NULL")
    assert len(flagged) == 1
    # the summary lists it as it lists a suspended card, with the way back
    assert "Flagged as wrong this session:" in summary, summary
    assert f"tutor cards unflag {flagged[0][0]}" in summary, summary
    ratings = query(home, f"SELECT rating FROM review WHERE card_id = '{flagged[0][0]}'")
    assert ratings == [(1,)]  # the wrong answer, kept as Again


def _a_review_due_later(home: Path) -> tuple[str, str]:
    """A collection whose first card has graduated to review; (its id, when it is due)."""
    return _answered_until(home, lambda state: state.stage is CardStage.REVIEW, lambda _: 3)


def test_a_review_due_later_today_is_not_shown_as_early(_isolated_home: Path) -> None:
    # A new user's second morning: reviews due later that day came first, each headed
    # 'early: due in 51m, nothing else waits' while 20 new cards waited. Anki shows the
    # day's reviews as due; only a learning card shown ahead of time is early.
    from datetime import datetime, timedelta

    home = _isolated_home
    _card_id, due = _a_review_due_later(home)
    before = (datetime.fromisoformat(due) - timedelta(minutes=50)).isoformat()
    child = spawn(home, "review", now=before)
    child.expect(REVIEW_FRONT.split("|"))
    shown = plain(child.before)
    assert re.search(r"due 1\b", shown), shown  # counted among the day's reviews
    assert "early" not in shown and "nothing else waits" not in shown, shown
    child.send("q")
    child.expect(pexpect.EOF)


@pytest.mark.parametrize("leave", ["ctrl-c", "q"])
def test_leaving_on_a_graded_answer_keeps_it_as_marked(_isolated_home: Path, leave: str) -> None:
    # A new user picked the right option, saw '✓ right' and 'Enter/Space accept Good',
    # and pressed Ctrl-C: the summary counted one card fewer and the card stayed new.
    # An answer the tool graded is given: it is kept at the rating marked, as s and f
    # keep it; only a card the learner rates is left unrated.
    home = _isolated_home
    child = spawn(home, "review")
    for _ in range(30):
        index = child.expect(REVIEW_FRONT.split("|"))
        screen = child.before + child.after
        if index == 0:  # a card rated by the learner: go on
            child.send(" ")
            child.expect("Enter/Space accept")
            child.send(" ")
            continue
        _header, prompt, _options = last_panel(screen)
        answer_right(child, home, index, screen)
        child.expect("Enter/Space accept Good")
        break
    else:
        pytest.fail("no graded card among the first 30")
    kept_before = query(home, "SELECT count(*) FROM review")[0][0]
    if leave == "q":
        child.send("q")
    else:
        child.sendcontrol("c")
    child.expect("Session done")
    assert "saved · Good" in plain(child.before), plain(child.before)  # said, above it
    child.expect(pexpect.EOF)
    shown = plain(child.before)
    done = re.search(r"cards done\s+(\d+)", shown)
    assert done is not None and int(done[1]) == kept_before + 1, shown
    wanted = " ".join(prompt.split())
    ratings = [
        rating
        for text, rating in query(
            home, "SELECT card.prompt, review.rating FROM review JOIN card ON card.id = card_id"
        )
        if " ".join(str(text).split()) == wanted
    ]
    assert ratings == [3], ratings
    assert query(home, "SELECT count(*) FROM review")[0][0] == kept_before + 1
