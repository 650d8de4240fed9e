"""The end of a session as printed: what was set aside, and where to reread it."""

from __future__ import annotations

import io

from rich.console import Console

from tutor.ui import SetAside, Summary, summary_view


def printed(summary: Summary) -> str:
    console = Console(file=io.StringIO(), width=100, color_system=None)
    console.print(summary_view(summary))
    return console.file.getvalue()  # type: ignore[attr-defined]


def test_a_card_set_aside_names_its_section_and_only_a_section_it_has() -> None:
    summary = Summary(
        done=2,
        right=1,
        seconds=40,
        due_tomorrow=0,
        streak=1,
        flagged=(
            SetAside("c1-aaaa", "What is hydration?", "Hydration", ""),
            SetAside("c1-bbbb", "Why does it matter?", "Hydration", "Why it matters"),
        ),
    )
    text = printed(summary)
    assert "→  Hydration\n" in text or "→  Hydration " in text  # a page's opening: no colon
    assert "Hydration:" not in text.replace("Hydration: Why it matters", "")
    assert "Hydration: Why it matters" in text
