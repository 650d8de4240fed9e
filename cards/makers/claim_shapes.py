"""The shapes a claim about the entry takes, and the question each shape asks.

Given the predicate of a sentence whose subject is the entry ('is used to deliver
pages', 'can contain the user's preferences', 'does not hide which sites you visit'),
`claim_of` finds the first shape that fits (why, parts, how, used for, useful for,
measured in, not, does, a verb of its own) and words its prompt and answer. Which
sentences are about the entry, and which claims become cards, is `cards.makers.claims`.
"""

from __future__ import annotations

import re

from cards.defining import FREQUENCY
from cards.model import TRUE_FALSE
from cards.sentences import (
    FUNCTION_VERBS,
    MODALS,
    PLURAL_NOUNS,
    Wording,
    strip_end,
    upper_first,
    words,
)

# Words that open a predicate but are no action: the copula, auxiliaries, conjunctions.
_NOT_ACTIONS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "will",
        "would",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "as",
        "than",
        "that",
        "which",
        "who",
        "also",
        "not",
        "never",
        # past tenses without '-ed': 'Neural networks became famous because ...' is their
        # history, and 'What do neural networks became?' no question
        *("became", "began", "came", "grew", "went", "made", "took", "gave", "got", "found"),
        *("built", "led", "kept", "left", "meant", "ran", "saw", "sent", "told", "wrote"),
        # what a thing is, not what it does: 'GaN belongs to a family of materials ...'
        *("belongs", "belong", "resembles", "resemble", "seems", "seem"),
    ]
)
# (a place may come between: 'is used in Git to specify ...', where, not by whom)
USED = re.compile(
    # ('is applied to the wrong side of the fabric, to give structure': where, then what for)
    r"^(?:is|are)\s+(?:\w+ly\s+)?(?:used\s+(?:(?:in|within|on)\s+[\w.-]+(?:\s+[\w.-]+){0,3}\s+)?|"
    r"applied\s+(?:(?:to|on)\s+(?P<place>[\w.’'-]+(?:\s+[\w.’'-]+){0,5}),?\s+)?)"
    r"(?P<how>for|to)\s+(?P<use>.{8,})$",
    re.I,
)
# The same said anywhere in a sentence, its subject before it: '... is used to prevent'.
USED_BY_NAME = re.compile(r"\s(?:is|are)\s+(?:\w+ly\s+)?used\s+(?:for|to)\s", re.I)
# 'consists of three parts: a header, a payload and a signature' -> its parts.
_PARTS = re.compile(
    r"^(?:consists? of|is made up of|are made up of|is composed of|are composed of|"
    r"has (?:two|three|four|five|\d) (?:main )?parts:?)\s+(?P<parts>.{8,})$",
    re.I,
)
# 'can be set and modified at the server level using ...' -> how, and the means.
# What is done to a thing that puts it somewhere: 'installed on', 'stored in'.
# What is done to a product in trade, no part of the concept.
_TRADED = frozenset(
    ("purchased", "bought", "sold", "licensed", "ordered", "rented", "leased", "downloaded")
)
_PLACED = frozenset(
    ("installed", "stored", "deployed", "hosted", "kept", "placed", "saved", "located", "found")
)
_PASSIVE = re.compile(
    r"^(?P<modal>can|may|could|must|should)\s+be\s+"
    r"(?P<done>[a-z]+(?:ed|en|wn|t)(?:,?\s+(?:and|or)\s+[a-z]+(?:ed|en|wn|t))?)\s+"
    r"(?P<means>(?:by|using|with|through|via|from|at|in|on)\s.{6,})$",
    re.I,
)
# How a thing comes about: 'is formed by the overlap of ...', 'are formed when atoms share'.
FORMED = re.compile(
    r"^(?:is|are)\s+(?:(?:usually|typically|often|mostly|only)\s+)?(?P<done>formed|created)\s+"
    r"(?P<means>(?:by|when|through)\s.{10,})$",
    re.I,
)
# 'are caused by a sudden release of stress along faults' -> what causes it.
CAUSED = re.compile(
    r"^(?:is|are)\s+(?:(?:usually|typically|often|mostly|mainly|commonly)\s+)?caused\s+by\s+"
    r"(?P<cause>.{10,})$",
    re.I,
)
# Who brought it about: 'was first described by Gaspard-Gustave de Coriolis in 1835',
# 'was made popular by Raymond Calvel, a French baking teacher'. The doer must be named
# (a capital, perhaps after 'the' and a few words saying who), not 'by researchers'.
MADE_BY = re.compile(
    r"^(?:was|were)\s+(?P<first>first\s+)?(?P<done>invented|created|developed|designed|"
    r"coined|introduced|discovered|proposed|founded|described|formulated|named|"
    r"popularised|popularized|made\s+popular)\s+by\s+"
    r"(?P<who>(?:the\s+(?:[a-z-]+\s+){0,3})?[A-Z][\w.'’-]+.{0,120})$"
)
# Verbs whose 'with' or 'to' names the other thing, not the means: 'can be contrasted with
# a shell', 'can be compared to a phone book'.
_PAIRED_WITH = frozenset(
    ("contrasted", "compared", "confused", "combined", "paired", "associated", "replaced")
)
_NEGATIVE = re.compile(
    r"^(?:is|are|does|do|can|should|must|will)(?:\s+not|n't)\b|^(?:never|cannot|can't|isn't|"
    r"aren't|doesn't|don't|won't)\b",
    re.I,
)
_NO_DOING = frozenset(
    (
        *("stands", "refers", "means", "sits", "lives", "resides", "lies", "exists"),
        *("appears", "comes", "goes", "seems", "looks", "stand", "refer", "mean", "sit"),
        *("live", "reside", "lie", "exist", "appear", "come", "go", "seem", "look"),
    )
)


def acts(rest: str, plural: bool) -> bool:
    """Whether a predicate opens with a verb of action ('translates names ...').

    A singular subject takes a verb ending in s ('stores', 'maps'); a plural one a bare
    verb ('CDNs make ...'). A capital, an adverb or a noun ('communication is ...') is
    no action. The answer must say something: four words at least, nothing cut off.
    """
    first = rest.split()[0] if rest.split() else ""
    if not first.isalpha() or not first.islower() or first in _NOT_ACTIONS:
        return False
    if len(words(rest)) < 4 or "…" in rest or "..." in rest:
        return False
    if first.endswith("ly") or first in _NO_DOING:
        return False  # 'stands for ...', 'sits between ...': a name or a place, not an action
    verb_like = first.endswith("s") and not first.endswith("ss")
    return verb_like is not plural


# 'should not be confused with Java': a warning whose truth the wording gives away.
_CONFUSED = re.compile(r"\b(?:confused|mixed up|mistaken)\s+(?:with|for)\b", re.I)
_USEFUL = re.compile(
    r"^(?:is|are)\s+(?:(?P<adverb>especially|particularly|very|most|mostly|often|also)\s+)?"
    r"(?P<word>useful|helpful|important|essential|needed|required|popular|common)\s+"
    # ('It is important to point out that ...' is the writer's aside, not a use; 'are
    # required to be capable of surviving ...' a demand made of the thing itself)
    r"(?P<prep>for|in|to|when)\s+(?!(?:point\s+out|note|remember|understand|know|mention|"
    r"keep\s+in\s+mind|realise|realize|say|stress|be|have)\b)(?P<what>.{8,})$",
    re.I,
)
# Uses said only as many: 'useful in both practical and theoretical settings'.
_MANY_USES = re.compile(
    r"(?:both|many|several|various|numerous|countless|all\s+kinds\s+of|lots\s+of|"
    r"a\s+(?:variety|wide\s+range|range|number|lot|host)\s+of)\s",
    re.I,
)
# A use said across many places: 'developing applications across various operating
# systems, devices, and programming environments' (any tool's).
_ACROSS_MANY = re.compile(
    r"\b(?:across|in|on|for)\s+(?:various|many|several|numerous|countless|all\s+kinds\s+of|"
    r"a\s+(?:variety|wide\s+range)\s+of)\s",
    re.I,
)
# 'is one of the most-used APIs because it allows ...' -> why, and the reason.
# ('... in test automation just because it ...': the word before 'because' is no claim's)
_BECAUSE = re.compile(
    r"^(?P<claim>[a-z]+\s[^,;]{6,}?),?\s+"
    r"(?:(?:just|simply|mainly|mostly|partly|largely|only|primarily)\s+)?because\s+"
    r"(?P<reason>[^;]{8,})$"
)
# A negation inside a claim: the 'because' after it may be what is denied.
_NEGATED = re.compile(r"\b(?:not|never)\b|n't\b", re.I)
_MEASURED = re.compile(
    r"^(?:is|are)\s+(?:(?:usually|typically|commonly|often|generally|mostly)\s+)?"
    r"(?:measured|expressed|given)\s+in\s+(?P<unit>.{3,})$",
    re.I,
)
# 'can contain the user's preferences' -> 'What can a cookie contain?'; 'resembles a
# subset of ...' -> 'What does JSON resemble?'. The verb must take an object: verbs of
# being, of place and of saying are left to the other shapes.
_VERB_CLAIM = re.compile(
    r"^(?:(?P<modal>can|may|must|should|will|cannot|can't|could)\s+)?"
    r"(?:(?P<adverb>[a-z]+ly)\s+)?(?P<verb>[a-z]{3,})\s+(?P<object>\S.{10,})$"
)
_NO_OBJECT = frozenset(
    (
        *("be", "been", "being", "become", "becomes", "seem", "seems", "appear", "appears"),
        *("stand", "stands", "refer", "refers", "mean", "means", "sit", "sits", "live"),
        *("lives", "lie", "lies", "exist", "exists", "come", "comes", "go", "goes", "get"),
        *("gets", "have", "has", "do", "does", "make", "makes", "take", "takes", "not"),
        *("also", "only", "still", "often", "usually", "always", "never", "even", "just"),
        *("happen", "happens", "occur", "occurs", "work", "works", "run", "runs", "say"),
        *("says", "is", "are", "was", "were", "the", "and", "both", "either", "then"),
        # ('Modulations like the one above are very common': a likeness, no verb)
        *("like", "unlike"),
        # a link to the sentence before, no verb: 'DMA can likewise be utilized for ...'
        *("likewise", "similarly", "additionally", "therefore", "thus", "hence", "moreover"),
        # 'plays an essential role in ...': how much it matters, not what it does
        *("play", "plays"),
        *("give", "gives", "grant", "grants", "use", "uses", "need", "needs", "involve"),
        *("involves", "include", "includes"),
        # 'Zip files function similarly to standard folders': how, with no object to ask
        *("function", "functions", "operate", "operates", "behave", "behaves"),
        # 'Constructors look a little strange ...': how it strikes one, no object
        *("look", "looks", "sound", "sounds", "feel", "feels", "remain", "remains"),
        # 'Reverse proxy features (client-facing intermediary): - TLS ...': a noun
        *("feature", "features"),
    )
)
# An object said only as many of a kind: 'different levels of abstraction'.
SOME_OF_MANY = r"(?:different|various|several|multiple|many|some)\s+[a-z-]+s\b"
_SOME_OF_MANY = re.compile(SOME_OF_MANY, re.I)
# Verbs of a state, which 'What does X do?' cannot ask: 'varies with the device'.
_STATES = frozenset(
    ("vary", "varies", "differ", "differs", "depend", "depends", "range", "ranges", "belong")
)
# The verbs that end in -ly; any other such word is an adverb ('generally').
_LY_VERBS = frozenset(("apply", "reply", "supply", "rely", "imply", "multiply", "comply", "fly"))
# 'occurs when two processes each wait for the other': when it comes about.
_HAPPENS = re.compile(
    r"^(?:(?:usually|typically|often|mostly|commonly|only)\s+)?"
    r"(?P<verb>occurs?|happens?|arises?)\s+when\s+(?P<condition>\S.{10,})$",
    re.I,
)
# The second word of a verb of two ('marks up', 'breaks down', 'backs up').
_PARTICLES = frozenset(("up", "down", "out", "off", "back", "away", "apart", "together"))
# 'up to 32 alphanumeric characters': how many, not the verb's particle.
_UP_TO_A_COUNT = re.compile(r"^up\s+to\s+(?:\d|a\s+(?:few|dozen|hundred|thousand|million))", re.I)
# Words that follow a verb's particle when the verb has no object: 'shows up in logs'.
_AFTER_A_PARTICLE = frozenset(("in", "on", "at", "as", "when", "during", "after", "before", "with"))
# A preposition that opens the object is part of the question ('runs on' -> 'What does
# it run on?'); these make no question.
# The prepositions a verb's object may follow ('works with ...', 'typically consists of
# three main phases').
_PREPOSITIONS = frozenset(
    (
        *("to", "on", "into", "with", "from", "between", "over", "through", "for", "at"),
        *("about", "in", "of"),
    )
)
# Verbs that take whom first and then what ('saves developers valuable time'), and the
# people such a 'whom' names: asked 'What does X save?', the answer would open on them.
_TWO_OBJECTS = frozenset(("save", "give", "offer", "cost", "grant", "bring", "earn", "show"))
_PEOPLE = frozenset(
    (
        *("developers", "users", "teams", "people", "customers", "engineers", "companies"),
        *("businesses", "organizations", "organisations", "you", "us", "them", "programmers"),
    )
)
_BAD_OPENERS = frozenset(
    (
        *("by", "as", "than", "like", "and", "or", "but", "so", "if", "because"),
        "without",  # 'operate without executing the program': how, not what
        # 'start during the system boot process': when, not what
        *("during", "until", "after", "before", "when", "while", "whenever", "once", "upon"),
        # 'performs best when data varies little': how well, not what it does
        *("best", "well", "better", "worse", "poorly", "badly", "fast", "quickly", "slowly"),
        *("—", "–", "-"),  # 'can hallucinate — produce confident ...': an aside, no object
        # 'changes based on what is considered ...': on what it depends, no object
        *("based", "depending", "according", "regardless", "due"),
    )
)
# 'allows developers to track changes' -> who is allowed, and to do what.
# Verbs of letting or telling someone: what the card asks is what that one gets to do.
_WHO_THEN_WHAT = frozenset(
    ("allow", "let", "enable", "help", "assist", "aid", "instruct", "tell", "inform", "advise")
)
_WHO_TO = re.compile(r"^(?P<who>you|us|them|users|developers|people|\w+s)\s+to\s+(?P<do>\w.+)$")
_POINTING = frozenset(("it", "them", "this", "that", "these", "those", "its", "their"))
# Verbs seldom met as a bare noun: one opening what a singular name seems to act on shows
# the '-s' word before it was the subject's plural ('SSL certificates cover your
# subdomain', 'URL parameters capture dynamic segments'), not a verb.
_AFTER_A_PLURAL_SUBJECT = frozenset(
    (
        *("exist", "run", "capture", "cover", "live", "sit", "stay", "appear", "happen"),
        *("occur", "belong", "depend", "vary", "differ", "remain", "expire", "allow", "enable"),
        *("let", "help", "provide", "make", "take", "give", "need", "contain", "include"),
        *("require", "send", "carry", "become", "begin", "apply", "cause", "create"),
        *("describe", "define", "identify", "indicate", "mean", "follow", "prevent", "protect"),
        *("ensure", "store", "keep", "hold", "get", "go", "come", "refer", "act", "serve"),
        *("tell", "find", "add", "remove", "connect", "reach", "travel", "look"),
        # 'UX writers work within product teams': 'writers' no verb of 'UX'
        *("work", "use", "write", "build", "spend", "want", "know"),
    )
)
# Praise that answers nothing a learner could be asked to recall.
FLUFF = Wording(
    r"\b(?:seamless(?:ly)?|powerful|robust|flexible and efficient|cutting-edge|effortless(?:ly)?|"
    r"(?:a |in a )?(?:very )?(?:simple|easy) way|easily|"
    r"state-of-the-art|game-?changer|world-class|best-in-class|"
    # 'Play a key role in the process of creating ...': that it matters, not what it does
    r"plays?\s+an?\s+(?:key|crucial|vital|important|central|major|significant|pivotal)\s+role|"
    # '..., yet most explanations make it sound complicated': the writer on other pages
    r"makes?\s+(?:it|them)\s+sound\s+(?:complicated|complex|hard|difficult|scary|intimidating))\b"
)


# Verbs whose -es follows a stem ending in s: the other -ses verbs drop only the s.
_ES_AFTER_S = frozenset(["focuses", "biases", "buses", "gases", "canvases"])


def base_verb(verb: str) -> str:
    """'translates' -> 'translate', 'carries' -> 'carry', 'matches' -> 'match'."""
    if verb.lower() in _ES_AFTER_S:
        return verb[:-2]  # 'focuses' -> 'focus' (but 'uses' -> 'use', 'causes' -> 'cause')
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("izes", "yzes", "ises", "yses")):
        return verb[:-1]  # 'quantizes' -> 'quantize', 'analyses' -> 'analyse'
    if verb.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") else verb


# Words that open an object pointing back to a sentence the card does not show: 'supplies
# those rules', 'connects the two', 'keeps these records'.
_LEANS_BACK = re.compile(
    # a share of them first: 'all of that', 'some of their limitations'; or to whom it
    # is given: 'gives everyone this right'
    r"^(?:(?:everyone|everybody|anyone|people|users|you|us)\s+)?"
    r"(?:(?:all|some|most|many|each|any|one|none|part)\s+(?:of\s+)?)?"
    r"(?:it|them|this|that|these|those|its|their|such|no\s+such|both|all\s+(?:two|three|four|five)|"
    r"the\s+(?:two|three|four|both|"
    r"same|latter|former|above|following))\b",
    re.I,
)
# A further verb of the same subject after a comma or 'and': 'listens for requests ...,
# does the work, and sends back a reply'; 'can save a file, return it, list it'. A verb is
# told from a noun of a list by what follows it: an article, a pronoun or a particle.
_NEXT_VERB = re.compile(
    r"(?:,\s+(?:and\s+|or\s+|then\s+)?|\s+(?:and|or|then)\s+)(?:also\s+)?"
    r"(?P<verb>[a-z]{3,})\s+(?:back\s+|up\s+|out\s+)?(?:the|a|an|it|them|its|their|this|these)\b"
)
# After 'and', a word in -s before a plain noun is a verb too ('warms water and keeps
# steam'); a noun of a list is followed by a joining word or a participle instead.
_AND_VERB = re.compile(
    r"\s+and\s+(?P<verb>[a-z]{3,}[^s\W]s)\s+(?!(?:and|or|of|in|on|for|with|to|from|that|which|"
    r"are|is|were|was|by|as|at)\b)[a-z]+(?<!ed)\b"
)


_ITS_PREPOSITIONS = ("from", "on", "into", "onto", "with", "to", "upon")


def leans_back(predicate: str) -> bool:
    """Whether a predicate's object points back: 'supplies those rules', 'connects the two'."""
    _, _, obj = predicate.strip().partition(" ")
    # ('extends from this idea': the object after the verb's preposition)
    if obj.split(" ", 1)[0].lower() in ("back", "up", "out", "off", *_ITS_PREPOSITIONS):
        obj = obj.split(" ", 1)[1] if " " in obj else ""
    return bool(_LEANS_BACK.match(obj))


# 'signals a problem ... and has to be fixed': the subject's next verb is a helper's.
_AND_HELPER = re.compile(
    r"\s+and\s+(?:has|have|is|are|can|must|should|will|needs?)\s+(?:to\s+)?be\s"
)


def _verb_series(obj: str, modal: bool, plural: bool) -> bool:
    """Whether the object of a predicate goes on to further verbs of the same subject."""
    if not modal and not plural and _AND_VERB.search(obj):
        return True
    if _AND_HELPER.search(obj):
        return True
    for found in _NEXT_VERB.finditer(obj):
        verb = found["verb"]
        if verb in _NO_OBJECT - {"do", "does", "make", "makes", "take", "takes", "give"}:
            continue
        third_person = verb.endswith("s") and not verb.endswith("ss")
        if (not modal and not plural) is third_person:
            return True
    return False


# Verbs whose 'to' opens another verb, not a place: 'helps to keep', 'exists to glue'.
_BEFORE_A_VERB = frozenset(("need", "want", "help", "tend", "exist", "refuse", "decline"))
# Verbs of an aim ('seeks to enable ...'): what a thing is after, which a strict reader
# found too vague to recall.
INTENTS = frozenset(("seek", "aim", "try", "strive", "attempt"))


# A comparison with an everyday thing, which the card would ask as if it were a fact.
_PICTURED_AS = re.compile(
    r"\b(?:act|acts|acting|behave|behaves|work|works)\s+(?:just\s+|much\s+)?like\s+(?:an?|the)\s",
    re.I,
)
# A predicate that only counts what the list after it names: 'offers several advantages'.
_ONLY_SOME = re.compile(
    r"^[a-z]+\s+(?:several|many|some|various|numerous|multiple|a\s+(?:few|number\s+of))\s+"
    r"(?:[a-z]+\s+)?(?:advantages|benefits|features|improvements|uses|options|ways|things)\b"
    r"(?:\s+(?:over|compared\s+(?:to|with))\s+[\w\s-]{1,40})?\.?$",
    re.I,
)


# A second verb of the subject's joined to the object of the first: '... solution and
# supports ...'.
_AND_A_VERB = re.compile(r"\s+and\s+(?:also\s+)?(?P<verb>[a-z]{3,}s)\s")


def without_second_verb(answer: str) -> str:
    """A verb claim's answer cut before a second thing the subject does ('applications
    and ensures that ...' -> 'applications.')."""
    for found in _AND_A_VERB.finditer(answer):
        if found["verb"] in FUNCTION_VERBS:
            return answer[: found.start()].rstrip(",") + "."
    return answer


def verb_claim(rest: str, name: str, plural: bool) -> tuple[str, str, str] | None:
    """'can contain data' -> ('can contain', 'What can a cookie contain?', 'Data.').

    A predicate of several verbs ('can save a file, return it and delete it') is asked as
    a whole ('What can storage do?'): the object of its first verb is no answer.
    """
    found = _VERB_CLAIM.match(rest)
    if found is None:
        return None
    verb, modal = found["verb"], found["modal"]
    if verb in _NO_OBJECT or verb in _NOT_ACTIONS or verb.endswith(("ed", "ing")):
        return None
    if modal is None and found["object"].split(" ", 1)[0] in MODALS:
        return None  # 'Retargeting ads may contain ...': 'ads' is the subject's noun
    if _SOME_OF_MANY.match(found["object"]):
        return None  # 'may contain different levels of abstraction': which, it does not say
    if found["adverb"] is None and verb.endswith("ly") and verb not in _LY_VERBS:
        return None  # 'will generally be the case that ...': an adverb before no verb
    if modal is None and (
        verb.lower() in PLURAL_NOUNS or re.match(rf"{FREQUENCY}\b", found["object"], re.I)
    ):
        # 'Backtracking algorithms start with ...', 'APIPA addresses always begin ...':
        # the subject's plural, no verb
        return None
    if modal is None and not plural and not (verb.endswith("s") and not verb.endswith("ss")):
        # 'The git branch command in Git creates, lists, ...': after a singular name a
        # word without its -s is no verb ('command'), the series behind it not the name's.
        return None
    if _verb_series(found["object"], modal is not None, plural) and not leans_back(rest):
        if modal is not None and modal.lower() in ("cannot", "can't"):
            return None
        if verb.lower() in _STATES:
            return None  # 'varies with the device, and will be smaller on a phone': no doing
        aux = modal.lower() if modal else ("do" if plural else "does")
        said = rest[len(modal) :].strip() if modal else rest
        said = re.split(r",\s+but\s+|;\s+", said)[0]  # 'X, but cannot Y': X
        shape = "does" if modal is None else f"{aux} do"
        return shape, f"What {aux} {name} do?", upper_first(strip_end(said)) + "."
    if modal is None and plural and verb.endswith("s") and not verb.endswith("ss"):
        return None
    if modal in ("cannot", "can't"):
        return None  # a negative claim is asked as true or false
    base = verb if modal else base_verb(verb)
    # 'X, but can also Y' and 'X, then makes Y': the object of the first verb is X.
    # ('careful method selection but enables running ...': 'but' and a second verb)
    obj = re.split(
        r",\s+but\s+|\s+but\s+(?=[a-z]+s\b)|;\s+|,\s+(?:and\s+)?then\s+", found["object"]
    )[0]
    # ('monitors applications and ensures that ...': a second thing it does)
    obj = strip_end(without_second_verb(obj))
    first, _, tail = obj.partition(" ")
    aux = modal.lower() if modal else ("do" if plural else "does")
    if _WHENEVER.match(obj) and not modal:
        # 'The bootloader starts every time a system starts or restarts': no object but
        # when it does so ('What does a bootloader start?' was answered by a time)
        return "when", f"When {aux} {name} {base}?", upper_first(strip_end(obj)) + "."
    if first.lower() in _BAD_OPENERS or not tail or len(words(obj)) < 3:
        return None
    if first.lower() in _PARTICLES and tail.split()[0].lower() in _AFTER_A_PARTICLE:
        return None  # 'can show up in the form of ...': the verb takes no object
    if _UP_TO_A_COUNT.match(obj):
        return None  # 'comprises up to 32 characters': a count, no particle of the verb
    if modal is None and not plural and first.lower() in _AFTER_A_PLURAL_SUBJECT:
        return None
    if first.lower() in _POINTING or FLUFF.occurs_in(obj) or leans_back(rest):
        # 'translates it for us', 'lacks some of their limitations': what 'it' and
        # 'their' are stands elsewhere; praise
        return None
    adverb = f"{found['adverb']} " if found["adverb"] else ""
    if first.lower() == "to" and base.lower() in INTENTS:
        return None  # 'seeks to enable capabilities ...': an aim, too vague to recall
    if (
        first.lower() == "to"
        and tail.split()[0].isalpha()
        and tail.split()[0].islower()
        and base.lower() in _BEFORE_A_VERB
    ):
        # 'helps to keep ...': what it helps to do, answered by the doing
        prompt = f"What {aux} {name} {adverb}{base} to do?"
        answer = tail
    elif (
        first.lower().endswith("ly")
        and tail.split(" ", 1)[0].lower() in _PREPOSITIONS
        and len(words(tail)) >= 3
    ):
        # 'can connect directly to container orchestration platforms': the verb takes no
        # object, its adverb and preposition go in the question
        prep, _, answer = tail.partition(" ")
        prompt = f"What {aux} {name} {adverb}{base} {first.lower()} {prep.lower()}?"
    elif base.lower() in _TWO_OBJECTS and first.lower() in _PEOPLE:
        return None  # 'save developers valuable time': whom first, then what
    elif base.lower() in _GIVES_WITH and _RECEIVER_THEN_WITH.match(obj):
        # 'can supply an area with power': what it supplies is the power, after the area
        # it goes to ('What can a microgrid supply?' -> 'An area with power ...')
        return None
    elif first.lower() in _PREPOSITIONS or (first.lower() in _PARTICLES and len(words(tail)) >= 2):
        # 'marks up text ...' -> 'What does HTML mark up?': the particle is the verb's
        prompt = f"What {aux} {name} {adverb}{base} {first.lower()}?"
        answer = tail
    else:
        helper = _WHO_TO.match(obj)
        if base in _WHO_THEN_WHAT:
            if helper is None:
                # 'allows cross-origin access': no one to ask about; 'instructs the
                # browser on which sources ...': its object is no answer
                return None
            prompt = f"What {aux} {name} {base} {helper['who']} to do?"
            answer = helper["do"]
        elif (by := _BY_DOING.match(obj)) is not None:
            # 'can optimise the code by reducing the amount of code ...': how it does it
            # is the point ('What can a compiler optimise?' -> 'The code by ...' ran both
            # together)
            prompt = f"How {aux} {name} {adverb}{base} {by['what']}?"
            answer = by["how"]
        else:
            prompt = f"What {aux} {name} {adverb}{base}?"
            answer = obj
    return f"{aux} {base}", prompt, upper_first(strip_end(answer)) + "."


# Verbs whose first object receives, the thing given coming after 'with'.
_GIVES_WITH = frozenset(("supply", "provide", "equip", "furnish", "feed", "fill", "load"))
_RECEIVER_THEN_WITH = re.compile(
    r"(?:an?|the|its|their|your|each|every|all)\s+(?:[\w-]+\s+){0,3}?with\s", re.I
)
# A short object, then how the verb is done to it: 'the code by reducing the amount ...'.
_BY_DOING = re.compile(
    r"(?P<what>(?:the|its|their|your|an?)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?P<how>by\s+[a-z]+ing\b.+)$"
)


# A time said where an object would stand: 'every time ...', 'whenever ...'.
_WHENEVER = re.compile(r"(?:every|each)\s+time\s+\w+\s+\w+|whenever\s+\w+\s+\w+", re.I)


def claim_of(rest: str, body: str, name: str, plural: bool) -> tuple[str, str, str] | None:
    """(shape, prompt, answer) of the claim a predicate about the entry makes, or None.

    The shapes, first match wins: what it consists of, how it can be done, what it is
    used for, what it is useful for, what it is measured in, what it is not (then the
    prompt is the statement itself, to judge true), what it does, what it can do.
    """
    do, be = ("do", "are") if plural else ("does", "is")
    if (why := _BECAUSE.match(rest)) is not None:
        said = why["claim"]
        verb, _, after = said.partition(" ")
        if verb.lower() in ("is", "are", "can", "must", "should", "will", "was", "were"):
            prompt = f"Why {verb.lower()} {name} {after}?"
        elif verb.lower() not in _NOT_ACTIONS and verb.endswith("s") and not plural:
            prompt = f"Why does {name} {base_verb(verb)} {after}?"
        else:
            prompt = ""
        if (
            prompt
            and not _NEGATIVE.match(said)
            and not _NEGATED.search(said)
            and not {"these", "those"} & set(words(after))
        ):
            # not 'Why does salting make these tables useless?': which tables? Nor a claim
            # with a 'not' in it: '... will not roll back the transaction because the seat
            # was double-booked' gives no reason, it says which reason does not count
            reason = strip_end(why["reason"])
            if reason.lower().startswith("of "):
                reason = f"because {reason}"  # 'because of its convenience ...': 'Of ...' alone
            return "why", prompt, upper_first(reason) + "."
    if (made := MADE_BY.match(rest)) is not None and not leans_back(made["who"]):
        # 'It was made popular by Raymond Calvel ...' -> 'Who made autolyse popular?':
        # who is behind a thing is a fact a beginner is asked
        done = " ".join(made["done"].lower().split())
        first = "first " if made["first"] else ""
        if done == "made popular":
            prompt = f"Who {first}made {name} popular?"
        else:
            prompt = f"Who {first}{done} {name}?"
        return "who", prompt, upper_first(strip_end(made["who"])) + "."
    if (parts := _PARTS.match(rest)) is not None:
        return "parts", f"What {do} {name} consist of?", upper_first(parts["parts"]) + "."
    if (
        (when := _HAPPENS.match(rest)) is not None
        and not leans_back(when["condition"])
        # (not 'A Cumulative Layout Shift happens when you're about to click ...': the
        # reader's scene, an example of it)
        and not re.match(r"you\b", when["condition"], re.I)
    ):
        # 'A deadlock occurs when two processes each wait for the other' -> 'When does a
        # deadlock occur?': when a problem or an event comes about is what it is
        verb = base_verb(when["verb"].lower()) if not plural else when["verb"].lower()
        return "when", f"When {do} {name} {verb}?", f"When {strip_end(when['condition'])}."
    if (formed := FORMED.match(rest)) is not None and not leans_back(formed["means"]):
        # 'A covalent bond is formed by the overlap of ...' -> 'How is a covalent bond
        # formed?': how a thing comes about is what a beginner learns of it
        done = formed["done"].lower()
        return "how", f"How {be} {name} {done}?", upper_first(strip_end(formed["means"])) + "."
    if (caused := CAUSED.match(rest)) is not None and not leans_back(caused["cause"]):
        # 'Earthquakes are caused by a sudden release of stress ...' -> 'What causes
        # earthquakes?': where a happening comes from
        return "how", f"What causes {name}?", upper_first(strip_end(caused["cause"])) + "."
    if (passive := _PASSIVE.match(rest)) is not None:
        modal, done, means = passive["modal"].lower(), passive["done"], passive["means"]
        prep, _, other = means.partition(" ")
        if done.lower() == "used":
            # 'Codecs can be used with both streaming or file-based content' -> 'How can
            # codecs be used?': any use answers it, what they are used for the most
            return None
        if done.lower() in _TRADED:
            # 'Physical engines can be purchased from other vendors': where a product is
            # bought, not what the concept is or does
            return None
        if done.lower() in _PAIRED_WITH and prep.lower() in ("with", "to"):
            # 'can be contrasted with a shell': what it is set beside, not how
            prompt = f"What {modal} {name} be {done} {prep.lower()}?"
            return "how", prompt, upper_first(other) + "."
        if done.lower() in _PLACED and prep.lower() in ("on", "in", "at", "onto", "into"):
            # 'can be installed on a user's device': where, not how
            return "how", f"Where {modal} {name} be {done}?", upper_first(means) + "."
        prompt = f"How {modal} {name} be {done}?"
        return "how", prompt, upper_first(means) + "."
    if (used := USED.match(rest)) is not None:
        use = f"To {used['use']}" if used["how"].lower() == "to" else upper_first(used["use"])
        if used["place"]:
            # 'applied to kiln shelves to protect them from glaze drips': 'them' is the
            # shelves, which the answer would otherwise leave out
            place = re.sub(r"^(?:the|an?)\s+", "", used["place"], flags=re.I)
            pronoun = "them" if place.endswith("s") else "it"
            use = re.sub(rf"\b{pronoun}\b", place, use, count=1)
        return "used", f"What {be} {name} used for?", use + "."
    if (
        (useful := _USEFUL.match(rest)) is not None
        and not FLUFF.occurs_in(rest)
        and not _MANY_USES.match(useful["what"])
        and not _ACROSS_MANY.search(useful["what"])
    ):
        word, prep = useful["word"].lower(), useful["prep"].lower()
        if useful["adverb"] and useful["adverb"].lower() not in ("also", "very"):
            word = f"{useful['adverb'].lower()} {word}"
        what = upper_first(useful["what"])
        if prep == "when":
            prompt = f"When {be} {name} {word}?"
        elif prep == "to":
            prompt, what = f"What {be} {name} {word} for?", f"To {useful['what']}"
        else:
            prompt = f"What {be} {name} {word} {prep}?"
        return "useful", prompt, what + "."
    if (measured := _MEASURED.match(rest)) is not None:
        return "measured", f"What {be} {name} measured in?", upper_first(measured["unit"]) + "."
    if _NEGATIVE.match(rest) and not _CONFUSED.search(rest):
        return "not", body, TRUE_FALSE[0]
    if _ONLY_SOME.match(rest):
        return None  # 'offers several advantages over ...': which, its list says
    if _PICTURED_AS.search(rest):
        return None  # 'allows the router to act like a delivery truck': a picture, no fact
    if acts(rest, plural) and words(rest)[0] in FUNCTION_VERBS:
        if leans_back(rest):
            return None  # 'supplies those rules': which rules the card cannot say
        return "does", f"What {do} {name} do?", upper_first(rest) + "."
    return verb_claim(rest, name, plural)
