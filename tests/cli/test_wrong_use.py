"""Every command used wrongly, as a learner would: a mistyped option, a missing argument,
a folder where a file is expected, a folder tutor may not enter. Each gets one line,
`tutor: where: what`, a non-zero exit code, no traceback, and nothing written."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from tests.cli.support import DAY1, child_env, db_path, query, tutor_command

# Root reads and writes anywhere; without these two capabilities it meets a folder of
# mode 000 as any learner does.
AS_A_LEARNER = (
    ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
)


def tutor(
    home: Path, *args: str, prefix: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*(prefix or []), *tutor_command(), *args],
        env=child_env(home, DAY1),
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["--bogus"], "tutor: no such option: --bogus (tutor --help)"),
        (
            ["revew"],
            "tutor: no such command 'revew'. Did you mean 'review', 'preview'? (tutor --help)",
        ),
        (["review", "--bogus"], "tutor: review: no such option: --bogus (tutor review --help)"),
        (
            ["review", "--cram"],
            "tutor: review: option '--cram' requires an argument (tutor review --help)",
        ),
        (["read"], "tutor: read: missing argument 'TARGET' (tutor read --help)"),
        (
            ["export", "csv"],
            "tutor: export csv: missing argument 'FILE' (tutor export csv --help)",
        ),
        (["export", "bogus"], "tutor: export: no such command 'bogus' (tutor export --help)"),
        (
            ["path", "--yess"],
            "tutor: path: no such option: --yess; did you mean --yes? (tutor path --help)",
        ),
        # (click offered '--json' for '--to': alike in their dashes only)
        (["backup", "--to", "x"], "tutor: backup: no such option: --to (tutor backup --help)"),
        (
            ["preview", "notes.md", "--seed", "x"],
            "tutor: preview: invalid value for '--seed': 'x' is not a valid int"
            " (tutor preview --help)",
        ),
        (
            ["init", "extra"],
            "tutor: init: got unexpected extra argument(s) (extra) (tutor init --help)",
        ),
    ],
)
def test_a_mistake_on_the_command_line_is_one_line_and_exit_2(
    _isolated_home: Path, args: list[str], line: str
) -> None:
    done = tutor(_isolated_home, *args)
    assert done.returncode == 2
    assert done.stderr == line + "\n"  # not click's usage line, hint and 'Error: ...'
    assert done.stdout == ""
    assert not db_path(_isolated_home).exists()  # nothing made either


def test_a_group_without_its_command_still_shows_its_help(_isolated_home: Path) -> None:
    done = tutor(_isolated_home, "export")
    assert done.returncode == 2
    assert "Commands:" in done.stderr and "anki" in done.stderr


@pytest.mark.skipif(
    os.geteuid() == 0 and shutil.which("setpriv") is None, reason="root without setpriv"
)
@pytest.mark.parametrize(
    "args",
    [
        ["export", "csv", "{locked}/cards.csv"],
        ["export", "json", "{locked}/all.json"],
        ["export", "anki", "{locked}/cards.apkg"],
        ["export", "revlog", "{locked}/revlog.csv"],
        ["backup", "{locked}/copy.sqlite3"],
    ],
)
def test_a_folder_tutor_may_not_enter_is_one_line_not_a_traceback(
    _isolated_home: Path, tmp_path: Path, args: list[str]
) -> None:
    tutor(_isolated_home, "config")  # the collection, with the built-in path
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o000)
    try:
        done = tutor(_isolated_home, *(a.format(locked=locked) for a in args), prefix=AS_A_LEARNER)
    finally:
        locked.chmod(0o700)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    [line] = done.stderr.splitlines()
    assert line.startswith(f"tutor: {locked}")
    assert "Permission denied" in line
    assert list(locked.iterdir()) == []


def test_restore_given_a_folder_says_it_is_a_folder(_isolated_home: Path, tmp_path: Path) -> None:
    tutor(_isolated_home, "config")
    before = db_path(_isolated_home).read_bytes()
    done = tutor(_isolated_home, "restore", str(tmp_path))
    assert done.returncode == 1
    assert done.stderr == f"tutor: {tmp_path}: is a folder; give the backup file in it to restore\n"
    assert db_path(_isolated_home).read_bytes() == before


def test_preview_of_one_missing_file_is_one_line(_isolated_home: Path, tmp_path: Path) -> None:
    missing = tmp_path / "notes.md"
    done = tutor(_isolated_home, "preview", str(missing))
    assert done.returncode == 1
    assert done.stderr == f"tutor: {missing}: no such file or folder\n"
    two = tutor(_isolated_home, "preview", str(missing), str(tmp_path / "more.md"))
    assert two.returncode == 1
    assert two.stderr.splitlines()[-1] == "tutor: 2 problems; no valid file to show"


def test_preview_of_a_good_file_beside_a_bad_one_shows_the_good(
    _isolated_home: Path, tmp_path: Path
) -> None:
    # A new user's 'tutor preview chain-lube.txt ride-notes.txt' printed only the bad
    # file's problem; a second found 'nothing shown' strict for a command that saves
    # nothing. The good file's cards are shown, and the problem still fails the command.
    good = tmp_path / "chain-lube.md"
    good.write_text("# Chain lube\n\nChain lube is an oil put on a bicycle chain.\n")
    bad = tmp_path / "ride-notes.txt"
    bad.write_text("went out at nine, back by noon\n")
    done = tutor(_isolated_home, "preview", "--no-pager", str(good), str(bad))
    assert done.returncode == 1
    assert "What is chain lube?" in done.stdout
    assert done.stderr.splitlines()[0].startswith(f"tutor: {bad}:")
    assert done.stderr.splitlines()[-1] == (
        "tutor: 1 problem (listed first); the valid files are shown; --skip-invalid exits 0 "
        "for them"
    )
    shown = tutor(_isolated_home, "preview", "--skip-invalid", "--no-pager", str(good), str(bad))
    assert shown.returncode == 0 and "What is chain lube?" in shown.stdout


@pytest.mark.parametrize("command", ["import", "preview"])
def test_a_mistyped_file_name_names_the_file_meant(
    _isolated_home: Path, tmp_path: Path, command: str
) -> None:
    """`tutor import levian.md` beside levain.md said only 'no such file or folder', while
    `tutor read levian` and `tutor revew` say what was meant."""
    notes = tmp_path / "notes"
    notes.mkdir()
    for name in ("levain.md", "autolyse.md"):
        (notes / name).write_text(f"# {name[:-3]}\n\nA {name[:-3]} is a step of bread.\n")

    def given(*names: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*tutor_command(), command, *names],
            env=child_env(_isolated_home, DAY1),
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )

    done = given("notes/levian.md")
    assert done.returncode == 1
    assert done.stderr == (
        "tutor: notes/levian.md: no such file or folder; did you mean 'notes/levain.md'?\n"
    )
    folder = given("notse")
    assert folder.stderr == "tutor: notse: no such file or folder; did you mean 'notes'?\n"
    # nothing near the name: nothing offered
    assert given("notes/sourdough.md").stderr == (
        "tutor: notes/sourdough.md: no such file or folder\n"
    )
    assert not db_path(_isolated_home).exists()


def test_preview_skip_invalid_shows_the_valid_files(_isolated_home: Path, tmp_path: Path) -> None:
    # A newcomer's folder of five pages, one refused: preview showed nothing at all. The
    # valid files are shown either way; --skip-invalid makes the problems no failure.
    (tmp_path / "cdn.md").write_text(
        "# CDN\n\nA CDN is a network of servers in many places that keeps copies of a "
        "site's files near its readers.\n"
    )
    (tmp_path / "empty.md").write_text("")
    refused = tutor(_isolated_home, "preview", str(tmp_path))
    assert refused.returncode == 1 and "What is a CDN?" in refused.stdout
    shown = tutor(_isolated_home, "preview", "--skip-invalid", str(tmp_path))
    assert shown.returncode == 0, shown.stderr
    assert "What is a CDN?" in shown.stdout
    assert "empty.md" in shown.stderr  # the problem is still told
    none = tutor(_isolated_home, "preview", "--skip-invalid", str(tmp_path / "empty.md"))
    assert none.returncode == 1
    assert none.stderr.splitlines()[-1] == "tutor: 1 problem; no valid file to show"


@pytest.mark.parametrize("command", ["import", "preview"])
def test_an_empty_name_is_refused_not_read_as_the_current_folder(
    _isolated_home: Path, tmp_path: Path, command: str
) -> None:
    # `tutor import "$NOTES"` with NOTES unset: the folder it runs in is not imported.
    (tmp_path / "stray.md").write_text("# Stray\n\nA stray is a note left here.\n", "utf-8")
    done = subprocess.run(
        [*tutor_command(), command, ""],
        env=child_env(_isolated_home, DAY1),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr == "tutor: '': an empty name is no file, folder or web address\n"
    assert done.stdout == ""
    assert not db_path(_isolated_home).exists()


def test_a_file_named_twice_is_imported_once(_isolated_home: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "stray.md").write_text("# Stray\n\nA stray is a note left here.\n", "utf-8")
    done = tutor(_isolated_home, "import", str(notes), str(notes / "stray.md"))
    assert done.returncode == 0, done.stderr  # not "'Stray' in path 'Notes' is also ..."
    assert done.stderr == ""
    assert "Notes: 1 entry" in done.stdout


def test_unflag_counts_one_card_not_flagged_in_the_singular(_isolated_home: Path) -> None:
    tutor(_isolated_home, "config")  # the collection, with the built-in path
    [(card_id,)] = query(_isolated_home, "SELECT id FROM card ORDER BY id LIMIT 1")
    done = tutor(_isolated_home, "cards", "unflag", str(card_id))
    assert done.returncode == 0, done.stderr
    assert "unflagged 0 cards (1 was not flagged)" in done.stdout


def test_with_every_path_removed_each_command_says_how_to_make_one(_isolated_home: Path) -> None:
    removed = tutor(_isolated_home, "path", "remove", "system-basics", "--yes")
    assert removed.returncode == 0, removed.stderr
    today = tutor(_isolated_home)
    assert "Next: tutor import PATH... to make a path (there is none)" in today.stdout
    assert "come back tomorrow" not in today.stdout  # nothing would come tomorrow either
    for args, line in (
        (["path", "nosuch"], "no path named 'nosuch' (paths: none yet;"),
        (["check", "dns"], "no step named 'dns' (steps: none yet;"),
        (["stats", "--path", "x"], "--path: no path named 'x' (paths: none yet;"),
    ):
        done = tutor(_isolated_home, *args)
        assert done.returncode == 1
        assert done.stderr.startswith(f"tutor: {line} tutor import PATH... makes one)"), args


def test_path_hide_with_json_is_refused_not_answered_in_text(_isolated_home: Path) -> None:
    tutor(_isolated_home, "config")
    done = tutor(_isolated_home, "path", "hide", "system-basics", "--json")
    assert done.returncode == 2
    assert done.stderr == "tutor: --json lists the steps; tutor path hide has none\n"
    assert done.stdout == ""
    [listed] = json.loads(tutor(_isolated_home, "path", "--json").stdout)["paths"]
    assert listed["hidden"] is False  # nothing done


def test_an_address_tutor_cannot_fetch_is_named_as_such(_isolated_home: Path) -> None:
    done = tutor(_isolated_home, "import", "ftp://example.org/notes.md")
    assert done.returncode == 2
    # not "ftp:/example.org/notes.md: no such file or folder", the name mangled as a path
    assert done.stderr == (
        "tutor: ftp://example.org/notes.md: only http:// and https:// addresses are fetched\n"
    )
    assert not db_path(_isolated_home).exists()


def test_backup_into_a_missing_folder_is_refused_as_the_exports_are(
    _isolated_home: Path, tmp_path: Path
) -> None:
    tutor(_isolated_home, "config")
    missing = tmp_path / "bakups"  # a typo of an existing folder's name
    for args in (["backup"], ["export", "csv"]):
        done = tutor(_isolated_home, *args, str(missing / "copy.file"))
        assert done.returncode == 1
        assert done.stderr == f"tutor: {missing}: no such folder\n", args
        assert not missing.exists()
    made = tutor(_isolated_home, "backup")  # the default folder, backups/, is made
    assert made.returncode == 0, made.stderr
    assert len(list((_isolated_home / "backups").iterdir())) == 1


@pytest.mark.parametrize(
    "args",
    [
        ["export", "csv", "{pipe}", "--force"],
        ["export", "json", "{pipe}", "--force"],
        ["export", "anki", "{pipe}", "--force"],
        ["export", "revlog", "{pipe}", "--force"],
        ["backup", "{pipe}", "--force"],
    ],
)
def test_a_pipe_or_device_is_never_replaced_by_a_written_file(
    _isolated_home: Path, tmp_path: Path, args: list[str]
) -> None:
    # A finished file is renamed over its target: over /dev/null (as root) that put a
    # plain file in the device's place. A named pipe stands for every such file here.
    tutor(_isolated_home, "config")
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    done = tutor(_isolated_home, *(a.format(pipe=pipe) for a in args))
    assert done.returncode == 1
    assert done.stderr == (
        f"tutor: {pipe}: not a regular file (a device, pipe or socket); give a file name\n"
    )
    assert stat.S_ISFIFO(pipe.lstat().st_mode)  # still the pipe


@pytest.mark.parametrize("command", ["import", "preview", "restore"])
def test_reading_a_pipe_says_it_is_no_regular_file(
    _isolated_home: Path, tmp_path: Path, command: str
) -> None:
    pipe = tmp_path / "notes.md"
    os.mkfifo(pipe)
    done = tutor(_isolated_home, command, str(pipe))
    assert done.returncode == 1
    # not "no such file or folder": it is there, and is no file to read
    assert done.stderr == f"tutor: {pipe}: not a regular file (a device, pipe or socket)\n"


def test_a_pipe_given_as_the_collection_is_refused(_isolated_home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    pipe = folder / "tutor.sqlite3"
    os.mkfifo(pipe)
    done = tutor(_isolated_home, "--db", str(pipe), "stats")
    assert done.returncode == 1
    assert done.stderr == (
        f"tutor: {pipe}: not a regular file (a device, pipe or socket), not a database\n"
    )
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert [path.name for path in folder.iterdir()] == ["tutor.sqlite3"]  # no -wal beside it
