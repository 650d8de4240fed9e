"""Importing entries: files in, a checked plan of what changes, then one transaction.

Everything is read, parsed and generated before anything is written. A re-import of the
same files changes nothing; an edited entry keeps the progress of every card whose prompt
did not change (a card's id is a hash of its prompt); a card whose source is gone is
retired with its reviews kept.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path

import cards
from cards import Card, Entry, ParseError
from db import EntryRecord, ImportWrite, SectionRef, Store, StoredCard

ENTRY_SUFFIXES = {".md", ".markdown", ".txt"}
BUILTIN_PATH = "System Basics"
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
    """Parse every file; return (entry, text) pairs and the problems found."""
    parsed: list[tuple[Entry, str]] = []
    errors: list[ParseError] = []
    seen: dict[str, str] = {}
    for path in files:
        try:
            entry = cards.read_entry(path)
            text = _text_of(path)
        except ParseError as error:
            errors.append(error)
            continue
        except OSError as error:
            errors.append(ParseError(str(path), 0, f"cannot read ({error.strerror})"))
            continue
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
    by_path: dict[str, list[Entry]] = {}
    for entry, _ in given:
        by_path.setdefault(entry.path, []).append(entry)

    records: list[EntryRecord] = []
    changes: list[EntryChange] = []
    new_cards: list[tuple[int, Card]] = []
    retire: list[str] = []
    others: list[Entry] | None = None
    for path, entries in sorted(by_path.items(), key=lambda item: item[0].casefold()):
        if all(stored_hashes.get(e.key) == _hash(texts[e.key]) for e in entries):
            # Nothing in this path is new or edited: its cards are exactly as stored.
            for entry in entries:
                change = EntryChange(entry.key, entry.title, path)
                change.unchanged = sum(
                    1
                    for stored in existing.values()
                    if stored.card.entry_key == entry.key and not stored.retired
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
            _diff(entry.key, deck, existing, change, new_cards, retire)
    return ImportPlan(ImportWrite(records, new_cards, retire), changes)


def _path_with(store: Store, path: str, entries: Sequence[Entry]) -> list[Entry]:
    """The steps of `path` once `entries` join it, in order."""
    merged = {}
    for key, file, text in store.entry_texts(path):
        stored = _reparse(key, file, text)
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
    existing: dict[str, StoredCard],
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


def _reparse(key: str, file: str, text: str) -> Entry | None:
    try:
        entry = cards.parse(text, file=file, default_path=_folder_name(file))
    except ParseError:
        return None
    return entry if entry.key == key else None


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
]
