"""Pages that compare two things without saying what either one is.

'Compiler vs interpreter' pages often define neither side; what they say is which side
does what. Each page here is our own, in the shape of a real one from the corpus
(bench/corpus/SOURCES.tsv, web2/): what is asserted is what a learner is asked.
"""

from __future__ import annotations

import pytest

import cards
from cards.model import Answering, CardKind, ParseError
from cards.parsing import parse, parse_entries
from tests.asked import asked_of


def deck(text: str, file: str = "page.txt") -> tuple[cards.Entry, list[cards.Card]]:
    entry = parse(text, file)
    return entry, cards.generate(entry, [])


# No title line; the pair named in the opening sentence; '»' points that set the two
# side by side (the shape of a notes site's 'compiler vs interpreter').
POINTS = (
    "Arrays and linked lists both hold a sequence of values; however, they store them "
    "differently. The key differences between an array and a linked list are as follows:\n"
    "» An array keeps its values side by side in one block of memory. A linked list "
    "keeps each value in a node of its own.\n"
    "» A linked list grows one node at a time, while an array is copied whole to grow.\n"
    "» A linked list is slower than an array when a value is read by its position.\n"
    "» A linked list can hold a value of any size in each of its nodes.\n"
    "» This layout also decides which of the two suits a program.\n"
)


def test_a_sentence_about_one_side_asks_which_of_the_two() -> None:
    entry, made = deck(POINTS)
    asked = {card.prompt: card for card in made}
    card = asked[
        "Which keeps its values side by side in one block of memory: array or linked list?"
    ]
    assert card.answer == "Array"
    assert card.options == ("Array", "Linked list")
    assert card.answering is Answering.CHOICE
    grows = asked["Which grows one node at a time: array or linked list?"]
    assert grows.answer == "Linked list"
    # Before, the page was refused: it has no title line and defines neither side.
    assert entry.title == "Array vs linked list"


def test_the_other_sides_half_of_a_point_is_not_asked_again() -> None:
    # 'A linked list keeps each value in a node of its own' mirrors the array's half of
    # the same point: asking both asks one fact twice (a blind judge's DUPLICATE).
    _, made = deck(POINTS)
    assert not any("node of its own" in card.prompt for card in made)
    # The sides take turns, so the right option is not always the first.
    assert [card.answer for card in made] == ["Array", "Linked list"]


def test_a_sentence_naming_both_sides_pointing_back_or_alone_is_not_asked() -> None:
    _, made = deck(POINTS)
    prompts = " ".join(card.prompt for card in made)
    assert "slower" not in prompts  # 'slower than an array': the other side is in it
    assert "layout" not in prompts  # 'This layout ...' leans on the sentence before
    # Said of one side where the other is not named: an array may do it too (a blind
    # judge's AMBIGUOUS, 'Which solve the problem of HTTP's stateless nature?').
    assert "any size" not in prompts


def test_the_pair_is_never_asked_as_if_it_were_one_concept() -> None:
    _, made = deck(POINTS)
    assert made
    for card in made:
        assert card.prompt.startswith("Which ")
        assert card.prompt.endswith(": array or linked list?")


def test_a_plural_subject_asks_with_both_sides_in_the_plural() -> None:
    _, made = deck(
        "Processes vs threads\n\n"
        "Processes and threads both let a program do several things at once.\n\n"
        "Threads have almost no start-up cost; processes need a copy of their parent.\n\n"
        "Threads share one heap, while processes keep their memory apart from each other.\n"
    )
    asked = {card.prompt: card for card in made}
    # Each point's two halves are mirrors: the first point asks its first side's half
    # (processes, as the title orders them), the next point the other side's.
    card = asked["Which need a copy of their parent: processes or threads?"]
    assert (card.answer, card.options) == ("Processes", ("Processes", "Threads"))
    assert asked["Which share one heap: processes or threads?"].answer == "Threads"
    assert len(made) == 2


# A heading per side with its expansion (one with a stray full stop), and lettered
# 'Quality - what it means' points under each (the shape of a course's 'TCP vs UDP').
SIDES = (
    "Polling vs push\n"
    "Polling and push are two ways for a client to hear of new data, with real trade-offs:\n"
    "Polling (Client Pull)\n"
    "a. Stateless - the server answers each request and forgets it; any server can take "
    "the next one.\n"
    "b. Wasteful - most requests come back with nothing new, yet each costs a round trip.\n"
    "Push (Server Push).\n"
    "a. Stateful - the server must remember every client that is listening.\n"
    "b. Instant - news reaches the client the moment it exists, with no waiting for a timer.\n"
)


def test_the_qualities_under_each_sides_heading_are_asked_of_that_side() -> None:
    _, made = deck(SIDES)
    asked = {card.prompt: card.answer for card in made}
    # 'Stateful' is the other side of 'stateless': asked once.
    assert asked["Which is stateless: polling or push?"] == "Polling"
    assert "Which is stateful: polling or push?" not in asked
    # Both sides list two qualities: 'b.' under each is one point (a judge counted
    # 'Which is wasteful?' beside 'Which is instant?' as one question asked twice),
    # asked of the other side this time.
    assert asked["Which is instant: polling or push?"] == "Push"
    assert "Which is wasteful: polling or push?" not in asked


def _stores(*extra: str) -> str:
    """'Tables vs documents' with one quality under each side, and `extra` lines after."""
    return (
        "Tables vs documents\n"
        "Two ways to keep data, with real trade-offs:\n"
        "Tables (Relational Stores)\n"
        "a. Structured - every row follows the table's fixed columns.\n"
        "Documents (JSON Stores)\n"
        "a. Flexible - each document may carry fields of its own.\n" + "".join(extra)
    )


def test_qualities_listed_in_parallel_are_one_point_even_when_not_opposites() -> None:
    # 'Structured' and 'Flexible' are no negation of each other; the page lists them
    # first under each side, as the two halves of one point.
    _, made = deck(_stores("b. Nested - a document holds its related data inside itself.\n"))
    asked = {card.prompt: card.answer for card in made if card.prompt.startswith("Which")}
    # One quality on one side, two on the other: nothing pairs them by place.
    assert set(asked) == {
        "Which is structured: table or document?",
        "Which is flexible: table or document?",
        "Which is nested: table or document?",
    }
    _, made = deck(_stores())
    asked = {card.prompt: card.answer for card in made if card.prompt.startswith("Which")}
    assert asked == {"Which is structured: table or document?": "Table"}


def test_a_term_named_a_and_b_that_says_nothing_of_either_alone_keeps_its_cards() -> None:
    _, made = deck(
        "# Backup and restore\n\n"
        "Backup and restore is the practice of copying data so that it can be put back "
        "after it is lost.\n",
        "backup.md",
    )
    first = made[0]
    assert first.kind is CardKind.DEFINITION
    assert (
        first.answer == "The practice of copying data so that it can be put back after it is lost."
    )


def test_abbreviations_and_the_halves_of_while_take_turns() -> None:
    # 'HTTP sends data as plain text, while HTTPS encrypts it' (a new user's page): HTTPS
    # was read as the plural of HTTP, the pair as one name, and the page refused.
    entry, made = deck(
        "FTP and SFTP both move files between machines; the key differences between FTP "
        "and SFTP are as follows:\n\n"
        "» FTP sends passwords as plain text, while SFTP encrypts the whole session.\n"
        "» FTP opens a second connection for the data, while SFTP uses one connection for "
        "everything.\n"
        "» Old browsers opened FTP links themselves, while SFTP links need a program.\n"
    )
    assert entry.title == "FTP vs SFTP"
    asked = {card.prompt: card.answer for card in made}
    assert asked == {
        "Which sends passwords as plain text: FTP or SFTP?": "FTP",
        "Which uses one connection for everything: FTP or SFTP?": "SFTP",
    }  # ('Old browsers ...': the subject of its second half is 'SFTP links', not SFTP)


def monolith_vs_microservices(first: str, second: str) -> str:
    """A comparison with a blank line before each side's heading and two qualities under
    each, their points marked `first` and `second` ('a.' and 'b.', or bullets)."""
    return (
        "Monolith vs microservices\n\n"
        "Monolith (One Deployable)\n"
        f"{first} Centralized - one codebase, one build and one deploy for everything.\n"
        f"{second} Coupled - a change anywhere means shipping the whole thing again.\n\n"
        "Microservices (Many Small Services)\n"
        f"{first} Independent - each service ships on a schedule of its own.\n"
        f"{second} Distributed - calls cross the network, where they can fail.\n"
    )


def test_a_page_with_blank_lines_between_its_sides_is_read_by_its_headings() -> None:
    # 'SQL vs NoSQL' with a blank line before each side's heading: the page layout took
    # the first side's block for the page's tagline and gave no card.
    _, made = deck(monolith_vs_microservices("a.", "b."))
    asked = {card.prompt: card.answer for card in made}
    assert asked["Which is centralized: monolith or microservices?"] == "Monolith"
    assert asked["Which is distributed: monolith or microservices?"] == "Microservices"


def test_a_split_comparison_asks_each_point_once_in_the_entry_of_its_answer() -> None:
    # A note that defines both sides is split into an entry for each; its points ('A
    # stack hands back the newest item first, while a queue ...') gave no card.
    entries = parse_entries(
        "# Array vs set\n\n"
        "- An array is an ordered collection, while a set is an unordered collection of "
        "distinct values.\n"
        "- An array keeps duplicate values, while a set keeps each value only once.\n"
        "- An array is looked up by position, while a set is looked up by value.\n",
        "array-vs-set.md",
    )
    assert [entry.title for entry in entries] == ["Array", "Set"]
    array, set_ = ({c.prompt: c for c in cards.generate(e, entries)} for e in entries)
    keeps = array["Which keeps duplicate values: array or set?"]
    assert (keeps.answer, keeps.options) == ("Array", ("Array", "Set"))
    assert set_["Which is looked up by value: array or set?"].answer == "Set"
    # Each point is asked once between the two entries: its other half in neither (a
    # blind judge counted the two halves, one in each entry, as one question twice);
    # the point that defines both sides is left to their 'What is X?' cards.
    asked = {**array, **set_}
    assert "Which keeps each value only once: array or set?" not in asked
    assert "Which is looked up by position: array or set?" not in asked
    assert not any("collection" in prompt for prompt in asked if prompt.startswith("Which"))
    # Each side's definition card is still there.
    assert "What is an array?" in array


def test_the_qualities_of_each_side_are_not_read_as_a_glossary_of_terms() -> None:
    # '• Structured - tables with a fixed schema' under 'SQL (Structured Query Language)'
    # made five made-up terms ('What is Structured?'), the other side's points dropped.
    entries = parse_entries(monolith_vs_microservices("•", "•"), "page.txt")
    assert [entry.title for entry in entries] == ["Monolith vs microservices"]
    asked = {card.prompt: card.answer for card in cards.generate(entries[0], [])}
    assert asked["Which is distributed: monolith or microservices?"] == "Microservices"


def test_a_point_s_halves_pair_up_in_a_paragraph_of_many_points() -> None:
    # In Markdown the '»' lines run together into one paragraph; 'HTTPS uses port 443'
    # was paired with the first point's half and its card dropped, and an option that
    # is a name the page gives (HTTP) counted as a name of the answer.
    made = {
        card.prompt: card.answer
        for card in cards.generate(
            parse(
                "# FTP vs SFTP\n\n"
                "FTP (File Transfer Protocol) is the old way to move files between machines.\n\n"
                "» FTP sends passwords as plain text, while SFTP hides them.\n"
                "» FTP listens on port 21, while SFTP listens on port 22.\n"
                "» FTP needs a second connection for data, while SFTP needs only one.\n",
                "ftp.md",
            ),
            [],
        )
    }
    assert made == {
        "Which sends passwords as plain text: FTP or SFTP?": "FTP",
        "Which listens on port 22: FTP or SFTP?": "SFTP",
        "Which needs a second connection for data: FTP or SFTP?": "FTP",
    }


def test_a_side_heading_that_spells_out_its_name_asks_what_it_stands_for() -> None:
    # 'SQL (Structured Query Language)' over its points: 'Not even "What does SQL stand
    # for?"', said the new user; it is what a 'TCP vs UDP' page is asked first.
    _, made = deck(
        "FTP vs SFTP\n"
        "FTP and SFTP both move files between machines, with real trade-offs:\n"
        "FTP (File Transfer Protocol)\n"
        "a. Unencrypted - passwords and files cross the network as they are.\n"
        "SFTP (SSH File Transfer Protocol).\n"
        "a. Encrypted - everything travels inside an SSH session.\n"
        "NFS (Not For Sale)\n"
        "a. Unrelated - a heading that names neither side is not asked.\n"
    )
    asked = {card.prompt: card.answer for card in made}
    assert asked["What does FTP stand for?"] == "File Transfer Protocol"
    assert asked["What does SFTP stand for?"] == "SSH File Transfer Protocol"
    assert "What does NFS stand for?" not in asked
    assert [card.prompt for card in made][:2] == [
        "What does FTP stand for?",
        "What does SFTP stand for?",
    ]


def test_a_contrast_under_the_title_is_the_page_s_point_not_its_tagline() -> None:
    # 'A primary key uniquely identifies a row in its own table, while a foreign key
    # points to a related row in another table.' under 'Primary key vs foreign key', then
    # '- Primary key is table identity': the page became 'What is a primary key?' ->
    # 'Table identity.', the contrast and the other side lost.
    entries = parse_entries(
        "Process vs thread\n"
        "A process normally owns its own memory, while a thread shares memory with its "
        "siblings inside one program.\n"
        "- Process is program identity\n"
        "- Thread creates concurrency\n",
        "page.txt",
    )
    assert [entry.title for entry in entries] == ["Process vs thread"]
    asked = {card.prompt: card.answer for card in cards.generate(entries[0], [])}
    assert asked == {"Which normally owns its own memory: process or thread?": "Process"}


def test_the_pages_own_statement_of_the_difference_is_asked() -> None:
    # The shape of an identity vendor's 'RBAC vs ABAC' page: two definitions, then
    # 'Overall, the main difference between RBAC and ABAC is that ...'.
    made = asked_of(
        "Role-based vs attribute-based access control\n\n"
        "RBAC is a way of granting access in which each user holds roles and each role "
        "carries permissions.\n\n"
        "ABAC is a way of granting access in which rules weigh attributes of the user, the "
        "resource and the moment of the request.\n\n"
        "Overall, the main difference between RBAC and ABAC is that RBAC decides by the "
        "roles a user holds, while ABAC decides by attributes of the user and the resource.\n"
    )
    assert made["What is the main difference between RBAC and ABAC?"] == (
        "RBAC decides by the roles a user holds, while ABAC decides by attributes of the "
        "user and the resource."
    ), made


def test_a_split_comparison_asks_the_difference_once_naming_the_pair_from_its_title() -> None:
    # The shape of a storage blog's 'IoC vs IoA': each side defined under its heading,
    # then 'One key difference between the two is that ...'. The page becomes an entry
    # per side; the difference is asked once, of the pair the title names.
    made = asked_of(
        "Latency vs Throughput\n\n"
        "Latency\n\n"
        "Latency is the time a single request takes from being sent to its answer coming "
        "back.\n\n"
        "Throughput\n\n"
        "Throughput is the number of requests a system completes in a given span of time.\n\n"
        "One key difference between the two is that latency is measured per request, "
        "whereas throughput is measured over many requests at once.\n"
    )
    asked = [prompt for prompt in made if "difference" in prompt]
    assert asked == ["What is one key difference between Latency and Throughput?"], made
    assert made[asked[0]].startswith("Latency is measured per request, whereas"), made


def test_a_difference_only_named_or_judged_is_not_asked() -> None:
    # 'lies in their scope' says where the two differ, not how; 'is simple' judges it;
    # a colon at the end hands the answer to a list the card would not show.
    for sentence in (
        "The primary difference between a library and a framework lies in their scope.",
        "The main difference between a library and a framework is simple.",
        "The main difference between a library and a framework is as follows:",
    ):
        made = asked_of(
            "Library vs framework\n\n"
            "A library is code your program calls when it wants a job done.\n\n"
            "A framework is code that calls your program at the points it leaves open.\n\n"
            f"{sentence}\n"
        )
        assert not [prompt for prompt in made if "difference" in prompt], (sentence, made)


def _entries_and_cards(text: str) -> dict[str, dict[str, str]]:
    """Each entry a page gives, by title, with its cards (prompt -> answer)."""
    entries = parse_entries(text, "page.txt")
    return {
        entry.title: {card.prompt: card.answer for card in cards.generate(entry, entries)}
        for entry in entries
    }


def test_when_the_half_to_ask_names_its_side_the_other_half_is_asked() -> None:
    # 'Compression writes ... in a compressed form' gives 'Compression' away; its mirror
    # does not (the shape of a Q&A site's 'classification vs regression', which gave no
    # card).
    _, made = deck(
        "What is compression vs encryption?\n\n"
        "Compression writes a file in a compressed form that takes less space. Encryption "
        "scrambles a file so that only the holder of a key can read its text.\n"
    )
    asked = {card.prompt: card.answer for card in made}
    assert asked == {
        "Which scrambles a file so that only the holder of a key can read its text: compression or"
        " encryption?": "Encryption"
    }


# Points under a label of their topic, sides named with the kind they are ('Standby
# mode'), a turn to the other side mid-sentence, and a summary that defines both after
# 'In short,' and 'On the other hand,' (the shape of a comparison site's 'Hibernate vs
# Sleep' and 'Deadlock vs Starvation').
MODES = (
    "What is the Difference Between Standby and Shutdown?\n\n"
    "Standby and shutdown are two ways to stop using a computer for a while.\n\n"
    "  1. Power Draw: Standby mode draws more power than shutdown mode.\n"
    "  2. Waking Up: Standby mode wakes in a second or two. Shutdown mode, on the other "
    "hand, makes the machine boot from the start.\n\n"
    "Standby:\n\n"
    "  1. Keeps every open program in memory while the screen is off.\n"
    "  2. Memory is kept powered the whole time.\n\n"
    "Shutdown:\n\n"
    "  1. Closes every program and cuts the power to the memory.\n"
    "  2. Nothing is left running.\n\n"
    "In short, standby is a low-power state that holds the session in memory while "
    "waiting for a key press. On the other hand, shutdown is a state in which the "
    "machine is off and holds nothing.\n"
)


def test_a_summary_turning_to_the_other_side_defines_both() -> None:
    made = _entries_and_cards(MODES)
    assert set(made) == {"Standby", "Shutdown"}
    # 'while waiting for a key press' goes on with standby: no clause of the other side
    assert made["Standby"]["What is standby?"] == (
        "A low-power state that holds the session in memory while waiting for a key press."
    )
    assert made["Shutdown"]["What is shutdown?"] == (
        "A state in which the machine is off and holds nothing."
    )


def test_points_under_a_sides_heading_that_say_what_it_does_are_asked() -> None:
    made = _entries_and_cards(MODES)
    asked = {**made["Standby"], **made["Shutdown"]}
    # 'Keeps every open program ...' under 'Standby:' says what standby does; the two
    # first points are one point, asked once ('Memory is kept ...' has its own subject)
    assert asked["Which keeps every open program in memory: standby or shutdown?"] == "Standby"
    assert not [prompt for prompt in asked if "closes every program" in prompt]
    assert not [prompt for prompt in asked if "memory is kept" in prompt.casefold()]


def test_a_comparative_with_the_other_side_asks_which_of_the_two() -> None:
    made = _entries_and_cards(MODES)
    asked = {**made["Standby"], **made["Shutdown"]}
    # 'Power Draw: Standby mode draws more power than shutdown mode.'
    assert asked["Which draws more power: standby or shutdown?"] == "Standby"
    # 'Shutdown mode, on the other hand, makes ...' is said of shutdown all the same;
    # it mirrors the standby half of its point, and the turn is shutdown's.
    assert asked["Which makes the machine boot from the start: standby or shutdown?"] == (
        "Shutdown"
    )


def test_a_sides_name_as_a_label_over_its_definition_is_left_out() -> None:
    made = _entries_and_cards(
        "What is the difference between CLI and GUI?\n\n"
        "Put simply, the difference is given below:\n"
        "  • CLI - A command-line interface (CLI) is a way to run a program by typing "
        "commands.\n"
        "  • GUI - A graphical user interface (GUI) is a way to run a program by pointing "
        "at windows and icons.\n"
    )
    assert made["CLI"]["What is CLI?"] == "A way to run a program by typing commands."
    assert made["GUI"]["What does GUI stand for?"] == "Graphical user interface"


def test_a_lower_case_title_is_read_in_the_capitals_the_page_writes() -> None:
    # 'ftp and ftps' in the title; the page says FTP and FTPS, and FTPS is no plural.
    made = _entries_and_cards(
        "what is the difference between ftp and ftps\n\n"
        "Answer:\n"
        "1. What is FTP?\n"
        "- FTP is the old protocol for moving files between a client and a server.\n"
        "- It sends passwords as plain text.\n"
        "2. What is FTPS?\n"
        "- FTPS is the same protocol with its connection wrapped in TLS.\n"
    )
    assert made["FTP"]["What is FTP?"] == (
        "The old protocol for moving files between a client and a server."
    )
    assert made["FTPS"]["What is FTPS?"] == "The same protocol with its connection wrapped in TLS."


def test_points_in_parallel_under_each_sides_heading_are_one_point_each() -> None:
    # 'Vector and raster images': 'raster images' is said once; 'raster' all through
    # the points. Under each heading the points match by place: the second point of
    # each is one point, asked once.
    _, made = deck(
        "What is the difference between vector and raster images?\n\n"
        "Here is how the two kinds of picture differ:\n\n"
        "Vector (Paths)\n\n"
        "  • Drawn from Shapes: Vector is a picture made of lines and curves.\n"
        "  • Sharp at any Size: Vector stays crisp however far you zoom in.\n\n"
        "Raster (Pixels)\n\n"
        "  • Drawn from Dots: Raster is a picture made of a grid of coloured dots.\n"
        "  • Blurry when Enlarged: Raster turns blocky as you zoom in.\n"
    )
    asked = {card.prompt: card.answer for card in made}
    assert asked == {
        "Which is a picture made of lines and curves: vector or raster?": "Vector",
        "Which turns blocky as you zoom in: vector or raster?": "Raster",
    }, asked


def test_what_a_side_is_known_for_is_no_definition_of_it() -> None:
    made = _entries_and_cards(
        "Vim vs Emacs\n\n"
        "Vim is a text editor that works in modes, one for typing and one for commands. "
        "In short, Emacs is known for its endless extensions.\n"
    )
    assert "What is Emacs?" not in {p for deck_ in made.values() for p in deck_}


# Each side's name on a line of its own, the rest of its sentence in the paragraph under
# it ('means that ...'), as a page quoting a manual's term list sets them (the shape of
# web117/tarikbilla-exactly-once-vs-at-least-once.txt).
TERM_OVER_ITS_SENTENCE = (
    "Difference between write-through and write-back caching\n\n"
    "The definitions below follow the vendor's manual.\n\n"
    "write-through caching\n\n"
    "means that every write goes to the cache and to the backing store together\n"
    "in one step. Put simply, the store is never behind the cache.\n\n"
    "write-back caching\n\n"
    "means that a write lands in the cache first and reaches the backing\n"
    "store only when the cached block is evicted. Put simply, a crash can lose\n"
    "recent writes.\n\n"
    "The first one is slower on writes because each one waits for the store.\n"
)


def test_a_term_over_the_rest_of_its_sentence_is_that_sentences_subject() -> None:
    _, made = deck(TERM_OVER_ITS_SENTENCE)
    answers = {card.prompt: card.answer for card in made}
    assert answers == {
        "Which means that every write goes to the cache and to the backing store together "
        "in one step: write-through caching or write-back caching?": "Write-through caching",
        "Which means that a write lands in the cache first and reaches the backing store "
        "only when the cached block is evicted: write-through caching or write-back "
        "caching?": "Write-back caching",
    }
    # each card points at the line its sentence's verb is on
    assert sorted(card.source.line for card in made) == [7, 12]


def test_a_paragraph_of_one_side_alone_is_not_asked_as_a_choice() -> None:
    # Only one side has a paragraph of its own: nothing sets the two side by side.
    one_sided = TERM_OVER_ITS_SENTENCE.split("write-back caching\n\n")[0]
    with pytest.raises(ParseError, match="no section a card can be made from"):
        deck(one_sided)


def test_a_picture_before_a_comparisons_title_is_no_part_of_either_side() -> None:
    # '🆚 JSON vs XML', its emoji's bytes misread in the copy ('πŸ†š'), over
    # 'What is JSON?' and 'What is XML?' headed the same way: asked 'What is 🆚 JSON?' (the
    # shape of web113/houselearning-json-vs-xml.txt).
    garbled = "\u03c0\u0178"  # the first two bytes of an emoji, read as Windows-1253
    page = (
        f"{garbled}\u2020\u0161 Polling vs Webhooks\n\n"
        "Both polling and webhooks keep one system up to date with another, but they work "
        "the other way round.\n\n"
        f"{garbled}\u201c\u00a6 What is polling?\n\n"
        "Polling (Periodic Status Check) is a simple way to learn about changes by asking a "
        "server again and again.\n\n"
        f"{garbled}\u201c\u0153 What are webhooks?\n\n"
        "Webhooks (HTTP Callbacks) send a request to the client as soon as something "
        "changes. They need a public address.\n"
    )
    titles = [entry.title for entry in parse_entries(page, "page.txt")]
    assert titles == ["Polling", "Webhooks"], titles


def test_a_sides_point_may_say_it_of_a_thing_it_named_before() -> None:
    # Each side headed by its name, its point a sentence whose 'it' is the file it named
    # first (the shape of web115/vuongvu-async-vs-defer.txt): 'it' was read as pointing
    # outside the sentence, so neither side had a claim and the page was refused.
    page = (
        "preload vs prefetch hints\n"
        "May 2, 2025\n"
        "No hint\n"
        "The browser finds a font only when it reads the stylesheet that asks for it, so "
        "the font arrives late.\n"
        "Preload\n"
        "preload fetches the file early and keeps it ready for the page that is loading now.\n"
        "Prefetch\n"
        "prefetch fetches the file when the network is idle and keeps it for the next page "
        "the reader may open.\n"
    )
    _, made = deck(page)
    answers = {card.prompt: card.answer for card in made}
    assert answers == {
        "Which fetches the file early and keeps it ready for the page that is loading now: "
        "preload or prefetch?": "Preload",
        "Which fetches the file when the network is idle and keeps it for the next page the "
        "reader may open: preload or prefetch?": "Prefetch",
    }


def test_a_pronoun_past_a_colon_is_not_what_a_side_is() -> None:
    # 'A reverse proxy is a receptionist: it greets visitors ...' (web110/grokdatum-
    # reverse-proxy-vs-load-balancer.txt) says what the side is like, and its 'it' is the
    # side's own: no card asks which side 'is a receptionist: it greets ...'.
    page = (
        "Router vs Switch\n\n"
        "Picture it\n\n"
        "A router is a doorman: it decides which building a visitor goes to next. A switch "
        "is a mail room: it hands each letter to the desk it names.\n\n"
        "What each does\n\n"
        "A router joins separate networks and picks a path between them. A switch joins "
        "the devices of one network.\n"
    )
    _, made = deck(page)
    assert made, "the page's other points are still asked"
    assert not any("doorman" in card.prompt or "mail room" in card.prompt for card in made)


def test_an_examples_figures_are_no_point_of_either_side() -> None:
    # 'Example: SLA guarantees 99.9% availability (8.7 hours downtime/year). Internal SLO
    # is set at 99.95% ...' (web118/duckkit-sla-vs-slo.txt) was asked 'Which guarantees
    # 99.9% availability ...: SLA or SLO?': one case's numbers, not what an SLA is.
    page = (
        "RTO and RPO (recovery time vs recovery point)\n"
        "An RTO (Recovery Time Objective) is the longest a service may stay down after a "
        "failure before the harm is too great. An RPO (Recovery Point Objective) is the most "
        "recent moment whose data must survive a failure, which sets how often backups run.\n"
        "Formula\n"
        "Example: RTO allows 4 hours of downtime per incident. RPO is set at 15 minutes of "
        "lost writes. The two are planned together.\n"
        "Common mistakes\n"
        "- Treating RPO as a backup schedule alone: it is a promise about lost data.\n"
    )
    made = [card for entry in parse_entries(page, "page.txt") for card in cards.generate(entry)]
    assert made, "the definitions are still asked"
    assert not any("4 hours" in card.prompt for card in made)


def test_a_label_before_a_comparisons_title_is_no_part_of_its_name() -> None:
    # 'Full Explanation : Difference Between Firewall and WAF' (web120/wpteknologi-
    # firewall-vs-waf.txt): the import filed both sides under a path of that name.
    page = (
        "Quick Read : Difference Between Polling and Webhooks\n\n"
        "Quick Read : Difference Between Polling and Webhooks\n\n \n\n"
        "Difference Between Polling and Webhooks: Quick Read\n\n"
        "When two systems must stay in step, polling and webhooks are the two usual ways. "
        "Both keep data fresh, but they work the other way round:\n\n"
        "  1. What It Is\n\n"
        "Polling: Polling is a way for a client to learn about changes by asking a server "
        "again and again on a timer.\n\n"
        "Webhooks: A webhook is a request the server sends to a client's address as soon "
        "as something changes.\n\n"
        "  1. Cost\n\n"
        "Polling: Spends requests even when nothing has changed.\n\n"
        "Webhooks: Spend a request only when there is news.\n"
    )
    entries = parse_entries(page, "page.txt")
    assert [entry.title for entry in entries] == ["Polling", "Webhooks"]
    assert {entry.path for entry in entries} == {"Difference Between Polling and Webhooks"}
