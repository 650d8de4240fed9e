"""Defining sentences: where a page says what its concept is.

"A **CDN** (Content Delivery Network) is a group of servers ...", "DNS (the Domain
Name System) is the web's phone book", "Domain Name System (DNS) is ...", "Caching
refers to ...": the concept's name (or its expansion with the name in brackets),
perhaps an aside, then a defining verb. The parser uses this to find the entry's
definition (and, in pasted text, its title); the generator to ask "What is X?" and
"What does X stand for?".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from cards.names import DOING_THEN, same_or_plural
from cards.sentences import (
    AFTER_A_PLURAL,
    FUNCTION_VERBS,
    LEADING_ARTICLE,
    MEASURES,
    MODALS,
    THAT_IS,
    indefinite,
    name_forms,
    opens_with_doing,
    third_person,
    upper_first,
)
from cards.text import Gated, written_at

# The verbs that say what something is, after the name and any aside.
_VERB = (
    # ('the mean squared error', 'the harmonic mean of': a noun, not the verb)
    r"(?:is|are|was|refers to|refer to|(?<!\bthe )(?<!\ba )means?(?!\s+of\b)|describes|"
    r"stands for|is defined as|"
    # ('torque can be thought of informally as 'rotational force'')
    r"can be thought of (?:\w+ly )?as|"
    r"are defined as|is short for|represents?|denotes)"
)
# What follows the verb in a sentence that only expands or renames ('stands for ...',
# 'also known as ...'), says what happens to it ('is affected by ...') or when it is so
# ('is dynamically typed if ...'): no definition.
# 'Cookies are allowed to be sent with ...': what may happen to a thing, not what it is.
_MAY = re.compile(
    r"^(?:not\s+)?(?:allowed|permitted|able|unable|expected|supposed|required|likely)\s+to\b",
    re.I,
)
# A picture's caption, copied where the picture stood: 'An illustration comparing the
# OpenAPI Specification to a recipe book ...'.
CAPTION = (
    r"an?\s+(?:illustration|image|diagram|screenshot|photo|picture|figure|infographic)\s+"
    r"(?:of|showing|comparing|that\s+shows|depicting)\b"
)
_NOT_WHAT_IT_IS = re.compile(
    # ('It is even being referred as next-generation industry standard ...': a name)
    r"^(?:(?:also|sometimes|often|commonly|even)\s+)?(?:being\s+)?"
    r"(?:known as|called|referred (?:to )?as)\b|"
    # 'Information is normally short in its volume': how it usually is, not what
    r"^(?:normally|usually|generally|typically|mostly|often)\s+(?!an?\b|the\b|one\b)[a-z]+\s+"
    r"(?:in|at|for|on|than|and)\b|"
    # 'X11 is known for its legacy codebase': what it is famous for
    r"^(?:\w+ly\s+)?(?:known|famous|notable|noted|renowned|praised|criticized)\s+for\b|"
    # 'The recursive call is at the end of the function': where it is, not what it is
    r"^(?:at|in|near)\s+the\s+(?:very\s+)?(?:end|start|beginning|top|bottom|middle)\s+of\b|"
    # 'The Internet of Things (IoT) is transforming how we interact ...': what it does
    # to the world, not what it is
    r"^(?:\w+ly\s+)?(?:transforming|changing|revolutioni[sz]ing|reshaping|redefining|"
    r"disrupting|shaping|taking\s+over|gaining|growing|becoming|going\s+to)\b|"
    r"^(?:\w+ly\s+)?(?:\w+ed|done|made|given|taken|shown|seen|kept|built|held|sent|driven|"
    r"written)\s+by\b|"  # ('directly modified by the training'): what is done to it
    # 'Platelets are found only in the blood of mammals': where it is, not what it is
    r"^(?:\w+ly\s+)?(?:found|located|stored|kept|seen)\s+(?:\w+ly\s+|only\s+)?"
    r"(?:in|on|at|inside|within|throughout|among)\s|"
    # 'Current Sum is 17 (2 + 15).': a value, not what the thing is ('A nibble is 4 bits'
    # is a size, which is what it is)
    r"^(?!\d{1,3}\s+(?:bits?|bytes?|octets?|digits?|characters?|nibbles?)\b)[\d(+-]|"
    # 'Animations are then applied to an element by ...': what is done with it
    # ('Information is sent via the Internet to a server ...')
    # ('The static pressure is fed only to the case by the static port ...')
    r"^(?:(?:then|also|now|first|later|often|\w+ly)\s+)?(?:[a-z]+ed|sent|built|kept|held|given|"
    r"taken|shown|seen|written|hidden|chosen|stolen)(?:\s+(?:only|just|mainly|\w+ly))?"
    r"\s+(?:to|in|on|into|onto|at|"
    r"from|with|via|through|when|after|before|once|across|among|between|over|"
    # ('The element is positioned according to the normal flow ...': how it is placed)
    r"according\s+to|based\s+on|relative\s+to)\b|"
    # 'Modern software systems are rarely a single monolith ...': what it seldom is
    r"^(?:rarely|seldom|never|hardly|barely|no\s+longer)\b|"
    # 'It is useful to separate three steps: ...': the 'it' of a remark, no thing's
    r"^(?:\w+ly\s+)?(?:useful|important|necessary|possible|helpful|worth|vital|essential|"
    r"crucial|advisable|easy|hard|difficult|best|better)\s+(?:to|that)\b|"
    # 'Two Phase Commit is implemented as follows: Phase 1 ...': how it is done
    r"^(?:\w+ly\s+)?(?:[a-z]+ed|done|made|built|written)\s+as\s+follows\b|"
    # 'Flex layout is the newest of the three.': where it stands among others
    r"^(?:the\s+)?(?:\w+est|most\s+\w+|least\s+\w+)\s+of\s+(?:the|all|them|these|those)\b|"
    # 'Animations are similar to transitions in that ...': what it is like, not what it is
    r"^(?:(?:very|quite|somewhat|closely)\s+)?(?:similar|related|comparable|analogous)\s+to\b|"
    r"^(?:kind|sort)\s+of\s+like\b|"  # 'DNS is kind of like a telephone book': an analogy
    r"^(?:(?:actually|really|simply|just|basically)\s+)?(?:an? |the )?"
    r"(?:acronym|abbreviation|short) (?:for|of)\b|"
    # 'An excel workbook is different from excel worksheet.': what it is not
    r"^(?:\w+ly\s+)?(?:different|distinct)\s+from\b|"
    # ('used keep ...'; 'best used for storing small amounts of data': what it suits)
    r"^(?:(?:\w+ly|often|also|sometimes|still|best|most)\s+)?used\s+(?!as\b)\w|"
    # 'Polling is the simple one: ...': which of two it is, not what it is
    r"^the\s+[a-z]+\s+one\b|"
    # 'preconnect is just doing "more"', 'images are one thing that have lagged behind': a
    # remark on it in passing
    r"^(?:just|simply)\s+(?:doing|making|being)\b|^one\s+(?:thing|area)\s+that\b|"
    # 'HTTP is stateless - each request ...': a quality, then why
    r"^(?!(?:an?|the|one)\b)[a-z]+\s+[-–—]\s|"
    rf"^{CAPTION}|"  # 'An illustration comparing the OpenAPI Specification to ...'
    # 'This is what is known as mixed content because ...', 'the kind of thing that's
    # invisible until ...': a name given or a remark, not what it is
    r"^what\s+(?:is|are)\s+(?:known\s+as|called)\b|^(?:the|a)\s+kind\s+of\s+thing\s+(?:that|which)|"
    # 'NAND flash is susceptible to wear ...': what can befall it, not what it is
    r"^(?:(?:\w+ly|also|often|more|less|very)\s+)?(?:susceptible|prone|vulnerable)\s+to\b|"
    # 'A parser is normally part of some larger program': where it sits, not what it is
    r"^(?:normally|usually|often|typically|generally)\s+(?:a\s+)?part\s+of\b|"
    # 'A function is said to have a side effect if ...', 'is misused for auxiliary space'
    r"^(?:(?:\w+ly|often|also|sometimes)\s+)?(?:said\s+to|(?:misused|mistaken|confused)\s+"
    r"(?:for|with)\b)|"
    # 'A token's scope is most often represented with a string': how it is written down
    r"^(?:(?:\w+ly|most often|often|also|usually)\s+)?(?:represented|written|stored|encoded|"
    r"expressed|formatted|displayed|shown|measured)\s+(?:with|in|as|using)\b|"
    r"^that\s+(?!which\b)|"  # 'The key difference is that ...': a clause, not a thing
    # 'is the smallest, simplest piece of an application that does the most work': a
    # slogan's run of superlatives, no kind of thing
    r"^the\s+(?:[a-z]+est|most\s+[a-z]+),\s+(?:and\s+)?(?:[a-z]+est|most\s+[a-z]+)\b|"
    # 'Migrations are orderd by the timestamp of their creation': what is done to it (a
    # passive, its participle maybe misspelt), not what it is
    r"^(?:\w+ly\s+)?[a-z]{3,}e?d\s+by\s+(?:the|their|its|a|an)\b|"
    # 'It is worth noting that it doesn't match all systems': a remark, not what it is
    r"^(?:also\s+)?worth\s+(?:noting|mentioning|remembering|knowing|adding)\b|"
    # 'A rising rate is an early sign of trouble': what it tells of, not what it is
    r"^(?:an?\s+)?(?:(?:early|clear|sure|good|common|first|telltale)\s+)?(?:sign|symptom|"
    r"warning\s+sign)s?\s+of\b|"
    # 'is simple and user-centric, but weak for diagnosis': qualities weighed, no kind
    r"^(?:\w+ly\s+)?[a-z-]+(?:,\s+[a-z-]+)*,?\s+and\s+[a-z-]+,?\s+but\s|"
    # 'The TXT record was originally intended as a place for notes': its history
    r"^(?:originally|initially|first|once)\s+(?:\w+\s+)?"
    r"(?:intended|meant|designed|created|built|used|developed)\b|"
    # 'PKCE is not a form of client authentication': what it is not
    r"^not\b(?!\s+(?:only|just|merely)\b)|"
    # 'Swap space is located on hard drives ...': where it is, not what
    r"^(?:\w+ly\s+)?(?:located|found|placed|situated|stored|kept)\s+(?:on|in|at|inside|under)\b|"
    # 'Data is often mutable', 'Local variables are often stored for short amounts of
    # time': how a thing tends to be, not what it is ('A byte is usually 8 bits', 'A
    # cache is usually a small memory' say what, and 'always ...' is true of every one)
    r"^(?:often|usually|typically|generally|sometimes|frequently|mostly)"
    r"\s+(?!(?:an?|the|one|any|some|\d+)\b)|"
    # 'This is the second post in a year-long series.': the page's place in a blog's series
    r"^(?:the\s+)?(?:first|second|third|fourth|fifth|\w+th|last|latest|next|final)\s+"
    r"(?:post|part|article|instal(?:l)?ment|entry|episode|chapter)\s+(?:in|of)\b|"
    # 'Multithreading is what allows the parallel execution of ...': what it makes
    # possible, not what it is; 'An error budget is what's left over.'
    r"^what\s+(?:allows|lets|enables|makes|gives|keeps|helps)\b|^what['’]s\b|"
    # 'Holding torque is dependent on the motor being energized': what it hangs on
    r"^(?:\w+ly\s+)?(?:dependent|reliant|contingent)\s+(?:on|upon)\b|"
    # 'Bayes' theorem is named for Thomas Bayes': whose name it bears
    r"^(?:\w+ly\s+)?named\s+(?:for|after)\b|"
    # 'A modem is a portmanteau of modulator-demodulator': where the word comes from
    r"^(?:an?\s+)?(?:portmanteau|blend|contraction)\s+of\b|"
    r"^(?:composed|made\s+up|formed|derived)\s+(?:of|from)\s+(?:the\s+)?(?:two\s+)?words?\b|"
    # 'Pull requests are available in most Git hosting services': where to find it
    r"^(?:\w+ly\s+)?available\s+(?:in|on|for|to|from|as)\b|"
    # 'is automatically generated for any operation ...', 'usually created (on the stack)
    # on entry to a block': when it comes about, not what it is
    r"^(?:\w+ly\s+)?(?:generated|created|destroyed|allocated|produced|updated|loaded)\s+"
    r"(?:\([^()]{1,40}\)\s+)?(?:for|on|in|at|when|whenever|during|every|each|upon)\b|"
    # 'The application is responsible for maintaining the data': a role in a scheme
    r"^(?:\w+ly\s+)?(?:responsible|in\s+charge)\s+(?:for|of)\b|"
    # 'CSS variables are defined using the syntax --name': how one is written
    r"^(?:\w+ly\s+)?(?:defined|declared|written|set)\s+(?:using|with)\b|"
    # 'A security group is applied at an instance level': where it takes effect
    r"^(?:\w+ly\s+)?(?:applied|enforced|attached|evaluated|configured|assigned|scoped)\s+"
    r"(?:at|to|on|per|in)\b|"
    # 'A language is dynamically typed if ...' defines 'dynamically typed', not language
    # ('refers to operations which when repeated ...' is a relative clause's condition)
    r"^(?!(?:an?|the|one|any)\b)(?:(?!(?:which|that|who)\b)[\w-]+\s+){1,3}"
    r"(?:if|only if|when|whenever)\b",
    re.I,
)
# A lead saying the word's sense outside the subject: the page defines it again after.
_OTHER_SENSE = re.compile(
    r"^(?:\w+:\s*)?(?:in (?:general|everyday|common|ordinary|plain|daily) "
    r"(?:usage|use|language|speech|life|english)|"
    r"outside (?:of )?(?:computing|computers|tech\w*)|"
    # true only somewhere: 'In some languages, functions are "second-class" ...'
    r"in (?:some|certain|a few) [\w-]+(?:\s[\w-]+)?,)",
    re.I,
)
_EXPANDS_ONLY = re.compile(r"\s(?:stands for|is short for)\s", re.I)
_ARTICLE = r"(?:(?:an?|the|your)\s+)?"
# What the letters stand for, said in a comma aside: ', which stands for comma-separated
# value,' (a sentence of its own, 'CSV stands for ...', only spells them out).
_WHICH_STANDS_FOR = re.compile(
    r"^\s*,\s*(?:which|that)\s+(?:stands|is\s+short)\s+for\s+(?P<long>[^,]{2,80}),$", re.I
)
# An aside after the name: '(Content Delivery Network)', ', or CDN,', ' — short for X —'.
# (one bracket may hold another: '(also sanity testing, build verification test (BVT))')
_ASIDE = r"(?:\s*\((?:[^()]|\([^()]{1,20}\)){1,120}\))?(?:(?:\s*,[^,.;]{1,80}){1,3},)?"
# How an author may stop between the verb and what the thing is: 'PKI is, as the name
# suggests, a type of ...', 'A hash is, simply put, a ...'.
_SAYING_ASIDE = (
    r"(?:,\s+(?:as (?:the|its) name (?:suggests|implies)|simply put|put simply|in short|"
    r"in essence|in (?:simple|easy|plain) (?:terms|words)|at its (?:core|simplest)|essentially|"
    r"basically),)?"
)
# A linking phrase an author sets between the name and its verb with no commas:
# 'Denormalization on the contrary is the process of ...', 'Tree shaking simply means ...'.
_LINKING = (
    r"(?:\s+(?:on the contrary|on the other hand|in contrast|by contrast|in turn|however|"
    r"therefore|thus|instead|meanwhile|simply|basically|essentially|really|actually|"
    # ('A bond put simply is a loan ...', its commas left out)
    r"put simply|simply put|in short|in essence|"
    # ('"Lexical scope" in general is the idea that ...')
    r"in general|generally|mostly|usually|typically|commonly|normally))?"
)
# Where a name is met, after it: a capitalised name ('in JavaScript': the capital is
# checked as written, so 'Encryption in transit' keeps its whole name), or a field
# ('A load balancer in cloud computing is ...').
_MET_IN = (
    r"(?:(?-i:[A-Z])[\w.+#-]*|(?:cloud\s+)?computing|computer\s+science|programming|"
    r"networking|statistics|mathematics|machine\s+learning|cryptography|electronics|"
    r"software\s+(?:engineering|development|testing)|web\s+development|data\s+science|"
    # ('A process in an operating system refers to ...')
    r"(?:an?\s+|the\s+)?(?:operating|computer|file|distributed)\s+systems?|(?:an?\s+)?databases?)"
)
# How a law or a principle is given, after its name: 'states that ...', 'simply says
# that ...', with where it is met before ('in computer science states that ...').
STATES = re.compile(
    rf"(?:\s+in\s+{_MET_IN})?\s+(?:\w+ly\s+)?(?P<verb>state|say|hold|assert|posit|require)s\s+that\s+"
    r"(?P<what>\S.{8,})$",
    re.I,
)
# What a law's name ends in: 'CAP theorem', 'Conway's law', 'Doppler effect'.
LAW_WORDS = r"(?:law|principle|theorem|conjecture|razor|effect|rule)"
# What a sentence says of a thing that is no gloss of it, shared by the title finder and
# the definition maker: how it measures up against another ('bigger and, as a rule,
# heavier than the finishing planes', 'also safer than a blunt one') ...
MEASURED_AGAINST = (
    r"(?:(?:also|much|far|even|slightly|a\s+(?:little|bit))\s+)?(?:more\s+[a-z]+|[a-z]{2,}er)\b"
    r"[^.;]{0,60}?\bthan\b"
)
# ... and the verbs a whole is said to be all its parts with ('The standing rigging
# comprises all wires and stays ...'): what it is, no way it works.
MADE_OF = r"(?:comprises|consists\s+of|is\s+(?:made\s+up|composed|comprised)\s+of)"
# ... and when another thing is best done ('the best time to sing because ...').
BEST_FOR = (
    r"(?:the|an?)\s+(?:best|worst|ideal|perfect|right)\s+(?:time|place|moment|day|season)\s+"
    r"(?:to|for)\b"
)
# A law's name at a sentence's start: 'The CAP theorem', 'Conway's law'.
_LAW_NAME = re.compile(rf"^{_ARTICLE}(?:[\w'’-]+\s+){{0,4}}?{LAW_WORDS}\b", re.I)


def law_turned(name: str) -> str:
    """A law's name with its kind put first ('Least Privilege Principle' -> 'Principle of
    Least Privilege') or last ('Law of Demeter' -> 'Demeter Law'); '' for other names."""
    words = name.split()
    if len(words) < 2:
        return ""
    if re.fullmatch(LAW_WORDS, words[-1], re.I):
        return f"{words[-1]} of {' '.join(words[:-1])}"
    if len(words) >= 3 and words[1].lower() == "of" and re.fullmatch(LAW_WORDS, words[0], re.I):
        return f"{' '.join(words[2:])} {words[0]}"
    return ""


def subject_first(sentence: str) -> str:
    """A sentence without where its subject is met and the subject's other name: 'In
    theoretical computer science, the CAP theorem, also known as Brewer's theorem, states
    that ...' -> 'the CAP theorem states that ...'."""
    return without_open_alias(_LEAD.sub("", sentence.strip()))


def stated_law(sentence: str) -> str:
    """The name of the law a sentence states, said first or after where it is met and its
    other name (`subject_first`): 'CAP theorem'; '' when it states none."""
    return _law_stated_first(subject_first(sentence))


def states_a_law(sentence: str) -> bool:
    """Whether a sentence gives a law by its name ('The CAP theorem in computer science
    states that it is impossible ...'): the page is that law's, whatever it lists after."""
    return bool(_law_stated_first(sentence))


def _law_stated_first(text: str) -> str:
    """The name of the law a text opens on, when it goes on to say what the law states
    ('The CAP theorem states that ...' -> 'CAP theorem'); '' otherwise. (Never '' for a
    law it opens on: the name keeps its law word.)"""
    named = _LAW_NAME.match(text)
    if named is None or STATES.match(text, named.end()) is None:
        return ""
    name = LEADING_ARTICLE.sub("", named[0])
    return "" if name.casefold() == "rule" else name  # ('The rule states ...': which rule?)


# A name a sentence can define: up to six words, the first with a capital, digit or
# lower-case letter (glossaries write 'cache is ...').
_CANDIDATE = re.compile(
    # ('Object–relational mapping': an en dash joins a compound's words)
    rf"^{_ARTICLE}(?P<name>\.?[\w][\w.+#/'’–-]*(?:\s+[\w.+#/'’–-]+){{0,5}}?)"
    # 'A Higher-Order Function (HOF) in JavaScript is ...': where the name is met, after it
    # ('LXC - (LinuX Container) is ...': a dash before the aside)
    # ('Gross Domestic Product (GDP) of a nation is ...': whose, after the letters)
    rf"{_LINKING}(?:\s+[-–—](?=\s*\())?(?P<aside>{_ASIDE})"
    r"(?:(?<=\))\s+of\s+(?:an?|any|each|every)\s+[\w-]+)?"
    rf"(?:\s+in\s+{_MET_IN})?\s+{_VERB}"
    rf"{_SAYING_ASIDE}\s+(?=\S)",
    re.I,
)
# 'This is the time a packet takes ...' right under the title: the page's term is meant.
# ('These are gentle filters that ...' under a headword: the plural, when a plural noun
# and what it does or is for follow, not 'They are often used ...')
_PRONOUN = re.compile(
    rf"^(?:(?:this|it|that)\s+{_VERB}|(?:these|they)\s+are(?=\s+(?:[a-z-]+\s+){{0,3}}?"
    r"[a-z-]{3,}s\s+(?:that|which|used|for|of|with)\s))\s+(?=\S)",
    re.I,
)
# What a thing does for someone, said of it by a pronoun: 'It translates ...'; of a plural,
# 'They allow a function to ...' ('Coroutines in Lua are related to ...' before it).
_ACTS = (
    *("translate", "store", "convert", "map", "turn", "let", "allow", "enable", "connect"),
    *("send", "deliver", "protect", "encrypt", "control", "manage", "keep", "hold", "link"),
    *("identify", "verify", "check", "describe", "define", "tell", "provide"),
)
_PRONOUN_ACTS = re.compile(
    rf"^(?:it\s+(?=(?:{'|'.join(third_person(verb) for verb in _ACTS)})\b)|"
    rf"they\s+(?=(?:{'|'.join(_ACTS)})\b))",
    re.I,
)
_DESCRIBES_A_KIND = re.compile(
    r"^(?:it|this|that)\s+(?:describes|defines)\s+(?:the|an?)\s+"
    r"(?:process|act|practice|method|way|technique|set|kind|type|state)\b",
    re.I,
)
# A sentence that only says what a name's letters stand for: 'It stands for ...', 'TCP/IP
# is short for ...'.
SPELLS_ONLY = re.compile(
    r"^(?:it|this|[\w/.-]+)\s+(?:stands|is\s+short|is\s+(?:an?|the)\s+(?:acronym|abbreviation))"
    r"\s+(?:for|of)\s",
    re.I,
)
# 'X is like that box': an analogy pointing back, not a definition.
# ('Colour keying is the name for this kind of step': what it names is the sentence before)
_POINTS_BACK = re.compile(
    r"^(?:like\s+(?:that|this|these|those|it)|"
    r"(?:(?:just|simply)\s+)?(?:the\s+|a\s+)?(?:name|term|word)\s+(?:for|given\s+to)\s+"
    # (not 'the term for that repetitive sound birders make to attract birds': the thing
    # said in full)
    r"(?:this|that|these|those)(?!(?:\s+[\w'’-]+){5})|"
    r"(?:this|that|these|those)\s+(?:kind|sort|type)s?\s+of|"
    # ('Lift is the component of this force that is perpendicular ...': which force, the
    # sentence before said)
    r"(?:the|an?)\s+[a-z]+\s+of\s+(?:this|that|these|those)\s+[a-z]+)\b",
    re.I,
)
# Whom a thing serves, said before its name: 'For people with severe vision impairments or
# blindness, a screen reader is ...'.
_FOR_WHOM = re.compile(
    r"^for\s+(?P<whom>(?:people|users|those|anyone|someone|individuals|beginners|developers|"
    r"businesses|companies)\b[\w '’-]{0,60}?),\s+(?=(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,4}"
    r"\s+(?:is|are)\s)",
    re.I,
)
# What the name is, said after a colon: 'A higher-order function has an intimidating name
# and a simple meaning: it's a function that works with other functions.'
_SAID_AFTER_COLON = Gated(
    ":",
    re.compile(
        r"^(?P<name>(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:has|sounds|looks)\s+"
        r"[^:.;]{3,80}:\s+it(?:['’]s|\s+is)\s+(?=(?:an?|the|one)\s)",
        re.I,
    ),
)
# A bound on a quantity, as a predicate: 'The number of swaps is at most the height of
# the tree' (how large it gets, not what it is).
_BOUND = re.compile(
    r"(?:at\s+(?:most|least)|no\s+(?:more|less|fewer)\s+than|(?:less|more|fewer|greater)\s+"
    r"than|up\s+to|roughly|approximately)\s",
    re.I,
)
# A past verb, then what was done: 'Historically, Kubernetes was hard-coded to work with
# Docker.' (what was done to it once, not what it is).
_WAS = re.compile(r"\b(?:was|were)\s*$", re.I)
_DONE = re.compile(r"(?:[\w-]+-)?[a-z]+ed\b")
# A value alone, as a predicate: 'A good Cumulative Layout Shift is zero, which means ...'
# (not a size: 'A crumb is 2 bits')
_A_VALUE = re.compile(r"(?:zero|\d[\d.]*%?)(?=[,.;]|$)", re.I)
# Values set, as a predicate: 'N=3, W=2, R=2' (what is chosen, not what a thing is).
_SETTINGS = re.compile(r"[\w.]+\s?=\s?\S")
# A note's definition written as an equation: 'trie = a data structure used to store
# large sets of strings' (a name of words, not a variable: 'x = a list of ...').
_EQUALS_GLOSS = Gated(
    "=",
    re.compile(
        r"^(?P<name>[A-Za-z][a-z-]{2,}(?:\s+[\w-]+){0,3}?)\s+=\s+(?=(?:an?|the)\s+[a-z][\w-]*\s+\w+\s+\w)"
    ),
)
# A teaser's heading run into its text: 'Opportunity cost, explained Opportunity cost is
# a concept ...'.
_EXPLAINED_RUN_IN = Gated(
    ("explained", "defin", "brief", "nutshell"),
    re.compile(
        r"^(?P<name>[^,.:;]{2,60}),?\s+(?:explained|defined|definition|in\s+brief|in\s+a\s+nutshell)"
        r"[:.]?\s+(?=(?P=name)(?:e?s)?\b)",
        re.I,
    ),
)
# What a verb after the name says when it points back to the story a page told first:
# 'works the same way', 'does much the same', 'works just like that'.
AS_IN_THE_STORY = re.compile(
    r"\s+(?:(?:much|exactly|pretty\s+much)\s+)?(?:(?:in\s+)?the\s+same\s+(?:way|thing)|"
    r"similarly|(?:just\s+)?like\s+(?:that|this|the\s+\w+)|the\s+same)\b",
    re.I,
)
_EXPANDS = re.compile(r"^\s*\(\s*(?:the\s+)?(?P<long>[^()]{2,120}?)\s*\)")


# What may stand before the name: a label ('Definition:'), or a short opening phrase
# ('At its core,', 'In computing,', 'As an engineering term,').
# An aside that gives another name rather than spelling out the letters.
_ALIAS_ASIDE = re.compile(
    r"^(?:also known as|also called|sometimes called|aka|a\.k\.a\.|i\.e\.|or)\b", re.I
)
# 'The simple answer is that databases are ...': the definition follows.
_ANSWER_LEAD = re.compile(
    r"^(?:so,?\s+)?the (?:simple|short|basic|quick|easy|plain) answer is,?\s+(?:that\s+)?|"
    # ('I knew requestAnimationFrame was a Web API that helps ...': what the writer knew)
    r"^i\s+(?:already\s+)?(?:knew|know|learned|learnt)\s+(?:that\s+)?(?=\S+\s+(?:was|is)\s)",
    re.I,
)
# Where the definition is quoted from, before a colon: 'From an on-line introduction to
# the lambda calculus at Monash University: The lambda calculus is ...'.
_SOURCE_LEAD = re.compile(
    r"^(?:from|according\s+to|as\s+(?:defined|described|explained)\s+(?:by|in))\s+"
    r"[^:.!?]{3,100}:\s+(?=[A-Z\"“])|"
    # ('(from: Khalil Hamdan) Supersedure, as it relates to ...': a credit in brackets)
    r"^\((?:from|source|via|by)\s*:?\s*[^()]{2,60}\)\s+(?=[A-Z\"“])",
    re.I,
)
# A lead-in naming the definition that follows its colon: 'You can consider the following
# general definition of a canary release deployment: canary deployment is ...'.
_DEFINITION_LEAD = Gated(
    "definition",
    re.compile(
        r"^[^:.!?]{0,80}\b(?:the\s+following|this|a|one)\s+(?:[\w-]+\s+){0,2}definition\s+of\s+"
        r"[^:.!?]{2,60}:\s+(?=[A-Za-z\"“])|"
        # 'Let’s start by some OAuth definition from Wikipedia and try to break it down:
        # “OAuth provides ...': a definition quoted from a source
        r"^[^:.!?]{0,80}\bdefinitions?\s+(?:from|in|by|on)\s+[^:.!?]{2,60}:\s+(?=[\"“])|"
        # 'Covalent Bond Definition:A covalent bond is ...': a study site's label, glued
        r"^[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}\s+definition\s*:\s*(?=(?:An?|The)\s)",
        re.I,
    ),
)


def without_source_lead(text: str) -> str:
    """A definition without the lead-in that names its source or calls it one: 'According
    to the RFC: A URI is ...' -> 'A URI is ...'."""
    return _DEFINITION_LEAD.sub("", _SOURCE_LEAD.sub("", text))


# 'The term asynchronous refers to ...': the name follows the word 'term'.
# ('The full form of NFC is ...' speaks of NFC)
_TERM = re.compile(
    # (not 'The term is primarily technical ...': the term itself, the sentence's subject)
    r"^the\s+(?:(?:term|word|name|full\s+form\s+of|so-called)\s+"
    r"(?!(?:is|are|was|were|has|have|can|may|refers|means|comes|came)\b)(?=\S)|"
    # 'The concept of a "Purple Team" typically refers to ...' (a name, quoted or in
    # capitals: 'The idea of giving objects addresses' is a gloss)
    r"(?:concept|idea|notion)\s+of(?:\s+(?:an?|the))?\s+(?=[\"“'‘]|(?-i:[A-Z])))",
    re.I,
)
# A word made to name something: 'The term “Comet” was coined by Alex Russell of the
# Dojo project to describe ...'.
# ('The term pilot light is often used to describe a Disaster Recovery scenario in which
# ...': what the word is used for)
_COINED = Gated(
    ("describe", "name", "denote"),
    re.compile(
        r"^the\s+(?:term|word|name)\s+(?P<name>[\"“'‘]?[^\"“”'‘’\n]{1,40}?[\"”'’]?)\s+"
        r"(?:was\s+coined\s+(?:by\s+[^,;.]{1,80}?\s+)?(?:in\s+\d{4}\s+)?|"
        r"is\s+(?:often\s+|commonly\s+|usually\s+|generally\s+)?used\s+)"
        r"to\s+(?:describe|name|denote)\s+",
        re.I,
    ),
)
# A hedge before the verb that says what a name means: 'typically refers to'.
_HEDGED_VERB = re.compile(
    r"(?<=\S)\s(?:typically|usually|generally|commonly|often|normally)\s+"
    r"(?=(?:refers?\s+to|means|describes|denotes)\s)",
    re.I,
)
# 'The term message queue, refers to ...': a comma set between the term and its verb.
_TERM_THEN_COMMA = Gated(
    ",",
    re.compile(
        r"^the\s+term\s+(?P<name>[^,.;:]{1,60}),\s+(?=(?:refers\s+to|means|is|denotes)\s)", re.I
    ),
)
# 'The term refers to a microeconomic concept ...' under the title: the term is the title's.
_THE_TERM_ALONE = re.compile(rf"^the\s+term\s+(?={_VERB}\s)", re.I)
# A ranking first, then the thing it ranks: 'One of the more useful tools ... is a barlow
# lens.'
RANKED_THEN_NAMED = re.compile(
    r"one\s+of\s+the\s+(?:more\s|most\s|[a-z]+est\s)[^.;:]{3,120}?\s(?:is|are)\s+(?:an?|the)\s+"
    r"(?P<name>[\w-]+(?:\s+[\w-]+){0,3})\.$",
    re.I,
)
# Who made it and when, before the 'it' of what it is: 'Invented in the early 1800s by
# British mathematics professor Peter Barlow, it is a simple concave lens that ...'.
HISTORY_LEAD = (
    r"(?i:(?:first\s+)?(?:invented|developed|created|designed|introduced|devised|patented|built)"
    r"\s[^,;:.]{3,100},\s+)"
)
_ITS_HISTORY_FIRST = re.compile(rf"^{HISTORY_LEAD}(?=it\s+is\s)", re.I)
# How plainly it is put, with no comma before the 'it': 'In literal terms it is ...'.
_IN_SO_MANY_WORDS = re.compile(
    r"^in\s+(?:simple|easy|plain|literal|technical|layman['’]?s)\s+(?:terms|words)\s+(?=it\s)",
    re.I,
)
# "It's a global system ...": the informal pages' way of saying 'It is a ...' (not "it's
# been", which is 'has', nor "it's particularly useful", which says what it is like).
_CONTRACTED = Gated(("'", "’"), re.compile(r"^(it|this|that)['’]s\s+(?=(?:a|an|the|one)\s)", re.I))
# A note's label run into its definition: 'Forward proxy: is a server ...', 'Compiler - It
# is a program ...'.
_LABEL_IS = Gated(
    (":", "-", "–", "—"),
    re.compile(
        r"^([^:.!?]{1,60}?)\s*(?::|\s[-–—])\s+(?:it\s+|they\s+)?(?=(?:is|are)\s+(?:a|an|the|one)\s)",
        re.I,
    ),
)
# The words that label a definition: 'Definition:', 'Meaning –', a bare 'Description'.
DEFINITION_LABEL = r"(?:definition|description|meaning)"
_LEAD = re.compile(
    rf"^(?:(?:{DEFINITION_LABEL}|defined|in short|short answer|answer|a)\s*:\s*|"
    rf"{DEFINITION_LABEL}\s+[–—]\s+)?"  # 'Meaning – The term message queue'
    # ('However, in simple webopedia terms: A content delivery network (CDN) is ...')
    r"(?:(?:however|so|well|anyway),?\s+(?=in\s))?"
    # ('As the name suggests the altimeter displays altitude ...': its name said to fit)
    r"(?:as\s+(?:the|its)\s+name\s+(?:suggests|implies),?\s+(?=(?:the|an?)\s))?"
    # ('Developed by Bosch in the 1980s, the Controller Area Network (CAN) bus is ...':
    # who made it, first)
    r"(?:(?:developed|created|invented|designed|introduced|released|built)\s+by\s+"
    r"[^,.;:]{2,60},\s+(?=(?:the|an?)\s))?"
    # ('A frame is an image, which means the frame rate is the number of images ...': a
    # part said first, then the whole it makes)
    r"(?:an?\s+[\w-]+\s+is\s+[^,.;:]{2,60},\s+which\s+means\s+(?:that\s+)?(?=the\s))?"
    # ('In contrast to the majority of board games, a tile placement game is ...': what
    # it differs from, first)
    # ('Unlike the fragment, the query string is sent ...' says how they differ, no gloss)
    r"(?:in\s+contrast\s+to\s+[^,.;:]{2,60},\s+(?=an?\s))?"
    # ('According to Wikipedia an Internet Protocol address (IP address) is ...')
    r"(?:according\s+to\s+(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*){0,2}\s+(?=(?:an?|the)\s))?"
    # a field with no comma after it, before letters: 'In computer science DP is ...'
    r"(?:in\s+(?-i:[a-z]+)(?:\s+(?-i:[a-z]+)){0,2}\s+(?=(?-i:[A-Z]{2,6})\s))?"
    # or in its setting, before an article: 'In a computer game a sprite is ...'
    r"(?:in\s+(?:an?|the)\s+(?-i:[a-z]+)(?:\s+(?-i:[a-z]+))?\s+(?=an?\s))?"
    # or in its terms, before an article: 'In computer software terms a stack overflow ...'
    r"(?:in\s+(?-i:[a-z]+)(?:\s+(?-i:[a-z]+)){0,2}\s+terms\s+(?=(?:an?|the)\s))?"
    # the law that defines it: 'Under GDPR Article 4(1) 'personal data' means ...'
    r"(?:under\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3}\s+"
    r"(?:article|art\.|section|§)\s*[\w().]{1,12},?\s+)?"
    r"(?:(?:at its core|in short|simply put|put simply|in (?:simple|easy|plain) (?:terms|words)|"
    r"technically|basically|"
    r"essentially|fundamentally|"
    # how it has been so far: 'Traditionally, the Red Team focuses on ...'
    r"traditionally|historically|typically|usually|normally|in general|"
    # the other side's turn on a comparison page: 'On the other hand, starvation is ...'
    r"on the other hand|by contrast|conversely|"
    r"(?:generally|broadly|loosely|strictly|simply|plainly|technically) speaking|in essence|"
    r"in a nutshell|"
    r"at its (?:simplest|most (?:basic|fundamental)(?: level)?)|"
    r"at an? (?:low|high|basic|fundamental|technical) level|"  # 'At a low level, the kernel is'
    # its unit first: 'Measured in frames per second (fps), frame rate is ...'
    r"(?:measured|expressed|counted|given)\s+in\s+[\w ()/-]{1,60}|"
    # where it sits first: 'Positioned between the CPU and main memory, cache memory is ...'
    r"(?:positioned|located|placed|situated|sitting)\s+(?:between|in|inside|within|on|at)\s+"
    r"[\w /-]{1,60}|"
    # 'In statistics and machine learning, ...': one field or two
    # ('Inside computer graphics, ray tracing is ...', as a reworded copy puts it)
    r"(?:in|inside|within) (?:[\w/.+-]+\s){0,4}[\w/.+-]+"
    r"(?:\s(?:and|or)\s(?:[\w/.+-]+\s){0,3}[\w/.+-]+)?|"  # ('and other Unix-like systems')
    r"in the (?:context|world|field|realm|domain) of [\w -]{1,40}|"
    # ('When dealing with Java, a just-in-time compiler converts ...')
    r"when (?:dealing|working) with [\w .+#/-]{1,40}|"
    # where the name is used: 'In the Scrum framework for agile product development, ...'
    r"in (?:the |an? )?(?:[\w/.+-]+\s){0,3}(?:framework|methodology|method|model|paradigm|"
    r"discipline|practice|theory|language)(?:\s(?:for|of)(?:\s[\w/.+-]+){1,4})?|"
    r"as an? [\w -]{1,30} term|as per [\w .-]{1,40}|according to [\w .-]{1,40}|"
    # a likeness first: 'A method similar to natural rainfall, sprinkler irrigation is ...'
    r"an?\s+[\w-]+\s+(?:similar|comparable|akin|close)\s+to\s+[\w '’-]{1,40}|"
    # ('Not to be confused with data compression common in .mp3s, compression as used
    # by Engineering refers to ...': the other sense set aside first)
    r"not to be confused with [^,;:]{1,80})\s*[,:]\s*)?"
    # ('Traditionally the finder, or finder-scope, is ...': the same, its comma left out)
    r"(?:(?:traditionally|historically|typically|basically|essentially)\s+(?=(?:the|an?)\s))?",
    re.I,
)
# Other names before the one defined, as Computer Hope opens its entries: 'Alternatively
# called CPU frequency, clock rate, and processor speed, clock speed is the speed ...'.
# The names run to the last comma before a short name and its 'is'.
# Webopedia's way is its long form first: 'Short for file system check, fsck is a system
# utility ...'.
_OTHER_NAMES_FIRST = re.compile(
    r"^(?:(?:alternatively|also|sometimes|often)\s+(?:called|known\s+as|referred\s+to\s+as)|"
    # ('Formed from an abbreviation for Keyboard, Video and Mouse, a KVM switch is ...')
    # ('Abbreviation of “pulsating radio source”, a pulsar is ...': no article)
    r"short\s+for|(?:formed\s+|derived\s+|taken\s+)?(?:from\s+)?(?:an?\s+)?(?:abbreviation|acronym)"
    r"\s+(?:for|of))\s+"
    r"[^.;:]{1,120},\s+(?=[\w-]+(?:\s+[\w-]+){0,3}\s+(?:is|are)\s)",
    re.I,
)
# A body that sets the meaning, quoted: 'W3C defines Custom Elements as web components
# that ...' says what custom elements are.
_DEFINES_AS = Gated(
    "defines",
    re.compile(
        r"^(?:the\s+)?(?!(?i:this|it|we|he|she|they|our|the|each|every)\b)[A-Z][\w.&-]*"
        r"(?:\s+[A-Z][\w.&-]*){0,3}\s+defines\s+(?P<name>[\w][^,;]{1,60}?)\s+as\s+"
        r"(?P<rest>(?:an?|the|one)\s.+|[a-z][\w-]*\s.+)$"
    ),
)
# What a thing is for, said as its role: 'The job of a preload scanner is to examine
# ...', "A preload scanner's role is to examine ..." (read 'A preload scanner is to ...').
_ROLE_WORDS = r"(?:(?:main|primary|sole|only)\s+)?(?:role|job|purpose|task)"
_ROLE_OF = re.compile(
    rf"^(?:the\s+)?{_ROLE_WORDS}\s+of\s+(?P<name>(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){{0,4}}?)"
    r"\s+is\s+(?=to\s+[a-z])",
    re.I,
)
# Such a sentence anywhere: the definition card asks what the thing is for.
SAYS_ITS_ROLE = re.compile(rf"\b{_ROLE_WORDS}\s+(?:of\s+.{{1,80}}?\s+)?is\s+to\s", re.I)
_ROLE_OWNED = Gated(
    ("'", "’"),
    re.compile(
        rf"^(?P<name>(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){{0,4}}?)['’]s\s+{_ROLE_WORDS}\s+is\s+"
        r"(?=to\s+[a-z])",
        re.I,
    ),
)
# 'is defined as a ...', 'is formally defined by the Scrum Guide as a ...'.
# ('Cloud Bursting is defined as: When you run out of ...': a colon, then the gloss)
# ('Equilibrium price can be defined as the price at which ...': the same, hedged)
_IS_DEFINED_AS = re.compile(
    # ('Biodiversity can very simply be defined as ...': the hedge before 'be' too)
    r"\s(?:(?P<verb>is|are)|(?:can|may)\s+(?:(?:very|quite|most|more)\s+)?(?:\w+ly\s+)?be)\s+"
    r"(?:\w+ly\s+)?defined\s+"
    r"(?:by\s+[^,;]{2,60}?\s+)?as"
    r"(?:\s+(?=(?:an?|the|one)\s)|\s*:\s+(?=[A-Z]))"
)
# 'Compound interest is best described as interest upon interest' (or, as written, 'best
# describe as'): what it is, after the hedge.
_BEST_DESCRIBED_AS = re.compile(
    r"\s(?P<verb>is|are)\s+(?:best|often|usually|commonly|simply)\s+described?\s+as\s+", re.I
)
# An aside to the reader before the subject: 'Don't forget that momentum is ...',
# 'Remember that ...', 'Note that ...'.
_TO_THE_READER = re.compile(
    r"^(?:don['’]t\s+forget|do\s+not\s+forget|remember|note|keep\s+in\s+mind|recall)\s+that\s+"
    # ('Therefore GDP is a measure of ...': what the sentence before leads to)
    r"|^(?:therefore|thus|hence)\s+(?=(?-i:[A-Z]))",
    re.I,
)
# ('Often, merge conflicts happen when ...' gives a common cause, not what one is: read
# as a definition it was judged INCOMPLETE in a reading of session 38)
_COMES_ABOUT = Gated(
    "when",
    re.compile(
        rf"^{_ARTICLE}(?P<name>[\w][\w.+#/'’-]*(?:\s+[\w.+#/'’-]+){{0,4}}?)"
        r"(?:\s+\([^()]{1,60}\))?"  # 'Reflow (also called layout) occurs when ...'
        # 'A deadlock in an operating system arises when ...': where it is met
        r"(?:\s+in\s+(?:an?\s+|the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)?\s+"
        # ('Race conditions occur when ...': many of them; 'SQL injection usually occurs')
        r"(?:(?:usually|often|typically|commonly|mostly|generally)\s+)?"
        r"(?:occurs?|happens?|arises?)\s+(?P<when>when|whenever)\s+(?=\S)",
        re.I,
    ),
)
# The reader in the middle of something: 'when you're about to click ...'.
_READERS_SCENE = re.compile(r"\w+\s+you(?:['’]re|\s+are|['’]ve\s+just|\s+have\s+just)\b", re.I)
# What happens to the reader: 'happens when you open a link and stare at ...' (what
# 'occurs when you ...' or 'arises when you ...' says is what anyone does).
_HAPPENS_TO_YOU = re.compile(r"[^.]{0,80}?\bhappens?\s+(?:when|whenever)\s+you\b", re.I)
# What happens in a thing of a kind, said of the kind: 'In a man-in-the-middle attack, a
# malicious user ...' (a kind's name only: 'In a deadlock, ...' says no kind).
_IN_A_KIND = re.compile(
    r"^In\s+(?:an?|the)\s+(?P<name>[\w-]+(?:\s+[\w-]+){0,3}?\s+(?P<kind>attack|model|pattern|"
    r"protocol|technique|approach|architecture|method|process|algorithm|scheme|policy|"
    r"strategy|scan|test|deployment)),\s+(?P<rest>(?:an?|the|each|every|one)\s.+)$",
    re.I,
)
# A name in quotes: 'A "webhook" is ...'.
_QUOTED_NAME = Gated(
    ('"', "“", "'", "‘"),
    # ('"Perfect Cadence", also called "authentic cadence", is ...': a comma after it)
    re.compile(r"^((?:an?\s+|the\s+)?)[\"“'‘]([^\"”'’]{1,60})[\"”'’](?=[\s,])", re.I),
)


_OR_SHORT = re.compile(
    r",\s*(?:or|also called|also known as|aka|short)\s+(?P<short>[A-Z][A-Za-z0-9]{1,7})\s*,$"
)


class Definition(NamedTuple):
    """A defining sentence's parts: the name as written, and an expansion if given."""

    name: str
    expansion: str  # 'Content Delivery Network' for 'CDN (Content Delivery Network)'
    abbreviation: str  # 'CDN'
    predicate: str = ""  # what the sentence says the concept is: 'a group of servers ...'


# The initial of a number word, for an abbreviation that opens with a digit.
_NUMBER_INITIALS = dict(zip("23456789", "ttffssen", strict=True))


def _initials_match(abbreviation: str, words: str) -> bool:
    """Whether `words` spell out `abbreviation` ('Domain Name System' for 'DNS')."""
    letters = [c.lower() for c in abbreviation if c.isalpha()]
    if abbreviation[:1] in _NUMBER_INITIALS:
        letters.insert(0, _NUMBER_INITIALS[abbreviation[0]])  # '2FA': Two-Factor Authentication
    parts = [w for w in re.split(r"[\s-]+", words) if w]
    if len(letters) < 2 or not parts or len(parts) > 8:
        return False
    if abbreviation in parts:
        return False  # 'METAR is a format for reporting ...': its capitals are the letters'
    initials = "".join(part[0].lower() for part in parts if part[0].isalnum())
    minor = "".join(
        part[0].lower()
        for part in parts
        if part.lower() not in {"of", "and", "the", "for", "to", "in"}
    )
    # Letters may also come from inside a word ('HyperText' gives H and T), the first
    # from the first word ('firewalls and Web Application Firewalls' spells no WAF).
    capitals = "".join(c.lower() for c in words if c.isupper())
    if parts[0][0].lower() != letters[0]:
        capitals = ""
    # 'Cross' is written X ('Cross-site scripting' is XSS), and so is 'ex' ('Extreme
    # Programming' is XP, 'Extensible Markup Language' XML).
    crossed = "".join(
        "x" if p.lower().startswith(("cross", "ex")) else p[0].lower()
        for p in parts
        if p[0].isalnum()
    )
    wanted = "".join(letters)
    if wanted in (initials, minor, capitals, crossed):
        return True
    words_in = [part.lower() for part in parts if part[0].isalnum()]
    return len(wanted) > len(words_in) >= 2 and _from_first_letters(wanted, words_in)


def _from_first_letters(wanted: str, words: list[str]) -> bool:
    """Whether `wanted` is each word's first letter or first two, in order: 'rfid' of
    'radio frequency identification', 'ssh' of 'secure shell'; or a compound's first
    letter and its last part's: 'https' of 'hypertext transfer protocol secure'."""
    if not words:
        return not wanted
    word = words[0]
    heads = {word[:take] for take in (1, 2) if len(word) >= take}
    heads.update(
        word[0] + part[0]
        for part in _COMPOUND_ENDS
        if word.endswith(part) and len(word) > len(part) + 2
    )
    return any(
        wanted.startswith(head) and _from_first_letters(wanted[len(head) :], words[1:])
        for head in heads
    )


# The last parts of compound words an abbreviation letters on their own: 'hyper-text',
# 'data-base', 'pass-word'.
_COMPOUND_ENDS = ("text", "base", "word", "script", "mail", "ware")


_STANDS_FOR = re.compile(
    # ('The Full form of NFC is Near Field Communication.': an exam guide's phrase)
    r"^(?:(?i:an?|the)\s+)?(?P<full>(?i:full\s+form\s+of)\s+)?"
    r"(?P<short>[A-Za-z][\w.+#/-]{1,11})\s+(?:(?(full)is|(?!))|stands for|is short for|"
    r"is (?:(?:actually|really|simply|just|basically)\s+)?(?:an?|the) (?:acronym|abbreviation) "
    # ("DNS is short for 'Domain Name System'": single quotes as well)
    # ('BLAST is an acronym for: Basic - Local -Alignment - Search Tool, ...': a colon)
    r"(?:for|of):?)\s+(?:the\s+)?[\"“'‘]?(?P<long>[^,.;:()\"“”'‘’]{3,80})"
)


# The letters spelled out, then what the thing is: 'IBAN is the acronym for an
# International Bank Account Number, a universally recognised alphanumeric code ...'.
# ('HSTS stands for "HTTP Strict Transport Security," which is a web security policy ...')
_GLOSSED = re.compile(
    r"[\"”]?,[\"”]?\s+(?:(?:which|that)\s+is\s+)?(?P<gloss>(?:an?|the)\s+\S.{8,})$"
)


# The letters spelled out, then 'and is' what the thing is, in one breath.
_AND_IS = re.compile(
    r"(?P<long>[^,.;:()\"“”]{3,80}?)"
    # ('RAID is an acronym for redundant array of inexpensive drives (or disks) also known
    # as redundant array of independent drives (or disks) and is a type of ...': a word
    # the letters may stand for instead, and their other reading, set between)
    r"(?:\s*\([^()]{1,30}\))?(?:\s+also\s+known\s+as\s+[^,.;:()\"“”]{3,80}?(?:\s*\([^()]{1,30}\))?)?"
    # ('VR stands for virtual reality and it is a simulated experience ...': said again)
    r"\s+and\s+(?:(?:it|they)\s+)?(?:is|are)\s+(?P<gloss>(?:an?|the)\s+\S.{8,})$"
)


def glossed_acronym(text: str, names: tuple[str, ...]) -> Definition | None:
    """The definition of 'X is the acronym for Y, a Z ...': X, spelled Y, is a Z."""
    said = _STANDS_FOR.match(text)
    if said is None:
        return None
    glossed = _GLOSSED.match(text, said.end())
    long = said["long"]
    if glossed is None:
        # 'DKIM stands for DomainKeys Identified Mail and is a technology used to ...'
        joined = _AND_IS.match(text, said.start("long"))
        if joined is None:
            return None
        glossed, long = joined, joined["long"]
    short, long = said["short"], _joined(LEADING_ARTICLE.sub("", long.strip()))
    if not _short_form(short, long) or (names and not any(_same(short, n) for n in names)):
        return None
    return Definition(short, long, short, glossed["gloss"])


# The letters again, with a word of their own before them, right after a sentence that
# spelled them out: 'BIOS stands for Basic Input/Output System. The system BIOS is ...'.
_LETTERS_AGAIN = re.compile(r"^The\s+[a-z]{3,12}\s+(?P<name>[A-Z][A-Z0-9]{1,7})\s+(?=(?:is|are)\s)")


def letters_said_again(sentence: str, names: tuple[str, ...]) -> str:
    """The sentence after one that spelled out an abbreviation, with the word it sets
    before the letters left out ('The system BIOS is ...' -> 'BIOS is ...'); the sentence
    as it is when it opens otherwise. Only there: elsewhere 'the secondary DNS' may be
    another thing than DNS."""
    again = _LETTERS_AGAIN.match(sentence)
    if again is None or again["name"] not in names:
        return sentence
    return f"{again['name']} {sentence[again.end() :]}"


def expansion_of(sentence: str, names: tuple[str, ...]) -> Definition | None:
    """The expansion a sentence gives of one of `names`, if any.

    'A CDN (Content Delivery Network) is ...', 'Domain Name System (DNS) is ...' and 'DNS
    stands for Domain Name System' all expand DNS; the letters must match the words.
    """
    said = _stands_for(sentence)
    if said is not None:
        spelled = _spelled(said)
        if spelled is not None and any(
            _same(spelled.name, n) or _same(spelled.expansion, n) for n in names
        ):
            return spelled
        return None
    found = definition_of(sentence, names)
    clipped = _SHORT_FOR_ASIDE.match(sentence)
    if found is not None and clipped is not None and _same(clipped["short"], found.name):
        # 'A mutex (short for "mutual exclusion") is a lock ...': the words it was cut from
        return Definition(found.name, clipped["long"].strip(), found.name, found.predicate)
    if found is not None and not found.expansion and is_abbreviation(found.name):
        # 'An IDE is an Integrated Development Environment.': all it says is its words
        # (its words may be quoted: 'DNS is the "Domain Name System".')
        words_of = LEADING_ARTICLE.sub("", found.predicate.strip()).strip('."“”')
        if spells_out(found.name, words_of) and _EXPANSION_ONLY.fullmatch(words_of):
            return Definition(found.name, words_of, found.name, "")
    return found if found is not None and found.expansion else None


# A name with the words it is cut from in brackets: 'A mutex (short for "mutual
# exclusion") is ...'.
_SHORT_FOR_ASIDE = re.compile(
    r"(?:(?:an?|the)\s+)?(?P<short>[\w-]{2,20})\s+\((?:short|shorthand)\s+for\s+"
    r"[\"“'‘]?(?P<long>[^\"“”'‘’()]{3,60}?)[\"”'’]?\)",
    re.I,
)


# Words that may be an abbreviation's expansion: capitalised, a few of them.
_EXPANSION_ONLY = re.compile(r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|for|the|to|in|on)){1,6}")


def spelled_out(sentence: str) -> Definition | None:
    """The abbreviation a sentence spells out, whatever it names ('DNS is short for
    "Domain Name System"'), or None."""
    said = _stands_for(sentence)
    return _spelled(said) if said is not None else None


def _stands_for(sentence: str) -> re.Match[str] | None:
    """`_STANDS_FOR` read past the sentence's lead-in ('In short, ...')."""
    return _STANDS_FOR.match(_LEAD.sub("", sentence.strip()))


def _spelled(said: re.Match[str]) -> Definition | None:
    """A `_STANDS_FOR` match as a definition, when its words spell its letters out: its
    words up to a comma, else a list of capitalised words ('RGB stands for Red, Green and
    Blue', 'CMYK stands for Cyan, Magenta, Yellow, and Key (Black)')."""
    short = said["short"]
    long = _joined(LEADING_ARTICLE.sub("", said["long"].strip()))  # 'for an International ...'
    if _short_form(short, long):
        return Definition(short, long, short, "")
    listed = _LISTED_WORDS.match(said.string, said.end("long"))
    if listed is not None and _short_form(short, longer := f"{long}{listed[0]}"):
        return Definition(short, longer, short, "")
    return None


# More capitalised words after a first, set apart by commas or 'and': ', Green and Blue'.
_LISTED_WORDS = re.compile(
    r"(?:(?:,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}){1,8}"
)


def _joined(words: str) -> str:
    """Spelled-out words set apart by dashes, joined by spaces: 'Basic - Local -Alignment
    - Search Tool' -> 'Basic Local Alignment Search Tool' ('Platform-as-a-service' kept)."""
    return re.sub(r"\s+-\s*|\s*-\s+", " ", words)


def spelled_out_by(sentence: str) -> bool:
    """Whether a sentence says what a name stands for: 'TOTP is the acronym for ...'."""
    return _stands_for(sentence) is not None


def _says_no_gloss(text: str, named: re.Match[str]) -> bool:
    """Whether what follows a name and its verb is no gloss of the name: settings, a
    bound, a value alone, or what was once done to it."""
    at = named.end()
    return bool(
        _SETTINGS.match(text, at)
        or _BOUND.match(text, at)
        or _A_VALUE.match(text, at)
        or (_WAS.search(named.group(0)) and _DONE.match(text, at))
    )


# A name given after the verb: the subject before it is what the thing is, not its term.
_NAMED_AFTER = re.compile(r"\s*(?:called|known\s+as|termed|referred\s+to\s+as)\s", re.I)


def term_of(sentence: str) -> str:
    """The term a sentence opens by speaking of ('A webhook is also known as ...' ->
    'webhook'), whatever it goes on to say; '' when it opens otherwise."""
    text = _QUOTED_NAME.sub(r"\1\2", _LEAD.sub("", sentence.strip())).lstrip("*_“\"'")
    text = _TERM.sub("", text)  # 'The name grep is short for ...' speaks of grep
    match = _CANDIDATE.match(text)
    if match is None or not _name_like(match["name"]) or _MAY.match(text[match.end() :]):
        return ""  # nor 'Cookies are allowed to be sent ...': what may be done with them
    if _NAMED_AFTER.match(text, match.end()):
        return ""  # 'A database's logical blueprint is called a database schema.': what it is
    if text[match.end() : match.end() + 1].isdigit() or _says_no_gloss(text, match):
        return ""  # 'Current Sum is 17 (2 + 15).': a value in a worked example
    return match["name"].strip("*_ ")


def spells_out(short: str, long: str) -> bool:
    """Whether `long` is what the abbreviation `short` stands for: its letters the words'
    initials ('DNS', 'Domain Name System'), or its capitals ('OAuth', 'Open Authorization')."""
    if " " in short.strip() or len(re.split(r"[\s-]+", long.strip())) < 2:
        return False
    capitals = "".join(c.lower() for c in short if c.isupper())
    initials = "".join(w[0].lower() for w in re.split(r"[\s-]+", long) if w and w[0].isalnum())
    return _short_form(short, long) or (len(capitals) >= 2 and capitals == initials)


# A sentence on where a name comes from: 'The name ransomware comes from two
# words: ransom and software.' It says nothing of the thing, but the 'It ...' after it
# is the thing.
NAME_ORIGIN = re.compile(
    r"^(?:the\s+)?(?:name|term|word)\s+[\"'“‘]?(?P<name>[\w-]+(?:[ \t][\w-]+){0,2}?)[\"'”’]?"
    r"\s+(?:comes|came|derives|is\s+derived)\b",
    re.I,
)


def blends(word: str, name: str) -> bool:
    """Whether `word` is `name`'s words clipped and joined, as a short name is made:
    'Syscall' (or 'Syscalls') of 'System Call', 'Regex' of 'Regular Expression', 'Modem'
    of 'Modulator demodulator'. Each word gives two letters at least, the last whole or
    clipped; a plural of the word counts."""
    parts = [part for part in re.split(r"[\s-]+", name.casefold()) if part]
    if not 2 <= len(parts) <= 4 or not all(part.isalpha() for part in parts):
        return False
    word = word.casefold()
    if not word.isalpha() or len(word) > _LONGEST_BLEND:
        return False
    if any(part.startswith(word) or word.rstrip("s") == part for part in parts):
        return False  # 'Data' of 'Data table': one of its words, no blend
    forms = [word]
    if word.endswith("s"):
        forms.append(word[:-1])
    if word.endswith("es"):
        forms.append(word[:-2])
    return any(_clipped_from(form, parts) for form in forms)


# The longest word read as a blend of a name's words ('sysadmins').
_LONGEST_BLEND = 24


def _clipped_from(word: str, parts: list[str]) -> bool:
    """Whether `word` is the start of each of `parts` in turn, two letters of each at least."""
    if not parts:
        return not word
    first, rest = parts[0], parts[1:]
    shared = next(
        (k for k, (a, b) in enumerate(zip(word, first, strict=False)) if a != b), len(word)
    )
    shared = min(shared, len(first))
    return any(_clipped_from(word[k:], rest) for k in range(shared, 1, -1))


def slashed_names(text: str) -> tuple[str, str] | None:
    """(abbreviation, expansion) of a name written both ways either side of a slash:
    '2FA / Two-Factor-Authentication'; None for anything else ('Home / Glossary')."""
    halves = [half.strip() for half in text.split(" / ")]
    if len(halves) != 2:
        return None
    first, second = halves
    if spells_out(first, second):
        return first, second
    if spells_out(second, first):
        return second, first
    return None


def spelled_out_name(name: str, title: str) -> bool:
    """Whether `name` is `title` with its abbreviation spelled out: 'The Open Systems
    Interconnection model' of 'The OSI Model'."""
    said = LEADING_ARTICLE.sub("", name).split()
    for k, word in enumerate(asked := LEADING_ARTICLE.sub("", title).split()):
        if not is_abbreviation(word):
            continue
        before, after = asked[:k], asked[k + 1 :]
        if not (before or after) or len(said) < len(before) + len(after) + 2:
            continue  # a bare abbreviation is spelled out in its own ways ('DNS (...)')
        ends = said[: len(before)] + said[len(said) - len(after) :]
        if [w.casefold() for w in ends] != [w.casefold() for w in before + after]:
            continue
        if spells_out(word, " ".join(said[len(before) : len(said) - len(after)])):
            return True
    return False


def _short_form(word: str, long: str) -> bool:
    """Whether `word` abbreviates `long`: 'DNS' of 'Domain Name System', 'Ajax' of
    'Asynchronous JavaScript and XML' (every word's initial, in a word of its own)."""
    if is_abbreviation(word):
        return _initials_match(word, long)
    parts = [p for p in re.split(r"[\s-]+", long) if p]
    letters = "".join(c.lower() for c in word if c.isalpha())
    return (
        " " not in word.strip()
        and 2 <= len(parts) == len(letters)
        and letters == "".join(p[0].lower() for p in parts)
    )


def is_abbreviation(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return 2 <= len(letters) <= 8 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


# Things, by how they come to be: 'Values learned by the model from data during
# training.' (the plural noun is no verb, whatever its 's').
THINGS_BY_HOW = re.compile(
    r"(?P<things>[A-Z][a-z]{2,}s)\s+(?:[a-z]{3,}ed|set|made|built|kept|held|given|chosen|known)"
    r"\s+(?:by|from|during|before|after|at)\s"
)
# A noun phrase with no verb of its own: 'A protocol for secure data transmission ...'.
_FRAGMENT = re.compile(
    # ('Any of several techniques for reducing ...': a dictionary's gloss of a kind)
    r"^(?:(?i:an?|any(?! of\b)|one of the|"
    r"any of (?:the|several|various|many|a (?:number|family|class|variety|range) of)|"
    r"the (?:set|process|act|practice|art|study|way|use|method|amount|"
    r"time|measure) of)\s+[\w-]|"
    # 'The ability to leave parts of a type unspecified.': a capacity, glossed
    r"(?i:the (?:ability|capacity|capability) (?:of|to))\s+[\w-]|"
    # 'the theory that the Earth's crust is broken into plates ...': an idea, by what it holds
    r"(?i:(?:the|a)\s+(?:[a-z]+\s+)?(?:theory|principle|hypothesis|idea)\s+that)\s+[\w-]|"
    # 'set of techniques to make content load only when needed': a note's gloss of a
    # kind, its article left out
    # ('Measure of output device resolution ...', 'Unit of data ...': the same)
    # ('Types of textile weave with ...': the kind, said of all of them)
    r"(?:[Ss]et|[Kk]inds?|[Tt]ypes?|[Ss]orts?|[Ff]amily|[Cc]lass|[Cc]ollection|[Gg]roup|"
    r"[Mm]easure|[Uu]nit) of\s+[\w-]|"
    # ('Latin expression of the common law doctrine of binding precedent.': a phrase of
    # another tongue, glossed)
    r"(?:Latin|Greek|French|German|Italian|Spanish)\s+(?:expression|phrase|term|word)\s+"
    r"(?:of|for|meaning)\s+[\w-]|"
    # 'The action of a processor that ...', 'The mechanism used by ...', 'The smallest
    # resolvable rectangular area of an image ...': 'the', a few words in lower case (a
    # capital would make it a name), then 'of' or 'used'; not 'that', whose 'the bouncer
    # that lets you in' is a joke about the thing.
    # ('The file generated by package managers to lock ...': made by whom, and what for)
    # ('The delay between a request ...', 'The degree to which a system's state ...')
    # ('The circumstances where several processes access ...': where it happens)
    # ('The fundamental tradeoff in statistical modeling where ...': its field named)
    # ('The chemical and/or mechanical breakdown of rocks ...': two kinds of it)
    r"(?i:the)\s+[a-z][a-z-]*(?:\s+(?:and(?:/or)?\s+)?[a-z][a-z-]*){0,3}"
    r"(?:\s+in\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?(?=\s+(?:where|whereby)\b))?\s+(?:of|used|whereby|where|"
    r"wherein|"
    r"[a-z]{3,}ed\s+by|between|(?:to|in|at|by)\s+which)\b|"
    # 'The Unix command and system call to change the access ...': a tool, by its purpose
    r"(?i:the)\s+(?:[\w-]+\s+){0,4}?(?:command|call|program|utility|tool|function|method|"
    r"routine|mechanism|feature|technique|procedure|service|format|protocol)\s+to\s+[a-z]{3,}\b|"
    # 'The pop-up asking permission to set cookies, ...': a thing and what it does, in -ing
    r"(?i:the)\s+[a-z][a-z-]*\s+[a-z]{3,}ing\s+[a-z]+|"
    # 'The elapsed time from a browser sending a request to ...': a span, from its start
    r"(?i:the)\s+(?:[a-z]+\s+)?(?:time|delay|duration|interval|period|span)\s+from\b|"
    # 'The standard e-mail protocol on the Internet.': the one of its kind somewhere
    r"(?i:the)\s+(?:standard|main|primary|default|basic)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}"
    r"\s+(?:on|in|for)\b|"
    r"(?=[A-Z][a-z]{3,}ing\s)|"
    # a mass noun and what kind of it: 'Memory that appears to be RAM but ...', 'Space
    # on a disk that ...', 'Security software that can block ...'
    # ('Natural grape sugar that remains in wine ...': two words before it)
    r"(?=[A-Z][a-z]{2,}(?:\s+[a-z]{3,}){0,2}\s+(?:(?:on|in|of|for|from|at)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){1,3})?(?:that|which|used)\s)|"
    # 'The cutting off of leaves or branches ...': an act, by its verb in -ing (not 'The
    # following ...', nor a thing whose name ends so: 'The string ...', 'The building ...')
    r"(?i:the)\s+(?!(?:following|thing|string|spring|ring|king|wing|morning|evening|building|"
    r"beginning|meaning|setting|ceiling|offspring|something|nothing|everything|anything)\b)"
    r"[a-z]{3,}ing\s+(?:(?:off|out|back|away|up|down)\s+)?(?:of\s+)?[a-z]{3,}\s+(?:or|and|of|from|"
    r"in|on|to|for|with)\b|"
    # ('Colourless, nonnucleated blood component that is important in ...': what it is
    # like, adjective by adjective, then the thing)
    r"(?=[A-Z][a-z]{2,},\s+(?:[a-z][\w-]*,?\s+){1,4}(?:that|which)\s)|"
    # 'Certain plants (mostly leguminous) that are capable of ...': some of a kind, by
    # what they can do
    r"(?i:certain|some|those)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?(?:\s+\([^()]{1,40}\))?"
    r"\s+(?:that|which|who)\s|"
    # 'Rate at which story points are achieved in sprints.': a measure, by what it counts
    # ('Fiduciary arrangement in which copies of a key are stored ...': what it holds)
    r"(?=[A-Z][a-z]{2,}(?:\s+[a-z]{3,})?\s+(?:at|by|to|through|in)\s+which\s)|"
    rf"(?={THINGS_BY_HOW.pattern}))"
)
# 'Centralizing too many responsibilities in one class ...': a practice glossed by what
# doing it is (an antipattern's or a technique's page). Its object is often a plural,
# which is no verb; a verb after it makes a sentence ('Running servers keeps costs low').
_GERUND_GLOSS = re.compile(
    r"[A-Z][a-z]{3,}ing\s+(?:too\s+many\s+|too\s+much\s+|an?\s+|the\s+)?[a-z][\w-]*|"
    # ('The cutting off leaves or branches ...': the act named with 'the', its object after)
    r"The\s+[a-z]{3,}ing\s+(?:(?:off|out|back|away|up|down)\s+)?(?:of\s+)?(?:the\s+)?[a-z][\w-]*"
    r"(?:\s+(?:or|and)\s+[a-z][\w-]*)?"
)
# What a thing is said again in other words before its name is given: 'A sequence of
# database modifications, i.e., a sequence of insert, update, and delete statements, is
# called a transaction.'
_RESTATED_BEFORE_CALLED = re.compile(
    rf"{THAT_IS}[^;:()]{{3,100}}?,\s*(?=(?:is|are)\s+(?:called|known\s+as|termed)\s)"
)
# A sentence that says what a thing is, then gives its name: 'A method with the same name
# but other arguments is called method overloading.' What it is opens with an article and
# runs five words at least ('The process is called ...' points back); the name ends the
# sentence, maybe with its abbreviation after it.
_CALLED = re.compile(
    # ('All of the programs that are running in the background are called daemons.')
    # ('Using disk storage in this way to allow ... is called virtual memory.': a doing)
    # ('A database's logical blueprint is called a database schema.': after 'a', which
    # points back to nothing, four words are enough)
    # ('These scattered parts of one file on the disk are called fragmentation.': what
    # the sentences before told, said again in five words or more)
    r"^(?P<what>(?:An?\s+[^\s,;:]+(?:\s+[^\s,;:]+){2,30}|"
    # ('This circulation of water from the earth's surface to the atmosphere and back is
    # called water cycle.': what the sentences before told, said again in full; not 'This
    # type of reaction is known as corrosion.', a kind that points back)
    r"This\s+(?!(?:type|kind|sort|form|class|process|phenomenon|method|way)\s)[^\s,;:]+"
    r"(?:\s+[^\s,;:]+){6,30}|"
    r"(?:The|These|Such|[Aa]ll\s+(?:of\s+)?the|[Aa]ll|[A-Z][a-z]*ing)\s+[^\s,;:]+"
    # ('The Northbridge and Southbridge chips comprise what is known as a chipset': what
    # it is, 'what', is no clause of its own)
    r"(?:\s+[^\s,;:]+){3,30}))(?<!\swhat)\s+(?:is|are)\s+"
    r"(?:called|known\s+as|termed|referred\s+to\s+as|said\s+as)\s+(?:as\s+)?(?P<article>an?\s+|the\s+)?"
    r"[\"“']?(?P<name>[\w-]+(?:\s+[\w-]+){0,4})[\"”']?(?:\s+\([^()\n]{1,40}\))?\.?$"
)
# Parts counted, then the one thing they make: 'Two or more letters combined into one
# character make a ligature', 'Three colors side by side on the color wheel comprise an
# analogous color scheme'.
_THEY_MAKE_ONE = re.compile(
    r"^(?P<what>(?:Two|Three|Four|Five|Several|Many|A\s+(?:group|set|pair|series)\s+of)"
    r"(?:\s+[^\s,;:]+){2,25}?)\s+(?:make|makes|form|forms|comprise|comprises|constitute|"
    r"constitutes|make\s+up|makes\s+up)\s+(?:an?|one)\s+"
    r"(?P<name>[\w-]+(?:\s+[\w-]+){0,4})\.?$"
)
# An event, then the name it goes by: 'When several processes access the same data ...,
# it is called a "race condition".'
_WHEN_CALLED = re.compile(
    # (the comma may be left out: 'When a single module is tested it is known as ...')
    r"^(?P<when>(?:When|Whenever)\s+[^;:]{8,300}?)(?:,?\s+(?:then\s+)?(?:it|this|they)\s+(?:is|are)\s+"
    r"(?:called|known\s+as|termed|"
    # ('..., then they are said to have acquired antibiotic resistance.')
    r"said\s+to\s+(?:have|be)(?:\s+(?:acquired|developed|gained|in))?)|"
    # ('When two threads are blocking each other we have a Deadlock.')
    r",?\s+(?:we|you)\s+have)\s+(?:an?\s+|the\s+)?[\"“']?(?P<name>[\w-]+(?:\s+[\w-]+){0,4})[\"”']?\.?[\"”']?$"
)
# An event of a stuff said with no article, one or two words that 'it' after it names:
# 'When magma erupts through the earth's surface' (not 'When several processes access
# ...', nor 'When a function calls itself': no stuff, or one of many).
_STUFF_WHEN = re.compile(
    r"(?:When|Whenever)\s+(?!(?:an?|the|two|some|several|many|one|it|this|they|we|you)\s)"
    r"(?P<stuff>[a-z]+(?:\s+[a-z]+)?)\s+(?P<rest>[a-z]+(?<!s)s\s.*)",
    re.S,
)
# How the name of an event or a process ends: 'condensation', 'weathering'.
_EVENT_NAME = re.compile(r"(?:tion|sion|ment|ing|ance|ence|ness|ity|ism|sis)$", re.I)
# Other names set between dashes after a name: ' — also known as web cookies — '.
_DASHED_ALIAS = Gated(
    ("—", "–"),
    re.compile(
        r"\s+[—–]\s+(?:also\s+(?:known\s+as|called)|a\.?k\.?a\.?|sometimes\s+called|or)\s"
        r"[^—–.;]{1,120}?\s+[—–]\s+(?=(?:is|are)\s)"
    ),
)
# A name's letters set between dashes before the verb: 'The Cascading Style Sheets
# Object Model - CSSOM - is ...', written as brackets are.
_DASHED_LETTERS = Gated(
    ("-", "–", "—"),
    re.compile(
        r"^(?P<long>(?:the\s+)?[A-Z][\w-]*(?:\s+[\w-]+){1,6})\s+[-–—]\s+(?P<short>[A-Z]{2,8})\s+[-–—]\s+"
        r"(?=(?:is|are)\s)"
    ),
)
# A state said of what is in it, by the name's participle: 'A set of processes is
# deadlocked if each process in the set waits for ...' says what a deadlock is.
_IN_THE_STATE = re.compile(
    r"^(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,5}\s+(?:is|are|becomes|become)\s+"
    r"(?P<state>[a-z][\w-]+ed)\s+(?:if|when|whenever)\s+\S+(?:\s+\S+){4,}",
    re.I,
)


# A unit said by its size in others: 'A nautical mile is 1,852 metres, ...', 'One fathom
# equals six feet.'
_A_MEASURE = re.compile(
    r"^(?:an?\s+|the\s+|one\s+)?(?P<name>[\w-]+(?:\s+[\w-]+){0,2})\s+(?:is|equals|is\s+equal\s+to)\s+"
    r"(?P<size>(?:exactly\s+|about\s+|roughly\s+|approximately\s+)?(?:\d[\d,.]*|one|two|three|four|"
    r"five|six|ten|twelve)\s+(?:metres|meters|kilometres|kilometers|miles|feet|foot|inches|"
    r"yards|seconds|minutes|hours|degrees|grams|kilograms|pounds|litres|liters|knots|"
    r"fathoms|bytes|bits)\b[^;]{0,120})$",
    re.I,
)


def _dashed_inside(sentence: str, names: tuple[str, ...]) -> Definition | None:
    """'Many songbird species have wingbars — one or more rows of markings across a bird's
    folded wing.': the name inside a sentence, then what it is after a dash."""
    found = _DASH_GLOSS_INSIDE.search(sentence)
    if found is None:
        return None
    said = found["before"].split()
    # (the name the words right before the dash end on: 'wingbars', not 'species have
    # wingbars')
    name = next(
        (
            " ".join(said[-k:])
            for k in range(1, min(len(said), _NAME_WORDS) + 1)
            if any(_same(" ".join(said[-k:]), n) for n in names)
        ),
        None,
    )
    gloss = found["gloss"]
    if (
        name is None
        or _COPULA.search(gloss) is not None
        or not _MIN_DASHED_GLOSS <= len(gloss.split()) <= _LONGEST_GLOSS
    ):
        return None
    return Definition(name, "", "", upper_first(gloss) + ".")


# A name inside a sentence, then its gloss after a dash, in small letters: '... have
# wingbars — one or more rows of markings across a bird's folded wing.'
_DASH_GLOSS_INSIDE = re.compile(
    r"^(?P<before>[^—]{1,200}?[\w-])\s+—\s+(?P<gloss>[a-z][^—.;:!?]{8,}?)\s*(?:—|\.?$)"
)
_MIN_DASHED_GLOSS = 4
_NAME_WORDS = 4
# What the thing looks like first, then its name, then what it is in an aside: 'That
# slash-number after an address is CIDR notation, the modern way to write a block.'
_NAMED_THEN_GLOSSED = re.compile(
    r"^(?:that|this|the|an?)\s+[^;:]{3,120}?\s+(?:is|are)\s+(?:an?\s+|the\s+)?"
    r"(?P<name>[\w-]+(?:\s+[\w-]+){0,4}),\s+(?P<gloss>(?:an?|the)\s+[^,;]{8,}?)\.?$",
    re.I,
)
# A name said of any one of a kind: 'median of a set of data', 'scope of a variable'.
_OF_ANY = re.compile(r"^(?P<head>[\w'’-]+(?:\s+[\w'’-]+)?)\s+of\s+(?:an?|any|each|every)\s+\S")


def called_name(sentence: str) -> str:
    """The name a sentence gives last, after what the thing is: 'The difference between
    the observed and the predicted value is called the residual.' -> 'residual'; ''
    when it gives none."""
    happening = _WHEN_CALLED.match(sentence.strip())
    if happening is not None and _name_like(happening["name"]):
        return happening["name"]
    called = _CALLED.match(_LEAD.sub("", sentence.strip()))
    if called is None or _OWN_VERB.search(called["what"]) or not _name_like(called["name"]):
        return ""
    return called["name"]


# A verb of the subject's own clause ('The simplest way is to make readers wait ...'); a
# relative clause's is part of what the thing is ('A function that is ...').
_OWN_VERB = re.compile(
    # (nor a comparison's: 'more information than will fit in RAM')
    r"(?<!\bthat)(?<!\bwhich)(?<!\bwho)(?<!\bthan)\s(?:is|are|was|were|has|have|had|can|will|does|do|"
    r"did|would|should|may|must)\b",
    re.I,
)
# What a dictionary writes before its gloss: the pronunciation, another name in brackets,
# the part of speech and sense number, the field: '[kän‚text] (computing) The action of',
# '(also certification authority), n. A trusted third party', 'n 1: an instruction'.
_DICTIONARY_LEAD = re.compile(
    r"^(?:\[[^\]\n]{1,40}\]\s*|<[a-z][a-z ,-]{1,30}>\s*)?"  # FOLDOC's field: '<graphics>'
    r"(?:\((?i:also|or|a\.k\.a\.)\s[^()]{1,60}\)\s*,?\s*)?"  # '(Or "defunct process")'
    r'(?:\("[^"()\n]{1,40}"\)\s*)?'  # what its letters stand for: '("Change mode")'
    # a flashcard's field label: 'Explanation: The file generated by package managers ...'
    r"(?:(?i:explanation|definition|meaning|description)\s*:\s+(?=[A-Z]))?"
    # its other name as a sentence of its own: 'Also called a trapdoor. An undocumented ...'
    r"(?:(?i:also\s+(?:called|known\s+as))\s[^.!?()]{1,60}\.\s+(?=[A-Z]))?"
    r"(?:\([A-Z][A-Z0-9]{1,7}s?\)\s+(?=[a-zA-Z]))?"  # its abbreviation: '(LED) a type of ...'
    # the part of speech in brackets: 'Sponge filter: (n.) These are gentle filters ...'
    r"(?:\((?:n|v|adj|adv)\.\)\s+(?=[a-zA-Z]))?"
    # the part of speech only with its mark ('n.', 'n 1:'): a bare 'n is ...' is a sentence
    # (then the Jargon File's sense number and register: 'n. 1. [techspeak] A situation')
    # (WordNet's copies put a space before the colon: 'n : (computing) a security system')
    r"(?:(?:n|v|adj|noun|verb|noun phrase)(?:\.|\s*\d{1,2}\s*:|\s?:)\s+"
    r"(?:\d{1,2}\.\s+)?(?:\[[a-z][a-z -]{1,20}\]\s+)?(?=[a-zA-Z(]))?"
    # the part of speech in full before an article: 'noun a high priority interrupt ...'
    r"(?:(?i:noun|verb|adjective)\s+(?=(?i:an?|the)\s))?"
    # its grammar label, glued to the next mark in a copy: 'countablen. the main ...'
    r"(?:(?:un)?countable(?:n\.)?\s+(?=[a-zA-Z(]))?"
    r"(?:\([a-z][a-z ]{2,30}\)\s*)?"
)


def without_dictionary_lead(text: str) -> str:
    """A dictionary's gloss without what it writes before it: '(computing) The action of
    ...' -> 'The action of ...'."""
    gloss = _SYNONYMS_AFTER.sub("", _DICTIONARY_LEAD.sub("", text, count=1))
    # ('Is a connective tissue', a note's gloss with its subject left out, verb and all)
    return _without_bare_copula(gloss)


# A gloss opening on 'Is' or 'Are', its subject the headword left out: 'Is a connective
# tissue', 'Are small sacs in the lungs'.
_BARE_COPULA = re.compile(r"^(?:Is|Are)\s+(?=[a-z]+\s)")


def _without_bare_copula(gloss: str) -> str:
    """'Is a connective tissue ...' -> 'A connective tissue ...': a note's gloss with its
    subject, the headword, left out before the verb."""
    bare = _BARE_COPULA.match(gloss)
    return upper_first(gloss[bare.end() :]) if bare is not None else gloss


# WordNet's synonyms after its gloss: '... blocks what its rules forbid [syn: {packet filter}]'.
_SYNONYMS_AFTER = re.compile(r"\s*\[syn:\s*[^\[\]]{1,200}\]\s*$")


# A part of speech as a label's word: 'Noun: mutex', 'RACE CONDITION (n.) A situation'.
SPEECH_PART_WORD = r"(?:noun|verb|adjective|adj|n|v)"
# A paragraph that is only a dictionary's part of speech ('noun phrase', 'n.'), maybe
# with its field ('noun · web architecture'), or a sense's number ('1.').
PART_OF_SPEECH = re.compile(
    # ('Proper noun (thing)': a learners' dictionary's, with the kind of thing it names)
    # ('part of speech: noun', the label spelled out)
    r"(?:part\s+of\s+speech\s*:\s*)?"
    r"(?:n|v|adj|noun|verb|adjective|noun phrase|proper noun)\.?(?:\s*\([a-z ,]{2,30}\))?"
    r"(?:\s*[·•|]\s*[a-z][a-z /&-]{2,40})?|"
    r"\d{1,2}[.):]",
    re.I,
)
# Where a fragment's head noun phrase ends: a relative clause or a preposition follows.
_HEAD_END = re.compile(
    r"\b(?:that|which|who|whose|where|wherein|when|used|designed|built|for|to|of|in|on|by|with|"
    r"from|between|within|using|including|containing)\b|,",
    re.I,  # or a comma: 'A channel kept open, so either side ...'
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|can|will|does|do|did|would|should|may|must)\b|"
    # (not a plural no verb ends so: 'A computer communications protocol, providing ...')
    r"\b(?![a-z]*(?:ions|ments|ics)\b)[a-z]{3,}(?<!s)s\b",
    re.I,
)


# A dictionary's gloss of a happening: a 'when' clause with no main clause after it.
_WHEN = re.compile(r"^when\s+[^,;:]{8,120}\.$", re.I)
# Where a fragment's first clause ends; a copula before it makes the text a sentence.
_ARTICLE_AND_WORD = re.compile(r"(?i:an?|the|certain|some|those)\s+[\w-]+")
_CLAUSE_END = re.compile(r"\b(?:that|which|who|whose|where|wherein|when)\b|[,:;(]", re.I)
_COPULA = re.compile(r"\b(?:is|are|was|were)\b", re.I)
_ADVERB_VERB = re.compile(
    r"\b(?:often|usually|always|never|typically|generally|also|still|only|rarely)\s+"
    r"[a-z]{3,}(?<!s)s\b"
)


# A subtitle about the page itself ('A gentle guide for beginners.'), not the concept.
_ABOUT_THE_PAGE = re.compile(
    r"\b(?:guide|introduction|intro|overview|tutorial|primer|beginners?|explained|course|"
    r"lesson|handbook|cheat ?sheet|walkthrough|article|post|series)\b",
    re.I,
)


# A bracketed aside inside the name, before the verb: 'A REST (...) API is', 'The Content
# Security Policy (CSP) header is', 'just-in-time (JIT) compilation (also ...) is'.
_ASIDE_INSIDE = re.compile(
    r"^(?P<before>(?:(?:an?|the)\s+)?[\w.-]+(?:\s+[\w.-]+){0,5})\s+\((?P<aside>[^()]{2,80})\)"
    r"(?P<after>\s+(?P<head>[\w.-]+)(?:\s+\([^()]{1,120}\))?\s+(?:is|are)\s.*)$",
    re.I,
)


# A gloss of a time or a place, its 'the' no sign of a sentence: 'The time when ...'.
_THE_TIME_WHEN = re.compile(r"The\s+[a-z]+\s+(?:when|where|during\s+which|at\s+which|in\s+which)\s")
# A gloss saying what its name refers to, the name left out: 'Refers to the number of ...'.
REFERS_GLOSS = re.compile(r"^Refers\s+to\s+(?=(?:an?|the|any)\s)")


def _does_gloss(text: str) -> bool:
    """Whether a sentence opens with a verb of what a thing does, its subject left out
    ('Mediates between ...', 'Stores ...'), then no other verb before its object."""
    first, _, rest = text.partition(" ")
    return (
        first[:1].isupper()
        and first[1:].islower()
        and first.endswith("s")
        and (first.lower() in FUNCTION_VERBS or first.lower() in MEASURES)
        and text.rstrip().endswith(".")
        and 4 <= len(text.split()) <= _LONGEST_GLOSS
        and (
            _COPULA.search(_CLAUSE_END.split(rest, maxsplit=1)[0]) is None
            # ('Indicates how many times a wave is measured ...': the verb's object a clause)
            or (first.lower() in MEASURES and _WH_CLAUSE.match(rest) is not None)
        )
    )


_WH_CLAUSE = re.compile(r"(?:how|what|whether|which|when|where)\b", re.I)


def is_noun_phrase(text: str) -> bool:
    """Whether a gloss is a thing named, no sentence: 'A layer that routes packets', not
    'A user attempts to access an application'."""
    return _is_fragment(text if text.rstrip().endswith(".") else f"{text}.")


def glosses_when(text: str) -> bool:
    """Whether a sentence is a dictionary's gloss of an event, its subject left out: 'When
    Git can't combine changes from two branches ...' under 'Merge conflicts'; not a
    sentence with a subject of its own after its 'when' ('When the requested page is not
    in memory a page fault occurs.')."""
    if _WHEN.match(text) is None or len(text.split()) > 15 or _OWN_MAIN_CLAUSE.search(text):
        return False
    # ('When people think of 3D printing they think of rigid parts.': a main clause of
    # its own after the 'when', its subject a pronoun)
    third = re.match(r"\s*(?:\S+\s+){3}", text)
    return third is None or _PRONOUN_SUBJECT.search(text, third.end()) is None


_OWN_MAIN_CLAUSE = re.compile(r"\b(?:occurs|happens|arises|results|is\s+called)\b", re.I)
_PRONOUN_SUBJECT = re.compile(r"\b(?:they|we|you|he|she)\s+[a-z]{2,}\b", re.I)


# A dictionary's gloss of a verb: 'To turn the boat's head through the wind so that ...',
# maybe after when it is done ('When sailing close-hauled, to turn ...'); not a purpose
# that opens a sentence ('To see why, imagine ...').
VERB_GLOSS = re.compile(
    r"^(?:(?:When|While|In)\s[^,.;:]{3,60},\s+)?(?P<to>[Tt]o)\s+[a-z]{2,20}\s+"
    r"(?!(?:[\w'’-]+\s+){0,3}[\w'’-]+,)(?:[\w'’-]+\s+){2}"
)


# A sentence that tells the reader what to do: 'Check that the main battery switch is
# on', 'Press the transmit button and ...'.
_COMMAND = re.compile(
    r"^(?:Check|Make\s+sure|Ensure|Press|Select|Click|Open|Close|Start|Stop|Turn|Put|Pull|"
    r"Push|Tie|Pass|Take|Keep|Remember|Note|Try|Add|Remove|Go|Enter|Type|Hold|Wait|Call|Say|"
    r"Give|Repeat)\s+(?:that|the|your|a|an|it|this|these|those|to|on|off|up|down|out|in|"
    r"slowly|carefully|firmly)\b"
)


_KINDS_OF = re.compile(r"(?:kinds|types|sorts|forms)\s+of\s", re.I)


_OWN_SUBJECT_AFTER = re.compile(
    r"\b(?:the|a|an|you|we|they|he|she|it|players?|users?)\s+(?:[a-z]+\s+)?"
    r"(?:must|should|will|can|could|may|needs?|has\s+to|have\s+to)\b",
    re.I,
)


def _is_fragment(text: str) -> bool:
    """Whether a sentence is a definition with its subject left out, as dictionaries write."""
    if _TOLD_BEFORE.search(text):
        return False  # 'The rules that we have just been describing are ...': said before
    if glosses_when(text):
        return True  # 'When a procedure refers to itself.' under 'Recursion'
    if (
        VERB_GLOSS.match(text) is not None
        and text.rstrip().endswith(".")
        and len(text.split()) <= _LONGEST_GLOSS
        # (not 'To bear off a stone the player must roll ...': a purpose, then a sentence)
        and _OWN_SUBJECT_AFTER.search(text) is None
    ):
        return True  # 'To turn the boat's head through the wind ...' under 'Tack, to'
    if _CLAUSE_FIRST.match(text):
        return False  # 'As the uses of computers going on, there will be ...': a sentence
    if _HOW_MANY_OF.match(text):
        return False  # 'A lot of definitions can be found in the web.': a remark on many
    if (
        text.rstrip().endswith(".")
        and 6 <= len(text.split()) <= _LONGEST_GLOSS
        and opens_with_doing(text)
        and re.match(r"[a-z]+s\b", text, re.I) is not None  # ('Provide ...' bids)
        and _HOW_MADE.match(text) is None
    ):
        return True  # 'Directs a Wi-Fi signal toward one device ...' under 'Beamforming'
    # (a dictionary's gloss may end without a stop: 'Memory that appears to be RAM but
    # ... with some loss of performance'; a line that short may be a heading)
    # (nor with a colon, going on in a list: 'Type of database transaction with four
    # properties:' over '- Atomicity')
    # (or with an aside in brackets: '... for a relatively short time (such as a few seconds)')
    ended = text.rstrip().endswith((".", ":")) or (
        (text.rstrip()[-1:].isalpha() or text.rstrip().endswith(")"))
        and len(text.split()) >= _UNSTOPPED_GLOSS
    )
    if _TIME_IT_TAKES.match(text) and ended and 4 <= len(text.split()) <= _LONGEST_GLOSS:
        return True  # 'The time it takes for half the atoms ... to decay' under 'Half-life'
    if (left_out := _OBJECT_LEFT_OUT.match(text)) is not None and ended and len(text.split()) <= 30:
        # 'The energy a body has because it is moving.' under 'Kinetic energy'; not 'The
        # data the server keeps in memory is lost' (a sentence whose verb comes later)
        rest = _SUBORDINATE.split(text[left_out.end() :], maxsplit=1)[0]
        return _FINITE.search(rest) is None
    if _COMMAND.match(text):
        return False  # 'Check that the main battery switch is on; ...': a step of a drill
    if not _FRAGMENT.match(text) or not ended or _OF_THEN_VERB.match(text):
        # ('The use of priority inheritance allows ...': a sentence, its subject 'the use')
        return False
    if not 4 <= len(text.split()) <= _LONGEST_GLOSS:
        return False
    # (a bracket's commas end no head: 'A composite widget (list, toolbar, tab bar) should
    # be one tab stop' is a sentence)
    head = _HEAD_END.split(_ANY_BRACKET.sub("", text), maxsplit=1)[0]
    # No verb stands right after the article: 'A communications paradigm in which ...'
    after_article = _ARTICLE_AND_WORD.match(head)
    gerund = _GERUND_GLOSS.match(text)
    if gerund is not None:
        finite = _FINITE.search(head, gerund.end()) if gerund.end() < len(head) else None
    elif (things := THINGS_BY_HOW.match(text)) is not None:
        finite = _FINITE.search(head, things.end("things"))
    elif (kinds := _KINDS_OF.match(text)) is not None:
        # ('Types of ...': a plural, no verb)
        finite = _FINITE.search(head, kinds.end()) if kinds.end() < len(head) else None
    else:
        finite = _FINITE.search(head, after_article.end() if after_article else 0)
    # (a page's own kind in the head: 'An introduction to caching'; not in what the
    # thing does: '... to hold a selected heading or navigation course')
    if finite is not None or _ABOUT_THE_PAGE.search(head) is not None:
        return False
    # 'An example of atomicity is ordering a ticket ...': a sentence with its own
    # subject, whose 'is' comes after the preposition that ended the head; an aside in
    # brackets before the 'is' ends no clause ('The simplest way to think of cas latency
    # (or timings) is by ...')
    clause = _CLAUSE_END.split(_IN_BRACKETS.sub("", text), maxsplit=1)[0]
    # 'A system with a complex domain model often benefits from ...': an adverb, then the
    # sentence's verb
    return _COPULA.search(clause) is None and _ADVERB_VERB.search(clause) is None


def _bare_genus(gloss: str, name: str) -> bool:
    """Whether a gloss opens on the last word of a name of two or more, with no article,
    as a dictionary glosses a kind of a mass noun: 'Interest paid (earned) on any previous
    interest earned, ...' under 'Compound interest'."""
    words = name.split()
    if len(words) < 2 or not words[-1].isalpha():
        return False
    head = re.match(rf"{re.escape(words[-1])}\s+{_PARTICIPLE_OR_CLAUSE}", gloss, re.I)
    return head is not None and _is_fragment(f"A {gloss[:1].lower()}{gloss[1:]}")


# What follows a bare genus in a gloss: a participle ('paid', 'formed', 'holding') or a
# clause or phrase that narrows it.
_PARTICIPLE_OR_CLAUSE = (
    r"(?:[a-z]+ed|[a-z]+ing|paid|made|held|kept|built|sent|spent|owed|grown|given|taken|"
    r"that|which|of|for)\b"
)
_UNSTOPPED_GLOSS = 10  # words of a gloss read without its full stop
# The most words a gloss has: a dictionary packs a mechanism into one, 'A printer which
# uses a laser ... to paint the image ... onto a photo sensitive drum ... fused to it with
# heat.' (46); a longer line is a sentence of its own, or several run together.
_LONGEST_GLOSS = 50
# How many of a thing, first: no gloss opens on a count.
_HOW_MANY_OF = re.compile(r"(?:a\s+lot|lots|plenty|a\s+(?:couple|handful))\s+of\s", re.I)
# A sentence that opens on a clause of its own, which no gloss does ('When ...' glosses
# an event, and is read before).
_CLAUSE_FIRST = re.compile(
    r"(?:as|while|since|because|although|though|whereas|unless|until|once|if)\s", re.I
)
_ANY_BRACKET = re.compile(r"\s*\([^()\n]{0,80}\)")
# 'The use of X allows ...': 'the ... of' and its object as a sentence's subject.
# The thing a measure sums up, and what it sums it up with: after 'describes', 'an entire
# sample with a single number'.
_DESCRIBES_WITH = re.compile(
    r"(?:an?|the|each|every|any)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:with|using|by|through)\s+"
    r"(?:an?|one|its|their|the)\s",
    re.I,
)
_OF_THEN_VERB = re.compile(
    # (not 'The number of seconds a resolver may keep ...': a clause of its own subject)
    r"^the\s+[a-z]+\s+of\s+(?:(?!(?:that|which|who|whose|where|when|an?|the)\b)[\w-]+\s+){1,3}?"
    r"(?:is|are|was|were|allows|enables|lets|helps|makes|means|requires|gives|prevents)\b",
    re.I,
)
# An aside in brackets right before the sentence's 'is': '... cas latency (or timings) is'.
_IN_BRACKETS = re.compile(r"\([^()\n]{0,80}\)(?=\s+(?:is|are)\s)")
# A span glossed by what fills it: 'The time it takes for ...', 'The time needed to ...'.
_TIME_IT_TAKES = re.compile(
    r"^(?:the|a)\s+(?:(?:average|total|minimum|mean)\s+)?(?:time|period)\s+"
    r"(?:it\s+takes|(?:that\s+is\s+)?(?:needed|required|taken))\s+(?:for|to)\s",
    re.I,
)
# A thing glossed by what something else has or does to it, the object left out: 'The
# energy an object has due to its motion', 'The force one magnet exerts on another'.
_OBJECT_LEFT_OUT = re.compile(
    r"^(?:the|an?)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:an?|the|one|its|their|each|every|any)\s+"
    r"(?:[a-z-]+\s+)?[a-z-]+\s+(?:has|possess(?:es)?|stores|carries|exerts|gains|loses|"
    r"receives|absorbs|releases|gives\s+off|feels|experiences)\s+(?=(?:because|due\s+to|"
    r"when|while|as|by|on|upon|from|in|owing\s+to|at)\b)",
    re.I,
)
_SUBORDINATE = re.compile(r"\b(?:because|when|while|as|if|since|so)\b", re.I)
# The verbs of what a thing is made of or works by, which say neither what it is nor
# what it is for: 'Uses flip-flops made of transistors ...'.
WORKS_BY_VERB = (
    r"(?:uses|utili[sz]es|employs|relies\s+on|consists\s+of|contains|comprises|"
    r"is\s+(?:made\s+up|composed|comprised)\s+of)"
)
# No gloss of what a thing does, either ('Means a regularization technique ...' glosses
# a name, as a definition does).
_HOW_MADE = re.compile(rf"(?:{WORKS_BY_VERB}|consists|means|refers)\b", re.I)


# A field said after the name, before the verb: 'Hydration in the context of web
# development refers to ...', 'A serializable schedule in database management is ...'.
_FIELD_AFTER = re.compile(
    # ('Throughput (or transfer rate) in data transmission is ...': another name between)
    r"^(?P<name>(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)(?:\s+\([^()]{1,40}\))?\s+(?:in\s+(?:"
    r"the\s+context\s+of\s+(?:[\w-]+\s+){0,3}?[\w-]+|(?:[a-z][\w-]*\s+){0,2}?(?:management|"
    r"development|computing|science|networking|programming|engineering|design|security|"
    r"transmission|communications?|telecommunications|electronics|physics|chemistry|"
    r"databases?|statistics|mathematics|cryptography))|"
    # ('compression as used by Engineering refers to ...': whose sense it is)
    r"as\s+used\s+(?:by|in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)"
    r",?\s+(?=(?:is|are|refers?\s+to|means)\s)"
)
# Where the name comes from, said before what it means: 'Cardinality comes from set theory
# and refers to the number of distinct elements in a set'.
_ORIGIN_FIRST = Gated(
    "from",
    re.compile(
        r"^(?P<name>(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:comes|came|derives)\s+"
        r"from\s+[^,.;]{2,60}?\s+and\s+(?=(?:refers\s+to|means|describes)\s)"
    ),
)
# A name, a dash or a colon, and what it is: a dictionary's line ('Digital Signature - a
# digital tool used as a proof of identification.', 'TTFB: the elapsed time from ...').
_NAME_DASH_GLOSS = re.compile(
    r"^(?P<name>[\w.-]+(?:\s+[\w.-]+){0,4}?)(?:\s+[-–—]|:)\s+"
    # ('Twill – Types of textile weave with ...': the kind, said of them all)
    r"(?P<gloss>(?:an?|the|(?i:types|kinds|forms|sorts)\s+of)\s+[^–—]{8,})$"
)
# The words a name's letters stand for, then a comma and what it is, with no verb: the
# letters are the name asked ('Total dissolved solids, a measure of ...' under 'TDS').
_WORDS_THEN_GLOSS = re.compile(
    r"^(?P<name>[A-Za-z][\w-]*(?:\s+[\w-]+){1,5}?),\s+(?P<gloss>(?:an?|the)\s+[^,;]{3}.{5,})$"
)
# The name's kind in a dash aside before the verb: 'Webpack – a static module bundler is'.
_KIND_AFTER = Gated(
    ("-", "–", "—"),
    re.compile(
        r"^(?P<name>[\w.-]+(?:\s+[\w.-]+){0,3}?)\s+[–—-]\s+(?:an?|the)\s+[^–—,.;()]{3,60}?"
        r"\s+(?=(?:is|are)\s)"
    ),
)
# A short form set between dashes after the name: '—or ABR—', ' — or CDN — '.
# ('Adaptive cruise control — often shortened to ACC — is ...': another name, said so)
_DASH_ASIDE = re.compile(
    r"\s?—\s?((?:or|(?:often|also|usually|commonly)\s+(?:shortened|abbreviated|called|known)"
    r"(?:\s+(?:to|as))?)\s[^—,.;]{1,30}?)\s?—\s?"
)
_DASH_REACH = 120


# What may stand between a name and its verb: another name in brackets ('Program
# Evaluation and Review Technique (PERT) identifies'), or the field it belongs to ('An
# INNER JOIN in SQL combines').
ASIDE_AFTER_NAME = r"(?:\s*\([^()]{1,80}\)|\s+in\s+[A-Z][\w+#.-]*)"
_LEADING_ASIDE = re.compile(rf"^{ASIDE_AFTER_NAME}\s+")


def past_aside(rest: str) -> str:
    """What follows a name, past an aside before its verb: 'in SQL combines rows ...' ->
    'combines rows ...'."""
    return _LEADING_ASIDE.sub("", f" {rest}", count=1).lstrip()


# A sentence opening on an abbreviation: 'XML defines ...'.
_LETTERS_OPEN = re.compile(r"([A-Z][A-Z0-9]{1,7})\s")
# Or on one word, which may be the name's words clipped and joined: 'Syscalls are ...'.
_WORD_OPEN = re.compile(r"(?:(?:an?|the)\s+)?([A-Za-z]{4,24})\s", re.I)
# Or on a name's last word after a field that holds its other words: 'In computer disk
# storage, a sector ...' under 'Disk Sector'.
_HEAD_IN_ITS_FIELD = re.compile(
    # ('In Git, “cherry-picking” means ...' under 'Git cherry-picking': the head quoted)
    r"In\s+(?P<field>[^,.;]{3,60}),\s+(?:an?\s+|the\s+)?[\"“]?(?P<head>[\w-]+)[\"”]?\s"
)
# Or on the words an abbreviation stands for, capitalised: 'The JSON Web Token is ...'.
# (the whole subject: not 'The Model View Controller pattern is ...' under 'MVC')
_SPELLED_OPEN = re.compile(
    # ('Reduced instruction set computing is ...' under 'RISC': in sentence case too)
    r"(?:(?:The|An?)\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,5}|[A-Z][a-z-]*(?:\s+[a-z][\w-]*){1,5})"
    r"\s+(?=is\s|are\s|refers\s|means\s)"
)


# What a definition says the name is given to: that thing is what the name names.
_NAME_GIVEN_TO = re.compile(
    r"^the\s+(?:name|term|word)\s+(?:\w+ly\s+)?(?:given|applied)\s+to\s+(?=\S)", re.I
)
# A thing the writer brings in, then what it is: 'To correct that, we have delta time
# which is the time elapsed since the last frame.'
_BROUGHT_IN = re.compile(
    r"^(?:[^,.;:]{1,40},\s+)?(?:we|you)\s+(?:have|use|get|need)\s+(?:the\s+|an?\s+)?"
    r"(?P<name>[\w-]+(?:\s+[\w-]+){0,3}?),?\s+which\s+(?:is|are)\s+(?P<what>(?:an?|the)\s.+)",
    re.I,
)


# Asked of the same sentences by several makers (cloze, kinds, definitions): worked out once.
@lru_cache(maxsize=16384)
def definition_of(
    sentence: str,
    names: tuple[str, ...] = (),
    *,
    pronoun: bool = False,
    loose: bool = False,
    fragment: bool = False,
) -> Definition | None:
    """The definition a sentence gives, if it defines one of `names` (any name when empty).

    'A CDN (Content Delivery Network) is ...' -> ('CDN', 'Content Delivery Network', 'CDN');
    'Domain Name System (DNS) is ...' -> ('DNS', 'Domain Name System', 'DNS'). With
    `pronoun`, 'This is ...' and 'It refers to ...' define the first of `names` (for the
    sentence right under a page's title). With `loose`, the entry's name followed by any
    verb ('An ISP sells Internet access ...') counts too: for a glossary entry's first
    sentence. With `fragment` (text pasted from dictionary-like pages), a noun phrase
    with no verb under the title ('A protocol for ...') defines the first name too.
    """
    found = _definition(sentence, names, pronoun=pronoun, loose=loose, fragment=fragment)
    brought = _BROUGHT_IN.match(sentence) if names and found is None else None
    if brought is not None and any(_same(brought["name"], name) for name in names):
        # 'To correct that, we have delta time which is the time elapsed since ...': the
        # thing brought in, then what it is
        return Definition(brought["name"], "", "", brought["what"])
    if names and found is None and (headed := _under_its_run_in_head(sentence, names)):
        return headed
    if names and found is None and "—" in sentence and (inside := _dashed_inside(sentence, names)):
        return inside
    measured = _A_MEASURE.match(sentence) if names and found is None else None
    if measured is not None and any(_same(measured["name"], n) for n in names):
        # 'A nautical mile is 1,852 metres, 1.852 kilometres, ...': a unit, by its size
        return Definition(measured["name"], "", "", measured["size"])
    expanded = _SPELLED_OPEN.match(sentence) if names and found is None else None
    if (
        expanded is not None
        and expanded[1] not in names
        and any(spells_out(name, expanded[1]) for name in names if name.isupper())
    ):
        # 'The JSON Web Token is a safe way to ...' under 'JWT': its words
        names = (*names, expanded[1])
        return _definition(sentence, names, pronoun=pronoun, loose=loose, fragment=fragment)
    return found


# An encyclopedia's headword run into its gloss, after how it is said and where the name
# comes from: 'Coriolis effect kôr˝ē-ō´lĭs [key] [for G.-G. de Coriolis, ...], tendency
# for any moving body ... to drift sideways ...'; with its comma lost in the copy, before
# the gloss's 'any of the': 'Weathering any of the chemical or mechanical processes ...'.
_RUN_IN_GLOSS = re.compile(
    # (one of the two at least: a bare 'Encryption, on the other hand, ...' is no head)
    r"(?:[ \t]+\S*[^\x00-\x7f]\S*(?:[ \t]*\[[^\[\]\n]{1,80}\])*|(?:[ \t]*\[[^\[\]\n]{1,80}\])+)"
    r"[ \t]*,[ \t]+(?P<gloss>[a-z].*)|"
    r"[ \t]+(?P<any>(?:any|one)[ \t]+of[ \t]+the[ \t].*)",
    re.S,
)


_OF_WHAT = frozenset(("of", "for", "in", "to", "that", "which", "by", "with", "from", "between"))


def _under_its_run_in_head(sentence: str, names: tuple[str, ...]) -> Definition | None:
    """The gloss a sentence gives its opening name as an encyclopedia does, with no verb
    (`_RUN_IN_GLOSS`); a thing named, not a clause ('Coriolis effect, deflects winds')."""
    for name in names:
        if not name or sentence[: len(name)].casefold() != name.casefold():
            continue
        run_in = _RUN_IN_GLOSS.match(sentence, len(name))
        if run_in is None:
            continue
        gloss = run_in["gloss"] or run_in["any"]
        head = gloss.split(",", 1)[0]
        first, second = [*head.split(maxsplit=2), "", ""][:2]
        if is_noun_phrase(head) or (
            # ('tendency for any moving body ...', 'change in the pitch of ...': a noun
            # with no article, then what it is of)
            first.isalpha()
            and _FINITE.fullmatch(first) is None
            and not first.endswith(("ed", "ing"))
            and second in _OF_WHAT
        ):
            return Definition(sentence[: len(name)], "", "", gloss)
    return None


def _with_the_form_it_opens_on(sentence: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """`names` and the other form of one of them the sentence opens on: its letters ('XML
    defines a set of rules ...' under 'Extensible Markup Language'), its words clipped
    and joined ('Syscalls are function invocations ...' under 'System Call'), a law's
    name with its kind put first ('The Principle of Least Privilege (PoLP) requires ...'
    under 'Least Privilege Principle')."""
    several = [name for name in names if " " in name]
    letters = _LETTERS_OPEN.match(sentence)
    if letters and letters[1] not in names and any(spells_out(letters[1], n) for n in several):
        names = (*names, letters[1])
    clipped = _WORD_OPEN.match(sentence)
    if clipped and clipped[1] not in names and any(blends(clipped[1], n) for n in several):
        names = (*names, clipped[1])
    turned = next((t for n in names if (t := law_turned(n)) and t not in names), "")
    if turned and re.match(rf"(?:the\s+)?{re.escape(turned)}\b", sentence, re.I):
        names = (*names, turned)
    head = _HEAD_IN_ITS_FIELD.match(sentence)
    if head and head["head"] not in names and any(_named_by_field(head, n) for n in several):
        names = (*names, head["head"])
    doing = _DOING_OPENS.match(sentence)
    if doing and any(
        n.split()[0].casefold() == doing[1].casefold() and DOING_THEN.match(n) for n in several
    ):
        # 'Stocking means choosing which fish ...' under 'Stocking a tank': the doing, its
        # object left to the title
        names = (*names, doing[1])
    return names


# A sentence opening on a doing that it goes on to say the meaning of: 'Stocking means'.
_DOING_OPENS = re.compile(r"([A-Z][a-z]+ing)\s+(?:means|is|refers\s+to)\s")


def _named_by_field(opening: re.Match[str], name: str) -> bool:
    """Whether a sentence's field and the word after it say `name`: 'In computer disk
    storage, a sector ...' names 'Disk Sector' (its last word, the rest in the field)."""
    *modifiers, last = name.casefold().split()
    field = opening["field"].casefold().split()
    return opening["head"].casefold() == last and all(word in field for word in modifiers)


def _definition(
    sentence: str,
    names: tuple[str, ...],
    *,
    pronoun: bool,
    loose: bool,
    fragment: bool,
) -> Definition | None:
    """`definition_of`, its names as given."""
    if sentence[:1] in '"“' and not any(mark in sentence[1:] for mark in '"”'):
        # '"In computer architecture, a processor register is ...': a quotation's opening
        # mark, closed sentences later
        sentence = sentence[1:]
    if _OTHER_SENSE.match(sentence.strip()):
        return None  # 'In general usage, a firewall is a fire-resistant barrier ...'
    if "—" in sentence[:_DASH_REACH]:
        # 'Adaptive bitrate streaming—or ABR—is ...': the aside set off by commas instead
        sentence = _DASH_ASIDE.sub(r", \1, ", sentence, count=1)
    if ',"' in sentence[:_DASH_REACH] or ",”" in sentence[:_DASH_REACH]:
        # 'Sous vide, which is French for "under vacuum," is ...': the aside's comma set
        # inside its closing quotation mark, as American print does
        sentence = re.sub(r",([\"”])(?=\s)", r"\1,", sentence, count=1)
    if names:
        names = _with_the_form_it_opens_on(sentence, names)
    if " | " in sentence:
        return None  # a table's row copied as text: its cells are no sentence
    later = _clause_defining(sentence, names) if names else None
    if later is not None:
        # 'a page is a fixed length block of memory ..., and a page fault is an interrupt
        # ...' under 'Page faults': its first clause defines a part of the name
        return definition_of(later, names, loose=loose)
    spelled = _STANDS_FOR.match(sentence.strip())
    if spelled is not None and spelled["full"]:
        return None  # 'The Full form of NFC is Near Field Communication.': its letters only
    # 'Definition: In static linking, all the library code ... is combined ...': the label
    # says the sentence defines what its opening names
    labelled = _DEFINED_IN.match(sentence.strip())
    if (
        labelled is not None
        and _name_like(labelled["name"])
        and (not names or any(_same(labelled["name"], n) for n in names))
    ):
        return Definition(labelled["name"], "", "", upper_first(labelled["said"]))
    fielded = _IN_ITS_FIELD.match(sentence.strip())
    if (
        fielded is not None
        and (not names or any(_same(fielded["name"], n) for n in names))
        and (not fielded["bare"] or _is_fragment(f"A {fielded['bare']}"))
    ):
        said = fielded["said"]
        if fielded["bare"]:
            said = f"{indefinite(said)} {said}"  # 'a fundamental quantity describing ...'
        return Definition(fielded["name"], "", "", upper_first(said))
    # (before a term's dash is read as a glossary's: 'The Byte Order Mark - BOM - is')
    text = _DASHED_LETTERS.sub(r"\g<long> (\g<short>) ", sentence.strip(), count=1)
    text = _EXPLAINED_RUN_IN.sub("", text, count=1)
    colon = _SAID_AFTER_COLON.match(text)
    if colon is not None and any(
        _same(LEADING_ARTICLE.sub("", colon["name"]), name) for name in names
    ):
        text = f"{colon['name']} is {text[colon.end() :]}"
    text = _EQUALS_GLOSS.sub(r"\g<name> is ", text, count=1)
    served = _FOR_WHOM.match(text)
    if served is not None:
        # 'For people with severe vision impairments, a screen reader is a device that
        # allows them to ...': whom it serves said first, and 'them' after
        text = re.sub(r"\bthem\b", served["whom"], text[served.end() :], count=1)
    text = without_source_lead(text)
    if pronoun:
        text = _THE_TERM_ALONE.sub("It ", text, count=1)
        text = _IN_SO_MANY_WORDS.sub("", text, count=1)  # 'In literal terms it is ...'
        text = _ITS_HISTORY_FIRST.sub("", text, count=1)  # 'Invented in 1833 by ..., it is'
    text = _LEAD.sub("", _ANSWER_LEAD.sub("", text))
    # ('The term “Comet” was coined by Alex Russell ... to describe exchanges ...': what
    # the word was made to name)
    text = _COINED.sub(r"\g<name> describes ", text, count=1)
    text = _TERM.sub("", _TERM_THEN_COMMA.sub(r"\g<name> ", text, count=1))
    text = _OTHER_NAMES_FIRST.sub("", text)
    if " refer" in text or " mean" in text or " de" in text:
        text = _HEDGED_VERB.sub(" ", text, count=1)
    text = _QUOTED_NAME.sub(r"\1\2", text).lstrip("*_“\"'")
    text = _LABEL_IS.sub(r"\1 ", _CONTRACTED.sub(r"\1 is ", text))
    text = _DEFINES_AS.sub(r"\g<name> is \g<rest>", text)
    text = _ROLE_OF.sub(r"\g<name> is ", _ROLE_OWNED.sub(r"\g<name> is ", text, count=1), count=1)
    text = _MEANS_COLON.sub(r"\1 ", text, count=1)  # 'Debounce means: keep pushing ...'
    if " means that " in text[:_MEANS_REACH]:
        text = _MEANS_THAT.sub(r"\1 means ", text, count=1)  # 'Atomicity means that a ...'
    text = _TO_THE_READER.sub("", text, count=1)
    if " describe" in text:
        text = _BEST_DESCRIBED_AS.sub(r" \g<verb> ", text, count=1)
    if " defined " in text:
        # 'A Sprint is defined by Ken Schwaber as a Timebox of thirty days ...': what it is
        text = _IS_DEFINED_AS.sub(lambda said: f" {said['verb'] or 'is'} ", text, count=1)
    if ", is " in text or ", are " in text:
        text = _SAID_TWICE.sub(r"\g<verb>", text)  # 'Anti-aliasing is, therefore, is the ...'
        text = _COMMA_BEFORE_VERB.sub(r"\1", text, count=1)  # 'Generic programming, is a'
    text = _COMMA_AFTER_ARTICLE.sub(r"\1", text, count=1)  # 'UTF-8 is a, Text file ...'
    if ", along" in text or ", together" in text or ", like " in text:
        # 'Cabernet Sauvignon is, along with Merlot, one of the world's most planted ...':
        # another said to be one as well, in an aside after the verb
        text = _ANOTHER_AS_WELL.sub(r"\1 ", text, count=1)
    text = _COMMA_ASIDE.sub(r"\1 ", text)  # 'Name mangling, (the more ... term is ...) is'
    # ('HTTP Cookies — also known as web cookies, or just cookies — are small pieces ...')
    text = _DASHED_ALIAS.sub(" ", text, count=1)
    text = _FIELD_AFTER.sub(r"\g<name> ", text)  # 'Hydration in the context of web ...'
    text = _ORIGIN_FIRST.sub(r"\g<name> ", text)  # 'Cardinality comes from set theory and'
    text = _KIND_AFTER.sub(r"\g<name> ", text)  # 'Webpack – a static module bundler is'
    text = without_open_alias(text)  # 'A digital footprint, sometimes called a ... refers'
    if names and (listed := _NAME_LIST.match(text)) is not None:
        # 'A source-to-source compiler, transcompiler or transpiler is a kind of ...': one
        # thing by each of its names; the one asked for is the one defined
        said = next(
            (
                part
                for part in re.split(
                    r",\s*(?:or\s+)?|\s+or\s+", listed["names"] or listed["either"]
                )
                if any(_same(part, n) for n in names)
            ),
            None,
        )
        if said is not None:
            text = f"{said} {text[listed.end() :]}"
    if (
        pronoun
        and names
        and (acting := _PRONOUN_ACTS.match(text)) is not None
        # ('It describes the process of selecting ...': says what it is, as 'is' would)
        and not _DESCRIBES_A_KIND.match(text)
    ):
        # 'It translates domain names into IP addresses.': says what the concept does.
        return Definition(names[0], "", "", text[acting.end() :].strip())
    if fragment and pronoun and names and not _opens_with_a_name(text, names):
        # (a gloss leaves its name out: 'Sharding came up in our last meeting' is a
        # sentence about it, its verb no gerund's object)
        gloss = without_dictionary_lead(text)
        referred = REFERS_GLOSS.match(gloss)
        if referred is not None:
            # 'Refers to the number of consecutive hours that light ...' under
            # 'Photoperiod': what the name refers to, the name left out
            return Definition(names[0], "", "", gloss[referred.end() :])
        if _does_gloss(gloss):
            # 'Mediates between the domain and data mapping layers ...' under 'Repository':
            # what it does, its name left out as a glossary's line leaves it
            return Definition(names[0], "", "", gloss)
        if (
            _is_fragment(gloss)
            or _bare_genus(gloss, names[0])
            # ('The time when the Earth lies between a planet and the Sun, ...': a gloss's
            # 'the' is no sign of a sentence)
            or (_THE_TIME_WHEN.match(gloss) is not None and _is_fragment(f"A {gloss[4:]}"))
        ):
            # 'A protocol for secure data transmission.' under the title 'TLS': a
            # dictionary's definition, with the name left out.
            return Definition(names[0], "", "", gloss)
    if pronoun and names and (opening := _PRONOUN.match(text)) is not None:
        predicate = text[opening.end() :]
        if _POINTS_BACK.match(predicate) or _NOT_WHAT_IT_IS.match(predicate):
            return None  # 'This is accomplished by arranging ...' says how, not what
        if SPELLS_ONLY.match(text):
            return None  # 'It stands for Transmission Control Protocol/...': its letters
        return Definition(names[0], "", "", predicate)
    called = _CALLED.match(_RESTATED_BEFORE_CALLED.sub(" ", text, count=1))
    if (
        called is not None
        # (on a page with no title, 'A ... is called a transaction.' names its concept;
        # not 'The handler is called the first time.')
        and (
            any(_same(called["name"], n) for n in names)
            or (not names and (called["article"] or "").lower().startswith("a"))
        )
        and not _OWN_VERB.search(called["what"])
    ):
        # 'The method of visiting every node of a graph is known as graph traversal.': the
        # name last, what it is first ('all of the programs ...' are programs)
        what = re.sub(r"^all\s+(?:of\s+)?the\s+|^all\s+", "", called["what"], flags=re.I)
        # (the card shows no sentence before: 'This circulation ...' is the circulation)
        what = re.sub(r"^(?:These|This|Such)\s", "The ", what)
        return Definition(called["name"], "", "", upper_first(what))
    made = _THEY_MAKE_ONE.match(text) if names else None
    if made is not None and any(_same(made["name"], n) for n in names):
        # 'Two or more letters combined into one character make a ligature.': what the
        # parts are first, the one thing they make last
        return Definition(made["name"], "", "", upper_first(made["what"]) + ".")
    happening = _WHEN_CALLED.match(text) if names else None
    if happening is not None and any(_same(happening["name"], n) for n in names):
        # 'When several processes access the same data ..., it is called a race
        # condition.': the event first, its name last
        stuff = _STUFF_WHEN.fullmatch(happening["when"])
        if stuff is not None and not _EVENT_NAME.search(happening["name"]):
            # 'When magma erupts through the earth's surface it is called lava.': 'it' is
            # the stuff, so named where it is: magma that erupts through the surface
            return Definition(
                happening["name"], "", "", f"{upper_first(stuff['stuff'])} that {stuff['rest']}."
            )
        return Definition(happening["name"], "", "", happening["when"] + ".")
    if any(in_the_state_of(text, n) for n in names):
        # 'A set of processes is deadlocked if ...' under 'Deadlock': the whole sentence
        return Definition(names[0], "", "", "")
    dashed = _NAME_DASH_GLOSS.match(text) if names else None
    if dashed is not None and any(_same(dashed["name"], n) for n in names):
        # 'Digital Signature - a digital tool used as a proof of identification.'
        return Definition(dashed["name"], "", "", dashed["gloss"])
    letters_of = next(
        (
            n
            for n in names
            if dashed
            and spells_out(n, dashed["name"])
            and n.casefold() not in dashed["name"].casefold()  # (not 'VPA has three parts:')
        ),
        None,
    )
    if dashed is not None and letters_of is not None:
        # 'Man-in-the-Middle — an attacker secretly relaying ...' under 'MITM'
        return Definition(letters_of, dashed["name"], letters_of, dashed["gloss"])
    spelled = _WORDS_THEN_GLOSS.match(text) if names and dashed is None else None
    letters_of = next(
        (n for n in names if spelled and n.isupper() and spells_out(n, spelled["name"])), None
    )
    if spelled is not None and letters_of is not None:
        # 'Total dissolved solids, a measure of all the substances dissolved in the water.'
        # under 'What is TDS?': the words its letters stand for, then what it is
        return Definition(letters_of, spelled["name"], letters_of, spelled["gloss"])
    glossed = _NAMED_THEN_GLOSSED.match(text) if names else None
    if glossed is not None and any(_same(glossed["name"], n) for n in names):
        return Definition(glossed["name"], "", "", upper_first(glossed["gloss"]) + ".")
    match = _CANDIDATE.match(text)
    if match is None and (inside := _ASIDE_INSIDE.match(text)) is not None:
        # 'A REST (Representational State Transfer) API is ...': the aside splits the name.
        found = definition_of(
            inside["before"] + inside["after"], names, pronoun=pronoun, loose=loose
        )
        before = re.sub(r"^(?:an?|the)\s+", "", inside["before"], flags=re.I)
        if found is not None and spells_out(inside["aside"].strip(), before):
            # 'The Content Security Policy (CSP) header is ...': also the 'CSP header'
            short = f"{inside['aside'].strip()} {inside['head']}"
            return found._replace(expansion=found.name, abbreviation=short)
        return found
    if (
        match is None or " when " in match.group(0)  # ('Mixed content occurs when HTML is')
    ) and (comes := _COMES_ABOUT.match(text)) is not None:
        # 'A page fault occurs when a process accesses a page not in RAM': when a problem
        # or an event comes about is what it is ('When ...', as a dictionary glosses it)
        name = comes["name"].strip("*_ ")
        # (not 'A Cumulative Layout Shift happens when you're about to click on a link
        # ...': the reader's scene, an example of it; 'A memory leak occurs when you
        # allocate memory with malloc but never call free' says what anyone does)
        example = _READERS_SCENE.match(text, comes.start("when")) is not None or (
            _HAPPENS_TO_YOU.match(text, comes.end("name")) is not None
        )
        if _name_like(name) and not example and (not names or any(_same(name, n) for n in names)):
            return Definition(name, "", "", text[comes.start("when") :])
    scene = _IN_A_KIND.match(sentence.strip()) if match is None and names else None
    if scene is not None and any(_same(scene["name"], n) for n in names):
        # 'In a man-in-the-middle attack, a malicious user ...': the attack in which that
        # happens
        kind = scene["kind"].lower()
        return Definition(
            scene["name"], "", "", f"{indefinite(kind)} {kind} in which {scene['rest']}"
        )
    if match is None and loose and names:
        return _named_subject(text, names)
    if match is None or _POINTS_BACK.match(text[match.end() :]):
        return None
    if _says_no_gloss(text, match):
        return None  # 'A standard production choice is N=3, W=2, R=2: ...': values chosen
    if (
        _DOING_NOW.match(text[match.end() :])
        and re.match(r"(?:the|an?)\s", text, re.I)
        and re.search(r"\b(?:is|are)\s*$", match.group(0))
    ):
        return None  # 'The ORM is doing exactly what it was asked to do.': just then
    if _NOT_WHAT_IT_IS.match(text[match.end() :]) or _MAY.match(text[match.end() :]):
        return glossed_acronym(text, names)
    if _DESCRIBES_WITH.match(text, match.end()) and re.search(
        r"\b(?:describes|represents)\s*$", match.group(0), re.I
    ):
        # 'The mean describes an entire sample with a single number ...': what it sums up,
        # and how; not what the mean is (the sample is no mean)
        return None
    aside = match["aside"] or ""
    spelled_aside = _WHICH_STANDS_FOR.match(aside)
    if _EXPANDS_ONLY.search(match.group(0)) and spelled_aside is None:
        return glossed_acronym(text, names)  # 'HSTS stands for "...," which is a ...'
    name = match["name"].strip("*_ ")
    general = _OF_ANY.match(name)
    if (
        general is not None
        and not aside
        and (len(name.split()) > 4 or (names and not any(_same(name, n) for n in names)))
    ):
        # 'The median of a set of data is ...' defines the median ('The probability of
        # an event is ...' keeps its whole name, short enough to ask by)
        name = general["head"]
    if " or " in name and not aside:
        # 'JWT or JSON Web Token is ...': two names of one concept.
        short, _, long = name.partition(" or ")
        if is_abbreviation(long) and _initials_match(long, short):
            short, long = long, short
        if is_abbreviation(short) and _initials_match(short, long):
            if names and not any(_same(c, n) for c in (short, long) for n in names):
                return None
            return Definition(short, long, short, text[match.end() :])
    expanded = _EXPANDS.match(aside)
    expansion = abbreviation = ""
    said = name
    if expanded is not None:
        inner = re.split(r",?\s+or\s+|,\s*", expanded["long"])[0]  # '(Ajax, or AJAX)'
        if _ALIAS_ASIDE.match(inner):
            inner = ""  # '(also known as RESTful API)': another name, not the letters' words
        if inner and is_abbreviation(name) and _initials_match(name, inner):
            expansion, abbreviation = inner, name
        elif inner and _short_form(inner, name):
            expansion, abbreviation, said = name, inner, inner
    if not expansion and spelled_aside is not None and is_abbreviation(name):
        # 'CSV, which stands for comma-separated value, is a file format ...'
        expansion, abbreviation = spelled_aside["long"].strip(), name
    if not expansion:
        # 'Content delivery network, or CDN, is ...': the abbreviation in a comma aside.
        comma_aside = _OR_SHORT.search(aside)
        if comma_aside is not None and _initials_match(comma_aside["short"], name):
            expansion, abbreviation = name, comma_aside["short"]
    # ('a sprite is the name usually given to a two-dimensional bitmap ...': that bitmap)
    predicate = _NAME_GIVEN_TO.sub("", text[match.end() :], count=1)
    kind = _KIND_OF.match(predicate)
    if kind is not None and not expansion and _QUALITY.fullmatch(said):
        # 'Stateful is a type of firewall that inspects ...': the name is a quality, the
        # thing defined a stateful firewall, which is a firewall that inspects ...
        name = said = f"{said} {kind['noun'].lower()}"
        predicate = f"{indefinite(kind['noun'])} {kind['noun']}{kind['rest']}"
    # 'A Web browser or browser is ...': either name is the one defined ('boilerplate
    # code or just boilerplate are ...' too)
    either = tuple(part for part in _OR_JUST.split(name) if part) if " or " in name else ()
    said_names = (name, said, expansion, abbreviation, *either)
    # (after 'the' only: 'A command shell is ...' names a command shell)
    kind_first = _KIND_FIRST.match(name) if text[:4].lower() == "the " else None
    if kind_first is not None and (
        any(_same(kind_first["name"], n) for n in names)
        # ('The acronym CDN (for ...) refers to ...': the letters are the name)
        or (not names and is_abbreviation(kind_first["name"]))
    ):
        # 'The command grep is a UNIX filter ...' under 'Grep': its kind, then its name
        name = said = kind_first["name"]
        said_names = (name,)
    if names and not any(_same(c, n) for c in said_names if c for n in names):
        # 'CAP theorem states that it is impossible ...': the 'is' is further on, in
        # what the entry's own verb says.
        return _named_subject(text, names) if loose else None
    if not names and not all(_name_like(part) for part in (either or (abbreviation or name,))):
        return None  # ('System for Cross-domain Identity Management (SCIM)': by its letters)
    return Definition(said, expansion, abbreviation, predicate)


# A name after the kind of thing it is: 'command grep' of 'The command grep is ...'.
_KIND_FIRST = re.compile(
    r"^(?:command|utility|program|tool|function|method|keyword|operator|package|acronym|"
    r"abbreviation|initialism)\s+"
    r"(?P<name>\S+)$",
    re.I,
)
# 'a type of firewall that ...': what kind of thing a quality's name is said of.
_KIND_OF = re.compile(
    r"^an?\s+(?:type|kind|form|sort|class)\s+of\s+(?P<noun>[a-z][a-z-]+)(?P<rest>\b.*)$", re.I
)
# One word that names a quality, not a thing: 'Stateful', 'stateless'.
_QUALITY = re.compile(r"[A-Za-z][a-z]+(?:ful|less|ive|ous|able|ible)")


# Bare words after a plural name that say nothing of what it does.
_NOT_VERBS_OF_PLURALS = frozenset(
    (
        *("are", "were", "have", "had", "can", "could", "may", "might", "will", "would"),
        *("should", "must", "do", "did", "and", "or", "of", "in", "on", "for", "to", "with"),
        *("that", "which"),
    )
)


# Verbs of intent: a sentence saying what a thing aims at does not say what it is.
_AIMS = frozenset(("seeks", "seek", "aims", "aim", "strives", "strive"))
# Verbs of an aim before 'to' ('tries to enable'), of a doing before an object: 'A brute
# force attack tries every possible password ...'.
_TRIES = frozenset(("tries", "try", "attempts", "attempt"))
_TO_NEXT = re.compile(r"\s+to\s")


# The verb after a name that says what may be done with the thing, or what its parts are:
# no definition ('A node instance can be shown ...', 'The change request includes ...').
# ('RTOS has a widespread use today, ...': what it has, or its parts, not what it is)
_NOT_WHAT_IT_IS_VERBS = MODALS.union(("includes", "include", "has", "have"))
# A verb that only a plural noun comes before: 'servers are', 'programs cannot'.
_AUXILIARY_NEXT = re.compile(
    rf"\s+(?:{'|'.join(re.escape(verb) for verb in sorted(AFTER_A_PLURAL))})\b", re.I
)


# How often, said before a verb: after a word that seemed the verb, it shows that word
# was the subject's plural ('APIPA addresses always begin ...').
FREQUENCY = r"(?:always|never|usually|often|sometimes|rarely|seldom|typically|generally|normally)"
_FREQUENCY_NEXT = re.compile(rf"\s+{FREQUENCY}\b", re.I)
# A sentence naming what the one before it told: 'This type of chemical reaction is known
# as neutralization reaction.', 'This process is called osmosis.'
THIS_IS_NAMED = re.compile(
    r"this\s+(?:(?:type|kind|sort|form)\s+of\s+[\w -]{1,40}?|process|reaction|phenomenon|"
    r"effect|event|situation|condition|change|method|technique)?\s*(?:(?:is|are)\s+"
    # ('This results in a stalemate, provided his king is not in check.': what it leads to)
    r"(?:called|known\s+as|termed|referred\s+to\s+as)|results\s+in)\s+(?:an?\s+|the\s+)?"
    r"[\"“']?(?P<name>[\w-]+(?:\s+[\w-]+){0,3}?)[\"”']?(?:,\s.*)?\.?",
    re.I,
)
TOLD_WORDS = 6  # the fewest words of what a sentence tells before the next names it


# An object that points back to a sentence before: 'makes this possible', 'solves that'.
_POINTED_OBJECT = re.compile(r"\s+(?:this|these|those)\b(?!\s+(?:kind|type|way)\b)", re.I)


# What a reference page puts before and after a name it documents: 'The HTTP
# Content-Type header', 'the CSS display property', 'The HTML <a> element'.
LANGUAGE = r"(?-i:HTTP|HTML|CSS|SQL|DOM|JavaScript|Git|Unix|Linux|Python|Java)"
# Products a name is often said with: 'Kubernetes Network Policies', 'Docker volumes'.
PRODUCT = r"(?-i:Kubernetes|Docker|AWS|Azure|React|Redis|PostgreSQL|MySQL|GitHub|Node\.js)"
KIND_NAMED = (
    r"(?:header|method|attribute|element|property|function|command|field|tag|keyword|"
    r"directive|option|flag)"
)


def _clause_defining(sentence: str, names: tuple[str, ...]) -> str | None:
    """The clause after ', and' or ';' that says what one of `names` is, when the clause
    before it says what something else is; None otherwise."""
    if ", and " not in sentence and "; " not in sentence:
        return None
    for name in names:
        forms = "|".join(re.escape(form) for form in name_forms(name))
        found = re.search(
            rf"(?:,\s+and|;)\s+(?P<clause>(?:an?\s+|the\s+)?(?:{forms})\s+(?:is|are)\s.+)$",
            sentence,
            re.I,
        )
        if found is not None and not _opens_with_a_name(sentence, names):
            return upper_first(found["clause"])
    return None


def _opens_with_a_name(text: str, names: tuple[str, ...]) -> bool:
    """Whether a sentence opens with one of `names`, whole ('Sharding came up ...')."""
    return any(
        (end := written_at(text, 0, name)) >= 0 and text[end : end + 1].isspace()
        for name in names
        if name
    )


def in_the_state_of(sentence: str, name: str) -> bool:
    """Whether a sentence says its subject is in the state a one-word name names, by its
    participle: 'A set of processes is deadlocked if ...' of 'Deadlock'."""
    state = _IN_THE_STATE.match(sentence.strip())
    if state is None:
        return False
    name = name.strip().casefold()
    return " " not in name and state["state"].casefold() in (f"{name}ed", f"{name}d")


# An adverb of manner between a name and its verb: 'automatically', 'silently' (not a
# noun that ends the same way: 'power supply', 'the assembly').
_MANNER = r"(?!(?:supply|apply|reply|family|assembly|anomaly|monopoly|only)\b)[a-z]{3,}ly"


def _named_subject(text: str, names: tuple[str, ...]) -> Definition | None:
    """'An ISP (Internet Service Provider) sells Internet access ...' under the title 'ISP'.

    The first sentence of a glossary entry that opens with the entry's name and goes on
    with a verb says what the entry is, even without 'is'. The predicate is left empty:
    the whole sentence is the answer.
    """
    for name in names:
        # 'A constructor initializes ...' under the title 'Constructors': one of them
        written = re.escape(name)
        if re.search(r"[a-z][^s]s$", name):
            written = rf"{written}|{re.escape(name[:-1])}(?=\s)"
        if re.search(r"[a-z][^aeiou]ies$", name):
            # 'A reverse proxy provides ...' under 'About reverse proxies'
            written = rf"{written}|{re.escape(name[:-3])}y(?=\s)"
        if re.search(r"[a-z][^aeiou]y$", name):
            # 'Network policies control ...' under 'Network policy': all of them
            written = rf"{written}|{re.escape(name[:-1])}(?=ies\s)"
        found = re.match(
            # ('The HTTP Content-Type header indicates ...': its language before it and its
            # kind after it, as reference pages name a header, an element or a property)
            # ('Kubernetes Network Policies define ...': the product it belongs to first)
            rf"^(?:(?:an?|the)\s+)?(?:(?:{LANGUAGE}\s+)?(?:{written})\s+{KIND_NAMED}|"
            rf"(?:(?:{LANGUAGE}|{PRODUCT})\s+)?(?:{written}))"
            rf"(?P<plural>(?:ies|s)?)(?P<aside>{_ASIDE})"
            # ('The CAP theorem in computer science states ...': where it is met, first)
            rf"(?:\s+in\s+{_MET_IN}(?=\s+[a-z]))?\s+"
            # ('Garbage collection automatically frees ...': how it does it, first)
            rf"(?:{_MANNER}\s+)?"
            # ('POP3 runs by default on TCP/IP port 110': where, whatever it does)
            r"(?P<verb>[a-z]\w+)\b(?P<place>\s+(?:by\s+default\s+)?(?:in|on|at|behind|under|"
            r"beneath|within|among|around|inside)\b)?",
            text,
            re.I,
        )
        if found is None or found["place"]:
            # 'ARP hovers in the shadows of most networks': where it is, in a figure of
            # speech, is not what it is.
            continue
        verb = found["verb"].lower()
        if verb in _AIMS or (verb in _TRIES and _TO_NEXT.match(text, found.end())):
            continue  # 'Object storage seeks to enable ...': what it is after, not what it is
        if verb in _NOT_WHAT_IT_IS_VERBS:
            # 'A node instance can be shown on a diagram', 'The change request includes
            # corrective action, ...': what may be done with it, or its parts
            continue
        if _AUXILIARY_NEXT.match(text, found.end()) or _FREQUENCY_NEXT.match(text, found.end()):
            # 'Stateless servers are easy to add', 'APIPA addresses always begin with ...':
            # 'servers' and 'addresses' are no verbs
            continue
        if _POINTED_OBJECT.match(text, found.end()):
            continue  # 'Client-side routing makes this possible': says so of something else
        if AS_IN_THE_STORY.match(text, found.end()):
            continue  # 'A checksum works the same way for data.': as the story before it
        acts = verb.endswith("s") and not verb.endswith("ss")
        bare_verb = not verb.endswith("s") and verb not in _NOT_VERBS_OF_PLURALS
        if found["plural"]:
            # 'Containers allow a developer to ...': a plural name takes a bare verb.
            acts = bare_verb
        elif re.search(r"[a-z][^s]s$", text[: found.end("plural")]):
            # 'Gossip protocols propagate ...' under that title, a plural already ('Redis
            # stores ...' is no plural)
            acts = acts or bare_verb
        if acts:
            aside = _EXPANDS.match(found["aside"] or "")
            inner = re.split(r",?\s+or\s+|,\s*", aside["long"])[0] if aside else ""
            if inner and is_abbreviation(name) and _initials_match(name, inner):
                return Definition(name, inner, name, "")
            return Definition(name, "", "", "")
    return None


_FUSED = re.compile(r"(?<![A-Z])[A-Z]{3,}[a-z]{2,}")


_RELATIVE = re.compile(
    r"(?:an?\s+|the\s+)?(?:alternative|option|variation|variant|counterpart|opposite|"
    r"equivalent|exception)s?",
    re.I,
)
_TURNED_ROUND = re.compile(r"not\s+only|nor|neither|rarely|seldom|never|hardly|only\s+then", re.I)


def _name_like(name: str) -> bool:
    """A term, not the start of an ordinary sentence ('It is', 'This page is')."""
    if "--" in name or "—" in name:
        return False  # 'Great question--this concept is ...': a dash joins two clauses
    first = re.sub(r"['’](?:s|re|ll)$", "", name.split()[0].lower())  # "it's when a ..."
    last = name.split()[-1].lower()  # 'In many ways it is ...', 'Declarations themselves'
    # 'DELETEStandard': a table row's cells run together (not 'MLOps', 'SQLite')
    # (a search from each run's start only: one long word of capitals stays linear)
    fused = any(len(word) >= 9 and _FUSED.search(word) for word in name.split())
    return (
        first not in _NOT_NAMES
        and last not in _POINTING_WORDS
        # 'Not only is it used when ...', 'Rarely is it ...': a sentence turned round
        and not _TURNED_ROUND.fullmatch(name)
        # 'An alternative is reverse stockinette stitch, ...': another's, said of it
        and not _RELATIVE.fullmatch(name)
        # 'Risk Handling Risks are identified ...': a table's row label run into its
        # first cell, which says the label's word again
        # (not 'Border - The border is ...', a glossary's term and its sentence)
        and not (len(name.split()) > 2 and last in (f"{first}s", f"{first}es"))
        # 'Examples of these units are ...': what it speaks of is named before
        and not {"this", "these", "those", "such"} & set(name.lower().split()[1:])
        # 'A variable whose possible values are ...': the name's clause, not a name;
        # 'revenue recognized when cash is ...', 'even her dress is ...': a clause's words
        and not _IN_A_CLAUSE & set(name.lower().split()[1:])
        and first != "such"  # 'Such a function is called recursive': named before
        # 'The rules just described are ...': what the text said before, no name
        and not _SAID_BEFORE & set(name.lower().split()[1:])
        # 'Creating a variable means ...': a task done with a thing, not a thing's name
        and not (first.endswith("ing") and name.lower().split()[1:2] in (["a"], ["an"], ["the"]))
        # 'A tautology can also refer to ...': another sense, its modal taken for a name's
        # word ('Free will' ends in one)
        and last != "also"
        # 'no-cache does not mean "do not cache"': what it is not, its negation taken
        # for a name's words
        and last not in ("not", "never", "doesn't", "don't", "isn't", "aren't")
        and not MODALS & set(name.lower().split()[1:-1])
        and len(name.split()) <= 4
        and not fused
        and any(c.isalpha() for c in name)  # '13 is less than 14.': a number, no term
        and name.lower() not in _DISCOURSE
        # ('The important point is how highlighting is implemented': a point of the text's)
        and not _judged_discourse(name)
        and not _AS_FOR.match(name)  # 'As to why composition is preferred ...'
        # 'The name is actually redundant', 'The term Space Complexity is misused': words
        # about a name, not a name ('Name mangling' is one)
        and not _ABOUT_A_NAME.match(name)
        and not _NUMBERED_FIGURE.match(name)  # 'Fig 1 describes the set inclusions ...'
    )


# Words saying a text spoke of its subject before: 'that we have just been describing'.
_TOLD_BEFORE = re.compile(
    r"\b(?:just|already|previously)\s+(?:been\s+)?(?:describ|discuss|mention|explain)\w*|"
    r"\b(?:described|discussed|mentioned|explained)\s+(?:above|earlier|before)\b",
    re.I,
)
# Words that point back to what a text said before, after a name's first word.
_SAID_BEFORE = frozenset(("described", "mentioned", "discussed", "outlined", "above"))
# Words a clause has and a name never does, after its first word.
_IN_A_CLAUSE = frozenset(("whose", "which", "when", "if", "because", "while", "her", "his"))
# A bracketed aside between a name and its 'is', after a comma: 'Name mangling, (the more
# politically correct term is name-decoration) is a method ...'.
_COMMA_ASIDE = Gated("(", re.compile(r"^([^,()]{1,60}),\s*\([^()]{1,200}\)\s*(?=(?:is|are)\s)"))


# Another name after a comma that is never closed: 'A digital footprint, sometimes called
# a digital dossier refers to the data traces ...'.
def without_open_alias(text: str) -> str:
    """A sentence without the other name set after its subject: 'A digital footprint,
    sometimes called a ..., refers to ...' -> 'A digital footprint refers to ...'."""
    if " as " in text and " it," in text:
        # 'The figure 8 or “stopper knot” as many sailors refer to it, is used to ...'
        text = _OR_AS_THEY_SAY.sub(r"\1 ", text, count=1)
    return _OPEN_ALIAS.sub(r"\1 ", text, count=1)


def without_their_name_for_it(rest: str) -> str:
    """What a sentence says after a name, without the other name people give it there:
    'or “stopper knot” as many sailors refer to it, is used to ...' -> 'is used to ...'."""
    return _THEIR_NAME_FOR_IT.sub("", rest, count=1) if " it," in rest[:80] else rest


_THEIR_NAME_FOR_IT = re.compile(
    r"^or\s+[\"“]?[\w'’ -]{2,30}[\"”]?\s+as\s+(?:many|most|some|other)\s+[\w-]+\s+"
    r"(?:call|refer\s+to|know)\s+it,\s+(?=(?:is|are|[a-z]{3,}s)\s)",
    re.I,
)
_OR_AS_THEY_SAY = re.compile(
    r"^((?:an?\s+|the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3})\s+or\s+[\"“]?[\w'’ -]{2,30}[\"”]?\s+"
    r"as\s+(?:many|most|some|other)\s+[\w-]+\s+(?:call|refer\s+to|know)\s+it,\s+"
    r"(?=(?:is|are|[a-z]{3,}s)\s)",
    re.I,
)


# Another name: a few words, maybe quoted, maybe its letters in brackets and a word after
# them ('digital light processing (DLP) printing').
_ALIAS = r"[\"“]?[\w'’-]+(?:\s+[\w-]+){0,3}?(?:\s*\([^()]{1,30}\)(?:\s+[\w-]+)?)?"
# ('unicast reverse path forwarding (unicast rpf), also known as "reverse route lookup,"
# provides ...': its letters after the name, the other name quoted, any verb after it;
# 'Resin printing, also known as stereolithography (SLA) or digital light processing
# (DLP) printing, is ...': two other names)
_OPEN_ALIAS = Gated(
    ("called", "known", "referred"),
    re.compile(
        r"^((?:an?\s+|the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}(?:\s*\([^()]{1,30}\))?)"
        r"(?:,\s+(?:sometimes\s+|also\s+|often\s+)?(?:called|known\s+as|referred\s+to\s+as)"
        # ('a sector also known as a page is ...': 'also known as' needs no comma before it)
        r"|\s+also\s+known\s+as)\s+"
        rf"(?:an?\s+|the\s+)?{_ALIAS}(?:\s+or\s+{_ALIAS})?(?:,[\"”]|[\"”],?|,)?"
        r"\s+(?=(?:is|are|refers\s+to|means|[a-z]{3,}s)\s)",
        re.I,
    ),
)
# What a thing is doing just then, after 'is': 'The ORM is doing ...', 'The server is
# waiting ...' ('Idempotence means getting ...', 'Caching is storing ...' say what).
_DOING_NOW = re.compile(
    r"^(?:\w+ly\s+)?(?:doing|working|running|trying|getting|going|sitting|waiting|looking|"
    r"starting|using)\b"
)
# 'means that' and the clause it means, read as 'means' and the clause.
_MEANS_COLON = Gated("means:", re.compile(r"^([^:]{1,60}?\s+means):\s+(?=[a-z])"))
# ('Modulation, in music, means that the music changes key.': its field set off between)
_MEANS_THAT = re.compile(r"^([^,;:]{1,80}?)(?:,\s+in\s+[^,;:]{1,40},)?\s+means\s+that\s+")
_MEANS_REACH = 100
# A stray comma between a sentence's subject and its verb, or after the article its
# gloss opens on: 'Generic programming, is a programming style ...', 'UTF-8 is a, Text
# file encoding ...'.
_COMMA_BEFORE_VERB = re.compile(
    r"^((?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,3}),(?=\s+(?:is|are)\s+(?:an?|the)\s)"
)
_ANOTHER_AS_WELL = re.compile(
    r"^([^,]{1,60}?\s(?:is|are)),\s+(?:along\s+with|together\s+with|like)\s+[^,]{2,40},\s+"
    r"(?=(?:an?|the|one)\s)"
)
_COMMA_AFTER_ARTICLE = Gated(",", re.compile(r"^([^,]{1,60}?\s(?:is|are)\s+(?:an?|the)),(?=\s)"))
# The verb said twice around an aside: 'is, therefore, is'.
_SAID_TWICE = re.compile(
    r"\b(?P<verb>is|are),\s+(?:therefore|thus|hence|then|in\s+short|in\s+other\s+words),\s+(?P=verb)\b",
    re.I,
)
# Three or more names of one thing before its verb: 'A source-to-source compiler,
# transcompiler or transpiler is ...'. Only after 'a' and before 'is': 'Cats, dogs or
# birds are ...' lists several things.
_NAME_LIST = re.compile(
    r"^(?:an?\s+(?P<names>[\w-]+(?:\s+[\w-]+){0,3}(?:,\s+[\w-]+(?:\s+[\w-]+){0,3})+,?\s+or\s+"
    r"[\w-]+(?:\s+[\w-]+){0,3})"
    # ('FPS Video or Frames Per Second Video is the number of ...': two names, no article)
    r"|(?P<either>[\w-]+(?:\s+[\w-]+){0,3}\s+or\s+[\w-]+(?:\s+[\w-]+){0,3}))\s+(?=is\s)",
    re.I,
)
# A figure or a table by its number, as a caption names it: 'Fig 1 describes ...'.
_NUMBERED_FIGURE = re.compile(
    r"^(?:the\s+)?(?:fig(?:ure)?|table|image|diagram|chart|listing|example|exhibit)\.?\s*\d", re.I
)
_ABOUT_A_NAME = re.compile(r"^(?:(?:an?|the)\s+)?(?:name|term|word)s?(?:$|\s+[A-Z\"“'‘])")


# A sentence's topic announced before it: 'As to why ...', 'As for the cache, ...'.
_AS_FOR = re.compile(
    # ('As each pixel is shaded ...': a clause of time, not a name)
    r"^(?:as\s+(?:to|for|regards|each|every|a|an|the|soon|long|far|we|you|it|they)|"
    r"regarding|concerning)\b",
    re.I,
)


# Nouns an author leads up to a point with, naming no concept: 'The answer is the strategy.',
# 'The problem is that ...'.
_DISCOURSE = frozenset(
    ("answer", "solution", "problem", "idea", "result", "reason", "goal", "point", "trick")
).union(
    ("fix", "workaround", "remedy", "takeaway", "downside", "upside"),  # 'The fix is to ...'
    ("catch", "truth", "fact", "question", "issue", "thing", "short answer", "main idea"),
    # 'In my opinion, the difference is whether ...': between things named elsewhere
    ("difference", "main difference", "key difference", "big difference", "similarity"),
    # 'Following are some common ...', 'A typical example is ...': the sentence points on
    ("following", "example", "typical example", "common example", "good example"),
    # 'A common comparison is the footprints you leave on a beach': a likeness, pointing on
    ("comparison", "common comparison", "analogy", "good analogy", "common analogy", "metaphor"),
    # 'The mistake is never paying it back': a point about something named elsewhere
    ("mistake", "real mistake", "lesson", "rule", "secret", "key", "part", "bottom line"),
    # 'The primary role is to serve as a conduit ...': whose role, a sentence before says
    ("role", "primary role", "main role", "purpose", "main purpose", "primary purpose", "aim"),
)


def _judged_discourse(name: str) -> bool:
    """Whether a name is a word of the text's own talk with only a judgement before it:
    'the important point', 'the key thing', 'the main idea'."""
    said = LEADING_ARTICLE.sub("", name.lower()).split()
    return len(said) > 1 and said[-1] in _DISCOURSE and set(said[:-1]) <= _JUDGING


_JUDGING = frozenset(
    ("important", "key", "main", "crucial", "big", "real", "only", "first", "interesting")
).union(("tricky", "hard", "good", "best", "whole", "next", "final", "central", "essential"))


# Words that point at a thing named elsewhere: a name never ends in one.
_POINTING_WORDS = frozenset(
    ("it", "this", "that", "these", "those", "they", "there", "them", "itself", "themselves")
)


_NOT_NAMES = frozenset(
    [
        "it",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        *("below", "above"),  # 'Below is the example.': where to look, no name
        # 'The same thing happens when you add a server.': what was named before ('The
        # corresponding Endpoints resources are still created ...': for what was)
        *("same", "former", "latter", "corresponding", "respective", "aforementioned"),
        # 'The resultant body is impervious to moisture': the body the sentence before made
        *("resultant", "resulting"),
        "they",
        "he",
        "she",
        "we",
        "you",
        "i",
        *("what", "which", "who", "how", "why"),  # 'How Is BIOS Different from UEFI?'
        # 'Assume that a connection is in ...': a reader asked to picture something
        *("assume", "suppose", "imagine", "consider", "say", "let", "let's", "note"),
        *("notice", "remember", "recall", "given", "think"),
        # 'Watch sample means converge to ...': a demo's bidding, its verb no name
        *("watch", "try", "see", "compare", "observe", "look", "click"),
        # 'People say a connection is fast': who says it, no name
        *("people", "everyone", "everybody", "someone", "somebody", "users", "developers"),
        "one",
        "each",
        "every",
        "both",
        "either",
        "neither",
        "another",
        "no",
        "some",
        "many",
        "most",
        "all",
        "any",
        "our",
        "your",
        "their",
        "its",
        "his",
        "her",
        "my",
        # A clause, not a name: 'When a procedure refers to itself.'
        *("when", "whenever", "if", "where", "while", "because", "although", "unless"),
        *("once", "since", "until", "though", "whereas"),  # 'Once the problem is fixed ...'
        # a habit, not a name: 'Usually data is consolidated from ...'
        *("usually", "often", "typically", "generally", "sometimes", "normally"),
        # A sentence's link to the one before: 'However, the real world, ..., is ...'
        *("however", "therefore", "thus", "hence", "moreover", "furthermore", "meanwhile"),
        *("instead", "otherwise", "nevertheless", "indeed", "besides", "still", "so"),
        *("and", "or", "but", "then"),  # 'and 0001 represents number 1.': a list's next line
        # a sentence's scene or time first: 'In Bagging equal weightage is given to ...',
        # 'Now the file F is all over the place' ('For loop' is a name)
        *("now", "in", "on", "at", "with", "from", "by", "after", "before", "during", "also"),
        "to",  # a purpose: 'To test whether TCP/IP is installed correctly, type ...'
        # 'The entire topic of coercion is all about ...': a topic, not a thing named
        *("entire", "whole"),
        # a verb of a clause cut by a wrapped line: 'When the last thing a function /
        # does is to call itself.'
        *("does", "did", "has", "had", "was", "were", "could", "would", "should"),
    ]
)


def _fold(text: str) -> str:
    text = re.sub(r"\s*\([^()]*\)$", "", text.casefold()).strip()
    text = re.sub(r"^(?:an?|the)\s+", "", text)
    return re.sub(r"[^\w+#]+", " ", text).strip()


# An encyclopedia's entry: 'variance, in statistics, the square of the standard deviation'.
# ('Momentum, also linear momentum, in physics, fundamental quantity describing ...': its
# other name first, and the gloss without its article)
_IN_ITS_FIELD = re.compile(
    r"^(?P<name>[\w-]+(?:\s+[\w-]+){0,3}),\s+(?:also\s+(?:called\s+)?[\w -]{2,40},\s+)?"
    # (not 'Modulation, in music, means that ...': a verb after the field, not a gloss)
    r"in\s+[a-z][\w ]{2,30},\s+(?P<said>(?:the|an?)\s+\S.*|"
    r"(?P<bare>(?!(?:means|refers|describes|denotes|represents|stands|is|are)\b)[a-z][\w-]+\s+\S.*))$"
)
_DEFINED_IN = re.compile(
    r"^definition\s*:\s*(?P<said>in\s+(?P<name>[\w/.+-]+(?:\s+[\w/.+-]+){0,3}),\s+\S.*)$", re.I
)
_KIND_WORDS = frozenset(
    (
        *("compression", "format", "protocol", "language", "system", "function", "file"),
        *("tool", "algorithm", "method", "technique", "standard", "model", "encoding"),
        *("scheme", "extension", "mechanism", "pattern", "specification"),
        *("game", "mechanic", "strategy", "tactic"),  # 'a trick taking game' of 'Trick Taking'
        *("clay", "wine"),  # 'Stoneware is a durable clay body ...' under 'Stoneware Clay'
    )
)
_PREPOSITION = re.compile(r"^(?:on|in|of|for|within|inside|at)\s")


# A lower-case letter, then a capital: a code identifier's join ('idempotentId').
_CAMEL = re.compile(r"[a-z][A-Z]")


_OR_JUST = re.compile(r" or (?:just |simply )?")


def names_it(said: str, name: str) -> bool:
    """Whether a name a sentence gives is the entry's name `name`, as a definition would
    take it ('stalemate' of 'Stalemate in chess', 'gybe' of 'Gybing')."""
    return _same(said, name)


def _same(a: str, b: str) -> bool:
    """Whether a name a sentence defines is the entry's name ('a' said, 'b' the entry's)."""
    fa, fb = _fold(a), _fold(b)
    if not fa or not fb:
        return False
    if a.isupper() and b.isupper():
        # abbreviations: 'HTTPS' is not the plural of 'HTTP'; 'UTF-8' is 'UTF8'
        return fa == fb or re.sub(r"(?<=[a-z]) (?=\d)", "", fa) == re.sub(
            r"(?<=[a-z]) (?=\d)", "", fb
        )
    # 'Caches are ...' defines 'Cache'; 'Webhooks' defines 'Webhook'.
    if fa == fb or fa.rstrip("s") == fb.rstrip("s") or fa == fb + "es":
        return True
    # 'A Git branch is ...' under 'Git branches': the title in the plural.
    if same_or_plural(b, a):
        return True
    if " " in fa + fb and fa.replace(" ", "") == fb.replace(" ", ""):
        return True  # 'bit rate is ...' under 'Bitrate': one compound, closed up or not
    # 'Compiling is ...' under 'Compile': one word, one stem.
    # Not two names sharing a first part: 'CloudTrail' is not 'CloudWatch'.
    # Nor a code identifier and the word it is made from: 'idempotentId' is no form of
    # 'Idempotency'.
    camel = (_CAMEL.search(a) is None) == (_CAMEL.search(b) is None)
    if (
        camel
        and " " not in fa
        and " " not in fb
        and min(len(fa), len(fb)) >= 5
        and fa[:5] == fb[:5]
    ):
        pairs = enumerate(zip(fa, fb, strict=False))
        shared = next((k for k, (a, b) in pairs if a != b), min(len(fa), len(fb)))
        one_letter = len(fa) == len(fb) and sum(a != b for a, b in zip(fa, fb, strict=True)) == 1
        near = shared >= min(len(fa), len(fb)) - 3 or one_letter  # 'authorisation'
        return abs(len(fa) - len(fb)) <= 4 and near
    if (
        fb.startswith((fa + " in ", fa + " on "))
        and len(fb.split()) - len(fa.split()) <= _FIELD_WORDS + 1
    ):
        # 'A stalemate is ...' under 'Stalemate in chess', 'The dye lot is ...' under 'Dye
        # lot on yarn': the field named too
        return True
    if " " not in fa + fb and (_doing_of(fa, fb) or _doing_of(fb, fa)):
        return True  # 'A gybe is when the boat turns ...' under 'Gybing'
    # 'A block on a webpage is ...' under 'Block'; 'gzip is ...' under 'GZip compression'.
    # (not one of a size: 'A photoperiod of 10-12 hours is considered the best ...')
    if (
        fa.startswith(fb + " ")
        and _PREPOSITION.match(fa[len(fb) + 1 :])
        and not _OF_A_SIZE.match(fa[len(fb) + 1 :])
    ):
        return True
    # 'The Proof Key for Code Exchange algorithm is ...' under 'Proof Key for Code
    # Exchange': the name, then the kind it is
    if _with_its_kind(fa, fb):
        return True
    # 'gzip is ...' under 'GZip compression': the title adds a word naming its kind only
    # ('REST' under 'REST API' is another concept).
    return " " not in fa and _with_its_kind(fb, fa)


# A size after a name, saying one instance of it: 'of 10-12 hours', 'of about 5 ml'.
_OF_A_SIZE = re.compile(r"(?:of|with)\s+(?:about\s+|around\s+|over\s+|under\s+)?\d")
_FIELD_WORDS = 3  # words of a field a title names its concept in ('in chess')


def _doing_of(doing: str, word: str) -> bool:
    """Whether one word is the doing of a short other ('gybing' of 'gybe', 'tacking' of
    'tack', 'running' of 'run'), which the longer stem test leaves out."""
    stem = doing[:-3]
    return (
        doing.endswith("ing")
        and len(word) >= 3
        and (
            stem == word
            or stem + "e" == word
            or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] == word)
        )
    )


def _with_its_kind(longer: str, name: str) -> bool:
    """Whether `longer` is `name` and one word naming its kind ('gzip compression')."""
    return longer.startswith(name + " ") and longer[len(name) + 1 :] in _KIND_WORDS


# Things with a quality, said in the plural, and what they do: 'Idempotent operations
# produce the same result ...' (a plural's verb: 'produce', 'are', 'can', not 'uses').
_SUCH_THINGS = re.compile(
    r"(?P<quality>[A-Z][a-z]{3,})\s+(?P<things>[a-z]{3,}s)\s+"
    r"(?P<rest>(?:always\s+|never\s+)?[a-z]+[a-rt-z]\s+\S.{8,})"
)
# A quality's noun and the adjective that says a thing has it: idempotency, idempotent.
_QUALITY_ENDINGS = (
    ("ability", "able"),
    ("ibility", "ible"),
    ("icity", "ic"),
    ("ency", "ent"),
    ("ancy", "ant"),
    ("ness", ""),
)


def _quality_of(title: str) -> str:
    """The adjective of a one-word quality's name ('Idempotency' -> 'idempotent'), or ''."""
    name = title.strip().casefold()
    if not name.isalpha():
        return ""
    for noun, adjective in _QUALITY_ENDINGS:
        if name.endswith(noun) and len(name) - len(noun) >= 3:
            return name[: -len(noun)] + adjective
    return ""


def things_with_the_quality(sentence: str, title: str) -> re.Match[str] | None:
    """'Idempotent operations produce the same result ...' under 'Idempotency': things
    with the quality the title names, in the plural, and what they do (groups
    'quality', 'things' and 'rest'); None for any other sentence."""
    such = _SUCH_THINGS.match(sentence)
    quality = _quality_of(title) if such is not None else ""
    return such if quality and such is not None and such["quality"].casefold() == quality else None


# A subtitle that says how the thing goes, under its title: 'How HTTP/2 carries many
# requests over a single connection at the same time.' (not 'How to ...', a question, or
# how much).
HOW_IT_GOES = re.compile(
    r"How\s+(?!(?:to|it|do|does|did|can|could|should|would|will|we|you|I|is|are|much|many|"
    # (nor how much of something: 'How long a cached copy may be used ...')
    r"long|often|far|fast|big|large|small|soon|well|old|high|low)\b)"
    r"(?P<way>[^?\n]{20,200}?)\.?$"
)


# What a page says is the main idea of a thing: 'The essential idea of the Von Neumann
# architecture is that both program and data are stored in one memory ...'.
IDEA_OF = re.compile(
    r"(?:the\s+)?(?P<which>(?:essential|main|basic|key|core|central|big|general)\s+)?"
    r"idea\s+(?:of|behind)\s+(?:an?\s+|the\s+)?(?P<name>[^,;:.]{2,60}?)\s+is\s+"
    r"(?:that|to)\s+(?P<idea>\S.{12,})",
    re.I,
)


def idea_of(sentence: str, names: Sequence[str]) -> re.Match[str] | None:
    """'The essential idea of X is that ...' of one of `names` (groups 'which', 'name' and
    'idea'); None for any other sentence."""
    said = IDEA_OF.match(sentence.strip())
    if said is None or not any(_same(said["name"], name) for name in names if name):
        return None
    return said
