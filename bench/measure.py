"""Timing: child processes (wall time and peak memory), a pseudo-terminal, in-process probes.

Every figure is taken from separate runs and reported as the median with the fastest and
slowest run. Peak memory is the resident set high-water mark of the measured process
(`ru_maxrss` from wait4, or VmHWM while a terminal program is still running).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Figure:
    """One benchmark's runs, in seconds, and the peak memory of its process in MiB."""

    name: str
    seconds: list[float] = field(default_factory=list)
    peak_mib: float | None = None
    note: str = ""
    skipped: str = ""  # why it was not measured

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def low(self) -> float:
        return min(self.seconds)

    @property
    def high(self) -> float:
        return max(self.seconds)

    @property
    def p99(self) -> float:
        ordered = sorted(self.seconds)
        return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


class BenchError(Exception):
    """A measured command failed: its output says why."""


def python() -> str:
    """The Python every measured process runs: a start without this checkout's editable
    install.

    `pip install -e` leaves an import hook in site-packages that every Python of that
    environment loads as it starts (11 ms of a 22 ms `python -c pass` here); a user's
    `pip install .` has none. Measured with it, every figure carried it, floors
    included, and a ratio to `python -c pass` came out about half of a user's. So the
    measured processes run the Python of an empty virtual environment made for the run,
    and reach this environment's packages through PYTHONPATH, which loads no hook. Where
    no environment can be made, this Python is used and the hook stays in the figures.
    """
    global _PYTHON
    if _PYTHON is None:
        import atexit
        import shutil

        folder = tempfile.mkdtemp(prefix="bench-python-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        made = subprocess.run(
            [sys.executable, "-m", "venv", "--without-pip", folder], capture_output=True
        )
        plain = Path(folder) / "bin" / "python"
        _PYTHON = str(plain) if made.returncode == 0 and plain.exists() else sys.executable
    return _PYTHON


_PYTHON: str | None = None


def warm(env: Mapping[str, str]) -> None:
    """Write the bytecode caches of this checkout's packages, as `pip install` does for a
    user, so that no timed run compiles a module. (`tutor --help` did it until it stopped
    importing the commands, in round 8.)"""
    packages = [str(ROOT / name) for name in ("tutor", "cards", "db")]
    subprocess.run([python(), "-m", "compileall", "-q", *packages], env=env, check=True)


def child_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of a measured process: this checkout first, then this
    environment's packages (see `python`), plain output, UTC.

    Bytecode caches are allowed (a user's install has them), whatever the caller's
    PYTHONDONTWRITEBYTECODE says; `warm()` writes them before anything is timed.
    """
    import site

    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *site.getsitepackages()])
    env["NO_COLOR"] = "1"
    env["TZ"] = "UTC"
    env.update(extra or {})
    return env


def tutor_argv(*args: str) -> list[str]:
    """`tutor ARGS` as the console script runs it, for this checkout."""
    return [python(), "-m", "tutor", *args]


# A small launcher between the bench and each measured process. On Linux a child's peak
# RSS (ru_maxrss) starts at the RSS of the process that forked it, so forking from the
# bench itself (which may have loaded Anki) would inflate every figure; the launcher is a
# bare Python of about 10 MiB. It times the child and prints [seconds, peak KiB, exit].
_LAUNCHER = """
import json, os, sys, time
out = sys.argv[1]
argv = sys.argv[2:]
actions = [
    (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
    (os.POSIX_SPAWN_OPEN, 1, out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
]
start = time.perf_counter()
pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - start
print(json.dumps([seconds, usage.ru_maxrss, os.waitstatus_to_exitcode(status)]))
"""


def run_once(
    argv: Sequence[str],
    env: Mapping[str, str],
    cwd: Path = ROOT,
    allowed_exit: Sequence[int] = (0,),
) -> tuple[float, int, str]:
    """Run a process to its end; (wall seconds, peak RSS in KiB, its stdout).

    Raises BenchError, with the end of its stderr, if it exits with another status than
    `allowed_exit` (`tutor doctor` exits 1 when it finds problems).
    """
    with tempfile.TemporaryDirectory(prefix="bench-run-") as folder:
        output = Path(folder) / "stdout"
        launched = subprocess.run(
            [python(), "-c", _LAUNCHER, str(output), *argv],
            cwd=cwd,
            env=dict(env),
            capture_output=True,
            text=True,
        )
        if launched.returncode != 0 or not launched.stdout.strip():
            raise BenchError(f"launcher failed for {' '.join(argv)}: {launched.stderr[-300:]}")
        seconds, peak_kib, code = json.loads(launched.stdout.strip().splitlines()[-1])
        if code not in allowed_exit:
            tail = launched.stderr.strip().splitlines()[-3:]
            raise BenchError(f"{' '.join(argv)} exited {code}: {' | '.join(tail)}")
        return seconds, peak_kib, output.read_text() if output.exists() else ""


def processes(
    name: str,
    argv: Sequence[str],
    runs: int,
    env: Mapping[str, str],
    before_each: Callable[[], None] | None = None,
    allowed_exit: Sequence[int] = (0,),
) -> Figure:
    """Time `runs` separate runs of a command (after `before_each`, untimed)."""
    figure = Figure(name)
    peak = 0
    for _ in range(runs):
        if before_each is not None:
            before_each()
        seconds, rss, _ = run_once(argv, env, allowed_exit=allowed_exit)
        figure.seconds.append(seconds)
        peak = max(peak, rss)
    figure.peak_mib = peak / 1024
    return figure


def first_screen(
    name: str, argv: Sequence[str], runs: int, env: Mapping[str, str], until: str
) -> Figure:
    """Time from spawning a program in a pseudo-terminal until `until` (a regex) is shown.

    The program sees a real 100x40 terminal, as a learner's does; it is told to quit with
    `q` after each run, and its peak memory is read while it still runs.
    """
    import pexpect

    figure = Figure(name)
    peak = 0
    for _ in range(runs):
        start = time.perf_counter()
        child = pexpect.spawn(
            argv[0],
            list(argv[1:]),
            cwd=str(ROOT),
            env=dict(env),
            encoding="utf-8",
            timeout=120,
            dimensions=(40, 100),
        )
        try:
            child.expect(until)
            figure.seconds.append(time.perf_counter() - start)
            peak = max(peak, _high_water_kib(child.pid))
            # Esc leaves a typed card's field (where q would be typed as the answer), then
            # q quits tutor; the line ends the Anki peer's wait.
            child.send("\x1b")
            time.sleep(0.1)  # apart, or the two read as Alt-q
            child.send("q\r")
            child.expect(pexpect.EOF)
        except pexpect.ExceptionPexpect as error:
            raise BenchError(f"{' '.join(argv)}: {until!r} never appeared: {error}") from None
        finally:
            child.close(force=True)
    figure.peak_mib = peak / 1024
    return figure


def probe(name: str, argv: Sequence[str], env: Mapping[str, str]) -> tuple[Figure, dict[str, Any]]:
    """Run a probe process that times something in-process and prints {"seconds": [...]}.

    Returns its figure (the peak memory is the probe process's) and all it printed.
    """
    _, peak_kib, text = run_once(argv, env)
    values = json.loads(text.strip().splitlines()[-1])
    figure = Figure(name, list(values["seconds"]), peak_kib / 1024, note=values.get("note", ""))
    return figure, values


def _high_water_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0
