"""Run every benchmark on the generated collection and print the table.

    python -m bench [--scale 1.0] [--runs 7] [--heavy-runs 3] [--no-anki] [--out DIR]

Floors and the peer are measured in the same run: `python -c pass` for whole processes,
a bare sqlite3 query for the due cards, and Anki's engine on a collection of the same
size. Each figure is the median of separate runs, with the fastest and slowest, the peak
memory of the measured process, the target from DESIGN.md, and its ratio to the floor
and to Anki. Results are also written to OUT/results-<collection>.json and .md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from bench import measure
from bench.collection import OUT, Built, Spec, build
from bench.measure import Figure, child_env, tutor_argv

PEAK_TARGET_MIB = 200.0
CARD_ON_SCREEN = r"learn\S*\s+\S*\d"  # the tally under the card panel: the card is drawn


@dataclass(frozen=True)
class Row:
    """How one figure is judged: its target in seconds, its floor and its peer."""

    figure: Figure
    target: float | None = None
    floor: Figure | None = None
    peer: Figure | None = None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="tutor benchmarks (see BENCHMARKS.md)")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0: 100k cards, 1M reviews")
    parser.add_argument("--runs", type=int, default=7, help="runs of each quick benchmark")
    parser.add_argument("--heavy-runs", type=int, default=3, help="runs of import, optimize")
    parser.add_argument("--answers", type=int, default=200, help="answers timed in-process")
    parser.add_argument("--no-anki", action="store_true", help="leave out the Anki peer")
    parser.add_argument("--out", type=Path, default=OUT, help="cache and results folder")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if a target is missed (for scripts)"
    )
    args = parser.parse_args(argv)

    log = _log
    spec = Spec(args.scale)
    log(f"collection {spec.key} (in {args.out})")
    built = build(spec, args.out, log)
    log(
        f"  {built.entries} entries, {built.cards:,} cards, {built.reviews:,} reviews"
        f" (built in {built.seconds} s)"
    )
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="tutor-bench-") as scratch:
        rows = _measure(args, spec, built, Path(scratch), log)
    # Other work on the machine shows in every figure: say how busy it was.
    load = f"load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end"
    table = render(rows, built, load)
    print()
    print(table)
    _save(args.out, spec, built, rows, table)
    missed = [row for row in rows if _verdict(row) == "MISSED"]
    return 1 if missed and args.check else 0


def _measure(
    args: argparse.Namespace, spec: Spec, built: Built, scratch: Path, log: Callable[[str], None]
) -> list[Row]:
    runs, heavy = args.runs, args.heavy_runs
    home = scratch / "home"
    env = child_env({"TUTOR_HOME": str(home), "TUTOR_NOW": built.now})

    def fresh_copy() -> None:
        home.mkdir(exist_ok=True)
        for stale in home.glob("tutor.sqlite3*"):
            stale.unlink()
        shutil.copyfile(built.db, home / "tutor.sqlite3")

    fresh_copy()
    measure.run_once(tutor_argv("--help"), env)  # writes bytecode caches before timing
    log("floors")
    python = measure.processes("python -c pass", [sys.executable, "-c", "pass"], runs, env)
    now = datetime.fromisoformat(built.now.replace("Z", "+00:00"))
    before = round((now + timedelta(days=1)).timestamp() * 1000)
    bare = measure.processes(
        "bare sqlite3 due query",
        [
            sys.executable,
            str(measure.ROOT / "bench" / "probes.py"),
            "floor",
            str(home / "tutor.sqlite3"),
            str(before),
            "5000",
        ],
        runs,
        env,
    )
    peer_first, peer_answer, peer_answer_only = _anki(args, spec, built, scratch, env, log)

    log("tutor --help")
    rows = [Row(python), Row(bare)]
    rows.append(
        Row(measure.processes("tutor --help", tutor_argv("--help"), runs, env), 0.120, python)
    )
    log("first card on screen")
    first = measure.first_screen(
        "tutor review: first card on screen", tutor_argv("review"), runs, env, CARD_ON_SCREEN
    )
    rows.append(Row(first, 0.400, bare, peer_first))
    if peer_first is not None:
        rows.append(Row(peer_first, None, bare))
    log("answers")
    fresh_copy()
    commit, _ = measure.probe(
        "commit alone (Store.record_review)",
        [
            sys.executable,
            "-m",
            "bench.probes",
            "write",
            str(home / "tutor.sqlite3"),
            built.now,
            str(args.answers),
        ],
        env,
    )
    fresh_copy()
    answer, _ = measure.probe(
        "one answer scheduled + committed",
        [
            sys.executable,
            "-m",
            "bench.probes",
            "answer",
            str(home / "tutor.sqlite3"),
            built.now,
            str(args.answers),
        ],
        env,
    )
    rows.append(Row(answer, 0.005, commit, peer_answer_only))
    rows.append(Row(commit))
    if peer_answer is not None and peer_answer_only is not None:
        rows.append(Row(peer_answer_only))
        rows.append(Row(peer_answer))
    fresh_copy()
    for command, target in (("stats", 1.0), ("path", None)):
        log(f"tutor {command}")
        rows.append(Row(_command(command, runs, env), target, python))
    log("import")
    rows += _imports(built, heavy, scratch, env, python)
    log("tutor optimize")
    rows.append(Row(_command("optimize", heavy, env, before_each=fresh_copy), 30.0, python))
    return rows


def _command(
    name: str, runs: int, env: dict[str, str], before_each: Callable[[], None] | None = None
) -> Figure:
    """`tutor NAME` on the big collection, or a skipped figure if the command is not there."""
    title = f"tutor {name}"
    try:
        measure.run_once(tutor_argv(name, "--help"), env)
    except measure.BenchError:
        return Figure(title, skipped="command not in this checkout yet")
    return measure.processes(title, tutor_argv(name), runs, env, before_each)


def _imports(
    built: Built, runs: int, scratch: Path, env: dict[str, str], python: Figure
) -> list[Row]:
    target = scratch / "import-home"
    import_env = {**env, "TUTOR_HOME": str(target)}

    def empty() -> None:
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir()

    argv = tutor_argv("import", str(built.entries_dir))
    first = measure.processes(
        f"import {built.entries:,} entries (new collection)", argv, runs, import_env, empty
    )
    again = measure.processes(
        f"import {built.entries:,} entries again, unchanged", argv, runs, import_env
    )
    return [Row(first, 5.0, python), Row(again, 1.5, python)]


def _anki(
    args: argparse.Namespace,
    spec: Spec,
    built: Built,
    scratch: Path,
    env: dict[str, str],
    log: Callable[[str], None],
) -> tuple[Figure | None, Figure | None, Figure | None]:
    if args.no_anki:
        return None, None, None
    try:
        import anki  # noqa: F401
    except ImportError:
        log("anki is not installed (pip install -e '.[bench]'): the peer is left out")
        return None, None, None
    from bench import anki_peer

    log("anki peer")
    peer = anki_peer.build(built, spec.new_per_day, log)
    copy = anki_peer.prepare(peer, scratch / "anki" / "collection.anki2")
    first = measure.first_screen(
        "Anki: open + first card",
        [sys.executable, "-m", "bench.anki_peer", "first-card", str(copy)],
        args.runs,
        env,
        "ANKI-CARD-SHOWN",
    )
    copy = anki_peer.prepare(peer, scratch / "anki" / "collection.anki2")
    both, values = measure.probe(
        "Anki: fetch + answer",
        [sys.executable, "-m", "bench.anki_peer", "answer", str(copy), str(args.answers)],
        env,
    )
    alone = Figure("Anki: answer alone", list(values["answer_only"]), both.peak_mib)
    return first, both, alone


# -- the table -------------------------------------------------------------------------------


def _verdict(row: Row) -> str:
    figure = row.figure
    if figure.skipped:
        return "not measured"
    if row.target is None:
        return ""
    over_memory = figure.peak_mib is not None and figure.peak_mib >= PEAK_TARGET_MIB
    return "met" if figure.median < row.target and not over_memory else "MISSED"


def _time(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 0.001:
        return f"{seconds * 1000:.0f} ms" if seconds >= 0.01 else f"{seconds * 1000:.1f} ms"
    return f"{seconds * 1_000_000:.0f} µs"


def _ratio(figure: Figure, other: Figure | None) -> str:
    if other is None or figure.skipped or other.skipped or not other.seconds:
        return ""
    return f"{figure.median / other.median:.1f}× {_short(other.name)}"


def _short(name: str) -> str:
    return {
        "python -c pass": "python",
        "bare sqlite3 due query": "sqlite",
        "commit alone (Store.record_review)": "commit",
    }.get(name, "Anki")


def render(rows: list[Row], built: Built, load: str) -> str:
    """The results as a Markdown table (readable as plain text too)."""
    head = (
        f"{built.entries:,} entries · {built.cards:,} cards · {built.reviews:,} reviews; "
        f"medians of separate runs; {os.cpu_count()} cores, {load}"
    )
    lines = [
        head,
        "",
        "| benchmark | median | min – max | peak RSS | target | verdict | vs floor | vs Anki |",
        "|---|---:|---:|---:|---:|---|---|---|",
    ]
    for row in rows:
        figure = row.figure
        if figure.skipped:
            target = _time(row.target) if row.target else ""
            lines.append(f"| {figure.name} | – | – | – | {target} | {figure.skipped} | | |")
            continue
        spread = f"{_time(figure.low)} – {_time(figure.high)}"
        peak = f"{figure.peak_mib:.0f} MiB" if figure.peak_mib else ""
        target = f"< {_time(row.target)}" if row.target else ""
        lines.append(
            f"| {figure.name} | {_time(figure.median)} | {spread} | {peak} | {target} |"
            f" {_verdict(row)} | {_ratio(figure, row.floor)} | {_ratio(figure, row.peer)} |"
        )
    notes = [row.figure.note for row in rows if row.figure.note]
    if notes:
        lines += ["", *(f"- {note}" for note in dict.fromkeys(notes))]
    return "\n".join(lines)


def _save(out: Path, spec: Spec, built: Built, rows: list[Row], table: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / f"results-{spec.key}.md").write_text(table + "\n")
    data = [
        {
            "name": row.figure.name,
            "seconds": row.figure.seconds,
            "peak_mib": row.figure.peak_mib,
            "target": row.target,
            "verdict": _verdict(row),
            "skipped": row.figure.skipped,
        }
        for row in rows
    ]
    (out / f"results-{spec.key}.json").write_text(json.dumps(data, indent=2))


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
