"""The benchmark command still runs: `python -m bench` end to end on a tiny collection.

Timings are not checked here (nothing in the suite is a timed test); what is checked is
that every benchmark ran and the table a reader of BENCHMARKS.md expects is printed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bench_runs_every_benchmark_on_a_tiny_collection(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench",
            "--scale",
            "0.004",
            "--runs",
            "1",
            "--heavy-runs",
            "1",
            "--answers",
            "3",
            "--no-anki",
            "--out",
            str(tmp_path),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    table = done.stdout
    for row in (
        "| python -c pass |",
        "| bare sqlite3 due query |",
        "| tutor --help |",
        "| tutor review: first card on screen |",
        "| one answer scheduled + committed |",
        "| tutor stats |",
        "| tutor path |",
        "entries (new collection) |",
        "entries again, unchanged |",
        "typical entries (new collection) |",
        "| tutor doctor |",
        "| CSV import of the ",
        "| tutor optimize |",
        "Cost growth",
        "| tutor path | ",
    ):
        assert row in table, f"{row} missing from:\n{table}"
    (results,) = tmp_path.glob("results-*.json")
    measured = {row["name"]: row for row in json.loads(results.read_text())}
    first_card = measured["tutor review: first card on screen"]
    assert first_card["seconds"] and first_card["peak_mib"] > 0
