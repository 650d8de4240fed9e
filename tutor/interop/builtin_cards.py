"""The built-in path's cards as shipped: planned once, when the card maker changes.

Every new collection starts with the System Basics path. Planning it means loading the
parser and the card makers (about 900 compiled patterns) and generating eight entries:
about three quarters of a second on the project's machine, paid by a new learner's first
command and by every import into a new collection. The plan a new, empty collection
gets is always the same, so it is shipped beside the entries it comes from
(`system-basics.cards.json`) and written as it stands.

The file names what it was planned from: the card maker's version and a hash of the
entries' texts. When either differs (a card maker changed and the file was not made
again) it is not used, and the path is planned as before: slower, never wrong. A test
fails until the file is made again:

    python -m tutor.interop.builtin_cards
"""

from __future__ import annotations

import hashlib
import json
import sys
from importlib import resources
from pathlib import Path
from typing import Any

from cards import Answering, Card, CardKind, Source
from db import EntryRecord, ImportWrite, SectionRef, Store
from tutor.interop import card_maker

SNAPSHOT_NAME = "system-basics.cards.json"
FORMAT = 1  # bumped when what the file holds changes


def snapshot_key(files: list[tuple[str, str]]) -> str:
    """What a plan of the built-in path depends on: the card maker and every entry's text."""
    digest = hashlib.sha256(f"{FORMAT}\x1e{card_maker.GENERATION_VERSION}".encode())
    for name, text in files:
        digest.update(f"\x1e{name}\x1f{text}".encode())
    return digest.hexdigest()


def shipped_writes(files: list[tuple[str, str]]) -> list[ImportWrite] | None:
    """The shipped plan of the built-in path for a new collection; None when the file is
    missing or was planned from other entries or by another card maker."""
    try:
        shipped = json.loads(_snapshot_file().read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(shipped, dict) or shipped.get("key") != snapshot_key(files):
        return None
    return [_write_from(write) for write in shipped["writes"]]


def plan_for_new_collection(store: Store, files: list[tuple[str, str]]) -> list[ImportWrite]:
    """What importing the built-in path into `store` (new and empty) writes, planned now."""
    from tutor.interop.importing import builtin_given, planned_writes

    return list(planned_writes(store, builtin_given(files)))


def snapshot(writes: list[ImportWrite], files: list[tuple[str, str]]) -> str:
    """The file's text for `writes`, planned from `files` by this card maker."""
    document = {
        "format": FORMAT,
        "card_maker": card_maker.GENERATION_VERSION,
        "key": snapshot_key(files),
        "writes": [_write_to(write) for write in writes],
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def _snapshot_file() -> Any:
    return resources.files("tutor") / "builtin" / SNAPSHOT_NAME


def _write_to(write: ImportWrite) -> dict[str, Any]:
    return {
        "entries": [_entry_to(record) for record in write.entries],
        "cards": [[position, _card_to(card)] for position, card in write.cards],
        "retire": list(write.retire),
        "retire_entries": list(write.retire_entries),
        "open_paths": list(write.open_paths),
    }


def _write_from(data: dict[str, Any]) -> ImportWrite:
    return ImportWrite(
        [_entry_from(record) for record in data["entries"]],
        [(position, _card_from(card)) for position, card in data["cards"]],
        data["retire"],
        retire_entries=data["retire_entries"],
        open_paths=data["open_paths"],
    )


def _entry_to(record: EntryRecord) -> dict[str, Any]:
    fields = dict(vars(record))
    fields["sections"] = [[ref.kind, ref.heading, ref.line] for ref in record.sections]
    return fields


def _entry_from(fields: dict[str, Any]) -> EntryRecord:
    return EntryRecord(
        **{
            **fields,
            "tags": tuple(fields["tags"]),
            "aliases": tuple(fields["aliases"]),
            "sections": tuple(SectionRef(*ref) for ref in fields["sections"]),
        }
    )


def _card_to(card: Card) -> dict[str, Any]:
    return {
        "id": card.id,
        "kind": card.kind.value,
        "answering": card.answering.value,
        "prompt": card.prompt,
        "answer": card.answer,
        "source": [card.source.file, card.source.section, card.source.line],
        "entry": card.entry,
        "entry_key": card.entry_key,
        "options": list(card.options),
        "accepted": list(card.accepted),
        "explanation": card.explanation,
        "tags": list(card.tags),
    }


def _card_from(fields: dict[str, Any]) -> Card:
    return Card(
        id=fields["id"],
        kind=CardKind(fields["kind"]),
        answering=Answering(fields["answering"]),
        prompt=fields["prompt"],
        answer=fields["answer"],
        source=Source(*fields["source"]),
        entry=fields["entry"],
        entry_key=fields["entry_key"],
        options=tuple(fields["options"]),
        accepted=tuple(fields["accepted"]),
        explanation=fields["explanation"],
        tags=tuple(fields["tags"]),
    )


def main() -> int:
    """Plan the built-in path in a new collection and write the shipped file."""
    import tempfile

    from tutor.interop.importing import builtin_files

    files = builtin_files()
    with tempfile.TemporaryDirectory(prefix="tutor-builtin-") as folder:
        store = Store.open(Path(folder) / "plan.sqlite3")
        try:
            writes = plan_for_new_collection(store, files)
        finally:
            store.close()
    target = Path(str(_snapshot_file()))
    target.write_text(snapshot(writes, files), "utf-8")
    made = sum(len(write.cards) for write in writes)
    print(f"{target}: {made} cards, card maker {card_maker.GENERATION_VERSION}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
