"""`tutor preview`: the cards entry files would give, shown and never saved."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.support import db_path


def test_preview_json_uses_the_builtin_path_as_siblings_and_saves_nothing(
    run, home: Path, backend_vca: Path
) -> None:
    result = run("preview", str(backend_vca), "--json")
    assert result.exit_code == 0, result.output
    (entry,) = json.loads(result.output)["entries"]
    assert entry["title"] == "Backend"
    identify = [card for card in entry["cards"] if card["kind"] == "identify"]
    builtin = {"Frontend", "API", "Database", "Auth", "Storage", "CDN", "DNS"}
    wrong = set(identify[0]["options"]) - {"Backend"}
    assert identify and len(wrong) >= 2 and wrong <= builtin
    assert not db_path(home).exists()


def test_preview_table_prints_entry_text_literally(run, tmp_path: Path) -> None:
    entry = tmp_path / "markup.md"
    entry.write_text(
        "# [bold red]Shouty[/bold red]\n\n## In one sentence\n"
        "[bold red]Shouty[/bold red] is a concept whose name looks like markup.\n",
        encoding="utf-8",
    )
    result = run("preview", str(entry))
    assert result.exit_code == 0, result.output
    assert "[bold red]Shouty[/bold red]" in result.output


def test_preview_of_a_bad_file_names_it_and_exits_1(run, tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    result = run("preview", str(empty))
    assert result.exit_code == 1
    assert f"tutor: {empty}:1:" in result.stderr


def test_preview_explain_says_which_maker_made_each_card(run, home: Path) -> None:
    soil = Path(__file__).resolve().parents[1] / "fixtures" / "paths" / "garden" / "soil.md"
    result = run("preview", str(soil), "--json", "--explain")
    assert result.exit_code == 0, result.output
    (entry,) = json.loads(result.output)["entries"]
    makers = {card["kind"]: card["maker"] for card in entry["cards"]}
    assert makers["faq"] == "cards.makers.faq.faq_cards"
    assert makers["proscons"] == "cards.makers.pros_cons.pros_cons_cards"
    table = run("preview", str(soil), "--explain")
    assert "makers/faq.py" in table.output and "faq_cards" in table.output
    assert not db_path(home).exists()
