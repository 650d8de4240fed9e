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

Reading validates every row (types with the SQLModel row classes, then kinds, ratings,
states and references) before anything is written, and reports the first problems by
JSON path: `$.cards[12].kind: 'flash' is not a card kind`.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from db import Store
from db.dump import DATA_TABLES, dump_table, learner_activity, load_tables
from db.migrations import SCHEMA_VERSION

FORMAT = "tutor-collection"
VERSION = 1
MAX_PROBLEMS = 5

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


class DocumentError(Exception):
    """A document that cannot be imported; the message lists the first problems."""


@dataclass(frozen=True)
class Loaded:
    counts: dict[str, int]
    replaced_builtin: bool


# -- export ----------------------------------------------------------------------------------


def write_document(store: Store, handle: IO[str], now: datetime) -> dict[str, int]:
    """Stream the whole collection into `handle` as a document; return rows per section.

    Rows are written one by one, so a collection of a million reviews is never held in
    memory as Python objects all at once.
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
        handle.write("\n  ]" if count else "]")
        handle.write("\n" if section == last else ",\n")
        counts[section] = count
    handle.write("}\n")
    return counts


def export_document(store: Store, target: Path, now: datetime, force: bool) -> dict[str, int]:
    """Write the document to `target` through a temporary file and a rename."""
    with atomic_text(target, force) as handle:
        return write_document(store, handle, now)


@contextlib.contextmanager
def atomic_text(target: Path, force: bool) -> Iterator[IO[str]]:
    """A text file that appears under its name only once fully written (and synced).

    Raises FileExistsError when `target` exists and `force` is off.
    """
    if target.exists() and not force:
        raise FileExistsError(str(target))
    temporary = target.with_name(f".{target.name}.{os.getpid()}.partial")
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


def read_document(text: str, origin: str) -> dict[str, list[dict[str, Any]]]:
    """Parse and validate a document; return rows per table, ready to load.

    Raises DocumentError listing the first problems, each with its JSON path.
    """
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise DocumentError(
            f"{origin}:{error.lineno}:{error.colno}: not valid JSON ({error.msg})"
        ) from None
    problems = Problems()
    if not isinstance(document, dict):
        raise DocumentError(f"{origin}: $: expected an object with format {FORMAT!r}")
    if document.get("format") != FORMAT:
        raise DocumentError(f"{origin}: $.format: expected {FORMAT!r}, not a tutor collection")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DocumentError(f"{origin}: $.version: expected a whole number")
    if version > VERSION:
        raise DocumentError(
            f"{origin}: $.version: {version} is newer than this tutor reads ({VERSION}); "
            "upgrade tutor"
        )
    for key in document:
        if key not in SECTIONS and key not in {"format", "version", "schema", "exported_at"}:
            problems.add(f"$.{key}", "unknown field")
    tables: dict[str, list[dict[str, Any]]] = {}
    for section, table in SECTIONS.items():
        rows = document.get(section, [])
        if not isinstance(rows, list):
            problems.add(f"$.{section}", "expected a list")
            rows = []
        tables[table] = [
            row
            for index, item in enumerate(rows)
            if (row := _validated_row(table, item, f"$.{section}[{index}]", problems)) is not None
        ]
        if problems.full:
            break
    if not problems:
        _check_references(tables, problems)
    if problems:
        raise DocumentError(problems.message(origin))
    return tables


def import_document(store: Store, tables: dict[str, list[dict[str, Any]]]) -> Loaded:
    """Load validated rows into a collection that holds nothing of the learner's yet.

    A collection that only holds the built-in path, never reviewed, counts as empty: it
    is replaced whole. Anything else is refused (DocumentError), nothing written.
    """
    activity = {what: count for what, count in learner_activity(store).items() if count}
    if activity:
        done = ", ".join(f"{count} {what}" for what, count in activity.items())
        raise DocumentError(
            f"{store.path}: this collection is not empty ({done}); import a collection "
            "into a new file (tutor --db NEW.sqlite3 import json FILE) or restore a backup"
        )
    had_rows = any(True for _ in dump_table(store, "entry"))
    load_tables(store, tables, replace=True)
    return Loaded({section: len(tables[table]) for section, table in SECTIONS.items()}, had_rows)


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


def _row_classes() -> dict[str, Any]:
    # sqlmodel is slow to import: only a document import pays for it.
    from db.tables import (
        CardRow,
        CardStateRow,
        CheckAttemptRow,
        EntryRow,
        PathRow,
        ReviewRow,
        SettingRow,
    )

    return {
        "path": PathRow,
        "entry": EntryRow,
        "card": CardRow,
        "card_state": CardStateRow,
        "review": ReviewRow,
        "setting": SettingRow,
        "check_attempt": CheckAttemptRow,
    }


_ROW_CLASSES: dict[str, Any] = {}


def _validated_row(
    table: str, item: object, where: str, problems: Problems
) -> dict[str, Any] | None:
    """One document row as a database row, or None with its problems recorded."""
    from pydantic import ValidationError

    if not _ROW_CLASSES:
        _ROW_CLASSES.update(_row_classes())
    row_class = _ROW_CLASSES[table]
    if not isinstance(item, dict):
        problems.add(where, "expected an object")
        return None
    fields = row_class.model_fields
    found = 0
    for key in item:
        if key not in fields:
            problems.add(f"{where}.{key}", "unknown field")
            found += 1
    for name in fields:
        if name not in item:
            problems.add(f"{where}.{name}", "missing")
            found += 1
    if found:
        return None
    row = dict(item)
    for column in JSON_COLUMNS.get(table, ()):
        value = row[column]
        if table != "setting" and not _list_of_text(value, nested=column == "sections"):
            problems.add(f"{where}.{column}", "expected a list of text")
            return None
        row[column] = json.dumps(value)
    try:
        row_class.model_validate(row, strict=True)
    except ValidationError as error:
        for detail in error.errors():
            path = "".join(
                f"[{part}]" if isinstance(part, int) else f".{part}" for part in detail["loc"]
            )
            got = repr(detail["input"])
            got = got if len(got) <= 40 else got[:37] + "..."
            problems.add(f"{where}{path}", f"{detail['msg'].lower()} (got {got})")
        return None
    message = _rule_problem(table, row)
    if message:
        column, what = message
        problems.add(f"{where}.{column}", what)
        return None
    for column in BOOL_COLUMNS.get(table, ()):
        row[column] = int(row[column])
    return {name: row[name] for name in fields}


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


def _rule_problem(table: str, row: dict[str, Any]) -> tuple[str, str] | None:
    """The rules a row must keep beyond its column types: (column, what is wrong)."""
    from cards import Answering, CardKind

    if table == "card":
        if row["kind"] not in {kind.value for kind in CardKind}:
            return "kind", f"{row['kind']!r} is not a card kind"
        if row["answering"] not in {answering.value for answering in Answering}:
            return "answering", f"{row['answering']!r} is not self, choice or typed"
        options = json.loads(row["options"])
        if row["answering"] == "choice" and row["answer"] not in options:
            return "answer", "a choice card's answer must be one of its options"
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
    return None


_KEYS = {"path": "id", "entry": "key", "card": "id", "card_state": "card_id", "review": "id"}
_REFERENCES = [
    # (table, column, referenced table, document section of the referencing rows)
    ("entry", "path_id", "path", "entries"),
    ("card", "entry_key", "entry", "cards"),
    ("card_state", "card_id", "card", "card_states"),
    ("review", "card_id", "card", "reviews"),
    ("check_attempt", "entry_key", "entry", "check_attempts"),
]


def _check_references(tables: dict[str, list[dict[str, Any]]], problems: Problems) -> None:
    sections = {table: section for section, table in SECTIONS.items()}
    for table, key in {**_KEYS, "setting": "key", "check_attempt": "id"}.items():
        seen: set[object] = set()
        for index, row in enumerate(tables[table]):
            if row[key] in seen:
                problems.add(f"$.{sections[table]}[{index}].{key}", f"{row[key]!r} appears twice")
            seen.add(row[key])
    for table, column, target, section in _REFERENCES:
        known = {row[_KEYS[target]] for row in tables[target]}
        for index, row in enumerate(tables[table]):
            if row[column] not in known:
                problems.add(
                    f"$.{section}[{index}].{column}",
                    f"{row[column]!r} is not in $.{sections[target]}",
                )
    for unique in ("name", "slug"):
        seen = set()
        for index, row in enumerate(tables["path"]):
            if row[unique] in seen:
                problems.add(f"$.paths[{index}].{unique}", f"{row[unique]!r} appears twice")
            seen.add(row[unique])
    with_state = {row["card_id"] for row in tables["card_state"]}
    for index, row in enumerate(tables["card"]):
        if row["id"] not in with_state:
            problems.add(f"$.cards[{index}].id", "has no entry in $.card_states")
