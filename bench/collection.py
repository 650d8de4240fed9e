"""The benchmark collection: 1,000 entries, 100k cards, 1M reviews over three years.

Built the way a learner's file comes to be, only faster:
- entries are Markdown files written by `bench.entries` (kept, so import can be timed);
- cards come from the real import planner (`tutor.interop.importing.plan_import`: `cards.parse`
  and `cards.generate` with each entry's path siblings as distractors), the built-in
  System Basics path included, as a first run of tutor would import it;
- reviews come from the simulated learner (`tutor.memory.simulate`), who takes new cards in the
  order `tutor review` offers them (path, step, card) and reviews everything due each day;
- everything is written through the Store's schema by `db.bulk.load`, in one transaction.

The finished file is cached under bench/out/, keyed by its parameters, so a rerun opens
it at once. `python -m bench.collection --scale 0.01` builds a small one.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import cards
from db import EntryRecord, ImportWrite, Store
from db.bulk import Load, load
from tutor.interop.card_maker import GENERATION_VERSION
from tutor.interop.importing import (
    BUILTIN_SETTING,
    builtin_files,
    plan_import,
    read_entries,
)
from tutor.memory.simulate import Plan, Simulation

OUT = Path(__file__).resolve().parent / "out"
FORMAT = 2  # bumped when what a collection holds changes, so old caches are rebuilt
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)  # the morning after the last day
DAYS = 3 * 365
# New cards a day that make the simulated learner reach 1M reviews in three years with
# 100k cards (measured: about 14,800 reviews per unit of daily new cards).
NEW_PER_DAY = 68
REVIEWS_PER_DAY_SETTING = 5000  # the learner sees every due review, as simulated


@dataclass(frozen=True)
class Spec:
    """What to build: `scale` 1.0 is 1,000 entries / 100k cards / 1M reviews."""

    scale: float = 1.0
    seed: int = 8

    @property
    def entries(self) -> int:
        return max(4, round(1000 * self.scale))

    @property
    def reviews(self) -> int:
        return round(1_000_000 * self.scale)

    @property
    def new_per_day(self) -> int:
        return max(1, math.ceil(NEW_PER_DAY * self.scale))

    @property
    def key(self) -> str:
        # The card maker's version too: a collection made by an older maker is remade on
        # its first open (regenerate_if_needed), which no timed command may pay for.
        return f"scale{self.scale:g}-seed{self.seed}-v{FORMAT}-{GENERATION_VERSION}"


@dataclass(frozen=True)
class Built:
    """A finished collection and what it holds."""

    db: Path
    entries_dir: Path
    now: str  # ISO time to run tutor at (TUTOR_NOW): the morning after the last review
    entries: int
    cards: int
    reviews: int
    introduced: int
    seconds: float

    @classmethod
    def read(cls, folder: Path) -> Built | None:
        manifest = folder / "built.json"
        if not manifest.exists():
            return None
        values = json.loads(manifest.read_text())
        values["db"], values["entries_dir"] = Path(values["db"]), Path(values["entries_dir"])
        built = cls(**values)
        return built if built.db.exists() else None


def build(spec: Spec, out: Path = OUT, log: Callable[[str], None] = print) -> Built:
    """The collection for `spec`, built now or taken from the cache."""
    folder = out / f"collection-{spec.key}"
    cached = Built.read(folder)
    if cached is not None:
        _upgrade(cached.db)
        return cached
    started = time.perf_counter()
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    built = _build(spec, folder, log)
    built = replace(built, seconds=round(time.perf_counter() - started, 1))
    manifest = {
        key: str(value) if isinstance(value, Path) else value
        for key, value in asdict(built).items()
    }
    (folder / "built.json").write_text(json.dumps(manifest, indent=2))
    return built


def _upgrade(db_file: Path) -> None:
    """Bring a cached file to the current schema once, so no timed run pays for it."""
    Store.open(db_file).close()
    for copy in db_file.parent.glob(f"{db_file.name}.schema*.bak"):
        copy.unlink()  # the copy taken before the upgrade: the cache can be rebuilt


def _build(spec: Spec, folder: Path, log: Callable[[str], None]) -> Built:
    from bench.entries import write_entries

    entries_dir = folder / "entries"
    files = write_entries(entries_dir, spec.entries, spec.seed)
    log(f"  wrote {len(files)} entry files to {entries_dir}")
    started = time.perf_counter()
    parsed, errors = read_entries(files)
    if errors:
        raise SystemExit(f"bench entries do not parse: {errors[0]}")
    builtin = [(cards.parse(text, file=name), text) for name, text in builtin_files()]
    db_file = folder / "tutor.sqlite3"
    store = Store.open(db_file)
    try:
        plan = plan_import(store, builtin + parsed)
        log(f"  planned {len(plan.write.cards)} cards in {time.perf_counter() - started:.1f} s")
        ordered = _queue_order(plan.write)
        card_ids = [card.id for _, card in ordered]
        simulated = _simulate(spec, len(card_ids), log)
        first_seen: dict[int, int] = {}

        def reviews() -> Iterator[tuple[str, int, int, int | None, int, str]]:
            for batch in simulated.batches():
                for review in batch:
                    first_seen.setdefault(review.card, review.at_ms)
                    yield (
                        card_ids[review.card],
                        review.rating,
                        review.at_ms,
                        review.duration_ms,
                        review.state_before,
                        "review",
                    )

        # The reviews are streamed into the transaction; states and gates need the whole
        # run, so the load is done in two parts: reviews first, then the rest.
        review_rows = list(reviews())
        states = [
            replace(state, card_id=card_ids[_index(state.card_id)]) for state in simulated.states()
        ]
        unlocked, passed = _gates(plan.write.entries, ordered, first_seen)
        started = time.perf_counter()
        load(
            store,
            Load(
                entries=plan.write.entries,
                cards=plan.write.cards,
                states=states,
                reviews=review_rows,
                imported_at=_start_moment(),
                unlocked=unlocked,
                passed=passed,
            ),
        )
        store.set_settings(
            {
                BUILTIN_SETTING: GENERATION_VERSION,
                "new_per_day": spec.new_per_day,
                "reviews_per_day": REVIEWS_PER_DAY_SETTING,
            }
        )
        log(f"  wrote the collection in {time.perf_counter() - started:.1f} s")
    finally:
        store.close()
    return Built(
        db=db_file,
        entries_dir=entries_dir,
        now=NOW.isoformat().replace("+00:00", "Z"),
        entries=len(plan.write.entries),
        cards=len(card_ids),
        reviews=len(review_rows),
        introduced=simulated.introduced,
        seconds=0.0,
    )


def _queue_order(write: ImportWrite) -> list[tuple[int, cards.Card]]:
    """The cards in the order `tutor review` introduces them: path, step, card."""
    entries = write.entries
    path_rank: dict[str, int] = {}
    for record in entries:
        path_rank.setdefault(record.path, len(path_rank))
    step_of = {record.key: (path_rank[record.path], record.position) for record in entries}
    return sorted(write.cards, key=lambda pair: (*step_of[pair[1].entry_key], pair[0]))


def _simulate(spec: Spec, count: int, log: Callable[[str], None]) -> Simulation:
    plan = Plan(
        cards=count,
        new_per_day=spec.new_per_day,
        days=DAYS,
        seed=spec.seed,
        start=_start_moment().date(),
    )
    log(f"  simulating about {spec.reviews:,} reviews: {DAYS} days, {spec.new_per_day} new a day")
    return Simulation(plan)


def _index(simulated_id: str) -> int:
    return int(simulated_id.rsplit("-", 1)[1])


def _start_moment() -> datetime:
    start: date = NOW.date() - timedelta(days=DAYS)
    return datetime(start.year, start.month, start.day, 4, tzinfo=timezone.utc)


def _gates(
    entries: Sequence[EntryRecord],
    ordered: list[tuple[int, cards.Card]],
    first_seen: dict[int, int],
) -> tuple[dict[str, datetime], dict[str, datetime]]:
    """Steps unlocked and passed: a step opens when its first card is seen, and is passed
    once the learner has moved on to the next step of its path."""
    opened: dict[str, int] = {}
    for index, (_, card) in enumerate(ordered):
        if index in first_seen:
            key = card.entry_key
            opened[key] = min(opened.get(key, first_seen[index]), first_seen[index])
    start = round(_start_moment().timestamp() * 1000)
    unlocked: dict[str, datetime] = {}
    passed: dict[str, datetime] = {}
    by_path: dict[str, list[EntryRecord]] = {}
    for record in entries:
        by_path.setdefault(record.path, []).append(record)
    for steps in by_path.values():
        steps.sort(key=lambda record: record.position)
        for position, record in enumerate(steps):
            key = record.key
            next_key = steps[position + 1].key if position + 1 < len(steps) else None
            if key in opened or position == 0:
                unlocked[key] = _moment(opened.get(key, start))
            if next_key in opened:
                passed[key] = _moment(opened[next_key])
                unlocked.setdefault(next_key, _moment(opened[next_key]))
    return unlocked, passed


def _moment(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc)


def main() -> None:
    parser = argparse.ArgumentParser(description="Build (or find) the benchmark collection.")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = 100k cards, 1M reviews")
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    built = build(Spec(args.scale, args.seed))
    print(json.dumps({k: str(v) for k, v in asdict(built).items()}, indent=2))


if __name__ == "__main__":
    main()
