"""Identify cards: 'Which concept ...?', answered by the entry's own name.

A sentence that says what the entry is, turned round so the name is the answer, as a
choice among the titles of other concepts (the path's steps first), or recalled when
there are none. `name_choice` and `sibling_pool` also serve the cloze maker when a
blank falls on the entry's own name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from cards.defining import expansion_of, is_abbreviation
from cards.glossary import says_it_compares, slashed_pair
from cards.makers.claim_shapes import (
    FLUFF,
    INTENTS,
    SOME_OF_MANY,
    acts,
    base_verb,
    leans_back,
)
from cards.makers.claims import introduced_elsewhere, said_by_definition, said_in_plural
from cards.makers.context import MAX_DISTRACTORS, Context
from cards.makers.definitions import (
    BESIDE_THE_POINT,
    COPULA_LEAD,
    ENOUGH_FOR,
    EVALUATIVE,
    HOW_MUCH,
    SLIPPED_ARTICLE,
    SUITS,
    VAGUE_PROPERTY,
    WEAK,
)
from cards.makers.prose import (
    DIFFERS_FROM,
    SAYS_IT_VARIES,
    about_the_word,
    sentences_of,
    singular,
    stands_alone,
)
from cards.model import Answering, Card, CardKind, Entry, Item, Section, SectionKind
from cards.names import NameIndex, body_text, kin, same_kind
from cards.sentences import (
    PLURAL_NOUNS,
    STOP_WORDS,
    Wording,
    content_words,
    has_phrase,
    split_label,
    stem,
    strip_end,
    upper_first,
    words,
)

_COMPARING = Wording(r"\b(also|both|too|as well|like|unlike|either|neither|likewise|similarly)\b")


# Praise, popularity and figures of importance, which single out no concept.
_PRAISE = Wording(
    r"\b(?:popular|favou?rite|ease of use|easy to use|widely (?:used|adopted)|well[- ]known|"
    r"famous|leading|best|most (?:common|used|important)|foundational|crucial|essential|vital|"
    r"confused with|mistaken for|mixed up with|"
    # 'the backbone of how the internet works'
    r"backbone|cornerstone|lifeblood|bedrock|unsung heroe?s?|heart and soul|"
    r"[a-z]{3,}est,\s+[a-z]{3,}est|"  # 'the smallest, simplest piece ...': a slogan
    r"preferr?ed\s+(?:way|choice|option|approach|method)|"  # 'the prefered way of reasoning'
    r"(?:most|commonly)[- ]used|"
    # 'designed to be simple and efficient', 'used in many places': true of most things
    r"designed to be|used (?:in|by) (?:many|several|various|lots of|a lot of|countless)|"
    r"used (?:widely|everywhere|extensively)|"
    # 'is often used for text, data, and graphics files', 'is often learned as part of ML
    # modeling': a use many things share
    # (not when a long clue goes on to say how: '... where small losses in quality are
    # acceptable in exchange for smaller file sizes')
    r"(?:often|commonly|usually|typically)\s+(?:used|learned|applied|employed)\s+(?:for|in|as|"
    r"with|by|when)(?![^.?]{60})|"
    # 'an important measure when it comes to ...': how much it matters, not what it is
    r"(?:an?\s+)?(?:important|key|crucial|vital)\s+(?:measure|factor|metric|aspect|"
    r"consideration)|"
    # 'can occur due to misspecification ...': a cause other faults share
    r"can\s+(?:occur|happen|arise)\s+(?:due\s+to|because\s+of|from))\b"
)


# When and by whom a thing came about: no clue a learner of the concept knows.
_ITS_HISTORY = re.compile(
    r"(?:was|were)\s+(?:first\s+|originally\s+)?(?:introduced|developed|created|invented|"
    r"released|designed|proposed|published|coined|added|born|conceived|named|popularized|"
    r"popularised)\b|"
    # ('was first used in the early 1970s in France': when it began, not what it is)
    r"(?:was|were)\s+(?:first|originally)\s+(?:used|made|built|served|practised|practiced)\b",
    re.I,
)
# 'is great for relatively simple apps', 'works well for e-commerce sites': how well it
# serves, which the page says of each side of a comparison in turn
_HOW_WELL_IT_SERVES = (
    r"^(?:(?:is|are)\s+(?:\w+\s+)?(?:great|good|excellent|ideal|perfect|better|best|"
    r"advantageous|well[- ]suited)|works?\s+(?:well|best|better))\s+(?:for|when|at|in)\b"
)
_SERVES = re.compile(_HOW_WELL_IT_SERVES, re.I)
# 'takes a completely different approach': different from what the page said before,
# which the card does not show
_ANOTHER_WAY = (
    r"^(?:takes?|has|have|uses?|follows?)\s+(?:an?\s+)?(?:\w+\s+)?(?:different|similar|new|"
    r"unique|another|other)\s+(?:approach|path|route|tack|philosophy|strategy|view)\.?$"
)
_GOES_ANOTHER_WAY = re.compile(_ANOTHER_WAY, re.I)
# 'is pretty simple', 'are really fast': how a thing seems, said of many things.
_ONLY_HOW_IT_SEEMS = re.compile(
    r"^(?:is|are)\s+(?:pretty|quite|fairly|rather|very|really|so|super|incredibly|extremely|"
    r"relatively)\s+[\w-]+$|"
    # 'is different', 'is quite popular': true of many
    r"^(?:is|are)\s+(?:\w+\s+)?(?:different|similar|unique|special|important|popular|common|"
    r"useful|new)$|"
    rf"^(?:is|are)\s+{HOW_MUCH}|"  # 'is enough to satisfy a request'
    r"^(?:is|are)\s+(?:\w+ly\s+)?[a-z-]+$|"  # 'is direct': one quality, true of many
    # 'is a bit complex at first pass', 'can be confusing for beginners': how hard it is
    # to learn, true of many
    r"^(?:is|are|can\s+be|seems?|looks?)\s+(?:a\s+(?:bit|little)\s+|\w+ly\s+|quite\s+|very\s+|"
    r"rather\s+|pretty\s+|so\s+)?(?:complex|complicated|confusing|tricky|hard|difficult|"
    r"daunting|intimidating|challenging|easy|simple|straightforward)\b|"
    r"^(?:is|are)\s+(?:basically\s+|essentially\s+|pretty\s+much\s+)?the\s+same\b|"
    rf"{_HOW_WELL_IT_SERVES}|"
    # 'can have serious consequences for businesses': true of any attack or failure
    r"^(?:can|may|could|will)\s+(?:have|cause|lead\s+to|bring)\s+(?:serious|severe|"
    r"significant|major|big|far-reaching|devastating)\s+(?:consequences|impacts?|effects|"
    r"damage|problems)\b|"
    rf"{_ANOTHER_WAY}|"
    # 'may be custom-built for a pair of systems, or it may be a shared standard': either
    # way, so of many things
    r"^(?:may|might|can)\s+be\s+[^,;]{3,80},?\s+or\s+(?:it\s+|they\s+)?(?:may|might|can)\s+be\b|"
    # 'is a component of test-driven development (TDD), a pragmatic methodology ...': so
    # is every other part of it
    r"^(?:is|are)\s+(?:an?|one)\s+(?:\w+\s+)?(?:component|part|element|piece|aspect)\s+of\s+"
    r"[^,;]{2,60}(?:,|$)|"
    # 'may contain different levels of abstraction': which, it does not say
    rf"^(?:(?:may|might|can|could)\s+)?(?:contains?|has|have|includes?|holds?)\s+{SOME_OF_MANY}|"
    # 'is often made up of different parts which act as tools ...': true of any system
    r"^(?:is|are)\s+(?:\w+\s+)?(?:made\s+up|composed|comprised)\s+of\s+(?:different|various|"
    r"several|many|multiple)\s+(?:parts|components|pieces|elements)\b|"
    # 'is narrower: it verifies ...': narrower than what the sentence before named
    r"^(?:is|are)\s+(?:much\s+|far\s+|a\s+bit\s+)?(?:[a-z]{3,}er|more\s+\w+|less\s+\w+)"
    r"(?!\s+than\b)\s*[:;,]",
    re.I,
)


def how_well_it_serves(predicate: str) -> bool:
    """Whether what a sentence says of its subject is how well it serves ('is great for
    small apps') or that it goes another way ('takes a different approach'), which a page
    says of each of two things in turn: no clue to either."""
    return _SERVES.match(predicate) is not None or _GOES_ANOTHER_WAY.match(predicate) is not None


# The words after a judgement ('a critical part' ...) that leave it a judgement still.
# Whom a sentence is quoted from, after it: ', Paul Ammann; Jeff Offutt (2008)'.
_CITED = re.compile(
    r",\s+(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+(?:;\s+(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)*"
    r"\s+\(\d{4}\)$"
)
_FEW_WORDS = 5
# A concept of a field and how much it matters there, which is what every page says.
_A_CONCEPT_OF_THE_FIELD = re.compile(
    r"^(?:an?|the)\s+(?:(?:very|most|really)\s+)?(?:fundamental|key|core|basic|important|"
    r"central|essential|crucial|common|foundational)\s+(?:concept|idea|notion|term|topic)\s+"
    r"(?:in|of|for|within)\b",
    re.I,
)
# Where a judgement goes on to say why, which is no clue either: 'as it affects ...'.
_REASON = re.compile(r"\b(?:as|because|since|so)\b")


# Praise of a thing by its use to the reader: 'an extremely useful tool to have in ...'.
_PRAISED_TOOL = re.compile(
    r"(?:an?\s+)?(?:\w+ly\s+)?(?:useful|handy|helpful|essential|indispensable|great|must-have)\s+"
    r"(?:tool|thing|item|accessory|addition|gadget)\b",
    re.I,
)
# A craft's or a thing's age, which many share: 'a craft that has been around for centuries'.
_AROUND_FOR = re.compile(
    r"\bhas\s+been\s+around\s+(?:for\s+)?(?:centuries|decades|years|ages|millennia)\b"
)
# The same, after the verb a clue keeps: 'was light enough to be rolled and moved'.
_ENOUGH_TO = re.compile(rf"(?:(?:is|are|was|were)\s+)?{ENOUGH_FOR}", re.I)


def _only_judged(predicate: str) -> bool:
    """Whether what a thing is said to be is a judgement with little after it but a
    reason: 'a critical part of your computer', 'an inevitable concept in streaming as
    it affects ...'."""
    if SUITS.match(predicate):
        return True  # 'fine for quick matches where ...': what its rivals may suit too
    if BESIDE_THE_POINT.match(predicate):
        return True  # 'one of the terms used in ...', 'part of the umbrella of ...': of many
    if _A_CONCEPT_OF_THE_FIELD.match(predicate):
        return True  # 'a fundamental concept in the Linux and UNIX filesystem': so are others
    if _PRAISED_TOOL.match(predicate):
        return True  # 'an extremely useful tool to have in your toolkit': so are others
    judged = EVALUATIVE.match(predicate)
    if judged is None:
        return False
    # 'a stronger second factor than SMS, ...': a rival does as well; 'a low-key concept
    # but it comes up whenever ...': a turn; 'Synchronous in nature which means ...': a
    # quality explained
    if judged.group(0).rstrip().endswith(("than", "but", "nature")):
        return True
    if judged.group(0).lower().startswith("one of the "):
        return True  # 'one of the oldest two-player strategy games': so are others
    after = _REASON.split(predicate[judged.end() :], maxsplit=1)[0]
    return len(words(after)) <= _FEW_WORDS


# A plural noun after the name, then a bare verb: 'AML obligations require ...' (the
# name is a modifier; the subject goes on).
_NOUN_THEN_VERB = re.compile(
    r"^[a-z]{3,}(?<!s)s\s+(?:require|need|help|allow|make|let|ensure|include|apply|mean|"
    r"cover|protect|prevent|give|demand|oblige|force|limit)\b"
)
# One of a kind and nothing more: 'one of the user acceptance tests', 'a type of cache'.
_ONE_OF_A_KIND = re.compile(
    r"^(?:one|an?)\s+(?:of|(?:type|kind|form|sort)\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}[\w-]+\.?$",
    re.I,
)
# 'One of the most effective is called ...': one of things named in a sentence before.
_ONE_OF_THOSE = re.compile(
    r"^(?:one|some|many|two|three)\s+of\s+the\s+(?:most|least|best|worst)\s+\w+\s+(?:is|are)\b",
    re.I,
)
# A thing named in a sentence the card does not show: 'the size of this array'.
_POINTS_OUTSIDE = re.compile(
    r"\b(?:this|these|those)\s+(?!is\b|are\b|was\b|were\b)[a-z]+|"
    # 'To prevent this, you can implement which concept?': this, said before
    r"\b(?:this|that|these|those)\s*[,;:.?]|"
    r"\b(?:figure|fig\.|table|listing)\s+[A-Z]?-?\d|"  # 'Figure G-29 shows ...': not shown
    r"\bthe\s+(?:others|rest|latter|former)\b|"  # '...; the others just feed it context'
    # 'Which concept works similarly, ...': like something the card does not show
    r"\b(?:works|acts|behaves|operates)\s+(?:similarly|likewise|the\s+same\s+way)\b|"
    # 'Which concept is used ... as follows: First, ...?': steps the card does not show
    r"\bas\s+follows\b|"
    # '... was supposed to do the same with protocols': as what the sentence before said
    r"\b(?:do|does|did|doing|done)\s+the\s+same\b|"
    # 'The same is true of which concept?': as true as what the sentence before said
    r"\bthe\s+same\s+(?:is|was|goes|holds|applies)\b|"
    # 'Most often, this is your keyboard — ...': the thing the sentence before named
    r"^(?:[A-Z]\w*(?:\s+\w+)?,\s+)?(?:this|that|it)\s+(?:is|was)\b",
    re.I,
)


# 'is different: people "pull" work ...': how it differs from what the page said before.
_SET_APART = re.compile(r"^(?:is|are)\s+(?:\w+\s+)?(?:different|similar|the\s+opposite)\s*:", re.I)
# A time word right after the verb, which points into the page's sequence: 'is then'.
_THEN_AFTER_VERB = re.compile(r"^(?P<verb>is|are|was|were)\s+(?:then|next|now|thus|therefore)\s+")
# Parts said only by their count: 'comprises of three major components'.
_ONLY_A_COUNT = re.compile(
    r"^(?:consists?|comprises?|contains?|has|have|includes?|is\s+made\s+up|is\s+composed)\s+"
    r"(?:of\s+)?(?:\w+\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?:[\w-]+\s+){0,2}[\w-]+\.?$",
    re.I,
)
# What a thing is said to be must have this many words of substance to single it out.
# Where the name is only what is spoken or thought of: '... warns users to beware of'.
_ONLY_A_TOPIC = re.compile(
    r"\b(?:bewares?|warns?|warned|learn(?:s|ed|ing)?|read|talks?|talked|heard|knows?|"
    r"worr(?:y|ies|ied)|thinks?|thought|asks?|asked|careful)\b(?:\s+[\w-]+){0,3}?\s+(?:of|about)$",
    re.I,
)
_FEWEST_CLUES = 3
# A short sentence that only has a count of the name says too little to ask by.
_COUNTS = frozenset(("one", "a", "an", "single", "no"))
_HAS = frozenset(("has", "have", "is", "are", "gets", "get"))
_SHORT_HEAD = 6


# A sentence that runs into a numbered list, its split cutting after the first number.
_RUNS_INTO_A_LIST = re.compile(r":\s*\d{1,2}\.?$")


# Only where a thing is used: 'is used in out-of-order processors'.
_ONLY_WHERE_USED = re.compile(
    r"(?:is|are)\s+(?:\w+ly\s+)?used\s+(?:in|by|on|with|when)\s+[^,;]{1,60}$"
)
# A clue said of some of many cases: 'can occur in many situations, such as ...', 'is
# found useful in some cases'.
_IN_MANY_CASES = re.compile(
    r"\bin\s+(?:many|some|several|various|certain|most|a\s+number\s+of)\s+"
    r"(?:situations|cases|ways|places|contexts|settings|scenarios|circumstances)\b"
)
# Things of a kind the sentence before named: 'such conflicts' (not 'such as').
_SUCH_A_THING = re.compile(r"\bsuch\s+(?!as\b|that\b)[a-z]{3,}")


# Where a thing is met and how often, no clue to which it is.
_HOW_OFTEN_MET = re.compile(
    r"\b(?:is|are)\s+(?:often|frequently|commonly|usually|typically|widely)\s+"
    r"(?:listed|used|found|seen|mentioned|cited|included)\s+(?:as|in|on|by|among)\b",
    re.I,
)


# That a thing changes, takes different patterns, or is a field still evolving: true of
# countless others ('Which concept changes during a flight as the pilot changes ...?',
# '... can follow different patterns depending on ...?', '... is an evolving field ...?').
_ONLY_CHANGES = re.compile(
    r"^(?:(?:can|may|will)\s+)?(?:\w+ly\s+)?(?:changes?|varies|vary|fluctuates?|evolves?|shifts?)\b|"
    r"\b(?:different|various|several|many)\s+(?:patterns|ways|forms|shapes)\s+depending\s+on\b|"
    r"^is\s+an?\s+(?:evolving|emerging|growing|developing|changing)\s+(?:field|area|discipline)\b",
    re.I,
)


def which_concept(ctx: Context, sentence: str) -> str | None:
    """'The backend is X' -> 'Which concept is X?'; '... on the backend' -> '... on which concept?'.

    None when the entry's name is neither the subject nor the last words, or when the
    sentence would be true of a sibling too.
    """
    body = _CITED.sub("", strip_end(sentence))  # ('..., Paul Ammann; Jeff Offutt (2008)')
    if _RUNS_INTO_A_LIST.search(body):
        return None  # '... three parts separated by dots (.): 1': cut at a list's number
    if _PRAISE.occurs_in(body) or FLUFF.occurs_in(body):
        return None  # 'a consistently popular choice ...': true of many, learnt by none
    if _HOW_OFTEN_MET.search(body):
        # 'is often listed as part of the basic specifications of an engine': where it is
        # met, which horsepower shares (a judge: AMBIGUOUS, twice in one pair)
        return None
    expanded = expansion_of(sentence, ctx.entry.names)
    if expanded is not None and not expanded.predicate:
        return None  # 'is an acronym for Redundant Array of ...': its letters, spelled out
    spans = ctx.own.find(body)
    if not spans:
        return None  # the sentence does not name the entry: it cannot define it
    prompt: str | None = None
    subject = ctx.subject_and_rest(body, spans)
    head = ctx.before_name_at_end(body, spans)
    if subject is not None:
        verb, rest = subject
        if not rest[:1].islower() or words(rest)[0] in {"and", "or", "nor"}:
            return None  # 'The backend and the API ...': true of a sibling too
        said = body[spans[0][0] : spans[0][1]]
        plural = said_in_plural(said)
        if verb != "=" and (leans_back(rest) or introduced_elsewhere(ctx, rest)):
            return None  # 'Which concept supplies those rules?': which rules?
        if verb != "=" and re.match(r"(?:does|do|is|are|can)\s+not\b|cannot\b", rest):
            return None  # what it does not do is true of most concepts
        if _ONLY_HOW_IT_SEEMS.match(rest) or _SET_APART.match(rest):
            return None  # 'Which concept is pretty simple?': true of many
        # 'The Product Backlog is then allowed to grow ...': the 'then' of the page's story
        rest = _THEN_AFTER_VERB.sub(r"\g<verb> ", rest)
        # '... is most effective on columns with low cardinality; the fewer the unique
        # values, the greater ...': the clue is the clause before the semicolon
        clause = rest.split("; ", 1)[0]
        if clause != rest and len(content_words(clause)) >= _FEWEST_CLUES:
            rest = clause
        if _SPLICED.search(rest):
            return None  # '... with a small amount of RAM, it should not be ...': two claims
        if DIFFERS_FROM.match(rest) or _ONLY_WHERE_USED.match(rest) or _IN_MANY_CASES.search(rest):
            # 'Which concept differs from auditing ...?', '... is used in out-of-order
            # processors?', '... can occur in many situations, such as ...?': countless
            # do, or are
            return None
        if _SUCH_A_THING.search(rest):
            return None  # '... is intended to manage such conflicts?': which, said before
        if _ONLY_RELATED.match(rest) or SAYS_IT_VARIES.search(rest) or _ONLY_CHANGES.search(rest):
            # 'Which concept is related to burstable instances?', '... works in a variety
            # of ways depending on ...?': true of many
            return None
        said_to_be = rest if verb == "=" else COPULA_LEAD.sub("", rest)
        if (verb == "=" or said_to_be != rest) and _only_judged(said_to_be):
            return None  # 'Which concept is a critical part of your computer?': of many
        if (verb == "=" or said_to_be != rest) and _ONE_OF_A_KIND.match(said_to_be):
            return None  # 'Which concept is one of the user acceptance tests?': so are others
        if WEAK.match(said_to_be):
            return None  # 'Which concept is being designed in ...?': no clue, as no definition
        if _ENOUGH_TO.match(rest):
            return None  # 'Which concept was light enough to be rolled ...?': so are others
        if _AROUND_FOR.search(rest):
            return None  # 'Which concept is a craft that has been around for centuries?'
        if _ITS_HISTORY.match(rest):
            return None  # 'Which concept was introduced to the x86 architecture ...?': trivia
        if VAGUE_PROPERTY.match(said_to_be):
            return None  # 'Which concept is difficult for the computer to discern?': many are
        if base_verb(words(rest)[0]) in INTENTS and words(rest)[1:2] == ("to",):
            return None  # 'Which concept seeks to enable ...?': an aim, too vague to recall
        if verb != "=" and (words(rest)[0] in PLURAL_NOUNS or _NOUN_THEN_VERB.match(rest)):
            return None  # 'Backtracking algorithms start with ...': the subject goes on
        if verb != "=" and (plural or not _predicate_opens(rest)):
            return None  # 'CDNs make ...' reads wrong after 'Which concept'; 'X value is
        if ctx.said_of_a_neighbour(rest):
            # 'A queue is a collection of elements, which can be stored and retrieved one
            # at a time' on a page that says it of the stack too: both would be right
            return None
        if _ONLY_A_COUNT.match(rest):
            return None  # 'Which concept comprises of three major components?': many do
        if len(content_words(rest)) < 2:
            return None  # 'Which concept is a measurement?', '... should be unique?': of many
        if (
            said_to_be != rest
            and said_to_be.lower().startswith("the ")
            and len(content_words(said_to_be)) < _FEWEST_CLUES
        ):
            # 'Which concept is the text recipe?': 'the' one of a figure, too little to go
            # on ('Which concept is a full update?' tells PUT from PATCH)
            return None
        prompt = f"Which concept {'is ' if verb == '=' else ''}{rest}?"
    elif head is not None and len(words(head)) >= 3 and not split_label(body)[0]:
        # 'Above all, heap memory is slower than the stack': the aside that links it to the
        # sentence before says nothing on the card
        head = upper_first(_LINKING_LEAD.sub("", head))
        if _MODIFIED_NAME.search(head):
            return None  # 'no such thing as a rubber mutex': a kind of it, not the thing
        if _DENIED.search(head):
            return None  # what is not so of it is true of most concepts
        if ctx.opens_with_sibling(head):
            return None  # 'The frontend talks to the backend' is about the frontend
        if _ONE_OF_THOSE.match(head):
            return None  # 'One of the most effective is called ...': of the attacks named before
        if head.rstrip().endswith(":"):
            return None  # '... three acronyms thrown around:': a lead-in to the name, no clue
        if re.search(r"\b(?:their|its|his|her|our|your|my)\s*$", head, re.I):
            return None  # '... publish their which concept?': whose, and which of theirs
        if re.search(r"\b(?:some|any|each|every|no|this|that|these|those)\s*$", head, re.I):
            return None  # '... holds a value of some which concept?': 'some' asks no name
        if re.search(r"\d\s*%?\s*$", head):
            return None  # '... between 18% and 22% which concept?': a measure of it, no clue
        if re.search(r"\s(?:or|and|nor)\s*$", head):
            # 'there may be more than one plaintiff or which concept?': one of a pair, the
            # clue true of the other as much
            return None
        if _COURSE_SO_FAR.match(head):
            return None  # 'We have seen repositories before in which concept?': the course's
        if _ONLY_A_TOPIC.search(head):
            return None  # '... warns computer users to beware of which concept?': of many
        if {"it", "they", "them"} & {word.lower() for word in words(head)}:
            return None  # 'If it moves, it has which concept?': what 'it' is, unsaid
        opening = words(head)  # (three words at least)
        if len(opening) <= _SHORT_HEAD and opening[-1] in _COUNTS and opening[-2] in _HAS:
            return None  # 'Each data point has one which concept?': no clue but a count
        if said_in_plural(body[spans[-1][0] : spans[-1][1]]):
            return None  # '... consists of one or more which concept?' stood for 'features'
        if (
            opening[-1].endswith("ing")
            and len(opening[-1]) > 4
            and opening[-1] not in _AS_PREPOSITIONS
        ):
            return None  # '... it is called committing which concept?': the doing is named
        prompt = f"{upper_first(head)} which concept?"
    if prompt is None or _COMPARING.occurs_in(body) or _POINTS_OUTSIDE.search(prompt):
        return None  # '... of this array ... in which concept?': which array?
    if ctx.own.find(prompt):
        return None  # the name again further on would give the answer away
    clue_words = content_words(prompt)
    asked = {singular(word) for word in clue_words}
    for name in ctx.entry.names:
        # '... based on the concept of entropy ...?' -> 'Cross-entropy loss': a part of a
        # hyphened word of the name, said in the clue
        parts = {part[:5].lower() for part in _HYPHENED_PART.findall(name) if len(part) >= 5}
        if parts & clue_words:
            return None
        named = {singular(word) for word in content_words(name)}
        # '... infrastructure through the code?' -> 'Infrastructure as Code'; '... exploits
        # quantum mechanics to transmit keys ...?' -> 'QKD' (quantum key distribution): the
        # words an abbreviation stands for give it away, all but one of three or more
        spelled = name != ctx.entry.title and is_abbreviation(ctx.entry.title)
        if len(named) >= 2 and len(named - asked) <= (1 if spelled and len(named) >= 3 else 0):
            return None
    return prompt


# The parts of a hyphened word: 'cross' and 'entropy' of 'Cross-entropy'.
# (bounded: a name of one long word is read in linear time)
_HYPHENED_PART = re.compile(r"[A-Za-z]{1,40}(?=-[A-Za-z])|(?<=[A-Za-z]-)[A-Za-z]{1,40}")
# A second sentence run on after a comma, its subject a pronoun: ', it should not be'.
_SPLICED = re.compile(
    r",\s+(?:it|they|this|these)\s+(?:is|are|was|can|should|must|will|may|has|have|does|do)\b|"
    r",\s+but\s+(?:it|they)\s+[a-z]{3,}\b",  # '..., but it requires a limit ...'
    re.I,
)
# A tie to another thing, which many concepts have: 'is related to the concept of ...'.
_ONLY_RELATED = re.compile(
    r"(?:is|are)\s+(?:\w+ly\s+)?(?:related|linked|connected|tied)\s+to\b|"
    # 'Which concept is almost always combined with data compression ...?': what it goes
    # with, which many things do
    r"(?:is|are)\s+(?:(?:\w+ly|almost|nearly|often|always|commonly|frequently)\s+){0,2}"
    r"(?:combined|paired|used\s+together|used\s+alongside|bundled)\s+with\b",
    re.I,
)
# An aside that links a sentence to the one before it: 'Above all,', 'Of course,'.
_LINKING_LEAD = re.compile(
    r"^(?:above all|of course|in fact|indeed|besides|moreover|furthermore|also|however|"
    r"actually|obviously|clearly|in addition|in short|in other words),\s+",
    re.I,
)
# A word between the article and the name at the end: 'a rubber mutex', 'the binary tree'
# name a kind of the thing.
_MODIFIED_NAME = re.compile(r"\b(?:an?|the)\s+[a-z][\w-]*\s*$", re.I)
# A denial: 'there is no such thing as ...', '... does not need ...'.
_DENIED = re.compile(r"\b(?:not|no|never|cannot)\b|n['’]t\b", re.I)
# A course speaking of its own earlier lessons: 'We have seen ...', 'As we saw ...'.
_COURSE_SO_FAR = re.compile(
    r"^(?:as\s+)?(?:we|you)(?:\s+have|'ve)?\s+(?:already\s+)?(?:seen|saw|learned|learnt|"
    r"looked\s+at|met|covered|discussed|used)\b",
    re.I,
)
# Words in -ing that join a noun as a preposition does: '... is sent using which concept?'.
_AS_PREPOSITIONS = frozenset(
    ("using", "including", "following", "regarding", "concerning", "involving", "during")
)


def sibling_pool(ctx: Context) -> list[str]:
    """Titles to stand beside the entry's own as wrong options; none when fewer than two
    could be believed.

    A learner's path (its steps given by `step:`, `next:` or a path file, as the built-in
    path's are) is the set they study together, and any of its steps may be mistaken for
    another: those come first. Beyond it a concept stands only if it is near this one: of
    the same kind ('FTP' beside 'HTTP', both protocols), or named by this page
    ('Frontend' beside a Backend page that speaks of the frontend). A folder of loose
    glossary notes put 'API' and 'CSRF' beside 'Encryption', which a beginner rules out
    without knowing what encryption is. With fewer than two such options the name is
    recalled instead.
    """
    # Never kin of the answer ('HTTPS' beside 'HTTP', 'IPv6' beside 'IPv4'): a statement
    # about one is often true of the other.
    fit = [o for o in ctx.distractors if not any(kin(o.title, n) for n in ctx.entry.names)]
    studied = [other.title for other in fit if _studied_with(ctx.entry, other)]
    # The nearest few (same kind of thing first, then most alike in subject), with one
    # spare so the options still vary between cards of one entry.
    if len(studied) >= MAX_DISTRACTORS:
        return studied[: MAX_DISTRACTORS + 1]
    believable = [
        other.title
        for other in fit
        if _studied_with(ctx.entry, other)
        or same_kind(ctx.entry, other)
        or _named_by(ctx.entry, other)
    ]
    return believable[:MAX_DISTRACTORS] if len(believable) >= 2 else []


def _studied_with(entry: Entry, other: Entry) -> bool:
    """Whether two entries are steps of one path the learner laid out."""
    return other.path == entry.path and entry.placed and other.placed


def _named_by(entry: Entry, other: Entry) -> bool:
    """Whether the entry's own prose names the other, a concept that says what it is.

    (The other way round says little: a CSS page speaks of browsers, which makes CSS no
    kind of browser. And a page headed 'Difference' defines nothing: 'the difference'
    in a sentence does not name it.)
    """
    if not any(section.items for section in other.sections_of(SectionKind.SUMMARY)):
        return False
    return bool(NameIndex([other.names]).find(body_text(entry)))


_VERB_OPENERS = frozenset(
    [
        "is",
        "was",
        "has",
        "can",
        "could",
        "should",
        "must",
        "may",
        "might",
        "will",
        "would",
        "does",
        "did",
        "cannot",
        "isn't",
        "doesn't",
        "can't",
        "won't",
    ]
)


def _predicate_opens(rest: str) -> bool:
    """Whether a predicate opens with a verb after a singular name ('is ...', 'stores ...')."""
    first = rest.split()[0].lower() if rest.split() else ""
    return first in _VERB_OPENERS or acts(rest, plural=False)


# Words of a name too common to give it away when a prompt uses them.
_SHORT_WORD = 4  # letters of a word too common to give a name away ('back', 'load')
_PLAIN_NAME_WORDS = frozenset(("web", "data", "system", "file", "network", "service", "code"))


def _names_a_word_of(ctx: Context, prompt: str) -> bool:
    """Whether a prompt answered by the entry's name gives the name away: two of its
    words ('provides load balancing service' -> Load balancer), the whole of a one-word
    name, or a word of it written as a name ('built from a Docker image' -> Docker
    container), either uncommon word of a name of two words. One common word of a longer
    name ('you tap a name' under 'Domain Name System') gives nothing away."""
    said = {stem(word) for word in words(prompt) if word not in STOP_WORDS}
    capitalised = {stem(word) for word in re.findall(r"(?<=\w )[A-Z][\w-]*", prompt)}
    for name in ctx.entry.names:
        spelled = words(name)
        named = [
            stem(word)
            for word in spelled
            if word not in STOP_WORDS and word not in _PLAIN_NAME_WORDS and len(word) >= 4
        ]
        found = [word for word in named if word in said]
        alone = len(spelled) == 1  # 'back' of 'back end' is no name on its own
        # ('the continuous replication of transactions' -> Data replication, 'detect and
        # respond to exceptions' -> Exception handling: a name of two words is half said
        # by either of its longer words; not 'the back office' of a back end)
        half = len(spelled) == 2 and any(
            stem(word) in found for word in spelled if len(word) > _SHORT_WORD
        )
        if len(found) >= 2 or (found and alone) or half or capitalised & set(found):
            return True
    return False


def name_choice(
    ctx: Context,
    kind: CardKind,
    prompt: str,
    pool: Sequence[str],
    section: Section,
    item: Item,
    sentence: str,
) -> Card | None:
    """A question answered by the entry's own name, as a choice among other concepts.

    No option the prompt itself names ('... through an API' leaves API out); None when
    that leaves fewer than two to choose from.
    """
    if _names_a_word_of(ctx, prompt):
        return None  # 'provides load balancing service' -> Load balancer answers itself
    named = _unnamed_in(prompt, pool)
    if len(named) < 2:
        return None  # one wrong option is a coin toss, not a question
    wrong = ctx.pick(kind, prompt).sample(named, min(MAX_DISTRACTORS, len(named)))
    return ctx.card(
        kind,
        Answering.CHOICE,
        prompt,
        ctx.entry.title,
        section,
        item,
        explanation=sentence,
        wrong=wrong,
    )


def _unnamed_in(prompt: str, pool: Sequence[str]) -> list[str]:
    return [title for title in pool if not has_phrase(prompt, title)]


def identify_cards(ctx: Context) -> Iterator[Card]:
    # Sentences that define the entry: its summary, takeaways and analogy, and in pages
    # with none of those marked, the prose that names it as the subject.
    kinds = (
        SectionKind.SUMMARY,
        SectionKind.TAKEAWAYS,
        SectionKind.ANALOGY,
        SectionKind.EXPLANATION,
        SectionKind.OTHER,
    )
    if slashed_pair(ctx.entry.title):
        return  # 'Right Ascension / Declination': a clue fits one of the two, not both
    pool = sibling_pool(ctx)
    defining = ctx.defining[2] if ctx.defining else ""
    # What a split comparison's side sets against the other: its sides maker asks it
    contrasted = " ".join(
        item.text
        for section in ctx.entry.sections_of(SectionKind.CONTRAST)
        for item in section.items
    ).casefold()
    for section, item, sentence in sentences_of(ctx.entry, *kinds):
        if not stands_alone(sentence) or sentence == defining:
            continue  # the definition turned round asks 'What is X?' again
        if contrasted and strip_end(sentence).casefold() in contrasted:
            # 'Encryption is a two-way process.', and below it 'Encryption is a two-way
            # process whereas hashing is a one-way process.': a choice between the two
            continue
        if about_the_word(item):
            continue  # a dictionary's other senses of the word, not this concept
        if says_it_compares(section.heading):
            # 'The skip list is easier to write, and ...' under 'Skip list vs balanced
            # binary search tree': how it fares beside the other, no clue to what it is
            continue
        if re.search(rf"\b(?:is|are)\s+{SLIPPED_ARTICLE.pattern[1:]}", sentence):
            continue  # 'The food chain is a defined by the way ...': a slip, no clue
        if said_by_definition(ctx, sentence):
            continue  # another sentence saying what the definition says
        if section.kind in (SectionKind.EXPLANATION, SectionKind.OTHER) and (
            ctx.subject_and_rest(strip_end(sentence)) is None
        ):
            continue  # in running prose only a sentence about the entry itself defines it
        prompt = which_concept(ctx, sentence)
        if prompt is None:
            continue
        if _names_a_word_of(ctx, prompt):
            continue  # 'provides load balancing service' -> Load balancer answers itself
        if len(_unnamed_in(prompt, pool)) < 2:  # too few to choose from: recalled instead
            yield ctx.card(
                CardKind.IDENTIFY,
                Answering.SELF,
                prompt,
                ctx.entry.title,
                section,
                item,
                explanation=sentence,
            )
            continue
        card = name_choice(ctx, CardKind.IDENTIFY, prompt, pool, section, item, sentence)
        if card is not None:
            yield card
