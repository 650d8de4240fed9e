"""A file that defines many terms, one per line or in an HTML <dl>, is one entry per term.

Each layout was met on real glossary pages (bench/corpus/SOURCES.tsv, rows marked
'glossary of many terms'); the fixtures in tests/fixtures/layouts/ reproduce them in our
own words. A learner importing such a file must get one entry per term, named as the file
names it, each with a "What is X?" card answered by that term's definition, all in one
path named after the page; a page about one concept that only has a few label lines
stays one entry.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cards
from cards.glossary import Shape, is_glossary, read_glossary
from cards.parsing import parse_entries, read_entries

LAYOUTS = Path(__file__).resolve().parents[1] / "fixtures" / "layouts"


def what_is_cards(entries: list[cards.Entry]) -> dict[str, tuple[str, str, int]]:
    """Each entry's "What is X?" card, by entry title: (prompt, answer, source line)."""
    found = {}
    for entry in entries:
        deck = cards.generate(entry, [other for other in entries if other is not entry])
        defining = [c for c in deck if c.kind is cards.CardKind.DEFINITION]
        # Beside it, at most 'What does ACL stand for?' when the term is an abbreviation.
        (card,) = [c for c in defining if not c.prompt.endswith(" stand for?")]
        assert card.prompt.startswith("What is ")
        found[entry.title] = (card.prompt, card.answer, card.source.line)
    return found


# ------------------------------------------------------------------ the shape, both ways

GLOSSARIES = [
    (
        "bold terms with colons",
        "# Web words\n\n**Cookie**: A small piece of data a site leaves in the browser.\n"
        "**Session**: The time a visitor spends on a site, remembered by the server.\n"
        "**Token**: A string a server hands out to prove who someone is later.\n",
        ["Cookie", "Session", "Token"],
    ),
    (
        "bold list items with dashes, the colon inside the bold",
        "- **Cookie** - A small piece of data a site leaves in the browser.\n"
        "- **Session:** The time a visitor spends on a site, remembered by the server.\n"
        "* **Token** — A string a server hands out to prove who someone is later.\n",
        ["Cookie", "Session", "Token"],
    ),
    (
        "lower-case bold terms and definitions (as a <dl> page comes out of extraction)",
        "# Web words\n\n- **cookie**: a small piece of data a site leaves in the browser.\n"
        "- **session**: the time a visitor spends on a site, remembered by the server.\n"
        "- **token**: a string a server hands out to prove who someone is later.\n",
        ["Cookie", "Session", "Token"],
    ),
    (
        "pasted lines with an em dash, an en dash and a hyphen",
        "Web words\n\nCookie — A small piece of data a site leaves in the browser.\n"
        "Session – The time a visitor spends on a site, remembered by the server.\n"
        "Token - A string a server hands out to prove who someone is later.\n",
        ["Cookie", "Session", "Token"],
    ),
    (
        "pasted colon lines with an abbreviation and a number",
        "Network Glossary\nVirtual LAN (VLAN): A group of ports that act as one network.\n"
        "802.11n: A wireless network standard from the 802.11 family.\n"
        "Hop: One step of a packet from one router to the next one.\n",
        ["VLAN", "802.11n", "Hop"],
    ),
    (
        "a bold term alone on its line, the definition under it",
        "**Cookie**\nA small piece of data a site leaves in the browser.\n"
        "**Session**\nThe time a visitor spends on a site, remembered by the server.\n"
        "**Token**\nA string a server hands out to prove who someone is later.\n",
        ["Cookie", "Session", "Token"],
    ),
    (
        "pasted terms each on a line over a gloss paragraph",
        "Web Words\n\nCookie\n\nA small piece of data a site leaves in the browser.\n\n"
        "Session\n\nThe time a visitor spends on a site, remembered by the server.\n\n"
        "Token\n\nA string a server hands out to prove who someone is later.\n",
        ["Cookie", "Session", "Token"],
    ),
    (
        "term lines ending in an anchor mark or a pilcrow",
        "Web Words\n\nCookie #\n\nA small piece of data a site leaves in the browser.\n\n"
        "Session¶\n\nThe time a visitor spends on a site, remembered by the server.\n\n"
        "Token #\n\nA string a server hands out to prove who someone is later.\n",
        ["Cookie", "Session", "Token"],
    ),
    (
        "Markdown headings over glosses that do not name them",
        "# Web words\n\n## Cookie\n\nA small piece of data a site leaves in the browser.\n\n"
        "## Session\n\nThe time a visitor spends on a site, remembered by the server.\n\n"
        "## Token\n\nA string a server hands out to prove who someone is later.\n",
        ["Cookie", "Session", "Token"],
    ),
    (
        "an HTML definition list",
        "<!doctype html><html><body><h1>Web words</h1><dl>"
        "<dt>Cookie</dt><dd>A small piece of data a site leaves in the browser.</dd>"
        "<dt>Session</dt><dd>The time a visitor spends on a site, remembered by it.</dd>"
        "<dt>Token</dt><dd>A string a server hands out to prove who someone is later.</dd>"
        "</dl></body></html>",
        ["Cookie", "Session", "Token"],
    ),
]

ONE_CONCEPT = [
    (
        "a concept with a few bold labels",
        "# Cookie\n\nA cookie is a small piece of data a site leaves in the browser.\n\n"
        "**Note**: browsers let people delete cookies at any time.\n\n"
        "**Example**: a shop remembers the basket in a cookie.\n",
        "Cookie",
    ),
    (
        "pasted labels: definition, analogy, also known as",
        "Cookie\nDefinition: A small piece of data a site leaves in the browser.\n"
        "Real-Life Analogy: A cloakroom ticket the browser shows on every visit.\n"
        "Also known as: HTTP cookie\n",
        "Cookie",
    ),
    (
        "a concept defined first, then a few of its parts",
        "DNS\nDNS is the system that turns names into server addresses.\n"
        "Resolver: The server that asks the others for you.\n"
        "Root server: The first server a resolver asks about a name.\n"
        "TLD server: The server that knows every name under one ending.\n",
        "DNS",
    ),
    (
        "term lines that are a small part of a long page",
        "# Cookie\n\nA cookie is a small piece of data a site leaves in the browser. "
        + "Sites use it to remember a visitor from one page to the next. " * 8
        + "\n\nSession: The time a visitor spends on a site.\n"
        "Token: A string a server hands out to prove who someone is.\n"
        "Expiry: The moment a cookie stops being sent back.\n",
        "Cookie",
    ),
    (
        "bold subjects of sentences, not term lines",
        "# Cookie\n\n**Cookies** are small pieces of data a site leaves in the browser.\n"
        "**Sessions** are kept on the server and found again through a cookie.\n"
        "**Tokens** prove who someone is without a session on the server.\n",
        "Cookie",
    ),
    (
        "a pasted concept page with short headings over paragraphs",
        "Cookie\nA cookie is a small piece of data a site leaves in the browser.\n"
        "Where it lives\nThe browser keeps it in a file of its own, one per site.\n"
        "Who reads it\nOnly the site that set it gets it back with each request.\n"
        "When it ends\nAt the expiry date the site gave, or when the browser closes.\n",
        "Cookie",
    ),
    (
        "label lines in a code fence",
        "# Config file\n\nA config file is a text file that holds a program's settings.\n\n"
        "```\nHost: The machine to connect to, by name.\nPort: The number of the port to use.\n"
        "User: The account name used to log in.\n```\n",
        "Config file",
    ),
    (
        "a small definition list in a long article",
        "<!doctype html><html><body><h1>Cookie</h1><p>"
        + "A cookie is a small piece of data a site leaves in the browser. " * 12
        + "</p><dl><dt>Expiry</dt><dd>When it stops.</dd><dt>Domain</dt><dd>Where it goes.</dd>"
        "<dt>Path</dt><dd>Which pages get it.</dd></dl></body></html>",
        "Cookie",
    ),
]


@pytest.mark.parametrize(
    ("text", "titles"), [c[1:] for c in GLOSSARIES], ids=[c[0] for c in GLOSSARIES]
)
def test_a_file_of_many_defined_terms_is_one_entry_per_term(text: str, titles: list[str]) -> None:
    entries = parse_entries(text, file="words.txt")
    assert [e.title for e in entries] == titles
    assert len({e.path for e in entries}) == 1
    answers = what_is_cards(entries)
    assert all(
        answer.endswith(".") and len(answer.split()) >= 4 for _, answer, _ in answers.values()
    )


@pytest.mark.parametrize(
    ("text", "title"), [c[1:] for c in ONE_CONCEPT], ids=[c[0] for c in ONE_CONCEPT]
)
def test_a_file_about_one_concept_stays_one_entry(text: str, title: str) -> None:
    assert read_glossary(text) is None
    (entry,) = parse_entries(text, file="concept.md")
    assert entry.title == title


def test_two_terms_are_not_many() -> None:
    text = (
        "# Speed words\n\nLatency: The time one request takes to complete.\n"
        "Throughput: How many requests are completed each second.\n"
    )
    assert read_glossary(text) is None


@pytest.mark.parametrize(
    ("shape", "glossary"),
    [
        (Shape(terms=3, term_chars=50, body_chars=100, defines_concept=False), True),
        (Shape(terms=2, term_chars=90, body_chars=100, defines_concept=False), False),
        (Shape(terms=12, term_chars=49, body_chars=100, defines_concept=False), False),
        (Shape(terms=12, term_chars=95, body_chars=100, defines_concept=True), False),
    ],
    ids=["three terms, half the text", "two terms", "under half the text", "defines its own"],
)
def test_the_rule_many_terms_most_of_the_text_no_concept_of_its_own(
    shape: Shape, glossary: bool
) -> None:
    assert is_glossary(shape) is glossary


_TERM_LINES = [
    "Latency: The time one request takes to complete.",
    "Throughput: How many requests are completed each second.",
    "Jitter: How much the latency of requests varies over time.",
]


@pytest.mark.parametrize(("extra", "glossary"), [(0, True), (1, False)], ids=["half", "less"])
def test_terms_then_prose_are_a_glossary_exactly_while_they_are_half_the_text(
    extra: int, glossary: bool
) -> None:
    # The reader stops early once the terms cannot reach half the text; with prose as long
    # as the terms it must read on to the end and still find the glossary.
    term_chars = sum(len(line) for line in _TERM_LINES)
    prose = ["Every team measures these numbers in its own way.", "Few agree on them."]
    last = term_chars + extra - sum(len(line) for line in prose)
    text = "\n".join([*_TERM_LINES, "", *prose, "A" + "a" * (last - 2) + "."]) + "\n"
    found = read_glossary(text)
    assert (found is not None) is glossary
    if found is not None:
        assert [term.name for term in found.terms] == ["Latency", "Throughput", "Jitter"]


# ------------------------------------------------------------------ the layouts met


def test_markdown_bold_terms_in_a_list_with_front_matter() -> None:
    entries = read_entries(LAYOUTS / "glossary-bold-terms.md")
    assert [e.title for e in entries] == ["Cache", "Cache hit", "Cache miss", "TTL", "Eviction"]
    assert {e.path for e in entries} == {"Caching words"}  # front matter's title
    (ttl,) = [e for e in entries if e.title == "TTL"]
    assert ttl.aliases == ("Time To Live",)
    answers = what_is_cards(entries)
    assert answers["Cache miss"][1].startswith("A request that finds nothing in the cache")
    # A definition wrapped onto an indented line is read whole.
    assert answers["TTL"][1].endswith("and must be fetched again.")
    prompt, answer, line = answers["Eviction"]
    # How the name is said in the question ('Eviction', 'eviction') is generation's call.
    assert prompt.casefold() == "what is eviction?"
    assert (answer, line) == ("Removing entries from a full cache to make room for new ones.", 15)
    assert all("Key" not in e.title for e in entries)  # the fenced 'Key: value' line


def test_bold_term_lines_over_their_definitions_skip_cross_references() -> None:
    entries = read_entries(LAYOUTS / "glossary-bold-lines.md")
    # 'Favicon' only says 'See Icon.': it points elsewhere and defines nothing.
    assert [e.title for e in entries] == [
        "Bookmark",
        "Browser (Web Browser)",
        "CSS",
        "Hyperlink",
        "URL",
    ]
    assert {e.path for e in entries} == {"Everyday web words"}
    answers = what_is_cards(entries)
    assert answers["CSS"][1].startswith("A language that describes how the parts")
    assert answers["CSS"][2] == 11  # the line of the definition, under its term
    assert answers["Hyperlink"][1].startswith("In web terms: a piece of text")
    assert all(e.title != "In web terms" for e in entries)


def test_pasted_dash_lines_after_chrome_and_an_intro() -> None:
    entries = read_entries(LAYOUTS / "glossary-dash-lines.txt")
    assert [e.title for e in entries] == [
        "Domain",
        "Hosting",
        "Uptime",
        "SSL certificate",
        "Nameserver",
    ]  # 'Bandwid', cut off by the copy, is no term
    assert {e.path for e in entries} == {"The Little Hosting Dictionary"}  # not 'Back'
    answers = what_is_cards(entries)
    assert answers["Uptime"][1].startswith("The share of time a server is up")
    assert answers["Uptime"][2] == 15


def test_pasted_colon_lines_with_abbreviations_and_a_question_title() -> None:
    entries = read_entries(LAYOUTS / "glossary-colon-lines.txt")
    titles = [e.title for e in entries]
    assert titles == [
        "ACK",
        "At-Least-Once Delivery",
        "Broker",
        "Consumer",
        "DLQ",
        "FIFO Queue",
        "Producer",
    ]
    assert {e.path for e in entries} == {"Message Queue Glossary"}
    (dlq,) = [e for e in entries if e.title == "DLQ"]
    assert dlq.aliases == ("Dead Letter Queue",)
    answers = what_is_cards(entries)
    assert answers["DLQ"][:2] == (
        "What is DLQ?",
        "A queue that holds messages no consumer could handle.",
    )


def test_square_bulleted_lines_and_a_closing_link() -> None:
    entries = read_entries(LAYOUTS / "glossary-bullet-lines.txt")
    assert [e.title for e in entries] == [
        "Block storage",
        "Object storage",
        "Bucket",
        "Snapshot",
        "Replica",
    ]
    assert {e.path for e in entries} == {"Storage Terms Used in This Guide"}
    assert what_is_cards(entries)["Replica"][1].startswith("Another copy of the same data")


def test_lower_case_terms_with_pilcrows_and_empty_definitions() -> None:
    entries = read_entries(LAYOUTS / "glossary-lowercase-lines.txt")
    # 'alias -' has no definition: no entry; the terms read capitalised.
    assert [e.title for e in entries] == ["Shell", "Pipe", "Prompt", "History"]
    assert {e.path for e in entries} == {"Glossary"}
    # A term line never runs into the definition above it.
    assert what_is_cards(entries)["Prompt"][1] == (
        "The text a shell prints when it is ready for the next command."
    )


def test_a_saved_page_with_a_definition_list() -> None:
    entries = read_entries(LAYOUTS / "glossary-page.html")
    assert [e.title for e in entries] == ["Packet", "Router", "Latency", "Bandwidth", "Firewall"]
    assert {e.path for e in entries} == {"Network Words"}  # the <h1>, not the <title>
    answers = what_is_cards(entries)
    assert answers["Router"][1].startswith("A device that passes packets between networks")
    # Two <dt> over one <dd>: the first names the term; two <dd> make one definition.
    assert answers["Latency"][2] == 17
    (bandwidth,) = [e for e in entries if e.title == "Bandwidth"]
    assert bandwidth.sections[0].items[0].text.endswith("counted in bits per second.")
    everything = " ".join(f"{p} {a}" for p, a, _ in answers.values())
    for chrome in ("Pricing", "Sign in", "Copyright", "newsletter"):
        assert chrome not in everything


def test_pasted_terms_over_gloss_paragraphs_keep_their_examples() -> None:
    entries = read_entries(LAYOUTS / "glossary-term-paragraphs.txt")
    # 'Skip to main content' is chrome and 'Cloud Words for Beginners' the page's title.
    assert [e.title for e in entries] == [
        "Autoscaling",
        "Availability Zone",
        "Object Storage",
        "Region",
        "VM",
    ]
    assert {e.path for e in entries} == {"Cloud Words for Beginners"}
    answers = what_is_cards(entries)
    assert answers["Region"] == (
        "What is a region?",  # a common word, which the glossary counts ('in a region')
        "A part of the world where a cloud provider runs a group of data centres.",
        27,  # the gloss's line; the term is on line 25
    )
    (storage,) = [e for e in entries if e.title == "Object Storage"]
    (example,) = storage.sections_of(cards.SectionKind.EXAMPLE)
    assert example.items[0].text == "the photos of a shop's product pages."
    assert example.line == 22


def test_markdown_term_headings_over_glosses() -> None:
    entries = read_entries(LAYOUTS / "glossary-headed-glosses.md")
    assert [e.title for e in entries] == ["Commit", "Branch", "Merge", "Remote"]
    assert {e.path for e in entries} == {"Git words"}
    answers = what_is_cards(entries)
    assert answers["Branch"][1].startswith("A movable pointer to a commit")
    assert answers["Merge"][1] == "Joining the history of one branch into another."
    (merge,) = [e for e in entries if e.title == "Merge"]
    assert "merge commit" in merge.sections[-1].items[0].text  # the rest of its section


def test_one_concept_with_labels_and_a_concept_with_parts_stay_one_entry() -> None:
    (labelled,) = read_entries(LAYOUTS / "one-concept-labels.md")
    assert labelled.title == "Load balancer"
    (parts,) = read_entries(LAYOUTS / "concept-with-parts.txt")
    assert parts.title == "DNS"
    assert what_is_cards([parts])["DNS"][1].startswith("The system that turns a name")


def test_a_glossary_entry_is_the_same_when_read_again() -> None:
    # Re-importing keeps progress only if the terms' keys and cards do not move.
    first = read_entries(LAYOUTS / "glossary-colon-lines.txt")
    again = read_entries(LAYOUTS / "glossary-colon-lines.txt")
    assert first == again
    assert [e.key for e in first][:2] == [
        "message-queue-glossary/ack",
        "message-queue-glossary/at-least-once-delivery",
    ]


# ------------------------------------------------------------------ any input, linear


def test_a_megabyte_of_term_lines_is_read_whole() -> None:
    text = "".join(f"Term number {n}: A short definition of term {n} here.\n" for n in range(15000))
    assert len(text) > 800_000
    entries = parse_entries(text, file="big.txt")
    assert len(entries) == 15000 and entries[-1].title == "Term number 14999"


@pytest.mark.parametrize(
    "line",
    [
        "A" * 100_000,
        "Term" + " " * 100_000 + ": a definition here",
        "**" * 50_000,
        "**" + "a" * 100_000,
        ": " * 50_000,
        "- " * 50_000,
        "Term — " + "— " * 50_000,
    ],
    ids=["letters", "spaces", "stars", "open bold", "colons", "dashes", "em dashes"],
)
def test_a_line_of_100k_characters_is_no_glossary(line: str) -> None:
    assert read_glossary(line + "\n") is None
