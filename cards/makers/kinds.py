"""Kind cards: 'What is an anonymous function?' on a page about functions.

A page about X often defines kinds and parts of X on the way: a term holding a word of
X's name ('inner function'), or a name written in capitals ('HEAD' in a note on Git
branches, 'INNER JOIN' in one on SQL joins), defined or said to act by a sentence of its
own. A few per entry at most.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.defining import called_name, definition_of, spells_out
from cards.glossary import says_it_compares
from cards.makers.claim_shapes import claim_of
from cards.makers.claims import first_clause, opens_on_its_name
from cards.makers.context import Context
from cards.makers.definitions import BESIDE_THE_POINT, EVALUATIVE, STORY, WEAK
from cards.makers.prose import sentences_of, stands_alone
from cards.model import Answering, Card, CardKind, Layout, Section, SectionKind
from cards.names import (
    body_text,
    capitalised_inside,
    either_number,
    same_or_plural,
    status_code,
)
from cards.rules import fold
from cards.sentences import indefinite, lower_first, noun_in_ings, strip_end, upper_first, words

# How many kinds of the entry one entry asks about: the rest of a long page's are left.
_MAX_KINDS = 6
# How much of the page a name is looked up in (characters).
_LOOKED_UP = 20_000
# A bracket that points at the page's example ('(square in this case)'), not the idea.
_EXAMPLE_ASIDE = re.compile(r"\s*\([^()]*\b(?:in this case|e\.g\.|for example|see below)\b[^()]*\)")


# Words no term of a kind holds: verbs, conjunctions, places ('Latency can also').
_NOT_IN_A_TERM = frozenset(
    (
        *("can", "may", "also", "will", "could", "would", "should", "must", "and", "or"),
        *("in", "on", "at", "for", "with", "to", "by", "much", "very", "is", "are"),
        # a clause's opening: 'Since a heap is a complete binary tree, ...'
        *("since", "because", "although", "though", "while", "when", "if", "unless"),
        *("whereas", "once", "thus", "hence", "therefore"),
    )
)
# Words that make a name point back at one the page spoke of: 'the chosen plan'.
_POINTS_BACK = frozenset(
    (
        *("chosen", "selected", "resulting", "given", "same", "above", "following"),
        *("previous", "final", "original", "current", "latter", "former", "said"),
    )
)
# Words that weigh a thing rather than name a kind of it: 'the real cost', 'the total'.
_HOW_MUCH_OF_IT = frozenset(("real", "true", "actual", "overall", "whole"))
# A predicate that names what kind of thing the term is: 'a function without a name'.
_NAMES_A_THING = re.compile(r"^(?:an?|the|one|any)\s+\w", re.I)


# What a thing does, said of an unnamed few: 'Offers some functions which we can use ...'.
_VAGUE_OBJECT = re.compile(r"^[A-Za-z]+\s+(?:some|several|many|various|a\s+few)\s", re.I)


# What a thing is called with a word for its kind after its name: 'a phishing attack',
# 'the salting technique' (the thing itself, no kind of it).
_THE_THING_AS_A_KIND = re.compile(
    r"^What (?:is|are) (?:an?\s+|the\s+)?(?P<name>.+?)\s+(?:attacks?|techniques?|methods?|"
    r"approach(?:es)?|process(?:es)?|practices?|strateg(?:y|ies)|concepts?|scams?)\?$"
)


def _the_thing_by_its_kind(prompt: str, own: set[str]) -> bool:
    """Whether a kind's question asks for the entry itself by a word for its kind."""
    asked = _THE_THING_AS_A_KIND.match(prompt)
    return asked is not None and fold(asked["name"]) in own


def kind_cards(ctx: Context) -> Iterator[Card]:
    """'An anonymous function is a function without a name.' -> 'What is an anonymous
    function?'; 'An INNER JOIN returns only the rows that match.' -> 'What does an INNER
    JOIN return?'.

    A page about X often defines kinds and parts of X on the way: a term holding X's
    name ('inner function', 'function name', 'left join' under 'SQL joins'), or a name
    in capitals, defined by a sentence of its own or said there to do something.
    """
    own = {fold(name) for name in ctx.entry.names}
    yield from _vocabulary_cards(ctx, own)
    heads = [word for name in ctx.entry.names for word in words(name)[-1:]]
    whole = f"What {ctx.be()} {ctx.mention}?"  # the entry's own question
    asked = 0
    # Where a two-word name is looked for again: the page's opening, so that a page of
    # many such sentences is not searched whole for each
    page = ctx.folded_body[:_LOOKED_UP]
    body = body_text(ctx.entry)[:_LOOKED_UP]
    kinds = (SectionKind.SUMMARY, SectionKind.EXPLANATION, SectionKind.OTHER)
    # (a note's own heading over a term; a page copied as text heads the site's other
    # entries so too, under 'Related Terms')
    noted = ctx.entry.layout in (Layout.MARKDOWN, Layout.NOTE)
    supposed: dict[int, set[int]] = {}  # by section: its items in a supposed case
    previous: tuple[int, str] = (0, "")  # the item and sentence read last
    for section, item, sentence in sentences_of(ctx.entry, *kinds):
        if asked >= _MAX_KINDS:
            return
        before = previous[1] if previous[0] == id(item) else ""
        previous = (id(item), sentence)
        named = _named_after_it(before, sentence, own)
        if named is not None:
            # 'When two threads change one variable at once, ... . This is called a race
            # condition.': what a thing is, then its name
            yield ctx.card(
                CardKind.DEFINITION, Answering.SELF, *named, section, item, explanation=sentence
            )
            asked += 1
            continue
        if not stands_alone(sentence) or len(words(sentence)) > 30:
            continue
        if id(section) not in supposed:
            supposed[id(section)] = _supposed_points(section)
        if id(item) in supposed[id(section)]:
            # 'Suppose you configure Provisioned Concurrency as:' / '5' / 'AWS keeps 5
            # Lambda execution environments ...': what happens in the page's example
            continue
        asking = (
            _defined_kind(sentence, own, heads, whole, body, section.heading if noted else "")
            or _acting_kind(sentence, own, heads, section.heading, page)
            or _meaning_of_code(sentence)
            or _named_last(sentence, own)
            or _labelled_kind(sentence, own)
        )
        if asking is None:
            continue
        if asking[0].endswith(" do?") and _VAGUE_OBJECT.match(asking[1]):
            continue  # 'What does JS do?' -> 'Offers some functions ...': one of countless
        prompt, answer = asking
        if _the_thing_by_its_kind(prompt, own):
            continue  # 'What is a phishing attack?' beside 'What is phishing?': one thing
        if not prompt.startswith(("What is ", "What are ")) and opens_on_its_name(ctx, answer):
            # 'What does MFA defeat?' -> 'Brute force even if ...' on the brute force
            # attack's page: the page's own concept, which its header gives away
            continue
        yield ctx.card(
            CardKind.DEFINITION if prompt.startswith(("What is ", "What are ")) else CardKind.CLAIM,
            Answering.SELF,
            prompt,
            answer,
            section,
            item,
            explanation=sentence,
        )
        asked += 1
        letters = _LETTERS_THEN_WORDS.match(sentence)
        if letters is not None and _spelled(letters["short"], letters["long"]):
            # 'PSI (pounds per square inch) is the unit ...': its letters, asked too, as
            # the entry's own are ('What does PSI stand for?')
            yield ctx.card(
                CardKind.DEFINITION,
                Answering.SELF,
                f"What does {letters['short']} stand for?",
                upper_first(letters["long"]),
                section,
                item,
                explanation=sentence,
            )


# A name in capitals with its words spelled out in brackets after it: 'PSI (pounds per
# square inch) is ...'.
_LETTERS_THEN_WORDS = re.compile(r"(?P<short>[A-Z]{2,6})\s+\((?P<long>[A-Za-z][\w -]{3,60})\)\s")


def _spelled(short: str, long: str) -> bool:
    """Whether `long` spells out the letters `short`, its small words left out as
    abbreviations leave them ('pounds per square inch' for PSI, 'anti-lock braking
    system' for ABS)."""
    if spells_out(short, long):
        return True
    said = [word for word in long.split() if word.lower() not in _SMALL_WORDS]
    return "".join(word[0] for word in said).upper() == short


_SMALL_WORDS = frozenset(("per", "of", "and", "the", "for", "to", "a", "an", "in", "on"))


def _supposed_points(section: Section) -> set[int]:
    """The points of a section (by id) that follow one opening a supposed case ('Suppose
    you configure ...', 'Imagine ...'), or all of them under such a line read as a
    heading: they tell what happens in the example. (Worked out once per section: asked
    point by point, a section of many points was read over again for each.)"""
    if STORY.match(section.heading.strip()):
        return {id(item) for item in section.items}
    opened = next(
        (k for k, item in enumerate(section.items) if STORY.match(item.text.strip())), None
    )
    return set() if opened is None else {id(item) for item in section.items[opened + 1 :]}


# A list's labelled point glossing a kind: 'MX (Mail Exchanger) record: A type of DNS record
# that specifies the mail server ...', its letters spelled out in brackets.
_LABELLED_KIND = re.compile(
    r"^(?P<term>[A-Z][\w.+/-]*)(?:\s+\([^()]{2,40}\))?(?P<rest>(?:\s+[\w-]+){0,2}):\s+"
    r"(?P<gloss>(?i:an?|one)\s+(?:type|kind|form|sort|class)\s+of\s+(?P<kind>[^.,;]{3,60}?)"
    r"\s+(?:that|which|used)\s.{8,})$"
)


# A note's part that lists the words it uses, each glossed: '## Vocab', 'Key terms'.
_VOCABULARY = re.compile(
    r"(?:my\s+|key\s+|useful\s+|important\s+|new\s+|basic\s+)?(?:vocab|vocabulary|glossary|"
    r"terms|terminology|jargon|words(?:\s+to\s+know)?)\s*:?",
    re.I,
)
# One of its lines: the word, a colon or a dash, then what it means.
_TERM_GLOSS = re.compile(
    r"^(?P<term>[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,3})\s*(?::|\s[—–-])\s+(?P<gloss>\S.{5,})$"
)
# A gloss of a stuff, no article before it, no sentence: 'thick matcha made with less water'.
_BARE_GLOSS = re.compile(
    r"^(?!(?:see|it|this|they|he|she|we|you|i|is|are|was|were)\b)[a-z][\w-]*\s+[a-z][\w-]*\s+"
    r"(?:made|used|that|which|with|for|of|from|brewed|served)\b",
    re.I,
)
_MAX_TERMS = 12  # words asked of one vocabulary list


def _vocabulary_cards(ctx: Context, own: set[str]) -> Iterator[Card]:
    """'What is a portafilter?' of '## Vocab' / '- **Portafilter**: the handle with a
    basket that holds the coffee.' in a note on espresso: the words a learner listed under
    the note's own concept, each glossed, asked as a glossary's are."""
    asked = 0
    for section in ctx.entry.sections:
        if not _VOCABULARY.fullmatch(section.heading.strip()):
            continue
        for item in section.items:
            found = _TERM_GLOSS.match(item.text.strip())
            if found is None or fold(found["term"]) in own or asked >= _MAX_TERMS:
                continue
            term, gloss = found["term"], upper_first(strip_end(found["gloss"])) + "."
            # ('The handle with a basket ...': a gloss's 'the' is no sign of a sentence)
            read = re.sub(r"^The\s", "A ", gloss)
            if (
                definition_of(read, (term,), pronoun=True, fragment=True) is None
                # ('Koicha: thick matcha made with less water.': a stuff, bare)
                and not _BARE_GLOSS.match(gloss)
            ):
                continue  # 'Lungo: see ristretto.': no gloss of its own
            if term[1:] == term[1:].lower():
                term = lower_first(term)  # (its capital only the line's start)
            article = "" if term[:1].isupper() or term.endswith("ing") else indefinite(term) + " "
            yield ctx.card(
                CardKind.DEFINITION,
                Answering.SELF,
                f"What is {article}{term}?",
                gloss,
                section,
                item,
                explanation=item.text,
            )
            asked += 1


def _labelled_kind(sentence: str, own: set[str]) -> tuple[str, str] | None:
    """'What is an MX record?' of '- MX (Mail Exchanger) record: A type of DNS record that
    specifies the mail server ...' on a page about DNS: a kind of the entry's, glossed."""
    labelled = _LABELLED_KIND.match(sentence)
    if labelled is None or not any(
        re.search(rf"\b{re.escape(name)}\b", fold(labelled["kind"])) for name in own
    ):
        return None
    term = labelled["term"] + labelled["rest"]
    if fold(term) in own:
        return None
    return f"What is {indefinite(term)} {term}?", upper_first(strip_end(labelled["gloss"])) + "."


def _named_last(sentence: str, own: set[str]) -> tuple[str, str] | None:
    """'What is food chain?' of 'The flow of energy from one trophic level to another is
    called food chain.': another concept of the page, named after what it is."""
    name = called_name(sentence)
    if not name or fold(name) in own or any(either_number(name, other) for other in own):
        return None
    defined = definition_of(sentence, (name,))
    if defined is None or len(words(defined.predicate)) < 5:
        return None
    if any(rule.match(defined.predicate) for rule in (EVALUATIVE, WEAK, BESIDE_THE_POINT)):
        return None
    said = re.search(
        rf"\b(?:called|known\s+as|termed)\s+(?P<article>an?\s+|the\s+)?{re.escape(name)}", sentence
    )
    article = (said["article"] or "").lower() if said is not None else ""
    be = "are" if re.search(r"\bare\s+(?:called|known|termed)\b", sentence) else "is"
    return f"What {be} {article}{name}?", upper_first(strip_end(defined.predicate)) + "."


# A sentence that names what the sentence before told: 'This is called a race condition.'
_THIS_IS_CALLED = re.compile(
    r"^(?:this|that|such\s+a\s+[a-z]+)\s+(?:is|was)\s+(?:called|known\s+as|termed)\s+"
    r"(?P<article>an?\s+|the\s+)?(?P<name>[\w-]+(?:\s+[\w-]+){0,3})\.$",
    re.I,
)
# A sentence that tells a thing, then names it after a colon: '..., neither can go on:
# this is a deadlock.'
_THEN_THIS_IS = re.compile(
    r"^(?P<what>[^:;]{20,}?)[:;]\s+this\s+is\s+(?:called\s+)?(?P<article>an?\s+|the\s+)"
    r"(?P<name>[\w-]+(?:\s+[\w-]+){0,2})\.$",
    re.I,
)


def _named_after_it(before: str, sentence: str, own: set[str]) -> tuple[str, str] | None:
    """('What is a race condition?', 'When two threads change ...') of a sentence naming
    what the sentence `before` it told ('This is called a race condition.'), or what the
    same sentence told before its colon ('...: this is a deadlock.'); None otherwise."""
    called = _THIS_IS_CALLED.match(sentence.strip())
    told = before
    if called is None:
        called = _THEN_THIS_IS.match(sentence.strip())
        told = called["what"] + "." if called is not None else ""
    if called is None or not told or not stands_alone(upper_first(told)):
        return None
    name = called["name"]
    if fold(name) in own or any(either_number(name, other) for other in own):
        return None  # the page's own concept: its definition card asks it
    if len(words(told)) > _LONGEST_TOLD:
        return None
    article = (called["article"] or "").lower()
    return f"What is {article}{name}?", upper_first(strip_end(told)) + "."


_LONGEST_TOLD = 40  # words of what a named thing is said to be, at most


def _a_term(term: str, own: set[str], heads: list[str]) -> bool:
    """Whether a sentence's subject is a term of its own: not the entry, a kind of it
    (holding its head word, in either number) or a name in capitals ('HEAD')."""
    term_words = words(term)
    if fold(term) in own or not term_words or len(term_words) > 4:
        return False
    if any(either_number(term, name) for name in own):
        return False  # 'Cookie banners are ...' where 'cookie banner' is another of its names
    if _NOT_IN_A_TERM.intersection(term_words) or any(w.endswith("ly") for w in term_words):
        return False  # 'Latency can also', 'Encryption in modern ciphers': not a term
    if term_words[0].lower() in _POINTS_BACK:
        return False  # 'The chosen plan is a tree of ...': the plan the page spoke of, no kind
    if _CAPITALS.fullmatch(term):
        # ('RGB' of 'RGB color model' is the entry, named short; 'SLA' of 'SLA vs SLO' a side)
        return not any(
            same_or_plural(term, name)
            or (name.startswith(f"{fold(term)} ") and not says_it_compares(name))
            for name in own
        )
    return len(term_words) >= 2 and any(
        either_number(word, head) for word in term_words for head in heads
    )


def _defined_kind(
    sentence: str, own: set[str], heads: list[str], whole: str, text: str, heading: str = ""
) -> tuple[str, str] | None:
    """'What is an anonymous function?' of 'An anonymous function is a function ...';
    `whole` when the term is the entry's own name cut short ('The status code is ...'
    under 'HTTP status code': which status code, the card must say). A term the section's
    `heading` names is one too: '## Crema' / 'Crema is the golden-brown foam on top ...'
    in a note on espresso."""
    defined = definition_of(sentence)
    if defined is None or len(words(defined.predicate)) < 4:
        return None
    term = defined.name
    code = status_code(term)
    if code and code != status_code(whole):
        return None  # 'A 410 error means ...' on a page on 404: another code, said beside
    if re.search(r"\b(?:these|those)\s+[a-z]", defined.predicate, re.I):
        return None  # '... the movement of these plates': which, the sentence before says
    if re.match(r"the\s", sentence, re.I) and words(term)[0].lower() in _HOW_MUCH_OF_IT:
        return None  # 'The real cost of an action is ...': the entry weighed, no kind of it
    if any(fold(other) in own for other in (defined.expansion, defined.abbreviation) if other):
        return None  # 'Security Assertion Markup Language (SAML) is ...': the entry itself
    # Of two words or more: 'API' under 'REST API' is the wider concept, not the entry.
    # (Not a side of a comparison's title: 'Viewstamped Replication' of 'Zab vs ...'.)
    # (Nor the product a title places its name in: 'AWS Lambda is ...' under
    # 'Provisioned Concurrency in AWS Lambda' defines the product, not the feature.)
    shortened = (
        " " in term.strip()
        and any(
            name.endswith(" " + fold(term))
            and not name[: -len(term) - 1].endswith((" in", " on", " for", " of", " with"))
            for name in own
        )
        and not says_it_compares(whole)
    )
    headed = bool(heading) and fold(heading) == fold(term) and fold(term) not in own
    if not shortened and not headed and not _a_term(term, own, heads):
        return None
    if not _NAMES_A_THING.match(defined.predicate):
        return None  # 'is formally defined at ...', 'is good': says something else of it
    doing, _, done_to = term.partition(" ")
    if doing.lower().endswith("ing") and fold(done_to) in own and defined.predicate[:4] == "the ":
        # 'Recognizing bike shedding is the first step to ...' under 'Bike shedding': a
        # doing to the entry, said to be where something starts (a kind is said to be 'a'
        # thing: 'Streaming replication is a method of ...' under 'Replication')
        return None
    if (
        " " not in term
        and _CAPITALS.fullmatch(term)
        and not _ONE_OF.match(defined.predicate)
        # (not 'KH (carbonate hardness) is the amount of carbonate ...': named in full
        # in brackets, then what it is)
        and not re.match(rf"{re.escape(term)}\s+\([^()]{{3,60}}\)\s+(?:is|are)\s", sentence)
    ):
        return None  # 'JSON is the favourite format for ...': a remark, not what it is
    if any(rule.match(defined.predicate) for rule in (EVALUATIVE, WEAK, BESIDE_THE_POINT)):
        return None  # ('Misconfigured PATH is a common cause of ...': what it leads to)
    opened = re.search(rf"(?:\b(?:an?|the)\s+)?{re.escape(term)}\b", sentence, re.I)
    if opened is not None and sentence[: opened.start()].rstrip().endswith(","):
        sentence = sentence[opened.start() :]  # 'On the other hand, a programming index is'
    article = re.match(r"^(?:an?|the)\s+", sentence, re.I)
    first, *rest = term.split()
    title_cased = any(word[:1].isupper() and word[1:].islower() for word in rest)
    if (
        not article
        and first[1:].islower()
        and not title_cased
        and not capitalised_inside(first, text)
    ):
        term = lower_first(term)  # 'Signing keys are ...': a capital the sentence gave it
    said = f"{article.group().lower()}{term}" if article else term
    answer = _EXAMPLE_ASIDE.sub("", strip_end(defined.predicate)).rstrip(":")
    # ('A low p-value (typically less than 0.05) means that ...': past its aside)
    if _MEANS_A_CLAUSE.match(re.sub(r"^\s*\([^()]{1,60}\)", "", sentence[len(said) :])):
        # 'A high variance means the numbers are widely scattered, while a low variance
        # means ...': what it means is a clause, and the other half another term's
        meaning = re.split(r",\s+(?:while|whereas|but)\s+|;\s+", answer, maxsplit=1)[0]
        return f"What does {said} mean?", upper_first(strip_end(meaning)) + "."
    # 'ID tokens are the proof of identity.': asked as many, as the sentence says them
    be = "are" if re.match(rf"{re.escape(said)}\s+are\b", sentence, re.I) else "is"
    return (whole if shortened else f"What {be} {said}?"), upper_first(answer) + "."


# 'means' and a clause with a verb of its own: ' means the numbers are widely scattered'.
_MEANS_A_CLAUSE = re.compile(
    r"\s+means\s+(?:that\s+)?(?:the\s+|its\s+|their\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+"
    r"(?:is|are|was|were|has|have|can|will|gets?|becomes?)\b"
)
# A predicate that says what kind of thing a term is: 'a pointer ...', 'one of ...'.
_ONE_OF = re.compile(r"^(?:an?|one)\s+\w", re.I)
# A term in capitals: 'HEAD', 'INNER JOIN', 'FULL OUTER JOIN'.
_CAPITALS = re.compile(r"[A-Z][A-Z0-9_]+(?:[ -][A-Z][A-Z0-9_]*){0,3}")
# A sentence opening with a term and saying what it does: 'An INNER JOIN returns ...',
# 'A left join keeps ...'.
_ACTING = re.compile(
    r"^(?:(?P<article>[Aa]n?|[Tt]he)\s+)?(?P<term>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)"
    r"\s+(?P<rest>(?:can\s+|may\s+|will\s+)?[a-z]{3,}s?\b.*)$"
)


# A first word of the rest that is a noun after all, the end of the term's name: 'AOT
# compilers are ...', 'API analytics can ...', 'SQL commands of interest ...'.
_NOUN_AFTER = re.compile(
    r"^\w+\s+(?:are|is|were|was|can|could|will|would|may|might|must|should|have|has|do|"
    r"does|of|in|on|for|to|that|which|who|with|from|and|or)\b",
    re.I,
)


def _said_as_a_noun(word: str, sentence: str) -> bool:
    """Whether a sentence writes `word` after an article, a word between allowed: 'the
    authoritative server'."""
    return (
        re.search(rf"\b(?:the|an?)\s+(?:[\w-]+\s+)?{re.escape(word)}\b", sentence, re.I) is not None
    )


def _acting_kind(
    sentence: str, own: set[str], heads: list[str], heading: str, page: str
) -> tuple[str, str] | None:
    """'What does an INNER JOIN return?' of 'An INNER JOIN returns only the rows ...';
    'What does rebase replay?' of 'Rebase replays ...' under the heading 'Rebasing'.
    `page` is the entry's text (its opening) in one case."""
    match = _ACTING.match(strip_end(sentence))
    if match is None or _NOUN_AFTER.match(match["rest"]):
        return None
    verb = words(match["rest"])[:1]
    if verb and verb[0].lower() in _DETERMINERS:
        return None  # 'An attack of this nature can be ...': 'this' starts no verb phrase
    if verb and any(same_or_plural(verb[0], head) for head in heads):
        return None  # 'MAC addresses therefore range ...' under 'Media access control address'
    if verb and verb[0].endswith("s") and _said_as_a_noun(verb[0][:-1], sentence):
        return None  # 'TLD servers point to the authoritative server': 'servers' is no verb
    if verb and noun_in_ings(verb[0]):
        return None  # 'TTL settings assist in ...'
    if verb and verb[0].lower() in _WANTS:
        # 'The CPU requires a fixed number of clock cycles to ...' on the clock speed's
        # page: one of the many things another thing needs
        return None
    term = match["term"]
    if verb and page.count(f"{term} {verb[0]}".casefold()) >= 2:
        return None  # 'DNS resolvers cycle ...' beside '... telling DNS resolvers': one name
    if _names_heading(term, heading) and fold(term) not in own:
        term = term.lower()
    elif not (match["article"] or _CAPITALS.fullmatch(term)) or not _a_term(term, own, heads):
        return None
    article = (match["article"] or "").lower()
    name = f"{indefinite(term) if article in ('a', 'an') else article} {term}".strip()
    claim = claim_of(match["rest"], strip_end(sentence), name, False)
    if claim is None or claim[0] == "not":
        return None
    _, prompt, answer = claim
    return prompt, first_clause(answer)  # (not '..., and Huffman coding represents ...')


_DETERMINERS = frozenset(("this", "these", "those", "that", "the", "its", "their", "such"))
_WANTS = frozenset(("require", "requires", "need", "needs"))


# 'A 404 Not Found means ...', '401 Unauthorized actually means ...': a code and its name.
_CODE_MEANS = re.compile(
    r"^(?:an?\s+|the\s+)?(?P<code>\d{2,4}(?:\s+[A-Z][\w-]*){0,3})\s+(?:actually\s+|only\s+)?"
    r"means\s+(?:that\s+)?(?P<meaning>.+)$"
)


def _meaning_of_code(sentence: str) -> tuple[str, str] | None:
    """'What does 404 Not Found mean?' of '404 Not Found means the server has nothing ...'."""
    match = _CODE_MEANS.match(strip_end(sentence))
    if match is None:
        return None
    meaning = re.split(r",\s+(?:while|whereas|but)\s+|;\s+", match["meaning"], maxsplit=1)[0]
    if len(words(meaning)) < 2:
        return None
    return f"What does {match['code']} mean?", upper_first(meaning) + "."


def _names_heading(term: str, heading: str) -> bool:
    """Whether one word is what a heading of one gerund names: 'Rebase' under 'Rebasing',
    'merge' under 'Merging', 'log' under 'Logging'."""
    said, over = term.lower(), heading.strip().lower()
    if " " in said or " " in over or not over.endswith("ing") or len(over) < 6:
        return False
    stem = over[:-3]
    return said in (stem, stem[:-1]) or said[:-1] == stem
