"""`tutor preview`: the cards entry files would give, shown and never saved."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.cli.support import db_path, query


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


def test_preview_explain_lists_the_lines_of_a_note_no_card_asks(run, tmp_path: Path) -> None:
    # A new user's notes gave two cards each, and nothing said which lines gave none.
    note = tmp_path / "glazing.md"
    note.write_text(
        "# Glazing\n\nGlazing is coating a fired pot with a thin layer that melts to glass "
        "in the kiln.\n\n## Tip\n\nStir the bucket well: the heavy part of a glaze sinks "
        "overnight.\n",
        encoding="utf-8",
    )
    table = run("preview", str(note), "--explain")
    assert table.exit_code == 0, table.output
    assert "not asked: line 7 (Tip): Stir the bucket well: the heavy part of a glaze" in (
        table.output
    )
    assert "not asked: line 3" not in table.output  # the definition's line gave a card
    assert "not asked" not in run("preview", str(note)).output  # only with --explain


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


# Three notes of a learner's own folder (our words), the first with a list: a loose
# note's "which is not one of them?" takes its odd one out from its own page only.
NOTES = {
    "message-queue.md": (
        "# What is a message queue?\n\n"
        "A message queue is a service that holds messages from one program until another "
        "program is ready to read them.\n\n"
        "## Common delivery guarantees\n\n"
        "- **At most once**: a message may be lost but never arrives twice.\n"
        "- **At least once**: a message is never lost but may arrive twice.\n"
        "- **Exactly once**: a message arrives once, at a higher cost.\n\n"
        "## Common misconception\n\n"
        "People think a queue makes the reader faster. It does not; it lets the writer "
        "go on without waiting.\n"
    ),
    "rate-limiter.md": (
        "# Rate limiter\n\n"
        "A rate limiter is a guard that caps how many requests one client may send in a "
        "period of time.\n\n"
        "## Key takeaways\n\n"
        "- A rate limiter answers 429 Too Many Requests once the cap is reached.\n"
        "- A token bucket lets short bursts through while keeping the average rate.\n"
    ),
    "reverse-proxy.md": (
        "# Reverse proxy\n\n"
        "A reverse proxy is a server that stands in front of other servers and passes each "
        "request on to one of them.\n\n"
        "## Key takeaways\n\n"
        "- A reverse proxy hides the servers behind it from the client.\n"
        "- A reverse proxy can end TLS so the servers behind it do not have to.\n"
    ),
}


def write_notes(folder: Path) -> list[Path]:
    folder.mkdir()
    for name, text in NOTES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return sorted(folder.iterdir())


def previewed(run, *args: str) -> dict[str, list[tuple[object, ...]]]:
    result = run("preview", "--json", *args)
    assert result.exit_code == 0, result.output
    return {
        entry["key"]: [
            (card["id"], card["prompt"], card["answer"], card["options"]) for card in entry["cards"]
        ]
        for entry in json.loads(result.output)["entries"]
    }


def imported(home: Path, keys: object) -> dict[str, list[tuple[object, ...]]]:
    rows = query(
        home,
        "SELECT entry_key, id, prompt, answer, options FROM card WHERE retired_at IS NULL"
        " ORDER BY entry_key, position",
    )
    cards: dict[str, list[tuple[object, ...]]] = {}
    for key, card_id, prompt, answer, options in rows:
        if key in keys:  # type: ignore[operator]
            cards.setdefault(str(key), []).append((card_id, prompt, answer, json.loads(options)))
    return cards


def test_preview_shows_the_cards_the_import_then_makes(run, home: Path, tmp_path: Path) -> None:
    files = write_notes(tmp_path / "notes")
    assert not db_path(home).exists()
    # No collection yet: the preview is that of an import into a new one, and makes none.
    before = previewed(run, *map(str, files))
    assert not db_path(home).exists()
    assert previewed(run, str(files[0])) == {
        key: cards for key, cards in before.items() if key.endswith("message-queue")
    }
    assert run("import", str(tmp_path / "notes")).exit_code == 0
    made = imported(home, before)
    assert made == before
    # The list is asked in both; its odd one out would come from another note's page,
    # on another subject, so there is none (a laid-out path's steps may lend one).
    queue = [prompt for _, prompt, _, _ in made["notes/message-queue"]]
    assert any(prompt.startswith("What are the three") for prompt in queue)
    assert not any("not one of" in prompt for prompt in queue)
    # With the collection there, the same cards again, one file or three.
    assert previewed(run, *map(str, files)) == made
    assert previewed(run, str(files[2])) == {"notes/reverse-proxy": made["notes/reverse-proxy"]}


def test_preview_help_says_whose_cards_it_shows(run) -> None:
    result = run("preview", "--help")
    assert result.exit_code == 0
    said = " ".join(result.output.split())
    assert "tutor import would make into your collection" in said
    assert "With no collection there yet, they are those of an import into a new one" in said


def test_preview_numbers_options_with_the_keys_the_review_takes(run, tmp_path: Path) -> None:
    # It lettered them a) b) while the review asks for 1 and 2.
    files = write_notes(tmp_path / "notes")
    table = run("preview", *map(str, files))
    assert table.exit_code == 0, table.output
    assert re.search(r"│ 1\) \S", table.output) and re.search(r"│ 2\) \S", table.output)
    assert not re.search(r"│ [ab]\) ", table.output)


def test_preview_of_a_page_that_gives_no_card_says_why(run, tmp_path: Path) -> None:
    # An empty table was all a learner saw for a page that gave no card.
    page = tmp_path / "scope.txt"
    page.write_text(
        "Scope\n\nUp to now we looked at blocks and at how the rules affect programs.\n\n"
        "Our attention now turns to the wider idea, which we build on next.\n",
        encoding="utf-8",
    )
    result = run("preview", str(page))
    assert result.exit_code == 0, result.output
    shown = " ".join(result.output.split())
    assert "scope.txt), 0 cards" in shown
    assert "no sentence says plainly what 'Scope' is or does" in shown
