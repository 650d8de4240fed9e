"""`tutor stats`: progress you can see."""

from __future__ import annotations
