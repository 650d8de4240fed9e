"""The processes a test's code started, as /proc lists them."""

from __future__ import annotations

import os
from pathlib import Path


def children(parent: int | None = None, zombies: bool = True) -> list[int]:
    """The children of `parent` (this process by default): running ones, and with
    `zombies` those ended but not yet waited for."""
    parent = os.getpid() if parent is None else parent
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):  # ended while listed
            continue
        if int(fields[1]) == parent and (zombies or fields[0] != "Z"):
            found.append(int(stat.parent.name))
    return found
