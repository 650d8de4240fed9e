"""Fixture entries in the three layouts parse to the same Entry shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from cards import Entry, ItemKind, Layout, SectionKind
from cards.parsing import parse, read_entry

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "entries"

# file -> (layout, title, the section kinds it must have)
EXPECTED = {
    "database.page.txt": (Layout.PAGE, "Database", {"summary", "list", "misconception", "faq"}),
    "compound-interest.page.txt": (
        Layout.PAGE,
        "Compound Interest",
        {"summary", "list", "takeaways", "faq"},
    ),
    "cache.md": (Layout.MARKDOWN, "Cache", {"summary", "list", "misconception", "faq", "related"}),
    "photosynthesis.md": (
        Layout.MARKDOWN,
        "Photosynthesis",
        {"summary", "explanation", "list", "misconception", "example", "faq", "related"},
    ),
    "git-branch.glossary.txt": (
        Layout.GLOSSARY,
        "Git branch",
        {"summary", "explanation", "misconception", "analogy", "example", "faq", "related"},
    ),
    "cdn.glossary.txt": (
        Layout.GLOSSARY,
        "CDN",
        {"summary", "explanation", "misconception", "analogy", "pros", "cons", "faq", "related"},
    ),
}


def load(name: str) -> Entry:
    return read_entry(FIXTURES / name)


def test_every_fixture_is_listed() -> None:
    assert sorted(p.name for p in FIXTURES.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_same_shape(name: str) -> None:
    layout, title, kinds = EXPECTED[name]
    entry = load(name)
    assert entry.layout is layout
    assert entry.title == title
    assert {s.kind.value for s in entry.sections} >= kinds
    # One summary sentence, questions with answers, numbered items under LIST only.
    (summary,) = entry.sections_of(SectionKind.SUMMARY)
    assert summary.items and summary.items[0].text.endswith(".")
    for faq in entry.sections_of(SectionKind.FAQ):
        assert faq.questions
        for question in faq.questions:
            assert question.text.endswith("?")
            assert question.answer and question.answer_line > question.line
    for section in entry.sections:
        assert section.heading, "every section of a fixture has a heading"
        assert all(item.text and item.line >= section.line for item in section.items)
        assert all("**" not in item.text and "](" not in item.text for item in section.items)
    lines = [s.line for s in entry.sections]
    assert lines == sorted(lines)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_lines_point_at_the_text(name: str) -> None:
    """Every item's line holds the start of its text in the original file."""
    source = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    entry = load(name)
    for section in entry.sections:
        for item in section.items:
            words = item.text.split()[0].strip("*_`[:")
            assert words in source[item.line - 1], (item, source[item.line - 1])
            if item.answer:
                first = item.answer.split()[0]
                assert first in source[item.answer_line - 1]


def test_page_layouts() -> None:
    database = load("database.page.txt")
    assert database.tags == ("System Basics", "Data", "Storage")
    assert (database.path, database.next) == ("Beginner Path", "Auth")
    assert database.tagline.startswith("A database keeps")
    (crud,) = database.sections_of(SectionKind.LIST)
    assert [i.text.split(" — ")[0] for i in crud.numbered] == ["Create", "Read", "Update", "Delete"]
    (misconception,) = database.sections_of(SectionKind.MISCONCEPTION)
    assert misconception.items[0].text.startswith("that the database decides")
    (scores,) = database.sections_of(SectionKind.SCORECARD)
    assert [i.text for i in scores.items] == ["Beginner-friendly: 3/5", "Market demand: 5/5"]
    money = load("compound-interest.page.txt")
    assert (money.path, money.next) == ("Money Path", "Inflation")
    assert money.tags == ("Personal Finance", "Saving")


def test_markdown_front_matter() -> None:
    cache = load("cache.md")
    assert (cache.path, cache.step, cache.next) == ("Fixture Basics", 3, "CDN")
    assert cache.tags == ("System Basics", "Performance")
    assert cache.aliases == ("caching", "cache layer")
    assert cache.tagline.startswith("A cache keeps a copy")
    (jobs,) = cache.sections_of(SectionKind.LIST)
    assert len(jobs.numbered) == 3
    # A list item continued on an indented line is one item.
    assert jobs.numbered[2].text.endswith("so space goes to what people still ask for.")
    assert "time to live" in jobs.numbered[1].text  # *emphasis* stripped
    (faq,) = cache.sections_of(SectionKind.FAQ)
    assert [q.text for q in faq.questions] == [
        "Can a cache make an app slower?",
        "Where should a beginner start?",
    ]
    assert faq.questions[0].answer.startswith("Yes, when almost every request misses")
    (related,) = cache.sections_of(SectionKind.RELATED)
    assert [i.text for i in related.items] == ["CDN", "Database"]


def test_markdown_without_front_matter() -> None:
    plant = load("photosynthesis.md")
    assert plant.path == "Entries"  # the fixture folder's name
    assert plant.tagline == "How green plants turn light into food."
    (faq,) = plant.sections_of(SectionKind.FAQ)
    # A **bold** question line and a bare question line both open a question.
    assert [(q.text, q.answer_line) for q in faq.questions] == [
        ("Do plants photosynthesise at night?", 30),
        ("Why are most leaves green?", 34),
    ]
    (related,) = plant.sections_of(SectionKind.RELATED)
    assert [i.text for i in related.bullets] == ["Respiration", "Chlorophyll", "Carbon cycle"]


def test_glossary_labels() -> None:
    branch = load("git-branch.glossary.txt")
    assert branch.aliases == ("branch",)
    assert branch.tags == ("Git", "Version control")
    (definition,) = branch.sections_of(SectionKind.SUMMARY)
    assert definition.heading == "Definition"
    assert definition.items[0].text.startswith("A git branch is a movable name")
    headings = {s.heading: s.kind for s in branch.sections}
    assert headings["Explain like I'm 5"] is SectionKind.EXPLANATION
    assert headings["Common Mistake"] is SectionKind.MISCONCEPTION
    assert headings["Why it matters"] is SectionKind.EXPLANATION
    (faq,) = branch.sections_of(SectionKind.FAQ)
    assert faq.questions[0].text == "Does deleting a branch delete its commits?"
    assert faq.questions[0].answer.startswith("Not straight away.")  # 'A:' dropped
    (related,) = branch.sections_of(SectionKind.RELATED)
    assert [i.text for i in related.items] == ["Commit", "Merge", "Rebase"]
    cdn = load("cdn.glossary.txt")
    assert cdn.title == "CDN"
    (wrong,) = cdn.sections_of(SectionKind.MISCONCEPTION)
    assert [i.kind for i in wrong.items] == [ItemKind.BULLET, ItemKind.BULLET]
    (see_also,) = cdn.sections_of(SectionKind.RELATED)
    assert see_also.heading == "See also"
    assert [i.text for i in see_also.items] == ["DNS", "Storage", "Frontend"]


def test_markdown_and_page_of_one_concept_match() -> None:
    """The same content written in two layouts gives the same sections and items."""
    page = "\n".join(
        [
            "Queue",
            "",
            "A queue holds work until a worker is free.",
            "",
            "In one sentence",
            "",
            "A queue is a waiting line for jobs.",
            "",
            "Key Takeaways",
            "",
            "  • First in, first out.",
            "  • Workers pull, producers push.",
            "",
            "Frequently asked questions",
            "",
            "Is a queue a database?",
            "",
            "No. It holds messages only until they are handled.",
        ]
    )
    markdown = "\n".join(
        [
            "# Queue",
            "",
            "A queue holds work until a worker is free.",
            "",
            "## In one sentence",
            "",
            "A queue is a waiting line for jobs.",
            "",
            "## Key Takeaways",
            "",
            "- First in, first out.",
            "- Workers pull, producers push.",
            "",
            "## Frequently asked questions",
            "",
            "### Is a queue a database?",
            "",
            "No. It holds messages only until they are handled.",
        ]
    )
    a, b = parse(page), parse(markdown)
    assert (a.layout, b.layout) == (Layout.PAGE, Layout.MARKDOWN)
    assert (a.title, a.tagline) == (b.title, b.tagline)
    assert a.sections == b.sections
