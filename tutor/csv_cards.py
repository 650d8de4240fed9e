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
retires its card, reviews kept. `tutor export csv` writes the same columns.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import cards
from cards import Answering, Card, CardKind, Source
from cards.text import printable
from db import EntryRecord, ImportWrite, Store, StoredCard
from tutor.importing import CSV_SOURCE, EntryChange, ImportPlan, keep_legacy_ids

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
MAX_BYTES = 20 * 1024 * 1024
MAX_FIELD = 10_000
MAX_PROBLEMS = 5
MAX_OPTIONS = 9
# A cell a spreadsheet would run as a formula starts with one of these. `tutor export
# csv` writes such a cell with a ' in front (Excel, LibreOffice and Sheets show it as
# text and hide the mark); `tutor import csv` takes the mark off again.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
DEFAULT_KIND = CardKind.FAQ
CSV_LAYOUT = "csv"
_SPLIT = re.compile(r"(?<!\\)\|")


class CardsFileError(Exception):
    """A CSV file that cannot be imported; the message lists its first problems by row."""


@dataclass(frozen=True, slots=True)  # 100k rows: no __dict__ each
class Row:
    """One card as the file gives it, with the spreadsheet row it came from."""

    number: int
    path: str
    step: str
    card_kind: CardKind
    answering: Answering
    prompt: str
    answer: str
    options: tuple[str, ...]
    accepted: tuple[str, ...]
    explanation: str
    tags: tuple[str, ...]


# -- the list columns --------------------------------------------------------------------------


def join_list(items: Iterable[str]) -> str:
    """Items as one cell: 'a | b', with any '|' inside an item escaped."""
    return LIST_SEPARATOR.join(item.replace("|", "\\|") for item in items)


def split_list(cell: str) -> tuple[str, ...]:
    parts = (part.strip().replace("\\|", "|") for part in _SPLIT.split(cell))
    return tuple(part for part in parts if part)


# -- reading ---------------------------------------------------------------------------------


def read_limited(file: Path) -> bytes:
    """The bytes of a CSV file, refused by its size and kind before anything is read.

    A FIFO, a device (/dev/zero) or a socket is no spreadsheet, and a file larger than
    MAX_BYTES (a sparse one of 3 GB, say) is refused from its size alone; a file that
    grows while it is read is cut off one byte past the limit and refused too.
    """
    with open(file, "rb", opener=_open_nonblocking) as handle:
        facts = os.fstat(handle.fileno())
        if not stat.S_ISREG(facts.st_mode):
            raise CardsFileError(f"{file}: not a regular file (a device, pipe or socket)")
        if facts.st_size > MAX_BYTES:
            raise CardsFileError(f"{file}: larger than {MAX_BYTES // (1024 * 1024)} MB")
        return handle.read(MAX_BYTES + 1)


def _open_nonblocking(path: str, flags: int) -> int:
    # O_NONBLOCK: opening a FIFO nobody writes to returns at once instead of waiting.
    return os.open(path, flags | os.O_NONBLOCK)


def read_rows(data: bytes, origin: str, default_name: str) -> list[Row]:
    """Parse and check a CSV file's bytes; raise CardsFileError with the first problems."""
    return list(iter_rows(data, origin, default_name))


@dataclass(frozen=True)
class Checked:
    """A CSV file whose every row passed: how many cards, and where each step's last is."""

    cards: int
    # (path, step) as written, in the order first met: the number of its last row
    last_rows: dict[tuple[str, str], int]


def check_rows(data: bytes, origin: str, default_name: str) -> Checked:
    """Check every row of a CSV file (CardsFileError if one is bad), keeping no row.

    An import checks every file this way first, then reads each again and writes each
    entry once its last row is read (`CsvPlanner.writes_of_file`); `last_rows` tells when.
    """
    last_rows: dict[tuple[str, str], int] = {}
    count = 0
    for count, row in enumerate(iter_rows(data, origin, default_name), start=1):
        last_rows[(row.path, row.step)] = count - 1  # keys in the order steps first appear
    return Checked(count, last_rows)


def iter_rows(data: bytes, origin: str, default_name: str, checked: bool = False) -> Iterator[Row]:
    """The rows of a CSV file's bytes, as they are read; CardsFileError with the first
    problems once the file has been read to its end (rows before them have been given).

    `checked`: `check_rows` passed on these bytes already, so rows asking the same
    question twice need not be looked for again (it keeps a digest of every question).
    """
    if len(data) > MAX_BYTES:
        raise CardsFileError(f"{origin}: larger than {MAX_BYTES // (1024 * 1024)} MB")
    _check_utf8(data, origin)
    if b"\x00" in data:  # in UTF-8 a zero byte is only ever the NUL character
        raise CardsFileError(f"{origin}: a binary file, not CSV")
    dialect = _dialect(data.split(b"\n", 1)[0].decode("utf-8-sig"))
    # The rows are decoded as they are read: the whole text as one string would take up to
    # four times the file's size (a str of non-ASCII text stores 2 or 4 bytes a character).
    lines = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="")
    reader = csv.reader(lines, dialect=dialect)
    try:
        first = next(reader, None)
    except csv.Error as error:
        raise CardsFileError(f"{origin}: row {reader.line_num}: {error}") from None
    if first is None or not any(cell.strip() for cell in first):
        raise CardsFileError(f"{origin}: row 1: expected a header row naming the columns")
    header = [cell.strip().casefold() for cell in first]
    problems: list[str] = []
    unknown = [name for name in header if name and name not in COLUMNS]
    if unknown:
        raise CardsFileError(
            f"{origin}: row 1: unknown column {unknown[0]!r} (columns: {', '.join(COLUMNS)})"
        )
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise CardsFileError(f"{origin}: row 1: no {' or '.join(missing)} column")
    twice = [name for name in set(header) if name and header.count(name) > 1]
    if twice:
        raise CardsFileError(f"{origin}: row 1: column {twice[0]!r} appears twice")
    seen: dict[bytes, int] = {}
    steps: dict[tuple[str, str], tuple[str, int]] = {}  # short names -> (step, first row)
    total = given = 0
    for index, record in enumerate(_records(reader, origin), start=2):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) > len(header) and any(cell.strip() for cell in record[len(header) :]):
            message = f"{len(record)} cells but the header names {len(header)} columns"
            total += 1
            problems.append(f"row {index}: {message}")
            continue
        cells = {
            name: _cell_in(record[i]) if i < len(record) else "" for i, name in enumerate(header)
        }
        row, problem = _row(cells, index, default_name)
        if row is not None and not checked:
            place = (cards.slugify(row.path), cards.slugify(row.step))
            first, first_row = steps.setdefault(place, (row.step, index))
            if first.casefold() != row.step.casefold():
                row, problem = (
                    None,
                    (
                        f"step '{row.step}' has the same short name ('{'/'.join(place)}') as the "
                        f"step '{first}' of row {first_row}; write it as '{first}' to join it, or "
                        "give it another name"
                    ),
                )
        if row is not None and not checked:
            # A 16-byte digest per question rather than its text: 100k rows kept 40 MB.
            identity = hashlib.blake2b(
                "\x1f".join(
                    (
                        cards.slugify(row.path),
                        cards.slugify(row.step),
                        row.card_kind.value,
                        cards.normalise_prompt(row.prompt),
                    )
                ).encode(),
                digest_size=16,
            ).digest()
            if identity in seen:
                row, problem = None, f"the same question as row {seen[identity]}"
            else:
                seen[identity] = index
        if row is None:
            total += 1
            if len(problems) < MAX_PROBLEMS:
                problems.append(f"row {index}: {problem}")
            continue
        if not problems:
            given += 1
            yield row
    if problems:
        more = f" (and {total - len(problems)} more)" if total > len(problems) else ""
        raise CardsFileError(f"{origin}: " + "; ".join(problems) + more + "; nothing imported")
    if not given:
        raise CardsFileError(f"{origin}: no cards (only a header row)")


def _check_utf8(data: bytes, origin: str) -> None:
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    chunk = 1 << 20
    for start in range(0, len(data) or 1, chunk):
        try:
            decoder.decode(data[start : start + chunk], final=start + chunk >= len(data))
        except UnicodeDecodeError as error:
            line = data[: max(0, start + error.start)].count(b"\n") + 1
            raise CardsFileError(
                f"{origin}:{line}: not UTF-8 text (save the sheet as CSV UTF-8)"
            ) from None


def _records(reader: Iterator[list[str]], origin: str) -> Iterator[list[str]]:
    # One record at a time: holding them all as lists of cells took 300 MB for 100k cards.
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise CardsFileError(
                f"{origin}: row {reader.line_num}: {error}"  # type: ignore[attr-defined]
            ) from None
        yield record


def _dialect(text: str) -> type[csv.Dialect]:
    # Spreadsheets in many locales save with ';' or a tab; the header row tells which.
    first = text.split("\n", 1)[0]
    counts = {sep: first.count(sep) for sep in (",", ";", "\t")}
    separator = max(counts, key=lambda sep: counts[sep]) if any(counts.values()) else ","

    class Sheet(csv.excel):
        delimiter = separator

    return Sheet


def _row(cells: dict[str, str], number: int, default_name: str) -> tuple[Row | None, str]:
    for name, value in cells.items():
        if len(value) > MAX_FIELD:
            return None, f"{name}: longer than {MAX_FIELD} characters"
    prompt, answer = cells.get("prompt", ""), cells.get("answer", "")
    if not prompt:
        return None, "prompt: empty"
    if not answer:
        return None, "answer: empty"
    kind_text = cells.get("kind", "").casefold() or DEFAULT_KIND.value
    try:
        card_kind = CardKind(kind_text)
    except ValueError:
        kinds = ", ".join(kind.value for kind in CardKind)
        return None, f"kind: {kind_text!r} is not one of {kinds}"
    options = split_list(cells.get("options", ""))
    if card_kind is CardKind.TRUEFALSE and not options:
        options = ("True", "False")
    answering_text = cells.get("answering", "").casefold()
    if answering_text:
        try:
            answering = Answering(answering_text)
        except ValueError:
            return None, f"answering: {answering_text!r} is not self, choice or typed"
    else:
        answering = Answering.CHOICE if options else Answering.SELF
    if answering is Answering.CHOICE:
        if len(options) < 2:
            return None, "options: a choice card needs at least two options"
        if len(options) > MAX_OPTIONS:
            return None, (
                f"options: {len(options)} options; a choice card has at most {MAX_OPTIONS} "
                "(each is picked with one key, 1-9)"
            )
        if len(set(options)) < len(options):
            return None, "options: the same option twice"
        matching = [option for option in options if option.casefold() == answer.casefold()]
        if not matching:
            return None, f"answer: {answer!r} is not one of the options"
        answer = matching[0]
    elif cells.get("options"):
        return None, f"options: only choice cards have options (answering is {answering.value})"
    path = cells.get("path", "") or default_name
    step = cells.get("step", "") or default_name
    return (
        Row(
            number=number,
            path=path,
            step=step,
            card_kind=card_kind,
            answering=answering,
            prompt=prompt,
            answer=answer,
            options=options if answering is Answering.CHOICE else (),
            accepted=split_list(cells.get("accepted", "")),
            explanation=cells.get("explanation", ""),
            tags=split_list(cells.get("tags", "")),
        ),
        "",
    )


def _cell_in(cell: str) -> str:
    # Text from a spreadsheet is untrusted: no escape sequence or control character stays
    # (it is printed to the terminal later). A ' our export put before a formula goes.
    text = printable(cell).strip()
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


# -- planning an import ------------------------------------------------------------------------


def source_name(file: Path) -> str:
    """How cards from a CSV file record their source: csv:<file name>."""
    return f"{CSV_SOURCE}{file.name}"


def plan_csv_import(store: Store, files: Sequence[tuple[Path, list[Row]]]) -> ImportPlan:
    """Work out what importing the rows of `files` changes, without writing anything."""
    planner = CsvPlanner(store)
    entries: list[EntryRecord] = []
    new_cards: list[tuple[int, Card]] = []
    retire: list[str] = []
    for file, rows in files:
        for write in planner.writes_of_file(file, lambda rows=rows: iter(rows)):  # type: ignore[misc]
            entries += write.entries
            new_cards += write.cards
            retire += write.retire
    return ImportPlan(ImportWrite(entries, new_cards, retire), planner.changes())


class CsvPlanner:
    """Works out what a CSV import changes, entry by entry, so that the rows of a large
    file stream through: each entry is planned (and can be written) once its last row
    has been read, and nothing of it is kept after.
    """

    def __init__(self, store: Store) -> None:
        steps = store.all_steps()
        self.path_names = {cards.slugify(step.path): step.path for step in steps}
        self.by_key = {step.key: step for step in steps}
        self.by_title = {(cards.slugify(step.path), step.title.casefold()): step for step in steps}
        self.last_position: dict[str, int] = {}
        for step in steps:
            self.last_position[step.path] = max(self.last_position.get(step.path, 0), step.position)
        self.existing = store.cards_of_entries(list(store.entry_hashes()))
        self.in_entry: dict[str, int] = {}
        for stored in self.existing.values():
            key = stored.card.entry_key
            self.in_entry[key] = self.in_entry.get(key, 0) + 1
        self._changes: dict[str, EntryChange] = {}
        self._titles: dict[str, tuple[str, str]] = {}
        self._positions: dict[str, int] = {}
        self._keys: dict[tuple[str, str], str] = {}  # (path, step) as written: its entry
        self._file = Path()

    def changes(self) -> list[EntryChange]:
        return list(self._changes.values())

    def key_of(self, row: Row) -> str:
        """The entry a row's card belongs to; a new entry is placed when first met.

        Raises CardsFileError when the row's step shares its short name with another
        step of that path (a stored one, or one named earlier in another spelling).
        """
        key = self._key_for(row.path, row.step)
        other = self.by_key[key].title if key in self.by_key else self._titles[key][1]
        if other.casefold() != row.step.casefold():
            raise CardsFileError(
                f"{self._file}: row {row.number}: step '{row.step}' has the same short name "
                f"('{key}') as the step '{other}'; write it as '{other}' to join it, "
                "or give it another name; nothing imported"
            )
        return key

    def _key_for(self, row_path: str, row_step: str) -> str:
        named = (row_path, row_step)
        key = self._keys.get(named)
        if key is None:
            key = self._keys[named] = self._place(row_path, row_step)
        return key

    def _place(self, row_path: str, row_step: str) -> str:
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

    def writes_of_file(
        self,
        file: Path,
        rows: Callable[[], Iterator[Row]],
        batch: int = 5000,
        row_done: Callable[[], None] | None = None,
        checked: Checked | None = None,
    ) -> Iterator[ImportWrite]:
        """What importing one file writes, in parts of about `batch` cards.

        Each entry is planned as soon as all its rows have been read (`row_done` is
        called after each row, for a progress bar). Where each entry's last row is comes
        from `checked`, the file's `check_rows`; without it `rows` is read twice.
        """
        source = source_name(file)
        self._file = file
        last: dict[str, int] = {}
        if checked is None:
            for number, row in enumerate(rows()):
                last[self.key_of(row)] = number
        else:
            # Placed in the order steps first appear, as reading the rows would place them.
            for named, number in checked.last_rows.items():
                key = self._key_for(*named)
                last[key] = max(last.get(key, -1), number)
        kept: set[str] = set()
        pending: dict[str, list[Row]] = {}
        entries: list[EntryRecord] = []
        new_cards: list[tuple[int, Card]] = []
        for number, row in enumerate(rows()):
            if row_done is not None:
                row_done()
            key = self.key_of(row)
            pending.setdefault(key, []).append(row)
            if last[key] != number:
                continue
            record = self._plan_entry(key, pending.pop(key), source, kept, new_cards)
            if record is not None:
                entries.append(record)
            if len(new_cards) >= batch or len(entries) >= batch:
                yield ImportWrite(entries, new_cards, [])
                entries, new_cards = [], []
        yield ImportWrite(entries, new_cards, self._retired(source, kept))

    def _plan_entry(
        self,
        key: str,
        entry_rows: list[Row],
        source: str,
        kept: set[str],
        new_cards: list[tuple[int, Card]],
    ) -> EntryRecord | None:
        path, title = self._titles[key]
        change = self._changes.setdefault(key, EntryChange(key, title, path))
        stored_step = self.by_key.get(key)
        record = None
        if stored_step is None or stored_step.file.startswith(CSV_SOURCE):
            record = _entry_record(key, path, title, self._positions[key], source, entry_rows)
        before = self.in_entry.get(key, 0)
        deck = keep_legacy_ids([_card(row, key, source) for row in entry_rows], self.existing)
        for offset, card in enumerate(deck):
            kept.add(card.id)
            stored = self.existing.get(card.id)
            if stored is None:
                change.new += 1
                new_cards.append((before + offset, card))
            elif stored.card.source.file != source:
                change.unchanged += 1  # generated from an entry file, which owns it
            elif stored.retired or _content(stored) != _content_of(card):
                change.changed += 1
                new_cards.append((before + offset, card))
            else:
                change.unchanged += 1
        return record

    def _retired(self, source: str, kept: set[str]) -> list[str]:
        retire = []
        for card_id, stored in self.existing.items():
            if stored.card.source.file == source and card_id not in kept and not stored.retired:
                retire.append(card_id)
                key = stored.card.entry_key
                if key not in self._changes and key in self.by_key:
                    step = self.by_key[key]
                    self._changes[key] = EntryChange(key, step.title, step.path)
                if key in self._changes:
                    self._changes[key].retired += 1
        return retire


def _entry_record(
    key: str, path: str, title: str, position: int, source: str, rows: list[Row]
) -> EntryRecord:
    tags = tuple(dict.fromkeys(tag for row in rows for tag in row.tags))
    digest = hashlib.sha256(
        "\x1e".join(f"{row.prompt}\x1f{row.answer}" for row in rows).encode()
    ).hexdigest()
    return EntryRecord(
        key=key,
        path=path,
        path_slug=cards.slugify(path),
        position=position,
        slug=key.split("/", 1)[1],
        title=title,
        file=source,
        layout=CSV_LAYOUT,
        tags=tags,
        aliases=(),
        next_title="",
        sections=(),
        text="",  # no entry text: the cards are the whole of it
        content_hash=f"csv-{digest[:24]}",
    )


def _card(row: Row, entry_key: str, source: str) -> Card:
    return Card(
        id=cards.card_id(entry_key, row.card_kind, row.prompt),
        kind=row.card_kind,
        answering=row.answering,
        prompt=row.prompt,
        answer=row.answer,
        source=Source(source, row.step, row.number),
        entry=entry_key.split("/", 1)[1],
        entry_key=entry_key,
        options=row.options,
        accepted=row.accepted,
        explanation=row.explanation,
        tags=row.tags,
    )


def _content(stored: StoredCard) -> tuple[object, ...]:
    return _content_of(stored.card)


def _content_of(card: Card) -> tuple[object, ...]:
    return (
        card.answering,
        card.prompt,
        card.answer,
        card.options,
        card.accepted,
        card.explanation,
        card.source.line,
    )


# -- writing -----------------------------------------------------------------------------------


def write_csv(store: Store, handle: IO[str]) -> int:
    """Every live card, step by step in path order, in the columns above; return how many."""
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for step in store.all_steps():
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
