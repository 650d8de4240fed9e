"""`python -m bench.quality DIR`: how well real pages turn into cards.

For every entry file under DIR (Markdown, text, saved HTML) it prints the title found,
the cards by kind, whether a "What is X?" card exists, and flags that a strict teacher
would raise without reading further: a title that is page chrome, no definition found,
a file refused, a typed blank on the entry's own name, a blank on quoted text, a
heading pasted into a question template, a list that swallowed a heading, two cards
asking the same thing, chrome in a prompt. Then the totals.

Files in one folder are each other's siblings, as they would be when imported
together. When DIR holds a `SOURCES.tsv` with `file` and `title` columns, the title
found is compared with the one written there ("right title").

`--cards FILE.jsonl` also writes every card with its page, for a judge to read.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import statistics
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cards.model import Answering, Card, CardKind, Entry, ParseError

SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")

# Words of site furniture: a title or prompt holding one came from chrome, not content.
_CHROME = re.compile(
    # a cookie banner, not a page about cookies
    r"\b(?:skip to|cookie (?:policy|settings|preferences|consent)|(?:we use|accept all) cookies|"
    r"subscribe|newsletter|sign (?:in|up)|log ?in|menu|copyright|"
    r"all rights reserved|share this|in partnership with|advertisement|back to all|"
    r"read more|min read|table of contents|breadcrumb)\b|©",
    re.I,
)
_HEADING_WORDS = re.compile(r"\b(?:how|why|what|when|where|vs\.?|versus)\b", re.I)
_WHAT_IS = re.compile(
    r"^What does it mean for [^?]{1,80} to be (?P<quality>[^?]{1,80})\?$|"  # an adjective's
    # (a law or a principle is asked what it states or describes: 'What does CAP theorem
    # state?', "What does Amdahl's Law describe?"; a tool what it does, as the blind
    # judges count it: 'What does a compiler do?')
    r"^What (?:is|are|does|do) (?P<x>[^?]{1,80}?)(?: mean| state| say| hold| describe| do)?\?$"
)


def _bare(name: str) -> str:
    """A name without article, quotes, bracketed expansion or case: 'the DOM' -> 'dom'."""
    name = re.sub(r"\s*\([^()]*\)$", "", name.strip("“”\"' "))
    return re.sub(r"^(?:the|an?)\s+", "", name, flags=re.I).strip("“”\"' ").lower()


_QUOTED_BLANK = re.compile(r"[\"'“‘«]\s*____|____\s*[\"'”’»]")


@dataclass
class PageResult:
    file: str
    expected: str = ""
    title: str = ""
    names: tuple[str, ...] = ()
    error: str = ""
    cards: list[Card] = field(default_factory=list)
    flags: Counter[str] = field(default_factory=Counter)

    @property
    def what_is(self) -> bool:
        """Whether a card asks what the entry itself is ('What is a CDN?', 'What are
        webhooks?', 'What does "asynchronous" mean?', 'What does CAP theorem state?') or
        does ('What does a compiler do?', a definition card), not one of its claims."""
        names = set()
        for name in (self.title, *self.names):
            inner = re.search(r"\(([^()]*)\)$", name)
            names.update({_bare(name), _bare(inner.group(1)) if inner else ""})
            if inner:  # 'Block (CSS)' asked as 'What is a block in CSS?'
                names.add(_bare(f"{name[: inner.start()].strip()} in {inner.group(1)}"))
        names.discard("")
        for card in self.cards:
            asked = _WHAT_IS.match(card.prompt)
            if card.kind is not CardKind.DEFINITION or asked is None:
                continue
            said = _bare(asked["x"] or asked["quality"])
            if said in names or (said.endswith("s") and said[:-1] in names):
                return True  # 'What are containers?' asks what a container is
        return False

    @property
    def right_title(self) -> bool | None:
        if not self.expected:
            return None
        # A page comparing two concepts ('A vs B') is right when it gives entries for them.
        parts = re.split(r"\s+(?:vs\.?|versus|and)\s+", self.expected, flags=re.I)
        wanted = [self.expected, *parts] if len(parts) > 1 else [self.expected]
        return any(_same(name, w) for name in (self.title, *self.names) for w in wanted)


def _same(a: str, b: str) -> bool:
    from cards.names import same_name

    def bare(text: str) -> str:
        return re.sub(
            r"^(?:what (?:is|are) )?(?:an? |the )?", "", text.strip().rstrip("?"), flags=re.I
        )

    def singular(text: str) -> str:
        plural = text.endswith("s") and not text.endswith("ss") and not text.isupper()
        return text[:-1] if plural and len(text) > 3 else text  # never 'HTTPS' -> 'HTTP'

    # 'Webhooks' names the concept 'Webhook' as well, and 'Gossip protocols' the concept
    # 'Gossip protocol (epidemic protocol)'.
    return same_name(singular(bare(a)), singular(bare(b))) or singular(bare(a)).casefold() in {
        singular(part.strip()).casefold() for part in re.split(r"[/(),]", b)
    }


def flags_of(entry: Entry, deck: Sequence[Card]) -> Counter[str]:
    """The defects a card list shows on its face (see the module docstring)."""
    from cards.model import normalise_prompt
    from cards.names import same_name

    found: Counter[str] = Counter()
    chrome_title = _CHROME.search(entry.title)
    if chrome_title and chrome_title.group(0).casefold() != entry.title.casefold().rstrip("s"):
        found["chrome-title"] += 1
    if not any(card.kind is CardKind.DEFINITION for card in deck):
        found["no-definition"] += 1
    headings = {section.heading.casefold() for section in entry.sections if section.heading}
    prompts: Counter[str] = Counter()
    for card in deck:
        prompts[normalise_prompt(card.prompt)] += 1
        if card.answering is Answering.TYPED and any(
            same_name(card.answer, name) for name in entry.names
        ):
            found["own-name-blank"] += 1
        if card.kind is CardKind.CLOZE and _QUOTED_BLANK.search(card.prompt):
            found["quoted-blank"] += 1
        if card.kind is CardKind.LIST and "“" not in card.prompt:
            section = card.source.section
            if (
                section
                and _HEADING_WORDS.search(section)
                and section.casefold() in card.prompt.casefold()
            ):
                found["heading-in-template"] += 1
        if card.kind is CardKind.LIST and card.answering is Answering.SELF:
            for line in card.answer.splitlines():
                head = line.split(". ", 1)[-1].casefold()
                if head in headings:
                    found["list-swallowed-heading"] += 1
        chrome = _CHROME.search(card.prompt)
        if chrome and chrome.group(0).casefold() not in entry.title.casefold():
            found["chrome-in-prompt"] += 1  # 'cookie' is chrome only on a page about something else
    found["duplicate-question"] += sum(n - 1 for n in prompts.values() if n > 1)
    return +found


def _expected_titles(folder: Path) -> dict[str, str]:
    manifest = folder / "SOURCES.tsv"
    if not manifest.exists():
        return {}
    with manifest.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {row["file"]: row.get("title", "") or "" for row in rows if row.get("file")}


def measure(folder: Path) -> list[PageResult]:
    """Parse and generate every entry file under `folder`, siblings by sub-folder."""
    from cards.generation import generate
    from cards.parsing import read_entries

    expected = _expected_titles(folder)
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    groups: dict[Path, list[Path]] = {}
    for file in files:
        groups.setdefault(file.parent, []).append(file)
    results: list[PageResult] = []
    for group in groups.values():
        parsed: list[tuple[PageResult, list[Entry]]] = []
        for file in group:
            name = file.relative_to(folder).as_posix()
            result = PageResult(name, expected.get(name, ""))
            try:
                entries = read_entries(file)
            except ParseError as error:
                result.error = f"{error.line}: {error.message}"
                result.flags["refused"] += 1
                entries = []
            parsed.append((result, entries))
        everyone = [entry for _, entries in parsed for entry in entries]
        for result, entries in parsed:
            for entry in entries:
                others = [other for other in everyone if other is not entry]
                deck = generate(entry, others)
                if not result.title:
                    result.title = entry.title
                result.names = (*result.names, entry.title, *entry.aliases)
                result.cards.extend(deck)
                result.flags.update(flags_of(entry, deck))
            results.append(result)
    return results


def report(results: Sequence[PageResult], out=sys.stdout) -> None:
    print(f"{'file':44} {'title':26} cards  what-is  flags", file=out)
    for r in results:
        kinds = Counter(card.kind.value for card in r.cards)
        title = r.title or f"(refused: {r.error[:40]})"
        mark = {True: "", False: " (wrong title)", None: ""}[r.right_title]
        flags = ", ".join(f"{k}×{v}" if v > 1 else k for k, v in sorted(r.flags.items()))
        print(
            f"{r.file[:44]:44} {(title + mark)[:26]:26} {len(r.cards):5}  "
            f"{'yes' if r.what_is else 'no':7}  {flags}",
            file=out,
        )
        if kinds:
            print(f"{'':44} " + " ".join(f"{k}:{v}" for k, v in sorted(kinds.items())), file=out)
    print(file=out)
    groups: dict[str, list[PageResult]] = {}
    for r in results:
        groups.setdefault(r.file.split("/")[0] if "/" in r.file else ".", []).append(r)
    if len(groups) > 1:
        for name, members in sorted(groups.items()):
            _totals(f"{name}/", members, out)
            print(file=out)
    _totals("all", results, out)


def _totals(label: str, results: Sequence[PageResult], out) -> None:
    n = len(results) or 1
    print(f"== {label}", file=out)
    with_cards = [r for r in results if r.cards]
    titled = [r for r in with_cards if r.right_title is not False]
    counts = [len(r.cards) for r in results]
    totals: Counter[str] = Counter()
    for r in results:
        totals.update(r.flags)
    print(f"pages: {len(results)}", file=out)
    print(f"give cards: {len(with_cards)} ({len(with_cards) / n:.0%})", file=out)
    print(f"give cards with the right title: {len(titled)} ({len(titled) / n:.0%})", file=out)
    what_is = sum(r.what_is for r in results)
    print(f"have a 'What is X?' card: {what_is} ({what_is / n:.0%})", file=out)
    print(f"cards: {sum(counts)}; per page median {statistics.median(counts or [0]):g}", file=out)
    for name, count in sorted(totals.items()):
        print(f"flag {name}: {count}", file=out)


def dump_cards(results: Sequence[PageResult], path: Path) -> None:
    from cards.__main__ import card_json

    with path.open("w", encoding="utf-8") as handle:
        for r in results:
            for card in r.cards:
                handle.write(
                    json.dumps({"page": r.file, **card_json(card)}, ensure_ascii=False) + "\n"
                )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.quality", description=__doc__.splitlines()[0]
    )
    parser.add_argument("folder", type=Path, help="a folder of entry files (searched recursively)")
    parser.add_argument("--cards", type=Path, help="write every card as JSON lines to this file")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"bench.quality: {args.folder}: not a folder", file=sys.stderr)
        return 2
    results = measure(args.folder)
    report(results)
    if args.cards:
        dump_cards(results, args.cards)
    return 0


if __name__ == "__main__":
    sys.exit(main())
