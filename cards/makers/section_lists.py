"""Which sections hold a list to learn, and how a question names that list.

A numbered list, a list section's bullets, or a short run of short bullets under a
heading of its own; 'The Three Jobs Every Backend Does' names its list as it stands,
another heading gets the count added or is quoted. Read by the list maker and by the
odd-one-out search, which looks through the lists of other entries.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cards.headings import ABOUT_A_THING, normalise_heading
from cards.makers.claim_shapes import base_verb
from cards.model import Item, Section, SectionKind
from cards.names import plural_of
from cards.sentences import (
    MODALS,
    NUMBER_WORDS,
    SEVERAL,
    has_phrase,
    head_of,
    lower_first,
    lower_title,
    number_word,
    plural_ending,
    strip_end,
    words,
)

# Sections whose items other makers ask one by one (takeaways, pros and cons, FAQ, ...).
NOT_LISTS = frozenset(
    {
        SectionKind.TAKEAWAYS,
        SectionKind.PROS,
        SectionKind.CONS,
        SectionKind.GOOD_FOR,
        SectionKind.NOT_FOR,
        SectionKind.FAQ,
        SectionKind.MISCONCEPTION,
        SectionKind.SCORECARD,
        SectionKind.NEXT,
        SectionKind.RELATED,
    }
)


# A heading that is a file's name: 'ServiceWorker.js', 'html/PWAManager.js'.
_FILE_NAME = re.compile(r"[\w./-]+\.(?:js|mjs|ts|tsx|jsx|py|css|html?|json|ya?ml|sh|java|go|rs|rb)")


def list_items(section: Section) -> tuple[Item, ...]:
    if section.kind in NOT_LISTS or _FILE_NAME.fullmatch(section.heading.strip()):
        return ()  # ('ServiceWorker.js' over what its code does: no list of the concept's)
    if len(section.numbered) >= 2:
        return section.numbered
    if section.kind is SectionKind.LIST and len(section.bullets) >= 2:
        return section.bullets
    # Under a heading of its own, a short list of short heads is a list to learn too.
    bullets = section.bullets
    heading = section.heading
    if (
        heading
        and len(heading.split()) <= 6
        and (not _NOT_A_NOUN_PHRASE.search(heading) or clause_question(heading) is not None)
        and not heading.rstrip().endswith(("?", ":"))
        and section.kind in (SectionKind.OTHER, SectionKind.EXPLANATION)
        and 3 <= len(bullets) <= 7
        and all(len(words(head_of(item.text))) <= 6 for item in bullets)
    ):
        return bullets
    if (
        section.kind is SectionKind.OTHER
        and normalise_heading(heading) in _RULES
        and 2 <= len(bullets) <= _MOST_RULES
        and all(len(words(item.text)) <= _RULE_WORDS for item in bullets)
    ):
        return bullets  # 'Rules' over a sentence for each: the rules are what to learn
    if (
        section.kind is SectionKind.OTHER
        and (normalise_heading(heading) in _PROCEDURE or _HOW_TO.match(heading.strip()))
        and 2 <= len(bullets) <= _MOST_STEPS
        and all(len(words(item.text)) <= _RULE_WORDS for item in bullets)
    ):
        return bullets  # 'How to do it' over a step on each bullet: the steps, in order
    return ()


# Headings over rules, each a sentence, that a learner recalls together.
_RULES = frozenset(("rules", "the rules", "key rules", "golden rules", "ground rules"))
_MOST_RULES = 6
# Headings over the steps of doing the entry ('How to do it' under 'Wedging').
_PROCEDURE = frozenset(
    ("steps", "how to do it", "how it is done", "method", "procedure", "instructions")
)
_MOST_STEPS = 8
_RULE_WORDS = 20


@lru_cache(maxsize=16384)  # a sibling's list is named again by every entry of its path
def list_phrase(heading: str, count: int, mention_: str) -> str:
    """'The Three Jobs Every Backend Does' -> 'the three jobs every backend does'.

    A heading that does not say how many items there are gets the count added; one
    that gives another count than the list has is quoted instead of trusted.
    """
    if normalise_heading(heading) in _PROCEDURE:
        return f"the {number_word(count)} steps of {mention_}"  # 'How to do it', 'Method'
    text = (
        lower_title(strip_end(heading))
        if heading.istitle() or _TITLE_CASE.fullmatch(strip_end(heading))
        else lower_first(strip_end(heading))
    )
    heading_words = words(text)
    counts = [word for word in heading_words if word in NUMBER_WORDS or word.isdigit()]
    bare = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    noun_phrase = (
        not _NOT_A_NOUN_PHRASE.search(heading)
        and not ABOUT_A_THING.match(heading)  # no 'the two concept of anti-forgery tokens'
        and not heading.rstrip().endswith("?")
    )
    # 'Common video containers', 'Common uses of subdomains': no 'of X' to add
    said_name = mention_.split(" ", 1)[-1]
    named = has_phrase(heading, said_name) or has_phrase(heading, plural_of(said_name))
    said = _HAS_SO_MANY.match(text)
    if said is not None and said["count"] in (number_word(count), str(count)):
        # 'Standard Bloom filters have two operations' -> 'the two operations of standard
        # Bloom filters'
        return f"the {said['count']} {said['noun']} of {said['subject']}"
    counted_object = _COUNT_AS_OBJECT.search(heading) is not None
    if counts and not set(heading_words[: heading_words.index(counts[0])]) <= _BEFORE_A_COUNT:
        counted_object = True  # 'Django keeps two things apart': a clause's object
    if (counts == [number_word(count)] or counts == [str(count)]) and not counted_object:
        phrase = text if heading_words[0] == "the" else f"the {text}"
        kept = [w for w in heading_words if w != "the" and w not in counts]
        if noun_phrase and not named and 0 < len(kept) <= 2 and _plural(kept[-1]):
            return f"{phrase} of {mention_}"  # 'The five classes': of what, the entry
        return phrase
    head = re.split(r"\s+(?:with|of|for|in|on|to|from|by|at)\s+", bare, maxsplit=1)[0].split()
    if (
        noun_phrase
        and not named
        and not counts
        and 0 < len(heading_words) <= 4
        and (_plural(head[-1]))
    ):
        return f"the {number_word(count)} {bare} of {mention_}"
    plural_head = any(_plural(w) for w in heading_words[:2])
    if noun_phrase and not counts and len(heading_words) <= 8 and plural_head:
        return f"the {number_word(count)} {bare}"  # 'the three common ways to choose a server'
    return f"the {number_word(count)} points listed under “{strip_end(heading)}” for {mention_}"


# A heading in title case with its short words in lower case: 'Best Practices for Log
# Aggregation' (every word of four letters or more capitalised).
_TITLE_CASE = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|[a-z]{1,3}))*\s+[A-Z][\w'’-]*")


# A count a verb governs: 'Standard Bloom filters have two operations' is a clause whose
# object is the list, not a noun phrase naming it.
_COUNT_AS_OBJECT = re.compile(
    r"\b(?:has|have|had|contains?|includes?|offers?|provides?|supports?)\s+"
    rf"(?:\w+\s+)?{SEVERAL}\b",
    re.I,
)
# What may stand before the count of a heading that names its list: 'The Three Jobs
# ...', 'Top 5 tips', 'Our two rules'.
_BEFORE_A_COUNT = frozenset(("the", "top", "our", "your", "these", "those", "key", "main", "its"))
_HAS_SO_MANY = re.compile(
    r"^(?P<subject>[\w'’ -]{2,60}?)\s+(?:has|have|contains?|includes?|offers?|provides?)\s+"
    rf"(?P<count>{SEVERAL})\s+(?P<noun>[a-z][a-z -]{{1,40}}s)$"
)
# A heading with one of these words is a clause or a comparison, not a noun phrase that
# fits 'the three ... of X' ('How DNS Works', 'Polling vs. Webhooks').
_NOT_A_NOUN_PHRASE = re.compile(
    r"\b(?:how|why|what|when|where|who|which|vs|versus|is|are|does|do|works?|can|could|should|"
    r"will|may|include|includes|store|stores|yes|no|"
    r"let['’]s|it|you|we|us)\b|"  # 'Let's break it down': said to the reader
    r"^(?:for|in|on|with|by|at|from|to|into|about|during|against|under)\s|"  # 'For Users'
    # 'This means a lot of things:': a pronoun and its verb (not 'This process')
    r"^(?:this|that)\s+(?![a-z]+(?:ss|is|us)\b)[a-z]+s\b|"
    # 'Some tools use:': a clause that leads into its list, its verb last
    r"^(?:some|many|most|other|several)\s+[\w-]+s\s+[a-z]+\s*:?$|"
    # 'Astronomers noticed several clues:': who did what, the list its object
    r"^[\w-]+s\s+[a-z]{2,}ed\s+(?:several|many|some|a\s+few|these|those|two|three|four|five|"
    r"six|\d+)\b",
    re.IGNORECASE,
)


def _plural(word: str) -> bool:
    """Whether a heading's word reads as a plural: 'jobs', not 'xss' or 'status'."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


# 'What frontend developers focus on', 'How DNS works', 'Why caching matters': a
# question written as a clause, its verb last.
_CLAUSE = re.compile(
    r"^(?P<wh>what|how|why|where|when)\s+(?P<subject>[\w' -]{2,60}?)\s+"
    r"(?P<verb>[a-z]{3,})(?P<tail>\s+(?:on|for|with|about|to|in|from|at))?\s*:?$",
    re.I,
)
# A heading that tells how or when to do a thing: 'How to wedge clay', 'When to use it'.
_HOW_TO = re.compile(r"^(?P<wh>how|when)\s+to\s+(?P<rest>[a-z][\w' -]{2,60}?)\s*:?$", re.I)
# 'What goes in a monorepo': 'what' is the subject, and the clause a question already.
_SUBJECT_VERBS = frozenset(("goes", "happens", "belongs", "comes", "counts", "matters", "lives"))
# Words a heading's last noun follows, which no verb of a clause follows.
_LINKS = frozenset(("in", "on", "for", "of", "to", "with", "into", "about", "the", "a", "an"))
# The subject of one word that a clause heading with its verb inside names: 'Why People
# Invest in Stocks', 'How Investors Use Bonds'.
_WHO_ACT = frozenset(("people", "investors", "companies", "businesses", "developers", "users"))
_NOT_CLAUSE_VERBS = frozenset(("is", "are", "was", "were", "can", "do", "does", "the", "and"))


def clause_question(heading: str, mention_: str = "") -> str | None:
    """'What frontend developers focus on' -> 'What do frontend developers focus on?';
    a closing aside in brackets is left out ('How DNS Works (Step-by-Step)'), and 'it'
    is the entry, as `mention_` names it ('How it works' -> 'How does DNS work?')."""
    heading = re.sub(r"\s*\([^()]{1,30}\)$", "", heading.strip())
    told = _HOW_TO.match(heading)
    if told is not None:
        # 'How to wedge clay' -> 'How do you wedge clay?' (not 'How do to wedge clay?':
        # the infinitive is the verb); 'When to use it' -> 'When do you use wedging?'
        rest = lower_first(told["rest"])
        if rest.split()[0] == "do":
            return None  # 'How to do it': done how, the heading leaves to the steps
        if mention_:
            rest = re.sub(r"\b(?:it|one)$", mention_, rest)
            bare = re.sub(r"^(?:the|an?)\s+", "", mention_, flags=re.I).casefold()
            if " " not in rest and not bare.startswith(rest[:4]):
                # 'How to Calibrate' -> '... calibrate the Z-offset?' (not 'How to Trim'
                # under 'Trimming': 'trim trimming')
                rest = f"{rest} {mention_}"
        return f"{told['wh'].capitalize()} do you {rest}?"
    found = _CLAUSE.match(heading)
    if found is None:
        return None
    verb = found["verb"].lower()
    subject = found["subject"]
    said = subject.split()
    modal = next((k for k, word in enumerate(said) if word.lower() in MODALS), None)
    if modal:
        # 'Why You Should Use One' -> 'Why should you use a password manager?': the
        # modal asks, and 'one' or 'it' is the entry
        who = lower_first(" ".join(said[:modal]))
        rest = " ".join([*said[modal + 1 :], found["verb"]]).lower() + (found["tail"] or "")
        if mention_:
            rest = re.sub(r"\b(?:one|it)$", mention_, rest)
        return f"{found['wh'].capitalize()} {said[modal].lower()} {who} {rest}?"
    if said[0].lower() in _WHO_ACT and len(said) >= 2:
        # 'Why People Invest in Stocks', 'Why Companies Adopt Containers': the verb
        # follows a subject of one word who acts, and the last word is its object
        rest = " ".join([*said[1:], found["verb"]]).lower() + (found["tail"] or "")
        return f"{found['wh'].capitalize()} do {said[0].lower()} {rest}?"
    if said[-1].lower() in _LINKS:
        return None  # '... in stocks': a noun after its preposition, not the verb
    if found["wh"].lower() == "what" and words(subject)[0] in _SUBJECT_VERBS:
        return f"{heading.strip().rstrip(':').rstrip()}?"  # 'What goes in a monorepo': asked as is
    if verb in _NOT_CLAUSE_VERBS or words(subject)[0] in ("is", "are", "do", "does", "can"):
        return None  # 'What is DNS' is a question already
    if {"is", "are", "was", "were"}.intersection(words(subject)):
        return None  # 'Why it is bad': its verb is inside, and no 'do' asks it
    last = subject.split()[-1]
    many = plural_ending(last) and not last.isupper()
    singular = not many and verb.endswith("s") and not verb.endswith(("ss", "us"))
    aux, base = ("does", base_verb(verb)) if singular else ("do", verb)
    wh = found["wh"].capitalize()
    subject = subject if subject[:1].isupper() and subject[:2].isupper() else lower_first(subject)
    if (subject == "it" or _names(subject, mention_)) and mention_ and singular:
        subject = mention_  # ('How Log Aggregation Works': the heading's capitals are its own)
    elif subject.lower() in _POINTING:
        return None  # 'Why this matters': what 'this' is, the heading does not say
    return f"{wh} {aux} {subject} {base}{found['tail'] or ''}?"


def _names(subject: str, mention_: str) -> bool:
    """Whether a heading's subject is the entry as `mention_` names it, in other capitals
    ('Log Aggregation' for 'log aggregation'; not 'the Log Aggregation' for 'a ...')."""
    bare = re.sub(r"^(?:the|an?)\s+", "", mention_, flags=re.I)
    return bool(bare) and subject.casefold() == bare.casefold() and subject != mention_


# A heading's subject that points at a thing it does not name.
_POINTING = frozenset(("it", "this", "that", "these", "those", "they"))
