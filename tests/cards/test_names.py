"""NameIndex.find: where the names of known concepts stand in a sentence; and the sentence
helpers the makers share with it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cards.names import NameIndex
from cards.sentences import Wording, split_sentences
from cards.text import may_say

INDEX = NameIndex([("Backend", "server side"), ("API",), ("Web app",), ("Cache",)])


def found(text: str, index: NameIndex = INDEX) -> list[str]:
    return [text[start:end] for start, end in index.find(text)]


def test_names_are_found_whole_and_in_order() -> None:
    text = "The frontend calls the API, and the Backend checks it on the server side."
    assert found(text) == ["API", "Backend", "server side"]


def test_plurals_are_found_but_not_longer_words() -> None:
    assert found("Two backends and three APIs behind web apps.") == ["backends", "APIs", "web apps"]
    assert found("A backendish apiary of webs.") == []


def test_plurals_take_the_ending_english_gives_them() -> None:
    index = NameIndex([("Cache",), ("Box",), ("API",), ("Proxy",), ("Class",), ("Queue",)])
    text = "Caches, boxes, APIs, proxies, classes and queues."
    assert found(text, index) == ["Caches", "boxes", "APIs", "proxies", "classes", "queues"]
    assert found("Cachees and boxs.", index) == []  # no plural of either


def test_a_name_in_capitals_ending_in_s_is_no_plural() -> None:
    index = NameIndex([("DN",), ("HTTP",)])
    assert found("DNS answers over HTTPS.", index) == []
    assert found("Two DNs.", index) == ["DNs"]


def test_a_sentence_naming_nothing_gives_nothing() -> None:
    assert found("Nothing here is known at all.") == []
    assert found("") == []
    assert NameIndex().find("The backend.") == []


def test_a_name_uses_its_words_once() -> None:
    index = NameIndex([("server",), ("server side",), ("side",)])
    # The longest name wins where names overlap, and its words are not found again.
    assert found("The server side and the side.", index) == ["server side", "side"]


def test_names_of_a_base_index_are_found_too() -> None:
    own = NameIndex([("Frontend",)], base=INDEX)
    assert found("The frontend asks the backend.", own) == ["frontend", "backend"]
    assert own.names_of("server side") == ("Backend", "server side")


def test_names_of_many_lengths_sharing_first_words_in_own_and_base() -> None:
    # Each start is looked up only at the lengths of the names that begin with its word:
    # the longest of those that stands there wins, in the index or its base, plural too.
    base = NameIndex([("Load balancer",), ("Load balancer pool size",), ("Pool",)])
    own = NameIndex([("Load",), ("Load test plan",), ("Test",)], base=base)
    text = "Load test plans use load balancer pools, a load and a test of pools."
    assert found(text, own) == [
        "Load test plans",
        "load balancer",
        "pools",
        "load",
        "test",
        "pools",
    ]
    assert found("A load balancer pool size and a load test", own) == [
        "load balancer pool size",
        "load",
        "test",
    ]
    # The same text a second time (remembered) gives the same, in a fresh list.
    first = own.find(text)
    first.append((0, 0))
    assert found(text, own)[0] == "Load test plans"


def test_split_sentences_hands_out_a_fresh_list_each_time() -> None:
    text = "The backend checks. The API answers."
    first = split_sentences(text)
    first.append("changed")
    assert split_sentences(text) == ["The backend checks.", "The API answers."]


def test_a_wording_is_found_whatever_its_case_in_ascii_and_other_text() -> None:
    praise = Wording(r"\b(?:widely used|well[- ]known)\b")
    assert praise.occurs_in("The WIDELY Used tool.")
    assert praise.occurs_in("A Well-Known café.")  # not ASCII: the case-blind pattern
    assert praise.occurs_in("Ein WELL KNOWN Dienst für alle.")
    assert not praise.occurs_in("A well-knowing friend, widely-used.")
    # ASCII 'k' against the Kelvin sign: only the case-blind pattern folds them, as before.
    assert praise.occurs_in("well-\u212anown")
    with pytest.raises(ValueError, match="lower case"):
        Wording(r"\S+ known")


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # The page writes 'a Docker image' inside a sentence: Docker is a name.
        (
            "Docker images are read-only templates a container starts from. A Docker image "
            "is built from a file of instructions.\n",
            "What are Docker images?",
        ),
        # Only ever capitalised where a sentence starts: a common noun.
        (
            "Load balancers are servers that spread requests over a group of servers. A "
            "load balancer also checks that each server still answers.\n",
            "What are load balancers?",
        ),
    ],
)
def test_a_name_met_only_first_in_sentences_keeps_a_capital_the_page_uses_inside_one(
    text: str, asked: str
) -> None:
    import cards
    from cards.parsing import parse_entries

    title = asked.removeprefix("What are ").removesuffix("?")
    (entry,) = parse_entries(f"{title[:1].upper() + title[1:]}\n\n{text}", "page.txt")
    prompts = [card.prompt for card in cards.generate(entry)]
    assert asked in prompts


_NAME_WORDS = ("load", "balancer", "pool", "api", "apis", "cache", "caches", "box", "Boxes", "S")


@settings(max_examples=300, deadline=None)
@given(
    own=st.lists(st.lists(st.sampled_from(_NAME_WORDS), min_size=1, max_size=3), max_size=4),
    below=st.lists(st.lists(st.sampled_from(_NAME_WORDS), min_size=1, max_size=3), max_size=6),
    said=st.lists(st.sampled_from((*_NAME_WORDS, "and", "the", ",")), max_size=14),
)
def test_an_index_on_a_base_finds_what_one_index_of_both_finds(
    own: list[list[str]], below: list[list[str]], said: list[str]
) -> None:
    # An entry's own names stand on the collection's index without copying it: every
    # sentence must name the same concepts, at the same places, as one index of both.
    names = [(" ".join(words),) for words in own]
    others = [(" ".join(words),) for words in below]
    text = " ".join(said)
    stacked = NameIndex(names, base=NameIndex(others))
    assert stacked.find(text) == NameIndex([*names, *others]).find(text)


@settings(max_examples=500, deadline=None)
@given(
    text=st.text(alphabet="abkKsSſ \u212a-'.é", max_size=20),
    literal=st.text(alphabet="abkKsSſ\u212a-é", min_size=1, max_size=4),
)
def test_a_name_said_nowhere_is_never_missed_by_the_quick_look(text: str, literal: str) -> None:
    # The quick look spares compiling a pattern around a name the text cannot hold; it
    # must never say "nowhere" where the pattern, case aside, would find it (the Kelvin
    # sign and the long s are matched by re.I to k and s).
    if not may_say(text, literal):
        assert re.search(re.escape(literal), text, re.I) is None
