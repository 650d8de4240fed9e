"""`tutor doctor`: check the collection and repair what can be repaired."""

from __future__ import annotations
