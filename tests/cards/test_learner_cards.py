"""Cards a new learner judged wrong on the built-in path, and the rules that now prevent them.

Each page here is written in our own words and has the shape of a built-in page the
learner met (a predicate of several verbs, an answer pointing back to a sentence the card
does not show, a claim said of a narrower name, ...). What is asserted is what the
learner reads on the card.
"""

from __future__ import annotations

from pathlib import Path

import cards
from cards import Answering
from cards.cloze import find_blank
from cards.makers.claim_shapes import verb_claim
from cards.names import NameIndex
from cards.parsing import read_entries
from cards.rules import deck_problems

KETTLE = """---
title: Kettle
path: Kitchen Basics
step: 1
aliases: [water boiler, boiler]
---
# Kettle

A pot with a spout and a lid for heating water.

## In one sentence
A kettle is a closed pot that heats water quickly and pours it through a spout.

## In plain language
Cooks need hot water many times a day, and a pan on the stove is slow to boil and awkward
to pour. A kettle supplies those needs: a narrow spout that pours without spilling and a lid
that keeps the heat in.

The kettle waits for a press of its switch, heats the water, and clicks off once the water boils.

The water boiler can fill a cup, warm it, rinse it and clean it, but it cannot brew the tea
by itself.

A boiler is used to warm water for tea, soup and washing up.
"""

TOASTER = """---
title: Toaster
path: Kitchen Basics
step: 2
---
# Toaster

A box that browns bread.

## In one sentence
A toaster is a small box of hot wires that browns slices of bread on both sides.
"""


def deck(text: str, *others: str) -> list[cards.Card]:
    entry = cards.parse(text, "entry.md")
    siblings = [cards.parse(other, f"other{n}.md") for n, other in enumerate(others)]
    made = cards.generate(entry, siblings)
    assert deck_problems(made, entry) == []
    return made


def asked(made: list[cards.Card]) -> dict[str, str]:
    return {card.prompt: card.answer for card in made}


def test_a_predicate_of_several_verbs_is_asked_whole() -> None:
    made = asked(deck(KETTLE, TOASTER))
    # Not 'What does the kettle wait for?' -> 'A press of its switch, heats the water, ...'
    assert made["What does a kettle do?"] == (
        "Waits for a press of its switch, heats the water, and clicks off once the water boils."
    )
    assert not any(prompt.startswith("What does a kettle wait") for prompt in made)


def test_a_modal_predicate_of_several_verbs_is_asked_whole_without_its_but() -> None:
    made = asked(deck(KETTLE, TOASTER))
    assert made["What can the water boiler do?"] == "Fill a cup, warm it, rinse it and clean it."
    assert not any(prompt.startswith("What can the water boiler fill") for prompt in made)


def test_a_further_verb_after_and_makes_a_series_too() -> None:
    assert verb_claim("warms water and keeps steam inside", "a boiler", False) == (
        "does",
        "What does a boiler do?",
        "Warms water and keeps steam inside.",
    )
    # A list of nouns is no series: 'stores cups and plates' asks what it stores.
    assert verb_claim("stores cups, bowls and plates", "a cupboard", False) == (
        "does store",
        "What does a cupboard store?",
        "Cups, bowls and plates.",
    )


def test_an_answer_pointing_back_to_an_unseen_sentence_is_not_asked() -> None:
    made = deck(KETTLE, TOASTER)
    for card in made:
        assert "those needs" not in card.prompt + card.answer, card


def test_a_claim_said_of_another_name_is_asked_of_that_name() -> None:
    # 'What does auth do?' -> 'Asks "who are you?"' was half of what auth does: the page
    # said it of authentication.
    made = asked(deck(KETTLE, TOASTER))
    assert made["What is a boiler used for?"] == "To warm water for tea, soup and washing up."
    assert "What is a kettle used for?" not in made


PANTRY = """---
title: Pantry
path: Kitchen Basics
step: 3
---
# Pantry

A cool cupboard for food that keeps.

## In one sentence
A pantry is a cool, dark cupboard where a household keeps food that lasts for months.

## In plain language
When you visit a bakery, the loaves on show are only part of the story.

The pantry does not keep the bakery's fresh loaves or set their prices. It holds what lasts.

Pantries work best for permanent stock that stays good for months: rice, flour and tins.

## Pros
- Keeps food out of the light, so it lasts longer
- Shows every jar at a glance, which makes it a pleasant place to start learning to cook

## Cons
- Takes up room that a small kitchen may not have
"""


def test_a_word_explained_by_what_follows_is_not_turned_round() -> None:
    # 'CDNs work best for dynamic files that are the same for everyone' contradicted itself.
    made = deck(PANTRY, KETTLE, TOASTER)
    for card in made:
        assert "temporary" not in card.prompt, card


def test_a_statement_about_a_thing_introduced_elsewhere_is_not_asked() -> None:
    made = deck(PANTRY, KETTLE, TOASTER)
    for card in made:
        assert "bakery's" not in card.prompt, card


def test_a_pro_for_the_learner_is_no_pro_of_the_concept() -> None:
    made = asked(deck(PANTRY, KETTLE, TOASTER))
    pro = "Pro or con of a pantry: keeps food out of the light, so it lasts longer."
    assert made[pro] == "Pro"
    assert not any("start learning" in prompt for prompt in made)


def test_the_right_hand_side_of_an_equation_is_recalled_not_typed() -> None:
    # 'Database = the ____ of an application.' -> 'organised, searchable memory' was typed.
    text = KETTLE.replace(
        "## In plain language",
        "## Key takeaways\n- Kettle = the quick, tidy helper of a busy kitchen.\n\n"
        "## In plain language",
    )
    made = {card.prompt: card for card in deck(text, TOASTER)}
    card = made["Kettle = the ____ of a busy kitchen."]
    assert card.answer == "quick, tidy helper"
    assert card.answering is Answering.SELF
    assert card.accepted == ()


def test_a_blank_after_every_is_not_asked() -> None:
    # 'every ____ that calls it' (frontend): any caller fits; 'Every ____ answer' (DNS).
    concepts = NameIndex([("kettle",), ("toaster",)])
    for sentence in ("Unplug every toaster that sits near the sink.", "Each kettle lid is dried."):
        blank = find_blank(sentence, concepts)
        assert blank is None or blank.answer not in ("toaster", "kettle"), blank


def test_an_everyday_noun_or_a_clause_at_the_end_is_no_blank() -> None:
    # '... on the user's own ____' -> device, '... before every ____' -> use: other words fit.
    assert find_blank("The cook wipes the counter before every use.") is None
    assert find_blank("The kettle heats the water on the cook's own device.") is None
    assert find_blank("Every kettle clicks off at the boil, so nothing boils dry.") is None
    # A term at the end is still asked.
    blank = find_blank("A toaster browns bread with glowing filaments.")
    assert blank is not None and blank.answer == "glowing filaments"


FAQ = """---
title: Oven
path: Kitchen Basics
step: 4
---
# Oven

A hot box for baking.

## In one sentence
An oven is an insulated box that heats food with dry air from all sides.

## FAQ
### What happens when I bake a loaf?
First the oven heats the air around the dough. The crust then browns and hardens, and the
inside finally sets as the water leaves it. Bakers call this the bake.

### Why is my cake still pale after the timer rings?
The oven ran cooler than its dial said. Put a thermometer on the middle shelf and set the
dial by what it reads.

### Is an oven the same as a grill?
No. A grill heats from one side only, close to the food.
"""


def test_a_faq_answer_keeps_its_steps_and_its_fix() -> None:
    # 'What happens when I type a web address?' -> 'First DNS turns the name ...' alone.
    made = asked(deck(FAQ, KETTLE, TOASTER))
    assert made["What happens when I bake a loaf?"] == (
        "First the oven heats the air around the dough. The crust then browns and hardens, "
        "and the inside finally sets as the water leaves it."
    )
    assert made["Why is my cake still pale after the timer rings?"] == (
        "The oven ran cooler than its dial said. Put a thermometer on the middle shelf and "
        "set the dial by what it reads."
    )
    assert made["Is an oven the same as a grill?"] == (
        "No. A grill heats from one side only, close to the food."
    )


def test_the_common_words_of_one_glossary_are_asked_alike(tmp_path: Path) -> None:
    # 'What is Throughput?' stood beside 'What is latency?' (terms of one glossary file).
    speed = tmp_path / "speed-words.md"
    speed.write_text(
        "# Speed words\n\n"
        "Latency: The time one request takes to travel there and back.\n"
        "Throughput: How many requests a system completes each second.\n"
        "Bandwidth: The most data a link can carry in a second.\n"
        "Jitter: How much the wait for one request differs from the next.\n"
    )
    prompts = {card.prompt for entry in read_entries(speed) for card in cards.generate(entry)}
    assert {"What is latency?", "What is throughput?", "What is jitter?"} <= prompts
    # Names of products keep their capital where few of the terms are common words.
    tools = tmp_path / "box-tools.md"
    tools.write_text(
        "# Box tools\n\n"
        "Docker: A program that packs an app and its files into a container.\n"
        "Podman: A program like Docker that runs each container without a daemon.\n"
        "Kubernetes: A system that starts and moves containers across many machines.\n"
        "Container: A packed app with its files, run apart from the rest of the machine.\n"
    )
    prompts = {card.prompt for entry in read_entries(tools) for card in cards.generate(entry)}
    assert {"What is Docker?", "What is Podman?", "What is a container?"} <= prompts


def test_the_common_words_of_a_glossary_under_headings_are_asked_alike(tmp_path: Path) -> None:
    garden = tmp_path / "garden-words.md"
    garden.write_text(
        "# Garden words\n\n"
        "## Seed\nA small part of a plant from which a new plant grows.\n\n"
        "## Sprout\nA young plant just out of its seed.\n\n"
        "## Shoot\nA new stem that grows from a sprout.\n\n"
        "## Trowel\nA hand tool for digging small holes.\n"
    )
    prompts = {card.prompt for entry in read_entries(garden) for card in cards.generate(entry)}
    asked = {"What is a seed?", "What is a sprout?", "What is a shoot?", "What is a trowel?"}
    assert asked <= prompts


# -- a new learner's own notes -------------------------------------------------------


def test_a_note_defining_the_last_word_of_its_title_gives_its_definition(tmp_path: Path) -> None:
    # The title names the topic, the first sentence the thing: it was taken for a tagline,
    # and the note gave no card at all (its step then locked the rest of its path).
    note = tmp_path / "tokens.md"
    note.write_text(
        "# Bearer tokens\n\n"
        "A token is a short string a server hands out so a client can prove later who it is.\n\n"
        "Tokens travel in a request header on every call.\n",
        encoding="utf-8",
    )
    (entry,) = read_entries(note)
    assert "token" in entry.names
    deck = cards.generate(entry)
    (definition,) = [card for card in deck if card.kind is cards.CardKind.DEFINITION]
    assert definition.prompt == "What are bearer tokens?"
    assert definition.answer.startswith("A short string a server hands out")


def test_a_glossary_line_in_lowercase_gives_an_answer_that_reads_as_one(tmp_path: Path) -> None:
    glossary = tmp_path / "terms.md"
    glossary.write_text(
        "# Storage terms\n\n"
        "**Throughput**: the amount of work a disk finishes in one second.\n\n"
        "**Seek time**: the wait while the disk's head moves to the right track.\n\n"
        "**Block**: the smallest piece a disk reads or writes at once.\n",
        encoding="utf-8",
    )
    entries = {entry.title: entry for entry in read_entries(glossary)}
    (throughput,) = cards.generate(entries["Throughput"])
    assert throughput.answer == "The amount of work a disk finishes in one second."


def test_cross_is_written_x_in_an_abbreviation(tmp_path: Path) -> None:
    glossary = tmp_path / "attacks.md"
    glossary.write_text(
        "# Attacks\n\n## XSS\n\n"
        "Cross-site scripting (XSS) is an attack that runs a stranger's script on a page.\n\n"
        "## Phishing\n\nPhishing is a lure that gets a person to hand over a password.\n",
        encoding="utf-8",
    )
    entries = {entry.title: entry for entry in read_entries(glossary)}
    answers = {card.prompt: card.answer for card in cards.generate(entries["XSS"])}
    assert answers["What is XSS?"] == "An attack that runs a stranger's script on a page."
    assert answers["What does XSS stand for?"] == "Cross-site scripting"
