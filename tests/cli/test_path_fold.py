"""`tutor path` with many steps: every path at once shows where the learner is, each run
of passed or locked steps as one line; one path asked by name shows every step."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pexpect
import pytest

from tests.cli.support import DAY1, child_env, db_path, tutor_command

STEPS = 45


def _entry(n: int) -> str:
    after = f"next: Step {n + 1}\n" if n < STEPS else ""
    return (
        f"---\ntitle: Step {n}\npath: Long Path\nstep: {n}\n{after}---\n# Step {n}\n\n"
        f"## In one sentence\nStep {n} is stage number {n} of a long walk through the hills.\n\n"
        "## Key takeaways\n"
        f"- Rule of thumb: stage {n} starts where the previous stage ended.\n"
        f"- Stage {n} = a walk of about {n + 3} kilometres on marked trails.\n"
    )


def _run(home: Path, *args: str, columns: int = 100) -> str:
    command, *rest = tutor_command()
    env = child_env(home, DAY1) | {"COLUMNS": str(columns)}
    child = pexpect.spawn(
        command, [*rest, *args], env=env, encoding="utf-8", timeout=60, dimensions=(50, columns)
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", child.before).replace("\r\n", "\n")


@pytest.fixture
def long_path(tmp_path: Path) -> Path:
    """A path of 45 steps: the first 20 passed, the 21st being learned, the rest locked."""
    home = tmp_path / "home"
    folder = tmp_path / "long"
    folder.mkdir()
    for n in range(1, STEPS + 1):
        (folder / f"step-{n:02}.md").write_text(_entry(n))
    _run(home, "--create", "import", str(folder))
    conn = sqlite3.connect(db_path(home))
    with conn:
        keys = [
            key
            for (key,) in conn.execute(
                "SELECT e.key FROM entry e JOIN path p ON p.id = e.path_id"
                " WHERE p.name = 'Long Path' ORDER BY e.position"
            )
        ]
        assert len(keys) == STEPS
        conn.executemany(
            "UPDATE entry SET unlocked_at = 1, passed_at = 2 WHERE key = ?",
            [(k,) for k in keys[:20]],
        )
        conn.execute("UPDATE entry SET unlocked_at = 1 WHERE key = ?", (keys[20],))
    conn.close()
    return home


@pytest.mark.parametrize("columns", [80, 100])
def test_every_path_at_once_folds_the_runs_around_where_you_are(
    long_path: Path, columns: int
) -> None:
    screen = _run(long_path, "path", columns=columns)
    lines = screen.splitlines()
    assert all(len(line.rstrip()) <= columns for line in lines), screen
    words = [line.split() for line in lines]
    assert ["1–20", "20", "steps", "passed"] in [w[:4] for w in words]
    assert next([*w[:4], w[4][:2]] for w in words if w[:1] == ["21"]) == [
        "21",
        "Step",
        "21",
        "learning",
        "0/",
    ]
    locked = next(line for line in lines if line.split()[:1] == ["22–45"])
    assert "24 steps" in locked and "locked" in locked and "pass Step 21" in locked
    assert "tutor path NAME shows every step" in screen
    assert len(lines) < 30, screen  # 45 + 8 steps on one screen


def test_one_path_by_name_and_json_show_every_step(long_path: Path) -> None:
    screen = _run(long_path, "path", "long-path", columns=80)
    positions = [line.split()[0] for line in screen.splitlines() if re.match(r"\s*\d+\s", line)]
    assert positions == [str(n) for n in range(1, STEPS + 1)]
    assert "–" not in "".join(positions) and "shows every step" not in screen
    document = json.loads(_run(long_path, "path", "--json"))
    (found,) = [p for p in document["paths"] if p["name"] == "Long Path"]
    assert [s["position"] for s in found["steps"]] == list(range(1, STEPS + 1))
    assert {s["status"] for s in found["steps"]} == {"passed", "learning", "locked"}
