"""The package's public names: the parser and the generator load when first used."""

from __future__ import annotations

import subprocess
import sys

import cards
import cards.parsing

TEXT = "# Cache\n\n## Summary\n\nA cache keeps a copy of data close to where it is used.\n"


def test_cards_parse_is_the_parser_on_every_call_after_its_module_is_loaded() -> None:
    first = cards.parse(TEXT, file="cache.md")
    again = cards.parse(TEXT, file="cache.md")
    assert first.title == again.title == "Cache"
    assert cards.parse is cards.parsing.parse


def test_importing_the_database_layer_loads_neither_parser_nor_generator() -> None:
    # The review session starts with `import db`, which needs only the value types.
    code = (
        "import sys, db; "
        "print(sorted(m for m in sys.modules"
        " if m in ('cards.parsing', 'cards.generation', 'cards.makers')))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "[]"


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        cards.no_such_name  # noqa: B018
    except AttributeError as error:
        assert "no_such_name" in str(error)
    else:
        raise AssertionError("cards.no_such_name did not raise")


def test_releasing_the_caches_changes_no_card() -> None:
    from pathlib import Path

    builtin = Path(__file__).resolve().parents[2] / "tutor" / "builtin" / "system-basics"
    entries = [cards.read_entry(file) for file in sorted(builtin.glob("*.md"))]
    before = [cards.generate(entry, entries) for entry in entries]
    cards.release_caches()
    from cards import names
    from cards.makers import prose

    assert not names._MENTIONS and not names._SHARED and not prose._STATEMENTS
    assert [cards.generate(entry, entries) for entry in entries] == before
