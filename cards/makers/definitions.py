"""Definition cards: 'What is X?', 'What does X stand for?', 'Which concept is like ...?'.

Made from the entry's defining sentence, which this module chooses among the summary
and the prose after it (a literal definition first; a comparison or a status only when
nothing better says what X is). How a single sentence defines a name ('X is ...',
'X (Y) is ...') is read by `cards.defining`; this module picks the sentence and words
the question and answer.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING

from cards.defining import (
    AS_IN_THE_STORY,
    ASIDE_AFTER_NAME,
    BEST_FOR,
    CAPTION,
    HISTORY_LEAD,
    HOW_IT_GOES,
    LANGUAGE,
    LAW_WORDS,
    MADE_OF,
    MEASURED_AGAINST,
    NAME_ORIGIN,
    PRODUCT,
    RANKED_THEN_NAMED,
    REFERS_GLOSS,
    SAYS_ITS_ROLE,
    SPELLS_ONLY,
    STATES,
    THINGS_BY_HOW,
    THIS_IS_NAMED,
    TOLD_WORDS,
    VERB_GLOSS,
    WORKS_BY_VERB,
    blends,
    definition_of,
    expansion_of,
    glossed_acronym,
    idea_of,
    is_abbreviation,
    is_noun_phrase,
    letters_said_again,
    names_it,
    past_aside,
    spells_out,
    subject_first,
    things_with_the_quality,
    without_dictionary_lead,
    without_open_alias,
    without_source_lead,
)
from cards.glossary import headed_pair, says_it_compares, slashed_pair
from cards.makers.prose import (
    WHOLE_ENDS,
    about_the_word,
    broke_off,
    cut_off,
    last_item,
    sentences_of,
    stands_alone,
)
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
)
from cards.names import (
    body_text,
    either_number,
    field_of,
    fold_name,
    named_by_its_kind,
    plural_of,
    same_name,
    same_or_plural,
    status_code,
)
from cards.rules import gives_away
from cards.sentences import (
    FUNCTION_VERBS,
    LEADING_ARTICLE,
    MEASURES,
    MODALS,
    STOP_WORDS,
    STUDIES,
    first_sentence,
    has_phrase,
    indefinite,
    lower_first,
    opens_with_doing,
    plural_ending,
    split_sentences,
    stem,
    strip_end,
    upper_first,
    words,
)
from cards.text import may_say

if TYPE_CHECKING:
    from cards.makers.context import Context


# A source credited at the end of a quoted definition: '... layers - Wikipedia'.
_CREDIT = re.compile(
    r"\.?\s+[-–—]\s*(?:Wikipedia|Wiktionary|Britannica|Investopedia|Techopedia)\.?$"
)


# How a speaker opens a sentence before saying what a thing is or does.
_SPOKEN_LEAD = re.compile(
    r"^(?:basically|essentially|simply put|in short|in (?:simple|easy|plain) (?:terms|words)|"
    # who says so, before a gloss: 'According to the American Meteorological Society, a
    # widespread body of air ...'
    r"according to (?:the )?(?-i:[A-Z])[\w.]*(?: (?:of|(?-i:[A-Z])[\w.]*)){0,6}),\s+",
    re.I,
)


def predicate_of(ctx: Context, sentence: str) -> str:
    """What a defining sentence says the entry is, without the name: the answer to 'What is X?'."""
    said = _said_to_be(ctx, sentence)
    # the rest of the verb: 'A zip file is defined as an archive file format ...'
    lead = _DEFINED_AS.match(said)
    said = said if lead is None else upper_first(said[lead.end() :])
    sense = _SECOND_SENSE.search(said)
    if sense is not None and len(words(said[: sense.start()])) >= 6:
        # 'a legal agreement by which a bank lends you money ...; the sum of money that you
        # borrow ...': a dictionary's next sense, or a remark, after the gloss
        said = said[: sense.start()].rstrip(",") + "."
    owned = _OF_ITS_OWNER.match(sentence) if said.startswith(("Its ", "Their ")) else None
    if owned is not None:
        # 'The aspect ratio of an image is its displayed width divided by ...': whose
        owner = lower_first(owned["owner"])
        said = upper_first(f"{owner}'s {said.split(' ', 1)[1]}")
    lettered = _LETTERS_OF_AN_OWNER.match(sentence)
    if lettered is not None and re.search(r"\bits\b", said):
        # 'Gross Domestic Product (GDP) of a nation is a value got by adding up its output
        # ...': whose output, said where 'its' stood
        said = re.sub(r"\bits\b", f"{lower_first(lettered['owner'])}'s", said, count=1)
    return said


# Where a gloss ends and a dictionary's second one begins: '; the sum of money'. (Not '; it
# pairs an address with a port': more of the same gloss.)
_SECOND_SENSE = re.compile(r";\s+(?=(?:the|an?)\s)", re.I)
# A name said of what it belongs to, the predicate opening on that owner's: 'The aspect
# ratio of an image is its ...'.
_OF_ITS_OWNER = re.compile(
    r"^(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+of\s+(?P<owner>(?:an?|the)\s+[\w-]+(?:\s+[\w-]+)?)"
    r"\s+(?:is|are)\s+(?:its|their)\s",
    re.I,
)


# A name with its letters, then whose it is: 'Gross Domestic Product (GDP) of a nation is'.
_LETTERS_OF_AN_OWNER = re.compile(
    r"^[^()]{2,80}\([^()]{1,12}\)\s+of\s+(?P<owner>(?:an?|the)\s+[\w-]+)\s+(?:is|are)\s", re.I
)


# A remark after a dash or a semicolon on something else the name also is.
_AFTERTHOUGHT = re.compile(
    r"(?:\s[—–]|;)\s+(?:it['’]s|it\s+is|they['’]re|they\s+are)\s+also\s.*$", re.I
)


_LOOKS_LIKE_THIS = re.compile(
    r",?\s+(?:which|that)\s+(?:looks?|appears?)\s+(?:something\s+)?like\s+this\b.*$", re.I
)
_DASHED_REMARK = re.compile(r"\s[-–—]\s+(?:whilst|while|although|though|but)\s[^—–]*$", re.I)
# An image to picture it by, run on from the definition: 'a special case of diffusion,
# which you can imagine as a spreading of particles across a room ...'.
_PICTURE_IT_AS = re.compile(
    r",?\s+(?:which|that)\s+(?:you\s+)?(?:can|could|may|might)\s+(?:be\s+)?"
    r"(?:imagined?|pictured?|visuali[sz]ed?|think\s+of|thought\s+of)\s+as\b.*$",
    re.I,
)


def _said_to_be(ctx: Context, sentence: str) -> str:
    """`predicate_of`, but for what its verb may leave: 'Defined as an archive ...'."""
    sentence = _CREDIT.sub(".", sentence)  # '... abstraction layers - Wikipedia'
    # '... SSL/TLS certificates — it's also an acronym that is ...': said by the way
    sentence = _AFTERTHOUGHT.sub(".", sentence)
    # 'an HTML tag, which looks like this in the HTML.': a picture or code the card lacks
    sentence = _LOOKS_LIKE_THIS.sub(".", sentence)
    sentence = _PICTURE_IT_AS.sub(".", sentence)
    # '... you've already earned - whilst it sounds complicated, it can have benefits ...':
    # a remark after a dash on how it sounds or what it is good for
    sentence = _DASHED_REMARK.sub(".", sentence)
    sentence = _SPOKEN_LEAD.sub("", sentence)  # 'Basically, HATEOAS allows ...'
    # ('unicast reverse path forwarding (unicast rpf), also known as "...," provides ...')
    sentence = without_open_alias(sentence)
    # ('The system BIOS is ...' after the letters were spelled out: chosen only there)
    sentence = letters_said_again(sentence, ctx.entry.names)
    glossed = glossed_acronym(sentence, ctx.entry.names)
    if glossed is not None:
        # 'IBAN is the acronym for ..., a universally recognised alphanumeric code ...'
        return upper_first(strip_end(glossed.predicate)) + "."
    if re.match(r"^(?:is|are)\s+(?:an?|the)\s", sentence):
        return upper_first(sentence.split(" ", 1)[1])  # 'is the standard ...' under its term
    if (referred := REFERS_GLOSS.match(sentence)) is not None:
        return upper_first(sentence[referred.end() :])  # 'Refers to the number of hours ...'
    verb, predicate = ctx.subject_and_rest(strip_end(sentence)) or ("", "")
    if verb == "=":
        return upper_first(predicate) + "."
    if predicate.startswith(("is ", "are ")):
        return upper_first(predicate.split(" ", 1)[1]) + "."
    found = definition_of(sentence, ctx.entry.names, pronoun=True, loose=True)
    if found is None:
        it = re.match(r"^(?:it|this|that)\s+(?P<rest>[a-z]\w+s\s.+)$", sentence, re.I)
        if it is not None and len(words(it["rest"])) >= 3:
            return upper_first(strip_end(it["rest"])) + "."  # 'It translates names ...'
    if found is not None and len(words(found.predicate)) >= 3:
        return upper_first(strip_end(found.predicate)) + "."
    if re.match(r"(?:the|an?|any\s+of|one\s+of)\s", sentence):
        # '**Latency**: the time a packet takes ...'; a dictionary's 'any of several ...'
        # (its stop put back where a dictionary leaves it out: 'n. a period of ...')
        return upper_first(strip_end(sentence)) + "."
    return sentence


def _stands_for(ctx: Context) -> Iterator[Card]:
    """'What does CDN stand for?' where the page expands the abbreviation: in a summary
    sentence ('A CDN (Content Delivery Network) is ...'), else in another of the entry's
    names (the title's 'OAuth (Open Authorization)', a glossary's 'Dead Letter Queue
    (DLQ): ...', a front matter alias)."""
    # 'SSL stands for Secure Sockets Layer' under 'SSL certificate': the letters the
    # title opens with name a thing of their own
    head = ctx.entry.title.split(" ", 1)[0]
    names = (*ctx.entry.names, head) if head != ctx.entry.title and is_abbreviation(head) else ()
    for section, item, sentence in sentences_of(ctx.entry, SectionKind.SUMMARY):
        found = expansion_of(sentence, names or ctx.entry.names)
        if found is None:
            continue
        # (a title of the words alone, 'Fused Deposition Modeling' over 'Fused Deposition
        # Modeling (FDM) is ...', is hidden above the card it answers: the letters are asked)
        both = has_phrase(ctx.entry.title, found.abbreviation)
        if both and has_phrase(ctx.entry.title, found.expansion):
            return  # the header shows 'CDN (Content Delivery Network)': nothing to recall
        shown = re.sub(r"\s*\([^()]*\)$", "", ctx.entry.title).split()
        if (
            both
            and len(shown) > 1
            and "".join(word[0] for word in shown).upper() == found.abbreviation
        ):
            return  # 'Minimal Viable Product (MVP)' over '... minimum viable product': shown
        short, long = found.abbreviation, found.expansion
        if has_phrase(long, short):
            continue  # 'UTM parameters (UTM) is ...': a longer name, not what UTM stands for
        title = ctx.entry.title
        if " " in title and has_phrase(long, title) and title.casefold() != long.casefold():
            # the header 'Traction Control' over 'What does TCS stand for?' ->
            # 'Traction Control System': all but a word of the answer in sight (a title
            # of the words alone is hidden above the card it answers)
            return
        if " " in short and short.rsplit(" ", 1)[1] == long.rsplit(" ", 1)[-1]:
            # 'CSP header' for 'Content Security Policy header': the letters stand for
            # the words before the noun both share
            short, long = short.rsplit(" ", 1)[0], long.rsplit(" ", 1)[0]
        # ('mutex', cut from 'mutual exclusion', is short for its words; the capitals of
        # 'PaaS' or 'CDN' stand for theirs)
        capitals = sum(letter.isupper() for letter in short) >= 2
        asked = f"What does {short} stand for?" if capitals else f"What is {short} short for?"
        yield ctx.card(
            CardKind.DEFINITION,
            Answering.SELF,
            asked,
            upper_first(long),
            section,
            item,
            explanation=sentence,
        )
        return
    # The title expands it instead: 'What is OAuth (Open Authorization)?' over the page.
    title = ctx.entry.title
    expanded = next(
        (
            alias
            for alias in ctx.entry.aliases
            if spells_out(title, alias) and not has_phrase(alias, title)
        ),
        None,
    )
    if expanded is None:
        return
    # the card's source: the definition, else the page's first sentence (a page whose
    # only opening is a judgement: 'It's a really terrible name for ...'), else its first
    # line of any kind ('ECS stands for ...' over a table of its parts)
    said = ctx.defining or next(iter(sentences_of(ctx.entry, SectionKind.SUMMARY)), None)
    first = next(((s, s.items[0], "") for s in ctx.entry.sections if s.items), None)
    source = said or first
    if source is not None:
        section, item, _ = source
        yield ctx.card(
            CardKind.DEFINITION,
            Answering.SELF,
            f"What does {title} stand for?",
            # (not a translation after it: 'Global Trade Item Number (全球贸易项目代码)')
            upper_first(_TRANSLATION_AFTER.sub("", expanded)),
            section,
            item,
            explanation=f"{title} stands for {expanded}.",
        )


# Words in brackets with no letter of the Latin alphabet: another script's translation.
_TRANSLATION_AFTER = re.compile(r"\s*\([^()A-Za-z]*[^\x00-\x7f][^()A-Za-z]*\)$")
# How much of something there is, which says what it is of nothing: 'is enough to ...'.
HOW_MUCH = r"(?:large\s+|big\s+)?enough\b"
# A quality said by what it is enough for: 'strong enough to withstand wear and tear'.
ENOUGH_FOR = r"(?:\w+ly\s+)?[a-z]+\s+enough\s+(?:to|for)\b"
# What a thing suits, which its rivals may suit as well: 'fine for quick one-way matches'.
SUITS = re.compile(
    r"(?:\w+ly\s+)?(?:fine|good|great|ok|okay|handy|ideal|perfect|well suited|best|better|"
    r"suitable|suited)\s+(?:for|when|if)\b",
    re.I,
)
# What a page says beside what a thing is: that its name is a term ('one of the terms
# used in the field of ...'), or what it belongs to ('part of the broader umbrella of ...').
BESIDE_THE_POINT = re.compile(
    r"^(?:one\s+of\s+the\s+(?:terms?|words?|names?|buzzwords?)\s+(?:used|heard)|"
    # 'a great way to add flavor and moisture to your meat': praise for what it does
    r"(?:a|one)\s+(?:great|good|easy|simple|fun|quick|popular|fantastic|wonderful)\s+way\s+to\b|"
    # 'unreactive or inert because they have a complete outer shell': a quality and why,
    # no kind of thing
    r"(?!(?:an?|the|one|any)\s)(?:[\w-]+\s+){1,4}because\b|"
    # 'meant to be a temporary first aid method ...': what it is meant to be, hedged
    r"(?:only\s+)?(?:meant|supposed|intended)\s+to\s+be\b|"
    # 'the last part of our series on house framing terms': where the post stands
    r"(?:the\s+)?(?:first|second|third|last|final|next|latest)\s+(?:part|post|entry|article|"
    r"installment|instalment)\s+(?:of|in)\s+(?:our|this|my|the)\s+series\b|"
    # 'an aspect of the BASE model', 'a standard feature in all Wi-Fi 5 access points',
    # 'a critical element in modern computer architecture', 'a common data warehousing
    # scenario': where it belongs or turns up, not what it is
    r"(?:an?|one)\s+(?:\w+\s+)?(?:aspect|facet)\s+of|"
    r"an?\s+(?:standard|common|key|core|built-in|optional)\s+feature\s+(?:in|of|on)|"
    r"an?\s+(?:critical|vital|crucial|key|essential)\s+(?:element|component|part)\s+(?:in|of)|"
    r"an?\s+(?:common|typical|frequent|classic)\s+(?:[\w-]+\s+){0,2}(?:scenario|situation)|"
    r"part\s+of\s+the\s+(?:\w+\s+)?(?:umbrella|family|group|set)\s+of|"
    # 'a common cause of "command not found" errors': what it leads to, not what it is
    r"(?:an?|the)\s+(?:(?:very|most)\s+)?(?:common|frequent|leading|major|main|usual|typical|"
    r"big|top|root)\s+(?:cause|source|reason)\s+(?:of|for|behind)|"
    # 'a concept from Lean Startup': where the idea comes from, not what it is
    r"an?\s+(?:\w+\s+)?(?:concept|idea|notion|term)\s+(?:from|coined\s+by|introduced\s+by|"
    r"popularized\s+by|popularised\s+by)|"
    # 'the heart of the method', 'the engine powering the AI revolution': a figure of
    # speech for how much it matters
    r"the\s+[\"“]?(?:very\s+)?(?:heart|core|soul|backbone|engine|cornerstone|centerpiece|"
    r"centrepiece|lifeblood|bedrock|foundation|brains?)[\"”]?\s+(?:of|powering|behind|driving)|"
    # any word in quotes so placed: 'the “memory” behind many AI assistants'
    r"the\s+[\"“][\w -]{1,30}[\"”]\s+(?:powering|behind|driving))\b",
    re.I,
)
# What a concept explains, said as what it is: 'is why insurers can price risk'.
_EXPLAINS = re.compile(r"(?:exactly\s+|precisely\s+)?why\s", re.I)
# What a page says of a concept that is praise, scale or how hard it is, not what it is.
EVALUATIVE = re.compile(
    # (whole words: 'software that ...' and 'superset of ...' say what a thing is)
    # ('probably the most commonly used estimating unit': a hedge before the ranking)
    r"^(?:(?:probably|perhaps|arguably|possibly|likely|easily)\s+(?=the\s+most\b|one\s+of\b))?"
    r"(?:(?:so|very|really|pretty|quite|fairly|rather|super|incredibly|extremely|relatively|"
    # (not 'a little wooden pawn': small, no degree)
    r"a\s+bit|a\s+little(?=\s+(?:more|less|too|like|different|[a-z]+er|tricky|confusing|hard|"
    r"difficult|complicated|complex|intimidating|daunting|overwhelming|strange|odd|weird|"
    r"unusual|abstract)\b)|kind\s+of|"
    # (not 'the most abundant type of muscle tissue in the body': a kind, and which one)
    r"the (?:single )?most(?!\s+(?!important|popular|powerful|useful|famous|exciting|"
    r"interesting|widely|well)[a-z]+\s+(?:type|kind|form|class|category|variety|sort)\s+of\s)|"
    r"one of the most|one of those|both|not just|more than|"
    # 'two things at once', 'two different ideas': a remark on it, not what it is ('two
    # successive half-hitches around an object' is the knot)
    r"two\s+(?:things|problems|ideas|concepts|sides|different|separate|distinct)|"
    # 'one of the first architectural decisions': where it ranks, not what it is
    r"one of the (?:first|last|earliest|oldest|newest|biggest|largest|best|worst|top)|"
    r"some)\b|"  # 'Following are some common protocols': a few of them, not what it is
    r"(?:the|a)\s+(?:clear\s+|obvious\s+|overall\s+)?winner\b|"  # 'the clear winner in raw speed'
    # 'the norm for most programming languages': how common it is, not what it is
    r"the\s+norm\b|"
    # 'typically the largest test effort in ...': how big it usually is, not what it is
    # ('generally the least often discussed': how much it is talked of)
    r"(?:typically|usually|often|generally|normally)\s+the\s+(?:largest|biggest|most|main|"
    r"best|first|hardest|slowest|least)\b|"
    # 'the easiest in the plethora of all knitting stitch patterns': where it ranks
    r"the\s+(?:easiest|simplest|hardest|best|worst|[a-z]+iest)\s+(?:in|of|among)\b|"
    # 'easiest worked over an even number of stitches': how best to do it, not what it is
    r"(?:easiest|hardest|best|simplest)\s+(?:worked|done|made|knit|knitted|used|seen|read)\b|"
    # 'one of the more difficult concepts to grasp as a beginner': how hard it is to learn
    r"one\s+of\s+the\s+(?:more|less)\s+(?:difficult|hard|challenging|tricky|confusing|"
    r"complex|complicated|advanced|basic|important|interesting|popular)\s+(?:concepts|topics|"
    r"ideas|things|parts|skills|aspects|techniques)\b|"
    # 'still made today by potters of all skill levels': that it lasts, not what it is
    r"still\s+(?:made|used|popular|common|practi[sc]ed|around|in\s+use|widely|found)\b|"
    # 'therefore valuable for verifying ...': what follows from the sentence before
    r"(?:therefore|thus|hence|consequently|accordingly)\b|"
    # 'at a higher level than unit tests': where it stands beside another, not what it is
    r"(?:at|above|below|beyond|behind)\s+(?:an?|the)\s+(?:\w+\s+)?(?:level|layer|stage)\b|"
    # 'a versioning system that has been on the rise over ...': its fashion, not what it is
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:that|which)\s+(?:has|have)\s+been\s+(?:on\s+the\s+"
    r"rise|gaining|growing|increasingly|getting\s+popular)|"
    # 'the prefered way of reasoning about systems': which way people like, not what it is
    r"(?:the|a)\s+(?:preferr?ed|recommended|favou?red|favou?rite|go-to)\s+(?:way|choice|option|"
    r"approach|method)\b|"
    r"notoriously|famously|surprisingly|remarkably|(?:hard|difficult|easy|tricky)\s+to\b|"
    # 'widespread not only in statistics, but ...': how common it is, not what it is
    r"(?:widespread|ubiquitous|prevalent|commonplace|everywhere)\b|"
    # 'a neat concept: instead of manipulating the DOM directly ...': praise, then a story
    r"(?:an?\s+)?(?:neat|cool|nice|clever|great|brilliant|smart)\s+(?:concept|idea|trick)\s*:|"
    # 'the key to successful database development': what it leads to, praised
    r"the\s+(?:key|secret|path|road)\s+to\b|"
    # 'the rage in the modern world of software development': its fashion
    r"(?:all\s+)?the\s+(?:rage|hype|buzz|talk\s+of\s+the\s+town|latest\s+buzzword)\b|"
    # 'a huge topic of great interest to ...': how much is said of it, not what it is
    r"(?:an?\s+)?(?:huge|big|vast|broad|hot|popular|important|complex)\s+topic\b|"
    # 'the fundamental failure mode of authorization systems': where it ranks, a slogan
    # (not 'the fundamental latticework of music notation', 'the fundamental unit of
    # life': what it is)
    r"the\s+(?:fundamental|classic|canonical|archetypal|quintessential|textbook)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:mode|failure|problem|flaw|example|case|mistake|challenge|issue|"
    r"dilemma|question|illustration|demonstration)s?\s+of\b|"
    # 'much smaller in size and utilize fewer resources': how it compares, the other unsaid
    r"(?:much|far|a\s+lot|way|slightly|significantly|considerably)\s+"
    r"(?:[a-z]{3,}er|more|less|fewer)\b|"
    # 'a stronger second factor than SMS': how it compares, not what it is
    r"(?:an?\s+)?(?:[a-z]+er|more\s+[a-z]+|less\s+[a-z]+)\s+(?:[\w-]+\s+){0,3}than\b|"
    # 'a big worry in web security because ...': how much it worries, not what it is
    r"(?:an?|the)\s+(?:big|major|huge|serious|real|growing|constant)\s+(?:worry|concern|"
    r"headache|threat)\b|"
    # 'a primary consideration in streaming': how much it weighs, not what it is
    r"(?:an?|the)\s+(?:primary|main|major|key|important|crucial|central|first)\s+"
    r"considerations?\b|"
    # 'just another tool in our toolbox': a shrug, no kind of thing
    r"(?:just|simply|merely|only)\s+(?:another|one\s+more)\b|"
    # 'The Linux kernel is an example of a monolithic kernel': a case of another, not
    # what it is ('What is the Linux kernel?' has many answers)
    r"(?:an?|one|another|a\s+(?:good|classic|typical|common|famous))\s+examples?\s+of\b|"
    # 'a "file" is actually composed of three things: ...': its parts, not what it is
    r"(?:\w+ly\s+)?(?:composed|made\s+up|comprised)\s+of\b|"
    # 'especially prevalent in multiprocessor systems': where it is met, not what it is
    r"(?:especially|particularly|most|more|very|quite|fairly)\s+(?:prevalent|common|widespread|"
    r"frequent|popular)\b|"
    # 'particularly resilient against melting', 'especially fragile under pressure': a
    # quality, stressed, with no kind of thing before it; 'resistant to drifting': how it
    # bears a thing, a disposition, not what it is
    r"(?:especially|particularly|highly|extremely|very|quite|fairly|rather|relatively|"
    r"incredibly|remarkably|notably|exceptionally)\s+(?!(?:much|many|few|little)\b)[a-z-]+\b|"
    r"(?:resilient|resistant|sensitive|prone|susceptible|immune|vulnerable|liable|tolerant)\s+"
    r"(?:to|against)\b|"
    rf"{HOW_MUCH}|"  # 'Total memory space is enough to ...'
    r"designed\s+to\s+be\b|"  # 'designed to be simple and efficient': an aim, praised
    # 'more memory-efficient for sparse graphs': how it compares, not what it is
    # 'inherently less secure because it is newer': the same, and why
    r"(?:\w+ly\s+)?(?:more|less)\s+[\w-]+\s+(?:than|for|when|if|at|in|because)\b|"
    r"(?:\w+ly\s+)?(?:better|worse|faster|slower|cheaper|safer|simpler|easier)\s+"
    r"(?:than|for|at|when|suited)\b|"
    # 'typically easier and faster to develop than native apps'
    r"(?:\w+ly\s+)?(?:better|worse|faster|slower|cheaper|safer|simpler|easier|harder|smaller|"
    r"larger|lighter|newer|older)\s+and\s+[a-z]+er\b|"
    r"(?:very\s+|so\s+)?important\s+(?:in|for|to|because)\b|"  # 'important in computing because'
    rf"{SUITS.pattern}|"  # 'fine for quick one-way matches': what it suits, not what it is
    # 'cited constantly but explained poorly': how it is treated, not what it is
    r"[a-z]+ed\s+(?:\w+ly|often|widely|everywhere)\s+(?:but|and|yet)\b|"
    # One word, then the clause ends: a quality ('Databases are magical, but ...').
    # (not the first of adjectives before a kind: 'large, irregularly shaped pieces of',
    # nor of a list of kinds: 'classes, structures, interfaces, and methods that ...')
    r"(?![a-z-]+(?<![su]s)s,\s+[a-z-]+(?<![su]s)s,)"
    # (nor of adjectives before a thing and what it does: 'Colourless, nonnucleated blood
    # component that is ...')
    r"[a-z-]+(?=\s*(?:[,;:.!]|$))(?!,\s+(?:[\w-]+\s+){0,3}[a-z]+s\s+of\b)"
    r"(?!,\s+(?:[\w-]+,?\s+){1,4}(?:that|which)\s)|"
    r"[a-z-]+\s+because\b|"  # 'expensive because it may cascade ...': a quality, and why
    r"[a-z-]+\s+in\s+nature\b|"  # 'Synchronous in nature which means ...': a quality
    r"(?:crucial|vital|essential|indispensable|invaluable|fundamental|central|key|integral|"
    r"instrumental|pivotal)\s+"
    r"(?:to|for|in)\b|(?:crucial|vital|essential|indispensable|invaluable)\b|"
    # 'a complex subject with plenty of terminology to discuss': how big a topic it is
    r"(?:an?|the)\s+(?:very\s+)?(?:complex|broad|vast|huge|big|deep|fascinating|interesting)"
    r"\s+(?:subject|topic|area)\b(?!\s+(?:that|which|of|concerned)\b)|"
    # 'a normal and expected mechanism in ...': how usual it is, not what it is
    r"(?:an?\s+)?(?:normal|expected|common|usual|natural)\s+and\s+\w+\s|"
    # (not 'the central part of an operating system that manages ...': where it sits)
    r"(?!the\s+(?:central|core|innermost)\s+(?:part|component)\s+of\b)"
    # ('sometimes a necessary component when printing': how often it is needed)
    r"(?:(?:sometimes|often|usually|always|also)\s+)?"
    r"(?:an?|the)\s+(?:\w+\s+)?(?:crucial|important|key|vital|essential|foundational|necessary|"
    r"inevitable|unavoidable|indispensable|"
    r"fundamental|critical|big|major|integral|central|core|powerful|great|handy|useful|"
    r"perfect|ideal|excellent|natural|nice|good)\s+"
    # ('a powerful and simple concept ... strangely underused': praise, and a second word)
    r"(?:and\s+[\w-]+\s+)?"
    r"(?:part|piece|component|aspect|element|building block|concept|topic|ingredient|tool|"
    # (not 'a fundamental concept that ensures operations can be repeated ...': what it
    # does follows the praise)
    # ('the essential element of a contract, representing the promises exchanged ...':
    # what it stands for follows, set off by a comma)
    r"feature|addition)s?\b(?!\s+(?:that|which)\s+[a-z]{3,}s\s|"
    r"(?:\s+of\s+[\w\s-]{1,40}?)?,\s+(?:representing|consisting\s+of|made\s+up\s+of)\s)|"
    # 'an important technique in Machine Learning': how much it matters where it is used
    # (not 'a powerful technique for transforming ...', which says what it does)
    r"(?:an?|the)\s+(?:\w+\s+)?(?:crucial|important|key|vital|essential|fundamental|critical|"
    # (not 'a crucial technique in API management and network security used to control
    # the amount of traffic ...': what it does follows the field)
    r"integral|central|core)\s+(?:technique|step)s?\s+(?:in|of|during)\b(?![^,.;]{0,60}\bused\s+to\s)|"
    # 'a low-key concept but it comes up whenever ...': the concept judged, then a turn
    r"an?\s+(?:[\w-]+\s+){1,2}(?:concept|idea|topic)\s+but\b|"
    # 'a relatively unknown and misunderstood attack': how well known it is
    r"an?\s+(?:\w+ly\s+)?(?:unknown|misunderstood|little[- ]known|well[- ]known|lesser[- ]known|"
    r"overlooked|underrated)\b|"
    # 'a really terrible name for an incredibly powerful concept': the name judged
    r"an?\s+(?:\w+\s+)?(?:terrible|bad|poor|awful|confusing|misleading|strange|odd|"
    r"unfortunate|great|good|fancy)\s+name\b)",
    re.IGNORECASE,
)
# 'one of the most popular coding methods used by computers for ...': a ranking that
# goes on to say what kind of thing the entry is, which defines it after all.
_RANKED_KIND = re.compile(
    # 'the most important knot for joining two rope ends': a kind, and what it does
    r"^the\s+(?:single\s+)?most\s+(?:important|common|popular|useful|widely\s+used)\s+"
    r"[a-z-]+\s+for\s+[a-z]+ing\b|"
    # (not how much it matters: 'one of the most essential tools that we ... should know')
    r"^one of the (?:most|best|oldest|first|main)\s+"
    r"(?!(?:essential|important|crucial|critical|vital|useful|valuable|powerful)\b)"
    # (nor how much it is used: 'one of the most widely used oscillators in ...')
    r"(?!(?:widely|commonly|frequently|heavily)\s+used\b)"
    # (nor how hard it is to learn: 'one of the most confusing concepts for beginners')
    r"(?![\w-]+\s+(?:concepts|topics|ideas|things|parts)\b)"
    r"[\w-]+\s+(?:[\w-]+\s+){0,2}"
    r"(?:used|for|that|which|designed|built)\b",
    re.I,
)
# Openings of an example or a story, which no definition starts with.
STORY = re.compile(r"^(?:imagine|picture|think|let's|let us|have you|suppose|say)\b", re.I)
# A page's own blurb about itself ('Learn what Git is, how ...'), which names the entry
# without saying what it is.
_BLURB = re.compile(
    r"^(?:learn|discover|find out|explore|understand|read|get to know|see)\s+(?:what|how|why|"
    r"about|the basics)\b|^in this (?:guide|article|post|tutorial|lesson|chapter|video|page)\b|"
    # 'A comprehensive comparison of VMs and containers across ...' under the title
    r"^an?\s+(?:\w+\s+)?(?:comparison|overview|guide|introduction|walkthrough)\s+(?:of|to)\b|"
    r"^(?:[\w-]+\s+){1,4}(?:demystified|explained|simplified|made\s+simple)\b|"  # 'Neural ...'
    # 'This is a PerfectNotes study guide ...': the site's word on itself
    r"^(?:this|it)\s+is\s+an?\s+(?:[\w-]+\s+){0,2}(?:study\s+guide|cheat\s+sheet|tutorial|"
    r"blog\s+post|lesson|course\s+page)\b",
    re.I,
)
# A predicate that compares ('like the phone book of the internet') or gives a status
# ('a de facto standard, as well as an ISO standard'): true, but no teacher's answer to
# 'What is X?' while the page also says what X is.
WEAK = re.compile(
    r"^(?:(?:kind of |sort of |a bit |much |just |a lot )?like|similar to|akin to|comparable to|"
    # 'another sibling to phishing', 'in many ways the prototype for all ...': a likeness
    # ('a relative unit of measurement' is one)
    r"(?:another|an?)\s+(?:close\s+)?(?:sibling|cousin|relative)\s+(?:of|to)\b|"
    r"in\s+(?:many|some|most)\s+ways\b|"
    # 'Star hopping is the answer.': to the question before, not what it is
    r"(?:the|an?)\s+(?:(?:best|only|simple|easy|obvious)\s+)?(?:answer|solution)\.?$|"
    # 'due to the differing positions of the two poles': its cause, not what it is
    r"(?:(?:mainly|mostly|largely|partly)\s+)?(?:due\s+to|caused\s+by|because\s+of)\b|"
    # 'an extremely important factor in the sailing world': how much it matters; 'a
    # popular question asked by beginners': the question's, of a page's title
    r"(?:an?|the)\s+(?:(?:extremely|very|really|incredibly|hugely|vitally|most)\s+)?"
    r"important\s+(?:identification\s+)?(?:factor|part|thing|aspect|consideration|element|"
    r"skill|topic|feature)\b|"
    # 'thrown around so much that it has lost meaning': how the word is used, not what
    # the thing is
    r"(?:(?:so\s+|often\s+|much\s+)?(?:thrown\s+around|overused|misused|used\s+loosely))\b|"
    # 'a major setting in the 3D printing world': how much it weighs, of many things
    r"(?:an?|the)\s+(?:major|key|crucial|critical|big|huge|significant)\s+(?:setting|factor|"
    # (not 'the key element of a deal, representing one party's clear promise ...': praise,
    # then what it stands for)
    r"part|aspect|element|component|consideration)\b"
    r"(?![^.;,]{0,40},\s+(?:representing|consisting\s+of)\b)|"
    r"(?:an?|the)\s+(?:(?:very|really|most)\s+)?(?:popular|common|frequent|frequently\s+asked|"
    r"good|great)\s+question\b|"
    # 'the best time to sing because the air is calmer': when to do another thing; 'bigger
    # and, as a rule, heavier than the finishing planes': how it measures up against another
    rf"{BEST_FOR}|{MEASURED_AGAINST}|"
    # 'deductively (also: logically) valid if and only if ...': when it has a quality, not
    # what it is
    r"(?:\w+ly\s+)?(?:\([^()]{0,30}\)\s+)?[a-z]+\s+(?:if\s+and\s+only\s+if|iff)\b|"
    # 'the opposite of aerobic exercise': what it is not
    r"(?:the\s+)?(?:exact\s+|direct\s+)?opposite\s+of\b|"
    # 'a concept used in computer programming that can be quite difficult to understand':
    # how hard it is to learn, not what it is
    r"(?:an?|the)\s+(?:concept|term|topic|idea|subject)\b[^.]{0,60}?\b(?:that|which)\s+"
    r"(?:can\s+be|is)\s+(?:\w+\s+)?(?:difficult|hard|tricky|confusing|complex|challenging)\b|"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}standard(?:\s*[,.;]|$)|"
    # a catalogue's line: its kind and its year ('a xml format created in 2001')
    r"(?:an?|the)\s+(?:[\w-]+\s+){1,3}(?:created|released|introduced|launched|designed)\s+"
    r"in\s+\d{4}\.?$|"
    # where or how it comes about, not what it is ('formed between neighbours in one AS',
    # 'made against hash algorithms', 'made as immutable', 'often seen with text data')
    r"(?:(?:\w+ly|often)\s+)?(?:formed|established|set\s+up|created|run|held|found|located|made|"
    r"carried\s+out|performed|done|"
    r"launched|mounted|seen|encountered)\s+(?:between|among|within|inside|in|on|at|by|when|"
    r"across|against|as|with|from)\s|"
    # what is done to it, in two steps: 'carefully heated and cooled for dipping ...'
    r"(?:\w+ly\s+)?[a-z]+ed\s+and\s+[a-z]+ed\b|"
    # when it is seen or what it holds: 'only visible during construction', 'rich in the
    # protein albumin'
    r"(?:only\s+)?(?:visible|present|available|needed)\s+(?:during|in|when|after|before|at)\b|"
    r"(?:rich|high|low|poor)\s+in\b|"
    # 'in incredibly useful structures' ('Arches are in ...'): a slip, no kind named
    r"in\s+\w+ly\s|"
    # what it is about or for, or that it is like another: 'about doing different things',
    # 'for creating related objects', 'basically the same' (not 'about 75% pollen mixed
    # with nectar ...': how much of it is what)
    r"about\s(?!\d)|for\s+[a-z]+ing\b|(?:basically|essentially|pretty\s+much|roughly)\s+the\s+same\b|"
    # what it is for, and no more: 'for initial development.'
    r"for\s+(?:[\w-]+\s+){0,2}[\w-]+\.?$|for\s+(?:[\w-]+\s+){0,2}purposes?\b|"
    # when it is needed: 'mandatory for UTF-16 and UTF-32, but optional for UTF-8'
    r"(?:mandatory|optional|required|necessary|compulsory)\s+(?:for|in|when|if)\b|"
    # what is done to it or where it stands: 'being designed in the Web Performance
    # Working Group', 'duplicated and sent to a parallel system', 'largely a subset of'
    r"being\s+[a-z]+ed\b|[a-z]+ed\s+and\s+[a-z]+\s+(?:to|by|in|into|from)\b|"
    r"\w+ly\s+(?:a|the)\s+(?:subset|part|superset)\s+of\b|"
    # what it can do or is rated for: 'capable of delivering data ... at 10 Gbps',
    # 'rated for frequencies up to 250 MHz', 'cost effective, dissipates little heat'
    r"(?:\w+ly\s+)?capable\s+of\b|rated\s+(?:for|at|to|up\s+to)\b|cost[- ]effective\b|"
    # ('strong enough to withstand wear and tear, but malleable ...': what it can stand)
    rf"{ENOUGH_FOR}|"
    # how it is shown or done: 'visualized using step charts'
    r"(?:visuali[sz]ed|displayed|shown|presented|drawn|plotted|rendered)\s+(?:using|via)\b)",
    re.I,
)
# A heading that promises the definition below it ('In one sentence', 'Definition').
_PROMISES = re.compile(
    r"\b(?:definition|defined|meaning|in (?:one|a) (?:sentence|line|word)|in short|tl;?dr|"
    r"overview|summary|the short version|in a nutshell|quick answer)\b",
    re.I,
)
# A predicate that stops on an article or a preposition: the page was cut there.
# A definition stopping mid-way: on an article or a conjunction, or on a preposition with
# no full stop after it ('begins with.' is a whole sentence).
_CUT_SHORT = re.compile(
    r"^\W*\w*\W*$|\b(?:a|an|the|and|or)\W*$|"
    r"\b(?:of|to|with|for|in|on|at|by|from|into|than|that|which|whose|when|while|"
    r"whereas|because|if|is|are)[^\w.!?]*$|"
    # '... is resized and consistent hashing is used, only' (a formula's line followed);
    # not a bullet's own last word ('a relation created for a session only')
    r",\s*only[^\w.!?]*$|"
    # '... primarily focused on u': a word cut after a letter or two at the copy's end
    r"\s(?!(?:as|at|be|by|do|go|he|if|is|it|me|my|no|so|up|us|we|id|ip|os|ui|ux|ai|ml|db|vm|"
    r"pc|ms|kb|mb|gb|tb|hz|io)\b)(?-i:[a-z]{1,2})[^\w.!?]*$|"
    # 'A small positive number (e.g.': a bracket opened at the end and never closed
    r"\((?:e\.g|i\.e|eg|ie|see|such as|like)?[^()]{0,12}$",
    re.I,
)
# How many sentences past the summary a literal definition is still looked for.
_DEFINITION_REACH = 12


# A definition that only spells the name out.
_SPELLED_OUT = re.compile(
    r"^(?:(?:an?\s+)?abbreviation\s+(?:of|for)|short\s+for|stands\s+for)\s", re.I
)


# Where a thing is met, said as if it were what it does: 'show up in many 401(k) menus'.
_TURNS_UP = re.compile(r"(?:shows?|turns?|crops?|pops?)\s+up\s+(?:in|on|at|everywhere)\b", re.I)


# A short predicate whose object is a thing said before: 'changes that approach', 'solves
# this', 'replaces them'.
_DOES_TO_THAT = re.compile(
    r"^[a-z]+\s+(?:(?:all|both)\s+)?(?:that|this|these|those|such|it|them)\b"
    r"(?:\s+[\w-]+){0,3}\s*[.!]?$",
    re.I,
)
# A sentence that names another thing its subject rests on: a pronoun after it may be that.
_LEANS_ON = re.compile(
    r"\b(?:rel(?:y|ies)|depends?|(?:is|are)\s+based|builds?|(?:is|are)\s+built)\s+(?:up)?on\s|"
    r"\b(?:uses?|employs?|is\s+part\s+of|are\s+part\s+of)\s",
    re.I,
)


# 'The system translates ...': the head of a name just spelled out, then its verb.
_HEAD_SAID_AGAIN = re.compile(r"^The\s+(?P<head>[A-Za-z-]+)\s+(?=[a-z]+s\s)")


# An article before a verb's participle: 'a defined by the way ...', a writer's slip.
SLIPPED_ARTICLE = re.compile(r"^an?\s+(?:defined|described|used|made|caused)\s+(?:by|as)\b")


# A revision guide's word to the student: 'Make sure that you can spot that the muscle
# wall of the left ventricle is ...', 'Remember that ...'.
_STUDY_TIP = re.compile(
    r"^(?:make\s+sure|be\s+sure|remember|don['’]t\s+forget|note|notice|try\s+to|you\s+"
    r"(?:should|need\s+to|must)\s+(?:know|remember|learn|be\s+able))\b",
    re.I,
)


def _first_sense(ctx: Context, section: Section, item: Item) -> bool:
    """Whether an item is a dictionary's first numbered sense, right under the headword:
    '1. Colourless, nonnucleated blood component that ...' under 'Platelet'."""
    return (
        item.kind is ItemKind.NUMBERED
        and not section.heading
        and bool(ctx.entry.sections)
        and section is ctx.entry.sections[0]
        and section.items[0] is item
    )


def _only_its_name(text: str, names: Sequence[str]) -> bool:
    """Whether a gloss's first part only says the name again, with an article and perhaps
    the kind it is of: 'A perennial plant' of 'perennial'."""
    bare = LEADING_ARTICLE.sub("", text.strip())
    return any(
        re.fullmatch(rf"{re.escape(name)}(?:\s+[\w-]+)?", bare, re.I) is not None
        for name in names
        if name
    )


def _first_said(ctx: Context, section: Section) -> Item | None:
    """The section's first item, past a headword line that only repeats the entry's name
    ('What does food chain mean?' / 'food chain' / '1. A succession of organisms ...') and
    a sense that only points to another entry ('(1) See indexed color.')."""
    names = {name.casefold() for name in ctx.entry.names}
    for item in section.items:
        if _FIELD_OF_THE_WORD.match(item.text):
            continue  # 'Plural: perennials', 'Derivation: From the Latin ...': the word's
        if item.text.strip(" .:").casefold() not in names and not _CROSS_REFERENCE.match(item.text):
            return item
    return None


# A dictionary's field on the word itself, above its definition: 'Plural: perennials'.
_FIELD_OF_THE_WORD = re.compile(
    r"^(?:plural|derivation|etymology|origin|pronunciation|part\s+of\s+speech|word\s+class|"
    r"syllables?|forms?|also\s+spelled)\s*:\s",
    re.I,
)


_QUESTION_REACH = 600  # how far into a paragraph its own question and answer are read


def _after_its_question(ctx: Context, paragraph: str, sentence: str) -> bool:
    """Whether a sentence comes right after the paragraph's question of what the entry is."""
    from cards.recover import asks_what_it_is  # (recover reads definitions: imported here)

    # (looked for near the paragraph's start only: each of a long paragraph's sentences
    # is asked, and a search of the whole for each would take its length squared)
    at = paragraph.find(sentence, 0, _QUESTION_REACH) if "?" in paragraph[:_QUESTION_REACH] else -1
    before = paragraph[:at].rstrip() if at > 0 else ""
    if not before.endswith("?"):
        return False
    question = before[before.rfind(".") + 1 :].strip()  # (the last sentence before it)
    return asks_what_it_is(question, ctx.entry.names)


def _glossed_under_the_title(ctx: Context) -> tuple[Section, Item, str] | None:
    """A dictionary's gloss right under its headword, set apart from the longer text below
    ('acceleration' / 'The rate of change of velocity with respect to time; ...' /
    'Definition' / 'Acceleration is the second step in ...'): the gloss, a thing named
    without a verb, not a sentence and not the page's blurb ('A beginner's guide to ...')."""
    if ctx.entry.layout is Layout.MARKDOWN:
        return None  # a note's line under its '# Title' is its own summary ('In one sentence')
    tagline = ctx.entry.tagline.strip()
    if not tagline or tagline.endswith(":"):
        return None  # (one going on in a list below is read with its list, as a summary)
    # ('Is a connective tissue ...': the headword left out, verb and all)
    sentence = without_dictionary_lead(
        _before_its_example(first_sentence(tagline), ctx.entry.names)
    )
    # ('In printing and typing, the placement of letters ...': a field, then the gloss)
    bare = IN_ITS_FIELD.sub("", sentence, count=1)
    if not is_noun_phrase(bare) or _BLURB.match(sentence) or _ABOUT_A_TEXT.search(sentence):
        return None
    if ctx.own.find(sentence) or EVALUATIVE.match(sentence) or WEAK.match(sentence):
        return None  # ('A guide to caching' names the entry: about it, no gloss of it)
    if _in_title_case(sentence):
        return None  # 'A Reed Warbler Feeding a Common Cuckoo Chick in a Nest': a caption
    if definition_of(sentence, ctx.entry.names, fragment=True, pronoun=True) is None:
        return None
    return _as_summary(tagline, sentence)


# The field a gloss is given in, before it: 'In printing and typing, the placement ...'.
IN_ITS_FIELD = re.compile(r"^In\s+[\w&-]+(?:\s+[\w&-]+){0,4},\s+(?=(?:an?|the)\s)")


def _in_title_case(text: str) -> bool:
    """Whether a line capitalises its words as a title or a picture's caption does ('A Reed
    Warbler Feeding a Common Cuckoo Chick in a Nest'): three such words at least, and
    nearly all of them."""
    said = [w for w in text.split() if w[:1].isalpha() and w.lower() not in _SMALL_WORDS]
    capitals = sum(w[:1].isupper() for w in said[1:])
    return capitals >= _TITLED_WORDS and capitals >= len(said[1:]) * 0.8


_SMALL_WORDS = frozenset(("a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "with"))
_TITLED_WORDS = 3


def _as_summary(tagline: str, sentence: str = "") -> tuple[Section, Item, str]:
    """A tagline read as the summary's first paragraph: its section, item and sentence
    (its first, unless another is given)."""
    item = Item(ItemKind.PARAGRAPH, tagline, 1)
    return Section(SectionKind.SUMMARY, "", 1, (item,)), item, sentence or first_sentence(tagline)


# The colon a dictionary sets between its gloss and an example of the word in use: '...
# caught in the trachea: One form of a Heimlich maneuver employs ...'.
_EXAMPLE_AFTER = re.compile(r":\s+(?=[A-Z])")


def _before_its_example(sentence: str, names: Sequence[str]) -> str:
    """A gloss without the example after its colon, which says the headword again; the
    sentence as it is when no such example follows."""
    cut = _EXAMPLE_AFTER.search(sentence)
    if cut is None:
        return sentence
    example = sentence[cut.end() :].casefold()
    if not any(name.casefold() in example for name in names):
        return sentence
    return sentence[: cut.start()].rstrip() + "."


# Words that make a line under a title about a text rather than a gloss of a thing.
_ABOUT_A_TEXT = re.compile(
    r"\b(?:guide|tutorial|introduction|overview|primer|lesson|course|article|post|"
    r"cheat\s*sheet|explained|explainer|everything\s+you)\b",
    re.I,
)


def defining_sentence(ctx: Context) -> tuple[Section, Item, str] | None:
    """The sentence that says what the entry is (`_defining_sentence`), taken under the
    page's own 'What is X?' heading when one stands below the sentence first found: a
    blurb's 'The GPU is the part of your PC that brings games ... to life, yet most
    explanations make it sound complicated.' above 'What Is a GPU?' / '... It is the chip
    in your computer that creates the images you see on screen'."""
    from cards.makers.context import Context
    from cards.recover import asks_what_it_is

    found = _defining_sentence(ctx)
    if found is None:
        return None
    sections = ctx.entry.sections
    at = next((k for k, section in enumerate(sections) if section is found[0]), len(sections))
    asked = next(
        (
            k
            for k in range(at + 1, len(sections))
            if _WHAT_IS_ASKED.match(sections[k].heading)
            and asks_what_it_is(sections[k].heading, ctx.entry.names)
        ),
        None,
    )
    if asked is None:
        return found
    below = _defining_sentence(Context(replace(ctx.entry, sections=sections[asked:]), (), 0))
    if below is None or below[0] is not sections[asked]:
        return found
    if not _says_what(below[2], ctx.entry.names) and _says_what(found[2], ctx.entry.names):
        # 'It describes the process of selecting products ...' above 'What Is Pick and
        # Pack Fulfillment?' / 'Pick and pack fulfillment begins once inventory has been
        # received ...': the answer under the heading only says when it starts
        return found
    return below


def _named_then_told_under_the_title(ctx: Context) -> tuple[Section, Item, str] | None:
    """The sentence of the paragraph under the title that says what the entry is, right
    after one that named it last ('Some bird species have what is technically called a
    supercilium. This is a stripe which ...')."""
    sentences = split_sentences(ctx.entry.tagline)
    for before, sentence in itertools.pairwise(sentences[:_OPENING_SENTENCES]):
        if _ends_on_its_name(ctx, before) and _GLOSSED_NEXT.match(sentence):
            return _as_summary(ctx.entry.tagline, sentence)
    return None


_OPENING_SENTENCES = 4


def _ends_on_its_name(ctx: Context, sentence: str) -> bool:
    """Whether a sentence brings the entry in by name at its end ('... have what is
    technically called a supercilium.', 'One of the more useful tools ... is a barlow
    lens.')."""
    # (or after its praise: 'One of the more useful tools ... is a barlow lens.')
    called = _CALLED_AT_THE_END.search(sentence) or RANKED_THEN_NAMED.match(sentence)
    return called is not None and any(same_name(called["name"], n) for n in ctx.entry.names)


_CALLED_AT_THE_END = re.compile(
    r"\b(?:called|known\s+as|named|termed)\s+(?:an?\s+|the\s+)?[\"“']?"
    r"(?P<name>[\w-]+(?:\s+[\w-]+){0,3})[\"”']?\.$"
)
# An adverb and an article before the name a sentence opens on: 'Traditionally the '.
_ADVERB_FIRST = re.compile(r"[A-Z][a-z]+ly,?\s+(?:the|an?)\s+")
# A sentence that says what the thing just named is: 'This is a stripe which ...'.
# (after who made it and when: 'Invented in the early 1800s by Peter Barlow, it is a ...')
_GLOSSED_NEXT = re.compile(rf"^(?:(?:This|It)|{HISTORY_LEAD}it)\s+is\s+(?:an?|the)\s+\w")


def _names_what_was_told(ctx: Context, sentence: str) -> bool:
    """Whether `sentence` names the entry as what the sentence before it told ('This type
    of chemical reaction is known as neutralization reaction.')."""
    if sentence[:4].casefold() != "this":
        return False
    named = THIS_IS_NAMED.fullmatch(sentence.strip())
    return named is not None and any(
        same_name(named["name"], n) or names_it(named["name"], n) for n in ctx.entry.names
    )


def _says_what(sentence: str, names: Sequence[str]) -> bool:
    """Whether a sentence says what a thing is ('It describes the process of ...'),
    not only what it does."""
    said = definition_of(sentence, names, pronoun=True)
    return said is not None and bool(said.predicate)


# A heading asking what a thing is (not what it does: 'What does a load balancer do?').
_WHAT_IS_ASKED = re.compile(r"\s*what(?:\s+(?:is|are)|['’]s)\s", re.I)


def _restated(sentence: str, names: tuple[str, ...]) -> str:
    """'Leading is the key to readability; Leading is the space between the lines of
    type ...': a sentence that opens on the name and says it again after a semicolon,
    each time with 'is': the clause after the semicolon, which says what it is; ''
    for any other sentence."""
    head, semicolon, after = sentence.partition("; ")
    if not semicolon:
        return ""
    for name in names:
        if not name or not may_say(after, name):
            continue
        opening = rf"(?:(?:the|an?)\s+)?{re.escape(name)}\s+(?:is|are)\s+(?!also\b)"
        if re.match(opening, head, re.I) and re.match(opening, after, re.I):
            return after
    return ""


def _defining_sentence(ctx: Context) -> tuple[Section, Item, str] | None:
    """The sentence that says what the entry is, in the page's order.

    In order: the first summary sentence that defines the entry by name ('A CDN is ...');
    the same a few sentences further on, under the next headings ('What is Git?' below a
    blurb); a summary sentence that says what the entry does ('DNS translates names into
    addresses'); under a heading that promises a definition ('In one sentence'), its
    first sentence; a sentence a little further on that says what the entry does. Never a
    comparison ('Authentication is like your key card ...': an analogy card asks it, and
    as the answer to 'What is X?' it was judged incomplete in every round), a sentence
    that praises ('X is so commonly used that ...'), opens a story ('Imagine a clock
    ...') or is the page's blurb ('Learn what Git is').
    """
    if headed_pair(ctx.entry) or slashed_pair(ctx.entry.title):
        # 'Stateless and Stateful', 'Right Ascension / Declination': no one thing to define
        return None
    glossed = _glossed_under_the_title(ctx) or _named_then_told_under_the_title(ctx)
    if glossed is not None:
        return glossed
    acting = promised = weak = mattering = None
    acting_later = None  # said what the entry does, outside the summary
    named_before = False  # the sentence before opened with the entry's name
    after_expansion = False  # the sentence before only spelled the name out
    spelled_head = ""  # the last word of the name it spelled out ('System')
    reach = _DEFINITION_REACH
    # The page's last words, when they have no stop and are not all it says: its copy
    # broke off there ('... highly effective when applied to idempotent, r').
    last = last_item(ctx.entry) if sum(len(s.items) for s in ctx.entry.sections) > 1 else None
    compares = says_it_compares(ctx.entry.title)
    unpromised: set[int] = set()  # sections under a promising heading that open on history
    prose = (SectionKind.SUMMARY, SectionKind.EXPLANATION, SectionKind.OTHER, SectionKind.ANALOGY)
    said_in: set[int] = set()  # sections where a sentence of some words was read
    names_folded = {name.casefold() for name in ctx.entry.names}
    told: tuple[Section, Item, str] | None = None  # the last sentence read, if one could be
    named_in: Item | None = None  # the point whose last sentence ended on the entry's name
    for section, item, sentence in sentences_of(ctx.entry, *prose):
        if told is not None and told[1] is item and _names_what_was_told(ctx, sentence):
            # 'When an acid reacts with a base ... a salt and water. This type of chemical
            # reaction is known as neutralization reaction.': told, then named
            return told
        if named_in is item and _GLOSSED_NEXT.match(sentence):
            # 'Some bird species have what is technically called a supercilium. This is a
            # stripe which starts ...': named, then told
            return section, item, sentence
        named_in = item if _ends_on_its_name(ctx, sentence) else None
        told = None
        sentence = _restated(sentence, ctx.entry.names) or sentence
        summary = section.kind is SectionKind.SUMMARY
        opens_section = id(section) not in said_in
        if len(words(sentence)) > _LABEL_WORDS:
            said_in.add(id(section))
        if not summary:
            reach -= 1
            if reach < 0:
                break
        if about_the_word(item):
            continue  # 'Linter is a term used in the textile industry ...'
        if sentence.rstrip().endswith(("…", "...")) and item.text.rstrip().endswith(
            sentence.rstrip()
        ):
            # a page copied only in part: its last sentence is cut (not 'A serif is a small
            # line ... in a letter or symbol ... Serifed fonts are ...': the page goes on)
            continue
        if broke_off(sentence, item, last):
            continue
        if STORY.match(sentence) or _BLURB.match(sentence) or _STUDY_TIP.match(sentence):
            named_before = False
            continue
        if _after_its_question(ctx, item.text, sentence):
            # 'What is conditional formatting? In literal terms it is getting ...': the
            # paragraph's own question, and the 'it' of its answer the thing asked about
            named_before = True
        origin = NAME_ORIGIN.match(sentence)
        if origin is not None:
            # 'The name ransomware comes from ... . It blocks access to ...': the 'It'
            # is the thing the name is of
            named_before = any(same_name(origin["name"], name) for name in ctx.entry.names)
            continue
        if _ONLY_A_RANGE.match(sentence):
            continue  # 'Cosine similarity ranges from -1 to 1': its values, not what it is
        if _A_REASON.match(sentence):
            continue  # 'The reason RAM is random access is because ...': why, not what
        if _OF_ITS_DEFINITION.match(sentence):
            continue  # 'The definition of ERP should be obvious.': of a definition, none
        if _SUCH_THINGS.search(sentence):
            continue  # 'A solar panel is made from many such cells, ...': cells told before
        if _CROSS_REFERENCE.match(sentence):
            continue  # '(1) See indexed color.': a dictionary's pointer to another sense
        found = (section, item, sentence)
        if len(words(sentence)) >= TOLD_WORDS:
            told = found
        opening = after_expansion or (
            (summary or _first_sense(ctx, section, item))
            and item is _first_said(ctx, section)
            and item.text.startswith(sentence)
        )
        if item.text.startswith(sentence) and strip_end(sentence).casefold() in names_folded:
            # 'Battery Management System. An electronic system that manages ...': the
            # name as a sentence of its own, its gloss the next
            after_expansion = True
            continue
        expanded_before, after_expansion = after_expansion, False
        read_as = sentence
        head = _HEAD_SAID_AGAIN.match(sentence) if opening and spelled_head else None
        if head is not None and head["head"].casefold() == spelled_head.casefold():
            # 'DNS is short for Domain Name System. The system translates domain names
            # ...': the head of the name just spelled out stands for the thing
            read_as = (
                f"{ctx.entry.names[0]} is a {spelled_head.lower()} that {sentence[head.end() :]}"
            )
        elif expanded_before:
            read_as = letters_said_again(sentence, ctx.entry.names)  # 'The system BIOS is'
        spelled_head = ""
        # 'DNS stands for Domain Name System. It translates names into addresses.': the
        # 'It' after a sentence about the entry is the entry.
        defined = definition_of(
            read_as,
            ctx.entry.names,
            pronoun=opening or named_before,
            loose=opening,
            # (in Markdown, only right under the title: '# Idempotence' / 'The property
            # of an operation that ...')
            fragment=opening and (ctx.entry.layout is not Layout.MARKDOWN or not section.heading),
        )
        spans = ctx.own.find(sentence)
        # ('Digital signatures rely on public-key cryptography. It is a security mechanism
        # ...': the 'It' is the other thing the sentence named last)
        # ('A CI/CD pipeline solves that problem. CI stands for ..., and CD stands for ...
        # At its core, it's an automated assembly line ...': the letters spelled out
        # between, the 'it' is still the pipeline)
        named_before = (
            (
                bool(spans)
                # ('Traditionally the finder, or finder-scope, is ...': after an adverb)
                and (spans[0][0] <= 4 or _ADVERB_FIRST.fullmatch(sentence[: spans[0][0]]))
                and not _LEANS_ON.search(sentence)
            )
            or (named_before and SPELLS_ONLY.match(sentence) is not None)
            # ('This pattern was first defined in ... . In a nutshell, it is ...' under
            # 'Claim Check pattern': the title's thing, by its kind)
            or named_by_its_kind(sentence, ctx.entry.names)
        )
        if (
            defined is None
            and (acting is None if summary else acting_later is None)
            and definition_of(sentence, ctx.entry.names, loose=True)
            # 'SRAM uses flip-flops made of transistors ...': how it works, not what it is
            and not _WORKS_BY.match(_after_name(ctx, sentence).strip())
            # 'Serverless computing changes that approach.': what it does to a thing the
            # sentences before told, which the card would not show
            and not _DOES_TO_THAT.match(_after_name(ctx, sentence).strip())
        ):
            if summary:
                acting = found
            elif _does(ctx, sentence):
                acting_later = found
        if (
            defined is not None
            and defined.predicate
            and _CUT_SHORT.search(defined.predicate)
            # 'ZooKeeper is a centralized service for:' over the bullets it goes on in
            and not _goes_on_in_a_list(sentence, section, item, ctx.entry)
        ):
            continue  # 'A path parameter is a' (a page cut mid-sentence)
        spelled = expansion_of(sentence, ctx.entry.names) if summary else None
        # (not 'BLAST is an acronym for ..., a bioinformatics tool used to ...': what the
        # thing is follows its letters in the same sentence)
        # ('Abbreviation of “pulsating radio source”, a pulsar is a neutron star ...': its
        # letters first, then what it is, by name)
        spelled_and_glossed = bool(
            defined and defined.predicate and (defined.expansion or _SPELLED_OUT.match(sentence))
        )
        if not spelled_and_glossed and (
            _SPELLED_OUT.match(sentence) or (spelled is not None and not spelled.predicate)
        ):
            # 'Short for cloud architectures. Designs for software ...', 'CORS stands for
            # ...' / 'A browser security mechanism that ...': what the name stands for,
            # then what the thing is, which the next sentence says.
            weak = weak or found
            after_expansion = opening
            if spelled is not None and spelled.expansion:
                spelled_head = spelled.expansion.split()[-1]
            continue
        if (
            defined is not None
            and defined.predicate
            and _DONE_THEN.match(defined.predicate)
            and re.search(rf"\b(?:was|were)\s+{re.escape(defined.predicate[:12])}", sentence)
        ):
            continue  # '802.11ax was engineered specifically to fix ...': its making
        if defined is not None:
            # (without a predicate, what follows the name: 'is cited constantly but ...')
            said = defined.predicate or COPULA_LEAD.sub("", _after_name(ctx, sentence).strip())
            if EVALUATIVE.match(said) and not _RANKED_KIND.match(said):
                continue
            if _WORKS_BY.match(said) or _A_PROPERTY.match(said):
                continue  # 'Uses flip-flops ...', 'also non-volatile': how it works, or a trait
            if _TURNS_UP.match(said):
                continue  # 'Index funds show up in many 401(k) menus ...': where it is met
            if BESIDE_THE_POINT.match(said) or _EXPLAINS.match(said):
                # 'one of the terms used in ...', 'part of the broader umbrella of ...';
                # 'why insurers can price risk': what it explains, not what it is
                continue
            if defined.predicate and _HOW_IT_FARES.match(defined.predicate):
                continue  # 'excellent for runtime visibility, but ...': how well it serves
            if defined.predicate and SLIPPED_ARTICLE.match(defined.predicate):
                continue  # 'The food chain is a defined by the way ...': a slip, no gloss
            if defined.predicate and WEAK.match(defined.predicate):
                continue  # 'like the phone book of the internet': an analogy's, not what it is
            if not defined.predicate and _LIKENED.search(_after_name(ctx, sentence)[:60]):
                # 'Shotgun Surgery resembles Divergent Change but is actually the opposite
                # smell.': what it is like; the next sentences say what it is
                continue
            # Without a predicate ('An ISP sells ...') the sentence is the answer: it names
            # the entry as its subject, which says the name again only if it is said twice.
            if _circular(ctx, defined.predicate or _unnamed(ctx, sentence)):
                weak = weak or found  # 'A REST API is an API that conforms to REST'
                continue
            if _WHY_IT_MATTERS.match(section.heading) and not summary:
                # 'P-values are the gatekeeper for scientific claims ...' under 'Why it
                # matters': what it is for, said as an image; the page's 'Formal
                # definition' further on says what it is
                mattering = mattering or found
                continue
            if _POINTING_OPENING.match(sentence):
                # 'It is a deployment strategy used to minimize risk.' under 'What is a
                # canary release?', then a 'Definition' saying it by name, in full
                return _by_name_below(ctx, section) or found
            if (acting_later or acting) is not None and _IT_DOES_SOMETHING.match(sentence):
                # 'Log shipping allows automatic sending of ...' / 'It provides a disaster
                # recovery solution ...': the sentence by name said first what it does
                return acting_later or acting
            if _ONLY_ONE_OF.match(said):
                # 'LCP is one of the three Core Web Vitals.': true of its siblings too; a
                # sentence further on may say what it is ('LCP — the time until ...')
                return _said_further_on(ctx, found) or found
            return _said_more_precisely(ctx, found) or found
        heading = section.heading.rstrip()
        # Not a comparison's ('TL;DR' opens with one side: 'Paxos is ...'), nor one the
        # copy cut ('... or paid advertisements o')
        promises = _PROMISES.search(heading) and not compares
        if _HISTORY.match(sentence) and promises:
            unpromised.add(id(section))  # 'Developed by Apple, HLS initially ...': no gloss
        elif (
            summary
            and promised is None
            and promises
            and not _CUT_SHORT.search(sentence)
            and not _NO_GLOSS.match(sentence)
            and not _WORKS_BY_SUBJECT.match(sentence)
            # its first sentence only: after one that is no gloss ('When you use a web
            # component, a copy of its template is inserted ...'), 'This template includes
            # ...' speaks of that one, not of what the entry is
            # (or the one after a sentence that only spelled the name out, or a label:
            # 'Noun.')
            and (expanded_before or opens_section)
            and id(section) not in unpromised
        ):
            promised = found
    # 'The API gateway provides a single point of entry ...' below 'An API gateway is
    # like the gatekeeper ...': what it does says more than what it is like.
    return acting or promised or _doing_under_what_it_is(ctx) or weak or acting_later or mattering


def _doing_under_what_it_is(ctx: Context) -> tuple[Section, Item, str] | None:
    """The first sentence under a heading asking what the entry is, when it says what
    the entry does ('What is LCP?' over 'Largest Contentful Paint (LCP) measures the
    render time of ...')."""
    from cards.recover import asks_what_it_is

    for section in ctx.entry.sections:
        if not section.heading or not asks_what_it_is(section.heading, ctx.entry.names):
            continue
        item = next(iter(section.paragraphs), None)
        sentence = first_sentence(item.text) if item is not None else ""
        return (section, item, sentence) if item is not None and _does(ctx, sentence) else None
    return None


# A heading over why the thing matters, not what it is: 'Why it matters', 'Why is X
# important?', 'Importance'.
_WHY_IT_MATTERS = re.compile(
    r"^(?:why\s+(?:it|this|they)\s+matters?|why\s+(?:does|do|is|are)\s+.{1,40}?\s+"
    r"(?:matter|important|useful)|(?:the\s+)?(?:importance|significance)\b)",
    re.I,
)


# A likeness said right after the name: 'resembles', 'is similar to', 'is the opposite of'.
_LIKENED = re.compile(
    r"^\s*(?:\w+ly\s+)?(?:resembles?|(?:is|are)\s+(?:\w+ly\s+)?(?:similar\s+to|akin\s+to|"
    r"the\s+opposite\s+of))\b",
    re.I,
)


# 'It provides ...', 'They let ...': what a thing named before does, not what it is.
_IT_DOES_SOMETHING = re.compile(
    r"^(?:It|They)\s+(?!(?:is|are|was|were|refers|means|describes|denotes)\b)[a-z]{3,}\b"
)

_LABEL_WORDS = 2  # words of a sentence that is only a label: 'Noun.', 'In short:'


# A past participle after 'was': what was done to make it ('was engineered to ...').
_DONE_THEN = re.compile(r"^(?:\w+ly\s+)?[a-z]{3,}ed\b")


# Where a thing came from, not what it is: 'Developed by Apple, HLS initially ...'.
_HISTORY = re.compile(
    r"^(?:originally\s+|first\s+)?(?:developed|created|introduced|invented|released|"
    r"designed|founded|launched|built|written|proposed|published)\s+(?:by|in|at)\b",
    re.I,
)
# A statement under a glossary's term, not its gloss: what may be ('There may be times
# when ...'), or what happens when it is used ('When copied across cells, the formula
# changes ...'): a clause, then a sentence with its own subject.
_NO_GLOSS = re.compile(
    r"^(?:there\s+(?:is|are|(?:may|might|can|will)\s+be)\b|"
    r"(?:when|whenever|if|once)\b[^,.;]{3,120},\s+(?:the|a|an|it|this|you|we|they)\s|"
    # 'Glaciers and ice sheets carve out valleys ...' under 'Ice': things of their own, acting
    r"[A-Z][a-z]+s\s+and\s+(?:[a-z]+\s+)?[a-z]+s\s+(?:all\s+|often\s+|can\s+)?[a-z]{3,}(?<!s)(?<!ing)\s+"
    r"(?!of\b|that\b|which\b)[a-z])",
    re.I,
)
# The verb before what a thing is said to be: 'is cited constantly ...', 'are fine for ...'.
COPULA_LEAD = re.compile(r"^(?:is|are)\s+", re.I)
# What 'is' leaves of the verb of 'A zip file is defined as an archive file format ...'.
# ('Defined by Ken Schwaber as a Timebox of thirty days ...': by whom, then what)
_DEFINED_AS = re.compile(
    # ('best describe as interest upon interest': a hedge, and a letter lost)
    r"^(?:(?:best|often|usually|commonly|simply)\s+)?(?:defined|described?|characteri[sz]ed)\s+"
    r"(?:by\s+[^,;]{2,60}?\s+)?as\s*:?\s+(?=[\w\"“])",  # ('defined as: When you run out ...')
    re.I,
)
# A property true of many things, no clue to which thing either: 'also non-volatile',
# 'difficult for the computer to discern', 'fast to train', 'among the most basic tools
# in ...', 'especially important for ...'.
_VAGUE_PROPERTY = (
    r"also\s|(?:\w+ly\s+)?(?:difficult|hard|easy|tricky|impossible)\s+for\b|"
    r"(?:fast|quick|slow|cheap|simple)\s+to\b|among\s+the\b|"
    r"(?:common|rare|popular|widespread|available)\s+(?:on|in|among|across)\b|"
    r"(?:\w+ly\s+)?(?:important|essential|crucial|critical|vital)\s+(?:for|to|in|when)\b|"
    r"(?:\w+ly\s+)?(?:different|distinct)\s+from\b"  # 'different from excel worksheet'
)
VAGUE_PROPERTY = re.compile(rf"^(?:{_VAGUE_PROPERTY})", re.I)
_THEY = re.compile(r"\s*they\s", re.I)
# 'One VCS and is prevalent ...': the kind it is one of, then a second predicate.
_ONE_AND_IS = re.compile(r"^one\s+(?P<kind>[^,;]{2,40}?)\s+and\s+(?:is|are)\s+(?P<rest>.+)$", re.I)
# A property of a thing said to be something elsewhere, no answer to 'What is X?' (a
# clue to it, though): those, and 'always reserved in a LIFO order', 'usually built into
# the kernel as ...', 'structured around an agent ...', 'the ancestor of modern ...'.
_A_PROPERTY = re.compile(
    rf"^(?:{_VAGUE_PROPERTY}|"
    # ('used as a basic representation in text processing': what it serves as)
    r"(?:\w+ly\s+)?used\s+as\b|"
    # ('strictly reserved for running the kernel ...': what it is kept for)
    r"(?:always|often|\w+ly)\s+[a-z]+ed\s+(?:in|into|on|by|at|as|around|within|to|with|for)\b|"
    # ('cacheable by default': what may be done with it)
    r"(?:\w+ly\s+)?[a-z]{3,}(?:able|ible)\s+(?:by|in|for|on|at|from|to|only|when|unless|if)\b|"
    r"(?:built|structured|organi[sz]ed|based|implemented|reserved)\s+(?:in|into|on|upon|around)\b|"
    r"the\s+(?:go-to|ancestor|predecessor|forerunner|successor|backbone|cornerstone)\b|"
    # 'now no longer considered secure': how it stands today, not what it is
    r"(?:now\s+)?no\s+longer\b|(?:now\s+)?(?:widely\s+)?(?:considered|deemed|regarded\s+as)\s+"
    r"(?:\w+ly\s+)?(?:secure|insecure|obsolete|deprecated|broken|outdated|unsafe|safe)\b)",
    re.I,
)
# What a thing is made of or works by, which does not say what it is for.
# What a whole is said to be made of, all of it: 'comprises all wires and stays fixed to
# the hull ...' says what the standing rigging is.
_ALL_IT_HOLDS = re.compile(rf"{MADE_OF}\s+(?=all\b)", re.I)
# (not the members a whole is of: 'comprises all wires and stays fixed to the hull ...'
# is what the standing rigging is)
_WORKS_BY = re.compile(
    rf"^(?!{MADE_OF}\s+"
    rf"(?:all|every|each)\b){WORKS_BY_VERB}\b",
    re.I,
)
# The same, said of a subject of a few words: 'SCD utilizes three different method
# types for handling changes ...' under 'Overview' says how, not what.
_WORKS_BY_SUBJECT = re.compile(rf"^(?:[\w-]+\s+){{1,3}}{WORKS_BY_VERB}\b", re.I)
# A callback's gloss, when it runs: 'OnStart(): Called when the activity is becoming
# visible to the user.'
_CALLED_WHEN = re.compile(r"^called\s+(?=(?:when|whenever|after|before|once|as|by|on)\b)", re.I)
# What values it takes, not what it is: 'Cosine similarity ranges from -1 to 1'.
_ONLY_A_RANGE = re.compile(
    r"^(?:[\w-]+\s+){1,5}(?:ranges|varies|range|vary)\s+(?:from|between)\b", re.I
)
# A sense that only points elsewhere: 'See indexed color.', 'See also: subscript.'
_CROSS_REFERENCE = re.compile(r"^(?:see(?:\s+also)?|cf\.|compare)\b:?\s+[^.!?]{1,60}[.!?]?$", re.I)
_POINTING_OPENING = re.compile(r"^(?:it|this|that)(?:\s+is\b|['’]s\b)", re.I)


# What an author writes before saying the same thing again, exactly.
_MORE_PRECISELY = re.compile(
    r"^(?:more precisely|to be (?:more )?precise|put more precisely|strictly speaking|"
    r"technically),\s+",
    re.I,
)


def _said_more_precisely(
    ctx: Context, found: tuple[Section, Item, str]
) -> tuple[Section, Item, str] | None:
    """The next sentence, when it opens 'More precisely,' and defines the entry by name:
    'PKI is, as the name suggests, a type of ... More precisely, PKI is a system for
    managing digital certificates.' Or when it gives the entry's formal definition: 'GDP
    is a broad measure of a nation's productivity. GDP is defined as the monetary value
    of ...'."""
    section, item, sentence = found
    following = _sentence_after(sentence, item)
    named = "|".join(re.escape(name) for name in ctx.entry.names if name)
    said = named and any(may_say(following, name) for name in ctx.entry.names if name)
    formal = said and re.match(
        rf"(?:(?:the|an?)\s+)?(?:{named})\s+(?:is|are)\s+defined\s+as\s", following, re.I
    )
    if _MORE_PRECISELY.match(following) is None and not formal:
        return None
    precise = _MORE_PRECISELY.sub("", following)
    defined = definition_of(precise, ctx.entry.names)
    if defined is None or not defined.predicate or len(words(defined.predicate)) < 3:
        return None
    return section, item, upper_first(precise)


# A definition that only says which group it belongs to: 'one of the three Core Web
# Vitals.', 'one of several sorting algorithms'.
# ('one of the essentials of music, with the other two being melody and rhythm': the
# others named beside it, no more of what it is)
_ONLY_ONE_OF = re.compile(
    r"^one\s+of\s+(?:the\s+)?(?:\w+\s+){0,4}\w+"
    r"(?:,\s+(?:with\s+)?the\s+others?(?:\s+\w+)?\s+being\s+[^.;]{1,80})?\.?$",
    re.I,
)


def _said_further_on(
    ctx: Context, found: tuple[Section, Item, str]
) -> tuple[Section, Item, str] | None:
    """A later sentence of the page's prose that defines the entry by name, and says more
    than which group it belongs to."""
    later = False
    prose = (SectionKind.SUMMARY, SectionKind.EXPLANATION, SectionKind.OTHER)
    for section, item, sentence in sentences_of(ctx.entry, *prose):
        if not later:
            later = (section, item, sentence) == found
            continue
        defined = definition_of(sentence, ctx.entry.names)
        if defined is None or len(words(defined.predicate)) < 4:
            continue
        if _ONLY_ONE_OF.match(defined.predicate) or EVALUATIVE.match(defined.predicate):
            continue
        return section, item, sentence
    return None


def _by_name_below(ctx: Context, above: Section) -> tuple[Section, Item, str] | None:
    """The first sentence of a later summary section that defines the entry by name."""
    sections = ctx.entry.sections
    for section in sections[sections.index(above) + 1 :]:
        if section.kind is not SectionKind.SUMMARY or not section.paragraphs:
            continue
        item = section.paragraphs[0]
        sentence = first_sentence(item.text)
        defined = definition_of(sentence, ctx.entry.names)
        if defined is None or not defined.predicate:
            continue
        if EVALUATIVE.match(defined.predicate) or WEAK.match(defined.predicate):
            continue
        return section, item, sentence
    return None


# A remark run on after a name's letters spelled out: ', and it's a neat concept ...'.
_REMARK_AFTER = re.compile(r",\s+and\s+(?:it|this)(?:['’]s|\s+is)\s", re.I)


def _said_in_the_plural(ctx: Context, sentence: str) -> str:
    """The entry's name in the plural as the sentence opens on it ('Bookmarks keep ...'
    -> 'bookmarks'), the entry's name singular; '' when it opens otherwise."""
    spans = ctx.own.find(sentence[:120])
    if not spans or spans[0][0] > _PRODUCT_REACH or ctx.plural:
        return ""
    said = sentence[spans[0][0] : spans[0][1]]
    if not said.endswith("s") or any(name.endswith("s") for name in ctx.entry.names):
        return ""
    # (its capital only the sentence's: 'Bookmarks' -> 'bookmarks'; 'Network Policies'
    # keeps its own)
    return lower_first(said) if spans[0][0] == 0 and said[1:] == said[1:].lower() else said


_PRODUCT_REACH = 16  # characters before a name an article and a product may take


def _does(ctx: Context, sentence: str) -> bool:
    """Whether a whole sentence opens with the entry's name and a verb saying what it
    does for someone ('The API gateway provides ...', 'ARP exists to ...'), not 'DNS
    components…no idea.'."""
    for name in ctx.entry.names:
        # (all of them: 'Network policies control ...' under 'Network policy'; and the
        # product first: 'Kubernetes Network Policies define ...')
        forms = "|".join(
            re.escape(form) for form in sorted({name, plural_of(name)}, key=len, reverse=True)
        )
        opening = re.match(
            rf"^(?:(?:an?|the)\s+)?(?:{PRODUCT}\s+)?(?:{forms}){ASIDE_AFTER_NAME}?\s+(?P<verb>\w+)",
            sentence,
            re.I,
        )
        spelled = re.match(
            rf"^(?:(?:an?|the)\s+)?(?P<long>[A-Z][\w-]*(?:\s+[\w-]+){{1,6}}?)\s*\(\s*"
            rf"{re.escape(name)}\s*\)\s+(?P<verb>\w+)",
            sentence,
        )
        if opening is None and spelled is not None and spells_out(name, spelled["long"]):
            # 'Largest Contentful Paint (LCP) measures ...' under 'LCP': its letters spelled
            opening = spelled
        if opening is not None:
            verb = opening["verb"].lower()
            if AS_IN_THE_STORY.match(sentence, opening.end()):
                return False  # 'A checksum works the same way for data.': the story's, said again
            # ('Variance measures how spread out ...': what it measures, as it does)
            return stands_alone(sentence) and verb in {*FUNCTION_VERBS, *MEASURES, "exists"}
    return False


def _after_name(ctx: Context, sentence: str) -> str:
    """What the sentence says after its first naming of the entry."""
    spans = ctx.own.find(sentence)
    return sentence[spans[0][1] :] if spans else sentence


def _unnamed(ctx: Context, sentence: str) -> str:
    """The sentence without its first naming of the entry."""
    spans = ctx.own.find(sentence)
    return sentence[: spans[0][0]] + sentence[spans[0][1] :] if spans else sentence


_GENUS = re.compile(
    r"^(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:form|type|kind|variant|variety|class|category|flavou?r)"
    r"\s+of\s+[\w-]+"
)


def _circular(ctx: Context, predicate: str) -> bool:
    """Whether a definition says the name again: every word of it ('load balancer ...
    load balancing service'), so the answer explains nothing the question did not."""
    # 'a weak form of consistency that preserves ...' of causal consistency: the kind it
    # is one of names the head again, as a definition by genus does; the rest must not
    title = re.sub(r"\s*\([^()]*\)$", "", ctx.entry.title)  # 'CDN (Content Delivery ...)'
    act = _ACT_OF.match(predicate.strip())
    if act is not None and _same_stem(act["word"], title):
        return True  # 'The act or process of denormalize.': the name, turned into a verb
    said = {stem(word) for word in words(_GENUS.sub("", predicate, count=1))}
    named = [stem(word) for word in words(title) if word not in STOP_WORDS]
    if len(named) < 2 or not all(word in said for word in named):
        return False
    # 'a short, daily meeting for the Developers of a Scrum Team' of the Daily Scrum: the
    # name's words are there, among enough of its own to say what it is
    others = {stem(word) for word in words(predicate) if word.lower() not in STOP_WORDS}
    return len(others - set(named)) < _OWN_WORDS


_OWN_WORDS = 3  # words besides the name's, for a definition that repeats them to explain
# A dictionary's gloss of a noun by its own verb: 'The act or process of denormalizing.'
_ACT_OF = re.compile(
    r"^(?:the\s+)?(?:act|process|action|result|state|condition)"
    r"(?:\s+or\s+(?:act|process|action|result|state))?\s+of\s+(?:being\s+)?(?P<word>[\w-]+)\.?$",
    re.I,
)
_STEM_LETTERS = 6  # letters two words share at their start to be forms of one


def _same_stem(word: str, name: str) -> bool:
    """Whether a word is a form of a one-word name ('denormalize', 'denormalization')."""
    a, b = word.casefold(), name.casefold()
    return " " not in b and len(a) >= _STEM_LETTERS and a[:_STEM_LETTERS] == b[:_STEM_LETTERS]


def judges_it(predicate: str) -> bool:
    """Whether what a sentence says the entry is only judges it: 'a relatively unknown and
    misunderstood attack, often mixed up with ...' (not 'one of the most popular coding
    methods used for ...', which goes on to say what kind of thing it is)."""
    return EVALUATIVE.match(predicate) is not None and _RANKED_KIND.match(predicate) is None


def weak_definition(ctx: Context, sentence: str) -> bool:
    """Whether a sentence defines the entry only by a comparison or a status."""
    defined = definition_of(sentence, ctx.entry.names, pronoun=True, loose=True)
    return defined is not None and WEAK.match(defined.predicate) is not None


_MODAL_NEXT = re.compile(rf"\s+(?:{'|'.join(sorted(MODALS))})\b", re.I)


_AND_ANOTHER_IS = re.compile(
    # (not '..., and users are assigned to roles': a passive goes on describing it; nor
    # '... where the bottlenecks and slowdowns are going to be': a clause's own verb)
    # (nor '... is in check and there is no possible escape': a condition of the same)
    r",?\s+and\s+(?!the\b|an?\b|there\b)[a-z][\w-]*\s+(?:is|are)\s+"
    r"(?!also\b|[a-z]+(?:ed|en|ing)\b|(?:made|done|built|kept|held|set|sent|put|run|found|"
    r"bound|paid|told|sold|left|read|cut)\b).*$"
)
# A list's item right before its 'and': '..., attribute labels, definitions and values
# are consistent', where 'values' is the list's last item, not another thing defined.
_LIST_BEFORE = re.compile(r",\s+[\w-]+(?:\s+[\w-]+)?$")
_ORIGIN_AFTER = re.compile(
    r";\s+(?:the\s+(?:term|name|word)|it\s+(?:is|was)\s+(?:named|called))\b.*$", re.I
)


# A manner said before, at the end of an answer: ' in this way.', ' in that manner.'.
_THIS_WAY_AT_END = re.compile(
    r"(?<![\s,]),?\s+(?:in\s+)?(?:this|that|such\s+a)\s+(?:way|manner|fashion)\.?$"
)


# An example pointed at on the page, at the end of an answer: '... such as what you can
# see in the example on this page.', '..., like the ones shown below.'.
_AS_SEEN_ON_THE_PAGE = re.compile(
    r"(?<![\s,]),?\s+(?:such\s+as|like)\s+(?:what|the\s+ones?|those)\s+"
    r"(?:you\s+(?:can\s+)?see|(?:are\s+|is\s+)?(?:shown|pictured))\b[^.!?]*\.?$"
)


# A title that asks how or why, which no 'What is ...?' can be asked of.
_HOW_OR_WHY_TITLE = re.compile(
    r"^(?:how|why|when|where)\s+(?:to|do|does|did|should|can|is|are)\s", re.I
)


_FOR_DOING = re.compile(r"To\s+[a-z]+\s")
_TERM_FOR_THAT = re.compile(r"\b(?:term|name|word)\s+for\s+(?:that|this)\s", re.I)
_THAT_THING = re.compile(r"^(?:That|This)\s+(?=[a-z][\w-]*\s+[a-z])")
_TURN_TO_NEXT = re.compile(r",\s+(?:let['’]s|we['’]ll|I['’]ll|here['’]s)\s.*$", re.I)
_AND_IS = re.compile(r"(?<=\w)\s+and\s+is\s+(?P<article>an?|the)\s+(?=\w)")


def definition_cards(ctx: Context) -> Iterator[Card]:
    quality = next(_quality_cards(ctx), None)
    if quality is not None:
        yield quality  # 'Idempotent': what makes a thing so is what the entry means
        return
    if _HOW_OR_WHY_TITLE.match(ctx.entry.title):
        return  # 'How to Pick the Right Database': a guide's headline names no concept
    meaning = (
        _status_meaning(ctx)
        or _the_way_it_goes(ctx)
        or _its_main_idea(ctx)
        or _what_happens_in_it(ctx)
    )
    if meaning is not None:
        yield meaning  # 'What does HTTP status 429 mean?': a code is asked what it means
        return
    chosen = ctx.defining
    if chosen is None:
        yield from _stands_for(ctx)
        yield from _comparison(ctx, "")  # an image may be all the page says of it
        return
    section, item, sentence = chosen
    # Answer with the predicate when the sentence starts with the entry's name, so the
    # answer does not open by repeating the question.
    shared = ctx.said_of_a_neighbour(ctx.defined)
    answer = _without_other_side(
        _without_open_aside(
            _with_next(
                ctx.defined,
                sentence,
                item,
                shared,
                ctx.entry.names,
                _paragraph_after(ctx.entry, section, item),
            )
        )
    )
    answer = _DOUBLED_ARTICLE.sub(r"\1", answer)  # 'is a a metric that ...': a slip
    answer = _ARTICLE_COMMA.sub(r"\1 ", answer, count=1)  # 'is a, Text file encoding ...'
    answer = _without_second_clause(answer, ctx.entry.names)
    answer = _without_product_subject(answer, ctx.entry.names)
    # 'A request for storage and is an abstraction of persistent volumes.': a second 'is'
    # of the same subject, its verb left dangling in the answer
    answer = _AND_IS.sub(r"; \g<article> ", answer, count=1)
    # '...; the term originates with the idea of two signals racing ...': where the word
    # comes from, after what the thing is
    answer = _ORIGIN_AFTER.sub(".", answer)
    # 'data per second and latency is travel time per bit, and ...': a second thing
    # defined in the same breath, which the question does not ask
    another = _AND_ANOTHER_IS.search(answer)
    if another is not None and not _LIST_BEFORE.search(answer, 0, another.start()):
        answer = answer[: another.start()] + "."
    # '... to prevent their malicious code from being detected in this way.': the way the
    # sentence before told, which the card does not show
    answer = _THIS_WAY_AT_END.sub(".", answer)
    # '... with a blocky appearance such as what you can see in the extreme example on
    # this page.': the page's picture, which the card does not show
    answer = _AS_SEEN_ON_THE_PAGE.sub(".", answer)
    # '... into async chunks, let's talk about how Webpack can help ...': the author turning
    # to what comes next, spliced on with a comma
    answer = _TURN_TO_NEXT.sub(".", answer)
    letters = _LETTERS_FIRST.match(answer)
    if letters is not None and any(spells_out(letters["short"], n) for n in ctx.entry.names):
        # 'Role-based Access Control: (RBAC) Access control based on user roles ...'
        answer = upper_first(answer[letters.end() :])
    # '... to compare text embeddings.In-Depth Explanation': a heading glued to the stop
    answer = _GLUED_HEADING.split(answer, maxsplit=1)[0]
    cut = _GLUED_CLAUSE.search(answer) or _EXAMPLE_RUN_ON.search(answer)
    if cut is not None:
        answer = answer[: cut.start()].rstrip(",;: ") + "."
    answer = _GLUED_CITATION.sub("", answer)
    # 'an intermediary [a person or thing that acts between two parties ...] between a
    # user and the internet': a word's own gloss set inside the sentence
    answer = _BRACKETED_GLOSS.sub("", answer)
    answer = _WIKI_LINK.sub(r"\g<name>", answer)  # 'an approach to [API] versioning'
    run_in = _RUN_IN_LIST.search(answer)
    if run_in is not None:
        # '... says roughly the following: * Your version number ...': a list run into one
        # line, which the answer cannot show whole; it stops at its colon
        answer = answer[: run_in.start() + 1]
    sourced = without_source_lead(answer)
    if sourced != answer:
        # 'Let’s start by some OAuth definition from Wikipedia ...: “OAuth provides ...'
        answer = upper_first(sourced.lstrip("“\"'"))
    named_for = _NAME_FOR.match(answer)
    if named_for is not None:
        answer = upper_first(answer[named_for.end() :])
    naming = _GLOSS_VERB.match(answer)
    if naming is not None and sentence.lstrip()[:1].islower():
        # 'describes a RFID-based communication standard ...' under its term, as a
        # glossary writes it: what the term names
        answer = upper_first(answer[naming.end() :])
    if _SENSE_LABEL.match(answer):
        answer = upper_first(_SENSE_LABEL.sub("", answer, count=1))
    hedge = _HEDGE_LEAD.match(answer) or _JUDGED_FIRST.match(answer)
    if hedge is not None:
        answer = upper_first(answer[hedge.end() :])  # 'Just a computer program designed to ...'
    one = _ONE_AND_IS.match(answer)
    if one is not None:
        # 'Git is one VCS and is prevalent amongst programmers ...': one of a kind, and
        # what sets it apart
        answer = f"{upper_first(indefinite(one['kind']))} {one['kind']}, {one['rest']}"
    # 'A use-after-free (UAF) bug is what it sounds like: a program frees ...'
    lead = _AS_IT_SOUNDS.match(answer)
    if lead is not None:
        answer = upper_first(answer[lead.end() :])
    if _POINTS_ELSEWHERE.search(answer) and len(words(answer)) <= _SHORT_DEFINITION:
        return  # 'The application of that knowledge.': which knowledge, a sentence before says
    if (
        _ONLY_DIFFERENT.search(answer)
        or _SAYS_IT_ALL.match(answer)
        or _HOW_IT_FARES.match(answer)
        or _SOME_PROBLEM.search(answer)
        or _SPEAKER.search(answer)
    ):
        # 'A zero-day vulnerability isn't the same as a zero-day exploit.', 'Exactly what
        # it sounds like.', '... solves a particular problem.': says nothing; '... and done
        # by me, but most of ...': the author speaking of the page, not of a concept
        return
    if len(words(answer)) <= 2:
        return  # 'What is STP?' -> 'A protocol.': true of hundreds of things
    if _CAPTION.match(answer):
        return  # 'An illustration comparing the OpenAPI Specification to ...': a picture's
    if _SHORT_FOR.match(answer):
        # 'What is POP3?' -> 'Short for Post Office Protocol version 3.': what its letters
        # stand for, asked as that
        yield from _stands_for(ctx)
        return
    if _only_spells_out(ctx.entry.title, answer):
        # 'What is an SPF record?' -> 'A Sender Policy Framework record.': its letters only
        yield from _stands_for(ctx)
        return
    named = ctx.own.find(answer[:120])
    if named and named[0][0] <= 4 and _MODAL_NEXT.match(answer, named[0][1]):
        # 'A node instance can be shown on a diagram.', a glossary's whole gloss: what
        # may be done with it, not what it is
        yield from _stands_for(ctx)
        return
    if _LEADS_TO_MORE.search(answer):
        # 'In the CSS Grid Layout Specification, a grid is defined as the following -':
        # what it is comes after, in a list the answer cannot hold
        yield from _stands_for(ctx)
        return
    if _LIST_BROKEN_OFF.search(sentence):
        yield from _stands_for(ctx)  # '... contains all the binaries, libraries': cut there
        return
    if _WORKS_BY.match(answer):
        yield from _stands_for(ctx)  # 'SRAM: Uses flip-flops ...': how it works, not what
        return
    spelled = re.split(r"\s+or\s+|,\s+", strip_end(answer))  # 'A or B': two spellings
    if (
        is_abbreviation(ctx.entry.title)
        and spells_out(ctx.entry.title, spelled[0])
        and _REMARK_AFTER.match(answer, len(spelled[0]))
    ):
        # 'RAII is Resource Acquisition Is Initialization, and it's a neat concept once
        # you understand ...': its letters spelled out, then a remark
        yield ctx.card(
            CardKind.DEFINITION,
            Answering.SELF,
            f"What does {ctx.entry.title} stand for?",
            spelled[0],
            section,
            item,
            explanation=sentence,
        )
        return
    if (
        is_abbreviation(ctx.entry.title)
        and any(spells_out(ctx.entry.title, name) for name in spelled)
        and all(len(name.split()) <= 4 for name in spelled)
    ):
        yield from _stands_for(ctx)  # 'What is APK?' -> 'Android Package Kit.': its letters
        return
    # ('Definition: ...' as a labelled dictionary writes it; 'Is a connective tissue')
    answer = without_dictionary_lead(answer)
    named_first, semicolon, rest = answer.partition("; ")
    if semicolon and _only_its_name(named_first, ctx.entry.names):
        answer = upper_first(rest)  # 'A perennial plant; a plant that is active ...'
    named = ctx.own.find(answer[:120])
    # ('Largest Contentful Paint (LCP) measures ...': the name in brackets after its words)
    bracketed = bool(named) and answer[named[0][1] :].startswith(")")
    # ('Kubernetes Network Policies define ...': the product before the name)
    led = bool(named) and _PRODUCT_THEN.fullmatch(answer[: named[0][0]]) is not None
    if named and (named[0][0] <= 4 or bracketed or led) and _does(ctx, answer):
        # 'GitOps manages infrastructure by ...', the whole sentence: what it does, said
        # after the name the question gives
        rest = answer[named[0][1] + bracketed :].lstrip()
        answer = upper_first(past_aside(rest))  # ('(PERT) identifies', 'in SQL combines')
    opening = words(answer)[:1]
    # ('Loops are ... . They allow us to repeat ...' under 'Loop': said of them all)
    of_them = bool(opening) and opening[0] in FUNCTION_VERBS and _THEY.match(sentence) is not None
    # ('Network policies control how ...' under 'Network policy': said of them all too)
    said_plural = _said_in_the_plural(ctx, sentence) if opening else ""
    of_them = of_them or (bool(said_plural) and opening[0] in FUNCTION_VERBS)
    if (called := _CALLED_WHEN.match(answer)) is not None:
        # 'What is OnStart?' -> 'Called when ...' says when it runs, which is the question
        prompt, answer = f"When is {ctx.mention} called?", upper_first(answer[called.end() :])
    elif (
        opening
        # ('Gossip protocols propagate ...': a plural's verb, without its s)
        and (opening[0].endswith("s") or ((ctx.plural or of_them) and opening[0] in FUNCTION_VERBS))
        # ('Backlinks are links from ...': after 'are', a plural noun the verb spells)
        and re.search(rf"\b(?:is|are)\s+{re.escape(opening[0])}\b", sentence, re.I) is None
        and (
            opening[0] in FUNCTION_VERBS
            or opening[0] in MEASURES
            # (a gloss that opens so itself: 'Webhooks are messages one ...' does not)
            or (opens_with_doing(answer) and words(sentence)[:1] == opening)
        )
    ):
        # 'It translates domain names into ...' leaves 'Translates ...', what DNS does;
        # 'Directs a Wi-Fi signal toward ...', a gloss of what beamforming does
        prompt = f"What {ctx.do()} {ctx.mention} do?"
        if of_them and not ctx.plural:
            them = said_plural or plural_of(LEADING_ARTICLE.sub("", ctx.mention))
            prompt = f"What do {them} do?"
        answer = upper_first(answer)  # 'enables user agents to ...' as a glossary wrote it
        verb, _, told = answer.partition(" ")
        if verb.lower() in MEASURES and told:
            # 'Indicates how many bits of data ...': what it tells is the answer
            prompt = f"What {ctx.do()} {ctx.mention} {MEASURES[verb.lower()]}?"
            answer = upper_first(told)
        elif verb.lower() in STUDIES and told:
            # 'Studies the meaning of words ...': what a field looks into is the answer
            prompt = f"What {ctx.do()} {ctx.mention} {STUDIES[verb.lower()]}?"
            answer = upper_first(told)
    elif (
        VERB_GLOSS.match(sentence.strip())
        and VERB_GLOSS.match(answer)
        and not ctx.plural
        and not ctx.entry.title.casefold().endswith("ing")  # ('to bearing off')
    ):
        # 'Tack, to' / 'When sailing close-hauled, to turn the boat's head through the
        # wind ...': a verb, glossed by what doing it is
        prompt = f"What does it mean to {lower_first(ctx.entry.title)}?"
        answer = upper_first(answer)
    elif _FOR_DOING.match(answer) and SAYS_ITS_ROLE.search(sentence):
        # 'The job of a preload scanner is to examine raw markup ...' leaves 'To examine
        # ...': what it is for, which 'What is a preload scanner?' would not ask
        prompt = f"What {ctx.be()} {ctx.mention} for?"
    elif (word_for := _WORD_FOR.match(answer)) is not None and _THE_TERM.match(sentence):
        # 'The term KERF is used to describe the thickness of the cut ...': the word's
        # meaning is what the thing is
        answer = upper_first(answer[word_for.end() :])
        prompt = _what_is(ctx, sentence)
    elif (used := _USED_TO.match(answer)) is not None:
        # 'Used to tell a process to terminate ...': what it is for, not what it is
        prompt = f"What {ctx.be()} {ctx.mention} used for?"
        answer = upper_first(answer[used.end() :])
    elif _means_a_clause(ctx, sentence, answer):
        # 'Pass by reference means a number (called an address) is passed on ...': what
        # it means is a clause, no thing that the name is
        prompt = f"What does {ctx.mention} mean?"
        spans = ctx.own.find(answer[:120])
        meant = _MEANS.match(answer, spans[0][1]) if spans and spans[0][0] <= 4 else None
        if meant is not None:
            # 'Atomicity in a database system means that a sequence of events ...', read
            # whole: what it means is the clause after 'means that'
            answer = upper_first(answer[meant.end() :])
    elif (stated := _what_it_states(ctx, sentence)) is not None:
        # 'The Open Close Principle states that ...': a law or a principle is what it says
        law = ctx.mention
        if _A_LAW.search(law) and not re.match(r"(?:an?|the)\s|.*['’]s\s", law, re.I):
            law = f"the {law}"  # 'the Least Privilege Principle'; not 'the Moore's law'
        prompt = f"What does {law} {stated[0]}?"
        # ('... more than two of the following guarantees:' goes on in its bullets)
        answer = with_list(stated[1], sentence, section, item, ctx.entry)
    else:
        prompt = _what_is(ctx, sentence)
        acting = _after_the_name_acting(ctx, answer)
        verb = words(acting)[0].lower() if acting else ""
        if acting and _COMES_ABOUT.match(acting):
            # 'Sleet forms when the layer of subfreezing air ...': when it comes about, no
            # thing it does, nor what it is
            return
        if acting and (members := _ALL_IT_HOLDS.match(acting)) is not None:
            answer = upper_first(acting[members.end() :])  # 'comprises all wires and stays'
        elif acting and _does_something(verb):
            # 'A compiler turns source code into machine code ...': what it does
            prompt, answer = f"What {ctx.do()} {ctx.mention} do?", upper_first(acting)
        elif verb in _NO_DOING:
            # 'What is an inode?' -> 'An inode belongs to Unix file systems. ...': the
            # sentence whole, its name first, says no thing the entry is
            yield from _stands_for(ctx)
            return
    # ('the term for that repetitive sound birders make ...': 'that' pointed to the page's
    # story, which the card does not show)
    if _TERM_FOR_THAT.search(sentence):
        answer = _THAT_THING.sub("The ", answer, count=1)
    if not says_it_compares(prompt):
        # never 'What is Zab vs Viewstamped Replication?': a sentence of a comparison that
        # defines one side under a name the page's title does not give it alone
        yield ctx.card(
            CardKind.DEFINITION,
            Answering.SELF,
            prompt,
            answer,
            section,
            item,
            explanation=sentence,
        )
    yield from _stands_for(ctx)
    yield from _comparison(ctx, sentence)


def _after_the_name_acting(ctx: Context, answer: str) -> str | None:
    """What an answer to 'What is X?' says after opening on X with a verb other than one
    saying what X is ('belongs to ...' of 'An inode belongs to ...'; an adverb before the
    verb left out); None for an answer that does not ('An inode is ...', 'X means ...')."""
    spans = ctx.own.find(answer[:120])
    if not spans or not _ARTICLE_ONLY.fullmatch(answer[: spans[0][0]]):
        return None
    rest = past_aside(answer[spans[0][1] :]).strip()
    rest = re.sub(r"^[a-z]+ly\s+(?=[a-z])", "", rest)
    verb = words(rest)[:1]
    if not verb or verb[0].lower() in _SAYS_WHAT_IT_IS:
        return None
    return rest


def _does_something(verb: str) -> bool:
    """Whether a verb after a name says something the thing does ('turns', 'accepts'),
    not where it belongs or how it is ('belongs', 'seems', 'has'; those and a clause's
    'which' are _NO_DOING)."""
    if verb in FUNCTION_VERBS:
        return True
    return verb.endswith("s") and not verb.endswith(("ss", "us", "is")) and verb not in _NO_DOING


# A thing coming about, said by the verb after its name: 'forms when', 'develops if'.
_COMES_ABOUT = re.compile(
    r"(?:forms|develops|arises|occurs|happens)\s+(?:when|whenever|if|where)\b", re.I
)
_NO_DOING = frozenset(
    (
        *("belongs", "has", "lies", "lives", "sits", "seems", "looks", "sounds", "remains"),
        *("stays", "exists", "depends", "relies", "varies", "differs", "comes", "goes"),
        *("appears", "happens", "occurs", "gets", "needs", "does", "which", "who"),
        "stands",  # 'PCR stands for ...': its letters, not what PCR does
    )
)
_ARTICLE_ONLY = re.compile(r"(?:(?:an?|the)\s+)?", re.I)


# Verbs after a name that say what it is, which an answer may keep.
_SAYS_WHAT_IT_IS = frozenset(
    ("is", "are", "was", "were", "means", "mean", "refers", "refer", "describes", "denotes")
)


_ASIDE = re.compile(r"\([^()]*\)")
# A sentence giving the reason for something: 'The reason RAM is random access is ...'.
# How many of the things the sentence before told: 'many such cells'.
_SUCH_THINGS = re.compile(
    r"\b(?:many|several|multiple|numerous|some|all|two|three|four)\s+such\s+[a-z]+s\b", re.I
)
# A sentence on a definition, not giving it ('The definition of X is Y' gives it).
_OF_ITS_DEFINITION = re.compile(
    r"the\s+(?:definition|meaning)\s+of\s+(?:[\w-]+\s+){1,5}?(?:\([^()]{1,60}\)\s+)?"
    r"(?:should|must|may|might|can|could|"
    r"varies|vary|depends|differs|has|have|was|seems|sounds)\b",
    re.I,
)
_A_REASON = re.compile(r"(?:the|one|another|a)\s+(?:main\s+)?reasons?\s+(?:why\s+)?", re.I)
# The product a name is said with, before it: 'Kubernetes '.
_PRODUCT_THEN = re.compile(rf"(?:(?:an?|the)\s+)?{PRODUCT}\s+", re.I)
_LANGUAGE_THEN = re.compile(rf"(?:(?:an?|the)\s+)?{LANGUAGE}\s+", re.I)


def _without_product_subject(answer: str, names: tuple[str, ...]) -> str:
    """'The CSS box model is essentially a box that wraps ...' under 'Box model' -> 'A box
    that wraps ...': the name after its language or product, as the answer's subject."""
    if _PRODUCT_THEN.match(answer) is None and _LANGUAGE_THEN.match(answer) is None:
        return answer  # most answers open otherwise
    for name in names:
        subject = re.match(
            rf"(?:(?:an?|the)\s+)?(?:{PRODUCT}|{LANGUAGE})\s+{re.escape(name)}s?\s+"
            r"(?:is|are)\s+(?:\w+ly\s+)?(?=\S)",
            answer,
            re.I,
        )
        if subject is not None and len(words(answer[subject.end() :])) >= _FEWEST_MEANING_WORDS:
            return upper_first(answer[subject.end() :])
    return answer


def _without_second_clause(answer: str, names: tuple[str, ...]) -> str:
    """'A text-based format for representing simple data structures, JSON is specified in
    RFC 4627.' -> '... simple data structures.': the name said again after a comma, as the
    subject of a second clause, starts something else than what it is."""
    for name in names:
        if name not in answer:
            continue
        again = re.search(rf",\s+{re.escape(name)}\s+(?:is|are|was|were|has|have)\s", answer)
        if again is not None and again.start() >= _BEFORE_SECOND_CLAUSE:
            return answer[: again.start()] + "."
    return answer


_BEFORE_SECOND_CLAUSE = 20  # characters an answer says before a second clause may start


def _status_meaning(ctx: Context) -> Card | None:
    """'What does HTTP status 429 mean?' of a page titled by a status code, answered by
    the sentence that says what it means ('The user has sent too many requests ...'),
    without the code it opens on ('A 404 Not Found status means that ...'); None for
    any other page."""
    code = status_code(ctx.entry.title)
    chosen = ctx.defining or _summary_said(ctx)
    if not code or chosen is None:
        return None
    said = strip_end(_CODE_MEANS.sub("", chosen[2], count=1))
    if len(words(said)) < _FEWEST_MEANING_WORDS or re.search(rf"\b{code}\b", said):
        return None
    prompt = f"What does HTTP status {code} mean?"
    return _asked_of(ctx, chosen, prompt, upper_first(said.strip('“”"')) + ".")


def _its_main_idea(ctx: Context) -> Card | None:
    """'What is the essential idea of the Von Neumann architecture?' -> 'Both program and
    data are stored in one memory ...', of a page whose summary opens by saying so and
    that says nowhere what the thing is; None for any other page."""
    if ctx.defining is not None and idea_of(ctx.defining[2], ctx.entry.names) is None:
        return None
    opening = _summary_said(ctx)
    said = idea_of(opening[2], ctx.entry.names) if opening is not None else None
    if opening is None or said is None:
        return None
    which = (said["which"] or "main ").lower()
    prompt = f"What is the {which}idea of {ctx.mention}?"
    return _asked_of(ctx, opening, prompt, upper_first(strip_end(said["idea"])) + ".")


def _what_happens_in_it(ctx: Context) -> Card | None:
    """'What happens in a smothered mate?' -> 'The king gets trapped by his own pieces.', of
    a page that opens on what goes on in it ('In a Smothered Mate, the king gets trapped
    ...') and says nowhere what it is; None for any other page."""
    if ctx.defining is not None:
        return None
    tagline = ctx.entry.tagline.strip()
    first = next((s for s in ctx.entry.sections if s.items), None)
    if tagline:
        opening = _as_summary(tagline)
    elif first is not None and first.kind in (SectionKind.SUMMARY, SectionKind.EXPLANATION):
        # (or the page's first point, summary or not: 'In back-rank mate, a rook or ...'
        # is where the page starts)
        opening = first, first.items[0], first_sentence(first.items[0].text)
    else:
        return None
    inside = goes_on_in(opening[2], ctx.entry.names)
    if inside is None:
        return None
    what = strip_end(inside["what"])
    if len(words(what)) < _FEWEST_MEANING_WORDS or ctx.own.find(what):
        return None
    return _asked_of(ctx, opening, f"What happens in {ctx.mention}?", upper_first(what) + ".")


# What goes on in the thing a page names, first: 'In a Smothered Mate, the king gets ...'.
def goes_on_in(sentence: str, names: Sequence[str]) -> re.Match[str] | None:
    """The match of a sentence saying what goes on in one of `names` ('In a Smothered
    Mate, the king gets trapped by his own pieces!'), else None."""
    inside = IN_IT.match(sentence.strip())
    if inside is None or not any(same_name(inside["name"], name) for name in names):
        return None
    return inside


IN_IT = re.compile(
    r"^In\s+(?:an?\s+|the\s+)?(?P<name>[^,;:.]{2,60}),\s+"
    r"(?P<what>(?:the|an?|one|each|every|both|all|no)\s[^;:]{8,}[.!])$"
)


def _the_way_it_goes(ctx: Context) -> Card | None:
    """'What is HTTP/2 multiplexing?' -> 'The way HTTP/2 carries many requests over a
    single connection ...', of a page whose summary is only a subtitle saying how it
    goes; None for any other page."""
    opening = _summary_said(ctx)
    if opening is None or (ctx.defining is not None and ctx.defining[1] is not opening[1]):
        return None
    way = HOW_IT_GOES.fullmatch(opening[2].strip())
    if way is None:
        return None
    prompt = f"What {ctx.be()} {ctx.mention}?"
    return _asked_of(ctx, opening, prompt, f"The way {strip_end(way['way'])}.")


def _summary_said(ctx: Context) -> tuple[Section, Item, str] | None:
    """The first summary's first point and its first sentence; None without a summary."""
    summary = next((s for s in ctx.entry.sections_of(SectionKind.SUMMARY) if s.items), None)
    if summary is None:
        return None
    return summary, summary.items[0], first_sentence(summary.items[0].text)


def _asked_of(ctx: Context, said: tuple[Section, Item, str], prompt: str, answer: str) -> Card:
    """A definition card of `said` (a section, its point and the sentence read)."""
    section, item, sentence = said
    return ctx.card(
        CardKind.DEFINITION, Answering.SELF, prompt, answer, section, item, explanation=sentence
    )


# The code a sentence on it opens with, up to what it says the code means: 'A 404 Not
# Found status means that ...', 'The 500 Internal Server Error is a generic HTTP status
# code that signals ...', 'A 404 is returned when ...'.
_CODE_MEANS = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:HTTP\s+)?(?:(?:status|error)\s+(?:code\s+)?)?\d{3}\b[^.;:]{0,60}?\s"
    r"(?:means|indicates|signals|signifies|is\s+(?:returned|sent)\s+when|occurs\s+when|"
    r"happens\s+when|is\s+an?\s+[^.;:]{0,40}?(?:status(?:\s+code)?|response|error)\s+"
    r"(?:that|which)\s+(?:means|indicates|signals|signifies|says))\s+(?:that\s+)?",
    re.I,
)
_FEWEST_MEANING_WORDS = 4


# An answer that only says what the letters stand for: 'Short for Post Office Protocol'.
_SHORT_FOR = re.compile(r"(?:short|shorthand)\s+for\s", re.I)


def _only_spells_out(title: str, answer: str) -> bool:
    """Whether an answer only spells out the abbreviation in the title, its other words
    the title's own: 'A Sender Policy Framework record.' under 'SPF record'."""
    own = {word.casefold() for word in title.split()}
    # (not in an aside: 'a unique identifier used to ... an API (Application Programming
    # Interface)' spells out a word it uses, not the title's letters)
    said = _ASIDE.sub("", strip_end(answer))
    rest = [w for w in said.split() if w.casefold() not in own | {"a", "an", "the"}]
    # (the rest's initials are the letters: 'major revision of HTTP ...' spells no 'HTTP/2')
    initials = "".join(w[0] for w in rest if w.casefold() not in ("of", "and", "for", "to"))
    capitals = "".join(c for w in rest for c in w if c.isupper())  # 'DomainKeys Identified Mail'
    letters = (initials.casefold(), capitals.casefold())
    shorts = [word.casefold() for word in title.split() if is_abbreviation(word) and word.isalpha()]
    # (a long answer only names the letters' words on its way: 'A numerical label ...
    # in a network that uses the Internet Protocol for communication.' under 'IP address')
    return 0 < len(rest) <= _SPELLING_WORDS and any(short in letters for short in shorts)


_SPELLING_WORDS = 6  # the most words of an answer that only spells a name's letters out


def _what_it_states(ctx: Context, sentence: str) -> tuple[str, str] | None:
    """('state', 'That ...') of a sentence that opens with the entry's name, then 'states
    that' (or 'says', 'holds', 'asserts'): what a law or a principle says."""
    sentence = subject_first(sentence)  # ('In theoretical computer science, the CAP ...')
    spans = ctx.own.find(sentence[:120])
    if not spans or spans[0][0] > 4:
        return None
    # ('The Principle of Least Privilege (PoLP) requires that ...': its letters between)
    letters = _LETTERS_ASIDE.match(sentence, spans[0][1])
    said = STATES.match(sentence, letters.end() if letters else spans[0][1])
    if said is not None:
        return said["verb"].lower(), f"That {strip_end(said['what'])}."
    described = _DESCRIBES.match(sentence, spans[0][1])
    if described is not None and _A_LAW.search(ctx.entry.title):
        # 'Amdahl's Law describes the theoretical maximum speedup ...': the law is not
        # the speedup, it describes it
        return described["verb"].lower(), upper_first(strip_end(described["what"])) + "."
    return None


_LETTERS_ASIDE = re.compile(r"\s*\([A-Za-z]{2,8}\)")
# 'describes the theoretical maximum ...': what a law gives, in a verb other than 'states'.
_DESCRIBES = re.compile(r"\s+(?P<verb>describe|predict|explain|give)s\s+(?P<what>\S.{8,})$", re.I)
# An answer that says what a thing is for: 'Used to tell a process to terminate'.
_USED_TO = re.compile(r"used\s+(?=to\s+[a-z])", re.I)
# What a word is used to name: 'used to describe the thickness of the cut ...'.
_WORD_FOR = re.compile(r"used\s+to\s+(?:describe|refer\s+to|name|mean|denote)\s+", re.I)
# A sentence about the word itself: 'The term KERF is ...', 'The word ...'.
_THE_TERM = re.compile(r"^(?:the\s+)?(?:term|word|name)\s", re.I)
# A word that plays down what follows: 'just a computer program', 'simply a list'.
_HEDGE_LEAD = re.compile(
    r"^(?:just|simply|basically|essentially|merely|nothing\s+(?:more\s+than|but))\s+(?=(?:an?|the)\s)|"
    # 'The UNIX termination signals are all used to ...': the plural's 'all', left over
    r"^(?:all|both)\s+(?=(?:an?|the|used|kinds?|types?|ways?)\s)",
    re.I,
)
# A judgement before a colon and the explanation after it: 'is simple in concept: instead
# of writing log lines as ..., you emit ...' (the explanation is what it is).
_JUDGED_FIRST = re.compile(
    r"^(?:(?:very|quite|fairly|pretty|really)\s+)?(?:simple|easy|straightforward|"
    r"clear|basic)(?:\s+(?:in\s+(?:concept|principle|theory|essence)|at\s+(?:heart|its\s+core)|"
    r"enough))?\s*:\s+(?=\S)",
    re.I,
)
# A bracket right after a name: '(PERT)' of 'The program evaluation ... (PERT) identifies'.
_A_LAW = re.compile(rf"\b{LAW_WORDS}$", re.I)
# A verb in the meaning: a clause ('a number is passed on'), not a thing ('a promise').
_CLAUSE_VERB = re.compile(
    r"\b(?:is|are|was|were|gets|get|can|will|has|have|does|do|must|should|may|might|cannot)\b"
)


def _means_a_clause(ctx: Context, sentence: str, answer: str) -> bool:
    """Whether the sentence opens with the entry's name, then 'means' and a clause."""
    spans = ctx.own.find(sentence[:120])
    if not spans or spans[0][0] > 4:
        return False
    meant = _MEANS.match(sentence, spans[0][1])
    # (after 'means that' a clause follows, whatever its verb: 'doing it twice leaves ...')
    return meant is not None and (
        meant.group().rstrip().endswith("that")
        or _CLAUSE_VERB.search(answer) is not None
        # ('Debounce means: keep pushing the action back ...': what to do, after a colon)
        or meant.group().rstrip().endswith(":")
    )


# 'means', maybe after the field it is meant in: ' in a database system means that '.
# ('Debounce means: keep pushing the action back ...': a colon after it)
# ('Modulation, in music, means that the music changes key.': the field between commas)
_MEANS = re.compile(
    r"(?:,?\s+in\s+(?:an?\s+|the\s+)?[\w -]{3,40}?,?)?\s+means:?\s+(?:that\s+)?", re.I
)


_DOUBLED_ARTICLE = re.compile(r"\b(an?|the)\s+\1\b", re.I)
_ARTICLE_COMMA = re.compile(r"^(an?|the),\s+", re.I)
# An answer that only says two things differ.
_ONLY_DIFFERENT = re.compile(
    r"^[^.;:]{0,80}\b(?:isn['’]t|is not|aren['’]t|are not)\s+the\s+same\b[^.;:]{0,80}\.?$", re.I
)


# How a thing compares or whom it suits, not what it is: 'More flexible because it ...',
# 'Advantageous for e-commerce sites ...', 'Great for relatively simple apps ...'.
_HOW_IT_FARES = re.compile(
    r"^(?:(?:much|far|a lot|even|generally|often|especially)\s+)?(?:more|less|better|worse|"
    r"faster|slower|simpler|easier|harder|cheaper|safer)\b|"
    r"^(?:(?:\w+ly|also|often|very|more|most|best)\s+)*(?:useful|helpful|handy|ideal|suitable|suited|"
    r"perfect|great|good|excellent|advantageous|beneficial|preferable|preferred|recommended|"
    r"effective|efficient)\s+(?:for|when|in|if|with)\b|"
    # what it is mostly for, which 'What is X used for?' asks: 'primarily for audit'
    r"^(?:primarily|mainly|mostly|chiefly|largely)\s+for\b",
    re.I,
)
# The name said to say it all, and nothing after: 'Exactly what it sounds like.'
_SAYS_IT_ALL = re.compile(
    r"^(?:exactly\s+|just\s+)?what\s+(?:it|they|the\s+names?)\s+(?:sounds?\s+like|says?|"
    r"suggests?)\.?$|^self-explanatory\.?$",
    re.I,
)
# A lead saying the name says it all, before what the thing is.
_AS_IT_SOUNDS = re.compile(
    r"^(?:exactly\s+|just\s+)?what\s+(?:it|the\s+name)\s+(?:sounds\s+like|says|suggests)\s*:\s*",
    re.I,
)


def _without_open_aside(answer: str) -> str:
    """An answer without an aside its page opened and never closed: 'A network that
    covers a broad area (i.e., any network whose links cross ... boundaries.' ends
    before the bracket; a closing bracket with none opened is dropped."""
    if answer.count(")") > answer.count("(") and re.search(r"\)[.!?]?$", answer):
        # '... a value or an object).': a bracket the page closed and never opened
        return re.sub(r"\)([.!?]?)$", r"\1", answer)
    opened = answer.rfind("(")
    if opened <= 0 or answer.count("(") <= answer.count(")") or ")" in answer[opened:]:
        return answer
    kept = answer[:opened].rstrip(" ,;:-–—")
    return f"{kept}." if len(words(kept)) >= 3 else answer


# A thing named in a sentence the card does not show: 'of that knowledge', 'for these
# models' ('that' after a preposition points; after a noun it opens a clause).
# The author speaking in the first person: 'The calculations are approximates and done by
# me'.
# (not 'the I chord', 'the IV chord': a numeral after an article names a chord, a step)
_SPEAKER = re.compile(r"\b(?:(?<!\bthe )(?<!\ban )(?<!\ba )I(?!\s+chords?\b)|me|my|myself)\b")
# A problem solved that the sentence leaves unnamed: '... solves a particular problem.'
_SOME_PROBLEM = re.compile(
    r"\b(?:solves?|address(?:es)?|fix(?:es)?|tackles?)\s+(?:a|one)\s+"
    r"(?:particular|certain|specific|common|real)\s+problem\.?$",
    re.I,
)
_POINTS_ELSEWHERE = re.compile(
    r"\b(?:of|to|in|on|for|with|from|by|about)\s+(?:that|this|these|those)\s+(?!is\b|are\b)[a-z]+",
    re.I,
)


# A full stop with the next heading's words glued to it: 'embeddings.In-Depth Explanation'.
_GLUED_HEADING = re.compile(r"(?<=[a-z]{3}\.)(?=[A-Z][a-z]+[- ][A-Z])")
# A dictionary's label before its sense: '(computing uncountable) A means ...', '[mass
# noun] the occurrence of ...'.
# ('[n]  a situation in which ...': a part of speech in brackets, as WordNet marks it)
_SENSE_LABEL = re.compile(
    r"^(?:\[[a-z][a-z ]{2,30}\]|\([a-z][a-z ]{2,30}\)|\[(?:n|v|adj|adv)\]|"
    # ('Short answer: A small, dense star ...' under 'What is a neutron star?')
    r"(?i:(?:short|long|quick|brief|simple)\s+answer\s*:)|"
    # ('cost of business decision made: the cost of a commercial decision ...': a
    # dictionary's few words on which sense, before the gloss)
    r"[a-z][a-z ]{4,50}:(?=\s+(?:the|an?)\s))\s+(?=[A-Za-z])"
)
# A remark on the name before what it names: 'a misnomer referring to ...', 'usually the
# term used to describe ...', 'a name for ...'.
_NAME_FOR = re.compile(
    r"^(?:\w+ly\s+)?(?:an?|the)\s+(?:misnomer|term|name|phrase|word|label|buzzword)\s+"
    r"(?:(?:that\s+is\s+|which\s+is\s+)?used\s+to\s+(?:describe|refer\s+to|mean)|referring\s+to|"
    r"that\s+refers\s+to|for)\s+(?=\S)",
    re.I,
)
# The verb a glossary's gloss may open on in place of 'is': 'describes a RFID-based ...'.
_GLOSS_VERB = re.compile(r"^(?:describes|denotes|designates)\s+(?=(?:an?|the)\s)", re.I)
# An encyclopedia's reference marks glued to a word of prose: 'a misnomer[1][2] referring'.
# (Only in an answer: text at large may hold code, 'matrix[1][2] is ...'.)
# A clause glued on by a semicolon with no space ('... a subroutine;Second, when ...'):
# lines of two columns run together, the second column's sentence after the first's.
_GLUED_CLAUSE = re.compile(r"(?<=[a-z]);(?=[A-Z][a-z])")
# An example led in informally, run on after a definition whose line had no stop
# ('... a part of superkey for eg: If super key has ...'). Tried only at a run of
# spaces' start, so a long run is not searched from each of its spaces.
_EXAMPLE_RUN_ON = re.compile(r"(?<!\s)\s+(?:for\s+eg|for\s+example|e\.\s?g)\.?\s*:\s", re.I)
_GLUED_CITATION = re.compile(r"(?<=[a-z]{2})(?:\[\d{1,3}\])+(?=[\s.,;:!?)]|$)")


# The clause after a definition that defines another thing: ', while an IAM role is a
# temporary identity ...'. Not one on the same subject ('while it is waiting').
_OTHER_SIDE = re.compile(
    # (', but an "argument" is a very specific ...': the other side of a contrast)
    r"(?:,\s*(?:while|whereas|but)|\s+whereas)\s+"
    r"(?!(?:it|its|they|their|this|these|those|that|he|she|we|you)\b)"
    # ('..., while a While Loop keeps repeating ...': the other side's verb, any)
    r"(?:an?\s+|the\s+)?(?:[\"“]?[\w-]+[\"”:]?\s+){0,4}?(?:is|are|(?-i:[a-z]{2,}[^s\W]s))\s|"
    # 'The older algorithm and AES is the advanced algorithm ...': an abbreviation's own
    r"\s+and\s+(?-i:[A-Z][A-Z0-9]+)\s+is\s",
    re.I,
)


# Words in square brackets inside a sentence, glossing the word before them (not a
# citation's number, which `_GLUED_CITATION` drops).
_BRACKETED_GLOSS = re.compile(r" \[[^\[\]\n]{12,200}\](?=[\s,.;:])")
_CAPTION = re.compile(rf"^{CAPTION}", re.I)
# A wiki's link around a name, left in the copied text: '[API]' (not a citation's '[1]').
_WIKI_LINK = re.compile(r"\[(?P<name>[A-Z][\w .+#-]{0,30})\](?![(\[])")
# A list run into its sentence's line after a colon: ': * Your version number ...'.
_RUN_IN_LIST = re.compile(r":\s+[*•]\s")
# A gloss that opens with its name's letters in brackets: '(RBAC) Access control ...'.
_LETTERS_FIRST = re.compile(r"^\((?P<short>[A-Z][A-Za-z0-9]{1,7})\)\s+(?=\S)")


def _without_other_side(answer: str) -> str:
    """'A permanent identity with long-term credentials, while an IAM role is a temporary
    identity ...' -> 'A permanent identity with long-term credentials.'"""
    other = _OTHER_SIDE.search(answer)
    if other is None:
        return answer
    if len(words(answer[: other.start()])) < 4:
        return ""  # 'The older algorithm and AES is ...': too little left of its own
    return answer[: other.start()].rstrip(" ,;:-–—") + "."


# A definition this short often says only what kind of thing X is; the sentence after it
# ('These servers store copies ...') says what it is for.
_SHORT_DEFINITION = 10
# An answer that only leads to what follows it: '... is defined as the following -'.
_LEADS_TO_MORE = re.compile(
    r"(?:\bthe following|\bas follows|\bbelow)\s*[-–—:]?\s*$|\s[-–—]$", re.I
)
# A list that stops with no 'and' and no stop: the copy broke off in it ('... contains all
# the binaries, libraries').
_LIST_BROKEN_OFF = re.compile(r",\s+(?!and\b|or\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*$")
_FOLLOWING_WORDS = 35  # words of the sentence after it, for a bare definition to take it
# A definition by a kind of thing ('An operational mode of ...'), and how near the start
# of the next paragraph 'this mode' must stand to go on with it.
_KIND_SAID = re.compile(
    r"(?i:an?|the)\s+(?:[a-z-]+\s+)?(?P<kind>[a-z]{3,})\s+(?:of|for|in|that|which)\s"
)
_KIND_REACH = 40
# A definition that only says what the thing stands beside: 'supplementary to your
# primary database, either built in or ...' takes the sentence saying what it is for.
_BESIDE_ANOTHER = re.compile(r"(?:supplementary|complementary|auxiliary|secondary)\s+to\b", re.I)
_GOES_ON = re.compile(
    r"^(?:these|this|they|it|its|such)\s+[\w-]+|"
    r"^it['’]s\s+[\w-]+|"  # 'It's a simple way to list the strengths, weaknesses ...'
    # 'With a race condition, the result ... depends on ...': the thing named again as a scene
    r"^(?:with|in)\s+(?:an?|the)\s+[\w -]{2,40},\s+",
    re.I,
)


# An aside in brackets that ends a sentence saying it again: '(i.e., if a page fault
# occurs).'
_RESTATED_AT_END = re.compile(r"\s*\((?:i\.\s?e\.|that is|in other words),?\s[^()]{1,80}\)\.$")
# A sentence about each of a thing's parts: 'Every node in the system ...'.
_EACH_PART = re.compile(r"^(?:every|each)\s+[a-z][\w-]*\s", re.I)


# A sentence that only gives another name: 'Such a procedure is called recursive.'
_NAMES_ONLY = re.compile(r"^(?:\S+\s+){1,3}(?:is|are)\s+(?:called|known as|named|termed)\b", re.I)


# 'An HTTP method is idempotent if ...': what makes a thing so, for an entry that is a
# quality ('Idempotent', 'Stateless').
_SO_IF = re.compile(
    r"^(?P<thing>(?:an?|the|any)\s+[\w -]{2,40}?)\s+(?:is|are)\s+(?:said to be\s+|"
    r"considered\s+|called\s+)?(?P<quality>[\w-]+(?:\s+[\w-]+)?)\s+(?:if|when)\s+"
    r"(?P<condition>\S.*)$",
    re.I,
)


def _quality_cards(ctx: Context) -> Iterator[Card]:
    """'What does it mean for an HTTP method to be idempotent?' of 'An HTTP method is
    idempotent if an identical request ...', on a page defining the quality."""
    opening = [_as_summary(ctx.entry.tagline)] if ctx.entry.tagline else []
    for section, item, sentence in islice(
        [*opening, *sentences_of(ctx.entry, SectionKind.SUMMARY, SectionKind.EXPLANATION)], 3
    ):
        found = _SO_IF.match(strip_end(sentence))
        if found is None or not any(same_name(found["quality"], name) for name in ctx.entry.names):
            continue
        condition = found["condition"]
        if len(words(condition)) < 4 or cut_off(condition):
            continue
        thing = lower_first(found["thing"])
        yield ctx.card(
            CardKind.DEFINITION,
            Answering.SELF,
            f"What does it mean for {thing} to be {found['quality']}?",
            upper_first(condition) + ".",
            section,
            item,
            explanation=sentence,
        )
        return
    for section, item, sentence in islice(
        [*opening, *sentences_of(ctx.entry, SectionKind.SUMMARY, SectionKind.EXPLANATION)], 3
    ):
        such = things_with_the_quality(strip_end(sentence), ctx.entry.title)
        if such is not None:
            # 'Idempotent operations produce the same result ...' under 'Idempotency':
            # what things with the quality do is what it means
            yield ctx.card(
                CardKind.DEFINITION,
                Answering.SELF,
                f"What does it mean for {such['things']} to be {such['quality'].lower()}?",
                f"They {such['rest']}.",
                section,
                item,
                explanation=sentence,
            )
            return


def _with_next(
    answer: str,
    sentence: str,
    item: Item,
    shared: bool = False,
    names: tuple[str, ...] = (),
    next_paragraph: str = "",
) -> str:
    """'A group of servers spread out over many locations.' + 'These servers store
    duplicate copies of data so that ...': a bare definition takes the sentence that
    says what the thing does. One the other side of a comparison shares ('A stack is a
    collection of elements, which can be stored and retrieved one at a time', and so is
    a queue) takes the next sentence whatever it opens with: that one tells them apart."""
    placed_only = _BESIDE_ANOTHER.match(answer) is not None
    kind = _KIND_SAID.match(answer)
    if kind is not None and next_paragraph and not _sentence_after(sentence, item):
        # 'An operational mode of a software system ...' / 'When this mode is active, the
        # system switches to a standby ...': the paragraph after says what kind of mode
        after = first_sentence(next_paragraph)
        if (
            re.search(rf"\bth(?:is|at)\s+{re.escape(kind['kind'])}\b", after[:_KIND_REACH], re.I)
            and len(words(after)) <= _FOLLOWING_WORDS
            and after.endswith(WHOLE_ENDS)
        ):
            return f"{answer} {after}"
    if (
        not shared and not placed_only and len(words(answer)) > _SHORT_DEFINITION
    ) or sentence.rstrip().endswith(":"):
        return answer
    # ('... only if that page is not already in memory (i.e., if a page fault occurs).':
    # the aside that ends it says the same again, and is left out)
    following = _RESTATED_AT_END.sub(".", _sentence_after(sentence, item))
    genus_only = (
        len(words(answer)) <= _GENUS_ONLY
        or _ONLY_ITS_KIND.fullmatch(answer) is not None
        # ('A very simple data structure.', 'A measure of central tendency.': a kind, and
        # no clause saying which one of it)
        or (len(words(answer)) <= _BARE_KIND_WORDS and _WHICH_ONE.search(answer) is None)
    )
    if not following and next_paragraph and genus_only:
        # 'Swap Space, in Linux, is a Virtual Memory mechanism.' / 'If the system needs
        # more memory ..., inactive pages in memory are moved to the Swap Space.': a kind
        # alone says nothing of what this one is; the next paragraph, naming it, does
        after = first_sentence(next_paragraph)
        # ('Biennials are plants that ...' after 'A biennial is a type of life cycle ...')
        if any(has_phrase(after, name) or has_phrase(after, f"{name}s") for name in names if name):
            following = after
            shared = True  # (taken whatever it opens with)
    goes_on = (
        shared
        or _GOES_ON.match(following)
        # 'A decentralized communication model.' / 'Every node in the system periodically
        # shares its knowledge with ...': a kind alone, then how this one works
        or (genus_only and _EACH_PART.match(following) is not None)
        or _a_kind_of_it_acts(following, names)
        or _defined_again(following, names)
        # 'An HTML tag.' / 'Meta descriptions are commonly used on search engine result
        # pages to ...': a kind alone, then what this one is used for
        or (len(words(answer)) <= _GENUS_ONLY and _said_used(following, names))
        # 'A very simple data structure.' / 'Arrays use a single variable name to store
        # ...': a kind alone, then what this one does, said of it by name
        or (genus_only and _acts_by_name(following, names))
        # 'A measure of central tendency.' / 'The value of the middle item in ...': a kind
        # alone, then the dictionary's gloss of which one
        or (
            genus_only
            and re.match(r"(?:the|an?)\s", following, re.I) is not None
            and not any(has_phrase(following, name) for name in names if name)
            and is_noun_phrase(_first_gloss(following))
        )
    )
    following = _first_gloss(following)
    if not goes_on or len(words(following)) > _FOLLOWING_WORDS:
        return answer
    if following.endswith("?"):
        return answer
    if not following.endswith(WHOLE_ENDS) or _CUT_SHORT.search(following):
        return answer  # 'It had been introduced by': the copy broke off there
    if _NAMES_ONLY.search(following):
        return answer  # 'Such a procedure is called recursive.': a name, not what it does
    if _WORD_ORIGIN.match(following):
        return answer  # 'It comes from the Greek words ...': where the word comes from
    return f"{answer} {following}"


# Where a word comes from, said of 'it': 'It comes from the Greek word ...'.
_WORD_ORIGIN = re.compile(
    r"^(?:it|the\s+(?:word|term|name))\s+(?:comes|came|derives|is\s+derived)\s+from\b", re.I
)


# A clause or phrase saying which one of a kind: 'a data structure that ...', 'used to'.
_WHICH_ONE = re.compile(r"\b(?:that|which|who|whose|where|when|used|to|with|by|in|for)\b", re.I)
_BARE_KIND_WORDS = 6  # at most, the words of a kind said alone ('A very simple data structure.')


def _first_gloss(sentence: str) -> str:
    """A dictionary's sentence of glosses cut at its first semicolon: 'The value of the
    middle item ... by size; the arithmetic average of ...' -> its first."""
    first, semicolon, _ = sentence.partition("; ")
    return f"{first}." if semicolon and len(words(first)) >= _GENUS_ONLY else sentence


# The verbs after a name that say nothing it does: the copula and the auxiliaries.
_NO_DOING_VERBS = MODALS | frozenset(
    ("is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did")
)


def _acts_by_name(sentence: str, names: tuple[str, ...]) -> bool:
    """Whether a sentence opens on the entry's name, in either number, and says what it
    does: 'Arrays use a single variable name to store multiple values.'"""
    found = re.match(
        r"^(?:an?\s+|the\s+)?(?P<name>[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?P<verb>[a-z]{3,})\s", sentence
    )
    return (
        found is not None
        and any(either_number(found["name"], name) for name in names)
        and found["verb"] not in _NO_DOING_VERBS
    )


def _defined_again(sentence: str, names: tuple[str, ...]) -> bool:
    """'Normalization is a systematic approach of decomposing tables ...' after 'Database
    Normalization is a technique of organizing the data ...': the name, or its head
    word, said again and defined more fully."""
    heads = {name.split()[-1] for name in names if name.split()} | set(names)
    return any(
        may_say(sentence, head)
        and re.match(
            rf"(?:an?\s+|the\s+)?{re.escape(head)}s?\s+(?:is|are)\s+(?:an?|the|[a-z]+s)\s",
            sentence,
            re.I,
        )
        for head in heads
    )


def _said_used(sentence: str, names: tuple[str, ...]) -> bool:
    """Whether a sentence opens on the entry's name, in either number, and says what it is
    used for: 'Meta descriptions are commonly used on ... to display ...'."""
    found = re.match(
        r"^(?:an?\s+|the\s+)?(?P<name>[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:is|are)\s+"
        r"(?:\w+ly\s+)?used\b",
        sentence,
        re.I,
    )
    return found is not None and any(either_number(found["name"], name) for name in names)


def _a_kind_of_it_acts(sentence: str, names: tuple[str, ...]) -> bool:
    """Whether a sentence's subject is a thing named after the entry, doing what makes it
    so: 'A scanning tool checks your systems ...' after 'A vulnerability scan is an
    automated process.'"""
    subject = _ACTING_SUBJECT.match(sentence)
    if subject is None:
        return False
    said = words(subject["subject"].casefold())
    named = {word for name in names for word in words(name.casefold()) if len(word) >= 4}
    return any(word.startswith(name) for word in said for name in named)


# An article, a thing of up to three words, and what it does: 'A scanning tool checks'.
_ACTING_SUBJECT = re.compile(
    r"^(?:an?|the)\s+(?P<subject>[\w-]+(?:\s+[\w-]+){0,2}?)\s+[a-z]{3,}s\b", re.I
)


# The most words of a definition that names only the kind of thing ('A virtual memory
# mechanism.'), which the next paragraph's sentence naming the entry may complete.
_GENUS_ONLY = 4
# A definition that says only what its thing is a case of: 'A special case of diffusion.'
_ONLY_ITS_KIND = re.compile(
    r"(?:an?\s+)?(?:special\s+|particular\s+|specific\s+)?(?:case|form|type|kind|variant|"
    r"variety|class|category)\s+of\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?"
    # ('A type of life cycle for a plant.': and what it is a kind for)
    r"(?:\s+(?:for|in|of)\s+(?:an?\s+|the\s+)?[\w-]+)?\.?",
    re.I,
)


def _paragraph_after(entry: Entry, section: Section, item: Item) -> str:
    """The paragraph after `item`: the next of `section`, else the first of the section
    after it when that has no heading of its own (the page's text going on); ''."""
    paragraphs = list(section.paragraphs)
    at = next((k for k, other in enumerate(paragraphs) if other is item), None)
    if at is None:
        return ""
    if at + 1 < len(paragraphs):
        return paragraphs[at + 1].text
    sections = list(entry.sections)
    index = next((k for k, other in enumerate(sections) if other is section), None)
    if index is None or index + 1 >= len(sections):
        return ""
    if sections[index + 1].heading and sections[index + 1].heading != section.heading:
        return ""  # (the same heading: the rest of the section the summary was taken from)
    after = sections[index + 1]
    return after.items[0].text if after.items and after.items[0] in after.paragraphs else ""


def _sentence_after(sentence: str, item: Item) -> str:
    """The sentence after `sentence` in its item; '' when it is the last (or not there)."""
    sentences = split_sentences(item.text)
    if sentence not in sentences:
        return ""
    index = sentences.index(sentence)
    return sentences[index + 1] if index + 1 < len(sentences) else ""


def _gerund_of(gerund: str, verb: str) -> bool:
    """'Compiling' of 'Compile', 'Caching' of 'Cache', 'Running' of 'Run'."""
    stem_ = gerund[:-3].lower()
    verb = verb.lower()
    return verb in (stem_, stem_ + "e") or (
        len(stem_) > 2 and stem_[-1] == stem_[-2] == verb[-1] and stem_[:-1] == verb
    )


# A title that names a quality, which no article goes before: 'Lock-free', 'Thread-safe',
# 'Eventually consistent', 'I/O-bound'.
_A_QUALITY_TITLE = re.compile(
    r"(?:[\w/]+\s+)?[\w/]+-(?:free|safe|bound|aware|tolerant|agnostic)|"
    r"(?:eventually|strongly|weakly)\s+consistent",
    re.I,
)


def _what_is(ctx: Context, sentence: str) -> str:
    """'What is a cache?', or 'What are containers?' when the definition speaks of many."""
    spans = ctx.own.find(sentence[:120])
    named = _named_as(ctx, sentence, spans)
    said = sentence[spans[0][0] : spans[0][1]] if spans and spans[0][0] <= 4 else ""
    bare = re.sub(r"^(?:an?|the)\s+", "", named)
    if said[-1:] == "s" and said[:-1].lower() == bare.lower():
        # 'Containers allow ...': a plural is a common noun, lowercase unless letters
        return f"What are {said if said[:-1].isupper() else lower_first(said)}?"
    gerund = re.match(r"^(?:the\s+)?(\w+ing)\b", sentence, re.I)
    if gerund and not spans and _gerund_of(gerund.group(1), ctx.entry.title):
        return f"What is {gerund.group(1).lower()}?"  # 'Compiling is ...' under 'Compile'
    if not spans and THINGS_BY_HOW.match(sentence):
        # 'Values learned by the model ...' under 'Model parameter': many, as its gloss says
        many = bare if plural_ending(bare) else plural_of(bare)
        return f"What are {lower_first(many)}?"
    one = _one_of(ctx.entry.title, sentence) if not spans else ""
    if one:
        return f"What is {indefinite(one)} {one}?"  # 'A Git branch is ...' under 'Git branches'
    if _A_QUALITY_TITLE.fullmatch(ctx.entry.title):
        # 'Lock-free', 'Eventually consistent': a quality, never 'a lock-free'
        return f"What does {lower_first(bare) if bare[1:].islower() else bare} mean?"
    field = field_of(ctx.entry.title)
    if field and f" in {field.casefold()}" not in named.casefold():
        return f"What {ctx.be()} {named} in {field}?"  # 'Block (CSS)': 'a block in CSS'
    return f"What {ctx.be()} {named}?"


def _one_of(title: str, sentence: str) -> str:
    """The singular a definition opens with ('A Git branch is ...') when the entry's
    title is its plural ('Git branches'), as the sentence writes it; else ''."""
    size = len(title.split())
    opening = re.match(rf"^an?\s+((?:[\w-]+\s+){{{size - 1}}}[\w-]+)\b", sentence, re.I)
    if opening is None:
        return ""
    said = opening.group(1)
    return said if same_or_plural(title, said) and fold_name(said) != fold_name(title) else ""


def _named_as(ctx: Context, sentence: str, spans: list[tuple[int, int]]) -> str:
    """How the defining sentence names the entry, to ask it back the same way.

    'A callback function is ...' -> 'a callback function'; 'The DOM is ...' -> 'the
    DOM'; 'Latency is ...' -> 'latency' (as the page writes it elsewhere). The article
    a definition uses says whether the thing is one of many or the only one; the
    entry's usual mention is the fallback. `spans` are where its first 120 characters
    name the entry.
    """
    if not spans:
        return ctx.mention
    start, end = spans[0]
    before = sentence[:start].rstrip()
    words_before = before.split()
    article = words_before[-1].lower() if words_before else ""
    if article not in ("a", "an", "the"):
        article = ""
    lead = " ".join(words_before[:-1] if article else words_before)
    if lead and not lead.endswith(","):
        return ctx.mention  # the name stands inside the sentence: not its subject
    said = re.sub(r"\s*\(.*$", "", sentence[start:end])  # 'DOM (Document Object Model'
    first, _, rest = ctx.mention.partition(" ")
    bare = rest if first in ("a", "an", "the") and rest else ctx.mention
    if said.lower() != bare.lower() and says_it_compares(ctx.entry.title):
        # 'A Heap is ...' under 'Difference between Min Heap and Max Heap': the title is
        # a pair, the sentence's name the one thing it defines
        said = said if said.isupper() else lower_first(said)
    elif said.lower() != bare.lower() and not same_name(said, ctx.entry.title):
        # 'The HyperText Transfer Protocol is ...' in the entry HTTP: ask for HTTP; 'A
        # cookie is ...' under 'HTTP cookies': ask for HTTP cookies, without the 'a'
        said = bare
        if ctx.plural:
            article = ""
        elif bare.isupper():
            # 'DNS', 'HTTP' bare; 'an SLA', 'a JWT' as the page's usual mention has it
            # ('the HTTP' is mostly a modifier's: 'the HTTP request')
            article = first if first in ("a", "an") and rest else ""
        elif not article and rest and first in ("a", "an", "the"):
            article = first  # 'N+1 happens when ...' of 'the N+1 query problem'
        elif not article and blends(sentence[start:end], bare):
            article = "a"  # 'Syscalls are ...' of 'System Call': 'What is a system call?'
    elif said.lower() == bare.lower() or not (article or lead):
        said = bare  # sentence capitals say nothing about how the name is written
        if not article and first in ("a", "an") and rest:
            article = first  # 'Load balancer is ...' written without one: the usual one
        elif not article and first == "the" and rest[:1].isupper():
            article = first  # 'Coriolis effect kôr˝ē-ō´lĭs ..., tendency for ...': a name's
        elif not article and first == "the" and rest and _counted(rest, ctx.entry):
            # 'Tourniquet is a tight, twisted cloth ...', then 'the tourniquet' and
            # 'tourniquets': an encyclopedia's bare headword, one of many things
            article = "a"
    if lead and article == "the" and first in ("a", "an") and rest:
        # 'In the Scrum framework ..., the sprint is ...': 'the' of the framework's one,
        # where the page otherwise speaks of 'a sprint'
        article = first
    if article in ("a", "an"):
        article = indefinite(said)
    return f"{article} {said}".strip()


def _counted(name: str, entry: Entry) -> bool:
    """Whether the entry says its name's plural, in lowercase: one of many things."""
    plural = plural_of(name)
    return (
        plural != name
        and re.search(rf"\b{re.escape(plural)}\b", body_text(entry)[:20_000]) is not None
    )


# A list that finishes a definition ('a package that includes:') is read into its answer
# when it is this short.
_LIST_IN_ANSWER = 6
# A point that opens with a short label and a colon: 'With a specific objective: ...'.
_POINT_LABEL = re.compile(r"^(?P<label>[^:.;]{3,60}?):\s+(?=\S)")
_SAID_AT_LENGTH = 10  # words after each label, for the labels alone to be the answer


# A list in paragraphs read into a definition: so many, each its first sentence this long.
_PARAGRAPHS_IN_ANSWER = 3
_LISTED_WORDS = 40


# What leads a list of examples: 'e.g.:', 'for example:'; looked for in an answer's last
# characters only (a run of spaces before them would make the search quadratic).
_EXAMPLES_LEAD = re.compile(r",?\s*\b(?:e\.\s?g|for example|for instance)\.?\s*:?\s*$", re.I)
_EXAMPLES_REACH = 24


def _items_after(section: Section, item: Item, entry: Entry) -> list[Item]:
    """The items after `item` in its section, or the next section's when it was the last
    and the next has no heading of its own (the rest of the text it was taken from)."""
    after = list(section.items[section.items.index(item) + 1 :])
    next_section = entry.sections[entry.sections.index(section) + 1 :][:1]
    if not after and next_section and next_section[0].heading.strip() in ("", section.heading):
        after = list(next_section[0].items)
    return after


def _goes_on_in_a_list(sentence: str, section: Section, item: Item, entry: Entry) -> bool:
    """Whether a sentence ending in a colon goes on in the bullets right after it."""
    if not sentence.rstrip().endswith(":"):
        return False
    after = _items_after(section, item, entry)[:1]
    return bool(after) and after[0].kind in (ItemKind.BULLET, ItemKind.NUMBERED)


def with_list(answer: str, sentence: str, section: Section, item: Item, entry: Entry) -> str:
    """'A package that includes.' -> 'A package that includes: your code; its libraries.'

    A defining sentence that ends in a colon goes on in the bullets below it (in its
    section, or opening the next when the sentence was the page's first paragraph);
    without them the answer stops mid-way.
    """
    if not sentence.rstrip().endswith(":"):
        return answer
    examples = _EXAMPLES_LEAD.search(answer, max(0, len(answer) - _EXAMPLES_REACH))
    if examples is not None:
        # '... by switching between tasks, e.g.:' goes on in examples, not in parts of
        # what it is: the answer ends before them
        return answer[: examples.start()].rstrip(",;: ") + "."
    after = _items_after(section, item, entry)
    bullets: list[str] = []
    for following in after:
        if following.kind not in (ItemKind.BULLET, ItemKind.NUMBERED):
            break
        bullets.append(strip_end(following.text))
    if not bullets and after[:1] and after[0].kind is ItemKind.PARAGRAPH:
        # Pasted text loses its bullets: 'a binary tree with the following requirements:'
        # over one paragraph per requirement, up to an aside '(We assume ...)'. The first
        # sentence of each, when there are few.
        listed = []
        for following in after:
            if following.kind is not ItemKind.PARAGRAPH or following.text.startswith("("):
                break
            first = first_sentence(following.text)
            if first.rstrip().endswith(":"):
                break  # 'Parallelism splits tasks into ...:' leads a list of its own
            listed.append(strip_end(first))
        if len(listed) <= _PARAGRAPHS_IN_ANSWER and all(
            len(words(first)) <= _LISTED_WORDS for first in listed
        ):
            bullets = listed
    if not bullets or len(bullets) > _LIST_IN_ANSWER:
        return answer
    labels = [_POINT_LABEL.match(bullet) for bullet in bullets]
    if all(
        label and len(words(bullet[label.end() :])) >= _SAID_AT_LENGTH
        for label, bullet in zip(labels, bullets, strict=True)
    ):
        # 'A fixed period of time: A timebox is a pre-determined ...': each point by its
        # label, which says it; the sentences after each say it again at length
        bullets = [label["label"] for label in labels if label]
    # ('1. sponsors a project, or' / '2. has an interest ...': the list's joining word,
    # said once, before its last point)
    joined = re.search(r"\s(and|or)$", bullets[0], re.I) if len(bullets) > 1 else None
    listed = [
        re.sub(r"^(?:and|or)\s+|,?\s+(?:and|or)$", "", lower_first(bullet), flags=re.I)
        for bullet in bullets
    ]
    if joined is not None:
        listed[-1] = f"{joined[1].lower()} {listed[-1]}"
    return f"{strip_end(answer).rstrip(':')}: {'; '.join(listed)}."


_ANALOGY = re.compile(
    r"\b(?:is (?:kind of |sort of |a bit )?like|think of (?:it|\w+) as|is similar to|"
    r"compared to|works like|acts like)\b",
    re.I,
)
# (an image of two words at least: 'a phone book', not a bare plural, 'Monads are like
# lions.', an essay's joke before it says it cannot be shown so)
_SIMILE = re.compile(
    r"^(?:kind of |sort of |a bit |much |just )?like\s+(?P<image>\S+\s+\S.{4,})$", re.I
)
# 'It works like a phone book: ...', 'It acts a bit like a receptionist.'
_WORKS_LIKE = re.compile(
    r"^it\s+(?:works|acts)\s+(?:a bit |much |just )?like\s+(?P<image>.{6,})$", re.I
)


def _named_as_it(ctx: Context, sentence: str) -> str:
    """The sentence with the entry's name as its subject written 'it' ('DNS works like
    ...' -> 'it works like ...'), so that one pattern reads both."""
    spans = ctx.own.find(sentence)
    if spans and spans[0][0] == 0:
        return "it" + sentence[spans[0][1] :]
    return sentence


def _comparison(ctx: Context, defining: str) -> Iterator[Card]:
    """'DNS is like the phone book of the internet' -> 'Which concept is like the phone book
    of the internet?'.

    A beginner's page teaches by such images; the card asks for the image, once, beside
    the sentence that says what the entry literally is, or alone when none does.
    """
    prose = (SectionKind.SUMMARY, SectionKind.EXPLANATION)
    for section, item, sentence in sentences_of(ctx.entry, *prose):
        if sentence == defining:
            continue
        simile = None
        if " like " in sentence and item.text.startswith(sentence):
            # 'DNS works like a phone book: ...' opening a paragraph; 'It works like ...'
            # only under the title, where 'it' is the entry, not under another heading.
            named = _named_as_it(ctx, sentence)
            under_title = section.kind is SectionKind.SUMMARY or not section.heading
            if named != sentence or under_title:
                simile = _WORKS_LIKE.match(named)
        if simile is None and section.kind is SectionKind.SUMMARY and stands_alone(sentence):
            defined = definition_of(sentence, ctx.entry.names, pronoun=True, loose=True)
            simile = _SIMILE.match(defined.predicate) if defined is not None else None
        if simile is None:
            continue
        # Looked for only once a simile is found: most entries have none, and the search
        # over the whole text was most of this maker's time.
        if len(_ANALOGY.findall(body_text(ctx.entry)[:20_000])) > 1:
            return  # 'like the phone book' and 'think of it as a postal service': which one?
        # Asked from the image to the concept: 'What is DNS compared to?' has as many right
        # answers as there are apt images (every strict reader failed it), while the
        # image names one concept of the path.
        verb = "works" if simile.re is _WORKS_LIKE else "is"
        prompt = f"Which concept {verb} like {strip_end(simile['image'])}?"
        if gives_away(prompt, ctx.entry.title):
            return
        yield ctx.card(
            CardKind.IDENTIFY,
            Answering.SELF,
            prompt,
            ctx.entry.title,
            section,
            item,
            explanation=sentence,
        )
        return
