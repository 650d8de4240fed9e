"""`python -m cards FILE...`: look at the cards of entry files before anything is saved.

Files given together are siblings of one another (they share distractors); a file that
defines many terms gives an entry for each. A file that cannot be read never stops the
others: their cards are printed, the bad files are listed on stderr as `cards:
file:line: message`, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from cards.model import Card, CardKind, Entry, ParseError
from cards.text import UNPRINTABLE, printable


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m cards",
        description="Parse entry files and print the cards they give, before importing them.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="entry files (siblings)")
    parser.add_argument("--json", action="store_true", help="print entries and cards as JSON")
    parser.add_argument("--seed", type=int, default=0, help="shuffles options (default 0)")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="name under each question the maker of its card: its file in the cards"
        " package and function (with --json, a 'maker' field: the dotted name); under each"
        " table, the lines no card was made from",
    )
    return parser.parse_args(argv)


def _read(files: Sequence[str], errors: TextIO) -> tuple[list[Entry], bool]:
    """The entries of every readable file, and whether any file failed (said on `errors`)."""
    from cards.parsing import read_entries  # the parser loads only when there is work

    entries: list[Entry] = []
    failed = False
    seen: dict[str, str] = {}  # entry key -> the file that gave it first
    for file in files:
        try:
            for entry in read_entries(file):
                if entry.key in seen:
                    # One key, one set of card ids: the second entry would overwrite the first.
                    failed = True
                    message = f"'{entry.title}' in path '{entry.path}' is also {seen[entry.key]}"
                    print(printable(f"cards: {file}:1: {message}"), file=errors)
                    continue
                seen[entry.key] = file
                entries.append(entry)
        except ParseError as error:
            failed = True
            print(printable(f"cards: {error}"), file=errors)
        except OSError as error:
            failed = True
            print(printable(f"cards: {file}: {error.strerror or error}"), file=errors)
    return entries, failed


def card_json(card: Card, maker: str = "") -> dict[str, Any]:
    """One card as the plain JSON object that `--json` prints (with `--explain`, its
    maker too)."""
    found = {
        "id": card.id,
        "kind": card.kind.value,
        "answering": card.answering.value,
        "prompt": card.prompt,
        "answer": card.answer,
        "options": list(card.options),
        "accepted": list(card.accepted),
        "explanation": card.explanation,
        "source": {
            "file": card.source.file,
            "section": card.source.section,
            "line": card.source.line,
        },
        "entry": card.entry,
    }
    if maker:
        found["maker"] = maker
    return found


def entry_json(entry: Entry, deck: Sequence[Card], makers: Sequence[str] = ()) -> dict[str, Any]:
    """One entry and its cards as the JSON object that `--json` prints; `makers`, one
    for each card, with `--explain`."""
    return {
        "key": entry.key,
        "title": entry.title,
        "slug": entry.slug,
        "path": entry.path,
        "step": entry.step,
        "next": entry.next,
        "tags": list(entry.tags),
        "aliases": list(entry.aliases),
        "file": entry.file,
        "layout": entry.layout.value,
        "cards": [
            card_json(card, maker)
            for card, maker in zip(deck, makers or [""] * len(deck), strict=True)
        ],
    }


Explained = Sequence[tuple[Entry, list[tuple[Card, str]]]]  # each entry's cards and makers


def dump_json(decks: Explained, out: TextIO, explain: bool = False) -> None:
    """Print entries and their cards as the JSON document `--json` promises."""
    text = json.dumps(
        {
            "entries": [
                entry_json(
                    entry,
                    [card for card, _ in deck],
                    [maker for _, maker in deck] if explain else (),
                )
                for entry, deck in decks
            ]
        },
        ensure_ascii=False,
        indent=2,
    )
    # json escapes C0 controls but not C1 ones or bidi overrides; escape those too, so
    # piping the output to a terminal is as safe as the table.
    print(UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text), file=out)


def print_tables(decks: Explained, out: TextIO, explain: bool = False) -> None:
    """Print one readable table of cards per entry (with `explain`, each card's maker)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out, highlight=False, emoji=False)
    for entry, deck in decks:
        # Text objects are never read as markup: '[bold]' in an entry prints as written.
        count = f"{len(deck)} card" if len(deck) == 1 else f"{len(deck)} cards"
        title = Text(printable(f"{entry.title} — {entry.key} ({entry.file}), {count}"))
        if not deck:
            # (an empty table says nothing: what the page lacks, and what would mend it)
            console.print(title, soft_wrap=True)  # (whole: the terminal wraps it)
            console.print(Text(printable(no_cards_reason(entry.title)), style="yellow"))
            continue
        table = Table(title=title, show_lines=True, title_justify="left")
        for column in ("kind", "prompt", "options", "answer", "line"):
            table.add_column(column, overflow="fold")
        for card, maker in deck:
            # numbered as the review numbers them: the key that picks each
            options = "\n".join(f"{n}) {option}" for n, option in enumerate(card.options, 1))
            prompt = Text(printable(card.prompt))
            if explain:  # under the question: the file and function that made it
                prompt.append(f"\n{_maker_place(maker)}", style="dim")
            table.add_row(
                Text(f"{card.kind.value}\n({card.answering.value})"),
                prompt,
                Text(printable(options)),
                Text(printable(card.answer)),
                Text(str(card.source.line)),
            )
        console.print(table)
        if explain:
            # (a learner rewriting a note wants to know which of its lines gave nothing)
            for line in _not_asked(entry, [card for card, _ in deck]):
                console.print(Text(printable(line), style="dim"))  # (wrapped at a word)


def _not_asked(entry: Entry, deck: Sequence[Card]) -> list[str]:
    """The entry's paragraphs, points and questions no card was made from, one line each
    ('not asked: line 11 (Tip): Wedge on canvas or plaster ...'): a list card asks its
    whole section."""
    asked = {card.source.line for card in deck}
    listed = {card.source.section for card in deck if card.kind is CardKind.LIST}
    said = []
    for section in entry.sections:
        if section.heading in listed:
            continue
        for item in section.items:
            if item.line in asked or not item.text.strip():
                continue
            words = item.text.split()
            opening = " ".join(words[:_SHOWN_WORDS]) + (" ..." if len(words) > _SHOWN_WORDS else "")
            where = f" ({section.heading})" if section.heading else ""
            said.append(f"not asked: line {item.line}{where}: {opening}")
    return said


_SHOWN_WORDS = 10  # of a line no card asks, enough to find it in the file


def no_cards_reason(title: str) -> str:
    """Why an entry the parser read gives no card, and what would give one."""
    return (
        f"no cards: no sentence says plainly what {title!r} is or does, and nothing else on "
        f"the page makes a question that passes the card rules; a line such as '{title} is "
        "...' near the top would give one"
    )


def _maker_place(maker: str) -> str:
    """'cards.makers.claims.claim_cards' as the file of the cards package to open and the
    function in it: 'makers/claims.py claim_cards'."""
    module, _, function = maker.rpartition(".")
    return f"{module.removeprefix('cards.').replace('.', '/')}.py {function}"


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (0 when every file parsed)."""
    from cards.generation import explained

    args = _arguments(argv)
    out = out or sys.stdout
    entries, failed = _read(args.files, sys.stderr)
    decks = [
        (entry, explained(entry, [other for other in entries if other is not entry], args.seed))
        for entry in entries
    ]
    if args.json:
        dump_json(decks, out, args.explain)
    else:
        print_tables(decks, out, args.explain)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
