"""`tutor backup` and `tutor restore`."""

from __future__ import annotations
