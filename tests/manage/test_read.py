"""`tutor read`: entries drawn in the terminal, checked against snapshots read by eye.

After a deliberate change of the drawing, run with UPDATE_SNAPSHOTS=1 and review the diff.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from rich.console import Console

from db import Store
from tests.cli.support import db_path
from tests.cli.test_stats_cli import matches_snapshot
from tests.conftest import FIXTURE_ENTRIES
from tutor.browse.reading import find_section, page_of, page_view


def render(home: Path, entry_key: str, section: str | None, colour: bool) -> str:
    with Store.open(db_path(home)) as store:
        page = page_of(store, entry_key)
    assert page is not None
    chosen = find_section(page, section) if section else None
    console = Console(
        file=io.StringIO(),
        width=80,
        force_terminal=colour,
        color_system="truecolor" if colour else None,
        no_color=not colour,
    )
    console.print(page_view(page, chosen))
    return console.file.getvalue()  # type: ignore[attr-defined]


@pytest.fixture
def imported(
    run, home: Path, entries: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    # Relative names, as a learner types them: the file shown above the page is stable.
    shutil.copy(FIXTURE_ENTRIES / "database.page.txt", entries / "database.page.txt")
    monkeypatch.chdir(tmp_path)
    result = run("import", "paths/garden", "paths/database.page.txt")
    assert result.exit_code == 0, result.output
    return home


@pytest.mark.parametrize(
    ("name", "key", "section"),
    [
        ("read_markdown", "garden-basics/soil", None),
        ("read_page", "beginner-path/database", None),
        ("read_page_section", "beginner-path/database", "takeaways"),
    ],
)
def test_pages_match_their_snapshots_at_80_columns(
    imported: Path, monkeypatch: pytest.MonkeyPatch, name: str, key: str, section: str | None
) -> None:
    plain = render(imported, key, section, colour=False)
    assert "\x1b" not in plain
    assert max(len(line) for line in plain.splitlines()) <= 80
    matches_snapshot(f"{name}_plain.txt", plain)
    monkeypatch.delenv("NO_COLOR", raising=False)
    colour = render(imported, key, section, colour=True)
    assert "\x1b[1m" in colour  # headings in bold
    matches_snapshot(f"{name}_colour.ansi", colour)


def test_read_a_section_by_heading_or_kind(run, imported: Path) -> None:
    by_heading = run("read", "soil#key-takeaways")
    by_kind = run("read", "soil#takeaways")
    assert by_heading.exit_code == 0, by_heading.output
    assert by_heading.output == by_kind.output
    assert "Soil = the loose layer of earth" in by_heading.output
    assert "How do I know if my soil drains well?" not in by_heading.output
    assert "paths/garden/soil.md:19" in by_heading.output


def test_the_whole_page_leaves_out_front_matter(run, imported: Path) -> None:
    result = run("read", "compost")
    assert result.exit_code == 0, result.output
    assert "aliases:" not in result.output
    assert "Compost is rotted plant waste" in result.output
    assert "How long does compost take?" in result.output


def test_unknown_step_or_section_is_one_line(run, imported: Path) -> None:
    result = run("read", "soil#weather")
    assert result.exit_code == 1
    assert result.output.startswith("tutor: 'Soil' has no section 'weather' (sections: ")
    result = run("read", "sunlight")
    assert result.exit_code == 1 and "no step named 'sunlight'" in result.output
    result = run("read", "#faq")
    assert result.exit_code == 2


def test_entry_text_cannot_drive_the_terminal(run, home: Path, tmp_path: Path) -> None:
    hostile = tmp_path / "hostile" / "ink.md"
    hostile.parent.mkdir()
    hostile.write_text(
        "---\ntitle: Ink\n---\n# Ink\n\n## In one sentence\n"
        "Ink is a coloured liquid \x1b[2J\x1b]0;pwned\x07used for writing [bold]text[/bold].\n"
    )
    assert run("import", str(hostile)).exit_code == 0
    result = run("read", "ink")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "[bold]text[/bold]" in result.output


def test_a_pasted_page_is_read_without_the_site_around_it(run, home: Path, tmp_path: Path) -> None:
    # Text copied from a browser: the importer drops the menu above and the newsletter
    # below, and so does the page shown by tutor read.
    folder = tmp_path / "copied"
    folder.mkdir()
    shutil.copy(
        Path(__file__).resolve().parents[1] / "fixtures" / "layouts" / "pasted-page.txt",
        folder / "reverse-proxy.txt",
    )
    result = run("import", str(folder))
    assert result.exit_code == 0, result.output
    shown = render(home, "copied/reverse-proxy", None, colour=False)
    assert "A reverse proxy is a server that sits in front of web servers" in shown
    for chrome in ("Skip to content", "Home > Learn", "6 min read", "Subscribe", "©"):
        assert chrome not in shown


def test_a_note_named_by_its_file_imports_and_reads_as_markdown(
    run, home: Path, tmp_path: Path
) -> None:
    """A folder of notes as a note app keeps them: no title heading, the file names them."""
    vault = tmp_path / "networking"
    vault.mkdir()
    (vault / "WebSocket.md").write_text(
        "---\ntags: [protocols]\n---\n"
        "A two-way channel kept open over one TCP connection, for messages in both "
        "directions.\n\n## Why it matters\n\nA **server** can push news the moment it has it.\n",
        encoding="utf-8",
    )
    imported = run("import", str(vault), "--json")
    assert imported.exit_code == 0, imported.output
    listed = run("cards", "--step", "WebSocket", "--json")
    prompts = {card["prompt"] for card in json.loads(listed.output)["cards"]}
    assert "What is WebSocket?" in prompts
    page = run("read", "websocket")
    assert page.exit_code == 0, page.output
    assert "A server can push news" in page.output  # drawn as Markdown: no '**' left
    assert "tags:" not in page.output


def test_a_comparison_point_is_read_with_the_whole_page(run, home: Path, tmp_path: Path) -> None:
    """A new user pressed r on 'Which is used for print jobs ...: stack or queue?' and saw
    only the first point of the page: its points sit among the sides' own lines."""
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "array-vs-set.md").write_text(
        "# Array vs set\n\n"
        "- An array keeps duplicate values, while a set keeps each value only once.\n"
        "- An array is an ordered collection, while a set is an unordered collection.\n"
        "- An array is looked up by position, while a set is looked up by value.\n",
        encoding="utf-8",
    )
    assert run("import", str(notes)).exit_code == 0
    listed = json.loads(run("cards", "--path", "Array vs set", "--json").output)["cards"]
    by_value = next(c for c in listed if c["prompt"].startswith("Which is looked up by value"))
    with Store.open(db_path(home)) as store:
        page = page_of(store, by_value["entry_key"])
    assert page is not None
    section = find_section(page, "array-vs-set")
    console = Console(file=io.StringIO(), width=100, no_color=True)
    console.print(page_view(page, section))
    shown = console.file.getvalue()  # type: ignore[attr-defined]
    assert "looked up by position, while a set is looked up by value" in shown
    assert "keeps duplicate values" in shown


def test_a_plain_text_label_over_its_lines_is_a_section_to_read(
    run, home: Path, tmp_path: Path
) -> None:
    # A new user's castling.txt: 'tutor read castling#rules' said "has no section 'rules'
    # (sections: entry, entry)".
    folder = tmp_path / "games"
    folder.mkdir()
    (folder / "offside.txt").write_text(
        "Offside\n\nOffside is a rule in football that stops attackers from waiting near "
        "the goal for the ball.\n\nRules\nA player is offside if nearer the goal line than "
        "the ball and the second-last defender.\nNo one is offside straight from a "
        "throw-in.\n"
    )
    (folder / "corner-kick.txt").write_text(
        "Corner kick\n\nA corner kick is a kick from the corner of the field, given when "
        "the defending side last touched the ball before it crossed its own goal line.\n"
    )
    assert run("import", str(folder)).exit_code == 0
    result = run("read", "offside#rules")
    assert result.exit_code == 0, result.output
    assert "No one is offside straight from a throw-in." in result.output
    assert "stops attackers from waiting" not in result.output
    result = run("read", "corner-kick#rules")
    assert result.exit_code == 1
    assert result.output == (
        "tutor: 'Corner kick' has no headed sections; tutor read games/corner-kick shows it whole\n"
    )
