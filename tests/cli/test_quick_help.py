"""`tutor --help` is answered before typer is imported, and says what typer would say.

The texts are kept in `tutor.help_texts`; what keeps them true is the first test here,
which renders every command's help through typer and compares. The others run the real
program, through pipes and in a pseudo-terminal, and read both what it prints and, from
`python -X importtime`, what it loaded.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from tests.cli.support import DAY1, child_env
from tests.cli.test_startup import loaded
from tutor.help_texts import TEXTS
from tutor.quick_help import PROGRAMS, commands, kept_text, rendered

SCRIPT = Path(sys.executable).with_name("tutor")


def test_the_kept_texts_are_what_typer_renders() -> None:
    every = commands()
    assert {"", "review", "import", "export", "export csv", "cards"} <= set(every)
    for program in PROGRAMS:
        stale = [words for words in every if kept_text(program, words) != rendered(program, words)]
        assert stale == [], f"help changed: run `python -m tutor.quick_help` ({stale})"
    assert set(TEXTS) == set(every)


def _help(home: Path, *args: str, columns: str = "100") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "tutor", *args],
        env={**child_env(home, DAY1), "COLUMNS": columns},
        capture_output=True,
        text=True,
        check=True,
    )


@pytest.mark.parametrize(
    "args", [("--help",), ("-h",), ("review", "--help"), ("export", "csv", "-h")]
)
def test_help_on_a_wide_terminal_loads_no_typer(
    _isolated_home: Path, args: tuple[str, ...]
) -> None:
    done = _help(_isolated_home, *args)
    assert done.stdout == rendered("python -m tutor", " ".join(args[:-1]))
    modules = loaded(done.stderr)
    assert "tutor.help_texts" in modules  # the log is read right
    assert not {"typer", "click", "rich"} & {name.split(".")[0] for name in modules}


def _refused_as_mistyped(home: Path, *args: str) -> None:
    """`tutor ARGS` names the mistyped command 'revew' and exits 2, as typer does."""
    mistyped = subprocess.run(
        [sys.executable, "-m", "tutor", *args],
        env=child_env(home, DAY1),
        capture_output=True,
        text=True,
    )
    assert mistyped.returncode == 2
    assert mistyped.stderr.startswith("tutor: no such command 'revew'")


def test_a_narrow_terminal_gets_typer_s_own_wrapping(_isolated_home: Path) -> None:
    done = _help(_isolated_home, "import", "--help", columns="60")
    assert done.stdout == rendered("python -m tutor", "import", columns=60)
    assert done.stdout != rendered("python -m tutor", "import")
    assert "typer" in loaded(done.stderr)


def test_what_the_kept_texts_do_not_hold_goes_to_typer(_isolated_home: Path) -> None:
    _refused_as_mistyped(_isolated_home, "revew", "--help")
    # an option before the request: typer parses it, and the help is the same
    done = _help(_isolated_home, "--db", str(_isolated_home / "x.sqlite3"), "--help")
    assert done.stdout == rendered("python -m tutor", "")
    assert "typer" in loaded(done.stderr)


@pytest.mark.terminal
@pytest.mark.skipif(not SCRIPT.exists(), reason="the tutor script is not installed beside python")
@pytest.mark.parametrize("columns", [120, 70])
def test_the_script_in_a_terminal_prints_typer_s_help(_isolated_home: Path, columns: int) -> None:
    env = child_env(_isolated_home, DAY1)
    del env["COLUMNS"]  # the width comes from the terminal, as for a user
    child = pexpect.spawn(
        str(SCRIPT), ["stats", "--help"], env=env, encoding="utf-8", dimensions=(40, columns)
    )
    child.expect(pexpect.EOF, timeout=30)
    child.close()
    assert child.exitstatus == 0
    shown = (child.before or "").replace("\r\n", "\n")
    assert shown == rendered("tutor", "stats", columns=columns)
    assert shown.startswith("Usage: tutor stats [OPTIONS]")


def test_help_into_a_closed_pipe_exits_quietly(_isolated_home: Path) -> None:
    done = subprocess.run(
        f'"{sys.executable}" -m tutor --help | head -1',
        shell=True,
        env=child_env(_isolated_home, DAY1),
        capture_output=True,
        text=True,
    )
    assert done.stdout == "Usage: python -m tutor [OPTIONS] COMMAND [ARGS]...\n"
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("columns", ["100", "60"])
def test_help_to_a_full_disk_says_so_in_one_line(_isolated_home: Path, columns: str) -> None:
    env = {**child_env(_isolated_home, DAY1), "COLUMNS": columns}
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "tutor", "--help"], env=env, stdout=full, stderr=subprocess.PIPE
        )
    assert done.returncode == 1
    assert done.stderr.decode() == "tutor: cannot write the output: No space left on device\n"


@pytest.mark.parametrize("columns", ["100", "60"])
def test_help_with_stdout_closed_prints_nothing_and_succeeds(
    _isolated_home: Path, columns: str
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tutor", "-h"],
        env={**child_env(_isolated_home, DAY1), "COLUMNS": columns},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        close_fds=True,
        preexec_fn=lambda: os.close(1),
    )
    assert (done.returncode, done.stderr) == (0, b"")


@pytest.mark.parametrize("args", [("help",), ("help", "review"), ("help", "export", "csv")])
def test_help_as_a_command_gives_the_help_of_the_command_after_it(
    _isolated_home: Path, args: tuple[str, ...]
) -> None:
    # A new user typed 'tutor help' first, as git and pip take it, and was told there was
    # no such command.
    done = _help(_isolated_home, *args)
    assert done.stdout == rendered("python -m tutor", " ".join(args[1:]))
    _refused_as_mistyped(_isolated_home, "help", "revew")
