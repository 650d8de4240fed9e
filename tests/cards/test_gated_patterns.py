"""A gated pattern answers as its pattern does: the test of plain words before it only
saves time (`cards.text.Gated`)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import cards
import cards.makers
from cards.sentences import split_sentences
from cards.text import Gated

ROOT = Path(__file__).resolve().parents[2]


def _gated() -> dict[str, Gated]:
    """Every gated pattern of the card maker, by module and name."""
    found: dict[str, Gated] = {}
    for package in (cards, cards.makers):
        for module_info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{module_info.name}")
            for name, value in vars(module).items():
                if isinstance(value, Gated):
                    found[f"{module.__name__}.{name}"] = value
    return found


def _texts() -> list[str]:
    """Every line and sentence of the fixtures, of the built-in path and of the pages the
    card tests write, as written and in capitals (a case-blind pattern meets 'DEFINITION' too)."""
    files = [
        path
        for folder in (ROOT / "tests" / "fixtures", ROOT / "tutor" / "builtin")
        for path in sorted(folder.rglob("*"))
        if path.suffix in (".md", ".txt", ".html")
    ]
    written = [path.read_text(encoding="utf-8", errors="replace") for path in files]
    written += _MET_NOWHERE_ELSE
    for path in sorted((ROOT / "tests" / "cards").glob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        written += [
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        ]
    texts: set[str] = set()
    for text in written:
        for line in text.splitlines():
            if line.strip():
                texts.update((line, *split_sentences(line), line.upper()))
    return sorted(texts)


# Sentences for the patterns no fixture or test page meets.
_MET_NOWHERE_ELSE = [
    "The term message broker, refers to a server that passes messages on.",
    "Time To Live - TTL - is a counter that ends a packet's trip.",
]


def _same(found: re.Match[str] | None, expected: re.Match[str] | None) -> bool:
    if found is None or expected is None:
        return found is expected
    return found.span() == expected.span() and found.groups() == expected.groups()


def test_every_gated_pattern_answers_as_its_pattern_on_the_fixtures() -> None:
    gated = _gated()
    assert len(gated) >= 20  # the definition finder's, at least
    texts = _texts()
    unmet = []
    for name, pattern in gated.items():
        matched = 0
        for text in texts:
            found = pattern.pattern.search(text)
            assert _same(pattern.search(text), found), (name, text)
            assert _same(pattern.match(text), pattern.pattern.match(text)), (name, text)
            assert pattern.sub("<>", text, count=1) == pattern.pattern.sub("<>", text, count=1)
            matched += found is not None
        if not matched:
            unmet.append(name)
    assert unmet == []  # the texts meet every pattern, not only its absence


def test_a_case_blind_pattern_meets_the_letters_it_takes_for_ascii_ones() -> None:
    # The kelvin sign is a 'k' and the dotless i an 'i' to a case-blind pattern, though
    # no 'known' or 'definition' is written: the pattern still runs and finds them.
    known = Gated("known", re.compile(r"also known as", re.I))
    assert known.search("Also \u212anown as X") is not None
    defined = Gated("definition", re.compile(r"definition", re.I))
    assert defined.search("Def\u0131nition: a thing") is not None
    assert defined.search("DEFINITION: a thing") is not None
    assert defined.search("A thing, nothing more") is None


def test_a_case_blind_patterns_marks_are_written_in_lower_case() -> None:
    with pytest.raises(ValueError, match="lower case"):
        Gated("Known", re.compile("known", re.I))
