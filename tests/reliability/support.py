"""Helpers for the reliability tests: collections, entry folders, child processes, dumps."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from db import Store
from tutor.memory.doctor import examine
from tutor.memory.scheduling import make_scheduler

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SCHEMA1 = FIXTURES / "schema1.sqlite3"
DAY1 = "2026-03-02T09:00:00+00:00"
TRACEBACK = b"Traceback"
ESC, BEL, CSI8 = b"\x1b", b"\x07", "\x9b".encode()
# Keys that answer whatever card comes first: a choice ('1', then Space accepts the
# proposed rating) or a self-graded one (Space reveals, '3' rates Good).
ANY_CARD = "1 3 "


def copy_of_schema1(folder: Path, name: str = "tutor.sqlite3") -> Path:
    """A private copy of the committed schema-1 collection."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(SCHEMA1, target)
    return target


def dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in a stable order: 'nothing changed' means equal dumps."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in tables
        }
    finally:
        conn.close()


def query(db: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def entry_text(title: str, path: str, step: int, next_title: str = "") -> str:
    """A small Markdown entry that gives a handful of cards."""
    word = title.lower()
    follow = f"next: {next_title}\n" if next_title else ""
    return (
        f"---\ntitle: {title}\npath: {path}\nstep: {step}\n{follow}---\n# {title}\n\n"
        f"## In one sentence\nThe {word} is the part that keeps {word} records in order.\n\n"
        f"## Key takeaways\n- {title} = the keeper of {word} records.\n"
        f"- Every {word} record has exactly one owner.\n\n"
        f"## Common misconception\nThat the {word} can be skipped when a project is small.\n\n"
        f"## Pros\n- Makes {word} records easy to find\n\n"
        f"## Cons\n- Costs time to set up the {word}\n"
    )


def write_entries(folder: Path, count: int, path: str = "Crash Path") -> list[Path]:
    """`count` small entries forming one path, one file each."""
    folder.mkdir(parents=True, exist_ok=True)
    titles = [f"Widget{number:03d}" for number in range(count)]
    files = []
    for number, title in enumerate(titles):
        after = titles[number + 1] if number + 1 < count else ""
        file = folder / f"{title.lower()}.md"
        file.write_text(entry_text(title, path, number + 1, after), encoding="utf-8")
        files.append(file)
    return files


def child_env(home: Path, now: str = DAY1, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("FORCE_COLOR", None)
    env.update(TUTOR_HOME=str(home), TUTOR_NOW=now, NO_COLOR="1", TERM="xterm", COLUMNS="100")
    env.update(extra)
    return env


def tutor(
    home: Path, *args: str, now: str = DAY1, keys: bytes = b"", timeout: float = 60
) -> subprocess.CompletedProcess[bytes]:
    """Run `tutor ARGS` in a child process with pipes (not a terminal): raw bytes back."""
    return subprocess.run(
        [sys.executable, "-m", "tutor", *args],
        input=keys,
        capture_output=True,
        env=child_env(home, now),
        timeout=timeout,
        check=False,
    )


def doctor_problems(db: Path) -> list[str]:
    """What `tutor doctor` would report about the file at `db` (empty: sound)."""
    with Store.open(db) as store:
        retention = store.settings().get("desired_retention", 0.9)
        found = examine(store, make_scheduler(retention, fuzz=False))
    return [f"{problem.kind} {problem.subject}: {problem.detail}" for problem in found.problems]
