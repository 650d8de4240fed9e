"""`python -m cards`: the table, the JSON, and one clean line per bad file."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cards.__main__ import main, printable

PAGE = """VCA

Widget

A widget is a [bold]small[/bold] part.

In one sentence

A widget is a [bold]small[/bold] part that does one job \x1b[31mwell\x1b[0m.

Key Takeaways

  • Widget = the smallest part you can swap.

Next in Parts Path: Gadget
"""


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(args), out=out), out.getvalue()


def test_json_lists_entries_and_cards(backend_vca: Path, tmp_path: Path) -> None:
    # Two more steps of Backend's own path, so the three are studied together.
    widget, gadget = tmp_path / "widget.txt", tmp_path / "gadget.txt"
    widget.write_text(PAGE.replace("Parts Path", "Beginner Path"), encoding="utf-8")
    gadget.write_text(
        PAGE.replace("Parts Path: Gadget", "Beginner Path: Sprocket")
        .replace("Widget", "Gadget")
        .replace("widget", "gadget"),
        encoding="utf-8",
    )
    status, out = run(str(backend_vca), str(widget), str(gadget), "--json", "--seed", "3")
    assert status == 0
    entries = json.loads(out)["entries"]
    assert [entry["title"] for entry in entries] == ["Backend", "Widget", "Gadget"]
    backend = entries[0]
    assert backend["key"] == "beginner-path/backend" and backend["next"] == "Database"
    card = backend["cards"][0]
    assert set(card) >= {
        "id",
        "kind",
        "answering",
        "prompt",
        "answer",
        "options",
        "accepted",
        "explanation",
        "source",
        "entry",
    }
    assert card["source"]["file"] == str(backend_vca) and card["source"]["line"] > 0
    # Files given together are siblings: steps of Backend's path are its wrong options.
    identify = [c for c in backend["cards"] if c["kind"] == "identify"]
    assert identify and all({"Widget", "Gadget"} <= set(c["options"]) for c in identify)
    assert run(str(backend_vca), str(widget), str(gadget), "--json", "--seed", "3")[1] == out


def test_table_prints_entry_text_literally(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # no wrapping inside cells
    widget = tmp_path / "widget.txt"
    widget.write_text(PAGE, encoding="utf-8")
    status, out = run(str(widget))
    assert status == 0
    assert "What is a widget?" in out
    assert "\x1b" not in out  # neither the entry's escape codes nor colour
    assert "smallest part you can swap" in out
    assert "[bold]small[/bold] part" in out  # markup in an entry is text, not style


def test_bad_files_give_one_line_each_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    out = io.StringIO()
    assert main([str(empty), str(missing)], out=out) == 1
    assert out.getvalue() == ""
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 2
    assert all(line.startswith("cards: ") for line in errors)
    assert errors[0].startswith(f"cards: {empty}:")
    assert "Traceback" not in "\n".join(errors)


def test_printable_strips_escapes_and_controls() -> None:
    assert printable("a\x1b[2Jb\x1b]0;title\x07c\x9bd\u202ee") == "abcde"
    assert printable("[bold]x[/bold]\n") == "[bold]x[/bold]\n"


def test_runs_as_a_module(backend_vca: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cards", str(backend_vca), "--json"],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["entries"][0]["slug"] == "backend"


def test_a_bad_file_never_stops_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 'python -m cards DIR/*' over a folder with one broken file: every readable file's
    # cards are printed, the broken one is named with its line, and the status says so.
    good = tmp_path / "widget.txt"
    good.write_text(PAGE, encoding="utf-8")
    broken = tmp_path / "broken.md"
    broken.write_text("---\ntitle: [unclosed\n---\n# X\n", encoding="utf-8")
    status, out = run(str(broken), str(good), "--json")
    assert status == 1
    assert [e["title"] for e in json.loads(out)["entries"]] == ["Widget"]
    (error,) = capsys.readouterr().err.splitlines()
    assert error.startswith(f"cards: {broken}:2: ") and "not valid YAML" in error


def test_a_page_defining_several_terms_gives_an_entry_for_each(tmp_path: Path) -> None:
    page = tmp_path / "auth-terms.md"
    page.write_text(
        "# Login words\n\n"
        "## Authentication\n\nAuthentication is checking who someone is.\n\n"
        "## Authorization\n\nAuthorization is checking what someone may do.\n\n"
        "## Session\n\nA session is the time a signed-in user stays recognised.\n",
        encoding="utf-8",
    )
    status, out = run(str(page), "--json")
    assert status == 0
    entries = json.loads(out)["entries"]
    assert [e["title"] for e in entries] == ["Authentication", "Authorization", "Session"]
    assert {e["path"] for e in entries} == {"Login words"}
    first = {c["prompt"].casefold(): c["answer"] for c in entries[0]["cards"]}
    assert first["what is authentication?"] == "Checking who someone is."


def test_two_files_with_one_title_are_named_not_merged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(PAGE, encoding="utf-8")
    second.write_text(PAGE, encoding="utf-8")
    status, out = run(str(first), str(second), "--json")
    assert status == 1
    assert len(json.loads(out)["entries"]) == 1
    (error,) = capsys.readouterr().err.splitlines()
    assert error == f"cards: {second}:1: 'Widget' in path 'Parts Path' is also {first}"


SOIL = Path(__file__).resolve().parents[1] / "fixtures" / "paths" / "garden" / "soil.md"


def test_explain_names_the_maker_of_every_card(monkeypatch: pytest.MonkeyPatch) -> None:
    # A bad card leads straight to the code that made it: the maker's file and function.
    import importlib

    status, plain = run(str(SOIL), "--json")
    status_explained, explained = run(str(SOIL), "--json", "--explain")
    assert status == status_explained == 0
    cards = json.loads(plain)["entries"][0]["cards"]
    told = json.loads(explained)["entries"][0]["cards"]
    assert all("maker" not in card for card in cards)
    assert [{k: v for k, v in card.items() if k != "maker"} for card in told] == cards
    makers = {card["prompt"]: card["maker"] for card in told}
    assert makers["What is soil?"] == "cards.makers.definitions.definition_cards"
    assert makers["Can I improve heavy clay?"] == "cards.makers.faq.faq_cards"
    for card in told:  # each names a function that exists and made cards of that kind
        module, _, function = card["maker"].rpartition(".")
        assert callable(getattr(importlib.import_module(module), function))

    monkeypatch.setenv("COLUMNS", "100")
    _, table = run(str(SOIL), "--explain")
    assert "makers/definitions.py" in table and "definition_cards" in table
    _, plain_table = run(str(SOIL))
    assert "makers/" not in plain_table
