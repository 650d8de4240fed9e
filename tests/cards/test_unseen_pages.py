"""Shapes met on real pages the card maker had never been tuned to (bench corpus, web2/,
web3/, web4/ and web5/).

Each page here is our own, written in the shape of one a blind judge read: what is
asserted is what a learner reads on the cards.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

import cards
from cards.defining import Definition, definition_of
from cards.makers.context import Context
from cards.makers.identify import which_concept
from cards.names import mention, plural_of
from cards.parsing import parse, parse_entries
from cards.recover import title_from_question, title_without_wrapper
from cards.rules import copy_faults, gives_away
from cards.sentences import split_sentences
from cards.text import glued_tables, split_lines, without_leftovers, without_marks


def deck(text: str, file: str = "page.txt") -> tuple[cards.Entry, dict[str, str]]:
    entry = parse(text, file)
    return entry, {card.prompt: card.answer for card in cards.generate(entry, [])}


def entries_deck(text: str) -> dict[str, str]:
    """The cards of every entry a page holds (one, or one per term or compared side);
    none when the page is refused."""
    try:
        entries = parse_entries(text, "page.txt")
    except cards.ParseError:
        return {}
    return {card.prompt: card.answer for e in entries for card in cards.generate(e, entries)}


def made_or_refused(text: str) -> dict[str, str]:
    """The page's cards, prompt to answer; none when the page is refused (which is right
    for a page that says nothing a card could ask)."""
    try:
        return deck(text)[1]
    except cards.ParseError:
        return {}


def test_praise_before_the_definition_is_passed_over() -> None:
    # 'Media queries are a powerful ingredient of ...' was the answer to 'What are
    # media queries?' (INCOMPLETE); the next sentence says what one is.
    _, made = deck(
        "Feature flags are a powerful tool of modern release practice loved by many teams. "
        "A feature flag is a switch in the code that turns a piece of behaviour on or off "
        "without a new deploy.\n\nHere is how teams use them day to day.\n"
    )
    assert made["What is a feature flag?"] == (
        "A switch in the code that turns a piece of behaviour on or off without a new deploy."
    )


def test_a_blog_platforms_lines_above_the_title_are_chrome() -> None:
    # 'DEV Community' and 'Cover image for ...' above a post: the entry was titled
    # 'DEV Community' and gave no card about its concept.
    entry, made = deck(
        "DEV Community\n\nExit Codes for Beginners: What 0, 1, and 127 Really Mean\n\n"
        "Exit Codes for Beginners: What 0, 1, and 127 Really Mean\n\n"
        "Cover image for exit codes for beginners\n\n"
        "When you start writing shell scripts, you quickly run into numbers like 0 and 127."
        "\n\nThe exit code is a small number a program hands back to the shell when it ends."
        "\n"
    )
    assert entry.title == "Exit code"
    assert made["What is the exit code?"] == (
        "A small number a program hands back to the shell when it ends."
    )


def test_a_line_a_hard_wrap_cut_after_of_an_is_joined_to_its_end() -> None:
    # 'A subnet mask is a method of hiding the network address portion of an' / 'IP
    # address. It does so ...': the definition ended 'of an' and was refused as cut off.
    _, made = deck(
        "A routing table is a list a router keeps of where to send\n"
        "packets for each range of an\n"
        "IP network. It is looked up for every packet that arrives.\n"
        "See more at the encyclopedia...\n"
    )
    assert made["What is a routing table?"] == (
        "A list a router keeps of where to send packets for each range of an IP network."
    )


def test_a_line_whose_link_was_dropped_is_not_joined_to_the_definition_after_it() -> None:
    # 'I have gleaned some information from' (the link gone), then 'OAuth is ...'.
    _, made = deck(
        "What exactly is a routing table?\nI found most of this in\n"
        "A routing table is a list a router keeps of where to send packets for each network.\n"
    )
    assert made["What is a routing table?"] == (
        "A list a router keeps of where to send packets for each network."
    )


def test_a_definition_of_the_name_cut_short_asks_with_the_whole_name() -> None:
    # 'The status code is ...' on a page about HTTP status codes: 'What is the status
    # code?' left the learner to guess which one (AMBIGUOUS). 'API' under 'REST API' is
    # a wider concept of its own and keeps its own question.
    _, made = deck(
        "SMTP reply code\n\nEvery answer a mail server gives starts with a number.\n\n"
        "The reply code is a three-digit number that tells the sender how its command went. "
        "A mail server is a program that accepts and delivers messages for a domain.\n"
    )
    assert "What is the reply code?" not in made
    assert made["What is SMTP reply code?"] == (
        "A three-digit number that tells the sender how its command went."
    )


def test_a_verb_with_in_is_asked_with_its_preposition() -> None:
    # 'A port number primarily aids in the transmission ...' was asked 'What does a port
    # number primarily aid?' -> 'In the transmission ...' (GARBLED).
    _, made = deck(
        "Socket\n\nA socket is one end of a two-way link between two programs on a network."
        "\n\nA socket mainly helps in handing bytes from an application to the operating "
        "system.\n"
    )
    assert made["What does a socket mainly help in?"] == (
        "Handing bytes from an application to the operating system."
    )


def test_an_example_sentence_under_the_title_is_not_its_definition() -> None:
    # 'An example of atomicity is ordering an airline ticket ...' under 'Database
    # transaction ACID' answered 'What is Database transaction ACID?' (WRONG): its head
    # 'An example' has no verb before 'of', so it passed for a dictionary's fragment.
    _, made = deck(
        "Two-phase commit\n\n"
        "An example of two-phase commit is a bank transfer where both banks must agree "
        "before any money moves.\n\n"
        "The coordinator asks every bank to get ready, then tells all of them to go on.\n"
    )
    assert not any(answer.startswith("An example") for answer in made.values())


def test_a_compared_side_is_defined_under_the_pages_own_what_is_heading() -> None:
    # 'Encryption is reversible — data can be decrypted using a key' came first and
    # answered 'What is encryption?' (INCOMPLETE); the page's 'What is encryption?'
    # section says what it is.
    text = (
        "Knowledge base\n\n"
        "Signing vs Encryption (Difference)\n\n"
        "What is the difference between signing and encryption?\n\n"
        "The key difference is:\n\n"
        "  • Encryption is reversible — the data comes back with the right key\n"
        "  • Signing is one-way — it proves who wrote a message and hides nothing\n\n---\n\n"
        "What is signing?\n\n"
        "Signing is a process that attaches a mark only the sender's private key can make.\n\n"
        "What is encryption?\n\n"
        "Encryption turns readable data into unreadable data using an algorithm and a key.\n\n"
        "Unlike signing, encryption keeps a message secret from anyone without the key.\n"
    )
    entries = parse_entries(text, "page.txt")
    assert [entry.title for entry in entries] == ["Signing", "Encryption"]
    made = {card.prompt: card.answer for card in cards.generate(entries[1], entries)}
    # (what it does, asked as such: 'What is X?' -> 'X turns ...' named it again)
    assert made["What does encryption do?"] == (
        "Turns readable data into unreadable data using an algorithm and a key."
    )


def test_the_words_everyday_sense_first_is_passed_over_for_the_subjects() -> None:
    # 'Background: In general usage, a firewall is a fire-resistant barrier ...' came
    # before 'In the context of computer networks, a firewall is ...': the page was
    # refused, its one definition hidden behind a five-word lead.
    entry, made = deck(
        "Background: In everyday speech, a bridge is a structure that carries a road over "
        "a river or a valley.\n\n"
        "In the context of computer networks, a bridge is a device that joins two network "
        "segments so they act as one.\n\n"
        "A bridge learns which machines sit on each side and forwards only what must cross.\n"
    )
    assert entry.title == "Bridge"
    assert made["What is a bridge?"] == (
        "A device that joins two network segments so they act as one."
    )


def test_a_when_gloss_under_the_title_defines_it() -> None:
    # 'Recursion' over 'When a procedure refers to itself.': the entry was titled 'When a
    # procedure' and gave nothing.
    entry, made = deck(
        "Memoization\n"
        "When a function remembers its earlier answers. Such a function is called memoized.\n"
        "It trades memory for time: the second call with the same input costs almost nothing.\n"
    )
    assert entry.title == "Memoization"
    # The sentence after a short gloss is taken when it says more of the thing, not
    # when it only names it ('Such a procedure is called recursive').
    assert made["What is memoization?"] == "When a function remembers its earlier answers."


def test_a_when_clause_that_goes_on_to_a_main_clause_defines_nothing() -> None:
    _, made = deck(
        "Page caching\n"
        "When you open a page twice, the second visit is faster because the browser kept "
        "a copy.\n"
        "Page caching is the practice of keeping whole rendered pages ready to send again.\n"
    )
    assert made["What is page caching?"] == (
        "The practice of keeping whole rendered pages ready to send again."
    )


def test_a_table_of_two_cells_copied_as_text_is_a_glossary_named_as_its_glosses_name_it() -> None:
    # 'GET | The GET method requests a representation ... |' under 'Notes' and 'HTTP
    # request methods': the page was refused ('no sentence says what a term is').
    entries = parse_entries(
        "Notes\n"
        "Git commands\n"
        "Git has a command for each step of keeping a history; these are the everyday ones.\n"
        "init | The init command creates an empty repository in the current folder. |\n"
        "add | The add command puts changed files into the next commit. |\n"
        "commit | The commit command records the staged files as a new point in history. |\n"
        "push | The push command sends local commits to a shared remote repository. |\n",
        "page.txt",
    )
    assert [entry.title for entry in entries] == [
        "Init command",
        "Add command",
        "Commit command",
        "Push command",
    ]
    assert {entry.path for entry in entries} == {"Git commands"}  # not the site's 'Notes'
    made = {card.prompt: card.answer for card in cards.generate(entries[0], entries)}
    # (what it does, asked as such: 'creates' says what a command is for)
    assert made["What does the init command do?"] == (
        "Creates an empty repository in the current folder."
    )


def test_a_table_copied_without_its_borders_under_a_list_is_not_its_last_item() -> None:
    # 'What are the three Pillars of Observability?' ended '... (request flow) PillarAWS
    # ServiceMô tả LogsCloudWatch Logs...' (GARBLED): the rows of a table whose cells ran
    # together were read as the wrapped tail of the list's last point.
    entry = parse(
        "Three layers of a web app\n\n"
        "Three Layers of a Web App\n\n"
        "1. Frontend → what the user sees (pages, buttons)\n"
        "2. Backend → the rules and the work (requests, checks)\n"
        "3. Database → where the data is kept (rows, tables)\n"
        "LayerExampleRuns on\n"
        "FrontendReactThe browser\n"
        "BackendDjangoA server\n",
        "page.txt",
    )
    items = [item.text for section in entry.sections for item in section.items]
    assert "3. Database" not in items  # (the numbers are markers, not text)
    assert "Database → where the data is kept (rows, tables)" in items
    # A wrapped point's next line, mid-sentence, still runs on.
    wrapped = parse(
        "Two kinds of storage\n\nTwo Kinds of Storage\n\n"
        "1. Memory → fast, and lost when the power goes, so apps written in\n"
        "JavaScript or TypeScript keep little there\n"
        "2. Disk → slower, and kept\n",
        "page.txt",
    )
    texts = [item.text for section in wrapped.sections for item in section.items]
    assert any(text.endswith("JavaScript or TypeScript keep little there") for text in texts)


def test_an_answer_in_numbered_points_is_defined_by_its_first_point() -> None:
    # An AI answer page: '1. A git branch is a separate version of a repository ... [3].'
    # was refused ('no sentence says what a term is'): the number hid the definition.
    # Its reference marks ('[3]') were copied into answers, and 'The `git branch`
    # command in Git creates, lists, ...' became 'What does the git branch do?' ->
    # 'Command in Git creates ...' (GARBLED).
    entry, made = deck(
        "Answered on : 2025-01-01\n"
        "1. A git tag is a fixed name for one commit, often used to mark a release [2].\n"
        "2. The `git tag` command in Git creates, lists and deletes tags [1].\n"
        "3. Each tag points at exactly one commit and never moves.[4]\n"
    )
    assert entry.title == "Git tag"
    assert made["What is a git tag?"] == (
        "A fixed name for one commit, often used to mark a release."
    )
    assert not any("Command in Git" in answer for answer in made.values())
    assert not any("[" in prompt + answer for prompt, answer in made.items())


# Dictionary entries (web3/): the headword in lower case on a line of its own, then a
# gloss with no subject, often after the dictionary's own marks. Each was refused, or
# kept with no "What is X?" card.


def test_a_lower_case_headword_over_a_gloss_of_the_x_of_is_defined() -> None:
    entry, made = deck(
        "page cache\n\n"
        "The keeping and reuse of recently read disk blocks in spare main memory so that a "
        "second read of the same block needs no disk access.\n\n"
        "NOTE 1 The kernel gives this memory back when programs need it.\n\n"
        "References:\n\nSTD-12, 03/04\n"
    )
    assert entry.title == "Page cache"
    assert made["What is a page cache?"].startswith("The keeping and reuse of recently read")


def test_a_gloss_under_its_part_of_speech_with_a_plural_after_using_is_defined() -> None:
    _, made = deck(
        "Canary release\n\nnoun phrase\n\n"
        "A rollout pattern using two identical server pools (one live, one idle).\n\n"
        '"Our canary caught the memory leak before it reached every customer."\n'
    )
    # 'pools' ended in -s like a verb: the gloss read as a sentence with no subject.
    assert made["What is a canary release?"] == (
        "A rollout pattern using two identical server pools (one live, one idle)."
    )


def test_another_name_and_the_part_of_speech_before_a_gloss_are_not_the_answer() -> None:
    _, made = deck(
        "time server\n\n"
        "(also network time server), n. A machine that hands out the exact time to the "
        "clocks of other computers on a network.\n\n"
        "Notes\n\nA time server usually takes its own time from a radio or satellite clock.\n"
    )
    assert made["What is a time server?"] == (
        "A machine that hands out the exact time to the clocks of other computers on a network."
    )


def test_a_pronunciation_and_a_field_label_before_a_gloss_are_not_the_answer() -> None:
    _, made = deck(
        "Page fault\n\n"
        "[ˈpāj ˌfȯlt] (computer science) The interruption of a running program when it "
        "touches a page of memory that is not loaded.\n"
    )
    answer = next(answer for prompt, answer in made.items() if prompt.startswith("What is"))
    assert answer == (
        "The interruption of a running program when it touches a page of memory that is not loaded."
    )


def test_a_joke_the_x_that_under_a_title_defines_nothing() -> None:
    # 'the bouncer that lets you in, then makes you wait' under a playful dictionary's
    # title is a joke about rate limits, not what one is: the page stays refused.
    made = made_or_refused(
        "the.net/timeout\n"
        "the friend that stops waiting for your reply and walks off.\n"
        "means how long a program waits for an answer before it gives up.\n"
    )
    assert not any("friend" in answer for answer in made.values())


def test_what_it_does_answers_before_what_it_is_like() -> None:
    # 'An API gateway is like the gatekeeper ...' answered 'What is an API gateway?'
    # with the analogy; the next sentence says what it does.
    _, made = deck(
        "What is a service mesh?\n"
        "Answer\n"
        "A service mesh is like the switchboard of a large office building.\n"
        "The service mesh routes every call between services and adds retries, encryption "
        "and tracing to each of them.\n"
    )
    definition = made["What does a service mesh do?"]
    assert "routes every call between services" in definition.lower()
    assert "switchboard" not in definition


def test_praise_as_a_perfect_addition_is_not_a_definition() -> None:
    _, made = deck(
        "Dead letter queue\n\n"
        "A dead letter queue is a perfect addition to any queue because it keeps what failed."
        "\n\nIt gathers the messages that could not be delivered after every retry.\n"
    )
    assert not any("perfect" in answer for answer in made.values())


def test_a_section_number_is_not_part_of_the_title() -> None:
    entry, made = deck(
        "3.2. Border Gateway Protocol (BGP)\n\n"
        "Border Gateway Protocol (BGP) exchanges routes between the large networks that make "
        "up the internet.\n"
    )
    assert entry.title == "Border Gateway Protocol (BGP)"
    assert not any(prompt[8:9].isdigit() for prompt in made)


def test_a_figure_of_speech_about_where_it_lives_is_not_what_it_is() -> None:
    # 'Address Resolution Protocol (ARP) hovers in the shadows of most networks.'
    # answered 'What is ARP?'; a later sentence says what it is for.
    _, made = deck(
        "4.1. Neighbor Discovery Protocol (NDP)\n\n转载 2008年01月01日 09:30:00\n\n"
        "4.1. Neighbor Discovery Protocol (NDP)\n\n"
        "Neighbor Discovery Protocol (NDP) lives in the background of every IPv6 network. "
        "It rarely needs any care.\n\n"
        "Its messages travel over ICMPv6 between the hosts of one link.\n\n"
        "4.1.1. Overview of Neighbor Discovery Protocol\n\n"
        "Neighbor Discovery Protocol (NDP) exists to find the link-layer addresses of the "
        "other hosts on a link.\n"
    )
    answer = next(answer for prompt, answer in made.items() if prompt.startswith("What is"))
    assert "background" not in answer
    assert "find the link-layer addresses" in answer


def test_a_blurb_comparing_the_two_is_not_what_the_page_is() -> None:
    made = made_or_refused(
        "Chapter 3: Comparison\n\n"
        "Threads vs Processes: Side-by-Side Comparison\n\n"
        "A detailed comparison of threads and processes across memory, cost and safety.\n"
    )
    assert not any(answer.startswith("A detailed comparison") for answer in made.values())


def test_the_following_requirements_in_paragraphs_are_read_into_the_definition() -> None:
    # Slides copied as text: each requirement a paragraph of its own, where the answer
    # stopped at 'with the following added requirements.' (INCOMPLETE).
    _, made = deck(
        "Min-heaps: Definition\n"
        "A min-heap is a complete binary tree with the following added requirement:\n"
        "Every node holds a key no larger than the keys of its children.\n"
        "(Some books call it a priority tree.)\n"
    )
    assert made["What is a min-heap?"] == (
        "A complete binary tree with the following added requirement: every node holds a "
        "key no larger than the keys of its children."
    )


def test_what_points_back_to_the_sentence_before_is_not_asked_alone() -> None:
    # 'Salting makes these tables useless because ...' asked 'Why does salting make these
    # tables useless?' (which tables?), and 'Their job is only ...' in a misconceptions
    # section was asked 'True or false: their job is only ....'.
    _, made = deck(
        "Pepper\n\n"
        "A pepper is a secret value added to every password before it is hashed.\n\n"
        "Why it matters\n\n"
        "Attackers who steal a database often hold precomputed lists of hashes. "
        "A pepper makes these lists useless because the hashes no longer match any list.\n\n"
        "Common misconceptions\n\n"
        "Peppers are not stored in the database - they live in the application's settings. "
        "They're not salts. Their job is only to keep a stolen database from being cracked "
        "alone.\n"
    )
    assert made, made
    assert not any("these lists" in prompt for prompt in made)
    assert not any(prompt.startswith("True or false: their") for prompt in made)


def test_the_name_s_last_word_after_its_abbreviation_is_no_verb() -> None:
    # 'MAC addresses therefore range from ...' under 'Media access control address' was
    # asked 'What does MAC address?' -> 'Therefore range from ...'.
    _, made = deck(
        "Virtual local area network\n"
        "A logical group of switch ports that behaves as one network of its own, whatever "
        "the wiring.\n"
        "Usually numbered from 1 upward on each switch. VLAN networks therefore keep their "
        "broadcasts to themselves.\n"
    )
    assert not any(prompt.startswith("What does VLAN") for prompt in made)


def test_how_simple_a_thing_seems_is_neither_its_definition_nor_its_clue() -> None:
    # 'File storage is pretty simple.' under a 'Definition' heading answered 'What is
    # File Storage?' with 'Pretty simple.'; then asked 'Which concept is pretty simple?'.
    _, made = deck(
        "# Key-value store\n\n"
        "## Definition\n\n"
        "A key-value store is pretty simple. Each value is saved under a key of its own and "
        "fetched by that key alone.\n"
    )
    assert not any("pretty simple" in text.lower() for pair in made.items() for text in pair)


def test_a_table_row_copied_as_text_defines_nothing() -> None:
    # 'Elements are stored in contiguous memory location | Elements can be stored
    # anywhere |' (array and linked list side by side) made a page titled 'Elements'.
    made = made_or_refused(
        "Stack |\n"
        "Queue |\n"
        "A pile of items where the last one put in is the first taken out | A line of "
        "items where the first one put in is the first taken out |\n"
        "Items are added and removed at the top only | Items are added at the back and "
        "removed at the front |\n"
        "Used for undo and for function calls | Used for print jobs and task lists |\n"
    )
    assert not any("|" in answer for answer in made.values())


def test_a_clue_that_points_at_this_thing_outside_the_card_is_not_asked() -> None:
    _, made = deck(
        "How does a bloom filter work?\n"
        "It's simpler than it sounds.\n"
        "A bloom filter is nothing more than an array of bits with a few hash functions. "
        "The length of this array is usually far smaller than the number of items that "
        "could be stored in a bloom filter.\n"
    )
    assert made
    assert not any("this array" in prompt for prompt in made)


def test_a_title_with_its_abbreviation_is_defined_by_its_spelled_out_name() -> None:
    # 'The OSI Model' over 'The Open Systems Interconnection model is a conceptual model
    # ...' and one gloss per layer: each layer became an entry ('What is Transport?').
    entry, made = deck(
        "The MVC Pattern\n\n"
        "The Model View Controller pattern is a way to split an interactive program into "
        "three parts with one job each.\n\n"
        "3 Model\n\nHolds the data and the rules that change it\n\n"
        "2 View\n\nDraws the data for the person using the program\n\n"
        "1 Controller\n\nTurns clicks and keys into changes of the model\n"
    )
    assert entry.title == "MVC Pattern"
    assert made["What is the MVC pattern?"].startswith("A way to split an interactive program")


def test_a_later_fragment_naming_the_concept_is_no_answer() -> None:
    # A blog's 'DNS components…no idea.' a few lines down answered 'What is DNS?'.
    made = made_or_refused(
        "This Is How I Explain TLS To Beginners\n"
        "TLS is a foundational part of the web. Like it or not, you need it. So let's "
        "look at it.\n"
        "I must admit something. For years, I didn't know how TLS (Transport Layer "
        "Security) really works.\n"
        "I just said it keeps traffic private. A sentence that means nothing.\n"
        "TLS handshakes…no idea.\n"
        "TLS certificates…something about a padlock?\n"
    )
    assert not any("no idea" in answer for answer in made.values())


def test_what_a_thing_is_contrasted_with_is_asked_as_what_not_how() -> None:
    # 'A kernel can be contrasted with a shell, ...' asked 'How can a kernel be
    # contrasted?' -> 'With a shell, ...' (the question did not fit its answer).
    _, made = deck(
        "Router\n\n"
        "A device that forwards packets between networks by their address.\n\n"
        "A router can be contrasted with a switch, which forwards frames inside one network.\n"
    )
    assert made["What can a router be contrasted with?"] == (
        "A switch, which forwards frames inside one network."
    )
    assert not any(prompt.startswith("How can a router") for prompt in made)


def test_a_clue_holding_every_word_of_the_name_is_not_asked() -> None:
    # 'Which concept is a concept of automating ... infrastructure through the code?'
    # -> 'Infrastructure as a Code': the clue spells the name out.
    _, made = deck(
        "Policy as code\n\n"
        "Policy as code is a written rule set that machines check. Policy as code is a "
        "practice of writing every access policy down as code that tools can test.\n"
    )
    assert not any(
        prompt.startswith("Which concept") and "policy" in prompt.lower() for prompt in made
    )


# A page about one concept that goes on with a heading for each of its parts, each over
# a gloss with no full stop (the shape of a course site's 'The OSI Model').
PARTS = (
    "The MVC Pattern\n\n"
    "The Model View Controller pattern is a way to split an interactive program into three "
    "parts with one job each - Wikipedia\n\n"
    "Model\n\nHolds the data and the rules that change it\n\n"
    "View\n\nDraws the data on the screen for the person, it never changes the data\n\n"
    "Controller\n\nTurns clicks and keys into changes of the model\n\n"
    "Router\n\nPicks the controller for each address the person opens\n"
)


def test_the_parts_of_a_concept_under_headings_are_asked_among_themselves() -> None:
    entry, made = deck(PARTS)
    assert entry.title == "MVC Pattern"
    # The credit after the quoted definition is not part of the answer.
    assert made["What is the MVC pattern?"] == (
        "A way to split an interactive program into three parts with one job each."
    )
    cards_of = {card.prompt: card for card in cards.generate(entry, [])}
    held = cards_of["Which of these holds the data and the rules that change it?"]
    assert held.answer == "Model"
    assert set(held.options) <= {"Model", "View", "Controller", "Router"}
    assert len(held.options) == 4
    # Its second clause, about 'it', is left out of the clue.
    assert cards_of["Which of these draws the data on the screen for the person?"].answer == "View"
    # 'changes of the model' names Model: it is no option to rule out.
    turned = cards_of["Which of these turns clicks and keys into changes of the model?"]
    assert turned.answer == "Controller" and "Model" not in turned.options


def test_an_aside_in_brackets_after_the_title_is_not_part_of_its_name() -> None:
    # 'TCP 3-Way Handshake (SYN, SYN-ACK,ACK)' over 'TCP 3-Way Handshake is the
    # connection-setup ritual that every TCP session begins with.': no card, where the
    # definition ends on a preposition that the sentence leaves at its end.
    entry, made = deck(
        "TLS Handshake (ClientHello, ServerHello, Finished)\n\n"
        "TLS Handshake is the exchange of messages that every secure connection starts with.\n"
    )
    assert entry.title == "TLS Handshake"
    assert made["What is TLS Handshake?"] == (
        "The exchange of messages that every secure connection starts with."
    )


def test_a_title_s_abbreviation_in_brackets_names_it_too() -> None:
    entry, made = deck(
        "Neighbor Discovery Protocol (NDP)\n\n"
        "NDP finds the link-layer addresses of the other hosts on an IPv6 link.\n"
    )
    assert entry.title == "Neighbor Discovery Protocol (NDP)"
    assert {"NDP", "Neighbor Discovery Protocol"} <= set(entry.aliases)
    assert made.get("What does NDP do?", "").startswith("Finds the link-layer"), made


def test_the_tagline_that_defines_comes_before_a_later_sentence_naming_it() -> None:
    # With the title's bracket a name too, 'The Structured Query Language uses ...' below
    # took the place of 'A structured query language (SQL) is the standard language ...'.
    _, made = deck(
        "Wide area network (WAN)\n\n"
        "A wide area network (WAN) is a network that spans a large region.\n\n"
        "The Wide Area Network joins offices in many cities over leased lines.\n"
    )
    asked = next(answer for prompt, answer in made.items() if prompt.startswith("What is"))
    assert asked == "A network that spans a large region."
    # Its name in capitals word by word is asked as written ('a wide Area Network' was).
    assert "What does a Wide Area Network join?" in made


def test_a_definition_under_the_title_points_at_its_own_line() -> None:
    # 'from: ...:5' for a definition on line 3: the card pointed at the first section
    # after it, where `r` and `tutor cards show` sent the learner.
    for text, line in (
        (
            "Content delivery network (CDN)\n\nA CDN is a set of servers that keeps copies "
            "of a site near its readers.\n\nWhy it matters\n\nPages load faster.\n",
            3,
        ),
        (
            "cap theorem\nCAP theorem states that a distributed store can keep only two of "
            "three promises at once.\n- Consistency\n- Availability\n",
            2,
        ),
    ):
        entry = parse(text, "page.txt")
        definition = next(
            c for c in cards.generate(entry, []) if c.prompt.startswith(("What is", "What does"))
        )
        assert definition.source.line == line, text


def test_what_a_thing_seeks_to_do_is_not_what_it_is() -> None:
    # 'Object storage seeks to enable capabilities not addressed by ...' answered 'What is
    # Object Storage?' (INCOMPLETE); its next sentence says what it is.
    _, made = deck(
        "Message broker\n\n"
        "Definition\n\n"
        "Message broker seeks to decouple the programs that send data from the ones that read "
        "it. A message broker keeps messages in queues until a reader takes them.\n"
    )
    definition = made["What does a message broker do?"]
    assert "keeps messages in queues" in definition.lower()
    # Nor asked as 'What does it seek to?' (nor 'seek to do?': a judge found the aim too
    # vague to recall).
    assert not any("seek" in prompt for prompt in made)


def test_an_abbreviation_and_its_expansion_either_side_of_a_slash_are_one_name() -> None:
    # '2FA / Two-Factor-Authentication' was read as a breadcrumb trail and the page
    # refused ('names the page, not a concept').
    entry, made = deck(
        "3DS / Three-Domain-Secure\n\n"
        "A payment check in which the card's bank asks the buyer to confirm a purchase in "
        "its app. The check happens before the shop is paid.\n"
    )
    assert entry.title == "3DS"
    assert made["What is 3DS?"].startswith("A payment check in which the card's bank asks")
    assert made["What does 3DS stand for?"] == "Three-Domain-Secure"


def test_an_aside_between_is_and_what_it_is_stays_out_of_the_answer() -> None:
    # 'Public key infrastructure (PKI) is, as the name suggests, a type of ...' was the
    # whole answer to 'What is PKI?': the name again, then the aside (GIVEAWAY).
    _, made = deck(
        "What is a message broker?\n\n"
        "A message broker is, as the name suggests, a go-between that takes messages from "
        "senders and hands them to the services that want them.\n"
    )
    assert made["What is a message broker?"] == (
        "A go-between that takes messages from senders and hands them to the services that "
        "want them."
    )


def test_how_hard_a_thing_is_to_debug_is_not_what_it_is() -> None:
    # 'Race conditions are notoriously difficult to reproduce ...' answered 'What are
    # race conditions?' (WRONG: it says how hard they are, not what they are).
    made = made_or_refused(
        "Heisenbugs\n\n"
        "Heisenbugs are notoriously difficult to pin down, since looking at them changes "
        "the timing that caused them.\n"
    )
    assert all("notoriously" not in answer.casefold() for answer in made.values())


def test_a_quality_or_a_process_is_asked_without_a() -> None:
    # 'What is an eventual consistency?' and 'What is a cache invalidation?' (GARBLED):
    # a quality and a process are not counted.
    _, made = deck(
        "Strong consistency\n\n"
        "Strong consistency is a guarantee that every read sees the latest write, "
        "whichever copy of the data answers it.\n"
    )
    assert "What is strong consistency?" in made
    _, made = deck(
        "Log rotation\n\n"
        "Log rotation is the process of closing a log file when it grows too big or too "
        "old and starting a new one.\n"
    )
    assert "What is log rotation?" in made
    _, made = deck(
        "Deadlock condition\n\n"
        "Deadlock condition is one of four things that must all hold for two threads to "
        "wait on each other for ever.\n"
    )
    assert "What is a deadlock condition?" in made  # a condition is one of many


def test_the_before_a_heading_s_term_goes_when_its_definition_says_a() -> None:
    # 'The service mesh' over 'A service mesh is ...' asked 'What is a the service
    # mesh?' (GARBLED).
    entries = parse_entries(
        "Spreading the load\n\n"
        "One machine cannot answer every request of a busy site, so the work is shared.\n\n"
        "The load balancer\n\n"
        "A load balancer is a server that spreads incoming requests over a pool of "
        "machines.\n\n"
        "The health check\n\n"
        "A health check is a small request a load balancer sends to learn whether a "
        "machine still answers.\n",
        "page.txt",
    )
    assert [entry.title for entry in entries] == ["Load balancer", "Health check"]
    prompts = {card.prompt for card in cards.generate(entries[1], entries)}
    assert "What is a health check?" in prompts


def test_a_teaser_cut_with_read_more_is_not_asked() -> None:
    # 'BGP operates as ... exchange routing information … Read more.' was a card's
    # answer (INCOMPLETE: the page's teaser, cut short).
    _, made = deck(
        "What is OSPF?\n\n"
        "OSPF is a routing protocol that finds the shortest path through a network by "
        "the state of its links.\n\n"
        "Unlike BGP, OSPF runs inside one network and floods link updates to every "
        "router in its area … Read more.\n"
    )
    assert made["What is OSPF?"].startswith("A routing protocol")
    assert all("Read more" not in answer for answer in made.values())


def test_a_label_over_each_side_of_a_comparison_says_what_it_does() -> None:
    # 'git merge vs rebase' over 'Merge: Moves changes ...' and 'Rebase: Moves changes
    # ... but alters the history ...' was refused: the labels were not read as their
    # sides, nor 'Git merge' as 'merge'.
    made = made_or_refused(
        "git fetch vs pull\n"
        "Fetch: Downloads new commits from the remote and leaves your working branch "
        "untouched.\n"
        "Pull: Downloads new commits from the remote but also merges the new commits into your "
        "current branch.\n"
    )
    assert made == {
        "Which downloads new commits from the remote and leaves your working branch "
        "untouched: fetch or pull?": "Fetch",
        "Which downloads new commits from the remote but also merges the new commits into your "
        "current branch: fetch or pull?": "Pull",
    }


def test_a_true_or_false_names_what_its_pronoun_stood_for() -> None:
    # 'True or false: they do not necessarily reflect the way data is physically
    # stored ...?' (AMBIGUOUS: who are 'they'?)
    _, made = deck(
        "Containers\n\n"
        "Containers are packages of an application and everything it needs to run.\n\n"
        "Containers share the kernel of their host. They do not carry a whole operating "
        "system of their own.\n"
    )
    statements = [prompt for prompt in made if prompt.startswith("True or false")]
    assert statements == [
        "True or false: containers do not carry a whole operating system of their own."
    ]


def test_when_a_thing_is_so_does_not_define_the_thing() -> None:
    # 'A language is dynamically typed if the type is ...' answered 'What is a
    # language?' on a page comparing dynamic and static typing (WRONG).
    made = made_or_refused(
        "A function is pure if it returns the same result for the same arguments and "
        "changes nothing outside itself.\n\n"
        "- Pure functions are easy to test.\n- They can be cached safely.\n"
    )
    assert "What is a function?" not in made


def test_a_sentence_opening_on_it_s_or_ending_its_subject_on_it_names_nothing() -> None:
    # "Simply put, it's when a website is responsive ..." titled the page "It's when a
    # website"; 'In many ways it is what we should ...' then titled it 'In many ways
    # it'. A page with no title and no defined name is refused.
    made = made_or_refused(
        "Simply put, it's when a page is laid out again for the size of the screen it is "
        "shown on.\n\n"
        "In many ways it is what designers should have done from the start.\n"
    )
    assert not any("it's when" in prompt.casefold() for prompt in made)
    assert not any("ways it" in prompt.casefold() for prompt in made)


def test_a_dictionary_s_numbered_senses_under_its_part_of_speech_give_the_first() -> None:
    # 'SPA (...)' / 'noun · web architecture' / '1.' / the gloss: no definition was
    # found, so the page gave no card.
    _, made = deck(
        "MFA (Multi-Factor Authentication)\n\n"
        "noun · security\n\n"
        "1.\n\n"
        "A way of signing in that asks for two or more separate proofs of who you are, "
        "such as a password and a code sent to your phone.\n\n"
        "2.\n\n"
        "A policy that makes such sign-ins required for every account of an "
        "organisation.\n"
    )
    assert made["What is MFA?"].startswith("A way of signing in that asks for two or more")


def test_a_definition_by_name_below_wins_over_it_is_under_the_question() -> None:
    # 'What is a Canary Release?' / 'It is a deployment strategy used to minimize risk.'
    # / 'Definition' / 'A Canary Release is a deployment strategy ... to a small subset
    # of users.': the short 'It is' line answered, without what makes it a canary
    # (INCOMPLETE).
    _, made = deck(
        "What is a Blue-Green Deployment?\n"
        "It is a way to release software with less downtime.\n"
        "Definition\n"
        "A Blue-Green Deployment is a way to release software by running two identical "
        "environments and switching traffic from the old one to the new one at once.\n"
        "Rollback\n"
        "If the new environment misbehaves, traffic is switched back to the old one.\n"
    )
    assert made["What is a Blue-Green Deployment?"] == (
        "A way to release software by running two identical environments and switching "
        "traffic from the old one to the new one at once."
    )


def test_examples_after_a_definition_are_not_read_into_it() -> None:
    # 'Concurrency is progressing on more than one task ... by switching between tasks,
    # e.g.:' over its examples and then 'Parallelism splits tasks ...:' answered with
    # all of them run together, the other concept's sentence too (WRONG).
    _, made = deck(
        "Caching\n"
        "Caching is keeping a copy of data close to where it is used, e.g.:\n"
        "A browser keeps images it has already downloaded.\n"
        "Prefetching loads data before it is asked for:\n"
        "It guesses what comes next.\n"
    )
    assert made["What is caching?"] == "Keeping a copy of data close to where it is used."


def test_a_tagline_that_spells_the_name_out_then_says_what_it_does_defines_it() -> None:
    # 'RAID' / 'RAID is an acronym for Redundant Array of Inexpensive Disks. RAID
    # provides a means to ... This is accomplished by arranging ...' was refused; then
    # its 'This is accomplished by' answered 'What is RAID?' (WRONG), and 'Which concept
    # is an acronym for Redundant Array of ...?' asked its letters back.
    _, made = deck(
        "LVM\n\n"
        "LVM is an acronym for Logical Volume Manager. LVM lets an administrator grow and "
        "shrink disk volumes while the system keeps running. This is done by placing a "
        "layer between the disks and the file systems on them.\n"
    )
    assert made["What does LVM stand for?"] == "Logical Volume Manager"
    assert made["What does LVM do?"].startswith("Lets an administrator grow and shrink")
    assert not any("acronym" in prompt for prompt in made)


def test_the_name_before_a_plural_and_a_modal_is_part_of_a_longer_subject() -> None:
    # 'User mode programs cannot modify the behavior of the OS ...' asked 'Which
    # concept programs cannot modify ...?' (GARBLED).
    _, made = deck(
        "Kernel mode\n\n"
        "Kernel mode is the mode in which the core of the operating system runs with full "
        "access to the hardware.\n\n"
        "Kernel mode drivers can read any address in memory. Kernel mode is entered "
        "through a system call or an interrupt.\n"
    )
    assert not any(prompt.startswith("Which concept drivers") for prompt in made)
    assert not any(prompt.endswith("mode driver?") for prompt in made)
    assert "What is kernel mode?" in made  # a mode of running, asked without 'a'


def test_a_bare_name_opening_a_sentence_does_not_outvote_a_with_an_article() -> None:
    # 'Web server is a software application ...' and later 'from a web server': the
    # card asked 'What is web server?' (GARBLED, a dropped article).
    _, made = deck(
        "Message broker is a program that takes messages from senders and keeps them until "
        "their readers ask.\n\n"
        "A service that reads from a message broker does not need the sender to be up.\n"
    )
    assert "What is a message broker?" in made


def test_a_catalogue_line_gives_way_and_the_name_s_letters_are_not_another_kind() -> None:
    # 'Security Assertion Markup Language, aka ..., is a xml format created in 2001.'
    # answered 'What is Security Assertion Markup Language?' (TRIVIAL), and 'What is
    # SAML?' asked the next sentence's definition again (DUPLICATE).
    _, made = deck(
        "Simple Network Management Protocol, aka Simple Network Management Protocol, is a "
        "protocol created in 1988.\n"
        "#512on Catalogue | 38Years Old |\n"
        "Simple Network Management Protocol (SNMP, pronounced as its letters) is an open "
        "standard for reading and changing the settings of routers, switches and servers "
        "over a network.\n"
    )
    assert made == {
        "What is Simple Network Management Protocol?": (
            "An open standard for reading and changing the settings of routers, switches and "
            "servers over a network."
        )
    }


def test_a_quality_is_defined_by_what_makes_a_thing_so() -> None:
    # MDN's 'Idempotent': 'An HTTP method is idempotent if an identical request ...'
    # gave no card at all: the entry names a quality, which no 'X is a ...' defines.
    _, made = deck(
        "Stateless\n\n"
        "A server is stateless when it keeps nothing about a client between two requests, "
        "so each request must carry everything needed to answer it.\n\n"
        "Stateless servers are easy to add and remove behind a load balancer.\n"
    )
    assert made["What does it mean for a server to be stateless?"] == (
        "It keeps nothing about a client between two requests, so each request must carry "
        "everything needed to answer it."
    )
    assert "What is a server?" not in made


def test_a_saying_in_quotes_is_no_answer_and_more_precisely_is_the_definition() -> None:
    # 'Why does cache invalidation matter?' -> '"There are only two hard things in
    # computer science ..."' (WRONG: a quip); 'PKI is, as the name suggests, a type of
    # data security infrastructure ... More precisely, PKI is a system for managing
    # digital certificates.' answered with the vaguer first (INCOMPLETE).
    _, made = deck(
        "Garbage collection\n"
        "Garbage collection is, as the name suggests, a kind of automatic tidying of "
        "memory. More precisely, garbage collection is the runtime's work of finding "
        "objects no code can reach any more and freeing their memory.\n"
        "Why It Matters\n"
        '"Memory is cheap, but running out of it is expensive, every single time."\n'
    )
    assert made["What is garbage collection?"] == (
        "The runtime's work of finding objects no code can reach any more and freeing their memory."
    )
    assert not any(answer.startswith('"') for answer in made.values())


def test_an_aside_the_page_never_closed_is_left_out_of_the_answer() -> None:
    # 'WAN ... is a computer network that covers a broad area (i.e., any network whose
    # communications links cross ... boundaries.' (GARBLED: the bracket never closes).
    _, made = deck(
        "MAN\n\n"
        "MAN (Metropolitan Area Network) is a computer network that spans a city (i.e., "
        "any network larger than one campus but smaller than a country.\n"
    )
    assert made["What is MAN?"] == "A computer network that spans a city."


def test_a_list_of_commands_to_type_is_not_asked_as_points() -> None:
    # 'Which three points finish the sentence “Check DNS records using these
    # command-line tools …”?' -> '1. nslookup example.com 2. dig ...' (TRIVIAL).
    _, made = deck(
        "Ping\n\n"
        "Ping is a tool that checks whether a host answers on the network and how long "
        "its answers take.\n\n"
        "Try it from a terminal with these commands:\n\n"
        "- ping example.com\n- ping -c 4 example.com\n- ping 127.0.0.1\n"
    )
    assert not any("finish the sentence" in prompt for prompt in made)


def test_an_abbreviation_before_a_plural_noun_is_not_a_subject_and_verb() -> None:
    # 'TLD servers point to the authoritative server for the domain.' asked 'What does
    # TLD server?' (GARBLED).
    _, made = deck(
        "DNS lookups\n\n"
        "DNS is the system that turns a domain name into the address of a server.\n\n"
        "A lookup goes through several servers in turn. ISP resolvers ask the root "
        "resolver only when their cache holds no answer.\n"
    )
    assert not any(prompt.startswith("What does ISP") for prompt in made)


def test_a_figure_of_how_much_a_thing_matters_is_no_clue_to_it() -> None:
    # 'Which concept is the backbone of how the internet works?' -> DNS (AMBIGUOUS: the
    # page's closing flourish, which TCP/IP or BGP would fit as well).
    _, made = deck(
        "NTP\n\n"
        "NTP is a protocol that keeps the clocks of computers on a network in step.\n\n"
        "NTP is the unsung hero of every log file you have ever read.\n"
    )
    assert not any(prompt.startswith("Which concept") and "hero" in prompt for prompt in made)


def test_a_definition_that_only_says_what_it_does_asks_what_it_does() -> None:
    # 'What is DNS?' -> 'Translates human-friendly domain names ... into IP addresses
    # ...' (INCOMPLETE and GARBLED to a strict reader: a fragment saying what DNS does).
    _, made = deck(
        "What is NAT?\n\n"
        "It translates the private addresses of a home network into the one public "
        "address its router holds.\n"
    )
    assert made["What does NAT do?"] == (
        "Translates the private addresses of a home network into the one public address "
        "its router holds."
    )


def test_a_course_pages_numbered_question_heading_asks_for_its_definition() -> None:
    # '1.1 What is a database anyway?' over 'So what is a database? The simple answer is
    # that databases are systems ...': the section number hid the question, and the
    # page was refused as having no section a card can come from.
    entry, made = deck(
        "1.1 What is a message broker anyway?\n\n"
        "Most people have sent a parcel through a depot. So what is a message broker? The "
        "short answer is that message brokers are programs that take messages from senders "
        "and pass them on to the right receivers.\n\n"
        "1.2 Where brokers are found\n\n"
        "Shops use them to pass orders from the website to the warehouse.\n"
    )
    assert entry.title == "Message broker"
    assert made["What is a message broker?"] == (
        "Programs that take messages from senders and pass them on to the right receivers."
    )


def test_a_one_word_quality_is_not_what_a_thing_is() -> None:
    # 'Databases are magical, but unfortunately not magic.' answered 'What are
    # databases?' ahead of the sentence that says what they are.
    _, made = deck(
        "Message broker\n\n"
        "Message brokers are mysterious, but not beyond understanding. The short answer is "
        "that message brokers are programs that take messages from senders and pass them "
        "on to the right receivers.\n"
    )
    answers = " ".join(made.values())
    assert "mysterious" not in answers
    assert "Programs that take messages from senders" in answers


def test_a_course_link_is_no_term_and_the_title_is_the_name_the_definition_uses() -> None:
    # 'View full course: Cloud Fundamentals Study Notes' read the page as a glossary
    # ('What is a view full course?'); a date, a reading time and a blurb stood between
    # 'What is Autoscaling in Cloud Computing?' and the definition that names it.
    entry, made = deck(
        "What is Sharding in Database Design?\n"
        "March 3, 2025\n"
        "4 min read\n"
        "This post is part of the lesson on scaling data in our course.\n"
        "View full course: Data Systems Notes\n"
        "Sharding is a way of splitting one large database into smaller pieces that live "
        "on separate servers.\n"
        "Shard key: the column that decides which piece a row goes to.\n"
        "Rebalancing: moving rows between pieces when one grows too large.\n"
        "Hotspot: a piece that gets far more traffic than the others.\n"
    )
    assert entry.title == "Sharding"
    assert made["What is sharding?"] == (
        "A way of splitting one large database into smaller pieces that live on separate servers."
    )
    assert not any("view full course" in prompt.lower() for prompt in made)


def test_a_date_run_into_the_first_sentence_is_not_part_of_the_name() -> None:
    # ' date 2024-05-10 DNS TTL refers to how long ...' was titled 'Date 2024-05-10 DNS
    # TTL' and asked 'What is Date 2024-05-10 DNS TTL?'.
    entry, made = deck(
        " date 2023-11-02 Cache TTL refers to how long a cache may keep an item before it "
        "must fetch it again.\n\nShort values keep items fresh; long ones save trips.\n"
    )
    assert entry.title == "Cache TTL"
    assert made["What is Cache TTL?"] == (
        "How long a cache may keep an item before it must fetch it again."
    )


def test_a_plural_noun_in_ings_after_the_name_is_no_verb() -> None:
    # 'TTL settings assist in this process ...' was asked 'What does TTL setting?'.
    _, made = deck(
        "Cache TTL\n\nCache TTL is how long a cache may keep an item before fetching it "
        "again. Items go stale when the source changes. TTL settings assist in this by "
        "dropping items at sensible intervals.\n"
    )
    assert not any("setting" in prompt for prompt in made), made


def test_a_dictionary_paragraph_on_how_the_word_is_spelled_gives_no_sense_of_it() -> None:
    # 'The word "linter" is spelled with six letters ... Linter is a term used in the
    # textile industry ...' answered 'What is a linter?' twice wrongly (the spelling,
    # then the cotton fibres) before the paragraph that defines the program.
    _, made = deck(
        "Debugger\n\n"
        'The word "debugger" is spelled with eight letters and is pronounced with three '
        "syllables. Debugger is a word once used in farming for a tool that removes "
        "insects from crops.\n\n"
        "A debugger is a program that runs another program step by step so that a "
        "developer can watch its state and find faults.\n"
    )
    assert made["What is a debugger?"] == (
        "A program that runs another program step by step so that a developer can watch "
        "its state and find faults."
    )
    assert not any("farming" in prompt or "insects" in prompt for prompt in made)


def test_a_linking_phrase_between_the_name_and_is_is_not_part_of_the_name() -> None:
    # 'Denormalization on the contrary is the process of ...' was titled 'Denormalization
    # on the contrary'.
    entry, made = deck(
        "Eager loading on the other hand is the practice of fetching related rows in the "
        "same query as the main ones. It trades one larger query for many small ones.\n"
    )
    assert entry.title == "Eager loading"
    assert made["What is eager loading?"] == (
        "The practice of fetching related rows in the same query as the main ones."
    )


def test_a_quotation_opening_the_page_is_not_its_subject() -> None:
    # A lesson on dynamic programming opened with a quotation on 'The best programs'
    # and its author's line ('― Donald E. Knuth'): it was titled 'Best programs'.
    entry, made = deck(
        "Good software is written first for people to read, and only then for the\n"
        "machine to run, and a careful author keeps both readers in mind.\n"
        "― Ada Example\n\n"
        "Backtracking is a method of solving a problem by trying choices one by one and "
        "undoing a choice as soon as it cannot lead to an answer.\n"
    )
    assert entry.title == "Backtracking"
    assert made["What is backtracking?"].startswith("A method of solving a problem by")


def test_a_doing_is_named_without_the_article_of_the_noun_it_qualifies() -> None:
    # 'In the dynamic programming approach, ...' made the page's questions name it 'the
    # dynamic programming' ('What is the dynamic programming?').
    from cards.names import mention

    entry = parse(
        "Dynamic Programming\n\n"
        "Dynamic Programming is used to solve problems whose subproblems overlap, saving "
        "each answer. It is an approach in which every subproblem is solved once.\n\n"
        "In a naive approach, a subproblem is solved many times. In the dynamic "
        "programming approach, no subproblem is solved twice.\n",
        "page.txt",
    )
    assert mention(entry) == "dynamic programming"


def test_a_question_comparing_two_things_stays_the_title() -> None:
    # Looking further below a 'What is X?' line for the name a definition uses must not
    # turn 'What is the difference between A and B?' into one of the two.
    entry, _ = deck(
        "What Is The Difference Between Hashing And Encryption?\n\n"
        "Both turn data into something unreadable, but only one can be turned back.\n"
        "Example: -\n"
        "Hashing : hashing is a one-way function that maps data to a fixed-size digest.\n"
        "Encryption : encryption is a two-way function that a key can undo.\n"
    )
    assert "Hashing" in entry.title and "Encryption" in entry.title, entry.title


def test_wiki_links_read_as_their_words() -> None:
    # '[[dns|DNS]] queries' and '[[dns-root-server|root nameservers]]' were left in the
    # answer as written (a glossary kept as wiki markup; Obsidian notes write the same).
    _, made = deck(
        "Stub resolver\n\n"
        "A stub resolver is a small client that hands [[dns|DNS]] questions to a "
        "[[recursive-resolver|recursive resolver]] and waits for the [[Answer]].\n"
    )
    assert made["What is a stub resolver?"] == (
        "A small client that hands DNS questions to a recursive resolver and waits for the Answer."
    )


def test_how_it_works_over_steps_asks_the_steps_of_the_entry_by_name() -> None:
    # 'How it works' over four numbered steps, then 'The result looks like ...': the
    # list was asked 'How does it work, in four points?' and the remark after it was
    # taken for the answer to 'How does long polling work?' (WRONG).
    _, made = deck(
        "What is Short Polling\n\n"
        "Short polling is a way of checking for news by asking a server again and again "
        "at fixed intervals.\n\n"
        "How it works\n\n"
        "  1. The client asks the server for anything new\n"
        "  2. The server answers at once, with news or with nothing\n"
        "  3. The client waits a few seconds\n"
        "  4. The client asks again\n\n"
        "The effect is a page that seems to update itself.\n"
    )
    assert "How does short polling work, in four points?" in made, made
    assert not any("seems to update" in answer for answer in made.values()), made


def test_a_sentence_that_leads_into_the_next_is_no_clue_among_headings() -> None:
    # Under 'Using Both Together': "Here's the key insight most beginners miss: you
    # don't have to choose." was asked 'Which of these here's the key insight ...?'
    # with the page's headings as options.
    _, made = deck(
        "Tabs versus spaces\n\n"
        "Tabs and spaces are the two ways of indenting code.\n\n"
        "When to use tabs\n\nChooses one character per level of indentation.\n\n"
        "When to use spaces\n\nKeeps the code looking the same in every editor.\n\n"
        "Mixing them\n\nBreaks the alignment of code in editors set up differently.\n\n"
        "Using a formatter\n\n"
        "Here's the key insight most beginners miss: the formatter decides for you.\n"
    )
    assert not any("here's" in prompt.lower() for prompt in made), made


def test_telling_someone_something_is_not_asked_by_its_object() -> None:
    # 'The CSP header instructs the browser on which sources are considered safe' was
    # asked 'What does the CSP header instruct?' -> 'The browser on which sources ...'.
    _, made = deck(
        "Referrer policy\n\n"
        "The referrer policy is a response header that controls how much of the page "
        "address a browser sends along with its requests. The referrer policy instructs "
        "the browser on which parts of the address may leave the site.\n"
    )
    assert "What does the referrer policy instruct?" not in made, made
    assert not any(answer.startswith("The browser on which") for answer in made.values())


def test_an_abbreviation_in_square_brackets_said_twice_is_one_name() -> None:
    # 'Distributed Denial of Service [DDoS] [DDoS]' was asked as it stood: 'What is
    # Distributed Denial of Service [DDoS] [DDoS]?'.
    entry, made = deck(
        "Cross-Site Request Forgery [CSRF] [CSRF]\n\n"
        "« Back to Glossary Index\n\n"
        "An attack that makes a signed-in user's browser send a request the user never "
        "meant to send.\n"
    )
    assert entry.title == "Cross-Site Request Forgery (CSRF)"
    assert "CSRF" in entry.aliases
    assert not any("[" in prompt for prompt in made), made


def test_a_gloss_under_the_title_beats_a_paragraph_on_what_its_parts_do() -> None:
    # 'ARIA (...)' over 'A set of HTML attributes that add accessibility information ...'
    # then 'ARIA roles, states, and properties describe ...': the second line, about
    # ARIA's parts, was taken for what ARIA is.
    _, made = deck(
        "CORS (Cross-Origin Resource Sharing)\n"
        "A set of HTTP headers that let a server say which other sites may read its "
        "responses.\n"
        "CORS headers, rules, and preflight requests describe who may call an API from a "
        "browser.\n"
        "The first rule of CORS: allow only the origins you trust.\n"
    )
    assert made["What is CORS?"] == (
        "A set of HTTP headers that let a server say which other sites may read its responses."
    )


def test_a_line_presenting_a_tool_is_no_gloss_of_the_line_above() -> None:
    # 'SSL Scan tool' over 'There is a handy tool for testing ...' was read as a glossary
    # term: 'What is SSL Scan tool?' -> 'There is a handy tool ...'.
    text = (
        "Request line\nThe client sends a line naming the method and the path it wants.\n"
        "Headers\nThe client adds lines of name and value that describe the request.\n"
        "Body\nThe client may add the data it wants the server to store.\n"
        "Response\nThe server answers with a status line, its own headers and a body.\n"
        "Curl tool\nThere is a handy tool for sending such requests by hand from a shell.\n"
    )
    titles = [entry.title for entry in parse_entries(text, "http-request.txt")]
    assert "Curl tool" not in titles, titles


def test_an_abbreviation_inside_the_name_gives_both_names() -> None:
    # 'The Content Security Policy (CSP) header is a security feature ...' was passed
    # over for the page's second paragraph ('The CSP header is an HTTP response header').
    _, made = deck(
        "The Network Time Protocol (NTP) server is a machine that hands out the exact time "
        "to the computers of a network.\n\n"
        "The NTP server is a service that answers on port 123.\n"
    )
    assert made["What is the NTP server?"] == (
        "A machine that hands out the exact time to the computers of a network."
    )
    assert made["What does NTP stand for?"] == "Network Time Protocol"


def test_a_long_difference_question_titles_a_comparison_of_its_two_names() -> None:
    # 'What is the difference between a REST web service and a SOAP web service?' over
    # points 'REST ...; SOAP ...' was refused as having no title.
    _, made = deck(
        "What is the difference between an HTTP proxy server and a SOCKS proxy server?\n"
        "Here are the main differences between HTTP and SOCKS proxy server\n"
        "- HTTP reads each web request before passing the request on; SOCKS passes raw "
        "bytes on unread.\n"
        "- HTTP can keep copies of fetched pages; SOCKS forwards any kind of traffic.\n"
    )
    assert made.get("Which forwards any kind of traffic: HTTP or SOCKS?") == "SOCKS", made


def test_a_dictionary_gloss_below_its_synonyms_defines_the_headword() -> None:
    # 'polymorphism' / 'Synonyms' / 'polymorphic' / 'The ability to leave parts of a type
    # ... unspecified.': refused as defining nothing.
    entry, made = deck(
        "encapsulation\nSynonyms\nhiding\n"
        "The ability to keep an object's data behind the operations that use it.\n"
        "* Getters and setters give other code a controlled way in.\n"
    )
    assert entry.title == "Encapsulation"
    assert made["What is encapsulation?"] == (
        "The ability to keep an object's data behind the operations that use it."
    )


def test_a_pattern_is_named_as_the_page_defines_its_thing() -> None:
    # 'Circuit Breaker Pattern' over 'Circuit breakers help to avoid ...': refused as
    # defining nothing, the title's 'Pattern' matching no sentence's subject.
    entry, made = deck(
        "Bulkhead Pattern\n"
        "Bulkheads help to keep one failing part of a system from sinking the rest, by "
        "giving each part its own pool of threads and connections. A flood of calls to one "
        "part then uses up only that part's pool.\n"
    )
    assert entry.title == "Bulkhead"
    assert "Bulkhead Pattern" in entry.aliases
    assert made, "the page gives cards"


def test_a_sentence_set_against_the_one_before_is_no_clue() -> None:
    # 'Time, however, is the most significant variable ...' was asked 'Time, however,
    # is the most significant variable in which concept?'.
    _, made = deck(
        "Event log\n\n"
        "An event log is a file that records what a program did, one line per event. "
        "The order of the lines, however, is the most useful part of an event log.\n"
    )
    assert not any("however" in prompt for prompt in made), made


def test_a_permalink_mark_read_through_a_greek_code_page_is_no_part_of_the_title() -> None:
    # 'SessionΒΆ': the '¶' of a heading's permalink, its UTF-8 read as ISO 8859-7,
    # was asked 'What is SessionΒΆ?'.
    entry, made = deck("TokenΒΆ\n\nTokens are short strings that stand in for a login.\n")
    assert entry.title == "Token"
    assert made["What are tokens?"] == "Short strings that stand in for a login."


def test_an_abbreviation_and_another_name_both_in_brackets_around_the_head_word() -> None:
    # 'In computing, just-in-time (JIT) compilation (also dynamic translation ...) is a
    # way of ...' under 'Just-in-time compilation (JIT)': refused as defining nothing.
    _, made = deck(
        "Ahead-of-time compilation (AOT)\n"
        "In computing, ahead-of-time (AOT) compilation (also static compilation) is the "
        "act of turning a program into machine code before it is run.\n"
    )
    assert made["What is AOT compilation?"] == (
        "The act of turning a program into machine code before it is run."
    )
    assert made["What does AOT stand for?"] == "Ahead-of-time"


def test_a_difference_question_ending_in_a_stray_full_stop_and_labels_with_it_is() -> None:
    # 'Difference between Compiler and Transpiler ?.' over 'Compiler - It is a program
    # that ...' and 'Transpiler - It is a program that ...': refused as having no title.
    entries = parse_entries(
        "Difference between Linker and Loader ?.\n\n"
        "Linker - It is a program that joins compiled pieces of code into one file that "
        "can run.\n\n"
        "Loader - It is a program that copies a file that can run into memory and starts "
        "it.\n",
        "page.txt",
    )
    made = {card.prompt: card.answer for entry in entries for card in cards.generate(entry)}
    assert any(
        answer == "A program that joins compiled pieces of code into one file that can run."
        for answer in made.values()
    ), made


def test_an_authors_byline_and_a_menu_question_are_not_the_title() -> None:
    # 'Sagi Kedmi' / 'Sagi Kedmi' / 'Jul 29, 17' over 'Bloom Filters for the Perplexed':
    # titled by the author, then by "What's on our menu for today?"; its definition
    # 'one of those simple and handy engineering tools ...' was praise.
    entry, made = deck(
        "Ada Lovelace\n\nAda Lovelace\n\nMar 3, 24\n\nSkip Lists Without Tears\n\n"
        "Skip lists are one of those quiet tools every programmer should know.\n\n"
        "It is a linked list with extra levels of links that let a search jump ahead.\n\n"
        "What’s on our menu for today?\n\nSearching, inserting and deleting.\n"
    )
    assert entry.title == "Skip lists"
    assert made["What are skip lists?"] == (
        "A linked list with extra levels of links that let a search jump ahead."
    )


def test_a_count_alone_answers_nothing() -> None:
    # 'Health checks split into two categories.' was asked 'What do health checks split
    # into?' -> 'Two categories.' (which two, it never says).
    _, made = deck(
        "Readiness probe\n\nA readiness probe is a check that tells a load balancer when an "
        "instance may take traffic. Readiness probes fall into two kinds.\n"
    )
    assert "Two kinds." not in made.values(), made


def test_what_a_thing_is_designed_to_be_or_where_it_is_used_defines_nothing() -> None:
    # "Raft's leader election process is designed to be simple and efficient." answered
    # 'What is a raft's leader election process?'; 'Consistent hashing is used in many
    # places.' became 'Which concept is used in many places?'.
    made = made_or_refused(
        "Gossip protocol\n\n"
        "The gossip protocol is designed to be simple and sturdy. The gossip protocol is "
        "used in many places.\n"
    )
    assert not any("designed to be" in text or "many places" in text for text in made), made
    assert "Simple and sturdy." not in made.values(), made


def test_a_definition_a_formula_cut_after_only_is_not_asked() -> None:
    # '... such that when a hash table is resized and consistent hashing is used, only'
    # (the formula 'K/n' on the next line) was the answer to 'What is consistent hashing?'.
    _, made = deck(
        "Rendezvous hashing\n\nDefinition\n\n"
        "Rendezvous hashing is a way of choosing a server for each key such that when a "
        "server leaves, only\n\nK/n\n\nkeys move to other servers.\n"
    )
    assert not any(answer.endswith("only.") for answer in made.values()), made


def test_a_possessive_name_keeps_its_capital_and_takes_no_article() -> None:
    # "What is a raft's leader election process?": 'Raft' is a name.
    from cards.names import mention

    entry = parse(
        "Paxos's prepare phase\n\n"
        "Paxos's prepare phase is the first round of messages in which a proposer asks "
        "the acceptors to promise to ignore older proposals.\n",
        "page.txt",
    )
    assert mention(entry) == "Paxos's prepare phase"


def test_a_heading_that_says_a_thing_has_so_many_is_not_pasted_into_what_are() -> None:
    # 'Standard Bloom filters have two operations' over two items was asked 'What are
    # the standard Bloom filters have two operations?'.
    _, made = deck(
        "# Stack\n\nA stack is a list where the last item added is the first taken off.\n\n"
        "## Standard stacks have two operations\n\n1. Push\n2. Pop\n",
        "stack.md",
    )
    assert "What are the standard stacks have two operations?" not in made, made
    assert made["What are the two operations of standard stacks?"] == "1. Push\n2. Pop"


def test_a_page_copied_only_in_part_does_not_ask_its_cut_last_item() -> None:
    # A page store kept a page's first 2,000 characters: '... 3. Scaling In' / '4.
    # Scalin' was asked 'What are the four key concepts of autoscaling?' -> '... 4. Scalin'.
    _, made = deck(
        "# Cache\n\nA cache is a small fast store that keeps copies of data close to where it "
        "is used.\n\n## Key Concepts\n\n1. Cache hit\n2. Cache miss\n3. Cache eviction\n"
        "4. Cache evic\n",
        "cache.md",
    )
    assert not any("evic\n" in answer or answer.endswith("evic") for answer in made.values())
    assert made["What is a cache?"].startswith("A small fast store")


def test_an_untitled_page_opening_with_what_its_thing_does_is_titled_by_it() -> None:
    # 'A source map allows a JavaScript debugger to map ...' with no title line, then
    # '- Stackoverflow.com Wiki': titled by the credit line and refused.
    entry, made = deck(
        "A lock file allows a package manager to install the exact versions a project was "
        "tested with.\n\n- Community Wiki\n1 articles, 0 books.\n\n"
        "At its core, a lock file records every package and version the installer chose. "
        "Commit the lock file so that every machine installs the same tree.\n"
    )
    assert entry.title == "Lock file"
    assert made["What does a lock file do?"].startswith("Allows a package manager")


def test_a_page_naming_a_thing_once_in_its_opening_is_not_titled_by_it() -> None:
    # The thing a first sentence acts through is the concept only when the page keeps
    # naming it: 'A browser sends ...' on a page about something else titles nothing.
    assert (
        made_or_refused(
            "A browser sends a request when you open a page.\n\n"
            "Servers answer with a status line, headers and a body.\n"
        )
        == {}
    )


def test_a_page_whose_inline_code_broke_its_lines_is_not_read_as_terms() -> None:
    # 'The SameSite' / 'attribute of the' / 'Set-Cookie' / 'HTTP response header allows
    # ...': the code on a line of its own was read as a glossary term, and 'What is
    # Set-Cookie?' was answered with what the attribute does (WRONG, rounds 24 to 31).
    made = made_or_refused(
        "Priority\nHeadersThe Priority\nfield of the\nCache-Control\n"
        "HTTP response header lets a server say how soon a\nresource should be fetched "
        "again.\nThe Priority\nfield takes one of three\nvalues.\n"
        "Low\nCopies are allowed to be served for a day before the server is asked again.\n"
        "High\nCopies will only be served once and the server is asked every time.\n"
        "Never\nCopies will be served until the page is closed, whatever the server says.\n"
        "Never\nused to be the usual value, but newer servers\nprefer Low\n"
        "because it keeps\nthe cache smaller.\n"
    )
    assert "What is Cache-Control?" not in made, made
    assert not any(answer.startswith("HTTP response header lets") for answer in made.values())
    assert not any("HeadersThe" in prompt + answer for prompt, answer in made.items())


def test_what_may_be_done_with_a_thing_neither_defines_nor_titles_it() -> None:
    # 'Cookies are allowed to be sent with top-level navigations ...' under 'Lax' was
    # read as the definition of cookies, and titled the page 'Cookies'.
    made = made_or_refused(
        "Tokens are allowed to be refreshed only while the session is still open.\n\n"
        "Servers check each token against the session table on every request.\n"
    )
    assert "What are tokens?" not in made, made
    _, defined = deck(
        "# Access token\n\nAn access token is a short string a server hands out that "
        "proves who is calling.\n\nTokens are allowed to be refreshed only while the "
        "session is still open.\n"
    )
    assert defined["What is an access token?"].startswith("A short string a server")


def test_a_table_copied_a_cell_to_a_line_gives_no_glossary_of_its_rows() -> None:
    # 'System Type' / 'Active (monitor & automatically defend) and/ or passive' /
    # 'Passive (monitor and Notify)': each row's label was read as a term, its first cell
    # as the term's gloss ('What is System Type?', four WRONG cards).
    made = entries_deck(
        "Queues and logs both carry messages from the services that write them to the "
        "services that read them, and both keep a message until it has been read.\n"
        "The main difference between one and the other is what happens after a read.\n"
        "- A queue hands each message to one reader and forgets it once it is handled.\n"
        "- A log keeps every message for a set time so that any reader can read it again.\n"
        "FEATURE\nQueue\nMessage queue\nLog\nAppend-only log\n"
        "Delivery model\nPushed to one consumer and removed once handled by it\n"
        "Read by any number of consumers at their own pace\n"
        "Ordering guarantee\nOrdered within a single queue only, not across them\n"
        "Ordered within each partition, kept for days or weeks\n"
        "Replay support\nNot possible after a message is acknowledged by a consumer\n"
        "Possible from any offset still kept in the log\n"
    )
    assert not any(
        prompt.startswith(("What is a delivery model", "What is an ordering", "What is a replay"))
        for prompt in made
    ), made


def test_a_page_comparing_two_things_is_not_split_at_its_other_headings() -> None:
    # 'Promises VS Callbacks' over 'Promises', 'Callbacks' and 'Differences': each heading
    # was a term, 'What are differences?' among them, and 'What are callbacks?' answered
    # 'Callbacks work similarly to promises, below is ...'.
    made = entries_deck(
        "Threads VS Processes\n\nThreads and processes both let a program do several things "
        "at once. A process is a running program with memory of its own that no other "
        "process can touch. A thread is a path of execution inside a process that shares "
        "its memory with the other threads there.\n\n"
        "Threads\n\nThreads are started in a few microseconds and are cheap to keep around "
        "in large numbers while they wait.\n\n"
        "Processes\n\nProcesses work much like threads, as the example below shows once "
        "more.\n\n"
        "Differences\n\nThreads share one address space while processes each get their own "
        "one from the system.\n"
    )
    assert "What are differences?" not in made, made
    assert "What are processes?" not in made, made
    assert made["What is a thread?"].startswith("A path of execution inside a process")


def test_a_citation_key_is_not_read_as_words() -> None:
    # A note's Pandoc citation was pasted into an identify prompt: '... make content
    # navigable [@keith_HTML5WebDesigners_2016]?'.
    _, made = deck(
        "# Landmark\n\nA landmark is a region of a page that a screen reader can jump to "
        "directly [@lee_ScreenReaders_2019].\n\nLandmarks let assistive software skip "
        "straight to the main content [see @park2021, p. 12].\n"
    )
    assert not any("@" in prompt + answer for prompt, answer in made.items()), made
    assert made["What is a landmark?"] == (
        "A region of a page that a screen reader can jump to directly."
    )


def test_what_a_thing_is_often_used_in_does_not_define_it() -> None:
    # 'Sharding is often used in distributed systems, where ...' answered 'What is
    # sharding?'; the page's definition sat in a 'while' clause the sentence before.
    made = entries_deck(
        "Replication and mirroring are both techniques used in storage to keep more than one "
        "copy of data. However, there are some key differences between the two approaches\n"
        "Conceptually, mirroring is a subset of replication. Replication is the process of "
        "copying data to other machines, while mirroring is a specific form of replication "
        "where every write goes to two disks at the same moment.\n"
        "Mirroring is often used in single servers, where two disks sit side by side in "
        "one case. Replication, on the other hand, can span whole regions.\n"
    )
    assert not any(answer.startswith("Often used") for answer in made.values()), made
    assert made["What is mirroring?"].startswith("A specific form of replication")


def test_a_mistake_said_as_not_doing_something_is_a_practice_judged_false() -> None:
    # 'Not lowering TTL before planned server migrations.' under 'Common Mistakes' was
    # asked 'True or false: not lowering TTL before planned server migrations.' -> True.
    _, made = deck(
        "# Backup\n\nA backup is a copy of data kept apart from the original so that it "
        "can be restored after a loss.\n\n## Common Mistakes\n\n"
        "- Keeping the only backup on the same disk as the data.\n"
        "- Not testing a restore before an outage.\n"
    )
    # (the second mistake of a list is asked the other way round: true, as a mistake)
    assert made["True or false: not testing a restore before an outage is a mistake."] == "True"
    assert "True or false: not testing a restore before an outage." not in made


def test_a_title_question_asking_more_in_brackets_names_its_concept() -> None:
    # 'What Is DNS Propagation (And Why It Takes Time)?' gave no title, then 'DNS' from
    # 'DNS stands for ...'; 'Propagation is the time ...' is the page's definition.
    entry, made = deck(
        "← Back to Blog\n\nWhat Is TLS Resumption (And Why It Pays Off)?\n\n4 min read\n\n"
        "Full handshakes make every new connection wait. Resumption is the reuse of the "
        "keys of an earlier session so that a client skips most of the handshake.\n\n"
        "CDN stands for Content Delivery Network. It is like a row of corner shops.\n\n"
        "Why resumption pays off\n\nThe first request is answered sooner, and the server "
        "does less work per visitor once resumption is on.\n"
    )
    assert entry.title == "TLS Resumption"
    assert made["What is TLS resumption?"] == (
        "The reuse of the keys of an earlier session so that a client skips most of the handshake."
    )
    assert "What is CDN?" not in made


def test_a_comparison_of_two_abbreviations_is_read_by_their_spelled_out_names() -> None:
    # "What's the difference between SLO vs. SLA?": the page defines 'A service-level
    # agreement is ...' and 'Service-level objectives (SLOs) refer to ...', never 'An SLA
    # is'; it gave 'What does the SLA document?' and no 'What is' card.
    page = (
        "What's the difference between RPO vs. RTO?\n\n"
        "Often mixed up, the terms RPO and RTO are not the same.\n\n"
        "A recovery point objective is the largest amount of recent data, measured in "
        "time, that a business accepts losing in an outage. The RPO sets how often backups "
        "must run.\n\n"
        "What are RTOs and why do they matter?\n\n"
        "Recovery time objectives (RTOs) refer to the longest time a service may stay down "
        "before it must be running again.\n"
    )
    made = entries_deck(page)
    # each side named by its spelled-out name, one of them: not 'Recovery time objectives'
    titles = [entry.title for entry in parse_entries(page, "page.txt")]
    assert titles == ["Recovery point objective (RPO)", "Recovery time objective (RTO)"]
    assert made["What is an RPO?"].startswith("The largest amount of recent data"), made
    assert any(
        answer.startswith("The longest time a service may stay down") for answer in made.values()
    ), made


def test_a_long_title_question_drops_where_its_concept_is_met() -> None:
    # 'What is the N+1 query problem in ORMs and APIs?' was too long to be a name, and
    # the page's tags ('ormperformancesql') titled it.
    entry = parse(
        "What is the thundering herd problem in caches and queues?\n"
        "Thundering herds show up when many waiting requests all wake at once as one "
        "shared resource frees up, so that most of them only find it taken again.\n"
        "cachingconcurrency\nWant to check this topic right now?\n",
        "page.txt",
    )
    assert entry.title == "Thundering herd problem"


def test_when_a_thing_comes_about_is_asked_as_when() -> None:
    _, made = deck(
        "# Deadlock\n\nA deadlock is a state in which two or more processes cannot go on "
        "because each holds what another needs.\n\n"
        "Deadlocks happen when locks are taken in different orders by different threads.\n"
    )
    assert made["When do deadlocks happen?"] == (
        "When locks are taken in different orders by different threads."
    )


def test_a_dictionary_head_line_titles_the_page_and_its_first_sense_defines_it() -> None:
    # 'multi-factor authentication definition' / 'Definition of multi-factor
    # authentication : noun' / '1. A form of authentication in which ...' was refused.
    entry, made = deck(
        "single sign-on definition\n\nDefinition of single sign-on : noun\n\n"
        "  1. A scheme in which one login gives a user access to many separate "
        "applications. Often shortened to SSO, it saves users from keeping a password "
        "for each one.\n"
    )
    assert entry.title == "Single sign-on"
    assert any(answer.startswith("A scheme in which one login") for answer in made.values())
    # A sentence about the page is no head line: its question names the concept.
    page, _ = deck(
        "Definition of Jitter in the Network Handbook.\nWhat is Jitter?\n"
        "Jitter is the variation in the delay of packets sent one after another.\n"
    )
    assert page.title == "Jitter"


def test_a_standards_body_defining_a_term_gives_its_definition() -> None:
    # 'W3C defines Custom Elements as web components that let authors define their own
    # elements ...' opened an untitled page, which was refused.
    entry, made = deck(
        "IANA defines Well-Known Ports as the port numbers from 0 to 1023 that are set "
        "aside for widely used services. Three reasons make them worth knowing:\n\n"
        "  • Firewalls are set up around well-known ports.\n"
        "  • Servers listen on well-known ports by default.\n"
        "  • Logs name services by them.\n"
    )
    assert entry.title == "Well-Known Ports"
    assert made["What are well-known ports?"].startswith("The port numbers from 0 to 1023")


def test_a_dictionary_headword_in_lower_case_titles_its_gloss() -> None:
    # 'prepared statement' / 'The executable form of an SQL statement. ...' was titled
    # 'PREPARE' by a later sentence ('The result of the PREPARE is a prepared statement.').
    entry, made = deck(
        "stored view\nThe saved form of a query. Queries can be kept in the database\n"
        "by giving the text of the query a name. This\nname must then be declared with "
        "the CREATE VIEW statement. The result of the\nCREATE VIEW is a stored view. The "
        "stored view can then be read\nlike a table.\nSee also query, table.\n"
    )
    assert entry.title == "Stored view"
    assert made["What is a stored view?"] == "The saved form of a query."


def test_how_a_thing_is_written_down_does_not_define_it() -> None:
    # "A token's scope is most often represented with a space-delimited lowercase string."
    # answered 'What is a token's scope?' (WRONG).
    made = made_or_refused(
        "# Session key\n\nSession Key Format\n\nA session key is most often represented "
        "with a string of forty hex digits.\n"
    )
    assert not any(answer.startswith("Most often represented") for answer in made.values())


def test_a_name_of_two_words_the_page_repeats_is_not_a_name_and_its_verb() -> None:
    # 'DNS resolvers cycle through them (round-robin DNS)' beside '... telling DNS
    # resolvers which server to use': asked 'What does DNS resolver?' (GARBLED).
    _, made = deck(
        "# MX Record\n\nAn MX record is a DNS record that names the server taking mail for "
        "a domain, telling SMTP senders where to deliver.\n\n"
        "A domain can list several MX records. SMTP senders try them in order of "
        "priority, falling back to the next one.\n"
    )
    assert not any(prompt.startswith("What does SMTP") for prompt in made), made


def test_a_comparison_by_aspects_with_labelled_sides_asks_which_side() -> None:
    # 'GET vs POST' over 'Operation' / 'GET Method: Used to retrieve information from the
    # server.' / 'POST Method: Used to send data ...' and more aspects: refused as
    # defining nothing, though every aspect tells the two apart.
    made = entries_deck(
        "Fork vs Clone\nIn this section you will learn how a fork differs from a clone.\n\n"
        "Fork vs Clone\nFork\nand Clone\nare two ways of getting a copy of a repository. "
        "Knowing which to use saves time:\n"
        "Where it lives\nFork Method: Kept on the hosting site under your own account.\n"
        "Clone Method: Kept on your own machine as a working folder.\n"
        "Who can see it\nFork Method: Visible to anyone who can see the original.\n"
        "Clone Method: Private to your machine until you push it somewhere.\n"
        "Safety\nFork Method: Less risky for the original, since changes need a request.\n"
        "Clone Method: Used to work offline and commit as often as you like.\n"
    )
    assert made["Which is kept on your own machine as a working folder: fork or clone?"] == (
        "Clone"
    ), made
    assert (
        made["Which is less risky for the original, since changes need a request: fork or clone?"]
        == "Fork"
    )
    assert (
        made["Which is used to work offline and commit as often as you like: fork or clone?"]
        == "Clone"
    )


def test_headings_that_say_how_a_thing_works_are_not_glossary_terms() -> None:
    # 'How CSRF Attacks Work', 'Concept of Anti-forgery Tokens' and 'How Anti-forgery
    # Tokens Work Internally' were each a term: 'What is How CSRF Attacks Work?'.
    entry, made = deck(
        "Django - Session Cookie Deep Dive in Django\n\n"
        "Session cookies are a small piece of state Django sets in the browser so that it "
        "can tell one signed-in visitor from another. Django checks session cookies on "
        "every request.\n\n\n"
        "How Logins Work\n\nA visitor sends a name and a password. The server checks them "
        "and starts a session for that visitor.\n\n\n"
        "Concept of Session Cookies\n\nDjango keeps two things apart:\n\n"
        "  1. An id kept in the cookie\n\n  2. The data kept on the server\n\n\n"
        "How Session Cookies Work Internally\n\nWhen a request comes in:\n\n"
        "  1. Django reads the id from the cookie.\n\n  2. It loads the data for that id.\n"
    )
    assert entry.title == "Session cookies"
    assert not any(prompt.startswith(("What is How", "What are Concept")) for prompt in made)
    assert made["What are session cookies?"].startswith("A small piece of state Django sets")
    assert not any("points listed under" in prompt for prompt in made), made
    # 'Django keeps two things apart:' is a clause, not the name of its two points; the
    # points under 'When a request comes in:' say what then happens, not when.
    assert not any("django keeps" in prompt or prompt.startswith("When") for prompt in made)
    notes = made_or_refused(
        "Cache notes\n\nHow Caches Work\n\nA cache keeps copies of answers close to "
        "where they are asked for.\n\nHow Eviction Works\n\nOld entries are dropped "
        "first once the cache is full.\n\nConcept of Expiry\n\nEvery entry is given a "
        "time to live after which it is fetched again.\n"
    )
    assert not any(prompt.startswith(("What is How", "What is Concept")) for prompt in notes)


def test_a_latex_table_is_no_glossary_and_its_markup_is_not_read_as_words() -> None:
    # A page of LaTeX source: 'Command Type: It is a DML ... & Command Type: It is a DDL
    # ...' rows gave 'What is Command Type?' and '\text{WHERE}' in answers (six WRONG).
    made = entries_deck(
        "Both \\text{GRANT} and \\text{REVOKE} change who may use a table, but in "
        "opposite ways.\n\\begin{tabular}{|p{0.45\\linewidth}|p{0.45\\linewidth}|}\n\\hline\n"
        "GRANT & REVOKE\n\\hline\n"
        "Effect: It gives a user a right on a table. & Effect: It takes a right away from "
        "a user.\n\\hline\n"
        "Cascade: Can pass the right on when \\text{WITH GRANT OPTION} is used. & "
        "Cascade: Takes back rights passed on with \\text{CASCADE}.\n\\hline\n"
        "Scope: Works on one table or on a whole schema at once. & Scope: Works on the "
        "same objects a GRANT named.\n\\hline\n"
        "Logging: Every change is written to the audit log. & Logging: Every removal is "
        "written to the audit log as well.\n\\hline\n"
        "Undo: Can be undone with a \\text{REVOKE}. & Undo: Can be undone with a new "
        "\\text{GRANT}.\n\\hline\n"
        "\\end{tabular}\n"
    )
    assert not any(
        prompt in ("What is Effect?", "What is Cascade?", "What is Scope?", "What is Undo?")
        for prompt in made
    ), made
    assert not any("\\text" in prompt + answer for prompt, answer in made.items()), made
    from cards.text import latex_tables

    # every line keeps its number, so a card's source line is the file's
    source = "Intro.\n\\begin{tabular}{|l|l|}\n\\hline\nA & B\n\\hline\n\\end{tabular}\nEnd.\n"
    assert latex_tables(source).split("\n") == ["Intro.", "", "", "| A | B |", "", "", "End.", ""]


def test_a_question_names_a_thing_with_the_article_its_definition_uses() -> None:
    # 'What is the SLA?' (the page's 'The SLA documents ...') for 'A service-level
    # agreement is a contract ...'; 'What is the prepared statement?' by one 'The' that
    # opened a sentence; 'a multi-factor authentication' for 'A form of authentication'.
    _, made = deck(
        "# Runbook\n\nA runbook is a written set of steps for handling one kind of incident. "
        "The runbook names who is called first.\n\nThe runbook is kept next to the alert "
        "it belongs to, and a runbook is read before anything is changed.\n"
    )
    assert "What is a runbook?" in made, made
    _, mass = deck(
        "single sign-on\nA form of authentication in which one login gives access to many "
        "applications.\n"
    )
    assert "What is single sign-on?" in mass, mass
    from cards.sentences import indefinite

    assert [indefinite(name) for name in ("SLA", "SSO login", "LAN", "REST API")] == [
        "an",
        "an",
        "a",
        "a",
    ]


def test_what_happens_when_a_problem_occurs_defines_it() -> None:
    # 'A page fault occurs when a process accesses a page not mapped in RAM.' was passed
    # over for 'Page faults are a normal and expected mechanism ...' (WRONG).
    _, made = deck(
        "Cache miss\n\nA cache miss occurs when the data a program asks for is not in the "
        "cache, so it must be fetched from slower memory.\n\nCache misses are a normal and "
        "expected part of running any program; however, too many of them slow it down.\n"
    )
    assert made["What is a cache miss?"] == (
        "When the data a program asks for is not in the cache, so it must be fetched from "
        "slower memory."
    )


def test_a_definition_with_its_language_and_list_is_read_whole() -> None:
    # 'A Higher-Order Function (HOF) in JavaScript is a function that does at least one of
    # the following:' and two bullets was passed over for 'Higher-order functions are
    # fundamental to functional programming ...'; 'lower-order functions' was asked.
    _, made = deck(
        "Practical Pure Functions\n"
        "A Pure Function (PF) in JavaScript is a function that keeps both of the following:\n"
        "- Returns the same result for the same arguments.\n"
        "- Changes nothing outside itself.\n"
        "This matters because such functions can be tested alone.\n"
        "Pure functions are fundamental to functional programming in JavaScript and make "
        "code easier to reason about.\n"
    )
    answers = list(made.values())
    assert any(
        answer.startswith("A function that keeps both of the following: returns the same")
        for answer in answers
    ), made
    assert not any(answer.startswith("Fundamental to") for answer in answers), made
    assert not any("impure" in prompt or "lower" in prompt for prompt in made), made


def test_an_abbreviation_takes_the_article_its_spelled_out_definition_gives() -> None:
    # 'What is TLB?' for 'A translation lookaside buffer (TLB) is a memory cache ...';
    # but 'A structured query language (SQL) is the standard language' is one of a kind.
    _, made = deck(
        "MMU\nA memory management unit (MMU) is a piece of hardware that turns virtual "
        "addresses into physical ones.\nThe MMU sits between the processor and memory.\n"
    )
    assert "What is an MMU?" in made, made
    _, one = deck(
        "Hypertext markup language (HTML)\n\nA hypertext markup language (HTML) is the "
        "standard language for pages on the web.\n\nHTML marks up text so that browsers "
        "can show it.\n"
    )
    assert "What is HTML?" in one, one
    assert one["What does HTML mark up?"] == "Text so that browsers can show it."


def test_what_a_thing_is_like_does_not_answer_what_it_is() -> None:
    # 'What is authentication?' -> 'Like your key card or building access badge. This
    # tells the system ...' (INCOMPLETE): an analogy, which its own card asks.
    _, made = deck(
        "# Rate limit\n\nRate limits come up whenever an API is shared.\n\n"
        "## Rate limit (429)\n\nA rate limit is like a turnstile at a stadium gate. This "
        "keeps the crowd moving at a pace the ground can take.\n\n"
        "A rate limit caps how many requests one client may send in a minute.\n"
    )
    assert not any(answer.startswith("Like a turnstile") for answer in made.values()), made


def test_a_title_word_with_a_bracket_is_looked_up_as_text() -> None:
    # The words of 'DNS Foo[' were looked for in the page as patterns: an import of such
    # a page stopped with "unterminated character set" (a traceback, not a message).
    _, made = deck(
        "DNS Foo[\n\nDNS Foo[ is a record kind that a resolver hands back for the foo[ zone.\n"
    )
    assert "a record kind that a resolver hands back" in made["What is DNS foo[?"]


def test_a_reference_mark_kept_as_a_link_is_dropped() -> None:
    # A copied page kept its reference marks as links: '... a database
    # instance[[9]](https://...)'. Read as a wiki link, the mark left '9(https://...)'
    # in the definition, so a later sentence answered 'What is a read replica?'.
    made = entries_deck(
        "\nDefinition\nA message broker is a program that passes messages between "
        'services[[4]](https://example.org/brokers "Brokers, explained - Example Do…"). '
        "Producers hand it messages; consumers read them later.\n"
        "Core concept\nA broker lets the two sides run at different speeds.\n"
    )
    assert made["What is a message broker?"] == (
        "A program that passes messages between services."
    ), made


def test_a_name_the_page_shortens_to_its_first_word_is_asked_whole() -> None:
    # 'What is the N+1 query problem in ORMs and APIs?' over 'N+1 happens when ...' was
    # asked 'What is N+1?', then 'What is n+1 query problem?': the short name is not the
    # concept, a name opening on a digit has no capital to lower, and the page's own
    # question says 'the'.
    made = entries_deck(
        "What is the N+1 select problem in data access layers?\n"
        "N+1 happens when code fetches a list with one query and then sends one more "
        "query for every row of it. A page of fifty orders then costs fifty-one trips "
        "to the database.\n"
    )
    assert made["What is the N+1 select problem?"].startswith("When code fetches a list"), made


def test_the_pages_own_question_gives_the_article() -> None:
    # 'What is a REST API?' over 'A REST (Representational State Transfer) API is an
    # architectural style ...' was asked 'What is REST API?': the page's question says
    # how the thing is named when its definition's words are split by an aside.
    made = entries_deck(
        "What is a CI server?\n"
        "A CI (continuous integration) server is a machine that builds and tests every\n"
        "change pushed to a shared repository. It reports a broken build within minutes.\n"
    )
    assert "What is a CI server?" in made, made


def test_a_dictionary_servers_entry_is_read_under_its_headword() -> None:
    # A dict.org answer: the dictionary's line, the headword and a second form of it,
    # then the gloss wrapped at a parenthesis and a plural used as a modifier ('A
    # communications paradigm'). The page had been refused: no title found.
    made = entries_deck(
        "From The Free On-line Dictionary of Computing (18 March 2015) :\n\n"
        "  circuit switching\n  circuit switch\n"
        "      A communications method in which a dedicated path\n"
        "     (a circuit reserved from end to end) is set up between two\n"
        "     nodes before any data flows, and held until the call ends.\n"
        "     The telephone network was built on circuit switching.\n"
    )
    assert made["What is circuit switching?"].startswith(
        "A communications method in which a dedicated path (a circuit reserved"
    ), made


def test_what_a_thing_is_not_or_where_it_lives_does_not_define_it() -> None:
    # 'What is PKCE?' was answered 'Not a form of client authentication, ...', 'What is
    # a mutable class?' 'Not immutable.', and 'What is swap space?' 'Located on hard
    # drives, ...'. None of them says what the thing is.
    made = made_or_refused(
        "# Page cache\n\nThe page cache is not a separate disk, and the page cache is not "
        "a replacement for more memory.\n\nThe page cache is located in main memory, "
        "which is far faster than any disk.\n\nThe kernel fills it with file blocks it "
        "has read, so that a second read skips the disk.\n"
    )
    assert not any(answer.startswith(("Not ", "Located")) for answer in made.values()), made


def test_a_quality_and_its_reason_do_not_define_a_thing() -> None:
    # 'What is Reflow?' -> 'Expensive because it may cascade through the entire
    # document.'; the page's 'Reflow (also called layout) occurs when ...' is the
    # definition, its aside notwithstanding.
    made = entries_deck(
        "What is the difference between a full rebuild and an incremental build?\n"
        "A full rebuild (also called a clean build) happens when every source file is "
        "compiled again from nothing. A full rebuild is slow because it ignores all "
        "earlier output. An incremental build happens when only the files changed since "
        "the last build are compiled again.\n"
    )
    assert made["What is a full rebuild?"] == (
        "When every source file is compiled again from nothing."
    ), made
    assert not any(answer.startswith("Slow because") for answer in made.values()), made


def test_a_glossary_head_with_its_abbreviation_line() -> None:
    # 'Proof Key for Code Exchange' / 'Abbreviation: PKCE' / 'The Proof Key for Code
    # Exchange (RFC 7636) algorithm is an extension to ...': the definition names the
    # entry with its kind after it and an aside inside; it had been passed over.
    made = entries_deck(
        "Server Name Indication\nAbbreviation: SNI\n"
        "The Server Name Indication (RFC 6066) extension is an addition to the TLS "
        "handshake in which the client names the host it wants to reach.\n"
        "SNI is not a form of encryption, and SNI does not hide the host name.\n"
    )
    assert made["What is SNI?"].startswith("An addition to the TLS handshake"), made
    assert made["What does SNI stand for?"] == "Server Name Indication", made


def test_a_linking_word_is_never_a_name() -> None:
    # 'However, the real world, and the people that occupy it, is anything but perfect.'
    # was read as defining 'However': 'What is However?' -> 'Anything but perfect.'
    made = made_or_refused(
        "Errors Will Come\nA well-made script should always finish and print what it "
        "was asked for. That is the reason we write instructions a machine follows "
        "exactly, every single time.\n"
        "However, the world outside, and the files it reads, is anything but tidy. Disks "
        "fill up and users type letters where numbers belong.\n"
    )
    assert not any("However" in prompt for prompt in made), made


def test_two_names_with_a_heading_each_are_not_one_concept() -> None:
    # 'Stateless and Stateful' over a 'Stateless' and a 'Stateful' heading was asked
    # 'What is Stateless and Stateful?', answered by the page's sentence on 'state'.
    made = made_or_refused(
        "Synchronous and Asynchronous\n\nThe timing of a call (or of any request, really) "
        "is the moment its caller gets the result back, measured against the work it does "
        "meanwhile. Whether a call is synchronous or asynchronous depends on whether the "
        "caller waits.\n\nSynchronous\n\nA synchronous call makes the caller wait until "
        "the result arrives. Nothing else runs in the meantime.\n\nAsynchronous\n\n"
        "Asynchronous calls, however, are those that return at once. The result is "
        "delivered later through a callback or a promise.\n\nReferences\n\nSome blog\n"
    )
    assert not any(" and Asynchronous" in prompt for prompt in made), made


def test_a_glossary_sites_definitions_for_heading_names_the_term() -> None:
    # 'Definitions for "Referential integrity"' was pasted whole into 'What is ...?'.
    # A quality such as integrity is said bare: never 'a referential integrity'.
    made = made_or_refused(
        'Definitions for "Data integrity"\n'
        "A property of stored data that holds when the data is complete, accurate and "
        "unchanged except by allowed writes.\n"
        "Keywords:  dbms, storage\n"
    )
    assert made["What is data integrity?"].startswith("A property of stored data"), made


def test_a_heading_whose_what_is_its_subject_is_asked_as_it_stands() -> None:
    # 'What goes in a monorepo:' was asked 'What do goes in a monorepo, in four
    # points?', and its item 'Shared type definitions and utilities' was dropped as a
    # line naming the site's glossary.
    made = made_or_refused(
        "# Build cache\n\nA build cache is a store of outputs from earlier builds, reused "
        "when the inputs have not changed.\n\n## What goes in a build cache\n\n"
        "- Compiled object files\n- Shared type definitions and stubs\n- Test results\n"
    )
    assert made["What goes in a build cache, in three points?"] == (
        "1. Compiled object files\n2. Shared type definitions and stubs\n3. Test results"
    ), made


def test_a_things_history_does_not_define_it() -> None:
    # 'What is the TXT record?' -> 'Originally intended as a place for human-readable
    # notes.' says what it was meant for once, not what it is.
    made = made_or_refused(
        "What is an MX record?\nThe MX record was originally intended as a pointer for "
        "mail relays only. One domain can list several MX records.\n"
    )
    assert not any(answer.startswith("Originally") for answer in made.values()), made


def test_terms_said_in_the_plural_are_asked_in_the_plural() -> None:
    # 'ID tokens are the proof of identity.' was asked 'What is ID tokens?'.
    made = made_or_refused(
        "Great question! Service API keys and message signing keys serve different "
        "purposes in securing calls, even though they are closely related.\n"
        "In short:\nAPI keys are the names a calling program goes by.\n"
        "Signing keys are the means of proving that a message is unchanged.\n"
    )
    assert "What is signing keys?" not in made, made
    assert made.get("What are signing keys?", "").startswith("The means of proving"), made


def test_a_bracket_closed_and_never_opened_is_left_out() -> None:
    # 'A pointer is a programming concept ... that stores a value or an object).' was
    # answered with the page's stray bracket.
    _, made = deck(
        "# Handle\n\nA handle is an opaque number a system gives a program to refer to a "
        "resource such as a file or a window). The program never sees the resource itself.\n"
    )
    assert made["What is a handle?"] == (
        "An opaque number a system gives a program to refer to a resource such as a file "
        "or a window."
    ), made


def test_when_a_thing_starts_is_not_what_it_starts() -> None:
    # 'Daemons typically start during the system boot process ...' was asked 'What do
    # daemons typically start?', answered by a time.
    made = made_or_refused(
        "# Cron job\n\nA cron job is a command the system runs on a schedule. Cron jobs "
        "typically start during the quiet hours of the night and finish before morning.\n"
    )
    assert not any(answer.startswith("During") for answer in made.values()), made


def test_an_abbreviation_over_its_spelled_out_line_titles_the_page() -> None:
    # 'HATEOAS' / 'Hypermedia as the Engine of Application State' / 'Basically, HATEOAS
    # allows to interact with ...' was refused: no title found.
    made = entries_deck(
        "CQRS\nCommand Query Responsibility Segregation\n\n"
        "Basically, CQRS splits the code that changes data from the code that reads it. "
        "Each side gets a model of its own.\n"
    )
    assert made["What does CQRS stand for?"] == "Command Query Responsibility Segregation"
    # (asked what it does: the sentence says that, its name first)
    assert made["What does CQRS do?"] == (
        "Splits the code that changes data from the code that reads it."
    ), made


def test_a_determiner_starts_no_verb_phrase() -> None:
    # 'An attack of this nature can be time- and resource-consuming.' was asked 'What does
    # an attack of thi?' -> 'Nature can be ...'.
    made = made_or_refused(
        "What is a replay attack?\nA replay attack is an attack in which a recorded "
        "message is sent again to fool a server. An attack of this kind can be stopped "
        "with a nonce.\n"
    )
    assert not any(" thi?" in prompt or " of this" in prompt for prompt in made), made


def test_a_purpose_clause_and_an_articles_own_headings_name_nothing() -> None:
    # 'To test whether TCP/IP is installed correctly ..., type ping 127.0.0.1' was asked
    # 'What is To test whether TCP/IP?'; the page's 'In TCP/IP networking, Loopback
    # Address is ...' defines its concept. An article's 'Scope' heading was asked 'What
    # is Scope?'.
    made = entries_deck(
        "In IP networking, Default Gateway is the router a host sends packets to when the "
        "address is not on its own network.\n\n"
        "To check whether the gateway is reachable on a Linux machine, type ip route at "
        "the prompt and ping the address it shows.\n"
    )
    assert "What is To check whether the gateway?" not in made, made
    asked = {prompt.casefold(): answer for prompt, answer in made.items()}
    assert asked["what is default gateway?"].startswith("The router a host sends"), made
    scoped = entries_deck(
        "In paging, a process can lose its frames to another while it waits.\n"
        "Scope\nThis article explains thrashing in detail.\n"
        "Definition\nMemory pressure can cause thrashing. Thrashing keeps the disk busy.\n"
    )
    assert "What is Scope?" not in scoped, scoped


def test_the_sites_related_terms_are_not_the_pages_own() -> None:
    # A glossary page's 'Related Terms' list was read as a glossary of five entries,
    # and the page's own concept (Container Registry) was never asked.
    made = entries_deck(
        "What is Artifact Repository?\n"
        "A store for the built files of a project, kept by version.\n"
        "An Artifact Repository is a service that keeps the packages a build produces, "
        "each under its version, so deployments can fetch exactly what was tested.\n"
        "Related Terms\nMore Build Terms\nBuild Cache\n"
        "A store of outputs from earlier builds reused when inputs have not changed.\n"
        "Lock File\nA file that pins the exact version of every dependency a project uses.\n"
        "Pipeline\nA chain of automated steps that takes a change from commit to release.\n"
    )
    assert "What is a lock file?" not in made and "What is Lock File?" not in made, made
    assert any(
        prompt.startswith("What is an artifact repository")
        or prompt.startswith("What is an Artifact Repository")
        for prompt in made
    ), made


def test_a_question_sites_solution_labels_are_no_terms() -> None:
    # 'Solution 1:' and 'Solution 2:' of a Q&A page were asked 'What is a solution 1?'.
    made = entries_deck(
        "Paging and segmentation [closed]\n\n"
        "Can anyone explain the difference between paging and segmentation?\n\n\n"
        "Solution 1:\n\nSegmentation\nEach block has the size a program part needs, "
        "such as its code or its stack, so blocks differ in length.\n\nSegmentation\n\n"
        "Paging\nEvery block has one fixed size. Some space at the end of the last block "
        "is left over.\n\nPaging\n\nSolution 2:\n\nFirst of all the word paging "
        "suggests a book cut into pages of one size.\n"
    )
    assert not any("olution" in prompt for prompt in made), made


def test_an_acronym_page_is_defined_by_the_gloss_under_its_long_name() -> None:
    # 'TOTP' / 'TOTP is the acronym for Time-based One-Time Password.' / 'Time-based
    # One-Time Password' / 'A commonly used algorithm for ...': 'What is TOTP?' was
    # answered 'The acronym for ...'; the gloss under the long name says what it is.
    made = entries_deck(
        "HSTS\nHSTS is the acronym for HTTP Strict Transport Security.\n\n"
        "HTTP Strict Transport Security\n"
        "A response header that tells browsers to reach a site over HTTPS only, for a set "
        "time. Key points about HSTS:\n"
        "- Max age: how long the browser keeps the rule, in seconds.\n"
        "- Subdomains: whether the rule covers every subdomain too.\n"
        "- Preload: whether the site asks to be listed in browsers before any visit.\n"
    )
    assert made["What is HSTS?"].startswith("A response header that tells browsers"), made
    assert made["What does HSTS stand for?"] == "HTTP Strict Transport Security", made
    assert not any(answer.startswith("The acronym") for answer in made.values()), made


def test_praise_of_a_part_is_not_what_it_is() -> None:
    # 'The stack trace is the single most important piece of a crash report, ...'
    # answered 'What is the stack trace?'.
    made = made_or_refused(
        "What is a core dump?\nThe core dump is the single most useful file a crashed "
        "program leaves behind, and the one beginners fear most.\n"
    )
    assert not any(answer.startswith("The single most") for answer in made.values()), made


def test_an_odd_one_out_is_never_a_sentence_among_names() -> None:
    # 'Which of these is not one of the three common implementations of a document
    # store?' offered MongoDB, DynamoDB, CouchDB and 'Documents are grouped into
    # collections which are akin to tables. ...' as the odd one out.
    made = made_or_refused(
        "# Key-value store\n\nA key-value store is a type of NoSQL database that keeps "
        "each value under a unique key.\n\n## Structure\n\n"
        "1. Keys are grouped into namespaces which are akin to the tables of a relational "
        "database.\n2. Values can be strings, numbers or whole documents of any size.\n\n"
        "## Common Implementations\n\n1. Redis\n2. Memcached\n3. Riak\n"
    )
    odd = [answer for prompt, answer in made.items() if "not one of" in prompt]
    assert all(len(answer.split()) <= 4 for answer in odd), made


def test_a_turned_statement_drops_its_label_and_its_reason() -> None:
    # '• Speed: An Index Scan is generally faster because it scans fewer pages.' was
    # asked 'True or false: speed: An Index Scan is generally slower because it scans
    # fewer pages?': the label pasted in, and a reason that gives the answer away.
    made = made_or_refused(
        "# Hash join\n\nA hash join is a join method that builds a hash table from the "
        "smaller input and probes it with the larger one.\n\n## Compared with nested loops\n\n"
        "- Speed: A hash join is usually faster because it reads each input once.\n"
        "- Memory: A hash join needs room for the whole table it builds.\n"
    )
    turned = [prompt for prompt in made if prompt.startswith("True or false")]
    assert turned, made
    assert not any("speed:" in prompt.lower() or "because" in prompt for prompt in turned), made


def test_an_answer_weighing_two_things_by_labelled_points() -> None:
    # An AI chat answer: 'Definition: In static linking, ...', 'Advantages:' and
    # 'Disadvantages:' with 'Label: sentence' points, then the same for dynamic linking.
    # Its labels were read as a glossary ('What are Easier Updates?', eight cards); the
    # merits of the two were then all said of the first.
    made = entries_deck(
        "Great question! Let's look at the two ways of caching pages:\n"
        "Definition: In write-through caching, every write goes to the cache and to the "
        "disk at the same time.\n"
        "Advantages:\nSafe Data: Nothing is lost when the power fails.\n"
        "Simple Recovery: The disk always holds the latest state.\n"
        "Disadvantages:\nSlower Writes: Each write waits for the disk.\n"
        "More Traffic: The disk sees every single write.\n"
        "Definition: In write-back caching, a write goes to the cache first and reaches the "
        "disk later.\n"
        "Advantages:\nFaster Writes: A write returns as soon as the cache holds it.\n"
        "Less Traffic: Many writes to one block reach the disk once.\n"
        "Disadvantages:\nRisk of Loss: Writes still in the cache vanish when the power "
        "fails.\n"
        "Harder Recovery: The disk may hold an older state than the program saw.\n"
        "In essence, write-through plays safe, while write-back plays fast. Hope this helps!\n"
    )
    assert made["What is write-through caching?"].startswith(
        "In write-through caching, every write goes to the cache"
    ), made
    assert not any(prompt.startswith(("What are Faster", "What is Safe")) for prompt in made)
    assert not any(prompt.startswith("Pro or con") for prompt in made), made


def test_a_glossary_cut_by_its_copy_loses_the_broken_sentence() -> None:
    # A saved page stopped inside its last term: '• Accept-Language: enables user agents
    # to ... for responses. It uses language ta' was the answer, lower-case and cut.
    made = entries_deck(
        "We can name these request headers of the standard:\n"
        "  • Accept: tells the server which media types the client can handle.\n"
        "  • Accept-Encoding: tells the server which compressions the client can undo.\n"
        "  • Accept-Language: tells the server which human languages the reader prefers. "
        "It lists them with we"
    )
    answers = [answer for prompt, answer in made.items() if "Accept-Language" in prompt]
    assert answers == ["Tells the server which human languages the reader prefers."], made


def test_a_whole_topic_is_not_a_name() -> None:
    # 'The entire topic of coercion is all about three specific operations:' was asked
    # 'What is the entire topic of coercion?'.
    made = made_or_refused(
        "Implicit Casting\nThe whole topic of casting is all about two operations:\n"
        "- turning numbers into text\n- turning text into numbers\n"
    )
    assert not any("topic" in prompt for prompt in made), made


def test_the_degrees_of_a_quality_are_not_a_glossary() -> None:
    # 'Thread safe: ...', 'Conditionally safe: ...', 'Not thread safe: ...' above the
    # page's definition were asked 'What is a thread safe?' and 'What is a not thread
    # safe?'; the page defines thread safety itself.
    made = entries_deck(
        "Crash Safety\n"
        "- Crash safe: The data on disk is whole after any power cut.\n"
        "- Partially safe: Committed data survives, but the last write may be lost.\n"
        "- Not crash safe: A power cut can leave the files unreadable.\n"
        "Crash safety is a property that means stored data stays readable and whole after "
        "the machine stops without warning. Crash safety can be reached with a journal.\n"
    )
    assert not any(" safe?" in prompt for prompt in made), made
    assert made["What is crash safety?"].startswith("A property that means stored data"), made


def test_how_much_of_something_there_is_identifies_nothing() -> None:
    # 'Total memory space is enough to satisfy a request ...' was asked 'Which concept is
    # enough to satisfy a request ...?' -> 'Total memory space': true of many things.
    made = made_or_refused(
        "# Free list\n\nA free list is a list of the memory blocks nobody is using yet.\n\n"
        "## Notes\n\nA free list is enough to satisfy most small requests without asking the "
        "system for more memory.\n"
    )
    assert not any("enough" in prompt for prompt in made), made


def test_the_labels_of_points_are_not_a_glossary_nor_a_list() -> None:
    # An AI answer on RTO vs RPO, each under its heading with '- **Definition**: ...',
    # '- **Significance**: ...', then '1. **Focus**: ...': seven cards asked 'What is
    # significance?', 'What is an implications?', 'What is illustration?'.
    made = entries_deck(
        "Answered on : 2025-02-01\n"
        "In capacity planning, Peak Load (PL) and Average Load (AL) are two figures that "
        "help teams size their servers.\n"
        "### Peak Load (PL):\n"
        "- **Definition**: PL refers to the highest number of requests a service receives "
        "in any one minute of a day.\n"
        "- **Significance**: It tells how many servers must be ready at the busiest time.\n"
        "- **Implications**: A higher PL means paying for machines that idle most of the "
        "day.\n"
        "### Average Load (AL):\n"
        "- **Definition**: AL is the number of requests per minute averaged over a day.\n"
        "- **Importance**: AL helps in planning the monthly bill.\n"
        "- **Illustration**: If the AL is 500, a day holds about 720,000 requests.\n"
        "### Key Differences:\n"
        "1. **Focus**: PL looks at the worst minute, while AL looks at the whole day.\n"
        "2. **Measure**: Both are counted in requests per minute.\n"
        "3. **Implications**: PL sizes the fleet; AL sizes the budget.\n"
    )
    assert made["What is PL?"].startswith("The highest number of requests"), made
    labels = ("significance", "implications", "importance", "illustration", "focus")
    assert not any(label in prompt.casefold() for prompt in made for label in labels), made
    assert not any("key differences" in prompt.casefold() for prompt in made), made


def test_a_heading_said_to_the_reader_names_no_list() -> None:
    # 'Let's break it down' over five parts was asked 'What are the five let's break it
    # down?'; a true/false card was made of the item 'Bastion host - a locked-down ...'.
    made = made_or_refused(
        "What is a jump box?\n\n"
        "A jump box is a small, locked-down computer that admins log into first before "
        "they reach any server of a private network.\n\n"
        "Let's break it down\n\n"
        "  • Outside network - where the admin starts from.\n"
        "  • Gate - lets only the admins' connections through to the jump box.\n"
        "  • Jump box - a hardened server that records each connection made through it.\n"
        "  • Inside network - the servers the admins really want to reach.\n"
    )
    assert made["What is a jump box?"].startswith("A small, locked-down computer"), made
    assert not any("let's" in prompt.casefold() for prompt in made), made
    assert not any(" - " in prompt for prompt in made), made


def test_a_quality_that_makes_part_of_a_name_is_not_turned_round() -> None:
    # 'Within a local stacking context, ...' was asked 'True or false: within a remote
    # stacking context, ...?' (False): no page speaks of a remote stacking context.
    made = made_or_refused(
        "Stacking context\n\n"
        "A stacking context is a group of elements a browser paints together as one "
        "layer. Within a local stacking context, the order of its children is set "
        "relative to that element rather than to the page.\n"
    )
    assert not any("remote" in prompt for prompt in made), made


def test_comparing_and_where_a_thing_applies_are_not_what_it_is() -> None:
    # 'The adjacency list is more memory-efficient for sparse graphs ...' answered 'What
    # is the adjacency list?'; 'A security group is applied at an instance level.'
    # answered 'What is a security group?'.
    made = made_or_refused(
        "Hash index\n\n"
        "The hash index is more compact for tables with few distinct keys, as it only "
        "keeps one bucket per key.\n"
    )
    assert not any(prompt.startswith("What is") for prompt in made), made
    made = made_or_refused(
        "Firewall rule\n\nA firewall rule is applied at the level of one network card.\n"
    )
    assert not any(prompt.startswith("What is") for prompt in made), made


def test_a_glossary_sites_what_does_x_mean_title_names_x() -> None:
    # 'What Does Port Forwarding Mean?' over the definition was also asked as a question
    # of its own, answered by the page's 'also known as' line.
    _, made = deck(
        "What Does Load Shedding Mean?\n"
        "Load shedding is a technique in which an overloaded service turns away some "
        "requests on purpose so that it can answer the rest in time.\n"
        "Load shedding is also known as request dropping.\n"
        "The Site Explains Load Shedding\n"
        "Load shedding is mostly used to protect a service during a sudden spike of "
        "traffic.\n"
    )
    assert made["What is load shedding?"].startswith("A technique in which"), made
    assert not any("Mean?" in prompt for prompt in made), made


def test_an_answer_the_copy_broke_off_is_not_asked() -> None:
    # 'Why it matters' over a paragraph the copy of the page cut mid-word gave 'Why does
    # a replay attack matter?' -> '... crack encryption or …'.
    made = made_or_refused(
        "Cache poisoning\n\n"
        "Cache poisoning is an attack in which false answers are put into a cache so "
        "that later readers are served them, as the guides explain.\n\n"
        "Why it matters\n\n"
        "Cache poisoning is serious because one bad entry reaches every reader of the "
        "cache without the attacker breaking any encryption or expl"
    )
    assert made["What is cache poisoning?"].startswith("An attack in which"), made
    assert not any("matter" in prompt for prompt in made), made


def test_a_doubled_article_is_read_once() -> None:
    # 'Time to First Byte (TTFB) is a a metric that ...' answered 'A a metric ...'.
    _, made = deck(
        "First Contentful Paint (FCP) is a a measure of the time from the start of a page "
        "load to the moment any text or image is drawn.\n"
    )
    assert made["What is FCP?"].startswith("A measure of the time"), made


def test_the_article_the_page_counts_with_is_asked() -> None:
    # 'Star schema is the simplest form of ...' then 'A star schema consists of ...' and
    # 'called a star schema': asked 'What is star schema?'. 'One wildcard certificate
    # can be used ...' under 'An SSL certificate that ...': 'What is wildcard
    # certificate?'.
    _, made = deck(
        "Snowflake schema\n"
        "Snowflake schema is the more normalised cousin of the star layout. A snowflake "
        "schema splits each dimension into several tables. It is called a snowflake "
        "schema because the diagram branches out like a flake.\n"
    )
    assert "What is a snowflake schema?" in made, made
    _, made = deck(
        "Multi-domain certificate\n\n"
        "A TLS certificate that covers several different domain names at once. For "
        "example, one multi-domain certificate can protect example.com and example.org.\n"
    )
    assert "What is a multi-domain certificate?" in made, made


def test_titles_that_ask_in_other_shapes_are_read() -> None:
    # 'How Is BIOS Different from UEFI?¶' was titled 'How'; '[language-agnostic] What is
    # difference between ...?' and a first line that lost its question mark were passed
    # over for the lines under them ('· Category: Cybersecurity').
    from cards.recover import find_title

    def title(text: str) -> str | None:
        found = find_title(text.splitlines())
        return None if found is None else found[1]

    assert title("How Is TCP Different from UDP?\nName | Description |\n") == "TCP vs UDP"
    assert (
        title(
            "[networking] What is the difference between a hub and a switch?\n\nA hub "
            "repeats every frame.\n"
        )
        == "Difference between a hub and a switch"
    )
    assert (
        title(
            "What is the difference between hot and cold storage\n\n· Category: "
            "Storage\n\nShort answer\n"
        )
        == "Difference between hot and cold storage"
    )


def test_what_a_way_of_doing_means_is_asked_as_its_meaning() -> None:
    # 'Pass by reference means a number (called an address) is passed on ...' was asked
    # 'What is a pass by reference?'.
    _, made = deck(
        "Call by name\n\n"
        "Call by name means the argument is worked out again each time the function "
        "uses it.\n"
    )
    assert made["What does call by name mean?"].startswith("The argument is worked out"), made


def test_a_study_sites_x_definition_label_names_the_page() -> None:
    # 'Demand Paging Notes: Definitions & Explanations PDF Download' / a blurb / 'Demand
    # Paging Definition:' over the gloss, then links to other notes ('What is Process
    # Control Block (PCB)?'): the page was titled 'PCB' and gave no card.
    entry, made = deck(
        "Page Fault Notes: Definitions & Explanations PDF Download\n"
        "Study page fault lecture notes PDF with terms to study “What is Page Fault?” for "
        "online courses.\n"
        "Page Fault Definition:\n"
        "An interrupt raised when a program touches a page that is not in main memory.\n"
        "Page Fault Notes:\n"
        "Page Fault is an event the operating system handles by loading the missing page "
        "from disk.\n"
        "Keep Learning with Operating System Notes\n"
        "What is Translation Lookaside Buffer (TLB)?\n"
        "Translation Lookaside Buffer is a small cache of recent address translations ...\n"
    )
    assert entry.title == "Page Fault"
    assert not any("TLB" in prompt for prompt in made), made
    asked = [answer for prompt, answer in made.items() if prompt.startswith("What is")]
    assert asked == [
        "An interrupt raised when a program touches a page that is not in main memory."
    ]


def test_a_claim_ends_where_a_dash_tells_what_it_comes_to() -> None:
    # 'Encryption at rest protects data stored on disk — if someone steals the hard
    # drive, they can't read ...': the 'they' after the dash kept the claim from being
    # asked, and the page gave no card at all.
    made = entries_deck(
        "What is the difference between online backup and offline backup\n\n"
        "· Category: Storage\n\n"
        "Short answer\n\n"
        "Online backup copies a database that is still serving users — if it runs at "
        "noon, they never notice. Offline backup copies a database that has been shut "
        "down — if it runs at noon, nobody can use it until it ends.\n"
    )
    assert made == {
        "Which copies a database that is still serving users: online backup or offline "
        "backup?": "Online backup"
    }, made


def test_two_things_each_under_a_definition_heading_are_no_glossary() -> None:
    # 'What SSL Termination Means' / 'Core Definition' / ..., then 'What SSL Offloading
    # Means' / 'Core Definition' / ..., and 'Reduced Server Load' over its paragraph: six
    # cards asked 'What is Core Definition?', 'What is Reduced Server Load?'.
    made = entries_deck(
        "What Write Batching Means\n\n"
        "Core Definition\n\n"
        "Write batching collects many small writes in memory and sends them to disk "
        "together. The disk then sees one large write.\n\n"
        "What Write Coalescing Means\n\n"
        "Core Definition\n\n"
        "Write coalescing merges writes to the same block before they leave memory.\n\n"
        "Why You Should Batch Writes\n\n"
        "Fewer Disk Seeks\n\n"
        "Every write to a spinning disk costs a seek of a few milliseconds.\n\n"
        "Longer Flash Life\n\n"
        "Flash cells wear out with each erase, so fewer erases keep a drive alive longer.\n"
    )
    assert list(made) == ["What does write batching do?"], made
    assert made["What does write batching do?"].startswith("Collects many small")


def test_a_mistakes_bullet_is_judged_without_its_marks_or_what_goes_wrong() -> None:
    # '- •Initialising SDK clients inside the handler — this adds cold start latency
    # ...' was asked 'True or false: •Initialising ... — this adds ... is fine.'.
    made = made_or_refused(
        "Warm pool\n"
        "A warm pool is a set of servers kept running and ready so that new load does not "
        "wait for machines to boot.\n"
        "Common mistakes\n"
        "- •Sizing the warm pool from the average load — a spike then waits for boots.\n"
    )
    asked = [prompt for prompt in made if prompt.startswith("True or false")]
    assert asked == ["True or false: sizing the warm pool from the average load is fine."], made


def test_a_dictionarys_definition_label_is_not_part_of_the_name() -> None:
    # 'Definition: network topology' over its gloss was asked 'What is a definition:
    # network topology?'.
    entry, made = deck(
        "Definition: packet switching\n\n"
        "The sending of data in small blocks that each find their own way through a "
        "network. Most networks today work this way.\n"
    )
    assert entry.title == "Packet switching"
    assert not any("efinition" in prompt for prompt in made), made


def test_where_a_word_comes_from_and_where_a_thing_is_found_are_not_what_it_is() -> None:
    # 'A modem is a portmanteau of modulator-demodulator.', 'The word “coroutine” is
    # composed of two words: ...' and 'Pull requests are available in most major Git
    # hosting services' each answered 'What is X?'.
    made = made_or_refused(
        "Codec\n\nA codec is a portmanteau of coder-decoder. It turns a stream of sound or "
        "video into a smaller one and back.\n"
    )
    assert not any("portmanteau" in answer for answer in made.values()), made
    made = made_or_refused(
        "Merge queues\n\nMerge queues are available in several Git hosting services, such as "
        "the big two.\n"
    )
    assert not any(answer.startswith("Available") for answer in made.values()), made
    # 'Inverted Index is used keep a dictionary of terms.': a slip, and what it is for
    made = made_or_refused("Bloom filter\n\nBloom filter is used keep a small summary of a set.\n")
    assert not any(answer.startswith("Used") for answer in made.values()), made


def test_the_first_of_two_sentences_saying_what_a_thing_does_defines_it() -> None:
    # 'An upsert inserts a row, or updates it if ...' under the title, then 'Upserts
    # avoid the race-prone pattern of ...': the second answered 'What are upserts?'.
    made = made_or_refused(
        "Soft delete\n"
        "A soft delete updates a row's flag instead of removing the row, so it can be "
        "brought back later.\n"
        "Soft deletes avoid the loss of data that a mistaken removal would cause.\n"
    )
    assert made["What does a soft delete do?"].startswith("Updates a row's flag"), made


def test_a_writers_aside_and_a_helper_verb_after_and_are_not_claims() -> None:
    # 'It is important to point out that a stack overflow is ...' was asked 'What is a
    # stack overflow important for?'; '... signals a problem in resource provisioning and
    # has to be fixed ...' answered 'A problem ... and has to be fixed ...'.
    made = made_or_refused(
        "Heap exhaustion\n\n"
        "Heap exhaustion is a runtime error that happens when a program asks for more heap "
        "memory than is left.\n\n"
        "Heap exhaustion generally signals a leak in the program and has to be fixed "
        "before the program can run for long. It is important to point out that heap "
        "exhaustion is a runtime error and not a compile error.\n"
    )
    assert not any("important" in prompt or "signal" in prompt for prompt in made), made


def test_words_about_the_name_and_the_things_named_before_are_no_names() -> None:
    # A lecture's 'The name is actually redundant: ...' titled the page 'Name' ('Which
    # concept is actually redundant: ...?' -> 'Name'); 'Examples of these units are a
    # service, path, socket, and timer.' was asked 'What are examples of these units?'.
    made = made_or_refused(
        "Posting List\nDr. A. Lecturer\nAssociate Professor\nDept. of CS\nPosting List\n"
        "This is one of the first ideas of search engines.\n"
        "The name is actually redundant: a list always points back from\n"
        "words to the places where they occur.\n"
        "Posting List, sometimes called a postings file.\n"
    )
    assert not any(answer == "Name" or "name" in prompt for prompt, answer in made.items())
    made = made_or_refused(
        "What is a ring buffer?\nWhat is a ring buffer?\n"
        "Ring buffers hold the newest items of a stream, such as samples or log lines. They "
        "are usually sized in powers of two.\n"
        "Ring buffers hold data that can be overwritten by the system. Examples of these "
        "buffers are an audio queue, log tail, and network card. Each buffer type has its "
        "own basic set of sizes.\n"
    )
    assert made.get("What do ring buffers do?") == (
        "Hold the newest items of a stream, such as samples or log lines."
    ), made
    assert not any("these" in prompt for prompt in made), made


def test_a_comparison_is_asked_as_the_difference() -> None:
    # 'Difference between git reset and git revert?' over a TL;DR was asked 'What is a
    # difference between ...?'.
    _, made = deck(
        "Difference between fetch and pull?\n"
        "TL;DR\n"
        "Fetch downloads new commits without touching your files, while pull downloads "
        "them and merges them into your branch.\n"
    )
    assert not any(prompt.startswith("What is a difference") for prompt in made), made


def test_a_misunderstanding_set_right_by_nothing_is_no_misconception() -> None:
    # Under 'Common Misunderstandings': 'VPC is the term used by AWS and GCP. In Azure,
    # the equivalent service is called a Virtual Network (VNet).' was asked as false;
    # the page says it is true, and its next sentence only says more.
    made = made_or_refused(
        "Object store\n\n"
        "An object store is a service that keeps files as whole objects under keys.\n\n"
        "Common Misunderstandings\n\n"
        "  • S3 is the name used by AWS. On other clouds, the same service is called a "
        "bucket store.\n"
    )
    asked = {p: a for p, a in made.items() if p.startswith("True or false")}
    assert asked == {"True or false: S3 is the name used by AWS.": "True"}, made


def test_share_buttons_under_the_title_do_not_end_the_page() -> None:
    # 'What is a NAT Gateway?' / 'Share This Article' / 'Updated on July 21, 2025' / the
    # definition: 'Share this' was read as the end of the page, and it was refused.
    _, made = deck(
        "What is a Transit Gateway?\n\nShare This Article\n\nUpdated on March 3, 2025\n\n"
        "A transit gateway is a managed router that connects many private networks of one "
        "cloud account through a single hub.\n\nShare this article\n\nMore from the blog\n"
    )
    assert made["What is a transit gateway?"].startswith("A managed router that connects"), made


def test_titles_that_ask_after_a_q_or_say_the_page_compares_are_read() -> None:
    # 'Q: What is the difference between CMD and ENTRYPOINT in a Dockerfile?' and 'Here
    # are some key differences between SAST and DAST:' gave no title.
    from cards.recover import find_title

    def title(text: str) -> str | None:
        found = find_title(text.splitlines())
        return None if found is None else found[1]

    assert (
        title("Q: What is the difference between COPY and ADD in a Dockerfile?\n\nAnswer:\n")
        == "Difference between COPY and ADD"
    )
    assert (
        title(
            "Unit tests (UT) and integration tests (IT) are both ways of testing code, but "
            "they are used very differently. Here are some key differences between UT and IT:"
            "\nUT | IT |\n"
        )
        == "UT vs IT"
    )


def test_a_title_asking_why_is_named_by_what_the_page_speaks_of() -> None:
    # 'Why does my file has package lock.json file' was asked 'What is a why does my file
    # has package lock.json file?'; its first sentence ('The package-lock.json file is
    # automatically generated for ...') is when it comes about, not what it is.
    entry, made = deck(
        "Why does my project has a yarn.lock file\n\n"
        "The yarn.lock file is automatically generated whenever yarn changes the installed "
        "packages. It records the exact version of every package that was installed.\n\n"
        "The yarn.lock file is a record that pins the exact versions of all the packages "
        "in your project.\n"
    )
    assert entry.title == "Yarn.lock file"
    assert not any(prompt.startswith("What is a why") for prompt in made), made
    assert not any("generated" in answer for answer in made.values()), made


def test_what_makes_this_possible_is_not_what_a_thing_is() -> None:
    # 'Client-side routing makes this possible.' answered 'What is client-side
    # routing?'; 'this' is what the sentence before says.
    made = made_or_refused(
        "Hot Reloading\n\n"
        "You change a file and the running app shows the change at once.\n\n"
        "Hot reloading makes this possible. The page keeps its state while the code is "
        "swapped underneath.\n"
    )
    assert not any(answer.startswith("Hot reloading makes this") for answer in made.values())


def test_a_whole_sentence_over_labelled_points_is_not_finished_by_them() -> None:
    # 'While AVIF has superior compression, WebP currently wins in terms of compatibility
    # and performance:' over 'WebP Support: ...', 'AVIF Support: ...', 'Encoding Speed:
    # ...', 'Conclusion: Which Should You Choose?' was asked 'Which four points finish
    # the sentence ...?' -> the four labels.
    made = made_or_refused(
        "Brotli\n"
        "Brotli is a lossless compression format made for the web, smaller than gzip for "
        "text.\n"
        "While Brotli compresses smaller, gzip still wins in terms of speed and support:\n"
        "- Gzip Support: Every browser and server handles it.\n"
        "- Brotli Support: Modern browsers handle it over HTTPS only.\n"
        "- Compression Speed: Brotli at its top level is far slower to compress.\n"
        "Conclusion: Which Should You Pick?\n"
        "Use Brotli for static files and gzip for the rest.\n"
    )
    assert not any("finish the sentence" in prompt for prompt in made), made


def test_a_turned_statement_about_this_or_that_is_not_asked() -> None:
    # 'False sharing increases this coordination and can degrade performance' was asked
    # 'True or false: False sharing decreases this coordination ....'.
    made = made_or_refused(
        "Lock contention\n\n"
        "Lock contention is a slowdown that happens when many threads wait for one lock. "
        "Cores must agree on who holds the lock. Lock contention increases this "
        "coordination and can slow a program down badly.\n"
    )
    assert not any("this coordination" in prompt for prompt in made), made


def test_stuff_no_one_counts_is_asked_without_a() -> None:
    # 'Configuration drift is when ...', 'Compile time is when ...' and 'Immutable
    # infrastructure means ...' were asked 'What is a configuration drift?', 'What is a
    # compile time?' and 'What does an immutable infrastructure mean?'.
    _, made = deck(
        "Schema drift\n\n"
        "Schema drift is when the tables of a running database slowly stop matching the "
        "schema its code expects, as hand-made changes pile up.\n"
    )
    assert "What is schema drift?" in made, made


def test_what_the_name_says_and_that_two_things_differ_are_no_answers() -> None:
    # 'A use-after-free (UAF) bug is what it sounds like: a program frees ...' answered
    # 'What it sounds like: ...'; 'The difference between zero-day vulnerability and
    # zero-day exploit' was asked 'What is a the difference ...?' -> 'A zero-day
    # vulnerability isn't the same as a zero-day exploit.'
    _, made = deck(
        "A double-free (DF) bug is what it sounds like: a program frees the same block of "
        "memory twice, and the allocator's lists break.\n"
    )
    assert made["What is DF bug?"].startswith("A program frees the same block"), made
    _, made = deck(
        "The difference between a patch and a hotfix\n\n"
        "Summary\n\nA patch isn't the same as a hotfix.\n"
    )
    assert not any("a the difference" in prompt for prompt in made), made
    assert not any("isn't the same" in answer for answer in made.values()), made


def test_headings_over_lists_of_what_goes_in_them_are_no_glossary() -> None:
    # 'Defense in Depth' over 'Layer 1' / 'Physical Security' / 'Data center access
    # controls, surveillance, environmental controls, hardware security.' and five more:
    # each layer was asked 'What is Network Security?' -> 'Firewalls, IDS/IPS, ...'.
    made = entries_deck(
        "Section 02\n\nLayered Backups\n\n"
        "Layered backups is a habit of keeping copies of data at several distances from "
        "the original.\n\n"
        "Backup Layers\n\nLayer 1\n\nLocal Copies\n\n"
        "Snapshots, a second disk, a NAS box, versioned folders.\n\n"
        "Layer 2\n\nOffsite Copies\n\n"
        "Cloud buckets, tape in a vault, a friend's server, a bank box.\n\n"
        "Layer 3\n\nCold Copies\n\n"
        "Offline drives, write-once media, printed keys, sealed archives.\n"
    )
    assert not any(prompt in made for prompt in ("What is Local Copies?", "What are Local Copies?"))
    assert not any(answer.startswith("Snapshots, a second disk") for answer in made.values())


def test_how_a_thing_is_written_and_a_why_heading_as_a_clause() -> None:
    # 'CSS variables are defined using the syntax --variable-name ...' answered 'What are
    # CSS variables?'; 'Why Certificate Pinning matters' over its reasons was asked 'Why
    # Certificate Pinning matters?'.
    made = made_or_refused(
        "Sass mixins\n\n"
        "Sass mixins are defined using the @mixin rule and can be included anywhere in a "
        "style sheet.\n"
    )
    assert not any(answer.startswith("Defined using") for answer in made.values()), made
    made = made_or_refused(
        "Sass mixins\n\n"
        "Sass mixins are named blocks of style rules that a style sheet can include again "
        "and again.\n\n"
        "Why Sass mixins matter\n\n"
        "- Sass mixins keep repeated style rules in one place\n"
        "- Sass mixins take arguments, so one rule serves many cases\n"
    )
    assert "Why do Sass mixins matter?" in made, made


def test_a_role_in_a_scheme_is_not_what_a_thing_is() -> None:
    # A cache-aside page with no title: 'The application is responsible for maintaining
    # the data in the cache.' was asked 'What is the application?'.
    made = made_or_refused(
        "The worker is responsible for moving each job from the queue to the database.\n\n"
        "When a job fails, it goes back to the queue with a delay.\n"
    )
    assert not any(answer.startswith("Responsible for") for answer in made.values()), made


def test_a_page_broken_at_its_links_is_read_as_sentences() -> None:
    # 'An' / 'ephemeral port is a' / 'TCP or' / 'UDP port number ...': a page copied with
    # a line break at every link was refused as having no title.
    made = made_or_refused(
        "An\n"
        "idle timeout is a\n"
        "TCP or\n"
        "HTTP setting that closes a connection after it has carried nothing for a\n"
        "set time, so the\n"
        "server can free what the connection held.\n"
        "Servers often use sixty seconds.\n"
    )
    assert made["What is an idle timeout?"] == (
        "A TCP or HTTP setting that closes a connection after it has carried nothing for a "
        "set time, so the server can free what the connection held."
    )


def test_a_name_under_a_question_title_is_its_author() -> None:
    # 'What is priority inversion?' / 'Ankur Kulhari' / the answer: the author's name was
    # read as a heading, and the page was refused.
    entry = parse_entries(
        "What is lock convoying?\n\n"
        "Maria Lindqvist\n\n"
        "Lock convoying is a slowdown in which many threads queue behind one lock, so each "
        "holder passes the lock on to the next thread instead of getting work done.\n",
        "page.txt",
    )[0]
    assert entry.title == "Lock convoying"
    assert not any("Lindqvist" in section.heading for section in entry.sections)


def test_what_a_thing_is_before_it_is_named() -> None:
    # 'A Method with the same name but the different argument is called method
    # overloading.': the name last, what it is first; the page gave no card.
    _, made = deck(
        "Memoization\n\n"
        "A technique that stores the result of each call to a pure function and returns "
        "it when the same arguments come again is called memoization.\n\n"
        "It trades memory for time.\n"
    )
    assert made["What is memoization?"] == (
        "A technique that stores the result of each call to a pure function and returns "
        "it when the same arguments come again."
    )
    # 'This process is called ...' points back: no definition
    _, made = deck(
        "Memoization\n\n"
        "Results of a pure function can be kept. This process is called memoization.\n\n"
        "It trades memory for time.\n"
    )
    assert "What is memoization?" not in made, made


def test_pros_and_cons_that_say_their_own_worth_are_not_asked() -> None:
    # 'Pro or con of RTT: diagnostic tool: RTT is a helpful metric ....' and 'Pro or con
    # of ...: single point of failure – if the orchestrator goes down ...?': the label or
    # the word tells the side, not knowing the concept (every such card a GIVEAWAY).
    _, made = deck(
        "# Message queue\n\n"
        "## Summary\n\n"
        "A message queue is a buffer that holds messages until a consumer takes them.\n\n"
        "## Advantages\n\n"
        "- Producers and consumers run at their own pace\n"
        "- Bursts of traffic: A queue is a helpful cushion for sudden bursts\n\n"
        "## Disadvantages\n\n"
        "- Messages can arrive more than once\n"
        "- Latency is higher because every message waits in line\n"
    )
    asked = [prompt for prompt in made if prompt.startswith("Pro or con")]
    assert asked == [
        "Pro or con of a message queue: producers and consumers run at their own pace.",
        "Pro or con of a message queue: messages can arrive more than once.",
    ], asked


def test_styled_letters_read_as_plain_ones() -> None:
    # A post set words in mathematical bold: '𝐨𝐫𝐜𝐡𝐞𝐬𝐭𝐫𝐚𝐭𝐢𝐨𝐧' went into a prompt as
    # it stood, and could be typed by no one.
    _, made = deck("Bloom filter\n\nA bloom filter is a 𝐜𝐨𝐦𝐩𝐚𝐜𝐭 set that may say yes wrongly.\n")
    assert made["What is a bloom filter?"] == "A compact set that may say yes wrongly."


def test_labelled_points_about_one_thing_are_no_glossary() -> None:
    # '1. Authentication: SFTP uses SSH keys while FTPS uses ...' and five more such
    # points were asked 'What is authentication?', 'What is portability?', ...
    made = entries_deck(
        "1. Storage: Redis keeps its data in memory while Postgres keeps it on disk.\n"
        "1. Queries: Redis answers lookups by key while Postgres runs SQL.\n"
        "1. Durability: Redis can lose the last second of writes, while Postgres waits "
        "for the disk.\n"
        "1. Scaling: Redis shards by key across nodes while Postgres grows with replicas.\n"
    )
    assert not any(prompt.startswith("What is") for prompt in made), made


def test_a_list_under_a_heading_that_is_no_plural_noun_is_not_counted() -> None:
    # 'What are the six for websites of Session hijacking?' and 'What are the three
    # Cross-Site Scripting (XSS) of Session hijacking?': headings that name no kind of
    # thing pasted into the count.
    made = made_or_refused(
        "Phishing\n\n"
        "Phishing is a trick in which a fake message lures a person into giving away a "
        "password.\n\n"
        "Defences\n\n"
        "For Users\n\n"
        "  • Check the sender's address\n"
        "  • Never type a password after clicking a link\n"
        "  • Report the message to the security team\n\n"
        "For Companies\n\n"
        "  • Filter mail at the gateway\n  • Train staff every year\n"
        "  • Require a second factor\n"
    )
    assert "What is phishing?" in made
    assert not any("for companies" in prompt.lower() for prompt in made), made


def test_table_cells_run_together_are_no_card() -> None:
    # 'What are Backing servicesAll backing services?', 'S-LOCK X-LOCK S-LOCK X-LOCK'
    # and an answer stopping at 'in two distinct phases:' were made from flattened tables.
    entry, _ = deck("Latch\n\nA latch is a short-lived lock that guards one page of memory.\n")
    card = next(card for card in cards.generate(entry, []) if card.prompt == "What is a latch?")
    assert copy_faults(card) == []
    for answer in (
        "Worker poolsAll worker pools are attached resources.",
        "READ-LATCH WRITE-LATCH READ-LATCH WRITE-LATCH",
        "A lock taken in two distinct modes:",
        "We need several other features like :-",
    ):
        assert copy_faults(replace(card, answer=answer)), answer
    for prompt in (
        "What is Partition ordering guarantees::?",  # a flashcard file's separator
        "Which may or may not return a value.: 1: a view or a table?",  # a table's numbering
        "What is Java// Bad?",  # a code sample's comment
    ):
        assert copy_faults(replace(card, prompt=prompt)), prompt
    assert copy_faults(replace(card, prompt="What does https://example.com serve?")) == []
    # Code that joins words is not a table: 'findAll()', 'querySelectorAll'.
    assert copy_faults(replace(card, answer="Call findAll() or querySelectorAll to get all.")) == []


def test_a_noun_after_the_name_is_part_of_the_subject() -> None:
    # 'The Kerberos protocol uses encrypted tickets' was asked 'What do kerberos
    # protocol?'; 'Kerberos policy is set on ...', 'What do kerberos policy?'.
    made = made_or_refused(
        "Paxos is a consensus protocol described by Leslie Lamport\n"
        "               in 1989. The Paxos protocol uses numbered ballots with one proposer "
        "each\n               and agrees on one value at a time.\n"
        "            Paxos policy is set on the first server of the cluster under Cluster "
        "Settings.\n"
        "            Paxos policy can also run on small boards running Linux.\n"
    )
    assert "What is Paxos?" in made
    assert not any(prompt.startswith("What do paxos") for prompt in made), made


def test_being_different_picks_out_no_concept() -> None:
    # 'Orchestration is different.' was asked 'Which concept is different?': true of
    # every concept beside another.
    _, made = deck(
        "# Choreography\n\n## Summary\n\n"
        "Choreography is a way for services to work together in which each one reacts to "
        "events on its own. Choreography is different.\n\n"
        "## Key takeaways\n\n- Choreography needs no central service.\n"
    )
    assert "What is choreography?" in made
    assert "Which concept is different?" not in made, made


def test_sample_markup_on_a_page_is_shown_not_read() -> None:
    # A w3schools-like doctype page: 'What is Definition and Usage?', 'What is the
    # <body>?' -> 'The content of the document......' (its sample's text), and the
    # '<!DOCTYPE html>' a sentence quotes was dropped from its answer.
    made = entries_deck(
        "html-lang\n"
        "Lang attribute\n"
        'In HTML, the lang attribute is the "<html lang=en>" setting that names the '
        "language of a page's text for screen readers and search engines.\n"
        "Definition and Usage\n"
        "Every page should set the lang attribute on its root element.\n"
        "It takes a language code.\n"
        "In HTML5, the attribute is short:\n"
        "<html lang=en>\n"
        "In older pages, the language was often set in a meta tag instead of the attribute.\n"
        "Lang Example\n"
        "<html lang=en>\n<head>\n<title>Page title</title>\n</head>\n<body>\n"
        "The text of the page......\n</body>\n</html>\n"
    )
    assert made == {
        "What is the lang attribute?": 'The "<html lang=en>" setting that names the language '
        "of a page's text for screen readers and search engines."
    }


def test_a_pointer_to_an_example_names_nothing() -> None:
    # 'Below is the example.' titled a page 'Below' and was asked 'What is below?' ->
    # 'The example.'; with that gone, the sample's '<div ...>' line was taken for a title.
    made = made_or_refused(
        "Here is the short story of float: left and float: right.\n"
        "With float left, an element moves to the left edge and text wraps around it.\n"
        "Below is the example.\n"
        "In this case, 'box2' sits beside 'box1'.\n"
        "<div id='box1' style=\"float: left; width: 100px;\">\n"
        "<h1>This is the floated element</h1>\n"
        "</div>\n"
    )
    assert not any(p.lower().startswith(("what is below", "what is a this")) for p in made), made


def test_a_question_asking_how_two_differ_titles_a_comparison() -> None:
    # 'In data warehousing, what are fact tables and dimension tables, and how do they
    # differ in purpose and structure?' was titled 'Tables' and asked 'What are tables?'.
    made = entries_deck(
        "In storage, what are full backups and incremental backups, and how do they differ "
        "in speed and space?\n\n"
        "Difficulty: Easy\n\n"
        "Correct Answer: Full backups copy every file each time, while incremental backups "
        "copy only the files changed since the last backup.\n\n"
        "Explanation:\n\n\n"
        "Introduction / Context:\n"
        "Full backups and incremental backups are the two schedules most backup tools offer. "
        "Interviewers ask about them because the choice sets how long a restore takes.\n\n\n"
        "Given Data / Assumptions:\n\n"
        "  • The question is about file backups to disk.\n"
        "  • Backups run every night.\n\n"
        "Concept / Approach:\n"
        "An incremental backup needs the last full backup to restore, while a full backup "
        "stands alone. Incremental backups take less space on the disk.\n"
    )
    asked = "Which take less space on the disk: full backups or incremental backups?"
    # The labelled answer's first half is asked too ('Correct Answer:' is its topic, not
    # its subject); its second half mirrors it
    copies = "Which copy every file each time: full backups or incremental backups?"
    assert made == {copies: "Full backups", asked: "Incremental backups"}, made


def test_what_is_meant_by_asks_for_the_name_after_it() -> None:
    # 'What is meant by inter process communication?' titled a page 'Meant by inter
    # process communication'; 'What does service discovery really mean?' and 'What Does
    # will-change In CSS Actually Do?' titled none.
    for question, name in (
        ("What is meant by thread pooling?", "Thread pooling"),
        ("What does thread pooling really mean?", "Thread pooling"),
        ("What Does Thread Pooling Actually Do?", "Thread Pooling"),
    ):
        entry = parse(
            f"{question}\n\n"
            "Thread pooling is a technique in which a program keeps a set of threads alive "
            "and hands each new task to an idle one instead of starting a thread per task.\n",
            "page.txt",
        )
        assert entry.title == name, (question, entry.title)


def test_answers_that_point_back_or_say_how_a_word_is_used_are_not_asked() -> None:
    # 'What does a package manager do?' -> 'Handles all of that for you.'; 'What is a
    # function or expression?' -> 'Said to have a side effect if ...'; 'What is Space
    # Complexity?' -> 'Misused for Auxiliary Space at many places.'
    made = made_or_refused(
        "Build tool\n\n"
        "A build tool is a program that turns source files into something you can run. "
        "Compiling, bundling and copying assets by hand takes hours. A build tool handles "
        "all of that for you.\n"
    )
    assert made == {
        "What is a build tool?": "A program that turns source files into something you can run."
    }, made
    made = made_or_refused(
        "Race condition\n\n"
        "A program or a system is said to have a race condition if its result depends on "
        "the timing of threads that it does not control.\n"
        "Example race conditions include two threads adding to one counter.\n"
    )
    assert not any(a.startswith("Said to") for a in made.values()), made
    made = made_or_refused(
        "Time complexity\n\n"
        "Time complexity is often confused with running time in seconds. It counts the "
        "basic steps an algorithm takes as its input grows.\n"
    )
    assert not any(a.startswith("Often confused") for a in made.values()), made


def test_a_bullet_before_a_title_and_a_stray_a_circumflex_are_not_read() -> None:
    # '• authoritative name server' was asked 'What is the • authoritative name server?';
    # 'DNSÂ that only works with static IP addresses' kept the 'Â' of a non-breaking space
    # read through Windows-1252.
    _, made = deck(
        "  • recursive resolver\n\n"
        "    A DNS server that takes a query from a client and follows referrals from the "
        "root down until it has the answer.\n\n"
        "    It caches what it learns for the time each record allows.\n"
    )
    assert "What is a recursive resolver?" in made, made
    assert split_lines("Plain DNSÂ works best, and Â alone stays.") == [
        "Plain DNS works best, and Â alone stays."
    ]


def test_a_list_heading_whose_head_noun_is_one_thing_is_not_counted() -> None:
    # 'What are the six test lifecycle with mocks of the difference between a mock &
    # stub?': 'lifecycle' is the heading's noun, not 'mocks'.
    _, made = deck(
        "# Spy vs fake\n\n## Summary\n\n"
        "A spy records the calls made to it, while a fake is a working but simplified "
        "stand-in.\n\n"
        "## Test lifecycle with spies\n\n- Set up the spy\n- Run the code\n- Check the calls\n\n"
        "## Test lifecycle with fakes\n\n- Set up the fake\n- Run the code\n- Check the state\n"
    )
    assert not any("lifecycle" in prompt for prompt in made), made


def test_a_quality_said_to_be_a_kind_of_thing_names_that_thing() -> None:
    # 'Stateful is a type of firewall that inspects packets ...' was asked 'What is
    # stateful?', in an entry named 'Stateful'.
    page = (
        "Register now or sign in to read more.\n"
        "Stateless is a type of protocol that treats every request on its own, keeping "
        "nothing about the requests before it. Stateless protocols are easy to scale.\n"
    )
    assert parse(page, "page.txt").title == "Stateless protocol"
    made = made_or_refused(
        "Register now or sign in to read more.\n"
        "Stateless is a type of protocol that treats every request on its own, keeping "
        "nothing about the requests before it. Stateless protocols are easy to scale.\n"
        "A stateful protocol is one that remembers each client between its requests.\n"
    )
    assert made.get("What is a stateless protocol?", "").startswith(
        "A protocol that treats every request on its own"
    ), made


def test_thin_misplaced_or_unfinished_definitions_are_not_asked() -> None:
    # 'What is STP?' -> 'A protocol.'; 'What is a parser?' -> 'Normally part of some
    # larger program ...'; 'What are Red-Black Trees?' -> '... properties: 1.'; 'What
    # does a deque lack?' -> 'Some of their limitations.'
    pages = (
        "SNMP\n\nSNMP is a protocol.\n\nIt lets a manager read counters from routers.\n",
        "Lexer\n\nA lexer is normally part of some larger program, like a compiler, which "
        "takes its output and builds a tree from it.\n",
        "# Heap\n\n## Summary\n\nA heap is a tree that satisfies the following heap "
        "properties: 1.\n\n## Key takeaways\n\n- A heap keeps its smallest key at the root.\n",
        "Ring buffer\n\nA ring buffer is a fixed-size queue whose end wraps round to its "
        "start. While a ring buffer seems to have all the features of arrays and linked "
        "queues, it lacks some of their limitations.\n",
    )
    for page in pages:
        made = made_or_refused(page)
        assert not any(
            answer in ("A protocol.", "Some of their limitations.")
            or answer.startswith("Normally part of")
            or answer.endswith(": 1.")
            for answer in made.values()
        ), made
    assert "What is a ring buffer?" in made_or_refused(pages[3])


def test_other_names_before_the_defined_one_are_passed_over() -> None:
    # 'Alternatively called CPU frequency, clock rate, and processor speed, clock speed is
    # the speed ...' (Computer Hope's way): the page was refused for having no definition.
    _, made = deck(
        "Refresh rate\n"
        "Alternatively called vertical scan rate, frame frequency, and screen rate, refresh "
        "rate is the number of times each second that a display draws its picture again. "
        "It is measured in hertz.\n"
    )
    assert made["What is refresh rate?"] == (
        "The number of times each second that a display draws its picture again."
    ), made


def test_capital_headings_labels_and_pointers_to_unseen_text_are_not_asked() -> None:
    # 'What is TECHNICAL DEFINITION?', 'What is USAGE NOTE?', 'What is DEVELOPERS?';
    # '(General Question) What is Wear Leveling?'; 'Carries no such reciprocity.'; 'the
    # aforementioned freedoms'.
    made = entries_deck(
        "// NETWORK SECURITY TERM\nPort Knock\n"
        "Port knocking is a method where a client opens a closed port by first sending "
        "connection attempts to a secret sequence of other ports.\n"
        "TECHNICAL DEFINITION\n"
        "Port knocking is a technique that keeps a service's port closed until a client "
        "sends a set order of packets to other ports.\n"
        "USAGE NOTE\nThis method is mostly used to hide remote login services from scanners.\n"
        "DEVELOPERS\nOrganizations developing technology related to Port Knock.\n"
    )
    assert made and not any(p.isupper() or "USAGE" in p or "DEVELOPERS" in p for p in made)
    made = made_or_refused(
        "(General Question) What is Garbage Collection?\n"
        "Garbage collection is the automatic freeing of memory that a program can no longer "
        "reach.\nThere are two kinds of garbage collection, tracing and reference counting.\n"
    )
    assert "What is garbage collection?" in made
    assert not any(prompt.startswith("(") for prompt in made), made
    for page in (
        "Permissive license\n\nA permissive license is an open source license that lets "
        "others reuse the code, even in closed products. A copyleft license requires shared "
        "changes. A permissive license carries no such duty.\n",
        "Copyleft\n\nCopyleft is a way of licensing that keeps the freedoms to use, change "
        "and share a work attached to every copy. The GPL is a license which says that you "
        "have the aforementioned freedoms.\n",
    ):
        made = made_or_refused(page)
        assert not any("no such" in p or "aforementioned" in a for p, a in made.items()), made


def test_a_unix_and_what_can_befall_a_thing() -> None:
    # 'What is an Unix timestamp?'; 'What is NAND flash memory?' -> 'Susceptible to wear
    # due to repeated write and erase cycles ...'.
    from cards.defining import definition_of
    from cards.sentences import indefinite

    assert [indefinite(w) for w in ("Unix timestamp", "unique key", "one-time pad", "API")] == [
        "a",
        "a",
        "a",
        "an",
    ]
    assert definition_of("NOR flash is prone to slow writes.", ("NOR flash",)) is None
    assert definition_of("NOR flash is a kind of flash memory.", ("NOR flash",)) is not None


def test_remarks_names_given_and_bare_numbering_are_not_asked() -> None:
    # 'What are Browser storage quotas?' -> 'The kind of thing that's invisible until
    # they're not.'; 'What is mixed content?' -> "What is known as 'mixed content' because
    # ..."; 'What are the two examples of Social Engineering?' -> '1. 01 / 2. 02'.
    from cards.defining import definition_of

    made = made_or_refused(
        "Cache stampede\n\nCache stampedes are the kind of thing that stays invisible until "
        "traffic spikes. A cache stampede is a burst of requests that all miss the cache at "
        "once and hit the database together.\n"
    )
    assert made["What is a cache stampede?"].startswith("A burst of requests"), made
    said = "This is what is known as 'clickjacking' because the click lands elsewhere."
    assert definition_of(said, ("Clickjacking",), pronoun=True) is None
    made = made_or_refused(
        "Social proof\n\nSocial proof is an umbrella term for the way people copy what "
        "others around them do when they are unsure.\n\nExamples\n\n  1. 01\n\n  2. 02\n\n"
        "Frequently asked questions\n\nWhat is social proof?\n\n"
        "Social proof is copying others when unsure.\n"
    )
    assert "What is social proof?" in made
    assert not any("examples" in prompt for prompt in made), made


def test_an_examples_steps_run_together_crumbs_and_cut_terms_are_not_asked() -> None:
    # 'Which three points finish the sentence "A developer uses a cookie jar in a web
    # scraping script ..."?' (an example's steps) under 'Smartproxy>Glossary>Cookie Jar',
    # taken for the title; 'What is a domain validated or?'; '... as detailed in the
    # full definition above.'
    made = made_or_refused(
        "Shopware>Glossary>Session Store\n\n"
        "A session store is a storage place for keeping user session data between HTTP "
        "requests. Sessions in a session store hold login state and baskets.\n\n"
        "Also known as: Session backend, session cache.\n\n"
        "Pros\n\n  • Speed: Reads sessions from memory quickly.\n"
        "  • Sharing: Lets many servers see one session.\n\n"
        "Cons\n\n  • Memory use: Keeping many sessions can use a lot of memory.\n"
        "  • Loss: A crash can drop sessions kept only in memory.\n\n"
        "Example\n\nA developer uses a session store in a web shop to manage baskets:\n\n"
        "  1. Add Item: The server writes the item into the shopper's session.\n"
        "  2. Page Change: The server reads the session back on the next page.\n"
        "  3. Checkout: The server empties the session after payment.\n"
    )
    assert made == {
        "What is a session store?": "A storage place for keeping user session data between "
        "HTTP requests."
    }, made
    made = entries_deck(
        "What is the difference between HA, DR, & FT setups?HA Setups\n"
        "High availability or\n"
        "HA setups keep a service running through the loss of one machine.\n"
        "DR Setups\nDisaster recovery or\n"
        "DR setups bring a service back in another site after a whole site is lost.\n"
        "FT Setups\nFault tolerance or\n"
        "FT setups run two copies in lockstep so that no failure is ever seen.\n"
    )
    assert not any(prompt.endswith(" or?") for prompt in made), made
    made = made_or_refused(
        "Social proof\n\nSocial proof is an umbrella term for the way people copy what "
        "others do when unsure.\n\nFrequently asked questions\n\nHow do you use social "
        "proof?\n\nUses of social proof typically combine reviews and counts, as detailed "
        "in the full definition above.\n\nWhat is social proof?\n\n"
        "Social proof is copying others when unsure.\n"
    )
    assert "How do you use social proof?" not in made, made


def test_a_description_label_before_the_definition_is_passed_over() -> None:
    # 'Description: Prop drilling in React refers to ...' (no title line): the page was
    # refused for naming no concept.
    made = made_or_refused(
        "Description: Prop spreading in React refers to the practice of passing every field "
        "of an object to a component as props at once, with the spread syntax. It saves "
        "typing but hides which props a component gets.\n"
    )
    assert made.get("What is prop spreading?", "").startswith("The practice of passing"), made


def test_a_dictionary_servers_entry_wrapped_at_its_margin_is_read_whole() -> None:
    # FOLDOC's 'RSA encryption' (no 'From' before the dictionary's line, the headword in
    # capitals, the gloss wrapped at 62 columns with 'by Ron' / 'Rivest, Adi Shamir')
    # was refused as having no title.
    made = made_or_refused(
        "The Handy Dictionary of Networking (2 March 2021):\n"
        "TCP slow start\n"
        "A method by which a sender on the Internet, as described in\n"
        "RFC 5681, finds how fast a new connection may send data. It\n"
        "begins with a small window and doubles it on each round trip\n"
        "that comes back clean, until a loss stops it.\n"
        "After a loss the window is cut and grows again more slowly,\n"
        "one segment per round trip, in the phase that is known as\n"
        "congestion avoidance, so the sender probes for the spare\n"
        "room the network has without flooding the routers again.\n"
    )
    assert made.get("What is TCP slow start?") == (
        "A method by which a sender on the Internet, as described in RFC 5681, finds how "
        "fast a new connection may send data."
    ), made


def test_a_page_of_short_lines_is_not_run_together_where_its_lines_end_early() -> None:
    # A page of short lines whose code sample sat above 'Pros:' had the two joined into
    # the pros' heading once lines stopping short of the margin were read as wrapped.
    made = made_or_refused(
        "What is a message queue?\n"
        "A message queue is a buffer that holds messages sent by one program until\n"
        "another program is ready to take them, so neither waits for the other.\n"
        "Messages wait in the order they came in and leave in the same order\n"
        "unless the queue was set up to sort them by how urgent they are first\n"
        "A sample message might look like this:\n"
        '{"order": 1042, "status": "paid", "customer": "Ana", "items": 3, "x": 1}\n'
        "Pros:\n"
        "- The sender never blocks while the receiver is busy\n"
        "- Bursts of work are smoothed out over time\n"
        "Cons:\n"
        "- Another moving part to watch and keep running\n"
    )
    assert made.get("What is a message queue?", "").startswith("A buffer that holds"), made
    pro = "Pro or con of a message queue: bursts of work are smoothed out over time."
    con = "Pro or con of a message queue: another moving part to watch and keep running."
    assert (made.get(pro), made.get(con)) == ("Pro", "Con"), made


def test_a_two_column_tables_rows_glued_at_their_repeated_number_are_split() -> None:
    # 'User level threads are faster than kernel level thread4. Kernel level threads are
    # slower ...': each row's number stood again where its second cell began, and
    # 'thread4', 'system5' and 'scheduling6' were asked.
    made = made_or_refused(
        "Difference between Polling and Interrupts\n\n"
        "Polling\n"
        "Interrupts\n"
        "1. In polling the CPU keeps asking the device if it needs service.1. In interrupts "
        "the device tells the CPU when it needs service.\n"
        "2. Polling wastes processor cycles while the device is idle2. Interrupts waste no "
        "cycles while the device is idle\n"
        "3. Polling can be handled by plain code in a loop3. Interrupts are handled by an "
        "interrupt handler\n"
    )
    assert made, made
    assert not [
        card for card in {**made, **{v: k for k, v in made.items()}} if re.search(r"[a-z]\d", card)
    ], made


def test_an_answer_that_only_says_there_are_several_is_not_asked() -> None:
    # 'What is memmap used for?' -> 'Several purposes.'
    made = made_or_refused(
        "Page table\n\n"
        "A page table is the structure an operating system keeps to map each virtual page "
        "of a process to a frame of physical memory. A page table is used for several "
        "purposes. The processor walks it on every miss in its translation cache.\n"
    )
    assert "What is a page table used for?" not in made, made
    assert made.get("What is a page table?", "").startswith("The structure"), made


def test_a_plural_subject_is_not_read_as_a_name_and_its_verb() -> None:
    # 'SSL certificates cover your subdomain.' -> 'What does SSL certificate?' -> 'Cover
    # your subdomain.'; 'AS numbers exist in both 16-bit and 32-bit forms' -> 'What does an
    # AS number?'
    made = made_or_refused(
        "Subdomain takeover\n\n"
        "A subdomain takeover is an attack in which someone claims the outside service that "
        "a forgotten DNS record of yours still points at.\n\n"
        "Why it hurts\n\n"
        "The attacker serves pages from your own name. Browsers show your domain in the "
        "address bar. TLS certificates cover your subdomain.\n"
    )
    assert not [prompt for prompt in made if prompt.startswith("What does TLS")], made
    assert "What is a subdomain takeover?" in made, made


def test_a_category_line_over_the_title_is_not_the_concept() -> None:
    # 'Vulnerability' over 'Web Cache Poisoning', which the page asks about further down:
    # 'What is the vulnerability?' -> 'Especially dangerous because ...'.
    made = made_or_refused(
        "Attack\n\n"
        "Clickjacking\n"
        "spot it, stop it\n\n"
        "Clickjacking tricks a visitor into clicking a hidden button.\n\n"
        "Severity\n\n"
        "Medium\n\n"
        "What is clickjacking?\n\n"
        "Clickjacking is an attack in which a page hides a real button under a harmless one "
        "so that the visitor clicks something they never meant to.\n"
    )
    assert made.get("What is clickjacking?", "").startswith("An attack in which"), made
    assert not [prompt for prompt in made if "attack?" in prompt.lower()], made


def test_a_sites_name_over_a_comparison_title_said_twice_is_not_the_concept() -> None:
    # 'Ask Difference' over 'Logical Address vs. Physical Address — What's the
    # Difference?' (said twice): 'What is Ask Difference?' -> two table cells run together.
    made = made_or_refused(
        "Compare Corner\n\n"
        "Process vs. Program — What's the Difference?\n\n"
        "By A. Writer — Published on May 2, 2024\n"
        "A program is a file of instructions on disk, while a process is a program being "
        "run by the operating system.\n"
        "Process vs. Program — What's the Difference?\n\n"
        "A process has its own memory and state, while a program has none until it is run.\n"
    )
    assert not [prompt for prompt in made if "Compare Corner" in prompt], made
    assert any("process" in prompt.lower() and "program" in prompt.lower() for prompt in made), made


def test_what_a_name_is_actually_an_acronym_for_is_not_what_it_is() -> None:
    # 'The term "spool" is actually an acronym for Simultaneous Peripheral Operation On
    # Line.' -> 'What is Spool?' -> 'Actually an acronym for ...'
    made = made_or_refused(
        "RAID\n\n"
        "RAID is actually an acronym for Redundant Array of Independent Disks. RAID spreads "
        "data over several disks so that one can fail without any data being lost.\n"
    )
    assert made.get("What does RAID stand for?") == "Redundant Array of Independent Disks", made
    assert not [answer for answer in made.values() if answer.startswith("Actually")], made


def test_names_written_in_capitals_throughout_keep_them_in_a_question() -> None:
    # 'Which can run on any operating system: user Level Threads or kernel Level Threads?'
    made = made_or_refused(
        "Hard Link vs Soft Link\n\n"
        "A Hard Link is a second directory entry that points at the same inode as the file, "
        "while a Soft Link is a small file that holds the path of another file.\n\n"
        "A Hard Link keeps working after the original name is deleted, while a Soft Link "
        "breaks when the file it points at is deleted.\n"
    )
    asked = [prompt for prompt in made if prompt.startswith("Which")]
    assert asked, made
    assert not [prompt for prompt in asked if "hard Link" in prompt or "soft Link" in prompt], made


def test_a_category_line_over_a_principle_that_states_something_is_not_its_title() -> None:
    # 'Design Principles' over 'Open Close Principle' over 'The Open Close Principle
    # states that ...' was titled 'Design Principles' and refused.
    made = made_or_refused(
        "Network Laws\n"
        "Metcalfe's Law\n"
        "Metcalfe's Law states that the value of a network grows with the square of the "
        "number of people who use it.\n"
        "Each new user can reach every user already there, so the links add up fast.\n"
    )
    assert made.get("What does Metcalfe's Law state?", "").startswith("That the value"), made


def test_a_worked_examples_values_are_not_terms() -> None:
    # 'Current Sum is 17 (2 + 15). This is bigger than 14.' -> 'What is Current Sum?';
    # '13 is less than 14.' -> 'What is 13?'
    made = made_or_refused(
        "We want two numbers that add up to 12. L starts at the left and R at the right.\n"
        "Running Total is 15 (3 + 12). That is more than 12, so R moves left.\n"
        "11 is less than 12, so L moves right.\n"
        "Now the total is 12 and we stop.\n"
    )
    assert not [prompt for prompt in made if "Running Total" in prompt or "11" in prompt], made


def test_an_answer_that_says_the_name_says_it_all_is_not_asked() -> None:
    # 'What is the difference between a directed and undirected graph?' -> 'Exactly what
    # it sounds like.'
    made = made_or_refused(
        "What is the difference between a weighted and unweighted graph\n\n"
        "It means exactly what it sounds like. In a weighted graph each edge carries a "
        "number. In an unweighted graph an edge only says two vertices are joined.\n"
    )
    assert "Exactly what it sounds like." not in made.values(), made


def test_a_design_patterns_catalogue_headings_are_not_terms() -> None:
    # 'Problem' / 'Solution' / 'Consequences' under 'Strategy Design Pattern': 'What is
    # solution?' -> 'The answer is the strategy.'
    made = made_or_refused(
        "Observer Design Pattern\n"
        "Problem\n"
        "How can many objects learn that one object changed without polling it all the "
        "time?\n"
        "Solution\n"
        "The answer is a list of listeners that the subject calls whenever it changes.\n"
        "Consequences\n"
        "Subjects and listeners stay loosely coupled and new listeners are easy to add.\n"
    )
    assert not [
        prompt
        for prompt in made
        if re.search(r"\b(?:solution|consequences|problem|answer)\b", prompt, re.I)
    ], made


def test_what_is_done_with_a_thing_or_what_it_is_like_is_not_what_it_is() -> None:
    # 'Animations are then applied to an element by using ...' -> 'What are animations?'
    # -> 'Then applied to an element ...'; 'Animations are similar to transitions ...'
    made = made_or_refused(
        "Some notes on CSS\n\n"
        "Filters are similar to blend modes in that both change how pixels are drawn. "
        "Filters are then applied to an element with the filter property.\n"
    )
    assert not [answer for answer in made.values() if answer.startswith(("Then", "Similar"))], made


def test_a_name_with_in_inside_it_is_titled_whole_from_the_line_above() -> None:
    # 'Section 04' / 'Defense in Depth' / 'Defense in Depth is a security strategy ...'
    # was asked 'What is Defense?'
    made = made_or_refused(
        "Lesson 07\n"
        "Testing in Production\n"
        "Testing in Production is a practice in which a team checks a change against real "
        "users and real data after it ships, behind a flag it can turn off.\n"
    )
    assert "What is testing?" not in made, made
    assert made.get("What is Testing in Production?", "").startswith("A practice in which"), made


def test_an_answer_that_stops_where_its_examples_begin_is_not_asked() -> None:
    # 'How can load shedding be implemented?' -> 'Through various mechanisms, such as.'
    made = made_or_refused(
        "Tech Glossary\n"
        "Rate Limiting\n"
        "Rate Limiting refers to a way of capping how many requests one client may send in "
        "a span of time, so that no single caller can use up a service meant for many.\n"
        "Rate limiting is common in public APIs, login forms and anything else that a script "
        "could flood. It can be implemented through various algorithms, such as:\n"
        "Token Bucket: Tokens drip into a bucket at a steady rate and each request spends "
        "one of them, so short bursts pass while a steady flood is slowed down.\n"
        "Fixed Window: Requests are counted per minute and the count starts again at zero "
        "when the next minute begins, which is simple but lets bursts through at the edges.\n"
    )
    assert not [answer for answer in made.values() if answer.endswith(("such as.", "such as:"))], (
        made
    )
    assert made.get("What is rate limiting?", "").startswith("A way of capping"), made


def test_a_glossarys_index_letter_is_not_the_entrys_name() -> None:
    # 'Pp' over 'Point-in-Time Recovery (PITR)': 'What is Pp?'
    made = made_or_refused(
        "Storage Glossary\n"
        "Ss\n"
        "Snapshot Isolation (SI)\n"
        "Definition: A way of running transactions in which each one reads the database as "
        "it stood when the transaction began.\n"
        "Why it matters: Readers never wait for writers, so long reports do not stall "
        "orders.\n"
    )
    assert not [prompt for prompt in made if "Ss" in prompt.split()], made
    assert any("SI" in prompt or "Snapshot" in prompt for prompt in made), made


def test_a_law_that_states_something_is_asked_what_it_states() -> None:
    # 'What is the Open Close Principle?' -> 'The Open Close Principle states that ...':
    # the answer repeated the question's name; what a principle says is what it states.
    made = made_or_refused(
        "Amdahl's law\n\n"
        "Amdahl's law states that the speed-up a program gets from more processors is "
        "limited by the part of it that must run on one processor alone.\n"
    )
    assert made.get("What does Amdahl's law state?") == (
        "That the speed-up a program gets from more processors is limited by the part of it "
        "that must run on one processor alone."
    ), made


def test_a_names_plural_head_noun_is_not_read_as_its_verb() -> None:
    # 'Backtracking algorithms start with a partially filled solution ...' -> 'What does
    # backtracking algorithm?' and then 'Which concept algorithms start with ...?'
    made = made_or_refused(
        "Memoization\n\n"
        "Memoization is a technique in which a function keeps the results of earlier calls "
        "and hands them back when the same input comes again.\n\n"
        "Memoization tables grow with every new input a program sees.\n"
    )
    assert not [prompt for prompt in made if "tables" in prompt or "table?" in prompt], made
    assert "What is memoization?" in made, made


def test_how_a_thing_compares_or_whom_it_suits_is_not_what_it_is() -> None:
    # 'What is pagination?' -> 'Advantageous for e-commerce sites ...'; 'What is an object
    # adapter?' -> 'More flexible because it ...'; 'What are lambda functions?' -> 'Useful
    # for short, simple operations ...'
    for sentence in (
        "A columnar store is advantageous for reports that read a few columns of many rows.",
        "A columnar store is more compact because values of one type sit side by side.",
        "A columnar store is great for dashboards that sum one column at a time.",
        "A columnar store is often best suited for reports over billions of rows.",
    ):
        made = made_or_refused(f"Columnar store\n\n{sentence}\n")
        assert "What is a columnar store?" not in made, made


def test_a_pointer_to_the_problem_above_is_not_an_answer() -> None:
    # 'What are CSS resets?' -> 'Any solutions that fix above problem.'
    made = made_or_refused(
        "Print stylesheet\n\n"
        "Browsers print pages with their screen colours and menus, which wastes ink.\n\n"
        "Print stylesheets are any rules that fix above problem.\n"
    )
    assert "Any rules that fix above problem." not in made.values(), made


def test_a_sites_pitch_to_its_reader_is_not_a_question_to_learn() -> None:
    # 'Preparing for interviews?' -> 'Use guided tracks for structured prep, ...'
    made = made_or_refused(
        "What is the difference between block, inline, and flex layout?\n\n"
        "BeginnerCss\n"
        "Preparing for interviews?\n\n"
        "Use timed drills to sharpen your answers, then try company question packs when you "
        "want interview practice aimed at one employer.\n\n"
        "Quick Answer\n\n"
        "Block layout stacks boxes down the page, inline layout runs them along a line of "
        "text, and flex layout lines them up along one axis with room shared out. Flex "
        "layout is the newest of the three.\n\n"
        "Answer\n\n"
        "Overview\n\n"
        "A page can place boxes one under another (block), inside text (inline), or along a "
        "flexible row or column (flex). Knowing which one is at work explains most layout "
        "surprises.\n"
    )
    assert "Preparing for interviews?" not in made, made
    # 'Flex layout is the newest of the three.' answered how the three differ
    assert "The newest of the three." not in made.values(), made


def test_a_problem_pointed_at_but_not_shown_is_not_an_answer() -> None:
    # 'What does window.postMessage do?' -> 'Provides a controlled mechanism to circumvent
    # this restriction ...': which restriction, the card does not say
    made = made_or_refused(
        "Service worker\n\n"
        "A service worker is a script that the browser runs apart from the page, between "
        "the page and the network.\n\n"
        "Pages lose their work when the network drops. A service worker provides a cache "
        "that works around this problem for pages it controls.\n"
    )
    assert not [answer for answer in made.values() if "this problem" in answer], made
    assert "What is a service worker?" in made, made


def test_a_glued_rows_number_after_a_capital_is_split_too() -> None:
    # 'CSMA/CD is more efficient than CSMA/CA4. CSMA/CA is less ...': the other rows were
    # split at their repeated number, this one (a capital before it) was not.
    made = entries_deck(
        "Difference between HDD and SSD\n\n"
        "HDD\n"
        "SSD\n"
        "1. An HDD stores data on spinning platters.1. An SSD stores data in flash chips.\n"
        "2. An HDD makes noise while it works2. An SSD makes no noise at all\n"
        "3. An HDD is slower than an SSD3. An SSD is faster than an HDD\n"
    )
    assert not [text for pair in made.items() for text in pair if re.search(r"SSD3|HDD\d", text)], (
        made
    )


def test_a_reader_asked_to_picture_something_names_no_term() -> None:
    # 'Assume that a connection is in ESTABLISHED state, ...' -> 'What is an assume that a
    # connection?'
    made = made_or_refused(
        "Assume that a socket is in the LISTEN state and a client sends a SYN. The server "
        "answers with a SYN-ACK and waits for the last ACK.\n"
    )
    assert not [prompt for prompt in made if "assume" in prompt.lower()], made


def test_a_heading_word_is_no_answer_to_why() -> None:
    # 'Why does a DNS resolver cache matter?' -> 'Benefits'
    made = made_or_refused(
        "A connection pool is a set of open database connections that a program keeps and "
        "lends out, so that no request waits for a new connection.\n"
        "Understanding the Connection Pool\n"
        "At its core, a connection pool is like a taxi rank: cars wait so riders do not.\n"
        "How it Works\n"
        "A request borrows a connection from the pool and gives it back when it is done.\n"
        "Where Pools Live\n"
        "Pools exist at several levels of a system:\n"
        "- Driver Pool: The database driver keeps its own pool for the whole process.\n"
        "- Proxy Pool: A proxy in front of the database can share one pool among apps.\n"
        "Why it Matters: Benefits\n"
        "Keeping these connections open offers significant a\n"
    )
    assert "Benefits" not in made.values(), made


def test_a_plural_subject_followed_by_how_often_is_not_a_name_and_its_verb() -> None:
    # 'APIPA addresses always begin with 169.254.x.x.' answered 'What is APIPA?'
    made = made_or_refused(
        "Loopback\n\nLoopback addresses always begin with 127 and never leave the machine.\n"
    )
    assert not [
        answer for answer in made.values() if answer.startswith("Loopback addresses always")
    ], made


def test_a_title_giving_its_abbreviation_after_a_dash_names_both() -> None:
    # 'Quality of Service — QoS' was asked 'What is Quality of Service — QoS?'
    entry, made = deck(
        "Write-Ahead Log — WAL\n"
        "The set of records on disk that a database writes before each change it makes, so "
        "that a crash can be recovered from. Recovery is judged on how much work survives.\n"
    )
    assert not [prompt for prompt in made if "—" in prompt], made
    assert {"Write-Ahead Log", "WAL"} <= set(entry.names), entry.names


def test_a_word_after_a_capitalised_word_run_into_the_next_is_a_copy_fault() -> None:
    # 'Security GovernanceThe practice of protecting information ...'
    card = next(
        iter(cards.generate(parse("Firewall\n\nA firewall is a filter for traffic.\n"), []))
    )
    assert copy_faults(replace(card, answer="Security GovernanceThe practice of guarding data."))


def test_a_myth_lists_verdict_is_not_part_of_the_statement() -> None:
    # 'True or false: TPMs can't be added later : False.' -> 'True'
    card = next(
        iter(cards.generate(parse("Firewall\n\nA firewall is a filter for traffic.\n"), []))
    )
    asked = replace(card, prompt="True or false: Firewalls slow every request : Myth.")
    assert copy_faults(asked)
    assert not copy_faults(replace(card, prompt="True or false: Firewalls filter traffic."))


def test_an_answer_sites_labels_are_not_terms() -> None:
    # 'What is Direct Answer?', 'What are Key Considerations?' on an attack-vector page
    made = entries_deck(
        "Attack surface\n\n"
        "Direct Answer\n"
        "An attack surface is the sum of all the points where an attacker could try to get "
        "into a system or pull data out of it.\n"
        "Key Considerations\n"
        "Every new service, port or account adds to it, so removing unused ones shrinks it.\n"
        "Common Applications\n"
        "Teams map it before an audit and again after each large release.\n"
    )
    assert not [
        prompt for prompt in made if re.search(r"Direct Answer|Key Considerations", prompt)
    ], made


def test_a_readers_first_person_question_list_is_not_asked() -> None:
    # 'Which three points finish the sentence "I have a few questions regarding this ..."?'
    made = made_or_refused(
        "What is toil?\n"
        "Problem\n"
        'Lately we hear the word "toil" a lot. I have a few questions regarding this:\n'
        "- where did this word come from?\n"
        "- was it made popular by one company?\n"
        "- what is toil actually?\n"
        "Solution\n"
        "Toil is manual, repetitive operations work that grows with a service and leaves "
        "nothing of lasting value behind.\n"
    )
    assert not [prompt for prompt in made if "I have a few" in prompt], made


def test_whose_definition_a_page_quotes_is_not_its_title() -> None:
    # 'As per techtarget definition:' titled a capacity-planning page 'As per techtarget'
    made = made_or_refused(
        "Load testing is the practice of putting expected numbers of users on a system to "
        "see how it behaves before real users arrive.\n\n"
        "As per vendorsite definition:\n\n"
        "Load testing is the practice of putting expected numbers of users on a system to "
        "see how it behaves before real users arrive.\n\n"
        "A typical concern is whether response times hold as the user count climbs.\n"
    )
    assert not [prompt for prompt in made if "as per" in prompt.lower()], made
    assert "What is load testing?" in made, made


def test_one_of_the_things_named_before_is_no_clue() -> None:
    # 'One of the most effective is called which concept?' -> 'Watering Hole attack'
    made = made_or_refused(
        "What is a Credential Stuffing attack?\n\n"
        "What is a Credential Stuffing attack?\n\n"
        "Attackers who want into many accounts at once use a range of attacks. One of the "
        "most effective is called a Credential Stuffing attack. The term comes from stuffing "
        "stolen pairs into login forms one after another.\n\n"
        "How do attackers use it? They replay username and password pairs leaked from one "
        "site against the logins of many others.\n"
    )
    assert not [prompt for prompt in made if prompt.startswith("One of the")], made


def test_an_explainers_section_labels_and_chapter_line_are_not_terms() -> None:
    # A book-like site: 'IV · Probabilistic structures' over the concept's name, then
    # sections headed 'The story', 'How it works', 'The key insight'. They were read as
    # glossary terms ('What is a the key insight?') under a chapter line taken for a title.
    made = made_or_refused(
        "II · Ordered structures\n\n"
        "Skip list\n\n"
        "Sorted lookups without balancing.\n\n"
        "The story\n\n"
        "Pugh wanted a sorted structure as quick as a balanced tree but far simpler to "
        "write. He stacked linked lists, each skipping more nodes than the one below.\n\n"
        "How it works\n\n"
        "A tower of sorted linked lists. Each node joins the list above with probability "
        "one half; a search starts at the top and drops a level when it overshoots.\n\n"
        "The key insight\n\n"
        "Skip list search takes logarithmic time on average without any rebalancing.\n"
    )
    assert made, "the page was refused"
    assert not [prompt for prompt in made if re.search(r"\bthe (story|key insight)\b", prompt)]
    assert not [prompt for prompt in made if "Ordered structures" in prompt], made
    assert "How does a skip list work?" in made, made


def test_a_heading_saying_what_to_do_is_not_a_term() -> None:
    # 'Checking unknown keys' under two glossed types became 'What are checking unknown keys?'
    made = entries_deck(
        "Never and void\n\n"
        "Never\n\n"
        "The type never describes a value that cannot occur, such as the result of a "
        "function that always throws.\n\n"
        "Void\n\n"
        "The type void marks a function whose return value should be ignored.\n\n"
        "Handling thrown errors\n\n"
        "Because of how exceptions travel, a function that throws has the return type "
        "never rather than void.\n"
    )
    assert not [prompt for prompt in made if "handling" in prompt.lower()], made


def test_a_clause_opened_by_since_is_not_a_kind_of_the_entry() -> None:
    # 'Since a heap is a complete binary tree, ...' asked 'What is since a heap?'
    made = made_or_refused(
        "Binary heap\n\n"
        "A binary heap is a complete binary tree in which every parent is ordered against "
        "its children.\n\n"
        "Since a binary heap is a complete tree, a heap of n nodes has a height of log n.\n"
    )
    assert not [prompt for prompt in made if "since" in prompt.lower()], made


def test_a_comparisons_title_over_one_things_definition_asks_that_thing() -> None:
    # 'Difference between Min Heap and Max Heap' over 'A Heap is a special tree ...' asked
    # 'What is a difference between Min Heap and Max Heap?' with the heap's definition
    made = made_or_refused(
        "# Difference between Min Stack and Max Stack\n\n"
        "A Stack is a collection in which the last value pushed is the first one taken "
        "out. Two variants also report an extreme value in constant time.\n"
    )
    assert "What is a stack?" in made, made
    assert not [prompt for prompt in made if "difference" in prompt.lower()], made


def test_a_worked_sum_is_not_asked_and_thus_is_no_verb() -> None:
    # 'The Total Blocking Time thus is 210 ms (60 + 150).' asked 'What does the Total
    # Blocking Time thu?' and 'Which concept thus is 210 ms (60 + 150)?'
    made = made_or_refused(
        "Input Delay Time (IDT)\n\n"
        "Input Delay Time (IDT) measures how long a page leaves a user's first tap or key "
        "press waiting before it starts to handle it.\n\n"
        "The Input Delay Time is the wait between the input and the start of its handler.\n\n"
        "Example of a tap that lands during two busy tasks:\n"
        "  • the first task still runs for 40 ms.\n"
        "  • the second task runs for 90 ms.\n\n"
        "The Input Delay Time thus is 130 ms (40 + 90).\n"
    )
    assert made, "the page was refused"
    assert not [prompt for prompt in made if "thu?" in prompt or "40 + 90" in prompt], made
    assert not [answer for answer in made.values() if "40 + 90" in answer], made


def test_a_judgement_of_the_name_is_no_definition_but_the_name_is_spelled_out() -> None:
    # 'It's a really terrible name for an incredibly powerful concept' was the answer
    # to 'What is the RAII?'
    made = made_or_refused(
        "What is meant by Copy On Write (COW)?\n"
        "It's a really confusing name for a very handy idea, and one that many "
        "programmers meet without knowing it.\n"
        "When two users share one copy of some data, neither pays for a copy until one "
        "of them changes it.\n"
    )
    assert not [answer for answer in made.values() if "confusing name" in answer], made
    assert made.get("What does COW stand for?") == "Copy On Write", made


def test_a_names_initial_does_not_end_the_sentence() -> None:
    # 'as described in Robert C.' cut the answer at an author's initial
    made = made_or_refused(
        "Open-closed principle\n\n"
        "The open-closed principle is a design rule, as set out by Bertrand M. Meyer, "
        'that code should be "open to extension but closed to modification."\n'
    )
    answers = list(made.values())
    assert any("Meyer, that code should be" in answer for answer in answers), made
    # the full stop inside the closing quote is not doubled after it
    assert not [answer for answer in answers if answer.endswith('.".')], made


def test_a_glossary_line_of_one_term_under_a_menu_line_names_the_term() -> None:
    # 'tablespace - A tablespace is ...' under a menu line titled the page 'Tablespace - A
    # tablespace'
    made = made_or_refused(
        "Choose Index below to see a list of every word and phrase that this glossary "
        "defines.\n"
        "extent - An extent is a run of neighbouring blocks a database hands to a table "
        "in one go. Tables grow by whole extents.\n"
        "A large table may own thousands of extents spread over several files.\n"
    )
    assert made.get("What is an extent?", "").startswith("A run of neighbouring blocks"), made


def test_a_qualified_singular_title_over_a_plural_definition_is_the_title() -> None:
    # 'Monad (functional programming)' over 'Monads are ...' was titled 'Monads' and
    # asked 'What is Monads?'
    entry, made = deck(
        "Functor (functional programming)\n"
        "Functors are containers that let a function be applied to the value inside them "
        "without taking it out.\n"
        "A list is a common example: mapping a function over it gives a new list.\n"
    )
    assert entry.title == "Functor (functional programming)"
    assert made.get("What are functors?", "").startswith("Containers that let"), made


def test_thus_before_the_verb_is_not_read_as_the_verb() -> None:
    made = made_or_refused(
        "Write buffer\n\n"
        "A write buffer is a small memory that holds data waiting to be written to a "
        "slower store.\n\n"
        "The write buffer thus lets the processor go on without waiting for the store.\n"
    )
    assert not [prompt for prompt in made if prompt.endswith(" thu?")], made
    assert made.get("What does a write buffer do?", "").startswith("Lets the processor"), made


def test_a_reading_time_with_its_separator_is_chrome() -> None:
    # '6 min read·' (the dot that parts it from a date the copy lost) was taken for a
    # section heading, and became a choice card's answer among the article's headings
    made = entries_deck(
        "Schema Registries Explained: Keeping Producers and Consumers in Step\n\n"
        "Schema registries are services that store the agreed shapes of messages. Learn "
        "how they stop one team's change from breaking another's reader.\n\n"
        "4 min read·\n\n"
        "A schema registry is a service that stores the agreed shape of each message "
        "stream and checks every new version against the old ones before it is used.\n\n"
        "Schema registries address silent breakage by refusing changes readers cannot "
        "handle.\n\n"
        "Why Registries Matter\n\n"
        "The Renamed Field Problem\n\n"
        "A producer renames a field and every reader that expected the old name fails.\n\n"
        "The Guessing Game\n\n"
        "Without a registry, each reader guesses which version it is reading.\n"
    )
    assert made, "the page was refused"
    assert not [a for a in made.values() if "min read" in a], made
    assert not [p for p in made if "min read" in p], made


def test_a_when_not_to_use_instruction_is_asked_as_its_condition() -> None:
    # 'Do not use if there are no preliminary headers ...' stood against 'When the server
    # wants to hint ...': the one option in the imperative was the 'not for' answer
    made = made_or_refused(
        "425 Too Early\n"
        "Meaning\n"
        "Tells the client the server will not risk handling a request that might be "
        "replayed.\n"
        "When to Use\n"
        "When a request arrived in TLS early data and repeating it could cause harm.\n"
        "When Not to Use\n"
        "Do not use if the request is safe to repeat or did not arrive as early data.\n"
    )
    not_for = [p for p in made if p.endswith("not for?")]
    assert not_for, made
    assert made[not_for[0]].startswith("If the request is safe to repeat"), made


def test_a_mistakes_own_rebuttal_is_not_part_of_the_statement() -> None:
    # '- Increasing the number of partitions blindly, which doesn't solve skew if ...'
    # asked 'True or false: increasing ... blindly, which doesn't solve skew ... is fine.'
    made = made_or_refused(
        "Hot partition\n\n"
        "A hot partition is a partition that receives far more reads or writes than the "
        "others, so one node does most of the work.\n\n"
        "Common mistakes\n"
        "- Adding more nodes blindly, which doesn't help if every request still targets "
        "the same key.\n"
    )
    asked = [prompt for prompt in made if prompt.startswith("True or false")]
    assert asked == ["True or false: adding more nodes blindly is fine."], made
    assert made[asked[0]] == "False"


def test_a_headwords_bracketed_qualifier_alone_is_not_a_title() -> None:
    # A dictionary page whose headword was lost: '(data structure)' over 'Definition: ...'
    # asked 'What is the (data structure)?'
    made = made_or_refused(
        "(algorithm)\n"
        "Definition: Sort a list by repeatedly swapping neighbouring items that are out of "
        "order until a pass makes no swap.\n"
        "Generalization (I am a kind of ...)\n"
        "in-place sort.\n"
    )
    assert not [prompt for prompt in made if "(algorithm)" in prompt], made


def test_a_definition_label_line_names_the_term_its_gloss_defines() -> None:
    # 'Definition: dogfooding' over its gloss was taken whole for the title and refused
    made = made_or_refused(
        "Definition: rubber ducking\n\n"
        "Explaining a problem aloud, line by line, to an object that cannot answer, until "
        "the mistake shows itself.\n\n"
        "The name comes from a programmer who carried a toy duck for the purpose.\n"
    )
    assert made.get("What is rubber ducking?", "").startswith("Explaining a problem aloud"), made


def test_a_what_it_is_label_before_the_definition_is_passed_over() -> None:
    # 'Overview' / 'What it is: Shift Left is a philosophy ...' was refused: no title
    made = made_or_refused(
        "Overview\n"
        "What it is: Trunk-based development is a way of working in which everyone merges "
        "small changes into one shared branch at least once a day.\n"
        "What it does: Trunk-based development keeps long-lived branches from drifting "
        "apart and makes merges small.\n"
    )
    assert made.get("What is trunk-based development?", "").startswith("A way of working"), made


def test_it_is_common_to_does_not_speak_of_the_entry() -> None:
    # 'It is common to perform a combination of ...' asked 'What is exploratory testing
    # common for?'
    made = made_or_refused(
        "Pair testing\n\n"
        "Pair testing is a practice in which two people test one feature together at one "
        "machine. It is common to pair a tester with a developer for the session.\n"
    )
    assert not [prompt for prompt in made if "common" in prompt], made


def test_sometimes_before_the_verb_is_not_read_as_the_verb() -> None:
    # 'The virtual table sometimes is called by other names' asked 'What does the
    # virtual table sometime?'
    made = made_or_refused(
        "Jump table\n\n"
        "A jump table is an array of addresses that a program indexes to pick which code "
        "to run next.\n\n"
        "The jump table sometimes holds offsets instead of full addresses to save space.\n"
    )
    assert not [prompt for prompt in made if prompt.endswith(" sometime?")], made


def test_a_line_opened_by_and_names_nothing() -> None:
    # a worked example's 'and 0001 represents number 1.' titled the page 'And 0001'
    made = made_or_refused(
        "for example\n"
        "let us assume\n"
        "100 represents a jump in machine language.\n"
        "and 0011 represents register 3.\n"
    )
    assert not [prompt for prompt in made if "0011" in prompt or " and " in prompt], made


def test_a_forum_posters_question_is_not_asked() -> None:
    # '[Q&A] End-to-end testing?' over 'Can you guys explain to me what end-to-end testing
    # means?': the poster's words were a card's prompt, the second paragraph its answer
    made = made_or_refused(
        "[Q&A] Load testing?\n\n"
        "Can you guys explain to me what load testing means?\n\n"
        "Load testing is the practice of running a system under the traffic it expects, "
        "to see whether it keeps its response times. The tester scripts many users at "
        "once.\n\n"
        "There is a real difference between load testing and stress testing, which pushes "
        "past the expected traffic to find where the system breaks.\n"
    )
    assert made, "the page was refused"
    assert not [prompt for prompt in made if "explain to me" in prompt], made


def test_the_pages_last_answer_cut_off_mid_word_is_not_asked() -> None:
    # 'Who Creates Symbol-Table Entries?' -> '... during the analysis phase by the lexi'
    made = made_or_refused(
        "The parse tree is a tree with one node for each grammar rule the parser applied,\n"
        "Who Creates Parse-Tree Nodes?\n"
        "Parse-tree nodes are created and used during the syntax analysis phase by the lexi\n"
    )
    assert not [prompt for prompt in made if prompt.startswith("Who")], made


def test_as_to_why_announces_a_topic_and_names_nothing() -> None:
    # 'As to why composition is preferred over inheritance, ...' titled a forum page 'As
    # to why composition' once the lines before it no longer gave a title
    sentence = "As to why queues are preferred over locks, take a look at the classic example."
    assert definition_of(sentence) is None
    assert definition_of("and 0011 represents register 3.") is None


def test_a_law_that_describes_a_quantity_is_asked_what_it_describes() -> None:
    # "Amdahl's Law describes the theoretical maximum speedup ..." answered 'What is
    # Amdahl's Law?' with the speedup itself
    made = made_or_refused(
        "Gustafson's Law describes how the speedup of a parallel program grows when the "
        "problem is made larger along with the number of processors.\n\n"
        "It answers the pessimism of fixed-size scaling.\n"
    )
    assert made.get("What does Gustafson's Law describe?", "").startswith("How the speedup"), made
    assert "What is Gustafson's Law?" not in made, made


def test_a_quiz_sites_question_counter_is_chrome() -> None:
    # 'Q37 of 40 · Core Java' titled the page: 'What are the three escape states of Q37 of
    # 40 · Core Java?'
    entry, made = deck(
        "Q12 of 30 · Core Python\n\n"
        "What is string interning and identity caching in CPython?\n\n"
        "Core PythonMidinterningcpythonstrings\n\n"
        "Short answer\n\n"
        "Short answer: String interning is an optimisation that keeps one stored copy of "
        "equal strings, so that they can be compared by identity instead of by content.\n\n"
        "Detail\n\n"
        "Two kinds of strings\n\n"
        "1. Interned automatically\n"
        "2. Interned on request\n"
    )
    assert not entry.title.startswith("Q12"), entry.title
    assert not [prompt for prompt in made if "Q12" in prompt], made


def test_a_comparative_whose_other_side_was_named_before_is_no_clue() -> None:
    # 'Sanity testing is narrower: it verifies ...' asked 'Which concept is narrower: ...?'
    made = entries_deck(
        "What is the difference between unit testing and component testing?\n"
        "Unit testing is a check of one function or class alone, its neighbours replaced "
        "by stand-ins. Component testing is broader: it checks a group of classes that "
        "work together, with only the outside world replaced. Unit runs are the same "
        "checks on every commit.\n"
    )
    assert not [prompt for prompt in made if "broader" in prompt], made


def test_a_name_with_a_bracketed_aside_after_its_comma_is_defined() -> None:
    # 'Name mangling, (the more politically correct term is name-decoration, ...) is a
    # method ...' was refused: the aside hid the 'is', and 'Name' read as a word about a name
    made = made_or_refused(
        "Name hiding, (a gentler term some books prefer is shadowing, though few use it) "
        "is a rule by which a name declared in an inner scope hides the same name declared "
        "in an outer one.\n"
    )
    assert made.get("What is name hiding?", "").startswith("A rule by which a name"), made


def test_labelled_points_about_one_side_are_not_glossary_terms() -> None:
    # 'Single VLAN: An access port is configured to ...' under 'Access Ports' asked 'What
    # is a single VLAN?' and eight more such cards
    made = entries_deck(
        "What is the difference between a hub and a switch?\n\n"
        "The main difference between a hub and a switch is that a hub repeats every frame "
        "to all ports, while a switch sends each frame only to the port of its receiver.\n\n"
        "Hubs\n\n"
        "  • Shared Medium: A hub gives every port the same collision domain.\n"
        "  • Blind Repeating: A hub copies each frame out of every other port.\n"
        "  • Low Cost: Hubs are cheaper than switches because they hold no tables.\n\n"
        "Switches\n\n"
        "  • Own Collision Domains: A switch gives each port a collision domain of its own.\n"
        "  • Learned Addresses: A switch keeps a table of which address sits on which port.\n"
        "  • Full Duplex: Switches can send and receive on a port at the same time.\n"
    )
    assert not [p for p in made if "Shared Medium" in p or "Learned Addresses" in p], made
    assert not [p for p in made if p.lower().startswith("what are the three hubs")], made
    assert "What is the main difference between a hub and a switch?" in made, made


def test_a_vendors_offer_and_a_diagrams_source_are_not_asked() -> None:
    # 'How to enable MTA-STS?' -> 'To enable MTA-STS, please contact our customer
    # support.'; 'Pro or con of ...: graph LR subgraph ... Key[Key K] --> Pref[...].'
    entry, _ = deck(
        "Greylisting\n\nGreylisting is a way of refusing mail from unknown senders once.\n"
    )
    card = cards.generate(entry, [])[0]
    assert copy_faults(card) == []
    offer = "To turn greylisting on, please contact our customer support."
    assert copy_faults(replace(card, answer=offer))
    assert copy_faults(replace(card, answer="Book a free demo to see it in action."))
    diagram = "Pro or con of greylisting: graph LR A[Sender] --> B[Server]<br/>retry."
    assert copy_faults(replace(card, prompt=diagram))
    # an arrow in prose is no diagram
    assert copy_faults(replace(card, answer="Unknown sender --> delay, then accept.")) == []


def test_one_quality_word_is_no_clue_to_identify_a_concept() -> None:
    # 'Troubleshooting is direct.' asked 'Which concept is direct?'
    made = made_or_refused(
        "Pull monitoring\n\n"
        "Pull monitoring is a way of collecting metrics in which the collector asks each "
        "service for its numbers on a schedule.\n\n"
        "Pull monitoring is simple. Pull monitoring scales with the number of collectors.\n"
    )
    assert "Which concept is simple?" not in made, made


def test_a_names_first_word_defined_after_the_whole_name_is_another_concept() -> None:
    # 'BGP hijacking is a cyberattack ...' then 'BGP is the inter-domain routing protocol
    # ...' made 'BGP' another name of the attack: 'Which concept is the inter-domain
    # routing protocol ...?' -> 'BGP Hijacking'
    made = made_or_refused(
        "What is DNS Spoofing?\n\n"
        "DNS spoofing is an attack in which forged answers are planted in a resolver so "
        "that a name leads users to the attacker's address.\n\n"
        "DNS is the naming system that turns names people type into the addresses "
        "machines use. It answers from caches to stay fast.\n\n"
        "DNS spoofing can have serious consequences for businesses and their customers.\n"
    )
    assert "What is DNS spoofing?" in made, made
    assert not [p for p in made if "naming system" in p], made
    assert not [p for p in made if "serious consequences" in p], made


def test_a_takeaway_cut_off_at_the_end_of_the_page_is_no_blank() -> None:
    # '• NetFlow works through a three-step pipeline: devic' -> 'devic'
    made = made_or_refused(
        "sFlow\n\n"
        "sFlow is a sampling technology that sends one packet header in every N, with "
        "interface counters, to a collector for analysis.\n\n"
        "Key takeaways\n\n"
        "  • sFlow samples packets instead of tracking every flow.\n"
        "  • sFlow works through a two-part design: an agent on the sw\n"
    )
    assert not [a for a in made.values() if a.endswith(" sw") or a == "sw"], made
    assert not [p for p in made if "two-part design" in p], made


def test_a_vendors_buttons_run_together_are_chrome() -> None:
    # 'Schedule DemoStart Free Trial' titled a NetFlow page
    made = made_or_refused(
        "Schedule DemoStart Free Trial\n\n"
        "Flow export is the sending of summaries of network conversations from a router "
        "to a collector.\n\n"
        "Each summary holds the two addresses, the ports, the protocol and the byte count.\n"
    )
    assert not [p for p in made if "Demo" in p or "Trial" in p], made
    assert "What is flow export?" in made, made


def test_the_pages_last_words_without_a_stop_are_not_its_definition() -> None:
    # 'TL;DR Hedged requests are a tail-latency scalpel: highly effective when applied to
    # idempotent, r' (the copy broke off) was the answer to 'What is ...?'
    made = made_or_refused(
        "Request coalescing\n\n"
        "Why this matters\n\n"
        "Many callers asking for the same missing key at once can flood a database.\n\n"
        "Core idea\n\n"
        "The first caller fetches the value and the callers after it wait for its result.\n\n"
        "TL;DR\n\n"
        "Request coalescing is a guard for hot keys: one caller fetches while the others "
        "wait on the same fut\n"
    )
    assert not [a for a in made.values() if a.endswith("fut") or "fut." in a], made


def test_a_myth_the_next_line_refutes_is_not_stated_as_fact() -> None:
    # 'WireGuard is inherently less secure because it is newer.' / 'Newer doesn't mean
    # weaker; ...' gave 'What is WireGuard?' -> 'Inherently less secure because it is newer.'
    made = made_or_refused(
        "Tailscale is inherently slower because it adds a relay.\n"
        "Adding a relay doesn't mean slower; most connections go straight between peers "
        "and only fall back to a relay when a firewall blocks them.\n"
        "Tailscale is the clear winner in setup time, often connecting two machines in a "
        "minute.\n"
        "Tailscale is a mesh VPN service that builds private links between a user's devices "
        "over WireGuard.\n"
    )
    assert not [p for p, a in made.items() if "slower" in p or "slower" in a], made
    assert not [a for a in made.values() if "clear winner" in a], made


def test_a_writers_we_know_is_no_gloss_of_the_heading_above_it() -> None:
    # 'Consistency' over 'We know that the system stores the most recently updated data
    # ...' gave 'What is consistency?' -> that sentence
    made = entries_deck(
        "What is monotonic reads?\n\n"
        "Replication\n\n"
        "We know that one server can keep a single copy of every record. Larger systems "
        "copy each record to several servers.\n\n"
        "Consistency models\n\n"
        "A consistency model is a promise a store makes about which writes a read may "
        "see.\n\n"
        "Monotonic reads\n\n"
        "Monotonic reads is a weak form of consistency that stops a client from seeing "
        "older data after it has seen newer data. A client that reads twice never goes "
        "back in time.\n"
    )
    assert not [a for a in made.values() if a.startswith("We know")], made
    assert "What is a consistency model?" in made, made


def test_a_definition_by_the_kind_its_name_ends_in_is_not_circular() -> None:
    # 'Causal consistency is a weak form of consistency that preserves the order of
    # causally related operations.' was passed over as saying its name again
    made = made_or_refused(
        "Eventual consistency\n\n"
        "Definition\n\n"
        "Eventual consistency is a weak form of consistency in which replicas that stop "
        "receiving writes eventually agree on the same value. Writes spread between "
        "replicas in the background.\n"
    )
    assert made.get("What is eventual consistency?", "").startswith("A weak form of"), made


def test_a_comparisons_tldr_opening_with_one_side_is_not_both_defined() -> None:
    # 'Raft vs Paxos' / 'TL;DR' / '- Paxos is the original, general consensus protocol.'
    # gave 'What are Raft vs Paxos?' -> the Paxos sentence
    made = made_or_refused(
        "Consensus protocols\n"
        "Zab vs Viewstamped Replication\n"
        "Both protocols keep a log copied across machines in the same order.\n"
        "TL;DR\n"
        "- Viewstamped Replication is the older protocol, from the late 1980s.\n"
        "- Zab was built for ZooKeeper and orders every change through one leader.\n"
    )
    assert not [p for p in made if p.startswith("What") and " vs " in p], made


def test_where_a_link_is_formed_is_not_what_it_is() -> None:
    # 'IBGP is formed between Neighbors within the same AS whereas EBGP is formed between
    # neighbors in different AS.' gave 'What is IBGP?' -> 'Formed between Neighbors ...'
    made = entries_deck(
        "what is difference between a hub link and a spoke link ?\n\n"
        "There are a few differences between hub links and spoke links:\n\n"
        "for spoke links the sites dont need a direct path.\n\n"
        "But this is just a few things.\n\n\n"
        "A hub link is formed between sites within the same region whereas a spoke link is "
        "formed between sites in different regions.\n\n"
        "A route learnt over a hub link is not sent back over another hub link.\n\n"
        "A hub link is a connection that carries routes between two routers of one region.\n"
    )
    assert made.get("What is a hub link?", "").startswith("A connection that carries"), made
    assert not [a for a in made.values() if a.startswith("Formed between")], made


def test_a_step_caption_is_no_blank() -> None:
    # 'Step 1: A 3-node cluster. Traffic is evenly balanced ...' -> 'Step 1: A ____.'
    made = made_or_refused(
        "Hot keys\n\n"
        "A hot key is a key that gets far more requests than the rest, so one shard "
        "carries most of the load.\n\n"
        "Step 2: A 5-node ring. One node takes nine requests in ten.\n"
    )
    assert not [p for p in made if p.startswith("Step 2")], made


def test_two_names_sharing_a_first_part_are_not_one_name() -> None:
    # 'CloudTrail is primarily for audit ..., while CloudWatch is ...' was CloudWatch's
    # definition too
    assert definition_of("CloudTrail is a log of API calls.", ("CloudWatch",)) is None
    assert definition_of("Compiling is turning source into machine code.", ("Compile",))
    assert definition_of("Authorisation is granting access.", ("Authorization",)) is not None


def test_what_a_thing_is_mostly_for_or_how_well_it_serves_is_not_what_it_is() -> None:
    # 'CloudTrail is primarily for audit ...' -> 'What is CloudTrail?'; 'CloudWatch is
    # excellent for runtime visibility, but ...' -> 'What is CloudWatch?'
    made = made_or_refused(
        "Datadog\n\n"
        "Datadog is primarily for watching servers and services in one place.\n\n"
        "Datadog collects metrics, traces and logs from agents on each host.\n"
    )
    assert not [a for a in made.values() if a.startswith("Primarily")], made
    made = made_or_refused(
        "Grafana\n\n"
        "Grafana is excellent for dashboards, but not a store for the data itself.\n\n"
        "Grafana draws charts from the metrics other systems keep.\n"
    )
    assert not [a for a in made.values() if a.startswith("Excellent")], made


def test_how_well_each_side_serves_is_no_clue_to_identify_it() -> None:
    # 'Which concept is great for relatively simple apps ...?' -> 'Context API'
    made = entries_deck(
        "Zustand vs Jotai\n\n"
        "Zustand is a small state library that keeps state in one store outside React. "
        "Jotai is a state library built from many small atoms.\n\n"
        "Zustand is great for apps with a few screens where a single store is enough.\n\n"
        "Jotai works well for forms where each field changes on its own.\n"
    )
    assert "What is Jotai?" in made, made
    assert not [p for p in made if "great for" in p or "works well" in p], made


def test_a_definitions_clause_about_the_other_side_is_left_out_of_its_answer() -> None:
    # 'An IAM user is a permanent identity ..., while an IAM role is a temporary identity
    # ...' was the whole answer to 'What is an IAM user?'
    made = made_or_refused(
        "Service account\n\n"
        "A service account is an identity that a program uses to call other services, "
        "while a user account is an identity that a person signs in with.\n"
    )
    answer = made.get("What is a service account?", "")
    assert answer == "An identity that a program uses to call other services.", made


def test_the_name_after_a_preposition_does_not_decide_its_number() -> None:
    # 'The purpose of CT logs is to ...' made 'What is CT logs?'
    made = made_or_refused(
        "What Are Change Tracking Logs (CT Logs)?\n\n"
        "Change Tracking (CT) logs are append-only records of who changed what in a "
        "system, and when. The purpose of CT logs is to let anyone trace a change back to "
        "the person who made it.\n"
    )
    assert "What are CT logs?" in made, made


def test_a_practice_glossed_by_what_doing_it_is_is_defined() -> None:
    # 'God Object' / 'Centralizing too many responsibilities in one class ...' was refused
    made = made_or_refused(
        "Golden Hammer\n"
        "Reaching for one familiar tool or pattern for every problem, whether it fits or "
        "not.\n"
        "Also known as: Law of the Instrument\n"
        "Symptoms\n"
        "- The same framework appears in every project, however small.\n"
        "- Simpler tools are never weighed.\n"
    )
    assert [a for p, a in made.items() if p.startswith("What is")] == [
        "Reaching for one familiar tool or pattern for every problem, whether it fits or not."
    ], made


def test_a_gloss_that_says_what_a_thing_does_is_asked_so() -> None:
    # '| P of EAA Catalog |' over 'Repository' over 'Mediates between the domain and data
    # mapping layers ...' was refused; without the bar, 'A system with a complex domain
    # model often benefits from ...' was its definition
    made = made_or_refused(
        "| Patterns Catalog |\n\n"
        "Gateway\n\n"
        "by Two Authors\n\n"
        "Wraps access to an outside system or resource behind an object of its own.\n\n"
        "A program with many outside services often benefits from one place that hides "
        "each service's quirks.\n"
    )
    assert [p for p, a in made.items() if a.startswith("Wraps access")] == ["What does Gateway do?"]
    assert not [a for a in made.values() if "often benefits" in a], made


def test_a_dictionary_head_below_site_chrome_names_the_page() -> None:
    # 'Term of the Moment' / 'IVR' / 'Look Up Another Term' / 'Definition: elliptic curve
    # cryptography' gave 'What is Term of the Moment?' -> 'elliptic curve cryptography'
    made = made_or_refused(
        "Term of the Moment\n\n"
        "SSD\n\n\n"
        "Look Up Another Term\n\n\n"
        "Definition: lattice cryptography\n\n\n"
        "A family of public key methods built on hard problems about points in a grid, "
        "thought to resist attacks by quantum computers.\n"
    )
    assert made.get("What is lattice cryptography?", "").startswith("A family of public key"), made


def test_what_a_thing_is_like_or_where_it_is_met_is_not_what_it_is() -> None:
    # 'What is Mojibake?' -> 'Often seen with text data ...'; 'What is an unsigned
    # integer?' -> 'Important in computing because ...'; 'What is AES?' ->
    # 'Comparatively faster than DES.'; 'What is the State?' -> 'About doing different
    # things ...'; 'What is the Abstract Factory?' -> 'For creating multiple ...'; 'What
    # is the BOM?' -> 'Mandatory for UTF-16 ...'; 'What are birthday attacks?' -> 'Made
    # against hash algorithms ...'
    for predicate in (
        "often seen with text that was decoded with the wrong table",
        "important in computing because sizes are fixed",
        "comparatively faster than the older cipher",
        "about doing different things in different states",
        "for creating families of related objects",
        "mandatory for some encodings but optional for others",
        "made against hash functions to find two inputs with one digest",
        "basically the same as the line case",
    ):
        made = made_or_refused(f"Quux\n\nQuux is {predicate}.\n\nQuux came from a lab.\n")
        assert not [p for p in made if p.startswith("What is")], (predicate, made)


def test_another_abbreviations_clause_is_not_part_of_a_definition() -> None:
    # 'DES is the older algorithm and AES is the advanced algorithm ...' -> 'What is
    # DES?' -> 'The older algorithm and AES is the advanced ...'
    made = made_or_refused(
        "MD5\n\nMD5 is the older hash and SHA is the stronger family that replaced it.\n\n"
        "MD5 gives a 128-bit digest.\n"
    )
    assert not [a for a in made.values() if "and SHA is" in a], made
    # ('... of Hubs and Links are stored' is one clause: no abbreviation's)
    made = made_or_refused(
        "Satellites\n\nSatellites are where the descriptive attributes of Hubs and Links are "
        "kept, each row stamped with its load date.\n"
    )
    assert [a for a in made.values() if "Hubs and Links are kept" in a], made


def test_a_label_over_names_is_no_blank() -> None:
    # 'Related Antipatterns: ____.' -> 'Transaction Script'
    made = made_or_refused(
        "Magic Numbers\n\n"
        "A magic number is a bare literal in code whose meaning is not named.\n\n"
        "Key takeaways\n\n"
        "- Magic numbers hide intent from the next reader.\n"
        "- Related Antipatterns: Hard Coding.\n"
    )
    assert not [p for p in made if p.startswith("Related")], made


def test_a_heading_with_its_verb_inside_is_not_asked_with_do() -> None:
    # 'Why it is bad (Consequences)' over three points -> 'Why do it is bad, in three
    # points?'
    made = made_or_refused(
        "Shotgun Surgery\n\n"
        "Shotgun surgery is a smell where one change forces edits in many classes.\n\n"
        "Why it is costly (Consequences)\n\n"
        "  • Missed edits: One place is easily forgotten.\n"
        "  • Slow reviews: Every change touches many files.\n"
        "  • Merge pain: Edits collide across teams.\n"
    )
    assert not [p for p in made if p.startswith("Why do it")], made


def test_a_picture_before_a_headings_words_is_left_out_of_the_question() -> None:
    # '🧊Why learn File Signatures?' was asked as it stood
    made = made_or_refused(
        "concept\n"
        "Magic Bytes\n"
        "Magic bytes, also known as file headers, are short byte runs at the start of a file "
        "that tell its format. Systems use them to decide how to open a file.\n"
        "Also known as: File Headers, File Magic\n"
        "🧊Why learn Magic Bytes?\n"
        "Developers should learn about magic bytes when building upload checks, forensic "
        "tools or file parsers, because a name is easy to fake.\n"
    )
    assert "Why learn Magic Bytes?" in made, made
    assert not [p for p in made if not p[:1].isalnum()], made


def test_how_well_a_thing_performs_is_not_what_it_performs() -> None:
    # 'Delta encoding performs best when data has small or constant variation; ...' ->
    # 'What does delta encoding perform?' -> 'Best when data has small or constant ...'
    made = made_or_refused(
        "Prefix encoding is a way of storing a sorted list of words as the length each word "
        "shares with the one before and the rest of it. It is sometimes called front "
        "compression because it can make such lists much shorter.\n"
        "The kind of data changes how well any method works. Prefix encoding performs best "
        "when neighbouring words share long beginnings; for an unsorted list, there may be "
        "little or no saving with this method.\n"
    )
    assert "What is prefix encoding?" in made, made
    assert "What does prefix encoding perform?" not in made, made


def test_a_dash_glued_to_a_points_first_word_is_a_bullet() -> None:
    # '-Operations outside the aggregate must ...' asked '-Operations ... ____.'
    made = made_or_refused(
        "Value Object\n\n"
        "A value object is an object defined by its values, with no identity of its own.\n\n"
        "Key takeaways\n\n"
        "-Two value objects with the same values are equal.\n"
        "-A value object is never changed after it is made.\n"
    )
    assert len(made) > 1, made
    assert not [p for p in made if re.search(r"(?:^|\s)-[A-Z]", p)], made


def test_a_field_of_study_is_named_without_an_article() -> None:
    # 'What is an elliptic curve cryptography?'
    made = made_or_refused(
        "Lattice cryptography\n\n"
        "Lattice cryptography is a kind of public key cryptography built on hard problems "
        "about points in a grid.\n"
    )
    assert "What is lattice cryptography?" in made, made


def test_a_sites_comparison_name_over_the_pages_comparison_is_chrome() -> None:
    # 'Difference Between Similar Terms and Objects' (the site) over 'Difference Between
    # MVC and MVP' titled the page and left it without cards
    made = entries_deck(
        "Difference Between Similar Terms and Objects\n\n"
        "Difference Between TCP and UDP\n\n"
        "networkingTCP vs UDP\n\n"
        "Transmission Control Protocol (also known as TCP) is a protocol that delivers a "
        "stream of bytes in order and resends what is lost.\n\n"
        "User Datagram Protocol (also known as UDP) is a protocol that sends single "
        "messages with no promise that they arrive.\n"
    )
    assert "What is TCP?" in made and "What is UDP?" in made, made
    assert not [p for p in made if "Similar Terms" in p], made


def test_a_size_is_what_a_unit_is() -> None:
    # 'In computing, a nibble is 4 bits, or half an octet' was no definition: a number
    # after 'is' read as a value ('Current Sum is 17')
    assert definition_of("A crumb is 2 bits, or a quarter of a byte.", ("Crumb",)) is not None
    assert definition_of("Current total is 17 (2 + 15).", ("Current total",)) is None


def test_an_instruction_to_explain_a_concept_titles_it() -> None:
    # 'Explain the concept of a one-time pad' over 'A one-time pad (OTP) is ... Key
    # concepts include:' and a numbered list was refused
    made = made_or_refused(
        "Explain the concept of a stream cipher\n"
        "A stream cipher is a cipher that encrypts one bit or byte at a time with a stream "
        "of key material. Key ideas include:\n"
        "1. **Keystream:** A generator makes a long run of pseudo-random key material.\n"
        "2. **Combining:** Each plaintext byte is joined to a keystream byte, often by XOR.\n"
    )
    assert made.get("What is a stream cipher?", "").startswith("A cipher that encrypts"), made


def test_a_short_label_before_a_list_is_no_sentence_to_finish() -> None:
    # 'Which four points finish the sentence “Common good fits …”?'
    made = made_or_refused(
        "Glob pattern\n\n"
        "A glob pattern is a short pattern with wildcards that matches file names.\n\n"
        "When to use globs\n\n"
        "Globs are the right tool when names follow a simple shape and you need to pick "
        "files out by it. Common good fits:\n\n"
        "  • Selecting files: every image in a folder.\n"
        "  • Ignoring output: leave build folders out of a backup.\n"
        "  • Matching tests: run only the files that end in _test.\n"
    )
    assert not [p for p in made if "Common good fits" in p], made


def test_the_words_an_abbreviation_stands_for_give_it_away() -> None:
    # 'Which concept exploits quantum mechanics to transmit keys between two parties
    # securely?' -> 'QKD' (quantum key distribution)
    entry = parse(
        "What is PKD?\n\n"
        "Photon key delivery (PKD) is the use of single photons to send cryptographic keys "
        "so that any listener disturbs them.\n",
        "page.txt",
    )
    ctx = Context(entry, (), 0)
    assert which_concept(ctx, "PKD exploits photon physics to send keys securely.") is None
    assert which_concept(ctx, "PKD needs a dark fibre between the two ends.") is not None


def test_a_page_opening_with_its_definition_and_no_title_is_named_by_it() -> None:
    # 'MLOps is a set of practices that ...' ('MLOps' read as cells run together) and
    # 'System for Cross-domain Identity Management (SCIM) is a standard ...' (five words
    # before the letters) were refused as having no title
    made = made_or_refused(
        "DataOps is a set of practices that applies automation and monitoring to the work "
        "of moving and checking data.\n"
        "In practice it borrows from DevOps and adds tests for the data itself.\n"
    )
    assert made.get("What is DataOps?", "").startswith("A set of practices"), made
    made = made_or_refused(
        "Protocol for Shared Calendar Access (PSCA) is a standard for letting one calendar "
        "server read and write events kept on another.\n"
        "PSCA is used by firms whose staff keep calendars with several providers.\n"
    )
    assert made.get("What is PSCA?", "").startswith("A standard for letting"), made


def test_a_sentence_under_a_step_is_no_thing_to_pick() -> None:
    # 'Which of these is a user attempts to access an application that supports SAML-based
    # SSO?' -> 'User Initiates Login', the steps' headings as options
    made = made_or_refused(
        "Just-in-time provisioning\n\n"
        "Just-in-time provisioning is a way of creating a user's account the first time "
        "they sign in through single sign-on.\n\n"
        "User Opens the App\n\nA user attempts to open an application that trusts the "
        "company's identity provider.\n\n"
        "Redirect to the Provider\n\nThe application sends the user to the identity "
        "provider, where the password is checked.\n\n"
        "Account Created\n\nThe application reads the provider's answer and makes an "
        "account with the name and email it holds.\n"
    )
    assert not [p for p in made if p.startswith("Which of these is a user")], made


def test_verbs_are_asked_in_their_base_form_and_past_tenses_are_not_asked() -> None:
    # 'What does PTQ quantiz?'; 'What do neural networks became?'; 'What can LLMs
    # hallucinate?' -> '— produce confident, fluent text ...'
    made = made_or_refused(
        "Post-training quantization\n\n"
        "Post-training quantization is a way of shrinking a trained model by storing its "
        "weights in fewer bits.\n\n"
        "Post-training quantization normalizes a trained model's weights into eight-bit "
        "integers with a small calibration set.\n\n"
        "Quantized models became popular because they run on phones.\n\n"
        "Quantized models can drift — give answers that differ slightly from the original "
        "model's.\n"
    )
    assert not [p for p in made if "normaliz?" in p or "became?" in p], made
    assert not [a for a in made.values() if a.startswith("—")], made


def test_an_answer_that_points_to_a_sentence_it_does_not_show_is_not_asked() -> None:
    # '..., while inference is the application of that knowledge.' -> 'What is inference?'
    # -> 'The application of that knowledge.'
    made = entries_deck(
        "What is the difference between serving and training in AI?\n"
        "The ideas of serving and training are central to machine learning. Training refers "
        "to the phase in which the model learns patterns from a dataset. Serving, on the "
        "other hand, happens after the model has been trained and deployed. During serving, "
        "the trained model takes new input and makes predictions. In short, training builds "
        "the model's skill, while serving is the use of that skill.\n"
    )
    # (what training is stays asked: as its own card, or told apart from serving once
    # 'the use of that skill' no longer counts as what serving is)
    assert any("phase in which the model learns" in f"{q} {a}" for q, a in made.items()), made
    assert not [a for a in made.values() if "of that skill" in a], made


def test_the_range_of_values_is_not_what_a_measure_is() -> None:
    # 'What is cosine similarity?' -> 'Cosine similarity ranges from -1 (opposite) to 1
    # (identical) ...'
    made = made_or_refused(
        "Jaccard Similarity\n"
        "Jaccard similarity ranges from 0 (nothing shared) to 1 (identical), with 0 "
        "indicating no overlap. It measures presence rather than count, making it ideal for "
        "comparing tag sets of different sizes. Two posts with similar tags will share many "
        "items, yielding high Jaccard similarity even if they use different words.\n"
    )
    assert made, "the page gives cards"
    assert "What is Jaccard similarity?" not in made, made


def test_more_ways_of_saying_how_a_thing_compares_are_not_what_it_is() -> None:
    # 'What are hybrid apps?' -> 'Typically easier and faster to develop than native apps.'
    made = made_or_refused(
        "Cross-platform apps\n\n"
        "Cross-platform apps are typically cheaper and faster to build than native apps. "
        "They also need one team instead of two.\n"
    )
    assert not [a for a in made.values() if a.startswith("Typically cheaper")], made


def test_a_definition_cut_after_a_letter_or_two_is_not_asked() -> None:
    # 'In summary, Active Directory is an on-premises directory service primarily focused
    # on u' (the copy's end) -> 'What is Active Directory?'
    made = entries_deck(
        "OpenLDAP vs FreeIPA: Key Differences\n"
        "1. Login: OpenLDAP mostly answers lookups from programs inside one network. "
        "FreeIPA adds its own login tools on top of a directory.\n"
        "2. Setup: FreeIPA is installed as one package with its parts. OpenLDAP, being a "
        "bare server, leaves the parts to its owner.\n"
        "In summary, OpenLDAP is an open directory server primarily focused on st"
    )
    assert not [a for a in made.values() if a.endswith((" st.", " st"))], made


def test_a_category_line_and_a_glossary_sites_name_over_the_title_are_chrome() -> None:
    # 'CyberGlossary' / 'Identity & Access' / 'Privileged Access Management (PAM)' /
    # 'Also known as: PAM, ...' titled the page 'CyberGlossary', then 'Identity & Access';
    # 'Authentication' / 'WebAuthn (Web Authentication API)' / 'WebAuthn is ...' titled
    # it 'Authentication'
    made = made_or_refused(
        "NetLexicon\n\n"
        "Identity & Access\n\n"
        "Role-Based Access Management (RBAM)\n\n"
        "Also known as: RBAM, role management\n\n"
        "Definition\n\n"
        "A set of practices and tools that grant people access by the roles they hold "
        "rather than one by one.\n"
    )
    assert [p for p in made if p.startswith("What is RBAM")] == ["What is RBAM?"], made
    made = made_or_refused(
        "Authentication\n\n"
        "FIDO2 (Fast Identity Online 2)\n\n"
        "FIDO2 is the open standard that lets people sign in with a key held on their "
        "device instead of a password.\n\n"
        "Key points\n\n"
        "  • Built on public-key cryptography.\n"
    )
    assert "What is FIDO2?" in made, made


def test_an_faq_answer_cut_off_at_the_pages_end_is_not_asked() -> None:
    # 'Do I need WebAuthn if I have passkeys?' -> 'Yes — passkeys are implemente'
    made = made_or_refused(
        "U2F\n\n"
        "U2F is an open standard for a second login step with a hardware key.\n\n"
        "FAQ\n\n"
        "Is U2F the same as FIDO2?\n\n"
        "No — FIDO2 grew out of U2F and adds logins with no passwo"
    )
    assert "Is U2F the same as FIDO2?" not in made, made


def test_a_tables_label_and_value_is_no_blank() -> None:
    # 'Apple iOS: ____.' -> 'No support'
    made = made_or_refused(
        "App clips\n\n"
        "An app clip is a small part of an app that runs without installing the whole app.\n\n"
        "Apple iOS: Full support.\n\n"
        "Android: No support.\n"
    )
    assert not [p for p in made if p.startswith(("Android:", "Apple iOS:"))], made


def test_as_such_leans_on_the_sentence_before() -> None:
    # 'As such, the procedure is often called which concept?' -> 'K-fold cross-validation'
    made = made_or_refused(
        "What is leave-p-out validation?\n"
        "The procedure has one parameter, p, the number of examples held out each time. As "
        "such, the procedure is often called leave-p-out validation. When p is one, the "
        "name becomes leave-one-out validation.\n"
    )
    assert not [p for p in made if p.startswith("As such")], made


def test_what_is_done_to_a_thing_is_not_what_it_is() -> None:
    # 'What are parameters?' -> 'Directly modified by the learning algorithm ...'
    assert definition_of("Weights are directly changed by the training loop.", ("Weights",)) is None


def test_a_myth_and_its_correction_in_one_sentence_is_asked_as_the_myth_alone() -> None:
    # "Many people think RLHF is just 'more training data' or 'fine-tuning,' but it's
    # actually a feedback loop ..." was asked true or false whole, correction and all
    made = made_or_refused(
        "What is DPO?\n"
        "DPO (direct preference optimization) is a way of tuning a language model straight "
        "from pairs of answers that people ranked.\n"
        "DPO matters because it tunes a model to people's choices without a separate reward "
        "model. You meet it whenever a chatbot prefers a helpful answer to a rude one.\n"
        "Common misconception\n"
        "Many people think DPO is just 'more training data' or 'fine-tuning,' but it's "
        "actually a way of learning from pairs of answers people ranked. It doesn't make "
        "the model smarter—it makes it closer to what people want.\n"
    )
    asked = [p for p in made if p.startswith("True or false")]
    assert asked == ["True or false: DPO is just 'more training data' or 'fine-tuning'."], made
    assert made[asked[0]] == "False", made


def test_how_a_thing_works_as_a_heading_is_asked_as_a_question() -> None:
    # 'How function calling works?' -> four steps
    made = made_or_refused(
        "Tool use\n\n"
        "Tool use is a model's ability to ask a program to run a function and read its "
        "result.\n\n"
        "How tool use works\n\n"
        "1. The caller lists the tools\n2. The model picks one\n3. The program runs it\n"
    )
    assert "How does tool use work?" in made, made


def test_a_lead_in_ending_on_a_colon_is_no_clue() -> None:
    # '... you're undoubtedly going to hear three acronyms thrown around: which concept?'
    made = made_or_refused(
        "What is EDR, XDR, and MDR? (And what's the difference?)\n"
        "As you start to read about endpoint security, you're sure to meet three acronyms "
        "over and over: EDR, XDR, and MDR. So in this post I want to simply explain what "
        "each of these is and how they differ.\n"
    )
    assert not [p for p in made if p.endswith(": which concept?")], made


def test_the_name_as_a_modifier_of_a_plural_noun_is_no_subject() -> None:
    # 'AML obligations require financial institutions to ...' -> 'Which concept
    # obligations require ...?'
    made = made_or_refused(
        "KYB\n\n"
        "KYB (know your business) is the checking of a company's owners and papers before "
        "doing business with it.\n\n"
        "KYB rules require banks to confirm who really owns a company before opening its "
        "account.\n"
    )
    assert not [p for p in made if p.startswith("Which concept rules")], made


def test_a_blank_is_a_term_not_a_clauses_tail_or_half_a_word() -> None:
    # 'The input ____.' -> 'layer receives data'; 'Part of the FIDO2 specification ____'
    # -> 'family alongside CTAP'; 'Replaces passwords for both first- and ____' ->
    # 'second-factor scenarios'; 'The basic structure: ____' -> 'input, hidden, output'
    made = made_or_refused(
        "Passkeys\n\n"
        "A passkey is a key pair kept on a device that signs a website's challenge in "
        "place of a password.\n\n"
        "Key takeaways\n\n"
        "  • Part of the FIDO2 standard family alongside WebAuthn\n"
        "  • Works for both first- and second-factor logins\n"
        "  • The private part stays on the device.\n"
        "  • The basic parts: device, site, challenge\n"
    )
    answers = set(made.values())
    assert not answers & {"family alongside WebAuthn", "second-factor logins"}, made
    assert "device, site, challenge" not in answers, made


def test_a_second_verb_after_but_is_no_part_of_the_object() -> None:
    # 'What does INT4 require?' -> 'Careful method selection but enables running ...'
    made = made_or_refused(
        "# Pseudocode: per-channel scaling\n"
        "Bottom line: INT8 is nearly free in accuracy for most models. INT2 requires careful "
        "tuning but enables running large models on laptops.\n"
    )
    assert not [a for a in made.values() if " but enables" in a], made


def test_a_heading_glued_to_the_definitions_stop_is_left_out() -> None:
    # '..., commonly used to compare text embeddings.In-Depth Explanation'
    made = made_or_refused(
        "Dot Product\n\n"
        "Dot product is an operation that multiplies two vectors entry by entry and adds "
        "the results.In-Depth Explanation\n\n"
        "It is large when the vectors point the same way.\n"
    )
    defined = [a for p, a in made.items() if p.startswith("What is")]
    assert defined == [
        "An operation that multiplies two vectors entry by entry and adds the results."
    ]


def test_an_abbreviations_letters_spelled_out_are_not_what_it_is() -> None:
    # 'What is APK?' -> 'Android application package or Android package kit.'
    made = made_or_refused(
        "MSI vs EXE\n\n"
        "MSI\n\n"
        "MSI is Microsoft Software Installer or Windows Installer package.\n\n"
        "An MSI file holds a program and the steps to install it on Windows.\n"
    )
    assert not [p for p in made if p == "What is MSI?"], made


def test_a_paragraph_of_several_gotchas_is_not_one_true_or_false() -> None:
    # 'True or false: the AASA file must be served over HTTPS ...; entering the URL ...;
    # and you can debug routing with ...?'
    made = made_or_refused(
        "App Links\n\n"
        "App links are web addresses that open an installed Android app instead of the "
        "browser.\n\n"
        "Common misconception\n\n"
        "The assetlinks file can be served from any path; links typed in the address bar "
        "open the app; and a redirect to the file is fine.\n"
    )
    assert not [p for p in made if p.startswith("True or false") and ";" in p], made


def test_a_qa_pages_answer_under_its_two_part_question_defines_the_concept() -> None:
    # 'What is requestIdleCallback and how is it used for performance?' / 'Answer' /
    # 'requestIdleCallback schedules a callback to run during the browser's idle time ...'
    made = made_or_refused(
        "What is queueMicrotask and how is it used for ordering?\n\n"
        "Answer\n\n"
        "queueMicrotask schedules a function to run right after the current task, before "
        "the browser renders or handles the next event. Use it when work must follow the "
        "current code at once.\n"
    )
    defined = [a for p, a in made.items() if p.lower() == "what does queuemicrotask do?"]
    assert defined and defined[0].startswith("Schedules a function"), made


def test_headings_said_to_the_reader_are_no_terms() -> None:
    # 'Check yourself' / 'Slap yourself if' / 'Requires Pro' over text: 'What is a check
    # yourself?' -> 'Answer to earn rating on the learn ladder.'
    made = entries_deck(
        "Drag and drop\n\n"
        "Drag events\n\n"
        "Drag events are events a browser fires while an element is dragged.\n\n"
        "Drop zones\n\n"
        "Drop zones are elements that accept a dragged item when it is let go.\n\n"
        "Check yourself\n\n"
        "Answers earn points on the weekly board.\n\n"
        "Requires Pro\n\n"
        "Premium lessons include more examples, more exercises.\n"
    )
    assert "What are drag events?" in made, made
    assert not [p for p in made if "yourself" in p.lower() or "Requires" in p], made


def test_what_is_done_to_a_thing_or_where_it_stands_is_neither_definition_nor_clue() -> None:
    # 'What is the Page Visibility API?' -> 'Being designed in the Web Performance Working
    # Group.'; 'What is RCA?' -> 'Primarily performed within problem management.'; 'What
    # is production traffic?' -> 'Duplicated and sent to a parallel system.'; 'What is
    # monitoring?' -> 'Largely a subset of what an observable system enables ...'
    for predicate in (
        "being designed in a standards group",
        "primarily performed within change management",
        "duplicated and sent to a second cluster",
        "largely a subset of what tracing gives you",
    ):
        made = made_or_refused(f"Quux\n\nQuux is {predicate}.\n\nQuux came from a lab.\n")
        assert not [p for p in made if p.startswith(("What is", "Which concept"))], (
            predicate,
            made,
        )


def test_an_object_counting_things_named_before_is_no_answer() -> None:
    # 'What does the Web Crypto API solve?' -> 'All three problems.'
    made = made_or_refused(
        "Web Locks API\n\n"
        "The Web Locks API is a browser interface that lets tabs and workers take turns on "
        "a shared resource.\n\n"
        "Tabs can race, workers can collide, and storage can be left half written. The Web "
        "Locks API solves all three problems.\n"
    )
    assert not [a for a in made.values() if a.startswith("All three")], made


def test_a_name_written_in_camel_case_keeps_its_small_first_letter() -> None:
    # 'What is requestIdleCallback and how is it used ...?' titled the entry
    # 'RequestIdleCallback'
    entry = parse(
        "What is queueMicrotask?\n\n"
        "queueMicrotask is a browser function that runs a callback right after the current "
        "task finishes.\n",
        "page.txt",
    )
    assert entry.title == "queueMicrotask"


def test_an_explainers_paired_topics_are_no_terms() -> None:
    # 'What is a permissions and trust?' -> 'Reading the clipboard is sensitive, so
    # browsers require a secure context ...'; 'What is a resolution and interop?' -> 'ESM
    # loads asynchronously ...': an explainer's section lines read as a glossary's terms
    made = entries_deck(
        "The Vibration API\n\n"
        "Shake a phone from a web page.\n\n"
        "Buzz on demand\n\n"
        "A page calls navigator vibrate with a duration and the device hums for that long.\n\n"
        "Limits and courtesy\n\n"
        "Browsers ignore the call until the user has touched the page at least once.\n\n"
        "Patterns and pauses\n\n"
        "An array of numbers alternates between humming and silence, in milliseconds.\n"
    )
    assert not [p for p in made if " and " in p], made


def test_a_glossary_term_joining_two_words_stays_a_term_when_its_gloss_names_one() -> None:
    # 'Billing and service usage metering' over 'You get billed for resources as you use
    # them.' is one of a glossary's terms
    made = entries_deck(
        "Cloud words\n\n"
        "Metering and billing\n\n"
        "You are billed by the hour for every machine you leave running.\n\n"
        "Region\n\n"
        "A part of the world where a provider runs a group of data centres.\n\n"
        "Tenant\n\n"
        "A customer whose data shares the provider's machines with other customers.\n"
    )
    assert "What is metering and billing?" in made, made


def test_a_linked_articles_question_under_the_definition_is_no_title() -> None:
    # 'Near Field Communications (NFC) is a short-range wireless technology ...' then a
    # link 'What is NFC? Everything you need to know': the page was refused, its
    # definition dropped above the link taken for its title
    _, made = deck(
        "Wireless Power Transfer (WPT) is a way of charging a device without a cable, by a "
        "magnetic field between two coils. Phones use it on charging pads, and some toothbrushes "
        "have used it for years.\n"
        "Source: a gadget dictionary\n"
        "What is WPT? A short guide for buyers\n"
        "Related Term: Inductive coupling\n"
    )
    assert made.get("What is WPT?", "").startswith("A way of charging a device"), made


def test_a_dictionary_entry_saying_its_head_again_before_its_gloss_is_read() -> None:
    # 'uninterruptible power supply (UPS)' over 'uninterruptible power supply (UPS): A
    # device that is inserted between ...': refused as defining nothing
    _, made = deck(
        "surge protector\n\n"
        "surge protector: A device placed between a wall outlet and the equipment it "
        "serves that diverts short voltage spikes to ground. Note 1: Its rating says how "
        "much energy it can absorb before it wears out.\n"
    )
    assert made.get("What is a surge protector?", "").startswith("A device placed between"), made


def test_a_definition_opening_generally_speaking_is_read() -> None:
    # 'Generally speaking, conversion rate is a percentage of how often ...': the page
    # was refused as naming no concept
    _, made = deck(
        "Generally speaking, churn rate is the share of customers who stop paying for a "
        "service within a given period.\n"
        "A customer churns when a subscription lapses or is cancelled.\n"
    )
    assert made.get("What is churn rate?", "").startswith("The share of customers"), made


def test_a_worked_examples_rows_and_a_title_line_are_no_glossary_terms() -> None:
    # 'Session 2: Page B > Exit', 'Page C: 50% (...)', 'Difference: Bounce Rate and Exit
    # Rate' and 'Bounce Rate: A bounce is a single-page session' were asked 'What is ...?'
    made = entries_deck(
        "Difference: Hit Rate and Miss Rate\n\n"
        "Hit Rate: A hit is a read the cache answers. Hit rate is hits divided by reads.\n\n"
        "Read 1: Key A > Hit\n"
        "Read 2: Key B > Miss\n"
        "Read 3: Key A > Hit\n\n"
        "Key A: 100% (2 reads, 2 hits)\n"
        "Key B: 0% (1 read, no hits)\n\n"
        "Miss Rate: The share of reads the cache cannot answer and sends on to the database.\n"
    )
    assert not [p for p in made if re.search(r"\b(?:Read \d|Key [AB]|[Dd]ifference)\b", p)], made
    assert not [a for a in made.values() if a.startswith("A hit is")], made


def test_a_glossary_term_defined_by_a_longer_or_shorter_form_of_its_name_stays() -> None:
    # 'Threat: A cyber threat is ...' and 'DNS A Record: An A Record is ...' define their
    # own terms; only a definition of another thing ('a bounce' under 'Bounce Rate') is
    # passed over
    made = entries_deck(
        "Security words\n\n"
        "Exploit: A software exploit is a piece of code that takes advantage of a flaw.\n\n"
        "DNS MX Record: An MX Record is a type of DNS record naming a domain's mail servers.\n\n"
        "Patch: A patch is a small update that repairs a flaw in released software.\n"
    )
    assert "What is an exploit?" in made or "What is exploit?" in made, made
    assert any(p.casefold().startswith("what is a dns mx record") for p in made), made


def test_a_series_of_generations_is_no_glossary() -> None:
    # 'First generation – 1G – 1980s: 1G delivered analog voice.' asked 'What is a first
    # generation?', and so on for five generations
    made = entries_deck(
        "Wi-Fi versions\n\n"
        "  • First version – 802.11 – 1997: it carried two megabits a second.\n"
        "  • Second version – 802.11b – 1999: it reached eleven megabits a second.\n"
        "  • Third version – 802.11g – 2003: it moved to a newer way of coding signals.\n"
        "  • Fourth version – 802.11n – 2009: it added several antennas at once.\n"
    )
    assert not [p for p in made if "version?" in p], made


def test_a_sides_name_said_in_its_own_clue_is_no_choice() -> None:
    # 'Which integrates video hardware on the motherboard: Integrated Graphics or
    # Dedicated Graphics?' gives the answer away in its verb
    made = entries_deck(
        "Shared Memory vs Dedicated Memory\n\n"
        "Shared memory is memory that a graphics chip borrows from the main RAM. "
        "Dedicated memory is memory that sits on the graphics card for its own use.\n\n"
        "Shared Memory shares the system RAM with the processor. "
        "Dedicated Memory costs more to build into a card.\n"
    )
    assert "What is shared memory?" in made, made
    assert not [p for p in made if p.startswith("Which shares")], made


def test_what_a_thing_can_do_or_is_rated_for_is_not_what_it_is() -> None:
    # 'What is Cat6?' -> 'Rated for frequencies up to 250 MHz, ...'; 'What is a
    # Thunderbolt cable?' -> 'Capable of delivering data ... at 10 Gbps'; 'What is
    # integrated graphics?' -> 'Cost effective, ...'; 'What are funnels?' -> 'Visualized
    # using step charts ...'
    for predicate in (
        "rated for speeds up to 40 Gbps over short runs",
        "capable of moving a film to a disk in under a minute",
        "cost effective and cool, and it saves battery",
        "visualized using bar charts in most dashboards",
    ):
        made = made_or_refused(f"Quux\n\nQuux is {predicate}.\n\nQuux came from a lab.\n")
        assert not [p for p in made if p.startswith(("What is", "Which concept"))], (
            predicate,
            made,
        )


def test_a_claim_giving_someone_this_or_that_leans_on_a_sentence_before() -> None:
    # 'What does GDPR do?' -> 'Gives everyone this right, sets a tight response clock, ...'
    made = made_or_refused(
        "What is a DSAR?\n\n"
        "A DSAR is a request from a person to see the data a company holds about them. "
        "GDPR gives everyone this right, sets a one-month deadline, and expects a complete "
        "answer.\n"
    )
    assert "What is a DSAR?" in made, made
    assert not [a for a in made.values() if "this right" in a], made


def test_a_list_of_who_uses_which_other_name_is_not_asked_as_points() -> None:
    # 'What are the six also known as of event tracking?' -> '1. Marketing team ...'
    _, made = deck(
        "Feature Flags\n\n"
        "A feature flag is a switch in code that turns a feature on or off without a new "
        "release.\n\n"
        "Also Known As\n\n"
        '  • Product team: "toggles"\n'
        '  • Operations team: "kill switches"\n'
        '  • Testing team: "experiment flags"\n'
    )
    assert not [p for p in made if "also known" in p.lower()], made


def test_a_mistake_cut_at_its_arrow_is_no_true_or_false() -> None:
    # 'True or false: tracking everything → is fine.' from a list cut after its arrow
    _, made = deck(
        "Load testing\n\n"
        "Load testing is running a system under the traffic it must bear, to see where it "
        "breaks.\n\n"
        "Common Mistakes\n\n"
        "  • Testing only once →\n"
        "  • Skipping the database, which is where most systems fail first.\n"
    )
    assert not [p for p in made if "→" in p], made


def test_a_definition_under_its_term_cut_by_the_copy_is_not_asked() -> None:
    # 'What are paid links and advertisements?' -> 'When including sponsored links or
    # paid advertisements o'; 'What is Build Trigger?' -> '..., such as a'
    made = entries_deck(
        "Link words\n\n"
        "Anchor text\n\nThe words of a link that a reader clicks on.\n\n"
        "Backlink\n\nA link on another site that points to a page of yours.\n\n"
        "Link farm\n\nWhen many sites link to each other only to lift their rank o\n"
    )
    assert "What is a backlink?" in made, made
    assert not [p for p in made if "link farm" in p.lower()], made


def test_numbered_terms_glossed_in_prose_stay_terms() -> None:
    # The rows of a worked example are passed over ('Session 2: Page B > Exit'); numbered
    # names glossed in words are terms of their own
    made = entries_deck(
        "Disk array levels\n\n"
        "RAID 0: Striping of data across disks with no copy kept, for speed alone.\n"
        "RAID 1: Mirroring of every block onto a second disk, for safety.\n"
        "RAID 5: Striping with parity spread across the disks, surviving one failure.\n"
    )
    assert "What is RAID 1?" in made, made


def test_a_title_run_into_its_first_sentence_is_set_apart() -> None:
    # 'Processor thermal compoundThermal compound is a sticky paste ...' was asked 'What is
    # Processor thermal compoundThermal compound?'; a camel-case name is never split
    _, made = deck(
        "Laptop cooling padCooling pad is a flat stand with fans that blows air under a "
        "laptop to keep it cool.\n\n"
        "Tip: a cooling pad helps most on soft surfaces such as a bed.\n"
    )
    assert made.get("What is a cooling pad?", "").startswith("A flat stand with fans"), made
    _, made = deck(
        "SMTPSimple Mail Transfer Protocol (SMTP) is the protocol mail servers use to hand "
        "messages to one another.\n\nIt dates from 1982.\n"
    )
    assert "SMTPSimple" not in " ".join([*made, *made.values()]), made
    _, made = deck(
        "JavaScript is a programming language that runs in every web browser.\n\n"
        "It was first written in ten days.\n"
    )
    assert "What is JavaScript?" in made, made


def test_a_judgement_with_little_after_it_is_no_identify_clue() -> None:
    # 'Which concept is a critical part of your computer?' (any part fits); a judgement
    # followed by what the thing does is still a clue
    made = made_or_refused(
        "Power supply\n\n"
        "A power supply is the box that turns mains current into the low voltages a computer "
        "runs on. The power supply is a critical part of your computer.\n"
    )
    assert not [p for p in made if "critical part" in p], made
    made = made_or_refused(
        "Autoscaling\n\n"
        "Autoscaling is a cloud service that adds or removes servers as traffic changes. "
        "Autoscaling is a critical feature in cloud computing that lets an application grow "
        "its capacity during a spike without anyone changing a setting.\n"
    )
    assert [p for p in made if p.startswith("Which concept is a critical feature")], made


def test_a_definition_cut_by_three_dots_is_not_asked() -> None:
    # 'What is a domain?' -> 'A distinct subset of the internet that is identified by.'
    # (the page's teaser ended '... identified by...')
    made = made_or_refused(
        "Subnet\n\nDefinition: A subnet refers to a range of addresses that is set "
        "apart by...\n\nRead more about networks.\n"
    )
    assert not [a for a in made.values() if a.endswith("by.")], made


def test_citation_numbers_after_a_full_stop_end_the_sentence() -> None:
    # 'What is TDP?' was answered with 1,700 characters: '... reliable operation.1,2
    # Manufacturers like Intel ...' never ended a sentence
    _, made = deck(
        "Refresh rate\n\n"
        "Refresh rate is the number of times a second a display draws a new picture.1,2 "
        "Gaming monitors reach 240 Hz or more.3 Office screens mostly stay at 60 Hz.\n"
    )
    assert made.get("What is refresh rate?") == (
        "The number of times a second a display draws a new picture."
    ), made


def test_an_abbreviation_may_take_two_letters_from_one_word() -> None:
    # 'Radio frequency identification (RFID) is ...' (ID from 'identification') and
    # 'Secure Shell (SSH)' were not read as a name and its short form
    _, made = deck(
        "Secure Shell (SSH) is a protocol for logging in to another computer over an "
        "encrypted connection.\n\nMost servers run it on port 22.\n"
    )
    assert made.get("What does SSH stand for?") == "Secure Shell", made


def test_a_byline_with_a_colon_is_no_title() -> None:
    # 'Updated: 10/11/2017 by Computer Hope' over 'H.264 (also called ...) is ...'
    entry, made = deck(
        "Updated: 03/04/2019 by Some Site\n\n"
        "VP9 (also called VP9 video) is a video compression format made by Google for web "
        "video.\n\nYouTube serves most of its videos in it.\n"
    )
    assert entry.title == "VP9" and "What is VP9?" in made, (entry.title, made)


def test_a_short_form_between_dashes_and_a_unit_before_the_name_are_read() -> None:
    # 'Adaptive bitrate streaming—or ABR—is a method ...'; 'Measured in frames per second
    # (fps), frame rate is the number of ...'
    _, made = deck(
        "What is Constant Bitrate?\n\n"
        "Constant bitrate—or CBR—is a way of encoding that spends the same number of bits "
        "on every second of a video.\n"
    )
    assert [a for p, a in made.items() if p.endswith("constant bitrate?")] == [
        "A way of encoding that spends the same number of bits on every second of a video."
    ], made
    _, made = deck(
        "Sample rate\n\n"
        "Measured in hertz (Hz), sample rate is the number of times a second a sound wave "
        "is measured when it is recorded.\n\nCDs use 44,100.\n"
    )
    assert made.get("What is sample rate?", "").startswith("The number of times"), made


def test_labelled_reasons_under_a_comparisons_title_are_no_glossary() -> None:
    # 'Time & Simulation' / 'Fixed vs variable timestep, ...' over '- Visual Clarity: ...':
    # 'What is Visual Clarity?', 'What are Amplifies Timestep Differences?'
    made = entries_deck(
        "Game Physics\n"
        "Fixed vs variable timestep, and why it matters\n"
        "Why use a fixed step?\n"
        "- Stable Results: The same input always gives the same simulation.\n"
        "- Reduces Tunnelling: Fast objects no longer skip through thin walls.\n"
        "- Easier Replays: A recorded input stream plays back exactly.\n"
        "- Network Sync: Two machines stay in step without sending positions.\n"
    )
    assert not [p for p in made if p.startswith("What") and ("Stable" in p or "Reduces" in p)]


def test_an_answer_sites_labels_and_picture_placeholder_are_no_terms() -> None:
    # 'What is terminology?', 'What is Best Answer?', 'What is an enter image description
    # here?' from a Q&A page's tag, label and missing picture
    made = entries_deck(
        "What do 'latency' and 'lag' mean\n"
        "\n"
        "terminology\n"
        "\n"
        "I've heard of latency, then I heard of lag. They seem most relevant to online "
        "shooters. What do each of them mean and how do they differ?\n"
        "\n"
        "Best Answer\n"
        "\n"
        "In most games latency and lag are the same thing. They both refer to the "
        "delay between your input and the moment the server (or more specifically, the "
        "other players) can see it.\n"
        "\n"
        "As an example, a ping meter shows latency as a number in the corner of the "
        "screen (the meter for the host is hidden in this image - caused by the local "
        "server):\n"
        "\n"
        "enter image description here\n"
        "\n"
        'Technically, this is the same "delay" that makes your shots land late (when a '
        "player fires at another player, or swings a sword), it is based on this same "
        "delay. a dropped packet, on the other hand, is another story.\n"
        "\n"
        "However, in other games, mainly strategy games, they are different. Latency "
        "is the measured delay of each message, while lag is the stutter a player "
        "sees.\n"
    )
    assert not [p for p in made if re.search(r"terminology|Best Answer|image description", p)]


def test_a_definition_does_not_take_on_a_sentence_the_copy_cut() -> None:
    # 'What is VBO?' -> 'A new method used to describe geometric primitives. It had been
    # introduced by'
    _, made = deck(
        "Pixel buffer object (PBO)\n\nA PBO is a buffer for pixels. It had been introduced by\n"
    )
    assert made.get("What is a PBO?") == "A buffer for pixels.", made


def test_a_definition_whose_answer_opens_with_so_or_super_is_read() -> None:
    # 'A codec is software that ...' was passed over ('so' read as a judgement): 'What is a
    # codec?' -> 'Also used as a generic name for a video conferencing unit.'
    _, made = deck(
        "Codec\n\n"
        "A codec is software that packs and unpacks sound or video so that it takes less "
        "room.\n\nThe term codec is also used as a name for a conference room device.\n"
    )
    assert made.get("What is a codec?", "").startswith("Software that packs"), made


def test_sentences_that_point_on_or_hold_only_somewhere_define_nothing() -> None:
    # 'Following are some common Distance Vector routing protocols'; 'A typical example is
    # compiling software for ...'; 'In some languages, functions are "second-class" ...'
    for text in (
        "Following are some common queueing systems: Kafka, RabbitMQ and SQS.",
        "A typical example is a phone app that syncs notes when it is back online.",
        'In some languages, closures are "restricted" in that they cannot change a variable.',
    ):
        made = made_or_refused(f"{text}\n\nMore about it later.\n")
        assert not [p for p in made if p.startswith("What")], (text, made)


def test_a_glossarys_article_labels_and_code_lines_are_no_terms() -> None:
    # 'What is an an animation?', 'What is a the short answer?', 'What is Interview Tip?',
    # 'What is F(G,A,B)=G?'
    made = entries_deck(
        "Layout words\n\n"
        "The short answer\n\nFlexbox lays items out in one direction at a time.\n\n"
        "A grid\n\nA grid places items on rows and columns at once, both ways.\n\n"
        "A flexbox\n\nA flexbox is a container that lines its children up along one axis.\n\n"
        "Interview Tip\n\nSay that grid is for pages and flexbox is for parts of them.\n\n"
        "X(A,B)=A(B)\n\nA function applied to another one, written as code here.\n"
    )
    assert not [p for p in made if re.search(r"\ban? (?:an?|the)\b|Tip|short answer|=", p)]


def test_a_gloss_opening_on_history_is_not_what_the_term_is() -> None:
    # 'What is HLS?' -> 'Developed by Apple, HLS initially supported only Apple devices.'
    made = entries_deck(
        "Two streaming protocols\n\n"
        "RTMP: Developed by Macromedia, RTMP first carried video to the Flash player.\n\n"
        "SRT: SRT is an open protocol that sends live video over lossy networks.\n\n"
        "WebRTC: WebRTC is a browser feature for calls between two people.\n"
    )
    assert not [a for a in made.values() if a.startswith("Developed by")], made


def test_a_sites_domain_is_no_title_and_a_list_of_the_entrys_kind_is_no_part_of_it() -> None:
    # 'Convertio.com' titled the page: 'What are the five common video containers of
    # Convertio.com?' (then '... of a container?')
    entry, made = deck(
        "Somesite.com\n\n"
        "A codec is a program that packs video into fewer bits and unpacks it to play.\n\n"
        "Common video codecs:\n\n- H.264\n- HEVC\n- VP9\n- AV1\n"
    )
    assert entry.title.casefold() == "codec", entry.title
    assert not [p for p in made if "of a codec" in p or "Somesite" in p], made


def test_a_judgement_then_a_reason_is_no_identify_clue() -> None:
    # 'Which concept is an inevitable concept in streaming as it affects video quality, ...?'
    made = made_or_refused(
        "Jitter\n\n"
        "Jitter is the variation in the delay between packets that arrive one after "
        "another. Jitter is an inevitable concept in calls as it affects how smooth a voice "
        "sounds.\n"
    )
    assert not [p for p in made if "inevitable concept" in p], made


def test_a_definition_naming_its_term_two_ways_with_or_is_read() -> None:
    # MDN's 'A Web browser or browser is a program that ...' gave no 'What is a browser?'
    _, made = deck(
        "Router\n\n"
        "A network router or router is a device that passes packets between networks.\n\n"
        "Home routers also hand out addresses.\n"
    )
    assert [a for p, a in made.items() if p.endswith(" router?")] == [
        "A device that passes packets between networks."
    ], made


def test_a_gloss_under_the_title_comes_before_a_parts_gloss_below_it() -> None:
    # 'skinning' / 'In animation, the process of binding deformable objects to a
    # skeleton.' / 'The surface of a character ... is called the skin.': 'What is
    # skinning?' was answered with the second, which says what the skin is
    _, made = deck(
        "rigging\n \n \n \n\n"
        "In animation, the process of giving a model a skeleton of joints it can be posed by.\n\n"
        "The frame of a character after that frame is given joints is called the rig.\n\n"
        "It is important that a rig bends naturally as the joints turn.\n\n"
        "See also skinning.\n"
    )
    assert made.get("What is rigging?", "").startswith("In animation, the process of giving"), made


def test_a_page_opening_on_a_definition_naming_its_term_two_long_ways_is_read() -> None:
    # 'Survivorship bias or survival bias is the logical error of ...' opened a copied
    # forum thread with no title line: the page was refused, as a name of five words
    # was taken for the start of an ordinary sentence.
    entry, made = deck(
        "Anchoring effect or anchoring bias is the habit of leaning too heavily on the "
        "first number one hears when judging a quantity. Later estimates stay close to it "
        "even when it was picked at random.\n"
        "It shows up in salary talks and in shop prices marked down from a high figure.\n"
        "12\n"
        "u/some_reader Mar 03 '19\n"
        "Seen this one at every car dealer I ever walked into.\n"
    )
    assert entry.title == "Anchoring effect"
    assert made["What is an anchoring effect?"].startswith(
        "The habit of leaning too heavily on the first number"
    )


def test_a_page_that_is_one_term_line_and_its_gloss_is_read() -> None:
    # 'Confidence interval: A range of the values, calculated from ...' was the whole
    # of a statistics glossary's page, and it was refused for having no title.
    entry, made = deck(
        "Prediction interval: A range of values, worked out from past observations, that a "
        "single future observation is expected to fall in with a stated probability. A 90% "
        "prediction interval, for instance, should hold nine in ten of the values still to "
        "come. A prediction interval is wider than a confidence interval for the mean of "
        "the same data.\n"
    )
    assert entry.title == "Prediction interval"
    assert made["What is a prediction interval?"].startswith(
        "A range of values, worked out from past observations"
    )


def test_a_name_ending_in_bias_is_asked_in_the_singular() -> None:
    # 'What are Survivorship Bias?': a name ending in -s read as a plural, where the
    # page never said 'bias is' or 'bias are' after it.
    entry = parse(
        "Recall Bias\n\nRecall Bias: A distortion in a study that comes from people "
        "remembering some past events better than others.\n\nSurveys about diet suffer "
        "from Recall Bias more than most.\n",
        "page.txt",
    )
    assert Context(entry, [], 0).be() == "is"


def test_a_blogs_category_before_the_name_is_not_part_of_the_title() -> None:
    # 'Functions: VLOOKUP' titled a blog post: the category over the name kept the
    # definition under it from being read as the entry's.
    entry, made = deck(
        "Design patterns: Singleton\n\nA singleton is a class that lets only one object of "
        "itself be made, and gives every caller that same object. Loggers and settings "
        "stores are often written this way.\n\nCritics say it hides a global variable "
        "behind a class.\n"
    )
    assert entry.title == "Singleton"
    assert made["What is a singleton?"].startswith("A class that lets only one object")


def test_a_date_with_its_weekday_is_no_title() -> None:
    # 'Wednesday, January 8, 2014' over 'Functions: VLOOKUP' was taken for a blog post's
    # title; its category before the name kept 'VLOOKUP searches ...' from being asked.
    entry, made = deck(
        "Wednesday, May 6, 2015\n\nCommands: Grep\n\nHello. This week is about grep, which "
        "I use every day at work.\n\nIntroduction\n\nGrep searches files for lines that "
        "match a pattern and prints each of them. Its name comes from an old editor command.\n"
    )
    assert entry.title == "Grep"
    assert made["What does grep do?"] == (
        "Searches files for lines that match a pattern and prints each of them."
    )


def test_a_glossarys_statements_and_argument_names_are_no_terms_glosses() -> None:
    # 'Absolute cell reference: There may be times when you do not want ...', 'Relative
    # cell reference: When copied across cells, the formula changes ...' and
    # 'lookup_value: Is the value ...' each made a 'What is X?' judged WRONG or GARBLED.
    made = entries_deck(
        "Frozen reference: There may be times when a formula must keep pointing at one cell "
        "while it is filled down a column.\n"
        "Moving reference: When filled down a column, the formula shifts its row number by "
        "one for each row it moves.\n"
        "sum_range: Is the cells whose values are added up.\n"
        "Named range: A label given to a block of cells so formulas can refer to it by name.\n"
    )
    assert made == {
        "What is a named range?": (
            "A label given to a block of cells so formulas can refer to it by name."
        )
    }


def test_what_a_thing_suits_or_how_it_is_talked_of_is_not_what_it_is() -> None:
    # 'What is VLOOKUP?' -> 'Fine for quick one-way matches ...' and 'What is the
    # correlation-causation distinction?' -> 'Cited constantly but explained poorly.'
    _, made = deck(
        "Regression to the mean\n\nRegression to the mean is cited constantly but understood "
        "rarely. Regression to the mean is the tendency of an extreme measurement to be "
        "followed by one closer to the average.\n\nSports fans blame a curse for it.\n"
    )
    assert [a for p, a in made.items() if p.startswith("What is")] == [
        "The tendency of an extreme measurement to be followed by one closer to the average."
    ]
    _, made = deck(
        "HLOOKUP\n\nHLOOKUP is fine for quick matches where the key sits in the top row and "
        "the sheet never changes shape. It is used for small price grids.\n\nNewer sheets "
        "favour other lookups.\n"
    )
    assert not any(answer.startswith("Fine for") for answer in made.values())
    assert not any("fine for" in prompt for prompt in made)


def test_claims_need_a_verb_that_takes_what_follows_it() -> None:
    # 'What does continuous integration pipeline?', 'What do linters operate?' and 'What
    # can a technical debt show up?': a plural taken for a verb, a verb with no object.
    _, made = deck(
        "Continuous integration\n\nContinuous integration (CI) is the habit of merging every "
        "change into the shared main line many times a day.\n\nContinuous integration "
        "pipelines conduct automated tests on every merge. Continuous integration can show "
        "up in the form of a red build light on the team's wall.\n"
    )
    assert not any("pipeline?" in prompt or "show up?" in prompt for prompt in made)
    _, made = deck(
        "Linter\n\nA linter is a tool that reads source code and flags patterns that often "
        "lead to bugs.\n\nLinters operate without running the program, reading only its "
        "source text and a set of rules.\n"
    )
    assert "What do linters operate?" not in made


def test_a_comparisons_sides_named_as_tests_are_found_under_their_testing_headings() -> None:
    # 'Difference between Alpha and Beta tests' over 'Alpha Testing' and 'Beta Testing'
    # headings was refused: the sides 'Alpha tests' and 'Beta tests' were never met.
    made = entries_deck(
        "Difference between Unit and Smoke tests\n"
        "Unit Testing\n"
        "Unit testing is a kind of software testing that checks one small piece of code, "
        "such as a single function, on its own. Unit Testing is one of the developer tests.\n"
        "Smoke Testing\n"
        "Smoke testing is a quick first pass over a new build that checks its most "
        "important features start at all. Smoke Testing is one of the release checks.\n"
    )
    assert made["What is unit testing?"].startswith("A kind of software testing that checks")
    assert made["What is smoke testing?"].startswith("A quick first pass over a new build")
    assert "Which concept is one of the developer tests?" not in made
    assert "Which concept is one of the release checks?" not in made


def test_a_questions_short_name_is_the_other_name_its_definition_gives() -> None:
    # 'what is e2e' over 'End-to-end testing, also known as E2E testing, is ...' was
    # refused: the question's name never met the definition's.
    entry, made = deck(
        "what is tdd\n\n2 years ago 41\nCraft\n\n"
        "Test-driven development, also known as TDD development, is a way of writing "
        "software in which a failing test is written before the code that makes it pass. "
        "Each cycle is short: red, green, then a tidy-up.\n"
    )
    assert entry.title == "Test-driven development"
    assert "TDD" in entry.aliases
    assert [a for p, a in made.items() if "test-driven development" in p] == [
        "A way of writing software in which a failing test is written before the code that "
        "makes it pass."
    ]


def test_a_dictionarys_plural_head_and_its_senses_field_are_read() -> None:
    # 'Definitions of PERCENTILE' over '(statistics) any of the 99 numbered points ...':
    # the head was not known in the plural, and the sense was joined to it as one line.
    entry, made = deck(
        "MEDIAN\n\\ˈmiːdiən\\\nDefinitions of MEDIAN\n(statistics) the middle value of a set "
        "of numbers put in order, with as many values above it as below.\nBy A Word Site\n\n"
        "A number that splits a sorted list into two halves of equal size. The median of "
        "1, 3 and 8 is 3.\n"
    )
    assert entry.title == "Median"
    assert made["What is the median?"].startswith(
        "The middle value of a set of numbers put in order"
    )


def test_a_definitions_labelled_points_are_no_glossary_and_its_sources_no_terms() -> None:
    # A timebox 'is defined as:' over '1. A fixed period of time: ...', '2. With a
    # specific objective: ...' gave 'What is a with a specific objective?'; its
    # '[2] Timeboxing - Agile Business Consortium' gave 'What is timeboxing?' ->
    # 'Agile Business Consortium'.
    made = entries_deck(
        "site\n\nError budget\n\nIn the context of reliability work, an “error budget” is "
        "defined as:\n\n"
        "  1. A share of allowed failure: An error budget is the amount of unreliability a "
        "service may have over a period before its owners must act on it. [1]\n\n"
        "  2. With a shared owner: Product and operations teams both draw on the same "
        "budget and decide together what happens when it runs out. [2]\n\n"
        "  3. Promotes honest trade-offs: Spending the budget on new features is fine, "
        "while an empty budget freezes releases until reliability recovers. [1]\n\n"
        "[1] Error budgets - Reliability Handbook\n"
        "[2] Budgets in practice - Ops Weekly\n"
    )
    assert not any("with a shared owner" in prompt.casefold() for prompt in made), made
    assert not any("promotes" in prompt.casefold() for prompt in made), made
    assert "Reliability Handbook" not in made.values()
    assert made["What is an error budget?"].endswith(
        "a share of allowed failure; with a shared owner; promotes honest trade-offs."
    ), made


def test_pop_ups_and_wiki_quotes_copied_into_the_text_are_read_as_their_words() -> None:
    # 'It is how users believe a glossarySystemA system is a collection of ...Open
    # glossary term works' was an answer; "What is Kerning'''?" a question.
    _, made = deck(
        "Cognitive load\n\nCognitive load is the amount of mental effort a glossaryTaskA "
        "task is a piece of work a user sets out to do.Open glossary term takes from the "
        "person doing it.\n\nSmaller steps keep it low.\n"
    )
    assert made["What is cognitive load?"] == (
        "The amount of mental effort a task takes from the person doing it."
    )
    _, made = deck(
        "Tracking\n\nIn typography, '''tracking''' is the even widening or narrowing of the "
        "space across a whole run of letters. It differs from ''kerning'', which adjusts one "
        "pair.\n"
    )
    assert made["What is tracking?"].startswith("The even widening or narrowing of the space")
    assert not any("'" in prompt for prompt in made)


def test_how_much_a_thing_matters_among_its_kind_is_not_what_it_is() -> None:
    # 'What is wireframing?' -> 'One of the most essential tools that we, as UX
    # professionals, should know about, because ...'.
    _, made = deck(
        "Sketching\n\nSketching is one of the most essential tools that we as designers "
        "should know about, because it is quick. A sketch is a rough drawing of a screen "
        "made by hand to try out an idea before any real design work.\n"
    )
    assert not any(answer.startswith("One of the most") for answer in made.values()), made


def test_where_a_thing_belongs_or_that_it_is_a_term_is_not_what_it_is() -> None:
    # 'What is Cohesion?' -> 'One of the term used in the field of Software Engineering.'
    # and 'What is pair programming?' -> 'Part of the broader umbrella of Agile
    # approaches to writing software.', both judged WRONG twice.
    _, made = deck(
        "Coupling\n\nCoupling is one of the terms used in the field of software design. "
        "Coupling is the degree to which one module depends on the inner workings of "
        "another.\n\nLoose coupling makes change cheaper.\n"
    )
    assert made["What is coupling?"].startswith("The degree to which one module depends")
    _, made = deck(
        "Mob programming\n\nMob programming is part of the broader umbrella of Agile ways "
        "of writing software. In mob programming the whole team works on one task at one "
        "computer, taking turns at the keyboard.\n"
    )
    assert not any(answer.startswith("Part of the") for answer in made.values()), made


def test_a_name_shared_by_two_fields_is_asked_in_its_field() -> None:
    # MDN's 'Block (CSS)' and 'Block (scripting)' both asked 'What is a block?', one
    # question with two answers in one deck. The title's bracketed field goes into it.
    styling = (
        "---\ntitle: Frame (layout)\n---\n\n"
        "A **frame** is a rectangle on the screen that holds one piece of a page's "
        "content, placed by the layout engine.\n"
    )
    timing = (
        "---\ntitle: Frame (animation)\n---\n\n"
        "A **frame** is one still picture in a sequence that is shown quickly enough "
        "to look like movement.\n"
    )
    assert "What is a frame in layout?" in deck(styling, "frame-layout.md")[1]
    assert "What is a frame in animation?" in deck(timing, "frame-animation.md")[1]
    # A bracketed other name is no field: 'What is the DOM?' stays as it is.
    other_name = (
        "---\ntitle: RAM (Random Access Memory)\n---\n\n"
        "**RAM** is the short-term memory a computer keeps the programs it runs in.\n"
    )
    assert "What is RAM?" in deck(other_name, "ram.md")[1]


def test_a_definition_set_in_its_framework_is_what_the_thing_is() -> None:
    # 'In the Scrum framework for agile product development, the sprint is a fixed
    # period ...' was passed over for 'A sprint consists of a set of activities: ...'.
    _, made = deck(
        "What is a kata?\n"
        "In the Lean coaching method for everyday improvement, the kata is a short routine "
        "a team repeats until a way of working becomes a habit.\n"
        "A kata consists of four steps: see the direction, grasp the current state, set "
        "the next target and experiment.\n"
    )
    assert made["What is a kata?"] == (
        "A short routine a team repeats until a way of working becomes a habit."
    )


def test_a_definition_using_the_names_words_among_its_own_is_no_echo() -> None:
    # 'The Daily Scrum is a short, daily meeting for the Developers of a Scrum Team.'
    # was taken for the name said again, and 'an event of maximum 15 minutes' answered.
    _, made = deck(
        "Definition of the Weekly Review\n"
        "The Weekly Review is a calm, weekly hour in which a person reviews every open task "
        "and plans the coming days. It is a habit of at most one hour but it can be "
        "shorter.\n"
    )
    assert made["What is the weekly review?"] == (
        "A calm, weekly hour in which a person reviews every open task and plans the coming days."
    )


def test_a_property_said_by_name_is_not_what_the_thing_is() -> None:
    # 'What is ROM?' -> 'Also non-volatile, ...', 'What is the stack?' -> 'Always reserved
    # in a LIFO order ...', 'What is the perceptron?' -> 'The ancestor of modern ...'.
    pages = {
        "Tape drive\nA tape drive is also slow to seek, since it must wind the tape to "
        "the right place.\nA tape drive is a device that stores data on a long strip of "
        "magnetic tape wound on a reel.\n": "A device that stores data on a long strip "
        "of magnetic tape wound on a reel.",
        "The queue\nThe queue is always served in arrival order, the oldest request "
        "first.\nThe queue is a list of requests that wait for a worker to be free.\n": (
            "A list of requests that wait for a worker to be free."
        ),
        "Fax machine\nThe fax machine is common in hospitals and law offices.\nThe fax "
        "machine is a device that sends a scanned page over a phone line.\n": (
            "A device that sends a scanned page over a phone line."
        ),
        "Punched card\nThe punched card is the ancestor of every storage medium in use "
        "today. The punched card is a stiff paper card that holds data as a pattern of "
        "holes.\n": "A stiff paper card that holds data as a pattern of holes.",
    }
    for text, answer in pages.items():
        made = made_or_refused(text)
        name = text.split("\n", 1)[0].lower()
        asked = [p for p in made if re.fullmatch(rf"What is (?:an? |the )?{name}\?", p, re.I)]
        assert [made[prompt] for prompt in asked] == [answer], made
    # A vague property is no clue to which concept either.
    made = made_or_refused(
        "Rounding error\nA rounding error is the gap between a real number and the "
        "nearest number a computer can store. A rounding error is difficult for a "
        "tester to notice.\n"
    )
    assert not [prompt for prompt in made if "difficult" in prompt], made


def test_how_a_thing_works_is_not_what_it_is() -> None:
    # 'SRAM: Uses flip-flops made of transistors ...' answered 'What is SRAM?'.
    made = entries_deck(
        "Hardware glossary\n\n"
        "Cache: A small, fast memory that keeps copies of data the processor used lately.\n"
        "Bus: A set of wires that carries signals between the parts of a computer.\n"
        "DRAM: Uses a capacitor and a transistor to hold each bit, and must be refreshed.\n"
        "Register: A tiny store inside the processor that holds the value being worked on.\n"
    )
    assert "A set of wires" in made["What is Bus?"]
    assert not [answer for answer in made.values() if answer.startswith("Uses")], made


def test_the_parts_under_a_defined_term_are_no_glossary() -> None:
    # 'Process Control Block', its gloss, 'Contents', then 'Identification' over 'PID,
    # parent PID, and user ID.': five cards asked 'What is identification?' and the like.
    made = entries_deck(
        "Definition\nInode\nAn inode is a record a file system keeps for each file, "
        "holding everything about it except its name and its data.\nContents\nOwner\n"
        "The user and group the file belongs to.\nSize\nHow many bytes the file holds.\n"
        "Times\nWhen the file was made, last read and last changed.\nBlocks\nWhere on the "
        "disk the file's data lies.\n"
    )
    asked = [prompt for prompt in made if prompt.startswith(("What is", "What are"))]
    assert asked == ["What is an inode?"], made
    assert made["What is an inode?"].startswith("A record a file system keeps for each file")


def test_a_dictionarys_labels_and_an_encyclopedias_marks_leave_the_answer() -> None:
    # '(computing uncountable) A means for ...', 'a misnomer[1][2] referring to a ...'.
    _, made = deck(
        "Definition of Hot spare\n"
        "1. Noun. (computing countable) A disk kept running in a storage array so it can "
        "take over at once when another disk fails.\n"
    )
    assert made["What is a hot spare?"] == (
        "A disk kept running in a storage array so it can take over at once when another "
        "disk fails."
    )
    _, made = deck(
        "Edge computing\nEdge computing is a misnomer[1][2] referring to a way of running "
        "programs on machines close to where data is made, rather than in a distant data "
        "centre.[3]\n"
    )
    assert made["What is edge computing?"] == (
        "A way of running programs on machines close to where data is made, rather than "
        "in a distant data centre."
    )


def test_a_sentences_scene_is_no_title_and_an_asciidoc_title_is_one() -> None:
    # 'Now the file F is all over the place ...' titled the page 'Now the file F'.
    made = made_or_refused(
        "Disk trim?\nSay you delete a file. Now the drive F is unaware the blocks are "
        "free.\nTrimming is telling the drive which blocks no file uses any more.\n"
    )
    assert not [prompt for prompt in made if "Now" in prompt], made
    # '= Hyperparameter' on the first line: its title, without the mark.
    entry, _ = deck(
        "= Learning rate\n\nA number you choose that sets how big each step of training is.\n"
    )
    assert entry.title == "Learning rate"


def test_the_same_labels_under_each_of_two_things_are_no_glossary_terms() -> None:
    # 'Memory:' and 'Modification:' under 'Pass by Value' and again under 'Pass by
    # Reference' were asked 'What is memory?' and 'What is modification?'.
    made = entries_deck(
        "Two ways to hand data to a function:\n"
        "1. Copying:\n"
        "  - Memory: The function gets a new place in memory holding a copy of the data.\n"
        "  - Changes: Changes the function makes stay inside it and never reach the caller.\n"
        "2. Sharing:\n"
        "  - Memory: The function gets the address of the caller's own data.\n"
        "  - Changes: Changes the function makes are seen by the caller afterwards.\n"
    )
    assert "What is memory?" not in made and "What are changes?" not in made, made


def test_a_choice_between_two_sides_reads_alone_and_keeps_their_capitals() -> None:
    # 'Which is also non-volatile: ram or rom?' -> 'Rom': the 'also' points back, and the
    # heading's lower case is no way to write the abbreviations.
    made = entries_deck(
        "What is the difference between ssd and hdd?\n"
        "**SSD and HDD** An SSD (solid-state drive) is a drive that keeps data on flash "
        "chips. It reads any block at the same speed. An SSD is also silent, meaning that "
        "it makes no sound as it works. An HDD (hard disk drive) is a drive that keeps data "
        "on spinning platters. An HDD is noisy, meaning that its motor and head can be "
        "heard. The main difference between SSD and HDD is that an SSD has no moving parts, "
        "while an HDD has. An SSD is also silent, while an HDD is noisy.\n"
    )
    choices = [prompt for prompt in made if prompt.startswith("Which")]
    assert choices and all("also" not in prompt for prompt in choices), made
    assert all("SSD or HDD" in p or "HDD or SSD" in p for p in choices), made


def test_a_markdown_pages_furniture_heading_is_not_its_title() -> None:
    # '## Loading Runtime' over 'In machine learning and artificial neural networks, an
    # activation function is ...': the page was titled 'Loading Runtime', no card made.
    entry, made = deck(
        "## Loading content\n\n"
        "In databases and search engines, an inverted index is a map from each word to "
        "the documents that hold it.\n\nIt makes a word's documents quick to find.\n",
        "page.md",
    )
    assert entry.title.lower() == "inverted index"
    assert made["What is an inverted index?"] == (
        "A map from each word to the documents that hold it."
    )


def test_a_pointer_to_elsewhere_on_the_page_leaves_the_card() -> None:
    # '... symptoms similar to a number of other problems (see below) ...'
    _, made = deck(
        "Stack overflow\nA stack overflow is an error raised when a program's call stack "
        "grows past the space set aside for it (see below).\n"
    )
    assert "(see below)" not in " ".join(made.values()), made


def test_a_dictionarys_headword_with_its_forms_over_an_unstopped_gloss() -> None:
    # 'Noun' / 'virtual memory (usually uncountable, plural virtual memories)' /
    # '(computing) Memory that appears to be RAM but ...', no full stop: refused.
    entry, made = deck(
        "Noun\n"
        "swap space (usually uncountable, plural swap spaces)\n"
        "(computing) Space on a disk that holds pages of memory a computer has moved out "
        "of RAM to make room for others\n"
        "Swap space was introduced on early home computers, which had little memory. "
        "Source: Internet\n"
    )
    assert entry.title == "Swap space"
    # (the name is a common noun: 'swap space' in lowercase, never 'Swap space')
    asked = {re.sub(r"^What is (?:a )?", "", prompt): answer for prompt, answer in made.items()}
    assert asked["swap space?"].startswith("Space on a disk that holds pages of memory")
    # When a thing was introduced is no clue a learner of it would know.
    assert not [prompt for prompt in made if "introduced" in prompt], made


def test_a_wiki_mirrors_welcome_and_a_long_field_lead_are_read_past() -> None:
    # '*** Welcome to piglix ***' titled the page; 'In multitasking computer operating
    # systems, a daemon is ...' was no definition for its five-word lead.
    _, made = deck(
        "*** Welcome to examplepedia ***\n\nSpooler (computing)\n\n\n"
        "In multi-user desktop operating systems, a spooler is a program that holds jobs "
        "for a slow device, such as a printer, and feeds them to it one at a time.\n"
    )
    assert made["What is a spooler?"].startswith("A program that holds jobs for a slow device")


def test_a_titles_definition_word_is_not_part_of_the_name() -> None:
    # 'Boot Definition' over 'Boot process (or booting) is ...' titled the entry so.
    entry, _ = deck(
        "Checksum Definition\n\nA checksum is a small number worked out from a block of "
        "data, sent with it so the receiver can tell whether the data changed.\n"
    )
    assert (entry.title, entry.aliases) == ("Checksum", ())


def test_history_is_no_clue_to_which_concept() -> None:
    _, made = deck(
        "Interrupt\n\nAn interrupt is a signal that makes the processor stop what it is "
        "doing and run a handler. The interrupt was first introduced on machines of the "
        "1950s to deal with slow input devices.\n"
    )
    assert not [prompt for prompt in made if "introduced" in prompt], made


def test_a_copys_broken_first_go_at_a_line_gives_way_to_the_whole_line() -> None:
    # 'A small positive number (e.g.' over 'A small positive number (e.g. 0.1) that
    # controls how big each weight update step is.': the answer stopped at 'number.'
    _, made = deck(
        "Batch size\n"
        "The count of training examples (e.g.\n"
        "The count of training examples (e.g. 32) that a model reads before it updates "
        "its weights once.\n"
    )
    assert made["What is batch size?"] == (
        "The count of training examples (e.g. 32) that a model reads before it updates "
        "its weights once."
    )


def test_a_hard_wrap_after_a_comma_stays_one_sentence() -> None:
    # '... an\nensemble learning method for\nclassification,\nregression and other tasks,
    # that operate by ...' was answered 'An ensemble learning method for classification.'
    _, made = deck(
        "Gradient boosting or boosted trees are a\n"
        "learning method for\n"
        "ranking,\n"
        "regression and other tasks, that add small decision trees one at a time, each\n"
        "fixing the errors of the trees before it.\n"
    )
    answer = next(answer for prompt, answer in made.items() if prompt.startswith("What"))
    assert answer.startswith("A learning method for ranking, regression and other tasks")


def test_a_clue_must_not_point_at_a_figure_or_stand_for_a_plural() -> None:
    # 'Figure G-29 shows an example of which concept?'; 'An example consists of one or
    # more which concept?' (features): neither reads, nor can be answered.
    _, made = deck(
        "Encapsulation\n\nEncapsulation is the bundling of data with the methods that "
        "work on it, so other code reaches the data only through them. Figure B-12 shows "
        "an example of encapsulation.\n"
    )
    assert not [prompt for prompt in made if "Figure" in prompt], made
    _, made = deck(
        "Label\n\nA label is the answer a model is trained to give for an example. A data "
        "set for training holds thousands of examples and their labels.\n"
    )
    assert not [prompt for prompt in made if prompt.endswith("which concept?")], made


def test_the_difference_is_no_concept_of_its_own() -> None:
    # 'In my opinion, the difference is whether or not ...' made the entry 'Difference'
    # and asked 'What is the difference?': between what, the card does not say.
    made = entries_deck(
        "In my opinion, the difference is whether or not the new version meets real users "
        "at once. If it does, I would call it a big-bang release.\n\n"
        "A dark launch is quieter and safer, since users never see the new code until "
        "it is switched on.\n"
    )
    assert "What is the difference?" not in made, made


def test_addresses_on_lines_of_their_own_and_wiki_edit_links_are_furniture() -> None:
    # Two Wikipedia addresses over the text titled the page with the first of them:
    # 'What is Https://en.wikipedia.org/wiki/Functional_programming?'.
    entry, made = deck(
        "https://en.example.org/wiki/Computer_memory\n"
        "https://en.example.org/wiki/Page_table\n"
        "In operating system design, a page table (also map, or table) in a given system "
        "is a structure which maps pages to frames.\n"
        "Page tables[edit]\n"
        "Page tables are tables that the operating system keeps to map each virtual page "
        "to a frame.\n"
    )
    assert entry.title == "Page tables"
    assert not [prompt for prompt in made if "://" in prompt], made
    assert made["What are page tables?"] == (
        "Tables that the operating system keeps to map each virtual page to a frame."
    )


def test_that_a_name_is_much_used_is_no_reason_it_matters() -> None:
    # 'Why does fine-tuning matter?' -> 'It is a major AI term, and it is often confused
    # with prompting or RAG.'
    _, made = deck(
        "Quantization\n\nQuantization is storing a model's weights in fewer bits, such as "
        "8 instead of 32, so it takes less memory and runs faster.\n\n"
        "Why it matters\n\nIt is a common deployment term, and it is often mixed up with "
        "pruning or distillation.\n"
    )
    assert "Why does quantization matter?" not in made, made
    # nor is a clue that points at things the card does not name ('the others')
    _, made = deck(
        "Fine-tuning\n\nFine-tuning is training a general model a little more on your own "
        "examples so it specialises. Fine-tuning changes the model; the others just feed it "
        "context.\n"
    )
    assert not [prompt for prompt in made if "the others" in prompt], made


def test_a_task_set_on_a_questions_title_is_not_the_name() -> None:
    # 'What is Docker Images and Exaplin in 10 bullet lines?' gave no card.
    _, made = deck(
        "What is Build Cache and Explain in 5 points?\n\n"
        "• A build cache is a store of outputs from earlier builds that a build tool reuses "
        "when the inputs have not changed.\n"
        "• It saves the time of doing the same work twice.\n"
    )
    assert made["What is a build cache?"].startswith("A store of outputs from earlier builds")


def test_where_a_thing_sits_said_first_is_read_past() -> None:
    assert definition_of(
        "Positioned between the disk and the processor, a page cache is memory the "
        "operating system fills with recently read disk blocks.",
        ("page cache",),
    ) == Definition(
        "page cache", "", "", "memory the operating system fills with recently read disk blocks."
    )


def test_a_name_with_its_capitals_that_does_something_under_a_heading_titles_the_page() -> None:
    # 'Git as the source of truth' / 'GitOps manages infrastructure and deployments by
    # treating a Git repository as ...', the name said again below: refused for no title.
    _, made = deck(
        "One place for every setting\n"
        "ConfigSync keeps the settings of every service in one repository and pushes each "
        "change to the machines that need it.\n"
        "How ConfigSync works\n"
        "An agent on each machine asks ConfigSync for changes every minute. ConfigSync "
        "answers with the settings that changed since the agent last asked.\n"
    )
    assert made["What does ConfigSync do?"].startswith("Keeps the settings")


def test_an_answer_quoting_another_page_is_read_as_its_words() -> None:
    # 'From Wikipedia:' over '> Infrastructure as code (IaC) is the process of ...',
    # hard-wrapped, with '[data centers][1]' links and their '[1]: https://...' lines.
    _, made = deck(
        "From the encyclopedia:\n\n"
        "> A message queue (MQ) is a buffer that holds [messages][1] sent by one\n"
        "> program until another program reads them, so the two need not run at\n"
        "> the same time.\n\n"
        "  [1]: https://en.example.org/wiki/Message\n"
    )
    assert made["What is an MQ?"] == (
        "A buffer that holds messages sent by one program until another program reads "
        "them, so the two need not run at the same time."
    )


def test_a_heading_saying_what_a_thing_actually_is_asks_it() -> None:
    # 'What Logging Actually Is' over 'Logging captures timestamped records ...'.
    _, made = deck(
        "What Tracing Actually Is\n"
        "Tracing records the path of one request through every service it touches, with "
        "the time spent in each.\n"
        "What Metrics Actually Are\n"
        "Metrics are numbers measured over time, such as requests per second.\n"
    )
    assert made["What does tracing do?"].startswith("Records the path of one request")


def test_a_bare_kind_takes_the_sentence_that_names_the_thing_again() -> None:
    # 'A Race condition ... is a problem with the design of a system.' + 'With a race
    # condition, the result ... is dependent on how long a certain calculation takes ...'
    _, made = deck(
        "Memory leak\nA memory leak is a fault in the design of a program. With a memory "
        "leak, the program keeps memory it no longer needs, so the memory it uses grows "
        "the longer it runs.\n"
    )
    assert made["What is a memory leak?"] == (
        "A fault in the design of a program. With a memory leak, the program keeps memory "
        "it no longer needs, so the memory it uses grows the longer it runs."
    )


def test_a_definition_broken_off_in_its_list_is_not_asked() -> None:
    # '... a lightweight runtime environment that contains all the binaries, libraries'
    # (the page's copy ends there) was answered with a full stop added.
    made = entries_deck(
        "Container vs. Virtual Machine\n\nThe sections below compare the two.\n\n"
        "What Is a Virtual Machine?\n\nA virtual machine is a whole computer emulated in "
        "software, with its own operating system and virtual hardware.\n\n"
        "What Is a Container?\n\nA container is a light runtime package that holds all "
        "the code, settings"
    )
    assert "What is a container?" not in made, made


def test_a_blank_whose_start_is_inside_a_joined_name_gives_itself_away() -> None:
    # 'DevOps is a combination of the words "____" and "Operations."' -> 'Development'.
    assert gives_away('FinOps joins the words "____" and "Operations".', "Finance")
    assert not gives_away("JavaScript runs in the ____.", "browser")


def test_a_computing_dictionarys_headword_its_other_form_and_gloss() -> None:
    # FOLDOC's layout: its own line, the headword, the other form, then '(Or "defunct
    # process") A Unix process that ...', hard-wrapped: the two names were run together
    # into one title and the page was refused.
    entry, made = deck(
        "The Free On-line Dictionary of Computing (30 December 2018):\n"
        "orphan process\n"
        "adopted process\n"
        '(Or "adopted process") A Unix process whose parent has\n'
        "exited while it still runs, so that the init process becomes\n"
        "its new parent and waits for it.\n"
        "An orphan process keeps running and is cleaned up by init when\n"
        "it exits.\n"
    )
    assert entry.title == "Orphan process" and entry.aliases == ("adopted process",)
    assert made["What is an orphan process?"].startswith("A Unix process whose parent has exited")


def test_a_short_title_named_with_its_kind_below_is_that_name() -> None:
    # 'Adapter' over 'The Adapter pattern allows us to ...': the title did not match the
    # sentence's name, and an example further down was taken for the concept ('What is a
    # newsletter?' -> 'An everyday example.').
    entry, made = deck(
        "Observer\n\nThe Observer pattern lets an object tell every object that watches it "
        "when its state changes, without knowing what they are.\n\n"
        "A newsletter is an everyday example.\n"
    )
    assert (entry.title, entry.aliases) == ("Observer pattern", ("Observer",))
    assert "What is a newsletter?" not in made, made
    assert made["What does the Observer pattern do?"].startswith("Lets an object tell")


def test_a_word_of_several_meanings_is_not_the_thing_defined() -> None:
    # 'Register is a word with several meanings: as a noun it refers to the book ...',
    # then 'A CPU register is ...': the everyday senses were asked as what a register is.
    made = entries_deck(
        "Shell is a word with several meanings: it can be the hard case of an egg or a "
        "snail, or the frame of a building.\n"
        "A command shell is a program that reads the commands a user types and runs "
        "them.\n"
    )
    assert not any(answer.startswith("A word with") for answer in made.values()), made
    assert made["What is a command shell?"].startswith("A program that reads the commands")


def test_a_first_line_defining_a_term_titles_the_page_over_a_later_question() -> None:
    # 'MapReduce is a programming paradigm ...' as the first line, then 'What is a Map
    # phase ?' further down: the page was titled 'Map phase' and its definition lost.
    entry, made = deck(
        "Bitonic sort is a way of sorting a fixed number of values with a fixed "
        "sequence of compare-and-swap steps.\n"
        "Each step compares two positions and swaps them when they are out of order.\n"
        "What is a comparator ?\n"
        "A comparator is one compare-and-swap step between two wires.\n"
    )
    assert entry.title == "Bitonic sort"
    assert made["What is a bitonic sort?"].startswith("A way of sorting a fixed number")


def test_an_untitled_page_opening_with_a_sentence_case_name_doing_something() -> None:
    # 'Consistent hashing distributes cache keys across nodes so that ...', no title
    # line, the name said again below: refused for no title.
    entry, made = deck(
        "Rendezvous hashing distributes keys over nodes by the score each node gets, so "
        "that removing a node only moves that node's keys.\n"
        "How it works:\n"
        "Score every node against the key with one hash function\n"
        "Without rendezvous hashing, a change of node count moves most keys.\n"
        "With rendezvous hashing, it moves only a few.\n"
    )
    assert entry.title == "Rendezvous hashing"
    assert made["What does rendezvous hashing do?"].startswith("Distributes keys")


def test_a_wiki_title_closed_by_its_marks_is_the_title() -> None:
    # '= ZooKeeper =', as a wiki writes a page's first heading: titled 'ZooKeeper ='.
    entry, _ = deck("= Etcd =\n\nEtcd is a key-value store that keeps a cluster's settings.\n")
    assert entry.title == "Etcd"


def test_a_definition_ending_in_a_colon_goes_on_in_the_bullets_under_it() -> None:
    # 'ZooKeeper is a centralized service for:' over ' * naming', ' * provide group
    # services': taken for a sentence cut short and the page gave no card; with no blank
    # line above the list, its bullets were run into the answer, asterisks and all.
    for text in (
        "= Consul =\n\nConsul is a networking tool for:\n * service discovery\n"
        " * health checks\n * a key-value store\n\nIt runs an agent on every machine.\n",
        "Consul\n\nConsul is a networking tool for:\n* service discovery\n* health checks\n"
        "* a key-value store\n",
    ):
        _, made = deck(text)
        assert made["What is Consul?"] == (
            "A networking tool for: service discovery; health checks; a key-value store."
        ), made


def test_a_wiktionary_entry_under_its_wikipedia_box() -> None:
    # 'Noun' / 'English Wikipedia has an article on:data compressionWikipedia' / 'data
    # compression (uncountable)' / '(computing) Any of several techniques for ...': the
    # box was run into the headword, and the page refused.
    entry, made = deck(
        "Noun\n"
        "English Wikipedia has an article on:error correctionWikipedia\n"
        "error correction (uncountable)\n"
        "(computing) Any of several methods for finding and repairing the bits a noisy "
        "channel flipped, by sending a little extra data with every block\n"
        "Without error correction, a scratched disc would not play.\n"
    )
    assert entry.title == "Error correction"
    asked = [answer for prompt, answer in made.items() if prompt.endswith("error correction?")]
    assert asked[0].startswith("Any of several methods for finding"), made


def test_a_thesaurus_sense_line_glosses_its_headword() -> None:
    # 'logic gate' / 'Noun1.logic gate - a computer circuit with several inputs ...': the
    # sense line was taken for the body's first paragraph, and nothing defined the title.
    entry, made = deck(
        "half adder\n\n"
        "Noun1.half adder - a circuit that adds two bits and gives their sum and a carry\n"
        "Synonyms: adder\n"
    )
    assert entry.title == "Half adder"
    assert made["What is a half adder?"].startswith("A circuit that adds two bits")


def test_a_computing_dictionarys_gloss_after_its_field_or_abbreviation() -> None:
    # FOLDOC's gloss lines: '<graphics> (pixel) The smallest resolvable rectangular area
    # of an ...', hard-wrapped with 'Each pixel in a' taken for a heading; and '(LED) a
    # type of diode that emits light ...'. Both pages were refused.
    entry, made = deck(
        "Colour depth\n"
        "<graphics> (bit depth) The fixed number of stored bits of one pixel's colour,\n"
        "which sets how many colours it can show.\n"
        "Each colour in a\n"
        "palette of 256 needs eight bits.\n"
    )
    assert entry.title == "Colour depth"
    asked = made["What is colour depth?"]
    assert asked.startswith("The fixed number of stored bits of one pixel's colour")
    assert not any("Each colour in a" in prompt for prompt in made), made
    _, made = deck(
        "From The Free On-line Dictionary of Computing (30 December 2018) :\n\n"
        "  liquid crystal display\n"
        "      (LCD) a flat display that twists light through liquid\n"
        "     crystals to show an image.  Each cell needs a backlight.\n"
    )
    assert made["What is a liquid crystal display?"].startswith("A flat display that twists light")


def test_a_headings_link_to_itself_is_not_part_of_its_name() -> None:
    # 'Perceivable #' over 'Perceivable refers to the ability ...', and a docs site's
    # 'Section titled “Summary”People who use a mouse ...': 'What is a perceivable #?'
    # and an answer opening with the link's text.
    entry, made = deck(
        "Focus Order\nSummary\nSection titled “Summary”Keyboard users move through a page "
        "one control at a time.\nThe focus order is the sequence in which controls receive "
        "keyboard focus as a user presses Tab.\n"
    )
    assert entry.title == "Focus Order"
    assert not any("Section titled" in answer for answer in made.values()), made
    made = entries_deck(
        "Skip to main content\n\nGuide to colour contrast\n\nLegible #\n\n"
        "Legible refers to text that readers can tell apart from its background.\n\n"
        "Distinct #\n\nDistinct refers to controls whose edges stand out from what is "
        "around them.\n"
    )
    assert made and not any("#" in prompt for prompt in made), made


def test_a_gloss_of_what_a_thing_does_under_its_title() -> None:
    # 'Beamforming' / 'Directs a Wi-Fi signal toward a specific client device ...', then
    # 'Beamforming is a standard feature in all Wi-Fi 5, 6, and 7 access points, ...' at
    # the end: the remark was asked as what beamforming is, the gloss above it dropped.
    entry, made = deck(
        "Radio · Networking\n"
        "Spatial multiplexing\n"
        "Sends several data streams at once over the same channel, one from each antenna, "
        "so a link carries more data without more spectrum.\n"
        "A single antenna sends one stream at a time.\n"
        "The receiver separates the streams by the paths each one took.\n"
        "Spatial multiplexing is a standard feature of modern access points, sold under "
        "many brand names.\n"
    )
    assert entry.title == "Spatial multiplexing"
    assert made["What does spatial multiplexing do?"].startswith("Sends several data streams")
    assert not any(answer.startswith("A standard feature") for answer in made.values())


def test_where_a_thing_belongs_or_turns_up_is_not_what_it_is() -> None:
    # 'Eventual consistency is an aspect of the BASE model ...', 'Slowly changing
    # dimension is a common data warehousing scenario.', 'cache memory is a critical
    # element in modern computer architecture': each was asked as what the thing is.
    for remark in (
        "an aspect of the ACID model of transactions",
        "a common database design scenario",
        "a critical element in modern storage engines",
    ):
        _, made = deck(
            f"Write skew\n\nWrite skew is {remark}. Write skew is the anomaly in which two "
            "transactions read the same rows and then each update a different one, so "
            "that together they break a rule each kept alone.\n"
        )
        asked = [answer for prompt, answer in made.items() if prompt.endswith("write skew?")]
        assert asked[0].startswith("The anomaly in which two"), made


def test_a_thing_that_uses_something_under_an_overview_is_no_definition() -> None:
    # 'Overview' / 'Slowly changing dimension is a common data warehousing scenario. SCD
    # utilizes three different method types ...': how it works, asked as what it is.
    _, made = deck(
        "Overview\n\nTwo-phase locking is a common concurrency scenario. 2PL uses two "
        "phases for every transaction: one that takes locks, one that gives them up.\n\n"
        "Growing phase\n\nThe transaction takes locks and releases none.\n\n"
        "Definition\n\nTwo-phase locking is a concurrency control method that keeps "
        "transactions serializable by never taking a lock after giving one up.\n"
    )
    assert not any(answer.startswith("2PL uses") for answer in made.values()), made
    assert made["What is two-phase locking?"].startswith("A concurrency control method")


def test_an_abbreviation_over_its_letters_spelled_out_and_a_gloss() -> None:
    # 'SMTP' / 'Simple Mail Transfer Protocol. The standard e-mail protocol on the
    # Internet.' / 'SMTP was originally designed for text, ...': the body was cut to
    # start at the sentence naming it, and 'What is SMTP?' answered with a later remark.
    entry, made = deck(
        "NTP\n"
        "Network Time Protocol. The standard clock protocol on the Internet.\n"
        "NTP was originally designed for research networks, but it now runs everywhere.\n"
        "NTP servers pass the time down a tree of strata from a few reference clocks.\n"
    )
    assert entry.aliases == ("Network Time Protocol",)
    assert made["What is NTP?"] == "The standard clock protocol on the Internet."


def test_a_clause_or_a_fix_opening_a_sentence_is_no_name() -> None:
    # 'Once the problem is fixed you need to restart ...', 'As each pixel is shaded ...',
    # 'The fix is to use delta time ...': asked 'What is a once the problem?', 'What is
    # an as each pixel?' and 'What is the fix?'.
    for sentence in (
        "Once the cache is warm the page loads in a tenth of the time.",
        "As each frame is drawn the renderer reads the depth of every pixel.",
        "The fix is to cap the frame rate at the display's refresh rate.",
        "Usually data is copied to the staging area before it is cleaned.",
    ):
        assert definition_of(sentence) is None, sentence


def test_words_an_answer_leads_with_and_a_title_asked_about_its_purpose() -> None:
    # 'See More...What is the purpose of excel conditional formatting?' and 'A zip file is
    # defined as an archive file format ...': 'What is See More...What?' and an answer
    # opening 'Defined as'.
    entry, made = deck(
        "See More...What is the purpose of data validation?\n\n"
        "Data validation is a spreadsheet feature that limits what a cell accepts, such as "
        "whole numbers between 1 and 10.\n\n"
        "What is a drop-down list?\n\nA drop-down list is one kind of data validation.\n"
    )
    assert entry.title.casefold() == "data validation", entry.title
    _, made = deck(
        "Tarball\n\nA tarball is defined as an archive file that joins many files into one "
        "for storage or transfer.\n\nTarballs function similarly to folders on a disk.\n"
    )
    assert made["What is a tarball?"].startswith("An archive file that joins many files")
    assert not any(prompt.endswith("function?") for prompt in made), made


def test_a_dictionary_sites_headword_twice_over_how_it_is_said() -> None:
    # 'cell reference' / 'cell reference' / '[′sel ‚ref·rəns] (computer science)' / 'The
    # address of a cell that ...': the doubled headword hid the gloss, and an example
    # further down titled the page ('What is A1?').
    entry, made = deck(
        "range name\nrange name\n[′rānj ‚nām] (computer science)\n"
        "The label of a block of cells, which a formula can use in place of their "
        "addresses.\nA range name such as Sales can stand for B2:B9 in a formula.\n"
    )
    assert entry.title == "Range name"
    asked = [answer for prompt, answer in made.items() if prompt.endswith("range name?")]
    assert asked[0].startswith("The label of a block of cells"), made


def test_a_hard_wrap_after_an_article_joins_the_lines() -> None:
    # 'Multipurpose Internet Mail Extensions (MIME) is an' / 'Internet Standard that ...'
    # was read as a heading, and only its letters were asked.
    _, made = deck(
        "YAML\n"
        "YAML Ain't Markup Language (YAML) is a\n"
        "Unicode text format that people can read and write, used mostly for settings.\n"
        "Many tools read their settings from YAML files.\n"
    )
    assert made["What is YAML?"].startswith("A Unicode text format that people can"), made


def test_a_field_lead_may_say_inside_or_within() -> None:
    # 'Inside computer graphics, ray tracing is a technique ...', 'Within agile project
    # management, product backlog refers to ...': the lead hid the definition.
    _, made = deck(
        "Path Tracing\n\nInside computer graphics, path tracing is a technique for "
        "rendering an image by following many random paths of light from each pixel.\n"
    )
    assert made["What is path tracing?"].startswith("A technique for rendering an image")


def test_a_title_bracketing_its_name_or_another() -> None:
    # 'Volume Pixel (Volume Pixel or Voxel)' over 'A volumetric pixel (volume pixel or
    # voxel) is ...': kept whole as the title, no sentence matched it.
    entry, made = deck(
        "Texture Element (Texture Element or Texel)\n\n"
        "Definition - What does Texture Element (Texture Element or Texel) mean?\n\n"
        "A texture element (texel) is the smallest unit of a texture map, as a pixel is "
        "of a screen.\n"
    )
    assert (entry.title, entry.aliases) == ("Texture Element", ("Texel",))
    assert made["What is a texture element?"].startswith("The smallest unit of a texture map")


def test_a_page_laid_out_one_table_cell_a_line() -> None:
    # '| texture mapping |' / '| List of: | Glossary Items | |' / '| Texture mapping is a
    # technique for ... |': the title cell was read as a navigation bar's, and the page
    # refused.
    entry, made = deck(
        "| bump mapping |\n| List of: | Glossary Items | |\n| Subjects: | Textures | |\n"
        "| Bump mapping is a technique for faking small bumps on a surface by changing its "
        "normals, without adding geometry. |\n"
    )
    assert entry.title == "Bump mapping"
    assert made["What is bump mapping?"].startswith("A technique for faking small bumps")


def test_a_list_of_mistakes_is_not_false_every_time() -> None:
    # 'Common Mistakes' over '- Not using linear color space' / '- Forgetting to gamma
    # correct final output': each was asked 'True or false: ... is fine.', always false,
    # so the form gave the answer away.
    entry = parse(
        "# Shadow acne\n\nShadow acne is a speckled pattern of false shadows on lit "
        "surfaces.\n\n## Common mistakes\n\n- Using a depth bias of zero\n"
        "- Rendering the shadow map at a tiny resolution\n"
        "- Forgetting to cull front faces in the depth pass\n",
        "acne.md",
    )
    asked = {
        card.prompt: card.answer
        for card in cards.generate(entry, [])
        if card.kind is cards.CardKind.TRUEFALSE
    }
    assert set(asked.values()) == {"True", "False"}, asked
    assert "True or false: rendering the shadow map at a tiny resolution is a mistake." in asked


def test_a_dictionary_saying_what_the_letters_stand_for_before_the_definition() -> None:
    # 'BSOD' / 'Stands for "Blue Screen of Death." The BSOD is an error message ...': the
    # expansion, with no subject, hid the definition after it, and the page was refused.
    entry, made = deck(
        'NIC\nStands for "Network Interface Card." The NIC is a piece of hardware that '
        "connects a computer to a network. Most computers have one built in.\n"
    )
    assert entry.aliases == ("Network Interface Card",)
    assert made["What is the NIC?"].startswith("A piece of hardware that connects")
    assert made["What does NIC stand for?"] == "Network Interface Card"


def test_a_definition_in_the_one_bullet_at_the_top_of_a_page() -> None:
    # '- Live migration is the movement of a virtual machine ...' as a page's first line.
    entry, made = deck(
        "- Hot patching is the updating of running software without restarting it. "
        "It keeps a service up while a fix goes in.\nRead more about hot patching:\n"
    )
    assert entry.title == "Hot patching"
    assert made["What is hot patching?"].startswith("The updating of running software")


def test_a_site_menu_does_not_push_the_title_out_of_reach() -> None:
    # Twenty bullets of a site's menu filled the lines read for a title, and the page's
    # own 'DISPATCHER in Operating Systems' and definition below them were never seen.
    menu = "".join(f"  • Subject {n}\n" for n in range(1, 23))
    made = made_or_refused(
        f"Skip to content\nOS Notes\n{menu}\nSCHEDULER in Operating Systems | OS Notes\n\n"
        "JANE ROE, June 6, 2026\n\nIn an operating system, the scheduler is an important "
        "part of multitasking. Basically, the scheduler is the part of the kernel that "
        "picks which process runs next.\n"
    )
    assert made["What is the scheduler?"].startswith("The part of the kernel that picks")


def test_mean_as_a_noun_is_not_the_verb_of_a_definition() -> None:
    # 'In statistics, the mean squared error (MSE) ... measures ...' was read as 'the'
    # meaning 'squared error ...' ('What is the?'); 'The Harmonic Mean of Recall and
    # Precision, ...' as 'Harmonic' meaning 'of ...'.
    for sentence in (
        "In statistics, the mean absolute error (MAE) of a forecast measures the average "
        "size of its errors.",
        "The Harmonic Mean of two speeds, used for trips of equal length, is their average.",
    ):
        found = definition_of(sentence)
        assert found is None or found.name.casefold() not in ("the", "harmonic"), found
    assert definition_of("Idempotence means getting the same result however often it runs.")


def test_a_name_with_a_relative_clause_is_no_name() -> None:
    # 'A variable whose possible values are numerical outcomes of ...' was asked 'What is
    # a variable whose possible values?'.
    made = made_or_refused(
        "noun\n\nA quantity whose possible values are the results of a chance event. "
        "Such quantities may be counted or measured.\n"
    )
    assert not any("whose" in prompt for prompt in made), made


def test_an_adverb_is_not_asked_as_the_verb_of_a_claim() -> None:
    # 'It will generally be the case that training loss ...' under 'Early stopping'
    # gave 'What will early stopping generally?'.
    _, made = deck(
        "Dropout\n\nDropout is a regularization method that switches off random units "
        "during training. It will generally be the case that the network relies less "
        "on any one unit.\n"
    )
    assert not any("generally?" in prompt for prompt in made), made
    assert "What is Dropout?" in made


def test_whose_name_a_thing_bears_is_not_what_it_is() -> None:
    # "Bayes' theorem is named for Thomas Bayes and often called Bayes' law." answered
    # 'What is Bayes' theorem?'.
    made = made_or_refused(
        "What is Ohm's law\nOhm's law is named for Georg Ohm and is also called Ohm's "
        "relation. It is used in every circuit calculation.\n"
    )
    assert not any(answer.startswith("Named for") for answer in made.values()), made


def test_a_sentence_whose_space_after_the_full_stop_was_lost_still_ends() -> None:
    # '... recognize patterns within them.In the domain of artificial intelligence, a
    # CNN is ...': two sentences read as one answer.
    _, made = deck(
        "Autoencoder\n\nAn autoencoder (AE) is a neural network that learns to copy its "
        "input to its output through a narrow middle layer.In the field of machine "
        "learning, an autoencoder is a kind of model used to compress data.\n"
    )
    assert made["What is an autoencoder?"] == (
        "A neural network that learns to copy its input to its output through a narrow "
        "middle layer."
    )


def test_which_concept_works_similarly_points_at_what_the_card_does_not_show() -> None:
    # 'A CNN works similarly, analyzing small chunks of data at a time': similarly to
    # the page's analogy, which the card leaves out.
    _, made = deck(
        "# Sliding window\n\nA sliding window is a technique that looks at a fixed span of "
        "a sequence at a time. Reading a long sentence works this way too. A sliding "
        "window works similarly, taking one step at a time and keeping a running sum.\n"
    )
    assert not any("similarly" in prompt for prompt in made), made


def test_a_wiki_banner_and_a_dictionary_sites_heading_are_chrome() -> None:
    # DokuWiki's 'This is an old revision of the document!' over 'A Dynamic Link Library
    # (DLL) is ...' was read as the page's 'This is ...' definition; 'Find the word
    # definition' above a dictionary's entries took the title.
    _, made = deck(
        "This is an old revision of the document!\nA Shared Object (SO) is a compiled "
        "library that programs load at run time. Its file name ends in .so.\n"
    )
    assert made["What is a Shared Object?"].startswith("A compiled library that programs load")
    entry, _ = deck(
        "Find the word definition\n\nWiktionary\nmutex\n\nn. (context computer science "
        "English) A lock that lets only one thread at a time into a piece of code.\n\n"
        "Wikipedia\nMutex\n\nIn computing, a mutex (also mutual exclusion lock) is a lock "
        "that lets only one thread at a time use a shared resource.\n"
    )
    assert entry.title == "Mutex"


def test_an_answer_label_is_not_the_term_of_a_gloss() -> None:
    # 'Answer: It is well known that every command takes input ...' was asked 'What is
    # Answer?'.
    made = made_or_refused(
        "Answer: It is well known that every program reads from somewhere. Piping is "
        "defined as sending one program's output into another's input.\n"
    )
    assert "What is Answer?" not in made, made


def test_a_dictionary_gloss_opening_with_any() -> None:
    # FOLDOC's 'dual boot' / 'dual boot' / '(operating system)' / 'Any system offering the
    # user the choice of two operating systems ...': 'The OSes are ...' further down
    # took the title.
    entry, made = deck(
        "hot swap\n\nhot swap\n\n(hardware)\nAny part that can be taken out and replaced "
        "while the computer keeps running. Disks in servers are often built for it.\n\n"
        "The drives are usually held in trays that slide out from the front.\n"
    )
    assert entry.title.casefold() == "hot swap"
    assert made["What is a hot swap?"].startswith("Any part that can be taken out")


def test_a_dash_between_the_name_and_its_bracketed_expansion() -> None:
    # 'LXC - (LinuX Container) is an operating system-level virtualization method ...'
    # was asked 'What is LXC -?'.
    found = definition_of(
        "NFS - (Network File System) is a protocol for reading files on another machine."
    )
    assert found == Definition(
        "NFS", "Network File System", "NFS", "a protocol for reading files on another machine."
    )


def test_a_name_said_of_any_one_of_a_kind() -> None:
    # 'The median of a set of data is the middlemost number in the set.': six words
    # were too many for a name, and the page was refused; 'The probability of an event
    # is ...' keeps its whole name.
    made = made_or_refused(
        "The mode of a list of numbers is the value that turns up most often in it. "
        "A list may have more than one mode.\n"
    )
    assert made["What is the mode?"] == "The value that turns up most often in it."
    found = definition_of("The range of a data set is the largest value minus the smallest.")
    assert found is not None and found.name == "range"
    found = definition_of("The scope of a variable is where its name can be used.")
    assert found is not None and found.name == "scope of a variable"


def test_a_page_opening_with_what_a_thing_is_and_its_name_last() -> None:
    # 'The difference between the observed value ... and the predicted value (ŷ) is
    # called the residual (e). Each data point has one residual.': no title line, and
    # the name comes last; the count after it is no clue to ask by.
    made = made_or_refused(
        "The gap between the true value of a sample (y) and the value a model guesses for "
        "it is called the error term (u). Each sample has one error term.\n"
    )
    assert made["What is the error term?"].startswith("The gap between the true value")
    assert not any(prompt.endswith("has one which concept?") for prompt in made), made


def test_how_a_thing_tends_to_be_is_not_what_it_is() -> None:
    # 'In most languages, data is often mutable, meaning ...' answered 'What is data?';
    # 'Local variables are often stored for short amounts of time ...' answered 'What
    # are local variables?'.
    assert definition_of("Global state is often shared between many functions.") is None
    assert definition_of("Temporary files are usually stored under /tmp.") is None
    assert definition_of("A byte is usually 8 bits.") is not None
    assert definition_of("A cache is usually a small, fast memory near the processor.")
    assert definition_of("A stack is always reserved in last-in, first-out order.")


def test_what_a_thing_makes_possible_is_not_what_it_is() -> None:
    # 'Multithreading is what allows the parallel execution of ...' answered 'What is
    # multithreading?' with 'What allows ...'; a reference list's 'What is
    # multithreading? (2021). Retrieved from https://...' then took the title, answered
    # by the next reference.
    assert definition_of("Caching is what lets a page load fast the second time.") is None
    made = made_or_refused(
        "Pipelining is what allows a processor to work on several instructions at once.\n"
        "References\n"
        "What is pipelining? (2021). Retrieved from https://example.org/pipelining\n"
        "Pipelines in practice (2020). Retrieved from https://example.org/practice\n"
    )
    assert not any(answer.startswith(("What allows", "Pipelines in")) for answer in made.values())


def test_an_answer_that_only_points_back() -> None:
    # 'Multithreading extends from this idea but ...' -> 'What does multithreading
    # extend from?' -> 'This idea.'
    _, made = deck(
        "# Coroutine\n\nA coroutine is a function that can pause and later resume where it "
        "stopped. Generators share much with it. A coroutine extends from this idea but is "
        "run by the language itself.\n"
    )
    assert "This idea." not in made.values(), made


def test_what_a_thing_will_refuse_to_do() -> None:
    # 'Gatekeeper will refuse to open the application if ...' was asked 'What will
    # Gatekeeper refuse to?'.
    _, made = deck(
        "# Boot loader\n\nA boot loader is a small program that loads the operating system "
        "when a computer starts. A boot loader will refuse to start a kernel whose "
        "signature does not match.\n"
    )
    assert made["What will a boot loader refuse to do?"] == (
        "Start a kernel whose signature does not match."
    )


def test_defined_as_is_taken_off_before_a_bare_noun() -> None:
    # 'Relative path is defined as path related to the present working directory' kept
    # its 'Defined as' in the answer.
    _, made = deck(
        "Home directory\n\nHome directory is defined as directory given to each user for "
        "their own files.\n"
    )
    assert made["What is a home directory?"] == (
        "Directory given to each user for their own files."
    )


def test_a_name_pointing_at_what_the_card_does_not_show() -> None:
    # 'The area under this curve is a measure of how well you did at guessing' was asked
    # 'What is the area under this curve?'.
    assert definition_of("The slope of this line is the rate of change.") is None


def test_an_abbreviation_whose_x_stands_for_ex() -> None:
    # 'Extreme Programming (XP)' was asked 'What is Extreme Programming in XP?': its
    # letters were not found to spell it, so '(XP)' was read as a field.
    entry, made = deck(
        "Extensible Stylesheet Language (XSL)\n\nA family of languages for turning XML "
        "documents into other formats, such as web pages or printed pages.\n"
    )
    assert set(entry.aliases) >= {"XSL", "Extensible Stylesheet Language"}, entry.aliases
    assert not any(" in XSL?" in prompt for prompt in made), made


def test_a_title_whose_subtitle_is_only_the_word_definition() -> None:
    # 'release candidate - technical definition' was titled 'Technical'.
    entry, made = deck(
        "Dictionary Home » Computer Definitions » hot fix\n\nhot fix - technical definition\n\n"
        "A small patch that repairs one urgent problem in software already in use. It is "
        "often sent out without the usual testing.\n"
    )
    assert entry.title == "Hot fix"
    assert made["What is a hot fix?"].startswith("A small patch that repairs one urgent")


def test_a_title_run_into_a_sentence_that_opens_with_it() -> None:
    # 'EEPROMEEPROM stands for electrically erasable programmable read-only memory.'
    entry, made = deck(
        "SRAMSRAM stands for static random-access memory. It is a type of memory that "
        "keeps each bit in a small circuit of transistors while power is on.\n"
    )
    assert entry.title == "SRAM"
    assert made["What does SRAM stand for?"].casefold() == "static random-access memory"


def test_a_question_naming_its_concept_twice() -> None:
    # 'What is the conversion rate or conversion rate?', a translated page's title.
    entry, _ = deck(
        "What is the churn rate or churn rate?\n\nThe share of customers who stop buying "
        "from a business during a given period.\n"
    )
    assert entry.title == "Churn rate"


def test_a_sentence_with_a_dropped_link_is_not_asked() -> None:
    # 'A featured snippet is a specially formatted box at the top of the . Google ...':
    # the copy lost the linked 'SERP', and the card asked '... at the top of the?'.
    _, made = deck(
        "# Knowledge panel\n\nA knowledge panel is an information box that a search engine "
        "shows beside its results. A knowledge panel is a box of facts at the side of the . "
        "It draws on a database of people, places and things.\n"
    )
    assert not any(re.search(r"\bthe[?.]", f"{p} {a}") for p, a in made.items()), made
    # 'Transitive dependencies arise in unnormalized tables ..., often during the early
    # stages of.': the link after 'of' is gone.
    _, made = deck(
        "Partial dependency\n\nA partial dependency is a column that depends on only part of "
        "a composite key. Partial dependencies arise in tables that skip second normal "
        "form, often during the first stages of.\n"
    )
    assert not any(a.endswith(" of.") for a in made.values()), made


def test_a_plural_noun_before_a_modal_is_no_verb() -> None:
    # 'Retargeting ads may contain special offers ...' was asked 'What does retargeting
    # ad?'.
    _, made = deck(
        "Remarketing\n\nRemarketing is a form of online advertising that shows ads to people "
        "who visited a site before.\n\nRemarketing ads may contain a discount code, reviews "
        "or a reminder of what was left in the cart.\n"
    )
    assert not any(prompt.startswith("What does remarketing ad") for prompt in made), made


def test_what_may_be_done_with_a_thing_is_not_what_it_is() -> None:
    # A headed glossary's 'Node Instance' / 'A node instance can be shown on a diagram.'
    # answered 'What is a node instance?'; 'The change request includes corrective
    # action, ...' answered 'What is the change request?'; 'Holding torque is dependent
    # on the motor being energized' answered 'What is holding torque?'.
    made = entries_deck(
        "UML Component Diagram\n\n\nComponent Diagrams\nA component diagram shows how a "
        "system is split into parts and how the parts connect. It shows their interfaces "
        "too.\n\nComponent\nA Component is a replaceable part of a system. It is drawn as a "
        "box with two small tabs.\n\nNode Instance\nA node instance can be drawn inside a "
        "deployment diagram. Its name is underlined.\n\nPort\nA port is a point where a "
        "component meets the outside.\n"
    )
    assert "What is a node instance?" not in made, made
    found = definition_of(
        "The change log includes every fix, every new feature and every removal.",
        ("Change log",),
        loose=True,
    )
    assert found is None
    assert definition_of("Stall torque is dependent on the supply voltage.") is None


def test_a_list_of_examples_is_not_asked_whole() -> None:
    # 'Some examples of Embedded systems are:' / '1. cars' / '2. industrial control
    # systems' / '3. mars rovers' was asked 'Which three points finish the sentence
    # ...?': any other examples would do as well.
    _, made = deck(
        "# Real-time system\n\nA real-time system is a computer system that must answer "
        "within a fixed time.\n\nSome examples of real-time systems are:\n\n"
        "1. airbag controllers\n2. pacemakers\n3. flight controls\n"
    )
    assert not any("points finish the sentence" in prompt for prompt in made), made


def test_a_conjunction_before_a_stop_is_a_dropped_link() -> None:
    # '... loaded into a web page's meta tags, visible content, or .The repetition ...'
    _, made = deck(
        "# Cloaking\n\nCloaking is a search engine spam technique in which a page shows "
        "crawlers other content than people, through scripts, redirects, or .It is "
        "against every search engine's rules.\n"
    )
    assert not any(" or ." in answer for answer in made.values()), made
    _, made = deck(
        "# Zip file\n\nA zip file is an archive file format with the .zip extension that "
        "holds one or more compressed files.\n"
    )
    assert made["What is a zip file?"].startswith("An archive file format with the .zip")


def test_a_title_over_its_definition_outranks_a_later_comparison_heading() -> None:
    # 'Dynamic Arrays & Amortized O(1) Append Explained' / 'A dynamic array is an array
    # that grows ...' / ... / 'Capacity vs size': the part's heading took the title.
    entry, made = deck(
        "Ring Buffers & Wraparound Explained\n"
        "A ring buffer is a fixed-size queue whose end wraps round to its start\n"
        "Many logging libraries keep their newest lines in one.\n"
        "Head vs tail\n"
        "A ring buffer keeps two positions:\n- Head - where the next item is written.\n"
        "- Tail - where the next item is read.\n"
    )
    assert entry.title == "Ring buffer"
    assert made["What is a ring buffer?"].startswith("A fixed-size queue whose end wraps")


def test_an_abbreviation_written_out_beside_its_blank_gives_it_away() -> None:
    # '... in conjunction with Service Level Objectives (____) to set specific
    # performance goals.' -> 'SLOs'.
    assert gives_away(
        "Alerts fire when an error budget burns against Recovery Time Objectives (____).",
        "RTOs",
    )
    assert not gives_away("A CDN stores copies of pages close to the readers.", "DNS")


def test_more_of_what_a_copy_lost_or_points_at() -> None:
    # 'An in that generalizes both queues and stacks' (the link 'abstract data type'
    # dropped); '... every node confirms to the below properties.'; a blog's 'Showing
    # posts with label Indirect. Show all posts' as the page's title; 'An error budget is
    # what's left over.'
    entry, _ = deck("Deque\n\nA deque is a queue that takes items in and out at both ends.\n")
    card = next(card for card in cards.generate(entry, []) if card.prompt == "What is a deque?")
    assert copy_faults(card) == []
    for answer in (
        "An in that lets items be added and taken out at either end.",
        "A binary tree where every node keeps to the below properties.",
        "A list of tasks where the order of removal comes from the following rules.",
    ):
        assert copy_faults(replace(card, answer=answer)), answer
    assert copy_faults(replace(card, answer="A queue with an in-place resize.")) == []
    assert definition_of("An error budget is what's left over.") is None
    made = made_or_refused(
        "Showing posts with label Indexed. Show all posts\n\nIndexed addressing\n"
        "Indexed addressing is a way of finding an operand by adding an index register to "
        "a base address.\n"
    )
    assert not any("Showing posts" in prompt for prompt in made), made


def test_what_both_sides_of_a_comparison_say_is_no_clue_to_either() -> None:
    # 'STACK: ... A stack is a collection of elements, which can be stored and retrieved
    # one at a time. Elements are retrieved in reverse order ...' and 'QUEUE: ... A queue
    # is a collection of elements, which can be stored and retrieved one at a time.':
    # 'Which concept is a collection of elements, ...?' had two right answers, and 'What
    # is a stack?' an answer that fits the queue as well.
    made = entries_deck(
        "[lists] what is the basic difference between set and bag?\n\n"
        "SET: Set is defined as a list of values in which no value may repeat\n\n"
        "A set is a collection of values, which can be added and looked up one at a time. "
        "Each value is held only once, so adding it again changes nothing.\n\n"
        "BAG:\n\nBag is a collection of values of one type.\n\n"
        "A bag is a collection of values, which can be added and looked up one at a time. "
        "A value may be held many times, and the bag counts how often.\n"
    )
    assert not any(
        prompt.startswith("Which concept is a collection of values, which") for prompt in made
    ), made
    assert "only once" in made["What is a set?"], made


def test_a_definition_a_few_sentences_into_the_opening_is_found() -> None:
    # A video blog's transcript: 'what is a motherboard' / 'Hello there! My name is ...
    # Now today we are going to talk about "What is a motherboard?" A motherboard is the
    # main circuit board ...' gave nothing.
    made = made_or_refused(
        "what is a router\n\n"
        "Hi everyone and welcome back to the channel! Today's topic came from a viewer. "
        'So, "What is a router?" A router is a device that passes packets between two or '
        "more networks. It reads where each packet is going and picks the next hop.\n"
    )
    assert made.get("What is a router?", "").startswith("A device that passes packets"), made
    # A definition that points back at the sentence before it means nothing alone.
    refused = made_or_refused(
        "| colour keying\n"
        "Video frames often have a green backdrop that an editor wants gone. Colour keying "
        "is the name for this kind of step, and it lets a new background show through.\n"
    )
    assert not any(answer.startswith("This kind") for answer in refused.values()), refused


def test_an_answer_on_the_line_of_its_question_is_kept() -> None:
    # 'SPI (Serial Peripheral Interface)' / 'What is SPI ? SPI (Serial Peripheral
    # Interface) is a synchronous ...': the line was taken as the question only.
    made = made_or_refused(
        "I2C (Inter-Integrated Circuit)\n"
        "What is I2C ? I2C (Inter-Integrated Circuit) is a two-wire serial bus that lets one "
        "controller talk to many small chips on a board. It needs only a clock and a data "
        "line.\n"
    )
    assert made.get("What is I2C?", "").startswith("A two-wire serial bus"), made


def test_where_a_name_is_met_is_not_part_of_it() -> None:
    # 'A Load Balancer in cloud computing is a device that ...' under a nameless gloss gave
    # nothing; 'Encryption in transit is ...' was read as defining 'encryption' (the
    # capital of 'in JavaScript' was checked regardless of case).
    assert definition_of("A message queue in computer science is a buffer for messages.") == (
        Definition("message queue", "", "", "a buffer for messages.")
    )
    found = definition_of("Encryption at rest in cloud computing is the scrambling of stored data.")
    assert found is not None and found.name == "Encryption at rest"
    found = definition_of("Encryption in transit is the scrambling of data while it moves.")
    assert found is not None and found.name == "Encryption in transit"
    found = definition_of("A closure in JavaScript is a function that keeps its scope.")
    assert found is not None and found.name == "closure"
    made = made_or_refused(
        "A service that hands out addresses to the machines of a network as they join.\n"
        "A DHCP server in networking is a server that leases IP addresses to the machines "
        "of a network for a set time. Leases are renewed before they run out.\n"
    )
    assert made.get("What is a DHCP server?", "").startswith("A server that leases"), made


def test_where_a_thing_ranks_is_not_what_it_is() -> None:
    # 'Region selection is one of the first architectural decisions for any cloud
    # deployment.' was asked as 'What is region selection?'.
    made = made_or_refused(
        "Zone\n"
        "A zone is a set of data centres inside one region that fail independently of the "
        "others. Zone placement is one of the first choices of any resilient design. Zones "
        "are joined by fast private links.\n"
    )
    assert "What is zone placement?" not in made, made
    assert made.get("What is a zone?", "").startswith("A set of data centres"), made


def test_pointing_hands_start_list_items_and_a_callback_is_asked_when_it_runs() -> None:
    # '☛ OnStart(): Called when the activity is becoming visible to the user.' was asked
    # as 'What is the ☛ OnStart?' -> 'Called when ...'.
    made = entries_deck(
        "⟩ What are the hooks of a game loop?\n"
        "☛ OnTick(): Called when the clock moves the world on by one step.\n"
        "☛ OnDraw(): Called after every tick, once the world is ready to be painted.\n"
        "☛ OnQuit(): Called when the player closes the window.\n"
    )
    assert made.get("When is OnTick called?") == "When the clock moves the world on by one step."
    assert not any("☛" in prompt for prompt in made), made
    assert not any(prompt.startswith("What is OnDraw") for prompt in made), made


def test_a_label_that_says_which_definition_follows_is_no_name() -> None:
    # Wolfram|Alpha's 'Detailed definition:' gave 'What is Detailed?'; 'A Clear Definition
    # of an Insider Threat' was asked whole.
    made = made_or_refused(
        "Input interpretation:\n\nperfect square | basic definitions\n\n"
        "A whole number that is some whole number times itself.\n\n"
        "Detailed definition:\n\n"
        "A perfect square is an integer n that equals m times m for some integer m. The "
        "first few are 0, 1, 4, 9 and 16.\n"
    )
    assert made.get("What is a perfect square?", "").startswith("An integer n that equals"), made
    assert "What is Detailed?" not in made
    entry, _ = deck(
        "A Simple Definition of a Watering Hole Attack\n\n"
        "A watering hole attack is an attack that plants malware on a site its victims are "
        "known to visit.\n"
    )
    assert entry.title == "Watering hole attack"


def test_another_sense_a_figure_and_a_job_title_are_not_names() -> None:
    # 'A tautology can also refer to a redundant phrase ...' was titled 'Tautology can
    # also'; 'Fig 1 describes the set inclusions ...' was asked as 'What is a fig 1?';
    # 'UX writers work within product teams' as 'What does UX writer?'.
    assert definition_of("A stack can also refer to a pile of plates in a kitchen.") is None
    assert definition_of("Free will is the power to choose between options.") is not None
    assert definition_of("Fig 2 describes the layers of the model as nested boxes.") is None
    made = made_or_refused(
        "Alt text\n\n"
        "Alt text is a short written stand-in for an image, read aloud by screen readers. "
        "QA testers work beside the authors, checking that every image has some.\n"
    )
    assert not any(prompt.startswith("What does QA tester") for prompt in made), made


def test_how_well_known_a_thing_is_or_what_it_resembles_is_not_what_it_is() -> None:
    # 'Baiting is another sibling to phishing.', 'The Cross-Site Request Forgery is a
    # relatively unknown and misunderstood attack', 'The lambda calculus is in many ways
    # the prototype for all programming languages', 'Information is sent via the
    # Internet ...' were all answers to 'What is X?'.
    for page in (
        "Vishing\n\nVishing is another sibling to phishing. It arrives by phone.\n",
        "Clickjacking\n\nClickjacking is a relatively unknown and misunderstood attack, often "
        "mixed up with phishing.\n",
    ):
        made = made_or_refused(page)
        assert not any(prompt.startswith("What is") for prompt in made), made
    assert definition_of("Telemetry is sent via the network to a vendor's server.") is None
    made = made_or_refused(
        "What is the Turing machine?\n"
        "From a lecture on computability at a large university: The Turing machine is an "
        "abstract machine that reads and writes symbols on an endless tape by a table of "
        "rules. The Turing machine is in many ways the model for every computer built "
        "since.\n"
    )
    assert made.get("What is the Turing machine?", "").startswith("An abstract machine"), made
    assert not any("in many ways" in prompt for prompt in made), made
    assert not any("in many ways" in answer for answer in made.values()), made
    # 'a relative unit of measurement' still says what a thing is
    found = definition_of("The neper is a relative unit of measurement of a ratio.")
    assert found is not None and found.name == "neper"


def test_a_featured_term_box_and_a_home_link_are_site_furniture() -> None:
    # 'Term of the Moment' / 'intellectual property' over 'Definition: scareware' titled
    # the page 'Intellectual property'; a 'Home' link between a gloss and 'The tab bar is
    # the primary navigation ...' made that role the answer.
    entry, made = deck(
        "Term of the Moment\n\ndata lake\n\nLook Up Another Term\n\n"
        "Redirected from: fake update\n\nDefinition: scarecrow update\n\n"
        "A pop-up that pretends a program needs an urgent update so that the user installs "
        "a harmful one.\n"
    )
    assert entry.title == "Scarecrow update"
    entry, made = deck(
        "UI words picture dictionary\n\nParts\n\nSide drawer\n\n"
        "A panel of destinations that slides in from the edge of the screen over the "
        "content.\n\nHome\n\n"
        "The side drawer is the main navigation on many tablet apps. It holds more "
        "destinations than a bottom bar can.\n"
    )
    assert made.get("What is the side drawer?", "").startswith("A panel of destinations"), made


def test_advice_in_brackets_after_a_fit_option_is_left_out() -> None:
    # 'Apps with one main section (no need for a tab bar)' told the option's side.
    page = (
        "# Carousel\n\nA carousel is a strip of panels shown one at a time.\n\n"
        "## Good for\n\n- Showing a few featured items on a small screen\n"
        "- Galleries of photos that people swipe through\n\n"
        "## Not for\n\n- Key content that everyone must see (put it on the page itself)\n"
        "- Long lists of products (use a grid)\n"
    )
    cards_made = cards.generate(parse(page, "carousel.md"), [])
    fits = [card for card in cards_made if card.kind is cards.CardKind.FIT]
    assert fits
    for card in fits:
        assert not any("(" in option for option in card.options), card.options


def test_a_button_line_and_an_other_name_sentence_before_the_gloss() -> None:
    # Webopedia: 'Click here' / 'backdoor' / 'Also called a trapdoor. An undocumented way
    # of gaining access ...' gave nothing.
    entry, made = deck(
        "Click here\n\nkeylogger\n\nAlso called a keystroke recorder. A program that quietly "
        "records every key a user presses and sends the record to someone else.\n"
    )
    assert entry.title == "Keylogger"
    assert made.get("What is Keylogger?", "").startswith("A program that quietly records"), made


def test_a_title_that_adds_the_kind_its_definition_names() -> None:
    # 'What is the Zero Trust Security Model?' / 'Zero Trust is a security model that ...'
    # gave no card: the definition names the title without its kind.
    _, made = deck(
        "What is the Least Privilege Principle?\n"
        "Least Privilege is a principle that gives each user and program only the access "
        "its task needs, and nothing more.\n"
    )
    assert made.get("What is the Least Privilege Principle?", "").startswith(
        "A principle that gives each user"
    ), made


def test_a_lowercase_question_takes_the_capitals_the_page_writes() -> None:
    # 'What is vpn' over 'Virtual private network(VPN): ...' was titled 'Vpn'.
    entry, _ = deck(
        "What is ids\n"
        "An intrusion detection system (IDS) is a tool that watches a network for signs "
        "of an attack and raises an alert when it finds one.\n"
    )
    assert entry.title == "IDS"


def test_run_together_crumbs_a_likeness_and_an_unclosed_other_name() -> None:
    # 'home/glossary/Intrusion detection system (IDS)' was taken for the title; 'A common
    # comparison is the footprints you leave ...' titled a page; 'A digital footprint,
    # sometimes called a digital dossier refers to ...' (the comma never closed) was no
    # definition.
    assert definition_of("A common comparison is a trail of footprints left on a beach.") is None
    found = definition_of(
        "A shadow profile, sometimes called a ghost profile refers to the data a site keeps "
        "on people who never signed up."
    )
    assert found is not None and found.name == "shadow profile"
    entry, made = deck(
        "home/glossary/Honeypot\n\nHoneypot\n\n"
        "A honeypot is a decoy system set up to draw attackers away from real ones and to "
        "study how they work.\n"
    )
    assert entry.title == "Honeypot"
    assert made.get("What is a honeypot?", "").startswith("A decoy system")


def test_a_link_picture_a_site_blurb_and_a_blank_inside_the_title() -> None:
    # 'is an 📝Artificial Intelligence (AI) based ... technique'; 'This is a PerfectNotes
    # study guide ...' as what the page's concept is; 'Deepfake, a portmanteau of
    # "____" and "fake"' (deep learning) under the header 'Deepfake'.
    _, made = deck(
        'Vlog\n\nVlog, a blend of "video" and "blog", is a 📝Website format in which '
        "each post is a video instead of text.\n"
    )
    assert made.get("What is Vlog?", "").startswith("A Website format"), made
    assert not any("📝" in answer or "📝" in prompt for prompt, answer in made.items())
    assert not any("____" in prompt for prompt in made), made
    refused = made_or_refused(
        "What is Hashing and Salting?\n"
        "This is a QuickNotes study guide, also known as QN Notes. QuickNotes gives free "
        "notes for students.\n"
    )
    assert not any("study guide" in answer for answer in refused.values()), refused


def test_a_takeaway_equation_is_said_of_its_own_left_side() -> None:
    # 'Data Protection = technical security ... Data Privacy = legal rights' under 'Data
    # Protection and Privacy' made both true of the page's title.
    made = made_or_refused(
        "# Backup and Archive\n\nA backup and an archive both keep copies of data.\n\n"
        "## Key takeaways\n\n"
        "- Backup Copy = a recent copy kept to restore lost data\n"
        "- Archive = the old data moved out of daily use and kept for years\n"
    )
    statements = [prompt for prompt in made if prompt.startswith("True or false:")]
    assert "True or false: archive is the old data moved out of daily use and kept for years." in (
        made
    ), made
    assert not any("backup and archive is" in prompt.lower() for prompt in statements), statements


def test_a_reference_sites_advertisement_label_is_no_term() -> None:
    # Techopedia: 'Advertisements' between two paragraphs, and again above the author's
    # box, made the page a glossary of 'Advertisements' and 'Techopedia Explains
    # Proprietary Software'.
    made = entries_deck(
        "Shareware\n\nWhy Trust TechWords\n\nWhat Does Shareware Mean?\n\n"
        "Shareware is software given away to try for a while, after which the user is asked "
        "to pay. The user may pass it on to others.\n\nAdvertisements\n\n"
        "Shareware may also be called trialware or demoware.\n\n"
        "TechWords Explains Shareware\n\n"
        "Shareware is mostly sold by small firms that cannot pay for shops.\n\n"
        "Advertisements\n\nRelated Terms\n\nJane Roe\nTech Writer\nJane Roe\nTech Writer\n\n"
        "Jane is a writer who has explained computing to readers for twenty years.\n"
    )
    assert "What are Advertisements?" not in made, made
    assert made.get("What is Shareware?", "").startswith("Software given away to try"), made


def test_what_a_thing_differs_from_or_abbreviates_is_not_what_it_is() -> None:
    # 'An excel workbook is different from excel worksheet.' and 'SVG is the abbreviation
    # of Scalable Vector Graphics that ...' were the answers to 'What is X?'.
    made = made_or_refused(
        "A git tag is different from a git branch. Many newcomers mix them up.\n\n"
        "A git tag is a fixed name for one commit, usually a release.\n"
    )
    assert made.get("What is a git tag?", "").startswith("A fixed name for one commit"), made
    assert not any(prompt.startswith("Which concept is different") for prompt in made), made
    made = made_or_refused(
        'What is "png"\n'
        "PNG is the abbreviation of Portable Network Graphics, which is how the name reads "
        "in full. It is a raster image format that compresses without losing detail.\n"
    )
    assert made.get("What is PNG?", "").startswith("A raster image format"), made


def test_a_short_name_in_capitals_is_the_entry_not_another_term() -> None:
    # 'RGB is a convenient color model for computer graphics because ...' under 'RGB color
    # model' was asked as a second 'What is RGB?'.
    _, made = deck(
        "CMYK color model\n\n"
        "The CMYK color model is a subtractive model in which cyan, magenta, yellow and "
        "black inks are laid over white paper. CMYK is a practical color model for print "
        "because presses lay down exactly those four inks.\n"
    )
    assert "What is CMYK?" not in made, made


def test_an_items_number_said_twice_and_a_comparison_title_ending_in_a_stop() -> None:
    # '1. 1Data Collection: ...' kept the glued number as the item's first word; the title
    # line 'Differences between Star and Snowflake Schema.' was passed over for 'The query
    # execution time is slow ...', asked as 'What is the query execution time?'.
    _, made = deck(
        "What is a Data Swamp?\n\nA data swamp is a data lake that has lost its order.\n\n"
        "How It Happens\n\n"
        "  1. 1Dumping: Teams load files with no description.\n"
        "  2. 2Drift: Formats change with no record of when.\n"
        "  3. 3Neglect: Nobody removes data that is no longer used.\n"
    )
    assert "2. Drift" in made.get("How does a data swamp happen, in three points?", ""), made
    assert not any(re.search(r"\b\d[A-Z]", answer) for answer in made.values()), made
    made = made_or_refused(
        "Differences between Heap and Stack Memory.\n\n"
        "The lookup time is faster as there are fewer steps to follow.\n\n"
        "Heap memory is a region of memory that a program asks for while it runs.\n"
    )
    assert not any("lookup time" in prompt.lower() for prompt in made), made
    assert made.get("What is Heap memory?", "").startswith("A region of memory"), made


def test_what_the_letters_stand_for_in_a_comma_aside() -> None:
    # 'Understanding the CSV format' / 'CSV, which stands for comma-separated value, is a
    # file format used to store tabular data.' gave nothing: the aside's 'stands for' was
    # taken for a sentence that only spells a name out.
    found = definition_of(
        "TSV, which stands for tab-separated values, is a text format that keeps one record "
        "per line."
    )
    assert found == Definition(
        "TSV", "tab-separated values", "TSV", "a text format that keeps one record per line."
    )
    assert definition_of("TSV stands for tab-separated values is a format.") is None
    _, made = deck(
        "Understanding the TSV format\n"
        "TSV, which stands for tab-separated values, is a text format that keeps one record "
        "per line, its fields parted by tabs.\n"
    )
    assert made.get("What does TSV stand for?") == "Tab-separated values", made


def test_a_verb_keeps_its_of_and_a_quality_is_asked_what_it_means() -> None:
    # 'It typically consists of three main phases: ...' was asked 'What does a game loop
    # typically consist?' -> 'Of three main phases ...'; 'Lock-free' was asked 'What is a
    # lock-free?'.
    _, made = deck(
        "render loop\n"
        "A render loop is the part of a program that draws a new frame again and again. It "
        "typically consists of two main steps: clearing the screen and drawing each object.\n"
    )
    assert made.get("What does a render loop typically consist of?", "").startswith(
        "Two main steps"
    ), made
    _, made = deck(
        "wait-free\n"
        '"Wait-free" refers to a kind of concurrent design in which every thread finishes '
        "its step in a bounded number of moves, whatever the others do.\n"
    )
    assert "What does wait-free mean?" in made, made
    assert "What is a wait-free?" not in made, made


def test_a_dictionarys_pronunciation_and_part_of_speech_are_not_the_sense() -> None:
    # hyperdictionary: 'Meaning of DEADLOCK' / 'Pronunciation: 'ded`lâk' was the answer to
    # 'What is deadlock?'; under it WordNet's '[n]  a situation in which ...'.
    _, made = deck(
        "Meaning of LIVELOCK\n\nPronunciation:  'liv`lak\n\nWordNet Dictionary\n"
        "[n]  a state in which processes keep changing state in answer to each other "
        "without any of them making progress\n\nTwo threads in a livelock look busy.\n"
    )
    assert made.get("What is a livelock?", "").startswith("A state in which processes"), made


def test_an_abbreviation_glued_to_its_name_in_a_glossary_head() -> None:
    # ICANN: 'top-level domainTLD' over its gloss was asked 'What is Top-level domainTLD?'.
    entry, _ = deck(
        "  • second-level domainSLD\n\n"
        "    The part of a domain name just left of the top-level domain, such as the name a "
        "company registers.\n"
    )
    assert entry.title == "Second-level domain (SLD)"
    assert "SLD" in entry.aliases


def test_a_blank_inside_an_address_and_a_clue_that_is_only_a_count() -> None:
    # 'The anatomy of a web address issubdomain.domain.____' (tld) was asked once 'TLD'
    # became a concept of the corpus; 'What does YARN comprise?' -> 'Of three major
    # components.', and then 'Which concept comprises of three major components?'.
    from cards.makers.blanks import _IN_A_DOTTED_NAME

    assert _IN_A_DOTTED_NAME.search("read from the right: issubdomain.domain.____, and so on")
    assert _IN_A_DOTTED_NAME.search("a host such as ____.example.com")
    assert not _IN_A_DOTTED_NAME.search("The last label is the ____. It names the zone.")
    _, made = deck(
        "YARN\n\nYARN is the resource manager of Hadoop. YARN comprises of three major "
        "components.\n\nThe ResourceManager runs on the master node.\n"
    )
    assert not any("three major components" in prompt for prompt in made), made
    assert not any(answer.startswith("Of ") for answer in made.values()), made


def test_an_encyclopedias_search_box_and_a_line_wrapped_after_their() -> None:
    # PCMag: 'Search:       Browse the index' / 'Definition of: popup blocker' was asked as
    # 'What is Search: Browse the index?'; a hard wrap after 'in defining their' cut the
    # answer to 'What is density-independent pixel?' there.
    entry, made = deck(
        "PC Magazine encyclopedia\nSearch:       Browse the index\n\n"
        "Definition of: ad blocker\n\n"
        "A utility that stops advertisements on Web pages from loading. It keeps a list of "
        "the servers that send them.\n"
    )
    assert entry.title == "Ad blocker"
    assert made.get("What is an ad blocker?", "").startswith("A utility that stops"), made
    _, made = deck(
        "Scale-independent point (sp)\n"
        "A virtual text unit that applications can use in sizing their\n"
        "UI,to follow the reader's chosen\n"
        "font size on any screen.The scale-independent point is equal to one density point "
        "at\nthe default font setting,the size\nthe platform starts from (as described\n"
        "further on in this page). At run time,\nthe platform quietly applies any\n"
        "scaling of the sp units needed,based\non the font size the reader picked in\n"
        "settings. The conversion of sp units to\nscreen pixels is easy: pixels = sps\n"
    )
    answer = next((a for p, a in made.items() if p.startswith("What is")), "")
    assert "sizing their UI" in answer, made


def test_a_law_stated_in_its_field_over_the_parts_it_names() -> None:
    # Data Engineering Hub: 'The CAP theorem in computer science states that it's impossible
    # ... the three following guarantees:' over '- Consistency: ...' was read as a
    # glossary of three common words, each asked without the theorem ('What is
    # consistency?'); the theorem itself was asked nothing.
    made = entries_deck(
        "Brooks's Law\n"
        "Brooks's law in software engineering states that adding people to a late project "
        "delays it further, for the three following reasons:\n"
        "- Ramp-up: Newcomers need weeks of help from the team before their work speeds "
        "anything up at all\n"
        "- Communication: Every new person adds paths that messages must travel between the "
        "members of a team\n"
        "- Division: Some tasks cannot be split, so more hands do not make them finish any "
        "sooner than before\n"
    )
    assert not any("ramp-up" in prompt.lower() for prompt in made), made
    assert made.get("What does Brooks's Law state?") == (
        "That adding people to a late project delays it further, for the three following "
        "reasons: ramp-up; communication; division."
    ), made


def test_a_function_in_capitals_named_by_what_it_does_on_a_page_with_no_title() -> None:
    # massapi: 'Implementation of the VLOOKUP() function.' over 'VLOOKUP finds a row in a
    # lookup table by ...' was refused as a page with no title; a sentence that opens
    # with the name and what it does was answered whole, the name again in the answer
    # ('What is GitOps?' -> 'GitOps manages infrastructure ...').
    made = entries_deck(
        "How the HLOOKUP() function is built.\n"
        "HLOOKUP finds a column in a table by the value in its top row and returns a value "
        "from a row below it.\n"
        "Syntax:\nHLOOKUP(key, range, row_index)\n"
        "key The value HLOOKUP looks for in the top row.\n"
    )
    assert made.get("What does HLOOKUP do?") == (
        "Finds a column in a table by the value in its top row and returns a value from a "
        "row below it."
    ), made
    made = entries_deck(
        "# Critical path method\n\n"
        "The critical path method (CPM) finds the longest chain of dependent tasks in a "
        "project, which sets the soonest it can end.\n"
    )
    assert made.get("What does the critical path method do?", "").startswith(
        "Finds the longest chain"
    ), made


def test_a_command_named_in_lower_case_on_a_line_of_its_own_starts_its_sentence() -> None:
    # Ask Ubuntu wiki: '... It is provided by the findutils package' / 'xargs is a command
    # for constructing ...' was joined as one wrapped sentence, and the page titled by a
    # later line, its definition lost; a page wrapped by hand still joins 'the
    # significance' / 'level is the criterion ...'.
    made = entries_deck(
        "A tool that builds a command line from what it reads on standard input, so each "
        "result of a search can be acted on. It ships in the findutils package\n"
        "xargs is a command that runs another command with arguments read from standard "
        "input.\n"
        "Pipes are the usual way to feed xargs its words.\n"
        "xargs is shipped by the findutils package on most systems.\n"
    )
    assert made.get("What is xargs?") == (
        "A command that runs another command with arguments read from standard input."
    ), made
    made = entries_deck(
        "Significance Level\nIn\nhypothesis testing, the significance\n"
        "level is the threshold a p-value is compared\nwith to reject the null hypothesis. "
        "It is\nchosen before the data are seen, and the\ncommon choices are 0.05 and 0.01, "
        "though a\nfield may ask for a stricter one when a\nfalse alarm would cost a lot "
        "more than a\nmissed finding.\n"
    )
    assert made.get("What is the significance level?", "").startswith("The threshold"), made


def test_a_command_named_after_its_kind_and_a_dictionary_sense_after_its_labels() -> None:
    # UMCS: 'The name grep is short for ...' titled the page 'Name grep', and 'The
    # command grep is a UNIX filter ...' defined 'command grep'; English Reference:
    # 'n. countable C1 ... //ækˌsɛɫɝ...// ac·celerom·e·ter' over 'n. a small electronic
    # device ...' was refused.
    made = entries_deck(
        "The name sed is short for stream editor. The command sed is a UNIX filter that "
        "edits text as it flows through a pipe.\n"
        "Each script line names an address and an action.\n"
    )
    assert made.get("What is sed?", "").startswith("A UNIX filter that edits text"), made
    made = entries_deck(
        "gyroscope\n"
        "n. countable C1 Advanced US //dʒaɪˈrɑskoʊp// UK //ˈdʒaɪrəskəʊp// gy·ro·scope\n"
        "n. a small device that senses how fast something turns about an axis.\n"
        "Phones use a gyroscope to keep a map pointing the right way.\n"
    )
    assert made.get("What is a gyroscope?", "").startswith("A small device that senses"), made


def test_a_page_with_no_title_that_defines_its_subject_a_sentence_or_two_in() -> None:
    # Techevolvo: 'Having Git repositories as a single source of truth ... Argo CD is a
    # declarative, GitOps continuous delivery tool for Kubernetes.' was refused; an
    # instance ('Z-scores are an example of standard scores') or a sentence opening
    # 'E.g.' names no page.
    made = entries_deck(
        "Keeping every cluster's settings in Git makes each change visible. Flux CD is a "
        "continuous delivery tool for Kubernetes that applies what the repository holds. "
        "Flux CD watches branches and tags.\n"
    )
    assert made.get("What is Flux CD?", "").startswith("A continuous delivery tool"), made
    assert not entries_deck(
        "Scores set against a known mean are standard scores. T-scores are an example of "
        "standard scores with a mean of 50. Another one is the stanine.\n"
    ).get("What are T-scores?")


def test_a_card_that_repeats_part_of_the_definitions_answer_is_dropped() -> None:
    # ktdevx: 'What is apt-get?' -> 'One of the older package tools. It allows you to
    # fetch packages ...' and then 'What does apt-get do?' -> 'Allows you to fetch ...'.
    made = entries_deck(
        "# dpkg vs apt\n\ndpkg is one of the oldest package tools of Debian. It allows you "
        "to install, remove and list the .deb files kept on a system, one file at a time.\n\n"
        "apt is one of the newer package tools. It allows you to fetch packages from the "
        "network and settle what they depend on.\n"
    )
    said = [answer for answer in made.values() if "install, remove and list" in answer]
    # (what it does, once: 'one of the oldest ...' is a remark on its age, no definition)
    assert len(said) == 1 and said[0].startswith("Allows you to install"), made


def test_what_a_thing_has_is_changing_or_how_widely_it_is_used_is_not_what_it_is() -> None:
    # 'RTOS has a widespread use today ...', 'The Internet of Things (IoT) is transforming
    # how we interact ...' and 'Crystal oscillator is the one of the most widely used
    # oscillator in ...' were each asked 'What is X?'.
    for title, opening in (
        ("RTOS", "RTOS has a wide use today, from cars to pacemakers."),
        ("IoT", "The Internet of Things (IoT) is changing how homes and factories work."),
        ("Quartz clock", "Quartz clock is the one of the most widely used timer in boards."),
    ):
        _, made = deck(f"# {title}\n\n{opening}\n\nIt needs little power.\n")
        said = opening.split(" ", 2)[-1][:12]
        assert not any(said in answer for answer in made.values()), made


def test_a_search_suggestion_a_level_label_and_a_question_led_on_by_but_first() -> None:
    # Brainly: 'You mean potentiometer?' was asked; AIOps Community: 'Github Beginner'
    # titled the GitHub Actions workflow page; HashStudioz: 'But first, what is the
    # Internet of Things?' was asked with its 'But first,', and the name asked 'What are'.
    made = entries_deck(
        "A rheostat is a two-terminal variable resistor used to set a current.\n"
        "You mean rheostat?\nIt is turned by a knob or a slider.\n"
    )
    assert not any("mean" in prompt for prompt in made), made
    made = entries_deck(
        "Docker Beginner\n\nDocker Compose File\n\nDefinition\n\n"
        "A YAML file that describes the containers of an application and how they connect, "
        "so one command starts them all.\n"
    )
    assert any("Docker Compose File" in prompt for prompt in made), made
    made = entries_deck(
        "The Web of Things is changing how devices talk to each other and to us.\n"
        "Keep this glossary near you.\n"
        "But first, what is the Web of Things?\n"
        "The idea of giving everyday objects web addresses so that programs can read and "
        "control them.\n"
    )
    assert any(re.fullmatch(r"What is (?:the )?Web of Things\?", prompt) for prompt in made), made
    assert not any(prompt.startswith("But") for prompt in made), made


def test_a_signatures_quotation_is_not_the_page_and_a_quoted_source_still_is() -> None:
    # Smixe: a man page's footer '"Love is a perky elf ..." - Matt Groening' was asked
    # 'What is Love?'; a definition quoted with its source ('"Immutable infrastructure is
    # ..." - Link') is the page's when the page goes on to name it.
    made = entries_deck(
        "renice: Change the priority of running processes\n"
        "Adjust the niceness of one or more processes by their ids.\n"
        '"Patience is a small dog waiting at a door that nobody will ever open again" - '
        "Ann Author\n"
    )
    assert not any("patience" in prompt.lower() for prompt in made), made
    made = entries_deck(
        '"Serverless computing is a cloud model in which the provider runs the servers and '
        'bills only for the time code runs." - Source\n'
        "With serverless computing a team ships functions, not machines.\n"
    )
    assert made.get("What is serverless computing?", "").startswith("A cloud model"), made


def test_a_heading_that_names_the_thing_with_its_setting_is_no_second_term() -> None:
    # Cheers2Engineering: 'Arduino PWM (Pulse Width Modulation)' over 'The PWM (Pulse Width
    # Modulation) is a technique ...' and 'Duty Cycle -' was split into two terms, and
    # 'What is Arduino PWM?' answered by 'The common use of PWM pins includes ...'.
    made = entries_deck(
        "Raspberry Pi GPIO (General Purpose Input Output)\n"
        "The GPIO (General Purpose Input Output) is a set of pins that a program can switch "
        "on and off or read. A pin driven on and off fast can dim a lamp by how long it "
        "stays on\n"
        "The common use of GPIO pins includes driving LEDs, reading buttons and talking to "
        "sensors.\n"
        "Duty Cycle -\n"
        "The duty cycle of the GPIO signal is shown below:\n"
        "on: It is how long the pin stays HIGH in one period.\n"
        "total: It is how long one whole period lasts, HIGH and LOW together.\n"
        "Duty cycle = on/total\n"
        "The duty cycle is the share of each period that the pin spends HIGH.\n"
    )
    defined = [answer for prompt, answer in made.items() if prompt.startswith("What is")]
    assert defined and defined[0].startswith("A set of pins"), made


def test_answers_that_point_back_or_give_the_writers_taste_and_glued_notices() -> None:
    # 'What is DNF?' -> 'Its successor, offering ...'; 'What does ADD do?' -> 'Lets you
    # do that too, ...'; 'What is SISO ...?' -> 'Probably my favorite go-to-component
    # ...'; '... current surges.Copyright © 1981-2019 by ...' in an answer.
    from cards.rules import problems

    entry, made = deck(
        "# Optical isolator\n\nAn optical isolator is a part that passes a signal between "
        "two circuits as light, keeping them apart electrically. Optical isolators are used "
        "to shield circuits from current spikes.Copyright © 1990-2020 by A Publisher Inc. "
        "All rights reserved.\n"
    )
    assert not any("Copyright" in answer for answer in made.values()), made
    card = next(c for c in cards.generate(entry, []) if c.prompt.startswith("What is"))
    for answer in (
        "Its successor, offering a faster solver.",
        "Lets you do that too, but it also reads archives.",
        "Probably my favorite go-to-component on a board.",
    ):
        assert problems(replace(card, answer=answer)), answer
    assert not problems(card)


def test_a_formulas_symbol_after_the_name_a_clause_over_a_list_and_steps_as_follows() -> None:
    # IUPAC: 'degrees of freedom, \(\nu\)' was asked 'What is a degrees of freedom,?';
    # Circea: 'Some tools use:' over four bullets was asked 'What are the four some tools
    # use?'; David Lane: 'Which concept is used in hypothesis testing as follows: First,
    # ...?'.
    entry, _ = deck(
        "sample variance, \\(s^2\\)\nA measure of spread found by summing the squared "
        "distances of each value from the mean and dividing by one less than the count.\n"
    )
    assert entry.title == "Sample variance"
    _, made = deck(
        "# Shell profile\n\nA shell profile is a file of commands a shell runs when it "
        "starts.\n\nSome shells read:\n\n- a login profile\n- an interactive rc file\n"
        "- a global profile\n"
    )
    assert not any("some shells read" in prompt.lower() for prompt in made), made
    _, made = deck(
        "# Critical value\n\nA critical value is the cut-off a test statistic is compared "
        "with. A critical value is used in a test as follows: First, the statistic is "
        "computed from the sample.\n"
    )
    assert not any("as follows" in prompt for prompt in made), made


def test_a_comparison_that_opens_by_answering_which_of_the_two_to_use() -> None:
    # Datarekha: 'When do you use a t-test versus a z-test?' over 'Use a z-test when ...;
    # use a t-test when ...' was refused: no definition, no sides the page layout read.
    made = entries_deck(
        "When should you use a mutex versus a semaphore?\n"
        "Use a mutex when one thread at a time may hold a resource and the holder must be "
        "the one to free it; use a semaphore when a fixed number of threads may enter at "
        "once, or when one thread signals another.\n"
        "How to think about it\n"
        "Both stop threads from trampling shared state. The choice turns on ownership.\n"
        "mutex\n"
        "Only the thread that locked it may unlock it.\n"
    )
    answer = made.get("When should you use a mutex versus a semaphore?", "")
    assert answer.startswith("Use a mutex when one thread at a time"), made


def test_encyclopedia_copies_a_wrap_after_named_after_a_nested_bracket_and_a_said_as() -> None:
    # Geekboards: 'PageRank is a' / 'link analysis algorithm, named after' / 'Larry Page,
    # used by ...' (a line per link); Sparkthread: '(also confidence testing, ..., build
    # verification test (BVT) and ...)'; Kampuspedia: 'Brand Indicators for Message
    # IdentificationBrand Indicators for Message Identification, or BIMI (/ˈbɪmi/), is ...'.
    made = entries_deck(
        "Dijkstra's algorithm is a\nshortest-path algorithm, named after\n"
        "Edsger Dijkstra, that finds the cheapest route from one\nnode to every other node "
        "of a\nweighted graph whose\nedges have no negative weights. It keeps a\n"
        "priority queue of the nodes to visit next.\n"
    )
    assert made.get("What is Dijkstra's algorithm?", "").startswith(
        "A shortest-path algorithm, named after Edsger Dijkstra, that finds"
    ), made
    made = entries_deck(
        "Canary release (software)\n"
        "In software delivery, a canary release (also canary deployment, staged rollout "
        "(SR) and phased release) is a release to a small share of users first, to catch "
        "faults before everyone gets the change.\n"
    )
    assert made.get("What is a canary release?", "").startswith("A release to a small"), made
    made = entries_deck(
        "Mail Transfer Agent Strict Transport SecurityMail Transfer Agent Strict Transport "
        "Security, or MTASTS (/ˈem.tiː.ɛs.tiː.ɛs/), is a standard that lets a mail domain "
        "demand encrypted delivery to its servers. More text follows here.\n"
    )
    assert made.get("What is MTASTS?", "").startswith("A standard that lets a mail domain"), made


def test_a_name_written_small_that_the_opening_leads_up_to() -> None:
    # Dummies: 'The project requirements ... can be expressed as user stories. A user story
    # is a simple description of ...' was refused: the name has no capital.
    made = entries_deck(
        "The work of a team in an agile process can be understood and expressed as backlog "
        "items. A backlog item is a unit of work small enough to finish within one sprint.\n"
        "Each item also carries an estimate.\n"
    )
    assert made.get("What is a backlog item?", "").startswith("A unit of work small"), made


def test_a_hedged_ranking_an_origin_a_figure_of_speech_and_a_spelled_out_name() -> None:
    # Gemserk: 'Story points are probably the most commonly used estimating unit ...';
    # Konubinix: 'An MVP is a concept from Lean Startup that ...'; NyvoraAI: 'Neural
    # networks are the engine powering the AI revolution.'; Techsky: 'An SPF record is a
    # Sender Policy Framework record.' Each answered 'What is X?'.
    _, made = deck(
        "# Velocity\n\nVelocity is probably the most commonly used planning number among "
        "agile teams. Velocity is the amount of work a team finishes in one sprint.\n"
    )
    assert made.get("What is velocity?", "").startswith("The amount of work"), made
    for opening in (
        "A backlog is a concept from Scrum that lists the work still to do.",
        "A backlog is the heart of the planning process.",
        "A backlog is the engine powering every sprint plan.",
    ):
        _, made = deck(f"# Backlog\n\n{opening}\n")
        assert not made.get("What is a backlog?"), made
    _, made = deck(
        "# DKIM signature\n\nA DKIM signature is a DomainKeys Identified Mail signature.\n"
    )
    assert not made.get("What is a DKIM signature?"), made
    _, made = deck("# Mutex\n\nA mutex is just a lock that one thread holds at a time.\n")
    assert made.get("What is a mutex?") == "A lock that one thread holds at a time.", made


def test_a_sites_resources_label_a_read_count_and_the_mistake() -> None:
    # Innolution: 'Resources' over 'regression testing'; HackerNoon: ' date 2021-11-15 515
    # reads' titled the page; Nontechnical: 'The mistake is never paying it back.' gave
    # 'What is the mistake?'.
    made = entries_deck(
        "Resources\n\nsmoke test\n\nA quick check that the most important functions of a "
        "build work at all, before deeper testing.\n"
    )
    assert made.get("What is a smoke test?", "").startswith("A quick check"), made
    made = entries_deck(
        " date 2022-03-04 1,204 reads\n\nA suite with high branch coverage runs both sides "
        "of most decisions in the code when its tests run.\n"
    )
    assert not any("reads" in prompt for prompt in made), made
    made = entries_deck(
        "Cutting a corner to ship is fine. The mistake is never going back to it. Debt you "
        "ignore grows.\n"
    )
    assert "What is the mistake?" not in made, made


def test_the_stages_of_one_thing_are_not_asked_each_as_a_word_alone() -> None:
    # Manual Testing Learn: 'So What is Defect Life Cycle ?' over 'New : Tester found new
    # bug ...', 'Open : Team Lead open this bug ...' gave 'What is new?', 'What is open?'
    # (ten cards, none sound); Jody Paul's 'Waterfall Model' phases gave 'What is coding?'
    # -> 'A complete, verified set of program components.'. A glossary of everyday words
    # on a page that is not named for a stage list keeps its terms.
    made = entries_deck(
        "So What is Ticket Life Cycle ?\n"
        "New : A tester logs a new ticket and tells the lead .\n"
        "Open : The lead will open the ticket and hand it to an agent .\n"
        "Pending : The agent keeps it pending until the customer answers .\n"
        "Solved : Once the fix works the ticket is solved by the agent .\n"
        "Closed : After a quiet week the desk has closed the ticket for good .\n"
    )
    asked_alone = r"What is (?:an? )?(?:new|open|pending|solved|closed)\?"
    assert not any(re.match(asked_alone, prompt) for prompt in made), made
    made = entries_deck(
        "Networking words\n\n"
        "Latency: The time a message takes to cross a network from one end to the other.\n"
        "Bandwidth: How much data a link can carry each second.\n"
        "Jitter: How much the latency of messages varies from one to the next.\n"
        "Throughput: How much data actually gets through a link each second.\n"
    )
    assert made.get("What is latency?", "").startswith("The time a message takes"), made


def test_an_acronym_spelled_out_then_glossed_and_a_question_that_lost_its_mark() -> None:
    # Kantox: 'IBAN is the acronym for an International Bank Account Number, a universally
    # recognised alphanumeric code ...' defined nothing, and 'comprises up to 32 ...' was
    # asked 'What does IBAN comprise up?'; Askan: 'what is inode in linux' over 'In Linux
    # and other Unix-like operating systems, an inode (index node) is ...' was titled
    # 'Inode in linux' and answered by a later sentence.
    made = entries_deck(
        "bank identifier code (bic)\n\n"
        "BIC is the acronym for a Bank Identifier Code, a short code of letters and digits "
        "that names one bank in international payments.\n\n"
        "A BIC comprises up to 11 characters, starting with four letters for the bank.\n"
    )
    defined = [a for p, a in made.items() if re.fullmatch(r"What is (?:a )?BIC\?", p)]
    assert defined and defined[0].startswith("A short code of letters and digits"), made
    assert made.get("What does BIC stand for?") == "Bank Identifier Code", made
    assert not any("comprise up" in prompt for prompt in made), made
    made = entries_deck(
        "what is cgroup in linux\n"
        "In Linux and other Unix-like operating systems, a cgroup is a group of processes "
        "whose use of CPU time and memory the kernel limits together. Here's a list of what "
        "it holds:\n"
        "1. **Limits**: Cgroups are set through files under /sys.\n"
    )
    assert made.get("What is a cgroup?", "").startswith("A group of processes"), made


def test_steps_by_number_clause_words_roles_and_places_are_not_names() -> None:
    # Mindomo: 'Step 1 - Power Good' over 'You turn the computer on.' was asked 'What is
    # Step 1 - Power Good?'; 'revenue recognized when cash is collected' gave 'What is
    # revenue recognized when cash?'; 'The primary role is to serve as a conduit ...',
    # 'Such a function is called recursive', 'The recursive call is at the end of the
    # function' and 'What about BIC codes?' were each asked.
    made = entries_deck(
        "Boot Process\n\nStep 1 - Power On\n\nYou press the button on the front.\n\n"
        "Step 2 - Self Test\n\nThe firmware checks the memory and the disks first.\n\n"
        "Step 3 - Loader\n\nThe firmware hands over to the loader on the boot disk.\n"
    )
    assert not any(prompt.startswith("What is Step") for prompt in made), made
    for text in (
        "# Accrual basis\n\nUnder the accrual basis, revenue recognized when earned is "
        "the rule for every sale.\n",
        "# Payment processor\n\nThe primary role is to move card data between the shop "
        "and the banks.\n",
        "# Tail call\n\nThe tail call is at the end of the function, just before it returns.\n",
    ):
        made = entries_deck(text)
        assert not any(
            re.match(r"What is (?:the )?(?:revenue|primary role|tail call)", prompt)
            and not answer[:1].isupper()
            for prompt, answer in made.items()
        ), made
        assert "What is revenue recognized when earned?" not in made, made
        assert "What is the primary role?" not in made, made
        assert "What is the tail call?" not in made, made
    made = entries_deck(
        "# SWIFT code\n\nA SWIFT code is a short code that names a bank in international "
        "transfers.\n\n## What about BIC codes?\n\nBIC codes are the same codes under "
        "another name.\n"
    )
    assert not any(prompt.startswith("What about") for prompt in made), made


def test_what_a_thing_is_going_to_do_or_how_much_it_matters_is_not_what_it_is() -> None:
    # Nex: 'Payment gateways are instrumental in ensuring ...'; Mindomo: 'The power supply
    # is going to taste the power ...'; Sde: 'Immutability is a powerful and simple
    # concept ...': each answered 'What is X?'.
    for title, opening in (
        ("Card network", "Card networks are instrumental in ensuring that payments clear."),
        ("Boot loader", "The boot loader is going to read the kernel from the disk."),
        ("Purity", "Purity is a powerful and simple concept that is strangely underused."),
    ):
        made = entries_deck(f"# {title}\n\n{opening}\n")
        said = opening.split(" ", 3)[-1][:14]
        assert not any(said in answer for answer in made.values()), made


def test_rows_of_a_comparison_table_read_as_text_are_no_glossary() -> None:
    # 'Operation: GET Method: Used to retrieve ...' row after row gave eight 'What is
    # operation?' cards whose answers were one side's cell.
    made = entries_deck(
        "Tabs indent by a whole level, spaces by one column, and editors treat them apart.\n"
        "Width: Tab Key: Shown as wide as the editor's setting says.\n"
        "Spaces Key: Always one column wide, in any editor.\n"
        "Alignment: Tab Key: Lines up only at the editor's stops.\n"
        "Spaces Key: Lines up at any column you like.\n"
        "Size: Tab Key: One byte for a whole level of indentation.\n"
        "Spaces Key: One byte for every column of indentation.\n"
        "Habit: Tab Key: Usual in Go and in Makefiles, which require it.\n"
        "Spaces Key: Usual in Python, whose style guide asks for four.\n"
    )
    assert not [prompt for prompt in made if prompt.startswith("What is")], made


def test_a_quality_after_less_or_more_or_a_word_of_a_name_is_not_turned_round() -> None:
    made = entries_deck(
        "Telnet\n\n"
        "Telnet is a protocol for logging in to a remote machine's command line.\n\n"
        "Telnet is less secure than SSH because it sends passwords as plain text.\n\n"
        "Telnet can secure nothing it carries, so it is kept to closed test networks.\n\n"
        "Telnet under the GNU General Public License ships with most Unix systems.\n"
    )
    # 'less insecure', 'can insecure' and 'General Private License' were asked as false
    turned = [prompt for prompt in made if prompt.startswith("True or false")]
    assert not turned, made


def test_a_comment_line_over_code_is_no_heading_and_a_subtitle_is_no_title() -> None:
    # A page with shell snippets pasted without their fences: '# Nginx — HTML pages' over
    # 'add_header ...;' was taken for the Markdown title, and the page's real title line
    # kept its subtitle after the dash.
    entry, made = deck(
        "max-age vs s-maxage — The Two Lifetimes Everyone Mixes Up\n\n"
        "Updated May 2026\n\n"
        "max-age sets the lifetime of a response in the browser's own cache. s-maxage sets "
        "the lifetime of a response in shared caches such as a CDN.\n\n"
        "# Nginx — a page cached one hour by the CDN\n"
        'add_header Cache-Control "max-age=60, s-maxage=3600" always;\n'
    )
    assert entry.title == "Max-age vs s-maxage"
    assert "Nginx" not in " ".join(made)


def test_what_a_name_does_not_mean_names_nothing() -> None:
    assert definition_of('no-store does not mean "expire at once".') is None


def test_a_title_asking_what_a_number_means_is_read_for_the_name_below() -> None:
    # 'What Does 443 Mean' titled a page whose first sentence defines 'Port 443'; its
    # 'Why It Matters' heading was asked 'Why does What Does 443 Mean matter?'.
    entry, made = deck(
        "What Does 22 Mean\n\n"
        "Short Answer\n\n"
        "Port 22 is the TCP port a server listens on for SSH logins by default.\n\n"
        "Overview\n\n"
        "Port 22 was given to SSH when the protocol first replaced telnet and rlogin.\n"
    )
    assert entry.title == "Port 22"
    assert made["What is port 22?"] == "The TCP port a server listens on for SSH logins by default."


def test_a_headword_over_its_pronunciation_is_the_title_not_the_topic_above() -> None:
    entry, made = deck(
        "Networking Basics\n\n"
        "Round Trip Time\n\n"
        "/raʊnd trɪp taɪm/\n\n"
        "Definition\n\n"
        "The time a packet takes to reach a host and for its reply to come back.\n"
    )
    assert entry.title == "Round Trip Time"
    assert "Networking" not in " ".join(made)


def test_a_remark_on_what_else_the_name_is_is_left_out_of_the_answer() -> None:
    _, made = deck(
        "What is HSTS?\n\n"
        "HSTS is a response header that makes browsers use only HTTPS for a site — it's "
        "also one of the hardest acronyms to say aloud.\n"
    )
    answer = "A response header that makes browsers use only HTTPS for a site."
    assert made["What is HSTS?"] == answer


def test_labelled_points_on_the_pages_question_are_not_terms() -> None:
    # 'What is an index in a database?' over '**Fast Lookups**: Indexes create ...' gave
    # 'What are Fast Lookups?' and four more such cards.
    made = entries_deck(
        "What is a cache in a browser?\n\n"
        "Every browser keeps copies of the pages it has fetched before.\n\n"
        "Here is how it helps:\n\n"
        "1. **Quick Repeats**: Caches hand back a page you saw before without asking the "
        "server again, which makes a second visit to the same page feel instant.\n\n"
        "2. **Less Traffic**: Caches save the bytes a second download would cost, which "
        "matters most on metered mobile connections and slow links.\n\n"
        "3. **Offline Reading**: Some pages stay readable from caches with no network at "
        "all, as long as nothing on them needs fresh data from the server.\n\n"
        "4. **Stale Risk**: Keep in mind that cached copies may be older than the page on "
        "the server, so a page that changes often is told to expire quickly.\n"
    )
    assert not [p for p in made if "Quick Repeats" in p or "Stale Risk" in p], made


def test_a_definition_of_heading_names_its_term() -> None:
    # The shape of a comparison site's page: its menu, its name, the pair's heading, a
    # chart run together, then 'Definition of Normalization' over its definition.
    made = entries_deck(
        "• Networking\n  • Programming\n  • Operating System\n\n"
        "Tech Differences\n\nKnow the Technical Differences\n\n"
        "Difference Between Paging and Swapping\n\n"
        "Paging vs SwappingPaging and swapping are the ways an operating system moves memory "
        "out to the disk. The two differ in the size of what they move.\n\n"
        "Paging keeps a process running with only some of its pages in memory.\n\n"
        "Content: Paging Vs Swapping\n\n  1. Comparison Chart\n  2. Definition\n\n"
        "Comparison Chart\n\nBasis for comparisonPagingSwapping\n"
        "BasicPaging is the way of moving fixed-size pages between memory and disk.Swapping "
        "is the way of moving whole processes between memory and disk.\n"
        "UnitA pageA process\n\n"
        "Definition of Paging\n\n"
        "Paging is the method of splitting memory into blocks of one size. It lets the "
        "system place a process in memory that is not contiguous.\n"
    )
    assert made["What is paging?"].startswith("The method of splitting memory"), made
    assert not [prompt for prompt in made if "Definition of" in prompt], made


def test_a_link_glued_to_the_name_is_no_title() -> None:
    made = made_or_refused(
        "https://example.org/wiki/Cross_join ... cross_joinCross join\n"
        "The result of a cross join pairs every row of one table with every row of the "
        "other, whatever their values.\n"
    )
    assert not [prompt for prompt in made if "://" in prompt], made


def test_each_letter_has_one_meaning_is_no_dictionary_head() -> None:
    entry, made = deck(
        "The ACID properties are four guarantees a database gives its transactions.\n"
        "Each letter has one meaning:\n"
        "A transaction happens whole or not at all.\n"
        "A transaction leaves the data valid.\n"
    )
    assert entry.title == "ACID properties"
    answer = "Four guarantees a database gives its transactions."
    assert made["What are the ACID properties?"] == answer


def test_a_category_line_over_a_comparison_is_not_its_title() -> None:
    # 'Design patterns comparison' titled a 'Dependency Injection vs Service Locator' page
    # and was asked 'What is a design patterns comparison?'.
    entry, made = deck(
        "Architecture comparison\n\n"
        "Monolith vs Microservices\n\n"
        "Both styles answer one question: how should an application be split for "
        "deployment?\n\n"
        "TL;DR\n\n"
        "  • Monolith — the whole application is built and shipped as one unit.\n"
        "  • Microservices — each part of the application is built and shipped on its own.\n"
    )
    assert entry.title == "Monolith vs Microservices"
    assert not [prompt for prompt in made if "comparison" in prompt], made


def test_a_question_asking_for_the_definition_in_a_word_is_the_definition_card() -> None:
    # 'Q. Coupling definition?' was asked beside 'What is coupling?' with another answer.
    _, made = deck(
        "Q. Cohesion definition?\n\n"
        "Cohesion refers to how closely the parts of one module belong together.\n\n"
        "Cohesion in software design measures how much the code in a module serves one "
        "purpose. High cohesion makes a module easier to read and to change.\n"
    )
    assert made["What is cohesion?"] == "How closely the parts of one module belong together."
    assert "Q. Cohesion definition?" not in made


def test_a_quotation_mid_page_is_cut_without_the_title_above_it() -> None:
    # A page run on without blank lines: its title and definition, then a quotation and
    # its author's line. The whole top was taken for the epigraph and the page refused.
    _, made = deck(
        "Coupling\n"
        "Coupling is the degree to which one module depends on another.\n"
        "Modules with low coupling can be changed one at a time.\n"
        "“Coupling is what makes a change in one place ripple out to others. Keep it low "
        "and each module can be understood on its own terms.” A textbook author\n"
        "— Jan Kowal\n"
        "This is a basic design principle.\n"
    )
    assert made["What is coupling?"] == "The degree to which one module depends on another."


def test_a_dictionarys_numbered_senses_on_one_line_give_the_first() -> None:
    _, made = deck(
        "dead code\n\n"
        "1. A term used to describe code that is compiled and shipped but never run by any "
        "path of the program. 2. A metaphor for features nobody uses any more. See also "
        "unreachable code.\n"
    )
    asked = [answer for prompt, answer in made.items() if prompt.endswith(" dead code?")]
    assert asked == ["Code that is compiled and shipped but never run by any path of the program."]


def test_an_expansion_in_quotes_then_which_is_defines_both() -> None:
    _, made = deck(
        'CSP stands for "Content Security Policy," which is a response header that tells '
        "the browser which sources a page may load scripts from.\n"
        "A strict CSP stops most cross-site scripting attacks.\n"
    )
    assert made["What is CSP?"] == (
        "A response header that tells the browser which sources a page may load scripts from."
    )
    assert made["What does CSP stand for?"] == "Content Security Policy"


def test_what_occurs_when_is_its_definition_whatever_the_when_clause_holds() -> None:
    # 'Mixed content occurs when HTML is loaded ...': the clause's 'is' made the whole
    # opening read as a name, and the page was refused.
    entry, made = deck(
        "Dealing with the problem of “clock skew” in a cluster\n"
        "Clock skew occurs when one clock is ahead of another in a cluster, so that events "
        "logged on each machine cannot be put in order.\n"
        "It grows slowly unless the machines sync their clocks.\n"
    )
    assert entry.title == "Clock skew"
    asked = [answer for prompt, answer in made.items() if prompt.endswith(" clock skew?")]
    assert asked[0].startswith("When one clock is ahead of another"), made


def test_the_letters_spelled_out_under_the_pages_question_are_another_name() -> None:
    # ('What is CORS ?' / its votes / 'Cross-origin resource sharing' / 'CORS defines ...'
    # was refused: the spelled-out line was taken for an empty section's heading)
    entry, made = deck(
        "What is CSRF ?\n"
        "14\n"
        "Cross-site request forgery\n"
        "CSRF makes a logged-in browser send a request the user never meant to send, from "
        "another site.\n"
    )
    assert "Cross-site request forgery" in entry.aliases
    assert made["What does CSRF stand for?"] == "Cross-site request forgery"


def test_a_longer_names_letters_in_brackets_are_no_field() -> None:
    _, made = deck(
        "Relational database (RDBMS)\n\n"
        "A relational database is a collection of tables whose rows are linked by keys.\n"
    )
    assert "What is a relational database?" in made, made


def test_a_qa_pages_answer_label_is_no_title() -> None:
    # 'Answer' over a comparison of stored procedures and functions was asked 'What is
    # Answer?'; its points, a wrapped line cut each, gave the page no other title.
    made = made_or_refused(
        "Answer\n"
        "Stored views and plain tables both hold rows, but they behave differently inside a "
        "database.\n"
        "Stored views:\n"
        "- Primarily designed to save a query: joins, filters, column picks.\n"
        "- Can be read like a table by any query.\n"
        "- Cannot be directly used in\n"
        "INSERT,UPDATE, orDELETEstatements in most cases. - Commonly used to hide columns.\n"
        "Plain tables:\n"
        "- Intended for keeping the rows themselves.\n"
        "- Can hold indexes and constraints.\n"
        "In short: views save the question, while tables save the answers.\n"
    )
    assert "What is Answer?" not in made
    assert not [prompt for prompt in made if "Cannot be" in prompt], made


def test_a_lone_bullet_at_the_top_still_titles_the_page() -> None:
    entry, _ = deck(
        "  • time to live\n\n"
        "    The number of seconds a resolver may keep a DNS answer before asking again.\n"
    )
    assert entry.title.casefold() == "time to live"


def test_a_doing_named_before_the_concept_is_not_asked_which_concept() -> None:
    # 'When a group of database actions is made permanent, it is called committing a
    # transaction' was asked '..., it is called committing which concept?'.
    made = entries_deck(
        "Checkpoint\n\n"
        "Database checkpoints\n\n"
        "A checkpoint is a point at which a database writes its changed pages to disk. When "
        "the log grows past its limit and the pages are written at once, it is called "
        "forcing a checkpoint. Checkpoints keep recovery short.\n"
    )
    assert "What is a checkpoint?" in made
    assert not [prompt for prompt in made if "forcing which" in prompt], made


def test_a_pages_references_are_not_asked_as_a_list() -> None:
    _, made = deck(
        "Tree shaking\n\n"
        "Tree shaking is a build step that drops the code a program never imports from the "
        "bundle it ships.\n\n"
        "References\n\n"
        '  1. "A Guide to Smaller Bundles". Example Blog. Retrieved 3 March 2026.\n'
        '  2. Doe, Jan. "Dead code in JavaScript". example.org. Retrieved 3 March 2026.\n'
    )
    assert not [prompt for prompt in made if "reference" in prompt.casefold()], made


def test_points_under_a_why_or_how_heading_are_not_terms() -> None:
    # 'Why use semantic elements?' over 'Clarity: ...', 'Accessibility: ...' gave 'What is
    # clarity?'; 'How it Works' over 'Server: Renders ...' gave 'What does server do?'.
    made = entries_deck(
        "Lazy loading is all about putting off the download of images until the reader "
        "scrolls near them.\n"
        "Why use lazy loading?\n"
        "- \n"
        "Speed: Pages show their first screen sooner, because fewer bytes have to arrive "
        "before the reader sees anything at all.\n"
        "- \n"
        "Savings: Readers who never scroll down never pay for the images below, which "
        "matters on metered mobile plans.\n"
        "- Memory: Phones keep fewer decoded images in memory at once, so long pages scroll "
        "without stutter.\n"
    )
    asked = [prompt.casefold() for prompt in made]
    assert not [p for p in asked if p.startswith(("what is speed", "what are savings"))], made
    assert not [p for p in made if "memory?" in p.casefold()], made


def test_a_parts_heading_over_a_paragraph_that_defines_later_titles_nothing() -> None:
    # 'Overview' over 'In frameworks like React or Vue, ... Hydration is the process ...'
    entry, made = deck(
        "Overview\n\n"
        "Web shops serve the same product page to thousands of readers every hour. "
        "Edge caching is the practice of keeping copies of such pages on servers near the "
        "readers, so that most requests never reach the origin.\n\n"
        "How it Works\n\n"
        "  1. Request: The reader's browser asks the nearest edge server.\n"
    )
    assert entry.title == "Edge caching"
    assert made["What is edge caching?"].startswith("The practice of keeping copies")


def test_how_it_works_over_labelled_actors_lists_what_each_does() -> None:
    # 'How it Works' over 'Server: Renders ...', 'Browser: Displays ...' was asked with
    # the labels alone ('1. Server 2. Browser 3. Client'), no step said.
    _, made = deck(
        "Edge caching\n\n"
        "Edge caching is the practice of keeping copies of pages on servers near the readers.\n\n"
        "How it Works\n\n"
        "  1. Browser: Asks the nearest edge server for the page.\n"
        "  2. Edge: Answers from its copy while that copy is still fresh.\n"
        "  3. Origin: Sends a new copy when the edge's copy has expired.\n"
    )
    asked = [answer for prompt, answer in made.items() if prompt.startswith("How does")]
    assert asked == [
        "1. Browser: Asks the nearest edge server for the page.\n"
        "2. Edge: Answers from its copy while that copy is still fresh.\n"
        "3. Origin: Sends a new copy when the edge's copy has expired."
    ], made


def test_the_people_a_name_serves_are_no_verb_after_it() -> None:
    made = entries_deck(
        "FaaS\n\n"
        "FaaS is a cloud model in which code runs as small functions started by events.\n\n"
        "FaaS providers offer a runtime, a trigger system and billing by the millisecond.\n"
    )
    assert not [prompt for prompt in made if "provider?" in prompt], made


def test_a_numbered_question_heading_is_asked_without_its_number() -> None:
    # '1 Why container orchestration?' opened a page and was asked with its number.
    entry = cards.parse(
        "# Service mesh\n\n"
        "A service mesh is a layer of small proxies that carries the traffic between the "
        "services of an application.\n\n"
        "## 1 Why a service mesh?\n\n"
        "Securing hundreds of services by hand does not scale, so the mesh takes retries, "
        "timeouts and encryption out of every service.\n",
        "page.md",
    )
    made = {card.prompt: card.answer for card in cards.generate(entry)}
    assert made.get("Why a service mesh?", "").startswith("Securing hundreds"), made
    assert not [prompt for prompt in made if prompt.startswith("1 ")], made
    # Opening the page, the heading's first paragraph became the summary: what follows
    # it answered no 'why' ('Why a service mesh?' -> 'Istio ... is the best-known
    # service mesh.').
    made = entries_deck(
        "1 Why a service mesh?\n"
        "A single service is easy to secure by hand. Doing it for hundreds of services is "
        "not.\n"
        "Istio (often shortened to a mesh) is the best-known service mesh. It was built at "
        "Google and moves retries, timeouts and encryption out of every service.\n"
    )
    assert not [answer for answer in made.values() if answer.startswith("Istio")], made


def test_a_turn_from_the_sentence_before_is_left_out_of_a_true_or_false() -> None:
    made = entries_deck(
        "FTP\n\n"
        "FTP is a protocol for moving files between a client and a server.\n\n"
        "However, FTP isn't encrypted. When files are sent over FTP, anyone on the path can "
        "read them, passwords included.\n"
    )
    asked = [prompt for prompt in made if prompt.startswith("True or false")]
    assert asked and not [prompt for prompt in asked if "however" in prompt.casefold()], made


def test_how_a_thing_usually_is_is_no_definition_of_it() -> None:
    assert definition_of("Metadata is normally small in its size.") is None
    assert definition_of("A hub is usually a small box that joins cables.") is not None


def test_a_links_markup_left_in_the_text_is_read_past() -> None:
    # 'A <a href="..." class="...">build tool is software ...' was refused.
    _, made = deck(
        "Linker\n\n"
        'A <a href="https://example.org/glossary/?letter=L#term-linker" class="inline-link">'
        "linker is a program that joins compiled object files into one executable.\n"
    )
    assert made["What is a linker?"] == (
        "A program that joins compiled object files into one executable."
    )


def test_a_shell_prompt_and_dotted_crumbs_over_a_when_gloss() -> None:
    # '$ man merge-conflicts' / 'Engineering · Version Control' / 'Merge Conflicts' /
    # 'When Git can't ...' / 'why it matters' / 'This is the tax you pay ...' was refused,
    # then asked with the metaphor as its answer.
    entry, made = deck(
        "$ man race-conditions\n"
        "Engineering · Concurrency\n"
        "Race Conditions\n"
        "When two threads touch shared data at once and the order decides the result.\n"
        "why it matters\n"
        "This is the bug that hides in testing. It shows up once a month in production.\n"
    )
    assert entry.title == "Race Conditions"
    asked = [answer for prompt, answer in made.items() if prompt.startswith("What")]
    assert asked and asked[0].startswith("When two threads touch shared data"), made


def test_a_heading_asking_what_a_number_means_titles_the_name_defined_with_it() -> None:
    # 'What 502 Means' over '... A 500 error means your application itself crashed. A 502
    # error means ...' was asked 'What is a 500 error?', the other code named beside it.
    entry, made = deck(
        "Not Found — the server has nothing at the address asked for\n\n"
        "What 404 Means\n"
        "The 404 status on the HTTP list signals not found — nothing lives at that address.\n"
        "A 410 error means the page was there once and was taken away for good. "
        "A 404 error means the server cannot find anything at the address it was sent.\n"
        "Common Causes\n"
        "- A link with a typing mistake in it\n"
        "- A page moved without a redirect\n"
    )
    assert entry.title == "404 error"
    assert not [prompt for prompt in made if "410" in prompt], made
    assert any(answer.startswith("The server cannot find anything") for answer in made.values())


def test_the_foundation_of_something_is_a_figure_of_speech_not_what_it_is() -> None:
    # 'HTTP is the foundation of data communication on the web. It's the protocol used to
    # transfer data ...' was answered with the figure of speech.
    _, made = deck(
        "FTP (File Transfer Protocol) and SFTP (SSH File Transfer Protocol) are two "
        "different protocols for moving files over a network. They decide how files travel "
        "between a client and a server.\n"
        "FTP is the foundation of file sharing on the internet. It's the protocol used to "
        "copy files between a client and a server over a network.\n"
        "However, FTP isn't encrypted. When files are sent over FTP, anyone on the path can "
        "read them.\n"
    )
    assert made["What is FTP?"].startswith("The protocol used to copy files"), made


def test_a_dictionary_line_with_its_field_before_a_bar_is_read_as_its_entry() -> None:
    # '(programming) | tail recursion - When the last thing a function (or procedure) /
    # does is to call itself.' was asked 'What is Does?'.
    entry, made = deck(
        "(programming) | memory leak - When a program keeps memory it no longer uses\n"
        "and never gives it back. A long-running server with one slowly runs out of\n"
        "memory. See also garbage collection, dangling pointer. |\n"
    )
    assert entry.title == "Memory leak"
    assert made["What is a memory leak?"].startswith("When a program keeps memory"), made


def test_a_verb_cut_off_by_a_wrapped_line_is_no_name() -> None:
    assert definition_of("does is to call itself.") is None
    assert definition_of("had is the past tense of have.") is None


def test_a_sites_name_over_a_copied_dictionary_entry_is_not_its_title() -> None:
    # 'Find the word definition' / 'Wiktionary' / 'package manager' / 'n. (label en
    # computing) A computer program ...' was asked 'What is a find the word?', then
    # 'What is Wiktionary?'.
    entry, made = deck(
        "Look it up definition\n\n"
        "Wiktionary\n"
        "linker\n\n"
        "n. (computing) A program that joins object files from a compiler into one "
        "program that can run.\n\n"
        "Wikipedia\n"
        "Linker\n\n"
        "A linker or link editor is a program that takes the object files made by a "
        "compiler and combines them into a single executable file.\n"
    )
    assert entry.title == "Linker"
    assert "What is a linker?" in made, made


def test_a_markdown_notes_gloss_under_its_title_is_its_definition() -> None:
    # '## recursion' / 'When a function (or procedure) calls itself. ...' gave no card: a
    # Markdown note was read only for sentences naming the concept.
    _, made = deck(
        "# Idempotence\n\n"
        "The property of an operation that gives the same result when it is applied "
        "more than once.\n\n"
        "Retrying a PUT request is safe because PUT is idempotent.\n",
        file="idempotence.md",
    )
    assert made["What is idempotence?"].startswith("The property of an operation"), made
    _, made = deck(
        "## recursion\n\n"
        "When a function calls itself. Such a function is called recursive.\n\n"
        "A recursive function needs a base case, or it never stops.\n",
        file="recursion.md",
    )
    assert made["What is recursion?"] == "When a function calls itself.", made


def test_a_markdown_sentence_naming_its_concept_is_not_read_as_a_gloss() -> None:
    # 'the **time complexity** of an algorithm quantifies ...' is a sentence about it, not
    # a gloss with its name left out: no 'What is X?' answered with the name itself.
    _, made = deck(
        "# Space complexity\n\n"
        "The space complexity of an algorithm measures the memory it needs as a function "
        "of the size of its input.\n\n"
        "It is usually written in big O notation.\n",
        file="space.md",
    )
    assert not [a for a in made.values() if a.casefold().startswith("the space complexity")], made


def test_a_wiki_heading_with_the_text_run_in_after_it_titles_the_page() -> None:
    # '====== Just-in-time compilation (JIT) ====== In computing, **just-in-time (JIT)
    # compilation** ... is a way of ...' on one line (a wiki page that lost its line
    # breaks) was refused.
    entry, made = deck(
        "====== Bytecode ====== In computing, **bytecode** is a compact set of "
        "instructions that a virtual machine runs instead of the machine's own code. "
        "A compiler makes it from source code once, and any machine with the virtual "
        "machine can run it.\n"
    )
    assert entry.title == "Bytecode"
    assert made["What is bytecode?"].startswith("A compact set of instructions"), made


def test_a_takeaways_explanation_is_not_asked_as_its_own_point() -> None:
    # A 'Key Takeaways' list of paragraphs, each a point then its explanation, gave
    # 'Don't carry it ____.', 'The whole point is ____.' and six true-or-false cards, all
    # true, from the explanations.
    entry, made = deck(
        "Snapshot Testing: Guarding Output You Cannot Easily Specify\n\n"
        "Snapshot testing (also called approval testing) records what a piece of code "
        "prints and compares every later run against that record.\n\n"
        "Key Takeaways\n\n"
        "Snapshots guard behavior, not correctness. A snapshot only says the output "
        "stayed the same. That's fine — the aim is to notice change, not to prove it right.\n\n"
        "Review snapshots before you accept them. The whole point is a record you trust. "
        "Don't skip it just once.\n\n"
        "Random values break snapshots. Dates and ids change on every run. You must pin "
        "these before the first recording.\n"
    )
    assert entry.title == "Snapshot Testing"
    for prompt in made:
        for leaning in ("that's fine", "the whole point", "don't skip it", "pin these"):
            assert leaning not in prompt.casefold(), made
    assert any(prompt.startswith("Snapshots guard behavior, not") for prompt in made), made


def test_a_pages_table_of_contents_is_not_a_list_to_recall() -> None:
    # 'CONTENTS' over '1. Overview and Key Difference 2. What is ...' was asked 'What are
    # the five CONTENTS?'.
    _, made = deck(
        "Difference Between Stack and Heap Memory\n\n"
        "Key Difference – Stack vs Heap\n\n"
        "The key difference between stack and heap memory is that the stack holds a "
        "function's local values while the heap holds values that outlive the call.\n\n"
        "CONTENTS\n\n"
        "1. Overview and Key Difference\n"
        "2. What is Stack Memory\n"
        "3. What is Heap Memory\n"
        "4. Summary\n"
    )
    assert not [prompt for prompt in made if "contents" in prompt.casefold()], made
    assert any("key difference" in prompt for prompt in made), made


def test_a_definition_label_before_the_gloss_is_not_the_title() -> None:
    # 'Definition : A program that converts source code ...' was asked 'What is
    # definition?'.
    entry, made = deck(
        "Definition : A program that turns assembly language into machine code.\n\n"
        "The assembler is a program that reads assembly language written by a person and "
        "turns each line into the machine instruction it names.\n\n"
        "See Also : Compiler, Linker, Machine Code\n"
    )
    assert entry.title == "Assembler"
    assert not [prompt for prompt in made if "definition" in prompt.casefold()], made


def test_a_link_to_the_sentence_before_or_a_role_played_is_no_claim() -> None:
    # 'DMA can likewise be utilized for ...' was asked 'What can a DMA likewise?';
    # 'Cache memory plays an essential role in ...' 'What does cache memory play?';
    # 'Currying is useful in both practical and theoretical settings.' 'What is currying
    # useful in?'.
    _, made = deck(
        "Write Buffer\n\n"
        "A write buffer is a small queue that holds data on its way from the CPU to "
        "memory. A write buffer can likewise be used to merge several writes to one line. "
        "The write buffer plays a central role in keeping the CPU from waiting on memory. "
        "A write buffer is useful in both small and large processors.\n"
    )
    for prompt in made:
        assert "likewise?" not in prompt and " play?" not in prompt, made
        assert "useful in?" not in prompt, made


def test_a_list_of_what_is_compared_or_of_what_the_thing_does_is_no_list_of_it() -> None:
    # 'Key Differences' over '1. Focus 2. Configuration 3. Functionality' was asked 'What
    # are the three key differences of Prettier?'; 'Nits:' over 'Keep standards
    # consistent' ... 'What are the three nits of a code review nit?'.
    _, made = deck(
        "# Code smell\n\n"
        "A code smell is a surface sign in source code that often points to a deeper "
        "design problem.\n\n"
        "## Smells\n\n"
        "- Slow down every later change\n"
        "- Hide bugs in long functions\n"
        "- Make tests harder to write\n\n"
        "## Key Differences\n\n"
        "1. Scope\n"
        "2. Cause\n"
        "3. Cost\n",
        file="smell.md",
    )
    assert not [prompt for prompt in made if "smells of" in prompt or "differences" in prompt]


def test_a_misspelt_difference_question_titles_a_comparison_and_just_because_is_no_claim() -> None:
    # 'What is the different between Manual testing and Automation Testing' was read as a
    # page about 'Tests'; '... in test automation just because it promotes ...' was asked
    # 'Why is ... in test automation just?'.
    entry, _ = deck(
        "What is the different between Unit testing and Integration Testing\n\n"
        "In unit testing, one small piece of code is checked on its own.\n\n"
        "In integration testing, several pieces are checked working together.\n"
    )
    assert entry.title == "Difference between Unit testing and Integration Testing"
    _, made = deck(
        "Test Fixture\n\n"
        "The test fixture is one of the most common patterns in unit testing just because "
        "it keeps each test's setup in one place. A fixture holds the objects a test needs.\n"
    )
    asked = "Why is the test fixture one of the most common patterns in unit testing?"
    assert made[asked] == "It keeps each test's setup in one place.", made


def test_a_gloss_led_by_its_own_name_as_a_label_defines_it() -> None:
    # 'Mutex' / 'Type of Lock.' / 'Mutex (Mutual Exclusion): A mutex is a synchronization
    # primitive ...' was refused.
    _, made = deck(
        "Semaphore\n"
        "Type of Counter.\n"
        "Semaphore (Signalling Counter): A semaphore is a counter that limits how many "
        "threads may use a resource at once. A thread waits when the count reaches zero.\n"
    )
    assert made["What is a semaphore?"].startswith("A counter that limits how many"), made


def test_a_dictionarys_numbered_first_sense_under_its_headword_is_the_gloss() -> None:
    # FOLDOC's 'interrupt' / 'interrupts' / '1. An asynchronous event that ...' was
    # refused: the sense was read as a list's first point.
    entry, made = deck(
        "The Free On-line Dictionary of Computing (30 December 2018):\n"
        "deadlock\n"
        "deadlocks\n"
        "    1. A state in which two or more processes each wait\n"
        "   for a resource another of them holds, so none can go on.\n"
        "   Deadlock can be avoided by taking resources in a fixed order.\n"
    )
    assert entry.title == "Deadlock"
    asked = [answer for prompt, answer in made.items() if prompt.startswith("What is")]
    assert asked and asked[0].startswith("A state in which two or more processes"), made


def test_a_grammar_label_glued_to_the_part_of_speech_is_not_read_as_the_gloss() -> None:
    from cards.defining import without_dictionary_lead

    assert without_dictionary_lead("n. countablen. the main board of a computer.") == (
        "the main board of a computer."
    )


def test_a_figure_of_speech_or_an_importance_is_not_what_a_thing_is() -> None:
    # 'Neural networks are the “brains” behind many AI systems ...' and 'Feature scaling is
    # an important technique in Machine Learning ...' answered 'What is X?'.
    _, made = deck(
        "Vector Database\n\n"
        "Vector databases are the “memory” behind many AI assistants. A vector database is a "
        "store that keeps embeddings and finds the ones nearest to a query.\n"
    )
    assert made["What is a vector database?"].startswith("A store that keeps embeddings"), made
    assert not [prompt for prompt in made if "“____”" in prompt], made
    _, made = deck(
        "Data Cleaning\n\n"
        "Data cleaning is an important technique in machine learning and one of the first "
        "steps of any project.\n"
    )
    assert not [a for a in made.values() if a.startswith("An important technique")], made


def test_a_labelled_point_about_the_things_above_it_is_no_glossary_term() -> None:
    # 'Public IP Address:' over '1. Global Reach: These are assigned by the ISP ...' and
    # '3. Security: They offer an additional layer ...' was asked 'What is Global Reach?'
    # and 'What is security?'.
    made = entries_deck(
        "difference static IP and dynamic IP\n\n"
        "Static IP Address:\n\n"
        "  1. Fixed Value: These are set once by an administrator and never change.\n\n"
        "  2. Hosting: Servers keep a static address so that clients can always find them.\n\n"
        "Dynamic IP Address:\n\n"
        "  1. Leased Value: These are lent by a DHCP server for a while.\n\n"
        "  2. Cost: They cost nothing extra, since addresses go back to the pool.\n"
    )
    assert not [a for a in made.values() if a.startswith(("These", "They"))], made


def test_a_sentence_about_the_last_word_alone_is_not_the_whole_names_definition() -> None:
    # 'What is a proxy server?' over 'A server is another name for a computer. ...' and,
    # a paragraph later, 'a proxy server is a server ... that acts as an intermediary'
    # answered 'Another name for a computer.'
    _, made = deck(
        "what is a load balancer?\n\n"
        "A balancer is a word for anything that evens out weight. Here, a machine that "
        "shares work.\n\n"
        "In networking, a load balancer is a balancer (a device or a program) that spreads "
        "incoming requests over a group of servers.\n"
    )
    assert made["What is a load balancer?"].startswith("A balancer (a device or a program)"), made


def test_the_short_lines_under_a_page_that_answers_its_own_question_are_its_parts() -> None:
    # 'What Is CIDR Notation?' over 'That little slash-number ... is CIDR notation, the
    # modern way to describe a block of addresses.', then 'The problem CIDR solved' and
    # 'CIDR in everyday life' over paragraphs, was split into terms and asked 'What is The
    # problem CIDR solved?'
    page = (
        "Learning Networks\n"
        "What Is Subnet Masking?\n"
        "The dotted number typed beside an address, such as 255.255.255.0, is subnet "
        "masking, the usual way to say which bits name the network.\n"
        "The trouble masking fixed\n"
        "Early networks had one flat space of addresses. Every machine heard every other "
        "machine, and traffic grew without end.\n"
        "Reading a mask\n"
        "Each 255 keeps a whole byte for the network. A zero leaves that byte to the hosts.\n"
        "Masking in a home router\n"
        "A router at home almost always uses 255.255.255.0 for its own small network.\n"
    )
    made = entries_deck(page)
    assert not [prompt for prompt in made if "trouble" in prompt or "home router" in prompt]
    assert made["What is subnet masking?"] == (
        "The usual way to say which bits name the network."
    ), made


def test_a_title_case_heading_does_not_make_a_common_word_a_name() -> None:
    # 'What Is Golden Master Testing?' as a heading lower on the page read as 'Golden'
    # written with its capital inside a sentence, and the card asked 'What is Golden
    # master testing?'
    _, made = deck(
        "Snapshot Testing: Pinning Output Before You Refactor\n\n"
        "Snapshot testing records what a function prints today and compares every later "
        "run against that record.\n\n"
        "Snapshots go stale when the output is meant to change, so review each update.\n\n"
        "What Is Snapshot Testing Good For?\n\n"
        "It guards code that nobody dares to touch.\n"
    )
    assert [prompt for prompt in made if "snapshot testing" in prompt], made
    assert not [prompt for prompt in made if "Snapshot" in prompt], made


def test_a_page_copied_without_its_title_is_named_by_its_opening_definition() -> None:
    # 'Description: Hydration in the context of web development refers to the process of
    # ...' and 'Webpack – a static module bundler is a tool that ...' opened pages with no
    # title line: both were refused as having no title.
    _, made = deck(
        "Description: Memoization in the context of programming refers to the practice of "
        "keeping the results of expensive calls and handing them back when the same inputs "
        "come again. It trades memory for speed.\n"
    )
    assert made["What is memoization?"].startswith("The practice of keeping the results"), made
    _, made = deck(
        "Vite – a build tool for the web is a program that serves source files during "
        "development and bundles them for production. It starts quickly because it leaves "
        "bundling until the end.\n"
    )
    assert made["What is Vite?"].startswith("A program that serves source files"), made


def test_a_titleless_page_whose_opening_names_nothing_is_still_refused() -> None:
    # 'Often, polymorphism ... is a good tool', 'Some objects are more suited ...' and 'The
    # area under this curve is ...' name no concept to ask about.
    for opening in (
        "Often, inheritance, for example through base classes, is a good way to share code "
        "between many similar classes in a large program.\n",
        "Some objects are better suited to one task than to another one in most programs.\n",
        "The area under this curve is a measure of how well the model tells the classes "
        "apart from each other.\n",
    ):
        assert made_or_refused(opening) == {}, opening


def test_a_bare_heading_after_an_emoji_is_still_a_heading() -> None:
    # '📏 How to Measure It' between blank lines was read as a paragraph of the section
    # above it, so its points were cards of that section.
    entry = parse(
        "Cache hit ratio\n\n"
        "A cache hit ratio is the share of lookups a cache answers without going to the "
        "slower store behind it.\n\n"
        "📏 How to Measure It\n\n"
        "Count hits and misses over a minute, then divide the hits by all lookups.\n"
    )
    assert [section.heading for section in entry.sections if section.heading] == [
        "How to Measure It"
    ], entry.sections


def test_line_numbers_a_code_viewer_glued_to_each_line_are_read_past() -> None:
    # '1Cross-Origin Resource Sharing (CORS) is an HTTP-header based mechanism that' /
    # '2allows a server to ...' was asked 'What does CORS stand for?' -> '1Cross-Origin
    # Resource Sharing'.
    _, made = deck(
        "1Content Security Policy (CSP) is a response header that tells a\n"
        "2browser which sources of scripts, styles and images a page may\n"
        "3load. It is a second line of defence against injected scripts.\n"
    )
    assert made["What does CSP stand for?"] == "Content Security Policy", made
    assert made["What is CSP?"].startswith("A response header that tells a browser which"), made


def test_headings_that_put_the_pages_name_before_each_part_are_no_glossary() -> None:
    # A picture dictionary heads every part with the term: 'Point-in-Time Recovery
    # Definition', '... Origin', '... Etymology', '... Usage Trends'. Its parts were split
    # off as terms ('What is Point-in-Time Recovery Origin?') and then offered as the
    # options of a 'Which of these is ...' card.
    page = (
        "Write-Ahead Logging\n"
        "Quick Navigation:\n"
        "- Write-Ahead Logging Definition\n"
        "- Write-Ahead Logging Origin\n"
        "- Write-Ahead Logging Etymology\n"
        "- Write-Ahead Logging Usage Trends\n"
        "Write-Ahead Logging Definition\n"
        "Write-ahead logging (WAL) is a technique in which a database records every change "
        "in a log before it changes the data files themselves.\n"
        "Write-Ahead Logging Origin\n"
        "The idea came from early transaction systems that had to survive power cuts.\n"
        "Write-Ahead Logging Etymology\n"
        "The name says what happens first: the log is written ahead of the data.\n"
        "Write-Ahead Logging Usage Trends\n"
        "Most relational databases and many storage engines now rely on it.\n"
    )
    made = entries_deck(page)
    assert not [p for p in made if re.search("Origin|Etymology|Trends", p)], made
    assert not [a for a in made.values() if re.search("Origin|Etymology|Trends", a)], made
    assert [a for p, a in made.items() if p.startswith("What is")] == [
        "A technique in which a database records every change in a log before it changes "
        "the data files themselves."
    ], made


def test_it_after_a_sentence_that_names_what_the_concept_rests_on_is_that_thing() -> None:
    # 'Digital signatures rely on public-key cryptography. It is a security mechanism that
    # uses pairs of public and private keys ...' answered 'What is the digital signature?';
    # the page's own 'Digital Signature - a digital tool used as a proof of
    # identification.' was passed over.
    _, made = deck(
        "What is a Checksum?\n\n"
        "Checksum MEANING:\n"
        "Checksum - a short value computed from a block of data to detect changes to it.\n"
        "Checksums rely on hash functions. It is a function that maps data of any size to a "
        "value of fixed size.\n"
    )
    asked = [a for p, a in made.items() if re.fullmatch(r"What is (?:a )?checksum\?", p, re.I)]
    assert asked == ["A short value computed from a block of data to detect changes to it."], made


def test_a_because_after_a_not_is_no_reason_to_ask_why() -> None:
    # 'Durability also guarantees that the system will not rollback the transaction
    # because the seat was double-booked.' was asked 'Why does durability guarantee that
    # the system will not rollback the transaction?' -> 'The seat was double-booked.'
    _, made = deck(
        "Atomicity\n\nAtomicity is the property that a transaction happens in full or not at "
        "all. Atomicity also ensures that the bank will not undo the transfer because the "
        "printer ran out of paper.\n"
    )
    assert not [prompt for prompt in made if prompt.startswith("Why")], made


def test_a_security_measure_is_not_turned_into_an_insecure_one_to_judge() -> None:
    # 'True or false: PKI provides an insecure way to authenticate ...' and 'TLS primarily
    # enables insecure Web browsing ...' were false by their wording alone.
    _, made = deck(
        "SSH\n\nSSH is a protocol for logging in to another computer over a network. SSH "
        "provides a secure way to run commands on another machine. Telnet is an insecure "
        "protocol that sends passwords in plain text.\n"
    )
    assert not [prompt for prompt in made if "insecure way" in prompt], made


def test_title_case_headings_do_not_decide_how_a_name_is_written() -> None:
    # 'What Is a Read Replica?', 'Why Use a Read Replica?' and a diagram's '[ Read
    # Replica ]' outvoted the page's own 'A read replica is a read-only copy ...': the card
    # asked 'What is a Read Replica?'.
    _, made = deck(
        "A message broker is a program that passes messages between other programs.\n"
        "🧠 What Is a Message Broker?\n"
        "Producers send every message to it\n"
        "[ Producer ] -> [ Message Broker ] -> [ Consumer ]\n"
        "✅ Why Use a Message Broker?\n"
        "Why Pick a Message Broker Over Direct Calls?\n"
        "Programs can run at different speeds.\n"
    )
    assert "What is a message broker?" in made, made


def test_a_definition_that_lists_several_names_of_one_thing_defines_each() -> None:
    # 'A source-to-source compiler, transcompiler or transpiler is a kind of translator
    # ...' opened a page with no title line: with three names before its verb it defined
    # none of them, and the page was refused.
    _, made = deck(
        "A package manager, package-management system or installer is a kind of tool that "
        "fetches, installs, upgrades and removes the software a computer runs, keeping "
        "track of what depends on what.\n\nIt saves people from copying files by hand.\n"
    )
    assert made["What is a package manager?"].startswith("A kind of tool that fetches"), made
    # A list of several things is not one thing by several names.
    assert (
        definition_of("Cats, dogs or birds are pets that many families keep at home.", ("dogs",))
        is None
    )


def test_a_plural_title_over_a_sentence_about_one_of_them_defines_it() -> None:
    # 'Constructors' over 'A constructor initializes an object ...' was refused: the title
    # in the plural was never matched to the sentence's subject in the singular.
    made = entries_deck(
        "Destructors\nA destructor releases what an object holds just before the object is "
        "thrown away. It runs on its own when the object's lifetime ends.\n"
    )
    assert made["What is a destructor?"].startswith("A destructor releases what an object"), made


def test_a_name_that_brings_its_own_article_or_is_a_doing_takes_no_other() -> None:
    # 'What is a the third handshake?', 'What is a creating a variable?' and 'What is a
    # statically typed compared to?' each put 'a' before a name that takes none.
    for title in ("The second phase", "Opening a socket", "Strongly typed"):
        entry, _ = deck(f"# {title}\n\n{title} is what the page describes below in detail.\n")
        assert not mention(entry).lower().startswith(("a ", "an ")), mention(entry)


def test_counted_steps_and_parts_over_paragraphs_are_no_glossary_terms() -> None:
    # 'First handshake:' / 'Second Handshake:' lines were read as terms ('What is Second
    # Handshake?'), and 'Three dot-separated parts' over a paragraph as a term's name.
    made = entries_deck(
        "TCP teardown\nFirst wave: the side that is done sends a FIN segment and waits for the "
        "other side to confirm;\nSecond Wave: the other side answers with an ACK segment, and "
        "may still send data it has left;\nThird wave: when it has nothing left, that side "
        "sends its own FIN segment;\n"
    )
    assert not any("wave?" in prompt.lower() for prompt in made), made
    made = entries_deck(
        "Cookie anatomy explained: name, value, attributes\n"
        "What each part of a cookie holds and how the browser treats it.\n\n"
        "Three semicolon-separated parts\n\n"
        "A cookie is a small name and value pair that a server asks the browser to keep and "
        "send back with later requests.\n"
    )
    assert "What are three semicolon-separated parts?" not in made, made
    assert made["What is a cookie?"].startswith("A small name and value pair"), made
    assert glossary_term_is_step("First Input Delay") is False


def glossary_term_is_step(name: str) -> bool:
    from cards.glossary import _NUMBERED_STEP

    return _NUMBERED_STEP.match(name) is not None


def test_a_heading_that_counts_its_steps_is_not_answered_by_a_different_count() -> None:
    # 'How CORS Works (3 Steps)' over three steps with their request and header lines
    # between them was asked 'How does CORS work, in six points?' with the header names.
    made = entries_deck(
        "# Preflight\n\nA preflight is a request a browser sends before the real one, to "
        "ask whether it is allowed.\n\n## How a preflight runs (2 steps)\n\n"
        "- Origin header\n- Method header\n- Allowed origins\n- Allowed methods\n"
    )
    assert not any("four points" in prompt or "four " in prompt for prompt in made), made


def test_an_abbreviation_spelled_out_as_an_equation_then_a_gloss_defines_it() -> None:
    # A note under 'What is CORS?': 'CORS = Cross-Origin Resource Sharing', then 'A browser
    # security mechanism that ...'. The equation was read as a heading, and the page refused.
    made = entries_deck(
        "What is HSTS?\n\nHSTS = HTTP Strict Transport Security\n\n"
        "A response header that tells browsers to reach a site only over HTTPS from then "
        "on, even when a user types plain http.\n\nIt closes the window for downgrade attacks.\n"
    )
    assert made["What does HSTS stand for?"] == "HTTP Strict Transport Security", made
    assert made["What is HSTS?"].startswith("A response header that tells browsers"), made
    # a sum of parts is no abbreviation spelled out
    assert "Socket = Address + Port" in without_leftovers("Socket = Address + Port\n")


def test_a_glossarys_label_over_its_term_and_kinds_of_definition_are_no_titles() -> None:
    # 'Defined term' over 'Role-based Access Control' became 'What is a defined term?';
    # 'Simple Definition:' and 'Very Simple Definition:' made 'What is Very Simple?'.
    made = entries_deck(
        "Defined term\nAttribute-based Access Control\nAttribute-based Access Control: (ABAC) "
        "Access control that decides each request from attributes of the user and the "
        "resource…\nVerified\nSecurity\nDefinition\n(ABAC) Access control that decides each "
        "request from attributes of the user, the resource and the situation. Policies "
        "combine those attributes into rules.\n"
    )
    assert made["What is Attribute-based Access Control?"].startswith(
        "Access control that decides each request"
    ), made
    made = entries_deck(
        "Simple Definition:\nA firewall is a system that watches network traffic and blocks "
        "what its rules do not allow.\nVery Simple Definition:\nA firewall is like a guard at "
        "the door who checks everyone coming in.\n"
    )
    assert made["What is a firewall?"].startswith("A system that watches network traffic"), made
    assert not any("Simple" in prompt for prompt in made), made


def test_guide_titles_around_the_name_are_read_past() -> None:
    # 'Understanding the Purpose of the Default Gateway' was asked whole, and 'JWT structure
    # explained: header, payload, signature' lost to a heading below it.
    assert title_without_wrapper("Understanding the Role of the Subnet Mask") == "Subnet Mask"
    assert title_without_wrapper("URL structure explained: scheme, host, path") == ("URL structure")


def test_answers_copied_from_a_table_row_or_leaning_on_a_sentence_before_are_dropped() -> None:
    # 'What is Stateful?' -> '| Need server to store session ... | Can be serverless';
    # 'What does CIDR notation do?' -> 'Allows you to do this in a shorter way.'
    card = next(iter(cards.generate(parse("# X\n\nX is a tool for tests.\n", "x.md"), [])))
    row = replace(card, answer="| Must keep the session in memory | Any server will do")
    assert any("table's row" in fault for fault in copy_faults(row)), copy_faults(row)
    leaning = replace(card, answer="Lets you do this in a single line.")
    assert any("points back" in problem for problem in card_problems(leaning))


def card_problems(card: cards.Card) -> list[str]:
    from cards.rules import problems

    return problems(card)


def test_what_a_thing_seldom_is_or_is_doing_just_then_defines_nothing() -> None:
    # 'Modern software systems are rarely a single monolith ...' and 'The ORM is doing
    # exactly what it was asked to do.' were both asked as definitions.
    assert definition_of("Web servers are rarely a single machine these days.") is None
    assert definition_of("The cache is doing exactly what it was told.", ("cache",)) is None
    assert definition_of("Hashing is turning any input into a fixed-size value.") is not None


def test_a_lead_in_and_a_choose_one_heading_are_no_answers_or_questions() -> None:
    # 'How does recursion work?' -> 'To understand how recursion works, let's take a look
    # at a simple example.'; 'Which One Should You Choose?' -> 'Choose a For Loop when ...'
    made = entries_deck(
        "# Memoization\n\nMemoization is a technique that stores the results of function "
        "calls so repeated calls return at once.\n\n## How does memoization work?\n\n"
        "To see how memoization works, let's walk through a tiny example first.\n\n"
        "## Which one should you choose?\n\nChoose memoization when the same inputs come "
        "back again and again.\n"
    )
    assert "How does memoization work?" not in made, made
    assert not any(prompt.lower().startswith("which one") for prompt in made), made


def test_how_hard_a_thing_is_to_learn_neither_defines_nor_identifies_it() -> None:
    # 'Which concept is a bit complex at first pass?' -> Subnetting; 'What is recursion?'
    # -> 'A concept used in ... that can be quite difficult to understand' over a section
    # that said what it is.
    made = entries_deck(
        "# Closures\n\nClosures are a concept in programming that can be quite hard to "
        "grasp at first. Closures are a bit confusing at first pass.\n\n"
        "## What is a closure?\n\nA closure is a function that keeps access to the variables "
        "of the scope it was made in.\n"
    )
    defined = made.get("What is a closure?") or made.get("What are closures?") or ""
    assert defined.startswith("A function that keeps access"), made
    assert not any("confusing" in text for pair in made.items() for text in pair), made


def test_a_definition_stops_where_it_starts_on_the_other_side() -> None:
    # 'A For Loop is a fixed-count iteration block ..., while a While Loop keeps repeating
    # ...': the answer took the while loop's half too.
    made = entries_deck(
        "# For loop\n\nA for loop is a block that runs its body a set number of times, while "
        "a while loop keeps going as long as a condition holds.\n"
    )
    assert made["What is a for loop?"] == "A block that runs its body a set number of times.", made


def test_an_articles_sections_are_no_parts_and_labelled_values_no_points() -> None:
    # 'Which of these is the primary difference ...?' -> 'Key Differences' among 'For Loop
    # Basics' and 'While Loop Essentials'; 'What are the four default stack sizes?' ->
    # 'Linux', 'macOS', ...
    made = entries_deck(
        "Understanding the Differences and Use Cases of Map and Filter\n\nMap suits changing "
        "every item, while filter suits dropping some. Knowing both helps.\nMap Basics\n\n"
        "Map Basics\nA map call is a higher-order function that applies a function to every "
        "item of a list and returns the results.\nCopy Code\nmap(f, items)\nExpand down\n"
        "Filter Essentials\n\nFilter Essentials\nA filter call keeps only the items of a list "
        "for which a test returns true.\nCopy Code\nfilter(test, items)\nExpand down\n"
        "Key Differences\n\nKey Differences\nThe primary difference between map and filter "
        "lies in what they return. Map returns one result per item.\n"
    )
    assert not any("Essentials" in prompt or "Differences" in prompt for prompt in made), made
    made = entries_deck(
        "Page Cache\nWhat Is the Page Cache?\nThe page cache is memory the kernel keeps "
        "filled with recently read file blocks so that the next read of them needs no disk.\n"
        "Default page sizes:\nLinux: 4 KB (getconf PAGESIZE)\nmacOS: 16 KB (Apple silicon), "
        "4 KB (Intel)\nWindows: 4 KB (default), large pages optional\nARM64: 4 KB – 64 KB per "
        "kernel (set at build)\nA single file block is typically 512–4096 bytes.\n"
    )
    assert not any("page sizes" in prompt for prompt in made), made


def test_a_verb_of_seeming_is_no_doing_to_ask_about() -> None:
    # 'Constructors look a little strange because ...' -> 'What do constructors look?'
    made = entries_deck(
        "# Decorators\n\nA decorator is a function that takes a function and returns a "
        "changed one.\n\nDecorators look a little odd because they sit on the line above "
        "the function.\n"
    )
    assert "What do decorators look?" not in made, made


def test_a_task_done_with_a_thing_is_no_name_for_a_page() -> None:
    # 'Creating a variable means assigning it a starting value ...' named a page.
    assert definition_of("Opening a file means asking the system for a handle to it.") is None


def test_a_gloss_opening_on_its_names_letters_answers_without_them() -> None:
    # ('Role-based Access Control: (RBAC) Access control based on user roles ...')
    made = entries_deck(
        "Defined term\nZero Trust Architecture\nZero Trust Architecture: (ZTA) A security "
        "design that checks every request as if it came…\nVerified\nSecurity\nDefinition\n"
        "(ZTA) A security design that checks every request as if it came from an open "
        "network. Nothing inside is trusted by default.\n"
    )
    assert made["What is Zero Trust Architecture?"].startswith("A security design"), made


def test_an_emojis_bytes_misread_as_letters_are_no_part_of_a_heading() -> None:
    assert without_marks("πŸ” What is a hub?") == "What is a hub?"
    assert without_marks("ðŸ‘‰ Key points") == "Key points"


def test_a_words_gloss_in_square_brackets_is_left_out_of_the_answer() -> None:
    # 'A proxy is a server that acts as an intermediary [a person or thing that acts
    # between two parties ...] between a user and the internet.'
    _, made = deck(
        "# Gateway\n\nA gateway is a device that acts as a translator [someone who turns one "
        "language into another] between two networks that speak different protocols.\n"
    )
    assert made["What is a gateway?"] == (
        "A device that acts as a translator between two networks that speak different protocols."
    ), made


def test_a_heading_over_its_things_points_is_no_term() -> None:
    # 'Data Link layer functions:' over 'Framing allows the sender ...' and two more
    # sentences was a term: 'What are Data Link layer functions?' -> framing alone.
    from cards.glossary import _defines_its_heading
    from cards.model import Item, ItemKind, Section, SectionKind

    def section(heading: str, *said: str) -> Section:
        items = tuple(Item(ItemKind.PARAGRAPH, text, line) for line, text in enumerate(said, 2))
        return Section(SectionKind.OTHER, heading, 1, items)

    points = section(
        "Transport layer functions",
        "Segmentation cuts a stream into pieces that fit the network.",
        "Flow control keeps a fast sender from flooding a slow receiver.",
    )
    assert not _defines_its_heading(points)
    term = section("Hash functions", "A function that maps data of any size to a value.")
    assert _defines_its_heading(term)


def test_a_comparisons_mental_model_is_no_definition_of_either_side() -> None:
    # 'Mental model' over 'A reverse proxy is a receptionist: ...' answered 'What is a
    # reverse proxy?'; the page's 'Reverse proxy: a server that sits between ...' did not.
    made = entries_deck(
        "Skip to content\n\nCache vs Database\n\nMental model\n\nA cache is a sticky note: it "
        "holds what you looked up a moment ago. A database is a filing cabinet: it holds "
        "everything for good.\n\nWhat it really is\n\nTwo roles that often blur:\n\n"
        "  • Cache: a fast store that keeps copies of data that is read often. Reads hit it "
        "first.\n  • Database: keeps the system's data safely on disk and answers queries "
        "over all of it.\n\nWhat actually matters\n\nCache features (speed layer): - Expiry "
        "times. - Eviction when full. - Warm-up after a restart.\n"
    )
    asked = {prompt.lower(): answer for prompt, answer in made.items()}
    assert asked["what is cache?"].startswith("A fast store that keeps copies"), made
    assert asked["what does database do?"].startswith("Keeps the system's data"), made
    assert not any("sticky note" in answer for answer in made.values()), made
    assert not any("features" in prompt for prompt in made), made


def test_advice_and_an_unsaid_bullet_under_a_warning_are_not_judged_true() -> None:
    # 'Watch out for' over '- Debt registers with no decision about repayment' and 'Use
    # technical debt when ...' gave 'True or false: debt registers with ....' -> True.
    made = entries_deck(
        "# Feature flags\n\nA feature flag is a switch in the code that turns a feature on "
        "or off without a new release.\n\n## Watch out for\n\n- Flag lists with no owner "
        "or removal date\n\nUse a feature flag when a change must ship before it is ready "
        "to show.\n"
    )
    assert not any(prompt.startswith("True or false") for prompt in made), made


def test_a_cloze_shows_enough_words_to_recall_its_blank_from() -> None:
    # 'Follow a ____' (systematic review process) of a takeaway bullet.
    made = entries_deck(
        "# Pair programming\n\nPair programming is a practice where two developers work at "
        "one computer on the same task.\n\n## Key takeaways\n\n- Rotate the driver role "
        "often\n- Swap pairs each week\n"
    )
    assert not any(len(prompt.replace("____", " ").split()) < 4 for prompt in made), made


def test_a_purpose_and_no_more_is_no_definition() -> None:
    # 'What is a major version zero?' -> 'For initial development.'; 'What is
    # User-agent?' -> 'For statistical purposes, the tracing of ...'
    made = entries_deck(
        "# Staging environment\n\nA staging environment is for final checks.\n\nIt mirrors "
        "production as closely as the team can afford.\n"
    )
    assert "What is a staging environment?" not in made, made


def test_a_question_after_the_real_definition_of_a_thing_titles_the_thing() -> None:
    # 'So what is the actual definition of technical debt?' was asked whole.
    assert title_from_question("So what is the real meaning of code smell?") == (
        "code smell",
        "",
    )


def test_wiki_links_and_a_list_run_into_a_definition_leave_the_answer() -> None:
    # "'''SemVer''' is an approach to [API] versioning that says roughly the following:
    # * Your version number ..." gave the bullets and the brackets as its answer.
    _, made = deck(
        "# Calendar versioning\n\nCalendar versioning is a scheme where each [Release] "
        "number is built from its date.\n"
    )
    assert made["What is calendar versioning?"] == (
        "A scheme where each Release number is built from its date."
    ), made
    made = entries_deck(
        "# Calendar versioning\n\nCalendar versioning is a scheme that works as follows: * "
        "Use the year first * Then the month * Then a counter.\n"
    )
    assert not any("* " in answer for answer in made.values()), made


def test_how_a_thing_is_best_used_a_quality_or_a_caption_defines_nothing() -> None:
    # 'Cookies are best used for storing small amounts of data ...', 'HTTP is stateless -
    # each request ...', 'An illustration comparing the OpenAPI Specification to ...'
    assert definition_of("Session storage is best used for data of one tab.") is None
    assert definition_of("TCP is reliable - every segment is acknowledged.") is None
    assert definition_of("Long polling is the patient one: it waits for news.") is None
    made = entries_deck(
        "Explaining the Service Mesh\n\nAn illustration comparing a service mesh to a "
        "city's road signs, with arrows between boxes.\n\n"
    )
    assert not any(answer.startswith("An illustration") for answer in made.values()), made
    assert title_without_wrapper("Explaining the Service Mesh") == "Service Mesh"


def test_a_comparisons_title_with_a_question_after_it_keeps_both_sides() -> None:
    # 'Cookies vs Local Storage: Which is Best?' over 'What is a Cookie?' was titled
    # 'Cookie', and the other side lost.
    made = entries_deck(
        "Tabs vs Spaces: Which is Best?\n\nBoth indent code, but they differ in width.\n"
        "What is a Tab?\nA tab is a single character that editors draw as a column jump of "
        "any width.\nWhat are Spaces?\nSpaces are plain blank characters, each exactly one "
        "column wide.\n"
    )
    asked = {prompt.lower() for prompt in made}
    assert "what is a tab?" in asked and "what are spaces?" in asked, made


def test_a_name_without_a_plural_is_not_given_one() -> None:
    assert plural_of("Local Storage") == "Local Storage"
    assert plural_of("web proxy") == "web proxies"


def test_an_about_tab_and_a_reference_page_title_name_no_concept() -> None:
    # 'About' over 'YAML stands for ...'; 'CSV Format Reference (RFC 4180)'.
    assert title_without_wrapper("JSON Format Reference (RFC 8259)") == "JSON"
    made = entries_deck(
        "About\n\nTOML stands for Tom's Obvious Minimal Language.\n\nIt is a configuration "
        "file format that is easy to read because of its plain rules.\n"
    )
    assert not any("About" in prompt for prompt in made), made


def test_a_step_with_its_object_or_a_calls_form_is_no_term() -> None:
    # '• Serialize an object: convert the object to ...' -> 'What is a serialize an
    # object?'; 'Format: pickle.dump(object, file)' -> 'What is format?'
    made = entries_deck(
        "Saving objects\nOpen a file: ask the system for a handle to write into\n"
        "Write a record: put one object's bytes after the last one\n"
        "Format: json.dump(object, file) writes one object\n"
    )
    assert not any("a open" in p.lower() or "format?" in p.lower() for p in made), made


def test_an_accepted_answer_the_cloze_already_shows_is_not_accepted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 'ASCII (____) was created in 1963 ...' -> 'American Standard Code for Information
    # Interchange' took 'ASCII' too, which the prompt shows beside the blank.
    import cards.cloze
    from cards.makers import blanks

    shown = cards.cloze.Blank(
        "EBCDIC (____) was first used in 1963 on large IBM machines.",
        "Extended Binary Coded Decimal Interchange Code",
        ("EBCDIC", "Extended BCD Interchange Code"),
        "concept",
    )
    monkeypatch.setattr(blanks.cloze, "find_blank", lambda *args, **kwargs: shown)
    entry = parse(
        "# Mainframe codes\n\nMainframe codes are character sets of old IBM machines.\n\n"
        "## Key takeaways\n\n- EBCDIC (Extended Binary Coded Decimal Interchange Code) was "
        "first used in 1963 on large IBM machines.\n",
        "codes.md",
    )
    asked = [card for card in cards.generate(entry, []) if card.prompt == shown.prompt]
    assert asked, "the cloze was not made"
    assert asked[0].accepted == ("Extended BCD Interchange Code",), asked[0]


def test_a_definition_credited_to_its_author_defines() -> None:
    # 'Sprint: A Sprint is defined by Ken Schwaber as a Timebox of thirty days ...' was
    # refused: 'is defined by ... as' was not read as 'is'.
    made = entries_deck(
        "Kanban board: A Kanban board is defined by David Anderson as a visual board that "
        "limits the work in progress at each stage.\n\nExample of use:\n\n"
        "  • Move the card to Done.\n"
    )
    asked = {prompt.lower(): answer for prompt, answer in made.items()}
    assert asked["what is a kanban board?"].startswith("A visual board that limits"), made


def test_a_flashcard_export_with_its_faces_and_fields_defines_its_term() -> None:
    # 'Lock file' / 'Term side of the Card' / 'Topic: Package Managers' / 'Unit title:
    # Lock file' / 'Categories: File, Concept' / 'Explanation side of the Card' /
    # 'Explanation: The file generated by package managers to lock ...' was refused.
    made = entries_deck(
        "Source map\nTerm side of the Card\nTopic: Build Tools\nUnit title: Source map\n"
        "Categories: File, Concept\nExplanation side of the Card\nExplanation: The file "
        "generated by a bundler to link each line of shipped code back to the line of "
        "source it came from. Debuggers read it to show the original code.\n"
    )
    assert made["What is a source map?"].startswith("The file generated by a bundler"), made


def test_a_titleless_page_opening_on_a_name_with_its_letters_is_named_by_it() -> None:
    # 'Domain Name System (DNS) manages the names of public websites ...' opened a page
    # with no title line: refused, as its verb was no 'is'.
    made = entries_deck(
        "Border Gateway Protocol (BGP) exchanges routes between the large networks that make "
        "up the internet. It lets each network announce which addresses it can reach.\n"
        "How does it work?\nRouters open sessions with their neighbours and trade updates.\n"
    )
    assert any("exchanges routes between the large" in a.lower() for a in made.values()), made


def test_a_question_that_names_the_field_is_titled_by_the_concept() -> None:
    # 'What is circuit breaker pattern in microservices?' over 'Answer: The circuit
    # breaker pattern is a design pattern ...' was titled with its field.
    made = entries_deck(
        "What is the saga pattern in microservices?\nAnswer: The saga pattern is a way to keep "
        "data consistent across services by running a chain of local transactions, each with "
        "an undo step.\n"
    )
    assert any(prompt.lower().startswith("what is the saga") for prompt in made), made
    assert not any("microservices?" in prompt for prompt in made), made


def test_which_concept_after_this_said_before_is_not_asked() -> None:
    # 'To prevent this, you can implement which concept?' -> Circuit breaker
    entry = parse("# Bulkhead\n\nA bulkhead is a design pattern that isolates failures.\n", "b.md")
    ctx = Context(entry, (), 0)
    assert which_concept(ctx, "To stop this, teams can put in a bulkhead.") is None
    assert which_concept(ctx, "To keep one slow service apart, teams can put in a bulkhead.")


def test_a_comparisons_sides_join_a_path_named_without_its_subtitle() -> None:
    # 'Router vs Switch: Key Differences Explained in Simple Terms' named the path its
    # two sides joined, subtitle and all, in a new user's 'tutor import'.
    entries = parse_entries(
        "Hub vs Switch: Key Differences Explained in Plain Words\n\nA hub is a device that "
        "repeats every signal to all of its ports.\n\nA switch is a device that sends each "
        "frame only to the port of its destination.\n",
        "page.txt",
    )
    assert {entry.path for entry in entries} == {"Hub vs Switch"}, entries


def test_why_it_matters_about_the_other_side_is_not_asked_of_this_one() -> None:
    # 'Why do Public IP addresses matter?' -> 'Private IPs conserve the limited IPv4
    # address space ...': the comparison's 'Why it matters', given to one side.
    made = entries_deck(
        "How to understand static vs dynamic IP addresses\n\n· Category: Networking\n\n"
        "Short answer\n\nStatic IP addresses are set by hand and stay the same for years. "
        "Dynamic IP addresses are handed out by a DHCP server and can change.\n\n"
        "Key differences\n\n  • Setup: Static IPs need a person to set them. Dynamic IPs "
        "need no setup.\n  • Change: Static IPs stay fixed. Dynamic IPs can change at each "
        "lease.\n\nWhy it matters\n\nDynamic IPs save the scarce address space and need no "
        "work on each device. Knowing both helps when you write firewall rules.\n"
    )
    assert not any(answer.startswith("Dynamic IPs save") for answer in made.values()), made


def test_a_difference_told_as_a_count_or_a_doing_of_some_things_is_not_asked() -> None:
    # 'What is the difference between encodeURI() and encodeURIComponent()?' -> 'Exactly
    # 11 characters.'; 'What does JS do?' -> 'Offers some functions which we can use ...'
    made = entries_deck(
        "The Difference Between escape() and quote()\n\nThe difference between escape() and "
        "quote() is exactly 4 characters.\n\nPY offers some helpers which we can use to make "
        "text safe for a web address. These are two handy options.\n"
    )
    assert "What does PY do?" not in made, made
    from cards.rules import only_counts

    assert only_counts("What is the difference between A and B?", "Exactly 11 characters.")


def test_a_reference_pages_title_keeps_the_name_its_sentences_wrap_in_a_kind() -> None:
    # 'Content-Type' / 'The HTTP Content-Type header indicates ...' / 'Usage' / 'The HTTP
    # Content-Type header is used to ...' was refused: the short line named only part of
    # the 'HTTP Content-Type header' the sentences spoke of.
    made = entries_deck(
        "Retry-After\nThe HTTP Retry-After header tells a client how long to wait before it "
        "asks again.\nUsage\nThe HTTP Retry-After header is sent with a 503 or 429 response "
        "so that clients back off for a while. Servers set it in seconds or as a date.\n"
    )
    assert made["What is Retry-After?"].startswith("The HTTP Retry-After header tells"), made
    # ('The canvas element is part of HTML5 ...' under 'Canvas': one canvas, not many)
    _, made = deck(
        "# Canvas\n\nThe canvas element lets a script draw shapes and pictures on a page.\n"
    )
    asked = {prompt.lower() for prompt in made}
    assert {"what is the canvas?", "what is canvas?"} & asked, made


def test_labelled_mistakes_under_their_heading_are_not_a_glossary() -> None:
    # A reference card page ('TL;DR', 'Common Mistakes' over '- Not preloading critical
    # fonts — they are discovered late', 'Code Examples' over a short '✗ Vulnerable') was
    # read as a glossary of its mistakes: 'What are not preloading critical fonts?'
    made = entries_deck(
        "Image Lazy Loading\nAlso Known As\nlazy images\ndeferred images\nTL;DR\nPutting "
        "off the download of pictures below the fold until the reader scrolls near them.\n"
        "Explanation\nLoading choices: eager (the default) — the browser fetches every "
        "picture at once; lazy (the attribute) — it waits until a scroll brings the picture "
        "near; a script's observer (the old way) — code watches the scroll and swaps in the "
        "address; placeholders (blurred previews) — a tiny picture holds the space until the "
        "real one comes; sizes given (width and height) — the page keeps its layout.\n"
        "Why It Matters\nArticles hold megabytes of unseen pictures.\n"
        "Common Mistakes\n- Lazy loading the hero picture — it then shows late.\n- No width "
        "and height — the page jumps when pictures arrive.\n- Loading every picture eagerly "
        "— wastes data on phones.\n- Using a script where the attribute works — adds code "
        "for nothing.\nCode Examples\n✗ Wrong\n/* Hero picture put off — shows late:\n"
        "<img src=hero.jpg loading=lazy>\n"
    )
    assert "What is image lazy loading?" in made, made
    assert not any("lazy loading the hero" in prompt.lower() for prompt in made), made
    assert not any("/*" in prompt for prompt in made), made


def test_a_numbered_name_is_not_an_index_page() -> None:
    # 'Index 44' over 'The index 44 guards the bucket ...' was taken for a site's index
    # page ('Glossary', 'A-Z index'), the logo above it became the title, and fifty of
    # the benchmark's thousand entries clashed as 'VCA' and were refused.
    entries = parse_entries(
        "ACME\n\nIndex 7\n\nThe index 7 keeps the tokens for the gateway.\n\nIn one sentence"
        "\n\nThe index 7 is the token keeper of the gateway.\n",
        "page.txt",
    )
    assert [entry.title for entry in entries] == ["Index 7"], entries


def test_a_plural_after_the_name_then_an_adverb_and_a_bare_verb_is_the_subject() -> None:
    # 'FaaS capabilities also exist in private platforms ...' gave 'What does FaaS
    # capability?' -> 'Also exist in private platforms ...'
    made = entries_deck(
        "Platform as a service\nPlatform as a service (PaaS) is a cloud offering that runs "
        "your code on servers the provider manages.\nPaaS products first spread around "
        "2008. PaaS capabilities also exist in private clouds run by large firms.\n"
    )
    assert "What is PaaS?" in made, made
    assert not any(prompt.endswith(("capability?", "product?")) for prompt in made), made


def test_a_remark_in_passing_is_no_definition() -> None:
    # 'preconnect is just doing "more".' on a forum page, 'images are one thing that have
    # seemingly lagged behind' opening a blog post: asked as 'What is ...?'
    for text in (
        'Both hints open a connection early.\nprefetch is just doing "less".\nApart from '
        "support, is there a reason to pick one over the other?\n",
        "In mobile design, fonts are one thing that have quietly fallen behind. Few sites "
        "think about them at all.\n",
    ):
        made = made_or_refused(text)
        assert not any(answer.startswith(("Just doing", "One thing")) for answer in made.values())


def test_a_courses_menu_of_lessons_is_not_asked() -> None:
    # 'All lessons in this course' over the course's numbered lesson titles: 'What are
    # the four all lessons in this course?'
    made = entries_deck(
        "What Is an Origin Server?\n\nAn origin server is the server that holds the first "
        "copy of a site's files, which a CDN fetches and caches.\n\nAll lessons in this "
        "course\n\n  1. Caching Basics\n  2. Origin Servers\n  3. Cache Keys\n  4. Purging\n"
    )
    assert "What is an origin server?" in made, made
    assert not any("lessons" in prompt for prompt in made), made


def test_a_concept_defined_as_a_sequence_of_steps_keeps_its_headed_steps() -> None:
    # 'The Critical Rendering Path is the sequence of steps ...' over headings 'The DOM',
    # 'The CSSOM', 'The Layout': split into four terms ('What is The Layout?') and the
    # page's own concept lost.
    made = entries_deck(
        "The Build Pipeline\n\nThe Build Pipeline is the sequence of steps a project goes "
        "through to turn source files into a shipped app.\n\nThe Compiler\n\nThe Compiler "
        "is a program that turns the source code into machine code.\n\nThe Linker\n\n"
        "The Linker is a program that joins compiled pieces into one executable.\n\n"
        "The Packaging\n\nThe Packaging is the stage where the executable is wrapped with "
        "its assets.\n"
    )
    assert "What is the Build Pipeline?" in made, made
    assert not any(" The " in prompt for prompt in made), made


def test_a_headings_link_glued_to_its_last_word_is_not_part_of_the_name() -> None:
    # A docs site's 'Content Negotiation#' (its heading's link to itself) was asked as
    # 'What is Content Negotiation#?'; 'C#' keeps its mark.
    made = entries_deck(
        "Cache Busting#\n\nCache busting is a technique that gives a changed file a new "
        "address so browsers fetch it again.\n"
    )
    assert "What is Cache busting?" in made or "What is cache busting?" in made, made
    made = entries_deck("C#\n\nC# is a programming language made by Microsoft for .NET.\n")
    assert "What is C#?" in made, made


def test_a_quiz_number_glued_to_the_opening_question_is_no_part_of_the_title() -> None:
    # '1What is the role of the sidecar proxy in a service mesh?' was imported as an
    # entry titled '1What'.
    entries = parse_entries(
        "1What is the role of the broker in a message queue?\nSee how services hand work to "
        "each other.\nIn a system of many services, each one needs to pass work to others "
        "without waiting. A broker solves this by keeping messages until receivers take "
        "them, so senders never block.\n",
        "page.txt",
    )
    assert [entry.title for entry in entries] == ["Broker in a message queue"], entries


def test_the_sites_other_entries_under_related_terms_are_not_this_pages() -> None:
    # A glossary site's 'Dockerfile' entry, then 'Related Terms' over other entries of
    # the site ('A/B Testing', 'Algorithm'): imported as those, the Dockerfile lost.
    made = entries_deck(
        "Webhook\n\nDefinition\n\nA webhook is a call one app makes to another's address "
        "when an event happens.\n\nRelated Terms\n\nPolling\n\nPolling is asking a server "
        "again and again whether anything changed.\n\nQueue\n\nA queue is a list of "
        "messages kept in order until they are handled.\n"
    )
    assert "What is a webhook?" in made, made
    assert not any("olling" in prompt or "queue" in prompt for prompt in made), made


def test_a_heading_that_points_at_its_subject_is_not_asked_as_a_list() -> None:
    # 'Why This Matters' over 'Redundancy: ...', 'Performance: ...', 'Compliance: ...':
    # 'Why does this matter, in three points?', with nothing saying what 'this' is.
    made = entries_deck(
        "Edge Caching\nWhat you'll learn: how copies near users speed up a site.\nEdge caching "
        "is keeping copies of a site's files on servers close to its visitors.\nWhy This "
        "Matters\nSpeed: a visitor's request travels a short way.\nCost: the origin serves "
        "fewer requests.\nResilience: a copy answers while the origin is down.\n"
    )
    assert "What is edge caching?" in made, made
    assert not any("this" in prompt.split() for prompt in made), made


def test_a_link_back_and_an_index_link_above_the_title_are_chrome() -> None:
    # '← CodeClarityLab Home' / 'Browse by Category' over 'Message Ordering Guarantees':
    # asked 'What is the ← CodeClarityLab Home?'
    made = entries_deck(
        "← DevNotes Home\nBrowse by Category\n+ added · updated 7d\n← Back to glossary\n\n"
        "Dead Letter Queues\n\nmessaging Intermediate\n\nAlso Known As\n\nDLQ poison "
        "queue\n\nTL;DR\n\nA dead letter queue holds messages no consumer could handle, so "
        "they can be looked at later.\n\nWhy It Matters\n\nA bad message can block a queue "
        "forever without one.\n"
    )
    assert "What is a dead letter queue?" in made, made
    assert not any("←" in prompt or "Browse" in prompt for prompt in made), made


def test_a_dictionary_sites_antonyms_and_fun_facts_are_not_asked() -> None:
    # 'What are the five antonyms of NTP?' -> 'UTC, SNTP, ...'; 'What are the three
    # exciting facts of NTP?'
    made = entries_deck(
        "DHCP\n\nDefinition\n\nDHCP is a protocol that hands out network addresses to "
        "devices when they join a network.\n\nAntonyms\n\n- Static addressing\n- Manual "
        "setup\n- APIPA\n\nExciting Facts\n\n- Leases\n- Relays\n- Options\n"
    )
    assert "What is DHCP?" in made, made
    assert not any("antonym" in prompt or "facts" in prompt for prompt in made), made


def test_a_misconception_denied_after_its_dash_is_asked_false_without_the_denial() -> None:
    # 'Standard queues guarantee FIFO order — ... most pub/sub systems do NOT guarantee
    # order; ...' under 'Common Misconception' was asked whole and answered True.
    made = entries_deck(
        "Message Retries\n\nTL;DR\n\nMessage retries are repeated deliveries of a message "
        "that a consumer failed to handle.\n\nCommon Misconception\n\nRetries deliver each "
        "message exactly once — most brokers do NOT promise that; design consumers to take "
        "a message twice.\n"
    )
    assert made.get("True or false: retries deliver each message exactly once.") == "False", made
    assert not any("NOT" in prompt for prompt in made), made


def test_a_yes_or_no_question_answered_by_what_its_subject_is_keeps_the_verdict() -> None:
    # 'Is a higher mean time to recovery better?' -> 'Mean time to recovery is a metric
    # that tells you ...': never said no (INCOMPLETE, round 251, web118/fiix-...).
    page = (
        "# Error rate\n\n"
        "Error rate is the share of requests that fail over a period of time.\n\n"
        "## Is a higher error rate worse?\n\n"
        "Error rate is a metric that tells you how often a service lets its callers down. "
        "It should stay as close to zero as the service can manage. A rising rate is an "
        "early sign of trouble.\n\n"
        "## FAQ\n\n"
        "**Can an error rate be too low to trust?**\n\n"
        "Error rate is a figure that only counts the failures a service notices. A rate of "
        "zero may mean that failures go unrecorded.\n"
    )
    made = made_or_refused(page)
    assert made["Is a higher error rate worse?"].endswith(
        "It should stay as close to zero as the service can manage."
    ), made
    assert made["Can an error rate be too low to trust?"].endswith(
        "A rate of zero may mean that failures go unrecorded."
    ), made
    # 'A rising rate is an early sign of trouble' says what it tells of: no kind of rate
    assert "What is a rising rate?" not in made, made


def test_a_slogan_of_superlatives_is_no_definition_and_a_colon_after_a_judgement_is_cut() -> None:
    # 'A health check endpoint is the smallest, simplest piece of an application that
    # does the most work for ops.' answered 'What is ...?' (INCOMPLETE, round 251), and
    # 'Structured logging is simple in concept: instead of ...' was answered from 'Simple
    # in concept:' (GARBLED).
    made = made_or_refused(
        "Feature flag\n\n"
        "A feature flag is the cheapest, safest lever a team has over a release. It is the "
        "switch in the code that turns a feature on or off without a new deployment.\n"
    )
    assert made["What is a feature flag?"].startswith("The switch in the code"), made
    assert not [p for p in made if "cheapest, safest" in p], made
    made = made_or_refused(
        "Pair programming\n\n"
        "Pair programming is simple in concept: instead of writing code alone, two "
        "developers share one screen, one typing and one reviewing each line.\n"
    )
    assert made["What is pair programming?"].startswith(
        "Instead of writing code alone, two developers share one screen"
    ), made


def test_a_group_it_belongs_to_gives_way_to_what_it_is_and_small_words_are_no_letters() -> None:
    # 'LCP is one of the three Core Web Vitals.' answered 'What is LCP?' though 'LCP — the
    # time until ...' below says what it is (INCOMPLETE; web115/sitemetricstool-lcp.txt).
    made = made_or_refused(
        "TTFB is one of the two server timing metrics. Lower is better, and a CDN helps.\n"
        "TTFB — Time to First Byte\n"
        "TTFB — the time from sending a request until the first byte of the answer comes "
        "back.\n"
    )
    assert made["What is TTFB?"] == (
        "The time from sending a request until the first byte of the answer comes back."
    ), made
    # 'Interaction to Next Paint (INP)' was asked 'What is Interaction to Next Paint in
    # INP?': its letters skip the small word 'to', and are no field it belongs to
    made = made_or_refused(
        "Input to Next Frame (INF)\n\n"
        "Input to Next Frame is a responsiveness metric that times how long a page takes "
        "to draw its next frame after a tap.\n"
    )
    assert [p for p in made if p.startswith("What is")] == ["What is INF?"], made


def test_a_name_is_asked_in_lowercase_and_bare_when_the_page_never_counts_it() -> None:
    # 'Cache Busting' over 'Cache busting is a technique ...' asked 'What is Cache
    # busting?': 'Cache-Control' in the text made 'Cache' look like a name; 'Trunk-based
    # development' was asked 'What is a trunk-based development?' (web114, web115).
    made = made_or_refused(
        "Asset Fingerprinting\n"
        "Asset fingerprinting is a technique that puts a hash of a file's contents into its "
        "name, so a browser fetches the file again only when it changes. Pair it with "
        "Asset-Manifest files and long cache lifetimes.\n"
    )
    assert "What is asset fingerprinting?" in made, made
    made = made_or_refused(
        "Continuous deployment\n\n"
        "Continuous deployment is a release practice where every change that passes the "
        "pipeline goes to production without a person approving it.\n"
    )
    assert "What is continuous deployment?" in made, made


def test_a_figure_with_the_is_too_little_to_identify_a_concept_by() -> None:
    # 'The Dockerfile is the text recipe.' asked 'Which concept is the text recipe?'
    # (AMBIGUOUS, round 247; web116/cleanor-dockerfile.txt)
    made = made_or_refused(
        "Migration file\n\n"
        "A migration file is a script that changes a database's schema one step at a time, "
        "so every copy of the database can be brought to the same shape.\n\n"
        "These are easy to mix up. The migration file is the written plan. The schema is "
        "the result of running every plan in order.\n"
    )
    assert "What is a migration file?" in made, made
    assert "Which concept is the written plan?" not in made, made


def test_a_one_paragraph_page_that_goes_on_about_its_subject_is_about_it() -> None:
    # No title line; the only paragraph opens 'Log sampling keeps ...' and goes on 'It is
    # used to ...' (the shape of web118/openshift-distributed-tracing.txt): refused before,
    # as the name is said once only.
    made = made_or_refused(
        "Log sampling keeps only a share of the log lines a service writes, chosen by a "
        "rule such as one in a hundred. It is used to cut storage and shipping costs when "
        "a busy service writes far more lines than anyone reads. The lines kept still show "
        "the shape of the traffic.\n"
    )
    assert made["What does log sampling do?"].startswith("Keeps only a share of the log lines")
    assert made["What is log sampling used for?"].startswith("To cut storage and shipping costs")


def test_a_claims_answer_stops_where_another_thing_becomes_the_subject() -> None:
    # 'LZ77 finds repeated strings within the data, and Huffman coding represents those
    # strings ...' answered 'What does LZ77 do?' with both halves (GARBLED, WRONG in round
    # 250; web115/hashnodehub-brotli-vs-gzip.txt).
    made = made_or_refused(
        "Deflate\n\n"
        "Deflate is a lossless compression format that chains two methods.\n\n"
        "Deflate uses LZ77 and Huffman coding together. LZ77 replaces repeated strings "
        "with back-references, and Huffman coding gives the commonest symbols the "
        "shortest codes.\n"
    )
    assert made["What does LZ77 replace?"] == "Repeated strings with back-references.", made


def test_a_table_copied_with_its_cells_run_together_is_no_concept_of_its_own() -> None:
    # 'TermExplanation' over 'RowA single data entry, ...': a table's header and rows with
    # their cells glued, read as a section 'TermExplanation' and asked 'Which of these is a
    # single data entry ...?' -> 'TermExplanation' (WRONG, round 252; web119's wide-column
    # page). The rows are the page's terms and their glosses.
    page = (
        "What is a Message Broker?\n\n"
        "A message broker is a server that receives messages from producers and hands "
        "them to consumers, so the two never need to talk to each other directly.\n\n"
        "Core Concepts\n\n"
        "TermExplanation\n"
        "QueueA buffer that holds messages until a consumer takes them.\n"
        "Dead Letter QueueA queue for messages that could not be delivered.\n"
        "AcknowledgementA consumer's signal that a message was handled.\n\n"
        "FeatureAdvantage\n"
        "DecouplingProducers and consumers can change without each other.\n"
    )
    made = entries_deck(page)
    assert made["What is a message broker?"].startswith("A server that receives messages")
    assert not [a for a in made.values() if "Explanation" in a or "Advantage" in a], made
    assert glued_tables(page).split("\n")[8] == (
        "Dead Letter Queue: A queue for messages that could not be delivered."
    )


def test_a_passive_whose_participle_is_misspelt_is_not_what_it_is() -> None:
    # 'Migrations are orderd by the timestamp of their creation.' answered 'What are
    # database migrations?' (WRONG, round 252; flagged in a new user's review).
    assert (
        definition_of("Migrations are orderd by the timestamp of their creation.", ("Migrations",))
        is None
    )
    assert definition_of("Seeds are sorted by their file names.", ("Seeds",)) is None
    # a definition that only opens with a participle's look-alike stays one
    assert definition_of("A shard is a horizontal slice of a table.", ("Shard",)) is not None


def test_a_code_identifier_is_no_form_of_the_word_and_praise_before_what_it_does_is_kept() -> None:
    # 'What is idempotency?' -> 'A client-generated unique identifier ...', the definition
    # of the page's 'idempotentId' field (WRONG, round 249; web117/tracefinance-...), while
    # 'idempotency is a fundamental concept that ensures ...' was passed over as praise.
    assert definition_of("The throttleId is a value the client makes up.", ("Throttling",)) is None
    made = made_or_refused(
        "Throttling\n\n"
        "In API design, throttling is a fundamental concept that limits how many requests "
        "a client may send in a period of time.\n\n"
        "ThrottleId\n\n"
        "The throttleId is a client-generated value sent with each request of one client.\n"
    )
    assert made["What is throttling?"].startswith("A fundamental concept that limits"), made


def test_the_preferred_way_and_a_remark_worth_noting_are_not_what_a_theorem_is() -> None:
    # 'What is PACELC?' -> 'The prefered way of reasoning about systems from an overview
    # perspective.' (INCOMPLETE, AMBIGUOUS in round 249; web117/phughk-pacelc-theorem.txt);
    # left out, the next sentence's 'It is worth noting that ...' stood in for it.
    made = made_or_refused(
        "Two-phase locking\n\n"
        "Two-phase locking is the preferred way of keeping transactions serializable in "
        "many databases. It is worth noting that it does not stop deadlocks on its own.\n"
    )
    assert not [a for a in made.values() if a.startswith(("The preferred", "Worth"))], made
    assert not [p for p in made if "preferred way" in p], made


def test_a_page_that_opens_on_its_concept_keeps_its_opening_and_its_list() -> None:
    # No title line; the first sentence is about the concept without defining it, a
    # list follows, and the defining sentence comes later: nothing above it is chrome.
    page = (
        "Message queues mostly serve as buffers that sit between the programs that send "
        "work and the programs that do it (when both are running).\n"
        "What they are good at\n"
        "- absorbing bursts of traffic\n"
        "- letting a slow consumer catch up later\n"
        "- retrying work that failed\n"
        "A message queue is a store that holds messages in order until a consumer "
        "takes them.\n"
        "Most message queues keep their messages on disk.\n"
    )
    entry = parse(page, "page.txt")
    assert entry.title == "Message queue"
    body = "\n".join(item.text for section in entry.sections for item in section.items)
    assert "retrying work that failed" in body
    assert "absorbing bursts of traffic" in body
    _, made = deck(page)
    assert made["What is a message queue?"].startswith("A store that holds messages in order")


def test_a_tie_between_forms_goes_to_the_one_written_with_capitals_inside() -> None:
    # A code comment writes the name in lowercase as often as a sentence writes it with
    # its capitals: the question asks it as the sentence does.
    page = (
        "what is shadow dom in javascript\n"
        "// shadow dom\n"
        "- The shadow DOM is a hidden tree of elements attached to a host element,\n"
        "whose styles stay inside it.\n"
    )
    entry, made = deck(page)
    assert mention(entry).endswith("shadow DOM")
    assert [prompt for prompt in made if prompt.startswith("What is") and "shadow DOM" in prompt]


def test_a_label_in_another_script_is_no_title() -> None:
    # A tag page's label in the site's own language above an English tag description:
    # asking 'What is <that label>?' would be nonsense, so it is no title.
    page = (
        "Описание тега lazy-loading\n\n"
        "Loading images only when they are about to be seen\n\n"
        "For example:\n\n"
        '<img src="cat.png" loading="lazy">\n'
    )
    assert not any("описание" in prompt.casefold() for prompt in entries_deck(page))


def test_a_question_title_keeps_its_name_when_the_definition_gives_two() -> None:
    # 'What is X?' over '..., X or Y is a technique ...': the page asks about X; Y is
    # its other name, not part of it.
    page = (
        "What is Memoization?\n"
        "Quoting a textbook:\n"
        "In programming, memoization or tabling is a technique in which a function keeps "
        "the results of earlier calls and returns them when the same inputs come again.\n"
        "It trades memory for speed.\n"
    )
    entry, made = deck(page)
    assert entry.title == "Memoization"
    assert "tabling" in entry.aliases
    assert made["What is memoization?"].startswith("A technique in which a function keeps")


def test_a_page_cut_mid_sentence_and_a_stock_phrase_give_no_claim() -> None:
    # The page's copy stops in the middle of its last sentence, and one sentence only
    # says the concept is 'the best of both worlds': neither is worth a card.
    page = (
        "What is Edge Rendering\n\n"
        "What is Edge Rendering?\n"
        "Edge rendering is a way of building web pages on servers placed close to the "
        "reader instead of in one central data centre.\n"
        "Edge rendering combines the best of both worlds. It lets pages stay fresh "
        "while they arrive quickly and then\n"
    )
    _, made = deck(page)
    assert made["What is edge rendering?"].startswith("A way of building web pages")
    assert not [a for a in made.values() if "both worlds" in a or a.endswith("and then.")], made


def test_prose_wrapped_near_86_columns_is_joined_into_its_sentences() -> None:
    # A snippet site's text box wraps prose a little past 80 columns; the definition's
    # first line ended on 'two or more' and the answer stopped there.
    page = (
        "A livelock is a situation that can occur in a concurrent program where two or more\n"
        "threads are busy, changing state in answer to each other, so none of them progresses.\n"
        "\n"
        "Picture two people meeting in a narrow corridor who both step aside to one side and\n"
        "then both step back again, over and over, politely blocking each other for ever and\n"
        "never getting past, although neither of them is actually waiting for anything at all.\n"
        "\n"
        "Programs avoid livelocks by adding a random delay before a thread retries its work, so\n"
        "that two threads stop reacting to each other in lock step and one of them gets ahead.\n"
    )
    _, made = deck(page)
    assert made["What is a livelock?"].endswith("so none of them progresses."), made


def test_a_capitalised_common_noun_after_a_is_asked_in_lowercase() -> None:
    page = (
        "A Livelock is a situation in which two or more threads keep reacting to each other\n"
        "without making progress. Each thread changes state because the other one did.\n"
    )
    _, made = deck(page)
    assert "What is a livelock?" in made, made


def test_an_opening_that_says_when_a_concept_arises_titles_the_page() -> None:
    # 'A deadlock in an operating system arises when ...' opens the page; a later 'The
    # deadlock situation is especially prevalent in ...' is where it is met, not what it is.
    page = (
        "A livelock in a concurrent program arises when two or more threads keep answering "
        "each other's moves without ever getting on with their work. Imagine two polite "
        "people in a corridor.\n\n"
        "The livelock situation is especially prevalent in retry loops without any delay, "
        "where many threads compete for one lock.\n"
    )
    entry, made = deck(page)
    assert entry.title == "Livelock"
    assert not [a for a in made.values() if a.startswith("Especially prevalent")], made


def test_a_question_over_the_term_and_its_gloss_asks_the_gloss() -> None:
    # A homework site's question, then 'Term: gloss' whose gloss opens 'The
    # circumstances where ...': the gloss is the answer, without the term before it.
    page = (
        "What is Thrashing?\n"
        "Thrashing: The circumstances where a system spends more time moving pages "
        "between memory and disk than running programs. It slows everything down.\n"
    )
    _, made = deck(page)
    assert made["What is thrashing?"].startswith("The circumstances where a system"), made


def test_a_headword_in_capitals_with_its_part_of_speech_is_glossed() -> None:
    page = (
        "PAGE REPLACEMENT\n"
        "PAGE REPLACEMENT (n.) The choice of which page in memory to evict when a new "
        "page must be loaded and memory is full. For example, the oldest page may go.\n"
    )
    made = entries_deck(page)
    assert [a for p, a in made.items() if p.lower() == "what is page replacement?"], made


def test_a_dictionary_head_line_titles_the_word_not_its_part_of_speech() -> None:
    page = (
        "Skip to definition.\n"
        "Get the free dictionary app for your phone\n\n\n"
        "Noun: semaphore\n"
        "  1. (computer programming) a counter that processes check and change to share a "
        "limited number of resources\n\n"
        "Encyclopedia: Semaphore\n"
    )
    made = entries_deck(page)
    assert made and not [p for p in made if "noun" in p.lower()], made


def test_where_a_thing_is_installed_is_asked_with_where_and_one_verb_per_answer() -> None:
    page = (
        "Browser extension\n\n"
        "A browser extension is a small program that adds a feature to a web browser. "
        "Browser extensions can be installed on most desktop browsers, letting people "
        "change how pages look. A browser extension may read every page you open or may "
        "send data to its maker.\n"
    )
    _, made = deck(page)
    assert "How can browser extensions be installed?" not in made, made
    assert made.get("Where can browser extensions be installed?", "").startswith("On most"), made
    read = [a for p, a in made.items() if p.startswith("What may")]
    assert read and not [a for a in read if "may send" in a], made


def test_a_notes_gloss_without_its_article_over_links_gives_no_card_of_a_stray_noun() -> None:
    # 'Lazy loading: set of techniques ...:' twice, then links, then 'The concept is
    # generic ...': no card may ask 'What is the concept?'.
    page = (
        "Prefetching: set of techniques to fetch (some) resources before they are asked "
        "for (eg. the next page):\n"
        "Prefetching: set of techniques to fetch (some) resources before they are asked "
        "for (eg. the next page):\n"
        "* https://example.org/wiki/Prefetching\n"
        "* https://example.org/docs/prefetch\n"
        "The concept is generic and can be applied to many things.\n"
    )
    assert not [p for p in entries_deck(page) if "concept" in p.lower()]


def test_an_event_named_last_with_it_is_called_is_defined_by_the_event() -> None:
    page = (
        "When two threads wait for each other to let go of a lock and neither ever does, "
        'it is called a "deadly embrace".\n'
        "When two threads wait for each other to let go of a lock and neither ever does, "
        'it is called a "deadly embrace".\n'
    )
    made = entries_deck(page)
    assert [a for p, a in made.items() if "deadly embrace" in p.lower() and a.startswith("When")]


def test_a_dictionary_sense_set_as_a_point_under_noun_is_the_gloss() -> None:
    # WordWeb's layout: 'Noun: ...', its first sense as a point, where the word comes
    # from after a semicolon, an example in quotes, then its derived forms.
    page = (
        "Noun: busy waiting\n"
        "- A way of waiting in which a thread keeps checking a condition in a loop instead "
        "of sleeping; the term comes from the thread staying busy while it does nothing\n"
        '"The driver wasted a core on busy waiting"\n'
        "Derived forms: busy waitings\n"
    )
    made = entries_deck(page)
    answer = made.get("What is busy waiting?", "")
    assert answer.startswith("A way of waiting in which a thread keeps checking"), made
    assert "term comes from" not in answer


def test_a_jargon_entry_with_sense_number_and_register_is_glossed() -> None:
    # The Jargon File: 'word: n. 1. [techspeak] gloss', wrapped by hand at 70 columns.
    page = (
        "livelock: n. 1. [techspeak] A situation wherein two or more processes keep\n"
        "changing state in answer to each other without any of them getting on\n"
        "with its work. Compare deadlock, in which nothing moves at all, while\n"
        "here everything moves and nothing is done. See also deadly embrace.\n"
        "2. Also used of people who keep stepping aside for each other.\n"
    )
    made = entries_deck(page)
    assert [
        a
        for p, a in made.items()
        if p.startswith("What is")
        and "livelock" in p.lower()
        and a.startswith("A situation wherein two or more processes")
    ], made


def test_a_definition_after_at_a_low_level_names_its_concept() -> None:
    page = (
        "The Very Heart of Any Computer is the Scheduler\n\n \n\n \n\n"
        "At a low level, the “scheduler” is the part of the operating system that decides "
        "which program runs next on each processor. It runs many times a second.\n\n \n\n"
        "The scheduler is generally tuned for either speed or fairness.\n"
    )
    made = entries_deck(page)
    assert [
        a for p, a in made.items() if p in ("What is a scheduler?", "What is the scheduler?")
    ] == [
        "The part of the operating system that decides which program runs next on each processor."
    ]


# Pages whose one trait kept their "What is X?" card from being made: the page, the
# question, how its answer opens.
_WHAT_IS_BEHIND_A_TRAIT = {
    # a plural subject that occurs when: defined by when it occurs
    "occur-when": (
        "page faults\n\n"
        "Page faults occur when a program touches memory that is not in RAM at that "
        "moment. Too many of them can slow a machine to a crawl.\n",
        "What are page faults?",
        "When a program touches memory",
    ),
    # a snippet that is one quotation and who said it: the words quoted
    "quotation": (
        '"In networking, a socket is one end of a two-way link between two programs '
        'running on a network," bob_r explains.\n',
        "What is a socket?",
        "One end of a two-way link",
    ),
    # a homework answer: its question, labels, then every heading and its text run
    # together on one line ('# Explanation:## Step1: ... ### text')
    "headings-on-one-line": (
        "Question\n"
        "What is a page table and how does it work?\n"
        "Solution\n"
        "Answer\n"
        "# Explanation:## Step1: Understanding Page Tables ### A page table is a map kept "
        "by the operating system from a program's virtual pages to frames of physical "
        "memory. It is read on every memory access.## Step2: Lookups ### The hardware "
        "walks the table to turn each address into a physical one.# Answer: ### A page "
        "table maps virtual pages to physical frames.\n",
        "What is a page table?",
        "A map kept by the operating",
    ),
    # a sentence for a title ('LocalStorage is part of W3C Web Storage'), the concept
    # its subject, defined in the next paragraph
    "sentence-title": (
        "SessionStorage is part of Web Storage\n\n"
        "SessionStorage is a key-value store in the browser that lasts as long as its tab "
        "stays open.\n\n"
        "SessionStorage keeps a separate area for each origin and each tab.\n",
        "What is SessionStorage?",
        "A key-value store in the browser",
    ),
    # a glossary's gloss set as the first point under the term, then its navigation
    "gloss-as-first-point": (
        "SiteTerms.info\n"
        "Debouncing\n"
        "- A technique that waits until a burst of events has stopped before running a "
        "handler once. It keeps a search box from firing on every key.\n"
        "- Previous term: DNS prefetch\n"
        "- Next term: DOM\n",
        "What is debouncing?",
        "A technique that waits until a burst",
    ),
    # 'Long name — a gloss', its letters used in the next sentence: asked by its letters
    "expansion-dash-gloss": (
        "Web Content Accessibility Guidelines — a set of rules for making web pages usable "
        "by people with disabilities. WCAG sorts its rules into three levels, A, AA and "
        "AAA.\n",
        "What is WCAG?",
        "A set of rules for making web pages usable",
    ),
}


@pytest.mark.parametrize("trait", sorted(_WHAT_IS_BEHIND_A_TRAIT))
def test_a_layout_trait_no_longer_hides_the_what_is_card(trait: str) -> None:
    page, prompt, opening = _WHAT_IS_BEHIND_A_TRAIT[trait]
    made = entries_deck(page)
    assert made.get(prompt, "").startswith(opening), made


def test_a_colon_spaced_on_the_page_is_not_spaced_in_the_question() -> None:
    # 'Mutex can have two different states : lock and unlock.' was asked as written:
    # 'Which concept can have two different states : lock and unlock?'
    page = (
        "Spinlock is a lock that a waiting thread keeps checking in a loop.\n"
        "It is a light form of locking. When a program starts, no spinlock is held.\n"
        "Spinlock can have two different states : held and free.\n"
        "Only one thread can hold a spinlock at a time and any other thread trying to take "
        "it keeps spinning.\n"
    )
    prompts = list(entries_deck(page))
    assert prompts and not [p for p in prompts if " : " in p], prompts
    assert [p for p in prompts if "two different states: held and free" in p], prompts


def test_a_question_asked_again_in_brackets_is_no_part_of_the_name() -> None:
    assert title_from_question("What Are Coroutines (What is a Coroutine)?") == ("Coroutines", "")


def test_an_opening_there_is_names_no_concept() -> None:
    # 'In a computer there is a component which in called R.A.M ...' titled its entry
    # 'In a computer there', with no card.
    page = (
        "In a computer there is a part which is called the swap file, it is pretty much "
        "where the programmes that do not fit in memory are kept. Anyway back onto what "
        "paging is, the memory is small and fills up quickly.\n"
    )
    try:
        entries = parse_entries(page, "page.txt")
    except cards.ParseError:
        return
    assert not [e.title for e in entries if "there" in e.title.lower()]


def test_a_definition_that_only_leads_to_a_list_and_praise_are_not_answers() -> None:
    led = made_or_refused(
        "Flex line\n\n"
        "In the CSS Flexible Box specification, a flex line is defined as the following -\n\n"
        "- a row of flex items\n- laid out along the main axis\n"
    )
    assert not [a for a in led.values() if a.rstrip().endswith(("-", "following"))], led
    praised = made_or_refused(
        "Shadow tree\n\n"
        "A shadow tree is a neat concept: instead of styling the page as one piece, you "
        "give each widget a tree of its own.\n"
    )
    assert not [a for a in praised.values() if a.lower().startswith("a neat concept")], praised


def test_a_generated_by_line_is_no_entry_of_its_own() -> None:
    # A machine-written encyclopedia's page: its name glued to its motto, the title,
    # 'Generated by <model>', a note, pipeline figures, an infobox run together, the
    # title again, then the article.
    page = (
        "RoboPediaThe open encyclopedia written by machines\n\n"
        "WS (WebSocket Protocol)\n\n"
        "Generated by GPT-5-mini\n"
        "Note: This article was automatically generated by a language model. It may "
        "contain mistakes.\n"
        "Article Genealogy\n"
        "Expansion Funnel Raw 40 → Dedup 0\n"
        "1. Extracted40\n"
        "2. After dedup0 (None)\n"
        "WS (WebSocket Protocol)\n"
        "NameWS (WebSocket Protocol)\n"
        "DeveloperIETF\n"
        "Initial release2011\n\n"
        "WS (WebSocket Protocol) is a protocol that keeps one connection open so that a "
        "browser and a server can send each other messages at any time. It starts as an "
        "HTTP request and is then upgraded.\n\n"
        "Overview\n\n"
        "WS was designed to end the polling that chat pages did before it. A server can "
        "push a message the moment it has one.\n\n"
        "History\n\n"
        "Work on WS began in 2008 and the protocol was published in 2011.\n"
    )
    made = entries_deck(page)
    assert not [p for p in made if "generated" in p.lower()], made


def test_a_file_name_over_numbered_steps_is_no_list_of_the_concept() -> None:
    # 'ServiceWorker.js' over two numbered steps of its code asked 'What are the two
    # ServiceWorker.js of the service worker?'
    page = (
        "web worker\n\n"
        "web worker is javascript that runs in a background thread beside a page.\n\n"
        "example\n\n"
        "Worker.js\n\n"
        "1. take the message the page posted.\n"
        "2. add up the numbers in it and post the sum back to the page.\n\n"
        "postMessage()\nsend a message to the page\n"
    )
    made = entries_deck(page)
    assert not [p for p in made if ".js" in p], made


def test_a_three_way_comparison_is_refused_for_what_it_is() -> None:
    # A real comparison of three storage kinds was refused as a page with 'no title',
    # though its first line is one.
    page = (
        "Difference between Tabs, Windows, and Frames?\n"
        "Tabs, windows and frames all hold pages, but they differ:\n"
        "1. Tabs:\n- Share: one window\n"
        "2. Windows:\n- Share: nothing\n"
        "3. Frames:\n- Share: one page\n"
    )
    try:
        parse_entries(page, "page.txt")
    except cards.ParseError as error:
        assert "has no title" not in error.message
        assert "compares three or more things (Tabs, Windows, and Frames)" in error.message
    else:
        raise AssertionError("a three-way comparison gave entries")


def test_an_abbreviated_title_is_defined_by_its_words() -> None:
    # 'What is a JWT?' over 'The JSON Web Token is a safe way to ...' gave no card and no
    # message: the sentence defines the words the letters stand for.
    entry, made = deck(
        "What is an SLA?\n"
        "The Service Level Agreement is a written promise of how available a service "
        "will be. It also says what the customer gets back when the promise is broken.\n"
    )
    assert entry.title == "SLA"
    assert made["What is an SLA?"].startswith(
        "A written promise of how available a service will be."
    ), made


def test_a_bracket_left_open_at_a_line_end_goes_on_below() -> None:
    # 'Object-relational mapping (' / 'ORM, O/RM ...) in computer science is ...' took the
    # first line for the title and refused the page.
    made = made_or_refused(
        "Content delivery network (\n"
        "CDN, or content distribution network) is a spread of servers that keep copies "
        "of a site close to its readers.\n"
        "read more >>\n"
    )
    defined = [p for p, a in made.items() if a.startswith("A spread of servers that keep")]
    assert defined and defined[0].startswith("What is"), made
    assert made.get("What does CDN stand for?") == "Content delivery network", made


def test_a_sentence_that_names_its_concept_last_titles_an_untitled_page() -> None:
    # 'A sequence of database modifications, i.e., a sequence of insert, update, and
    # delete statements,is called a transaction.' opened a page with no title line.
    made = made_or_refused(
        "A list of values kept in order, i.e., one value after another in memory,is "
        "called an array.\n"
        "Each value is reached by its position, counted from zero.\n"
    )
    assert made.get("What is an array?") == "A list of values kept in order.", made
    # (a sentence that says when a thing runs names no concept)
    assert definition_of("The handler is called the first time a request arrives.") is None


def test_a_name_in_capitals_and_its_field_before_what_it_does() -> None:
    # 'An INNER JOIN in SQL combines rows ...' opened a page with no title line: refused.
    made = made_or_refused(
        "A LEFT JOIN in SQL combines every row of the first table with the matching rows "
        "of the second. It returns the rows with no match too, filled with nulls.\n"
        "It is written after the FROM clause, and every LEFT JOIN needs an ON condition. "
        "A LEFT JOIN keeps the first table whole.\n"
    )
    assert made.get("What does a LEFT JOIN do?") == (
        "Combines every row of the first table with the matching rows of the second."
    ), made


def test_a_wrapper_after_an_ellipsis_leaves_the_name() -> None:
    # 'OAuth…in simple words' was read as a title whole.
    assert title_without_wrapper("Sharding…in simple words") == "Sharding"
    assert title_without_wrapper("Sharding... in plain language") == "Sharding"
    assert title_without_wrapper("Sharding explained in simple words") == "Sharding"


def test_an_untitled_note_opening_on_what_a_thing_tries_is_its_concept() -> None:
    # 'A' / 'brute force attack tries every possible password combination ...': the
    # page was refused ('has no title'). The name's first words come back twice more;
    # 'tries' with an object says what it does ('tries to ...' would be its aim). A
    # point about another thing that answers with the page's own concept is no card.
    made = made_or_refused(
        "A\n"
        "dictionary password attack tries the words of a list of common passwords one "
        "after another. A longer dictionary password list makes it slower.\n"
        "Defense: a passphrase of random words is far from every list. MFA defeats "
        "dictionary password guessing even when a password is found.\n"
    )
    assert made.get("What does a dictionary password attack do?") == (
        "Tries the words of a list of common passwords one after another."
    ), made
    assert not [a for a in made.values() if a.lower().startswith("dictionary")], made


def test_a_heading_over_the_definition_of_another_concept_gives_way_to_it() -> None:
    # 'Browser Isolation' (a lecture's heading) over 'The same-origin policy is a ...
    # mechanism ...' and more about the policy: the definition was taken for the
    # title's subtitle and the page gave no card and no message.
    made = made_or_refused(
        "Memory Safety\n\n"
        "The borrow checker is a compile-time pass that keeps two parts of a program from "
        "changing the same value at once. It checks:\n\n"
        "  • who owns each value\n"
        "  • how long each reference lives\n\n"
        "Rules\n\n"
        "  • The borrow checker allows many readers or one writer, never both.\n"
        "  • Code the borrow checker rejects does not compile.\n"
    )
    assert made.get("What is the borrow checker?", "").startswith("A compile-time pass"), made


def test_what_a_thing_is_then_called_by_name_titles_the_page_by_the_name() -> None:
    # 'A database’s logical blueprint is called a database schema.' titled the page
    # 'Database’s logical blueprint' and asked 'Which concept is called a database
    # schema?' -> 'Database’s logical blueprint': the question the wrong way round.
    made = made_or_refused(
        "If you are new to networks, the words can feel like a wall.\n"
        "Teams ask:\n"
        "- Why does my laptop get a new address at home?\n"
        "- Who hands addresses out?\n"
        "Most of it is simpler than it sounds.\n"
        "A network's address clerk is called a DHCP server. It hands out:\n"
        "- an IP address\n"
        "- the gateway to use\n"
    )
    assert made.get("What is a DHCP server?") == "A network's address clerk.", made
    assert not [p for p in made if "called" in p], made


def test_a_gloss_that_prevents_is_asked_as_what_it_does() -> None:
    # 'HttpOnly' / 'Prevents JS access, protecting against XSS attacks.' asked 'What is
    # HttpOnly?', a question its answer does not fit.
    made = entries_deck(
        "Mount options\n\n"
        "NoExec\n\n"
        "Prevents running programs stored on the mounted disk, which stops many attacks.\n\n"
        "NoSuid\n\n"
        "Stops programs on the disk from gaining their owner's rights.\n"
    )
    assert made.get("What does NoExec do?", "").startswith("Prevents running programs"), made
    assert made.get("What does NoSuid do?", "").startswith("Stops programs on the disk"), made


def test_a_definition_quoted_from_a_source_is_the_answer_without_its_lead() -> None:
    # 'OAuth…in simple words' over 'Let’s start by some OAuth definition from Wikipedia
    # and try to break it down: “OAuth provides to clients ...': refused ('has no section
    # a card can be made from').
    made = made_or_refused(
        "Kerberos…in simple words\n\n"
        "Here is a Kerberos definition from an old manual, and we will unpack it: “Kerberos "
        "gives each user a ticket that proves who they are to every service on the network. "
        "It never sends a password across the network.” Let us see what that means…\n"
    )
    assert made.get("What does Kerberos do?") == (
        "Gives each user a ticket that proves who they are to every service on the network."
    ), made


def test_an_article_is_never_the_name_of_what_a_page_does() -> None:
    # 'The process of starting a TCP session ... consists of three steps:' ... 'The
    # process is called a “three-step handshake” because ...' titled the page 'The': its
    # article read as a name of its own, 'process' as its verb.
    page = (
        "The process of joining a Wi-Fi network, also called an association, takes a few "
        "steps:\n"
        "A laptop that wants to join sends a probe to the access point.\n"
        "The access point answers, and the laptop sends its password.\n"
        "The process is called a “four-way handshake” because four messages pass in all.\n"
    )
    try:
        entries = parse_entries(page, "page.txt")
    except cards.ParseError as error:
        assert "'The'" not in error.message
    else:
        assert [entry.title for entry in entries if entry.title == "The"] == []


def test_a_question_title_without_its_question_mark_names_its_concept() -> None:
    # 'What do you mean by data encapsulation' (twice, no '?') over a numbered list whose
    # first point defines it: no card and no message.
    made = made_or_refused(
        "What do you mean by dependency injection\n\n"
        "What do you mean by dependency injection\n\n"
        "  1. Dependency injection is the practice of handing an object the parts it needs "
        "instead of letting it build them.\n\n"
        "  2. We can pass the parts in through the constructor or through setters\n\n"
        "  3. Tests can then hand in fake parts\n"
    )
    assert made.get("What is dependency injection?", "").startswith(
        "The practice of handing an object the parts it needs"
    ), made


def test_a_sentence_that_only_spells_out_the_letters_gives_both_cards() -> None:
    # 'An IDE is an Integrated Development Environment.' / 'It’s a piece of software that
    # ...': no card and no message.
    made = made_or_refused(
        "An SSD is a Solid State Drive.\n\n"
        "It’s a kind of storage that keeps data on flash chips, with no moving parts; "
        "that is why it reads files faster than a spinning disk.\n\n"
        "Please note: prices are as of last year.\n"
    )
    assert made.get("What does SSD stand for?") == "Solid State Drive", made
    assert made.get("What is an SSD?", "").startswith("A kind of storage that keeps data"), made


def test_a_what_does_it_do_title_over_what_it_does_gives_its_card() -> None:
    # 'What does a firewall do?' / 'A firewall prevents computers on your network from
    # ...': refused ('has no title').
    made = made_or_refused(
        "What does a load balancer do?\n"
        "A load balancer spreads incoming requests over several servers so that no one "
        "server is swamped. A load balancer can be a program or a box of its own.\n"
    )
    assert made.get("What does a load balancer do?", "").startswith(
        "Spreads incoming requests over several servers"
    ), made


def test_a_refused_page_with_a_title_line_is_not_said_to_have_none() -> None:
    # 'ICMP Echo' over 'ICMP echo messages are sent to a remote host ...': the refusal
    # said the page 'has no title'.
    with pytest.raises(cards.ParseError) as caught:
        parse_entries(
            "Echo Request\n"
            "Echo request messages are sent to a remote host and are returned in a reply. "
            "Their main use is to check that the host is up.\n"
            "- Host A makes an echo message with its own address as the source.\n"
            "- The message crosses the network to host B.\n"
            "- Host B copies it into a reply.\n"
            "That is how a ping works by the way...\n",
            "page.txt",
        )
    assert "has no title" not in caught.value.message
    assert "'Echo Request'" in caught.value.message


def test_a_property_in_able_is_not_what_a_thing_is() -> None:
    # 'A 404 response is cacheable by default; i.e., ...' answered 'What is a 404
    # response?' (WRONG: a side property for a definition).
    made = made_or_refused(
        "ETag header\n"
        "An ETag header is readable by scripts only when the server allows it; i.e., "
        "unless it is listed for exposure.\n"
        "Servers send one with most responses.\n"
    )
    assert not [a for a in made.values() if a.lower().startswith("readable")], made


def test_a_definition_stops_before_the_other_side_of_a_but() -> None:
    # 'A "parameter" is a very general, broad thing, but an "argument: is a very specific,
    # concrete thing.' answered 'What is a parameter?' with both halves.
    _, made = deck(
        "Type\n\n"
        'A "type" is a whole family of values, but a "value" is one member of it. '
        "Every variable holds a value of some type.\n"
    )
    assert made.get("What is a type?") == "A whole family of values.", made
    # ('Every variable holds a value of some which concept?': 'some' asks for no name)
    assert not [p for p in made if "some which" in p], made


def test_a_beginners_page_on_a_kind_of_statement_asks_plainly() -> None:
    # 'What Is a Loop in Programming? (Made Simple for Beginners)' / 'Loops are one of the
    # most powerful tools ... They allow us to repeat ...' asked 'What is Loop in
    # Programming?' -> 'Allow us to repeat ...', and a mistake's label 'Infinite Loops –
    # When the loop never stops (bad!)' became 'True or false: Infinite Loops.'.
    made = made_or_refused(
        "What Is a Branch in Programming? (Made Simple for Beginners)\n\n"
        "Branches are one of the first tools in programming. They let a program choose "
        "between two paths, depending on a condition.\n\n"
        "How do branches work\n\n"
        "A branch checks its condition once and runs one of its two blocks.\n\n"
        "Common Mistakes With Branches\n\n"
        "  1. Dead Branches – When the condition can never be true (bad!):\n\n"
        "  2. Forgetting the else block\n"
    )
    assert made.get("What do branches do?", "").startswith("Let a program choose"), made
    assert not [p for p in made if "in Programming" in p or "Dead Branches?" in p], made
    # (the page's last line, cut there as far as anyone can tell, is half a claim)
    assert not [p for p in made if "…" in p], made


def test_a_python_comment_in_pasted_code_is_no_markdown_title() -> None:
    # A unit-testing guide with a snippet pasted without its fence ('# Code to test' /
    # 'def multiply(x, y):') was read as Markdown titled 'Code to test': no card.
    made = made_or_refused(
        "What Is Memoization? A Beginner’s Guide\n"
        "Programs often compute the same answer twice.\n"
        "Memoization is the practice of storing the result of a call so that the same "
        "call later returns it at once.\n"
        "Example\n"
        "python\n"
        "# Slow version\n"
        "def fib(n):\n"
        "return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
        "# Fast version\n"
        "import functools\n"
        "How Memoization Works\n"
        "1. Look the call up in a table.\n"
        "2. Return the stored answer when it is there.\n"
        "3. Otherwise compute it and store it.\n"
    )
    assert made.get("What is memoization?", "").startswith("The practice of storing"), made


def test_a_title_for_new_programmers_with_its_date_names_the_concept() -> None:
    # 'Variable Scope for New Programmers (17 Oct 2005)' over 'First of all, what is
    # variable scope? Essentially, variable scope describes when ...': refused.
    assert title_without_wrapper("Closures for New Programmers (3 Mar 2011)") == "Closures"
    assert title_without_wrapper("Pointers for Developers") == "Pointers"
    made = made_or_refused(
        "Closures for New Programmers (3 Mar 2011)\n"
        "First of all, what is a closure? Essentially, a closure is a function that keeps "
        "the variables of the place where it was made. It can use them long after that "
        "place has returned.\n"
    )
    assert made.get("What is a closure?", "").startswith("A function that keeps"), made


def test_an_answer_that_stopped_at_a_comma_ends_as_a_sentence() -> None:
    # 'SameSite' / 'Controls whether cookies are sent with cross-site requests,' / 'Options
    # are:' answered with the trailing comma.
    made = made_or_refused(
        "Cache\n\n"
        "A cache keeps copies of data close to where they are used,\n\n"
        "Kinds are:\n\n  • Memory\n  • Disk\n"
    )
    assert [a for a in made.values() if a.endswith("where they are used.")], made
    assert not [a for a in made.values() if a.endswith(",")], made


def test_a_course_page_on_one_tool_of_a_kind_asks_it_cleanly() -> None:
    # A course page titled 'What is Git?' that defines version control systems asked
    # 'What is Git?' -> 'One VCS and is prevalent amongst ...' (GARBLED), 'We have seen
    # repositories before in which concept?' -> 'Git' (the course's own story), and 'What
    # can a compiler optimise?' -> 'The code by reducing ...' (object and means run
    # together) on another.
    made = made_or_refused(
        "What is Mercurial?\n"
        "Version Control Systems\n"
        "A version control system (VCS) is a system for keeping every version of a code "
        "base. Mercurial is one VCS and is popular with large teams.\n"
        "We have seen repositories before in Mercurial. A repository holds the files and "
        "their history.\n"
        "Mercurial can shrink the history by packing old versions into a single file.\n"
    )
    assert made.get("What is Mercurial?") == "A VCS, popular with large teams.", made
    assert not [p for p in made if p.startswith("We have seen")], made
    assert made.get("How can Mercurial shrink the history?") == (
        "By packing old versions into a single file."
    ), made


def test_i_finally_understand_x_is_a_post_on_x() -> None:
    # 'I finally understand requestAnimationFrame' (twice) over 'I knew
    # requestAnimationFrame was a Web API that helps smooth out the animations.': no card.
    assert title_without_wrapper("I finally understand useEffect") == "useEffect"
    made = made_or_refused(
        "I finally understand useEffect\n\n"
        "I finally understand useEffect\n\n"
        "I knew useEffect was a React hook that runs code after a render. But I never "
        "really understood the why.\n\n"
        "How rendering works:\n\n"
        "React draws the page, then runs each useEffect whose inputs changed.\n"
    )
    assert made.get("What is useEffect?") == "A React hook that runs code after a render.", made


def test_a_short_name_in_brackets_after_the_subject_leaves_it_the_subject() -> None:
    # 'The PodDisruptionBudget kind (or PDB) is used to configure ...' gave no card: the
    # bracket after the name hid that the sentence is about it.
    made = made_or_refused(
        "HorizontalPodAutoscaler\n\n"
        "The HorizontalPodAutoscaler (or HPA) is used to change the number of pods as the "
        "load changes.\n"
    )
    assert made.get("What is the HorizontalPodAutoscaler used for?") == (
        "To change the number of pods as the load changes."
    ), made


def test_an_example_expression_or_a_table_row_is_never_the_title() -> None:
    # '"password123" + "random_salt"' and 'TURE, T, F, UNK' were read as the titles of
    # two untitled pages, and the refusals named them.
    for page in (
        "When you “pepper” a password, it means you add a secret before hashing it.\n"
        "How it works:\n"
        "- A secret pepper is kept for the whole site.\n"
        "- The pepper is joined to the password (e.g.,\n"
        '"hunter2" + "site_pepper"\n'
        "). - The result is hashed.\n"
        "- Only the hash is stored.\n",
        "three_value_logicIn SQL, When a NULL is involved in a comparison, the result is "
        "UNKNOWN (it may be TRUE or FALSE). Hence, SQL uses a three valued logic.\n\n"
        '[table caption="Logic with AND" width="350"]\n'
        "AND,TRUE,FALSE,UNKNOWN,\n"
        "TRUE, T, F, UNK\n"
        "FALSE, F,F,F\n"
        "UNKNOWN,UNK,F,UNK\n"
        "[/table]\n",
    ):
        with pytest.raises(cards.ParseError) as caught:
            parse_entries(page, "page.txt")
        assert '"hunter2"' not in caught.value.message, caught.value.message
        assert "TRUE, T" not in caught.value.message, caught.value.message
        assert "menu" not in caught.value.message, caught.value.message


def test_the_texts_own_talk_and_its_fashion_are_no_definitions() -> None:
    # Two cards of a blind reading: 'What is the important point?' -> 'How highlighting
    # is implemented.' (a point of the text's, taken for a concept) and 'What is CI/CD?' ->
    # 'The rage in the modern world of software development.' (its fashion).
    made = made_or_refused(
        "The important point is how the handler finds the child that was clicked. The "
        "handler reads event.target to find it, then walks up to the row.\n\n"
        "Event delegation lets one handler on a table catch clicks on all its rows.\n"
    )
    assert not [p for p in made if "important point" in p], made
    _, made = deck(
        "GitOps\n\nGitOps is all the rage in the modern world of operations. It keeps the "
        "wanted state of every system in a Git repository.\n"
    )
    assert not [a for a in made.values() if "rage" in a], made


def test_a_courses_numbering_is_no_title() -> None:
    # 'What is a topic 10?' -> 'A cloud isn't one building.' (a blind reading): a course's
    # 'Topic 10' was read as the concept, and the page's first sentence as its definition.
    made = made_or_refused(
        "Topic 10\n\n"
        "A cloud isn't one building. A cloud region is a place where a provider runs several "
        "data centres.\n\n"
        "Regions and zones\n\n"
        "Each region holds two or more availability zones.\n"
    )
    assert not [p for p in made if "topic 10" in p.lower()], made


def test_an_answer_stops_at_a_glued_clause_and_before_an_informal_example() -> None:
    # Two cards of a blind reading: 'What is a stored procedure?' -> 'A subroutine;Second,
    # when database privileges ...' (a two-column page whose lines ran together) and 'What
    # is candidate key?' -> 'A part of superkey for eg: If super key has three ...' (an
    # example, led in by 'for eg:', read as more of the definition).
    _, made = deck(
        "Trigger\n\nA trigger is a routine the database runs by itself on a change to a "
        "table;Second, the trigger code is kept beside the table it watches.\n"
    )
    assert made["What is a trigger?"] == (
        "A routine the database runs by itself on a change to a table."
    ), made
    _, made = deck(
        "Foreign key\n\nForeign key is a column pointing at another table's row\n"
        "for eg: an order row holds the id of its customer row\n"
    )
    assert made["What is a foreign key?"] == "A column pointing at another table's row.", made


def test_a_name_opening_on_a_dot_is_a_title_and_what_it_is_used_for_is_asked() -> None:
    # '.gitignore' / 'A .gitignore file is used in Git to specify files ...', then more
    # on it: refused, as the dot kept the name from being a title or a subject, and a
    # place ('in Git') between 'used' and 'to' hid what it is used for.
    made = made_or_refused(
        ".npmignore\n"
        "A .npmignore file is used in npm to list the files a package leaves out when it "
        "is published. This file sits at the top of the package.\n"
        "Tip\n"
        "Without one, npm falls back to the .gitignore file.\n"
    )
    assert made.get("What is a .npmignore file used for?") == (
        "To list the files a package leaves out when it is published."
    ), made
    _, made = deck(".NET\n\n.NET is a free platform for building many kinds of apps.\n")
    assert made["What is .NET?"] == "A free platform for building many kinds of apps.", made


def test_an_untitled_commands_use_is_asked_with_its_footnote_and_code_line_aside() -> None:
    # 'The git stash command is used to store changes ...[ref]http://...[/ref].' over an
    # example with a bare 'git stash' line was refused: the command line further down was
    # taken for the title (as if it stood above the sentence), and the footnote's address
    # was copied into the answer.
    made = made_or_refused(
        "The git bisect command is used to find the commit that brought in a bug"
        "[ref]http://example.org/git-bisect.html[/ref].\n"
        "For example, when a test passes on an old release and fails today, you may run.\n"
        "git bisect start\n"
        "This will walk you through the commits in between, halving them each time.\n"
    )
    assert made.get("What is the git bisect command used for?") == (
        "To find the commit that brought in a bug."
    ), made


def test_a_page_titled_by_a_status_code_asks_what_the_code_means() -> None:
    # 'HTTP Status Code 429 – Too Many Requests' / 'The user has sent too many requests
    # ...' was refused (no sentence names the code as its subject), and 'A 404 Not Found
    # status means ...' was asked 'What is a 404 Not Found?' with the code in its answer.
    made = made_or_refused(
        "HTTP Status Code 503 – Service Unavailable\n"
        "The server cannot handle the request right now, most often because it is "
        "overloaded or down for upkeep.\n"
        "The response may carry a Retry-After header saying when to try again.\n"
    )
    assert made == {
        "What does HTTP status 503 mean?": "The server cannot handle the request right now, "
        "most often because it is overloaded or down for upkeep."
    }, made
    made = made_or_refused(
        "410 Gone\n\nA 410 Gone status means the page was there once and was removed for good.\n"
    )
    assert made == {
        "What does HTTP status 410 mean?": "The page was there once and was removed for good."
    }, made
    # A number before other words is no status code: '300 Spartans' is read as before.
    assert "What does HTTP status 300 mean?" not in made_or_refused(
        "300 Spartans\n\n300 Spartans is a film about the battle at the pass of Thermopylae.\n"
    )


def test_a_quality_is_asked_what_it_means_for_things_said_to_have_it() -> None:
    # 'What is Idempotency?' / 'Idempotent operations produce the same result even when
    # ...' gave no card: the sentence names the things with the quality, not the quality.
    made = made_or_refused(
        "Durability\n\nDurable writes stay on disk once the database has said they are done, "
        "even after a crash or a power cut.\n"
    )
    assert made == {
        "What does it mean for writes to be durable?": "They stay on disk once the database "
        "has said they are done, even after a crash or a power cut."
    }, made
    # A verb of one thing ('handles') is no plural's: 'Scalable code handles ...' is not
    # read so.
    assert not [
        prompt
        for prompt in made_or_refused(
            "Scalability\n\nScalable systems handles more load when machines are added.\n"
        )
        if prompt.startswith("What does it mean")
    ]


def test_leftovers_around_a_definition_stay_out_of_its_card() -> None:
    # Four cards of one blind reading: a closing quotation mark whose opening one was
    # another kind ('... packages or libraries".'), a second clause of the name after a
    # comma (', JSON is specified in RFC 4627.'), 'In easy words, an API gateway solves a
    # particular problem.' and a video thumbnail's name before a question
    # ('maxresdefault What Is a Build Artifact ...?'), which repeated the definition.
    _, made = deck(
        "Bundler\n\n“A bundler is a build tool that joins many source files into a few files "
        'a browser can load quickly".\n'
    )
    assert made["What is a bundler?"] == (
        "A build tool that joins many source files into a few files a browser can load quickly."
    ), made
    _, made = deck(
        "YAML\n\nA human-friendly text format for settings and simple data, YAML is used by "
        "many deployment tools.\n"
    )
    assert made["What is YAML?"] == "A human-friendly text format for settings and simple data."
    made = made_or_refused(
        "What is a service mesh?\n\nIn easy words, a service mesh solves a particular "
        "problem. Services call each other over the network a lot.\n"
    )
    assert not [a for a in made.values() if "particular problem" in a], made
    made = made_or_refused(
        "Build basics\n\nWhat Is a Lockfile?\n\nmaxresdefault What Is a Lockfile?\n\n"
        "A lockfile is a file that records the exact version of every package a project "
        "installed, so the next install gets the same ones.\n"
    )
    assert not [p for p in made if "maxresdefault" in p], made
    assert len(made) == 1, made


def test_an_untitled_page_opening_on_a_plural_in_its_product_names_it() -> None:
    # 'Branches in Git allow you to develop features isolated from each other. The main
    # branch is ...' over a picture's legend ('Blue: main branch') was refused, the
    # legend's first line read as the title: the field between the plural and its verb
    # hid the verb, and 'branch' in the singular was not counted as the name said again.
    made = made_or_refused(
        "Stashes in Git keep unfinished changes aside so you can switch to other work. "
        "The latest stash is the one a plain pop brings back.\n"
        "When you stash, Git saves the changes and cleans the working tree.\n"
        "Red: stash entry\n"
        "Grey: working tree\n"
    )
    assert made.get("What do stashes do?") == (
        "Keep unfinished changes aside so you can switch to other work."
    ), made


def test_a_verb_without_an_object_or_with_whom_first_is_not_asked_for_its_object() -> None:
    # 'What can container registries connect?' -> 'Directly to container orchestration
    # platforms ...' and 'What do container registries save?' -> 'Developers valuable time
    # ...' (a blind reading): an adverb and a preposition, and whom before what, were
    # read as the verb's object.
    made = made_or_refused(
        "Artifact store\n\nAn artifact store is a server that keeps the files a build makes. "
        "Artifact stores can link directly to deployment tools such as Argo and Spinnaker. "
        "Artifact stores save developers hours of rebuilding old releases by hand.\n"
    )
    assert not [a for a in made.values() if a.startswith(("Directly", "Developers"))], made
    assert made.get("What can artifact stores link directly to?", "").startswith(
        "Deployment tools"
    ), made


def test_a_name_said_in_the_plural_or_after_its_product_says_what_it_does() -> None:
    # 'Kubernetes Network Policies define how pods talk to each other ...' over 'A
    # Network Policy is built on three parts ...' was refused: the plural of a name in -y
    # ('policies') and the product before it ('Kubernetes') hid that the page opens on it.
    made = made_or_refused(
        "Resource quota\n\nResource quotas limit how much CPU and memory a namespace may "
        "claim in all. They stop one team from starving the rest.\n"
    )
    assert made.get("What do resource quotas do?") == (
        "Limit how much CPU and memory a namespace may claim in all."
    ), made
    made = made_or_refused(
        "Kubernetes Resource Quotas limit how much CPU and memory a namespace may claim in "
        "all. They stop one team from starving the rest.\n"
        "A Resource Quota is set on a namespace by an administrator, one object for each "
        "namespace.\n"
    )
    assert made.get("What do Resource Quotas do?") == (
        "Limit how much CPU and memory a namespace may claim in all."
    ), made


def test_a_subtitle_saying_how_it_goes_is_the_way_it_is() -> None:
    # 'HTTP/2 Multiplexing' / 'How HTTP/2 carries many requests over a single connection at
    # the same time.' over a story was refused: the subtitle says what the thing is, as
    # the way something happens.
    made = made_or_refused(
        "Write-Ahead Logging\n"
        "How a database keeps every change safe by writing it to a log before it touches "
        "the tables.\n"
        "Picture a power cut halfway through an update of a hundred rows.\n"
    )
    assert made == {
        "What is Write-Ahead Logging?": "The way a database keeps every change safe by "
        "writing it to a log before it touches the tables."
    }, made
    # How much of something is no way: 'How long a copy may be used ...' stays a gloss.
    made = made_or_refused(
        "Cache lifetime\n\nHow long a cached copy may be used before it must be fetched again.\n"
    )
    assert not [a for a in made.values() if a.startswith("The way")], made


def test_a_page_that_only_spells_its_letters_out_asks_what_they_stand_for() -> None:
    # 'RAM Basics 101' / a tutorial's lead-in / 'RAM stands for "Random Access Memory". The
    # reason RAM is random access is because ...' was refused; once read, the reason was
    # asked as 'What is RAM?' -> 'Random access is because older memory types ...'.
    made = made_or_refused(
        "GPU Basics 101\nThis part is a quick tour of GPU basics for newcomers.\n"
        'GPU stands for "Graphics Processing Unit". The reason a GPU is fast is that it '
        "runs thousands of small jobs at once.\n"
    )
    assert made == {"What does GPU stand for?": "Graphics Processing Unit"}, made


def test_a_gloss_saying_what_a_part_of_a_machine_performs_is_read() -> None:
    # 'Arithmetic Logic Unit Definition' / 'Performs arithmetic operations on data such as
    # addition ...' was refused: 'performs' was no verb of what a thing does.
    made = made_or_refused(
        "Floating-point unit\n\nPerforms arithmetic on numbers with a fraction part, such as "
        "3.75 times 0.5.\n"
    )
    assert made.get("What does a floating-point unit do?", "").startswith("Performs arithmetic")


def test_a_title_quoted_with_its_question_mark_and_a_glued_tag_are_read_plainly() -> None:
    # 'What is "Contrast Ratio?"' was titled '"Contrast Ratio' ('What is "Contrast
    # Ratio?'), and '<footer>Why should you care about semantic html?' was asked with
    # 'footer>' in front; 'The CSS box model is essentially a box that ...' answered
    # 'What is the box model?' with its own subject.
    entry, made = deck(
        "Many accessibility problems come from colours that are hard to tell apart on a "
        'screen.\nWhat is "Luminance?"\nLuminance is the brightness a colour gives off, '
        "counted on a scale from black to white.\n"
    )
    assert entry.title == "Luminance", entry.title
    made = made_or_refused(
        "Landmarks\n\nLandmark elements are HTML tags that name the regions of a page.\n"
        "<footer>Why do landmarks help screen reader users?\n"
        "They let a listener jump straight to the main content or the navigation.\n"
    )
    assert not [p for p in made if ">" in p], made
    _, made = deck(
        "Stacking order\n\nThe CSS stacking order is essentially the rule that decides which "
        "box is painted on top when boxes overlap.\n"
    )
    assert made["What is a stacking order?"] == (
        "The rule that decides which box is painted on top when boxes overlap."
    ), made


def test_a_lowercase_question_title_with_its_letters_spelled_in_brackets() -> None:
    # 'what is a gpu (Graphic processing unit)' (no capital, no question mark) over an
    # analogy was passed over, and the page was titled 'CPU' from the analogy's words.
    entry, made = deck(
        "what is a tpu (Tensor processing unit)\n"
        "A CPU is like a chef who cooks any dish. A TPU is like a machine that only makes "
        "one dish, very fast, for neural networks.\n"
    )
    assert entry.title == "TPU", entry.title
    assert made.get("What does TPU stand for?") == "Tensor processing unit", made


def test_the_definition_of_letters_spelled_out_in_sentence_case() -> None:
    # 'The definition of RISC' / 'Reduced instruction set computing is one of the two main
    # types of processor design ...' and two more sentences on RISC gave no card: 'The
    # definition of' was kept in the title, and words spelling the letters out were looked
    # for in capitals only.
    entry, made = deck(
        "The definition of SIMD\n\n"
        "Single instruction multiple data is a way for one instruction to work on many "
        "values at once. Most SIMD units sit inside the CPU. Every modern SIMD design "
        "has wide registers.\n"
    )
    assert entry.title == "SIMD", entry.title
    assert made.get("What is SIMD?") == (
        "A way for one instruction to work on many values at once."
    ), made


def test_a_definition_quoted_from_another_site_is_read_inside_its_quotation() -> None:
    # '"In computer architecture, a processor register is a small amount of storage ...'
    # / '... back into main memory. " ( Wikipedia.com )' was refused: the quotation's
    # opening mark hid the field before the name and the name itself.
    made = made_or_refused(
        '"In networking, a subnet mask is a number that splits an IP address into its '
        "network part and its host part.\n"
        'Routers compare it with each address they forward. " ( Example Encyclopedia )\n'
    )
    assert made.get("What is a subnet mask?") == (
        "A number that splits an IP address into its network part and its host part."
    ), made


def test_the_main_idea_of_a_concept_is_asked_when_nothing_says_what_it_is() -> None:
    # 'Von Neumann architecture' / a diagram's caption / 'The essential idea of the Von
    # Neumann architecture is that both program and the data ... are stored in a common
    # memory block ...' was refused.
    made = made_or_refused(
        "Harvard architecture\n"
        "1. Harvard layout\n"
        "A picture of the Harvard architecture is shown below.\n"
        "The main idea of the Harvard architecture is that instructions and data are kept "
        "in two separate memories, each with its own bus.\n"
        "This lets the processor fetch an instruction while it reads data.\n"
    )
    assert made.get("What is the main idea of the Harvard architecture?") == (
        "Instructions and data are kept in two separate memories, each with its own bus."
    ), made


def test_the_author_speaking_of_the_page_is_no_definition() -> None:
    # 'What are the calculations?' -> 'Approximates and done by me, but most of the rest of
    # this information was shamelessly borrowed from ...' (a blind reading's worst card).
    made = made_or_refused(
        "Inside your computer, the power supply\n"
        "The figures are rough and worked out by me, but the rest of this page comes from "
        "a maker's data sheet.\n"
        "A power supply turns the mains current into the low voltages the parts need.\n"
    )
    assert not [a for a in made.values() if re.search(r"\bme\b", a)], made


def test_a_name_without_an_article_used_for_something_and_a_function_named_in_prose() -> None:
    # 'Fork system call is used for creating a new process, ... makes the fork() call
    # (parent process).' was refused: 'is used for' was read only after 'A', 'An' or
    # 'The', and 'fork()' in a sentence was taken for code, so no card asked of it.
    made = made_or_refused(
        "Spawn system call\n"
        "Spawn system call is used for starting a new program in a new process, which the "
        "caller of spawn() waits on.\n"
        "Both processes then run side by side.\n"
    )
    assert made.get("What is a spawn system call used for?") == (
        "Starting a new program in a new process, which the caller of spawn() waits on."
    ), made
    made = made_or_refused("Podman\n\nPodman is used to run containers without a daemon.\n")
    assert made.get("What is Podman used for?") == "To run containers without a daemon.", made
    # (a call in code is still code: no card quotes 'init().then')
    made = made_or_refused(
        "Podman\n\nPodman is used to run containers without a daemon. You start it with "
        "podman.init().then(run) in a script.\n"
    )
    assert not any("init()" in answer for answer in made.values()), made


def test_a_dictionary_headword_and_field_run_into_the_gloss_are_read_apart() -> None:
    # 'page fault (memory management) In a paged virtual memory system, an access to ...'
    # (a dictionary's entry copied as one line) was refused as a page with no title.
    made = made_or_refused(
        "cache line (computer architecture) In a processor cache, the fixed-size block of "
        "bytes moved between the cache and main memory as one unit. A miss brings in a "
        "whole line.\n"
    )
    assert made.get("What is a cache line?") == (
        "In a processor cache, the fixed-size block of bytes moved between the cache and "
        "main memory as one unit."
    ), made


def test_a_course_greeting_names_its_concept_before_the_dash_that_says_what_it_is() -> None:
    # 'Welcome to Big O Notation — the language we use to talk about how fast (or slow)
    # an algorithm is!' was refused as a page with no title.
    made = made_or_refused(
        "Welcome to Amortized Analysis — the way we count the average cost of an operation "
        "over a long run of them!\nA rare expensive step is paid for by many cheap ones.\n"
    )
    assert made.get("What is Amortized Analysis?") == (
        "The way we count the average cost of an operation over a long run of them."
    ), made


def test_an_untitled_page_opening_on_what_its_named_concept_does_is_asked_that() -> None:
    # 'A Kubernetes Custom Resource Definition adds a new resource type to the Kubernetes
    # API.' / 'CRDs let teams ...': refused, 'CRDs' (named twice below) taken for the
    # concept and the opening's name, after 'A', never tried.
    made = made_or_refused(
        "A Kubernetes Pod Disruption Budget limits the number of pods of an app that may be "
        "down at once during voluntary disruptions.\n"
        "PDBs let teams keep a quorum alive while nodes are drained.\n"
        "Why use it\n"
        "PDBs are useful when an app must keep serving during upgrades.\n"
    )
    assert made.get("What does a Kubernetes Pod Disruption Budget do?") == (
        "Limits the number of pods of an app that may be down at once during voluntary disruptions."
    ), made


def test_a_name_clipped_and_joined_defines_the_title_it_is_made_from() -> None:
    # 'System Call' / 'System programming starts and ends with the system call. Syscalls
    # are function invocation made from user space ...' was refused: 'Syscalls' was not
    # known as the title's own short name.
    made = made_or_refused(
        "Regular Expression\n"
        "Text search starts with the regular expression. Regexes are patterns that "
        "describe a set of strings by their letters and the ways they repeat.\n"
        "Most languages ship a regular expression engine.\n"
    )
    assert made.get("What is a regular expression?") == (
        "Patterns that describe a set of strings by their letters and the ways they repeat."
    ), made
    from cards.defining import blends

    assert blends("Syscalls", "System Call") and blends("Modem", "Modulator demodulator")
    # (one of the name's own words is no short name made from it)
    assert not blends("Data", "Data table") and not blends("Calls", "System call")


def test_the_parts_a_page_lists_of_one_thing_are_no_terms_to_define() -> None:
    # 'PCB generally includes:' over '4. Priority: Indicates the priority of CPU control'
    # and 'a kernel manages task in four general areas -' over '1. Processes - what
    # process is allowed to run in the CPU' were read as glossaries: 'What are
    # Processes?' -> 'what process is allowed to run in the CPU' taught a wrong
    # definition (a blind reading's worst card).
    made = entries_deck(
        "What does a shell do\n\n"
        "Mostly, a shell looks after its user in three general areas -\n\n"
        "  1. Commands - which program is started for each line typed\n"
        "  2. Variables - what each name holds while the session lasts\n"
        "  3. History - the lines typed before, kept to be run again\n"
    )
    assert "What are commands?" not in made and "What is history?" not in made, made
    assert made == {
        "Which three points finish the sentence “Mostly, a shell looks after its user in "
        "three general areas …”?": "1. Commands\n2. Variables\n3. History"
    }, made
    made = entries_deck(
        "An inode record usually includes:\n\n"
        "1. Owner: The user the file belongs to, by number\n\n"
        "2. Mode: Who may read, write or run the file\n\n"
        "3. Size: How many bytes the file holds\n"
    )
    assert "What is mode?" not in made and "What is owner?" not in made, made
    # (a glossary's terms under a line that says so are still each defined)
    made = entries_deck(
        "Key terms used below:\n\n"
        "Latency: The time one request takes from start to finish.\n\n"
        "Throughput: The number of requests served in each second.\n\n"
        "Jitter: How much the latency varies from one request to the next.\n"
    )
    assert made.get("What is latency?") == ("The time one request takes from start to finish."), (
        made
    )


def test_what_a_thing_does_to_something_said_before_is_no_definition() -> None:
    # 'What is serverless computing?' -> 'Serverless computing changes that approach.'
    # (a blind reading's worst card): 'that approach' was told in the sentences before.
    made = made_or_refused(
        "What Is Edge Computing?\n\n"
        "Most apps send every request to one far-off data centre.\n\n"
        "That adds delay for users on the other side of the world.\n\n"
        "Edge computing changes that approach.\n\n"
        "Small servers near the users answer most requests themselves.\n"
    )
    assert not any("changes that approach" in answer for answer in made.values()), made


def test_a_title_over_a_scene_setting_sentence_keeps_its_concept() -> None:
    # 'Understanding Observability: Metrics, Traces, and Logs' / 'Modern applications are
    # distributed and complex. Observability helps teams understand ...' was titled
    # 'Modern applications': 'What are modern applications?' -> 'Distributed and
    # complex.', and the three pillars were asked as theirs.
    made = made_or_refused(
        "Cloud • Security\n"
        "Understanding Zero Trust: Identity, Devices, and Networks\n"
        "Office networks are open and crowded. Zero trust checks every request as if it "
        "came from outside the network.\n"
        "The Three Checks\n"
        "- Identity: Who is asking, proven each time\n"
        "- Devices: Whether the machine is known and patched\n"
        "- Networks: Where the request comes from\n"
    )
    assert made.get("What does zero trust do?") == (
        "Checks every request as if it came from outside the network."
    ), made
    assert not any("office networks" in prompt.lower() for prompt in made), made


def test_a_title_shown_twice_leaves_the_page_below_it_readable() -> None:
    # 'Symmetric Encryption Algorithm: A Clear Guide for Beginners', a blank line, the
    # same line again, then the article: every line down to the first list was run into
    # one paragraph, and the definition under 'What Is Symmetric Encryption?' was lost.
    made = made_or_refused(
        "Hash Function Basics: A Clear Guide for Beginners\n\n"
        "Hash Function Basics: A Clear Guide for Beginners\n"
        "In the world of security, knowing the hash function is a must.\n"
        "What Is a Hash Function?\n"
        "A hash function is a function that maps data of any size to a value of fixed size.\n"
        "How Does a Hash Function Work?\n"
        "- Input: Any run of bytes goes in.\n"
        "- Output: A short fixed-size digest comes out.\n"
    )
    assert made.get("What is a hash function?") == (
        "A function that maps data of any size to a value of fixed size."
    ), made


def test_a_page_opening_on_key_points_is_titled_by_the_first_points_term() -> None:
    # 'Key Takeaways' / '• Brute Force is an automated trial-and-error method to guess
    # passwords.' ... 'What is "Salt"?' in the page's questions: titled 'Salt', no card
    # of brute force; and 'Imagine a thief with ...' was asked true or false.
    made = made_or_refused(
        "Key Takeaways\n\n"
        "  • Credential stuffing is an attack that tries leaked passwords on other sites.\n"
        "  • Attackers buy lists of leaked logins in bulk.\n\n"
        "Imagine a burglar who copies one key and tries it on every door in the street.\n\n"
        "How It Works\n\n"
        "Many people use one password everywhere. A script tries each leaked pair.\n\n"
        "Frequently Asked Questions (FAQ)\n\n"
        'What is "Pepper"?\n'
        "Pepper is a secret added to every password before hashing it.\n"
    )
    assert made.get("What is credential stuffing?") == (
        "An attack that tries leaked passwords on other sites."
    ), made
    assert not any("imagine" in prompt.lower() for prompt in made), made


def test_letters_over_their_spelled_name_and_a_dash_gloss_are_defined() -> None:
    # 'MITM' / 'Man-in-the-Middle — an attacker secretly relaying ...' was refused: the
    # gloss's name was read only when it was the title itself.
    made = made_or_refused(
        "DoS\n"
        "Denial-of-Service — an attack that floods a service until real users cannot reach "
        "it.\n"
        "In a denial-of-service attack, one machine sends far more requests than the "
        "service can answer.\n"
    )
    assert made.get("What is DoS?") == (
        "An attack that floods a service until real users cannot reach it."
    ), made
    assert made.get("What does DoS stand for?") == "Denial-of-Service", made


def test_a_page_opening_on_where_the_name_comes_from_asks_what_it_then_says() -> None:
    # 'The name ransomware comes from two words: ransom and software. It blocks access
    # to certain files ...' was refused, titled by a later sentence's subject.
    made = made_or_refused(
        "The name spyware comes from two words: spy and software. It records what a user "
        "types and sends it to a stranger.\n"
        "The simplest kinds of spyware are easy to remove with a scanner.\n"
    )
    assert made.get("What does spyware do?") == (
        "Records what a user types and sends it to a stranger."
    ), made
    assert "What is spyware?" not in made, made


def test_a_principle_named_with_its_kind_first_or_last_is_the_same_principle() -> None:
    # 'Least Privilege Principle' / 'The Principle of Least Privilege (PoLP) requires
    # that every module, user, or process ...' was refused: the two orders of one name
    # were not known as one, and 'requires that' not as what a principle says.
    made = made_or_refused(
        "Single Responsibility Principle\n"
        "The Principle of Single Responsibility (SRP) requires that every class has one "
        "reason to change. It keeps changes small.\n"
    )
    assert made.get("What does the Single Responsibility Principle require?") == (
        "That every class has one reason to change."
    ), made
    from cards.defining import law_turned

    assert law_turned("Law of Demeter") == "Demeter Law"
    assert law_turned("Load balancer") == ""


def test_what_a_thing_acts_on_stops_before_the_second_thing_it_does() -> None:
    # 'What does autoscaling monitor?' -> 'Applications and ensures that a server has the
    # right amount of computational resources ...': the object ran on into a second verb.
    made = made_or_refused(
        "Load shedding\n\n"
        "Load shedding is a way to keep a service alive when more requests come than it can "
        "serve. Load shedding watches request queues and ensures that the least important "
        "requests are dropped first.\n"
    )
    assert not any(answer.startswith("Request queues and") for answer in made.values()), made
    assert (
        made.get(
            "Which concept watches request queues and ensures that the least important requests "
            "are dropped first?"
        )
        == "Load shedding"
    ), made


def test_letters_titling_a_page_stay_its_title_when_its_sentence_names_them_otherwise() -> None:
    # 'XSS (Cross-SiteScripting)' over 'Intersite scripting (XSS) is a type of website
    # security vulnerability ...': titled 'Intersite scripting' (its words spell no
    # 'XSS'), so 'What is XSS?' was asked again of a vague line further down.
    made = made_or_refused(
        "CSRF (Cross-SiteRequest Forgery)\n"
        "Sea-surf attack (CSRF) is a type of web attack that makes a logged-in browser send "
        "a request its user never meant to send. It rides on the user's cookies.\n"
        "In the end, CSRF is a serious threat that can change a user's settings behind "
        "their back.\n"
    )
    assert made.get("What is CSRF?") == (
        "A type of web attack that makes a logged-in browser send a request its user never "
        "meant to send."
    ), made
    assert list(made.values()).count(made["What is CSRF?"]) == 1, made


def test_the_pages_concept_named_with_a_word_for_its_kind_is_no_kind_of_it() -> None:
    # 'What is phishing?' and 'What is a phishing attack?' on one page (a duplicate).
    made = made_or_refused(
        "Smishing\n\n"
        "Smishing is a fraud in which a text message tricks a reader into giving away a "
        "password. A smishing attack is an attempt to get a code by a fake delivery text.\n"
    )
    assert "What is smishing?" in made and "What is a smishing attack?" not in made, made


def test_a_field_before_letters_needs_no_comma() -> None:
    # '“In computer science DP is a method for solving a complex problem by breaking it
    # down ...' under 'Dynamic Programming': the field ran into the letters with no comma.
    made = made_or_refused(
        "Quick notes\n\nIn databases ACID is a set of four guarantees that keep transactions "
        "safe.\n"
    )
    assert made.get("What is ACID?") == "A set of four guarantees that keep transactions safe."


def test_a_whole_sentence_opening_on_the_name_is_no_answer_to_what_it_is() -> None:
    # 'What is a compiler?' -> 'A compiler turns source code into machine code ...', and
    # 'What is an inode?' -> 'An inode belongs to ... Its purpose is ...': the sentence
    # whole, its name first (the answer gives the question's name, and says what the
    # thing does, or where it belongs, as if that were what it is).
    # (the compiler's page ended without a full stop)
    made = made_or_refused(
        "Assembler\n\nAn assembler turns assembly code into machine code so a processor can "
        "run it\n"
    )
    assert made == {
        "What does an assembler do?": "Turns assembly code into machine code so a processor "
        "can run it"
    }, made
    made = made_or_refused(
        "Dentry\n\nA dentry belongs to the Linux kernel's file cache. It links a name to an "
        "inode.\n"
    )
    assert not any(answer.startswith("A dentry") for answer in made.values()), made


def test_a_field_that_holds_the_titles_first_word_names_it_by_its_last() -> None:
    # 'Disk Sector' over 'In computer disk storage, a sector also known as a page is a
    # subdivision of a track ...' gave no card: the sentence says the title's last word,
    # its first in the field before it, and the other name with no comma before it.
    made = made_or_refused(
        "Network Port\n\nIn computer network addressing, a port also known as a service "
        "number is a sixteen-bit number that picks one program on a host.\n"
    )
    assert made.get("What is a network port?") == (
        "A sixteen-bit number that picks one program on a host."
    ), made
    # (a title's last word alone is not its concept: 'a key' is no primary key)
    made = made_or_refused(
        "Primary Key\n\nIn most databases, a key is any column a query can look rows up by.\n"
    )
    assert not any(prompt.startswith("What is a key") for prompt in made), made


def test_letters_spelled_out_with_an_aside_and_another_reading_before_and_is() -> None:
    # 'RAID is an acronym for redundant array of inexpensive drives (or disks) also known
    # as redundant array of independent drives (or disks) and is a type of storage
    # configuration ...' gave no card.
    made = made_or_refused(
        "SAN\n\nSAN is an acronym for storage area network (or net) also known as storage "
        "access network and is a dedicated network that gives servers shared block "
        "storage.\n"
    )
    assert made.get("What is a SAN?", made.get("What is SAN?")) == (
        "A dedicated network that gives servers shared block storage."
    ), made
    assert made.get("What does SAN stand for?") == "Storage area network", made


def test_a_stray_comma_beside_the_verb_or_the_article_of_a_definition() -> None:
    # 'Generic programming, is a programming style ...' was refused; 'UTF-8 is a, Text
    # file encoding ...' was answered 'A, Text file encoding ...'.
    made = made_or_refused(
        "Duck typing, is a style of typing in which an object's methods decide whether it "
        "fits, not its declared class.\n"
    )
    assert made.get("What is duck typing?") == (
        "A style of typing in which an object's methods decide whether it fits, not its "
        "declared class."
    ), made
    made = made_or_refused(
        "UTF-16\n\nUTF-16 is a, variable-width encoding that writes each character in one or "
        "two sixteen-bit units.\n"
    )
    assert made.get("What is UTF-16?") == (
        "A variable-width encoding that writes each character in one or two sixteen-bit units."
    ), made


def test_four_stops_end_a_whole_sentence_not_a_cut_one() -> None:
    # '... polymorphic datatypes and parameterized methods....[1]': a quotation's full
    # stop and the mark of words left out after it; the page was refused as cut off.
    made = made_or_refused(
        "Memoization\n\nMemoization is a technique that stores the results of expensive "
        "calls and returns the stored result when the same inputs come again....[2]\n\n"
        "It trades memory for time.\n"
    )
    assert made.get("What is memoization?") == (
        "A technique that stores the results of expensive calls and returns the stored "
        "result when the same inputs come again."
    ), made


def test_an_untitled_page_stating_a_law_after_its_field_and_other_name() -> None:
    # 'In theoretical computer science, the CAP theorem, also known as Brewer's theorem,
    # states that it is impossible ...' with no title line above it was refused.
    made = made_or_refused(
        "In queueing theory, Little's law, also known as Little’s formula, states that the "
        "average number of items in a system equals their arrival rate times the time each "
        "spends inside.\n"
    )
    assert made.get("What does Little's law state?") == (
        "That the average number of items in a system equals their arrival rate times the "
        "time each spends inside."
    ), made


def test_a_glossary_term_then_a_comma_and_a_capitalised_gloss() -> None:
    # 'Eventual Consistency' / 'Eventual Consistency, A consistency model used in ...'
    # was refused: the comma stands where a glossary puts its colon.
    made = made_or_refused(
        "Read Repair\n\nRead Repair, A technique in which a read that finds replicas "
        "disagreeing writes the newest value back to the stale ones.\n"
    )
    assert made.get("What is Read Repair?") == (
        "A technique in which a read that finds replicas disagreeing writes the newest "
        "value back to the stale ones."
    ), made


def test_a_titles_head_the_page_defines_below_a_blurb_is_its_concept() -> None:
    # 'Service Registry: Dynamic Service Discovery in Microservices' over a blurb, then
    # 'What is a Service Registry' and 'A service registry is a database of ...' gave
    # no card: the whole title was taken for the concept's name.
    entry, made = deck(
        "Feature Store: Dynamic Feature Sharing in Machine Learning\n\n"
        "Understand how feature stores enable reuse, consistency, and freshness in "
        "production machine learning systems.\n\n"
        "published: reading time: 11 min read\n\n"
        "Feature Store: Dynamic Feature Sharing in Machine Learning\n\n"
        "What is a Feature Store\n\n"
        "A feature store is a database of computed model inputs. Each row holds the "
        "entity, the feature value, and the time it was computed.\n"
    )
    assert entry.title == "Feature Store", entry.title
    # (a kind alone goes on to the sentence on what each of it holds)
    assert made.get("What is a feature store?") == (
        "A database of computed model inputs. Each row holds the entity, the feature value, "
        "and the time it was computed."
    ), made


def test_a_clause_opening_the_answer_to_what_it_is_is_no_gloss_and_these_are_called() -> None:
    # 'What is fragmentation?' over 'As the uses of computers going on, there will be ...
    # These scattered parts of the same file ... is said as fragmentation.' was answered
    # with the opening clause, asked as 'What does fragmentation do?'.
    made = made_or_refused(
        "What is thrashing?\n\n"
        "As more programs start, each one gets fewer memory pages than it needs. The "
        "machine then spends its time moving pages in and out of the disk. These endless "
        "page swaps that leave no time for real work are called thrashing.\n"
    )
    assert made.get("What is thrashing?") == (
        "The endless page swaps that leave no time for real work."
    ), made
    assert not any(answer.startswith("As more programs") for answer in made.values()), made


def test_a_blogs_tag_archive_line_over_a_post_is_no_title() -> None:
    # 'Tag Archives: Throttling' over a post on rate limiting titled the page 'Throttling';
    # its 'Rate limiting is a crucial technique in API management ... used to control
    # ...' was taken for praise, the third of its list's points was cut after its 'If'
    # clause, and the list was asked twice ('How does rate limiting work?' beside '...,
    # in four points?').
    entry, made = deck(
        "Tag Archives: Caching\n\n"
        "Request Coalescing and Why Your Cache Needs It Before the Next Traffic Spike\n\n"
        "Picture a popular page expiring from the cache at noon while a thousand readers "
        "ask for it in the same second.\n\n"
        "Understanding the Basics: Request Coalescing\n\n"
        "Request coalescing is a crucial technique in caching layers and proxies used to "
        "merge identical requests that arrive together into one trip to the origin.\n\n"
        "How Request Coalescing Works:\n\n"
        "  • Spot the Twin: The proxy notices that a request matches one already in flight, "
        "typically by comparing the cache key and the method.\n"
        "  • Hold It: If the same key is already being fetched from the origin server, the "
        "proxy parks the new request until that fetch returns.\n"
        "  • Share: Every parked request gets a copy of the single answer, often within a "
        "few milliseconds of the first.\n"
    )
    assert entry.title == "Request coalescing", entry.title
    assert made.get("What is request coalescing?", "").startswith(
        "A crucial technique in caching layers and proxies used to merge identical requests"
    ), made
    points = made.get("How does request coalescing work, in three points?", "")
    assert "the proxy parks the new request until that fetch returns" in points, made
    assert "How does request coalescing work?" not in made, made


def test_a_note_of_bullets_alone_is_titled_by_the_one_that_names_its_concept() -> None:
    # '- Error detection method, detects possible data loss ...' / '- Checksum mostly
    # refers to the Hash of some value, to make sure ...': a personal note with no title,
    # refused; and 'mostly' was read as part of the name ('Checksum mostly').
    made = made_or_refused(
        "- way of spreading load, keeps any one server from drowning\n"
        "- Sharding mostly refers to splitting one table's rows across several databases "
        "by a key\n"
        "- each piece is a shard\n"
    )
    assert any(
        prompt.casefold() in ("what is sharding?",) and answer.startswith("Splitting one table")
        for prompt, answer in made.items()
    ), made


def test_a_title_question_stressed_with_really_keeps_no_comma() -> None:
    # 'What Is a Gossip Protocol, Really?' titled the page 'Gossip Protocol,', shown
    # above every card.
    entry, _ = deck(
        "In big clusters, every service needs the same network plumbing.\n"
        "What Is a Service Mesh, Really?\n"
        "At its core, a service mesh is a layer of proxies that carries the traffic between "
        "services and adds retries, encryption and metrics to it.\n"
    )
    assert entry.title == "Service Mesh", entry.title


def test_a_definition_by_its_kind_goes_on_in_the_paragraph_after_saying_this_kind() -> None:
    # 'Failover is an operational mode of a software system or network server cluster.'
    # / 'When this mode is active, the system switches to a standby backup system ...':
    # the answer stopped at the kind of thing, which fits any mode (INCOMPLETE).
    made = made_or_refused(
        "[Last Updated: Mar 3, 2019]\n\n"
        "Operating Systems\n\n"
        "Safe mode is a diagnostic mode of an operating system or its boot loader.\n\n"
        "When this mode is on, the system starts with only the drivers it cannot boot "
        "without.\n\n"
        "A faulty driver can then be found and removed.\n"
    )
    assert made.get("What is safe mode?") == (
        "A diagnostic mode of an operating system or its boot loader. When this mode is on, "
        "the system starts with only the drivers it cannot boot without."
    ), made


def test_a_two_sided_question_saying_the_root_of_a_less_name_gives_it_away() -> None:
    # 'Which reduces file size without losing any data: lossless compression or lossy
    # compression?': 'losing' says 'lossless' (GIVEAWAY).
    made = made_or_refused(
        "Lossless vs Lossy Audio\n\n"
        "Lossless audio keeps every sample of the recording without losing any detail. "
        "Lossy audio throws away sounds most listeners cannot hear to make files small.\n"
    )
    assert not any("without losing" in prompt for prompt in made), made


def test_a_definition_by_its_kind_alone_goes_on_to_what_each_part_does() -> None:
    # 'What is a gossip protocol?' -> 'A decentralized communication model.' (INCOMPLETE):
    # the next sentence, 'Every node in the system periodically shares its knowledge
    # ...', says which model.
    made = made_or_refused(
        "Token Bucket\n\n"
        "A token bucket is a rate-limiting model. Each request spends one token from a "
        "bucket that refills at a fixed rate. Bursts are allowed up to the bucket's size.\n"
    )
    assert made.get("What is a token bucket?") == (
        "A rate-limiting model. Each request spends one token from a bucket that refills at "
        "a fixed rate."
    ), made


def test_what_a_concept_is_combined_with_is_no_clue_to_it() -> None:
    # 'Which concept is almost always combined with data compression, another data
    # reduction technique?' -> 'Data Deduplication' (AMBIGUOUS: many things are).
    made = made_or_refused(
        "Write-Ahead Logging\n\n"
        "Write-ahead logging is a technique in which every change is written to a log "
        "before it is applied to the data files. Write-ahead logging is almost always "
        "combined with checkpoints, another recovery technique.\n"
    )
    assert not any("combined with" in prompt for prompt in made), made


def test_a_field_in_its_terms_before_the_article_needs_no_comma() -> None:
    # 'Definition:' / 'In computer software terms a stack overflow error occurs when ...'
    # / 'The web site StackOverflow is useful resource ...': the page was titled by the
    # web site, the one sentence it could read.
    entry, made = deck(
        "Definition:\n"
        "In database terms a lock wait timeout occurs when a transaction waits longer for "
        "a row lock than the server allows.\n"
        "The band Timeout is a rock group that plays small clubs.\n"
    )
    assert entry.title == "Lock wait timeout", entry.title
    assert made.get("What is a lock wait timeout?") == (
        "When a transaction waits longer for a row lock than the server allows."
    ), made


def test_an_untitled_page_is_named_by_the_thing_its_headings_name() -> None:
    # A fragmentation page with no title, 'Reason for memory fragmentation' and 'Types of
    # memory fragmentation:' among its headings, was titled 'User processes and
    # resources' after the subject of a sentence under the first, and asked "What is the
    # difference between assigned and requested memory space?" -> "Then called internal
    # fragmentation.". Read as the page of the thing its headings name, it says nothing
    # of what that thing is: refused, and the reason names it.
    page = (
        "Over months a busy table's indexes keep pages for rows deleted long ago, and "
        "reads slow down as they walk through them. This problem is known as bloat.\n"
        "Reason for index bloat\n"
        "Table rows and index entries are written and removed all day; the entries of "
        "removed rows stay until a vacuum runs, which is then called dead space.\n\n"
        "Types of index bloat:\n"
        "There are two types of index bloat\n"
    )
    with pytest.raises(cards.ParseError, match="'Index bloat'"):
        parse(page, "page.txt")


def test_a_bare_kind_goes_on_to_a_sentence_whose_restating_aside_is_left_out() -> None:
    # 'What is demand paging?' -> 'A method of virtual memory management.' (INCOMPLETE):
    # the next sentence, 'In a system that uses demand paging, the operating system
    # copies a disk page ... (i.e., if a page fault occurs).', ran over the words a
    # sentence after a bare kind may have, counting the aside that only says it again.
    made = made_or_refused(
        "Copy-on-write\n\n"
        "Copy-on-write is a method of memory sharing. In a system that uses copy-on-write, "
        "two processes share the same pages until one of them writes to a page, and only "
        "then is that page copied for the one that wrote (i.e., when a write fault is "
        "taken on a shared page).\n"
    )
    assert made.get("What is copy-on-write?") == (
        "A method of memory sharing. In a system that uses copy-on-write, two processes "
        "share the same pages until one of them writes to a page, and only then is that "
        "page copied for the one that wrote."
    ), made


def test_an_event_said_to_occur_when_you_do_something_is_defined_by_it() -> None:
    # 'A memory leak occurs when you allocate memory with malloc but never call free.'
    # was taken for the reader's scene (as 'happens when you're about to click ...' is)
    # and the page refused; 'A dangling pointer arises when you use the address of an
    # object after its lifetime is over.' was asked 'What does a dangling pointer do?'.
    made = made_or_refused(
        "File Handle Leaks\n\n"
        "A file handle leak occurs when you open a file in a loop but never close it.\n\n"
        "Impact\n- The process runs out of descriptors\n- Later opens fail\n"
    )
    assert made.get("What is a file handle leak?") == (
        "When you open a file in a loop but never close it."
    ), made


def test_a_qa_sites_label_glued_to_the_answer_and_a_usually_before_occurs() -> None:
    # 'ExplanationSQL injection usually occurs when you ask a user for input ...' with
    # no title line: refused ('usually' and the glued label hid the name).
    made = made_or_refused(
        "ExplanationPath traversal usually occurs when you build a file path from user "
        "input without checking it for '../' parts.\n"
    )
    asked = made.get("What is path traversal?", made.get("What is a path traversal?"))
    assert asked == (
        "When you build a file path from user input without checking it for '../' parts."
    ), made


def test_a_page_opening_on_what_its_name_stands_for_then_its_use_is_read() -> None:
    # 'Codec stands for coder/decoder or compression/decompression algorithm. A codec is
    # used to encode and decode ...', with no title line: refused, as nothing defined it.
    made = made_or_refused(
        "Modem stands for modulator/demodulator. A modem is used to turn a computer's "
        "data into signals a phone line can carry, and back again. Modems can be used "
        "with both phone lines or cable links.\n"
    )
    assert made.get("What is a modem used for?") == (
        "To turn a computer's data into signals a phone line can carry, and back again."
    ), made
    # ('How can codecs be used?' -> 'With both streaming ... or file-based ... content.':
    # any use answers it)
    assert "How can modems be used?" not in made, made


def test_a_heading_run_into_the_sentence_that_repeats_it_is_the_title() -> None:
    # 'Lossless Compression Lossless compression is a data compression technique ...':
    # titled 'Lossless Compression Lossless compression'.
    made = made_or_refused(
        "Page Caching Page caching is a way of keeping whole rendered pages so that a "
        "server can send them again without building them. It suits pages that change "
        "rarely.\n"
    )
    assert made.get("What is page caching?") == (
        "A way of keeping whole rendered pages so that a server can send them again "
        "without building them."
    ), made


def test_a_quoted_name_after_the_field_its_title_puts_first_is_defined() -> None:
    # 'Git cherry-picking in simple words' over 'In Git, “cherry-picking” means taking a
    # single commit from one branch ...': the quotes hid the name and the page gave none.
    made = made_or_refused(
        "Git stashing in simple words\n\n"
        "In Git, “stashing” means putting unfinished changes aside so that the working "
        "tree is clean again.\n\n"
        "It’s like clearing your desk into a drawer before a meeting, and taking the "
        "papers out again afterwards.\n"
    )
    assert made.get("What is Git stashing?") == (
        "Putting unfinished changes aside so that the working tree is clean again."
    ), made


def test_an_explanation_of_a_thing_is_titled_by_the_thing() -> None:
    # 'An Explanation of JPEG Artifacts in Graphics File' over 'JPEG artifacts are areas
    # in an image with a blocky or blotchy appearance such as what you can see in the
    # extreme example on this page.': no card (the title stood whole), and the answer
    # pointed at the page's picture.
    made = made_or_refused(
        "An Explanation of Banding Artifacts in Digital Images\n\n"
        "Banding artifacts are visible steps between shades in a smooth gradient such as "
        "what you can see in the sky photo on this page.\n\n"
        "They come from storing too few levels of each colour.\n"
    )
    assert made.get("What are banding artifacts?") == (
        "Visible steps between shades in a smooth gradient."
    ), made


def test_a_gloss_without_its_headword_is_named_by_the_sentence_that_says_it() -> None:
    # 'Technique used in computer graphics to create the illusion of color depth ...' /
    # ... / 'Dithering is analogous to the halftone technique ...': a glossary's entry
    # copied without its headword, refused as having no title.
    made = made_or_refused(
        "Technique used in printing to give the look of many shades with dots of a single "
        "ink. In a "
        "screened picture, darker areas carry larger dots. The eye blends the dots into "
        "tones. Screening is older than digital images, and screened prints look grainy "
        "up close.\n"
    )
    assert made.get("What is screening?") == (
        "Technique used in printing to give the look of many shades with dots of a single ink."
    ), made


def test_what_a_thing_weighs_in_a_field_is_no_kind_of_it() -> None:
    # 'The bitrate of a stream is a primary consideration in streaming.' (under 'What is
    # Bit Rate?') was asked "What is the bitrate of a stream?" -> "A primary
    # consideration in streaming.".
    made = made_or_refused(
        "What is Frame Rate?\n\n"
        "Framerate is a measure of how many still images a video shows each second, "
        "written as fps.\n\n"
        "The framerate of a game is a primary consideration in competitive play. Higher "
        "rates (with less blur and quicker response) feel smoother than lower rates.\n"
    )
    assert made.get("What is framerate?") == (
        "A measure of how many still images a video shows each second, written as fps."
    ), made
    assert not any("consideration" in answer for answer in made.values()), made


def test_the_pages_own_what_is_heading_holds_its_definition_over_the_blurb() -> None:
    # 'The GPU is the part of your PC that brings games and video to life on screen, yet
    # most explanations make it sound complicated.' in the blurb was the answer to "What
    # is the GPU?", above the page's own 'What Is a GPU?' and '... It is the chip in
    # your computer that creates the images you see on screen'.
    made = made_or_refused(
        "What Is a Load Balancer? A Simple Guide to Spreading Traffic\n"
        "If you have ever wondered what a load balancer is or what it actually does, this "
        "guide is for you. The load balancer is the part of a website that keeps it "
        "standing on busy days, yet most explanations make it sound complicated.\n"
        "We will keep it simple. No networking background needed.\n"
        "What Is a Load Balancer?\n"
        "A load balancer is a server that spreads incoming requests across several "
        "machines, so that no single machine is overwhelmed. It sits in front of the "
        "machines and picks one for each request.\n"
        "How Does It Choose?\n"
        "Most load balancers pick the machine with the fewest open connections.\n"
    )
    assert made.get("What is a load balancer?") == (
        "A server that spreads incoming requests across several machines, so that no "
        "single machine is overwhelmed."
    ), made
    assert not any("sound complicated" in prompt + answer for prompt, answer in made.items())


def test_an_untitled_page_opening_on_what_a_thing_allows_then_this_feature() -> None:
    # 'Port forwarding allows an outside client to communicate with ... . This feature
    # transparently forwards ...' was refused: no title, and no sentence with 'is'.
    made = made_or_refused(
        "Split tunneling allows a device on a VPN to send some of its traffic straight to "
        "the internet while the rest goes through the tunnel. This feature saves bandwidth "
        "on the company link.\n"
    )
    assert made.get("What does split tunneling do?") == (
        "Allows a device on a VPN to send some of its traffic straight to the internet "
        "while the rest goes through the tunnel."
    ), made


def test_a_term_and_a_dash_before_a_sentence_opening_on_the_term_is_the_title() -> None:
    # 'Streaming Media - Streaming media allows the user to watch ...' (a TV dictionary's
    # entry) was refused as having no title.
    made = made_or_refused(
        "Screen Sharing - Screen sharing lets one person show their display to the others "
        "in a call without sending them a file. Most meeting tools offer it with one "
        "button, and the viewer may be given control of the mouse.\n"
    )
    assert made.get("What does screen sharing do?") == (
        "Lets one person show their display to the others in a call without sending them a file."
    ), made


def test_an_expansion_in_brackets_and_a_dash_before_the_letters_opens_the_entry() -> None:
    # '(Dynamic Host Configuration Protocol) – DHCP is a standardized network protocol
    # ...' was refused as having no title.
    made = made_or_refused(
        "(Network Time Protocol) – NTP is a protocol that keeps the clocks of computers on "
        "a network in step. An NTP server answers the requests of the machines that ask "
        "it for the time. See also: Clock drift,\n"
    )
    assert made.get("What does NTP stand for?") == "Network Time Protocol", made
    assert any(
        answer.startswith("A protocol that keeps the clocks of computers")
        for answer in made.values()
    ), made


def test_a_dictionarys_field_tag_and_a_plural_name_of_the_glossed_kind() -> None:
    # '<logic> A table listing all possible combinations of inputs ... . Truth tables can
    # be used as ...' (a computing dictionary) was refused as having no title.
    made = made_or_refused(
        "<hardware> A circuit that holds one bit for as long as it has power and changes "
        "it only when told to. Latch circuits can be built from two cross-coupled gates and "
        "serve as the simplest kind of memory.\n"
    )
    assert made.get("What is a latch circuit?") == (
        "A circuit that holds one bit for as long as it has power and changes it only when told to."
    ), made


def test_letters_a_dash_and_their_words_on_the_first_line_are_the_title() -> None:
    # 'SMTP - Simple Mail Transport Protocol' over '... Almost all Internet email is sent
    # and received by ... SMTP.' was titled 'Almost all Internet email'.
    made = made_or_refused(
        "NTP - Network Time Protocol\n"
        "The main protocol used to keep the clocks of computers in step.\n"
        "NTP consists of a set of rules for how a client asks a server for the time.\n"
        "Almost every clock on the internet is kept in step by servers using NTP.\n"
    )
    assert made.get("What is NTP?") == (
        "The main protocol used to keep the clocks of computers in step."
    ), made
    assert made.get("What does NTP stand for?") == "Network Time Protocol", made
    assert not any("Almost" in prompt for prompt in made), made


def test_an_expansion_in_quotes_is_what_the_letters_stand_for() -> None:
    # 'What is DNS?' / 'DNS is the "Domain Name System".' / ... gave no card.
    made = made_or_refused(
        "What is ARP?\n"
        'ARP is the "Address Resolution Protocol".\n'
        "Every device on a local network has a hardware address as well as an IP address.\n"
    )
    assert made.get("What does ARP stand for?") == "Address Resolution Protocol", made


def test_letters_over_a_definition_of_another_name_said_twice_yield_to_it() -> None:
    # 'CCPS [Clock Cycles Per Second]' over 'The clock speed is the rate at which the CPU
    # executes instructions. ... The clock speed is measured in MHz or GHz.' gave no card.
    made = made_or_refused(
        "IOPS [Input Output Operations Per Second]\n\n"
        "The disk speed is the number of reads and writes a drive completes in a second. "
        "A drive needs a fixed time to find each block. The faster the speed, the more "
        "work a database on it can do. The disk speed is quoted in thousands.\n"
    )
    assert made.get("What is the disk speed?") == (
        "The number of reads and writes a drive completes in a second."
    ), made


def test_a_part_the_gloss_names_is_no_name_for_the_glossed_thing() -> None:
    # 'A logic circuit that may be considered as a ... switch whose output is determined
    # by the position of the switch wiper. The wiper position is controlled by ...' was
    # titled 'Wiper position' and asked "What is the wiper position?" -> the gloss.
    made = made_or_refused(
        "A storage device that may be thought of as a spinning disc whose data is found "
        "by the angle of the read head. The head angle is set by a small motor that "
        "moves an arm across the platter.\n"
    )
    assert not any("head angle" in prompt.casefold() for prompt in made), made


def test_the_advantage_a_page_names_is_no_concept_of_its_own() -> None:
    # A page whose first sentence defines nothing the title finder took ('Syncing files
    # between cloud and local storage means ...') was titled by 'The primary advantage
    # is seamless availability ...' and asked "What is the primary advantage?".
    made = made_or_refused(
        "\nMirroring folders between a laptop and a remote server and a phone means keeping "
        "the same copy of each file in every place at once, updated as soon as any copy "
        "changes. It works by watching both places for changes.\n\n"
        "This technology powers tools like Dropbox. A person might use it to keep "
        "documents the same on a laptop and a phone.\n"
        "The primary advantage is seamless access to the newest files from any device, "
        "which makes working together easy. However\n"
    )
    assert not any("advantage" in prompt for prompt in made), made


def test_a_sites_category_run_into_the_sentence_under_the_title_is_left_out() -> None:
    # 'bitwise operation' / 'programmingBitwise operations are operations that are
    # performed on ...': the site's category glued to the first sentence.
    made = made_or_refused(
        "checksum digit\n"
        "mathematicsChecksum digits are digits added to the end of a number so that "
        "typing mistakes can be caught. They are worked out from the other digits.\n"
    )
    assert made.get("What are checksum digits?") == (
        "Digits added to the end of a number so that typing mistakes can be caught."
    ), made


def test_comments_of_code_pasted_without_a_fence_are_no_headings() -> None:
    # '# AND example' over '5 & 3 # Output: 1 (decimal)', then '# In binary:' lines;
    # '... in .git/config:' over '# Inside .git/config' and '[remote "origin"]': each
    # page was read as Markdown and titled by its first comment, with no card.
    shifts = made_or_refused(
        "shift operator\n"
        "Shift operators are operators that move the bits of a number left or right by a "
        "given count. They let you multiply or divide by powers of two cheaply.\n"
        "There are two common shift operators:\n\n"
        "LEFT SHIFT (<<): This operation moves every bit of the first operand to the left "
        "by the count the second operand gives.\n\n"
        "RIGHT SHIFT (>>): This operation moves every bit of the first operand to the "
        "right by the count the second operand gives.\n"
        "Here they are in action:\n"
        "# Left shift example\n"
        "6 << 1 # Output: 12\n"
        "# In binary:\n"
        "# 6 is 110\n"
        "# Result is 1100\n"
        "# Right shift example\n"
        "6 >> 1 # Output: 3\n"
    )
    assert shifts.get("What are shift operators?") == (
        "Operators that move the bits of a number left or right by a given count."
    ), shifts
    hooks = made_or_refused(
        "What Is a Git Hook?\n"
        "A hook is simply a script that Git runs by itself before or after an event such "
        "as a commit. Hooks live in the repository and are not copied when it is cloned.\n"
        "Git keeps its settings for hooks in .git/config:\n"
        "# Inside .git/config\n"
        '[core "hooks"]\n'
        "path = .githooks\n"
        "Hooks let you check your work before it is shared, and stop a commit that breaks "
        "the rules.\n"
        'What Is "pre-commit"?\n'
        "pre-commit is just the hook that runs first, before the message is written.\n"
        "# git init creates sample hooks\n"
        "git init\n"
        "ls .git/hooks\n"
    )
    assert hooks.get("What is a Git Hook?") == (
        "A script that Git runs by itself before or after an event such as a commit."
    ), hooks


def test_where_a_protocol_runs_by_default_is_not_what_it_does() -> None:
    # 'POP3 is short for Post Office Protocol version 3.' / ... / 'POP3 runs by default
    # on TCP/IP port 110.' was asked "What does POP3 do?" -> "Runs by default on TCP/IP
    # port 110." (WRONG: what it does is fetch mail).
    made = made_or_refused(
        "What is IMAP4?\n"
        "IMAP4 is short for Internet Message Access Protocol version 4.\n"
        "This is used to read mail that stays on the server.\n"
        "IMAP4 runs by default on TCP/IP port 143.\n"
    )
    assert made.get("What does IMAP4 stand for?") == (
        "Internet Message Access Protocol version 4"
    ), made
    assert not any("port 143" in answer for answer in made.values()), made
    assert not any(answer.startswith("Short for") for answer in made.values()), made


def test_a_verb_and_together_are_asked_as_one() -> None:
    # 'BitTorrent pieces together the file you are downloading ...' was asked "What
    # does BitTorrent piece?" -> "Together the file you are downloading ...".
    made = made_or_refused(
        "What is a download manager?\n\n"
        "A download manager is a program that fetches large files over several "
        "connections at once. A download manager stitches together the parts it fetched, "
        "in the order the file holds them, once every part has arrived.\n"
    )
    assert made.get("What does a download manager stitch together?") == (
        "The parts it fetched, in the order the file holds them, once every part has arrived."
    ), made
    assert not any(answer.startswith("Together") for answer in made.values()), made


def test_a_dictionarys_empty_label_is_not_run_into_the_gloss_above_it() -> None:
    # 'definition: a computer circuit ... combinations of inputs' / 'example:' / 'speech
    # part: noun': the answer ended '... inputs example: speech part: noun.'.
    made = made_or_refused(
        "shift register\n\n"
        "definition: a chain of memory cells that moves its stored bits one place along "
        "on each tick of a clock signal\n"
        "example:\n"
        "speech part: noun\n"
        "synonyms: register\n"
    )
    assert made.get("What is a shift register?", "").startswith(
        "A chain of memory cells that moves its stored bits one place along"
    ), made
    assert not any("speech part" in answer for answer in made.values()), made


def test_a_two_sentence_page_naming_its_doer_twice_is_about_it() -> None:
    # 'Message queues provide an' / 'asynchronous communications protocol, meaning that
    # ... the message queue ... . Messages placed onto the queue are stored ...' was
    # refused: 'queues' was read as the verb of 'Message', and a page so short never
    # names its subject three times.
    made = made_or_refused(
        "Job queues provide a\n"
        "way to run slow work later, meaning that the web request that adds a job to the "
        "job queue can answer at once. Jobs placed onto the queue wait until a worker "
        "takes them.\n"
    )
    assert made.get("What do job queues do?") == (
        "Provide a way to run slow work later, meaning that the web request that adds a job "
        "to the job queue can answer at once."
    ), made


def test_what_another_thing_on_the_page_requires_is_not_asked() -> None:
    # 'The CPU requires a fixed number of clock cycles to execute each instruction.' on
    # the clock speed's page was asked "What does the CPU require?" (AMBIGUOUS).
    made = made_or_refused(
        "IOPS [Input Output Operations Per Second]\n\n"
        "The disk speed is the number of reads and writes a drive completes in a second. "
        "The SSD requires a fixed number of lookups to find each block. The faster the "
        "speed, the more work a database on it can do. The disk speed is quoted in "
        "thousands.\n"
    )
    assert made.get("What is the disk speed?") == (
        "The number of reads and writes a drive completes in a second."
    ), made
    assert not any("require" in prompt for prompt in made), made


def test_what_someone_strives_to_do_gets_no_blank() -> None:
    # 'Hotspot providers strive to make connecting ____ clients as simple and secure as
    # possible.' -> 'Wi-Fi', a sibling page's title (TRIVIAL: a wish, and any word for a
    # device fits).
    kiosk = parse(
        "Kiosk\n\n"
        "A kiosk is a small public terminal where anyone can look up information. You will "
        "see kiosks in stations and malls.\n\n"
        "Kiosk vendors strive to keep attaching Ethernet clients quick and safe for every "
        "visitor. Kiosks are rarely private.\n",
        "kiosk.txt",
    )
    ethernet = parse(
        "Ethernet\n\nEthernet is a family of wired network technologies.\n", "ethernet.txt"
    )
    made = {card.prompt: card.answer for card in cards.generate(kiosk, [kiosk, ethernet])}
    assert "What is a kiosk?" in made, made
    assert not any("strive" in prompt for prompt in made), made


def test_operators_after_a_name_are_people_not_its_verb() -> None:
    # Written while testing the wish above: 'Kiosk operators strive to keep ...' was
    # asked "What does a kiosk operator?" -> "Strive to keep ...".
    made = made_or_refused(
        "Kiosk\n\n"
        "A kiosk is a small public terminal where anyone can look up information. You will "
        "see kiosks in stations and malls.\n\n"
        "Kiosk operators strive to keep the screens clean and quick for every visitor.\n"
    )
    assert "What is a kiosk?" in made, made
    assert not any("operator?" in prompt for prompt in made), made


def test_a_context_said_before_the_subject_is_no_part_of_its_name() -> None:
    # 'JIT' / 'just-in-time compiler' / 'When dealing with Java, a just-in-time compiler
    # converts Java bytecode ... into native code ...' was refused: nothing said what
    # 'JIT' is.
    made = made_or_refused(
        "AOT\n"
        "ahead-of-time compiler\n\n"
        "When working with Dart, an ahead-of-time compiler turns source code into machine "
        "code before the program ships, so nothing is compiled on the user's phone.\n"
    )
    assert any(
        answer.startswith("When working with Dart, an ahead-of-time compiler turns source code")
        for answer in made.values()
    ), made


def test_a_remark_on_how_many_definitions_exist_is_none_of_them() -> None:
    # 'What is a Pivot Table' / 'A lot of definitions can be found in the web. More
    # deeper information can be found In [Wikipedia[]] A pivot table is a program tool
    # ...' answered "What is a pivot table?" with "A lot of definitions can be found in
    # the web." (WRONG), the real definition glued behind a link that lost its target.
    made = made_or_refused(
        "What is a Slicer\n\n"
        "A lot of explanations are out there already. Longer ones are kept In [Manual[]] A "
        "slicer is a set of buttons that filters the rows of a table by one column with a "
        "single click. A slicer leaves the data itself alone.\n"
    )
    assert made.get("What is a slicer?") == (
        "A set of buttons that filters the rows of a table by one column with a single click."
    ), made


def test_headings_that_say_how_a_part_is_told_are_no_terms() -> None:
    # 'Headroom' over 'Simple Explanation', 'Concise Technical Definition', 'Industry
    # Usage Summary' ...: read as a glossary of those headings, asked "What is Simple
    # Explanation?" (WRONG) and two more so.
    made = entries_deck(
        "Sidechain\n"
        "Simple Explanation\n"
        "A way to let one sound push another down whenever it plays.\n"
        "Concise Technical Definition\n"
        "A compressor input fed by one track that sets how much another track is turned down.\n"
        "Everyday Analogy\n"
        "Like a host who goes quiet whenever a guest starts to talk.\n"
        "Full Technical Explanation\n"
        "Sidechaining refers to the routing of one signal into the detector of a compressor "
        "placed on another, so the second is lowered in time with the first.\n"
    )
    assert not any("Explanation?" in prompt or "Definition?" in prompt for prompt in made), made
    assert any(prompt.casefold().startswith("what is sidechain") for prompt in made), made


def test_a_functions_signature_over_its_description_titles_a_manuals_page() -> None:
    # 'Formula Engine Reference Guide' / 'Back to Class Index' / 'VLOOKUP(X, R, N)' /
    # 'Description' / 'Searches the first column ...' was asked "What does Formula Engine
    # do?" (WRONG: the manual's name).
    made = made_or_refused(
        "Sheet Functions Reference Manual\n\n"
        "Back to Function List\n\n"
        "HLOOKUP(X, R, N)\n\n"
        "Description\n"
        "Searches the top row of range R for the value X, and returns the value N rows "
        "below it in the same column.\n"
    )
    assert made.get("What does HLOOKUP do?") == (
        "Searches the top row of range R for the value X, and returns the value N rows "
        "below it in the same column."
    ), made


def test_a_plural_defined_bare_is_asked_without_an_article() -> None:
    # 'Formulas are equations that perform calculations ...' (and later 'is a simple
    # formulas', a typo) was asked "What is a formulas?".
    made = made_or_refused(
        "Macros are recorded steps that a spreadsheet can play back on request. A macro "
        "always starts with a name. You can record a macro by clicking the record button "
        "and doing the steps once.\n\n"
        "Simple macros can include keystrokes, menu choices, or cell edits.\n\n"
        "For example, the macro Tidy is a simple macros that sorts the sheet by its first "
        "column.\n"
    )
    assert made.get("What are macros?") == (
        "Recorded steps that a spreadsheet can play back on request."
    ), made


def test_the_tool_a_question_names_after_in_is_where_it_is_met() -> None:
    # 'What are cell references or addresses in spreadsheets?' over a page about them
    # gave no card: the title kept 'in spreadsheets'.
    assert title_from_question("What are named ranges in spreadsheets?") == ("named ranges", "")
    assert title_from_question("What is NAT in networking?") == ("NAT", "")


def test_the_it_after_a_paragraphs_own_question_is_what_it_asks_about() -> None:
    # 'What is conditional formatting?    In literal terms it is getting the format of a
    # cell to change depending upon ...' (one paragraph) gave no card.
    made = made_or_refused(
        "Freeze Panes\n\n"
        "  What are freeze panes?    In plain words it is keeping the top rows of a sheet in "
        "view while the rest of it scrolls underneath.    Examples might include a header "
        "row of a long price list.\n"
    )
    assert made.get("What are freeze panes?") == (
        "Keeping the top rows of a sheet in view while the rest of it scrolls underneath."
    ), made


def test_the_other_sense_set_aside_first_and_whose_sense_it_is() -> None:
    # 'Compression' / 'Not to be confused with data compression common in .mp3s,
    # compression as used by Engineering refers to the compression (or reduction) of the
    # dynamic range of a signal.' / 'Threshold' / ...: titled 'Threshold', no card on
    # compression.
    made = entries_deck(
        "Gating\n\n"
        "Not to be confused with logic gates in chips, gating as used by sound engineers "
        "refers to the silencing of a signal whenever it falls below a set level. Most gates "
        "have a threshold and a release control.\n\n"
        "Threshold\n\n"
        "The threshold is the level below which the gate closes and the signal is muted.\n"
    )
    assert made.get("What is gating?") == (
        "The silencing of a signal whenever it falls below a set level."
    ), made


def test_a_clue_said_of_some_of_many_cases_asks_no_concept() -> None:
    # 'Which concept can occur in many situations, such as recording vocals ...?' ->
    # Latency; '... is found useful in some cases ...?' -> Clipping; '... is used when a
    # digital signal is being created or modified?' -> Dither: each AMBIGUOUS.
    made = made_or_refused(
        "Jitter\n\n"
        "Jitter is a small, random change in the timing of a digital signal. Jitter can "
        "show up in many situations, such as streaming a call over a busy network. Jitter "
        "is used when a clock has to be tested against noise. Jitter is found useful in "
        "some cases, like adding a human feel to drum loops. Too much jitter makes a "
        "recording sound smeared.\n"
    )
    assert made.get("What is jitter?") == (
        "A small, random change in the timing of a digital signal."
    ), made
    assert not any(prompt.startswith("Which concept") for prompt in made), made


def test_a_statement_going_on_after_a_comma_and_is_not_turned_round() -> None:
    # 'Structured references are also dynamic, and adjust automatically when data is
    # added ...' was asked turned round, 'are also static, and adjust automatically ...'
    # (GIVEAWAY: it contradicts itself); 'MIDI files are generally much smaller than
    # digital audio files, and the events are also editable' turned, half false and half
    # true (AMBIGUOUS).
    made = made_or_refused(
        "Named tables\n\n"
        "A named table is a block of cells that a spreadsheet treats as one object with a "
        "name. Named tables are dynamic, and grow by themselves when a row is typed below "
        "them.\n"
    )
    assert "What is a named table?" in made, made
    assert not any(prompt.startswith("True or false") for prompt in made), made


def test_a_roman_numbered_question_heading_loses_its_number() -> None:
    # 'III. How Does Buffer Size Affect Audio Quality?' was asked "III. how does buffer
    # size affect audio quality?" (GARBLED): the number was looked for after the words
    # were set in sentence case.
    entry = parse(
        "Sample Rate – Definition & Detailed Explanation – Audio Software Glossary\n\n"
        "I. What is Sample Rate?\n\n"
        "Sample rate refers to the number of times per second that a sound wave is measured "
        "when it is recorded. In the context of audio software, it is given in hertz, and "
        "higher rates capture higher pitches.\n\n"
        "In audio software, sample rate is typically set once per project, with a higher "
        "rate resulting in larger files but potentially clearer highs.\n\n"
        "II. Why is Sample Rate Important in Audio Software?\n\n"
        "Sample rate is important in audio software because it decides the highest pitch a "
        "file can hold. The highest pitch is half the rate.\n\n"
        "III. How Does Sample Rate Affect File Size?\n\n"
        "Sample rate can have a direct impact on file size, particularly in terms of disk "
        "space and upload time. Each extra sample per second is one more number to store.\n\n"
        "Conversely, a lower sample rate can shrink files, which may suit spoken word.\n",
        "page.txt",
    )
    asked = [card.prompt for card in cards.generate(entry, [])]
    assert "How does sample rate affect file size?" in asked, asked
    assert not any(prompt.startswith("I") for prompt in asked), asked


def test_a_headword_glossed_after_its_spelled_out_words_keeps_them() -> None:
    # A glossary box: 'USB' over 'Universal Serial Bus — An external bus standard ...,
    # and has a total bandwidth of 1.5 megabytes per second.' gave no card: the words
    # the letters stand for were dropped with the term, and the rate was taken for the
    # size an example sets.
    made = made_or_refused(
        "Glossary\n\n"
        "PCIe\n"
        "Peripheral Component Interconnect Express — A serial expansion bus that joins "
        "graphics and storage cards to a motherboard, and moves about 2 gigabytes per "
        "second on each lane.\n"
        "Source: a hardware shop\n"
    )
    assert made.get("What does PCIe stand for?") == "Peripheral Component Interconnect Express"
    assert made.get("What is PCIe?", "").startswith("A serial expansion bus that joins"), made


def test_a_long_gloss_of_a_mechanism_under_its_headword_is_its_definition() -> None:
    # 'Laser Printer' / 'A printer which uses a laser ... onto a photo sensitive drum in
    # turn making the drum attract toner which is then ... fused to it with heat.' (46
    # words) gave no card: a gloss was thought a sentence past 45 words.
    gloss = (
        "A printer which heats tiny dots on a print head so that they darken the special "
        "coated paper pulled past them by a rubber roller in turn drawing each line of the "
        "receipt or shipping label without any ink, toner or ribbon being needed at all."
    )
    assert 45 < len(gloss.split()) <= 50
    made = made_or_refused(
        f"Thermal Printer\n\n{gloss}\n\nA thermal printer is found at shop tills.\n"
    )
    assert made.get("What is a thermal printer?") == gloss, made


def test_a_definition_led_by_what_its_letters_abbreviate_is_read() -> None:
    # 'Formed from an abbreviation for Keyboard, Video and Mouse, a KVM switch is a device
    # that ...' (an untitled page) was refused: the lead-in hid the definition.
    made = made_or_refused(
        "Derived from an acronym for Power over Ethernet, a PoE injector is a small box "
        "that adds electric power to a network cable so a camera needs no socket nearby. "
        "It sits between the switch and the device.\n"
    )
    assert made.get("What is a PoE injector?", "").startswith("A small box that adds"), made


def test_a_headless_gloss_is_named_by_the_kind_its_page_says_most() -> None:
    # 'A mouse that uses light to detect movement. Introduced in the late 1990s, optical
    # mouse obsoleted mechanical mouse ...' (no title; 'optical mouse' said four times,
    # 'mechanical mouse' twice) was refused.
    made = made_or_refused(
        "A keyboard that folds in half to fit in a pocket. Popular with travellers, "
        "folding keyboard designs pair over Bluetooth with a phone or tablet.\n"
        "Unlike a desktop keyboard, a folding keyboard has a hinge across the middle row.\n"
        "Keep a folding keyboard charged: most last a week on one charge.\n"
    )
    assert made.get("What is a folding keyboard?", made.get("What is folding keyboard?")) == (
        "A keyboard that folds in half to fit in a pocket."
    ), made


def test_a_question_heading_numbered_with_a_dash_is_a_question() -> None:
    # 'What is Virtual Reality "VR" and what is it used for?' over '1 - What is VR?' /
    # 'VR stands for virtual reality and it is a simulated experience ...' was refused:
    # '1 - ' hid the heading's question, and 'and it is' the definition after the letters.
    made = made_or_refused(
        'What is Augmented Reality "AR" and where do we meet it?\n\n'
        "1 - What is AR?\n\n"
        "AR stands for augmented reality and it is a view of the real world with pictures "
        "drawn by a computer laid over it.\n\n"
        "2 - AR Glasses\n\n"
        "Glasses with a small screen in each lens show the added pictures in front of the "
        "eyes while the wearer still sees the room.\n"
    )
    assert made.get("What does AR stand for?") == "Augmented reality", made
    assert made.get("What is AR?", "").startswith("A view of the real world with pictures"), made


def test_a_lessons_level_is_no_title_and_counted_labels_keep_what_they_say() -> None:
    # '1.2 · Beginner' over a lesson was asked 'What is 1.2 · Beginner?' (WRONG), and
    # 'One satellite: You're on a sphere ...', 'Two satellites: ...' were asked as the
    # bare counts 'One satellite / Two satellites / ...' (TRIVIAL).
    entry, made = deck(
        "2.3 · Intermediate\n\n"
        "Load balancing\n\n"
        "Load balancing is the spreading of incoming requests over several servers so that "
        "no single one is overwhelmed.\n\n"
        "With more machines behind it, what you can survive grows in steps:\n\n"
        "  • One server: There is nothing to balance and no spare when it fails\n"
        "  • Two servers: One can fail while the other carries every request\n"
        "  • Three servers: A failure leaves two to share the load\n"
    )
    assert entry.title == "Load balancing"
    listed = next(answer for prompt, answer in made.items() if "points" in prompt)
    assert "1. One server: There is nothing to balance" in listed, listed


def test_advice_under_consider_the_following_is_not_asked_by_its_labels() -> None:
    # 'When evaluating response times, consider the following:' over 'Lower is better:
    # Aim for ...', 'Response time vs. refresh rate: ...': its labels were asked as a
    # list (GARBLED, TRIVIAL), what each point advises left behind.
    _, made = deck(
        "Input lag\n\n"
        "Input lag is the delay between pressing a button and seeing the result on the "
        "screen.\n\n"
        "When comparing monitors for games, consider the following:\n\n"
        "  • Lower is better: Under ten milliseconds feels instant to most players.\n"
        "  • Game mode matters: Turning it on skips picture processing that adds delay.\n"
        "  • Reviews over boxes: Makers quote their best case, so read measured figures.\n"
    )
    assert "What is input lag?" in made, made
    assert not any("points" in prompt for prompt in made), made


def test_a_lessons_number_and_level_over_its_heading_are_not_its_concept() -> None:
    # '1.2 · Beginner' / 'How GNSS Actually Works: The Principle of Trilateration' gave
    # 'What is 1.2 · Beginner?' -> 'The way GNSS Actually Works: ...' (WRONG, GARBLED).
    made = made_or_refused(
        "3.1 · Advanced\n\n"
        "How Caches Actually Go Stale: The Problem of Invalidation\n\n"
        "Introduction\n\n"
        "In the last lesson we put a cache in front of the database. But what happens when "
        "the data underneath changes? Copies that nobody updates keep being served.\n\n"
        "A copy can be dropped after a fixed time, or the writer can delete it at once.\n"
    )
    assert not any("Advanced" in prompt or "3.1" in prompt for prompt in made), made


def test_a_name_before_a_plural_and_its_verb_is_no_subject() -> None:
    # 'Flatbed' / 'Flatbed scanners provide high-quality image capture ...' was asked
    # 'Which concept scanners provide ...?' (GARBLED): the plural, not the name, is the
    # subject, as 'provide' agrees with it. (Here the old code asked 'What does a mesh
    # unit?' -> 'Spread the signal ...' too.)
    made = made_or_refused(
        "Mesh\n\n"
        "A mesh is a type of home network made of several small units that pass traffic "
        "between one another so that every room gets a signal.\n\n"
        "Mesh units spread the signal evenly across thick walls and several floors. A mesh "
        "is set up from a phone app in a few minutes.\n"
    )
    assert "What is a mesh?" in made, made
    assert not any("unit" in prompt for prompt in made), made


def test_what_a_thing_is_being_called_is_not_what_it_is() -> None:
    # 'USB-C connector is popular in ... . It is even being referred as next-generation
    # industry standard for ...' answered 'What is USB-C connector?' (GARBLED, WRONG).
    made = made_or_refused(
        "Wi-Fi 7 router\n\n"
        "Wi-Fi 7 router is popular in homes with many devices for its speed. It is even "
        "being referred as the last router a family will need for a decade. It sends on "
        "three bands at once.\n"
    )
    assert not any(
        answer.startswith(("Even being", "Being referred")) for answer in made.values()
    ), made


def test_a_unit_then_what_it_reflects_is_two_claims() -> None:
    # 'Response time is measured in milliseconds (ms) and reflects the speed at which a
    # pixel transitions ...' -> 'What is response time measured in?' -> 'Milliseconds
    # (ms) and reflects the speed ...' (GARBLED: the answer ran on past the unit).
    made = made_or_refused(
        "Input lag\n\n"
        "Input lag is the delay between pressing a button and seeing the result on the "
        "screen.\n\n"
        "Input lag is measured in milliseconds (ms) and reflects how long the screen "
        "holds a frame before it shows it.\n"
    )
    assert made.get("What is input lag measured in?") == "Milliseconds (ms).", made


def test_a_products_model_after_its_kind_is_left_out_of_the_title() -> None:
    # 'Ultrasonic sensor HC-SR04' / 'An ultrasonic sensor transmits short pulses ...' gave
    # no card: the page's sentences name the kind, never the model.
    made = made_or_refused(
        "Temperature sensor DS18B20\n\n"
        "A temperature sensor reports how warm its surroundings are as a number a "
        "microcontroller can read.\n\n"
        "This one sends its reading over a single data wire, so many of them can share it.\n"
    )
    assert made.get("What does a temperature sensor do?") == (
        "Reports how warm its surroundings are as a number a microcontroller can read."
    ), made
    assert not any("DS18B20" in prompt for prompt in made), made


def test_a_title_of_the_words_alone_still_asks_what_the_letters_stand_for() -> None:
    # 'Fused Deposition Modeling' over 'Fused Deposition Modeling (FDM) is a 3D printing
    # technique ...' gave no 'What does FDM stand for?' (a judge's miss): the words were
    # thought shown in the header, which is hidden above a card they answer.
    made = made_or_refused(
        "Selective Laser Sintering\n\n"
        "Selective Laser Sintering (SLS) is a 3D printing technique in which a laser fuses "
        "fine powder, one thin layer at a time, into a solid part.\n\n"
        "The loose powder around a part holds it up while it is printed.\n"
    )
    assert made.get("What does SLS stand for?") == "Selective Laser Sintering", made


def test_a_name_cut_from_longer_words_is_asked_what_it_is_short_for() -> None:
    # A new user's note: 'A mutex (short for "mutual exclusion") is a lock ...' gave no
    # card on the words, though the README promises what a name stands for.
    made = made_or_refused(
        "# Codec\n\n"
        'A codec (short for "coder-decoder") is a program that squeezes sound or video into '
        "a smaller file and opens it again for playing.\n"
    )
    assert made.get("What is codec short for?") == "Coder-decoder", made
    assert "What is a codec?" in made, made


def test_a_pitfall_under_its_label_is_no_statement_to_judge() -> None:
    # A new user's note: '- Deadlock: two threads each hold one mutex and wait forever
    # ...' under 'Pitfalls' was asked 'True or false: deadlock: two threads each hold
    # ...?' (GARBLED).
    made = made_or_refused(
        "# Connection pool\n\n"
        "A connection pool is a set of open database connections that a program reuses "
        "instead of opening a new one for every query.\n\n"
        "## Pitfalls\n\n"
        "- Pool exhaustion: every connection is busy and new queries wait until one is "
        "handed back.\n"
        "- Setting the pool far larger than the database allows makes it refuse connections.\n"
    )
    assert not any(prompt.lower().startswith("true or false: pool exhaustion") for prompt in made)
    assert "What is a connection pool?" in made, made


def test_a_headless_gloss_is_named_by_the_phrase_its_page_repeats() -> None:
    # 'The area of sharpness in a picture, ... that is most precisely focused by the
    # lens.' over 'You can control depth of field by ...' and four more 'depth of field'
    # (no title line) was refused.
    made = made_or_refused(
        "The length of time during which light reaches the sensor for one picture, usually "
        "set in fractions of a second.\n"
        "You can change shutter speed with the dial on top of the camera.\n"
        "A fast shutter speed freezes a runner; a slow shutter speed blurs moving water.\n"
        "On a tripod, a shutter speed of several seconds catches stars.\n"
    )
    asked = made.get("What is shutter speed?") or made.get("What is a shutter speed?", "")
    assert asked.startswith("The length of time during"), made


def test_a_dictionary_head_with_two_forms_and_its_sites_section() -> None:
    # 'Definition: Vignette; Vignetting | Glossary entry' over 'A vignette is a progressive
    # darkening ...' was refused: the head held both forms and the site's section. And
    # 'It is not only possible to create vignetting, it's also desirable.' was asked
    # 'True or false: vignetting is not only possible to create vignetting, ....'.
    made = made_or_refused(
        "Definition: Lens flare; Flare | Glossary entry\n\n"
        "Lens flare is a pattern of bright streaks and rings that appears when strong light "
        "shines straight into the lens.\n\n"
        "It is not only possible to avoid lens flare, it is also easy: a lens hood blocks "
        "the light from the side.\n"
    )
    assert made.get("What is lens flare?", "").startswith("A pattern of bright streaks"), made
    assert not any("not only possible" in prompt for prompt in made), made


def test_an_acronym_spelled_after_a_colon_with_dashes_then_glossed() -> None:
    # 'BLAST is an acronym for: Basic - Local -Alignment - Search Tool, a bioinformatics
    # tool used to find similarities ...' was refused: the colon hid the letters' words,
    # and a sentence spelling them out was passed over though it goes on to say what
    # the thing is.
    made = made_or_refused(
        "SNP is an acronym for: Single - Nucleotide -Polymorphism, a change of one letter at "
        "one place of the DNA that differs between people. SNPs are counted across whole "
        "populations to find links with diseases.\n"
    )
    assert made.get("What does SNP stand for?") == "Single Nucleotide Polymorphism", made
    assert made.get("What is SNP?", made.get("What is an SNP?", "")).startswith(
        "A change of one letter"
    ), made


def test_an_answer_announced_before_it_is_given_is_not_the_answer() -> None:
    # 'How Does The ISO work?' / 'So this is how the ISO works. The ISO measures ...' was
    # asked with the answer 'So this is how the ISO works.' (GARBLED, TRIVIAL).
    made = made_or_refused(
        "What Is Autofocus?\n"
        "Autofocus is one of the camera systems that decide how sharp your photos turn out. "
        "Usually switched on by default.\n"
        "How Does The Autofocus work?\n\n"
        "So this is how the autofocus works. The autofocus compares the contrast of small "
        "patches of the scene. What happens is that a motor moves the lens until the "
        "contrast is highest.\n\n"
        "When the scene is dark, the autofocus may hunt back and forth.\n"
    )
    assert "What is autofocus?" in made, made
    assert not any(answer.startswith("So this is how") for answer in made.values()), made


def test_a_title_with_a_question_for_subtitle_is_no_glossary_term() -> None:
    # 'Tilemap in Gaming: What Does It Mean?' was read as a term and its question as the
    # gloss; the labelled points below ('- Efficiency: Tilemaps are ...') then made a
    # glossary, asked 'What is efficiency?' and never what a tilemap is.
    made = entries_deck(
        "Sprite Sheets in Games: What Does It Mean?\n"
        "A sprite sheet is a crucial concept in 2D game development. It refers to one large "
        "image that packs many small frames of a character side by side.\n"
        "Understanding Sprite Sheets\n"
        "Sprite sheets are made of frames of one fixed size, such as 32x32 pixels, laid out "
        "in rows.\n"
        "Key Features of Sprite Sheets\n"
        "- Speed: Games draw faster when every frame comes from one image in memory.\n"
        "- Order: Artists keep the frames of one animation together in a row.\n"
        "- Size: Packing frames leaves less empty space than separate files do.\n"
        "Strategies for Using Sprite Sheets\n"
        "- Trimming: Cut the empty border around each frame to save memory.\n"
        "- Padding: Leave one pixel between frames so that colours do not bleed.\n"
    )
    assert made.get("What is a sprite sheet?", "").startswith("One large image that packs"), made
    assert not any(prompt in made for prompt in ("What is Speed?", "What is trimming?")), made


def test_a_title_that_says_defined_names_the_facts_below_it() -> None:
    # 'GTIN Defined' over 'Full name: ...', 'Governing body: ...', 'Purpose: ...' and
    # 'Format: GTIN is always ...' was a glossary: 'What is a full name?', 'What is
    # format?'. The labels are facts of one concept, whose name is not 'GTIN Defined'.
    page = (
        "ISBN Defined\n"
        "Full name: International Standard Book Number\n"
        "Issued by: a national agency in each country that hands out blocks of numbers.\n"
        "Purpose: To tell one edition of one book apart from every other edition.\n"
        "Format: An ISBN today has thirteen digits, the last one a check digit.\n"
    )
    made = entries_deck(page)
    assert not any(prompt in made for prompt in ("What is a full name?", "What is format?"))
    assert title_without_wrapper("ISBN Defined") == "ISBN"


def test_a_firms_name_under_the_question_title_is_not_the_title() -> None:
    # 'What is a 3PL? Third-Party Logistics Explained' / 'A. Duie Pyle' (the firm whose
    # page it is) / 'A 3PL, or ..., is a company that ...' asked 'What is A. Duie Pyle?'.
    made = entries_deck(
        "Skip to main content\n\n"
        "What is a CDN? Content Delivery Networks Explained\n\n"
        "B. Ortega Hosting\n\n"
        "A CDN, or content delivery network, is a group of servers spread over many "
        "cities that keep copies of a site's files close to its visitors. Pages then load "
        "from a nearby server instead of one far away.\n\n"
        "Many sites begin to think about a CDN when visitors from other continents "
        "complain that pages are slow.\n\n"
        "The Basics: Defining a CDN\n\n"
        "A content delivery network refers to renting space on servers near the visitors. "
        "Rather than serving every file from one machine, a site relies on a partner whose "
        "servers are already in place.\n\n"
        "What Does a Content Delivery Network Do?\n\n"
        "While services vary, most CDNs offer three things: caching, routing and "
        "protection.\n\n"
        "Caching and Storage\n\n"
        "    Caching forms the core of a CDN. Instead of asking the origin server every "
        "time, an edge server keeps a copy of each file for a while.\n"
    )
    assert made.get("What is a CDN?", "").startswith("A group of servers"), made
    assert not any("Ortega" in prompt for prompt in made), made


def test_a_pronoun_is_no_name_and_a_definition_spoken_of_is_not_given() -> None:
    # An untitled page opening 'The definition of enterprise resource planning (normally
    # abbreviated as ERP) should be obvious. It is not. ...' was titled 'It' and asked
    # 'What is It?' -> 'The definition of ... should be obvious.'.
    made = made_or_refused(
        "The definition of customer relationship management (normally abbreviated as CRM) "
        "sounds simple. It is not. The words suggest any care a firm takes of its buyers. "
        "However, CRM is mostly used for software that keeps every contact with a customer "
        "in one shared record.\n"
    )
    assert made.get("What does CRM stand for?") == "Customer relationship management", made
    assert not any(answer.startswith("The definition of") for answer in made.values()), made
    assert "What is It?" not in made, made


def test_what_the_page_says_it_describes_beats_when_it_starts_under_its_question() -> None:
    # 'It describes the process of selecting products ... and preparing them for shipment'
    # above 'What Is Pick and Pack Fulfillment?' / 'Pick and pack fulfillment begins once
    # inventory has been received ...' asked 'What does it do?' -> 'Begins once ...'.
    made = made_or_refused(
        "Cross Docking Explained\n"
        "Cross docking is a fundamental part of modern freight handling. It describes the process "
        "of unloading goods from an incoming truck and loading them straight onto an "
        "outgoing one, with little or no storage between.\n"
        "What Is Cross Docking?\n"
        "Cross docking starts once a truck reaches the dock and its pallets are scanned. "
        "Staff then sort the pallets by where they are going next.\n"
    )
    assert made.get("What is cross docking?", "").startswith("The process of unloading"), made


def test_a_part_said_first_then_which_means_the_whole_is() -> None:
    # 'A frame is an image, which means the frame rate is the number of images being
    # rendered in a second.' gave no card: the page's one definition sat after 'which
    # means'.
    made = made_or_refused(
        "Sample Rate\n\n"
        "A sample is one measurement of a sound wave, which means the sample rate is the "
        "number of measurements taken in a second.\n"
        "Music on a CD uses 44,100 samples a second, enough for the highest notes people "
        "hear.\n"
    )
    assert made.get("What is the sample rate?", "").startswith("The number of measurements"), made


def test_a_page_that_only_spells_out_its_letters_still_asks_them() -> None:
    # 'GTIN Defined' / 'Full name: Global Trade Item Number (全球贸易项目代码)' / 'Purpose:
    # ...' was refused (no sentence says what a GTIN is), though the page says what its
    # letters stand for; the translation in brackets is no part of the answer.
    made = made_or_refused(
        "ISBN Defined\n"
        "Full name: International Standard Book Number (国际标准书号)\n"
        "Issued by: a national agency in each country that hands out blocks of numbers.\n"
        "Purpose: To tell one edition of one book apart from every other edition.\n"
        "Format: An ISBN today has thirteen digits, the last one a check digit.\n"
    )
    assert made.get("What does ISBN stand for?") == "International Standard Book Number", made
    assert not any(prompt in made for prompt in ("What is a full name?", "What is format?"))


def test_a_thing_brought_in_which_is_then_said() -> None:
    # 'DeltaTime' / 'Using Delta Time' / '... To correct that, we have delta time which is
    # the time elapsed since the last frame.' was refused: no sentence opens on the name.
    made = made_or_refused(
        "Fixed Timestep\n\n"
        "Stepping the Physics\n\n"
        "A physics engine gives different results when each step covers a different span "
        "of time. To avoid that, we use a fixed timestep which is a step length that never "
        "changes from one update to the next.\n\n"
        "accumulator += frame_time\n"
    )
    assert made.get("What is a fixed timestep?", "").startswith("A step length"), made


def test_where_a_product_is_bought_is_not_asked() -> None:
    # 'Physical engines can be purchased from other vendors, ...' was asked 'How can
    # physical engines be purchased?' (TRIVIAL, GARBLED).
    made = made_or_refused(
        "Sound engine\n\n"
        "A sound engine is the part of a game that mixes and plays its sounds. Sound "
        "engines can be purchased from audio firms, and some game tools ship one of their "
        "own.\n"
    )
    assert "What is a sound engine?" in made, made
    assert not any("purchased" in prompt for prompt in made), made


def test_an_untitled_page_opening_on_it_is_named_by_the_next_sentence() -> None:
    # 'It defines an area in the 3D world of what is visible to the camera. The frustum
    # is confined by the near clipping plane ...' was refused: no title.
    made = made_or_refused(
        "It defines the part of the window where the game draws its picture. The "
        "viewport is bounded by the edges of that part. Only things inside the viewport "
        "are drawn.\n"
    )
    assert made.get("What does the viewport do?", "").startswith("Defines the part"), made


def test_a_name_as_a_sentence_of_its_own_then_its_gloss() -> None:
    # 'Battery Management System. An electronic system that manages the state of the
    # battery. ...' (a page of three sentences, no title line) was refused.
    made = made_or_refused(
        "Tyre Pressure Monitor. A small sensor system that warns the driver when a tyre "
        "loses air. It may show each tyre's pressure on the dashboard.\n"
    )
    assert "A small sensor system that warns the driver" in next(iter(made.values()), ""), made


def test_a_date_under_the_title_heads_nothing_and_a_maker_leads_the_definition() -> None:
    # 'Understanding CAN Bus: A Comprehensive Guide' / 'author avatar' / '07 Nov, 2023' /
    # ... / 'Developed by Bosch in the 1980s, the Controller Area Network (CAN) bus is a
    # popular communication protocol ...' was refused: the date headed the whole page.
    made = made_or_refused(
        "Understanding LIN Bus: A Complete Guide\n\n"
        "author avatar\n\n"
        "12 Mar, 2024\n\n"
        "Understanding LIN Bus: A Complete Guide\n\n"
        "Developed by a group of car makers in the late 1990s, the Local Interconnect "
        "Network (LIN) bus is a cheap serial network for the small parts of a car, such as "
        "window switches and seat motors. One master node asks each of up to sixteen "
        "slaves in turn.\n\n"
        "How LIN Frames Work\n\n"
        "Each frame starts with a header sent by the master, and the slave it names "
        "answers with the data.\n"
    )
    assert made.get("What is LIN bus?", "").startswith("A cheap serial network"), made


def test_another_name_between_dashes_before_the_verb() -> None:
    # 'Adaptive cruise control — often shortened to ACC — is a feature built into many
    # modern cars that ...' gave no card: the aside stood between the name and 'is'.
    made = made_or_refused(
        "What is lane centring?\n\n"
        "Lane centring — often shortened to LCA — is a driver aid that steers the car "
        "gently to keep it in the middle of its lane. It reads the lane markings with a "
        "camera behind the windscreen.\n"
    )
    assert any(answer.startswith("A driver aid that steers") for answer in made.values()), made


def test_a_thing_told_then_named_in_a_note_is_asked_by_its_name() -> None:
    # A new user's own note said 'When two threads change the same variable at the same
    # time, ... . This is called a race condition.' and got no card for it: only 'X is Y'
    # sentences were asked.
    _, made = deck(
        "# Packets\n\n"
        "A packet is a small block of data sent over a network on its own.\n\n"
        "When a router has no room left in its queue, it throws new packets away. This is "
        "called packet loss.\n\n"
        "When two routers keep sending one packet back and forth between them, it never "
        "arrives: this is a routing loop.\n",
        "packets.md",
    )
    assert made.get("What is packet loss?", "").startswith("When a router has no room"), made
    assert made.get("What is a routing loop?", "").startswith("When two routers keep"), made


def test_a_name_after_of_and_a_determiner_does_not_make_it_plural() -> None:
    # 'Two major parts of your drivetrain are also ...' made the page ask 'What are the
    # drivetrain?': the 'are' was the parts', not the drivetrain's.
    made = made_or_refused(
        "How Your Car's Gearbox Works\n\n"
        "What is the gearbox?\n\n"
        "The gearbox, also called the transmission, is a set of gears that lets the engine "
        "turn the wheels at many different speeds.\n\n"
        "Two main parts of your gearbox are the input shaft and the output shaft.\n"
    )
    assert "What is the gearbox?" in made, made
    assert "What are the gearbox?" not in made, made


def test_a_title_wrapped_in_definition_and_meaning() -> None:
    # 'Traction Control Definition and Meaning' was cut to 'Traction Control Definition
    # and', the title the learner saw above every card.
    made = made_or_refused(
        "Cruise Control Definition and Meaning\n\n"
        "Cruise control is a driver aid that holds the car at a speed the driver sets, "
        "without a foot on the pedal.\n"
    )
    assert "What is cruise control?" in made, made


def test_the_first_object_of_supply_with_is_not_what_is_supplied() -> None:
    # 'A microgrid can supply an area with power in parallel with the grid.' was asked
    # 'What can a microgrid supply?' -> 'An area with power ...' (AMBIGUOUS, GARBLED).
    made = made_or_refused(
        "Solar farm\n\n"
        "A solar farm is a large field of solar panels that sells its power to the grid. "
        "A solar farm can supply a town with electricity on sunny days.\n"
    )
    assert "What is a solar farm?" in made, made
    assert "What can a solar farm supply?" not in made, made


def test_a_sentence_on_such_things_told_before_defines_nothing() -> None:
    # 'A solar panel is made from many such cells, each of which ...' (after a paragraph
    # on cells) was the answer to 'What is a solar panel?' (GARBLED).
    made = made_or_refused(
        "How does a wind farm work?\n\n"
        "A wind turbine turns the push of the wind into electricity with a generator.\n\n"
        "A wind farm is made of many such turbines, each of which feeds one shared line.\n"
    )
    assert not any(answer.startswith("Made of many such") for answer in made.values()), made


def test_an_untitled_page_opening_on_what_a_plural_name_with_letters_does() -> None:
    # 'Battery Energy Storage Systems (BESS) store electrical energy for later use, ...'
    # (the page's whole text, no title line) was refused.
    made = made_or_refused(
        "Electric Vehicle Chargers (EVCs) turn power from the grid into the current a "
        "car's battery takes, and stop when it is full. Fast ones feed the battery "
        "directly.\n"
    )
    assert made.get("What do Electric Vehicle Chargers do?", "").startswith("Turn power"), made


def test_no_stand_for_card_under_a_header_holding_most_of_the_words() -> None:
    # 'What does TCS stand for?' -> 'Traction Control System' under the header 'Traction
    # Control' (GIVEAWAY): the learner reads all but one word of the answer above it.
    made = made_or_refused(
        "Lane Keeping Definition and Meaning\n\n"
        "Lane Keeping is a safety feature that stops a car from wandering out of its lane "
        "on long, tiring drives.\n\n"
        "What Is Lane Keeping?\n\n"
        "Lane Keeping System (LKS) is a driver aid that steers the car back when it drifts "
        "over the lane's edge without the indicator on.\n"
    )
    assert any(prompt.casefold() == "what is lane keeping?" for prompt in made), made
    assert "What does LKS stand for?" not in made, made


def test_where_a_thing_is_often_met_is_no_clue_and_thought_of_as_defines() -> None:
    # 'What is Torque?' / 'In physics, torque can be thought of informally as 'rotational
    # force'. Torque is often listed as part of the basic specifications of an engine.'
    # gave one card, 'Which concept is often listed as part of the basic specifications
    # of an engine?' (horsepower fits as well), and never what torque is.
    made = made_or_refused(
        "What is Voltage?\n\n"
        "In physics, voltage can be thought of informally as 'electrical pressure'. Voltage "
        "is often listed as part of the ratings printed on a battery. A higher voltage pushes "
        "more current through the same wire.\n"
    )
    assert "electrical pressure" in made.get("What is voltage?", ""), made
    assert not any("often listed" in prompt for prompt in made), made


def test_the_name_given_to_a_thing_in_its_setting() -> None:
    # 'In a computer game a sprite is the name usually given to a two-dimensional bitmap
    # computer graphic, ...' was passed over, and the page, titled by its last heading
    # ('What is a sprite sheet?'), never asked what a sprite is.
    made = made_or_refused(
        "In a board game a token is the name usually given to a small piece that marks a "
        "player's place on the board. They can be plain discs or little figures.\n"
        "History of tokens\n"
        "Early games used stones and shells as tokens.\n"
        "What is a token bag?\n"
        "A token bag is a cloth bag that holds the tokens between games.\n"
    )
    assert made.get("What is a token?", "").startswith("A small piece that marks"), made


def test_letters_said_inside_a_sentence_do_not_spell_themselves_out() -> None:
    # 'METAR is a format for reporting weather information.' under 'What does this
    # mean?' was read as the letters' expansion (its capitals are M, E, T, A, R), so the
    # sentence became a second name and the page gave no card at all.
    made = made_or_refused(
        "What does this mean?\n"
        "TAF is a format for forecasting weather information. A TAF report is read by "
        "pilots before they leave.\n"
        "Each TAF starts with the airfield's code and the time it was issued.\n"
    )
    asked = [
        answer for prompt, answer in made.items() if prompt in ("What is TAF?", "What is a TAF?")
    ]
    assert asked and asked[0].startswith("A format for forecasting weather"), made


def test_a_subtitle_listing_the_pages_parts_is_no_part_of_the_name() -> None:
    # 'Greenhouse: Definition, Uses, Types, How it Works' over 'What is a Greenhouse?' /
    # 'A Greenhouse is a structure ...' gave no card: no sentence says what the whole
    # title is.
    made = made_or_refused(
        "Polytunnel: Definition, Uses, Types, How it Works\n\n"
        "Many small farms now grow salad leaves under plastic. In this post we cover "
        "everything about polytunnels.\n\n"
        "What is a Polytunnel?\n\n"
        "A Polytunnel is a long tunnel of plastic sheeting over hoops that keeps crops "
        "warm and dry. It costs far less than a glass house.\n"
    )
    assert made.get("What is a polytunnel?", "").startswith("A long tunnel of plastic"), made
    assert title_without_wrapper("Inflation: Definition, Causes, and Effects") == "Inflation"


def test_a_gloss_of_some_of_a_kind_by_what_they_can_do() -> None:
    # 'Nitrogen-fixing plants' / 'Certain plants (mostly leguminous) that are capable of
    # ...' gave no card and no reason.
    made = made_or_refused(
        "Cold-hardy shrubs\n\n"
        "Certain shrubs (mostly evergreen) that are able to survive long frosts without "
        "losing their leaves or their buds.\n"
    )
    assert made.get("What are cold-hardy shrubs?", "").startswith("Certain shrubs"), made


def test_a_demand_made_of_a_thing_is_not_what_it_is_needed_for() -> None:
    # 'Flight recorders are required to be capable of surviving ...' was asked 'What are
    # flight recorders required for?' -> 'To be capable of surviving ...'.
    made = made_or_refused(
        "Life jacket\n\n"
        "A life jacket is a vest that keeps a person afloat in water.\n\n"
        "Life jackets are required to be bright orange or yellow so that rescuers can spot "
        "them from far away.\n"
    )
    assert "What are life jackets required for?" not in made, made
    assert "What is a life jacket?" in made, made


def test_a_definition_of_a_part_of_this_thing_points_back() -> None:
    # 'A fluid flowing past a body exerts a force on it. Lift is the component of this
    # force that is perpendicular to the flow.' gave 'What is lift?' -> 'The component of
    # this force ...', when the page says again below what lift is.
    made = made_or_refused(
        "Buoyancy\n\n"
        "A liquid presses on every side of a body sunk in it. Buoyancy is the part of this "
        "push that points straight up. Buoyancy is the upward force that keeps boats and "
        "swimmers afloat.\n"
    )
    assert made.get("What is buoyancy?", "").startswith("The upward force"), made


def test_what_is_fed_only_to_a_part_is_not_what_the_thing_is() -> None:
    # 'The static pressure is fed only to the case by the static port ...' was read as
    # what static pressure is.
    assert definition_of("The cooling water is pumped only to the engine block by a belt.") is None
    assert definition_of("The fuel is fed directly to the burners through a valve.") is None


def test_a_title_asking_how_a_thing_works_names_it() -> None:
    # 'How Does A Sprinkler Irrigation System Works?' / 'A method similar to natural
    # rainfall, Sprinkler irrigation system is a method of applying irrigation water.'
    # was refused as having no title.
    made = made_or_refused(
        "How Does A Rain Barrel Works?\n\n"
        "A habit close to old farm practice, a rain barrel is a tank that collects the rain "
        "running off a roof. The water is later used on the garden.\n"
    )
    assert made.get("What is a rain barrel?", "").startswith("A tank that collects"), made


def test_as_the_name_suggests_leads_up_to_the_definition() -> None:
    defined = definition_of(
        "As the name suggests, a heat sink is a block of metal that draws heat away."
    )
    assert defined is not None and defined.predicate.startswith("a block of metal")
    defined = definition_of(
        "As its name implies a heat sink is a block of metal that draws heat away."
    )
    assert defined is not None and defined.name == "heat sink"


def test_a_capitalised_word_the_page_also_says_in_the_plural_is_one_of_many() -> None:
    # 'Transponder is an electronic device aboard an aircraft that receives ... and, in
    # Mode C/S, pressure altitude.' gave no card ('and,' was read as a dropped link),
    # and would have been asked 'What is Transponder?'.
    made = made_or_refused(
        "Glossary › Anemometer\n\n"
        "Anemometer\n\n"
        "Anemometer is an instrument on a weather mast that measures the speed of the wind "
        "and, in some models, its direction.\n\n"
        "Anemometers are fitted at every airfield. Their readings go into the weather "
        "report pilots hear before landing.\n"
    )
    assert made.get("What is an anemometer?", "").startswith("An instrument on a weather"), made


def test_a_definition_label_atop_a_headless_gloss_keeps_the_gloss() -> None:
    # 'Definition' / 'An aircraft system that automatically controls ... or navigation
    # course.' / 'Plain English' / ... / 'Analogy' / 'An autopilot system is like cruise
    # control ...': the body was cut at the analogy, and 'course' in the gloss made it
    # read as a page about a course.
    made = made_or_refused(
        "Definition\n"
        "A cockpit instrument that shows the aircraft's height above sea level by "
        "measuring the pressure of the air outside, and warns the crew at a chosen "
        "height on the approach course.\n"
        "Plain English\n"
        "It tells you how high you are.\n"
        "Analogy\n"
        "A pressure altimeter is like a barometer with its dial marked in feet.\n"
        "Example Sentence\n"
        "The pilot set the pressure altimeter before take-off.\n"
        "Example Sentence 2\n"
        "A wrong setting of the pressure altimeter can put the aircraft lower than shown.\n"
    )
    asked = [answer for prompt, answer in made.items() if prompt.startswith("What is")]
    assert asked and asked[0].startswith("A cockpit instrument that shows"), made


def test_a_lead_in_saying_who_noticed_what_is_no_name_for_its_list() -> None:
    # 'Astronomers noticed several clues:' over three bullets was asked 'What are the
    # three astronomers noticed several clues of dark matter?'.
    made = made_or_refused(
        "What is Permafrost?\n"
        "Permafrost is ground that stays frozen for at least two years in a row.\n"
        "How do we know it is thawing?\n"
        "Geologists measured several signs:\n"
        "- Sinking roads: Roads built on it crack and sag.\n"
        "- Leaning trees: Forests tilt as the ground slumps.\n"
        "- Warmer boreholes: Deep thermometers read higher each decade.\n"
    )
    assert not any("geologists measured" in prompt.casefold() for prompt in made), made
    assert "what is permafrost?" in {prompt.casefold() for prompt in made}, made


def test_its_letters_first_then_what_it_is_by_name() -> None:
    # 'Abbreviation of “pulsating radio source”, a pulsar is a neutron star ...' was passed
    # over as a sentence that only spells the name out, and the next paragraph, 'The beam
    # coming to the observer only intermittently, the radio emission seems to “pulse”
    # ...', was taken for what a pulsar is.
    made = made_or_refused(
        "Laser\n\n"
        "Abbreviation of “light amplification by stimulated emission of radiation”, a laser "
        "is a device that sends out a narrow beam of light of one colour (very narrow!) "
        "in a single direction.\n\n"
        "The light leaving the tube all in step, the beam seems to “stay” thin even over "
        "long distances.\n"
    )
    assert made.get("What is a laser?", "").startswith("A device that sends out"), made


def test_what_its_letters_stand_for_is_not_what_it_does() -> None:
    # 'PCR stands for polymerase chain reaction.' gave 'What does PCR do?' -> 'Stands for
    # polymerase chain reaction.'
    made = made_or_refused(
        "MRI stands for magnetic resonance imaging. If you take that apart it helps to see "
        "what it is.\n"
        "Magnetic means it uses a strong magnet and imaging means it makes pictures.\n"
    )
    assert "What does MRI do?" not in made, made
    assert made.get("What does MRI stand for?", "").casefold() == "magnetic resonance imaging"


def test_a_short_answer_label_is_no_part_of_the_answer() -> None:
    made = made_or_refused(
        "What is a white dwarf?\n"
        "Short answer: A small, very dense star left behind when a star like the Sun runs "
        "out of fuel.\n\n"
        "Long answer: A white dwarf is the hot core that remains after a star sheds its "
        "outer layers.\n"
    )
    assert made.get("What is a white dwarf?", "").startswith("A small, very dense star"), made


def test_a_homework_task_names_what_its_answer_explains() -> None:
    # 'Explain the law of segregation with an example.' over 'The law of segregation
    # states that ...' was refused as having no title.
    made = made_or_refused(
        "Explain the law of independent assortment with an example.\n"
        "The law of independent assortment states that the alleles of two different genes "
        "are sorted into gametes independently of each other.\n"
        "For example, a pea's seed colour is passed on apart from its seed shape.\n"
    )
    asked = [answer for prompt, answer in made.items() if "independent assortment" in prompt]
    assert asked and "sorted into gametes independently" in asked[0], made


def test_a_sites_name_over_a_term_and_its_gloss_is_not_the_title() -> None:
    # 'Mammoth Memory' / 'phenotype – the observable physical characteristics of an
    # organism' / ... / 'Phenotype is ...' gave no card, titled by the site.
    made = made_or_refused(
        "Clever Recall\n\n"
        "genotype – the set of genes an organism carries\n\n"
        "To remember genotype, think of the type written in the genes.\n\n"
        "Genotype is the genetic makeup of an organism, the alleles it holds for each "
        "gene. The genotype is not always seen: two pea plants with a different genotype "
        "can look the same.\n"
    )
    asked = [answer for prompt, answer in made.items() if prompt.startswith("What is")]
    assert asked and ("genes an organism carries" in asked[0] or "genetic makeup" in asked[0])
    assert not any("clever recall" in prompt.casefold() for prompt in made), made


def test_an_exam_ready_definition_heads_the_gloss_to_learn() -> None:
    # 'Recessive allele' / 'Exam-ready definition' / 'An allele that is only expressed
    # ...' / 'How this is marked' / 'The paying phrase is ...' was titled 'Paying phrase'.
    made = made_or_refused(
        "Codominance\n"
        "Exam-ready definition\n"
        "When both alleles of a gene are fully shown in the phenotype of a heterozygote.\n"
        "How this is marked\n"
        "The key phrase is 'both alleles fully expressed'. Blood group AB is the usual "
        "example.\n"
    )
    asked = [answer for prompt, answer in made.items() if "codominance" in prompt.casefold()]
    assert asked and asked[0].startswith("When both alleles"), made
    assert not any("key phrase" in prompt for prompt in made), made


def test_an_event_glossed_then_named_as_the_time_things_happen_in() -> None:
    # 'An event that occurs during meiosis. During crossing over, alleles on homologous
    # chromosomes can switch places. ...' was refused as having no title.
    made = made_or_refused(
        "A stage that comes at the end of cell division. During cytokinesis, the cell's "
        "body pinches in two, so each new cell gets its own share of the cytoplasm. "
        "Without cytokinesis a cell would end up with two nuclei.\n"
    )
    assert made.get("What is cytokinesis?", "").startswith("A stage that comes"), made


def test_that_a_thing_changes_or_is_an_evolving_field_is_no_clue_to_which() -> None:
    # 'Which concept changes during a flight as the pilot changes direction ...?' (airspeed
    # fits), '... is an evolving field that has significant flexibility ...?', '... can
    # follow different patterns depending on ...?': judged AMBIGUOUS by every judge.
    made = made_or_refused(
        "Wing loading\n\n"
        "Wing loading is the weight of an aircraft divided by the area of its wings. Wing "
        "loading changes during a flight as the aircraft burns fuel and gets lighter.\n\n"
        "Permaculture\n\n"
        "Permaculture is a way of designing farms that copies how natural ecosystems work. "
        "Permaculture is an evolving field that has wide freedom in how it is carried out.\n"
    )
    assert not any(prompt.startswith("Which concept changes") for prompt in made), made
    assert not any("evolving field" in prompt for prompt in made), made
    assert "What is wing loading?" in made, made


def test_what_a_name_means_in_its_field_is_a_clause_not_a_thing() -> None:
    # 'Modulation, in music, means that the music changes key.' gave 'What is a
    # modulation?' -> 'A means that the music changes key.', and 'Modulations like the
    # one above are very common' gave 'What do modulations like?'.
    made = made_or_refused(
        "Transposition\n\n"
        "Transposition, in music, means that a whole piece is moved up or down by the same "
        "interval. Transpositions like the one above are common when a singer needs a "
        "lower key.\n"
    )
    asked = [prompt for prompt in made if prompt.casefold().startswith("what does")]
    assert asked and made[asked[0]].startswith("A whole piece is moved"), made
    assert not any(answer.startswith("A means") for answer in made.values()), made
    assert not any(" like?" in prompt for prompt in made), made


def test_a_pitfall_that_says_what_it_costs_is_no_practice_to_call_fine() -> None:
    # '## Pitfalls' / '- Holding a lock too long hurts throughput, because other threads
    # just wait.' gave 'True or false: holding a lock too long hurts throughput, because
    # other threads just wait is fine?' -> False.
    made = made_or_refused(
        "# Spinlock\n\n"
        "A spinlock is a lock that makes a waiting thread loop until the lock is free.\n\n"
        "## Pitfalls\n"
        "- Spinning on a single core wastes time, because the holder cannot run.\n"
    )
    assert not any(prompt.endswith("cannot run is fine?") for prompt in made), made


def test_a_capital_a_inside_a_sentence_is_a_name_not_a_dropped_link() -> None:
    # 'The relative minor is the 6th of the respective major; for example, A is the 6th
    # of C ...' was thrown away: 'A is' read as an article whose link was dropped.
    made = made_or_refused(
        "Subdominant\n\n"
        "The subdominant is the 4th note of a major scale; for example, A is the 4th of E "
        "and so A is the subdominant of E major. A chord built on it leads away from home.\n"
    )
    assert made.get("What is the subdominant?", "").startswith("The 4th note of a major"), made


def test_a_wrapped_title_drops_the_field_it_names_in_small_letters() -> None:
    # 'Define oxidation in chemistry' over 'Oxidation, in the context of chemistry,
    # refers to ...' gave no card, titled whole.
    assert title_without_wrapper("Define reduction in chemistry") == "Reduction"
    assert title_without_wrapper("Explain recursion in detail") == "Recursion"
    assert title_without_wrapper("Understanding caching in practice") == "Caching in practice"
    made = made_or_refused(
        "Define reduction in chemistry\n\n"
        "Reduction, in the context of chemistry, refers to a reaction where a substance "
        "gains electrons. It is the partner of oxidation.\n"
    )
    assert made.get("What is reduction?", "").startswith("A reaction where a substance"), made


def test_a_reaction_told_then_named_in_the_next_sentence() -> None:
    # 'Explanation:' / 'When an acid reacts with a base then it results in the formation
    # of a salt and water. This type of chemical reaction is known as neutralization
    # reaction.' was refused as having no title.
    made = made_or_refused(
        "Explanation:\n"
        "When a metal slowly reacts with oxygen and water then it turns into a flaky oxide "
        "layer. This type of chemical reaction is known as corrosion.\n"
        "For example, iron left out in the rain rusts.\n"
        "Hence, rusting is a kind of corrosion.\n"
    )
    assert made.get("What is corrosion?", "").startswith("When a metal slowly reacts"), made


def test_a_sites_name_in_capitals_with_its_domain_is_chrome() -> None:
    # 'BANDROOM.GAMES' over a music lesson was read as its title.
    from cards.recover import is_chrome_line

    assert is_chrome_line("SCALESLAB.GAMES")
    assert is_chrome_line("chordnotes.blog")
    assert not is_chrome_line("Node.js")


def test_of_two_title_lines_the_one_the_page_says_most_titles_it() -> None:
    # 'Perfect Cadence' / 'Authentic Cadence' / '"Perfect Cadence", also called
    # "authentic cadence", is a musical term ...' was titled by its other name and gave
    # no definition card (the quoted name before a comma was not read as the subject),
    # and 'It serves not only as a technical element but also ...' was asked 'What does
    # the perfect cadence do?' -> 'Serves not only as a technical element.'
    made = made_or_refused(
        "Plagal Cadence\n\n"
        "Amen Cadence\n\n"
        '"Plagal Cadence", also called "amen cadence", is a musical term used to describe '
        "the move from the IV chord to the I chord at the end of a phrase.\n\n"
        "The plagal cadence sounds softer than other endings. A plagal cadence is common "
        "in hymns. The plagal cadence serves not only as an ending but also as a gentle "
        "blessing after the music.\n"
    )
    asked = made.get("What is a plagal cadence?") or made.get("What is the plagal cadence?", "")
    assert asked.startswith("A musical term used to describe the move"), made
    assert not any(answer.startswith("Serves not only") for answer in made.values()), made


def test_what_a_thing_does_not_only_is_no_answer_without_its_but_also() -> None:
    made = made_or_refused(
        "Fermata\n\n"
        "A fermata is a sign over a note that tells the player to hold it longer than its "
        "value. The fermata is an essential mark in music. It serves not only as a pause "
        "but also adds suspense to the phrase.\n"
    )
    assert not any("not only" in answer for answer in made.values()), made


def test_one_of_three_with_the_others_named_is_no_definition_nor_is_where_the_word_comes_from() -> (
    None
):
    # 'Harmony is one of the essentials of music, with the other two being melody and
    # rhythm. Harmony is described as the sound of 2 or more notes heard simultaneously.
    # It comes from the Greek words ...' was asked 'What is Harmony?' -> 'One of the
    # essentials of music, with the other two being melody and rhythm.'
    made = made_or_refused(
        "Rhythm\n\n"
        "Rhythm is one of the essentials of music, with the other two being melody and "
        "harmony. Rhythm is described as the pattern of long and short sounds in time. It "
        "comes from the Greek word rhythmos, which means a measured flow.\n"
    )
    asked = [answer for prompt, answer in made.items() if prompt.casefold() == "what is rhythm?"]
    assert asked == ["The pattern of long and short sounds in time."], made


def test_a_glossary_line_with_a_dash_is_no_statement_to_judge() -> None:
    # '- titrant – the solution of known concentration that is added' under 'Key terms'
    # was asked 'True or false: titrant – the solution of known concentration that is
    # added?' -> True.
    made = made_or_refused(
        "# Distillation\n\n"
        "Distillation is a way of separating liquids by boiling them and cooling the vapour "
        "back into a liquid.\n\n"
        "## Key takeaways\n"
        "- distillate – the liquid collected after the vapour cools\n"
        "- residue – what is left behind in the flask\n"
    )
    judged = [prompt for prompt in made if prompt.startswith("True or false:")]
    assert not any("distillate –" in p or "residue –" in p for p in judged), made


def test_a_term_and_its_gloss_after_a_plain_hyphen_open_an_untitled_page() -> None:
    # 'Morpheme - the smallest unit of meaning in a language; it may be ...' as a page's
    # only paragraph was refused as having no title.
    made = made_or_refused(
        "Grapheme - the smallest unit of a writing system that can change what a word "
        "means; it may be one letter or a group of letters. For example, the word ship "
        "has four letters but only three graphemes.\n"
    )
    assert made.get("What is a grapheme?", "").startswith("The smallest unit of a writing"), made


def test_a_headword_with_its_derived_form_in_brackets_titles_the_page_by_the_headword() -> None:
    # 'allophone (allophonic): one of the phonetic variants that belong to a single
    # phoneme.' was titled 'Allophone (allophonic)' and refused: no sentence said what
    # 'Allophone (allophonic)' was.
    made = made_or_refused(
        "morpheme (morphemic): one of the smallest parts of a word that still carry meaning. "
        "For example, the word cats has two morphemes, cat and the plural -s. A difference "
        "between two forms is morphemic when it changes what the word means.\n"
    )
    assert made.get("What is a morpheme?", "").startswith("One of the smallest parts of a"), made


def test_a_dictionarys_language_label_is_not_part_of_the_headword() -> None:
    # 'weathering — English' over 'The chemical and/or mechanical breakdown of rocks ...'
    # was titled 'Weathering — English' and refused.
    made = made_or_refused(
        "erosion — English\n"
        "The chemical and/or mechanical wearing away of soil and rock by water, wind or "
        "ice. (See “weathering”.) Erosion goes on slowly on every slope all the time.\n"
    )
    assert made.get("What is erosion?", "").startswith("The chemical and/or mechanical"), made


def test_a_dictionarys_sense_label_is_no_title_when_its_headword_was_lost() -> None:
    # '1. n. [Geology]' over 'A crystalline substance that is naturally occurring ... .
    # Minerals are homogeneous ...' was asked 'What is 1. n. [Geology]?'.
    made = made_or_refused(
        "1. n. [Biology]\n"
        "A living unit that is the smallest part of an organism able to carry out the "
        "processes of life. Cells are surrounded by a membrane, and most of them hold a "
        "nucleus. Cells divide to make new cells.\n"
    )
    assert not any("[Biology]" in prompt for prompt in made), made
    asked = made.get("What is a cell?") or made.get("What are cells?", "")
    assert asked.startswith("A living unit that is the smallest part"), made


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Suffix (definition)", "Suffix"),
        ("Subject (noun)", "Subject"),
        ("Idiom (meaning)", "Idiom"),
    ],
)
def test_a_label_in_brackets_after_a_title_is_no_part_of_the_name(title: str, name: str) -> None:
    # 'Affix (definition)' over 'An affix is ...' was asked 'What is an affix in
    # definition?', and 'Predicate (noun)' titled its page so.
    assert title_without_wrapper(title) == name


def test_a_page_titled_with_a_label_in_brackets_is_asked_by_its_name() -> None:
    made = made_or_refused(
        "Suffix (definition)\n\n"
        "A suffix is a group of letters added to the end of a word to make a new word, such "
        "as -ness in kindness. English has many suffixes.\n"
    )
    assert made.get("What is a suffix?", "").startswith("A group of letters added to the end"), made


def test_a_page_opening_on_what_causes_its_concept_asks_what_causes_it() -> None:
    # 'Earthquakes are caused by a sudden release of stress along faults in the Earth's
    # crust.' opening an untitled page was refused: no sentence said what earthquakes are.
    made = made_or_refused(
        "Tsunamis are caused by a sudden shift of the sea floor, most often in an undersea "
        "earthquake. The moving floor lifts the water above it, and the wave spreads out "
        "across the ocean.\n"
        "Landslides and volcanic eruptions can set off tsunamis too, and warning centres "
        "watch the sea for tsunamis day and night.\n"
    )
    assert made.get("What causes tsunamis?", "").startswith("A sudden shift of the sea floor"), made


def test_a_dictionary_entry_titled_with_its_part_of_speech_is_named_without_it() -> None:
    # 'Predicate (noun)' over numbered senses ('1. A part of a sentence which ...') named
    # every card's entry 'Predicate (noun)'.
    entry, _ = deck(
        "Adverb (noun)\n\n"
        "  1. A word that tells how, when or where an action happens.\n"
        "  2. A word that changes the meaning of an adjective or another adverb.\n\n"
        "Examples:\n\n"
        "  1. In 'She sang softly', softly is an adverb.\n"
        "  2. In 'He left early', early is an adverb.\n"
    )
    assert entry.title == "Adverb"


def test_a_term_and_its_gloss_after_a_comma_open_a_medical_dictionarys_entry() -> None:
    # 'basal metabolic rate (BMR), the amount of energy used in a unit of time by a
    # fasting, resting subject ...' as a page's only paragraph was refused: no title.
    made = made_or_refused(
        "resting heart rate (RHR), the number of times the heart beats in a minute at full "
        "rest. The rate is taken after some minutes of sitting still and is given in beats "
        "per minute. See also pulse.\n"
    )
    asked = made.get("What is RHR?") or made.get("What is a resting heart rate?", "")
    assert asked.startswith("The number of times the heart beats in a minute"), made


def test_how_a_headword_is_said_in_brackets_is_no_part_of_its_gloss() -> None:
    # 'saturated fat - (pronounced) (SA-chuh-RAY-ted…) type of fat with specific chemical
    # properties ...' was refused: the brackets stood where a gloss in lowercase begins.
    made = made_or_refused(
        "Short definitiontrans fat - (pronounced) (TRANZ-fat…) type of fat made when oil is "
        "hardened that raises bad cholesterol. Most trans fats come from fried and baked "
        "foods.\n"
    )
    asked = made.get("What is trans fat?") or made.get("What is a trans fat?", "")
    assert asked.startswith("Type of fat made when oil"), made


def test_a_series_name_before_a_colon_is_no_part_of_the_title() -> None:
    # 'What's what in finances: Credit score' over 'Your credit score is a number, ...'
    # titled the page 'What in finances: Credit score' and refused it.
    made = made_or_refused(
        "Money words made simple: Savings account\n\n"
        "Your savings account is an account at a bank that pays you interest on the money "
        "you keep in it. Most banks let you take money out of a savings account a few "
        "times a month.\n"
    )
    asked = made.get("What is a savings account?", "")
    assert asked.startswith("An account at a bank that pays you interest"), made


def test_a_field_of_knowledge_is_asked_what_it_studies() -> None:
    # 'Pragmatics looks at aspects of meaning ...' under 'English Grammar: Pragmatics' was
    # refused; a field is defined by what it studies.
    made = made_or_refused(
        "English Grammar: Semantics\n\n"
        "Semantics studies the meaning of words and sentences, and how that meaning is built "
        "from the parts. It asks what a sentence says, not how it sounds.\n"
    )
    asked = made.get("What does semantics study?", "")
    assert asked.startswith("The meaning of words and sentences"), made


def test_can_be_defined_as_defines() -> None:
    # 'Equilibrium price can be defined as the price at which the quantity demanded is
    # equal to the quantity supplied.' opening an untitled page was passed over, and the
    # page was titled by a heading further down.
    made = made_or_refused(
        "Opportunity cost can be defined as the value of the best choice you give up when "
        "you make a decision.\n"
        "Sunk cost can be defined as money already spent that cannot be got back.\n\n"
        "Costs in a table\n\n"
        "Choice Cost Given up\n"
        "Study Time Work\n"
    )
    asked = made.get("What is opportunity cost?") or made.get("What is an opportunity cost?", "")
    assert asked.startswith("The value of the best choice you give up"), made


def test_a_question_heading_further_down_does_not_take_the_title_of_the_page_over_it() -> None:
    # 'Diversification' / 'Spreading money across many places rather than ...' / ... /
    # 'What high or low means' was titled 'High or low' and gave no card.
    made = made_or_refused(
        "Compounding\n"
        "Earning returns on earlier returns, so that money grows faster the longer it stays "
        "invested.\n"
        "In plain terms\n"
        "Compounding turns small savings into large sums over decades. Compounding works "
        "best when you start early.\n"
        "What fast or slow means\n"
        "A high rate of return makes the growth fast; a low one makes it slow. Compounding "
        "needs time either way.\n"
    )
    assert not any("fast or slow" in prompt.casefold() for prompt in made), made
    assert made.get("What is compounding?", "").startswith("Earning returns on earlier"), made


def test_a_refusal_names_the_title_it_found_rather_than_saying_there_is_none() -> None:
    # 'What are sedimentary rocks?' over a caption and paragraphs about sediment was
    # refused as having no title; its title was found, and nothing on it defines it.
    with pytest.raises(cards.ParseError) as refused:
        parse(
            "What are metamorphic rocks?\n\n"
            "Folded Gneiss in a Road Cut\n\n"
            "Heat and pressure deep underground can change rock without melting it. Over "
            "millions of years the grains line up in bands.\n",
            "page.txt",
        )
    assert "has no title" not in refused.value.message
    assert "'Metamorphic rocks'" in refused.value.message


def test_a_headless_gloss_is_named_by_the_one_word_the_page_keeps_saying() -> None:
    # 'The surface layer of a rocky planet or other astronomical body, ...' over 'the
    # Earth's crust formed when ...', 'continental crust', 'oceanic crust' was refused: the
    # glossary's headword was lost, and only one word names it again.
    made = made_or_refused(
        "The innermost part of a planet, lying below its mantle.\n"
        "Like the cores of other rocky planets, the Earth's core is mostly iron and nickel. "
        "The outer core is liquid and its motion makes the magnetic field, while the inner "
        "core is solid. Heat from the core drives the slow flow of the mantle above it, and "
        "the core is hotter than the surface of the Sun.\n"
    )
    asked = made.get("What is the core?") or made.get("What is a core?", "")
    assert asked.startswith("The innermost part of a planet"), made
    # (copied twice, the gloss then opening the paragraph that names it)
    made = made_or_refused(
        "The innermost part of a planet, lying below its mantle.\n"
        "The innermost part of a planet, lying below its mantle. Like the cores of other "
        "rocky planets, the Earth's core is mostly iron and nickel. The outer core is liquid "
        "and the inner core is solid. The core is hotter than the surface of the Sun, and "
        "earthquake waves show where the core begins.\n"
    )
    asked = next((a for p, a in made.items() if p.startswith("What is") and "core" in p), "")
    assert asked.startswith("The innermost part of a planet"), made


def test_a_websters_headword_with_its_pronunciation_titles_its_gloss() -> None:
    # 'Vitamin \Vit"a*min\ (v[imac]t"[.a]*m[i^]n), n.' over an indented gloss, under the
    # dictionary's name, was titled by a line of the gloss and refused.
    made = made_or_refused(
        "From The Collaborative International Dictionary of English v.0.48:\n\n"
        'Enzyme \\En"zyme\\ (en"z[imac]m), n.\n'
        "   any of many proteins made by living cells that speed up a chemical\n"
        "   reaction without being used up in it. Enzymes work only on\n"
        "   certain substances, and each works best at one temperature.\n"
    )
    asked = made.get("What is an enzyme?") or made.get("What is enzyme?", "")
    assert asked.startswith("Any of many proteins made by living cells"), made


def test_a_note_defining_its_title_without_the_last_word_gets_its_definition() -> None:
    # A new user's note '# Pour-over coffee' / 'Pour-over is a manual way of brewing filter
    # coffee: you pour hot water ...' gave no card: the sentence names the title's head,
    # and says the last word ('coffee') in what it is.
    made = made_or_refused(
        "# Cold brew coffee\n\n"
        "Cold brew is a slow way of making coffee: ground beans steep in cold water for "
        "twelve hours or more, and the grounds are then strained out.\n\n"
        "The result is less bitter than hot coffee and keeps for a week in the fridge.\n"
    )
    asked = next((a for p, a in made.items() if p.startswith("What is") and "cold brew" in p), "")
    assert asked.startswith("A slow way of making coffee"), made


def test_a_course_banner_said_once_gives_way_to_the_question_the_page_answers() -> None:
    # 'English Grammar | Lesson 3: Verbs' / 'English Grammar Mastery' / ... / 'What is a
    # Verb? (Very Easy)' / 'A verb is a word that shows an action ...' was titled 'English
    # Grammar Mastery' and asked 'What is English Grammar Mastery?'.
    made = made_or_refused(
        "Life Science | Lesson 2: Cells\n\n"
        "Life Science Made Easy\n\n"
        "A friendly course in biology for young learners\n\n"
        "Lesson 2: Cells\n\n"
        "Lesson Goals\n\n"
        "By the end of this lesson, you will be able to:\n\n"
        "  • Say what a cell is\n"
        "  • Name the parts of a cell\n"
        "  • Tell plant cells from animal cells\n\n"
        "What is a Cell? (Very Easy)\n\n"
        "A cell is the smallest living unit that can carry out the processes of life.\n\n"
        "Every living thing is made of cells. Some living things are a single cell, and a "
        "person is made of trillions of cells.\n"
    )
    assert not any("Made Easy" in prompt for prompt in made), made
    assert made.get("What is a cell?", "").startswith("The smallest living unit"), made
    assert not any("By the end of this lesson" in prompt for prompt in made), made


def test_an_encyclopedias_term_and_bare_gloss_after_a_comma_define_it() -> None:
    # 'Continental drift, theory that the continents change position over time, ...' was
    # titled 'Theory' and asked 'What is the theory?'.
    made = made_or_refused(
        "Seafloor spreading, process by which new ocean floor forms at mid-ocean ridges as "
        "magma rises and cools. The idea was put forward in the 1960s. The process was later "
        "folded into the theory of plate tectonics, which also explains seafloor spreading.\n"
    )
    assert not any(prompt in ("What is the process?", "What is the idea?") for prompt in made)
    asked = made.get("What is seafloor spreading?", "")
    assert asked.startswith("A process by which new ocean floor forms"), made


def test_therefore_before_a_definition_is_no_part_of_the_name() -> None:
    # 'Therefore GDP is a measure of an economy's economic performance.' titled its page
    # 'Therefore GDP' and asked 'What is Therefore GDP?'.
    made = made_or_refused(
        "A count of all the people of working age who want a job and cannot find one, set "
        "against all who work or seek work.\n"
        "Therefore UR is a measure of how hard it is to find work in an economy. It is given "
        "as a share of the labour force.\n"
    )
    assert not any("Therefore" in prompt for prompt in made), made
    assert made.get("What is UR?", "").startswith("A measure of how hard it is"), made


def test_a_dictionarys_syllable_dots_forms_and_sense_label_leave_its_entry() -> None:
    # 'op·por·tu·ni·ty cost (plural op·por·tu·ni·ty costs)' over 'cost of business decision
    # made: the cost of a commercial decision ...' was asked 'What is an op·por·tu·ni·ty
    # cost?' -> 'cost of business decision made: the cost of ...'.
    made = made_or_refused(
        "|\n|\n| sub·si·dy (plural sub·si·dies) |\nnoun |\n|\n| Definition: |\n| |\n"
        "money given by a government: a payment that a state makes to keep a price low or "
        "to help a trade. For example, farmers may get a subsidy for each crop.\n|\n|\n"
    )
    assert not any("·" in prompt or "plural" in prompt for prompt in made), made
    asked = made.get("What is a subsidy?") or made.get("What is the subsidy?", "")
    assert asked.startswith("A payment that a state makes"), made


def test_miles_an_hour_are_no_size_in_bytes() -> None:
    # 'Hurricanes are tropical cyclones with winds that exceed 64 knots (74 mi/hr) ...'
    # was refused as asking an example's size: '74 mi' read as 74 mebi-.
    made = made_or_refused(
        "Gales\n\n"
        "Gales are strong winds that blow at 34 to 47 knots (39 to 54 mi/hr) over the open "
        "sea. Gales bring rough waves.\n"
    )
    asked = made.get("What are gales?", "")
    assert asked.startswith("Strong winds that blow at 34 to 47 knots"), made


def test_those_things_named_by_what_follows_them_point_back_at_nothing() -> None:
    # 'Limited government is a theory of governance in which the government only has those
    # powers delegated to it by law, ...' was refused: 'those powers' was read as pointing
    # back at powers the page named before.
    made = made_or_refused(
        "Rule of law\n\n"
        "Rule of law is a principle under which every person and body is bound by those "
        "duties listed in public statutes and applied equally by independent courts.\n"
    )
    asked = next((a for p, a in made.items() if p.startswith("What is") and "rule of law" in p), "")
    assert asked.startswith("A principle under which"), made


def test_an_ellipsis_inside_a_paragraph_is_no_cut_end() -> None:
    # 'A serif is a small line or stroke regularly attached to the end of a larger stroke
    # in a letter or symbol ... Serifed fonts are widely used ...' was refused: its first
    # sentence ends on '...', read as the page's copy cut there.
    made = made_or_refused(
        "A ligature is two or more letters joined into a single shape, as in the fi of some "
        "fonts ... Ligatures were common in metal type and are used again in modern fonts.\n"
    )
    asked = made.get("What is a ligature?", "")
    assert asked.startswith("Two or more letters joined into a single shape"), made


def test_a_question_numbered_with_leading_zeros_titles_its_page() -> None:
    # '004 What is an amendment?' (a test's question number) was cut at ' is ' into the
    # title '004 What', and the page was asked nothing.
    assert title_from_question("017 What is a quorum?") == ("quorum", "")


def test_a_homework_task_titles_its_answer_and_this_then_a_description_is_called_names_it() -> None:
    # 'Explain water cycle briefly' over '... This circulation of water from the earth's
    # surface to the atmosphere and back to the earth is called water cycle.' gave no card.
    made = made_or_refused(
        "Explain nitrogen cycle briefly\n\n"
        "Bacteria in the soil take nitrogen from the air, plants take it up from the soil, "
        "and animals eat the plants. This movement of nitrogen between the air and the soil and "
        "living things is called nitrogen cycle.\n"
    )
    # (the page never says 'the nitrogen cycle': the article is left as it wrote it)
    asked = made.get("What is nitrogen cycle?", "")
    assert asked == "The movement of nitrogen between the air and the soil and living things.", made


def test_an_asides_comma_inside_its_closing_quotation_mark_still_closes_the_aside() -> None:
    # 'Sous vide, which is French for "under vacuum," is a method of cooking, ...' was
    # refused: the comma that closes the aside stood inside the quotation mark.
    made = made_or_refused(
        "Confit\n\n"
        'Confit, which comes from the French word for "preserved," is a way of cooking meat '
        "slowly in its own fat at a low heat. Duck confit keeps for weeks in a cool place.\n"
    )
    assert made.get("What is confit?", "").startswith("A way of cooking meat slowly"), made


def test_a_term_line_ending_on_a_colon_titles_the_gloss_on_the_line_below() -> None:
    # 'Plea Bargain:' / 'A negotiated agreement between the prosecution and ...' was
    # refused as having no title.
    made = made_or_refused(
        "Acquittal:\n\n"
        "A finding by a judge or jury that the person accused of a crime is not guilty of "
        "the charge.\n\nLast Updated: 3/14/2019\n"
    )
    asked = next((a for p, a in made.items() if p.lower().startswith("what is")), "")
    assert asked.startswith("A finding by a judge or jury"), made


def test_an_abbreviation_label_in_brackets_is_not_part_of_the_title() -> None:
    # '1RM (Abbreviation)' was taken whole as the page's title.
    from cards.recover import labelled_in_brackets

    assert labelled_in_brackets("BMI (Abbreviation)")
    assert labelled_in_brackets("NATO (acronym)")
    assert not labelled_in_brackets("Body mass index (BMI)")


def test_a_crumb_glued_to_the_sentence_on_its_term_and_the_field_asked_in_are_dropped() -> None:
    # 'What is braising in cooking?' / 'Braising - CookingBraising is a cooking method
    # ...' was titled 'Braising - CookingBraising' and asked of it.
    made = made_or_refused(
        "What is poaching in cooking?\n\n"
        "Poaching - CookingPoaching is a way of cooking food gently in liquid kept just "
        "below a simmer. It suits delicate foods such as eggs and fish.\n"
    )
    assert made.get("What is poaching?", "").startswith("A way of cooking food gently"), made


def test_a_hyphenated_headword_said_again_in_the_examples_is_no_slug() -> None:
    # 'warm-up' / 'UK: ... | US: ...' / 'n. a period of gentle exercise ...' / examples
    # with 'a 15-minute warm-up' was refused: the headword was dropped as a section's slug.
    made = made_or_refused(
        "cool-down\n"
        "n. a period of light exercise and stretching after hard training that lets the body "
        "rest\n"
        "Runners walk for a cool-down after a race.\n"
        "A short cool-down helps the heart rate fall slowly.\n"
    )
    assert made.get("What is a cool-down?") == (
        "A period of light exercise and stretching after hard training that lets the body rest."
    ), made


def test_a_sites_label_in_small_letters_over_prose_is_no_title() -> None:
    # 'ingredient information' over 'Raw starch does not form a paste with cold water ...
    # Starch gelatinization is the process where ...' was taken as the page's title.
    made = made_or_refused(
        "kitchen basics\n"
        "Sugar heated on its own melts and turns brown, and its flavour changes as it does. "
        "Caramelisation is the browning of sugar by heat, which gives toffee its taste and "
        "colour.\n"
    )
    assert made.get("What is caramelisation?", "").startswith("The browning of sugar by heat"), made


def test_a_pasted_pages_step_heading_below_its_definition_is_no_title() -> None:
    # 'Maximum heart rate refers to the highest rate ...' over '#### Step 1' was titled
    # 'Step 1' and gave no card.
    made = made_or_refused(
        "Resting heart rate refers to the number of times your heart beats per minute while "
        "you sit or lie still. A lower figure often goes with better fitness.\n\n"
        "#### Step 1\n\n"
        "Sit quietly for five minutes before you count, ideally in the morning before you get "
        "out of bed. Place two fingers on the inside of your wrist until you feel the pulse. "
        "Remember that coffee and stress can raise the figure by several beats.\n\n"
        "#### Step 2\n\n"
        "Count the beats for a full minute, or for thirty seconds and double the number. Do "
        "this on three mornings and take the average as your figure.\n"
    )
    asked = next((a for p, a in made.items() if "resting heart rate" in p.lower()), "")
    assert asked.startswith("The number of times your heart beats per minute"), made


@pytest.mark.parametrize(
    "said",
    [
        # 'Tempered chocolate is carefully heated and cooled for the purpose of dipping ...'
        "Glazed pottery is slowly dried and fired for many hours in a kiln.",
        # 'It is made from carbon steel and installed before concrete is poured.'
        "A gutter is made from aluminium and fixed below the edge of the roof.",
        # 'The white of an egg is rich in the protein albumin.'
        "Spinach is rich in iron and vitamin K.",
        # 'Complex rafter framing is only visible during construction.'
        "Ceiling wiring is only visible during the building work.",
        # 'The joist is the last part of our series on house framing terms.'
        "The purlin is the last part of our series on roof framing terms.",
        # 'Brining is a great way to add flavor and moisture to your meat.'
        "Smoking is a great way to add flavour to fish.",
    ],
)
def test_what_is_done_to_a_thing_or_praise_of_it_is_no_definition(said: str) -> None:
    subject = said.split(" is ")[0]
    made = made_or_refused(f"{subject.removeprefix('The ')}\n\n{said}\n")
    asked = [prompt for prompt in made if prompt.startswith("What is")]
    assert not asked, made


def test_a_definition_label_after_the_titles_colon_is_no_part_of_its_name() -> None:
    # 'Aerobic Exercise: Definition' over 'Definition: Constant moderate intensity work
    # ...' was asked 'What is Aerobic Exercise: Definition?'.
    made = made_or_refused(
        "Interval training: Definition\n\n"
        "Definition: Short bursts of hard effort that take turns with periods of easy "
        "recovery, repeated several times in one workout.\n"
    )
    assert not any("Definition" in prompt for prompt in made), made
    asked = next((a for p, a in made.items() if "interval training" in p.lower()), "")
    assert asked.startswith("Short bursts of hard effort"), made


def test_a_spelled_out_part_of_speech_label_is_no_gloss() -> None:
    # 'Definition of habeas corpus:' / 'part of speech: noun' / 'Writ directing ...' was
    # asked 'What is a habeas corpus?' -> 'part of speech: noun'.
    made = made_or_refused(
        "Subpoena\n\nDefinition of subpoena:\n\npart of speech: noun\n\n"
        "A written order that makes a person come to court to give evidence.\n"
    )
    asked = next((a for p, a in made.items() if p.startswith("What is")), "")
    assert asked.startswith("A written order that makes a person come to court"), made


def test_the_opposite_of_another_thing_is_no_definition() -> None:
    # 'Anaerobic exercise is the opposite of aerobic exercise.' was the definition card's
    # whole answer; the page goes on to say what it is.
    made = made_or_refused(
        "Static stretching\n\n"
        "Static stretching is the opposite of dynamic stretching. It is done at rest.\n\n"
        "Static stretching is a stretch where a muscle is held at its longest point for "
        "twenty to forty-five seconds without moving.\n"
    )
    asked = made.get("What is static stretching?", "")
    assert asked.startswith("A stretch where a muscle is held"), made


def test_the_term_as_a_sentences_subject_names_no_term() -> None:
    # 'The term is primarily technical but is widely understood ...' (a dictionary's usage
    # note) titled its page 'Is primarily technical but'.
    from cards.defining import term_of

    assert term_of("The term is largely formal but is known to most athletes.") == ""
    assert term_of("The term plyometrics refers to jump training.") == "plyometrics"


def test_one_of_a_pair_at_a_sentences_end_is_not_asked_which_concept() -> None:
    # 'In some instances, there may be more than one plaintiff or defendant.' was asked
    # 'In some instances, there may be more than one plaintiff or which concept?'.
    made = made_or_refused(
        "Appellant\n\n"
        "An appellant is the party who asks a higher court to review the decision of a lower "
        "court. In some appeals, there may be more than one respondent or appellant.\n"
    )
    assert not any(prompt.endswith("or which concept?") for prompt in made), made


def test_a_phrase_of_another_tongue_is_glossed_and_asked_without_an_article() -> None:
    # 'Stare decisis' over 'Latin expression of the common law doctrine of binding
    # precedent.' was refused; 'Mise en place ... is a French culinary phrase which means
    # ...' was asked 'What is a mise en place?'.
    made = made_or_refused(
        "Res judicata\n\n"
        "Latin expression of the rule that a matter a court has finally decided cannot be "
        "brought to court again by the same parties.\n"
    )
    assert made.get("What is res judicata?", "").startswith("Latin expression of the rule"), made
    made = made_or_refused(
        "Al dente\n\n"
        "Al dente is an Italian cooking phrase which means pasta cooked until it is firm when "
        "bitten. Cooks test a strand before draining the pot.\n"
    )
    assert "What is al dente?" in made, made


def test_a_dictionarys_colon_senses_give_the_first_sense_as_the_gloss() -> None:
    # Merriam-Webster's 'Statute of limitations' / '1 a  : a statute establishing ...' /
    # 'compare laches statute of repose' / 'b  : ...' was refused as having no title (its
    # 'limitations' read as a part's heading), and 'short-term memory' / ': memory that
    # involves recall ... (such as a few seconds)' found no gloss.
    made = made_or_refused(
        "Burden of limitations\n\n"
        "1 a  : a rule fixing a span of time within which a claim about an event must be made\n"
        "compare grace period\n"
        "b  : a rule setting how long after a crime a charge may still be laid\n"
        "2  : the time such a rule allows\n"
    )
    asked = next((a for p, a in made.items() if p.startswith("What is")), "")
    assert asked.startswith("A rule fixing a span of time within which a claim"), made
    assert "compare" not in asked, made
    made = made_or_refused(
        "sensory memory\n"
        "noun\n"
        "sen·so·ry mem·o·ry\n"
        "1\n"
        ": memory that holds what the senses take in for a very short time (such as a second)\n"
        "The sights and sounds of a busy street pass through sensory memory unnoticed.\n"
    )
    assert made.get("What is sensory memory?", "").startswith(
        "Memory that holds what the senses take in"
    ), made


def test_an_authors_line_and_a_glued_reading_time_are_no_title() -> None:
    # 'All articles4 min read' / 'Epistemology for Beginners: What It Is ...' / 'Portrait of
    # Jack Willis' / 'Jack is a writer for schrodingers.cat. ...' was titled 'Jack', then
    # 'All articles4 min read', and never asked what epistemology is.
    made = made_or_refused(
        "All posts6 min read\n\n"
        "Ethics for Beginners: What It Is and Why It Matters\n\n"
        "Portrait of Mara Quill\nMara Quill\n\n"
        "Mara is a writer for thinkwell.example. She taught moral philosophy for ten years.\n\n"
        "Ethics is the branch of philosophy that asks how we ought to act and why. It looks at "
        "right and wrong, duty and the good life.\n"
    )
    assert "Mara" not in " ".join(made), made
    asked = made.get("What is ethics?", "")
    assert asked.startswith("The branch of philosophy that asks how we ought to act"), made


def test_a_definition_hedged_with_very_simply_before_be_is_read() -> None:
    # 'Biodiversity can very simply be defined as the variety of living life ...' was asked
    # 'What can biodiversity very?' -> 'Simply be defined as ...'.
    made = made_or_refused(
        "Ecology\n\n"
        "Ecology can very simply be defined as the study of how living things relate to each "
        "other and to their surroundings.\n"
    )
    asked = next((a for p, a in made.items() if p.casefold() == "what is ecology?"), "")
    assert asked.startswith("The study of how living things"), made
    assert not any("very?" in prompt for prompt in made), made


def test_when_a_thing_has_a_quality_is_not_what_it_is() -> None:
    # 'An argument is deductively (also: logically) valid if and only if ...' was asked
    # 'What is an argument?' -> 'Deductively (also: logically) valid if and only if ...'.
    made = made_or_refused(
        "Proof\n\n"
        "A proof is formally (also: strictly) correct if and only if every step follows from "
        "the steps before it by an allowed rule.\n"
    )
    assert not made.get("What is a proof?", "").startswith("Formally"), made


def test_a_minus_sign_between_the_term_and_its_gloss_is_a_dash() -> None:
    # 'Negligence − is a failure to behave with the level of care ...' (a minus sign for a
    # dash) gave no card on negligence; a side sentence on duty titled the page.
    made = made_or_refused(
        "Trespass\n"
        "Trespass − is an act of entering or staying on land that belongs to someone else "
        "without their permission.\n"
        "A duty is one person's obligation to another to act in responsible ways.\n"
    )
    asked = next((a for p, a in made.items() if "trespass" in p.casefold()), "")
    assert asked.startswith("An act of entering or staying on land"), made


def test_a_measure_before_the_name_is_not_asked_which_concept() -> None:
    # 'Good cups usually land somewhere between 18% and 22% extraction.' (a new user's
    # note) was asked 'Good cups usually land somewhere between 18% and 22% which concept?'.
    made = made_or_refused(
        "# Hydration\n\n"
        "Hydration is how much water a dough holds for the flour in it. Only about 5% of a "
        "flour is water to begin with, and the rest is starch and protein.\n"
        "Most sandwich loaves sit somewhere between 60% and 65% hydration.\n\n"
        "A wetter dough rises more openly but is harder to shape.\n"
    )
    assert not any(prompt.endswith("% which concept?") for prompt in made), made


def test_when_a_thing_was_first_used_is_not_asked_which_concept() -> None:
    # 'Sous vide was first used in the early 1970s in France.' was asked 'Which concept was
    # first used in the early 1970s in France?': a date fits many things.
    made = made_or_refused(
        "Flash freezing\n\n"
        "Flash freezing is a way of freezing food very fast at very low temperatures so that "
        "only small ice crystals form. Flash freezing was first used in the 1920s in America.\n"
    )
    assert not any("first used" in prompt for prompt in made), made


def test_a_glossary_term_label_before_the_title_is_not_part_of_its_name() -> None:
    # 'Glossary term: Asteroid' over 'Description: An asteroid is a small body ...' gave no
    # card: the label was read as part of the name the sentence never says.
    made = made_or_refused(
        "Glossary term: Moon\n\n"
        "Description: A moon is a natural body that orbits a planet or a smaller body. "
        "Some planets have none and some have dozens.\n\n"
        "Related Terms:\n"
    )
    assert made.get("What is a moon?", "").startswith("A natural body that orbits a planet"), made


def test_a_translation_between_the_title_and_its_gloss_is_passed_over() -> None:
    # 'Definition of black hole' / 'trou noir' / 'The remains of the death and collapse of
    # an extremely massive star. ...' gave no card: the French name was read as the gloss.
    made = made_or_refused(
        "Definition of tide\n\n"
        "la marea\n"
        "The regular rise and fall of the sea, caused mostly by the pull of the Moon. Most "
        "coasts see two high tides a day.\n"
    )
    assert made.get("What is a tide?", "").startswith("The regular rise and fall of the sea"), made


def test_who_says_so_before_a_gloss_is_left_out_of_the_answer() -> None:
    # An air mass page's gloss opened 'According to the American Meteorological Society, a
    # widespread body of air ...', and the answer kept the attribution.
    made = made_or_refused(
        "Sea breeze\n\n"
        "Definition:\n"
        "According to the National Weather Service, a light wind that blows from the sea "
        "toward the land on a warm afternoon.\n\n"
        "Sea breezes die down after sunset.\n"
    )
    asked = next((a for p, a in made.items() if "sea breeze" in p.casefold()), "")
    assert asked.startswith("A light wind that blows from the sea"), made


def test_a_page_read_again_for_its_definition_keeps_its_own_concept() -> None:
    # A page whose layout found no definition is read again with its structure
    # recovered; 'Principle of FITT' over the glosses of its four letters must not
    # become a page on 'Frequency', the first of them.
    made = made_or_refused(
        "Principle of SMART\n\n"
        "One approach to set goals you will keep and to plan a path toward them is to use "
        "the SMART concept.\n\n"
        "Specific is defined as the exact thing a person will do and the day they will do "
        "it.\n\n"
        "Measurable refers to how a person can tell that a goal is met. Depending on the "
        "goal, this may be counted in a variety of ways.\n\n"
        "Achievable is sometimes referred to as realistic. When setting a goal, it refers to "
        "what can be done in the time there is.\n\n"
        "The kind of reward that a person gives themselves at the end.\n"
    )
    assert not any("specific" in prompt.casefold() for prompt in made), made


def test_a_wrapped_title_is_named_by_a_definition_outside_the_marked_summary() -> None:
    # 'Understanding Asset Allocation: Balancing Stocks, Bonds & Cash' over 'Introduction'
    # / 'Asset allocation is the process of ...', then 'What Is Asset Allocation and Why
    # It Matters' / 'Asset allocation determines ...' gave no card.
    made = made_or_refused(
        "Understanding Crop Rotation: Balancing Beans, Roots & Leaves\n\n"
        "A gardener's guide to crop rotation that shows how to plan your beds over four "
        "seasons, with sample plans and common mistakes.\n\n"
        "Introduction\n\n"
        "Crop rotation is the practice of growing different crops on the same plot in "
        "successive seasons. It keeps pests guessing and feeds the soil.\n\n"
        "What Is Crop Rotation and Why It Matters\n\n"
        "Crop rotation determines the share of each bed given to beans, roots and "
        "leaves, and that share affects how much the soil has to give next year.\n"
    )
    asked = made.get("What is crop rotation?", "")
    assert asked.startswith("The practice of growing different crops"), made


def test_put_simply_between_the_name_and_its_verb_is_no_part_of_the_name() -> None:
    # 'A bond put simply is a loan that you are providing ...' was asked 'What is a bond
    # put?', a different instrument.
    made = made_or_refused(
        "A lease put simply is a contract that lets you use a flat or a car for a set time "
        "in return for regular payments. The owner keeps the thing itself.\n"
    )
    assert made.get("What is a lease?", "").startswith("A contract that lets you use"), made
    assert not any("lease put" in prompt for prompt in made), made


def test_where_a_thing_turns_up_is_not_what_it_is() -> None:
    # 'What Is an Index Fund?' / 'Index funds show up in many 401(k) menus, ...' was asked
    # 'What are index funds?' -> that sentence, though the page says what one is below.
    made = made_or_refused(
        "What Is a Savings Bond?\n\n"
        "Savings bonds show up in many gift cards, payroll plans, and school prizes.\n"
        "They look like any other paper you could hold, yet they work by a simple rule.\n\n"
        "So in plain words\n\n"
        "A savings bond is a loan you make to the government that pays you back with "
        "interest after a set number of years.\n"
    )
    asked = next((a for p, a in made.items() if "savings bond" in p.casefold()), "")
    assert asked.startswith("A loan you make to the government"), made


def test_a_plural_before_of_is_asked_without_an_article() -> None:
    # 'States of matter (phases) are fundamental manifestations of matter, ...' was asked
    # 'What is a states of matter?'.
    made = made_or_refused(
        "Layers\n"
        "Layers of the atmosphere (spheres) are bands of air around the Earth that differ "
        "in how their temperature changes with height.\n"
        "lowest\n"
        "The lowest band holds almost all of the weather.\n"
    )
    assert "What are layers of the atmosphere?" in made, made
    # (a doing before 'of' is still said bare, though a plural ends the name)
    made = made_or_refused(
        "Division of tasks\n"
        "Division of tasks is the splitting of a job into small steps that different "
        "workers each do again and again.\n"
    )
    assert "What is division of tasks?" in made, made


def test_three_things_compared_are_not_read_as_a_pair() -> None:
    # 'What's the difference between a meteoroid, a meteor and a meteorite?' was read as
    # the pair ('meteoroid, a meteor', 'meteorite'): 'What is Meteorite?' got the
    # meteoroid's definition, and the meteoroid none.
    made = made_or_refused(
        "What's the difference between a stalactite, a column and a stalagmite?\n\n"
        "stalactite, a column and a stalagmite\n\n"
        "A stalactite is a spike of mineral that hangs from the roof of a cave, built drop "
        "by drop.\n\n"
        "When a spike grows up from the floor under the drip, it is called a stalagmite.\n\n"
        "When the two meet and join, people call the pillar a column.\n"
    )
    assert made.get("What is a stalactite?", "").startswith("A spike of mineral that hangs"), made


def test_a_power_of_ten_that_lost_its_superscript_is_raised_again() -> None:
    # '(9.46 x 1012 km)' in a light-year's answer reads as 9,460 km; '×10−28 g' as a
    # subtraction. Only scientific notation with an exponent no plain number has.
    made = made_or_refused(
        "Parsec\n\n"
        "A parsec is a unit of length used for distances to stars, about 3.09 x 1013 km or "
        "3.26 light-years.\n"
    )
    assert "3.09 × 10¹³ km" in made.get("What is a parsec?", ""), made
    made = made_or_refused(
        "Crate\n\nA crate is a wooden box that holds 3 x 1000 nails or 2 x 105 screws.\n"
    )
    assert "3 x 1000 nails or 2 x 105 screws" in made.get("What is a crate?", ""), made


def test_a_headword_with_its_other_spelling_over_a_fundamental_gloss() -> None:
    # 'Staff, stave' over 'The fundamental latticework of music notation, upon which
    # symbols are placed. ... The lines on a basic five-line staff are designated ...' gave
    # no card: 'the fundamental ... of' was read as a slogan, the comma's second name as
    # part of the first, and 'staff are' as the name's own plural verb.
    made = made_or_refused(
        "Kerb, curb\n\n"
        "The fundamental edging of a street, along which the pavement is laid. The stones "
        "on a typical granite kerb are set on a bed of concrete.\n"
    )
    asked = next((a for p, a in made.items() if "kerb" in p.casefold()), "")
    assert asked.startswith("The fundamental edging of a street"), made
    assert "What is kerb?" in made or "What is a kerb?" in made, made


def test_a_gloss_opening_on_the_names_last_word_without_an_article() -> None:
    # 'Compound interest' over 'Interest paid (earned) on any previous interest earned,
    # as well as on the principal borrowed (lent).' gave no card: a dictionary glosses a
    # kind of a mass noun by that noun, bare.
    made = made_or_refused(
        "glossary Acid rain\n\n"
        "Acid rain\n\n"
        "Rain made sour by sulphur and nitrogen gases from burning coal and oil, which harms "
        "lakes, forests and old stone buildings.\n"
    )
    asked = made.get("What is acid rain?", "")
    assert asked.startswith("Rain made sour by sulphur and nitrogen gases"), made


def test_a_quality_and_its_reason_is_not_what_a_thing_is() -> None:
    # 'The noble gases are unreactive or inert because they have a complete outermost
    # shell of electrons.' was asked 'What are the noble gases?' -> 'Unreactive or inert
    # because ...'; the why is a card, the what is not there to ask.
    made = made_or_refused(
        "Metals\n"
        "Metals are shiny and ductile because their outer electrons move freely between the "
        "atoms. Most metals are solid at room temperature.\n"
    )
    assert not any(answer.startswith("Shiny and ductile") for answer in made.values()), made


def test_a_question_title_with_a_field_or_its_examples_after_the_name() -> None:
    # "What is 'golden hour' in photography?" and 'What is direct pressure and examples?'
    # were taken whole for the name, and both pages gave no card.
    assert title_from_question("What is 'blue hour' in photography?") == ("blue hour", "")
    assert title_from_question("What is a sprain in first aid?") == ("sprain", "")
    made = made_or_refused(
        "What is a sling and examples?\n\n"
        "A sling is a strip of cloth tied around the neck that holds an injured arm still "
        "against the chest.\n\n"
        "Slings can be made from:\n\n- a scarf\n\n- a triangular bandage\n"
    )
    asked = made.get("What is a sling?", "")
    assert asked.startswith("A strip of cloth tied around the neck"), made


def test_what_a_thing_is_meant_to_be_is_not_what_it_is() -> None:
    # 'The R.I.C.E treatment is meant to be a temporary first aid method for handling an
    # injury, but it is effective.' was asked 'What is the R.I.C.E treatment?'.
    made = made_or_refused(
        "Ice pack\n\n"
        "An ice pack is meant to be a short first aid step for a swollen joint, but it "
        "works well.\n"
    )
    assert not any(answer.startswith("Meant to be") for answer in made.values()), made


def test_a_respelled_pronunciation_is_no_part_of_the_definition() -> None:
    # An encyclopedia's 'Tourniquet, << TUR nuh keht, >> is a tight ...' was refused: the
    # respelling in brackets hid the sentence's subject.
    _, made = deck(
        "Sphygmomanometer, << sfig moh muh NOM uh tuhr, >> is a cuff and gauge used to "
        "measure blood pressure. The cuff of the sphygmomanometer is wrapped around the "
        "upper arm. Nurses keep sphygmomanometers on every ward.\n"
    )
    assert made["What is a sphygmomanometer?"] == (
        "A cuff and gauge used to measure blood pressure."
    )
    # (a bracket of capitals and small words that are no syllables stays)
    assert without_leftovers("HTTPS (HTTP over TLS) is a protocol.") == (
        "HTTPS (HTTP over TLS) is a protocol."
    )
    assert without_leftovers("Stent (STENT) is a tube.") == "Stent (STENT) is a tube."


def test_a_dictionary_head_line_with_its_word_class_titles_the_gloss() -> None:
    # 'Heimlich maneuver (HIGHM lik ...) (s) (noun), Heimlich maneuvers (pl)' over its
    # gloss, then ': One form of a Heimlich maneuver employs ...' (the dictionary's
    # example after a colon): refused, the head line read as a title of its own.
    _, made = deck(
        "Recovery position (ri KUHV uh ree puh ZISH uhn) (s) (noun), recovery positions (pl)\n"
        "A way of laying an unconscious person on their side so that the airway stays open: "
        "The first aider rolled him into a recovery position while they waited.\n\n"
        "Bend the upper knee so that the person cannot roll onto the face.\n"
    )
    assert made["What is a recovery position?"] == (
        "A way of laying an unconscious person on their side so that the airway stays open."
    )


def test_a_colon_that_goes_on_in_the_gloss_itself_is_kept() -> None:
    # (what follows a gloss's colon is part of it when it does not name the headword)
    _, made = deck(
        "Triage\nThe sorting of injured people by how urgently they need care: Those who "
        "can wait are seen after those who cannot.\n\nIt is done at every large accident.\n"
    )
    assert "The sorting of injured people by how urgently they need care." not in made.values()


def test_a_question_for_the_definition_of_a_thing_names_the_thing() -> None:
    # 'What is the definition of weathering?' was titled 'Definition of weathering'.
    assert title_from_question("What is the definition of tectonic uplift?") == (
        "tectonic uplift",
        "",
    )
    assert title_from_question("What is the meaning of abrasion?") == ("abrasion", "")
    # (Scrum's 'Definition of Done' is a concept's own name)
    assert title_from_question("What is the Definition of Done?") == ("Definition of Done", "")


def test_an_encyclopedia_headword_run_into_its_gloss() -> None:
    # 'Coriolis effect kôr˝ē-ō´lĭs [key] [for G.-G. de Coriolis, ...], tendency for any
    # moving body ... to drift sideways ...' gave no card: the gloss has no verb.
    _, made = deck(
        "Doppler effect\n\n"
        "Doppler effect dŏp´lər [for C. J. Doppler, an Austrian physicist], change in the "
        "pitch of a sound heard as its source moves toward or away from the listener. A "
        "passing siren shows the Doppler effect.\n"
    )
    assert made["What is the Doppler effect?"] == (
        "Change in the pitch of a sound heard as its source moves toward or away from the listener."
    )
    # a copy that lost the comma before the gloss's 'any of the'
    _, made = deck(
        "What is the definition of abrasion?\n\nAnswer :\n\n"
        "Abrasion any of the processes by which rock is worn away by particles carried in "
        "wind, water or ice. It leaves rock surfaces smooth.\n"
    )
    assert made["What is abrasion?"] == (
        "Any of the processes by which rock is worn away by particles carried in wind, "
        "water or ice."
    )


def test_only_a_letter_before_another_initial_is_a_name_s_first_initial() -> None:
    # ('C. J. Doppler' is one name; 'NASA. J. Smith led it.' is two sentences)
    assert len(split_sentences("It is named for C. J. Doppler, a physicist. It is heard.")) == 2
    said = split_sentences("It was launched by NASA. J. Smith led the team.")
    assert said[0] == "It was launched by NASA."


def test_a_name_then_a_comma_and_an_aside_is_no_run_in_gloss() -> None:
    # (a discourse marker after the subject's comma, with no pronunciation or bracket
    # before it, is the sentence going on: 'Hashing, on the other hand, ...')
    assert definition_of("Hashing, on the other hand, needs no key.", ("Hashing",)) is None
    assert definition_of("Sleet, hail and snow fall in winter.", ("Sleet",)) is None


def test_a_wrapped_title_names_a_story_page_whose_remarks_define_nothing() -> None:
    # 'Ohm's Law Explained Like You're Five: Voltage, Current, and Resistance' over a
    # story: the page was titled by its last line, 'The beautiful thing about algebra
    # is you can rearrange ...', and asked 'What is the beautiful thing about algebra?'.
    assert title_without_wrapper(
        "Bernoulli's Principle Explained Like You're Five: Speed, Pressure, and Lift"
    ) == ("Bernoulli's Principle")
    made = made_or_refused(
        "Bernoulli's Principle Explained Like You're Five: Speed, Pressure, and Lift\n"
        "My niece asked me why planes stay up. I had no good answer at first.\n"
        "Picture a river. Where it narrows, the water runs faster.\n"
        "Air does the same over a wing, and that is the heart of Bernoulli's Principle.\n"
        "The lovely thing about physics is you can test this with a sheet of paper\n"
    )
    assert "What is the lovely thing about physics?" not in made


def test_a_plural_heading_run_into_the_sentence_defining_one() -> None:
    # 'Fuses A fuse is an electrical safety device ...' was asked 'What is Fuses A fuse?'.
    _, made = deck(
        "Relays A relay is a switch worked by an electromagnet, so that a small current "
        "can turn a large one on and off. A relay clicks as it moves.\n"
    )
    assert made["What is a relay?"] == (
        "A switch worked by an electromagnet, so that a small current can turn a large one "
        "on and off."
    )


def test_a_stuff_named_when_something_happens_to_it() -> None:
    # 'When magma erupts through the earth's surface it is called lava.' was asked 'What
    # is lava?' -> 'When magma erupts through the earth's surface.': lava is the magma.
    assert definition_of(
        "When rainwater soaks into the ground it is called groundwater.", ("groundwater",)
    ) == Definition("groundwater", "", "", "Rainwater that soaks into the ground.")
    # (an event, which no 'it' names: its clause is the answer)
    for sentence, name in (
        ("When two threads wait for each other forever, it is called a deadlock.", "deadlock"),
        ("When water vapour touches a cold window it is called condensation.", "condensation"),
    ):
        said = definition_of(sentence, (name,))
        assert said is not None and said.predicate.startswith("When ")


def test_a_disposition_or_when_a_thing_forms_is_no_definition() -> None:
    # 'Sleet is particularly resilient against melting.' answered 'What is sleet?' on a
    # page whose 'Sleet is made up of ...' gave its parts; 'Sleet forms when ...' then
    # answered 'What does sleet do?'.
    made = made_or_refused(
        "GRAUPEL\n"
        "Graupel is made up of soft pellets of rimed snow. Graupel forms when supercooled "
        "droplets freeze onto falling snowflakes.\n"
        "It is often mistaken for hail. Graupel is especially fragile under pressure, and "
        "graupel is highly resistant to drifting.\n"
    )
    assert made.get("What does graupel consist of?") == "Soft pellets of rimed snow."
    assert "What is graupel?" not in made
    assert "What does graupel do?" not in made


def test_what_a_measure_sums_up_is_not_what_it_is() -> None:
    # 'The mean describes an entire sample with a single number ...' answered "What is
    # the mean?" with 'An entire sample with ...' (WRONG: a sample is no mean).
    made = made_or_refused(
        "The midrange describes a whole data set with one number halfway between its ends. "
        "The midrange is the average of the smallest and the largest value.\n\n"
        "It is easy to work out by hand.\n"
    )
    assert made["What is the midrange?"] == "The average of the smallest and the largest value."


def test_a_quiz_question_asking_for_a_name_is_titled_by_the_name_defined() -> None:
    # 'What is the most frequently occurring value in a given set of data called?' over
    # 'The mode is the value that ...' was titled 'Most frequently occurring value'.
    made = made_or_refused(
        "What is the most often repeated value in a list of numbers called?\n\n"
        "Explanation\n\n"
        "The mode is the value that appears most often in a list of numbers.\n"
    )
    assert made == {"What is the mode?": "The value that appears most often in a list of numbers."}


def test_a_label_line_over_a_definition_in_one_paragraph_keeps_the_definition() -> None:
    # 'Simple explanation of P-value' on the line right above 'A P-Value is a measure
    # ...' was taken as the tagline, and the definition's line was lost with it.
    entry, made = deck(
        "# What is a Z-Score in Plain English?\n\nPlain words on the z-score\n"
        "A z-score is the number of standard deviations a value lies from the mean. For "
        "example, a z-score of 2 is far above average.\n\nIt makes the idea of unusual "
        "precise.\n",
        "page.md",
    )
    assert entry.tagline == "Plain words on the z-score"
    assert made["What is a z-score?"] == (
        "The number of standard deviations a value lies from the mean."
    )


def test_a_first_line_wrapped_into_its_paragraph_is_no_tagline() -> None:
    entry, made = deck(
        "# Z-score\n\nIn statistics people often talk about how unusual a value\n"
        "is. A z-score is the number of standard deviations a value lies from the mean.\n",
        "page.md",
    )
    assert entry.tagline == ""
    assert made["What is a z-score?"] == (
        "The number of standard deviations a value lies from the mean."
    )


def test_a_dictionarys_cross_references_and_glued_footer_are_not_the_gloss() -> None:
    # '... an equal chance of being chosen —synonym simple random sample —see
    # randomizationThis definition last updated 08/11/2008': the page was refused.
    made = made_or_refused(
        "stratified sample\n\n"
        "a sample drawn by splitting a population into groups and picking from each group "
        "in proportion to its size —synonym proportionate sample —see "
        "samplingThis definition last updated 03/02/2011"
    )
    assert made["What is a stratified sample?"] == (
        "A sample drawn by splitting a population into groups and picking from each group "
        "in proportion to its size."
    )


def test_a_question_title_gives_way_to_the_term_its_first_heading_defines() -> None:
    # 'What is meant by 90 percentile marks' over '## Percentile' and 'The Percentile
    # or the Percentile rank is ...': the page gave no card.
    entry, made = deck(
        "# What is meant by a 2 sigma result\n\n## Sigma\n\n### Sigma explained\n\n"
        "The sigma or the standard deviation is the typical distance of values from their "
        "mean.\n\n### example\n\nHeights of adults spread about 7 cm from their mean.\n",
        "page.md",
    )
    assert entry.title == "Sigma"
    assert made["What is the sigma?"] == "The typical distance of values from their mean."


def test_the_most_abundant_kind_of_a_thing_says_what_it_is() -> None:
    # 'Skeletal muscle is the most abundant type of muscle tissue found in the vertebrate
    # body ...' was passed over as praise, and the page gave no card.
    made = made_or_refused(
        "Smooth muscle\n\nSmooth muscle is the most widespread kind of muscle tissue in the "
        "walls of hollow organs, such as the gut. It works without conscious control.\n"
    )
    assert made["What is smooth muscle?"] == (
        "The most widespread kind of muscle tissue in the walls of hollow organs, such as the gut."
    )
    praised = made_or_refused(
        "Rust\n\nRust is the most popular kind of systems language among hobbyists. It "
        "was first released in 2015.\n"
    )
    assert "What is Rust?" not in praised


def test_a_dictionarys_forms_line_and_first_numbered_sense() -> None:
    # 'Noun, pl. platelets' over '1. Colourless, nonnucleated blood component that ...':
    # the page was titled by the forms line, and the gloss lost to a later 'Platelets
    # are found only in the blood of mammals'.
    entry, made = deck(
        "Noun, pl. erythrocytes\n\n"
        "1. Red, disc shaped blood cell that carries oxygen from the lungs to the tissues. "
        "Erythrocytes are found in the blood of all vertebrates. (\n\n"
        "2. Small cells without a nucleus. Erythrocytes are a large share of the blood. (\n\n"
        "The life of an erythrocyte is about 120 days.\n"
    )
    assert entry.title == "Erythrocyte"
    assert made["What is an erythrocyte?"] == (
        "Red, disc shaped blood cell that carries oxygen from the lungs to the tissues."
    )
    assert not any(answer.startswith("Found ") for answer in made.values())


def test_a_revision_tip_is_no_definition() -> None:
    # 'Make sure that you can spot that the muscle wall of the left ventricle is always
    # thicker ...' answered "What is heart?" (WRONG).
    made = made_or_refused(
        "The Lungs\n\nAir comes in through the trachea and splits into two bronchi. Each "
        "bronchus splits into smaller tubes.\n\nMake sure that you can label the trachea, "
        "the bronchi and the diaphragm on a diagram. This is a common exam question.\n"
    )
    assert not any(answer.startswith("Make sure") for answer in made.values()), made


def test_a_head_in_guillemets_names_the_word() -> None:
    # 'Definition of «Plasma»' asked "What is the «Plasma»?".
    entry, made = deck(
        "Definition of «Lymph»\n\nLymph: The clear fluid that flows through "
        "the lymphatic vessels. Doctors check lymph for signs of infection.\n"
    )
    assert entry.title == "Lymph"
    assert made["What is lymph?"] == "The clear fluid that flows through the lymphatic vessels."


def test_a_question_on_a_things_function_is_a_page_on_the_thing() -> None:
    # 'What is the function of the erythrocyte?' titled the page 'Function of the
    # erythrocyte', and its definition ('Erythrocytes are red blood cells ...') went unasked.
    entry, made = deck(
        "What is the function of the neutrophil?\n\nNeutrophils are white blood cells that "
        "reach an infection first. They swallow bacteria and break them down.\n"
    )
    assert entry.title == "Neutrophil"
    assert made["What are neutrophils?"].startswith("White blood cells that reach an infection")
    two = parse(
        "What are the functions of red and yellow bone marrow?\n\nBone marrow is the soft "
        "tissue in the middle of large bones. It makes new blood cells.\n",
        "page.txt",
    )
    assert two.title == "Bone marrow"


def test_why_it_matters_answered_by_saying_it_matters_goes_on_to_why() -> None:
    # 'Why are erythrocytes important?' -> 'Red blood cells are an important element of
    # blood.' (GIVEAWAY): the next sentence says why.
    _, made = deck(
        "What is the function of the neutrophil?\n\nNeutrophils are white blood cells that "
        "reach an infection first.\n\nWhy are neutrophils important?\n\nNeutrophils are an "
        "important part of the immune system. They kill bacteria before an infection can "
        "spread. Most of them live only a day.\n"
    )
    assert made["Why are neutrophils important?"] == (
        "Neutrophils are an important part of the immune system. They kill bacteria before "
        "an infection can spread."
    )


def test_a_gloss_that_leaves_out_its_headword_before_is() -> None:
    # 'Cartilage' / 'Definition' / 'Is a connective tissue': asked "What does Cartilage
    # do?" -> 'Is a connective tissue.' when it was read at all.
    made = made_or_refused(
        "Tendon\nDefinition\nIs a tough band of tissue that joins a muscle to a bone.\n"
        "Its cells are called tenocytes. A torn tendon heals slowly.\n"
    )
    assert made["What is a tendon?"] == "A tough band of tissue that joins a muscle to a bone."


def test_a_kind_said_alone_goes_on_to_the_sentence_that_says_which_one() -> None:
    # 'Arrays are a very simple data structure.', 'A measure of central tendency.' and
    # 'A biennial is a type of life cycle for a plant.' were whole answers (INCOMPLETE:
    # they fit every sibling concept); the next sentence says which one.
    made = made_or_refused(
        "Stacks are a very simple data structure. Stacks keep their items in the order they "
        "came, and hand back the newest first. They are easy to build on an array.\n"
    )
    assert made["What are stacks?"] == (
        "A very simple data structure. Stacks keep their items in the order they came, and "
        "hand back the newest first."
    )
    made = made_or_refused(
        "Mode\n\nA measure of central tendency. The value that turns up most often in a set "
        "of numbers; for grouped data, the class with the highest count.\n"
    )
    assert made["What is Mode?"] == (
        "A measure of central tendency. The value that turns up most often in a set of numbers."
    )
    made = made_or_refused(
        "What is an annual?\nAn annual is a type of life cycle for a plant.\nAnnuals are "
        "plants that sprout, flower, set seed and die within one growing season.\n"
    )
    assert made["What is an annual?"] == (
        "A type of life cycle for a plant. Annuals are plants that sprout, flower, set seed "
        "and die within one growing season."
    )


def test_a_labelled_dictionary_entry_gives_its_definition() -> None:
    # 'Term: perennial (noun)' / 'Plural: perennials' / 'Definition: A perennial plant; a
    # plant that is active ...' gave no card: the plural's line was read as the gloss.
    made = made_or_refused(
        "Term: shrub (noun)\nPlural: shrubs\nDerivation: From Old English scrybb.\n"
        "Definition: A shrub plant; a woody plant smaller than a tree, with several stems "
        "from its base. Compare tree and herb.\n"
    )
    assert made["What is a shrub?"] == (
        "A woody plant smaller than a tree, with several stems from its base."
    )


def test_a_gloss_naming_an_act_with_the_and_its_verb_in_ing() -> None:
    # 'Pruning' / 'The cutting off leaves or branches within limits in order to ...': the
    # page was refused.
    made = made_or_refused(
        "Thinning\n\nThe pulling out seedlings or shoots so that the ones left have room to "
        "grow. Also done to fruit to get bigger fruit.\n"
    )
    assert made["What is thinning?"] == (
        "The pulling out seedlings or shoots so that the ones left have room to grow."
    )


def test_a_guide_for_beginners_after_a_short_title_is_no_topic() -> None:
    # 'Seed Germination: A Complete Guide For Beginners' was read as a page on 'Complete
    # Guide' (the 'ASP.NET - Anti-forgery Token Deep Dive' rule).
    from cards.recover import title_without_wrapper

    assert title_without_wrapper("Seed Germination: A Complete Guide For Beginners") == (
        "Seed Germination"
    )
    assert title_without_wrapper("ASP.NET - Anti-forgery Token Deep Dive") == ("Anti-forgery Token")


def test_a_saved_page_without_its_head_takes_the_name_it_was_saved_under() -> None:
    # A glossary's text copied without its head into 'kerning.txt' ('Typographic term
    # used ... to describe the adjustment of ...') was refused: no title line, and no
    # sentence names its term before defining it.
    text = (
        "Typesetting term for the even loosening or tightening of the space across a whole "
        "run of letters, rather than between one pair. Designers open up tracking on small "
        "capitals so the letters do not crowd.\n"
    )
    (entry,) = parse_entries(text, "notes/tracking.txt")
    made = {card.prompt: card.answer for card in cards.generate(entry, [])}
    assert made["What is tracking?"] == (
        "Typesetting term for the even loosening or tightening of the space across a whole "
        "run of letters, rather than between one pair."
    )
    # A file name the page never says names nothing of it: still refused.
    with pytest.raises(cards.ParseError, match="has no title"):
        parse_entries(text, "notes/letter-spacing-draft.txt")


def test_a_plural_verb_after_a_name_with_no_plural_form_is_another_subjects() -> None:
    # 'Prior attempts to standardize the typographic point were put forth by ...' made
    # the page ask 'What are point?'.
    _, made = deck(
        "Pica\n\nA unit of type measure equal to twelve points, about a sixth of an inch. "
        "Early efforts to standardise the pica were made by rival foundries.\n"
    )
    assert made["What is the pica?"] == (
        "A unit of type measure equal to twelve points, about a sixth of an inch."
    )
    assert not [prompt for prompt in made if prompt.startswith("What are")]


def test_a_name_said_again_after_a_semicolon_says_what_it_is_there() -> None:
    # 'Leading is the key to readability; Leading is the space between the lines of type
    # ...': the praise before the semicolon was read as the whole sentence, and the page
    # gave no card at all.
    _, made = deck(
        "Kerning\n\nKerning is the secret of polished headlines; kerning is the adjustment "
        "of the space between two particular letters. Set it by eye on large type.\n"
    )
    assert made["What is kerning?"] == (
        "The adjustment of the space between two particular letters."
    )
    # A second clause that adds to the first ('is also') is no restatement of it.
    _, made = deck(
        "Tracking\n\nTracking is the even spacing of a whole run of letters; tracking is "
        "also called letter-spacing by many designers. Loosen it on small capitals.\n"
    )
    assert made["What is tracking?"].startswith("The even spacing of a whole run of letters")


def test_letters_that_stand_for_a_list_of_words_are_spelled_out() -> None:
    # 'CMYK stands for Cyan, Magenta, Yellow, and Key (Black).' opened a page with no
    # title line: the comma ended the words, they no longer spelled the letters out, and
    # the page was refused.
    (entry,) = parse_entries(
        "HSL stands for Hue, Saturation, and Lightness (or Luminance). Designers pick "
        "colours with it because the three numbers match how people describe a colour.\n",
        "page.txt",
    )
    made = {card.prompt: card.answer for card in cards.generate(entry, [])}
    assert made["What does HSL stand for?"] == "Hue, Saturation, and Lightness"
    _, made = deck("RGB\n\nRGB stands for Red, Green and Blue. It is a colour model of light.\n")
    assert made["What does RGB stand for?"] == "Red, Green and Blue"
    # A word after the comma that is no part of the letters is not taken with them.
    _, made = deck(
        "CDN\n\nCDN stands for Content Delivery Network, Which Serves Files from nearby "
        "servers. A CDN is a group of servers spread over many places.\n"
    )
    assert made["What does CDN stand for?"] == "Content Delivery Network"


def test_a_pronoun_and_its_verb_over_a_list_names_no_list() -> None:
    # 'This means a lot of things:' over three numbered points was asked as 'What are
    # the three this means a lot of things?' (GARBLED).
    (entry,) = parse_entries(
        "Analogous colours are colours that sit next to each other on the colour wheel."
        "\n\nThis means a few things:\n\n  1. They sit calmly together.  That is, no hue "
        "fights another for the eye.\n  2. When mixed they give a muddy middle tone.\n  3. "
        "There is a sense of order between them.\n",
        "page.txt",
    )
    made = {card.prompt: card.answer for card in cards.generate(entry, [])}
    assert not [prompt for prompt in made if "this means" in prompt.casefold()]
    assert made["What are analogous colours?"] == (
        "Colours that sit next to each other on the colour wheel."
    )


def test_a_kind_alone_takes_the_next_sentence_opening_its() -> None:
    # 'A SWOT analysis is a strategic planning tool. It's a simple, and initial way to
    # list the strengths, weaknesses, ...' was answered 'A strategic planning tool.'
    # (INCOMPLETE): 'It is' went on to say which tool, 'It's' did not.
    _, made = deck(
        "What is a PEST analysis?\n\nA PEST analysis is a strategic planning tool. It's a "
        "quick way to list the political, economic, social and technological forces around "
        "a business.\n\nWhen to use it\n\nBefore a plan is drawn up for a new market.\n"
    )
    assert made["What is a PEST analysis?"] == (
        "A strategic planning tool. It's a quick way to list the political, economic, "
        "social and technological forces around a business."
    )


def test_two_other_names_with_their_letters_set_after_the_subject() -> None:
    # 'Resin printing, also known as stereolithography (SLA) or digital light processing
    # (DLP) printing, is an additive manufacturing process ...' opened a page with no
    # title line: one other name was read past, two were not, and the page was refused.
    (entry,) = parse_entries(
        "Powder bed fusion, also known as selective laser sintering (SLS) or multi jet "
        "fusion (MJF) printing, is a family of methods that melt thin layers of powder into "
        "solid parts. It needs no supports, since the loose powder holds the part.\n",
        "page.txt",
    )
    made = {card.prompt: card.answer for card in cards.generate(entry, [])}
    assert made["What is powder bed fusion?"] == (
        "A family of methods that melt thin layers of powder into solid parts."
    )


def test_a_when_clause_with_a_main_clause_of_its_own_is_no_gloss() -> None:
    # 'When people think of 3D printing they think of rigid parts.' under 'TPU' was read
    # as a dictionary's gloss of an event ('When Git can't combine ...') and became the
    # answer to 'What is TPU?' (WRONG).
    _, made = deck(
        "PETG\n\nWhen people pick a filament they usually pick PLA first. PETG stands for "
        "polyethylene terephthalate glycol. It is a plastic that is tougher than PLA and "
        "bends a little before it breaks.\n"
    )
    assert made["What is PETG?"] == (
        "A plastic that is tougher than PLA and bends a little before it breaks."
    )


def test_praise_of_a_part_followed_by_what_it_stands_for_is_a_definition() -> None:
    # 'In a legal context, consideration is the essential element of a contract,
    # representing the promises or obligations exchanged between the parties.' was
    # passed over as praise, and the page gave no card.
    _, made = deck(
        "Offer\n\nIn a legal context, an offer is the key element of a deal, representing "
        "one party's clear promise to be bound if the other accepts.\n\nWithout one there "
        "is nothing to accept.\n"
    )
    assert made["What is an offer?"] == (
        "The key element of a deal, representing one party's clear promise to be bound if "
        "the other accepts."
    )
    # Praise alone stays no definition.
    _, made = deck(
        "Offer\n\nAn offer is the key element of every deal.\n\nWithout one there is nothing "
        "to accept.\n"
    )
    assert "What is an offer?" not in made


def test_a_thing_told_first_and_named_last_under_a_pronunciation_line() -> None:
    # 'Pronunciation: duh-FEN-dent' / 'The person who is being sued ... is called the
    # defendant.': the pronunciation was the entry's title, and the page gave no card.
    (entry,) = parse_entries(
        "Pronunciation: reh-SPON-dent\n\nThe party who must answer a petition in a civil "
        "court or the party who opposes an appeal is called the respondent.\n\nIn an "
        "appeal, the opposite of the respondent is the appellant.\n\nSample Sentence\n\n"
        "The respondent filed an answer to the petition.\n",
        "page.txt",
    )
    assert entry.title == "Respondent"
    made = {card.prompt: card.answer for card in cards.generate(entry, [])}
    assert made["What is the respondent?"] == (
        "The party who must answer a petition in a civil court or the party who opposes an appeal."
    )


def test_how_big_a_topic_or_how_often_a_thing_is_needed_is_no_definition() -> None:
    # 'What is 3D printing?' -> 'A complex subject with plenty of terminology to
    # discuss.'; 'What are support structures?' -> 'Sometimes a necessary component when
    # printing.' (both WRONG).
    _, made = deck(
        "Infill\n\nInfill is a broad subject with plenty of settings to learn. Infill is the "
        "pattern printed inside a part's walls to give it strength without filling it solid."
        "\n"
    )
    asked = {prompt.casefold(): answer for prompt, answer in made.items()}
    assert asked["what is infill?"] == (
        "The pattern printed inside a part's walls to give it strength without filling it solid."
    )
    _, made = deck(
        "Rafts\n\nRafts are sometimes a necessary component when printing. A raft is a thin "
        "mesh printed under a part so that the part's first layer sticks to it, not the bed.\n"
    )
    assert made["What is a raft?"] == (
        "A thin mesh printed under a part so that the part's first layer sticks to it, not the bed."
    )


def test_questions_a_page_links_to_at_its_foot_are_no_title() -> None:
    # 'How Does Bail Work?', its answer, then 'What Is A Bail Bond?' and 'How Much Does Bail
    # Cost?' (other articles, linked at the foot): the page was read as one on bail bonds,
    # with no card.
    (entry,) = parse_entries(
        "How Does Probation Work?\n\nProbation is a period during which a convicted person "
        "lives in the community under a court's conditions instead of going to prison.\n\n"
        "What Is A Probation Officer?\nHow Long Does Probation Last?\n",
        "page.txt",
    )
    assert entry.title == "Probation"
    made = {card.prompt: card.answer for card in cards.generate(entry, [])}
    assert made["What is probation?"].startswith("A period during which a convicted person")


def test_a_site_s_sections_before_the_label_of_the_gloss_are_left_out() -> None:
    # A trivia site's glossary line opens on the sections it sits in, then the term and
    # its gloss after a colon; saved as 'justification.txt', the page was refused.
    entries = parse_entries(
        "Hobbies / Printing / Hanging Indent: In typesetting, the layout of a paragraph whose "
        "first line starts at the margin while every later line is pushed in.\n\nIt is common in "
        "bibliographies, where it makes each author's name easy to spot.\n",
        "hanging-indent.txt",
    )
    made = {card.prompt.casefold(): card.answer for card in cards.generate(entries[0], [])}
    assert entries[0].title.casefold() == "hanging indent"
    assert made["what is hanging indent?"].startswith("In typesetting, the layout of a")


def test_parts_counted_then_the_one_thing_they_make_defines_it() -> None:
    # 'Two or more letters combined into one character make a ligature': the page's
    # only defining sentence puts the name last; another sentence about some of them
    # was asked as the definition instead.
    entry = parse(
        "# Chord\n\nDefinition: Three or more notes played at the same time make a chord. "
        "Chords built on the first note of a scale sound settled and final. Most songs "
        "move between a handful of them.\n",
        "chord.md",
    )
    made = {card.prompt: card.answer for card in cards.generate(entry, [])}
    assert made["What is a chord?"] == "Three or more notes played at the same time."
    assert definition_of("Many small changes make a big difference.", ("Difference",)) is None


def test_an_a_to_z_post_is_titled_by_its_term() -> None:
    # 'B is for Baste' headed a sewing blog's A-to-Z post: 'What is B is for Baste?'
    entries = parse_entries(
        "K is for Kerf\n\nA narrow slot left by a saw blade as it cuts, as wide as the teeth "
        "are set.\n\nA thin-kerf blade wastes less wood on every cut.\n",
        "page.txt",
    )
    assert entries[0].title.casefold() == "kerf"
    made = {card.prompt.casefold(): card.answer for card in cards.generate(entries[0], [])}
    assert made["what is kerf?"].startswith("A narrow slot left by a saw blade")


def test_a_verb_glossed_as_a_dictionary_does_is_asked_what_doing_it_means() -> None:
    # A sailing dictionary's 'Tack, to' / 'When sailing close-hauled, to turn the boat's
    # head ...' was refused: a verb's gloss is no noun phrase.
    entries = parse_entries(
        "Heave to, to\n\nWhen the wind gets up, to set the sails and the rudder against "
        "each other so that the boat all but stops and rides quietly.\n",
        "page.txt",
    )
    made = {card.prompt: card.answer for card in cards.generate(entries[0], [])}
    assert made == {
        "What does it mean to heave to?": "When the wind gets up, to set the sails and the "
        "rudder against each other so that the boat all but stops and rides quietly."
    }
    # a purpose that opens a sentence is no gloss
    assert (
        definition_of(
            "To see why, imagine a library with one copy.", ("Cache",), fragment=True, pronoun=True
        )
        is None
    )


def test_a_definition_that_counts_its_parts_is_a_definition() -> None:
    # 'A clove hitch is two successive half-hitches around an object.' was passed over
    # as a remark ('two ...'), and a sentence on its use answered 'What is a clove hitch?'.
    made = made_or_refused(
        "Reef knot\n\nA reef knot is two overhand knots tied one on top of the other, "
        "left over right and then right over left.\n\nIt is mostly used to tie off "
        "bandages and to reef a sail.\n"
    )
    assert made["What is a reef knot?"].startswith("Two overhand knots tied one on top")


def test_how_it_measures_up_its_cause_or_how_much_it_matters_is_no_definition() -> None:
    # 'It is bigger and, as a rule, heavier than the finishing planes', 'Magnetic
    # Variation is due to the differing positions of ...', 'Tides are an extremely
    # important factor in the sailing world' and 'This is a popular question asked by
    # beginner quilt makers.' each answered 'What is X?'.
    pages = (
        "Bow saw\n\nThe bow saw cuts green logs quickly. It is lighter and, on the whole, "
        "cheaper than a chainsaw, and far quieter.\n",
        "Sea breeze\n\nA sea breeze is due to the land warming faster than the water on a "
        "sunny afternoon.\n\nIt dies away in the evening.\n",
        "Currents\n\nCurrents are a very important factor in coastal sailing. Plan every "
        "passage around them.\n",
        "What is a seam ripper?\n\nThis is a common question asked by people who have "
        "just bought a sewing kit.\n\nA seam ripper is a small hooked blade used to cut "
        "and pull out stitches. The same is true of a seam ripper.\n",
    )
    for page in pages:
        made = made_or_refused(page)
        assert not [
            answer
            for answer in made.values()
            if answer.startswith(("Lighter", "Due to", "A very important", "A common question"))
        ], made
        assert not [prompt for prompt in made if prompt.startswith("The same is")], made
    made = made_or_refused(pages[3])
    assert made["What is a seam ripper?"].startswith("A small hooked blade used to cut")


def test_a_step_of_a_drill_is_no_gloss_of_its_title() -> None:
    # 'Mayday call' / 'Start a MAYDAY CALL procedure as follows:' / 'Check that the main
    # battery switch is on; ...' answered 'What is a MAYDAY CALL?'.
    made = made_or_refused(
        "Pan-pan call\n\nStart a PAN-PAN CALL procedure as follows:\nCheck that the main "
        "radio switch is on; and switch the set to channel 16. select low power on the "
        "handheld.\nWhen you use the handheld the message should be short. Press the "
        "transmit button and say slowly:\nPAN-PAN, PAN-PAN, PAN-PAN this is... (the boat's "
        "name three times).\n"
    )
    assert not [answer for answer in made.values() if answer.startswith("Check that")], made


def test_a_doing_is_defined_by_its_short_noun() -> None:
    # 'What is Gybing?' / 'A gybe is when the boat turns its stern through the wind ...':
    # the page's one definition names the short noun, not the title's doing.
    made = made_or_refused(
        "Tacking\n\nWhat is tacking?\n\nA tack is when the bow of the boat turns through "
        "the wind and the sails cross to the other side.\n\nCall 'ready about' first.\n"
    )
    assert made["What is tacking?"].startswith("When the bow of the boat turns through")


def test_the_knot_ranked_first_for_a_job_is_a_definition() -> None:
    # '??The sheet bend is the most important knot for joining two rope ends ...': signs
    # the copy lost before each paragraph, and a ranking that also names the kind.
    made = made_or_refused(
        "Bowline\n\n??The bowline is the most common knot for making a fixed loop at the "
        "end of a line.\n\n??Form a small eye in the standing part first.\n"
    )
    assert made["What is the bowline?"].startswith("The most common knot for making a fixed")


def test_a_whole_said_to_be_all_its_parts_is_defined_by_them() -> None:
    # 'The standing rigging comprises all wires and stays fixed to the hull ...' was asked
    # 'What does the standing rigging do?', and 'Various fittings are used for ...' far
    # below was taken for the page's title.
    lines = [
        "Running Rigging",
        "The running rigging comprises all lines that raise, lower and trim the sails.",
        "Halyards",
        "Halyards pull the sails up the mast.",
        "Sheets",
        "Sheets set the angle of each sail to the wind.",
        "- Mainsheet: trims the mainsail.",
        "- Jib sheets: trim the headsail, one on each side.",
        "Control lines",
        "Cunninghams and outhauls change the shape of the sail.",
        "They matter most when the wind gets up.",
        "Rope for rigging",
        "Various ropes are used for halyards and sheets:",
        "- Braided polyester: low stretch and easy on the hands.",
    ]
    made = made_or_refused("\n".join(lines) + "\n")
    assert made["What is the running rigging?"] == (
        "All lines that raise, lower and trim the sails."
    )


def test_a_term_glossed_by_the_kinds_it_names_is_defined() -> None:
    # 'Twill – Types of textile weave with a pattern of diagonal parallel ribs ...': the
    # plural 'Types' read as a verb, and 'Soil and stains are less noticeable ...' below
    # was taken for the page's title.
    made = made_or_refused(
        "Chenille – Types of yarn with a short pile standing out all round the core, like "
        "a fuzzy caterpillar.\n\nDust and lint are more visible on chenille than on flat "
        "yarns, so it needs a gentle wash.\n"
    )
    assert made["What is chenille?"].startswith("Types of yarn with a short pile"), made


def test_how_much_a_thing_matters_or_how_it_measures_up_names_no_page() -> None:
    # 'Sharpness is essential with wood chisels.' and 'A sharp chisel is also safer than a
    # blunt one.' titled a page on chisels that has no title line.
    text = (
        "There are many kinds of hand plane, and all of them shave thin strips from a "
        "board.\nA plane works by pushing its blade along the surface at a low angle.\n"
        "Flatness is essential with hand planes. A twisted sole leaves a wavy board.\n"
        "A heavy plane is also steadier than a light one.\n"
    )
    try:
        titles = [entry.title for entry in parse_entries(text, "page.txt")]
    except cards.ParseError:
        titles = []  # refused: the page says what no hand plane is
    assert not {"Flatness", "Heavy plane"} & set(titles), titles


def test_a_long_opening_paragraph_that_names_the_concept_later_is_no_chrome() -> None:
    # 'These are made by forming a recess ... The mortise and tenon joint is one of the
    # most common joints ...' / 'Mortise and tenon joints are used in ...': the second
    # line was taken for the title and the paragraph above it dropped as chrome.
    made = made_or_refused(
        "These are made by cutting matching slots into the ends of two boards so that they "
        "lock together. The box joint is one of the most common joints used for drawers. "
        "It gives a lot of glue surface.\nBox joints are used on boxes and drawers.\n"
    )
    assert any(
        answer.startswith("One of the most common joints used for drawers")
        for answer in made.values()
    ), made


def test_a_little_thing_is_small_not_a_degree() -> None:
    # 'A "meeple" is a little wooden (or plastic) pawn used in ...' was passed over as a
    # remark ('a little ...'), and the page gave no card.
    made = made_or_refused(
        'What is a dreidel?\nA "dreidel" is a little four-sided spinning top with a letter '
        "on each side.\nIt is spun in a game played at Hanukkah.\n"
    )
    assert made["What is a dreidel?"].startswith("A little four-sided spinning top")


def test_a_page_opening_on_what_goes_on_in_its_concept_asks_it() -> None:
    # 'Smothered Mate' / 'In a Smothered Mate, the king gets trapped by his own pieces!' /
    # the moves / 'Smothered Mates are rare, but ...': the last line titled the page and
    # everything above it was dropped.
    made = made_or_refused(
        "Fool's Mate\nIn a Fool's Mate, the king is checkmated after only two moves by "
        "each side!\nWhite moves the f-pawn one square.\nBlack moves the e-pawn two "
        "squares.\nWhite pushes the g-pawn.\nThe black queen goes to h4 and it is over.\n"
        "Fool's Mates are rare, but they are funny when they happen!\n"
    )
    assert made["What happens in Fool's Mate?"] == (
        "The king is checkmated after only two moves by each side."
    ), made


def test_a_caption_under_the_title_is_no_gloss() -> None:
    # 'Brood Parasite' / 'A Reed Warbler Feeding a Common Cuckoo Chick in a Nest' (a
    # picture's caption) answered 'What is a brood parasite?'; and 'A flock of migrating
    # birds. Photo courtesy of Wikimedia Commons' answered another page.
    made = made_or_refused(
        "Nest Box\n\nA Blue Tit Peering Out of a Wooden Box on an Oak\n\nA nest box is a "
        "small wooden box put up for birds to nest in where old trees with holes are "
        "scarce.\n\nFace it away from the midday sun.\n"
    )
    assert made["What is a nest box?"].startswith("A small wooden box put up for birds")
    made = made_or_refused(
        "What is a roost?\n\nA row of starlings on a wire. Photo courtesy of a reader\n\n"
        "A roost is a place where birds gather to sleep for the night.\n"
    )
    assert made["What is a roost?"] == "A place where birds gather to sleep for the night."
    # ('Photo Credit ...' in capitals was kept, and answered for the page)
    made = made_or_refused(
        "What is a perch?\n\nA row of robins on a fence post. Photo Credit a reader\n\n"
        "A perch is any spot a bird grips with its feet while it rests.\n"
    )
    assert made["What is a perch?"] == "Any spot a bird grips with its feet while it rests."


def test_the_best_time_for_something_or_a_word_s_sound_is_no_definition() -> None:
    # 'Dawn is the best time to sing because ...' and 'Pishing is an onomatopoeic word
    # because ...' answered 'What is X?'; 'Pishing is the term for that repetitive sound
    # birders make to attract birds.' was passed over for 'that'.
    made = made_or_refused(
        "Why do owls hunt at night?\n\nNight is the best time to hunt because mice come out "
        "once it is dark.\n"
    )
    assert not [a for a in made.values() if a.startswith("The best time")], made
    made = made_or_refused(
        "Drumming\n\nIf you walk in a spring wood you may hear a fast knocking high in the "
        "trees.\n\nDrumming is the term for that rapid knocking woodpeckers make on dead "
        "branches to claim a territory. Drumming is an onomatopoeic word because it sounds "
        "like what it names.\n"
    )
    asked = {prompt.casefold(): answer for prompt, answer in made.items()}
    assert asked["what is drumming?"].startswith("The rapid knocking woodpeckers make"), made


def test_a_condition_after_and_there_is_stays_in_the_definition() -> None:
    # 'Checkmate ... in which a player's king is in check ... and there is no possible
    # escape.' was cut before 'and there is', teaching check as checkmate.
    made = made_or_refused(
        "Gin (card game)\n\nGin is a hand in rummy in which every card belongs to a set or a "
        "run and there is no card left over.\n"
    )
    assert any(a.endswith("and there is no card left over.") for a in made.values()), made


def test_named_at_the_end_then_told_in_the_next_sentence() -> None:
    # 'Some bird species have what is technically called a supercilium. This is a stripe
    # which starts close to the back end of the bill, ...' gave no definition.
    made = made_or_refused(
        "Wattle\n\nSome birds have what is technically called a wattle. This is a flap of "
        "bare skin which hangs from the chin or the throat. It is often red.\n\nThe wattle "
        "is an important identification feature for turkeys and chickens.\n"
    )
    assert made["What is the wattle?"].startswith("A flap of bare skin which hangs"), made
    assert not [a for a in made.values() if a.startswith("An important identification")]


def test_a_gloss_after_a_dash_inside_a_sentence_defines_the_name_before_it() -> None:
    # 'Many songbird species have wingbars — one or more rows of markings across a bird's
    # folded wing.' was the page's definition; the page was refused.
    made = made_or_refused(
        "Eye rings\n\nSome warblers have eye rings — thin circles of pale feathers around "
        "the eye. They help tell look-alike species apart.\n"
    )
    assert made["What are eye rings?"].startswith("Thin circles of pale feathers around"), made


def test_a_page_opening_in_what_goes_on_in_its_concept_is_titled_by_it() -> None:
    # 'In back-rank mate, a rook or queen checkmates the king on the back-rank.' opened a
    # page with no title line; "The opponent's king is on the back-rank ..." further down
    # was taken for its definition and title.
    made = made_or_refused(
        "In stalemate, the side to move has no legal move and its king is not in check.\n\n"
        "The losing side often plays for stalemate when all else is lost.\n\nThe winning "
        "king is close by, with the queen controlling every square around the other king.\n"
    )
    assert made["What happens in stalemate?"].startswith("The side to move has no legal move")


def test_a_similar_idea_told_of_another_thing_names_no_page() -> None:
    # 'A similar idea in the game of chess occurs when a pawn reaches ...' titled a page on
    # crowning in checkers, asked 'What is a similar idea?'.
    made = made_or_refused(
        "When a checker reaches the far edge of the board it is crowned with a second "
        "checker and becomes a king.\n\nA similar idea in the game of chess occurs when a "
        "pawn reaches the last rank and becomes a queen.\n"
    )
    assert not [p for p in made if "similar idea" in p.lower()], made


def test_a_title_naming_its_other_name_in_brackets_and_a_contrast_first() -> None:
    # 'Tile Placement (or Tile Laying)' over 'In contrast to a the majority of board games,
    # a tile placement or tile laying game is a game that ...': no card.
    entry, made = deck(
        "Trick Taking (or Trick Play)\n\nIn contrast to most card games, a trick taking game "
        "is a game played in rounds where each player plays one card and the highest card "
        "wins the round.\n\nBridge and whist are the best known.\n"
    )
    assert entry.title == "Trick Taking" and "Trick Play" in entry.aliases
    assert made["What is a trick taking?"].startswith("A game played in rounds where"), made


def test_what_a_thing_is_applied_to_and_what_for_is_asked() -> None:
    # 'Interfacing is applied to the wrong side of the fabric, to give structure ...' was a
    # page's only sentence on what the thing is for; the page was refused.
    made = made_or_refused(
        "Primer\n\nPrimer is applied to bare wood before the paint, to seal the grain and "
        "help the paint stick. Two thin coats work better than one thick one.\n"
    )
    asked = {prompt.casefold(): answer for prompt, answer in made.items()}
    assert asked["what is primer used for?"] == "To seal the grain and help the paint stick."
    made = made_or_refused("Kettle\n\nA kettle is used to warm water for tea and soup.\n")
    assert made["What is a kettle used for?"] == "To warm water for tea and soup."


def test_a_title_after_the_kinds_it_is_one_of_and_its_use_said_later() -> None:
    # 'Sailing Knots – Figure 8' over 'Of all the sailing knots, the figure 8 is the
    # simplest to learn. ... The figure 8 or “stopper knot” as many sailors refer to it,
    # is used to prevent a line from slipping ...': refused.
    entry, made = deck(
        "Climbing Knots – Prusik\n\nOf all the climbing knots, the prusik is the easiest to "
        "tie with cold hands. It is also one of the handiest. The prusik or “friction "
        "hitch” as many climbers call it, is used to grip a rope so that it holds under "
        "load and slides when loose.\n\nWrap the loop three times round the rope.\n"
    )
    assert entry.title == "Prusik"
    assert made["What is the prusik used for?"] == (
        "To grip a rope so that it holds under load and slides when loose."
    ), made


def test_a_purpose_run_into_its_sentence_is_no_verb_gloss() -> None:
    # 'To bear off a stone the player must roll a number that ...' (the comma lost) was
    # asked 'What does it mean to Bearing Off?'.
    made = made_or_refused(
        "Castling Rules - Castling Long\n\nTo castle long the player must move the king two "
        "squares towards the rook on the queen's side.\n"
    )
    assert not [p for p in made if p.startswith("What does it mean to")], made


def test_an_answer_going_on_from_unshown_words_is_not_asked() -> None:
    # A 'people also ask' page: 'What muscles attach to the keel in birds?' -> 'But birds
    # lift their wings using a large muscle ...'; 'Where is the keel bone found in a
    # bird?' -> 'sternum A keel or carina ... is an extension of the sternum ...'.
    made = made_or_refused(
        "The crop is the thin-walled pouch in a bird's throat where food waits before it is "
        "digested. Seed eaters fill it fast and digest later in safety.\n\nWhat is the "
        "function of the crop in birds?\n\nThe crop lets a bird eat a lot quickly and then "
        "move to cover while it digests.\n\nWhat birds have a crop?\n\nBut pigeons and "
        "doves make a milk in theirs to feed their young.\n\nWhy do birds have a crop?\n\n"
        "A crop lets a bird gather food in the open quickly and digest it later where it is "
        "safe.\n\nWhere is the crop found in a bird?\n\nthroat The crop sits at the base "
        "of the neck, just above the breastbone.\n"
    )
    assert made["Why do birds have a crop?"].startswith("A crop lets a bird gather food")
    assert not [a for a in made.values() if a.startswith(("But ", "throat "))], made


def test_a_unit_is_defined_by_its_size_and_a_reason_keeps_its_because() -> None:
    # 'A nautical mile is 1,852 metres, 1.852 kilometres, 1.1508 miles, or 6,076 feet.'
    # gave no definition, and '... because of its convenience ...' was answered 'Of its
    # convenience ...'.
    made = made_or_refused(
        "Fathom\n\nA fathom is six feet, or 1.8288 metres, measured with the arms spread "
        "wide.\n\nThe fathom is used by sailors because of its ease when sounding depth by "
        "hand.\n"
    )
    assert made["What is a fathom?"].startswith("Six feet, or 1.8288 metres"), made
    assert not [a for a in made.values() if a.startswith("Of ")], made


def test_a_rule_is_asked_what_it_states() -> None:
    # 'In chess, the fifty move rule states that any player can claim a draw if ...' opened
    # a page with no title; it was refused.
    made = made_or_refused(
        "In tennis, the let rule states that a serve which clips the net and still lands in "
        "the right box is played again.\n\nThis article is a stub.\n"
    )
    asked = {prompt.casefold(): answer for prompt, answer in made.items()}
    assert asked["what does the let rule state?"].startswith("That a serve which clips"), made


def test_a_question_glued_to_its_answer_keeps_the_answer() -> None:
    # 'What is a stalemate in chess?When a player has no legal moves, ... This results in a
    # stalemate, provided ...': the words after the question were lost with it.
    made = made_or_refused(
        "What is a touchback in football?When the ball is downed in the end zone after a "
        "kick, play cannot go on from there. This results in a touchback, and the ball is "
        "placed at the 25-yard line.\n"
    )
    asked = {prompt.casefold(): answer for prompt, answer in made.items()}
    assert asked["what is a touchback in football?"].startswith(
        "When the ball is downed in the end zone"
    ), made


def test_a_major_setting_is_no_definition_and_its_field_asks_nothing_new() -> None:
    # 'Layer height is a major setting in the 3D printing world ...' answered 'What is
    # layer height in 3D printing?', beside 'What is layer height?' from the page's FAQ.
    made = made_or_refused(
        "Shutter Speed In Photography\n\nShutter speed is a major setting in the photography "
        "world and has a big effect on every picture. It is how long the sensor is open to "
        "light for one picture.\n\nWhat is shutter speed?\n\nShutter speed is the length of "
        "time the camera's shutter stays open.\n"
    )
    assert not [a for a in made.values() if a.startswith("A major setting")], made
    assert len([p for p in made if p.lower().startswith("what is shutter speed")]) == 1, made


def test_a_dictionary_head_line_above_its_gloss_is_left_out() -> None:
    # "What's a Raptor?" / "Rap-tor (rap'-tər) n." / '[Latin, from rapere, to seize]Any of
    # various birds of prey, ...': the head line was read as the page's first point, and
    # the gloss went unasked.
    made = made_or_refused(
        "What's a Heron?\n\nHer-on (her'-ən) n.\n[Old French hairon]Any of various long-legged "
        "wading birds with a long neck and a dagger-like bill.\nHerons stand still in "
        "shallow water for long spells.\n"
    )
    assert made["What is a heron?"].startswith("Any of various long-legged wading birds"), made


def test_what_a_word_means_in_a_field_titles_the_page_by_the_word() -> None:
    # 'What does “clutches” mean in relation to birds?' over 'The term “clutch” refers to
    # the number of eggs ...': the title was not read, and a later question titled the page.
    entry, made = deck(
        "What does “roosts” mean in relation to birds?\n\nThe term “roost” refers to the "
        "place where birds gather to sleep at night.\n\nWhat Is The Largest Roost?\n\nSome "
        "starling roosts hold a million birds.\n"
    )
    assert entry.title.casefold().startswith("roost"), entry.title
    assert any(a.startswith("The place where birds gather to sleep") for a in made.values())


def test_the_fields_of_a_record_of_one_thing_are_no_terms() -> None:
    # A timber merchant's walnut sheet ('AKA: ...', 'What: ...', 'Properties: Is a medium
    # density wood ...', 'Uses: Furniture, ...') was read as a glossary of three terms:
    # "What are Properties?", "What is workability?", "What are Uses?".
    made = made_or_refused(
        "AKA: sugar maple, rock maple\nWhat: Hardwood tree that grows up to 35 metres tall\n"
        "Where: Grows across eastern Canada and the north-east of the United States.\n"
        "Properties: Is a dense, hard wood with a fine, even grain. It is pale cream with a "
        "slight reddish tinge.\nWorkability: Blunts tools quickly but turns and glues well.\n"
        "Uses: Flooring, butcher blocks, bowling alleys and baseball bats.\n"
    )
    assert not [p for p in made if re.search(r"\b(?:properties|workability|uses)\b", p, re.I)]


def test_what_a_term_is_used_to_describe_is_what_the_thing_is() -> None:
    # 'The term KERF is used to describe the thickness of the cut a woodworking saw blade
    # makes ...' was asked 'What is kerf used for?' (WRONG: the word is used, not kerf).
    made = made_or_refused(
        "Woodworking Definition: Dado\n\nClose up of a router bit\nSome Photo Agency\n\nThe "
        "term  DADO is used to describe a flat-bottomed groove cut across the grain of a "
        "board. It is also sometimes used to describe the cutter that makes it\n\nFactors\n"
    )
    asked = {prompt.casefold(): answer for prompt, answer in made.items()}
    assert asked["what is dado?"] == "A flat-bottomed groove cut across the grain of a board."
    assert not [prompt for prompt in asked if prompt.endswith("used for?")], made


def test_how_hard_it_is_how_often_it_is_discussed_or_a_conclusion_is_no_definition() -> None:
    # Pottery and aquarium pages: 'Centring the clay is one of the more difficult concepts
    # to grasp as a beginner', 'Mechanical is generally the least often discussed',
    # 'Pinch pots are still made today by ...' and 'Pyrometric cones are therefore
    # valuable for ...' each answered 'What is X?'.
    remarks = {
        "Trimming": "Trimming is one of the more difficult skills to learn on the wheel.",
        "Bisque": "Bisque is generally the least talked about firing in a studio.",
        "Coil pots": "Coil pots are still made today by potters all over the world.",
        "Kiln sitters": "Kiln sitters are therefore useful for switching an old kiln off.",
    }
    for title, remark in remarks.items():
        made = made_or_refused(f"{title}\n\n{remark} Ask a teacher to show you.\n")
        assert not [
            a for a in made.values() if a.split()[0] in ("One", "Generally", "Still", "Therefore")
        ], made


def test_a_guide_title_names_what_it_guides_to() -> None:
    # 'Hang-on-Back Filter Guide' was asked 'What is Hang-on-Back Filter Guide?' and 'How
    # does Hang-on-Back Filter Guide work?'.
    made = made_or_refused(
        "Sponge Filter Guide\n\nHow sponge filters clean a small tank, and how to look after "
        "them.\n\nWhat it is\n\nA sponge (air-driven) filter is a block of foam that an air "
        "pump pulls tank water through, so that bacteria living in the foam can break down "
        "waste.\n\nHow it works\n\nBubbles rising in the lift tube drag water up with them, "
        "which draws more water in through the foam.\n"
    )
    assert "What is a sponge filter?" in made, made
    assert not [prompt for prompt in made if "Guide" in prompt], made


def test_a_question_heading_loses_the_word_that_tied_it_to_the_last() -> None:
    # 'Similarly, what is firing in art?' was the question, as the page's heading read.
    made = made_or_refused(
        "What is a kiln?\n\nA kiln is an insulated oven that fires clay hard.\n\nSimilarly, "
        "what is a bisque firing?\n\nA bisque firing is the first, lower firing that turns "
        "dry clay into porous pottery ready to glaze.\n"
    )
    assert made["What is a bisque firing?"].startswith("A bisque firing is the first"), made


def test_a_subject_pointing_back_at_the_gloss_names_no_page() -> None:
    # A page with no title: 'A clay body ... firing to a high temperature. The resultant
    # body is impervious to moisture ...' was asked 'What is the resultant body?'.
    made = made_or_refused(
        "A thin coat of melted silica and fluxes, fused to a pot in the kiln. The resulting "
        "layer is glassy and keeps liquids from soaking into the clay.\n"
    )
    assert not [prompt for prompt in made if "resulting" in prompt.lower()], made
    assert "Resulting layer" not in made.values(), made


def test_what_a_use_is_applied_to_stands_for_its_pronoun() -> None:
    # 'Kiln wash is applied to kiln shelves to protect them from glaze drips.' was asked
    # 'What is kiln wash used for?' -> 'To protect them from glaze drips.'
    made = made_or_refused(
        "Shelf primer\n\nShelf primer is applied to kiln posts to keep them from sticking to "
        "the shelves. On a primed post, drips come off without chipping it.\n"
    )
    assert made["What is a shelf primer used for?"] == (
        "To keep kiln posts from sticking to the shelves."
    ), made


def test_a_doing_titled_with_what_it_is_done_on_takes_no_article() -> None:
    # 'What is heeling on a sailboat?' / 'Heeling is the boat tipping ...' was asked
    # 'What is a heeling on a sailboat?'.
    made = made_or_refused(
        "What is reefing on a sailboat? - Sail Answers\n\nWhat is reefing on a sailboat?\n\n"
        "What is reefing? Reefing is the sailor making a sail smaller by rolling or tying "
        "part of it away, so the boat heels less in strong wind.\n\nWhy reef early?\n\nA "
        "sail reefed before a squall is easier to handle than one reefed during it.\n"
    )
    assert "What is reefing on a sailboat?" in made, made
    assert made["What is reefing on a sailboat?"].startswith("The sailor making a sail smaller")


def test_a_gloss_with_two_words_before_its_that_and_things_the_answer_named_itself() -> None:
    # 'Residual Sugar' / 'Natural grape sugar that remains in wine ...' was refused: a
    # gloss with two words before its 'that'; and 'It refers to the year of the grape
    # harvest ... from those harvested varietals' was dropped as pointing back.
    made = made_or_refused(
        "Cellar Dust\n\nFine grey mould that settles on bottles kept for years in a damp "
        "cellar. Collectors leave it on as proof of age.\n"
    )
    asked = {prompt.lower(): answer for prompt, answer in made.items()}
    assert asked["what is cellar dust?"].startswith("Fine grey mould that settles"), made
    entry = cards.parse(
        "# Cuvee\n\nThe name cuvee comes from the French word for a vat. It refers to a "
        "blend made from the best pressing and to the bottles filled from those pressed "
        "grapes.\n\nSome houses blend several years into one cuvee.\n",
        "cuvee.md",
    )
    made = {card.prompt: card.answer for card in cards.generate(entry, [])}
    assert made["What is cuvee?"].startswith("A blend made from the best pressing"), made


def test_the_cause_asked_of_what_the_page_spoke_of_titles_nothing() -> None:
    # A bee-disease page: 'The Disease:' / 'Chalkbrood kills ...' / 'What is the cause?' /
    # 'The cause is the fungus ...' was asked 'What is the cause?'.
    made = made_or_refused(
        "The Disease:\n\nSacbrood kills bee larvae just before they pupate, leaving them "
        "in a dry, boat-shaped skin.\n\nWhat is the cause?\n\nThe cause is a virus that "
        "nurse bees carry to the larvae in their food.\n\nWhat are the symptoms?\n\nThe "
        "symptoms are sunken, holed cappings over dead larvae.\n"
    )
    assert not [p for p in made if p.lower() in ("what is the cause?", "what is cause?")], made


def test_how_a_headword_is_said_in_brackets_is_no_part_of_its_name() -> None:
    # A grape's fact sheet headed 'Riesling [rees-ling]' was asked 'What is Riesling
    # [rees-ling]?'.
    made = made_or_refused(
        "Viognier [vee-ohn-yay]\nDefinition: A white grape from the northern Rhone, known "
        "for scents of peach and flowers.\nBest Climate: Warm\nNose: Apricot, honeysuckle.\n"
    )
    assert [p for p in made if p.lower() == "what is viognier?"], made
    assert not [p for p in made if "[" in p], made
    # (read as a glossary, its fields were terms: 'What is mouth?' -> 'Light to medium
    # body when dry.')
    sheet = (
        "Viognier [vee-ohn-yay]\nDefinition: A white grape from the northern Rhone, known "
        "for scents of peach and flowers.\nGrown primarily in: France and California\n"
        "Best Climate: Warm\nNose: Apricot, honeysuckle, violets.\nMouth: Full body, soft "
        "acidity when ripe.\n"
    )
    titles = [entry.title for entry in parse_entries(sheet, "viognier.txt")]
    assert titles == ["Viognier"], titles


def test_a_q_and_a_column_s_labels_are_no_words_of_its_cards() -> None:
    # 'Q: What is Botrytis?' / 'A: Botrytis Cinera, also known as "Noble Rot" is a form
    # of rot. ...' was asked 'A: Botrytis Cinera, also known as "____" is a form of rot.'
    made = made_or_refused(
        'Q: What is Batonnage?\n\nA: Batonnage, also known as "Lees Stirring" is a form of '
        "stirring. However, this stirring is done to the dead yeast in the barrel. "
        "Batonnage gives the wine a rounder, creamier feel.\n"
    )
    assert made, made
    assert not [card for card in made.items() if "A:" in " ".join(card)], made


def test_a_dictionary_head_says_which_language_and_that_is_no_part_of_the_name() -> None:
    # 'Meaning of pollen basket in English:' over its sense was titled 'Pollen basket in
    # English', and no card was made.
    made = made_or_refused(
        "Meaning of queen cup in English:\n\nqueen cup\n\n  • A wax cup, wider than a worker "
        "cell, that bees build on a comb's edge in case they need a new queen.\n"
    )
    assert made.get("What is a queen cup?", "").startswith("A wax cup, wider than"), made


def test_a_letters_words_then_a_comma_and_what_it_is_answers_the_letters() -> None:
    # 'What is TDS?' / 'Total dissolved solids, a measure of all ... in the tank water.'
    # gave no card: the words, then the gloss, with no verb between.
    made = made_or_refused(
        "What is GH?\n\nGeneral hardness, a measure of the calcium and magnesium carried in "
        "tank water. Hobbyists read it in degrees.\n\nWhy does GH matter?\n\nSnails need it "
        "to build their shells.\n"
    )
    assert made.get("What is GH?", "").startswith("A measure of the calcium and magnesium"), made
    assert made.get("What does GH stand for?") == "General hardness", made
    # (words its letters do not stand for are no name of it)
    assert definition_of("Water changes, a weekly chore for most keepers.", ("GH",)) is None


def test_a_part_of_speech_in_brackets_after_the_term_and_a_plural_pronoun() -> None:
    # 'Sponge filter: (n.) These are gentle filters that ...' and 'Protein skimmer: (n.)
    # Also called foam fractionators, protein skimmers are ...' gave no card.
    made = made_or_refused(
        "Canister filter: (n.) These are sealed filters that sit below the tank and push "
        "water through several trays of media. A hose brings the water back.\n"
    )
    assert made.get("What is a canister filter?", "").startswith("Sealed filters that sit"), made
    made = made_or_refused(
        "Wavemaker: (n.) Also called a powerhead, a wavemaker is a small pump that stirs "
        "the water of a reef tank so that corals get food.\n"
    )
    assert made.get("What is a wavemaker?", "").startswith("A small pump that stirs"), made
    # ('They are often moved ...' says what is done with them, not what they are)
    assert (
        definition_of(
            "They are often moved when the tank is cleaned.",
            ("Wavemaker",),
            pronoun=True,
            fragment=True,
        )
        is None
    )


def test_a_glossary_label_below_a_paragraph_of_advice_still_defines_the_page() -> None:
    # 'Photoperiod or Lighting Duration' / advice / 'Photoperiod: Refers to the number of
    # consecutive hours that light occurs in a day.' / 'A photoperiod of 10-12 hours is
    # considered the best ...' was refused, then asked 'What is a photoperiod?' ->
    # 'Considered the best for plant tanks ...'.
    made = made_or_refused(
        "Fallow Period or Resting Time\nMost keepers empty a tank of fish after an outbreak."
        "\n\nFallow period: Refers to the number of weeks a tank is left without fish so "
        "that parasites starve.\n\nA fallow period of 6 weeks is considered the best "
        "against white spot.\n"
    )
    asked = {prompt.lower(): answer for prompt, answer in made.items()}
    assert asked.get("what is a fallow period?", "").startswith("The number of weeks a"), made
    assert not [a for a in made.values() if a.startswith("Considered the best")], made


def test_a_composition_given_as_a_share_is_what_a_substance_is() -> None:
    # 'Bee bread is about 75% pollen mixed with nectar, honey and bee saliva.' was read as
    # what the page is about, and no card was made; the stuff is asked without 'a'.
    made = made_or_refused(
        "Royal Jelly\n\nWhat is Royal Jelly?\n\nRoyal jelly is about 60% water mixed with "
        "proteins and sugars that nurse bees secrete to feed young larvae and every queen.\n"
    )
    assert made.get("What is royal jelly?", "").startswith("About 60% water mixed"), made


def test_a_credit_in_brackets_before_the_definition_is_passed_over() -> None:
    # 'Natural Supersedure of Queens' / '(from: Khalil Hamdan)' / 'Supersedure, as it
    # relates to apiculture, is the bees' way of ...' gave no card.
    made = made_or_refused(
        "Spring Swarming in Colonies\n\n(from: a club newsletter)\nSwarming, as it relates "
        "to beekeeping, is how a colony splits in two: the old queen leaves with half the "
        "workers to found a new nest.\n\nIt happens most often in late spring.\n"
    )
    asked = {prompt.lower(): answer for prompt, answer in made.items()}
    assert asked.get("what is swarming?", "").startswith("How a colony splits in two"), made


def test_a_title_that_adds_the_stuff_it_is_asks_what_the_page_defines() -> None:
    # 'What is Stoneware Clay?' over 'Stoneware is a versatile and durable clay body ...'
    # was asked 'What does stoneware clay do?' -> 'Occupies the middle ground ...'.
    made = made_or_refused(
        "What is Earthenware Clay? A Beginner's Guide\n\nWhat is earthenware clay? As a "
        "teacher, I hear this question every week. Earthenware is a porous clay body fired "
        "at low temperatures, used for flowerpots and tiles.\n\nEarthenware clay occupies "
        "the soft end of the range of clays.\n"
    )
    assert made.get("What is earthenware clay?", "").startswith("A porous clay body"), made
    assert "What does earthenware clay do?" not in made, made


def test_one_of_the_oldest_of_a_kind_is_no_definition_nor_a_clue() -> None:
    # 'Undergravel filters are one of the oldest types of filters.' was asked as what
    # they are; 'Mancala is one of the oldest two-player strategy games in the world.' as
    # the clue of 'Which concept is ...?', which other old games fit as well.
    made = made_or_refused(
        "Sponge Filter\n\nSponge filters are one of the oldest types of filters. Sponge "
        "filters are cheap and safe for fry.\n"
    )
    assert not [a for a in made.values() if a.startswith("One of the oldest")], made
    made = made_or_refused(
        "Senet\n\nSenet is one of the oldest board games in the world. Senet is a race "
        "game of ancient Egypt in which two players move pieces along thirty squares.\n"
    )
    assert made.get("What is Senet?", "").startswith("A race game of ancient Egypt"), made
    assert not [p for p in made if "oldest" in p], made


def test_an_untitled_page_s_thing_said_again_by_its_kind_is_not_a_concept_of_its_own() -> None:
    # 'Cabernet Sauvignon is, along with Merlot, one of the world's most planted
    # dark-skinned grape varieties.' / 'The grape is a cross between ...' was asked 'What
    # is the grape?'; 'The oak was strong enough to withstand wear and tear ...' was asked
    # 'What is the oak?'.
    made = made_or_refused(
        "Gamay is, like Pinot Noir, a thin-skinned red grape variety grown mostly in "
        "Beaujolais.\n\nThe grape is an old cross between Pinot Noir and a white grape "
        "called Gouais Blanc.\n\nGamay wines are light, fruity and low in tannin.\n"
    )
    assert not [p for p in made if "the grape" in p.lower()], made
    assert made.get("What is Gamay?", "").startswith("A thin-skinned red grape variety"), made
    made = made_or_refused(
        "Chestnut has been used for wine casks for centuries. The chestnut was light enough "
        "to be rolled and moved, but tight enough to hold wine.\n\nChestnut casks give less "
        "flavour than oak ones.\n"
    )
    assert not [a for a in made.values() if a.startswith("Light enough")], made
    assert not [p for p in made if "enough to" in p], made  # (so are other woods)


def test_a_crumb_glued_to_a_schema_type_is_chrome_over_the_headword() -> None:
    # 'Beyond the SunDefinedTerm' / 'Deep-sky object' / 'Any celestial object outside ...'
    # was refused, its crumb taken for the title.
    made = made_or_refused(
        "Night Sky BasicsDefinedTerm\nDark nebula\nA cloud of cold dust that blocks the light "
        "of the stars behind it.\nSeen as a black patch against the Milky Way.\n"
    )
    assert made.get("What is a dark nebula?", "").startswith("A cloud of cold dust"), made


def test_praise_then_the_name_then_who_invented_it_and_what_it_is() -> None:
    # 'Benefits of Barlows' / 'One of the more useful ... tools ... is a barlow lens.
    # Invented in the early 1800s by ... Peter Barlow, it is a simple concave (negative)
    # lens that ...' was titled by a later 'A barlow lens is useful in several ways.' and
    # the opening dropped; no card said what it is.
    made = made_or_refused(
        "Benefits of Reducers\nOne of the handiest accessories for a camera on a "
        "telescope is a focal reducer. Designed in the 1980s for amateur imagers, it is a "
        "convex lens that shortens the telescope's focal length and widens the field.\n"
        "A focal reducer is useful in several ways. It brightens the image.\nA focal "
        "reducer also shortens exposures.\n"
    )
    assert made.get("What is a focal reducer?", "").startswith("A convex lens that"), made


def test_two_things_either_side_of_a_slash_are_not_one_concept() -> None:
    # 'What is the meaning of Right Ascension / Declination?' was asked 'What is Right
    # Ascension / Declination?' -> 'The equivalent of latitude.' (declination's alone).
    made = made_or_refused(
        "What is the meaning of Azimuth / Altitude?\n\nAzimuth is the compass direction of "
        "an object, measured from north. Altitude is the height of an object above the "
        "horizon, measured in degrees.\n"
    )
    assert not [p for p in made if "/" in p], made
    assert not [a for a in made.values() if a.startswith("The compass direction")], made


def test_the_answer_to_the_question_before_is_no_definition() -> None:
    # '... how is it possible to find a dim galaxy ...? Star hopping is the answer.' was
    # answered 'The answer. Star hopping is used whenever ...'.
    made = made_or_refused(
        "What is a red dot finder?\n\nHow do you point a telescope at a faint target? A "
        "red dot finder is the answer. A red dot finder is a window that shows a lit dot "
        "over the sky where the telescope points.\n"
    )
    assert not [a for a in made.values() if a.startswith("The answer")], made
    assert made.get("What is a red dot finder?", "").startswith("A window that shows"), made


def test_an_adverb_before_the_name_and_a_kind_s_bare_name() -> None:
    # 'Traditionally the finder, or finder-scope, is an important part of your telescope.
    # It is a small ... telescope ...' was asked 'What is a traditionally the finder?'; at
    # first 'This type of finder' also made the name bare, 'What is finder?'.
    made = made_or_refused(
        "Traditionally the dew shield, or dew cap, is an important part of any refractor. "
        "It is a tube that extends past the lens to slow the cooling that lets dew form on "
        "it.\n\nThis type of dew shield is cheap. A heated dew shield warms the lens.\n"
    )
    assert made.get("What is the dew shield?", "").startswith("A tube that extends"), made


def test_a_gloss_of_a_time_under_a_definition_heading_is_the_definition() -> None:
    # 'Definition of "opposition"' / 'The time when the Earth lies between a planet and
    # the Sun, ... Oppositions are the best opportunities for observing ...' was answered
    # with the second sentence.
    made = made_or_refused(
        'Definition of "conjunction"\n\nThe moment when two bodies share the same right '
        "ascension as seen from Earth. Conjunctions are good times to photograph two "
        "planets in one frame.\n"
    )
    asked = {p.lower(): a for p, a in made.items()}
    assert asked.get("what is a conjunction?", "").startswith("The moment when"), made


def test_a_sentence_turned_round_and_another_s_alternative_name_nothing() -> None:
    # 'Not only is it used when you cast on ...' titled a slip-knot page 'Not only' ('What
    # is a not only?'); 'An alternative is reverse stockinette stitch, ...' was asked
    # 'What is an alternative?'.
    made = made_or_refused(
        "Making a Long-Tail Cast On\n\nYou need a tail about three times the width of the "
        "piece.\n\nNot only is it used to start a scarf but it is handy for hats as well. "
        "It's a way to get a firm, stretchy first row.\n"
    )
    assert not [p for p in made if "not only" in p.lower()], made
    made = made_or_refused(
        "A basic knitting pattern where every row is knitted. The fabric shows ridges on "
        "both sides.\n\nAn alternative is the seed pattern, where knits and purls swap "
        "every stitch.\n\nGarter stitch lies flat and does not curl.\n"
    )
    assert "What is an alternative?" not in made, made


def test_a_blog_post_s_place_in_its_series_is_no_definition() -> None:
    # 'Knitting Tool Profiles: The Cable Needle' / 'This is the second post in a year-long
    # series.' was asked 'What are Knitting Tool Profiles?'; the page's 'What is it?' /
    # 'A cable needle is generally a short needle ...' gave no card.
    made = made_or_refused(
        "Tuesday, March 3, 2015\n\nSpinning Tool Profiles: The Niddy Noddy\n\nThis is the "
        "third post in a year-long series. A new one comes out every month.\n\nWhat is it?\n"
        "A niddy noddy is a hand reel shaped like an I with its ends turned, used to wind "
        "spun yarn into a skein.\n"
    )
    assert made.get("What is a niddy noddy?", "").startswith("A hand reel shaped"), made
    assert not [a for a in made.values() if "post in a" in a], made
    # (right under a title, 'This is ...' says what the titled thing is, but not so)
    said = "This is the third post in a year-long series."
    assert definition_of(said, ("Spinning Tool Profiles",), pronoun=True) is None


def test_how_best_to_work_it_and_its_rank_among_patterns_are_no_definitions() -> None:
    # 'What is Moss Stitch?' -> 'Easiest worked over an even number of stitches.'; 'What
    # is a garter stitch?' -> 'The easiest in the plethora of all knitting stitch
    # patterns that you can imagine.'
    made = made_or_refused(
        "Rib Stitch\n\nWhat is it?\n\nRib stitch is easiest worked over a multiple of four "
        "stitches.\n\nRow 1: Knit 2, Purl 2; repeat.\n"
    )
    assert not [a for a in made.values() if a.startswith("Easiest")], made
    made = made_or_refused(
        "How to knit Seed Stitch\n\nWhat is a seed stitch? It is the simplest in the whole "
        "family of textured stitches. You knit one and purl one, then swap on the next row.\n"
    )
    assert not [a for a in made.values() if a.startswith("The simplest in")], made


def test_praise_of_a_tool_and_a_craft_s_age_are_no_clues() -> None:
    # 'Which concept is an extremely useful tool to have in your knitting or crochet
    # toolkit?' (stitch marker) and 'Which concept is a craft that has been around for
    # centuries?' (knitting): other tools and crafts fit as well.
    made = made_or_refused(
        "Row Counter\n\nA row counter is an extremely useful tool to have in your knitting "
        "bag. A row counter is a small dial that you click at the end of every row.\n"
    )
    assert not [p for p in made if "useful tool" in p], made
    made = made_or_refused(
        "Weaving\n\nWeaving is a craft that has been around for centuries. Weaving is the "
        "making of cloth by passing threads over and under each other on a loom.\n"
    )
    assert not [p for p in made if "around for centuries" in p], made


def test_a_title_that_names_what_its_concept_is_on_is_defined_by_its_bare_name() -> None:
    # 'What is a dye lot on yarn and why does it matter?' over 'The dye lot is a number
    # stamped on the label ...' gave no card.
    made = made_or_refused(
        "What is a batch code on coffee and why does it matter?\n\nThe batch code is a "
        "number printed on the bag of coffee which tells which bags were roasted together."
        "\n\nIf you buy two bags for one recipe, look for matching batch codes.\n"
    )
    assert made.get("What is a batch code on coffee?", "").startswith("A number printed"), made
