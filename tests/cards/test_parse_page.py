"""The plain-text page layout, checked against the real backend.vca.txt."""

from __future__ import annotations

from pathlib import Path

import pytest

from cards import ItemKind, Layout, SectionKind
from cards.model import Entry, Section
from cards.parsing import parse, read_entry


@pytest.fixture
def backend(backend_vca: Path) -> Entry:
    return read_entry(backend_vca)


def only(entry: Entry, kind: SectionKind) -> Section:
    sections = entry.sections_of(kind)
    assert len(sections) == 1, [s.heading for s in sections]
    return sections[0]


def test_header_and_footer(backend: Entry) -> None:
    assert backend.layout is Layout.PAGE
    assert backend.title == "Backend"
    assert backend.slug == "backend"
    assert backend.tagline.startswith("The backend is the invisible brain")
    assert backend.tags == ("System Basics", "Logic", "Server")
    assert backend.path == "Beginner Path"
    assert backend.next == "Database"
    assert backend.key == "beginner-path/backend"
    # Neither the site's name nor the closing pointer is a section.
    headings = [s.heading for s in backend.sections]
    assert "VCA" not in headings
    assert not any(h.startswith("Next in") for h in headings)


def test_summary_and_explanation(backend: Entry) -> None:
    summary = only(backend, SectionKind.SUMMARY)
    assert summary.heading == "In one sentence"
    assert [i.text for i in summary.items] == [
        "The backend is the 'invisible brain', handling business rules, computation, "
        "and data access while guarding correctness and security."
    ]
    assert summary.items[0].line == 11
    explanation = only(backend, SectionKind.EXPLANATION)
    assert explanation.heading == "In Plain Language"
    assert len(explanation.paragraphs) == 3
    assert "iron rule" in explanation.paragraphs[1].text


def test_headings_without_body_are_kept_empty(backend: Entry) -> None:
    others = {s.heading: s for s in backend.sections_of(SectionKind.OTHER)}
    assert set(others) == {"Architecture", "How It Flows"}
    assert all(not s.items for s in others.values())


def test_the_three_jobs_are_a_list(backend: Entry) -> None:
    jobs = only(backend, SectionKind.LIST)
    assert jobs.heading == "The Three Jobs Every Backend Does"
    assert jobs.paragraphs[0].text.startswith("Strip away the frameworks")
    assert [i.text.split(" — ")[0] for i in jobs.numbered] == [
        "Validate the incoming data",
        "Apply the rules and permissions",
        "Save data and coordinate other services",
    ]
    assert [i.line for i in jobs.numbered] == [29, 30, 31]


def test_inline_misconception_is_its_own_section(backend: Entry) -> None:
    misconception = only(backend, SectionKind.MISCONCEPTION)
    assert misconception.heading == "Common misconception"
    assert misconception.line == 33
    (text,) = [i.text for i in misconception.items]
    assert text.startswith("that the backend's main job is storing data.")
    assert "Storing is the database's job" in text
    # It interrupts the list section: the list kept only its own items.
    assert all("misconception" not in i.text for i in only(backend, SectionKind.LIST).items)


def test_takeaways_and_analogy(backend: Entry) -> None:
    takeaways = only(backend, SectionKind.TAKEAWAYS)
    assert takeaways.heading == "Key Takeaways"
    assert [i.text for i in takeaways.bullets] == [
        "Backend = the invisible brain for rules, computation, and security.",
        "Iron rule: never fully trust data sent by the frontend.",
        "Critical checks (permissions, amounts, stock) must run on the backend.",
    ]
    assert [i.line for i in takeaways.bullets] == [37, 38, 39]
    analogy = only(backend, SectionKind.ANALOGY)
    assert analogy.heading == "An everyday analogy"
    assert analogy.items[0].text.startswith("The backend is a restaurant's kitchen")


@pytest.mark.parametrize(
    ("kind", "count", "first"),
    [
        (SectionKind.PROS, 3, "Centralizes rules and security the frontend can't bypass"),
        (SectionKind.CONS, 2, "When it fails, users can't see why"),
        (SectionKind.GOOD_FOR, 2, "Apps that need login, payment, or stored data"),
        (SectionKind.NOT_FOR, 1, "Purely static single-page sites with no dynamic data"),
    ],
)
def test_bullet_sections(backend: Entry, kind: SectionKind, count: int, first: str) -> None:
    section = only(backend, kind)
    assert len(section.items) == count
    assert all(i.kind is ItemKind.BULLET for i in section.items)
    assert section.items[0].text.startswith(first)


def test_scorecard_pairs_labels_with_scores(backend: Entry) -> None:
    scorecard = only(backend, SectionKind.SCORECARD)
    assert scorecard.heading == "Beginner scorecard"
    assert [i.text for i in scorecard.items] == [
        "Beginner-friendly: 3/5",
        "Learning cost(higher = more cost): 4/5",
        "Market demand: 5/5",
        "AI-generation friendly: 4/5",
    ]
    assert scorecard.items[0].line == 67


def test_faq_questions_carry_their_answers(backend: Entry) -> None:
    faq = only(backend, SectionKind.FAQ)
    assert faq.heading == "Frequently asked questions"
    assert [(q.text, q.line, q.answer_line) for q in faq.questions] == [
        ("Can a website work without a backend?", 78, 80),
        ("Are the backend and the database the same thing?", 82, 84),
        ("Do I have to run my own server for the backend?", 86, 88),
    ]
    assert len(faq.items) == 3
    assert faq.questions[1].answer.startswith("No. The backend is the brain")
    assert faq.questions[2].answer.endswith("ideal for a $0 start as a beginner.")


def test_sections_in_file_order(backend: Entry) -> None:
    lines = [s.line for s in backend.sections]
    assert lines == sorted(lines)
    assert [s.kind for s in backend.sections][:2] == [SectionKind.SUMMARY, SectionKind.EXPLANATION]


def test_crlf_tabs_and_bom_change_nothing(backend_vca: Path) -> None:
    text = backend_vca.read_text(encoding="utf-8")
    plain = parse(text, file="b.txt")
    dos = parse("\ufeff" + text.replace("\n", "\r\n").replace("  •", "\t•"), file="b.txt")
    assert dos == plain
    old_mac = parse(text.replace("\n", "\r"), file="b.txt")
    assert old_mac == plain


def test_default_path_is_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "system-basics"
    folder.mkdir()
    entry_file = folder / "thing.txt"
    entry_file.write_text("Thing\n\nIn one sentence\n\nA thing is a thing.\n", encoding="utf-8")
    assert read_entry(entry_file).path == "System Basics"
    assert read_entry(entry_file, default_path="Mine").path == "Mine"
    entry_file.write_text(
        "Thing\n\nIn one sentence\n\nA thing.\n\nNext in Other Path: Stuff\n", encoding="utf-8"
    )
    assert read_entry(entry_file).path == "Other Path"


PAGE_WITHOUT_TAGLINE = """\
Acme Learning

Load Balancer

In one sentence

A load balancer spreads incoming requests across several servers.

Why Bother

Short paragraph

One server alone falls over when too many people arrive at once.
"""


def test_title_without_tagline_and_short_paragraphs() -> None:
    entry = parse(PAGE_WITHOUT_TAGLINE)
    # Both short lines could be the title; the one the text talks about wins.
    assert entry.title == "Load Balancer"
    assert entry.tagline == ""
    kinds = [(s.kind, s.heading) for s in entry.sections]
    assert kinds[0] == (SectionKind.SUMMARY, "In one sentence")
    # An unknown heading followed by a short line and a paragraph: both headings kept.
    assert (SectionKind.OTHER, "Why Bother") in kinds
    body = [i.text for s in entry.sections for i in s.items]
    assert "One server alone falls over when too many people arrive at once." in body


@pytest.mark.parametrize(
    ("text", "title", "tagline", "first_heading"),
    [
        # A tagline with no full stop, between the title and the first heading.
        (
            "VCA\n\nBackend\n\nThe invisible brain of every app\n\n"
            "In one sentence\n\nThe backend decides.\n",
            "Backend",
            "The invisible brain of every app",
            "In one sentence",
        ),
        # A short line after a 'Term:' line that repeats the name is chrome; others are headings.
        (
            "Term: Widget\n\nWidget\n\nOrigins\n\nFrom Latin.\n\nDefinition: A widget is a part.\n",
            "Widget",
            "",
            "Origins",
        ),
        # Scripts without capitals: the title and a full-width full stop are understood.
        (
            "后端\n\n后端是应用的大脑。\n\nPros\n\n- 安全\n",
            "后端",
            "后端是应用的大脑。",
            "Pros",
        ),
    ],
)
def test_header_rules(text: str, title: str, tagline: str, first_heading: str) -> None:
    entry = parse(text)
    assert (entry.title, entry.tagline) == (title, tagline)
    assert entry.sections[0].heading == first_heading
