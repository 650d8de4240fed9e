"""Any input gives an Entry or a ParseError, and nothing else."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cards import Entry, ParseError
from cards.parsing import parse, parse_bytes

FAST = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Lines that exercise every rule of every layout, spliced in any order.
LINES = st.sampled_from(
    [
        "",
        "   ",
        "---",
        "...",
        "```",
        "VCA",
        "Backend",
        "# Backend",
        "## In one sentence",
        "### Is it safe?",
        "#",
        "##   ##",
        "In one sentence",
        "Key Takeaways",
        "Key Takeaways:",
        "Frequently asked questions",
        "FAQ:",
        "Beginner scorecard",
        "Architecture",
        "The Three Jobs Every Backend Does",
        "Definition: a thing that does things.",
        "Common misconception: that it stores data.",
        "Term: Widget",
        "Tags: a, b",
        "Also known as:",
        "Step: 0",
        "step: 2",
        "title: [x",
        "tags: {a: 1}",
        "Updated#System Basics#Logic",
        "#a#b#",
        "Next in Beginner Path: Database",
        "Next in : ",
        "  • A bullet point",
        "•",
        "- ",
        "* item",
        "  1. A numbered item",
        "1)",
        "3/5",
        "Beginner-friendly",
        "Can a website work without a backend?",
        "**Is it fast?**",
        "Q: Why?",
        "A: Because.",
        "?",
        ":",
        "Label:",
        "| a | b |",
        "|---|---|",
        "> quoted text",
        "======",
        "    indented continuation",
        "The backend is the invisible brain, and it decides.",
        "[link](http://x) and `code` and *em*",
        "\t\ttabbed",
        "\x1b[31mred\x1b[0m",
        "\ufeffBOM",
        "***",
    ]
)


def check(entry_or_error: object) -> None:
    assert isinstance(entry_or_error, (Entry, ParseError))


def outcome(text: str) -> object:
    try:
        entry = parse(text, file="fuzz.txt")
    except ParseError as error:
        assert error.file == "fuzz.txt"
        assert error.line >= 0
        assert error.message
        return error
    assert entry.title
    assert entry.sections
    for section in entry.sections:
        assert section.line >= 1 or not section.heading
        for item in section.items:
            assert item.text
            assert item.line >= 1
            assert "\x1b" not in item.text
    return entry


@FAST
@given(st.text())
def test_any_text(text: str) -> None:
    check(outcome(text))


@FAST
@given(st.lists(LINES, max_size=40), st.sampled_from(["\n", "\r\n", "\r"]))
def test_spliced_lines(lines: list[str], end: str) -> None:
    check(outcome(end.join(lines)))


@FAST
@given(st.lists(st.one_of(LINES, st.text(max_size=30)), max_size=30))
def test_spliced_lines_and_noise(lines: list[str]) -> None:
    check(outcome("\n".join(lines)))


@FAST
@given(st.lists(LINES, max_size=25))
def test_spliced_after_front_matter(lines: list[str]) -> None:
    text = "---\ntitle: Widget\ntags: [a]\n---\n" + "\n".join(lines)
    check(outcome(text))


@FAST
@given(st.binary())
def test_any_bytes(data: bytes) -> None:
    try:
        entry = parse_bytes(data, "fuzz.bin")
    except ParseError as error:
        assert error.file == "fuzz.bin"
        return
    assert isinstance(entry, Entry)


@FAST
@given(st.lists(LINES, min_size=1, max_size=30))
# (a Q&A label before a question read only where the line ended in '\n', not '\r\n')
@example(["Q: What is batonnage?", "", "A: Batonnage is stirring dead yeast back into wine.", ""])
def test_line_ends_do_not_matter(lines: list[str]) -> None:
    unix = outcome("\n".join(lines))
    dos = outcome("\r\n".join(lines))
    assert type(unix) is type(dos)
    if isinstance(unix, Entry):
        assert unix == dos


def test_a_long_run_of_one_mark_is_cut_to_64_and_nothing_else_changes() -> None:
    from cards.text import split_lines

    assert split_lines("[" * 990_000) == ["[" * 64]
    assert split_lines("a---b ... =====") == ["a---b ... ====="]


def _tokens(parser: object, text: str) -> list[tuple[object, ...]]:
    return [
        (token.type, token.map, token.content, token.markup, token.info)
        for token in parser.parse(text, {})  # type: ignore[attr-defined]
    ]


# Documents dense in the characters block rules start on, with short lines and blank ones.
MARKED = st.lists(
    st.one_of(LINES, st.text(alphabet="|`~><[]-*_#=+ :a1.!", max_size=8)), max_size=12
)


@settings(FAST, max_examples=500)
@given(MARKED)
def test_rules_left_out_for_marks_a_text_lacks_change_no_block(lines: list[str]) -> None:
    # The block parser leaves out a rule when the text holds none of the characters it
    # starts on; the blocks, and so every card, must be those of the whole parser.
    from cards.markdown import _block_parser, _parser

    text = "\n".join(lines)
    assert _tokens(_block_parser(text), text) == _tokens(_parser(), text)
