"""Smaller rules of the parser, one example each: the synonym table, labels, folding."""

from __future__ import annotations

import pytest

from cards import ItemKind, Layout, SectionKind
from cards.headings import SYNONYMS, normalise_heading, section_kind
from cards.parsing import parse


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("In one sentence", SectionKind.SUMMARY),
        ("One-sentence explanation:", SectionKind.SUMMARY),
        ("In one breath", SectionKind.SUMMARY),
        ("**Definition**", SectionKind.SUMMARY),
        ("TL;DR", SectionKind.SUMMARY),
        ("What is a backend?", SectionKind.SUMMARY),
        ("In Plain English", SectionKind.EXPLANATION),
        ("Explain like I’m 5", SectionKind.EXPLANATION),
        ("ELI5", SectionKind.EXPLANATION),
        ("Why it matters", SectionKind.EXPLANATION),
        ("Common Mistakes", SectionKind.MISCONCEPTION),
        ("Common misunderstandings", SectionKind.MISCONCEPTION),
        ("The Key Takeaways", SectionKind.TAKEAWAYS),
        ("An everyday analogy", SectionKind.ANALOGY),
        ("Simple analogy", SectionKind.ANALOGY),
        ("Drawbacks", SectionKind.CONS),
        ("When to use", SectionKind.GOOD_FOR),
        ("When NOT to use", SectionKind.NOT_FOR),
        ("Q&A", SectionKind.FAQ),
        ("Real-World Example", SectionKind.EXAMPLE),
        ("Related Terms", SectionKind.RELATED),
        ("See also", SectionKind.RELATED),
        ("Beginner scorecard", SectionKind.SCORECARD),
        ("Architecture", None),
        ("How It Flows", None),
    ],
)
def test_synonym_table(heading: str, kind: SectionKind | None) -> None:
    assert section_kind(heading) is kind


def test_table_has_no_word_twice() -> None:
    words = [normalise_heading(w) for group in SYNONYMS.values() for w in group]
    assert len(words) == len(set(words))


def test_consecutive_label_lines_each_open_a_section() -> None:
    entry = parse(
        "Term: Widget\n"
        "Definition: A widget is a small part of a screen.\n"
        "Example: A date picker is a widget\n"
        "that many forms share.\n"
        "Common mistake: thinking widgets are whole pages.\n"
    )
    assert entry.layout is Layout.GLOSSARY
    assert entry.title == "Widget"
    assert [(s.kind, s.line, s.items[0].text) for s in entry.sections] == [
        (SectionKind.SUMMARY, 2, "A widget is a small part of a screen."),
        (SectionKind.EXAMPLE, 3, "A date picker is a widget that many forms share."),
        (SectionKind.MISCONCEPTION, 5, "thinking widgets are whole pages."),
    ]


def test_underlined_headings_and_colon_headings() -> None:
    entry = parse(
        "Widget\n\nDefinition\n----------\nA widget is a part of a screen.\n\n"
        "Trivia:\nWidgets were named in the 1920s.\n"
    )
    assert [(s.kind, s.heading) for s in entry.sections] == [
        (SectionKind.SUMMARY, "Definition"),
        (SectionKind.OTHER, "Trivia"),
    ]
    assert entry.sections[0].items[0].line == 5


def test_markdown_questions_at_the_faq_level_are_folded_in() -> None:
    entry = parse(
        "# Widget\n\n## Summary\nA widget is a part of a screen.\n\n"
        "## FAQ\n\n## Is a button a widget?\nYes, a small one.\n\n## What is a widget tree?\n"
        "The nesting of widgets inside each other.\n\n## See also\n- Layout\n"
    )
    (faq,) = entry.sections_of(SectionKind.FAQ)
    assert [(q.text, q.line, q.answer) for q in faq.questions] == [
        ("Is a button a widget?", 8, "Yes, a small one."),
        ("What is a widget tree?", 11, "The nesting of widgets inside each other."),
    ]
    assert [s.kind for s in entry.sections] == [
        SectionKind.SUMMARY,
        SectionKind.FAQ,
        SectionKind.RELATED,
    ]


def test_unknown_sections_are_kept_and_numbered_ones_are_lists() -> None:
    entry = parse(
        "# Widget\n\nA part of a screen.\n\n## History\nOld idea.\n\n"
        "## Five kinds\nThere are five.\n\n1. Button\n2. Field\n\n## Summary\nA part.\n"
    )
    kinds = {s.heading: (s.kind, [i.kind for i in s.items]) for s in entry.sections}
    assert kinds["History"] == (SectionKind.OTHER, [ItemKind.PARAGRAPH])
    assert kinds["Five kinds"][0] is SectionKind.LIST
    assert entry.tagline == "A part of a screen."


def test_intro_text_after_the_tagline_is_an_explanation() -> None:
    entry = parse("# Widget\n\nA part of a screen.\n\nMore words here.\n\n## Pros\n- Small\n")
    # (the tagline glosses the title as a dictionary does: it is the entry's summary)
    summary, intro = entry.sections[:2]
    assert (summary.kind, summary.line) == (SectionKind.SUMMARY, 3)
    assert (intro.kind, intro.heading, intro.line) == (SectionKind.EXPLANATION, "", 5)


def test_faq_question_without_answer_stays_text() -> None:
    entry = parse("# W\n\n## FAQ\n### Why?\n### How?\nLike this.\n")
    (faq,) = entry.sections_of(SectionKind.FAQ)
    assert [(i.kind, i.text) for i in faq.items] == [
        (ItemKind.PARAGRAPH, "Why?"),
        (ItemKind.QUESTION, "How?"),
    ]


def test_answers_keep_their_paragraphs_and_lists() -> None:
    entry = parse(
        "# W\n\n## FAQ\n\n**Is it hard?**\n\nNot really.\n\nTwo tips:\n\n- Start small\n- Test\n"
    )
    (question,) = entry.sections_of(SectionKind.FAQ)[0].questions
    assert question.answer == "Not really.\n\nTwo tips:\n\n- Start small\n- Test"
    assert question.answer_line == 7


def test_code_is_not_structure_and_not_prose() -> None:
    # Code is neither a heading nor a bullet, and no card should quiz a code sample.
    text = "# Shell\n\n## Example\nRun it.\n```\n# not a heading\n- not a bullet\n```\n"
    entry = parse(text)
    (example,) = entry.sections_of(SectionKind.EXAMPLE)
    assert [(i.kind, i.text) for i in example.items] == [(ItemKind.PARAGRAPH, "Run it.")]


def test_previous_in_names_the_path_only() -> None:
    entry = parse("Widget\n\nSummary\n\nA part.\n\nPrevious in UI Path: Screen\n")
    assert (entry.path, entry.next) == ("UI Path", "")


def test_inline_markup_is_stripped() -> None:
    entry = parse("# W\n\n## Key points\n- **Bold** and *em* and `code` and [a link](http://x)\n")
    assert entry.sections[0].items[0].text == "Bold and em and code and a link"


def test_tag_lines() -> None:
    entry = parse("W\n\nRead 2 min#Web#UI\n\nSummary\n\nA thing.\n\n#css #html\n\n#1 rule of W\n")
    assert entry.tags == ("Web", "UI", "css", "html")
    assert [i.text for i in entry.sections[0].items] == ["A thing.", "#1 rule of W"]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("ELI5 — The Vibe Check", SectionKind.EXPLANATION),
        ("Real Talk", SectionKind.EXPLANATION),
        ("Small example", SectionKind.EXAMPLE),
        ("Common mistake or lookout", SectionKind.MISCONCEPTION),
        ("Benefits of DNS", SectionKind.PROS),
        ("Drawbacks", SectionKind.CONS),
        ("When you'll hear this", SectionKind.EXPLANATION),
        ("The full picture", SectionKind.EXPLANATION),
        ("What Exactly is a Database?", SectionKind.SUMMARY),
        ("Why does it matter?", SectionKind.EXPLANATION),
        ("Advantages of caching", SectionKind.PROS),
        ("Key Components of DNS", None),  # unknown: its sentences still give cards
        ("How DNS Works", None),
        ("Related Terms: Commit, Merge", None),  # a label line: its label is looked up
    ],
)
def test_headings_by_meaning_not_by_exact_synonym(heading: str, kind: SectionKind | None) -> None:
    from cards.headings import section_kind

    assert section_kind(heading) is kind
