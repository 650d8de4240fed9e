"""Hostile entry files through `tutor import`, `python -m cards` and the review screen.

Whatever a file holds, it is printed literally (Rich markup stays text, no escape or
control byte reaches the output) or refused with `file:line`; never a traceback, and a
refused import leaves the collection exactly as it was.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cards import Answering
from db import Store
from tests.reliability.support import (
    BEL,
    CSI8,
    DAY1,
    ESC,
    TRACEBACK,
    doctor_problems,
    dump,
    entry_text,
)
from tutor.cli import app

MARKUP = "[bold red]loud[/bold red] [link=http://x]click[/link] [blink]"
ESCAPES = (
    "\x1b[31mred\x1b[0m \x1b]0;pwned title\x07 \x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\ "
    "\x9b2J \x1bc \x07\x08\x7f back\rspace \u202egnirts\u202c"
)
LONG = "x" * 50_000


def hostile_entry() -> str:
    """A valid entry with markup and escape sequences in every part cards come from."""
    return (
        "---\ntitle: Gadget [bold]Loud[/bold]\npath: Hostile Path\n---\n"
        "# Gadget [bold]Loud[/bold]\n\n"
        f"## In one sentence\nThe gadget is a {MARKUP} tool that {ESCAPES} rings.\n\n"
        "## Key takeaways\n"
        f"- Gadget = a box of {MARKUP} tricks.\n"
        f"- Never trust data sent by the {ESCAPES} frontend.\n\n"
        f"## Common misconception\nThat the gadget is safe because it {MARKUP} looks calm.\n\n"
        f"## Pros\n- Cheap {ESCAPES}\n- Small {MARKUP}\n\n"
        "## Cons\n- Loud\n"
    )


IMPORTABLE = {
    "markup-and-escapes": hostile_entry().encode(),
    "50k-character-lines": entry_text("Longline", "Hostile Path", 1)
    .replace("records in order.", f"records in order. {LONG}")
    .replace("## Cons\n", f"## Cons\n- {LONG}\n")
    .encode(),
    "crlf": entry_text("Crlf", "Hostile Path", 1).replace("\n", "\r\n").encode(),
    "bom": b"\xef\xbb\xbf" + entry_text("Bom", "Hostile Path", 1).encode(),
}

REFUSED = {
    # name: (bytes, the line the refusal must name)
    "latin-1": (entry_text("Latin", "Hostile Path", 1).encode().replace(b"order", b"caf\xe9"), 9),
    "empty": (b"", 1),
    "only-blank-lines": (b"  \n\n\t\r\n", 1),
    "binary": (bytes(range(256)) * 4, 1),
    "utf-16": (entry_text("Wide", "Hostile Path", 1).encode("utf-16"), 1),
    "no-section": (b"# Only a title [bold]x[/bold] \x1b[2J\n", 1),
}


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("TUTOR_NOW", DAY1)
    monkeypatch.setenv("COLUMNS", "100")
    return CliRunner()


@pytest.fixture
def collection(runner: CliRunner, _isolated_home: Path) -> Path:
    """A collection with the built-in path already imported."""
    assert runner.invoke(app, ["config"]).exit_code == 0
    return _isolated_home / "tutor.sqlite3"


def assert_clean(*outputs: bytes) -> None:
    for output in outputs:
        assert ESC not in output and BEL not in output and CSI8 not in output, output[:2000]
        assert b"\r" not in output and b"\x08" not in output and b"\x7f" not in output
        assert "\u202e".encode() not in output
        assert TRACEBACK not in output


@pytest.mark.parametrize("name", sorted(IMPORTABLE))
def test_a_hostile_but_valid_entry_imports_and_prints_literally(
    name: str, runner: CliRunner, collection: Path, tmp_path: Path
) -> None:
    file = tmp_path / f"{name}.md"
    file.write_bytes(IMPORTABLE[name])
    result = runner.invoke(app, ["import", str(file)])
    assert result.exit_code == 0, result.output
    assert_clean(result.stdout_bytes, result.stderr_bytes)
    if name == "markup-and-escapes":
        assert b"Gadget [bold]Loud[/bold]" in result.stdout_bytes
    assert doctor_problems(collection) == []


def test_crlf_and_bom_give_the_same_cards_as_plain_lf(tmp_path: Path) -> None:
    plain = tmp_path / "plain" / "x.md"
    plain.parent.mkdir()
    plain.write_text(entry_text("Same", "Hostile Path", 1))
    variants = {
        "crlf": plain.read_bytes().replace(b"\n", b"\r\n"),
        "bom": b"\xef\xbb\xbf" + plain.read_bytes(),
        "bom-crlf": b"\xef\xbb\xbf" + plain.read_bytes().replace(b"\n", b"\r\n"),
    }
    reference = _cards_json(plain)
    for name, data in variants.items():
        other = tmp_path / name / "x.md"
        other.parent.mkdir()
        other.write_bytes(data)
        assert _cards_json(other) == reference, name


def _cards_json(file: Path) -> list[tuple[str, str, str]]:
    import json

    result = subprocess.run(
        [sys.executable, "-m", "cards", "--json", str(file)], capture_output=True, check=True
    )
    (entry,) = json.loads(result.stdout)["entries"]
    return [(card["id"], card["prompt"], card["answer"]) for card in entry["cards"]]


@pytest.mark.parametrize("name", sorted(IMPORTABLE))
def test_python_m_cards_prints_hostile_text_literally(name: str, tmp_path: Path) -> None:
    file = tmp_path / f"{name}.md"
    file.write_bytes(IMPORTABLE[name])
    for extra in ([], ["--json"]):
        result = subprocess.run(
            [sys.executable, "-m", "cards", *extra, str(file)],
            capture_output=True,
            env={"COLUMNS": "100", "NO_COLOR": "1", "PATH": "/usr/bin:/bin"},
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert_clean(result.stdout, result.stderr)
        if name == "markup-and-escapes":
            assert b"[link=http://x]" in result.stdout or b"[bold red]" in result.stdout


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_bad_file_is_refused_with_file_and_line_and_nothing_is_written(
    name: str, runner: CliRunner, collection: Path, tmp_path: Path
) -> None:
    data, line = REFUSED[name]
    good = tmp_path / "good.md"
    good.write_text(entry_text("Goodone", "Beside Path", 1))
    bad = tmp_path / f"{name}.md"
    bad.write_bytes(data)
    before = dump(collection)

    result = runner.invoke(app, ["import", str(good), str(bad)])
    assert result.exit_code == 1
    assert_clean(result.stdout_bytes, result.stderr_bytes)
    assert result.stderr.startswith(f"tutor: {bad}:{line}: "), result.stderr
    assert "nothing imported" in result.stderr
    assert dump(collection) == before

    cards = subprocess.run(
        [sys.executable, "-m", "cards", str(bad)], capture_output=True, timeout=60, check=False
    )
    assert cards.returncode == 1
    assert_clean(cards.stdout, cards.stderr)
    assert cards.stderr.startswith(f"cards: {bad}:{line}: ".encode())

    skipped = runner.invoke(app, ["import", "--skip-invalid", str(good), str(bad)])
    assert skipped.exit_code == 1
    assert f"tutor: {bad}:{line}: " in skipped.stderr
    assert "Goodone" in skipped.stdout
    assert dump(collection)["entry"] != before["entry"]


def test_a_1_gb_file_is_refused_by_its_size_before_it_is_read(
    runner: CliRunner, collection: Path, tmp_path: Path
) -> None:
    huge = tmp_path / "huge.md"
    with huge.open("wb") as handle:
        handle.truncate(1 << 30)  # sparse: no gigabyte is written to the disk
    before = dump(collection)
    started = time.monotonic()
    result = runner.invoke(app, ["import", str(huge)])
    took = time.monotonic() - started
    assert result.exit_code == 1
    assert re.match(rf"tutor: {re.escape(str(huge))}: is 1,073,741,824 bytes", result.stderr)
    assert took < 2  # reading (let alone parsing) a gigabyte takes far longer
    assert dump(collection) == before


def test_the_review_screen_shows_hostile_cards_and_typed_answers_literally(
    runner: CliRunner, collection: Path, tmp_path: Path
) -> None:
    file = tmp_path / "gadget.md"
    file.write_bytes(IMPORTABLE["markup-and-escapes"])
    assert runner.invoke(app, ["import", str(file)]).exit_code == 0
    typed_attack = "\x1b]0;owned\x07[bold red]shout[/bold red]\x9b2J\r"
    with Store.open(collection) as store:
        for step in store.all_steps():
            if step.path != "Hostile Path":
                for stored in store.cards_of_step(step.key):
                    store.suspend(stored.card.id, store_time())
        queue = store.new_cards(50)
    assert queue and {stored.card.entry_key for stored in queue} == {queue[0].card.entry_key}
    keys = []
    for stored in queue:
        if stored.card.answering is Answering.CHOICE:
            keys.append("1\n")
        elif stored.card.answering is Answering.TYPED:
            keys.append("\n" + typed_attack + "\n\n")
        else:
            keys.append(" 3")
    result = runner.invoke(app, ["review"], input="".join(keys) + "q")
    assert result.exit_code == 0, result.output
    assert_clean(result.stdout_bytes, result.stderr_bytes)
    assert result.stdout.count("saved ·") == len(queue)
    assert "[bold red]" in result.stdout
    if any(stored.card.answering is Answering.TYPED for stored in queue):
        assert "you typed [bold red]shout[/bold red]" in result.stdout
        assert "owned" not in result.stdout  # the whole OSC sequence went, not just its ESC
    assert doctor_problems(collection) == []


def store_time():  # type: ignore[no-untyped-def]
    from datetime import datetime

    return datetime.fromisoformat(DAY1)
