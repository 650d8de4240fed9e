"""A worker of an import killed by the system (out of memory, say) stops the import with
one line: nothing imported, no traceback, no process left, where the import used to wait
for the lost worker's cards for ever."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.support import DAY1, child_env, query
from tests.processes import children
from tutor import workers


def running_on(folder: Path) -> list[int]:
    """The processes whose command line names `folder` (an import of it and its workers)."""
    found = []
    for process in Path("/proc").glob("[0-9]*"):
        try:
            if str(folder).encode() in (process / "cmdline").read_bytes():
                found.append(int(process.name))
        except OSError:  # gone in the meantime
            continue
    return found


@pytest.mark.skipif(workers.cores() < 2, reason="one core: no workers to lose")
def test_an_import_whose_worker_is_killed_says_so_in_one_line_and_imports_nothing(
    _isolated_home: Path, tmp_path: Path
) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from bench.bench_cards import write_entries

    folder = tmp_path / "notes"
    folder.mkdir()
    write_entries(folder, 400)
    env = child_env(_isolated_home, DAY1)
    subprocess.run([sys.executable, "-m", "tutor", "config"], env=env, capture_output=True)
    collection = "SELECT (SELECT group_concat(key || content_hash) FROM entry), count(*) FROM card"
    before = query(_isolated_home, collection)
    importing = subprocess.Popen(
        [sys.executable, "-m", "tutor", "import", str(folder)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for _ in range(12_000):  # its workers come within a second; a minute at most
            found = children(importing.pid, zombies=False)
            if found or importing.poll() is not None:
                break
            time.sleep(0.005)
        assert found, "the import never forked its workers"
        os.kill(found[0], signal.SIGKILL)
        _out, err = importing.communicate(timeout=120)
    finally:
        importing.kill()
    assert importing.returncode == 1, err
    assert err.splitlines() == [
        "tutor: a worker process stopped unexpectedly (killed, or out of memory); "
        "nothing imported; the collection is as it was"
    ]
    assert query(_isolated_home, collection) == before
    assert running_on(folder) == []
