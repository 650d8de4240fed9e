"""Properties, checked by hypothesis over generated answers, collections and entries."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from cards import ParseError, read_entry
from db import ImportWrite, Store
from db.health import card_logs
from tests.reliability.support import DAY1, FIXTURES, entry_text
from tutor.interop.importing import ensure_builtin, plan_import, read_entries
from tutor.memory.doctor import examine
from tutor.memory.scheduling import answer, make_scheduler, replay
from tutor.review.queue import LEARN_AHEAD, Queue

START = datetime.fromisoformat(DAY1)
EXAMPLES = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def builtin_collection(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("builtin") / "tutor.sqlite3"
    with Store.open(path) as store:
        ensure_builtin(store, START)
    return path


@contextmanager
def _copy(template: Path) -> Iterator[Store]:
    folder = Path(tempfile.mkdtemp(prefix="tutor-prop-"))
    shutil.copyfile(template, folder / "tutor.sqlite3")
    store = Store.open(folder / "tutor.sqlite3")
    try:
        yield store
    finally:
        store.close()
        shutil.rmtree(folder)


# -- replaying a card's log reproduces its stored state -------------------------------------

answers = st.lists(
    st.tuples(
        st.integers(1, 4),  # rating
        st.one_of(st.integers(0, 30), st.integers(30, 60 * 24 * 400)),  # minutes since last
        st.sampled_from([0.7, 0.8, 0.9, 0.95, 0.99]),  # retention the learner had set
        st.booleans(),  # undo it straight away?
    ),
    min_size=1,
    max_size=25,
)


@EXAMPLES
@given(script=answers, card_index=st.integers(0, 10))
# (CI drew this once, with a fuzz that set the due a day past the doctor's bound; the
# bound itself is checked against every draw in test_doctor.py)
@example(
    script=[
        (1, 0, 0.7, False),
        (1, 0, 0.7, False),
        (1, 0, 0.7, True),
        (3, 0, 0.7, False),
        (1, 2813, 0.95, True),
        (3, 30, 0.8, False),
        (2, 30, 0.8, False),
        (2, 30, 0.7, False),
    ],
    card_index=1,
)
def test_replaying_a_cards_log_reproduces_its_stored_state(
    builtin_collection: Path, script: list[tuple[int, int, float, bool]], card_index: int
) -> None:
    with _copy(builtin_collection) as store:
        card_id = store.new_cards(11)[card_index].card.id
        at = START
        for rating, minutes, retention, undo in script:
            at += timedelta(minutes=minutes, seconds=1)
            scheduler = make_scheduler(retention, fuzz=True)  # fuzz on, as in use
            review_id, before, _ = store.answer_card(
                card_id,
                lambda latest, t, s=scheduler, r=rating: answer(s, latest, r, t),
                rating,
                at,
                1000,
            )
            if undo:
                store.undo_review(review_id, before)
        logs = {log.card_id: log for log in card_logs(store)}
        log = logs[card_id]
        assert len(log.reviews) == sum(1 for *_, undo in script if not undo)
        replayed = replay(make_scheduler(0.9, fuzz=False), card_id, log.reviews)
        stored = log.state
        assert stored is not None
        for field in ("stage", "step", "stability", "difficulty", "reps", "lapses"):
            assert getattr(stored, field) == getattr(replayed, field), field
        assert stored.last_review == replayed.last_review
        found = examine(store, make_scheduler(0.9, fuzz=False))
        assert found.problems == []


# -- the queue never offers a suspended, retired or locked card ----------------------------

collections = st.fixed_dictionaries(
    {
        "unlock": st.sets(st.integers(2, 8), max_size=7),  # step positions unlocked
        "suspend": st.sets(st.integers(0, 159), max_size=40),  # card indexes
        "retire": st.sets(st.integers(0, 159), max_size=40),
        "answer": st.lists(
            st.tuples(st.integers(0, 159), st.integers(1, 4), st.integers(0, 60 * 24 * 20)),
            max_size=40,
        ),
        "later": st.integers(0, 60 * 24 * 30),  # minutes after the answers the queue is built
    }
)


@EXAMPLES
@given(plan=collections)
def test_the_queue_never_offers_a_suspended_retired_or_locked_card(
    builtin_collection: Path, plan: dict[str, object]
) -> None:
    with _copy(builtin_collection) as store:
        steps = store.all_steps()
        cards = [stored.card for step in steps for stored in store.cards_of_step(step.key)]

        def pick(indexes: object) -> set[str]:
            return {cards[i % len(cards)].id for i in indexes}  # type: ignore[attr-defined]

        scheduler = make_scheduler(0.9, fuzz=False)
        at = START
        for index, rating, minutes in plan["answer"]:  # type: ignore[attr-defined]
            at += timedelta(minutes=minutes)
            store.answer_card(
                cards[index % len(cards)].id,
                lambda latest, t, r=rating: answer(scheduler, latest, r, t),
                rating,
                at,
                1000,
            )
        unlocked = {step.key for step in steps if step.position in plan["unlock"]}  # type: ignore[operator]
        unlocked |= {step.key for step in steps if step.position == 1}
        store.unlock(unlocked, at)
        suspended, retired = pick(plan["suspend"]), pick(plan["retire"])
        for card_id in suspended:
            store.suspend(card_id, at)
        store.save_import(ImportWrite(entries=[], cards=[], retire=sorted(retired)), at)

        now = at + timedelta(minutes=plan["later"])  # type: ignore[call-overload]
        queue = Queue(
            learning=store.learning_due(now + LEARN_AHEAD),
            reviews=store.reviews_due(now + timedelta(days=1), 10_000),
            new=store.new_cards(10_000),
        )
        offered = []
        while (card := queue.next(now)) is not None:
            offered.append(card)
        assert offered  # the first step is always unlocked and not all of it is put away
        for stored in offered:
            assert stored.card.id not in suspended
            assert stored.card.id not in retired
            assert stored.card.entry_key in unlocked
        assert len({stored.card.id for stored in offered}) == len(offered)


# -- a hostile entry imported beside others never changes what their cards say --------------

FRAGMENTS = [
    "[bold red]",
    "[/bold red]",
    "[link=http://x]",
    "\x1b[2J",
    "\x1b]0;title\x07",
    "\x1b]8;;http://evil\x1b\\",
    "\x9b31m",
    "\u202e",
    "\r",
    "\r\n",
    "\x00",
    "\ufeff",
    "\n## Summary\n",
    "\n## FAQ\n### Why?\n",
    "\n- ",
    "\n1. ",
    "\n---\n",
    "Next in Fixture Basics: Cache\n",
    "path: Fixture Basics\n",
    "x" * 5000,
]
hostile_bodies = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=200)), min_size=1, max_size=30
).map("".join)


@pytest.fixture(scope="module")
def fixture_files() -> list[Path]:
    return sorted((FIXTURES / "entries").iterdir())


def _cards_of(store: Store, files: list[Path]) -> dict[str, list[tuple[object, ...]]]:
    parsed, _ = read_entries(files)  # refused files are left out, as --skip-invalid does
    plan = plan_import(store, parsed)
    found: dict[str, list[tuple[object, ...]]] = {}
    for _, card in plan.write.cards:
        found.setdefault(card.entry_key, []).append(
            (card.id, card.prompt, card.answer, card.options, card.accepted, card.explanation)
        )
    return found


@EXAMPLES
@given(body=hostile_bodies, front_matter=st.booleans(), raw=st.binary(max_size=64))
def test_a_hostile_entry_never_changes_the_other_entries_cards(
    fixture_files: list[Path],
    tmp_path_factory: pytest.TempPathFactory,
    body: str,
    front_matter: bool,
    raw: bytes,
) -> None:
    folder = tmp_path_factory.mktemp("hostile")
    empty = Store.open(folder / "empty.sqlite3")  # plan_import only reads it
    try:
        before = _cards_of(empty, fixture_files)
        hostile = folder / "hostile" / "zz-hostile.md"
        hostile.parent.mkdir()
        head = "---\ntitle: Hostile\npath: Elsewhere\n---\n" if front_matter else ""
        text = head + entry_text("Hostile", "Elsewhere", 1).split("---\n", 2)[2] + body
        hostile.write_bytes(text.encode("utf-8", "surrogatepass") + raw)
        with contextlib.suppress(ParseError):
            # An entry that puts itself on the fixtures' path is their sibling by right, and
            # siblings lend each other distractors: that is not the hostility in question.
            assume(read_entry(hostile).path != "Fixture Basics")
        after = _cards_of(empty, [*fixture_files, hostile])
    finally:
        empty.close()
    assert {key: cards for key, cards in after.items() if key in before} == before
    assert set(before) <= set(after)
