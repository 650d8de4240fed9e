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

PEAK_TARGET_MIB = 150.0  # every command (issue 17)
P99_TARGET = 0.005  # one answer committed
CARD_ON_SCREEN = r"learn\S*\s+\S*\d"  # the tally under the card panel: the card is drawn
GROWTH_SHARES = (0.01, 0.1)  # of the main collection: 1k and 10k cards beside 100k


@dataclass(frozen=True)
class Row:
    """How one figure is judged: a target in seconds and/or as ratios to its floor and its
    peer (Anki), each measured in the same run; every tutor figure also has a memory goal."""

    figure: Figure
    target: float | None = None
    floor: Figure | None = None
    peer: Figure | None = None
    floor_goal: float | None = None  # at most this many times the floor
    peer_goal: float | None = None  # at most this many times Anki
    p99: bool = False  # judged on its 99th percentile too (in-process answers)
    tutor: bool = True  # a tutor command: held to the memory goal


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="tutor benchmarks (see BENCHMARKS.md)")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0: 100k cards, 1M reviews")
    parser.add_argument("--runs", type=int, default=7, help="runs of each quick benchmark")
    parser.add_argument("--heavy-runs", type=int, default=3, help="runs of import, optimize")
    parser.add_argument("--answers", type=int, default=200, help="answers timed in-process")
    parser.add_argument("--no-anki", action="store_true", help="leave out the Anki peer")
    parser.add_argument(
        "--no-growth", action="store_true", help="leave out the 1%% and 10%% collections"
    )
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
        grown = "" if args.no_growth else growth(args, built, Path(scratch), log)
    # Other work on the machine shows in every figure: say how busy it was.
    load = f"load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end"
    table = render(rows, built, load)
    if grown:
        table += "\n\nCost growth (medians, same run):\n\n" + grown
    print()
    print(table)
    _save(args.out, spec, built, rows, table)
    missed = [row for row in rows if _verdict(row).startswith("MISSED")]
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
    measure.warm(env)  # bytecode caches written before anything is timed
    log("floors")
    python = measure.processes("python -c pass", [measure.python(), "-c", "pass"], runs, env)
    bare = _bare_sqlite(built, home, runs, env)
    peer = _Peer(args, spec, built, scratch, env, log)

    log("tutor --help")
    rows = [Row(python, tutor=False), Row(bare, tutor=False)]
    rows.append(
        Row(
            measure.processes("tutor --help", tutor_argv("--help"), runs, env),
            floor=python,
            floor_goal=3.0,
        )
    )
    log("first card on screen")
    first = measure.first_screen(
        "tutor review: first card on screen", tutor_argv("review"), runs, env, CARD_ON_SCREEN
    )
    rows.append(Row(first, floor=bare, peer=peer.first, peer_goal=0.7))
    rows += peer.row(peer.first, bare)
    log("answers")
    fresh_copy()
    commit, _ = measure.probe(
        "commit alone (Store.record_review)", _probe("write", home, built, args), env
    )
    fresh_copy()
    answer, _ = measure.probe(
        "one answer scheduled + committed", _probe("answer", home, built, args), env
    )
    rows.append(Row(answer, floor=commit, peer=peer.answer_only, peer_goal=1.0, p99=True))
    rows.append(Row(commit, p99=True))
    rows += peer.row(peer.answer_only)
    rows += peer.row(peer.answer)
    fresh_copy()
    for command in ("stats", "path"):
        log(f"tutor {command}")
        rows.append(Row(_command(command, runs, env), floor=python, peer=peer.stats, peer_goal=0.7))
    rows += peer.row(peer.stats, python)
    log("tutor doctor")
    doctor = _command("doctor", heavy, env, before_each=fresh_copy, allowed_exit=(0, 1))
    rows.append(Row(doctor, floor=python, peer=peer.check, peer_goal=1.0))
    rows += peer.row(peer.check, python)
    log("import")
    rows += _imports(built, heavy, scratch, env, python)
    rows.append(_typical_import(spec, heavy, scratch, env, python))
    log("CSV import")
    rows.append(_csv_import(built, heavy, scratch, env, python, peer))
    rows += peer.row(peer.csv_import, python)
    log("tutor optimize")
    fresh_copy()
    rows.append(Row(_command("optimize", heavy, env, before_each=fresh_copy), 30.0, python))
    return rows


def _bare_sqlite(built: Built, home: Path, runs: int, env: dict[str, str]) -> Figure:
    now = datetime.fromisoformat(built.now.replace("Z", "+00:00"))
    before = round((now + timedelta(days=1)).timestamp() * 1000)
    return measure.processes(
        "bare sqlite3 due query",
        [
            measure.python(),
            str(measure.ROOT / "bench" / "probes.py"),
            "floor",
            str(home / "tutor.sqlite3"),
            str(before),
            "5000",
        ],
        runs,
        env,
    )


def _probe(kind: str, home: Path, built: Built, args: argparse.Namespace) -> list[str]:
    return [
        measure.python(),
        "-m",
        "bench.probes",
        kind,
        str(home / "tutor.sqlite3"),
        built.now,
        str(args.answers),
    ]


def _command(
    name: str,
    runs: int,
    env: dict[str, str],
    before_each: Callable[[], None] | None = None,
    allowed_exit: tuple[int, ...] = (0,),
) -> Figure:
    """`tutor NAME` on the big collection, or a skipped figure if the command is not there."""
    title = f"tutor {name}"
    try:
        measure.run_once(tutor_argv(name, "--help"), env)
    except measure.BenchError:
        return Figure(title, skipped="command not in this checkout yet")
    return measure.processes(title, tutor_argv(name), runs, env, before_each, allowed_exit)


def _emptied(target: Path) -> Callable[[], None]:
    """What runs before each timed import: `target`, the new collection's home, emptied."""

    def empty() -> None:
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir()

    return empty


def _imports(
    built: Built, runs: int, scratch: Path, env: dict[str, str], python: Figure
) -> list[Row]:
    target = scratch / "import-home"
    import_env = {**env, "TUTOR_HOME": str(target)}

    empty = _emptied(target)

    argv = tutor_argv("import", str(built.entries_dir))
    first = measure.processes(
        f"import {built.entries:,} entries (new collection)", argv, runs, import_env, empty
    )
    again = measure.processes(
        f"import {built.entries:,} entries again, unchanged", argv, runs, import_env
    )
    return [Row(first, 5.0, python), Row(again, 1.5, python)]


def _typical_import(
    spec: Spec, runs: int, scratch: Path, env: dict[str, str], python: Figure
) -> Row:
    """`tutor import` of 1,000 entries of a real page's size (`bench.bench_cards`', 11
    cards each on average) into a new collection: DESIGN.md's "import 1,000 entries ≤ 5 s", beside
    the issue's goal on the bench entries, which give about 104 cards each."""
    from bench.bench_cards import write_entries

    count = spec.entries
    folder = scratch / "typical-entries"
    folder.mkdir()
    write_entries(folder, count)
    target = scratch / "typical-home"

    empty = _emptied(target)

    figure = measure.processes(
        f"import {count:,} typical entries (new collection)",
        tutor_argv("import", str(folder)),
        runs,
        {**env, "TUTOR_HOME": str(target)},
        empty,
    )
    return Row(figure, 5.0, python)


def _csv_import(
    built: Built, runs: int, scratch: Path, env: dict[str, str], python: Figure, peer: _Peer
) -> Row:
    """`tutor import csv` of every card of the collection (as `tutor export csv` wrote
    them) into a new collection; Anki imports the same prompts and answers."""
    cards_csv = scratch / "cards.csv"
    measure.run_once(tutor_argv("export", "csv", str(cards_csv), "--force"), env)
    target = scratch / "csv-home"

    empty = _emptied(target)

    figure = measure.processes(
        f"CSV import of the {built.cards:,} cards (new collection)",
        tutor_argv("import", "csv", str(cards_csv)),
        runs,
        {**env, "TUTOR_HOME": str(target)},
        empty,
    )
    peer.measure_csv(cards_csv, runs)
    return Row(figure, floor=python, peer=peer.csv_import, peer_goal=1.0)


class _Peer:
    """Anki's engine on the same collection: each operation it has, measured in this run."""

    def __init__(
        self,
        args: argparse.Namespace,
        spec: Spec,
        built: Built,
        scratch: Path,
        env: dict[str, str],
        log: Callable[[str], None],
    ) -> None:
        self.first = self.answer = self.answer_only = None  # type: Figure | None
        self.stats = self.check = self.csv_import = None  # type: Figure | None
        self.env, self.scratch, self.runs, self.heavy = env, scratch, args.runs, args.heavy_runs
        if args.no_anki:
            return
        try:
            import anki  # noqa: F401
        except ImportError:
            log("anki is not installed (pip install -e '.[bench]'): the peer is left out")
            return
        from bench import anki_peer

        log("anki peer")
        self.peer = anki_peer.build(built, spec.new_per_day, log)
        copy = self._copy()
        self.first = measure.first_screen(
            "Anki: open + first card",
            self._argv("first-card", copy),
            self.runs,
            env,
            "ANKI-CARD-SHOWN",
        )
        both, values = measure.probe(
            "Anki: fetch + answer",
            [*self._argv("answer", self._copy()), str(args.answers)],
            env,
        )
        self.answer = both
        self.answer_only = Figure("Anki: answer alone", list(values["answer_only"]), both.peak_mib)
        log("anki statistics, check database")
        self.stats = measure.processes(
            "Anki: statistics (every graph, one year)",
            self._argv("stats", self._copy()),
            self.runs,
            env,
        )
        check_copy = scratch / "anki" / "check.anki2"
        self.check = measure.processes(
            "Anki: Check Database",
            self._argv("check", check_copy),
            self.heavy,
            env,
            lambda: self._copy(check_copy),
        )

    def measure_csv(self, tutor_csv: Path, runs: int) -> None:
        if not hasattr(self, "peer"):
            return
        from bench import anki_peer

        notes = self.scratch / "anki" / "cards.csv"
        anki_peer.write_csv(tutor_csv, notes)
        target = self.scratch / "anki" / "csv" / "collection.anki2"

        def empty() -> None:
            shutil.rmtree(target.parent, ignore_errors=True)
            target.parent.mkdir(parents=True)

        self.csv_import = measure.processes(
            "Anki: CSV import (new collection)",
            [*self._argv("import-csv", target), str(notes)],
            runs,
            self.env,
            empty,
        )

    def row(self, figure: Figure | None, floor: Figure | None = None) -> list[Row]:
        return [] if figure is None else [Row(figure, floor=floor, tutor=False)]

    def _copy(self, target: Path | None = None) -> Path:
        from bench import anki_peer

        return anki_peer.prepare(self.peer, target or self.scratch / "anki" / "collection.anki2")

    @staticmethod
    def _argv(kind: str, path: Path) -> list[str]:
        return [measure.python(), "-m", "bench.anki_peer", kind, str(path)]


def growth(args: argparse.Namespace, main: Built, scratch: Path, log: Callable[[str], None]) -> str:
    """How first card, stats, path and doctor grow from about 1k to 10k to 100k cards."""
    builts = [build(Spec(args.scale * share), args.out, log) for share in GROWTH_SHARES]
    builts.append(main)
    ops = ("first card", "tutor stats", "tutor path", "tutor doctor")
    medians: dict[str, list[float]] = {op: [] for op in ops}
    for built in builts:
        log(f"growth: {built.cards:,} cards")
        home = scratch / f"growth-{built.cards}"
        home.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built.db, home / "tutor.sqlite3")
        env = child_env({"TUTOR_HOME": str(home), "TUTOR_NOW": built.now})
        first = measure.first_screen(
            "first card", tutor_argv("review"), args.runs, env, CARD_ON_SCREEN
        )
        medians["first card"].append(first.median)
        for name in ("stats", "path"):
            medians[f"tutor {name}"].append(_command(name, args.runs, env).median)
        doctor = _command("doctor", args.heavy_runs, env, allowed_exit=(0, 1))
        medians["tutor doctor"].append(doctor.median)
    head = " | ".join(f"{built.cards:,} cards" for built in builts)
    lines = [
        f"| operation | {head} | largest / smallest |",
        "|---|" + "---:|" * (len(builts) + 1),
    ]
    for op in ops:
        values = medians[op]
        cells = " | ".join(_time(value) for value in values)
        lines.append(f"| {op} | {cells} | {values[-1] / values[0]:.1f}× |")
    return "\n".join(lines)


# -- the table -------------------------------------------------------------------------------


def _misses(row: Row) -> list[str]:
    """The goals `row` missed, in a word each; empty when every goal it has was met."""
    figure = row.figure
    missed = []
    if row.target is not None and figure.median > row.target:
        missed.append("time")
    for other, goal, label in (
        (row.floor, row.floor_goal, "floor"),
        (row.peer, row.peer_goal, "Anki"),
    ):
        measured = other is not None and not other.skipped and other.seconds
        if goal is not None and measured and figure.median > goal * other.median:  # type: ignore[union-attr]
            missed.append(label)
    if row.p99 and row.peer_goal is not None and figure.p99 > P99_TARGET:
        missed.append("p99")
    if row.tutor and figure.peak_mib is not None and figure.peak_mib > PEAK_TARGET_MIB:
        missed.append("memory")
    return missed


def _judged(row: Row) -> bool:
    return row.tutor and (
        row.target is not None or row.floor_goal is not None or row.peer_goal is not None
    )


def _verdict(row: Row) -> str:
    if row.figure.skipped:
        return "not measured"
    if not _judged(row):
        return ""
    missed = _misses(row)
    return "met" if not missed else "MISSED: " + ", ".join(missed)


def _goal(row: Row) -> str:
    parts = []
    if row.target is not None:
        parts.append(f"≤ {_time(row.target)}")
    if row.floor_goal is not None and row.floor is not None:
        parts.append(f"≤ {row.floor_goal:g}× {_short(row.floor.name)}")
    if row.peer_goal is not None:
        parts.append(f"≤ {row.peer_goal:g}× Anki")
    if row.p99 and row.peer_goal is not None:
        parts.append(f"p99 ≤ {_time(P99_TARGET)}")
    if parts and row.tutor:
        parts.append(f"≤ {PEAK_TARGET_MIB:.0f} MiB")
    return ", ".join(parts)


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
        "| benchmark | median | min – max | p99 | peak RSS | vs floor | vs Anki | goal | verdict |",
        "|---|---:|---:|---:|---:|---|---|---|---|",
    ]
    for row in rows:
        figure = row.figure
        if figure.skipped:
            lines.append(f"| {figure.name} | – | – | – | – | | | {_goal(row)} | {figure.skipped} |")
            continue
        spread = f"{_time(figure.low)} – {_time(figure.high)}"
        p99 = _time(figure.p99) if row.p99 else ""
        peak = f"{figure.peak_mib:.0f} MiB" if figure.peak_mib else ""
        lines.append(
            f"| {figure.name} | {_time(figure.median)} | {spread} | {p99} | {peak} |"
            f" {_ratio(figure, row.floor)} | {_ratio(figure, row.peer)} | {_goal(row)} |"
            f" {_verdict(row)} |"
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
            "goal": _goal(row),
            "p99": row.figure.p99 if row.p99 and row.figure.seconds else None,
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
