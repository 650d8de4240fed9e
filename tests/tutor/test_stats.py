"""`tutor stats` figures on a collection with a known history, checked exactly.

The history is written through the real Store. The learner lives in New York, where
daylight saving starts on Sunday 8 March 2026 (the learner's 7 March is 23 hours long),
and days start at 04:00. "Now" is Tuesday 10 March 2026, 12:00 in New York.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cards import Answering, Card, CardKind, Source
from db import CardStage, CardState, CheckAttempt, ImportWrite, Store
from tests.records import entry_record
from tutor.commands.stats import read_stats
from tutor.interop.card_maker import GENERATION_VERSION
from tutor.interop.importing import BUILTIN_SETTING
from tutor.memory.scheduling import make_scheduler, retrievability
from tutor.progress.stats import (
    Memory,
    StateCounts,
    calendar_first_day,
    day_starts,
    find_path,
    longest_streak,
    recall,
    unknown_path_message,
)
from tutor.settings import effective

NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 10, 16, 0, tzinfo=timezone.utc)  # 12:00 EDT
TODAY = date(2026, 3, 10)
DECAY = -make_scheduler(0.9, fuzz=False).parameters[20]

# step key -> (path, position, title, card ids)
STEPS = {
    "net/packets": ("Networks", 1, "Packets", ("p1", "p2", "p3", "p4", "p5")),
    "net/routing": ("Networks", 2, "Routing", ("r1", "r2")),
    "net/switching": ("Networks", 3, "Switching", ("s1",)),
    "cook/knives": ("Cooking", 1, "Knives", ("k1", "k2", "k3")),
}


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


def state(card: str, stage: CardStage, stability: float, last: str, due: str, lapses: int = 0):
    return CardState(
        card_id=card,
        stage=stage,
        stability=stability,
        difficulty=5.0,
        due=utc(due),
        last_review=utc(last),
        reps=3,
        lapses=lapses,
    )


# The state each answered card is left in (the cache FSRS would keep; set by hand here so
# that every figure can be worked out on paper).
FINAL = {
    "p1": state("p1", CardStage.REVIEW, 10.0, "2026-03-04T09:00", "2026-03-01T12:00", 1),
    "p2": state("p2", CardStage.REVIEW, 4.0, "2026-03-10T08:00", "2026-03-11T08:00"),
    "p3": state("p3", CardStage.RELEARNING, 2.0, "2026-03-10T15:00", "2026-03-11T07:59", 8),
    "p5": state("p5", CardStage.REVIEW, 30.0, "2026-02-05T15:00", "2026-03-12T12:00"),
    "r1": state("r1", CardStage.LEARNING, 1.0, "2026-03-10T14:00", "2026-03-11T07:59"),
    "k1": state("k1", CardStage.REVIEW, 100.0, "2026-03-08T08:30", "2026-04-08T12:00"),
    "k2": state("k2", CardStage.REVIEW, 50.0, "2025-01-06T15:00", "2026-04-09T09:00"),
    "k3": state("k3", CardStage.REVIEW, 20.0, "2026-02-01T15:00", "2026-03-10T12:00"),
}

# (card, when in UTC, rating, stage before, duration ms, mode)
HISTORY = [
    *[(("k2", f"2025-01-0{day}T15:00"), 3, 2, 1000, "review") for day in range(1, 7)],
    *[(("p5", f"2026-02-0{day}T15:00"), 3, 2, 1000, "review") for day in range(1, 6)],
    (("k3", "2026-02-01T15:00"), 3, 2, 1000, "review"),
    # 03:59 EST on 4 March: still the learner's 3 March.
    (("p1", "2026-03-04T08:59"), 1, 2, 5000, "review"),
    # 04:00 EST on 4 March: the first moment of the 7-day retention window.
    (("k1", "2026-03-04T09:00"), 3, 2, 1000, "review"),
    (("p1", "2026-03-04T09:00"), 3, 3, 1000, "review"),
    (("k1", "2026-03-07T09:30"), 4, 2, 1000, "review"),  # 04:30 EST, 7 March
    (("k1", "2026-03-08T08:30"), 3, 2, 1000, "review"),  # 04:30 EDT, 8 March (03:30 EST)
    (("p2", "2026-03-10T07:59"), 3, 1, 1000, "review"),  # 03:59 EDT: still 9 March
    (("p2", "2026-03-10T08:00"), 3, 2, 4000, "review"),  # 04:00 EDT: today
    (("r1", "2026-03-10T14:00"), 3, 0, 6000, "review"),
    (("p3", "2026-03-10T15:00"), 1, 2, 10000, "review"),
    (("k1", "2026-03-10T15:30"), 1, 2, 3000, "check"),
]


def build_history(path: Path) -> Path:
    """The collection described at the top of this file, as a real collection file."""
    start = utc("2024-12-01T12:00")
    with Store.open(path) as store:
        entries, cards = [], []
        for key, (path_name, position, title, card_ids) in STEPS.items():
            entries.append(
                entry_record(key, title, path_name, position, content_hash=key, file=f"{title}.md")
            )
            for n, card_id in enumerate(card_ids):
                card = Card(
                    id=card_id,
                    kind=CardKind.FAQ,
                    answering=Answering.SELF,
                    prompt=f"Question {card_id}?",
                    answer=f"Answer {card_id}",
                    source=Source(f"{title}.md", "FAQ", n + 1),
                    entry=key.split("/")[1],
                    entry_key=key,
                )
                cards.append((n, card))
        store.save_import(ImportWrite(entries, cards, []), start)
        store.set_settings({BUILTIN_SETTING: GENERATION_VERSION})
        for (card_id, at), rating, before, duration, mode in HISTORY:
            store.record_review(FINAL[card_id], rating, utc(at), duration, CardStage(before), mode)
        store.suspend("p3", utc("2026-03-10T15:00"), reason="leech")
        store.suspend("k3", utc("2026-03-01T12:00"), reason="user")
        attempt = dict(missed_sections=(), started_at=utc("2026-03-09T12:00"))
        store.record_check(
            CheckAttempt(
                0,
                "net/packets",
                finished_at=utc("2026-03-09T12:05"),
                correct=5,
                total=10,
                passed=False,
                **attempt,
            ),
            unlock=[],
            passed=[],
        )
        store.record_check(
            CheckAttempt(
                0,
                "net/packets",
                finished_at=utc("2026-03-10T12:05"),
                correct=9,
                total=10,
                passed=True,
                **attempt,
            ),
            unlock=["net/routing"],
            passed=["net/packets"],
        )
        store.record_check(
            CheckAttempt(
                0,
                "cook/knives",
                finished_at=utc("2026-03-10T12:05"),
                correct=3,
                total=5,
                passed=False,
                **attempt,
            ),
            unlock=[],
            passed=[],
        )
        # p5's source went away: retired, its reviews kept.
        store.save_import(ImportWrite([], [], ["p5"]), utc("2026-03-06T12:00"))
    return path


@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_history(tmp_path_factory.mktemp("stats") / "tutor.sqlite3")


def stats_at(collection: Path, now: datetime = NOW, path: str | None = None, **settings):
    with Store.open(collection) as store:
        values = effective({**store.settings(), **settings})
        return read_stats(store, now, NEW_YORK, values, DECAY, path)


# -- today -------------------------------------------------------------------------------------


def test_today_counts_answers_from_04_00_local_and_checks_too(collection: Path) -> None:
    today = stats_at(collection).today
    assert today.date == TODAY
    # p2 at 04:00 EDT, r1, p3, and the check answer to k1; not p2 at 03:59 EDT.
    assert (today.reviewed, today.right, today.time_ms) == (4, 2, 23000)
    assert today.right_share == 0.5


def test_still_due_is_the_queue_due_before_tomorrow_04_00_overdue_included(
    collection: Path,
) -> None:
    today = stats_at(collection).today
    # p1 (overdue since 1 March) and r1 (due 03:59 EDT tomorrow); not p2 (04:00 EDT
    # tomorrow), not p3 (a suspended leech), not k3 (suspended).
    assert today.still_due == 2


def test_new_left_is_the_smaller_of_the_limit_left_and_the_cards_unlocked(
    collection: Path,
) -> None:
    # p4 and r2 are new and unlocked; s1 is on a locked step.
    assert stats_at(collection).today.new_left == 2
    # r1 was introduced today, so a limit of 2 leaves 1.
    assert stats_at(collection, new_per_day=2).today.new_left == 1
    assert stats_at(collection, new_per_day=1).today.new_left == 0


def test_before_the_day_start_hour_it_is_still_the_same_day(collection: Path) -> None:
    late = stats_at(collection, now=utc("2026-03-11T07:59"))  # 03:59 EDT on 11 March
    assert late.today.date == TODAY
    assert late.today.reviewed == 4
    next_day = stats_at(collection, now=utc("2026-03-11T08:00"))  # 04:00 EDT
    assert next_day.today.date == date(2026, 3, 11)
    assert next_day.today.reviewed == 0
    assert next_day.today.right_share is None
    assert next_day.calendar.current_streak == 4  # ends yesterday: today is not over


def test_a_midnight_day_start_moves_the_03_59_answer_into_today(collection: Path) -> None:
    figures = stats_at(collection, day_start_hour=0)
    assert figures.today.reviewed == 5
    days = dict(figures.calendar.days)
    assert (days[date(2026, 3, 9)], days[date(2026, 3, 10)]) == (0, 5)
    assert figures.calendar.current_streak == 1


# -- forecast ------------------------------------------------------------------------------------


def test_forecast_has_thirty_days_from_today(collection: Path) -> None:
    forecast = stats_at(collection).forecast
    assert [day for day, _ in forecast] == [TODAY + timedelta(days=n) for n in range(30)]
    due = {day: count for day, count in forecast if count}
    # Today: p1 and r1. Tomorrow: p2 at 04:00 EDT. 8 April: k1. k2 (9 April, 05:00 EDT) is
    # the 31st day; p5 is retired; p3 and k3 are suspended.
    assert due == {TODAY: 2, date(2026, 3, 11): 1, date(2026, 4, 8): 1}


# -- retention ------------------------------------------------------------------------------------


def test_true_retention_counts_review_state_answers_of_sessions(collection: Path) -> None:
    figures = stats_at(collection)
    periods = [(r.days, r.answers, r.not_again) for r in figures.retention]
    # 7 days (from 04:00 EST on 4 March): k1 x3, p2, p3 (Again). Not the check, not the
    # learning or new answers. 30 days adds p1's Again at 03:59 EST on 4 March. A year
    # adds p5's five and k3's one in February; k2's in January 2025 are older than a year.
    assert periods == [(7, 5, 4), (30, 6, 4), (365, 12, 10)]
    assert figures.retention[0].share == 0.8
    assert figures.desired_retention == 0.9


def test_retention_with_no_answers_has_no_share(collection: Path) -> None:
    figures = stats_at(collection, now=utc("2027-06-01T12:00"))
    assert [(r.answers, r.share) for r in figures.retention] == [(0, None)] * 3


# -- calendar --------------------------------------------------------------------------------


def test_calendar_counts_each_learner_day_across_the_daylight_saving_change(
    collection: Path,
) -> None:
    calendar = stats_at(collection).calendar
    first = date(2025, 3, 17)
    assert first.weekday() == 0
    assert [day for day, _ in calendar.days] == [
        first + timedelta(days=n) for n in range((TODAY - first).days + 1)
    ]
    busy = {day: count for day, count in calendar.days if count}
    assert busy == {
        date(2026, 2, 1): 2,
        **{date(2026, 2, day): 1 for day in range(2, 6)},
        date(2026, 3, 3): 1,
        date(2026, 3, 4): 2,
        date(2026, 3, 7): 1,
        date(2026, 3, 8): 1,  # 04:30 EDT; with the winter offset it would be 7 March
        date(2026, 3, 9): 1,
        date(2026, 3, 10): 4,
    }
    assert calendar.studied == 11


def test_streaks_current_to_today_and_longest_over_all_history(collection: Path) -> None:
    calendar = stats_at(collection).calendar
    assert calendar.current_streak == 4  # 7-10 March
    assert calendar.longest_streak == 6  # 1-6 January 2025, before the calendar starts


# -- steps and counts ----------------------------------------------------------------------------


def test_per_step_figures(collection: Path) -> None:
    steps = {step.title: step for step in stats_at(collection).steps}
    assert list(steps) == ["Packets", "Routing", "Switching", "Knives"]
    scheduler = make_scheduler(0.9, fuzz=False)

    def mean_recall(*cards: str, unseen: int = 0) -> float:
        # a card still being learnt (p3 relearning, r1 learning) is predicted 0, as unseen
        learnt = [c for c in cards if FINAL[c].stage is CardStage.REVIEW]
        total = sum(retrievability(scheduler, FINAL[c], NOW) for c in learnt)
        return total / (len(cards) + unseen)

    packets = steps["Packets"]
    # p5 is retired and left out; p3 is a suspended leech and counts; p4 is unseen.
    memory = packets.memory
    assert (memory.cards, memory.seen, memory.lapses, memory.leeches) == (4, 3, 9, 1)
    assert memory.mean_stability == pytest.approx((10 + 4 + 2) / 3)
    # recall as in `tutor path`: every live card, the unseen p4 and the relearning p3
    # (just failed) counting as 0
    assert memory.recall == pytest.approx(mean_recall("p1", "p2", "p3", unseen=1), abs=1e-12)
    assert memory.recall < 0.75
    assert (packets.check, packets.last_score) == ("passed", (9, 10))

    routing = steps["Routing"]
    assert (routing.memory.cards, routing.memory.seen, routing.memory.mean_stability) == (2, 1, 1.0)
    # one card seen today and still in its learning steps, one not yet: nothing learnt
    assert routing.memory.recall == 0.0
    assert (routing.check, routing.last_score) == ("not taken", None)

    switching = steps["Switching"]
    assert switching.memory == Memory(cards=1, seen=0, mean_stability=None, recall=0.0)
    assert switching.check == "locked"

    knives = steps["Knives"]
    memory = knives.memory
    assert (memory.cards, memory.seen, memory.lapses, memory.leeches) == (3, 3, 0, 0)
    assert memory.mean_stability == pytest.approx((100 + 50 + 20) / 3)
    assert memory.recall == pytest.approx(mean_recall("k1", "k2", "k3"), abs=1e-12)
    assert (knives.check, knives.last_score) == ("failed", (3, 5))


def test_per_path_figures_add_up_their_steps(collection: Path) -> None:
    paths = {path.name: path for path in stats_at(collection).paths}
    assert list(paths) == ["Networks", "Cooking"]
    networks = paths["Networks"]
    assert (networks.steps, networks.passed) == (3, 1)
    assert (networks.memory.cards, networks.memory.seen, networks.memory.lapses) == (7, 4, 9)
    assert networks.memory.mean_stability == pytest.approx((10 + 4 + 2 + 1) / 4)
    scheduler = make_scheduler(0.9, fuzz=False)
    # the learnt cards' recall over the 7 live ones (p3 relearning and r1 learning: 0)
    expected = sum(retrievability(scheduler, FINAL[c], NOW) for c in ("p1", "p2"))
    assert networks.memory.recall == pytest.approx(expected / 7, abs=1e-12)


def test_counts_by_state_put_each_card_once(collection: Path) -> None:
    counts = stats_at(collection).counts
    assert counts == StateCounts(new=3, learning=1, review=4, relearning=0, suspended=2, retired=1)


# -- one path ------------------------------------------------------------------------------------


def test_path_narrows_every_figure(collection: Path) -> None:
    figures = stats_at(collection, path="Networks")
    assert figures.path == "Networks"
    assert (figures.today.reviewed, figures.today.right, figures.today.time_ms) == (3, 2, 20000)
    assert figures.today.still_due == 2
    assert {day: n for day, n in figures.forecast if n} == {TODAY: 2, date(2026, 3, 11): 1}
    assert [(r.answers, r.not_again) for r in figures.retention] == [(2, 1), (3, 1), (8, 6)]
    assert (figures.calendar.current_streak, figures.calendar.longest_streak) == (2, 5)
    assert [step.title for step in figures.steps] == ["Packets", "Routing", "Switching"]
    assert figures.counts == StateCounts(
        new=3, learning=1, review=2, relearning=0, suspended=1, retired=1
    )


def test_path_names_match_without_case_and_unknown_ones_suggest(collection: Path) -> None:
    assert stats_at(collection, path="cooking").path == "Cooking"
    from tutor.app import UserError

    with pytest.raises(UserError, match="did you mean 'Cooking'"):
        stats_at(collection, path="Cookng")


def test_find_path_and_its_message() -> None:
    assert find_path("networks", ["Networks", "Cooking"]) == "Networks"
    assert find_path("Net", ["Networks"]) is None
    assert "did you mean 'Networks'" in unknown_path_message("Netwroks", ["Networks"])
    assert unknown_path_message("zzz", ["Networks"]) == (
        "--path: no path named 'zzz' (paths: 'Networks')"
    )


# -- the pure parts ------------------------------------------------------------------------------


@pytest.mark.parametrize("stability", [0.1, 1.0, 3.7, 40.0, 900.0])
@pytest.mark.parametrize("days", [0, 1, 5, 30, 400])
def test_recall_is_the_fsrs_retrievability(stability: float, days: int) -> None:
    scheduler = make_scheduler(0.9, fuzz=False)
    seen = CardState(
        "c", CardStage.REVIEW, stability=stability, difficulty=5.0, last_review=NOW, due=NOW
    )
    expected = retrievability(scheduler, seen, NOW + timedelta(days=days, hours=5))
    assert recall(stability, days, DECAY) == pytest.approx(expected, abs=1e-12)


def test_day_starts_follow_the_local_clock_through_daylight_saving() -> None:
    starts = day_starts(date(2026, 3, 7), 2, 4, NEW_YORK)
    as_utc = [datetime.fromtimestamp(ms / 1000, tz=timezone.utc) for ms in starts]
    assert as_utc == [utc("2026-03-07T09:00"), utc("2026-03-08T08:00"), utc("2026-03-09T08:00")]
    kolkata = day_starts(date(2026, 3, 7), 1, 4, ZoneInfo("Asia/Kolkata"))
    assert datetime.fromtimestamp(kolkata[0] / 1000, tz=timezone.utc) == utc("2026-03-06T22:30")


def test_calendar_starts_on_the_monday_51_weeks_before_this_week() -> None:
    assert calendar_first_day(TODAY) == date(2025, 3, 17)
    assert calendar_first_day(date(2026, 3, 9)) == date(2025, 3, 17)  # a Monday
    assert calendar_first_day(date(2026, 3, 15)) == date(2025, 3, 17)  # a Sunday


def test_longest_streak() -> None:
    days = [date(2026, 1, d) for d in (1, 2, 3, 5, 6)] + [date(2025, 12, 31)]
    assert longest_streak(days) == 4
    assert longest_streak([]) == 0
