"""`tutor path` and `tutor check`: where you stand on a path, and the gate to the next step."""

from __future__ import annotations
