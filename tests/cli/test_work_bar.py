"""Long work draws a progress bar on stderr in a terminal, and nothing when piped or --json.

TUTOR_PROGRESS_AFTER=0 stands for "the work took longer than a second", so that no test
depends on how fast the machine is.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from tests.cli.support import in_terminal, query
from tests.cli.support import progress_env as env

pytestmark = pytest.mark.terminal

# A CSV import counts the bytes it has read (it reads each file once, so the rows are
# not counted before): done and total in kB here.
BAR = re.compile(r"Importing cards\s.*\d+\.\d/\d+\.\d kB")


def cards_csv(folder: Path) -> Path:
    file = folder / "cards.csv"
    lines = [f"Deck {n // 100},Step {n // 20},faq,Question {n}?,Answer {n}\n" for n in range(600)]
    file.write_text("path,step,kind,prompt,answer\n" + "".join(lines), encoding="utf-8")
    return file


def test_a_terminal_sees_the_bar_with_done_and_total(_isolated_home: Path, tmp_path: Path) -> None:
    child = in_terminal(_isolated_home, "import", "csv", str(cards_csv(tmp_path)))
    child.expect(BAR)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Deck 5" in child.before  # the import's own table follows


@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_a_pipe_or_json_gets_no_bar(_isolated_home: Path, tmp_path: Path, extra: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tutor", "import", "csv", str(cards_csv(tmp_path)), *extra],
        env=env(_isolated_home),
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stderr == ""
    assert "Importing cards" not in done.stdout


def test_with_json_a_terminal_gets_no_bar_either(_isolated_home: Path, tmp_path: Path) -> None:
    child = in_terminal(_isolated_home, "import", "csv", str(cards_csv(tmp_path)), "--json")
    child.expect(pexpect.EOF)
    child.close()
    assert "Importing cards" not in child.before
    assert '"entries"' in child.before


def test_export_json_draws_its_bar_on_a_terminal(_isolated_home: Path, tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "tutor", "stats"], env=env(_isolated_home), capture_output=True
    )
    target = tmp_path / "all.json"
    child = in_terminal(_isolated_home, "export", "json", str(target))
    child.expect(r"Writing\s.*\d+/\d+")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert target.exists()


def test_ctrl_c_in_a_large_csv_import_imports_nothing_and_leaves_no_process(
    _isolated_home: Path, tmp_path: Path
) -> None:
    # Large enough (6 MB) to be read by a second process while the first writes, and to
    # be at work when Ctrl-C comes.
    file = tmp_path / "big.csv"
    lines = [
        f"Deck {n // 5000},Step {n // 50},faq,Question {n}?,Answer {n}\n" for n in range(110_000)
    ]
    file.write_text("path,step,kind,prompt,answer\n" + "".join(lines), encoding="utf-8")
    assert file.stat().st_size > 4 * 1024 * 1024
    # A collection there first: Ctrl-C leaves it as it was (a new one would be removed).
    subprocess.run(
        [sys.executable, "-m", "tutor", "config"], env=env(_isolated_home), capture_output=True
    )
    child = in_terminal(_isolated_home, "import", "csv", str(file))
    child.expect(r"Importing cards\s.*MB")
    child.sendintr()
    child.expect("tutor: interrupted; nothing imported; the collection is as it was")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert query(_isolated_home, "SELECT count(*) FROM card WHERE source_file = 'csv:big.csv'") == [
        (0,)
    ]
    still_running = [
        entry.name
        for entry in Path("/proc").iterdir()
        if entry.name.isdigit() and str(file).encode() in _cmdline(entry)
    ]
    assert still_running == []


def _cmdline(process: Path) -> bytes:
    try:
        return (process / "cmdline").read_bytes()
    except OSError:  # gone in the meantime
        return b""
