"""`python -m bench.quality`: the report on a folder of pages, run on our own fixtures."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bench.quality import flags_of, main, measure, report
from cards import Answering, Card, CardKind, Source, card_id
from cards.parsing import read_entry

LAYOUTS = Path(__file__).resolve().parents[1] / "fixtures" / "layouts"


def test_every_layout_fixture_gives_a_definition_and_no_flag() -> None:
    results = measure(LAYOUTS)
    assert {r.file for r in results} == {p.name for p in LAYOUTS.iterdir()}
    for result in results:
        assert result.cards and result.what_is, result.file
        assert not result.flags, (result.file, result.flags)
    out = io.StringIO()
    report(results, out)
    assert f"give cards: {len(results)} (100%)" in out.getvalue()


def test_flags_name_the_defects_a_strict_reader_would_see() -> None:
    entry = read_entry(LAYOUTS / "pasted-page.txt")

    def card(prompt: str, answer: str, kind: CardKind = CardKind.CLOZE) -> Card:
        answering = Answering.TYPED if kind is CardKind.CLOZE else Answering.SELF
        return Card(
            card_id(entry.key, kind, prompt),
            kind,
            answering,
            prompt,
            answer,
            Source(entry.file, "", 1),
            entry.slug,
            entry.key,
            explanation="x",
        )

    flags = flags_of(
        entry,
        [
            card("A ____ sits in front of web servers.", "reverse proxy"),
            card('Type "____" in the box.', "www"),
            card("Skip to content: what is it?", "menu", CardKind.FAQ),
            card("Skip to content: what is it?", "menu", CardKind.FAQ),
        ],
    )
    assert flags["own-name-blank"] == 1
    assert flags["quoted-blank"] == 1
    assert flags["chrome-in-prompt"] == 2
    assert flags["duplicate-question"] == 1
    assert flags["no-definition"] == 1


def test_a_missing_folder_is_one_line_and_exit_2(tmp_path: Path, capsys) -> None:
    assert main([str(tmp_path / "nowhere")]) == 2
    assert "not a folder" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        (
            "Little's law\n\nLittle's law states that the average number of items in a queue "
            "equals their arrival rate times the average time each one spends there.\n",
            "What does Little's law state?",
        ),
        (
            "Gustafson's Law describes how the speedup of a parallel program grows when the "
            "problem is made larger along with the number of processors.\n",
            "What does Gustafson's Law describe?",
        ),
    ],
)
def test_a_law_asked_what_it_states_counts_as_its_what_is_card(
    tmp_path: Path, text: str, prompt: str
) -> None:
    # 'What does CAP theorem state?' (or 'describe?') is a law's definition card: the
    # report counted the page as having none once the card stopped asking 'What is ...?'.
    (tmp_path / "law.txt").write_text(text, encoding="utf-8")
    [result] = measure(tmp_path)
    assert [card.prompt for card in result.cards] == [prompt]
    assert result.what_is


def test_a_plural_title_is_right_beside_a_singular_name_with_its_alias(tmp_path: Path) -> None:
    # 'Gossip protocols' was counted a wrong title for the manifest's 'Gossip protocol
    # (epidemic protocol)'.
    (tmp_path / "page.txt").write_text(
        "Load balancers\n\nLoad balancers distribute requests across servers.\n",
        encoding="utf-8",
    )
    (tmp_path / "SOURCES.tsv").write_text(
        "file\tsource\ttitle\npage.txt\thttps://example.org\tLoad balancer (reverse proxy)\n",
        encoding="utf-8",
    )
    [result] = measure(tmp_path)
    assert result.title == "Load balancers"
    assert result.right_title
