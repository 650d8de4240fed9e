"""Cards from notes a learner writes for themselves, in the shapes a new user's were.

A new user wrote three notes in Markdown (Git branches, SQL joins, HTTP status codes) and
got one card from each, one of them wrong: the terms a note defines on the way ('HEAD',
'INNER JOIN'), what a code means, the reasons under 'Why use ...' and the mistake under
'Common mistake' were not asked, or asked wrong. Each note here is our own, written in
the same shapes; what is asserted is what the learner reads on the cards.
"""

from __future__ import annotations

import cards
from cards.parsing import parse, parse_entries
from cards.rules import deck_problems
from cards.sentences import split_sentences

TAGS = """# Git tags

A Git tag is a fixed name for one commit, usually a release. Unlike a branch, a tag never
moves when new commits arrive.

ORIG_HEAD is a pointer Git leaves behind before a risky step, so the step can be undone.
git tag lists every tag the repository holds.

## Pushing

Push sends your tags to the remote only when you ask for them by name or with --tags.

## Why use tags

- to mark the exact commit a release was built from
- to give testers a name they can check out
- to compare two releases by name
"""

INDEXES = """# Database indexes

An index is a sorted copy of some columns that lets the database find rows without reading
every one.

## Kinds of index

A B-TREE INDEX keeps keys in order, so it answers ranges as well as exact matches. A HASH
INDEX answers only exact matches, but answers them in one step. A COVERING INDEX holds
every column a query reads, so the table itself is never touched.
"""

REPLIES = """# Mail reply codes

A mail reply code is a three-digit number a mail server answers each command with.

## The three classes

- 2yz: done, the command worked
- 4yz: try later, something was busy or full
- 5yz: refused for good, do not send it again

## Codes worth knowing

250 OK means the server accepted the command. 550 Unavailable means the mailbox does not
exist, while 552 means it is full.

## Common mistake

Some senders retry a 5yz reply every few minutes. This gets their address blocked, because
servers treat it as abuse.
"""


def deck(text: str) -> dict[str, str]:
    entry = parse(text, "notes.md")
    made = cards.generate(entry, [])
    assert deck_problems(made, entry) == []
    return {card.prompt: card.answer for card in made}


def test_terms_a_note_defines_on_the_way_are_asked() -> None:
    made = deck(TAGS)
    assert made["What is a Git tag?"] == "A fixed name for one commit, usually a release."
    # a name in capitals, defined by a sentence of its own
    assert made["What is ORIG_HEAD?"] == (
        "A pointer Git leaves behind before a risky step, so the step can be undone."
    )
    # the word a one-gerund heading names, said to act
    assert made["What does push do?"].startswith("Sends your tags to the remote")


def test_kinds_written_in_capitals_are_asked_what_they_do() -> None:
    made = deck(INDEXES)
    assert made["What does a B-TREE INDEX do?"].startswith("Keeps keys in order")
    assert made["What does a HASH INDEX do?"].startswith("Answers only exact matches")
    assert made["What does a COVERING INDEX do?"].startswith("Holds every column a query")


def test_a_heading_that_asks_why_over_a_list_is_answered_by_the_list() -> None:
    assert deck(TAGS)["Why use tags?"] == (
        "1. To mark the exact commit a release was built from\n"
        "2. To give testers a name they can check out\n"
        "3. To compare two releases by name"
    )


def test_codes_are_asked_with_what_they_mean() -> None:
    made = deck(REPLIES)
    # 'The three classes' says of what only by the page it is on
    assert made["What are the three classes of mail reply codes?"] == (
        "1. 2yz: done\n2. 4yz: try later\n3. 5yz: refused for good"
    )
    assert made["What does 250 OK mean?"] == "The server accepted the command."
    assert made["What does 550 Unavailable mean?"] == "The mailbox does not exist."


def test_a_mistake_some_make_is_judged_as_a_practice() -> None:
    made = deck(REPLIES)
    assert made["True or false: retrying a 5yz reply every few minutes is fine."] == "False"
    assert not any(prompt.startswith("True or false: some senders") for prompt in made)


def test_a_sentence_may_open_with_a_command_in_lower_case() -> None:
    assert split_sentences("It can be undone. git tag lists every tag.") == [
        "It can be undone.",
        "git tag lists every tag.",
    ]
    assert split_sentences("Tools, e.g. git or npm, help. Trees etc. are fine.") == [
        "Tools, e.g. git or npm, help.",
        "Trees etc. are fine.",
    ]


def test_a_label_run_into_its_definition_defines_it() -> None:
    # A memo's 'Forward proxy: is a server ...' (a real page): refused, 'has no title'.
    entry = parse(
        "Reverse Proxy\nReverse proxy: is a server in front of web servers that passes "
        "each request on and hands back the answer. use for:\n- spreading load\n"
        "- caching pages\n",
        "memo.txt",
    )
    made = {card.prompt: card.answer for card in cards.generate(entry, [])}
    assert made["What is a reverse proxy?"] == (
        "A server in front of web servers that passes each request on and hands back the answer."
    )


def test_a_law_is_asked_what_it_states_and_keeps_its_capitals() -> None:
    # A cheat sheet's lower-case title line over 'CAP theorem states that ...'.
    entry = parse(
        "amdahl law\n\nAmdahl law states that the part of a program that cannot run in "
        "parallel limits how much faster more processors can make it.\n\n- serial part\n"
        "- parallel part\n",
        "cheatsheet.txt",
    )
    assert entry.title == "Amdahl law"
    entry = parse(
        "cap theorem\n\nCAP theorem states that a distributed store can keep at most two of "
        "consistency, availability and partition tolerance.\n",
        "cheatsheet.txt",
    )
    assert entry.title == "CAP theorem"  # as the definition writes it
    made = {card.prompt: card.answer for card in cards.generate(entry, [])}
    # asked what it states, so the answer does not open by repeating the question's name
    assert made["What does the CAP theorem state?"].startswith("That a distributed store")


def test_what_a_thing_is_for_and_who_made_it_known_are_asked() -> None:
    # A new user's baking notes gave one card each: what the note says a thing is for
    # ('The point of X is that ...') and who made it popular went unasked.
    entry = parse(
        "# Cold retard\n\nA cold retard is a long rest of shaped dough in the fridge before "
        "baking.\n\nThe point of a cold retard is that the baker can bake in the morning "
        "without getting up at night.\n\nThe crumb turns more open, and the crust blisters "
        "in the oven.\n\nIt was made popular by Chad Robertson, a San Francisco baker, in "
        "the 2000s.\n",
        "retard.md",
    )
    made = {card.prompt: card.answer for card in cards.generate(entry, [])}
    assert made["What is the point of a cold retard?"] == (
        "The baker can bake in the morning without getting up at night."
    )
    assert made["Who made a cold retard popular?"] == (
        "Chad Robertson, a San Francisco baker, in the 2000s."
    )
    assert deck_problems(list(cards.generate(entry, []))) == []


def test_who_is_asked_only_of_a_named_doer_and_of_the_entry() -> None:
    entry = parse(
        "# Cold retard\n\nA cold retard is a long rest of shaped dough in the fridge before "
        "baking.\n\nThe crust blisters in the oven. It was first described by bakers in "
        "old trade manuals.\n\nThe purpose of the fridge is to slow the yeast down.\n",
        "retard.md",
    )
    prompts = [card.prompt for card in cards.generate(entry, [])]
    assert not [p for p in prompts if p.startswith(("Who ", "What is the purpose"))], prompts


def test_who_came_up_with_it_said_doer_first_is_asked() -> None:
    # A new user's notes: 'William Pugh invented skip lists in 1989 ...' and, under 'Who
    # came up with it', 'Burton Howard Bloom described it in 1970, ...' gave no card.
    entry = parse(
        "# Trie\n\nA trie is a tree that stores strings by their letters, one letter a "
        "level.\n\n## History\n\nRene de la Briandais described it in 1959, in a paper on "
        "file searching.\n",
        "trie.md",
    )
    made = {card.prompt: card.answer for card in cards.generate(entry, [])}
    assert made["Who described a trie?"] == "Rene de la Briandais, in 1959."
    entry = parse(
        "# Tries\n\nA trie is a tree that stores strings by their letters.\n\n"
        "Edward Fredkin coined tries in 1960 and said the word as 'tree'.\n",
        "trie.md",
    )
    made = {card.prompt: card.answer for card in cards.generate(entry, [])}
    assert made["Who coined tries?"] == "Edward Fredkin, in 1960."


def test_one_side_of_a_versus_section_is_neither_a_claim_nor_a_clue() -> None:
    # 'A Bloom filter stores only bits, so it's tiny, but ...' under 'Bloom filter vs hash
    # set' was asked 'What does a Bloom filter do?' -> 'Stores only bits, so it's tiny.';
    # 'The skip list is easier to write, and ...' became a garbled identify card.
    entry = parse(
        "# Trie\n\nA trie is a tree that stores strings by their letters, one letter a "
        "level.\n\n## Trie vs hash table\n\n- A trie keeps keys in order, so it's handy, but "
        "it uses more memory.\n- A hash table finds one key faster.\n\nThe trie is easier to "
        "search by prefix, and autocomplete is just a walk down the tree.\n",
        "trie.md",
    )
    prompts = [card.prompt for card in cards.generate(entry, [])]
    assert not [p for p in prompts if p.startswith(("What does a trie do", "Which concept"))]


def test_a_label_alone_over_its_bullets_opens_its_section() -> None:
    # A new user's note: 'Pros:' and 'Cons:' lines, each over bullets, under '## Pros and
    # cons' gave no card; the same note with '## Pros' and '## Cons' headings gave four.
    entry = parse(
        "# Hub gear\n\nA hub gear is a gear system sealed inside the rear wheel's hub.\n\n"
        "## Pros and cons\n\nPros:\n- Sealed from mud and rain.\n- Shifts while standing "
        "still.\n\nCons:\n- Heavier than a derailleur.\n- Fewer gears to choose from.\n",
        "hub-gear.md",
    )
    made = {card.prompt: card.answer for card in cards.generate(entry, [])}
    assert made["Pro or con of a hub gear: sealed from mud and rain."] == "Pro"
    assert made["Pro or con of a hub gear: heavier than a derailleur."] == "Con"


def test_stuff_and_a_foreign_phrase_are_asked_without_an_article() -> None:
    # A new user's notes asked 'What is a chain lube?' and 'What is a mise en place?'.
    entry = parse(
        "# Bread flour\n\nBread flour is a wheat flour with more protein than plain flour, so "
        "dough made with it rises higher.\n",
        "bread-flour.md",
    )
    prompts = [card.prompt for card in cards.generate(entry, [])]
    assert "What is bread flour?" in prompts
    entry = parse(
        "# Pot au feu\n\nPot au feu is a French dish of beef and vegetables simmered for "
        "hours in one pot.\n",
        "pot-au-feu.md",
    )
    prompts = [card.prompt for card in cards.generate(entry, [])]
    assert "What is pot au feu?" in prompts


def test_a_why_it_works_section_is_asked_why_the_thing_works() -> None:
    # A new user's chess note: '## Why it works' under a fork's definition gave no card.
    entry = parse(
        "# Pin\n\nA pin is a tactic in which a piece cannot move without exposing a more "
        "valuable piece behind it.\n\n## Why it works\n\nThe pinned piece is stuck guarding "
        "the piece behind it. The attacker can then pile more pressure on it.\n",
        "pin.md",
    )
    made = {card.prompt: card.answer for card in cards.generate(entry, [])}
    assert made["Why does a pin work?"] == (
        "The pinned piece is stuck guarding the piece behind it. The attacker can then pile "
        "more pressure on it."
    )


def test_a_label_over_a_sentence_a_line_is_a_section_of_rules() -> None:
    # A new user's castling.txt: 'Rules' over three lines, a rule each; the lines were run
    # into one paragraph ('Rules You may not castle ...'), 'tutor read castling#rules'
    # found no such section, and the rules gave no card.
    entry = parse_entries(
        "Offside\n\nOffside is a rule in football that stops attackers from waiting near "
        "the goal for the ball.\n\nRules\nA player is offside if nearer the goal line than "
        "the ball and the second-last defender.\nBeing offside is only an offence when the "
        "player joins in the play.\nNo one is offside straight from a throw-in.\n\nThe "
        "assistant referee raises a flag to show it.\n",
        "offside.txt",
    )[0]
    rules = next(section for section in entry.sections if section.heading == "Rules")
    assert [item.text for item in rules.items][:3] == [
        "A player is offside if nearer the goal line than the ball and the second-last defender.",
        "Being offside is only an offence when the player joins in the play.",
        "No one is offside straight from a throw-in.",
    ]
    made = {card.prompt: card.answer for card in cards.generate(entry, [])}
    assert made["What are the three rules of offside?"].splitlines()[2] == (
        "3. No one is offside straight from a throw-in"
    )


GLAZING = """# Dipping

Dipping is glazing a fired pot by lowering it into a bucket of glaze for a few seconds.

## How to dip a bowl

1. Stir the glaze until no sludge is left on the bottom.
2. Hold the bowl by its foot and lower it in at an angle.
3. Lift it out after a count of three and shake off the drips.

## How to do it

- Wax the foot first so the glaze will not stick to the kiln shelf.
- Dip once, quickly, for an even coat.

## Compared with brushing

Brushing lays glaze on in strokes that can show after firing; dipping gives one even coat
in seconds but needs a full bucket of glaze.
"""


def test_steps_under_a_how_to_heading_are_asked_as_steps() -> None:
    # A 'How to X' heading over numbered steps was asked 'How do to dip a bowl, in three
    # points?'; steps written as bullets under 'How to do it' gave no card.
    made = {card.prompt: card.answer for card in cards.generate(parse(GLAZING, "dip.md"), [])}
    assert made["How do you dip a bowl, in three steps?"].splitlines() == [
        "1. Stir the glaze until no sludge is left on the bottom",
        "2. Hold the bowl by its foot and lower it in at an angle",
        "3. Lift it out after a count of three and shake off the drips",
    ]
    assert made["What are the two steps of dipping?"].startswith("1. Wax the foot first")
    assert not [prompt for prompt in made if "do to" in prompt]


def test_a_compared_with_heading_asks_how_the_two_differ() -> None:
    made = {card.prompt: card.answer for card in cards.generate(parse(GLAZING, "dip.md"), [])}
    assert made["How does dipping differ from brushing?"] == (
        "Brushing lays glaze on in strokes that can show after firing; dipping gives one "
        "even coat in seconds but needs a full bucket of glaze."
    )


ACCLIMATION = """# Acclimation

Acclimation is letting a new fish adjust slowly to the water of its new tank.

## Salinity vs specific gravity

Both are read before a marine fish goes in. Salinity counts the grams of salt in a
litre; specific gravity compares the water's weight with fresh water's.

## Drip vs float acclimation

- Drip acclimation: tank water drips into the fish's bag for an hour. Best for delicate
  shrimp.
- Float acclimation: the sealed bag floats for fifteen minutes. Quick, but only matches
  the temperature.
"""


def test_a_versus_heading_in_a_note_asks_how_its_two_differ() -> None:
    # A new user's 'pH vs KH' and 'Fishless vs fish-in cycling' sections gave no card.
    made = {
        card.prompt: card.answer
        for card in cards.generate(parse(ACCLIMATION, "acclimation.md"), [])
    }
    assert made["What is the difference between salinity and specific gravity?"] == (
        "Salinity counts the grams of salt in a litre; specific gravity compares the "
        "water's weight with fresh water's."
    )
    assert made["What is the difference between drip acclimation and float acclimation?"] == (
        "Drip acclimation: tank water drips into the fish's bag for an hour.\n"
        "Float acclimation: the sealed bag floats for fifteen minutes."
    )


def test_letters_named_in_full_in_brackets_are_a_term_the_note_defines() -> None:
    # 'KH (carbonate hardness) is the amount of carbonate in the water, ...' in a new
    # user's note on pH gave no card: a name in capitals said to be 'the ...' was taken for
    # a remark ('JSON is the favourite format ...').
    entry = parse(
        "# Water hardness\n\nWater hardness is how much dissolved mineral a water holds.\n\n"
        "## Two readings\n\nGH (general hardness) is the amount of calcium and magnesium in "
        "the water. Snails need some of it for their shells.\n",
        "hardness.md",
    )
    made = {card.prompt: card.answer for card in cards.generate(entry, [])}
    assert made["What is GH?"] == "The amount of calcium and magnesium in the water."


def test_a_how_to_heading_of_one_verb_names_the_entry_and_a_joining_head_is_no_step() -> None:
    entry = parse(
        "# Trimming\n\nTrimming is shaving a leather-hard pot on the wheel to shape its "
        "foot.\n\n## How to Trim\n\n1. Centre the pot upside down on the wheel head.\n"
        "2. Fix it with three lumps of soft clay.\n3. Shave the foot ring with a loop tool."
        "\n\n## How to Check\n\n1. Tap it: a hollow sound means it is thin.\n2. Or: press "
        "the base with a thumb.\n",
        "trimming.md",
    )
    made = {card.prompt: card.answer for card in cards.generate(entry, [])}
    assert made["How do you trim, in three steps?"].startswith("1. Centre the pot")
    assert not [prompt for prompt in made if "check" in prompt.lower()], made


def test_advice_with_its_reason_is_asked_why() -> None:
    # A new user's water-changes note: 'Always add water conditioner ... to tap water,
    # because chlorine and chloramine kill fish and bacteria' and 'Match the temperature
    # ... to avoid shocking the fish' gave no card (the second a blank on 'fish').
    entry = parse(
        "# Bisque firing\n\nA bisque firing is the first, low firing that turns dry clay "
        "into porous pottery.\n\nKey points:\n- Always dry pots fully before loading, "
        "because steam trapped inside can burst a wall\n- Fire slowly through 600 °C to "
        "avoid cracking the thicker pieces\n- Never stack glazed pots in a bisque load\n",
        "bisque.md",
    )
    made = {card.prompt: card.answer for card in cards.generate(entry, [])}
    assert made["Why should you always dry pots fully before loading?"] == (
        "Because steam trapped inside can burst a wall."
    )
    assert made["Why should you fire slowly through 600 °C?"] == (
        "To avoid cracking the thicker pieces."
    )
    assert not [prompt for prompt in made if "stack" in prompt], made  # no reason given


def test_advice_whose_verb_lost_its_object_is_not_asked() -> None:
    entry = parse(
        "# Slab building\n\nSlab building is making pots from flat sheets of rolled clay.\n\n"
        "Key points:\n- Keep away from radiators to avoid cracking the joins\n",
        "slabs.md",
    )
    made = {card.prompt: card.answer for card in cards.generate(entry, [])}
    assert not [prompt for prompt in made if prompt.startswith("Why should you keep")], made


def test_a_lead_naming_its_points_and_a_doing_defined_under_a_longer_title() -> None:
    # A new user's stocking.txt: 'Things to check before buying a fish:' over five points
    # gave no card, and 'What is stocking a tank?' was answered 'Stocking means ...'.
    entry = parse_entries(
        "Glazing a pot\n\nGlazing means coating a fired pot with a thin layer that melts "
        "to glass in the kiln.\n\nThings to check before glazing a pot:\n• dust on the "
        "surface\n• grease from your fingers (wash it off with water)\n• the foot, which "
        "must stay bare\n\nA glaze that runs can weld a pot to the shelf.\n",
        "glazing.txt",
    )[0]
    made = {card.prompt: card.answer for card in cards.generate(entry, [])}
    assert made["What is glazing a pot?"] == (
        "Coating a fired pot with a thin layer that melts to glass in the kiln."
    )
    assert made["What are the three things to check before glazing a pot?"].splitlines() == [
        "1. dust on the surface",
        "2. grease from your fingers (wash it off with water)",
        "3. the foot, which must stay bare",
    ]


BRAKES = """# Tyre levers

Tyre levers are flat plastic hooks that lift a tyre's bead over the rim.

PSI (pounds per square inch) is the unit a pump's gauge reads pressure in.

## Compared with metal tyre levers

Plastic levers bend before they scratch a carbon rim; metal ones last longer.

## Key points

- Never use a screwdriver as a lever, because it tears the tube and gouges the rim.
- Always wipe off the rim tape's dust, because grit under the tube causes slow leaks.
- Hook the second lever two spokes away, so the bead slides off without force.
- Run the lever round the rim to get the whole bead free.

## Why it matters

A pinched tube is the commonest puncture after a home repair.

Things to check before refitting the tyre:
- that there is no thorn left inside the tread of the tyre
- the rim tape covers every spoke hole
- the tube sits inside the tyre all the way round
"""


def test_a_second_new_user_s_note_advice_letters_and_a_checklist() -> None:
    # A second new user's bicycle notes: 'Never use WD-40 as a chain lube, because it is
    # a solvent ...', 'Always wipe off extra lube, because ...', '..., so the pad ...',
    # '... to get more grip', 'What does PSI stand for?', a checklist with a long point,
    # and 'Compared with disc brake pads' under 'Brake pads'.
    made = {card.prompt: card.answer for card in cards.generate(parse(BRAKES, "levers.md"), [])}
    assert made["Why should you never use a screwdriver as a lever?"] == (
        "Because it tears the tube and gouges the rim."
    )
    assert made["Why should you always wipe off the rim tape's dust?"].startswith("Because grit")
    assert made["Why should you hook the second lever two spokes away?"] == (
        "So that the bead slides off without force."
    )
    assert made["Why should you run the lever round the rim?"] == "To get the whole bead free."
    assert made["What does PSI stand for?"] == "Pounds per square inch"
    assert made["What are the three things to check before refitting the tyre?"].startswith(
        "1. that there is no thorn left inside the tread of the tyre"
    )
    # (plastic levers against metal ones: a kind of the entry beside another, which the
    # heading leaves half said)
    assert not [prompt for prompt in made if "differ from metal tyre levers" in prompt], made


TEA = """# Matcha

Matcha is a green tea ground to a fine powder and whisked into hot water.

## Froth

Froth is the pale layer of tiny bubbles that a bamboo whisk beats into the tea.

## Common mistakes

- Whisking in circles, so the tea never froths.
- Using boiling water, which makes the tea taste bitter.
- Sifting no powder before whisking.

## Vocab

- **Chasen**: the bamboo whisk used to beat the tea.
- **Chashaku**: a curved scoop that measures the powder.
- **Koicha**: thick matcha made with less water.
"""


def test_a_third_new_user_s_note_terms_under_their_own_heading_and_a_vocab_list() -> None:
    # A new user's espresso note: '## Crema' / 'Crema is the golden-brown foam ...' and
    # '## Vocab' / '- **Portafilter**: the handle ...' gave no card; 'Using beans roasted
    # the same day, which gives a lot of gassy foam.' was asked 'using beans roasted the
    # same day, which is a mistake.'
    made = {card.prompt: card.answer for card in cards.generate(parse(TEA, "matcha.md"), [])}
    assert made["What is froth?"] == (
        "The pale layer of tiny bubbles that a bamboo whisk beats into the tea."
    )
    assert made["What is a chasen?"] == "The bamboo whisk used to beat the tea."
    assert made["What is a chashaku?"] == "A curved scoop that measures the powder."
    assert made["What is a koicha?"] == "Thick matcha made with less water."
    statements = [prompt for prompt in made if prompt.startswith("True or false")]
    assert "True or false: using boiling water is a mistake." in statements, made
    assert not [prompt for prompt in statements if ", which" in prompt], made


def test_own_questions_under_a_heading_of_one_s_own_are_asked() -> None:
    # A new user's grind-size note: 'Questions I asked myself' over three questions, each
    # answered below it, gave no card until the heading was renamed 'FAQ'.
    entry = parse(
        "Steep time\n\nSteep time is how long the leaves sit in the water before they are "
        "taken out.\n\nQuestions I asked myself\n\nWhy does a long steep taste bitter?\n"
        "Because the leaves give up their tannins last, after the sweeter compounds.\n\n"
        "Does cold water need a longer steep?\nYes, cold brewing takes six to eight hours.\n",
        "steep-time.txt",
    )
    made = {card.prompt: card.answer for card in cards.generate(entry, [])}
    assert made["Why does a long steep taste bitter?"].startswith("Because the leaves")
    assert made["Does cold water need a longer steep?"].startswith("Yes, cold brewing")
    # a measure is said bare, as the note says it ('Steep time is how long ...')
    assert made["What is steep time?"].startswith("How long the leaves sit"), made


def test_a_glossary_gloss_written_small_is_answered_with_a_capital() -> None:
    # 'Channeling — when water finds an easy path ...' was answered 'when water finds ...'.
    entries = parse_entries(
        "# Tea words\n\n**Stewing** — when tea is left on its leaves so long that it turns "
        "harsh.\n\n**Flush** — one of the harvests of a tea bush in a year.\n\n**Liquor** — "
        "the brewed tea itself, as tasters call it.\n",
        "tea-words.md",
    )
    answers = [card.answer for entry in entries for card in cards.generate(entry, entries)]
    assert "When tea is left on its leaves so long that it turns harsh." in answers, answers
    assert not [answer for answer in answers if answer[:1].islower()], answers
