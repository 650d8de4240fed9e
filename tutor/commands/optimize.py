"""`tutor optimize` and `tutor export revlog`: a memory model fitted to the learner."""

from __future__ import annotations
