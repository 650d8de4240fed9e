"""`tutor path` and `tutor check` through the CLI, on the built-in System Basics path."""

from __future__ import annotations

import json
import random
import re
from datetime import datetime, timezone
from pathlib import Path

import fsrs
import pytest

from cards import Answering, Card
from db import Store
from tests.cli.support import DAY1, DAY2, db_path, keys_for, one_card_notes, query
from tutor.check.rules import RETAKE_WINDOW, check_seed, draw_check

LATER = "2026-03-09T09:00:00+00:00"
FRONTEND = "system-basics/frontend"


def questions(home: Path, entry_key: str, now: str) -> list[Card]:
    """The questions `tutor check` will ask at `now`, worked out from the collection."""
    with Store.open(db_path(home)) as store:
        step = next(step for step in store.all_steps() if step.key == entry_key)
        moment = datetime.fromisoformat(now)
        return [
            stored.card
            for stored in draw_check(
                store.cards_of_step(entry_key),
                (step.title, *step.aliases),
                random.Random(check_seed(moment)),
                asked_lately=store.checked_since(entry_key, moment - RETAKE_WINDOW),
            )
        ]


def answer_keys(asked: list[Card], wrong: set[int] = frozenset(), upto: int | None = None) -> str:
    """Keys answering the first `upto` questions: rightly, except the indexes in `wrong`."""
    keys = []
    for index, card in enumerate(asked[:upto]):
        right = index not in wrong
        if card.answering is Answering.CHOICE:
            pick = card.options.index(card.answer)
            if not right:
                pick = next(n for n, option in enumerate(card.options) if option != card.answer)
            keys.append(str(pick + 1))
        elif card.answering is Answering.SELF:
            keys.append(" 3" if right else " 1")  # reveal, then: knew it / did not
            continue
        else:
            keys.append("\n" + (card.answer if right else "qqqqqqqqqqqq") + "\n")
        if not right:
            keys.append(" ")  # read the explanation, then go on
    return "".join(keys)


def unlocked(home: Path) -> list[str]:
    rows = query(home, "SELECT slug FROM entry WHERE unlocked_at IS NOT NULL ORDER BY position")
    return [slug for (slug,) in rows]


def passed(home: Path) -> list[str]:
    rows = query(home, "SELECT slug FROM entry WHERE passed_at IS NOT NULL ORDER BY position")
    return [slug for (slug,) in rows]


def reviewed_steps(home: Path, mode: str = "review") -> set[str]:
    rows = query(
        home,
        "SELECT DISTINCT e.slug FROM review r JOIN card c ON c.id = r.card_id"
        " JOIN entry e ON e.key = c.entry_key WHERE r.mode = ?",
        mode,
    )
    return {slug for (slug,) in rows}


@pytest.fixture
def started(run, home: Path) -> Path:
    """A collection with the built-in path imported and nothing answered yet."""
    run("config", "new_per_day", "100")
    return home


def test_new_cards_of_a_locked_step_never_appear_in_review(run, started: Path) -> None:
    for day in (DAY1, DAY2):
        keys = keys_for(started, 100)
        result = run("review", keys=keys + "q", now=day)
        assert result.exit_code == 0, result.output
    assert reviewed_steps(started) == {"frontend"}
    (waiting,) = query(
        started,
        "SELECT count(*) FROM card c JOIN card_state s ON s.card_id = c.id"
        " WHERE c.entry_key = 'system-basics/backend' AND s.state = 0",
    )
    assert waiting[0] > 10
    result = run("review", keys="q", now=DAY2)
    assert "Backend" not in result.output


def test_passing_a_check_unlocks_the_next_step_and_its_new_cards_come_in(
    run, started: Path
) -> None:
    asked = questions(started, "system-basics/frontend", DAY1)
    result = run("check", "frontend", keys=answer_keys(asked), now=DAY1)
    assert result.exit_code == 0, result.output
    assert f"question 1 of {len(asked)}" in result.output
    assert f"{len(asked)}/{len(asked)} (100%)" in result.output
    assert "passed" in result.output
    assert "Unlocked: Backend — its new cards now come in tutor review" in result.output
    assert unlocked(started) == ["frontend", "backend"]
    assert passed(started) == ["frontend"]
    checks = query(started, "SELECT rating, mode FROM review")
    assert checks == [(3, "check")] * len(asked)  # each answer is a Good review

    result = run("review", keys=keys_for(started, 100) + "q", now=DAY1)
    assert result.exit_code == 0, result.output
    assert reviewed_steps(started) == {"frontend", "backend"}


def test_a_pass_when_todays_new_limit_is_used_says_the_new_cards_come_tomorrow(
    run, started: Path
) -> None:
    """After a pass the check said 'its new cards now come in tutor review', and then
    `tutor` said 'its new cards come tomorrow' and 'Today's limit of 20 new cards is
    reached.': the check says what the review will do."""
    run("config", "new_per_day", "2")
    result = run("review", keys=keys_for(started, 2) + "q", now=DAY1)
    assert result.exit_code == 0, result.output
    asked = questions(started, "system-basics/frontend", DAY1)
    result = run("check", "frontend", keys=answer_keys(asked), now=DAY1)
    assert result.exit_code == 0, result.output
    shown = " ".join(result.output.replace("│", " ").split())  # the panel wraps it
    assert "Unlocked: Backend" in shown
    assert "now come in tutor review" not in shown
    assert "today's limit of 2 new cards is reached, so its new cards come tomorrow" in shown
    assert "tutor config new_per_day 22" in shown


def test_a_failed_check_unlocks_nothing_and_names_the_sections_to_reread(
    run, started: Path
) -> None:
    asked = questions(started, "system-basics/frontend", DAY1)
    wrong = set(range(len(asked) - 1))  # one right answer only
    result = run("check", "Frontend", keys=answer_keys(asked, wrong), now=DAY1)
    assert result.exit_code == 0, result.output
    assert "not passed" in result.output
    assert f"1/{len(asked)}" in result.output
    assert "Reread for what you missed" in result.output
    # (and what to do after: a fail used to end on the sections to reread)
    assert "Next: tutor review brings back what you missed; then tutor check" in result.output
    missed = {asked[index].source.section for index in wrong}
    for heading in missed:
        assert heading in result.output
    assert unlocked(started) == ["frontend"]
    assert passed(started) == []
    ((was_passed, stored_missed),) = query(
        started, "SELECT passed, missed_sections FROM check_attempt"
    )
    assert was_passed == 0
    assert set(json.loads(stored_missed)) == missed
    ratings = query(started, "SELECT rating FROM review WHERE mode = 'check' ORDER BY id")
    assert [rating for (rating,) in ratings].count(1) == len(wrong)


def test_a_test_out_pass_unlocks_every_step_before_it_and_the_next(run, started: Path) -> None:
    asked = questions(started, "system-basics/database", DAY1)
    result = run("check", "database", keys=answer_keys(asked), now=DAY1)
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert (
        "Database is locked: this check tests out of it. A pass opens it and Backend, API"
        " before it (q stops the check)." in said
    )
    assert "Unlocked: Backend, API, Database, Auth — their new cards now come" in said
    assert unlocked(started) == ["frontend", "backend", "api", "database", "auth"]
    assert passed(started) == ["database"]
    result = run("path", "--json", now=DAY1)
    steps = json.loads(result.output)["paths"][0]["steps"]
    statuses = [step["status"] for step in steps]
    assert statuses == ["learning"] * 3 + ["passed", "learning"] + ["locked"] * 3


def test_quitting_halfway_keeps_the_answers_as_reviews_but_records_no_attempt(
    run, started: Path
) -> None:
    asked = questions(started, "system-basics/frontend", DAY1)
    result = run("check", "frontend", keys=answer_keys(asked, upto=3) + "q", now=DAY1)
    assert result.exit_code == 0, result.output
    assert "check stopped: 3 answers kept as reviews; no attempt recorded" in result.output
    assert query(started, "SELECT count(*) FROM review WHERE mode = 'check'") == [(3,)]
    assert query(started, "SELECT count(*) FROM check_attempt") == [(0,)]
    assert unlocked(started) == ["frontend"]
    # quitting at the pause after a wrong answer: that answer is kept too
    asked = questions(started, "system-basics/frontend", DAY2)
    graded = next(n for n, card in enumerate(asked) if card.answering is not Answering.SELF)
    keys = answer_keys(asked, wrong={graded}, upto=graded + 1)[:-1] + "q"
    result = run("check", "frontend", keys=keys, now=DAY2)
    assert f"check stopped: {graded + 1} answer{'' if graded == 0 else 's'} kept" in result.output
    assert query(started, "SELECT count(*) FROM review WHERE mode = 'check'") == [(4 + graded,)]
    assert query(started, "SELECT count(*) FROM check_attempt") == [(0,)]


def test_path_shows_predicted_recall_as_the_mean_fsrs_retrievability(run, started: Path) -> None:
    run("review", keys=keys_for(started, 12, easy=True) + "q", now=DAY1)
    result = run("path", "--json", now=LATER)
    assert result.exit_code == 0, result.output
    frontend = json.loads(result.output)["paths"][0]["steps"][0]

    rows = query(
        started,
        "SELECT s.state, s.stability, s.difficulty, s.due, s.last_review FROM card c"
        " JOIN card_state s ON s.card_id = c.id"
        " WHERE c.entry_key = 'system-basics/frontend' AND c.retired_at IS NULL",
    )
    scheduler = fsrs.Scheduler(enable_fuzzing=False)
    now = datetime.fromisoformat(LATER)
    chances = []
    for state, stability, difficulty, _due, last_review in rows:
        if state != fsrs.State.Review.value:
            chances.append(0.0)  # unseen, or still in its learning steps: not learnt yet
            continue
        card = fsrs.Card(state=fsrs.State(state), stability=stability, difficulty=difficulty)
        card.last_review = None if last_review is None else _at(last_review)
        chances.append(scheduler.get_card_retrievability(card, now))
    assert frontend["recall"] == pytest.approx(sum(chances) / len(chances), abs=1e-9)
    assert frontend["seen"] == 12 and frontend["total"] == len(rows)
    # 12 of 20 learnt a week ago (rated Easy): some forgetting since, and the unseen
    # count as nothing
    assert sum(1 for row in rows if row[0] == fsrs.State.Review.value) == 12
    assert 0.2 < frontend["recall"] < 12 / len(rows)

    text = run("path", now=LATER).output
    assert f"{frontend['recall']:.0%}" in text
    assert "(unseen or still being learnt: 0%)" in " ".join(text.split())
    assert "locked: pass Frontend first" in text


def _at(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc)


def test_check_history_lists_attempts_with_score_date_and_result(run, started: Path) -> None:
    first = questions(started, "system-basics/frontend", DAY1)
    run("check", "frontend", keys=answer_keys(first, wrong={0, 1, 2}), now=DAY1)
    asked = questions(started, "system-basics/frontend", DAY2)
    run("check", "front end", keys=answer_keys(asked), now=DAY2)
    result = run("check", "--history", now=DAY2)
    assert result.exit_code == 0, result.output
    assert "2026-03-02" in result.output and "2026-03-03" in result.output
    assert "fail" in result.output and "pass" in result.output
    result = run("check", "--history", "backend", "--json", now=DAY2)
    assert json.loads(result.output) == {"checks": []}
    result = run("check", "--history", "FRONTEND", "--json", now=DAY2)
    checks = json.loads(result.output)["checks"]
    assert [check["passed"] for check in checks] == [False, True]
    assert checks[0]["correct"] == len(first) - 3
    assert checks[1]["step"] == "Frontend" and checks[1]["score"] == 1.0
    text = run("path", now=DAY2).output
    assert "pass 3 Mar" in text  # the last check, in the path's table


def test_unknown_names_say_the_closest_and_exit_1(run, started: Path) -> None:
    result = run("check", "backnd")
    assert result.exit_code == 1
    assert "tutor: no step named 'backnd'; did you mean 'Backend'?" in result.output
    result = run("path", "system")
    assert result.exit_code == 1
    assert "did you mean 'System Basics'?" in result.output
    result = run("check", "frontend", "--path", "nope")
    assert result.exit_code == 1
    assert "no path named 'nope'" in result.output
    result = run("check")
    assert result.exit_code == 2
    assert "name the step to check" in result.output
    assert query(started, "SELECT count(*) FROM check_attempt") == [(0,)]


def test_path_lists_every_step_in_order_at_80_columns(run, started: Path) -> None:
    result = run("path", "system basics", now=DAY1)
    assert result.exit_code == 0, result.output
    titles = ["Frontend", "Backend", "API", "Database", "Auth", "Storage", "CDN", "DNS"]
    positions = [result.output.index(f" {title} ") for title in titles]
    assert positions == sorted(positions)
    assert "start in tutor review" in result.output
    assert all(len(line) <= 80 for line in result.output.splitlines())


def test_path_on_a_narrow_terminal_leaves_the_last_check_out_not_the_next_action(
    started: Path,
) -> None:
    # A new user's 60-column pane cut 'locked: pass Frontend first' to a word a line.
    import subprocess
    import sys

    from tests.cli.support import child_env

    def shown(columns: int) -> str:
        env = {**child_env(started, DAY1), "COLUMNS": str(columns)}
        done = subprocess.run(
            [sys.executable, "-m", "tutor", "path", "system basics"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout

    narrow, wide = shown(60), shown(80)
    assert "checked" in wide and "checked" not in narrow
    assert "checks: tutor check --history" in narrow
    assert "locked: pass Frontend" in narrow  # was 'locked: pass', 'Frontend', 'first'
    assert "start in tutor review" in narrow
    assert all(len(line.rstrip()) <= 60 for line in narrow.splitlines())


ENTRY = """# {title}

## In one sentence
{title} is the {what} of a small web system.

## Key takeaways
- {title} = the part that {does}.
- Iron rule: keep the {thing} simple.

## Pros
- Easy to {verb}
"""


def write_entries(folder: Path, path_file: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for title, what, does, thing, verb in [
        ("Alpha", "first layer", "greets visitors", "greeting", "read"),
        ("Beta", "second layer", "keeps records", "ledger", "test"),
        ("Gamma", "third layer", "sends mail", "mailbox", "scale"),
    ]:
        text = ENTRY.format(title=title, what=what, does=does, thing=thing, verb=verb)
        (folder / f"{title.lower()}.md").write_text(text, encoding="utf-8")
    (folder / "_path.txt").write_text(path_file, encoding="utf-8")


def step_titles(run, name: str) -> list[tuple[str, str]]:
    result = run("path", name, "--json")
    assert result.exit_code == 0, result.output
    return [(s["title"], s["status"]) for s in json.loads(result.output)["paths"][0]["steps"]]


def test_a_path_file_beside_the_entries_names_the_path_and_orders_its_steps(
    run, home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "notes"
    write_entries(folder, "# my web path\npath: Web Path\n\n1. gamma\n2. Alpha\n- BETA\n")
    result = run("import", str(folder))
    assert result.exit_code == 0, result.output
    assert "_path" not in result.output  # the path file is not an entry
    assert step_titles(run, "web path") == [
        ("Gamma", "learning"),
        ("Alpha", "locked"),
        ("Beta", "locked"),
    ]
    result = run("import", str(folder))
    assert "Nothing changed" in result.output

    (folder / "_path.txt").write_text("path: Web Path\nAlpha\nBeta\nGamma\n", encoding="utf-8")
    result = run("import", str(folder))
    assert result.exit_code == 0, result.output
    assert [title for title, _ in step_titles(run, "Web Path")] == ["Alpha", "Beta", "Gamma"]

    # one edited entry imported on its own keeps its place on the path
    beta = folder / "beta.md"
    beta.write_text(beta.read_text(encoding="utf-8") + "- Cheap to run\n", encoding="utf-8")
    result = run("import", str(beta))
    assert result.exit_code == 0, result.output
    assert [title for title, _ in step_titles(run, "Web Path")] == ["Alpha", "Beta", "Gamma"]


def test_a_path_file_naming_no_entry_is_refused_with_its_line(
    run, home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "notes"
    write_entries(folder, "path: Web Path\nAlpha\nBeta\nDelta\n")
    result = run("import", str(folder))
    assert result.exit_code == 1
    assert "_path.txt:4: no entry here is 'Delta' (Alpha, Beta, Gamma)" in result.output
    assert "nothing imported" in result.output
    result = run("path", "web path")
    assert result.exit_code == 1
    assert "no path named 'web path' (paths: System Basics)" in result.output


def test_a_retake_the_same_day_asks_mostly_other_questions(run, started: Path) -> None:
    soon = "2026-03-02T09:05:00+00:00"
    first = questions(started, "system-basics/frontend", DAY1)
    run("check", "frontend", keys=answer_keys(first, wrong={0, 1, 2}), now=DAY1)
    second = questions(started, "system-basics/frontend", soon)
    result = run("check", "frontend", keys=answer_keys(second), now=soon)
    assert result.exit_code == 0, result.output
    rows = query(
        started, "SELECT card_id, reviewed_at FROM review WHERE mode = 'check' ORDER BY id"
    )
    cut = datetime.fromisoformat(soon).timestamp() * 1000
    before = {card for card, at in rows if at < cut}
    after = {card for card, at in rows if at >= cut}
    assert len(before) == len(first) and len(after) == len(second)
    assert len(before & after) * 2 < len(after)  # most questions are new


def test_a_card_suspended_before_it_was_seen_is_not_counted_as_one_to_see(
    run, started: Path
) -> None:
    # A new user suspended one never-seen Frontend card and `tutor path` went on saying
    # 'seen 2/3' of a step that asked nothing more of them ('ready to check').
    (total,) = query(
        started,
        "SELECT count(*) FROM card WHERE entry_key = 'system-basics/frontend'"
        " AND retired_at IS NULL",
    )[0]
    (first,) = query(
        started,
        "SELECT id FROM card WHERE entry_key = 'system-basics/frontend' AND retired_at IS NULL"
        " ORDER BY id LIMIT 1",
    )[0]
    assert run("cards", "suspend", str(first), now=DAY1).exit_code == 0
    step = json.loads(run("path", "--json", now=DAY1).output)["paths"][0]["steps"][0]
    assert (step["seen"], step["total"], step["suspended_unseen"]) == (0, total, 1)
    shown = run("path", "system basics", now=DAY1).output
    frontend = next(line for line in shown.splitlines() if " 1  Frontend " in line)
    assert f" 0/{total - 1} " in frontend, shown


def test_a_step_check_is_as_long_whenever_it_is_taken_or_says_why_not(run, started: Path) -> None:
    """A new user's Frontend check was 7 questions from the offer at the end of a review,
    then 9 from `tutor check frontend`, with nothing to say why: the first draw's length
    hung on the random order its cards were tried in, the second was a retake."""
    for now in (DAY1, "2026-03-02T09:01:00+00:00", "2026-03-02T09:08:00+00:00"):
        result = run("check", "frontend", now=now)  # no key: stopped at once, nothing asked
        assert "question 1 of 10" in result.output, result.output
        assert "not 10" not in result.output
    # as the learner did: a card suspended, one flagged, a check stopped after 2 answers
    run("cards", "suspend", "c1-263e")
    run("cards", "flag", "c1-552f", "--reason", "reads as a question")
    stopped = "2026-03-02T09:20:00+00:00"
    run(
        "check",
        "frontend",
        keys=answer_keys(questions(started, FRONTEND, stopped), upto=2) + "q",
        now=stopped,
    )
    retake = "2026-03-02T09:21:00+00:00"
    count = len(questions(started, FRONTEND, retake))
    assert count < 10
    result = run("check", "frontend", now=retake)
    assert f"question 1 of {count}" in result.output
    said = f"{count} questions, not 10: a retake within a day leaves out 2 cards asked lately"
    assert said in result.output, result.output


def test_a_check_of_a_small_step_says_why_it_is_short(run, home: Path, tmp_path: Path) -> None:
    """`tutor check levain` was one self-judged question, with nothing to say why."""
    assert run("import", str(one_card_notes(tmp_path / "notes", "levain"))).exit_code == 0
    result = run("check", "levain")
    total = int(re.search(r"question 1 of (\d+)", result.output)[1])
    assert total < 10
    cards = "card" if total == 1 else "cards"
    assert f"not 10: the step has {total} {cards} a check can ask" in result.output, result.output


def test_space_on_a_choice_question_shows_its_answer_and_counts_it_missed(
    run, started: Path
) -> None:
    asked = questions(started, "system-basics/frontend", DAY1)
    first_choice = next(n for n, card in enumerate(asked) if card.answering is Answering.CHOICE)
    keys = answer_keys(asked, upto=first_choice) + "  " + answer_keys(asked[first_choice + 1 :])
    result = run("check", "Frontend", keys=keys, now=DAY1)
    assert result.exit_code == 0, result.output
    assert "shown without choosing" in result.output
    assert f"{len(asked) - 1}/{len(asked)}" in result.output  # that one missed, the rest right
