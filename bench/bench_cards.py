"""Benchmark: parse and generate 1,000 typical entries, the cards package alone (target
under 2 s of CPU, DESIGN.md's 5 ms per typical entry with room for a slower machine).

    python bench/bench_cards.py [--entries 1000] [--runs 5]

Not the workload of `python -m bench`'s "import 1,008 entries", which imports the long
entries of bench.entries (about 104 cards each, 105,127 cards) into a database: here each
entry is a typical one of about 11 cards (11,104 cards), and nothing is written.
`python -m bench` imports these typical entries too ("import 1,000 typical entries").

Writes 1,000 synthetic entries (the page layout of backend.vca.txt and Markdown, text
varied per entry) to a temporary folder, then times, as the median of a few runs:
the floor (just reading the files), parsing them, and parsing plus generating every
entry beside its path siblings. CPU and wall time are both printed; the verdict (PASS
or MISS, exit status 1 on a miss) is on CPU time, which a busy machine hardly changes.
Not a test: it prints the figures.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import cards

TARGET_SECONDS = 2.0
NOUNS = [
    "cache",
    "queue",
    "router",
    "ledger",
    "index",
    "token",
    "session",
    "bucket",
    "worker",
    "gateway",
]
VERBS = [
    "checks",
    "stores",
    "routes",
    "signs",
    "sorts",
    "counts",
    "guards",
    "sends",
    "keeps",
    "splits",
]


def _sentence(rng: random.Random, subject: str) -> str:
    return f"The {subject} {rng.choice(VERBS)} the {rng.choice(NOUNS)} for the {rng.choice(NOUNS)}."


def page_entry(n: int, rng: random.Random) -> str:
    """One entry in the plain-text page layout, with every section a card kind reads."""
    title = f"{rng.choice(NOUNS).title()} {n}"
    name = title.lower()
    jobs = "\n".join(
        f"  {i}. {rng.choice(VERBS).title()} the {rng.choice(NOUNS)} — {_sentence(rng, name)}"
        for i in range(1, 4)
    )
    return f"""VCA

{title}

{_sentence(rng, name)}

Updated 1 min readEditorial policy#Bench Path#Logic

In one sentence

The {name} is the '{rng.choice(NOUNS)} keeper', handling {rng.choice(NOUNS)} work.

In Plain Language

{" ".join(_sentence(rng, name) for _ in range(4))}

The Three Jobs Every {title} Does

{jobs}

Common misconception: that the {name} {rng.choice(VERBS)} every {rng.choice(NOUNS)}. \
The {rng.choice(NOUNS)} does that. {_sentence(rng, rng.choice(NOUNS))}

Key Takeaways

  • {title} = the {rng.choice(NOUNS)} for {rng.choice(NOUNS)} and {rng.choice(NOUNS)}.
  • Iron rule: never trust the {rng.choice(NOUNS)}.
  • Every check must run on the {name}.

Pros

  • {_sentence(rng, rng.choice(NOUNS))}
  • {_sentence(rng, rng.choice(NOUNS))}

Cons

  • {_sentence(rng, rng.choice(NOUNS))}

Good for

  • Apps with a {rng.choice(NOUNS)}

Not for

  • Sites with no {rng.choice(NOUNS)}

Frequently asked questions

Does the {name} need a {rng.choice(NOUNS)}?

No. {_sentence(rng, name)} {_sentence(rng, name)}

Next in Bench Path: {rng.choice(NOUNS).title()} {n + 1}
"""


def markdown_entry(n: int, rng: random.Random) -> str:
    """One Markdown entry with front matter."""
    title = f"{rng.choice(NOUNS).title()} {n}"
    name = title.lower()
    return f"""---
title: {title}
path: Bench Path
step: {n + 1}
tags: [bench]
---

# {title}

## Definition

The {name} is a {rng.choice(NOUNS)} that {rng.choice(VERBS)} {rng.choice(NOUNS)}s.

## Key takeaways

- {title} = the {rng.choice(NOUNS)} of the {rng.choice(NOUNS)}.
- {_sentence(rng, name)}

## Common mistake

Thinking the {name} {rng.choice(VERBS)} the {rng.choice(NOUNS)}. It does not.

## FAQ

### Is the {name} a {rng.choice(NOUNS)}?

{_sentence(rng, name)}
"""


def write_entries(folder: Path, count: int) -> list[Path]:
    rng = random.Random(20240601)
    paths = []
    for n in range(count):
        maker, suffix = (page_entry, ".txt") if n % 2 == 0 else (markdown_entry, ".md")
        path = folder / f"entry-{n:04d}{suffix}"
        path.write_text(maker(n, rng), encoding="utf-8")
        paths.append(path)
    return paths


class Timing(NamedTuple):
    """Median seconds of several runs: CPU time of this process, and wall-clock time."""

    cpu: float
    wall: float


def median_seconds(job: Callable[[], object], runs: int) -> Timing:
    """Median CPU and wall-clock seconds of `runs` runs of `job`.

    The verdict is on CPU time: on a machine shared with other work (tests running
    beside the benchmark) wall time stretches with the load, CPU time hardly.
    """
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        job()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return Timing(statistics.median(cpus), statistics.median(walls))


def report(entries: int, total_cards: int, runs: int, timings: dict[str, Timing]) -> bool:
    """Print the figures beside the floor and the target; True when the target is met."""
    full = timings["parse + generate"]
    met = full.cpu < TARGET_SECONDS
    print(
        f"{entries} typical entries ({total_cards} cards, about {total_cards / entries:.0f} each;"
        f" not the bench import's long entries); median of {runs} runs, seconds"
    )
    print(f"  {'':28} {'cpu':>7} {'wall':>7}")
    for label, timing in timings.items():
        print(f"  {label:28} {timing.cpu:7.3f} {timing.wall:7.3f}")
    verdict = "PASS" if met else "MISS"
    print(f"  target: parse + generate under {TARGET_SECONDS:.1f} s of cpu: {verdict}")
    return met


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        paths = write_entries(Path(folder), args.entries)

        def read() -> list[bytes]:
            return [path.read_bytes() for path in paths]

        def parse() -> list[cards.Entry]:
            return [cards.read_entry(path) for path in paths]

        def parse_and_generate() -> int:
            entries = parse()
            by_path: dict[str, list[cards.Entry]] = {}
            for entry in entries:
                by_path.setdefault(entry.path, []).append(entry)
            return sum(len(cards.generate(entry, by_path[entry.path], seed=0)) for entry in entries)

        total_cards = parse_and_generate()  # also warms imports and regex caches
        timings = {
            "floor (read the files)": median_seconds(read, args.runs),
            "parse": median_seconds(parse, args.runs),
            "parse + generate": median_seconds(parse_and_generate, args.runs),
        }
    return 0 if report(args.entries, total_cards, args.runs, timings) else 1


if __name__ == "__main__":
    sys.exit(main())
