"""`tutor export` (anki, csv, json) and imports of csv and json documents."""

from __future__ import annotations
