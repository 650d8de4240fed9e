"""Synthetic entries for the benchmark collection: Markdown files, about 100 cards each.

A real entry (the built-in ones, backend.vca.txt) gives about 20 cards. To reach 100k
cards with 1,000 entries every card still comes from the real parser and generator, so
these entries are long: many takeaways, pros, cons and FAQ questions, each sentence varied
by a seeded generator so that no two cards ask the same thing.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

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
    "shard",
    "replica",
    "socket",
    "buffer",
    "cursor",
    "schema",
    "tenant",
    "webhook",
    "cookie",
    "header",
    "payload",
    "broker",
    "lease",
    "quota",
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
    "merges",
    "trims",
]
ADJECTIVES = [
    "stale",
    "fresh",
    "signed",
    "sealed",
    "remote",
    "local",
    "hot",
    "cold",
    "large",
    "small",
    "busy",
    "idle",
]

PROS, CONS, FAQS, TAKEAWAYS, MISTAKES, LIST_ITEMS, FITS = 16, 16, 33, 22, 8, 5, 8


@dataclass(frozen=True)
class Shape:
    """How many paths and steps a collection of `entries` entries has."""

    paths: int
    steps: int

    @classmethod
    def for_entries(cls, entries: int) -> Shape:
        # 1,000 entries are 20 paths of 50 steps; smaller collections keep the 1:2.5 ratio.
        paths = max(1, round((entries / 2.5) ** 0.5))
        steps = max(2, -(-entries // paths))
        return cls(paths, steps)


def path_name(index: int) -> str:
    return f"Track {index + 1:02d}"


def step_title(step: int) -> str:
    return f"{NOUNS[step % len(NOUNS)].title()} {step}"


def entry_text(path: str, step: int, last: int, rng: random.Random) -> str:
    """One Markdown entry with front matter, as a learner's own notes might look."""
    title = step_title(step)
    name = title.lower()

    def thing() -> str:
        return f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"

    lines = ["---", f"title: {title}", f"path: {path}", f"step: {step}"]
    if step < last:
        lines.append(f"next: {step_title(step + 1)}")
    lines += ["tags: [bench, synthetic]", "---", "", f"# {title}", "", "## Definition", ""]
    lines.append(
        f"The {name} is the layer that {rng.choice(VERBS)} every {thing()} "
        f"before the {thing()} sees it."
    )
    lines += ["", "## How it works", ""]
    lines.append(
        " ".join(
            f"The {name} {rng.choice(VERBS)} the {thing()} for the {thing()}." for _ in range(5)
        )
    )
    lines += ["", "## Key takeaways", ""]
    lines += [
        f"- Rule {i}: the {name} {rng.choice(VERBS)} each {thing()} with a {thing()}."
        for i in range(1, TAKEAWAYS + 1)
    ]
    lines += ["", "## Steps", ""]
    lines += [
        f"{i}. {rng.choice(VERBS).title()} the {thing()} — the {name} does this before "
        f"step {i + 1}."
        for i in range(1, LIST_ITEMS + 1)
    ]
    lines += ["", "## Common mistakes", ""]
    lines += [
        f"- Thinking the {name} {rng.choice(VERBS)} the {thing()} number {i}."
        for i in range(1, MISTAKES + 1)
    ]
    lines += ["", "## Analogy", "", f"The {name} is like a {thing()} at the door of a {thing()}."]
    lines += ["", "## Pros", ""]
    lines += [f"- It {rng.choice(VERBS)} the {thing()} in {i + 1} ways." for i in range(PROS)]
    lines += ["", "## Cons", ""]
    lines += [f"- It cannot hold a {thing()} after {i + 1} tries." for i in range(CONS)]
    lines += ["", "## Good for", ""]
    lines += [f"- Apps with {i + 2} {thing()}s" for i in range(FITS)]
    lines += ["", "## Not for", ""]
    lines += [f"- Sites with {i + 2} {thing()}s" for i in range(FITS)]
    lines += ["", "## FAQ", ""]
    for i in range(FAQS):
        lines += [
            f"### Does the {name} need {i + 2} {thing()}s?",
            "",
            f"No. The {name} {rng.choice(VERBS)} the {thing()} instead. "
            f"It also {rng.choice(VERBS)} the {thing()}.",
            "",
        ]
    return "\n".join(lines) + "\n"


def write_entries(folder: Path, entries: int, seed: int) -> list[Path]:
    """Write `entries` entry files under `folder`, one sub-folder per path; return them."""
    rng = random.Random(seed)
    shape = Shape.for_entries(entries)
    files: list[Path] = []
    for path_index in range(shape.paths):
        path = path_name(path_index)
        for step in range(1, shape.steps + 1):
            if len(files) == entries:
                break
            last = min(shape.steps, entries - path_index * shape.steps)
            file = folder / f"track-{path_index + 1:02d}" / f"{step:03d}-{step_title(step)}.md"
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(entry_text(path, step, last, rng), encoding="utf-8")
            files.append(file)
    return files
