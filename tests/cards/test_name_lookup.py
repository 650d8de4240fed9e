"""A name is found in a page's text as a case-blind pattern of it finds it.

The parser and the makers look an entry's name up in its own text (a title's kind in the
opening sentence, 'Webhooks are ...', 'a RAID array'). They did it with a pattern built
for each name, compiled afresh for every entry; the lookups that replaced them must find
exactly what those patterns found, whatever the letters: a card that changed with the
speed-up would be a different card for the learner.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cards.makers.context import _verbs_after, _words_after
from cards.text import named_after_article, written_at

# Letters a case-blind pattern pairs in surprising ways (dotted and dotless i, long s,
# the kelvin sign, a letter whose lower case is two), ASCII of both cases, spaces, marks.
LETTERS = st.sampled_from(list("aAiIsSkKeE ,.-'\u0130\u0131\u017f\u212a\u00df\u1e9e\u2014"))
TEXTS = st.lists(
    st.one_of(LETTERS, st.sampled_from(["is ", "are ", " was", "has", "the ", "an "])),
    max_size=30,
).map("".join)
NAMES = st.lists(LETTERS, min_size=1, max_size=4).map("".join)


@settings(max_examples=400, deadline=None)
@given(text=TEXTS, name=NAMES, at=st.integers(min_value=0, max_value=40))
def test_a_name_is_written_where_its_pattern_matches(text: str, name: str, at: int) -> None:
    matched = re.compile(re.escape(name), re.I).match(text, at)
    assert written_at(text, at, name) == (matched.end() if matched else -1)


@settings(max_examples=400, deadline=None)
@given(text=TEXTS, name=NAMES)
@example(text="the  s", name=" s")
def test_a_name_after_an_opening_article_is_where_its_pattern_matches(text: str, name: str) -> None:
    matched = re.match(rf"(?:the|an?)\s+{re.escape(name)}", text, re.I)
    assert named_after_article(text, name) == (matched.end() if matched else -1)


@settings(max_examples=400, deadline=None)
@given(text=TEXTS, name=NAMES)
def test_the_verbs_after_a_name_are_those_its_pattern_finds(text: str, name: str) -> None:
    pattern = rf"\b{re.escape(name)}\s+(is|was|has|does|are|were|have|do)\b"
    expected = [(found.start(), found[1]) for found in re.finditer(pattern, text, re.I)]
    assert _verbs_after(text, name) == expected


@settings(max_examples=400, deadline=None)
@given(text=TEXTS, name=NAMES)
@example(text="the  s k", name=" s")  # a name that opens on a space
@example(text="an  k", name="")
def test_the_words_after_an_articled_name_are_those_its_pattern_finds(text: str, name: str) -> None:
    pattern = rf"\b(?:a|an|the)\s+{re.escape(name)}\s+([a-z]+)"
    assert _words_after(text, name) == re.findall(pattern, text, re.I)


def test_a_plural_name_is_told_by_its_verbs_in_any_case() -> None:
    assert _verbs_after("WEBHOOKS ARE sent. The webhooks were late.", "Webhooks") == [
        (0, "ARE"),
        (23, "were"),
    ]
    assert _verbs_after("Rewebhooks are not webhooks.", "webhooks") == []
