"""The collection as one JSON document: everything, documented and versioned.

Shape (version 1)::

    {
      "format": "tutor-collection", "version": 1, "schema": 1,
      "exported_at": "2026-03-02T09:00:00+00:00",
      "paths": [...], "entries": [...], "cards": [...], "card_states": [...],
      "reviews": [...], "settings": [...], "check_attempts": [...]
    }

Each list holds one object per row of the table of the same meaning (see db/tables.py),
with the same field names. Times are integers: milliseconds since 1970-01-01 UTC. Fields
the database keeps as JSON text (entry tags, aliases and sections; card options and
accepted answers; a setting's value; a check attempt's missed sections) appear as JSON
values, not strings. `schema` is the database schema version the document came from.

Importing checks every row (the column types of the SQLModel row classes, then kinds,
ratings, states and references) inside one transaction that is rolled back whole at any
problem, and reports the first problems by JSON path:
`$.cards[12].kind: 'flash' is not a card kind`.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import sqlite3
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from cards import Answering, CardKind, slugify
from cards.text import printable
from db import Store
from db.dump import (
    DATA_TABLES,
    bulk_loading,
    clear_tables,
    dump_table,
    foreign_key_problem,
    insert_rows,
    learner_activity,
)
from db.migrations import SCHEMA_VERSION

FORMAT = "tutor-collection"
VERSION = 1
MAX_PROBLEMS = 5
# A row is one line of an export: an entry's text (1 MB of file at most) escaped as JSON
# stays far below MAX_LINE. A document in any other layout is parsed whole, so it is
# held to MAX_WHOLE.
MAX_LINE = 16_000_000
MAX_WHOLE = 256 * 1024 * 1024

# document key -> table name, in the order tables must be loaded
SECTIONS: dict[str, str] = {
    "paths": "path",
    "entries": "entry",
    "cards": "card",
    "card_states": "card_state",
    "reviews": "review",
    "settings": "setting",
    "check_attempts": "check_attempt",
}
assert list(SECTIONS.values()) == list(DATA_TABLES)

# Columns stored as JSON text, shown in the document as JSON values.
JSON_COLUMNS: dict[str, set[str]] = {
    "entry": {"tags", "aliases", "sections"},
    "card": {"options", "accepted"},
    "setting": {"value"},
    "check_attempt": {"missed_sections"},
}
BOOL_COLUMNS: dict[str, set[str]] = {"check_attempt": {"passed"}}
# Columns added after version 1 of the document: a document written before them may
# leave them out (they are all nullable, and absent means NULL).
LATER_COLUMNS: dict[str, set[str]] = {
    "path": {"hidden_at"},
    "entry": {"retired_at"},
    "card": {"flagged_at", "flag_reason", "forgotten_at"},
}


class DocumentError(Exception):
    """A document that cannot be imported; the message lists the first problems."""


@dataclass(frozen=True)
class Loaded:
    counts: dict[str, int]
    replaced_builtin: bool


# -- export ----------------------------------------------------------------------------------


def write_document(
    store: Store, handle: IO[str], now: datetime, row_done: Callable[[], None] | None = None
) -> dict[str, int]:
    """Stream the whole collection into `handle` as a document; return rows per section.

    Rows are written one by one, so a collection of a million reviews is never held in
    memory as Python objects all at once. `row_done` is called after each (for a bar).
    """
    counts: dict[str, int] = {}
    head = {
        "format": FORMAT,
        "version": VERSION,
        "schema": SCHEMA_VERSION,
        "exported_at": now.isoformat(),
    }
    handle.write("{\n")
    for key, value in head.items():
        handle.write(f"  {json.dumps(key)}: {json.dumps(value)},\n")
    last = list(SECTIONS)[-1]
    for section, table in SECTIONS.items():
        handle.write(f"  {json.dumps(section)}: [")
        count = 0
        for row in dump_table(store, table):
            handle.write(",\n    " if count else "\n    ")
            handle.write(json.dumps(_to_document(table, row), ensure_ascii=False))
            count += 1
            if row_done is not None:
                row_done()
        handle.write("\n  ]" if count else "]")
        handle.write("\n" if section == last else ",\n")
        counts[section] = count
    handle.write("}\n")
    return counts


def export_document(
    store: Store,
    target: Path,
    now: datetime,
    force: bool,
    row_done: Callable[[], None] | None = None,
) -> dict[str, int]:
    """Write the document to `target` through a temporary file and a rename."""
    with atomic_text(target, force) as handle:
        return write_document(store, handle, now, row_done)


@contextlib.contextmanager
def atomic_text(target: Path, force: bool) -> Iterator[IO[str]]:
    """A text file that appears under its name only once fully written (and synced).

    Raises FileExistsError when `target` exists and `force` is off.
    """
    if target.exists() and not force:
        raise FileExistsError(str(target))
    from tutor.outputs import partial_name

    temporary = partial_name(target)
    fd = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if force:
            os.replace(temporary, target)
        else:
            os.link(temporary, target)  # never overwrites a file that appeared meanwhile
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def _to_document(table: str, row: dict[str, Any]) -> dict[str, Any]:
    for column in JSON_COLUMNS.get(table, ()):
        row[column] = json.loads(row[column])
    for column in BOOL_COLUMNS.get(table, ()):
        row[column] = bool(row[column])
    return row


# -- import ----------------------------------------------------------------------------------
#
# A document is read row by row and each row, once checked, is inserted at once inside one
# transaction; any problem rolls the whole transaction back, so nothing is written. A
# document laid out as `write_document` writes it (one row per line) is streamed, so a
# million reviews never sit in memory; any other layout of valid JSON is parsed whole.

HEAD_FIELDS = {"format", "version", "schema", "exported_at"}


_SECTION_START = re.compile(r'"(\w+)":\s*\[')


class _NotStreamable(Exception):
    """The file is not laid out one row per line: parse it whole instead."""


def import_document(store: Store, file: Path, dry_run: bool = False) -> Loaded:
    """Check every row of the document at `file` and load it into an empty collection.

    A collection that only holds the built-in path, never reviewed, counts as empty and
    is replaced whole. With `dry_run` everything is checked and then rolled back.
    Raises DocumentError (nothing written) for a bad document or a collection in use.
    """
    origin = str(file)
    try:
        if not stat.S_ISREG(file.stat().st_mode):
            raise DocumentError(f"{origin}: not a regular file (a device, pipe or socket)")
        _check_start(file, origin)
        try:
            return _load(store, _streamed(file), origin, dry_run)
        except _NotStreamable:
            return _load(store, _parsed(file, origin), origin, dry_run)
    except _DryRunDone as done:
        return done.loaded
    except UnicodeDecodeError:
        raise DocumentError(f"{origin}: not UTF-8 text, so not a tutor export") from None
    except RecursionError:
        raise DocumentError(f"{origin}: nested too deeply to be a tutor export") from None
    except OSError as error:
        raise DocumentError(f"{origin}: cannot read ({error.strerror})") from None


# How much of a file is read to tell that it is no export before the collection is
# looked at: a photo or a spreadsheet given by mistake is named as such, not met with
# 'this collection is not empty'.
START_BYTES = 64 * 1024
_FORMAT_FIRST = re.compile(r'\{\s*"format"\s*:\s*("(?:[^"\\]|\\.)*")')


def _check_start(file: Path, origin: str) -> None:
    """Raise DocumentError when the start of `file` shows it is no tutor export: not
    UTF-8 text, not a JSON object, or a format named first that is not ours."""
    import codecs

    with file.open("rb") as handle:
        start = handle.read(START_BYTES)
        whole = not handle.read(1)
    text = codecs.getincrementaldecoder("utf-8-sig")().decode(start, final=whole)
    begins = text.lstrip()
    if not begins:
        if whole:
            raise DocumentError(f"{origin}: empty, so not a tutor export")
        return
    if begins[0] != "{":
        raise DocumentError(f"{origin}: not a JSON document (a tutor export starts with '{{')")
    named = _FORMAT_FIRST.match(begins)
    if named is not None and json.loads(named.group(1)) != FORMAT:
        raise DocumentError(f"{origin}: $.format: expected {FORMAT!r}, not a tutor collection")


def is_export(file: Path) -> bool:
    """Whether `file` starts as a document of `tutor export json` does (its format named
    first); False for any other file, or one that cannot be read."""
    try:
        with file.open("rb") as handle:
            start = handle.read(1024).decode("utf-8-sig", errors="replace")
    except OSError:
        return False
    named = _FORMAT_FIRST.match(start.lstrip())
    return named is not None and json.loads(named.group(1)) == FORMAT


Event = tuple[str, Any, int, Any]  # ("head", key, 0, value) or ("row", section, index, item)


def _lines(handle: IO[str], origin: str) -> Iterator[str]:
    # One row per line: a line longer than any row can be is refused before it is read
    # whole (a sparse file of zeros has no line end at all).
    while True:
        line = handle.readline(MAX_LINE + 1)
        if not line:
            return
        if len(line) > MAX_LINE:
            raise DocumentError(
                f"{origin}: a line longer than {MAX_LINE // 1_000_000} million characters; "
                "not a tutor export"
            )
        yield line


def _streamed(file: Path) -> Iterator[Event]:
    origin = str(file)
    with file.open(encoding="utf-8-sig") as handle:
        lines = _lines(handle, origin)
        if next(lines, "").strip() != "{":
            raise _NotStreamable
        section: str | None = None
        index = 0
        for line in lines:
            text = line.strip()
            if section is not None:
                if text in ("]", "],"):
                    section = None
                    continue
                try:
                    item = json.loads(text.removesuffix(","))
                except json.JSONDecodeError:
                    raise _NotStreamable from None
                yield ("row", section, index, item)
                index += 1
                continue
            if text == "}":
                return
            opening = _SECTION_START.fullmatch(text)
            if opening and opening.group(1) in SECTIONS:
                section, index = opening.group(1), 0
                yield ("head", section, 0, None)
                continue
            try:
                (key, value), *rest = json.loads("{" + text.removesuffix(",") + "}").items()
            except (json.JSONDecodeError, ValueError):
                raise _NotStreamable from None
            if rest:
                raise _NotStreamable
            yield ("head", key, 0, value)
    raise _NotStreamable  # the closing brace never came


def _parsed(file: Path, origin: str) -> Iterator[Event]:
    if file.stat().st_size > MAX_WHOLE:
        raise DocumentError(
            f"{origin}: larger than {MAX_WHOLE // (1024 * 1024)} MB and not laid out one row "
            "per line as tutor export json writes it"
        )
    try:
        document = json.loads(file.read_bytes().decode("utf-8-sig"))
    except json.JSONDecodeError as error:
        raise DocumentError(
            f"{origin}:{error.lineno}:{error.colno}: not valid JSON ({error.msg})"
        ) from None
    if not isinstance(document, dict):
        raise DocumentError(f"{origin}: $: expected an object with format {FORMAT!r}")
    for key in ("format", "version"):
        if key in document:
            yield ("head", key, 0, document[key])
    for key, value in document.items():
        if key not in SECTIONS and key not in {"format", "version"}:
            yield ("head", key, 0, value)
    for section in SECTIONS:  # parents before children, whatever order the file has
        rows = document.get(section, [])
        if not isinstance(rows, list):
            yield ("head", section, 0, rows)
            continue
        yield ("head", section, 0, None)
        for index, item in enumerate(rows):
            yield ("row", section, index, item)


def _load(store: Store, events: Iterator[Event], origin: str, dry_run: bool) -> Loaded:
    problems = Problems()
    reading = _Reading(problems)
    with bulk_loading(store), store.transaction() as conn:
        activity = {what: count for what, count in learner_activity(store).items() if count}
        if activity:
            done = ", ".join(f"{count} {what}" for what, count in activity.items())
            raise DocumentError(
                f"{store.path}: this collection is not empty ({done}); import a collection "
                "into a new file (tutor --db NEW.sqlite3 import json FILE) or restore a backup"
            )
        had_rows = conn.execute("SELECT count(*) FROM entry").fetchone()[0] > 0
        clear_tables(store)
        order = list(SECTIONS)
        reached = -1
        head: set[str] = set()
        for kind, key, index, value in events:
            if kind == "head":
                _check_head(key, value, problems, origin)
                head.add(key)
                if key in SECTIONS:
                    if order.index(key) < reached:
                        raise _NotStreamable  # out of order: children before parents
                    reached = order.index(key)
                continue
            if not reading.started:
                _require_head(head, origin)
            row = reading.row(key, index, value)
            if row is not None and not problems:
                reading.insert(store, key, index, row)
            if problems.full:
                break
        reading.flush(store)
        _require_head(head, origin)
        if not problems:
            reading.finish()
        if not problems:
            broken = foreign_key_problem(store)
            if broken:
                problems.add("$", broken)
        if problems:
            raise DocumentError(problems.message(origin))
        if dry_run:
            raise _DryRunDone(Loaded(reading.counts, had_rows))
    return Loaded(reading.counts, had_rows)


class _DryRunDone(Exception):
    def __init__(self, loaded: Loaded) -> None:
        self.loaded = loaded


def _require_head(head: set[str], origin: str) -> None:
    if "format" not in head:
        raise DocumentError(f"{origin}: $.format: missing; not a tutor collection")
    if "version" not in head:
        raise DocumentError(f"{origin}: $.version: missing")


def _check_head(key: str, value: Any, problems: Problems, origin: str) -> None:
    if key == "format":
        if value != FORMAT:
            raise DocumentError(f"{origin}: $.format: expected {FORMAT!r}, not a tutor collection")
    elif key == "version":
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise DocumentError(f"{origin}: $.version: expected a whole number")
        if value > VERSION:
            raise DocumentError(
                f"{origin}: $.version: {value} is newer than this tutor reads ({VERSION}); "
                "upgrade tutor"
            )
    elif key in SECTIONS:
        if value is not None and value != []:
            problems.add(f"$.{key}", "expected a list")
    elif key not in HEAD_FIELDS:
        problems.add(f"$.{key}", "unknown field")


class _Reading:
    """What has been read so far: counts, and the keys later rows may refer to."""

    def __init__(self, problems: Problems) -> None:
        self.problems = problems
        self.counts = {section: 0 for section in SECTIONS}
        self.keys: dict[str, set[Any]] = {table: set() for table in _KEYS}
        self.card_rows: dict[str, int] = {}  # card id -> its index in $.cards
        self.started = False
        self.models = _row_models()
        self.batch: list[tuple[str, int, dict[str, Any]]] = []

    def row(self, section: str, index: int, item: Any) -> dict[str, Any] | None:
        self.started = True
        table = SECTIONS[section]
        where = f"$.{section}[{index}]"
        row = _validated_row(table, item, where, self.problems, self.models[table])
        if row is None:
            return None
        for column, target, _ in _REFERENCES_OF.get(table, ()):
            if row[column] not in self.keys[target]:
                self.problems.add(
                    f"{where}.{column}", f"{row[column]!r} is not in $.{_SECTION_OF[target]}"
                )
                return None
        if table in self.keys:
            key = row[_KEYS[table]]
            if key in self.keys[table]:
                self.problems.add(f"{where}.{_KEYS[table]}", f"{key!r} appears twice")
                return None
            self.keys[table].add(key)
        if table == "card":
            self.card_rows[row["id"]] = index
        self.counts[section] += 1
        return row

    def insert(self, store: Store, section: str, index: int, row: dict[str, Any]) -> None:
        """Queue one checked row; rows go to the database in batches."""
        if self.batch and self.batch[0][0] != section:
            self.flush(store)
        self.batch.append((section, index, row))
        if len(self.batch) >= 2000:
            self.flush(store)

    def flush(self, store: Store) -> None:
        if not self.batch or self.problems:
            self.batch.clear()
            return
        table = SECTIONS[self.batch[0][0]]
        try:
            insert_rows(store, table, [row for _, _, row in self.batch])
        except sqlite3.IntegrityError:
            # Find which row: one at a time, each in a savepoint of its own.
            for section, index, row in self.batch:
                try:
                    insert_rows(store, table, [row])
                except sqlite3.IntegrityError as error:
                    self._integrity_problem(section, index, row, str(error))
                    break
        self.batch.clear()

    def _integrity_problem(self, section: str, index: int, row: dict[str, Any], text: str) -> None:
        column = text.rsplit(".", 1)[-1]
        if text.startswith("UNIQUE constraint failed: ") and column in row:
            self.problems.add(f"$.{section}[{index}].{column}", f"{row[column]!r} appears twice")
        else:
            self.problems.add(f"$.{section}[{index}]", text)

    def finish(self) -> None:
        for card_id, index in self.card_rows.items():
            if card_id not in self.keys["card_state"]:
                self.problems.add(f"$.cards[{index}].id", "has no entry in $.card_states")


class Problems:
    """The first few problems found, each with its JSON path."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.total = 0

    def add(self, where: str, what: str) -> None:
        self.total += 1
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(f"{where}: {what}")

    @property
    def full(self) -> bool:
        return self.total >= MAX_PROBLEMS

    def __bool__(self) -> bool:
        return self.total > 0

    def message(self, origin: str) -> str:
        more = "" if self.total <= len(self.items) else " (and more)"
        return f"{origin}: " + "; ".join(self.items) + more + "; nothing imported"


def _row_models() -> dict[str, Any]:
    """A strict pydantic model per table, with the fields of its SQLModel row class.

    The SQLModel table classes themselves validate too, but build an ORM object per row:
    about 30x slower over a million reviews. These check exactly the same field types.
    """
    from pydantic import ConfigDict, create_model

    from db.tables import (
        CardRow,
        CardStateRow,
        CheckAttemptRow,
        EntryRow,
        PathRow,
        ReviewRow,
        SettingRow,
    )

    classes = {
        "path": PathRow,
        "entry": EntryRow,
        "card": CardRow,
        "card_state": CardStateRow,
        "review": ReviewRow,
        "setting": SettingRow,
        "check_attempt": CheckAttemptRow,
    }
    return {
        table: create_model(  # type: ignore[call-overload]
            f"{row_class.__name__}Check",
            __config__=ConfigDict(strict=True, extra="forbid"),
            **{
                name: (info.annotation, None if name in LATER_COLUMNS.get(table, ()) else ...)
                for name, info in row_class.model_fields.items()
            },
        )
        for table, row_class in classes.items()
    }


def _validated_row(
    table: str, item: object, where: str, problems: Problems, model: Any
) -> dict[str, Any] | None:
    """One document row as a database row (columns in order), or None with its problems."""
    from pydantic import ValidationError

    if not isinstance(item, dict):
        problems.add(where, "expected an object")
        return None
    if not _depth(item, MAX_DEPTH):
        problems.add(where, f"nested deeper than any row of a collection ({MAX_DEPTH} levels)")
        return None
    row = {
        name: printable(value) if isinstance(value, str) else value for name, value in item.items()
    }
    for column in JSON_COLUMNS.get(table, ()):
        if column not in row:
            continue
        value = row[column]
        if table != "setting" and not _list_of_text(value, nested=column == "sections"):
            problems.add(f"{where}.{column}", "expected a list of text")
            return None
        if table != "setting":
            value = [
                [part[0], printable(part[1]), part[2]]
                if isinstance(part, list)
                else printable(part)
                for part in value
            ]
        row[column] = json.dumps(value)
    try:
        model.model_validate(row)
    except ValidationError as error:
        for detail in error.errors():
            path = "".join(
                f"[{part}]" if isinstance(part, int) else f".{part}" for part in detail["loc"]
            )
            problems.add(f"{where}{path}", _pydantic_message(detail))
        return None
    message = _rule_problem(table, row)
    if message:
        column, what = message
        problems.add(f"{where}.{column}", what)
        return None
    for column in BOOL_COLUMNS.get(table, ()):
        row[column] = int(row[column])
    return {name: row.get(name) for name in model.model_fields}


def _pydantic_message(detail: Any) -> str:
    if detail["type"] == "missing":
        return "missing"
    if detail["type"] == "extra_forbidden":
        return "unknown field"
    got = repr(detail["input"])
    got = got if len(got) <= 40 else got[:37] + "..."
    return f"{detail['msg'].lower()} (got {got})"


def _list_of_text(value: object, nested: bool) -> bool:
    if not isinstance(value, list):
        return False
    if nested:  # sections: [[kind, heading, line], ...]
        return all(
            isinstance(part, list)
            and len(part) == 3
            and isinstance(part[0], str)
            and isinstance(part[1], str)
            and isinstance(part[2], int)
            for part in value
        )
    return all(isinstance(part, str) for part in value)


# Times are milliseconds since 1970 UTC; the rest of tutor adds intervals of up to a
# century to them and turns them into datetimes, so they stay within these years.
EARLIEST_MS = 0
LATEST_MS = 221_845_392_000_000  # 9000-01-01T00:00:00Z
TIME_COLUMNS: dict[str, set[str]] = {
    "path": {"hidden_at"},
    "entry": {"imported_at", "unlocked_at", "passed_at", "retired_at"},
    "card": {"created_at", "retired_at", "suspended_at", "flagged_at", "forgotten_at"},
    "card_state": {"due", "last_review"},
    "review": {"reviewed_at"},
    "check_attempt": {"started_at", "finished_at"},
}
NOT_NEGATIVE: dict[str, set[str]] = {
    "path": {"id"},
    "entry": {"position"},
    "card": {"position", "source_line"},
    "card_state": {"step", "reps", "lapses"},
    "review": {"id", "duration_ms"},
    "check_attempt": {"id", "correct", "total"},
}
INT_LIMIT = 2**53  # what a JSON number keeps exactly, far inside SQLite's 64 bits
MAX_DEPTH = 6  # the deepest a row of ours nests: sections, [[kind, heading, line]]
MAX_OPTIONS = 9  # a choice is made with one key, 1-9


def _range_problem(table: str, row: dict[str, Any]) -> tuple[str, str] | None:
    """Numbers the rest of tutor cannot hold or read back: (column, what is wrong)."""
    for column, value in row.items():
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, int) and not -INT_LIMIT < value < INT_LIMIT:
            return column, f"{value} is too large"
        if isinstance(value, float) and not math.isfinite(value):
            return column, f"{value} is not a finite number"
    for column in TIME_COLUMNS.get(table, ()):
        value = row.get(column)
        if value is not None and not EARLIEST_MS <= value < LATEST_MS:
            return column, f"{value} is not a time from 1970 to 8999 (milliseconds since 1970)"
    for column in NOT_NEGATIVE.get(table, ()):
        value = row.get(column)
        if value is not None and value < 0:
            return column, f"{value} is negative"
    if table == "card_state":
        stability, difficulty = row.get("stability"), row.get("difficulty")
        if stability is not None and not 0 < stability <= 1e6:
            return "stability", f"{stability} is not a stability in days (0 to 1,000,000)"
        if difficulty is not None and not 1 <= difficulty <= 10:
            return "difficulty", f"{difficulty} is not a difficulty from 1 to 10"
    return None


def setting_problem(key: str, value: Any) -> str | None:
    """What is wrong with one setting's value, as every command will read it back."""
    from tutor.memory.scheduling import PARAMETER_CHANGES
    from tutor.settings import SETTINGS

    if key in SETTINGS:
        complaint = SETTINGS[key].check(value)
        return f"{key} {complaint}, not {value!r}" if complaint else None
    if key == "fsrs_parameters":
        problem = _parameters_problem(value)
        return f"{key}: {problem}" if problem else None
    if key == PARAMETER_CHANGES:
        if not isinstance(value, list):
            return f"{key}: expected a list of [time, parameters]"
        for number, change in enumerate(value):
            if not isinstance(change, list) or len(change) != 2:
                return f"{key}[{number}]: expected [time in ms, parameters or null]"
            until, parameters = change
            if isinstance(until, bool) or not isinstance(until, int):
                return f"{key}[{number}][0]: expected a time in milliseconds"
            if not EARLIEST_MS <= until < LATEST_MS:
                return f"{key}[{number}][0]: {until} is not a time from 1970 to 8999"
            problem = _parameters_problem(parameters)
            if problem:
                return f"{key}[{number}][1]: {problem}"
        return None
    if key in ("builtin_imported", "generation_version"):
        return None if isinstance(value, str) else "expected a text"
    return f"{key!r} is not a setting tutor knows"


def _parameters_problem(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(
        isinstance(number, (int, float)) and not isinstance(number, bool) for number in value
    ):
        return "expected a list of numbers"
    if not all(math.isfinite(number) for number in value):
        return "expected finite numbers"
    from tutor.memory.scheduling import make_scheduler

    try:
        make_scheduler(0.9, value, fuzz=False)
    except (ValueError, TypeError, AssertionError, OverflowError) as error:
        return f"not parameters the scheduler accepts ({error})"
    return None


def _depth(value: Any, limit: int) -> bool:
    """Whether `value` nests no deeper than `limit` lists and objects (no recursion)."""
    stack = [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (list, dict)):
            if level >= limit:
                return False
            stack.extend(
                (child, level + 1) for child in (item.values() if isinstance(item, dict) else item)
            )
    return True


def _rule_problem(table: str, row: dict[str, Any]) -> tuple[str, str] | None:
    """The rules a row must keep beyond its column types: (column, what is wrong)."""
    ranged = _range_problem(table, row)
    if ranged:
        return ranged
    if table == "setting":
        problem = setting_problem(row["key"], json.loads(row["value"]))
        if problem:
            return "value", problem
    if table == "card":
        if row["kind"] not in _CARD_KINDS:
            return "kind", f"{row['kind']!r} is not a card kind"
        if row["answering"] not in _ANSWERINGS:
            return "answering", f"{row['answering']!r} is not self, choice or typed"
        if row["answering"] == "choice" and row["answer"] not in json.loads(row["options"]):
            return "answer", "a choice card's answer must be one of its options"
        if len(json.loads(row["options"])) > MAX_OPTIONS:
            return "options", f"more than {MAX_OPTIONS} options (each is chosen with one key)"
    if table == "card_state" and not 0 <= row["state"] <= 3:
        return "state", f"{row['state']} is not 0 (new) to 3 (relearning)"
    if table == "review":
        if not 1 <= row["rating"] <= 4:
            return "rating", f"{row['rating']} is not 1 (Again) to 4 (Easy)"
        if not 0 <= row["state_before"] <= 3:
            return "state_before", f"{row['state_before']} is not 0 (new) to 3 (relearning)"
        if row["mode"] not in {"review", "check"}:
            return "mode", f"{row['mode']!r} is not review or check"
    if table in {"path", "review", "check_attempt"} and row["id"] is None:
        return "id", "missing"
    if table == "path":
        # Every command finds a path by its short name, made from its name; a slug made
        # from no name, or from another, would point two names at one path.
        if not row["name"].strip():
            return "name", "a path needs a name"
        if row["slug"] != slugify(row["name"]):
            return "slug", f"{row['slug']!r} is not the short name of {row['name']!r}"
    return None


_CARD_KINDS = {kind.value for kind in CardKind}
_ANSWERINGS = {answering.value for answering in Answering}
# Keys later rows refer to, by table (review and check attempt ids: the database's own
# primary key catches a repeat, without holding a million ids in a set).
_KEYS = {"path": "id", "entry": "key", "card": "id", "card_state": "card_id", "setting": "key"}
_SECTION_OF = {table: section for section, table in SECTIONS.items()}
_REFERENCES_OF: dict[str, list[tuple[str, str, str]]] = {
    "entry": [("path_id", "path", "paths")],
    "card": [("entry_key", "entry", "entries")],
    "card_state": [("card_id", "card", "cards")],
    "review": [("card_id", "card", "cards")],
    "check_attempt": [("entry_key", "entry", "entries")],
}
