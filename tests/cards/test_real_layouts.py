"""Layouts met on real pages, each reproduced by a fixture written in our own words.

The development corpus (bench/corpus/SOURCES.tsv) holds the pages themselves, outside the
repository; every trait found there has a fixture in tests/fixtures/layouts/ and a test
here that reads it as a learner would need it read: the right title, a "What is X?" card
that says what the page says, and nothing from the page's chrome.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import cards
from cards import Answering, CardKind, Entry, SectionKind
from cards.markdown import expand_macros
from cards.parsing import parse_entries
from cards.rules import deck_problems, problems
from tests.asked import asked_of

LAYOUTS = Path(__file__).resolve().parents[1] / "fixtures" / "layouts"
BUILTIN = Path(__file__).resolve().parents[2] / "tutor" / "builtin" / "system-basics"


def path_siblings() -> list[Entry]:
    return [cards.read_entry(file) for file in sorted(BUILTIN.glob("*.md"))]


def deck_of(name: str) -> tuple[Entry, list[cards.Card]]:
    entry = cards.read_entry(LAYOUTS / name)
    deck = cards.generate(entry, path_siblings())
    assert deck_problems(deck, entry) == []
    return entry, deck


def what_is(deck: list[cards.Card]) -> cards.Card:
    (card,) = [c for c in deck if c.prompt.startswith("What is ")]
    return card


def test_glossary_entry_with_front_matter_macros_and_see_also() -> None:
    # Front matter, then a prose definition with a bold term and its abbreviation, site
    # macros in the text, and a 'See also' list of links: the shape of MDN's glossary.
    entry, deck = deck_of("glossary-entry.md")
    assert entry.title == "Message queue"
    card = what_is(deck)
    assert card.prompt == "What is a message queue?"
    assert card.answer.startswith("A holding area where one program leaves messages")
    # The review header shows 'Message queue' above the other cards, and hides it above
    # the one it answers (tutor.ui): what MQ stands for is asked.
    (stands,) = [c for c in deck if c.prompt == "What does MQ stand for?"]
    assert stands.answer == "Message queue"
    assert "MQ" in entry.aliases
    text = " ".join(i.text for s in entry.sections for i in s.items)
    assert "{{" not in text and "Glossary(" not in text
    assert "busy can keep working" in text and "Worker processes" in text
    (related,) = entry.sections_of(SectionKind.RELATED)
    assert all(c.source.section != "See also" for c in deck)  # names, not facts to learn
    assert related.items[0].text == "Message queue on Wikipedia"


def test_raw_html_inside_markdown_reads_as_its_paragraphs() -> None:
    # Older glossary files keep their body as HTML (<p>, <h2>, <ul>) inside a .md file.
    entry, deck = deck_of("raw-html-entry.md")
    assert entry.title == "Checksum"
    assert what_is(deck).answer.startswith("A short value computed from a block of data")
    assert [s.heading for s in entry.sections if s.heading] == ["See also"]
    assert all("<" not in c.prompt for c in deck)


def test_pasted_page_with_chrome_single_newlines_and_question_headings() -> None:
    # What a browser's copy gives: menu and breadcrumbs before a 'What is X?' title,
    # reading time, one line per block, a question heading, a 'Label: text' list, and a
    # newsletter and copyright line after the body.
    entry, deck = deck_of("pasted-page.txt")
    assert entry.title == "Reverse Proxy"
    card = what_is(deck)
    assert card.prompt == "What is a reverse proxy?"
    assert card.answer.startswith("A server that sits in front of web servers")
    assert card.source.line == 6  # the line of the pasted text, not of anything rebuilt
    (jobs,) = [c for c in deck if c.kind is CardKind.LIST and c.answering is Answering.SELF]
    assert jobs.prompt == "What are the three main jobs of a reverse proxy?"
    assert jobs.answer.splitlines() == ["1. Load balancing", "2. TLS termination", "3. Caching"]
    for card in deck:
        for chrome in ("Skip", "Menu", "min read", "newsletter", "©", "Subscribe"):
            assert chrome not in card.prompt and chrome not in card.answer


def test_definition_label_names_the_term_and_also_known_as_gives_an_alias() -> None:
    entry, deck = deck_of("definition-label.txt")
    assert (entry.title, entry.aliases) == ("Round-trip time", ("RTT",))
    assert what_is(deck).answer.startswith("The time a network packet takes")
    assert all("Writer" not in c.answer for c in deck)  # the byline is chrome


def test_saved_web_page_keeps_the_article_and_drops_nav_cookies_and_footer() -> None:
    entry, deck = deck_of("web-page.html")
    assert entry.title == "Load balancer"  # the <h1> question names the concept
    assert what_is(deck).answer.startswith("A device or program that spreads incoming")
    everything = " ".join(f"{c.prompt} {c.answer} {c.explanation}" for c in deck)
    for chrome in ("Pricing", "Sign in", "cookies", "Copyright", "Newsletter"):
        assert chrome not in everything
    (ways,) = [c for c in deck if c.kind is CardKind.LIST and c.answering is Answering.SELF]
    assert ways.answer.splitlines() == ["1. Round robin", "2. Least connections", "3. IP hash"]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ('{{Glossary("IP address", "IP addresses")}} help', "IP addresses help"),
        ('the {{HTTPHeader("Host")}} header', "the Host header"),
        ('see {{domxref("Window.fetch()", "fetch()")}}', "see fetch()"),
        ('{{interwiki("wikipedia", "Web cache")}} on Wikipedia', "Web cache on Wikipedia"),
        ("{{GlossarySidebar}}text", "text"),
        ("{{" * 5000 + "x", "{{" * 5000 + "x"),  # no macro: left alone, in linear time
    ],
)
def test_macros_read_as_the_words_they_show(text: str, shown: str) -> None:
    assert expand_macros(text) == shown


def test_a_page_that_defines_nothing_is_refused_with_a_reason() -> None:
    text = "Home\nAbout us\nContact\nPricing plans for every team\nSign in\n"
    with pytest.raises(cards.ParseError) as caught:
        cards.parse(text, file="menu.txt")
    assert caught.value.file == "menu.txt"
    assert "has no title" in caught.value.message and "not a concept page" in caught.value.message
    assert "(a menu, a list of links?)" in caught.value.message


def test_prose_that_defines_nothing_is_not_guessed_to_be_a_menu() -> None:
    # A judge found the refusal's guess '(a menu, a list of links?)' true of none of 18
    # refused pages: each was prose that never says what its concept is.
    text = (
        "At some point every team hits a slow query.\n"
        "We looked at the columns first, then at the joins, and then at the plan.\n"
        "Now I will show how the planner picks its path through the tables.\n"
    )
    with pytest.raises(cards.ParseError) as caught:
        cards.parse(text, file="story.txt")
    assert "not a concept page as it stands" in caught.value.message
    assert "menu" not in caught.value.message


def test_a_refused_page_with_headings_gives_its_reason_whole() -> None:
    # The page layout's 'has no section ... (headings found: ...)' was cut at its first
    # colon, leaving '(headings found, and no sentence says ...' with its bracket open.
    text = (
        "Boot Process\n\nStep 1 - Power On\n\nYou press the button on the front.\n\n"
        "Step 2 - Self Test\n\nThe firmware checks the memory and the disks first.\n"
    )
    with pytest.raises(cards.ParseError) as caught:
        cards.parse(text, file="boot.txt")
    message = caught.value.message
    assert message.startswith("has no section a card can be made from, and no sentence"), message
    assert message.count("(") == message.count(")"), message


def test_the_same_page_read_twice_is_the_same_entry() -> None:
    # trafilatura's deduplication remembers text across calls; reading a page again
    # (a re-import) must give the entry it gave the first time.
    first = cards.read_entry(LAYOUTS / "web-page.html")
    for _ in range(5):
        assert cards.read_entry(LAYOUTS / "web-page.html") == first


# ------------------------------------------------------------------ comparison pages


def compared(name: str) -> list[Entry]:
    return parse_entries((LAYOUTS / name).read_text(), name)


def test_a_difference_between_title_splits_into_its_two_terms() -> None:
    # 'Difference Between A and B' as a bare title line, both terms defined in one
    # sentence ('A is ..., whereas B is ...'), bare headings per term: each term gets its
    # own clause as its definition, not the other's half too.
    entries = compared("comparison-between.txt")
    assert [e.title for e in entries] == ["Encoding", "Encryption"]
    assert {e.path for e in entries} == {"Difference Between Encoding and Encryption"}
    first = {card.prompt: card.answer for card in cards.generate(entries[0], entries)}
    assert first["What is encoding?"] == (
        "The process of rewriting data in another format so a different system can read it."
    )
    assert not [prompt for prompt in first if "difference" in prompt]  # no glued definitions
    # What the page says of one alone, opening with its name, is asked of that one; a
    # name that only starts another ('Encoding tables are ...') is not the subject.
    assert (
        first[
            "Which concept uses a public scheme such as Base64 or UTF-8, so anyone can reverse it?"
        ]
        == "Encoding"
    )
    assert not [prompt for prompt in first if "table" in prompt]
    second = {card.prompt: card.answer for card in cards.generate(entries[1], entries)}
    assert second["What is encryption?"] == (
        "The process of scrambling data so only a key holder can read it."
    )
    assert not [prompt for prompt in second if "difference" in prompt]


def test_a_page_naming_two_things_with_and_compares_them_when_it_defines_both() -> None:
    # No title line at all: 'Threads and processes are both ...' opens the page, each term
    # defined in a bullet under a numbered heading. The terms are the singular the
    # definitions use, and asked so.
    entries = compared("comparison-and-title.txt")
    assert [e.title for e in entries] == ["Thread", "Process"]
    prompts = {card.prompt for e in entries for card in cards.generate(e, entries)}
    assert {"What is a thread?", "What is a process?"} <= prompts
    assert not [prompt for prompt in prompts if "difference" in prompt]


def test_a_comparison_title_ending_in_a_spaced_colon_is_still_a_title() -> None:
    # 'Differences between a lock and a semaphore :' over '* ' bullets; the second term
    # is defined by the second sentence of a bullet.
    entries = compared("comparison-colon-bullets.txt")
    assert [e.title for e in entries] == ["Lock", "Semaphore"]
    (semaphore,) = [
        card
        for card in cards.generate(entries[1], entries)
        if card.prompt == "What is a semaphore?"
    ]
    assert semaphore.answer == ("A counter that lets up to a set number of threads in at once.")


@pytest.mark.parametrize(
    "text",
    [
        # Only one of the two is defined: one page about the pair, as before.
        "# Search and replace\n\nSearch and replace is an editor command that finds text "
        "and swaps it for other text.\n\nMost editors bind it to Ctrl+H.\n",
        # A title with 'and' whose parts nobody defines.
        "# Salt and pepper\n\nSalt and pepper are the two seasonings on most tables.\n",
    ],
)
def test_a_title_with_and_stays_one_entry_unless_both_are_defined(text: str) -> None:
    entries = parse_entries(text, "one.md")
    assert len(entries) == 1


def test_a_pasted_guide_with_image_captions_and_an_informal_definition() -> None:
    # A beginner's guide copied from a browser: its title twice, the images' alt texts
    # left as lines of their own (one between a heading and its list), a 'What Does X
    # Stand For?' heading, and the definition written "It's a ..." after the expansion.
    entry, deck = deck_of("pasted-page-captions.txt")
    assert entry.title == "NTP"
    assert what_is(deck).answer == (
        "A set of rules that lets computers ask trusted servers for the exact time and "
        "correct their own clocks."
    )
    (steps,) = [card for card in deck if card.kind is CardKind.LIST]
    assert steps.prompt.startswith("How does NTP work")
    assert steps.answer.startswith("1. Your computer sends a short request")
    assert not [card for card in deck if "representing" in card.prompt + card.answer]


@pytest.mark.parametrize(
    ("name", "title", "asked"),
    [
        # 'Understanding X', 'X Explained', 'An Introduction to X', 'X for Beginners':
        # the way beginner pages and notes title a concept.
        ("wrapped-title.md", "Message queue", "What is a message queue?"),
        ("wrapped-title.txt", "Rate limiting", "What is rate limiting?"),
    ],
)
def test_a_title_wrapped_in_a_beginner_phrase_names_its_concept(
    name: str, title: str, asked: str
) -> None:
    entry, deck = deck_of(name)
    assert entry.title == title
    assert what_is(deck).prompt == asked
    assert not [
        card for card in deck if "Understanding" in card.prompt or "Explained" in card.prompt
    ]


@pytest.mark.parametrize(
    "text",
    [
        # The page never says what a 'system' is: its title stands as written.
        "# System Basics\n\nThese notes cover the first steps.\n\n## Key takeaways\n\n"
        "- Learn the frontend before the backend\n- Every request crosses a network\n",
        # A subtitle that says more than 'a guide' is part of the name, unless the page
        # opens on the name before it (below).
        "# Caching: When Copies Go Stale\n\nCopies kept close by can get old.\n\n"
        "## Key takeaways\n\n- A copy can be older than what it copies\n",
    ],
)
def test_a_title_is_unwrapped_only_to_a_concept_the_page_defines(text: str) -> None:
    (entry,) = parse_entries(text, "note.md")
    assert entry.title == text.split("\n", 1)[0].removeprefix("# ")


def test_a_titles_head_is_the_concept_when_the_page_opens_on_it() -> None:
    # 'Golden Master Testing: Characterization Tests for Legacy Code' over 'Golden master
    # testing (also called ...) captures ...': the page is about the head of its title.
    (entry,) = parse_entries(
        "# Caching: When Copies Go Stale\n\nCaching is keeping copies close by.\n\n"
        "## Key takeaways\n\n- A copy can be older than what it copies\n",
        "note.md",
    )
    assert entry.title == "Caching"
    assert "Caching: When Copies Go Stale" in entry.aliases


def test_pasted_shell_comments_are_not_headings_of_a_page() -> None:
    # A blog post copied as text, its shell snippet's '# comment' lines kept: read as
    # Markdown they were its only headings and the page gave nothing.
    entry, deck = deck_of("pasted-shell-comments.txt")
    assert entry.title == "Terraform"
    assert what_is(deck).answer.startswith("An open-source tool that builds and changes")
    assert not [card for card in deck if "Preview the changes" in card.prompt]


def test_a_comparison_that_defines_one_side_teaches_that_one() -> None:
    # 'A vs. B' over a quoted question, with a definition of A only (B is just named):
    # refused before as no concept page; now the entry of A, the page's title kept as a
    # name a path file may use.
    (entry,) = compared("comparison-one-side.txt")
    assert entry.title == "Caching"
    assert "Caching vs. Memoization" in entry.names
    deck = cards.generate(entry, path_siblings())
    assert what_is(deck).prompt == "What is caching?"
    assert what_is(deck).answer.startswith("Keeping copies of data close to where they are used")


def test_a_gloss_that_first_spells_out_its_term_is_answered_by_what_follows() -> None:
    # 'Short for cloud architectures. Designs for ...' under a glossary's term: the first
    # sentence only says what the name abbreviates; the definition is the next one.
    text = (
        "# Cloud words\n\n"
        "## Infra\n\nShort for infrastructure. The servers, networks and storage an "
        "application runs on.\n\n"
        "## Region\n\nA part of the world where a provider runs its data centres.\n\n"
        "## Zone\n\nOne data centre, or a group of them, inside a region.\n"
    )
    entries = parse_entries(text, "cloud-words.md")
    infra = next(entry for entry in entries if entry.title == "Infra")
    (card,) = [c for c in cards.generate(infra, entries) if c.prompt.startswith("What is")]
    assert card.answer == "The servers, networks and storage an application runs on."


@pytest.mark.parametrize(
    ("question", "short", "long"),
    [
        ("What exactly is TLS (Transport Layer Security)?", "TLS", "Transport Layer Security"),
        ("What is PaaS (Platform as a Service)?", "PaaS", "Platform as a Service"),
    ],
)
def test_a_question_title_that_expands_its_name_asks_what_it_stands_for(
    question: str, short: str, long: str
) -> None:
    # 'What exactly is OAuth (Open Authorization)?' over a page whose text never expands
    # the name again: the short name is the concept, and what it stands for is asked.
    text = f"{question}\n{short} is a service that lets teams run code without managing servers.\n"
    (entry,) = parse_entries(text, "page.txt")
    assert entry.title == short and long in entry.aliases
    asked = {c.prompt: c.answer for c in cards.generate(entry, path_siblings())}
    assert asked[f"What does {short} stand for?"] == long


def test_a_relative_clause_with_a_condition_still_says_what_the_term_is() -> None:
    # No title line; the first sentence, hard-wrapped, defines the page's term in its
    # field: 'X in the context of Y refers to responses which when requested again ...'
    # (the shape of web117/invopop-idempotency.txt). The 'when' belongs to the relative
    # clause, not to a condition on the name, so the page is no longer refused.
    entry, deck = deck_of("untitled-wrapped-relative-when.txt")
    assert entry.title == "Memoization"
    assert what_is(deck).answer == (
        "Responses which when requested again are served from a store instead of being "
        "computed afresh."
    )


def test_a_menu_word_over_crumbs_is_no_title_and_a_quick_definition_label_names_its_head() -> None:
    # 'Topics', then crumbs run together ('HomeGlossaryContinuous Delivery') that end on
    # the entry's own head line, which sits over a 'Quick Definition' label and a gloss
    # that names nothing; a later sentence ('CD builds on ...') defines no title either
    # (the shape of web118/certscope-site-reliability-engineering.txt).
    entry, deck = deck_of("menu-word-crumbs-quick-definition.txt")
    assert entry.title == "Continuous Delivery"
    assert what_is(deck).answer.startswith("A practice of keeping software in a state where")


def test_a_blog_label_and_icon_alt_text_are_chrome() -> None:
    # 'Blog' over the post's title, icons' alt text on lines of their own (the shape of
    # web118/xurrent-status-page.txt): the page was titled 'Blog' and gave no card.
    entry, deck = deck_of("blog-label-icon-alt-text.txt")
    # (named by its 'What Is a Feature Flag and Why It Matters ...' heading, as written)
    assert entry.title.casefold() == "feature flag"
    assert what_is(deck).answer.startswith("A switch in the code that turns a feature on")
    assert not [c for c in deck if "icon" in c.prompt + c.answer]


def test_a_dictionary_head_names_its_word_and_usage_examples_are_no_list() -> None:
    # 'Definition of "latency"' over a gloss that names nothing, and an 'Examples:' list
    # of sentences using the word (the shape of web118/wordsdefined-observability.txt):
    # the entry was titled with the quotes and asked 'What are the two examples of a
    # definition of "latency"?'.
    entry, deck = deck_of("dictionary-head-usage-examples.txt")
    assert entry.title == "Latency"
    assert not [c for c in deck if c.kind is CardKind.LIST], [c.prompt for c in deck]
    card = what_is(deck)
    assert card.kind is CardKind.DEFINITION  # the gloss under the head, not the FAQ's
    assert card.answer.startswith("The delay between a request being sent")


def test_a_shell_comment_over_a_crontab_line_is_no_markdown_title() -> None:
    # '# Nightly backup at two in the morning' over a crontab line made the copied page
    # Markdown, titled by the comment (the shape of web118/updog-dead-mans-switch.txt).
    entry, deck = deck_of("question-title-shell-comment.txt")
    assert entry.title == "Cron Job"
    assert what_is(deck).answer.startswith("A command that a scheduler runs on its own")


def test_a_menu_word_over_a_comparison_and_a_trade_off_are_no_title_or_definition() -> None:
    # 'Dashboard', a slogan and 'Back to Comparisons' over 'Blue-green vs Canary
    # Deployment'; under 'Tradeoffs', 'X is quick and clean, but ...' (the shape of
    # web118/devopstriple-black-box-vs-white-box-monitoring.txt): titled 'Dashboard', and
    # 'What is canary deployment?' was answered 'Careful and gradual, but ...'.
    entries = parse_entries((LAYOUTS / "menu-then-comparison-title.txt").read_text(), "page.txt")
    titles = [entry.title.casefold() for entry in entries]
    assert "dashboard" not in titles and "tradeoffs" not in titles, titles
    assert {"blue-green deployment", "canary deployment"} <= set(titles)
    made = [card for entry in entries for card in cards.generate(entry, entries)]
    assert made
    answers = [card.answer for card in made if card.prompt.startswith("What is ")]
    assert not [a for a in answers if ", but " in a], answers


def test_a_comment_over_a_call_is_code_and_an_origin_before_the_meaning_is_skipped() -> None:
    # Line numbers as a column, then '# Weak: ...' over 'score(pick_word(wordlist))': the
    # copied page was read as Markdown titled by the comment; 'Entropy comes from
    # information theory and refers to ...' defined nothing (the shape of
    # web118/kewinremy-cardinality.txt).
    entry, deck = deck_of("origin-first-numbered-code.txt")
    assert entry.title == "Entropy"
    assert what_is(deck).answer == "How unpredictable a value is, counted in bits."


def test_a_json_examples_keys_are_no_fields_of_the_entry() -> None:
    # '"path": "/api/v2/orders",' in a pasted page's JSON example set the entry's path,
    # so the import put it in a path of its own named '"/api/v2/orders",' (found importing
    # web118/infrarunbook-structured-logging.txt as a new user would).
    entry, deck = deck_of("json-example-with-field-names.txt")
    assert entry.title == "Trace context"
    assert entry.path == "Layouts"  # the folder's, as for any entry that names no path
    assert what_is(deck).answer.startswith("The small set of identifiers that travels")


def test_a_dictionary_label_over_a_mass_noun_gloss_is_no_part_of_the_entry() -> None:
    # 'proxy' / 'proxy definition - networking' / 'Intermediary software that ...' (the
    # shape of web109/yourdictionary-firewall.txt): the label stood between the headword
    # and its gloss, a mass noun with its modifier ('Security software that ...') was no
    # gloss, and the page was refused; 'a caching proxy' says a proxy is one of many.
    entry, deck = deck_of("dictionary-label-and-gloss.txt")
    assert entry.title == "Proxy"
    card = what_is(deck)
    assert card.prompt == "What is a proxy?"
    assert card.answer.startswith("Intermediary software that accepts requests from clients")


def test_a_notes_lines_each_a_clause_without_capitals_are_not_one_sentence() -> None:
    # Notes a clause a line, no capitals, no stops (the shape of
    # web116/l-lin-horizontal-pod-autoscaler.txt): read as one wrapped sentence, so 'What
    # is horizontal auto-scaling?' was answered with all three lines run together (GARBLED).
    entry, deck = deck_of("note-lines-without-capitals.txt")
    assert entry.title == "Replication lag"
    assert what_is(deck).answer == (
        "The delay between a write on the primary and its copy on a replica."
    )


def test_a_manifests_name_line_below_the_title_names_nothing() -> None:
    # '1. Introduction to Pods' over 'In Kubernetes, a Pod is ...' and, further down, a
    # pasted manifest's 'name: pod-nginx' (the shape of
    # web116/learnitweb-kubernetes-pod-yaml-manifest.txt): the label line named the entry
    # 'pod-nginx spec', which nothing defined, and the page was refused.
    entry, deck = deck_of("numbered-intro-with-manifest.txt")
    assert entry.title == "Service"
    card = what_is(deck)
    assert card.prompt == "What is a Service?"
    assert card.answer.startswith("A stable network address in front of a changing group")


def test_a_question_title_asking_what_a_term_means_heads_its_answer() -> None:
    # 'What does the term Tree Shaking mean?' over 'Tree Shaking simply means removing
    # dead code.' (the shape of web115/cgreen-tree-shaking.txt): the question was no
    # section a card is made from, and 'simply' stood between the name and its verb.
    entry, deck = deck_of("question-title-simply-means.txt")
    assert entry.title == "Lazy Loading"
    assert what_is(deck).answer == ("Waiting to fetch a resource until the page actually needs it.")


def test_an_abbreviations_title_over_its_spelled_out_gloss_line() -> None:
    # 'TTFB (time-to-first-byte)' over a translation line and 'Time To First Byte: the
    # elapsed time from ...' (the shape of web115/awesomeeverything-ttfb.txt): the gloss
    # line named the title by its words, not its letters, and 'the elapsed time from'
    # was no gloss; the page was refused.
    _, deck = deck_of("abbreviation-title-over-gloss-line.txt")
    card = what_is(deck)
    assert card.prompt == "What is FCP?"
    assert card.answer.startswith("The time from a page starting to load until the browser")


def test_an_untitled_gloss_is_named_by_the_subject_of_the_sentence_after_it() -> None:
    # 'Definition: A security process that ...' and then 'MFA enhances security by ...',
    # its title left behind in the copy (the shape of web120/passwd-mfa.txt and
    # web120/insiderisk-least-privilege.txt): refused as having no title.
    entry, deck = deck_of("untitled-gloss-then-subject.txt")
    assert entry.title == "OTP"
    assert what_is(deck).answer.startswith("A sign-in step that asks for a one-time code")


def test_an_abbreviation_glued_to_the_question_spelling_it_out_is_set_apart() -> None:
    # 'CSRFWhat is Cross-Site Request Forgery?' (web120/penetrify-csrf.txt): the page was
    # titled 'CSRFWhat' and refused.
    entry, deck = deck_of("glued-abbreviation-question.txt")
    assert entry.title == "Cross-Site Scripting"
    assert what_is(deck).answer.startswith("An attack that slips a script of the attacker")


def test_a_question_asked_in_a_field_and_answered_by_what_happens_in_it() -> None:
    # 'With regard to network security, what is a man-in-the-middle attack?' over 'In a
    # man-in-the-middle attack, a malicious user ...' (web120/experts123-man-in-the-middle-
    # attack.txt): the field before the question hid it, and the answer says what happens
    # in such an attack: the attack in which it happens.
    entry, deck = deck_of("field-lead-question-scene.txt")
    assert entry.title == "Replay attack"
    card = what_is(deck)
    assert card.prompt == "What is a replay attack?"
    assert card.answer.startswith("An attack in which an eavesdropper records a valid request")


def test_a_long_headword_over_numbered_senses_and_its_abbreviation_inside() -> None:
    # 'Structured Query Language (SQL) injection' over '1. A computer code injection
    # technique that ...' (web120/electionsecurity-sql-injection.txt): a headword of more
    # than three words hid the first sense, and the name is asked as readers say it.
    entry, deck = deck_of("numbered-senses-long-headword.txt")
    assert entry.title == "LDAP injection"
    assert "Lightweight Directory Access Protocol injection" in entry.aliases
    card = what_is(deck)
    assert card.prompt == "What is LDAP injection?"
    assert card.answer.startswith("A way of breaking into a directory service")


def test_a_kind_titled_page_defined_by_its_name_alone_under_its_question() -> None:
    # 'Zero Trust Security Model Explained Simply: ...' over a story, then 'What Is the
    # Zero Trust Security Model?' and 'Zero Trust is a cybersecurity framework that ...'
    # (web120/lunyb-zero-trust.txt): the definition named 'Zero Trust' and called it a
    # framework, not a model, so it was no definition of the title and no card was made.
    entry, deck = deck_of("story-then-question-kind-title.txt")
    assert entry.title == "Least Privilege Access Model"
    assert "Least Privilege Access" in entry.aliases
    card = what_is(deck)
    assert card.prompt == "What is the Least Privilege Access Model?"
    assert card.answer.startswith("A security principle that gives each person")


def test_an_untitled_lead_in_then_a_term_the_page_goes_on_about() -> None:
    # 'A Universal Resource Identifier (URI) can be composed of several parts. The
    # fragment identifier is the text appearing after ...', and 'fragment identifier'
    # all down the page (web112/cdivilly-uri-fragment-identifiers.txt): a name written
    # small, defined in the second sentence, was no title; the page was refused.
    entry, deck = deck_of("untitled-lead-in-then-lowercase-term.txt")
    assert entry.title == "Query string"
    assert what_is(deck).answer.startswith("The text after the first question mark in a URL")


def test_a_dictionarys_gloss_by_the_words_own_verb_gives_way_to_a_real_one() -> None:
    # Wiktionary's 'n. The act or process of denormalize.' over Wikipedia's
    # 'denormalization is the process of trying to improve the read performance ...'
    # (web119/findwords-denormalization.txt): the first gloss, which says the name
    # again as a verb, was the answer (round 252's worst).
    entry, deck = deck_of("dictionary-senses-verb-gloss-first.txt")
    assert entry.title == "Refactoring"
    assert what_is(deck).answer.startswith(
        "The process of changing the inner structure of existing code"
    )


def test_a_figures_caption_as_the_first_heading_is_no_title() -> None:
    # '## Figure 1.2 B-tree Structure' under a pasted page's first paragraph
    # (web119/useindexluke-b-tree.txt): the import listed an entry named after the picture.
    entry, deck = deck_of("figure-caption-heading-first.txt")
    assert entry.title == "Ring buffer"
    assert what_is(deck).answer.startswith("A fixed-size array used as a queue")


def test_an_authors_name_under_the_last_line_is_no_epigraphs() -> None:
    # 'Acceptance testing, which is also known as User Acceptance Testing, is where ...'
    # and, under the page's last line, '— Slimane Zouggari' (web121/flowless-acceptance-
    # testing.txt): with no blank line anywhere, the whole page was taken for a quotation
    # above its author and dropped, and the page was refused.
    entry, deck = deck_of("signed-page-no-title.txt")
    assert entry.title == "Smoke testing"
    assert what_is(deck).answer.startswith("Where a team runs a handful of quick checks")


def test_a_wiki_page_whose_line_breaks_were_all_lost_keeps_its_headings() -> None:
    # '====== Smell ====== ===== Meaning 1 ===== ... ==== Definition ==== A **smell** is
    # ...' all on one line (web121/principleswiki-code-smell.txt): only the first heading
    # was set apart, the rest ran together, and the page was refused.
    entry, deck = deck_of("wiki-markup-one-line.txt")
    assert entry.title == "Debt"
    card = what_is(deck)
    assert card.prompt == "What is a debt?"
    assert card.answer.startswith("The extra work a team takes on for later")


def test_a_state_defined_by_its_participle_under_its_title() -> None:
    # 'Deadlock' over 'A set of processes is deadlocked if each process ...'
    # (web125/gtupapersolution-deadlock.txt): the sentence's subject was taken for the
    # title ('Set of processes') and nothing defined it, so the page was refused.
    entry, deck = deck_of("participle-state-gloss.txt")
    assert entry.title == "Livelock"
    card = what_is(deck)
    assert card.prompt == "What is a livelock?"
    assert card.answer.startswith("A group of threads is livelocked if every thread")


def test_a_breadcrumb_trail_run_into_the_gloss_is_dropped() -> None:
    # 'Mutex' over 'referenceglossarymutexA "mutually exclusive" lock that ...'
    # (web125/netlify-mutex.txt): the site's path, copied without spaces, hid the gloss.
    entry, deck = deck_of("breadcrumbs-glued-to-gloss.txt")
    assert entry.title == "Semaphore"
    card = what_is(deck)
    assert card.prompt == "What is a semaphore?"  # one of many, as its gloss 'A counter' says
    assert card.answer.startswith("A counter that threads lower before they enter")
    assert "docsglossary" not in card.answer


def test_an_untitled_page_defining_its_term_in_a_field() -> None:
    # 'A process in an operating system refers to an executing instance of a program.'
    # opening a page with no title (web125/wisemonkeys-process.txt): 'in an operating
    # system' hid the definition, a later 'Processes are ...' named the page, and the
    # defining paragraph was dropped as the chrome above that title.
    entry, deck = deck_of("field-after-subject-no-title.txt")
    assert entry.title == "Page table"
    card = what_is(deck)
    assert card.prompt == "What is a page table?"
    assert card.answer.startswith("The map that turns the virtual addresses")


def test_a_paragraph_in_square_brackets_naming_its_event_last() -> None:
    # 'Deadlocks' / '[ When two threads are blocking each other we have a Deadlock. ... ]'
    # (web125/asyncop-deadlock.txt): the brackets and 'we have a X' hid the definition.
    entry, deck = deck_of("boxed-when-we-have.txt")
    assert entry.title == "Convoy"
    card = what_is(deck)
    assert card.prompt == "What is a convoy?"  # 'a Convoy' once is the writer's capital
    assert card.answer.startswith("When many threads queue up behind one slow holder")
    assert "[" not in card.answer


def test_a_title_heading_with_the_text_run_into_it() -> None:
    # '# CSSOM The Custom Style Sheet Object Model - CSSOM - is tree structure ...' on one
    # line (web124/intenogroup-cssom.txt): the whole line was the title, and the letters
    # between dashes were read as a glossary's term line.
    entry, deck = deck_of("title-heading-run-into-text.txt")
    assert entry.title == "BOM"
    assert what_is(deck).answer.startswith("A short run of bytes at the very start")
    spelled = [c for c in deck if c.prompt == "What does BOM stand for?"]
    assert [c.answer for c in spelled] == ["Byte Order Mark"]


def test_a_page_cut_after_a_whole_word_asks_nothing_of_the_cut_sentence() -> None:
    # 'What Is Web Accessibility?' / 'Web accessibility ensures that people ' at the end
    # of the saved page (web124/dodatech-web-accessibility.txt): the sentence stops after
    # a whole word, so it was asked as the definition (round 259's worst card).
    # (no layout fixture: those must each give a definition, and this page has none)
    text = (
        "Skip to content\nWeb Caching Basics: What Is a Web Cache and Why It Helps\n\n"
        "Prerequisites: some HTTP knowledge.\n\nWhat Is a Web Cache?\n\n"
        "A web cache keeps copies of responses close to the "
    )
    (entry,) = parse_entries(text, "web-cache.txt")
    assert entry.title == "Web Cache"
    deck = cards.generate(entry, path_siblings())
    assert not [c for c in deck if "close to the" in c.answer], [c.answer for c in deck]


def test_an_faq_set_out_with_q_and_a_letters() -> None:
    # 'Q: What is a kernel?' / 'A: A kernel is the central part of an operating system
    # ...' (web125/alegsaonline-kernel.txt): the letter lines were read as one list, 'What
    # are kernels?' was answered 'A: Kernels provide services ...', 'the central part of'
    # was taken for praise, and 'The Linux kernel is an example of ...' was asked as what
    # the Linux kernel is.
    entry, deck = deck_of("qa-letters-faq.txt")
    assert entry.title == "Scheduler"
    asked = {c.prompt: c.answer for c in deck}
    assert asked["What is a scheduler?"].startswith(
        "The central part of an operating system that decides"
    )
    assert not [c for c in deck if c.answer.startswith(("A:", "Q:"))]
    assert not [c for c in deck if "SCHED_FIFO" in c.prompt or "example of" in c.answer]
    assert asked["What do schedulers use?"].startswith("Schedulers use priorities")


def test_a_sites_blurb_above_the_pages_definition_is_no_title() -> None:
    # 'Safari Books Online is a digital library providing ...' above 'A daemon is a process
    # with the following characteristics:' (web125/safaribooks-daemon.txt): the blurb
    # defined the first name, so the card asked what the site is.
    entry, deck = deck_of("blurb-over-definition.txt")
    assert entry.title == "Zombie process"
    assert what_is(deck).answer.startswith("A process that has finished running")
    assert not [c for c in deck if "Learning Hub" in c.prompt + c.answer]


def test_a_title_whose_subtitle_says_what_it_does_is_no_pair() -> None:
    # 'Inodes – indexing files and directories' (web125/packtpub-inode.txt): 'files and
    # directories' was read as the two sides of a comparison, and the card asked 'What are
    # Directories?' -> 'A pointer to an inode, ...' (wrong: a name is that pointer).
    entry, deck = deck_of("doing-subtitle-not-a-pair.txt")
    assert entry.title == "Socket"
    assert what_is(deck).answer.startswith("One endpoint of a two-way link")
    assert not [c for c in deck if "server" in c.prompt.lower()]


@pytest.mark.parametrize(
    ("text", "remark"),
    [
        # web124/rvi-css-grid.txt: 'What is CSS grid?' -> 'Just another tool in our toolbox.'
        (
            "# Table layout\n\nTables came first. In the end, table layout is just another tool "
            "in our kit. It sits beside grid and flexbox.\n",
            "Just another tool",
        ),
        # web125/ynchen-inode.txt: 'What is file?' -> 'Actually composed of three ...'
        (
            "# Packet\n\nIn other words, a packet is actually composed of three different "
            "things: a header, a payload and a trailer.\n",
            "composed of",
        ),
    ],
)
def test_a_remark_or_a_list_of_parts_is_no_definition(text: str, remark: str) -> None:
    (entry,) = parse_entries(text, "remark.md")
    made = cards.generate(entry, path_siblings())
    assert not [c for c in made if remark in c.answer], [c.answer for c in made]


def test_steps_under_a_steps_heading_are_no_terms() -> None:
    # 'operating-systems' / 'Definition' / 'System Call' / 'A system call is ...' /
    # 'Execution Path' / 'User Process' / 'Sets up arguments ...' (web125/lukasl-system-
    # call.txt): each step's short heading was read as a term ('What is User Process?' ->
    # 'Sets up arguments ...', 'What is return?').
    entry, deck = deck_of("slug-tag-definition-label-steps.txt")
    assert entry.title == "Page fault"
    assert what_is(deck).answer.startswith("A trap the hardware raises when a process")
    (steps,) = [s for s in entry.sections if s.heading == "Execution Path"]
    assert [item.text.split(":")[0] for item in steps.items] == [
        "Process",
        "MMU",
        "Kernel",
        "Resume",
    ]
    assert not [c for c in deck if c.prompt.startswith(("What is return", "What does kernel"))]


def test_labelled_sub_points_of_a_point_are_no_glossary() -> None:
    # '• Provide an inter-operable way to describe the features of custom widgets:' over
    # '• Role: Describes the type of widget ...', '• Grouping: Groups of related ...'
    # (web124/illinois-aria-semantics.txt): each sub-point was read as a glossary's term,
    # five cards asking 'What is grouping?' with no word of ARIA.
    text = (
        "Aim of the Cache API is Keeping Responses for Later\n"
        "\n"
        "  • Give pages a dependable way to keep network responses:\n"
        "    • Match: Finds the stored response for a request, if there is one.\n"
        "    • Put: Stores a response under the request that fetched it.\n"
        "    • Delete: Removes a stored response so the next request goes to the network.\n"
        "    • Keys: Lists the requests that have responses stored.\n"
        "  • Work the same way in windows and in workers:\n"
        "    • Window scope (pages)\n"
        "    • Worker scope (service workers)\n"
    )
    asked = made_or_refused_titles(text)
    assert not {"Match", "Put", "Delete", "Keys"} & asked, asked


def made_or_refused_titles(text: str) -> set[str]:
    """The titles of the entries a page gives, none when it is refused."""
    try:
        return {entry.title for entry in parse_entries(text, "page.txt")}
    except cards.ParseError:
        return set()


@pytest.mark.parametrize(
    ("fixture", "title", "answer"),
    [
        # web128/treehoster-http-cookies.txt: 'HTTP Cookies — also known as ... — are ...'
        ("dash-aliases-around-name.txt", "Web Fonts", "Font files a browser fetches"),
        # web129/yushei-orm.txt: 'Object–relational mapping (ORM, O/RM, ...) in computer
        # science is ...' under a link's bullet: the en dash split the name
        (
            "en-dash-compound-after-link.txt",
            "Entity–attribute–value model",
            "A data model that stores each fact",
        ),
        # web128/dkhostmaster-dns.txt: 'DNS is short for Domain Name System. The system
        # translates ...', then 'DNS is kind of like a telephone book': the analogy answered
        ("short-for-then-head-acts.txt", "NTP", "The protocol keeps the clocks"),
        # web128/webglossary-websocket.txt: 'A computer communications protocol, providing
        # ...': 'communications' was taken for the gloss's verb
        ("glossary-point-plural-modifier.txt", "WebRTC", "A browser communications framework"),
        # web128/hostingdiscussion-cdn.txt: 'However, in simple webopedia terms: A content
        # delivery network (CDN) is ...' in a forum reply
        ("forum-reply-colon-lead.txt", "RP", "A server that sits in front of one or more"),
        # web128/ipveg-ip-address.txt: 'What is IP Address (layman)?' titled 'Layman', and
        # 'According to Wikipedia an Internet Protocol address (IP address) is ...'
        ("question-at-a-level.txt", "MAC Address", "A unique identifier assigned to a network"),
        # web128/mexseo-cdn.txt: 'The acronym CDN (for ...) refers to ...' titled 'Acronym CDN'
        ("acronym-kind-first.txt", "VPN", "An encrypted tunnel that carries"),
        # web128/seegongsik-idempotency.txt: 'idempotency' / 'ITLv.4 (900)noun' / 'Definition'
        ("vocabulary-card-level-line.txt", "Latency", "The time that passes between a request"),
        # '--- tags: - linux --- A shell is a command-line interface; ...' on one line
        # (web125/jras-shell.txt): the front matter's breaks were lost, and the page refused.
        ("front-matter-flattened.txt", "Socket", "One end of a two-way link between two programs"),
        # '## TL;DR' / 'IndexedDB is a low-level, asynchronous ...' (web124/anchorfact-
        # indexeddb.txt): only lines above the first heading were read for a name.
        ("summary-heading-no-title.txt", "WebAssembly", "A compact binary instruction format"),
        # 'localStorage' / 'is part of the Web Storage API and provides ...'
        # (web124/cnoss-localstorage.txt): the title is the first sentence's subject.
        (
            "verb-line-under-title.txt",
            "sessionStorage",
            "Part of the Web Storage API and keeps key–value",
        ),
        # 'What it is' / 'Every part of a page can be marked up two ways: ... Semantic HTML is
        # choosing the tag that names the role, ...' (web124/getwaio-semantic-html.txt): with
        # no title, only each line's first sentence was read for the page's name.
        (
            "what-it-is-label-late-definition.txt",
            "Progressive enhancement",
            "Building the plain base first",
        ),
        # 'L' / 'Load Balancing' / 'Definition' / 'Requests from clients are distributed across
        # available servers ...' (web128/vita-load-balancing.txt): the passive's subject was
        # taken for the title, asked 'What are requests from clients?' (round 261).
        (
            "passive-gloss-under-label.txt",
            "Caching Proxy",
            "Responses from origin servers are stored",
        ),
        # 'Question - What do you understand about the Git merge conflict?' / 'Answer -'
        # (web131/interviewmaterial-merge-conflict.txt, round 269): the interview's way of
        # asking what a thing is was no question the page asks, and the page was refused
        ("interview-question-answer-labels.txt", "Git rebase", "An operation that moves"),
        # '0' / '0' / 'Rest-apiConceptBeginner · 3 min read' / 'What is Endpoint in REST API:
        # Simple Explanation and Example' (web131/leyaa-api-endpoint.txt): the counts of
        # likes and comments above pushed the title's question, which lost its mark, out
        # of the lines a title is looked for in, and the page was refused
        ("counts-over-unmarked-question.txt", "Staging Area", "A holding list of the changes"),
    ],
)
def test_a_page_is_read_under_its_concept_whatever_its_layout(
    fixture: str, title: str, answer: str
) -> None:
    entry, deck = deck_of(fixture)
    assert entry.title == title
    (card,) = [c for c in deck if c.prompt.startswith(("What is ", "What are "))]
    assert card.answer.startswith(answer)


def test_a_name_acting_after_an_adverb_is_asked_what_it_does() -> None:
    # 'Garbage collection automatically frees memory that ...' under its title and an
    # 'Applies to:' line (web125/iwtlp-garbage-collection.txt): the name followed by a verb
    # counted as a definition only with no word between, so the page was refused; then
    # the whole sentence, its name first, answered 'What is ...?'.
    entry, deck = deck_of("verb-after-adverb-no-is.txt")
    assert entry.title == "Write-ahead logging"
    asked = {card.prompt: card.answer for card in deck}
    assert asked["What does write-ahead logging do?"].startswith(
        "Records every change in a log before the change reaches the data files"
    ), asked
    assert "What is write-ahead logging?" not in asked, asked


def test_how_it_works_is_answered_after_the_picture_that_leads_in() -> None:
    # 'How It Works' / 'Think of a REST API as a restaurant menu and the endpoint as the
    # specific dish you order. Each endpoint is a unique web address ...'
    # (web131/leyaa-api-endpoint.txt): the picture was the answer to 'How does an
    # endpoint work?', which says nothing of how it works without the menu.
    _, deck = deck_of("counts-over-unmarked-question.txt")
    (card,) = [c for c in deck if c.prompt == "How does the staging area work?"]
    assert card.answer.startswith("Each change you add with git add is copied into the index")


def test_a_table_of_contents_is_no_section_of_the_page() -> None:
    # 'Table of Contents' / '2. What is an INNER JOIN?' / '3. Syntax of INNER JOIN' ...
    # (web129/syskool-inner-join.txt): the contents' question took the points after it as
    # its answer: 'What is INNER JOIN?' -> 'INNER JOIN vs LEFT JOIN' (round 262's worst).
    entry, deck = deck_of("contents-list-then-sections.txt")
    assert not [s for s in entry.sections if "Syntax of LEFT JOIN" in (i.text for i in s.items)]
    assert what_is(deck).answer.startswith("A join that returns all rows from the left table")


def test_a_storys_numbered_choices_are_no_terms() -> None:
    # 'Choice 1 (Consistency): Both servers say ...' in a CAP theorem page's story
    # (web129/systemoverflow-cap-theorem.txt): asked 'What is a choice 1?'.
    text = (LAYOUTS / "story-choice-labels.txt").read_text()
    entries = parse_entries(text, "story-choice-labels.txt")
    assert [e.title for e in entries] == ["Partition", "Latency", "Consistency"]


def test_who_says_it_is_no_name() -> None:
    # 'People say a connection is fast, but speed has two parts. Bandwidth is ...'
    # (web128/cruxible-bandwidth-vs-latency.txt): titled 'People say a connection'; and
    # its key idea 'Bandwidth is data per second and latency is travel time per bit, and
    # ...' answered what bandwidth is with latency's definition run on.
    text = (
        "Two Different Numbers\n"
        "People say a disk is fast, but speed has two parts. Throughput is how much data a "
        "disk moves per second, like the width of a road. IOPS is how many separate reads or "
        "writes it serves per second, like the number of cars that pass.\n"
        "Why They Differ\n"
        "A disk can move a lot of data yet still feel slow.\n"
        "- Throughput caps a large sequential copy.\n"
        "- IOPS caps a database doing many small random reads.\n"
        "Key idea\n"
        "Throughput is bytes per second and IOPS is operations per second, and small random "
        "reads are limited by IOPS.\n"
    )
    entries = parse_entries(text, "two-numbers.txt")
    assert not [e for e in entries if e.title.startswith("People")]
    made = [c for e in entries for c in cards.generate(e, path_siblings())]
    assert not [c for c in made if "IOPS is" in c.answer], [c.answer for c in made]


def test_a_name_said_again_as_the_verb_of_its_answer_is_a_giveaway() -> None:
    # 'What does DELETE do?' -> 'Deletes the specified resource.' (web128/idris2docs-http-
    # methods.txt, round 261): the answer is the question's own word.
    text = (
        "HTTP methods\n\nGET: Requests a representation of the specified resource.\n"
        "PUT: Uploads a representation of the specified resource.\n"
        "DELETE: Deletes the specified resource.\n"
        "PATCH: Applies partial modifications to a resource.\n"
    )
    made = {c.prompt: c.answer for e in parse_entries(text, "m.txt") for c in cards.generate(e)}
    assert made["What does PUT do?"].startswith("Uploads a representation")
    assert not [a for a in made.values() if a.startswith("Deletes")], made


@pytest.mark.parametrize(
    ("text", "first", "then"),
    [
        # web129/pulumi-database-cache.txt: 'A database cache is supplementary to your
        # primary database, ...' said only where it stands (INCOMPLETE, round 262)
        (
            "Read Replica\nDefinition\nA read replica is supplementary to your main database, "
            "either in the same region or in another one. It exists to take read queries off "
            "the main database so that it can serve writes faster. Replicas copy changes "
            "shortly after they happen.\n",
            "Supplementary to your main database",
            "It exists to take read queries off the main database",
        ),
        # web129/ewebdiscussion-normalization.txt: 'Database Normalization is a technique of
        # organizing the data in the database. Normalization is a systematic approach of
        # decomposing tables to eliminate data redundancy ...' (INCOMPLETE, round 262)
        (
            "Hi\nDatabase Denormalization is a technique of arranging the data in the database. "
            "Denormalization is a deliberate approach of copying columns into tables to avoid "
            "joins on hot read paths.\nHope it helps you.\n",
            "A technique of arranging the data in the database.",
            "Denormalization is a deliberate approach of copying columns",
        ),
    ],
)
def test_a_thin_definition_takes_the_sentence_that_says_more(
    text: str, first: str, then: str
) -> None:
    (entry,) = parse_entries(text, "page.txt")
    card = what_is(cards.generate(entry, path_siblings()))
    assert card.answer.startswith(first)
    assert then in card.answer


def test_a_dictionary_sites_entry_under_its_labels() -> None:
    # 'Dictionary.com' / 'Thesaurus.com' / 'proxy server' / 'American' / '[prok-see sur-ver]
    # / ...' / 'noun' / 'Computers.' / '1. a server that receives requests, ...'
    # (web128/dictionarycom-proxy-server.txt): the labels hid the headword's gloss, and the
    # page was refused after titling it 'Examples' from its example sentences.
    entry, deck = deck_of("dictionary-site-labels-numbered-sense.txt")
    assert entry.title == "Load balancer"
    assert what_is(deck).answer.startswith("A device or program that spreads incoming requests")


def test_a_sites_name_over_the_pages_question_is_no_title() -> None:
    # 'Simple Science' / 'Cutting edge science explained simply' / 'What does "Cross-Site
    # Scripting" mean?' (web130/simplescience-xss.txt, round 268): the site's name was the
    # title, and 'What is XSS?' was answered 'A big worry in web security because ...'.
    entry, deck = deck_of("site-name-over-question.txt")
    assert entry.title == "Clickjacking"
    assert what_is(deck).answer.startswith("A type of attack in which a page hides")


def test_a_kind_of_pattern_keeps_its_word_pattern() -> None:
    # FOLDOC's 'design pattern' (web131/freedictionary-design-pattern.txt, round 267):
    # 'pattern' was taken off as a wrapper ('Circuit Breaker Pattern'), leaving 'Design'.
    entry, deck = deck_of("dictionary-of-computing-kind-pattern.txt")
    assert entry.title == "Architectural pattern"
    assert what_is(deck).answer.startswith("A description of a large-scale structure")


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # web130/choppytoast-totp.txt: 'What is TOTP?' -> 'A stronger second factor than SMS,
        # which is vulnerable to SIM-swap attacks.' (a comparison, and an identify card on it)
        (
            "# HOTP\n\nHOTP is a weaker second factor than a hardware key, which cannot be "
            "phished. It counts codes instead of using the time.\n",
            "weaker second factor than",
        ),
        # web131/devto-callback-function.txt: 'JavaScript callback functions are one of the
        # most confusing concepts for beginners.' asked as what they are
        (
            "# Closures\n\nClosures are one of the most confusing concepts for beginners. I "
            "remember staring at one for an hour.\n",
            "most confusing concepts",
        ),
        # web131/errorhandle-stack-vs-heap.txt: 'Great question--this concept is foundational
        # for ...' titled 'Great question--this concept'
        (
            "Good point--this idea is central to how programs share memory between threads. "
            "Let's look at it.\nShared memory\nShared memory is a region that two processes "
            "can both read and write.\n",
            "Good point",
        ),
        # web130/geekdost-jwt.txt: 'Which concept is a compact, URL-safe string that consists
        # of three parts separated by dots (.): 1?' (a sentence cut at its list's number)
        (
            "# PASETO\n\nA PASETO is a versioned token format that consists of three parts "
            "separated by dots (`.`): 1. **version** 2. **purpose** 3. **payload**.\n",
            ": 1?",
        ),
    ],
)
def test_a_comparison_a_ranking_or_a_cut_sentence_asks_nothing(text: str, bad: str) -> None:
    try:
        entries = parse_entries(text, "page.md")
    except cards.ParseError:
        return  # refused: no card at all is no bad card
    assert not [e for e in entries if bad in e.title]
    made = [c for e in entries for c in cards.generate(e, path_siblings())]
    assert not [c for c in made if bad in c.prompt + c.answer], [(c.prompt, c.answer) for c in made]


def test_a_passive_after_and_goes_on_describing_the_thing() -> None:
    # 'An access control model where permissions are assigned to roles, and users are
    # assigned to roles rather than ...' (web130/dargslan-rbac.txt): cut to '... roles,.'
    # as if a second thing were defined ('and latency is travel time').
    text = (
        "What is ABAC (Attribute-Based Access Control)?\n"
        "An access control model where rules look at attributes of the user and the resource, "
        "and decisions are made per request rather than from fixed roles.\n"
        "ABAC suits large organisations whose rules change often.\n"
    )
    (entry,) = parse_entries(text, "abac.txt")
    answer = what_is(cards.generate(entry, path_siblings())).answer
    assert answer.endswith("rather than from fixed roles."), answer


def made_from(text: str, file: str = "page.txt") -> tuple[Entry, list[cards.Card]]:
    """The entry and cards of a page given as text (its layout written in our words)."""
    entry = cards.parse(text, file)
    deck = cards.generate(entry, path_siblings())
    assert deck_problems(deck, entry) == []
    return entry, deck


def test_the_letters_said_again_after_being_spelled_out_are_the_entry() -> None:
    # 'BIOS stands for Basic Input/Output System, although ... The system BIOS is the
    # lowest-level software in the computer; ...' (web133/tripod-bios.txt): 'system BIOS'
    # was taken for another name, the whole opening paragraph was dropped and the page gave
    # no card.
    entry, deck = made_from(
        "UART\n\n"
        "UART stands for Universal Asynchronous Receiver-Transmitter, though hardly anyone "
        "says it in full. The serial UART is the chip that turns bytes into a stream of bits "
        "on one wire and back again. It sets the speed both ends agree on.\n\n"
        "When a program writes a byte, the UART adds a start bit and a stop bit and sends "
        "the bits one after another.\n"
    )
    assert entry.title == "UART"
    assert what_is(deck).answer.startswith("The chip that turns bytes into a stream of bits")
    made = {card.prompt: card.answer for card in deck}
    assert made["What does UART stand for?"] == "Universal Asynchronous Receiver-Transmitter"


def test_a_modifier_before_letters_elsewhere_names_another_thing() -> None:
    # Only right after the letters were spelled out does 'the <word> UART' stand for the
    # UART: opening a page, 'The secondary DNS is ...' defines no 'DNS'.
    entry = cards.parse(
        "DNS\n\nThe secondary DNS is a backup name server that copies its zone from the "
        "primary one. It answers when the primary is down.\n",
        "page.txt",
    )
    deck = cards.generate(entry, path_siblings())
    assert not [c for c in deck if c.prompt == "What is DNS?"]


def test_a_sentence_broken_over_blank_lines_is_read_whole() -> None:
    # 'The runtime system keeps track of the memory that is allocated and is able to' / ''
    # / 'determine whether that memory is still useable. ...' (web133/databells-garbage-
    # collection.txt): each piece of a sentence was a paragraph of its own.
    text = (
        "Spinlock\n\n"
        "A spinlock is a lock that makes a waiting thread loop and test the lock again\n\n"
        "and again instead of sleeping until the lock is free. It suits locks held for a\n\n"
        "very short time, since putting a thread to sleep and waking it costs more than\n\n"
        "a few turns of the loop.\n"
    )
    entry, deck = made_from(text)
    assert what_is(deck).answer == (
        "A lock that makes a waiting thread loop and test the lock again and again instead "
        "of sleeping until the lock is free."
    )
    # Each line keeps its number: the definition is still cited on line 3.
    assert what_is(deck).source.line == 3
    assert entry.sections[0].items[0].line == 3


def test_an_opening_paragraph_that_defines_nothing_is_not_dropped() -> None:
    # 'File System' / 'Most people have several thousand files ... Fortunately, all hard
    # disks use a file system, which organizes ...' (web133/pcnet-file-system.txt): the
    # paragraph under the title was taken for a tagline and, defining nothing, dropped
    # with what it said.
    entry, _ = made_from(
        "Clipboard\n\n"
        "You copy things all day without thinking about it. Every desktop keeps a "
        "clipboard, which holds the last thing you copied. The clipboard lets you paste "
        "that text or picture into another program.\n\n"
        "Most systems keep only one item there, so copying again replaces it.\n"
    )
    said = " ".join(item.text for section in entry.sections for item in section.items)
    assert "holds the last thing you copied" in said


def test_a_learners_what_is_x_mean_asks_what_x_means() -> None:
    # 'What is a thread mean?' (web133/jiskha-thread.txt) was titled 'Thread mean'.
    from cards.recover import title_from_question

    assert title_from_question("What is a thread mean?") == ("thread", "")
    assert title_from_question("what is an inode mean?") == ("inode", "")


def test_a_question_asked_without_what_is_read_only_from_define_or_definition() -> None:
    # Questions are told apart by their words before they are rewritten (a FAQ's 'How
    # does ...?' questions were each run through every rewrite): the ones read still are.
    from cards.recover import title_from_question

    assert title_from_question("Define coupling?") == ("coupling", "")
    assert title_from_question("Coupling definition?") == ("Coupling", "")
    assert title_from_question("What’s a content delivery network (CDN)?") is not None
    assert title_from_question("WHAT IS A CDN?") is not None
    assert title_from_question("How does a CDN cache pages?") is None
    assert title_from_question("Why is a CDN fast?") is None


def test_about_a_plural_is_the_concept_in_the_singular() -> None:
    # 'About reverse proxies' / 'A reverse proxy provides a more secure way ...'
    # (web132/oracle-reverse-proxy.txt): a docs section title, and a page that says what
    # the thing does rather than what it is, was refused.
    entry, deck = made_from(
        "About message brokers\n"
        "A message broker accepts messages from the programs that send them and hands "
        "each one to the programs that subscribe to its topic.\n"
        "Kinds of message brokers\n"
        "Message brokers may keep messages in memory or write them to disk.\n"
    )
    assert entry.title == "Message broker"
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.prompt in ("What is a message broker?", "What does a message broker do?")
    assert "ccepts messages from the programs that send them" in card.answer


def test_a_page_that_only_says_what_its_concept_is_used_for_is_asked_that() -> None:
    # 'Mail Exchange (MX) Records' / 'A Mail Exchange (MX) record is used to identify an
    # email server for the domain ...' over bullet points (web132/quartz-164-mx-record.txt)
    # was refused: nothing said what the record is.
    _, deck = made_from(
        "PTR record\n"
        "A PTR record is used to find the host name that belongs to an IP address.\n"
        "- it lives in a special reverse zone\n"
        "- mail servers check it before they accept a message\n"
    )
    made = {card.prompt: card.answer for card in deck}
    assert made["What is a PTR record used for?"] == (
        "To find the host name that belongs to an IP address."
    )


def test_a_name_at_the_end_is_asked_without_the_aside_that_links_it() -> None:
    # 'Above all, heap memory has the disadvantage of being slower than which concept?'
    # (web133/cppbetterexplained-stack-vs-heap.txt): the link to the sentence before was
    # pasted into the question.
    _, deck = made_from(
        "Polling\n\n"
        "Polling is a way for a client to learn about changes by asking a server again and "
        "again at fixed times. Above all, a chat that checks for new messages every few "
        "seconds works by polling.\n"
    )
    asked = [c.prompt for c in deck if c.kind is CardKind.IDENTIFY]
    assert "A chat that checks for new messages every few seconds works by which concept?" in (
        asked
    )
    assert not [p for p in asked if p.startswith("Above all")]


def test_a_kind_of_the_thing_or_what_it_is_not_is_no_clue_to_its_name() -> None:
    # 'Of course, there is no such thing as a rubber which concept?' (web133/newbetuts-
    # mutex.txt, a joke about a rubber chicken): the name after a word of its own names a
    # kind of it, and a denial is true of most concepts.
    _, deck = made_from(
        "Semaphore\n\n"
        "A semaphore is a counter that lets a fixed number of threads use a resource at "
        "once. Of course, a railway signal is the original semaphore. In practice you will "
        "never meet a wooden semaphore.\n"
    )
    asked = [c.prompt for c in deck if c.kind is CardKind.IDENTIFY]
    assert not [p for p in asked if "original which" in p or "wooden which" in p]


def test_a_title_with_its_subtitle_over_labelled_points_is_one_page() -> None:
    # 'Log Aggregation: Centralizing for Clarity and Speed' over 'What Is Log
    # Aggregation?' and labelled benefits and steps (web132/eventguard-log-aggregation.txt):
    # the title line was read as a glossary's first term, and every label after it as
    # another ('What does Faster Troubleshooting do?', 'What is transport?').
    text = (
        "Config Drift: Keeping Servers in Step\n\n"
        "What Is Config Drift?\n\n"
        "Config drift is the slow divergence of servers that should be identical, as small "
        "manual changes pile up on some of them and not others. Read our Complete Guide to "
        "Config Management for more.\n\n"
        "Why Catch It Early?\n\n"
        "  • Fewer Surprises: Keeps a fix tested on one server working on the rest.\n"
        "  • Faster Recovery: Lets a broken server be rebuilt from the shared definition.\n\n"
        "How Config Drift Detection Works\n\n"
        "  1. Baseline: Record the wanted state of every server in version control.\n"
        "  2. Scan: For large fleets, run the comparison in batches overnight.\n"
        "  3. Report: List each setting that differs from the baseline.\n"
    )
    entries = parse_entries(text, "page.txt")
    assert [e.title for e in entries] == ["Config Drift"]
    deck = cards.generate(entries[0], path_siblings())
    # ('Config Management' capitalised inside a guide's title is no sign of a name)
    assert what_is(deck).prompt == "What is config drift?"
    assert what_is(deck).answer.startswith("The slow divergence of servers")
    (steps,) = [c for c in deck if c.kind is CardKind.LIST and "three points" in c.prompt]
    # A point that opens on when it holds keeps what it says after the comma.
    assert "2. Scan: For large fleets, run the comparison in batches overnight." in (
        steps.answer.splitlines()
    )


def test_a_how_it_works_heading_naming_the_entry_asks_it_as_the_cards_do() -> None:
    # 'How Log Aggregation Works' was asked 'How does Log Aggregation work, in four
    # points?' beside 'What is log aggregation?': the heading's capitals are its own.
    from cards.makers.section_lists import clause_question

    assert clause_question("How Log Aggregation Works", "log aggregation") == (
        "How does log aggregation work?"
    )
    assert clause_question("How DNS Works", "DNS") == "How does DNS work?"


def test_a_verb_followed_by_when_it_happens_asks_when() -> None:
    # 'The bootloader starts every time a system starts or restarts.' (web133/phoenixnap-
    # bootloader.txt) was asked 'What does a bootloader start?' -> 'Every time a system
    # starts or restarts.' (WRONG: a time for a thing).
    _, deck = made_from(
        "Watchdog timer\n\n"
        "A watchdog timer is a hardware counter that resets a computer when its software "
        "stops responding. The watchdog timer fires every time the software fails to reset "
        "it within the set interval.\n"
    )
    made = {card.prompt: card.answer for card in deck}
    assert made["When does a watchdog timer fire?"] == (
        "Every time the software fails to reset it within the set interval."
    )
    assert "What does a watchdog timer fire?" not in made


def test_headed_kinds_of_the_page_concept_are_not_terms_of_their_own() -> None:
    # 'Definition' / 'Hypervisor is a piece of firmware ...' / 'Type 1 (Bare-metal
    # Hypervisor)' / 'Hypervisor that is built into the firmware ...' (web132/techtomic-
    # hypervisor.txt): the two kinds were read as a glossary's terms ('What is a type
    # 1?'), and the hypervisor itself was asked nothing.
    text = (
        "Definition\n"
        "Garbage collector is a part of a language runtime that finds memory no longer "
        "reachable by the program and gives it back for reuse.\n"
        "Collector kinds\n"
        "Tracing (Mark and Sweep)\n"
        "Garbage collector that walks every object reachable from the roots and frees the "
        "rest in one pass.\n"
        "Reference Counting (Counting Collector)\n"
        "Garbage collector that keeps a count of the references to each object and frees "
        "it when the count reaches zero.\n"
    )
    entries = parse_entries(text, "page.txt")
    assert [e.title for e in entries] == ["Garbage collector"]
    deck = cards.generate(entries[0], path_siblings())
    assert what_is(deck).answer.startswith("A part of a language runtime that finds memory")


def test_an_a_after_are_is_part_of_the_name() -> None:
    # 'What Are A Records?' (web132/technelogos-a-and-cname-records.txt) was read as 'what
    # are records', and 'A records match up a domain ...' asked under 'CNAME records'
    # as 'What do records match up?' (WRONG).
    from cards.recover import title_from_question

    assert title_from_question("What Are A Records?") == ("A Records", "")
    assert title_from_question("What is an A record?") == ("A record", "")
    assert title_from_question("What are the OSI layers?") == ("OSI layers", "")


def test_a_picture_of_the_readers_own_things_in_brackets_is_left_out() -> None:
    # '... can hold lots of different types of data (like your toys) in a flexible ...'
    # (web132/eli5-object-storage.txt): the child's picture blurred the answer.
    _, deck = made_from(
        "Message queue\n\n"
        "A message queue is a buffer that holds messages (like the letters in your mailbox) "
        "until the program they are meant for is ready to read them.\n"
    )
    assert what_is(deck).answer == (
        "A buffer that holds messages until the program they are meant for is ready to read them."
    )


def test_how_it_works_is_not_answered_by_it_varies() -> None:
    # 'How does autoscaling work?' -> 'Autoscaling works in a variety of ways depending
    # on the platform ...' (web132/sipoch-autoscaling.txt, INCOMPLETE), and then 'Which
    # concept is related to the concept of burstable instances ...?' (AMBIGUOUS).
    _, deck = made_from(
        "Sharding\n\n"
        "Sharding is the splitting of one database into several smaller ones that each "
        "hold part of the rows. Sharding is related to the concept of partitioning, which "
        "splits one table inside a single server.\n\n"
        "How does sharding work?\n\n"
        "Sharding works in a variety of ways depending on the database and the data. In "
        "general, every approach picks a key that decides where each row lives.\n"
    )
    assert not [c for c in deck if "variety of ways" in c.answer + c.prompt]
    assert not [c for c in deck if "related to the concept" in c.prompt]


def test_a_definition_naming_only_a_kind_takes_the_paragraph_after_it() -> None:
    # 'Swap Space, in Linux, is a Virtual Memory mechanism.' / 'If the system needs more
    # memory resources and the RAM is full, inactive pages in memory are moved to the Swap
    # Space.' (web133/ldapwiki-swap-space.txt): 'A Virtual Memory mechanism.' alone was
    # judged INCOMPLETE; and 'Which concept can help machines with a small amount of RAM,
    # it should not be considered ...?' ran two claims into one clue.
    _, deck = made_from(
        "Page cache\n\n"
        "Page cache, in Linux, is a file caching layer.\n\n"
        "When a program reads a file, the kernel keeps the read blocks in the page cache so "
        "the next read of them skips the disk.\n\n"
        "Page cache can make repeated reads fast, it should not be counted as free memory "
        "by tools that report usage.\n"
    )
    assert what_is(deck).answer == (
        "A file caching layer. When a program reads a file, the kernel keeps the read "
        "blocks in the page cache so the next read of them skips the disk."
    )
    assert not [c for c in deck if ", it should not" in c.prompt]


def test_a_figure_copied_as_text_is_no_part_to_choose() -> None:
    # 'Scenario A:' / 'Process 1: [CS] [CS] [CS]' / 'Process 2: ...' (web133/notesvercel-
    # critical-section.txt): the figure's lines were asked 'Which of these process 1: [CS]
    # [CS] [CS] Process 2: [CS] [CS] [CS] Result: Correct?', and 'Processes don't execute
    # in predictable order' was read as something a part does ('Which of these processes
    # don't ...?').
    from cards.makers.parts import _asked

    assert _asked("Record 1: [RW] [RW] Record 2: [RW] [RW] Result: Correct") is None
    assert _asked("Process 1: load() | pause | store() Process 2: load() | store()") is None
    assert _asked("Processes don't run in a fixed order - the scheduler picks") is None
    assert _asked("Chooses the route a packet takes across networks") == (
        "Which of these chooses the route a packet takes across networks?"
    )


def test_all_the_things_called_a_name_define_it() -> None:
    # 'In Unix, all of the programs that are running in the background are called
    # daemons.' (web133/packtpub-daemon.txt) opened an untitled page, which was refused.
    _, deck = made_from(
        "In Linux, all of the child tasks that have finished but still wait for their parent "
        "to read their exit status are called zombies. They hold only a slot in the task "
        "table until then.\n"
    )
    (card,) = [c for c in deck if c.prompt == "What are zombies?"]
    assert card.answer.startswith(
        "Child tasks that have finished but still wait for their parent to read their exit"
    )


def test_an_interviews_numbered_answer_says_what_it_is_in_its_first_point() -> None:
    # 'Question - What is context switching ?' / 'Answer -' / '1. It is the process of
    # switching the CPU from one process to another.' (web133/interviewmaterial-context-
    # switch.txt) was refused: the answer was a list, and 'Answer -' no answer's label.
    entry, deck = made_from(
        "Question - What is a page fault ?\n"
        "Answer -\n"
        "1. It is the signal the CPU raises when a program touches a page that is not in "
        "memory.\n"
        "2. The operating system then loads the page from disk.\n"
        "3. The instruction is run again once the page is in.\n"
    )
    assert entry.title == "Page fault"
    assert what_is(deck).answer == (
        "The signal the CPU raises when a program touches a page that is not in memory."
    )


def test_a_learners_what_is_mean_x_asks_what_x_means() -> None:
    # 'what is mean "UTF-8" ?' over a forum's quoted answer (web134/sololearn-utf-8.txt)
    # was titled 'Mean "UTF-8"' and refused.
    from cards.recover import title_from_question

    assert title_from_question('what is mean "UTF-16" ?') == ("UTF-16", "")
    entry, deck = made_from(
        'what is mean "UTF-16" ?\n\n'
        '"UTF-16 is a character encoding that writes each Unicode code point as one or two '
        '16-bit units." \n'
        "3rd May 2019, 10:02 AM\n"
    )
    assert entry.title == "UTF-16"
    assert what_is(deck).answer.startswith("A character encoding that writes each Unicode")


def test_a_definition_quoted_whole_under_a_definitions_label_is_read() -> None:
    # 'Definition(s):' / '“in software-intensive systems, technical debt is a collection
    # of ...”' twice (web134/tdmframework-technical-debt.txt), a standard's glossary quoted:
    # refused, the quotation marks hiding the sentence.
    _, deck = made_from(
        "Definition(s):\n"
        "“in distributed systems, a quorum is the smallest number of replicas that must "
        "agree before a write counts as done”\n"
        "“in distributed systems, a quorum is the smallest number of replicas that must "
        "agree before a write counts as done”\n"
    )
    assert what_is(deck).answer == (
        "The smallest number of replicas that must agree before a write counts as done."
    )


def test_a_short_name_after_the_long_one_in_a_question_is_its_abbreviation() -> None:
    # 'What is Regular Expressions `RegEx`?' (web134/regexlearn-regular-expression.txt),
    # the code marks lost in the copy: titled 'Regular Expressions RegEx', no card.
    from cards.recover import title_from_question

    assert title_from_question("What is Structured Query Language SQL?") == (
        "SQL",
        "Structured Query Language",
    )
    assert title_from_question("What is Microsoft SQL?") == ("Microsoft SQL", "")
    assert title_from_question("What is Regular Expressions RegEx?") == (
        "RegEx",
        "Regular Expressions",
    )
    _, deck = made_from(
        "What is JavaScript Object Notation `JSON`?\n\n"
        "JavaScript Object Notation is a text format for data made of objects and arrays.\n"
    )
    assert what_is(deck).answer == "A text format for data made of objects and arrays."


def test_how_often_it_happens_is_no_definition_and_no_sign_of_a_name() -> None:
    # 'Often, merge conflicts happen when people make different changes to the same line
    # ...' (web134/speakerdeck-merge-conflict.txt) gives a common cause, not what a merge
    # conflict is: read as its definition it was judged INCOMPLETE (round 279). And the
    # comma after 'Often' made its capital look like a name's ('What are Merge
    # Conflicts?').
    entry = cards.parse(
        "Cache Misses\n\nSometimes the data a program asks for is not where it hoped.\n\n"
        "Often, cache misses happen when a program reads memory it has not touched "
        "recently.\n",
        "page.txt",
    )
    made = cards.generate(entry, path_siblings())
    assert not [c for c in made if c.answer.startswith("When a program reads memory")]
    _, deck = made_from(
        "Livelocks\n\n"
        "Livelocks are a state in which two threads keep stepping aside for each other, "
        "so neither gets on.\n\n"
        "Often, livelocks come from retry loops that back off by the same delay.\n"
    )
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.prompt == "What are livelocks?"


def test_a_link_back_in_angle_brackets_is_no_title() -> None:
    # '<< back to Guides' over '📄 API Pagination – Quick Guide' (web134/codebymario-
    # pagination.txt) was taken for the page's title, and the page refused.
    entry, deck = made_from(
        "<< back to Guides\n\n"
        "📄 API Throttling – Quick Guide\n\n"
        "Throttling protects a service by slowing down clients that send too many requests "
        "in a short time.\n\n"
        "📌 1. Fixed Window\n\n"
        "Counts requests in each minute and rejects the rest.\n"
    )
    assert entry.title in ("API Throttling", "Throttling")
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert "protects a service by slowing down clients" in card.answer


def test_a_sentence_opening_on_the_titles_letters_defines_it() -> None:
    # 'Extensible Markup Language' / 'derived from ...' / 'XML defines set of rules ...'
    # (web134/splessons-xml.txt) was refused: the letters were no name of the entry.
    entry, deck = made_from(
        "Portable Network Graphics\n"
        "PNG stores an image without losing any of its detail, using a lossless "
        "compression.\n"
    )
    assert "PNG" in entry.aliases
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.answer.startswith("Stores an image without losing any of its detail")


def test_a_title_that_labels_itself_a_definition_keeps_only_the_name() -> None:
    # 'What is an SSL certificate – Definition and Explanation' (web136/kaspersky-ssl-
    # certificate.txt) titled the entry with the label, and asked 'What is an SSL
    # certificate – Definition and Explanation?'.
    entry, deck = made_from(
        "What is a load balancer – Definition and Explanation\n\n"
        "A load balancer is a device that spreads incoming requests over a pool of "
        "servers so that no single server is overwhelmed.\n\n"
        "In short: it keeps a busy site answering when one machine slows down.\n"
    )
    assert entry.title == "Load balancer"
    assert "Definition" not in " ".join(c.prompt for c in deck)


def test_a_blurb_saying_what_the_reader_will_learn_names_nothing() -> None:
    # 'What are Backlinks? SEO Guide for Beginners' over 'Learn what backlinks mean in
    # SEO, ...' (web136/seo-glossary backlinks page) was titled 'Learn what backlinks'.
    entry, deck = made_from(
        "What are Breadcrumbs? A Guide for Beginners\n\n"
        "Learn what breadcrumbs mean for navigation, why they matter, and how to add them.\n\n"
        "Breadcrumbs are links that show where the current page sits in a site.\n"
    )
    assert entry.title == "Breadcrumbs"
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    # ('links' after 'are' is a plural noun, not a verb of what they do)
    assert card.prompt == "What are breadcrumbs?"
    assert card.answer.startswith("Links that show where the current page sits")


def test_a_longer_name_in_front_of_the_letters_is_no_expansion() -> None:
    # 'UTM parameters (UTM) is a shortcut for ...' (web136/wikiless-utm-parameters.txt)
    # gave 'What does UTM stand for?' -> 'UTM parameters'.
    _, deck = made_from(
        "CSS selectors\n"
        "CSS selectors (CSS) is a way of picking which elements of a page a rule styles.\n"
    )
    assert not [c for c in deck if c.answer.strip(". ") == "CSS selectors"]


def test_a_gloss_that_opens_on_is_reads_the_term_as_its_subject() -> None:
    # '• SIGHUP - is sent to a process when ...' (web135/stackoverflow posix signals
    # page) answered 'What is SIGHUP?' with 'is sent to a process ...'.
    entries = parse_entries(
        "Explain SIGQUIT, SIGSTOP, SIGCONT and SIGUSR1 signals.\n"
        "• SIGQUIT - is sent to a process when the user asks it to quit and leave a core "
        "dump. The dump helps a developer see where the program was.\n"
        "• SIGSTOP - is sent to a process to pause it until it is told to go on. It cannot "
        "be caught or ignored by the process.\n"
        "• SIGCONT - is sent to a stopped process to let it run again. A shell sends it "
        "when a job is put back in the foreground.\n"
        "• SIGUSR1 - is sent to a process for a purpose the program itself decides. Many "
        "servers reopen their log files on it.\n",
        "signals.txt",
    )
    made = [c for e in entries for c in cards.generate(e, path_siblings())]
    (card,) = [c for c in made if c.prompt == "What is SIGSTOP?"]
    assert card.answer == "Sent to a process to pause it until it is told to go on."
    assert not [c for c in made if c.answer.lower().startswith("is ")]


def test_a_plural_joined_to_another_is_no_name_doing_something() -> None:
    # 'Hard links and symbolic links are useful tools, ...' (web135/jcook0017-hard-vs-
    # symbolic-link.txt) was titled 'Hard', read as 'Hard' that 'links'.
    entry, _ = made_from(
        "Static routes and dynamic routes are easy to mix up. A static route is a path "
        "to a network that an administrator types in by hand. A dynamic route is one a "
        "routing protocol learns by itself.\n"
        "Static routes never change unless someone edits them, so static routes suit "
        "small networks.\n"
    )
    assert entry.title != "Static"


def test_a_plural_all_used_to_do_something_is_asked_what_it_is_for() -> None:
    # 'The UNIX termination signals are all used to tell a process to terminate, ...'
    # (web135/ivishal-termination-signals.txt) answered 'What are the UNIX termination
    # signals?' with 'All used to tell a process to terminate, ...'.
    _, deck = made_from(
        "Cache Headers\n\n"
        "The cache headers are all used to tell a browser how long it may keep a copy "
        "of a response. They have different names because each one answers a different "
        "question.\n"
    )
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.prompt == "What are the cache headers used for?"
    assert card.answer.startswith("To tell a browser how long it may keep a copy")


def test_a_term_glossed_by_a_mass_noun_and_a_named_thing_is_defined() -> None:
    # 'Package manager: Software for a Linux operating system that manages ...' (web135/
    # about-package-manager.txt) was refused: the gloss's 'Linux operating system' was
    # more words than a mass noun's gloss was read with.
    entry, deck = made_from(
        "Device driver: Software for a Windows operating system that lets it talk to one "
        "kind of hardware. Each driver knows the commands of its device.\n\n"
        "Also Known As: driver\n"
    )
    assert entry.title == "Device driver"
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.answer.startswith("Software for a Windows operating system that lets it talk")


def test_a_foldoc_entry_spelling_its_name_out_in_quotes_is_defined() -> None:
    # 'Chmod' / '<file system> ("Change mode") The Unix command and system call to
    # change ...' (web135/elook-chmod.txt), a FOLDOC entry wrapped at odd places, was
    # refused: neither the quoted expansion nor 'the command ... to change' was read.
    entry, deck = made_from(
        "Mkdir\n"
        '<file system> ("Make directory") The\n'
        "Unix command and\n"
        "system call to create a new directory in the file system.\n"
        "It fails when a file of that name already exists.\n"
    )
    assert entry.title == "Mkdir"
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.prompt == "What is Mkdir?"
    assert card.answer == (
        "The Unix command and system call to create a new directory in the file system."
    )


def test_a_title_in_two_words_defined_as_one_word_takes_the_defined_form() -> None:
    # 'Sub Domain' / 'A subdomain represents part of the main domain name.' (web136/
    # modernblackhand-subdomain.txt) gave no card: the definition's name was not the title.
    entry, deck = made_from(
        "Key Stroke\n\n\n"
        "A keystroke represents one press of a key on a keyboard. Typing tutors count "
        "them to measure speed.\n\n"
        "Keystrokes are commonly used to trigger shortcuts in an editor.\n"
    )
    assert entry.title == "Keystroke"
    assert "Key Stroke" in entry.aliases
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.prompt == "What is a keystroke?"
    assert card.answer == "One press of a key on a keyboard."


def test_the_letters_a_title_opens_with_are_asked_what_they_stand_for() -> None:
    # 'SSL stands for Secure Sockets Layer, ...' under 'What is an SSL certificate'
    # (web136/boardinfinity-ssl-certificate.txt) was asked nothing: SSL is no name of
    # the entry, only the first word of its title.
    _, deck = made_from(
        "What is a DNS record\n\n"
        "A DNS record is an instruction kept on a name server that tells resolvers what to "
        "answer for a domain. DNS stands for Domain Name System, the directory that turns "
        "names into addresses.\n\n"
        "Records come in types such as A, MX and TXT.\n"
    )
    (card,) = [c for c in deck if c.prompt == "What does DNS stand for?"]
    assert card.answer == "Domain Name System"


def test_what_a_state_of_the_thing_causes_is_no_kind_of_it() -> None:
    # 'Misconfigured PATH is a common cause of "command not found" errors.' (web135/
    # dargslan-environment-path.txt) was asked 'What is Misconfigured PATH?', a kind of
    # path by its head word, answered by what it leads to.
    _, deck = made_from(
        "What is a Cache Key?\n"
        "A cache key is the string a cache stores a response under, so that a later "
        "request can find it.\n"
        "Keys are built from the URL and some headers. A stale cache key is a common cause "
        "of users seeing yesterday's page.\n"
    )
    assert not [c for c in deck if "stale" in c.prompt.lower()]
    assert [c for c in deck if c.prompt == "What is a cache key?"]


def test_a_command_asked_by_its_bare_name_is_asked_what_the_command_does() -> None:
    # 'What is sudo?' / 'The [command]`sudo` command allows users to gain administrative
    # or root access.' (web135/fedoraproject-sudo.txt, AsciiDoc roles left in the copy)
    # gave no card: the role hid the name, and 'the sudo command' was not read as sudo.
    entry, deck = made_from(
        "What is chown?\n"
        "The [command]`chown` command allows an administrator to give a file to another "
        "user. Only the root user may run it on files of other users.\n"
        "The owner is stored in the file's inode, see [filename]`/etc/passwd` for names.\n"
    )
    assert entry.title == "chown command"
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.prompt == "What does the chown command do?"
    assert card.answer == "Allows an administrator to give a file to another user."
    assert not [c for c in deck if "[command]" in c.prompt + c.answer]


@pytest.mark.parametrize(
    "vague",
    [
        "Latency is a measurement.",
        "Latency should be low.",
        "Usually, this is your network — when a page loads slowly, the wait is counted as latency.",
        "Latency is a fundamental concept in the design of all computer networks.",
    ],
)
def test_a_clue_of_one_word_or_of_a_pronoun_is_no_identify_card(vague: str) -> None:
    # 'Which concept is a measurement?' (web136/cloudhostinglv-uptime.txt), 'Which
    # concept should be unique?' (web136/onlineguider-meta-description.txt), 'Most
    # often, this is your keyboard — ... as which concept?' (web135/opeolluwa-standard-
    # streams.txt) and 'Which concept is a fundamental concept in the Linux and UNIX
    # filesystem?' (web123/go4expert-inode.txt) single out nothing.
    _, deck = made_from(
        "Latency\n\n"
        "Latency is the time a message takes to travel from its sender to its receiver. "
        f"{vague} Every hop through a router adds latency.\n"
    )
    asked = [c.prompt for c in deck if c.kind is CardKind.IDENTIFY]
    assert asked == ["Every hop through a router adds which concept?"]


def test_letters_spelled_out_and_said_what_they_are_in_one_breath() -> None:
    # 'DKIM stands for DomainKeys Identified Mail and is a technology used to verify ...'
    # (web136/hornetsecurity-dkim.txt) was read as spelling only: 'What is DKIM?' took a
    # remark further on ('one of the technologies used as part of the DMARC initiative').
    _, deck = made_from(
        "VPN\n\n"
        "VPN stands for Virtual Private Network and is a service that carries your traffic "
        "through an encrypted tunnel to a server elsewhere. A VPN hides your address from "
        "the sites you visit. A VPN is one of the tools used as part of a remote work "
        "policy to protect company data.\n"
    )
    made = {c.prompt: c.answer for c in deck if c.kind is CardKind.DEFINITION}
    assert made["What is a VPN?"].startswith("A service that carries your traffic through")
    assert made["What does VPN stand for?"] == "Virtual Private Network"


def test_a_definition_pointing_at_a_picture_takes_what_the_thing_is_used_for() -> None:
    # 'The meta description is an HTML tag, which looks like this in the HTML. Meta
    # descriptions are commonly used on search engine result pages ...' (web136/
    # onlineguider-meta-description.txt) answered 'An HTML tag, which looks like this in
    # the HTML.', the tag itself lost with the page's picture.
    _, deck = made_from(
        "What is a Favicon?\n"
        "The favicon is a small image file, which looks like this in the browser. Favicons "
        "are commonly used in browser tabs and bookmarks to tell one site from another.\n\n"
        "Good favicons are simple shapes.\n"
    )
    (card,) = [c for c in deck if c.prompt == "What is the favicon?"]
    assert card.answer == (
        "A small image file. Favicons are commonly used in browser tabs and bookmarks to "
        "tell one site from another."
    )


def test_a_list_heading_naming_the_entry_is_asked_as_it_stands() -> None:
    # 'Common uses of subdomains:' under 'What is a sub-domain?' (web136/dondominio-
    # subdomain.txt) was asked 'What are the three common uses of subdomains of a
    # Sub-domain?'; with the title read as the page defines it, no list card at all.
    _, deck = made_from(
        "What is a hot-fix?\n"
        "A hotfix is a small change shipped straight to production to repair one urgent "
        "fault.\n\n"
        "Common causes of hotfixes:\n"
        "- Security holes: a flaw attackers already use.\n"
        "- Data loss: a bug that deletes or corrupts records.\n"
        "- Outages: a fault that takes the service down.\n"
    )
    lists = [c.prompt for c in deck if c.kind is CardKind.LIST]
    assert "What are the three common causes of hotfixes?" in lists
    assert "What is a hotfix?" in [c.prompt for c in deck]


def test_a_list_heading_in_title_case_with_small_words_is_asked_in_lower_case() -> None:
    # 'Best Practices for Log Aggregation' (web132/eventguard-log-aggregation.txt) would
    # be asked 'What are the five best Practices for Log Aggregation?'.
    _, deck = made_from(
        "# Code review\n\n"
        "Code review is the practice of having another developer read a change before "
        "it is merged.\n\n"
        "## Good Habits for Every Reviewer\n\n"
        "- Keep changes small\n"
        "- Explain the why\n"
        "- Answer every comment\n",
        "review.md",
    )
    lists = [c.prompt for c in deck if c.kind is CardKind.LIST]
    assert "What are the three good habits for every reviewer?" in lists


def test_a_definition_heading_promises_only_its_first_sentence() -> None:
    # 'HTML Templates' / 'Definition' / 'When you use a web component, a copy of the
    # component's template is inserted ... This template includes more complex HTML ...'
    # (web122/psu-web-components.txt) answered 'What are HTML Templates?' with what one
    # component's template includes.
    _, deck = made_from(
        "# Service Workers\n\n"
        "## Definition\n\n"
        "When a page registers a script, the browser keeps a copy of the script for the "
        "site. This script intercepts the requests the page makes and answers from a "
        "cache it fills itself.\n",
        "workers.md",
    )
    assert not [c for c in deck if c.answer.startswith("This script")]


def test_a_contrast_with_something_the_sentence_before_named_is_not_asked() -> None:
    # 'Unlike other systems for managing this communication, a service mesh is ...'
    # (web132/ikenna-service-mesh.txt) was asked 'How does a service mesh differ from
    # other systems for managing this communication?': which communication?
    _, deck = made_from(
        "Message broker\n\n"
        "A message broker is a server that takes messages from programs and hands them "
        "to the programs that want them. Services often need to exchange events. Unlike "
        "other tools for handling this traffic, a message broker keeps each message until "
        "someone reads it.\n"
    )
    assert not [c for c in deck if "this traffic" in c.prompt]


def test_a_dictionarys_first_sense_may_gloss_a_mass_noun() -> None:
    # 'firmware' / '/ˈfɜrmˌwɛr/' / 'noun' / '1. Software that is permanently stored ...'
    # (web137/whatsthatwordmean-firmware.txt) was refused: only a first sense opening on
    # an article was read as the gloss.
    entry, deck = made_from(
        "bandwidth\n\n/ˈbændˌwɪdθ/\nnoun\n"
        "  1. Data that a network link can carry each second, counted in bits.\n"
        "    • The office line has more bandwidth than the one at home.\n"
        "  2. The range of frequencies a signal takes up.\n"
    )
    assert entry.title == "Bandwidth"
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.answer == "Data that a network link can carry each second, counted in bits."


def test_a_heading_glued_to_its_marks_and_its_answer_is_split_from_them() -> None:
    # '##What is Bluetooth? While most people know ...' (web137/androidstackexchange-
    # bluetooth.txt, a Q&A site's tag wiki) was refused: no title was found, and
    # '##Related tags' kept its marks.
    entry, deck = made_from(
        "##What is Wi-Fi? Wi-Fi is a family of radio standards that lets devices join a "
        "local network without a cable.\n"
        "Most laptops and phones have Wi-Fi built in.\n"
        "##Related tags\n"
        "- wifi-direct: two devices talking without an access point\n"
    )
    assert entry.title == "Wi-Fi"
    (card,) = [c for c in deck if c.prompt == "What is Wi-Fi?"]
    assert card.answer.startswith("A family of radio standards that lets devices join")
    assert not [c for c in deck if "##" in c.prompt + c.answer]


def test_a_clue_saying_it_did_the_same_is_no_identify_card() -> None:
    # 'Which concept was supposed to do the same with communications protocols, ...?'
    # (web137/androidstackexchange-bluetooth.txt): the same as the king the sentence
    # before spoke of.
    _, deck = made_from(
        "Esperanto\n\n"
        "Esperanto is a language built in 1887 to be easy to learn for speakers of any "
        "tongue. Latin once joined scholars across Europe. Esperanto was meant to do the "
        "same for ordinary people, giving them one second language.\n"
    )
    assert not [c for c in deck if "the same" in c.prompt]


def test_a_key_takeaways_label_run_into_the_first_sentence_is_no_part_of_the_title() -> None:
    # ' date 2023-10-23 Key Takeaways Gallium nitride (GaN) is a semiconductor material
    # ...' (web137/pocket-lint-gan-charging.txt) was titled 'Key Takeaways Gallium nitride'.
    entry, deck = made_from(
        " date 2024-02-11 Key Takeaways Organic light-emitting diode (OLED) is a display "
        "technology whose every pixel makes its own light.\n\n"
        "OLED panels need no backlight, so they can show true black.\n"
    )
    assert entry.title == "OLED"
    assert [c for c in deck if c.prompt == "What is OLED?"]
    assert not [c for c in deck if "Takeaways" in c.prompt]


def test_a_glossary_label_before_the_term_and_describes_for_is_are_read_through() -> None:
    # 'Explanation: Near field communication' / 'describes a RFID-based communication
    # standard ...' (web137/roi-international-nfc.txt) asked 'What does Explanation: Near
    # field communication do?' -> 'Describes a RFID-based ...'.
    entry, deck = made_from(
        "Explanation: Power line networking\n\n"
        "describes a way of carrying computer data over the electric wiring of a building. "
        "An adapter plugs into each socket.\n\n"
        "Synonyms: PLC\n"
    )
    assert entry.title == "Power line networking"
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.prompt.startswith("What is ")
    assert card.answer.startswith("A way of carrying computer data over the electric wiring")


def test_the_full_form_of_letters_names_the_letters_not_the_full_form() -> None:
    # 'The Full form of NFC is Near Field Communication. NFC refers to ...' (web137/
    # successcds-nfc.txt) was titled 'Full form of NFC' ('What does the Full form of NFC
    # do?').
    entry, deck = made_from(
        "The Full form of LAN is Local Area Network. LAN refers to a network that joins "
        "computers in one building or campus.\n\n"
        "A LAN is usually owned by the people who use it.\n"
    )
    assert entry.title == "LAN"
    assert not [c for c in deck if "Full form" in c.prompt]
    assert [c for c in deck if c.prompt == "What is a LAN?"]


def test_what_a_thing_belongs_to_is_not_what_it_does() -> None:
    # 'GaN belongs to a family of materials called wide-bandgap semiconductors, ...'
    # (web137/pocket-lint-gan-charging.txt) was asked 'What does GaN do?'.
    _, deck = made_from(
        "Silicon carbide (SiC) is a hard crystal used in power parts that switch high "
        "voltages, such as those of electric cars.\n\n"
        "SiC belongs to a group of crystals called wide-bandgap materials, which have a "
        "lower loss to heat and can work at higher voltages and temperatures than plain "
        "silicon.\n"
    )
    assert not [c for c in deck if c.answer.startswith("Belongs")]


def test_no_word_is_turned_inside_a_name_spelled_out_in_brackets() -> None:
    # 'True or false: DisplayPort, like HDMI (Low Definition Multimedia Interface), can
    # transmit video and audio ...' (web137/techtarget-displayport.txt): the turned word
    # was in the other name's expansion, and the claim stayed true.
    _, deck = made_from(
        "Thunderbolt\n\n"
        "Thunderbolt is a port standard that carries data, video and power over one "
        "cable. Thunderbolt, like HDMI (High Definition Multimedia Interface), can carry "
        "video and sound at once over a single cable.\n"
    )
    assert not [c for c in deck if "Low Definition" in c.prompt]


def test_what_a_thing_is_best_for_is_not_what_it_is() -> None:
    # 'In short, HDDs are best for budget storage, while SSDs ...' (web137/technowiki-
    # ssd-vs-hdd.txt) answered 'What are HDDs?' with 'Best for budget storage.'.
    _, deck = made_from(
        "Tape drives\n\n"
        "Tape drives keep years of backups on cheap cartridges. In short, tape drives are "
        "best for archives that are rarely read, while disks are better for daily work.\n"
    )
    assert not [c for c in deck if c.answer.startswith("Best for")]


def test_a_claim_that_only_counts_advantages_is_not_asked() -> None:
    # 'DisplayPort offers several advantages over the older standards.' (web137/
    # techtarget-displayport.txt) was asked 'What does DisplayPort do?'.
    _, deck = made_from(
        "Fibre optic cable\n\n"
        "A fibre optic cable is a cable that carries data as pulses of light through thin "
        "glass strands.\n\n"
        "A fibre optic cable offers several advantages over copper cables.\n"
        "- It carries data much further.\n"
        "- It is not disturbed by electrical noise.\n"
    )
    assert not [c for c in deck if "several advantages" in c.answer]


def test_an_articles_wrapped_headings_are_no_glossary_terms() -> None:
    # 'Understanding 802.11ax (Wi-Fi 6)' and 'The OFDMA Revolution' over paragraphs
    # (web137/rfessentials-802-11ax.txt) were read as two more terms ('What is an
    # understanding 802.11ax?'); the page's 'IEEE 802.11ax ... is a ...' defines its title,
    # and '... was engineered specifically to fix ...' says how it was made.
    entries = parse_entries(
        "Networking Standards\n\n"
        "802.3bt\n\n"
        "IEEE 802.3bt (sold as PoE++) is a standard for sending up to 90 watts of power "
        "over an Ethernet cable to a device such as a camera.\n"
        "Category: Networking Standards\n\n"
        "Understanding 802.3bt (PoE++)\n\n"
        "Earlier power-over-Ethernet standards gave too little power for big cameras. "
        "802.3bt was engineered specifically to feed such devices.\n\n"
        "The Four-Pair Breakthrough\n\n"
        "The main change from the older standard is that all four pairs of wires carry "
        "power at once.\n",
        "page.txt",
    )
    assert [e.title for e in entries] == ["802.3bt"]
    deck = cards.generate(entries[0], path_siblings())
    (card,) = [c for c in deck if c.prompt == "What is 802.3bt?"]
    assert card.answer.startswith("A standard for sending up to 90 watts of power")


def test_a_full_stop_inside_a_closing_single_quote_is_not_doubled() -> None:
    # "... from 'maximum theoretical speed' to 'high-density efficiency.'." (web137/
    # rfessentials-802-11ax.txt): the answer's own stop sat inside the quote.
    _, deck = made_from(
        "Jitter\n\n"
        "Jitter is the variation in delay between packets, which voice calls hear as "
        "'choppy sound.'\n"
    )
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.answer.endswith("'choppy sound'.")


def test_a_title_defined_with_the_letters_of_its_family_is_that_name() -> None:
    # 'What is Power Delivery?' / 'USB Power Delivery is a charging technology. ...'
    # (web137/wavlink-power-delivery.txt) gave no card: the definition named more than
    # the title.
    entry, deck = made_from(
        "What is Low Energy?\n\n"
        "BLE Low Energy is a radio mode for small devices that send a little data now and "
        "then. It lets a sensor run for a year on a coin cell.\n"
    )
    assert "BLE Low Energy" in entry.aliases
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.answer.startswith("A radio mode for small devices")


def test_a_pair_question_saying_the_start_of_one_sides_name_asks_the_other_half() -> None:
    # 'Which places extremely small droplets of ink on the paper: inkjet printer or laser
    # printer?' (web137/manuall-inkjet-vs-laser.txt): 'ink' gives 'inkjet' away.
    _, deck = made_from(
        "What is the difference between a sundial and a clepsydra?\n\n"
        "The biggest difference between these two kinds of clock is what they read. A "
        "sundial shows the hour by the shadow the sun casts on its face. A clepsydra shows "
        "the hour by how much liquid has dripped out of a bowl.\n"
    )
    asked = [c.prompt for c in deck if c.kind is CardKind.IDENTIFY]
    assert asked
    assert not [p for p in asked if "the sun casts" in p]


def test_a_question_heading_numbered_in_roman_is_asked_without_its_number() -> None:
    # 'III. What are the benefits of using DisplayPort?' / 'There are several benefits to
    # using DisplayPort over other display interfaces.' (web137/pcpartsgeek-displayport.txt)
    # was asked with its numeral and answered by a sentence that names no benefit.
    _, deck = made_from(
        "# USB-C\n\n"
        "USB-C is a small, reversible connector for data, video and power.\n\n"
        "## II. What devices use USB-C?\n\n"
        "USB-C is found on most new phones, laptops, tablets and monitors.\n\n"
        "## III. What are the benefits of USB-C?\n\n"
        "There are several benefits to using USB-C over older connectors.\n\n"
        "- It plugs in either way up\n"
        "- It carries power and video\n",
        "usbc.md",
    )
    asked = [c.prompt for c in deck if c.kind is CardKind.FAQ]
    assert "What devices use USB-C?" in asked
    assert not [p for p in asked if p.startswith(("II.", "III."))]
    assert not [c for c in deck if c.answer.startswith("There are several benefits")]


def test_what_a_thing_lets_another_act_like_is_no_claim() -> None:
    # 'OFDMA ... allows the router to act like a delivery truck ...' (web137/
    # rfessentials-802-11ax.txt) was asked 'What does OFDMA do?'.
    _, deck = made_from(
        "# Multiplexing\n\n"
        "Multiplexing is sending several signals over one channel at the same time.\n\n"
        "## How it helps\n\n"
        "Multiplexing allows one cable to act like a bus that carries many passengers at "
        "once.\n",
        "mux.md",
    )
    assert not [c for c in deck if "act like" in c.answer and c.kind is CardKind.CLAIM]


def test_a_head_line_naming_its_term_then_meaning_without_a_colon_titles_the_page() -> None:
    # 'Data Protection Officer meaning' / 'A Data Protection Officer, commonly abbreviated
    # as DPO, is a formal compliance role ...' (web138/clym-data-protection-officer.txt)
    # was refused: the page was read from a question further down.
    entry, deck = made_from(
        "Load balancer meaning\n"
        "A load balancer, commonly shortened to LB, is a server that spreads incoming "
        "requests over several other servers so that none is overloaded.\n"
        "What does a load balancer do?\n"
        "It checks which servers are healthy and sends each request to one of them.\n"
    )
    assert entry.title == "Load balancer"
    (card,) = [c for c in deck if c.prompt == "What is a load balancer?"]
    assert card.answer.startswith("A server that spreads incoming requests")


def test_the_law_that_defines_a_term_may_come_before_it() -> None:
    # 'Under GDPR Article 4(1) 'personal data' means any information relating to ...'
    # (web138/osano-personal-data.txt) was refused: no sentence was read as a definition.
    entry, deck = made_from(
        "Under HIPAA Section 160.103 ‘health information’ means any information about "
        "the health of a person that a provider or an insurer creates or receives.\n"
        "Examples of health information:\n"
        "- a diagnosis;\n"
        "- a prescription;\n"
    )
    assert entry.title.casefold() == "health information"
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.answer.startswith("Any information about the health of a person")


def test_a_gloss_of_a_thing_doing_something_in_ing_and_its_other_name_in_plural() -> None:
    # 'Cookie Consent Banner' / 'Also known as: cookie banner, cmp' / 'The pop-up asking
    # permission to set cookies, ...' / '... Cookie banners are the user-facing
    # implementation of that requirement.' (web138/novablock-cookie-consent-banner.txt):
    # the gloss was not read, and 'Cookie banners' was asked as a kind of the entry.
    _, deck = made_from(
        "Newsletter Signup Form\n"
        "Also known as: signup form, opt-in form\n"
        "The box asking permission to send newsletters, needed under mail laws in many "
        "countries.\n"
        "Mail laws say a site must ask before it sends mail. Signup forms are the visible "
        "side of that rule.\n"
    )
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.answer.startswith("The box asking permission to send newsletters")
    assert not [c for c in deck if "that rule" in c.answer]


def test_a_laws_article_number_does_not_end_the_sentence() -> None:
    # 'Consent is one of the six legal basis in Art. 6 GDPR for ...' (web138/gdprsummary-
    # consent.txt) answered 'One of the six legal basis in Art.'.
    _, deck = made_from(
        "Legitimate interest\n\n"
        "Legitimate interest is one of the six lawful grounds in Art. 6 GDPR for handling "
        "someone's personal data without asking them.\n"
    )
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert "Art. 6 GDPR for handling" in card.answer


def test_a_clue_ending_on_their_is_no_identify_card() -> None:
    # 'Many websites and applications publish their which concept?' (web138/techtarget-
    # terms-of-service.txt): whose, and which of the things they publish?
    _, deck = made_from(
        "Privacy policy\n\n"
        "A privacy policy is a statement of how a site collects, uses and shares the data "
        "of its visitors. Most online shops display their privacy policy.\n"
    )
    assert not [c for c in deck if c.prompt.endswith("their which concept?")]


def test_praise_set_against_other_things_is_no_contrast_card() -> None:
    # 'Unlike more complex licenses that may have intricate conditions ..., the MIT
    # License is remarkably straightforward.' (web138/opensourcebeat-mit-license.txt)
    # was asked how the MIT License differs from them.
    _, deck = made_from(
        "Markdown\n\n"
        "Markdown is a plain-text format that marks headings and lists with symbols. "
        "Unlike heavier markup languages that need special editors, Markdown is remarkably "
        "simple.\n"
    )
    assert not [c for c in deck if "differ from" in c.prompt]


def test_a_quoted_name_asked_about_is_named_without_quotes_and_with_its_kind() -> None:
    # "What is 'Open Source'?" / 'Open source software (OSS) is defined as computer
    # software for which ...' (web138/prservices-open-source.txt) was titled "'Open
    # Source'" and gave no card.
    entry, deck = made_from(
        "What is 'Free Software'?\n"
        "Free software (FS) is defined as software that every user may run, study, change "
        "and share. It is often made by volunteers.\n"
    )
    assert entry.title == "Free Software"
    (card,) = [c for c in deck if c.prompt.startswith("What is")]
    assert card.answer.startswith("Software that every user may run, study, change and share")


def test_a_comparison_whose_sides_are_headings_over_glosses_is_split_into_its_sides() -> None:
    # 'Data Controller vs Data Processor', then 'Data Controller' over 'The entity that
    # determines the purposes and means of processing personal data.' and the same for
    # the processor (web138/policyforge-data-controller-vs-processor.txt): no sentence
    # reads 'X is ...', so the page gave no card.
    text = (
        "Publisher vs Subscriber\n"
        "A plain guide to the two roles in a messaging system.\n"
        "What's the Difference?\n"
        "In a publish-subscribe system every program plays one of two roles: publishers "
        "and subscribers. Knowing which your program is decides what it must handle.\n"
        "Publisher\n"
        "The program that sends messages to a topic without knowing who will read them. "
        "It never waits for a reply.\n"
        "Subscriber\n"
        "The program that receives the messages of a topic it has signed up for. It acts "
        "on each message as it arrives.\n"
        "Why This Matters\n"
        "Getting the roles wrong leads to lost messages and programs that hang.\n"
    )
    entries = parse_entries(text, "page.txt", "")
    assert [entry.title for entry in entries] == ["Publisher", "Subscriber"]
    glosses = ("sends messages to a topic", "receives the messages")
    for entry, gloss in zip(entries, glosses, strict=True):
        deck = cards.generate(entry, [*entries, *path_siblings()])
        (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
        assert card.prompt.startswith("What is ")
        assert card.prompt.endswith(f" {entry.title.lower()}?")  # a common noun, asked so
        assert card.answer.startswith(f"The program that {gloss}")


def test_a_labelled_question_over_a_quoted_attributed_gloss_is_the_entry() -> None:
    # 'Definition: What is a trademark?' over 'Trademark: "A word, phrase, symbol, and/or
    # design that ..." – U.S. Patent and Trademark Office' (web138/howbrandsarebuilt-
    # trademark.txt): the page was titled by its 'Also known as' list and gave no card.
    entry, deck = made_from(
        "Definition: What is a watermark?\n\n"
        'Watermark: "A faint mark, pattern or text laid over an image or a page to show '
        'who owns it or that it is genuine." – The Imaging Terms Board\n\n'
        "Other definitions people use\n\n"
        "Some define it more narrowly, as a logo set over a photo before it is shared.\n\n"
        "Also known as\n\n"
        "- Water mark\n"
        "- Water-mark\n"
    )
    assert entry.title == "Watermark"
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.prompt == "What is a watermark?"
    assert card.answer == (
        "A faint mark, pattern or text laid over an image or a page to show who owns it or "
        "that it is genuine."
    )


def test_a_definition_naming_the_entry_two_ways_joined_by_or_defines_it() -> None:
    # 'FPS Video or Frames Per Second Video is the number of images shown per second ...'
    # (web139/coconut-fps-video.txt) was read as no definition and the page was refused.
    entry, deck = made_from(
        "DPI Scan\n\n"
        "DPI Scan or Dots Per Inch Scan is the number of samples a scanner takes along each "
        "inch of a page. In short, DPI decides how fine the copy is.\n"
    )
    assert entry.title == "DPI Scan"
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.answer == "The number of samples a scanner takes along each inch of a page."


def test_a_gloss_opening_on_what_it_indicates_is_asked_so() -> None:
    # 'Please explain: Bit rate' over 'Indicates how many bits of data can be processed or
    # transmitted in a unit of time.' (web139/panasonic-bit-rate.txt): titled with the
    # site's label and no card, the gloss opening on a verb that is no doing.
    entry, deck = made_from(
        "Please explain: Sample rate\n\n"
        "Indicates how many times per second a sound wave is measured when it is recorded. "
        "Generally it is given in hertz. Used to judge how high a pitch a file can hold.\n"
    )
    assert entry.title == "Sample rate"
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.prompt == "What does a sample rate indicate?"
    assert card.answer == (
        "How many times per second a sound wave is measured when it is recorded."
    )


def test_a_lowercase_word_run_into_a_sentence_opening_a_is_split_off() -> None:
    # 'What is a Codec?' over 'codecA codec is a device or computer program ...'
    # (web139/petronellatech-codec.txt): the page was titled 'codecA codec', no card.
    entry, deck = made_from(
        "What is a Pixel?\n\n"
        "pixelA pixel is the smallest dot of colour a screen can light on its own. "
        "Screens are measured by how many pixels they hold.\n"
    )
    assert entry.title == "Pixel"
    assert what_is(deck).answer == "The smallest dot of colour a screen can light on its own."


def test_points_marked_with_the_letter_o_are_points_and_closed_up_names_match() -> None:
    # 'What is The Bitrate?' over points typed 'o In digital telecommunication ..., bit
    # rate (it is sometimes written bitrate ...) is the number of bits that pass ...'
    # (web139/sysax-bitrate.txt): titled 'O Also the bitrate', the 'o' read as a word.
    entry, deck = made_from(
        "What is The Framerate?\n\n"
        "Basic description\n\n"
        "o In video work, frame rate (also written framerate) is the number of still "
        "pictures shown each second.\n\n"
        "o Framerate is usually given in frames per second (fps).\n\n"
        "o Also the framerate decides how smooth motion looks.\n"
    )
    assert entry.title == "Framerate"
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.answer == "The number of still pictures shown each second."
    assert not [c for c in deck if "O Also" in c.prompt]


def test_a_second_question_after_and_why_is_left_out_of_the_title() -> None:
    # 'What is a dataset, and why is it important in data science?' (web140/milvus-
    # dataset.txt) was titled 'Dataset, and why is it important' and gave no card.
    entry, deck = made_from(
        "What is a spreadsheet, and why is it useful in an office?\n\n"
        "A spreadsheet is a grid of cells that holds numbers and formulas. Offices use it "
        "to keep budgets and lists.\n"
    )
    assert entry.title == "Spreadsheet"
    assert what_is(deck).answer == "A grid of cells that holds numbers and formulas."


def test_a_site_name_said_again_only_in_the_tab_title_is_not_the_title() -> None:
    # 'Hiprup' over 'What is the difference between a model parameter and a
    # hyperparameter?', and at the foot 'What is the difference ...? | Hiprup'
    # (web140/hiprup-parameter-vs-hyperparameter.txt): titled 'Hiprup'. Its sides are
    # glossed with a dash: 'Hyperparameters — values set by the engineer ...'.
    question = "What is the difference between a compiler and an interpreter?"
    entries = parse_entries(
        f"Codepedia\n\n{question}\n\n"
        "Both run your code, but at different times.\n\n"
        "  • Compiler — a program that turns the whole source into machine code before "
        "it runs.\n\n"
        "  • Interpreter — a program that reads the source and runs it line by line.\n\n"
        f"{question} | Codepedia\n",
        "page.txt",
        "",
    )
    assert [entry.title for entry in entries] == ["Compiler", "Interpreter"]
    deck = cards.generate(entries[0], [*entries, *path_siblings()])
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.answer.startswith("A program that turns the whole source into machine code")


def test_a_dictionary_headword_over_its_pronunciation_and_an_unstopped_gloss() -> None:
    # 'gradient descent' / '/ˌɡreɪdiənt dɪˈsent/' / 'An optimization algorithm that
    # minimizes error iteratively' (web140/segue-gradient-descent.txt): the gloss, with
    # no full stop, was taken for a heading and the page was refused.
    entry, deck = made_from(
        "\nhash table\n/hæʃ ˈteɪbəl/\nA data structure that finds values by their keys quickly\n"
        "“The hash table returned the price in one step.”\n"
        "Origin: from hash (to chop) + table\n"
    )
    assert entry.title == "Hash table"
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.answer == "A data structure that finds values by their keys quickly."


def test_the_reference_work_an_entry_came_from_is_no_part_of_it() -> None:
    # 'Vector graphic' / 'From The Glossary of Digital Photography' / 'Also called a vector
    # image. A graphic image made up of vectors ...' (web139/rockynook-vector-graphic.txt):
    # the source line was taken for a heading and the page refused.
    entry, deck = made_from(
        "Raster image\n"
        "From The Glossary of Digital Photography\n"
        "Also called a bitmap. An image made up of a grid of coloured dots, called pixels. "
        "It loses sharpness when it is enlarged.\n"
    )
    assert entry.title == "Raster image"
    assert what_is(deck).answer == "An image made up of a grid of coloured dots, called pixels."


def test_a_gloss_naming_its_field_before_where_defines_under_a_concepts_crumb() -> None:
    # 'Concepts' / 'Bias-Variance Tradeoff' / 'The fundamental tradeoff in statistical
    # modeling where reducing a model's bias ... increases its variance ...'
    # (web140/quantdecoded-bias-variance-tradeoff.txt): titled 'Concepts', no card.
    entry, deck = made_from(
        "Concepts\n"
        "Speed-Accuracy Tradeoff\n"
        "The basic tradeoff in human decision making where answering faster raises the "
        "number of mistakes, and answering slower lowers it.\n"
    )
    assert entry.title == "Speed-Accuracy Tradeoff"
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.answer.startswith("The basic tradeoff in human decision making where")


def test_a_line_opening_with_a_comma_goes_on_with_the_line_above() -> None:
    # 'In statistics' / ', linear regression is an approach to modeling ...'
    # (web140/absoluteastronomy-linear-regression.txt): a link's words on a line of their
    # own cut the defining sentence in two, and the page was refused.
    entry, deck = made_from(
        "Standard deviation\n"
        "In statistics\n"
        ", standard deviation is a measure of how far the values of a set spread from "
        "their mean. A low one means the values sit close together.\n"
    )
    assert entry.title == "Standard deviation"
    assert what_is(deck).answer.startswith("A measure of how far the values of a set spread")


def test_an_answer_pointing_at_things_the_card_does_not_show_is_not_asked() -> None:
    # 'What does a container format do?' -> 'Defines how these pieces are organized and
    # stored together.' (web139/reformatly-container-format.txt): which pieces, the
    # sentence before said.
    _, deck = made_from(
        "What is a Zip Archive?\n\n"
        "Simple Answer\n\n"
        "A zip archive is like a suitcase for files. Think of a zip file as a bag holding "
        "documents, pictures and folders. The zip archive (ZIP, 7Z, RAR) records how these "
        "files are squeezed and packed together.\n"
    )
    assert not [c for c in deck if "these files" in c.answer]


def test_a_definition_said_of_what_it_belongs_to_names_the_owner() -> None:
    # 'The aspect ratio of an image is its displayed width divided by its displayed
    # height.' (web139/serato-aspect-ratio.txt) was asked 'What are aspect ratios?' ->
    # 'Its displayed width ...': whose width, the card never said.
    _, deck = made_from(
        "What is a pixel density?\n\n"
        "The pixel density of a screen is its count of pixels along one inch. Phones "
        "have a higher one than most monitors.\n"
    )
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.answer == "A screen's count of pixels along one inch."


def test_a_compare_and_contrast_task_is_read_as_a_comparison_of_its_two_sides() -> None:
    # 'Compare and contrast RGB and CMYK color models' over '- RGB: RGB is an additive
    # color model, ...' and '- CMYK: CMYK is a subtractive color model, ...'
    # (web139/jiskha-rgb-vs-cmyk.txt): titled by the task, no card.
    entries = parse_entries(
        "Compare and contrast TCP and UDP transport protocols\n\n"
        "TCP and UDP both carry data between programs, in different ways. Here are the "
        "main differences:\n\n"
        "1. Delivery:\n"
        "- TCP: TCP is a connection-based protocol, resending any packet that gets lost.\n"
        "- UDP: UDP is a connectionless protocol, sending packets once with no resend.\n",
        "page.txt",
        "",
    )
    assert [entry.title for entry in entries] == ["TCP", "UDP"]
    deck = cards.generate(entries[1], [*entries, *path_siblings()])
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.prompt == "What is UDP?"
    assert card.answer.startswith("A connectionless protocol")


def test_a_gloss_opening_measure_of_defines_an_abbreviation_written_small_as_a_unit() -> None:
    # 'Dots Per Inch (DPI)' / 'Measure of output device resolution ... A 600 dpi printer
    # can print ...' (web139/balanceimaging-dots-per-inch.txt): no card, and the unit's
    # small 'dpi' would have been asked 'What is dpi?'.
    _, deck = made_from(
        "Revolutions Per Minute (RPM)\n\n"
        "Measure of how fast a disk or a motor turns, counted in whole turns each minute. "
        "A 7200 rpm drive turns 120 times a second.\n"
    )
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.prompt == "What is RPM?"
    assert card.answer.startswith("Measure of how fast a disk or a motor turns")


def test_a_heading_narrowing_the_title_over_a_gloss_defines_it() -> None:
    # 'Container Format' / 'Video Container Format' / 'A file format that wraps together
    # video, audio, subtitles, and metadata streams ...' (web139/peasyvideo-container-
    # format.txt): the narrower name was taken for some other heading; no card.
    entry, deck = made_from(
        "Frame Buffer\n"
        "Video Frame Buffer\n"
        "A block of memory that holds the picture a screen is about to show (e.g. on a PC, "
        "a phone, a console).\n"
        "Technical Detail\n"
        "A video frame buffer holds each finished picture until the screen draws it. "
        "Graphics cards keep two, so one can be drawn while the other is shown. The buffer "
        "size decides the largest picture.\n"
    )
    assert entry.title == "Frame Buffer"
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.prompt == "What is a frame buffer?"
    assert card.answer.startswith("A block of memory that holds the picture a screen is about")


def test_a_page_opening_on_a_gloss_is_titled_by_the_name_its_next_sentence_defines() -> None:
    # 'A device or computer program capable of encoding and/or decoding a digital data
    # stream or signal. A codec is a particular technology ...' (web139/haivision-
    # codec.txt): no title line, and the page was refused.
    entry, deck = made_from(
        "A device or program that turns a signal from one form into another and back. "
        "A modem is a box that lets a computer talk over a phone line.\n"
    )
    assert entry.title == "Modem"
    assert what_is(deck).answer == (
        "A device or program that turns a signal from one form into another and back."
    )


def test_a_feeds_escaped_markup_is_no_part_of_the_text() -> None:
    # 'Anti-aliasing is, therefore, is the application of algorithms <\/a>to smooth out
    # jagged edges ...<\/p>\n' (web139/brightwhiz-anti-aliasing.txt): titled 'Anti-aliasing
    # is', asked 'What is an anti-aliasing is?' and answered with the '</a>' in it.
    entry, deck = made_from(
        "Dithering is, therefore, is the placing of dots of a few colours <\\/a>close "
        "together so the eye sees a colour in between.<\\/p>\\n\n"
        "Printers use it to show shades they have no ink for.<\\/p>\\n\n"
    )
    assert entry.title == "Dithering"
    assert what_is(deck).answer == (
        "The placing of dots of a few colours close together so the eye sees a colour in between."
    )


@pytest.mark.parametrize(
    "page",
    [
        # 'Which concept is often learned as part of ML modeling?' (web140/mlpedia-
        # embedding.txt): weights and features are too
        "Checksum\n\nA checksum is a short number computed from a block of data to detect "
        "changes to it. A checksum is often used in networking.\n",
        # 'Which concept is an important measure when it comes to digital audio and video
        # files, ...?' (web139/danielnytra-bitrate.txt): so are resolution and bit depth
        "Checksum\n\nA checksum is a short number computed from a block of data to detect "
        "changes to it. A checksum is an important measure when it comes to stored files.\n",
        # 'Which concept can occur due to misspecification or lack of tuning ...?'
        # (web140/aiml-underfitting.txt): overfitting can as well
        "Packet loss\n\nPacket loss is the failure of sent packets to reach the machine they "
        "were sent to. Packet loss can occur due to a faulty cable.\n",
    ],
)
def test_a_clue_that_many_concepts_share_is_no_identify_card(page: str) -> None:
    _, deck = made_from(page)
    assert not [c for c in deck if c.kind is CardKind.IDENTIFY]


def test_an_answer_turning_this_into_something_points_outside_the_card() -> None:
    # 'How does the sample rate work?' -> 'To turn this into a digital file, a device ...
    # needs to measure the wave's amplitude ...' (web139/sahakmetrey-sample-rate.txt):
    # 'this' was the analog wave of the sentence before.
    entry, deck = made_from(
        "Scanning\n\nScanning is the copying of a paper page into a picture file.\n"
    )
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    pointing = "To turn this into a picture file, a scanner measures the light at each dot."
    assert problems(replace(card, answer=pointing), entry)
    whole = "A scanner measures the light at each dot of a page to make a picture file."
    assert not problems(replace(card, answer=whole), entry)


def test_a_misconception_said_as_the_most_common_mistake_is_asked_without_that_lead() -> None:
    # 'Common misconception' / 'The most common mistake is thinking the p-value tells you
    # the probability that your hypothesis is true. In reality, ...' (web141/gistgarden-
    # p-value.txt) was asked 'True or false: the most common mistake is thinking ....' ->
    # False: the page says it is the most common mistake.
    _, deck = made_from(
        "# Median\n\n"
        "The median is the middle value of a sorted list of numbers.\n\n"
        "## Common misconception\n\n"
        "The most common mistake is thinking the median is the same as the average. In "
        "reality, it only tells you which value sits in the middle, whatever the others "
        "add up to.\n",
        "median.md",
    )
    made = {c.prompt: c.answer for c in deck if c.kind is CardKind.TRUEFALSE}
    assert made == {"True or false: the median is the same as the average.": "False"}


def test_a_page_opening_on_what_the_difference_is_compares_the_two() -> None:
    # 'The difference between mean and median is that mean is the average ..., while the
    # median is the middle value ...', then 'What Is Mean?' (web141/differguide-mean-vs-
    # median.txt): titled 'Difference between', asked "What is the difference between?".
    entries = parse_entries(
        "The difference between mean and median is that the mean adds every value up and "
        "shares it out evenly, while the median picks the value in the middle. One huge "
        "value moves the mean a lot and the median hardly at all.\n"
        "What Is Mean?\n"
        "In everyday statistics, the “mean” is a summary number that gives the even share "
        "of a total across all the values counted.\n"
        "What Is Median?\n"
        "The “median” is a summary number that sits in the middle of the values once they "
        "are sorted.\n",
        "page.txt",
        "",
    )
    assert [entry.title for entry in entries] == ["Mean", "Median"]
    deck = cards.generate(entries[1], [*entries, *path_siblings()])
    asked = {c.prompt: c.answer for c in deck}
    assert asked["What is the median?"].startswith("A summary number that sits in the middle")
    assert not [prompt for prompt in asked if prompt.endswith("between?")]


def test_a_q_and_a_pages_answer_label_is_no_part_of_the_answer() -> None:
    # 'What is the standard deviation?' / 'Answer: The standard deviation (SD) measures
    # ...' (web141/timss-sa-standard-deviation.txt): the card's answer opened 'Answer:'.
    _, deck = made_from(
        "What is the range?\n"
        "Answer: The range (R) measures the spread between the smallest and the largest "
        "value of a list of numbers. It takes no account of the values in between.\n"
    )
    assert not [c for c in deck if c.answer.startswith("Answer")]
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert "the spread between the smallest and the largest value" in card.answer.lower()


def test_a_definition_cut_after_its_verb_is_joined_again() -> None:
    # 'A Gantt chart is' / '' / 'a diagrammatic representation of the timing ...'
    # (web142/itlaw-gantt-chart.txt): titled 'Gantt chart is', asked 'What is Gantt chart
    # is?'.
    entry, deck = made_from(
        "A burndown chart is\n\n"
        "a line chart of the work left in a sprint against the days left in it. It is "
        "read each morning at the stand-up.\n"
    )
    assert entry.title == "Burndown chart"
    assert what_is(deck).answer.startswith("A line chart of the work left in a sprint")


def test_letters_the_title_spells_out_are_not_asked() -> None:
    # 'Minimal Viable Product (MVP)' over 'A minimum viable product (MVP) is ...'
    # (web142/collaborationfactory-mvp.txt): "What does MVP stand for?" with the answer
    # all but written above it.
    _, deck = made_from(
        "Minimal Viable Product (MVP)\n\n"
        "A minimum viable product (MVP) is the first working version of a product, built "
        "with the least effort to learn what users need.\n"
    )
    assert not [c for c in deck if c.prompt.endswith("stand for?")]


def test_an_identify_clue_keeps_neither_a_contrast_lead_nor_a_stray_then() -> None:
    # 'A pull model is different: people "pull" work ...' (web142/kerika-wip-limits.txt)
    # and 'The Product Backlog is then allowed to grow ...' (web142/openware-product-
    # backlog.txt) were asked 'Which concept is different: ...?' and 'Which concept is
    # then allowed to grow ...?'.
    _, deck = made_from(
        "# Sprint backlog\n\n"
        "A sprint backlog is the list of items a team picks for one sprint, with its plan "
        "for doing them. The sprint backlog is then updated every day as the work goes on. "
        "The sprint backlog is different: only the team may change it.\n",
        "sprint-backlog.md",
    )
    asked = [c.prompt for c in deck if c.kind is CardKind.IDENTIFY]
    assert not [prompt for prompt in asked if "is different:" in prompt or " then " in prompt]


def test_a_term_that_opens_definition_of_keeps_those_words() -> None:
    # 'What is the Definition of Done?' over 'The Definition of Done (DoD) is a clear and
    # concise list of criteria ...' (web142/agilewow-definition-of-done.txt): titled
    # 'Done', asked "What is the Done?".
    entry, deck = made_from(
        "Definition of Ready\n\n"
        "The Definition of Ready is a short list of checks a backlog item must pass before "
        "a team takes it into a sprint.\n"
    )
    assert entry.title == "Definition of Ready"
    assert what_is(deck).prompt == "What is the Definition of Ready?"


def test_an_encyclopedias_name_comma_field_comma_gloss_defines_it() -> None:
    # 'variance' / 'variance, in statistics, the square of the standard deviation of a
    # sample ...' (web141/britannica-variance.txt): refused as defining nothing.
    entry, deck = made_from(
        "median\n\n"
        "median, in statistics, the middle value of a set of numbers sorted by size, used "
        "where a few extreme values would mislead. See mean.\n"
    )
    assert entry.title == "Median"
    assert what_is(deck).answer.startswith("The middle value of a set of numbers sorted")


def test_a_contracted_what_is_question_over_a_rate_at_which_gloss() -> None:
    # "What's sprint velocity?" / 'Rate at which story points are achieved in sprints.'
    # (web142/oracle-sprint-velocity.txt): refused; the contracted question was no summary
    # heading and 'Rate at which ...' no gloss.
    entry, deck = made_from(
        "What's burn rate?\n\n"
        "Rate at which a young company spends its cash each month. Use burn rate to "
        "see how long the money will last.\n\n"
        "For example, a company with 120,000 in the bank and a burn rate of 10,000 has "
        "twelve months left.\n"
    )
    assert entry.title.casefold() == "burn rate"
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.answer == "Rate at which a young company spends its cash each month."


def test_a_formal_definition_after_why_it_matters_answers_what_it_is() -> None:
    # 'Why it matters' / 'P-values are the gatekeeper for scientific claims ...' above
    # 'Formal definition' / 'In null hypothesis significance testing, the p-value is the
    # probability ...' (web141/gistgarden-p-value.txt): the image was the answer, and the
    # formal definition's label was dropped as a glossary's chrome.
    _entry, deck = made_from(
        "\nExplain like I'm five\n"
        "Picture a class test where everyone scores well. The standard score is like a "
        "way of saying how far your mark stands from the middle of the class.\n\n"
        "Why it matters\n"
        "Standard scores are the common ruler of exam boards and growth charts, letting "
        "them compare marks from tests of different difficulty.\n\n"
        "Common misconception\n"
        "The most common mistake is thinking the standard score is a percentage. It "
        "counts spreads, not hundredths.\n\n"
        "Formal definition\n"
        "In descriptive statistics, the standard score is the number of standard "
        "deviations by which a value lies above or below the mean of its group. A "
        "negative score lies below the mean.\n"
    )
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.prompt == "What are standard scores?"
    assert card.answer.startswith("The number of standard deviations by which a value lies")


def test_a_name_capitalised_only_where_sentences_start_is_asked_in_lowercase() -> None:
    # 'P-values are ...' opens the page's sentences, 'the p-value tells you ...' is how
    # its sentences name it inside (web141/gistgarden-p-value.txt): asked 'What are
    # P-values?' as if a product's name.
    _entry, deck = made_from(
        "Z-scores\n\n"
        "Z-scores are numbers of standard deviations between a value and the mean of its "
        "group. A teacher may compare the z-score of one pupil in two tests, since the "
        "z-score ignores how hard each test was.\n"
    )
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.prompt == "What are z-scores?"


def test_a_comparisons_plural_bare_glosses_define_each_side() -> None:
    # 'What is the difference between a model parameter and a hyperparameter?' / '• Model
    # Parameters — values learned by the model from data during training. ...'
    # (web140/hiprup-parameter-vs-hyperparameter.txt): both sides gave no card, a plural
    # noun opening a gloss read as a verb ('Values' like 'Stores').
    text = (
        "Moneywise\n\n"
        "What is the difference between a tax deduction and a tax credit?\n\n"
        "Both lower what you pay, but they act at different steps.\n\n"
        "  • Tax Deductions — amounts subtracted from your income before taxing. A "
        "deduction is worth more to someone in a higher bracket. Examples: pension "
        "payments, gifts to charity.\n\n"
        "  • Tax Credits — amounts subtracted from the tax bill itself. Each unit of "
        "credit cuts the bill by one unit. Examples: child credits, energy credits.\n\n"
        "How they differ in value: deductions shrink the base; credits shrink the bill.\n\n"
        "What is the difference between a tax deduction and a tax credit? | Moneywise"
    )
    entries = parse_entries(text, "page.txt", "")
    asked = {}
    for entry in entries:
        deck = cards.generate(entry, [e for e in entries if e is not entry])
        (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
        asked[card.prompt] = card.answer
    assert asked == {
        "What are tax deductions?": "Amounts subtracted from your income before taxing.",
        "What are tax credits?": "Amounts subtracted from the tax bill itself.",
    }


def test_a_method_the_example_says_bare_is_asked_without_an_article() -> None:
    # 'gradient descent' / its pronunciation / 'An optimization algorithm that ...' /
    # '“Gradient descent adjusts weights ...”' (web140/segue-gradient-descent.txt): asked
    # 'What is a gradient descent?', the quotation's bare use not counted.
    _entry, deck = made_from(
        "\ncompound interest\n/ˈkɒm.paʊnd ˈɪn.trəst/\n"
        "An arrangement that pays interest on both the sum and the interest already earned\n"
        "“Compound interest rewards savers who start early.”\n"
        "Origin: from Latin componere (to put together)\n"
    )
    assert what_is(deck).prompt == "What is compound interest?"
    assert "What does compound interest reward?" in [c.prompt for c in deck]


def test_a_definition_going_on_in_a_numbered_list_joined_by_or() -> None:
    # 'A stakeholder is an entity within or outside an organisation which:' / '1. sponsors
    # a project, or' / '2. has an interest ..., or' / '3. may have ...'
    # (web142/lgam-stakeholder.txt): no card, the points' 'or' left before semicolons read
    # as a link the copy lost.
    entry, deck = made_from(
        "A guarantor is a person outside a loan which:\n\n"
        "  1. signs the loan beside the borrower, or\n"
        "  2. promises to repay it if the borrower cannot, or\n"
        "  3. pledges property as security for it.\n"
    )
    assert entry.title == "Guarantor"
    assert what_is(deck).answer == (
        "A person outside a loan which: signs the loan beside the borrower; promises to "
        "repay it if the borrower cannot; or pledges property as security for it."
    )


def test_an_untitled_page_opening_on_what_its_term_measures() -> None:
    # 'Definition' / 'Variance measures how spread out a set of numbers is ... A high
    # variance means the numbers are widely scattered, while a low variance means ...'
    # (web141/wordzo-variance.txt): refused as naming nothing; the measuring verb was no
    # verb of what a thing does, and 'a high variance' counted as one of many.
    entry, deck = made_from(
        "Definition\n"
        "Volatility measures how widely the price of an asset swings over a period. It's "
        "a finance term that quantifies how unsteady a price is. Think of it as the "
        "choppiness of the sea under a boat. A high volatility means the prices are "
        "jumping around, while a low volatility means they're calm. Volatility is used to "
        "price options and judge risk.\n"
    )
    assert entry.title == "Volatility"
    asked = {c.prompt: c.answer for c in deck}
    assert asked["What does volatility measure?"] == (
        "How widely the price of an asset swings over a period."
    )
    assert asked["What does a high volatility mean?"] == "The prices are jumping around."


def test_a_demos_bidding_opening_the_page_names_nothing() -> None:
    # 'Watch sample means converge to a normal distribution regardless of the population
    # shape' (web141/elysiatools-central-limit-theorem.txt): titled 'Watch sample', asked
    # 'What is watch sample?'.
    entry, deck = made_from(
        "Watch sample means converge to the true mean regardless of the population shape\n"
        "Given draws from a population with mean m, the average of n draws gets closer to m "
        "as n grows.\n"
        "The LLN is the foundation of insurance pricing. It explains why averages of large "
        "samples are steady and justifies using long-run frequencies as probabilities.\n"
        "For most uses, a few hundred draws are enough for the average to settle.\n"
        "Start with n=1: the average jumps about. Increase n and watch it calm down.\n"
    )
    assert entry.title == "LLN"
    assert not [c for c in deck if "watch" in c.prompt.lower()]


def test_what_a_concept_explains_is_not_what_it_is() -> None:
    # 'The CLT is the foundation of statistical inference. It explains why ...' beside
    # 'X is why ...' pages: 'What is the LLN?' -> 'Why insurers can price risk.'
    _entry, deck = made_from(
        "Law of large numbers\n\n"
        "The LLN is why insurers can price risk. It explains why averages of large samples "
        "are steady.\n"
    )
    assert not [c for c in deck if c.kind is CardKind.DEFINITION]
    assert "What does the LLN explain?" in [c.prompt for c in deck]


def test_a_code_samples_comment_does_not_set_how_the_name_is_written() -> None:
    # 'A video container format wraps ...' in prose, '<!-- Container Format: HTML5 video
    # ... -->' in the code sample (web139/peasyvideo-container-format.txt): the tie went
    # to the comment's capitals, 'What is a Container Format?'.
    _entry, deck = made_from(
        "Color Profile\nImage Color Profile\n"
        "A data set that tells software how to map an image's numbers to real colors "
        "(e.g. sRGB, Adobe RGB).\n"
        "Technical Detail\n"
        "An image color profile travels inside the file and names the color space its "
        "numbers were written in. Without one, a viewer guesses, and reds may look dull on "
        "a wide screen.\n"
        "Example\n"
        '```html <!-- Color Profile: tag the image before upload --> <img src="photo.jpg" '
        'alt="A red barn"> ```\n'
    )
    assert what_is(deck).prompt == "What is a color profile?"


def test_how_widespread_a_practice_is_does_not_say_what_it_is() -> None:
    # 'Testing of hypothesis is widespread not only in statistics, but also in the natural
    # and social sciences.' (web141/iamsulthan-type-i-type-ii-errors.txt): asked 'What is
    # a testing of hypothesis?' with that as its answer.
    _entry, deck = made_from(
        "Double-entry bookkeeping is widespread not only in banks, but also in small "
        "shops and charities. Each sum is written twice, once as a debit and once as a "
        "credit.\n"
    )
    assert not [c for c in deck if c.answer.startswith("Widespread")]


def test_a_gloss_then_the_presence_of_its_term() -> None:
    # 'An entry in a set of statistical data which lies a long way from ... . The
    # presence of an outlier suggests ...' (web141/finansleksikon-outlier.txt): titled
    # 'Presence of an outlier', asked 'What is the presence of an outlier?'.
    entry, deck = made_from(
        "A sum in a set of company accounts which covers a cost paid before the period it "
        "belongs to. The presence of a prepayment suggests the cost will show up in a "
        "later month. One is rent paid a year ahead; the other is insurance. See also "
        "accrual.\n"
    )
    assert entry.title == "Prepayment"
    assert what_is(deck).prompt == "What is a prepayment?"


def test_a_simple_answer_heading_holds_the_summary() -> None:
    # 'What is a Container Format?' / a subtitle / 'Simple Answer' / 'A container format
    # is like a box ...' (web139/reformatly-container-format.txt): the 'Simple Answer'
    # was read as any section, and the only card asked from an example ('when you have a
    # file called movie.mp4, the .mp4 is which concept?').
    entry, _deck = made_from(
        "What is a Color Space?\n\n"
        "Understanding how screens and printers agree on colors\n\n"
        "Simple Answer\n"
        "A color space is like a map that ties each color number to a real color you can "
        "see. Think of sRGB as the map most web pages use.\n\n"
        "The Paint Analogy\n\n"
        "In the digital world, when you have a file called photo.jpg, the sRGB tag inside "
        "it is the color space. Without it, a screen guesses.\n"
    )
    assert "Simple Answer" in [s.heading for s in entry.sections_of(SectionKind.SUMMARY)]


def test_a_claim_the_definition_already_says_in_quotes_is_not_asked_again() -> None:
    # 'What is a kanban board?' -> '... It displays tasks as cards in columns ... "Done."'
    # beside 'What does a kanban board display?' -> 'Tasks as cards ... "Done".'
    # (web142/huddle-kanban-board.txt): the quotation mark before or after the stop hid
    # that the second card repeats the first.
    _entry, deck = made_from(
        "What Is a Task Board? A Simple Guide for Beginners\n"
        "A task board is a visual system for managing work. It displays tasks as cards in "
        'columns representing different stages - typically "To Do," "In Progress," and '
        '"Done." The idea comes from factory floors, where a card signalled that parts '
        "were needed.\n"
        "How Teams Use It\n"
        "Teams move a card to the right as its job advances. A card that stays put shows a "
        "blocked job.\n"
    )
    assert what_is(deck).answer.endswith('"Done."')
    assert "What does a task board display?" not in [c.prompt for c in deck]


def test_a_flattened_tables_row_label_is_no_term() -> None:
    # 'Aspect Agile Waterfall' / ... / 'Risk Handling Risks are identified and managed
    # continuously Risks are identified early ...' (web142/specindia-agile-vs-waterfall.txt):
    # titled 'Risk Handling Risks', its two cells run together as the answer.
    text = (
        "Aspect Saving Investing\n"
        "Goal Keep money safe for near needs Grow money over many years\n"
        "Return Low and steady Higher but uneven\n"
        "Access Money can be taken out at any time Selling may take days and cost fees\n"
        "Risk Level Risks are small and known Risks are larger and change with markets\n"
    )
    with pytest.raises(cards.ParseError):
        cards.parse(text, "page.txt")


def test_a_common_noun_in_a_titles_capitals_is_asked_in_lowercase() -> None:
    # 'A Cron Job is a scheduled task in Unix-like operating systems ...' (web135/voidai-
    # cron-job.txt), 'Package Manager', 'Swap Space', 'Cookie Consent Banner': asked
    # 'What is a Cron Job?', 'What is Cookie Consent Banner?', as if names of products.
    _entry, deck = made_from(
        "Batch Job\n\n"
        "A Batch Job is a program run by the system without a person watching, usually at "
        "night when machines are idle. Each Batch Job reads its input from files and "
        "writes a report when done.\n\n"
        "Users can set up their own batch jobs with a scheduler.\n"
    )
    assert what_is(deck).prompt == "What is a batch job?"


def test_a_name_of_words_the_page_never_writes_small_keeps_its_capitals() -> None:
    # 'Docker Compose File': 'docker' is no common word of the page, so the name may be a
    # product's; lowercased whole it would read 'a docker compose file'.
    _entry, deck = made_from(
        "Tiltfile Config\n\n"
        "A Tiltfile Config is a file that tells the tool which services to build and how "
        "to reload them. Each Tiltfile Config sits at the root of a project.\n"
    )
    assert what_is(deck).prompt == "What is a Tiltfile Config?"


def test_a_name_whose_word_the_page_capitalises_alone_keeps_its_capitals() -> None:
    # 'Unicode' said alone inside sentences: 'the Unicode Standard' is a name.
    _entry, deck = made_from(
        "Unicode Standard\n\n"
        "The Unicode Standard is the character encoding that gives every letter of every "
        "script its own number. Unicode is kept by a consortium of companies, and Unicode "
        "adds new characters each year.\n"
    )
    assert what_is(deck).prompt == "What is the Unicode Standard?"


def test_a_question_led_by_first_and_a_simply_speaking_definition() -> None:
    # 'Hash functions explained in a simple way' / ... / 'First, what is a hash function?'
    # / 'Simply speaking, a hash function is a mathematical function that ...'
    # (web144/medium-hash-function.txt): refused as defining nothing.
    entry, deck = made_from(
        "Checksums explained in a simple way\n"
        "Understanding how checksums catch errors\n"
        "4 min readMay 2, 2021\n"
        "First, what is a checksum?\n"
        "Simply speaking, a checksum is a small number computed from a block of data so "
        "that a changed copy can be noticed. Consider this simple checksum C(X) = sum of "
        "the digits of X\n"
        "- C(1234) = 10.\n"
        "- C(4321) = 10.\n"
        "So swapping digits goes unnoticed by this one.\n"
    )
    assert entry.title.casefold() == "checksum"
    assert what_is(deck).answer.startswith("A small number computed from a block of data")


def test_a_definition_label_run_into_the_gloss_is_no_part_of_the_name() -> None:
    # 'Definition Ransomware is malware, often delivered in a trojan attachment ...'
    # (web144/bleepingcomputer-ransomware.txt): titled 'Definition Ransomware'.
    entry, deck = made_from(
        "Definition Spyware is software that hides on a computer and reports what its user "
        "does to someone else. The owner rarely notices it until the machine slows down.\n"
    )
    assert entry.title == "Spyware"
    assert all("Definition" not in c.prompt + c.answer for c in deck)


def test_letters_taken_from_inside_a_compound_word_spell_the_name() -> None:
    # 'HTTPS' / 'Hypertext Transfer Protocol Secure (HTTPS) is an extension of ...'
    # (web144/dftips-https.txt): the 'T' of 'hyperText' was not seen, so no sentence
    # defined HTTPS and the page had no 'What is' card.
    _entry, deck = made_from(
        "DBMS\n\n"
        "Database Management System (DBMS) is a program that stores data and answers "
        "questions about it.\nIt keeps many users from overwriting each other's changes.\n"
    )
    asked = {c.prompt: c.answer for c in deck}
    assert asked["What is DBMS?"].startswith("A program that stores data")
    assert asked["What does DBMS stand for?"] == "Database Management System"


def test_a_question_naming_the_concept_then_or_and_its_letters() -> None:
    # 'What is multi-factor authentication, or MFA?' (web144/npdb-multi-factor-
    # authentication.txt): titled 'Multi-factor authentication, or MFA' and given no
    # 'What is' card.
    entry, deck = made_from(
        "What is single sign-on, or SSO?\n\n"
        "Single sign-on, or SSO, is a login method that lets a user sign in once and then "
        "reach many applications without signing in again. SSO relies on one trusted "
        "identity provider.\n"
    )
    assert entry.title == "SSO"
    assert what_is(deck).answer.startswith("A login method that lets a user sign in once")


def test_a_question_asking_in_simple_words_names_only_the_concept() -> None:
    # 'What is a VPN in simple words?' (web144/explainlikeim5-vpn.txt): asked 'What are
    # VPN in simple words?'.
    entry, deck = made_from(
        "In one breath: A firewall filters traffic between your computer and a network\n\n"
        "One-sentence explanation\n\n"
        "A firewall filters traffic between your computer and a network.\n\n"
        "Common misunderstandings\n\n"
        "  • A firewall does not remove viruses.\n"
        "  • A firewall needs rules that fit the network.\n\n"
        "FAQ\n\n"
        "What is a firewall in simple words?\n\n"
        "It is a guard between your computer and the internet that lets only allowed "
        "traffic through.\n"
    )
    assert entry.title == "Firewall"
    assert "What is a firewall?" in [c.prompt for c in deck]


def test_a_sites_name_over_a_lowercase_question_with_no_mark() -> None:
    # 'US Trends' / 'what is a social engineering attack' / 'A social engineering attack
    # is when ...' (web144/ustrends-social-engineering-attack.txt): titled 'US Trends',
    # asked 'What are US Trends?'.
    entry, deck = made_from(
        "Daily Digest\n\n"
        "what is a tailgating attack\n\n"
        "A tailgating attack is when an intruder follows a staff member through a secured "
        "door before it closes.\n\n"
        "Quick Scoop: Simple Definition\n\n"
        "  • It relies on politeness, not on technical skill.\n"
        "  • The intruder may carry boxes so someone holds the door.\n\n"
        "In short: they borrow someone else's access rather than breaking the lock.\n\n"
        "How a Tailgating Attack Works\n\n"
        "A tailgating attack starts at a busy entrance, where one more person goes "
        "unnoticed.\n"
    )
    assert entry.title == "Tailgating attack"
    assert what_is(deck).prompt == "What is a tailgating attack?"


def test_how_a_thing_stands_today_is_not_what_it_is() -> None:
    # 'MD5 is now no longer considered secure, since ...' (web144/gcwizard-md5.txt):
    # 'What is MD5?' -> 'Now no longer considered secure, ...'.
    _entry, deck = made_from(
        "What is WEP?\n\n"
        "Wired Equivalent Privacy was published with the first wireless standard in 1997.\n\n"
        "WEP is now no longer considered secure, since its keys can be recovered within "
        "minutes from captured traffic.\n"
    )
    assert not [c for c in deck if c.answer.lower().startswith(("now no longer", "no longer"))]


def test_an_attacks_plural_noun_after_its_name_is_no_verb() -> None:
    # 'Smishing scams frequently seek to direct the text message recipient to ...'
    # (web144/cybercrimeza-smishing.txt): asked 'What does smishing scam?'.
    _entry, deck = made_from(
        "Vishing\n\n"
        "Vishing is a type of phishing carried out over phone calls to trick people into "
        "giving away bank details.\n\n"
        "Vishing scams frequently ask the person who answers to confirm a code sent to "
        "their phone.\n"
    )
    assert not [c for c in deck if "vishing scam?" in c.prompt]


def test_a_pages_link_targets_in_underscores_are_read_as_words() -> None:
    # 'A' / 'rainbow_table is precomputed data for reversing a' / 'hash_function in' /
    # 'password_cracking. ...' (web144/codeline-rainbow-table.txt): asked 'What is a
    # rainbow_table?', the answer full of underscores.
    entry, deck = made_from(
        "Summary\nA\nbloom_filter is a compact structure for testing whether an item is in a\n"
        "set_collection with no\nfalse_negatives. It keeps a row of bits set by several\n"
        "hash_function outputs, trading a small\nfalse_positive rate for memory.\n"
    )
    assert entry.title == "Bloom filter"
    card = what_is(deck)
    assert card.prompt == "What is a bloom filter?"
    assert "_" not in card.answer


def test_a_sides_question_naming_the_other_side_is_not_asked() -> None:
    # 'Which is the process of adding unique random strings of characters to passwords
    # before the password is hashed: hashing or salting?' (web144/wisemonkeys-
    # salting.txt): 'hashed' rules hashing out (GIVEAWAY).
    entry = cards.parse(
        "Encoding vs Encrypting\n\n"
        "Encoding\n\nEncoding is turning data into another format so that other programs "
        "can read it. Anyone can reverse it.\n\n"
        "Encrypting\n\nEncrypting is scrambling data that was encoded before so that only "
        "a key holder can read it. Only a key reverses it.\n",
        "page.txt",
    )
    asked = [c.prompt for c in cards.generate(entry, []) if c.kind is CardKind.IDENTIFY]
    assert not [prompt for prompt in asked if "encoded" in prompt]


def test_a_heading_saying_why_you_should_use_it_is_asked_as_a_question() -> None:
    # 'Why You Should Use One' over six numbered points (web144/front2back-password-
    # manager.txt): asked 'Why do You Should Use one, in six points?'.
    _entry, deck = made_from(
        "What Is a Backup Drive — And Why You Should Keep One\n\n"
        "A backup drive is a separate disk that holds copies of your files in case the "
        "main disk fails.\n\n"
        "Why You Should Keep One\n\n"
        "  1. Disks fail without warning\n"
        "  2. Ransomware can lock the main copy\n"
        "  3. Old versions can be restored\n"
    )
    prompts = [c.prompt for c in deck if c.kind is CardKind.LIST]
    assert prompts == ["Why should you keep a backup drive, in three points?"]


def test_quotes_around_part_of_the_asked_name_are_no_part_of_it() -> None:
    # 'What are “man-in-the-middle” attacks?' (web144/experts123-man-in-the-middle-
    # attack.txt): asked 'What are the “man-in-the-middle” attacks?'.
    entry, deck = made_from(
        "What are “drive-by” downloads?\n"
        "A drive-by download is a download of harmful code that starts when a person only "
        "visits a web page, without clicking anything.\n"
    )
    assert "“" not in entry.title
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert "“" not in card.prompt


def test_a_list_whose_point_goes_on_in_its_own_bullets_is_not_asked() -> None:
    # '3. Convenience Without Sacrificing Security Autofill means:' over its own bullets
    # (web144/front2back-password-manager.txt): the six points were asked with that one
    # cut to 'Autofill means'.
    _entry, deck = made_from(
        "What Is a Backup Drive\n\n"
        "A backup drive is a separate disk that holds copies of your files in case the "
        "main disk fails.\n\n"
        "Why It Helps\n\n"
        "  1. Disks fail without warning\n"
        "  2. Restoring is quick Restoring means:\n\n"
        "  • No reinstalling programs\n"
        "  • No lost photos\n\n"
        "  3. Old versions can be restored\n"
    )
    assert not [c for c in deck if c.kind is CardKind.LIST and "Restoring means" in c.answer]


def test_a_question_heading_in_title_case_is_asked_in_sentence_case() -> None:
    # Blogs capitalise every word of a heading ('How Does a Social Engineering Attack
    # Work?', web144 and older batches): the question was asked with those capitals, as
    # if each word were a name. Words the page writes in lower case lose them, and so do
    # words it says nowhere else; a name it capitalises inside a sentence keeps its capital.
    text = (
        "Heat Pumps Explained\n\n"
        "A heat pump is a machine that moves heat from a cold place to a warm one, so it "
        "can warm a house in winter and cool it in summer. Brands such as Daikin sell "
        "them.\n\n"
        "How Does a Heat Pump Work With Daikin Kits?\n\n"
        "1. A fan pulls outside air over a coil of cold liquid.\n"
        "2. The liquid takes up the air's heat and boils.\n"
        "3. A compressor squeezes the gas, which makes it hotter.\n"
        "4. The hot gas gives its heat to the air inside the house.\n"
    )
    _entry, deck = made_from(text)
    (card,) = [c for c in deck if c.kind is CardKind.FAQ]
    assert card.prompt == "How does a heat pump work with Daikin kits?"
    # A question too long to be taken for a heading is a line of prose over the list,
    # under the page's title: that list was asked as 'What are the four heat pumps
    # explained?'.
    longer = text.replace("Daikin Kits?", "Daikin Kits Bought Online From Abroad?")
    _entry, deck = made_from(longer)
    assert not [c for c in deck if "heat pumps explained" in c.prompt.casefold()]


def test_a_series_inside_a_labelled_point_is_kept_whole() -> None:
    # 'Contact: the attacker reaches out by email, phone or in person': the point was cut
    # at its first comma, and the list's answer said only 'by email'.
    _entry, deck = made_from(
        "Phishing Explained\n\n"
        "Phishing is a trick in which someone pretends to be a trusted sender to make a "
        "person give away a password or money.\n\n"
        "How a Phishing Attack Works\n\n"
        "- Bait: the attacker writes a message that looks like it came from a bank.\n"
        "- Delivery: the message arrives by email, text or chat.\n"
        "- Catch: the victim clicks the link and types a password into a fake page.\n"
    )
    (card,) = [c for c in deck if c.kind is CardKind.LIST]
    assert card.prompt.startswith("How does a phishing attack work")
    assert "2. Delivery: the message arrives by email, text or chat" in card.answer


def test_a_sentence_pointing_back_to_the_story_is_no_definition() -> None:
    # An explain-like-I'm-five page tells a story first, then 'A hash function works the
    # same way ...' and only then 'It takes ...' (web144/eli5-hash-function.txt, in its
    # layout): the answer was the pointing sentence with the definition glued on.
    text = (
        "Checksum\n\n"
        "Imagine you mail a friend a box of marbles and write on the lid how many are "
        "inside. When the box arrives, your friend counts them. If the count does not "
        "match the lid, something fell out on the way.\n\n"
        "A checksum works the same way for data. It is a small number worked out from a "
        "file's bytes and sent along with the file. The receiver works out the number "
        "again; if the two numbers differ, the file was damaged in transit.\n"
    )
    _entry, deck = made_from(text)
    card = what_is(deck)
    assert card.answer == (
        "A small number worked out from a file's bytes and sent along with the file."
    )
    # Under the site's own line the page was refused: read again as a page whose title
    # is the term, it had no summary to show for it, though its prose defines the term.
    _entry, deck = made_from(f"Explain It Simply: Tech Words for Everyone\n{text}")
    assert what_is(deck).answer == card.answer


def test_the_whole_name_defined_after_its_first_word_in_one_sentence() -> None:
    # 'What are page faults?' / 'In computer storage technology, a page is a fixed length
    # block ..., and a page fault is an interrupt ...' (web147/03-experts123-page-
    # faults.txt): 'page' was taken for another name of the entry, and the answer said
    # what a page is.
    entry, deck = made_from(
        "What are cache misses?\n"
        "In processor design, a cache is a small fast memory close to the core, and a cache "
        "miss is a lookup that does not find the wanted data there, so the core must wait "
        "for main memory.\n"
    )
    assert "cache" not in [alias.casefold() for alias in entry.aliases]
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.answer.startswith("A lookup that does not find the wanted data there")


def test_a_teasers_heading_run_into_its_first_sentence() -> None:
    # 'Opportunity cost, explained Opportunity cost is a concept in economics that ...'
    # (web147/09-shortkro-opportunity-cost.txt): the page gave no card.
    _entry, deck = made_from(
        "What is a sunk cost? A definition and examples\n\n"
        "Sunk cost, explained Sunk cost is money already spent that cannot be recovered, "
        "whatever is decided next. Picture a concert ticket you bought … Read more\n"
    )
    card = what_is(deck)
    assert card.answer.startswith("Money already spent that cannot be recovered")


def test_a_gloss_under_a_heading_promising_the_names_meaning() -> None:
    # 'Opportunity Cost' / 'Opportunity Cost Meaning:' / 'The cost inherent in making a
    # choice, and thereby ...' (web147/10-deposits-opportunity-cost.txt): a gloss opening
    # on 'The' was no definition, and a later 'Opportunity costs are a very important
    # concept' was made the summary, which gave nothing.
    _entry, deck = made_from(
        "Marginal Cost\n\n"
        "Marginal Cost Meaning:\n"
        "The extra cost of making one more unit of a product, on top of those already "
        "made.\n\n"
        "Marginal costs are a very important idea in pricing and examples abound.\n"
    )
    card = what_is(deck)
    assert card.answer.startswith("The extra cost of making one more unit")


def test_a_science_noun_met_only_at_sentence_starts_is_asked_in_lower_case() -> None:
    # 'Osmosis, the spontaneous ...' / 'Osmosis is the passage of water ...'
    # (web147/16-qammunity-osmosis.txt): asked 'What is Osmosis?'.
    _entry, deck = made_from(
        "Answer:\n"
        "Photosynthesis is the process by which green plants turn light, water and carbon "
        "dioxide into sugar and oxygen.\n"
        "Photosynthesis happens in the leaves.\n"
    )
    assert what_is(deck).prompt == "What is photosynthesis?"


def test_an_image_to_picture_it_by_is_cut_from_the_definition() -> None:
    # 'Osmosis is a special case of diffusion, which you can imagine as a spreading of
    # particles across a room ...' (web147/15-mytutor-osmosis.txt): the answer ran on
    # through the deodorant story; the paragraph after it says what kind of diffusion.
    _entry, deck = made_from(
        "Evaporation is a special kind of vaporisation, which you can picture as a crowd "
        "leaving a hall one person at a time through the nearest door.\n"
        "In evaporation, we are talking about molecules at the surface of a liquid that "
        "gain enough energy to escape into the air below the boiling point.\n"
    )
    card = what_is(deck)
    assert "crowd" not in card.answer
    assert card.answer.startswith("A special kind of vaporisation. In evaporation")


def test_a_list_whose_last_point_the_copy_cut_is_not_asked() -> None:
    # 'Who Buys Dividend Stocks?' over three points, the last 'Anyone seeking passive
    # income: Especially those building a portfolio for ' (web147/20-speakmoney-dividend-
    # stock.txt): asked with the cut point in the answer.
    _entry, deck = made_from(
        "Index Fund\n\n"
        "An index fund is a fund that buys every share of a market index, so it moves with "
        "the index.\n\n"
        "Who Buys Index Funds?\n"
        "Beginners: Because one purchase spreads money over many companies.\n"
        "Savers: Fees are low, so more of the return is kept.\n"
        "Anyone with little time: Especially those who do not want to pick\n"
    )
    assert not [c for c in deck if c.kind is CardKind.FAQ]


def test_a_verb_followed_by_based_on_asks_no_object() -> None:
    # 'The opportunity cost changes based on what is considered ...' (web147/12-
    # qammunity-opportunity-cost.txt): 'What does opportunity cost change?' -> 'Based on
    # what is considered ...'.
    _entry, deck = made_from(
        "Final answer:\n"
        "Sunk cost is money already spent that cannot be recovered. It is a central idea "
        "in economics. The sunk cost changes based on what has already been paid and "
        "cannot be taken back.\n"
    )
    assert not [c for c in deck if "change?" in c.prompt]


def test_a_title_in_single_quotes_after_definition_of() -> None:
    # "Definition of 'Dividend Stock'" (web147/23-mypivots-dividend-stock.txt): asked
    # "What is the 'Dividend Stock'?".
    entry, _deck = made_from(
        "Definition of 'Bear Market'\n\n"
        "A bear market is a stretch of time in which share prices fall by a fifth or more "
        "from their last peak.\n"
    )
    assert entry.title.casefold() == "bear market"


def test_whose_the_named_thing_is_said_after_its_letters() -> None:
    # 'Gross Domestic Product (GDP) of a nation is a value got by adding up ...'
    # (web148/19-fixedreference-gdp.txt): no definition was found and the page was refused.
    _entry, deck = made_from(
        "Gross National Income\n"
        "Gross National Income (GNI) of a country is the total income earned by its people "
        "and firms in a year, at home and abroad.\n"
    )
    assert what_is(deck).answer.startswith("The total income earned by a country's people")


def test_a_number_written_with_or_without_a_hyphen_is_one_name() -> None:
    # 'What is UTF8?' over 'UTF-8, which stands for Unicode Transformation Format-8, is an
    # encoding scheme ...' (web148/14-promptwave-utf-8.txt): the page gave no card.
    _entry, deck = made_from(
        "What is UTF16?\n\n"
        "UTF-16, which stands for Unicode Transformation Format-16, is an encoding that "
        "writes each character as one or two 16-bit units.\n"
    )
    assert what_is(deck).answer.startswith("An encoding that writes each character")


def test_whom_a_thing_serves_said_before_its_name() -> None:
    # 'For people with severe vision impairments or blindness, a screen reader is a device
    # or piece of software that allows them to interact with a computer.' (web148/03-
    # equally-screen-reader.txt): no definition; read past the lead, 'them' says whom.
    _entry, deck = made_from(
        "What is a hearing loop?\n\n"
        "For people who wear hearing aids, a hearing loop is a wire laid around a room that "
        "lets them hear a speaker's voice without the noise of the room.\n"
    )
    assert what_is(deck).answer == (
        "A wire laid around a room that lets people who wear hearing aids hear a speaker's "
        "voice without the noise of the room."
    )


def test_the_letters_spelled_out_are_asked_once() -> None:
    # 'GDP is an acronym for Gross Domestic Product.' (web148/18-internetdict-gdp.txt):
    # 'What does GDP stand for?' and 'GDP is an acronym for ____.' asked the same thing.
    # (A page of the same import names the concept by its letters spelled out.)
    sibling = cards.parse(
        "Consumer Price Index (CPI)\n\nThe Consumer Price Index is a measure of what a "
        "fixed basket of goods costs.\n",
        "sibling.txt",
    )
    entry = cards.parse(
        "What does CPI Mean?\n\n"
        "CPI is an acronym for Consumer Price Index. The CPI is the average price of a fixed "
        "basket of goods that households buy, tracked month by month.\n",
        "page.txt",
    )
    deck = cards.generate(entry, [sibling])
    asked = [c for c in deck if "Consumer Price Index" in c.answer]
    assert [c.prompt for c in asked] == ["What does CPI stand for?"]


def test_what_follows_a_title_questions_answer_answers_no_more_of_it() -> None:
    # 'How do screen readers work?' / 'Screen readers are software programs that ...' /
    # 'People who are completely blind are the primary users ...' (web148/05-fable-screen-
    # readers.txt): the second paragraph was taken for the answer to the title's question.
    _entry, deck = made_from(
        "How do hearing aids work?\n\n"
        "Hearing aids are small devices worn in or behind the ear that make sounds louder.\n\n"
        "Older adults are the main users of hearing aids. Children born with hearing loss "
        "may wear them too.\n"
    )
    assert not [c for c in deck if c.prompt == "How do hearing aids work?"]


def test_a_hedged_definition_is_asked_without_its_hedge() -> None:
    # 'Compound interest is best describe as interest upon interest which ...' (web149/
    # 08-moneytalk-compound-interest.txt): asked 'What is a compound interest?' ->
    # 'Best describe as interest upon interest ...'.
    _entry, deck = made_from(
        "Simple interest is best described as interest paid on the first sum only, never on "
        "interest already earned\n"
        "Whether it is a bank account or a bond, you can try this calculator\n"
    )
    card = what_is(deck)
    assert card.prompt == "What is simple interest?"
    assert card.answer.startswith("Interest paid on the first sum only")


def test_a_dashed_remark_on_how_it_sounds_is_cut_from_the_definition() -> None:
    # 'Compound interest is where you earn interest on the interest you've already earned
    # - whilst it sounds complicated, it can have benefits for savings ...' (web149/07-
    # halifax-compound-interest.txt): the remark was part of the answer.
    _entry, deck = made_from(
        "A dividend reinvestment plan is where the payouts of a share buy more of the same "
        "share - whilst it sounds technical, it can help savings grow.\n"
        "For example, a payout of ten pounds buys a tenth of a share priced at a hundred.\n"
    )
    assert what_is(deck).answer == ("Where the payouts of a share buy more of the same share.")


def test_a_series_shares_the_head_noun_its_last_part_carries() -> None:
    # 'There are two main types of catalysts: homogeneous and heterogeneous catalysts.'
    # (web149/20-newpath-catalyst.txt): listed as '1. homogeneous' and '2. heterogeneous
    # catalysts'.
    _entry, deck = made_from(
        "An enzyme is a protein that speeds up a reaction in a living cell.\n"
        "There are two main kinds of inhibitors: competitive and noncompetitive "
        "inhibitors.\n"
    )
    (card,) = [c for c in deck if c.kind is CardKind.LIST]
    assert card.answer == "1. competitive inhibitors\n2. noncompetitive inhibitors"


def test_an_aside_to_the_reader_is_no_part_of_the_name() -> None:
    # "Don't forget that momentum is a vector quantity ..." (web149/16-gcsephysics-
    # momentum.txt): the page's concept was named "Don't forget that momentum".
    from cards.defining import definition_of

    defined = definition_of("Remember that a vector is a quantity with a size and a direction.")
    assert defined is not None and defined.name == "vector"


def test_an_encyclopedias_gloss_without_a_verb_after_its_field() -> None:
    # 'Momentum, also linear momentum, in physics, fundamental quantity describing the
    # motion of any object.' (web149/12-accidentrecon-momentum.txt): the card asked only
    # for a later 'is a vector quantity'.
    _entry, deck = made_from(
        "Inertia, also mass inertia, in physics, property of a body by which it keeps its "
        "state of rest or of steady motion. Inertia is measured by mass.\n"
    )
    assert what_is(deck).answer.startswith("A property of a body by which it keeps")


def test_whose_a_lettered_name_is_said_where_its_stood() -> None:
    # 'Gross Domestic Product (GDP) of a nation is a value got by adding up its output ...'
    # (web148/19-fixedreference-gdp.txt): the answer said 'its output', whose unsaid.
    _entry, deck = made_from(
        "Gross National Income\n"
        "Gross National Income (GNI) of a country is the sum of all income earned by its "
        "residents in a year, at home and abroad.\n"
    )
    assert "a country's residents" in what_is(deck).answer


def test_a_wordnet_entry_on_one_line() -> None:
    # 'pH scale n : (chemistry) p(otential of) H(ydrogen); the logarithm of the reciprocal
    # of hydrogen-ion concentration ...; provides a measure ... [syn: {pH}]' (web149/03-
    # 3dict-ph-scale.txt): the headword, its part of speech with a space before the colon,
    # senses split by semicolons and synonyms in brackets; the page was refused.
    _entry, deck = made_from(
        "dew point n : (meteorology) t(emperature of) d(ew); the temperature at which air "
        "holds as much water vapour as it can, so that dew forms; a measure of how humid "
        "the air is [syn: {dewpoint}]\n"
    )
    assert what_is(deck).answer == (
        "The temperature at which air holds as much water vapour as it can, so that dew forms."
    )


def test_a_clause_heading_whose_verb_is_inside_it() -> None:
    # 'Why People Invest in Stocks:' over four dash points (web145/08-tempoclaro-stocks-
    # bonds.txt): its last word was taken for the verb, 'Why does people Invest in stock'.
    _entry, deck = made_from(
        "Containers\n"
        "A container is a package that holds a program with everything it needs to run.\n"
        "Why Companies Adopt Containers:\n"
        "- To ship the same build everywhere\n"
        "- To start programs in seconds\n"
        "- To pack more programs on one machine\n"
    )
    assert "Why do companies adopt containers?" in [c.prompt for c in deck]
    from cards.makers.section_lists import clause_question

    asked = clause_question("Why people invest in stocks", "a stock")
    assert asked == "Why do people invest in stocks?"


def test_a_what_is_heading_about_the_other_concept_of_the_page() -> None:
    # 'What Are Stocks?' and 'What Are Bonds?' each over the paragraph that says so
    # (web145/08): only the page's first concept was asked, and 'represent' (a plural's
    # verb) defined nothing.
    _entry, deck = made_from(
        "Shares and loans\n"
        "What Are Shares?\n"
        "Shares, also called equities, represent part ownership of a firm.\n"
        "What Are Loans?\n"
        "Loans are sums of money lent on the promise that they are paid back with "
        "interest.\n"
        "People hold shares for growth and loans for steady income.\n"
    )
    prompts = {c.prompt: c.answer for c in deck}
    assert prompts["What are shares?"] == "Part ownership of a firm."
    assert prompts["What are loans?"].startswith("Loans are sums of money lent")


def test_a_count_announced_is_no_answer_to_its_heading() -> None:
    # 'What Causes Inflation?' / 'There are three main causes of inflation. Each on' where
    # the copy ended (web145/01-europeanbusinessreview-inflation.txt).
    _entry, deck = made_from(
        "Deflation\n"
        "Deflation is a fall in the general level of prices over time.\n"
        "What Causes Deflation?\n"
        "There are two main causes of deflation. The first is\n"
    )
    assert not [c for c in deck if c.kind is CardKind.FAQ]


def test_the_entry_weighed_is_no_kind_of_it() -> None:
    # 'The real cost of an action is the next best alternative forgone.' (web145/02-
    # encyclo-opportunity-cost.txt) was asked 'What is the real cost?'.
    _entry, deck = made_from(
        "Sunk cost\n"
        "A sunk cost is money already spent that cannot be got back.\n"
        "The real cost of a choice is the next best option given up to make it.\n"
    )
    assert [c.prompt for c in deck if c.kind is CardKind.DEFINITION] == ["What is a sunk cost?"]


def test_the_formal_definition_after_a_loose_one() -> None:
    # 'Gross domestic product (GDP) is a broad measure of a nation's productivity. GDP is
    # defined as the monetary value of all finished goods ...' (web145/04-realized1031-
    # gdp.txt): the loose first sentence was the answer.
    _entry, deck = made_from(
        "Inflation rate\n"
        "The inflation rate is a rough gauge of how fast money loses value. The inflation "
        "rate is defined as the yearly percentage change in a price index.\n"
    )
    assert what_is(deck).answer == "The yearly percentage change in a price index."


def test_a_breakdown_opening_on_a_bullet_that_defines_then_stages() -> None:
    # 'Here's a breakdown:' / '* Cellular respiration is the process by which ...' / a
    # lead 'The process of ... can be divided into four main stages:' over '1. Glycolysis:
    # ...' (web145/18-scienceaq-cellular-respiration.txt): read as a glossary of the stages,
    # titled 'Glycolysis'.
    entry, deck = made_from(
        "Here's an overview:\n"
        "* Digestion is the process by which the body breaks food down into parts small "
        "enough to absorb.\n"
        "* Enzymes speed up each step of it.\n"
        "The process of digestion can be divided into three main stages:\n"
        "1. Ingestion: Food is taken into the mouth and chewed.\n"
        "2. Breakdown: Acids and enzymes split the food in the stomach and gut.\n"
        "3. Absorption: Small molecules pass through the gut wall into the blood.\n"
    )
    assert entry.title == "Digestion"
    assert what_is(deck).answer.startswith("The process by which the body breaks food down")
    (card,) = [c for c in deck if c.kind is CardKind.LIST]
    assert card.prompt == "What are the three main stages of digestion?"
    assert card.answer == "1. Ingestion\n2. Breakdown\n3. Absorption"


def test_the_term_under_the_title_is_the_title() -> None:
    # 'Law of supply and demand' / 'The term refers to a microeconomic concept that ...'
    # (web145/12-finallot-supply-demand.txt) gave no card; a law is 'the law of ...'.
    _entry, deck = made_from(
        "Law of diminishing returns\n\n"
        "The term refers to an economic idea that each extra unit of input adds less output "
        "than the one before it.\n"
    )
    card = what_is(deck)
    assert card.prompt == "What is the law of diminishing returns?"
    assert card.answer.startswith("An economic idea that each extra unit of input")


def test_a_definition_label_run_into_the_definition() -> None:
    # 'Enzyme Definition Enzymes are biological catalysts ...' (web145/09-pearson-
    # enzyme.txt): the page was refused.
    _entry, deck = made_from(
        " updated 2021-03-02 These are the ideas you need for this question.\n\n"
        "Hormone Definition Hormones are chemical messengers that glands release into the "
        "blood. They act on organs far from where they are made, and hormones from one "
        "gland can set off another.\n"
    )
    (card,) = [c for c in deck if c.kind is CardKind.DEFINITION]
    assert card.prompt == "What are hormones?"
    assert card.answer.startswith("Chemical messengers that glands release")


def test_a_verb_turned_round_by_its_own_opposite() -> None:
    # 'Enzymes lower the activation energy required for reactions, allowing them to occur
    # more rapidly' (web145/09) was asked 'enzymes higher the activation energy ...'.
    _entry, deck = made_from(
        "Catalyst\n"
        "A catalyst is a substance that speeds up a reaction without being used up.\n"
        "Catalysts lower the energy needed to start a reaction, allowing it to run faster.\n"
    )
    (card,) = [c for c in deck if c.kind is CardKind.TRUEFALSE]
    assert card.prompt == ("True or false: catalysts raise the energy needed to start a reaction.")


def test_a_page_opening_on_the_difference_it_states() -> None:
    # "Here's the key difference. Simple interest refers to ... On the other hand,
    # compound interest refers to ..." (web145/14-fool-simple-interest.txt), no title:
    # refused.
    sides = parse_entries(
        "Here's the main difference. Fixed rates refer to rates that stay the same for the "
        "whole loan. On the other hand, variable rates refer to rates that move with the "
        "market.\n"
        "Say you borrow for ten years. With one, you know every payment in advance.\n",
        "page.txt",
    )
    assert [side.title for side in sides] == ["Fixed rates", "Variable rates"]
    prompts = {c.prompt: c.answer for side in sides for c in cards.generate(side, sides)}
    assert prompts["What are fixed rates?"] == "Rates that stay the same for the whole loan."
    assert prompts["What are variable rates?"] == "Rates that move with the market."


def test_a_span_glossed_by_what_fills_it() -> None:
    # 'Half-life' / 'Loading image...' / 'The time it takes for half the atoms of a
    # radioactive isotope to decay' (web152/07-radiencegaming-half-life.txt): a flashcard
    # site's gloss with no verb and no stop gave no card.
    _entry, deck = made_from(
        "Reaction time\n\n"
        "The time it takes for a driver to press the brake after seeing a hazard\n\n"
        "Real World Example\n\n"
        "Picture a ball rolling onto the road in front of you.\n"
    )
    assert what_is(deck).answer.startswith("The time it takes for a driver to press the brake")


def test_a_bold_term_glued_to_its_gloss() -> None:
    # '**Kinetic Energy**Energy that a body has as a result of its motion.' (web152/13-
    # noaa-kinetic-energy.txt): a weather glossary's entry, refused.
    entry, deck = made_from(
        "**Dew Point**Temperature to which air must be cooled for its water vapour to "
        "condense. At that point the air is saturated.\n"
    )
    assert entry.title == "Dew Point"
    assert what_is(deck).answer.startswith("Temperature to which air must be cooled")


def test_a_definition_of_label_ending_on_a_colon() -> None:
    # 'Definition of Isotope:' over 'One of two or more atoms of the same element ...'
    # (web152/15-coastalwiki-isotope.txt): refused.
    entry, deck = made_from(
        "Definition of Estuary:\n"
        "The wide part of a river where it meets the sea and fresh water mixes with salt "
        "water.[2].\n"
    )
    assert entry.title == "Estuary"
    assert "where it meets the sea" in deck[0].answer


def test_a_lead_in_to_the_definition_is_no_title() -> None:
    # "Here's a breakdown of the definition:" (web152/09-scienceaq-kinetic-energy.txt) was
    # the title 'Here's a breakdown of the', and with it refused, 'KE = 1/2 * mv²' was.
    from cards.recover import find_title

    lines = [
        "Here's a breakdown of the definition:",
        "* Heat: Energy passing from a warmer body to a cooler one.",
        "The formula for heat is:",
        "Q = m * c * ΔT",
        "Understanding heat is crucial in cooking and engineering.",
    ]
    found = find_title(lines)
    assert found is None or found[1] not in ("Here's a breakdown of the", "Q = m * c * ΔT")
    assert found is None or not found[1].startswith("Understanding")


def test_a_study_sites_definition_label_glued_to_the_sentence() -> None:
    # 'Covalent Bond Definition:A covalent bond is a chemical link ...' under a forum
    # answer's lines (web152/02-brainly-covalent-bond.txt): titled 'E .g methane ----- ch4'.
    entry, deck = made_from(
        "They form when metal atoms give up electrons  \n"
        "e .g table salt   ----- nacl\n"
        "Ionic Bond Definition:An ionic bond is the pull between two ions of opposite "
        "charge.\n\n"
        "Examples:There is an ionic bond between sodium and chlorine in salt.\n"
    )
    assert entry.title.casefold() == "ionic bond"
    assert what_is(deck).answer == "The pull between two ions of opposite charge."


def test_how_a_thing_forms_under_an_answer_label() -> None:
    # 'Step-by-step explanation:' / 'A covalent bond is formed by the overlap of half
    # filled atomic orbitals ...' (web152/04-qammunity-covalent-bond.txt), and "Here's a
    # breakdown:" / '* Covalent bonds are formed when atoms share electrons.' (web152/03):
    # both refused.
    _entry, deck = made_from(
        "Step-by-step explanation:\n"
        "A rainbow is formed by sunlight bending and splitting inside raindrops. Each "
        "colour leaves the drop at its own angle.\n"
        "Hope it helps\n"
    )
    (card,) = [c for c in deck if c.prompt.startswith("How is")]
    assert card.prompt == "How is a rainbow formed?"
    assert card.answer == "By sunlight bending and splitting inside raindrops."
    _entry, deck = made_from(
        "Here's a breakdown:\n"
        "* Clouds are formed when water vapour cools and condenses on dust.\n"
        "* Warm air rises and cools as it goes up.\n"
    )
    assert [c.prompt for c in deck if c.prompt.startswith("How are")] == ["How are clouds formed?"]


def test_a_clue_that_says_it_of_something_unsaid() -> None:
    # 'If it moves, it has kinetic energy.' (web152/10-piping-designer-kinetic-energy.txt)
    # was asked 'If it moves, it has which concept?'.
    _entry, deck = made_from(
        "Potential energy\n\n"
        "Potential energy is the energy stored in a body because of where it is. If it is "
        "raised, it has potential energy.\n"
    )
    assert not [c for c in deck if c.kind is CardKind.IDENTIFY and " it " in c.prompt]


def test_an_aggregators_definitions_for_a_quoted_name() -> None:
    # 'Definitions for "plate tectonics"' (web153/14-metaglossary-plate-tectonics.txt) was
    # the title, quotes and all; 'Meaning of plate tectonics' (web153/13-infoplease) too.
    from cards.recover import find_title, title_without_wrapper

    found = find_title(['Definitions for "ocean current"', "A steady flow of sea water."])
    assert found is not None and found[1] == "Ocean current"
    assert title_without_wrapper("Meaning of ocean current") == "Ocean current"


def test_a_glossary_head_with_its_part_of_speech_over_a_theory() -> None:
    # 'plate tectonics - (n.)' / 'the theory that the Earth's ... crust ... is fractured
    # into large plates ...' (web153/15-earthguide-plate-tectonics.txt): refused, and a
    # bare 'the theory that the crust is ...' was titled 'Theory that the crust'.
    entry, deck = made_from(
        "continental drift - (n.)\n\n"
        "the theory that the continents were once joined and have slowly moved apart over "
        "millions of years. Matching coastlines and fossils support it.\n"
    )
    assert entry.title == "Continental drift"
    assert what_is(deck).answer.startswith("The theory that the continents were once joined")
    entry, _deck = made_from(
        "continental drift\n\n"
        "the theory that the land is split into pieces that drift apart. Fossils match "
        "across oceans.\n"
    )
    assert entry.title == "Continental drift"


def test_a_definition_opening_on_adjectives_before_its_kind() -> None:
    # "Tectonic plates are large, irregularly shaped pieces of the Earth's lithosphere"
    # (web153/11-scienceaq-plate-tectonics.txt) was read as a quality ('large,'), and
    # 'Plate tectonics is the theory that describes the movement of these plates.' was
    # asked with 'these plates' unexplained.
    _entry, deck = made_from(
        "Here's a bit more detail:\n"
        "* Sand dunes are loose, wind-shaped heaps of sand found in deserts and on coasts.\n"
        "* They move as wind carries grains over their crest.\n"
        "* Dune migration is the process that moves these heaps downwind over the years.\n"
    )
    definitions = {c.prompt: c.answer for c in deck if c.kind is CardKind.DEFINITION}
    assert definitions == {
        "What are sand dunes?": "Loose, wind-shaped heaps of sand found in deserts and on coasts."
    }


def test_the_stages_led_into_by_the_definitions_paragraph() -> None:
    # 'Mitosis is the process where ... It is divided into four main stages:' over
    # '* Prophase: ...' bullets (web153/01-scienceaq-mitosis.txt): the lead ended the
    # summary and its points began the next part, so no list card was made.
    _entry, deck = made_from(
        "Photosynthesis is the process by which plants turn light, water and carbon "
        "dioxide into sugar. It is divided into three main stages:\n"
        "* Capture: Leaves absorb light in their green pigment.\n"
        "* Light reactions: The light is stored as chemical energy.\n"
        "* Calvin cycle: The stored energy builds sugar from carbon dioxide.\n"
    )
    (card,) = [c for c in deck if c.kind is CardKind.LIST]
    assert card.prompt == "What are the three main stages of photosynthesis?"
    assert card.answer == "1. Capture\n2. Light reactions\n3. Calvin cycle"


def test_a_process_defined_once_above_another_is_the_pages_concept() -> None:
    # 'Erosion is the process where the earths surface is broken down, ...' above
    # 'Weathering is the breaking down of ...' (web154/12-riversdalecc-erosion.txt): the
    # first sentence was taken for a site's blurb (the page never says 'erosion' again),
    # dropped, and the page titled 'Weathering'.
    entry, deck = made_from(
        "Melting is the process where a solid turns into a liquid as it warms. It mostly "
        "happens at one temperature.\n\n"
        "Freezing is the change of a liquid into a solid.\n"
        "Freezing happens when heat leaves a liquid; freezing points differ between "
        "substances, and freezing is slower in salty water.\n"
    )
    assert entry.title == "Melting"
    assert what_is(deck).answer.startswith("The process where a solid turns into a liquid")


def test_a_headword_line_between_the_question_and_its_senses() -> None:
    # 'What does food chain mean?' / 'food chain' / '1. A succession of organisms ...'
    # (web154/05-answers-food-chain.txt): the headword line stood first, so the gloss
    # below it was not read as the opening, and the page gave no card.
    _entry, deck = made_from(
        "What does tide pool mean?\n\n"
        "tide pool\n\n\n"
        "1. A pool of sea water left among rocks on the shore when the tide goes out.\n\n"
        "2. Informal. Any small gathering place.\n"
    )
    assert what_is(deck).answer.startswith("A pool of sea water left among rocks")


def test_a_writers_slip_is_no_definition_nor_clue() -> None:
    # 'The food chain is a defined by the way all living things need to feed upon each
    # other to survive.' (web154/04-internetdict-food-chain.txt) was the answer, then a
    # clue.
    _entry, deck = made_from(
        "What is the Water Cycle?\n\n"
        "The water cycle is a defined by the way water moves between the sea, the air and "
        "the land. An example would be rain falling and running back to the sea.\n"
    )
    assert not [c for c in deck if "a defined by" in (c.answer + c.prompt).casefold()]


def test_points_flattened_under_a_term_that_leads_into_them() -> None:
    # '* Erosion: ... transported by natural forces, including:' over '* Ice: Glaciers and
    # ice sheets carve out valleys ...' (web154/13-scienceaq-weathering-erosion.txt):
    # 'What is ice?' was answered by what glaciers do.
    from cards.parsing import parse_entries

    entries = parse_entries(
        "Here's a breakdown:\n"
        "* Digestion: This is the process where food is broken down. It needs:\n"
        "* Chewing: Teeth grinding food into small bits.\n"
        "* Enzymes: Proteins that split food molecules apart.\n"
        "* Transport: Once food is broken down, it moves on by:\n"
        "* Muscles: Rings and bands squeeze the food along the gut.\n"
        "* Gravity: Bites and sips fall down the throat on their own.\n",
        "page.txt",
    )
    asked = {c.prompt: c.answer for e in entries for c in cards.generate(e, entries)}
    assert "What is gravity?" not in asked and "What are muscles?" not in asked
    assert asked["What are enzymes?"] == "Proteins that split food molecules apart."


def test_a_difference_said_to_lie_in_something_titles_a_comparison() -> None:
    # 'The key difference between weathering and erosion lies in whether the rock ... is
    # moved from its original place:' (web154/10-trendsmask-weathering-erosion.txt).
    from cards.recover import find_title

    found = find_title(
        [
            "The key difference between a lake and a pond lies in how deep the water is:",
            "- A lake is a large body of still water, deep enough that light misses its floor.",
        ]
    )
    assert found is not None and found[1] == "Lake vs pond"


def test_a_concept_named_at_the_end_of_its_sentence_is_asked_for() -> None:
    # 'The flow of energy from one trophic level to another is called food chain.' under
    # a page about ecosystems (web154/07-brainly-food-chain.txt): the page's second
    # concept, said before its name, gave no card.
    deck = cards.generate(
        cards.parse(
            "Weather is the state of the air at one place and time, such as its heat and rain.\n"
            "The average of the weather over many years in one region is called climate.\n"
            "Climate shapes which plants can grow in a region.\n",
            file="page.txt",
        )
    )
    asked = {c.prompt: c.answer for c in deck}
    assert asked["What is climate?"] == "The average of the weather over many years in one region."


def test_a_glossary_keeps_the_concept_its_opening_defines() -> None:
    # 'Definition of Regression' / 'Regression is a statistical analysis technique ...'
    # over 'Dependent Variable', 'Independent Variables' (web151/16-regression-analysis.txt):
    # the terms below were asked, the page's own concept was dropped.
    asked = asked_of(
        "Definition of Erosion\n\n"
        "Erosion is a natural process that wears soil and rock away and carries it elsewhere. "
        "It shapes valleys and coasts.\n\n"
        "Sediment\n\n"
        "Sediment is the loose material that water or wind has carried and set down.\n\n"
        "Deposition\n\n"
        "Deposition is the laying down of sediment once the water or wind slows.\n"
    )
    assert asked["What is erosion?"] == (
        "A natural process that wears soil and rock away and carries it elsewhere."
    )
    assert "What is sediment?" in asked and "What is deposition?" in asked


def test_a_sense_that_only_points_elsewhere_is_no_definition() -> None:
    # 'Definition: index' / '(1) See indexed color.' / '(2) A common method for keeping
    # track of data ...' (web151/20-index.txt): 'What is an index?' was answered 'See
    # indexed color.'
    asked = asked_of(
        "Definition: port\n\n"
        "(1) See harbour.\n\n"
        "(2) A numbered endpoint on a computer that lets one program's traffic be told "
        "apart from another's.\n\n"
        "(3) In hardware, a socket for plugging in a cable, as a port on a laptop is. "
        "See connector.\n"
    )
    assert asked["What is a port?"] == (
        "A numbered endpoint on a computer that lets one program's traffic be told apart "
        "from another's."
    )


def test_a_kind_after_a_connective_keeps_its_article() -> None:
    # 'On the other hand, a programming index is a counter that ...' (web151/20-index.txt)
    # was asked 'What is programming index?'.
    asked = asked_of(
        "Cache\n\n"
        "A cache is a small store of copies kept close to where they are needed. "
        "On the other hand, a disk cache is a part of memory that holds blocks recently read "
        "from a disk.\n"
    )
    assert "What is a disk cache?" in asked and "What is disk cache?" not in asked


def test_a_word_that_could_name_a_page_is_a_term_when_glossed_below() -> None:
    # 'Index' / 'A data structure that stores the values for a specific column ...'
    # (web151/11-database-index.txt) was refused as a site's index page.
    asked = asked_of(
        "Dictionary\n\n"
        "A data structure that maps each key to the one value stored under it. Looking up a "
        "key in a dictionary takes about the same time however many keys it holds.\n"
    )
    assert asked["What is a dictionary?"] == (
        "A data structure that maps each key to the one value stored under it."
    )


def test_a_short_answer_label_and_glued_list_numbers_are_read() -> None:
    # 'What is database normalization?' / 'Ans: It is a process of ... to achieve the
    # following desirable properties:' / '1)Minimizing Redundancy' / '2) Minimizing the
    # ... Anomalies' (web151/12-normalization.txt) gave no card.
    asked = asked_of(
        "What is composting?\n\n"
        "Ans: It is a process of letting kitchen and garden waste rot down in order to give "
        "the following gains:\n"
        "1)Richer Soil\n"
        "2) Less Waste Sent To Landfill\n"
        "Most gardens have room for a small heap.\n"
    )
    answer = asked["What is composting?"]
    assert answer.startswith("A process of letting kitchen and garden waste rot down")
    assert "Richer Soil" in answer and "Less Waste Sent To Landfill" in answer


def test_a_dictionary_field_and_letters_before_the_first_gloss_are_dropped() -> None:
    # '<statistics> (SD) A measure of the range of values ... Standard deviation is a
    # statistic used as ...', its headword line lost, then a hard-wrapped paragraph
    # (web151/02-standard-deviation.txt): refused as a page with no title.
    asked = asked_of(
        "<networking> (NAT) A way of sharing one public address. Network address translation "
        "is a method of rewriting the addresses in packets as they pass a router.\n"
        "The method is used when all of the devices in a home\n"
        "share the one address the provider gave.\n"
    )
    assert asked["What is network address translation?"] == (
        "A method of rewriting the addresses in packets as they pass a router."
    )


def test_a_word_list_headword_with_its_pronunciation_titles_the_page() -> None:
    # 'Noun: correlation coefficient  `kó-ru'ley-shun ...' over '1. A statistic
    # representing how closely two variables co-vary; ...' (web151/15-correlation-
    # coefficient.txt): refused as a page with no title.
    asked = asked_of(
        "Skip to definition.\n\n"
        "Noun: median strip  `mee-dee'un strip\n"
        "  1. A raised or planted band that divides the opposite lanes of a road\n"
        "    - central reservation\n\n"
        "Type of: strip\n"
    )
    assert asked["What is a median strip?"].startswith(
        "A raised or planted band that divides the opposite lanes of a road"
    )


def test_a_gloss_going_on_in_a_list_is_a_definition() -> None:
    # 'Type of database transaction with four properties:' over its four properties
    # (web151/10-acid-transaction.txt): a gloss ending in a colon was no definition.
    asked = asked_of(
        "Traffic light\n\n"
        "A signal at a crossing that shows one of three colours:\n\n"
        "- Red\n- Amber\n- Green\n"
    )
    assert asked["What is a traffic light?"] == (
        "A signal at a crossing that shows one of three colours: red; amber; green."
    )


def test_a_picture_the_copy_left_out_is_not_in_the_answer() -> None:
    # 'The standard normal distribution is the normal distribution with a mean of zero and
    # a variance of one (the green curves in the plots to the right).' (web151/06-normal-
    # distribution.txt): the answer pointed at plots the card does not show.
    asked = asked_of(
        "Unit circle\n\n"
        "The unit circle is the circle of radius one centred on the origin (the blue ring "
        "in the figure to the right). It is used to define sine and cosine (Fig. 2).\n"
    )
    answer = asked["What is the unit circle?"]
    assert answer.startswith("The circle of radius one centred on the origin.")
    assert "figure" not in answer and "Fig" not in answer


def test_aspect_points_of_a_comparison_are_asked_side_by_side() -> None:
    # '1. Definition:' / '- Photosynthesis: The process by which ...' / '- Cellular
    # respiration: ...' / '2. Location:' / '- Photosynthesis: Occurs mainly in ...'
    # (web155/18-jiskha-photosynthesis-vs-cellular-respiration.txt): 'Photosynthesis' was
    # read as the plural of 'Photosynthesi', so no point was said of either side; a side's
    # 'Reactants include ...' was asked 'Which reactants include ...?'; and the summary
    # saying a side's definition again was asked as that definition turned round.
    asked = asked_of(
        "Osmosis vs diffusion\n"
        "\n"
        "Osmosis and diffusion are two ways that particles spread out. Here is how they differ:\n"
        "\n"
        "1. Definition:\n"
        "- Osmosis: The process by which cells move water molecules through a membrane that "
        "holds back salt.\n"
        "- Diffusion: The process by which particles spread from crowded places to sparse ones.\n"
        "\n"
        "2. What moves:\n"
        "- Osmosis: Moves only water molecules from one side of the membrane to the other.\n"
        "- Diffusion: Moves any kind of particle, in a gas or in a liquid.\n"
        "\n"
        "3. Needs:\n"
        "- Osmosis: Requires a membrane that holds back the dissolved particles.\n"
        "- Diffusion: Needs no membrane at all.\n"
        "\n"
        "4. Examples:\n"
        "- Osmosis: Inputs include water and a membrane. Outputs include diluted salt water.\n"
        "- Diffusion: Inputs include any gas or liquid. Outputs include an even mix.\n"
        "\n"
        "In summary, osmosis moves water molecules through a membrane that holds back salt, "
        "while diffusion spreads particles from crowded places to sparse ones.\n"
        "\n"
    )
    which = [prompt for prompt in asked if prompt.startswith("Which")]
    assert (
        "Which requires a membrane that holds back the dissolved particles: osmosis or diffusion?"
        in which
    )
    assert all(prompt.endswith(": osmosis or diffusion?") for prompt in which)
    assert not [prompt for prompt in which if " include " in prompt]
    assert not [prompt for prompt in which if "holds back salt" in prompt]


def test_a_publishers_dictionary_line_over_the_headword_is_no_title() -> None:
    # "Nolo's Plain-English Law Dictionary" / 'Income Tax' / 'A tax on an individual or a
    # corporation's net income ...' (web155/16-nolo-income-tax.txt) was refused: the
    # apostrophe kept the line from reading as a dictionary's name.
    asked = asked_of(
        "Brown's Plain-English Farm Dictionary\n\n"
        "Cover Crop\n\n"
        "A crop grown between main harvests to protect and feed the soil, such as clover or "
        "rye. Most farms that sow a cover crop plough it in before spring.\n"
    )
    assert asked["What is a cover crop?"] == (
        "A crop grown between main harvests to protect and feed the soil, such as clover or rye."
    )


def test_a_learners_dictionary_entry_is_read_past_its_labels() -> None:
    # 'mortgage noun definition in Buying a home topic from the Oxford ... Dictionary' /
    # 'noun: Buying a home topic' / '(informal home loan) a legal agreement by which ...;
    # the sum of money that you borrow ...' (web155/15-oxfordlearnersdictionaries-
    # mortgage.txt) was asked 'What is buying a home topic?' with both senses run together.
    asked = asked_of(
        "greenhouse noun definition in Gardening topic from the Example Learner's Dictionary\n\n"
        "\n noun: Gardening topic\n"
        "a building with glass walls and roof in which plants are grown out of the cold; "
        "the plants kept in such a building a heated greenhouse greenhouse tomatoes\n"
    )
    assert asked["What is a greenhouse?"] == (
        "A building with glass walls and roof in which plants are grown out of the cold."
    )


def test_a_dictionary_title_keeps_only_its_headword() -> None:
    # 'natural selection - definition and synonyms' (web155/01-macmillandictionary-natural-
    # selection.txt): the site's words were read as part of the name.
    asked = asked_of(
        "compost heap - definition and synonyms\n\n"
        "noun [countable]\n\n"
        "  1. a pile of garden and kitchen waste left to rot down into food for the soil.\n"
    )
    assert "What is a compost heap?" in asked


def test_a_plural_headword_label_names_the_entry_in_the_singular() -> None:
    # 'noun, plural: proteins' over 'A molecule composed of polymers of amino acids ...'
    # (web155/08-biologyonline-protein.txt) was asked 'What are noun, plural: proteins?'.
    asked = asked_of(
        "noun, plural: enzymes\n\n\n"
        "A protein that speeds up a chemical reaction in a living thing without being used "
        "up. An enzyme works on one kind of molecule only.\n"
    )
    assert asked["What is an enzyme?"] == (
        "A protein that speeds up a chemical reaction in a living thing without being used up."
    )


def test_the_concept_of_a_thing_asked_names_the_thing() -> None:
    # 'What is the concept of a derivative in calculus?' over 'The concept of a derivative
    # in calculus is fundamental to ...' (web155/06-unlo-derivative.txt): the entry was
    # named 'Concept'.
    asked = asked_of(
        "What is the concept of an integral in calculus?\n\n"
        "The concept of an integral in calculus is central to adding up many small parts. "
        "Here is a gentle explanation:\n\n"
        "An integral is a measure of the total area between a curve and the axis over a range "
        "of inputs.\n"
    )
    assert asked["What is an integral?"] == (
        "A measure of the total area between a curve and the axis over a range of inputs."
    )


def test_a_name_said_of_those_an_event_happens_to_is_defined_by_the_event() -> None:
    # 'When bacteria develop the ability to defend themselves against the effect of an
    # antibiotic, then they are said to have acquired antibiotic resistance.' (web155/05-
    # antibioticsinfo-antibiotic-resistance.txt) gave no card.
    asked = asked_of(
        "Herd Immunity\n\n"
        "What is herd immunity?\n\n"
        "When enough people in a community are immune to a disease that it can no longer "
        "spread, then they are said to have herd immunity. Vaccines are the safest way to "
        "reach it.\n"
    )
    assert asked["What is herd immunity?"] == (
        "When enough people in a community are immune to a disease that it can no longer spread."
    )


def test_a_gloss_right_under_the_headword_is_the_definition() -> None:
    # 'acceleration' / 'The rate of change of velocity with respect to time; ...' /
    # 'Definition' / 'Acceleration is the second step in the chain of derivatives ...'
    # (web155/03-physicsitcom-acceleration.txt): the longer text's sentence was asked.
    asked = asked_of(
        "momentum\n"
        "The product of an object's mass and its velocity.\n"
        "Definition\n"
        "Momentum is the first quantity that Newton wrote his laws in. It is kept the same "
        "in any collision where no outside force acts, so a truck has more momentum than a "
        "bike at the same speed.\n"
    )
    assert asked["What is momentum?"] == "The product of an object's mass and its velocity."


def test_the_setting_a_claim_is_made_in_is_not_turned_round() -> None:
    # 'In higher dimensions, acceleration is a vector that can change ...' was asked 'True
    # or false: in lower dimensions, acceleration is a vector ...?' (web155/03-physicsitcom-
    # acceleration.txt): a setting the page says nothing of, not a false claim.
    asked = asked_of(
        "Pressure\n\n"
        "Pressure is the force pressing on each unit of area of a surface. "
        "At higher altitudes, pressure is spread over a thinner column of air above.\n"
    )
    assert not [prompt for prompt in asked if prompt.startswith("True or false")]


def test_a_name_ending_like_a_doing_is_counted_when_the_page_counts_it() -> None:
    # 'chemical reaction' / 'A change or process in which chemical substances convert ...
    # Reaction mechanisms include ... reactions.' (web155/10-daviddarling-chemical-
    # reaction.txt) was asked 'What is chemical reaction?': a '-tion' word taken for a doing.
    counted = asked_of(
        "network connection\n\n"
        "A link between two devices over which data can flow. Most computers keep many "
        "connections open at once.\n"
    )
    assert "What is a network connection?" in counted
    uncounted = asked_of(
        "data compression\n\n"
        "A way of making files smaller by writing repeated patterns only once. It saves "
        "disk space and time on the wire.\n"
    )
    assert "What is data compression?" in uncounted


def test_a_homework_sites_explanation_label_is_no_title() -> None:
    # 'Explanation' / 'Binary Tree:' / '• A binary tree is a hierarchical data structure
    # ...' (web156/12-jettystudy-binary-search-tree-vs-binary-tree.txt) was refused.
    asked = asked_of(
        "Explanation\n"
        "Stack:\n"
        "• A stack is a collection where the item added last is the first one taken out.\n"
        "• Stacks are used to undo edits and to track function calls.\n"
    )
    assert asked["What is a stack?"] == (
        "A collection where the item added last is the first one taken out."
    )


def test_a_label_then_the_term_on_the_first_line_titles_the_page() -> None:
    # 'Definition: Compiled Language: A language that requires a compiler program ...'
    # (web156/16-aboutcom-compiled-language.txt) was refused.
    asked = asked_of(
        "Definition: Static Site: A website whose pages are built once and sent unchanged to "
        "every visitor. A static site needs no database at request time. From a web glossary\n"
    )
    assert asked["What is a static site?"] == (
        "A website whose pages are built once and sent unchanged to every visitor."
    )


def test_a_glossary_table_copied_as_text_gives_its_term() -> None:
    # 'Term Description' / 'throughput Throughput (or transfer rate) in data transmission is
    # the amount of data moved ...' (web156/09-speedguide-throughput.txt) was refused: the
    # table's header and its term cell run into the gloss, and the gloss names a field.
    asked = asked_of(
        "Term Description\n"
        "jitter Jitter (or delay variation) in data transmission is the change in delay from "
        "one packet to the next.\n\n"
        "Calls sound choppy when jitter is high.\n"
    )
    assert asked["What is jitter?"] == "The change in delay from one packet to the next."


def test_an_event_named_without_a_comma_before_its_name_defines_it() -> None:
    # 'When a single developed module or unit of the application is tested it is known as
    # unit testing.' (web156/14-testingpractices-unit-vs-integration-testing.txt): the
    # comma before 'it is known as' left out.
    asked = asked_of(
        "Overfitting\n\n"
        "When a model learns its training data so closely that it fails on new data it is "
        "called overfitting. More data or a simpler model helps.\n"
    )
    assert asked["What is overfitting?"] == (
        "When a model learns its training data so closely that it fails on new data."
    )


def test_a_notes_own_one_sentence_definition_outranks_the_line_under_its_title() -> None:
    # The built-in 'Frontend' note: '# Frontend' / 'The part of a web system that people
    # see ...' / '## In one sentence' / 'The frontend is the part of an application ...'.
    # The gloss-under-a-headword rule for pasted dictionaries must not take the author's
    # line under the title over the definition the note promises.
    entry = cards.parse(
        "# Greenhouse\n\n"
        "The part of a garden where tender plants are kept through the winter.\n\n"
        "## In one sentence\n"
        "A greenhouse is a building with glass walls and roof in which plants are grown out "
        "of the cold.\n",
        file="note.md",
    )
    asked = {c.prompt: c.answer for c in cards.generate(entry)}
    assert asked["What is a greenhouse?"] == (
        "A building with glass walls and roof in which plants are grown out of the cold."
    )


def test_a_glosses_own_clause_after_a_semicolon_stays_in_the_answer() -> None:
    # 'One end of a two-way link between two programs on a network; it pairs an address
    # with a port number.' keeps its second half; only a dictionary's second sense after
    # '; the ...' is cut (web155/15-oxfordlearnersdictionaries-mortgage.txt).
    asked = asked_of(
        "Socket\n\n"
        "A socket is one end of a two-way link between two programs; it pairs an address "
        "with a port number.\n"
    )
    assert asked["What is a socket?"] == (
        "One end of a two-way link between two programs; it pairs an address with a port number."
    )


def test_a_gloss_whose_object_is_left_out_defines_its_headword() -> None:
    # A physics glossary's 'The energy a body has because it is moving.' (QUALITY.md,
    # rounds 299 to 305, left alone then): a thing named by what something else has or
    # does to it, with no 'that', is a gloss; a sentence whose own verb comes later is not.
    asked = asked_of(
        "Potential energy\n\nThe energy an object has because of where it sits.\n\n"
        "Lifting a box raises it.\n"
    )
    assert (
        asked["What is potential energy?"] == "The energy an object has because of where it sits."
    )
    asked = asked_of(
        "Buffer\n\nThe data the program has in memory is lost when it stops.\n\n"
        "A buffer holds it for a while.\n"
    )
    assert all("is lost" not in answer for answer in asked.values())


def test_a_glossarys_name_before_its_term_is_no_part_of_the_title() -> None:
    # 'Definition of computer security terms: Firewall' over 'A Firewall is a system which
    # ...' (web157/18-hitachiid-firewall.txt): the page's concept is the term after the
    # colon, so its own definition is asked, not a later sentence about it.
    asked = asked_of(
        "Glossary of storage terms: Snapshot\n\n"
        "A Snapshot is a read-only copy of a volume as it stood at one moment.\n\n"
        "A Snapshot might be kept for hours or for years, by schedule or by hand.\n"
    )
    assert asked["What is a snapshot?"] == (
        "A read-only copy of a volume as it stood at one moment."
    )


def test_a_comparison_only_just_bigger_is_no_definition() -> None:
    # 'Containers are much smaller in size and utilize fewer resources.' ending the first
    # paragraph of 'Containers versus VMs' (web157/20-solanorun-containers-vs-vms.txt)
    # was asked as 'What are Containers?': how they compare, not what they are.
    asked = asked_of(
        "Tablets versus PCs\n"
        "Portable computing has made it possible to work from almost anywhere. As tablets "
        "fold the keyboard into the screen, this lets one device serve for reading and for "
        "work. PCs, on the other hand, keep a separate keyboard and tower, whereas tablets "
        "hold everything in one slab. Tablets are much lighter in weight and use less power.\n"
        "A docking station is a stand that connects a portable device to a screen and "
        "keyboard.\n"
    )
    assert not any(answer.startswith("Much lighter") for answer in asked.values())


def test_an_untitled_page_opening_on_what_its_letters_stand_for_is_titled_by_them() -> None:
    # "DNS is short for 'Domain Name System'. Essentially, ..." opening a page with no
    # title line (web157/01-iamroot-what-is-dns.txt): the letters, spelled out in single
    # quotes, name the page's concept.
    from cards.recover import find_title

    found = find_title(
        [
            "VPN is short for 'Virtual Private Network'. It carries your traffic through a",
            "sealed tunnel to a server you trust, which sends it on from there.",
            "For a quick check, try these lookups:",
        ]
    )
    assert found is not None
    assert found[1:] == ("VPN", "Virtual Private Network")


def test_a_difference_said_after_ie_is_asked_and_the_second_side_kept() -> None:
    # 'The main difference between sessions and cookies, ie, cookies are stored in the
    # user's browser, and sessions are not.' over 'Cookie' / ... / 'Session' / ...
    # (web157/11-phpprogram-sessions-vs-cookies.txt): the first line names the pair, so
    # both sides are entries, and the difference is asked after its 'ie'.
    asked = asked_of(
        "The main difference between lakes and ponds, ie, lakes are deep enough that "
        "sunlight never reaches their floor, and ponds are not.\n"
        "Lake\n"
        "A lake is a large body of still water surrounded by land.\n"
        "Deep lakes form layers of warm and cold water in summer.\n"
        "Pond\n"
        "A pond is a small, shallow body of still water where plants root across the bottom.\n"
        "Ponds warm evenly from top to bottom in the sun.\n"
    )
    assert asked["What is a pond?"] == (
        "A small, shallow body of still water where plants root across the bottom."
    )
    assert asked["What is the main difference between lakes and ponds?"] == (
        "Lakes are deep enough that sunlight never reaches their floor, and ponds are not."
    )


def test_a_listed_kind_glossed_as_a_type_of_the_entrys_thing_is_asked() -> None:
    # '- MX (Mail Exchanger) record: A type of DNS record that specifies the mail server
    # ...' under 'Here are the most common types of DNS records:' on a page that defines
    # DNS first, under a title the page's concept is read from (web157/16-compucare-dns-
    # record-types.txt): each kind is asked by its name, its letters' words left out.
    asked = asked_of(
        "HTTP (Hypertext Transfer Protocol) is the protocol browsers and servers use to "
        "exchange web pages and data.\n"
        "Here are the two most used kinds of HTTP request:\n"
        "- GET (retrieve) request: A kind of HTTP request that asks the server for a "
        "resource without changing anything.\n"
        "- POST request: A kind of HTTP request that sends data for the server to store "
        "or act on.\n"
    )
    assert asked["What is a GET request?"] == (
        "A kind of HTTP request that asks the server for a resource without changing anything."
    )
    assert asked["What is a POST request?"] == (
        "A kind of HTTP request that sends data for the server to store or act on."
    )


def test_a_side_that_takes_a_different_approach_is_not_asked_which() -> None:
    # 'GraphQL takes a completely different approach.' on a GraphQL vs REST page
    # (web157/12-optimizemarketing-graphql-vs-rest.txt) became 'Which takes a completely
    # different approach: GraphQL or REST?': different from the other, as either is.
    asked = asked_of(
        "Tabs vs Spaces\n\n"
        "Tabs indent code with one character per level. Tabs let each reader choose the "
        "width.\n\n"
        "Spaces take a completely different approach. Spaces fix the width for every "
        "reader.\n"
    )
    assert not any("different approach" in prompt for prompt in asked)


def test_sample_lines_after_looks_like_this_are_no_list_to_learn() -> None:
    # 'The headers might look something like this:' over three header lines
    # (web157/02-acronymsseriouslysuck-cors.txt) was asked 'Which three points finish
    # the sentence ...?': one possible sample, not facts to recall.
    asked = asked_of(
        "(CNEG) Content Negotiation\n\n"
        "Content Negotiation (CNEG) is the way a browser and a server agree on which form "
        "of a resource to send.\n\n"
        "For example, if a reader prefers French and compressed pages, the browser needs "
        "to include the appropriate headers in its request. The headers might look "
        "something like this:\n\n"
        "Accept-Language: fr, en-GB\nAccept-Encoding: gzip, br\nAccept-Charset: utf-8\n\n"
        "In this example, the server picks the French page and compresses it.\n"
    )
    assert "What is Content Negotiation?" in asked
    assert not any("finish the sentence" in prompt for prompt in asked)


def test_a_statement_of_two_claims_is_not_turned_round_by_half() -> None:
    # 'Containers are much smaller in size and utilize fewer resources.' became 'True or
    # false: Containers are much larger in size and utilize fewer resources?' (web157/20-
    # solanorun-containers-vs-vms.txt): false as a whole, but half of it still true.
    asked = asked_of(
        "Solid-state drive\n\n"
        "A solid-state drive is a storage device that keeps data in flash memory chips.\n\n"
        "Solid-state drives are much smaller in size and use less power.\n"
    )
    assert not any(prompt.startswith("True or false") for prompt in asked)


def test_a_sides_own_sentence_set_against_the_other_is_asked_once_as_a_choice() -> None:
    # 'Encryption is a two-way process.' late in encryption's paragraph, and under
    # 'Difference Between Encryption and Hashing' 'Encryption is a two-way process whereas
    # hashing is a one-way process.' (web157/10-nftartranking-encryption-vs-hashing.txt):
    # a typed 'Which concept is a two-way process?' asked what the choice card asks.
    asked = asked_of(
        "Weather vs Climate\n\n"
        "Weather is the state of the air at one place and time, as a thermometer and a rain "
        "gauge record it. The instrument used is called a barometer, and to read pressure "
        "you need one. One of the simplest weather records is the daily high that a garden "
        "thermometer shows. Rain is the most talked-about weather event. This event makes "
        "use of clouds that drop water on the ground below. Only a forecaster with the right "
        "charts can predict it well. Weather is a short-term process. What is measured in "
        "the morning is often different by the evening.\n\n"
        "Climate is the pattern of weather that a region has over thirty years or more. It "
        "is worked out by averaging long records of temperature and rain.\n\n"
        "Difference Between Weather and Climate\n\n"
        "Weather is measured at one moment in one place, while climate is an average over "
        "many years.\n"
        "Weather is a short-term process whereas climate is a long-term pattern.\n"
    )
    assert "Which concept is a short-term process?" not in asked
    assert asked["Which is a long-term pattern: weather or climate?"] == "Climate"


def test_an_untitled_answer_defines_its_concept_a_few_sentences_in() -> None:
    # 'Ah, recursion! It's like looking into two mirrors ... Essentially, recursion is when
    # a function calls itself ...' and 'Key points to remember:' / 'Base Case - This is
    # the stopping condition ...' (web158/03-errorhandle-recursion.txt): a chatbot's answer
    # with no title, its concept named first and defined two sentences on; its labelled
    # points are no statements to judge true or false.
    asked = asked_of(
        "Oh, caching! It's a bit like keeping snacks in your desk drawer. Essentially, "
        "caching is when a program keeps a copy of data close at hand so it need not fetch "
        "it again. Lots of people find it confusing at first!\n"
        "Here's a simple way to think about caching: imagine you keep your most used books "
        "on your desk instead of the library.\n"
        "Key points to remember:\n"
        "Cache Hit - This is when the data asked for is already in the cache.\n"
        "Cache Miss - This is when the data has to be fetched from the slower store.\n"
        "Avoiding Cache Misses - Each copy should be dropped when the data changes; "
        "otherwise, readers could see stale values!\n"
    )
    assert asked["What is caching?"] == (
        "When a program keeps a copy of data close at hand so it need not fetch it again."
    )
    assert not any(prompt.startswith("True or false") for prompt in asked)
    assert not any(" - " in prompt for prompt in asked)  # (nor a blank under its label)


def test_a_question_title_asked_in_a_field_and_a_doing_called_by_its_name() -> None:
    # 'What is virtual memory when refering to a computer?' over a paragraph ending 'Using
    # disk storage in this way to allow the computer to work with and address more
    # information than will fit in system RAM is called virtual memory.'
    # (web158/11-experts123-what-is-virtual-memory.txt): the field is no part of the
    # name, and a doing named last defines it ('than will fit' is no verb of its own).
    asked = asked_of(
        "What is a swap file when talking about an operating system?\n"
        "Memory fills up as programs open. Writing pages that are not in use to a file on "
        "disk to hold more programs than will fit in RAM is called a swap file.\n"
    )
    assert asked["What is a swap file?"] == (
        "Writing pages that are not in use to a file on disk to hold more programs than will "
        "fit in RAM."
    )


def test_what_a_tool_is_good_for_everywhere_and_what_any_system_is_made_of_are_not_asked() -> None:
    # 'They are essential for developing applications across various operating systems,
    # devices, and programming environments.' (web158/16-consultcra-software-development-
    # kit.txt) and 'An API is often made up of different parts which act as tools ...' /
    # 'An API may be custom-built for a particular pair of systems, or it may be a shared
    # standard ...' (web158/20-almbok-api.txt): true of any kit, any system.
    asked = asked_of(
        "Message broker\n\n"
        "A message broker is a program that receives messages from senders and hands them "
        "to the right receivers.\n\n"
        "Message brokers are essential for building services across various clouds, data "
        "centres, and languages. A message broker is often made up of different parts which "
        "act as queues or routers for the services that use it. A message broker may be run "
        "by one team for its own services, or it may be a shared platform for a whole "
        "company.\n"
    )
    assert asked["What is a message broker?"] == (
        "A program that receives messages from senders and hands them to the right receivers."
    )
    assert not any("essential for" in prompt for prompt in asked)
    assert not any(
        "made up of different parts" in prompt or "or it may be" in prompt for prompt in asked
    )
    asked = asked_of(
        "Message broker\n\n"
        "A message broker is a program that receives messages from senders and hands them "
        "to the right receivers.\n\n"
        "A message broker may be run by one team for its own services, or it may be a "
        "shared platform for a whole company.\n"
    )
    assert list(asked) == ["What is a message broker?"]


def test_being_one_part_of_a_whole_is_no_clue_to_which_part() -> None:
    # 'Unit testing is a component of test-driven development (TDD), a pragmatic
    # methodology ...' (web158/17-qammunity-unit-testing.txt) was asked 'Which concept is
    # a component of test-driven development (TDD), ...?': so is every other part of it.
    asked = asked_of(
        "Code review\n\n"
        "Code review is a practice in which a second developer reads a change before it is "
        "merged, looking for mistakes and unclear code.\n\n"
        "Code review is a component of continuous integration (CI), a way of working that "
        "merges small changes many times a day.\n"
    )
    assert "What is a code review?" in asked
    assert not any("component of" in prompt for prompt in asked)


def test_a_guides_how_to_headline_is_not_asked_what_it_is() -> None:
    # 'How to Pick the Right Database' over 'TL;DR' / 'Choosing the right database isn't
    # about hype — it's about trade-offs.' (web159/11-devadnani-sql-vs-nosql.txt) was
    # asked 'What is How to Pick the Right Database?'.
    asked = asked_of(
        "How to Choose a Web Host\n\n"
        "TL;DR\n\n"
        "Choosing a web host is about what your site needs, not about the price alone.\n\n"
        "Shared hosts suit small sites; dedicated servers suit busy ones.\n"
    )
    assert not any(prompt.startswith("What is How") for prompt in asked)


def test_praise_what_it_leads_to_and_many_of_a_kind_are_no_answers() -> None:
    # 'Normalizing any data is the key to successful database development.'
    # (web159/17-sharepointskills-normalization.txt), 'The viewport varies with the device,
    # and will be smaller on a mobile phone ...' (web159/09-smartmentors-viewport.txt) and
    # 'A database may contain different levels of abstraction in its architecture.'
    # (web159/20-tutsmaster-database-vs-data-warehouse.txt) were asked 'What is ...?', 'What
    # does the viewport do?' -> 'Varies with the device.' and 'What may a database
    # contain?' -> 'Different levels of abstraction ...'.
    asked = asked_of(
        "Indexing\n\n"
        "Indexing is the key to fast database queries. An index is a sorted copy of one or "
        "more columns with pointers back to the rows.\n"
    )
    assert not any(answer.startswith("The key to") for answer in asked.values())
    asked = asked_of(
        "Screen resolution\n\n"
        "Screen resolution is the number of pixels a display shows across and down.\n\n"
        "The screen resolution varies with the device, and will be lower on an old phone "
        "than on a new monitor. A screen resolution may contain different numbers of pixels "
        "in each direction.\n"
    )
    assert asked["What is screen resolution?"] == (
        "The number of pixels a display shows across and down."
    )
    assert not any(answer.startswith(("Varies", "Different")) for answer in asked.values())
    asked = asked_of(
        "Screen resolution\n\n"
        "Screen resolution is the number of pixels a display shows across and down.\n\n"
        "A screen resolution may contain different numbers of pixels in each direction.\n"
    )
    assert list(asked) == ["What is screen resolution?"]


def test_a_sites_one_word_name_never_said_again_is_no_title() -> None:
    # 'Learnbeginner' / 'Understanding the Critical Rendering Path: How Browsers Build Web
    # Pages' / a blurb / a byline / 'The critical rendering path is the sequence of steps
    # ...' (web159/07-tryrankwise-critical-rendering-path.txt): the badge was the title
    # and the page gave no card.
    asked = asked_of(
        "Codewalks\n\n"
        "Understanding the Event Loop: How Browsers Run Your Code\n\n"
        "Learn how the browser decides what code to run next and why long tasks freeze "
        "pages.\n\n"
        "Site Team·Updated May 2, 2026·5 min read\n\n"
        "The event loop is the cycle a browser repeats to take the next task from a queue "
        "and run it to the end. Understanding it is essential for keeping pages smooth.\n\n"
        "The stages of one turn\n\n"
        "Stage 1: take a task\n"
    )
    assert asked["What is the event loop?"] == (
        "The cycle a browser repeats to take the next task from a queue and run it to the end."
    )


def test_an_untitled_page_saying_what_two_things_differ_in_is_titled_by_the_pair() -> None:
    # Three lines on web storage, then 'The difference between localStorage and
    # sessionStorage involves the lifetime and scope of the storage.'
    # (web159/08-madanswer-localstorage-vs-sessionstorage.txt): refused as having no
    # title before.
    from cards.recover import find_title

    found = find_title(
        [
            "Browsers can keep data for a page between visits.",
            "Earlier, this was done with cookies, which travel with every request.",
            "The data is kept as names and values, and a page reads only its own.",
            "The difference between caches and cookies involves who reads them and when.",
            "Caches are read by the browser alone; cookies go to the server too.",
        ]
    )
    assert found is not None and found[1] == "Caches vs cookies"


def test_terms_listed_under_a_title_then_each_defined_are_a_glossary() -> None:
    # 'ACID' / 'A.C.I.D.' / 'Atomicity' / 'Consistency' / 'Isolation' / 'Durability' /
    # 'Atomicity in a database system means that a sequence of events ... must all occur
    # or nothing occurs.' / 'Consistency means that ...' (web159/16-kennyray-acid.txt):
    # refused before; each listed term is an entry, asked what it means.
    asked = asked_of(
        "CIA triad\n\n"
        "C.I.A.\n\n"
        "Confidentiality\n\nIntegrity\n\nAvailability\n\n"
        "Confidentiality in information security means that only the people allowed to see "
        "data can see it.\n\n"
        "Integrity means that data cannot be changed without anyone noticing.\n\n"
        "Availability is a property which guarantees that data can be reached whenever it is "
        "needed.\n"
    )
    assert asked["What does confidentiality mean?"] == (
        "Only the people allowed to see data can see it."
    )
    assert asked["What does integrity mean?"] == ("Data cannot be changed without anyone noticing.")
    assert asked["What is availability?"] == (
        "A property which guarantees that data can be reached whenever it is needed."
    )


def test_what_do_two_things_mean_names_both() -> None:
    # 'What do Clustered and Non-Clustered index actually mean?' over a Q&A site's answer
    # (web159/14-pvq-clustered-vs-nonclustered-index.txt) named nothing, so the page was
    # refused; 'What Do Codes Like 404 Actually Mean?' (web157/14-inputidea-http-status-
    # codes.txt) is a teaser over the page's real question, and stays unread.
    from cards.recover import title_from_question

    assert title_from_question("What do optimistic and pessimistic locking actually mean?") == (
        "optimistic and pessimistic locking",
        "",
    )
    assert title_from_question("What Do Numbers Like 500 Actually Mean?") is None


def test_a_sides_point_said_again_at_more_length_is_asked_once() -> None:
    # 'Server-side rendering generates HTML on the server for each request, while
    # client-side rendering relies on JavaScript to render content in the browser.' and,
    # further down, '... client-side rendering relies on JavaScript to dynamically render
    # content in the browser after the initial page load.' (web159/05-0x3d-ssr-vs-csr.txt):
    # two choice cards asked one fact.
    asked = asked_of(
        "What is the difference between eager loading and lazy loading?\n"
        "Eager loading eagerly fetches every related record with the first query, while lazy "
        "loading relies on a proxy to fetch related records when they are used. Each "
        "approach has its costs.\n"
        "The distinction between eager loading and lazy loading matters in any ORM, "
        "affecting speed and memory. In eager loading, the ORM joins the related tables up "
        "front. This means that one query brings back everything the page may show. On the "
        "other hand, lazy loading relies on a proxy to quietly fetch related records when "
        "they are used after the first query.\n"
    )
    assert len([prompt for prompt in asked if "relies on a proxy" in prompt]) == 1


def test_a_term_that_means_that_a_clause_is_asked_what_it_means() -> None:
    # 'Atomicity in a database system means that a sequence of events ... must all occur
    # or nothing occurs.' (web159/16-kennyray-acid.txt) and, on a page of its own, the
    # same without a field: refused, as 'means that' read as no definition. 'A low
    # p-value (typically less than 0.05) means that the result is unlikely ...'
    # (web151/03) is asked what it means, past its aside.
    asked = asked_of(
        "Idempotence\n\n"
        "Idempotence means that doing an operation twice leaves the system as doing it once "
        "would.\n"
    )
    assert asked["What does idempotence mean?"] == (
        "Doing an operation twice leaves the system as doing it once would."
    )
    asked = asked_of(
        "Latency\n\n"
        "Latency is the time a packet takes to travel from one end of a link to the other.\n\n"
        "A high latency (usually above 100 ms) means that the call is slow to answer even "
        "on a fast link.\n"
    )
    assert asked["What does a high latency mean?"] == (
        "The call is slow to answer even on a fast link."
    )


def test_webopedia_opening_with_the_long_form_first_names_the_command() -> None:
    # 'Short for file system check, fsck is a system' / 'utility' / 'that is used to ...'
    # / 'file systems, including' / 'Linux. Fsck can be run in one of two modes:'
    # (web160/18-webopedia-fsck.txt): no title, links broken onto lines of their own, and
    # the long form before the name; the page was refused.
    asked = asked_of(
        "Short for disk usage, du is a command\n"
        "line\n"
        "tool that reports how much space files take up on\n"
        "Unix\n"
        "and Unix-like systems, including\n"
        "macOS. du can be asked in two ways:\n"
        "- Per file, where every file under a folder is listed with its size.\n"
        "- Summed, where only one total is printed for each folder given.\n"
    )
    assert asked["What is du?"] == (
        "A command line tool that reports how much space files take up on Unix and "
        "Unix-like systems, including macOS."
    )


def test_a_quoted_example_on_its_label_line_does_not_take_the_definition() -> None:
    # 'Clock Cycle' / 'Example: "Most CPU processes require several clock cycles."' / 'A
    # clock cycle, or clock tick, is one increment of ...' (web160/13-pcnet-clock-
    # cycle.txt): the paragraphs below the example were read as more of it; no card.
    asked = asked_of(
        "Page Fault\n\n"
        'Example: "Opening a large file caused thousands of page faults."\n\n'
        "A page fault, or page miss, is the signal a CPU raises when a program touches "
        "memory that is not in RAM at that moment.\n\n"
        "The operating system then loads the page from disk and lets the program go on.\n"
    )
    assert asked["What is a page fault?"] == (
        "The signal a CPU raises when a program touches memory that is not in RAM at that moment."
    )


def test_a_lead_paragraph_above_the_pages_question_defines_it() -> None:
    # 'The so-called Thermal Throttling or processing limitation is a thermal protection
    # ...' / 'What is Thermal Throttling?' / 'According to Intel, ...' (web160/10-
    # betechwise-thermal-throttling.txt): the question was taken for the title and the
    # lead above it dropped, so the page gave no card.
    asked = asked_of(
        "The so-called Write Amplification or write overhead is an effect of flash storage "
        "in which the drive writes more data than the host asked it to write.\n"
        "What is Write Amplification?\n\n"
        "According to one drive maker, it comes from erasing whole blocks to change a few "
        "pages.\n"
        "The more free space a drive keeps, the less of it there is.\n"
    )
    assert asked["What is Write Amplification?"] == (
        "An effect of flash storage in which the drive writes more data than the host asked "
        "it to write."
    )


def test_what_is_known_as_is_no_definition_of_the_thing_named() -> None:
    # 'The Northbridge and Southbridge chips comprise what is known as a chipset on modern
    # computers.' (web160/11-easytechjunkie-northbridge.txt) was asked 'What is a chipset
    # on modern computers?' -> 'The Northbridge and Southbridge chips comprise what.'
    asked = asked_of(
        "Stereo pair\n\n"
        "The left and right loudspeakers together form what is known as a stereo pair. "
        "Each one plays its own channel of the recording.\n\n"
        "Placed well apart, they let the listener hear where each instrument stands.\n"
    )
    assert not [answer for answer in asked.values() if "form what" in answer]


def test_a_second_name_after_or_just_is_the_entrys_and_keeps_its_number() -> None:
    # 'In computer programming, boilerplate code or just boilerplate are sections of code
    # that ...' under 'Boilerplate' (web161/03-cloudvn-boilerplate-code.txt): 'or just'
    # hid the title's name, so the page gave no card; its 'are' then asked 'What are
    # boilerplate?'.
    asked = asked_of(
        "Scaffolding\n\n"
        "In web development, scaffolding code or just scaffolding are files a tool writes "
        "for you to start a project from.\n\n"
        "Most frameworks ship a command that writes it.\n"
    )
    assert asked["What is scaffolding?"] == ("Files a tool writes for you to start a project from.")


def test_a_clauses_own_subject_and_verb_stay_in_the_definition() -> None:
    # '... prior to understanding where it becomes clear where the bottlenecks and
    # slowdowns are going to be.' (web161/13-everydayconcepts-premature-optimization.txt)
    # lost 'and slowdowns are going to be', read as a second thing defined.
    asked = asked_of(
        "Spike\n\n"
        "The idea from agile planning that a team should run a short experiment before "
        "committing to a story, to learn where the risks and unknowns are going to be.\n"
    )
    assert asked["What is Spike?"] == (
        "The idea from agile planning that a team should run a short experiment before "
        "committing to a story, to learn where the risks and unknowns are going to be."
    )


def test_doing_something_to_the_entry_is_no_kind_of_it() -> None:
    # 'Recognizing bike shedding is the first step to improving team productivity.'
    # (web161/05-loitran-bikeshedding.txt) was asked 'What is recognizing bike shedding?'.
    asked = asked_of(
        "Scope creep\n\n"
        "Scope creep is the slow growth of a project's goals after work on it has begun.\n\n"
        "Conclusion\n\n"
        "Naming scope creep is the first step to keeping a project on its dates.\n"
    )
    assert "What is scope creep?" in asked
    assert not [prompt for prompt in asked if "naming scope creep" in prompt.lower()]


def test_a_second_verb_after_how_often_is_cut_from_a_claim() -> None:
    # 'Breaking changes bump the MAJOR version under semver and typically require
    # deprecation notice, ...' (web161/10-stride-breaking-change.txt) answered 'What do
    # breaking changes bump?' with both halves spliced.
    asked = asked_of(
        "Hotfix\n\n"
        "A hotfix is a small change shipped outside the normal release train to repair a "
        "fault in production.\n\n"
        "Hotfixes skip the usual release calendar and typically need a second review "
        "before they are merged.\n"
    )
    assert asked["What do hotfixes skip?"] == "The usual release calendar."


def test_a_numbered_what_is_heading_that_goes_on_to_why_names_the_page() -> None:
    # '1 What is DevSecOps and why it exists' over 'DevSecOps extends DevOps by ...'
    # (web161/02-aytict-devsecops.txt): no question mark, and the why after it; the page
    # was titled 'Driving idea' from a later sentence, and gave no card on its concept.
    from cards.recover import title_from_question

    assert title_from_question("1 What is GitOps and why it exists") == ("GitOps", "")
    assert title_from_question("What Is Chaos Engineering and Why It Matters") == (
        "Chaos Engineering",
        "",
    )


def test_a_way_to_think_of_it_is_no_gloss_of_the_title() -> None:
    # 'Cas Latency or Timing Definition' over 'The simplest way to think of cas latency
    # (or timings) is by associating it with how much delay your ram will have.'
    # (web160/17-buildarig-cas-latency.txt): the bracket hid the sentence's 'is', so the
    # whole sentence was read as a gloss and answered 'What is Cas Latency or Timing?'.
    text = (
        "Wednesday, May 1, 2013\n\n"
        "Jitter or Delay Variation Definition\n\n"
        "The easiest way to think of jitter (or delay variation) is by linking it with how "
        "unevenly your packets will arrive. Variation represents the spread between the "
        "earliest and the latest arrival of packets sent at a steady pace. High jitter will "
        "result in choppy calls.\n"
    )
    try:
        asked = asked_of(text)
    except cards.ParseError:
        return  # refused: nothing on the page says what jitter is by name
    assert not [answer for answer in asked.values() if answer.startswith("The easiest way")]


def test_an_also_line_under_a_glossary_term_gives_its_other_names() -> None:
    # 'distroless image' / 'also: minimal image, slim image' / its gloss
    # (web161/17-linuxjunkies-distroless-image.txt): the line was read as the page's
    # tagline, and 'Which concept is a minimal container image built to ...?' expected
    # only 'Distroless image', though the page gives 'minimal image' as its other name.
    text = (
        "$devnotes\n>\n\n"
        "sidecar container\n\n"
        "also: helper container, companion container\n\n"
        "A container that runs beside the main one in the same pod to add a feature to it "
        "without changing its code.\n\n"
        "A sidecar container is a helper container started next to an application to ship "
        "its logs, proxy its traffic, or refresh its secrets.\n"
    )
    entry = parse_entries(text, "sidecar.txt")[0]
    assert {"helper container", "companion container"} <= set(entry.aliases)
    assert not [c for c in cards.generate(entry, [entry]) if c.kind is CardKind.IDENTIFY], (
        "a clue that gives one of its other names asks for either"
    )


def test_foldocs_nearby_terms_name_an_entry_copied_without_its_head() -> None:
    # '<processor> The number of bits that a CPU can process at one time. ...' then
    # 'Nearby terms:' / 'word processor « word size » word spamming'
    # (web160/16-bestonlinedictionary-word-size.txt): the term is only said between the
    # arrows, so the page was refused.
    asked = asked_of(
        "<networking> The size of the largest packet that a link can carry in one\n"
        "piece, without splitting it. Links of many sizes exist, though 1500 bytes has\n"
        "been the usual one on Ethernet for decades.\n"
        "(2001-06-12)\n"
        "Nearby terms:\n"
        "MTA « MTBF « MTU » multicast » multihomed\n"
    )
    assert asked["What is MTU?"] == (
        "The size of the largest packet that a link can carry in one piece, without splitting it."
    )


def test_what_a_thing_is_kept_for_is_no_answer_to_what_it_is() -> None:
    # 'Kernel space is strictly reserved for running the kernel, kernel extensions, and
    # most device drivers.' (web160/05-gpl4you-user-vs-kernel-space.txt) answered 'What
    # is kernel space?' with 'Strictly reserved for running the kernel, ...'.
    asked = asked_of(
        "Question: What is the difference between a hot and a cold standby?\n\n"
        "Solution: A failover setup usually keeps a second server next to the first. A hot "
        "standby is strictly reserved for taking over within seconds of a failure. In "
        "contrast, a cold standby is a spare machine that must be started and loaded with "
        "data before it can serve.\n"
    )
    assert not [a for a in asked.values() if a.startswith("Strictly reserved")], asked


def test_what_the_entry_actually_describes_is_not_asked_beside_what_it_is() -> None:
    # 'Legacy code refers to ...' then '... legacy code actually describes a code base
    # that is no longer engineered but continually patched.' (web161/01-babyxape-legacy-
    # code.txt): 'What does legacy code actually describe?' asked 'What is legacy code?'
    # again, expecting another answer.
    asked = asked_of(
        "What Does Dead Code Mean?\n"
        "Dead code refers to parts of a program that can never run or whose results are "
        "never used.\n"
        "Explaining Dead Code\n"
        "Many think dead code is harmless. Although some teams see dead code as mere "
        "clutter, dead code actually describes a cost that every reader of the program "
        "keeps paying.\n"
    )
    assert "What is dead code?" in asked
    assert not [p for p in asked if p.startswith("What does dead code")], asked


def test_one_effect_is_asked_by_its_own_verb_and_a_but_it_clause_is_cut() -> None:
    # 'They reduce the chance that one pull request will pass tests alone but fail after
    # another ...' (web161/15-thequery-merge-queue.txt) was asked 'What do merge queues
    # do?', one answer of many; 'Progressive Delivery helps teams ship more safely and
    # recover faster, but it requires reliable observability, ...' (web161/19-meteorops-
    # progressive-delivery.txt) answered with both halves.
    asked = asked_of(
        "Connection pool\n\n"
        "A connection pool is a set of open database connections that a program keeps and "
        "hands out to each request in turn.\n\n"
        "Connection pools reduce the time each request waits for the database to accept a "
        "new login. A connection pool helps a busy service stay fast under load, but it "
        "requires a limit that matches what the database can hold.\n"
    )
    assert asked["What do connection pools reduce?"] == (
        "The time each request waits for the database to accept a new login."
    )
    assert not [p + a for p, a in asked.items() if "but it requires" in p + a], asked


def test_a_wrapped_title_drops_the_field_it_names_after_the_concept() -> None:
    # 'Understanding the Sigmoid Function in Machine Learning' over 'The sigmoid
    # function, also known as the logistic function, maps any real-valued number to ...'
    # (web162/09-knowway-sigmoid-function.txt): 'Sigmoid Function in Machine Learning'
    # was looked for on the page, never found, and the page was refused.
    from cards.recover import title_without_wrapper

    assert title_without_wrapper("Understanding the Softmax Layer in Deep Learning") == (
        "Softmax Layer"
    )
    asked = asked_of(
        "\n\n\nUnderstanding the Softmax Layer in Deep Learning\n"
        "The softmax layer, also known as the normalized exponential, turns a list of raw "
        "scores into probabilities that add up to one.\n"
        "softmax(x_i) = exp(x_i) / sum(exp(x_j))\n"
        "where the sum runs over every score. The largest score gets the largest share.\n"
    )
    # (asked by what it does since its other name no longer hides its verb: 'turns')
    assert asked["What does the softmax layer do?"] == (
        "Turns a list of raw scores into probabilities that add up to one."
    )


def test_the_labels_of_a_writers_grouping_are_no_list_to_recall() -> None:
    # 'Key aspects of sectors' over 'Smallest addressable unit: The sector is ...', 'Data
    # storage: It holds ...' (web160/14-pc-gamepuppet-disk-sector.txt) and 'Key
    # properties and constraints' over 'Multi-dimensional: spans technical, ...'
    # (web161/08-theaiops-blast-radius.txt) were asked as lists of their bare labels.
    asked = asked_of(
        "Cache line\n\n"
        "A cache line is the fixed-size block of memory that a CPU cache moves in and out "
        "as one unit.\n\n"
        "Key aspects of cache lines\n\n"
        "- Fixed size: Every line holds the same number of bytes, often 64 on current "
        "chips.\n"
        "- Alignment: A line always starts at an address that is a multiple of its size.\n"
        "- Tagging: Each line carries a tag that says which part of memory it copies.\n"
    )
    assert "What is a cache line?" in asked
    assert not [p for p in asked if "aspects" in p], asked


def test_a_glued_glossary_crumb_does_not_hide_the_gloss_and_used_as_is_no_definition() -> None:
    # 'What is Bag-of-Words Model' / 'GlossaryNatural Language Processing' / 'A simple
    # way to think of text as ...' / 'Definition' / 'The bag of words model is used as a
    # basic representation in text processing.' (web162/04-aidive-bag-of-words.txt): the
    # crumb held the gloss as a section of its own, and 'What is a bag-of-words model?'
    # was answered 'Used as a basic representation in text processing.'
    asked = asked_of(
        "MLDesk\nBack to glossary\n\n"
        "What is Word Embedding\n\n"
        "GlossaryNatural Language Processing\n\n"
        "A dense list of numbers standing for a word, placed so that words of like meaning "
        "sit close together.\n\n"
        "Definition\n\n"
        "A word embedding is used as the input layer of most language models. Each word is "
        "looked up in a table of vectors learned during training.\n\n"
        "How it works\n\n"
        "The table starts random and is nudged, step by step, so that words seen in the "
        "same contexts end up near each other.\n"
    )
    assert asked["What is a word embedding?"] == (
        "A dense list of numbers standing for a word, placed so that words of like meaning "
        "sit close together."
    )


def test_a_clue_that_says_part_of_a_hyphened_name_gives_it_away() -> None:
    # 'The cross-entropy loss is based on the concept of entropy, ...' (web162/11-alexacabs-
    # cross-entropy-loss.txt) was asked 'Which concept is based on the concept of
    # entropy, ...?' -> 'Cross-entropy loss'.
    asked = asked_of(
        "Cross-validation\n\n"
        "Cross-validation is a way of testing a model by training it on some parts of the "
        "data and scoring it on the part held back, in turn.\n\n"
        "Cross-validation is built on the idea of validation, which checks a model on data "
        "it has not seen during training.\n"
    )
    assert "What is cross-validation?" in asked
    assert not [p for p in asked if p.startswith("Which concept") and "validation" in p], asked


def test_an_untitled_page_opening_on_a_name_that_acts_is_named_by_it() -> None:
    # 'Silhouette Score compares the distance of observations to the centroids ...'
    # (web162/19-aiml-silhouette-score.txt) and 'Definition' / 'A learning method using
    # both labeled and unlabeled data.' / 'Detailed Explanation' / 'Semi-Supervised
    # Learning combines small amounts of labeled data with ...' (web162/14-theresanaiforthat-
    # semi-supervised-learning.txt): no title and no 'X is ...', so both were refused.
    asked = asked_of(
        "Definition\n"
        "A way of training a model on many tasks at once so that each one helps the others.\n"
        "Detailed Explanation\n"
        "Multi-Task Learning shares the lower layers of one network between several "
        "outputs. This lets scarce labels of one task borrow strength from another.\n"
    )
    assert asked["What is Multi-Task Learning?"] == (
        "A way of training a model on many tasks at once so that each one helps the others."
    )
    named = parse_entries(
        "Inertia Score compares the distance of each point to the centre of its own "
        "cluster, summed over all points in a method like K-Means. It falls as clusters are "
        "added, so it is read together with the number of clusters. The Inertia score alone "
        "cannot tell a good clustering from a bad one",
        "page.txt",
    )
    assert named[0].title == "Inertia Score"


def test_a_bare_description_heading_over_a_gloss_defines_the_title() -> None:
    # 'Circuit Breaker' / 'Description' / 'A pattern used to handle failures in a
    # microservice architecture. ...' (web163/04-ahmadiehsan-circuit-breaker.txt) was
    # refused as a page with no title and no definition.
    asked = asked_of(
        "Bulkhead\n"
        "Description\n"
        "A pattern that keeps the resources of each part of a service apart, so one part "
        "running out of threads does not starve the rest.\n"
        "Stops one slow dependency from taking the whole service down.\n"
    )
    assert asked["What is Bulkhead?"] == (
        "A pattern that keeps the resources of each part of a service apart, so one part "
        "running out of threads does not starve the rest."
    )


def test_a_meaning_label_and_a_comma_before_the_verb_stay_out_of_the_answer() -> None:
    # 'Meaning – The term message queue, refers to a set of messages that are waiting to
    # be processed ...' (web163/07-techplugged-message-queue.txt) was answered with the
    # whole sentence, label and all.
    asked = asked_of(
        "Dead Letter Queue\n\n"
        "Meaning – The term dead letter queue, refers to a queue that holds the messages "
        "a system could not deliver or process, so they can be looked at later.\n"
    )
    assert asked["What is dead letter queue?"] == (
        "A queue that holds the messages a system could not deliver or process, so they "
        "can be looked at later."
    )


def test_a_concept_judged_then_turned_with_but_defines_nothing() -> None:
    # 'Heartbeat is a low-key concept but it comes up whenever you're designing a system
    # with leader election, ...' (web163/05-getreqflow-heartbeat.txt) was asked as
    # 'What is Heartbeat?', and then as 'Which concept is a low-key concept but ...?'.
    asked = asked_of(
        "Jitter\n\n"
        "Jitter is a small concept but it matters whenever many clients retry against the "
        "same server at once.\n"
    )
    assert not [p for p in asked if p.startswith(("What is", "Which concept"))], asked


def test_a_question_of_one_effect_is_answered_with_that_effect_alone() -> None:
    # 'Edge Locations reduce latency and improve performance for cloud-based applications
    # by ...' (web163/19-graphapp-edge-locations.txt) was asked 'What do Edge Locations
    # reduce?' -> 'Latency and improve performance for ...'.
    asked = asked_of(
        "Read Replicas\n\n"
        "Read replicas are copies of a database that answer queries but take no writes.\n\n"
        "Read replicas reduce the load on the primary and improve read throughput for "
        "busy applications by spreading queries over several machines.\n"
    )
    assert asked["What do read replicas reduce?"] == "The load on the primary."


def test_a_clue_holding_the_head_noun_of_a_two_word_name_gives_it_away() -> None:
    # 'Data replication includes the continuous replication of transactions, thus
    # replication is consistently updated.' (web163/18-coderspace-data-replication.txt)
    # was asked 'Which concept includes the continuous replication of transactions, ...?'
    # -> 'Data replication'; web145's 'The pH scale is logarithmic, which means that a
    # change of one unit on the scale ...' -> 'pH scale' the same way.
    asked = asked_of(
        "Richter scale\n\n"
        "The Richter scale is a way of rating the size of an earthquake from the motion its "
        "waves cause.\n\n"
        "The Richter scale is logarithmic, which means that each step on the scale stands for "
        "ten times more ground motion.\n"
    )
    assert "What is the Richter scale?" in asked
    assert not [p for p in asked if p.startswith("Which concept")], asked


def test_a_definition_opening_on_a_list_of_kinds_is_no_quality() -> None:
    # 'Generics are classes, structures, interfaces, and methods that have placeholders
    # ...' under 'What are generics?' (web164/18-csharpinterviewfaq-generics.txt) gave no
    # card: 'classes,' was read as one word of praise before a comma.
    asked = asked_of(
        "Iterators\n\n"
        "What are iterators?\n"
        "Iterators are objects, cursors, and handles that step through a collection one "
        "element at a time without showing how it is stored.\n"
    )
    assert asked["What are iterators?"] == (
        "Objects, cursors, and handles that step through a collection one element at a time "
        "without showing how it is stored."
    )


def test_a_quality_said_to_be_in_its_nature_defines_nothing() -> None:
    # 'JavaScript is Synchronous in nature which means that it has an event loop ...'
    # (web164/19-codes4education-async-await.txt) was asked 'What is JavaScript?'.
    asked = asked_of(
        "Node.js\n\n"
        "Node.js is single-threaded in nature which means that one loop runs every "
        "callback the program queues, one after another.\n"
    )
    assert not [p for p in asked if p.startswith(("What is", "Which concept"))], asked


def test_that_a_thing_occurs_is_nothing_it_does() -> None:
    # 'If one person takes the pencil and the other takes the ruler, a deadlock occurs
    # when ...' (web164/06-charlieakan-deadlock.txt) was asked 'What does a deadlock do if
    # one person takes the pencil ...?' -> 'Occurs when ...'.
    asked = asked_of(
        "Livelock\n\n"
        "A livelock is a state in which two processes keep changing what they do in answer "
        "to each other without either making progress.\n\n"
        "If two people meet in a corridor and both step aside the same way, a livelock "
        "occurs when they keep stepping aside together and never pass.\n"
    )
    assert "What is a livelock?" in asked
    assert not [p for p in asked if p.startswith("What does a livelock do")], asked


def test_what_a_name_is_said_after_a_colon_defines_it() -> None:
    # 'A higher-order function has an intimidating name and a simple meaning: it's a
    # function that works with other functions.' under 'What is a higher-order function?'
    # (web164/14-explainstuff-higher-order-function.txt) gave no card.
    asked = asked_of(
        "Partial application\n\n"
        "What is partial application?\n"
        "Partial application has a grand name and a plain idea behind it: it's a way of "
        "fixing some arguments of a function to get a new function that takes the rest.\n"
    )
    assert asked["What is partial application?"] == (
        "A way of fixing some arguments of a function to get a new function that takes the rest."
    )


def test_a_category_line_between_the_title_and_its_gloss_is_no_heading() -> None:
    # 'Idempotent Operation' / 'Coordination & Scale' / 'An operation that produces the
    # same result whether it is executed once or multiple times. ...' (web163/20-covia-
    # idempotent-operation.txt) was refused: the category was read as a heading of no
    # known kind, and the gloss under it was lost with it.
    asked = asked_of(
        "Write-Ahead Log\n"
        "Storage & Durability\n"
        "A log that records every change before the change is applied, so a crash can be "
        "recovered by replaying it.\n"
        "The docs cover every term in depth.\n"
    )
    assert asked["What is Write-Ahead Log?"] == (
        "A log that records every change before the change is applied, so a crash can be "
        "recovered by replaying it."
    )


def test_a_dictionary_gloss_of_any_of_a_variety_after_its_field_is_read() -> None:
    # 'Noun' / 'lazy evaluation (plural lazy evaluations)' / '(computing) Any of a variety
    # of computing techniques that delay ...' (web164/16-wordinf-lazy-evaluation.txt) was
    # refused: the field label was kept before a capital, and 'Any of a variety of' was
    # no gloss's opening.
    asked = asked_of(
        "Noun\n"
        "dead code elimination (plural dead code eliminations)\n"
        "(computing) Any of a variety of compiler passes that remove code whose results are "
        "never used.\n"
    )
    assert asked["What is dead code elimination?"] == (
        "Any of a variety of compiler passes that remove code whose results are never used."
    )


def test_a_learners_dictionary_part_of_speech_with_its_kind_is_no_title() -> None:
    # 'Just-in-Time Compilation— definition, example and pronunciation ...' / 'Proper noun
    # (thing)' / 'JIT (Just-in-Time Compilation)' / 'the process of converting ...'
    # (web164/08-english4it-jit-compilation.txt) was titled 'Proper noun (thing)' and
    # refused.
    asked = asked_of(
        "Ahead-of-Time Compilation— meaning, example and how to say it\n\n"
        "Proper noun (thing)\n"
        "AOT (Ahead-of-Time Compilation)\n"
        "the process of turning a program into machine code ahead of its first run\n"
        "Before release, AOT turns the bytecode into a native binary.\n"
    )
    assert asked["What is AOT?"] == (
        "The process of turning a program into machine code ahead of its first run."
    )


def test_a_lecture_notes_bullet_that_ends_on_only_is_a_definition() -> None:
    # 'Temporary Tables' / '- A temporary table is a relation that is created for a session
    # only' (web165/19-edinboro-temporary-table.txt) gave no card: a bullet has no stop,
    # and its last word 'only' was read as a page cut after it.
    asked = asked_of(
        "Read Replicas\n"
        "- A read replica is a copy of a database that serves queries for reading only\n"
        "- Kept up to date from the primary\n"
        "- Cannot take writes.\n"
    )
    assert asked["What is a read replica?"] == (
        "A copy of a database that serves queries for reading only."
    )


def test_a_markdown_page_that_lost_its_line_breaks_is_read_on_its_lines() -> None:
    # '# Log Shipping in SQL Server ## Overview - Log shipping allows automatic sending of
    # ... ## Key Components - **Primary Server**: ...' with no newline at all
    # (web165/12-cloudtechinnovation-log-shipping.txt) was refused: one line, no section.
    # Its title places the name in a product; the first point says what the name does,
    # and the point after it ('It provides ...') is no better answer nor a second one.
    asked = asked_of(
        "# Table Partitioning in PostgreSQL ## Overview - Table partitioning allows one "
        "large table to be stored as smaller child tables by ranges of a key. - It speeds up "
        "queries that touch only some of the rows. ## Kinds - **Range**: rows by an "
        "interval of the key. - **List**: rows by listed key values. - **Hash**: rows by "
        "a hash of the key. ## Drawbacks - Does not let a unique index span every child "
        "table.\n"
    )
    assert asked["What does Table Partitioning in PostgreSQL do?"] == (
        "Allows one large table to be stored as smaller child tables by ranges of a key."
    )
    assert not any(prompt.endswith(" do?") and "partitioning" in prompt for prompt in asked)
    assert any("Range" in answer or "Hash" in answer for answer in asked.values())


def test_a_dictionary_gloss_of_a_thing_in_which_something_happens_is_read() -> None:
    # 'Key Escrow' / 'Fiduciary arrangement in which copy or copies of a code or secret key
    # are stored with a third party ...' (web166/08-businessdictionary-key-escrow.txt) was
    # refused: a gloss with no article, its kind then 'in which', was no gloss.
    asked = asked_of(
        "Dead Drop\n\n"
        "Covert arrangement in which one agent leaves an item at a hidden place for "
        "another to collect later, so the two never meet.\n"
    )
    assert asked["What is Dead Drop?"] == (
        "Covert arrangement in which one agent leaves an item at a hidden place for "
        "another to collect later, so the two never meet."
    )


def test_a_definition_does_not_end_on_a_way_the_sentence_before_told() -> None:
    # 'Polymorphism is a tactic used by cybercriminals to prevent their malicious code
    # (malware) from being detected in this way.' (web166/16-mailsafi-polymorphic-
    # malware.txt): 'in this way' is the scanning of the sentence before, which the card
    # does not show.
    asked = asked_of(
        "Typosquatting\n\n"
        "Browsers send people wherever the address they type leads. Typosquatting is a "
        "trick of registering misspelled domains to catch visitors in this way.\n"
    )
    assert asked["What is typosquatting?"] == (
        "A trick of registering misspelled domains to catch visitors."
    )


def test_a_claim_that_holds_its_point_for_a_but_also_is_not_asked() -> None:
    # 'Chain of Custody applies not only to the physical hardware that was recovered, but
    # also the information that is retrieve.' (web166/18-leewardics-chain-of-custody.txt)
    # gave 'What does Chain of Custody apply?' -> 'Not only to the physical hardware that
    # was recovered.'
    asked = asked_of(
        "Data retention policy\n\n"
        "A data retention policy is the set of rules for tracking how long records are kept. "
        "A data retention policy is essential as it gives an audit trail. It helps to prove "
        "that a particular record was kept for the right time.\n"
        "A data retention policy applies not only to the paper records that were archived, "
        "but also the copies that are stored.\n"
    )
    assert not any(answer.startswith("Not only") for answer in asked.values())
    assert asked["What is a data retention policy?"].startswith("The set of rules for")


def test_a_blogs_print_button_is_no_title() -> None:
    # 'Print Friendly, PDF & Email' over a Kimball design tip
    # (web165/06-kimballgroup-grain.txt) was taken for the page's title.
    asked = asked_of(
        "Print Friendly, PDF & Email\n\n"
        "A snowflake schema is a star schema whose dimension tables are split into further "
        "tables, one per level of each hierarchy.\n\n"
        "It saves space at the cost of more joins.\n"
    )
    assert asked["What is a snowflake schema?"].startswith("A star schema whose dimension")


def test_a_homework_sites_badge_over_its_answer_is_no_term() -> None:
    # 'What are UNDO-type and REDO-type log entries?' / 'Short Answer' / 'Expert verified'
    # / the answer (web165/17-vaia-undo-redo-log.txt) gave 'What is an expert verified?'.
    asked = asked_of(
        "What are fact and dimension tables?\n\n"
        "Short Answer\n\n"
        "Expert verified\n"
        "Fact tables hold the measurements of a business process, while dimension tables "
        "hold the context that describes them.\n\n"
        "Step by step solution\n\n01\n\nFact Tables\n\n"
        "Fact tables in a warehouse refer to the tables that store numeric measurements of "
        "events, such as sales amounts.\n"
        "02\n\nDimension Tables\n\n"
        "Dimension tables in a warehouse refer to the tables that describe the who, what and "
        "where of each event.\n"
    )
    assert not any("expert" in prompt.casefold() for prompt in asked)
    assert asked["What are fact tables?"] == (
        "The tables that store numeric measurements of events, such as sales amounts."
    )


def test_the_concept_of_a_quoted_name_typically_refers_to_defines_it() -> None:
    # 'The concept of a "Purple Team" typically refers to a collaborative approach within
    # cybersecurity practices.' (web166/19-gingersec-purple-team.txt), then a numbered
    # list of the teams: the page was titled 'Red Team', its first item.
    asked = asked_of(
        'The concept of a "Shadow Board" typically refers to a group of junior staff who '
        "advise senior leaders on strategy.\n"
        "Here is how the parts fit:\n\n"
        "  1. Executive Board: Traditionally, the Executive Board sets the strategy of the "
        "company.\n\n"
        "  2. Shadow Board: The Shadow Board reviews those plans with a younger eye.\n"
    )
    assert asked["What is Shadow Board?"] == (
        "A group of junior staff who advise senior leaders on strategy."
    )
    assert not any("Executive Board" in prompt for prompt in asked)


def test_an_identify_clue_stops_at_its_semicolon() -> None:
    # 'Dictionary encoding is most effective on columns with low cardinality; the fewer
    # the number of unique values within a column, the greater the reduction in memory
    # usage.' (web165/03-kinetica-dictionary-encoding.txt) was asked whole, its second
    # clause pasted into the question.
    asked = asked_of(
        "Run-length encoding\n\n"
        "Run-length encoding is a compression technique that stores a repeated value once "
        "with its count.\n\n"
        "Run-length encoding is most useful on sorted columns with long runs; the longer "
        "the runs of equal values, the smaller the stored column.\n"
    )
    assert asked["Which concept is most useful on sorted columns with long runs?"] == (
        "Run-length encoding"
    )


def test_a_definitions_list_that_ends_on_and_is_not_cut_as_another_thing_defined() -> None:
    # '... and attribute labels, definitions and values are consistent across the
    # business.' (web165/08-ittoolbox-conformed-dimension.txt) was cut to '... and
    # attribute labels, definitions.': 'values are' read as a second thing defined.
    asked = asked_of(
        "Shared dimensions\n\n"
        "Shared dimensions are dimensions which many fact tables use, and column names, "
        "types and meanings are the same in every one of them.\n"
    )
    assert asked["What are shared dimensions?"] == (
        "Dimensions which many fact tables use, and column names, types and meanings are "
        "the same in every one of them."
    )


def test_a_definition_after_how_it_has_traditionally_been_is_read() -> None:
    # 'Traditionally, the Red Team focuses on offensive security measures.'
    # (web166/19-gingersec-purple-team.txt): 'Traditionally,' before the name hid the
    # definition after it.
    asked = asked_of(
        "Mainframe\n\n"
        "Traditionally, a mainframe is a large central computer that serves many terminals "
        "at once.\n\n"
        "Banks still run their ledgers on them.\n"
    )
    assert asked["What is a mainframe?"] == (
        "A large central computer that serves many terminals at once."
    )


def test_a_comparisons_labelled_points_without_stops_tell_the_sides_apart() -> None:
    # 'Event Time vs Processing Time' with the points '- event time: when the thing
    # happened in the real domain' and '- processing time: when the pipeline processed
    # it' (web165/05-jepemo-event-time-vs-processing-time.txt) gave no card: points with
    # no stop, each glossing a side by when it is.
    made = asked_of(
        "Valid Time vs Transaction Time\n\n"
        "A temporal table can keep two clocks for every row.\n"
        "Which one a query means changes its answer:\n"
        "- valid time: when the fact was true in the world\n"
        "- transaction time: when the database recorded the fact\n"
    )
    assert made[
        "Which is when the fact was true in the world: Valid Time or Transaction Time?"
    ] == ("Valid Time")


def test_a_worked_answers_summary_step_is_no_term() -> None:
    # A textbook answer's steps '01' / 'UNDO-type Log Entries' / ... / '03' /
    # 'Summarization and comparison' / 'In summary, ...' (web165/17-vaia-undo-redo-
    # log.txt) gave 'What is a summarization and comparison?'.
    asked = asked_of(
        "What are star and snowflake schemas?\n\n"
        "Step by step solution\n\n01\n\nStar Schema\n\n"
        "A star schema is a layout in which one fact table sits among denormalized "
        "dimension tables.\n"
        "02\n\nSnowflake Schema\n\n"
        "A snowflake schema is a layout in which the dimension tables are split into "
        "normalized tables.\n"
        "03\n\nSummary and comparison\n\n"
        "In summary, the star schema is simpler to query while the snowflake schema saves "
        "space.\n"
    )
    assert not any("summary" in prompt.casefold() for prompt in asked), asked
    assert asked["What is a star schema?"] == (
        "A layout in which one fact table sits among denormalized dimension tables."
    )


def test_what_a_thing_differs_from_is_not_asked() -> None:
    # 'Non-repudiation differs from authentication, which verifies identity, and
    # authorization, which defines permissions.' (web166/05-examsvce-non-repudiation.txt)
    # gave 'What does non-repudiation differ from?': it differs from countless things.
    asked = asked_of(
        "Accountability\n\n"
        "Accountability is a security principle that ties every action in a system to the "
        "person who took it.\n\n"
        "Accountability is especially important in banking, where every transfer must be "
        "traced. It differs from auditing, which reviews the records, and logging, which "
        "only keeps them.\n"
    )
    assert not any("differ" in prompt for prompt in asked), asked


def test_a_glossary_gloss_opening_the_thing_wherein_is_read() -> None:
    # 'Sequential consistency' / 'The memory model for concurrency wherein the effect of
    # concurrent agents is as if ...' (web167/20-opencilk-sequential-consistency.txt) was
    # refused: 'wherein' did not end the gloss's head as 'where' does.
    asked = asked_of(
        "Eventual delivery\n\n"
        "The messaging guarantee for queues wherein every message sent is handed to its "
        "reader at some point, however late.\n"
    )
    assert asked["What is eventual delivery?"].startswith("The messaging guarantee for queues")


def test_a_dictionarys_bullet_naming_its_part_of_speech_in_full_is_a_gloss() -> None:
    # 'non-maskable interrupt' / '• noun a high priority interrupt signal that cannot be
    # blocked by software ...' (web167/05-dictionaryofengineering-non-maskable-
    # interrupt.txt) was refused: 'noun' before the gloss, with no stop after it.
    asked = asked_of(
        "watchdog timer\n"
        "  • noun a hardware counter that restarts a computer when its software stops "
        "answering.\n"
        "  • acronym WDT\n"
    )
    assert asked["What is a watchdog timer?"] == (
        "A hardware counter that restarts a computer when its software stops answering."
    )


def test_a_title_said_again_before_the_same_name_opening_the_text_is_read_once() -> None:
    # 'Very Long Instruction Word (VLIW)' / 'Very Long Instruction Word (VLIW) Very long
    # instruction word (VLIW) describes a computer processing architecture ...'
    # (web167/13-cmosvlsi1-vliw.txt) was refused: a blog's heading run into its text.
    asked = asked_of(
        "Simultaneous Multithreading (SMT)\n"
        "Simultaneous Multithreading (SMT) Simultaneous multithreading (SMT) describes a "
        "processor design in which one core runs instructions from several threads in the "
        "same cycle.\n"
    )
    assert asked["What is simultaneous multithreading?"] == (
        "A processor design in which one core runs instructions from several threads in the "
        "same cycle."
    )


def test_a_dictionary_pages_fields_run_together_are_read_apart() -> None:
    # 'unikernelEtymologyFrom uni- (“single-”) + kernel.nounA specialised, fixed-purpose
    # machine image ...' (web167/18-lexicurio-unikernel.txt) was refused: the headword,
    # its etymology, its part of speech and its gloss had lost the breaks between them.
    asked = asked_of(
        "hypervisorEtymologyFrom hyper- (“over”) + supervisor.nounA layer of software "
        "that runs virtual machines and shares the hardware among them.“Every cloud "
        "server runs under a hypervisor.”\n"
    )
    assert asked["What is a hypervisor?"] == (
        "A layer of software that runs virtual machines and shares the hardware among them."
    )


def test_the_it_of_a_remark_is_no_definition() -> None:
    # 'It is useful to separate three steps: ...' under 'Execution vs commit'
    # (web167/03-thomas-hub-reorder-buffer.txt) answered 'What is a reorder buffer?'.
    asked = asked_of(
        "Overview\n"
        "A write buffer is used in many processors.\n"
        "- stores retire without waiting, so the pipeline keeps moving\n"
        "- loads check it first, so they see the newest value\n"
        "NOTE\n"
        "A cache keeps recent data. A write buffer makes sure stores reach the cache in order.\n"
        "Store vs drain\n"
        "It is useful to separate two steps:\n"
        "- store: the processor hands the value over and goes on\n"
        "- drain: the buffer writes the value to the cache later\n"
    )
    assert not any(answer.startswith("Useful to") for answer in asked.values()), asked


@pytest.mark.parametrize(
    "clue",
    [
        "A branch target buffer is intended to resolve such conflicts before the fetch stage.",
        "A branch target buffer is used in pipelined processors.",
    ],
)
def test_a_clue_that_leans_back_or_says_only_where_used_is_not_asked(clue: str) -> None:
    # 'Which concept is intended to manage such conflicts ...?' (web167/01-numascale-
    # cache-coherence.txt): which conflicts; 'Which concept is used in out-of-order
    # processors?' (web167/03-thomas-hub-reorder-buffer.txt): so are many.
    asked = asked_of(
        "Branch target buffer\n\n"
        "A branch target buffer is a small cache that holds the targets of recently taken "
        f"branches. {clue}\n"
    )
    assert not any(prompt.startswith("Which concept") for prompt in asked), asked


def test_a_heading_that_gives_some_examples_is_not_a_list_to_learn() -> None:
    # 'Control Information' / 'Contains management bits such as:' / '• Valid bit' ...
    # (web167/06-examadda-inverted-page-table.txt) gave 'What are the three contains
    # management bits such as?'; 'Instead of having:' over 'One Entry Per Virtual Page'
    # was offered as a field beside 'Process ID (PID)'.
    asked = asked_of(
        "1. Introduction\n\n"
        "A page table entry is a record that maps one virtual page to a physical frame.\n\n"
        "2. Structure\n\nTypical fields include:\n\n"
        "Frame Number\n\nNames the physical frame that holds the page.\n\n"
        "Owner ID\n\nIdentifies the process that owns the page.\n\n"
        "Flags\n\nContains status bits such as:\n\n  • Present bit\n\n  • Dirty bit\n\n"
        "  • Accessed bit\n\n"
        "Instead of having:\n\nOne Table Per Process\n"
    )
    assert not any("such as" in prompt for prompt in asked), asked
    assert not any("Instead of having" in prompt for prompt in asked), asked


def test_the_use_of_a_thing_allows_is_a_sentence_not_a_gloss() -> None:
    # '### Priority Inheritance Protocol' / 'The use of Priority inheritance allows to
    # avoid the priority inversion problem.' (web167/04-pradeepkumar-priority-
    # inheritance.txt) answered 'What is Priority Inheritance Protocol?'.
    asked = asked_of(
        "### Lock Striping Scheme\n\n"
        "The use of Lock striping allows to reduce contention on a shared table.\n\n"
        "Under this scheme, if a thread T1 needs a part held by T2 (because T2 is writing "
        "it), T1 waits for that part only. When T2 leaves, T1 goes on.\n"
    )
    assert not any(answer.startswith("The use of") for answer in asked.values()), asked


def test_an_exam_answer_under_two_questions_and_an_answer_label_is_read() -> None:
    # 'What is a test-and-set instruction? How can it be used to implement mutual
    # exclusion?' / 'Answer:' / '-A test and set instruction is a method of ...'
    # (web167/07-pscustudies-test-and-set.txt) was refused.
    asked = asked_of(
        "What is a compare-and-swap instruction? How can it be used to build a lock?\n"
        "Answer:\n"
        "-A compare and swap instruction is an atomic instruction that writes a new value "
        "only if the old value is still in place.\n"
        "It is retried in a loop until it succeeds.\n"
    )
    assert asked["What is a compare-and-swap instruction?"] == (
        "An atomic instruction that writes a new value only if the old value is still in place."
    )


def test_a_claim_answered_by_a_word_of_the_name_is_not_asked() -> None:
    # 'What does data replication copy?' -> 'Data from one server to another ...'
    # (web163/18, read blind in session 48): the question's own word said back as the
    # head of its answer.
    asked = asked_of(
        "Log compaction\n\n"
        "Log compaction is the process of keeping only the newest record for every key in a "
        "log.\n\n"
        "Log compaction rewrites logs into smaller segments that hold one record per key.\n"
    )
    assert "What does log compaction rewrite?" not in asked, asked
    assert asked["What is log compaction?"].startswith("The process of keeping only")


def test_a_sentence_whose_object_holds_a_word_of_a_two_word_name_is_not_asked() -> None:
    # 'Which concept allows developers to write code that can detect and respond to
    # exceptions ...?' -> Exception handling (web164/20-thecodingbus-exception-
    # handling.txt, read blind in session 48): 'exceptions' half says the name. Refused
    # as a claim ('What does the commit log guard?' -> 'The commit for ...'), the
    # sentence must not come back as a clue of which concept it is.
    entry = parse_entries(
        "VCA\n\nCommit Log\n\n"
        "The commit log orders the writes for the replica.\n\n"
        "In one sentence\n\nThe commit log is the change diary, handling write work.\n\n"
        "In Plain Language\n\nThe commit log guards the commit for the replica.\n",
        "page.txt",
    )[0]
    asked = [card.prompt for card in cards.generate(entry, path_siblings())]
    assert asked == ["What is the commit log?"], asked


def test_a_post_using_a_pattern_that_defines_it_by_its_kind_is_read() -> None:
    # '22 Jun 2020 ~ 4 min read' / 'Using the Claim Check pattern' / 'This pattern was
    # originally defined in the book ... . In a nutshell, it is storing message data ...'
    # (web169/07-jbwcodes-claim-check-pattern.txt) was refused: the date and reading time
    # were taken for the title, 'Using the' wrapped the name, and 'This pattern' was not
    # read as the title's pattern for the 'it' after it.
    asked = asked_of(
        "3 Mar 2021 ~ 5 min read\n\n"
        "Using the Sidecar pattern\n\n"
        "This pattern was first described for container platforms. In a nutshell, it is "
        "running a helper process beside each service so the service itself stays small.\n"
    )
    assert asked["What is a sidecar pattern?"] == (
        "Running a helper process beside each service so the service itself stays small."
    )


def test_a_series_post_naming_todays_topic_is_titled_by_the_topic() -> None:
    # "Today’s code smell is feature envy. Feature envy is when one class uses the methods
    # of another class to excess." (web169/15-melreams-feature-envy.txt) was titled
    # 'Today’s code smell' and gave no card.
    asked = asked_of(
        "Today’s code smell is data clumps. Data clumps is when the same few fields travel "
        "together through many methods. They usually want to become a class of their own.\n"
    )
    assert asked["What is data clumps?"].startswith(
        "When the same few fields travel together through many methods."
    )


def test_a_law_named_over_what_it_says_is_asked_what_it_says() -> None:
    # 'Hyrum’s Law says:' / 'With a sufficient number of users of an API, ...: all
    # observable behaviors of your system will be depended on by somebody.'
    # (web169/01-smizell-hyrums-law.txt) was refused: no title, no definition.
    asked = asked_of(
        "Goodhart's Law says:\n\n"
        "When a measure becomes a target, it ceases to be a good measure.\n\n"
        "Teams that chase a number soon find ways to move it without improving anything.\n"
    )
    assert asked["What does Goodhart's Law say?"] == (
        "That when a measure becomes a target, it ceases to be a good measure."
    )


def test_a_lessons_concept_heading_holds_its_definition() -> None:
    # 'Early return pattern — ...' / 'Concept' / 'The early return pattern (guard clauses)
    # inverts nested conditionals ...' (web169/11-zirasoftware-guard-clause.txt): a
    # section headed 'Concept' was read as any other, its sentence by name no definition.
    asked = asked_of(
        "Null object pattern\n"
        "Concept\n"
        "The null object pattern replaces a missing value with an object that does nothing.\n"
        "Callers then skip every check for null.\n"
    )
    # (asked what it does: the sentence says that, not what it is)
    assert asked.get("What does the null object pattern do?") == (
        "Replaces a missing value with an object that does nothing."
    ), asked


def test_a_comment_over_an_http_message_is_no_heading_and_the_title_stays() -> None:
    # 'Sunset Header' ... '# Server response with Sunset header' / 'HTTP/1.1 200 OK'
    # (web169/13-apios-sunset-header.txt): a code sample's comment, pasted without its
    # fence, was taken for the page's '# Title'. The definition under the title names it
    # with a word more ('The Sunset HTTP Header ... is'), which is the same thing.
    asked = asked_of(
        "Retry-After Header\n\n"
        "Definition\n\n"
        "The Retry-After HTTP Header is a response header that tells a client how long to "
        "wait before it asks again.\n\n"
        "Example\n\n"
        "# Server response with Retry-After header\n"
        "HTTP/1.1 503 Service Unavailable\n"
        "Retry-After: 120\n"
    )
    assert asked["What is the Retry-After header?"] == (
        "A response header that tells a client how long to wait before it asks again."
    )


def test_a_docs_page_asking_what_is_this_metric_keeps_its_own_title() -> None:
    # 'Version: v0.15' / 'DORA - Change Failure Rate' / 'What is this metric?' / 'The
    # percentage of changes ...' (web169/17-devlake-change-failure-rate.txt) was titled
    # 'This metric' ('What is a this metric?'), then 'Version: v0.15'.
    asked = asked_of(
        "Skip to main content\n"
        "Version: v2.3\n\n"
        "DORA - Deployment Frequency\n\n"
        "What is this metric?\n\n"
        "The number of times an organization deploys code to production in a given period.\n\n"
        "Why is it important?\n\n"
        "Unlike Change Failure Rate and Mean Time To Restore that measure stability, "
        "Deployment Frequency measures the throughput of software delivery.\n"
    )
    assert asked["What is Deployment Frequency?"] == (
        "The number of times an organization deploys code to production in a given period."
    )
    assert not any("this metric" in prompt or "v2.3" in prompt for prompt in asked), asked
    assert any("from Change Failure Rate and Mean Time" in prompt for prompt in asked), asked


def test_a_likeness_first_gives_way_to_the_definition_after_it() -> None:
    # 'Shotgun Surgery resembles Divergent Change but is actually the opposite smell. ...
    # Shotgun Surgery refers to when a single change is made to multiple classes
    # simultaneously.' (web169/09-sourcemaking-shotgun-surgery.txt) answered 'What is
    # Shotgun Surgery?' with the likeness.
    asked = asked_of(
        "Lazy Class\n"
        "Lazy Class resembles Speculative Generality but is actually a different smell. "
        "Speculative Generality is code kept for needs that never came. Lazy Class refers to "
        "when a class does too little to earn its place.\n"
    )
    assert asked["What is Lazy Class?"] == "When a class does too little to earn its place."


def test_where_a_thing_works_best_is_not_what_it_is() -> None:
    # 'Fire-and-Forget is most effective with asynchronous communication channels, ...'
    # (web169/19-eip-fire-and-forget.txt) answered 'What is Fire-and-Forget?'.
    asked = asked_of(
        "Request-Reply\n\n"
        "The requestor sends a message and waits for the answer on a reply channel.\n\n"
        "Request-Reply is most effective with channels that keep the order of messages.\n"
    )
    assert not any(answer.startswith("Most effective") for answer in asked.values()), asked


def test_front_matter_copied_as_githubs_table_titles_the_page() -> None:
    # 'title | excerpt |' / '---|---|' / 'Isomorphic |' / 'an application is said to be
    # isomorphic ... |' (web168/03-sjsj-isomorphic.txt): GitHub shows a Markdown file's
    # front matter as a table, and the copy was refused with no title.
    asked = asked_of(
        "title | excerpt |\n"
        "---|---|\n"
        "Reentrant |\n"
        "a function is said to be reentrant when it can be safely called again before its "
        "earlier call finishes |\n"
        "A reentrant function is one whose code keeps no shared state, so a second call can "
        "start while the first is still running.\n"
    )
    assert asked["What is a reentrant function?"] == (
        "One whose code keeps no shared state, so a second call can start while the first "
        "is still running."
    )


def test_a_question_under_a_paragraph_that_already_defines_it_is_no_title() -> None:
    # 'Progressive Web Apps (PWA)' / 'Web App Shell Architecture' / 'Introduction to App
    # Shell Architecture' / 'The App Shell architecture is a design pattern that ...' /
    # 'What is the App Shell?' over a list (web168/05-esb1995-app-shell.txt): the question
    # was taken for the title, and the definition above it for chrome.
    asked = asked_of(
        "Web Performance\n"
        "Skeleton Screen Pattern\n"
        "Introduction to Skeleton Screens\n"
        "The skeleton screen is a loading placeholder that shows the outline of a page "
        "before its data arrives. This makes waiting feel shorter.\n"
        "What is the Skeleton Screen?\n"
        "A skeleton screen consists of:\n"
        "- Grey boxes where images will go\n"
        "- Bars where text will go\n"
        "- A shimmer that tells the user work is happening\n"
    )
    assert any(
        answer.startswith("A loading placeholder that shows the outline of a page")
        for answer in asked.values()
    ), asked


def test_a_term_coined_to_describe_something_is_defined_by_it() -> None:
    # 'What Are Comet and Reverse Ajax?' / 'The term “Comet” was coined by Alex Russell of
    # the Dojo project to describe exchanges between a client and a server in which the
    # server, rather than the client, initiates the contact.' (web168/20-springer-comet-
    # reverse-ajax.txt) gave no card.
    asked = asked_of(
        "What Are Podcasting and Vodcasting?\n\n"
        "The term “Podcasting” was coined by a journalist in 2004 to describe publishing "
        "audio episodes that listeners can download to a player on a schedule.\n"
    )
    assert asked["What is podcasting?"] == (
        "Publishing audio episodes that listeners can download to a player on a schedule."
    )


def test_an_anatomy_title_names_the_page_over_a_remark_on_a_wider_topic() -> None:
    # 'Anatomy of Jank' / 'Rendering performance is a huge topic of great interest to ...'
    # (web168/17-chromium-jank.txt) was titled 'Rendering performance' and asked 'What
    # is a rendering performance?' -> 'A huge topic of great interest ...'.
    asked = asked_of(
        "The Project Notes\n\n"
        "Anatomy of Thrashing\n\n"
        "Memory management is a huge topic of great interest to operating system authors.\n\n"
        "Thrashing is a state in which a computer spends more time moving pages between "
        "memory and disk than running programs. Thrashing gets worse as more programs run.\n"
    )
    assert asked["What is thrashing?"] == (
        "A state in which a computer spends more time moving pages between memory and disk "
        "than running programs."
    )
    assert not any("huge topic" in answer for answer in asked.values()), asked


# A keyboard handler pasted without its fence, as a page on roving focus showed one
# (web168/13-chriscalo-roving-tabindex.txt), in our own words: under a title line and
# the page's opening, which each test below sets.
_PASTED_HANDLER = (
    "}\ntarget.tabIndex = 0;\ntarget.focus();\n}Key handler\n"
    "Listen on the list, not on each option:\njavascript\n"
    'list.addEventListener("keydown", (e) => {\nconst items = [\n'
    '...list.querySelectorAll(\n"li:not(.hidden)",\n),\n];\n'
    "if (!items.length) return;\nconst pos = items.indexOf(\ndocument.activeElement,\n);\n"
    "let target;\nswitch (e.key) {\n"
    'case "ArrowDown":\ne.preventDefault();\ntarget = items[\n'
    "pos + 1 < items.length ? pos + 1 : 0\n];\nbreak;\n"
    'case "ArrowUp":\ne.preventDefault();\ntarget = items[\n'
    "pos - 1 >= 0 ?\npos - 1 : items.length - 1\n];\nbreak;\n"
    'case "Home":\ne.preventDefault();\ntarget = items[0];\nbreak;\n'
)


def test_a_line_of_code_ending_in_a_question_mark_is_not_asked() -> None:
    # 'next = buttons[' / 'idx - 1 >= 0 ?' / 'idx - 1 : buttons.length - 1' (web168/13-
    # chriscalo-roving-tabindex.txt, code pasted without its fence) was asked as a
    # question heading and its answer.
    asked = asked_of(
        "Appearance\nFocus Ring\n"
        "A focus ring shows which control the keyboard will act on. "
        "Arrow keys move it between options.\n" + _PASTED_HANDLER
    )
    assert not any("items" in prompt for prompt in asked), asked


def test_a_sentence_with_a_bracketed_list_before_its_verb_is_no_gloss() -> None:
    # 'Roving Tabindex' / 'A composite widget (list, toolbar, tab bar) should be one tab
    # stop.' (web168/13-chriscalo-roving-tabindex.txt) answered 'What is the roving
    # tabindex?': the bracket's commas hid the sentence's verb.
    try:
        asked = asked_of(
            "Appearance\nFocus Ring\n"
            "A composite list (menu, toolbar, tab bar) should be one tab stop. "
            "Arrow keys move focus between options.\n" + _PASTED_HANDLER
        )
    except cards.ParseError:
        asked = {}  # refused: it says what a list should be, not what a focus ring is
    assert not any(answer.startswith("A composite list") for answer in asked.values()), asked


def test_a_slides_wingdings_bullets_are_read_as_points() -> None:
    # 'Smurf Attacks' / '¨Aka directed broadcast attacks' / '¨Smurf attack is a DOS that
    # consumes network bandwidth of victim' (web170/10-calstatela-smurf-attack.txt, a
    # slide exported to HTML) was refused: '¨' is the slide font's bullet.
    asked = asked_of(
        "Fraggle Attacks\n"
        "¨Aka UDP echo floods\n"
        "¨Fraggle attacks rely on a UDP echo service to create a flood of traffic on a victim\n"
        "¨Attacker uses a spoofed source address of victim\n"
        "¨Fraggle attack is a DOS that floods the victim with echo replies\n"
        "¨Fraggle amplifier is a network that answers broadcast echo requests\n"
        "¨\n"
    )
    assert asked["What are fraggle attacks?"] == "A DOS that floods the victim with echo replies."


def test_another_name_set_in_quotes_after_the_subject_hides_no_verb() -> None:
    # 'unicast reverse path forwarding (unicast rpf), also known as "reverse route
    # lookup," provides inbound and outbound filtering ...' (web170/16-it168-unicast-
    # rpf.txt) was refused: the other name, quoted with its comma inside, stood between
    # the subject and its verb.
    asked = asked_of(
        "Source Address Validation\n"
        'Source address validation (SAV), also known as "ingress filtering," drops '
        "packets whose source address could not have come from the link they arrived on. "
        "It stops many spoofed floods.\n"
    )
    assert any("drops packets whose source address" in a.lower() for a in asked.values()), asked


def test_an_old_docs_versions_banner_is_no_title() -> None:
    # 'You are viewing documentation for Kubernetes version: v1.25' / 'Kubernetes v1.25
    # documentation is no longer actively maintained. ...' (web171/06-k8sgolangclub-
    # admission-controller.txt) titled the page 'Kubernetes v1.25 documentation'.
    asked = asked_of(
        "You are viewing documentation for Kubernetes version: v1.24\n"
        "Kubernetes v1.24 documentation is no longer actively maintained. The version you "
        "are currently viewing is a static snapshot.\n"
        "Pod Priority Reference\n"
        "This page gives an overview of pod priority.\n"
        "What is it?\n"
        "Pod priority is a number that tells the scheduler which pods matter most when the "
        "cluster runs short of room.\n"
    )
    assert asked["What is pod priority?"].startswith("A number that tells the scheduler")
    assert not any("v1.24" in prompt for prompt in asked), asked


def test_a_definition_after_defined_as_and_a_colon_is_read() -> None:
    # '► Cloud Bursting is defined as: When you run out of your computing resources ...'
    # (web171/12-cloudcow-cloud-bursting.txt) answered 'Defined as: When you run out ...'.
    asked = asked_of(
        "What Is Cold Standby?\n\n"
        "► Cold Standby   is defined as:   When a spare system is kept switched off and is "
        "only started after the main one fails.\n"
    )
    assert asked["What is Cold Standby?"] == (
        "When a spare system is kept switched off and is only started after the main one fails."
    )


def test_a_term_used_to_describe_something_under_a_title_of_its_kind_is_defined() -> None:
    # 'Pilot Light Strategy for Disaster Recovery' / '• The term pilot light is often used
    # to describe a Disaster Recovery scenario in which ...' (web171/14-hararei-pilot-
    # light.txt) gave no card.
    asked = asked_of(
        "Warm Standby Strategy for Disaster Recovery\n\n"
        "  • The term warm standby is often used to describe a recovery setup in which a "
        "scaled-down copy of production runs all the time, ready to grow.\n"
        "  • When disaster strikes, the copy is scaled up to take the full load.\n"
    )
    assert any(
        answer.startswith("A recovery setup in which a scaled-down copy of production")
        for answer in asked.values()
    ), asked


def test_an_odd_one_out_of_another_form_than_every_item_is_not_offered() -> None:
    # 'Which of these is not one of the four jobs involved?' -> 'Secondary Server' among
    # 'Copy Job', 'Backup Job', 'Restore Job' (web165/12-cloudtechinnovation-log-
    # shipping.txt): the only option not ending in 'Job', the answer at a glance.
    asked = asked_of(
        "# Log Streaming in PostgreSQL ## Overview - Log streaming allows automatic sending "
        "of write-ahead log records from a primary server to one or more standby servers. - "
        "It provides a warm copy and supports read-only queries on the standbys. ## Key "
        "Components - **Primary Server**: The server that takes every write. - **Standby "
        "Server**: Holds the copy that follows the primary. - **Witness Server**: Optionally "
        "breaks ties when a failover is decided. ## Processes Involved - **Sender "
        "Process**: Streams the log from the primary. - **Receiver Process**: Takes the log "
        "in on the standby. - **Startup Process**: Replays the log on the standby. ## "
        "Benefits - Provides a warm copy of a single primary database. ## Limitations - "
        "Does not promote a standby on its own.\n"
    )
    assert not any(prompt.startswith("Which of these is not one of") for prompt in asked), asked


def test_a_titled_page_that_defines_nothing_is_refused_for_that_not_for_a_title() -> None:
    # 'Anatomy of Jank' over a remark on rendering performance and 'But what does jank
    # mean?' (web168/17-chromium-jank.txt): refused 'has no title' although its title
    # was found; seven blind judges read that reason as false.
    with pytest.raises(cards.ParseError) as refused:
        parse_entries(
            "the Widget logo\n\nThe Widget Projects\n\nAnatomy of Stutter\n\n"
            "author: someone@\n\n\n"
            "Smoothness is a huge topic of great interest to the team and to app developers.\n\n"
            "“Speed” is an oft-cited problem area for app developers. We spend a lot of time "
            "improving the platform. This is the pursuit and elimination of stutter.\n\n"
            "But what does stutter mean? This note sorts the symptoms that all get put under "
            "the “stutter” label.\n",
            "page.txt",
        )
    message = refused.value.message
    assert message.startswith("no sentence says what 'Stutter' is"), message
    assert "has no title" not in message


def test_the_product_a_title_places_its_name_in_is_not_the_name_cut_short() -> None:
    # 'What Is Provisioned Concurrency in AWS Lambda?' / ... / 'AWS Lambda is a serverless
    # compute service ...' / 'What Is Provisioned Concurrency?' / 'Provisioned
    # Concurrency is an AWS Lambda feature that ...' (web171/13-gauravkedia-provisioned-
    # concurrency.txt): the product's definition answered the feature's question.
    asked = asked_of(
        "What Is Read Replica Promotion in Amazon RDS?\n"
        "Learn how promotion turns an Amazon RDS read replica into a standalone database.\n\n"
        "Introduction\n"
        "Amazon RDS is a managed relational database service that runs databases without "
        "managing servers. While RDS is easy to run, one common need is failover.\n"
        "When the primary fails, a replica must take over.\n"
        "What Is Read Replica Promotion?\n"
        "Read Replica Promotion is an Amazon RDS action that turns a read replica into a "
        "standalone primary database.\n"
    )
    assert asked["What is Read Replica Promotion in Amazon RDS?"] == (
        "An Amazon RDS action that turns a read replica into a standalone primary database."
    )


def test_how_a_thing_is_placed_according_to_something_is_not_what_it_is() -> None:
    # 'The element is positioned according to the normal flow of the document, and then
    # offset relative to ...' (web168/18-tomgdow-position-sticky.txt) answered 'What is
    # the element?' on a page about position: sticky, titled by that sentence's subject.
    try:
        asked = asked_of(
            "The label is placed according to the state of its input, and then moved above "
            "it once the user starts typing.\n"
            "A floating label sits inside its input until the user types.\n"
            "It saves space on small forms.\n"
        )
    except cards.ParseError:
        asked = {}  # refused: nothing says what the page's concept is
    assert not any(answer.startswith("Placed according") for answer in asked.values()), asked


def test_what_a_named_thing_does_in_a_supposed_case_is_not_asked() -> None:
    # 'Suppose you configure Provisioned Concurrency as:' / '5' / 'AWS keeps 5 Lambda
    # execution environments initialized and ready.' (web171/13-gauravkedia-provisioned-
    # concurrency.txt) gave 'What does AWS do?' -> 'Keeps 5 Lambda execution ...'.
    asked = asked_of(
        "What Is Connection Pooling?\n\n"
        "Connection pooling is a technique that keeps database connections open and hands "
        "them to requests as they come.\n\n"
        "How It Works\n"
        "Suppose you configure the pool size as:\n"
        "10\n"
        "JDBC keeps 10 connections open and ready.\n"
        "When requests arrive\n"
        "Request 1 → Connection 1\n"
        "Request 2 → Connection 2\n"
    )
    assert "What does JDBC do?" not in asked, asked
    assert asked["What is connection pooling?"].startswith("A technique that keeps database")


def test_where_a_thing_ranks_among_failures_is_not_what_it_is() -> None:
    # 'The confused deputy is the fundamental failure mode of authorization systems.'
    # (web166/09-amlalabs-confused-deputy.txt) answered 'What is the confused deputy?':
    # a slogan, judged incomplete blind.
    asked = asked_of(
        "The Lost Update Problem, Explained\n\n"
        "The lost update is the classic failure mode of concurrent writes. First described "
        "decades ago, it still bites web apps.\n\n"
        "The setup is simple: two users read a row, both change it, and the second save "
        "wins.\n"
    )
    assert not any(answer.startswith("The classic failure mode") for answer in asked.values())


def test_notes_written_a_clause_a_line_define_by_an_equals_sign() -> None:
    # 'trie = a data structure used to store large sets of strings' over lines of notes,
    # small and without stops (web173/12-comp2521-trie.txt): refused as having no title,
    # its lines run together as one sentence.
    asked = asked_of(
        "heap = a tree that keeps its smallest key at the root\n"
        "while a sorted array is fine for a few keys, a heap makes insertion cheaper\n"
        "each parent is smaller than both of its children\n"
        "height of a heap = log of the number of keys\n"
        "insertion cost = O(log n)\n"
        "main drawback of heaps: finding an arbitrary key is slow\n"
    )
    assert asked["What is a heap?"] == "A tree that keeps its smallest key at the root."


def test_the_line_naming_who_answered_is_not_the_pages_title() -> None:
    # '1 Answers' / 'Answered by suresh' over a Q&A site's answer (web172/18-callinterview-
    # static-dynamic-typing.txt) asked 'What is answered by suresh?' -> the answer's title.
    asked = asked_of(
        "1 Answers\n"
        "Answered by meera\n\n"
        "Explaining the Difference Between Paging and Segmentation in Operating Systems\n\n"
        "Explaining the Difference Between Paging and Segmentation\n\n"
        "When it comes to memory, the difference between paging and segmentation is worth "
        "knowing.\n\n"
        "Paging\n\n"
        "Paging refers to the practice of splitting memory into blocks of one fixed size. "
        "This means that no block is ever too small.\n\n"
        "Segmentation\n\n"
        "Segmentation, on the other hand, allows the blocks of memory to differ in size.\n"
    )
    assert not any("answered by" in prompt.casefold() for prompt in asked), asked
    assert (
        asked["What is paging?"]
        == "The practice of splitting memory into blocks of one fixed size."
    )


def test_a_bare_word_compared_to_is_no_image_to_ask_for() -> None:
    # 'Monads are like lions. It is easy to show what a lion is, but ...' (web172/06-
    # woupiestek-monads.txt), an essay's joke, asked 'Which concept is like lions?'.
    try:
        asked = asked_of(
            "Closures are like backpacks. It is easy to say what a backpack is, but few can "
            "pack one well.\n\n"
            "I will use JavaScript for the code. A *closure* pairs a function with the "
            "variables around it\n"
        )
    except cards.ParseError:
        asked = {}  # refused: nothing left says what a closure is
    assert "Which concept is like backpacks?" not in asked, asked


def test_the_same_thing_is_what_was_named_before() -> None:
    # 'The same thing happens when you add a server.' (web174/15-levelop-consistent-
    # hashing.txt) asked 'What is the same thing?' -> 'When you add a server.'
    try:
        asked = asked_of(
            "Why Sharding Breaks When Nodes Change\n"
            "Say you split keys over five shards by taking the key's hash modulo five.\n"
            "This works until a shard dies: nearly every key now maps elsewhere.\n"
            "The same thing happens when you add a shard. Every change of size moves most "
            "keys.\n"
        )
    except cards.ParseError:
        asked = {}  # refused: nothing says what a concept is
    assert "What is the same thing?" not in asked, asked


def test_values_chosen_are_not_what_a_thing_is() -> None:
    # 'A standard production choice is N=3, W=2, R=2: it satisfies W+R>N, ...' (web174/06-
    # crackedjava-quorum.txt) titled the page and asked 'What is a standard production
    # choice?' -> the values.
    try:
        asked = asked_of(
            "Replication factors — why RF and CL must overlap\n"
            "In a cluster without a leader, each piece of data lives on several nodes. The "
            "replication factor is the number of nodes that keep a copy of each piece.\n"
            "Picking the numbers\n"
            "A common production choice is RF=3, CL=2: it survives one node down.\n"
        )
    except cards.ParseError:
        asked = {}  # refused: its definition is no page's opening, and its title no name
    assert "What is a common production choice?" not in asked, asked


def test_a_courses_numbered_part_titles_the_page_by_its_topic() -> None:
    # 'Part 4: Generators' (web172/14-uwpce-generators.txt) was refused as a title naming
    # the page, its reason cut at the title's colon: "its title 'Part 4, and ...".
    entry = parse_entries(
        "Lesson 3: Decorators\n\n"
        "A decorator is a function that takes another function and returns a changed "
        "version of it. Decorators wrap behaviour around a call.\n\n"
        "Writing one\n\n"
        "def logged(fn):\n    return fn\n",
        "page.txt",
    )[0]
    assert entry.title == "Decorators"
    assert "Lesson 3: Decorators" in entry.aliases


def test_a_refusal_quotes_a_title_with_a_colon_whole() -> None:
    # The reason a page is refused is cut at its first bracket, colon or semicolon, which
    # cut the quoted title 'Part 4: Generators' in two.
    from cards.parsing import _not_a_concept_page

    said = _not_a_concept_page(
        cards.ParseError("page.txt", 1, "its title 'Week 2: Home' names the page, not a concept"),
        ["Week 2: Home", "Welcome back to the course."],
    )
    assert said.message.startswith("its title 'Week 2: Home' names the page, not a concept, ")


def test_a_caption_left_over_the_page_does_not_title_it() -> None:
    # 'Pick k random peers' (a figure's caption) over 'Gossip protocols (epidemic
    # algorithms) propagate information through a cluster ...' (web174/10-wikantik-gossip-
    # protocol.txt) titled the page: 'What are the three protocol variants of pick k
    # random peers?'.
    asked = asked_of(
        "Turn the key into a slot\n\n"
        "Hash tables (associative arrays) map keys to values by hashing each key to one "
        "bucket of an array. They are the standard way to look values up by key.\n\n"
        "Variants\n\n"
        "1. **Chaining:** each bucket holds a list of entries.\n\n"
        "2. **Open addressing:** a full bucket sends the entry on to another one.\n"
    )
    assert not any("into a slot" in prompt.casefold() for prompt in asked), asked
    assert asked["What do hash tables do?"].startswith("Map keys to values by hashing")


def test_a_plural_name_says_what_it_does_with_a_bare_verb() -> None:
    # 'Gossip protocols propagate information ...' under that title said nothing a
    # definition card could ask: only 'Gossip protocol propagates ...' did.
    asked = asked_of(
        "Load balancers\n\n"
        "Load balancers distribute incoming requests across a pool of servers so that no "
        "one server is overwhelmed.\n"
    )
    assert asked["What do load balancers do?"] == (
        "Distribute incoming requests across a pool of servers so that no one server is "
        "overwhelmed."
    )


def test_what_a_plural_does_may_be_said_by_they() -> None:
    # 'Coroutines in Lua are related to [[Generators (Python)]]. They allow a function to
    # be written to return intermittently ...' (web172/16-notesbylex-coroutines.txt): 'It
    # allows ...' under a singular title was read, 'They allow ...' under a plural was not.
    asked = asked_of(
        "Webhooks\n\n"
        "Webhooks are related to polling. They let one app tell another that something "
        "happened by sending an HTTP request to a URL the other app gave it.\n"
    )
    assert asked["What do webhooks do?"].startswith("Let one app tell another")


def test_a_bound_on_a_count_is_not_what_the_count_is() -> None:
    # 'The number of swaps is at most the height of the tree, which is' (web173/13-
    # rosalind-binary-heap.txt) titled the page 'Number of swaps'.
    try:
        asked = asked_of(
            "To add a key, put it at the end of the array and let it sift up past larger "
            "parents.\n"
            "The number of moves is at most the depth of the tree.\n"
            "Removing the smallest key works the other way round.\n"
        )
    except cards.ParseError:
        asked = {}  # refused: nothing says what the page's concept is
    assert "What is the number of moves?" not in asked, asked


def test_a_sites_name_as_its_logo_writes_it_is_chrome() -> None:
    # 'thepointman.dev_' over a lesson (web174/20-p0intman-fixed-window-rate-limiting.txt)
    # was read as the page's title: "no sentence says what 'Thepointman.dev_' is".
    from cards.recover import is_chrome_line

    assert is_chrome_line("learnwith.dev_")
    assert is_chrome_line("notes.blog/")
    assert not is_chrome_line("Node.js")  # a name with a dot is no site


def test_letters_spelled_out_then_a_remark_ask_what_they_stand_for() -> None:
    # 'RAII is Resource Acquisition Is Initialization, and it's a neat concept once you
    # understand what it means ...' / 'RAII was born out of C++ and invented by its
    # creator Bjarne Stroustrup.' (web172/17-marksands-raii.txt) answered 'What is RAII?'
    # with the letters and the remark, and asked which concept was born out of C++.
    asked = asked_of(
        "SFINAE\n\n"
        "SFINAE is Substitution Failure Is Not An Error, and it's a handy trick once you "
        "see where it applies. SFINAE was born out of C++ templates and named by David "
        "Vandevoorde.\n"
    )
    assert asked["What does SFINAE stand for?"] == "Substitution Failure Is Not An Error"
    assert "What is SFINAE?" not in asked, asked
    assert not any("born out of" in prompt for prompt in asked), asked


def test_a_plain_text_manuals_underlined_heading_titles_its_page() -> None:
    # 'Lexical Scope' / '-------------' over 'The rules that we have just been describing
    # are the details of how Scheme implements "lexical scoping". ...' (web172/09-fifi-
    # lexical-scope.txt): titled 'Lexical scoping' by a later remark, 'What is lexical
    # scoping?' -> 'The norm for most programming languages, ...'.
    text = (
        "Tail Calls\n"
        "----------\n"
        "The rules we have just been describing are how the compiler lays out each call. "
        "This part explains the idea in general.\n"
        '"A tail call" in general is a call made as the last act of a function, so that '
        "nothing of the caller is needed after it.\n"
        "In practice, tail call elimination is the norm for most functional languages.\n"
    )
    entry = parse_entries(text, "page.txt")[0]
    assert entry.title == "Tail Calls"
    asked = asked_of(text)
    assert not any(answer.startswith(("The norm", "The rules")) for answer in asked.values())
    assert any(answer.startswith("A call made as the last act") for answer in asked.values())


def test_a_title_of_words_answers_to_the_name_the_page_runs_together() -> None:
    # 'Persistent Volume Claims' over 'A PersistentVolumeClaim is a request for storage and
    # is an abstraction of persistent volumes.' (web177/01-rxm-persistent-volume-claim.txt)
    # gave no card: the page's name for it was not the title's.
    asked = asked_of(
        "Config Maps\n\n"
        "A ConfigMap is an object for settings that are not secret and is a way to keep "
        "configuration out of container images. Pods read ConfigMaps as files or as "
        "environment variables.\n"
    )
    assert asked["What are Config Maps?"] == (
        "An object for settings that are not secret; a way to keep configuration out of "
        "container images."
    )


def test_a_notes_purpose_field_says_what_its_kind_does() -> None:
    # '#kubernetes' / '**Purpose**: A ReplicaSet ensures that a specified number of pod
    # replicas are maintained, ...' / '**Features**: It is managed ...' (web177/09-avramukk-
    # replicaset.txt) was refused, its hashtag read as the title.
    asked = asked_of(
        "#kubernetes\n"
        "**Purpose**: A DaemonSet ensures that a copy of one pod runs on every node of the "
        "cluster, including nodes added later.\n"
        "**Features**: It is managed by the control plane and removes its pods from nodes "
        "that leave.\n"
    )
    assert asked["What does a DaemonSet do?"].startswith("Ensures that a copy of one pod runs")


def test_the_readers_scene_and_a_good_value_are_not_what_a_metric_is() -> None:
    # 'Cumulative Layout Shift (CLS) calculates how many unique and unexpected elements
    # ... shift ...' / 'A Cumulative Layout Shift happens when you're about to click on a
    # link ...' / 'A good Cumulative Layout Shift is zero, ...' (web178/13-nikkihalliwell-
    # cumulative-layout-shift.txt) answered 'What is a Cumulative Layout Shift?' with the
    # scene.
    asked = asked_of(
        "Time to First Byte (TTFB) measures how long a browser waits between asking for a "
        "page and receiving the first byte of the answer.\n\n"
        "A Time to First Byte happens when you open a link and stare at a blank tab "
        "while nothing arrives.\n\n"
        "A good Time to First Byte is zero, which no real server reaches.\n"
    )
    assert not any(answer.startswith(("When you", "Zero")) for answer in asked.values()), asked
    assert asked["What does TTFB measure?"].startswith("How long a browser waits")


def test_a_plural_noun_after_a_name_is_not_its_verb() -> None:
    # 'CSS files block both rendering and parsing.' (web178/08-xiaohai-preload-
    # scanner.txt) asked 'What does CSS file?' -> 'Block both rendering and parsing.'
    asked = asked_of(
        "Preload scanner\n\n"
        "A preload scanner is a second, lighter parser that reads ahead in the HTML and "
        "starts fetching resources early.\n\n"
        "Why browsers block\n\n"
        "CSS files block rendering and parsing alike.\n\n"
        "Scripts can change the DOM while it is parsed.\n"
    )
    assert "What does CSS file?" not in asked, asked
    assert asked["What is a preload scanner?"].startswith("A second, lighter parser")


def test_a_question_on_a_things_significance_titles_the_thing() -> None:
    # 'What is the significance of hydration in the context of server-side rendering in
    # React?' over 'Hydration is a crucial concept ... It refers to the process where ...'
    # (web178/11-gurubase-hydration.txt) asked 'What is the significance of hydration?'
    # -> what hydration is.
    asked = asked_of(
        "What is the significance of memoization in the context of recursive functions?\n\n"
        "Memoization is a crucial concept for recursive functions. It refers to the practice of "
        "keeping each result a function computed so that a repeated call returns it at "
        "once.\n"
    )
    assert asked["What is memoization?"].startswith("The practice of keeping each result")
    assert not any("significance" in prompt for prompt in asked), asked


def test_a_definition_stops_where_the_author_turns_to_what_comes_next() -> None:
    # 'code splitting is a build time process that splits pieces of your code into async
    # chunks, let's talk about how Webpack can help us ...' (web178/10-dielduarte-code-
    # splitting.txt) kept the author's turn in the answer.
    asked = asked_of(
        "Lazy loading\n\n"
        "lazy loading is a way of deferring the download of a resource until it is needed, "
        "let's look at how the browser does it for images.\n"
    )
    assert asked["What is lazy loading?"] == (
        "A way of deferring the download of a resource until it is needed."
    )


def test_what_was_once_done_to_a_thing_is_not_what_it_is() -> None:
    # 'Historically, Kubernetes was hard-coded to work specifically with Docker.' (web177/
    # 14-crudinthecloud-container-runtime-interface.txt) titled the page and asked 'What
    # is a Kubernetes?' -> 'Hard-coded to work specifically with Docker.'
    try:
        asked = asked_of(
            "Storage Drivers and the CSI\n"
            "When starting out, it's easy to think the kubelet mounts every disk itself.\n"
            "The Container Storage Interface (CSI)\n"
            "Historically, Kubernetes was tied directly to each cloud's disk code. As "
            "clouds multiplied, that coupling slowed every release.\n"
        )
    except cards.ParseError as error:
        assert "'Kubernetes'" not in error.message, error.message
        asked = {}
    assert "What is a Kubernetes?" not in asked, asked
    assert not any(answer.startswith("Tied directly") for answer in asked.values()), asked


def test_the_corresponding_things_and_a_manifests_lines_name_nothing() -> None:
    # 'The corresponding Endpoints resources are still creates for every healthy backend
    # Pod, ...' (web177/10-tkng-headless-service.txt, an excerpt without its title) asked
    # 'What are the corresponding Endpoints resources?'; without it, the refusal named the
    # flattened manifest '- name: http port: 8080 app: database' as the title.
    text = (
        "This kind of queue does no ordering and only stores messages until a reader "
        "takes them. It suits work that can run in any order.\n\n"
        "- name: jobs retention: 7d owner: billing\n\n"
        "The corresponding consumer groups are still made for every reader, with the one "
        "difference that no offsets are kept.\n"
    )
    try:
        asked = asked_of(text)
    except cards.ParseError as error:
        assert "retention" not in error.message, error.message
        asked = {}
    assert not any("corresponding" in prompt for prompt in asked), asked


def test_a_things_role_says_what_it_is_for() -> None:
    # "A preload scanner's role is to examine raw markup in order to find resources to
    # fetch before the primary HTML parser discover them." (web178/08-xiaohai-preload-
    # scanner.txt) gave no card; 'The job of X is to ...' titled a page 'Job'.
    owned = asked_of(
        "Garbage collector\n\n"
        "A garbage collector's role is to find memory no live object can reach and give it "
        "back to the allocator.\n"
    )
    assert owned["What is a garbage collector for?"].startswith("To find memory no live")
    of = asked_of(
        "Load balancer\n\n"
        "The job of a load balancer is to spread incoming requests over a pool of servers.\n"
    )
    assert of["What is a load balancer for?"].startswith("To spread incoming requests")


def test_the_answer_under_what_is_x_may_spell_out_its_letters_first() -> None:
    # 'LCP - Largest Contentful Paint (Web Vitals)' / ... / 'What is LCP?' / 'Largest
    # Contentful Paint (LCP) measures the render time of the largest image or text block
    # ...' (web178/12-centreon-largest-contentful-paint.txt) gave no definition card.
    asked = asked_of(
        "TBT - Total Blocking Time (Web Vitals)\n"
        "Total Blocking Time is described on a search company's site. This page sums it "
        "up.\n"
        "Total Blocking Time (TBT) matters for how responsive a page feels while it loads.\n"
        "What is TBT?\n"
        "Total Blocking Time (TBT) measures how long the main thread is blocked by long "
        "tasks between the first paint and the moment the page is interactive.\n"
        "What is a good TBT?\n"
        "Sites should aim for under 200 milliseconds.\n"
    )
    assert any(
        prompt.endswith("TBT measure?") and answer.startswith("How long the main thread")
        for prompt, answer in asked.items()
    ), asked


def test_prose_broken_at_its_links_is_not_notes_a_clause_a_line() -> None:
    # 'the precision for a class is the' / 'number of true positives (i.e. ...)' / 'divided
    # by the total number of ...' / '... to the class). Recall in this context is ...': a
    # page whose links each stood on a line of their own lost the end of its definition
    # once lines without stops were read as notes.
    asked = asked_of(
        "In a\n"
        "networking course, the latency of a link is the\n"
        "time a single bit takes to cross it from end to end (i.e. from leaving the sender "
        "to reaching the receiver)\n"
        "added to the time it spends waiting in queues along the way (i.e. in the routers "
        "and switches on its path\n"
        "which hold packets back when links are busy). Bandwidth in this context is defined "
        "as the\n"
        "number of bits that the link carries each second (i.e. how wide the pipe is, not "
        "how long the pipe is when\n"
        "measured). Latency and bandwidth are often confused\n"
    )
    assert "added to the time it spends waiting" in asked["What is the latency of a link?"]


def test_an_example_manifests_size_and_a_question_asked_twice_are_not_claims() -> None:
    # 'PersistentVolumeClaims bind to PersistentVolumes ...' / '... will bind to existing
    # PersistentVolumes ...' / 'The PersistentVolumeClaim must find a PersistentVolume with
    # up to 50 gigabytes of storage ...' (web177/01-rxm-persistent-volume-claim.txt) asked
    # 'What do ... bind to?', 'What will ... bind to?' and the example's size as a rule.
    asked = asked_of(
        "Volume Snapshots\n\n"
        "A VolumeSnapshot is a copy of a volume taken at one moment. VolumeSnapshots copy "
        "data from a PersistentVolume through the storage driver. VolumeSnapshots will copy "
        "only volumes whose driver supports snapshots.\n"
        "Below is an example of a VolumeSnapshot:\n\n"
        "kind: VolumeSnapshot\n\n"
        "The VolumeSnapshot must keep a copy of up to 20 gigabytes of data in its class.\n"
    )
    copied = [prompt for prompt in asked if prompt.endswith("copy?")]
    assert len(copied) <= 1, asked
    assert not any("20 gigabytes" in answer for answer in asked.values()), asked


def test_a_courses_level_after_the_name_is_no_part_of_it() -> None:
    # 'Type Inference — Junior Level' (web172/02-seniorstack-type-inference.txt) asked
    # 'What is Type Inference — Junior Level?'; its 'It is not dynamic typing.' stays a
    # true statement, but one ending on 'them' points to words the card does not show.
    asked = asked_of(
        "Skip to content\n\n"
        "Closures — Junior Level\n\n"
        "Topic: Closures Focus: functions that keep the variables around them, and where "
        "they stop helping.\n\n"
        "Table of Contents\n\n"
        "  1. Introduction\n  2. Prerequisites\n  3. Glossary\n\n"
        "Introduction\n\n"
        "Focus: What does it mean for a function to remember a variable?\n\n"
        "When you write a function inside another one, the inner function can still read "
        "the outer variables after the outer call is over.\n\n"
        "A closure is the inner function together with the variables it captured. It is "
        "not a copy of them.\n\n"
        "In one sentence: a closure is a function that remembers where it was written.\n"
    )
    assert not any("Junior" in prompt for prompt in asked), asked
    assert asked["What is a closure?"].startswith("The inner function together with")
    assert not any(prompt.endswith("of them?") for prompt in asked), asked


def test_a_label_in_capitals_over_a_term_is_asked_in_its_own_case() -> None:
    # 'MIXIN:' / 'Mixin is a class that is mixed with a module. ...' / 'MODULES:' / 'Module
    # is a degenerate abstract class. ...' / 'Example:' / code (web172/11-kiprosh-
    # mixins.txt) asked 'What is MODULES?'.
    asked = asked_of(
        "TRAIT:\n"
        "Trait is a bundle of methods that a class takes in without inheriting from it. A "
        "trait is not a class and has no state of its own.\n"
        "INTERFACES:\n"
        "Interface is a list of methods a class promises to provide, with no code of its "
        "own. An interface cannot be instantiated.\n"
        "Example:\n"
        "interface Runner\n"
        "def run\n"
        "end\n"
    )
    assert not any("INTERFACES" in prompt or "TRAIT" in prompt for prompt in asked), asked


def test_what_a_name_means_after_a_colon_is_asked() -> None:
    # 'Debounce: wait for a pause' / ... / 'Debounce means: keep pushing the action back
    # as long as new events keep arriving. ...' (web178/14-themissingmanual-
    # debouncing.txt) gave no card, titled by its whole heading.
    asked = asked_of(
        "Updated Jul 4, 2026\n\n"
        "Throttle: act at a steady pace\n\n"
        "A scroll handler gets dozens of events a second, and doing work on each one makes "
        "the page stutter.\n\n"
        "Throttle means: run the action at most once in each interval, however many "
        "events arrive. The rest are dropped.\n"
    )
    assert any(
        prompt.casefold().endswith("throttle mean?") and answer.startswith("Run the action")
        for prompt, answer in asked.items()
    ), asked


def test_a_plural_title_over_its_run_together_name_takes_no_article() -> None:
    # Since the title 'Persistent Volume Claims' answers to 'PersistentVolumeClaim'
    # (web177/01-rxm-persistent-volume-claim.txt), a page opening 'A VolumeSnapshot is
    # ...' under 'Volume Snapshots' was asked 'What is a volume snapshots?'.
    asked = asked_of(
        "Volume Snapshots\n\n"
        "A VolumeSnapshot is a copy of a volume taken at one moment. VolumeSnapshots copy "
        "data from a PersistentVolume through the storage driver. VolumeSnapshots will "
        "copy only volumes whose driver supports snapshots.\n"
        "Below is an example of a VolumeSnapshot:\n\n"
        "kind: VolumeSnapshot\n"
    )
    assert "What are volume snapshots?" in asked, asked


def test_a_summary_heading_with_nothing_under_it_is_read_without_a_crash() -> None:
    # Found by the fuzz test: 'Architecture' / '  • A bullet point' / '## In one sentence',
    # the summary's heading last with nothing under it, raised IndexError where the page
    # is checked for a caption over another subject.
    try:
        asked = asked_of("Architecture\n\n  • A bullet point\n\n## In one sentence\n")
    except cards.ParseError:
        asked = {}  # refused: nothing says what the page's concept is
    assert isinstance(asked, dict)
