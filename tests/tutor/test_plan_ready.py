"""The plan of the day names the checks worth taking: one that opens a step, or finishes a
path; never the check of a step of a set (every step open already), and only a few.

After two glossary imports, `tutor` printed ten lines like 'Latency (Networking terms) is
ready (recall 100%): tutor check latency' for one-card terms whose steps were all open,
above the step that needed the learner.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from db import Scope, Store
from tutor.interop.importing import find_entry_files, import_given, read_given
from tutor.memory.scheduling import answer, make_scheduler
from tutor.review.plan import READY_SHOWN, next_lines, today_plan
from tutor.settings import effective

NOW = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)
TERMS = ["Latency", "Throughput", "Bandwidth", "Jitter", "Packet loss", "Round trip"]


def folder_of_notes(tmp_path: Path, name: str, terms: list[str], path_file: bool) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for term in terms:
        (folder / f"{term.lower().replace(' ', '-')}.md").write_text(
            f"# {term}\n\n{term} is a measure of how a network link behaves, written here"
            f" as the {name} notes define {term.lower()} for the learner.\n",
            encoding="utf-8",
        )
    if path_file:
        (folder / "_path.txt").write_text("".join(f"{t}\n" for t in terms), encoding="utf-8")
    return folder


def collection(tmp_path: Path, folders: list[Path]) -> Store:
    """The folders imported, every card answered Easy a week ago: each step ready."""
    store = Store.open(tmp_path / "tutor.sqlite3")
    files, errors = find_entry_files(folders)
    given, errors = read_given(store, files)
    assert not errors
    before = NOW - timedelta(days=7)
    import_given(store, given, before)
    answer_new(store)
    return store


def answer_new(store: Store) -> None:
    """Every new card of the open steps answered Easy a week ago."""
    scheduler = make_scheduler(fuzz=False)
    before = NOW - timedelta(days=7)
    for stored in store.new_cards(1000):
        store.answer_card(stored.card.id, lambda s, m: answer(scheduler, s, 4, m), 4, before, 900)


def plan_of(store: Store):
    scheduler = make_scheduler(fuzz=False)
    return today_plan(store, scheduler, effective(store.settings()), NOW, timezone.utc)


def test_no_check_of_a_step_of_a_set_is_named(tmp_path: Path) -> None:
    store = collection(tmp_path, [folder_of_notes(tmp_path, "terms", TERMS, path_file=False)])
    assert all(step.unlocked for step in store.all_steps())
    plan = plan_of(store)
    assert plan.ready == []
    assert not any("is ready" in line for line in next_lines(plan, store.all_steps(), False))


def test_a_check_that_opens_the_next_step_is_named(tmp_path: Path) -> None:
    store = collection(tmp_path, [folder_of_notes(tmp_path, "terms", TERMS, path_file=True)])
    plan = plan_of(store)
    assert [row.step.title for row in plan.ready] == ["Latency"]
    store.unlock([step.key for step in store.all_steps()[:4]], NOW)
    answer_new(store)
    assert [row.step.title for row in plan_of(store).ready] == ["Jitter"]  # opens the 5th


def test_the_ready_checks_are_a_few_lines_then_a_count(tmp_path: Path) -> None:
    folders = [
        folder_of_notes(tmp_path, f"track{n}", [f"{term} {n}" for term in TERMS[:2]], True)
        for n in range(1, 6)
    ]
    store = collection(tmp_path, folders)
    plan = plan_of(store)
    assert len(plan.ready) == 5  # each track's first step, whose check opens its second
    lines = next_lines(plan, store.all_steps(), False)
    named = [line for line in lines if "is ready" in line]
    assert len(named) == READY_SHOWN
    assert f"and {5 - READY_SHOWN} more steps ready: tutor path" in lines


def test_a_focused_review_with_nothing_due_says_when_its_next_card_is(tmp_path: Path) -> None:
    """`tutor review --step tls` said 'Nothing is due now in TLS.' and not when."""
    store = collection(tmp_path, [folder_of_notes(tmp_path, "terms", TERMS, path_file=False)])
    step = store.all_steps()[0]
    scheduler = make_scheduler(fuzz=False)
    scope = Scope(entry_key=step.key)
    plan = today_plan(store, scheduler, effective(store.settings()), NOW, timezone.utc, scope)
    assert plan.here is not None and plan.here.due_now == 0 and plan.here.new == 0
    due = plan.here.next_due
    assert due is not None and due > NOW
    lines = next_lines(plan, store.all_steps(), False, focus=f"--step {step.slug}")
    # named: the line comes under the other paths' lines and read as the last one's
    said = f"{step.title}'s next card is due on {due:%a} {due.day} {due:%b} at {due:%H:%M}"
    assert said in lines
