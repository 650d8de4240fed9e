"""Importing entries: files in, a checked plan of what changes, then one transaction.

Everything is read, parsed and generated before anything is written. A re-import of the
same files changes nothing; an edited entry keeps the progress of every card whose prompt
did not change (a card's id is a hash of its prompt); a card whose source is gone is
retired with its reviews kept.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field, replace
from datetime import datetime
from importlib import resources
from pathlib import Path

import cards
from cards import Card, Entry, ParseError
from cards.text import collapse, folder_path
from db import EntryRecord, ImportWrite, SectionRef, Store, StoredCard
from db.store import StoredEntry
from tutor import workers
from tutor.home import BUILT_IN, BUILTIN_SETTING
from tutor.interop import card_maker
from tutor.interop.card_maker import GENERATION_SETTING, generation_of

ENTRY_SUFFIXES = {".md", ".markdown", ".txt", ".html", ".htm"}
# The path a page imported by URL joins when it names none.
WEB_PATH = "Web pages"
# A folder may hold a path file: an optional `path: NAME` line, then the steps in order,
# one per line, each an entry's title, slug or alias (see docs/GUIDE.md, "Entry files").
PATH_FILE = "_path.txt"
BUILTIN_PATH = "System Basics"
CSV_SOURCE = "csv:"  # how tutor.interop.csv_cards marks the source file of the cards it imports
GENERATION_SEED = 0


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
    not_applied: int = 0  # CSV rows that edit a card another file makes: not applied
    added: bool = False  # the entry is new to the collection (it may give no card)
    step_retired: bool = False  # its file is gone from the folder imported: step retired
    moved_to: str = ""  # or its file is there, and puts the entry on this path now
    dropped: bool = False  # or its file is there and no longer gives it (a title changed)
    changed_cards: list[str] = field(default_factory=list)  # prompts, kept with progress
    retired_cards: list[str] = field(default_factory=list)  # prompts, reviews kept
    new_cards: list[str] = field(default_factory=list)  # prompts


@dataclass
class ImportReport:
    """What an import changed (or would change), entry by entry."""

    changes: list[EntryChange]

    @property
    def changes_anything(self) -> bool:
        return any(
            change.new or change.changed or change.retired or change.added
            for change in self.changes
        )


@dataclass
class ImportPlan:
    """An import worked out in full before anything is written."""

    write: ImportWrite
    changes: list[EntryChange]
    errors: list[ParseError] = field(default_factory=list)

    @property
    def changes_anything(self) -> bool:
        return ImportReport(self.changes).changes_anything


@dataclass(frozen=True)
class GivenEntry:
    """One entry file to import: its Entry (placed by any path file), its text and hash.

    `parsed` is False for a stand-in: the stored entry whose text, place and hash the file
    still has, made from the stored row so the file need not be parsed. A stand-in has no
    sections; `parse_given` turns it into the real Entry when its path must be re-planned.
    """

    entry: Entry
    text: str
    content_hash: str
    parsed: bool = True


def find_entry_files(targets: Iterable[Path]) -> tuple[list[Path], list[ParseError]]:
    """Expand files and folders into entry files, in a stable order.

    A subfolder that cannot be read is reported, not skipped in silence: its entries
    would otherwise look retired.
    """
    files: list[Path] = []
    errors: list[ParseError] = []
    for target in targets:
        if target.is_dir():
            found, unreadable = _entry_files_under(target)
            for folder, reason in unreadable:
                errors.append(ParseError(str(folder), 0, f"cannot read the folder ({reason})"))
            if not found and not unreadable:
                errors.append(
                    ParseError(str(target), 0, "no entry files (.md, .txt, .html) in folder")
                )
            files.extend(_absolute(file) for file in found)
        elif target.is_file():
            files.append(_absolute(target))
        elif target.exists():
            errors.append(
                ParseError(str(target), 0, "not a regular file (a device, pipe or socket)")
            )
        else:
            missing = "no such file or folder" + _close_names(target)
            errors.append(ParseError(str(target), 0, missing))
    # A file named twice (`notes/ notes/cdn.md`, or a glob that overlaps a folder) is one
    # file: read once, not refused as an entry clashing with itself.
    seen: set[str] = set()
    once = []
    for file in files:
        real = os.path.realpath(file)
        if real not in seen:
            seen.add(real)
            once.append(file)
    return once, errors


def _absolute(file: Path) -> Path:
    """`file` from the root: an entry remembers the file it came from, and 'notes/ph.md'
    means another file, or none, from another folder (and a re-import of the same notes
    by their full path counted every card as changed)."""
    return Path(os.path.abspath(file))


def _close_names(target: Path) -> str:
    """The end of 'no such file or folder' that names a file or folder beside where
    `target` would be whose name is close to its own (a slip of the fingers): "; did you
    mean 'notes/levain.md'?", else ''."""
    from tutor.progress.paths import did_you_mean

    try:
        names = [name for name in os.listdir(target.parent) if not name.startswith(".")]
    except OSError:
        return ""
    # (file names share their endings: 'levian.md' is as close to 'autolyse.md' as a
    # step's name to half the others, hence a higher bar than for those)
    return did_you_mean(
        target.name, names, cutoff=0.6, said=lambda name: str(target.with_name(name))
    )


def _entry_files_under(folder: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    found: list[Path] = []
    unreadable: list[tuple[Path, str]] = []

    def refused(error: OSError) -> None:
        unreadable.append((Path(error.filename or folder), error.strerror or str(error)))

    for here, subfolders, names in os.walk(folder, onerror=refused):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        found.extend(
            Path(here) / name
            for name in names
            if not name.startswith(".")
            and Path(name).suffix.lower() in ENTRY_SUFFIXES
            and name != PATH_FILE
            and (Path(here) / name).is_file()
        )
    return sorted(found), sorted(unreadable)


def read_entries(files: Sequence[Path]) -> tuple[list[tuple[Entry, str]], list[ParseError]]:
    """Parse every file; return (entry, text) pairs and the problems found.

    Entries named in a path file beside them take that file's path and step order.
    """
    given, errors = read_given(None, files)
    return [(item.entry, item.text) for item in given], errors


def read_given(
    store: Store | None, files: Sequence[Path], parsed_one: Callable[[], None] | None = None
) -> tuple[list[GivenEntry], list[ParseError]]:
    """Read every file and parse those that changed since they were last imported.

    A file whose text, and place on its path, hash to what the entry stored from that
    same file was imported with is not parsed (re-importing 1,000 unchanged files parsed
    them all, about 4 s): a stand-in made from the stored row takes its place. Entries
    named in a path file beside them take that file's path and step order. `parsed_one`
    is called once for each file: as it is read when it was imported before, else as it
    is parsed (a re-import of 3,000 unchanged files read them with no bar moving).
    """
    with workers.seldom_collected():
        return _read_given(store, files, parsed_one)


def _read_given(
    store: Store | None, files: Sequence[Path], parsed_one: Callable[[], None] | None
) -> tuple[list[GivenEntry], list[ParseError]]:
    tick = parsed_one or (lambda: None)
    stored: dict[str, list[StoredEntry]] = {}
    for one in store.stored_entries() if store is not None else ():
        stored.setdefault(one.file, []).append(one)
    texts: dict[Path, str] = {}
    stand_ins: dict[Path, StoredEntry] = {}
    for path in files:
        if path.name == PATH_FILE:
            continue
        text = _text_if_readable(path)
        if text is not None:
            texts[path] = text
        known = stored.get(str(path), [])
        if text is not None and len(known) == 1:
            stand_ins[path] = known[0]
            tick()  # most likely unchanged: not parsed, so it is done
    parsed: dict[Path, list[Entry]] = {}  # []: the file could not be parsed
    parse_errors: list[ParseError] = []
    to_parse = [path for path in texts if path not in stand_ins]
    stale_ones: set[Path] = set()
    if len(to_parse) >= SHARED_FROM and workers.cores() > 1:
        parsed, parse_errors = _parse_shared(to_parse, workers.cores(), tick)
    while True:
        read: list[tuple[Path, Entry, str]] = []
        for path in files:
            if path.name == PATH_FILE:
                continue
            if path in stand_ins:
                read.append((path, _stand_in(stand_ins[path]), texts[path]))
                continue
            if path not in parsed:
                parsed[path] = _parse_file(path, parse_errors)
                if path not in stale_ones:  # told of already, as it was read
                    tick()
            # A glossary page of many terms gives an entry for each.
            read.extend((path, entry, texts.get(path) or _text_of(path)) for entry in parsed[path])
        placed, path_errors = _apply_path_files(read)
        stale = [
            path
            for path, entry, text in placed
            if path in stand_ins and not _still_matches(path, entry, text, stand_ins[path])
        ]
        if not stale:
            break
        # The file's text or place differs from what was stored: parse it, and place
        # everything again (a path file matches steps by the names found in the text).
        for path in stale:
            del stand_ins[path]
            stale_ones.add(path)
    given: list[GivenEntry] = []
    errors = parse_errors + path_errors
    seen: dict[str, str] = {}
    path_names = dict(store.path_slugs()) if store is not None else {}
    by_key = {one.key: one for many in stored.values() for one in many}
    for path, entry, text in placed:
        entry = _stored_spelling(entry, path, path_names)
        clash = _name_clash(entry, str(path), path_names, by_key)
        if clash:
            errors.append(ParseError(str(path), 1, clash))
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
        given.append(
            GivenEntry(entry, text, _hash(text, _placement(entry)), parsed=path not in stand_ins)
        )
    return given, errors


def _stored_spelling(entry: Entry, file: Path, path_names: dict[str, str]) -> Entry:
    """`entry` on the stored path of the same short name, when its path is the one its
    folder gives by default: a name the learner wrote stands as written (and may clash),
    a default one joins the path as the collection spells it ('web' imported before from a
    path file that named none, 'Web' from the folder now)."""
    known = path_names.get(cards.slugify(entry.path))
    if known is None or known == entry.path or entry.path != folder_path(file):
        return entry
    return replace(entry, path=known)


def _name_clash(
    entry: Entry, file: str, path_names: dict[str, str], stored: dict[str, StoredEntry]
) -> str:
    """Why `entry` cannot join the collection under its key ('' when it can).

    Two names that differ in case or symbols only ('System basics' and 'System Basics',
    'Go' and 'GO', 'C++' and 'C') fold to one short name; the database keeps one path or
    entry per short name, so the second is refused here, by name, not by a constraint.
    """
    path_slug = cards.slugify(entry.path)
    known = path_names.setdefault(path_slug, entry.path)
    if known != entry.path:
        return (
            f"path '{entry.path}' has the same short name ('{path_slug}') as the path "
            f"'{known}'; write it as '{known}' to join that path, or give it another name"
        )
    other = stored.get(entry.key)
    if (
        other is not None
        and other.file != file
        and other.title.casefold() != entry.title.casefold()
        and not other.file.startswith(CSV_SOURCE)
    ):
        return (
            f"'{entry.title}' has the same short name ('{entry.key}') as '{other.title}' "
            f"from {other.file}; rename one of them"
        )
    return ""


def _parse_shared(
    files: Sequence[Path], processes: int, tick: Callable[[], None]
) -> tuple[dict[Path, list[Entry]], list[ParseError]]:
    """`_parse_file` of every file, by `processes` processes; errors in file order.

    Forked before any progress bar has started its thread (reading comes first).
    """
    parsed: dict[Path, list[Entry]] = {}
    errors: list[ParseError] = []
    with workers.forked_pool(processes) as pool:
        chunk = max(1, len(files) // (processes * 8))
        for path, (entries, found) in zip(
            files, pool.imap(_parse_job, files, chunksize=chunk), strict=True
        ):
            parsed[path] = entries
            errors.extend(ParseError(*where) for where in found)
            tick()
    return parsed, errors


def _parse_job(path: Path) -> tuple[list[Entry], list[tuple[str, int, str]]]:
    errors: list[ParseError] = []
    try:
        entries = _parse_file(path, errors)
    finally:
        cards.release_caches()
    # An exception made with several arguments does not survive pickling: send its parts.
    return entries, [(error.file, error.line, error.message) for error in errors]


def _parse_file(path: Path, errors: list[ParseError]) -> list[Entry]:
    from cards.parsing import read_entries as entries_of

    try:
        return entries_of(path)
    except ParseError as error:
        errors.append(error)
    except OSError as error:
        errors.append(ParseError(str(path), 0, f"cannot read ({error.strerror})"))
    return []


def entries_of_text(text: str, file: str) -> list[Entry]:
    """The entries a stored text gives again: a file's (its folder names the path) or a
    web page's (on the web path, named by its address)."""
    from cards.parsing import parse_entries
    from tutor.interop.fetch import is_url, page_key

    if not is_url(file):
        return parse_entries(text, file=file, default_path=folder_path(Path(file)))
    entries = parse_entries(text, file=file, default_path=WEB_PATH)
    if len(entries) == 1:
        entries = [replace(entries[0], slug=cards.slugify(page_key(file)))]
    return entries


def read_pages(
    urls: Sequence[str], fetching: Callable[[str, int, int], None] | None = None
) -> tuple[list[GivenEntry], list[ParseError]]:
    """Fetch web pages by URL and parse their main content, as files are parsed.

    The text kept for each entry is the page's main content as Markdown (what a re-import
    compares, and what `tutor read` shows); the entry is named by its address, so the
    same page fetched again is the same entry whatever its title says.
    """
    from cards.html import html_to_markdown, looks_like_html
    from tutor.interop.fetch import FetchError, fetch

    given: list[GivenEntry] = []
    errors: list[ParseError] = []
    for number, url in enumerate(urls):
        if fetching is not None:
            fetching(f"Fetching {url}", number, len(urls))
        try:
            page = fetch(url)
            text = html_to_markdown(page) if looks_like_html(page) else page
            if not text.strip():
                raise ParseError(url, 1, "is a web page with no main text to learn from")
            entries = entries_of_text(text, url)
        except FetchError as error:
            errors.append(ParseError(url, 0, error.message))
            continue
        except ParseError as error:
            if "no section a card can be made from" in error.message:
                error = ParseError(
                    url, 0, "is not a concept page: nothing on it says what a term is"
                )
            errors.append(error)
            continue
        given.extend(GivenEntry(entry, text, _hash(text)) for entry in entries)
    return given, errors


def _stand_in(stored: StoredEntry) -> Entry:
    return Entry(
        title=stored.title,
        slug=stored.slug,
        file=stored.file,
        layout=cards.Layout(stored.layout),
        path=stored.path,
        tags=stored.tags,
        next=stored.next_title,
        aliases=stored.aliases,
    )


def _still_matches(path: Path, entry: Entry, text: str, stored: StoredEntry) -> bool:
    """Whether parsing `path` would give `stored` again, decided without parsing it.

    The same file name and the same text give the same entry, with one exception: a file
    named without a folder takes its default path from the working folder, so there the
    stored path must also be the one that folder gives.
    """
    if _hash(text, _placement(entry)) != stored.content_hash:
        return False
    own_place = not _placement(entry)
    return not (own_place and path.parent == Path(".") and stored.path != folder_path(path))


def parse_given(item: GivenEntry) -> Entry:
    """The full Entry of `item`, parsing a stand-in's text (placed where it stands)."""
    if item.parsed:
        return item.entry
    file = item.entry.file
    entries = entries_of_text(item.text, file)
    entry = next((one for one in entries if one.key == item.entry.key), entries[0])
    if _placement(item.entry):
        entry = replace(entry, path=item.entry.path, step=item.entry.step)
    return entry


def plan_import(store: Store, given: Sequence[tuple[Entry, str]]) -> ImportPlan:
    """Work out every change an import of `given` would make, without writing."""
    items = [GivenEntry(entry, text, _hash(text, _placement(entry))) for entry, text in given]
    plan = ImportPlan(ImportWrite([], [], []), [])
    records: list[EntryRecord] = []
    new_cards: list[tuple[int, Card]] = []
    retire: list[str] = []
    opened: list[str] = []
    for changes, write in plan_paths(store, items):
        plan.changes += changes
        records += write.entries
        new_cards += write.cards
        retire += write.retire
        opened += write.open_paths
    plan.write = ImportWrite(records, new_cards, retire, open_paths=opened)
    return plan


def import_given(
    store: Store,
    given: Sequence[GivenEntry],
    now: datetime,
    dry_run: bool = False,
    folders: Sequence[Path] = (),
    entries_done: Callable[[int], None] | None = None,
    unread: Collection[str] = (),
) -> ImportReport:
    """Plan and write an import path by path, in one transaction; nothing if `dry_run`.

    Each path's cards are written as soon as they are made, so an import of 1,000
    entries never holds all of their cards at once. An entry once imported from one of
    `folders` whose file is no longer among `given` has its step retired, unless the file
    is among `unread` (files still there that this import refused, `--skip-invalid`):
    what they gave before stays as it is. `entries_done` is told of the entries whose
    cards are made, a few at a time (for a progress bar).
    """
    report = ImportReport([])
    writes = planned_writes(store, given, folders, unread, entries_done, report.changes)
    # The plan is closed however the import ends: the processes it forked, and the
    # entries they were handed, go with it (a failed write's traceback, kept by a
    # caller, would otherwise keep the suspended plan and its pool alive).
    with workers.seldom_collected(), closing(writes) as planned:
        if dry_run:
            for _ in planned:
                pass
        else:
            store.save_imports(planned, now)
    return report


def planned_writes(
    store: Store,
    given: Sequence[GivenEntry],
    folders: Sequence[Path] = (),
    unread: Collection[str] = (),
    entries_done: Callable[[int], None] | None = None,
    changes: list[EntryChange] | None = None,
) -> Iterator[ImportWrite]:
    """What an import of `given` writes, path by path, planned as it is asked for; the
    changes are added to `changes` as they are known (see `import_given`)."""
    told = [] if changes is None else changes
    with closing(plan_paths(store, given, made=entries_done)) as planned:
        for changed, write in planned:
            told += changed
            yield write
            # The cards package keeps caches (sentences, words, card ids) that fill to
            # their limits over a large import; they are worth nothing once a path is
            # planned.
            cards.release_caches()
    changed, write = plan_gone(store, given, folders, unread)
    told += changed
    yield write


# Generating cards is most of an import's time (about 20 ms an entry of 100 cards) and
# each path's cards depend only on its own entries and those of other paths, so from
# this many entries to generate on, paths are generated by a process per core.
SHARED_FROM = 40


@dataclass
class _PathWork:
    """One path to generate: what it needs, and what its cards are compared with."""

    path: str
    steps: list[Entry]  # the path's entries in order, stored and given
    texts: dict[str, str]  # given entries: key -> text
    hashes: dict[str, str]
    existing: dict[str, dict[str, StoredCard]]


def plan_paths(
    store: Store,
    given: Sequence[GivenEntry],
    processes: int | None = None,
    made: Callable[[int], None] | None = None,
) -> Iterator[tuple[list[EntryChange], ImportWrite]]:
    """Each path's changes and what to write for them, one path at a time, in name order.

    A path whose given entries are all as stored (same text, same place) is not
    generated again: its cards are counted in SQL and nothing is written for it.
    `processes` generate paths at the same time (default: one per core when there are
    SHARED_FROM entries or more to generate); the plan is the same either way. `made` is
    told, in this thread, how many given entries have their cards as they come: a path
    of many entries reports every part of it, not once at its end.
    """
    tell = made or (lambda _count: None)
    stored_hashes = store.entry_hashes()
    ordered = _paths_in_order(given)
    unchanged = {
        path
        for path, items in ordered
        if all(stored_hashes.get(i.entry.key) == i.content_hash for i in items)
        and _same_places(store, path, [item.entry for item in items])
    }
    to_generate = sum(len(items) for path, items in ordered if path not in unchanged)
    if processes is None:
        processes = workers.cores() if to_generate >= SHARED_FROM else 1
    others: list[Entry] = []
    if to_generate:
        others = _entries_of_other_paths(store, {path for path, _ in ordered})

    def work() -> Iterator[tuple[str, list[GivenEntry], _PathWork | None]]:
        for path, items in ordered:
            yield path, items, None if path in unchanged else _path_work(store, path, items)

    if processes > 1:
        parsed = {item.entry.key: item.entry for item in given if item.parsed}
        decked = _decks_shared(work(), others, parsed, processes, tell)
    else:
        decked = (
            (path, items, job, job and _decks(job.steps, set(job.texts), others, tell))
            for path, items, job in work()
        )
    with closing(decked):
        for path, items, job, decks in decked:
            if job is None or decks is None:
                # Nothing in this path is new or edited: its cards are exactly as stored.
                tell(len(items))
                stand_ins = [item.entry for item in items]
                counts = store.live_card_counts(entry.key for entry in stand_ins)
                opened = () if _is_open(store, path, items) else (path,)
                yield (
                    [
                        EntryChange(e.key, e.title, path, unchanged=counts.get(e.key, 0))
                        for e in stand_ins
                    ],
                    ImportWrite([], [], [], open_paths=opened),
                )
                continue
            changes, write = _path_plan(job, decks)
            for change in changes:
                change.added = change.key not in stored_hashes
            if not laid_out(job.steps):
                write = replace(write, open_paths=(path,))
            yield changes, write


def laid_out(steps: Sequence[Entry]) -> bool:
    """Whether the author laid out `steps` as a sequence, to be gated step by step: some
    entry gives a step number (its own, or a path file's) or a 'next' line, or the steps
    are the built-in path's. A folder of notes that does none of these is a set."""
    return any(entry.placed or entry.file.startswith(BUILT_IN) for entry in steps)


def _is_open(store: Store, path: str, items: Sequence[GivenEntry]) -> bool:
    """Whether an unchanged path's steps stand as its layout wants: every step of a set
    open (a set imported before sets were told from sequences was gated), or the path laid
    out. A stand-in knows its 'next' line and a path file's place; a `step:` of its own
    only its text says, which is parsed only when it mentions a step."""
    if all(step.unlocked for step in store.path_steps(path)):
        return True
    stand_ins = [item.entry for item in items]
    if laid_out(stand_ins):
        return True
    return any(
        laid_out([parse_given(item)])
        for item in items
        if not item.parsed and "step" in item.text.casefold()
    )


def _path_work(store: Store, path: str, items: Sequence[GivenEntry]) -> _PathWork:
    entries = [parse_given(item) for item in items]
    texts = {item.entry.key: item.text for item in items}
    existing: dict[str, dict[str, StoredCard]] = {}
    for card_id, card in store.cards_of_entries(texts).items():
        existing.setdefault(card.card.entry_key, {})[card_id] = card
    return _PathWork(
        path,
        _path_with(store, path, entries),
        texts,
        {item.entry.key: item.content_hash for item in items},
        existing,
    )


def _decks(
    steps: Sequence[Entry],
    keys: set[str],
    others: Sequence[Entry],
    made: Callable[[int], None] | None = None,
) -> list[list[Card]]:
    """The cards of each step whose key is in `keys`, in step order; `made` is told of each."""
    decks = []
    for entry in steps:
        if entry.key in keys:
            decks.append(
                cards.generate(entry, others=_beside(entry, steps, others), seed=GENERATION_SEED)
            )
            if made is not None:
                made(1)
    return decks


def _beside(entry: Entry, steps: Sequence[Entry], others: Sequence[Entry]) -> list[Entry]:
    """The entries `entry`'s cards are made beside (for distractors): the other steps of
    its path first, then the entries of other paths."""
    return [*(step for step in steps if step.key != entry.key), *others]


def _paths_in_order(given: Sequence[GivenEntry]) -> list[tuple[str, list[GivenEntry]]]:
    """`given` by path, paths in name order (case aside), each path's entries as given:
    the order an import plans them in, and `tutor preview` shows them in."""
    by_path: dict[str, list[GivenEntry]] = {}
    for item in given:
        by_path.setdefault(item.entry.path, []).append(item)
    return sorted(by_path.items(), key=lambda pair: pair[0].casefold())


def generated_beside(
    store: Store, given: Sequence[GivenEntry]
) -> Iterator[tuple[Entry, list[Entry]]]:
    """Each entry of `given` with the entries an import of `given` into `store` would
    make its cards beside: the path's other steps, stored and given, in order, then the
    other paths' entries. Paths in name order, steps in path order, as the import plans
    them (`tutor preview` shows what an import would make with these)."""
    ordered = _paths_in_order(given)
    others = _entries_of_other_paths(store, {path for path, _ in ordered})
    for path, items in ordered:
        steps = _path_with(store, path, [parse_given(item) for item in items])
        keys = {item.entry.key for item in items}
        for entry in steps:
            if entry.key in keys:
                yield entry, _beside(entry, steps, others)


def _path_plan(job: _PathWork, decks: list[list[Card]]) -> tuple[list[EntryChange], ImportWrite]:
    records: list[EntryRecord] = []
    changes: list[EntryChange] = []
    new_cards: list[tuple[int, Card]] = []
    retire: list[str] = []
    made = iter(decks)
    for position, entry in enumerate(job.steps, start=1):
        if entry.key not in job.texts:
            continue
        records.append(_record(entry, job.texts[entry.key], job.hashes[entry.key], position))
        change = EntryChange(entry.key, entry.title, job.path)
        changes.append(change)
        deck = next(made)
        _diff(entry.key, deck, job.existing.get(entry.key, {}), change, new_cards, retire)
    return changes, ImportWrite(records, new_cards, retire)


# What a generating process is handed by fork, set just before it: the entries of other
# paths, and the entries this import parsed by key (a job names those of its steps by
# key: pickling a path's 50 long entries for each of its parts cost a second of CPU).
_OTHERS: list[Entry] = []
_PARSED: dict[str, Entry] = {}


# A path handed to the pool: its parts' decks, pending (None: nothing to generate).
_Waiting = tuple[
    str, list[GivenEntry], _PathWork | None, list[workers.Pending[list[list[Card]]]] | None
]


def _decks_shared(
    work: Iterator[tuple[str, list[GivenEntry], _PathWork | None]],
    others: list[Entry],
    parsed: dict[str, Entry],
    processes: int,
    made: Callable[[int], None],
) -> Iterator[tuple[str, list[GivenEntry], _PathWork | None, list[list[Card]] | None]]:
    """`work` in order with each path's decks, generated by `processes` processes.

    The store is read here, path by path, and each path is handed on as soon as it is
    read; at most `processes` + 1 paths are planned ahead of the one handed back, so
    memory stays that of a few paths. The processes are forked before any progress bar
    has started its thread (the bar starts on the first path reported done), and they
    touch neither the store nor the terminal. `parsed`: the import's entries by key.
    `made` is told of each part's entries as its decks are collected.
    """
    global _OTHERS, _PARSED
    _OTHERS, _PARSED = others, parsed
    try:
        with workers.forked_pool(processes) as pool:
            waiting: list[_Waiting] = []
            for path, items, job in work:
                pending = None
                if job is not None:
                    steps = [
                        entry.key if parsed.get(entry.key) is entry else entry
                        for entry in job.steps
                    ]
                    pending = [
                        pool.apply_async(_decks_job, ((steps, part),))
                        for part in _parts(job, processes)
                    ]
                waiting.append((path, items, job, pending))
                while len(waiting) > processes:
                    yield _collect(waiting.pop(0), made)
            while waiting:
                yield _collect(waiting.pop(0), made)
    finally:
        _OTHERS, _PARSED = [], {}


def _collect(
    waiting: _Waiting,
    made: Callable[[int], None],
) -> tuple[str, list[GivenEntry], _PathWork | None, list[list[Card]] | None]:
    path, items, job, pending = waiting
    if pending is None:
        return path, items, job, None
    decks: list[list[Card]] = []
    for part in pending:
        made_here = part.get()
        decks += made_here
        made(len(made_here))
    return path, items, job, decks


# A path's entries are generated by several processes when it has this many to generate
# for each (each entry's cards depend only on the entries, not on what was generated
# before): a folder of 1,000 notes is one path, which one process generated alone.
PART_FROM = 25
# A path of many entries is cut into this many runs for each process, so the progress bar
# moves as each run is handed back (a folder of 3,000 notes showed no bar until all of it
# was made), as the doctor's ranges do. Each run costs its process the memos of the whole
# path again (about 7 ms on a path of 3,000 short notes): on that path, with two
# processes, 16 runs took 16.1 to 19.2 s of CPU in all, the 4 runs before 16.2 to 19.4 s.
RUNS_PER_PROCESS = 8


def _parts(job: _PathWork, processes: int) -> list[set[str]]:
    """The keys of `job`'s entries to generate, cut into runs of steps, in step order."""
    keys = [entry.key for entry in job.steps if entry.key in job.texts]
    count = max(1, min(len(keys) // PART_FROM, processes * RUNS_PER_PROCESS))
    return [set(keys[len(keys) * n // count : len(keys) * (n + 1) // count]) for n in range(count)]


def _decks_job(job: tuple[list[Entry | str], set[str]]) -> list[list[Card]]:
    named, keys = job
    steps = [_PARSED[step] if isinstance(step, str) else step for step in named]
    try:
        return _decks(steps, keys, _OTHERS)
    finally:
        cards.release_caches()


def plan_gone(
    store: Store,
    given: Sequence[GivenEntry],
    folders: Sequence[Path],
    unread: Collection[str] = (),
) -> tuple[list[EntryChange], ImportWrite]:
    """The steps to retire: entries imported before from files under `folders` whose
    files are not among `given` (deleted, renamed or moved away), those a file still
    there now puts on another path (its `Next in` line or a path file changed): the entry
    there is a new step, and the old one would stay on its path beside it; and those a
    file read now no longer gives at all (its title was changed, a glossary dropped a
    term), which would stay beside the entry it gives now."""
    from db.standing import live_entry_files, live_prompts

    present: dict[Path, dict[str, str]] = {}  # file: its entries' slugs, and their paths
    for item in given:
        present.setdefault(Path(item.entry.file).resolve(), {})[item.entry.slug] = item.entry.path
    keys = {item.entry.key for item in given}
    roots = [folder.resolve() for folder in folders]
    refused = {Path(file).resolve() for file in unread}
    changes: list[EntryChange] = []
    retire: list[str] = []
    gone: list[str] = []
    for key, path, title, file in live_entry_files(store):
        if key in keys:
            continue
        place = Path(file).resolve()
        if place in refused:
            continue  # there, but not read this time: what it gave stays until it reads
        under = any(place.is_relative_to(root) for root in roots)
        there = present.get(place)
        slug = key.split("/", 1)[-1]
        if there is None and not under:
            continue  # not under a folder imported now, nor read: left as it is
        if there is not None and not under and (slug in there or path not in there.values()):
            # A file named alone: only a step it no longer gives on its own path is known
            # gone (a bare name read from another folder is another file, on another path).
            continue
        moved_to = there.get(slug, "") if there is not None and under else ""
        cards = live_prompts(store, key)
        changes.append(
            EntryChange(
                key,
                title,
                path,
                retired=len(cards),
                step_retired=True,
                moved_to=moved_to,
                dropped=there is not None and not moved_to,
                retired_cards=[prompt for _, prompt in cards],
            )
        )
        retire += [card_id for card_id, _ in cards]
        gone.append(key)
    return changes, ImportWrite([], [], retire, gone)


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
    given = {entry.key: entry for entry in entries}
    merged = {}
    for position, (key, file, text) in enumerate(store.entry_texts(path), start=1):
        if key in given:
            merged[key] = given[key]  # already parsed: its stored text is not needed
            continue
        stored = _reparse(key, file, text)
        if stored is None:
            # Placed on this path by a path file: keep the place it was given then.
            stored = _reparse(key, file, text, path, position)
        if stored is not None:
            merged[key] = stored
    merged.update(given)
    return order_steps(list(merged.values()))


def apply_plan(store: Store, plan: ImportPlan, now: datetime) -> None:
    store.save_import(plan.write, now)


def order_steps(entries: list[Entry]) -> list[Entry]:
    """The steps of one path in order: explicit step numbers first, then 'next' links.

    Entries that give a step number are placed by it; the rest follow the chains their
    `next` lines make (Frontend -> Backend -> API), each chain starting where no other
    entry points to it; whatever is left keeps the order it came in.
    """
    # A 'next' line may name a step by any of its names: 'Understanding Message Queues'
    # for the step its page defines as 'Message queue'. The titles win over aliases.
    by_title = {name.casefold(): entry for entry in entries for name in entry.aliases}
    by_title.update((entry.title.casefold(), entry) for entry in entries)
    pointed_to = {entry.next.casefold() for entry in entries if entry.next}
    original = {entry.key: index for index, entry in enumerate(entries)}

    def rank(entry: Entry) -> tuple[int, int]:
        return (entry.step if entry.step is not None else 10_000, original[entry.key])

    heads = sorted(
        (entry for entry in entries if not {n.casefold() for n in entry.names} & pointed_to),
        key=rank,
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
    return [(f"{BUILT_IN}system-basics/{item.name}", item.read_text("utf-8")) for item in files]


def builtin_given(files: list[tuple[str, str]]) -> list[GivenEntry]:
    """The built-in entries of `files` (see `builtin_files`), parsed, as an import takes them."""
    given = [(cards.parse(text, file=name), text) for name, text in files]
    return [GivenEntry(entry, text, _hash(text, _placement(entry))) for entry, text in given]


def ensure_builtin(store: Store, now: datetime) -> bool:
    """Import the built-in path on first use; True when it was imported now.

    A new, empty collection takes the plan shipped with the entries (see
    `tutor.interop.builtin_cards`) when it was made from them by this card maker; one
    that holds entries already has the path planned beside them.
    """
    if store.settings().get(BUILTIN_SETTING):
        return False
    from tutor.interop.builtin_cards import shipped_writes

    files = builtin_files()
    shipped = None if store.entry_hashes() else shipped_writes(files)
    if shipped is not None:
        store.save_imports(shipped, now)
    else:
        import_given(store, builtin_given(files), now)
    version = card_maker.GENERATION_VERSION
    store.set_settings({BUILTIN_SETTING: version, GENERATION_SETTING: version})
    return True


@dataclass(frozen=True)
class Regeneration:
    """What re-planning every entry for a new card maker changed."""

    before: str  # the generation version the collection was made with
    after: str
    new: int
    changed: int
    retired: int
    kept_as_they_were: int  # entries the new parser no longer finds in their stored text

    def sentence(self) -> str:
        return (
            f"Cards remade by the new card maker ({self.before} -> {self.after}): "
            f"{self.new} new, {self.changed} changed, {self.retired} retired; every card "
            "whose question is unchanged keeps its progress"
            + (self._kept() if self.kept_as_they_were else "")
        )

    def _kept(self) -> str:
        one = self.kept_as_they_were == 1
        return (
            f" ({self.kept_as_they_were} {'entry' if one else 'entries'} kept unchanged: the "
            f"new card maker reads {'its file' if one else 'their files'} as other entries, "
            f"or none; import {'it' if one else 'them'} again to take what it reads now)"
        )


def regenerate_if_needed(store: Store, now: datetime) -> Regeneration | None:
    """Re-plan the cards of every entry when the collection was made by another card maker.

    Each entry is generated again from its stored text (a built-in one from the text the
    package ships now); a card whose id is unchanged keeps its progress, one the new
    maker no longer makes is retired (its reviews kept). Cards from CSV files are theirs
    and stay. Returns None when the collection is already up to date.
    """
    before = generation_of(store.settings())
    if before == card_maker.GENERATION_VERSION:
        return None
    shipped = dict(builtin_files())
    places = {one.key: one for one in store.stored_entries()}
    given: list[GivenEntry] = []
    refused = 0
    for key, file, stored_text in store.entry_texts():
        if file.startswith(CSV_SOURCE) or key not in places:
            continue
        text = shipped.get(file, stored_text)
        entry = _reparse(key, file, text) or _reparse(
            key, file, text, places[key].path, places[key].position
        )
        if entry is None:
            refused += 1
            continue
        given.append(GivenEntry(entry, text, _hash(text, _placement(entry))))
    report = import_given(store, given, now)
    store.set_settings({GENERATION_SETTING: card_maker.GENERATION_VERSION})
    return Regeneration(
        before,
        card_maker.GENERATION_VERSION,
        new=sum(change.new for change in report.changes),
        changed=sum(change.changed for change in report.changes),
        retired=sum(change.retired for change in report.changes),
        kept_as_they_were=refused,
    )


def legacy_card_id(entry_key: str, kind: cards.CardKind, prompt: str) -> str:
    """The id a card had before its canonical form kept symbols ('2+2' and '2*2' were both
    '2 2'): how a stored card made then is found again."""
    folded = unicodedata.normalize("NFKC", prompt).casefold()
    canonical = " ".join(_LEGACY_PUNCT.sub(" ", folded).split())
    digest = hashlib.sha256("\x1f".join((entry_key, kind.value, canonical)).encode("utf-8"))
    return f"c1-{digest.hexdigest()[:20]}"


_LEGACY_PUNCT = re.compile(r"[^\w\s]|_")


def keep_legacy_ids(deck: Sequence[Card], existing: dict[str, StoredCard]) -> list[Card]:
    """`deck` with each card that is stored under its legacy id (made before the canonical
    form kept symbols) given that id again, so it keeps its progress and reviews.

    Where several fresh cards fold to one legacy id, the one whose prompt is the stored
    card's keeps it; the others are new cards.
    """
    if not existing:
        return list(deck)  # a new entry (all of a first import): no card to keep an id of
    fresh_ids = {card.id for card in deck}
    claimed: dict[str, Card] = {}
    for card in deck:
        if card.id in existing or not card.id.startswith("c2-"):
            continue
        legacy = legacy_card_id(card.entry_key, card.kind, card.prompt)
        stored = existing.get(legacy)
        if stored is None or legacy in fresh_ids:
            continue
        mine = claimed.get(legacy)
        if mine is None or (stored.card.prompt == card.prompt != mine.prompt):
            claimed[legacy] = card
    adopted = {card.id: legacy for legacy, card in claimed.items()}
    return [replace(card, id=adopted[card.id]) if card.id in adopted else card for card in deck]


def _diff(
    entry_key: str,
    deck: list[Card],
    existing: dict[str, StoredCard],  # this entry's stored cards (a card id names its entry)
    change: EntryChange,
    new_cards: list[tuple[int, Card]],
    retire: list[str],
) -> None:
    deck = keep_legacy_ids(deck, existing)
    for position, card in enumerate(deck):
        stored = existing.get(card.id)
        if stored is None:
            change.new += 1
            change.new_cards.append(card.prompt)
            new_cards.append((position, card))
        elif stored.retired or _content(stored.card) != _content(card):
            change.changed += 1
            change.changed_cards.append(card.prompt)
            new_cards.append((position, card))
        else:
            change.unchanged += 1
    fresh_ids = {card.id for card in deck} if existing else set()
    for card_id, stored in existing.items():
        if stored.card.source.file.startswith(CSV_SOURCE):
            continue  # a card written in a spreadsheet belongs to its CSV file, not the entry
        if stored.card.entry_key == entry_key and card_id not in fresh_ids and not stored.retired:
            change.retired += 1
            change.retired_cards.append(stored.card.prompt)
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


def _record(entry: Entry, text: str, content_hash: str, position: int) -> EntryRecord:
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
        content_hash=content_hash,
    )


def _hash(text: str, placement: str = "") -> str:
    # An entry placed by a path file hashes its place too: the path file can move it while
    # its text stays the same, and an unchanged hash is what lets a re-import skip a file.
    body = f"{placement}\x1f{text}" if placement else text
    digest = hashlib.sha256(f"{card_maker.GENERATION_VERSION}\x1f{body}".encode()).hexdigest()
    return f"{card_maker.GENERATION_VERSION}-{digest[:24]}"


def _placement(entry: Entry) -> str:
    """The path and step a path file beside the entry gave it; empty when there is none."""
    if entry.file.startswith(BUILT_IN) or not _has_path_file(Path(entry.file).parent):
        return ""
    return f"{entry.path}\x1f{entry.step}"


def _has_path_file(folder: Path) -> bool:
    return (folder / PATH_FILE).is_file()


def _reparse(
    key: str, file: str, text: str, path: str | None = None, position: int | None = None
) -> Entry | None:
    """The entry `key` of a stored text, parsed again (a page may hold several terms)."""
    from cards.parsing import parse_entries
    from tutor.interop.fetch import is_url

    try:
        if is_url(file):
            found = entries_of_text(text, file)
        else:
            found = parse_entries(text, file=file, default_path=_folder_name(file))
    except ParseError:
        return None
    for entry in found:
        if path is not None:
            entry = replace(entry, path=path, step=position)
        if entry.key == key:
            return entry
    return None


def read_path_file(file: Path) -> tuple[str, list[tuple[int, str]]]:
    """A path file's path name and its (line, step name) list.

    The name is a `path:` line's, else the path the folder gives an entry that names none
    ('notes' gives 'Notes'), so a path file that lists some of a folder's entries keeps
    them on the path of the rest. Blank lines and lines starting with '#' are skipped; a
    step may be written with a list marker ("1.", "-", "•") in front.
    """
    name = folder_path(file)
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
    # By the entry's place in `read`, not its file: a glossary file gives an entry per
    # term, and a path file may list each of them.
    placed: dict[int, tuple[str, int]] = {}
    for folder in folders:
        file = folder / PATH_FILE
        if not file.is_file():
            continue
        try:
            name, steps = read_path_file(file)
        except ParseError as error:
            errors.append(error)
            continue
        here = [
            (index, entry) for index, (path, entry, _) in enumerate(read) if path.parent == folder
        ]
        # A name is only missing when the whole folder is being imported; importing one
        # file of it still places that file by the list.
        whole = _entry_files_in(folder) <= {read[index][0] for index, _ in here}
        for position, (line, step) in enumerate(steps, start=1):
            wanted = step.casefold()
            found = [
                index
                for index, entry in here
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
        (path, replace(entry, path=placed[index][0], step=placed[index][1]), text)
        if index in placed
        else (path, entry, text)
        for index, (path, entry, text) in enumerate(read)
    ]
    return placed_read, errors


@dataclass(frozen=True)
class SameText:
    """A new entry whose file has the text, and the name, of a file imported before into
    another path or from another folder: the same page twice, its cards asked twice."""

    entry: str
    file: str
    path: str
    other_entry: str
    other_file: str
    other_path: str


def same_text(store: Store, given: Sequence[GivenEntry], report: ImportReport) -> list[SameText]:
    """The entries this import adds that repeat a live entry's file elsewhere: the same file
    name holding the same text (a page saved twice, a note copied to another folder).

    Candidates are found by file name and text length, read once for every entry; only a
    candidate's text is read whole, so a thousand notes all named index.md cost no more
    than a thousand names.
    """
    added = {change.key for change in report.changes if change.added}
    if not added:
        return []
    by_name: dict[tuple[str, int], list[tuple[str, str, str, str]]] = {}
    for key, path, title, file, size in store.conn.execute(
        "SELECT e.key, p.name, e.title, e.file, length(e.text) FROM entry e"
        " JOIN path p ON p.id = e.path_id"
        " WHERE e.retired_at IS NULL AND e.file NOT LIKE 'built-in:%'"
    ):
        by_name.setdefault((Path(file).name, size), []).append((key, path, title, file))
    found: list[SameText] = []
    by_title: dict[str, list[tuple[str, str, str, str]]] | None = None  # read when needed
    for item in given:
        entry = item.entry
        if entry.key not in added:
            continue
        for key, path, title, file in by_name.get((Path(entry.file).name, len(item.text)), []):
            if key == entry.key or Path(file).resolve() == Path(entry.file).resolve():
                continue
            (text,) = store.conn.execute("SELECT text FROM entry WHERE key = ?", (key,)).fetchone()
            if text == item.text:
                found.append(SameText(entry.title, entry.file, entry.path, title, file, path))
                break
        else:
            if by_title is None:
                by_title = _entries_by_title(store)
            asked = _asked_the_same(store, entry.key, by_title.get(entry.title.casefold(), []))
            if asked is not None:
                # (a page imported by its address after its saved copy, or the other
                # way round: the texts differ in their markup, the questions do not)
                found.append(SameText(entry.title, entry.file, entry.path, *asked))
    return found


def _entries_by_title(store: Store) -> dict[str, list[tuple[str, str, str, str]]]:
    """Every live entry as (key, title, file, path), by its title in any case."""
    found: dict[str, list[tuple[str, str, str, str]]] = {}
    for key, title, file, path in store.conn.execute(
        "SELECT e.key, e.title, e.file, p.name FROM entry e JOIN path p ON p.id = e.path_id"
        " WHERE e.retired_at IS NULL"
    ):
        found.setdefault(title.casefold(), []).append((key, title, file, path))
    return found


def _asked_the_same(
    store: Store, key: str, namesakes: list[tuple[str, str, str, str]]
) -> tuple[str, str, str] | None:
    """(title, file, path) of one of `namesakes` (other entries of the same title) whose
    cards ask exactly what `key`'s do; None when there is none."""
    others = [namesake for namesake in namesakes if namesake[0] != key]
    prompts = _prompts_of(store, key) if others else set()
    if not prompts:
        return None
    for other, title, file, path in others:
        if _prompts_of(store, other) == prompts:
            return title, file, path
    return None


def _prompts_of(store: Store, key: str) -> set[str]:
    rows = store.conn.execute(
        "SELECT prompt FROM card WHERE entry_key = ? AND retired_at IS NULL", (key,)
    )
    return {prompt for (prompt,) in rows}


@dataclass(frozen=True)
class NamedApart:
    """An entry on the path its own file names, away from the rest of its folder, whose
    entries are on the path the folder gives ('Next in Web Basics: HTTP caching' in one
    note of a folder 'notes')."""

    file: str
    entry: str
    path: str
    folder_path: str
    line: str  # the line of the file that names the path; '' when it is not such a line


# 'Next in Web Basics: HTTP caching' (cards.meta reads the path from such a line).
_NAMING_LINE = re.compile(r"^(?:next|previous|prev) (?:in|on) (?P<path>[^:]{1,80}?)\s*:", re.I)


def named_apart(given: Sequence[GivenEntry]) -> list[NamedApart]:
    """The entries of `given` read from their file this time (new or edited) that join a
    path their file names while other entries of their folder are on the folder's path.

    A glossary file's terms (several entries of one file) are on the page's path by rule,
    and an entry a path file places is where the learner listed it: neither is named.
    """
    from cards.text import plain
    from tutor.interop.fetch import is_url

    by_file: dict[str, list[GivenEntry]] = {}
    for item in given:
        by_file.setdefault(item.entry.file, []).append(item)
    with_folder: set[Path] = set()
    candidates: list[tuple[GivenEntry, str]] = []
    for file, items in by_file.items():
        if file.startswith(BUILT_IN) or is_url(file):
            continue
        folders_path = folder_path(Path(file))
        if any(item.entry.path == folders_path for item in items):
            with_folder.add(Path(file).parent)
        elif len(items) == 1 and items[0].parsed and not _placement(items[0].entry):
            candidates.append((items[0], folders_path))
    apart = []
    for item, folders_path in candidates:
        if Path(item.entry.file).parent not in with_folder:
            continue
        wanted = cards.slugify(item.entry.path)
        line = ""
        for raw in item.text.splitlines():
            text = plain(raw).strip()
            match = _NAMING_LINE.match(text)
            if match is not None and cards.slugify(collapse(match["path"])) == wanted:
                line = text
                break
        apart.append(
            NamedApart(item.entry.file, item.entry.title, item.entry.path, folders_path, line)
        )
    return apart


@dataclass(frozen=True)
class LeftOff:
    """Entries of a folder whose path file names a path of its own but does not list them:
    they stay on the path the folder gives, apart from the steps the file lays out."""

    path_file: str
    path: str  # the path file's
    folder_path: str  # where the entries it leaves out are
    entries: tuple[str, ...]  # their titles


def left_off(given: Sequence[GivenEntry]) -> list[LeftOff]:
    """For each folder of `given` with a path file naming its own path, the entries the
    file does not list (a new user listed three notes of eight, and five of them became
    a second path without a word)."""
    from tutor.interop.fetch import is_url

    by_folder: dict[Path, list[Entry]] = {}
    for item in given:
        file = item.entry.file
        if not file.startswith(BUILT_IN) and not is_url(file):
            by_folder.setdefault(Path(file).parent, []).append(item.entry)
    found = []
    for folder, entries in by_folder.items():
        path_file = folder / PATH_FILE
        if not path_file.is_file():
            continue
        try:
            name, _ = read_path_file(path_file)
        except ParseError:
            continue  # refused already, with its line
        folders_path = folder_path(path_file)
        off = tuple(entry.title for entry in entries if entry.path == folders_path)
        if off and name != folders_path:
            found.append(LeftOff(str(path_file), name, folders_path, off))
    return found


def _folder_name(file: str) -> str:
    # The path an entry that names none was given when it was imported ('notes/x.md' joins
    # 'Notes'): parsed again under 'notes', its path's own steps read as another path's.
    return folder_path(Path(file.removeprefix(BUILT_IN)))


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


def _text_if_readable(path: Path) -> str | None:
    """The file's text as it is stored, or None when only parsing can say what is wrong."""
    try:
        if path.stat().st_size > cards.MAX_BYTES:
            return None
        return _text_of(path)
    except (OSError, UnicodeDecodeError):
        return None


__all__ = [
    "EntryChange",
    "GivenEntry",
    "ImportPlan",
    "ImportReport",
    "LeftOff",
    "NamedApart",
    "apply_plan",
    "builtin_files",
    "ensure_builtin",
    "find_entry_files",
    "generated_beside",
    "generation_of",
    "import_given",
    "left_off",
    "named_apart",
    "order_steps",
    "parse_given",
    "plan_import",
    "plan_paths",
    "read_entries",
    "read_given",
    "read_path_file",
    "regenerate_if_needed",
]
