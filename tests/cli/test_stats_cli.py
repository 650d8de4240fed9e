"""`tutor stats` through the CLI, and the rendered screen against reviewed snapshots.

The snapshots in tests/cli/snapshots/ were read by eye. After a deliberate change of the
screen, regenerate them with `UPDATE_SNAPSHOTS=1 python -m pytest tests/cli/test_stats_cli.py`
and read the diff before committing.
"""

from __future__ import annotations

import io
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console

from tests.cli.support import DAY1, DAY2, db_path, keys_for, query
from tests.tutor.test_stats import NOW, build_history, stats_at
from tutor.progress.stats_view import stats_view

SNAPSHOTS = Path(__file__).parent / "snapshots"
NOW_ISO = NOW.isoformat()


@pytest.fixture
def new_york() -> Iterator[None]:
    """The process's local time zone is New York (what `tutor.app.zone()` reads)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture
def history(home: Path) -> Path:
    """The known history of tests/tutor/test_stats.py as the learner's collection."""
    return build_history(db_path(home))


def render(collection: Path, colour: bool, width: int = 80) -> str:
    console = Console(
        file=io.StringIO(),
        width=width,
        force_terminal=colour,
        color_system="truecolor" if colour else None,
        no_color=not colour,
    )
    console.print(stats_view(stats_at(collection)))
    return console.file.getvalue()  # type: ignore[attr-defined]


def matches_snapshot(name: str, rendered: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_text(rendered, encoding="utf-8")
    assert path.exists(), f"no snapshot {path}; run with UPDATE_SNAPSHOTS=1 and review it"
    assert rendered == path.read_text(encoding="utf-8")


def test_screen_without_colour_matches_its_snapshot_and_fits_80_columns(
    history: Path,
) -> None:
    screen = render(history, colour=False)
    assert "\x1b" not in screen
    assert max(len(line) for line in screen.splitlines()) <= 80
    # The charts read without colour: bars and shades are characters.
    assert "█" in screen and "░" in screen
    matches_snapshot("stats_plain.txt", screen)


def test_a_narrow_terminal_gets_charts_and_tables_that_fit_it(history: Path) -> None:
    # A new user's 60-column pane: every row of the 30-day forecast wrapped onto a second
    # line, its axis too. The charts now drop their far end and say so.
    wide = render(history, colour=False)
    assert "shown; a wider terminal shows them all" not in wide
    for width in (60, 50):
        screen = render(history, colour=False, width=width)
        lines = screen.splitlines()
        start = next(n for n, line in enumerate(lines) if line.startswith("Next 30 days"))
        chart = lines[start : lines.index("", start)]
        assert "the first" in chart[1] and "days shown" in chart[1]
        bars = [line for line in chart if "│" in line]
        assert len(bars) == 6  # BAR_HEIGHT rows, none wrapped
        assert max(len(line.rstrip()) for line in chart) <= width
        calendar = next(n for n, line in enumerate(lines) if line.startswith("Last 5"))
        rows = [line for line in lines[calendar:] if line.startswith(("  Mon", "  Wed", "  Sun"))]
        assert len(rows) == 3 and max(len(line.rstrip()) for line in rows) <= width
        # the steps table keeps whole headers: 'car…', 'sta…' said nothing
        headers = [line.split() for line in lines if line.lstrip().startswith(("step ", "path "))]
        assert headers and all(
            header[1:] == ["cards", "seen", "recall", "check"] for header in headers
        ), headers
        assert "stability, lapses and leeches on a wider terminal" in " ".join(screen.split())
    assert "stability, lapses and leeches on a wider terminal" not in " ".join(wide.split())


def test_screen_with_colour_matches_its_snapshot(
    history: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    screen = render(history, colour=True)
    assert "\x1b[" in screen
    matches_snapshot("stats_colour.ansi", screen)


def test_stats_shows_the_figures_of_the_history(run, history: Path, new_york: None) -> None:
    result = run("stats", now=NOW_ISO)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Tue 10 Mar 2026 (days start at 04:00)" in out
    assert "reviewed 4 · accuracy 50% · time 23s · still due 2 · new left 2" in out
    assert "80.0%" in out and "66.7%" in out and "83.3%" in out
    assert "streak 4 days · longest 6 days" in out
    assert "passed 9/10" in out and "failed 3/5" in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_json_has_every_figure(run, history: Path, new_york: None) -> None:
    result = run("stats", "--json", now=NOW_ISO)
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["date"] == "2026-03-10"
    assert figures["today"] == {
        "reviewed": 4,
        "right": 2,
        "right_share": 0.5,
        "time_ms": 23000,
        "still_due": 2,
        "new_left": 2,
    }
    assert [day["due"] for day in figures["forecast"]][:2] == [2, 1]
    assert len(figures["forecast"]) == 30
    assert figures["retention"]["desired"] == 0.9
    assert [(p["days"], p["answers"], p["not_again"]) for p in figures["retention"]["periods"]] == [
        (7, 5, 4),
        (30, 6, 4),
        (365, 12, 10),
    ]
    calendar = figures["calendar"]
    assert (calendar["current_streak"], calendar["longest_streak"]) == (4, 6)
    assert calendar["days"][-1] == {"date": "2026-03-10", "answers": 4}
    assert [step["title"] for step in figures["steps"]] == [
        "Packets",
        "Routing",
        "Switching",
        "Knives",
    ]
    assert figures["steps"][0]["check"] == "passed"
    assert figures["steps"][0]["last_score"] == {"correct": 9, "total": 10}
    assert [path["name"] for path in figures["paths"]] == ["Networks", "Cooking"]
    assert figures["counts"] == {
        "new": 3,
        "learning": 1,
        "review": 4,
        "relearning": 0,
        "suspended": 2,
        "flagged": 0,
        "retired": 1,
    }


def test_a_flagged_card_has_its_own_column_not_new(
    run, home: Path, history: Path, new_york: None
) -> None:
    """`tutor stats` "Cards by state" counted a flagged card as new."""
    before = json.loads(run("stats", "--json", now=NOW_ISO).output)["counts"]
    (card_id,) = next(
        iter(
            query(
                home,
                "SELECT c.id FROM card c JOIN card_state s ON s.card_id = c.id"
                " WHERE s.state = 0 AND c.suspended_at IS NULL AND c.retired_at IS NULL",
            )
        )
    )
    assert run("cards", "flag", card_id, now=NOW_ISO).exit_code == 0
    after = json.loads(run("stats", "--json", now=NOW_ISO).output)["counts"]
    assert after == before | {"new": before["new"] - 1, "flagged": 1}
    shown = run("stats", now=NOW_ISO).output
    assert "flagged" in shown


def test_path_narrows_the_screen(run, history: Path, new_york: None) -> None:
    result = run("stats", "--path", "networks", now=NOW_ISO)
    assert result.exit_code == 0, result.output
    assert "Progress · Networks" in result.output
    assert "Knives" not in result.output and "Packets" in result.output
    assert "reviewed 3 · accuracy 67%" in result.output


def test_unknown_path_suggests_the_closest_and_exits_1(run, history: Path) -> None:
    result = run("stats", "--path", "Cookng", now=NOW_ISO)
    assert result.exit_code == 1
    assert "tutor: --path: no path named 'Cookng'; did you mean 'Cooking'?" in result.output
    assert "Traceback" not in result.output


def test_stats_after_a_real_session(run, home: Path, new_york: None) -> None:
    run("config")  # first use imports the built-in path
    review = run("review", keys=keys_for(home, 3) + "q", now=DAY1)
    assert review.exit_code == 0, review.output
    figures = json.loads(run("stats", "--json", now=DAY1).output)
    assert figures["today"]["reviewed"] == 3
    assert figures["today"]["right"] == 3
    # The daily limit of 20, or fewer when the first step has fewer new cards.
    assert figures["today"]["new_left"] == min(20, figures["steps"][0]["cards"]) - 3
    cards = query(home, "SELECT count(*) FROM card")[0][0]
    assert sum(figures["counts"].values()) == cards
    assert figures["counts"]["new"] == cards - 3
    assert figures["steps"][0]["seen"] == 3
    assert figures["calendar"]["current_streak"] == 1
    assert figures["retention"]["periods"][0]["answers"] == 0  # no card was in review yet
    screen = run("stats", now=DAY1).output
    assert "1 day studied · streak 1 day · longest 1 day" in screen
    assert "reviewed 3 · accuracy 100%" in screen


def test_stats_help(run) -> None:
    result = run("stats", "--help")
    assert result.exit_code == 0
    assert "--path" in result.output and "--json" in result.output


def new_today(run, now: str) -> tuple[int, int]:
    """(new cards `tutor` says today holds, `new_left` of `tutor stats --json`)."""
    import re

    home_screen = run(now=now).output
    found = re.search(r"Today: [^\n]*?(\d+) new", home_screen)
    assert found, home_screen
    figures = json.loads(run("stats", "--json", now=now).output)
    return int(found.group(1)), figures["today"]["new_left"]


def due_today(run, now: str) -> tuple[int, int, int]:
    """(cards `tutor` says are due, learning and reviews, `still_due` of `tutor stats
    --json`, its forecast's first day)."""
    import re

    found = re.search(r"Today: (?:(\d+) learning, )?(\d+) due", run(now=now).output)
    assert found
    figures = json.loads(run("stats", "--json", now=now).output)
    shown = int(found.group(1) or 0) + int(found.group(2))
    return shown, figures["today"]["still_due"], figures["forecast"][0]["due"]


def test_still_due_leaves_out_a_hidden_path_as_tutor_does(run, home: Path) -> None:
    run("config")
    assert run("review", keys=keys_for(home, 3) + "q", now=DAY1).exit_code == 0
    later = "2026-03-02T09:30:00+00:00"  # the three are due again after ten minutes
    assert due_today(run, later) == (3, 3, 3)
    assert run("path", "hide", "system-basics").exit_code == 0
    assert due_today(run, later) == (0, 0, 0)


def test_new_left_is_what_the_review_would_bring_as_tutor_says(run, home: Path) -> None:
    assert run("config", "new_per_day", "4").exit_code == 0
    assert new_today(run, DAY1) == (4, 4)
    review = run("review", keys=keys_for(home, 3) + "q", now=DAY1)
    assert review.exit_code == 0, review.output
    assert new_today(run, DAY1) == (1, 1)
    # The one new card the limit still lets in is flagged: no review will bring it.
    ((waiting,),) = query(
        home,
        "SELECT c.id FROM card c JOIN card_state s ON s.card_id = c.id JOIN entry e"
        " ON e.key = c.entry_key WHERE s.state = 0 AND e.unlocked_at IS NOT NULL"
        " AND c.retired_at IS NULL ORDER BY e.position, c.position LIMIT 1",
    )
    assert run("cards", "flag", str(waiting)).exit_code == 0
    assert new_today(run, DAY1) == (1, 1)  # another new card takes its place
    # At the daily limit: nothing new until tomorrow, in both.
    review = run("review", keys=keys_for(home, 1) + "q", now=DAY1)
    assert review.exit_code == 0, review.output
    assert new_today(run, DAY1) == (0, 0)
    assert new_today(run, DAY2)[0] == new_today(run, DAY2)[1] == 4


def test_new_left_leaves_out_hidden_paths_and_flagged_cards(run, home: Path) -> None:
    assert run("config", "new_per_day", "50").exit_code == 0
    ((unlocked,),) = query(
        home,
        "SELECT count(*) FROM card c JOIN entry e ON e.key = c.entry_key"
        " WHERE e.unlocked_at IS NOT NULL AND c.retired_at IS NULL",
    )
    assert unlocked < 50  # only Frontend is open: fewer new cards than the daily limit
    ids = [
        row[0]
        for row in query(
            home,
            "SELECT c.id FROM card c JOIN entry e ON e.key = c.entry_key"
            " WHERE e.unlocked_at IS NOT NULL AND c.retired_at IS NULL LIMIT 2",
        )
    ]
    assert run("cards", "flag", *map(str, ids)).exit_code == 0
    assert new_today(run, DAY1) == (unlocked - 2, unlocked - 2)
    assert run("path", "hide", "system-basics").exit_code == 0
    assert new_today(run, DAY1) == (0, 0)
