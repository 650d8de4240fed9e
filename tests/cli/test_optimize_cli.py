"""`tutor optimize` and `tutor export revlog` as a learner runs them."""

from __future__ import annotations

import csv
import json
import random
import re
from pathlib import Path

import pytest

from db import Store
from tests.cli.support import DAY1, db_path, keys_for, query
from tutor.app import scheduler_for
from tutor.memory.optimize import card_number, default_parameters
from tutor.memory.simulate import Plan, write_history

# The simulated year starts 2025-01-06; a session just before it has no simulated card
# due, so its first card is a new built-in one, whose Easy interval is w[3] days. (The
# daily new-card count looks at reviews from the day's start on, simulated ones included,
# so the test lifts that limit.)
BEFORE_HISTORY = "2025-01-05T12:00:00+00:00"


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A collection file with about 23,000 simulated reviews (built once, copied per test)."""
    path = tmp_path_factory.mktemp("history") / "tutor.sqlite3"
    with Store.open(path) as store:
        write_history(store, Plan(cards=2000, new_per_day=20, days=365, seed=11))
    return path.read_bytes()


@pytest.fixture
def learner(home: Path, history: bytes) -> Path:
    home.mkdir(parents=True, exist_ok=True)
    db_path(home).write_bytes(history)
    return home


def saved_parameters(home: Path) -> object:
    rows = query(home, "SELECT value FROM setting WHERE key = 'fsrs_parameters'")
    return json.loads(str(rows[0][0])) if rows else None


def easy_days(output: str) -> list[int]:
    """The Easy intervals shown beside the ratings, in days."""
    found = [int(days) for days in re.findall(r"4 Easy (\d+)d", output)]
    assert found, output
    return found


def test_optimize_fits_saves_and_the_next_review_uses_the_parameters(run, learner: Path) -> None:
    # py-fsrs fuzzes the intervals it shows with the global generator: seeded, the test
    # is repeatable. A new card's Easy interval is w[3] days, fuzzed: 6-11 days with the
    # default 8.3, 10-15 with this learner's fitted 12.4; five cards tell them apart.
    random.seed(6)
    assert run("config", "new_per_day", "9999").exit_code == 0
    before = easy_days(
        run("review", keys=keys_for(learner, 5, BEFORE_HISTORY) + "q", now=BEFORE_HISTORY).output
    )
    assert max(before) <= 11 and min(before) < 10

    result = run("optimize")
    assert result.exit_code == 0, result.output
    assert "current (default)" in result.output and "fitted" in result.output
    assert "log loss" in result.output and "RMSE" in result.output
    assert "Saved" in result.output
    saved = saved_parameters(learner)
    assert isinstance(saved, list) and len(saved) == 21
    with Store.open(db_path(learner)) as store:
        assert list(scheduler_for(store).parameters) == saved
    assert saved[3] > default_parameters()[3] + 3

    after = run("review", keys=keys_for(learner, 5, BEFORE_HISTORY) + "q", now=BEFORE_HISTORY)
    assert after.exit_code == 0, after.output
    shown = easy_days(after.output)
    assert min(shown) >= 10 and max(shown) > 11


def test_a_fit_that_is_not_better_keeps_the_current_parameters(run, learner: Path) -> None:
    assert run("optimize").exit_code == 0
    first = saved_parameters(learner)
    again = run("optimize", "--json")
    assert again.exit_code == 0
    report = json.loads(again.output)
    assert report["current"]["default"] is False
    assert report["saved"] is (report["fitted"]["log_loss"] < report["current"]["log_loss"])
    if not report["saved"]:
        assert saved_parameters(learner) == first


def test_optimize_json_reports_both_scores(run, learner: Path) -> None:
    result = run("optimize", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["reviews"] >= 20_000 and report["predictions"] > 0
    assert report["fitted"]["log_loss"] < report["current"]["log_loss"]
    assert report["current"]["default"] is True and report["saved"] is True
    assert len(report["fitted"]["parameters"]) == 21


def test_reset_goes_back_to_the_defaults(run, learner: Path) -> None:
    run("optimize")
    assert saved_parameters(learner) is not None
    result = run("optimize", "--reset")
    assert result.exit_code == 0
    assert "default parameters" in result.output
    with Store.open(db_path(learner)) as store:
        assert tuple(scheduler_for(store).parameters) == default_parameters()


def test_too_little_history_says_how_much_more(run, home: Path) -> None:
    run("review", keys=keys_for_first_use(run, home), now=DAY1)
    result = run("optimize", now=DAY1)
    assert result.exit_code == 0, result.output
    assert "Not enough history" in result.output
    assert re.search(r"needs 64, so \d+ more", " ".join(result.output.split()))
    assert saved_parameters(home) is None
    report = json.loads(run("optimize", "--json", now=DAY1).output)
    assert report["saved"] is False and report["missing"] > 0


def keys_for_first_use(run, home: Path) -> str:  # type: ignore[no-untyped-def]
    run("config")
    return keys_for(home, 3) + "q"


def test_retention_shows_the_trade_off_and_a_suggestion(run, learner: Path) -> None:
    result = run("optimize", "--retention")
    assert result.exit_code == 0, result.output
    for value in ("0.80", "0.85", "0.90", "0.95"):
        assert value in result.output
    assert "reviews/day" in result.output and "remembered" in result.output
    assert "Suggested:" in result.output
    report = json.loads(run("optimize", "--retention", "--json").output)
    shown = [choice["retention"] for choice in report["choices"]]
    assert shown == sorted(shown) and 0.70 <= report["suggested"] <= 0.95
    costs = [choice["reviews_per_day"] for choice in report["choices"]]
    assert costs == sorted(costs)  # more retention, more reviews


def test_retention_and_reset_together_is_a_usage_error(run, home: Path) -> None:
    result = run("optimize", "--retention", "--reset")
    assert result.exit_code == 2
    assert "do not go together" in result.output


def test_export_revlog_writes_the_optimizer_columns(run, learner: Path, tmp_path: Path) -> None:
    target = tmp_path / "revlog.csv"
    result = run("export", "revlog", str(target))
    assert result.exit_code == 0, result.output
    with target.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == [
        "card_id",
        "review_time",
        "review_rating",
        "review_state",
        "review_duration",
    ]
    stored = query(
        learner,
        "SELECT card_id, reviewed_at, rating, state_before, duration_ms FROM review"
        " ORDER BY reviewed_at, id",
    )
    assert len(rows) == len(stored)
    for row, (card, at, rating, state, duration) in zip(rows[:500], stored[:500], strict=True):
        assert int(row["card_id"]) == card_number(str(card))
        assert (int(row["review_time"]), int(row["review_rating"])) == (at, rating)
        assert (int(row["review_state"]), int(row["review_duration"])) == (state, duration)
    assert f"{len(rows):,} reviews" in result.output


def test_export_revlog_refuses_to_overwrite_without_force(
    run, learner: Path, tmp_path: Path
) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "revlog.csv"
    target.write_text("mine\n")
    refused = run("export", "revlog", str(target))
    assert refused.exit_code == 1
    assert "already exists" in refused.output and "--force" in refused.output
    assert target.read_text() == "mine\n"
    forced = run("export", "revlog", str(target), "--force")
    assert forced.exit_code == 0
    assert target.read_text().startswith("card_id,review_time")
    assert [path.name for path in target.parent.iterdir()] == ["revlog.csv"]  # no temp left


def test_export_revlog_to_a_missing_folder_fails_cleanly(run, home: Path, tmp_path: Path) -> None:
    result = run("export", "revlog", str(tmp_path / "nowhere" / "revlog.csv"))
    assert result.exit_code == 1
    assert "no such folder" in result.output
    assert "Traceback" not in result.output


def test_export_revlog_help_says_how_card_ids_are_made(run) -> None:
    result = run("export", "revlog", "--help")
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert "integer" in text and "SHA-256" in text and "--force" in text
    assert run("optimize", "--help").exit_code == 0


def test_doctor_finds_nothing_wrong_after_optimize_saves_new_parameters(run, learner: Path) -> None:
    # Card states were scheduled under the old parameters; the replay must use them for
    # the reviews made before the change, or every card would look damaged. (The
    # simulator stores the states its "true" parameters give, so the collection is first
    # brought to what the defaults give.)
    assert run("doctor", "--fix").exit_code == 0
    fitted = run("optimize", "--json", now="2026-01-10T12:00:00+00:00")
    assert json.loads(fitted.stdout)["saved"] is True
    doctor = run("doctor", "--json", now="2026-01-10T12:05:00+00:00")
    assert doctor.exit_code == 0, doctor.output
    reset = run("optimize", "--reset", now="2026-01-10T12:10:00+00:00")
    assert reset.exit_code == 0
    assert run("doctor", now="2026-01-10T12:15:00+00:00").exit_code == 0
