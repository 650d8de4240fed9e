"""Cards asked from the sentences of real glossary entries and beginner pages.

Each text here is written in our own words and reproduces a trait met in the
development corpus (bench/corpus/SOURCES.tsv): a blurb above the definition, a simile
before the literal definition, a definition that ends in a colon and goes on in bullets,
claims about the entry in any verb, kinds of the entry defined on the way, counted lists
inside one sentence, lists introduced by a sentence, and pages saved with the wrong
charset. What is asserted is what the learner would read on the card.
"""

from __future__ import annotations

import cards
from cards import CardKind
from cards.defining import expansion_of
from cards.parsing import parse_entries
from cards.rules import deck_problems
from cards.text import repair_mojibake


def deck(text: str, file: str = "entry.md") -> list[cards.Card]:
    entry = cards.parse(text, file)
    made = cards.generate(entry)
    assert deck_problems(made, entry) == []
    return made


def asked(made: list[cards.Card]) -> dict[str, str]:
    return {card.prompt: card.answer for card in made}


def test_utf8_read_through_a_windows_code_page_is_read_again() -> None:
    # A page saved as Windows-874 (Thai) or Windows-1252 shows emoji and quotes as
    # letter salad; the text is what the author typed.
    assert repair_mojibake("\u0e50\u0178\u0161\u20ac What Is Git?") == "🚀 What Is Git?"
    assert repair_mojibake("It\u00e2\u20ac\u2122s fine") == "It’s fine"
    # Real accented and Thai text is left as it is.
    assert repair_mojibake("café crème") == "café crème"
    assert repair_mojibake("ภาษาไทย") == "ภาษาไทย"


def test_a_blurb_is_no_definition_and_a_later_heading_gives_the_real_one() -> None:
    text = (
        "What Is Rsync? A Gentle Guide\n\n"
        "Learn what rsync is, how it saves bandwidth, and when to use it.\n\n"
        "If you have ever copied a folder twice, you know the pain.\n\n"
        "\u0e50\u0178\u0161\u20ac What Is Rsync?\n\n"
        "Rsync is a file copying tool that sends only the parts of files that changed.\n\n"
        "It keeps two folders alike over a slow link.\n"
    )
    made = asked(deck(text, "rsync.txt"))
    assert made["What is rsync?"].startswith("A file copying tool that sends only the parts")
    assert not any("Learn what" in answer for answer in made.values())
    assert not any("\u0e50" in prompt or "\u0178" in prompt for prompt in made)


def test_a_simile_gives_way_to_the_literal_definition_and_becomes_its_own_card() -> None:
    text = (
        "# Load balancer\n\n"
        "A load balancer is like a host at a busy restaurant. "
        "A load balancer is a server that spreads incoming requests across a pool of "
        "machines.\n"
    )
    made = asked(deck(text))
    assert made["What is a load balancer?"] == (
        "A server that spreads incoming requests across a pool of machines."
    )
    # the image asks for the concept it stands for, not the other way round
    assert made["Which concept is like a host at a busy restaurant?"] == "Load balancer"
    assert not any("compared to" in prompt for prompt in made)


def test_a_simile_alone_is_asked_as_an_image_not_as_what_the_thing_is() -> None:
    # 'What is a router?' -> 'Like a post office ...' was judged incomplete by every strict
    # reader: it says what a router resembles, not what it is.
    made = asked(deck("# Router\n\nA router is like a post office sorting letters by town.\n"))
    assert "What is a router?" not in made
    assert made["Which concept is like a post office sorting letters by town?"] == "Router"


def test_a_definition_ending_in_a_colon_takes_its_bullets_into_the_answer() -> None:
    text = (
        "# Wheel file\n\n"
        "A wheel file is a ready-to-install Python package that holds:\n\n"
        "- the module's code\n"
        "- its metadata\n"
        "- and any compiled extensions\n"
    )
    made = asked(deck(text))
    assert made["What is a wheel file?"] == (
        "A ready-to-install Python package that holds: the module's code; its metadata; "
        "any compiled extensions."
    )


def test_a_plural_name_is_asked_in_the_plural() -> None:
    text = (
        "# Webhooks\n\nWebhooks are messages one server sends another when an event occurs. "
        "Many services offer webhooks instead of asking you to poll.\n"
    )
    assert "What are webhooks?" in asked(deck(text))


def test_claims_about_the_entry_are_asked_with_their_own_verb() -> None:
    text = (
        "# Zip\n\n"
        "Zip is a file format that packs many files into one smaller archive. "
        "Although it is old, zip is especially useful for sending folders by mail. "
        "It can hold files of any type together with their folder names. "
        "Zip is supported on every desktop system because its specification was "
        "published freely long ago.\n\n"
        "## Details\n\n"
        "Zip archives are used to ship software for download.\n"
    )
    made = asked(deck(text))
    assert made["What is zip especially useful for?"] == "Sending folders by mail."
    assert made["What can zip hold?"] == "Files of any type together with their folder names."
    assert made["Why is zip supported on every desktop system?"] == (
        "Its specification was published freely long ago."
    )


def test_used_to_answers_with_an_infinitive() -> None:
    text = (
        "# Beacon\n\nA beacon is a tiny request a page sends as it closes. "
        "Beacons are used to report what a visitor did before leaving the page.\n"
    )
    made = asked(deck(text))
    assert made["What are beacons used for?"] == (
        "To report what a visitor did before leaving the page."
    )


def test_kinds_of_the_entry_defined_on_the_way_get_their_own_question() -> None:
    text = (
        "# Widget\n\n"
        "A widget is a small building block of a user interface.\n\n"
        "## Kinds\n\n"
        "A stateless widget is a widget that never changes after it is drawn. "
        "A stateful widget is a widget that redraws itself when its data changes. "
        "Widget trees can also be very deep.\n"
    )
    made = asked(deck(text))
    assert made["What is a stateless widget?"] == "A widget that never changes after it is drawn."
    assert made["What is a stateful widget?"] == (
        "A widget that redraws itself when its data changes."
    )
    assert not any(prompt.startswith("What is Widget trees") for prompt in made)


def test_a_sentence_that_counts_and_lists_asks_for_the_list() -> None:
    text = (
        "# Index\n\nAn index is a sorted copy of some columns that makes lookups fast.\n\n"
        "There are two kinds of index scans in most engines: seeks and range scans.\n"
    )
    made = deck(text)
    (card,) = [c for c in made if c.kind is CardKind.LIST]
    assert card.prompt == "What are the two kinds of index scans in most engines?"
    assert card.answer == "1. seeks\n2. range scans"


def test_a_list_introduced_by_a_sentence_is_asked_by_that_sentence() -> None:
    text = (
        "# Password hash\n\n"
        "A password hash is the stored form of a password that cannot be turned back.\n\n"
        "## Good password hashes\n\n"
        "To resist guessing, a password hash must be:\n\n"
        "- slow: each guess costs real time\n"
        "- salted: the same password hashes differently for two users\n"
        "- tunable: its cost can grow as machines get faster\n"
    )
    made = deck(text)
    (card,) = [c for c in made if c.kind is CardKind.LIST]
    assert card.prompt == (
        "Which three points finish the sentence “To resist guessing, a password hash must be …”?"
    )
    assert card.answer == "1. slow\n2. salted\n3. tunable"


def test_examples_and_analogies_are_no_list_to_learn_whole() -> None:
    text = (
        "# Proxy\n\nA proxy is a server that makes requests on behalf of its clients.\n\n"
        "## Around it\n\n"
        "Think of a proxy as a receptionist with three duties:\n\n"
        "- answering\n- forwarding\n- refusing\n\n"
        "Teams put proxies in front of many services, such as:\n\n"
        "- mail\n- chat\n- storage\n"
    )
    assert not [c for c in deck(text) if c.kind is CardKind.LIST]


def test_the_definition_s_own_article_names_the_entry() -> None:
    made = asked(
        deck(
            "# Callback\n\nA callback is a function handed to another function to be "
            "called later.\n\nThe callback runs when the work is done.\n"
        )
    )
    assert "What is a callback?" in made
    made = asked(
        deck(
            "---\ntitle: DOM (Document Object Model)\n---\n\nThe **DOM** (Document Object "
            "Model) is an interface that shows a page to scripts as a tree of nodes.\n"
        )
    )
    assert made["What is the DOM?"].startswith("An interface that shows a page")


def test_the_term_x_refers_to_is_a_definition() -> None:
    text = (
        "# Idle\n\nThe term idle refers to a process that waits without using the "
        "processor at all.\n"
    )
    assert asked(deck(text))["What is idle?"].startswith("A process that waits")


def test_a_claim_whose_object_points_elsewhere_is_not_asked() -> None:
    text = (
        "# Resolver\n\nA resolver is the program that looks up names for your computer. "
        "The resolver simply translates it for us, every single time we browse.\n"
    )
    assert not any("translate" in prompt for prompt in asked(deck(text)))


def test_a_circular_definition_gives_way_to_one_that_explains() -> None:
    text = (
        "# Message broker\n\n"
        "A message broker is a broker of messages. "
        "It is a server that holds messages from senders until their readers are ready.\n"
    )
    made = asked(deck(text))
    assert made["What is a message broker?"] == (
        "A server that holds messages from senders until their readers are ready."
    )


def test_a_bare_definition_takes_the_sentence_saying_what_it_does() -> None:
    text = (
        "# Mirror\n\nA mirror is a copy of a site on other servers. These copies answer "
        "visitors near them so that the first site carries less load.\n"
    )
    assert asked(deck(text))["What is a mirror?"] == (
        "A copy of a site on other servers. These copies answer visitors near them so "
        "that the first site carries less load."
    )


def test_the_definition_is_not_asked_again_turned_round() -> None:
    siblings = [
        cards.parse(f"# {name}\n\nA {name.lower()} is a {kind}.\n", f"{name}.md")
        for name, kind in (
            ("Switch", "box that joins cables"),
            ("Router", "box that joins networks"),
        )
    ]
    entry = cards.parse(
        "# Firewall\n\nA firewall is a system that filters network traffic.\n", "fw.md"
    )
    made = cards.generate(entry, siblings)
    assert [card.prompt for card in made] == ["What is a firewall?"]


def test_a_page_s_contrasts_are_asked() -> None:
    text = (
        "# Snapshot\n\nA snapshot is a saved picture of a disk at one moment.\n\n"
        "## More\n\n"
        "Unlike a full backup, a snapshot shares unchanged blocks with the live disk.\n"
    )
    made = asked(deck(text))
    assert made["How does a snapshot differ from a full backup?"] == (
        "A snapshot shares unchanged blocks with the live disk."
    )


def test_a_comparison_page_asks_each_definition_and_no_glued_difference() -> None:
    # Three blind readers judged 'What is the difference between A and B?' -> 'A: ...;
    # B: ...' a duplicate of the two definition cards: it is no longer made.
    text = (
        "# Parsing vs Validation\n\n"
        "## Parsing\n\nParsing is turning text into a structure a program can use.\n\n"
        "## Validation\n\nValidation is checking that a structure obeys the rules.\n"
    )
    entries = parse_entries(text, "pv.md")
    assert [e.title for e in entries] == ["Parsing", "Validation"]
    first = asked(cards.generate(entries[0], entries))
    second = asked(cards.generate(entries[1], entries))
    assert first["What is parsing?"] == "Turning text into a structure a program can use."
    assert second["What is validation?"] == "Checking that a structure obeys the rules."
    assert not any("difference" in prompt for prompt in (*first, *second))


def test_two_wordings_of_one_question_are_one_card() -> None:
    text = (
        "# Queue\n\nA queue is a line of jobs waiting for a worker.\n\n"
        "Queues hold jobs until a worker is free.\n\n"
        "## FAQ\n\n### What does a queue actually hold?\n\nJobs, in the order they came.\n"
    )
    prompts = [card.prompt for card in deck(text)]
    assert (
        prompts.count("What do queues hold?") + prompts.count("What does a queue actually hold?")
        == 1
    )


def test_a_clause_heading_over_a_list_becomes_a_question() -> None:
    text = (
        "# Tester\n\nA tester is a person who checks software before users see it.\n\n"
        "## What testers look for\n\n"
        "- crashes on odd input\n- slow screens\n- wrong totals\n- missing labels\n"
    )
    made = deck(text)
    (card,) = [c for c in made if c.kind is CardKind.LIST]
    assert card.prompt == "What do testers look for, in four points?"


def test_a_claim_answer_stops_before_a_second_claim() -> None:
    text = (
        "# Proxy cache\n\nA proxy cache is a shared store of web responses. "
        "Proxy caches are used to cut repeated downloads, and can be run by schools or "
        "offices.\n"
    )
    assert asked(deck(text))["What are proxy caches used for?"] == "To cut repeated downloads."


def test_a_verb_title_defined_by_its_gerund_is_asked_by_the_gerund() -> None:
    text = "# Minify\n\n**Minifying** is the removal of spaces and comments from shipped code.\n"
    assert "What is minifying?" in asked(deck(text))


def test_a_plural_subject_asks_what_they_do_in_lowercase() -> None:
    # (asked as the singular's 'What does a bookmark do?' is, not 'What are bookmarks?'
    # answered by the whole sentence, its subject included)
    text = "# Bookmark\n\nBookmarks keep the address of a page so a reader can come back later.\n"
    made = asked(deck(text))
    assert made["What do bookmarks do?"] == (
        "Keep the address of a page so a reader can come back later."
    )


def test_a_statement_with_a_plain_opposite_is_judged_true_or_false() -> None:
    text = (
        "# Telnet\n\nTelnet is a protocol for typing commands on a distant machine.\n\n"
        "## Today\n\nTelnet is an insecure protocol that sends passwords as plain text.\n"
    )
    made = [c for c in deck(text) if c.kind is CardKind.TRUEFALSE]
    (card,) = made
    assert card.explanation == "Telnet is an insecure protocol that sends passwords as plain text."
    # Turned round, with its article mended, to be judged false.
    assert card.prompt == (
        "True or false: Telnet is a secure protocol that sends passwords as plain text."
    )
    assert card.answer == "False"


def test_a_word_that_qualifies_something_else_is_not_turned_round() -> None:
    # 'static' belongs to the assets, not to the mirror: a mirror that saves work for
    # dynamic files too is nothing the page rules out.
    text = (
        "# Mirror\n\nA mirror is a second server that holds a copy of another's files.\n\n"
        "## Why\n\nMirrors are used widely for large downloads.\n\n"
        "- Using a mirror saves further work for static files on your own machines.\n"
    )
    assert not [c for c in deck(text) if c.kind is CardKind.TRUEFALSE]


def test_a_definition_by_what_it_does_is_not_passed_over_for_its_examples() -> None:
    # The first sentence names the entry once, as its subject: that is no circle, and the
    # examples after it are no definition.
    text = (
        "# Query string\n\n## Definition\n\nA query string carries extra values at the end "
        "of a web address. Common ones include page numbers and search words.\n"
    )
    made = asked(deck(text))
    assert made["What does a query string do?"] == (
        "Carries extra values at the end of a web address."
    )


def test_an_abbreviation_said_letter_by_letter_takes_its_article_by_sound() -> None:
    text = "# HTTP header\n\nAn HTTP header is a named line of data sent before a message body.\n"
    assert "What is an HTTP header?" in asked(deck(text))


def test_no_statement_is_turned_round_on_the_entry_s_own_name_or_a_quote() -> None:
    text = (
        "# Asynchronous\n\nAsynchronous describes work that does not wait for other work.\n\n"
        "## More\n\nAsynchronous code is common in servers that handle many users. "
        'The word "synchronous" is its opposite.\n'
    )
    assert not [c for c in deck(text) if c.kind is CardKind.TRUEFALSE]


def test_a_claim_under_a_condition_asks_what_happens_then() -> None:
    text = (
        "# Circuit breaker\n\nA circuit breaker is a guard that stops calls to a failing "
        "service.\n\n## Behaviour\n\nWhen errors pass a limit, the circuit breaker "
        "rejects new calls for a short while. When the pause ends, the circuit breaker "
        "lets one call through to one of those services.\n"
    )
    made = asked(deck(text))
    assert made["What does the circuit breaker do when errors pass a limit?"] == (
        "Rejects new calls for a short while."
    )
    assert not any("when the pause ends" in prompt for prompt in made)


def test_a_pasted_dictionary_page_defines_its_headword_without_naming_it() -> None:
    # The title line, then the definition with its subject left out, as dictionaries do.
    text = (
        "Routing table\n\n"
        "The set of rules a router reads to decide where each packet goes next.\n\n"
        "Related: router, gateway\n"
    )
    made = asked(deck(text, "routing.txt"))
    assert made["What is a routing table?"] == (
        "The set of rules a router reads to decide where each packet goes next."
    )


def test_a_bracketed_expansion_inside_the_name_still_defines_it() -> None:
    text = (
        "# gRPC API\n\nA gRPC (Google Remote Procedure Call) API is a service that other "
        "programs call like local functions over HTTP/2.\n"
    )
    made = asked(deck(text))
    assert any(answer.startswith("A service that other programs call") for answer in made.values())


def test_a_name_holding_another_is_kin_and_never_its_wrong_option() -> None:
    from cards.names import kin

    assert kin("Container", "Docker container")
    assert kin("Docker container", "Container")
    assert not kin("Container", "Contract")


def test_a_warning_not_to_confuse_two_names_is_not_asked() -> None:
    text = (
        "# Kotlin\n\nKotlin is a programming language that runs on the Java virtual machine.\n\n"
        "## Note\n\nKotlin should not be confused with the Kotlin island near St Petersburg.\n"
    )
    assert not any("confused" in card.prompt for card in deck(text))


def test_no_blank_on_a_word_the_header_shows() -> None:
    text = (
        "# REST API\n\nA REST API is an interface that follows the rules of REST.\n\n"
        "## Use\n\nREST is the most common architectural style for APIs.\n"
    )
    assert not [c for c in deck(text) if c.kind is CardKind.CLOZE]


def test_a_claim_keeps_the_id_it_had_when_it_was_filed_as_a_definition() -> None:
    # Collections made before the claim kind existed hold these cards as definitions:
    # the same question must keep its id, so its progress survives the upgrade.
    prompt = "What does an API do?"
    assert cards.card_id("system-basics/api", CardKind.CLAIM, prompt) == cards.card_id(
        "system-basics/api", CardKind.DEFINITION, prompt
    )
    assert cards.card_id("system-basics/api", CardKind.CLAIM, prompt) != cards.card_id(
        "system-basics/api", CardKind.FAQ, prompt
    )


def test_focuses_is_asked_as_focus() -> None:
    # 'focuses' is 'focus' + es, where 'uses' and 'causes' are 'use' and 'cause' + s: a
    # real page's claim was asked 'What does frontend development focuse on?'.
    text = (
        "# Profiler\n\nA profiler is a tool that measures where a program spends its time.\n\n"
        "A profiler focuses on the slowest functions of a program.\n"
    )
    made = asked(deck(text))
    assert made["What does a profiler focus on?"] == "The slowest functions of a program."


def test_it_works_like_under_the_title_is_the_entrys_image() -> None:
    opening = (
        "# DNS\n\nDNS is the system that turns names into the numeric addresses computers use.\n\n"
    )
    under_title = (
        opening + "It works like a phone book: you look up a name and get a number back.\n"
    )
    assert asked(deck(under_title))[
        "Which concept works like a phone book: you look up a name and get a number back?"
    ] == ("DNS")
    # Under another heading 'it' may be what that heading is about (the resolver).
    under_heading = (
        opening + "## How it works\n\nA resolver asks other servers in turn.\n\n"
        "It works like a relay race, passing the question along.\n"
    )
    assert not any("works like" in prompt for prompt in asked(deck(under_heading)))


def test_a_bare_genus_takes_the_next_sentence_about_the_thing_named_after_it() -> None:
    # 'A vulnerability scan is an automated process.' then 'A scanning tool checks your
    # systems ... against a database of known vulnerabilities.' (web120/securityscorecard-
    # pentest-vs-vulnerability-scan.txt): the card stopped at 'An automated process.'
    made = deck(
        "Port scan\n\n"
        "A port scan is a quick probe. A scanning program knocks on every port of a "
        "machine to learn which ones answer. Attackers run it first, and so do the "
        "machine's own admins.\n",
        "port-scan.txt",
    )
    assert asked(made)["What is a port scan?"] == (
        "A quick probe. A scanning program knocks on every port of a machine to learn "
        "which ones answer."
    )


def test_words_before_the_ones_an_abbreviation_spells_are_no_part_of_it() -> None:
    # 'firewalls and Web Application Firewalls (WAF) are two important components ...'
    # (web120/wpteknologi-firewall-vs-waf.txt): 'What does WAF stand for?' was answered
    # 'Firewalls and Web Application Firewalls'.
    sentence = (
        "In networking, routers and Intrusion Detection Systems (IDS) are two parts used "
        "to watch traffic."
    )
    assert expansion_of(sentence, ("IDS",)) is None
    spelled = expansion_of("An Intrusion Detection System (IDS) is a watcher.", ("IDS",))
    assert spelled is not None and spelled.expansion == "Intrusion Detection System"


def test_a_sentence_that_only_warns_of_the_entry_is_no_clue_to_it() -> None:
    # 'Your Better Business Bureau warns computers users to beware of clickjacking.'
    # (web120/springfieldnewssun-clickjacking.txt) was asked '... to beware of which
    # concept?': a warning about it tells nothing of what it is.
    made = deck(
        "What is tabnabbing? How to avoid it\n\n"
        "More people shop online every year, and scam artists keep up. Your local consumer "
        "office warns online shoppers to beware of tabnabbing.\n\n"
        "Tabnabbing occurs when a scam artist swaps a page left open in a background tab "
        "for a fake sign-in page.\n",
        "tabnabbing.txt",
    )
    assert not any("beware" in card.prompt for card in made), asked(made)
    assert "swaps a page left open" in asked(made)["What is tabnabbing?"]


def test_an_abbreviation_spelled_out_inside_a_definition_is_no_bare_expansion() -> None:
    # "An 'API Key' is a unique identifier used to authenticate ... to an API
    # (Application Programming Interface)." (web120/debotchery-api-key.txt): the capitals
    # of the aside spelled the title's 'API', so the definition was taken for a mere
    # expansion and dropped.
    made = deck(
        "API Token\n\n"
        "An ‘API Token’ is a short-lived string that a program sends to an API "
        "(Application Programming Interface) to show that it may call it.\n",
        "api-token.txt",
    )
    definition = next(card for card in made if card.kind is CardKind.DEFINITION)
    assert definition.answer.startswith("A short-lived string that a program sends")
    # (asked with the article the definition gives it, its quotes no part of the name)
    assert definition.prompt == "What is an API Token?"


def test_what_the_letters_stand_for_is_no_definition_of_the_thing() -> None:
    # 'It stands for Transmission Control Protocol/Internet Protocol. The TCP/IP model is
    # a concise version of the OSI model.' (web109/quesba-tcpip-vs-osi-model.txt): 'What
    # is the TCP/IP model?' was answered with the letters' words. A name in capitals met
    # on the way is asked of its own half of a 'whereas' only.
    made = deck(
        "UDP\n\n"
        "It stands for User Datagram Protocol. UDP is a way of sending messages over a "
        "network without setting up a connection first.\n\n"
        "IP carries each packet to an address whereas UDP adds port numbers on top of it.\n",
        "udp.txt",
    )
    assert asked(made) == {
        "What is UDP?": (
            "A way of sending messages over a network without setting up a connection first."
        ),
        "What does IP do?": "Carries each packet to an address.",
    }


def test_a_name_that_points_back_at_the_entry_is_no_kind_of_it() -> None:
    # 'The chosen plan is a tree of operator nodes ...' on a page about query execution
    # plans (web119/graphlet-query-execution-plan.txt) was asked 'What is the chosen
    # plan?': it is the plan the page has been speaking of, no kind of plan.
    made = deck(
        "Build pipeline\n\n"
        "A build pipeline is the ordered list of steps a server runs to turn a commit into "
        "something that can be shipped.\n\n"
        "The server reads the file that describes the steps and picks the jobs to run. "
        "The chosen pipeline is a chain of stages that each wait for the one before them.\n",
        "build-pipeline.txt",
    )
    assert "What is the chosen pipeline?" not in asked(made)
    assert asked(made)["What is a build pipeline?"].startswith("The ordered list of steps")


def test_how_big_a_thing_usually_is_gives_way_to_what_it_is() -> None:
    # 'Regression testing is typically the largest test effort in commercial software
    # development, Paul Ammann; Jeff Offutt (2008).' (web121/hyperdictionary-regression-
    # testing.txt) answered 'What is regression testing?', its citation pasted in.
    made = deck(
        "Smoke testing\n\n"
        "Smoke testing is usually the first test run after a build, Ann Lee; Tom Hart (2015).\n"
        "Smoke testing is a quick pass over the main features of a build that checks it "
        "runs at all before deeper tests are spent on it.\n",
        "smoke-testing.txt",
    )
    answers = asked(made)
    assert answers["What is smoke testing?"].startswith("A quick pass over the main features")
    assert not any("Ann Lee" in prompt for prompt in answers), answers


def test_where_a_thing_stands_beside_another_is_no_definition_of_it() -> None:
    # 'Integration tests are at a higher level than unit tests.' (web121/
    # dev-integration-tests.txt) answered 'What are Integration tests?' with 'At a higher
    # level than unit tests.'; the sentence after it says what they do.
    made = deck(
        "Contract tests\n\n"
        "Contract tests are at a lower level than end-to-end tests. In one author's words:\n\n"
        "Contract tests determine if a service still answers in the shape its callers "
        "expect, without starting the callers.\n",
        "contract-tests.txt",
    )
    assert asked(made) == {
        "What do contract tests do?": (
            "Determine if a service still answers in the shape its callers expect, without "
            "starting the callers."
        )
    }


def test_a_things_fashion_is_no_definition_of_it() -> None:
    # 'Semantic versioning (also known as SemVer) is a versioning system that has been on
    # the rise over the last few years.' (web121): judged INCOMPLETE and TRIVIAL.
    made = deck(
        "Trunk-based development\n\n"
        "Trunk-based development is a branching model that has been gaining ground over "
        "the last decade. Teams like it.\n",
        "trunk.txt",
    )
    assert not any("gaining ground" in answer for answer in asked(made).values())


def test_sentences_glued_at_there_and_a_lead_in_heading_as_an_option() -> None:
    # 'Git tag is nothing but a marker or symbol for a point in time snapshot of your git
    # repository.There are two types of tags in git:' (web121/toolliyo-git-tag.txt): the
    # answer ran on into the next sentence, and 'Releases can be created on', a list's
    # lead-in, was offered as a part's name.
    made = deck(
        "Git Stash\n"
        "Git stash is nothing but a shelf for changes you are not ready to commit.There are "
        "two kinds of stash in git:\n"
        "Partial Stash\n"
        "A stash of the unstaged changes only. It leaves the index alone.\n"
        "Stash Branch\n"
        "Stash branch is a command of git, it makes a new branch from a stash so the work "
        "can go on.\n"
        "Stashes can be applied on:\n"
        "Current head of main or branches\n"
        "Existing tags\n"
        "Older commits.\n",
        "git-stash.txt",
    )
    answers = asked(made)
    assert answers["What is a git stash?"] == "A shelf for changes you are not ready to commit."
    options = {option for card in made for option in card.options}
    assert "Stashes can be applied on" not in options


def test_it_after_the_names_letters_are_spelled_out_is_still_the_entry() -> None:
    # 'A CI/CD pipeline solves that problem. CI stands for Continuous Integration, and CD
    # stands for ... At its core, it's an automated assembly line for your software.'
    # (web121/windframe-ci-cd-pipeline.txt): the letters spelled out between the name and
    # the 'it' lost the thread, and the page had no card.
    made = deck(
        "What is a DNS/DHCP Server? A Plain Guide for Beginners\n\n"
        "Picture an office where every laptop needs an address and every name must be "
        "looked up. Someone types them in by hand, and mistakes creep in.\n"
        "A DNS/DHCP server solves that problem. DNS stands for Domain Name System, and "
        "DHCP stands for Dynamic Host Configuration Protocol. At its core, it's a single "
        "machine that hands out addresses and answers name lookups for the whole office.\n",
        "dns-dhcp.txt",
    )
    assert asked(made)["What is a DNS/DHCP server?"] == (
        "A single machine that hands out addresses and answers name lookups for the whole office."
    )


def test_a_definition_announced_before_a_colon_is_read_after_it() -> None:
    # 'You can consider the following general definition of a canary release deployment:
    # canary deployment is a technique to reduce the risk ...' (web121/snippset-canary-
    # deployment.txt): the lead-in hid the definition after its colon.
    made = deck(
        "Understanding Dark Launches\n\n"
        "A dark launch ships code that nobody can see yet.\n\n"
        "You can consider the following short definition of a dark launch: a dark launch "
        "is a release of a feature to production with its switch turned off, so that it "
        "runs against real traffic before any user is shown it.\n\n"
        "Teams use it to test load.\n",
        "dark-launch.txt",
    )
    assert asked(made)["What is a dark launch?"].startswith(
        "A release of a feature to production with its switch turned off"
    )
