"""Generation on hand-built entries: each kind, its direction and its options."""

from __future__ import annotations

from dataclasses import replace

from cards import cloze, truth
from cards.generation import candidates, generate
from cards.model import (
    Answering,
    Card,
    CardKind,
    Entry,
    Item,
    ItemKind,
    Layout,
    Section,
    SectionKind,
    Source,
    card_id,
)
from cards.names import NameIndex, distractors, mention
from cards.parsing import parse
from cards.rules import deck_problems, problems

P, B, N, Q = ItemKind.PARAGRAPH, ItemKind.BULLET, ItemKind.NUMBERED, ItemKind.QUESTION


def section(kind: SectionKind, heading: str, line: int, *items: tuple[ItemKind, str]) -> Section:
    """A section whose items stand on the lines after its heading."""
    built = []
    for offset, (item_kind, text) in enumerate(items, 1):
        if item_kind is Q:
            question, _, answer = text.partition("|")
            built.append(Item(Q, question, line + offset, answer, line + offset + 1))
        else:
            built.append(Item(item_kind, text, line + offset))
    return Section(kind, heading, line, tuple(built))


def backend_entry() -> Entry:
    """backend.vca.txt as the parser is expected to give it."""
    return Entry(
        title="Backend",
        slug="backend",
        file="backend.vca.txt",
        layout=Layout.PAGE,
        path="Beginner Path",
        tagline="The backend is the invisible brain — it handles rules, computation, "
        "security, and data access.",
        tags=("System Basics", "Logic", "Server"),
        next="Database",
        sections=(
            section(
                SectionKind.SUMMARY,
                "In one sentence",
                9,
                (
                    P,
                    "The backend is the 'invisible brain', handling business rules, "
                    "computation, and data access while guarding correctness and security.",
                ),
            ),
            section(
                SectionKind.EXPLANATION,
                "In Plain Language",
                13,
                (
                    P,
                    'When you hit "place order," a chain of checks runs behind the screen: '
                    "Are you logged in? Is there enough stock? Is the total correct? Those "
                    "decisions happen in the backend. It runs on a server, invisible to the "
                    "user, but it's where the real decisions are made.",
                ),
                (
                    P,
                    "The backend's most important value is guarding: data from the frontend "
                    "can't be fully trusted (users can tamper with it), so every important rule "
                    "and permission check must be redone on the backend. That's why \"never "
                    'trust data sent by the frontend" is an iron rule.',
                ),
                (
                    P,
                    "The backend is written in a programming language such as Python, "
                    "TypeScript, or Go, and the frontend reaches it through an API.",
                ),
            ),
            section(
                SectionKind.LIST,
                "The Three Jobs Every Backend Does",
                25,
                (
                    P,
                    "Strip away the frameworks and languages, and almost every backend boils "
                    "down to three jobs:",
                ),
                (
                    N,
                    "Validate the incoming data — is it the right shape, are required fields "
                    "present, are the values sane?",
                ),
                (
                    N,
                    "Apply the rules and permissions — is this person allowed to do this, and "
                    "does the action obey the business rules (enough stock, sufficient balance)?",
                ),
                (
                    N,
                    "Save data and coordinate other services — write to the database, and "
                    "trigger the payment, email, or notification that should follow.",
                ),
            ),
            section(
                SectionKind.MISCONCEPTION,
                "Common misconception",
                33,
                (
                    P,
                    "that the backend's main job is storing data. Storing is the database's "
                    "job — the backend's real value is enforcing rules and permissions and "
                    "coordinating the pieces. You can swap the database underneath without "
                    "changing what the backend guarantees.",
                ),
            ),
            section(
                SectionKind.TAKEAWAYS,
                "Key Takeaways",
                35,
                (B, "Backend = the invisible brain for rules, computation, and security."),
                (B, "Iron rule: never fully trust data sent by the frontend."),
                (B, "Critical checks (permissions, amounts, stock) must run on the backend."),
            ),
            section(
                SectionKind.ANALOGY,
                "An everyday analogy",
                41,
                (
                    P,
                    "The backend is a restaurant's kitchen: guests don't see it, but all the "
                    "real cooking, quality control, and inventory happen there.",
                ),
            ),
            section(
                SectionKind.PROS,
                "Pros",
                45,
                (B, "Centralizes rules and security the frontend can't bypass"),
                (B, "Can serve many frontends (web and app share one backend)"),
                (B, "AI is great at producing standard backend logic"),
            ),
            section(
                SectionKind.CONS,
                "Cons",
                51,
                (B, "When it fails, users can't see why — you need good logging and monitoring"),
                (B, "Heavy responsibility for performance and security; poor design is risky"),
            ),
            section(
                SectionKind.GOOD_FOR,
                "Good for",
                56,
                (B, "Apps that need login, payment, or stored data"),
                (B, "Systems with complex rules that must be strictly enforced"),
            ),
            section(
                SectionKind.NOT_FOR,
                "Not for",
                61,
                (B, "Purely static single-page sites with no dynamic data"),
            ),
            section(
                SectionKind.FAQ,
                "Frequently asked questions",
                79,
                (
                    Q,
                    "Can a website work without a backend?|A pure brochure site can (a static "
                    "site). But the moment you need things that must be remembered and verified "
                    "— login, saving data, payments — you need a backend to enforce the rules.",
                ),
                (
                    Q,
                    "Are the backend and the database the same thing?|No. The backend is the "
                    "brain that handles rules and flow; the database is the warehouse that "
                    "stores data. The backend decides who may read or write what — the database "
                    "just stores it safely.",
                ),
                (
                    Q,
                    "Do I have to run my own server for the backend?|No. Serverless (like "
                    "Cloudflare Workers) lets you write only the logic without managing servers, "
                    "and charges nothing when no one is using it — ideal for a $0 start as a "
                    "beginner.",
                ),
            ),
        ),
    )


def sibling(title: str, step: int, summary: str, *lists: str) -> Entry:
    """A small entry on the Beginner Path, with a summary and maybe a numbered list."""
    sections = [section(SectionKind.SUMMARY, "In one sentence", 3, (P, summary))]
    if lists:
        sections.append(
            section(SectionKind.LIST, f"What {title} Does", 6, *((N, text) for text in lists))
        )
    return Entry(
        title=title,
        slug=title.lower(),
        file=f"{title.lower()}.txt",
        layout=Layout.PAGE,
        path="Beginner Path",
        step=step,
        sections=tuple(sections),
    )


def siblings() -> list[Entry]:
    return [
        sibling(
            "Frontend",
            1,
            "The frontend is everything the user sees and touches.",
            "Render the screen — draw what the user sees.",
            "Collect the input — forms, clicks and taps.",
        ),
        sibling("API", 3, "An API is the menu of requests one program can make of another."),
        sibling("Database", 4, "The database is the warehouse where data is kept for good."),
    ]


# -- the backend entry, by content ---------------------------------------------------


def by_kind(deck: list[Card], kind: CardKind) -> list[Card]:
    return [card for card in deck if card.kind is kind]


def test_backend_gives_fifteen_cards_of_six_kinds_that_keep_the_rules() -> None:
    entry = backend_entry()
    deck = generate(entry, siblings(), seed=3)
    assert len(deck) >= 15
    assert len({card.kind for card in deck}) >= 6
    assert deck_problems(deck, entry) == []
    # The makers keep the rules themselves: the final filter only drops repeats.
    assert deck_problems(candidates(entry, siblings(), seed=3), entry) == []


def test_list_card_names_all_three_jobs_and_says_how_many() -> None:
    (card,) = [c for c in by_kind(generate(backend_entry()), CardKind.LIST)]
    assert card.prompt == "What are the three jobs every backend does?"
    assert card.answering is Answering.SELF
    for head in (
        "Validate the incoming data",
        "Apply the rules and permissions",
        "Save data and coordinate other services",
    ):
        assert head in card.answer
    assert "is it the right shape" not in card.answer  # the head only, not the explanation


def test_not_one_of_the_list_draws_the_odd_one_from_another_entry() -> None:
    deck = generate(backend_entry(), siblings(), seed=0)
    (card,) = [c for c in by_kind(deck, CardKind.LIST) if c.answering is Answering.CHOICE]
    assert card.prompt == "Which of these is not one of the three jobs every backend does?"
    assert card.answer in {"Render the screen", "Collect the input"}
    assert len(card.options) == 4


def test_no_odd_one_out_without_another_list() -> None:
    deck = generate(backend_entry())
    assert all(card.answering is Answering.SELF for card in by_kind(deck, CardKind.LIST))


def test_misconception_is_false_and_settled_by_the_next_sentence() -> None:
    deck = generate(backend_entry())
    card = next(c for c in by_kind(deck, CardKind.TRUEFALSE) if "storing data" in c.prompt)
    assert card.prompt == "True or false: the backend's main job is storing data."
    assert card.answer == "False"
    assert card.options == ("True", "False")
    assert card.explanation.startswith("Storing is the database's job")


def test_a_faq_answer_that_only_counts_is_not_made_into_a_card() -> None:
    # Hypothesis found it: a written question answered '0 A' was made into a card that the
    # deck's last check then had to drop; 'Seven layers.' names none of the layers.
    entry = parse(
        "# OSI model\n\nThe OSI model is a way to split networking into layers.\n\n"
        "## FAQ\n\n**What does the OSI model split networking into?**\n\nSeven layers.\n\n"
        "**How many layers does it have?**\n\nSeven layers.\n",
        "osi.md",
    )
    asked = {card.prompt: card.answer for card in candidates(entry, [], 0)}
    assert "What does the OSI model split networking into?" not in asked, asked
    assert asked["How many layers does it have?"] == "Seven layers.", asked


def test_truefalse_answers_are_not_all_false() -> None:
    answers = {card.answer for card in by_kind(generate(backend_entry()), CardKind.TRUEFALSE)}
    assert answers == {"True", "False"}


def test_one_faq_card_per_question_with_a_short_answer_and_the_paragraph() -> None:
    cards = by_kind(generate(backend_entry()), CardKind.FAQ)
    assert [card.prompt for card in cards] == [
        "Can a website work without a backend?",
        "Are the backend and the database the same thing?",
        "Do I have to run my own server for the backend?",
    ]
    assert cards[0].answer == "A pure brochure site can (a static site)."
    assert cards[0].explanation.endswith("you need a backend to enforce the rules.")
    # A bare 'No.' teaches nothing: the sentence that says why comes with it.
    assert cards[1].answer.startswith("No. The backend is the brain")


def test_a_cloze_for_each_key_takeaway_blanking_the_idea() -> None:
    deck = generate(backend_entry(), siblings())
    clozes = {card.explanation: card for card in by_kind(deck, CardKind.CLOZE)}
    equals = clozes["Backend = the invisible brain for rules, computation, and security."]
    assert equals.prompt == "Backend = the ____ for rules, computation, and security."
    assert equals.answer == "invisible brain"
    iron = clozes["Iron rule: never fully trust data sent by the frontend."]
    assert iron.prompt == "Iron rule: never fully trust data sent by the ____."
    assert iron.answer == "frontend"
    checks = clozes["Critical checks (permissions, amounts, stock) must run on the backend."]
    # The blank is the entry's own name, which the review header shows: typing it would
    # answer itself, so it is a choice among the path's concepts instead.
    assert checks.prompt == "Critical checks (permissions, amounts, stock) must run on the ____."
    assert checks.answering is Answering.CHOICE
    assert checks.answer == "Backend"
    assert {"Frontend", "Database"} <= set(checks.options)
    assert iron.answering is Answering.TYPED
    # The right-hand side of '=' is the page's own wording, which no one could type from
    # knowing the concept: the learner recalls it and rates themself.
    assert equals.answering is Answering.SELF


def test_no_typed_blank_on_the_entry_own_name_without_siblings_to_choose_from() -> None:
    clozes = by_kind(generate(backend_entry()), CardKind.CLOZE)
    assert clozes
    assert not [c.prompt for c in clozes if c.answer.casefold() in {"backend", "the backend"}]


def test_identify_offers_the_path_siblings_as_options() -> None:
    cards = by_kind(generate(backend_entry(), siblings(), seed=5), CardKind.IDENTIFY)
    assert cards
    for card in cards:
        assert card.answer == "Backend"
        assert card.prompt.startswith("Which concept")
        # The siblings the prompt does not name are the options: none is named in it.
        # With one left the card would be a coin toss: the name is recalled instead.
        unnamed = {
            t for t in ("Frontend", "Database", "API") if t.lower() not in card.prompt.lower()
        }
        if len(unnamed) >= 2:
            assert set(card.options) == {"Backend", *unnamed}
        else:
            assert card.answering is Answering.SELF and card.options == ()
    assert any(card.answering is Answering.CHOICE for card in cards)
    assert any(card.answering is Answering.SELF for card in cards)


def test_identify_falls_back_to_recall_without_siblings() -> None:
    cards = by_kind(generate(backend_entry()), CardKind.IDENTIFY)
    assert cards
    assert all(card.answering is Answering.SELF and card.options == () for card in cards)


def note(title: str, summary: str) -> Entry:
    """A loose note in a folder: on the folder's path, with no step or next of its own."""
    return replace(sibling(title, 1, summary), path="Notes", step=None)


def test_identify_recalls_the_name_when_loose_notes_are_of_other_kinds() -> None:
    # A folder of unrelated notes is no study set: 'Sourdough' and 'Tide' beside
    # 'Photosynthesis' are ruled out by anyone, knowing the concept or not.
    entry = note(
        "Photosynthesis",
        "Photosynthesis is a process by which green plants turn sunlight, water and air "
        "into sugar. Photosynthesis takes place in the chloroplasts of leaf cells.",
    )
    others = [
        note("Sourdough", "Sourdough is a bread leavened by wild yeast and lactic bacteria."),
        note("Tide", "A tide is the rise and fall of the sea twice a day."),
        note("Haiku", "A haiku is a poem of three short lines."),
    ]
    cards = by_kind(generate(entry, others, seed=1), CardKind.IDENTIFY)
    assert cards
    assert all(card.answering is Answering.SELF and card.options == () for card in cards)


def test_identify_recalls_the_name_once() -> None:
    entry = note(
        "Photosynthesis",
        "Photosynthesis is a process by which green plants turn sunlight, water and air "
        "into sugar. Photosynthesis takes place in the chloroplasts of leaf cells. "
        "Photosynthesis is the reason the air holds oxygen at all.",
    )
    (card,) = by_kind(generate(entry, seed=1), CardKind.IDENTIFY)
    assert card.answering is Answering.SELF
    assert "chloroplasts" in card.prompt  # the first of the two sentences


def test_identify_offers_loose_notes_of_the_same_kind() -> None:
    entry = note(
        "SMTP",
        "SMTP is a protocol that carries mail from the sender's server to the receiver's. "
        "SMTP is why an email can reach a mailbox kept by another provider.",
    )
    others = [
        note("FTP", "FTP is a protocol for moving files between two machines."),
        note("NTP", "NTP is a protocol that keeps the clocks of machines in step."),
        note("Haiku", "A haiku is a poem of three short lines."),
    ]
    cards = by_kind(generate(entry, others, seed=1), CardKind.IDENTIFY)
    assert cards
    for card in cards:
        assert card.answering is Answering.CHOICE
        assert set(card.options) == {"SMTP", "FTP", "NTP"}


def test_identify_asks_nothing_whose_prompt_names_the_answer() -> None:
    # Recalled or chosen, 'a Docker host' gives 'Docker container' away.
    entry = note(
        "Docker container",
        "A Docker container is a sealed box for running a program. A Docker container is "
        "the unit that a Docker host starts and stops.",
    )
    assert by_kind(generate(entry), CardKind.IDENTIFY) == []
    assert by_kind(generate(entry, [note("Haiku", "A haiku is a poem.")]), CardKind.IDENTIFY) == []


def test_proscons_and_fit() -> None:
    deck = generate(backend_entry(), seed=2)
    pros = {card.prompt: card.answer for card in by_kind(deck, CardKind.PROSCONS)}
    assert (
        pros["Pro or con of the backend: can serve many frontends (web and app share one backend)."]
        == "Pro"
    )
    assert list(pros.values()).count("Con") == 1
    # '... poor design is risky' says its own side: a learner answers from the word
    assert not any("risky" in prompt for prompt in pros)
    fit = {card.prompt: card for card in by_kind(deck, CardKind.FIT)}
    not_for = fit["Which of these is the backend not for?"]
    assert not_for.answer == "Purely static single-page sites with no dynamic data"
    assert set(not_for.options) == {
        not_for.answer,
        "Apps that need login, payment, or stored data",
        "Systems with complex rules that must be strictly enforced",
    }
    good_for = fit["Which of these is the backend good for?"]
    assert "Systems with complex rules that must be strictly enforced" not in good_for.options


def test_a_fit_answer_naming_the_entry_is_passed_over() -> None:
    # Found by hypothesis: a point cut short to 'Backend = the.', first under 'Good for',
    # was the answer to 'Which of these is Backend good for?': the prompt says it.
    entry = parse(
        "# Backend\n\n## Good for\n\n- Backend = the.\n"
        "- Shops that take payments\n\n## Not for\n\n- A page of static text\n",
        "backend.md",
    )
    fit = {card.prompt: card for card in by_kind(generate(entry), CardKind.FIT)}
    assert fit["Which of these is Backend good for?"].answer == "Shops that take payments"
    assert not any("Backend =" in option for card in fit.values() for option in card.options)


def test_cards_carry_source_identity_and_tags() -> None:
    entry = backend_entry()
    for card in generate(entry):
        assert card.id == card_id(entry.key, card.kind, card.prompt)
        assert card.entry == "backend" and card.entry_key == "beginner-path/backend"
        assert card.tags == entry.tags
        assert card.source.file == "backend.vca.txt" and card.source.line > 0
    definition = by_kind(generate(entry), CardKind.DEFINITION)[0]
    assert definition.prompt == "What is the backend?"
    assert definition.source == Source("backend.vca.txt", "In one sentence", 10)


def test_same_seed_same_cards_and_seed_only_moves_options() -> None:
    entry, others = backend_entry(), siblings()
    assert generate(entry, others, seed=9) == generate(entry, others, seed=9)
    seeds = [generate(entry, others, seed=seed) for seed in range(8)]
    assert len({tuple(card.id for card in deck) for deck in seeds}) == 1
    assert len({tuple(card.options for card in deck) for deck in seeds}) > 1


def test_generate_is_pure() -> None:
    entry, others = backend_entry(), siblings()
    before = (entry, tuple(others))
    generate(entry, others, seed=1)
    assert (entry, tuple(others)) == before


def test_an_entry_with_nothing_to_ask_gives_no_cards() -> None:
    empty = Entry("Empty", "empty", "empty.md", Layout.MARKDOWN, "Misc")
    assert generate(empty) == []


# -- the pieces: truth, blanks, names, the rules checker -----------------------------


def test_truth_has_a_direction() -> None:
    (belief,) = truth.misconception_claims("that HTTPS hides which sites you visit.")
    assert (belief.statement, belief.true) == ("HTTPS hides which sites you visit", False)
    (correction,) = truth.misconception_claims("HTTPS does not hide which sites you visit.")
    assert correction.true
    (practice,) = truth.misconception_claims("Keeping passwords in plain text.")
    assert practice.statement == "Keeping passwords in plain text is fine" and not practice.true
    myth, fact = truth.misconception_claims(
        "Myth: a CDN replaces the main server. Fact: it only keeps copies. "
        "The main server still answers what the copies cannot."
    )
    assert not myth.true and myth.settles == "it only keeps copies."
    assert fact.true and fact.statement.startswith("The main server still answers")
    # A bare statement with nothing to settle it is not judged either way.
    assert truth.misconception_claims("Caches are tricky.") == []


def test_a_pitfall_is_a_trap_stated_as_a_fact_not_a_belief() -> None:
    # Written in a new user's way: the warning, then what to do about it.
    (trap,) = truth.misconception_claims(
        "Common pitfall: a cached DNS answer outlives a changed record until its TTL ends. "
        "Shorten the TTL the day before you move a site."
    )
    assert (trap.statement, trap.true) == (
        "a cached DNS answer outlives a changed record until its TTL ends",
        True,
    )
    assert trap.settles.startswith("A cached DNS answer")
    # A belief or a practice under a warning is still false.
    (belief,) = truth.misconception_claims("Gotcha: thinking that hashing hides a password.")
    assert not belief.true
    (practice,) = truth.misconception_claims("Common pitfall: storing passwords in plain text.")
    assert not practice.true
    # Under a 'Common pitfalls' heading, the same.
    (under_heading,) = truth.misconception_claims(
        "A proxy hides the client's address from the server. Read the forwarded header.",
        warning=True,
    )
    assert under_heading.true


def test_a_pitfall_is_judged_up_to_its_clause_not_with_its_consequence() -> None:
    # A new user's notes ended 'Common pitfall: <doing something>, so <what goes wrong>'
    # and 'Common pitfall: assuming X; <the truth>'. Read whole, the first became a true
    # card of no claim at all ('keeping ..., so a user is logged out?' -> True), the
    # second a false card half true, and the rest '... is fine?' bolted after a clause.
    (kept,) = truth.misconception_claims(
        "Common pitfall: pinning every visitor's cart to one worker's memory, so a visitor "
        "sent to another worker finds an empty cart."
    )
    assert (kept.statement, kept.true) == (
        "Pinning every visitor's cart to one worker's memory is fine",
        False,
    )
    assert kept.settles.endswith("finds an empty cart.")  # the why, shown after the answer
    (assumed,) = truth.misconception_claims(
        "Common pitfall: assuming a retried request runs only once; a timeout may hide a "
        "request that did run, so handlers must be safe to repeat."
    )
    assert (assumed.statement, assumed.true) == ("a retried request runs only once", False)
    assert assumed.settles.startswith("Common pitfall: assuming a retried request")  # its verdict
    (dropped,) = truth.misconception_claims(
        "Common pitfall: ignoring that sockets close; a client has to reconnect."
    )
    assert dropped.statement == "Ignoring that sockets close is fine" and not dropped.true
    # a plain statement with its consequence stays one true claim
    (plain,) = truth.misconception_claims(
        "Common pitfall: old answers stay in resolvers until their TTL ends, so a move "
        "takes hours to reach everyone."
    )
    assert plain.true and plain.statement.endswith("takes hours to reach everyone")


def test_a_paragraph_opening_with_it_after_one_about_the_entry_is_about_the_entry() -> None:
    # A new user's notes said what each thing is for in a paragraph of its own, 'It is
    # used for ...', 'It also runs ...': no card came of any of them.
    entry = parse(
        "# Reverse proxy\n\nA reverse proxy is a server that takes requests in front of "
        "a group of app servers. It hands each request to one of them.\n\n"
        "It is used for ending TLS in one place, caching answers and hiding the app servers "
        "from the internet.\n\n"
        "It also keeps slow clients away from the app servers by reading their whole "
        "request first.\n",
        file="reverse-proxy.md",
    )
    claims = {card.prompt: card.answer for card in by_kind(generate(entry), CardKind.CLAIM)}
    assert claims["What is a reverse proxy used for?"].startswith("Ending TLS in one place")
    assert claims["What does a reverse proxy do?"].startswith("Keeps slow clients away")
    # after a paragraph about something else, 'It' may be that thing: nothing is asked
    other = parse(
        "# Reverse proxy\n\nA reverse proxy is a server that takes requests in front of "
        "a group of app servers.\n\nThe app servers run the code of the site. It is "
        "used for rendering pages.\n\nIt is used for reading the database too.\n",
        file="reverse-proxy.md",
    )
    assert by_kind(generate(other), CardKind.CLAIM) == []


def test_an_activity_is_asked_about_without_an_article() -> None:
    # 'What is a rate limiting?': a two-word name met only at sentence starts got 'a'.
    entry = parse(
        "# Request throttling\n\nRequest throttling is slowing a client down once it sends "
        "more than its share of requests in a minute.\n\nRequest throttling protects a "
        "service from a flood of calls.\n",
        file="throttling.md",
    )
    assert mention(entry) == "request throttling"
    prompts = [card.prompt for card in generate(entry)]
    assert "What is request throttling?" in prompts


def test_a_pitfalls_section_gives_true_cards() -> None:
    entry = parse(
        "# Proxy\n\nA proxy is a server that forwards requests on behalf of a client.\n\n"
        "## Common pitfalls\n\n"
        "- The server behind a proxy sees the proxy's address in place of the client's. "
        "Log the forwarded header instead.\n",
        file="proxy.md",
    )
    (card,) = by_kind(generate(entry), CardKind.TRUEFALSE)
    assert card.answer == "True" and "sees the proxy's address" in card.prompt


def test_blanks_carry_the_idea() -> None:
    concepts = NameIndex([("Frontend",), ("Backend", "server side")])
    quoted = cloze.find_blank("The backend is the 'invisible brain' of an app.", concepts)
    assert quoted is not None and quoted.answer == "invisible brain"
    concept = cloze.find_blank("Never fully trust data sent by the frontend.", concepts)
    assert concept is not None and concept.prompt.endswith("sent by the ____.")
    alias = cloze.find_blank("Permissions are checked on the backend.", concepts)
    assert alias is not None and alias.accepted == ("server side",)
    # Never a stop word, never the whole sentence, never a repeated answer.
    assert cloze.find_blank("It is.", concepts) is None
    assert cloze.find_blank("Cache = cache.", concepts) is None
    assert cloze.find_blank("The hardest part is knowing when to throw a copy away.") is None


def test_mention_follows_the_entry_text() -> None:
    assert mention(backend_entry()) == "the backend"
    api = sibling("API", 3, "An API is the menu of requests one program can make of another.")
    assert mention(api) == "an API"
    dns = sibling("DNS", 8, "DNS turns names into addresses; DNS answers are cached.")
    assert mention(dns) == "DNS"


def test_distractors_never_share_a_name_with_the_answer() -> None:
    entry = backend_entry()
    twin = sibling("Server side", 9, "The server side runs the rules.")
    twin = replace(twin, aliases=("Backend",))
    picked = [other.title for other in distractors(entry, [twin, *siblings()])]
    assert "Server side" not in picked and sorted(picked) == ["API", "Database", "Frontend"]


def test_distractors_are_the_path_entries_nearest_in_subject_first() -> None:
    # Among many steps, the options are those sharing the most words with the entry
    # (its title, tags and definition), not the first ones in the list.
    entry = backend_entry()
    far = [sibling(f"Topic {n}", n + 10, f"Topic {n} is about painting {n}.") for n in range(20)]
    near = sibling("Server", 40, "A server is a computer that runs the backend rules and security.")
    picked = [other.title for other in distractors(entry, [*far, near], limit=3)]
    assert picked[0] == "Server"


def test_the_rules_checker_catches_bad_cards() -> None:
    entry = backend_entry()
    good = generate(entry, siblings())
    identify = next(
        card
        for card in good
        if card.kind is CardKind.IDENTIFY and card.answering is Answering.CHOICE
    )
    cloze_card = next(card for card in good if card.kind is CardKind.CLOZE)
    bad = [
        replace(cloze_card, prompt=cloze_card.prompt.replace("____", cloze_card.answer)),
        replace(identify, options=(*identify.options[:-1], "Backend", "Backend")),
        replace(identify, prompt="Which concept, the backend, is a kitchen?"),
        replace(cloze_card, explanation=""),
        replace(cloze_card, id="c1-0"),
    ]
    for card in bad:
        assert problems(card, entry), card
    wrong = next(option for option in identify.options if option != identify.answer)
    aliased = replace(entry, aliases=(wrong,))
    assert problems(identify, aliased)  # that wrong option would now be right too
    assert deck_problems([good[0], good[0]], entry)  # asked twice


def test_a_question_is_the_same_from_three_quarters_of_its_words() -> None:
    from cards.generation import _Asked

    def asked_before(fingerprint: frozenset[str], kept: list[frozenset[str]]) -> bool:
        asked = _Asked()
        for earlier in kept:
            asked.add(earlier)
        return asked.before(fingerprint)

    kept = [frozenset({"backend", "check", "permi", "again"})]
    assert asked_before(frozenset({"backend", "check", "permi"}), kept)  # 3 of 4: same
    assert not asked_before(frozenset({"backend", "check"}), kept)  # 2 of 4: another
    assert not asked_before(frozenset({"backend", "check", "permi", "x", "y"}), kept)
    assert not asked_before(frozenset(), [frozenset()])


def test_many_questions_are_told_apart_in_time_linear_in_their_number() -> None:
    # 20,000 FAQ questions differing in one word each: every one is kept, and the check
    # compares each only with the questions that share a word with it.
    from cards.generation import _Asked

    asked = _Asked()
    count = 20_000
    for n in range(count):
        fingerprint = frozenset({f"word{n}", f"other{n}", "shared"})
        assert not asked.before(fingerprint)
        asked.add(fingerprint)
    assert asked.compared <= _Asked.RECENT * count  # not count * count / 2
    assert asked.before(frozenset({"word7", "other7", "shared"}))  # a repeat is still seen


def test_a_comma_between_adjectives_does_not_cut_the_blank_to_one_word() -> None:
    blank = cloze.find_blank(
        "Storage = a cheap, scalable home for whole files, each found by its key."
    )
    assert blank is not None and blank.answer == "cheap, scalable home"
    blank = cloze.find_blank("Database = the organised, searchable memory of an application.")
    assert blank is not None and blank.answer == "organised, searchable memory"
    blank = cloze.find_blank("CDN = copies of content kept close to users, to cut waiting time.")
    assert blank is not None and blank.answer == "copies"


def _list_entry(title: str, heading: str, heads: list[str]) -> Entry:
    """A step of a laid-out path (its front matter gives it a step): its siblings' lists
    may lend the odd one out, as a loose note's may not."""
    items = "\n".join(f"{n}. {head} — what {head} does here." for n, head in enumerate(heads, 1))
    text = (
        f"---\nstep: 1\n---\n# {title}\n\n## Summary\n\n{title} is a thing.\n\n"
        f"## {heading}\n\n{items}\n"
    )
    return parse(text, file=f"{title}.md", default_path="Path")


def _odd_one(entry: Entry, others: list[Entry]) -> Card | None:
    choice = [c for c in generate(entry, others) if c.kind is CardKind.LIST and c.options]
    return choice[0] if choice else None


def test_an_odd_one_out_among_capitals_is_in_capitals_too() -> None:
    methods = _list_entry("API", "The four HTTP methods", ["GET", "POST", "PUT", "DELETE"])
    jobs = _list_entry("Frontend", "The three jobs", ["Show information", "Collect input", "Talk"])
    records = _list_entry("DNS", "The three record types", ["A", "CNAME", "MX"])
    alone = _odd_one(methods, [methods, jobs])
    assert alone is None  # 'Show information' beside GET and POST would give itself away
    card = _odd_one(methods, [methods, jobs, records])
    assert card is not None and card.answer in {"A", "CNAME", "MX"}
    words_card = _odd_one(jobs, [jobs, methods, records])
    assert words_card is None or not words_card.answer.isupper()


def test_the_seed_moves_the_wrong_options_but_never_swaps_them() -> None:
    text = "# Frontend\n\n## Good for\n\n- Forms\n\n## Not for\n\n" + "".join(
        f"- {word}\n" for word in ("Secrets", "Prices", "Rules", "Payments", "Tokens")
    )
    entry = parse(text, file="frontend.md")
    drawn: dict[str, set[frozenset[str]]] = {}
    for seed in range(6):
        for card in generate(entry, [], seed):
            if card.kind is CardKind.FIT:
                drawn.setdefault(card.prompt, set()).add(frozenset(card.options))
    assert len(drawn) == 2 and all(len(options) == 1 for options in drawn.values())


def test_a_quoted_label_or_example_is_no_blank_but_a_coined_idea_is() -> None:
    for sentence in (
        'Think of pressing "pay" in an online shop.',
        'The product photos and the "add to cart" button belong to the frontend.',
        'Tap "Save" and the form is sent to the backend.',
        'For example, a shop may call its cart the "shopping basket" on every page.',
        'Object storage cannot answer "which photos show a dog?" for you.',
    ):
        assert cloze.find_blank(sentence, strong_only=True) is None, sentence
    blank = cloze.find_blank("The backend is the 'invisible brain', handling the rules.")
    assert blank is not None and blank.answer == "invisible brain"
    # A longer quote beside 'button' is no label: it is still the idea of the sentence.
    blank = cloze.find_blank('The "single source of truth" button rule keeps data in one place.')
    assert blank is not None and blank.answer == "single source of truth"
    # Passed over, the label leaves the sentence to the next way of finding a blank.
    blank = cloze.find_blank(
        'Pressing "pay" sends the order to the backend.', NameIndex([("Backend",)])
    )
    assert blank is not None and blank.answer == "backend"


def test_a_sentence_that_points_back_gives_no_cloze() -> None:
    assert cloze.find_blank("It runs on a server, invisible to the user.") is None
    assert cloze.find_blank("This is why the backend = the invisible brain.") is None


def test_an_odd_one_out_is_drawn_per_card_among_the_lists_that_fit() -> None:
    jobs = [
        _list_entry(f"Concept {n}", "The three steps", [f"{verb} the {noun}" for verb in verbs])
        for n, (noun, verbs) in enumerate(
            [
                ("order", ["Take", "Pack", "Ship"]),
                ("photo", ["Crop", "Tint", "Frame"]),
                ("letter", ["Write", "Seal", "Post"]),
                ("garden", ["Dig", "Sow", "Water"]),
                ("bread", ["Knead", "Prove", "Bake"]),
            ]
        )
    ]
    odd = {}
    for entry in jobs:
        others = [other for other in jobs if other is not entry]
        card = _odd_one(entry, others)
        assert card is not None
        assert card.answer not in card.explanation.split(":")[1]  # not one of its own heads
        # 'The three steps' says of what only by its page: the entry is named beside it
        assert card.explanation.startswith(
            f"“{card.answer}” is one of the three steps of a concept"
        )
        odd[entry.title] = card.answer
        again = _odd_one(entry, others)
        assert again is not None and again.answer == card.answer  # the same card each time
        for seed in (1, 2):
            shuffled = [
                c for c in generate(entry, others, seed) if c.options and c.kind is CardKind.LIST
            ]
            assert shuffled[0].answer == card.answer  # the seed moves options only
    # Not the first fitting list for everyone: the odd ones come from several lists.
    sources = {answer.split()[-1] for answer in odd.values()}
    assert len(sources) >= 3, odd


def test_an_odd_one_out_sharing_a_word_with_the_heads_comes_last() -> None:
    # 'Save the file' beside 'Save the data' could pass for one of the backend's jobs.
    sharing = ["Save the file", "Check the key", "Send the data"]
    upload = _list_entry("Storage", "The three steps", sharing)
    backend = _list_entry("Backend", "The three jobs", ["Check the data", "Save the data", "Reply"])
    cdn = _list_entry("CDN", "The three steps", ["Route to an edge", "Serve a hit", "Fetch a miss"])
    for others in ([upload, cdn], [cdn, upload]):
        card = _odd_one(backend, others)
        assert card is not None and card.answer in {
            "Route to an edge",
            "Serve a hit",
            "Fetch a miss",
        }
    alone = _odd_one(backend, [upload])  # better than no card at all
    assert alone is not None and alone.answer in sharing


def test_an_odd_one_out_never_names_the_entry_it_is_asked_about() -> None:
    backend = _list_entry(
        "Backend", "The three jobs", ["Check the data", "Apply the rules", "Reply"]
    )
    frontend = _list_entry(
        "Frontend", "The three jobs", ["Talk to the backend", "Draw pages", "Take input"]
    )
    card = _odd_one(backend, [frontend])
    # 'Talk to the backend' among the backend's own jobs is plainly not one of them.
    assert card is not None and card.answer in {"Draw pages", "Take input"}


def test_the_end_of_a_set_phrase_is_no_blank() -> None:
    # 'granted on ____' asks for the idiom's word, not for the idea of the sentence.
    assert cloze.find_blank("A bucket should be private, with access granted on purpose.") is None
    assert cloze.find_blank("Branches let several people work at once.") is None
    blank = cloze.find_blank("Prices are worked out on the server, never taken from the request.")
    assert blank is not None and blank.answer == "request"


def test_a_mistake_said_as_what_some_do_is_a_practice_not_a_false_fact() -> None:
    # A new user's note: 'Common mistake' over what some APIs really do. Read as a belief,
    # the card asked 'True or false: some APIs return 200 ....' -> False, which is untrue.
    (done,) = truth.misconception_claims(
        "Some APIs return 200 with an error message in the body. This breaks caching, "
        "because tools read the status code and not the body."
    )
    assert (done.statement, done.true) == (
        "Returning 200 with an error message in the body is fine",
        False,
    )
    assert done.settles.startswith("Some APIs return 200") and "breaks caching" in done.settles
    (stored,) = truth.misconception_claims(
        "Many teams still store secrets in the repository. Anyone who can read it sees them."
    )
    assert stored.statement == "Storing secrets in the repository is fine"
    assert truth.gerund("put") == "putting" and truth.gerund("tie") == "tying"
    assert truth.gerund("use") == "using" and truth.gerund("keep") == "keeping"


def test_a_practice_with_its_consequence_in_one_sentence_is_judged_alone() -> None:
    # 'Putting X silently turns it into Y, because Z' became 'Putting X silently turns it
    # into Y, because Z is fine?': the consequence was read as part of the practice.
    (practice,) = truth.misconception_claims(
        "Filtering the right table in the WHERE clause of a LEFT JOIN silently turns it "
        "into an inner join, because the empty rows fail the test. Filter in ON instead."
    )
    assert practice.statement == (
        "Filtering the right table in the WHERE clause of a LEFT JOIN is fine"
    )
    assert not practice.true
    assert practice.settles == (
        "Filtering the right table in the WHERE clause of a LEFT JOIN silently turns it into "
        "an inner join, because the empty rows fail the test. Filter in ON instead."
    )


def test_a_plural_title_over_a_singular_definition_asks_the_singular() -> None:
    # A new user's '# Git branches' over 'A Git branch is ...' gave no card at all.
    entry = parse(
        "# Git branches\n\nA Git branch is a movable pointer to one commit. Making one is "
        "cheap.\n\n## Why it matters\n\nWork can go on without touching the main line.\n"
    )
    deck = {card.prompt: card.answer for card in generate(entry, [])}
    assert deck["What is a Git branch?"] == "A movable pointer to one commit."


def test_a_loose_note_takes_its_odd_one_out_from_itself_only() -> None:
    # A new user's notes in one folder: 'Guards consistency' (another note's list) stood
    # among the classes of status codes, plainly not one of them.
    def loose(title: str, heading: str, heads: list[str]) -> Entry:
        items = "\n".join(
            f"{n}. {head} — what {head} does here." for n, head in enumerate(heads, 1)
        )
        text = f"# {title}\n\n## Summary\n\n{title} is a thing.\n\n## {heading}\n\n{items}\n"
        return parse(text, file=f"{title}.md", default_path="Notes")

    jobs = loose("Frontend", "The three jobs", ["Show information", "Collect input", "Talk"])
    steps = loose("Backend", "The three steps", ["Check the data", "Save the data", "Reply"])
    assert _odd_one(jobs, [jobs, steps]) is None
