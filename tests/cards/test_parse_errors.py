"""Bad input: every failure is a ParseError with file, line and a readable reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from cards import ParseError
from cards.parsing import MAX_BYTES, parse, parse_bytes, read_entry

GOOD = "Thing\n\nIn one sentence\n\nA thing is an example.\n"


def fails(text: str) -> ParseError:
    with pytest.raises(ParseError) as caught:
        parse(text, file="bad.txt")
    return caught.value


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n", "\ufeff", "\r\n\r\n"])
def test_empty(text: str) -> None:
    error = fails(text)
    assert (error.file, error.line) == ("bad.txt", 1)
    assert "empty" in error.message
    assert str(error).startswith("bad.txt:1: ")


@pytest.mark.parametrize(
    "text",
    [
        "In one sentence\n\nIt is an example.\n",  # a heading first, nothing defined
        "## Summary\n\nA thing is an example.\n",
        "---\npath: Somewhere\n---\n## Summary\n\nA thing.\n",
    ],
)
def test_no_title(text: str) -> None:
    error = fails(text)
    assert "no title" in error.message


@pytest.mark.parametrize(
    "text",
    [
        "In one sentence\n\nA widget is an example of a part.\n",
        "The widget is an example of a part.\n\nIn one sentence\n\nIt is.\n",
    ],
)
def test_a_page_with_no_title_line_is_named_by_its_defining_sentence(text: str) -> None:
    # Pasted text often loses its title line; the term the first sentence defines names it.
    assert parse(text).title == "Widget"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Thing\n\nJust a short tagline here.\n", 1),
        ("Thing\n\nArchitecture\n\nRelated\n\n  • Other\n", 3),
        ("# Thing\n\nA tagline.\n\n## Related\n- Other\n\n## Scorecard\nFun\n3/5\n", 5),
        ("Thing\n\nA tagline.\n\nFrequently asked questions\n\n", 5),
    ],
)
def test_no_usable_section(text: str, line: int) -> None:
    error = fails(text)
    assert error.line == line
    assert "no section a card can be made from" in error.message


@pytest.mark.parametrize(
    ("front", "line", "words"),
    [
        ("title: [unclosed\n", 2, "not valid YAML"),
        ("title: a\n  bad: indent\n", 3, "not valid YAML"),
        ("- just\n- a list\n", 1, "key: value"),
        ("title: {a: 1}\n", 2, "'title' should be text"),
        ("title: T\ntags: {a: 1}\n", 3, "'tags' should be a list"),
        ("title: T\nstep: two\n", 3, "'step' should be a whole number"),
        ("title: T\nstep: 0\n", 3, "'step'"),
        ("title: T\nstep: true\n", 3, "'step'"),
        ("title: T\naliases: [[nested]]\n", 3, "'aliases'"),
        ("title: &a [*a]\n", 2, "'title' should be text"),
        ("title: !!python/object:os.system x\n", 2, "not valid YAML"),
    ],
)
def test_bad_front_matter(front: str, line: int, words: str) -> None:
    error = fails(f"---\n{front}---\n# T\n\n## Summary\nA thing.\n")
    assert error.line == line, error
    assert words in error.message


def test_front_matter_never_closed() -> None:
    error = fails("\n---\ntitle: T\n\n## Summary\nA thing.\n")
    assert error.line == 2
    assert "no '---' line closes it" in error.message


def test_binary_nul() -> None:
    with pytest.raises(ParseError) as caught:
        parse_bytes(b"Thing\n\nIn one\x00 sentence\n", "bin.dat")
    assert caught.value.line == 3
    assert "binary" in caught.value.message


def test_binary_controls() -> None:
    with pytest.raises(ParseError, match="binary"):
        parse_bytes(bytes(range(1, 32)) * 4 + GOOD.encode(), "bin.dat")


def test_png_header_is_binary() -> None:
    with pytest.raises(ParseError, match="binary"):
        parse_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.png")


def test_not_utf8_names_the_line() -> None:
    data = "Caf\u00e9\n\nIn one sentence\n\nA caf\u00e9 sells coffee.\n".encode("latin-1")
    with pytest.raises(ParseError) as caught:
        parse_bytes(data, "latin.txt")
    assert caught.value.line == 1
    assert "not UTF-8" in caught.value.message
    assert "0xE9" in caught.value.message
    data = b"Cafe\r\n\r\nIn one sentence\r\n\r\nA caf\xe9 sells coffee.\r\n"
    with pytest.raises(ParseError) as caught:
        parse_bytes(data, "latin.txt")
    assert caught.value.line == 5


def test_utf16_is_named() -> None:
    with pytest.raises(ParseError, match="UTF-16"):
        parse_bytes(GOOD.encode("utf-16"), "wide.txt")


def test_bom_crlf_and_tabs_are_fine() -> None:
    entry = parse_bytes(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode(), "ok.txt")
    assert entry.title == "Thing"
    assert entry.sections[0].items[0].line == 5


def test_too_big_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.write(GOOD.encode())
        handle.truncate(MAX_BYTES + 1)  # sparse: large on disk without writing a megabyte

    def no_reading(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(ParseError) as caught:
        read_entry(big)
    assert caught.value.line == 0
    assert f"{MAX_BYTES + 1:,} bytes" in caught.value.message


def test_too_big_bytes() -> None:
    with pytest.raises(ParseError, match="limited to"):
        parse_bytes(b"a" * (MAX_BYTES + 1), "big.txt")


def test_missing_and_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="cannot be read"):
        read_entry(tmp_path / "nope.txt")
    with pytest.raises(ParseError, match="not a regular file"):
        read_entry(tmp_path)


def test_terminal_escapes_do_not_survive() -> None:
    entry = parse("Thing\n\nIn one sentence\n\nA \x1b[31mred\x1b[0m thing\x07 is here.\n")
    assert entry.sections[0].items[0].text == "A red thing is here."


def test_a_sentence_opening_with_the_name_under_its_title_is_no_gloss_of_it() -> None:
    # 'Sharding came up in our last planning meeting ...' right under 'Sharding' was read
    # as a dictionary's gloss ('came' the object of a gerund) and asked 'What is
    # sharding?' -> the whole sentence (WRONG).
    error = fails(
        "Sharding\n\nSharding came up in our last planning meeting, and we may try it next year.\n"
    )
    assert "no section a card can be made from" in error.message
