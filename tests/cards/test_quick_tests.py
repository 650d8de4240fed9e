"""The quick tests put before slow patterns answer as the patterns do: they only save
time (`cards.text.Gated`, and the tests before a page's whole-text patterns)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import cards
import cards.makers
import cards.parsing as parsing
import cards.text as text_module
from cards.sentences import split_sentences
from cards.text import Gated, beyond_the_bmp

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


def _written() -> list[str]:
    """The fixtures, the built-in path and the pages the card tests write, whole."""
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
    return written


def _texts() -> list[str]:
    """Every line and sentence of the fixtures, of the built-in path and of the pages the
    card tests write, line by line and sentence by sentence, as written and in capitals (a
    case-blind pattern meets 'DEFINITION' too)."""
    texts: set[str] = set()
    for text in _written():
        for line in text.splitlines():
            if line.strip():
                texts.update((line, *split_sentences(line), line.upper()))
    return sorted(texts)


# Sentences for the patterns no fixture or test page meets.
_MET_NOWHERE_ELSE = [
    "The term message broker, refers to a server that passes messages on.",
    "Time To Live - TTL - is a counter that ends a packet's trip.",
    "Perceivable #\n\nA page a screen reader can read.",
    "A scheduler weighs three things -\n\n1. Priority - how urgent a task is.\n",
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


def test_the_quick_tests_before_whole_page_patterns_miss_none_of_their_matches() -> None:
    # A page's text is looked for a heading's own link mark ('Perceivable #') and a line
    # leading into points with a dash only when a faster pattern finds where one ends.
    pairs = [
        (text_module._ANCHOR_MARK, text_module._ENDS_ON_A_MARK),
        (parsing._DASH_LEAD, parsing._DASH_BEFORE_POINTS),
    ]
    for whole, quick in pairs:
        met = [text for text in _written() if whole.search(text)]
        assert met  # the texts hold some
        assert all(quick.search(text) for text in met)


def test_a_text_beyond_the_basic_plane_is_told_from_one_within_it() -> None:
    # Emoji and styled letters are looked for only in a text that may hold them.
    assert beyond_the_bmp("an \U0001f4dd icon") and beyond_the_bmp("\U0001d428\U0001d42b")
    assert not beyond_the_bmp("a dash \u2014, \u201cquotes\u201d and \u00fc")
    assert not beyond_the_bmp("a lone \ud800 half")  # one UTF-16 unit, as any other
    assert not beyond_the_bmp("")
