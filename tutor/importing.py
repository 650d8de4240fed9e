"""Importing entries: files in, a checked plan of what changes, then one transaction.

Everything is read, parsed and generated before anything is written. A re-import of the
same files changes nothing; an edited entry keeps the progress of every card whose prompt
did not change (a card's id is a hash of its prompt); a card whose source is gone is
retired with its reviews kept.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from importlib import resources
from pathlib import Path

import cards
from cards import Card, Entry, ParseError
from db import EntryRecord, ImportWrite, SectionRef, Store, StoredCard

ENTRY_SUFFIXES = {".md", ".markdown", ".txt"}
# A folder may hold a path file: an optional `path: NAME` line, then the steps in order,
# one per line, each an entry's title, slug or alias (see README, "Entry files").
PATH_FILE = "_path.txt"
BUILTIN_PATH = "System Basics"
CSV_SOURCE = "csv:"  # how tutor.csv_cards marks the source file of the cards it imports
BUILTIN_SETTING = "builtin_imported"
GENERATION_SEED = 0
# Bumped when card generation changes, so that unchanged files are still regenerated.
GENERATION_VERSION = "g1"


@dataclass
class EntryChange:
    """What an import does to one entry's cards."""

    key: str
    title: str
    path: str
    new: int = 0
    changed: int = 0
    retired: int = 0
    unchanged: int = 0


@dataclass
class ImportPlan:
    write: ImportWrite
    changes: list[EntryChange]
    errors: list[ParseError] = field(default_factory=list)

    @property
    def changes_anything(self) -> bool:
        return bool(self.write.cards or self.write.retire) or any(
            change.new or change.changed or change.retired for change in self.changes
        )


def find_entry_files(targets: Iterable[Path]) -> tuple[list[Path], list[ParseError]]:
    """Expand files and folders into entry files, in a stable order."""
    files: list[Path] = []
    errors: list[ParseError] = []
    for target in targets:
        if target.is_dir():
            found = sorted(
                path
                for path in target.rglob("*")
                if path.is_file()
                and path.suffix.lower() in ENTRY_SUFFIXES
                and path.name != PATH_FILE
                and not any(part.startswith(".") for part in path.relative_to(target).parts)
            )
            if not found:
                errors.append(ParseError(str(target), 0, "no entry files (.md, .txt) in folder"))
            files.extend(found)
        elif target.is_file():
            files.append(target)
        else:
            errors.append(ParseError(str(target), 0, "no such file or folder"))
    return files, errors


def read_entries(files: Sequence[Path]) -> tuple[list[tuple[Entry, str]], list[ParseError]]:
    """Parse every file; return (entry, text) pairs and the problems found.

    Entries named in a path file beside them take that file's path and step order.
    """
    read: list[tuple[Path, Entry, str]] = []
    errors: list[ParseError] = []
    for path in files:
        if path.name == PATH_FILE:
            continue
        try:
            read.append((path, cards.read_entry(path), _text_of(path)))
        except ParseError as error:
            errors.append(error)
        except OSError as error:
            errors.append(ParseError(str(path), 0, f"cannot read ({error.strerror})"))
    read, path_errors = _apply_path_files(read)
    errors += path_errors
    parsed: list[tuple[Entry, str]] = []
    seen: dict[str, str] = {}
    for path, entry, text in read:
        if entry.key in seen:
            errors.append(
                ParseError(
                    str(path),
                    1,
                    f"'{entry.title}' in path '{entry.path}' is also {seen[entry.key]}",
                )
            )
            continue
        seen[entry.key] = str(path)
        parsed.append((entry, text))
    return parsed, errors


def plan_import(store: Store, given: Sequence[tuple[Entry, str]]) -> ImportPlan:
    """Work out every change an import of `given` would make, without writing."""
    stored_hashes = store.entry_hashes()
    texts = {entry.key: text for entry, text in given}
    existing = store.cards_of_entries(texts)
    # Grouped by entry once: matching every entry against every stored card was quadratic
    # (about 100M steps to re-import 1,000 entries holding 100k cards; see BENCHMARKS.md).
    existing_by_entry: dict[str, dict[str, StoredCard]] = {}
    for card_id, stored in existing.items():
        existing_by_entry.setdefault(stored.card.entry_key, {})[card_id] = stored
    by_path: dict[str, list[Entry]] = {}
    for entry, _ in given:
        by_path.setdefault(entry.path, []).append(entry)

    records: list[EntryRecord] = []
    changes: list[EntryChange] = []
    new_cards: list[tuple[int, Card]] = []
    retire: list[str] = []
    others: list[Entry] | None = None
    for path, entries in sorted(by_path.items(), key=lambda item: item[0].casefold()):
        unchanged = all(stored_hashes.get(e.key) == _hash(texts[e.key]) for e in entries)
        if unchanged and _same_places(store, path, entries):
            # Nothing in this path is new or edited: its cards are exactly as stored.
            for entry in entries:
                change = EntryChange(entry.key, entry.title, path)
                change.unchanged = sum(
                    1
                    for stored in existing_by_entry.get(entry.key, {}).values()
                    if not stored.retired
                )
                changes.append(change)
            continue
        if others is None:
            others = _entries_of_other_paths(store, set(by_path))
        steps = _path_with(store, path, entries)
        for position, entry in enumerate(steps, start=1):
            if entry.key not in texts:
                continue
            records.append(_record(entry, texts[entry.key], position))
            change = EntryChange(entry.key, entry.title, path)
            changes.append(change)
            siblings = [step for step in steps if step.key != entry.key]
            deck = cards.generate(entry, others=siblings + others, seed=GENERATION_SEED)
            _diff(entry.key, deck, existing_by_entry.get(entry.key, {}), change, new_cards, retire)
    return ImportPlan(ImportWrite(records, new_cards, retire), changes)


def _same_places(store: Store, path: str, entries: Sequence[Entry]) -> bool:
    """Whether the entries that give a step number already stand there (a path file's order
    can change while no entry's text does)."""
    if all(entry.step is None for entry in entries):
        return True
    stored = {step.key: step.position for step in store.path_steps(path)}
    numbered = [(entry.step, stored.get(entry.key)) for entry in entries if entry.step]
    if any(position is None for _, position in numbered):
        return False
    # A step number orders entries; it is not a position (step 3 may be the path's first
    # entry imported), so compare the order, not the numbers.
    by_step = [position for _, position in sorted(numbered, key=lambda pair: pair[0] or 0)]
    return by_step == sorted(by_step)  # type: ignore[type-var]


def _path_with(store: Store, path: str, entries: Sequence[Entry]) -> list[Entry]:
    """The steps of `path` once `entries` join it, in order."""
    merged = {}
    for position, (key, file, text) in enumerate(store.entry_texts(path), start=1):
        stored = _reparse(key, file, text)
        if stored is None:
            # Placed on this path by a path file: keep the place it was given then.
            stored = _reparse(key, file, text, path, position)
        if stored is not None:
            merged[key] = stored
    merged.update({entry.key: entry for entry in entries})
    return order_steps(list(merged.values()))


def apply_plan(store: Store, plan: ImportPlan, now: datetime) -> None:
    store.save_import(plan.write, now)


def order_steps(entries: list[Entry]) -> list[Entry]:
    """The steps of one path in order: explicit step numbers first, then 'next' links.

    Entries that give a step number are placed by it; the rest follow the chains their
    `next` lines make (Frontend -> Backend -> API), each chain starting where no other
    entry points to it; whatever is left keeps the order it came in.
    """
    by_title = {entry.title.casefold(): entry for entry in entries}
    pointed_to = {entry.next.casefold() for entry in entries if entry.next}
    original = {entry.key: index for index, entry in enumerate(entries)}

    def rank(entry: Entry) -> tuple[int, int]:
        return (entry.step if entry.step is not None else 10_000, original[entry.key])

    heads = sorted(
        (entry for entry in entries if entry.title.casefold() not in pointed_to), key=rank
    )
    ordered: list[Entry] = []
    placed: set[str] = set()
    for head in [*heads, *sorted(entries, key=rank)]:
        entry: Entry | None = head
        while entry is not None and entry.key not in placed:
            ordered.append(entry)
            placed.add(entry.key)
            entry = by_title.get(entry.next.casefold()) if entry.next else None
    if all(entry.step is not None for entry in entries):
        ordered.sort(key=rank)
    return ordered


def builtin_files() -> list[tuple[str, str]]:
    """(name, text) of each built-in System Basics entry, in file order."""
    folder = resources.files("tutor") / "builtin" / "system-basics"
    files = sorted(
        (item for item in folder.iterdir() if item.name.endswith(".md")), key=lambda i: i.name
    )
    return [(f"built-in:system-basics/{item.name}", item.read_text("utf-8")) for item in files]


def ensure_builtin(store: Store, now: datetime) -> bool:
    """Import the built-in path on first use; True when it was imported now."""
    if store.settings().get(BUILTIN_SETTING):
        return False
    given = [(cards.parse(text, file=name), text) for name, text in builtin_files()]
    plan = plan_import(store, given)
    store.save_import(plan.write, now)
    store.set_settings({BUILTIN_SETTING: GENERATION_VERSION})
    return True


def _diff(
    entry_key: str,
    deck: list[Card],
    existing: dict[str, StoredCard],  # this entry's stored cards (a card id names its entry)
    change: EntryChange,
    new_cards: list[tuple[int, Card]],
    retire: list[str],
) -> None:
    fresh_ids = {card.id for card in deck}
    for position, card in enumerate(deck):
        stored = existing.get(card.id)
        if stored is None:
            change.new += 1
            new_cards.append((position, card))
        elif stored.retired or _content(stored.card) != _content(card):
            change.changed += 1
            new_cards.append((position, card))
        else:
            change.unchanged += 1
    for card_id, stored in existing.items():
        if stored.card.source.file.startswith(CSV_SOURCE):
            continue  # a card written in a spreadsheet belongs to its CSV file, not the entry
        if stored.card.entry_key == entry_key and card_id not in fresh_ids and not stored.retired:
            change.retired += 1
            retire.append(card_id)


def _content(card: Card) -> tuple[object, ...]:
    return (
        card.answering,
        card.prompt,
        card.answer,
        card.options,
        card.accepted,
        card.explanation,
        card.source,
    )


def _record(entry: Entry, text: str, position: int) -> EntryRecord:
    return EntryRecord(
        key=entry.key,
        path=entry.path,
        path_slug=cards.slugify(entry.path),
        position=position,
        slug=entry.slug,
        title=entry.title,
        file=entry.file,
        layout=entry.layout.value,
        tags=entry.tags,
        aliases=entry.aliases,
        next_title=entry.next,
        sections=tuple(
            SectionRef(section.kind.value, section.heading, section.line)
            for section in entry.sections
        ),
        text=text,
        content_hash=_hash(text),
    )


def _hash(text: str) -> str:
    digest = hashlib.sha256(f"{GENERATION_VERSION}\x1f{text}".encode()).hexdigest()
    return f"{GENERATION_VERSION}-{digest[:24]}"


def _reparse(
    key: str, file: str, text: str, path: str | None = None, position: int | None = None
) -> Entry | None:
    try:
        entry = cards.parse(text, file=file, default_path=_folder_name(file))
    except ParseError:
        return None
    if path is not None:
        entry = replace(entry, path=path, step=position)
    return entry if entry.key == key else None


def read_path_file(file: Path) -> tuple[str, list[tuple[int, str]]]:
    """A path file's path name (default: its folder's name) and its (line, step name) list.

    Blank lines and lines starting with '#' are skipped; a step may be written with a
    list marker ("1.", "-", "•") in front.
    """
    name = file.parent.name
    steps: list[tuple[int, str]] = []
    try:
        text = file.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not UTF-8 text"
        raise ParseError(str(file), 0, f"cannot read the path file ({reason})") from None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.casefold().startswith("path:"):
            name = line[5:].strip() or name
            continue
        step = _LIST_MARK.sub("", line).strip()
        if step:
            steps.append((number, step))
    if not steps:
        raise ParseError(str(file), 1, "a path file lists its steps, one per line")
    return name, steps


def _entry_files_in(folder: Path) -> set[Path]:
    return {
        path
        for path in folder.iterdir()
        if path.is_file()
        and path.suffix.lower() in ENTRY_SUFFIXES
        and path.name != PATH_FILE
        and not path.name.startswith(".")
    }


_LIST_MARK = re.compile(r"^(\d+[.)]|[-*•])\s+")


def _apply_path_files(
    read: list[tuple[Path, Entry, str]],
) -> tuple[list[tuple[Path, Entry, str]], list[ParseError]]:
    """Put the entries a path file lists on its path, in its order."""
    errors: list[ParseError] = []
    folders = dict.fromkeys(path.parent for path, _, _ in read)
    placed: dict[Path, tuple[str, int]] = {}
    for folder in folders:
        file = folder / PATH_FILE
        if not file.is_file():
            continue
        try:
            name, steps = read_path_file(file)
        except ParseError as error:
            errors.append(error)
            continue
        here = [(path, entry) for path, entry, _ in read if path.parent == folder]
        # A name is only missing when the whole folder is being imported; importing one
        # file of it still places that file by the list.
        whole = _entry_files_in(folder) <= {path for path, _ in here}
        for position, (line, step) in enumerate(steps, start=1):
            wanted = step.casefold()
            found = [
                path
                for path, entry in here
                if wanted in {n.casefold() for n in (*entry.names, entry.slug)}
            ]
            if not found and whole:
                titles = ", ".join(entry.title for _, entry in here)
                errors.append(ParseError(str(file), line, f"no entry here is '{step}' ({titles})"))
            elif not found:
                continue
            elif found[0] in placed:
                errors.append(ParseError(str(file), line, f"'{step}' is listed twice"))
            else:
                placed[found[0]] = (name, position)
    placed_read = [
        (path, replace(entry, path=placed[path][0], step=placed[path][1]), text)
        if path in placed
        else (path, entry, text)
        for path, entry, text in read
    ]
    return placed_read, errors


def _folder_name(file: str) -> str:
    return Path(file.removeprefix("built-in:")).parent.name


def _entries_of_other_paths(store: Store, paths: set[str]) -> list[Entry]:
    """Stored entries of other paths: the second source of distractors."""
    others = []
    for key, file, text in store.entry_texts():
        entry = _reparse(key, file, text)
        if entry is not None and entry.path not in paths:
            others.append(entry)
    return others


def _text_of(path: Path) -> str:
    # read_entry has already refused what is too big, binary or not UTF-8.
    return path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")


__all__ = [
    "EntryChange",
    "ImportPlan",
    "apply_plan",
    "builtin_files",
    "ensure_builtin",
    "find_entry_files",
    "order_steps",
    "plan_import",
    "read_entries",
    "read_path_file",
]
