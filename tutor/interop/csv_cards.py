"""Cards as CSV: a column format a learner can fill in with any spreadsheet.

The first row names the columns (any order, any case); only `prompt` and `answer` must
be there. One row per card:

    column       meaning                                                      if blank
    path         the learning path the card belongs to                        file name
    step         the step (entry) of that path                                file name
    kind         definition, claim, identify, cloze, list, truefalse,         faq
                 faq, proscons or fit
    prompt       the question (required)
    answer       the answer (required); for options, one of them
    options      choices separated by " | " (a literal | is written \\|)       none
    explanation  shown after the answer
    tags         separated by " | "
    answering    self (reveal and rate), choice (pick an option) or           choice with
                 typed (type the answer)                                       options, else self
    accepted     other answers a typed card takes, separated by " | "

A truefalse card with no options gets True | False. Cards join the step of that name
when the path has one; otherwise the step is created at the end of the path (a new path
when needed). Importing the same file again changes nothing; a row whose answer was
edited updates its card in place, keeping its progress; a row removed from the file
retires its card, reviews kept. A row that edits a card another file makes (an entry
file, which makes it again at each import, or another CSV file) is not applied: it is
counted and listed as such (`NotApplied`). `tutor export csv` writes the same columns.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import operator
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache, partial
from pathlib import Path
from typing import IO, Any, BinaryIO, NamedTuple

import cards
from cards import Answering, CardKind
from cards.model import may_hold_symbols
from cards.text import printable
from db import EntryRecord, ImportWrite, Store
from db.records import to_ms
from db.store import json_list
from tutor import workers
from tutor.interop.importing import CSV_SOURCE, EntryChange, legacy_card_id

COLUMNS = (
    "path",
    "step",
    "kind",
    "prompt",
    "answer",
    "options",
    "explanation",
    "tags",
    "answering",
    "accepted",
)
REQUIRED = ("prompt", "answer")
LIST_SEPARATOR = " | "
# The import streams: memory does not grow with the file but by a card id per card (about
# 100 bytes). The limits keep that and the time bounded for a file that is no deck at all
# (a log, a disk image saved as .csv): an export of a collection ten times the benchmark's
# 105k cards (22 MB) fits under both.
MAX_BYTES = 256 * 1024 * 1024
MAX_CARDS = 1_000_000
MAX_FIELD = 10_000
MAX_OPTIONS = 9
# From this size a file is checked by a second process while this one writes (see
# `CsvImport.writes`); below it, forking costs more than it saves.
AHEAD_FROM = 4 * 1024 * 1024
# A cell a spreadsheet would run as a formula starts with one of these. `tutor export
# csv` writes such a cell with a ' in front (Excel, LibreOffice and Sheets show it as
# text and hide the mark); `tutor import csv` takes the mark off again.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
DEFAULT_KIND = CardKind.FAQ
CSV_LAYOUT = "csv"
_SPLIT = re.compile(r"(?<!\\)\|")


class CardsFileError(Exception):
    """A CSV file that cannot be imported: `FILE:LINE: what`, one line (the command adds
    that nothing was imported: the whole import is one transaction)."""


# -- the list columns --------------------------------------------------------------------------


def join_list(items: Iterable[str]) -> str:
    """Items as one cell: 'a | b', with any '|' inside an item escaped."""
    return LIST_SEPARATOR.join(item.replace("|", "\\|") for item in items)


@lru_cache(maxsize=4096)
def split_list(cell: str) -> tuple[str, ...]:
    # Cached: the same tags and options ('True | False') come back row after row.
    if not cell:
        return ()
    parts = (part.strip().replace("\\|", "|") for part in _SPLIT.split(cell))
    return tuple(part for part in parts if part)


# -- opening -----------------------------------------------------------------------------------


def open_csv(file: Path) -> BinaryIO:
    """A CSV file opened for reading, refused by its size and kind before anything is read.

    A FIFO, a device (/dev/zero) or a socket is no spreadsheet, and a file larger than
    MAX_BYTES (a sparse one of 3 GB, say) is refused from its size alone; a file that
    grows while it is read is refused when it passes the limit.
    """
    handle = open(file, "rb", opener=_open_nonblocking)  # noqa: SIM115 (the caller closes it)
    try:
        facts = os.fstat(handle.fileno())
        if not stat.S_ISREG(facts.st_mode):
            raise CardsFileError(f"{file}: not a regular file (a device, pipe or socket)")
        if facts.st_size > MAX_BYTES:
            raise CardsFileError(f"{file}: larger than {MAX_BYTES // (1024 * 1024)} MB")
    except BaseException:
        handle.close()
        raise
    return handle


def _open_nonblocking(path: str, flags: int) -> int:
    # O_NONBLOCK: opening a FIFO nobody writes to returns at once instead of waiting.
    return os.open(path, flags | os.O_NONBLOCK)


class _Checked(io.RawIOBase):
    """The bytes of a CSV file as the CSV reader pulls them, checked on the way: UTF-8
    (a bad byte is named by its line), no NUL byte (a binary file), at most MAX_BYTES.
    Each chunk read is counted to `advance` (a progress bar in bytes)."""

    def __init__(self, handle: BinaryIO, origin: str, advance: Callable[[int], None]) -> None:
        self._handle = handle
        self._origin = origin
        self._advance = advance
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._lines = 0
        self._read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._handle.read(len(buffer))
        if data:
            self._check(data)
        buffer[: len(data)] = data
        return len(data)

    def _check(self, data: bytes) -> None:
        self._read += len(data)
        if self._read > MAX_BYTES:
            raise CardsFileError(f"{self._origin}: larger than {MAX_BYTES // (1024 * 1024)} MB")
        try:
            self._decoder.decode(data)
        except UnicodeDecodeError as error:
            line = self._lines + data[: max(0, error.start)].count(b"\n") + 1
            raise CardsFileError(
                f"{self._origin}:{line}: not UTF-8 text (save the sheet as CSV UTF-8)"
            ) from None
        if b"\x00" in data:  # in UTF-8 a zero byte is only ever the NUL character
            raise CardsFileError(f"{self._origin}: a binary file, not CSV")
        self._lines += data.count(b"\n")
        self._advance(len(data))

    def finish(self) -> None:
        try:
            self._decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise CardsFileError(
                f"{self._origin}:{self._lines + 1}: not UTF-8 text (save the sheet as CSV UTF-8)"
            ) from None


def _dialect(first_line: str) -> type[csv.Dialect]:
    # Spreadsheets in many locales save with ';' or a tab; the header row tells which.
    counts = {sep: first_line.count(sep) for sep in (",", ";", "\t")}
    separator = max(counts, key=lambda sep: counts[sep]) if any(counts.values()) else ","

    class Sheet(csv.excel):
        delimiter = separator

    return Sheet


def _header(reader: Any, origin: str) -> list[str]:
    try:
        first = next(reader, None)
    except csv.Error as error:
        raise CardsFileError(f"{origin}:{reader.line_num}: {error}") from None
    if first is None or not any(cell.strip() for cell in first):
        raise CardsFileError(f"{origin}:1: expected a header row naming the columns")
    header = [cell.strip().casefold() for cell in first]
    unknown = [name for name in header if name and name not in COLUMNS]
    if unknown:
        raise CardsFileError(
            f"{origin}:1: unknown column {unknown[0]!r} (columns: {', '.join(COLUMNS)})"
        )
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise CardsFileError(f"{origin}:1: no {' or '.join(missing)} column")
    twice = [name for name in set(header) if name and header.count(name) > 1]
    if twice:
        raise CardsFileError(f"{origin}:1: column {twice[0]!r} appears twice")
    return header


# -- one row -----------------------------------------------------------------------------------

# Any character `_cell_in` would take out. A row with none of them (nearly every row) is only
# stripped, not run through the three substitutions of `printable` cell by cell.
_DIRTY = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff¶]"
)
_KINDS = {kind.value: kind for kind in CardKind}
_ANSWERINGS = {answering.value: answering for answering in Answering}
_KIND_NAMES = ", ".join(kind.value for kind in CardKind)
# The names as text: a member's .value is a Python-level property, looked up row by row.
_DEFAULT_KIND_NAME = DEFAULT_KIND.value
_CHOICE, _SELF = Answering.CHOICE.value, Answering.SELF.value


class _Cells(NamedTuple):
    """One row's cards fields, checked: what the card table and the entry need."""

    path: str
    step: str
    kind: CardKind
    answering: str  # an Answering's value, as the card table holds it
    prompt: str
    answer: str
    options: tuple[str, ...]
    accepted: tuple[str, ...]
    explanation: str
    tags: tuple[str, ...]


def _cells(
    cells: Sequence[str], pick: Callable[[Sequence[str]], tuple[str, ...]], default_name: str
) -> _Cells | str:
    """A row's cells (picked in COLUMNS order) checked; a problem as text if it is bad."""
    values = pick(cells)
    if max(map(len, values)) > MAX_FIELD:
        name = next(
            name for name, value in zip(COLUMNS, values, strict=True) if len(value) > MAX_FIELD
        )
        return f"{name}: longer than {MAX_FIELD} characters"
    (
        path,
        step,
        kind_text,
        prompt,
        answer,
        options_text,
        explanation,
        tags,
        answering_text,
        accepted,
    ) = values
    if not prompt:
        return "prompt: empty"
    if not answer:
        return "answer: empty"
    kind_text = kind_text.casefold() or _DEFAULT_KIND_NAME
    card_kind = _KINDS.get(kind_text)
    if card_kind is None:
        return f"kind: {kind_text!r} is not one of {_KIND_NAMES}"
    options = split_list(options_text)
    if card_kind is CardKind.TRUEFALSE and not options:
        options = ("True", "False")
    if answering_text:
        answering_text = answering_text.casefold()
        if answering_text not in _ANSWERINGS:
            return f"answering: {answering_text!r} is not self, choice or typed"
    else:
        answering_text = _CHOICE if options else _SELF
    if answering_text == _CHOICE:
        if len(options) < 2:
            return "options: a choice card needs at least two options"
        if len(options) > MAX_OPTIONS:
            return (
                f"options: {len(options)} options; a choice card has at most {MAX_OPTIONS} "
                "(each is picked with one key, 1-9)"
            )
        if len(set(options)) < len(options):
            return "options: the same option twice"
        folded = answer.casefold()
        for option in options:
            if option.casefold() == folded:
                answer = option  # as the options write it
                break
        else:
            return f"answer: {answer!r} is not one of the options"
    elif options_text:
        return f"options: only choice cards have options (answering is {answering_text})"
    else:
        options = ()
    return _Cells(
        path or default_name,
        step or default_name,
        card_kind,
        answering_text,
        prompt,
        answer,
        options,
        split_list(accepted),
        explanation,
        split_list(tags),
    )


def _cell_in(cell: str) -> str:
    # Text from a spreadsheet is untrusted: no escape sequence or control character stays
    # (it is printed to the terminal later).
    return _unmark(printable(cell).strip())


def _unmark(text: str) -> str:
    # A ' our export put before a formula goes.
    if text.startswith("'") and text[1:2] and text[1:].startswith((*FORMULA_START, "'")):
        return text[1:]
    return text


def _cell_out(text: str) -> str:
    clean = printable(text)
    if clean.startswith(FORMULA_START) or (
        clean.startswith("'") and clean[1:].startswith((*FORMULA_START, "'"))
    ):
        return "'" + clean
    return clean


# -- importing ---------------------------------------------------------------------------------


def source_name(file: Path) -> str:
    """How cards from a CSV file record their source: csv:<file name>."""
    return f"{CSV_SOURCE}{file.name}"


class _Stored(NamedTuple):
    """A stored card as an import compares it."""

    entry_key: str
    source: str
    retired: bool
    content: bytes  # `_digest` of what a row can change
    line: int  # the row (or entry line) it was made from


def _digest(
    answering: str,
    prompt: str,
    answer: str,
    options: tuple[str, ...],
    accepted: tuple[str, ...],
    explanation: str,
) -> bytes:
    text = repr((answering, prompt, answer, options, accepted, explanation))
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


@dataclass(frozen=True, slots=True)
class NotApplied:
    """A row that edits a card another file makes (an entry file, or another CSV file):
    the edit is not applied, since that file makes the card again at its next import."""

    file: str  # the CSV file, as given
    row: int  # its row in a spreadsheet (the header is row 1)
    entry: str  # the step's title
    path: str
    prompt: str
    edit_in: str  # the file that makes the card: an entry file, or a CSV file's name


def size_of(handle: BinaryIO) -> int:
    """The bytes of an opened file; 0 for one held in memory (no descriptor)."""
    try:
        return os.fstat(handle.fileno()).st_size
    except (OSError, io.UnsupportedOperation):
        return 0


def _ignore(_count: int) -> None:
    return None


@dataclass(slots=True)
class _Entry:
    """An entry as one file's rows build it: its cards so far, tags, and text digest."""

    key: str
    path: str
    title: str
    position: int
    before: int  # cards stored in it before this import: new ones are placed after
    cards: int = 0
    tags: dict[str, None] = field(default_factory=dict)
    digest: Any = None


class CsvImport:
    """Imports CSV files in one pass each: every row is checked, and its card planned and
    handed to the writer as a row of the card table, as it is read. Nothing of a row is
    kept after it but its card id (for repeated questions and for retiring the cards of
    rows gone from the file). A bad row raises CardsFileError, which rolls back the
    transaction `Store.save_imports` holds: nothing of any file is written.
    """

    def __init__(self, store: Store, now: datetime, batch: int = 2000) -> None:
        steps = store.all_steps()
        self.path_names = {cards.slugify(step.path): step.path for step in steps}
        self.by_key = {step.key: step for step in steps}
        self.by_title = {(cards.slugify(step.path), step.title.casefold()): step for step in steps}
        self.last_position: dict[str, int] = {}
        for step in steps:
            self.last_position[step.path] = max(self.last_position.get(step.path, 0), step.position)
        # Every stored card, small: its content as a digest (the texts of 100k cards as
        # StoredCards took a re-import of the benchmark's export to 194 MiB). The store is
        # not kept: a large file is read by a forked child (see `writes`), which must not
        # use the connection.
        self.existing: dict[str, _Stored] = {}
        self.in_entry: dict[str, int] = {}
        # The prompts `_adopt` may compare a row's with: of cards under a legacy id whose
        # prompt may hold a symbol (only such a prompt can equal a row's that got a new id).
        self.legacy_prompts: dict[str, str] = {}
        names: dict[str, str] = {}  # one string per entry key and source file
        for card_id, key, file, retired, *content, line in store.card_contents():
            key, file = names.setdefault(key, key), names.setdefault(file, file)
            self.existing[card_id] = _Stored(key, file, bool(retired), _digest(*content), line)
            self.in_entry[key] = self.in_entry.get(key, 0) + 1
            if card_id.startswith("c1-") and may_hold_symbols(content[1]):
                self.legacy_prompts[card_id] = content[1]
        self.at = to_ms(now)
        self.batch = batch
        self._changes: dict[str, EntryChange] = {}
        self._not_applied: list[NotApplied] = []
        self._titles: dict[str, tuple[str, str]] = {}
        self._positions: dict[str, int] = {}
        self._keys: dict[tuple[str, str], str] = {}  # (path, step) as written: its entry
        self._line = 0  # the line of the file the row being read starts on

    def changes(self) -> list[EntryChange]:
        return list(self._changes.values())

    def not_applied(self) -> list[NotApplied]:
        """The rows that edit a card another file makes, in file and row order."""
        return list(self._not_applied)

    def writes(
        self, files: Sequence[tuple[Path, BinaryIO]], advance: Callable[[int], None] = _ignore
    ) -> Iterator[ImportWrite]:
        """What importing `files` writes, in parts of about `batch` cards, as they are read.

        `advance` is told the bytes read (a progress bar). Files of AHEAD_FROM bytes or
        more are read and checked by a forked child while this process writes what it
        has checked (on one core, checking a row costs about what writing it does); a
        problem it finds is raised here all the same. Close the iterator when done with
        it (`contextlib.closing`): that stops the child of an import given up midway.
        """
        size = sum(size_of(handle) for _, handle in files)
        if size < AHEAD_FROM or workers.cores() < 2:
            yield from self._writes(files, advance)
            return
        with workers.Ahead(partial(self._checked_ahead, files)) as ahead:
            told = 0
            for read, rows, write, changes in ahead:
                advance(read - told)
                told = read
                if changes is not None:  # the child's last word: what it counted
                    self._changes, self._not_applied = changes
                elif write is not None:
                    yield write
                else:
                    yield ImportWrite((), (), (), card_rows=rows)

    def _checked_ahead(
        self, files: Sequence[tuple[Path, BinaryIO]]
    ) -> Iterator[
        tuple[
            int,
            list[tuple[Any, ...]],
            ImportWrite | None,
            tuple[dict[str, EntryChange], list[NotApplied]] | None,
        ]
    ]:
        # In the child: each part with the bytes read so far, then the changes counted. A
        # part that is card rows alone goes as them (marshalled; see Ahead).
        read = 0

        def count(size: int) -> None:
            nonlocal read
            read += size

        for write in self._writes(files, count):
            if write.entries or write.cards or write.retire or write.retire_entries:
                yield read, [], write, None
            else:
                yield read, list(write.card_rows), None, None
        yield read, [], None, (self._changes, self._not_applied)

    def _writes(
        self, files: Sequence[tuple[Path, BinaryIO]], advance: Callable[[int], None]
    ) -> Iterator[ImportWrite]:
        for file, handle in files:
            yield from self._file_writes(file, handle, advance)

    def _file_writes(
        self, file: Path, handle: BinaryIO, advance: Callable[[int], None]
    ) -> Iterator[ImportWrite]:
        origin, default_name, source = str(file), file.stem, source_name(file)
        checked = _Checked(handle, origin, advance)
        buffered = io.BufferedReader(checked, 1 << 16)
        first_line = buffered.peek(1 << 16).split(b"\n", 1)[0].decode("utf-8", "replace")
        lines = io.TextIOWrapper(buffered, encoding="utf-8-sig", newline="")
        reader = csv.reader(lines, dialect=_dialect(first_line.lstrip("\ufeff")))
        header = _header(reader, origin)
        width = len(header)
        # Where each of COLUMNS is in a row; a column the file lacks reads the blank cell
        # put after the row's own.
        pick = operator.itemgetter(
            *(header.index(name) if name in header else width for name in COLUMNS)
        )
        pad = [""] * (width + 1)
        ids: dict[str, int] = {}  # card id: the row that asked it
        named: dict[tuple[str, str], tuple[str, _Entry]] = {}  # (path, step) as written
        short: dict[tuple[str, str], tuple[str, int]] = {}  # short names: (step, first row)
        entries: dict[str, _Entry] = {}
        held: list[tuple[str, _Cells, str, str, int, int]] = []  # for legacy ids, see _adopt
        rows: list[tuple[Any, ...]] = []
        existing, at = self.existing, self.at
        # A row's number is its row in a spreadsheet (the header is row 1), which is its
        # line in the file unless a cell above holds a line break; a problem names both
        # when they differ.
        number = 1
        while True:
            self._line = reader.line_num + 1  # where the row starts
            try:
                record = next(reader)
            except StopIteration:
                break
            except csv.Error as error:
                raise CardsFileError(f"{origin}:{reader.line_num}: {error}") from None
            number += 1
            joined = "".join(record)
            if not joined or joined.isspace():
                continue
            if len(record) > width:
                if any(cell.strip() for cell in record[width:]):
                    raise self._bad(
                        origin,
                        number,
                        f"{len(record)} cells but the header names {width} columns",
                    )
                record = record[:width]
            # A printable ASCII row (nearly every one) has none of _DIRTY's characters.
            if (joined.isascii() and joined.isprintable()) or _DIRTY.search(joined) is None:
                record = [cell.strip() for cell in record]
                if "'" in joined:
                    record = [_unmark(cell) if cell[:1] == "'" else cell for cell in record]
            else:
                record = [_cell_in(cell) for cell in record]
            record += pad[len(record) :]
            row = _cells(record, pick, default_name)
            if isinstance(row, str):
                raise self._bad(origin, number, row)
            place = named.get((row.path, row.step))
            if place is None:
                place = named[(row.path, row.step)] = self._place(
                    origin, number, row, short, entries, source
                )
            key, entry = place
            card_id = cards.card_id(key, row.kind, row.prompt)
            asked = ids.get(card_id)
            if asked is not None:
                raise self._bad(origin, number, f"the same question as row {asked}")
            ids[card_id] = number
            if len(ids) > MAX_CARDS:
                raise self._bad(origin, number, f"more than {MAX_CARDS:,} cards in one file")
            position = entry.before + entry.cards
            entry.cards += 1
            if row.tags:
                entry.tags.update(dict.fromkeys(row.tags))
            if entry.digest is None:
                entry.digest = hashlib.sha256(f"{row.prompt}\x1f{row.answer}".encode())
            else:
                entry.digest.update(f"\x1e{row.prompt}\x1f{row.answer}".encode())
            if existing and card_id not in existing and card_id.startswith("c2-"):
                legacy = legacy_card_id(key, row.kind, row.prompt)
                if legacy in existing:
                    held.append((card_id, row, legacy, key, number, position))
                    continue
            if self._planned(card_id, row, key, source, number, origin):
                rows.append(_card_row(card_id, key, position, row, source, number, at))
                if len(rows) >= self.batch:
                    yield ImportWrite((), (), (), card_rows=rows)
                    rows = []
        checked.finish()
        if not ids:
            raise CardsFileError(f"{origin}: no cards (only a header row)")
        for card_id, row, key, number, position in self._adopt(held, ids):
            if self._planned(card_id, row, key, source, number, origin):
                rows.append(_card_row(card_id, key, position, row, source, number, at))
        records = [
            _entry_record(entry, source)
            for entry in entries.values()
            if entry.key not in self.by_key or self.by_key[entry.key].file.startswith(CSV_SOURCE)
        ]
        yield ImportWrite(records, (), self._retired(source, ids), card_rows=rows)

    def _bad(self, origin: str, number: int, what: str) -> CardsFileError:
        """'FILE:LINE: what', with the spreadsheet row too when it is not the line."""
        where = f"{self._line}" if self._line == number else f"{self._line}: row {number}"
        return CardsFileError(f"{origin}:{where}: {what}")

    def _place(
        self,
        origin: str,
        number: int,
        row: _Cells,
        short: dict[tuple[str, str], tuple[str, int]],
        entries: dict[str, _Entry],
        source: str,
    ) -> tuple[str, _Entry]:
        """The entry of a (path, step) the file names for the first time."""
        place = (cards.slugify(row.path), cards.slugify(row.step))
        first, first_line = short.setdefault(place, (row.step, number))
        if first.casefold() != row.step.casefold():
            raise self._bad(
                origin,
                number,
                f"step '{row.step}' has the same short name ('{'/'.join(place)}') as the "
                f"step '{first}' of row {first_line}; write it as '{first}' to join it, or "
                "give it another name",
            )
        key = self._key_for(row.path, row.step)
        other = self.by_key[key].title if key in self.by_key else self._titles[key][1]
        if other.casefold() != row.step.casefold():
            raise self._bad(
                origin,
                number,
                f"step '{row.step}' has the same short name ('{key}') as the step '{other}'; "
                f"write it as '{other}' to join it, or give it another name",
            )
        entry = entries.get(key)
        if entry is None:
            path, title = self._titles[key]
            entry = entries[key] = _Entry(
                key, path, title, self._positions[key], self.in_entry.get(key, 0)
            )
            self._changes.setdefault(key, EntryChange(key, title, path))
        return key, entry

    def _key_for(self, row_path: str, row_step: str) -> str:
        named = (row_path, row_step)
        key = self._keys.get(named)
        if key is None:
            key = self._keys[named] = self._key_of_new(row_path, row_step)
        return key

    def _key_of_new(self, row_path: str, row_step: str) -> str:
        path = self.path_names.setdefault(cards.slugify(row_path), row_path)
        known = self.by_title.get((cards.slugify(path), row_step.casefold()))
        key = known.key if known else f"{cards.slugify(path)}/{cards.slugify(row_step)}"
        if key in self.by_key:
            self._titles[key] = (self.by_key[key].path, self.by_key[key].title)
        else:
            self._titles.setdefault(key, (path, row_step))
        if key not in self._positions:
            stored_step = self.by_key.get(key)
            if stored_step is None:
                self.last_position[path] = self.last_position.get(path, 0) + 1
                self._positions[key] = self.last_position[path]
            else:
                self._positions[key] = stored_step.position
        return key

    def _planned(
        self, card_id: str, row: _Cells, key: str, source: str, number: int, origin: str
    ) -> bool:
        """Count the row's card in its entry's change; whether it is to be written."""
        change = self._changes[key]
        stored = self.existing.get(card_id)
        if stored is None:
            change.new += 1
            return True
        same = stored.content == _digest(
            row.answering, row.prompt, row.answer, row.options, row.accepted, row.explanation
        )
        if stored.source != source:
            # Another file makes this card (an entry file, or another CSV file): it would
            # make it again at its next import, so an edit here is not applied, and said.
            if same:
                change.unchanged += 1
            else:
                change.not_applied += 1
                self._not_applied.append(
                    NotApplied(
                        origin,
                        number,
                        change.title,
                        change.path,
                        row.prompt,
                        stored.source.removeprefix(CSV_SOURCE),
                    )
                )
            return False
        if stored.retired or not same or stored.line != number:
            change.changed += 1
            return True
        change.unchanged += 1
        return False

    def _adopt(
        self, held: list[tuple[str, _Cells, str, str, int, int]], ids: dict[str, int]
    ) -> Iterator[tuple[str, _Cells, str, int, int]]:
        """The held rows (fresh 'c2-' ids whose legacy 'c1-' id is stored) with their ids:
        the legacy one where it is theirs, as `keep_legacy_ids` decides for a whole deck.

        A legacy id hashes its entry's key, so it can only be another card id of the same
        entry: `ids` (the whole file's) answers whether the deck holds it.
        """
        claimed: dict[str, tuple[str, _Cells]] = {}
        for card_id, row, legacy, _key, _number, _position in held:
            if legacy in ids:
                continue
            mine = claimed.get(legacy)
            stored_prompt = self.legacy_prompts.get(legacy, "")
            if mine is None or (stored_prompt == row.prompt != mine[1].prompt):
                claimed[legacy] = (card_id, row)
        adopted = {card_id: legacy for legacy, (card_id, _row) in claimed.items()}
        for card_id, row, _legacy, key, number, position in held:
            final = adopted.get(card_id, card_id)
            ids[final] = number
            yield final, row, key, number, position

    def _retired(self, source: str, kept: dict[str, int]) -> list[str]:
        retire = []
        for card_id, stored in self.existing.items():
            if stored.source == source and card_id not in kept and not stored.retired:
                retire.append(card_id)
                key = stored.entry_key
                if key not in self._changes and key in self.by_key:
                    step = self.by_key[key]
                    self._changes[key] = EntryChange(key, step.title, step.path)
                if key in self._changes:
                    self._changes[key].retired += 1
        return retire


def _entry_record(entry: _Entry, source: str) -> EntryRecord:
    return EntryRecord(
        key=entry.key,
        path=entry.path,
        path_slug=cards.slugify(entry.path),
        position=entry.position,
        slug=entry.key.split("/", 1)[1],
        title=entry.title,
        file=source,
        layout=CSV_LAYOUT,
        tags=tuple(entry.tags),
        aliases=(),
        next_title="",
        sections=(),
        text="",  # no entry text: the cards are the whole of it
        content_hash=f"csv-{entry.digest.hexdigest()[:24]}",
    )


def _card_row(
    card_id: str, key: str, position: int, row: _Cells, source: str, number: int, at: int
) -> tuple[Any, ...]:
    """The card table's columns for a row's card, in `db.store.card_row`'s order."""
    return (
        card_id,
        key,
        position,
        row.kind.value,
        row.answering,
        row.prompt,
        row.answer,
        json_list(row.options),
        json_list(row.accepted),
        row.explanation,
        source,
        row.step,
        number,
        at,
    )


# -- writing -----------------------------------------------------------------------------------


def write_csv(store: Store, handle: IO[str], path: str | None = None) -> int:
    """Every live card (of `path` only, when given), step by step in path order, in the
    columns above; return how many."""
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for step in store.all_steps():
        if path is not None and step.path != path:
            continue
        for stored in store.cards_of_step(step.key):
            card = stored.card
            writer.writerow(
                _cell_out(cell)
                for cell in (
                    step.path,
                    step.title,
                    card.kind.value,
                    card.prompt,
                    card.answer,
                    join_list(card.options),
                    card.explanation,
                    join_list(card.tags),
                    card.answering.value,
                    join_list(card.accepted),
                )
            )
            count += 1
    return count
